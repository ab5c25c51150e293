"""Readings that tell when a later figure revises an earlier one: time explains the values.

A difference is an ``update`` only when time explains it. Besides a running count that
rises across later reports (:mod:`.verdicts`), news tells a figure's later reading in a few
set ways. This module holds those readings:

- **a trading day's two times**: a market's move is told during trading by a verb of
  moving alone ("Greek stocks plunged 5.4 per cent", most often the day's worst or best),
  and at the end of the day with words of closing ("closed down 3.9 percent"). The close
  is the later reading of the same day's move, so a report of the close revises one of the
  move during trading: an update, with the close the latest figure. Two closes of one day
  that differ still dispute, and a move of one day is never revised by another day's close.
- **a move's own day**: a market moves every trading day, so "shares rose 12 percent on
  Friday" and "shares fell 5 percent on Monday" are two days' moves, not one move in
  dispute (:func:`move_day`); two reports of one day's move that differ still dispute.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date as calendar_day

from triangulate.model import Claim, Document
from triangulate.reconcile.intervals import Interval, all_agree
from triangulate.reconcile.statements import sentence_span

# A market's move told at the end of its trading day ("closed down 3.9 percent", "ended
# the session 2 percent higher", "finished at"), and one told by a verb of moving alone
# ("plunged 5.4 per cent", "fell as much as 6 percent"): the second is any moment of the
# day, most often its low or high while trading went on.
_AT_CLOSE = re.compile(
    r"\b(?:closed|closing|ended|finished|settled)(?:\s+(?:the|its|their)\s+"
    r"(?:day|session|trading))?(?:\s+(?:down|up|lower|higher|off|at|by))*\s*$",
    re.IGNORECASE,
)
_MOVED = re.compile(
    r"\b(?:fell|falls?|dropped|drops?|plunged|plunges?|plummeted|tumbled|slid|slumped|sank|"
    r"lost|rose|rises?|jumped|climbed|gained|soared|surged|spiked|dipped)"
    r"(?:\s+(?:by|as\s+much\s+as|more\s+than|nearly|almost|about|some|over))*\s*$",
    re.IGNORECASE,
)
# Words before a move that place it on another day than its report's: "yesterday", "a
# day earlier", "last week", "the previous session". Such a move is no reading of the
# report's day.
_OTHER_DAY = re.compile(
    r"\b(?:yesterday|last\s+(?:week|month|year|session)|a\s+day\s+(?:earlier|before)|"
    r"the\s+(?:previous|day\s+before|week\s+before))\b",
    re.IGNORECASE,
)


def trading_time(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """When in its trading day a market's move was measured, from the words right before
    its number: ``close`` when they tell the day's end ("stocks closed down 3.9
    percent"), ``during trading`` when a verb of moving alone tells it ("stocks plunged
    5.4 per cent"); None for a figure that is no share, told neither way, or placed on
    another day than its report's ("yesterday the index fell 2 percent")."""
    doc = documents.get(claim.doc)
    if doc is None or claim.figure is None or claim.figure.kind != "percent":
        return None
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    before = doc.text[max(begin, claim.start - 50) : claim.start]
    if _OTHER_DAY.search(doc.text[begin : claim.start]):
        return None
    if _AT_CLOSE.search(before):
        return "close"
    return "during trading" if _MOVED.search(before) else None


