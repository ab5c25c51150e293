"""When in its day a figure was given: the time of day its words name, or its report's stamp.

Two reports of one day can still be told apart in time. News gives the time of day two
ways, and both are read here:

- **a report's time stamp**, the short line at its head that says when it was posted or
  updated ("Updated 5/5/2030 1:41 PM", "Wed May 5, 2030 7:12pm BST", "May 5 2030 15:14");
- **the words before a figure in its sentence** ("by evening", "on Tuesday night", "at
  3 pm", "in the morning", "last night"): the time the figure was true, which beats the
  report's stamp. A weekday names the report's own day or the day before it; any other
  day is not read.

A time with a zone ("BST", "GMT", "EDT") is read in universal time; one without is read
at its clock as written. Two times are ordered when both carry a zone, or, when a zone is
missing (a wire stamp in the outlet's local time, a time of day in the words), only when
they lie ``UNZONED_GAP`` minutes or more apart: a stamp of 1:41 PM of unknown zone is not
known to come before one of 2:30 PM BST, but it does come before "by evening".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache

from triangulate.ingest.dates import WEEKDAYS
from triangulate.model import Claim, Document

UNZONED_GAP = 180
"""Minutes two times must lie apart to be ordered when either has no zone."""
HEAD_LINES = 5
"""Lines at a report's head searched for its time stamp."""
_ZONES = {
    "gmt": 0.0,
    "utc": 0.0,
    "bst": 1.0,
    "cet": 1.0,
    "cest": 2.0,
    "eet": 2.0,
    "eest": 3.0,
    "est": -5.0,
    "edt": -4.0,
    "cst": -6.0,
    "cdt": -5.0,
    "mst": -7.0,
    "mdt": -6.0,
    "pst": -8.0,
    "pdt": -7.0,
    "aest": 10.0,
    "aedt": 11.0,
    "jst": 9.0,
}
_TIME = (
    r"(?P<h>\d{1,2})\s*(?::\s*(?P<m>\d{2})(?:\s*:\s*\d{2})?)?\s*"
    r"(?P<ampm>[ap]\.?\s?m\b\.?)?"
)
_STAMP = re.compile(
    r"(?<![\d:])" + _TIME + r"(?:\s*(?P<zone>" + "|".join(_ZONES) + r")\b)?",
    re.IGNORECASE,
)
_PARTS = {
    "morning": 9 * 60,
    "midday": 12 * 60,
    "noon": 12 * 60,
    "afternoon": 15 * 60,
    "evening": 19 * 60,
    "nightfall": 19 * 60,
    "night": 21 * 60,
    "tonight": 21 * 60,
}
_SAID_TIME = re.compile(
    r"\b(?:(?:by|in|at)\s+(?:the\s+)?|(?:late|early)\s+(?:on\s+)?|(?P<rel>last|this|yesterday)\s+"
    r"|(?:on\s+)?(?P<day>" + "|".join(WEEKDAYS) + r")\s+)"
    r"(?P<part>morning|midday|noon|afternoon|evening|nightfall|night)\b"
    r"|\b(?P<tonight>tonight)\b"
    r"|\bat\s+(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Clock:
    """A time of day in minutes after midnight of the report's day (negative: the day
    before), and whether it was given with a zone (then in universal time)."""

    minutes: float
    zoned: bool


def order(first: Clock | None, second: Clock | None) -> int:
    """-1 when ``first`` is known to come before ``second``, 1 after, 0 when unknown."""
    if first is None or second is None:
        return 0
    gap = second.minutes - first.minutes
    if not (first.zoned and second.zoned) and abs(gap) < UNZONED_GAP:
        return 0
    return -1 if gap > 0 else 1 if gap < 0 else 0


def head_lines(text: str, count: int) -> list[str]:
    """The first ``count`` lines of ``text``, as ``text.splitlines()`` gives them, split
    from a prefix of the text: this is asked for every figure, and splitting a long report
    whole each time would cost the square of its size."""
    size = 4096
    while True:
        lines = text[:size].splitlines()
        # A line after the last one wanted shows that line ended inside the prefix.
        if size >= len(text) or len(lines) > count:
            return lines[:count]
        size *= 4


def stamp(document: Document) -> Clock | None:
    """The time a report's head says it was posted or updated, or None: read from the
    stamp lines ingest cut from its head as metadata, else from its first lines."""
    cut = "\n".join(
        c.text for c in document.cuts if c.reason == "metadata line" and c.line <= 2 * HEAD_LINES
    )
    return (_stamp(cut) if cut else None) or _stamp(document.text)


@lru_cache(maxsize=64)
def _stamp(text: str) -> Clock | None:
    """``stamp`` of a report's text: asked for every figure, read once per text (a report
    of one long line would otherwise be sliced whole for each of its figures)."""
    for line in head_lines(text, HEAD_LINES):
        if len(line) > 80 or len(line.split()) > 14 or not re.search(r"\d", line):
            continue
        for found in _STAMP.finditer(line):
            minutes = _minutes(found.group("h"), found.group("m"), found.group("ampm"))
            if minutes is None or (found.group("m") is None and found.group("ampm") is None):
                continue
            zone = (found.group("zone") or "").lower()
            if zone:
                return Clock(minutes - 60 * _ZONES[zone], zoned=True)
            return Clock(minutes, zoned=False)
    return None


def said(claim: Claim, document: Document, begin: int) -> Clock | None:
    """The time of day the words before a figure in its sentence give it ("by evening",
    "on Tuesday night", "at 3 pm"), read on the report's day, or None.

    Args:
        claim: The figure claim.
        document: Its report.
        begin: Where the claim's sentence begins.
    """
    before = document.text[begin : claim.start]
    found = max(_SAID_TIME.finditer(before), key=lambda m: m.start(), default=None)
    if found is None:
        return None
    if found.group("tonight"):
        return Clock(_PARTS["tonight"], zoned=False)
    if found.group("part"):
        minutes: float = _PARTS[found.group("part").lower()]
        shift = _day_shift(found.group("rel"), found.group("day"), document)
        if shift is None:
            return None
        return Clock(minutes + shift, zoned=False)
    value = _minutes(found.group("h"), found.group("m"), found.group("ampm"))
    return Clock(value, zoned=False) if value is not None else None


def when(claim: Claim, document: Document, begin: int) -> Clock | None:
    """The figure's time of day: what its words say, else its report's stamp."""
    return said(claim, document, begin) or stamp(document)


def words(clock: Clock | None) -> str:
    """The time as an explanation says it: "at 18:12 GMT" for a time given with a zone,
    "at 13:41 local time (zone not stated)" for one without (a stamp "Updated 1:41 PM" is
    in the outlet's own zone, which the report does not give: shown bare beside a GMT
    time it would read as universal time), "" when unknown."""
    if clock is None:
        return ""
    minutes = int(clock.minutes) % (24 * 60)
    zone = " GMT" if clock.zoned else " local time (zone not stated)"
    return f"at {minutes // 60:02d}:{minutes % 60:02d}{zone}"


def _minutes(hour: str, minute: str | None, ampm: str | None) -> float | None:
    h, m = int(hour), int(minute or 0)
    if ampm:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ampm.lower().startswith("p") else 0)
    if h > 23 or m > 59:
        return None
    return float(60 * h + m)


def _day_shift(rel: str | None, day: str | None, document: Document) -> float | None:
    """Minutes to add for the day a time-of-day word names: 0 for the report's own day,
    a day back for "last night", "yesterday" or the weekday before; None for another day
    or one that cannot be placed."""
    word = (rel or "").lower()
    if word in {"", "this"} and day is None:
        return 0.0
    if word in {"last", "yesterday"}:
        return -24 * 60.0
    if day is None or document.published.date is None or len(document.published.date) < 10:
        return None
    try:
        weekday = Date.fromisoformat(document.published.date[:10]).weekday()
    except ValueError:
        return None
    named = WEEKDAYS.index(day.lower())
    if named == weekday:
        return 0.0
    if named == (weekday - 1) % 7:
        return -24 * 60.0
    return None
