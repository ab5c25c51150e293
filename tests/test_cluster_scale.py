"""The story index compares far fewer pairs than all of them, on a synthetic pile."""

from __future__ import annotations

import random

from triangulate.cluster import StoryIndex
from triangulate.evaluate.bcubed import bcubed
from triangulate.model import Document, Published

COMMON = [
    "police",
    "officials",
    "reported",
    "people",
    "city",
    "government",
    "minister",
    "week",
    "killed",
    "injured",
    "attack",
    "statement",
    "residents",
    "local",
    "area",
    "region",
    "country",
    "forces",
    "support",
    "security",
]


def synthetic(events: int, per_event: int, seed: int = 7) -> tuple[list[Document], dict[str, int]]:
    """Reports of many events: each names its own place and people amid common words."""
    rng = random.Random(seed)
    docs: list[Document] = []
    gold: dict[str, int] = {}
    for event in range(events):
        names = [f"Zor{event}an", f"Vel{event}ix", f"Tam{event}ora", f"Kep{event}ul"]
        for i in range(per_event):
            words = [rng.choice(COMMON) for _ in range(60)]
            words += [rng.choice(names) for _ in range(8)]
            words.append(str(1000 + event))
            rng.shuffle(words)
            doc_id = f"e{event:04d}-{i}"
            gold[doc_id] = event
            docs.append(
                Document(
                    id=doc_id,
                    source=doc_id,
                    title=None,
                    outlet=None,
                    text=" ".join(words) + ".",
                    sha256="",
                    published=Published.unknown(),
                )
            )
    return docs, gold


def test_cluster_scale_pairs_far_below_all_pairs() -> None:
    docs, gold = synthetic(events=300, per_event=6)
    index = StoryIndex()
    index.add(docs)
    n = len(docs)
    # Every pair shares common words; only the per-event names are rare enough to index.
    assert index.compared_pairs < 0.01 * n * (n - 1) / 2
    assert bcubed(gold, index.assignments()).f1 > 0.95


def test_cluster_scale_pairs_grow_about_linearly() -> None:
    small, _ = synthetic(events=100, per_event=6)
    large, _ = synthetic(events=400, per_event=6)
    counts = []
    for docs in (small, large):
        index = StoryIndex()
        index.add(docs)
        counts.append(index.compared_pairs)
    # Four times the reports: all pairs would grow 16-fold; the index stays near 4-fold.
    assert counts[1] < 6 * counts[0]
