"""Type voting and the acronym table."""

from __future__ import annotations

from collections import Counter

import pytest

from triangulate.model import EntityType
from triangulate.resolve.acronyms import parse_table, table, table_row
from triangulate.resolve.types import compatible, cue_votes, decide_type


def test_resolve_types_majority_and_rules() -> None:
    none: Counter[EntityType] = Counter()
    assert decide_type({"GPE": 3, "ORG": 1}, none, ["Manbij"]) == "GPE"
    assert decide_type({"PERSON": 2}, none, ["Tabqa24"]) == "ORG"
    assert decide_type({"PRODUCT": 2}, none, ["Phone 11"]) == "OTHER"
    assert decide_type({"GPE": 2, "NORP": 1}, none, ["Northern Shield Forces"]) == "ORG"
    assert decide_type({"PERSON": 1}, none, ["Tell Abyad"]) == "GPE"
    assert decide_type({"GPE": 4}, none, ["Daesh"], "ORG") == "ORG"
    assert decide_type({}, none, ["Thing"]) == "OTHER"


def test_resolve_types_place_cues_beat_a_misread_person() -> None:
    text = "They reached the town of Kafr Nabl at night."
    start = text.index("Kafr")
    cues = cue_votes(text, start, start + len("Kafr Nabl"))
    assert cues["GPE"] >= 2
    assert decide_type({"PERSON": 1}, cues, ["Kafr Nabl"]) == "GPE"
    text = "Smoke rose over Hajin town."
    start = text.index("Hajin")
    assert decide_type({"PERSON": 1}, cue_votes(text, start, start + 5), ["Hajin"]) == "GPE"


def test_resolve_types_compatibility() -> None:
    assert not compatible("NORP", "GPE", strict=False)
    assert compatible("PERSON", "GPE", strict=False)
    assert not compatible("PERSON", "GPE", strict=True)
    assert compatible("LOC", "GPE", strict=True)


def test_resolve_types_table_rows() -> None:
    assert table_row("IS") == table_row("Daesh") == table_row("Islamic State")
    assert table_row("Da'esh") == table_row("ISIS")
    assert table_row("Is") is None
    assert table_row("U.S.") == table_row("United States")
    assert table_row("Raqqa") is None
    assert all(row.spellings for row in table())


def test_resolve_types_table_rejects_unknown_type() -> None:
    with pytest.raises(ValueError):
        parse_table("THING\tName\tN\n")
    assert parse_table("# comment\n\nORG\tUnited Nations\tUN\n")[0].name == "United Nations"


def test_resolve_types_a_place_word_leading_a_name_makes_it_a_place() -> None:
    none: Counter[EntityType] = Counter()
    # The proposer reads a person in these; the word that leads them says place.
    assert decide_type({"PERSON": 3}, none, ["Bandar Kestra"]) == "GPE"
    assert decide_type({"PERSON": 2}, none, ["Port Almira"]) == "GPE"
    assert decide_type({"PERSON": 2, "LOC": 1}, none, ["Mount Tavel"]) == "GPE"
    assert decide_type({"LOC": 3}, none, ["Lake Orvena"]) == "LOC"
    assert decide_type({"PERSON": 2}, none, ["Al Ain Saffa"]) == "GPE"
    # Not alone, not inside a longer word, not with a patronymic.
    assert decide_type({"PERSON": 2}, none, ["Portman"]) == "PERSON"
    assert decide_type({"PERSON": 2}, none, ["Bandar bin Khalid"]) == "PERSON"
    assert decide_type({"PERSON": 2}, none, ["Al Hassani"]) == "PERSON"
