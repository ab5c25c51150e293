"""`analyze --workers`: the parse runs on a local Dask cluster and the report is the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from triangulate.cli.main import app

pytest.importorskip("distributed", reason="the distributed extra is not installed")


def test_analyze_with_two_workers_writes_the_same_report(
    tmp_path: Path, examples_dir: Path
) -> None:
    runner = CliRunner()
    outputs = []
    for extra, name in (([], "local.json"), (["--workers", "2"], "workers.json")):
        out = tmp_path / name
        result = runner.invoke(
            app, ["analyze", str(examples_dir / "khan-sabil"), "-q", "-o", str(out), *extra]
        )
        assert result.exit_code == 0, result.output
        data = json.loads(out.read_text(encoding="utf-8"))
        data.pop("created")
        outputs.append(data)
    assert outputs[0] == outputs[1]
    assert outputs[0]["claims"] and outputs[0]["groups"]


def test_analyze_unreachable_scheduler_is_a_clear_error(examples_dir: Path) -> None:
    result = CliRunner().invoke(
        app, ["analyze", str(examples_dir / "khan-sabil"), "--scheduler", "tcp://127.0.0.1:1"]
    )
    assert result.exit_code == 1
    assert "T030" in result.output and "Traceback" not in result.output
