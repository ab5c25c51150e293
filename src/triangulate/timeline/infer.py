"""Publication dates inferred for the reports of a story that carry none, with the reason.

A report needs a date when its ``published.basis`` is ``"unknown"``, when its date is less
precise than a day, or when ingest only inferred a lower bound from the latest date it
mentions (``basis="inferred"``). Reports dated by metadata or a dateline are *reference*
reports and are never changed. Reports inferred here become references for the next round,
so a report that only shares an event with another undated report is dated once that one is.

For each report the days it could have been published on start as every day around the
story's reference days, and each piece of evidence below narrows them, top to bottom. A
piece that would leave no day at all contradicts what came before; it is ignored and the
reason says so.

1. **Its own dates.** The latest full date the text mentions as past or present (or the
   lower bound ingest found): published on or after it. A date in a sentence about what
   is to come ("will", "scheduled", "deadline") is no bound. A month or year the
   metadata gives: within it.
   A date the text merely mentions counts only when it lies within ``_MARGIN`` days of a
   day the story's other reports give (their publication days, or the latest full date
   each mentions): an article from 2022 that recalls "the 2007 crash", or a report of a
   2008 earthquake that recalls the one of 2005, is not dated by that background. A date
   far from all of them is set aside and the reason says so; a report with nothing else
   to go by is then undated rather than dated by it. A report whose story gives no other
   day keeps its own latest date as a lower bound.
2. **Events it shares with a dated report.** A sentence with exactly one relative day
   ("tomorrow", "two days ago", "yesterday", "today") or one weekday, and a sentence of a
   reference report with exactly one day expression, are about the same event when they
   share enough rare content words (at least ``MIN_SHARED`` words weighing ``MIN_SCORE`` in
   all; a word found in ``df`` of the story's ``n`` reports weighs
   ``ln((n + 1) / df) / ln((n + 1) / 2)``, so a word only two reports use weighs 1 and one
   that every report uses next to nothing). The reference
   dates the event; a relative day then pins the publication day ("tomorrow" = event day
   minus one), and a weekday puts it within the six days after the event.
3. **The weekdays it names.** A weekday named as past or present news ("late Tuesday",
   "on Wednesday morning") is at most six days before publication, so each one named limits
   the weekday the report came out on. Weekdays in a future sentence ("will", "next",
   "tomorrow", "planned for") are not used.
4. **The week.** Weekdays leave one run of days per week. The run nearest the story's
   reference days is kept (a tie goes to the earlier run).

Steps 2 and 4 borrow the dated reports' days, which is only sound when the report tells
the same event. A pile can hold two events of one kind (two pirate captures three years
apart, two quakes on one island), and the reports of each event name its own ship, place
and people. So, once two or more reports are dated, a report with no full date of its own
is **apart** from them when it gives a name no dated report gives but as many reports of
the pile give as there are dated ones (and at least ``_CENTRAL``): the other event's own
ship, town or spokesman, and when the names it shares with other reports but with no
dated one (capitalised words inside a sentence, weekdays and months aside) weigh more than
the names it shares with the dated ones, a name in ``df`` of the pile's ``n`` reports
weighing ``ln((n + 1) / df)``: pile-wide names ("Gulf", "Aden") weigh next to nothing. A
ministry or a background ship a few reports of one event name is no other event. A report
apart is dated from its own text only (the days of its own week it names) or stays
undated, and the reason says why; a follow-up of the dated reports' event gives their
names and is dated by them as before. ``apart_from_dated`` gives the reports apart from
the story's dated ones once dating is done, so their figures are not set against the
dated reports' (``reconcile``).
Each round asks again, so a report apart from the first dated reports may still be dated
by its own event's reports once they are.

The inferred date is the **earliest** day left: the most conservative reading, since a
report cannot predate the events it tells. The reason states the whole interval left
("2017-10-11 to 2017-10-15", or "open" when nothing bounds it above), and
``Published.latest`` keeps the interval's last day when it is bounded. A report with no
evidence that bounds it from below keeps its unknown date.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import PurePath

from triangulate.ingest.dates import MONTHS, WEEKDAYS, DateMention, find_dates, past_dates
from triangulate.ingest.days import NamedDay, recalled, week_days
from triangulate.model import Document, Published
from triangulate.nlp.sentences import split_sentences
from triangulate.nlp.words import letters_lowered
from triangulate.timeline.anchor import anchor

# Two sentences tell the same event when they share at least this many content words...
MIN_SHARED = 3
# ...weighing at least this much together (a word only two reports use weighs 1).
MIN_SCORE = 2.0
# Days searched on either side of the story's reference days.
_MARGIN = 35
# Reports that must give a name for it to be an event's own (its ship, its town).
_CENTRAL = 3
# Days after an event that a report naming its weekday can still be published on.
_WEEK = 6

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1, "one": 1}
_WEEKDAY_NAMES = tuple(day.capitalize() for day in WEEKDAYS)
# Relative day expressions and the offset from the day of writing they stand for.
_RELATIVE = re.compile(
    r"\b(?:(?P<today>today|tonight|this (?:morning|afternoon|evening))"
    r"|(?P<yesterday>yesterday|last night)"
    r"|(?P<tomorrow>tomorrow)"
    r"|(?P<ago>(?P<n>\d|" + "|".join(_NUMBERS) + r") days? ago)"
    r"|(?P<weekday>" + "|".join(_WEEKDAY_NAMES) + r")(?!s\b))\b",
    re.IGNORECASE,
)
# A word every match of ``_RELATIVE`` holds ("today", "Monday" and "3 days ago" hold
# "day"): most sentences hold none, and saying so is quicker than the search.
_RELATIVE_WORDS = ("day", "night", "tomorrow", "morning", "afternoon", "evening")
# Words that mark a sentence as about what is still to come.
_FUTURE = re.compile(
    r"\b(?:will|shall|next|tomorrow|coming|expected to|due to|scheduled|planned for)\b",
    re.IGNORECASE,
)
# Words that make a date the edge of a window, not the day of an event.
_WINDOW = re.compile(r"\b(?:since|until|till|from|between|by|to|through)\s+(?:the\s+)?$", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
# A capitalised word that does not open a sentence, a line or a quotation: a name.
_NAME = re.compile(r"(?<![.!?\n\"`'“‘(])(?<![.!?\n\"`'“‘(] )\b[A-Z][A-Za-z]{2,}\b")
# Capitalised words that name a time, not an actor of the event.
_NOT_NAMES = frozenset(day.capitalize() for day in (*WEEKDAYS, *MONTHS))
_STOP = frozenset(
    {
        *("that", "this", "with", "from", "have", "were", "been", "they", "their", "there"),
        *("which", "would", "could", "should", "about", "after", "before", "into", "than"),
        *("said", "says", "told", "according", "also", "some", "other", "when", "while"),
        *("what", "where", "them", "then", "these", "those", "will", "more", "most", "such"),
        *("being", "only", "over", "under", "against", "between", "during", "still", "very"),
        *("today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening"),
        *("night", "days", "early", "late", "later", "earlier", "hours", "week"),
        *WEEKDAYS,
    }
)


@dataclass(frozen=True, slots=True)
class _Sentence:
    text: str
    words: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Constraint:
    """Days a report may have been published on, and the evidence in words."""

    days: frozenset[int]
    why: str


def infer_dates(
    documents: Sequence[Document], *, today: dt.date | None = None
) -> tuple[Document, ...]:
    """The reports of one story, with a publication day inferred where none is known.

    Args:
        documents: The reports of one story, in any order.
        today: The present, the latest a report can be from (default: the clock).

    Returns:
        The same reports in the same order. Those that needed a date and had evidence for
        one carry ``Published(basis="inferred", precision="day", reason=...)``, the reason
        naming the reports and mentions used and the interval of days they leave; all
        others are the very same objects.
    """
    docs = list(documents)
    if not any(_needs_date(d) for d in docs):
        return tuple(docs)
    before = today or dt.date.today()
    known = {d.id: day for d in docs if not _needs_date(d) and (day := _day(d)) is not None}
    sentences = {d.id: _sentences(d.text) for d in docs}
    weights = _weights(docs, sentences)
    story_days = _story_days(docs, known, before)
    names = _PileNames.of(docs)
    inferred: dict[str, tuple[dt.date, Published]] = {}
    # Each round dates what it can from the references so far; later rounds may use the
    # reports dated before (an undated report sharing an event with another undated one).
    for _ in range(len(docs)):
        references = {**known, **{k: day for k, (day, _) in inferred.items()}}
        found: dict[str, tuple[dt.date, Published]] = {}
        for doc in docs:
            if doc.id in references or not _needs_date(doc):
                continue
            result = _infer_one(
                doc, docs, references, sentences, weights, story_days, (before, known), names
            )
            if result is not None:
                found[doc.id] = result
        if not found:
            break
        inferred.update(found)
    return tuple(
        replace(d, published=inferred[d.id][1])
        if d.id in inferred
        else _without_far_dates(d, story_days)
        for d in docs
    )


@dataclass(frozen=True, slots=True)
class _Days:
    """What the story's reports give as their own days.

    Attributes:
        own: Each report's own day: its publication day, else the latest day it names as
            one of its own week, else the latest full date it mentions and does not
            merely recall.
        firm: The days reports state (metadata, a dateline) or name as one of their own
            week.
        recalled: Dates a report with a firm day mentions more than ``_MARGIN`` days
            before it, with that report and its day: background for another report of
            the story too, when far from every firm day.
    """

    own: dict[str, dt.date]
    firm: dict[str, dt.date]
    recalled: dict[dt.date, tuple[str, dt.date]]


def _story_days(docs: Sequence[Document], known: Mapping[str, dt.date], before: dt.date) -> _Days:
    """The days the story's reports give (see ``_Days``)."""
    own = dict(known)
    firm = dict(known)
    for doc in docs:
        if doc.id in own:
            continue
        week = [day for _, day in week_days(doc.text, before=before)]
        mentions = _own_past_in(doc.text)
        if week:
            own[doc.id] = firm[doc.id] = max(week)
        elif mentions:
            own[doc.id] = max(m.date for m in mentions)
    recalled: dict[dt.date, tuple[str, dt.date]] = {}
    for doc in sorted(docs, key=lambda d: d.id):
        day = firm.get(doc.id)
        if day is None:
            continue
        for mention in _past_in(doc.text):
            if (day - mention.date).days > _MARGIN:
                recalled.setdefault(mention.date, (_name(doc), day))
    return _Days(own=own, firm=firm, recalled=recalled)


