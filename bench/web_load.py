"""A bounded load benchmark of the web app on loopback.

Builds (or reuses, cached under the temp folder) a database of N generated reports
(``generate.write_corpus`` then ``collect.analyze_into``), starts the app with uvicorn in a
subprocess on a free 127.0.0.1 port, and sends a fixed number of requests at a fixed
concurrency (httpx, one client per thread) to the story list, one story page and that
story's ``/api/stories/{id}``. Prints requests/s and p50/p95 latency per endpoint.

    python bench/web_load.py [--reports 10000] [--requests 400] [--concurrency 8]

Building the 10,000-report database takes several minutes (the whole NLP pipeline runs on
every report); it is built once per (reports, seed) and reused. Target: p95 < 100 ms for a
story page.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from generate import write_corpus

TARGET_P95_MS = 100.0


def build_db(reports: int, seed: int, cache: Path) -> Path:
    """The cached database of ``reports`` generated reports, built if missing."""
    cache.mkdir(parents=True, exist_ok=True)
    db = cache / f"web-{reports}-{seed}.db"
    if db.exists():
        print(f"reusing {db}")
        return db
    from triangulate.collect import analyze_into
    from triangulate.store import open_store

    corpus = cache / f"corpus-{reports}-{seed}"
    if not corpus.exists():
        write_corpus(corpus, reports, seed)
    partial = db.with_suffix(".building")
    for leftover in cache.glob(partial.name + "*"):
        leftover.unlink()
    print(f"building {db} from {reports:,} reports (minutes for 10,000) ...", flush=True)
    started = time.perf_counter()
    last = [0.0]

    def progress(stage: str, done: int, total: int | None) -> None:
        now = time.perf_counter()
        if now - last[0] > 10:
            last[0] = now
            print(f"  {now - started:6.0f}s {stage} {done}/{total or '?'}", flush=True)

    with open_store(partial) as store:
        analyze_into(store, str(corpus), progress=progress)
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(db)
    print(f"built in {time.perf_counter() - started:.0f}s", flush=True)
    return db


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    """The app under uvicorn in a subprocess, answering once this returns."""
    code = (
        "import uvicorn; from triangulate.web import create_app; "
        f"uvicorn.run(create_app({str(db)!r}), host='127.0.0.1', port={port}, "
        "log_level='warning')"
    )
    proc = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stories?limit=1", timeout=2).is_success:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start in 60 s")


def measure(url: str, requests: int, concurrency: int) -> dict[str, float]:
    """Send ``requests`` GETs with ``concurrency`` threads; latency percentiles and rate."""
    local = threading.local()

    def one(_: int) -> tuple[float, bool]:
        client = getattr(local, "client", None)
        if client is None:
            client = local.client = httpx.Client(timeout=30)
        start = time.perf_counter()
        response = client.get(url)
        return (time.perf_counter() - start) * 1000, response.status_code == 200

    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, range(min(20, requests))))  # warm up connections and caches
        started = time.perf_counter()
        results = list(pool.map(one, range(requests)))
        elapsed = time.perf_counter() - started
    times = sorted(t for t, _ in results)
    cuts = statistics.quantiles(times, n=100)
    return {
        "rps": requests / elapsed,
        "p50": cuts[49],
        "p95": cuts[94],
        "max": times[-1],
        "errors": float(sum(1 for _, ok in results if not ok)),
    }


def main() -> None:
    """Build or reuse the database, start the server, measure, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000, help="reports in the database")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--requests", type=int, default=400, help="requests per endpoint")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(tempfile.gettempdir()) / "triangulate-web-bench",
        help="where the database is built and kept",
    )
    args = parser.parse_args()
    db = build_db(args.reports, args.seed, args.cache)
    port = _free_port()
    server = start_server(db, port)
    base = f"http://127.0.0.1:{port}"
    try:
        listing = httpx.get(f"{base}/api/stories?limit=500", timeout=30).json()
        stories = listing["stories"]
        # The largest story on the first page: the page that costs most to build.
        story = max(stories, key=lambda s: (s["reports"], s["claims"]))
        print(
            f"\n{listing['total']:,} stories; story page: {story['id']} "
            f"({story['reports']} reports, {story['claims']} claims, "
            f"{story['conflicts']} contested groups)"
        )
        targets = [
            ("story list  /", f"{base}/"),
            ("story page  /stories/{id}", f"{base}/stories/{story['id']}"),
            ("JSON        /api/stories/{id}", f"{base}/api/stories/{story['id']}"),
        ]
        print(
            f"\n{args.requests} requests per endpoint, concurrency {args.concurrency}, "
            f"{args.reports:,} reports, one uvicorn process on loopback (pid {server.pid}, "
            f"cpus {os.cpu_count()})\n"
        )
        print(
            f"{'endpoint':32} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'errors':>6}"
        )
        verdict = ""
        for name, url in targets:
            got = measure(url, args.requests, args.concurrency)
            print(
                f"{name:32} {got['rps']:8.1f} {got['p50']:8.1f} {got['p95']:8.1f} "
                f"{got['max']:8.1f} {got['errors']:6.0f}"
            )
            if name.startswith("story page"):
                ok = got["p95"] < TARGET_P95_MS
                verdict = f"story page p95 {got['p95']:.1f} ms: {'meets' if ok else 'misses'} "
                verdict += f"the {TARGET_P95_MS:.0f} ms target"
        print(f"\n{verdict}")
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
