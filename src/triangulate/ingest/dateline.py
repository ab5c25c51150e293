"""When a report was published, read from its own text when its metadata does not say.

The cascade, top to bottom: a dateline at the head of the report ("CAIRO – 15 October 2017:");
a line that is only a timestamp ("Sun, 15 Oct 2017 - 02:27 GMT"); else an inference from the
days the kept text names as its own ("on Thursday (Sep 22)") or the latest full date it
mentions and does not merely recall, stated as a lower bound with its reason; else
unknown. Never a guess dressed as fact.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from triangulate.ingest.clean import Cleaned, is_metadata_line
from triangulate.ingest.dates import WEEKDAYS, DateMention, find_dates, past_dates
from triangulate.ingest.days import recalled, week_days
from triangulate.model.document import Published

# How far into a report a dateline or a timestamp line may stand.
HEAD_LINES = 15
# Cut lines that may still carry the report's own date (not captions or credits).
_DATE_BEARING_CUTS = frozenset({"metadata line", "byline", "duplicate line"})
# "KOBANE (AFP) –", "CAIRO –", "BEIRUT, Syria (Reuters) -": a place, maybe an agency, a dash.
_DATELINE_HEAD = re.compile(
    r"(?P<place>[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,3})(?:,\s*[^()\n–—:-]{1,30}?)?"
    r"\s*(?:\((?P<agency>[^()\n]{1,40})\)\s*)?[–—-]+\s*"
)
# Wire agencies as datelines name them; other capitalised words in brackets are not agencies.
AGENCIES: frozenset[str] = frozenset(
    (
        *("AFP", "AP", "Reuters", "Associated Press", "dpa", "DPA", "ANSA", "EFE", "Xinhua"),
        *("Anadolu", "Anadolu Agency", "AA", "UPI", "Bernama", "Yonhap", "Kyodo", "TASS"),
        *("RIA Novosti", "Interfax", "Sputnik", "IANS", "PTI", "ANI", "SANA", "KUNA", "WAM"),
        *("SPA", "IRNA", "MENA", "QNA", "BNA", "NNA", "Petra", "ANHA", "CNA", "Europa Press"),
    )
)
# Bracketed capitals at the head of a headline that are labels, not agencies.
_NOT_AGENCIES = frozenset({"UPDATE", "UPDATED", "VIDEO", "PHOTOS", "WATCH", "LIVE", "OPINION"})
_AFTER_DATE = re.compile(r"\s*[:–—-]")
_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class Dateline:
    """The dateline at the head of a report: where it was filed, by which agency, when."""

    line: int
    text: str
    place: str
    agency: str | None
    date: DateMention | None


def _head_lines(lines: Sequence[str], cleaned: Cleaned) -> list[tuple[int, str]]:
    """The first non-blank lines that are kept or cut only as metadata, with line numbers."""
    cut_reason = {cut.line: cut.reason for cut in cleaned.cuts}
    head: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if len(head) >= HEAD_LINES:
            break
        reason = cut_reason.get(number)
        if reason is None or reason in _DATE_BEARING_CUTS:
            head.append((number, line.strip()))
    return head


def find_dateline(lines: Sequence[str], cleaned: Cleaned) -> Dateline | None:
    """The dateline opening the report's first paragraphs, if there is one.

    Args:
        lines: The decoded input, split into lines.
        cleaned: The same input after cleaning.

    Returns:
        The dateline, with its agency and date when it names them; None when none of the
        first lines opens with one.
    """
    for number, line in _head_lines(lines, cleaned):
        match = _DATELINE_HEAD.match(line)
        if match is None:
            continue
        rest = line[match.end() :]
        dates = find_dates(rest)
        date = dates[0] if dates and dates[0].start == 0 else None
        after = _AFTER_DATE.match(rest, date.end) if date is not None else None
        agency = match.group("agency")
        agency = agency.strip() if agency is not None and _is_agency(agency) else None
        if date is not None and after is not None:
            text = line[: match.end() + after.end()]
            return Dateline(line=number, text=text, place=match["place"], agency=agency, date=date)
        if agency is not None:
            text = line[: match.end()].rstrip()
            return Dateline(line=number, text=text, place=match["place"], agency=agency, date=None)
    return None


def _is_agency(name: str) -> bool:
    """A known wire agency, or an acronym in capitals as small agencies are written."""
    name = name.strip()
    if name in AGENCIES:
        return True
    return 2 <= len(name) <= 6 and name.isalpha() and name.isupper() and name not in _NOT_AGENCIES


def _timestamp_line(lines: Sequence[str], cleaned: Cleaned) -> tuple[str, DateMention] | None:
    """The first head line that is only a date and time, with its date."""
    for _number, line in _head_lines(lines, cleaned):
        if is_metadata_line(line):
            return line, find_dates(line)[0]
    return None


def _weekdays_named(text: str) -> list[str]:
    """Weekday names the text uses, in calendar order."""
    named = {m.group(1).lower() for m in _WEEKDAY_WORD.finditer(text)}
    return [day.capitalize() for day in WEEKDAYS if day in named]


def _quote(text: str, mention: DateMention) -> str:
    """The date as written with the word before it, for a reason a person can check."""
    before = text[: mention.start].split()
    lead = before[-1] + " " if before and before[-1][-1:].isalpha() else ""
    return f"{lead}{mention.surface}"


def infer_published(text: str, *, today: dt.date | None = None) -> Published:
    """The publication date inferred from the days and dates the kept text names.

    Args:
        text: The cleaned text (cut captions and credits are not in it).
        today: The present, the latest a report can be from (default: the clock).

    Returns:
        ``basis="inferred"`` with, top to bottom: the latest day the report names as one
        of its own week ("on Thursday (Sep 22)": ``days.named_days``; it came out on that
        day or within six days after), or the latest full date mentioned as past or
        present (``dates.past_dates``: not in a sentence about what is to come) that it
        does not merely recall (``days.recalled``: "since 5 June 2021", "the 2017
        anniversary"), when weekday names written next to dates agree with the calendar;
        otherwise ``basis="unknown"``. The reason says which.
    """
    before = today or dt.date.today()
    mentions = find_dates(text)
    weekdays = _weekdays_named(text)
    named = f" (it names weekdays: {', '.join(weekdays)})" if weekdays else ""
    clash = next((m for m in mentions if not m.weekday_agrees), None)
    if clash is not None:
        return Published.unknown(
            f"not stated; not inferred because '{clash.surface}' names the wrong weekday "
            f"for {clash.date.isoformat()}"
        )
    past = past_dates(text)
    own = [m for m in past if not recalled(text, m)]
    week = _own_week(text, before)
    if week is not None:
        day, surface, year_note = week
        later = [m for m in own if day < m.date <= day + dt.timedelta(days=6)]
        if later:
            latest = max(later, key=lambda m: (m.date, -m.start))
            iso = latest.date.isoformat()
            reason = (
                f"not stated; it names '{surface}' ({day.isoformat()}{year_note}) as a day "
                f"of its own week and mentions {iso} ('{_quote(text, latest)}'); published "
                "on or after it"
            )
            return Published(date=iso, precision="day", basis="inferred", reason=reason)
        reason = (
            f"not stated; it names '{surface}' ({day.isoformat()}{year_note}) as a day of its "
            "own week: published that day or within six days after"
        )
        return Published(date=day.isoformat(), precision="day", basis="inferred", reason=reason)
    if own:
        latest = max(own, key=lambda m: (m.date, -m.start))
        iso = latest.date.isoformat()
        return Published(
            date=iso,
            precision="day",
            basis="inferred",
            reason=f"not stated; latest date the report mentions is {iso} "
            f"('{_quote(text, latest)}'); published on or after it",
        )
    if past:
        example = max(past, key=lambda m: (m.date, -m.start))
        return Published.unknown(
            "not stated; the dates it mentions are recalled, not its own (such as "
            f"'{_quote(text, example)}')"
        )
    if mentions:
        return Published.unknown(
            "not stated; the dates it mentions are all in sentences about what is to come "
            f"(such as '{mentions[-1].surface}')"
        )
    return Published.unknown(f"not stated; the report mentions no full date{named}")


def _own_week(text: str, before: dt.date) -> tuple[dt.date, str, str] | None:
    """The latest day the text names as one of its own week, with a weekday, as
    (day, words, how its year was chosen); None when it names none."""
    week = week_days(text, before=before)
    if not week:
        return None
    named, day = max(week, key=lambda found: found[1])
    weekday = WEEKDAYS[day.weekday()].capitalize()
    return day, named.surface, f", the latest year that day was a {weekday}"


def published_from_text(lines: Sequence[str], cleaned: Cleaned) -> Published:
    """The publication date a report states in its text, or one inferred with its reason.

    Args:
        lines: The decoded input, split into lines.
        cleaned: The same input after cleaning.

    Returns:
        ``basis="dateline"`` for a dateline or a timestamp line at the head of the report,
        else what ``infer_published`` makes of the kept text.
    """
    dateline = find_dateline(lines, cleaned)
    if dateline is not None and dateline.date is not None:
        return Published(
            date=dateline.date.date.isoformat(),
            precision="day",
            basis="dateline",
            reason=f"dateline '{dateline.text}'",
        )
    stamp = _timestamp_line(lines, cleaned)
    if stamp is not None:
        line, mention = stamp
        return Published(
            date=mention.date.isoformat(),
            precision="day",
            basis="dateline",
            reason=f"timestamp line '{line}'",
        )
    return infer_published(cleaned.text)
