"""`triangulate watch`: feeds polled from a real local server into the database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from test_fetch_watch import local_site  # noqa: F401  (the fixture: a news site on 127.0.0.1)
from triangulate.cli.main import app


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