@lru_cache(maxsize=256)
def _own_past_in(text: str) -> tuple[DateMention, ...]:
    """The full dates ``text`` writes as past or present and does not merely recall."""
    return tuple(m for m in _past_in(text) if not recalled(text, m))


def _others(doc: Document, days: _Days) -> list[dt.date]:
    """The days the story's other reports give."""
    return [day for key, day in days.own.items() if key != doc.id]


def _is_far(day: dt.date, others: Sequence[dt.date]) -> bool:
    """More than ``_MARGIN`` days from every day the story's other reports give."""
    return bool(others) and all(abs((day - o).days) > _MARGIN for o in others)


def _background(day: dt.date, doc: Document, days: _Days) -> str | None:
    """Why a date this report mentions is background, or None when it is not: far from
    the story's other reports, or recalled by one of them long before its own day and far
    from every day the story's reports state or name as their own."""
    by = days.recalled.get(day)
    firm = [found for key, found in days.firm.items() if key != doc.id]
    if by is not None and by[0] != _name(doc) and _is_far(day, firm):
        return f"a date {by[0]} recalls from long before its own day ({by[1].isoformat()})"
    others = _others(doc, days)
    if _is_far(day, others):
        return f"more than {_MARGIN} days from the story's other reports ({_span(others)})"
    return None


