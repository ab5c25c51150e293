"""Counts a source revises, as a reader of the news flags them: a toll one source gives as
two values in two reports no day sets in order rose (a running count only rises), a toll
a later report says was lowered is revised, not disputed, and a value set aside for
another ("11 people, not 15") is no figure of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_reconcile_helpers import analysed, doc, figure_claim
from test_reconcile_probes import _pile, assert_called
from triangulate.reconcile.verdicts import lowered_cue, unasserted

_EARLY_DATED = (
    "coast",
    "Floods in Corran\n\nMarch 3, 2031",
    "Floods in the town of Corran on Monday killed 15 people, the interior ministry said.",
)


def _later(body: str) -> tuple[str, str, str]:
    return ("valley", "Corran floods\n\nMarch 4, 2031", body)


PROBES: list[tuple[str, str, dict[str, str]]] = [
    # A later report says the toll was lowered: the ministry revised it, nobody disputes it.
    (
        "lowered_the_toll",
        "update",
        _pile(
            _EARLY_DATED,
            _later("The interior ministry lowered the death toll from the floods in Corran to 11."),
        ),
    ),
    (
        "revised_the_number_of_dead",
        "update",
        _pile(
            _EARLY_DATED,
            _later(
                "The interior ministry later revised the number of dead in the Corran floods to 11."
            ),
        ),
    ),
    (
        "corrected_the_toll",
        "update",
        _pile(
            _EARLY_DATED,
            _later(
                "The interior ministry corrected the toll from Monday's floods in Corran to "
                "11 dead."
            ),
        ),
    ),
    # The earlier figure set aside in the later report's own words.
    (
        "not_the_earlier_value",
        "update",
        _pile(
            _EARLY_DATED,
            _later(
                "The interior ministry said on Tuesday that 11 people, not 15, were killed in "
                "the floods in Corran."
            ),
        ),
    ),
    # A lower toll of a later day, from another source, with no word of lowering: a dispute.
    (
        "lower_later_without_words_of_lowering",
        "conflict",
        _pile(
            _EARLY_DATED,
            _later(
                "The Red Cross said 11 people died in the floods in the town of Corran on Monday."
            ),
        ),
    ),
    # One wire story sent twice with its toll raised, neither copy dated.
    (
        "wire_story_sent_again_undated",
        "update",
        _pile(
            (
                "coast",
                "Quake hits Varga",
                "VARGA (Wire) - An earthquake struck the town of Varga on Monday, killing 20 "
                "people and injuring dozens, officials said. Rescue teams searched collapsed "
                "buildings through the night.",
            ),
            (
                "valley",
                "Quake hits Varga",
                "VARGA (Wire) - An earthquake struck the town of Varga on Monday, killing 35 "
                "people and injuring dozens, officials said. Rescue teams searched collapsed "
                "buildings through the night.",
            ),
        ),
    ),
    # Two sources, neither report dated: still a dispute, not a rise.
    (
        "two_sources_undated",
        "conflict",
        _pile(
            (
                "coast",
                "Quake hits Varga",
                "An earthquake struck the town of Varga on Monday, killing 20 people, police said.",
            ),
            (
                "valley",
                "Varga quake toll",
                "The Red Cross said 35 people died when a strong earthquake hit Varga on "
                "Monday morning.",
            ),
        ),
    ),
]


@pytest.mark.parametrize(("expected", "texts"), [pytest.param(e, t, id=n) for n, e, t in PROBES])
def test_revised_count(tmp_path: Path, expected: str, texts: dict[str, str]) -> None:
    assert_called(tmp_path / "pile", expected, texts)


def test_lowered_toll_is_told_as_revised_down(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "pile",
        _pile(
            _EARLY_DATED,
            _later("The interior ministry lowered the death toll from the floods in Corran to 11."),
        ),
    )
    updates = [g for g in report.groups if g.verdict == "update"]
    assert len(updates) == 1
    assert updates[0].explanation.startswith("The figure was revised down:")
    assert "15" in updates[0].explanation and "11" in updates[0].explanation


def test_undated_rise_is_told_as_read_from_a_running_count(tmp_path: Path) -> None:
    report = analysed(tmp_path / "pile", dict(PROBES[5][2]))
    updates = [g for g in report.groups if g.verdict == "update"]
    assert len(updates) == 1
    said = updates[0].explanation
    assert "20" in said and "35" in said
    assert "no day sets the two reports in order" in said


def test_one_days_unordered_rise_says_why_and_names_the_source_alike(tmp_path: Path) -> None:
    # One source's arrests told in two reports of one day, no time of day in either: the
    # running count is read as risen, and the explanation says the day does not order the
    # two reports. The police, written "Police" at one sentence's start and "the police"
    # inside another, are named alike.
    pile = _pile(
        (
            "coast",
            "Protests in Orvel\n\nMarch 17, 2031",
            "Police in Orvel arrested 35 protesters on Monday, the police said.",
        ),
        (
            "valley",
            "Orvel protests\n\nMarch 17, 2031",
            "Police in Orvel said they arrested 42 protesters on Monday.",
        ),
    )
    report = analysed(tmp_path / "pile", pile)
    (update,) = [g for g in report.groups if g.verdict == "update"]
    said = update.explanation
    assert "both reports are of 2031-03-17 and no time of day sets them in order" in said
    assert "police give 35" in said and "police give 42" in said
    assert "no day sets" not in said


@pytest.mark.parametrize(
    ("text", "phrase", "lowered"),
    [
        ("The ministry lowered the death toll from the floods in Corran to 11.", "11", True),
        ("Police revised their estimate of the crowd down to 4,000.", "4,000", True),
        ("The agency corrected the figure to 300.", "300", True),
        ("Harlow Motors cut the workforce at its Dalby plant to 500.", "500", False),
        ("Officials cut the number of polling places in Orvel to 60.", "60", False),
        ("The ministry raised the death toll from the floods to 22.", "22", False),
    ],
)
def test_lowered_cue(text: str, phrase: str, lowered: bool) -> None:
    document = doc("d1", text, None)
    claim = figure_claim(document, phrase, low=1.0, high=1.0)
    assert lowered_cue(claim, {document.id: document}) is lowered


@pytest.mark.parametrize(
    ("text", "phrase", "set_aside"),
    [
        ("Eleven people, not 15, were killed in the floods.", "15", True),
        ("The toll stands at 11 (not 15) after a recount.", "15", True),
        ("Tallis sold 40, rather than 60, of the paintings.", "60", True),
        ("Of the 40 workers, not one was hurt.", "one", False),
        ("Eleven people were killed and 15 injured in the floods.", "15", False),
    ],
)
def test_value_set_aside(text: str, phrase: str, set_aside: bool) -> None:
    document = doc("d1", text, None)
    claim = figure_claim(document, phrase, low=1.0, high=1.0)
    assert unasserted(claim, {document.id: document}) is set_aside
