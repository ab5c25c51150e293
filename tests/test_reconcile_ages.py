"""A person's age at death is one quantity about that person: grouped across reports by who
died, labelled with the person, and judged exactly (an age is a whole number of years)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_reconcile_grouping_probes import D, _r
from test_reconcile_helpers import analysed, measure_home, topic
from triangulate.model import Group, Report
from triangulate.reconcile.ages import AGE_AT_DEATH
from triangulate.reconcile.topics import PERSON_TIME, relation
from triangulate.report.html import render_html
from triangulate.report.markdown import render_markdown


def _ages(report: Report) -> list[Group]:
    return [g for g in report.groups if g.kind == "figure" and g.label.startswith("age at death")]


def test_one_persons_age_told_two_ways_is_one_quantity_in_dispute(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "novelist",
        _r(
            a=(
                "Novelist Tomas Brandt dies",
                D,
                "Tomas Brandt, the novelist, died Monday at 77 in Orvel, his publisher said.",
            ),
            b=(
                "Writer Brandt dead",
                D,
                "The novelist Tomas Brandt has died in Orvel. He was 78.",
            ),
        ),
    )
    home = measure_home(report, "77", "a.txt")
    assert measure_home(report, "78", "b.txt").id == home.id
    assert home.label == "age at death of Tomas Brandt"
    assert home.verdict == "conflict"
    assert "whole years" in home.explanation
    assert [g.verdict for g in _ages(report)] == ["conflict"]


def test_two_peoples_ages_stay_apart_each_with_its_name(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "crash",
        _r(
            a=(
                "Two die in Orvel crash",
                D,
                "Two people died when a truck hit a car near Orvel on Monday, police said. "
                "Ada Varga, 23, died at the scene. Tomas Reyes, 45, died later in hospital.",
            ),
            b=(
                "Crash near Orvel kills two",
                D,
                "A truck hit a car near Orvel on Monday. Tomas Reyes, 45, died in hospital, "
                "police said. Ada Varga, 24, died at the scene.",
            ),
        ),
    )
    varga = measure_home(report, "23", "a.txt")
    reyes = measure_home(report, "45", "a.txt")
    assert varga.id != reyes.id
    assert varga.label == "age at death of Ada Varga"
    assert reyes.label == "age at death of Tomas Reyes"
    assert measure_home(report, "24", "b.txt").id == varga.id
    assert measure_home(report, "45", "b.txt").id == reyes.id
    assert (varga.verdict, reyes.verdict) == ("conflict", "agree")
    assert not [g for g in report.groups if g.verdict == "scope_differs"]


def test_the_one_who_died_not_the_last_name_before_the_age(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "founder",
        _r(
            a=(
                "Publisher dies",
                D,
                "Tomas Brandt, who founded the Kelvara Press with Ada Varga, died Monday at 77, "
                "the press said.",
            ),
        ),
    )
    assert measure_home(report, "77", "a.txt").label == "age at death of Tomas Brandt"


def test_unnamed_dead_are_labelled_by_their_noun_and_kept_apart(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "unnamed",
        _r(
            a=(
                "Two crashes near Orvel",
                D,
                "A driver died at 45 in a crash near Orvel on Sunday, police said. In a second "
                "crash, a pedestrian died at 23.",
            ),
            b=(
                "Climber dies on Mount Dalby",
                D,
                "A climber died on Mount Dalby on Sunday, rescuers said. He was 34.",
            ),
        ),
    )
    labels = sorted(g.label for g in _ages(report))
    assert labels == [
        "age at death of the climber",
        "age at death of the driver",
        "age at death of the pedestrian",
    ]
    assert all(g.verdict == "single" for g in _ages(report))
    assert not [g for g in report.groups if g.verdict == "scope_differs"]


def test_an_age_is_never_read_as_rounded(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "centenarian",
        _r(
            a=(
                "Ada Tallis dies",
                D,
                "Ada Tallis, the painter, died Sunday at 100 in Corran, her family said.",
            ),
            b=(
                "Painter Tallis dead",
                D,
                "The painter Ada Tallis has died in Corran. She was 101.",
            ),
        ),
    )
    home = measure_home(report, "100", "a.txt")
    assert home.label == "age at death of Ada Tallis"
    assert home.verdict == "conflict"
    assert measure_home(report, "101", "b.txt").id == home.id


def test_a_name_and_its_short_form_are_one_persons(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "painter",
        _r(
            a=(
                "Painter dies",
                D,
                "Tomas R. Brandt, a painter whose murals hang in Orvel, has died at 80, his "
                "gallery said.",
            ),
            b=(
                "Orvel painter Brandt dead",
                D,
                "Tom Brandt, 81, died Sunday in Orvel, the Dalby Herald reported.",
            ),
        ),
    )
    home = measure_home(report, "80", "a.txt")
    assert measure_home(report, "81", "b.txt").id == home.id
    assert home.verdict == "conflict"
    assert home.label.startswith("age at death of T") and home.label.endswith("Brandt")


def test_a_couples_ages_stay_two_peoples(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "couple",
        _r(
            a=(
                "Couple die in Orvel fire",
                D,
                "Ada Brandt, 70, died in the fire on Sunday, police said. Her husband Tomas "
                "Brandt, 72, died in hospital.",
            ),
            b=(
                "Fire kills couple",
                D,
                "Tomas Brandt, 72, died in hospital on Sunday. Ada Brandt, 71, died at the "
                "scene, firefighters said.",
            ),
        ),
    )
    ada, tomas = measure_home(report, "70", "a.txt"), measure_home(report, "72", "a.txt")
    assert ada.id != tomas.id
    assert (ada.label, tomas.label) == (
        "age at death of Ada Brandt",
        "age at death of Tomas Brandt",
    )
    assert measure_home(report, "71", "b.txt").id == ada.id
    assert measure_home(report, "72", "b.txt").id == tomas.id
    assert (ada.verdict, tomas.verdict) == ("conflict", "agree")


@pytest.mark.parametrize(
    ("one", "two", "related"),
    [
        ("Tomas Brandt", "Tomas Brandt", "same"),
        ("Brandt", "Tomas Brandt", "same"),
        ("Tom Brandt", "Tomas R. Brandt", "same"),
        ("Reyes Sr.", "Corran Reyes", "same"),
        ("Ada Brandt", "Tomas Brandt", "nested"),
        ("Ada Varga", "Tomas Reyes", "nested"),
        ("Varga", "Tomas Reyes", "nested"),
        ("Dr. Tomas Brandt", "Tomas Brandt", "same"),
        (None, "Tomas Reyes", "nested"),
    ],
)
def test_whose_age_at_death_decides_if_two_are_one(
    one: str | None, two: str | None, related: str
) -> None:
    a = topic(population=AGE_AT_DEATH, kind="duration", unit="year", holder=one)
    b = topic(population=AGE_AT_DEATH, kind="duration", unit="year", holder=two)
    assert relation(a, b)[0] == related
    assert relation(b, a)[0] == related


@pytest.mark.parametrize(
    ("holder", "others", "other", "related"),
    [
        # a report gave Ada Varga's and Tomas Reyes's ages: two people wherever named
        ("Ada Varga", ("Tomas Reyes",), "Tomas Reyes", "apart"),
        ("Varga", ("Tomas Reyes",), "Reyes", "apart"),
        ("Ada Varga", ("Tomas Reyes",), "Corran Dalby", "nested"),
        ("Ada Varga", ("Tomas Reyes",), "Ada Varga", "same"),
    ],
)
def test_two_people_a_report_tells_apart_are_two_ages(
    holder: str, others: tuple[str, ...], other: str, related: str
) -> None:
    a = topic(
        population=AGE_AT_DEATH,
        kind="duration",
        unit="year",
        holder=holder,
        others=frozenset(others),
    )
    b = topic(population=AGE_AT_DEATH, kind="duration", unit="year", holder=other)
    assert relation(a, b)[0] == related
    assert relation(b, a)[0] == related


def test_an_age_at_death_is_years_spent_only_when_they_agree() -> None:
    age = topic(population=AGE_AT_DEATH, kind="duration", unit="year", holder="Tomas Brandt")
    spent = topic(population=PERSON_TIME, kind="duration", unit="year")
    assert relation(age, spent)[0] == "nested"
    assert relation(spent, age)[0] == "nested"
    assert relation(age, topic(kind="duration", unit="year"))[0] == "apart"


def test_agreeing_ages_are_told_as_one_age(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "agree",
        _r(
            a=("Ada Tallis dies", D, "Ada Tallis, the painter, died Sunday at 88 in Corran."),
            b=("Painter dead", D, "The painter Ada Tallis has died in Corran. She was 88."),
        ),
    )
    home = measure_home(report, "88", "a.txt")
    assert measure_home(report, "88", "b.txt").id == home.id
    assert home.verdict == "agree"
    assert "one age at death, told in whole years" in home.explanation
    assert "percent" not in home.explanation


def test_two_named_people_of_one_age_are_two_ages(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "same_age",
        _r(
            a=(
                "Two die in Orvel crash",
                D,
                "Ada Varga, 45, died at the scene on Monday, police said. Tomas Reyes, 45, died "
                "later in hospital.",
            ),
            b=(
                "Crash near Orvel kills two",
                D,
                "Tomas Reyes, 45, died in hospital, police said. Ada Varga, 45, died at the scene.",
            ),
        ),
    )
    varga = measure_home(report, "45", "a.txt")
    assert varga.label == "age at death of Ada Varga"
    assert len(varga.claims) == 2
    labels = sorted(g.label for g in _ages(report))
    assert labels == ["age at death of Ada Varga", "age at death of Tomas Reyes"]
    assert all(g.verdict == "agree" and len(g.claims) == 2 for g in _ages(report))


def test_an_age_at_death_has_no_conservative_value(tmp_path: Path) -> None:
    # a toll's lowest credible value means nothing for one person's age: the report shows
    # the values and their range, and no "conservative" 77 as if it were the safer reading
    report = analysed(
        tmp_path / "conservative",
        _r(
            a=("Novelist dies", D, "Tomas Brandt, the novelist, died Monday at 77 in Orvel."),
            b=("Writer dead", D, "The novelist Tomas Brandt has died in Orvel. He was 78."),
        ),
    )
    home = measure_home(report, "77", "a.txt")
    assert home.verdict == "conflict"
    assert home.range == (77, 78)
    assert home.conservative is None
    lines = render_markdown(report).splitlines()
    row = next(line for line in lines if line.startswith(f"| {home.label} |"))
    assert "| 77–78 years | — |" in row
    html = render_html(report)
    start = html.index(f"<b>{home.label}</b>")
    assert '<td class="num">—</td></tr>' in html[start : html.index("</tr>", start) + 5]
