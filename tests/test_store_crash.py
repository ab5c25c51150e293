"""A writer killed with SIGKILL mid-save leaves a consistent store; the next run completes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from store_fixtures import many_documents, raw_rows, sample_report
from triangulate.store import open_store, save_report

pytest_plugins = ["store_fixtures"]

TESTS = Path(__file__).resolve().parent
COUNT = 3000
CUTS = 20

# The writer: one run saving many documents, each in its own transaction.
WRITER = """
import sys
sys.path.insert(0, sys.argv[1])
from store_fixtures import many_documents
from triangulate.store import open_store, save_report
store = open_store(sys.argv[2])
run = store.begin_run("crash test", [])
store.save_documents(run, many_documents(int(sys.argv[3]), cuts=int(sys.argv[4])))
store.finish_run(run)
"""

# Documents whose cut rows do not match their count: a document written by halves.
HALF_WRITTEN = """
SELECT d.id FROM documents d LEFT JOIN cuts c ON c.doc = d.id
GROUP BY d.id, d.cut_count HAVING count(c.doc) <> d.cut_count
"""


def _count(target: str) -> int:
    count = raw_rows(target, "SELECT count(*) FROM documents")[0][0]
    assert isinstance(count, int)
    return count


def test_store_survives_sigkill(store_target: str) -> None:
    open_store(store_target).close()  # the schema exists before the writer starts
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(TESTS), store_target, str(COUNT), str(CUTS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while _count(store_target) < 100:
            assert writer.poll() is None, writer.communicate()[1].decode()
            assert time.monotonic() < deadline, "the writer saved nothing in 60 s"
            time.sleep(0.005)
        assert writer.poll() is None, "the writer finished before it could be killed"
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    saved = _count(store_target)
    assert 100 <= saved < COUNT

    if not store_target.startswith("postgresql://"):
        assert raw_rows(store_target, "PRAGMA integrity_check") == [("ok",)]
        assert raw_rows(store_target, "PRAGMA foreign_key_check") == []
    assert raw_rows(store_target, HALF_WRITTEN) == []
    assert raw_rows(
        store_target, "SELECT count(*) FROM cuts WHERE doc NOT IN (SELECT id FROM documents)"
    ) == [(0,)]
    assert raw_rows(store_target, "SELECT status, finished FROM runs") == [("running", None)]

    # The next run: the same documents again; only the missing ones are added.
    with open_store(store_target) as store:
        docs = list(many_documents(COUNT, cuts=CUTS))
        assert len(store.known_hashes(d.sha256 for d in docs)) == saved
        run = store.begin_run("again", [])
        assert store.save_documents(run, docs) == COUNT - saved
        store.finish_run(run)
    assert raw_rows(store_target, "SELECT count(*), count(DISTINCT id) FROM documents") == [
        (COUNT, COUNT)
    ]
    assert raw_rows(store_target, "SELECT count(*) FROM cuts") == [(COUNT * CUTS,)]
    assert raw_rows(store_target, HALF_WRITTEN) == []


# The writer: replaces story s1 with a great many claims, announcing when it starts.
STORY_WRITER = """
import dataclasses, sys
sys.path.insert(0, sys.argv[1])
from store_fixtures import sample_report
from triangulate.store import open_store, save_report
report = sample_report()
claims = [dataclasses.replace(report.claims[0], id=f"x{i}") for i in range(int(sys.argv[3]))]
store = open_store(sys.argv[2])
print("go", flush=True)
store.save_story(report.stories[0], report.entities, claims, [], [], [], [])
print("done", flush=True)
"""


def test_store_story_survives_sigkill(store_target: str) -> None:
    report = sample_report()
    with open_store(store_target) as store:
        save_report(store, report)
    writer = subprocess.Popen(
        [sys.executable, "-c", STORY_WRITER, str(TESTS), store_target, "200000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline() == "go\n", writer.communicate()[1]
        time.sleep(0.3)
        assert writer.poll() is None, "the story was saved before it could be killed"
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.wait(timeout=30)
    if not store_target.startswith("postgresql://"):
        assert raw_rows(store_target, "PRAGMA integrity_check") == [("ok",)]
    # Nothing of the killed replacement is visible: the story is as first saved.
    with open_store(store_target) as store:
        assert store.load_report() == report
