"""A database filled by several runs, by runs killed at any moment, or by two runs at once
ends exactly as one uninterrupted run over everything leaves it.

The reports come from the project's generator of story streams (``bench/generate.py``):
16 invented reports about several events, where adding the second half of the pile re-cuts
stories the first half made (a story loses a report to another without receiving one).
Runs are killed with SIGKILL in a forked copy of this process, before a database statement
picked at random (seeded), so a kill can fall anywhere: between documents, inside a story's
transaction, after the story index is saved and before the stories are.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import shutil
import signal
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from store_fixtures import raw_rows
from triangulate.cluster import StoryIndex
from triangulate.collect import INDEX_KEY, analyze_into
from triangulate.report.json_report import to_dict
from triangulate.store import open_store
from triangulate.store.sql import SqlStore

pytest_plugins = ["store_fixtures"]

ROOT = Path(__file__).resolve().parent.parent
GENERATE = ROOT / "bench" / "generate.py"
REPORTS, SEED = 16, 3


@pytest.fixture(scope="module")
def pile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The whole pile, and a folder with every other report of it."""
    spec = importlib.util.spec_from_file_location("bench_generate_resume", GENERATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    base = tmp_path_factory.mktemp("pile")
    whole = module.write_corpus(base / "all", REPORTS, SEED, jsonl_share=0)
    half = base / "half"
    half.mkdir()
    for path in sorted(whole.iterdir())[::2]:
        shutil.copy(path, half / path.name)
    return whole, half


@pytest.fixture(scope="module")
def expected(pile: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Any:
    """What one uninterrupted run over the whole pile stores, and how many statements."""
    target = str(tmp_path_factory.mktemp("one") / "one.db")
    counter = _Counter()
    with counter.installed(), open_store(target) as store:
        analyze_into(store, pile[0])
    _check_sound(target)
    return _content(target), counter.count


def _content(target: str) -> dict[str, list[str]]:
    """Everything a run leaves that does not depend on how runs went: the report of the
    whole database, each list sorted, without run times, inputs and source paths."""
    with open_store(target) as store:
        data = to_dict(store.load_report())
    for doc in data["documents"]:
        doc.pop("source")  # where a report was first read from
    return {
        key: sorted(json.dumps(item, sort_keys=True) for item in value)
        for key, value in data.items()
        if key not in {"created", "inputs", "format"}
    }


def _check_sound(target: str) -> None:
    """Every document in a story, every group holding claims, the index and the stored
    stories the same."""
    assert raw_rows(target, "SELECT count(*) FROM documents WHERE story IS NULL") == [(0,)]
    empty = (
        "SELECT g.id FROM groups g "
        "WHERE NOT EXISTS (SELECT 1 FROM group_claims c WHERE c.group_id = g.id)"
    )
    assert raw_rows(target, empty) == []
    with open_store(target) as store:
        index = StoryIndex.from_state(store.get_state(INDEX_KEY))
        assert {s.id: s.docs for s in index.stories()} == {s.id: s.docs for s in store.stories()}


class _Counter:
    """Counts the store's database statements; kills the process before statement
    ``kill_at``, when set."""

    NAMES = ("_query", "_execute", "_executemany")

    def __init__(self, kill_at: int | None = None) -> None:
        self.count = 0
        self.kill_at = kill_at

    def installed(self) -> pytest.MonkeyPatch:
        patch = pytest.MonkeyPatch()
        for name in self.NAMES:
            patch.setattr(SqlStore, name, self._wrap(getattr(SqlStore, name)))
        return _Undo(patch)  # type: ignore[return-value]

    def _wrap(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def counted(store: SqlStore, *args: Any, **kwargs: Any) -> Any:
            self.count += 1
            if self.kill_at is not None and self.count >= self.kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(store, *args, **kwargs)

        return counted


class _Undo:
    """A context manager that undoes a MonkeyPatch on exit."""

    def __init__(self, patch: pytest.MonkeyPatch) -> None:
        self.patch = patch

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        self.patch.undo()


def _killed_run(target: str, folder: Path, kill_at: int) -> bool:
    """``analyze_into`` in a forked child that SIGKILLs itself before its ``kill_at``-th
    database statement. True when it was killed, False when it finished first."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        code = 0
        try:
            with _Counter(kill_at).installed(), open_store(target) as store:
                analyze_into(store, folder)
        except BaseException:
            traceback.print_exc()
            code = 3
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL
        return True
    assert os.WEXITSTATUS(status) == 0, "the run failed before it was killed"
    return False


def test_store_incremental_runs_equal_one_run(
    store_target: str, pile: tuple[Path, Path], expected: Any
) -> None:
    whole, half = pile
    with open_store(store_target) as store:
        analyze_into(store, half)
    with open_store(store_target) as store:
        analyze_into(store, whole)
    assert raw_rows(store_target, "SELECT status FROM runs ORDER BY id") == [("ok",), ("ok",)]
    _check_sound(store_target)
    assert _content(store_target) == expected[0]


@pytest.mark.parametrize("start", ["fresh", "half-filled"])
def test_store_runs_killed_anywhere_are_completed_by_the_next(
    store_target: str, pile: tuple[Path, Path], expected: Any, start: str
) -> None:
    whole, half = pile
    if start == "half-filled":
        with open_store(store_target) as store:
            analyze_into(store, half)
    statements = expected[1]
    rng = random.Random(f"{start}:{store_target.split(':')[0]}")
    kills = [rng.randint(1, statements * 2 // 3) for _ in range(3)]
    killed = [_killed_run(store_target, whole, at) for at in kills]
    assert killed[0], f"the first run finished within {kills[0]} statements"
    with open_store(store_target) as store:
        analyze_into(store, whole)
    _check_sound(store_target)
    assert _content(store_target) == expected[0], f"killed before statements {kills}"


def _writer(target: str, folder: Path, pause: float) -> int:
    """``analyze_into`` in a forked child that, with ``pause``, waits that long right after
    saving the story index (where a second writer could read a stale index). Its pid."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        code = 0
        try:
            real = SqlStore.set_state

            def slow(store: SqlStore, key: str, value: Any) -> None:
                real(store, key, value)
                if key == INDEX_KEY:
                    time.sleep(pause)

            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(SqlStore, "set_state", slow)
                with open_store(target) as store:
                    analyze_into(store, folder)
        except BaseException:
            traceback.print_exc()
            code = 3
        finally:
            os._exit(code)
    return pid


def test_store_two_writers_at_once_lose_nothing(
    store_target: str, pile: tuple[Path, Path], expected: Any
) -> None:
    whole, half = pile
    open_store(store_target).close()  # the schema exists before both start
    first = _writer(store_target, half, pause=1.5)
    deadline = time.monotonic() + 120
    saved = f"SELECT count(*) FROM state WHERE key = '{INDEX_KEY}'"
    # The second starts while the first sits between its story index and its stories.
    while raw_rows(store_target, saved) != [(1,)]:
        assert time.monotonic() < deadline, "the first writer never saved its story index"
        time.sleep(0.02)
    second = _writer(store_target, whole, pause=0)
    for pid in (first, second):
        _, status = os.waitpid(pid, 0)
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    assert raw_rows(store_target, "SELECT status FROM runs") == [("ok",), ("ok",)]
    _check_sound(store_target)
    assert _content(store_target) == expected[0]


def test_store_writer_lock_waits_for_the_holder(store_target: str) -> None:
    import threading

    with open_store(store_target) as holder, open_store(store_target) as waiter:
        held = holder.writer()
        waited: list[str] = []
        taken = threading.Event()

        def second() -> None:
            waiter.writer(on_wait=lambda: waited.append("waiting")).release()
            taken.set()

        thread = threading.Thread(target=second)
        thread.start()
        assert not taken.wait(0.5), "the second writer did not wait for the first"
        assert waited == ["waiting"]
        held.release()
        held.release()  # twice does nothing
        assert taken.wait(30)
        thread.join()
        # Free again: taken at once, without waiting.
        waiter.writer(on_wait=lambda: waited.append("again")).release()
        assert waited == ["waiting"]


def test_store_analyze_command_killed_at_a_random_moment_is_completed_by_the_next(
    tmp_path: Path, pile: tuple[Path, Path], expected: Any
) -> None:
    """The command itself, ``triangulate analyze --db``, killed with SIGKILL at a random
    moment once it has begun writing (SQLite: the statement-level kills above cover both
    databases)."""
    import subprocess

    whole, _ = pile
    target = str(tmp_path / "cli.db")
    rng = random.Random(7)
    command = (sys.executable, "-m", "triangulate", "analyze", str(whole), "--db", target)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 120
    while child.poll() is None and not Path(target).exists():
        assert time.monotonic() < deadline, "the command never opened its database"
        time.sleep(0.05)
    time.sleep(rng.uniform(0.0, 3.0))
    child.send_signal(signal.SIGKILL)
    child.wait()
    subprocess.run(command, check=True, capture_output=True, env=env, timeout=600)
    _check_sound(target)
    assert _content(target) == expected[0]
