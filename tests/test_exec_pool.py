"""The local pool: the same records as in process, started only when it pays, never leaking."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from multiprocessing import active_children
from pathlib import Path

import pytest

from triangulate.claims.precheck import may_hold_claim
from triangulate.errors import TriangulateError, WorkerDied
from triangulate.exec import LocalParser, pool
from triangulate.nlp import spacy_model
from triangulate.pipeline import parse_in_process

PAIRS = [
    ("a", "Firefighters in Dorvale said 12 people died in a warehouse fire on Monday."),
    ("b", ""),
    ("c", "About 300 workers walked out at the Kesrin mill, the union told the Valley Times."),
    ("d", "The weather was mild. Mayor Ilsa Brandt opened the new bridge over the Orne."),
    ("e", "Rescuers from Port Aven searched the quay.\n\nTwo boats were missing, police said."),
]


def _no_children_left() -> bool:
    deadline = time.monotonic() + 10
    while active_children() and time.monotonic() < deadline:
        time.sleep(0.1)
    return not active_children()


def test_exec_pool_gives_the_in_process_records() -> None:
    with LocalParser(2, batch_size=2, min_chars=1) as parser:
        pooled = list(parser(PAIRS))
        assert parser.started
    assert pooled == list(parse_in_process(PAIRS))
    assert [p.doc for p in pooled] == ["a", "b", "c", "d", "e"]
    assert _no_children_left()


CHARS = sum(len(text) for _, text in PAIRS)


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
    assert _no_children_left()


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
    for child in active_children():
        assert child.pid is not None
        os.kill(child.pid, signal.SIGKILL)
    with pytest.raises(WorkerDied) as info:
        list(parser(PAIRS))
    assert isinstance(info.value, TriangulateError)
    assert info.value.code == "T031"
    assert "--jobs 1" in str(info.value)
    assert not parser.started
    assert _no_children_left()


def test_exec_pool_closed_early_leaves_no_process() -> None:
    with LocalParser(2, batch_size=1, min_chars=1) as parser:
        results = iter(parser(PAIRS))
        next(results)  # the rest is still being parsed when the block ends
    assert _no_children_left()


def test_exec_pool_works_on_when_one_call_is_put_down_early() -> None:
    with LocalParser(2, batch_size=1, min_chars=1) as parser:
        first = parser(PAIRS)
        second = parser(PAIRS)  # sent to the workers already
        next(first)
        first.close()  # its caller needs no more of it
        assert parser.started
        assert list(second) == list(parse_in_process(PAIRS))
    assert _no_children_left()


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


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (read from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # gone meanwhile
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pids: list[int]) -> list[int]:
    left = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":  # a zombie has exited; only its parent's bookkeeping remains
            left.append(pid)
    return left


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
        # The workers are forked by the pool's fork server, a child of the command.
        servers = [pid for pid in _children(process.pid) if b"forkserver" in _cmdline(pid)]
        workers = [pid for server in servers for pid in _children(server)]
    if len(workers) < 2:
        process.kill()
        process.wait()
        pytest.fail(f"the pool did not start: {process.stderr.read()!r}")  # type: ignore[union-attr]
    return process, workers


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _gone_after(pids: list[int], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while _alive(pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = _alive(pids)
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


def test_exec_pool_spawns_its_workers_where_the_platform_has_no_fork_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Windows has no fork server: the pool must still start (each worker loads the model).
    assert pool._context().get_start_method() in {"forkserver", "spawn"}
    monkeypatch.setattr(pool, "get_all_start_methods", lambda: ["spawn"])
    assert pool._context().get_start_method() == "spawn"


def _fork_server() -> int | None:
    """The pid of this process's fork server, or None when none runs."""
    from multiprocessing import forkserver

    pid: int | None = forkserver._forkserver._forkserver_pid  # type: ignore[attr-defined]
    return pid


@pytest.mark.skipif(pool._context().get_start_method() != "forkserver", reason="no fork server")
def test_exec_pool_expected_work_that_pays_starts_the_pool_before_the_first_call() -> None:
    with LocalParser(2, min_chars=CHARS) as parser:
        parser.expect(CHARS - 1)
        assert not parser.started  # too little to pay: nothing starts
        parser.expect(CHARS)
        assert parser.started
        server = _fork_server()
        assert server is not None  # loading the model while the caller gets ready
        assert list(parser(PAIRS[:1])) == list(parse_in_process(PAIRS[:1]))
    with LocalParser(1, min_chars=1) as parser:
        parser.expect(CHARS)
        assert not parser.started  # one job parses in this process, always
    assert _gone_after([server], 10)
    assert _no_children_left()


@pytest.mark.skipif(pool._context().get_start_method() != "forkserver", reason="no fork server")
def test_exec_pool_fork_server_runs_only_while_a_pool_is_open() -> None:
    first = LocalParser(2, min_chars=1)
    second = LocalParser(2, min_chars=1)
    list(first(PAIRS[:1]))
    list(second(PAIRS[:1]))
    server = _fork_server()
    assert server is not None
    first.close()
    assert _fork_server() == server  # the second pool still forks from it
    assert list(second(PAIRS)) == list(parse_in_process(PAIRS))
    second.close()
    assert _fork_server() is None
    assert _gone_after([server], 10)  # no process holds a model between jobs
    with LocalParser(2, min_chars=1) as again:  # the next job starts a new one
        assert list(again(PAIRS)) == list(parse_in_process(PAIRS))
    assert _fork_server() is None
    assert _no_children_left()


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
    assert _no_children_left()


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


def test_exec_pool_block_parses_a_long_document_in_smaller_batches() -> None:
    # A report of several pieces parsed in batches of one piece each: the same records.
    long = "\n\n".join(text for _, text in PAIRS if text) * 300
    assert len(long) > spacy_model.MAX_CHUNK * 2
    packed = pool._parse_block([("long", long)], may_hold_claim, chars=spacy_model.MAX_CHUNK)
    assert [spacy_model.unpack(p, long) for p in packed] == list(parse_in_process([("long", long)]))


def test_exec_pool_fork_server_warms_up_both_ways_of_parsing() -> None:
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


def test_exec_pool_fork_server_makes_once_what_each_worker_would_make() -> None:
    # The preload module (the fork server's) parses once, keeps BLAS on one thread,
    # imports the command's modules and freezes what it made.
    script = (
        "import gc, sys\n"
        "import triangulate.exec.preload\n"
        "from triangulate.nlp import spacy_model\n"
        "print(spacy_model._ONE_BLAS_THREAD['for good'], 'triangulate.cli.main' in sys.modules,"
        " gc.get_freeze_count() > 0, gc.get_count()[0] < 100)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=300
    )
    assert out.stdout.split() == ["True", "True", "True", "True"]
