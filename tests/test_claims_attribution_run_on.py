"""A body's accounts are its word; a sentence the parser broke at a figure's spaced-off
decimal point ("a. 38 - caliber") runs on with its speaker; a quotation that opens inside
the clause "according to X" credits is X's to its close. Every sentence is invented for
these tests."""

from __future__ import annotations

import pytest

from test_claims_attribution import said


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Reyes fired four shots at the officers, according to police accounts.", "police"),
        ("Reyes fired four shots at the officers, according to witness accounts.", "witness"),
    ],
)
def test_claims_attribution_a_bodys_accounts_are_its_word(text: str, who: str) -> None:
    speaker, _ = said(text, "four shots")
    assert speaker is not None and who in speaker.name.lower()


def test_claims_attribution_by_all_accounts_names_no_one() -> None:
    assert said("By all accounts, Reyes fired four shots.", "four shots")[0] is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Police said a loaded. 38 - caliber revolver was recovered at the scene in Dalby.",
            "Police",
        ),
        (
            "Officials say the officers approached Reyes — who allegedly turned toward them "
            "with a loaded. 38 - caliber revolver in hand.",
            "Officials",
        ),
    ],
)
def test_claims_attribution_a_break_at_a_spaced_decimal_point_runs_on(text: str, who: str) -> None:
    speaker, _ = said(text, ". 38 - caliber")
    assert speaker is not None and speaker.name == who


def test_claims_attribution_a_real_full_stop_before_digits_ends_the_words() -> None:
    text = "Police said the toll rose to 16. 38 more people were hurt in Dalby on Sunday."
    assert said(text, "38 more people")[0] is None


QUOTED_STATEMENT = (
    "Police said two officers had been on patrol in Dalby on Saturday.\n"
    "According to the department's statement, the officers saw one \"break away from "
    "the group upon noticing the police.\n"
    'The officers fired at the suspect, striking him four times. "\n'
    'A witness told the Dalby Courier "The cops just jumped out of the car so fast."\n'
)


def test_claims_attribution_a_quotation_opening_inside_according_to_is_its_sources() -> None:
    speaker, _ = said(QUOTED_STATEMENT, "four times")
    assert speaker is not None and speaker.name == "department"


def test_claims_attribution_a_figure_cut_from_its_unit_is_the_claimants() -> None:
    text = (
        "Ada Brandt's account differs from Chief Tomas Varga's assertion that Reyes had "
        "pointed a. 38 - caliber revolver at the officers before they opened fire."
    )
    speaker, _ = said(text, ". 38 - caliber")
    assert speaker is not None and speaker.name == "Tomas Varga"
