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


# A transcript set as one quotation over several paragraphs, led in by a line naming the
# document, with no speaker's tag inside.
LED_IN = (
    "The mayor spoke at the depot on Monday.\n\n"
    "Partial transcript as follows:\n\n"
    '"We lost 40 buses in the flood, and the drivers worked through the night.\n\n'
    '"We will buy 12 new buses before the winter."\n\n'
    "The council meets on Friday."
)


def test_claims_attribution_a_document_line_leads_into_the_quotation() -> None:
    # The line before the colon is the quotation's source, as "X said:" would be; the
    # quotation runs on over its next paragraph.
    for figure in ("40 buses", "12 new buses"):
        speaker, _ = said(LED_IN, figure)
        assert speaker is not None and speaker.name == "Partial transcript"
        assert LED_IN[speaker.start : speaker.end] == "Partial transcript"


def test_claims_attribution_a_document_line_ends_with_its_quotation() -> None:
    speaker, _ = said(LED_IN, "Friday")
    assert speaker is None


def test_claims_attribution_tagged_turns_inside_a_led_in_quotation_keep_their_speakers() -> None:
    text = (
        "The mayor spoke at the depot on Monday.\n\n"
        "Partial transcript as follows:\n\n"
        '"HOST: The council wants 40 new buses.\n\n'
        '"REYES: We will buy 12 new buses before the winter."'
    )
    speaker, _ = said(text, "12 new buses")
    assert speaker is not None and speaker.name == "REYES"


def test_claims_attribution_a_line_with_a_verb_or_no_document_leads_into_nothing() -> None:
    # "Watch the video below:" and "Here is what happened:" name no source of the words.
    for lead in ("Watch the video below:", "Here is what happened:"):
        text = f'The mayor spoke on Monday.\n\n{lead}\n\n"We lost 40 buses in the flood."'
        speaker, _ = said(text, "40 buses")
        assert speaker is None


def test_claims_attribution_a_document_line_speaks_for_its_owner() -> None:
    # "Reyes's statement in full:" gives the statement's words to Reyes.
    text = (
        "The port reopened on Monday.\n\n"
        "Tomas Reyes's statement in full:\n\n"
        '"We lost 40 cranes in the storm and will replace them by May."'
    )
    speaker, _ = said(text, "40 cranes")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_read_the_document_below_leads_into_its_quotation() -> None:
    text = (
        "The port reopened on Monday.\n\n"
        "Read the full statement below:\n\n"
        '"We lost 40 cranes in the storm and will replace them by May."'
    )
    speaker, _ = said(text, "40 cranes")
    assert speaker is not None and speaker.name == "the full statement"
