"""The HTML report in a real headless browser (Debian's chromium, never a downloaded one).

One browser for the module: the hand-built report (every section, hostile text) and the
report ``triangulate.analyze`` writes for examples/khan-sabil. No console or page errors
(the page's Content-Security-Policy would log any blocked resource as an error), citations
scroll their span into view and light it, and a narrow window never scrolls sideways.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from test_report_html import hand_report
from triangulate.report import render

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
    assert page.locator("#conflicts-table > tbody > tr").count() == 6
    assert page.locator("#conflicts-table > tbody > tr").first.get_attribute("data-verdict") == (
        "conflict"
    )
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
    claim_link = page.locator("#conflicts-table a[href^='#claim-']").nth(1)
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


def test_report_browser_khan_sabil_report_from_analyze(
    browser: Any, tmp_path: Path, examples_dir: Path, artifacts_dir: Path
) -> None:
    import triangulate

    report = triangulate.analyze([str(examples_dir / "khan-sabil")])
    out = tmp_path / "khan-sabil.html"
    triangulate.write(report, out)
    page, errors = _open(browser, out)
    if report.groups:
        assert page.locator("#conflicts-table > tbody > tr").count() == len(report.groups)
    else:
        assert "No groups" in page.inner_text("#groups")
    assert page.locator("article.doc").count() == len(report.documents)
    link = page.locator("#figures-table a[href^='#claim-']").last
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
