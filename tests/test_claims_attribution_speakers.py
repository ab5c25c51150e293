"""Who "he" and "she" name: never someone named later in their own clause, and a name set
beside a subject is the subject. Every sentence is invented for these tests."""

from __future__ import annotations

from dataclasses import replace

from test_claims_attribution import _parse, make_doc, said
from triangulate.claims.attribution import attribute, source_of
from triangulate.claims.entity_index import EntityIndex


def test_claims_attribution_pronoun_never_names_who_its_clause_talks_about() -> None:
    # "He insisted Okafor had ..." is said of Okafor, so "he" is the one before.
    text = (
        "Tomas Reyes spoke to farmers in Lakeside on Monday. "
        "Peter Okafor, an inspector, was hired by the council in May. "
        "He insisted Okafor had found 40 broken wells."
    )
    speaker, _ = said(text, "40 broken wells")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_pronoun_names_who_its_clause_only_describes() -> None:
    # A name in a clause that only sets the scene ("the hall where Reyes spoke") does
    # not keep "he" from referring to him.
    text = (
        "Tomas Reyes spoke to farmers in Lakeside on Monday. "
        "He told the crowd at the hall where Reyes spoke in May that 40 wells were dry."
    )
    speaker, _ = said(text, "40 wells")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_pronoun_names_who_a_quotation_after_it_talks_about() -> None:
    # A quotation after the pronoun starts other words; a name after it is not bound.
    text = (
        "Ada Brandt met the growers on Monday. "
        'She said 30 farms had closed, "and Brandt will not let one more close," her aide said.'
    )
    speaker, _ = said(text, "30 farms")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_name_set_beside_the_subject_is_the_referent() -> None:
    # "Reyes's campaign chairman, Peter Okafor, dismissed ..." makes Okafor the subject
    # a later "he" looks back to, not Reyes.
    text = (
        "Tomas Reyes said on Sunday that 12 sites were open. "
        "On Monday, Mr. Reyes's campaign chairman, Peter Okafor, dismissed the criticism. "
        "He attempted to defend Mr. Reyes, arguing that 40 new sites would open."
    )
    speaker, _ = said(text, "40 new sites")
    assert speaker is not None and speaker.name == "Peter Okafor"


def _said_as_body(text: str, figure: str, body: str):  # type: ignore[no-untyped-def]
    """``source_of`` for ``figure`` when the tagger took the name ``body`` for an
    organisation."""
    document = make_doc(text)
    tree, entities = _parse(text)
    entities = tuple(replace(e, type="ORG") if e.name == body else e for e in entities)
    found = attribute(document, tree, EntityIndex(entities, document.id))
    start = text.index(figure)
    return source_of(document, found, start, start + len(figure))


def test_claims_attribution_pronoun_names_a_person_the_tagger_took_for_a_body() -> None:
    # "Peter Okafor" opens with a man's given name: "he" may refer to him whatever the
    # tagger says.
    text = "Peter Okafor toured the valley on Monday. He said that 40 wells had run dry."
    speaker, _ = _said_as_body(text, "40 wells", "Peter Okafor")
    assert speaker is not None and speaker.name == "Peter Okafor"


def test_claims_attribution_she_passes_over_a_man_the_tagger_took_for_a_body() -> None:
    text = (
        "Ada Brandt spoke in Lakeside on Sunday. Peter Okafor toured the valley on Monday. "
        "She said that 40 wells had run dry."
    )
    speaker, _ = _said_as_body(text, "40 wells", "Peter Okafor")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_pronoun_names_the_subject_earlier_in_its_sentence() -> None:
    # The subject of a clause opening the pronoun's own sentence is who it refers to,
    # not the speaker before.
    text = (
        "Ada Brandt said on Sunday that 12 flats were empty. "
        "Though Ms. Okafor has lived in Lakeside for years, 40 families have left her "
        "street, she said."
    )
    speaker, _ = said(text, "40 families")
    assert speaker is not None and speaker.name == "Okafor"


def test_claims_attribution_pronoun_skips_a_subject_in_another_sentence_clause() -> None:
    # Only the pronoun's own sentence: a subordinate subject in an earlier one does not
    # take the place of the speaker.
    text = (
        "Ada Brandt said on Sunday that 12 flats were empty. "
        "Though Ms. Okafor has lived in Lakeside for years, rents have doubled. "
        "She said that 40 families had left."
    )
    speaker, _ = said(text, "40 families")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_it_names_the_document_speaking_before() -> None:
    # A document is an "it": "the memo notes ..., and it says ..." is the memo's.
    text = (
        "The Harbour Council met on Monday. "
        "A leaked memo notes that 40 schools were closed, and it says that 12 clinics "
        "were shut."
    )
    speaker, _ = said(text, "12 clinics")
    assert speaker is not None and speaker.name == "A leaked memo"


def test_claims_attribution_she_never_names_a_document() -> None:
    text = (
        "Ada Brandt met the council on Monday. A leaked memo notes that 40 schools were "
        "closed. She said that 12 clinics were shut."
    )
    speaker, _ = said(text, "12 clinics")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_a_last_name_taken_for_a_body_is_still_the_person() -> None:
    # "Okafor" is the last name of Peter Okafor, named in full before: a person, whom
    # "he" refers to, whatever the tagger says of the short form.
    text = (
        "Peter Okafor runs the tenants' union. Tomas Reyes visited the site on Sunday. "
        "Okafor said on Monday that 12 flats were empty. He added that 40 families had left."
    )
    speaker, _ = _said_as_body(text, "40 families", "Okafor")
    assert speaker is not None and "Okafor" in speaker.name


def test_claims_attribution_it_in_its_fair_to_say_is_no_speaker() -> None:
    # "It's fair to say that ..." in Brandt's words is Brandt's, not the council's.
    text = (
        "The Harbour Council met on Monday. "
        "Ada Brandt said it's fair to say that 40 families were forced out."
    )
    speaker, _ = said(text, "40 families")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_it_saying_something_is_still_a_speaker() -> None:
    text = "The Harbour Council met on Monday. It said that 40 families had left."
    speaker, _ = said(text, "40 families")
    assert speaker is not None and speaker.name == "The Harbour Council"
