"""Background work: a few fetch threads, one analysis thread, a job table in memory.

Reports added through the web are read and checked while the request runs (so bad input is
refused before anything is stored); what remains, storing them and re-analysing the stories
they join (``collect.add_to_store``), runs here, one job at a time, so only one thread ever
writes to the database. A job's progress comes from ``add_to_store``'s progress callback.

A job whose reports must first be fetched (an added URL) is read on one of ``fetchers``
threads of its own, never on a thread that answers requests, so slow servers cannot take
the app's threads; at most ``fetchers`` fetch at once and ``waiting`` more wait, and past
that ``submit_later`` refuses with 503 until some are done. Every fetch ends by its own
deadline.

The table keeps the latest ``keep`` jobs; it is lost when the server stops (what the jobs
stored is not). ``stop`` lets a running job finish for a moment, then leaves it: the threads
are daemons and every write is a transaction, so the server can stop at once.
"""

from __future__ import annotations

import logging
import queue
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Literal

from triangulate.collect import add_to_store
from triangulate.errors import TriangulateError
from triangulate.exec import LocalParser
from triangulate.ingest import Ingested
from triangulate.model import Document, InputRecord
from triangulate.store import open_store
from triangulate.web.errors import WebError

log = logging.getLogger(__name__)

JobStatus = Literal["queued", "running", "done", "failed"]

