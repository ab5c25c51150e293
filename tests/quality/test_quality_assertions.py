"""Assertion quality on the five Raqqa reports, against held-out hand-made gold.

``tests/gold/raqqa_assertions.json`` lists the statements an analyst would put in a brief,
written from a reading of the reports without sight of the extractor. A statement is found
when a claim's span covers the gold verb and reads it as the same predicate.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from parsed_once import PARSED_ONCE

from triangulate import analyze
from triangulate.evaluate.claims import Located, gold_items
from triangulate.model import Claim, Report

GOLD = Path(__file__).resolve().parent.parent / "gold"
BASELINE = Path(__file__).resolve().parent / "baseline.json"

pytestmark = pytest.mark.quality


def _floor(name: str) -> float:
    return float(json.loads(BASELINE.read_text(encoding="utf-8"))[name])


def _share(hits: int, total: int) -> float:
    return hits / total if total else 0.0


@pytest.fixture(scope="module")
def report(raqqa_dir: Path) -> Report:
    return analyze(raqqa_dir, parser=PARSED_ONCE)


@pytest.fixture(scope="module")
def assertions(report: Report) -> tuple[list[Located], list[Claim], dict[int, Claim]]:
    gold_file = json.loads((GOLD / "raqqa_assertions.json").read_text(encoding="utf-8"))
    gold = gold_items(report, gold_file, "assertions", "verb")
    claims = [c for c in report.claims if c.kind == "assertion"]
    taken: set[str] = set()
    matched: dict[int, Claim] = {}
    for n, g in enumerate(gold):
        # The statement whose span covers the gold verb and reads it as the same predicate.
        fits = [
            c
            for c in claims
            if c.doc == g.doc
            and c.start <= g.start
            and g.end <= c.end
            and c.assertion is not None
            and c.assertion.predicate == g.item["predicate"]
            and c.id not in taken
        ]
        if fits:
            best = min(fits, key=lambda c: c.end - c.start)
            matched[n] = best
            taken.add(best.id)
    return gold, claims, matched


def test_assertions_found_with_precision_and_recall(
    assertions: tuple[list[Located], list[Claim], dict[int, Claim]],
    record_property: pytest.RecordProperty,
) -> None:
    gold, claims, matched = assertions
    recall = _share(len(matched), len(gold))
    precision = _share(len(matched), len(claims))
    missed = [(g.item["id"], g.item["phrase"]) for n, g in enumerate(gold) if n not in matched]
    record_property("assertions", f"P={precision:.3f} R={recall:.3f} missed={missed}")
    assert recall >= _floor("raqqa_assertion_recall"), missed
    assert precision >= _floor("raqqa_assertion_precision")


def test_assertions_read_polarity_and_modality(
    assertions: tuple[list[Located], list[Claim], dict[int, Claim]],
    record_property: pytest.RecordProperty,
) -> None:
    gold, _, matched = assertions
    polarity = modality = 0
    wrong = []
    for n, claim in matched.items():
        item, a = gold[n].item, claim.assertion
        assert a is not None
        polarity += a.polarity == item["polarity"]
        modality += a.modality == item["modality"]
        if (a.polarity, a.modality) != (item["polarity"], item["modality"]):
            wrong.append((item["id"], a.polarity, a.modality, item["polarity"], item["modality"]))
    record_property("polarity", f"{_share(polarity, len(matched)):.3f}")
    record_property("modality", f"{_share(modality, len(matched)):.3f} wrong={wrong}")
    # Every negated gold statement that was found must be read as negated: a missed "not"
    # turns a report's meaning around.
    negated = [n for n, g in enumerate(gold) if g.item["polarity"] == "negated" and n in matched]
    assert all(matched[n].assertion.polarity == "negated" for n in negated)  # type: ignore[union-attr]
    assert _share(polarity, len(matched)) >= _floor("raqqa_assertion_polarity")
    assert _share(modality, len(matched)) >= _floor("raqqa_assertion_modality"), wrong
