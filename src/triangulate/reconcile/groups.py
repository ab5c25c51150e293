"""Grouping figures: claims that measure the same thing, and families of look-alikes.

1. Breakdown parts (``Figure.parts_of`` set) are left out: a part is not a counterpart.
2. **Measures**: figures whose topics are the *same* (:func:`~.topics.relation`) form one
   measure, by complete linkage: every pair in a measure is the same, so no chain of
   near-misses joins a two-week toll to a four-month one. Figures that are *nested* (a
   place inside another, below the story's scene; a cause one report names and the other
   leaves unsaid) are the same only when their values can both hold: a village's 16 may
   be a part of a city's 1,130, and "killed by airstrikes" a part of "killed" (never when
   the part is open: "at least 156 killed by airstrikes"). Figures
   *close* (the story's scene and a place holding it: "Athens" and "Greece" for a riot in
   Athens) are the same unless their values lie more than ``CLOSE`` times apart and more
   than ``CLOSE_FEW`` apart, so a count that rose or that sources dispute is compared
   ("no one hurt" in the town, "three hurt" in the province), and "1 in the town" is never
   set against "200 in the country". A count in a place above the count of a place holding
   it is no part of it ("100,000 marched in the city", "30,000 in the country"; people
   only, in a state said: tolls and crowds): the two
   are one quantity, whatever the factor. A report that gives the scene and the place
   holding it one count ("three killed on the island", "at least three in the country")
   says the whole toll is the scene's: there its scene's count is read at the level of
   the place holding it, whatever other reports later give that place.
   Two counts of people of whom nothing is said are never one measure by themselves
   (they agree by chance), but both join a measure that counts people in a said state
   when each fits it: two reports' "three workers" are the "three killed".
3. **Families**: measures whose members pairwise *look alike* (none *apart*) form a family;
   a family of two or more measures becomes a ``scope_differs`` group beside them. Sums
   of money form none: two sums of one currency that differ are two sums, unless their
   words name one purpose a holder gives one sum for (``purposes.tsv``: a fine, damages
   sought, cash on hand), whose holders the verdicts then read. Nor do times until an
   event ("12 seconds left" and "two minutes left" count down to other moments).

Both passes visit claims in a fixed order (report, then position), so the result does not
depend on the order the claims were given in.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from triangulate.claims.durations import TIME_LEFT
from triangulate.model import Claim, Figure
from triangulate.reconcile.ages import AGE_AT_DEATH
from triangulate.reconcile.intervals import Interval, interval_of, magnitude_of
from triangulate.reconcile.topics import (
    BLOCKS_AWAY,
    BODY_WEIGHT,
    DYING_OF,
    FALL,
    LINKED_STATES,
    PARENT_CHILDREN,
    PERSON_TIME,
    PERSONS,
    PRESENT,
    QUIET,
    SHARE,
    SHOT_HURT,
    TERMS,
    UNSAID,
    Relation,
    Topic,
    named_group,
    people_key,
    relation,
    unknowns,
)

CLOSE = 2.0
"""Values of the story's scene named at two levels within this factor are one quantity."""
CLOSE_FEW = 3.0
"""Values of the story's scene named at two levels this many or fewer apart are one
quantity whatever their factor: "no one was hurt" in the town and "three hurt" in the
province, "two" and "five", are one small toll in dispute, too few to leave out a part."""
MONEY_FLOOR_REACH = 10.0
"""A sum of money given as a floor ("more than $500,000", "at least $35 million") is, for
grouping, below this many times its floor: a report that knew a sum ten times its floor
would give that order. Two floors an order of magnitude apart are two sums, not one sum
whose bounds can both hold."""
STRAY_AGAINST = 3
"""How many of a measure's figures must agree on a value for a value one figure alone
gives to be a stray there (:func:`_strays`)."""
VAGUE_UNIT_FLOOR = 20.0
"""The least floor of a vague count that names a unit ("tens", "dozens", "hundreds"):
below it ("several", "a handful") the words bound nothing."""
# A figure as the grouping compares it: its topic and the values it allows.
_Reading = tuple[Topic, Interval | None]
# A measure's distinct readings: each topic with the distinct values given for it, and
# how many of the measure's figures give each.
_Readings = dict[Topic, dict[Interval | None, int]]


