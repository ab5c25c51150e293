"""find_assertions: predicate families, arguments, polarity, modality, selection, properties.

Every sentence here is invented for these tests and parsed with the real spaCy model.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triangulate.claims.assertions import (
    AssertionSpan,
    find_assertions,
    parse_table,
    table,
)
from triangulate.claims.entity_index import EntityIndex
from triangulate.model import Document, Entity, Mention, Published
from triangulate.nlp import spacy_model
from triangulate.nlp.tokens import Tree

CANONICAL = {
    "reject",
    "agree",
    "leave",
    "kill",
    "control",
    "besiege",
    "negotiate",
    "attack",
    "surrender",
    "demand",
    "guarantee",
    "threaten",
}


def entity_id(name: str) -> str:
    """The id the tests give the entity named ``name``."""
    return "e:" + name


@lru_cache(maxsize=256)
def parsed(text: str) -> tuple[Document, Tree, tuple[Entity, ...]]:
    """A one-document parse with one hand-built entity per distinct name the parser found."""
    doc = Document(
        id="d1",
        source="test",
        title=None,
        outlet=None,
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        published=Published.unknown(),
    )
    result = next(spacy_model.parse([(doc.id, text)]))
    by_name: dict[str, list[Mention]] = {}
    for mention in (*result.mentions, *result.proper_nouns):
        name = mention.text.removeprefix("the ").removeprefix("The ")
        by_name.setdefault(name, []).append(mention)
    entities = tuple(
        Entity(
            id=entity_id(name),
            name=name,
            type="GPE" if any(m.label in ("GPE", "LOC") for m in found) else "ORG",
            aliases=tuple(sorted({m.text for m in found})),
            mentions=tuple(found),
        )
        for name, found in sorted(by_name.items())
    )
    return doc, Tree(result.tokens), entities


def find(text: str, focus: tuple[str, ...] = ()) -> tuple[AssertionSpan, ...]:
    doc, tree, entities = parsed(text)
    return find_assertions(doc, tree, EntityIndex(entities, doc.id), focus=focus)


def only(text: str, predicate: str) -> AssertionSpan:
    """The single statement with ``predicate`` found in ``text``."""
    found = [f for f in find(text) if f.assertion.predicate == predicate]
    assert len(found) == 1, [f.assertion for f in find(text)]
    return found[0]


# -- predicate families -------------------------------------------------------------

# sentence, canonical predicate, subject, object
FAMILIES: list[tuple[str, str, str | None, str | None]] = [
    (
        "The Harbor Council rejected the ceasefire proposal.",
        "reject",
        "The Harbor Council",
        "the ceasefire proposal",
    ),
    (
        "The Harbor Council turned down the offer from the militia.",
        "reject",
        "The Harbor Council",
        "the offer from the militia",
    ),
    ("The Ostrov Committee accepted the truce.", "agree", "The Ostrov Committee", "the truce"),
    (
        "The rebels reached a deal with the Karsan government on Monday.",
        "agree",
        "The rebels",
        "the Karsan government",
    ),
    (
        "Hundreds of fighters withdrew from Velmora overnight.",
        "leave",
        "Hundreds of fighters",
        "Velmora",
    ),
    (
        "The last families left the village of Koda on foot.",
        "leave",
        "The last families",
        "the village of Koda",
    ),
    (
        "Government troops captured the town of Belgar.",
        "control",
        "Government troops",
        "the town of Belgar",
    ),
    ("The rebels hold most of the city.", "control", "The rebels", "most of the city"),
    ("Army units surrounded the village of Koda.", "besiege", "Army units", "the village of Koda"),
    ("Jets bombed the old market of Tarvik.", "attack", "Jets", "the old market of Tarvik"),
    ("The army launched airstrikes on Tarvik.", "attack", "The army", "Tarvik"),
    (
        "Tribal elders held talks with the Sarin Brigade.",
        "negotiate",
        "Tribal elders",
        "the Sarin Brigade",
    ),
    (
        "The militia has handed over the prisoners to the Red Crescent.",
        "surrender",
        "The militia",
        "the prisoners",
    ),
    (
        "The rebels gave up their weapons.",
        "surrender",
        "The rebels",
        "their weapons",
    ),
    (
        "The Red Lantern Society called on the militia to free the hostages.",
        "demand",
        "The Red Lantern Society",
        "the militia",
    ),
    (
        "The Sarin Brigade threatened to attack the convoy.",
        "threaten",
        "The Sarin Brigade",
        "attack the convoy",
    ),
    ("Forty soldiers died in Tarvik on Sunday.", "kill", None, "Forty soldiers"),
]


@pytest.mark.parametrize(("text", "predicate", "subject", "obj"), FAMILIES)
def test_claims_assertions_predicate_families(
    text: str, predicate: str, subject: str | None, obj: str | None
) -> None:
    found = only(text, predicate)
    assert found.assertion.subject == subject
    assert found.assertion.object == obj
    assert found.assertion.polarity == "affirmed"


def test_claims_assertions_guarantee_takes_the_promised_clause() -> None:
    found = only("The mayor of Velmora pledged that the convoy would be protected.", "guarantee")
    assert found.assertion.subject == "The mayor of Velmora"
    assert found.assertion.object == "the convoy would be protected"


def test_claims_assertions_refusal_is_reject_and_swallows_its_clause() -> None:
    found = find("The Harbor Council refused to sign the accord.")
    assert [f.assertion.predicate for f in found] == ["reject"]
    assert found[0].assertion.object == "sign the accord"
    assert found[0].assertion.polarity == "affirmed"


def test_claims_assertions_threatened_action_is_not_a_separate_attack() -> None:
    found = find("The Sarin Brigade threatened to attack the convoy.")
    assert [f.assertion.predicate for f in found] == ["threaten"]


def test_claims_assertions_take_needs_a_place() -> None:
    assert not [
        f for f in find("The rebels took heavy casualties.") if f.assertion.predicate == "control"
    ]
    assert only("The rebels took the city of Belgar.", "control").assertion.object == (
        "the city of Belgar"
    )


def test_claims_assertions_leave_with_is_not_departing() -> None:
    assert not find("The siege left the Sarin Brigade with few supplies.")


# -- nominal forms ------------------------------------------------------------------


def test_claims_assertions_possessive_nominal() -> None:
    found = only("The militia's withdrawal from Velmora surprised residents.", "leave")
    assert found.assertion.subject == "The militia"
    assert found.assertion.object == "Velmora"


def test_claims_assertions_by_agent_nominal() -> None:
    text = "The rejection of the plan by the Harbor Council delayed the talks."
    found = only(text, "reject")
    assert found.assertion.subject == "the Harbor Council"
    assert found.assertion.object == "the plan"


def test_claims_assertions_nominal_between_parties() -> None:
    text = "Negotiations between the Sarin Brigade and the army took place on Friday."
    found = only(text, "negotiate")
    assert found.assertion.subject == "the Sarin Brigade and the army"
    assert found.assertion.polarity == "affirmed"


def test_claims_assertions_nominal_inside_a_refused_object_is_not_repeated() -> None:
    found = find("The governor ruled out the evacuation of Velmora.")
    assert [f.assertion.predicate for f in found] == ["reject"]
    assert found[0].assertion.object == "the evacuation of Velmora"


def test_claims_assertions_bare_nominal_is_not_a_statement() -> None:
    assert not find("Journalists wrote about the evacuation.")


# -- arguments ----------------------------------------------------------------------


def test_claims_assertions_passive_with_agent() -> None:
    found = only("The deal was rejected by the Mirav Front.", "reject")
    assert found.assertion.subject == "the Mirav Front"
    assert found.assertion.object == "The deal"
    assert found.assertion.subject_entity == entity_id("Mirav Front")


def test_claims_assertions_passive_without_agent() -> None:
    found = only("The town of Belgar was captured on Sunday.", "control")
    assert found.assertion.subject is None
    assert found.assertion.object == "The town of Belgar"


def test_claims_assertions_conjoined_subject_kept_whole() -> None:
    found = only("The army and the Sarin Brigade signed an agreement.", "agree")
    assert found.assertion.subject == "The army and the Sarin Brigade"
    assert found.assertion.object == "an agreement"


def test_claims_assertions_controlled_infinitive_subject() -> None:
    found = only("The council allowed the families to leave Velmora.", "leave")
    assert found.assertion.subject == "the families"
    assert found.assertion.object == "Velmora"
    assert found.assertion.modality == "expected"


def test_claims_assertions_pronoun_of_reported_clause_is_the_speaker() -> None:
    found = only("The Mirav Front said it would not accept the ceasefire.", "agree")
    assert found.assertion.subject == "The Mirav Front"
    assert found.assertion.polarity == "negated"


def test_claims_assertions_entities_linked_through_of_and_compound() -> None:
    found = only("Fighters of the Sarin Brigade left Velmora.", "leave")
    assert found.assertion.subject_entity == entity_id("Sarin Brigade")
    assert found.assertion.object_entity == entity_id("Velmora")


def test_claims_assertions_span_covers_subject_through_object() -> None:
    text = "Residents said on Monday that the Sarin Brigade withdrew from Velmora."
    found = only(text, "leave")
    assert text[found.start : found.end] == "the Sarin Brigade withdrew from Velmora"
    _, tree, _ = parsed(text)
    assert tree[found.verb].text == "withdrew"


# -- polarity -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The Sarin Brigade did not leave Velmora.", "leave"),
        ("The Sarin Brigade didn't leave Velmora.", "leave"),
        ("The Sarin Brigade never attacked Velmora.", "attack"),
        ("The convoy failed to leave Velmora.", "leave"),
        ("The Mirav Front has not been able to take the town of Belgar.", "control"),
        ("Leaders of the Mirav Front would not be part of any truce.", "agree"),
    ],
)
def test_claims_assertions_negation_forms(text: str, predicate: str) -> None:
    assert only(text, predicate).assertion.polarity == "negated"


def test_claims_assertions_no_evacuation_took_place() -> None:
    found = only("Buses arrived in Velmora, but no evacuation took place.", "leave")
    assert found.assertion.polarity == "negated"
    assert found.assertion.modality == "asserted"


def test_claims_assertions_nominal_event_with_object_negated() -> None:
    found = only("The evacuation of Velmora did not take place.", "leave")
    assert found.assertion.polarity == "negated"
    assert found.assertion.object == "Velmora"
    assert found.assertion.subject is None


def test_claims_assertions_postponed_event_is_negated() -> None:
    found = only("The withdrawal of the fighters was postponed.", "leave")
    assert found.assertion.polarity == "negated"
    assert found.assertion.subject == "the fighters"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("The talks were focused on the exit of the fighters from Velmora.", "the exit"),
        ("The negotiations centred on a ceasefire in Velmora.", "a ceasefire"),
        ("The talks are about the withdrawal of the Sarin Brigade from Belgar.", "the withdrawal"),
    ],
)
def test_claims_assertions_talks_with_a_topic_took_place(text: str, topic: str) -> None:
    # A verb giving the talks' topic takes their being held for granted: one statement
    # that they took place, its topic the object (not a second statement of the topic).
    found = find(text)
    assert [f.assertion.predicate for f in found] == ["negotiate"], [f.assertion for f in found]
    assertion = found[0].assertion
    assert assertion.polarity == "affirmed"
    assert assertion.object is not None and assertion.object.startswith(topic)


def test_claims_assertions_talks_about_a_day_give_no_topic() -> None:
    assert find("The talks were about Tuesday.") == ()


@pytest.mark.parametrize(
    ("text", "polarity", "modality"),
    [
        ("Reyes said the talks would be held on Monday.", "affirmed", "expected"),
        ("The negotiations were held in Velmora last week.", "affirmed", "asserted"),
        ("Torvald said the talks would not be held.", "negated", "expected"),
    ],
)
def test_claims_assertions_talks_held_are_a_statement(
    text: str, polarity: str, modality: str
) -> None:
    # "be held" with the talks as its subject says the talks take place; a day or a
    # place is no party to them.
    found = only(text, "negotiate").assertion
    assert (found.polarity, found.modality) == (polarity, modality)
    assert found.object is None


def test_claims_assertions_talks_held_with_and_between_parties() -> None:
    found = only("Talks would be held with the Sarin Brigade on Monday.", "negotiate")
    assert found.assertion.object == "the Sarin Brigade"
    text = "Negotiations were held between the Orvel council and the Sarin Brigade."
    assert only(text, "negotiate").assertion.subject == "the Orvel council and the Sarin Brigade"


def test_claims_assertions_talks_held_on_an_island_have_no_topic() -> None:
    assert only("The talks were held on the island of Koda.", "negotiate").assertion.object is None


def test_claims_assertions_attack_launched_on_a_town() -> None:
    found = only("An attack was launched on Velmora.", "attack").assertion
    assert (found.object, found.object_entity) == ("Velmora", entity_id("Velmora"))


# -- modality -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "modality"),
    [
        ("The Sarin Brigade attacked the convoy.", "attack", "asserted"),
        ("The Sarin Brigade will leave Velmora.", "leave", "expected"),
        ("The convoy was supposed to leave Velmora on Tuesday.", "leave", "expected"),
        ("The fighters are expected to withdraw from Velmora.", "leave", "expected"),
        ("The army plans to recapture the town of Belgar.", "control", "expected"),
        ("The withdrawal from Velmora would begin at dawn.", "leave", "expected"),
        ("The Sarin Brigade allegedly attacked the convoy.", "attack", "alleged"),
        ("Officials claimed the rebels had seized the bridge.", "control", "alleged"),
        ("The rebels reportedly seized the bridge.", "control", "reported"),
        ("The army denied that its jets bombed the market.", "attack", "denied"),
        ("The convoy will leave Velmora if the rebels agree.", "leave", "expected"),
    ],
)
def test_claims_assertions_modality(text: str, predicate: str, modality: str) -> None:
    assert only(text, predicate).assertion.modality == modality


# -- selection ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We have a responsibility to protect everyone.",
        "He rejected the idea.",
        "Leave a comment",
        "Did the Sarin Brigade leave Velmora?",
        "The spokesman declined to comment.",
        "Be the first to comment on this story.",
    ],
)
def test_claims_assertions_generic_clauses_skipped(text: str) -> None:
    assert find(text) == ()


def test_claims_assertions_concrete_noun_without_entity_is_kept() -> None:
    assert only("Militants attacked a convoy at dawn.", "attack").assertion.object == "a convoy"


def test_claims_assertions_focus_limits_entity_links() -> None:
    text = "The Mirav Front bombed Velmora."
    assert len(find(text)) == 1
    assert find(text, focus=(entity_id("Velmora"),))
    assert find(text, focus=(entity_id("Somewhere Else"),)) == ()


def test_claims_assertions_headline_does_not_run_into_the_next_line() -> None:
    text = "Sarin Brigade rejects truce offer\n\nResidents of Velmora waited for buses on Monday."
    found = only(text, "reject")
    assert found.end <= text.index("\n")


def test_claims_assertions_duplicates_in_a_sentence_collapse() -> None:
    text = "The Mirav Front would not be part of or agree with the deal."
    assert len([f for f in find(text) if f.assertion.predicate == "agree"]) == 1


# -- the table ----------------------------------------------------------------------


def test_claims_assertions_table_uses_only_canonical_names() -> None:
    rows = table()
    assert {row.canonical for row in rows} == CANONICAL
    assert any(row.words == ("be", "part", "of") for row in rows)


def test_claims_assertions_table_rejects_unknown_condition() -> None:
    with pytest.raises(ValueError, match="unknown condition"):
        parse_table("leave\tgo\tsometimes\n")
    with pytest.raises(ValueError, match="need canonical"):
        parse_table("leave\n")


# -- properties ---------------------------------------------------------------------


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=12),
            st.sampled_from(
                [
                    "the rebels ",
                    "left ",
                    "did not ",
                    "Velmora",
                    " was killed by ",
                    "no ",
                    ". ",
                    "\n\n",
                    "?",
                    "’s ",
                    "(",
                    ")",
                    " – ",
                    "refused to ",
                    "the evacuation ",
                ]
            ),
        ),
        max_size=30,
    ).map("".join)
)
def test_claims_assertions_never_raise_and_spans_inside_text(text: str) -> None:
    doc, tree, entities = parsed(text)
    for found in find_assertions(doc, tree, EntityIndex(entities, doc.id)):
        assert 0 <= found.start < found.end <= len(text)
        assert 0 <= found.verb < len(tree)
        assert found.assertion.predicate in CANONICAL
        quoted = text[found.start : found.end]
        assert quoted == quoted.strip()
        assert {t.sent for t in tree.at(found.start, found.end)} == {tree[found.verb].sent}
        for part in (found.assertion.subject, found.assertion.object):
            assert part is None or part in quoted


def test_claims_assertions_of_names_the_actor_of_force_but_the_target_of_evacuation() -> None:
    strikes = only("The airstrikes of the coalition continued overnight.", "attack")
    assert strikes.assertion.subject == "the coalition"
    evacuation = only("The evacuation of the village was cancelled.", "leave")
    assert evacuation.assertion.subject is None
    assert evacuation.assertion.object == "the village"
    assert evacuation.assertion.polarity == "negated"
