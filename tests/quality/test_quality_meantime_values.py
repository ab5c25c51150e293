"""Figure recall and precision on MEANTIME's annotated values (quantities, money, percentages).

MEANTIME marks the value expressions in its news articles (``tag == "VALUE"``). The real
pipeline runs over each topic as one story; a gold value is found when a figure claim
overlaps it, and a figure claim is right when it overlaps a gold value (precision is a
lower bound: a figure the annotators left unmarked counts against it). MEANTIME also marks
ages ("Jobs, aged 55"), which triangulate reads and keeps apart from figures: a value is
*read* when it is found as a figure or passed over as an age (``passed_over``), and both
recalls are pinned. quantulum3 is scored on the same spans in the same test.

Rules were written reading the ``apple`` topic only; ``gm`` is held out. Floors are pinned
for each and for both together.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from triangulate.claims.quantities import passed_over
from triangulate.evaluate import GoldMention, load_docs, load_mentions
from triangulate.evaluate.peers import quantulum_quantities
from triangulate.model import Document, Published, Story
from triangulate.pipeline import find_claims, prepare

BASELINE = Path(__file__).resolve().parent / "baseline.json"
DEVELOPMENT = ("apple",)

pytestmark = pytest.mark.quality

Spans = Mapping[str, Sequence[tuple[int, int]]]


def _floor(name: str) -> float:
    return float(json.loads(BASELINE.read_text(encoding="utf-8"))[name])


@pytest.fixture(scope="module")
def read(meantime_dir: Path) -> tuple[list[GoldMention], dict[str, str], Spans, Spans, Spans]:
    """Gold values, each document's topic, our figure spans, quantulum3's, and our ages."""
    docs = load_docs(meantime_dir)
    values = [m for m in load_mentions(meantime_dir) if m.tag == "VALUE"]
    assert len(values) > 100
    topics: dict[str, list[Document]] = defaultdict(list)
    for d in docs:
        topics[d.topic].append(
            Document(
                id=d.id,
                source=d.id,
                title=None,
                outlet=None,
                text=d.text,
                sha256="",
                published=Published.unknown(),
            )
        )
    ours: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for topic, documents in topics.items():
        story = Story(id=topic, label=topic, docs=tuple(d.id for d in documents))
        for claim in find_claims(prepare(documents), [story]):
            if claim.kind == "figure":
                ours[claim.doc].append((claim.start, claim.end))
    peer = {d.id: [(q.start, q.end) for q in quantulum_quantities(d.text)] for d in docs}
    ages = {
        d.id: [(p.start, p.end) for p in passed_over(d.text) if p.reason == "age"] for d in docs
    }
    return values, {d.id: d.topic for d in docs}, ours, peer, ages


def _scores(
    values: Sequence[GoldMention], spans: Spans, docs: set[str]
) -> tuple[float, float, int]:
    """Recall over the gold values, precision over the spans, in the given documents."""
    gold = [v for v in values if v.doc in docs]
    hits = sum(any(s < v.end and e > v.start for s, e in spans.get(v.doc, ())) for v in gold)
    found = [(doc, s, e) for doc in docs for s, e in spans.get(doc, ())]
    right = sum(any(s < v.end and e > v.start for v in gold if v.doc == doc) for doc, s, e in found)
    return hits / len(gold), (right / len(found) if found else 0.0), len(gold)


@pytest.mark.parametrize("half", ["development", "held_out", "all"])
def test_meantime_values_are_found_as_figures(
    half: str,
    read: tuple[list[GoldMention], dict[str, str], Spans, Spans, Spans],
    record_property: pytest.RecordProperty,
) -> None:
    values, topic_of, ours, peer, ages = read
    docs = {
        doc
        for doc, topic in topic_of.items()
        if half == "all" or (topic in DEVELOPMENT) == (half == "development")
    }
    recall, precision, n = _scores(values, ours, docs)
    peer_recall, peer_precision, _ = _scores(values, peer, docs)
    with_ages = {d: [*ours.get(d, ()), *ages.get(d, ())] for d in docs}
    read_recall, _, _ = _scores(values, with_ages, docs)
    record_property(
        "ours", f"recall={recall:.3f} read={read_recall:.3f} precision={precision:.3f} n={n}"
    )
    record_property("quantulum3", f"recall={peer_recall:.3f} precision={peer_precision:.3f}")
    suffix = "" if half == "all" else f"_{half}"
    assert recall >= _floor(f"meantime{suffix}_value_recall")
    assert read_recall >= _floor(f"meantime{suffix}_value_read_recall")
    assert precision >= _floor(f"meantime{suffix}_value_precision")
