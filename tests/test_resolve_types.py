"""Type voting and the acronym table."""

from __future__ import annotations

from collections import Counter

import pytest

from triangulate.model import Entity, EntityType
from triangulate.report.digest import type_text
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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The mayor wrote on Chirper that the bridge would reopen.", "Chirper"),
        ("Brandt said on her Chirper feed that she would resign.", "Chirper"),
        ("Photos of the flood circulated on Pinwall on Sunday.", "Pinwall"),
        ("The club's Pinwall account said the match was off.", "Pinwall"),
    ],
)
def test_a_platform_people_post_on_is_no_person(text: str, name: str) -> None:
    start = text.index(name)
    cues = cue_votes(text, start, start + len(name))
    assert cues["ORG"] >= 2
    assert decide_type({"PERSON": 1}, cues, [name]) == "ORG"
    # A person who writes is still one: "Brandt wrote on Monday".
    said = "Reyes wrote on Monday that the bridge would reopen."
    assert cue_votes(said, 0, len("Reyes"))["ORG"] == 0
    # A place a report is about, or one spoken from, is no platform.
    for text in ("The paper reported on Kelvara all week.", "He said on the Kelvara border."):
        start = text.index("Kelvara")
        assert cue_votes(text, start, start + len("Kelvara"))["ORG"] == 0, text


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


def test_resolve_types_an_arabic_toponym_after_its_article_is_a_place() -> None:
    none: Counter[EntityType] = Counter()
    assert decide_type({"PERSON": 2}, none, ["Al Ain Saffa"]) == "GPE"
    assert decide_type({"PERSON": 2}, none, ["Al Hassani"]) == "PERSON"


def test_a_name_led_by_a_place_word_is_shown_as_a_place() -> None:
    def shown(name: str, kind: EntityType) -> str:
        return type_text(Entity(id="e1", name=name, type=kind, aliases=(name,), mentions=()))

    # The model reads a person in these; the word that leads them says place.
    assert shown("Bandar Kestra", "PERSON") == "GPE"
    assert shown("Port Almira", "PERSON") == "GPE"
    assert shown("Mount Tavel", "PERSON") == "GPE"
    assert shown("San Orvel", "PERSON") == "GPE"
    assert shown("Saint Kessow", "PERSON") == "GPE"
    assert shown("Lake Orvena", "LOC") == "LOC"
    # Not alone, not inside a longer word, not with a patronymic.
    assert shown("Portman", "PERSON") == "PERSON"
    assert shown("Port", "PERSON") == "PERSON"
    assert shown("Bandar bin Khalid", "PERSON") == "PERSON"


def test_a_name_ending_in_a_road_or_building_word_read_as_a_person_is_a_facility() -> None:
    none: Counter[EntityType] = Counter()
    assert decide_type({"PERSON": 2}, none, ["Kessow Road"]) == "FAC"
    assert decide_type({"PERSON": 1}, none, ["Orvel Hotel"]) == "FAC"
    # A surname alone, or another type the model gave, stays.
    assert decide_type({"PERSON": 2}, none, ["Road"]) == "PERSON"
    assert decide_type({"PERSON": 2}, none, ["Mara Street"]) == "FAC"
    assert decide_type({"ORG": 2}, none, ["Orvel Hotel"]) == "ORG"
    assert decide_type({"PERSON": 2}, none, ["Mara Parkes"]) == "PERSON"


def test_a_road_is_a_facility_whatever_word_comes_before_its_road_word() -> None:
    none: Counter[EntityType] = Counter()
    # a road word ends the name, abbreviated or not, whatever the model read
    assert decide_type({"ORG": 3}, none, ["Chapel Ave", "Chapel Avenue"]) == "FAC"
    assert decide_type({"GPE": 1}, none, ["Tarn Valley Aves"]) == "FAC"
    assert decide_type({"ORG": 2}, none, ["Council Rd."]) == "FAC"
    # a street that stands for a trade or a government keeps the model's reading
    assert decide_type({"ORG": 3}, none, ["Wall Street"]) == "ORG"
    # a hotel the model calls an organisation may be the company that runs it
    assert decide_type({"ORG": 2}, none, ["Orvel Hotel"]) == "ORG"


