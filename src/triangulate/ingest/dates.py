"""Full calendar dates written in running text, found with regexes and checked by ``datetime``.

Only dates with a day, a month and a year count: "10th of October 2017", "the 21st of
September 2017", "October 10, 2017", "10 Oct 2017", "Oct. 8, 2017", "2017-10-15", and in
figures alone ("11/27/2005", "14/09/2013") when the order of day and month can be told. A weekday
written just before the date ("Sun, 15 Oct 2017") is kept so callers can check it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from triangulate.nlp.words import case_key

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_MONTH_ABBR: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
_WEEKDAY_ABBR: dict[str, int] = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3}
_WEEKDAY_ABBR.update({"thurs": 3, "fri": 4, "sat": 5, "sun": 6})

_MONTH = (
    r"(?P<{name}>"
    + "|".join(MONTHS)
    + "|"
    + "|".join(sorted(_MONTH_ABBR, key=len, reverse=True))
    + r")\.?"
)
_WEEKDAY = (
    r"(?:(?P<weekday>"
    + "|".join(WEEKDAYS)
    + "|"
    + "|".join(sorted(_WEEKDAY_ABBR, key=len, reverse=True))
    + r")\.?,?\s+(?:the\s+)?)?"
)
_DAY = r"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{name}>(?:19|20)\d\d)"

# "15 October 2017", "the 10th of October 2017", "08 June 2017", "15 Oct 2017".
_DAY_MONTH_YEAR = (
    _WEEKDAY
    + r"(?:the\s+)?"
    + _DAY.format(name="d1")
    + r"(?:\s+of)?\s+"
    + _MONTH.format(name="m1")
    + r",?\s+"
    + _YEAR.format(name="y1")
)
# "October 15, 2017", "Oct. 8, 2017", "October 15 2017".
_MONTH_DAY_YEAR = (
    _WEEKDAY.replace("weekday", "weekday2")
    + _MONTH.format(name="m2")
    + r"\s+"
    + _DAY.format(name="d2")
    + r",?\s+"
    + _YEAR.format(name="y2")
)
_ISO = r"(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)"
# What every alternative of DATE_RE holds: a year.
_A_YEAR = re.compile(r"(?:19|20)\d\d")
# Every place a year can start. A date writes its year last ("15 October 2017", "October
# 15, 2017") or first ("2017-10-15"), and nothing before the year holds four digits in a
# row (a day has two at most), so a date starts in the few words before one of these.
_YEAR_AT = re.compile(r"(?=(?:19|20)\d\d)")
# The most words a date writes before its year ("Sunday, the 15th of October": weekday,
# "the", "the", day, "of", month), with one to spare.
_WORDS_BEFORE_YEAR = 7

DATE_RE = re.compile(
    r"(?<![\w-])(?:" + _DAY_MONTH_YEAR + "|" + _MONTH_DAY_YEAR + "|" + _ISO + r")(?![\w-])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMention:
    """A full date written in a text, with where it is."""

    date: dt.date
    start: int
    end: int
    surface: str
    weekday: int | None = None

    @property
    def weekday_agrees(self) -> bool:
        """False only when a weekday is written and the calendar says otherwise."""
        return self.weekday is None or self.weekday == self.date.weekday()


def _month_number(name: str) -> int:
    """Month number for a full or abbreviated English month name."""
    key = case_key(name).rstrip(".")
    return MONTHS.get(key) or _MONTH_ABBR[key]


def _weekday_number(name: str | None) -> int | None:
    """Weekday number (Monday = 0) for a full or abbreviated English weekday name."""
    if name is None:
        return None
    key = case_key(name).rstrip(".")
    if key in WEEKDAYS:
        return WEEKDAYS.index(key)
    return _WEEKDAY_ABBR.get(key)


def _from_match(match: re.Match[str]) -> DateMention | None:
    """The date a match stands for, or None when no such day exists (31 June)."""
    groups = match.groupdict()
    if groups["y1"]:
        year, month, day = groups["y1"], _month_number(groups["m1"]), groups["d1"]
        weekday = groups["weekday"]
    elif groups["y2"]:
        year, month, day = groups["y2"], _month_number(groups["m2"]), groups["d2"]
        weekday = groups["weekday2"]
    else:
        year, month, day = groups["y3"], int(groups["m3"]), groups["d3"]
        weekday = None
    try:
        date = dt.date(int(year), month, int(day))
    except ValueError:
        return None
    return DateMention(
        date=date,
        start=match.start(),
        end=match.end(),
        surface=match.group(0),
        weekday=_weekday_number(weekday),
    )


def find_dates(text: str) -> tuple[DateMention, ...]:
    """Every full date written in ``text``, in order.

    Args:
        text: Any text.

    Returns:
        The dates found, each with its character span in ``text``. Impossible days
        ("31 June 2017") are left out.
    """
    if _A_YEAR.search(text) is None:
        return ()  # every full date holds a year: most lines are passed over at once
    if len(text) < _WHOLE_TEXT:
        return _dates_of(text)
    return _dates_of_text(text)


# A text this long is a report's whole text rather than one of its lines: its dates are
# asked for by several readers (its day of publication, the dates it names as past, the
# story's timeline), so the last few texts' are kept.
_WHOLE_TEXT = 2_000


def _dates_of(text: str) -> tuple[DateMention, ...]:
    """The dates of ``find_dates``, found again."""
    found = [d for m in _date_matches(text) if (d := _from_match(m)) is not None]
    if "/" in text:
        numeric = _numeric_dates(text)
        if numeric:
            taken = [(d.start, d.end) for d in found]
            found += [d for d in numeric if not any(s < d.end and d.start < e for s, e in taken)]
            found.sort(key=lambda d: d.start)
    return tuple(found)


# A date in figures alone, as pages print their time stamps: "11/27/2005", "14 / 09 /
# 2013" (archived text spaces a date's parts out). Which figure is the month is the page's
# convention: a first figure over 12 is a day (day first, as in Britain and most of the
# world), a second over 12 is a day too (month first, as in the United States). When both
# could be months, a US time zone on the same line ("EDT", "PT") says month first, and so
# does the order every other such date of the text settles; otherwise the date is left
# unread, not guessed.
_NUMERIC = re.compile(
    r"(?<![\w/.-])(?P<a>[0-3]?\d)\s?/\s?(?P<b>[0-3]?\d)\s?/\s?(?P<y>(?:19|20)\d\d)(?![\w/-])"
)
# Eastern, Central, Mountain and Pacific time, standard or daylight: "EST", "PDT", "ET".
_US_ZONE = re.compile(r"\b[ECMP][SD]?T\b")


def _numeric_dates(text: str) -> list[DateMention]:
    """The dates ``text`` writes in figures alone whose order can be told (see ``_NUMERIC``)."""
    matches = list(_NUMERIC.finditer(text))
    orders = {o for m in matches if (o := _order(int(m["a"]), int(m["b"]))) is not None}
    settled = next(iter(orders)) if len(orders) == 1 else None
    found: list[DateMention] = []
    for match in matches:
        first, second = int(match["a"]), int(match["b"])
        # "5/5/2010" is one day whichever figure is the month.
        order = "month first" if first == second else _order(first, second)
        if order is None:
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            order = "month first" if _US_ZONE.search(line) else settled
        if order is None:
            continue
        month, day = (first, second) if order == "month first" else (second, first)
        try:
            date = dt.date(int(match["y"]), month, day)
        except ValueError:
            continue
        found.append(
            DateMention(date=date, start=match.start(), end=match.end(), surface=match.group(0))
        )
    return found


def _order(first: int, second: int) -> str | None:
    """Which comes first in a date in figures, when one of its figures can only be a day."""
    if first > 12 >= second:
        return "day first"
    if second > 12 >= first:
        return "month first"
    return None


@lru_cache(maxsize=256)
def _dates_of_text(text: str) -> tuple[DateMention, ...]:
    """The dates of ``find_dates`` for a report's whole text, kept for the next reader."""
    return _dates_of(text)


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """``DATE_RE.finditer(text)``, trying the pattern only in the words before each place a
    year can start rather than at every word of the text (the same matches, in order)."""
    pos = 0  # no date starts before this: the end of the last one, or all tried up to it
    for year in _YEAR_AT.finditer(text):
        at = year.start()
        if at < pos:
            continue  # within the last date, or tried already
        for start in range(_words_before(text, at, pos), at + 1):
            match = DATE_RE.match(text, start)
            if match is not None:
                yield match
                pos = match.end()
                break
        else:
            pos = at + 1


