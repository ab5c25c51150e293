"""A report names a set's group once: a count repeated without it (a headline's "26
smugglers" over "26 Varkan smugglers"), or named by an apposition after it ("26 crewmen,
all Varkan nationals"), is the named group's, and so one count with another report's
count of the group by another noun when the values agree."""

from __future__ import annotations

import pytest

from test_reconcile_helpers import amount, doc, figure_claim
from triangulate.model import Claim, Document
from triangulate.reconcile.groups import measures
from triangulate.reconcile.topics import (
    PARTIES_FILE,
    Topic,
    groups_named_in_story,
    groups_named_once,
    parse_things,
    relation,
    topic_of,
)


def _count(document: Document, phrase: str, value: int, counted: str, measure: str) -> Claim:
    return amount(document, phrase, value, counted=counted, measure=measure)


def _topics(pairs: list[tuple[Claim, Document]]) -> dict[str, Topic]:
    return {claim.id: topic_of(claim, document, {}) for claim, document in pairs}


def test_a_headline_count_takes_the_group_its_report_names_for_it() -> None:
    a = doc(
        "a",
        "Navy holds 26 smugglers\nThe navy held 26 Varkan smugglers off Dalby on Monday.",
        "Coast Post",
    )
    b = doc("b", "The three boats had 26 Varkan crew on board.", "Valley News")
    headline = _count(a, "26 smugglers", 26, "smugglers", "smugglers")
    body = _count(a, "26 Varkan smugglers", 26, "smugglers", "Varkan smugglers")
    crew = _count(b, "26 Varkan crew", 26, "crew", "Varkan crew")
    claims = [headline, body, crew]
    read = _topics([(headline, a), (body, a), (crew, b)])
    assert read[headline.id].affiliation == frozenset()
    # Without the name, the headline's smugglers are no group's: apart from the crew.
    assert relation(read[headline.id], read[crew.id])[0] == "apart"
    named = groups_named_once(claims, read)
    assert named[headline.id].affiliation == frozenset({"varkan"})
    assert relation(named[headline.id], named[crew.id])[0] != "apart"
    found = {frozenset(c.id for c in m) for m in measures(claims, named)}
    assert frozenset(c.id for c in claims) in found


def test_a_count_of_another_value_or_a_report_naming_two_groups_takes_none() -> None:
    a = doc(
        "a",
        "Navy holds 20 smugglers\nThe navy held 26 Varkan smugglers off Dalby.",
        "Coast Post",
    )
    b = doc(
        "b",
        "Navy holds 12 smugglers\nIt held 12 Varkan smugglers and 12 Torish smugglers.",
        "Valley News",
    )
    other_value = _count(a, "20 smugglers", 20, "smugglers", "smugglers")
    named_a = _count(a, "26 Varkan smugglers", 26, "smugglers", "Varkan smugglers")
    two_named = _count(b, "12 smugglers", 12, "smugglers", "smugglers")
    varkan = _count(b, "12 Varkan smugglers", 12, "smugglers", "Varkan smugglers")
    torish = _count(b, "12 Torish smugglers", 12, "smugglers", "Torish smugglers")
    claims = [other_value, named_a, two_named, varkan, torish]
    read = _topics([(other_value, a), (named_a, a), (two_named, b), (varkan, b), (torish, b)])
    named = groups_named_once(claims, read)
    assert named[other_value.id].affiliation == frozenset()
    assert named[two_named.id].affiliation == frozenset()


def test_a_count_of_made_things_or_of_a_class_of_people_takes_no_group() -> None:
    a = doc(
        "a",
        "Three boats seized\nThe navy seized three Varkan boats and held three Varkan "
        "civilians. Three civilians were released.",
        "Coast Post",
    )
    bare_boats = _count(a, "Three boats", 3, "boats", "boats")
    boats = _count(a, "three Varkan boats", 3, "boats", "Varkan boats")
    held = _count(a, "three Varkan civilians", 3, "civilians", "Varkan civilians")
    bare_people = _count(a, "Three civilians", 3, "civilians", "civilians")
    claims = [bare_boats, boats, held, bare_people]
    read = _topics([(c, a) for c in claims])
    named = groups_named_once(claims, read)
    # A boat or a civilian is no member of a group: what a report says of one count of
    # them tells nothing of another.
    assert named[bare_boats.id] == read[bare_boats.id]
    assert named[bare_people.id] == read[bare_people.id]


