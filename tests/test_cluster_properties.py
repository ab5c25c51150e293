"""Properties of story splitting: a partition, independent of input order and batching."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from triangulate.cluster import StoryIndex, split_stories
from triangulate.cluster.features import features, features_and_surfaces, name_surfaces
from triangulate.model import Document, Published

VOCABULARY = [
    "Arden",
    "Bexley",
    "Corvo",
    "Dunmore",
    "Essling",
    "river",
    "flood",
    "vote",
    "bridge",
    "storm",
    "harbour",
    "court",
    "2029",
    "2030",
    "mayor",
    "council",
    "minister",
    "strike",
    "market",
    "fire",
    "140",
    "55",
]

texts = st.lists(st.sampled_from(VOCABULARY), min_size=0, max_size=25).map(" ".join)
piles = st.lists(texts, min_size=0, max_size=12)


def documents(bodies: list[str]) -> list[Document]:
    return [
        Document(
            id=f"d{i:02d}",
            source=f"d{i:02d}",
            title=None,
            outlet=None,
            text=body,
            sha256="",
            published=Published.unknown(),
        )
        for i, body in enumerate(bodies)
    ]


@settings(max_examples=60, deadline=None)
@given(piles)
def test_cluster_every_document_in_exactly_one_story(bodies: list[str]) -> None:
    docs = documents(bodies)
    stories = split_stories(docs)
    placed = [d for s in stories for d in s.docs]
    assert sorted(placed) == sorted(d.id for d in docs)
    assert len({s.id for s in stories}) == len(stories)
    assert all(s.id == f"s-{s.docs[0]}" and s.label for s in stories)


@settings(max_examples=60, deadline=None)
@given(piles, st.randoms(use_true_random=False))
def test_cluster_order_independent(bodies: list[str], rng: object) -> None:
    docs = documents(bodies)
    shuffled = docs[:]
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    assert split_stories(shuffled) == split_stories(docs)


@settings(max_examples=40, deadline=None)
@given(piles, st.integers(min_value=0, max_value=12))
def test_cluster_batches_keep_a_partition(bodies: list[str], cut: int) -> None:
    docs = documents(bodies)
    index = StoryIndex()
    index.add(docs[:cut])
    index.add(docs[cut:])
    assert sorted(index.assignments()) == sorted(d.id for d in docs)
    assert sorted(d for s in index.stories() for d in s.docs) == sorted(d.id for d in docs)


@given(
    st.lists(st.sampled_from([*VOCABULARY, "The", "river’s", "Corvo's", ",", "\n"]), max_size=30)
)
def test_cluster_features_read_once_are_those_read_apart(words: list[str]) -> None:
    # A report's words are read once for its features and its label names: the very
    # counts, in the same order, that reading them apart gives.
    text = " ".join(words)
    counts, surfaces = features_and_surfaces(text)
    assert list(counts.items()) == list(features(text).items())
    assert list(surfaces.items()) == list(name_surfaces(text).items())
