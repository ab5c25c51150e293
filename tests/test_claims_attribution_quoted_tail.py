"""After a quotation and its speaker, an unquoted clause the writer joins with ", and"
is the writer's own: the speaker's words are the quoted ones. Unquoted reported words
before the speaker still run on into such a clause. Every sentence is invented for these
tests; the people and bodies are made up."""

from __future__ import annotations

import pytest

from test_claims_attribution import said


@pytest.mark.parametrize(
    "text",
    [
        '"The squad made no progress," the source said, and the owner expected more from '
        "a club that had paid $82 million for a forward.",
        "``The squad made no progress,'' the source said, and the owner expected more from "
        "a club that had paid $82 million for a forward.",
        "“The squad made no progress,” the source said, but the owner expected more from a "
        "club that had paid $82 million for a forward.",
    ],
)
def test_claims_attribution_the_writers_clause_after_a_quotation_is_no_speakers(
    text: str,
) -> None:
    speaker, _ = said(text, "$82 million")
    assert speaker is None


def test_claims_attribution_the_quotation_before_the_tail_keeps_its_speaker() -> None:
    text = (
        '"We lost 14 games in a row," the source said, and the owner expected more from '
        "a club that had paid $82 million for a forward."
    )
    speaker, _ = said(text, "14 games")
    assert speaker is not None and speaker.name.endswith("source")


def test_claims_attribution_unquoted_words_still_run_on_after_the_speaker() -> None:
    text = "The port reopened on Monday, a spokeswoman said, and it has handled 40 ships since."
    speaker, _ = said(text, "40 ships")
    assert speaker is not None and speaker.name.endswith("spokeswoman")
