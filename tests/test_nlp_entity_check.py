"""The quick test for sentences that can hold an entity the analysis reads."""

from __future__ import annotations

import pytest

from triangulate.nlp.entity_check import may_hold_entity


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks with Tomas Brandt went on late.",
        "the council met the Hawks' owner.",
        "He said the plan was backed by NATO.",
        "she bought it on eBay, he said.",
        "They were seen 3 times near the river.",
        "The vote was held yesterday.",
        "The fire burned for two weeks.",
        "It was the first such case.",
        "May was wetter than anyone expected.",
        "Will spoke to the crowd at length.",
        "The crowd chanted 北京 as the march went on.",
        '"We cannot wait," Ada Varga said.',
    ],
)
def test_a_sentence_that_may_hold_an_entity_is_kept(sentence: str) -> None:
    assert may_hold_entity(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks went on late into the hush.",
        '"We cannot wait," she said.',
        "He said the plan was sound and that the council should back it.",
        "But nobody asked what I thought of it, and I'm still waiting.",
        "the crowd was quiet as the ref walked off the pitch.",
        "However, the plan was dropped without a vote.",
        "",
    ],
)
def test_a_sentence_that_cannot_hold_one_is_dropped(sentence: str) -> None:
    assert not may_hold_entity(sentence)
