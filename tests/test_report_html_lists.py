"""What an analyst reads in the lists of the HTML report and the web app: a body's own
release named by the body, an upstream's own report marked as its own (and never as
relaying itself), unnamed sources' descriptions in lower case inside a list, a group's
independent sources one a line, a title kept apart from its report's first line, and
the timeline's events readable beside a far background date."""

from __future__ import annotations

from dataclasses import replace

import lxml.html

from test_report_html import _at, hand_report
from triangulate.model import Entity, Mention, Report, Speaker, TimelineEntry
from triangulate.report.digest import description_case
from triangulate.report.html import render_html, timeline_svg
from triangulate.web.pages import context_html, document_page, entity_page, story_page

# A release with no outlet, whose own words say which body publishes it.
RELEASE = (
    "Ferry toll rises on Lake Orvan\n\n"
    "Sources told the Orvel Monitor for Civil Rights that 48 passengers drowned near "
    "Tessaly on Tuesday.\n"
)


def _with_release() -> Report:
    """The hand-built ferry report with its third report replaced by a body's release: no
    outlet, its claim of 48 in the conflicting group."""
    report = hand_report()
    a, b, c, d = report.documents
    c = replace(c, text=RELEASE, outlet=None, title="Ferry toll rises on Lake Orvan")
    start, end = _at(RELEASE, "48 passengers")
    claims = tuple(
        replace(claim, outlet=None, start=start, end=end, text="48 passengers", via=())
        if claim.id == "cC1"
        else claim
        for claim in report.claims
        if claim.id != "cC2"
    )
    groups = tuple(
        replace(g, claims=tuple(x for x in g.claims if x != "cC2")) for g in report.groups
    )
    return replace(
        report,
        documents=(a, b, c, d),
        claims=claims,
        groups=groups,
        timeline=(),
        echoes=(),
    )


