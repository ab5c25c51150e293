"""The local pool: the same records as in process, started only when it pays, never leaking."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

import pytest

from processes import alive, children, cmdline, no_children_left, started_by
from triangulate.claims.precheck import may_hold_claim
from triangulate.errors import TriangulateError, WorkerDied
from triangulate.exec import LocalParser, pool, worker
from triangulate.nlp import spacy_model
from triangulate.pipeline import parse_in_process

PAIRS = [
    ("a", "Firefighters in Dorvale said 12 people died in a warehouse fire on Monday."),
    ("b", ""),
    ("c", "About 300 workers walked out at the Kesrin mill, the union told the Valley Times."),
    ("d", "The weather was mild. Mayor Ilsa Brandt opened the new bridge over the Orne."),
    ("e", "Rescuers from Port Aven searched the quay.\n\nTwo boats were missing, police said."),
]


def test_exec_pool_gives_the_in_process_records() -> None:
    with LocalParser(2, batch_size=2, min_chars=1) as parser:
        pooled = list(parser(PAIRS))
        assert parser.started
    assert pooled == list(parse_in_process(PAIRS))
    assert [p.doc for p in pooled] == ["a", "b", "c", "d", "e"]
    assert no_children_left()


CHARS = sum(len(text) for _, text in PAIRS)


def _ready(parser: LocalParser, seconds: float = 60, count: int | None = None) -> tuple[int, ...]:
    """The pool's workers once all of them (or ``count``) are ready (each loads the model
    or is forked)."""
    deadline = time.monotonic() + seconds
    while len(parser.workers) < (count or parser.jobs) and time.monotonic() < deadline:
        time.sleep(0.05)
    return parser.workers


def test_exec_pool_starts_only_when_the_work_waiting_holds_enough_characters() -> None:
    with LocalParser(2, min_chars=CHARS + 1) as parser:
        assert list(parser(PAIRS)) == list(parse_in_process(PAIRS))
        assert not parser.started
        # Calls parsed one after the other never wait together: still in this process.
        assert list(parser(PAIRS)) == list(parse_in_process(PAIRS))
        assert not parser.started
    with LocalParser(1, min_chars=1) as parser:
        list(parser(PAIRS))
        assert not parser.started  # one job parses in this process, always


def test_exec_pool_takes_calls_that_wait_together_past_the_threshold() -> None:
    with LocalParser(2, min_chars=CHARS + 1) as parser:
        first = parser(PAIRS[:3])
        assert not parser.started  # below the threshold alone: waits to be asked
        second = parser(PAIRS[3:])
        assert not parser.started
        third = parser(PAIRS)  # the three together hold more than the threshold
        assert parser.started
        records = list(first) + list(second) + list(third)
    assert records == list(parse_in_process(PAIRS)) + list(parse_in_process(PAIRS))
    assert no_children_left()


def test_exec_pool_bad_options_raise() -> None:
    with pytest.raises(ValueError):
        LocalParser(0)
    with pytest.raises(ValueError):
        LocalParser(2, batch_size=0)
    with pytest.raises(ValueError, match="block_chars"):
        LocalParser(2, block_chars=0)


def test_exec_pool_dead_worker_is_a_clear_error_and_nothing_is_left() -> None:
    parser = LocalParser(2, batch_size=1, min_chars=1)
    list(parser(PAIRS[:2]))  # the workers are up
    assert len(_ready(parser)) == 2
    for pid in parser.workers:
        os.kill(pid, signal.SIGKILL)
    with pytest.raises(WorkerDied) as info:
        list(parser(PAIRS))
    assert isinstance(info.value, TriangulateError)
    assert info.value.code == "T031"
    assert "--jobs 1" in str(info.value)
    assert not parser.started
    assert no_children_left()


def test_exec_pool_workers_leave_ctrl_c_to_their_owner() -> None:
    # Ctrl-C in a terminal reaches every process of the group: the workers ignore it
    # (their owner closes the pool), rather than each printing its own traceback.
    with LocalParser(2, batch_size=1, min_chars=1) as parser:
        list(parser(PAIRS[:1]))
        for pid in _ready(parser):
            os.kill(pid, signal.SIGINT)
        time.sleep(0.5)
        assert sorted(alive(parser.workers)) == sorted(parser.workers)
        assert list(parser(PAIRS)) == list(parse_in_process(PAIRS))
    assert no_children_left()


def test_exec_pool_closed_early_leaves_no_process() -> None:
    with LocalParser(2, batch_size=1, min_chars=1) as parser:
        results = iter(parser(PAIRS))
        next(results)  # the rest is still being parsed when the block ends
    assert no_children_left()


def test_exec_pool_works_on_when_one_call_is_put_down_early() -> None:
    with LocalParser(2, batch_size=1, min_chars=1) as parser:
        first = parser(PAIRS)
        second = parser(PAIRS)  # sent to the workers already
        next(first)
        first.close()  # its caller needs no more of it
        assert parser.started
        assert list(second) == list(parse_in_process(PAIRS))
    assert no_children_left()


# A pile large enough that ``analyze --jobs 2`` parses it on the pool, and is still at work
# when its workers are up (generated sentences, one invented event per report).
def _write_pile(folder: Path, reports: int = 600) -> None:
    folder.mkdir()
    for n in range(reports):
        (folder / f"r{n:04d}.txt").write_text(
            f"Fire at the Dorvale depot {n}\n\n"
            f"At least {n + 3} people were hurt when a fire swept through depot {n} in "
            f"Dorvale on Monday, the fire chief told the Valley Times. About {n * 2 + 10} "
            "workers were sent home, the union said in a statement.\n",
            encoding="utf-8",
        )


def _analyze_with_workers(tmp_path: Path) -> tuple[subprocess.Popen[bytes], list[int]]:
    """``triangulate analyze --jobs 2`` on a pile, once its two parse workers are up."""
    _write_pile(tmp_path / "pile")
    command = [sys.executable, "-m", "triangulate", "analyze", str(tmp_path / "pile")]
    command += ["--jobs", "2", "-q", "-o", str(tmp_path / "out.json")]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
        workers = _workers_of(process.pid)
    if len(workers) < 2:
        process.kill()
        process.wait()
        pytest.fail(f"the pool did not start: {process.stderr.read()!r}")  # type: ignore[union-attr]
    return process, workers


def _workers_of(pid: int) -> list[int]:
    """The pool's workers below process ``pid``: its first worker, a child of ``pid``, and
    the workers that one forked."""
    first = [
        child for child in alive(children(pid)) if b"triangulate.exec.worker" in cmdline(child)
    ]
    return first + [child for one in first for child in alive(children(one))]


def _gone_after(pids: list[int], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while alive(pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = alive(pids)
    for pid in left:  # do not leave them running whatever the test found
        os.kill(pid, signal.SIGKILL)
    return not left


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_analyze_stopped_with_sigterm_stops_its_workers(tmp_path: Path) -> None:
    process, workers = _analyze_with_workers(tmp_path)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 128 + signal.SIGTERM  # a normal exit, not killed
    assert _gone_after(workers, 5)
    assert not (tmp_path / "out.json").exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "pile"]  # no partial report left


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_exit_when_their_parent_is_killed(tmp_path: Path) -> None:
    process, workers = _analyze_with_workers(tmp_path)
    process.kill()  # SIGKILL: the parent has no chance to shut its pool down
    process.wait(timeout=60)
    assert _gone_after(workers, 5)


def _pool_processes() -> list[int]:
    """Every process running below this one (the pools' workers and whatever else but
    multiprocessing's resource tracker, which a Dask test may have left)."""
    found, below = [], started_by(os.getpid())
    while below:
        found += below
        below = [child for pid in below for child in alive(children(pid))]
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_exec_pool_is_its_workers_and_no_other_process() -> None:
    # No fork server waits beside the workers holding the originals of the pages they
    # write to, and no resource tracker: the first worker loads the model and forks the
    # others. Their records are those of one process.
    with LocalParser(2, batch_size=1, min_chars=1) as parser:
        assert list(parser(PAIRS)) == list(parse_in_process(PAIRS))
        assert len(_ready(parser)) == 2
        assert sorted(_pool_processes()) == sorted(parser.workers)
        first = [pid for pid in parser.workers if pid in children(os.getpid())]
        assert len(first) == 1 and children(first[0]) == [
            pid for pid in parser.workers if pid != first[0]
        ]
    assert no_children_left()


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="POSIX priorities")
def test_exec_pool_workers_run_below_their_owner_s_priority() -> None:
    # The owner analyses what the workers parse, the last stories once they are done:
    # it takes a core before them. The forked workers inherit the first one's priority.
    mine = os.getpriority(os.PRIO_PROCESS, 0)
    with LocalParser(2, batch_size=1, min_chars=1, nice=2) as parser:
        assert list(parser(PAIRS)) == list(parse_in_process(PAIRS))
        assert {os.getpriority(os.PRIO_PROCESS, p) for p in _ready(parser)} == {min(19, mine + 2)}
    with LocalParser(2, batch_size=1, min_chars=1, nice=0) as parser:
        list(parser(PAIRS[:1]))
        assert {os.getpriority(os.PRIO_PROCESS, p) for p in _ready(parser)} == {mine}
    assert LocalParser(2).nice == pool.WORKER_NICE > 0
    assert no_children_left()


