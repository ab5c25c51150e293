"""Sums of one ransom told in two currencies, compared at the rate the story's own reports
give (never a table of rates)."""

from __future__ import annotations

from test_reconcile_helpers import TORVALD, amount, doc
from triangulate.model import Claim, Document, Group
from triangulate.reconcile import reconcile


def _sum(d: Document, phrase: str, value: float, unit: str, counted: str | None = None) -> Claim:
    return amount(d, phrase, value, counted=counted, measure="sum", kind="money", unit=unit)


def _story(second: str, value: float, *, rate: bool = True) -> tuple[list[Document], list[Claim]]:
    """Three reports of one kidnapping: one gives the ransom in euros with its conversion,
    one in euros alone, one in pounds."""
    bracket = "2 million euros (£1.7 million)" if rate else "2 million euros"
    a = doc("a", f"The kidnappers of Ada Brandt were paid a ransom of {bracket}.", "Coast Post")
    b = doc("b", "Police said the family paid a ransom of 2 million euros.", "Valley News")
    c = doc("c", f"Brandt was freed after a ransom of {second} was paid.", "Dalby Herald")
    claims = [
        _sum(a, "2 million euros", 2e6, "EUR"),
        _sum(b, "2 million euros", 2e6, "EUR"),
        _sum(c, second, value, "GBP"),
    ]
    if rate:
        claims.append(_sum(a, "£1.7 million", 1.7e6, "GBP"))
    return [a, b, c], claims


def _holding(groups: tuple[Group, ...], claim: Claim) -> Group:
    return next(g for g in groups if claim.id in g.claims and g.kind == "figure")


def test_money_two_currencies_that_disagree_at_the_story_rate_are_one_ransom_in_dispute() -> None:
    docs, claims = _story("£1.2 million", 1.2e6)
    groups = reconcile(docs, [TORVALD], claims).groups
    group = _holding(groups, claims[2])
    assert claims[0].id in group.claims
    assert group.verdict == "conflict"
    assert "£1.2 million, about EUR 1.4 million at the rate the reports give" in group.explanation


def test_money_two_currencies_that_agree_at_the_story_rate_are_no_dispute() -> None:
    docs, claims = _story("£1.7 million", 1.7e6)
    groups = reconcile(docs, [TORVALD], claims).groups
    group = _holding(groups, claims[2])
    assert claims[0].id in group.claims
    assert group.verdict != "conflict"


def test_money_two_currencies_with_no_rate_in_the_reports_stay_apart() -> None:
    docs, claims = _story("£1.2 million", 1.2e6, rate=False)
    groups = reconcile(docs, [TORVALD], claims).groups
    group = _holding(groups, claims[2])
    assert claims[0].id not in group.claims
    assert "conflict" not in {g.verdict for g in groups}


def test_money_sums_of_no_single_purpose_in_two_currencies_stay_apart() -> None:
    a = doc("a", "Lenders agreed loans of 2 million euros (£1.7 million) to Torvald.", "Coast Post")
    c = doc("c", "Torvald will get £1.2 million in loans, officials said.", "Dalby Herald")
    claims = [
        _sum(a, "2 million euros", 2e6, "EUR", "loans"),
        _sum(a, "£1.7 million", 1.7e6, "GBP"),
        _sum(c, "£1.2 million", 1.2e6, "GBP"),
    ]
    groups = reconcile([a, c], [TORVALD], claims).groups
    assert claims[0].id not in _holding(groups, claims[2]).claims
    assert "conflict" not in {g.verdict for g in groups}


def test_money_a_conversion_of_the_disputed_sum_stays_in_its_group() -> None:
    docs, claims = _story("£1.2 million ($1.9 million)", 1.2e6)
    c = docs[2]
    claims[2] = _sum(c, "£1.2 million", 1.2e6, "GBP")
    claims.append(_sum(c, "$1.9 million", 1.9e6, "USD"))
    groups = reconcile(docs, [TORVALD], claims).groups
    group = _holding(groups, claims[2])
    assert group.verdict == "conflict"
    assert claims[-1].id in group.claims


def _awards(first: str, second: str, value: float) -> tuple[Claim, Claim, tuple[Group, ...]]:
    a = doc("a", first, "Coast Post")
    b = doc("b", second, "Valley News")
    one = _sum(a, "$4 million", 4e6, "USD")
    two = _sum(b, f"${value / 1e6:g} million", value, "USD")
    return one, two, reconcile([a, b], [TORVALD], [one, two]).groups


def test_money_damages_awarded_one_party_are_one_sum_in_dispute() -> None:
    one, two, groups = _awards(
        "A jury in Orvel awarded $4 million in damages to Ada Brandt.",
        "Ada Brandt was awarded $6.5 million in damages on Tuesday.",
        6.5e6,
    )
    group = _holding(groups, one)
    assert two.id in group.claims
    assert group.verdict == "conflict"


def test_money_damages_awarded_two_parties_are_two_sums() -> None:
    one, two, groups = _awards(
        "A jury in Orvel awarded $4 million in damages to Ada Brandt.",
        "Tomas Varga was awarded $6.5 million in damages on Tuesday.",
        6.5e6,
    )
    assert two.id not in _holding(groups, one).claims
    assert "conflict" not in {g.verdict for g in groups}


def test_money_damages_awarded_to_no_named_party_are_two_sums() -> None:
    one, two, groups = _awards(
        "A jury in Orvel awarded $4 million in damages.",
        "A jury in Orvel awarded $6.5 million in damages.",
        6.5e6,
    )
    assert two.id not in _holding(groups, one).claims


def test_money_damages_two_parties_are_ordered_to_pay_are_two_sums() -> None:
    one, two, groups = _awards(
        "A court ordered Tomas Varga to pay $4 million in damages to Ada Brandt.",
        "Ines Reyes was ordered to pay $6.5 million in damages to Ada Brandt.",
        6.5e6,
    )
    assert two.id not in _holding(groups, one).claims
    same, again, groups = _awards(
        "A court ordered Tomas Varga to pay $4 million in damages to Ada Brandt.",
        "Tomas Varga was ordered to pay $6.5 million in damages to Ada Brandt.",
        6.5e6,
    )
    assert _holding(groups, same).verdict == "conflict"
    assert again.id in _holding(groups, same).claims
