"""Full-text search over reports and claims, aware of every spelling of an entity.

A query is read as words, every one of which must match (in any order, anywhere in a report's
title and text, or in a claim's text and reading). Words match by stem, so "killed civilians"
finds "civilians were killed". A run of words that spells an entity ("Raqa", "al-Raqqah") is
widened to every spelling of that entity in the ``entities`` table, so a search for any
spelling finds the reports of all of them. Entities are looked up by id, so an entity whose
id is shared by several stories brings the spellings of all of them.

SQLite indexes with FTS5 (the porter stemmer over Unicode words, diacritics folded), in
tables kept by triggers as documents and claims are stored and replaced: ``documents_fts``
and ``claims_fts`` read their text through views, by stable integer keys kept in
``documents_fts_keys`` and ``claims_fts_keys`` (a table's own rowids may change on VACUUM).
PostgreSQL uses its English text search over GIN expression indexes, which it keeps itself.
Both are created on first use, in an existing store too, and filled from what it holds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any, Literal

SearchKind = Literal["story", "document", "claim", "entity"]

START, STOP = "\ue000", "\ue001"
"""Private-use characters marking a match inside a snippet while it is read back."""

MAX_SPELLING_WORDS = 6
"""The longest run of query words tried as an entity's spelling."""

Query = Callable[[str, Sequence[Any]], list[dict[str, Any]]]
"""Runs one statement (``?`` placeholders) and returns its rows."""


_SQLITE_TOKENS = "porter unicode61 remove_diacritics 2"

SQLITE_TABLES: tuple[str, ...] = (
    "CREATE TABLE IF NOT EXISTS documents_fts_keys ("
    "n INTEGER PRIMARY KEY, doc TEXT NOT NULL UNIQUE)",
    "CREATE VIEW IF NOT EXISTS documents_fts_src AS "
    "SELECT k.n AS n, d.title AS title, d.text AS text "
    "FROM documents_fts_keys k JOIN documents d ON d.id = k.doc",
    "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, "
    f"content='documents_fts_src', content_rowid='n', tokenize='{_SQLITE_TOKENS}')",
    "CREATE TABLE IF NOT EXISTS claims_fts_keys ("
    "n INTEGER PRIMARY KEY, claim TEXT NOT NULL UNIQUE)",
    "CREATE VIEW IF NOT EXISTS claims_fts_src AS "
    "SELECT k.n AS n, c.text AS text, c.measure AS measure, c.speaker AS speaker, "
    "c.subject AS subject, c.object AS object "
    "FROM claims_fts_keys k JOIN claims c ON c.id = k.claim",
    "CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts USING fts5(text, measure, speaker, "
    f"subject, object, content='claims_fts_src', content_rowid='n', tokenize='{_SQLITE_TOKENS}')",
    """CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts_keys (doc) VALUES (new.id);
        INSERT INTO documents_fts (rowid, title, text)
            VALUES (last_insert_rowid(), new.title, new.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
            SELECT 'delete', n, old.title, old.text FROM documents_fts_keys WHERE doc = old.id;
        DELETE FROM documents_fts_keys WHERE doc = old.id;
    END""",
    """CREATE TRIGGER IF NOT EXISTS documents_fts_update
        AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
            SELECT 'delete', n, old.title, old.text FROM documents_fts_keys WHERE doc = old.id;
        INSERT INTO documents_fts (rowid, title, text)
            SELECT n, new.title, new.text FROM documents_fts_keys WHERE doc = new.id;
    END""",
    """CREATE TRIGGER IF NOT EXISTS claims_fts_insert AFTER INSERT ON claims BEGIN
        INSERT INTO claims_fts_keys (claim) VALUES (new.id);
        INSERT INTO claims_fts (rowid, text, measure, speaker, subject, object)
            VALUES (last_insert_rowid(), new.text, new.measure, new.speaker, new.subject,
                    new.object);
    END""",
    """CREATE TRIGGER IF NOT EXISTS claims_fts_delete AFTER DELETE ON claims BEGIN
        INSERT INTO claims_fts (claims_fts, rowid, text, measure, speaker, subject, object)
            SELECT 'delete', n, old.text, old.measure, old.speaker, old.subject, old.object
            FROM claims_fts_keys WHERE claim = old.id;
        DELETE FROM claims_fts_keys WHERE claim = old.id;
    END""",
)
"""The SQLite search tables, views and triggers, in creation order."""

