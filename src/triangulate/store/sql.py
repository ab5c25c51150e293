"""The SQL layer shared by both databases: every query of the store, written once."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from triangulate.errors import StoreError, StoreUnavailable
from triangulate.model import (
    Citation,
    Claim,
    Document,
    Echo,
    Entity,
    Group,
    InputRecord,
    Mention,
    Report,
    Story,
    SummarySentence,
    TimelineEntry,
)
from triangulate.store import rows
from triangulate.store.base import Backend, Store
from triangulate.store.schema import INDEXES, MIGRATIONS, SCHEMA_VERSION, TABLES, VIEWS
from triangulate.store.search import (
    SearchHit,
    SearchKind,
    run_search,
    search_ready_sql,
    search_schema,
)

# Keys of the state table that the store itself uses.
SCHEMA_KEY = "schema_version"

# Parameters per IN (...) list: well under SQLite's and PostgreSQL's limits.
_CHUNK = 500


class SqlStore(Store):
    """A store over one database connection; see the package docstring for the design."""

    def __init__(self, backend: Backend) -> None:
        self._db = backend
        self._sql_cache: dict[str, str] = {}
        self._ensure_schema()

    # -- plumbing ---------------------------------------------------------------------------

    @property
    def target(self) -> str:
        """The path or URL (password removed) this store was opened from."""
        return self._db.target

    def _sql(self, sql: str) -> str:
        rendered = self._sql_cache.get(sql)
        if rendered is None:
            rendered = self._sql_cache[sql] = self._db.dialect.render(sql)
        return rendered

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return self._db.query(self._sql(sql), params)

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a read-only statement written with ``?`` placeholders, in one snapshot.

        For readers that need more than the record API: the views, searches, counts.
        """
        with self._db.snapshot():
            return self._query(sql, params)

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self._db.execute(self._sql(sql), params)

    def _executemany(self, sql: str, params: Sequence[Sequence[Any]]) -> None:
        if params:
            self._db.executemany(self._sql(sql), params)

    def _ensure_schema(self) -> None:
        """Create the tables and views on first use; refuse a store from a newer version."""
        with self._db.transaction():
            lock = self._db.schema_lock()
            if lock is not None:
                self._db.execute(lock)
            for table in TABLES:
                self._execute(table)
            self._ensure_search()
            found = self._query("SELECT value FROM state WHERE key = ?", (SCHEMA_KEY,))
            if found:
                version = self._db.unjson(found[0]["value"])
                while version in MIGRATIONS and version < SCHEMA_VERSION:
                    for statement in MIGRATIONS[version]:
                        self._execute(statement)
                    version += 1
                    self._execute(
                        "UPDATE state SET value = ? WHERE key = ?",
                        (self._db.json(version), SCHEMA_KEY),
                    )
                if version != SCHEMA_VERSION:
                    raise StoreUnavailable(
                        f"{self.target} holds schema version {version}; this triangulate "
                        f"reads version {SCHEMA_VERSION}. Use a matching triangulate version "
                        "or a new store."
                    )
                return
            for index in INDEXES:
                self._execute(index)
            for _, view in VIEWS:
                self._execute(view)
            self._execute(
                "INSERT INTO state (key, value) VALUES (?, ?)",
                (SCHEMA_KEY, self._db.json(SCHEMA_VERSION)),
            )

    def _ensure_search(self) -> None:
        """Create the full-text search tables when the store has none, filled from its rows."""
        dialect = self._db.dialect.name
        if self._query(search_ready_sql(dialect))[0]["ready"]:
            return
        for statement in search_schema(dialect):
            self._execute(statement)

    def search(
        self,
        text: str,
        *,
        kinds: Collection[SearchKind] = ("story", "document", "claim", "entity"),
        story: str | None = None,
        limit: int = 25,
    ) -> list[SearchHit]:
        """Stories, reports, claims and entities matching ``text`` (``store/search.py``).

        Every word must match, by stem; a run of words spelling an entity matches any of
        its spellings. Each kind comes best first, at most ``limit`` of each.
        """
        with self._db.snapshot():
            return run_search(
                self._query,
                self._db.dialect.name,
                lambda raw: [str(v) for v in self._db.unjson(raw) or ()],
                text,
                kinds=kinds,
                story=story,
                limit=limit,
            )

    def close(self) -> None:
        """Release the connection."""
        self._db.close()

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs and documents -----------------------------------------------------------------

    def begin_run(
        self, command: str, inputs: Sequence[InputRecord], *, started: str | None = None
    ) -> int:
        """Record a run and its inputs.

        Args:
            command: The command line or job name, for the record.
            inputs: Every input given, with its status.
            started: ISO-8601 start time; now by default. A saved report passes its
                ``created`` here, and ``load_report`` gives the latest run's back.

        Returns:
            The run id.
        """
        with self._db.transaction():
            found = self._query(
                "INSERT INTO runs (started, status, inputs, command) "
                "VALUES (?, 'running', ?, ?) RETURNING id",
                (started or _now(), len(inputs), command),
            )
            run = int(found[0]["id"])
            self._executemany(
                "INSERT INTO inputs (run, position, path, status, reason) VALUES (?, ?, ?, ?, ?)",
                [(run, i, r.path, r.status, r.reason) for i, r in enumerate(inputs)],
            )
        return run

    def finish_run(self, run: int, status: str = "ok") -> None:
        """Mark a run finished with ``status`` ("ok", "failed", "interrupted", ...)."""
        with self._db.transaction():
            changed = self._execute(
                "UPDATE runs SET finished = ?, status = ? WHERE id = ?", (_now(), status, run)
            )
        if changed != 1:
            raise StoreError(f"run {run} is not in {self.target}")

    def add_inputs(self, run: int, inputs: Sequence[InputRecord]) -> None:
        """Record more inputs of a run under way, after those it has."""
        if not inputs:
            return
        with self._db.transaction():
            found = self._query(
                "SELECT COALESCE(MAX(position), -1) + 1 AS next FROM inputs WHERE run = ?", (run,)
            )
            first = int(found[0]["next"])
            self._executemany(
                "INSERT INTO inputs (run, position, path, status, reason) VALUES (?, ?, ?, ?, ?)",
                [(run, first + i, r.path, r.status, r.reason) for i, r in enumerate(inputs)],
            )
            self._execute("UPDATE runs SET inputs = inputs + ? WHERE id = ?", (len(inputs), run))

    def mark_seen(self, keys: Iterable[str]) -> None:
        """Remember page keys as read (a key already there stays)."""
        wanted = sorted(set(keys))
        if wanted:
            with self._db.transaction():
                self._executemany(
                    "INSERT INTO seen (key) VALUES (?) ON CONFLICT (key) DO NOTHING",
                    [(k,) for k in wanted],
                )

    def has_seen(self, key: str) -> bool:
        """Whether a page key was marked seen."""
        return bool(self._query("SELECT 1 AS hit FROM seen WHERE key = ?", (key,)))

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The sha256 hashes among ``hashes`` whose documents are already stored."""
        wanted = sorted(set(hashes))
        known: set[str] = set()
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            found = self._query(f"SELECT sha256 FROM documents WHERE sha256 IN ({marks})", chunk)
            known.update(row["sha256"] for row in found)
        return known

    def save_documents(self, run: int, documents: Iterable[Document]) -> int:
        """Store each document not stored yet (by content hash), one transaction each.

        A document and its cuts are written together, so a crash loses at most the document
        in flight and never leaves one without its cuts.

        Args:
            run: The run that read them.
            documents: Documents to store; those whose sha256 is stored already are skipped.

        Returns:
            How many were added.

        Raises:
            StoreError: A document id is stored already with different content.
        """
        added = 0
        insert = (
            f"INSERT INTO documents ({rows.DOCUMENT_COLUMNS}) VALUES "
            "(?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM documents), "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"
        )
        for doc in documents:
            try:
                with self._db.transaction():
                    if not self._execute(insert, rows.document_params(doc, run)):
                        continue
                    self._executemany(
                        "INSERT INTO cuts (doc, position, line, text, reason) "
                        "VALUES (?, ?, ?, ?, ?)",
                        [(doc.id, i, c.line, c.text, c.reason) for i, c in enumerate(doc.cuts)],
                    )
                    pub = doc.published
                    self._execute(
                        "INSERT INTO published_as_read (doc, published_date, "
                        "published_precision, published_basis, published_reason) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (doc.id, pub.date, pub.precision, pub.basis, pub.reason),
                    )
                    if doc.language is not None:
                        lang = doc.language
                        self._execute(
                            "INSERT INTO document_languages (doc, code, name, share, reliable) "
                            "VALUES (?, ?, ?, ?, ?)",
                            (doc.id, lang.code, lang.name, lang.share, lang.reliable),
                        )
            except StoreError as exc:
                raise StoreError(
                    f"document {doc.id} ({doc.source}) is stored already with different "
                    f"content: {exc.message}"
                ) from exc
            added += 1
        return added

    # -- stories ----------------------------------------------------------------------------

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
        """Replace everything derived for ``story`` in one transaction.

        The story's documents must be stored first (``save_documents``). A document that
        belonged to another story moves to this one, and its claims with it. ``dated``
        documents get their publication date replaced by the one their story gave them (a
        day inferred from the story, or ingest's guess withdrawn); the date ingest read
        stays in ``published_as_read`` for the next analysis to start from.

        Raises:
            StoreError: A document is not stored, or a record refers to one that is not.
        """
        json = self._db.json
        with self._db.transaction():
            self._execute(
                "INSERT INTO stories (id, label, seq) VALUES "
                "(?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM stories)) "
                "ON CONFLICT (id) DO UPDATE SET label = excluded.label",
                (story.id, story.label),
            )
            for inferred in dated:
                pub = inferred.published
                self._execute(
                    "UPDATE documents SET published_date = ?, published_precision = ?, "
                    "published_basis = ?, published_reason = ?, published_latest = ? WHERE id = ?",
                    (pub.date, pub.precision, pub.basis, pub.reason, pub.latest, inferred.id),
                )
            for table in ("entities", "claims", "groups", "echoes", "timeline", "summary"):
                # Cascades take mentions, group_claims and citations along.
                self._execute(f"DELETE FROM {table} WHERE story = ?", (story.id,))
            self._execute(
                "UPDATE documents SET story = NULL, story_position = NULL WHERE story = ?",
                (story.id,),
            )
            for position, doc in enumerate(story.docs):
                moved = self._execute(
                    "UPDATE documents SET story = ?, story_position = ? WHERE id = ?",
                    (story.id, position, doc),
                )
                if moved != 1:
                    raise StoreError(
                        f"story {story.id} lists document {doc}, which is not stored: "
                        "save the documents first"
                    )
            # Claims of documents that came from another story go with their documents, and
            # that story's groups holding them go too: they are stale (that story is cut
            # again, this run or the next) and would clash with this story's group ids.
            self._execute(
                "DELETE FROM groups WHERE story <> ? AND id IN (SELECT gc.group_id "
                "FROM group_claims gc JOIN claims c ON c.id = gc.claim "
                "JOIN documents d ON d.id = c.doc WHERE d.story = ?)",
                (story.id, story.id),
            )
            self._execute(
                "DELETE FROM claims WHERE doc IN (SELECT id FROM documents WHERE story = ?)",
                (story.id,),
            )
            self._executemany(
                "INSERT INTO entities (story, id, position, name, type, aliases) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (story.id, e.id, i, e.name, e.type, json(list(e.aliases)))
                    for i, e in enumerate(entities)
                ],
            )
            self._executemany(
                "INSERT INTO mentions (story, entity, position, doc, char_start, char_end, label) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (story.id, e.id, i, m.doc, m.start, m.end, m.label)
                    for e in entities
                    for i, m in enumerate(e.mentions)
                ],
            )
            self._executemany(
                f"INSERT INTO claims ({rows.CLAIM_COLUMNS}) "
                f"VALUES ({rows.placeholders(rows.CLAIM_COLUMNS)})",
                [rows.claim_params(c, story.id, i, json) for i, c in enumerate(claims)],
            )
            self._executemany(
                f"INSERT INTO groups ({rows.GROUP_COLUMNS}) "
                f"VALUES ({rows.placeholders(rows.GROUP_COLUMNS)})",
                [rows.group_params(g, story.id, i, json) for i, g in enumerate(groups)],
            )
            self._executemany(
                "INSERT INTO group_claims (group_id, position, claim) VALUES (?, ?, ?)",
                [(g.id, i, c) for g in groups for i, c in enumerate(g.claims)],
            )
            self._executemany(
                "INSERT INTO echoes (story, position, upstream, docs, claims, evidence) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (story.id, i, e.upstream, json(list(e.docs)), json(list(e.claims)), e.evidence)
                    for i, e in enumerate(echoes)
                ],
            )
            self._executemany(
                "INSERT INTO timeline "
                "(story, position, start_date, end_date, precision, label, claims, docs) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        story.id,
                        i,
                        t.start,
                        t.end,
                        t.precision,
                        t.label,
                        json(list(t.claims)),
                        json(list(t.docs)),
                    )
                    for i, t in enumerate(timeline)
                ],
            )
            self._executemany(
                "INSERT INTO summary (story, position, text, contested, groups, contest) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (story.id, i, s.text, s.contested, json(list(s.groups)), s.contest or None)
                    for i, s in enumerate(summary)
                ],
            )
            self._executemany(
                "INSERT INTO citations (story, sentence, position, doc, char_start, char_end) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (story.id, i, j, c.doc, c.start, c.end)
                    for i, s in enumerate(summary)
                    for j, c in enumerate(s.citations)
                ],
            )

    def stories(self) -> tuple[Story, ...]:
        """Every stored story with its documents, in the order first saved."""
        with self._db.snapshot():
            return self._stories(None)

    def _stories(self, story_id: str | None) -> tuple[Story, ...]:
        where, params = _story_filter("s.id", story_id)
        found = self._query(
            "SELECT s.id AS story, s.label AS label, d.id AS doc FROM stories s "
            f"LEFT JOIN documents d ON d.story = s.id {where} "
            "ORDER BY s.seq, d.story_position",
            params,
        )
        labels: dict[str, str] = {}
        docs: dict[str, list[str]] = defaultdict(list)
        for row in found:
            labels[row["story"]] = row["label"]
            if row["doc"] is not None:
                docs[row["story"]].append(row["doc"])
        return tuple(Story(id=s, label=label, docs=tuple(docs[s])) for s, label in labels.items())

    def documents_of(self, story: str | Story) -> tuple[Document, ...]:
        """The documents of one story, in the story's order (empty for an unknown story)."""
        story_id = story if isinstance(story, str) else story.id
        with self._db.snapshot():
            return self._documents(
                "WHERE d.story = ? ORDER BY d.story_position", (story_id,), "WHERE d.story = ?"
            )

    def documents(self, ids: Sequence[str], *, as_read: bool = False) -> tuple[Document, ...]:
        """The stored documents with these ids, in the order asked (unknown ids left out).

        With ``as_read``, each carries the publication date ingest read, not the one its
        story gave it: what an analysis starts from, as a run without a database does.
        """
        found: dict[str, Document] = {}
        with self._db.snapshot():
            for start in range(0, len(ids), 500):
                chunk = list(ids[start : start + 500])
                marks = ", ".join("?" * len(chunk))
                for doc in self._documents(
                    f"WHERE d.id IN ({marks})",
                    chunk,
                    f"WHERE d.id IN ({marks})",
                    as_read=as_read,
                ):
                    found[doc.id] = doc
        return tuple(found[i] for i in ids if i in found)

    def pending_documents(self) -> tuple[Document, ...]:
        """Documents stored but in no story yet: a run stopped before it analysed them.

        Each carries the publication date ingest read (see ``documents``).
        """
        with self._db.snapshot():
            return self._documents(
                "WHERE d.story IS NULL ORDER BY d.seq", (), "WHERE d.story IS NULL", as_read=True
            )

    def delete_story(self, story_id: str) -> None:
        """Remove a story and everything derived for it; its documents stay, in no story."""
        with self._db.transaction():
            for table in ("entities", "claims", "groups", "echoes", "timeline", "summary"):
                self._execute(f"DELETE FROM {table} WHERE story = ?", (story_id,))
            self._execute(
                "UPDATE documents SET story = NULL, story_position = NULL WHERE story = ?",
                (story_id,),
            )
            self._execute("DELETE FROM stories WHERE id = ?", (story_id,))

    def _documents(
        self, where_order: str, params: Sequence[Any], where: str, *, as_read: bool = False
    ) -> tuple[Document, ...]:
        # As read: ingest's date where it was kept (a document stored before it was has
        # none, and keeps its stored date).
        read = (
            ", r.published_basis AS read_basis, r.published_date AS read_date, "
            "r.published_precision AS read_precision, r.published_reason AS read_reason"
            if as_read
            else ""
        )
        join = "LEFT JOIN published_as_read r ON r.doc = d.id " if as_read else ""
        docs = self._query(
            "SELECT d.*, l.code AS language_code, l.name AS language_name, "
            f"l.share AS language_share, l.reliable AS language_reliable{read} FROM documents d "
            f"LEFT JOIN document_languages l ON l.doc = d.id {join}{where_order}",
            params,
        )
        if as_read:
            for row in docs:
                if row["read_basis"] is not None:
                    for part in ("date", "precision", "basis", "reason"):
                        row[f"published_{part}"] = row[f"read_{part}"]
                    # Ingest reads one day or none: a range of days is the story's inference.
                    row["published_latest"] = None
        cuts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in self._query(
            f"SELECT c.* FROM cuts c JOIN documents d ON d.id = c.doc {where} "
            "ORDER BY c.doc, c.position",
            params,
        ):
            cuts[row["doc"]].append(row)
        return tuple(rows.read_document(row, cuts[row["id"]]) for row in docs)

    # -- reading a report -------------------------------------------------------------------

    def load_report(self, story_id: str | None = None) -> Report:
        """Rebuild a report from the stored rows.

        Records come story by story, in the order stories were first saved, each in the
        order it was saved; documents in the order they were stored. A report with one
        story (what ``analyze`` writes) comes back exactly as saved. An entity named in
        several stories comes back once per story, with the same id and that story's
        mentions, as ``analyze`` lists it.

        Args:
            story_id: One story's id, or None for everything.

        Returns:
            The report: ``created`` is the latest run's start, ``inputs`` every input of
            every run (the latest status of each path), or for one story the inputs its
            documents came from.

        Raises:
            StoreError: There is no story with that id.
        """
        # One snapshot: a writer saving meanwhile shows up entirely or not at all.
        with self._db.snapshot():
            return self._load(story_id)

    def _load(self, story_id: str | None) -> Report:
        stories = self._stories(story_id)
        if story_id is not None and not stories:
            raise StoreError(f"no story {story_id!r} in {self.target}")
        where, params = _story_filter("x.story", story_id)
        if story_id is None:
            documents = self._documents("ORDER BY d.seq", (), "")
        else:
            documents = self._documents(
                "WHERE d.story = ? ORDER BY d.seq", (story_id,), "WHERE d.story = ?"
            )
        return Report(
            created=self._created(),
            inputs=self._inputs(None if story_id is None else documents),
            documents=documents,
            entities=self._entities(where, params),
            stories=stories,
            claims=self._claims(where, params),
            groups=self._groups(where, params),
            echoes=tuple(
                rows.read_echo(r, self._db.unjson) for r in self._derived("echoes", where, params)
            ),
            timeline=tuple(
                rows.read_timeline(r, self._db.unjson)
                for r in self._derived("timeline", where, params)
            ),
            summary=self._summary(where, params),
        )

    def _derived(self, table: str, where: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        return self._query(
            f"SELECT x.* FROM {table} x JOIN stories s ON s.id = x.story {where} "
            "ORDER BY s.seq, x.position",
            params,
        )

    def _created(self) -> str:
        found = self._query("SELECT started FROM runs ORDER BY id DESC LIMIT 1")
        return str(found[0]["started"]) if found else ""

    def _inputs(self, documents: Sequence[Document] | None = None) -> tuple[InputRecord, ...]:
        """Every input of every run, or only those that gave ``documents``."""
        if documents is None:
            found = self._query("SELECT path, status, reason FROM inputs ORDER BY run, position")
        else:
            # One story's report lists the inputs its documents came from, not every input
            # the database ever saw (which, in a big database, is most of the work).
            paths = sorted({d.source.split("#")[0] for d in documents})
            found = []
            for start in range(0, len(paths), 500):
                chunk = paths[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                found += self._query(
                    "SELECT path, status, reason, run, position FROM inputs "
                    f"WHERE path IN ({marks})",
                    chunk,
                )
            found.sort(key=lambda row: (row["run"], row["position"]))
        latest: dict[str, InputRecord] = {}
        for row in found:
            # Keeps the first-seen order of paths while a later run's status wins.
            latest[row["path"]] = InputRecord(
                path=row["path"], status=row["status"], reason=row["reason"]
            )
        return tuple(latest.values())

    def _entities(self, where: str, params: Sequence[Any]) -> tuple[Entity, ...]:
        mentions: dict[tuple[str, str], list[Mention]] = defaultdict(list)
        for row in self._query(
            # substr counts characters (1-based) in both databases, as Python slices do.
            "SELECT x.story, x.entity, x.doc, x.char_start, x.char_end, x.label, "
            "substr(d.text, x.char_start + 1, x.char_end - x.char_start) AS surface "
            f"FROM mentions x JOIN documents d ON d.id = x.doc {where} "
            "ORDER BY x.story, x.entity, x.position",
            params,
        ):
            mentions[(row["story"], row["entity"])].append(
                Mention(
                    doc=row["doc"],
                    start=row["char_start"],
                    end=row["char_end"],
                    text=row["surface"],
                    label=row["label"],
                )
            )
        entities: dict[tuple[str, str], Entity] = {}
        for row in self._derived("entities", where, params):
            entities[(row["story"], row["id"])] = Entity(
                id=row["id"],
                name=row["name"],
                type=row["type"],
                aliases=tuple(self._db.unjson(row["aliases"])),
                mentions=tuple(mentions[(row["story"], row["id"])]),
            )
        return tuple(entities.values())

    def _claims(self, where: str, params: Sequence[Any]) -> tuple[Claim, ...]:
        return tuple(
            rows.read_claim(r, self._db.unjson) for r in self._derived("claims", where, params)
        )

    def _groups(self, where: str, params: Sequence[Any]) -> tuple[Group, ...]:
        members: dict[str, list[str]] = defaultdict(list)
        for row in self._query(
            "SELECT gc.group_id, gc.claim FROM group_claims gc "
            f"JOIN groups x ON x.id = gc.group_id {where} ORDER BY gc.group_id, gc.position",
            params,
        ):
            members[row["group_id"]].append(row["claim"])
        return tuple(
            rows.read_group(r, members[r["id"]], self._db.unjson)
            for r in self._derived("groups", where, params)
        )

    def _summary(self, where: str, params: Sequence[Any]) -> tuple[SummarySentence, ...]:
        citations: dict[tuple[str, int], list[Citation]] = defaultdict(list)
        for row in self._query(
            f"SELECT x.* FROM citations x {where} ORDER BY x.story, x.sentence, x.position",
            params,
        ):
            citations[(row["story"], row["sentence"])].append(
                Citation(doc=row["doc"], start=row["char_start"], end=row["char_end"])
            )
        return tuple(
            SummarySentence(
                text=r["text"],
                citations=tuple(citations[(r["story"], r["position"])]),
                contested=bool(r["contested"]),
                contest=r["contest"] or "",
                groups=tuple(self._db.unjson(r["groups"])),
            )
            for r in self._derived("summary", where, params)
        )

    def known_entities(self) -> list[tuple[str, str, str, tuple[str, ...]]]:
        """Every stored entity once: (id, name, type, its spellings in every story).

        What a run adding to the database seeds its pile of entities with, so a name
        already stored keeps its id (``resolve.pile``).
        """
        found: dict[str, tuple[str, str, set[str]]] = {}
        with self._db.snapshot():
            rows_ = self._query(
                "SELECT e.id, e.name, e.type, e.aliases FROM entities e "
                "JOIN stories s ON s.id = e.story ORDER BY s.seq, e.position"
            )
        for row in rows_:
            entry = found.setdefault(row["id"], (row["name"], row["type"], set()))
            entry[2].update(self._db.unjson(row["aliases"]))
        return [(key, name, kind, tuple(sorted(a))) for key, (name, kind, a) in found.items()]

    def story_entities(self) -> dict[str, list[tuple[str, str, str, tuple[str, ...], int]]]:
        """Each stored story's entities in its order: (id, name, type, its spellings, how
        many mentions it has in the story).

        What a run adding to the database links the stories it analyses against, each
        story's in its place in the story index (``collect``).
        """
        found: dict[str, list[tuple[str, str, str, tuple[str, ...], int]]] = {}
        with self._db.snapshot():
            rows_ = self._query(
                "SELECT e.story, e.id, e.name, e.type, e.aliases, "
                "(SELECT count(*) FROM mentions m WHERE m.story = e.story AND m.entity = e.id)"
                " AS mentions FROM entities e ORDER BY e.story, e.position"
            )
        for row in rows_:
            found.setdefault(row["story"], []).append(
                (
                    row["id"],
                    row["name"],
                    row["type"],
                    tuple(self._db.unjson(row["aliases"])),
                    int(row["mentions"]),
                )
            )
        return found

    # -- state and export -------------------------------------------------------------------

    def get_state(self, key: str) -> Any:
        """The JSON value stored under ``key``, or None when there is none."""
        found = self._query("SELECT value FROM state WHERE key = ?", (key,))
        return self._db.unjson(found[0]["value"]) if found else None

    def set_state(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable value under ``key``, replacing any before."""
        if key == SCHEMA_KEY:
            raise StoreError(f"state key {key!r} is the store's own")
        with self._db.transaction():
            self._execute(
                "INSERT INTO state (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, self._db.json(value)),
            )

    def writer(self, on_wait: Callable[[], None] | None = None) -> _Writer:
        """Take the database's writer lock (see ``Store.writer``)."""
        if not self._db.lock_writer(wait=False):
            if on_wait is not None:
                on_wait()
            self._db.lock_writer(wait=True)
        return _Writer(self._db)

    def claim_rows(self) -> Iterator[dict[str, Any]]:
        """One flat row per claim from the ``claims_with_sources`` view, in a stable order."""
        yield from self._query(
            "SELECT * FROM claims_with_sources ORDER BY story, doc, char_start, claim"
        )


class _Writer:
    """The writer lock of one store, held until released."""

    def __init__(self, backend: Backend) -> None:
        self._db: Backend | None = backend

    def release(self) -> None:
        """Let the next writer in (again: nothing)."""
        if self._db is not None:
            db, self._db = self._db, None
            db.unlock_writer()


def _story_filter(column: str, story_id: str | None) -> tuple[str, tuple[Any, ...]]:
    """A WHERE clause limiting rows to one story, or none."""
    if story_id is None:
        return "", ()
    return f"WHERE {column} = ?", (story_id,)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
