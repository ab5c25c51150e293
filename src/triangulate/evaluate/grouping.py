"""Groups and verdicts scored against cross-check gold: pairwise grouping, conflicts, citations.

The gold (``crosscheck-dev`` in ``../shared``) lists, per story, groups of figure mentions
that state the same quantity about the same thing, each with a verdict (agree, conflict,
update, single). A mention is located by its exact ``quote`` inside a ``context`` that
occurs once in its report.

Alignment: a gold mention is **found** when a system figure claim of its report has a
span that covers the quote's characters inside its context, leading words that only point
or add ("the", "these", "another", "a total of") aside; when several do, the shortest
wins. A mention no claim covers is not found.

Alignment by number (``by_number``), a second reading of the same scores: when no claim
covers a mention, the claim whose number (the quantity its span opens with) overlaps the
quote is taken, the nearest to the quote's start first. That is the test the figure recall
of ``evaluate.crosscheck`` makes, so an analyst's quote wider than the claim's phrase
("magnitude - 5. 9" for the claim "5. 9", "dozens more" for "dozens") counts as the figure
the reader found, and its pairs are judged, rightly grouped or not. The strict alignment
is kept beside it because its floors were pinned first and a figure phrase cut short is a
fault of its own (the claim's quoted text is shorter than the analyst's).

Scores, for one story or summed over several (micro-averaged: the counts are added):

- **grouping, pairwise**: a gold pair is two mentions of one gold group; a system pair is
  two found mentions whose claims lie in one measure group (the group of a claim is the
  largest group holding it that is not a ``scope_differs`` overlay: update overlays repeat
  a subset of their measure's claims). Precision is the share of system pairs that are
  gold pairs; recall the share of gold pairs that are system pairs, so a mention that is
  not found loses its pairs.
- **conflict precision**: a figure group the system calls ``conflict`` is right when it
  holds two mentions of one gold ``conflict`` or ``update`` group whose values differ; a
  conflict group holding no such pair (no gold mention at all included) is wrong.
- **flagged**: a gold ``conflict`` or ``update`` group (with two differing values) is
  flagged when one system group whose verdict is ``conflict`` or ``update`` holds two of
  its mentions whose values differ.
- **citation support**: for each summary sentence, the citations other than the sentence
  itself; one is supported when its passage holds a gold mention of a gold group that a
  mention inside the summary sentence belongs to, with a value both can hold (their
  hedge-aware intervals meet; vague amounts always can). Only citations given for a figure
  are judged: the cited passage holds a figure claim of one of the sentence's figure
  groups (the reason the summary gives for citing it), and both the sentence and the
  passage hold a gold mention. The others (a statement cited for a statement) are counted
  apart as unjudged.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from triangulate.evaluate.crosscheck import number_end
from triangulate.model import Claim, Group, Report, SummarySentence
from triangulate.reconcile.intervals import MEASURES

# Leading words of a gold quote that point or add, not part of the figure's phrase.
_LEAD = re.compile(
    r"^(?:(?:the|a|an|these|those|this|that|another|other|further|total|group|of)\s+)+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldMention:
    """One gold figure mention located in its report."""

    group: str
    verdict: str
    doc: str
    start: int
    end: int
    quote: str
    low: float | None
    high: float | None
    hedge: str

    @property
    def value(self) -> tuple[float | None, float | None]:
        """The value as the gold gives it, to tell differing mentions apart."""
        return (self.low, self.high)


@dataclass(slots=True, kw_only=True)
class Counts:
    """The raw counts behind every score; add two to sum stories."""

    mentions: int = 0
    found: int = 0
    gold_pairs: int = 0
    system_pairs: int = 0
    true_pairs: int = 0
    conflicts: int = 0
    conflicts_right: int = 0
    gold_conflicts: int = 0
    conflicts_flagged: int = 0
    gold_updates: int = 0
    updates_flagged: int = 0
    citations: int = 0
    citations_supported: int = 0
    citations_unjudged: int = 0
    wrong_conflicts: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def __add__(self, other: Counts) -> Counts:
        out = Counts()
        for name in self.__dataclass_fields__:
            setattr(out, name, getattr(self, name) + getattr(other, name))
        return out

    @property
    def figure_recall(self) -> float:
        """Share of gold mentions found."""
        return _share(self.found, self.mentions)

    @property
    def pairwise_precision(self) -> float:
        """Share of system pairs that are gold pairs (1.0 with no system pair)."""
        return _share(self.true_pairs, self.system_pairs)

    @property
    def pairwise_recall(self) -> float:
        """Share of gold pairs the system groups together."""
        return _share(self.true_pairs, self.gold_pairs)

    @property
    def conflict_precision(self) -> float:
        """Share of system conflict groups that hold a gold disagreement."""
        return _share(self.conflicts_right, self.conflicts)

    @property
    def flagged(self) -> float:
        """Share of gold conflict and update groups flagged."""
        return _share(
            self.conflicts_flagged + self.updates_flagged, self.gold_conflicts + self.gold_updates
        )

    @property
    def citation_support(self) -> float:
        """Share of judged citations whose passage states the same figure."""
        return _share(self.citations_supported, self.citations)

    def line(self) -> str:
        """The scores on one line, for a test's record and a person reading it."""
        return (
            f"found {self.found}/{self.mentions}; pairs P={self.pairwise_precision:.3f} "
            f"R={self.pairwise_recall:.3f} ({self.true_pairs}/{self.system_pairs}/"
            f"{self.gold_pairs}); conflicts P={self.conflict_precision:.3f} "
            f"({self.conflicts_right}/{self.conflicts}); flagged {self.flagged:.3f} "
            f"(conflicts {self.conflicts_flagged}/{self.gold_conflicts}, updates "
            f"{self.updates_flagged}/{self.gold_updates}); citations "
            f"{self.citation_support:.3f} ({self.citations_supported}/{self.citations}, "
            f"{self.citations_unjudged} unjudged)"
        )


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def load_gold(folder: Path) -> dict[str, Any]:
    """A story's ``gold.json``."""
    data: dict[str, Any] = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return data


