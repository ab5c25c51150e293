"""``resolve`` end to end on hand-built records (no model): each rule, and what never merges.

All sentences are invented for these tests.
"""

from __future__ import annotations

import hashlib

from triangulate.model import Document, Entity, Mention, Published
from triangulate.resolve import resolve


def doc(doc_id: str, text: str) -> Document:
    return Document(
        id=doc_id,
        source=f"{doc_id}.txt",
        title=None,
        outlet=None,
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        published=Published.unknown(),
    )


def tag(document: Document, *spans: tuple[str, str]) -> list[Mention]:
    """Mentions for (surface, label) pairs, each at the first free whole-word occurrence."""
    out: list[Mention] = []
    for surface, label in spans:
        start = document.text.find(surface)
        while start >= 0 and (
            any(m.start < start + len(surface) and start < m.end for m in out)
            or document.text[start + len(surface) : start + len(surface) + 1].isalnum()
        ):
            start = document.text.find(surface, start + 1)
        assert start >= 0, surface
        out.append(
            Mention(
                doc=document.id, start=start, end=start + len(surface), text=surface, label=label
            )
        )
    return out


def last(document: Document, surface: str, label: str) -> Mention:
    """A mention of the last occurrence of a surface."""
    start = document.text.rindex(surface)
    return Mention(
        doc=document.id, start=start, end=start + len(surface), text=surface, label=label
    )


def entity_of(entities: tuple[Entity, ...], alias: str) -> Entity:
    found = [e for e in entities if alias in e.aliases]
    assert len(found) == 1, (alias, [e.name for e in found])
    return found[0]


def together(entities: tuple[Entity, ...], *aliases: str) -> bool:
    return len({entity_of(entities, a).id for a in aliases}) == 1


CITY_STORY = (
    "Shelling hit Al-Tabqah city on Monday. The Tabqa Civil Council said the Tabqa "
    "province road was shut. Tabqa24 reported that people fled Tabqa. The TCC met later. "
    "Residents of al-Tabqa waited."
)


def _city() -> tuple[Entity, ...]:
    d = doc("a", CITY_STORY)
    mentions = tag(
        d,
        ("Al-Tabqah city", "GPE"),
        ("The Tabqa Civil Council", "ORG"),
        ("Tabqa", "GPE"),
        ("Tabqa24", "PERSON"),
        ("Tabqa", "ORG"),
        ("TCC", "ORG"),
        ("al-Tabqa", "PERSON"),
    )
    return resolve([d], mentions)


def test_resolve_city_council_outlet_province_are_four_entities() -> None:
    entities = _city()
    city = entity_of(entities, "Al-Tabqah city")
    council = entity_of(entities, "Tabqa Civil Council")
    outlet = entity_of(entities, "Tabqa24")
    province = entity_of(entities, "Tabqa province")
    assert len({city.id, council.id, outlet.id, province.id}) == 4
    assert together(entities, "Al-Tabqah city", "Tabqa", "al-Tabqa")
    assert together(entities, "Tabqa Civil Council", "TCC")
    assert (city.type, council.type, outlet.type, province.type) == ("GPE", "ORG", "ORG", "GPE")
    assert city.name == "Al-Tabqah" or city.name == "Tabqa"
    assert "the" not in council.name.lower().split()


def test_resolve_transliterations_merge_across_documents() -> None:
    a = doc("a", "Convoys left Deir ez-Zor and reached Ain Aissa at night.")
    b = doc("b", "Trucks from Dayr az Zawr went to Ayn Issa, then Deir Ezzor again.")
    mentions = [
        *tag(a, ("Deir ez-Zor", "GPE"), ("Ain Aissa", "PERSON")),
        *tag(b, ("Dayr az Zawr", "GPE"), ("Ayn Issa", "GPE"), ("Deir Ezzor", "GPE")),
    ]
    entities = resolve([a, b], mentions)
    assert together(entities, "Deir ez-Zor", "Dayr az Zawr", "Deir Ezzor")
    assert together(entities, "Ain Aissa", "Ayn Issa")
    assert entity_of(entities, "Ain Aissa").type == "GPE"
    assert len(entities) == 2


