"""Entity clusters scored against gold: the real pipeline, per topic or over a whole corpus.

``resolve_topics`` resolves each corpus topic as one story (the per-topic score);
``resolve_corpus`` runs a corpus's articles as a user's pile: sorted into stories by the
story index, each story resolved, and entities linked across stories with pile-wide ids
(``resolve.pile``), exactly as ``analyze`` does. A parse cache lets both share one parse.
"""

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
from triangulate.nlp.spacy_model import Parsed
from triangulate.pipeline import Parser


def _document(doc: CorpusDoc) -> Document:
    return Document(
        id=doc.id,
        source=doc.id,
        title=None,
        outlet=None,
        text=doc.text,
        sha256="",
        published=Published.unknown(),
    )


def cached_parser() -> Parser:
    """The spaCy parse, each (id, text) parsed once however often it is asked for."""
    from triangulate.nlp import spacy_model

    done: dict[tuple[str, str], Parsed] = {}

    def parse(pairs: Sequence[tuple[str, str]]) -> list[Parsed]:
        todo = [pair for pair in pairs if pair not in done]
        for pair, parsed in zip(todo, spacy_model.parse(todo), strict=True):
            done[pair] = parsed
        return [done[pair] for pair in pairs]

    return parse


def resolve_topics(
    docs: Sequence[CorpusDoc], *, parser: Parser | None = None
) -> tuple[Entity, ...]:
    """Run NER and ``resolve`` as ``analyze`` does, each topic of the corpus as one story."""
    from triangulate.pipeline import prepare

    topics: dict[str, list[Document]] = defaultdict(list)
    for doc in docs:
        topics[doc.topic].append(_document(doc))
    entities: list[Entity] = []
    for topic in sorted(topics):
        entities.extend(prepare(topics[topic], parse=parser).entities)
    return tuple(entities)


def resolve_corpus(
    docs: Sequence[CorpusDoc], *, parser: Parser | None = None, link: bool = True
) -> tuple[Entity, ...]:
    """The entities ``analyze`` finds in a pile of these articles: sorted into stories,
    each story resolved, entities linked across stories (``link=False``: ids per story)."""
    from triangulate.cluster import StoryIndex
    from triangulate.pipeline import prepare
    from triangulate.resolve.pile import PileEntities

    documents = [_document(d) for d in docs]
    by_id = {d.id: d for d in documents}
    index = StoryIndex()
    index.add(documents)
    pile = PileEntities()
    entities: list[Entity] = []
    for story in index.stories():
        found = prepare([by_id[d] for d in story.docs], parse=parser).entities
        entities.extend(pile.link(found) if link else found)
    return tuple(entities)


def entity_scores(
    docs: Sequence[CorpusDoc], gold: Sequence[GoldMention], *, parser: Parser | None = None
) -> dict[str, Score]:
    """B-cubed of our clusters and of the exact-string and last-token baselines, same gold."""
    truth = gold_clusters(gold)
    return {
        "system": bcubed(truth, align_to_entities(gold, resolve_topics(docs, parser=parser))),
        "exact": bcubed(truth, exact_string_baseline(gold)),
        "last_token": bcubed(truth, last_token_baseline(gold)),
    }
