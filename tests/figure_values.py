"""The value a read quantity states, as the quality scorer compares it with a gold value."""

from __future__ import annotations

from triangulate.claims import Quantity


def stated(q: Quantity) -> tuple[float, float]:
    """A range's two ends; otherwise the one number said (an "at most" its ceiling)."""
    if q.hedge == "range" and q.low is not None and q.high is not None:
        return (q.low, q.high)
    number = q.high if q.hedge == "at_most" or q.low is None else q.low
    assert number is not None
    return (number, number)
