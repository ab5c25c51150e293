"""A source whose own values cannot both hold is no range that absorbs the others' values."""

from __future__ import annotations

from test_reconcile_helpers import TORVALD, doc, figure_claim
from triangulate.reconcile import reconcile
from triangulate.reconcile.sources import Upstreams
from triangulate.reconcile.verdicts import discordant_split, judge

_TERM = dict(measure="prison term", counted="term", qualifiers=(), kind="duration", unit="year")


def test_own_discord_agreement_never_says_the_values_can_all_hold() -> None:
    # The Bay Herald gives 2 and 5 (two reports, no word of a change), the Coast Post 3:
    # read as one range, 2 to 5 would hold the 3; but 2 and 5 cannot both be one count.
    one = doc("h1", "Two people were killed in Torvald, the Bay Herald said.", "Bay Herald")
    two = doc("h2", "Five people were killed in Torvald, the Bay Herald said.", "Bay Herald")
    three = doc("h3", "Three people were killed in Torvald, Ada Varga said.", "Coast Post")
    claims = [
        figure_claim(one, "Two people", low=2, high=2),
        figure_claim(two, "Five people", low=5, high=5),
        figure_claim(three, "Three people", low=3, high=3, speaker="Ada Varga"),
    ]
    docs = {d.id: d for d in (one, two, three)}
    judged = judge(claims, Upstreams(claims, docs), docs)
    assert "can all hold" not in judged.explanation, judged.explanation
    assert "2 and 5, both from Bay Herald, cannot both hold" in judged.explanation
    assert "Ada Varga gives a value that holds with none of them" in judged.explanation
    # Split by the Bay Herald's values, the 3 would be in dispute with the 2: no split.
    assert discordant_split(claims, Upstreams(claims, docs), docs) is None
    (group,) = reconcile([one, two, three], [TORVALD], claims).groups
    assert "can all hold" not in group.explanation


def test_own_discord_split_by_the_source_values_when_no_part_is_disputed() -> None:
    # One outlet gives a 7-year and a 12-year term in its own words; two others give 12:
    # the 7 is not absorbed into a range "7 to 12" that agrees with everyone's 12.
    one = doc(
        "t1",
        "Tomas Brandt got 7 years for fraud in Torvald. He got 12 years this time.",
        "Hill Daily",
    )
    two = doc("t2", "He got 12 years for fraud in Torvald, Reyes said.", "Valley News")
    three = doc("t3", "He got 12 years for fraud in Torvald, Tallis said.", "Coast Post")
    claims = [
        figure_claim(one, "7 years", low=7, high=7, **_TERM),  # type: ignore[arg-type]
        figure_claim(one, "12 years", low=12, high=12, **_TERM),  # type: ignore[arg-type]
        figure_claim(two, "12 years", low=12, high=12, speaker="Reyes", **_TERM),  # type: ignore[arg-type]
        figure_claim(three, "12 years", low=12, high=12, speaker="Tallis", **_TERM),  # type: ignore[arg-type]
    ]
    docs = {d.id: d for d in (one, two, three)}
    found = discordant_split(claims, Upstreams(claims, docs), docs)
    assert found is not None
    assert [[c.text for c in part] for part in found.parts] == [
        ["7 years"],
        ["12 years", "12 years", "12 years"],
    ]
    assert "Hill Daily gives both 7 years and 12 years, which cannot both hold" in found.reason
    groups = reconcile([one, two, three], [TORVALD], claims).groups
    verdicts = sorted(g.verdict for g in groups)
    assert verdicts == ["agree", "scope_differs", "single"], [g.explanation for g in groups]
    (agreed,) = [g for g in groups if g.verdict == "agree"]
    assert claims[0].id not in agreed.claims
    assert "can all hold" in agreed.explanation and "7" not in agreed.explanation


def test_own_values_that_can_hold_together_are_one_reading() -> None:
    # "At least 24" and "31" from one source hold together: no discord, no split.
    one = doc("r1", "At least 24 people were killed in Torvald. Later count: 31 people.", "Bay")
    two = doc("r2", "Officials said 31 people were killed in Torvald.", "Coast Post")
    claims = [
        figure_claim(one, "At least 24 people", low=24, high=None, hedge="at_least"),
        figure_claim(one, "31 people", low=31, high=31),
        figure_claim(two, "31 people", low=31, high=31, speaker="Officials"),
    ]
    docs = {d.id: d for d in (one, two)}
    judged = judge(claims, Upstreams(claims, docs), docs)
    assert judged.verdict == "agree" and "can all hold" in judged.explanation
    assert discordant_split(claims, Upstreams(claims, docs), docs) is None
