"""A count with no noun of its own that points back at a thing counted just before.

"Five men were arrested. Two were freed and the other three charged": the three are men.
Invented sentences, parsed with the real model (``read`` from the figure tests).
"""

from __future__ import annotations

import pytest

from test_claims_figures import read


def _measures(text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.figure.measure for f in read(text)}


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        # "the remaining N" after the whole they are taken from
        (
            "Police arrested five men in Homs on Friday. Two were charged with murder and "
            "the remaining three were released.",
            "three",
            "men",
        ),
        # "all four": the whole set named again
        ("Gunmen seized four hostages in Homs. All four were freed on Sunday.", "four", "hostages"),
        # "the other two" after "three of them": the rest of the same set
        (
            "Five men were arrested in Homs. Police released three of them, and the other "
            "two remain in custody.",
            "two",
            "men",
        ),
        # the object of a verb that is not a harm: who acted is not what is counted
        ("Police arrested five men in Homs. The army freed the other three.", "three", "men"),
    ],
)
def test_figures_a_bare_count_takes_the_thing_counted_before(
    text: str, number: str, counted: str
) -> None:
    measure = next(m for phrase, m in _measures(text).items() if phrase == number)
    assert measure.split()[0] == counted


def test_figures_a_part_is_never_larger_than_the_thing_it_points_back_at() -> None:
    # Six cannot be the rest of two men: what the six are is not said.
    measure = _measures("Police arrested two men in Homs. The other six were freed.")["six"]
    assert measure.startswith("unknown")


def test_figures_a_bare_subject_is_no_sign_of_what_it_counts() -> None:
    # The two may be the men named one by one, not two of the three others counted.
    text = "Omar Hadi and Sami Kareem were held in Homs with three others. Two were charged."
    assert _measures(text)["Two"].startswith("unknown")


def test_figures_the_n_names_again_a_set_of_just_that_size() -> None:
    # "the two" are a set of two named before (two people by name, say), never two of the
    # three officers counted before.
    text = "Police questioned three officers in Homs. The two were freed on Monday."
    assert _measures(text)["two"].startswith("unknown")


def test_figures_a_bare_count_skips_a_larger_count_for_the_nearest_that_fits() -> None:
    text = "Police arrested five men and seized two rifles in Homs. The other four were freed."
    assert _measures(text)["four"].startswith("men")


def test_figures_a_bare_count_never_reaches_past_the_sentence_before() -> None:
    text = (
        "Police arrested five men in Homs on Friday. The market reopened on Saturday. "
        "Rain fell all week. The other two were charged on Monday."
    )
    assert _measures(text)["two"].startswith("unknown")


def test_figures_a_bare_count_never_takes_a_headline_s_count() -> None:
    text = "Police Hold Five Men After Raid\nThe other two were charged in Homs on Monday."
    assert _measures(text)["two"].startswith("unknown")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a score is no count of the men counted before
        ("Police arrested five men in Homs. The home team scored two in the final.", "two"),
        # nor is a number after "at" (a clock time)
        ("Police arrested five men in Homs. The raid ended at 10 on Friday.", "10"),
        # nor is an age set off by commas
        ("Police arrested five men in Homs. The oldest, 45, was charged on Monday.", "45"),
    ],
)
def test_figures_numbers_that_point_nowhere_keep_their_own_reading(text: str, number: str) -> None:
    measure = next((m for phrase, m in _measures(text).items() if phrase == number), "")
    assert not measure.startswith("men")


def test_figures_them_takes_the_things_named_before_when_none_were_counted() -> None:
    # No count says how many boats there were; "them" are the boats, and "the remaining
    # three" the rest of them.
    text = (
        "The smuggling boats turned back and tried to flee the bay.\n"
        "While two of them got away, the patrol intercepted the remaining three."
    )
    found = _measures(text)
    assert found["two of them"].startswith("boats")
    assert found["three"].startswith("boats")


def test_figures_them_never_takes_things_named_without_the() -> None:
    # "her rivals" are no things the text named before with "the": what is counted stays
    # unknown rather than guessed.
    text = "She found her rivals in a break room in Homs and shot two of them."
    assert _measures(text)["two of them"].startswith("unknown")
