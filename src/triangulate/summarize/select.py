"""An extractive summary of a story: sentences copied from its reports, each with citations.

Rules, top to bottom:

1. **Candidates.** The caller's sentence spans (a parse's sentences, cut again at line
   breaks, since a parse may run a headline into the paragraph below) or, without them,
   ``split_sentences``. Page furniture is never a candidate: a document's title, lines
   without a closing stop (headlines, bylines, section labels), photo captions and credits,
   comment and share prompts, copyright lines, sentences of fewer than ``MIN_WORDS`` or
   more than ``MAX_WORDS`` words, and lines in title case.
2. **What a sentence says.** The claims whose start lies in it, but for the time until an
   event ("with 12 seconds left": it orders what the sentence tells, and weighs nothing of
   its own). Each claim stands for its group (``Group.id``); a claim in no group stands
   for itself, except that a claim an echo
   relays counts once for the echo's upstream source, so two copies of one wire are one
   piece of information. Without any groups at all (nothing reconciled), figures with the
   same counted noun, value and unit are one piece.
3. **Greedy coverage.** Each round takes the sentence whose *new* pieces weigh most: a group
   weighs its independent sources (an echo counts once) plus ``CONTESTED_BONUS`` when its
   verdict is conflict, update or scope_differs; a lone claim weighs ``LONE_WEIGHT``. A
   figure with a named speaker adds ``ATTRIBUTED_BONUS``, an assertion ``ASSERTION_BONUS``.
   A sentence that brings nothing new is never taken, nor one sharing more than
   ``MAX_OVERLAP`` of its content words with a sentence taken (an echo's copy, a rewrite),
   so no piece of information is said twice. Ties go to the earlier report and sentence.
4. **Filling.** When fewer than the minimum carry new claims, the leading sentences of
   reports not yet quoted fill up, under the same overlap rule.
5. **Contested.** When the story has a contested group and no sentence taken is about one,
   the best sentence about one replaces the last sentence taken.
6. **Citations.** A sentence cites itself, then the sentence of every other report that
   holds a claim of the same group that supports it: a figure that states the same value
   (the numbers agree within the "about" tolerance, bounds read at their number: "at least
   2" does not back "at least 70"; a vague amount backs a value of its order of magnitude
   above its floor), or an assertion of the same polarity. A ``scope_differs`` group of
   look-alike figures backs nothing: its figures measure other things. ``contested`` is
   set when any of its
   groups has the verdict conflict or update, and ``contest`` says what contests it: the
   values given and who gives each ("sources differ on people killed: 43 (Civil Defence);
   about 60 (a hospital source)"); ``groups`` lists its groups.
7. **Order.** The first sentence taken (the one covering most) leads, unless every figure
   it gives is of another time than its report's (an earlier quake's toll, "last year"):
   background is told, never the lead, so the first sentence taken of the story's own
   time leads instead; the rest follow by
   event time (the earliest ``when`` of their claims, else their report's publication day;
   sentences with neither come last), then by the order they were taken. A sentence whose
   pieces the sentences before it in that order have all said is left out: read top to
   bottom, every sentence says something new.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, pairwise

from triangulate.claims.durations import TIME_LEFT
from triangulate.model import Citation, Claim, Document, Echo, Figure, Group, SummarySentence
from triangulate.nlp.sentences import split_sentences
from triangulate.nlp.words import may_hold
from triangulate.reconcile.clocks import stamp
from triangulate.reconcile.intervals import (
    AGE_AT_DEATH,
    SECONDS,
    TOLERANCE,
    describe,
    figure_range,
    interval_of,
    magnitude_of,
    stated,
    told_words,
)
from triangulate.reconcile.sources import publisher
from triangulate.reconcile.splits import said_value
from triangulate.reconcile.times import other_time
from triangulate.reconcile.wording import description_case

MIN_WORDS = 6
MAX_WORDS = 70
MAX_OVERLAP = 0.5
CONTESTED_BONUS = 1.0
LONE_WEIGHT = 0.5
ATTRIBUTED_BONUS = 0.5
ASSERTION_BONUS = 0.25
# Verdicts that make a point contested, and those that flag a sentence ``contested``.
_DISPUTED = frozenset({"conflict", "update", "scope_differs"})
_CONTESTED = frozenset({"conflict", "update"})

_FURNITURE_WORDS = (
    *("photo", "credit", "caption", "leave a comment", "be the first to comment"),
    *("related posts", "related articles", "share this", "subscribe", "all rights reserved"),
    *("copyright", "written by", "read more", "click here", "sign up", "newsletter"),
)
_FURNITURE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, _FURNITURE_WORDS)) + r")\b|©|^by\b", re.IGNORECASE
)
_CLOSED = re.compile(r"[.!?][\"'”’)\]]*$")
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_STOP = frozenset(
    {
        *("the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with"),
        *("that", "this", "is", "are", "was", "were", "be", "been", "has", "have", "had"),
        *("it", "its", "as", "from", "said", "says", "their", "they", "which", "who", "but"),
    }
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    doc: str
    start: int
    end: int
    text: str
    rank: tuple[int, int]
    claims: tuple[Claim, ...]
    units: frozenset[str]
    words: frozenset[str]
    lead: bool


def summarize(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    groups: Sequence[Group],
    echoes: Sequence[Echo],
    *,
    sentences: Sequence[tuple[str, int, int]] | None = None,
    size: tuple[int, int] = (5, 8),
) -> tuple[SummarySentence, ...]:
    """A short extractive summary of one story, every sentence cited.

    Args:
        documents: The story's reports.
        claims: Their claims.
        groups: Claims about the same thing, with verdicts (may be empty).
        echoes: Reports relaying one upstream source (may be empty).
        sentences: Sentence spans as ``(doc, start, end)``; split from the text when None.
        size: The least and the most sentences wanted.

    Returns:
        Up to ``size[1]`` sentences (fewer than ``size[0]`` only when the reports hold
        fewer that are not furniture and say something new), each quoting its report's
        ``text[start:end]`` exactly and citing every report that supports it.
    """
    low, high = size
    spans = _spans(documents, sentences)
    group_of = _group_of(groups)
    echo_of = {c: e.upstream for e in echoes for c in e.claims}
    by_id = {g.id: g for g in groups}
    candidates = _candidates(documents, claims, spans, group_of, echo_of)
    chosen = _greedy(candidates, by_id, high)
    _fill(chosen, candidates, low)
    _ensure_contested(chosen, candidates, by_id, high)
    claim_by_id = {c.id: c for c in claims}
    docs = {d.id: d for d in documents}
    _ensure_latest(chosen, candidates, by_id, claim_by_id, docs, high)
    ordered = _without_repeats(_reading_order(chosen, docs, by_id, claim_by_id), by_id)
    claim_home = _claim_sentences(claims, spans)
    return tuple(_sentence(c, by_id, claim_by_id, claim_home, docs) for c in ordered)


def _spans(
    documents: Sequence[Document], given: Sequence[tuple[str, int, int]] | None
) -> dict[str, list[tuple[int, int]]]:
    """Trimmed sentence spans per document, inside its text."""
    texts = {d.id: d.text for d in documents}
    spans: dict[str, list[tuple[int, int]]] = {d.id: [] for d in documents}
    if given is None:
        for doc in documents:
            spans[doc.id] = list(split_sentences(doc.text))
        return spans
    for doc_id, start, end in given:
        text = texts.get(doc_id)
        if text is None:
            continue
        start, end = max(0, start), min(len(text), end)
        # A parse may run a headline into the paragraph below it: a line break ends a sentence.
        for line in _LINE.finditer(text[start:end]):
            trimmed = _trim(text, start + line.start(), start + line.end())
            if trimmed is not None:
                spans[doc_id].append(trimmed)
    for doc_id in spans:
        spans[doc_id] = sorted(set(spans[doc_id]))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _group_of(groups: Sequence[Group]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for group in groups:
        for claim_id in group.claims:
            found.setdefault(claim_id, []).append(group.id)
    return {k: tuple(v) for k, v in found.items()}


def _words(text: str) -> frozenset[str]:
    return _content(_WORD.findall(text))


def _content(words: Sequence[str]) -> frozenset[str]:
    """The content words among a sentence's words, lower-cased."""
    lowered = set(map(str.lower, words)) - _STOP
    return frozenset(w for w in lowered if len(w) > 2)