def _span(days: Sequence[dt.date]) -> str:
    first, last = min(days).isoformat(), max(days).isoformat()
    return first if first == last else f"{first} to {last}"


def _without_far_dates(doc: Document, days: _Days) -> Document:
    """A report ingest dated by a date it merely mentions, undated when that date is
    background (see ``_background``)."""
    day = _day(doc)
    if doc.published.basis != "inferred" or day is None:
        return doc
    why = _background(day, doc, days)
    if why is None:
        return doc
    reason = (
        f"not stated; the latest date it mentions ({day.isoformat()}) is {why}, so it is "
        "background, not the day of publication"
    )
    return replace(doc, published=Published.unknown(reason))


def _needs_date(doc: Document) -> bool:
    """Unknown, coarser than a day, or only a lower bound that ingest inferred."""
    pub = doc.published
    return pub.basis in ("unknown", "inferred") or pub.precision != "day" or pub.date is None


def _day(doc: Document) -> dt.date | None:
    """The document's publication day, when it has one."""
    pub = doc.published
    if pub.date is None or pub.precision != "day":
        return None
    try:
        return dt.date.fromisoformat(pub.date[:10])
    except ValueError:
        return None


def _name(doc: Document) -> str:
    """How a reason names a report: its file name or id, and its outlet."""
    label = PurePath(doc.source).name if doc.source else doc.id
    return f"{label} ({doc.outlet})" if doc.outlet else label


