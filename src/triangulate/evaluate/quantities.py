"""Figure values scored against sentences with gold values (the CQE test sets).

``quantities-dev`` holds small JSON lists of ``{"text", "quantities": [{"value",
"normalized_unit"}]}``: money in many currencies, dimensions, temperatures and ages. Each
sentence is read as one short report; every figure claim found in it is a *found value*.

How values are matched, per sentence (a found value matches at most one gold value):

- a gold value is a number, or a range written ``"a-b"``; a found figure gives its stated
  value: ``low`` for exact, about, at least and vague; ``high`` for at most; both ends for a
  range;
- two values are equal within one part in a million (``1.8500`` = ``1.85``);
- a share written as a fraction reads as a percentage ("one-third" is 33.3 percent), where
  the gold writes the fraction (``0.33``): a found percentage ``p`` also matches a gold value
  ``g`` below 1 when ``|p / 100 - g| < 0.005``.

Precision is matched found values over found values, recall matched gold values over gold
values. The age set is scored apart: its ages must *not* be figures (``ages_as_ages``); its
other values (a percentage, a length) count like any other set's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from triangulate.model import Document, Figure, Published, Story

SETS = ("currency", "dimension", "temperature", "age")

_RANGE_RE = re.compile(r"^(-?[0-9.]+)-(-?[0-9.]+)$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Value:
    """A value as a pair of ends (equal for a single number); ``unit`` as the data names it."""

    low: float
    high: float
    unit: str | None = None
    share: bool = False  # a percentage read from a fraction may match the fraction itself


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """One gold sentence: its set, its index in the set's file, its text and gold values."""

    set: str
    index: int
    text: str
    values: tuple[Value, ...]

    @property
    def id(self) -> str:
        return f"{self.set}-{self.index}"

    @property
    def held_out(self) -> bool:
        """Odd indices are held out: rules are written reading the even ones only."""
        return self.index % 2 == 1


@dataclass(frozen=True, slots=True, kw_only=True)
class ValueScore:
    """Matched, found and gold counts, with precision, recall and F1."""

    matched: int
    found: int
    gold: int

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: ValueScore) -> ValueScore:
        return ValueScore(
            matched=self.matched + other.matched,
            found=self.found + other.found,
            gold=self.gold + other.gold,
        )

    def __str__(self) -> str:
        return (
            f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"({self.matched}/{self.found} found, {self.matched}/{self.gold} gold)"
        )


def is_age(value: Value) -> bool:
    """Whether a gold value is an age ("year of age", "month of age")."""
    return value.unit is not None and value.unit.endswith("of age")


def gold_value(raw: str, unit: str | None) -> Value:
    """A gold value from its string: "75000000", "-5", "8-10"."""
    m = _RANGE_RE.match(raw.strip())
    if m:
        return Value(low=float(m.group(1)), high=float(m.group(2)), unit=unit)
    number = float(raw)
    return Value(low=number, high=number, unit=unit)


def load_sentences(folder: Path, sets: Iterable[str] = SETS) -> tuple[Sentence, ...]:
    """Every sentence of the named sets, in file order."""
    out: list[Sentence] = []
    for name in sets:
        rows = json.loads((folder / f"{name}-model.json").read_text(encoding="utf-8"))
        for index, row in enumerate(rows):
            values = tuple(
                gold_value(str(q["value"]), q.get("normalized_unit")) for q in row["quantities"]
            )
            out.append(Sentence(set=name, index=index, text=row["text"], values=values))
    return tuple(out)


def _equal(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def same_value(found: Value, gold: Value) -> bool:
    """Whether a found value states the gold value (module docstring)."""
    if _equal(found.low, gold.low) and _equal(found.high, gold.high):
        return True
    return (
        found.share
        and gold.low == gold.high
        and abs(gold.low) < 1
        and abs(found.low / 100 - gold.low) < 0.005
    )


def score_sentence(found: Sequence[Value], gold: Sequence[Value]) -> ValueScore:
    """Found values matched one to one against one sentence's gold values."""
    left = list(gold)
    matched = 0
    for value in found:
        hit = next((g for g in left if same_value(value, g)), None)
        if hit is not None:
            left.remove(hit)
            matched += 1
    return ValueScore(matched=matched, found=len(found), gold=len(gold))


def score(pairs: Iterable[tuple[Sequence[Value], Sequence[Value]]]) -> ValueScore:
    """The sum of ``score_sentence`` over (found, gold) pairs."""
    total = ValueScore(matched=0, found=0, gold=0)
    for found, gold in pairs:
        total = total + score_sentence(found, gold)
    return total


def breakdown(pairs: Iterable[tuple[Sequence[Value], Sequence[Value]]]) -> dict[str, int]:
    """Where a score loses, as counts of values (matched as ``score_sentence`` matches them).

    Only counts, so held-out sentences may be summarised without being read:

    - ``missed_nothing_found``: gold values of sentences where no value was found at all;
    - ``missed_misread``: gold values missed in a sentence where a found value matched no gold
      value either (a value read wrong, or one amount read as two);
    - ``missed_unread``: gold values missed where every found value matched (never read);
    - ``missed_range``: of all missed, the gold ranges;
    - ``extra_bare`` / ``extra_with_unit``: found values that match no gold value, without a
      unit (a bare count) or with one;
    - ``extra_in_complete``: of those, the ones in sentences whose gold was all matched (a
      number taken that the gold leaves out, rather than a misreading).
    """
    out = dict.fromkeys(
        (
            "missed_nothing_found",
            "missed_misread",
            "missed_unread",
            "missed_range",
            "extra_bare",
            "extra_with_unit",
            "extra_in_complete",
        ),
        0,
    )
    for found, gold in pairs:
        left = list(gold)
        extra: list[Value] = []
        for value in found:
            hit = next((g for g in left if same_value(value, g)), None)
            if hit is None:
                extra.append(value)
            else:
                left.remove(hit)
        missed = "missed_nothing_found" if not found else "missed_misread" if extra else ""
        out[missed or "missed_unread"] += len(left)
        out["missed_range"] += sum(1 for g in left if g.low != g.high)
        out["extra_bare"] += sum(1 for v in extra if v.unit is None)
        out["extra_with_unit"] += sum(1 for v in extra if v.unit is not None)
        out["extra_in_complete"] += 0 if left else len(extra)
    return out


def figure_value(figure: Figure) -> Value:
    """The value a figure states, as the scorer compares it (module docstring)."""
    low, high = figure.low, figure.high
    if figure.hedge == "range" and low is not None and high is not None:
        return Value(low=low, high=high, unit=figure.unit)
    stated = high if figure.hedge == "at_most" or low is None else low
    number = float("nan") if stated is None else stated
    return Value(low=number, high=number, unit=figure.unit, share=figure.unit == "percent")


def read_sentences(sentences: Sequence[Sentence]) -> dict[str, list[Figure]]:
    """The figures ``analyze`` reads in each sentence, each set read as one story."""
    from triangulate.pipeline import find_claims, prepare

    found: dict[str, list[Figure]] = {s.id: [] for s in sentences}
    by_set: dict[str, list[Document]] = {}
    for s in sentences:
        by_set.setdefault(s.set, []).append(
            Document(
                id=s.id,
                source=s.id,
                title=None,
                outlet=None,
                text=s.text,
                sha256="",
                published=Published.unknown(),
            )
        )
    for name, documents in by_set.items():
        story = Story(id=name, label=name, docs=tuple(d.id for d in documents))
        for claim in find_claims(prepare(documents), [story]):
            if claim.figure is not None:
                found[claim.doc].append(claim.figure)
    return found
