"""The one module that imports Dask: parse documents on a local or remote Dask cluster.

Documents go out in batches, one task per batch; each worker process loads the spaCy
pipeline once (``spacy_model.load`` is cached per process, and is warmed on every worker
before the first task). Only a bounded window of batches is in flight, and results come
back in input order as soon as the oldest batch is done, so a huge input streams through
with flat memory on both sides.

Workers of a cluster given by address must have triangulate (and its spaCy model)
installed: tasks refer to ``triangulate.exec.local.parse_batch`` by name.
"""

from __future__ import annotations

import logging
import socket
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Protocol, TypeVar

from triangulate.errors import MissingDependency, SchedulerUnreachable
from triangulate.exec.local import parse_batch, warm_up
from triangulate.nlp.spacy_model import Parsed

if TYPE_CHECKING:
    from distributed import Client

INSTALL_HINT = "pip install 'triangulate[distributed]'"
# Seconds to keep trying to reach a scheduler before giving up (read at call time).
CONNECT_TIMEOUT = 10.0
# Seconds a local cluster may take to start its workers.
START_TIMEOUT = 120.0

T = TypeVar("T")
R = TypeVar("R", covariant=True)


class Pending(Protocol[R]):
    """What ``ordered_window`` needs of a submitted task: its result, or to cancel it."""

    def result(self) -> R:
        """Wait for the task and return its result (or raise its error)."""
        ...

    def cancel(self) -> object:
        """Give up the task."""
        ...


def require() -> None:
    """Check that Dask's distributed scheduler can be imported.

    Raises:
        MissingDependency: It is not installed, with the pip command to run.
    """
    try:
        import distributed  # noqa: F401
    except ImportError as exc:
        raise MissingDependency("Dask (distributed)", INSTALL_HINT) from exc


def ordered_window(
    batches: Iterable[T], submit: Callable[[T], Pending[R]], in_flight: int
) -> Iterator[R]:
    """Submit batches keeping at most ``in_flight`` pending; yield results in batch order.

    Args:
        batches: The work, consumed lazily.
        submit: Starts one batch and returns its pending handle.
        in_flight: The most batches submitted and not yet yielded.

    Returns:
        Each batch's result, in the order of ``batches``. Closing the iterator early
        cancels what is still pending.
    """
    if in_flight < 1:
        raise ValueError(f"in_flight must be at least 1, not {in_flight}")
    pending: deque[Pending[R]] = deque()
    try:
        for batch in batches:
            pending.append(submit(batch))
            if len(pending) >= in_flight:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for handle in pending:
            handle.cancel()


def _batches(pairs: Sequence[tuple[str, str]], size: int) -> Iterator[list[tuple[str, str]]]:
    """Consecutive slices of ``size`` pairs."""
    for start in range(0, len(pairs), size):
        yield list(pairs[start : start + size])


@contextmanager
def local_cluster(workers: int) -> Iterator[str]:
    """Start a local Dask cluster of worker processes, quietly; yield its scheduler address.

    One thread per worker (spaCy's parse holds the GIL), no dashboard, and Dask's own
    logging silenced below errors. The cluster is closed when the block ends.

    Args:
        workers: How many worker processes.

    Returns:
        A context manager yielding the address (``tcp://127.0.0.1:PORT``).
    """
    require()
    from distributed import LocalCluster

    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        host="127.0.0.1",
        silence_logs=logging.ERROR,
        # No dashboard; the scheduler's small HTTP server (health checks) still starts,
        # on a free local port so that two clusters never compete for 8787.
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
    )
    try:
        yield str(cluster.scheduler_address)
    finally:
        cluster.close()


def _probe(address: str) -> None:
    """Fail fast, before a Client exists, when a TCP address is malformed or refuses."""
    from distributed.comm.addressing import get_address_host_port, parse_address

    try:
        if parse_address(address)[0] not in ("tcp", "tls"):
            return  # other transports (inproc, ucx) are left to the Client
        host, port = get_address_host_port(address)
    except ValueError as exc:
        raise SchedulerUnreachable(address, str(exc)) from exc
    try:
        socket.create_connection((host, port), timeout=CONNECT_TIMEOUT).close()
    except OSError as exc:
        raise SchedulerUnreachable(address, exc.strerror or str(exc) or "no answer") from exc


@contextmanager
def _connect(address: str, workers: int | None) -> Iterator[Client]:
    """A client on the scheduler at ``address``, waiting for ``workers`` when given."""
    from distributed import Client

    _probe(address)
    try:
        client = Client(  # type: ignore[no-untyped-call]
            address, timeout=CONNECT_TIMEOUT, set_as_default=False
        )
    except (OSError, TimeoutError, ValueError) as exc:
        raise SchedulerUnreachable(address, str(exc) or type(exc).__name__) from exc
    try:
        if workers is not None:
            client.wait_for_workers(workers, timeout=START_TIMEOUT)
        yield client
    finally:
        client.close()  # type: ignore[no-untyped-call]


def parse_on_cluster(
    pairs: Sequence[tuple[str, str]],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    batch_size: int = 32,
    in_flight: int | None = None,
) -> Iterator[Parsed]:
    """Parse pairs on a Dask cluster, yielding one ``Parsed`` per pair, in input order.

    Args:
        pairs: The documents, as ``(doc_id, text)``.
        workers: Start a local cluster with this many worker processes.
        scheduler: Or use the running scheduler at this address.
        batch_size: Documents per task.
        in_flight: Most batches in flight at once; by default twice the cluster's threads.

    Returns:
        The results, streamed. The cluster (or connection) is set up when iteration
        starts and closed when it ends.

    Raises:
        SchedulerUnreachable: The scheduler at ``scheduler`` cannot be reached.
    """
    if (workers is None) == (scheduler is None):
        raise ValueError("give exactly one of workers and scheduler")
    return _stream(pairs, workers, scheduler, batch_size, in_flight)


def _stream(
    pairs: Sequence[tuple[str, str]],
    workers: int | None,
    scheduler: str | None,
    batch_size: int,
    in_flight: int | None,
) -> Iterator[Parsed]:
    """The generator behind ``parse_on_cluster``."""
    if not pairs:
        return
    if workers is not None:
        with local_cluster(workers) as address, _connect(address, workers) as client:
            yield from _run(client, pairs, batch_size, in_flight)
        return
    assert scheduler is not None
    with _connect(scheduler, None) as client:
        yield from _run(client, pairs, batch_size, in_flight)


def _run(
    client: Client, pairs: Sequence[tuple[str, str]], batch_size: int, in_flight: int | None
) -> Iterator[Parsed]:
    """Warm the workers, then stream the batches through them in order."""
    client.run(warm_up)
    threads = sum(client.nthreads().values())  # type: ignore[no-untyped-call]
    window = in_flight or max(2, 2 * threads)

    def submit(batch: list[tuple[str, str]]) -> Pending[list[Parsed]]:
        future: Pending[list[Parsed]] = client.submit(parse_batch, batch, batch_size, pure=False)
        return future

    for results in ordered_window(_batches(pairs, batch_size), submit, window):
        yield from results
