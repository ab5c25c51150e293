"""What a report is about, as weighted terms: names, name pairs, years, numbers, words.

Every feature is a string with a one-letter kind prefix:

====  ======================================================  ======
kind  read as                                                 weight
====  ======================================================  ======
n     a name token ("klitschko"), from the caller's NER names    2.0
      or, without them, a capitalised word never written in
      lower case in the same report
b     two adjacent name tokens ("wladimir_klitschko")            2.0
y     a year, 1900-2099                                          5.0
d     another number of two or more digits                       1.0
w     any other word of three or more letters, not a stopword    1.0
e     a kind of event with the week a sentence dates it to       0.0
      ("e:shooting@2031-W22", ``triangulate.cluster.events``)
====  ======================================================  ======

Event weeks (kind ``e``) weigh nothing in the cosine, so that they change no pair's
similarity by lengthening its reports' vectors (a story whose reports join by a hair
would lose one); two reports sharing one get ``EVENT_BONUS`` added to their similarity
instead (``triangulate.cluster.stories``).

Names weigh double because two reports of one event share *who* and *where*, while the
rest of the vocabulary is shared by every report of the same kind of event (two
earthquakes, two rehab stays). Years weigh most: the same kind of event with the same
actors in another year is another story. The weights were chosen on the ECB+ train topics
(see ``triangulate.cluster.stories``): years at 5 rather than 3 lifted train B-cubed F1
(threshold picked as in the quality test) from 0.906 to 0.926; 4 gave 0.921, 6 the same
0.926, and 7 or 8 made F1 jump about between neighbouring thresholds (picked at the grid
edge). Numbers at 1.5 or 2, names at 1.5 or 3, and a feature for a month of a year
("June 13, 2013", weights 2-6, with or without the full date) gave no gain on top.

On MMDS (many stories of one city and one season) most wrong pairs in one language share
names many stories use ("China", "Korea"), month and weekday names read as names, or the
years court reports recall. Weighing those down was tried and not kept: the name and year
weights fading to a word's for features in more than 10-30 % of the pile, month and
weekday names as words, and IDF over stories rather than reports each lifted precision on
the MMDS development half but not on its held-out half, and lost ECB+ dev stories.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

# Letters only or digits only: "hit-and-run" and ECB+'s "hit - and - run" give the same words.
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_YEAR = re.compile(r"(?:19|20)\d\d")

WEIGHTS: Mapping[str, float] = {"n": 2.0, "b": 2.0, "y": 5.0, "d": 1.0, "w": 1.0, "e": 0.0}

# Function words, reporting verbs and the bits of URLs that head many scraped reports:
# shared by every report, they say nothing about which event one is about.
STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "with",
        "that",
        "this",
        "these",
        "those",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "it",
        "its",
        "as",
        "from",
        "said",
        "says",
        "say",
        "told",
        "their",
        "they",
        "them",
        "there",
        "here",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "why",
        "how",
        "but",
        "he",
        "she",
        "his",
        "her",
        "him",
        "not",
        "will",
        "would",
        "after",
        "before",
        "about",
        "into",
        "over",
        "out",
        "up",
        "down",
        "off",
        "more",
        "most",
        "just",
        "only",
        "very",
        "can",
        "could",
        "may",
        "might",
        "should",
        "shall",
        "did",
        "does",
        "do",
        "done",
        "if",
        "so",
        "no",
        "yes",
        "all",
        "any",
        "some",
        "such",
        "other",
        "another",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "new",
        "also",
        "than",
        "then",
        "while",
        "since",
        "until",
        "i",
        "we",
        "you",
        "our",
        "your",
        "my",
        "me",
        "us",
        "per",
        "via",
        "upon",
        "against",
        "between",
        "during",
        "without",
        "within",
        "mr",
        "mrs",
        "ms",
        "dr",
        "http",
        "https",
        "www",
        "com",
        "org",
        "net",
        "html",
        "htm",
        "php",
        "asp",
        "aspx",
        "jsp",
        "ece",
        "cms",
        "shtml",
        "index",
    ]
)


def _fold(token: str) -> str:
    """Lower case, with the curly apostrophe read as the straight one."""
    return token.lower().replace("’", "'")


def name_tokens(name: str) -> list[str]:
    """The folded tokens of a name that carry meaning (no stopwords, no one-letter bits)."""
    return [
        t
        for t in (_fold(m) for m in _TOKEN.findall(name))
        if t not in STOPWORDS and len(t) > 1 and not t.isdigit()
    ]


def features(text: str, names: Sequence[str] | None = None) -> Counter[str]:
    """Count the features of one report's text.

    Args:
        text: The report's text.
        names: Named-entity strings found in it; ``None`` to read names from
            capitalisation instead.

    Returns:
        Feature -> number of occurrences.
    """
    return _counted(_Words.of(text), names)


def name_surfaces(text: str, names: Sequence[str] | None = None) -> Counter[str]:
    """Names as written, for story labels: the caller's names or runs of capitalised words.

    Args:
        text: The report's text.
        names: Named-entity strings found in it, or ``None``.

    Returns:
        Surface form -> number of occurrences.
    """
    if names is not None:
        return Counter(n.strip() for n in names if name_tokens(n))
    return _surfaces(text, _Words.of(text))


def features_and_surfaces(
    text: str, names: Sequence[str] | None = None
) -> tuple[Counter[str], Counter[str]]:
    """``features`` and ``name_surfaces`` of one report, its words read once for both."""
    if names is not None:
        return features(text, names), name_surfaces(text, names)
    words = _Words.of(text)
    return _counted(words, None), _surfaces(text, words)


@dataclass(frozen=True, slots=True)
class _Words:
    """A text's tokens (letters only or digits only), each folded, and the words it
    writes in lower case anywhere (a common word there, even when a headline or a
    sentence start capitalises it)."""

    matches: list[re.Match[str]]
    tokens: list[str]
    folded: list[str]
    lower: set[str]

    @classmethod
    def of(cls, text: str) -> _Words:
        matches = list(_TOKEN.finditer(text))
        tokens = [m.group() for m in matches]
        # Each distinct token folded once: a report repeats most of its words.
        folds = {t: _fold(t) for t in set(tokens)}
        return cls(
            matches=matches,
            tokens=tokens,
            folded=[folds[t] for t in tokens],
            lower={t for t in tokens if t[:1].islower()},
        )


def _counted(words: _Words, names: Sequence[str] | None) -> Counter[str]:
    """The features of a text's words (see ``features``)."""
    found: Counter[str] = Counter()
    given: set[str] = set()
    if names is not None:
        for name in names:
            parts = name_tokens(name)
            given.update(parts)
            found.update(f"n:{p}" for p in parts)
            found.update(f"b:{a}_{b}" for a, b in pairwise(parts))
    lower = words.lower
    previous: str | None = None
    for token, folded in zip(words.tokens, words.folded, strict=True):
        if token.isdigit():
            if len(token) == 4 and _YEAR.fullmatch(token):
                found[f"y:{token}"] += 1
            elif len(token) >= 2:
                found[f"d:{token}"] += 1
            previous = None
            continue
        if folded in STOPWORDS or len(folded) < 3:
            previous = None
            continue
        if names is None and token[:1].isupper() and folded not in lower:
            found[f"n:{folded}"] += 1
            if previous is not None:
                found[f"b:{previous}_{folded}"] += 1
            previous = folded
        elif folded not in given:
            found[f"w:{folded}"] += 1
            previous = None
    return found


