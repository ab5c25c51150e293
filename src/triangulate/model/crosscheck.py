"""What cross-checking produces: groups of claims with a verdict, echoes, timeline, summary."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Verdict = Literal["agree", "conflict", "scope_differs", "update", "single"]
VERDICTS: tuple[Verdict, ...] = ("agree", "conflict", "scope_differs", "update", "single")


@dataclass(frozen=True, slots=True, kw_only=True)
class Group:
    """Claims from one or more reports about the same thing, and what they add up to.

    ``range`` is the span of the values given (low, high) for figure groups;
    ``conservative`` is the lowest credible value, as casualty recorders report it.
    ``independent_sources`` counts each upstream source once: two outlets repeating one
    source's figure count as one. ``sources`` names those upstream sources.
    """

    id: str
    label: str
    kind: Literal["figure", "assertion"]
    claims: tuple[str, ...]
    verdict: Verdict
    explanation: str
    range: tuple[float | None, float | None] | None = None
    conservative: float | None = None
    independent_sources: int = 1
    sources: tuple[str, ...] = ()
    related: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Echo:
    """Reports that relay one upstream source, with the evidence that they do."""

    upstream: str
    docs: tuple[str, ...]
    claims: tuple[str, ...]
    evidence: str


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEntry:
    """An event of the story as an interval, with the claims and reports that place it."""

    start: str | None
    end: str | None
    precision: str | None
    label: str
    claims: tuple[str, ...]
    docs: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Citation:
    """A span of a report that supports a summary sentence."""

    doc: str
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class SummarySentence:
    """One sentence of the summary, taken from a report, with every report that supports it.

    ``contest`` says, when ``contested``, what contests it: the values and who gives them.
    """

    text: str
    citations: tuple[Citation, ...]
    contested: bool = False
    groups: tuple[str, ...] = ()
    contest: str = ""
