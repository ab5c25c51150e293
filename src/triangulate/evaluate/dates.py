"""Publication dates scored on corpora without gold dates: how many, and how many astray.

Neither MMDS nor ECB+ gives each article's publication day, but both say which articles
report one event. So a pile is dated as ``analyze`` dates it (read, sorted into stories by
the story index, each story's dates inferred with ``timeline.infer.infer_dates``), and
then scored by what can be checked:

- *dated*: how many reports get a day at all;
- *outside*: dated reports whose day lies outside the period the corpus is known to
  cover (MMDS: news of September to December 2022, the span of the days its articles
  name as their own);
- *astray*: dated reports more than ``TOLERANCE`` days from the median day of the dated
  reports of their gold event (events with at least two dated reports; a catch-all bin
  of unrelated one-off articles is left out);
- *merged*: pairs of gold events of one kind (ECB+ gives two events of each kind, such as
  two quakes on one island years apart) whose dated reports centre within ``TOLERANCE``
  days of each other: one event's reports were dated by the other's. *Astray* cannot see
  this when a whole event was dated wrong, since its median moves with it; leaving such
  reports undated lowers *dated* and is still the better answer.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from triangulate.model import Document, Published

# Days a report may lie from the median day of its event's dated reports.
TOLERANCE = 7


@dataclass(frozen=True, slots=True, kw_only=True)
class DateScores:
    """Dates given to a corpus's reports, and how many of them look wrong.

    Attributes:
        reports: Reports scored.
        dated: Reports given a day (stated or inferred).
        outside: Dated reports outside the corpus's period (0 when none is given).
        in_events: Dated reports in gold events with at least two dated reports.
        astray: Of those, reports more than ``TOLERANCE`` days from their event's median.
        merged: Pairs of events of one kind whose medians lie within ``TOLERANCE`` days.
    """

    reports: int
    dated: int
    outside: int
    in_events: int
    astray: int
    merged: int = 0

    @property
    def dated_share(self) -> float:
        """Share of reports given a day."""
        return self.dated / self.reports if self.reports else 0.0

    @property
    def inside_share(self) -> float:
        """Share of dated reports inside the corpus's period."""
        return 1 - self.outside / self.dated if self.dated else 1.0

    @property
    def agreeing_share(self) -> float:
        """Share of dated reports in events that lie near their event's median."""
        return 1 - self.astray / self.in_events if self.in_events else 1.0


def dates_as_analyze(
    documents: Sequence[Document], *, today: dt.date | None = None
) -> dict[str, Published]:
    """Each document's publication date as ``analyze`` gives it: stories sorted by the
    story index, dates inferred story by story."""
    from triangulate.cluster import StoryIndex
    from triangulate.timeline.infer import infer_dates

    by_id = {d.id: d for d in documents}
    index = StoryIndex()
    index.add(documents)
    found: dict[str, Published] = {}
    for story in index.stories():
        for document in infer_dates([by_id[d] for d in story.docs], today=today):
            found[document.id] = document.published
    return found


def _day(published: Published) -> dt.date | None:
    if published.date is None or published.precision != "day":
        return None
    return dt.date.fromisoformat(published.date[:10])


def date_scores(
    published: Mapping[str, Published],
    events: Mapping[str, str],
    *,
    period: tuple[dt.date, dt.date] | None = None,
    loose: frozenset[str] = frozenset(),
    kinds: Mapping[str, str] | None = None,
) -> DateScores:
    """Score the dates given to reports (see the module docstring).

    Args:
        published: Each report's publication date, by report id.
        events: Each report's gold event, by report id.
        period: First and last day the corpus covers, when known.
        loose: Gold events that are bins of unrelated reports, left out of *astray*.
        kinds: Each gold event's kind (events of one kind are different happenings that
            must not share a week), when known; *merged* is 0 without it.
    """
    days = {key: day for key, pub in published.items() if (day := _day(pub)) is not None}
    outside = 0
    if period is not None:
        outside = sum(1 for day in days.values() if not period[0] <= day <= period[1])
    by_event: dict[str, list[dt.date]] = defaultdict(list)
    for key, day in days.items():
        event = events.get(key)
        if event is not None and event not in loose:
            by_event[event].append(day)
    in_events = astray = 0
    medians: dict[str, dt.date] = {}
    for event, members in by_event.items():
        if len(members) < 2:
            continue
        ordered = sorted(members)
        median = medians[event] = ordered[len(ordered) // 2]
        in_events += len(members)
        astray += sum(1 for day in members if abs((day - median).days) > TOLERANCE)
    merged = 0
    if kinds:
        centred = sorted(medians.items())
        merged = sum(
            1
            for n, (one, day) in enumerate(centred)
            for other, second in centred[n + 1 :]
            if kinds.get(one) is not None
            and kinds.get(one) == kinds.get(other)
            and abs((day - second).days) <= TOLERANCE
        )
    return DateScores(
        reports=len(published),
        dated=len(days),
        outside=outside,
        in_events=in_events,
        astray=astray,
        merged=merged,
    )