@dataclass(frozen=True, slots=True, kw_only=True)
class Family:
    """Measures that look alike; ``reasons`` says how they differ (empty for one measure)."""

    measures: tuple[tuple[Claim, ...], ...]
    reasons: tuple[str, ...]


def ordered(claims: Sequence[Claim]) -> list[Claim]:
    """Claims in the fixed order every pass uses."""
    return sorted(claims, key=lambda c: (c.doc, c.start, c.end, c.id))


def measures(claims: Sequence[Claim], topics: Mapping[str, Topic]) -> list[tuple[Claim, ...]]:
    """Figure claims grouped into measures (complete linkage on *same*).

    Args:
        claims: Figure claims (parts already left out).
        topics: Their topics by claim id.

    Returns:
        Measures, each in the fixed order.
    """
    clusters: list[list[Claim]] = []
    shot_dead = _none_hurt(topics.values())
    # Figures that are the same measure agree on these parts (see relation), so a figure
    # is only tried against the measures whose figures share its parts. Each measure keeps
    # its distinct readings (topic and values): a figure is tried against those, not
    # against every figure (a long report repeats a few topics many times).
    # The readings are kept by topic: whether two topics are the same is asked once per
    # topic, and values are compared only for topics naming one scene at two levels (so a
    # long report giving one topic many different values costs time in proportion to it).
    by_parts: dict[tuple[object, ...], list[tuple[list[Claim], _Readings]]] = {}
    relations = _Relations(shot_dead=shot_dead)
    topics = _one_level(claims, topics, relations)
    # Specific figures first, so that a figure of unknown place or window joins the
    # measure most figures share rather than whichever look-alike came first.
    # Of as many, a toll that names what its dead died of first: one that names none then
    # finds the tolls of each cause already told apart (see ``_one_cause``).
    for claim in sorted(
        ordered(claims), key=lambda c: (unknowns(topics[c.id]), topics[c.id].cause is None)
    ):
        topic = topics[claim.id]
        assert claim.figure is not None
        reading = (topic, _values(claim.figure, topic, claim.text))
        parts = _parts(topic)
        alike = by_parts.setdefault(parts, [])
        tried = _tried(by_parts, parts, shot_dead=shot_dead)
        if named_group(topic):
            # "26 Somali crew" may be a measure of "26 Somali pirates" (see relation).
            tried = tried + [
                m
                for key, found in by_parts.items()
                if key[:2] == parts[:2] and key[2] != parts[2] and key[3] == parts[3]
                for m in found
            ]
        fits = [(cluster, kinds) for cluster, kinds in tried if _joins(reading, kinds, relations)]
        if topic.state in QUIET and len(_states(fits)) > 1:
            # "Three people" of whom nothing is said, beside three killed and three injured:
            # the count its own report gives a state, or, when none or both, anyone's guess.
            fits = [fit for fit in fits if any(c.doc == claim.doc for c in fit[0])]
            fits = fits if len(_states(fits)) == 1 else []
        fits = _one_cause(fits, reading)
        if fits:
            cluster, kinds = max(fits, key=lambda fit: (_holds(fit[1], reading), len(fit[0])))
            cluster.append(claim)
            told = kinds.setdefault(topic, {})
            told[reading[1]] = told.get(reading[1], 0) + 1
        else:
            clusters.append([claim])
            alike.append((clusters[-1], {topic: {reading[1]: 1}}))
    return [tuple(ordered(c)) for c in clusters]


def _holds(kinds: _Readings, reading: _Reading) -> tuple[bool, bool]:
    """Whether a measure of one person's quantity (a fall, a weight, a prison term) names
    the figure's person, and whether it gives the figure's value: "Brandt fell 600m" is
    Brandt's fall, and "a climber fell about 600m", naming no one, the fall of the climber
    whose fall is told as 600m, not of the one whose fall more reports tell."""
    topic, value = reading
    if topic.population not in _ONE_PERSONS:
        return False, False
    named = topic.holder is not None and any(t.holder == topic.holder for t in kinds)
    told = value is not None and any(
        given is not None and given.meets(value) for values in kinds.values() for given in values
    )
    return named, told


_ONE_PERSONS = frozenset({FALL, BODY_WEIGHT, *TERMS})
"""Quantities of one person's: two people's are two (:func:`~.topics.relation`)."""


