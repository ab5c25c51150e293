"""Near-duplicate reports: MinHash over word shingles, with LSH banding for candidates.

A syndicated wire story and its light rewrites share most of their five-word shingles.
Each report gets a signature of ``PERMUTATIONS`` minimum hashes; the share of equal
positions in two signatures estimates the Jaccard similarity of their shingle sets.
Candidate pairs come only from LSH: the signature is cut into ``BANDS`` bands of ``ROWS``
rows, and two reports are compared only when one band is equal in both. With 32 bands of
4 rows a pair with Jaccard 0.8 is a candidate with probability 1 - (1 - 0.8^4)^32 > 0.9999
and a pair with Jaccard 0.2 with probability about 0.05, so no pass ever looks at all pairs.

Hashes come from BLAKE2b and a fixed seed, never from Python's salted ``hash``, so the
signatures are the same in every run and can be stored.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from triangulate.model import Document

SHINGLE = 5
PERMUTATIONS = 128
BANDS = 32
ROWS = PERMUTATIONS // BANDS
# Estimated Jaccard of five-word shingles at or above which two reports are one text:
# syndicated copies score above 0.9, light rewrites (a changed headline, a dropped
# paragraph) 0.6-0.9, two outlets' own reports of one event below 0.1.
DUPLICATE_THRESHOLD = 0.6

_PRIME = (1 << 31) - 1
_SEEDS = random.Random(20171017)
_A = np.array([_SEEDS.randrange(1, _PRIME) for _ in range(PERMUTATIONS)], dtype=np.uint64)
_B = np.array([_SEEDS.randrange(0, _PRIME) for _ in range(PERMUTATIONS)], dtype=np.uint64)
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True, kw_only=True)
class NearDuplicate:
    """A report that is a copy or light rewrite of an earlier one.

    ``doc`` is the later report (by publication date, then id), ``duplicate_of`` the
    earlier one it is most similar to, ``similarity`` the estimated Jaccard similarity of
    their five-word shingles (0-1). A caller counting sources counts ``doc`` once with
    ``duplicate_of``, never twice.
    """

    doc: str
    duplicate_of: str
    similarity: float


def shingles(text: str) -> set[str]:
    """The report's five-word shingles (lower case); the whole text when it is shorter."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) <= SHINGLE:
        return {" ".join(words)} if words else set()
    # Five words at a time, zipped from five shifted views: no slice per shingle.
    return set(map(" ".join, zip(*(words[i:] for i in range(SHINGLE)), strict=False)))


# A signature is PERMUTATIONS unsigned 32-bit values, big-endian, as bytes: 512 bytes a
# report instead of a tuple of Python ints ten times that size. A text without words
# has the empty signature.
Signature = bytes
_DTYPE = np.dtype(">u4")
_BAND_BYTES = ROWS * _DTYPE.itemsize
# A bucket holds one report id (most do) or a list of them.
Buckets = dict[int, str | list[str]]


def signature(text: str) -> Signature:
    """The MinHash signature of a text (empty for a text without words)."""
    found = shingles(text)
    if not found:
        return b""
    # Each shingle's first four BLAKE2b bytes as a big-endian number mod p (the minimum
    # below does not depend on the order of the shingles).
    digests = b"".join(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest() for s in found)
    hashed = np.frombuffer(digests, dtype=_DTYPE).astype(np.uint64) % np.uint64(_PRIME)
    # (a * x + b) mod p stays below 2**63 for 31-bit a, b and x: no overflow in uint64.
    values = np.multiply.outer(_A, hashed)
    values += _B[:, None]
    return bytes(_mod_prime(values).min(axis=1).astype(_DTYPE).tobytes())


_SHIFT = np.uint64(31)


def _mod_prime(values: np.ndarray) -> np.ndarray:
    """``values % _PRIME`` for values below 2**62, in place: p = 2**31 - 1, so 2**31 is 1
    mod p and a value is its low 31 bits plus the rest shifted down, twice, less p if that
    reaches p. Shifts and masks take about half the time a division by p takes."""
    prime = np.uint64(_PRIME)
    low = values & prime
    values >>= _SHIFT
    values += low  # below 2**32
    np.bitwise_and(values, prime, out=low)
    values >>= _SHIFT
    values += low  # at most p + 1
    values[values >= prime] -= prime
    return values


def signature_values(sig: Signature) -> list[int]:
    """The signature as plain integers (all -1 for the empty one), as stored in JSON."""
    if not sig:
        return [-1] * PERMUTATIONS
    return [int(v) for v in np.frombuffer(sig, dtype=_DTYPE)]