def is_furniture(text: str, title: str | None = None) -> bool:
    """Whether a line is page furniture rather than a sentence of the report.

    Args:
        text: The sentence.
        title: The document's title, which is a headline, not a sentence.

    Returns:
        True for the title, unclosed lines, lines cut inside brackets, captions and credits,
        prompts, copyright lines, title-case lines, and sentences too short or too long to
        summarise with.
    """
    headline = " ".join(title.split()) if title else None
    return _furniture(text, _WORD.findall(text), headline)


def _furniture(text: str, words: Sequence[str], headline: str | None) -> bool:
    """:func:`is_furniture`, given the text's words and its title with spaces squeezed.

    Words never hold a space, so the text's words are those of its squeezed line.
    """
    stripped = " ".join(text.split())
    if headline is not None and stripped == headline:
        return True
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return True
    if not _CLOSED.search(stripped) or _has_furniture(stripped):
        return True
    if stripped.count("(") > stripped.count(")"):
        return True  # cut inside brackets: "to slice 30bn euros (£25."
    lower = [w for w in words if w[0].islower()]
    return len(lower) < len(words) * 0.3


def _has_furniture(line: str) -> bool:
    """Whether a line holds furniture words (``_FURNITURE``, which also takes a leading "by")."""
    maybe = may_hold(line, _FURNITURE_WORDS) or line[:2].lower() == "by"
    return maybe and _FURNITURE.search(line) is not None


