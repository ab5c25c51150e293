"""Read queries the web pages need beyond ``Store.load_report``: lists, look-ups, search.

They run through the store's own SQL layer, so the same statements work on SQLite and
PostgreSQL (``?`` placeholders, no dialect-specific SQL). Search is the store's full-text
search (``store/search.py``: FTS5 in SQLite, text search in PostgreSQL), aware of every
spelling of an entity; story labels and entity names are matched as text.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, Literal

from triangulate.store import Store
from triangulate.store.search import SearchHit, SearchKind

CONTESTED_SQL = "('conflict', 'update', 'scope_differs')"

HitKind = SearchKind


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryRow:
    """One line of the story list.

    ``first`` and ``last`` are the first and last publication dates of the story's reports;
    ``first_inferred`` (``last_inferred``) is true when no report states that day and only
    a date inferred from the story puts it there.
    """

    id: str
    label: str
    reports: int
    conflicts: int
    claims: int
    first: str | None
    last: str | None
    first_inferred: bool = False
    last_inferred: bool = False


Hit = SearchHit
"""One search result (``store.search.SearchHit``)."""


def rows(store: Store, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    """Rows of a read-only statement written with ``?`` placeholders."""
    return store.read(sql, params)


def count_stories(store: Store) -> int:
    """How many stories are stored."""
    return int(rows(store, "SELECT count(*) AS n FROM stories")[0]["n"])


def story_rows(store: Store, *, offset: int = 0, limit: int = 50) -> list[StoryRow]:
    """Stories in the order first saved, with their report, claim and conflict counts."""
    found = rows(
        store,
        "SELECT s.id, s.label, "
        "(SELECT count(*) FROM documents d WHERE d.story = s.id) AS reports, "
        "(SELECT count(*) FROM claims c WHERE c.story = s.id) AS claims, "
        "(SELECT count(*) FROM groups g WHERE g.story = s.id "
        f"AND g.verdict IN {CONTESTED_SQL}) AS conflicts, "
        "(SELECT min(d.published_date) FROM documents d WHERE d.story = s.id) AS first, "
        "(SELECT max(d.published_date) FROM documents d WHERE d.story = s.id) AS last, "
        "(SELECT min(d.published_date) FROM documents d WHERE d.story = s.id "
        "AND d.published_basis <> 'inferred') AS first_stated, "
        "(SELECT max(d.published_date) FROM documents d WHERE d.story = s.id "
        "AND d.published_basis <> 'inferred') AS last_stated "
        "FROM stories s ORDER BY s.seq LIMIT ? OFFSET ?",
        (limit, offset),
    )
    return [
        StoryRow(
            id=r["id"],
            label=r["label"],
            reports=int(r["reports"]),
            conflicts=int(r["conflicts"]),
            claims=int(r["claims"]),
            first=r["first"],
            last=r["last"],
            first_inferred=r["first"] is not None and r["first_stated"] != r["first"],
            last_inferred=r["last"] is not None and r["last_stated"] != r["last"],
        )
        for r in found
    ]


def story_exists(store: Store, story_id: str) -> bool:
    """Whether a story with this id is stored."""
    return bool(rows(store, "SELECT 1 AS x FROM stories WHERE id = ?", (story_id,)))


def story_of_claim(store: Store, claim_id: str) -> str | None:
    """The story a claim belongs to, or None if there is no such claim."""
    found = rows(store, "SELECT story FROM claims WHERE id = ?", (claim_id,))
    return str(found[0]["story"]) if found else None


def story_of_document(store: Store, doc_id: str) -> tuple[bool, str | None]:
    """Whether the document is stored, and its story (None while it is in none)."""
    found = rows(store, "SELECT story FROM documents WHERE id = ?", (doc_id,))
    if not found:
        return False, None
    story = found[0]["story"]
    return True, None if story is None else str(story)


def stories_of_entity(store: Store, entity_id: str) -> list[tuple[str, str]]:
    """Every story (id, label) an entity is named in, in story order."""
    found = rows(
        store,
        "SELECT s.id, s.label FROM entities e JOIN stories s ON s.id = e.story "
        "WHERE e.id = ? ORDER BY s.seq",
        (entity_id,),
    )
    return [(str(r["id"]), str(r["label"])) for r in found]


def story_labels(store: Store, ids: list[str]) -> dict[str, str]:
    """The labels of these stories (unknown ids left out)."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    found = rows(store, f"SELECT id, label FROM stories WHERE id IN ({marks})", tuple(ids))
    return {str(r["id"]): str(r["label"]) for r in found}


ClaimKind = Literal["figure", "assertion"]
VerdictFilter = Literal["agree", "conflict", "scope_differs", "update", "single", "contested"]
"""A verdict, or "contested": conflict, update or scope_differs."""
DateBasisFilter = Literal["metadata", "dateline", "inferred", "unknown"]


