"""Who gave each figure, scored against cross-check gold's ``said_by``.

Cross-check gold (``../shared/data/crosscheck-dev``) names, for every figure mention, who
the report says gave it ("police", "Lt. Reyes, county police") or null when the report
gives it in its own voice. Each gold mention is located and aligned to its figure claim as
the grouping scores align it, by number (``grouping.locate`` and ``grouping.align``); then:

- a mention gold credits to someone is *right* when the claim's speaker, or any alias of
  the speaker's resolved entity, is the same name (``attribution.same_name``; a note in
  brackets in the gold is dropped) or the initials of it ("NYDN", "D. A."), and when the
  claim has no speaker and gold names the report's own outlet (the outlet's voice);
  *relay* when the gold source is in the claim's relay chain instead; *wrong* for another
  speaker; *missed* for none;
- a mention in the report's own voice is *false* when the claim names a speaker, the
  hedge reader's unnamed source for "reportedly" included.

Mentions no figure claim covers are *unaligned* and not scored: the figure scores count
them already.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from triangulate.evaluate.attribution import same_name
from triangulate.evaluate.grouping import align, locate
from triangulate.model import Claim, Report


@dataclass(frozen=True, slots=True)
class SpeakerCounts:
    """Gold mentions by what the claim at their characters says of who gave them."""

    right: int = 0
    relay: int = 0
    wrong: int = 0
    missed: int = 0
    own_right: int = 0
    own_false: int = 0
    unaligned: int = 0

    def __add__(self, other: SpeakerCounts) -> SpeakerCounts:
        return SpeakerCounts(*(getattr(self, f) + getattr(other, f) for f in _FIELDS))

    @property
    def attributed(self) -> int:
        """Mentions gold credits to someone, scored."""
        return self.right + self.relay + self.wrong + self.missed

    @property
    def own(self) -> int:
        """Mentions in the report's own voice, scored."""
        return self.own_right + self.own_false

    @property
    def right_share(self) -> float:
        """Of the mentions gold credits to someone, the share credited to that source."""
        return self.right / self.attributed if self.attributed else 1.0

    @property
    def false_share(self) -> float:
        """Of the mentions in the report's own voice, the share given a speaker."""
        return self.own_false / self.own if self.own else 0.0

    def line(self) -> str:
        """The counts in one line, for a test's record."""
        return (
            f"right {self.right}/{self.attributed} = {self.right_share:.3f} (missed "
            f"{self.missed}, wrong {self.wrong}, relay {self.relay}); own voice given a "
            f"speaker {self.own_false}/{self.own} = {self.false_share:.3f}; unaligned "
            f"{self.unaligned}"
        )


_FIELDS = tuple(f.name for f in fields(SpeakerCounts))


def speaker_counts(report: Report, gold: Mapping[str, Any]) -> SpeakerCounts:
    """Score the speaker of each gold figure mention's claim (see the module docstring).

    Args:
        report: The analysis of the story's reports.
        gold: The story's ``gold.json``.
    """
    mentions = locate(report, gold)
    aligned = align(mentions, report.claims, {doc.id: doc.text for doc in report.documents})
    rows = [row for group in gold["groups"] for row in group["mentions"]]  # as ``locate``
    names = {e.id: (e.name, *e.aliases) for e in report.entities}
    tally: dict[str, int] = dict.fromkeys(_FIELDS, 0)
    for n, row in enumerate(rows):
        claim = aligned.get(n)
        if claim is None:
            tally["unaligned"] += 1
            continue
        tally[_judge(claim, row.get("said_by"), names)] += 1
    return SpeakerCounts(**tally)


def _judge(claim: Claim, said: str | None, names: Mapping[str, tuple[str, ...]]) -> str:
    """What the claim's speaker is for a gold mention credited to ``said``."""
    speaker = claim.said_by
    if said is None:
        return "own_right" if speaker is None else "own_false"
    forms = {said, re.sub(r"\s*\([^)]*\)", "", said).strip()} - {""}
    if speaker is None:
        outlet = claim.outlet
        return "right" if outlet and any(_same(outlet, f) for f in forms) else "missed"
    ours = {speaker.name, *names.get(speaker.entity or "", ())}
    if any(_same(name, f) for name in ours for f in forms):
        return "right"
    if any(_same(name, f) for name in claim.via for f in forms):
        return "relay"
    return "wrong"


def _same(ours: str, gold: str) -> bool:
    """The same source: the same name, or ours is the initials of gold's ("NYDN")."""
    if same_name(ours, gold):
        return True
    short = re.sub(r"[^A-Za-z]", "", ours)
    if not (short.isupper() and len(short) >= 2):
        return False
    words = re.sub(r"'s\b|’s\b", "", gold.split(",")[0])
    capitals = "".join(w[0] for w in re.findall(r"[A-Za-z]+", words) if w[0].isupper())
    return capitals.startswith(short)
