"""The runner façade without a cluster: in-process parsing, argument checks, the window."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from triangulate.claims.precheck import may_hold_claim
from triangulate.errors import MissingDependency, TriangulateError
from triangulate.exec import SchedulerUnreachable, parse_documents
from triangulate.exec.dask_runner import ordered_window
from triangulate.nlp import spacy_model

PAIRS = [
    ("a", "Firefighters in Dorvale said 12 people died in a warehouse fire on Monday."),
    ("b", ""),
    ("c", "About 300 workers walked out at the Kesrin mill, the union told the Valley Times."),
]


def test_exec_local_matches_spacy_model() -> None:
    # In process, as everywhere, only the sentences a claim reader can use are parsed.
    expected = list(spacy_model.parse(PAIRS, select=may_hold_claim))
    assert list(parse_documents(PAIRS)) == expected


def test_exec_local_one_result_per_pair_in_order() -> None:
    assert [p.doc for p in parse_documents(PAIRS, batch_size=1)] == ["a", "b", "c"]


@pytest.mark.parametrize(
    "options",
    [
        {"workers": 2, "scheduler": "tcp://127.0.0.1:8786"},
        {"workers": 0},
        {"batch_size": 0},
    ],
)
def test_exec_local_bad_options_raise(options: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        parse_documents(PAIRS, **options)  # type: ignore[arg-type]


def test_exec_local_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # makes the import fail
    with pytest.raises(MissingDependency, match=r"triangulate\[distributed\]"):
        parse_documents(PAIRS, workers=2)


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:1", "no-port-here"])
def test_exec_local_unreachable_scheduler_is_clear(address: str) -> None:
    pytest.importorskip("distributed")
    with pytest.raises(SchedulerUnreachable) as info:
        list(parse_documents(PAIRS, scheduler=address))
    assert isinstance(info.value, TriangulateError)
    assert info.value.code == "T030"
    assert address in str(info.value)


class _Handle:
    """A fake pending task that records when it is waited on or cancelled."""

    def __init__(self, value: int, log: list[str]) -> None:
        self.value = value
        self.log = log

    def result(self) -> int:
        self.log.append(f"result {self.value}")
        return self.value

    def cancel(self) -> None:
        self.log.append(f"cancel {self.value}")


def test_exec_local_window_keeps_order_and_bound() -> None:
    log: list[str] = []
    live: list[int] = []
    peak = 0

    def submit(n: int) -> _Handle:
        nonlocal peak
        live.append(n)
        peak = max(peak, len(live))
        return _Handle(n, log)

    out = []
    for value in ordered_window(range(10), submit, 3):
        live.remove(value)
        out.append(value)
    assert out == list(range(10))
    assert peak == 3


def test_exec_local_window_cancels_pending_when_closed() -> None:
    log: list[str] = []
    stream: Iterator[int] = ordered_window(range(10), lambda n: _Handle(n, log), 3)
    assert next(stream) == 0
    stream.close()  # type: ignore[attr-defined]
    assert log == ["result 0", "cancel 1", "cancel 2"]