def _sentences(text: str) -> tuple[_Sentence, ...]:
    return tuple(
        _Sentence(text[s:e], frozenset(_content_words(text[s:e]))) for s, e in split_sentences(text)
    )


def _content_words(text: str) -> Iterable[str]:
    """Lower-cased words of four letters or more, plural -s cut, function words dropped."""
    for found in _WORD.findall(text):
        word = _content_word(found)
        if word is not None:
            yield word


@lru_cache(maxsize=1 << 13)
def _content_word(found: str) -> str | None:
    """The content word a word of the text counts as, or None for a short or function word."""
    word = found.lower().replace("’", "'").removesuffix("'s")
    if len(word) < 4 or word in _STOP:
        return None
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


def _weights(
    docs: Sequence[Document], sentences: Mapping[str, Sequence[_Sentence]]
) -> dict[str, float]:
    """Rarity of each content word over the story's reports: 1 for a word only two use."""
    frequency: dict[str, int] = {}
    for doc in docs:
        for word in set().union(*(s.words for s in sentences[doc.id])):
            frequency[word] = frequency.get(word, 0) + 1
    scale = math.log((len(docs) + 1) / 2) or 1.0
    return {word: math.log((len(docs) + 1) / df) / scale for word, df in frequency.items()}


def _infer_one(
    doc: Document,
    docs: Sequence[Document],
    references: Mapping[str, dt.date],
    sentences: Mapping[str, Sequence[_Sentence]],
    weights: Mapping[str, float],
    story_days: _Days,
    clock: tuple[dt.date, Mapping[str, dt.date]],
    names: _PileNames,
) -> tuple[dt.date, Published] | None:
    """The day and the record for one report, or None when nothing bounds it from below.

    ``clock`` is the present and the days the story's reports state (metadata or a
    dateline): the only days firm enough to choose the year of a day named without one.
    """
    before, stated = clock
    week = week_days(doc.text, before=before, near=list(stated.values()))
    own, far = _own_bounds(doc, story_days)
    apart = None if own else _apart(doc, names, references)
    if apart is not None:
        # Another event's reports: their days are no evidence for this one's.
        references = {}
        far = [*far, apart]
    events = _event_anchors(doc, docs, references, sentences, weights)
    weekdays = _weekday_constraint(doc.text)
    base = [
        *references.values(),
        *(day for _, day in week),
        *(day for day, _ in own),
        *(day for day, _, _ in events),
    ]
    if not base:
        return None
    lo = min(base).toordinal() - _MARGIN
    hi = max(base).toordinal() + _MARGIN
    window = frozenset(range(lo, hi + 1))
    constraints = [*_week_constraints(week), *_as_constraints(own, events, window)]
    if weekdays is not None:
        allowed, why = weekdays
        on_weekdays = frozenset(d for d in window if dt.date.fromordinal(d).weekday() in allowed)
        constraints.append(_Constraint(on_weekdays, why))
    days = window
    used: list[str] = []
    ignored: list[str] = []
    for constraint in constraints:
        narrowed = days & constraint.days
        if not narrowed:
            ignored.append(constraint.why)
            continue
        days = narrowed
        used.append(constraint.why)
    runs = _runs(days)
    run, why_week = _nearest_run(runs, references, docs)
    if run[0] == lo:
        # Nothing bounds it from below: any earliest day would be a guess.
        return None
    start = dt.date.fromordinal(run[0])
    end = None if run[1] == hi else dt.date.fromordinal(run[1])
    if why_week:
        used.append(why_week)
    interval = f"{start.isoformat()} to {end.isoformat() if end else 'open'}"
    reason = (
        "not stated; inferred from the story's reports: "
        + "; ".join(used)
        + (("; ignored as contradicting the rest: " + "; ".join(ignored)) if ignored else "")
        + (("; set aside: " + "; ".join(far)) if far else "")
        + f". Days consistent with all of it: {interval}; the earliest is taken."
    )
    published = Published(
        date=start.isoformat(),
        precision="day",
        basis="inferred",
        reason=reason,
        latest=end.isoformat() if end is not None and end != start else None,
    )
    return start, published


