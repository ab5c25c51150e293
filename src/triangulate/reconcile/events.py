"""Which event or occasion a figure is of: an earlier event of the same kind, a numbered
one ("the third debate"), a quake's size, a count dated to its own day.

Reports of one event often tell of another like it ("Earlier on Sunday a 5.6 quake jolted
the island", "46 were arrested Wednesday night" beside another night's arrests): such a
figure is of another event or occasion, not the story's own in dispute.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from datetime import date as calendar_day
from functools import lru_cache

from triangulate.model import Claim, Document
from triangulate.nlp.words import may_hold
from triangulate.reconcile.intervals import Interval, hull
from triangulate.reconcile.revisions import trading_day
from triangulate.reconcile.sources import publisher
from triangulate.reconcile.splits import (
    EARLIER,
    TELLING,
    Keyed,
    Split,
    changed_cue,
    claims_of,
    day_number,
    disputing_pair,
    parted,
    provisional,
    published,
    said_value,
    split_by,
    who_gives,
)
from triangulate.reconcile.statements import sentence_span
from triangulate.reconcile.wording import their
from triangulate.timeline.infer import apart_from_dated


def earlier_event(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The words placing what the figure counts at an earlier event than its report's
    main one ("Earlier on Sunday a 5.6 quake jolted the island"): "earlier" before the
    figure in its sentence with no word of telling after it (:func:`~.verdicts.earlier_cue` reads
    "earlier, police put the toll at" as an earlier telling instead); else None."""
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    before = doc.text[max(begin, claim.start - 60) : claim.start]
    found = EARLIER.search(before) if may_hold(before, ("earlier",)) else None
    if found is None or (found.group(1) or "").lower() != "earlier":
        return None
    if TELLING.search(before, found.end(1)) is not None or changed_cue(claim, documents):
        return None
    # "experts estimated earlier that 0.2 percent ...": a telling verb just before
    # "earlier", or a "that" clause after it, tells the figure earlier; it is no event.
    if TELLING.search(before[max(0, found.start(1) - 30) : found.start(1)]) is not None:
        return None
    if re.match(r"\s+that\b", before[found.end(1) :]):
        return None
    return " ".join(doc.text[claim.start - len(before) + found.start() : claim.end].split())


