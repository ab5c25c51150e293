"""Grouping figures: claims that measure the same thing, and families of look-alikes.

1. Breakdown parts (``Figure.parts_of`` set) are left out: a part is not a counterpart.
2. **Measures**: figures whose topics are the *same* (:func:`~.topics.relation`) form one
   measure, by complete linkage: every pair in a measure is the same, so no chain of
   near-misses joins a two-week toll to a four-month one.
3. **Families**: measures whose members pairwise *look alike* (none *apart*) form a family;
   a family of two or more measures becomes a ``scope_differs`` group beside them.

Both passes visit claims in a fixed order (report, then position), so the result does not
depend on the order the claims were given in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from triangulate.model import Claim
from triangulate.reconcile.intervals import interval_of
from triangulate.reconcile.topics import PERSONS, Topic, relation, unknowns


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
    # Figures that are the same measure agree on these parts (see relation), so a figure
    # is only tried against the measures whose figures share its parts.
    by_parts: dict[tuple[object, ...], list[list[Claim]]] = {}
    # Specific figures first, so that a figure of unknown place or window joins the
    # measure most figures share rather than whichever look-alike came first.
    for claim in sorted(ordered(claims), key=lambda c: unknowns(topics[c.id])):
        topic = topics[claim.id]
        alike = by_parts.setdefault(_parts(topic), [])
        fits = [cluster for cluster in alike if all(_same(claim, c, topics) for c in cluster)]
        if fits:
            max(fits, key=len).append(claim)
        else:
            clusters.append([claim])
            alike.append(clusters[-1])
    return [tuple(ordered(c)) for c in clusters]


def _same(a: Claim, b: Claim, topics: Mapping[str, Topic]) -> bool:
    """Whether two figures are one measure: the same topic, or one scene named at two levels
    whose values can both hold (a toll "in Qeshm" and the same toll "in Iran")."""
    kind = relation(topics[a.id], topics[b.id])[0]
    if kind != "nested":
        return kind == "same"
    assert a.figure is not None and b.figure is not None
    first, second = interval_of(a.figure), interval_of(b.figure)
    return first is not None and second is not None and first.meets(second)


def _parts(topic: Topic) -> tuple[object, ...]:
    """The parts of a topic that must be equal for two figures to be the same measure."""
    state = topic.state if topic.population in PERSONS else None
    return (topic.unit, topic.kind, topic.population, topic.rate, state, topic.cause)


def families(found: Sequence[tuple[Claim, ...]], topics: Mapping[str, Topic]) -> list[Family]:
    """Measures joined into families of look-alikes (complete linkage on not *apart*).

    Args:
        found: Measures from :func:`measures`.
        topics: Topics by claim id.

    Returns:
        Families; a family of one measure has no reasons.
    """
    joined: list[list[tuple[Claim, ...]]] = []
    for measure in sorted(found, key=lambda m: (-len(m), m[0].doc, m[0].start, m[0].id)):
        for family in joined:
            if all(
                relation(topics[a.id], topics[b.id])[0] != "apart"
                for other in family
                for a in measure
                for b in other
            ):
                family.append(measure)
                break
        else:
            joined.append([measure])
    out = []
    for family in joined:
        reasons: list[str] = []
        for n, first in enumerate(family):
            for second in family[n + 1 :]:
                for a in first:
                    for b in second:
                        kind, why = relation(topics[a.id], topics[b.id])
                        for part in why.split("; ") if kind == "alike" else ():
                            if part not in reasons:
                                reasons.append(part)
        out.append(Family(measures=tuple(family), reasons=tuple(reasons)))
    return out