def test_exec_pool_starts_each_worker_alone_where_the_platform_cannot_fork(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Windows cannot fork: each worker is a process of its own that loads the model.
    monkeypatch.setattr(pool, "_can_fork", lambda: False)
    with LocalParser(2, batch_size=1, min_chars=1) as parser:
        assert list(parser(PAIRS)) == list(parse_in_process(PAIRS))
        assert len(_ready(parser)) == 2
        if Path("/proc/self/stat").exists():
            assert sorted(started_by(os.getpid())) == sorted(parser.workers)
    assert no_children_left()


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="reads /proc")
def test_exec_pool_that_cannot_start_all_its_workers_leaves_nothing_open(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The second worker cannot be started (no more processes): the first is stopped, and
    # no pipe is left open, rather than a pool half started.
    monkeypatch.setattr(pool, "_can_fork", lambda: False)
    real = subprocess.Popen
    calls: list[object] = []

    def popen(*args: object, **options: object) -> object:
        calls.append(args)
        if len(calls) == 2:
            raise OSError("no more processes")
        return real(*args, **options)  # type: ignore[call-overload]

    monkeypatch.setattr(pool.subprocess, "Popen", popen)
    open_fds = len(os.listdir("/proc/self/fd"))
    parser = LocalParser(2, min_chars=1)
    with pytest.raises(OSError, match="no more processes"):
        parser.expect(CHARS)
    assert not parser.started and len(calls) == 2
    assert no_children_left()
    assert len(os.listdir("/proc/self/fd")) == open_fds


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_exec_pool_expected_work_that_pays_starts_the_pool_before_the_first_call() -> None:
    with LocalParser(2, min_chars=CHARS) as parser:
        parser.expect(CHARS - 1)
        assert not parser.started  # too little to pay: nothing starts
        assert _pool_processes() == []
        parser.expect(CHARS)
        assert parser.started
        # Loading the model while the caller gets ready, before any call.
        assert len(_pool_processes()) >= 1
        assert list(parser(PAIRS[:1])) == list(parse_in_process(PAIRS[:1]))
        started = _ready(parser)
    with LocalParser(1, min_chars=1) as parser:
        parser.expect(CHARS)
        assert not parser.started  # one job parses in this process, always
    assert _gone_after(list(started), 10)
    assert no_children_left()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_exec_pool_processes_run_only_while_their_pool_is_open() -> None:
    first = LocalParser(2, min_chars=1)
    second = LocalParser(2, min_chars=1)
    list(first(PAIRS[:1]))
    list(second(PAIRS[:1]))
    firsts, seconds = _ready(first), _ready(second)
    first.close()
    assert _gone_after(list(firsts), 10)  # no process holds a model between jobs
    assert sorted(_pool_processes()) == sorted(seconds)
    assert list(second(PAIRS)) == list(parse_in_process(PAIRS))
    second.close()
    assert _gone_after(list(seconds), 10)
    with LocalParser(2, min_chars=1) as again:  # the next job starts new ones
        assert list(again(PAIRS)) == list(parse_in_process(PAIRS))
    assert no_children_left()


def _fails(text: str) -> bool:
    raise ValueError(f"cannot test {text[:10]!r}")


def test_exec_pool_raises_the_error_a_worker_raised() -> None:
    parser = LocalParser(2, batch_size=1, min_chars=1, select=_fails)
    with pytest.raises(ValueError, match="cannot test"):
        list(parser(PAIRS))
    assert not parser.started  # the pool is closed
    assert no_children_left()


def test_exec_pool_worker_hands_back_an_error_that_cannot_cross_the_pipe() -> None:
    # An error holding what cannot be pickled (here a lock) is sent as a RuntimeError
    # that names it, rather than breaking the worker's pipe.
    odd = ValueError("bad", threading.Lock())
    sent = worker.sendable(odd)
    assert isinstance(sent, RuntimeError) and str(sent).startswith("ValueError: ('bad', <")
    plain = ValueError("bad")
    assert worker.sendable(plain) is plain


def test_exec_pool_worker_parses_until_the_end_of_its_pipe_of_blocks() -> None:
    # A worker says who it is, parses each block it reads, and returns at the end of the
    # pipe: its owner closed the pool, or died.
    blocks_read, blocks_write = os.pipe()
    results_read, results_write = os.pipe()
    with os.fdopen(blocks_write, "wb") as blocks:
        worker.send(blocks, (PAIRS[:2], may_hold_claim, pool.BLOCK_CHARS, pool.KEEP_FREE))
    with os.fdopen(blocks_read, "rb") as blocks, os.fdopen(results_write, "wb") as results:
        worker.serve(blocks, results)
    with os.fdopen(results_read, "rb") as results:
        assert worker.receive(results) == os.getpid()
        ok, packed = worker.receive(results)
        with pytest.raises(EOFError):
            worker.receive(results)
    # Each document's parse comes back as a pickle of its own, opened when it is read.
    assert ok and len(packed) == 2 and all(isinstance(p, bytes) for p in packed)
    opened = [pool._opened(p) for p in packed]
    texts = dict(PAIRS)
    assert [spacy_model.unpack(p, texts[p.doc]) for p in opened] == list(
        parse_in_process(PAIRS[:2])
    )


def test_exec_pool_parses_ahead_what_later_calls_take(monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[list[str]] = []
    real_submit = pool.LocalParser._submit

    def submit(self: pool.LocalParser, pairs: list[tuple[str, str]], **kw: bool) -> object:
        sent.append([doc for doc, _ in pairs])
        return real_submit(self, pairs, **kw)

    monkeypatch.setattr(pool.LocalParser, "_submit", submit)
    a, b, c, d, e = PAIRS
    room = len(c[1]) + len(a[1]) + len(d[1])  # e does not fit
    changed = ("a", "Mayor Ilsa Brandt said 40 homes in Dorvale were flooded on Sunday.")
    with LocalParser(2, batch_size=2, min_chars=1, ahead_chars=room) as parser:
        parser.ahead(PAIRS)
        assert sent == [] and not parser.started  # no pool yet: nothing is parsed ahead
        assert parser.expect(CHARS)
        parser.ahead([c, a, d, e])
        mixed = list(parser([b, changed, c, e]))  # "a" asked with another text
        later = list(parser([d]))
        again = list(parser([c]))  # taken once: parsed again when asked again
    assert sent == [["c", "a", "d"], ["b", "a", "e"], [], ["c"]]
    assert mixed == list(parse_in_process([b, changed, c, e]))
    assert later == list(parse_in_process([d])) and again == list(parse_in_process([c]))
    assert no_children_left()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_exec_pool_hands_the_memory_a_parse_freed_back_to_the_system() -> None:
    # A worker trims the C heap after each block; its records are unchanged by it.
    assert pool.release_free_memory()
    packed = pool._parse_block(PAIRS, may_hold_claim)
    texts = dict(PAIRS)
    assert [spacy_model.unpack(p, texts[p.doc]) for p in packed] == list(parse_in_process(PAIRS))


def test_exec_pool_worker_keeps_a_little_free_memory_for_its_next_block(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trimmed: list[int] = []
    monkeypatch.setattr(pool, "_malloc_trim", lambda: trimmed.append)
    free = {"bytes": 2**20}
    monkeypatch.setattr(pool, "_heap_free", lambda: free["bytes"])
    assert not pool.release_free_memory(keep=pool.KEEP_FREE)  # a block's worth: kept
    assert trimmed == []
    free["bytes"] = pool.KEEP_FREE + 1  # more than it keeps: handed back
    assert pool.release_free_memory(keep=pool.KEEP_FREE)
    assert pool.release_free_memory()  # nothing kept: always handed back
    assert trimmed == [0, 0]
    monkeypatch.setattr(pool, "_heap_free", lambda: None)  # no way to tell: handed back
    assert pool.release_free_memory(keep=pool.KEEP_FREE)
    assert trimmed == [0, 0, 0]


def test_exec_pool_small_blocks_give_the_in_process_records() -> None:
    # Blocks of at most 80 characters: about one document each on the workers, against
    # the in-process parse's one block; the records are the same.
    assert (
        len(list(spacy_model.blocks(PAIRS, 32, 80))) >= 4 > len(list(spacy_model.blocks(PAIRS, 32)))
    )
    with LocalParser(2, min_chars=1, block_chars=80) as parser:
        pooled = list(parser(PAIRS))
    assert pooled == list(parse_in_process(PAIRS))


def test_exec_pool_worker_parses_two_news_articles_together() -> None:
    # A worker steps through the reports of its block together, which costs less the more
    # it holds: two articles of 7,000 characters go to one worker as one block.
    article = "The council said 40 homes lost power after the storm hit the coast. " * 103
    assert 6_900 < len(article) < 7_100
    pairs = [("a", article), ("b", article.replace("40 homes", "41 homes"))]
    assert [len(b) for b in spacy_model.blocks(pairs, 32, pool.BLOCK_CHARS)] == [2]
    assert LocalParser(2).block_chars == pool.BLOCK_CHARS


def test_exec_pool_blocks_shrink_as_the_expected_work_nears_its_end() -> None:
    # 100 reports of 100 characters, 10,000 told: full blocks of 1,000 characters while
    # half of what is left (two workers) holds that much, then smaller ones, down to
    # 200 (the last holds what is left); told nothing, full blocks to the end.
    pairs = [(f"r{n}", "x" * 100) for n in range(100)]
    with LocalParser(2, min_chars=10**9, block_chars=1_000, tail_chars=200) as parser:
        parser.expect(10_000)
        assert not parser.started
        sizes = [sum(len(t) for _, t in block) for block in parser._blocks(pairs)]
    assert sizes == [1_000] * 9 + [500, 200, 200, 100]
    with LocalParser(2, min_chars=10**9, block_chars=1_000, tail_chars=200) as parser:
        assert {sum(len(t) for _, t in b) for b in parser._blocks(pairs)} == {1_000}
    with LocalParser(2, min_chars=10**9, block_chars=1_000, tail_chars=1_000) as parser:
        parser.expect(10_000)  # a tail as large as a block: one size to the end
        assert {sum(len(t) for _, t in b) for b in parser._blocks(pairs)} == {1_000}


def test_exec_pool_workers_parse_in_lean_batches_while_this_process_seldom_waits() -> None:
    # Blocks handed out for 10 s, 1 s of it waited for (less than a quarter): the workers
    # are ahead, step through at most 500 characters together and hand back all the
    # memory a block freed; with a wait of 2 s more going on, or 4 s waited, whole blocks
    # and a block's free memory kept. Within the first seconds of handing out blocks (this
    # process may not have asked yet), whole blocks too.
    with LocalParser(2, min_chars=10**9, block_chars=1_000, lean_chars=500) as parser:
        assert parser._batching() == (1_000, pool.KEEP_FREE)  # the first block handed out
        now = time.monotonic()
        parser._first_handed, parser._waited = now - 10, 1.0
        assert parser._batching() == (500, 0)
        parser._wait_began = now - 2
        assert parser._batching() == (1_000, pool.KEEP_FREE)
        parser._wait_began, parser._waited = None, 4.0
        assert parser._batching() == (1_000, pool.KEEP_FREE)
        parser._first_handed, parser._waited = now - pool.LEAN_AFTER / 2, 0.0
        assert parser._batching() == (1_000, pool.KEEP_FREE)
    with LocalParser(2, min_chars=10**9, block_chars=1_000, lean_chars=2_000) as parser:
        parser._first_handed = time.monotonic() - 10
        assert parser._batching() == (1_000, 0)  # never more than a block, handed back


def test_exec_pool_lean_batches_give_the_in_process_records(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every block after the first stepped through in batches of at most 60 characters
    # (about one report each), however long this process waits: the records are those
    # of one batch here.
    monkeypatch.setattr(pool, "LEAN_AFTER", 0.0)
    monkeypatch.setattr(pool, "LEAN_SHARE", 10.0**9)
    handed: list[int] = []
    real_send = worker.send

    def send(out: IO[bytes], message: object) -> None:
        if isinstance(message, tuple):
            handed.append(message[2])
        real_send(out, message)

    monkeypatch.setattr(worker, "send", send)
    with LocalParser(2, min_chars=1, block_chars=200, lean_chars=60) as parser:
        pooled = list(parser(PAIRS))
    assert len(handed) > 1 and handed[0] == 200 and set(handed[1:]) == {60}
    assert pooled == list(parse_in_process(PAIRS))


def test_exec_pool_shrinking_blocks_give_the_in_process_records() -> None:
    with LocalParser(2, min_chars=1, block_chars=200, tail_chars=60) as parser:
        parser.expect(CHARS)
        pooled = list(parser(PAIRS))
    assert pooled == list(parse_in_process(PAIRS))


def test_exec_pool_block_parses_a_long_document_in_smaller_batches() -> None:
    # A report of several pieces parsed in batches of one piece each: the same records.
    long = "\n\n".join(text for _, text in PAIRS if text) * 300
    assert len(long) > spacy_model.MAX_CHUNK * 2
    packed = pool._parse_block([("long", long)], may_hold_claim, chars=spacy_model.MAX_CHUNK)
    assert [spacy_model.unpack(p, long) for p in packed] == list(parse_in_process([("long", long)]))


def test_exec_pool_first_worker_warms_up_both_ways_of_parsing() -> None:
    # One warm-up report is parsed whole, the other only in part (its dropped lines pay).
    from triangulate.exec.preload import WARM_UP

    dropped = [spacy_model._kept_line_spans(text, may_hold_claim)[1] for _, text in WARM_UP]
    shares = [out / len(text) for out, (_, text) in zip(dropped, WARM_UP, strict=True)]
    assert shares[0] < spacy_model.SKIP_PAYS <= shares[1]


def test_keep_one_blas_thread_holds_for_the_rest_of_the_process() -> None:
    script = (
        "from threadpoolctl import threadpool_info\n"
        "from triangulate.nlp import spacy_model\n"
        "spacy_model.keep_one_blas_thread()\n"
        "with spacy_model._one_blas_thread():\n"
        "    pass\n"
        "print(sorted({i['num_threads'] for i in threadpool_info() if i['user_api'] == 'blas'}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[1]"


def test_exec_pool_first_worker_makes_once_what_each_worker_would_make() -> None:
    # The preload module (the first worker's) parses once, keeps BLAS on one thread and
    # freezes what it made; it imports nothing the workers do not run (the command, the
    # claim readers' quantity tables and the attribution reader, with the ingest and name
    # modules it imports: only the pre-check of ``claims`` and the cue words it lists;
    # spaCy's command line and what only its commands use: downloads, projects, weasel,
    # httpx).
    script = (
        "import gc, sys\n"
        "import triangulate.exec.preload\n"
        "from triangulate.nlp import spacy_model\n"
        "print(spacy_model._ONE_BLAS_THREAD['for good'], 'triangulate.cli.main' in sys.modules,"
        " gc.get_freeze_count() > 0, gc.get_count()[0] < 100,"
        " 'triangulate.claims.quantities' in sys.modules, 'spacy.cli.download' in sys.modules,"
        " 'weasel' in sys.modules, 'httpx' in sys.modules,"
        " 'triangulate.claims.attribution' in sys.modules, 'triangulate.ingest' in sys.modules,"
        " 'triangulate.resolve' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=300
    )
    assert out.stdout.split() == [
        "True",
        "False",
        "True",
        "True",
        "False",
        "False",
        "False",
        "False",
        "False",
        "False",
        "False",
    ]


def test_claims_package_names_come_from_quantities_when_asked() -> None:
    import triangulate.claims as claims
    from triangulate.claims import quantities

    assert claims.Quantity is quantities.Quantity
    assert claims.find_quantities is quantities.find_quantities
    with pytest.raises(AttributeError):
        _ = claims.NotAName


def test_exec_pool_worker_told_it_is_idle_hands_back_freed_memory_and_answers_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trimmed: list[int] = []
    monkeypatch.setattr(pool, "release_free_memory", lambda keep=0: trimmed.append(keep))
    blocks_read, blocks_write = os.pipe()
    results_read, results_write = os.pipe()
    with os.fdopen(blocks_write, "wb") as blocks:
        worker.send(blocks, worker.IDLE)
    with os.fdopen(blocks_read, "rb") as blocks, os.fdopen(results_write, "wb") as results:
        worker.serve(blocks, results)
    with os.fdopen(results_read, "rb") as results:
        assert worker.receive(results) == os.getpid()
        with pytest.raises(EOFError):
            worker.receive(results)  # no reply to being idle
    assert trimmed == [0]


def test_exec_pool_workers_without_a_block_are_told_they_are_idle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pool, "IDLE_AFTER", 0.01)
    told: list[str] = []
    send = worker.send

    def noted(out: object, message: object) -> None:
        if message == worker.IDLE:
            told.append(threading.current_thread().name)
        send(out, message)  # type: ignore[arg-type]

    monkeypatch.setattr(worker, "send", noted)
    with LocalParser(2, min_chars=1) as parser:
        assert list(parser(PAIRS)) == list(parse_in_process(PAIRS))
        _ready(parser)
        deadline = time.monotonic() + 30
        while len(set(told)) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert sorted(set(told)) == ["pool-worker-0", "pool-worker-1"]
        assert list(parser(PAIRS)) == list(parse_in_process(PAIRS))  # and parse on
    assert no_children_left()


def test_exec_pool_further_workers_parse_only_while_their_owner_waits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Parsed ahead while the owner is busy elsewhere, the blocks go to the first worker
    # alone; once the owner waits for a parse, the others take what is queued too.
    takers: list[str] = []
    send = worker.send

    def noted(out: object, message: object) -> None:
        if isinstance(message, tuple):
            takers.append(threading.current_thread().name)
        send(out, message)  # type: ignore[arg-type]

    monkeypatch.setattr(worker, "send", noted)
    monkeypatch.setattr(pool, "FORK_AFTER", 0.0)  # forked at the owner's first wait
    monkeypatch.setattr(pool, "FORK_SHARE", 0.0)
    many = [(f"{doc}{n}", text) for n in range(12) for doc, text in PAIRS]
    with LocalParser(2, batch_size=1, min_chars=1) as parser:
        assert parser.expect(10**6)
        _ready(parser, count=1)
        parser.ahead(many[:20])
        deadline = time.monotonic() + 60
        while len(takers) < 20 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert takers == ["pool-worker-0"] * 20
        assert list(parser(many)) == list(parse_in_process(many))
        assert set(takers[20:]) == {"pool-worker-0", "pool-worker-1"}
    with LocalParser(2, batch_size=1, min_chars=1, on_demand=False) as parser:
        assert parser.on_demand is False
        assert list(parser(many)) == list(parse_in_process(many))
    assert LocalParser(2).on_demand is pool.ON_DEMAND
    assert no_children_left()


def test_exec_pool_first_worker_told_to_fork_calls_its_fork_and_answers_nothing() -> None:
    forked: list[int] = []
    blocks_read, blocks_write = os.pipe()
    results_read, results_write = os.pipe()
    with os.fdopen(blocks_write, "wb") as blocks:
        worker.send(blocks, worker.FORK)
        worker.send(blocks, worker.FORK)
    with os.fdopen(blocks_read, "rb") as blocks, os.fdopen(results_write, "wb") as results:
        worker.serve(blocks, results, lambda: forked.append(1))
    with os.fdopen(results_read, "rb") as results:
        assert worker.receive(results) == os.getpid()
        with pytest.raises(EOFError):
            worker.receive(results)  # no reply to being told to fork
    assert forked == [1, 1]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_exec_pool_first_worker_forks_the_others_only_once_its_owner_has_waited_enough(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A forked worker holds the originals of the pages the first one writes to even if
    # it never parses: an owner that has not waited long enough for parses keeps one.
    monkeypatch.setattr(pool, "FORK_AFTER", 10.0**6)
    with LocalParser(2, batch_size=1, min_chars=1) as parser:
        assert list(parser(PAIRS)) == list(parse_in_process(PAIRS))
        assert list(parser(PAIRS)) == list(parse_in_process(PAIRS))
        time.sleep(0.5)
        assert len(parser.workers) == 1
        assert children(parser.workers[0]) == []
    assert no_children_left()
    # Not on demand, every worker parses every block: all are forked at once.
    with LocalParser(2, batch_size=1, min_chars=1, on_demand=False) as parser:
        assert list(parser(PAIRS)) == list(parse_in_process(PAIRS))
        assert len(_ready(parser)) == 2
    assert no_children_left()
    monkeypatch.setattr(pool, "FORK_AFTER", 0.0)
    monkeypatch.setattr(pool, "FORK_SHARE", 0.0)
    with LocalParser(2, batch_size=1, min_chars=1) as parser:
        assert list(parser(PAIRS)) == list(parse_in_process(PAIRS))
        workers = _ready(parser)
        assert len(workers) == 2
        assert children(workers[0]) == [workers[1]]
        assert list(parser(PAIRS)) == list(parse_in_process(PAIRS))
    assert no_children_left()


def test_exec_pool_forks_once_the_waits_add_up_to_their_share_of_the_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pool, "FORK_AFTER", 0.5)
    monkeypatch.setattr(pool, "FORK_SHARE", 0.25)
    monkeypatch.setattr(time, "monotonic", lambda: 100.0)  # the pool's clock
    parser = LocalParser(2)
    parser._first_asked, parser._waited = 0.0, 10.0
    # 10 s waited in 100: 20 more, and 30 s of 120 are a quarter.
    assert parser._until_fork(100.0) == pytest.approx(20.0)
    parser._waited = 30.0
    assert parser._until_fork(100.0) == 0.0  # already a quarter
    parser._first_asked, parser._waited = 99.9, 0.0
    assert parser._until_fork(100.0) == pytest.approx(0.5)  # at least FORK_AFTER in all
