"""Explanations true to the claims they speak of: every source named, relays named, and a
summary's citations stating the figure of their sentence."""

from __future__ import annotations

from dataclasses import replace

from test_reconcile_helpers import TORVALD, amount, doc, figure_claim
from triangulate.model import Claim, Document, Figure
from triangulate.reconcile import reconcile
from triangulate.summarize.select import _same_value


def _vague(claim: Claim) -> Claim:
    assert claim.figure is not None
    return replace(claim, figure=replace(claim.figure, vague=True))


def test_explanations_an_outlet_relaying_one_source_is_named_not_counted() -> None:
    # Police quoted by North Wire, and South Wire carrying the same police figure: the
    # explanation names South Wire, never "repeated in 2 reports" as if one outlet said it.
    one = doc("r1", "Police said 70 people died in the flood.", "North Wire")
    two = doc("r2", "Police said 70 people died in the flood.", "South Wire")
    claims = [
        figure_claim(one, "70 people", low=70, high=70, speaker="Police", anonymous=True),
        figure_claim(
            two, "70 people", low=70, high=70, speaker="Police", anonymous=True, via=("North Wire",)
        ),
    ]
    (group,) = reconcile([one, two], [TORVALD], claims).groups
    assert group.verdict == "single"
    assert "South Wire reports it" in group.explanation
    assert "repeated" not in group.explanation


def test_explanations_never_say_only_one_source_when_two_give_the_amount() -> None:
    # "Several hundred protesters" in two outlets' own words: words of amount corroborate
    # no number, but the explanation names both sources, never "only" the first.
    kw = {"measure": "protesters in Torvald", "counted": "protesters", "qualifiers": ()}
    first = doc("v1", "Several hundred protesters marched in Torvald.", "North Wire")
    second = doc("v2", "Several hundred protesters gathered in Torvald.", "South Wire")
    phrase = "Several hundred protesters"
    claims = [
        _vague(figure_claim(d, phrase, low=200, high=None, hedge="vague", **kw))  # type: ignore[arg-type]
        for d in (first, second)
    ]
    (group,) = reconcile([first, second], [TORVALD], claims).groups
    assert group.verdict == "single"
    assert group.independent_sources == 2
    assert not group.explanation.startswith("Only")
    assert "North Wire" in group.explanation and "South Wire" in group.explanation
    assert "repeated" not in group.explanation


def test_explanations_a_number_beside_words_of_amount_names_both_sources() -> None:
    # Police give 40 injured; another outlet, in its own words, "dozens": the words
    # corroborate no number, yet both sources are named with what each gives.
    kw = {"measure": "people injured in Torvald", "qualifiers": ("injured",)}
    police = doc("n1", "Police said 40 people were injured in Torvald.", "North Wire")
    other = doc("n2", "Dozens of people were injured in Torvald.", "South Wire")
    claims = [
        figure_claim(police, "40 people", low=40, high=40, speaker="Police", **kw),  # type: ignore[arg-type]
        _vague(
            figure_claim(other, "Dozens of people", low=24, high=None, hedge="vague", **kw)  # type: ignore[arg-type]
        ),
    ]
    (group,) = reconcile([police, other], [TORVALD], claims).groups
    assert group.verdict == "single"
    assert not group.explanation.startswith("Only"), group.explanation
    assert "Police" in group.explanation and "40" in group.explanation
    assert "South Wire gives dozens" in group.explanation


def _figure(low: float | None, high: float | None, hedge: str) -> Figure:
    return Figure(
        measure="people killed",
        counted="people",
        qualifiers=(),
        low=low,
        high=high,
        hedge=hedge,  # type: ignore[arg-type]
        unit=None,
        vague=hedge == "vague",
    )


def test_explanations_several_states_fewer_than_ten_in_a_citation() -> None:
    # "'Several die' in quake" does not state "killing at least 10 people", nor "several
    # villages" the "12 worst-hit villages"; it states "four villages" and "seven".
    several = _figure(3, None, "vague")
    assert not _same_value(several, _figure(10, None, "at_least"), "Several", "at least 10")
    assert not _same_value(several, _figure(12, 12, "exact"), "several", "12")
    assert _same_value(several, _figure(4, 4, "exact"), "several", "four")
    assert _same_value(several, _figure(7, 7, "exact"), "several", "seven")
    # A vague floor of ten or more still reaches ten times itself.
    assert _same_value(_figure(20, None, "vague"), _figure(150, 150, "exact"))


def _money(d: Document, phrase: str, value: float, unit: str) -> Claim:
    return amount(
        d, phrase, value, counted="rescue", measure=f"rescue ({unit})", kind="money", unit=unit
    )


