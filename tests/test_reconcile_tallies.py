"""Vote tallies and partitive tolls across reports: one group per quantity."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_reconcile_helpers import analysed, doc, figure_claim
from triangulate.model import Document, Group, Report
from triangulate.reconcile.topics import Topic, relation, topic_of

VERDICT = {
    "a.txt": (
        "Jury splits on Harlow verdict\n\n"
        "HARLOW, March 3 (Wire) - A jury in Harlow voted 10-2 on Tuesday to convict Peter "
        "Vance of the killing of two shop workers, the court said.\n"
        "Prosecutors said Vance shot three people, killing two, in the October raid.\n"
    ),
    "b.txt": (
        "Vance convicted by split jury\n\n"
        "HARLOW, March 4 (Courier) - Peter Vance was convicted on an 11-1 vote of the jury, "
        "according to court records.\n"
        "Vance shot three people in the raid, two of whom died, police said.\n"
    ),
}
BALLOTS = {
    "a.txt": (
        "Council backs Harlow plan\n\n"
        "HARLOW, May 2 (Wire) - The Harlow council voted 7-5 on the plan on the first "
        "ballot. On the second ballot the council voted 9-3 to adopt it, the mayor said.\n"
    ),
    "b.txt": (
        "Plan adopted\n\n"
        "HARLOW, May 3 (Courier) - The council voted 9-3 on the second ballot to adopt "
        "the Harlow plan, officials said.\n"
    ),
    "c.txt": (
        "Council split\n\n"
        "HARLOW, May 3 (Post) - The council voted 8-4 on the Harlow plan on the first "
        "ballot, officials said.\n"
    ),
}
TWO_VOTES = {
    "a.txt": (
        "Senate acts on budget\n\n"
        "The Senate voted 60-40 to pass the budget bill on Friday, aides said. "
        "Earlier the Senate voted 52-48 to reject an amendment.\n"
    ),
    "b.txt": "Budget passes\n\nThe Senate voted 61-39 to pass the budget bill, officials said.\n",
}


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Report]:
    root = tmp_path_factory.mktemp("tallies")
    return {
        "verdict": analysed(root / "verdict", VERDICT),
        "ballots": analysed(root / "ballots", BALLOTS),
        "two_votes": analysed(root / "two_votes", TWO_VOTES),
    }


def _home(report: Report, phrase: str, doc: str) -> Group:
    """The measure group holding the first figure claim ``phrase`` of report ``doc``."""
    docs = {Path(d.source).name: d.id for d in report.documents}
    claims = [
        c for c in report.claims if c.doc == docs[doc] and c.figure is not None and c.text == phrase
    ]
    assert claims, f"no figure {phrase!r} in {doc}"
    held = [
        g
        for g in report.groups
        if g.kind == "figure" and g.verdict != "scope_differs" and claims[0].id in g.claims
    ]
    return max(held, key=lambda g: len(g.claims))


def test_tallies_the_majority_and_the_minority_of_a_vote_are_two_quantities(
    stories: dict[str, Report],
) -> None:
    report = stories["verdict"]
    assert _home(report, "10", "a.txt").id != _home(report, "2", "a.txt").id


def test_tallies_a_jury_s_jurors_and_a_vote_of_the_jury_meet_side_by_side(
    stories: dict[str, Report],
) -> None:
    report = stories["verdict"]
    majority = _home(report, "10", "a.txt")
    minority = _home(report, "2", "a.txt")
    # "voted 10-2" and "an 11-1 vote of the jury": one vote told two ways, a real conflict
    assert _home(report, "11", "b.txt").id == majority.id
    assert _home(report, "1", "b.txt").id == minority.id
    assert majority.verdict == minority.verdict == "conflict"


def test_tallies_those_shot_are_never_a_value_of_those_of_whom_some_died(
    stories: dict[str, Report],
) -> None:
    report = stories["verdict"]
    # "shot three people in the raid, two of whom died": three shot, two of them killed
    killed = _home(report, "two", "b.txt")
    assert _home(report, "three people", "b.txt").id != killed.id
    assert killed.range == (2, 2)


def test_tallies_two_ballots_of_one_body_stay_apart(stories: dict[str, Report]) -> None:
    report = stories["ballots"]
    first, second = _home(report, "7", "a.txt"), _home(report, "9", "a.txt")
    assert first.id != second.id
    # the second ballot another report tells meets the second, never the first
    assert _home(report, "9", "b.txt").id == second.id
    # and a first ballot told otherwise is set against the first
    assert _home(report, "8", "c.txt").id == first.id


def test_tallies_two_votes_one_report_tells_of_one_body_meet_nothing(
    stories: dict[str, Report],
) -> None:
    report = stories["two_votes"]
    passed, rejected = _home(report, "60", "a.txt"), _home(report, "52", "a.txt")
    assert passed.id != rejected.id
    # nothing says which of the two another report's tally is: no conflict with either
    assert _home(report, "61", "b.txt").id not in {passed.id, rejected.id}


def test_tallies_votes_of_two_bodies_are_two_quantities() -> None:
    a = doc("a", "The Senate voted 60-40 to pass the bill.", "Post")
    b = doc("b", "The bill passed on a 60-40 vote of the council.", "News")
    c = doc("c", "Lawmakers passed the bill by 60 votes to 40 in the Senate.", "Wire")

    def majority(document: Document) -> Topic:
        claim = figure_claim(
            document, "60", low=60, high=60, kind="tally", counted="votes",
            qualifiers=("in the majority",), measure="votes in the majority",
        )  # fmt: skip
        return topic_of(claim, document, {})

    senate, council = majority(a), majority(b)
    assert (senate.population, senate.state) == ("votes of the senate", "majority")
    assert relation(senate, council)[0] == "apart"
    assert majority(c).population == "votes of the senate"
