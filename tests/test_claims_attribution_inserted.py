"""A speaker set between a subject and its verb ("Ada Brandt, an aide said, will ask for
..."): what the sentence says of the subject is the inserted speaker's word, not a
position the subject is heard taking. Every sentence is invented for these tests; the
people are made up."""

from __future__ import annotations

import pytest

from test_claims_attribution import said


@pytest.mark.parametrize(
    "text",
    [
        "Ada Brandt, an aide said, will ask for 30 new cranes.",
        "Ada Brandt, an aide said, has promised to buy 30 new cranes.",
        "Ada Brandt, an aide said, believes the port will need 30 new cranes.",
    ],
)
def test_claims_attribution_inserted_speaker_holds_the_clause(text: str) -> None:
    speaker, via = said(text, "30")
    assert speaker is not None and speaker.name == "an aide"
    # The subject is who the aide speaks of, never a relay of the aide's words.
    assert via == ()


def test_claims_attribution_position_without_an_inserted_speaker_stays_the_holders() -> None:
    speaker, _ = said("Ada Brandt has promised to buy 30 new cranes.", "30")
    assert speaker is not None and speaker.name == "Ada Brandt"
