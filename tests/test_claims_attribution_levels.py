"""Who said what at each level of a nested attribution, and whom a later "he" or "she"
goes on about. Every sentence is invented for these tests; the people are made up."""

from __future__ import annotations

from test_claims_attribution import said


def test_claims_attribution_pronoun_passes_over_a_speaker_someone_quotes() -> None:
    # The voters speak only inside Okafor's quotation; the reporter's "he" is Okafor.
    text = (
        "Peter Okafor, a pollster in Lakeside, studied the survey on Monday. "
        "He said, “nothing here changes the 12 years that Tomas Reyes says the town has "
        "been ignored.” "
        "“It will take more than one good month to move 40 percent of them,” he said."
    )
    speaker, _ = said(text, "40 percent")
    assert speaker is not None and speaker.name == "Peter Okafor"


def test_claims_attribution_pronoun_follows_a_speaker_named_after_the_quotation() -> None:
    # A speaker the reporter names after the quotation closes is a referent again.
    text = (
        "Peter Okafor, a pollster in Lakeside, studied the survey on Monday. "
        "He said, “nothing here changes the 12 years that most voters say they feel "
        "ignored.” "
        "Tomas Reyes said on Tuesday that 20 farms had closed. "
        "“It will take more than one good month to move 40 percent of them,” he said."
    )
    speaker, _ = said(text, "40 percent")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_pronoun_passes_over_a_speaker_someone_reports() -> None:
    # Reyes speaks only in what Brandt noted; "he said" goes on about Brandt.
    text = (
        "Tomas Reyes lost the vote in May. "
        "Peter Brandt, who ran the campaign in Lakeside, spoke to reporters on Monday. "
        "He noted that Reyes himself has admitted he will not win. "
        "“What the growers want is 30 new wells,” he said."
    )
    speaker, _ = said(text, "30 new wells")
    assert speaker is not None and speaker.name == "Peter Brandt"


def test_claims_attribution_pronoun_follows_a_speaker_the_reporter_names() -> None:
    # The same speaker named by the reporter, not inside anyone's words, is the referent.
    text = (
        "Peter Brandt ran the campaign in Lakeside. "
        "Tomas Reyes admitted on Monday that he will not win. "
        "“What the growers want is 30 new wells,” he said."
    )
    speaker, _ = said(text, "30 new wells")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_one_member_of_a_party_is_a_he() -> None:
    # "the Ohio Republican" is one person: the "he" after it is the Republican, not the
    # speaker quoted before.
    text = (
        "Tomas Reyes said the port would reopen in May. "
        "In a statement, the Ohio Republican on Tuesday dismissed the plan. "
        "He says the state will need 40 new inspectors."
    )
    speaker, _ = said(text, "40 new inspectors")
    assert speaker is not None and "Republican" in speaker.name


def test_claims_attribution_a_party_set_beside_a_name_describes_that_person() -> None:
    # "Eaton, a Republican who ..." describes Eaton; "he" is Eaton.
    text = (
        "Peter Okafor said the port would reopen in May. "
        "Tomas Eaton, a nominal Republican who voted for both parties, spoke at the fair. "
        "“I have seen 40 mayors come and go,” he said."
    )
    speaker, _ = said(text, "40 mayors")
    assert speaker is not None and speaker.name == "Tomas Eaton"


def test_claims_attribution_quote_ending_on_a_full_stop_goes_on_with_its_speaker() -> None:
    # The quotation closes its sentence, so the name after it starts a new one: the quote
    # is still Brandt's, not Okafor's.
    text = (
        "“That is a problem for the port,” said Ada Brandt, a member of the council. "
        "“I would love to see 40 new cranes, and I think we will.” "
        "Peter Okafor said the mayor called on members to be patient."
    )
    speaker, _ = said(text, "40 new cranes")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_quote_ending_on_a_comma_takes_the_name_after_it() -> None:
    text = (
        "“That is a problem for the port,” said Ada Brandt, a member of the council. "
        "“I would love to see 40 new cranes, and I think we will,” "
        "Peter Okafor said on Monday."
    )
    speaker, _ = said(text, "40 new cranes")
    assert speaker is not None and speaker.name == "Peter Okafor"


def test_claims_attribution_what_polls_show_in_a_persons_words_is_theirs() -> None:
    # "Polls are showing ..." inside Brandt's quotation or reported clause is Brandt's
    # reading of the polls: she is the speaker, the polls no source of their own.
    for text in (
        "“Iowa polls are showing a slip of 12 points for Reyes,” Ada Brandt wrote on Monday.",
        "Ada Brandt, a pollster in Lakeside, said the latest polls show a slip of 12 points "
        "for Reyes.",
    ):
        speaker, via = said(text, "12 points")
        assert speaker is not None and speaker.name == "Ada Brandt"
        assert via == ()