def locate(report: Report, gold: Mapping[str, Any]) -> list[GoldMention]:
    """Every gold mention located in the report's documents (by file name).

    Raises:
        LookupError: When a context is not in its report exactly once, or misses its quote.
    """
    by_name = {Path(d.source).stem: d for d in report.documents}
    out = []
    for group in gold["groups"]:
        for m in group["mentions"]:
            doc = by_name.get(m["doc"])
            if doc is None:
                raise LookupError(f"no report {m['doc']} for gold group {group['id']}")
            at = doc.text.find(m["context"])
            if at < 0 or doc.text.find(m["context"], at + 1) >= 0:
                raise LookupError(f"{m['doc']}: context {m['context']!r} not found once")
            inner = m["context"].find(m["quote"])
            if inner < 0:
                raise LookupError(f"{m['doc']}: quote {m['quote']!r} not in its context")
            end = at + inner + len(m["quote"])
            lead = _LEAD.match(m["quote"])
            start = at + inner + (lead.end() if lead and lead.end() < len(m["quote"]) else 0)
            out.append(
                GoldMention(
                    group=group["id"],
                    verdict=group["verdict"],
                    doc=doc.id,
                    start=start,
                    end=end,
                    quote=m["quote"],
                    low=m.get("low"),
                    high=m.get("high"),
                    hedge=m.get("hedge") or "exact",
                )
            )
    return out


