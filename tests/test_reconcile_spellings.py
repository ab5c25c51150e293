"""One group's name spelt two ways across a story's reports is one group (invented reports)."""

from __future__ import annotations

import dataclasses

from test_reconcile_helpers import doc, figure_claim, topic
from triangulate.model import Entity
from triangulate.reconcile.spellings import one_letter_apart, one_spelling
from triangulate.reconcile.topics import relation


def test_spellings_one_letter_apart_in_a_long_name_is_a_slip() -> None:
    assert one_letter_apart("kelvaran", "kelvaren")  # a letter written for another
    assert one_letter_apart("tallis", "talis")  # one left out
    assert one_letter_apart("dalby", "dalbey")  # one added


def test_spellings_short_names_or_two_letters_apart_are_other_names() -> None:
    assert not one_letter_apart("iran", "iraq")  # four letters: another country
    assert not one_letter_apart("jon", "joan")  # three letters: another person
    assert not one_letter_apart("austria", "australia")  # two letters apart
    assert not one_letter_apart("orvel", "orvel")  # one name


def _pirates(doc_id: str, text: str, phrase: str, value: float = 26):
    report = doc(doc_id, text, f"{doc_id} Wire")
    return figure_claim(report, phrase, low=value, high=value, qualifiers=())


def _entity(name: str, kind: str) -> Entity:
    return Entity(id=f"e-{name.lower()}", name=name, type=kind, aliases=(name,), mentions=())  # type: ignore[arg-type]


def test_spellings_a_misspelt_group_is_read_as_the_pile_spells_it() -> None:
    # Two reports count 26 Kelvaran pirates; a third writes "Kelvaren": one group, as the
    # pile spells it. Told apart before, one quantity after.
    base = topic(state="captured", population="pirate")
    a = _pirates("a", "The navy captured 26 Kelvaran pirates.", "26 Kelvaran pirates")
    b = _pirates("b", "Sailors seized 26 Kelvaran pirates at sea.", "26 Kelvaran pirates")
    c = _pirates("c", "The frigate captured 26 Kelvaren brigands.", "26 Kelvaren brigands")
    topics = {
        a.id: dataclasses.replace(base, affiliation=frozenset({"kelvaran"})),
        b.id: dataclasses.replace(base, affiliation=frozenset({"kelvaran"})),
        c.id: dataclasses.replace(base, affiliation=frozenset({"kelvaren"})),
    }
    assert relation(topics[a.id], topics[c.id])[0] == "apart"
    read = one_spelling([a, b, c], topics, {})
    assert read[c.id].affiliation == frozenset({"kelvaran"})
    assert relation(read[a.id], read[c.id])[0] == "same"


def test_spellings_two_groups_one_report_counts_apart_or_a_place_stay_two() -> None:
    base = topic(state="captured", population="pirate")
    a = _pirates(
        "a",
        "The navy captured 26 Kelvaran pirates and 9 Kelvaren pirates.",
        "26 Kelvaran pirates",
    )
    b = _pirates(
        "a",
        "The navy captured 26 Kelvaran pirates and 9 Kelvaren pirates.",
        "9 Kelvaren pirates",
        value=9,
    )
    c = _pirates("c", "Sailors seized 26 Kelvaran pirates.", "26 Kelvaran pirates")
    topics = {
        a.id: dataclasses.replace(base, affiliation=frozenset({"kelvaran"})),
        b.id: dataclasses.replace(base, affiliation=frozenset({"kelvaren"})),
        c.id: dataclasses.replace(base, affiliation=frozenset({"kelvaran"})),
    }
    # One report counts both groups, each its own number: two groups.
    assert one_spelling([a, b, c], topics, {})[b.id].affiliation == frozenset({"kelvaren"})
    # The rarer form is a place the pile names: another name, not a slip.
    d = _pirates("d", "The frigate captured 26 Kelvaren brigands.", "26 Kelvaren brigands")
    alone = {a.id: topics[a.id], c.id: topics[c.id], d.id: topics[b.id]}
    places = {"e-kelvaren": _entity("Kelvaren", "GPE")}
    assert one_spelling([a, c, d], alone, places)[d.id].affiliation == frozenset({"kelvaren"})
    assert one_spelling([a, c, d], alone, {})[d.id].affiliation == frozenset({"kelvaran"})
