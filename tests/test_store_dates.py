"""A report dated only to a range of days keeps the range's last day in the store."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from store_fixtures import older_sqlite_store, sample_report, stored_version
from triangulate.model import Published, Report
from triangulate.store import open_store, save_report
from triangulate.store.schema import SCHEMA_VERSION

pytest_plugins = ["store_fixtures"]


def _dated_to_a_range(report: Report) -> Report:
    """The sample report with its first document inferred to lie within four days."""
    docs = list(report.documents)
    docs[0] = dataclasses.replace(
        docs[0],
        published=Published(
            date="2031-04-29",
            precision="day",
            basis="inferred",
            reason="between the story's first report and the last day it names",
            latest="2031-05-02",
        ),
    )
    return dataclasses.replace(report, documents=tuple(docs))


def test_store_keeps_the_last_day_of_a_range_of_days(store_target: str) -> None:
    report = _dated_to_a_range(sample_report())
    with open_store(store_target) as store:
        save_report(store, report, command="triangulate analyze reports/")
    with open_store(store_target) as store:
        loaded = store.load_report()
    assert loaded.documents[0].published.latest == "2031-05-02"
    assert loaded == report


def test_store_without_the_last_day_column_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    # A store as version 3 wrote it: no last day of a range.
    older_sqlite_store(path, 3, "ALTER TABLE documents DROP COLUMN published_latest")
    report = _dated_to_a_range(sample_report())
    with open_store(path) as store:
        save_report(store, report, command="triangulate analyze reports/")
    with open_store(path) as store:
        assert store.load_report() == report
    assert stored_version(path) == (str(SCHEMA_VERSION),)
