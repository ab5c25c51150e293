"""Storage: analysed reports in SQLite (a file) or PostgreSQL (a server), queryable by SQL.

``open_store(target)`` picks the database from the target: a filesystem path (or
``sqlite:///path``) opens a SQLite file through the standard library, in WAL mode with
foreign keys enforced; a ``postgresql://`` (or ``postgres://``) URL connects through
psycopg 3, which only ``store/postgres.py`` imports (``pip install 'triangulate[postgres]'``;
without it, ``MissingDependency`` says so). Both share one schema (``schema.py``) and one SQL
layer (``sql.py``); the dialects differ only in the auto-numbered key, the JSON type (TEXT
vs JSONB), booleans, the ``?``/``%s`` placeholder, and how schema creation is serialised.

Tables (offsets are ``char_start``/``char_end`` so no column needs quoting):

- ``runs`` (id, started, finished, status, inputs, command) and ``inputs`` (run, position,
  path, status, reason): every run and what it was given.
- ``documents`` (id, sha256 UNIQUE, seq, run, source, title, outlet, outlet_basis, url,
  agency, text, published_date/precision/basis/reason, cut_count, story, story_position,
  published_latest: the last day a report dated only to a range of days may be from)
  and ``cuts`` (doc, position, line, text, reason). A document is stored once per content
  hash: re-ingesting the same report adds nothing. ``document_languages`` (doc, code,
  name, share, reliable): the language each document is written in (no row for a
  document stored before languages were identified; it is read as English).
  ``published_as_read`` (doc, published_date/precision/basis/reason): the date as ingest
  read it, which each re-analysis starts from; ``documents.published_*`` holds the date the
  document's story gave it (no row for a document stored before it was kept).
- Derived, per story (``stories``: id, label, seq): ``entities`` (story, id, name, type,
  aliases JSON) with ``mentions`` (entity, doc, char_start, char_end, label); ``claims`` (id,
  story, doc, kind, offsets, text; figure columns measure, counted, qualifiers JSON, low,
  high, hedge, unit, figure_kind, vague, parts_of, scope; assertion columns subject,
  predicate, object, polarity, modality, subject/object entity; speaker, speaker_entity,
  speaker_role, speaker_anonymous; via JSON plus ``relay`` as text "A > B", nearest to the
  speaker first; outlet; when_start/end/precision/text; place = the ``where`` entity id);
  ``groups`` (id, story, label, kind, verdict, explanation, range_low/high, conservative,
  independent_sources, sources JSON, related JSON) with ``group_claims`` (group_id, claim);
  ``echoes`` (upstream, docs JSON, claims JSON, evidence); ``timeline`` (start_date,
  end_date, precision, label, claims JSON, docs JSON); ``summary`` (text, contested, contest, groups
  JSON) with ``citations`` (story, sentence, doc, char_start, char_end).
- ``state`` (key, value JSON): blobs such as the story index state, and the schema version.
- ``seen`` (key): the pages ``watch`` has read, by normalised URL and body hash.

Views for any SQL tool: ``claims_with_sources`` (one flat row per claim: story, claim,
document title/outlet/published, text, figure and assertion columns, speaker, relay, place
name, the claim's group and its verdict and independent sources) and ``conflicts`` (one row
per claim of each group whose verdict is conflict, update or scope_differs, with the group's
label, verdict, explanation, range and independent sources).

Crash safety: every document is saved in a transaction of its own with its cuts, and each
story's derived rows are replaced in one transaction, so a process killed at any moment
leaves a consistent database holding everything committed before; saving the same inputs
again skips what is there (``known_hashes``) and completes the rest. A killed run keeps
status ``running``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from triangulate.errors import StoreError, StoreUnavailable
from triangulate.model import (
    Claim,
    Echo,
    Entity,
    Group,
    Report,
    Story,
    SummarySentence,
    TimelineEntry,
)
from triangulate.store.base import Store
from triangulate.store.export import EXPORT_COLUMNS, export_claims
from triangulate.store.sql import SqlStore

__all__ = [
    "EXPORT_COLUMNS",
    "Store",
    "StoreError",
    "StoreUnavailable",
    "export_claims",
    "open_store",
    "save_report",
    "store_exists",
]


def open_store(target: str | Path) -> Store:
    """Open (creating if needed) the store at a path or URL.

    Args:
        target: A filesystem path or ``sqlite:///path`` for SQLite; a ``postgresql://`` or
            ``postgres://`` URL for PostgreSQL.

    Returns:
        The store, ready to use; close it, or use it as a context manager.

    Raises:
        StoreUnavailable: The path cannot be written, the URL is bad, or the server is down.
        MissingDependency: A PostgreSQL URL without psycopg installed.
    """
    text = str(target)
    scheme = urlsplit(text).scheme.lower() if "://" in text else ""
    if scheme in ("postgresql", "postgres"):
        # Imported here so SQLite users never load the PostgreSQL adapter.
        from triangulate.store.postgres import PostgresBackend

        return SqlStore(PostgresBackend(text))
    if scheme == "sqlite":
        path = text.split("://", 1)[1]
        # sqlite:///abs/path keeps its leading slash; sqlite://rel/path is relative.
        text = path
    elif scheme:
        raise StoreUnavailable(
            f"unknown store URL scheme {scheme!r} in {text.split('@')[-1]}: give a file path "
            "for SQLite or a postgresql:// URL"
        )
    from triangulate.store.sqlite import SqliteBackend

    return SqlStore(SqliteBackend(text))


def store_exists(target: str | Path) -> bool:
    """Whether a store is already at ``target``; nothing is created or changed.

    A SQLite target exists when its file does; a PostgreSQL one when the database holds
    triangulate's tables.

    Raises:
        StoreUnavailable: A PostgreSQL server that cannot be reached, or a bad URL.
        MissingDependency: A PostgreSQL URL without psycopg installed.
    """
    text = str(target)
    scheme = urlsplit(text).scheme.lower() if "://" in text else ""
    if scheme in ("postgresql", "postgres"):
        from triangulate.store.postgres import PostgresBackend

        backend = PostgresBackend(text)
        try:
            found = backend.query("SELECT to_regclass('state') IS NOT NULL AS found")
        finally:
            backend.close()
        return bool(found[0]["found"])
    if scheme == "sqlite":
        text = text.split("://", 1)[1]
    elif scheme:
        return False
    return Path(text).exists()


def save_report(store: Store, report: Report, *, command: str = "") -> int:
    """Save a whole report as one run: its inputs, documents, and each story.

    Records are split among stories by the documents they point to; a record that points
    to no story's document goes with the first story.

    Args:
        store: Where to save.
        report: The report; its ``created`` becomes the run's start time.
        command: What produced it, for the run's record.

    Returns:
        The run id.

    Raises:
        StoreError: The report has claims but no story, or contradicts the store.
    """
    lock = store.writer()
    try:
        run = store.begin_run(command, report.inputs, started=report.created)
        try:
            store.save_documents(run, report.documents)
            for story, parts in _split(report):
                store.save_story(story, *parts)
        except BaseException:
            store.finish_run(run, "failed")
            raise
        store.finish_run(run, "ok")
    finally:
        lock.release()
    return run


_Parts = tuple[
    list[Entity],
    list[Claim],
    list[Group],
    list[Echo],
    list[TimelineEntry],
    list[SummarySentence],
]


def _split(report: Report) -> list[tuple[Story, _Parts]]:
    """Each story with the records that belong to it."""
    if not report.stories:
        if report.claims or report.groups or report.entities or report.summary:
            raise StoreError("the report has records but no story to save them under")
        return []
    index = {s.id: i for i, s in enumerate(report.stories)}
    doc_story = {d: s.id for s in report.stories for d in s.docs}
    first = report.stories[0].id
    claim_story = {c.id: doc_story.get(c.doc, first) for c in report.claims}
    parts: dict[str, _Parts] = {s.id: ([], [], [], [], [], []) for s in report.stories}

    def of(docs: Sequence[str], claims: Sequence[str] = ()) -> str:
        for claim in claims:
            if claim in claim_story:
                return claim_story[claim]
        for doc in docs:
            if doc in doc_story:
                return doc_story[doc]
        return first

    for entity in report.entities:
        # An entity named in several stories is saved with each of them.
        homes = {doc_story[m.doc] for m in entity.mentions if m.doc in doc_story} or {first}
        for home in sorted(homes, key=index.__getitem__):
            parts[home][0].append(entity)
    for claim in report.claims:
        parts[claim_story[claim.id]][1].append(claim)
    for group in report.groups:
        parts[of((), group.claims)][2].append(group)
    for echo in report.echoes:
        parts[of(echo.docs, echo.claims)][3].append(echo)
    for entry in report.timeline:
        parts[of(entry.docs, entry.claims)][4].append(entry)
    for sentence in report.summary:
        parts[of([c.doc for c in sentence.citations])][5].append(sentence)
    return [(s, parts[s.id]) for s in report.stories]