def _candidates(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    spans: Mapping[str, Sequence[tuple[int, int]]],
    group_of: Mapping[str, tuple[str, ...]],
    echo_of: Mapping[str, str],
) -> list[_Candidate]:
    by_doc: dict[str, list[Claim]] = {}
    for claim in claims:
        by_doc.setdefault(claim.doc, []).append(claim)
    # Each report's claims by start, so a sentence's claims are found by bisection; they
    # keep the order they were given in.
    by_start = {doc: _by_start(held) for doc, held in by_doc.items()}
    found: list[_Candidate] = []
    for doc_rank, doc in enumerate(documents):
        lead = True
        headline = " ".join(doc.title.split()) if doc.title else None
        for n, (start, end) in enumerate(spans[doc.id]):
            text = doc.text[start:end]
            words = _WORD.findall(text)
            if _furniture(text, words, headline):
                continue
            inside = tuple(
                c
                for c in _starting_in(by_doc.get(doc.id, []), by_start.get(doc.id, []), start, end)
                if not (c.figure is not None and c.figure.measure == TIME_LEFT)
            )
            grouped = frozenset(g for c in inside for g in group_of.get(c.id, ()))
            lone = frozenset(u for c in inside if (u := _unit(c, group_of, echo_of)))
            units = grouped | lone
            found.append(
                _Candidate(
                    doc=doc.id,
                    start=start,
                    end=end,
                    text=text,
                    rank=(doc_rank, n),
                    claims=inside,
                    units=units,
                    words=_content(words),
                    lead=lead,
                )
            )
            lead = False
    return found


def _by_start(claims: Sequence[Claim]) -> list[int]:
    """Positions of the claims, sorted by where each starts."""
    return sorted(range(len(claims)), key=lambda k: claims[k].start)


def _starting_in(
    claims: Sequence[Claim], order: Sequence[int], start: int, end: int
) -> tuple[Claim, ...]:
    """The claims starting in [start, end), in their given order (``order`` sorts them)."""
    first = bisect_left(order, start, key=lambda k: claims[k].start)
    last = bisect_left(order, end, key=lambda k: claims[k].start)
    return tuple(claims[k] for k in sorted(order[first:last]))


def _unit(claim: Claim, group_of: Mapping[str, tuple[str, ...]], echo_of: Mapping[str, str]) -> str:
    """The piece of information a claim stands for when it is in no group ('' when it is)."""
    if claim.id in group_of:
        return ""
    if claim.figure is not None and not group_of:
        # Not reconciled at all: the same counted noun with the same value is one piece.
        figure = claim.figure
        return f"figure:{figure.counted}:{figure.low}:{figure.high}:{figure.unit}"
    upstream = echo_of.get(claim.id)
    if upstream is not None:
        # Copies of one upstream source are one piece: keyed by the source and the words.
        return f"echo:{upstream}:{' '.join(sorted(_words(claim.text)))}"
    return f"claim:{claim.id}"


def _weight(unit: str, groups: Mapping[str, Group]) -> float:
    group = groups.get(unit)
    if group is None:
        return LONE_WEIGHT
    bonus = CONTESTED_BONUS if group.verdict in _DISPUTED else 0.0
    return max(1, group.independent_sources) + bonus


def _gain(candidate: _Candidate, covered: set[str], groups: Mapping[str, Group]) -> float:
    new = candidate.units - covered
    if not new:
        return 0.0
    score = sum(_weight(u, groups) for u in new)
    if any(c.figure is not None and c.said_by is not None for c in candidate.claims):
        score += ATTRIBUTED_BONUS
    if any(c.assertion is not None for c in candidate.claims):
        score += ASSERTION_BONUS
    return score


def _overlaps(candidate: _Candidate, chosen: Sequence[_Candidate]) -> bool:
    """Whether it repeats a sentence taken: too many shared content words."""
    for other in chosen:
        smaller = min(len(candidate.words), len(other.words)) or 1
        if len(candidate.words & other.words) / smaller > MAX_OVERLAP:
            return True
    return False


