"""Read a time phrase ("since June", "late Tuesday", "the past two weeks") as an interval of days.

Relative phrases are anchored on a reference day, normally the report's publication date.
Without a reference only phrases that carry their own year can be read.

=========================================  =====================================  =========
phrase                                     interval (reference R)                 precision
=========================================  =====================================  =========
"15 October 2017", "Oct. 15, 2017"         that day                               day
"15 October", "October 15"                 that day in R's year, or the year      day
                                           before when that day is after R
"June 2017"                                the month                              month
"June", "in June"                          the month, latest one not after R      month
"2014"                                     the year                               year
"Tuesday", "late Tuesday", "on Tuesday"    the latest Tuesday on or before R      day
"next Tuesday"                             the first Tuesday after R              day
"today", "this morning", "tonight"         R                                      day
"yesterday", "last night", "overnight"     the day before R (overnight: to R)     day
"two days ago", "a week ago"               R minus that span                      day
"the past two weeks", "for the last 4      R minus the span, to R                 day
months", "the entire 4-month offensive"
"earlier this year", "this year"           1 January of R's year, to R            day
"last year"                                the year before R's                    year
"since X"                                  from the start of X to R (open         X's
                                           without R)
"until X", "by X"                          open start, to the end of X            X's
"between X and Y", "from X to Y",          from the start of X to the end of Y    coarser
"since X until Y"
=========================================  =====================================  =========

A phrase with nothing this table reads gives None: the claim's time stays unknown rather
than guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from triangulate.ingest.dates import MONTHS, WEEKDAYS
from triangulate.model import When

_RANK = {"day": 0, "month": 1, "year": 2}

_MONTH_NAMES = {**MONTHS, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7}
_MONTH_NAMES.update({"aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12})
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_SMALL.update({"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12})
_SMALL["few"] = 3  # "the past few weeks": the smallest reading of "few" beyond a couple

_MONTH = r"(?P<m>" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_NUMBER = r"(?P<n>\d+|" + "|".join(_SMALL) + r")"
_UNIT = r"(?P<unit>day|week|month|year|night)s?"

# Each kind of time expression, tried in this order at every position of the phrase.
_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "days",
        r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*"
        + _DAY
        + r"(?:\s+of)?\s+"
        + _MONTH
        + r"(?:,?\s+"
        + _YEAR
        + ")?",
    ),
    ("date", _DAY + r"(?:\s+of)?\s+" + _MONTH + r",?\s+" + _YEAR),
    ("date", _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR),
    ("date", r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"),
    ("date", _DAY + r"(?:\s+of)?\s+" + _MONTH),
    ("date", _MONTH + r"\s+" + _DAY + r"(?!\d)"),
    ("month", _MONTH + r",?\s+" + _YEAR),
    ("month", _MONTH),
    ("year", _YEAR),
    ("ago", _NUMBER + r"[\s-]+" + _UNIT + r"\s+ago"),
    ("past", r"(?:past|last|previous)\s+" + _NUMBER + r"[\s-]+" + _UNIT),
    ("past", _NUMBER + r"-" + _UNIT + r"(?=\s+(?:offensive|campaign|battle|siege|war|period))"),
    ("weekday", r"(?P<rel>next\s+)?(?P<w>" + "|".join(WEEKDAYS) + r")"),
    ("today", r"today|this\s+(?:morning|afternoon|evening)|tonight"),
    ("yesterday", r"yesterday|last\s+night"),
    ("overnight", r"overnight"),
    ("this_year", r"(?:earlier\s+)?this\s+year"),
    ("last_year", r"last\s+year"),
)
_COMPILED = tuple(
    (kind, re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w])", re.IGNORECASE))
    for kind, pattern in _PATTERNS
)


@dataclass(frozen=True, slots=True)
class _Interval:
    start: dt.date
    end: dt.date
    precision: str


def anchor(text: str, reference: dt.date | None) -> When | None:
    """The interval a time phrase stands for.

    Args:
        text: The phrase, e.g. "since 5 June until 10 October" or "on Tuesday".
        reference: The day relative phrases are counted from (the report's date), or None.

    Returns:
        A ``When`` with ISO day strings and the coarsest precision used, or None when the
        phrase cannot be read (or needs a reference day that is not known).
    """
    found = _intervals(text, reference)
    if not found:
        return None
    lowered = text.lower()
    precision = max((iv.precision for iv in found), key=_RANK.__getitem__)
    first, last = found[0], found[-1]
    start: dt.date | None = first.start
    end: dt.date | None = last.end
    if len(found) == 1 and re.search(r"\b(?:since|after)\b", lowered):
        end = reference if reference and reference >= first.start else None
    elif len(found) == 1 and re.search(r"\b(?:until|till|by|before)\b", lowered):
        start = None
    if start and end and end < start:
        start, end = end, start
    return When(
        start=start.isoformat() if start else None,
        end=end.isoformat() if end else None,
        precision=precision,  # type: ignore[arg-type]
        text=text,
    )


def _intervals(text: str, ref: dt.date | None) -> list[_Interval]:
    """Every expression in the phrase read as an interval, left to right, none overlapping."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, _Interval]] = []
    for kind, pattern in _COMPILED:
        for match in pattern.finditer(text):
            if any(match.start() < e and match.end() > s for s, e in taken):
                continue
            try:
                interval = _READERS[kind](match.groupdict(), ref)
            except (ValueError, OverflowError):
                interval = None
            if interval:
                taken.append(match.span())
                found.append((match.start(), interval))
    return [iv for _, iv in sorted(found, key=lambda pair: pair[0])]


def _year_for(month: int, day: int, ref: dt.date | None, year: str | None) -> int | None:
    """The year written, or the latest year that puts month/day on or before the reference."""
    if year:
        return int(year)
    if ref is None:
        return None
    return ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1


def _date(g: Mapping[str, str | None], ref: dt.date | None) -> _Interval | None:
    month = _month_number(g["m"] or "")
    day = int(g["d"] or "")
    year = _year_for(month, day, ref, g.get("y"))
    if year is None:
        return None
    when = dt.date(year, month, day)
    return _Interval(when, when, "day")


def _days(g: Mapping[str, str | None], ref: dt.date | None) -> _Interval | None:
    """ "1 to 9 March": both days in the one month written after them."""
    last = _date(g, ref)
    if last is None:
        return None
    return _Interval(last.start.replace(day=int(g["d1"] or "")), last.end, "day")


def _month(g: Mapping[str, str | None], ref: dt.date | None) -> _Interval | None:
    month = _month_number(g["m"] or "")
    year = _year_for(month, 1, ref, g.get("y"))
    if year is None:
        return None
    last = calendar.monthrange(year, month)[1]
    return _Interval(dt.date(year, month, 1), dt.date(year, month, last), "month")


def _year(g: Mapping[str, str | None], ref: dt.date | None) -> _Interval | None:
    year = int(g["y"] or "")
    return _Interval(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _back(ref: dt.date, count: int, unit: str) -> dt.date:
    """The reference day moved back by a count of units (months and years by the calendar)."""
    if unit in ("day", "night"):
        return ref - dt.timedelta(days=count)
    if unit == "week":
        return ref - dt.timedelta(weeks=count)
    months = count * (12 if unit == "year" else 1)
    year, month = divmod(ref.year * 12 + ref.month - 1 - months, 12)
    month += 1
    return dt.date(year, month, min(ref.day, calendar.monthrange(year, month)[1]))


def _count(g: Mapping[str, str | None]) -> int:
    word = (g["n"] or "").lower()
    return int(word) if word.isdigit() else _SMALL[word]


def _ago(g: Mapping[str, str | None], ref: dt.date | None) -> _Interval | None:
    if ref is None:
        return None
    day = _back(ref, _count(g), (g["unit"] or "").lower())
    return _Interval(day, day, "day")


def _past(g: Mapping[str, str | None], ref: dt.date | None) -> _Interval | None:
    if ref is None:
        return None
    return _Interval(_back(ref, _count(g), (g["unit"] or "").lower()), ref, "day")


def _weekday(g: Mapping[str, str | None], ref: dt.date | None) -> _Interval | None:
    if ref is None:
        return None
    target = WEEKDAYS.index((g["w"] or "").lower())
    if g.get("rel"):
        day = ref + dt.timedelta(days=(target - ref.weekday() - 1) % 7 + 1)
    else:
        day = ref - dt.timedelta(days=(ref.weekday() - target) % 7)
    return _Interval(day, day, "day")


def _relative_day(
    back: int, span: int
) -> Callable[[Mapping[str, str | None], dt.date | None], _Interval | None]:
    def read(g: Mapping[str, str | None], ref: dt.date | None) -> _Interval | None:
        if ref is None:
            return None
        start = ref - dt.timedelta(days=back)
        return _Interval(start, start + dt.timedelta(days=span), "day")

    return read


def _this_year(g: Mapping[str, str | None], ref: dt.date | None) -> _Interval | None:
    return _Interval(dt.date(ref.year, 1, 1), ref, "day") if ref else None


def _last_year(g: Mapping[str, str | None], ref: dt.date | None) -> _Interval | None:
    if ref is None:
        return None
    return _Interval(dt.date(ref.year - 1, 1, 1), dt.date(ref.year - 1, 12, 31), "year")


def _month_number(name: str) -> int:
    if name.isdigit():
        # An ISO date's month ("2020-05-12"); a number that is no month is no date.
        if not 1 <= int(name) <= 12:
            raise ValueError(name)
        return int(name)
    if name.islower() and name in ("may", "march"):
        # "may" and "march" in lower case are a modal verb and a noun or verb, not months.
        raise ValueError(name)
    return _MONTH_NAMES[name.lower().rstrip(".")]


_READERS: dict[str, Callable[[Mapping[str, str | None], dt.date | None], _Interval | None]] = {
    "days": _days,
    "date": _date,
    "month": _month,
    "year": _year,
    "ago": _ago,
    "past": _past,
    "weekday": _weekday,
    "today": _relative_day(0, 0),
    "yesterday": _relative_day(1, 0),
    "overnight": _relative_day(1, 1),
    "this_year": _this_year,
    "last_year": _last_year,
}
