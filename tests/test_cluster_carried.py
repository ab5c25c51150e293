"""The cross-language cosine from once-computed carried vectors equals the plain one."""

from __future__ import annotations

import math
import random

from triangulate.cluster import features as feats


def _reference(
    left: tuple[dict[str, float], float], right: tuple[dict[str, float], float]
) -> float:
    # The cosine as first written: filter both vectors on every call.
    lw = {f: w for f, w in left[0].items() if f[0] in feats.CARRY_KINDS}
    rw = {f: w for f, w in right[0].items() if f[0] in feats.CARRY_KINDS}
    shared = [f for f in lw if f in rw]
    if sum(f[0] in "nb" for f in shared) < feats.MIN_SHARED_NAMES:
        return 0.0
    dot = sum(lw[f] * rw[f] for f in shared)
    scale = math.sqrt(sum(w * w for w in lw.values())) * math.sqrt(sum(w * w for w in rw.values()))
    return 0.0 if scale == 0 else min(1.0, feats.CROSS_LANGUAGE_SCALE * dot / scale)


def _random_vector(rng: random.Random) -> tuple[dict[str, float], float]:
    kinds = "nbydw"
    weights = {
        f"{rng.choice(kinds)}:{rng.randrange(40)}": rng.uniform(0.1, 9.0)
        for _ in range(rng.randrange(0, 30))
    }
    return weights, math.sqrt(sum(w * w for w in weights.values()))


def test_cluster_carried_cosine_is_exactly_the_plain_one() -> None:
    rng = random.Random(7)
    vectors = [_random_vector(rng) for _ in range(60)]
    carried = [feats.carried(v) for v in vectors]
    nonzero = 0
    for i, left in enumerate(vectors):
        for j, right in enumerate(vectors):
            expected = _reference(left, right)
            assert feats.cross_language_cosine(left, right) == expected
            cached = feats.cross_language_cosine(carried[i], carried[j], precomputed=True)
            assert cached == expected
            nonzero += expected > 0
    assert nonzero > 100


def test_cluster_carried_keeps_only_what_crosses_languages() -> None:
    vec = ({"w:rain": 2.0, "n:Lisbon": 3.0, "y:2024": 4.0}, math.sqrt(29.0))
    kept, length = feats.carried(vec)
    assert list(kept) == ["n:Lisbon", "y:2024"]
    assert length == 5.0