@lru_cache(maxsize=256)
def _names(text: str) -> frozenset[str]:
    """The names ``text`` writes: capitalised words inside a sentence, times aside."""
    return frozenset(m.group(0) for m in _NAME.finditer(text) if m.start()) - _NOT_NAMES


@dataclass(frozen=True, slots=True)
class _PileNames:
    """The names each report of a pile gives, and in how many reports each stands: read
    once per pile, not once per report asked about."""

    by_report: Mapping[str, frozenset[str]]
    frequency: Mapping[str, int]

    @classmethod
    def of(cls, docs: Sequence[Document]) -> _PileNames:
        by_report = {d.id: _names(d.text) for d in docs}
        frequency: dict[str, int] = {}
        for found in by_report.values():
            for name in found:
                frequency[name] = frequency.get(name, 0) + 1
        return cls(by_report, frequency)


def _apart(doc: Document, pile: _PileNames, references: Mapping[str, dt.date]) -> str | None:
    """Why the report tells another event than the dated reports, or None when it may
    tell theirs (see the module's docstring)."""
    dated = [key for key in pile.by_report if key in references and key != doc.id]
    if len(dated) < 2:
        return None
    names, frequency = pile.by_report, pile.frequency
    theirs = frozenset().union(*(names[key] for key in dated))
    mine = names[doc.id]
    own = {name for name in mine - theirs if frequency[name] > 1}
    # The other event's own ship or town: as many reports give it as there are dated ones.
    central = [name for name in own if frequency[name] >= max(_CENTRAL, len(dated))]

    def weight(found: Iterable[str]) -> float:
        return math.fsum(math.log((len(names) + 1) / frequency[name]) for name in found)

    if not central or weight(own) <= weight(mine & theirs):
        return None
    listed = ", ".join(sorted(central, key=lambda name: (-frequency[name], name))[:3])
    return (
        f"it names {listed}, as {frequency[listed.split(', ')[0]]} reports of the pile do "
        "and no dated one, and shares fewer names with the dated reports: another event's "
        "report, whose days are no evidence for its own"
    )


def apart_from_dated(documents: Sequence[Document]) -> frozenset[str]:
    """The reports with no day of their own that tell another event than the story's
    reports dated to a day (see ``_apart``): a figure of one is no figure of theirs.

    Call it on the reports as ``infer_dates`` returns them.
    """
    dated = {d.id: day for d in documents if (day := _day(d)) is not None}
    if len(dated) < 2 or len(dated) == len(documents):
        return frozenset()
    pile = _PileNames.of(documents)
    return frozenset(d.id for d in documents if d.id not in dated and _apart(d, pile, dated))


@lru_cache(maxsize=256)
def _dates_in(text: str) -> tuple[DateMention, ...]:
    """The full dates ``text`` writes (see ``find_dates``), asked again each round."""
    return find_dates(text)


@lru_cache(maxsize=256)
def _past_in(text: str) -> tuple[DateMention, ...]:
    """The full dates ``text`` writes as past or present (see ``dates.past_dates``)."""
    return past_dates(text)


def _own_bounds(doc: Document, days: _Days) -> tuple[list[tuple[dt.date, str]], list[str]]:
    """Lower bounds from the report itself (the latest full date it names that is neither
    merely recalled nor background to the story, or ingest's bound), and the reasons for
    the mentions set aside."""
    near: list[DateMention] = []
    set_aside: list[str] = []
    for mention in sorted(_own_past_in(doc.text), key=lambda m: (m.date, m.start), reverse=True):
        why = _background(mention.date, doc, days)
        if why is None:
            near.append(mention)
        elif not set_aside:
            set_aside.append(f"it mentions '{mention.surface}', {why}: background, not a bound")
    if near:
        latest = max(near, key=lambda m: (m.date, -m.start))
        why = f"it mentions '{latest.surface}', so it is no earlier than that"
        return [(latest.date, why)], set_aside
    day = _day(doc)
    if doc.published.basis == "inferred" and day is not None and not _background(day, doc, days):
        why = f"ingest put it on or after {day.isoformat()} ({doc.published.reason})"
        return [(day, why)], set_aside
    return [], set_aside


