"""The web app's background jobs parse on this machine's cores when a job pays for it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from processes import no_children_left
from triangulate.collect import add_to_store
from triangulate.exec import LocalParser, pool
from triangulate.ingest import ingest_bytes
from triangulate.model import Document, InputRecord
from triangulate.report.json_report import dumps
from triangulate.store import open_store
from triangulate.web.jobs import JobQueue

REPORTS = {
    "harlow.txt": "Bus crash in Harlow\n\nPolice in Harlow said 14 people were hurt when a bus "
    "left the road on Monday. The driver, 58, was taken to hospital, a spokesman said.",
    "corbin.txt": "Corbin libraries to close\n\nThe Corbin council voted 7-2 to close two "
    "libraries, its chairman told reporters on Tuesday, saving about $400,000 a year.",
}


def _read() -> tuple[tuple[InputRecord, ...], tuple[Document, ...]]:
    inputs: list[InputRecord] = []
    documents: list[Document] = []
    for name, text in REPORTS.items():
        read = ingest_bytes(name, text.encode("utf-8"))
        inputs.extend(read.inputs)
        documents.extend(read.documents)
    return tuple(inputs), tuple(documents)


def _stored(db: Path) -> str:
    """Every story the database holds, as the report JSON, the creation time left out."""
    with open_store(db) as store:
        report = store.load_report()
    return re.sub(r'"created": "[^"]*"', '"created": ""', dumps(report))


def test_web_job_parses_on_every_core_and_stores_what_one_process_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs, documents = _read()
    with open_store(tmp_path / "one.db") as store:
        add_to_store(store, inputs, documents, parser=LocalParser(1))

    monkeypatch.setattr(pool, "available_cores", lambda: 2)
    monkeypatch.setattr(pool, "MIN_CHARS", 1)  # so that two short reports pay for the pool
    started: list[int] = []
    real_start = pool.LocalParser._start

    def start(self: pool.LocalParser) -> object:
        started.append(self.jobs)
        return real_start(self)

    monkeypatch.setattr(pool.LocalParser, "_start", start)
    jobs = JobQueue(str(tmp_path / "pooled.db"))
    jobs.start()
    try:
        job = jobs.wait(jobs.submit("2 files", inputs, documents).id, 120)
    finally:
        jobs.stop()
    assert job is not None and job.status == "done", job
    assert started and set(started) == {2}  # one worker per core, by default
    assert _stored(tmp_path / "pooled.db") == _stored(tmp_path / "one.db")
    assert '"kind": "figure"' in _stored(tmp_path / "one.db")
    assert no_children_left()  # the pool's processes have all exited


def test_added_urls_are_counted_when_taken_not_when_a_thread_picks_them_up(
    tmp_path: Path,
) -> None:
    # One fetch thread and one place to wait: two URLs added at once are both taken,
    # whether or not the thread has picked up the first yet; a third is refused until
    # one is done.
    import threading

    from triangulate.ingest import Ingested
    from triangulate.web.errors import WebError

    release = threading.Event()

    def read() -> Ingested:
        release.wait(10)
        raise WebError(422, "gone", "the address gave nothing")

    jobs = JobQueue(str(tmp_path / "fetching.db"), fetchers=1, waiting=1)
    try:
        for _ in range(20):  # each round races the thread's first pick-up anew
            first, second = jobs.submit_later("a", read), jobs.submit_later("b", read)
            with pytest.raises(WebError) as refused:
                jobs.submit_later("c", read)
            assert refused.value.status == 503
            release.set()
            for job in (first, second):
                done = jobs.wait(job.id, 10)
                assert done is not None and done.status == "failed"
            release.clear()
    finally:
        release.set()
        jobs.stop(1.0)
