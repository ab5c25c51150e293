"""The subject of a verb of intention owns the object it governs: what someone seeks,
promises or plans is that someone's aim, as what they promise to do is. Every sentence
is invented for these tests."""

from __future__ import annotations

from test_claims_attribution import said


def test_claims_attribution_what_a_candidate_seeks_is_hers() -> None:
    text = "Senator Dana Reyes seeks an additional $40 million in port fees."
    speaker, _ = said(text, "$40 million")
    assert speaker is not None and speaker.name == "Dana Reyes"


def test_claims_attribution_what_a_campaign_plans_is_its_own() -> None:
    text = "The Reyes campaign plans a $10 million ad buy in the final week."
    speaker, _ = said(text, "$10 million")
    assert speaker is not None and "campaign" in speaker.name


def test_claims_attribution_what_a_document_seeks_stays_the_writers() -> None:
    # A bill or plan is no one who speaks: its aim is the writer's account of it.
    assert said("The bill seeks $5 million for rural roads.", "$5 million") == (None, ())


def test_claims_attribution_what_a_plan_calls_for_stays_the_writers() -> None:
    assert said("The plan calls for 500 new homes near the river.", "500 new homes") == (
        None,
        (),
    )
