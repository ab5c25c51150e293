"""A database run dates every report as a run without a database does.

A report dated by its story is dated again when its story changes: the date an earlier run
gave it is neither kept when the story now sets it aside nor taken as ingest's evidence.
"""

from __future__ import annotations

from pathlib import Path

from triangulate.collect import analyze_into
from triangulate.model import Published, Report
from triangulate.pipeline import analyze
from triangulate.store import open_store

pytest_plugins = ["store_fixtures"]

# Alone, this report is dated by the only full date it names (the day a levee was built);
# beside reports of the flood it is background, and the report stays undated.
BACKGROUND = (
    "Levee questions follow the Orland Bay flood\n"
    "Engineers in Orland Bay said the levee that failed was built on 3 June 1998 by the "
    "Vessner Construction company.\n"
    "The Orland Bay flood forced families from the river district, and the mayor, Ilse "
    "Marrow, asked the Vessner Construction company for its plans.\n"
    "Residents of Orland Bay said the water rose in minutes.\n"
)
FIRST = (
    "Orland Bay flood: 12 dead as levee fails\n"
    "Twelve people died on 14 March 2021 when a levee failed in Orland Bay, the mayor, Ilse "
    "Marrow, said.\n"
    "The Orland Bay flood forced 400 families from the river district, police said.\n"
)
LATER = (
    "Death toll rises in Orland Bay flood\n"
    "Fourteen people died after the Orland Bay levee failed on 14 March 2021, police said on "
    "15 March 2021.\n"
    "Mayor Ilse Marrow said the Orland Bay flood forced 450 families from their homes in the "
    "river district.\n"
)


def _dates(report: Report) -> dict[str, Published]:
    return {d.id: d.published for d in report.documents}


def test_db_run_in_two_steps_dates_reports_as_one_plain_run(
    store_target: str, tmp_path: Path
) -> None:
    early, late = tmp_path / "early", tmp_path / "late"
    early.mkdir()
    late.mkdir()
    (early / "background.txt").write_text(BACKGROUND, encoding="utf-8")
    (late / "first.txt").write_text(FIRST, encoding="utf-8")
    (late / "later.txt").write_text(LATER, encoding="utf-8")
    plain = analyze([early, late])
    assert len(plain.stories) == 1, "the three reports tell one story"
    background = next(d for d in plain.documents if d.source.endswith("background.txt"))
    assert background.published.date is None, "1998 is background to a 2021 flood"

    with open_store(store_target) as store:
        alone = analyze_into(store, early)
        assert alone.documents[0].published.date == "1998-06-03"
        added = analyze_into(store, late)
        stored = store.load_report()
        # The same pile again adds nothing and reports its story as stored.
        again = analyze_into(store, [early, late])

    # The run that adds reports, and the database after it, date every report (with the
    # same reasons) as the plain run over all of them.
    assert _dates(added) == _dates(plain)
    assert _dates(stored) == _dates(plain)
    assert {i.status for i in again.inputs} == {"skipped"}
    assert _dates(again) == _dates(plain)
    assert [sorted(s.docs) for s in again.stories] == [sorted(s.docs) for s in plain.stories]


# Names only a weekday: the story dates it from the other reports.
WEEKDAY = (
    "Orland Bay counts the cost of the flood\n"
    "The levee in Orland Bay failed on Sunday, the mayor, Ilse Marrow, said, and the Orland "
    "Bay flood forced hundreds of families from the river district.\n"
    "Police in Orland Bay said the water rose in minutes.\n"
)


def test_db_run_starts_from_the_date_ingest_read(store_target: str, tmp_path: Path) -> None:
    # The story dates the weekday-only report; the database keeps that date for display,
    # but a later analysis starts from the date ingest read, as a plain run does.
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    (one / "first.txt").write_text(FIRST, encoding="utf-8")
    (one / "weekday.txt").write_text(WEEKDAY, encoding="utf-8")
    (two / "later.txt").write_text(LATER, encoding="utf-8")
    plain = analyze([one, two])
    with open_store(store_target) as store:
        analyze_into(store, one)
        (weekday,) = (d for d in store.load_report().documents if d.source.endswith("y.txt"))
        read = store.documents([weekday.id], as_read=True)[0].published
        analyze_into(store, two)
        stored = store.load_report()
    assert weekday.published.basis == "inferred" and weekday.published.date is not None
    assert read.basis == "unknown", "ingest found no date in it"
    assert _dates(stored) == _dates(plain)
