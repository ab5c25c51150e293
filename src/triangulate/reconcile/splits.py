"""A measure split into parts by value, and the small readings every rule that splits one
shares.

A rule that sets a measure's figures apart (:func:`~.verdicts.split`) groups them by what
it reads of each (a holder, a kind, a poll) and splits the measure only when two groups'
values cannot all hold together: :func:`split_by` and :func:`apart_by` group,
:func:`with_rest` places the figures no group holds. The explanation of a split names who
gives which value (:func:`who_gives`, :func:`said_value`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date as calendar_day
from itertools import combinations

from triangulate.claims.numwords import NUMBER_WORDS, read_word_number
from triangulate.model import Claim, Document
from triangulate.nlp.words import may_hold
from triangulate.reconcile.intervals import (
    Interval,
    describe_said,
    figure_range,
    hull,
    told_words,
    vague_words,
)
from triangulate.reconcile.sources import publisher
from triangulate.reconcile.statements import sentence_span
from triangulate.reconcile.wording import speaks

_CHANGE_WORDS = (
    *("rose", "risen", "rising", "rises", "climbed", "climbs", "increased", "increases"),
    *("jumped", "jumps", "went up", "goes up", "now stands", "mounted", "mounts", "soared"),
    *("updated", "revised", "raised", "reached", "reaching", "grew", "grown", "swelled"),
    *("topped", "climbing", "increasing", "is now", "are now", "has now", "have now"),
    *("surged", "surges", "spiked", "doubled", "tripled", "gone up", "shot up"),
)
_CHANGED = re.compile(
    r"\b(" + "|".join(map(re.escape, _CHANGE_WORDS)) + r")\b[^.]{0,25}$", re.IGNORECASE
)
EARLIER_WORDS = ("earlier", "previous", "initial", "first", "had ")
EARLIER = re.compile(
    r"\b(?:(earlier|previously|initially|at first)|first (?:reported|said|gave|put)|"
    r"had (?:said|put|given|reported|counted))\b[^.]{0,40}$",
    re.IGNORECASE,
)
# Words telling a figure, after "earlier" or "initially": the figure is an earlier telling
# of the count ("earlier, police put the toll at 40"), not a count of something that
# happened earlier ("he earlier pleaded guilty to four charges", "an injury earlier in the
# season forced him to miss four games").
TELLING = re.compile(
    r"\b(?:said|says|say|put|puts|gave|given|gives|reported|reports|estimated|estimates|"
    r"counted|announced|stated|told|confirmed|cited|quoted|toll|figure|count|tally|"
    r"estimate|number)\b",
    re.IGNORECASE,
)


def published(claim: Claim, documents: Mapping[str, Document]) -> str:
    """The claim's report day as ISO text, or "" when unknown."""
    doc = documents.get(claim.doc)
    if doc is None or doc.published.date is None:
        return ""
    return doc.published.date


