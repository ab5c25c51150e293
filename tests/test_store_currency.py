"""Money figures keep their currency and its basis in the store; older stores are upgraded."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from store_fixtures import sample_report
from triangulate.model import Report
from triangulate.store import open_store, save_report
from triangulate.store.schema import SCHEMA_VERSION

pytest_plugins = ["store_fixtures"]


def _with_money(report: Report) -> Report:
    """The sample report with its first figure read as Singapore dollars, inferred."""
    claims = list(report.claims)
    k = next(n for n, c in enumerate(claims) if c.figure is not None)
    figure = dataclasses.replace(
        claims[k].figure,  # type: ignore[arg-type]
        kind="money",
        unit="SGD",
        currency="SGD",
        currency_basis="inferred from the URL host (.sg)",
    )
    claims[k] = dataclasses.replace(claims[k], figure=figure)
    return dataclasses.replace(report, claims=tuple(claims))


def test_store_keeps_the_currency_and_its_basis(store_target: str) -> None:
    report = _with_money(sample_report())
    with open_store(store_target) as store:
        save_report(store, report, command="triangulate analyze reports/")
    with open_store(store_target) as store:
        loaded = store.load_report()
    assert loaded == report


def test_store_of_the_previous_version_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    open_store(path).close()
    # A store as version 1 wrote it: no currency columns, no summary contest, no last day
    # of a report dated to a range.
    conn = sqlite3.connect(path)
    conn.execute("DROP VIEW IF EXISTS claims_with_sources")
    conn.execute("DROP VIEW IF EXISTS conflicts")
    conn.execute("ALTER TABLE claims DROP COLUMN currency")
    conn.execute("ALTER TABLE claims DROP COLUMN currency_basis")
    conn.execute("ALTER TABLE summary DROP COLUMN contest")
    conn.execute("ALTER TABLE documents DROP COLUMN published_latest")
    conn.execute("UPDATE state SET value = '1' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    report = _with_money(sample_report())
    with open_store(path) as store:
        save_report(store, report, command="triangulate analyze reports/")
    with open_store(path) as store:
        assert store.load_report() == report
    conn = sqlite3.connect(path)
    version = conn.execute("SELECT value FROM state WHERE key = 'schema_version'").fetchone()
    conn.close()
    assert version == (str(SCHEMA_VERSION),)
