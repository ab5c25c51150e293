"""The crosscheck-dev gold: real multi-outlet stories with every figure an analyst would log.

Each story folder holds its reports as ``.txt`` files and a ``gold.json`` (see the data's
``RUBRIC.md``): ``groups[]`` of figure ``mentions`` and ``not_figures[]``, the tempting
numbers that are not figures (traps). Every mention and trap is located by its exact
``quote`` inside a ``context`` that occurs once in its report.

Figures are scored on the report ``analyze`` writes for the story folder:

- a gold mention is *found* when the number of a figure claim overlaps its quote; the
  number of a claim is the quantity phrase it starts with (a claim's span runs from its
  number through what it counts, so "17 people trapped on the 3rd floor" must not take
  the "3rd");
- its *value is right* when low, high and hedge equal the gold's; for a vague amount the
  gold gives a range ("dozens" 24–99) and the report a floor, so the low ends must match;
  a duration may be stated in another unit than the gold's (the gold writes "a week" as 7,
  in the days its group counts, and "one minute" as 60 seconds), so its ends are compared
  after converting them into each unit of time;
- a trap is *taken* when the number of a figure claim overlaps its quote.

A quote in a line that ingest cut (a web address, a byline) is in no document's text: a
mention there counts as missed, a trap there as avoided.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from triangulate.claims.quantities import find_quantities
from triangulate.model import Claim, Report

# Stories whose texts and gold guided the rules, and stories kept out of sight of them.
DEVELOPMENT = ("8_ecbplus", "19_ecb", "20_ecbplus")
HELD_OUT = ("18_ecbplus", "21_ecbplus", "3_ecb")


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    """A gold mention or trap, located: document id, span of its quote, and the gold row."""

    doc: str
    start: int
    end: int
    row: Mapping[str, Any]


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureScore:
    """Figure recall, values right among those found, and traps taken, for one story."""

    mentions: int
    found: int
    value_right: int
    traps: int
    taken: int
    missed: tuple[str, ...] = field(repr=False)
    trapped: tuple[str, ...] = field(repr=False)

    @property
    def recall(self) -> float:
        return self.found / self.mentions if self.mentions else 0.0

    @property
    def value_share(self) -> float:
        return self.value_right / self.found if self.found else 0.0

    @property
    def trap_rate(self) -> float:
        return self.taken / self.traps if self.traps else 0.0

    def __add__(self, other: FigureScore) -> FigureScore:
        return FigureScore(
            mentions=self.mentions + other.mentions,
            found=self.found + other.found,
            value_right=self.value_right + other.value_right,
            traps=self.traps + other.traps,
            taken=self.taken + other.taken,
            missed=self.missed + other.missed,
            trapped=self.trapped + other.trapped,
        )

    def __str__(self) -> str:
        return (
            f"recall={self.recall:.3f} ({self.found}/{self.mentions}) "
            f"value={self.value_share:.3f} traps={self.taken}/{self.traps}"
        )


def load_gold(folder: Path) -> dict[str, Any]:
    """A story's ``gold.json``."""
    return json.loads((folder / "gold.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def doc_texts(report: Report) -> dict[str, tuple[str, str]]:
    """File stem ("8_1ecbplus") -> (document id, cleaned text) for each report read."""
    return {Path(doc.source.split("#")[0]).stem: (doc.id, doc.text) for doc in report.documents}


def locate(texts: Mapping[str, tuple[str, str]], row: Mapping[str, Any]) -> Item | None:
    """Where a gold row's quote is: in its context, which occurs once in the report's text.

    None when the context is not in the cleaned text (its line was cut at ingest).
    """
    if row["doc"] not in texts:
        return None
    doc, text = texts[row["doc"]]
    at = text.find(row["context"])
    if at < 0 or text.find(row["context"], at + 1) >= 0:
        return None
    inner = row["context"].find(row["quote"])
    if inner < 0:
        raise LookupError(f"quote {row['quote']!r} is not in its context {row['context']!r}")
    return Item(doc=doc, start=at + inner, end=at + inner + len(row["quote"]), row=row)


@dataclass(frozen=True, slots=True, kw_only=True)
class Found:
    """A number read as a figure: the span of its number, its value and hedge."""

    start: int
    end: int
    low: float | None
    high: float | None
    hedge: str
    unit: str | None = None
    kind: str = "count"


def number_end(texts: Mapping[str, str]) -> Callable[[Claim], int]:
    """A function giving where a claim's number ends: the end of the quantity its span
    opens with (each document's quantities read once), or the claim's own end.

    Args:
        texts: Document id -> its text.
    """
    ends: dict[str, dict[int, int]] = {}

    def end(claim: Claim) -> int:
        if claim.doc not in ends:
            ends[claim.doc] = {q.start: q.end for q in find_quantities(texts[claim.doc])}
        return ends[claim.doc].get(claim.start, claim.end)

    return end


def number_spans(report: Report) -> dict[str, list[Found]]:
    """Document id -> the number of each figure claim, with its value and hedge."""
    end = number_end({doc.id: doc.text for doc in report.documents})
    out: dict[str, list[Found]] = {}
    for claim in report.claims:
        figure = claim.figure
        if figure is None:
            continue
        out.setdefault(claim.doc, []).append(
            Found(
                start=claim.start,
                end=end(claim),
                low=figure.low,
                high=figure.high,
                hedge=figure.hedge,
                unit=figure.unit,
                kind=figure.kind,
            )
        )
    return out


# Seconds in each unit of time a duration figure may be stated in.
_SECONDS: dict[str, float] = {
    "second": 1,
    "minute": 60,
    "hour": 3600,
    "day": 86400,
    "night": 86400,
    "week": 604800,
    "fortnight": 1209600,
    "month": 2592000,
    "year": 31536000,
    "decade": 315360000,
    "century": 3153600000,
}


def _value_right(found: Found, row: Mapping[str, Any]) -> bool:
    if row["hedge"] == "vague" or found.hedge == "vague":
        return bool(found.hedge == row["hedge"] and found.low == row["low"])
    high = None if row["hedge"] == "at_least" else row["high"]
    low = None if row["hedge"] == "at_most" else row["low"]
    if found.hedge != row["hedge"]:
        return False
    if (found.low, found.high) == (low, high):
        return True
    if found.kind != "duration" or found.unit not in _SECONDS:
        return False
    # The same length of time in the gold's unit, whichever unit that is.
    seconds = _SECONDS[found.unit]
    return any(
        all(
            (f is None and g is None)
            or (f is not None and g is not None and abs(f * seconds / per - g) < 1e-6)
            for f, g in ((found.low, low), (found.high, high))
        )
        for per in _SECONDS.values()
    )


def score_figures(
    texts: Mapping[str, tuple[str, str]],
    numbers: Mapping[str, Sequence[Found]],
    gold: Mapping[str, Any],
) -> FigureScore:
    """Figure recall, values right and traps taken for one story (module docstring).

    Args:
        texts: ``doc_texts`` of the story's report.
        numbers: Document id -> the numbers read as figures (``number_spans``, or a peer's).
        gold: The story's ``gold.json``.
    """

    def holder(item: Item | None) -> Found | None:
        if item is None:
            return None
        hits = [
            (abs(f.start - item.start), n, f)
            for n, f in enumerate(numbers.get(item.doc, ()))
            if f.start < item.end and f.end > item.start
        ]
        return min(hits)[2] if hits else None

    mentions = [m for group in gold["groups"] for m in group["mentions"]]
    found = right = 0
    missed: list[str] = []
    for row in mentions:
        hit = holder(locate(texts, row))
        if hit is None:
            missed.append(f"{row['doc']}: {row['quote']!r} in {row['context']!r}")
            continue
        found += 1
        right += _value_right(hit, row)
    traps: Sequence[Mapping[str, Any]] = gold.get("not_figures", ())
    trapped = [
        f"{row['doc']}: {row['quote']!r} ({row['why']})"
        for row in traps
        if holder(locate(texts, row)) is not None
    ]
    return FigureScore(
        mentions=len(mentions),
        found=found,
        value_right=right,
        traps=len(traps),
        taken=len(trapped),
        missed=tuple(missed),
        trapped=tuple(trapped),
    )
