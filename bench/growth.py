"""How the analysis grows with the pile: ``analyze`` on N and 10×N generated reports.

Each size gets a corpus written by ``generate.write_corpus`` (outside the timing), then two
fresh subprocesses, so that memory peaks never mix: one runs what ``triangulate analyze
FOLDER -o report.json`` runs (``pipeline.stream`` with each story written out as it is
analysed, ``report.stream.write_json``), the other a bare ``nlp.pipe`` over the same texts
(the model-only baseline, measured in the same run). The model is loaded before the
clock starts in both. Peak memory is the process's peak resident set (``getrusage``),
with the resident set after loading the model beside it.

``analyze`` parses in its own process (``--jobs 1``) unless ``--jobs N`` asks for the pool
of N worker processes; then the peak of the largest worker is printed too. Resident sets
do not add up across processes: the workers share the model's pages with the first
worker, which loaded it and forked them (copy on write), and a sum of resident sets
counts those pages once per process. The ``all PSS`` column is the machine-wide peak as
measured: the proportional set size (each shared page split between the processes that
share it, so that the sum counts it once) of the process and every process it started,
summed, sampled every 0.2 s while ``analyze`` runs (on Linux; 0 elsewhere), followed by
its parts at that moment: this process (``main``), the pool's first worker (``first``),
the workers it forked (``forked``), and any other process this one started (``other``).

Printed: time, reports/s, analyze / bare ratio, peak memory, and the time ratio for 10×
the data (the target is at most 12: a little worse than linear).

    python bench/growth.py [--sizes 1000 10000] [--small] [--seed S]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from generate import write_corpus

TARGET = 12.0


def _rss_mib() -> float:
    """This process's peak resident set so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _tree_pss_mib(root: int) -> dict[str, float]:
    """The proportional set size of process ``root`` and all its descendants, in MiB, by
    role: ``main`` (``root``), ``first`` (a child of ``root`` with children of its own:
    the pool's first worker), ``forked`` (the processes below it) and ``other`` (other
    children)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile
    tree, grown = {root}, True
    while grown:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        grown = bool(more)
        tree |= more
    has_children = set(parents.values())
    roles = {"main": 0.0, "first": 0.0, "forked": 0.0, "other": 0.0}
    for pid in tree:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        if pid == root:
            role = "main"
        elif parents.get(pid) != root:
            role = "forked"
        else:
            role = "first" if pid in has_children else "other"
        for line in rollup.splitlines():
            if line.startswith("Pss:"):
                roles[role] += int(line.split()[1]) / 1024
    return roles


class _PeakPss:
    """The highest total ``_tree_pss_mib`` of this process, sampled in a thread while in
    use, and its parts at that moment (``roles``)."""

    def __init__(self, every: float = 0.2) -> None:
        self.every = every
        self.peak = 0.0
        self.roles: dict[str, float] = {}
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        while not self._done.wait(self.every):
            roles = _tree_pss_mib(os.getpid())
            if sum(roles.values()) > self.peak:
                self.peak, self.roles = sum(roles.values()), roles

    def __enter__(self) -> _PeakPss:
        if Path("/proc/self/smaps_rollup").exists():
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        if self._thread.is_alive():
            self._thread.join()


def child(mode: str, folder: Path, jobs: int = 1) -> None:
    """Measure one mode on one folder and print the result as a JSON line."""
    from triangulate.ingest import ingest
    from triangulate.nlp import spacy_model

    # The bare parse is spaCy's own, as anyone would run it; analyze in one process loads
    # the model as the adapter does, and with a pool only the workers load it (so spaCy,
    # about 70 MiB once imported, is imported here only for the bare parse).
    nlp = None
    if mode == "bare":
        import spacy

        nlp = spacy.load(spacy_model.MODEL_PACKAGE)
    if mode != "bare" and jobs == 1:
        spacy_model.load()
    texts = [d.text for d in ingest([str(folder)]).documents] if mode == "bare" else []
    loaded = _rss_mib()
    pss = _PeakPss()  # sampled while analyze runs
    start = time.perf_counter()
    if mode == "bare":
        assert nlp is not None
        n = sum(1 for _ in nlp.pipe(texts, batch_size=32))
    else:
        from triangulate.exec import LocalParser
        from triangulate.pipeline import stream
        from triangulate.report.stream import write_json

        with (
            tempfile.TemporaryDirectory(prefix="triangulate-growth-out-") as out,
            pss,
            LocalParser(jobs) as parser,
        ):
            run = stream(folder, parser=parser)
            target = Path(out) / "report.json"
            n = write_json(target, run.inputs, run.documents, run.parts).documents
    seconds = time.perf_counter() - start
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "n": n,
                "seconds": seconds,
                "loaded_mib": loaded,
                "peak_mib": _rss_mib(),
                "worker_peak_mib": worker,
                "all_pss_mib": pss.peak if mode != "bare" else 0.0,
                **{f"{role}_pss_mib": mib for role, mib in pss.roles.items()},
            }
        )
    )


def measure(mode: str, folder: Path, jobs: int = 1) -> dict[str, float]:
    """Run ``child`` in a fresh interpreter and read its JSON line."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(folder), "--jobs", str(jobs)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--small", action="store_true", help="100 and 1,000 reports")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for analyze")
    parser.add_argument(
        "--memory-only",
        action="store_true",
        help="skip the bare parse (its columns and the ratios mean nothing): for memory",
    )
    parser.add_argument("--child", nargs=2, metavar=("MODE", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), args.jobs)
        return
    sizes = [100, 1000] if args.small else args.sizes

    rows = []
    with tempfile.TemporaryDirectory(prefix="triangulate-growth-") as tmp:
        for size in sizes:
            folder = write_corpus(Path(tmp) / f"n{size}", size, args.seed)
            bare = (
                {"seconds": 1.0, "peak_mib": 0.0} if args.memory_only else measure("bare", folder)
            )
            full = measure("analyze", folder, args.jobs)
            rows.append((size, bare, full))
            print(f"measured {size} reports", file=sys.stderr)

    print(
        f"\n{'reports':>8} {'bare s':>8} {'analyze s':>10} {'reports/s':>10} {'vs bare':>8} "
        f"{'model MiB':>10} {'bare peak':>10} {'analyze peak':>13} {'worker peak':>12} "
        f"{'all PSS':>8} {'main':>5} {'first':>6} {'forked':>7} {'other':>5}"
    )
    for size, bare, full in rows:
        print(
            f"{size:>8} {bare['seconds']:>8.2f} {full['seconds']:>10.2f} "
            f"{size / full['seconds']:>10.1f} {full['seconds'] / bare['seconds']:>8.2f} "
            f"{full['loaded_mib']:>10.0f} {bare['peak_mib']:>10.0f} {full['peak_mib']:>13.0f} "
            f"{full['worker_peak_mib']:>12.0f} {full.get('all_pss_mib', 0.0):>8.0f} "
            f"{full.get('main_pss_mib', 0.0):>5.0f} {full.get('first_pss_mib', 0.0):>6.0f} "
            f"{full.get('forked_pss_mib', 0.0):>7.0f} {full.get('other_pss_mib', 0.0):>5.0f}"
        )
    for (small, sb, sf), (large, lb, lf) in itertools.pairwise(rows):
        data = large / small
        ratio = lf["seconds"] / sf["seconds"]
        floor = lb["seconds"] / sb["seconds"]
        target = TARGET * data / 10
        verdict = "ok" if ratio <= target else "OVER TARGET"
        print(
            f"\n{small} -> {large} reports ({data:g}x data): analyze time x{ratio:.2f} "
            f"(target <= {target:g}: {verdict}); bare parse x{floor:.2f}; "
            f"analyze peak memory x{lf['peak_mib'] / sf['peak_mib']:.2f}"
        )


if __name__ == "__main__":
    main()
