"""Properties: keys never raise; resolve never raises, keeps offsets, ignores input order."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from triangulate.model import Document, Mention, Published
from triangulate.resolve import resolve
from triangulate.resolve.arabic import arabic_skeleton
from triangulate.resolve.names import name_key

LABELS = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "X"]
# Text built from name-like pieces so mentions often look like real names.
PIECES = st.sampled_from(
    [
        "Al-Raqqah",
        "Raqa",
        "the “Islamic State",
        "ISIS",
        "(SDF)",
        "Syrian Democratic Forces",
        "Dillon",
        "Ryan Dillon",
        "الرقة",
        "Raqqa24",
        " city",
        " province",
        ", ",
        ". ",
        "\n",
        "acronym for ",
        "'s",
    ]
)


@st.composite
def stories(draw: st.DrawFn) -> tuple[list[Document], list[Mention]]:
    documents: list[Document] = []
    mentions: list[Mention] = []
    for number in range(draw(st.integers(1, 3))):
        text = "".join(draw(st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=12)))
        doc_id = f"d{number}"
        documents.append(
            Document(
                id=doc_id,
                source=doc_id,
                title=None,
                outlet=None,
                text=text,
                sha256="",
                published=Published.unknown(),
            )
        )
        for _ in range(draw(st.integers(0, 8))):
            if not text:
                break
            start = draw(st.integers(0, len(text) - 1))
            end = draw(st.integers(start + 1, len(text)))
            mentions.append(
                Mention(
                    doc=doc_id,
                    start=start,
                    end=end,
                    text=text[start:end],
                    label=draw(st.sampled_from(LABELS)),
                )
            )
    return documents, mentions


@given(st.text())
def test_resolve_name_key_never_raises(text: str) -> None:
    key = name_key(text)
    assert isinstance(key.joined, str)
    assert isinstance(name_key(text, person=True).skeleton, str)
    assert isinstance(arabic_skeleton(text), str)


@settings(max_examples=150, deadline=None)
@given(stories(), st.randoms(use_true_random=False))
def test_resolve_offsets_hold_and_order_does_not_matter(
    story: tuple[list[Document], list[Mention]], rng: random.Random
) -> None:
    documents, mentions = story
    entities = resolve(documents, mentions)
    texts = {d.id: d.text for d in documents}
    for entity in entities:
        assert entity.mentions
        assert entity.type in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "OTHER"}
        assert "“" not in entity.name and not entity.name.lower().startswith("the ")
        for mention in entity.mentions:
            assert texts[mention.doc][mention.start : mention.end] == mention.text
    shuffled = list(mentions)
    rng.shuffle(shuffled)
    shuffled_docs = list(documents)
    rng.shuffle(shuffled_docs)
    assert resolve(shuffled_docs, shuffled) == entities


@settings(max_examples=50, deadline=None)
@given(stories())
def test_resolve_does_not_change_its_inputs(story: tuple[list[Document], list[Mention]]) -> None:
    documents, mentions = story
    before = (list(documents), list(mentions))
    resolve(documents, mentions)
    assert (documents, mentions) == before
