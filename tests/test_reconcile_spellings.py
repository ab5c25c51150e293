"""One name spelt two ways across a story's reports is one name (invented reports)."""

from __future__ import annotations

import dataclasses

from test_reconcile_helpers import doc, figure_claim, topic
from triangulate.model import Entity
from triangulate.reconcile.groups import measures
from triangulate.reconcile.spellings import one_letter_apart, one_spelling
from triangulate.reconcile.topics import FALL, relation


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


def test_spellings_one_person_spelt_two_ways_falls_once() -> None:
    # "Tomas Varga fell about 60 metres", "Tomas Vargas fell 60m": one climber's fall.
    varga = _entity("Tomas Varga", "PERSON")
    vargas = _entity("Tomas Vargas", "PERSON")
    other = _entity("Ada Vargas", "PERSON")  # another given name: another person
    fall = topic(population=FALL, state="other", kind="length", unit="m")
    texts = ("a", "Tomas Varga fell about 60 metres."), ("b", "Varga fell 60m.")
    a, b = (_pirates(d, t, "60", value=60) for d, t in texts)
    c = _pirates("c", "Tomas Vargas fell about 60 metres.", "60", value=60)
    d = _pirates("d", "Ada Vargas fell about 60 metres.", "60", value=60)
    topics = {
        a.id: dataclasses.replace(fall, holder=varga.id),
        b.id: dataclasses.replace(fall, holder=varga.id),
        c.id: dataclasses.replace(fall, holder=vargas.id),
        d.id: dataclasses.replace(fall, holder=other.id),
    }
    assert relation(topics[a.id], topics[c.id])[0] == "apart"
    people = {e.id: e for e in (varga, vargas, other)}
    read = one_spelling([a, b, c, d], topics, people)
    assert read[c.id].holder == varga.id
    assert relation(read[a.id], read[c.id])[0] == "same"
    assert read[d.id].holder == other.id


def test_spellings_a_fall_of_no_named_climber_joins_the_fall_of_its_length() -> None:
    # Two climbers' falls, the longer told by fewer figures; a fall whose climber is not
    # named joins the one whose length it gives, not the one told most often.
    fall = topic(population=FALL, state="other", kind="length", unit="m")
    short = [_pirates(f"s{n}", f"Corran fell {n} 60m.", "60m", value=60) for n in range(3)]
    long = [_pirates(f"l{n}", f"Dalby fell {n} 600m.", "600m", value=600) for n in range(2)]
    unnamed = _pirates("u", "A climber fell about 600m.", "600m", value=600)
    topics = {
        **{c.id: dataclasses.replace(fall, holder="e-corran") for c in short},
        **{c.id: dataclasses.replace(fall, holder="e-dalby") for c in long},
        unnamed.id: fall,
    }
    found = measures([*short, *long, unnamed], topics)
    home = next(m for m in found if unnamed in m)
    assert {c.id for c in home} == {c.id for c in [*long, unnamed]}
