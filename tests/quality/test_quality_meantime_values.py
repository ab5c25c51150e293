"""Figure recall on MEANTIME's annotated values (quantities, money, percentages).

MEANTIME marks every value expression in its news articles (``tag == "VALUE"``). The real
pipeline runs over each topic as one story; a gold value is found when a figure claim
overlaps it. quantulum3 is scored on the same spans in the same test.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from triangulate.evaluate import load_docs, load_mentions
from triangulate.evaluate.peers import quantulum_quantities
from triangulate.model import Document, Published, Story
from triangulate.pipeline import find_claims, prepare

BASELINE = Path(__file__).resolve().parent / "baseline.json"

pytestmark = pytest.mark.quality


def test_meantime_values_are_found_as_figures(
    meantime_dir: Path, record_property: pytest.RecordProperty
) -> None:
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
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for topic, documents in topics.items():
        story = Story(id=topic, label=topic, docs=tuple(d.id for d in documents))
        for claim in find_claims(prepare(documents), [story]):
            if claim.kind == "figure":
                spans[claim.doc].append((claim.start, claim.end))
    texts = {d.id: d.text for d in docs}
    peer = {
        doc: [(q.start, q.end) for q in quantulum_quantities(text)] for doc, text in texts.items()
    }

    def found(table: dict[str, list[tuple[int, int]]]) -> float:
        hits = sum(any(s < v.end and e > v.start for s, e in table.get(v.doc, ())) for v in values)
        return hits / len(values)

    ours, theirs = found(spans), found(peer)
    record_property("value_recall", f"ours={ours:.3f} quantulum3={theirs:.3f} n={len(values)}")
    floor = json.loads(BASELINE.read_text(encoding="utf-8"))["meantime_value_recall"]
    assert ours >= floor
