"""Score system entities on gold mentions: alignment by character overlap, baselines."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence

from triangulate.evaluate.corpora import GoldMention
from triangulate.model import Entity


def gold_clusters(gold: Sequence[GoldMention]) -> dict[Hashable, Hashable]:
    """Gold mention -> its chain (within its topic)."""
    return {_item(m): (m.topic, m.chain) for m in gold}


def _item(mention: GoldMention) -> Hashable:
    return (mention.doc, mention.start, mention.end)


def _head_span(mention: GoldMention) -> tuple[int, int]:
    """The gold head's span if given, else the mention's last word."""
    if mention.head and mention.head in mention.text:
        offset = mention.text.rindex(mention.head)
        return mention.start + offset, mention.start + offset + len(mention.head)
    stripped = mention.text.rstrip()
    last = stripped.rsplit(None, 1)[-1] if stripped else ""
    end = mention.start + len(stripped)
    return end - len(last), end


def align_to_entities(
    gold: Sequence[GoldMention], entities: Sequence[Entity]
) -> dict[Hashable, Hashable]:
    """Gold mention -> the system entity of the mention it overlaps.

    Where several system mentions overlap one gold mention, the one covering the gold
    head (or, without a head, the last word) wins, then the largest overlap, then the
    later one. A gold mention nothing overlaps is a cluster of its own.
    """
    by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for entity in entities:
        for found in entity.mentions:
            by_doc[found.doc].append((found.start, found.end, entity.id))
    assignment: dict[Hashable, Hashable] = {}
    for mention in gold:
        head_start, head_end = _head_span(mention)
        best: tuple[int, int, int] | None = None
        best_id: str | None = None
        for start, end, entity_id in by_doc.get(mention.doc, ()):
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap <= 0:
                continue
            on_head = int(start < head_end and head_start < end)
            rank = (on_head, overlap, end)
            if best is None or rank > best:
                best, best_id = rank, entity_id
        key = _item(mention)
        assignment[key] = ("entity", best_id) if best_id is not None else ("alone", key)
    return assignment


def exact_string_baseline(gold: Sequence[GoldMention]) -> dict[Hashable, Hashable]:
    """Baseline: gold mentions with the same text (in one topic) are one entity."""
    return {_item(m): (m.topic, m.text) for m in gold}


def last_token_baseline(gold: Sequence[GoldMention]) -> dict[Hashable, Hashable]:
    """Baseline: gold mentions ending in the same word (in one topic) are one entity."""
    return {_item(m): (m.topic, (m.text.split() or [""])[-1]) for m in gold}
