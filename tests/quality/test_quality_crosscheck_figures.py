"""Figure recall and traps on crosscheck-dev: six real multi-outlet stories (ECB+ texts).

``analyze`` runs once on each story folder, as a user would run it. A gold mention is found
when a figure claim's number overlaps its quote; a trap (an age, a clock time, a number in
a name) is taken when a figure claim's number overlaps it (``triangulate.evaluate.crosscheck``).

Rules were written reading only the development stories (8_ecbplus, 19_ecb, 20_ecbplus);
18_ecbplus, 21_ecbplus and 3_ecb are held out: their texts and gold were never read while
writing rules, only scored. Floors are pinned for each half and for all six together.
quantulum3 is scored on the same gold in the same test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from parsed_once import PARSED_ONCE

from triangulate import analyze
from triangulate.evaluate.crosscheck import (
    DEVELOPMENT,
    HELD_OUT,
    FigureScore,
    Found,
    doc_texts,
    load_gold,
    number_spans,
    score_figures,
)
from triangulate.evaluate.peers import quantulum_quantities

ROOT = Path(__file__).resolve().parents[2]
CROSSCHECK = ROOT.parent / "shared" / "data" / "crosscheck-dev"
BASELINE = Path(__file__).resolve().parent / "baseline.json"

pytestmark = pytest.mark.quality


def _floor(name: str) -> float:
    return float(json.loads(BASELINE.read_text(encoding="utf-8"))[name])


@pytest.fixture(scope="module")
def scores() -> dict[str, tuple[FigureScore, FigureScore]]:
    """Story -> (ours, quantulum3's), each story analysed once."""
    if not CROSSCHECK.exists():
        pytest.skip(f"{CROSSCHECK} is missing: run the tests from a clone with ../shared beside it")
    out = {}
    for story in (*DEVELOPMENT, *HELD_OUT):
        report = analyze(CROSSCHECK / story, parser=PARSED_ONCE)
        gold = load_gold(CROSSCHECK / story)
        texts = doc_texts(report)
        peer = {
            doc.id: [
                Found(start=q.start, end=q.end, low=q.low, high=q.high, hedge=q.hedge)
                for q in quantulum_quantities(doc.text)
            ]
            for doc in report.documents
        }
        out[story] = (
            score_figures(texts, number_spans(report), gold),
            score_figures(texts, peer, gold),
        )
    return out


def _total(
    scores: dict[str, tuple[FigureScore, FigureScore]], stories: tuple[str, ...]
) -> tuple[FigureScore, FigureScore]:
    ours, peer = scores[stories[0]]
    for story in stories[1:]:
        ours, peer = ours + scores[story][0], peer + scores[story][1]
    return ours, peer


@pytest.mark.parametrize(
    "half", ["development", "held_out", "all"], ids=["development", "held_out", "all"]
)
def test_crosscheck_figure_recall_and_traps(
    half: str,
    scores: dict[str, tuple[FigureScore, FigureScore]],
    record_property: pytest.RecordProperty,
) -> None:
    stories = {"development": DEVELOPMENT, "held_out": HELD_OUT, "all": DEVELOPMENT + HELD_OUT}
    ours, peer = _total(scores, stories[half])
    for story in stories[half]:
        record_property(story, str(scores[story][0]))
    record_property("ours", str(ours))
    record_property("quantulum3", str(peer))
    if half == "development":
        record_property("missed", "; ".join(ours.missed))
        record_property("trapped", "; ".join(ours.trapped))
    # Plain numbers only in the assertions: a failure must never print the held-out
    # stories' texts or gold (the scores' lists of misses).
    recall, value, avoided = ours.recall, ours.value_share, 1 - ours.trap_rate
    taken, peer_taken = ours.taken, peer.taken
    assert recall >= _floor(f"crosscheck_{half}_figure_recall")
    assert value >= _floor(f"crosscheck_{half}_figure_value")
    assert avoided >= _floor(f"crosscheck_{half}_traps_avoided")
    # Fewer traps taken than the peer, which reads every number as a quantity.
    assert taken < peer_taken
