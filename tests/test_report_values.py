"""Values as an analyst writes them: every view says a figure with its unit, one way."""

from __future__ import annotations

from pathlib import Path

import pytest

from triangulate.model import Figure
from triangulate.reconcile.intervals import describe, describe_said, tolerance
from triangulate.report.claims_text import conservative_text, range_text, value_text
from triangulate.timeline.build import build_timeline


def _figure(
    low: float | None,
    high: float | None,
    hedge: str = "exact",
    *,
    unit: str | None = None,
    kind: str = "count",
    currency: str | None = None,
    basis: str | None = None,
    measure: str = "thing",
) -> Figure:
    return Figure(
        measure=measure,
        counted=None,
        qualifiers=(),
        low=low,
        high=high,
        hedge=hedge,  # type: ignore[arg-type]
        unit=unit,
        kind=kind,
        currency=currency,
        currency_basis=basis,
    )


def _money(value: float, code: str, hedge: str = "exact") -> Figure:
    return _figure(value, value, hedge, unit=code, kind="money", currency=code, basis="stated")


def _pounds(value: float, hedge: str = "exact") -> Figure:
    return _money(value, "GBP", hedge)


@pytest.mark.parametrize(
    ("figure", "shown"),
    [
        (_pounds(10e6), "£10 million"),
        (_money(13.5e6, "USD", "about"), "about $13.5 million"),
        (_money(2000, "EUR"), "€2,000"),
        (_money(2.25e9, "CHF"), "CHF 2.25 billion"),
        (_money(1_234_567, "EUR"), "€1,234,567"),
        (_figure(85, 85, unit="GBp", kind="money", currency="GBP"), "85p"),
        (_figure(50, 50, unit="cent", kind="money", currency="USD"), "50 cents"),
        (_figure(80, 80, unit="percent", kind="percent"), "80%"),
        (_figure(6, 6, unit="percentage_point", kind="percent"), "6 percentage points"),
        (_figure(77, 77, unit="year", kind="duration", measure="age at death"), "77 years"),
        (_figure(1130, 1130), "1,130"),
        (_figure(600, 700, "range"), "600–700"),
        (_figure(55, 70, "range", unit="percent", kind="percent"), "55–70%"),
        (_figure(1000, None, "at_least"), "at least 1,000"),
        (_figure(None, 8000, "at_most"), "up to 8,000"),
        (_figure(40, 40, unit="MW", kind="power"), "40 MW"),
    ],
)  # fmt: skip
def test_a_value_is_written_with_its_unit(figure: Figure, shown: str) -> None:
    assert describe(figure) == shown
    assert value_text(figure) == shown


def test_a_hedge_stays_in_the_reports_own_words() -> None:
    assert describe_said(_figure(100, 100, "about"), "nearly 100 people") == "nearly 100"
    share = _figure(40, None, "at_least", unit="percent", kind="percent")
    assert describe_said(share, "more than 40 percent") == "more than 40%"


def test_a_hedge_before_a_currency_sign_stays_in_the_reports_own_words() -> None:
    nearly = _figure(10e6, 10e6, "about", unit="GBP", kind="money", currency="GBP")
    assert describe_said(nearly, "nearly £10m in fines") == "nearly £10 million"
    assert "'nearly'" in tolerance([nearly], said=["nearly £10m in fines"])
    over = _figure(10e6, None, "at_least", unit="USD", kind="money", currency="USD")
    assert describe_said(over, "well over US$10m") == "well over $10 million"
    under = _figure(None, 3e6, "at_most", unit="EUR", kind="money", currency="EUR")
    assert describe_said(under, "just under €3m") == "just under €3 million"
    # a hedge that sets another bound than the figure's is not borrowed
    assert describe_said(under, "more than €3m") == "up to €3 million"


