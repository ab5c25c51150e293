"""The in-process runner, and the task a cluster worker runs on one batch.

Both parse only what the claim readers read (``claims.precheck.may_hold_claim``), as the
pipeline's default parser and ``LocalParser`` do, so every runner gives the same records.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from triangulate.claims.precheck import may_hold_claim
from triangulate.nlp import spacy_model
from triangulate.nlp.spacy_model import Parsed


def parse_in_process(pairs: Sequence[tuple[str, str]], *, batch_size: int = 32) -> Iterator[Parsed]:
    """Parse the pairs in this process with the pipeline loaded once per process.

    Args:
        pairs: The documents, as ``(doc_id, text)``.
        batch_size: Documents per spaCy batch.

    Returns:
        One ``Parsed`` per pair, in order, streamed.
    """
    return spacy_model.parse(pairs, batch_size=batch_size, select=may_hold_claim)


def parse_batch(batch: Sequence[tuple[str, str]], batch_size: int = 32) -> list[Parsed]:
    """Parse one batch to a list: the task a cluster worker runs.

    The spaCy pipeline is cached per process (``spacy_model.load``), so a worker loads
    it on its first batch and reuses it for every later one.

    Args:
        batch: The batch's documents, as ``(doc_id, text)``.
        batch_size: Documents per spaCy batch inside the task.

    Returns:
        One ``Parsed`` per pair, in order.
    """
    return list(spacy_model.parse(batch, batch_size=batch_size, select=may_hold_claim))


def warm_up() -> None:
    """Load the spaCy pipeline in this process (run on each worker before the first task)."""
    spacy_model.load()
