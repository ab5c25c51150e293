"""Where a default ``analyze`` run's time goes, process by process, for pool settings A/B.

For each corpus (as ``bench/overhead.py`` builds them), ``--repeat`` rounds of one
``analyze`` run with the default pool per setting, the settings alternated within a
round (so that the machine's other work falls on all of them alike). A setting is
``CHARS[/DOCS[/TAIL[/NICE]]]``: the most characters and documents of a worker's block,
the fewest characters of a block as the pile nears its end (``LocalParser``'s
``tail_chars``; as many as ``CHARS``: blocks of one size to the end) and how much lower
the workers' priority is (``nice``). Per run it prints:

- CPU seconds of every process (this one and the workers, once the pool is closed), of
  this process's main thread (the analysis) and of its other threads (the feeders);
- each worker's CPU seconds (read from ``/proc`` before the pool closes: the first
  worker's include importing spaCy and loading the model, the others' do not), its
  blocks, and the wall-clock seconds it spent on them (from a block sent to its parse
  read back);
- the tail: seconds from the first worker's last block back to the last one's, and from
  the last block back to the end of the run; as CPU seconds (which other work on the
  machine disturbs less): the last worker's after another's last block, and the main
  thread's after the last block, with the stories it analysed then. On a quiet machine
  both run while a core waits. (Under other work the main thread, which gets no more of
  a core than each worker, falls behind the workers: its CPU after the last block is
  then mostly that lag, not the last block's stories.)

    .venv/bin/python bench/pool_busy.py [--repeat N] [--only NAME ...] [SETTING ...]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from overhead import corpora

import triangulate.pipeline as pipeline
from triangulate.exec import LocalParser, worker
from triangulate.exec.pool import TAIL_CHARS, WORKER_NICE

EVENTS: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
_SENT: dict[str, tuple[float, int]] = {}
# At each block's reply: the main thread's CPU seconds and each worker's, by process id.
REPLIES: list[tuple[float, dict[int, float]]] = []
POOL: list[LocalParser] = []
# The main thread's CPU seconds as each story's analysis ended.
STORIES: list[float] = []


def _instrument() -> None:
    """Time each block from its send to its reply, per feeder thread (one per worker)."""
    send, receive = worker.send, worker.receive

    def timed_send(out: Any, message: object) -> None:
        if isinstance(message, tuple) and len(message) == 3:
            chars = sum(len(text) for _, text in message[0])
            _SENT[threading.current_thread().name] = (time.perf_counter(), chars)
        send(out, message)

    def timed_receive(source: Any) -> Any:
        got = receive(source)
        name = threading.current_thread().name
        if name in _SENT:
            start, chars = _SENT.pop(name)
            EVENTS[name].append((start, time.perf_counter(), chars))
            REPLIES.append((_main_cpu(), {pid: _proc_cpu(pid) for pid in POOL[0].workers}))
        return got

    worker.send = timed_send  # type: ignore[assignment]
    worker.receive = timed_receive  # type: ignore[assignment]


def _count_stories() -> None:
    """Note the main thread's CPU seconds as each story's analysis ends."""
    analyse_story = pipeline.analyse_story

    def counted(*args: Any, **kwargs: Any) -> Any:
        found = analyse_story(*args, **kwargs)
        STORIES.append(_main_cpu())
        return found

    pipeline.analyse_story = counted  # type: ignore[assignment]


def _proc_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _main_cpu() -> float:
    """The CPU seconds of this process's main thread so far (read from any thread)."""
    ident = threading.main_thread().ident
    assert ident is not None
    return time.clock_gettime(time.pthread_getcpuclockid(ident))