def _where(
    conditions: list[tuple[str, Any]], fixed: list[str] | None = None
) -> tuple[str, tuple[Any, ...]]:
    """A WHERE clause joining the conditions whose value is given (not None) and ``fixed``."""
    given = [(sql, value) for sql, value in conditions if value is not None]
    clauses = [sql for sql, _ in given] + (fixed or [])
    if not clauses:
        return "", ()
    return "WHERE " + " AND ".join(clauses), tuple(v for _, v in given)


def claim_rows(
    store: Store,
    *,
    story: str | None,
    offset: int,
    limit: int,
    doc: str | None = None,
    kind: ClaimKind | None = None,
    verdict: VerdictFilter | None = None,
    outlet: str | None = None,
) -> list[dict[str, Any]]:
    """Flat claim rows (the ``claims_with_sources`` view), filtered, in a stable order.

    Args:
        store: The store.
        story: Only this story's claims.
        offset: Rows to skip.
        limit: The most rows.
        doc: Only this report's claims.
        kind: Only figures, or only assertions.
        verdict: Only claims whose group has this verdict ("contested": conflict, update or
            scope_differs).
        outlet: Only claims published by this outlet (any case).
    """
    contested = verdict == "contested"
    where, params = _where(
        [
            ("story = ?", story),
            ("doc = ?", doc),
            ("kind = ?", kind),
            ("verdict = ?", None if contested else verdict),
            ("lower(outlet) = lower(?)", outlet),
        ],
        [f"verdict IN {CONTESTED_SQL}"] if contested else None,
    )
    return rows(
        store,
        "SELECT story, claim, kind, doc, outlet, char_start, char_end, text, measure, low, "
        "high, hedge, unit, speaker, relay, group_id, group_label, verdict, "
        f"independent_sources FROM claims_with_sources {where} "
        "ORDER BY story, doc, char_start, claim LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )


def entity_rows(
    store: Store,
    *,
    story: str | None,
    offset: int,
    limit: int,
    type: str | None = None,
) -> list[dict[str, Any]]:
    """Entities with their mention counts, one story's or all (an entity once per story).

    ``type`` keeps only entities of that type (PERSON, ORG, GPE, ...).
    """
    where, params = _where([("e.story = ?", story), ("e.type = ?", type)])
    found = rows(
        store,
        "SELECT e.story, e.id, e.name, e.type, e.aliases, "
        "(SELECT count(*) FROM mentions m WHERE m.story = e.story AND m.entity = e.id) "
        f"AS mentions FROM entities e JOIN stories s ON s.id = e.story {where} "
        "ORDER BY s.seq, e.position LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return found


def document_rows(
    store: Store,
    *,
    story: str | None,
    offset: int,
    limit: int,
    outlet: str | None = None,
    basis: DateBasisFilter | None = None,
) -> list[dict[str, Any]]:
    """Documents without their text, in the order stored, filtered.

    ``outlet`` keeps one outlet's reports (any case); ``basis`` those whose publication
    date rests on that basis ("inferred", ...).
    """
    where, params = _where(
        [
            ("story = ?", story),
            ("lower(outlet) = lower(?)", outlet),
            ("published_basis = ?", basis),
        ]
    )
    return rows(
        store,
        "SELECT id, story, title, outlet, source, url, published_date, published_basis "
        f"FROM documents {where} ORDER BY seq LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )


def table_counts(store: Store) -> dict[str, int]:
    """Row counts of the main tables (to show, and to prove a refused upload wrote nothing)."""
    counts: dict[str, int] = {}
    for table in ("runs", "inputs", "documents", "stories", "claims", "groups", "entities"):
        counts[table] = int(rows(store, f"SELECT count(*) AS n FROM {table}")[0]["n"])
    return counts


# -- search --------------------------------------------------------------------------------


def search(
    store: Store,
    query: str,
    *,
    kinds: Collection[HitKind] = ("story", "document", "claim", "entity"),
    story: str | None = None,
    limit: int = 25,
) -> list[Hit]:
    """Stories, reports, claims and entities matching ``query`` (the store's full-text search).

    Every word must match, by stem ("killed civilians" finds "civilians were killed"); a run
    of words spelling an entity matches any of its spellings ("Raqa" finds "Raqqa").

    Args:
        store: The store to search.
        query: The words to find, as typed.
        kinds: The kinds of hit wanted.
        story: Only this story's hits.
        limit: The most hits of each kind.

    Returns:
        Stories first, then reports, claims and entities, each kind best first.
    """
    return store.search(query, kinds=kinds, story=story, limit=limit)
