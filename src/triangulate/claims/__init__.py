"""Figures as claims: number phrases found in text, read into values with hedge and unit."""

from triangulate.claims.quantities import Hedge, Kind, Quantity, find_quantities

__all__ = ["Hedge", "Kind", "Quantity", "find_quantities"]
