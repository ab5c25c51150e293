"""Which resolved entity a span of a document names."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from triangulate.model import Entity, Mention


class EntityIndex:
    """The mentions of one document, sorted, each with the entity it belongs to."""

    def __init__(self, entities: Sequence[Entity], doc: str) -> None:
        pairs = sorted(
            ((m, e) for e in entities for m in e.mentions if m.doc == doc),
            key=lambda pair: (pair[0].start, pair[0].end),
        )
        self._pairs: tuple[tuple[Mention, Entity], ...] = tuple(pairs)
        self._starts = tuple(m.start for m, _ in pairs)

    def within(self, start: int, end: int) -> tuple[tuple[Mention, Entity], ...]:
        """Mentions lying wholly inside [start, end), in text order."""
        first = bisect_left(self._starts, start)
        out = []
        pairs = self._pairs
        # By index: a slice would copy a long report's remaining mentions on every look-up.
        for k in range(first, len(pairs)):
            mention, entity = pairs[k]
            if mention.start >= end:
                break
            if mention.end <= end:
                out.append((mention, entity))
        return tuple(out)

    def at(self, start: int, end: int) -> Entity | None:
        """The entity of the longest mention overlapping [start, end), if any."""
        first = max(0, bisect_left(self._starts, start) - 8)
        best: tuple[int, Entity] | None = None
        pairs = self._pairs
        for k in range(first, len(pairs)):
            mention, entity = pairs[k]
            if mention.start >= end:
                break
            if mention.end > start:
                size = mention.end - mention.start
                if best is None or size > best[0]:
                    best = (size, entity)
        return best[1] if best else None
