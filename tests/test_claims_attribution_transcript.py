"""A transcript gives each turn to the speaker named in capitals before a colon ("REYES:
We will ..."): what follows the tag is that speaker's, however the tagger read the
capitals. Capitals that label the writer's own text ("UPDATE:") name no one. Every
sentence is invented for these tests."""

from __future__ import annotations

from test_claims_attribution import said

TRANSCRIPT = (
    "The debate ran late on Tuesday.\n\n"
    "HOST: The council wants 40 new berths at the port.\n\n"
    "REYES: We will build 40 new berths by next spring.\n\n"
    "HOST: And the cost?\n\n"
    "REYES: About $12 million, which the port can pay."
)


def test_claims_attribution_a_transcript_turn_is_its_tagged_speakers() -> None:
    # The tagger reads the first "REYES" as a common noun: the tag still names him.
    speaker, _ = said(TRANSCRIPT, "40 new berths by")
    assert speaker is not None and speaker.name == "REYES"


def test_claims_attribution_each_turn_keeps_its_own_speaker() -> None:
    speaker, _ = said(TRANSCRIPT, "40 new berths at")
    assert speaker is not None and speaker.name == "HOST"
    speaker, _ = said(TRANSCRIPT, "$12 million")
    assert speaker is not None and speaker.name == "REYES"


def test_claims_attribution_the_writers_lead_before_a_transcript_is_the_writers() -> None:
    text = "About 300 people came to the debate on Tuesday.\n\n" + TRANSCRIPT.split("\n\n", 1)[1]
    assert said(text, "300 people") == (None, ())


def test_claims_attribution_editorial_labels_in_capitals_name_no_one() -> None:
    text = (
        "UPDATE: The council approved 40 new berths on Tuesday.\n\n"
        "UPDATE: The port now expects the first ships in May."
    )
    assert said(text, "40 new berths") == (None, ())
