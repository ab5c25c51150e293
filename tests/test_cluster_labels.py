"""Story headings: the event's actors and place as a news index names them."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pytest

from triangulate.cluster.labels import entity_label, is_nationality, story_label
from triangulate.cluster.stories import split_stories
from triangulate.model import Document, Entity, Mention, Published
from triangulate.model.entity import EntityType
from triangulate.resolve.acronyms import mixed_case_capitals, unshout


def _doc(doc_id: str, text: str, outlet: str | None = None) -> Document:
    return Document(
        id=doc_id,
        source=f"{doc_id}.txt",
        title=None,
        outlet=outlet,
        text=text,
        sha256="",
        published=Published.unknown(),
    )


def _label(texts: Sequence[str], outlet: str | None = None) -> str:
    docs = [_doc(f"d{i}", text, outlet) for i, text in enumerate(texts)]
    stories = split_stories(docs)
    assert len(stories) == 1
    return stories[0].label


def test_a_nationality_never_heads_a_story_that_names_its_actors() -> None:
    label = _label(
        [
            "Greek firefighters said Marta Velikou led the rescue in Piraeus on Monday.",
            "Marta Velikou, a Greek volunteer, pulled two sailors from the water in Piraeus.",
            "Greek officials thanked Marta Velikou for the rescue at Piraeus harbour.",
        ]
    )
    assert "Greek" not in label
    assert label.split(", ")[:2] == ["Marta Velikou", "Piraeus"]


def test_a_nationality_heads_a_story_when_nothing_better_is_named() -> None:
    label = _label(
        [
            "Iranian rescuers worked through the night after the tremor.",
            "The tremor shook villages, Iranian rescuers said.",
        ]
    )
    assert label == "Iranian"


def test_a_city_is_named_without_its_country() -> None:
    label = _label(
        [
            "Protesters marched through Athens, and Greece's unions joined Ilias Doukas.",
            "In Athens, Ilias Doukas spoke as Greece braced for the strike.",
            "Greece saw the largest march in Athens since Ilias Doukas called it.",
        ]
    )
    assert "Athens" in label and "Greece" not in label


def test_a_town_the_reports_place_in_its_country_is_named_without_it() -> None:
    label = _label(
        [
            "Rescuers reached Velgrad, Norland after the quake, said Aino Pekk.",
            "The quake hit Velgrad, Norland at dawn; Aino Pekk counted the damage.",
        ]
    )
    # Norland is no CLDR country: written after the town, it still stays.
    assert label.split(", ")[:2] == ["Velgrad", "Aino Pekk"] or "Norland" in label
    label = _label(
        [
            "Rescuers reached Velgrad, Chile after the quake, said Aino Pekk.",
            "The quake hit Velgrad, Chile at dawn; Aino Pekk counted the damage.",
        ]
    )
    assert "Chile" not in label and "Velgrad" in label


def test_a_country_stays_when_no_place_of_the_heading_lies_in_it() -> None:
    label = _label(
        [
            "Chile and Tomas Ferrer signed the water accord on Friday.",
            "Tomas Ferrer said Chile would sign the water accord.",
        ]
    )
    assert label == "Tomas Ferrer, Chile"


def test_weekdays_months_and_common_words_are_not_names() -> None:
    label = _label(
        [
            "However, on Saturday in September Lena Brandt opened the dam at Kessow.",
            "On Saturday Lena Brandt said the dam at Kessow would hold; however, it did not.",
        ]
    )
    assert label == "Lena Brandt, Kessow"


def test_a_dateline_in_capitals_is_spelled_as_a_name_and_the_outlet_is_no_actor() -> None:
    label = _label(
        [
            "ORVIETTA - The mayor Paolo Siro closed the bridge. REUTERS",
            "ORVIETTA - Paolo Siro said the bridge would stay shut. REUTERS",
        ],
        outlet="Reuters",
    )
    assert label == "Paolo Siro, Orvietta"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("greek", True),
        ("iranian", True),
        ("iranians", True),
        ("japanese", True),
        ("syrian", True),
        ("french", True),
        ("greece", False),
        ("iran", False),
        ("indiana", False),
        ("athens", False),
        ("south korea", False),
    ],
)
def test_nationalities_are_told_from_places(word: str, expected: bool) -> None:
    assert is_nationality(word) is expected


def test_a_story_without_names_has_an_empty_heading_from_names() -> None:
    assert story_label([{}], [{"w:river": 2}]) == ""


def _entity(entity_id: str, name: str, kind: EntityType, docs: Sequence[Document]) -> Entity:
    mentions = []
    for doc in docs:
        at = doc.text.find(name)
        while at >= 0:
            mentions.append(
                Mention(doc=doc.id, start=at, end=at + len(name), text=name, label=kind)
            )
            at = doc.text.find(name, at + 1)
    return Entity(id=entity_id, name=name, type=kind, aliases=(), mentions=tuple(mentions))


ANALYSED = (
    "Velmora, Greece - Greek police said Nikos Arvan was held after the fire. Reuters",
    "Greek firefighters in Velmora, Greece put out the blaze; Nikos Arvan was questioned.",
    "Greece sent aid to Velmora, where Greek crews worked through the night.",
)


def test_an_analysed_story_is_headed_by_its_place_and_actor_not_nationality_or_country() -> None:
    docs = [_doc(f"a{i}", text, "Reuters") for i, text in enumerate(ANALYSED)]
    entities = [
        _entity("e1", "Greek", "NORP", docs),
        _entity("e2", "Greece", "GPE", docs),
        _entity("e3", "Velmora", "GPE", docs),
        _entity("e4", "Nikos Arvan", "PERSON", docs),
        _entity("e5", "Reuters", "ORG", docs),
    ]
    assert entity_label(entities, docs) == "Velmora, Nikos Arvan"


def test_an_analysed_story_naming_only_a_nationality_is_headed_by_it() -> None:
    docs = [_doc("n0", "Greek crews worked through the night.")]
    assert entity_label([_entity("e1", "Greek", "NORP", docs)], docs) == "Greek"


def test_two_countries_never_hide_one_another_and_ties_go_to_the_most_named() -> None:
    texts = (
        "The storm hit Puerto Rico, then Puerto Rico lost power; Dominican Republic "
        "crews helped Ines Valo.",
        "Puerto Rico counted damage as the storm neared Dominican Republic, said Ines Valo.",
    )
    docs = [_doc(f"p{i}", text) for i, text in enumerate(texts)]
    entities = [
        _entity("e1", "Dominican Republic", "GPE", docs),
        _entity("e2", "Puerto Rico", "GPE", docs),
        _entity("e3", "Ines Valo", "PERSON", docs),
    ]
    # Puerto Rico is named most often in as many reports: it comes first.
    assert entity_label(entities, docs) == "Puerto Rico, Dominican Republic, Ines Valo"


def test_an_agency_by_its_initials_and_an_untyped_word_do_not_head_a_story() -> None:
    texts = (
        "Windows broke in Kessow, Lena Brandt told Harbour News Service.",
        "Windows broke when the dam at Kessow gave way (HNS), said Lena Brandt.",
    )
    docs = [
        dataclasses.replace(_doc(f"w{i}", text, "The Harbour Herald"), agency="HNS")
        for i, text in enumerate(texts)
    ]
    entities = [
        _entity("e1", "Windows", "OTHER", docs),
        _entity("e2", "Harbour News Service", "ORG", docs),
        _entity("e3", "Kessow", "GPE", docs),
        _entity("e4", "Lena Brandt", "PERSON", docs),
        _entity("e5", "Harbour Herald", "ORG", docs),
    ]
    assert entity_label(entities, docs) == "Kessow, Lena Brandt"


@pytest.mark.parametrize(
    ("shouted", "name"),
    [
        ("US VESTRAL STORM CENTER", "US Vestral Storm Center"),
        ("BANK OF ORVIETTA", "Bank of Orvietta"),
        ("AL-KESSOW", "Al-Kessow"),
        ("O'BRANNAGH", "O'Brannagh"),
        ("U.S. COAST GUARD", "U.S. Coast Guard"),
        ("NHC", "NHC"),
        ("ST ORVIETTA", "St Orvietta"),
        ("UN MISSION IN KESSOW", "UN Mission in Kessow"),
        ("NEW KESSOW", "New Kessow"),
        # a particle before a name, an acronym closing one
        ("DA KESSOW", "Da Kessow"),
        ("KESSOW DA", "Kessow DA"),
    ],
)
def test_unshout_cases_words_and_keeps_acronyms(shouted: str, name: str) -> None:
    assert unshout(shouted) == name


def test_unshout_keeps_the_capitals_the_reports_write_in_mixed_case_text() -> None:
    texts = [
        "ORVIETTA AND IMF AGREE\nThe IMF and Orvietta agreed a loan at HARBOUR BANK today.\n",
        "KESSOW, Norland - Talks went on.\n",
        "The deal carries no warranty of SEAWORTHINESS at all.\n",
    ]
    capitals = mixed_case_capitals(texts)
    assert "IMF" in capitals
    assert not {"ORVIETTA", "HARBOUR", "BANK", "KESSOW", "SEAWORTHINESS"} & capitals
    assert unshout("ORVIETTA & IMF", capitals) == "Orvietta & IMF"
    assert unshout("ORVIETTA & IMF") == "Orvietta & Imf"


def test_mixed_case_capitals_reads_words_that_start_with_a_digit_and_skips_bare_numbers() -> None:
    # "5G" and "G7" are acronyms wherever their letters stand; a bare number is no word,
    # so a line's "2024 NATO" still opens with NATO, which may be a dateline's place.
    capitals = mixed_case_capitals(["The G7 and 5G rules stand.\n2024 NATO talks began.\n"])
    assert {"G7", "5G"} <= capitals
    assert "NATO" not in capitals


def test_a_name_cut_before_its_noun_heads_a_story_only_when_nothing_else_does() -> None:
    texts = (
        "Tarnish Naval ships chased the raiders off Kessow; Lena Brandt said two fled.",
        "The Tarnish Naval patrol caught the raiders near Kessow.",
    )
    docs = [_doc(f"t{i}", text) for i, text in enumerate(texts)]
    entities = [
        _entity("e1", "Tarnish Naval", "ORG", docs),
        _entity("e2", "Kessow", "GPE", docs),
        _entity("e3", "Lena Brandt", "PERSON", docs),
    ]
    assert entity_label(entities, docs) == "Kessow, Lena Brandt"
    assert entity_label(entities[:1], docs) == "Tarnish Naval"
