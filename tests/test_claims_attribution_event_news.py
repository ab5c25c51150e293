"""Event news: verdicts, records set, acts owned up to and speeches given as transcripts.
Every sentence is invented for these tests."""

from __future__ import annotations

from test_claims_attribution import said


def test_claims_attribution_a_verdict_is_no_judges_statement() -> None:
    # The judge rules on the charges; the counts are the case's, not the judge's words.
    text = (
        "In the one-day trial, Judge Tomas Brandt found Ada Varga guilty of two counts of "
        "murder and one count of attempted murder."
    )
    assert said(text, "two counts") == (None, ())
    assert said(text, "one count") == (None, ())


def test_claims_attribution_a_finding_with_a_clause_still_reports() -> None:
    text = "The Dalby inquiry found that 14 inspectors had missed the cracks."
    speaker, _ = said(text, "14 inspectors")
    # An inquiry speaks as a document: its body named, the document as the role ("the
    # Dalby report found" is Dalby's report).
    assert speaker is not None and (speaker.name, speaker.role) == ("Dalby", "inquiry")


def test_claims_attribution_someone_found_is_no_finding() -> None:
    # Where or how the deputies came upon him is the reporter's account, not their report.
    text = "Deputies found him hiding in a barn in Orvel three hours later."
    assert said(text, "three hours") == (None, ())
    text = "Rescuers found Varga lying under a ledge after six days on the ridge."
    assert said(text, "six days") == (None, ())
    # the dead found are a toll the finders report
    speaker, _ = said("Police found two women dead in a house in Dalby.", "two women")
    assert speaker is not None and speaker.name == "Police"


def test_claims_attribution_a_record_set_is_no_tally() -> None:
    text = (
        "Overall, in five seasons as a head coach, Tallis recorded a mark of 182-158 with "
        "the Hawks and the Owls."
    )
    assert said(text, "182-158") == (None, ())


def test_claims_attribution_a_tally_recorded_still_reports() -> None:
    text = "The Orvel rescue network has recorded 85 collapsed houses in the lower town."
    speaker, _ = said(text, "85 collapsed houses")
    assert speaker is not None and "network" in speaker.name


def test_claims_attribution_an_act_admitted_is_the_admitters() -> None:
    text = (
        "In her statement, Varga admitted setting fire to two warehouses and damaging a "
        "third in Orvel."
    )
    speaker, _ = said(text, "two warehouses")
    assert speaker is not None and speaker.name == "Varga"


_SPEECH = (
    "Mayor Ada Varga held a news conference on Monday to name the new harbor master.\n"
    "Here is the transcript of the announcement.\n"
    "Mayor Ada Varga: Before I introduce our new harbor master, a few words on the port.\n"
    "We are closer to reopening the port than we have ever been.\n"
    "The repairs will cost $40 million over the next three years.\n"
    "We cannot afford 200 ships a month waiting outside Dalby.\n"
    "Tomas Brandt: Thank you, Mayor. We will clear 12 berths by June.\n"
    "We begin tomorrow."
)


def test_claims_attribution_an_announced_transcript_runs_to_the_next_tag() -> None:
    for figure in ("$40 million", "200 ships"):
        speaker, _ = said(_SPEECH, figure)
        assert speaker is not None and speaker.name == "Ada Varga", figure
    speaker, _ = said(_SPEECH, "12 berths")
    assert speaker is not None and speaker.name == "Tomas Brandt"


def test_claims_attribution_a_name_and_colon_without_a_transcript_heads_a_section() -> None:
    # No line announces a transcript: the paragraph after "Name:" is the writer's.
    text = _SPEECH.replace("Here is the transcript of the announcement.", "It rained.")
    assert said(text, "200 ships") == (None, ())


def test_claims_attribution_a_web_outlet_reports_the_sentence_before_it() -> None:
    text = (
        "Reyes was sentenced to life in prison for arson and two counts of assault with a "
        "deadly weapon, OrvelNews.com reports."
    )
    speaker, _ = said(text, "two counts")
    assert speaker is not None and speaker.name == "OrvelNews.com"


def test_claims_attribution_a_web_outlet_split_at_its_dot_still_reports() -> None:
    # A text set with a space after every dot splits the address into two sentences.
    text = (
        "Reyes was sentenced to life in prison for arson and two counts of assault with a "
        "deadly weapon, OrvelNews. com reports."
    )
    speaker, _ = said(text, "two counts")
    assert speaker is not None and speaker.name.startswith("OrvelNews")


def test_claims_attribution_quoted_as_saying_after_the_clause() -> None:
    text = (
        "The Kelvara cable was cut near Dalby on Tuesday, the operator said. Total downtime "
        "was 64 minutes, the operator was quoted as saying in an official statement."
    )
    speaker, _ = said(text, "64 minutes")
    assert speaker is not None and "operator" in speaker.name