STAGE_NAMES = {
    "read": "Reading inputs",
    "stories": "Sorting into stories",
    "parse": "Parsing reports",
    "resolve": "Resolving entities",
    "claims": "Reading claims",
    "check": "Cross-checking stories",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Job:
    """One request to add reports, as it stands.

    Attributes:
        id: The job's id (random, unguessable).
        label: What was given ("3 files", a URL, "pasted text").
        status: queued, running, done or failed.
        stage: The analysis stage now running, in words, or None.
        done: Steps of that stage done.
        total: Steps of that stage in all, when known.
        message: What went wrong (failed), or what was done (done).
        created: When it was submitted (ISO-8601, UTC).
        finished: When it ended, or None.
        inputs: Every input with what became of it.
        stories: The stories it added reports to, as (id, label).
        documents: How many reports were new.
    """

    id: str
    label: str
    status: JobStatus
    stage: str | None = None
    done: int = 0
    total: int | None = None
    message: str | None = None
    created: str
    finished: str | None = None
    inputs: tuple[InputRecord, ...] = ()
    stories: tuple[tuple[str, str], ...] = ()
    documents: int = 0


@dataclass(frozen=True, slots=True)
class _Work:
    job: str
    inputs: tuple[InputRecord, ...]
    documents: tuple[Document, ...]


@dataclass(frozen=True, slots=True)
class _Fetch:
    job: str
    read: Callable[[], Ingested]


class JobQueue:
    """Runs add-report jobs on background threads against one database.

    Args:
        target: The database path or URL; the worker opens its own connection per job.
        keep: How many jobs the table remembers (oldest finished ones are dropped).
        fetchers: How many jobs may fetch their reports at once (``submit_later``).
        waiting: How many more may wait for a fetch thread.
    """

    def __init__(self, target: str, *, keep: int = 200, fetchers: int = 4, waiting: int = 16):
        self.target = target
        self.keep = keep
        self.fetchers = max(1, fetchers)
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._queue: queue.Queue[_Work | None] = queue.Queue()
        self.waiting = max(1, waiting)
        # Added URLs taken and not yet fetched (fetching or waiting), counted when taken:
        # a bounded queue alone would count as "waiting" a job a fetch thread has not yet
        # picked up, refusing a URL while a thread sits idle.
        self._taken = 0
        self._fetches: queue.Queue[_Fetch] = queue.Queue()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._fetch_threads: list[threading.Thread] = []

    def start(self) -> None:
        """Start the worker threads (once)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="triangulate-web-jobs")
            self._thread.daemon = True
            self._thread.start()
        while len(self._fetch_threads) < self.fetchers:
            thread = threading.Thread(
                target=self._fetch_loop,
                name=f"triangulate-web-fetch-{len(self._fetch_threads)}",
                daemon=True,
            )
            thread.start()
            self._fetch_threads.append(thread)

    def stop(self, timeout: float = 2.0) -> None:
        """Let the running job finish if it does within ``timeout`` seconds, then stop.

        A job still running is left to the process's end: its writes are transactions, and
        the next run completes what it had stored.
        """
        self._stopping.set()
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout)
            self._thread = None
        self._fetch_threads = []

    def submit_later(self, label: str, read: Callable[[], Ingested]) -> Job:
        """Queue a job whose reports ``read`` gets first (an added URL, fetched).

        ``read`` runs on a fetch thread; a ``WebError`` it raises fails the job with its
        message. Then the job is stored and analysed like any other.

        Raises:
            WebError: 503 when ``fetchers`` jobs are fetching and ``waiting`` more wait.
        """
        self.start()
        job = Job(id=uuid.uuid4().hex[:16], label=label, status="queued", created=_now())
        with self._changed:
            if self._taken >= self.fetchers + self.waiting:
                raise WebError(
                    503,
                    "busy",
                    f"{self.fetchers + self.waiting} added URLs are being fetched or "
                    "wait for it; try again in a minute",
                )
            self._taken += 1
            self._jobs[job.id] = replace(job, stage="Waiting to fetch")
            self._fetches.put_nowait(_Fetch(job.id, read))
            self._trim()
        return job

    def submit(
        self, label: str, inputs: Sequence[InputRecord], documents: Sequence[Document]
    ) -> Job:
        """Queue reports already read for storing and analysis.

        Args:
            label: What was given, for people.
            inputs: Every input record.
            documents: The documents read from them.

        Returns:
            The new job, queued.
        """
        self.start()
        job = Job(
            id=uuid.uuid4().hex[:16],
            label=label,
            status="queued",
            created=_now(),
            inputs=tuple(inputs),
        )
        with self._changed:
            self._jobs[job.id] = job
            self._trim()
        self._queue.put(_Work(job.id, tuple(inputs), tuple(documents)))
        return job

    def get(self, job_id: str) -> Job | None:
        """The job with this id, or None."""
        with self._lock:
            return self._jobs.get(job_id)

    def all(self) -> list[Job]:
        """Every job remembered, newest first."""
        with self._lock:
            return list(reversed(self._jobs.values()))

    def wait(self, job_id: str, timeout: float) -> Job | None:
        """Block until the job has finished (or ``timeout`` seconds pass); the job then."""
        with self._changed:
            self._changed.wait_for(
                lambda: (j := self._jobs.get(job_id)) is None or j.finished is not None,
                timeout,
            )
            return self._jobs.get(job_id)

    def _trim(self) -> None:
        while len(self._jobs) > self.keep:
            oldest = next((k for k, j in self._jobs.items() if j.finished is not None), None)
            if oldest is None:
                return
            del self._jobs[oldest]

    def _update(self, job_id: str, **changes: object) -> None:
        with self._changed:
            job = self._jobs.get(job_id)
            if job is not None:
                self._jobs[job_id] = replace(job, **changes)  # type: ignore[arg-type]
                self._changed.notify_all()

    def _run(self) -> None:
        while True:
            work = self._queue.get()
            if work is None:
                return
            self._do(work)

    def _fetch_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                fetch = self._fetches.get(timeout=0.5)
            except queue.Empty:
                continue
            self._read(fetch)

    def _read(self, fetch: _Fetch) -> None:
        """Get a job's reports, then hand it to the analysis thread (or fail it)."""
        job_id = fetch.job
        self._update(job_id, status="running", stage="Fetching")
        try:
            try:
                read = fetch.read()
            finally:
                # The fetch is over: its place is free before its job says so.
                with self._changed:
                    self._taken -= 1
        except (WebError, TriangulateError) as exc:
            self._update(job_id, status="failed", message=exc.message, finished=_now())
            return
        except Exception as exc:  # a bug must fail one job, never the thread
            self._crashed(job_id, exc, "while fetching")
            return
        self._update(job_id, stage="Waiting to be analysed", inputs=read.inputs)
        self._queue.put(_Work(job_id, read.inputs, read.documents))

    def _crashed(self, job_id: str, exc: Exception, doing: str) -> None:
        """Fail a job on a bug: the traceback goes to the server log, never to the user."""
        log.exception("web job %s failed %s", job_id, doing)
        self._update(
            job_id,
            status="failed",
            message=f"internal error ({type(exc).__name__}); see the server log",
            finished=_now(),
        )

    def _do(self, work: _Work) -> None:
        job_id = work.job
        self._update(job_id, status="running", stage="Storing reports")

        def progress(stage: str, done: int, total: int | None) -> None:
            self._update(job_id, stage=STAGE_NAMES.get(stage, stage), done=done, total=total)

        try:
            # This machine's cores for a job large enough to pay for starting them.
            with open_store(self.target) as store, LocalParser() as parser:
                report = add_to_store(
                    store,
                    work.inputs,
                    work.documents,
                    progress=progress,
                    parser=parser,
                    command=f"web job {job_id}",
                )
        except TriangulateError as exc:
            self._update(job_id, status="failed", message=exc.message, finished=_now())
            return
        except Exception as exc:  # a bug must fail one job, never the worker
            self._crashed(job_id, exc, "while analysing")
            return
        stories = tuple((s.id, s.label) for s in report.stories)
        added = len(report.documents)
        new = sum(1 for i in report.inputs if i.status == "ok")
        self._update(
            job_id,
            status="done",
            stage=None,
            inputs=report.inputs,
            stories=stories,
            documents=added,
            message=(
                f"{new} input(s) added; {len(stories)} story(ies) updated"
                if new
                else "nothing new: every report was already in the database"
            ),
            finished=_now(),
        )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
