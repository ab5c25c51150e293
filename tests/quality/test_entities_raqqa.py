"""Entity quality on the five Raqqa reports against our own reading (tests/gold)."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest

from triangulate.evaluate import pairwise
from triangulate.model import Document, Entity, Published
from triangulate.nlp import spacy_model
from triangulate.resolve import resolve

GOLD = Path(__file__).resolve().parent.parent / "gold" / "raqqa_entities.json"
BASELINE = Path(__file__).resolve().parent / "baseline.json"

pytestmark = pytest.mark.quality


@pytest.fixture(scope="module")
def entities(raqqa_dir: Path) -> tuple[Entity, ...]:
    # Raw text, no ingest cleaning: offsets point into the files as they are.
    documents = [
        Document(
            id=path.stem,
            source=str(path),
            title=None,
            outlet=None,
            text=path.read_text(encoding="utf-8"),
            sha256="",
            published=Published.unknown(),
        )
        for path in sorted(raqqa_dir.glob("*.txt"))
    ]
    parsed = spacy_model.parse([(d.id, d.text) for d in documents])
    return resolve(
        documents,
        [m for p in parsed for m in p.mentions],
        candidates=[m for p in parsed for m in p.proper_nouns],
    )


@pytest.fixture(scope="module")
def gold() -> dict[str, object]:
    loaded: dict[str, object] = json.loads(GOLD.read_text(encoding="utf-8"))
    return loaded


def _owners(entities: tuple[Entity, ...], form: str) -> set[str]:
    return {e.id for e in entities if form in e.aliases}


def test_entities_raqqa_merge_groups(entities: tuple[Entity, ...], gold: dict) -> None:
    failures = []
    for group in gold["must_merge"]:
        owners = set().union(*(_owners(entities, f) for f in group["forms"]))
        missing = [f for f in group["forms"] if not _owners(entities, f)]
        if missing or len(owners) != 1:
            failures.append((group["forms"], "missing" if missing else "split", missing))
            continue
        entity = next(e for e in entities if e.id in owners)
        if entity.type != group["type"] or entity.name != group.get("name", entity.name):
            failures.append((group["forms"], entity.type, entity.name))
    assert not failures


def test_entities_raqqa_apart_pairs(entities: tuple[Entity, ...], gold: dict) -> None:
    merged = [
        (a, b)
        for a, b in gold["must_apart"]
        if _owners(entities, a) & _owners(entities, b) or not _owners(entities, a)
    ]
    assert not merged


def test_entities_raqqa_pairwise_merges(
    entities: tuple[Entity, ...], gold: dict, record_property: pytest.RecordProperty
) -> None:
    forms = [f for group in gold["must_merge"] for f in group["forms"]]
    gold_of = {f: n for n, group in enumerate(gold["must_merge"]) for f in group["forms"]}
    system_of = {f: min(_owners(entities, f) or {f"none:{f}"}) for f in forms}
    score = pairwise(gold_of, system_of)
    record_property("raqqa_pairwise", f"P={score.precision:.3f} R={score.recall:.3f}")
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert len(list(combinations(forms, 2))) > 0
    assert score.precision >= floors["raqqa_pairwise_precision"]
    assert score.recall >= floors["raqqa_pairwise_recall"]


def test_entities_raqqa_never_keeps_quotes_or_articles(entities: tuple[Entity, ...]) -> None:
    for entity in entities:
        assert not any(q in entity.name for q in '"“”')
        assert not entity.name.lower().startswith("the ")
