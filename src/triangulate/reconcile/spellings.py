"""One name spelt two ways across a story's reports.

Outlets misspell names: one writes "26 Somani brigands" where the others write "26 Somali
pirates", one "Duncan Raite" where the others write "Duncan Rait". Two figures whose
topics differ only by such a name are one quantity, so each misspelt name is read as the
spelling more of the pile's figures use (:func:`one_spelling`).

Two names are one name spelt two ways when they differ by one letter (one letter written
for another, one left out or one added) and are long enough that one letter does not
make another real name: a letter changed in a name of four letters or fewer is another
name as often as a slip ("Iran" and "Iraq", "Jon" and "Joan"), so the shorter of the two
must have at least ``_LEAST`` letters for a letter changed and ``_LEAST_SHORT`` for one
left out or added. Further:

* **Groups** (the names that say whose fighters, crew or pirates a count is): never when
  one report gives both forms as its figures' groups with no count given to both (it
  names two groups; one that writes "26 Somali pirates" and then "26 Somani brigands"
  slipped), nor when the rarer form resolves to a place of its own (a misspelt word the
  recogniser has never seen is tagged anything, most often a person).
* **People** (the person whose fall, weight or term a figure tells): two people of the
  pile with the same given name and surnames one letter apart ("Duncan Rait", "Duncan
  Raite"); a report may slip within itself, so one writing both forms is no guard here,
  but the given names must be one word and the surnames long enough. "Ada Vargas" is
  never "Tomas Varga".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from triangulate.model import Claim, Entity
from triangulate.reconcile.topics import Topic
from triangulate.resolve.names import at_most_one_edit

_LEAST = 5
"""The fewest letters the shorter of two names may have for one letter written for
another to be a slip ("Somani" for "Somali"), not another name ("Iraq" for "Iran")."""
_PLACES = frozenset({"GPE", "LOC", "FAC"})
"""Entity types of a name that is a place of its own: the rarer form of two names one
letter apart resolved as a place is another name, not a slip (a misspelt word the
recogniser has never seen it tags as anything, most often a person)."""
_LEAST_SHORT = 4
"""The fewest letters the shorter may have for a letter left out or added to be a slip
("Rait" for "Raite"), not another name ("Jon" for "Joan")."""


def one_letter_apart(a: str, b: str) -> bool:
    """Whether two names differ by one letter, long enough for that to be a slip (module
    docstring): "somani" and "somali", "rait" and "raite"; never "iran" and "iraq", "jon"
    and "joan", nor two names that are equal."""
    if a == b or not a.isalpha() or not b.isalpha():
        return False
    short = min(len(a), len(b))
    if short < (_LEAST if len(a) == len(b) else _LEAST_SHORT):
        return False
    return at_most_one_edit(a, b)


def one_spelling(
    claims: Sequence[Claim],
    topics: Mapping[str, Topic],
    entities: Mapping[str, Entity],
) -> dict[str, Topic]:
    """The topics, each group name and person named two ways (module docstring) read as
    the spelling more of the story's figures use (the first in order on a tie).

    Args:
        claims: The story's figure claims.
        topics: Their topics by claim id.
        entities: The story's resolved entities by id.
    """
    groups = _group_spellings(claims, topics, entities)
    people = _person_spellings(claims, topics, entities)
    out = dict(topics)
    if not groups and not people:
        return out
    for claim in claims:
        topic = topics.get(claim.id)
        if topic is None:
            continue
        changed = topic
        if topic.affiliation and groups:
            read = frozenset(groups.get(name, name) for name in topic.affiliation)
            if read != topic.affiliation:
                changed = replace(changed, affiliation=read)
        if topic.holder and topic.holder in people:
            changed = replace(changed, holder=people[topic.holder])
        if changed is not topic:
            out[claim.id] = changed
    return out


def _group_spellings(
    claims: Sequence[Claim],
    topics: Mapping[str, Topic],
    entities: Mapping[str, Entity],
) -> dict[str, str]:
    """Group name -> the spelling read for it, for names one letter apart."""
    used: dict[str, int] = {}
    # Each report's group names, with the values its figures give each.
    by_doc: dict[str, dict[str, set[tuple[float | None, float | None]]]] = {}
    for claim in claims:
        topic = topics.get(claim.id)
        value = (claim.figure.low, claim.figure.high) if claim.figure else (None, None)
        for name in topic.affiliation if topic is not None else ():
            used[name] = used.get(name, 0) + 1
            by_doc.setdefault(claim.doc, {}).setdefault(name, set()).add(value)
    names = sorted(used, key=lambda n: (-used[n], n))
    if len(names) < 2:
        return {}
    types: dict[str, set[str]] = {}
    for entity in entities.values():
        for form in (entity.name, *entity.aliases):
            types.setdefault(form.lower(), set()).add(entity.type)
    out: dict[str, str] = {}
    for n, name in enumerate(names):
        if name in out:
            continue
        for other in names[n + 1 :]:
            if other in out or not one_letter_apart(name, other):
                continue
            if types.get(other, set()) & _PLACES:
                continue  # a place of its own ("Omani" beside "Oman"'s people), not a slip
            if any(_two_groups(told, name, other) for told in by_doc.values()):
                continue
            out[other] = name
    return out


def _two_groups(
    told: Mapping[str, set[tuple[float | None, float | None]]], name: str, other: str
) -> bool:
    """Whether one report names two groups by the two forms: it gives both, and no count
    it gives one form it also gives the other (a report that writes "26 Somali pirates"
    and then "26 Somani brigands" slipped)."""
    return name in told and other in told and not told[name] & told[other]


def _person_spellings(
    claims: Sequence[Claim], topics: Mapping[str, Topic], entities: Mapping[str, Entity]
) -> dict[str, str]:
    """Holder (a person entity's id, or a name) -> the holder read for it, for two people
    with one given name and surnames one letter apart."""
    used: dict[str, int] = {}
    for claim in claims:
        topic = topics.get(claim.id)
        if topic is not None and topic.holder:
            used[topic.holder] = used.get(topic.holder, 0) + 1
    if len(used) < 2:
        return {}
    named: dict[str, str] = {}
    for holder in used:
        entity = entities.get(holder)
        if entity is not None and entity.type != "PERSON":
            continue
        named[holder] = entity.name if entity is not None else holder
    holders = sorted(named, key=lambda h: (-used[h], h))
    out: dict[str, str] = {}
    for n, holder in enumerate(holders):
        if holder in out:
            continue
        for other in holders[n + 1 :]:
            if other not in out and _one_person(named[holder], named[other]):
                out[other] = holder
    return out


def _one_person(a: str, b: str) -> bool:
    """Whether two full names are one person's spelt two ways: the same given name and
    surnames one letter apart ("Duncan Rait", "Duncan Raite")."""
    first, second = a.lower().split(), b.lower().split()
    if len(first) != 2 or len(second) != 2 or first[0] != second[0]:
        return False
    return one_letter_apart(first[1], second[1])