def test_resolve_acronyms_table_and_definitions() -> None:
    a = doc(
        "a",
        "The Northern Shield Forces (NSF) advanced. Daesh held the mill. "
        "The NSF said ISIS fighters were cornered.",
    )
    b = doc(
        "b", "Officials said the Islamic State group lost ground to the Northern Shield Forces."
    )
    mentions = [
        *tag(
            a,
            ("The Northern Shield Forces", "ORG"),
            ("Daesh", "GPE"),
            ("NSF", "ORG"),
            ("ISIS", "NORP"),
        ),
        *tag(b, ("the Islamic State group", "ORG"), ("the Northern Shield Forces", "ORG")),
    ]
    entities = resolve([a, b], mentions)
    group = entity_of(entities, "Daesh")
    # "the Islamic State group": the lower-case descriptor is not part of the name.
    assert together(entities, "Daesh", "ISIS", "Islamic State")
    assert any(m.doc == "b" and m.text == "Islamic State" for m in group.mentions)
    assert (group.type, group.name) == ("ORG", "Islamic State")
    shield = entity_of(entities, "NSF")
    assert shield.name == "Northern Shield Forces"
    # the bracketed acronym nobody tagged is a mention of its own
    assert sum(m.text == "NSF" for m in shield.mentions) == 2


def test_resolve_acronym_defined_a_clause_later() -> None:
    a = doc("a", "The Eastern Relief Board, a charity set up in 2015 (ERB), opened a clinic.")
    entities = resolve([a], tag(a, ("The Eastern Relief Board", "ORG")))
    assert entity_of(entities, "ERB").name == "Eastern Relief Board"


def test_resolve_stated_acronym() -> None:
    a = doc("a", "Fursan, the Arabic acronym for Knights Brigade, claimed the raid.")
    entities = resolve([a], tag(a, ("Fursan", "PERSON"), ("Knights Brigade", "ORG")))
    assert together(entities, "Fursan", "Knights Brigade")
    assert entity_of(entities, "Fursan").type == "ORG"


def test_resolve_surname_links_only_when_unambiguous() -> None:
    a = doc(
        "a",
        "Coalition spokesman Colonel Jane Roe said talks failed. Roe added more. "
        "Analyst Mark Lee and engineer Sara Lee disagreed; Lee left.",
    )
    mentions = tag(
        a,
        ("Colonel Jane Roe", "PERSON"),
        ("Roe", "ORG"),
        ("Mark Lee", "PERSON"),
        ("Sara Lee", "PERSON"),
        ("Lee", "PERSON"),
    )
    entities = resolve([a], mentions)
    roe = entity_of(entities, "Roe")
    assert together(entities, "Colonel Jane Roe", "Roe")
    assert (roe.name, roe.type) == ("Jane Roe", "PERSON")
    bare = entity_of(entities, "Lee")
    assert "Mark Lee" not in bare.aliases and "Sara Lee" not in bare.aliases


def test_resolve_shared_word_never_merges() -> None:
    a = doc(
        "a",
        "Syria said the Syrian Observatory for Human Rights and the Syrian Democratic "
        "Forces were wrong. The Syria Democratic Forces denied it. Syrian troops moved.",
    )
    mentions = tag(
        a,
        ("Syria", "GPE"),
        ("the Syrian Observatory for Human Rights", "ORG"),
        ("the Syrian Democratic Forces", "ORG"),
        ("The Syria Democratic Forces", "ORG"),
        ("Syrian", "NORP"),
    )
    entities = resolve([a], mentions)
    ids = {
        entity_of(entities, name).id
        for name in ("Syria", "Syrian Observatory for Human Rights", "Syrian Democratic Forces")
    }
    assert len(ids) == 3
    assert together(entities, "Syrian Democratic Forces", "Syria Democratic Forces")
    assert entity_of(entities, "Syrian").type == "NORP"
    assert entity_of(entities, "Syrian").id not in ids


def test_resolve_arabic_beside_latin_joins_the_entity() -> None:
    a = doc("a", "The site Tabqa 24 (الطبقة 24) said the road was open.")
    entities = resolve([a], tag(a, ("Tabqa 24", "PERSON")))
    outlet = entity_of(entities, "Tabqa 24")
    assert "الطبقة 24" in outlet.aliases
    assert outlet.type == "ORG"


def test_resolve_finds_untagged_aliases() -> None:
    a = doc("a", "The Manbij Military Council held the bridge.")
    b = doc("b", "Later the Manbij Military Council withdrew; SDF units took over. SDF said so.")
    mentions = [
        *tag(a, ("The Manbij Military Council", "ORG")),
        *tag(b, ("SDF", "ORG")),
    ]
    entities = resolve([a, b], mentions)
    council = entity_of(entities, "Manbij Military Council")
    assert {m.doc for m in council.mentions} == {"a", "b"}
    assert any(m.label == "ALIAS" for m in council.mentions)
    assert len(entity_of(entities, "SDF").mentions) == 2


