"""``resolve`` with proper-noun candidates: they join entities, never make their own.

All sentences are invented for these tests.
"""

from __future__ import annotations

from test_resolve_resolve import doc
from triangulate.model import Document, Mention
from triangulate.resolve import resolve


def tag(document: Document, *spans: tuple[str, str]) -> list[Mention]:
    """A mention at the last occurrence of each surface (tests keep them unique)."""
    out: list[Mention] = []
    for surface, label in spans:
        start = document.text.rindex(surface)
        out.append(
            Mention(
                doc=document.id, start=start, end=start + len(surface), text=surface, label=label
            )
        )
    return out


def test_candidate_joins_an_entity_by_surname_and_junk_is_dropped() -> None:
    a = doc("a", "Mara Velden spoke on Monday. Language was a problem, Velden said.")
    entities = resolve(
        [a],
        tag(a, ("Mara Velden", "PERSON")),
        candidates=tag(a, ("Language", "PROPN"), ("Velden", "PROPN")),
    )
    assert [e.name for e in entities] == ["Mara Velden"]
    assert {m.text for m in entities[0].mentions} == {"Mara Velden", "Velden"}


def test_candidates_alone_make_no_entity() -> None:
    a = doc("a", "Orvane Harbour was quiet. Orvane Harbour reopened.")
    entities = resolve([a], [], candidates=tag(a, ("Orvane Harbour", "PROPN")))
    assert entities == ()


def test_one_word_name_links_to_the_one_longer_name_ending_in_it() -> None:
    a = doc("a", "The INS Kestrava sailed. Later Kestrava docked.")
    entities = resolve([a], tag(a, ("INS Kestrava", "ORG"), ("Kestrava", "PRODUCT")))
    assert len(entities) == 1


def test_headline_span_is_cut_to_a_known_name() -> None:
    a = doc("a", "Board To Name Tova Ressler Chair\n\nTova Ressler will lead the board.")
    mentions = tag(a, ("Board To Name Tova Ressler", "ORG"), ("Tova Ressler", "PERSON"))
    entities = resolve([a], mentions)
    assert [e.name for e in entities] == ["Tova Ressler"]
    assert len(entities[0].mentions) == 2
