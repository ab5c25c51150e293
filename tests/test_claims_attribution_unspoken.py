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