SQLITE_FILL: tuple[str, ...] = (
    "INSERT INTO documents_fts_keys (doc) SELECT id FROM documents ORDER BY seq",
    "INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')",
    "INSERT INTO claims_fts_keys (claim) SELECT id FROM claims ORDER BY story, position",
    "INSERT INTO claims_fts (claims_fts) VALUES ('rebuild')",
)
"""Fills the SQLite search tables from what a store already holds (run once, on creation)."""


def _pg_document(at: str = "") -> str:
    """The text-search vector of a document (columns prefixed ``at``, e.g. "d.")."""
    return f"to_tsvector('english', COALESCE({at}title, '') || ' ' || {at}text)"


def _pg_claim(at: str = "") -> str:
    """The text-search vector of a claim: its text and its reading."""
    parts = " || ' ' || ".join(
        [f"{at}text"]
        + [f"COALESCE({at}{c}, '')" for c in ("measure", "speaker", "subject", "object")]
    )
    return f"to_tsvector('english', {parts})"


POSTGRES_INDEXES: tuple[str, ...] = (
    f"CREATE INDEX IF NOT EXISTS documents_fts ON documents USING GIN ({_pg_document()})",
    f"CREATE INDEX IF NOT EXISTS claims_fts ON claims USING GIN ({_pg_claim()})",
)
"""The PostgreSQL full-text indexes (the server keeps them as rows change)."""


def search_ready_sql(dialect: str) -> str:
    """A statement whose one row says whether the search tables exist (column ``ready``)."""
    if dialect == "postgresql":
        return "SELECT to_regclass('claims_fts') IS NOT NULL AS ready"
    return (
        "SELECT count(*) = 2 AS ready FROM sqlite_master "
        "WHERE name IN ('documents_fts', 'claims_fts')"
    )


def search_schema(dialect: str) -> tuple[str, ...]:
    """Statements that create the search tables and fill them from the stored rows."""
    if dialect == "postgresql":
        return POSTGRES_INDEXES
    return SQLITE_TABLES + SQLITE_FILL


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchHit:
    """One match: what it is, its story, a title, and the passage with the match in it.

    ``snippet`` is plain text; ``match`` is the (start, end) of the first match inside it.
    """

    kind: SearchKind
    id: str
    story: str | None
    title: str
    snippet: str
    match: tuple[int, int] | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Terms:
    """A query read as words: each group is one word, or every spelling of one entity.

    A match needs one spelling of every group. ``entities`` are the ids of the entities
    whose spellings the query named.
    """

    groups: tuple[tuple[str, ...], ...]
    entities: tuple[str, ...]

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every phrase of every group, longest first (for finding a match in a snippet)."""
        return tuple(sorted({p for g in self.groups for p in g}, key=lambda p: (-len(p), p)))


def fold(text: str) -> str:
    """Text as search compares it: case and diacritics folded, words split by one space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", plain))


def read_terms(query: str, lookup: Query, json_list: Callable[[Any], list[str]]) -> Terms:
    """Read a query: its words, where a run of them spelling an entity becomes every spelling.

    Args:
        query: What was typed.
        lookup: Runs a statement against the store.
        json_list: Reads the ``aliases`` JSON column.

    Returns:
        The groups to match; no groups when the query holds no word.
    """
    words = fold(query).split()
    if not words:
        return Terms(groups=(), entities=())
    spelled = _entities_spelled(words, lookup, json_list)
    groups: list[tuple[str, ...]] = []
    entities: list[str] = []
    at = 0
    while at < len(words):
        for size in range(min(MAX_SPELLING_WORDS, len(words) - at), 0, -1):
            phrase = " ".join(words[at : at + size])
            found = spelled.get(phrase)
            if found is not None:
                ids, spellings = found
                groups.append(tuple(dict.fromkeys((phrase, *sorted(spellings)))))
                entities.extend(i for i in ids if i not in entities)
                at += size
                break
        else:
            groups.append((words[at],))
            at += 1
    return Terms(groups=tuple(groups), entities=tuple(entities))


