"""Look-ups shared by the HTML pages and the JSON API: a record and the report around it.

Each returns what a page needs or raises ``WebError`` 404 naming the unknown id.
"""

from __future__ import annotations

from dataclasses import dataclass

from triangulate.errors import StoreError
from triangulate.model import Document, Entity, Report
from triangulate.store import Store
from triangulate.web import queries
from triangulate.web.errors import not_found

MAX_ID = 200
"""Ids longer than this are refused before any query (stored ids are short)."""


def _check_id(what: str, ident: str) -> None:
    if not ident or len(ident) > MAX_ID:
        raise not_found(what, ident[:MAX_ID])


def story_report(store: Store, story_id: str) -> Report:
    """The report of one story.

    Raises:
        WebError: 404, no such story.
    """
    _check_id("story", story_id)
    try:
        return store.load_report(story_id)
    except StoreError:
        raise not_found("story", story_id) from None


def claim_report(store: Store, claim_id: str) -> Report:
    """The report of the story a claim belongs to (the claim is in it).

    Raises:
        WebError: 404, no such claim.
    """
    _check_id("claim", claim_id)
    story = queries.story_of_claim(store, claim_id)
    if story is None:
        raise not_found("claim", claim_id)
    report = story_report(store, story)
    if not any(c.id == claim_id for c in report.claims):
        raise not_found("claim", claim_id)  # re-analysed away between the two reads
    return report


@dataclass(frozen=True, slots=True, kw_only=True)
class EntityView:
    """An entity as stored with one story, that story's report, and every story naming it."""

    entity: Entity
    report: Report
    stories: tuple[tuple[str, str], ...]


def entity_view(store: Store, entity_id: str, story_id: str | None = None) -> EntityView:
    """An entity in the context of ``story_id`` (or the first story naming it).

    Raises:
        WebError: 404, no such entity (or it is not named in that story).
    """
    _check_id("entity", entity_id)
    stories = tuple(queries.stories_of_entity(store, entity_id))
    if not stories:
        raise not_found("entity", entity_id)
    chosen = story_id or stories[0][0]
    if chosen not in {s for s, _ in stories}:
        raise not_found("entity", f"{entity_id}' in story '{chosen}")
    report = story_report(store, chosen)
    for entity in report.entities:
        if entity.id == entity_id:
            return EntityView(entity=entity, report=report, stories=stories)
    raise not_found("entity", entity_id)


def document_view(store: Store, doc_id: str) -> tuple[Document, Report | None]:
    """A document and the report of its story (None while it is in no story).

    Raises:
        WebError: 404, no such document.
    """
    _check_id("document", doc_id)
    found, story = queries.story_of_document(store, doc_id)
    docs = store.documents([doc_id]) if found else ()
    if not docs:
        raise not_found("document", doc_id)
    if story is None:
        return docs[0], None
    report = story_report(store, story)
    for doc in report.documents:
        if doc.id == doc_id:
            return doc, report
    return docs[0], None
