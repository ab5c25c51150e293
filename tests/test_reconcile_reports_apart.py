"""Reports of different events: a figure is disputed only by a report of the same event.

A pile sorted into stories may still hold, in one story, reports that share a name or two
and nothing else: a candidate's haul after one primary and the same candidate's haul told
at another time and place. Reports of one event name many of the
same people, places and bodies; reports whose shared names are only those every report of
the story gives tell different events, and their figures are no rivals. Invented reports.
"""

from __future__ import annotations

from test_reconcile_helpers import TORVALD, doc, figure_claim
from triangulate.model import Claim, Document
from triangulate.reconcile import reconcile
from triangulate.reconcile.reports import one_event_told

# A candidate's haul after one primary, told by two reports of that night.
HAUL = (
    "Senator Tomas Varga of Kelvara raised $7 million from supporters after the Orvel "
    "primary closed, his campaign manager Ada Brandt said on Wednesday. Varga beat "
    "Governor Lena Reyes in Orvel and Dalby counties and heads next to Corran, where "
    "Mayor Ivo Tallis has endorsed him."
)
HAUL_RETOLD = (
    "Senator Tomas Varga of Kelvara raised $9 million from supporters after the Orvel "
    "primary, Ada Brandt told reporters. Varga beat Governor Lena Reyes in Orvel and "
    "Dalby counties before heading to Corran, where Mayor Ivo Tallis backs him."
)
# The same candidate's haul told in a report of another time and place: only the names
# every report of the campaign gives are shared.
LATER = (
    "Senator Tomas Varga of Kelvara raised $9 million from supporters, filings with the "
    "Federal Election Commission showed. He spent most of it on advertising in Ostrava, "
    "Belmont and Marlow, where Governor Piet Dorn and Senator Marta Quill campaigned with "
    "him ahead of the Halden convention."
)
# Other reports of the campaign, each of its own event, naming the candidate and state.
OTHERS = (
    "Senator Tomas Varga of Kelvara spoke at a rally in Brisk, where Bishop Anton Rusk "
    "blessed the crowd and Coach Ilse Marten led the band.",
    "Senator Tomas Varga of Kelvara met farmers in Vell, where Judge Otto Crane and "
    "Sheriff Nina Holt joined him at the Tamsin fair.",
    "Senator Tomas Varga of Kelvara debated Professor Enno Lark at Wren College, where "
    "Dean Sara Pike asked about the Lodden dam.",
    "Senator Tomas Varga of Kelvara toured the port of Saltby with Captain Rolf Ember "
    "and Admiral Jana Voss of the Northern Fleet.",
)


def _raised(document: Document, phrase: str, value: float) -> Claim:
    return figure_claim(
        document,
        phrase,
        low=value,
        high=value,
        measure="money raised ($)",
        counted="money",
        qualifiers=("raised",),
        kind="money",
        unit="USD",
    )


def _story(*texts: str) -> list[Document]:
    return [doc(f"d{n}", text, f"Outlet {n}") for n, text in enumerate((*texts, *OTHERS))]


def _verdicts(documents: list[Document], claims: list[Claim]) -> list[str]:
    return sorted(
        g.verdict for g in reconcile(documents, [TORVALD], claims).groups if g.kind == "figure"
    )


def test_two_reports_of_one_event_share_more_than_the_story_s_names() -> None:
    story = _story(HAUL, HAUL_RETOLD, LATER)
    haul, retold, later = story[:3]
    assert one_event_told(haul, retold, story)
    # "Tomas Varga" and "Kelvara" are in every report of the story: they tell no event.
    assert not one_event_told(haul, later, story)
    # Too few reports to weigh names by: any two may tell one event.
    assert one_event_told(haul, later, story[:3])


def test_a_haul_of_another_event_is_no_rival() -> None:
    story = _story(HAUL, LATER)
    haul, later = story[:2]
    claims = [_raised(haul, "$7 million", 7_000_000), _raised(later, "$9 million", 9_000_000)]
    assert "conflict" not in _verdicts(story, claims)


def test_one_event_told_two_ways_is_still_a_conflict() -> None:
    story = _story(HAUL, HAUL_RETOLD, LATER)
    haul, retold, later = story[:3]
    claims = [
        _raised(haul, "$7 million", 7_000_000),
        _raised(retold, "$9 million", 9_000_000),
        _raised(later, "$9 million", 9_000_000),
    ]
    assert "conflict" in _verdicts(story, claims)
