"""A body that publishes its own report speaks in it as itself: another outlet's figure
credited to that body, by its full name, a short form ("the Orvel Monitor", "the
Monitor") or its acronym, rests on the same upstream source, not on a second one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triangulate import analyze
from triangulate.model import Report, Speaker
from triangulate.reconcile.bodies import modifiers
from triangulate.reconcile.sources import Upstreams, names_outlet

MONITOR = "Orvel Monitor for Civil Rights"


def _analysed(folder: Path, *reports: tuple[str, str, str]) -> Report:
    """Invented reports as (id, outlet, body), published on one day, analysed together."""
    records = [
        {
            "id": doc_id,
            "outlet": outlet,
            "title": body.split("\n", 1)[0],
            "published": "2031-03-04",
            "text": body,
        }
        for doc_id, outlet, body in reports
    ]
    path = folder / "reports.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return analyze([str(path)])


def _own_report(tmp_path: Path, credit: str) -> Report:
    return _analysed(
        tmp_path,
        (
            "monitor",
            MONITOR,
            "Dalby market shelled\n\nAt least 48 civilians died when artillery shells hit "
            "the market district of Dalby on Tuesday. Our researchers in the town are still "
            "counting the wounded.",
        ),
        (
            "agency",
            "Corran Press Agency",
            f"Toll rises in Dalby\n\nTALLIS - Shelling on Dalby killed 48 civilians on "
            f"Tuesday, {credit} said. The Tallis-based group tracks casualties across the "
            f"region through a network of volunteers.",
        ),
    )


def _toll_group(report: Report):  # type: ignore[no-untyped-def]
    agency = [c for c in report.claims if c.doc == "agency" and c.figure is not None]
    monitor = [c for c in report.claims if c.doc == "monitor" and c.figure is not None]
    held = [
        g
        for g in report.groups
        if any(c.id in g.claims for c in agency) and any(c.id in g.claims for c in monitor)
    ]
    assert held, [(g.label, g.claims) for g in report.groups]
    return held[0]


@pytest.mark.parametrize("credit", ["the Monitor", "OMCR", "the Orvel Monitor", MONITOR])
def test_a_body_quoted_by_another_outlet_is_its_own_report_s_source(
    tmp_path: Path, credit: str
) -> None:
    report = _own_report(tmp_path, credit)
    group = _toll_group(report)
    assert group.independent_sources == 1, group.sources
    assert group.verdict != "conflict"
    # The echo chain shows the agency relaying the body's own report.
    echoes = [e for e in report.echoes if e.upstream == MONITOR]
    assert echoes and set(echoes[0].docs) == {"monitor", "agency"}, report.echoes


def test_another_body_quoted_beside_a_body_s_own_report_is_a_second_source(
    tmp_path: Path,
) -> None:
    report = _own_report(tmp_path, "the Dalby Relief Committee")
    group = _toll_group(report)
    assert group.independent_sources == 2, group.sources
    assert not [e for e in report.echoes if "credited to" in e.evidence]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("OMCR", True),
        ("Monitor", True),
        ("the Monitor", True),
        ("Orvel Monitor", True),
        ("the Orvel Monitor for Civil Rights", True),
        # Without its head word a part of the name names something else.
        ("Civil Rights", False),
        ("Orvel", False),
        # A lower-case description is read as a description of its kind.
        ("the monitor", False),
        ("OMR", False),
        ("Tallis Monitor", False),
    ],
)
def test_short_forms_of_an_outlet_s_name(name: str, expected: bool) -> None:
    assert names_outlet(name, MONITOR) is expected


def test_an_acronym_outlet_is_its_full_name_and_a_longer_outlet_is_not_its_part() -> None:
    assert names_outlet("Orvel Monitor for Civil Rights", "OMCR")
    assert not names_outlet("the White House", "White House Watch")
    assert not names_outlet("Reyes Monitor", "varga.com")


def test_an_article_narrows_no_description() -> None:
    assert modifiers(Speaker(name="a militia spokesman", anonymous=True)) == ("militia",)
    assert modifiers(Speaker(name="the health ministry")) == ("health",)


def test_a_spokesman_described_with_an_article_is_the_one_named_before(tmp_path: Path) -> None:
    report = _analysed(
        tmp_path,
        (
            "a",
            "Varga Daily",
            "Bridge battle\n\nMilitia spokesman Tomas Reyes said the fighters held the "
            "Dalby bridge on Monday. At least 12 fighters were killed in the battle, a "
            "militia spokesman said.",
        ),
        (
            "b",
            "Reyes Post",
            "Dalby toll\n\nCorran Tallis, an army officer, said on Tuesday that 30 militia "
            "fighters had died at the Dalby bridge on Monday.",
        ),
    )
    docs = {d.id: d for d in report.documents}
    upstreams = Upstreams(report.claims, docs, report.echoes, report.entities)
    described = [c for c in report.claims if c.said_by and c.said_by.name == "a militia spokesman"]
    assert described
    assert {upstreams.name(c.id) for c in described} == {"Tomas Reyes"}


def _officer_pile(tmp_path: Path, officer: str) -> Report:
    return _analysed(
        tmp_path,
        (
            "agency",
            "Corran Press Agency",
            "Dalby market shelled\n\nAt least 48 civilians died when artillery shells hit "
            "the market district of Dalby on Tuesday, the Orvel Monitor for Civil Rights "
            "said.",
        ),
        (
            "monitor",
            "Varga Daily",
            f"Toll rises in Dalby\n\nShelling on Dalby killed 48 civilians on Tuesday, said "
            f"{officer}. Volunteers are still searching the rubble.",
        ),
    )


@pytest.mark.parametrize(
    ("officer", "sources"),
    [
        ("Monitor director Tomas Reyes", 1),
        ("Relief Committee director Tomas Reyes", 2),
    ],
)
def test_a_body_s_officer_speaks_for_the_body(tmp_path: Path, officer: str, sources: int) -> None:
    report = _officer_pile(tmp_path, officer)
    group = _toll_group(report)
    assert group.independent_sources == sources, group.sources


def test_an_echo_holds_what_is_credited_to_the_body_beyond_its_own_figures(
    tmp_path: Path,
) -> None:
    # The agency credits the Monitor with a count of shelters its own report never gives:
    # the echo card still shows that claim (and says the body's report does not give it),
    # rather than an echo of no claims.
    report = _analysed(
        tmp_path,
        (
            "monitor",
            MONITOR,
            "Dalby market shelled\n\nAt least 48 civilians died when artillery shells hit "
            "the market district of Dalby on Tuesday.",
        ),
        (
            "agency",
            "Corran Press Agency",
            "Toll rises in Dalby\n\nTALLIS - Shelling on Dalby killed 48 civilians on "
            "Tuesday, the Monitor said. The Monitor said it had opened four shelters in "
            "schools on the edge of the town.",
        ),
    )
    echo = next(e for e in report.echoes if e.upstream == MONITOR)
    claims = {c.id: c for c in report.claims}
    relayed = {claims[c].text for c in echo.claims if claims[c].doc == "agency"}
    assert any("48" in t for t in relayed), relayed
    assert any("four" in t for t in relayed), relayed
    assert "repeats 1 of its figures" in echo.evidence, echo.evidence
    assert "credits it with 1 figure its own report does not give" in echo.evidence