@lru_cache(maxsize=4)
def _other_event(documents: tuple[Document, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The undated reports of a pile that tell another event than its dated reports, and
    the names only the dated reports give (none of those other reports does)."""
    other = apart_from_dated(documents)
    if not other:
        return other, frozenset()
    dated: set[str] = set()
    theirs: set[str] = set()
    for doc in documents:
        if doc.id in other:
            theirs |= _capitalised_inside(doc.text)
        elif _own_day(doc):
            dated |= _capitalised_inside(doc.text)
    return other, frozenset(dated - theirs)


def _own_day(doc: Document) -> bool:
    """Whether a report carries its day itself, not one inferred from its pile."""
    published = doc.published
    return bool(published.date) and published.precision == "day" and published.basis != "inferred"


# A capitalised word inside a sentence, after a word or a comma: a name ("the Halden").
_NAME_INSIDE = re.compile(r"(?<=[a-z,;] )[A-Z][\w'-]+")


def _capitalised_inside(text: str) -> frozenset[str]:
    return frozenset(m.group(0) for m in _NAME_INSIDE.finditer(text))


def undated_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure of a pile that holds two events of one kind, one told by reports with no
    day of their own (``timeline.infer.apart_from_dated``), whose values part the dated
    reports from an undated one that names nothing of the dated reports' own (no ship,
    port or person only they name). Such a report may tell either event: its figure is no
    rival of a dated report's (seven rifles seized in one capture, six in another years
    later). An undated report naming the dated reports' own names tells their event and
    still disputes them; dated reports still dispute each other."""
    other, own = _other_event(tuple(documents.values()))
    if not other:
        return None

    def side(claim: Claim) -> str | None:
        doc = documents.get(claim.doc)
        if doc is None or claim.doc in other:
            return None
        return "dated" if _own_day(doc) or _capitalised_inside(doc.text) & own else "undated"

    def reason(one: Keyed, two: Keyed) -> str:
        said = [f"{who_gives(claim, documents)} in a {key} report" for key, claim in (one, two)]
        return (
            f"{said[0]} and {said[1]}, in a pile holding another event's undated reports: a "
            "report with no day of its own that names nothing of the dated reports' own may "
            "tell the other event, so these are not one quantity in dispute"
        )

    return split_by(read, side, reason)


def events_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure whose values a report gives for two events of one kind: a figure it
    places at an earlier event (:func:`earlier_event`) beside another of its own figures
    that cannot hold with it ("a 5.2 quake struck on Monday ... Earlier on Sunday a 5.6
    quake jolted the island"). The measure's values are shared out to the two events by
    value, each judged apart."""
    by_doc: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        by_doc.setdefault(claim.doc, []).append((claim, found))
    for doc in sorted(by_doc):
        items = by_doc[doc]
        if any(changed_cue(c, documents) for c, _ in items):
            continue
        for claim, found in items:
            words = earlier_event(claim, documents)
            if words is None:
                continue
            # The report's other values for the measure are its main event's.
            main = [
                (c, i)
                for c, i in items
                if not i.meets(found) and earlier_event(c, documents) is None
            ]
            if not main:
                continue
            reason = (
                f"{who_gives(claim, documents)} for an "
                f'earlier event ("{words}") and '
                f"{' and '.join(said_value(c, documents) for c, _ in main)} for "
                f"{their(publisher(claim, documents))} main one, so these are figures of "
                "two events of one kind, not one quantity in dispute"
            )
            anchors = [found, hull(i for _, i in main) or main[0][1]]
            return Split(parts=parted([c for c, _ in read], anchors, documents), reason=reason)
    return None


# An event numbered within its series, or the tier of a debate held in two: "the first
# debate", "Sunday's second presidential debate", "the third quarter", "the second round of
# voting", "the undercard debate" against "the main debate".
_ORDINAL_EVENT = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|main|"
    r"undercard|prime-?time)\s+"
    r"(?:[A-Za-z][\w-]*\s+){0,2}?(debate|forum|town\s+hall|primary|caucus|round|ballot|"
    r"quarter|term)s?\b",
    re.IGNORECASE,
)


def numbered_event(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The numbered event of a series (or tier of a debate) the figure's sentence places it
    at, nearest the figure ("second debate", "third quarter", "undercard debate"); None when
    its sentence numbers none."""
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    found = [
        m
        for m in _ORDINAL_EVENT.finditer(doc.text, begin, end)
        if m.end() <= claim.start or m.start() >= claim.end
    ]
    if not found:
        return None
    nearest = min(found, key=lambda m: min(abs(m.start() - claim.end), abs(claim.start - m.end())))
    last = "final" if nearest.group(1).lower() == "last" else nearest.group(1).lower()
    tier = last.replace("-", "")
    return f"{tier} {' '.join(nearest.group(2).lower().split())}"


def numbered_events_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing figures of different numbered events of one series
    (:func:`numbered_event`): "the first debate drew 84 million viewers" in one report,
    "the second debate drew 66 million" in another. Each debate, primary round or quarter
    of a series is its own occasion with its own count, so two of them are not one
    quantity in dispute. A figure whose sentence numbers no event joins neither."""

    def reason(one: Keyed, two: Keyed) -> str:
        return (
            f"{who_gives(one[1], documents)} for the {one[0]} and {who_gives(two[1], documents)} "
            f"for the {two[0]}: figures of different events of one series, not one quantity "
            "in dispute"
        )

    return split_by(read, lambda claim: numbered_event(claim, documents), reason)


# A quake's size as news names it: "a 5.6 magnitude earthquake", "a magnitude-5.2 quake",
# "5.6 on the Richter scale", "a magnitude of 5.6".
_QUAKE_SIZE = re.compile(
    r"\bmagnitude(?:[- ]|\s+of\s+)(\d\.\d)\b|\b(\d\.\d)[- ](?:magnitude|richter)\b|"
    r"\b(\d\.\d)\s+(?:on\s+the\s+richter|(?:earth)?quake|tremor)",
    re.IGNORECASE,
)


def quake_size(claim: Claim, documents: Mapping[str, Document]) -> float | None:
    """The one quake size a figure's sentence names beside it ("A 5.6 magnitude earthquake
    hit the island, injuring five people"), or None when it names none or several, or the
    figure is that size itself.

    A sentence naming no size tells of the quake its report last named by size before it:
    a report leads with its own quake ("An earthquake with a magnitude of 5.6 shook the
    island ... two villagers slightly injured"), and a sentence after one recalling
    another ("The island was hit by a 6.1 quake in September. That temblor injured almost
    50") tells of that one."""
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    sizes = {
        _size(m)
        for m in _QUAKE_SIZE.finditer(doc.text, begin, end)
        if not (m.start() < claim.end and claim.start < m.end())
    }
    if not sizes:
        ends, named = _sizes_named(doc.text)
        last = bisect_right(ends, begin) - 1
        return named[last] if last >= 0 else None
    return sizes.pop() if len(sizes) == 1 else None


@lru_cache(maxsize=256)
def _sizes_named(text: str) -> tuple[tuple[int, ...], tuple[float, ...]]:
    """Where a report names a quake's size (each naming's end, in order) and the size it
    names: read once per report, for every figure that looks back to the last one."""
    found = list(_QUAKE_SIZE.finditer(text))
    return tuple(m.end() for m in found), tuple(_size(m) for m in found)


def _size(match: re.Match[str]) -> float:
    """The size a quake-size match names."""
    return float(next(g for g in match.groups() if g))


def sizes_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure whose values are told of quakes of different sizes: "a 5.6 magnitude
    earthquake ... injuring five" and "a magnitude-5.2 quake has injured three". News
    names a quake by its size, and a second quake of another size (an aftershock, the
    next day's) has its own toll; a size told as revised is one quake's, not two."""
    if any(changed_cue(c, documents) for c, _ in read):
        return None
    sizes: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        size = quake_size(claim, documents)
        if size is not None:
            sizes.setdefault(f"{size:.1f}", []).append((claim, found))
    pair = disputing_pair(sizes)
    if pair is None:
        return None
    (size_a, first), (size_b, second) = pair
    if abs(float(size_a) - float(size_b)) < 0.3:
        return None  # agencies' readings of one quake differ by a few tenths
    reason = (
        f"{who_gives(first, documents)} for a quake of magnitude {size_a} and "
        f"{who_gives(second, documents)} for one of magnitude {size_b}, so these are figures of "
        "two events of one kind, not one quantity in dispute"
    )
    return Split(parts=claims_of(sizes), reason=reason)


def told_day(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The day a running count was told, where its sentence says so before its report came
    out ("have arrested 650 people since the protests began, the ministry said on Tuesday"
    in a report of the Monday after): the count stood so on that day, not on the report's.
    None where the sentence names no such day of telling (:func:`told_on`), or names the
    report's own day, the day before it or a later one: a report relays the statement of
    the day before as the count it has, as a toll told on Saturday and printed on Sunday
    stands for Sunday's report."""
    when, doc, day = claim.when, documents.get(claim.doc), _one_day(claim)
    if doc is None or when is None or day is None or not when.text:
        return None
    told, out = day_number(day), day_number(published(claim, documents)[:10])
    if told is None or out is None or out - told < 2:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    return day if told_on(doc.text, begin, end, when.text) else None


# Words tying a count to those before it: a running total, not one occasion's count.
_TIED = re.compile(
    r"\b(?:bring|brings|bringing|brought|total|in\s+all|so\s+far|to\s+date|since|"
    r"altogether|overall|cumulative|until|throughout)\b",
    re.IGNORECASE,
)


def own_day(claim: Claim, documents: Mapping[str, Document]) -> int | None:
    """The one day a figure's own words date it to ("46 were arrested Wednesday night"), as
    a day number, or None: no single day, words tying the count to those before it
    ("bringing the total to", "so far") or saying it changed ("rose to"), or time words
    dating the telling ("the ministry said on Wednesday") or a stand by a day ("by
    Wednesday"): :func:`told_on`."""
    when, doc, day = claim.when, documents.get(claim.doc), _one_day(claim)
    if doc is None or when is None or day is None:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    scope = claim.figure.scope if claim.figure else None
    if _TIED.search(doc.text, begin, end) or _TIED.search(scope or ""):
        return None
    if changed_cue(claim, documents) or told_on(doc.text, begin, end, when.text or ""):
        return None
    return day_number(day)


def _one_day(claim: Claim) -> str | None:
    """The one day a claim's time words name, as ISO text, or None (no time words, a
    month, a span of days)."""
    when = claim.when
    if when is None or when.start is None or when.precision != "day":
        return None
    day = when.start[:10]
    return day if when.end is None or when.end[:10] == day else None


# A verb of telling just before a day: the day the figure was told, not its event's
# ("Fifteen lives were lost, the ministry said on Wednesday").
_TELLING_DAY = re.compile(
    r"\b(?:said|says|say|told|tells|reported|reports|announced|announces|confirmed|confirms|"
    r"added|adds|stated|states|estimated|estimates|updated|revised|put\s+it|according)"
    r"(?:\s+[\w'-]+){0,2}\s*$",
    re.IGNORECASE,
)


def told_on(text: str, begin: int, end: int, words: str) -> bool:
    """Whether the sentence's time words for a figure ("on Wednesday") follow a verb of
    telling, date the telling rather than the event, or tell a stand as of a day ("by
    Wednesday", "as of Monday"); words not known are never read as the event's."""
    if not words:
        return True
    if words.lower().startswith(("by ", "as of ", "as at ")):
        return True
    at = text.find(words, begin, end)
    if at < 0:
        return False
    return _TELLING_DAY.search(text[max(begin, at - 40) : at]) is not None


# Words telling of a day or of one occasion of a series: "Monday", "the next night", "a
# second protest", "a third straight night".
_OCCASION = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:next|previous|following|second|"
    r"third|fourth|fifth|straight|consecutive)\s+(?:night|day|evening|protest|rally|march|"
    r"vigil|round))\b",
    re.IGNORECASE,
)


def _several_occasions(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a dated figure's sentence, its own time words aside, tells of another day or
    of one occasion of a series ("a Monday evening vigil", "a second protest the next
    night"): the figure's day is one of several occasions the story tells of."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    sentence = doc.text[begin:end]
    words = claim.when.text if claim.when and claim.when.text else ""
    if words:
        sentence = sentence.replace(words, " ")
    return _OCCASION.search(sentence) is not None


def moves_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing a market's moves of different trading days
    (:func:`.revisions.trading_day`): "shares rose 12 percent on Friday", "fell 5 percent
    on Monday", or a wrap of the indexes in a report whose lead tells Monday's close and
    one in a report of Tuesday's trading. Each trading day has its own move: two days'
    moves are not one quantity in dispute; two figures for one day's move still dispute,
    and a move of no known day is left to dispute any."""

    def reason(one: Keyed, two: Keyed) -> str:
        said = [f"{who_gives(claim, documents)} for {_day_words(key)}" for key, claim in (one, two)]
        return f"{said[0]} and {said[1]}: a market's moves on two days, not one quantity in dispute"

    days = {claim.id: trading_day(claim, documents) for claim, _ in read}
    if any(d is not None and not d[0].isdigit() for d in days.values()):
        # a report of no known day names only a weekday: all are compared so
        days = {k: d if d is None or not d[0].isdigit() else _weekday(d) for k, d in days.items()}
    return split_by(read, lambda claim: days[claim.id], reason)


def _weekday(iso: str) -> str:
    """An ISO day's weekday, as a report names it: "friday"."""
    return f"{calendar_day.fromisoformat(iso):%A}".lower()


def _day_words(iso: str) -> str:
    """An ISO day as a report writes it: "7 May 2032" (a weekday's name as it is)."""
    if not iso[0].isdigit():
        return iso.capitalize()
    day = calendar_day.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def occasions_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure with a count its words date to one day ("46 were arrested Wednesday
    night") and a lower count of no day of its own in a report out before that day ("one
    person was arrested", told on the Tuesday). A report cannot count what came after it:
    the lower count is of an earlier occasion (another night's protest), not that day's
    count before it grew, nor the same count in dispute. When the dated count's sentence
    tells of other occasions too ("a Monday evening vigil ...; a second protest the next
    night; and another on Wednesday night, after which there were 46 arrests"), a lower
    count told as it stood at some hour ("at this point there was one arrest") in a report
    of no known day is not placed on that day either: nothing shows it is that occasion's.
    (A story of one occasion, a quake on Sunday, has a count so far grow into Sunday's
    toll.) Words tying the dated count to those before it ("bringing the total to", "so
    far") make it a running total, which an earlier day's count may be a stage of; such a
    count is never read so."""
    dated = [(c, i, d) for c, i in read if (d := own_day(c, documents)) is not None]
    for high, found, day in dated:
        for claim, other in read:
            if claim.when is not None or not other.high < found.low:
                continue
            told = day_number(published(claim, documents)[:10])
            if told is None and not (
                provisional(claim, documents) and _several_occasions(high, documents)
            ):
                continue
            if told is not None and told >= day:
                continue
            when = high.when.text if high.when and high.when.text else ""
            of = (
                "as it stood at one hour of a report of no known day"
                if told is None
                else f"in a report of {published(claim, documents)}, before the day"
            )
            reason = (
                f"{who_gives(claim, documents)} {of} "
                f"{publisher(high, documents)} dates "
                f'{said_value(high, documents)} to ("{when}", '
                f"{calendar_day.fromordinal(day).isoformat()}), so these are counts of two "
                "occasions, not one count in dispute or revised"
            )
            return Split(parts=parted([c for c, _ in read], [other, found]), reason=reason)
    return None
