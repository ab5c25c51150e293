"""The gender a text gives a name, for "he" and "she" (no parse needed)."""

from __future__ import annotations

import pytest

from triangulate.claims.attribution.gender import (
    gender_of,
    given_names,
    parse_names,
    personal_gender,
)


def test_given_names_are_packaged_and_one_gender_each() -> None:
    names = given_names()
    assert names["margaret"] == "female"
    assert names["george"] == "male"
    assert set(names.values()) == {"male", "female"}


def test_parse_names_reads_lines_and_skips_comments() -> None:
    assert parse_names("# a comment\nmale\tpeter\n\nfemale\tAda\n") == {
        "peter": "male",
        "ada": "female",
    }


@pytest.mark.parametrize("line", ["male peter", "other\tpeter", "female\t"])
def test_parse_names_refuses_a_bad_line(line: str) -> None:
    with pytest.raises(ValueError, match="line 1"):
        parse_names(line)


@pytest.mark.parametrize(
    ("name", "role", "expected"),
    [
        ("Peter Lowe", None, "male"),
        ("Margaret Okafor", None, "female"),
        ("Mr. Okafor", None, "male"),
        ("Ms Lowe", None, "female"),
        ("Okafor", "spokeswoman for the port", "female"),
        ("Lowe", "harbour spokesman", "male"),
        ("Okafor", None, None),
        ("Peter", None, None),
        ("Margaret Okafor", "harbour spokesman", None),
        ("Kim Okafor", None, None),
    ],
)
def test_gender_of_name_and_role(name: str, role: str | None, expected: str | None) -> None:
    assert gender_of(name, role) == expected


def test_personal_gender_reads_titles_and_given_names_not_role_words() -> None:
    assert personal_gender("Mrs. Brandt") == "female"
    assert personal_gender("Peter Okafor") == "male"
    # A role word inside a name is no sign of a person: "Burger King" is a company.
    assert personal_gender("Burger King") is None
    assert personal_gender("Peter") is None  # a lone given name may be a surname


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # Short forms and names less common than the first hundred are still names.
        ("Robby Lowe", "male"),
        ("Tad Okafor", "male"),
        ("Tomas Lowe", "male"),
        ("Newt Okafor", "male"),
        ("Shonda Okafor", "female"),
        ("Loretta Lowe", "female"),
        ("Dianne Okafor", "female"),
        # Names borne by men and women alike say nothing.
        ("Kelly Okafor", None),
        ("Jordan Lowe", None),
        ("Robin Okafor", None),
        # Nor do places and words that open other names ("Georgia Democrats",
        # "Austin police", "Sandy Hook", "Madison Square").
        ("Georgia Democrats", None),
        ("Austin Police", None),
        ("Sandy Hook", None),
        ("Madison Square", None),
    ],
)
def test_personal_gender_of_less_common_given_names(name: str, expected: str | None) -> None:
    assert personal_gender(name) == expected
