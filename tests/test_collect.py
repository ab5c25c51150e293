"""Analyses kept in a database: re-ingesting adds nothing, new reports join their stories,
only the stories that changed are analysed again, and a killed run is completed next time."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import triangulate.pipeline as pipeline
from triangulate.collect import ALREADY_STORED, analyze_into
from triangulate.store import open_store

pytest_plugins = ["store_fixtures"]

DATA = Path(__file__).resolve().parent / "data" / "port-veran"


def _story_rows(target: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Per stored story: its claim ids and group ids."""
    with open_store(target) as store:
        out = {}
        for story in store.stories():
            report = store.load_report(story.id)
            out[story.id] = (
                tuple(sorted(c.id for c in report.claims)),
                tuple(sorted(g.id for g in report.groups)),
            )
        return out


def test_collect_adds_stories_and_redoes_only_what_changed(
    store_target: str, examples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    khan = examples_dir / "khan-sabil"
    with open_store(store_target) as store:
        first = analyze_into(store, khan)
    assert len(first.stories) == 1 and len(first.documents) == 6
    assert any(g.verdict == "conflict" for g in first.groups)
    before = _story_rows(store_target)

    # The same reports again: nothing is added, every input says why it was skipped, and
    # the report is the stored story, as the first run reported it.
    with open_store(store_target) as store:
        again = analyze_into(store, khan)
    assert again.stories == first.stories
    assert sorted(again.documents, key=lambda d: d.id) == sorted(
        first.documents, key=lambda d: d.id
    )
    assert sorted(g.id for g in again.groups) == sorted(g.id for g in first.groups)
    assert {i.status for i in again.inputs} == {"skipped"}
    assert {i.reason for i in again.inputs} == {ALREADY_STORED}
    assert _story_rows(store_target) == before

    # A new event: a story of its own; the flood story is neither touched nor re-analysed.
    analysed: list[str] = []
    real = pipeline.analyse_story

    def counting(story, documents, **kwargs):  # type: ignore[no-untyped-def]
        analysed.append(story.id)
        return real(story, documents, **kwargs)

    monkeypatch.setattr(pipeline, "analyse_story", counting)
    with open_store(store_target) as store:
        fire = analyze_into(store, DATA)
    assert len(fire.stories) == 1 and len(analysed) == 1
    after = _story_rows(store_target)
    assert len(after) == 2
    for story, rows in before.items():
        assert after[story] == rows

    # One more report of the flood joins the flood story, and only it is analysed again.
    extra = tmp_path / "late.txt"
    extra.write_text(
        "Khan Sabil flood: Civil Defence raises toll\n\n"
        "KHAN SABIL, Syria (AFP) - The Civil Defence said on Sunday that 51 people had died "
        "in the Khan Sabil flood, after divers recovered three bodies near the Al-Rashid Dam.",
        encoding="utf-8",
    )
    analysed.clear()
    with open_store(store_target) as store:
        late = analyze_into(store, extra)
        stories = {s.id: s for s in store.stories()}
    assert analysed == list(before)
    assert len(stories[analysed[0]].docs) == 7
    assert any(c.figure and c.figure.low == 51 for c in late.claims)


def _write_pile(folder: Path, count: int) -> None:
    """Short invented reports about a handful of events, enough to take a while to analyse."""
    towns = ["Arvel", "Bostra", "Cendrin", "Dalmor", "Esterby", "Fenwick"]
    events = ["a warehouse fire", "a bridge collapse", "a ferry accident", "a mine flood"]
    folder.mkdir()
    for n in range(count):
        town, event = towns[n % len(towns)], events[n % len(events)]
        (folder / f"{n:04d}.txt").write_text(
            f"{event.capitalize()} in {town}, report {n}\n\n"
            f"Officials in {town} said {10 + n % 7} people were hurt in {event} on Monday, "
            f"the regional office told reporters. Witnesses said about {40 + n % 5} "
            f"residents left their homes near the river in {town}. Report number {n}.",
            encoding="utf-8",
        )


def test_collect_killed_run_is_completed_by_the_next(tmp_path: Path) -> None:
    pile = tmp_path / "pile"
    _write_pile(pile, 240)
    db = tmp_path / "pile.db"
    script = (
        "import sys\n"
        "from triangulate.collect import analyze_into\n"
        "from triangulate.store import open_store\n"
        "with open_store(sys.argv[1]) as store:\n"
        "    analyze_into(store, sys.argv[2])\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script, str(db), str(pile)])
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(db) as conn:
                stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
                analysed = conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored >= 240 and analysed >= 1:
            break
    assert child.poll() is None, "the run finished before it could be killed: make it larger"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        pending = conn.execute("SELECT COUNT(*) FROM documents WHERE story IS NULL").fetchone()[0]
    assert pending > 0, "the kill should leave documents that no story has analysed yet"

    with open_store(str(db)) as store:
        report = analyze_into(store, pile)
        assert store.pending_documents() == ()
        stories = store.stories()
    assert {i.reason for i in report.inputs} == {ALREADY_STORED}
    members = [d for s in stories for d in s.docs]
    assert len(members) == len(set(members)) == 240
    with sqlite3.connect(db) as conn:
        counted = conn.execute("SELECT COUNT(DISTINCT doc) FROM claims").fetchone()[0]
    assert counted == 240


def test_cli_analyze_db_then_export(tmp_path: Path, examples_dir: Path) -> None:
    from typer.testing import CliRunner

    from triangulate.cli.main import app

    shutil.copytree(examples_dir / "khan-sabil", tmp_path / "in")
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    first = runner.invoke(app, ["analyze", str(tmp_path / "in"), "--db", db, "-q"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["analyze", str(tmp_path / "in"), "--db", db, "-q"])
    assert again.exit_code == 0, again.output  # nothing new is not an error
    csv_path = tmp_path / "claims.csv"
    done = runner.invoke(app, ["export", "--db", db, "--format", "csv", "-o", str(csv_path)])
    assert done.exit_code == 0, done.output
    header, *rows = csv_path.read_text(encoding="utf-8").splitlines()
    for column in ("story", "date", "place", "measure", "low", "high", "hedge", "speaker"):
        assert column in header.split(",")
    assert len(rows) >= 20
    bad = runner.invoke(app, ["export", "--db", db, "--format", "xml"])
    assert bad.exit_code == 1 and "csv or jsonl" in bad.output
    assert "Traceback" not in bad.output


CONCERT = (
    "Porto youth orchestra ends European tour in Lisbon\n"
    "The Porto youth orchestra closed its twelve-city European tour at the Coliseu in "
    "Lisbon on Saturday night, playing Mahler and Ravel to a sold-out hall of 4,000.\n"
    "Its conductor, Helena Vaz, said the 85 musicians aged 14 to 21 had rehearsed since "
    "January. Part of the ticket money goes to the Wadi Hamra Relief Committee.\n"
)


def test_collect_keeps_one_entity_id_across_stories_and_runs(
    store_target: str, examples_dir: Path, tmp_path: Path
) -> None:
    with open_store(store_target) as store:
        analyze_into(store, examples_dir / "khan-sabil")
        stored = {
            e.name: e.id
            for e in store.load_report().entities
            if e.name == "Wadi Hamra Relief Committee"
        }
    assert stored, "the example names the committee"
    concert = tmp_path / "concert.txt"
    concert.write_text(CONCERT, encoding="utf-8")
    with open_store(store_target) as store:
        added = analyze_into(store, concert)
        everything = store.load_report()
        known = {row[0] for row in store.known_entities()}
    assert len(everything.stories) == 2, "the concert is a story of its own"
    records = [e for e in everything.entities if e.name == "Wadi Hamra Relief Committee"]
    story_of = {d: s.id for s in everything.stories for d in s.docs}
    assert {e.id for e in records} == set(stored.values())
    assert len({story_of[e.mentions[0].doc] for e in records}) == 2
    assert [e.id for e in added.entities if "Wadi Hamra" in e.name] == list(stored.values())
    assert set(stored.values()) <= known
