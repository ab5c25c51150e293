"""One count named by two nouns: the same distinctive number in two reports of a story.

Reports name what they count in their own words: "26 pirates" in one, "26 crew" or
"26 Somalis" in another; "three boats" and "3 pirate ships"; "a nine-acre site" and "a
9-acre city block"; a bare "26" whose sentence names no noun at all. The topic of a figure
keys on its counted noun (:func:`~.topics.topic_of`), so such counts land in two measures.

The rule: two figures of two different reports of one story that give the same value, a
value of ten or more (``DISTINCT_FLOOR``) stated as a number and not a vague word, of one
kind and unit, whose topics differ in the counted noun only (once the noun is the same,
:func:`~.topics.relation` calls them the same, or the same when the values agree), count
one thing: a number of ten or more seldom repeats by chance inside one story, while small
numbers do ("two boats", "two officers"). Then the figure is read with the other's noun.
The noun kept is a class of people when one of them is (it says more: a people count
whose report says nothing of what befell them is *unsaid*, never a thing's "other"), then
a class the topic rules read ("shots fired"), else the noun most figures of that value
use. A figure read as a class of people or by such a rule ("times hit by gunfire", "a
prison term") keeps it: those rules tell counts apart on purpose ("11 shots" fired, hit
"11 times"); and only a number whose words name nothing is read as such a class ("the
talks lasted 25 years" is no "25-year sentence").

Never when one report gives that value to both nouns ("12 homes and 12 cars"): that report
tells the two counts apart; nor when another figure of either noun, of the same topic,
gives a value that cannot hold with it: a number shared by two nouns says they are one
count only when nothing under either noun disputes it (a count in dispute under its own
noun shows that dispute; reading it with the other noun would only make a new one).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from triangulate.model import Claim
from triangulate.reconcile.intervals import interval_of
from triangulate.reconcile.topics import (
    BLOCKS_AWAY,
    BODY_WEIGHT,
    FALL,
    HITS,
    LOADED,
    MARGIN_OF_ERROR,
    PARENT_CHILDREN,
    PERSON_TIME,
    PERSONS,
    UNSAID,
    Topic,
    relation,
)

DISTINCT_FLOOR = 10.0
"""The least value two reports repeat only when they count one thing."""
_NOT_NAMED = frozenset({"tally", "score", "money"})
"""Kinds whose figures are never read by their noun (a vote's sides, a game's points, a
sum of money)."""
_JOINED = frozenset({"same", "close", "nested"})
_READ = frozenset(
    {
        *PERSONS,
        BLOCKS_AWAY,
        BODY_WEIGHT,
        FALL,
        HITS,
        LOADED,
        MARGIN_OF_ERROR,
        PARENT_CHILDREN,
        PERSON_TIME,
        "deliberation",
        "distance",
        "fire engine",
        "length of the chase",
        "possible prison term",
        "prison term",
        "shaking",
        "shots fired",
        "speed limit",
        "speed of the vehicle",
        "unrest",
        "quake",
        "aftershock",
    }
)
"""Populations :func:`~.topics.topic_of` reads by rules of their own (classes of people,
hits and shots fired, a prison term, a fall): they tell counts apart on purpose, so a
figure read as one of them is never read with another noun."""
_READ_PREFIXES = ("charges of ", "attempted ", "distance ", "field mark", "share of ")


def one_noun(claims: Sequence[Claim], topics: Mapping[str, Topic]) -> dict[str, Topic]:
    """The topics, a figure named by another noun than another report's figure of the same
    distinctive value read with that report's noun (module docstring).

    Args:
        claims: The story's figure claims.
        topics: Their topics by claim id.

    Returns:
        The topics, some with another population (and state).
    """
    by_value: dict[tuple[object, ...], list[Claim]] = {}
    for claim in claims:
        topic = topics.get(claim.id)
        figure = claim.figure
        if topic is None or figure is None or not _distinct(claim):
            continue
        by_value.setdefault((topic.kind, topic.unit, figure.low, figure.high), []).append(claim)
    by_noun: dict[str, list[Claim]] = {}
    for claim in claims:
        topic = topics.get(claim.id)
        if topic is not None and claim.figure is not None:
            by_noun.setdefault(topic.population, []).append(claim)
    out = dict(topics)
    for found in by_value.values():
        nouns = {topics[c.id].population for c in found}
        if len(nouns) < 2 or len({c.doc for c in found}) < 2:
            continue
        kept = _kept_noun(found, topics)
        told_apart = {c.doc for c in found if topics[c.id].population == kept} & {
            c.doc for c in found if topics[c.id].population != kept
        }
        anchors = [c for c in found if topics[c.id].population == kept]
        for claim in found:
            topic = topics[claim.id]
            if topic.population == kept or claim.doc in told_apart or _read(topic.population):
                continue
            if _read(kept) and kept not in PERSONS and not _unnamed(topic.population):
                # "The talks lasted 25 years" is no "25-year sentence": a noun of its own
                # names something else than what a rule of its own reads.
                continue
            renamed = _renamed(topic, kept)
            if _disputed(claim, topic, by_noun[topic.population], topics) or _disputed(
                claim, renamed, by_noun[kept], topics
            ):
                continue
            if any(
                other.doc != claim.doc and relation(topics[other.id], renamed)[0] in _JOINED
                for other in anchors
            ):
                out[claim.id] = renamed
    return out


def _disputed(
    claim: Claim, topic: Topic, named: Sequence[Claim], topics: Mapping[str, Topic]
) -> bool:
    """Whether another figure read with the topic's noun, of a topic one with it, gives a
    value that cannot hold with the figure's: a count its own noun's reports dispute
    ("seven hits", "11 hits") is that dispute's, not another count's that shares its
    number; and a count the other noun's reports dispute is no count the shared number
    tells of."""
    told = interval_of(claim.figure) if claim.figure is not None else None
    for other in named:
        if other.id == claim.id or other.figure is None:
            continue
        if relation(topic, topics[other.id])[0] not in _JOINED:
            continue
        given = interval_of(other.figure)
        if told is not None and given is not None and not told.meets(given):
            return True
    return False


def _distinct(claim: Claim) -> bool:
    """Whether a figure gives a value of ten or more as a number (not a vague word), of a
    kind read by its noun."""
    figure = claim.figure
    assert figure is not None
    if figure.kind in _NOT_NAMED or figure.vague or figure.hedge == "vague":
        return False
    return figure.low is not None and figure.low >= DISTINCT_FLOOR


def _kept_noun(found: Sequence[Claim], topics: Mapping[str, Topic]) -> str:
    """The noun the figures of one value are read with: a class of people first, then the
    noun most of them use, then the first in alphabetical order."""
    counts = Counter(topics[c.id].population for c in found)
    return min(counts, key=lambda noun: (noun not in PERSONS, not _read(noun), -counts[noun], noun))


def _unnamed(noun: str) -> bool:
    """Whether a population is a measure of its own: a number whose words name nothing it
    counts, keyed by its sentence (:func:`~.topics.topic_of`)."""
    return noun == "unknown" or "(" in noun


def _read(noun: str) -> bool:
    """Whether a population is one :func:`~.topics.topic_of` reads by a rule of its own."""
    return noun in _READ or noun.startswith(_READ_PREFIXES)


def _renamed(topic: Topic, noun: str) -> Topic:
    """The topic read with another noun: people of whom nothing is said are *unsaid*."""
    state = topic.state
    if noun in PERSONS and topic.population not in PERSONS and state == "other":
        state = UNSAID
    return replace(topic, population=noun, state=state)
