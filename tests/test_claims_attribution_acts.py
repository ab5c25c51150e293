"""Acts of speech read beyond the common verbs of saying: a request made with "call on",
"press" or "push", a verb the lemmatiser slips on, a quotation after a person's colon,
and a title line the parser hung on the verb of saying below it. Every sentence is
invented for these tests."""

from __future__ import annotations

from test_claims_attribution import said


def test_claims_attribution_called_on_with_a_particle_is_a_request() -> None:
    text = (
        "Senator Ada Brandt also has called on Tomas Reyes to join her in backing "
        "a $40 million fund for the port."
    )
    speaker, _ = said(text, "$40 million")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_called_off_is_no_request() -> None:
    text = "The Kelvara council called off a vote on the $40 million fund for the port."
    assert said(text, "$40 million") == (None, ())


def test_claims_attribution_lambasted_is_a_position() -> None:
    text = "Tomas Reyes lambasted the $12 billion port deal negotiated by Governor Varga."
    speaker, _ = said(text, "$12 billion")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_a_title_hung_on_the_saying_below_is_its_own() -> None:
    # The parser hangs the title line on "said" in the paragraph below: the vow is
    # Reyes's own, not part of what Brandt said.
    text = (
        "Reyes vows to hire 400 workers at the port\n\n"
        "Ada Brandt said on Monday that the plan would fail.\n"
    )
    speaker, _ = said(text, "400 workers")
    assert speaker is not None and speaker.name == "Reyes"


def test_claims_attribution_pressing_someone_to_act_is_a_request() -> None:
    text = "Tomas Reyes pressed the Kelvara council to approve a $40 million fund for the port."
    speaker, _ = said(text, "$40 million")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_pushing_for_something_is_a_request() -> None:
    text = "Governor Ada Varga is pushing for a $15 minimum wage across the state."
    speaker, _ = said(text, "$15")
    assert speaker is not None and speaker.name == "Ada Varga"


def test_claims_attribution_pushing_things_requests_nothing() -> None:
    for text, figure in (
        ("The storm pushed the toll to 40 on Monday.", "40"),
        ("Ada Varga pushed the cart for 40 yards.", "40 yards"),
        ("Tomas Reyes pressed the button to open 12 gates.", "12 gates"),
        ("Firefighters pushed to contain the blaze before it reached 12 homes.", "12 homes"),
    ):
        assert said(text, figure) == (None, ()), text


def test_claims_attribution_a_quotation_after_a_persons_colon_is_theirs() -> None:
    text = (
        "Ada Brandt has since apologized for the delay: \u201cYes, I should have hired "
        "40 more nurses, and I did not.\u201d"
    )
    speaker, _ = said(text, "40 more nurses")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_a_quotation_opening_the_paragraph_after_the_colon() -> None:
    text = (
        "Ada Brandt apologized to the families on Monday:\n\n"
        "\u201cYes, I should have hired 40 more nurses.\u201d"
    )
    speaker, _ = said(text, "40 more nurses")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_a_colon_after_a_quotation_closing_the_paragraph_before() -> None:
    # The parser may run the quotation closing one paragraph into the sentence of the
    # next: the colon's sentence starts at its own paragraph.
    text = (
        "Ada Brandt runs the Lakeside port.\n\n"
        "\u201cWe did what we could,\u201d Brandt said. \u201cIt was not enough.\u201d\n\n"
        "Tomas Reyes, the Lakeside mayor, tweeted in response: \u201cImportant point: "
        "the port lost 40 cranes; our workers kept 12.\u201d"
    )
    speaker, _ = said(text, "40 cranes")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_a_colon_after_a_last_name_named_in_full_before() -> None:
    # The tagger may not take a lone last name for a person; the report named him in full.
    text = (
        "Tomas Reyes, the mayor, saw it differently. Reyes was blunt: "
        "\u201cThe port kept 12 of its berths open.\u201d"
    )
    speaker, _ = said(text, "12 of its berths")
    assert speaker is not None and speaker.name.endswith("Reyes")


def test_claims_attribution_a_colon_after_a_quoted_title_names_no_one() -> None:
    # A digest line: a quoted title and its author before the colon, the article after.
    text = (
        'THEATER BEAT\u2014"Tomas Reyes is leaving \u2018Kelvara,\u2019" by Ada Brandt: '
        '"Tomas Reyes, the star of Kelvara, is leaving the musical after 40 shows."'
    )
    assert said(text, "40 shows") == (None, ())


def test_claims_attribution_a_colon_after_no_person_names_no_one() -> None:
    assert said("Police found 40 rounds in the car: \u201cIt was a mess.\u201d", "40 rounds") == (
        None,
        (),
    )
