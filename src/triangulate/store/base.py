"""What every store offers, and what a database adapter must provide to the SQL layer."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from triangulate.model import (
    Claim,
    Document,
    Echo,
    Entity,
    Group,
    InputRecord,
    Report,
    Story,
    SummarySentence,
    TimelineEntry,
)
from triangulate.store.schema import Dialect
from triangulate.store.search import SearchHit, SearchKind


class Store(Protocol):
    """A database of analysed reports (SQLite file or PostgreSQL server).

    Every write is a transaction of its own: a process killed mid-save leaves the store
    as it was after the last finished document or story.
    """

    @property
    def target(self) -> str:
        """The path or URL (password removed) the store was opened from."""
        ...

    def begin_run(
        self, command: str, inputs: Sequence[InputRecord], *, started: str | None = None
    ) -> int:
        """Record the start of a run and its inputs; returns the run id."""
        ...

    def finish_run(self, run: int, status: str = "ok") -> None:
        """Mark a run finished ("ok", "failed", ...), with the time."""
        ...

    def add_inputs(self, run: int, inputs: Sequence[InputRecord]) -> None:
        """Record more inputs of a run under way (``watch`` lists each page as it comes)."""
        ...

    def mark_seen(self, keys: Iterable[str]) -> None:
        """Remember pages as read (``watch``'s URL and body-hash keys)."""
        ...

    def has_seen(self, key: str) -> bool:
        """Whether a page key was marked seen."""
        ...

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The content hashes among ``hashes`` that are already stored."""
        ...

    def save_documents(self, run: int, documents: Iterable[Document]) -> int:
        """Store documents not yet stored, each in its own transaction; returns how many."""
        ...

    def save_story(
        self,
        story: Story,
        entities: Sequence[Entity],
        claims: Sequence[Claim],
        groups: Sequence[Group],
        echoes: Sequence[Echo],
        timeline: Sequence[TimelineEntry],
        summary: Sequence[SummarySentence],
        *,
        dated: Sequence[Document] = (),
    ) -> None:
        """Replace everything derived for one story, atomically (and inferred dates)."""
        ...

    def load_report(self, story_id: str | None = None) -> Report:
        """Rebuild the report of every story, or of one."""
        ...

    def stories(self) -> tuple[Story, ...]:
        """Every stored story, in the order first saved."""
        ...

    def documents_of(self, story: str | Story) -> tuple[Document, ...]:
        """The documents of one story, in the story's order."""
        ...

    def documents(self, ids: Sequence[str], *, as_read: bool = False) -> tuple[Document, ...]:
        """The stored documents with these ids, in the order asked (with ``as_read``, each
        dated as ingest read it rather than as its story dated it)."""
        ...

    def pending_documents(self) -> tuple[Document, ...]:
        """Documents stored but in no story yet."""
        ...

    def delete_story(self, story_id: str) -> None:
        """Remove a story and what was derived for it; its documents stay."""
        ...

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a read-only SQL statement written with ``?`` placeholders."""
        ...

    def search(
        self,
        text: str,
        *,
        kinds: Collection[SearchKind] = ("story", "document", "claim", "entity"),
        story: str | None = None,
        limit: int = 25,
    ) -> list[SearchHit]:
        """Full-text search over stories, reports, claims and entities, spellings merged."""
        ...

    def known_entities(self) -> list[tuple[str, str, str, tuple[str, ...]]]:
        """Every stored entity once: (id, name, type, its spellings in every story)."""
        ...

    def story_entities(self) -> dict[str, list[tuple[str, str, str, tuple[str, ...], int]]]:
        """Each stored story's entities in its order: (id, name, type, its spellings, its
        number of mentions)."""
        ...

    def get_state(self, key: str) -> Any:
        """The JSON value stored under ``key``, or None."""
        ...

    def set_state(self, key: str, value: Any) -> None:
        """Store a JSON value under ``key``, replacing any before."""
        ...

    def claim_rows(self) -> Iterator[dict[str, Any]]:
        """One flat row per claim (the ``claims_with_sources`` view), for export."""
        ...

    def writer(self, on_wait: Callable[[], None] | None = None) -> WriterLock:
        """Take the database's writer lock, waiting while another run holds it.

        One run at a time adds reports and re-analyses stories: two at once would each
        cut stories from the story index as they found it and overwrite each other's.
        ``on_wait`` is called once before waiting, when another run holds the lock. The
        lock goes with the process: a run killed at any moment releases it.
        """
        ...

    def close(self) -> None:
        """Release the connection; the store is unusable afterwards."""
        ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...


class WriterLock(Protocol):
    """A held writer lock (``Store.writer``); releasing it twice does nothing."""

    def release(self) -> None:
        """Let the next writer in."""
        ...


class Backend(Protocol):
    """One connection to one database, as the SQL layer needs it.

    Statements arrive already rendered for ``dialect``. ``json``/``unjson`` convert a value
    for a JSON column and back (SQLite keeps text, PostgreSQL JSONB).
    """

    dialect: Dialect
    target: str

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a statement and return its rows as dicts."""
        ...

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run a statement; returns the number of rows it changed."""
        ...

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for each row of parameters."""
        ...

    def transaction(self) -> AbstractContextManager[None]:
        """A block that commits when it ends and rolls back when it raises."""
        ...

    def snapshot(self) -> AbstractContextManager[None]:
        """A read-only block that sees one consistent state across several queries."""
        ...

    def json(self, value: Any) -> Any:
        """A parameter for a JSON column."""
        ...

    def unjson(self, raw: Any) -> Any:
        """A JSON column's value as Python data."""
        ...

    def schema_lock(self) -> str | None:
        """A statement that serialises schema creation between processes, if one is needed."""
        ...

    def lock_writer(self, *, wait: bool) -> bool:
        """Take the writer lock (see ``Store.writer``); without ``wait``, False when another
        process holds it."""
        ...

    def unlock_writer(self) -> None:
        """Release the writer lock this connection holds."""
        ...

    def close(self) -> None:
        """Close the connection."""
        ...
