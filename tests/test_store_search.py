"""Full-text search in the store, on SQLite (FTS5) and PostgreSQL: words by stem, every
spelling of an entity, kept up to date as stories are saved again, and created in a store
that had none."""

from __future__ import annotations

import pytest

from store_fixtures import raw_rows, sample_report
from triangulate.store import open_store, save_report
from triangulate.store.search import START, STOP, Terms, fold, read_marked

pytest_plugins = ["store_fixtures"]


@pytest.fixture
def saved(store_target: str) -> str:
    with open_store(store_target) as store:
        save_report(store, sample_report())
    return store_target


def _ids(target: str, query: str, kind: str, **options: object) -> list[str]:
    with open_store(target) as store:
        return [h.id for h in store.search(query, kinds=(kind,), **options)]  # type: ignore[arg-type]


def test_store_search_words_match_by_stem_in_any_order(saved: str) -> None:
    # "rejected the deal" is in report A; "reject" and "deals" are other forms of its words
    assert _ids(saved, "deals reject", "document") == ["dA"]
    assert _ids(saved, "counting casualties", "document") == ["dC"]  # "counted 4,000 casualties"
    assert _ids(saved, "casualties fighters", "document") == []  # every word must match
    # c1 says it in its text; c3 ("fighters left Raqqa") in its reading, what it measures
    assert _ids(saved, "fighters remaining", "claim") == ["c1", "c3"]
    assert _ids(saved, "up to 8,000 fighters", "claim") == ["c1"]


def test_store_search_any_spelling_finds_every_report_of_the_entity(saved: str) -> None:
    for spelling in ("Raqqa", "al-Raqqah", "AL RAQQAH", "الرقة"):
        assert sorted(_ids(saved, spelling, "document")) == ["dA", "dB", "dC"], spelling
    # with another word, the spelling still counts as every spelling
    assert _ids(saved, "Raqqa monitor", "document") == ["dC"]
    # a name that merely shares letters with a spelling is not a spelling
    assert _ids(saved, "Raq", "document") == []


def test_store_search_marks_the_match_in_its_snippet(saved: str) -> None:
    with open_store(saved) as store:
        hits = store.search("Raqqa")
    kinds = [h.kind for h in hits]
    assert kinds == sorted(kinds, key=["story", "document", "claim", "entity"].index)
    spellings = {"raqqa", "al raqqah", "الرقة"}
    marked = [h for h in hits if h.match is not None]
    assert {h.kind for h in marked} >= {"story", "document", "entity"}
    for hit in marked:
        assert hit.match is not None
        start, end = hit.match
        assert fold(hit.snippet[start:end]) in spellings, (hit.kind, hit.snippet)


def test_store_search_filters_by_story_and_kind(saved: str) -> None:
    assert sorted(_ids(saved, "Raqqa", "document", story="s1")) == ["dA", "dB"]
    assert _ids(saved, "Raqqa", "document", story="s2") == ["dC"]
    with open_store(saved) as store:
        assert {h.kind for h in store.search("Raqqa", kinds=("entity",))} == {"entity"}
        assert len(store.search("Raqqa", kinds=("document",), limit=1)) == 1


def test_store_search_follows_stories_saved_again_and_removed(saved: str) -> None:
    from dataclasses import replace

    report = sample_report()
    story = report.stories[1]
    claim = next(c for c in report.claims if c.doc in story.docs)
    assert _ids(saved, "casualties", "claim") == [claim.id]
    renamed = replace(claim, id="c5-new")
    with open_store(saved) as store:
        store.save_story(story, [], [renamed], [], [], [], [])
    assert _ids(saved, "casualties", "claim") == ["c5-new"]
    with open_store(saved) as store:
        store.delete_story(story.id)
    assert _ids(saved, "casualties", "claim") == []
    assert _ids(saved, "casualties", "document") == ["dC"]  # the report itself stays


@pytest.mark.parametrize(
    "query", ['"', "%_%", "AND OR NOT", "fighters*", "NEAR(a b)", "-", "   ", "a\x00b", "'; --"]
)
def test_store_search_odd_queries_never_fail(saved: str, query: str) -> None:
    with open_store(saved) as store:
        store.search(query)  # no exception; what it finds does not matter


def test_store_search_is_created_and_filled_in_a_store_that_had_none(saved: str) -> None:
    if saved.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(saved, autocommit=True) as conn:
            conn.execute("DROP INDEX documents_fts")
            conn.execute("DROP INDEX claims_fts")
    else:
        import sqlite3

        lite = sqlite3.connect(saved)
        for kind, name in lite.execute(
            "SELECT type, name FROM sqlite_master WHERE name LIKE '%fts%' AND type IN "
            "('trigger', 'view', 'table') AND name NOT LIKE 'documents_fts_%' "
            "OR name IN ('documents_fts_keys', 'documents_fts_src') OR type = 'trigger'"
        ).fetchall():
            if name.endswith(("_data", "_idx", "_docsize", "_config", "_content")):
                continue
            lite.execute(f"DROP {kind.upper()} IF EXISTS {name}")
        lite.commit()
        left = lite.execute("SELECT name FROM sqlite_master WHERE name LIKE '%fts%'").fetchall()
        lite.close()
        assert left == [], left
    assert sorted(_ids(saved, "Raqqa", "document")) == ["dA", "dB", "dC"]
    assert _ids(saved, "up to 8,000 fighters", "claim") == ["c1"]
    assert raw_rows(saved, "SELECT count(*) FROM claims")[0][0] == 5
    if saved.startswith("postgresql://"):
        found = raw_rows(saved, "SELECT to_regclass('documents_fts'), to_regclass('claims_fts')")
        assert None not in found[0]
    else:
        found = raw_rows(saved, "SELECT name FROM sqlite_master WHERE type = 'trigger'")
        assert len(found) == 5


def test_store_search_snippet_match_is_one_spelling_even_when_marked_in_pieces() -> None:
    terms = Terms(groups=(("al raqqah", "raqqa"), ("khan sabil",)), entities=())
    # PostgreSQL marks the words of a hyphenated name apart: one match, the whole spelling
    marked = f"In {START}al{STOP}-{START}Raqqah{STOP} on {START}Raqqa{STOP}"
    text, match = read_marked(marked, terms)
    assert text == "In al-Raqqah on Raqqa" and match is not None
    assert text[match[0] : match[1]] == "al-Raqqah"
    # two spellings side by side are two matches: the first is the one given
    text, match = read_marked(f"{START}Khan Sabil{STOP}\n{START}KHAN SABIL{STOP} said", terms)
    assert text == "Khan Sabil KHAN SABIL said" and match == (0, 10)
    assert read_marked("no match here", terms) == ("no match here", None)
