"""A story stored by an earlier run, taken in its place among the pile's stories: its
entities join the pile as they are, or it is analysed again when an earlier story now names
one of its things otherwise. All names are invented."""

from __future__ import annotations

from test_resolve_pile import entity
from triangulate.resolve.pile import KnownEntity, PileEntities


def _stored(entity_id: str, name: str, *aliases: str) -> KnownEntity:
    return KnownEntity(id=entity_id, name=name, type="GPE", aliases=(name, *aliases))


def test_a_stored_story_the_pile_agrees_with_joins_it_as_it_is() -> None:
    pile = PileEntities()
    pile.link([entity("e-town", "Velmora", "GPE")])
    story = [_stored("e-town", "Velmora", "Velmora town"), _stored("e-river", "Ostrava Rill")]
    assert pile.holds(story)
    pile.add_stored(story)
    assert "e-river" in pile and len(pile) == 2
    # A later story naming the river takes the stored id.
    assert pile.link([entity("e-x", "Ostrava Rill", "GPE", doc="d3")])[0].id == "e-river"


def test_a_stored_story_an_earlier_story_now_names_otherwise_is_not_held() -> None:
    # The story before it now calls the town by another spelling of one key.
    pile = PileEntities()
    pile.link([entity("e-town", "Velmorra", "GPE", "Velmora")])
    assert not pile.holds([_stored("e-town", "Velmora")])


def test_a_stored_story_whose_thing_an_earlier_story_now_holds_is_not_held() -> None:
    # Stored under its own id, but an earlier story now holds the same town.
    pile = PileEntities()
    pile.link([entity("e-first", "Velmora", "GPE")])
    assert not pile.holds([_stored("e-town", "Velmora")])
    # The first story naming it holds it under its own id.
    assert PileEntities().holds([_stored("e-town", "Velmora")])