def test_claims_attribution_the_company_refers_back_to_a_firm_that_spoke() -> None:
    text = (
        "According to Kelvara Inc., the outage began at 8:30 a.m. on Tuesday.\n"
        '"All links were back up by 9:40 a.m. Total downtime was 64 minutes," the company '
        "said in a statement."
    )
    speaker, _ = said(text, "64 minutes")
    assert speaker is not None and speaker.name == "Kelvara Inc."


def test_claims_attribution_the_company_is_no_earlier_spokesman() -> None:
    text = (
        "Tomas Brandt, a spokesman for the port, said 12 ships were waiting.\n"
        '"Total downtime was 64 minutes," the company said in a statement.'
    )
    speaker, _ = said(text, "64 minutes")
    assert speaker is not None and "Brandt" not in speaker.name


def test_claims_attribution_according_to_leads_into_a_quotation_of_sentences() -> None:
    text = (
        'According to a Kelvara update - "More bandwidth was brought online last night. '
        'That brings us up to 83% of our required capacity."'
    )
    speaker, _ = said(text, "83%")
    assert speaker is not None and "Kelvara" in speaker.name


def test_claims_attribution_a_bare_update_speaks_for_no_one() -> None:
    # Without its issuer named, "the update" is as often software as a notice.
    text = "Kelvara shipped a fix on Tuesday. According to the update, 47 flaws were patched."
    assert said(text, "47 flaws") == (None, ())


def test_claims_attribution_an_events_label_before_a_colon_credits_no_one() -> None:
    text = (
        "Orvel Shooting: Varga Charged With Two Counts Of Murder\n"
        "A worker at the Orvel plant was charged on Friday, police said."
    )
    assert said(text, "Two Counts") == (None, ())


def test_claims_attribution_an_opening_with_phrase_is_the_speakers_grounds() -> None:
    text = (
        "With two deaths at the Kelvara park this weekend, Inspector Tallis said police and "
        "rescuers were pushed to their limits."
    )
    speaker, _ = said(text, "two deaths")
    assert speaker is not None and speaker.name == "Tallis"


def test_claims_attribution_an_opening_with_phrase_setting_the_scene_is_not_said() -> None:
    # Something going on as the speaker spoke is the reporter's scene, not her grounds;
    # the clause after the verb is still hers.
    text = "With 40 people watching, Tomas Reyes said the port would close its 12 piers."
    assert said(text, "40 people") == (None, ())
    speaker, _ = said(text, "12 piers")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_an_opening_with_phrase_before_a_narrative_stays_own() -> None:
    # No verb of saying after it: the reporter's own sentence.
    text = "With two deaths at the Kelvara park this weekend, rescuers were pushed to their limits."
    assert said(text, "two deaths") == (None, ())


def test_claims_attribution_an_opening_description_is_the_speakers() -> None:
    text = (
        "Described as 6 feet tall and weighing about 200 pounds, Reyes warned that Torvald "
        "knows the area well."
    )
    speaker, _ = said(text, "200 pounds")
    assert speaker is not None and speaker.name == "Reyes"


def test_claims_attribution_a_quote_after_a_named_reaction_is_the_persons() -> None:
    text = (
        "The council approved the Orvel wetland plan on Monday.\n"
        "Ada Varga, director of the Orvel Bird Trust, welcomed the decision.\n"
        '"The plan protects 90 species of birds and 1,200 acres of marsh."\n'
        "Work begins in June."
    )
    speaker, _ = said(text, "90 species")
    assert speaker is not None and speaker.name == "Ada Varga"


def test_claims_attribution_a_quote_after_a_narrative_paragraph_names_no_one() -> None:
    # The paragraph before names no person as its subject: the quotation's speaker is
    # not given.
    text = (
        "The council approved the Orvel wetland plan on Monday.\n"
        '"The plan protects 90 species of birds and 1,200 acres of marsh."\n'
        "Work begins in June."
    )
    assert said(text, "90 species") == (None, ())


def test_claims_attribution_a_case_someone_will_argue_is_the_writers() -> None:
    text = (
        "But Reyes will argue that her film was better received, with an 85 percent rating "
        "from critics."
    )
    assert said(text, "85 percent") == (None, ())


def test_claims_attribution_a_case_argued_is_the_speakers() -> None:
    text = "Reyes argued that her film was better received, with an 85 percent rating."
    speaker, _ = said(text, "85 percent")
    assert speaker is not None and speaker.name == "Reyes"


def test_claims_attribution_what_a_notice_says_is_the_notifiers() -> None:
    text = (
        "The league notified Orvel College on Monday of nine alleged rules violations, "
        "including cash gifts."
    )
    speaker, _ = said(text, "nine alleged")
    assert speaker is not None and "league" in speaker.name


def test_claims_attribution_notified_without_what_of_reports_nothing() -> None:
    text = "The league notified 40 colleges on Monday."
    assert said(text, "40 colleges") == (None, ())