def test_an_apposition_after_a_count_names_the_people_all_of_them_belong_to() -> None:
    a = doc("a", "They had 26 crewmen aboard, all Varkan nationals.", "Coast Post")
    b = doc("b", "The navy held 26 Varkan smugglers.", "Valley News")
    c = doc("c", "They had 26 crewmen aboard, all of them from Dalby.", "Hill Daily")
    crewmen = _count(a, "26 crewmen", 26, "crewmen", "crewmen")
    smugglers = _count(b, "26 Varkan smugglers", 26, "smugglers", "Varkan smugglers")
    unnamed = _count(c, "26 crewmen", 26, "crewmen", "crewmen")
    read = _topics([(crewmen, a), (smugglers, b), (unnamed, c)])
    assert read[crewmen.id].affiliation == frozenset({"varkan"})
    assert relation(read[crewmen.id], read[smugglers.id])[0] != "apart"
    assert read[unnamed.id].affiliation == frozenset()


def test_an_act_carried_out_with_skill_kills_no_one() -> None:
    a = doc(
        "a",
        "In a professionally executed boarding action, the navy nabbed 26 smugglers.",
        "Coast Post",
    )
    b = doc("b", "The rebels summarily executed 26 smugglers.", "Valley News")

    def smugglers(document: Document) -> Topic:
        claim = figure_claim(
            document, "26 smugglers", low=26, high=26, counted="smugglers",
            measure="smugglers", qualifiers=(),
        )  # fmt: skip
        return topic_of(claim, document, {})

    assert smugglers(a).state != "killed"
    assert smugglers(b).state == "killed"


def test_one_party_named_by_two_nouns_is_one_count() -> None:
    a = doc("a", "The navy held 26 sea brigands off Dalby.", "Coast Post")
    b = doc("b", "The navy held 26 pirates off Dalby.", "Valley News")
    c = doc("c", "The navy held 26 robbers off Dalby.", "Hill Daily")
    d = doc("d", "Police sought three assailants in Orvel.", "Bay Times")
    e = doc("e", "Police sought three attackers in Orvel.", "Coast Post")
    brigands = _count(a, "26 sea brigands", 26, "sea brigands", "sea brigands")
    pirates = _count(b, "26 pirates", 26, "pirates", "pirates")
    robbers = _count(c, "26 robbers", 26, "robbers", "robbers")
    assailants = _count(d, "three assailants", 3, "assailants", "assailants")
    attackers = _count(e, "three attackers", 3, "attackers", "attackers")
    read = _topics([(brigands, a), (pirates, b), (robbers, c), (assailants, d), (attackers, e)])
    assert read[brigands.id].population == read[pirates.id].population == "pirate"
    assert relation(read[brigands.id], read[pirates.id])[0] == "same"
    assert read[assailants.id].population == read[attackers.id].population == "attacker"
    # Another party of the story stays apart, whatever the values.
    assert relation(read[pirates.id], read[robbers.id])[0] == "apart"


def test_a_table_of_parties_is_read_like_one_of_things() -> None:
    assert parse_things("# a note\nbrigand\tpirate\n", PARTIES_FILE) == {"brigand": "pirate"}
    with pytest.raises(ValueError, match=PARTIES_FILE):
        parse_things("brigand pirate\n", PARTIES_FILE)


def test_a_count_no_report_names_a_group_for_takes_the_one_other_reports_name() -> None:
    a = doc("a", "Navy holds 26 smugglers\nThe navy held 26 smugglers off Dalby.", "Coast Post")
    b = doc("b", "The navy held 26 Varkan smugglers off Dalby on Monday.", "Valley News")
    c = doc("c", "The three boats had 26 Varkan crew on board.", "Harbour Times")
    bare = _count(a, "26 smugglers", 26, "smugglers", "smugglers")
    named = _count(b, "26 Varkan smugglers", 26, "smugglers", "Varkan smugglers")
    crew = _count(c, "26 Varkan crew", 26, "crew", "Varkan crew")
    claims = [bare, named, crew]
    read = groups_named_once(claims, _topics([(bare, a), (named, b), (crew, c)]))
    # Its own report names no group for the 26 smugglers: the story's reports do.
    assert read[bare.id].affiliation == frozenset()
    told = groups_named_in_story(claims, read)
    assert told[bare.id].affiliation == frozenset({"varkan"})
    found = {frozenset(x.id for x in m) for m in measures(claims, told)}
    assert frozenset(x.id for x in claims) in found


def test_reports_naming_two_groups_for_one_count_give_it_neither() -> None:
    a = doc("a", "Navy holds 12 smugglers off Dalby.", "Coast Post")
    b = doc("b", "The navy held 12 Varkan smugglers.", "Valley News")
    c = doc("c", "The navy held 12 Torish smugglers.", "Harbour Times")
    bare = _count(a, "12 smugglers", 12, "smugglers", "smugglers")
    varkan = _count(b, "12 Varkan smugglers", 12, "smugglers", "Varkan smugglers")
    torish = _count(c, "12 Torish smugglers", 12, "smugglers", "Torish smugglers")
    claims = [bare, varkan, torish]
    read = _topics([(bare, a), (varkan, b), (torish, c)])
    assert read[varkan.id].affiliation == frozenset({"varkan"})
    assert groups_named_in_story(claims, read)[bare.id].affiliation == frozenset()
