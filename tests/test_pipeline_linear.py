"""The work of analysing one report grows linearly with its size.

Work is counted, not timed: the Python function calls one ``analyze`` makes (a measure of
work that the machine's load does not move), for a report and for the same kind of report
twice as long. Three kinds that used to cost the square of their size: short figure
sentences in paragraphs; one paragraph of them naming no place (each figure looked back
over the paragraph for one); and figures run into one sentence with no stop. Times and
memory are measured by ``bench/size.py``.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from triangulate.pipeline import analyze

PLACES = ("Dorvale", "Kessan", "Brenna", "Oskel")
THINGS = ("people were killed", "homes were destroyed", "families were displaced")
HEDGES = ("At least {}", "About {}", "More than {}", "Up to {}", "{}")


def _paragraphs(rng: random.Random, size: int) -> str:
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        sentences = [
            f"{rng.choice(HEDGES).format(rng.randint(2, 900))} {rng.choice(THINGS)} in "
            f"{rng.choice(PLACES)} on Monday, officials said."
            for _ in range(rng.choice((1, 3, 6)))
        ]
        parts.append(" ".join(sentences) + "\n\n")
    return "".join(parts)


def _one_paragraph_no_place(rng: random.Random, size: int) -> str:
    parts = ["Floods hit Dorvale. "]
    while sum(map(len, parts)) < size:
        parts.append(f"At least {rng.randint(2, 900)} people died in the town. ")
    return "".join(parts) + "\n"


def _one_sentence(rng: random.Random, size: int) -> str:
    parts = ["Officials said that"]
    while sum(map(len, parts)) < size:
        parts.append(f" {rng.randint(2, 900)} homes in {rng.choice(PLACES)} and")
    return "".join(parts) + " a school were hit.\n"


def _calls(path: Path) -> int:
    """Python function calls made by one analysis of ``path``."""
    count = 0

    def tally(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(tally)
    try:
        analyze([str(path)])
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize(
    "write", [_paragraphs, _one_paragraph_no_place, _one_sentence], ids=lambda f: f.__name__
)
def test_pipeline_work_grows_linearly_with_report_size(
    tmp_path: Path, write: Callable[[random.Random, int], str]
) -> None:
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text("Flood report\n\n" + write(random.Random(1), 6_000), encoding="utf-8")
    large.write_text("Flood report\n\n" + write(random.Random(1), 12_000), encoding="utf-8")
    analyze([str(small)])  # first-use costs (the model, caches) out of the count
    ratio = _calls(large) / _calls(small)
    assert ratio < 2.15, f"twice the report took {ratio:.2f} times the work"
