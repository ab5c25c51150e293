"""A database filled in two runs holds what one run without a database finds, on real reports.

One development folder of ``../shared/data/crosscheck-dev`` (two earthquakes three years
apart, so a report's background dates matter) is analysed once plainly and once into a
database one report per run, as ``watch`` adds them. The stories, every report's
publication date (with its reason), the groups and their verdicts, and the summary must
be the same, both in the last run's report and in the report the database gives back.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from triangulate import analyze
from triangulate.collect import analyze_into
from triangulate.model import Report
from triangulate.store import open_store

pytestmark = pytest.mark.quality

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT.parent / "shared" / "data" / "crosscheck-dev" / "20_ecbplus"


def _shape(report: Report) -> dict[str, object]:
    """What a reader sees, without where each run read its files from."""
    return {
        "stories": sorted(sorted(s.docs) for s in report.stories),
        "published": {d.id: d.published for d in report.documents},
        "groups": sorted((g.id, g.label, g.verdict, g.claims) for g in report.groups),
        "summary": sorted((s.text, s.contested) for s in report.summary),
    }


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, Report, Report]:
    if not FOLDER.exists():
        pytest.skip(f"{FOLDER} is not there: run the tests with ../shared beside the clone")
    tmp = tmp_path_factory.mktemp("db-plain")
    folders = []
    for i, path in enumerate(sorted(FOLDER.glob("*.txt"))):
        folder = tmp / f"run{i:02d}"
        folder.mkdir()
        shutil.copy(path, folder / path.name)
        folders.append(folder)
    plain = analyze(folders)
    with open_store(str(tmp / "store.db")) as store:
        for folder in folders:
            last = analyze_into(store, folder)
        stored = store.load_report()
    assert len(last.documents) == len(plain.documents), "one story: the last run redoes it all"
    return plain, last, stored


def test_last_db_run_reports_as_the_plain_run(runs: tuple[Report, Report, Report]) -> None:
    plain, added, _ = runs
    assert _shape(added) == _shape(plain)


def test_database_gives_back_the_plain_run(runs: tuple[Report, Report, Report]) -> None:
    plain, _, stored = runs
    assert _shape(stored) == _shape(plain)
