"""Throughput of ``parse_documents`` in process and on a local Dask cluster of 1 and 2 workers.

All runs parse the same generated texts in one run of this script. Two times are printed
for the cluster runs: the steady state on a cluster started and warmed beforehand
(``scheduler=``), and the whole call with ``workers=N`` (starting the cluster, loading the
model in each worker, parsing, closing), which is what a one-off command pays. Ratios are
against the in-process run; the best of ``--repeat`` runs is kept for each.

    python bench/workers.py [--reports N] [--batch-size B] [--repeat R] [--small]

Needs the ``distributed`` extra. On a machine with fewer cores than workers + 1 (the
client process deserialises results), two workers cannot reach twice the speed.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable

from generate import generate

from triangulate.exec import parse_documents
from triangulate.exec.dask_runner import local_cluster
from triangulate.nlp import spacy_model


def best_of(repeat: int, job: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs of ``job``, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--small", action="store_true", help="500 reports, one repeat")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    n = 500 if args.small else args.reports
    repeat = 1 if args.small else args.repeat
    pairs = [(name, text) for name, text, _ in generate(n, seed=args.seed)]
    chars = sum(len(t) for _, t in pairs)
    size = args.batch_size

    spacy_model.load()  # in-process runs start from a loaded model, as the warm clusters do
    rows: list[tuple[str, float]] = []
    rows.append(
        ("in process", best_of(repeat, lambda: list(parse_documents(pairs, batch_size=size))))
    )
    for workers in (1, 2):
        with local_cluster(workers) as address:
            list(parse_documents(pairs[: workers * 4], scheduler=address, batch_size=4))  # warm
            seconds = best_of(
                repeat,
                lambda a=address: list(parse_documents(pairs, scheduler=a, batch_size=size)),
            )
        rows.append((f"{workers} worker(s), warm", seconds))
        cold = best_of(
            1, lambda w=workers: list(parse_documents(pairs, workers=w, batch_size=size))
        )
        rows.append((f"{workers} worker(s), cold", cold))

    print(f"\n{n} reports, {chars:,} characters, batch size {size}, {os.cpu_count()} CPUs")
    base = rows[0][1]
    print(f"{'runner':<22} {'seconds':>8} {'reports/s':>10} {'speed-up':>9}")
    for name, seconds in rows:
        print(f"{name:<22} {seconds:>8.2f} {n / seconds:>10.1f} {base / seconds:>9.2f}")


if __name__ == "__main__":
    main()
