"""The cross-check scorer on a hand-built report: alignment, pairs, conflicts, citations."""

from __future__ import annotations

from typing import Any

from test_reconcile_helpers import doc, figure_claim
from triangulate.evaluate.grouping import GoldMention, _meet, score
from triangulate.model import Citation, Group, Report, SummarySentence

A = doc("a", "Wardens said 40 people drowned. Another 12 boats sank.", "North Wire")
B = doc("b", "The 55 people who drowned were named. A total of 12 boats sank.", "South Wire")
C = doc("c", "Medics said 40 people drowned in the flood.", "East Wire")
CLAIMS = (
    figure_claim(A, "40 people", low=40, high=40),
    figure_claim(A, "12 boats", low=12, high=12, measure="boats sank"),
    figure_claim(B, "55 people", low=55, high=55),
    figure_claim(B, "12 boats", low=12, high=12, measure="boats sank"),
    figure_claim(C, "40 people", low=40, high=40),
)


def _mention(document: Any, quote: str, context: str, low: float) -> dict[str, Any]:
    return {"doc": document.id, "quote": quote, "context": context, "low": low, "high": low}


GOLD = {
    "groups": [
        {
            "id": "G1",
            "verdict": "conflict",
            "mentions": [
                _mention(A, "40 people", "said 40 people drowned", 40),
                _mention(B, "The 55 people", "The 55 people who", 55),
                _mention(C, "40 people", "said 40 people drowned in", 40),
            ],
        },
        {
            "id": "G2",
            "verdict": "agree",
            "mentions": [
                _mention(A, "Another 12 boats", "Another 12 boats sank", 12),
                _mention(B, "A total of 12 boats", "A total of 12 boats", 12),
            ],
        },
    ]
}


def _group(gid: str, verdict: str, *claims: int) -> Group:
    return Group(
        id=gid,
        label=gid,
        kind="figure",
        claims=tuple(CLAIMS[n].id for n in claims),
        verdict=verdict,  # type: ignore[arg-type]
        explanation="",
    )


def _report(groups: tuple[Group, ...], summary: tuple[SummarySentence, ...] = ()) -> Report:
    return Report(
        created="",
        inputs=(),
        documents=(A, B, C),
        entities=(),
        stories=(),
        claims=CLAIMS,
        groups=groups,
        summary=summary,
    )


def test_grouping_scores_pairs_conflicts_and_flags() -> None:
    groups = (
        # The two 40s and the 55 together, called a conflict: right.
        _group("m1", "conflict", 0, 2, 4),
        # The boats split in two groups, and a wrong conflict over them.
        _group("m2", "conflict", 1),
        _group("m3", "single", 3),
        # A scope overlay repeats claims and never makes a pair.
        _group("s1", "scope_differs", 1, 3),
    )
    counts = score(_report(groups), GOLD)
    # Leading "The", "Another", "A total of" aside, every quote is covered.
    assert (counts.found, counts.mentions) == (5, 5)
    assert (counts.true_pairs, counts.system_pairs, counts.gold_pairs) == (3, 3, 4)
    assert (counts.conflicts_right, counts.conflicts) == (1, 2)
    assert counts.wrong_conflicts == ["m2"]
    assert (counts.conflicts_flagged, counts.gold_conflicts) == (1, 1)


def test_grouping_scores_citations_by_the_gold_group_and_value() -> None:
    own = Citation(doc="a", start=0, end=31)
    agreeing = Citation(doc="c", start=0, end=len(C.text))
    differing = Citation(doc="b", start=0, end=37)
    # Cited for something else than the sentence's figure group: not judged on figures.
    elsewhere = Citation(doc="b", start=38, end=len(B.text))
    sentence = SummarySentence(
        text=A.text[:31], citations=(own, agreeing, differing, elsewhere), groups=("m1",)
    )
    counts = score(_report((_group("m1", "conflict", 0, 2, 4),), (sentence,)), GOLD)
    assert (counts.citations_supported, counts.citations) == (1, 2)
    assert counts.citations_unjudged == 1


def test_alignment_by_number_finds_a_quote_wider_than_the_claims_phrase() -> None:
    # The analyst quoted "40 people drowned" where the claim's phrase is "40 people";
    # the number of the claim lies inside the quote, so only the reading by number finds it.
    wide = {
        "groups": [
            {
                "id": "G1",
                "verdict": "agree",
                "mentions": [
                    _mention(A, "40 people drowned", "said 40 people drowned.", 40),
                    _mention(C, "40 people drowned in", "said 40 people drowned in", 40),
                ],
            },
            {
                "id": "G2",
                "verdict": "single",
                # No claim's number reaches this quote: not found either way.
                "mentions": [_mention(B, "were named", "who drowned were named", 0)],
            },
        ]
    }
    groups = (_group("m1", "agree", 0, 4),)
    strict = score(_report(groups), wide)
    assert (strict.found, strict.true_pairs) == (0, 0)
    by_number = score(_report(groups), wide, by_number=True)
    assert (by_number.found, by_number.mentions) == (2, 3)
    assert (by_number.true_pairs, by_number.system_pairs, by_number.gold_pairs) == (1, 1, 1)


def test_citation_values_in_feet_and_metres_are_compared_in_one_unit() -> None:
    def said(quote: str, value: float, hedge: str) -> GoldMention:
        return GoldMention(
            group="G1", verdict="agree", doc="a", start=0, end=len(quote), quote=quote,
            low=value, high=value, hedge=hedge,
        )  # fmt: skip

    # A report converting another's length rounds it: "about 600m" is "2,000 feet".
    assert _meet(said("about 600m", 600, "about"), said("2, 000 feet", 2000, "exact"))
    assert _meet(said("about 60 metres", 60, "about"), said("200ft", 200, "exact"))
    # 150 metres is no 200 feet, though 150 and 200 are near as bare numbers.
    assert not _meet(said("150 meters", 150, "exact"), said("about 200 feet", 200, "about"))
    assert _meet(said("130 pounds", 130, "exact"), said("59 kg", 59, "exact"))
    # Numbers of no unit meet as before.
    assert not _meet(said("60 people", 60, "about"), said("200", 200, "exact"))
