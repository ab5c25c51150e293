"""Read queries the web pages need beyond ``Store.load_report``: lists, look-ups, search.

They run through the store's own SQL layer, so the same statements work on SQLite and
PostgreSQL (``?`` placeholders, no dialect-specific SQL). Search is a case-insensitive
substring match (``lower(x) LIKE ?``) over story labels, report titles and texts, claim texts
and readings, and entity names and spellings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from triangulate.store import Store

CONTESTED_SQL = "('conflict', 'update', 'scope_differs')"

HitKind = Literal["story", "document", "claim", "entity"]


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


@dataclass(frozen=True, slots=True, kw_only=True)
class Hit:
    """One search result: what it is, where it lives, and the matching passage.

    ``snippet`` is plain text; ``match`` is the (start, end) of the match inside it.
    """

    kind: HitKind
    id: str
    story: str | None
    title: str
    snippet: str
    match: tuple[int, int] | None


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


def claim_rows(store: Store, *, story: str | None, offset: int, limit: int) -> list[dict[str, Any]]:
    """Flat claim rows (the ``claims_with_sources`` view), one story's or all."""
    where, params = ("WHERE story = ?", (story,)) if story else ("", ())
    return rows(
        store,
        "SELECT story, claim, kind, doc, outlet, char_start, char_end, text, measure, low, "
        "high, hedge, unit, speaker, relay, group_id, group_label, verdict, "
        f"independent_sources FROM claims_with_sources {where} "
        "ORDER BY story, doc, char_start, claim LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )


def entity_rows(
    store: Store, *, story: str | None, offset: int, limit: int
) -> list[dict[str, Any]]:
    """Entities with their mention counts, one story's or all (an entity once per story)."""
    where, params = ("WHERE e.story = ?", (story,)) if story else ("", ())
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
    store: Store, *, story: str | None, offset: int, limit: int
) -> list[dict[str, Any]]:
    """Documents without their text, one story's or all, in the order stored."""
    where, params = ("WHERE story = ?", (story,)) if story else ("", ())
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


def _pattern(query: str) -> str:
    """A LIKE pattern matching ``query`` anywhere, its own % and _ taken literally."""
    escaped = query.lower().replace("!", "!!").replace("%", "!%").replace("_", "!_")
    return f"%{escaped}%"


def snippet(text: str, query: str, *, width: int = 90) -> tuple[str, tuple[int, int] | None]:
    """A passage of ``text`` around the first match of ``query``, and the match inside it."""
    flat = " ".join(text.split())
    at = flat.lower().find(query.lower())
    if at < 0:
        return (flat[: 2 * width] + ("…" if len(flat) > 2 * width else "")), None
    start = max(0, at - width)
    end = min(len(flat), at + len(query) + width)
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(flat) else ""
    shown = lead + flat[start:end] + tail
    begin = len(lead) + at - start
    return shown, (begin, begin + len(query))


def search(store: Store, query: str, *, limit: int = 25) -> list[Hit]:
    """Stories, reports, claims and entities whose text contains ``query`` (any case).

    Args:
        store: The store to search.
        query: The words to find, as typed (matched as one substring).
        limit: The most hits of each kind.

    Returns:
        Stories first, then reports, claims and entities, each in stored order.
    """
    query = " ".join(query.split())
    if not query:
        return []
    like = _pattern(query)
    hits: list[Hit] = []
    for r in rows(
        store,
        "SELECT id, label FROM stories WHERE lower(label) LIKE ? ESCAPE '!' ORDER BY seq LIMIT ?",
        (like, limit),
    ):
        shown, match = snippet(r["label"], query)
        hits.append(
            Hit(
                kind="story",
                id=r["id"],
                story=r["id"],
                title=r["label"],
                snippet=shown,
                match=match,
            )
        )
    for r in rows(
        store,
        "SELECT id, story, title, outlet, text FROM documents "
        "WHERE lower(text) LIKE ? ESCAPE '!' OR lower(COALESCE(title, '')) LIKE ? ESCAPE '!' "
        "ORDER BY seq LIMIT ?",
        (like, like, limit),
    ):
        title = r["title"] or r["outlet"] or r["id"]
        shown, match = snippet(r["text"], query)
        if match is None:
            shown, match = snippet(title, query)
        hits.append(
            Hit(
                kind="document",
                id=r["id"],
                story=r["story"],
                title=title,
                snippet=shown,
                match=match,
            )
        )
    for r in rows(
        store,
        "SELECT c.id, c.story, c.text, c.measure, c.speaker, c.subject, c.object, "
        "c.predicate, d.title, d.outlet FROM claims c JOIN documents d ON d.id = c.doc "
        "WHERE lower(c.text) LIKE ? ESCAPE '!' OR lower(COALESCE(c.measure, '')) LIKE ? "
        "ESCAPE '!' OR lower(COALESCE(c.speaker, '')) LIKE ? ESCAPE '!' "
        "OR lower(COALESCE(c.subject, '') || ' ' || COALESCE(c.predicate, '') || ' ' || "
        "COALESCE(c.object, '')) LIKE ? ESCAPE '!' "
        "ORDER BY c.story, c.doc, c.position LIMIT ?",
        (like, like, like, like, limit),
    ):
        reading = " · ".join(
            str(x) for x in (r["measure"], r["speaker"], r["subject"], r["object"]) if x
        )
        shown, match = snippet(f"{r['text']} — {reading}" if reading else r["text"], query)
        hits.append(
            Hit(
                kind="claim",
                id=r["id"],
                story=r["story"],
                title=r["title"] or r["outlet"] or "claim",
                snippet=shown,
                match=match,
            )
        )
    for r in rows(
        store,
        "SELECT e.id, e.story, e.name, e.type, e.aliases FROM entities e "
        "JOIN stories s ON s.id = e.story "
        "WHERE lower(e.name) LIKE ? ESCAPE '!' OR lower(CAST(e.aliases AS TEXT)) LIKE ? "
        "ESCAPE '!' ORDER BY s.seq, e.position LIMIT ?",
        (like, like, limit),
    ):
        shown, match = snippet(f"{r['name']} ({r['type']})", query)
        hits.append(
            Hit(
                kind="entity",
                id=r["id"],
                story=r["story"],
                title=r["name"],
                snippet=shown,
                match=match,
            )
        )
    return hits