def _tails(end_cpu: float) -> tuple[float, float]:
    """The CPU seconds the last busy worker spent after another's last block, and the
    main thread's after the last block: what runs alone while a core waits (on a quiet
    machine with a core per worker)."""
    if not REPLIES:
        return 0.0, 0.0
    final = REPLIES[-1][1]
    # A worker is done at the first reply after which its CPU time no longer grows.
    done = {
        pid: next(n for n, (_, cpus) in enumerate(REPLIES) if cpus.get(pid, 0.0) >= cpu - 0.02)
        for pid, cpu in final.items()
    }
    first = min(done.values())
    worker_tail = max(cpu - REPLIES[first][1].get(pid, 0.0) for pid, cpu in final.items())
    return worker_tail, end_cpu - REPLIES[-1][0]


def _children() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run(folder: Path, chars: int, docs: int, tail: int, nice: int) -> dict[str, Any]:
    EVENTS.clear()
    REPLIES.clear()
    STORIES.clear()
    own, main_thread, kids = time.process_time(), time.thread_time(), _children()
    start = time.perf_counter()
    with LocalParser(block_chars=chars, batch_size=docs, tail_chars=tail, nice=nice) as pool:
        POOL[:] = [pool]
        pipeline.analyze(folder, parser=pool)
        end = time.perf_counter()
        worker_tail, main_tail = _tails(_main_cpu())
        workers = [_proc_cpu(pid) for pid in pool.workers]
    own = time.process_time() - own
    main_thread = time.thread_time() - main_thread
    kids = _children() - kids
    lasts = sorted(events[-1][1] for events in EVENTS.values() if events)
    return {
        "all": own + kids,
        "main": main_thread,
        "feeders": own - main_thread,
        "workers": workers,
        "blocks": [len(EVENTS[n]) for n in sorted(EVENTS)],
        "busy": [sum(b - a for a, b, _ in EVENTS[n]) for n in sorted(EVENTS)],
        "tail": lasts[-1] - lasts[0] if len(lasts) > 1 else 0.0,
        "after": end - lasts[-1] if lasts else 0.0,
        "wall": end - start,
        "worker tail CPU": worker_tail,
        "main tail CPU": main_tail,
        "stories after": sum(1 for cpu in STORIES if REPLIES and cpu > REPLIES[-1][0]),
        "stories": len(STORIES),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", nargs="*", default=["mmds-dev", "polnear-dev"])
    parser.add_argument("settings", nargs="*", default=["50000/32/50000/0", "50000/32"])
    args = parser.parse_args()
    settings = []
    for setting in args.settings:
        chars, docs, tail, nice = [*setting.split("/"), "", "", ""][:4]
        settings.append(
            (
                setting,
                int(chars),
                int(docs or 32),
                int(tail or TAIL_CHARS),
                int(nice or WORKER_NICE),
            )
        )
    _instrument()
    _count_stories()
    with tempfile.TemporaryDirectory(prefix="triangulate-busy-") as tmp:
        found = corpora(Path(tmp), 0)
        for name in args.only:
            totals: dict[str, list[float]] = defaultdict(list)
            for _ in range(args.repeat):
                for label, *options in settings:
                    got = run(found[name], *options)
                    totals[label].append(got["all"])
                    print(
                        f"{name:<12} {label:<10} all {got['all']:6.2f} | main {got['main']:5.2f} "
                        f"feeders {got['feeders']:4.2f} | workers "
                        + " ".join(f"{c:5.2f}" for c in got["workers"])
                        + " | blocks "
                        + " ".join(str(b) for b in got["blocks"])
                        + " busy "
                        + " ".join(f"{b:5.2f}" for b in got["busy"])
                        + f" | tail {got['tail']:4.2f} after {got['after']:4.2f} CPU tails: "
                        f"worker {got['worker tail CPU']:4.2f} main {got['main tail CPU']:4.2f} "
                        f"({got['stories after']}/{got['stories']} stories) "
                        f"wall {got['wall']:5.2f} load {os.getloadavg()[0]:.2f}",
                        flush=True,
                    )
            for label, values in totals.items():
                print(
                    f"{name:<12} {label:<10} all CPU median {statistics.median(values):.2f} "
                    f"min {min(values):.2f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
