"""Entity quality on ECB+ dev topics: B-cubed F1 over named cross-document entity mentions.

ECB+ marks no syntactic type, so a gold entity mention (HUMAN_PART*, NON_HUMAN_PART*,
LOC* tags) counts as named when its own text is a proper name (see
``evaluate.corpora.is_proper_name``; the rule reads only gold text). ``resolve`` runs once
per topic over both of its sub-topics. The baselines are scored on the same gold.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triangulate.evaluate import Score, load_docs, load_mentions, named_ecbplus
from triangulate.evaluate.entities import entity_scores

BASELINE = Path(__file__).resolve().parent / "baseline.json"

pytestmark = pytest.mark.quality


@pytest.fixture(scope="module")
def scores(ecbplus_dir: Path) -> dict[str, Score]:
    docs = tuple(d for d in load_docs(ecbplus_dir) if d.split == "dev")
    gold = named_ecbplus(load_mentions(ecbplus_dir), docs)
    return entity_scores(docs, gold)


def test_entities_ecbplus_floor(
    scores: dict[str, Score], record_property: pytest.RecordProperty
) -> None:
    floor = json.loads(BASELINE.read_text(encoding="utf-8"))["ecbplus_dev_entities_bcubed_f1"]
    for name, score in scores.items():
        record_property(name, f"P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}")
    assert scores["system"].f1 > scores["exact"].f1
    assert scores["system"].f1 > scores["last_token"].f1
    assert scores["system"].f1 >= floor
