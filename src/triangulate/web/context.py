"""What every route needs: the per-thread stores, the job queue, the limits."""

from __future__ import annotations

from dataclasses import dataclass

from triangulate.ingest import Ingested
from triangulate.web.intake import Limits
from triangulate.web.jobs import Job, JobQueue
from triangulate.web.stores import StorePool


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """The app's shared state.

    Attributes:
        pool: One store per worker thread.
        jobs: The background analysis queue.
        limits: Upload size and count limits.
        allow_private_urls: Whether URLs on private addresses may be fetched.
    """

    pool: StorePool
    jobs: JobQueue
    limits: Limits
    allow_private_urls: bool

    def submit(self, label: str, read: Ingested) -> Job:
        """Queue reports already read and checked for storing and analysis."""
        return self.jobs.submit(label, read.inputs, read.documents)
