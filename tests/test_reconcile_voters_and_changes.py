"""Counts that look alike in election news but are two quantities: those who voted (the
turnout told as a count) and those eligible to vote (the electorate); and the old value of a
change told "from X to Y" ("raise the number of seats from 65 to 125"), which is the
quantity before the change, never one figure with its new value."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_reconcile_helpers import analysed, doc, figure_claim, measure_home
from test_reconcile_probes import _pile
from triangulate.model import Report
from triangulate.reconcile.ballots import ELECTORATE, VOTED, voters_counted

_HEAD = "ASHGABAT, Libya (Wire)\n\nDecember 14, 2031"
_LEAD = "Voters in Libya elected a new parliament on Sunday under a new constitution. "


def _pile_of(*bodies: str) -> dict[str, str]:
    return _pile(
        *(
            (stem, _HEAD, _LEAD + body)
            for stem, body in zip(("coast", "valley", "ridge"), bodies, strict=False)
        )
    )


def _home_of(report: Report, phrase: str, doc: str) -> set[str]:
    """The words of the figures in the measure holding ``phrase`` of report ``doc``."""
    claims = {c.id: c.text for c in report.claims}
    return {claims[c] for c in measure_home(report, phrase, doc).claims}


def test_those_who_voted_and_those_eligible_are_two_counts(tmp_path: Path) -> None:
    texts = _pile_of(
        "Some 2.5 million people were eligible to vote in the election.",
        "Some 2.5 million people, about 88 percent of the electorate, cast their ballots by noon.",
    )
    report = analysed(tmp_path / "pile", texts)
    voted = measure_home(report, "Some 2.5 million people", "valley.txt")
    eligible = measure_home(report, "Some 2.5 million people", "coast.txt")
    assert voted.id != eligible.id, voted.label


def test_the_old_value_of_a_change_is_not_the_new_count(tmp_path: Path) -> None:
    texts = _pile_of(
        "Over 2.5 million people were eligible to vote in the election, held under a charter "
        "meant to widen the parliament's powers and raise the number of seats from 65 to 125.",
        "Some 288 candidates ran for the 125 seats in the parliament.",
        "A total of 288 candidates are vying for the 125 seats in the parliament.",
    )
    report = analysed(tmp_path / "pile", texts)
    assert _home_of(report, "125 seats", "valley.txt") == {"125 seats", "125"}
    assert _home_of(report, "65", "coast.txt") == {"65"}


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Some 40,000 people cast their ballots in Orvel by noon.", "Some 40,000 people", VOTED),
        ("About 40,000 voters went to the polls in Orvel.", "About 40,000 voters", VOTED),
        ("Orvel has 50,000 registered voters.", "50,000 registered voters", ELECTORATE),
        (
            "Over 50,000 residents are eligible to vote in Orvel.",
            "Over 50,000 residents",
            ELECTORATE,
        ),
        # a crowd, and a side of a vote, are no turnout
        ("About 3,000 people turned out in the square in Orvel.", "About 3,000 people", None),
        ("Some 40,000 people voted for Dalby in Orvel.", "Some 40,000 people", None),
    ],
)
def test_a_count_of_voters_is_read_as_turnout_or_electorate(
    text: str, phrase: str, expected: str | None
) -> None:
    report = doc("a", text, "Coast Post")
    claim = figure_claim(report, phrase, low=1, high=1, measure="people", qualifiers=())
    assert voters_counted(claim, {"a": report}) == expected