def _surfaces(text: str, words: _Words) -> Counter[str]:
    """Runs of capitalised words as written (see ``name_surfaces``)."""
    lower = words.lower
    runs: Counter[str] = Counter()
    run: list[re.Match[str]] = []
    for match, word, folded in zip(
        [*words.matches, None], [*words.tokens, ""], [*words.folded, ""], strict=True
    ):
        is_name = (
            match is not None
            and word[:1].isupper()
            and folded not in lower
            and folded not in STOPWORDS
            and len(folded) >= 3
        )
        # A run ends at a non-name or at anything but a space between two words.
        if run and (not is_name or match is None or text[run[-1].end() : match.start()] != " "):
            runs[text[run[0].start() : run[-1].end()]] += 1
            run = []
        if is_name and match is not None:
            run.append(match)
    return runs


# Reports assumed to stand behind every pile, none of them sharing its terms: in a pile of
# four reports about one fire, "Veran" is in three of them and plain IDF would call it
# common; against this background it stays the rare, telling word it is. In piles of
# hundreds of reports the background barely changes the weights.
BACKGROUND = 40


def weight(feature: str, count: int, df: int, total: int) -> float:
    """TF-IDF weight of a feature: sublinear count, smoothed IDF, times its kind's weight."""
    idf = math.log((1 + total + BACKGROUND) / (1 + df)) + 1.0
    return (1.0 + math.log(count)) * idf * WEIGHTS[feature[0]]