def _greedy(
    candidates: Sequence[_Candidate], groups: Mapping[str, Group], high: int
) -> list[_Candidate]:
    chosen: list[_Candidate] = []
    covered: set[str] = set()
    # A sentence taken, one repeating a sentence taken, or one that brings nothing new
    # stays out for good (what is covered only grows): each round only checks the open
    # sentences that still bring something against the one just taken.
    open_ = list(candidates)
    while len(chosen) < high:
        best: tuple[float, tuple[int, int]] | None = None
        pick: _Candidate | None = None
        gaining: list[_Candidate] = []
        for candidate in open_:
            gain = _gain(candidate, covered, groups)
            if gain <= 0:
                continue
            gaining.append(candidate)
            key = (gain, (-candidate.rank[0], -candidate.rank[1]))
            if best is None or key > best:
                best, pick = key, candidate
        if pick is None:
            break
        chosen.append(pick)
        covered |= pick.units
        taken = pick
        open_ = [c for c in gaining if c != taken and not _overlaps(c, (taken,))]
    return chosen


def _fill(chosen: list[_Candidate], candidates: Sequence[_Candidate], low: int) -> None:
    """Leading sentences of reports not yet quoted, then any new sentence, up to ``low``."""
    quoted = {c.doc for c in chosen}
    ranked = sorted(candidates, key=lambda c: (c.doc in quoted, not c.lead, c.rank))
    for candidate in ranked:
        if len(chosen) >= low:
            return
        if candidate in chosen or _overlaps(candidate, chosen):
            continue
        if candidate.units and candidate.units <= {u for c in chosen for u in c.units}:
            continue
        chosen.append(candidate)


def _contested(candidate: _Candidate, groups: Mapping[str, Group]) -> bool:
    return any(groups[u].verdict in _CONTESTED for u in candidate.units if u in groups)


def _ensure_contested(
    chosen: list[_Candidate],
    candidates: Sequence[_Candidate],
    groups: Mapping[str, Group],
    high: int,
) -> None:
    """Make room for a contested point when the story has one and none was taken."""
    if any(_contested(c, groups) for c in chosen):
        return
    covered = {u for c in chosen for u in c.units}
    options = [
        c
        for c in candidates
        if c not in chosen and _contested(c, groups) and not _overlaps(c, chosen)
    ]
    if not options:
        return
    best = max(options, key=lambda c: (_gain(c, covered, groups), -c.rank[0], -c.rank[1]))
    if len(chosen) >= high:
        chosen.pop()
    chosen.append(best)


def _ensure_latest(
    chosen: list[_Candidate],
    candidates: Sequence[_Candidate],
    groups: Mapping[str, Group],
    claims: Mapping[str, Claim],
    documents: Mapping[str, Document],
    high: int,
) -> None:
    """Take a sentence telling the latest value of a quantity whose earlier value would
    lead: a toll that rose is told at its latest before its first."""
    current = [c for c in chosen if not _background(c, documents)]
    shared = _stale_updates(current[0], groups, claims, documents) if current else set()
    if not shared:
        return
    if any(c.units & shared and not _superseded(c, groups, claims, documents) for c in chosen):
        return
    options = [
        c
        for c in candidates
        if c not in chosen
        and c.units & shared
        and not _background(c, documents)
        and not _superseded(c, groups, claims, documents)
    ]
    if not options:
        return
    if len(chosen) >= high:
        chosen.pop()
    chosen.append(min(options, key=lambda c: c.rank))


def _reading_order(
    chosen: Sequence[_Candidate],
    documents: Mapping[str, Document],
    groups: Mapping[str, Group],
    claims: Mapping[str, Claim],
) -> list[_Candidate]:
    """The lead first, then the rest by the time they tell of. The lead is the first
    sentence taken that is neither background nor a figure its own source has since
    updated (a toll that rose later leads with its latest value, never an earlier one)."""
    if not chosen:
        return []
    published = {d.id: d.published.date for d in documents.values()}

    def when(candidate: _Candidate) -> str:
        starts = [c.when.start for c in candidate.claims if c.when is not None and c.when.start]
        return min(starts) if starts else (published.get(candidate.doc) or "9999")

    current = [c for c in chosen if not _background(c, documents)] or list(chosen)
    lead = current[0]
    shared = _stale_updates(lead, groups, claims, documents)
    if shared:
        # The sentence telling the same quantity's latest value leads in its place.
        later = [c for c in current if not _superseded(c, groups, claims, documents)]
        lead = next((c for c in later if c.units & shared), lead)
    rest = [c for c in chosen if c is not lead]
    order = {id(c): n for n, c in enumerate(chosen)}
    rest.sort(key=lambda c: (when(c), order[id(c)]))
    return [lead, *rest]