def test_a_name_led_by_a_place_word_and_read_as_a_person_is_typed_a_place() -> None:
    none: Counter[EntityType] = Counter()
    assert decide_type({"PERSON": 3}, none, ["Bandar Kestra"]) == "GPE"
    assert decide_type({"PERSON": 1}, none, ["Pulau Orvel"]) == "GPE"
    assert decide_type({"PERSON": 2}, none, ["Sungei Tavel"]) == "GPE"
    # Another type the model gave stays; a patronymic keeps a person.
    assert decide_type({"ORG": 2}, none, ["Port Almira"]) == "ORG"
    assert decide_type({"PERSON": 2}, none, ["Bandar bin Khalid"]) == "PERSON"
    # A name no label was given for (a run of capitals the model did not tag).
    assert decide_type({}, none, ["Pulau Orvel"]) == "GPE"


def _cues(text: str, name: str) -> Counter[EntityType]:
    votes: Counter[EntityType] = Counter()
    at = text.find(name)
    while at >= 0:
        votes.update(cue_votes(text, at, at + len(name)))
        at = text.find(name, at + 1)
    return votes


def test_the_type_is_voted_with_place_and_person_cues_weighed() -> None:
    # Read as a person in every mention, named as a place by the words around it, and
    # never as a person: a place.
    text = (
        "The storm headed towards Kestral on Monday. Residents in Kestral boarded up "
        "their homes, and flights to Kestral were cancelled."
    )
    assert decide_type({"PERSON": 3}, _cues(text, "Kestral"), ["Kestral"]) == "GPE"
    # Plural places and the kind of place after the name.
    text = "Shells fell near the towns of Orvel and Tavra, in the southern Brisk region."
    assert _cues(text, "Tavra")["GPE"] == 2
    assert _cues(text, "Brisk")["GPE"] == 2
    assert _cues("It borders the state of Colvar.", "Colvar")["GPE"] == 2
    # A title, a role, or saying with a pronoun make a person, whatever place the model
    # read in the name.
    text = "The talks were led by President Anwen Dral, who flew in on Monday."
    assert _cues(text, "Anwen Dral")["PERSON"] == 2
    assert decide_type({"LOC": 1}, _cues(text, "Anwen Dral"), ["Anwen Dral"]) == "PERSON"
    assert _cues("They testified in Ms Anwen Dral's trial.", "Ms Anwen Dral")["PERSON"] == 2
    text = "His lawyer Tomas Vell said he would appeal."
    assert decide_type({"LOC": 1}, _cues(text, "Tomas Vell"), ["Tomas Vell"]) == "PERSON"
    # A person met in a town and named with a title there stays a person.
    text = "Mr Harlan Bree spoke in Harlan Bree's home town. Harlan Bree said he was glad."
    cues = _cues(text, "Harlan Bree")
    assert decide_type({"PERSON": 3}, cues, ["Harlan Bree"]) == "PERSON"
    # The second name of an apposition does not say what follows it.
    text = "A clerk in Dorrin, Kestral, said she fled."
    assert decide_type({"GPE": 1}, _cues(text, "Kestral"), ["Kestral"]) == "GPE"
    # Nor does a place after a preposition, nor a count after a place.
    text = "After a game at Kestral Arena, said he was glad. In Dorrin, 10, 000 marched."
    assert _cues(text, "Kestral Arena")["PERSON"] == 0
    assert _cues(text, "Dorrin")["PERSON"] == 0
    # A capital that speaks for its government is still a place.
    text = "Kestral said the talks had failed. Troops massed outside Kestral."
    assert decide_type({"GPE": 2}, _cues(text, "Kestral"), ["Kestral"]) == "GPE"


@pytest.mark.parametrize(
    ("before", "votes"),
    [
        ("Crews reached the town of ", {"GPE": 2}),
        ("CREWS REACHED THE TOWN OF THE ", {"GPE": 2}),
        ("Crews reached the towns of Alder and ", {"GPE": 2}),
        ("Crews reached the town of \n", {"GPE": 2}),
        ("Crews worked Near The ", {"GPE": 1}),
        ("It was first reported by the Newspaper ", {"ORG": 2}),
        ("Crews worked near ", {"GPE": 1}),
        ("Crews worked all night ", {}),
    ],
)
def test_words_before_a_name_vote_in_any_case(before: str, votes: dict[str, int]) -> None:
    """The words before a name vote for its type written in capitals or small letters, and
    before a line break; words that are none of them give no vote."""
    text = before + "Verlow, officials said."
    assert dict(cue_votes(text, len(before), len(before) + len("Verlow"))) == votes
