"""The REST API's request and response shapes (Pydantic at the edge only).

Records inside the app stay frozen dataclasses; these models exist so ``/openapi.json``
describes the API and requests are validated. Contract objects (a claim, a document, the
JSON report) are passed through as the JSON report of REPORT_FORMAT.md writes them.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class ErrorBody(BaseModel):
    """What went wrong: a stable code and a message for people."""

    code: str
    message: str


class ErrorOut(BaseModel):
    """Every error response of the API."""

    error: ErrorBody


class StoryRef(BaseModel):
    """A story's id and label."""

    id: str
    label: str


class StoryOut(BaseModel):
    """One story of the list, with its counts and publication date span."""

    id: str
    label: str
    reports: int
    claims: int
    conflicts: int = Field(description="Groups whose verdict is conflict, update or scope_differs")
    first_published: str | None
    last_published: str | None
    first_published_inferred: bool = Field(
        description="No report states the first day: only a date inferred from the story does"
    )
    last_published_inferred: bool = Field(
        description="No report states the last day: only a date inferred from the story does"
    )
    url: str


class StoryPage(BaseModel):
    """A page of stories, in the order first saved."""

    total: int
    offset: int
    limit: int
    stories: list[StoryOut]


class ClaimRowOut(BaseModel):
    """A claim as one flat row (the ``claims_with_sources`` view)."""

    story: str
    claim: str
    kind: str
    doc: str
    outlet: str | None
    start: int
    end: int
    text: str
    measure: str | None
    low: float | None
    high: float | None
    hedge: str | None
    unit: str | None
    speaker: str | None
    relay: str | None
    group: str | None
    group_label: str | None
    verdict: str | None
    independent_sources: int | None


class ClaimPage(BaseModel):
    """A page of claims."""

    offset: int
    limit: int
    claims: list[ClaimRowOut]


class ClaimDetail(BaseModel):
    """One claim as in the JSON report, its group, and every claim of the group."""

    story: StoryRef
    claim: dict[str, Any]
    group: dict[str, Any] | None
    group_claims: list[dict[str, Any]]


class EntityRowOut(BaseModel):
    """An entity as stored with one story."""

    id: str
    story: str
    name: str
    type: str
    aliases: list[str]
    mentions: int


class EntityPage(BaseModel):
    """A page of entities."""

    offset: int
    limit: int
    entities: list[EntityRowOut]


class MentionOut(BaseModel):
    """A mention with a little of the text around it."""

    doc: str
    start: int
    end: int
    text: str
    context: str


class EntityDetail(BaseModel):
    """One entity in one story's context, and every story naming it."""

    id: str
    name: str
    type: str
    aliases: list[str]
    story: StoryRef
    stories: list[StoryRef]
    mentions: list[MentionOut]


class DocumentRowOut(BaseModel):
    """A stored report, without its text."""

    id: str
    story: str | None
    title: str | None
    outlet: str | None
    source: str
    url: str | None
    published: str | None
    published_basis: str


class DocumentPage(BaseModel):
    """A page of documents."""

    offset: int
    limit: int
    documents: list[DocumentRowOut]


class DocumentDetail(BaseModel):
    """One document as in the JSON report, its story, and its claims."""

    story: StoryRef | None
    document: dict[str, Any]
    claims: list[dict[str, Any]]


class HitOut(BaseModel):
    """One search result."""

    kind: Literal["story", "document", "claim", "entity"]
    id: str
    story: str | None
    title: str
    snippet: str
    match: list[int] | None = Field(description="[start, end] of the match in the snippet")
    url: str


class SearchOut(BaseModel):
    """Search results: stories, then reports, claims and entities."""

    query: str
    hits: list[HitOut]


class InputOut(BaseModel):
    """One input and what became of it."""

    path: str
    status: str
    reason: str | None


class JobOut(BaseModel):
    """An add-reports job and its progress."""

    id: str
    label: str
    status: Literal["queued", "running", "done", "failed"]
    stage: str | None
    done: int
    total: int | None
    message: str | None
    created: str
    finished: str | None
    inputs: list[InputOut]
    stories: list[StoryRef]
    url: str


class TextIn(BaseModel):
    """A report pasted as text."""

    text: str = Field(min_length=1, description="The report's text")
    title: str | None = Field(default=None, max_length=500, description="Its headline")


class UrlIn(BaseModel):
    """A page to fetch and read as a report."""

    url: str = Field(min_length=1, max_length=4000, description="An http(s) URL")