def move_day(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The day a market's move was made, when its clause dates it to one day ("Harlow
    shares rose 12 percent on Friday": that Friday, as an ISO date): a share told after a
    verb of moving or of closing, with a time phrase of its own. None for any other figure
    and for a move its clause does not date (a report's own day is no date of the move: a
    Saturday paper tells Friday's)."""
    doc, figure, when = documents.get(claim.doc), claim.figure, claim.when
    if doc is None or figure is None or figure.kind != "percent" or not figure.scope:
        return None
    if when is None or when.precision != "day" or not when.start or when.start != when.end:
        return None
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    before = doc.text[max(begin, claim.start - 50) : claim.start]
    return when.start if _AT_CLOSE.search(before) or _MOVED.search(before) else None


@dataclass(frozen=True, slots=True)
class DayRevision:
    """A market's move told during trading, and the same day's close that revises it."""

    during: Claim
    close: Claim


def _day(claim: Claim, documents: Mapping[str, Document]) -> calendar_day | None:
    doc = documents.get(claim.doc)
    if doc is None or doc.published.date is None:
        return None
    try:
        return calendar_day.fromisoformat(doc.published.date[:10])
    except ValueError:
        return None


def closing_revision(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> DayRevision | None:
    """The close that revises a move told during trading, when every figure of a measure
    is a market's move of one day told at the close or during trading
    (:func:`trading_time`), the closes agree with one another, and no close comes from a
    report of a day before a move it would revise (nor more than a day after it: the next
    day's report may tell the close, a later one tells another day). None otherwise: the
    values are left to the other readings.
    """
    times = {claim.id: trading_time(claim, documents) for claim, _ in read}
    if any(t is None for t in times.values()):
        return None
    closes = [(c, i) for c, i in read if times[c.id] == "close"]
    during = [(c, i) for c, i in read if times[c.id] == "during trading"]
    if not closes or not during or not all_agree([i for _, i in closes]):
        return None
    if all_agree([i for _, i in read]):
        return None  # nothing to revise
    for close, _ in closes:
        for move, _ in during:
            a, b = _day(move, documents), _day(close, documents)
            if a is not None and b is not None and not 0 <= (b - a).days <= 1:
                return None
    changed = [c for c, i in during if not i.meets(closes[0][1])]
    return DayRevision(during=(changed or [during[0][0]])[0], close=closes[0][0])


# Words that point back to an actor named before ("his team", "their owner", "it"): the
# actor they stand for is not read here, so such a subject names no actor of its own.
_POINTING = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my"}
    | {"your", "who", "which", "that", "this", "these", "those"}
)
_ARTICLES = frozenset({"the", "a", "an"})
# A clause put before the main one and opened by a word of time or manner with a participle
# ("After failing to sign Dunmore, the Falcons ...", "Having lost the vote, Berg ..."): its
# doer is the subject of the main clause that follows its comma.
_FRONTED = re.compile(
    r"^\s*(?:after|before|while|since|despite|upon|having|without|by)\b[^,;:]*$",
    re.IGNORECASE,
)
_MAIN_SUBJECT = re.compile(r"[^,;:]*,\s*(?:the\s+)?((?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*)")
_WORD = re.compile(r"[\w'-]+")


def _named(words: str) -> frozenset[str] | None:
    """The words of an actor as a name, lower-cased, articles left out; None when it is no
    name (no capitalised word) or points back to one named before ("his team")."""
    found = _WORD.findall(words)
    if not found or any(w.lower() in _POINTING for w in found):
        return None
    if not any(w[:1].isupper() and w.lower() not in _ARTICLES for w in found):
        return None
    return frozenset(w.lower() for w in found if w.lower() not in _ARTICLES)


def actor(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str] | None:
    """Who does what a statement tells, as the words of a name: its subject when the
    statement names one ("the Herons committed ... to sign Dunmore"), else, for a
    statement inside a clause put before the main one ("After ... failing to sign
    Dunmore, the Falcons find themselves ..."), the main clause's subject, which English
    makes that clause's doer too. None when no named actor is told, or the subject points
    back to one ("his team")."""
    told = claim.assertion
    if told is None:
        return None
    if told.subject:
        return _named(told.subject)
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    if not _FRONTED.match(doc.text[begin : claim.start]):
        return None
    main = _MAIN_SUBJECT.match(doc.text, claim.end, end)
    return _named(main.group(1)) if main else None


def acted_apart(x: Claim, y: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether two statements tell the acts of two different named actors on one thing
    ("the Herons committed $240 million to sign Dunmore", "after failing to sign
    Dunmore, the Falcons ..."): one actor's act is no later state of the other's, so the
    two are neither an update of each other nor a dispute. Statements whose actor is not
    named, or points back to one named before, are never read apart."""
    one, two = actor(x, documents), actor(y, documents)
    return one is not None and two is not None and not one & two


def published_order(
    x: Claim, y: Claim, documents: Mapping[str, Document]
) -> tuple[Claim, Claim] | None:
    """Two statements in the order their reports came out, when that order is known: both
    reports' days are known and differ, and the earlier day is the day the report came out,
    not only the earliest it can have (a day inferred from the dates a report mentions is
    a lower bound: "published on or after it"). None when their order is not known."""
    one, two = documents.get(x.doc), documents.get(y.doc)
    if one is None or two is None:
        return None
    a, b = _day(x, documents), _day(y, documents)
    if a is None or b is None or a == b:
        return None
    first, report = ((x, y), one) if a < b else ((y, x), two)
    if report.published.basis == "inferred" or report.published.precision != "day":
        return None
    return first


def _span(iso: str) -> tuple[int, int] | None:
    """The days a report may have come out on, as day numbers (first, last): its day, or
    every day of the month or year it gives."""
    try:
        if len(iso) == 10:
            first = last = calendar_day.fromisoformat(iso)
        elif len(iso) == 7:
            first = calendar_day.fromisoformat(f"{iso}-01")
            following = calendar_day(first.year + first.month // 12, first.month % 12 + 1, 1)
            last = calendar_day.fromordinal(following.toordinal() - 1)
        elif len(iso) == 4:
            first, last = calendar_day(int(iso), 1, 1), calendar_day(int(iso), 12, 31)
        else:
            return None
    except ValueError:
        return None
    return first.toordinal(), last.toordinal()


def days_order(one: str, two: str) -> int:
    """-1 when a report of ``one`` (an ISO day, month or year) is known to come out before
    one of ``two``, 1 when after, 0 when their order is not known: the same day, or a
    month or year that holds the other's day ("2016-06" and "2016-06-14": the month's
    report may be of the 20th). ISO text alone would put the month first."""
    a, b = _span(one), _span(two)
    if a is None or b is None:
        return 0
    if a[1] < b[0]:
        return -1
    if b[1] < a[0]:
        return 1
    return 0


def ends_before(end: str, start: str) -> bool:
    """Whether a time that ends at ``end`` is over before one that starts at ``start``
    (ISO days, months or years): a month ends on its last day, so "2016-06" does not end
    before "2016-06-14", though its text sorts first. Text of another form is compared as
    text."""
    a, b = _span(end), _span(start)
    if a is None or b is None:
        return end < start
    return a[1] < b[0]


# A figure told in the clause of an index's move in points: after a verb of moving and
# the move's points ("rose 200.30 points, or 0.65 per cent, to 31,022.72"), the share or
# the level the index moved to. Points are what only an index moves by: a toll that
# "rose to 12" is no market's.
_IN_MOVE = re.compile(
    r"\b(?:fell|dropped|plunged|plummeted|tumbled|slid|slumped|sank|lost|shed|rose|jumped|"
    r"climbed|gained|added|soared|surged|dipped|declined|advanced|closed|ended|finished)"
    r"(?:\s+(?:down|up|lower|higher|off|by|as\s+much\s+as|nearly|almost|about|some))*"
    r"\s+\d[\d.,]*\s+points?,?(?:\s+or\s+[\d.]+\s*(?:per\s*cent|percent|%),?)?"
    r"(?:\s+or)?\s*(?:to|at)?\s*$",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
# How much of a report's opening its lead is: the day its market moves are of is named
# there ("Stocks closed higher on Monday ...").
_LEAD = 400


def trading_day(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The trading day a market's move is of (:func:`move_day`), or, for a figure of a
    move its clause does not date ("the index rose 200 points, or 0.65 per cent, to
    3,900"), the day its own sentence names, else the day the report's lead names: a
    market report tells one trading day, and its wrap of the indexes is of that day. As
    an ISO date where the report's own day places the weekday, else the weekday's name.
    None for any other figure, a move placed on another day than its report's
    ("yesterday", "the previous session"), and a report naming no day."""
    dated = move_day(claim, documents)
    if dated is not None:
        return dated
    doc = documents.get(claim.doc)
    if doc is None or claim.figure is None:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    if not _IN_MOVE.search(doc.text[max(begin, claim.start - 70) : claim.start]):
        return None
    if _OTHER_DAY.search(doc.text[begin:end]):
        return None
    named = _WEEKDAY.search(doc.text, begin, end) or _WEEKDAY.search(doc.text, 0, _LEAD)
    if named is None:
        return None
    weekday = _WEEKDAYS.index(named.group(1).lower())
    told = _day(claim, documents)
    if told is None:
        return f"{named.group(1).lower()}day"
    return calendar_day.fromordinal(told.toordinal() - (told.weekday() - weekday) % 7).isoformat()
