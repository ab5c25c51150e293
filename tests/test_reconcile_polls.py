"""Polls in a pile of campaign news: a poll's margin of sampling error is the poll's
precision, never a share or a lead to weigh against other figures, while two reports of
one poll giving a candidate different shares still dispute."""

from __future__ import annotations

from test_reconcile_helpers import TORVALD, doc, share
from triangulate.model import Claim, Document
from triangulate.reconcile import reconcile


def _verdicts(documents: list[Document], claims: list[Claim]) -> list[str]:
    return sorted(g.verdict for g in reconcile(documents, [TORVALD], claims).groups)


def test_margins_of_error_of_two_polls_are_no_dispute() -> None:
    a = doc(
        "a",
        "The Torvald poll of 1,200 voters has a margin of error of plus or minus "
        "2.4 percentage points.",
        "Coast Post",
    )
    b = doc("b", "The Torvald survey has a margin of error of 4 percentage points.", "Valley")
    claims = [
        share(a, "minus 2.4 percentage points", -2.4, of="error"),
        share(b, "4 percentage", 4, of="error"),
    ]
    assert "conflict" not in _verdicts([a, b], claims)


def test_a_margin_of_sampling_error_is_not_a_share() -> None:
    a = doc(
        "a",
        "The Torvald poll was taken by phone. The margin of sampling error is plus or minus "
        "three percentage points for all voters.",
        "Coast Post",
    )
    b = doc("b", "The mayor won 9 percent in Torvald, the count showed.", "Valley News")
    claims = [share(a, "minus three percentage points", -3), share(b, "9 percent", 9)]
    assert "conflict" not in _verdicts([a, b], claims)


def test_two_reports_of_one_poll_giving_a_candidate_different_shares_still_dispute() -> None:
    a = doc("a", "The Torvald poll gives the mayor 45 percent, within its margin.", "Coast")
    b = doc("b", "The Torvald poll gives the mayor 48 percent, its authors said.", "Valley")
    claims = [share(a, "45 percent", 45), share(b, "48 percent", 48)]
    assert "conflict" in _verdicts([a, b], claims)


def test_shares_from_two_named_polls_are_two_quantities() -> None:
    a = doc("a", "A Monmouth University poll gives the mayor 11 percent in Torvald.", "Coast")
    b = doc("b", "The latest Rasmussen Reports poll gives the mayor 6 percent in Torvald.", "Hill")
    claims = [share(a, "11 percent", 11), share(b, "6 percent", 6)]
    assert "conflict" not in _verdicts([a, b], claims)


def test_one_poll_named_two_ways_still_disputes() -> None:
    a = doc("a", "A Monmouth University poll gives the mayor 11 percent in Torvald.", "Coast")
    b = doc("b", "In Torvald, the Monmouth poll gives the mayor 6 percent.", "Hill")
    claims = [share(a, "11 percent", 11), share(b, "6 percent", 6)]
    assert "conflict" in _verdicts([a, b], claims)


def test_a_share_from_a_poll_no_report_names_still_disputes() -> None:
    a = doc("a", "A Monmouth University poll gives the mayor 11 percent in Torvald.", "Coast")
    b = doc("b", "In Torvald, the mayor won 5 percent, the count showed.", "Hill")
    c = doc("c", "The latest Rasmussen Reports poll gives the mayor 4 percent in Torvald.", "Bay")
    claims = [share(a, "11 percent", 11), share(b, "5 percent", 5), share(c, "4 percent", 4)]
    assert "conflict" in _verdicts([a, b, c], claims)
