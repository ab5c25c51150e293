"""`analyze --jobs`: a pool of local processes writes the very bytes one process writes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from processes import no_children_left
from triangulate.cli.main import app
from triangulate.exec import pool

ROOT = Path(__file__).resolve().parent.parent


def _report(tmp_path: Path, name: str, *options: str) -> bytes:
    out = tmp_path / name
    folders = [str(ROOT / "examples" / "khan-sabil"), str(ROOT / "tests" / "data" / "port-veran")]
    result = CliRunner().invoke(app, ["analyze", *folders, "-q", "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    # The creation time is the one field that may differ between two runs.
    return re.sub(rb'"created": "[^"]*"', b'"created": ""', out.read_bytes())


def test_analyze_jobs_writes_the_bytes_one_process_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pool, "MIN_CHARS", 1)  # so that two reports start the pool
    started = []
    real_start = pool.LocalParser._start

    def start(self: pool.LocalParser) -> object:
        started.append(self.jobs)
        return real_start(self)

    monkeypatch.setattr(pool.LocalParser, "_start", start)
    one = _report(tmp_path, "one.json", "--jobs", "1")
    assert not started
    two = _report(tmp_path, "two.json", "--jobs", "2")
    assert started and started[0] == 2
    assert one == two
    assert b'"claims": [' in one and b'"kind": "figure"' in one
    assert no_children_left()  # the pool's processes have all exited


def test_analyze_jobs_with_a_dask_cluster_is_refused(examples_dir: Path) -> None:
    result = CliRunner().invoke(
        app, ["analyze", str(examples_dir / "khan-sabil"), "--jobs", "2", "--workers", "2"]
    )
    assert result.exit_code != 0
    assert "--jobs" in result.output
