"""Reports set one sentence to a line: a quotation runs over several lines with no mark at
each line's start, and a speaker's clause before a colon leads into a quotation on the next
line. Every sentence is invented for these tests; the people and bodies are made up."""

from __future__ import annotations

from test_claims_attribution import said
from triangulate.claims.attribution.text import quote_spans

RUN_ON = (
    'The depot manager said, "They poured in here, maybe 40 or 50 of them.\n'
    "They pulled the tills off the counters.\n"
    "Several of them hit me, at least three.\n"
    'It was chaos. "\n'
    "The depot reopened on Friday with 12 staff."
)


def test_claims_attribution_a_quotation_runs_on_over_unmarked_lines_to_its_close() -> None:
    spans = list(quote_spans(RUN_ON))
    assert len(spans) == 1
    _, inner, end, _ = spans[0]
    assert RUN_ON[inner:end].startswith("They poured in")
    assert RUN_ON[inner:end].rstrip().endswith("It was chaos.")


def test_claims_attribution_every_line_of_a_run_on_quotation_is_its_speakers() -> None:
    for figure in ("40 or 50", "at least three"):
        speaker, _ = said(RUN_ON, figure)
        assert speaker is not None and speaker.name == "depot manager"


def test_claims_attribution_the_line_after_a_run_on_quotation_is_the_writers() -> None:
    speaker, _ = said(RUN_ON, "12 staff")
    assert speaker is None


def test_claims_attribution_a_run_on_quotation_closed_before_its_speaker() -> None:
    text = (
        '"The cable failed at dawn.\n'
        "All links were back by noon.\n"
        'Total downtime was 2 hours, " the operator said in a statement.'
    )
    speaker, _ = said(text, "2 hours")
    assert speaker is not None and speaker.name == "operator"


def test_claims_attribution_a_quotation_left_open_ends_at_its_line_before_another() -> None:
    # The first quotation is never closed: the lines after it are not the mayor's, and
    # the next line opening a quotation of its own is no close of the first.
    text = (
        'The mayor said, "We will rebuild.\n'
        "Crews cleared 40 roads on Monday.\n"
        '"We are proud of them," a resident said.'
    )
    spans = list(quote_spans(text))
    assert text[spans[0][1] : spans[0][2]] == "We will rebuild."
    speaker, _ = said(text, "40")
    assert speaker is None or speaker.name != "mayor"


def test_claims_attribution_a_clause_before_a_colon_is_the_speakers_own() -> None:
    text = (
        "Fire chief Ann Moody says the driver waited outside for nine minutes before "
        "coming back:\n"
        "“She drove through the gate.\n"
        "She reached the loading bay, where she met at least four of the workers.”"
    )
    for figure in ("nine minutes", "at least four"):
        speaker, _ = said(text, figure)
        assert speaker is not None and speaker.name == "Ann Moody"


def test_claims_attribution_adjuncts_before_a_colon_are_still_no_content() -> None:
    text = "As Ann Moody said last week in Lakeside: “The depot lost 30 trucks.”"
    speaker, _ = said(text, "30")
    assert speaker is not None and speaker.name == "Ann Moody"


def test_claims_attribution_a_run_on_quotation_closed_on_a_full_stop_before_she_said() -> None:
    # The quotation closes on a full stop, yet "she said" goes on in lower case: the
    # speaker is the woman the pronoun refers to, never the survey reported before.
    text = (
        "A survey published by the Harbour Courier on Monday said 61 percent of residents "
        "backed the plan.\n"
        "``We lost two boats last winter.\n"
        "We cannot wait another year. '' said Mara Lindqvist, who runs a ferry office.\n"
        "``The council should act now.\n"
        "Without it, we would have 14 empty berths by spring. '' she said.\n"
        "The council meets on Thursday."
    )
    for figure in ("two boats", "14 empty berths"):
        speaker, _ = said(text, figure)
        assert speaker is not None and speaker.name == "Mara Lindqvist"
    speaker, _ = said(text, "61 percent")
    assert speaker is not None and "survey" in speaker.name


def test_claims_attribution_a_quotation_closed_on_a_full_stop_before_a_new_sentence() -> None:
    # A capital after the close opens a new sentence: its speaker says something else.
    text = (
        'The ferry operator said, "We carried 300 passengers." Mara Lindqvist said the '
        "office would close early."
    )
    speaker, _ = said(text, "300")
    assert speaker is not None and speaker.name == "ferry operator"


# A speech over several paragraphs, each opening with a mark and only the last closing:
# in text set one sentence to a line, the unmarked lines between are still the speech.
PARAGRAPHS = (
    "Ada Varga said: ``The hall will be rebuilt.\n"
    "About 40 volunteers have signed up.\n"
    "``We will open again in spring. ''\n"
    "The hall was built in 1950."
)


def test_claims_attribution_a_line_before_the_speechs_next_paragraph_is_still_quoted() -> None:
    speaker, _ = said(PARAGRAPHS, "40")
    assert speaker is not None and speaker.name == "Ada Varga"
    assert said(PARAGRAPHS, "1950")[0] is None


def test_claims_attribution_a_close_typed_the_wrong_way_at_a_lines_end_closes() -> None:
    text = (
        "``It was a long night, '' Reyes said.\n"
        "``The water rose fast.\n"
        "We moved 30 families out.\n"
        "Nobody was hurt. ``\n"
        "The river fell by 2 metres on Sunday."
    )
    speaker, _ = said(text, "30")
    assert speaker is not None and speaker.name == "Reyes"
    assert said(text, "2 metres")[0] is None


def test_claims_attribution_two_apostrophes_close_a_straight_quotation() -> None:
    text = (
        "\"We ran for the exits, '' Tomas Brandt told the Orvel Courier.\n"
        "\"There were 12 of us on the stairs. ''\n"
        "\"This is a sad day for all 300 of our staff, '' the company said."
    )
    speaker, _ = said(text, "12")
    assert speaker is not None and speaker.name == "Tomas Brandt"
    speaker, _ = said(text, "300")
    assert speaker is not None and speaker.name == "company"


def test_claims_attribution_a_quotation_left_open_at_the_end_runs_to_it() -> None:
    text = (
        "Reyes said the storm was the worst in years.\n"
        '"We lost 4 boats in one night...\n'
        "and 2 of our crew are still missing."
    )
    speaker, _ = said(text, "2 of")
    assert speaker is not None and speaker.name == "Reyes"
