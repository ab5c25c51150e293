"""Entity quality on MEANTIME: B-cubed F1 over named mentions of cross-document chains.

The real pipeline runs: spaCy over every document, then ``resolve`` once per topic (a
topic is one story). Gold mentions are aligned to system mentions by character overlap;
a gold mention nothing overlaps is a cluster of its own. Two baselines are scored on the
same gold in the same test: exact string match and last-token match.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triangulate.evaluate import Score, load_docs, load_mentions, named_meantime
from triangulate.evaluate.entities import entity_scores

BASELINE = Path(__file__).resolve().parent / "baseline.json"

pytestmark = pytest.mark.quality


@pytest.fixture(scope="module")
def scores(meantime_dir: Path) -> dict[str, Score]:
    docs = load_docs(meantime_dir)
    gold = named_meantime(load_mentions(meantime_dir))
    return entity_scores(docs, gold)


def test_entities_meantime_beats_baselines_and_floor(
    scores: dict[str, Score], record_property: pytest.RecordProperty
) -> None:
    floor = json.loads(BASELINE.read_text(encoding="utf-8"))["meantime_entities_bcubed_f1"]
    for name, score in scores.items():
        record_property(name, f"P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}")
    system = scores["system"].f1
    assert system > scores["exact"].f1
    assert system > scores["last_token"].f1
    assert system >= floor
