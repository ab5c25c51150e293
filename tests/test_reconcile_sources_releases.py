"""A body's own release, read without an outlet: a report whose own words say which body
it speaks as (its sources telling the body, or the body's first person and signature)
is that body's word, so another outlet quoting the body relays the same source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triangulate import analyze
from triangulate.model import Report
from triangulate.reconcile.sources import Upstreams, names_outlet, speaking_body

MONITOR = "Orvel Monitor for Civil Rights"


def _analysed(folder: Path, *reports: tuple[str, str | None, str]) -> Report:
    """Invented reports as (id, outlet or None, body), published on one day."""
    records = []
    for doc_id, outlet, body in reports:
        record = {
            "id": doc_id,
            "title": body.split("\n", 1)[0],
            "published": "2031-03-04",
            "text": body,
        }
        if outlet is not None:
            record["outlet"] = outlet
        records.append(record)
    path = folder / "reports.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return analyze([str(path)])


TOLD = (
    "Dalby market shelled\n\nAt least 48 civilians died when artillery shells hit the "
    f"market district of Dalby on Tuesday. The {MONITOR} obtained information from "
    "several sources in the town, who reported to the Monitor that the shelling came "
    "from the hills to the north."
)
SIGNED = (
    "Dalby market shelled\n\nAt least 48 civilians died when artillery shells hit the "
    "market district of Dalby on Tuesday. Our volunteers in the town are still counting "
    f"the wounded, and we will publish their names.\n\n— {MONITOR}"
)
RELAYED = (
    "Dalby market shelled\n\nAt least 48 civilians died when artillery shells hit the "
    "market district of Dalby on Tuesday. Sources in the town told the Monitor that the "
    "shelling came from the hills, the Monitor said."
)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (TOLD, MONITOR),
        (SIGNED, MONITOR),
        # A report that credits the body's words as another's relays it, by any name.
        (RELAYED, None),
        (TOLD.replace("north.", "north, according to OMCR."), None),
        # Sources that told two bodies leave the report's own voice unread.
        (
            "Bridge closed\n\nSources told the Varga Herald that the bridge would shut, and "
            "other sources told the Tallis Courier it would not.",
            None,
        ),
        # A first person with no signature names no body; nor does a page's closing link.
        ("Bridge closed\n\nWe saw the bridge shut on Monday.", None),
        ("Bridge closed\n\nWe saw the bridge shut on Monday.\n\nRelated Articles", None),
    ],
)
def test_the_body_a_report_speaks_as(text: str, body: str | None) -> None:
    assert speaking_body(text) == body


def _toll_sources(report: Report) -> tuple[int, tuple[str, ...]]:
    ids = {d.id for d in report.documents}
    tolls = [c for c in report.claims if c.figure is not None and c.figure.low == 48]
    assert {c.doc for c in tolls} == ids, [(c.doc, c.text) for c in tolls]
    (group,) = [g for g in report.groups if {c.id for c in tolls} <= set(g.claims)]
    return group.independent_sources, group.sources


@pytest.mark.parametrize("release", [TOLD, SIGNED])
def test_an_agency_quoting_a_body_relays_the_body_s_own_release(
    tmp_path: Path, release: str
) -> None:
    report = _analysed(
        tmp_path,
        ("release", None, release),
        (
            "agency",
            "Corran Press Agency",
            "Toll rises in Dalby\n\nTALLIS - Shelling on Dalby killed 48 civilians on "
            "Tuesday, the Monitor said. The Tallis-based group tracks casualties across the "
            "region through a network of volunteers.",
        ),
    )
    count, names = _toll_sources(report)
    # One source, shown by the body's full name, not by the agency's "the Monitor".
    assert (count, names) == (1, (MONITOR,))
    docs = {d.id: d for d in report.documents}
    upstreams = Upstreams(report.claims, docs, report.echoes, report.entities)
    own = [c for c in report.claims if c.doc == "release" and c.said_by is None]
    assert MONITOR in {upstreams.name(c.id) for c in own}
    # The echo card shows the agency relaying the body's release.
    echoes = [e for e in report.echoes if e.upstream == MONITOR]
    assert echoes and set(echoes[0].docs) == {"release", "agency"}, report.echoes


def test_a_report_relaying_a_body_is_not_its_release(tmp_path: Path) -> None:
    report = _analysed(
        tmp_path,
        ("relay", None, RELAYED),
        (
            "agency",
            "Corran Press Agency",
            "Toll rises in Dalby\n\nTALLIS - Shelling on Dalby killed 48 civilians on "
            "Tuesday, the Reyes Relief Committee said.",
        ),
    )
    count, names = _toll_sources(report)
    assert count == 2, names
    assert not any(MONITOR in n for n in names), names
    assert not [e for e in report.echoes if e.upstream == MONITOR], report.echoes


@pytest.mark.parametrize("credit", ["the Monitor", "OMCR"])
def test_a_source_is_shown_by_its_fullest_name(tmp_path: Path, credit: str) -> None:
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
            f"Toll rises in Dalby\n\nTALLIS - Shelling on Dalby killed 48 civilians on "
            f"Tuesday, {credit} said.",
        ),
    )
    assert _toll_sources(report) == (1, (MONITOR,))


def test_an_explanation_names_a_person_as_the_source_list_shows_them(tmp_path: Path) -> None:
    # One report names the coach in full, another by his surname: the group lists "Tomas
    # Varga", and its explanation must name the same person, not "Varga" alone.
    report = _analysed(
        tmp_path,
        (
            "herald",
            "Varga Herald",
            "Dalby coach stays\n\nTomas Varga, the Dalby Owls coach, said on Monday that "
            "the club had sold 4,000 season tickets.",
        ),
        (
            "courier",
            "Tallis Courier",
            "Owls coach signs on\n\nVarga said he had signed a contract for eight years "
            "with the Dalby Owls.",
        ),
    )
    groups = [g for g in report.groups if g.kind == "figure" and "Tomas Varga" in g.sources]
    assert groups, [(g.label, g.sources) for g in report.groups]
    assert all("Tomas Varga" in g.explanation for g in groups), [g.explanation for g in groups]


def test_a_body_relayed_by_two_reports_is_one_echo(tmp_path: Path) -> None:
    records = [
        ("monitor", MONITOR, "2031-03-04", "At least 48 civilians died in Dalby on Tuesday."),
        (
            "agency",
            "Corran Press Agency",
            "2031-03-05",
            "Shelling killed 48 civilians in Dalby on Tuesday, according to the Monitor.",
        ),
        (
            "daily",
            "Varga Daily",
            "2031-03-02",
            "The Monitor said 48 civilians died when shells hit Dalby.",
        ),
    ]
    path = tmp_path / "reports.jsonl"
    path.write_text(
        "\n".join(
            json.dumps(
                {"id": i, "outlet": o, "title": "Dalby", "published": d, "text": f"Dalby\n\n{t}"}
            )
            for i, o, d, t in records
        )
        + "\n",
        encoding="utf-8",
    )
    report = analyze([str(path)])
    (echo,) = [e for e in report.echoes if e.upstream == MONITOR]
    assert echo.docs == ("agency", "daily", "monitor")
    # The daily came out before the Monitor's report: it relays the Monitor's word, and the
    # evidence does not call it a relay of the report.
    assert "Varga Daily cites" in echo.evidence
    assert "published before its report" in echo.evidence.split("Varga Daily")[1]
    assert "published before" not in echo.evidence.split("Varga Daily")[0]


def test_one_report_copied_by_two_is_one_echo(tmp_path: Path) -> None:
    wire = (
        "Floodwaters cut the Dalby road on Monday as the Orvel river rose through the night, "
        "and rescue crews moved 300 families from the low streets of the old town to the "
        "school halls on the hill, where the Reyes relief teams handed out blankets and water."
    )
    records = [
        ("wire", "Corran Press Agency", "2031-03-04", wire),
        ("daily", "Varga Daily", "2031-03-05", f"{wire} The council meets on Friday."),
        ("post", "Tallis Post", "2031-03-05", f"Roads closed. {wire}"),
    ]
    path = tmp_path / "reports.jsonl"
    path.write_text(
        "\n".join(
            json.dumps({"id": i, "outlet": o, "title": "Dalby flood", "published": d, "text": t})
            for i, o, d, t in records
        )
        + "\n",
        encoding="utf-8",
    )
    report = analyze([str(path)])
    echoes = [e for e in report.echoes if e.upstream == "Corran Press Agency"]
    assert [e.docs for e in echoes] == [("daily", "post", "wire")], report.echoes
    assert "Varga Daily shares" in echoes[0].evidence
    assert "Tallis Post shares" in echoes[0].evidence


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        # Acronyms are read as entity resolution reads them: small words left out or kept,
        # and a corporate suffix left out.
        ("OMCR", MONITOR, True),
        ("DOD", "Department of Defense", True),
        ("DD", "Department of Defense", True),
        ("HM", "Harlow Motors Corporation", True),
        ("HMC", "Harlow Motors Corporation", True),
        ("HC", "Harlow Motors Corporation", False),
    ],
)
def test_an_acronym_names_a_body_as_entities_read_it(short: str, name: str, expected: bool) -> None:
    assert names_outlet(short, name) is expected


NETWORK = (
    "Dalby market shelled\n\nArtillery shells hit the market district of Dalby on Tuesday. "
    f"The {MONITOR} obtained information from several reliable sources in the town, who "
    "reported to the Monitor that 48 civilians were killed in the shelling."
)
AGENCY_ON_MONITOR = (
    "Toll rises in Dalby\n\nTALLIS - Shelling on Dalby killed 48 civilians on Tuesday, "
    f"according to the {MONITOR}. The Tallis-based group tracks casualties across the region."
)


def test_the_unnamed_sources_of_a_body_s_own_release_are_the_body(tmp_path: Path) -> None:
    # The sources who told the body are its own network: an agency quoting the body on
    # the same toll adds no second source.
    report = _analysed(
        tmp_path, ("release", None, NETWORK), ("agency", "Corran Press Agency", AGENCY_ON_MONITOR)
    )
    tolls = [c for c in report.claims if c.figure is not None and c.figure.low == 48]
    assert any(c.doc == "release" and c.said_by and c.said_by.anonymous for c in tolls), [
        (c.doc, c.said_by) for c in tolls
    ]
    assert _toll_sources(report) == (1, (MONITOR,))


def test_unnamed_sources_in_another_outlet_s_report_stay_their_own(tmp_path: Path) -> None:
    # A newspaper whose sources told it the toll is not the body it also quotes.
    report = _analysed(
        tmp_path,
        (
            "paper",
            "Varga Herald",
            "Dalby market shelled\n\nArtillery shells hit the market district of Dalby on "
            "Tuesday. Several reliable sources in the town told the Varga Herald that 48 "
            "civilians were killed in the shelling.",
        ),
        ("agency", "Corran Press Agency", AGENCY_ON_MONITOR),
    )
    count, names = _toll_sources(report)
    assert count == 2, names


def test_a_body_s_network_is_shown_by_the_body_s_name(tmp_path: Path) -> None:
    # Beside another outlet's different toll, the release's unnamed sources are listed and
    # explained as the body itself, not as "several reliable sources (unnamed, via ...)".
    report = _analysed(
        tmp_path,
        ("release", None, NETWORK),
        (
            "paper",
            "Varga Herald",
            "Dalby market shelled\n\nArtillery shells hit the market district of Dalby on "
            "Tuesday. Shelling on Dalby killed 61 civilians, Mayor Tomas Brandt said.",
        ),
    )
    (group,) = [
        g
        for g in report.groups
        if g.kind == "figure"
        and any(c.doc == "release" and c.id in g.claims for c in report.claims)
        and any(c.doc == "paper" and c.id in g.claims for c in report.claims)
    ]
    assert MONITOR in group.sources, group.sources
    assert not any("unnamed" in s for s in group.sources), group.sources
    assert MONITOR in group.explanation, group.explanation
    assert "reliable sources" not in group.explanation, group.explanation


def test_the_terminal_lists_a_body_s_own_release_under_the_body_s_name(tmp_path: Path) -> None:
    # The reports table of the terminal summary names the release's body as its outlet, as
    # the HTML report does, never "—"; a report of no outlet and no body stays "—".
    from rich.console import Console

    from triangulate.cli.summary import print_summary

    plain = "Dalby market\n\nTraders in Dalby reopened their stalls on Wednesday morning."
    report = _analysed(tmp_path, ("m1", None, SIGNED), ("m2", None, plain))
    console = Console(record=True, width=200, color_system=None)
    print_summary(report, console, show_all=True)
    rows = [line for line in console.export_text().splitlines() if "│ Dalby market" in line]
    assert rows and all(("│ " + MONITOR) in r or "│ —" in r for r in rows), rows
    assert any(("│ " + MONITOR) in r for r in rows), rows