def _one_level(
    claims: Sequence[Claim], topics: Mapping[str, Topic], relations: _Relations
) -> Mapping[str, Topic]:
    """Topics with a count a report gives for the story's scene read at the level of the
    place holding it when the same report gives that place the same count ("three killed
    on the island", "at least three killed in the country"): the report says the whole
    toll is the scene's, so the two levels are one quantity in it (module docstring)."""
    by_doc: dict[str, list[tuple[Claim, Topic, Interval | None]]] = {}
    for claim in ordered(claims):
        assert claim.figure is not None
        topic = topics[claim.id]
        values = _values(claim.figure, topic, claim.text)
        by_doc.setdefault(claim.doc, []).append((claim, topic, values))
    out = dict(topics)
    for found in by_doc.values():
        for claim, topic, values in found:
            if topic.kind != "count" or topic.population not in PERSONS or values is None:
                continue
            if topic.place is None or topic.state in {"other", *QUIET}:
                continue
            for other, outer, given in found:
                if other is claim or given is None or outer.place not in topic.holders:
                    continue
                if relations(topic, outer)[0] == "close" and values.meets(given):
                    out[claim.id] = outer
                    break
    return out


def _one_cause(
    fits: list[tuple[list[Claim], _Readings]], reading: _Reading
) -> list[tuple[list[Claim], _Readings]]:
    """The measures a toll naming no cause may join, when they hold tolls of two causes of
    death (a flood's, and a disease's in its relief camps after it: ``DYING_OF``): those
    whose values its value meets, and none when those still hold two causes; either toll
    may be the one it tells."""
    topic, value = reading
    if topic.cause is not None or len(_causes(fits)) < 2:
        return fits
    met = [
        fit
        for fit in fits
        if value is not None
        and any(
            given is not None and given.meets(value) for told in fit[1].values() for given in told
        )
    ]
    return met if len(_causes(met)) < 2 else []


def _causes(fits: Sequence[tuple[list[Claim], _Readings]]) -> set[str]:
    """The causes of death (``DYING_OF``) the tolls of these measures name."""
    return {t.cause for _, kinds in fits for t in kinds if t.cause in DYING_OF}


def _states(fits: Sequence[tuple[list[Claim], _Readings]]) -> set[frozenset[str]]:
    """The states measures are said in, people of whom nothing is said aside: one set per
    measure, as one measure may hold a count and another that may be all of it (those
    wounded and those in hospital)."""
    found = {frozenset({t.state for t in kinds} - QUIET) for _, kinds in fits}
    return found - {frozenset()}


def _none_hurt(topics: Iterable[Topic]) -> bool:
    """Whether no figure of the story counts people hurt or in hospital: then those shot or
    struck ("five people were shot") are those killed, when both counts are exact and agree
    ("five people were killed")."""
    return not any(t.state in _HURT and t.population in PERSONS for t in topics)


_HURT = frozenset({"injured", "hospitalised"})
_SHOT_DEAD = {"casualties": frozenset({"killed"}), "killed": frozenset({"casualties"})}
"""States one count of people may be in when no report says anyone was hurt."""


def _tried(
    by_parts: Mapping[tuple[object, ...], list[tuple[list[Claim], _Readings]]],
    parts: tuple[object, ...],
    *,
    shot_dead: bool = False,
) -> list[tuple[list[Claim], _Readings]]:
    """The measures a figure is tried against: those sharing its parts, and for people of
    whom nothing is said, those of any state (and the other way round); for a state that
    may count all of another's (``LINKED_STATES``: those in hospital, the wounded; those
    shot and those killed when no report says anyone was hurt; those shot and those
    wounded, ``SHOT_HURT``), those of that state too."""
    if parts[-1] is None:
        return by_parts.get(parts, [])
    if parts[-1] in QUIET:
        return [m for key, found in by_parts.items() if key[:-1] == parts[:-1] for m in found]
    state = str(parts[-1])
    linked = sorted(
        {
            *LINKED_STATES.get(state, ()),
            *(_SHOT_DEAD.get(state, ()) if shot_dead else ()),
            *(s for s in SHOT_HURT if state in SHOT_HURT and s != state),
        }
    )
    return [
        m
        for state in (parts[-1], UNSAID, PRESENT, *linked)
        for m in by_parts.get((*parts[:-1], state), [])
    ]