def _stale_updates(
    candidate: _Candidate,
    groups: Mapping[str, Group],
    claims: Mapping[str, Claim],
    documents: Mapping[str, Document],
) -> set[str]:
    """The ``update`` groups a sentence belongs to when it tells an earlier value of one
    (empty when it tells none): where a sentence telling a later value is looked for."""
    if not _superseded(candidate, groups, claims, documents):
        return set()
    return {u for u in candidate.units if u in groups and groups[u].verdict == "update"}


def _superseded(
    candidate: _Candidate,
    groups: Mapping[str, Group],
    claims: Mapping[str, Claim],
    documents: Mapping[str, Document],
) -> bool:
    """Whether a figure of the sentence is an earlier value of an ``update`` group: a
    report that came out later gives the quantity another value."""
    for claim in candidate.claims:
        if claim.figure is None:
            continue
        for unit in candidate.units:
            group = groups.get(unit)
            if group is None or group.verdict != "update" or claim.id not in group.claims:
                continue
            told = _reported(claim, documents)
            value = describe(claim.figure)
            if any(
                other.figure is not None
                and describe(other.figure) != value
                and _reported(other, documents) > told
                for other in (claims[i] for i in group.claims if i in claims)
            ):
                return True
    return False


def _background(candidate: _Candidate, documents: Mapping[str, Document]) -> bool:
    """Whether every figure of a sentence is of another time than its report's (a year or
    a month before it, "last year": :func:`~triangulate.reconcile.times.other_time`):
    an earlier event told as background, which may be told but never leads."""
    figures = [c for c in candidate.claims if c.figure is not None]
    return bool(figures) and all(other_time(c, documents) for c in figures)


def _without_repeats(
    ordered: Sequence[_Candidate], groups: Mapping[str, Group]
) -> list[_Candidate]:
    """The sentences in reading order, less any whose groups the ones before have all said."""
    said: set[str] = set()
    out: list[_Candidate] = []
    for candidate in ordered:
        mine = {u for u in candidate.units if u in groups}
        if out and mine and mine <= said:
            continue
        out.append(candidate)
        said |= mine
    return out


def _claim_sentences(
    claims: Sequence[Claim], spans: Mapping[str, Sequence[tuple[int, int]]]
) -> dict[str, tuple[int, int]]:
    """The sentence span holding each claim's start (the first one listed, if several do)."""
    home: dict[str, tuple[int, int]] = {}
    index: dict[str, tuple[list[int], list[int]]] = {}
    for doc, listed in spans.items():
        if all(a[0] <= b[0] for a, b in pairwise(listed)):
            # Listed by start: the first span holding an offset is the first whose end
            # passes it, and the furthest end so far says where that is.
            index[doc] = ([s for s, _ in listed], list(accumulate((e for _, e in listed), max)))
    for claim in claims:
        listed = spans.get(claim.doc, ())
        if claim.doc in index:
            starts, reach = index[claim.doc]
            k = bisect_right(reach, claim.start)
            if k < len(listed) and starts[k] <= claim.start:
                home[claim.id] = listed[k]
            continue
        for start, end in listed:
            if start <= claim.start < end:
                home[claim.id] = (start, end)
                break
    return home


def _supports(
    claim: Claim,
    other: Claim,
    group: Group,
    documents: Mapping[str, Document] | None = None,
) -> bool:
    """Whether another claim of the group backs this one (see rule 6), each figure read in
    the words its report tells it (``intervals.told_words``), as its verdict reads it."""
    if claim.figure is not None and other.figure is not None:
        return _same_value(
            claim.figure,
            other.figure,
            told_words(claim, documents),
            told_words(other, documents),
        )
    if claim.assertion is not None and other.assertion is not None:
        return claim.assertion.polarity == other.assertion.polarity
    return group.verdict not in _DISPUTED


