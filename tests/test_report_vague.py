"""Vague counts in the report: shown as written, and marked when not compared."""

from __future__ import annotations

from test_reconcile_helpers import doc, figure_claim
from triangulate.model import Group
from triangulate.report.claims_text import claim_value_text
from triangulate.report.digest import voices

ONE = doc("v1", "Police said 10,000 people were marching in Torvald.", "Coast Post")
TWO = doc("v2", "Several hundred people were marching in Torvald.", "Valley News")
THREE = doc("v3", "Thousands of people were marching in Torvald.", "Hill Daily")
FOUR = doc("v4", "More than 10,000 people were marching in Torvald.", "Lake Times")


def _claims():  # type: ignore[no-untyped-def]
    kw = dict(measure="people marching in Torvald", qualifiers=("marching",))
    return [
        figure_claim(ONE, "10,000 people", low=10_000, high=10_000, **kw),  # type: ignore[arg-type]
        figure_claim(TWO, "Several hundred people", low=200, high=None, hedge="vague", **kw),  # type: ignore[arg-type]
        figure_claim(THREE, "Thousands of people", low=2_000, high=None, hedge="vague", **kw),  # type: ignore[arg-type]
        figure_claim(
            FOUR, "More than 10,000 people", low=10_000, high=None, hedge="at_least", **kw
        ),  # type: ignore[arg-type]
    ]


def test_report_a_vague_count_is_shown_in_its_own_words() -> None:
    claims = _claims()
    # Never "200+ (vague)": the report gives no 200.
    assert claim_value_text(claims[1]) == "several hundred"
    assert claim_value_text(claims[2]) == "thousands"
    assert claim_value_text(claims[0]) == "10,000"


def test_report_a_vague_count_of_another_order_is_listed_as_not_compared() -> None:
    claims = _claims()
    group = Group(
        id="g1",
        label="people marching in Torvald",
        kind="figure",
        claims=tuple(c.id for c in claims),
        verdict="agree",
        explanation="",
    )
    said = {v.value for v in voices(group, {c.id: c for c in claims})}
    # "Several hundred" cannot be 10,000; "thousands" can reach it and is listed plainly.
    assert said == {"10,000", "several hundred (not compared)", "thousands", "at least 10,000"}
    # Both ways: without the numbers there is nothing to set it apart from.
    alone = Group(
        id="g2",
        label="people marching in Torvald",
        kind="figure",
        claims=(claims[1].id,),
        verdict="single",
        explanation="",
    )
    assert [v.value for v in voices(alone, {claims[1].id: claims[1]})] == ["several hundred"]