def _values(figure: Figure, topic: Topic, text: str = "") -> Interval | None:
    """The values a figure allows, for grouping: a sum of money given exactly is that sum
    (one sum is repeated as written; "$143 billion" and "$144 billion" are two
    conversions, not one rounded sum), and one given as a floor reaches an order of
    magnitude above it (``MONEY_FLOOR_REACH``), as a length of time given as a floor does;
    a vague count, the order of magnitude its words (``text``, the claim's span) fix
    (``intervals.MAGNITUDES``: "hundreds" is 200 to 1,000), else :func:`_vague_values`."""
    if topic.kind == "money" and figure.hedge == "exact" and figure.low is not None:
        high = figure.high if figure.high is not None else figure.low
        return Interval(float(figure.low), float(high))
    if topic.kind == "money" and figure.hedge == "at_least" and figure.low is not None:
        return Interval(float(figure.low), MONEY_FLOOR_REACH * float(figure.low))
    if (figure.vague or figure.hedge == "vague") and figure.high is None:
        order = magnitude_of(figure, text) if figure.kind == "count" else None
        return order if order is not None else _vague_values(figure)
    told = interval_of(figure)
    if topic.kind == "duration" and told is not None and told.high == math.inf and told.low > 0:
        # "More than four hours" is never said of 15 years: a length given as a floor
        # reaches an order of magnitude above it, as a sum of money does.
        return Interval(told.low, MONEY_FLOOR_REACH * told.low)
    return told


def _vague_values(figure: Figure) -> Interval | None:
    """The values a vague count of a unit allows when its words are none of the table's
    (``intervals.MAGNITUDES``, read first by :func:`_values`): from its floor (two of the
    unit) to below ten of the unit ("hundreds" is 200 to 999, "dozens" 24 to 119,
    "thousands" 2,000 to 9,999: a thousand or more would be "thousands"). Words of no
    unit ("several", "a handful") allow no interval."""
    if figure.kind != "count" or figure.low is None or figure.low < VAGUE_UNIT_FLOOR:
        return None
    return Interval(float(figure.low), 5.0 * float(figure.low) - 1.0)


def _joins(reading: _Reading, kinds: _Readings, relations: _Relations) -> bool:
    """Whether a figure is one measure with every figure of a measure (complete linkage).

    Two counts of people of whom nothing is said are apart, as they agree by chance; but
    when the measure counts those people in a said state ("three were killed") and both
    fit it, each report's "three people" is those three: they are read in that state."""
    said = [t for t in kinds if t.state not in QUIET]
    strays = _strays(kinds, reading)
    for other, values in kinds.items():
        if _same(reading, other, values, relations, strays):
            continue
        if not said or not reading[0].state == other.state == UNSAID or _single(reading):
            return False
        state = said[0].state
        as_said = (replace(reading[0], state=state), reading[1])
        if not _same(as_said, replace(other, state=state), values, relations, strays):
            return False
    return True


def _strays(kinds: _Readings, reading: _Reading) -> frozenset[Interval | None]:
    """For a count of people of whom nothing is said ("the three coworkers"), the values
    one figure alone gives in a measure most of whose figures agree on one other value
    (at least ``STRAY_AGAINST``, more than any other) that meets the count's: strays ("the
    other three", read as a count of its own, among "three victims" told by every other
    report), which keep out no count that fits the rest. Empty otherwise."""
    topic, value = reading
    if topic.state not in QUIET or value is None:
        return frozenset()
    tally: dict[Interval | None, int] = {}
    for values in kinds.values():
        for told, count in values.items():
            tally[told] = tally.get(told, 0) + count
    if len(tally) < 2:
        return frozenset()
    ranked = sorted(tally.values(), reverse=True)
    most = max(tally, key=lambda v: tally[v])
    if ranked[0] < STRAY_AGAINST or ranked[0] == ranked[1] or most is None:
        return frozenset()
    if not most.meets(value):
        return frozenset()
    return frozenset(v for v, count in tally.items() if count == 1 and v is not None)


