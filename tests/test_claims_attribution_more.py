"""More of who said it: the reporter's words beside a report, and speakers the reader
missed. Every sentence is invented for these tests."""

from __future__ import annotations

from test_claims_attribution import said


def test_claims_attribution_more_a_semicolon_ends_the_reporters_statement() -> None:
    # The clause before the semicolon is the reporter's; the port speaks only after it.
    text = (
        "Tomas Brandt, a ferry captain who vanished near Lakeside in 2019, was not part of "
        "the exchange of 12 prisoners; the port authority insists it does not know where he is."
    )
    assert said(text, "12 prisoners") == (None, ())
    speaker, _ = said(text, "it does not know where he is")
    assert speaker is not None and "port authority" in speaker.name


def test_claims_attribution_more_a_clause_before_the_speaker_is_still_reported() -> None:
    # With no semicolon and no clause after the verb, the clause before is the speaker's.
    text = "The ferry will carry 300 passengers a day, the port authority insists."
    speaker, _ = said(text, "300 passengers")
    assert speaker is not None and "port authority" in speaker.name


def test_claims_attribution_more_the_main_clause_after_an_as_clause_is_the_reporters() -> None:
    # "As X sought to ..." sets the time; what the rivals did is the reporter's statement.
    # The parser makes "sought" the sentence's root and hangs the main clause inside it.
    text = (
        "Throughout Tuesday, as Reyes's campaign sought to quash concerns about his weak "
        "fundraising and decision to fire campaign manager Ada Brandt, 40 anti-Reyes "
        "delegates seized on glimmers of hope."
    )
    speaker, _ = said(text, "his weak fundraising")
    assert speaker is not None and "Reyes" in speaker.name
    assert said(text, "40 anti-Reyes delegates") == (None, ())


def test_claims_attribution_more_as_the_speaker_said_still_reports_the_main_clause() -> None:
    text = "As the Gazette reported, the port had collected $3 million by Friday."
    speaker, _ = said(text, "$3 million")
    assert speaker is not None and "Gazette" in speaker.name
