"""Average-linkage agglomerative clustering over a sparse similarity graph.

Pairs without an edge count as similarity 0. Two clusters merge while the mean similarity
over all their cross pairs is at least the threshold, highest mean first. Because a mean
at or above the threshold needs at least one pair at or above it, every cluster lies
inside one connected component of the graph of edges at or above the threshold: each such
component can be clustered on its own, which is what makes incremental updates local.

Cohesion: two groups of at least two reports each do not merge when the mean similarity
between them is below ``cohesion`` times the mean similarity inside the looser of the two.
Two tight groups that resemble each other only moderately (two title fights of one boxer,
two earthquakes in one region: same actors and vocabulary, different dates, places and
numbers) stay apart, while a report or two joining a group, and groups about one event
(as similar across as within), merge as before. The rule only ever blocks merges, so the
component argument above still holds.

Copies: a report printed by two outlets (the same wire text, or nearly) is one report, not
two that agree. Copies of one report count once when the cohesion rule measures a group:
its tightness is the mean over pairs of different reports, and a group made only of copies
of one report is a single report, which joins any story it resembles at the threshold.
Otherwise two copies, alike at 1, would form a pair tighter than any story of distinct
reports, and stay apart from the rest of their own story.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping


def _copy_classes(count: int, copies: Iterable[tuple[int, int]]) -> list[int]:
    """Each node's class: nodes joined by copy pairs (directly or through others) share one."""
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in copies:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return [root(i) for i in range(count)]


def average_linkage(
    nodes: Iterable[str],
    edges: Mapping[tuple[str, str], float],
    threshold: float,
    cohesion: float = 0.0,
    copies: Iterable[tuple[str, str]] = (),
) -> list[tuple[str, ...]]:
    """Cluster nodes by average linkage, deterministically.

    Args:
        nodes: The items; every edge end must be among them.
        edges: (a, b) -> similarity, each unordered pair once.
        threshold: Smallest mean similarity at which two clusters merge.
        cohesion: Two clusters of two or more members merge only when their mean cross
            similarity is at least this times the smaller of their mean inner
            similarities; 0 turns the rule off.
        copies: Pairs of nodes that are copies of one report; for the cohesion rule each
            set of copies counts as one report (see the module docstring).

    Returns:
        The clusters, each sorted, ordered by their first member. The result depends only
        on the node set and edge values, never on the order they are given in: ties merge
        the pair whose first members sort first.
    """
    order = sorted(set(nodes))
    index = {node: i for i, node in enumerate(order)}
    members: dict[int, list[int]] = {i: [i] for i in range(len(order))}
    links: dict[int, dict[int, float]] = {i: {} for i in range(len(order))}
    inner = [0.0] * len(order)  # sum of similarities over each cluster's inner pairs
    # The copies of one report share a class; per cluster, its members by class, and the
    # similarity summed over its inner pairs of one class (pairs of copies).
    kin = _copy_classes(
        len(order), ((index[a], index[b]) for a, b in copies if a in index and b in index)
    )
    classes: dict[int, dict[int, list[int]]] = {i: {kin[i]: [i]} for i in range(len(order))}
    inner_copies = [0.0] * len(order)
    alike: dict[tuple[int, int], float] = {}  # similarities of pairs within one class
    version = [0] * len(order)
    heap: list[tuple[float, int, int, int, int]] = []
    # Sorted so that float sums below are added in the same order for any input order.
    for (left, right), value in sorted(edges.items()):
        a, b = sorted((index[left], index[right]))
        if a == b:
            continue
        links[a][b] = links[b][a] = value
        if kin[a] == kin[b]:
            alike[a, b] = value
        if value >= threshold:
            heap.append((-value, a, b, 0, 0))
    heapq.heapify(heap)
    while heap:
        negative, a, b, seen_a, seen_b = heapq.heappop(heap)
        if a not in members or b not in members or (version[a], version[b]) != (seen_a, seen_b):
            continue  # a stale entry: one side has merged since it was pushed
        if cohesion > 0 and min(len(classes[a]), len(classes[b])) >= 2:
            looser = min(_tightness(inner[c] - inner_copies[c], classes[c]) for c in (a, b))
            if -negative < cohesion * looser:
                continue  # two tight groups, only loosely alike: kept apart
        for k, theirs in classes.pop(b).items():
            mine = classes[a].setdefault(k, [])
            inner_copies[a] += sum(alike.get(_ordered(i, j), 0.0) for i in mine for j in theirs)
            mine.extend(theirs)
        inner[a] += inner[b] + links[a].get(b, 0.0)
        members[a].extend(members.pop(b))
        version[a] += 1
        for other, value in links.pop(b).items():
            if other == a:
                continue
            del links[other][b]
            links[a][other] = links[other][a] = links[a].get(other, 0.0) + value
        links[a].pop(b, None)
        size = len(members[a])
        for other, total in sorted(links[a].items()):
            mean = total / (size * len(members[other]))
            if mean >= threshold:
                low, high = min(a, other), max(a, other)
                heapq.heappush(heap, (-mean, low, high, version[low], version[high]))
    return [tuple(order[i] for i in sorted(group)) for _, group in sorted(members.items())]


def _ordered(i: int, j: int) -> tuple[int, int]:
    """A pair of node numbers, smaller first."""
    return (i, j) if i < j else (j, i)


def _tightness(inner: float, classes: Mapping[int, list[int]]) -> float:
    """Mean similarity over a cluster's inner pairs of two different reports (copies apart).

    Args:
        inner: The similarity summed over those pairs.
        classes: The cluster's members by copy class.
    """
    size = sum(len(m) for m in classes.values())
    pairs = size * (size - 1) / 2 - sum(len(m) * (len(m) - 1) / 2 for m in classes.values())
    return inner / pairs