def _same_value(a: Figure, b: Figure, a_text: str = "", b_text: str = "") -> bool:
    """Whether two figures state the same value: their numbers agree within the "about"
    tolerance, bounds read at their number ("at least 48" states 48, not 70), or, for a
    vague amount, the other lies in the order of magnitude its words (the claim's text)
    fix ("hundreds" and 350, ``intervals.MAGNITUDES``), else from its floor to ten times
    it, and below ten for a floor under ten (:func:`_vague_ceiling`). A figure's words
    (``a_text``, ``b_text``) are read as its verdict reads them
    (``intervals.interval_of``): "nearly 100" states 90 to 100, never 105."""
    if a.kind == b.kind == "money" and not _one_currency(a, b):
        # "£10m ($13m)": a sum in another currency converts it, never states it.
        return False
    if a.kind == b.kind == "money" and a.hedge == b.hedge == "exact":
        # A sum is repeated as written: "$143 billion" never states "$144 billion".
        return (a.unit, a.low, a.high) == (b.unit, b.low, b.high)
    first_length, second_length = _exact_length(a), _exact_length(b)
    if first_length is not None and second_length is not None:
        if AGE_AT_DEATH in {a.measure, b.measure}:
            # An age at death is told in whole years: "He was 78." never states 77.
            return first_length == second_length
        # "A week" is read loosely to group it ("a week" and "eight days" of one unrest),
        # but a passage states the same length only within the "about" tolerance.
        longer = max(first_length, second_length)
        return abs(first_length - second_length) <= TOLERANCE * longer
    first = interval_of(_at_its_number(a), a_text)
    second = interval_of(_at_its_number(b), b_text)
    if first is not None and second is not None:
        return first.meets(second) and _past_bound(a, b) and _past_bound(b, a)
    vague = [f for f in (a, b) if f.vague or f.hedge == "vague"]
    floor = min((f.low for f in vague if f.low is not None), default=None)
    if floor is None or floor <= 0:
        return False
    values = [stated(f) if f not in vague else f.low for f in (a, b)]
    if len(vague) == 1:
        (fuzzy, text), (other, _) = sorted(
            ((a, a_text), (b, b_text)), key=lambda pair: pair[0] not in vague
        )
        order = magnitude_of(fuzzy, text)
        value = stated(other)
        if order is not None:
            return value is not None and order.low <= value <= order.high
    return all(v is not None and floor <= v < _vague_ceiling(floor) for v in values)


def _one_currency(a: Figure, b: Figure) -> bool:
    """Whether two sums are of one currency: the same, or a dollar of no named country
    ("$") beside any dollar ("US$", "AUD")."""
    if a.unit == b.unit:
        return True
    units = (a.unit or "", b.unit or "")
    return "$" in units and all(_DOLLARS.match(u) for u in units)


_DOLLARS = re.compile(r"^(?:\$|[A-Z]{2}D)$")


def _vague_ceiling(floor: float) -> float:
    """Where a vague amount whose words fix no order stops: "several" or "a few" (a floor
    under ten) count fewer than ten, so "several die" never states "at least 10 killed"
    nor "several villages" the 12 worst-hit; a larger floor reaches ten times itself."""
    return 10.0 if floor < 10 else 10 * floor


def _exact_length(figure: Figure) -> float | None:
    """An exact duration in seconds ("a week", "eight days"), or None for any other figure."""
    seconds = SECONDS.get(figure.unit or "") if figure.kind == "duration" else None
    if seconds is None or figure.hedge != "exact" or figure.vague or figure.low is None:
        return None
    return float(figure.low) * seconds if figure.high in (None, figure.low) else None


def _past_bound(bound: Figure, other: Figure) -> bool:
    """Whether the other figure can lie on the stated side of a bound: "more than a week"
    never states "five days", though both are near a week."""
    if bound.hedge not in {"at_least", "at_most"}:
        return True
    value, allowed = interval_of(replace(bound, hedge="exact")), interval_of(other)
    if value is None or allowed is None:
        return True
    if bound.hedge == "at_least":
        return allowed.high >= value.low
    return allowed.low <= value.high


def _at_its_number(figure: Figure) -> Figure:
    """A bound read as "about" its number: what a report states, not all it allows."""
    if figure.hedge not in {"at_least", "at_most"}:
        return figure
    value = stated(figure)
    return replace(figure, low=value, high=value, hedge="about")


def _sentence(
    candidate: _Candidate,
    groups: Mapping[str, Group],
    by_id: Mapping[str, Claim],
    home: Mapping[str, tuple[int, int]],
    documents: Mapping[str, Document],
) -> SummarySentence:
    citations = [Citation(doc=candidate.doc, start=candidate.start, end=candidate.end)]
    seen = {(candidate.doc, candidate.start, candidate.end)}
    unit_groups = [groups[u] for u in sorted(candidate.units) if u in groups]
    for group in unit_groups:
        if group.verdict == "scope_differs" and group.kind == "figure":
            continue  # look-alikes measure other things: they never back a figure
        mine = [c for c in candidate.claims if c.id in group.claims]
        for other_id in group.claims:
            other = by_id.get(other_id)
            if other is None or other.doc == candidate.doc or other_id not in home:
                continue
            if not any(_supports(m, other, group, documents) for m in mine):
                continue
            start, end = home[other_id]
            if (other.doc, start, end) not in seen:
                seen.add((other.doc, start, end))
                citations.append(Citation(doc=other.doc, start=start, end=end))
    contested = [g for g in unit_groups if g.verdict in _CONTESTED]
    return SummarySentence(
        text=candidate.text,
        citations=tuple(citations),
        contested=bool(contested),
        groups=tuple(g.id for g in unit_groups),
        contest=_sentence_contest(candidate, contested, by_id, documents),
    )


