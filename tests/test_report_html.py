"""The HTML report: structure, links to exact spans, escaping, no external resources.

``hand_report`` builds an invented story by hand (no model): four reports, claims that
cross each other, a group for every verdict, an echo, timeline entries of every precision
and a cited summary. ``test_report_markdown`` and ``test_report_browser`` use it too.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from triangulate.model import (
    Assertion,
    Citation,
    Claim,
    Cut,
    Document,
    Echo,
    Entity,
    Figure,
    Group,
    Hedge,
    InputRecord,
    Mention,
    Published,
    Report,
    Speaker,
    Story,
    SummarySentence,
    TimelineEntry,
    When,
)
from triangulate.report import render, renderer_for
from triangulate.report.html import (
    Span,
    cite_anchor,
    claim_anchor,
    mark_text,
    render_html,
    timeline_svg,
)

HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"

TEXT_A = (
    "Ferry overturns on Lake Orvan\n\n"
    "At least 40 passengers drowned when the ferry Marisol overturned near Tessaly on "
    "Tuesday, the lake police said. Police chief Dana Korr said 112 people were rescued. "
    "Korr said the operator ignored a storm warning.\n"
)
TEXT_B = (
    "Lakeside Radio reported that 55 passengers drowned in the accident, citing rescuers. "
    "About 120 people were rescued, the radio said. By Wednesday evening the toll had "
    "risen to 61 passengers. The operator denied that it ignored any warning.\n"
)
TEXT_C = (
    "According to Lakeside Radio, 55 passengers drowned after the Marisol overturned. "
    "A total of 70 people were hurt across the province in storms since May.\n"
)
TEXT_D = (
    f"A note from the shore: {HOSTILE_SCRIPT} and {HOSTILE_IMG} | a | b | "
    "[click](javascript:alert(2)) # 7 boats sank in the harbour.\n"
)


def _at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def _doc(doc_id: str, text: str, **fields: object) -> Document:
    defaults: dict[str, object] = {
        "source": f"reports/{doc_id}.txt",
        "title": f"Report {doc_id}",
        "outlet": None,
        "sha256": "0" * 64,
        "published": Published(date="2031-05-07", precision="day", basis="dateline"),
    }
    defaults.update(fields)
    return Document(id=doc_id, text=text, **defaults)  # type: ignore[arg-type]


def _figure(
    claim_id: str,
    doc: Document,
    phrase: str,
    measure: str,
    low: float | None,
    high: float | None,
    hedge: Hedge,
    **fields: object,
) -> Claim:
    start, end = _at(doc.text, phrase)
    return Claim(
        id=claim_id,
        kind="figure",
        doc=doc.id,
        start=start,
        end=end,
        text=phrase,
        figure=Figure(
            measure=measure,
            counted=measure.split()[0],
            qualifiers=(),
            low=low,
            high=high,
            hedge=hedge,
            unit=None,
        ),
        outlet=doc.outlet,
        **fields,  # type: ignore[arg-type]
    )


def _assertion(claim_id: str, doc: Document, phrase: str, assertion: Assertion, **fields: object):  # type: ignore[no-untyped-def]
    start, end = _at(doc.text, phrase)
    return Claim(
        id=claim_id,
        kind="assertion",
        doc=doc.id,
        start=start,
        end=end,
        text=phrase,
        assertion=assertion,
        outlet=doc.outlet,
        **fields,  # type: ignore[arg-type]
    )


def hand_report() -> Report:
    """An invented ferry accident told by four reports, one of them hostile."""
    a = _doc(
        "dA",
        TEXT_A,
        title="Ferry overturns on Lake Orvan",
        outlet="Harbour Post",
        url="https://harbour-post.example/ferry",
        cuts=(Cut(line=2, text="Subscribe now", reason="share/subscribe"),),
    )
    b = _doc("dB", TEXT_B, title="Toll rises after lake accident", outlet="Valley Wire")
    c = _doc(
        "dC",
        TEXT_C,
        title="Marisol victims named",
        outlet="Morning Ledger",
        published=Published(
            date=None, precision=None, basis="unknown", reason="no date in metadata or text"
        ),
    )
    d = _doc(
        "dD",
        TEXT_D,
        title=f"{HOSTILE_SCRIPT} Shore notes",
        outlet=f"Shore {HOSTILE_IMG}",
        url="javascript:alert(3)",
    )
    police = Speaker(name="lake police")
    korr = Speaker(name="Dana Korr", role="police chief", entity="eKorr")
    radio = Speaker(name="Lakeside Radio", entity="eRadio")
    claims = (
        _figure("cA1", a, "At least 40 passengers", "passengers drowned", 40, None, "at_least",
                said_by=police, when=When(start="2031-05-06", end="2031-05-06", precision="day")),
        # Crosses cA1: it starts inside it and ends after it.
        _assertion("cA4", a, "passengers drowned when the ferry Marisol",
                   Assertion(subject="passengers", predicate="drown", object=None),
                   said_by=police),
        _figure("cA2", a, "112 people", "people rescued", 112, 112, "exact", said_by=korr),
        _assertion("cA3", a, "the operator ignored a storm warning",
                   Assertion(subject="the operator", predicate="ignore",
                             object="a storm warning", modality="reported"),
                   said_by=korr),
        _figure("cB1", b, "55 passengers", "passengers drowned", 55, 55, "exact",
                said_by=Speaker(name="rescuers", anonymous=True), via=("Lakeside Radio",)),
        _figure("cB2", b, "About 120 people", "people rescued", 120, 120, "about",
                said_by=radio),
        _figure("cB4", b, "61 passengers", "passengers drowned", 61, 61, "exact",
                when=When(start="2031-05-07", end="2031-05-07", precision="day")),
        _assertion("cB5", b, "The operator denied that it ignored any warning",
                   Assertion(subject="the operator", predicate="ignore", object="any warning",
                             polarity="negated", modality="denied")),
        _figure("cC1", c, "55 passengers", "passengers drowned", 55, 55, "exact",
                via=("Lakeside Radio",)),
        _figure("cC2", c, "70 people", "people hurt in storms", 70, 70, "exact",
                when=When(start="2031-05-01", end=None, precision="month", text="since May")),
        _figure("cD1", d, "7 boats", "boats sank", 7, 7, "exact",
                said_by=Speaker(name=HOSTILE_SCRIPT)),
    )  # fmt: skip
    groups = (
        Group(id="gAgree", label="people rescued", kind="figure", claims=("cA2", "cB2"),
              verdict="agree", explanation="Both reports give about 120 rescued.",
              range=(112, 120), conservative=112, independent_sources=2,
              sources=("Dana Korr", "Lakeside Radio")),
        Group(id="gConflict", label="passengers drowned", kind="figure",
              claims=("cA1", "cB1", "cC1"), verdict="conflict",
              explanation="The police give at least 40; Lakeside Radio, relayed twice, gives 55.",
              range=(40, 55), conservative=40, independent_sources=2,
              sources=("lake police", "Lakeside Radio")),
        Group(id="gSingle", label=f"boats sank {HOSTILE_IMG}", kind="figure", claims=("cD1",),
              verdict="single", explanation=f"Only one report: {HOSTILE_SCRIPT}",
              range=(7, 7), conservative=7, independent_sources=1),
        Group(id="gUpdate", label="passengers drowned (later toll)", kind="figure",
              claims=("cB1", "cB4"), verdict="update",
              explanation="The toll rose from 55 to 61 a day later.", range=(55, 61),
              conservative=55, independent_sources=1, sources=("Lakeside Radio",)),
        Group(id="gScope", label="people harmed", kind="figure", claims=("cA1", "cC2"),
              verdict="scope_differs",
              explanation="Drowned at the lake and hurt across the province are not one count.",
              range=(40, 70), conservative=40, independent_sources=2),
        Group(id="gWarn", label="operator ignored the warning", kind="assertion",
              claims=("cA3", "cB5"), verdict="conflict",
              explanation="The police chief says so; the operator denies it.",
              independent_sources=2, sources=("Dana Korr", "the operator")),
    )  # fmt: skip
    entities = (
        Entity(id="eKorr", name="Dana Korr", type="PERSON", aliases=("Dana Korr", "Korr"),
               mentions=(Mention(doc="dA", start=_at(TEXT_A, "Dana Korr")[0],
                                 end=_at(TEXT_A, "Dana Korr")[1], text="Dana Korr",
                                 label="PERSON"),)),
        Entity(id="eRadio", name="Lakeside Radio", type="ORG", aliases=("Lakeside Radio",),
               mentions=()),
        Entity(id="eBad", name=HOSTILE_IMG, type="OTHER", aliases=(HOSTILE_SCRIPT, "a|b"),
               mentions=()),
    )  # fmt: skip
    cited_a = _at(TEXT_A, "the ferry Marisol overturned near Tessaly on Tuesday")
    cited_a2 = _at(TEXT_A, "Police chief Dana Korr said 112 people were rescued.")
    cited_c = _at(TEXT_C, "55 passengers drowned after the Marisol overturned")
    cited_d = _at(TEXT_D, HOSTILE_SCRIPT)
    summary = (
        SummarySentence(
            text="At least 40 passengers drowned when the ferry Marisol overturned; "
            "another account gives 55.",
            citations=(Citation(doc="dA", start=cited_a[0], end=cited_a[1]),
                       Citation(doc="dC", start=cited_c[0], end=cited_c[1])),
            contested=True, groups=("gConflict",)),
        SummarySentence(
            text="Police chief Dana Korr said 112 people were rescued.",
            citations=(Citation(doc="dA", start=cited_a2[0], end=cited_a2[1]),)),
        SummarySentence(
            text=f"# A shore note read {HOSTILE_SCRIPT} | [x](javascript:alert(4))",
            citations=(Citation(doc="dD", start=cited_d[0], end=cited_d[1]),)),
    )  # fmt: skip
    timeline = (
        TimelineEntry(start="2031-05-06", end="2031-05-06", precision="day",
                      label="Ferry Marisol overturns near Tessaly", claims=("cA1", "cB1"),
                      docs=("dA", "dB", "dC")),
        TimelineEntry(start="2031-05-01", end="2031-05-31", precision="month",
                      label=f"Storms across the province {HOSTILE_SCRIPT}", claims=("cC2",),
                      docs=("dC",)),
        TimelineEntry(start="2031-05-07", end=None, precision="day",
                      label="Search goes on", claims=(), docs=("dB",)),
        TimelineEntry(start="2030", end="2030", precision="year",
                      label="Operator licence renewed", claims=(), docs=("dA",)),
        TimelineEntry(start=None, end=None, precision=None, label="Inquiry announced",
                      claims=(), docs=("dB",)),
    )  # fmt: skip
    return Report(
        created="2031-05-08T09:00:00Z",
        inputs=(
            InputRecord(path="reports/dA.txt", status="ok"),
            InputRecord(path="reports/dB.txt", status="ok"),
            InputRecord(path="reports/dC.txt", status="ok"),
            InputRecord(path="reports/dD.txt", status="ok"),
            InputRecord(
                path=f"reports/{HOSTILE_SCRIPT}.png", status="skipped", reason="binary file"
            ),
            InputRecord(path="reports/gone.txt", status="failed", reason="no such file"),
        ),
        documents=(a, b, c, d),
        entities=entities,
        stories=(Story(id="s1", label="Ferry Marisol on Lake Orvan", docs=("dA", "dB", "dC")),),
        claims=claims,
        groups=groups,
        echoes=(
            Echo(
                upstream="Lakeside Radio",
                docs=("dB", "dC"),
                claims=("cB1", "cC1"),
                evidence=f"Both name Lakeside Radio for the figure of 55 {HOSTILE_IMG}.",
            ),
        ),
        timeline=timeline,
        summary=summary,
    )


def empty_report() -> Report:
    """A report with one document and nothing cross-checked yet."""
    return Report(
        created="2031-05-08T09:00:00Z",
        inputs=(InputRecord(path="one.txt", status="ok"),),
        documents=(_doc("d1", "Nothing much happened in Tessaly.\n"),),
        entities=(),
        stories=(),
    )


def _tree(page: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(page)


def _span_text(tree: lxml.html.HtmlElement, key: str) -> str:
    """The text of every piece of one marked span, in document order."""
    return "".join(m.text_content() for m in tree.xpath("//mark[@data-span=$k]", k=key))


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(hand_report())


@pytest.fixture(scope="module")
def tree(page: str) -> lxml.html.HtmlElement:
    return _tree(page)


def test_report_html_is_registered_by_suffix(tmp_path: Path) -> None:
    assert renderer_for("out/report.html") is render_html
    assert renderer_for("REPORT.HTM") is render_html
    out = tmp_path / "report.html"
    render(hand_report(), out)
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")


def test_report_html_groups_tables_have_one_row_per_group_contested_first(tree) -> None:  # type: ignore[no-untyped-def]
    rows = tree.xpath("//div[@id='groups-s1']//table[contains(@class, 'groups')]/tbody/tr")
    assert len(rows) == len(hand_report().groups)
    verdicts = [r.get("data-verdict") for r in rows]
    assert verdicts == ["conflict", "conflict", "update", "scope_differs", "agree", "single"]
    cells = rows[0].xpath("./td")
    assert "passengers drowned" in cells[0].text_content()
    verdict = cells[1].xpath("./span[contains(@class, 'badge')]")[0]
    assert verdict.text_content() == "Conflict"  # the verdict is written, not only coloured
    assert "relayed twice" in cells[1].text_content()
    claims = [li.text_content() for li in cells[2].xpath(".//li")]
    assert claims[0].startswith("at least 40") and "lake police" in claims[0]
    assert "Harbour Post" in claims[0] and "via" not in claims[0]
    assert claims[1].startswith("55") and "via Lakeside Radio" in claims[1]
    assert "rescuers [unnamed]" in claims[1] and "Valley Wire" in claims[1]
    assert cells[3].text_content().startswith("2")
    assert cells[4].text_content() == "40–55"
    assert cells[5].text_content() == "40"
    labels = [r.xpath("./td[2]/span")[0].text_content() for r in rows]
    assert labels == ["Conflict", "Conflict", "Update", "Scope differs", "Agree", "Single source"]


def test_report_html_citations_link_to_the_exact_cited_characters(tree) -> None:  # type: ignore[no-untyped-def]
    report = hand_report()
    links = tree.xpath("//ol[@class='summary']//a[@class='cite']")
    cited = [c for s in report.summary for c in s.citations]
    assert len(links) == len(cited)
    for link, citation in zip(links, cited, strict=True):
        key = link.get("href")[1:]
        assert key == cite_anchor(citation.doc, citation.start, citation.end)
        target = tree.get_element_by_id(key)
        assert target.tag == "mark"
        text = report.document(citation.doc).text
        assert _span_text(tree, key) == text[citation.start : citation.end]


def test_report_html_marks_wrap_exactly_each_claim_even_where_claims_cross(tree) -> None:  # type: ignore[no-untyped-def]
    report = hand_report()
    for claim in report.claims:
        key = claim_anchor(claim.id)
        assert tree.get_element_by_id(key).tag == "mark"
        assert _span_text(tree, key) == claim.text
    # cA1 and cA4 cross, so one of them is cut in two pieces that share the key
    pieces = Counter(m.get("data-span") for m in tree.xpath("//mark"))
    assert pieces[claim_anchor("cA4")] + pieces[claim_anchor("cA1")] >= 3
    # each document's text reads back unchanged
    for doc in report.documents:
        body = tree.get_element_by_id(f"doc-{doc.id}").xpath(".//div[@class='text']")[0]
        assert body.text_content() == doc.text


def test_report_html_every_in_page_link_resolves_and_ids_are_unique(page: str, tree) -> None:  # type: ignore[no-untyped-def]
    ids = [e.get("id") for e in tree.xpath("//*[@id]")]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates
    for link in tree.xpath("//a[starts-with(@href, '#')]"):
        assert link.get("href")[1:] in ids, link.get("href")
    # claim values in the tables link to the claim spans
    assert tree.xpath(f"//table[contains(@class, 'groups')]//a[@href='#{claim_anchor('cB1')}']")


def test_report_html_escapes_hostile_report_text(page: str, tree) -> None:  # type: ignore[no-untyped-def]
    assert HOSTILE_SCRIPT not in page
    assert HOSTILE_IMG not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # the only script is the page's own, the only images none at all
    scripts = tree.xpath("//script")
    assert len(scripts) == 1 and "alert" not in scripts[0].text
    assert not tree.xpath("//img")
    handlers = [
        (e.tag, name) for e in tree.iter() if isinstance(e.tag, str) for name in e.attrib
        if name.lower().startswith("on")
    ]  # fmt: skip
    assert not handlers
    # the hostile text is shown as text, where the report put it
    doc_d = tree.get_element_by_id("doc-dD")
    assert HOSTILE_SCRIPT in doc_d.text_content() and HOSTILE_IMG in doc_d.text_content()
    assert HOSTILE_SCRIPT in tree.xpath("//ol[@class='summary']")[0].text_content()
    assert "javascript:" not in " ".join(a.get("href") for a in tree.xpath("//a[@href]"))


def test_report_html_loads_nothing_from_outside(tree) -> None:  # type: ignore[no-untyped-def]
    own_urls = {d.url for d in hand_report().documents if d.url}
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for name in ("src", "href", "action", "data", "poster", "srcset"):
            value = element.get(name)
            if value is None:
                continue
            assert value.startswith("#") or value in own_urls, (element.tag, name, value)
    assert not tree.xpath("//link | //iframe | //object | //embed | //img | //base")
    style = tree.xpath("//style")[0].text
    assert "@import" not in style and "http" not in style
    csp = tree.xpath("//meta[@http-equiv='Content-Security-Policy']")[0].get("content")
    assert "default-src 'none'" in csp


def test_report_html_shows_every_section(tree) -> None:  # type: ignore[no-untyped-def]
    for key in ("findings", "texts", "inputs"):
        assert tree.get_element_by_id(key).tag == "section"
    story = tree.get_element_by_id("story-s1")
    for key in ("summary", "groups", "timeline", "entities", "claims", "sources"):
        assert story.xpath(f".//div[@id='{key}-s1']"), key
    entities = tree.xpath("//table[contains(@class, 'entities')]")[0].text_content()
    assert "Dana Korr" in entities and "Korr" in entities and "a|b" in entities
    inputs = tree.xpath("//table[contains(@class, 'inputs')]/tbody/tr")
    assert [r.xpath("./td[2]")[0].text_content() for r in inputs][-2:] == ["skipped", "failed"]
    assert "no such file" in inputs[-1].text_content()
    echo = tree.xpath("//div[@class='echo-card']")[0].text_content()
    assert "Lakeside Radio" in echo and "Toll rises after lake accident" in echo
    sources = tree.xpath("//table[contains(@class, 'sources')]")[0].text_content()
    assert "no date in metadata or text" in sources
    figures = tree.xpath("//table[contains(@class, 'figures')]/tbody/tr")
    assert len(figures) == sum(1 for c in hand_report().claims if c.figure)
    assert "since 2031-05-01" in " ".join(f.text_content() for f in figures)
    assertions = tree.xpath("//table[contains(@class, 'assertions')]/tbody/tr")
    assert len(assertions) == sum(1 for c in hand_report().claims if c.assertion)


def test_report_html_timeline_is_an_svg_chart_with_precision(tree) -> None:  # type: ignore[no-untyped-def]
    svg = tree.xpath("//div[@id='timeline-s1']//svg")
    assert len(svg) == 1
    bars = svg[0].xpath(".//rect[contains(@class, 'bar-')]")
    assert [b.get("class") for b in bars] == ["bar-day", "bar-month", "bar-day", "bar-year"]
    assert len(svg[0].xpath(".//polygon[@class='open']")) == 1  # "Search goes on" has no end
    widths = [float(b.get("width")) for b in bars]
    assert widths[1] > widths[0]  # a month is wider than a day
    rows = tree.xpath("//table[@id='timeline-s1-table']/tbody/tr")
    assert len(rows) == 5 and "undated" in rows[-1].text_content()
    assert HOSTILE_SCRIPT in svg[0].text_content()  # escaped, shown as text


def test_report_html_works_with_empty_sections() -> None:
    tree = _tree(render_html(empty_report()))
    groups = tree.get_element_by_id("groups-all").text_content()
    assert "No groups" in groups
    assert not tree.xpath("//table[contains(@class, 'groups')]")
    assert "No summary yet" in tree.get_element_by_id("summary-all").text_content()
    assert "No timeline entries" in tree.get_element_by_id("timeline-all").text_content()
    assert "Nothing much happened" in tree.get_element_by_id("doc-d1").text_content()


def test_report_html_bad_offsets_are_left_unmarked_not_fatal() -> None:
    report = empty_report()
    doc = report.documents[0]
    broken = Claim(id="c1", kind="figure", doc="d1", start=5, end=500, text="?")
    stray = SummarySentence(text="Stray.", citations=(Citation(doc="nope", start=0, end=3),))
    tree = _tree(
        render_html(
            Report(
                created=report.created,
                inputs=report.inputs,
                documents=report.documents,
                entities=(),
                stories=(),
                claims=(broken,),
                summary=(stray,),
            )
        )
    )
    assert not tree.xpath("//div[@class='text']//mark")
    assert "unresolved citation" in tree.get_element_by_id("summary-all").text_content()
    assert tree.xpath("//div[@class='text']")[0].text_content() == doc.text


class _Pieces(HTMLParser):
    """Collects the text inside each data-span key and checks every end tag closes its start."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: dict[str, str] = {}
        self.plain: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag == "mark"
        key = dict(attrs)["data-span"]
        assert key is not None and key not in self.stack  # a span never nests in itself
        self.stack.append(key)

    def handle_endtag(self, tag: str) -> None:
        assert tag == "mark" and self.stack
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.plain.append(data)
        for key in self.stack:
            self.text[key] = self.text.get(key, "") + data


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet="ab <>&\"'\n", min_size=1, max_size=40),
    raw=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=12),
)
def test_report_html_mark_text_nests_or_splits_any_overlap(
    text: str, raw: list[tuple[int, int]]
) -> None:
    spans = [Span(s, e, f"k{i}", "claim", "t") for i, (s, e) in enumerate(raw)]
    parser = _Pieces()
    parser.feed(mark_text(text, spans))
    parser.close()
    assert not parser.stack
    assert "".join(parser.plain) == text
    for span in spans:
        if 0 <= span.start < span.end <= len(text):
            assert parser.text[span.key] == text[span.start : span.end]
        else:
            assert span.key not in parser.text


