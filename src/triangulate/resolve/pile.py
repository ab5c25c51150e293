"""One entity id for one real-world thing across every story of a run or a database.

``resolve`` decides which mentions of *one story* name the same thing. ``PileEntities``
then links each story's entities to the entities of the stories seen before, so "Airbus"
in two stories is one entity with one id, named and typed once, with each story's own
mentions. A story's entity is linked when it shares a *link key* with an entity seen
before and their types are compatible; otherwise it starts a new pile entity under its
own id.

Link keys are stricter than the rules inside a story, because two stories share far less
context than two reports of one event:

- the spelling-blind key (``names.name_key``) of each of its spellings of at least two
  words ("Dow Jones Industrial Average", "Steve Jobs"), and of one-word spellings of
  anything but a person ("Airbus", "Raqqa"): a bare surname ("Jobs") is a different
  person in another story as often as not;
- its line of the acronym table (IS = ISIS = Daesh);
- an acronym ("SDF") only for an organisation or a place, keyed by its letters.

A person is keyed by full names only; nationalities link only with nationalities.
When a story's entity shares keys with several pile entities, the one sharing the most
keys wins (then the one seen first). Two entities of one story take the same pile entity
only when both reach it by a spelling of a name, never by an acronym: an earlier story
already found "Apple Computer" and "Apple" to be one company, where this story left them
apart for want of evidence, so they become one entity here too. Otherwise the one with
more mentions takes it and the other starts its own ("TVB" kept apart from the "Tarn
Valley Bank" stays apart). Lookups go through a dictionary of keys, so linking costs time
in proportion to the spellings, never to the number of entity pairs.

Ids stay stable across runs of a database: ``PileEntities`` is seeded with the entities
already stored (``from_known``), so a story analysed again, or a new story naming a
stored entity, gets the stored id.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from triangulate.model import Entity, EntityType
from triangulate.resolve import acronyms
from triangulate.resolve.cluster import _form
from triangulate.resolve.names import (
    acronym_letters,
    corporate_core,
    fold,
    is_acronym,
    name_key,
)
from triangulate.resolve.shapes import model_base
from triangulate.resolve.types import PLACES, compatible

# A key must hold at least this many consonant symbols to link stories ("Li" is too short,
# "Raqqa" is not).
MIN_CONSONANTS = 2


@dataclass(frozen=True, slots=True, kw_only=True)
class KnownEntity:
    """An entity already in the pile: its id, name, type and every spelling seen."""

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...]


def link_keys(name: str, kind: EntityType, aliases: Iterable[str]) -> frozenset[str]:
    """The keys an entity links across stories by (see the module docstring)."""
    keys: set[str] = set()
    person = kind == "PERSON"
    for surface in (name, *aliases):
        form = _form(surface, person=person)
        if not form:
            continue
        row = acronyms.table_row(form)
        if row is not None:
            keys.add(f"row:{row}")
        if is_acronym(form):
            if kind == "ORG" or kind in PLACES:
                keys.add(f"acronym:{acronym_letters(form)}")
            continue
        words = form.split()
        if person and len(words) < 2:
            continue
        key = name_key(form if person else corporate_core(form), person=person)
        if key.consonants >= MIN_CONSONANTS:
            keys.add(f"name:{'/'.join(key.digits)}:{key.joined}")
    return frozenset(keys)


class PileEntities:
    """The pile's entities so far, and the link keys that find them."""

    def __init__(self) -> None:
        self._known: dict[str, KnownEntity] = {}
        self._by_key: dict[str, list[str]] = {}
        self._order: dict[str, int] = {}
        self._spelled: dict[tuple[str, EntityType], frozenset[str]] = {}

    @classmethod
    def from_known(cls, known: Iterable[KnownEntity]) -> PileEntities:
        """A pile already holding ``known`` (entities stored by earlier runs)."""
        pile = cls()
        for entity in known:
            pile._add(entity)
        return pile

    def add_stored(self, known: Iterable[KnownEntity]) -> None:
        """File the entities a story already holds, as its linking left them (a story an
        earlier run of a database analysed, in its place among the pile's stories)."""
        for entity in known:
            self._add(entity)

    def holds(self, known: Iterable[KnownEntity]) -> bool:
        """Whether linking a story now would leave the entities it holds as they are: each
        takes the pile entity of its own id, under that entity's name and type, or, when
        the pile has no entity of its id, no pile entity at all.

        False when an earlier story now names or types a thing otherwise, or holds a thing
        one of them would link to: the story must then be analysed again.
        """
        for entity in known:
            keys = self._keys_of(entity.name, entity.type, entity.aliases)
            target = self._match(entity, keys, {})
            pile = self._known.get(entity.id)
            if pile is None:
                if target is not None:
                    return False
            elif target != entity.id or (pile.name, pile.type) != (entity.name, entity.type):
                return False
        return True

    def __len__(self) -> int:
        return len(self._known)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._known

    def _add(self, entity: KnownEntity, keys: frozenset[str] | None = None) -> None:
        """File an entity (or more spellings of one) under its keys (computed if not given)."""
        if entity.id in self._known:
            old = self._known[entity.id]
            new = set(entity.aliases) - set(old.aliases)
            if not new and keys is None:
                return
            entity = replace(old, aliases=tuple(sorted({*old.aliases, *new})))
            if keys is None:
                keys = self._keys_of(old.name, old.type, tuple(sorted(new)))
        else:
            self._order[entity.id] = len(self._order)
        self._known[entity.id] = entity
        if keys is None:
            keys = self._keys_of(entity.name, entity.type, entity.aliases)
        for key in keys:
            ids = self._by_key.setdefault(key, [])
            if entity.id not in ids:
                ids.append(entity.id)

    def link(self, entities: Sequence[Entity]) -> tuple[Entity, ...]:
        """One story's entities with pile-wide ids, names and types; order kept.

        Each entity keeps its own aliases and mentions (the story's). An entity that
        links to a pile entity takes its id, name and type; one that links to none keeps
        its id, name and type and joins the pile. Entities of the story that link to one
        pile entity (see the module docstring) become one, at the place of the first.
        """
        chosen: dict[int, str] = {}
        # Pile entities taken so far, and whether every taker reached it by a name.
        taken: dict[str, bool] = {}
        keys = [self._keys_of(e.name, e.type, e.aliases) for e in entities]
        ranked = sorted(range(len(entities)), key=lambda i: (-len(entities[i].mentions), i))
        for index in ranked:
            entity = entities[index]
            target = self._match(entity, keys[index], taken)
            if target is not None:
                chosen[index] = target
                by_name = self._by_name(keys[index], target)
                taken[target] = taken.get(target, True) and by_name
        out: list[Entity] = []
        placed: dict[str, int] = {}
        for index, entity in enumerate(entities):
            target = chosen.get(index)
            if target is None:
                own = entity if entity.id not in taken else _fresh_id(entity, taken)
                taken[own.id] = False
                self._add(_known(own), keys[index])
                out.append(own)
                continue
            pile = self._known[target]
            linked = replace(entity, id=pile.id, name=pile.name, type=pile.type)
            self._add(_known(linked))
            if target in placed:
                out[placed[target]] = _merged(out[placed[target]], linked)
                continue
            placed[target] = len(out)
            out.append(linked)
        return tuple(out)

    def _by_name(self, keys: frozenset[str], target: str) -> bool:
        """Whether an entity with ``keys`` reaches pile entity ``target`` by a name key."""
        return any(key.startswith("name:") and target in self._by_key.get(key, ()) for key in keys)

    def _keys_of(self, name: str, kind: EntityType, aliases: tuple[str, ...]) -> frozenset[str]:
        """``link_keys``, remembered per spelling for the life of the pile: the same names
        come back story after story, and a fixed-size cache would forget them in a large
        pile."""
        found = frozenset[str]()
        # A model ("iPhone 3GS") links by its model names, never by the product's bare
        # name that its reports also call it ("the iPhone").
        base = model_base(name)
        product = fold(base) if base is not None else None
        for surface in dict.fromkeys((name, *aliases)):
            if product is not None and fold(surface) == product:
                continue
            cached = self._spelled.get((surface, kind))
            if cached is None:
                cached = self._spelled[(surface, kind)] = link_keys(surface, kind, ())
            found |= cached
        return found

    def _match(
        self, entity: Entity | KnownEntity, keys: frozenset[str], taken: Mapping[str, bool]
    ) -> str | None:
        """The pile entity this story's entity names, if any (see the module docstring)."""
        shared: Counter[str] = Counter()
        for key in keys:
            for found in self._by_key.get(key, ()):
                shared[found] += 1
        best: tuple[int, int] | None = None
        target: str | None = None
        for found, count in shared.items():
            if found in taken and not (taken[found] and self._by_name(keys, found)):
                continue
            kind = self._known[found].type
            strict = "PERSON" in (kind, entity.type)
            if not compatible(kind, entity.type, strict=strict):
                continue
            rank = (-count, self._order[found])
            if best is None or rank < best:
                best, target = rank, found
        return target


def _known(entity: Entity) -> KnownEntity:
    return KnownEntity(id=entity.id, name=entity.name, type=entity.type, aliases=entity.aliases)


def _merged(first: Entity, second: Entity) -> Entity:
    """Two entities of one story found to be one pile entity: ``first`` with both's
    spellings and mentions."""
    spans = {(m.doc, m.start, m.end): m for m in (*first.mentions, *second.mentions)}
    return replace(
        first,
        aliases=tuple(sorted({*first.aliases, *second.aliases})),
        mentions=tuple(spans[key] for key in sorted(spans)),
    )


def _fresh_id(entity: Entity, taken: Mapping[str, bool]) -> Entity:
    """The entity under an id no other entity of its story holds (a suffix counts up)."""
    number = 2
    while f"{entity.id}-{number}" in taken:
        number += 1
    return replace(entity, id=f"{entity.id}-{number}")