def _week_constraints(week: Sequence[tuple[NamedDay, dt.date]]) -> list[_Constraint]:
    """The days of its own week a report names, as the days it may have come out on."""
    constraints: list[_Constraint] = []
    for named, day in week:
        first = day.toordinal()
        if named.offset is not None:
            published = first - named.offset
            why = (
                f"it calls {day.isoformat()} '{named.surface}', so it was published on "
                f"{dt.date.fromordinal(published).isoformat()}"
            )
            constraints.append(_Constraint(frozenset({published}), why))
        else:
            why = (
                f"it names '{named.surface}' ({day.isoformat()}) as a day of its own week, so "
                "it was published that day or within six days after"
            )
            constraints.append(_Constraint(frozenset(range(first, first + _WEEK + 1)), why))
    return constraints


def _as_constraints(
    own: Sequence[tuple[dt.date, str]],
    events: Sequence[tuple[dt.date, int | None, str]],
    window: frozenset[int],
) -> list[_Constraint]:
    """Own bounds, then shared events (best match first), as sets of days."""
    constraints = [
        _Constraint(frozenset(d for d in window if d >= day.toordinal()), why) for day, why in own
    ]
    for day, offset, why in events:
        if offset is not None:
            point = day.toordinal() - offset
            constraints.append(_Constraint(frozenset({point}), why))
        else:
            first = day.toordinal()
            span = frozenset(range(first, first + _WEEK + 1))
            constraints.append(_Constraint(span, why))
    return constraints


def _may_be_relative(text: str) -> bool:
    """False only when ``text`` cannot hold a relative day or a weekday (``_RELATIVE``)."""
    lowered = letters_lowered(text)
    return lowered is None or any(word in lowered for word in _RELATIVE_WORDS)


@lru_cache(maxsize=4096)
def _relative_mentions(sentence: str) -> tuple[tuple[int | None, int | None, str], ...]:
    """(offset, weekday, surface) for each relative day or weekday the sentence names."""
    found: list[tuple[int | None, int | None, str]] = []
    if not _may_be_relative(sentence):
        return ()
    for match in _RELATIVE.finditer(sentence):
        surface = match.group(0)
        if match.group("today"):
            found.append((0, None, surface))
        elif match.group("yesterday"):
            found.append((-1, None, surface))
        elif match.group("tomorrow"):
            found.append((1, None, surface))
        elif match.group("ago"):
            n = match.group("n").lower()
            found.append((-(int(n) if n.isdigit() else _NUMBERS[n]), None, surface))
        elif match.group("weekday"):
            found.append((None, WEEKDAYS.index(surface.lower()), surface))
    return tuple(found)


def _event_day(sentence: str, reference: dt.date) -> tuple[dt.date, str] | None:
    """The one day a reference report's sentence places its event on, if exactly one."""
    dates = _dates_in(sentence)
    relative = [
        m
        for m in _RELATIVE.finditer(sentence)
        if not any(f.start <= m.start() < f.end for f in dates)
    ]
    if len(dates) + len(relative) != 1:
        return None
    if _WINDOW.search(sentence[: dates[0].start if dates else relative[0].start()]):
        return None
    full = dates
    if full:
        return full[0].date, full[0].surface
    match = relative[0]
    if match.group("tomorrow"):
        return reference + dt.timedelta(days=1), match.group(0)
    when = anchor(match.group(0), reference)
    if when is None or when.start is None or when.start != when.end:
        return None
    return dt.date.fromisoformat(when.start), match.group(0)