def signature_from_values(values: Sequence[int]) -> Signature:
    """The signature of ``signature_values`` output."""
    if not values or values[0] < 0:
        return b""
    return np.array(values, dtype=_DTYPE).tobytes()


def similarity(left: Signature, right: Signature) -> float:
    """Estimated Jaccard similarity: the share of equal positions in two signatures."""
    if not left or not right:
        return 0.0
    equal = np.frombuffer(left, dtype=_DTYPE) == np.frombuffer(right, dtype=_DTYPE)
    return int(np.count_nonzero(equal)) / PERMUTATIONS


def band_keys(sig: Signature) -> list[int]:
    """One bucket key per band: reports sharing a key are candidate duplicates.

    A key is the band's values and the band's number packed into one integer, which is
    smaller than any string or tuple of them.
    """
    if not sig:
        return []
    return [
        int.from_bytes(sig[band * _BAND_BYTES : (band + 1) * _BAND_BYTES], "big") << 5 | band
        for band in range(BANDS)
    ]


def file_in_buckets(buckets: Buckets, doc: str, sig: Signature) -> None:
    """Put a report into the bucket of each of its bands."""
    for key in band_keys(sig):
        held = buckets.get(key)
        if held is None:
            buckets[key] = doc
        elif isinstance(held, str):
            buckets[key] = [held, doc]
        else:
            held.append(doc)


def _bucket(buckets: Mapping[int, str | list[str]], key: int) -> Sequence[str]:
    held = buckets.get(key, ())
    return (held,) if isinstance(held, str) else held


def candidate_pairs(
    new: Iterable[str],
    signatures: Mapping[str, Signature],
    buckets: Mapping[int, str | list[str]],
) -> set[tuple[str, str]]:
    """Pairs (sorted) of a new report with any report sharing an LSH bucket with it."""
    pairs: set[tuple[str, str]] = set()
    for doc in new:
        for key in band_keys(signatures[doc]):
            for other in _bucket(buckets, key):
                if other != doc:
                    pairs.add((doc, other) if doc < other else (other, doc))
    return pairs


def earliest_key(doc: Document) -> tuple[str, str]:
    """Sort key for "earlier": dated reports by date, then undated ones; ties by id."""
    return (doc.published.date or "~", doc.id)


def mark_duplicates(
    pairs: Mapping[tuple[str, str], float], order: Mapping[str, tuple[str, str]]
) -> tuple[NearDuplicate, ...]:
    """For each later report of a near-duplicate pair, its most similar earlier report.

    Args:
        pairs: (doc, doc) -> estimated similarity, for pairs at or above the threshold.
        order: Doc id -> its ``earliest_key``.

    Returns:
        One record per report that has an earlier near-duplicate, by report id.
    """
    best: dict[str, tuple[float, tuple[str, str], str]] = {}
    for (left, right), value in pairs.items():
        later, earlier = (left, right) if order[left] > order[right] else (right, left)
        # Highest similarity wins; among equals, the earliest report.
        rank = (-value, order[earlier], earlier)
        if later not in best or rank < (-best[later][0], best[later][1], best[later][2]):
            best[later] = (value, order[earlier], earlier)
    return tuple(
        NearDuplicate(doc=doc, duplicate_of=earlier, similarity=value)
        for doc, (value, _, earlier) in sorted(best.items())
    )


def find_near_duplicates(
    documents: Sequence[Document], *, threshold: float = DUPLICATE_THRESHOLD
) -> tuple[NearDuplicate, ...]:
    """Find reports that are copies or light rewrites of an earlier report.

    Only pairs sharing an LSH band are compared, so the cost grows with the number of
    reports and the number of true near-duplicates, never with all pairs.

    Args:
        documents: The reports (ids must be unique).
        threshold: Estimated Jaccard similarity of five-word shingles at or above which
            two reports count as one text.

    Returns:
        One ``NearDuplicate`` per report that has an earlier near-duplicate, sorted by
        report id. Reports of fewer than one word are never duplicates.

    Raises:
        ValueError: When two documents share an id.
    """
    ids = [d.id for d in documents]
    if len(set(ids)) != len(ids):
        raise ValueError("document ids must be unique")
    signatures = {d.id: signature(d.text) for d in documents}
    buckets: Buckets = {}
    for doc in sorted(signatures):
        file_in_buckets(buckets, doc, signatures[doc])
    pairs = {
        pair: value
        for pair in candidate_pairs(sorted(signatures), signatures, buckets)
        if (value := similarity(signatures[pair[0]], signatures[pair[1]])) >= threshold
    }
    return mark_duplicates(pairs, {d.id: earliest_key(d) for d in documents})