def _sentence_contest(
    candidate: _Candidate,
    contested: Sequence[Group],
    by_id: Mapping[str, Claim],
    documents: Mapping[str, Document],
) -> str:
    """What contests a sentence: the contested figure it states first, whatever else it
    tells in passing ("70 people were hurt in three days of unrest" speaks of the 70 hurt
    before the days), its own value named first among the values that contest it. When
    the sentence's leading figure is contested by no one, the note says so, so that a
    reader never takes the contest of a figure told in passing for one of its lead."""
    if not contested:
        return ""
    figures = sorted(
        (c for c in candidate.claims if c.figure is not None), key=lambda c: (c.start, c.end)
    )

    def first_told(group: Group) -> int:
        return next((n for n, c in enumerate(figures) if c.id in group.claims), len(figures))

    group = min(contested, key=lambda g: (first_told(g), *_contest_rank(g)))
    told = first_told(group)
    own = figures[told] if told < len(figures) else None
    note = _contest(group, by_id, documents, own)
    if told > 0:
        lead = " ".join(figures[0].text.split())
        note += f"; its '{lead}' is not contested"
    return note


def _contest_rank(group: Group) -> tuple[int, int, str]:
    """The contested group a reader should hear of first: a conflict, then the widest."""
    return (group.verdict != "conflict", -len(group.claims), group.id)


def _contest(
    group: Group,
    by_id: Mapping[str, Claim],
    documents: Mapping[str, Document],
    own: Claim | None = None,
) -> str:
    """What contests a point, in words: the values given and who gives each, the value of
    ``own`` (the sentence's claim) first; for an update, in the order the reports came (by
    day and time stamp), or for a span of something still going on from the shortest to
    the longest, the latest named."""
    given: dict[str, list[str]] = {}
    when: dict[str, tuple[str, float]] = {}
    first: dict[str, tuple[str, float]] = {}
    named: set[str] = set()
    length: dict[str, float] = {}
    ids = list(group.claims)
    if own is not None and own.id in ids:
        ids.remove(own.id)
        ids.insert(0, own.id)
    sums = [f for c in ids if (f := _figure_of(by_id.get(c))) and f.kind == "money"]
    # A sum's group may hold its conversions ("£10m ($13m)"): values in another currency
    # than the one most of its sums give are never told as contesting it.
    main = max(sums, key=lambda f: sum(_one_currency(f, o) for o in sums), default=None)
    for claim_id in ids:
        claim = by_id.get(claim_id)
        if claim is None:
            continue
        sum_ = claim.figure if claim.figure is not None and claim.figure.kind == "money" else None
        if main is not None and sum_ is not None and not _one_currency(sum_, main):
            continue
        if claim.figure is not None:
            value = said_value(claim, documents)
        elif claim.assertion is not None:
            value = "denied" if claim.assertion.polarity == "negated" else "said"
        else:
            continue
        given.setdefault(value, [])
        who = _who(claim, documents)
        if who not in given[value]:
            given[value].append(who)
        if claim.said_by is None or not claim.said_by.anonymous:
            named.add(who)
        reported = _reported(claim, documents)
        when[value] = max(when.get(value, ("", -math.inf)), reported)
        first[value] = min(first.get(value, reported), reported)
        found = figure_range(claim, documents)
        if claim.figure is not None and claim.figure.kind == "duration" and found is not None:
            length[value] = found.low
    items = list(given.items())
    if group.verdict == "update":
        if len(length) == len(given):
            # A span of something still going on grows as time passes: the longest is
            # the latest, whatever the days its reports were given.
            items.sort(key=lambda item: length[item[0]])
        else:
            items.sort(key=lambda item: when[item[0]])
        if {value for value, _ in items[-4:]} == {"said", "denied"}:
            # A statement denied, then made (or made, then denied): who said yes and who
            # said no, in the order they came, of the point as its affirmed words put it.
            told = [f"{_YES_NO[value]} ({whos[0]})" for value, whos in items[-4:]]
            point = _finite(_lowered(group.label), [by_id[c] for c in ids if c in by_id])
            return f"updated on {point}: {', then '.join(told)}, the latest"
        parts = [f"{value} ({whos[0]})" for value, whos in items[-4:]]
        return f"updated on {group.label}: {', then '.join(parts)}, the latest"
    parts = _voices(items, named, first)
    if len(parts) < 2:
        # One source's values alone are no dispute between voices: each told with it.
        parts = [f"{value} ({whos[0]})" for value, whos in items]
    parts = parts[:4]
    return f"sources differ on {group.label}: {'; '.join(parts)}"


