"""Runners for the per-document NLP: in this process, on this machine's cores, or on Dask.

``LocalParser`` (``pool``) parses in this process or on a pool of local worker processes
when the pile pays for it; it is what ``analyze``, ``watch`` and the web app use by
default. ``parse_documents`` is the entry point for Dask. With no option it parses in process
(``local``); ``workers=N`` starts a local Dask cluster of N worker processes and
``scheduler="tcp://HOST:PORT"`` uses a cluster that is already running (``dask_runner``,
the only module that imports Dask). Either way the results are the same ``Parsed``
records, in input order.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from triangulate.errors import SchedulerUnreachable, WorkerDied
from triangulate.exec.pool import LocalParser, available_cores
from triangulate.nlp.spacy_model import Parsed

__all__ = [
    "LocalParser",
    "SchedulerUnreachable",
    "WorkerDied",
    "available_cores",
    "parse_documents",
]


def parse_documents(
    pairs: Sequence[tuple[str, str]],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    batch_size: int = 32,
) -> Iterator[Parsed]:
    """Parse ``(doc_id, text)`` pairs, yielding one ``Parsed`` per pair, in input order.

    Args:
        pairs: The documents, as ``(doc_id, text)``.
        workers: Start a local Dask cluster with this many worker processes (one thread
            each) and parse there; the cluster is closed when the iterator ends.
        scheduler: Address (``tcp://HOST:PORT``) of a running Dask scheduler whose workers
            have triangulate installed. Not together with ``workers``.
        batch_size: Documents per spaCy batch in process, or per task on a cluster.

    Returns:
        An iterator of ``Parsed`` records that streams results as they are ready. On a
        cluster, a bounded number of batches is in flight at any time, so memory does not
        grow with the input.

    Raises:
        ValueError: Both ``workers`` and ``scheduler`` are given, or a count is below 1.
        MissingDependency: A cluster is asked for and Dask is not installed.
        SchedulerUnreachable: The scheduler cannot be reached (raised when iteration
            starts, as the connection is made lazily).
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    if workers is not None and scheduler is not None:
        raise ValueError("give either workers (a local cluster) or scheduler, not both")
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if workers is None and scheduler is None:
        from triangulate.exec.local import parse_in_process

        return parse_in_process(pairs, batch_size=batch_size)
    from triangulate.exec import dask_runner

    dask_runner.require()  # fail now, not at the first result, when Dask is missing
    return dask_runner.parse_on_cluster(
        pairs, workers=workers, scheduler=scheduler, batch_size=batch_size
    )
