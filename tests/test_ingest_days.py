"""Days a report names as its own and dates it only recalls, in invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from triangulate.ingest.dateline import infer_published
from triangulate.ingest.dates import find_dates
from triangulate.ingest.days import latest_year, named_days, recalled, resolve_year, week_days

TODAY = dt.date(2031, 1, 10)


@pytest.mark.parametrize(
    ("text", "surface", "month", "day", "weekday", "offset"),
    [
        ("The court fined the firm on Thursday (Sep 22).", "Thursday (Sep 22)", 9, 22, 3, None),
        ("Police said on Friday (7 Oct) that two men fled.", "Friday (7 Oct)", 10, 7, 4, None),
        ("The mayor spoke on Monday, Oct. 10, at noon.", "Monday, Oct. 10", 10, 10, 0, None),
        ("Mahkamah mendengar kes itu pada Khamis (22 Sep).", "Khamis (22 Sep)", 9, 22, 3, None),
        ("Agensi itu berkata hari ini (20 Sep) bahawa", "hari ini (20 Sep)", 9, 20, None, 0),
        ("法院周四（9月22日）判决。", "周四（9月22日）", 9, 22, 3, None),
        ("警方昨天（9月21日）表示。", "昨天（9月21日）", 9, 21, None, -1),
        ("The port reopened yesterday (Sept 21).", "yesterday (Sept 21)", 9, 21, None, -1),
    ],
)
def test_days_a_report_names_as_its_own_in_three_languages(
    text: str, surface: str, month: int, day: int, weekday: int | None, offset: int | None
) -> None:
    (found,) = named_days(text)
    assert (found.surface, found.month, found.day, found.weekday, found.offset) == (
        surface,
        month,
        day,
        weekday,
        offset,
    )
    assert text[found.start : found.end] == surface


@pytest.mark.parametrize(
    "text",
    [
        "The hearing will resume on Monday (Oct 3).",
        "Sidang akan disambung pada Isnin (3 Okt).",
        "听证会将于周一（10月3日）继续。",
        "The vote on Tuesday, Sept 20, 2022 was close.",  # a full date: not a day without year
        "The vote on Tuesday (Feb 30) was close.",  # no such day
    ],
)
def test_days_to_come_full_dates_and_impossible_days_are_not_named_days(text: str) -> None:
    assert named_days(text) == ()


def test_a_weekday_and_a_day_month_are_read_in_the_latest_year_they_fit() -> None:
    (named,) = named_days("The court ruled on Thursday (Sep 22).")
    # 22 September fell on a Thursday in 2016, 2022 and 2033.
    assert resolve_year(named, after_year=None, before=TODAY) == dt.date(2022, 9, 22)
    assert resolve_year(named, after_year=None, before=dt.date(2020, 1, 1)) == dt.date(2016, 9, 22)
    # A report naming only 1990 could be from any of four decades: no year is guessed.
    assert resolve_year(named, after_year=1990, before=TODAY) is None
    # Days the story states choose among the years that fit.
    near = [dt.date(2016, 9, 25)]
    assert resolve_year(named, after_year=None, before=TODAY, near=near) == dt.date(2016, 9, 22)


def test_a_reports_week_days_take_their_years_from_the_text_and_the_story() -> None:
    text = (
        "The council met on Monday (Oct 3) after the 2016 audit. "
        "Officials said today (Oct 5) that the bridge would reopen."
    )
    # 3 October fell on a Monday in 2011, 2016 and 2022; the report names 2016 last.
    assert [(n.surface, day) for n, day in week_days(text, before=TODAY)] == [
        ("Monday (Oct 3)", dt.date(2022, 10, 3))
    ]
    # With the story's days, "today (Oct 5)" gets a year too, and Monday the nearest.
    near = [dt.date(2016, 10, 6)]
    assert [(n.surface, day) for n, day in week_days(text, before=TODAY, near=near)] == [
        ("Monday (Oct 3)", dt.date(2016, 10, 3)),
        ("today (Oct 5)", dt.date(2016, 10, 5)),
    ]
    assert week_days("The bridge reopened in 2016.", before=TODAY) == []


def test_today_with_a_day_month_takes_its_year_only_from_the_story() -> None:
    (named,) = named_days("Officials said today (Sep 20) that the road was open.")
    assert resolve_year(named, after_year=2022, before=TODAY) is None
    near = [dt.date(2024, 9, 21)]
    assert resolve_year(named, after_year=None, before=TODAY, near=near) == dt.date(2024, 9, 20)


def test_a_target_year_is_not_a_year_the_report_is_from() -> None:
    text = "Singapore aims to cut waste by 2030. In 2019 it set the plan; menjelang 2029 lagi."
    assert latest_year(text, before=TODAY) == 2019


@pytest.mark.parametrize(
    ("text", "surface", "is_recalled"),
    [
        ("He has been held since 4 May 2029, his lawyer said.", "4 May 2029", True),
        ("Sejak rampasan kuasa pada 1 Feb 2029, negara itu bergolak.", "1 Feb 2029", True),
        ("The court found she had struck the boy on Aug 10, 2029, at home.", "Aug 10, 2029", True),
        ("The last time the yield was this high was Oct. 18, 2019.", "Oct. 18, 2019", True),
        ("It was the third anniversary of the flood of 3 March 2027.", "3 March 2027", True),
        ("In 2027, on 3 March 2028 the dam broke.", "3 March 2028", True),
        ("The dam broke on 3 March 2030, officials said.", "3 March 2030", False),
        ("Since 5 June 2029 until 10 October 2029, 40 boats sank.", "10 October 2029", False),
    ],
)
def test_dates_a_report_only_recalls(text: str, surface: str, is_recalled: bool) -> None:
    (mention,) = [m for m in find_dates(text) if m.surface == surface]
    assert recalled(text, mention) is is_recalled


def test_a_report_naming_a_day_of_its_week_is_dated_from_it() -> None:
    text = (
        "A trader was fined on Thursday (Sep 22) for a fraud that began on 2 April 2019.\n"
        "The court heard he had opened the accounts in 2018."
    )
    published = infer_published(text, today=TODAY)
    assert (published.date, published.basis) == ("2022-09-22", "inferred")
    assert published.reason is not None and "Thursday (Sep 22)" in published.reason


def test_a_report_that_only_recalls_dates_is_undated() -> None:
    text = "The firm has been under review since 4 May 2029.\nIts shares fell on Tuesday."
    published = infer_published(text, today=TODAY)
    assert (published.date, published.basis) == (None, "unknown")
    assert published.reason is not None and "recalled" in published.reason
