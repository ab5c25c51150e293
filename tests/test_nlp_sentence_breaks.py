"""The sentence around a claim: a stop after an initial or a title before a name ends no
sentence, so a claim's sentence keeps the whole name of who said or did it."""

from __future__ import annotations

import pytest

from triangulate.nlp.sentences import SENTENCE_BREAK
from triangulate.reconcile.statements import sentence_span


def _sentence_of(text: str, phrase: str) -> str:
    at = text.index(phrase)
    start, end = sentence_span(text, at, at + len(phrase))
    return text[start:end]


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # a middle initial
        (
            "The council met on Monday. Tomas R. Brandt said 12 people died in Orvel. Rain fell.",
            "Tomas R. Brandt said 12 people died in Orvel.",
        ),
        # initials written together
        (
            "Floods hit Dalby. The U.S. Coast Guard said 12 people died there. Rain fell.",
            "The U.S. Coast Guard said 12 people died there.",
        ),
        # a title before a name
        (
            "Floods hit Dalby. Dr. Ada Varga said 12 people died there. Rain fell.",
            "Dr. Ada Varga said 12 people died there.",
        ),
        (
            "Floods hit Dalby. Gen. Tomas Reyes said 12 people died there. Rain fell.",
            "Gen. Tomas Reyes said 12 people died there.",
        ),
        # an ordinary stop, a question and a line break still end one
        (
            "Floods hit Dalby. Police said 12 people died there.",
            "Police said 12 people died there.",
        ),
        ("Who saw it? Police said 12 people died there.", "Police said 12 people died there."),
        ("Floods in Dalby\nPolice said 12 people died there", "Police said 12 people died there"),
        # a word ending in a capital is no initial
        ("It was run by NATO. Police said 12 people died.", "Police said 12 people died."),
    ],
)
def test_a_claims_sentence_keeps_initials_and_titles(text: str, sentence: str) -> None:
    assert _sentence_of(text, "12") == sentence


def test_one_rule_cuts_sentences_for_every_reader() -> None:
    text = "Ada C. Tallis died on Monday. Dr. Reyes said so.\nShe was 81."
    assert [m.group() for m in SENTENCE_BREAK.finditer(text)] == [" ", "\n"]
