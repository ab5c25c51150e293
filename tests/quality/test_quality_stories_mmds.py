"""Stories across languages on MMDS dev: real 2022 news in English, Malay and Chinese.

Each half of the corpus (``evaluate.stories``: clusters at even positions are the
development half, those at odd positions held out; the one-off articles of the
annotators' bin split the same way, each scored as a story of its own) is read as a
user's files would be and sorted by ``StoryIndex`` as ``analyze`` sorts a pile. B-cubed F1
is scored for the development half, the held-out half and the whole corpus, beside plain
TF-IDF with average linkage (its threshold chosen on the development half), and pairwise
scores are kept apart for pairs of reports in one language and pairs across languages.
The cross-language settings of ``cluster.features`` were chosen on the development half
only.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from triangulate.cluster import StoryIndex
from triangulate.evaluate.bcubed import Score, bcubed
from triangulate.evaluate.stories import (
    NewsDoc,
    PairScores,
    average_linkage,
    gold_stories,
    load_mmds,
    pair_scores,
    split_mmds,
    tfidf_similarities,
)
from triangulate.ingest.build import build_document
from triangulate.model import Document

BASELINE = Path(__file__).resolve().parent / "baseline.json"
BASELINE_GRID = tuple(round(0.05 * i, 2) for i in range(2, 11))

pytestmark = pytest.mark.quality

Scored = dict[str, tuple[Score, PairScores]]


def _read(docs: tuple[NewsDoc, ...]) -> list[Document]:
    """The articles as ``analyze`` reads files, under their corpus ids."""
    return [replace(build_document(d.text, source=d.id), id=d.id) for d in docs]


def _languages(built: list[Document]) -> dict[str, str]:
    return {b.id: b.language.code if b.language else "und" for b in built}


def _system(docs: tuple[NewsDoc, ...]) -> tuple[Score, PairScores]:
    built = _read(docs)
    language = _languages(built)
    index = StoryIndex()
    index.add(built)
    gold = gold_stories(docs)
    found = index.assignments()
    return bcubed(gold, found), pair_scores(gold, found, language)


def _baseline(docs: tuple[NewsDoc, ...], threshold: float) -> tuple[Score, PairScores]:
    labels = average_linkage(tfidf_similarities([d.text for d in docs]), threshold)
    found = {d.id: labels[i] for i, d in enumerate(docs)}
    language = _languages(_read(docs))
    gold = gold_stories(docs)
    return bcubed(gold, found), pair_scores(gold, found, language)


@pytest.fixture(scope="module")
def scored(mmds_dir: Path) -> tuple[Scored, Scored, float]:
    docs = load_mmds(mmds_dir)
    halves = {**split_mmds(docs), "all": docs}
    development = halves["development"]
    gold = gold_stories(development)
    similarities = tfidf_similarities([d.text for d in development])

    def dev_f1(threshold: float) -> float:
        labels = average_linkage(similarities, threshold)
        return bcubed(gold, {d.id: labels[i] for i, d in enumerate(development)}).f1

    chosen = max(BASELINE_GRID, key=lambda t: (round(dev_f1(t), 9), -t))
    system = {name: _system(part) for name, part in halves.items()}
    baseline = {name: _baseline(part, chosen) for name, part in halves.items()}
    return system, baseline, chosen


def test_quality_stories_mmds_beat_tfidf_and_floors(
    scored: tuple[Scored, Scored, float], record_property: pytest.RecordProperty
) -> None:
    system, baseline, chosen = scored
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    record_property("baseline_threshold", chosen)
    for name in ("development", "held_out", "all"):
        for who, scores in (("system", system), ("tfidf", baseline)):
            b3, pairs = scores[name]
            record_property(
                f"{who}_{name}",
                f"B3 P={b3.precision:.3f} R={b3.recall:.3f} F1={b3.f1:.3f}; "
                f"same-language pairs ({pairs.same_pairs}) P={pairs.same_language.precision:.2f} "
                f"R={pairs.same_language.recall:.2f}; cross-language pairs ({pairs.cross_pairs}) "
                f"P={pairs.cross_language.precision:.2f} R={pairs.cross_language.recall:.2f}",
            )
        assert system[name][0].f1 > baseline[name][0].f1, name
        assert system[name][0].f1 >= floors[f"mmds_{name}_stories_bcubed_f1"], name
    # Plain TF-IDF never puts two languages together; the story index does.
    assert (
        system["held_out"][1].cross_language.recall >= floors["mmds_held_out_cross_language_recall"]
    )
    assert (
        system["held_out"][1].cross_language.precision
        >= floors["mmds_held_out_cross_language_precision"]
    )
