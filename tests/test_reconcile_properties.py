"""Reconciliation is deterministic and independent of the order of its inputs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from test_reconcile_helpers import TORVALD, doc, figure_claim
from triangulate.reconcile import reconcile

DOCS = [
    doc("a", "Medics said 30 people died. Later 31 dead were counted.", "Coast Post"),
    doc("b", "The mayor said about 33 people were killed in Torvald.", "Valley News"),
    doc("c", "A clinic worker said 90 people died in Torvald.", "Hill Daily"),
]
CLAIMS = [
    figure_claim(DOCS[0], "30 people", low=30, high=30, speaker="Medics"),
    figure_claim(DOCS[0], "31 dead", low=31, high=31, speaker="Medics"),
    figure_claim(DOCS[1], "about 33 people", low=33, high=33, hedge="about", speaker="mayor"),
    figure_claim(DOCS[2], "90 people", low=90, high=90, speaker="clinic worker"),
]


@settings(max_examples=30, deadline=None)
@given(st.permutations(CLAIMS), st.permutations(DOCS))
def test_properties_order_of_inputs_does_not_matter(claims: list, docs: list) -> None:  # type: ignore[type-arg]
    expected = reconcile(DOCS, [TORVALD], CLAIMS)
    assert reconcile(docs, [TORVALD], claims) == expected


def test_properties_group_ids_derive_from_claims() -> None:
    first = reconcile(DOCS, [TORVALD], CLAIMS)
    again = reconcile(DOCS, [TORVALD], CLAIMS)
    assert [g.id for g in first.groups] == [g.id for g in again.groups]
    assert all(g.id.startswith("g") and len(g.id) == 13 for g in first.groups)


def test_topics_running_totals_compare_by_start_and_stocks_ignore_windows() -> None:
    from test_reconcile_helpers import topic as base_topic
    from triangulate.reconcile.topics import Topic, Window, relation

    def topic(state: str, window: Window) -> Topic:
        return base_topic(state=state, population="civilians", window=window)

    week = Window(days=15, start="2030-02-25", cumulative=True)
    since_sunday = Window(days=2, start="2030-03-08", cumulative=True)
    since_april = Window(days=197, start="2029-04-01", cumulative=True)
    two_weeks = Window(days=14)
    assert relation(topic("killed", week), topic("killed", since_sunday))[0] == "alike"
    assert relation(topic("killed", since_april), topic("killed", since_sunday))[0] == "apart"
    assert relation(topic("killed", since_april), topic("killed", two_weeks))[0] == "apart"
    # How things stand (still remaining, controlled) is read at the report's day.
    assert relation(topic("controlled", since_april), topic("controlled", two_weeks))[0] == "same"
