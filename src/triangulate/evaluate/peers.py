"""Other extractors run on the same gold, so the quality tests can compare against them.

The one module that imports quantulum3 (a test-time dependency, in the ``dev`` extra).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

from triangulate.errors import MissingDependency


@dataclass(frozen=True, slots=True, kw_only=True)
class PeerQuantity:
    """A quantity as a peer extractor reads it, in our terms."""

    start: int
    end: int
    low: float | None
    high: float | None
    hedge: str
    counted: str | None


def quantulum_quantities(text: str) -> tuple[PeerQuantity, ...]:
    """quantulum3's quantities in ``text``: a value, an uncertainty and a unit, no hedge words.

    Its uncertainty ("between 600 and 700" is 650 ± 50) becomes a range; every other value is
    exact. Its unit name stands for what is counted, except for plain counts
    ("dimensionless"), where it names nothing.
    """
    try:
        with warnings.catch_warnings():
            # Without scikit-learn it warns that its unit classifier is missing; we turn
            # the classifier off anyway (it crashes when scikit-learn is present).
            warnings.simplefilter("ignore")
            from quantulum3 import classifier, parser
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingDependency("quantulum3", "pip install quantulum3==0.10.0") from exc
    classifier.USE_CLF = False
    found = []
    for q in parser.parse(text):
        value = float(q.value)
        if q.uncertainty:
            low, high, hedge = value - q.uncertainty, value + q.uncertainty, "range"
        else:
            low, high, hedge = value, value, "exact"
        name = q.unit.name
        found.append(
            PeerQuantity(
                start=q.span[0],
                end=q.span[1],
                low=low,
                high=high,
                hedge=hedge,
                counted=None if name == "dimensionless" else name,
            )
        )
    return tuple(found)
