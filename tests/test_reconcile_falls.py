"""How far someone fell: the length of a fall is the faller's own, never a distance between
places; two people's falls stay apart, and two values of one fall disagree."""

from __future__ import annotations

from pathlib import Path

from test_reconcile_grouping_probes import D, Pile, _group_of, _r
from test_reconcile_helpers import analysed

FALLS = Pile(
    "each_climber_his_own_fall",
    _r(
        a=(
            "Two climbers die",
            D,
            "QUEENSTOWN (AP) - On Friday, Tomas Brandt died after slipping and falling about "
            "60 metres from a ridge near the Kelvara Glacier. On Saturday, Ada Varga fell "
            "about 600 metres while climbing to a hut on Mount Orvel, police said.",
        ),
        b=(
            "Second climber dies",
            D,
            "Tomas Brandt was killed on Friday after falling 150 metres from a ridge in the "
            "Kelvara National Park. Ada Varga fell 600m on Saturday while climbing on Mount "
            "Orvel, police said.",
        ),
    ),
    one=(("a", "falling about {60} metres"), ("b", "falling {150} metres")),
    apart=(
        (("a", "falling about {60} metres"), ("a", "fell about {600} metres")),
        (("b", "falling {150} metres"), ("b", "fell {600}m")),
    ),
    conflict=True,
)


def test_falls_of_one_climber_meet_and_disagree_apart_from_anothers(tmp_path: Path) -> None:
    report = analysed(tmp_path / "falls", FALLS.reports)
    homes = [_group_of(report, stem, marked) for stem, marked in FALLS.one]
    assert None not in homes and len(set(homes)) == 1, homes
    for (s1, m1), (s2, m2) in FALLS.apart:
        g1, g2 = _group_of(report, s1, m1), _group_of(report, s2, m2)
        assert g1 is None or g1 != g2, (m1, m2)
    labels = {g.id: (g.label, g.verdict) for g in report.groups}
    assert labels[homes[0] or ""] == ("length of the fall", "conflict")
    other = _group_of(report, "a", "fell about {600} metres")
    assert labels[other or ""][0] == "length of the fall"


WEIGHTS = Pile(
    "a_wanted_mans_weight",
    _r(
        a=(
            "Manhunt",
            D,
            "HALVERTON (AP) - Deputies are searching for Aram Corran, 27. He is 5-feet-8 "
            "inches tall, weighing 130 pounds, and has a shaved head.",
        ),
        b=(
            "Suspect sought",
            D,
            "Deputies said that Corran is 5-foot-8, 135 pounds, with tattoos on his arms. "
            "The victim, Lena Dalby, weighed 110 pounds, her family said.",
        ),
    ),
    one=(("a", "weighing {130} pounds"), ("b", "5-foot-8, {135} pounds")),
    apart=((("b", "5-foot-8, {135} pounds"), ("b", "weighed {110} pounds")),),
    conflict=True,
)


def test_a_persons_weight_is_theirs_and_two_values_disagree(tmp_path: Path) -> None:
    report = analysed(tmp_path / "weights", WEIGHTS.reports)
    homes = [_group_of(report, stem, marked) for stem, marked in WEIGHTS.one]
    assert None not in homes and len(set(homes)) == 1, homes
    for (s1, m1), (s2, m2) in WEIGHTS.apart:
        g1, g2 = _group_of(report, s1, m1), _group_of(report, s2, m2)
        assert g1 is None or g1 != g2, (m1, m2)
    labels = {g.id: (g.label, g.verdict) for g in report.groups}
    assert labels[homes[0] or ""] == ("a person's weight", "conflict")
