"""Records for names: a mention in a document, and the entity it refers to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "OTHER"]
ENTITY_TYPES: tuple[EntityType, ...] = (
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "NORP",
    "FAC",
    "EVENT",
    "OTHER",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A span of a document's text that names something.

    ``text`` always equals ``document.text[start:end]``; ``label`` is the type the
    proposer gave (a spaCy NER label, or a rule's label), before resolution.
    """

    doc: str
    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """One real-world thing, with every spelling it was seen under."""

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
