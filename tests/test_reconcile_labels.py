"""Group labels read as a person writes them, built from the reports' words."""

from __future__ import annotations

from test_reconcile_helpers import TORVALD, doc, figure_claim
from triangulate.model import When
from triangulate.reconcile import reconcile

SUNDAY = When(start="2031-05-04", end="2031-05-04", precision="day")


def test_labels_name_the_state_the_place_and_the_day() -> None:
    a = doc("a", "Rescuers said 12 fighters of the Red Band died in Torvald.", "North")
    b = doc("b", "Medics said 12 fighters of the Red Band were lost in Torvald.", "South")
    kw = dict(
        measure="Red Band fighters in Torvald",
        counted="fighters",
        qualifiers=("died",),
        where=TORVALD.id,
        when=SUNDAY,
    )
    claims = [
        figure_claim(a, "12 fighters", low=12, high=12, speaker="Rescuers", **kw),  # type: ignore[arg-type]
        figure_claim(b, "12 fighters", low=12, high=12, speaker="Medics", **kw),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert group.label == "Red Band fighters killed in Torvald, 4 May 2031"


def test_labels_a_number_counting_nothing_is_named_by_its_words() -> None:
    a = doc("a", "The page was updated at 14 past the hour.", "North")
    claim = figure_claim(a, "14", low=14, high=14, measure="unknown", counted="", qualifiers=())
    (group,) = reconcile([a], [TORVALD], [claim]).groups
    assert group.label == "'14' (what it counts is not said)"
