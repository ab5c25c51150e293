"""Entity quality on ECB+ dev topics: B-cubed F1 over named cross-document entity mentions.

ECB+ marks no syntactic type, so a gold entity mention (HUMAN_PART*, NON_HUMAN_PART*,
LOC* tags) counts as named when its own text is a proper name (see
``evaluate.corpora.is_proper_name``; the rule reads only gold text). ``resolve`` runs once
per topic over both of its sub-topics. The baselines are scored on the same gold.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from triangulate.evaluate import (
    Score,
    align_to_entities,
    bcubed,
    exact_string_baseline,
    gold_clusters,
    last_token_baseline,
    load_docs,
    load_mentions,
    named_ecbplus,
)
from triangulate.model import Document, Published
from triangulate.nlp import spacy_model
from triangulate.resolve import resolve

BASELINE = Path(__file__).resolve().parent / "baseline.json"

pytestmark = pytest.mark.quality


@pytest.fixture(scope="module")
def scores(ecbplus_dir: Path) -> dict[str, Score]:
    docs = tuple(d for d in load_docs(ecbplus_dir) if d.split == "dev")
    gold = named_ecbplus(load_mentions(ecbplus_dir), docs)
    parsed = {p.doc: p for p in spacy_model.parse([(d.id, d.text) for d in docs])}
    topics = defaultdict(list)
    for doc in docs:
        topics[doc.topic].append(doc)
    entities = []
    for topic in sorted(topics):
        story = [
            Document(
                id=d.id,
                source=d.id,
                title=None,
                outlet=None,
                text=d.text,
                sha256="",
                published=Published.unknown(),
            )
            for d in topics[topic]
        ]
        entities.extend(
            resolve(
                story,
                [m for d in story for m in parsed[d.id].mentions],
                candidates=[m for d in story for m in parsed[d.id].proper_nouns],
            )
        )
    truth = gold_clusters(gold)
    return {
        "system": bcubed(truth, align_to_entities(gold, entities)),
        "exact": bcubed(truth, exact_string_baseline(gold)),
        "last_token": bcubed(truth, last_token_baseline(gold)),
    }


def test_entities_ecbplus_floor(
    scores: dict[str, Score], record_property: pytest.RecordProperty
) -> None:
    floor = json.loads(BASELINE.read_text(encoding="utf-8"))["ecbplus_dev_entities_bcubed_f1"]
    for name, score in scores.items():
        record_property(name, f"P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}")
    assert scores["system"].f1 > scores["exact"].f1
    assert scores["system"].f1 > scores["last_token"].f1
    assert scores["system"].f1 >= floor