def test_a_sum_whose_currency_is_not_said_says_so() -> None:
    unknown = _figure(5e6, 5e6, unit="$", kind="money", basis="unknown")
    assert value_text(unknown) == "$5 million (currency unknown)"
    inferred = _figure(5e6, 5e6, unit="SGD", kind="money", currency="SGD", basis="inferred from x")
    assert value_text(inferred) == "S$5 million (inferred)"


def test_a_range_and_a_conservative_value_carry_the_groups_unit() -> None:
    ages = [
        _figure(77, 77, unit="year", kind="duration"),
        _figure(78, 78, unit="year", kind="duration"),
    ]
    assert range_text((77, 78), ages) == "77–78 years"
    assert range_text((10e6, 13e6), [_pounds(10e6), _pounds(13e6)]) == "£10 million–£13 million"
    assert conservative_text(10e6, [_pounds(10e6)]) == "£10 million"
    assert range_text((600, 700), [_figure(600, 600), _figure(700, 700)]) == "600–700"
    # A sum beside its conversion: no one currency to write the range in.
    dollars = _money(13e6, "USD")
    assert range_text((10e6, 13e6), [_pounds(10e6), dollars]) == "10,000,000–13,000,000"
    assert range_text(None) == "—"


_BRIDGE_A = (
    "Bridge repairs cost set\n"
    "PORT ADA, June 3 2031 - The Kelvara council said on Tuesday that repairs to the Orvel "
    "bridge cost £10 million, and that 80 percent of the work was done.\n"
)
_BRIDGE_B = (
    "Orvel bridge bill\n"
    "PORT ADA, June 3 2031 - Repairs to the Orvel bridge cost £14 million, the contractor "
    "Tallis Works said on Tuesday, adding that 60 percent of the work was done.\n"
)


def test_every_view_writes_sums_and_shares_with_their_units(tmp_path: Path) -> None:
    from triangulate import analyze, write

    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text(_BRIDGE_A, encoding="utf-8")
    (folder / "b.txt").write_text(_BRIDGE_B, encoding="utf-8")
    report = analyze(folder)
    (shares,) = [g for g in report.groups if g.verdict == "conflict"]
    assert "Tallis Works gives 60%" in shares.explanation
    assert "Kelvara council gives 80%" in shares.explanation
    sums = [g.explanation for g in report.groups if "GBP" in g.label]
    assert sums and all("£1" in e for e in sums)
    notes = [s.contest for s in report.summary if s.contested]
    assert notes and all("80% (Kelvara council)" in n and "60% (Tallis Works)" in n for n in notes)
    for name in ("r.md", "r.html"):
        write(report, tmp_path / name)
    markdown = (tmp_path / "r.md").read_text(encoding="utf-8")
    row = next(line for line in markdown.splitlines() if line.startswith("| percent of work"))
    assert "| 60–80% | 60% |" in row
    assert "| £10 million | £10 million |" in markdown
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "60–80%" in html and "£14 million" in html
    labels = [e.label for e in build_timeline(report.documents, report.claims, report.groups)]
    assert any("£10 million" in label for label in labels)
    # The JSON report keeps its numbers as numbers.
    write(report, tmp_path / "r.json")
    assert '"low": 10000000' in (tmp_path / "r.json").read_text(encoding="utf-8")


def test_report_a_range_end_converted_from_another_unit_shows_no_decimals_no_report_gave() -> None:
    # 1,150 km and 1,500 km beside "about 940 miles" (1,512.78 km): the range reads
    # "1,150–1,513 km"; ends the reports gave keep their own decimals.
    def length(value: float, unit: str) -> Figure:
        return Figure(
            measure="distance from Dalby", counted=None, qualifiers=(), low=value, high=value,
            hedge="exact", unit=unit, kind="length",
        )  # fmt: skip

    km = [length(1150, "km"), length(1500, "km"), length(940, "mi")]
    assert range_text((1150, 1512.78336), km) == "1,150–1,513 km"
    short = [length(2.5, "km"), length(3.75, "km"), length(1.2, "mi")]
    assert range_text((1.93, 3.75), short) == "1.93–3.75 km"
