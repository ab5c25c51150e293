"""The token tree's cached navigation answers what the tokens say, tree by tree."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from triangulate.nlp.tokens import Token, Tree


def _tok(i: int, head: int, text: str, sent: int = 0) -> Token:
    start = 2 * i
    return Token(
        i=i,
        start=start,
        end=start + len(text),
        text=text,
        lemma=text,
        pos="X",
        tag="X",
        dep="dep",
        head=head,
        ent="",
        sent=sent,
    )


def test_subtree_and_children_repeat_and_stay_per_tree() -> None:
    # a <- b -> c, root b; and a second tree with the same indexes but another shape.
    one = Tree([_tok(0, 1, "a"), _tok(1, 1, "b"), _tok(2, 1, "c")])
    two = Tree([_tok(0, 0, "x"), _tok(1, 0, "y"), _tok(2, 1, "z")])
    for _ in range(2):  # the second round comes from the cache
        assert [t.text for t in one.subtree(one[1])] == ["a", "b", "c"]
        assert [t.text for t in one.subtree(one[0])] == ["a"]
        assert [t.text for t in one.children(one[1])] == ["a", "c"]
        assert [t.text for t in two.subtree(two[1])] == ["y", "z"]
        assert [t.text for t in two.subtree(two[0])] == ["x", "y", "z"]
        assert [t.text for t in two.children(two[1])] == ["z"]
        assert one.span(one[1]) == (0, 5)


def _walked(tokens: list[Token], i: int) -> list[int]:
    """A subtree found the plain way: every token whose heads lead up to ``i``."""
    out = []
    for tok in tokens:
        k, seen = tok.i, set()
        while k not in seen:
            if k == i:
                out.append(tok.i)
                break
            seen.add(k)
            k = tokens[k].head
    return out


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_subtree_is_every_token_below_in_text_order(data: st.DataObject) -> None:
    # Random forests, crossing arcs included (a parse need not be projective).
    n = data.draw(st.integers(1, 14))
    order = data.draw(st.permutations(range(n)))
    heads = list(range(n))
    for place, i in enumerate(order[1:], start=1):
        if data.draw(st.booleans()) or place < 2:
            heads[i] = order[data.draw(st.integers(0, place - 1))]
    tokens = [_tok(i, heads[i], "w") for i in range(n)]
    tree = Tree(tokens)
    for tok in tokens:
        got = tree.subtree(tok)
        assert [t.i for t in got] == _walked(tokens, tok.i)
        assert tree.span(tok) == (got[0].start, got[-1].end)