def test_explanations_a_conversion_by_another_source_is_counted_and_named_as_written() -> None:
    # Coast Post gives 40 billion euros ($52 billion); Valley News gives the same rescue as
    # "$53 billion", the euros converted at the rate Coast Post gives. The amount rests on
    # two sources: never "Only Coast Post gives this figure", and each is named with its
    # sum as the report writes it.
    a = doc("a", "Lenders agreed 40 billion euros ($52 billion) for Torvald.", "Coast Post")
    b = doc("b", "Torvald will get a $53 billion rescue.", "Valley News")
    claims = [
        _money(a, "40 billion euros", 40e9, "EUR"),
        _money(a, "$52 billion", 52e9, "USD"),
        _money(b, "$53 billion", 53e9, "$"),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert group.verdict == "single"
    assert group.independent_sources == 2
    assert not group.explanation.startswith("Only")
    assert "given by 2 independent sources" in group.explanation
    assert "Coast Post gives 40 billion euros ($52 billion)" in group.explanation
    assert "Valley News gives $53 billion" in group.explanation


def test_explanations_a_report_s_own_conversion_in_brackets_changes_nothing() -> None:
    # "40 billion euros ($52 billion)" in one report: one source, so "Only" stays true.
    a = doc("a", "Lenders agreed 40 billion euros ($52 billion) for Torvald.", "Coast Post")
    claims = [_money(a, "40 billion euros", 40e9, "EUR"), _money(a, "$52 billion", 52e9, "USD")]
    (group,) = reconcile([a], [TORVALD], claims).groups
    assert set(group.claims) == {c.id for c in claims}
    assert group.explanation.startswith("Only Coast Post gives this figure")


def test_explanations_agreeing_sources_then_name_who_converts_the_amount() -> None:
    # Two outlets give 40 billion euros; a third gives it converted into dollars at the rate
    # one of them gives: the agreement stands, and the converting source is named after it.
    a = doc("a", "Lenders agreed 40 billion euros ($52 billion) for Torvald.", "Coast Post")
    b = doc("b", "Torvald will get a $53 billion rescue.", "Valley News")
    c = doc("c", "Lenders agreed 40 billion euros for Torvald.", "Hill Daily")
    claims = [
        _money(a, "40 billion euros", 40e9, "EUR"),
        _money(a, "$52 billion", 52e9, "USD"),
        _money(b, "$53 billion", 53e9, "$"),
        _money(c, "40 billion euros", 40e9, "EUR"),
    ]
    (group,) = reconcile([a, b, c], [TORVALD], claims).groups
    assert group.verdict == "agree"
    assert "Converted into another currency or unit: Valley News gives $53 billion." in (
        group.explanation
    )


def test_explanations_give_a_hedged_value_in_the_reports_own_words() -> None:
    # "nearly 100" and "more than 130": told as "about 100" and "at least 130" a reader
    # would hear a crowd that may be above 100, and one of 130 itself.
    kw = {"measure": "people marching in Torvald", "counted": "people", "qualifiers": ()}
    one = doc("h1", "Nearly 100 people marched in Torvald on Monday.", "North Wire")
    two = doc("h2", "More than 130 people marched in Torvald on Monday.", "South Wire")
    claims = [
        figure_claim(one, "Nearly 100 people", low=100, high=100, hedge="about", **kw),  # type: ignore[arg-type]
        figure_claim(two, "More than 130 people", low=130, high=None, hedge="at_least", **kw),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([one, two], [TORVALD], claims).groups
    assert "nearly 100" in group.explanation, group.explanation
    assert "more than 130" in group.explanation, group.explanation
    assert "about 100" not in group.explanation and "at least 130" not in group.explanation
    # The tolerance names the hedge as the report wrote it too.
    assert group.verdict == "conflict"
    assert "reading 'nearly' as plus or minus 10 percent" in group.explanation, group.explanation


def test_explanations_quote_every_hedge_the_figure_reader_knows_in_its_own_words() -> None:
    # "no more than 10" sets the bound "up to 10" does, but only the first is what the
    # report wrote; "in excess of 25" likewise is no "at least 25".
    kw = {"measure": "people hurt in Torvald", "counted": "people", "qualifiers": ()}
    one = doc("m1", "No more than 10 people were hurt in Torvald on Monday.", "North Wire")
    two = doc("m2", "In excess of 25 people were hurt in Torvald on Monday.", "South Wire")
    claims = [
        figure_claim(one, "No more than 10 people", low=None, high=10, hedge="at_most", **kw),  # type: ignore[arg-type]
        figure_claim(two, "In excess of 25 people", low=25, high=None, hedge="at_least", **kw),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([one, two], [TORVALD], claims).groups
    assert group.verdict == "conflict"
    assert "no more than 10" in group.explanation, group.explanation
    assert "in excess of 25" in group.explanation, group.explanation
    assert "up to 10" not in group.explanation and "at least 25" not in group.explanation
