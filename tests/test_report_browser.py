"""The HTML report in a real headless browser (Debian's chromium, never a downloaded one).

One browser for the module: the hand-built report (every section, hostile text), the report
``triangulate.analyze`` writes for examples/khan-sabil, and the report of a generated pile
of 300 reports (bench/generate.py). No console or page errors (the page's
Content-Security-Policy would log any blocked resource as an error), citations scroll their
span into view and light it (unfolding a folded story or text first), the key finding is in
the first screen of a 1366x768 window, no table is wider than its column there, and a
narrow window never scrolls sideways. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from test_report_html import hand_report
from test_report_html_reading import reading_report
from triangulate.report import render

GENERATE = Path(__file__).resolve().parent.parent / "bench" / "generate.py"
SCREEN = {"width": 1366, "height": 768}

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[dev]'")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()


def _open(browser: Any, path: Path, width: int = 1280, height: int = 900) -> tuple[Any, list[str]]:
    """A page showing ``path``, and the list its console and page errors are added to."""
    page = browser.new_page(viewport={"width": width, "height": height})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.resolve().as_uri())
    page.wait_for_load_state("load")
    return page, errors


def _in_viewport(page: Any, selector: str) -> bool:
    box = page.eval_on_selector(
        selector,
        "e => { const r = e.getBoundingClientRect();"
        " return {top: r.top, bottom: r.bottom, h: window.innerHeight}; }",
    )
    return bool(box["top"] >= 0 and box["bottom"] <= box["h"])


def test_report_browser_hand_report_citations_jump_and_light(
    browser: Any, tmp_path: Path, artifacts_dir: Path
) -> None:
    out = tmp_path / "report.html"
    render(hand_report(), out)
    page, errors = _open(browser, out)
    rows = page.locator("#groups-s1 table.groups > tbody > tr")
    assert rows.count() == 6
    assert rows.first.get_attribute("data-verdict") == "conflict"
    # the hostile report is shown as text and ran nothing
    assert page.evaluate("typeof window.alert") == "function"
    assert "<script>alert(1)</script>" in page.inner_text("#doc-dD")
    page.screenshot(path=str(artifacts_dir / "report.png"), full_page=True)

    link = page.locator("ol.summary a.cite").first
    target = link.get_attribute("href")
    assert target is not None and target.startswith("#cite-")
    link.click()
    page.wait_for_function(
        "id => document.getElementById(id).classList.contains('hl')", arg=target[1:]
    )
    assert _in_viewport(page, target)
    # every piece of a span cut where it crosses a claim lights up together
    pieces = page.locator(f"mark[data-span='{target[1:]}']")
    assert pieces.count() >= 1
    assert all("hl" in (pieces.nth(i).get_attribute("class") or "") for i in range(pieces.count()))
    page.screenshot(path=str(artifacts_dir / "report-citation.png"))

    # a claim value in the conflicts table jumps to its span too; the old light goes out
    claim_link = page.locator("table.groups a[href^='#claim-']").nth(1)
    claim = claim_link.get_attribute("href")
    assert claim is not None
    claim_link.click()
    page.wait_for_function(
        "id => document.getElementById(id).classList.contains('hl')", arg=claim[1:]
    )
    assert _in_viewport(page, claim)
    assert "hl" not in (page.get_attribute(target, "class") or "")
    assert errors == []
    page.close()


def test_report_browser_narrow_window_never_scrolls_sideways(
    browser: Any, tmp_path: Path, artifacts_dir: Path
) -> None:
    out = tmp_path / "report.html"
    render(hand_report(), out)
    page, errors = _open(browser, out, width=390, height=800)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(artifacts_dir / "report-narrow.png"))
    assert errors == []
    page.close()


def test_report_browser_names_written_right_to_left_keep_their_order_in_a_list(
    browser: Any, tmp_path: Path, artifacts_dir: Path
) -> None:
    # Two outlets named right to left, listed one after the other: a browser that ran them
    # into one right-to-left stretch would show the second first.
    out = tmp_path / "report.html"
    render(reading_report(), out)
    page, errors = _open(browser, out)
    lefts = page.eval_on_selector_all(
        "span.story-meta bdi", "els => els.map(e => e.getBoundingClientRect().left)"
    )
    assert len(lefts) == 2
    assert lefts[0] < lefts[1]
    page.screenshot(path=str(artifacts_dir / "report-right-to-left.png"))
    assert errors == []
    page.close()


@pytest.fixture(scope="module")
def khan_html(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> tuple[Path, Any]:
    """The HTML report ``triangulate.analyze`` writes for examples/khan-sabil, and the report."""
    import triangulate

    report = triangulate.analyze([str(examples_dir / "khan-sabil")])
    out = tmp_path_factory.mktemp("khan") / "khan-sabil.html"
    triangulate.write(report, out)
    return out, report


def test_report_browser_khan_sabil_report_from_analyze(
    browser: Any, khan_html: tuple[Path, Any], artifacts_dir: Path
) -> None:
    out, report = khan_html
    page, errors = _open(browser, out)
    if report.groups:
        assert page.locator("table.groups > tbody > tr").count() == len(report.groups)
    else:
        assert "No groups" in page.inner_text("div.part-groups")
    assert page.locator("details.doc").count() == len(report.documents)
    page.locator("div.part-claims details.more > summary").first.click()
    link = page.locator("table.figures a[href^='#claim-']").last
    claim = link.get_attribute("href")
    assert claim is not None
    link.click()
    page.wait_for_function(
        "id => document.getElementById(id).classList.contains('hl')", arg=claim[1:]
    )
    assert _in_viewport(page, claim)
    page.screenshot(path=str(artifacts_dir / "report-khan-sabil.png"), full_page=True)
    assert errors == []
    page.close()


def _first_screen(page: Any, selector: str) -> bool:
    """Whether the element is wholly inside the first screen (the page not scrolled)."""
    box = page.eval_on_selector(
        selector,
        "e => { const r = e.getBoundingClientRect();"
        " return {top: r.top + window.scrollY, bottom: r.bottom + window.scrollY,"
        " h: window.innerHeight}; }",
    )
    return bool(box["top"] >= 0 and box["bottom"] <= box["h"])


def _overflowing(page: Any) -> list[Any]:
    """Every table box that scrolls sideways, with every folded part unfolded."""
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    return list(
        page.evaluate(
            "Array.from(document.querySelectorAll('.scroll'))"
            ".filter(s => s.scrollWidth > s.clientWidth + 1)"
            ".map(s => [s.firstElementChild.className, s.scrollWidth, s.clientWidth])"
        )
    )


def test_report_browser_khan_sabil_key_finding_in_the_first_screen_at_1366(
    browser: Any, khan_html: tuple[Path, Any], artifacts_dir: Path
) -> None:
    out, _ = khan_html
    page, errors = _open(browser, out, **SCREEN)
    page.screenshot(path=str(artifacts_dir / "report-khan-sabil-1366.png"))
    first = "#findings ol.contested > li"
    assert _first_screen(page, first)
    finding = page.inner_text(first)
    assert "people killed" in finding and "Conflict" in finding and "Civil Defence" in finding
    assert page.evaluate("document.documentElement.scrollWidth") <= SCREEN["width"]
    assert _overflowing(page) == []
    assert errors == []
    page.close()


def test_report_browser_khan_sabil_sources_read_as_lists_and_the_events_weeks_as_days(
    browser: Any, khan_html: tuple[Path, Any]
) -> None:
    out, _ = khan_html
    page, errors = _open(browser, out, **SCREEN)
    # a group's independent sources: left-aligned, one a line, in a column wide enough
    cell = "table.groups td.indep"
    assert page.eval_on_selector(f"{cell} ul.sources", "e => getComputedStyle(e).textAlign") in (
        "left",
        "start",
    )
    lines = page.eval_on_selector_all(
        f"{cell} ul.sources li", "els => els.map(e => e.getBoundingClientRect().left)"
    )
    assert len(lines) >= 2 and max(lines) - min(lines) < 1  # one a line, flush left
    assert page.eval_on_selector(cell, "e => e.getBoundingClientRect().width") >= 140
    # the timeline's far background date sits beyond a break: the events' days stay readable
    widths = page.eval_on_selector_all(
        ".chart rect.bar-day", "els => els.map(e => e.getBoundingClientRect().width)"
    )
    assert widths and min(widths) >= 10
    assert errors == []
    page.close()


@pytest.fixture(scope="module")
def pile_html(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """The HTML report of 300 generated reports about many events, and the report."""
    import importlib.util
    import sys

    import triangulate

    spec = importlib.util.spec_from_file_location("bench_generate", GENERATE)
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = gen  # dataclasses look their module up there
    spec.loader.exec_module(gen)
    folder = tmp_path_factory.mktemp("pile") / "reports"
    gen.write_corpus(folder, 300, 7)
    report = triangulate.analyze([str(folder)])
    out = folder.parent / "pile.html"
    triangulate.write(report, out)
    return out, report


def test_report_browser_pile_of_300_reads_at_1366(
    browser: Any, pile_html: tuple[Path, Any], artifacts_dir: Path
) -> None:
    out, report = pile_html
    page, errors = _open(browser, out, **SCREEN)
    page.screenshot(path=str(artifacts_dir / "report-pile-1366.png"))
    stories = len(report.stories)
    assert page.inner_text("h1") == f"{stories} stories from {len(report.documents)} reports"
    assert _first_screen(page, "#findings ol.contested > li")
    assert page.locator("#stories-table > tbody > tr").count() == stories
    contested = sum(
        1 for g in report.groups if g.verdict in ("conflict", "update", "scope_differs")
    )
    assert page.locator("#conflicts-table > tbody > tr").count() == contested
    page.locator("#stories").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts_dir / "report-pile-index-1366.png"))
    page.locator("#contested").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts_dir / "report-pile-contested-1366.png"))

    # a story past the first few is folded; its index link unfolds it, and a citation in it
    # unfolds its report's text and lights the span
    row = page.locator("#stories-table > tbody > tr").nth(stories - 1)
    target = row.locator("td:nth-child(2) a").get_attribute("href")
    assert target is not None
    section = page.locator(f"section{target} > details")
    assert section.get_attribute("open") is None
    row.locator("td:nth-child(2) a").click()
    page.wait_for_function("s => document.querySelector(s).open", arg=f"section{target} > details")
    page.screenshot(path=str(artifacts_dir / "report-pile-story-1366.png"))
    cite = page.locator(f"section{target} ol.summary a.cite").first
    key = cite.get_attribute("href")
    assert key is not None
    cite.click()
    page.wait_for_function(
        "id => document.getElementById(id).classList.contains('hl')", arg=key[1:]
    )
    assert _in_viewport(page, key)
    page.screenshot(path=str(artifacts_dir / "report-pile-citation-1366.png"))

    folded = page.evaluate("document.documentElement.scrollHeight")
    assert page.evaluate("document.documentElement.scrollWidth") <= SCREEN["width"]
    assert _overflowing(page) == []
    unfolded = page.evaluate("document.documentElement.scrollHeight")
    assert folded * 5 < unfolded  # folding, not leaving out, keeps the page short
    assert errors == []
    page.close()