def test_resolve_ids_are_stable_and_content_derived() -> None:
    first = _city()
    second = _city()
    assert first == second
    assert all(e.id.startswith("e") and len(e.id) == 17 for e in first)
    assert len({e.id for e in first}) == len(first)


def test_resolve_empty_input() -> None:
    assert resolve([], []) == ()
    assert resolve([doc("a", "nothing here")], []) == ()


def test_resolve_a_documents_own_outlet_is_an_organisation() -> None:
    import dataclasses

    text = "Harbour Lights reported that the ferry to Vela Luka was cancelled."
    plain = doc("h1", text)
    mentions = tag(plain, ("Harbour Lights", "WORK_OF_ART"), ("Vela Luka", "GPE"))
    assert entity_of(resolve([plain], mentions), "Harbour Lights").type == "OTHER"
    published = dataclasses.replace(plain, outlet="Harbour Lights")
    assert entity_of(resolve([published], mentions), "Harbour Lights").type == "ORG"


def test_resolve_al_before_a_toponym_word_is_a_place_not_a_first_name() -> None:
    text = "Families left Al-Jisr on Monday. Residents of Al Jisr said buses came."
    d = doc("j1", text)
    mentions = tag(d, ("Al-Jisr", "GPE"), ("Al Jisr", "PERSON"))
    assert together(resolve([d], mentions), "Al-Jisr", "Al Jisr")


def test_resolve_a_proper_name_inside_an_organisation_name_stays_apart() -> None:
    text = (
        "The Upper Tamsin Water Board (UTWB) met on Monday. Villages along the Tamsin "
        "valley were flooded. The Board said pumps would arrive."
    )
    d = doc("t1", text)
    mentions = tag(d, ("Upper Tamsin Water Board", "ORG"), ("Tamsin", "ORG"), ("Board", "ORG"))
    entities = resolve([d], mentions)
    assert not together(entities, "Tamsin", "Upper Tamsin Water Board")
    assert together(entities, "Board", "Upper Tamsin Water Board")


def test_resolve_dateline_place_in_capitals_is_a_place_named_as_usual() -> None:
    # Taggers read a dateline's capitals as an organisation; the dateline says it is a place.
    one = doc("d1", "MARSEVILLE, Norland (Wirenews) - Rescue teams reached the port.\n")
    two = doc("d2", "PORT AVEL (Wirenews) — The UNHCR said the road was open.\n")
    mentions = [*tag(one, ("MARSEVILLE", "ORG")), *tag(two, ("PORT AVEL", "ORG"), ("UNHCR", "ORG"))]
    entities = resolve([one, two], mentions)
    city = entity_of(entities, "MARSEVILLE")
    port = entity_of(entities, "PORT AVEL")
    assert (city.name, city.type) == ("Marseville", "GPE")
    assert (port.name, port.type) == ("Port Avel", "GPE")
    assert city.aliases == ("MARSEVILLE",)  # the text as written stays in the aliases
    # Capitals elsewhere are left as they are: an acronym inside a sentence is no dateline.
    agency = entity_of(entities, "UNHCR")
    assert (agency.name, agency.type) == ("UNHCR", "ORG")


def test_resolve_names_only_written_in_capitals_are_cased_as_names() -> None:
    # A headline in capitals names a bank and a wire service no other line names.
    one = doc("d1", "FIRE GUTS VESTRA COMMERCIAL BANK BRANCH\nCrews fought the blaze for hours.\n")
    two = doc("d2", "Crews fought the blaze for hours. - KORVIAN WIRE SERVICE\n")
    mentions = [
        *tag(one, ("VESTRA COMMERCIAL BANK", "ORG")),
        *tag(two, ("KORVIAN WIRE SERVICE", "ORG")),
    ]
    entities = resolve([one, two], mentions)
    assert entity_of(entities, "VESTRA COMMERCIAL BANK").name == "Vestra Commercial Bank"
    assert entity_of(entities, "KORVIAN WIRE SERVICE").name == "Korvian Wire Service"


def test_resolve_acronym_spelling_the_last_words_of_the_name_before_it() -> None:
    a = doc(
        "a", "The Korvian Coastal Rescue Service (CRS) sent two boats. The CRS said 12 were saved."
    )
    entities = resolve([a], tag(a, ("The Korvian Coastal Rescue Service", "ORG"), ("CRS", "ORG")))
    assert together(entities, "Korvian Coastal Rescue Service", "CRS")


