"""A report's whole and part read as one interval hide no dispute: when one report counts,
in its own voice, a crowd and the part of it that broke away, the others' rival counts of
the crowd are judged against the crowd, not against the span from the part to the whole."""

from __future__ import annotations

from test_reconcile_helpers import TORVALD, doc, figure_claim
from triangulate.model import Claim, Document, Group
from triangulate.reconcile import reconcile

_MARCH = dict(measure="people protesting in Torvald", qualifiers=("protesting",))


def _groups(documents: list[Document], claims: list[Claim]) -> list[Group]:
    return [g for g in reconcile(documents, [TORVALD], claims).groups if g.kind == "figure"]


def _crowd_and_part(rival: str, low: float, high: float | None, hedge: str) -> list[Group]:
    a = doc(
        "a",
        "About 300 people were marching to the town hall in Torvald when about 40 "
        "young protesters broke off and smashed shop windows.",
        "Coast Post",
        "2031-04-02",
    )
    b = doc(
        "b",
        f"In Torvald, {rival} marched to the town hall on Tuesday.",
        "Harbour Times",
        "2031-04-02",
    )
    claims = [
        figure_claim(a, "About 300 people", low=300, high=300, hedge="about", **_MARCH),  # type: ignore[arg-type]
        figure_claim(
            a,
            "about 40 young protesters",
            low=40,
            high=40,
            hedge="about",
            counted="protesters",
            **_MARCH,
        ),  # type: ignore[arg-type]
        figure_claim(b, rival, low=low, high=high, hedge=hedge, **_MARCH),  # type: ignore[arg-type]
    ]
    return _groups([a, b], claims)


def test_a_rival_count_of_the_crowd_is_a_conflict_despite_the_part_beside_it() -> None:
    groups = _crowd_and_part("about 150 people", 150, 150, "about")
    (conflict,) = [g for g in groups if g.verdict == "conflict"]
    # The crowd's two counts are in dispute; the part that broke away is not one of them.
    assert conflict.range is not None and conflict.range[1] == 300
    assert conflict.conservative != 40
    assert "40" not in conflict.explanation
    assert any(g.verdict == "scope_differs" for g in groups)


def test_a_count_of_the_crowd_that_can_hold_stays_one_agreement() -> None:
    groups = _crowd_and_part("some 290 people", 290, 290, "about")
    assert "conflict" not in [g.verdict for g in groups]
    # The two counts of the crowd are one agreement.
    assert any(g.verdict == "agree" and {"a:0", "b:12"} <= set(g.claims) for g in groups)


def test_two_counts_of_one_noun_in_a_sentence_are_two_of_a_kind_not_a_whole_and_part() -> None:
    # "300 marched in the north and 40 in the south": two crowds of one kind, not a crowd
    # and the part that broke away; a third report's count is compared with neither alone.
    a = doc(
        "a",
        "About 300 people marched in northern Torvald and about 40 people in the south.",
        "Coast Post",
        "2031-04-02",
    )
    b = doc("b", "In Torvald, about 150 people marched on Tuesday.", "Harbour Times", "2031-04-02")
    claims = [
        figure_claim(a, "About 300 people", low=300, high=300, hedge="about", **_MARCH),  # type: ignore[arg-type]
        figure_claim(a, "about 40 people", low=40, high=40, hedge="about", **_MARCH),  # type: ignore[arg-type]
        figure_claim(b, "about 150 people", low=150, high=150, hedge="about", **_MARCH),  # type: ignore[arg-type]
    ]
    assert "conflict" not in [g.verdict for g in _groups([a, b], claims)]
