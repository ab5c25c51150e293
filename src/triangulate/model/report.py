"""The report: everything one analysis produced, as immutable records."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from triangulate.model.claim import Claim
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
    """One analysis. Later stages fill the sections that are still empty here.

    ``groups``, ``echoes``, ``timeline`` and ``summary`` hold plain JSON-ready
    mappings until their stages have records of their own.
    """

    created: str
    inputs: tuple[InputRecord, ...]
    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    stories: tuple[Story, ...]
    claims: tuple[Claim, ...] = ()
    groups: tuple[dict[str, Any], ...] = ()
    echoes: tuple[dict[str, Any], ...] = ()
    timeline: tuple[dict[str, Any], ...] = ()
    summary: tuple[dict[str, Any], ...] = ()
    format: str = FORMAT

    def document(self, doc_id: str) -> Document:
        """The document with this id."""
        for doc in self.documents:
            if doc.id == doc_id:
                return doc
        raise KeyError(doc_id)
