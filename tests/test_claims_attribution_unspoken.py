"""Figures and statements inside an attribution that the reader left with no speaker: a
survey named on the nouns of its clause ("took 6 percent of the vote in a Gazette
poll"). Every sentence is invented for these tests."""

from __future__ import annotations

from test_claims_attribution import said


def test_claims_attribution_survey_on_the_object_credits_the_figure() -> None:
    text = "The former mayor took just 6 percent of the vote in a Gazette poll released Sunday."
    speaker, _ = said(text, "6 percent")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_survey_in_the_subject_credits_the_clause() -> None:
    text = "The mayor's approval rating in the latest Gazette poll stands at a robust 53%."
    speaker, _ = said(text, "53%")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_respondents_said_in_a_survey() -> None:
    text = (
        "Sixty-seven percent of residents said they had a poor view of the mayor in a "
        "Gazette poll this month."
    )
    speaker, _ = said(text, "Sixty-seven percent")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_bare_poll_on_a_noun_credits_nothing() -> None:
    # "at 5% in the poll": on a noun, a survey not named as one particular survey only
    # says where the figure stands.
    text = "Brandt and Reyes tied for fifth at 5% in the poll, while no one else passed 3%."
    assert said(text, "5%") == (None, ())


def test_claims_attribution_respondents_in_a_survey_are_not_their_own_finding() -> None:
    # The people asked, named with the survey, are who speaks, not what they said.
    text = "Just 13% of registered voters in the Gazette survey approved of the plan."
    assert said(text, "13% of registered voters") == (None, ())


def test_claims_attribution_belittling_takes_a_position() -> None:
    text = "Ada Brandt belittled the issue of the $1 million in loans, calling it an error."
    speaker, _ = said(text, "$1 million")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_hailing_takes_a_position() -> None:
    text = "Tomas Reyes hailed the record 71 months of job growth in the city."
    speaker, _ = said(text, "71 months")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_a_person_attacking_takes_a_position() -> None:
    text = "Tomas Reyes attacked Ada Brandt for cutting 40 bus lines."
    speaker, _ = said(text, "40 bus lines")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_fighters_attacking_say_nothing() -> None:
    # A body or a crowd that attacks fights; it takes no position.
    text = "Rebels attacked the town of 5,000 people on Tuesday."
    assert said(text, "5,000 people") == (None, ())


def test_claims_attribution_put_somewhere_values_nothing() -> None:
    assert said("The storm put 300 homes under water on Tuesday.", "300 homes") == (None, ())


def test_claims_attribution_agreeing_on_something_takes_a_position() -> None:
    text = "The council agrees only on its opposition to the 40 new bus lines."
    speaker, _ = said(text, "40 new bus lines")
    assert speaker is not None and "council" in speaker.name


def test_claims_attribution_agreeing_as_a_plain_fact_says_nothing() -> None:
    # With nothing after it, "agreed" states no position.
    text = "Ada Brandt met 40 residents on Tuesday and they agreed."
    assert said(text, "40 residents") == (None, ())


def test_claims_attribution_agreeing_with_something_takes_a_position() -> None:
    text = "Tomas Reyes agrees with the plan to cut 40 bus lines."
    speaker, _ = said(text, "40 bus lines")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_agreeing_to_a_deal_states_no_position() -> None:
    text = "Tomas Reyes finally agreed to a 10-month moratorium on new permits."
    assert said(text, "10-month moratorium") == (None, ())


def test_claims_attribution_a_list_gives_a_value_as_a_number() -> None:
    text = "The census office lists the population of the town that year as 21,090."
    speaker, _ = said(text, "21,090")
    assert speaker is not None and "census office" in speaker.name


def test_claims_attribution_a_list_gives_a_value_with_a_number() -> None:
    text = "The Harbour Gazette lists the two brothers with just under $40 billion each."
    speaker, _ = said(text, "$40 billion")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_listing_without_a_value_reports_nothing() -> None:
    text = "The coach listed 12 players as injured on Friday."
    assert said(text, "12 players") == (None, ())


def test_claims_attribution_a_poll_has_someone_at_a_value() -> None:
    text = "In Lakeside, a Gazette survey released Friday had him at 4 percent in the field."
    speaker, _ = said(text, "4 percent")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_a_poll_has_someone_leading() -> None:
    text = "The Gazette poll has Reyes leading Brandt by just six points in the race."
    speaker, _ = said(text, "six points")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_what_a_report_has_is_no_finding() -> None:
    assert said("The Gazette report has 40 pages of tables.", "40 pages") == (None, ())


def test_claims_attribution_what_a_report_has_detailing_is_no_finding() -> None:
    text = "The Gazette report has 40 pages detailing the costs of the port."
    assert said(text, "40 pages") == (None, ())


def test_claims_attribution_a_count_gives_someone_a_number() -> None:
    text = "The latest Gazette count gives her 1,280 pledged delegates so far."
    speaker, _ = said(text, "1,280 pledged delegates")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_a_poll_giving_someone_a_number() -> None:
    text = "Reyes trails in Lakeside, with a Gazette poll giving Brandt a whopping 30-point lead."
    speaker, _ = said(text, "30-point lead")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_giving_no_one_a_number_finds_nothing() -> None:
    text = "The Gazette report gave the figures in a table of 12 columns."
    assert said(text, "12 columns") == (None, ())


def test_claims_attribution_a_poll_showing_is_what_shows() -> None:
    text = (
        "Reyes, in the wake of a new Gazette poll showing her support down to 14 percent, "
        "told reporters she would stay in the race."
    )
    speaker, _ = said(text, "14 percent")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_a_poll_released_showing_stays_the_releasers() -> None:
    text = "Tomas Reyes released a poll showing that his support stood at 40 percent."
    speaker, _ = said(text, "40 percent")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_seeing_something_as_something_is_a_view() -> None:
    text = "Democrats see Reyes as the agent of a 40-point decline in the polls."
    speaker, _ = said(text, "40-point decline")
    assert speaker is not None and speaker.name == "Democrats"


