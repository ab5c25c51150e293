"""Figure values on quantities-dev: the CQE test sentences (money, dimensions, temperatures).

Each sentence is read as a short report by the real pipeline (one story per set), and every
figure claim is a found value, scored against the gold values by
``triangulate.evaluate.quantities`` (value F1; a share read as a percentage may match the
fraction the gold writes). quantulum3 reads the same sentences in the same test.

Rules were written reading only the even-numbered sentences of each file (development);
the odd-numbered ones are held out and only scored. The age set's ages must not be figures
(triangulate keeps ages apart); its other values count like any other.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triangulate.claims.quantities import passed_over
from triangulate.evaluate.peers import quantulum_quantities
from triangulate.evaluate.quantities import (
    Sentence,
    Value,
    ValueScore,
    breakdown,
    figure_value,
    is_age,
    load_sentences,
    read_sentences,
    score,
    score_sentence,
)
from triangulate.model import Figure

ROOT = Path(__file__).resolve().parents[2]
QUANTITIES = ROOT.parent / "shared" / "data" / "quantities-dev"
BASELINE = Path(__file__).resolve().parent / "baseline.json"

pytestmark = pytest.mark.quality

HALVES = {
    "development": lambda s: not s.held_out,
    "held_out": lambda s: s.held_out,
    "all": lambda s: True,
}


def _floor(name: str) -> float:
    return float(json.loads(BASELINE.read_text(encoding="utf-8"))[name])


@pytest.fixture(scope="module")
def sentences() -> tuple[Sentence, ...]:
    if not QUANTITIES.exists():
        pytest.skip(f"{QUANTITIES} is missing: run the tests from a clone with ../shared beside it")
    return load_sentences(QUANTITIES)


@pytest.fixture(scope="module")
def ours(sentences: tuple[Sentence, ...]) -> dict[str, list[Figure]]:
    return read_sentences(sentences)


@pytest.fixture(scope="module")
def peer(sentences: tuple[Sentence, ...]) -> dict[str, list[Value]]:
    return {
        s.id: [
            Value(low=q.low, high=q.high if q.hedge == "range" else q.low)
            for q in quantulum_quantities(s.text)
            if q.low is not None and q.high is not None
        ]
        for s in sentences
    }


def _not_ages(sentence: Sentence) -> list[Value]:
    return [v for v in sentence.values if not is_age(v)]


@pytest.mark.parametrize("half", sorted(HALVES))
def test_quantities_value_f1(
    half: str,
    sentences: tuple[Sentence, ...],
    ours: dict[str, list[Figure]],
    peer: dict[str, list[Value]],
    record_property: pytest.RecordProperty,
) -> None:
    chosen = [s for s in sentences if HALVES[half](s)]
    mine = score(([figure_value(f) for f in ours[s.id]], _not_ages(s)) for s in chosen)
    theirs = score((peer[s.id], _not_ages(s)) for s in chosen)
    by_set: dict[str, ValueScore] = {}
    for s in chosen:
        found = score_sentence([figure_value(f) for f in ours[s.id]], _not_ages(s))
        by_set[s.set] = by_set[s.set] + found if s.set in by_set else found
    for name, value in sorted(by_set.items()):
        record_property(name, str(value))
    # where it loses, in counts only (held-out sentences are never printed)
    for name in sorted(by_set):
        losses = breakdown(
            ([figure_value(f) for f in ours[s.id]], _not_ages(s)) for s in chosen if s.set == name
        )
        record_property(f"{name}_losses", " ".join(f"{k}={v}" for k, v in losses.items()))
    record_property("ours", str(mine))
    record_property("quantulum3", str(theirs))
    assert mine.f1 >= _floor(f"quantities_{half}_value_f1")


def test_quantities_ages_are_not_figures(
    sentences: tuple[Sentence, ...],
    ours: dict[str, list[Figure]],
    record_property: pytest.RecordProperty,
) -> None:
    ages = [(s, v) for s in sentences for v in s.values if is_age(v)]
    assert ages
    taken = [
        s.text
        for s, age in ages
        if any(figure_value(f).low == age.low for f in ours[s.id] if f.kind != "percent")
    ]
    share = 1 - len(taken) / len(ages)
    record_property("ages_not_figures", f"{share:.3f} taken={taken}")
    assert share >= _floor("quantities_ages_not_figures")
    # ... and read as ages: passed over with that reason
    recognised = [s.text for s, _ in ages if any(p.reason == "age" for p in passed_over(s.text))]
    record_property("ages_recognised", f"{len(recognised)}/{len(ages)}")
    assert len(recognised) / len(ages) >= _floor("quantities_ages_recognised")