def _event_anchors(
    doc: Document,
    docs: Sequence[Document],
    references: Mapping[str, dt.date],
    sentences: Mapping[str, Sequence[_Sentence]],
    weights: Mapping[str, float],
) -> list[tuple[dt.date, int | None, str]]:
    """(event day, offset or None for a weekday, reason) for events shared with references.

    Best matches come first, so a weaker one contradicting them is the one ignored.
    """
    scored: list[tuple[float, dt.date, int | None, str]] = []
    for mine in sentences[doc.id]:
        mentions = _relative_mentions(mine.text)
        if len(mentions) != 1:
            continue
        offset, weekday, surface = mentions[0]
        if offset is None and _FUTURE.search(mine.text):
            continue
        for other in docs:
            if other.id == doc.id or other.id not in references:
                continue
            for theirs in sentences[other.id]:
                shared = mine.words & theirs.words
                # fsum: the same total whatever order the set yields its words in.
                score = math.fsum(weights.get(w, 0.0) for w in shared)
                if len(shared) < MIN_SHARED or score < MIN_SCORE:
                    continue
                event = _event_day(theirs.text, references[other.id])
                if event is None:
                    continue
                day, their_surface = event
                if weekday is not None and day.weekday() != weekday:
                    continue
                why = (
                    f"its '{surface}' in \"{_clip(mine.text)}\" is the day {_name(other)} "
                    f"dates as '{their_surface}' ({day.isoformat()}) in \"{_clip(theirs.text)}\""
                    + (
                        ", so it was published within six days after it"
                        if offset is None
                        else f", so it was published on {_shift(day, offset)}"
                    )
                )
                scored.append((score, day, offset, why))
    scored.sort(key=lambda item: (-item[0], item[1], item[3]))
    return [(day, offset, why) for _, day, offset, why in scored]


def _shift(day: dt.date, offset: int) -> str:
    return (day - dt.timedelta(days=offset)).isoformat()


def _clip(text: str, size: int = 80) -> str:
    """A sentence cut short for a reason."""
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


@lru_cache(maxsize=256)
def _weekday_constraint(text: str) -> tuple[frozenset[int], str] | None:
    """Publication weekdays allowed by the weekdays the report names as past or present.

    The days a report names are taken as the days just before it, in the order of the week:
    they lie on the shortest stretch of the week that holds them all (Sunday, Tuesday and
    Wednesday: Sunday to Wednesday), so the report came out on the last of them or within
    six days after the first (Wednesday to Saturday).
    """
    if not _may_be_relative(text):
        return None
    named: set[int] = set()
    dated = [(m.start, m.end) for m in _dates_in(text)]
    for s, e in split_sentences(text):
        sentence = text[s:e]
        if not _may_be_relative(sentence) or _FUTURE.search(sentence):
            continue
        for match in _RELATIVE.finditer(sentence):
            inside = any(a <= s + match.start() < b for a, b in dated)
            if match.group("weekday") and not inside:
                named.add(WEEKDAYS.index(match.group(0).lower()))
    if len(named) < 2:
        return None
    ordered = sorted(named)
    # The stretch starts after the widest gap between weekdays named, going round the week.
    gaps = [((ordered[(i + 1) % len(ordered)] - day) % 7, i) for i, day in enumerate(ordered)]
    _, widest = max(gaps)
    first = ordered[(widest + 1) % len(ordered)]
    last = ordered[widest]
    allowed = frozenset((last + i) % 7 for i in range((first + _WEEK - last) % 7 + 1))
    stretch = sorted(named, key=lambda d: (d - first) % 7)
    names = ", ".join(_WEEKDAY_NAMES[d] for d in stretch)
    why = (
        f"it names {names} as past or present days, taken as the days just before it in the "
        f"order of the week, so it came out on a {_WEEKDAY_NAMES[last]} to a "
        f"{_WEEKDAY_NAMES[(first + _WEEK) % 7]}"
    )
    return allowed, why


def _runs(days: frozenset[int]) -> list[tuple[int, int]]:
    """Runs of consecutive days, as (first, last) ordinals in order."""
    runs: list[tuple[int, int]] = []
    for day in sorted(days):
        if runs and runs[-1][1] == day - 1:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _nearest_run(
    runs: Sequence[tuple[int, int]], references: Mapping[str, dt.date], docs: Sequence[Document]
) -> tuple[tuple[int, int], str | None]:
    """The run of days nearest the reference reports' days, and why when there was a choice."""
    if len(runs) == 1 or not references:
        return runs[0], None
    by_id = {d.id: d for d in docs}

    def distance(run: tuple[int, int], day: dt.date) -> int:
        ordinal = day.toordinal()
        return (
            0 if run[0] <= ordinal <= run[1] else min(abs(run[0] - ordinal), abs(run[1] - ordinal))
        )

    best = min(runs, key=lambda run: (min(distance(run, d) for d in references.values()), run[0]))
    nearest_id = min(references, key=lambda k: (distance(best, references[k]), k))
    near = references[nearest_id]
    why = (
        f"of the weeks that fit, the one nearest the dated reports is kept "
        f"({_name(by_id[nearest_id])}, {near.isoformat()})"
    )
    return best, why
