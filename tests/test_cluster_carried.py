"""Faster story features give exactly the values of their first, plainer forms."""

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


def _reference_signature(text: str) -> bytes:
    # The signature as first written: one Python integer per sorted shingle.
    import hashlib

    import numpy as np

    from triangulate.cluster import minhash

    found = minhash.shingles(text)
    if not found:
        return b""
    prime = (1 << 31) - 1
    hashed = np.array(
        [
            int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest(), "big")
            % prime
            for s in sorted(found)
        ],
        dtype=np.uint64,
    )
    values = (np.outer(minhash._A, hashed) + minhash._B[:, None]) % np.uint64(prime)
    return bytes(values.min(axis=1).astype(np.dtype(">u4")).tobytes())


def test_cluster_signature_is_exactly_the_reference_one() -> None:
    from triangulate.cluster.minhash import signature

    texts = [
        "",
        "Short text.",
        "The harbour board said on Tuesday that ferries would run late all week.",
        "Rain closed 14 roads near the river; officials said 2,300 homes lost power. " * 5,
        "Der Stadtrat beschloss am Montag einen neuen Haushalt für 2025.",
    ]
    for text in texts:
        assert signature(text) == _reference_signature(text)
