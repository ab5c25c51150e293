"""Immutable records shared by every stage."""

from triangulate.model.document import (
    Cut,
    DateBasis,
    DatePrecision,
    Document,
    InputRecord,
    InputStatus,
    Published,
)
from triangulate.model.entity import ENTITY_TYPES, Entity, EntityType, Mention
from triangulate.model.report import FORMAT, Report, Story

__all__ = [
    "ENTITY_TYPES",
    "FORMAT",
    "Cut",
    "DateBasis",
    "DatePrecision",
    "Document",
    "Entity",
    "EntityType",
    "InputRecord",
    "InputStatus",
    "Mention",
    "Published",
    "Report",
    "Story",
]
