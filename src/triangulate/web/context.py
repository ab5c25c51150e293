"""What every route needs: the per-thread stores, the job queue, the limits."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from triangulate.ingest import Ingested
from triangulate.web.intake import Limits, check_url, read_url
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

    def submit_url(self, url: str) -> Job:
        """Check a URL now (what needs no network) and queue its fetch and analysis.

        Raises:
            WebError: A URL refused at once (422), or too many URLs already queued (503).
        """
        given = check_url(url, allow_private=self.allow_private_urls)
        fetch = partial(read_url, given, self.limits, allow_private=self.allow_private_urls)
        return self.jobs.submit_later(given, fetch)
