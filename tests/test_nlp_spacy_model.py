"""The spaCy adapter: offsets into the full text, long texts in pieces, one result per doc."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from triangulate.nlp import spacy_model


@given(st.text(max_size=2000), st.integers(min_value=5, max_value=400))
def test_chunks_cover_the_text_exactly(text: str, size: int) -> None:
    original = spacy_model.MAX_CHUNK
    spacy_model.MAX_CHUNK = size
    try:
        pieces = list(spacy_model._chunks(text))
    finally:
        spacy_model.MAX_CHUNK = original
    assert "".join(p for _, p in pieces) == text
    assert all(text[o : o + len(p)] == p for o, p in pieces)
    assert all(len(p) <= size for _, p in pieces)


def test_parse_keeps_offsets_across_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spacy_model, "MAX_CHUNK", 60)
    text = "Mayor Ana Ruiz opened the bridge.\n\n" * 4 + "Later, Ivo Marin visited Split."
    docs = [("a", text), ("empty", ""), ("b", "Paris is quiet.")]
    results = list(spacy_model.parse(docs))
    assert [r.doc for r in results] == ["a", "empty", "b"]
    for mention in results[0].mentions:
        assert text[mention.start : mention.end] == mention.text
    assert "Ivo Marin" in {m.text for m in results[0].mentions}
    assert results[1].mentions == () and results[1].sentences == ()
    assert len(results[0].sentences) == 5


def test_parse_proposes_names_not_numbers() -> None:
    (result,) = spacy_model.parse(
        [("a", "Colonel Ryan Dillon said 400 people left Paris on Monday.")]
    )
    assert {m.label for m in result.mentions} <= spacy_model.NAME_LABELS
    assert "400" not in {m.text for m in result.mentions}
    assert "Ryan Dillon" in {m.text for m in result.mentions}


def test_parse_reads_only_selected_sentences_but_finds_names_everywhere() -> None:
    text = "John Smith opened the new bridge in Dorvale on Friday.\nThe union said 40 workers left."
    (result,) = spacy_model.parse([("a", text)], select=lambda s: "said" in s)
    assert len(result.sentences) == 2
    first = [t for t in result.tokens if t.sent == 0]
    second = [t for t in result.tokens if t.sent == 1]
    # The sentence the test drops is tokenised and its names found, but not parsed.
    assert all(t.dep == "" and t.head == t.i and t.lemma == "" for t in first)
    assert {"John Smith", "Dorvale"} <= {m.text for m in result.mentions}
    # The kept one is parsed as a whole, its heads inside it.
    assert {t.dep for t in second} >= {"nsubj", "ROOT"}
    assert {result.tokens[t.head].sent for t in second} == {1}
    assert any(t.lemma == "say" for t in second)


def test_parse_selected_everything_is_the_full_parse_but_for_sentence_bounds() -> None:
    text = "The union said 40 workers left the Kesrin mill on Monday."
    (full,) = spacy_model.parse([("a", text)])
    (kept,) = spacy_model.parse([("a", text)], select=lambda s: True)
    assert [(t.text, t.dep, t.head, t.lemma) for t in kept.tokens] == [
        (t.text, t.dep, t.head, t.lemma) for t in full.tokens
    ]


def test_parse_keeps_a_whole_line_when_one_of_its_sentences_is_kept() -> None:
    text = "John Smith opened the new bridge on Friday. The union said 40 workers left."
    (result,) = spacy_model.parse([("a", text)], select=lambda s: "said" in s)
    assert all(t.dep for t in result.tokens)  # the line's first sentence is parsed too
