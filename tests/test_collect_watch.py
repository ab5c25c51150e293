"""`triangulate watch`: feeds polled from a real local server into the database."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from processes import no_children_left
from test_fetch_watch import local_site  # noqa: F401  (the fixture: a news site on 127.0.0.1)
from triangulate.cli.main import app
from triangulate.collect import seen_in, watch_once
from triangulate.exec import pool
from triangulate.fetch import Polled, Problem, SafeFetcher, Watcher
from triangulate.report.json_report import dumps
from triangulate.store import open_store


def _count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(sql).fetchone()[0])


def test_watch_stores_feed_items_once(local_site: tuple[str, list[str]], tmp_path: Path) -> None:  # noqa: F811
    base, requests = local_site
    db = tmp_path / "watch.db"
    runner = CliRunner()
    args = ["watch", f"{base}/feed.xml", "--db", str(db), "--once", "--allow-private"]
    first = runner.invoke(app, [*args, "--create"])
    assert first.exit_code == 0, first.output
    assert "2 new report(s)" in first.output
    assert _count(db, "SELECT COUNT(*) FROM documents") == 2
    assert _count(db, "SELECT COUNT(*) FROM documents WHERE story IS NULL") == 0
    urls = {u for (u,) in sqlite3.connect(db).execute("SELECT url FROM documents")}
    assert all(u.startswith(base + "/articles/") for u in urls)

    # The next poll fetches the feed again, but no article it has already read.
    fetched = len(requests)
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert "0 new report(s)" in second.output
    assert [p for p in requests[fetched:] if p.startswith("/articles/")] == []
    assert _count(db, "SELECT COUNT(*) FROM documents") == 2


def test_watch_refuses_loopback_without_allow_private(
    local_site: tuple[str, list[str]],  # noqa: F811
    tmp_path: Path,
) -> None:
    base, requests = local_site
    db = tmp_path / "refused.db"
    result = CliRunner().invoke(
        app, ["watch", f"{base}/feed.xml", "--db", str(db), "--once", "--create"]
    )
    # the only feed given could not be fetched: nothing worked, which is an error
    assert result.exit_code == 1, result.output
    assert "problem:" in result.output and "T101" in result.output
    assert "every one of the 1 feed(s) and page(s) failed to fetch" in result.output
    assert requests == []
    assert _count(db, "SELECT COUNT(*) FROM documents") == 0


def test_watch_refuses_a_database_that_does_not_exist(
    local_site: tuple[str, list[str]],  # noqa: F811
    tmp_path: Path,
) -> None:
    base, requests = local_site
    db = tmp_path / "typo.db"
    args = ["watch", f"{base}/feed.xml", "--db", str(db), "--once", "--allow-private"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert f"there is no database at {db}" in result.output and "--create" in result.output
    assert not db.exists() and requests == []


def test_watch_exits_nonzero_only_when_every_target_fails(
    local_site: tuple[str, list[str]],  # noqa: F811
    tmp_path: Path,
) -> None:
    base, _ = local_site
    db = tmp_path / "mixed.db"
    runner = CliRunner()
    good, bad = f"{base}/feed.xml", f"{base}/no-such-feed.xml"
    args = ["--db", str(db), "--once", "--allow-private", "--create"]
    mixed = runner.invoke(app, ["watch", good, bad, *args])
    assert mixed.exit_code == 0, mixed.output  # one failed, one worked
    assert "problem:" in mixed.output and "2 new report(s)" in mixed.output
    both_bad = runner.invoke(app, ["watch", bad, f"{base}/gone.xml", *args])
    assert both_bad.exit_code == 1
    assert "every one of the 2 feed(s) and page(s) failed to fetch" in both_bad.output


class _Interrupted(Watcher):
    """A watcher whose round is stopped (Ctrl+C) right after it hands over ``pages``."""

    def __init__(self, *args: Any, pages: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pages = pages

    def stream(self, targets: Sequence[str]) -> Iterator[Polled | Problem]:
        handed = 0
        for found in super().stream(targets):
            if isinstance(found, Polled):
                if handed == self.pages:
                    raise KeyboardInterrupt
                handed += 1
            yield found


def test_watch_stores_each_page_as_fetched_and_resumes_after_interruption(
    local_site: tuple[str, list[str]],  # noqa: F811
    tmp_path: Path,
) -> None:
    base, requests = local_site
    db = tmp_path / "resume.db"
    feed = [f"{base}/feed.xml"]
    with open_store(db) as store, SafeFetcher(allow_private=True, min_interval=0) as fetcher:
        interrupted = _Interrupted(fetcher, seen=seen_in(store), pages=1)
        with pytest.raises(KeyboardInterrupt):
            watch_once(store, feed, interrupted)
    # The page fetched before the stop is stored (waiting for its story), and marked seen.
    assert _count(db, "SELECT COUNT(*) FROM documents") == 1
    assert _count(db, "SELECT COUNT(*) FROM documents WHERE story IS NULL") == 1
    assert _count(db, "SELECT COUNT(*) FROM inputs") == 1
    assert _count(db, "SELECT COUNT(*) FROM runs WHERE status = 'interrupted'") == 1
    assert _count(db, "SELECT COUNT(*) FROM seen") >= 2  # its URL and its body hash
    assert requests.count("/articles/ferry.html") == 1

    # The next round fetches only what is left and analyses everything.
    walls = requests.count("/articles/wall")  # may have been fetched ahead, never stored
    with open_store(db) as store, SafeFetcher(allow_private=True, min_interval=0) as fetcher:
        done = watch_once(store, feed, Watcher(fetcher, seen=seen_in(store)))
    assert done.problems == ()
    assert requests.count("/articles/ferry.html") == 1
    assert requests.count("/articles/wall") == walls + 1
    assert _count(db, "SELECT COUNT(*) FROM documents") == 2
    assert _count(db, "SELECT COUNT(*) FROM documents WHERE story IS NULL") == 0
    assert _count(db, "SELECT COUNT(DISTINCT doc) FROM claims") == 2


def test_watch_round_parses_on_every_core_and_stores_what_one_process_stores(
    local_site: tuple[str, list[str]],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base, _ = local_site
    monkeypatch.setattr(pool, "available_cores", lambda: 2)
    monkeypatch.setattr(pool, "MIN_CHARS", 1)  # so that a round of two articles pays
    started: list[int] = []
    real_start = pool.LocalParser._start

    def start(self: pool.LocalParser) -> object:
        started.append(self.jobs)
        return real_start(self)

    monkeypatch.setattr(pool.LocalParser, "_start", start)
    runner = CliRunner()
    reports = []
    for name, options in (("one.db", ["--jobs", "1"]), ("all.db", [])):
        db = tmp_path / name
        args = ["watch", f"{base}/feed.xml", "--db", str(db), "--once", "--allow-private"]
        result = runner.invoke(app, [*args, "--create", *options])
        assert result.exit_code == 0, result.output
        assert "2 new report(s)" in result.output
        with open_store(db) as store:
            reports.append(re.sub(r'"created": "[^"]*"', "", dumps(store.load_report())))
    assert started and set(started) == {2}  # the default round: one worker per core
    assert reports[0] == reports[1]
    assert '"kind": "figure"' in reports[0]
    assert no_children_left()  # the pool's processes have all exited
