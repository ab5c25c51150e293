"""Counts that look alike and are not one quantity: a count narrowed to the things of one
kind of place ("overseas booths") beside the count of them all. Invented figures."""

from __future__ import annotations

from test_reconcile_helpers import doc, figure_claim
from triangulate.model import Claim
from triangulate.reconcile.groups import measures
from triangulate.reconcile.topics import topic_of


def _booths(phrase: str, low: float, high: float | None, *qualifiers: str) -> Claim:
    document = doc(f"d{len(phrase)}{low}", f"Voters used {phrase} in Orvel.", None)
    return figure_claim(
        document,
        phrase,
        low=low,
        high=high,
        hedge="exact" if high == low else "at_least",
        measure=" ".join((*qualifiers, "booths")),
        counted="booths",
        qualifiers=qualifiers,
    )


def _measures(*claims: Claim) -> list[int]:
    topics = {c.id: topic_of(c, None, {}) for c in claims}
    return sorted(len(m) for m in measures(list(claims), topics))


def test_booths_abroad_are_no_count_of_all_booths() -> None:
    every = _booths("more than 2,000 booths", 2000, None)
    abroad = _booths("27 overseas booths", 27, 27, "overseas")
    assert _measures(every, abroad) == [1, 1]


def test_counts_of_booths_abroad_are_one_count_when_they_agree() -> None:
    abroad = _booths("27 overseas booths", 27, 27, "overseas")
    again = _booths("the 27 overseas booths", 27, 27, "overseas")
    bare = _booths("27 booths", 27, 27)
    assert _measures(abroad, again, bare) == [3]
