"""Vague counts in the report: shown as written, and marked when not compared."""

from __future__ import annotations

from dataclasses import replace

from rich.console import Console

from test_reconcile_helpers import doc, figure_claim
from test_report_html import hand_report
from triangulate.cli.summary import print_summary
from triangulate.model import Group
from triangulate.report.claims_text import claim_value_text
from triangulate.report.digest import voices
from triangulate.summarize.select import _contest

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
    # "Several hundred" cannot be 10,000; "thousands" can reach it and is listed plainly; a
    # bound keeps its report's words.
    assert said == {"10,000", "several hundred (not compared)", "thousands", "more than 10,000"}
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


def test_report_the_terminal_figure_table_shows_a_vague_count_in_its_own_words() -> None:
    report = hand_report()
    first = next(c for c in report.claims if c.figure is not None)
    assert first.figure is not None
    vague = replace(
        first,
        text="Dozens of passengers",
        figure=replace(first.figure, low=24, high=None, hedge="vague", vague=True),
    )
    report = replace(report, claims=tuple(vague if c is first else c for c in report.claims))
    console = Console(record=True, width=200, color_system=None)
    print_summary(report, console, show_all=True)
    printed = console.export_text()
    assert "dozens" in printed
    assert "24+" not in printed  # the report gives no 24


def test_report_what_contests_a_summary_sentence_names_a_vague_count_as_written() -> None:
    claims = _claims()
    group = Group(
        id="g1",
        label="people marching in Torvald",
        kind="figure",
        claims=tuple(c.id for c in claims[:2]),
        verdict="conflict",
        explanation="",
    )
    documents = {d.id: d for d in (ONE, TWO)}
    said = _contest(group, {c.id: c for c in claims}, documents)
    assert "several hundred" in said and "10,000" in said
    assert "unspecified" not in said
