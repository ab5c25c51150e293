"""A verb of pressing right after a quoted question reports the question ("'Who paid the
fee?' Tallis pressed."), as "asked" does; after anything else it keeps its own sense.
Every sentence is invented for these tests; the people are made up."""

from __future__ import annotations

import pytest

from test_claims_attribution import said


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Who paid the $40 million fee?" Tallis pressed.', "Tallis"),
        ('"Who paid the $40 million fee?" Tallis pushed.', "Tallis"),
        ('"Who paid the $40 million fee?" pressed Tallis.', "Tallis"),
        ('"Who paid the $40 million fee?" Ada Brandt pressed on Tuesday.', "Ada Brandt"),
    ],
)
def test_claims_attribution_a_pressed_question_is_the_pressers(text: str, name: str) -> None:
    speaker, _ = said(text, "$40 million")
    assert speaker is not None
    assert speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        # A button pressed, a crowd moving on: no one is asking.
        '"Who paid the $40 million fee?" Tallis pressed the button.',
        '"Who paid the $40 million fee?" The crowd pushed forward.',
    ],
)
def test_claims_attribution_pressing_something_after_a_question_reports_nothing(
    text: str,
) -> None:
    speaker, _ = said(text, "$40 million")
    assert speaker is None
