"""Times of day: a report's stamp, the words before a figure, and when two are ordered."""

from __future__ import annotations

import dataclasses

from test_reconcile_helpers import TORVALD, doc, figure_claim
from triangulate.model import Cut
from triangulate.reconcile import reconcile
from triangulate.reconcile.clocks import Clock, order, said, stamp, words

INJURED = dict(measure="people injured in Torvald", qualifiers=("injured",))


def test_clocks_read_a_stamp_at_a_reports_head() -> None:
    zoned = doc("s1", "Storm hits coast\nThu May 2, 2030 7: 12pm BST\nRain fell.", "Wire")
    assert stamp(zoned) == Clock(18 * 60 + 12, zoned=True)
    bare = doc("s2", "Storm hits coast\nUpdated 5 / 2 / 2030 1: 41 PM\nRain fell.", "Wire")
    assert stamp(bare) == Clock(13 * 60 + 41, zoned=False)
    # A stamp ingest cut from the head as metadata is still the report's stamp.
    cut = dataclasses.replace(
        doc("s4", "Storm hits coast\nRain fell.", "Wire"),
        cuts=(Cut(line=2, text="Updated 5 / 2 / 2030 1: 41 PM", reason="metadata line"),),
    )
    assert stamp(cut) == Clock(13 * 60 + 41, zoned=False)
    # A date alone, or a number in the body, is no time stamp.
    assert stamp(doc("s3", "Storm hits coast\nMay 2, 2030\n12 people were hurt.", "W")) is None


def test_clocks_read_the_time_of_day_before_a_figure() -> None:
    d = doc("w1", "By evening, police said 18 people were hurt.", "Wire", "2030-05-02")
    claim = figure_claim(d, "18 people", low=18, high=18, **INJURED)  # type: ignore[arg-type]
    assert said(claim, d, 0) == Clock(19 * 60, zoned=False)
    # 2030-05-02 is a Thursday: "Wednesday night" is the night before.
    d = doc("w2", "On Wednesday night 18 people were hurt.", "Wire", "2030-05-02")
    claim = figure_claim(d, "18 people", low=18, high=18, **INJURED)  # type: ignore[arg-type]
    assert said(claim, d, 0) == Clock(21 * 60 - 24 * 60, zoned=False)
    # Any other weekday is not placed; "a night of violence" names no time.
    d = doc("w3", "On Monday night 18 people were hurt.", "Wire", "2030-05-02")
    claim = figure_claim(d, "18 people", low=18, high=18, **INJURED)  # type: ignore[arg-type]
    assert said(claim, d, 0) is None
    d = doc("w4", "After a night of riots 18 people were hurt.", "Wire", "2030-05-02")
    claim = figure_claim(d, "18 people", low=18, high=18, **INJURED)  # type: ignore[arg-type]
    assert said(claim, d, 0) is None


def test_clocks_order_needs_a_zone_or_a_wide_gap() -> None:
    assert order(Clock(600, zoned=True), Clock(630, zoned=True)) == -1
    assert order(Clock(600, zoned=False), Clock(630, zoned=True)) == 0
    assert order(Clock(600, zoned=False), Clock(900, zoned=True)) == -1
    assert order(Clock(900, zoned=False), None) == 0


def test_clocks_a_toll_rising_within_one_day_is_an_update_naming_the_latest() -> None:
    text = "Storm hits coast\nUpdated 1: 10 PM\nPolice said 12 people were injured."
    early = doc("m1", text, "Noon Wire", "2030-05-02")
    late = doc(
        "m2",
        "Storm toll\n7: 40pm GMT\nMedics said 18 people were injured.",
        "Night Wire",
        "2030-05-02",
    )
    claims = [
        figure_claim(early, "12 people", low=12, high=12, speaker="Police", **INJURED),  # type: ignore[arg-type]
        figure_claim(late, "18 people", low=18, high=18, speaker="Medics", **INJURED),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([early, late], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation
    assert "18 on 2030-05-02 at 19:40 GMT, the latest figure" in group.explanation
    # A stamp without a zone is said to be in an unstated zone, never shown as if in GMT.
    assert "12 on 2030-05-02 at 13:10 local time (zone not stated)" in group.explanation
    # The same two figures with no time of day stay a conflict; so does a fall over a day.
    plain = [doc(d.id, d.text.split("\n")[-1], d.outlet, "2030-05-02") for d in (early, late)]
    claims = [
        figure_claim(plain[0], "12 people", low=12, high=12, speaker="Police", **INJURED),  # type: ignore[arg-type]
        figure_claim(plain[1], "18 people", low=18, high=18, speaker="Medics", **INJURED),  # type: ignore[arg-type]
    ]
    (group,) = reconcile(plain, [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation
    morning = doc("f1", "In the morning police said 18 people were injured.", "A", "2030-05-02")
    evening = doc("f2", "By evening medics said 12 people were injured.", "B", "2030-05-02")
    claims = [
        figure_claim(morning, "18 people", low=18, high=18, speaker="Police", **INJURED),  # type: ignore[arg-type]
        figure_claim(evening, "12 people", low=12, high=12, speaker="Medics", **INJURED),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([morning, evening], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation


def test_clocks_a_time_in_the_words_orders_two_reports_of_one_day() -> None:
    morning = doc("o1", "In the morning police said 12 people were injured.", "A", "2030-05-02")
    evening = doc("o2", "By evening medics said 18 people were injured.", "B", "2030-05-02")
    claims = [
        figure_claim(morning, "12 people", low=12, high=12, speaker="Police", **INJURED),  # type: ignore[arg-type]
        figure_claim(evening, "18 people", low=18, high=18, speaker="Medics", **INJURED),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([morning, evening], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation
    assert "latest" in group.explanation and "18" in group.explanation


def test_a_reports_head_lines_are_its_first_lines_however_long_it_runs() -> None:
    from triangulate.reconcile.clocks import head_lines

    long_line = "The river rose overnight. " * 400  # one line of 10,400 characters
    text = "Flood in Brenna\r\nUpdated 7:12pm BST\n\n" + long_line + "\nMore\nLast"
    assert head_lines(text, 3) == ["Flood in Brenna", "Updated 7:12pm BST", ""]
    assert head_lines(text, 5) == text.splitlines()[:5]
    assert head_lines(text, 50) == text.splitlines()
    assert head_lines("", 5) == []
    assert head_lines("one line, no break", 5) == ["one line, no break"]


def test_clocks_words_say_when_a_time_has_no_zone() -> None:
    assert words(Clock(13 * 60 + 41, zoned=False)) == "at 13:41 local time (zone not stated)"
    assert words(Clock(18 * 60 + 12, zoned=True)) == "at 18:12 GMT"
    assert words(None) == ""
