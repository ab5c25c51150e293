"""What an analyst reads in the HTML report's summary and sources table: each summary
sentence names the groups it rests on, a report cited twice has its citations numbered,
names written right to left keep their place in a list, a relayed source is named once,
and a long reason for a report's date is folded under its basis."""

from __future__ import annotations

from dataclasses import replace

import lxml.html
import pytest

from test_report_html import TEXT_A, _at, hand_report
from triangulate.model import Citation, Published, Report, TimelineEntry
from triangulate.report.html import render_html, timeline_svg

# Invented outlets whose names are written right to left ("Voice of the Lake",
# "Harbour 24"): the second ends in digits, which a browser would move to the wrong side of
# a comma or a bracket next to it if the name were not set apart.
VOICE = "صوت البحيرة"
HARBOUR = "الميناء24"
LONG_REASON = (
    "not stated; inferred from the story's reports: it names Tuesday and Wednesday as past "
    "days, taken as the days just before it in the order of the week, so it came out on a "
    "Thursday; the earliest is taken."
)


def reading_report() -> Report:
    """The hand-built ferry report, its second and third reports from outlets named right
    to left, its first summary sentence citing two passages of the first report and resting
    on two groups (one named twice), the radio relayed twice by the second report, and the
    first report's date inferred with a long reason."""
    report = hand_report()
    a, b, c, d = report.documents
    a = replace(
        a,
        published=Published(
            date="2031-05-07", precision="day", basis="inferred", reason=LONG_REASON
        ),
    )
    b = replace(b, outlet=VOICE)
    c = replace(c, outlet=HARBOUR)
    first, *rest = report.summary
    police = _at(TEXT_A, "Police chief Dana Korr said 112 people were rescued.")
    first = replace(
        first,
        citations=(
            *first.citations[:1],
            Citation(doc="dA", start=police[0], end=police[1]),
            *first.citations[1:],
        ),
        groups=("gConflict", "gUpdate", "gConflict"),
    )
    (echo,) = report.echoes
    again = replace(echo, docs=("dB",), claims=("cB1",), evidence="The radio again.")
    outlet = {"dB": VOICE, "dC": HARBOUR}
    claims = tuple(
        replace(claim, outlet=outlet[claim.doc]) if claim.doc in outlet else claim
        for claim in report.claims
    )
    return replace(
        report,
        documents=(a, b, c, d),
        claims=claims,
        summary=(first, *rest),
        echoes=(echo, again),
    )


@pytest.fixture(scope="module")
def tree() -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(render_html(reading_report()))


