"""Money figures keep their currency and its basis in the store; older stores are upgraded."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from store_fixtures import older_sqlite_store, sample_report, stored_version
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
    # A store as version 1 wrote it: no currency columns, no summary contest, no last day
    # of a report dated to a range.
    older_sqlite_store(
        path,
        1,
        "DROP VIEW IF EXISTS claims_with_sources",
        "DROP VIEW IF EXISTS conflicts",
        "ALTER TABLE claims DROP COLUMN currency",
        "ALTER TABLE claims DROP COLUMN currency_basis",
        "ALTER TABLE summary DROP COLUMN contest",
        "ALTER TABLE documents DROP COLUMN published_latest",
    )
    report = _with_money(sample_report())
    with open_store(path) as store:
        save_report(store, report, command="triangulate analyze reports/")
    with open_store(path) as store:
        assert store.load_report() == report
    assert stored_version(path) == (str(SCHEMA_VERSION),)
