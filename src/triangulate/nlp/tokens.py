"""Tokens of a parsed document as plain records, and the tree they form.

The spaCy adapter turns its parse into these records so that the claim stages work over
values they can build by hand in tests, and never import spaCy themselves.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True, slots=True, kw_only=True)
class Token:
    """One token: offsets into the document text and its place in the dependency tree.

    ``i`` is the token's index in the document and ``head`` the index of its head
    (its own index for a sentence root). ``ent`` is the NER label of the entity the
    token is part of, or "". ``sent`` is the index of its sentence.
    """

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent: str
    sent: int

    @property
    def lower(self) -> str:
        """The token's text in lower case."""
        return self.text.lower()


class Tree:
    """Navigation over one document's tokens: children, subtrees, sentences.

    Holds only the token tuple and indexes derived from it; never changes them.
    """

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens: tuple[Token, ...] = tuple(tokens)
        # Subtrees already asked for, by token index (the tokens never change).
        self._subtrees: dict[int, tuple[Token, ...]] = {}

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, i: int) -> Token:
        return self.tokens[i]

    @cached_property
    def _children(self) -> tuple[tuple[int, ...], ...]:
        kids: list[list[int]] = [[] for _ in self.tokens]
        for tok in self.tokens:
            if tok.head != tok.i:
                kids[tok.head].append(tok.i)
        # Most tokens are leaves: they share the one empty tuple.
        return tuple([tuple(k) if k else () for k in kids])

    @cached_property
    def _child_tokens(self) -> tuple[tuple[Token, ...], ...]:
        tokens = self.tokens
        return tuple([tuple([tokens[i] for i in kids]) if kids else () for kids in self._children])

    @cached_property
    def _sentences(self) -> tuple[tuple[int, int], ...]:
        """(first, last + 1) token index of each sentence, by sentence index."""
        bounds: dict[int, list[int]] = {}
        for tok in self.tokens:
            span = bounds.setdefault(tok.sent, [tok.i, tok.i + 1])
            span[1] = tok.i + 1
        return tuple(tuple(bounds[s]) for s in sorted(bounds))  # type: ignore[misc]

    def head(self, tok: Token) -> Token:
        """The token's syntactic head (itself for a root)."""
        return self.tokens[tok.head]

    def children(self, tok: Token) -> tuple[Token, ...]:
        """The token's dependents, left to right."""
        return self._child_tokens[tok.i]

    def ancestors(self, tok: Token) -> Iterator[Token]:
        """Heads from the nearest up to the sentence root."""
        seen = {tok.i}
        while tok.head != tok.i and tok.head not in seen:
            tok = self.tokens[tok.head]
            seen.add(tok.i)
            yield tok

    @cached_property
    def _edges(self) -> tuple[list[int], list[int], list[int]]:
        """For each token, the first and last token index of its subtree and how many tokens
        the subtree holds (0 for a token no sentence root reaches)."""
        n = len(self.tokens)
        first, last, size = list(range(n)), list(range(n)), [0] * n
        children = self._children
        order: list[int] = []
        stack = [t.i for t in self.tokens if t.head == t.i]
        while stack:
            i = stack.pop()
            order.append(i)
            stack.extend(children[i])
        # Children before their heads: a subtree is complete once its children's are.
        for i in reversed(order):
            kids = children[i]
            if not kids:
                size[i] = 1
                continue
            low, high, count = i, i, 1
            for k in kids:
                if first[k] < low:
                    low = first[k]
                if last[k] > high:
                    high = last[k]
                count += size[k]
            first[i], last[i], size[i] = low, high, count
        return first, last, size

    def subtree(self, tok: Token) -> tuple[Token, ...]:
        """The token and everything below it, in text order."""
        first, last, size = self._edges
        i = tok.i
        if size[i] == last[i] - first[i] + 1:
            # A subtree with no gap (in a projective parse, every one) is a slice of the
            # tokens: nothing to walk, sort or keep.
            return self.tokens[first[i] : last[i] + 1]
        cached = self._subtrees.get(tok.i)
        if cached is not None:
            return cached
        children = self._children
        out = [tok.i]
        stack = list(children[tok.i])
        while stack:
            i = stack.pop()
            out.append(i)
            stack.extend(children[i])
        out.sort()
        tokens = self.tokens
        found = tuple(tokens[i] for i in out)
        self._subtrees[tok.i] = found
        return found

    def span(self, tok: Token) -> tuple[int, int]:
        """Character offsets (start, end) covered by the token's subtree."""
        sub = self.subtree(tok)
        return sub[0].start, sub[-1].end

    def sentence(self, index: int) -> tuple[Token, ...]:
        """The tokens of sentence ``index``."""
        first, last = self._sentences[index]
        return self.tokens[first:last]

    def sentence_count(self) -> int:
        """How many sentences the document has."""
        return len(self._sentences)

    @cached_property
    def _ends(self) -> tuple[int, ...]:
        return tuple(t.end for t in self.tokens)

    def at(self, start: int, end: int) -> tuple[Token, ...]:
        """Tokens that overlap the character span [start, end)."""
        first = bisect_right(self._ends, start)
        out = []
        tokens = self.tokens
        # By index: a slice would copy the rest of a long document on every look-up.
        for k in range(first, len(tokens)):
            tok = tokens[k]
            if tok.start >= end:
                break
            out.append(tok)
        return tuple(out)
