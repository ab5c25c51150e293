"""The cross-language cosine gives the same value with its per-vector cache as without."""

from __future__ import annotations

import math
import random

from triangulate.cluster import features as feats


def _reference(left: dict[str, float], right: dict[str, float]) -> float:
    lw = {f: w for f, w in left.items() if f[0] in feats.CARRY_KINDS}
    rw = {f: w for f, w in right.items() if f[0] in feats.CARRY_KINDS}
    shared = [f for f in lw if f in rw]
    if sum(f[0] in "nb" for f in shared) < feats.MIN_SHARED_NAMES:
        return 0.0
    dot = sum(lw[f] * rw[f] for f in shared)
    scale = math.sqrt(sum(w * w for w in lw.values())) * math.sqrt(sum(w * w for w in rw.values()))
    return 0.0 if scale == 0 else min(1.0, feats.CROSS_LANGUAGE_SCALE * dot / scale)


def _random_weights(rng: random.Random) -> dict[str, float]:
    kinds = "nbydwp"
    size = rng.randrange(1, 30)
    return {f"{rng.choice(kinds)}:{rng.randrange(12)}": rng.random() for _ in range(size)}


def test_cached_cosine_equals_the_plain_one_exactly() -> None:
    rng = random.Random(7)
    vectors = [_random_weights(rng) for _ in range(feats._CARRIED_CACHE + 40)]
    for _ in range(3000):
        left, right = rng.choice(vectors), rng.choice(vectors)
        got = feats.cross_language_cosine((left, 1.0), (right, 1.0))
        assert got == _reference(left, right)


def test_a_new_dict_is_never_read_from_an_old_entry() -> None:
    # Fresh dicts made and dropped one after another may reuse an identity.
    for i in range(200):
        left = {"n:ana": 1.0, "n:ben": 1.0, f"y:{i}": float(i)}
        right = {"n:ana": 1.0, "n:ben": 1.0, f"y:{i}": 2.0}
        got = feats.cross_language_cosine((left, 1.0), (right, 1.0))
        assert got == _reference(left, right)
