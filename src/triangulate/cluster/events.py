"""The event a report dates back to: its kind and the week it happened in.

A report filed days after an event often shares little wording with the first reports of
it ("Police are still searching for the man who shot dead three people at a New York bar
on Saturday night"; "The Blue Moon bar, where a shooting left three dead last weekend,
reopened"), but it names the event by its kind and dates it back to the day the first
reports gave, counted from its own publication day. Each word naming a kind of event
(``events.tsv``: "shooting", "shot", "gunman") in a sentence that names a day in the past
("on Saturday", "yesterday", "last weekend", "last week") gives one feature: the kind with
the week of the day told nearest it (``e:shooting@2031-W22``), read twice: the ISO week
and the week from Thursday to Wednesday, so that days up to three apart (a quake "on
Sunday", its rescue "on Monday") always share one. Reports of one event share them; two
events of one kind a week or more apart (two shootings a week apart, two quakes years
apart) share none, so the feature never pulls them together.

The week, not the day, is the unit: "last weekend" and "on Saturday" name the same
weekend, "last week's blast" a day in the week before the report. A report without a publication
day gives no such feature (its "Saturday" cannot be placed).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

from triangulate.ingest.dates import WEEKDAYS
from triangulate.nlp.words import word_table

KINDS = word_table(Path(__file__).parent / "events.tsv")

_WORD = re.compile(r"[^\W\d_]+")
# A sentence ends at . ! ? followed by space, or at a blank line.
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
_WHEN = re.compile(
    r"\b(?:(?P<next>next\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")"
    r"|(?P<yesterday>yesterday|last\s+night)"
    r"|(?P<weekend>last\s+weekend)"
    r"|(?P<week>last\s+week)(?!\w)(?!\s+of\b)"
    r")\b",
    re.IGNORECASE,
)


def _saturday_before(day: dt.date) -> dt.date:
    """The Saturday of the last weekend that ended before ``day``."""
    saturday = day - dt.timedelta(days=(day.weekday() - 5) % 7)
    return saturday - dt.timedelta(days=7) if (day - saturday).days < 2 else saturday


def past_day(match: re.Match[str], published: dt.date) -> dt.date | None:
    """The day a time phrase found by ``_WHEN`` dates back to, from the publication day.

    "Saturday" is the latest Saturday on or before the publication day; "next Saturday"
    looks ahead and dates no past event (None).
    """
    if match.group("weekday"):
        if match.group("next"):
            return None
        target = WEEKDAYS.index(match.group("weekday").lower())
        return published - dt.timedelta(days=(published.weekday() - target) % 7)
    if match.group("yesterday"):
        return published - dt.timedelta(days=1)
    if match.group("weekend"):
        return _saturday_before(published)
    return published - dt.timedelta(days=7)


def _weeks(day: dt.date) -> tuple[str, str]:
    """The ISO week of a day (Monday to Sunday) and the week from Thursday to Wednesday
    holding it (named by the ISO week of its Monday, with "t").

    Two partitions, half a week apart: days up to three apart always share one of the
    two weeks ("on Sunday" and "on Monday" of one quake fall in two ISO weeks but in one
    Thursday week), days seven or more apart never share either.
    """
    year, week, _ = day.isocalendar()
    shifted_year, shifted_week, _ = (day + dt.timedelta(days=4)).isocalendar()
    return f"{year}-W{week:02d}", f"{shifted_year}-W{shifted_week:02d}t"


def event_weeks(text: str, published: str | None) -> Counter[str]:
    """Features ``e:KIND@WEEK`` for each word naming a kind of event in a sentence with a past day.

    Args:
        text: The report's text.
        published: Its publication date (ISO); only a full day places "Saturday".

    Returns:
        Feature -> number of event words giving it.
    """
    found: Counter[str] = Counter()
    if not published or len(published) != 10:
        return found
    try:
        day = dt.date.fromisoformat(published)
    except ValueError:
        return found
    for sentence in _SENTENCE.split(text):
        days = [
            (match.start(), past)
            for match in _WHEN.finditer(sentence)
            if (past := past_day(match, day)) is not None
        ]
        if not days:
            continue
        for word in _WORD.finditer(sentence):
            kind = KINDS.get(word.group().lower())
            if kind is not None:
                # The day told nearest the word dates it: "the bar, where a shooting left
                # three dead last weekend, reopened on Thursday" dates the shooting to the
                # weekend, not to the Thursday.
                nearest = min(days, key=lambda d: (abs(d[0] - word.start()), d[0]))[1]
                found.update(f"e:{kind}@{week}" for week in _weeks(nearest))
    return found