def _same(
    a: _Reading,
    topic: Topic,
    values: Mapping[Interval | None, int],
    relations: _Relations,
    strays: frozenset[Interval | None] = frozenset(),
) -> bool:
    """Whether a figure is one measure with every figure of ``topic`` that gave ``values``
    (module docstring, step 2), the measure's stray values aside (:func:`_strays`)."""
    kind = relations(a[0], topic)[0]
    if kind == "same":
        return True
    if kind not in {"close", "nested"}:
        return False
    return all(_fit(kind, a, (topic, b)) for b in values if b not in strays)


def _fit(kind: Relation, a: _Reading, b: _Reading) -> bool:
    """Whether the values of two figures whose topics are *close* or *nested* make them one
    measure."""
    first, second = a[1], b[1]
    if _part_exceeds_whole(a, b) or _part_exceeds_whole(b, a):
        # A place's count above the count of a place that holds it is no part of it: the
        # two are one quantity, given at two levels and in dispute (or updated).
        return True
    if kind == "close":
        # The story's scene named at two levels: one quantity, unless the values lie so far
        # apart that one may count a part ("1 in the town" against "200 in the country").
        if first is None or second is None or first.meets(second):
            return True
        low, high = sorted((first, second), key=lambda i: (i.high, i.low))
        return high.low <= max(CLOSE * max(low.high, 0.0), low.high + CLOSE_FEW)
    if first is None and second is None and a[0].population == b[0].population == BLOCKS_AWAY:
        return True  # "a few blocks away", "several blocks away": told alike, both vague
    # A part is the whole only when both values can hold together.
    if first is None or second is None or not first.meets(second):
        return False
    if a[0].population == b[0].population == TIME_LEFT:
        # two times until an event are one only when both are bounded: "less than a week
        # left" and "more than four hours left" meet, yet tell nothing of one time
        return all(v.low > 0 and v.high != math.inf for v in (first, second))
    if a[0].state == b[0].state == PRESENT:
        return True  # how many were there, in values that agree
    if {a[0].state, b[0].state} & QUIET:
        # People of whom nothing is said are those of another count only when their value
        # is bounded ("as many as 20 people" fits any toll below 20) and meets the number
        # the other gives ("three children" are "at least three" killed, "1,000 people" not
        # "more than 200" arrested). So are those told only as there.
        unsaid, said = (first, second) if a[0].state in QUIET else (second, first)
        if {a[0].state, b[0].state} <= QUIET or unsaid.low <= 0 or unsaid.high == math.inf:
            return False
        told = Interval(said.low, said.low) if said.high == math.inf else said
        if said.low <= 0:
            told = Interval(said.high, said.high)
        return unsaid.meets(told)
    if {a[0].state, b[0].state} in ({"casualties", "killed"}, set(SHOT_HURT)):
        # Those shot are those killed (no report says anyone was hurt), or those wounded
        # (when the report of the shooting tells no death among them), only when both
        # counts are exact and the same.
        if {a[0].state, b[0].state} == set(SHOT_HURT) and (a[0].some_died or b[0].some_died):
            return False
        return first.low == first.high == second.low == second.high
    # The count one cause qualifies is the part: an open value of it ("at least 156
    # killed by airstrikes") says nothing of its being all the killed.
    # What the dead died of ("killed by the quake") names no part of them.
    cause_a, cause_b = (t.cause if t.cause not in DYING_OF else None for t in (a[0], b[0]))
    part = first if cause_a and not cause_b else second if cause_b else None
    return part is None or part.high != math.inf


def _part_exceeds_whole(inner: _Reading, outer: _Reading) -> bool:
    """Whether the first figure counts in a place inside the second's and its value is
    surely larger (its lowest above the other's highest)."""
    topic = inner[0]
    if topic.kind != "count" or topic.population not in PERSONS or topic.state in {"other", *QUIET}:
        return False  # only what befell people adds up over places (not shares or sizes)
    if topic.place is None or outer[0].state in QUIET:
        return False
    if outer[0].place not in inner[0].holders:
        return False
    if inner[1] is None or outer[1] is None:
        return False
    return inner[1].low > outer[1].high