def test_claims_attribution_what_was_seen_is_no_view() -> None:
    assert said("Lakeside saw 40 homicides last year.", "40 homicides") == (None, ())
    text = "Witnesses saw the soldiers fire on 40 protesters."
    assert said(text, "40 protesters") == (None, ())


def test_claims_attribution_an_if_question_is_the_askers() -> None:
    text = (
        "Asked by Tomas Reyes if he believed the toll was as high as the 40 deaths in "
        "Lakeside, Brandt said that he did not."
    )
    speaker, _ = said(text, "40 deaths")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_an_if_question_of_a_host() -> None:
    text = (
        "When asked by a host if the strikes led to the 12 deaths in Lakeside, Brandt said, "
        '"I have not heard that."'
    )
    speaker, _ = said(text, "12 deaths")
    assert speaker is not None and speaker.name == "a host"


def test_claims_attribution_an_if_question_of_no_one_named_is_no_ones() -> None:
    text = "Asked if the toll had reached 40 deaths, Brandt said it had not."
    assert said(text, "40 deaths") == (None, ())


def test_claims_attribution_an_average_of_surveys_gives_the_figure() -> None:
    text = "Reyes leads Brandt by roughly 9 points, 42%-33%, in the Gazette average of polls."
    speaker, _ = said(text, "9 points")
    assert speaker is not None and "Gazette" in speaker.name


BLOCK = (
    "The port has had a hard year.\n\n"
    "According to Ada Brandt, writing for the Harbour Gazette:\n\n"
    "The port lost 40 ships last year. That is in addition to 12 ferries sold in May.\n\n"
    "The mayor said 30 ships would return."
)


def test_claims_attribution_according_to_a_line_with_a_colon_credits_the_block() -> None:
    speaker, _ = said(BLOCK, "12 ferries")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_according_to_block_ends_with_its_paragraph() -> None:
    speaker, _ = said(BLOCK, "30 ships")
    assert speaker is not None and speaker.name != "Ada Brandt"


def test_claims_attribution_a_colon_spells_out_the_reported_clause() -> None:
    text = "Tomas Reyes said the plan had one flaw: it would cost $40 million."
    speaker, _ = said(text, "$40 million")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_a_colon_spells_out_a_finding() -> None:
    text = (
        "A Gazette report noted that more residents back the port than oppose it: 70 "
        "percent want it rebuilt."
    )
    speaker, _ = said(text, "70 percent")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_a_colon_after_a_position_is_the_writers() -> None:
    text = "The airport does offer a marketing perk: the 757 can often be seen on the runway."
    assert said(text, "757") == (None, ())


def test_claims_attribution_as_reported_between_an_opening_and_its_clause() -> None:
    text = "In May, as the Harbour Gazette reported, the council cut 40 bus lines."
    speaker, _ = said(text, "40 bus lines")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_as_reported_relays_a_talk_in_its_clause() -> None:
    text = (
        "Just a few weeks ago, as the Gazette reported, Reyes and Brandt were discussing a "
        "plan to cut 40 bus lines."
    )
    _, via = said(text, "40 bus lines")
    assert via == ("Gazette",)


def test_claims_attribution_a_gloss_after_a_dash_is_the_writers() -> None:
    # "..., according to X - half a point of output": a phrase with no verb set off by a
    # dash after the credited source is the writer's reckoning; the clause before is X's.
    text = (
        "The mayor's plan would raise only $1.1 billion over the next decade, according to "
        "the Lakeside Budget Center - half a percentage point of the city's output."
    )
    assert said(text, "half a percentage point") == (None, ())
    speaker, _ = said(text, "$1.1 billion")
    assert speaker is not None and "Lakeside Budget Center" in speaker.name


def test_claims_attribution_survey_after_a_verb_carrying_on_its_clause() -> None:
    # A verb without a subject of its own carries on its clause: the survey named in it
    # gives its figure.
    text = (
        "Brandt rose from 40 percent in July to 42 percent before slipping back to "
        "39 percent in Monday's Kelvara poll."
    )
    speaker, _ = said(text, "39 percent")
    assert speaker is not None and "Kelvara" in speaker.name


def test_claims_attribution_survey_in_a_relative_clause_credits_nothing_beyond() -> None:
    text = "Brandt, who fell to 39 percent in Monday's Kelvara poll, said 200 jobs would go."
    speaker, _ = said(text, "200 jobs")
    assert speaker is not None and speaker.name == "Brandt"


def test_claims_attribution_estimate_puts_a_value_near_a_number() -> None:
    speaker, _ = said("Kelvara estimates put the toll near 60.", "60")
    assert speaker is not None and "Kelvara" in speaker.name
    speaker, _ = said("Subsequent estimates put the figure closer to 54,000 pages.", "54,000")
    assert speaker is not None and speaker.name == "Subsequent estimates"


def test_claims_attribution_value_after_an_article_and_a_qualifier() -> None:
    text = "Orvel Pollster puts Varga's approval at a solid 50 percent, the highest since May."
    speaker, _ = said(text, "50 percent")
    assert speaker is not None and speaker.name == "Orvel Pollster"


def test_claims_attribution_placing_near_things_is_no_value() -> None:
    # "near" also says where a thing is: things counted there are no value put on it.
    assert said("The rebels placed bombs near 3 schools in the north.", "3 schools") == (
        None,
        (),
    )
