"""Publication dates on real news that gives no dates of its own: MMDS dev and ECB+ dev.

The reports are read as a user's files would be (``build_document``), sorted into stories
and dated as ``analyze`` dates them (``evaluate.dates.dates_as_analyze``). Neither corpus
gives publication days, so the score is what can be checked (see ``evaluate.dates``): how
many reports get a day, how many of those lie outside the months the corpus covers
(MMDS: September to December 2022, the span of the days its articles name as their own),
and how many lie more than a week from the median day of their gold event. The present
is pinned (1 January 2025) so that the scores do not move with the calendar.

The date rules were written looking at both halves of MMDS dev, so its two halves are
reported apart but both are development figures.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from triangulate.evaluate import load_docs
from triangulate.evaluate.dates import DateScores, date_scores, dates_as_analyze
from triangulate.evaluate.stories import CATCH_ALL, load_mmds, split_mmds
from triangulate.ingest.build import build_document

BASELINE = Path(__file__).resolve().parent / "baseline.json"
TODAY = dt.date(2025, 1, 1)
MMDS_PERIOD = (dt.date(2022, 9, 1), dt.date(2022, 12, 31))

pytestmark = pytest.mark.quality


@pytest.fixture(scope="module")
def mmds(mmds_dir: Path) -> dict[str, DateScores]:
    docs = load_mmds(mmds_dir)
    built = [replace(build_document(d.text, source=d.id), id=d.id) for d in docs]
    published = dates_as_analyze(built, today=TODAY)
    events = {d.id: d.cluster for d in docs}
    halves = {**split_mmds(docs), "all": docs}
    return {
        name: date_scores(
            {d.id: published[d.id] for d in part},
            events,
            period=MMDS_PERIOD,
            loose=frozenset({CATCH_ALL}),
        )
        for name, part in halves.items()
    }


@pytest.fixture(scope="module")
def ecbplus(ecbplus_dir: Path) -> DateScores:
    docs = [d for d in load_docs(ecbplus_dir) if d.split == "dev"]
    built = [replace(build_document(d.text, source=d.id), id=d.id) for d in docs]
    published = dates_as_analyze(built, today=TODAY)
    return date_scores(
        published,
        {d.id: d.subtopic for d in docs},
        kinds={d.subtopic: d.topic for d in docs},  # a topic's two events: one kind
    )


def _floors() -> dict[str, float]:
    data: dict[str, float] = json.loads(BASELINE.read_text(encoding="utf-8"))
    return data


def _record(record: pytest.RecordProperty, name: str, scores: DateScores) -> None:
    record(
        name,
        f"dated {scores.dated}/{scores.reports}; outside the period {scores.outside}; "
        f"astray {scores.astray}/{scores.in_events}; events of one kind dated to one week "
        f"{scores.merged}",
    )


def test_quality_dates_mmds_most_dated_reports_lie_in_the_corpus_months(
    mmds: dict[str, DateScores], record_property: pytest.RecordProperty
) -> None:
    floors = _floors()
    for name, scores in mmds.items():
        _record(record_property, f"mmds_{name}", scores)
    every = mmds["all"]
    assert every.dated_share >= floors["mmds_dates_dated_share"]
    assert every.inside_share >= floors["mmds_dates_inside_share"]
    assert every.agreeing_share >= floors["mmds_dates_agreeing_share"]


def test_quality_dates_ecbplus_reports_of_one_event_agree(
    ecbplus: DateScores, record_property: pytest.RecordProperty
) -> None:
    floors = _floors()
    _record(record_property, "ecbplus_dev", ecbplus)
    print(f"ecbplus dates: {ecbplus}")
    assert ecbplus.dated_share >= floors["ecbplus_dev_dates_dated_share"]
    assert ecbplus.agreeing_share >= floors["ecbplus_dev_dates_agreeing_share"]
    assert ecbplus.merged <= floors["ecbplus_dev_dates_merged_events_max"]
    # Counts as well as shares: leaving a wrongly dated report undated lowers both shares
    # (fewer dated, the same astray over fewer), so the counts keep what matters pinned.
    assert ecbplus.astray <= floors["ecbplus_dev_dates_astray_max"]
