"""Scoring against gold data: B-cubed, corpus loaders, mention alignment, baselines.

Used by the quality tests; kept in the library so story clustering and later stages can
score themselves the same way.
"""

from triangulate.evaluate.align import (
    align_to_entities,
    exact_string_baseline,
    gold_clusters,
    last_token_baseline,
)
from triangulate.evaluate.bcubed import Score, bcubed, pairwise
from triangulate.evaluate.corpora import (
    CorpusDoc,
    GoldMention,
    load_docs,
    load_mentions,
    named_ecbplus,
    named_meantime,
)

__all__ = [
    "CorpusDoc",
    "GoldMention",
    "Score",
    "align_to_entities",
    "bcubed",
    "exact_string_baseline",
    "gold_clusters",
    "last_token_baseline",
    "load_docs",
    "load_mentions",
    "named_ecbplus",
    "named_meantime",
    "pairwise",
]
