"""A sentence ending on a colon that names a document by its maker ("Below is a statement
by X:"), or whose subject is "he" or "she" for a speaker read before ("She then listed
...:"), leads into the quotation after it, and a line of a dash and a name right under a
quotation ("- Ada Brandt.") signs it: the quotation is that person's words. Every
sentence is invented for these tests; the people and bodies are made up."""

from __future__ import annotations

from test_claims_attribution import said

LEAD = (
    "The trust met on Monday.\n"
    "Below is a statement by Ada Brandt, director of the Orvel Water Trust:\n"
    '"Several late changes have cut the survey budget.\n'
    "The message from some 400 engineers is clear: the dam needs work.\n"
    '"We will keep pressing for 12 new gauges."\n'
    "The dam holds 40 million cubic meters."
)


def test_claims_attribution_a_statement_by_a_named_maker_leads_into_its_quotation() -> None:
    for figure in ("400 engineers", "12 new gauges"):
        speaker, _ = said(LEAD, figure)
        assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_the_line_after_a_led_quotation_is_the_writers() -> None:
    speaker, _ = said(LEAD, "40 million")
    assert speaker is None


def test_claims_attribution_a_document_owned_by_its_maker_leads_into_its_quotation() -> None:
    text = 'Here is the full text of the mayor\'s letter:\n"We counted 45 flooded homes."'
    speaker, _ = said(text, "45")
    assert speaker is not None and speaker.name == "mayor"


def test_claims_attribution_a_statement_from_a_maker_in_the_same_paragraph() -> None:
    text = (
        "The council met on Monday. Below is a statement from Tomas Reyes, the mayor: "
        '"We counted 45 flooded homes on Dalby Street."'
    )
    speaker, _ = said(text, "45")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_a_document_with_no_maker_named_credits_no_one() -> None:
    for lead in ("Below is a statement:", "Varga left early. Here is his statement:"):
        speaker, _ = said(f'{lead}\n"We counted 45 flooded homes."', "45")
        assert speaker is None


def test_claims_attribution_a_pronoun_before_a_colon_leads_into_the_quotation() -> None:
    text = (
        '"I back the bill," Ada Brandt wrote on Monday.\n'
        "She then listed three traits of a good nominee:\n"
        '"Has the candidate served 12 years in office?"'
    )
    speaker, _ = said(text, "12 years")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_a_pronoun_of_the_other_sex_leads_no_one_in() -> None:
    text = (
        '"I back the bill," Ada Brandt wrote on Monday.\n'
        "He then listed three traits of a good nominee:\n"
        '"Has the candidate served 12 years in office?"'
    )
    speaker, _ = said(text, "12 years")
    assert speaker is None


SIGNED = (
    "The debate between Tomas Reyes and Ada Brandt drew many claims.\n\n"
    '"Almost all new income is going to the top 1 percent."\n\n'
    "- Tomas Reyes.\n\n"
    "The figure is out of date."
)


def test_claims_attribution_a_dash_and_a_name_under_a_quotation_sign_it() -> None:
    speaker, _ = said(SIGNED, "1 percent")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_a_dash_before_no_name_signs_nothing() -> None:
    for line in ("- Two people were hurt.", "- Orvel.", "The figure is out of date."):
        text = SIGNED.replace("- Tomas Reyes.", line)
        speaker, _ = said(text, "1 percent")
        assert speaker is None