class _Relations:
    """``relation`` remembered for each pair of topics it was asked about; with
    ``shot_dead``, a count of those shot and one of those killed are one count when their
    values agree (:func:`_none_hurt`)."""

    def __init__(self, *, shot_dead: bool = False) -> None:
        self._known: dict[tuple[Topic, Topic], tuple[Relation, str]] = {}
        self._shot_dead = shot_dead

    def __call__(self, a: Topic, b: Topic) -> tuple[Relation, str]:
        got = self._known.get((a, b))
        if got is None:
            got = self._known[a, b] = self._relation(a, b)
        return got

    def _relation(self, a: Topic, b: Topic) -> tuple[Relation, str]:
        if not (self._shot_dead and {a.state, b.state} == {"casualties", "killed"}):
            return relation(a, b)
        kind, why = relation(a, replace(b, state=a.state))
        if kind not in {"same", "close", "nested"}:
            return relation(a, b)
        told = "those shot are those killed when no report says anyone was hurt"
        return "nested", "; ".join(w for w in (why, told) if w)


def _parts(topic: Topic) -> tuple[object, ...]:
    """The parts of a topic that must be equal for two figures to be the same measure."""
    state = topic.state if topic.population in PERSONS else None
    return (topic.unit, topic.kind, people_key(topic.population), topic.rate, state)


def families(found: Sequence[tuple[Claim, ...]], topics: Mapping[str, Topic]) -> list[Family]:
    """Measures joined into families of look-alikes (complete linkage on not *apart*).

    Args:
        found: Measures from :func:`measures`.
        topics: Topics by claim id.

    Returns:
        Families; a family of one measure has no reasons.
    """
    joined: list[list[int]] = []
    relations = _Relations()
    # Each measure's distinct topics, in order: the same topic twice says nothing new.
    kinds = [list(dict.fromkeys(topics[c.id] for c in m)) for m in found]
    # Measures of different units, kinds or populations are apart (see relation), unless
    # one counts "casualties" of no named side: a measure is only tried against the
    # families of its own bucket and those holding casualties of its unit and kind.
    buckets: dict[tuple[object, ...], list[int]] = {}
    for k in sorted(range(len(found)), key=lambda k: _largest_first(found[k])):
        head = kinds[k][0]
        unit = (head.unit, head.kind)
        if head.population == AGE_AT_DEATH:
            # Ages at death that are not one person's are two people's (:mod:`.ages`).
            joined.append([k])
            continue
        if (
            head.kind == "money"
            or head.population.startswith(SHARE)
            or head.population in {PERSON_TIME, PARENT_CHILDREN, TIME_LEFT}
        ):
            # Sums of one currency whose values differ are different sums, not look-alikes
            # of one quantity: what a sum pays for is too loosely read to say more; so are
            # two shares of people of whom nothing else is said, two lengths of time
            # someone did something, two parents' children, and two times until an event
            # (until other events).
            joined.append([k])
            continue
        if head.population == "casualty":
            tried = sorted({n for key, ns in buckets.items() if key[:2] == unit for n in ns})
        else:
            tried = sorted(
                {*buckets.get((*unit, head.population), ()), *buckets.get((*unit, "casualty"), ())}
            )
        for n in tried:
            family = joined[n]
            if all(
                relations(a, b)[0] != "apart" and (a.state in QUIET) == (b.state in QUIET)
                for other in family
                for a in kinds[k]
                for b in kinds[other]
            ):
                family.append(k)
                buckets.setdefault((*unit, head.population), []).append(n)
                break
        else:
            joined.append([k])
            buckets.setdefault((*unit, head.population), []).append(len(joined) - 1)
    out = []
    for family in joined:
        reasons: list[str] = []
        for n, first in enumerate(family):
            for second in family[n + 1 :]:
                for a in kinds[first]:
                    for b in kinds[second]:
                        kind, why = relations(a, b)
                        for part in why.split("; ") if kind not in {"same", "apart"} else ():
                            if part not in reasons:
                                reasons.append(part)
        out.append(Family(measures=tuple(found[k] for k in family), reasons=tuple(reasons)))
    return out


def _largest_first(measure: tuple[Claim, ...]) -> tuple[int, str, int, str]:
    """The order families are built in: larger measures first, then by first claim."""
    return -len(measure), measure[0].doc, measure[0].start, measure[0].id


def _single(reading: _Reading) -> bool:
    """Whether a figure counts one (or fewer): "one person" in two reports agree by chance
    more often than any other count."""
    return reading[1] is None or reading[1].high <= 1