_YES_NO = {"said": "yes", "denied": "no"}
_LEADING_WORDS = frozenset({"the", "a", "an", "this", "these", "those", "some", "many", "most"})


def _finite(label: str, claims: Sequence[Claim]) -> str:
    """A statement's label as the point a note is updated on: "whether" and the label
    when it reads as a clause ("whether the ferry company cancelled the crossings"). A
    label that is its subject and an infinitive, as reports write what someone allows or
    expects ("civilians trapped in Orvel to leave the city"), has no finite verb: "whether"
    takes it with "may" ("whether civilians trapped in Orvel may leave the city"). A label
    that is a noun alone ("the departure of the fighters") is the point itself ("on the
    departure of the fighters")."""
    for claim in claims:
        subject = claim.assertion.subject if claim.assertion is not None else None
        if not subject:
            continue
        for said in (subject, _lowered(subject)):
            rest = label.removeprefix(f"{said} to ")
            if rest != label and rest[:1].isalpha():
                return f"whether {said} may {rest}"
    if _NOUN_POINT.match(label):
        return label
    return f"whether {label}"


_NOUN_POINT = re.compile(r"(?:the |a |an )?[a-z]{3,}(?:ion|ure|al|ment|ing)s? of \S", re.IGNORECASE)
"""A label that is a noun of an act and what it is of ("the departure of the fighters",
"killing of a teenager"): a point named, no clause to ask "whether" of."""


def _lowered(label: str) -> str:
    """A label set inside a sentence: a leading article or determiner in small letters
    ("The last families left" → "the last families left"), a name left as it is."""
    head, _, rest = label.partition(" ")
    if head.lower() in _LEADING_WORDS and head[:1].isupper():
        return f"{head.lower()} {rest}".rstrip()
    return label


def _voices(
    items: Sequence[tuple[str, list[str]]],
    named: set[str],
    first: Mapping[str, tuple[str, float]],
) -> list[str]:
    """Each value and who gives it, the values of one named source told once, at the
    place of its first, in the order it gave them ("43, then at least 48 (Civil
    Defence)"): a source that revised itself is one voice, not two. Only values each first
    reported at another time are joined (two values in reports of one time are no
    revision), and an unnamed source is never joined with another of the same
    description. ``first`` says when each value was first reported."""
    runs: list[tuple[str, list[str]]] = []
    done: set[str] = set()
    for value, whos in items:
        who = whos[0]
        own = [v for v, w in items if w[0] == who]
        times = [first[v] for v in own]
        if who not in named or len(set(times)) < len(times):
            runs.append((who, [value]))
        elif who not in done:
            done.add(who)
            runs.append((who, _changes(sorted(own, key=lambda v: first[v]))))
    return [f"{', then '.join(values)} ({who})" for who, values in runs]


def _changes(values: Sequence[str]) -> list[str]:
    """A source's values in turn, each told only where its number changed: "48, then at
    least 48" repeats one number under two hedges, so "43, then 48" is said."""
    out: list[str] = []
    for value in values:
        if out and _NUMBER_SAID.findall(value) == _NUMBER_SAID.findall(out[-1]):
            continue
        out.append(value)
    return out


_NUMBER_SAID = re.compile(r"\d[\d,.]*")


def _figure_of(claim: Claim | None) -> Figure | None:
    return claim.figure if claim is not None else None


def _reported(claim: Claim, documents: Mapping[str, Document]) -> tuple[str, float]:
    """When a claim's report came out, for ordering: its day and its time stamp."""
    doc = documents.get(claim.doc)
    if doc is None:
        return ("", -math.inf)
    found = stamp(doc)
    return (doc.published.date or "", found.minutes if found is not None else -math.inf)


def _who(claim: Claim, documents: Mapping[str, Document]) -> str:
    """Who gives a claim, as a reader names them: the speaker (an unnamed one with the
    report that quotes it), else the relay, else the report's outlet, wire agency or title
    (:func:`~triangulate.reconcile.sources.publisher`)."""
    if claim.said_by is not None:
        if claim.said_by.anonymous:
            # A description, not a name, as it reads inside the note ("around 60 (a source
            # in the town's main hospital, via ...)").
            doc = documents.get(claim.doc)
            name = description_case(claim.said_by.name, doc.text if doc else "")
            return f"{name}, via {publisher(claim, documents)}"
        return claim.said_by.name
    if claim.via:
        return claim.via[-1]
    return publisher(claim, documents)
