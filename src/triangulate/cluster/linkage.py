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
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping


def average_linkage(
    nodes: Iterable[str],
    edges: Mapping[tuple[str, str], float],
    threshold: float,
    cohesion: float = 0.0,
) -> list[tuple[str, ...]]:
    """Cluster nodes by average linkage, deterministically.

    Args:
        nodes: The items; every edge end must be among them.
        edges: (a, b) -> similarity, each unordered pair once.
        threshold: Smallest mean similarity at which two clusters merge.
        cohesion: Two clusters of two or more members merge only when their mean cross
            similarity is at least this times the smaller of their mean inner
            similarities; 0 turns the rule off.

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
    version = [0] * len(order)
    heap: list[tuple[float, int, int, int, int]] = []
    # Sorted so that float sums below are added in the same order for any input order.
    for (left, right), value in sorted(edges.items()):
        a, b = sorted((index[left], index[right]))
        if a == b:
            continue
        links[a][b] = links[b][a] = value
        if value >= threshold:
            heap.append((-value, a, b, 0, 0))
    heapq.heapify(heap)
    while heap:
        negative, a, b, seen_a, seen_b = heapq.heappop(heap)
        if a not in members or b not in members or (version[a], version[b]) != (seen_a, seen_b):
            continue  # a stale entry: one side has merged since it was pushed
        size_a, size_b = len(members[a]), len(members[b])
        if cohesion > 0 and min(size_a, size_b) >= 2:
            looser = min(
                inner[a] / (size_a * (size_a - 1) / 2), inner[b] / (size_b * (size_b - 1) / 2)
            )
            if -negative < cohesion * looser:
                continue  # two tight groups, only loosely alike: kept apart
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
