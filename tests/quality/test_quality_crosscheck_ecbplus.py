"""Groups, verdicts and speakers on more real multi-outlet stories: ECB+ sub-topics.

Each gold file names one ECB+ sub-topic (the reports of one real event by several
outlets, ``../shared/data/ecbplus-dev/docs.jsonl``) and follows the format and rubric of
``../shared/data/crosscheck-dev`` (its ``README.md`` and ``RUBRIC.md``): every figure a
casualty recorder would log, grouped by the quantity it states about one thing, with a
verdict, a one-sentence why and who the report credits it to. The gold was written by
readers of the texts alone, who never saw the project's output.

Two splits, kept apart on purpose:

- ``tests/gold/crosscheck_ecbplus/``: development stories, read while writing rules;
- ``tests/gold/crosscheck_ecbplus_held/``: held out. Their texts and gold are never read
  while writing rules; only the score lines are looked at. They are the project's measure
  of how its readings carry over to news it was not written against, and their scores
  are expected to sit below the development ones.

A story's reports are written to a folder as ``<doc id>.txt`` and analysed as a user
would analyse them (``analyze`` on the files), then scored by
:mod:`triangulate.evaluate.grouping`, aligning gold mentions to claims by number (a
claim whose number lies inside the analyst's quote counts as the figure found), and by
:mod:`triangulate.evaluate.speakers`. Floors are pinned per split, summed over its
stories.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from parsed_once import PARSED_ONCE

from triangulate import analyze
from triangulate.evaluate.grouping import Counts, score
from triangulate.evaluate.speakers import SpeakerCounts, speaker_counts
from triangulate.model import Report

pytestmark = pytest.mark.quality

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT.parent / "shared" / "data" / "ecbplus-dev" / "docs.jsonl"
BASELINE = Path(__file__).resolve().parent / "baseline.json"
SPLITS = {
    "dev": ROOT / "tests" / "gold" / "crosscheck_ecbplus",
    "heldout": ROOT / "tests" / "gold" / "crosscheck_ecbplus_held",
}
SCORES = (
    "figure_recall",
    "pairwise_precision",
    "pairwise_recall",
    "conflict_precision",
    "flagged",
    "citation_support",
)


def _floor(name: str) -> float:
    return float(json.loads(BASELINE.read_text(encoding="utf-8"))[name])


def _golds(split: str) -> Iterator[dict[str, Any]]:
    for path in sorted(SPLITS[split].glob("*.json")):
        gold: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        yield gold


@pytest.fixture(scope="module")
def texts() -> dict[str, dict[str, str]]:
    """Sub-topic -> doc id -> text, in the corpus's order."""
    if not DOCS.exists():
        pytest.skip(f"{DOCS} is not there: run the tests with ../shared beside the clone")
    out: dict[str, dict[str, str]] = {}
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        out.setdefault(doc["subtopic"], {})[doc["doc_id"]] = doc["text"]
    return out


@pytest.fixture(scope="module", params=sorted(SPLITS))
def analysed(
    request: pytest.FixtureRequest,
    texts: dict[str, dict[str, str]],
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[str, list[tuple[str, Report, dict[str, Any]]]]:
    """One split's stories analysed, each with its gold."""
    split: str = request.param
    out = []
    for gold in _golds(split):
        story = gold["story"]
        folder = tmp_path_factory.mktemp(story)
        for doc_id, text in texts[story].items():
            (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        report = analyze(sorted(str(p) for p in folder.glob("*.txt")), parser=PARSED_ONCE)
        out.append((story, report, gold))
    return split, out


def test_every_gold_file_names_its_story_and_its_reports(
    texts: dict[str, dict[str, str]],
) -> None:
    """A gold file covers one sub-topic, lists its reports and locates every mention in
    them (exactly once in the report as read is checked by the scoring itself: a report
    that repeats a paragraph word for word is read with the repeat dropped)."""
    for split in SPLITS:
        stories = [gold["story"] for gold in _golds(split)]
        assert len(stories) >= 5, f"{split}: only {stories}"
        for gold in _golds(split):
            reports = texts[gold["story"]]
            assert set(gold["docs"]) == set(reports), gold["story"]
            for group in gold["groups"]:
                assert group["verdict"] in {"agree", "conflict", "update", "single"}
                for m in group["mentions"]:
                    text = reports[m["doc"]]
                    assert m["context"] in text, (gold["story"], m["context"])
                    assert m["quote"] in m["context"], (gold["story"], m["quote"])
    assert not {g["story"] for g in _golds("dev")} & {g["story"] for g in _golds("heldout")}


def test_groups_and_verdicts(
    analysed: tuple[str, list[tuple[str, Report, dict[str, Any]]]],
    record_property: pytest.RecordProperty,
) -> None:
    split, stories = analysed
    total = Counts()
    for story, report, gold in stories:
        counts = score(report, gold, by_number=True)
        record_property(story, counts.line())
        total = total + counts
    record_property(split, total.line())
    print(f"ECB+ cross-check {split}: {total.line()}")
    low = {
        name: (getattr(total, name), _floor(f"crosscheck_ecbplus_{split}_{name}"))
        for name in SCORES
    }
    failing = {name: pair for name, pair in low.items() if pair[0] < pair[1]}
    assert not failing, f"{split}: {total.line()}; below floor: {failing}"


def test_who_gave_each_figure(
    analysed: tuple[str, list[tuple[str, Report, dict[str, Any]]]],
    record_property: pytest.RecordProperty,
) -> None:
    split, stories = analysed
    total = SpeakerCounts()
    for story, report, gold in stories:
        counts = speaker_counts(report, gold)
        record_property(story, counts.line())
        total = total + counts
    record_property(split, total.line())
    print(f"ECB+ cross-check {split} speakers: {total.line()}")
    assert total.right_share >= _floor(f"crosscheck_ecbplus_{split}_speaker_right"), total.line()
    assert total.false_share <= _floor(f"crosscheck_ecbplus_{split}_speaker_false_max"), (
        total.line()
    )