def norm(counts: Mapping[str, int], df: Mapping[str, int], total: int) -> float:
    """Euclidean length of a report's weighted vector."""
    return math.sqrt(sum(weight(f, c, df[f], total) ** 2 for f, c in counts.items()))


def cosine(
    left: Mapping[str, int],
    right: Mapping[str, int],
    df: Mapping[str, int],
    total: int,
    norms: tuple[float, float],
) -> float:
    """Cosine of two reports' weighted vectors, given their lengths."""
    if len(right) < len(left):
        left, right = right, left
    dot = sum(
        weight(f, c, df[f], total) * weight(f, right[f], df[f], total)
        for f, c in left.items()
        if f in right
    )
    scale = norms[0] * norms[1]
    return 0.0 if scale == 0 else dot / scale


def vector(
    counts: Mapping[str, int], df: Mapping[str, int], total: int
) -> tuple[dict[str, float], float]:
    """A report's weighted vector (feature -> weight, in ``counts`` order) and its length.

    The weights and the length are the very values ``weight`` and ``norm`` give, so
    ``weighted_cosine`` of two vectors equals ``cosine`` of their counts.
    """
    weights = {f: weight(f, c, df[f], total) for f, c in counts.items()}
    return weights, math.sqrt(sum(w**2 for w in weights.values()))


def weighted_cosine(
    left: tuple[dict[str, float], float], right: tuple[dict[str, float], float]
) -> float:
    """Cosine of two reports' vectors from ``vector`` (same frequencies for both)."""
    lw, rw = left[0], right[0]
    if len(rw) < len(lw):
        lw, rw = rw, lw
    dot = sum(w * rw[f] for f, w in lw.items() if f in rw)
    scale = left[1] * right[1]
    return 0.0 if scale == 0 else dot / scale


# Kinds of feature that read the same in any language: names in Latin script, name
# pairs, years and other numbers.
CARRY_KINDS = frozenset("nbyd")
# Two reports in different languages are compared on those alone, only when they share at
# least this many names or name pairs (years and numbers alone are shared by unrelated
# reports of one season)...
MIN_SHARED_NAMES = 1
# ...and their cosine is scaled up by this factor (at most 1): what carries across is a
# small part of each report, so the same evidence gives a smaller cosine than within a
# language. Chosen on the development half of MMDS (``evaluate.stories``): factors 1, 1.5,
# 2, 2.5, 3, 4 with 1, 2 or 3 shared names; one name and 2 to 3 form a flat top of
# B-cubed F1 (0.869, 0.868, 0.872), and 2.5 is its middle. Two names, or no factor, gave
# 0.824-0.853.
CROSS_LANGUAGE_SCALE = 2.5


def carried(vec: tuple[dict[str, float], float]) -> tuple[dict[str, float], float]:
    """The part of a report's vector that carries across languages, and its length.

    Only features of ``CARRY_KINDS``, in the vector's order; a report compared with many
    reports in other languages needs this once (``cross_language_cosine`` takes it).
    """
    kept = {f: w for f, w in vec[0].items() if f[0] in CARRY_KINDS}
    return kept, math.sqrt(sum(w * w for w in kept.values()))


def cross_language_cosine(
    left: tuple[dict[str, float], float],
    right: tuple[dict[str, float], float],
    *,
    precomputed: bool = False,
) -> float:
    """Similarity of two reports written in different languages, from what carries across.

    Their words never match, so a plain cosine is diluted by each language's own
    vocabulary; this one is the cosine over names, name pairs, years and numbers
    (``CARRY_KINDS``) only, times ``CROSS_LANGUAGE_SCALE`` (at most 1), and 0 unless they
    share ``MIN_SHARED_NAMES`` names or name pairs. With ``precomputed`` both arguments
    are already ``carried`` vectors (the same result, without filtering them again).
    """
    if not precomputed:
        left, right = carried(left), carried(right)
    lw, rw = left[0], right[0]
    shared = [f for f in lw if f in rw]
    if sum(f[0] in "nb" for f in shared) < MIN_SHARED_NAMES:
        return 0.0
    dot = sum(lw[f] * rw[f] for f in shared)
    scale = left[1] * right[1]
    return 0.0 if scale == 0 else min(1.0, CROSS_LANGUAGE_SCALE * dot / scale)


def top_terms(counts: Iterable[tuple[str, float]], limit: int) -> list[str]:
    """The ``limit`` heaviest words (without kind prefix), heaviest first, ties by spelling."""
    ranked = sorted(counts, key=lambda kv: (-kv[1], kv[0]))
    return [f[2:] for f, _ in ranked[:limit]]
