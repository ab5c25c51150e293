"""Which spans cover a claim or a cue, found by bisection instead of a scan.

A report can hold thousands of attributions; asking every one of them for every claim (or
every cue, when relays are nested) made a report's cost grow with the square of its size.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate


class Covering:
    """Spans sorted by start, asked which of them cover a span.

    Built once for a document's attributions, it answers for every claim of the document.
    """

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._spans = tuple(spans)
        self._order = sorted(range(len(self._spans)), key=lambda k: self._spans[k][0])
        self._starts = [self._spans[k][0] for k in self._order]
        # The furthest end among the spans starting at or before each one: no span before
        # a point where that falls short of a claim's end covers the claim.
        self._reach = list(accumulate((self._spans[k][1] for k in self._order), max))

    def around(self, start: int, end: int) -> list[int]:
        """Positions of the spans holding [start, end), in the order given."""
        found = []
        k = bisect_right(self._starts, start) - 1
        while k >= 0 and self._reach[k] >= end:
            position = self._order[k]
            if self._spans[position][1] >= end:
                found.append(position)
            k -= 1
        return sorted(found)

    def overlapping(self, start: int, end: int) -> list[int]:
        """Positions of the spans sharing a character with [start, end), in the order given."""
        found = []
        k = bisect_left(self._starts, end) - 1
        while k >= 0 and self._reach[k] > start:
            position = self._order[k]
            if self._spans[position][1] > start:
                found.append(position)
            k -= 1
        return sorted(found)