def test_report_html_scales_to_thousands_of_claims() -> None:
    sentence = "The count rose to 1,234 people near the river, officials said. "
    text = sentence * 3000
    claims = []
    for i in range(3000):
        base = i * len(sentence)
        claims.append(
            Claim(
                id=f"n{i}",
                kind="figure",
                doc="big",
                start=base + 18,
                end=base + 30,
                text=text[base + 18 : base + 30],
            )
        )
        # a second claim crossing the first, so splitting is exercised at scale
        claims.append(Claim(id=f"x{i}", kind="assertion", doc="big", start=base + 24,
                            end=base + 45, text=text[base + 24 : base + 45]))  # fmt: skip
    report = Report(
        created="2031-05-08T09:00:00Z",
        inputs=(InputRecord(path="big.txt", status="ok"),),
        documents=(_doc("big", text),),
        entities=(),
        stories=(),
        claims=tuple(claims),
    )
    page = render_html(report)
    assert page.count('data-span="claim-n') == 3000
    assert page.count('data-span="claim-x') == 6000  # each cut once where it crosses


_DATES = st.one_of(
    st.none(),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)).map(str),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)).map(lambda d: str(d)[:7]),
    st.integers(1900, 2100).map(str),
    st.text(max_size=12),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_DATES, _DATES, st.sampled_from(["day", "month", "year", None])),
                max_size=8))  # fmt: skip
