"""The benchmark's story-stream generator: deterministic, the right size, events spread."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from triangulate.ingest import ingest

GENERATE = Path(__file__).resolve().parent.parent / "bench" / "generate.py"


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate", GENERATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_bench_generate_is_deterministic_by_seed(gen: ModuleType) -> None:
    assert list(gen.generate(120, seed=4)) == list(gen.generate(120, seed=4))
    assert list(gen.generate(120, seed=4)) != list(gen.generate(120, seed=5))


@pytest.mark.parametrize("n", [0, 1, 7, 250])
def test_bench_generate_gives_exactly_n_unique_reports(gen: ModuleType, n: int) -> None:
    reports = list(gen.generate(n, seed=1))
    assert len(reports) == n
    assert len({name for name, _, _ in reports}) == n


def test_bench_generate_reports_are_non_empty_with_metadata(gen: ModuleType) -> None:
    for _, text, meta in gen.generate(300, seed=2):
        assert text.strip()
        assert {"event", "kind", "outlet", "published", "style"} <= meta.keys()


def test_bench_generate_spreads_reports_over_many_events(gen: ModuleType) -> None:
    reports = list(gen.generate(1000, seed=3))
    per_event = Counter(meta["event"] for _, _, meta in reports)
    kinds = Counter(meta["kind"] for _, _, meta in reports)
    styles = Counter(meta["style"] for _, _, meta in reports)
    assert len(per_event) >= 100
    assert max(per_event.values()) <= 10
    assert len(kinds) >= 5
    assert {"wire", "syndicated", "local", "echo", "monitor", "update"} <= styles.keys()


def test_bench_generate_corpus_reads_back(gen: ModuleType, tmp_path: Path) -> None:
    gen.write_corpus(tmp_path, 80, 6)
    txt = list(tmp_path.glob("*.txt"))
    rows = [line for f in tmp_path.glob("*.jsonl") for line in f.read_text().splitlines()]
    assert txt and rows
    assert len(txt) + len(rows) == 80
    assert all(json.loads(row)["text"] for row in rows)
    documents = ingest([str(tmp_path)]).documents
    assert len(documents) == 80
    assert sum(d.published.date is not None for d in documents) == 80