def test_claims_attribution_what_a_body_says_its_records_show_keeps_both_levels() -> None:
    # A body citing its records, and a person reporting another's words, stay two levels:
    # the inner source speaks through the outer one.
    speaker, via = said("The port authority said its records show 40 wells were dry.", "40 wells")
    assert speaker is not None and speaker.name == "its records"
    assert via == ("port authority",)
    speaker, via = said("Ada Brandt said Tomas Reyes told her that 40 wells were dry.", "40 wells")
    assert speaker is not None and speaker.name == "Tomas Reyes"
    assert via == ("Ada Brandt",)


def test_claims_attribution_a_name_is_not_a_shorter_form_of_what_it_owns() -> None:
    # "Reyes's campaign" said something first; a later "Reyes said" is Reyes himself.
    text = (
        "Tomas Reyes's campaign said on Monday that 12 farms had closed. "
        "On Tuesday, Reyes said 40 wells were dry."
    )
    speaker, _ = said(text, "40 wells")
    assert speaker is not None and speaker.name == "Reyes"


def test_claims_attribution_a_shorter_name_still_takes_the_full_name_given_first() -> None:
    text = (
        "Tomas Reyes said on Monday that 12 farms had closed. "
        "On Tuesday, Reyes said 40 wells were dry."
    )
    speaker, _ = said(text, "40 wells")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_speaker_after_added_that_the_parser_took_for_an_object() -> None:
    # "'...,' added another New Hampshire Republican." names the speaker of the
    # quotation, though the parser reads the name as what was added.
    text = (
        "“The port will need 40 new cranes,” said Ada Brandt. "
        "“Look, the farms needed 12 new wells,” added another New Hampshire Republican."
    )
    speaker, _ = said(text, "12 new wells")
    assert speaker is not None and speaker.name == "New Hampshire Republican"


def test_claims_attribution_it_never_refers_to_a_group_of_people() -> None:
    # "it" is one body or document: not the aides, nor the Democrats, quoted before.
    text = (
        "Democratic aides said the panel had met twice. "
        "Democrats were angry on Thursday. "
        "The panel's memo was released on Friday. "
        "“So far, 59 of the 75 witnesses had never been heard,” it stated."
    )
    speaker, _ = said(text, "59 of the 75 witnesses")
    assert speaker is None or speaker.name not in {"Democratic aides", "Democrats"}


def test_claims_attribution_it_refers_to_the_body_that_spoke() -> None:
    text = (
        "The port authority said on Monday that the piers had reopened. "
        "“We have 40 cranes at work,” it said."
    )
    speaker, _ = said(text, "40 cranes")
    assert speaker is not None and speaker.name == "port authority"


def test_claims_attribution_a_verb_inside_a_quotation_is_the_quoted_speakers_words() -> None:
    # Whatever the quoted speaker says someone said or disputed is their own quoted
    # words: the claim is Reyes's, not the lawyers' relayed by him.
    text = (
        "“The council's lawyers say they have worked for 40 days to find a way out,” "
        "Tomas Reyes added."
    )
    speaker, via = said(text, "40 days")
    assert speaker is not None and speaker.name == "Tomas Reyes"
    assert via == ()


def test_claims_attribution_a_verb_inside_a_quotation_after_a_colon_is_the_speakers() -> None:
    # However the quotation is credited ("X wrote: '...'"), whom the quoted speaker says
    # told them something is part of the quoted words: the speaker is the one named
    # outside the quotation, relayed by no one.
    text = (
        "Tomas Reyes wrote: “The council's lawyers told me they have worked for 40 days "
        "to find a way out.”"
    )
    speaker, via = said(text, "40 days")
    assert speaker is not None and speaker.name == "Tomas Reyes"
    assert via == ()


def test_claims_attribution_according_to_inside_a_quotation_keeps_its_source() -> None:
    # "according to X" inside a quotation names where the figure comes from: X, relayed
    # by the quoted speaker.
    text = "“According to the port authority, 40 cranes are idle,” Tomas Reyes said."
    speaker, via = said(text, "40 cranes")
    assert speaker is not None and speaker.name == "port authority"
    assert via == ("Tomas Reyes",)


def test_claims_attribution_what_records_show_according_to_a_body_is_the_bodys() -> None:
    # The body the report credits read the records: it is the speaker, relayed by no one.
    text = (
        "Campaign finance records show the $204,000 that Reyes raised from farmers is the "
        "most of any candidate, according to the Lakeside Ethics Center."
    )
    speaker, via = said(text, "$204,000")
    assert speaker is not None and speaker.name == "Lakeside Ethics Center"
    assert via == ()