def changed_cue(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether the words before the figure say the figure changed ("rose to 48") or is a
    new telling of it (:data:`_TOLD_ANEW`: "a new toll of 31", "police later said 31")."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    before = doc.text[max(0, claim.start - 60) : claim.start]
    if may_hold(before, _CHANGE_WORDS) and _CHANGED.search(before) is not None:
        return True
    return _TOLD_ANEW.search(doc.text, max(0, claim.start - 100), claim.start) is not None


# A count told as a new telling of one that was given before: "a new toll of 31", "the
# latest toll from the floods is 31", "an updated count", "police later said 31".
_TOLD_ANEW = re.compile(
    r"\b(?:(?:new|latest|updated|revised|higher)\s+(?:death\s+|casualty\s+|official\s+)?"
    r"(?:toll|tally|count)\b[^.;:!?]{0,70}|later\s+(?:said|put|raised|revised|gave|reported|"
    r"confirmed|told)\b[^.;:!?]{0,25})$",
    re.IGNORECASE,
)


def day_number(day: str) -> int | None:
    """An ISO day as a count of days, or None when the text is not a whole day."""
    try:
        return calendar_day.fromisoformat(day).toordinal() if len(day) == 10 else None
    except ValueError:
        return None


@dataclass(frozen=True, slots=True, kw_only=True)
class Split:
    """A measure whose values are not one quantity: its parts by value, and why."""

    parts: tuple[tuple[Claim, ...], ...]
    reason: str


def apart_by(
    read: Sequence[tuple[Claim, Interval]],
    key: Callable[[Claim], str | None],
    reason: Callable[[Keyed, Keyed], str],
) -> Split | None:
    """The measure's figures grouped by whose sum a key reads each to be, a figure it reads
    no holder of (keyed None) in a part of its own keyed "#" and its id, and split as
    :func:`split_groups` splits groups: a sum one holder gives once (a target, a period's
    spending) is disputed only by the same holder's sum, never by one of no named holder.
    None when the key reads no holder of any figure, or all of one."""
    if len(read) < 2:
        return None
    found = {c.id: key(c) for c, _ in read}
    if all(f is None for f in found.values()):
        return None
    groups: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, item in read:
        groups.setdefault(found[claim.id] or "#" + claim.id, []).append((claim, item))
    if len(groups) < 2:
        return None
    return split_groups(groups, reason)


def with_rest(
    found: Split, claims: Sequence[Claim], documents: Mapping[str, Document] | None = None
) -> Split:
    """The split with the measure's claims that no part holds (vague amounts, figures told
    as a possibility) each put in the part whose values they lie nearest, and every part in
    the measure's order."""
    placed = {c.id for part in found.parts for c in part}
    parts = [list(p) for p in found.parts]
    anchors = [hull(i for c in p if (i := figure_range(c, documents)) is not None) for p in parts]
    for claim in claims:
        if claim.id in placed:
            continue
        reach = reach_of(claim, documents)
        n = min(
            range(len(parts)),
            key=lambda k: (
                log_distance(reach, a) if (a := anchors[k]) is not None else math.inf,
                k,
            ),
        )
        parts[n].append(claim)
    order = {c.id: n for n, c in enumerate(claims)}
    return Split(
        parts=tuple(tuple(sorted(p, key=lambda c: order[c.id])) for p in parts if p),
        reason=found.reason,
    )


def disputing_pair(
    groups: Mapping[str, Sequence[tuple[Claim, Interval]]],
) -> tuple[tuple[str, Claim], tuple[str, Claim]] | None:
    """The first two groups, in the order of their keys, whose values cannot all hold
    together: each one's key and first claim; None when every two agree."""
    for (key_a, one), (key_b, two) in combinations(sorted(groups.items()), 2):
        if not all(i.meets(j) for _, i in one for _, j in two):
            return (key_a, one[0][0]), (key_b, two[0][0])
    return None


def claims_of(
    groups: Mapping[str, Sequence[tuple[Claim, Interval]]],
) -> tuple[tuple[Claim, ...], ...]:
    """Each group's claims, the groups in the order of their keys."""
    return tuple(tuple(c for c, _ in groups[k]) for k in sorted(groups))


# One group's key and first claim, as :func:`disputing_pair` names the two groups it finds.
Keyed = tuple[str, Claim]


def split_by(
    read: Sequence[tuple[Claim, Interval]],
    key: Callable[[Claim], str | None],
    reason: Callable[[Keyed, Keyed], str],
) -> Split | None:
    """The measure's figures grouped by what a key reads of each (one keyed None joins no
    group) and split as :func:`split_groups` splits groups. Most readings of figures of
    different quantities sharing a measure are one such key (a figure's kind, the thing
    it measures) and the words telling two keys' figures apart."""
    groups: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        named = key(claim)
        if named is not None:
            groups.setdefault(named, []).append((claim, found))
    return split_groups(groups, reason)


def split_groups(
    groups: Mapping[str, Sequence[tuple[Claim, Interval]]],
    reason: Callable[[Keyed, Keyed], str],
) -> Split | None:
    """The groups, in the order of their keys, as the parts of a split when two of them
    cannot all hold together (:func:`disputing_pair`), the reason worded from those two
    groups' keys and first claims; None when every two agree."""
    pair = disputing_pair(groups)
    if pair is None:
        return None
    return Split(parts=claims_of(groups), reason=reason(*pair))


WORD = re.compile(r"[A-Za-z][\w'-]*")
_NAMED_NUMBER = re.compile(r"[A-Za-z]-$")
_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+\b|\b[a-z]+\b", re.IGNORECASE)


def numbers_in(text: str, begin: int, end: int) -> list[tuple[int, int, float]]:
    """The whole numbers of a stretch of text, in digits or words, with their offsets; a
    number that is part of a name ("AK-47", "G-20") counts nothing and is left out."""
    out = []
    for found in _NUMBER.finditer(text, begin, end):
        word = found.group(0)
        if word[0].isdigit():
            if _NAMED_NUMBER.search(text, max(0, found.start() - 3), found.start()):
                continue
            out.append((found.start(), found.end(), float(word.replace(",", ""))))
        elif word.lower() in NUMBER_WORDS:
            read = read_word_number(text, found.start())
            if read is not None and read.end <= end:
                out.append((read.start, read.end, float(read.value)))
    return out


def word_after(text: str, end: int) -> int:
    """Where the word after a number ends (what the last number of a list counts)."""
    found = re.match(r"[ \t]+[^\W\d_][\w'-]*", text[end : end + 40])
    return end + found.end() if found else end


def closed_up(text: str, start: int, end: int) -> str:
    """The text between two offsets as it stands, its spaces closed up."""
    return " ".join(text[start:end].split())


def value_clusters(items: Sequence[tuple[Claim, Interval]]) -> list[tuple[Interval, list[Claim]]]:
    """Values that can hold together, merged (lowest first), with the claims giving them."""
    out: list[tuple[Interval, list[Claim]]] = []
    for claim, found in sorted(items, key=lambda x: (x[1].low, x[1].high, x[0].id)):
        if out and out[-1][0].meets(found):
            merged = hull((out[-1][0], found))
            assert merged is not None
            out[-1] = (merged, [*out[-1][1], claim])
        else:
            out.append((found, [claim]))
    return out


def parted(
    claims: Sequence[Claim],
    anchors: Sequence[Interval],
    documents: Mapping[str, Document] | None = None,
) -> tuple[tuple[Claim, ...], ...]:
    """The claims shared out to the anchor values they are nearest (a vague amount by the
    floor its words give: "several" near 4, "hundreds" near 355); parts left empty are
    dropped."""
    parts: list[list[Claim]] = [[] for _ in anchors]
    for claim in claims:
        found = reach_of(claim, documents)
        n = min(range(len(anchors)), key=lambda k: (log_distance(found, anchors[k]), k))
        parts[n].append(claim)
    return tuple(tuple(p) for p in parts if p)


def reach_of(claim: Claim, documents: Mapping[str, Document] | None = None) -> Interval:
    """The values a claim allows (``intervals.figure_range``), a vague amount read from the
    numbers its words give."""
    figure = claim.figure
    found = figure_range(claim, documents)
    if found is not None or figure is None:
        return found or Interval(0.0, math.inf)
    low = figure.low if figure.low is not None else 0.0
    return Interval(low, figure.high if figure.high is not None else low)


def log_distance(found: Interval, anchor: Interval) -> float:
    """How far apart two intervals lie, as the log of the ratio of their nearest bounds."""
    if found.meets(anchor):
        return 0.0
    low, high = sorted((found, anchor), key=lambda i: i.low)
    return math.log(max(high.low, 1e-9) / max(low.high, 1e-9))


def said_value(claim: Claim, documents: Mapping[str, Document] | None = None) -> str:
    """A claim's value as a reader would say it: a vague count in the report's own words
    ("hundreds", "dozens", ``intervals.vague_words``), never as a number it does not
    give; a number with the hedge its report gives it, the word before its text among them
    when its report is at hand ("just 100", ``intervals.told_words``)."""
    if claim.figure is None:
        return claim.text
    words = vague_words(claim.figure, claim.text)
    if words:
        return words.casefold()
    return describe_said(claim.figure, told_words(claim, documents))


def who_gives(claim: Claim, documents: Mapping[str, Document]) -> str:
    """Who gives a claim's figure and the figure, for an explanation: "police give 12"."""
    return f"{speaks(publisher(claim, documents), 'give')} {said_value(claim, documents)}"


# Words telling a count as it stands so far, expected to grow: "there was one arrest at
# this point", "the toll so far", "as of Monday night".
_SO_FAR = re.compile(
    r"\b(?:so\s+far|thus\s+far|at\s+this\s+(?:point|stage|hour|time)|as\s+of\s+(?:now|"
    r"this|\w+day|\d)|to\s+date|at\s+last\s+count|for\s+now|by\s+then|at\s+that\s+"
    r"(?:point|time|stage))\b",
    re.IGNORECASE,
)


def provisional(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether the figure's sentence tells its count as it stands so far (``_SO_FAR``)."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    # A sentence cut short by an abbreviation ("At this point (10:30 p.m.), ...") is read
    # from its line's words just before the figure too.
    line = doc.text.rfind("\n", 0, claim.start) + 1
    begin = min(begin, max(line, claim.start - 100))
    return _SO_FAR.search(doc.text, begin, end) is not None


def dated(day: str, otherwise: str) -> str:
    """ "on 2026-03-11", or the fallback words when the day is unknown."""
    return f"on {day}" if day else otherwise
