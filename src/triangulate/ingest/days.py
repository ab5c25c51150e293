"""The days a report gives as its own, and the dates it only recalls.

News rarely prints its own date in full in the text, but it names the days of its week
in ways that pin it down: a weekday with the day and month ("on Thursday (Sep 22)",
"Khamis (22 Sep)", "周四（9月22日）"), or "today" and "yesterday" with the day and month
("hari ini (20 Sep)", "昨天（9月21日）"). A weekday names a day of the week the report
tells about, so the report came out on that day or within the six days after it;
"today" and "yesterday" give the day itself. Neither form writes the year: the year is
the one in which that day and month fall on that weekday, no earlier than the latest
year the report names and no later than the present (see ``resolve_year``).

A full date the report writes may be the day of its news or a date it only recalls: the
start of a span ("since the coup on 1 Feb 2021"), an earlier past than the news told in
the past perfect ("the court found she had killed the girl on Aug 10, 2021"), or a date
in a sentence that says it is past ("last year", "in 2017", "two years ago",
"anniversary", "the last time"). ``recalled`` tells the second kind by those words; such a date is
background and never dates the report.

The word tables cover English, Malay and Chinese, the languages of the news this was
measured on; a language is added by adding its words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from triangulate.ingest.dates import MONTHS, WEEKDAYS, DateMention

# Weekday names, Monday first, and the month names of each language.
_WEEKDAY_WORDS: dict[str, int] = {day: number for number, day in enumerate(WEEKDAYS)}
_WEEKDAY_WORDS.update(
    {"isnin": 0, "selasa": 1, "rabu": 2, "khamis": 3, "jumaat": 4, "sabtu": 5, "ahad": 6}
)
_MONTH_WORDS: dict[str, int] = dict(MONTHS)
_MONTH_WORDS.update(
    {
        **{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8},
        **{"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12},
        # Malay
        **{"januari": 1, "februari": 2, "mac": 3, "mei": 5, "julai": 7, "ogos": 8},
        **{"ogo": 8, "oktober": 10, "okt": 10, "disember": 12, "dis": 12},
    }
)
# "today" and "yesterday" and their kin: the offset of the day named from publication.
_RELATIVE_WORDS: dict[str, int] = {
    **{"today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0},
    **{"yesterday": -1, "last night": -1},
    **{"hari ini": 0, "pagi ini": 0, "petang ini": 0, "malam ini": 0, "semalam": -1},
    **{"malam tadi": -1},
}
_CHINESE_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_CHINESE_RELATIVE = {"今天": 0, "今日": 0, "今早": 0, "今晨": 0, "昨天": -1, "昨日": -1, "昨晚": -1}

_NAMES = "|".join(sorted((*_WEEKDAY_WORDS, *_RELATIVE_WORDS), key=len, reverse=True))
_MONTH = "|".join(sorted(_MONTH_WORDS, key=len, reverse=True))
# "Thursday (Sep 22)", "Friday (7 Oct)", "Khamis (22 Sep)", "today (Sept 20)",
# "Thursday, Sept. 22".
_LATIN = re.compile(
    r"(?<![\w-])(?P<name>" + _NAMES + r")\s*(?:\(\s*|,\s*)"
    r"(?:(?P<d1>[0-3]?\d)\s+(?P<m1>" + _MONTH + r")\.?"
    r"|(?P<m2>" + _MONTH + r")\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)"
    r"(?![\w-])(?!,?\s+(?:19|20)\d\d)\s*\)?",
    re.IGNORECASE,
)
# "周四（9月22日）", "星期三(9月21日)", "昨天（9月21日）".
_CHINESE = re.compile(
    r"(?:(?:星期|周|礼拜)(?P<weekday>[一二三四五六日天])|(?P<relative>"
    + "|".join(_CHINESE_RELATIVE)
    + r"))\s*[（(]\s*(?P<month>1[0-2]|0?[1-9])\s*月\s*(?P<day>[0-3]?\d)\s*日\s*[）)]"
)
# Words that put a sentence in the future: a day it names comes after publication.
_FUTURE = re.compile(
    r"\b(?:will|shall|next|tomorrow|expected to|due to|scheduled|planned|set to|akan|esok"
    r"|dijadual)\b|将|明天|下周|计划",
    re.IGNORECASE,
)
# Words that say a date is recalled, in the sentence holding it.
_RECALL = re.compile(
    r"\b(?:anniversary|last year|years? ago|months? ago|back in|previous year|last time"
    r"|first time since"
    r"|in (?:19|20)\d\d|ulang tahun|tahun lalu|tahun lepas)\b|周年|去年",
    re.IGNORECASE,
)
# Words earlier in a date's clause that make it the start of a span running to the
# present ("since the coup on 1 Feb 2021") or an earlier past than the news ("she had
# killed the girl on Aug 10, 2021"); "以来" follows the date it marks.
_BEFORE_RECALLED = re.compile(r"\b(?:since|sejak|had)\b", re.IGNORECASE)
_AFTER_RECALLED = re.compile(r"^\S{0,6}以来")
_CLAUSE = re.compile(r"[,;:，；：]")
# A year that a target or a start to come is set for ("by 2030", "menjelang 2026").
_TARGET_YEAR = re.compile(
    r"\b(?:by|until|till|menjelang|mulai|hingga|sebelum)\s+(?:\w+\s+)?$", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’)]?\s*|\n")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@dataclass(frozen=True, slots=True, kw_only=True)
class NamedDay:
    """A day a report names as one of its own week, without the year.

    Attributes:
        start: Where the words start in the text.
        end: Where they end.
        surface: The words ("Thursday (Sep 22)").
        month: The month named.
        day: The day of the month named.
        weekday: The weekday named (Monday = 0), or None for "today" and "yesterday".
        offset: For "today" (0) and "yesterday" (-1), the day named relative to the day of
            publication; None for a weekday (the report came out on that day or within
            the six days after it).
    """

    start: int
    end: int
    surface: str
    month: int
    day: int
    weekday: int | None
    offset: int | None


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``[start, end)``."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    first = ends[-1] if ends else 0
    stop = _SENTENCE_END.search(text, end)
    return text[first : stop.start() if stop else len(text)]


# Asked of a report's text once when it is read and again when its story is dated: the
# answer is kept for the texts last asked (a tuple of frozen records, never changed).
@lru_cache(maxsize=256)
def named_days(text: str) -> tuple[NamedDay, ...]:
    """The days of its own week a report names with their day and month, in order.

    A day named in a sentence about what is to come ("will", "next", "akan", "将") is
    left out: it lies after the report. An impossible day (31 June) is left out too.
    """
    found: list[NamedDay] = []
    for match in _LATIN.finditer(text):
        name = " ".join(match.group("name").lower().split())
        month = _MONTH_WORDS[(match.group("m1") or match.group("m2")).lower()]
        day = int(match.group("d1") or match.group("d2"))
        weekday = _WEEKDAY_WORDS.get(name)
        offset = _RELATIVE_WORDS.get(name)
        found.append(_named(text, match.start(), match.end(), month, day, weekday, offset))
    for match in _CHINESE.finditer(text):
        weekday_word, relative = match.group("weekday"), match.group("relative")
        found.append(
            _named(
                text,
                match.start(),
                match.end(),
                int(match.group("month")),
                int(match.group("day")),
                _CHINESE_WEEKDAYS[weekday_word] if weekday_word else None,
                _CHINESE_RELATIVE[relative] if relative else None,
            )
        )
    kept = [
        named
        for named in found
        if _possible(named.month, named.day)
        and _FUTURE.search(_sentence(text, named.start, named.end)) is None
    ]
    return tuple(sorted(kept, key=lambda named: named.start))


def _named(
    text: str, start: int, end: int, month: int, day: int, weekday: int | None, offset: int | None
) -> NamedDay:
    return NamedDay(
        start=start,
        end=end,
        surface=text[start:end],
        month=month,
        day=day,
        weekday=weekday,
        offset=offset,
    )


def _possible(month: int, day: int) -> bool:
    """Whether a day of a month exists in some year (29 February does)."""
    try:
        dt.date(2000, month, day)
    except ValueError:
        return False
    return True


def latest_year(text: str, *, before: dt.date) -> int | None:
    """The latest year ``text`` writes as past or present, not after ``before``'s year: a
    year in a sentence about what is to come, or set as a target ("by 2030"), is not."""
    years: list[int] = []
    for found in _YEAR.finditer(text):
        year = int(found.group())
        if year > before.year or _TARGET_YEAR.search(
            text[max(0, found.start() - 30) : found.start()]
        ):
            continue
        if _FUTURE.search(_sentence(text, found.start(), found.end())):
            continue
        years.append(year)
    return max(years) if years else None


# A report's own day lies at most this many years after the latest year it names: a
# weekday falls on a day-month again after 5, 6 or 11 years, so a later reading of
# "Thursday (Sep 22)" than this is a guess.
CYCLE = 10


def resolve_year(
    named: NamedDay,
    *,
    after_year: int | None,
    before: dt.date,
    near: Sequence[dt.date] = (),
) -> dt.date | None:
    """The date a day named without its year stands for, or None when nothing tells.

    The candidates are the days with its day and month (and its weekday, when it names
    one: "Thursday (Sep 22)" fell in 2011, 2016 and 2022) in no year before
    ``after_year`` (the latest year the report names) and not after ``before`` (the
    present). Top to bottom:

    1. With days the story's reports state (``near``): the candidate nearest them.
    2. For a weekday: the latest candidate, as a person reading a recent pile reads
       "Thursday (Sep 22)" as the last such Thursday; but not one more than ``CYCLE``
       years after the latest year the report names (a report that names only 1923 and
       "Thursday, December 11" could be from any of nine decades).
    3. Otherwise ("today (Sep 20)" names no weekday to pin a year): none.
    """
    first = after_year if after_year is not None else before.year - 60
    candidates: list[dt.date] = []
    for year in range(first, before.year + 1):
        try:
            day = dt.date(year, named.month, named.day)
        except ValueError:
            continue
        if day <= before and (named.weekday is None or day.weekday() == named.weekday):
            candidates.append(day)
    if not candidates:
        return None
    if near:
        return min(candidates, key=lambda d: (min(abs((d - o).days) for o in near), d))
    if named.weekday is None:
        return None
    latest = candidates[-1]
    if after_year is not None and latest.year - after_year > CYCLE:
        return None
    return latest


def week_days(
    text: str, *, before: dt.date, near: Sequence[dt.date] = ()
) -> list[tuple[NamedDay, dt.date]]:
    """The days ``text`` names as its own week's ("Thursday (Sep 22)"), each with the year
    ``resolve_year`` gives it (no earlier than the latest year the text names; the one
    nearest ``near``, the days the story's reports state, when given); those it cannot
    place are left out."""
    named_here = named_days(text)
    if not named_here:
        return []  # most reports name none: no need to read their years
    after_year = latest_year(text, before=before)
    found: list[tuple[NamedDay, dt.date]] = []
    for named in named_here:
        day = resolve_year(named, after_year=after_year, before=before, near=near)
        if day is not None:
            found.append((named, day))
    return found


def recalled(text: str, mention: DateMention) -> bool:
    """Whether a full date is one the report only recalls (see the module docstring)."""
    sentence = _sentence(text, mention.start, mention.end)
    lead = text[max(0, mention.start - len(sentence)) : mention.start]
    clause = _CLAUSE.split(lead.split("\n")[-1])[-1]
    cues = list(_BEFORE_RECALLED.finditer(clause))
    # The cue governs this date only when no other date stands between them: in "since
    # 5 June until 10 October 2017" the second date ends the span and is no recall.
    if (cues and not _YEAR.search(clause, cues[-1].end())) or _AFTER_RECALLED.match(
        text, mention.end
    ):
        return True
    for found in _RECALL.finditer(sentence):
        words = found.group(0)
        # "in 2021" recalls only when it is not the year of this very date.
        if words[:3].lower() == "in " and words[3:] == str(mention.date.year):
            continue
        return True
    return False
