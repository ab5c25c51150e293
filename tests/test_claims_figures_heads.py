"""What a count counts when a noun modifies the counted noun: the head, never its modifier.

Invented sentences, parsed with the real model (``read`` from the figure tests).
"""

from __future__ import annotations

import pytest

from test_claims_figures import read


def _figures(text: str) -> dict[str, tuple[str, str | None]]:
    return {text[f.start : f.end]: (f.figure.measure, f.figure.counted) for f in read(text)}


@pytest.mark.parametrize(
    ("text", "phrase", "head", "modifier"),
    [
        ("Navy ships chased three pirate boats.", "three pirate boats", "boats", "pirate"),
        ("Two police cars were damaged in Orvel.", "Two police cars", "cars", "police"),
        ("Troops took 12 rebel positions near Orvel.", "12 rebel positions", "positions", "rebel"),
        ("Five fire engines reached the depot in Kelvara.", "Five fire engines", "engines", "fire"),
        ("A convoy of 40 army trucks left Orvel.", "40 army trucks", "trucks", "army"),
    ],
)  # fmt: skip
def test_a_noun_before_the_counted_noun_is_its_modifier(
    text: str, phrase: str, head: str, modifier: str
) -> None:
    measure, counted = _figures(text)[phrase]
    assert counted is not None and counted.split()[-1] == head
    assert measure.split()[0] == head
    assert modifier not in measure


def test_a_headline_capital_on_a_common_word_names_no_one() -> None:
    text = (
        "Orvel Navy Interdicts Three Pirate Vessels In One Operation\n"
        "The warship stopped three pirate vessels near Kelvara on Monday."
    )
    measure, counted = _figures(text)["Three Pirate Vessels"]
    assert measure == "vessels"
    assert counted == "vessels"


def test_a_headline_capital_the_text_always_writes_is_a_name() -> None:
    text = "Hawks Sign Two Owls Players\nThe Hawks signed two Owls players on Monday."
    measure, _ = _figures(text)["two Owls players"]
    assert "Owls" in measure


@pytest.mark.parametrize(
    "text",
    [
        "The patrol boat captured 26 Somani brigands on two skiffs.",
        "A Kelvara warship foiled an attack on Friday, capturing 26 Somani brigands on a skiff.",
    ],
)
def test_an_unknown_name_before_a_plural_keeps_the_plural_as_the_counted_noun(text: str) -> None:
    measure, counted = _figures(text)["26 Somani brigands"]
    assert counted == "brigands"
    assert measure.startswith("Somani brigands")
