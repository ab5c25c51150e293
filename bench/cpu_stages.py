"""Where the CPU time of ``analyze`` goes, by stage and by process.

For each corpus (as ``bench/overhead.py`` builds them), one run of the bare parse
(spaCy's own ``spacy.load`` and ``nlp.pipe``, batch size 32, one process) and then
``--repeat`` runs of ``analyze`` with the default parser (a pool of one worker per core
when the pile pays for it) and, with ``--jobs1``, in this process. For each run it prints
the CPU seconds of:

- this process's main thread, by stage: reading the inputs, sorting them into stories,
  dating, building the records from the workers' packed columns (``unpack``), parsing in
  this process (``--jobs1``), resolving names, reading claims, cross-checking, labelling,
  assembling the report; and the wall-clock seconds it waited for the workers;
- this process's other threads (the pool's feeders, which read the workers' replies);
- the worker processes (their start, the model's load and the parse), counted once the
  pool is closed;

and every process's CPU over the bare parse's. CPU time is what other work on a shared
machine disturbs least; on an idle machine of N cores the default's wall-clock is about
its CPU over N, plus the time a core waits (the main thread's wait is shown for that).

    .venv/bin/python bench/cpu_stages.py [--repeat N] [--jobs1] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import functools
import resource
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from overhead import corpora

import triangulate.pipeline as pipeline
from triangulate.cluster import StoryIndex
from triangulate.exec import LocalParser
from triangulate.ingest import ingest
from triangulate.nlp import spacy_model

CPU: dict[str, float] = defaultdict(float)
WAIT: dict[str, float] = defaultdict(float)
_STACK: list[str] = []


def _counted(function: Callable[..., Any], stage: str) -> Callable[..., Any]:
    """``function``, its main-thread CPU time counted to ``stage`` (not to the stage that
    called it)."""

    @functools.wraps(function)
    def run(*args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is not threading.main_thread():
            return function(*args, **kwargs)
        with _stage(stage):
            found = function(*args, **kwargs)
        if isinstance(found, Iterator):
            return _each(found, stage)  # a parse runs as its results are asked for
        return found

    return run


def _each(items: Iterator[Any], stage: str) -> Iterator[Any]:
    while True:
        with _stage(stage):
            try:
                item = next(items)
            except StopIteration:
                return
        yield item


@contextmanager
def _stage(stage: str) -> Iterator[None]:
    start = time.thread_time()
    _STACK.append(stage)
    try:
        yield
    finally:
        _STACK.pop()
        spent = time.thread_time() - start
        CPU[stage] += spent
        if _STACK:
            CPU[_STACK[-1]] -= spent


def _instrument() -> None:
    for name, stage in [
        ("ingest", "read"),
        ("infer_dates", "dating"),
        ("resolve", "resolve"),
        ("find_claims", "claims"),
        ("cross_check", "cross-check"),
        ("_label", "label"),
        ("assemble", "assemble"),
    ]:
        setattr(pipeline, name, _counted(getattr(pipeline, name), stage))
    StoryIndex.add = _counted(StoryIndex.add, "stories")  # type: ignore[method-assign]
    spacy_model.unpack = _counted(spacy_model.unpack, "unpack")
    spacy_model.parse = _counted(spacy_model.parse, "parse here")
    result = Future.result

    def waited(self: Future[Any], timeout: float | None = None) -> Any:
        if threading.current_thread() is not threading.main_thread():
            return result(self, timeout)
        start = time.perf_counter()
        try:
            return result(self, timeout)
        finally:
            WAIT["workers"] += time.perf_counter() - start

    Future.result = waited  # type: ignore[method-assign]


def _children() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _children_faults() -> int:
    """The page faults of the worker processes closed so far: a worker that hands its
    freed memory back after a block faults it in, zeroed, at the next (``KEEP_FREE``)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_minflt


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--jobs1", action="store_true", help="also analyse in this process")
    parser.add_argument("--only", nargs="*", default=["mmds-dev", "polnear-dev"])
    args = parser.parse_args()

    import spacy

    bare_nlp = spacy.load(spacy_model.MODEL_PACKAGE)
    spacy_model.load()
    _instrument()
    modes = ["default", "jobs1"] if args.jobs1 else ["default"]
    with tempfile.TemporaryDirectory(prefix="triangulate-cpu-") as tmp:
        found = corpora(Path(tmp), 0)
        for name in args.only:
            folder = found[name]
            texts = [d.text for d in ingest([str(folder)]).documents]
            start = time.process_time()
            list(bare_nlp.pipe(texts, batch_size=32))
            bare = time.process_time() - start
            print(f"{name}: bare parse {bare:.2f} s CPU")
            for mode in modes:
                for _ in range(args.repeat):
                    CPU.clear()
                    WAIT.clear()
                    own, main_thread, kids = time.process_time(), time.thread_time(), _children()
                    faults = _children_faults()
                    if mode == "default":
                        with LocalParser() as pool:
                            pipeline.analyze(folder, parser=pool)
                    else:
                        pipeline.analyze(folder, parser=LocalParser(1))
                    own = time.process_time() - own
                    main_thread = time.thread_time() - main_thread
                    kids = _children() - kids
                    faults = _children_faults() - faults
                    total = own + kids
                    stages = "  ".join(
                        f"{stage} {CPU[stage]:.2f}" for stage in sorted(CPU, key=lambda s: -CPU[s])
                    )
                    print(
                        f"  {mode:<8} all {total:5.2f} ({total / bare:.2f}x bare) | main thread "
                        f"{main_thread:.2f}: {stages} | waited {WAIT['workers']:.2f} s | other "
                        f"threads {own - main_thread:.2f} | workers {kids:.2f} "
                        f"({faults:,} page faults)",
                        flush=True,
                    )


if __name__ == "__main__":
    main()
