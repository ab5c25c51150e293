"""One real browser run: upload the example reports through the form, follow the job to the
story, open a conflicting claim and see its span lit (Debian's chromium, never downloaded).

The app runs under uvicorn in a thread on a free loopback port over an empty database.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from test_report_browser import ARGS, CHROMIUM
from test_web_api import EXAMPLES

uvicorn = pytest.importorskip("uvicorn", reason="pip install -e '.[web]'")

from triangulate.web import create_app  # noqa: E402


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("web-browser") / "empty.db"
    port = _free_port()
    config = uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(15)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[dev]'")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()


def test_web_browser_upload_follow_job_open_claim(
    server: str, browser: Any, artifacts_dir: Path
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))

    page.goto(f"{server}/")
    assert "No stories yet" in page.inner_text("main")
    page.click("text=Add reports")
    files = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
    page.set_input_files("#files", files)
    page.click("#upload-form button[type=submit]")

    # The job page reloads itself until the job ends.
    page.wait_for_url("**/jobs/*", timeout=15_000)
    page.wait_for_selector('#job-status[data-status="done"]', timeout=60_000)
    assert page.locator("#inputs-table tbody tr").count() == len(files)
    page.click("#job-stories a")

    page.wait_for_selector("#conflicts-table")
    story_url = page.url
    row = page.locator('#conflicts-table tr[data-verdict="conflict"]').first
    assert row.is_visible()
    page.screenshot(path=str(artifacts_dir / "web-story.png"), full_page=True)

    # At 1366x768 the story's key finding is in the first screen, and the story list marks
    # a first day that only an inferred date gives.
    wide = browser.new_page(viewport={"width": 1366, "height": 768})
    wide.goto(story_url)
    first = wide.locator("#findings ol.contested > li").first
    box = first.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 768
    assert "people killed" in first.inner_text()
    wide.screenshot(path=str(artifacts_dir / "web-story-1366.png"))
    overflowing = wide.evaluate(
        "Array.from(document.querySelectorAll('.scroll'))"
        ".filter(s => s.scrollWidth > s.clientWidth + 1).map(s => s.firstElementChild.id)"
    )
    assert overflowing == []  # every table fits its column
    wide.goto(f"{server}/")
    assert "(inferred)" in wide.inner_text("#stories-table")
    wide.screenshot(path=str(artifacts_dir / "web-stories-1366.png"))
    wide.close()
    link = row.locator("a.claim-link").first
    value = link.inner_text()
    link.click()

    page.wait_for_selector("mark.hl")
    lit = page.locator("mark.hl").first
    lit.scroll_into_view_if_needed()
    assert lit.is_visible()
    assert page.inner_text("h1") == value
    quoted = page.inner_text("dl.facts q")
    assert lit.inner_text() in quoted or quoted in page.locator("#doc-text").inner_text()
    color = lit.evaluate("e => getComputedStyle(e).backgroundColor")
    assert color not in ("rgba(0, 0, 0, 0)", "transparent")  # the stylesheet loaded and lit it
    assert page.locator("#side-by-side .card").count() >= 2
    page.screenshot(path=str(artifacts_dir / "web-claim.png"), full_page=False)
    assert errors == []
