"""Entity clusters scored against gold: the real pipeline, one story per corpus topic."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from triangulate.evaluate.align import (
    align_to_entities,
    exact_string_baseline,
    gold_clusters,
    last_token_baseline,
)
from triangulate.evaluate.bcubed import Score, bcubed
from triangulate.evaluate.corpora import CorpusDoc, GoldMention
from triangulate.model import Document, Entity, Published


def resolve_topics(docs: Sequence[CorpusDoc]) -> tuple[Entity, ...]:
    """Run NER and ``resolve`` as ``analyze`` does, each topic of the corpus as one story."""
    from triangulate.pipeline import prepare

    topics: dict[str, list[Document]] = defaultdict(list)
    for doc in docs:
        topics[doc.topic].append(
            Document(
                id=doc.id,
                source=doc.id,
                title=None,
                outlet=None,
                text=doc.text,
                sha256="",
                published=Published.unknown(),
            )
        )
    entities: list[Entity] = []
    for topic in sorted(topics):
        entities.extend(prepare(topics[topic]).entities)
    return tuple(entities)


def entity_scores(docs: Sequence[CorpusDoc], gold: Sequence[GoldMention]) -> dict[str, Score]:
    """B-cubed of our clusters and of the exact-string and last-token baselines, same gold."""
    truth = gold_clusters(gold)
    return {
        "system": bcubed(truth, align_to_entities(gold, resolve_topics(docs))),
        "exact": bcubed(truth, exact_string_baseline(gold)),
        "last_token": bcubed(truth, last_token_baseline(gold)),
    }