def _tree(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def test_report_html_a_bodys_release_is_shown_under_the_bodys_name() -> None:
    tree = _tree(render_html(_with_release()))
    row = tree.xpath("//table[contains(@class, 'groups')]//tr[contains(@id, 'gConflict')]")[0]
    outlets = [o.text_content() for o in row.xpath(".//span[contains(@class, 'outlet')]")]
    assert "Orvel Monitor for Civil Rights" in outlets
    assert not any("Ferry toll rises" in o for o in outlets)
    sources = tree.xpath("//table[contains(@class, 'sources')]")[0].text_content()
    assert "Orvel Monitor for Civil Rights" in sources
    texts = tree.xpath("//details[@id='doc-dC']//p[@class='doc-meta']")[0].text_content()
    assert "Orvel Monitor for Civil Rights" in texts and "outlet unknown" not in texts


def test_web_pages_a_bodys_release_is_shown_under_the_bodys_name() -> None:
    report = _with_release()
    story = _tree(story_page(report))
    row = story.xpath("//tr[contains(@id, 'gConflict')]")[0]
    outlets = [o.text_content() for o in row.xpath(".//span[contains(@class, 'outlet')]")]
    assert "Orvel Monitor for Civil Rights" in outlets
    assert "outlet unknown" not in lxml.html.tostring(row, encoding="unicode")
    table = story.xpath("//table[@id='sources-table']")[0].text_content()
    assert "Orvel Monitor for Civil Rights" in table
    page = _tree(document_page(report.documents[2], report))
    meta = page.xpath("//p[@class='meta']")[0].text_content()
    assert "Orvel Monitor for Civil Rights" in meta and "outlet unknown" not in meta
    # a report with neither outlet nor a body speaking in it still says so
    bare = replace(report.documents[2], text="Twelve boats sank near Tessaly.\n")
    assert "outlet unknown" in document_page(bare, None)


def _own_echo() -> Report:
    """The ferry report where the radio's echo is one of Valley Wire's, relayed by the
    Morning Ledger: Valley Wire's own report is in the echo."""
    report = hand_report()
    (echo,) = report.echoes
    return replace(report, echoes=(replace(echo, upstream="Valley Wire"),))


def test_report_html_an_upstreams_own_report_is_marked_and_relays_no_one() -> None:
    tree = _tree(render_html(_own_echo()))
    card = tree.xpath("//div[@class='echo-card']")[0]
    relayed = card.xpath(".//dt[text()='Relayed by']/following-sibling::dd[1]")[0]
    own = relayed.xpath(".//span[contains(@class, 'own')]")
    assert [o.text_content() for o in own] == ["(the source's own report)"]
    assert own[0].getprevious().text_content() == "Toll rises after lake accident"
    rows = {
        tr.xpath("./td")[0].text_content(): tr.xpath("./td")[5].text_content()
        for tr in tree.xpath("//table[contains(@class, 'sources')]/tbody/tr")
    }
    assert rows["Toll rises after lake accident"] == "—"  # Valley Wire relays no Valley Wire
    assert rows["Marisol victims named"] == "Valley Wire"


def test_web_pages_an_upstreams_own_report_is_marked() -> None:
    story = _tree(story_page(_own_echo()))
    items = story.xpath("//div[@class='echo-card']//li")
    marked = {
        li.xpath("./a")[0].text_content(): bool(li.xpath(".//span[contains(@class, 'own')]"))
        for li in items
    }
    assert marked == {"Toll rises after lake accident": True, "Marisol victims named": False}


def test_report_descriptions_are_lower_case_inside_a_list_and_names_keep_capitals() -> None:
    text = (
        "Rescuers search the lake\n\nA source at the clinic told Tessaly Today that rescuers "
        "had found 12 more. Residents of Varga said the boats came late. Reuters said so.\n"
    )
    assert description_case("A source at the clinic", text) == "a source at the clinic"
    assert description_case("Rescuers on the shore", text) == "rescuers on the shore"
    assert description_case("Residents of Varga", text) == "residents of Varga"
    assert description_case("Tessaly Today source", text) == "Tessaly Today source"
    assert description_case("UN official", text) == "UN official"
    # a name that the report writes mid-sentence is a name, wherever else it stands
    assert description_case("Reuters source", text + "It cited Reuters.") == "Reuters source"


def test_report_html_key_findings_write_an_unnamed_source_in_lower_case() -> None:
    report = hand_report()
    claims = tuple(
        replace(c, said_by=Speaker(name="Rescuers at the lake", anonymous=True))
        if c.id == "cB1"
        else c
        for c in report.claims
    )
    tree = _tree(render_html(replace(report, claims=claims)))
    findings = tree.xpath("//section[@id='findings']")[0].text_content()
    assert "rescuers at the lake" in findings
    assert "Rescuers at the lake" not in findings
    assert "Lakeside Radio" in findings  # a name keeps its capitals


def test_report_html_independent_sources_are_a_list_one_a_line() -> None:
    for html in (render_html(hand_report()), story_page(hand_report())):
        tree = _tree(html)
        row = tree.xpath("//tr[contains(@id, 'gConflict')]")[0]
        cell = row.xpath("./td[contains(@class, 'indep')]")[0]
        assert "num" not in cell.get("class")  # not a right-aligned number column
        assert cell.xpath("./span[@class='n']")[0].text_content() == "2"
        assert [li.text_content() for li in cell.xpath("./ul[contains(@class, 'sources')]/li")] == [
            "lake police",
            "Lakeside Radio",
        ]


def test_web_pages_context_keeps_a_title_apart_from_its_first_line() -> None:
    text = "Ferry overturns on Lake Orvan\n\nTESSALY (Harbour Post) - At least 40 drowned.\n"
    start, end = _at(text, "Lake Orvan")
    html = context_html(text, start, end)
    assert "Lake Orvan</mark><br>TESSALY" in html
    report = hand_report()
    a = report.documents[0]
    korr = _at(a.text, "Ferry overturns")
    entity = Entity(
        id="eFerry",
        name="Ferry",
        type="OTHER",
        aliases=("Ferry",),
        mentions=(
            Mention(doc="dA", start=korr[0], end=korr[1], text="Ferry overturns", label="OTHER"),
        ),
    )
    page = _tree(entity_page(entity, report, [("s1", "Ferry Marisol on Lake Orvan")]))
    snip = page.xpath("//ul[@id='mentions']//span[@class='snip']")[0]
    assert snip.xpath(".//br")  # the headline and the first line are not run together
    assert "Lake Orvan At least" not in snip.text_content()


def _entries(*dates: tuple[str, str, str]) -> list[TimelineEntry]:
    return [
        TimelineEntry(start=s, end=e, precision=p, label=f"event {i}", claims=(), docs=())
        for i, (s, e, p) in enumerate(dates)
    ]


def _bars(svg: str) -> list[tuple[float, float]]:
    chart = lxml.html.fragment_fromstring(svg)
    return [
        (float(r.get("x")), float(r.get("width")))
        for r in chart.xpath(".//rect[contains(@class, 'bar-')]")
    ]


def test_report_html_timeline_sets_a_far_background_date_apart() -> None:
    week = [
        ("2031-05-04", "2031-05-04", "day"),
        ("2031-05-06", "2031-05-06", "day"),
        ("2031-05-09", "2031-05-10", "day"),
    ]
    svg = timeline_svg(_entries(("2019-01-01", "2019-12-31", "year"), *week))
    chart = lxml.html.fragment_fromstring(svg)
    assert len(chart.xpath(".//g[@class='axis-break']")) == 1
    labels = [t.text_content() for t in chart.xpath(".//g[@class='tick']/text")]
    assert labels[0] == "2019" and "6 May" in labels  # the events' days are on the axis
    assert "axis break" in chart.xpath(".//title")[0].text_content()
    year, *days = _bars(svg)
    # each day of the week is drawn wide enough to read, right of the background year
    assert all(width >= 25 for _, width in days)
    assert all(x > year[0] + year[1] for x, _ in days)
    # the events keep their order and their gaps on their own part of the axis
    assert days[0][0] < days[1][0] < days[2][0]


def test_report_html_timeline_keeps_near_dates_on_one_axis() -> None:
    svg = timeline_svg(
        _entries(
            ("2031-03-20", "2031-03-20", "day"),
            ("2031-05-04", "2031-05-04", "day"),
            ("2031-05-06", "2031-05-09", "day"),
        )
    )
    chart = lxml.html.fragment_fromstring(svg)
    assert not chart.xpath(".//g[@class='axis-break']")
    assert "axis break" not in chart.xpath(".//title")[0].text_content()


def test_report_html_an_echo_carrying_no_claim_says_none() -> None:
    # An echo found by shared wording alone carries no claim: the card says "none", never a
    # count run into a dash ("0—").
    report = hand_report()
    (echo,) = report.echoes
    tree = _tree(render_html(replace(report, echoes=(replace(echo, claims=()),))))
    card = tree.xpath("//div[@class='echo-card']")[0]
    claims = card.xpath(".//dt[text()='Claims']/following-sibling::dd[1]")[0]
    assert claims.text_content() == "none"
    tree = _tree(render_html(report))
    card = tree.xpath("//div[@class='echo-card']")[0]
    claims = card.xpath(".//dt[text()='Claims']/following-sibling::dd[1]")[0]
    assert claims.text_content() == "2 [1] [2]"
