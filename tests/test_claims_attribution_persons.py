"""Who "he" and "she" after a quotation are: a person whose name the tagger takes for a
body's, though the sentence sets it beside a word for a person or after a title, and
never a body. Every sentence is invented for these tests; the people and bodies are made
up."""

from __future__ import annotations

from dataclasses import replace

from test_claims_attribution import _parse, make_doc, said
from triangulate.claims.attribution import attribute, source_of
from triangulate.claims.entity_index import EntityIndex


def _said_with_bodies(text: str, figure: str, bodies: set[str]):  # type: ignore[no-untyped-def]
    """``source_of`` for ``figure`` with the names in ``bodies`` typed as bodies, as the
    tagger sometimes takes an unfamiliar person's name."""
    document = make_doc(text)
    tree, entities = _parse(text)
    typed = tuple(replace(e, type="ORG") if e.name in bodies else e for e in entities)
    found = attribute(document, tree, EntityIndex(typed, document.id))
    start = text.index(figure)
    return source_of(document, found, start, start + len(figure))


def test_claims_attribution_he_is_the_person_set_beside_a_word_for_a_person() -> None:
    # "He" goes on about the professor just introduced, though the tagger read the name
    # as a body's, not about the harbour master quoted before.
    text = (
        'The harbour master, Mr. Tobias Renner, said: "We lost 12 moorings."\n'
        "A geology professor, Ilkka Varjomaa, walked the shore on Tuesday.\n"
        '"At least 40 metres of the sea wall are gone," he said.'
    )
    speaker, _ = _said_with_bodies(text, "40 metres", {"Ilkka Varjomaa"})
    assert speaker is not None and speaker.name == "Ilkka Varjomaa"


def test_claims_attribution_he_is_the_person_a_title_names() -> None:
    text = (
        'The harbour master, Mr. Tobias Renner, said: "We lost 12 moorings."\n'
        "Professor Varjomaa toured the sea wall on Tuesday.\n"
        '"It needs 9 months of work," he said.'
    )
    speaker, _ = _said_with_bodies(text, "9 months", {"Varjomaa"})
    assert speaker is not None and speaker.name == "Varjomaa"


def test_claims_attribution_he_is_never_a_body_beside_no_word_for_a_person() -> None:
    # A body named in the sentence before is no "he": the harbour master goes on.
    text = (
        'The harbour master, Mr. Tobias Renner, said: "We lost 12 moorings."\n'
        "The Lakeside Port Authority closed the quay on Tuesday.\n"
        '"It needs 9 months of work," he said.'
    )
    speaker, _ = said(text, "9 months")
    assert speaker is not None and speaker.name == "Tobias Renner"
