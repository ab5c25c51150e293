"""Entity ids across the stories of a pile: one id for one thing, never for two.

All names and sentences are invented for these tests; entities are built by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from triangulate.ingest import ingest
from triangulate.model import Entity, EntityType, Mention, Story
from triangulate.pipeline import StoryAnalysis, analyze_documents
from triangulate.resolve.pile import KnownEntity, PileEntities, link_keys


def entity(
    entity_id: str, name: str, kind: EntityType, *aliases: str, doc: str = "d1", mentions: int = 1
) -> Entity:
    spellings = (name, *aliases)
    found = tuple(
        Mention(doc=doc, start=10 * i, end=10 * i + len(s), text=s, label=kind)
        for i, s in enumerate(spellings * mentions)
    )
    return Entity(
        id=entity_id,
        name=name,
        type=kind,
        aliases=tuple(sorted(set(spellings))),
        mentions=found,
    )


def test_one_thing_named_in_two_stories_gets_one_id_name_and_type() -> None:
    pile = PileEntities()
    first = pile.link([entity("e-a", "Harlow Aviation", "ORG", "Harlow Aviation Ltd")])
    second = pile.link([entity("e-b", "Harlow Aviation Ltd.", "ORG", doc="d2")])
    assert first[0].id == second[0].id == "e-a"
    assert second[0].name == "Harlow Aviation"
    # Each story keeps its own mentions.
    assert {m.doc for m in second[0].mentions} == {"d2"}


def test_spellings_link_across_stories_through_the_spelling_blind_key() -> None:
    pile = PileEntities()
    pile.link([entity("e-a", "Al-Raqqah", "GPE")])
    assert pile.link([entity("e-b", "Raqqa", "GPE", doc="d2")])[0].id == "e-a"


def test_acronym_table_links_acronym_and_full_name_across_stories() -> None:
    pile = PileEntities()
    pile.link([entity("e-a", "Islamic State", "ORG")])
    assert pile.link([entity("e-b", "ISIS", "ORG", doc="d2")])[0].id == "e-a"


def test_a_bare_surname_never_links_two_stories() -> None:
    pile = PileEntities()
    pile.link([entity("e-a", "Mara Okafor", "PERSON", "Okafor")])
    linked = pile.link([entity("e-b", "Okafor", "PERSON", doc="d2")])
    assert linked[0].id == "e-b"
    # The full name does.
    again = pile.link([entity("e-c", "Mara Okafor", "PERSON", doc="d3")])
    assert again[0].id == "e-a"


def test_incompatible_types_stay_apart() -> None:
    pile = PileEntities()
    pile.link([entity("e-a", "Jordan Vell", "PERSON")])
    assert pile.link([entity("e-b", "Jordan Vell", "GPE", doc="d2")])[0].id == "e-b"
    pile.link([entity("e-c", "Korvia", "GPE")])
    assert pile.link([entity("e-d", "Korvian", "NORP", doc="d2")])[0].id == "e-d"


def test_two_entities_of_one_story_never_share_an_id() -> None:
    pile = PileEntities()
    pile.link([entity("e-a", "Tarn Valley Bank", "ORG", "TVB")])
    # A story that kept the bank and its acronym apart: the better-named one takes the id.
    linked = pile.link(
        [
            entity("e-b", "TVB", "ORG", doc="d2"),
            entity("e-c", "Tarn Valley Bank", "ORG", doc="d2", mentions=3),
        ]
    )
    assert linked[1].id == "e-a"
    assert linked[0].id != "e-a"
    assert len({e.id for e in linked}) == 2


def test_ids_are_kept_from_a_pile_seeded_with_stored_entities() -> None:
    stored = KnownEntity(id="e-old", name="Harlow Aviation", type="ORG", aliases=("Harlow",))
    pile = PileEntities.from_known([stored])
    assert "e-old" in pile and len(pile) == 1
    assert pile.link([entity("e-new", "Harlow Aviation", "ORG", doc="d9")])[0].id == "e-old"


def test_link_keys_skip_short_and_one_word_person_names() -> None:
    assert link_keys("Li", "PERSON", ()) == frozenset()
    assert link_keys("Okafor", "PERSON", ()) == frozenset()
    assert link_keys("Mara Okafor", "PERSON", ())
    assert link_keys("TVB", "PERSON", ()) == frozenset()
    assert any(k.startswith("acronym:") for k in link_keys("TVB", "ORG", ()))


STORY_ONE = (
    "Harlow Aviation recalls jets\n"
    "Harlow Aviation said on Monday it would recall 40 jets after a fault was found in "
    "their fuel pumps. The company, based in Tarnmouth, said no one had been hurt.\n"
)
STORY_TWO = (
    "Floods cut off villages in the Brennan hills\n"
    "Heavy rain swept the Brennan hills over the weekend, cutting off a dozen villages "
    "and washing away two bridges near Kelloway, the regional council said on Sunday.\n"
    "Rescue teams reached Kelloway by boat. Supplies were flown in on a cargo plane "
    "lent by Harlow Aviation, the council added.\n"
)


@pytest.fixture(scope="module")
def two_stories(tmp_path_factory: pytest.TempPathFactory) -> list[StoryAnalysis]:
    folder: Path = tmp_path_factory.mktemp("pile")
    (folder / "one.txt").write_text(STORY_ONE, encoding="utf-8")
    (folder / "two.txt").write_text(STORY_TWO, encoding="utf-8")
    docs = ingest([str(folder)]).documents
    stories = [Story(id=f"s{i}", label="", docs=(d.id,)) for i, d in enumerate(docs)]
    return list(analyze_documents(docs, stories=stories))


def test_analyze_gives_one_id_to_a_name_in_two_stories(two_stories: list[StoryAnalysis]) -> None:
    found = [
        (part.story.id, e) for part in two_stories for e in part.entities if "Harlow" in e.name
    ]
    assert [story for story, _ in found] == ["s0", "s1"]
    assert len({e.id for _, e in found}) == 1
    # Each story's record holds that story's mentions only.
    for part in two_stories:
        docs = set(part.story.docs)
        assert all(m.doc in docs for e in part.entities for m in e.mentions)
    # A name only one story has keeps an id of its own.
    only = {e.id for part in two_stories for e in part.entities if e.name == "Kelloway"}
    assert len(only) == 1


def test_two_names_an_earlier_story_tied_together_become_one_entity_of_a_later_story() -> None:
    pile = PileEntities()
    pile.link([entity("e-a", "Harlow", "ORG", "Harlow Computer")])
    # A later story kept the bare name and the full name apart (it had no evidence):
    # both reach the pile entity by a name, so they are one entity there too.
    linked = pile.link(
        [
            entity("e-b", "Harlow Computer", "ORG", doc="d2"),
            entity("e-c", "Keld Vane", "PERSON", doc="d2"),
            entity("e-d", "Harlow", "ORG", doc="d2", mentions=3),
        ]
    )
    assert [e.id for e in linked] == ["e-a", "e-c"]
    assert linked[0].aliases == ("Harlow", "Harlow Computer")
    assert len(linked[0].mentions) == 4