def _entities_spelled(
    words: Sequence[str], lookup: Query, json_list: Callable[[Any], list[str]]
) -> dict[str, tuple[set[str], set[str]]]:
    """For each folded spelling found among the query's words: entity ids, all spellings."""
    probes = sorted({w for w in words if len(w) >= 2})[:12]
    if not probes:
        return {}
    where = " OR ".join(
        "lower(name) LIKE ? ESCAPE '!' OR lower(CAST(aliases AS TEXT)) LIKE ? ESCAPE '!'"
        for _ in probes
    )
    params: list[Any] = []
    for word in probes:
        params += [_like(word), _like(word)]
    candidates = lookup(f"SELECT DISTINCT id FROM entities WHERE {where} LIMIT 500", params)
    ids = [str(r["id"]) for r in candidates]
    if not ids:
        return {}
    spellings: dict[str, set[str]] = {}
    for start in range(0, len(ids), 200):
        chunk = ids[start : start + 200]
        marks = ", ".join("?" for _ in chunk)
        for row in lookup(f"SELECT id, name, aliases FROM entities WHERE id IN ({marks})", chunk):
            names = {fold(row["name"]), *(fold(a) for a in json_list(row["aliases"]))}
            spellings.setdefault(str(row["id"]), set()).update(n for n in names if n)
    text = " ".join(words)
    found: dict[str, tuple[set[str], set[str]]] = {}
    for entity, names in spellings.items():
        for name in names:
            if f" {name} " in f" {text} ":
                ids_of, all_names = found.setdefault(name, (set(), set()))
                ids_of.add(entity)
                all_names.update(names)
    return found


def _like(word: str) -> str:
    """A LIKE pattern for a folded word anywhere (its % and _ taken literally)."""
    escaped = word.replace("!", "!!").replace("%", "!%").replace("_", "!_")
    return f"%{escaped}%"


def fts5_query(terms: Terms) -> str:
    """The FTS5 MATCH expression: every group, each one of its spellings as a phrase."""
    return " AND ".join(
        "(" + " OR ".join('"' + p.replace('"', '""') + '"' for p in group) + ")"
        for group in terms.groups
    )


def tsquery_sql(terms: Terms) -> tuple[str, list[str]]:
    """A PostgreSQL tsquery expression for ``terms`` and its parameters."""
    parts: list[str] = []
    params: list[str] = []
    for group in terms.groups:
        parts.append("(" + " || ".join("phraseto_tsquery('english', ?)" for _ in group) + ")")
        params.extend(group)
    return " && ".join(parts), params


def documents_sql(
    dialect: str, terms: Terms, story: str | None, limit: int
) -> tuple[str, list[Any]]:
    """The statement finding documents, best first, with a marked snippet of their text."""
    where, extra = ("AND d.story = ?", [story]) if story else ("", [])
    if dialect == "postgresql":
        query, params = tsquery_sql(terms)
        options = f"StartSel={START}, StopSel={STOP}, MaxWords=40, MinWords=15, MaxFragments=1"
        return (
            "SELECT d.id, d.story, d.title, d.outlet, "
            f"ts_headline('english', d.text, q.query, '{options}') AS snippet "
            f"FROM documents d, (SELECT {query} AS query) q "
            f"WHERE {_pg_document('d.')} @@ q.query {where} "
            f"ORDER BY ts_rank({_pg_document('d.')}, q.query) DESC, d.seq LIMIT ?",
            [*params, *extra, limit],
        )
    return (
        "SELECT d.id, d.story, d.title, d.outlet, "
        f"snippet(documents_fts, 1, '{START}', '{STOP}', '…', 24) AS snippet "
        "FROM documents_fts JOIN documents_fts_keys k ON k.n = documents_fts.rowid "
        "JOIN documents d ON d.id = k.doc "
        f"WHERE documents_fts MATCH ? {where} ORDER BY documents_fts.rank, d.seq LIMIT ?",
        [fts5_query(terms), *extra, limit],
    )


