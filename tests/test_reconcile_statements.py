"""Assertion threads: different agents, opposite polarity, and updates over event time."""

from __future__ import annotations

from test_reconcile_helpers import TORVALD, assertion_claim, doc
from triangulate.model import When
from triangulate.reconcile import reconcile


def _day(iso: str) -> When:
    return When(start=iso, end=iso, precision="day")


def test_statements_different_agents_of_a_rejection_conflict() -> None:
    a = doc("a", "The treaty was stalled by the rejection of a northern ministry.", "Post")
    b = doc("b", "The harbour guild refused to sign the treaty.", "Times")
    claims = [
        assertion_claim(
            a,
            "the rejection of a northern ministry",
            subject="a northern ministry",
            predicate="reject",
            obj=None,
            speaker="diplomats",
        ),
        assertion_claim(
            b,
            "The harbour guild refused to sign the treaty",
            subject="The harbour guild",
            predicate="reject",
            obj="the treaty",
        ),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert group.verdict == "conflict"
    assert "northern ministry" in group.explanation and "harbour guild" in group.explanation


def test_statements_not_done_then_done_later_is_an_update() -> None:
    a = doc("a", "The evacuation of Torvald did not take place on Monday.", "Post", "2030-05-02")
    b = doc("b", "The last families left Torvald on Thursday night.", "Times", "2030-05-06")
    claims = [
        assertion_claim(
            a,
            "evacuation of Torvald did not take place",
            subject=None,
            predicate="leave",
            obj="Torvald",
            polarity="negated",
            when=_day("2030-04-29"),
            where="e-torvald",
        ),
        assertion_claim(
            b,
            "The last families left Torvald",
            subject="The last families",
            predicate="leave",
            obj=None,
            when=_day("2030-05-02"),
            where="e-torvald",
        ),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert group.verdict == "update"


def test_statements_opposite_polarity_same_actor_conflicts() -> None:
    a = doc("a", "The guild joined the deal with the rebels.", "Post")
    b = doc("b", "We as a guild will never agree to a deal, a spokesman said.", "Times")
    claims = [
        assertion_claim(
            a, "The guild joined the deal", subject="The guild", predicate="agree", obj="the deal"
        ),
        assertion_claim(
            b,
            "We as a guild will never agree to a deal",
            subject="We as a guild",
            predicate="agree",
            obj="a deal",
            polarity="negated",
            speaker="spokesman",
        ),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert group.verdict == "conflict"


def test_statements_a_thread_joins_through_one_shared_member() -> None:
    from test_reconcile_helpers import assertion_claim, doc
    from triangulate.reconcile import reconcile

    a = doc("sa", "The Harbour Guild holds most of the docks.", "Paper A")
    b = doc("sb", "They hold most of the docks, we hear.", "Paper B")
    c = doc("sc", "Officials say the Harbour Guild controls.", "Paper C")
    claims = [
        assertion_claim(
            a,
            "The Harbour Guild holds most of the docks",
            subject="The Harbour Guild",
            predicate="control",
            obj="most of the docks",
        ),
        assertion_claim(
            b,
            "They hold most of the docks",
            subject="They",
            predicate="control",
            obj="most of the docks",
        ),
        assertion_claim(
            c,
            "the Harbour Guild controls",
            subject="the Harbour Guild",
            predicate="control",
            obj=None,
        ),
    ]
    (group,) = reconcile([a, b, c], [], claims).groups
    assert len(group.claims) == 3 and group.verdict == "agree"


def test_statements_a_negated_statement_is_quoted_with_its_negation() -> None:
    # The claim's span leaves out the "no" before it: the explanation must not.
    a = doc("a", "Officials said no evacuation of Torvald took place.", "Post", "2030-05-02")
    b = doc("b", "The last families left Torvald on Thursday night.", "Times", "2030-05-06")
    claims = [
        assertion_claim(
            a,
            "evacuation of Torvald took place",
            subject=None,
            predicate="leave",
            obj="Torvald",
            polarity="negated",
            when=_day("2030-04-29"),
            where="e-torvald",
        ),
        assertion_claim(
            b,
            "The last families left Torvald",
            subject="The last families",
            predicate="leave",
            obj=None,
            when=_day("2030-05-02"),
            where="e-torvald",
        ),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert "'no evacuation of Torvald took place'" in group.explanation