def test_claims_attribution_an_autopsy_speaks_for_itself_not_its_subject() -> None:
    # "Brandt's autopsy" is the examiners' finding on Brandt, never Brandt's own word.
    text = "Brandt's autopsy showed he had been shot seven times."
    speaker, _ = said(text, "seven times")
    assert speaker is not None and speaker.name == "Brandt's autopsy"
    speaker, _ = said("The autopsy of Tomas Reyes showed three wounds.", "three wounds")
    assert speaker is not None and "autopsy" in speaker.name
    # a report has an author: its owner speaks by it
    speaker, _ = said("Brandt's report showed that the Hawks lost 12 games.", "12 games")
    assert speaker is not None and speaker.name == "Brandt"


def test_claims_attribution_a_report_inside_dashes_ends_at_the_closing_dash() -> None:
    # The aside reports what the autopsy showed; the sentence after it is the reporter's.
    for dash in ("—", "–", "--"):
        text = (
            f"Tuesday the crowd was calm, but on Wednesday {dash} the same day Brandt's "
            f"autopsy showed he had been shot seven times {dash} part of the 200-strong "
            "crowd turned on the police."
        )
        assert said(text, "200-strong crowd") == (None, ())
        speaker, _ = said(text, "seven times")
        assert speaker is not None and speaker.name == "Brandt's autopsy"
    # an aside closed before the verb leaves its content whole
    text = "The mayor — who arrived on Tuesday — said 40 people had died — more than ever."
    speaker, _ = said(text, "40 people")
    assert speaker is not None and speaker.name == "mayor"
    # a hyphen is no dash, spaced or not ("a magnitude - 6. 1 quake" in text split
    # into words)
    text = (
        "Orvel said it measured magnitude - 5. 9, but the Dalby survey said it was a "
        "magnitude - 6. 1 quake."
    )
    speaker, _ = said(text, "6. 1")
    assert speaker is not None and "Dalby" in speaker.name


def test_claims_attribution_elapsed_time_before_the_subject_never_speaks() -> None:
    # "Twelve hours into ..." says when the speakers spoke; with no comma the parser
    # takes the time for the subject and runs the event into the speaker's noun.
    text = (
        "Twelve hours into the investigation authorities said it remained unclear "
        "whether the two fires in Dalby were related."
    )
    speaker, _ = said(text, "two fires")
    assert speaker is not None and speaker.name == "authorities"
    speaker, _ = said("Hours after the blast officials said 12 people had died.", "12 people")
    assert speaker is not None and speaker.name == "officials"
    # a name after the event's noun stays whole
    speaker, _ = said("Two days after the crash Dalby police said 14 were hurt.", "14")
    assert speaker is not None and speaker.name == "Dalby police"
    # the subject itself is the event's noun, its own words after it: nothing is cut
    text = "Hours after the campaign of Senator Ada Varga said it had raised 2 million dollars."
    speaker, _ = said(text, "2 million dollars")
    assert speaker is not None and speaker.name == "campaign"


def test_claims_attribution_a_legal_form_after_a_comma_ends_the_firms_name() -> None:
    text = "Corran Pictures, LLC plans to release 10 to 12 films annually."
    speaker, _ = said(text, "10 to 12 films")
    assert speaker is not None and speaker.name == "Corran Pictures"


def test_claims_attribution_finding_oneself_is_no_finding() -> None:
    # "finds himself leading" is where the reporter says Tallis ended up.
    text = (
        "Tallis, who was benched after losses to the Hawks and the Owls to start the "
        "season, now finds himself leading the Foxes (9-5) into a crucial game on Sunday."
    )
    assert said(text, "9-5") == (None, ())
    # a finding proper still reports
    speaker, _ = said("The Orvel inquiry found that 14 inspectors had missed it.", "14")
    assert speaker is not None and speaker.name == "Orvel"


def test_claims_attribution_the_reporters_answer_to_a_claim_is_not_the_claim() -> None:
    text = (
        "Prosecutors claimed it was an act, but it was not until 2003, after more than "
        "three decades of faking illness, that Corran admitted in court that he did it."
    )
    assert said(text, "three decades") == (None, ())
    # after a plain verb of saying, the "but" clause may still be what was said
    text = "Officials noted his lawyer offered 3 dates, but Dalby declined all 3."
    speaker, _ = said(text, "3 dates")
    assert speaker is not None and speaker.name == "Officials"


def test_claims_attribution_according_to_at_a_line_end_names_the_last_word() -> None:
    # No full stop after the credit: the parser runs the next line's subject into it.
    text = (
        "Police moved in when a hundred people joined a vigil in Orvel, where Tomas "
        "Brandt was shot 11 times on Saturday, according to KelvaraToday\n"
        "Residents on Twitter reported that police searched buildings nearby.\n"
    )
    speaker, _ = said(text, "11 times")
    assert speaker is not None and speaker.name == "KelvaraToday"
