"""A poll's standings told over several sentences: the sentences after the one naming the
poll that go on placing people in the race by their shares, with no speaker of their own,
are the poll's too, up to the end of the paragraph. Every sentence is invented for these
tests."""

from __future__ import annotations

from test_claims_attribution import said

RESULTS = (
    "Reyes and Ortiz are tied in the state.\n\n"
    "According to a Gazette poll out Thursday, Reyes and Ortiz each have the support of "
    "27 percent of likely voters. Brandt trails them at 13 percent. Lane comes in at 9 "
    "percent.\n\n"
    "The council meets on Friday, with 12 members."
)


def test_claims_attribution_a_polls_results_run_on_over_its_paragraph() -> None:
    for share in ("27 percent", "13 percent", "9 percent"):
        speaker, _ = said(RESULTS, share)
        assert speaker is not None and speaker.name == "Gazette", share


def test_claims_attribution_a_polls_results_stop_at_the_paragraphs_end() -> None:
    assert said(RESULTS, "12 members") == (None, ())


def test_claims_attribution_a_polls_results_stop_at_a_sentence_without_a_share() -> None:
    text = (
        "A Gazette poll shows Reyes ahead with 40 percent. The race tightened in May. "
        "Brandt won 61 percent in the last election."
    )
    speaker, _ = said(text, "40 percent")
    assert speaker is not None and speaker.name == "Gazette"
    assert said(text, "61 percent") == (None, ())


def test_claims_attribution_a_speaker_of_its_own_ends_a_polls_results() -> None:
    text = (
        "According to a Gazette poll, Reyes has 40 percent. Brandt won 52 percent in "
        "the last race, her aide said."
    )
    speaker, _ = said(text, "52 percent")
    assert speaker is not None and speaker.name == "her aide"


def test_claims_attribution_a_persons_figures_do_not_run_on() -> None:
    # Only a survey's findings are given so; a person's statement is one sentence.
    text = "According to Ada Brandt, Reyes has 40 percent. Ortiz has 12 percent."
    assert said(text, "12 percent") == (None, ())


def test_claims_attribution_a_writers_sum_after_a_poll_is_not_its_standing() -> None:
    # A share or a place as the subject is as often the writer's own sum or comparison.
    text = (
        "According to a Gazette poll, Reyes has 40 percent. Some 22 percent of voters "
        "stayed home in 2012. The valley backed Brandt by 10 points in 2012."
    )
    assert said(text, "22 percent") == (None, ())
    assert said(text, "10 points") == (None, ())


SPILLING = (
    "According to a Gazette poll out Thursday, Reyes and Ortiz each have the support of "
    "27 percent of likely voters. Brandt trails them at 13 percent. Lane comes in at 9 "
    "percent.\n\n"
    "John Dalby and Ann Corran are both tied at 4 percent. Everyone else is at 2 percent "
    "or below."
)


def test_claims_attribution_a_polls_standings_run_on_into_the_next_paragraph() -> None:
    # A run of standings that filled its paragraph goes on while it places people by
    # shares; a tie is a standing, though it reads as a passive.
    speaker, _ = said(SPILLING, "4 percent")
    assert speaker is not None and speaker.name == "Gazette"
    assert said(SPILLING, "2 percent") == (None, ())


def test_claims_attribution_a_single_finding_does_not_run_into_the_next_paragraph() -> None:
    text = (
        "According to a Gazette poll out Thursday, Reyes has the support of 27 percent "
        "of likely voters.\n\nBrandt won 40 percent in the last election."
    )
    assert said(text, "40 percent") == (None, ())
