"""Shots fired, times hit and rounds loaded: three counts a shooting story gives. The
autopsy counts the bullets that hit; the police count the shots fired; a gun's load is
neither."""

from __future__ import annotations

from pathlib import Path

from test_reconcile_grouping_probes import D, Pile, _group_of, _r
from test_reconcile_helpers import analysed

HITS = Pile(
    "times_hit_apart_from_shots_fired",
    _r(
        a=(
            "Teen shot by police",
            D,
            "HALVERTON (AP) - Two officers fired 11 shots at Tomas Brandt on Saturday, police "
            "said. The autopsy showed that seven bullets entered his body. His revolver was "
            "loaded with four bullets, police said.",
        ),
        b=(
            "Vigil for teen",
            D,
            "Tomas Brandt was shot eleven times by police in Halverton on Saturday, his family "
            "said. The officers fired a total of 11 rounds.",
        ),
        c=(
            "Autopsy released",
            D,
            "An autopsy report showed Tomas Brandt was hit by seven bullets in Halverton, "
            "officials said.",
        ),
    ),
    one=(
        ("a", "that {seven} bullets entered"),
        ("b", "shot {eleven} times"),
        ("c", "hit by {seven} bullets"),
    ),
    apart=(
        (("a", "fired {11} shots"), ("a", "that {seven} bullets entered")),
        (("b", "a total of {11} rounds"), ("b", "shot {eleven} times")),
        (("a", "loaded with {four} bullets"), ("a", "fired {11} shots")),
    ),
    conflict=True,
)


def test_times_hit_meet_and_disagree_apart_from_shots_fired(tmp_path: Path) -> None:
    report = analysed(tmp_path / "hits", HITS.reports)
    homes = [_group_of(report, stem, marked) for stem, marked in HITS.one]
    assert None not in homes and len(set(homes)) == 1, homes
    for (s1, m1), (s2, m2) in HITS.apart:
        g1, g2 = _group_of(report, s1, m1), _group_of(report, s2, m2)
        assert g1 is None or g1 != g2, (m1, m2)
    labels = {g.id: (g.label, g.verdict) for g in report.groups}
    assert labels[homes[0] or ""] == ("times hit by gunfire", "conflict")
    fired = _group_of(report, "a", "fired {11} shots")
    assert labels[fired or ""] == ("shots fired", "agree")
    loaded = _group_of(report, "a", "loaded with {four} bullets")
    assert labels[loaded or ""][0] == "rounds loaded"
