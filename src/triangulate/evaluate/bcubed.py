"""Clustering scores: B-cubed (Bagga and Baldwin, 1998) and pairwise precision/recall."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from itertools import combinations


@dataclass(frozen=True, slots=True, kw_only=True)
class Score:
    """Precision, recall and their harmonic mean."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0 when both are 0)."""
        total = self.precision + self.recall
        return 0.0 if total == 0 else 2 * self.precision * self.recall / total


def _members(assignment: Mapping[Hashable, Hashable]) -> dict[Hashable, set[Hashable]]:
    clusters: dict[Hashable, set[Hashable]] = defaultdict(set)
    for item, label in assignment.items():
        clusters[label].add(item)
    return clusters


def bcubed(gold: Mapping[Hashable, Hashable], system: Mapping[Hashable, Hashable]) -> Score:
    """B-cubed precision and recall of a clustering against gold.

    Both map every item to a cluster label; the items must be the same. For each item,
    precision is the share of its system cluster that is in its gold cluster, recall the
    share of its gold cluster that is in its system cluster; both are averaged over items.

    Args:
        gold: Item -> gold cluster label.
        system: Item -> system cluster label (same items).

    Returns:
        The averaged precision and recall (1.0 each for no items).

    Raises:
        ValueError: When the two do not cover the same items.
    """
    if set(gold) != set(system):
        raise ValueError("gold and system must cluster the same items")
    if not gold:
        return Score(precision=1.0, recall=1.0)
    gold_members = _members(gold)
    system_members = _members(system)
    precision = recall = 0.0
    for item in gold:
        mine = system_members[system[item]]
        theirs = gold_members[gold[item]]
        overlap = len(mine & theirs)
        precision += overlap / len(mine)
        recall += overlap / len(theirs)
    return Score(precision=precision / len(gold), recall=recall / len(gold))


def pairwise(gold: Mapping[Hashable, Hashable], system: Mapping[Hashable, Hashable]) -> Score:
    """Pairwise precision and recall of "these two are together" decisions.

    Precision is 1.0 when the system puts no pair together, recall 1.0 when gold has no
    pair together.
    """
    if set(gold) != set(system):
        raise ValueError("gold and system must cluster the same items")
    items = sorted(gold, key=repr)
    both = predicted = expected = 0
    for left, right in combinations(items, 2):
        in_gold = gold[left] == gold[right]
        in_system = system[left] == system[right]
        both += in_gold and in_system
        predicted += in_system
        expected += in_gold
    return Score(
        precision=both / predicted if predicted else 1.0,
        recall=both / expected if expected else 1.0,
    )