def claims_sql(dialect: str, terms: Terms, story: str | None, limit: int) -> tuple[str, list[Any]]:
    """The statement finding claims, best first, with their text marked where it matches."""
    where, extra = ("AND c.story = ?", [story]) if story else ("", [])
    columns = "c.id, c.story, c.text, c.measure, c.speaker, c.subject, c.object, d.title, d.outlet"
    if dialect == "postgresql":
        query, params = tsquery_sql(terms)
        options = f"StartSel={START}, StopSel={STOP}, HighlightAll=true"
        return (
            f"SELECT {columns}, ts_headline('english', c.text, q.query, '{options}') AS marked "
            "FROM claims c JOIN documents d ON d.id = c.doc, "
            f"(SELECT {query} AS query) q WHERE {_pg_claim('c.')} @@ q.query {where} "
            f"ORDER BY ts_rank({_pg_claim('c.')}, q.query) DESC, c.story, c.doc, c.position "
            "LIMIT ?",
            [*params, *extra, limit],
        )
    return (
        f"SELECT {columns}, highlight(claims_fts, 0, '{START}', '{STOP}') AS marked "
        "FROM claims_fts JOIN claims_fts_keys k ON k.n = claims_fts.rowid "
        "JOIN claims c ON c.id = k.claim JOIN documents d ON d.id = c.doc "
        f"WHERE claims_fts MATCH ? {where} ORDER BY claims_fts.rank, c.story, c.doc, c.position "
        "LIMIT ?",
        [fts5_query(terms), *extra, limit],
    )


def read_marked(marked: str, terms: Terms | None = None) -> tuple[str, tuple[int, int] | None]:
    """A snippet with match markers as plain text, and where its first match is.

    Marked words that together begin a spelling of ``terms`` ("al-Raqqah" marked as "al"
    and "Raqqah") are one match.
    """
    starts = set(terms.spellings) if terms else set()
    flat = " ".join(marked.split())
    plain = ""
    match: tuple[int, int] | None = None
    at = 0
    while at < len(flat):
        start = flat.find(START, at)
        if start < 0:
            plain += flat[at:].replace(STOP, "")
            break
        stop = flat.find(STOP, start)
        stop = len(flat) if stop < 0 else stop
        gap = flat[at:start].replace(STOP, "")
        word = flat[start + 1 : stop].replace(START, "")
        if match is None:
            match = (len(plain) + len(gap), len(plain) + len(gap) + len(word))
        elif match[1] == len(plain) and _begins_spelling(plain[match[0] :] + gap + word, starts):
            match = (match[0], len(plain) + len(gap) + len(word))  # the same match goes on
        plain += gap + word
        at = stop + 1
    return plain, match


def _begins_spelling(text: str, spellings: set[str]) -> bool:
    """Whether ``text``, folded, is a spelling or its first words."""
    folded = fold(text)
    return any(s == folded or s.startswith(folded + " ") for s in spellings)


def find_in(text: str, terms: Terms, *, width: int = 90) -> tuple[str, tuple[int, int] | None]:
    """A passage of ``text`` around the first spelling of ``terms`` in it (case-blind)."""
    flat = " ".join(text.split())
    folded = flat.casefold()
    best: tuple[int, int] | None = None
    for spelling in terms.spellings:
        pattern = r"\b" + r"\W+".join(re.escape(w) for w in spelling.split())
        match = re.search(pattern, folded)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), match.end())
    if best is None:
        return (flat[: 2 * width] + ("…" if len(flat) > 2 * width else "")), None
    start = max(0, best[0] - width)
    end = min(len(flat), best[1] + width)
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(flat) else ""
    begin = len(lead) + best[0] - start
    return lead + flat[start:end] + tail, (begin, begin + best[1] - best[0])


