"""Who gave each figure, scored against hand-made gold on invented reports."""

from __future__ import annotations

from typing import Any

from test_reconcile_helpers import doc, figure_claim
from triangulate.evaluate.speakers import SpeakerCounts, speaker_counts
from triangulate.model import Report

A = doc("a", "Wardens said 40 people drowned. The dam is 12 metres high.", "North Wire")
B = doc("b", "At least 55 people drowned, Mayor Ada Brandt said. 30 boats sank.", "South Wire")
C = doc("c", "North Wire counted 61 dead. Police said 9 boats sank; 4 more sank.", "North Wire")
CLAIMS = (
    figure_claim(A, "40 people", low=40, high=40, speaker="wardens"),
    figure_claim(A, "12 metres", low=12, high=12, speaker="wardens"),  # own voice read as theirs
    figure_claim(B, "55 people", low=55, high=None, hedge="at_least", speaker="Brandt"),
    figure_claim(B, "30 boats", low=30, high=30),
    figure_claim(C, "61 dead", low=61, high=61),  # the outlet's own count
    figure_claim(C, "9 boats", low=9, high=9, speaker="the coast guard", via=("police",)),
)


def _mention(document: Any, quote: str, context: str, said_by: str | None) -> dict[str, Any]:
    return {"doc": document.id, "quote": quote, "context": context, "said_by": said_by}


GOLD = {
    "groups": [
        {
            "id": "G1",
            "verdict": "conflict",
            "mentions": [
                _mention(A, "40 people", "said 40 people drowned", "wardens"),
                _mention(B, "At least 55 people", "At least 55 people", "Mayor Ada Brandt"),
                _mention(C, "61 dead", "counted 61 dead", "North Wire"),
            ],
        },
        {
            "id": "G2",
            "verdict": "single",
            "mentions": [_mention(A, "12 metres", "is 12 metres high", None)],
        },
        {
            "id": "G3",
            "verdict": "conflict",
            "mentions": [
                _mention(B, "30 boats", "30 boats sank", "the harbour office"),
                _mention(C, "9 boats", "said 9 boats sank", "police"),
                _mention(C, "4 more", "4 more sank", "police"),  # no claim read: not aligned
            ],
        },
    ]
}


def test_speakers_are_scored_against_the_source_gold_names() -> None:
    report = Report(
        created="", inputs=(), documents=(A, B, C), entities=(), stories=(), claims=CLAIMS
    )
    counts = speaker_counts(report, GOLD)
    # Wardens; "Brandt" for "Mayor Ada Brandt"; no speaker where gold names the outlet.
    assert counts.right == 3
    assert counts.missed == 1  # the harbour office's 30 boats, read with no speaker
    assert counts.relay == 1  # police named only in the relay chain
    assert counts.wrong == 0
    assert (counts.own_right, counts.own_false) == (0, 1)
    assert counts.unaligned == 1
    assert counts.right_share == 3 / 5
    assert counts.false_share == 1.0
    assert (counts + counts).attributed == 10
    assert SpeakerCounts().right_share == 1.0