def test_resolve_a_possessive_inside_a_span_names_two_things() -> None:
    a = doc(
        "a",
        "The Vell Brothers' Harlow Records sued Kestrel Mobile. Harlow Records said the "
        "Vell Brothers had not been asked. Kestrel Mobile's Tarn Player was named.",
    )
    mentions = tag(
        a,
        ("Vell Brothers' Harlow Records", "WORK_OF_ART"),
        ("Kestrel Mobile", "ORG"),
        ("Harlow Records", "ORG"),
        ("Vell Brothers", "ORG"),
        ("Kestrel Mobile's Tarn Player", "ORG"),
    )
    entities = resolve([a], mentions)
    records = entity_of(entities, "Harlow Records")
    assert len(records.mentions) == 2
    assert entity_of(entities, "Vell Brothers").id != records.id
    assert entity_of(entities, "Tarn Player").id != entity_of(entities, "Kestrel Mobile").id
    assert len(entity_of(entities, "Kestrel Mobile").mentions) == 2


def test_resolve_a_name_with_a_possessive_stays_whole_when_its_pieces_are_not_names() -> None:
    a = doc("a", "Tarvey's Investors Service cut the rating. Tarvey's Investors Service said so.")
    mentions = tag(a, ("Tarvey's Investors Service", "ORG"), ("Tarvey's Investors Service", "ORG"))
    assert {e.name for e in resolve([a], mentions)} == {"Tarvey's Investors Service"}


def test_resolve_a_company_is_not_the_conference_or_store_named_after_it() -> None:
    a = doc(
        "a",
        "Harlow Computer opened the Harlow Developers Conference on Monday. Harlow said "
        "the Harlow Stores would sell the new phone. Harlow added that Harlow Computer "
        "had hired 300 people.",
    )
    mentions = tag(
        a,
        ("Harlow Computer", "ORG"),
        ("Harlow Developers Conference", "ORG"),
        ("Harlow", "ORG"),
        ("Harlow Stores", "ORG"),
        ("Harlow", "ORG"),
        ("Harlow Computer", "ORG"),
    )
    entities = resolve([a], mentions)
    assert together(entities, "Harlow", "Harlow Computer")
    assert (
        entity_of(entities, "Harlow Developers Conference").id != entity_of(entities, "Harlow").id
    )
    assert entity_of(entities, "Harlow Stores").id != entity_of(entities, "Harlow").id


def test_resolve_lower_case_words_after_a_name_are_not_part_of_it() -> None:
    d = doc(
        "u",
        "The Harbour Dock Workers union called a strike. The HDW said pay was too low. "
        "Harbour Dock Workers members walked out.",
    )
    entities = resolve(
        [d],
        [
            *tag(d, ("Harbour Dock Workers union", "ORG"), ("HDW", "ORG")),
            last(d, "Harbour Dock Workers", "ORG"),
        ],
    )
    union = entity_of(entities, "Harbour Dock Workers")
    assert "HDW" in union.aliases
    assert not any("union" in alias for e in entities for alias in e.aliases)


def test_resolve_a_company_by_its_last_name_word_before_its_legal_form() -> None:
    d = doc(
        "g",
        "Carmaker Tolland sold Hans Brecker GmbH to investors. Brecker employs 900 people, "
        "Tolland said.",
    )
    entities = resolve(
        [d],
        [
            *tag(d, ("Tolland", "ORG"), ("Hans Brecker GmbH", "PERSON"), ("Brecker", "ORG")),
            last(d, "Tolland", "ORG"),
        ],
    )
    company = entity_of(entities, "Hans Brecker GmbH")
    assert company.type == "ORG"
    assert "Brecker" in company.aliases


def test_resolve_a_legal_form_tagged_alone_ends_the_name_before_it() -> None:
    d = doc("l", "Marlow Motors LLC cut jobs in Harlow. Marlow Motors said demand fell.")
    entities = resolve(
        [d],
        [
            *tag(d, ("Marlow Motors", "ORG"), ("LLC", "ORG"), ("Harlow", "GPE")),
            last(d, "Marlow Motors", "ORG"),
        ],
    )
    assert together(entities, "Marlow Motors LLC", "Marlow Motors")
    assert not any(e.name == "LLC" for e in entities)


def test_resolve_a_government_body_without_its_country_is_the_same_body() -> None:
    d = doc(
        "t",
        "The U.S. Commerce Department said exports rose. The Commerce Department added that "
        "imports fell, and Commerce expects a rise.",
    )
    entities = resolve(
        [d],
        [
            *tag(d, ("U.S. Commerce Department", "ORG"), ("Commerce Department", "ORG")),
            last(d, "Commerce", "ORG"),
        ],
    )
    assert together(entities, "U.S. Commerce Department", "Commerce")


