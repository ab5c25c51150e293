"""Figures as claims: number phrases found in text, read into values with hedge and unit.

The names below are imported from ``claims.quantities`` when first asked for, not when the
package is: a pool's worker process imports ``claims.precheck`` (the line test that picks
what to parse) and nothing else of the claim readers, and importing ``quantities`` (its
word tables and patterns) cost that process 0.11-0.18 s of CPU at every pool start, before
its first parse.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from triangulate.claims.quantities import Hedge, Kind, Quantity, find_quantities

__all__ = ["Hedge", "Kind", "Quantity", "find_quantities"]


def __getattr__(name: str) -> Any:
    """The package's names, from ``claims.quantities`` on first use (see the docstring)."""
    if name in __all__:
        return getattr(import_module("triangulate.claims.quantities"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
