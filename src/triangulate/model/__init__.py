"""Immutable records shared by every stage."""

from triangulate.model.claim import (
    Assertion,
    Claim,
    ClaimKind,
    Figure,
    Hedge,
    Modality,
    Polarity,
    Speaker,
    When,
)
from triangulate.model.crosscheck import (
    VERDICTS,
    Citation,
    Echo,
    Group,
    SummarySentence,
    TimelineEntry,
    Verdict,
)
from triangulate.model.document import (
    Cut,
    DateBasis,
    DatePrecision,
    Document,
    InputRecord,
    InputStatus,
    Language,
    Published,
)
from triangulate.model.entity import ENTITY_TYPES, Entity, EntityType, Mention
from triangulate.model.report import FORMAT, Report, Story

__all__ = [
    "ENTITY_TYPES",
    "FORMAT",
    "VERDICTS",
    "Assertion",
    "Citation",
    "Claim",
    "ClaimKind",
    "Cut",
    "DateBasis",
    "DatePrecision",
    "Document",
    "Echo",
    "Entity",
    "EntityType",
    "Figure",
    "Group",
    "Hedge",
    "InputRecord",
    "InputStatus",
    "Language",
    "Mention",
    "Modality",
    "Polarity",
    "Published",
    "Report",
    "Speaker",
    "Story",
    "SummarySentence",
    "TimelineEntry",
    "Verdict",
    "When",
]
