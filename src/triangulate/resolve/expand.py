"""Further mentions: exact occurrences of known aliases that the proposer missed.

Once "Raqqa24" is known to be an outlet, every other "Raqqa24" in the story is a mention
of it, tagged or not. Only safe occurrences are taken: whole words, case and all, not
overlapping any mention, and not glued to a neighbouring capitalised word or number (the
"Raqqa" in an untagged "Raqqa Civil Council" is not the city).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from itertools import accumulate

from triangulate.model import Document, Mention
from triangulate.resolve.acronyms import ALIAS_LABEL
from triangulate.resolve.arabic import has_arabic
from triangulate.resolve.clean import whole_words

_NEIGHBOUR_BEFORE = re.compile(r"(?:^|[^\w])([A-Z0-9][\w.-]*) $")
_NEIGHBOUR_AFTER = re.compile(r" ([A-Z0-9])")
# A capacity before a product is not part of its name: "the 60GB iPod" is the iPod.
_CAPACITY = re.compile(r"\d+(?:\.\d+)?[KMGT]B")
# Capitalised only because they open a sentence: "The NSF said" is still the NSF.
_SENTENCE_OPENERS = frozenset({"The", "A", "An", "In", "On", "At", "By", "For", "From", "But"})


def _usable(alias: str) -> bool:
    """Aliases worth searching for: at least two characters and a capital (or Arabic)."""
    return len(alias) >= 2 and (any(ch.isupper() for ch in alias) or has_arabic(alias))


def _glued(text: str, start: int, end: int) -> bool:
    """True when a capitalised word or a number sits right beside the occurrence."""
    before = _NEIGHBOUR_BEFORE.search(text[max(0, start - 40) : start])
    if (
        before is not None
        and not before.group(1).endswith(".")
        and before.group(1) not in _SENTENCE_OPENERS
        and _CAPACITY.fullmatch(before.group(1)) is None
    ):
        return True
    return _NEIGHBOUR_AFTER.match(text, end) is not None


def _occurrences(text: str, aliases: Sequence[str]) -> list[tuple[int, str]]:
    """(start, alias) of whole-word occurrences, found left to right as one pattern of
    alternatives finds them: at each place the first alias (in ``aliases`` order) that
    fits there, then on from the end of it."""
    first: dict[int, int] = {}
    for number, alias in enumerate(aliases):
        for start in whole_words(text, alias, overlapping=True):
            first.setdefault(start, number)
    found: list[tuple[int, str]] = []
    reached = 0
    for start in sorted(first):
        if start >= reached:
            alias = aliases[first[start]]
            found.append((start, alias))
            reached = start + len(alias)
    return found


class Taken:
    """The spans mentions already take in each document, asked whether a span overlaps one
    (by bisection, not a scan of every mention)."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        by_doc: dict[str, list[tuple[int, int]]] = {}
        for mention in mentions:
            by_doc.setdefault(mention.doc, []).append((mention.start, mention.end))
        self._index: dict[str, tuple[list[int], list[int]]] = {}
        for doc, spans in by_doc.items():
            spans.sort()
            # The furthest end among the spans starting at or before each one.
            reach = list(accumulate((e for _, e in spans), max))
            self._index[doc] = ([s for s, _ in spans], reach)

    def overlaps(self, doc: str, start: int, end: int) -> bool:
        """Whether a taken span of ``doc`` overlaps [start, end)."""
        found = self._index.get(doc)
        if found is None:
            return False
        starts, reach = found
        last = bisect_left(starts, end) - 1  # the last span starting before ``end``
        return last >= 0 and reach[last] > start


def further_mentions(
    documents: Mapping[str, Document],
    aliases: Sequence[tuple[str, ...]],
    taken: Sequence[Mention],
) -> tuple[tuple[Mention, ...], ...]:
    """Occurrences of each entity's aliases not already covered by a mention.

    An alias two entities share is ambiguous and never searched for.

    Args:
        documents: Documents by id.
        aliases: For each entity, its aliases.
        taken: Every mention already assigned; new ones never overlap them.

    Returns:
        For each entity (same order), the new mentions, labelled ``ALIAS``.
    """
    owner: dict[str, int] = {}
    shared: set[str] = set()
    for index, names in enumerate(aliases):
        for alias in names:
            if not _usable(alias):
                continue
            if alias in owner and owner[alias] != index:
                shared.add(alias)
            owner.setdefault(alias, index)
    found: list[list[Mention]] = [[] for _ in aliases]
    usable = sorted((a for a in owner if a not in shared), key=lambda a: (-len(a), a))
    if not usable:
        return tuple(() for _ in aliases)
    occupied = Taken(taken)
    for doc_id in sorted(documents):
        text = documents[doc_id].text
        for start, alias in _occurrences(text, usable):
            end = start + len(alias)
            if _glued(text, start, end) or occupied.overlaps(doc_id, start, end):
                continue
            found[owner[alias]].append(
                Mention(doc=doc_id, start=start, end=end, text=alias, label=ALIAS_LABEL)
            )
    return tuple(tuple(items) for items in found)