def _sentences(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return list(tree.xpath("//ol[@class='summary']/li"))


def test_report_html_summary_names_each_group_a_sentence_rests_on_once(tree) -> None:  # type: ignore[no-untyped-def]
    first = _sentences(tree)[0]
    links = first.xpath(".//span[contains(@class, 'see-groups')]/a")
    assert [a.text_content() for a in links] == [
        "passengers drowned",
        "passengers drowned (later toll)",
    ]
    rows = {tr.get("id"): tr for tr in tree.xpath("//tr[@id]")}
    for link in links:
        row = rows[link.get("href").removeprefix("#")]
        assert row.xpath(".//td[1]/b")[0].text_content() == link.text_content()
    assert "see group" not in tree.text_content()
    # a sentence that rests on no group offers no link
    assert not _sentences(tree)[1].xpath(".//span[contains(@class, 'see-groups')]")


def test_report_html_citations_of_one_report_in_a_sentence_are_numbered(tree) -> None:  # type: ignore[no-untyped-def]
    first, second = _sentences(tree)[:2]
    chips = [a.text_content() for a in first.xpath(".//a[@class='cite']")]
    assert chips == ["Harbour Post (1)", "Harbour Post (2)", HARBOUR]
    # each numbered citation opens its own passage
    hrefs = [a.get("href") for a in first.xpath(".//a[@class='cite']")]
    assert len(set(hrefs)) == 3
    # a report cited once in its sentence is not numbered
    assert [a.text_content() for a in second.xpath(".//a[@class='cite']")] == ["Harbour Post"]


def test_report_html_sets_apart_names_written_right_to_left(tree) -> None:  # type: ignore[no-untyped-def]
    meta = tree.xpath("//span[@class='story-meta']")[0]
    assert f"outlets: Harbour Post, {VOICE}, {HARBOUR}, " in meta.text_content()
    assert [b.text_content() for b in meta.xpath(".//bdi")] == [VOICE, HARBOUR]
    # the outlet of a claim in a group's row, and of a report in the sources table
    outlets = tree.xpath("//table[contains(@class, 'groups')]//span[@class='outlet']/bdi")
    assert {b.text_content() for b in outlets} == {VOICE, HARBOUR}
    # a name written left to right is left as it is
    assert not [b for b in tree.xpath("//bdi") if b.text_content() == "Harbour Post"]


def test_report_html_sources_table_names_a_relayed_source_once(tree) -> None:  # type: ignore[no-untyped-def]
    rows = tree.xpath("//table[contains(@class, 'sources')]/tbody/tr")
    relays = {r.xpath("./td[1]/a")[0].text_content(): r.xpath("./td[6]")[0] for r in rows}
    assert relays["Toll rises after lake accident"].text_content() == "Lakeside Radio"
    assert relays["Marisol victims named"].text_content() == "Lakeside Radio"
    # both echoes are still shown
    assert len(tree.xpath("//div[@class='echo-card']")) == 2


def test_report_html_folds_a_long_reason_for_a_date_and_shows_a_short_one(tree) -> None:  # type: ignore[no-untyped-def]
    rows = tree.xpath("//table[contains(@class, 'sources')]/tbody/tr")
    basis = {r.xpath("./td[1]/a")[0].text_content(): r.xpath("./td[4]")[0] for r in rows}
    folded = basis["Ferry overturns on Lake Orvan"].xpath(".//details")
    assert len(folded) == 1
    assert folded[0].get("open") is None
    assert folded[0].xpath("./summary")[0].text_content() == "why this date"
    assert LONG_REASON in folded[0].text_content()
    short = basis["Marisol victims named"]
    assert not short.xpath(".//details")
    assert "no date in metadata or text" in short.text_content()


def test_report_html_timeline_dates_of_a_bar_spanning_the_chart_stay_off_the_names() -> None:
    # The long event runs the length of the axis: there is no room after its bar nor before
    # it without writing over the events' names, so its dates go inside the bar.
    entries = [
        TimelineEntry(start="2031-01-01", end="2031-10-11", precision="day",
                      label="Torvald ferries suspended along the coast", claims=(), docs=()),
        TimelineEntry(start="2031-06-05", end="2031-06-05", precision="day",
                      label="Varga announces an inquiry", claims=(), docs=()),
    ]  # fmt: skip
    chart = lxml.html.fragment_fromstring(timeline_svg(entries))
    rows = chart.xpath(".//g[@class='row']")
    assert len(rows) == 2
    plot_start = min(float(r.xpath("./rect")[0].get("x")) for r in rows)
    for row in rows:
        bar = row.xpath("./rect")[0]
        when = row.xpath("./text[contains(@class, 'when')]")[0]
        x, left = float(when.get("x")), float(bar.get("x"))
        right = left + float(bar.get("width"))
        if when.get("text-anchor") == "end":
            # dates before a bar end at the bar and leave the names' column alone
            assert x <= left and x - 150 > plot_start
        elif "in" in when.get("class").split():
            assert left <= x < right
        else:
            assert x >= right
    long_when = rows[0].xpath("./text[contains(@class, 'when')]")[0]
    assert "in" in long_when.get("class").split()
    assert long_when.text_content() == "2031-01-01 – 2031-10-11"
    short_when = rows[1].xpath("./text[contains(@class, 'when')]")[0]
    assert short_when.get("class") == "when"


def test_report_html_a_claim_from_a_report_with_no_outlet_names_its_report() -> None:
    report = hand_report()
    a, *others = report.documents
    claims = tuple(
        replace(claim, outlet=None) if claim.doc == "dA" else claim for claim in report.claims
    )
    tree = lxml.html.document_fromstring(
        render_html(replace(report, documents=(replace(a, outlet=None), *others), claims=claims))
    )
    rows = {tr.get("id"): tr for tr in tree.xpath("//table[contains(@class, 'groups')]//tr[@id]")}
    row = next(tr for key, tr in rows.items() if key.endswith("gConflict"))
    chains = [
        li.xpath(".//span[@class='chain']")[0] for li in row.xpath(".//ul[@class='claims']/li")
    ]
    outlets = [c.xpath("./span[@class='outlet']")[0] for c in chains]
    # the police's figure is in the report with no outlet: its title is named instead of "—"
    assert outlets[0].text_content() == "“Ferry overturns on Lake Orvan”"
    assert outlets[0].get("title") == "outlet unknown"
    assert [o.text_content() for o in outlets[1:]] == ["Valley Wire", "Morning Ledger"]
    assert "—" not in [o.text_content() for o in outlets]
