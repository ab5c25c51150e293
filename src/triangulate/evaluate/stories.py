"""Stories scored against gold event clusters: MMDS (three languages) and a TF-IDF baseline.

MMDS2025 dev (``docs.jsonl``: ``doc_id``, ``cluster``, ``title``, ``text``) holds real 2022
news in English, Malay and Chinese sorted by hand into events. Its cluster ``dev_166`` is
the annotators' bin of unrelated one-off events: each of its articles is scored as a story
of its own.

The split, fixed before any rule was written: clusters sorted by their number, those at
even positions are *development* (rules and weights may be chosen looking at them), those
at odd positions *held out* (never read while writing rules; only scored); the one-off
articles of the bin are split the same way, by the number of their id.

The articles go through ingest as a user's files would (``build_document``: cleaning,
language, the title from the first line), then into ``StoryIndex`` as ``analyze`` sorts a
pile. The baseline is plain TF-IDF cosine over words (each CJK character a word, since
Chinese is not written with spaces) with average-linkage clustering, its threshold chosen
on the development half.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import numpy as np

from triangulate.evaluate.bcubed import Score

# The annotators' bin of unrelated one-off events.
CATCH_ALL = "dev_166"


@dataclass(frozen=True, slots=True, kw_only=True)
class NewsDoc:
    """One gold article with its event cluster."""

    id: str
    cluster: str
    title: str
    text: str


def load_mmds(folder: Path) -> tuple[NewsDoc, ...]:
    """Read ``docs.jsonl`` of the MMDS dev folder."""
    docs: list[NewsDoc] = []
    with (folder / "docs.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                docs.append(
                    NewsDoc(
                        id=str(row["doc_id"]),
                        cluster=str(row["cluster"]),
                        title=row.get("title") or "",
                        text=row["text"],
                    )
                )
    return tuple(docs)


def _number(label: str) -> int:
    digits = re.findall(r"\d+", label)
    return int(digits[-1]) if digits else -1


def split_mmds(docs: Sequence[NewsDoc]) -> dict[str, tuple[NewsDoc, ...]]:
    """``development`` and ``held_out`` halves (see the module docstring)."""
    clusters = sorted({d.cluster for d in docs if d.cluster != CATCH_ALL}, key=_number)
    development = {c for i, c in enumerate(clusters) if i % 2 == 0}
    singles = sorted((d.id for d in docs if d.cluster == CATCH_ALL), key=_number)
    single_dev = {d for i, d in enumerate(singles) if i % 2 == 0}
    dev = tuple(d for d in docs if d.cluster in development or d.id in single_dev)
    ids = {d.id for d in dev}
    return {"development": dev, "held_out": tuple(d for d in docs if d.id not in ids)}


def gold_stories(docs: Sequence[NewsDoc]) -> dict[str, str]:
    """Doc id to gold story: its cluster, or itself for an article of the bin."""
    return {d.id: (f"single:{d.id}" if d.cluster == CATCH_ALL else d.cluster) for d in docs}


@dataclass(frozen=True, slots=True, kw_only=True)
class PairScores:
    """Pairwise precision and recall of "same story", same-language and cross-language."""

    same_language: Score
    cross_language: Score
    same_pairs: int
    cross_pairs: int


def pair_scores(
    gold: Mapping[Hashable, Hashable],
    system: Mapping[Hashable, Hashable],
    language: Mapping[Hashable, str],
) -> PairScores:
    """Pairwise scores over pairs of reports in one language and pairs across two.

    ``same_pairs`` and ``cross_pairs`` count the gold pairs (reports of one event) of each
    kind. Precision is 1.0 when the system joins no pair of that kind, recall 1.0 when gold
    has none.
    """
    counts = {True: [0, 0, 0], False: [0, 0, 0]}  # both, predicted, expected
    for left, right in combinations(sorted(gold, key=repr), 2):
        same = language[left] == language[right]
        in_gold = gold[left] == gold[right]
        in_system = system[left] == system[right]
        tally = counts[same]
        tally[0] += in_gold and in_system
        tally[1] += in_system
        tally[2] += in_gold

    def score(tally: list[int]) -> Score:
        both, predicted, expected = tally
        return Score(
            precision=both / predicted if predicted else 1.0,
            recall=both / expected if expected else 1.0,
        )

    return PairScores(
        same_language=score(counts[True]),
        cross_language=score(counts[False]),
        same_pairs=counts[True][2],
        cross_pairs=counts[False][2],
    )


# -- the TF-IDF baseline ------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+|\d+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def baseline_tokens(text: str) -> list[str]:
    """Lower-case words of two or more characters, each CJK character a word of its own."""
    out: list[str] = []
    for word in _WORD.findall(text.lower()):
        if _CJK.search(word):
            out.extend(_CJK.findall(word))
        elif len(word) >= 2:
            out.append(word)
    return out


def tfidf_similarities(texts: Sequence[str]) -> np.ndarray:
    """Cosine of sublinear TF-IDF vectors over ``baseline_tokens`` (the plain baseline)."""
    tokens = [baseline_tokens(t) for t in texts]
    df = Counter(w for words in tokens for w in set(words))
    vocabulary = {w: i for i, w in enumerate(sorted(df))}
    n = len(texts)
    matrix = np.zeros((n, len(vocabulary)))
    for row, words in enumerate(tokens):
        for word, count in Counter(words).items():
            idf = math.log((1 + n) / (1 + df[word])) + 1
            matrix[row, vocabulary[word]] = (1 + math.log(count)) * idf
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-12
    return np.asarray(matrix @ matrix.T)


def average_linkage(similarity: np.ndarray, threshold: float) -> list[int]:
    """Average-linkage clusters (a label per item) merged while the best link >= threshold."""
    n = len(similarity)
    current = similarity.astype(float).copy()
    np.fill_diagonal(current, -np.inf)
    size = np.ones(n)
    label = list(range(n))
    for _ in range(n - 1):
        a, b = divmod(int(np.argmax(current)), n)
        if current[a, b] < threshold:
            break
        a, b = min(a, b), max(a, b)
        # Lance-Williams update for the mean over cross pairs.
        row = (size[a] * current[a] + size[b] * current[b]) / (size[a] + size[b])
        current[a], current[:, a] = row, row
        current[a, a] = -np.inf
        current[b], current[:, b] = -np.inf, -np.inf
        size[a] += size[b]
        old, new = label[b], label[a]
        label = [new if x == old else x for x in label]
    return label
