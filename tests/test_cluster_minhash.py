"""Near-duplicate detection with MinHash and LSH banding."""

from __future__ import annotations

import hashlib
import random

import numpy as np
import pytest

from triangulate.cluster import NearDuplicate, find_near_duplicates, minhash
from triangulate.cluster.minhash import signature, similarity
from triangulate.model import Document, Published

WORDS = [
    "harbour",
    "crane",
    "storm",
    "ferry",
    "cargo",
    "dock",
    "pilot",
    "tide",
    "wind",
    "captain",
    "crew",
    "port",
    "mayor",
    "council",
    "bridge",
    "river",
    "road",
    "rain",
    "flood",
    "school",
    "market",
    "trade",
    "union",
    "strike",
    "wage",
    "factory",
]


def doc(doc_id: str, text: str, date: str | None = None) -> Document:
    published = (
        Published(date=date, precision="day", basis="metadata") if date else Published.unknown()
    )
    return Document(
        id=doc_id, source=doc_id, title=None, outlet=None, text=text, sha256="", published=published
    )


def text(seed: int, length: int = 120) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(length))


def test_cluster_minhash_copy_points_to_earlier_report() -> None:
    wire = text(1)
    docs = [
        doc("b-copy", "Ferry news. " + wire, "2031-02-02"),
        doc("a-wire", wire, "2031-02-01"),
        doc("c-other", text(2)),
    ]
    (found,) = find_near_duplicates(docs)
    assert found.doc == "b-copy"
    assert found.duplicate_of == "a-wire"
    assert found.similarity > 0.9


def test_cluster_minhash_rewrite_above_and_unrelated_below() -> None:
    base = text(3).split()
    rewrite = base[:]
    for i in range(0, len(rewrite), 40):
        rewrite[i] = "changed"
    unrelated = text(4)
    left, right, other = (
        signature(" ".join(base)),
        signature(" ".join(rewrite)),
        signature(unrelated),
    )
    assert similarity(left, right) >= 0.6
    assert similarity(left, other) < 0.1


def test_cluster_minhash_is_deterministic_and_empty_safe() -> None:
    assert signature("the same words here and there") == signature("the same words here and there")
    assert similarity(signature(""), signature("")) == 0.0
    assert find_near_duplicates([doc("e1", ""), doc("e2", "")]) == ()


def test_cluster_minhash_threshold_and_ids() -> None:
    wire = text(5)
    docs = [doc("x", wire), doc("y", wire)]
    assert find_near_duplicates(docs, threshold=1.01) == ()
    assert find_near_duplicates(docs) == (NearDuplicate(doc="y", duplicate_of="x", similarity=1.0),)
    with pytest.raises(ValueError, match="unique"):
        find_near_duplicates([doc("x", wire), doc("x", wire)])


def test_cluster_minhash_values_are_the_hashes_mod_the_prime() -> None:
    """Stored signatures stay readable: each value is min over shingles of (a*x + b) mod p,
    whatever arithmetic finds the remainder (values at and around p and its multiples)."""
    prime = np.uint64(minhash._PRIME)
    edges = [0, 1, minhash._PRIME - 1, minhash._PRIME, minhash._PRIME + 1, 2 * minhash._PRIME]
    values = np.array([*edges, (1 << 62) - 1, (1 << 62) - 2, 123_456_789_012], dtype=np.uint64)
    assert (minhash._mod_prime(values.copy()) == values % prime).all()
    text = "A ferry left the harbour at dawn as the storm passed over the dock."
    hashed = [
        int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest(), "big")
        % minhash._PRIME
        for s in minhash.shingles(text)
    ]
    expected = [
        min((int(a) * x + int(b)) % minhash._PRIME for x in hashed)
        for a, b in zip(minhash._A, minhash._B, strict=True)
    ]
    assert minhash.signature_values(signature(text)) == expected