def test_report_html_timeline_chart_takes_any_dates(
    raw: list[tuple[str | None, str | None, str | None]],
) -> None:
    entries = [
        TimelineEntry(start=s, end=e, precision=p, label=f"event {i}", claims=(), docs=())
        for i, (s, e, p) in enumerate(raw)
    ]
    svg = timeline_svg(entries)
    if svg:
        chart = lxml.html.fragment_fromstring(svg)
        assert 1 <= len(chart.xpath(".//rect[contains(@class, 'bar-')]")) <= len(entries)
        assert len(chart.xpath(".//g[@class='tick']")) <= 20
        for bar in chart.xpath(".//rect[contains(@class, 'bar-')]"):
            assert 0 < float(bar.get("x")) < 960 and float(bar.get("width")) > 0


def test_report_html_cli_writes_html_for_standard_input(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from triangulate.cli.main import app

    out = tmp_path / "r.html"
    story = "Floods closed the port of Vela Luka on Monday, harbour master Ivo Marin said.\n"
    result = CliRunner().invoke(app, ["analyze", "-", "-o", str(out)], input=story.encode())
    assert result.exit_code == 0, result.output
    tree = _tree(out.read_text("utf-8"))
    assert "Floods closed the port" in tree.xpath("//div[@class='text']")[0].text_content()
    groups = tree.xpath("//div[contains(@class, 'part-groups')]")
    assert len(groups) == 1 and "No groups" in groups[0].text_content()


# -- a pile of several stories -------------------------------------------------------------

TEXT_E = (
    "Bridge closed at Ostra\n\n"
    "The Ostra bridge was closed on Friday after 3 cracks were found, the roads agency said. "
    "Lakeside Radio said 5 cracks were found.\n"
)


def pile_report() -> Report:
    """The ferry story and a second, smaller story; Lakeside Radio is named in both."""
    ferry = hand_report()
    e = _doc(
        "dE",
        TEXT_E,
        title="Bridge closed at Ostra",
        outlet="Ostra Courier",
        published=Published(
            date="2031-06-02",
            precision="day",
            basis="inferred",
            reason="from the other reports of its story",
        ),
    )
    agency = Speaker(name="roads agency")
    radio = Speaker(name="Lakeside Radio", entity="eRadio")
    claims = (
        _figure("cE1", e, "3 cracks", "cracks found", 3, 3, "exact", said_by=agency),
        _figure("cE2", e, "5 cracks", "cracks found", 5, 5, "exact", said_by=radio),
    )
    group = Group(id="gCracks", label="cracks found", kind="figure", claims=("cE1", "cE2"),
                  verdict="conflict", explanation="The agency counts 3 cracks; the radio 5.",
                  range=(3, 5), conservative=3, independent_sources=2,
                  sources=("roads agency", "Lakeside Radio"))  # fmt: skip
    radio = tuple(
        Mention(doc=doc, start=_at(text, "Lakeside Radio")[0], end=_at(text, "Lakeside Radio")[1],
                text="Lakeside Radio", label="ORG")
        for doc, text in (("dB", TEXT_B), ("dC", TEXT_C), ("dE", TEXT_E))
    )  # fmt: skip
    entities = tuple(
        Entity(id=x.id, name=x.name, type=x.type, aliases=x.aliases, mentions=radio)
        if x.id == "eRadio"
        else x
        for x in ferry.entities
    )
    cited = _at(TEXT_E, "The Ostra bridge was closed on Friday after 3 cracks were found")
    return Report(
        created=ferry.created,
        inputs=(*ferry.inputs, InputRecord(path="reports/dE.txt", status="ok")),
        documents=(*ferry.documents, e),
        entities=entities,
        stories=(
            Story(id="s2", label="Ostra bridge", docs=("dE",)),
            Story(id="s1", label="Ferry Marisol on Lake Orvan", docs=("dA", "dB", "dC", "dD")),
        ),
        claims=(*ferry.claims, *claims),
        groups=(*ferry.groups, group),
        echoes=ferry.echoes,
        timeline=(
            *ferry.timeline,
            TimelineEntry(
                start="2031-06-01",
                end="2031-06-01",
                precision="day",
                label="Bridge closed",
                claims=("cE1",),
                docs=("dE",),
            ),
        ),
        summary=(
            *ferry.summary,
            SummarySentence(
                text="The Ostra bridge was closed after cracks were found.",
                citations=(Citation(doc="dE", start=cited[0], end=cited[1]),),
                contested=True,
                groups=("gCracks",),
            ),
        ),
    )


@pytest.fixture(scope="module")
def pile_tree() -> lxml.html.HtmlElement:
    return _tree(render_html(pile_report()))


def test_report_html_pile_headline_counts_stories_instead_of_joining_labels(pile_tree) -> None:  # type: ignore[no-untyped-def]
    assert pile_tree.xpath("//h1")[0].text_content() == "2 stories from 5 reports"
    title = pile_tree.xpath("//title")[0].text_content()
    assert "Ostra bridge" not in title and "Ferry Marisol" not in title


def test_report_html_pile_has_a_story_index_largest_first(pile_tree) -> None:  # type: ignore[no-untyped-def]
    rows = pile_tree.xpath("//table[@id='stories-table']/tbody/tr")
    assert [r.xpath("./td[2]")[0].text_content() for r in rows] == [
        "Ferry Marisol on Lake Orvan",
        "Ostra bridge",
    ]
    assert [r.xpath("./td[3]")[0].text_content() for r in rows] == ["4", "1"]
    assert "2031-06-02 (inferred)" in rows[1].text_content()
    assert "passengers drowned" in rows[0].xpath("./td[6]")[0].text_content()
    for row in rows:
        target = row.xpath("./td[2]/a")[0].get("href")[1:]
        assert pile_tree.get_element_by_id(target).get("class") == "story"


def test_report_html_pile_gives_each_story_its_own_section(pile_tree) -> None:  # type: ignore[no-untyped-def]
    sections = pile_tree.xpath("//section[@class='story']")
    assert [s.get("id") for s in sections] == ["story-s1", "story-s2"]
    ferry, bridge = sections
    assert "Ostra" not in ferry.xpath(".//div[@id='summary-s1']")[0].text_content()
    assert "Ostra bridge was closed" in bridge.xpath(".//div[@id='summary-s2']")[0].text_content()
    bridge_rows = bridge.xpath(".//table[contains(@class, 'groups')]/tbody/tr")
    assert [r.get("id") for r in bridge_rows] == ["group-gCracks"]
    ferry_rows = ferry.xpath(".//table[contains(@class, 'groups')]/tbody/tr")
    assert len(ferry_rows) == 6
    assert "Bridge closed" in bridge.xpath(".//div[@id='timeline-s2']")[0].text_content()
    assert "Bridge closed" not in ferry.xpath(".//div[@id='timeline-s1']")[0].text_content()
    # an entity named in both stories is listed with each, counting that story's mentions
    for story, mentions in (("s1", "2"), ("s2", "1")):
        table = pile_tree.xpath(f"//div[@id='entities-{story}']//table")[0]
        row = next(r for r in table.xpath("./tbody/tr") if "Lakeside Radio" in r.text_content())
        assert row.xpath("./td[4]")[0].text_content() == mentions


def test_report_html_pile_lists_every_contested_point_with_its_story(pile_tree) -> None:  # type: ignore[no-untyped-def]
    rows = pile_tree.xpath("//table[@id='conflicts-table']/tbody/tr")
    assert len(rows) == 5  # four contested in the ferry story, one in the bridge story
    head = [th.text_content() for th in pile_tree.xpath("//table[@id='conflicts-table']//th")]
    assert head[0] == "Story"
    stories = [r.xpath("./td[1]")[0].text_content() for r in rows]
    assert stories.count("Ostra bridge") == 1 and stories.count("Ferry Marisol on Lake Orvan") == 4
    assert [r.get("data-verdict") for r in rows][:3] == ["conflict"] * 3
    # each links to its row in its story's section
    for row in rows:
        target = row.xpath("./td[2]/a")[0].get("href")[1:]
        assert pile_tree.get_element_by_id(target).tag == "tr"


def test_report_html_key_findings_say_what_is_contested_between_whom_and_what_agrees(
    tree,  # type: ignore[no-untyped-def]
) -> None:
    findings = tree.get_element_by_id("findings")
    contested = findings.xpath(".//ol[contains(@class, 'contested')]/li")
    first = contested[0].text_content()
    assert "passengers drowned" in first and "Conflict" in first
    voices = [li.text_content() for li in contested[0].xpath(".//ul[@class='voices']/li")]
    assert "at least 40 — lake police (in Harbour Post)" in voices
    assert "55 — rescuers, Lakeside Radio (in Valley Wire, Morning Ledger)" in voices
    established = findings.xpath(".//ol[contains(@class, 'established')]/li")
    assert len(established) == 1 and "people rescued" in established[0].text_content()
    assert "112 — Dana Korr" in established[0].text_content()
    # the finding links to its group's row
    assert contested[0].xpath("./a")[0].get("href") == "#group-gConflict"


def test_report_html_key_findings_come_before_any_story(page: str) -> None:
    assert page.index('id="findings"') < page.index('class="story"')


def test_report_html_inferred_dates_say_so(pile_tree) -> None:  # type: ignore[no-untyped-def]
    bridge = pile_tree.get_element_by_id("story-s2")
    assert "2031-06-02 (inferred)" in bridge.xpath(".//span[@class='story-meta']")[0].text_content()
    sources = bridge.xpath(".//table[contains(@class, 'sources')]")[0].text_content()
    assert "2031-06-02 (inferred)" in sources
    doc = pile_tree.get_element_by_id("doc-dE").xpath(".//p[@class='doc-meta']")[0]
    assert "published 2031-06-02 (inferred)" in doc.text_content()


def _many_stories(stories: int, docs_each: int) -> Report:
    documents = []
    story_records = []
    for s in range(stories):
        ids = []
        for d in range(docs_each):
            doc_id = f"d{s}-{d}"
            ids.append(doc_id)
            documents.append(_doc(doc_id, f"Report {d} of event {s}: 4 houses burned.\n"))
        story_records.append(Story(id=f"s{s}", label=f"Event {s}", docs=tuple(ids)))
    return Report(
        created="2031-05-08T09:00:00Z",
        inputs=tuple(InputRecord(path=d.source, status="ok") for d in documents),
        documents=tuple(documents),
        entities=(),
        stories=tuple(story_records),
    )


def test_report_html_large_pile_folds_later_stories_and_the_texts() -> None:
    from triangulate.report.html import OPEN_INPUTS, OPEN_STORIES, OPEN_TEXTS

    stories = OPEN_STORIES + 2
    docs_each = max(2, OPEN_INPUTS // stories + 1)
    report = _many_stories(stories, docs_each)
    assert len(report.documents) > max(OPEN_TEXTS, OPEN_INPUTS)
    tree = _tree(render_html(report))
    bodies = tree.xpath("//section[@class='story']/details")
    assert len(bodies) == stories
    assert [b.get("open") is not None for b in bodies] == [True] * OPEN_STORIES + [False] * 2
    texts = tree.xpath("//details[@class='doc']")
    assert len(texts) == len(report.documents) and all(t.get("open") is None for t in texts)
    # folded, not left out: every text and input is on the page
    assert all(t.xpath(".//div[@class='text']")[0].text_content() for t in texts)
    inputs = tree.get_element_by_id("inputs")
    assert len(inputs.xpath(".//table/tbody/tr")) == len(report.inputs)


def test_report_html_small_pile_shows_texts_open(tree) -> None:  # type: ignore[no-untyped-def]
    texts = tree.xpath("//details[@class='doc']")
    assert texts and all(t.get("open") is not None for t in texts)


def malay_pile() -> Report:
    """The pile with the bridge report written in Malay and the ferry reports in English."""
    from dataclasses import replace

    from triangulate.model import Language

    report = pile_report()
    english = Language(code="en", name="English", share=99, reliable=True)
    malay = Language(code="ms", name="Malay", share=97, reliable=True)
    documents = tuple(
        replace(d, language=malay if d.id == "dE" else english) for d in report.documents
    )
    return replace(report, documents=documents)


def test_report_html_lists_each_report_with_its_language_and_what_was_not_analysed() -> None:
    tree = _tree(render_html(malay_pile()))
    bridge = tree.get_element_by_id("story-s2")
    assert (
        "1 not analysed (Malay)" in bridge.xpath(".//span[@class='story-meta']")[0].text_content()
    )
    ferry = tree.get_element_by_id("story-s1")
    assert "not analysed" not in ferry.xpath(".//span[@class='story-meta']")[0].text_content()
    sources = bridge.xpath(".//table[contains(@class, 'sources')]")[0].text_content()
    assert "Malay (not analysed)" in sources
    assert "English" in ferry.xpath(".//table[contains(@class, 'sources')]")[0].text_content()
    meta = tree.get_element_by_id("doc-dE").xpath(".//p[@class='doc-meta']")[0].text_content()
    assert "Malay (not analysed)" in meta


@pytest.mark.parametrize(
    ("start", "end"),
    [("9999-12-31", None), ("9999", "9999"), ("0001-01-01", "0001-01-02"), ("0001", "9999")],
)
def test_report_html_timeline_chart_reaches_the_ends_of_the_calendar(
    start: str, end: str | None
) -> None:
    entry = TimelineEntry(start=start, end=end, precision="day", label="x", claims=(), docs=())
    chart = lxml.html.fragment_fromstring(timeline_svg([entry]))
    assert len(chart.xpath(".//rect[contains(@class, 'bar-')]")) == 1
