"""The local pool: the same records as in process, started only when it pays, never leaking."""

from __future__ import annotations

import os
import signal
import time
from multiprocessing import active_children

import pytest

from triangulate.errors import TriangulateError, WorkerDied
from triangulate.exec import LocalParser
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
    with LocalParser(2, batch_size=2, min_documents=1) as parser:
        pooled = list(parser(PAIRS))
        assert parser.started
    assert pooled == list(parse_in_process(PAIRS))
    assert [p.doc for p in pooled] == ["a", "b", "c", "d", "e"]
    assert _no_children_left()


def test_exec_pool_starts_only_when_a_call_brings_enough_documents() -> None:
    with LocalParser(2, min_documents=len(PAIRS) + 1) as parser:
        assert list(parser(PAIRS)) == list(parse_in_process(PAIRS))
        assert not parser.started
    with LocalParser(1, min_documents=1) as parser:
        list(parser(PAIRS))
        assert not parser.started  # one job parses in this process, always


def test_exec_pool_bad_options_raise() -> None:
    with pytest.raises(ValueError):
        LocalParser(0)
    with pytest.raises(ValueError):
        LocalParser(2, batch_size=0)


def test_exec_pool_dead_worker_is_a_clear_error_and_nothing_is_left() -> None:
    parser = LocalParser(2, batch_size=1, min_documents=1)
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
    with LocalParser(2, batch_size=1, min_documents=1) as parser:
        results = iter(parser(PAIRS))
        next(results)  # the rest is still being parsed when the block ends
    assert _no_children_left()