def test_resolve_a_body_named_of_a_place_is_one_name_when_the_model_cuts_it() -> None:
    d = doc(
        "b",
        "The Central Savings Bank of Harlow raised its rate. Harlow shops said prices rose.",
    )
    entities = resolve(
        [d], [*tag(d, ("Central Savings Bank", "ORG"), ("Harlow", "GPE")), last(d, "Harlow", "GPE")]
    )
    bank = entity_of(entities, "Central Savings Bank of Harlow")
    assert bank.type == "ORG"
    assert not together(entities, "Central Savings Bank of Harlow", "Harlow")


def test_resolve_degrees_after_a_name_are_not_a_name_of_their_own() -> None:
    d = doc(
        "m",
        "The board named Ana Pereira, MD, MBA, as its chair. Pereira, a surgeon, moved to "
        "Baltimore, MD, in 2001.",
    )
    entities = resolve(
        [d],
        tag(
            d,
            ("Ana Pereira", "PERSON"),
            ("MD, MBA", "WORK_OF_ART"),
            ("Pereira", "PERSON"),
            ("Baltimore", "GPE"),
        ),
    )
    assert together(entities, "Ana Pereira", "Pereira")
    assert not any("MBA" in alias for e in entities for alias in e.aliases)


def test_an_entity_is_named_by_its_full_name_never_a_short_reference_to_it() -> None:
    from triangulate.resolve.entities import short_reference

    # The bare head of a longer name, and a name cut before its noun, are short forms.
    forms = ["Harbour Sailing Club", "Club", "Tarnish Naval Services", "Tarnish Naval"]
    assert short_reference("Club", forms, "ORG")
    assert short_reference("Tarnish Naval", forms, "ORG")
    assert not short_reference("Harbour Sailing Club", forms, "ORG")
    # A surname and a place keep their own rules ("Syria" is not short for "North Syria").
    assert not short_reference("Vell", ["Anna Vell", "Vell"], "PERSON")
    assert not short_reference("Kestra", ["North Kestra", "Kestra"], "GPE")
    assert not short_reference("Vell", ["Ms Anna Vell", "Vell"], "ORG")
    d1 = doc("a", "The Club shut its doors. The Club said members left.")
    d2 = doc("b", "Members of the Harbour Sailing Club protested. The Club closed.")
    d3 = doc("c", "The Club reopened on Monday.")
    mentions = [
        *tag(d1, ("Club", "ORG")),
        last(d1, "Club", "ORG"),
        *tag(d2, ("Harbour Sailing Club", "ORG")),
        last(d2, "Club", "ORG"),
        *tag(d3, ("Club", "ORG")),
    ]
    entities = resolve([d1, d2, d3], mentions)
    assert entity_of(entities, "Club").name == "Harbour Sailing Club"


def test_resolve_a_bare_surname_after_two_namesakes_stays_apart() -> None:
    a = doc("a", "Analyst Mark Lee met engineer Sara Lee twice. Lee left early.")
    b = doc("b", "Sara Lee and Mark Lee both spoke. Lee was cheered.")
    mentions = [
        *tag(a, ("Mark Lee", "PERSON"), ("Sara Lee", "PERSON"), ("Lee", "PERSON")),
        *tag(b, ("Sara Lee", "PERSON"), ("Mark Lee", "PERSON"), ("Lee", "PERSON")),
    ]
    entities = resolve([a, b], mentions)
    bare = entity_of(entities, "Lee")
    assert "Mark Lee" not in bare.aliases and "Sara Lee" not in bare.aliases


def test_resolve_a_road_abbreviated_or_spelled_out_is_one_road_and_its_word_alone_none() -> None:
    a = doc(
        "a", "Marchers filled Chapel Ave and then Mill Ave. On Chapel Avenue, the Ave was shut."
    )
    mentions = tag(
        a,
        ("Chapel Ave", "ORG"),
        ("Mill Ave", "PERSON"),
        ("Chapel Avenue", "FAC"),
        ("Ave", "ORG"),
    )
    entities = resolve([a], mentions)
    assert together(entities, "Chapel Ave", "Chapel Avenue")
    assert not together(entities, "Chapel Ave", "Mill Ave")
    assert entity_of(entities, "Mill Ave").type == "FAC"
    assert not [e for e in entities if "Ave" in e.aliases]