def _words_before(text: str, at: int, floor: int) -> int:
    """Where the ``_WORDS_BEFORE_YEAR`` words before ``at`` start, or ``floor`` if sooner."""
    start = at
    for _ in range(_WORDS_BEFORE_YEAR):
        while start > floor and text[start - 1].isspace():
            start -= 1
        while start > floor and not text[start - 1].isspace():
            start -= 1
    return start


def parse_date(value: str) -> tuple[str, str] | None:
    """An ISO date and its precision for a metadata value such as a JSON ``published``.

    Args:
        value: "2017-10-15", "2017-10-15T02:27:00Z", "2017-10", "2017", "15 October 2017", ...

    Returns:
        ``(iso, precision)`` with precision "day", "month" or "year", or None when the value
        is not a date this function understands.
    """
    value = value.strip()
    iso = re.fullmatch(r"((?:19|20)\d\d)(?:-([01]\d)(?:-([0-3]\d))?)?(?:[T ].*)?", value)
    if iso:
        year, month, day = iso.group(1), iso.group(2), iso.group(3)
        try:
            dt.date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            return None
        if day:
            return f"{year}-{month}-{day}", "day"
        if month:
            return f"{year}-{month}", "month"
        return year, "year"
    dates = find_dates(value)
    if dates:
        return dates[0].date.isoformat(), "day"
    return None


# A sentence about what is still to come: its dates may lie after the day of writing.
_FUTURE = re.compile(
    r"\b(?:will|shall|next|expected to|due to|scheduled|planned|plans to|set to|deadline)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s|\n")


def past_dates(text: str) -> tuple[DateMention, ...]:
    """The full dates ``text`` writes as past or present: those that bound its day of
    publication from below.

    Left out: a date whose weekday the calendar contradicts, and a date in a sentence
    about what is still to come ("will", "next", "scheduled", "deadline", ...). A window's
    end ("until 10 October") stays: reports mostly look back on such windows.
    """
    found: list[DateMention] = []
    for mention in find_dates(text):
        if not mention.weekday_agrees:
            continue
        ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, mention.start)]
        start = ends[-1] if ends else 0
        stop = _SENTENCE_END.search(text, mention.end)
        sentence = text[start : stop.start() if stop else len(text)]
        if _FUTURE.search(sentence):
            continue
        found.append(mention)
    return tuple(found)
