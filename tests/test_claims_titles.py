"""Names a tagger reads as places that a report writes as a work's title or a degree
(invented wording)."""

from __future__ import annotations

import pytest

from test_claims_figures import _document
from test_reconcile_helpers import doc, entity_in
from triangulate.claims.entity_index import EntityIndex
from triangulate.claims.figures import FigureSpan, read_figures
from triangulate.claims.titles import is_degree, names_a_work
from triangulate.model import Entity
from triangulate.nlp.spacy_model import parse
from triangulate.nlp.tokens import Tree
from triangulate.reconcile.places import read_places


def _at(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name", "work"),
    [
        ("The film Orvel Nights took $40 million.", "Orvel Nights", True),
        ("Critics loved the movie 'Orvel' last year.", "Orvel", True),
        ("Fans of the Orvel franchise queued for hours.", "Orvel", True),
        ('The studio could pull an "Orvel" - style switch.', "Orvel", True),
        ("the ‘ Orvel ’ films", "Orvel", True),
        ("Orvel's box office beat every forecast.", "Orvel", True),
        # Places stay places.
        ("Three people died in Orvel on Monday.", "Orvel", False),
        ("Orvel's mayor said the roads were shut.", "Orvel", False),
        ("Figures show Orvel grew fast.", "Orvel", False),
        ("Studios in Dalby make films about the sea.", "Dalby", False),
    ],
)
def test_titles_a_name_written_as_a_works_title(text: str, name: str, work: bool) -> None:
    assert names_a_work(text, *_at(text, name)) is work


@pytest.mark.parametrize(
    ("text", "degree", "person", "title"),
    [
        ("Tomas Brandt, MD, said the clinic was full.", "MD", "Tomas Brandt", True),
        ("Ada Varga, PhD, led the study.", "PhD", "Ada Varga", True),
        ("Ada Varga, MD, PhD, led the study.", "PhD", "Ada Varga", True),
        ("Tomas Brandt, Jr. scored 16 points.", "Jr", "Tomas Brandt", True),
        # After a town the initials are its state's.
        ("In Dalby, MD, Ada Varga opened a clinic.", "MD", "Ada Varga", False),
    ],
)
def test_titles_initials_after_a_persons_name_are_a_degree(
    text: str, degree: str, person: str, title: bool
) -> None:
    start = text.rindex(degree)
    ends = {text.index(person) + len(person)}
    assert is_degree(text, start, start + len(degree), ends) is title


def _read(text: str, entities: tuple[Entity, ...]) -> tuple[FigureSpan, ...]:
    parsed = next(parse([("t", text)]))
    return read_figures(_document(text), Tree(parsed.tokens), EntityIndex(entities, "t"))


def _figure(text: str, phrase: str, entities: tuple[Entity, ...]) -> FigureSpan:
    (found,) = [f for f in _read(text, entities) if text[f.start : f.end].startswith(phrase)]
    return found


def test_titles_a_work_is_never_the_place_of_a_figure() -> None:
    text = (
        "Fans of the Orvel franchise queued for hours.\n"
        "The new film has taken $300 million, more than Orvel did."
    )
    orvel = entity_in("Orvel", ("t", text))
    assert _figure(text, "$300 million", (orvel,)).place is None
    # The same name told as a town is the figure's place.
    town = "Floods in Orvel destroyed 300 homes."
    assert _figure(town, "300 homes", (entity_in("Orvel", ("t", town)),)).place == orvel.id


def test_titles_a_degree_is_never_the_place_of_a_figure() -> None:
    text = "Tomas Brandt, MD, said 40 patients were treated."
    brandt = entity_in("Tomas Brandt", ("t", text), kind="PERSON")
    state = entity_in("MD", ("t", text))
    assert _figure(text, "40 patients", (brandt, state)).place is None


def test_titles_a_work_and_a_degree_hold_no_place_and_lie_in_none() -> None:
    text = (
        "Fans of the Orvel franchise queued in Kelvara. Orvel, Kelvara's biggest hit, "
        "took $40 million. Tomas Brandt, MD, Kelvara's film critic, agreed."
    )
    orvel, kelvara = entity_in("Orvel", ("t", text)), entity_in("Kelvara", ("t", text))
    state = entity_in("MD", ("t", text))
    brandt = entity_in("Tomas Brandt", ("t", text), kind="PERSON")
    places = read_places([doc("t", text, "Wire")], [orvel, kelvara, state, brandt])
    assert orvel.id not in places.inside
    assert state.id not in places.inside
    assert not places.overlapping(orvel.id)
    # Without its title the name is read as the town it seems ("Orvel, Kelvara").
    plain = "Crowds queued in Kelvara. Orvel, Kelvara's biggest town, was spared."
    orvel, kelvara = entity_in("Orvel", ("p", plain)), entity_in("Kelvara", ("p", plain))
    assert kelvara.id in read_places([doc("p", plain, "Wire")], [orvel, kelvara]).inside[orvel.id]


def test_titles_since_with_a_clause_in_the_present_gives_a_reason_not_a_time() -> None:
    text = (
        "Brandt will earn five percent of the grosses, a big number since "
        '"Orvel" has already taken $459 million around the globe.'
    )
    assert _figure(text, "$459 million", ()).figure.scope is None
    told = "At least 40 people have been evacuated since the landslide."
    assert _figure(told, "At least 40", ()).figure.scope == "since the landslide"


def test_titles_a_country_named_as_a_title_stays_the_country_elsewhere() -> None:
    text = "Critics praised the drama 'Greece' on Friday.\nFloods in Greece destroyed 300 homes."
    greece = entity_in("Greece", ("t", text))
    assert _figure(text, "300 homes", (greece,)).place == greece.id
    # In the story's nesting too: only the mention written as a title is the work's.
    orvel = entity_in("Orvel", ("t", text + " Orvel, Greece, was spared."))
    places = read_places(
        [doc("t", text + " Orvel, Greece, was spared.", "Wire")],
        [orvel, entity_in("Greece", ("t", text + " Orvel, Greece, was spared."))],
    )
    assert greece.id in places.inside[orvel.id]