def align(
    mentions: Sequence[GoldMention],
    claims: Iterable[Claim],
    texts: Mapping[str, str] | None = None,
) -> dict[int, Claim]:
    """Mention index -> its figure claim (see the module docstring).

    Args:
        mentions: The located gold mentions.
        claims: The report's claims.
        texts: Document id -> its text, to align by number as well (where a claim's
            number ends is read from it); None aligns by covering spans only.
    """
    by_doc: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.kind == "figure":
            by_doc.setdefault(claim.doc, []).append(claim)
    ends = number_end(texts) if texts is not None else None
    out: dict[int, Claim] = {}
    for n, m in enumerate(mentions):
        held = by_doc.get(m.doc, ())
        covering = [c for c in held if c.start <= m.start and m.end <= c.end]
        if covering:
            out[n] = min(covering, key=lambda c: (c.end - c.start, c.start, c.id))
            continue
        if ends is None:
            continue
        reaching = [c for c in held if c.start < m.end and ends(c) > m.start]
        if reaching:
            out[n] = min(reaching, key=lambda c: (abs(c.start - m.start), c.start, c.id))
    return out


def measure_of(groups: Sequence[Group]) -> dict[str, str]:
    """Claim id -> the id of its measure group (see the module docstring)."""
    best: dict[str, Group] = {}
    for group in groups:
        if group.kind != "figure" or group.verdict == "scope_differs":
            continue
        for claim in group.claims:
            held = best.get(claim)
            if held is None or len(group.claims) > len(held.claims):
                best[claim] = group
    return {claim: group.id for claim, group in best.items()}


def score(report: Report, gold: Mapping[str, Any], *, by_number: bool = False) -> Counts:
    """Every count of the module docstring for one story's report against its gold.

    Args:
        report: The story's report.
        gold: Its ``gold.json``.
        by_number: Align mentions by number as well as by covering span (module docstring).
    """
    mentions = locate(report, gold)
    texts = {d.id: d.text for d in report.documents} if by_number else None
    found = align(mentions, report.claims, texts)
    measure = measure_of(report.groups)
    counts = Counts(mentions=len(mentions), found=len(found))

    def home(n: int) -> str | None:
        claim = found.get(n)
        if claim is None:
            return None
        return measure.get(claim.id, f"claim:{claim.id}")

    for a, b in combinations(range(len(mentions)), 2):
        same_gold = mentions[a].group == mentions[b].group
        together = home(a) is not None and home(a) == home(b)
        counts.gold_pairs += same_gold
        counts.system_pairs += together
        counts.true_pairs += same_gold and together

    held: dict[str, list[int]] = {}
    for n, claim in found.items():
        held.setdefault(claim.id, []).append(n)

    def inside(group: Group) -> list[GoldMention]:
        return [mentions[n] for c in group.claims for n in held.get(c, ())]

    for group in report.groups:
        if group.kind != "figure" or group.verdict != "conflict":
            continue
        counts.conflicts += 1
        if _disagreement(inside(group)) is not None:
            counts.conflicts_right += 1
        else:
            counts.wrong_conflicts.append(group.label)

    flagging = [inside(g) for g in report.groups if g.verdict in {"conflict", "update"}]
    for gid, verdict in {(m.group, m.verdict) for m in mentions}:
        if verdict not in {"conflict", "update"}:
            continue
        if len({m.value for m in mentions if m.group == gid}) < 2:
            continue
        flagged = any(_differ([m for m in ms if m.group == gid]) for ms in flagging)
        if verdict == "conflict":
            counts.gold_conflicts += 1
            counts.conflicts_flagged += flagged
        else:
            counts.gold_updates += 1
            counts.updates_flagged += flagged
        if not flagged:
            counts.missed.append(gid)

    figure_groups = {g.id: g for g in report.groups if g.kind == "figure"}
    claims_by_doc: dict[str, list[Claim]] = {}
    for claim in report.claims:
        claims_by_doc.setdefault(claim.doc, []).append(claim)
    for sentence in report.summary:
        held_ids = {
            c for g in sentence.groups if g in figure_groups for c in figure_groups[g].claims
        }
        _citations(sentence, mentions, counts, held_ids, claims_by_doc)
    return counts


def _differ(mentions: Sequence[GoldMention]) -> bool:
    return len({m.value for m in mentions}) >= 2


