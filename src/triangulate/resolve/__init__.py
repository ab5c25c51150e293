"""Entity resolution: which mentions across a story's reports name the same thing.

The proposer (spaCy NER) suggests name spans; the rules here decide. See ``cluster`` for
the cascade of merge rules, ``names`` for the transliteration key, ``acronyms`` for the
table and in-text definitions, ``types`` for the type vote.
"""

from __future__ import annotations

from collections.abc import Sequence

from triangulate.model import Document, Entity, Mention
from triangulate.resolve.acronyms import definitions, mixed_case_capitals, table_spellings
from triangulate.resolve.clean import (
    clean_mentions,
    drop_position_capitals,
    split_possessives,
    trim_to_known,
)
from triangulate.resolve.cluster import CANDIDATE_LABEL, build_clusters
from triangulate.resolve.entities import to_entity
from triangulate.resolve.expand import Taken, further_mentions
from triangulate.resolve.models import models_in_reports
from triangulate.resolve.shapes import promote

__all__ = ["resolve"]


def resolve(
    documents: Sequence[Document],
    mentions: Sequence[Mention],
    *,
    candidates: Sequence[Mention] = (),
) -> tuple[Entity, ...]:
    """Resolve the name mentions of one story into entities.

    A pure function: inputs are not changed, nothing is loaded or printed, and the same
    inputs in any order give the same entities with the same ids.

    Args:
        documents: The story's documents; mentions point into their ``text``.
        mentions: Name spans a proposer found (spaCy NER labels). Spans that do not match
            their document's text are ignored.
        candidates: Further name spans the proposer did not tag as entities (runs of
            proper nouns, any label). A candidate becomes a mention only when the rules
            attach it to an entity found from ``mentions`` (same key, a table alias, an
            unambiguous short form or acronym); a candidate that attaches to nothing is
            dropped, so candidates never make an entity of their own. Candidates that
            overlap a mention are ignored.

    Returns:
        Entities sorted by their first mention. Every mention's ``text`` is the exact
        slice of its document; mentions the rules added carry the label ``ALIAS``.
    """
    by_id: dict[str, Document] = {}
    for document in sorted(documents, key=lambda d: (d.id, d.sha256, d.text)):
        by_id.setdefault(document.id, document)
    texts = {doc_id: document.text for doc_id, document in by_id.items()}
    # Runs of proper nouns shaped as names the model misses ("iPhone", "Dow Jones
    # Industrial Average") are mentions; a tagged span inside one gives way to it.
    promoted, candidates = promote(by_id, candidates)
    mentions = [*_outside(mentions, promoted), *promoted]
    cleaned = trim_to_known(by_id, split_possessives(by_id, clean_mentions(by_id, mentions)))
    cleaned = drop_position_capitals(by_id, cleaned)
    cleaned, pairs = definitions(texts, cleaned)
    cleaned = (*cleaned, *_candidates(by_id, cleaned, candidates))
    clusters = build_clusters(by_id, cleaned, pairs)
    capitals = mixed_case_capitals(texts.values())
    first = [to_entity(found, capitals=capitals) for found in clusters]
    taken = [m for entity in first for m in entity.mentions]
    searched = [
        (*entity.aliases, *table_spellings(found.row))
        for found, entity in zip(clusters, first, strict=True)
    ]
    extra = further_mentions(by_id, searched, taken)
    entities = models_in_reports(
        [
            to_entity(found, more, capitals=capitals) if more else entity
            for found, entity, more in zip(clusters, first, extra, strict=True)
        ]
    )
    return tuple(sorted(entities, key=lambda e: (e.mentions[0].doc, e.mentions[0].start, e.id)))


def _outside(mentions: Sequence[Mention], longer: Sequence[Mention]) -> list[Mention]:
    """``mentions`` less those lying inside one of the ``longer`` spans of their document."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for mention in longer:
        spans.setdefault(mention.doc, []).append((mention.start, mention.end))
    return [
        m
        for m in mentions
        if not any(
            s <= m.start and m.end <= e and (s, e) != (m.start, m.end)
            for s, e in spans.get(m.doc, ())
        )
    ]


def _candidates(
    documents: dict[str, Document], taken: Sequence[Mention], candidates: Sequence[Mention]
) -> tuple[Mention, ...]:
    """Cleaned candidates relabelled ``PROPN``, minus those overlapping a mention."""
    occupied = Taken(taken)
    kept: list[Mention] = []
    for found in clean_mentions(documents, candidates):
        if occupied.overlaps(found.doc, found.start, found.end):
            continue
        kept.append(
            Mention(
                doc=found.doc,
                start=found.start,
                end=found.end,
                text=found.text,
                label=CANDIDATE_LABEL,
            )
        )
    return tuple(kept)
