"""Grouping and verdicts on six real multi-outlet stories (``../shared/data/crosscheck-dev``).

Each story folder's reports are analysed as a user would (``analyze`` on its ``.txt``
files) and scored against the folder's ``gold.json`` by
:mod:`triangulate.evaluate.grouping`:

- alignment: a gold mention is found when a system figure claim's span covers its quote
  inside its context (leading "the", "another", "a total of" aside); every score is also
  read, with floors of its own, aligning by number (a claim whose number lies inside a
  wider quote, as the figure recall aligns);
- pairwise grouping precision and recall over gold mentions (a mention not found loses
  its pairs);
- conflict precision: a system ``conflict`` group is right when it holds two differing
  mentions of one gold ``conflict`` or ``update`` group;
- flagged: the share of gold conflict and update groups that one system ``conflict`` or
  ``update`` group holds two differing mentions of;
- summary citation support: the share of citations (other than the sentence itself) whose
  passage holds a mention of the same gold group with a compatible value, among those
  where both the sentence and the cited passage hold a gold figure;
- who gave each figure (:mod:`triangulate.evaluate.speakers`): of the mentions gold
  credits to someone, the share whose claim names that source; of those in the report's
  own voice, the share given a speaker.

Development stories (rules were written while reading them): ``8_ecbplus``, ``19_ecb``,
``20_ecbplus``. Held out (never read while writing rules; only their scores are looked
at): ``18_ecbplus``, ``21_ecbplus``, ``3_ecb``. Floors are pinned for the development
stories, the held-out stories and all six together.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from parsed_once import PARSED_ONCE

from triangulate import analyze
from triangulate.evaluate.grouping import Counts, load_gold, score
from triangulate.evaluate.speakers import SpeakerCounts, speaker_counts
from triangulate.model import Report

pytestmark = pytest.mark.quality

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "crosscheck-dev"
BASELINE = Path(__file__).resolve().parent / "baseline.json"
DEVELOPMENT = ("8_ecbplus", "19_ecb", "20_ecbplus")
HELD_OUT = ("18_ecbplus", "21_ecbplus", "3_ecb")
SCORES = (
    "pairwise_precision",
    "pairwise_recall",
    "conflict_precision",
    "flagged",
    "citation_support",
)


def _floor(name: str) -> float:
    return float(json.loads(BASELINE.read_text(encoding="utf-8"))[name])


@pytest.fixture(scope="module")
def analysed() -> dict[str, tuple[Report, dict[str, Any]]]:
    """Every story analysed once, with its gold."""
    if not DATA.exists():
        pytest.skip(f"{DATA} is not there: run the tests with ../shared beside the clone")
    out = {}
    for story in (*DEVELOPMENT, *HELD_OUT):
        folder = DATA / story
        report = analyze(sorted(str(p) for p in folder.glob("*.txt")), parser=PARSED_ONCE)
        out[story] = (report, load_gold(folder))
    return out


@pytest.fixture(scope="module")
def scored(
    analysed: dict[str, tuple[Report, dict[str, Any]]],
) -> dict[tuple[str, bool], Counts]:
    """Every story scored, aligned by span and by number."""
    return {
        (story, by_number): score(report, gold, by_number=by_number)
        for story, (report, gold) in analysed.items()
        for by_number in (False, True)
    }


@pytest.fixture(scope="module")
def counts(scored: dict[tuple[str, bool], Counts]) -> dict[str, Counts]:
    """Every story's scores aligned by covering span."""
    return {story: c for (story, by_number), c in scored.items() if not by_number}


def _sum(counts: dict[str, Counts], stories: tuple[str, ...]) -> Counts:
    total = Counts()
    for story in stories:
        total = total + counts[story]
    return total


@pytest.mark.parametrize(
    ("split", "stories"),
    [("dev", DEVELOPMENT), ("heldout", HELD_OUT), ("all", DEVELOPMENT + HELD_OUT)],
)
def test_crosscheck_dev_groups_and_verdicts(
    counts: dict[str, Counts],
    split: str,
    stories: tuple[str, ...],
    record_property: pytest.RecordProperty,
) -> None:
    for story in stories:
        record_property(story, counts[story].line())
    total = _sum(counts, stories)
    record_property(split, total.line())
    low = {name: (getattr(total, name), _floor(f"crosscheck_{split}_{name}")) for name in SCORES}
    failing = {name: pair for name, pair in low.items() if pair[0] < pair[1]}
    assert not failing, f"{split}: {total.line()}; below floor: {failing}"


@pytest.mark.parametrize(
    ("split", "stories"),
    [("dev", DEVELOPMENT), ("heldout", HELD_OUT), ("all", DEVELOPMENT + HELD_OUT)],
)
def test_crosscheck_dev_groups_and_verdicts_aligned_by_number(
    scored: dict[tuple[str, bool], Counts],
    split: str,
    stories: tuple[str, ...],
    record_property: pytest.RecordProperty,
) -> None:
    by_number = {story: scored[story, True] for story in stories}
    total = _sum(by_number, stories)
    record_property(split, total.line())
    assert total.found >= _sum({s: scored[s, False] for s in stories}, stories).found
    low = {
        name: (getattr(total, name), _floor(f"crosscheck_{split}_by_number_{name}"))
        for name in SCORES
    }
    failing = {name: pair for name, pair in low.items() if pair[0] < pair[1]}
    assert not failing, f"{split} by number: {total.line()}; below floor: {failing}"


@pytest.mark.parametrize(
    ("split", "stories"),
    [("dev", DEVELOPMENT), ("heldout", HELD_OUT), ("all", DEVELOPMENT + HELD_OUT)],
)
def test_crosscheck_dev_who_gave_each_figure(
    analysed: dict[str, tuple[Report, dict[str, Any]]],
    split: str,
    stories: tuple[str, ...],
    record_property: pytest.RecordProperty,
) -> None:
    total = SpeakerCounts()
    for story in stories:
        counts = speaker_counts(*analysed[story])
        record_property(story, counts.line())
        total = total + counts
    record_property(split, total.line())
    print(f"{split} speakers: {total.line()}")
    assert total.right_share >= _floor(f"crosscheck_{split}_speaker_right"), total.line()
    assert total.false_share <= _floor(f"crosscheck_{split}_speaker_false_max"), total.line()
