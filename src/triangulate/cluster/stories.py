"""Sort a pile of reports about many events into stories, incrementally.

How two reports are compared
    Each report becomes weighted features (``features``: names, name pairs, years,
    numbers, words; TF-IDF with names doubled and years tripled). Two reports are
    similar by the cosine of their vectors, plus ``EVENT_BONUS`` when both date one kind
    of event to one week (``events``: a report filed days later that names "the
    shooting" of "last weekend" shares that with the first reports of the shooting), or
    minus it when both date one kind of event only to different weeks (two shootings).

Which pairs are compared
    Never all pairs. An inverted index maps each feature to the reports that have it;
    a new report is compared only with reports that share a feature held by at most
    ``df_cap`` reports. Common words ("police", "killed") fall out of the index as the
    pile grows, rare names and numbers stay in it, so each report meets a bounded number
    of others and the cost grows close to linearly with the pile. MinHash LSH
    (``minhash``) adds the pairs that are near-duplicates of each other.

How stories are cut
    Average-linkage agglomerative clustering over the compared pairs (pairs never compared
    count as similarity 0) with threshold ``STORY_THRESHOLD``, and the cohesion rule of
    ``linkage`` (``COHESION``): two groups of two or more reports stay apart when they are
    alike across at less than ``COHESION`` times the inner similarity of the looser group.
    That keeps apart two events of one kind with the same actors (a boxer's two title
    fights), whose reports share names and vocabulary but each group shares more.
    Near-duplicates get similarity 1, so a copy always joins the story of its original, and
    the cohesion rule counts a report and its copies as one report: two outlets printing one
    wire text are no tight group of their own, and stay in the story of the other reports.

Incremental updates
    ``StoryIndex.add`` compares only the new reports with the index, then re-clusters
    only the part of the pile they touch: the connected component(s), in the graph of
    pairs at or above the threshold, that hold a new report. An average-linkage cluster
    never spans two such components (a mean at or above the threshold needs one pair at
    or above it), so the rest cannot change. Within the touched part, similarities are
    recomputed with the current document frequencies.

    When two batches may differ from one batch: document frequencies (IDF, and which
    features are under ``df_cap``) change as reports arrive. Stories the new reports do not
    touch keep the similarities of the time they were cut, and a feature that passed
    ``df_cap`` later still contributed the pairs it found while it was rare. On a pile
    where no similarity crosses the threshold by that drift, the stories are identical
    (tested); on a live feed the difference shrinks as the pile grows.

Story ids
    ``s-`` followed by the id of the story's earliest report (by publication date, then
    undated reports, ties by id). Reports arriving later join without renaming it; it
    changes only when an earlier report joins or two stories merge.

Thresholds and how they were chosen (ECB+ train topics only)
    Everything below was scored on the 575 train reports (all train topics in one pile),
    as B-cubed F1 against the train sub-topics, with the story threshold picked as the
    quality test does: the value of the grid 0.10, 0.11, ..., 0.20 whose F1 averaged with
    its grid neighbours' is best (F1 jumps by a few points between neighbouring
    thresholds, as whole sub-topics merge or split, and a single peak is luck).

    - Feature weights (``features``): years 5 instead of 3 took train F1 from 0.906 (at
      0.14) to 0.926 (at 0.13); other weights and date features gave nothing on top.
    - ``COHESION``, on the grid 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7 (0 = plain average
      linkage): up to 0.45 it changes nothing (0.926); 0.5 gives 0.939, 0.55 0.935, 0.6
      0.940, 0.7 0.892 (it splits real stories). 0.55 is the best value averaged with its
      neighbours, away from the drop at 0.7. The ratio was taken against the looser of
      the two groups (against the tighter one: best 0.932, at 0.5) and applied only
      between groups of two or more (three or more: the same 0.939 at 0.5).
    - ``STORY_THRESHOLD``: with the cohesion rule F1 is flat from 0.10 to 0.14 (0.935,
      0.934, 0.934, 0.934, 0.933) and falls after 0.15; the pick is 0.10, train F1 0.935.
    - ``DF_CAP`` = 24 gave the same train scores as 40 and 64 with half the compared pairs
      (63k of 165k on train); 12 cost 1.5 points.

    ``tests/quality/test_quality_stories.py`` re-runs the threshold selection on train and
    checks that it picks the pinned value.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from sys import intern
from typing import Any

from triangulate.cluster import events, minhash
from triangulate.cluster import features as feats
from triangulate.cluster.labels import LABEL_NAMES, story_label
from triangulate.cluster.linkage import average_linkage
from triangulate.cluster.minhash import NearDuplicate
from triangulate.model import Document, Story
from triangulate.nlp.language import UNDETERMINED

STORY_THRESHOLD = 0.10
COHESION = 0.55
# Added to the similarity of two reports that date one kind of event to one week.
EVENT_BONUS = 0.05
DF_CAP = 24
STATE_FORMAT = "triangulate/story-index@1"

Pair = tuple[str, str]
_Vector = tuple[dict[str, float], float]  # weights and length, from features.vector


@dataclass(frozen=True, slots=True, kw_only=True)
class _Entry:
    """What the index keeps of one report."""

    id: str
    date: str | None
    counts: dict[str, int]
    names: dict[str, int]
    signature: minhash.Signature
    language: str = UNDETERMINED
    # The event weeks among ``counts`` (``events``): kind and week of an event it dates.
    events: frozenset[str] = frozenset()

    @property
    def key(self) -> tuple[str, str]:
        """Sort key for "earliest": by date, undated last, then id."""
        return (self.date or "~", self.id)


# Languages close enough that their reports share words: compared as one language.
_KIN = ({"ms", "id"},)


def _languages_differ(left: str, right: str) -> bool:
    """Two identified languages that share no vocabulary (undetermined matches any)."""
    if left == right or UNDETERMINED in (left, right):
        return False
    return not any(left in kin and right in kin for kin in _KIN)


def _kind(event: str) -> str:
    """The kind of event of an event-week feature ("e:shooting@2031-W22": "shooting")."""
    return event.partition("@")[0]


def _pair(left: str, right: str) -> Pair:
    """An unordered pair in its one stored order."""
    return (left, right) if left < right else (right, left)


class StoryIndex:
    """Incremental story assignment: add reports, get their story ids; state serialisable.

    Reports are added in batches; each batch is compared only with the reports that share
    a rare feature or an LSH band with it, and only the stories it touches are re-cut.
    ``to_state``/``from_state`` keep the whole index as JSON so a database can store it
    and a later ``add`` continues without redoing the rest. See the module docstring for
    the method and when batches may differ from one pass.

    Args:
        threshold: Mean cosine similarity at which two groups of reports merge.
        duplicate_threshold: Estimated shingle Jaccard at which two reports are
            near-duplicates.
        df_cap: A feature held by more reports than this no longer proposes pairs.
    """

    def __init__(
        self,
        *,
        threshold: float = STORY_THRESHOLD,
        duplicate_threshold: float = minhash.DUPLICATE_THRESHOLD,
        df_cap: int = DF_CAP,
    ) -> None:
        self._threshold = threshold
        self._duplicate_threshold = duplicate_threshold
        self._df_cap = df_cap
        self._entries: dict[str, _Entry] = {}
        self._df: Counter[str] = Counter()
        self._postings: dict[str, list[str]] = defaultdict(list)
        self._buckets: minhash.Buckets = {}
        self._edges: dict[Pair, float] = {}
        # Each report's compared neighbours (a list: a tenth of a set's memory).
        self._adjacent: dict[str, list[str]] = defaultdict(list)
        self._duplicates: dict[Pair, float] = {}
        self._story_of: dict[str, str] = {}
        self._members: dict[str, tuple[str, ...]] = {}
        self._compared = 0

    @property
    def threshold(self) -> float:
        """The story threshold this index cuts at."""
        return self._threshold

    @property
    def compared_pairs(self) -> int:
        """How many report pairs have had their similarity computed, over all adds."""
        return self._compared

    def __len__(self) -> int:
        return len(self._entries)

    def add(
        self,
        documents: Sequence[Document],
        names: Mapping[str, Sequence[str]] | None = None,
    ) -> dict[str, str]:
        """Add reports and put each into an existing story or a new one.

        Args:
            documents: New reports; their ids must be unique and not yet in the index.
            names: Optional doc id -> named-entity strings found in it (NER proposals).
                A report missing from the mapping, or every report when it is ``None``,
                has its names read from capitalisation.

        Returns:
            Doc id -> story id for the reports added. Stories the batch touched may have
            been merged or re-cut: ``assignments`` gives every report's current story.

        Raises:
            ValueError: When an id repeats or is already in the index.
        """
        new = [self._entry(d, None if names is None else names.get(d.id)) for d in documents]
        ids = [e.id for e in new]
        if len(set(ids)) != len(ids):
            raise ValueError("document ids must be unique within a batch")
        known = sorted(set(ids) & set(self._entries))
        if known:
            raise ValueError(f"documents already in the story index: {', '.join(known[:5])}")
        if not new:
            return {}
        for entry in sorted(new, key=lambda e: e.id):
            self._entries[entry.id] = entry
            self._df.update(entry.counts.keys())
            for feature in entry.counts:
                self._postings[feature].append(entry.id)
            minhash.file_in_buckets(self._buckets, entry.id, entry.signature)
        linked = self._link(sorted(ids))
        region = self._reach(ids)
        self._refresh(region, skip=linked)
        self._cut(region)
        return {doc: self._story_of[doc] for doc in ids}

    def assignments(self) -> dict[str, str]:
        """Every report's current story id."""
        return dict(sorted(self._story_of.items()))

    def stories(self) -> tuple[Story, ...]:
        """The stories, earliest first, each with its reports (earliest first) and a label.

        The label names the (up to three) names held by most of the story's reports;
        a story without names is labelled by its heaviest words.
        """
        ordered = sorted(self._members.items(), key=lambda kv: self._entries[kv[1][0]].key)
        return tuple(Story(id=story, label=self._label(docs), docs=docs) for story, docs in ordered)

    def near_duplicates(self) -> tuple[NearDuplicate, ...]:
        """Reports that copy or lightly rewrite an earlier report, one record per copy."""
        return minhash.mark_duplicates(
            self._duplicates, {doc: entry.key for doc, entry in self._entries.items()}
        )

    def with_threshold(self, threshold: float) -> StoryIndex:
        """A copy cut at another story threshold, reusing every computed similarity.

        Args:
            threshold: The new story threshold.

        Returns:
            A new index over the same reports; this one is unchanged.
        """
        copy = StoryIndex(
            threshold=threshold,
            duplicate_threshold=self._duplicate_threshold,
            df_cap=self._df_cap,
        )
        # Entries are frozen and similarities plain floats: shallow copies suffice.
        copy._entries = dict(self._entries)
        copy._df = Counter(self._df)
        copy._postings = defaultdict(list, {f: list(d) for f, d in self._postings.items()})
        copy._buckets = {k: d if isinstance(d, str) else list(d) for k, d in self._buckets.items()}
        copy._edges = dict(self._edges)
        copy._adjacent = defaultdict(list, {d: list(o) for d, o in self._adjacent.items()})
        copy._duplicates = dict(self._duplicates)
        copy._compared = self._compared
        copy._cut(set(copy._entries))
        return copy

    def to_state(self) -> dict[str, Any]:
        """Everything the index holds, as JSON-serialisable data (see ``from_state``)."""
        return {
            "format": STATE_FORMAT,
            "threshold": self._threshold,
            "duplicate_threshold": self._duplicate_threshold,
            "df_cap": self._df_cap,
            "compared": self._compared,
            "docs": [
                {
                    "id": e.id,
                    "date": e.date,
                    "counts": dict(sorted(e.counts.items())),
                    "names": dict(sorted(e.names.items())),
                    "signature": minhash.signature_values(e.signature),
                    "language": e.language,
                }
                for e in sorted(self._entries.values(), key=lambda e: e.id)
            ],
            "edges": [[a, b, v] for (a, b), v in sorted(self._edges.items())],
            "duplicates": [[a, b, v] for (a, b), v in sorted(self._duplicates.items())],
            "stories": [list(docs) for _, docs in sorted(self._members.items())],
        }

    @classmethod
    def from_state(cls, state: Mapping[str, Any]) -> StoryIndex:
        """Rebuild an index from ``to_state`` data; later adds continue from it.

        Args:
            state: Data from ``to_state`` (after a JSON round trip or not).

        Returns:
            The index, with the same stories and similarities as when it was saved.

        Raises:
            ValueError: When the data is not a story index state of this format.
        """
        if state.get("format") != STATE_FORMAT:
            raise ValueError(f"not a story index state (expected format {STATE_FORMAT!r})")
        index = cls(
            threshold=float(state["threshold"]),
            duplicate_threshold=float(state["duplicate_threshold"]),
            df_cap=int(state["df_cap"]),
        )
        index._compared = int(state["compared"])
        for row in state["docs"]:
            entry = _Entry(
                id=str(row["id"]),
                date=row["date"],
                counts={intern(str(k)): int(v) for k, v in row["counts"].items()},
                names={intern(str(k)): int(v) for k, v in row["names"].items()},
                signature=minhash.signature_from_values([int(v) for v in row["signature"]]),
                language=str(row.get("language", UNDETERMINED)),
                events=frozenset(intern(str(k)) for k in row["counts"] if str(k).startswith("e:")),
            )
            index._entries[entry.id] = entry
            index._df.update(entry.counts.keys())
            minhash.file_in_buckets(index._buckets, entry.id, entry.signature)
        # Postings of features already past the cap can never propose a pair again.
        for doc in sorted(index._entries):
            for feature in index._entries[doc].counts:
                if index._df[feature] <= index._df_cap:
                    index._postings[feature].append(doc)
        for left, right, value in state["edges"]:
            index._set_edge(str(left), str(right), float(value))
        for left, right, value in state["duplicates"]:
            index._duplicates[_pair(str(left), str(right))] = float(value)
        for docs in state["stories"]:
            index._name_story(tuple(str(d) for d in docs))
        return index

    # -- internals ------------------------------------------------------------------

    def _entry(self, document: Document, names: Sequence[str] | None) -> _Entry:
        """Read one report's features, label names and MinHash signature."""
        dated = events.event_weeks(document.text, document.published.date)
        counts, surfaces = feats.features_and_surfaces(document.text, names)
        counts += dated
        return _Entry(
            id=document.id,
            date=document.published.date,
            # One string object per feature across the index, not one per report.
            counts={intern(f): n for f, n in counts.items()},
            # The outlet (a credit line's "REUTERS") publishes the story; it is no actor of it.
            names={
                intern(f): n
                for f, n in surfaces.items()
                if f.casefold() != (document.outlet or "").casefold()
            },
            signature=minhash.signature(document.text),
            language=document.language.code if document.language else UNDETERMINED,
            events=frozenset(intern(f) for f in dated),
        )

    def _set_edge(self, left: str, right: str, value: float) -> None:
        """Store a similarity and its adjacency."""
        pair = _pair(left, right)
        if pair not in self._edges:
            self._adjacent[left].append(right)
            self._adjacent[right].append(left)
        self._edges[pair] = value

    def _link(self, new: Sequence[str]) -> set[Pair]:
        """Compare the new reports with every report sharing a rare feature or LSH band.

        Returns:
            The pairs compared (their similarities use the current frequencies).
        """
        pairs: set[Pair] = set()
        for doc in new:
            # Reports sharing several rare features with this one are gathered once each,
            # not once per shared feature.
            others: set[str] = set()
            for feature in self._entries[doc].counts:
                if self._df[feature] > self._df_cap:
                    # Past the cap for good (frequencies only grow): free its postings.
                    self._postings.pop(feature, None)
                    continue
                others.update(self._postings[feature])
            others.discard(doc)
            pairs.update(_pair(doc, other) for other in others)
        signatures = {doc: e.signature for doc, e in self._entries.items()}
        for pair in minhash.candidate_pairs(new, signatures, self._buckets):
            value = minhash.similarity(signatures[pair[0]], signatures[pair[1]])
            if value >= self._duplicate_threshold:
                self._duplicates[pair] = value
                pairs.add(pair)
        self._compared += len(pairs)
        # Frequencies are fixed for the whole pass: weigh each report once.
        vectors: dict[str, _Vector] = {}
        for left, right in sorted(pairs):
            self._set_edge(left, right, self._similarity(left, right, vectors))
        return pairs

    def _similarity(self, left: str, right: str, vectors: dict[str, _Vector]) -> float:
        """Cosine of two reports under current frequencies; 1 for near-duplicates."""
        if _pair(left, right) in self._duplicates:
            return 1.0
        total = len(self._entries)
        for doc in (left, right):
            if doc not in vectors:
                vectors[doc] = feats.vector(self._entries[doc].counts, self._df, total)
        if _languages_differ(self._entries[left].language, self._entries[right].language):
            # The part that carries across languages, once per report (key "\0" + doc).
            for doc in (left, right):
                if "\0" + doc not in vectors:
                    vectors["\0" + doc] = feats.carried(vectors[doc])
            return feats.cross_language_cosine(
                vectors["\0" + left], vectors["\0" + right], precomputed=True
            )
        value = feats.weighted_cosine(vectors[left], vectors[right])
        return max(0.0, value + self._event_bonus(left, right))

    def _event_bonus(self, left: str, right: str) -> float:
        """``EVENT_BONUS`` when two reports date one kind of event to one week; minus it when
        they date one kind of event only to different weeks; else 0.

        A report filed days later names the event by its kind and dates it back ("the man
        who shot dead three people ... on Saturday night"), often in few words of the first
        reports; sharing that date lifts it to their story. Two reports that date a shooting
        to two weeks a week or more apart tell of two shootings, however alike their words.
        """
        mine, theirs = self._entries[left].events, self._entries[right].events
        if not mine or not theirs:
            return 0.0
        if mine & theirs:
            return EVENT_BONUS
        kinds = {_kind(f) for f in mine} & {_kind(f) for f in theirs}
        return -EVENT_BONUS if kinds else 0.0

    def _reach(self, start: Iterable[str]) -> set[str]:
        """Reports connected to ``start`` through pairs at or above the threshold."""
        seen = set(start)
        stack = list(seen)
        while stack:
            doc = stack.pop()
            for other in self._adjacent.get(doc, ()):
                if other not in seen and self._edges[_pair(doc, other)] >= self._threshold:
                    seen.add(other)
                    stack.append(other)
        return seen

    def _refresh(self, region: set[str], skip: set[Pair]) -> None:
        """Recompute the similarities inside a region with the current frequencies.

        Pairs in ``skip`` were just computed with these frequencies and are left as they are.
        """
        vectors: dict[str, _Vector] = {}
        for doc in sorted(region):
            for other in sorted(self._adjacent.get(doc, ())):
                if doc < other and other in region and (doc, other) not in skip:
                    self._edges[(doc, other)] = self._similarity(doc, other, vectors)

    def _cut(self, region: set[str]) -> None:
        """Re-cluster the reports of a region and rename their stories."""
        for story in {self._story_of[d] for d in region if d in self._story_of}:
            del self._members[story]
        edges = {
            (doc, other): self._edges[(doc, other)]
            for doc in region
            for other in self._adjacent.get(doc, ())
            if doc < other and other in region
        }
        copies = [pair for pair in self._duplicates if pair[0] in region and pair[1] in region]
        for cluster in average_linkage(region, edges, self._threshold, COHESION, copies):
            self._name_story(cluster)

    def _name_story(self, docs: tuple[str, ...]) -> None:
        """Record a story under the id of its earliest report."""
        ordered = tuple(sorted(docs, key=lambda d: self._entries[d].key))
        story = f"s-{ordered[0]}"
        self._members[story] = ordered
        for doc in ordered:
            self._story_of[doc] = story

    def _label(self, docs: Sequence[str]) -> str:
        """The story's heading (``labels.story_label``), else its heaviest words."""
        entries = [self._entries[doc] for doc in docs]
        label = story_label([e.names for e in entries], [e.counts for e in entries])
        if label:
            return label
        total = len(self._entries)
        weights: dict[str, float] = defaultdict(float)
        for entry in entries:
            for feature, count in entry.counts.items():
                if feature.startswith("w:"):
                    weights[feature] += feats.weight(feature, count, self._df[feature], total)
        return ", ".join(feats.top_terms(weights.items(), LABEL_NAMES)) or "untitled"


def split_stories(
    documents: Sequence[Document],
    names: Mapping[str, Sequence[str]] | None = None,
    *,
    threshold: float = STORY_THRESHOLD,
) -> tuple[Story, ...]:
    """Sort reports into stories in one pass (a fresh ``StoryIndex`` given every report).

    Args:
        documents: The reports; ids must be unique.
        names: Optional doc id -> named-entity strings found in it (NER proposals);
            without it names are read from capitalisation.
        threshold: Mean cosine similarity at which two groups of reports merge.

    Returns:
        Every report in exactly one story; stories earliest first.

    Raises:
        ValueError: When two documents share an id.
    """
    index = StoryIndex(threshold=threshold)
    index.add(documents, names)
    return index.stories()
