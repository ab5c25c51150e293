"""find_assertions on reported speech: a reporter's second act after a reported clause.

Every sentence here is invented for these tests and parsed with the real spaCy model.
"""

from __future__ import annotations

from test_claims_assertions import parsed
from triangulate.claims.assertions import AssertionSpan, find_assertions
from triangulate.claims.entity_index import EntityIndex


def find(text: str) -> tuple[AssertionSpan, ...]:
    # The one-document parse the assertion tests share, read with no entities.
    doc, tree, _ = parsed(text)
    return find_assertions(doc, tree, EntityIndex((), doc.id))


def only(text: str, predicate: str) -> AssertionSpan:
    found = [f for f in find(text) if f.assertion.predicate == predicate]
    assert len(found) == 1, [f.assertion for f in find(text)]
    return found[0]


def test_claims_assertions_reporter_rules_out_after_a_reported_plan() -> None:
    text = (
        "Earlier, the Orvel coalition said a convoy would leave Dalby but specifically "
        "ruled out the exit of foreign fighters."
    )
    leave = only(text, "leave").assertion
    assert (leave.subject, leave.object, leave.modality) == ("a convoy", "Dalby", "expected")
    refusal = only(text, "reject").assertion
    assert refusal.subject == "the Orvel coalition"
    assert refusal.object == "the exit of foreign fighters"
    # The refusal is the coalition's own act, not part of the plan it announced.
    assert refusal.modality == "asserted"


def test_claims_assertions_reporter_in_the_present_rejects_after_a_reported_plan() -> None:
    text = "Reyes says the convoy will leave Corran and rejects the truce."
    assert only(text, "reject").assertion.subject == "Reyes"
    assert only(text, "leave").assertion.subject == "the convoy"


def test_claims_assertions_reported_conjunct_of_one_form_keeps_the_reported_subject() -> None:
    # "left ... and refused": both verbs are the fighters', as the reported clause's
    # own form runs on.
    text = "Varga said the fighters had left the city and refused to return."
    assert only(text, "reject").assertion.subject == "the fighters"
    text = "Varga said the convoy would leave Dalby and would reach Corran by noon."
    assert only(text, "leave").assertion.subject == "the convoy"