def run_search(
    query: Query,
    dialect: str,
    json_list: Callable[[Any], list[str]],
    text: str,
    *,
    kinds: Collection[SearchKind] = ("story", "document", "claim", "entity"),
    story: str | None = None,
    limit: int = 25,
) -> list[SearchHit]:
    """Stories, reports, claims and entities matching ``text``, each kind best first.

    Args:
        query: Runs a statement against the store.
        dialect: "sqlite" or "postgresql".
        json_list: Reads a JSON list column.
        text: What was typed.
        kinds: The kinds of hit wanted.
        story: Only this story's hits.
        limit: The most hits of each kind.

    Returns:
        Stories first, then reports, claims and entities.
    """
    terms = read_terms(text, query, json_list)
    if not terms.groups:
        return []
    hits: list[SearchHit] = []
    if "story" in kinds:
        hits += _stories(query, terms, story, limit)
    if "document" in kinds:
        sql, params = documents_sql(dialect, terms, story, limit)
        for r in query(sql, params):
            title = r["title"] or r["outlet"] or r["id"]
            shown, match = read_marked(r["snippet"] or "", terms)
            if match is None:
                shown, match = find_in(title, terms)
            hits.append(
                SearchHit(
                    kind="document", id=r["id"], story=r["story"], title=title,
                    snippet=shown, match=match,
                )
            )  # fmt: skip
    if "claim" in kinds:
        sql, params = claims_sql(dialect, terms, story, limit)
        for r in query(sql, params):
            reading = " · ".join(
                str(x) for x in (r["measure"], r["speaker"], r["subject"], r["object"]) if x
            )
            shown, match = read_marked(r["marked"] or r["text"], terms)
            if reading:
                shown = f"{shown} — {reading}"
                if match is None:
                    _, found = find_in(shown, terms, width=len(shown))
                    match = found
            hits.append(
                SearchHit(
                    kind="claim", id=r["id"], story=r["story"],
                    title=r["title"] or r["outlet"] or "claim", snippet=shown, match=match,
                )
            )  # fmt: skip
    if "entity" in kinds:
        hits += _entities(query, terms, text, story, limit)
    return hits


def _stories(query: Query, terms: Terms, story: str | None, limit: int) -> list[SearchHit]:
    """Stories whose label holds a spelling of every group of the query."""
    where: list[str] = []
    params: list[Any] = []
    for group in terms.groups:
        where.append("(" + " OR ".join("lower(label) LIKE ? ESCAPE '!'" for _ in group) + ")")
        params.extend(_like(p) for p in group)
    if story:
        where.append("id = ?")
        params.append(story)
    found = query(
        f"SELECT id, label FROM stories WHERE {' AND '.join(where)} ORDER BY seq LIMIT ?",
        [*params, limit],
    )
    hits = []
    for r in found:
        shown, match = find_in(r["label"], terms)
        hits.append(
            SearchHit(
                kind="story", id=r["id"], story=r["id"], title=r["label"], snippet=shown,
                match=match,
            )
        )  # fmt: skip
    return hits


def _entities(
    query: Query, terms: Terms, text: str, story: str | None, limit: int
) -> list[SearchHit]:
    """The entities the query spells, then those whose names hold the query's words."""
    phrase = fold(text)
    where = "(lower(e.name) LIKE ? ESCAPE '!' OR lower(CAST(e.aliases AS TEXT)) LIKE ? ESCAPE '!'"
    params: list[Any] = [_like(phrase), _like(phrase)]
    if terms.entities:
        where += f" OR e.id IN ({', '.join('?' for _ in terms.entities)})"
        params.extend(terms.entities)
    where += ")"
    if story:
        where += " AND e.story = ?"
        params.append(story)
    found = query(
        "SELECT e.id, e.story, e.name, e.type FROM entities e JOIN stories s ON s.id = e.story "
        f"WHERE {where} ORDER BY s.seq, e.position LIMIT ?",
        [*params, limit],
    )
    hits = []
    for r in found:
        shown, match = find_in(f"{r['name']} ({r['type']})", terms)
        hits.append(
            SearchHit(
                kind="entity", id=r["id"], story=r["story"], title=r["name"], snippet=shown,
                match=match,
            )
        )  # fmt: skip
    return hits
