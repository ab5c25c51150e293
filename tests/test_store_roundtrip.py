"""Saving and loading reports, on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import dataclasses

import pytest

from store_fixtures import many_documents, raw_rows, sample_report
from triangulate.model import Claim, Group, Report
from triangulate.report import json_report
from triangulate.store import StoreError, open_store, save_report

# The storage fixtures (PostgreSQL server, store targets) live beside the tests.
pytest_plugins = ["store_fixtures"]


def test_store_round_trip_equals_original(store_target: str) -> None:
    report = sample_report()
    with open_store(store_target) as store:
        save_report(store, report, command="triangulate analyze reports/")
    with open_store(store_target) as store:
        loaded = store.load_report()
    assert json_report.dumps(loaded) == json_report.dumps(report)
    assert loaded == report


def test_store_load_one_story(store_target: str) -> None:
    report = sample_report()
    with open_store(store_target) as store:
        save_report(store, report)
        one = store.load_report("s2")
        with pytest.raises(StoreError) as caught:
            store.load_report("nope")
    assert caught.value.code == "T021"
    assert [d.id for d in one.documents] == ["dC"]
    assert [s.id for s in one.stories] == ["s2"]
    assert [c.id for c in one.claims] == ["c5"]
    assert [g.id for g in one.groups] == ["g3"]
    assert [e.id for e in one.entities] == ["e4"]
    assert one.echoes == ()
    assert [t.label for t in one.timeline] == ["casualties counted"]
    assert [s.text for s in one.summary] == ["4,000 casualties."]


def test_store_stories_and_documents_of(store_target: str) -> None:
    report = sample_report()
    with open_store(store_target) as store:
        save_report(store, report)
        assert store.stories() == report.stories
        assert [d.id for d in store.documents_of("s1")] == ["dB", "dA"]
        assert store.documents_of(report.stories[1]) == (report.documents[2],)
        assert store.documents_of("unknown") == ()


def test_store_resave_adds_nothing(store_target: str) -> None:
    report = sample_report()
    with open_store(store_target) as store:
        save_report(store, report)
        hashes = {d.sha256 for d in report.documents}
        assert store.known_hashes([*hashes, "0" * 64]) == hashes
        run = store.begin_run("again", report.inputs)
        assert store.save_documents(run, report.documents) == 0
        store.finish_run(run)
        save_report(store, dataclasses.replace(report, created="2024-06-01T00:00:00Z"))
        again = store.load_report()
    assert again == dataclasses.replace(report, created="2024-06-01T00:00:00Z")
    assert raw_rows(store_target, "SELECT count(*) FROM documents") == [(3,)]
    assert raw_rows(store_target, "SELECT count(*) FROM cuts") == [(2,)]
    assert raw_rows(store_target, "SELECT count(*) FROM runs WHERE status = 'ok'") == [(3,)]


def test_store_save_story_replaces_derived_rows(store_target: str) -> None:
    report = sample_report()
    story = report.stories[0]
    with open_store(store_target) as store:
        save_report(store, report)
        claim = dataclasses.replace(report.claims[0], id="c9", text=report.claims[0].text)
        group = Group(
            id="g9", label="new", kind="figure", claims=("c9",), verdict="single", explanation="x"
        )
        store.save_story(
            dataclasses.replace(story, label="renamed"),
            report.entities[:1],
            [claim],
            [group],
            [],
            [],
            [],
        )
        loaded = store.load_report()
    assert [s.label for s in loaded.stories] == ["renamed", "casualties"]
    assert [c.id for c in loaded.claims] == ["c9", "c5"]
    assert [g.id for g in loaded.groups] == ["g9", "g3"]
    assert [e.id for e in loaded.entities] == ["e1", "e4"]
    assert loaded.echoes == ()
    assert [t.label for t in loaded.timeline] == ["casualties counted"]
    assert [s.text for s in loaded.summary] == ["4,000 casualties."]
    assert raw_rows(store_target, "SELECT count(*) FROM group_claims") == [(2,)]
    assert raw_rows(store_target, "SELECT count(*) FROM citations") == [(1,)]


def test_store_save_story_is_atomic(store_target: str) -> None:
    report = sample_report()
    bad = Claim(id="cX", kind="assertion", doc="not-stored", start=0, end=1, text="x")
    with open_store(store_target) as store:
        save_report(store, report)
        with pytest.raises(StoreError) as caught:
            store.save_story(report.stories[0], [], [bad], [], [], [], [])
        assert caught.value.code == "T021"
        with pytest.raises(StoreError, match="not stored"):
            store.save_story(
                dataclasses.replace(report.stories[0], docs=("missing",)), [], [], [], [], [], []
            )
        # Both failures rolled back: the story is as it was saved.
        assert store.load_report() == report


def test_store_moves_a_document_between_stories(store_target: str) -> None:
    report = sample_report()
    with open_store(store_target) as store:
        save_report(store, report)
        moved = dataclasses.replace(report.stories[1], docs=("dC", "dB"))
        store.save_story(moved, [], [report.claims[2]], [], [], [], [])
        stories = store.stories()
        loaded = store.load_report()
    assert [s.docs for s in stories] == [("dA",), ("dC", "dB")]
    # dB's claims left story s1 with the document.
    assert sorted(c.id for c in loaded.claims) == ["c1", "c2", "c3"]


def test_store_state_round_trip(store_target: str) -> None:
    with open_store(store_target) as store:
        assert store.get_state("stories") is None
        store.set_state("stories", {"centroids": [[0.5, 1.0]], "names": ["Ü", "🏙"]})
        store.set_state("stories", {"centroids": [], "n": 2})
        store.set_state("flag", True)
    with open_store(store_target) as store:
        assert store.get_state("stories") == {"centroids": [], "n": 2}
        assert store.get_state("flag") is True
        with pytest.raises(StoreError):
            store.set_state("schema_version", 99)


def test_store_documents_saved_one_by_one(store_target: str) -> None:
    docs = list(many_documents(30, size=200, cuts=3))
    with open_store(store_target) as store:
        run = store.begin_run("batch", [])
        assert store.save_documents(run, docs[:10]) == 10
        assert store.save_documents(run, docs) == 20
        store.finish_run(run, "ok")
        loaded = store.load_report()
    assert loaded.documents == tuple(docs)
    assert loaded.created != ""


def test_store_conflicting_document_id(store_target: str) -> None:
    report = sample_report()
    clash = dataclasses.replace(report.documents[0], text="other", sha256="f" * 64)
    with open_store(store_target) as store:
        run = store.begin_run("x", [])
        store.save_documents(run, report.documents)
        with pytest.raises(StoreError, match="different content"):
            store.save_documents(run, [clash])


def test_store_empty_report(store_target: str) -> None:
    empty = Report(created="2024-01-01T00:00:00Z", inputs=(), documents=(), entities=(), stories=())
    with open_store(store_target) as store:
        save_report(store, empty)
        assert store.load_report() == empty
