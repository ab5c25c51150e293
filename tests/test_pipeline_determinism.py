"""The same inputs give the same report, whatever Python's hash seed (only `created` differs).

Sets iterate in an order that depends on the hash seed; a sum of floats over a set, or a
tie broken by set order, would make two runs of the same analysis disagree.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def _report(folder: Path, seed: str, out: Path) -> dict:  # type: ignore[type-arg]
    env = {**os.environ, "PYTHONHASHSEED": seed}
    code = (
        "import sys; from triangulate import analyze, write; "
        "write(analyze(sys.argv[1]), sys.argv[2])"
    )
    subprocess.run([sys.executable, "-c", code, str(folder), str(out)], env=env, check=True)
    data = json.loads(out.read_text(encoding="utf-8"))
    data.pop("created")
    return data


@pytest.mark.parametrize("story", ["raqqa", "khan-sabil"])
def test_report_is_the_same_under_another_hash_seed(
    story: str, raqqa_dir: Path, examples_dir: Path, tmp_path: Path
) -> None:
    folder = raqqa_dir if story == "raqqa" else examples_dir / "khan-sabil"
    first = _report(folder, "0", tmp_path / "a.json")
    second = _report(folder, "1", tmp_path / "b.json")
    assert first == second
