"""The report: everything one analysis produced, as immutable records."""

from __future__ import annotations

from dataclasses import dataclass

from triangulate.model.claim import Claim
from triangulate.model.crosscheck import Echo, Group, SummarySentence, TimelineEntry
from triangulate.model.document import Document, InputRecord
from triangulate.model.entity import Entity

FORMAT = "triangulate/report@1"


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    """Documents about one real-world event."""

    id: str
    label: str
    docs: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """One analysis: every input, what was read, and what cross-checking found."""

    created: str
    inputs: tuple[InputRecord, ...]
    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    stories: tuple[Story, ...]
    claims: tuple[Claim, ...] = ()
    groups: tuple[Group, ...] = ()
    echoes: tuple[Echo, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    summary: tuple[SummarySentence, ...] = ()
    format: str = FORMAT

    def document(self, doc_id: str) -> Document:
        """The document with this id."""
        for doc in self.documents:
            if doc.id == doc_id:
                return doc
        raise KeyError(doc_id)