def _disagreement(mentions: Sequence[GoldMention]) -> str | None:
    """The gold conflict or update group two of these differing mentions belong to."""
    by_group: dict[str, list[GoldMention]] = {}
    for m in mentions:
        if m.verdict in {"conflict", "update"}:
            by_group.setdefault(m.group, []).append(m)
    for gid, ms in sorted(by_group.items()):
        if _differ(ms):
            return gid
    return None


def _citations(
    sentence: SummarySentence,
    mentions: Sequence[GoldMention],
    counts: Counts,
    figure_claims: set[str],
    claims_by_doc: Mapping[str, Sequence[Claim]],
) -> None:
    if not sentence.citations:
        return
    own, *others = sentence.citations
    mine = [m for m in mentions if m.doc == own.doc and own.start <= m.start < own.end]
    for citation in others:
        for_figure = any(
            c.id in figure_claims and citation.start <= c.start < citation.end
            for c in claims_by_doc.get(citation.doc, ())
        )
        if not for_figure:
            counts.citations_unjudged += 1
            continue
        there = [
            m
            for m in mentions
            if m.doc == citation.doc and citation.start <= m.start < citation.end
        ]
        if not mine or not there:
            counts.citations_unjudged += 1
            continue
        counts.citations += 1
        if any(a.group == b.group and _meet(a, b) for a in mine for b in there):
            counts.citations_supported += 1


# Length and weight units a gold quote may name, as the unit table of
# ``reconcile.intervals`` writes them: "about 600m" and "2,000 feet" state one length,
# compared in one unit.
_UNITS = (
    (re.compile(r"\d\s*-?\s*(?:ft|feet|foot)\b", re.IGNORECASE), "ft"),
    (re.compile(r"\d\s*-?\s*(?:yards?|yds?)\b", re.IGNORECASE), "yd"),
    (re.compile(r"\d\s*-?\s*(?:miles?|mi)\b", re.IGNORECASE), "mi"),
    (re.compile(r"\d\s*-?\s*(?:km|kilomet(?:re|er)s?)\b", re.IGNORECASE), "km"),
    (re.compile(r"\d\s*-?\s*(?:m|met(?:re|er)s?)\b", re.IGNORECASE), "m"),
    (re.compile(r"\d\s*-?\s*(?:lbs?|pounds?)\b", re.IGNORECASE), "lb"),
    (re.compile(r"\d\s*-?\s*(?:kg|kilos?|kilogram(?:me)?s?)\b", re.IGNORECASE), "kg"),
)


def _unit(m: GoldMention) -> tuple[str | None, float]:
    """The base unit and the factor to it of the unit a gold quote names ("200ft": metres,
    0.3048), or (None, 1.0) when it names no length or weight unit."""
    unit = next((u for pattern, u in _UNITS if pattern.search(m.quote)), None)
    if unit is None:
        return None, 1.0
    base, factor, _ = MEASURES[unit]
    return base, factor


def _interval(m: GoldMention) -> tuple[float, float]:
    if m.hedge == "vague":
        return (-math.inf, math.inf)
    low = m.low if m.low is not None else -math.inf
    high = m.high if m.high is not None else math.inf
    if m.hedge == "about" and m.low is not None and m.high is not None:
        return (m.low * 0.9, m.high * 1.1)
    return (low, high)


def _meet(a: GoldMention, b: GoldMention) -> bool:
    """Whether two gold mentions can state one value: their intervals meet, a length or a
    weight compared in one unit when both quotes name one (a conversion rounds: the exact
    one allows half its last digit)."""
    (al, ah), (bl, bh) = _interval(a), _interval(b)
    (kind_a, fa), (kind_b, fb) = _unit(a), _unit(b)
    if kind_a is not None and kind_a == kind_b and fa != fb:
        pad_a = 0.5 if a.hedge == "exact" else 0.0
        pad_b = 0.5 if b.hedge == "exact" else 0.0
        al, ah, bl, bh = (al - pad_a) * fa, (ah + pad_a) * fa, (bl - pad_b) * fb, (bh + pad_b) * fb
    return al <= bh and bl <= ah
