"""Time phrases read as intervals anchored on the report's date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from triangulate.timeline.anchor import anchor

SUNDAY = dt.date(2026, 3, 15)


@pytest.mark.parametrize(
    ("phrase", "start", "end", "precision"),
    [
        ("on 3 March 2026", "2026-03-03", "2026-03-03", "day"),
        ("March 3, 2026", "2026-03-03", "2026-03-03", "day"),
        ("since 2 February until 9 March", "2026-02-02", "2026-03-09", "day"),
        ("between 1 and 9 March", "2026-03-01", "2026-03-09", "day"),
        ("from 28 February to 2 March", "2026-02-28", "2026-03-02", "day"),
        ("on 20 December", "2025-12-20", "2025-12-20", "day"),  # later than the report: last year
        ("since February", "2026-02-01", "2026-03-15", "month"),
        ("in May", "2025-05-01", "2025-05-31", "month"),
        ("since early 2024", "2024-01-01", "2026-03-15", "year"),
        ("on Tuesday", "2026-03-10", "2026-03-10", "day"),
        ("late Sunday", "2026-03-15", "2026-03-15", "day"),  # the report's own weekday is today
        ("next Monday", "2026-03-16", "2026-03-16", "day"),
        ("two days ago", "2026-03-13", "2026-03-13", "day"),
        ("yesterday", "2026-03-14", "2026-03-14", "day"),
        ("overnight", "2026-03-14", "2026-03-15", "day"),
        ("in the past two weeks", "2026-03-01", "2026-03-15", "day"),
        ("over the last 3 months", "2025-12-15", "2026-03-15", "day"),
        ("the whole 4-month siege", "2025-11-15", "2026-03-15", "day"),
        ("earlier this year", "2026-01-01", "2026-03-15", "day"),
    ],
)
def test_anchor_reads_phrase_against_report_date(
    phrase: str, start: str, end: str, precision: str
) -> None:
    when = anchor(phrase, SUNDAY)
    assert when is not None
    assert (when.start, when.end, when.precision) == (start, end, precision)
    assert when.text == phrase


def test_anchor_until_leaves_start_open() -> None:
    when = anchor("until 9 March", SUNDAY)
    assert when is not None
    assert (when.start, when.end) == (None, "2026-03-09")


@pytest.mark.parametrize("phrase", ["on Tuesday", "two days ago", "since February", "overnight"])
def test_anchor_without_report_date_cannot_read_relative_phrases(phrase: str) -> None:
    assert anchor(phrase, None) is None


def test_anchor_without_report_date_reads_phrases_with_a_year() -> None:
    when = anchor("since June 2025", None)
    assert when is not None
    assert (when.start, when.end, when.precision) == ("2025-06-01", None, "month")


@pytest.mark.parametrize("phrase", ["people may still be there", "they march on", "a few"])
def test_anchor_does_not_read_words_that_only_look_like_months(phrase: str) -> None:
    assert anchor(phrase, SUNDAY) is None


@given(st.text(max_size=80), st.dates(min_value=dt.date(1950, 1, 1)))
def test_anchor_never_raises_and_keeps_start_before_end(text: str, ref: dt.date) -> None:
    when = anchor(text, ref)
    if when and when.start and when.end:
        assert when.start <= when.end


def test_anchor_reads_an_iso_date() -> None:
    when = anchor("on 2020-05-12", SUNDAY)
    assert when is not None
    assert (when.start, when.end, when.precision) == ("2020-05-12", "2020-05-12", "day")


@pytest.mark.parametrize("phrase", ["on 2020-13-12", "on 2020-00-12", "on 2021-02-30"])
def test_anchor_reads_no_day_from_an_iso_date_that_is_no_day(phrase: str) -> None:
    when = anchor(phrase, SUNDAY)
    assert when is None or when.precision == "year"
