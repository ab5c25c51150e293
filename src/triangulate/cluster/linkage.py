"""Average-linkage agglomerative clustering over a sparse similarity graph.

Pairs without an edge count as similarity 0. Two clusters merge while the mean similarity
over all their cross pairs is at least the threshold, highest mean first. Because a mean
at or above the threshold needs at least one pair at or above it, every cluster lies
inside one connected component of the graph of edges at or above the threshold: each such
component can be clustered on its own, which is what makes incremental updates local.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping


def average_linkage(
    nodes: Iterable[str], edges: Mapping[tuple[str, str], float], threshold: float
) -> list[tuple[str, ...]]:
    """Cluster nodes by average linkage, deterministically.

    Args:
        nodes: The items; every edge end must be among them.
        edges: (a, b) -> similarity, each unordered pair once.
        threshold: Smallest mean similarity at which two clusters merge.

    Returns:
        The clusters, each sorted, ordered by their first member. The result depends only
        on the node set and edge values, never on the order they are given in: ties merge
        the pair whose first members sort first.
    """
    order = sorted(set(nodes))
    index = {node: i for i, node in enumerate(order)}
    members: dict[int, list[int]] = {i: [i] for i in range(len(order))}
    links: dict[int, dict[int, float]] = {i: {} for i in range(len(order))}
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
        _, a, b, seen_a, seen_b = heapq.heappop(heap)
        if a not in members or b not in members or (version[a], version[b]) != (seen_a, seen_b):
            continue  # a stale entry: one side has merged since it was pushed
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
