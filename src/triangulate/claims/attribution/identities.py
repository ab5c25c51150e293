"""Identifications: who a person is, set off by commas inside a speaker's reported words.

"A hospital spokesman said Brandt, a 20-year veteran of the force, is in intensive
care." The apposition tells the reader who Brandt is; the reporter adds it, as news
writing does on naming a person, and the spokesman said nothing of the 20 years. So for
an apposition set off by commas beside a named person ("Brandt, a 20-year veteran,";
"the night clerk, 43-year-old Ada Varga,") inside a clause a verb reports: its figures are
the outlet's own. Inside a quotation the words are the speaker's own, and a stretch that
holds a cue of its own ("Brandt, who police said is 43,") keeps that cue's speaker.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from triangulate.claims.attribution.context import Context
from triangulate.claims.attribution.records import Attribution, Found
from triangulate.claims.attribution.speakers import own_source
from triangulate.nlp.tokens import Token

_PERSON = "PERSON"


def identities(ctx: Context, found: Sequence[Found]) -> list[Found]:
    """The attributions, with a named person's identification in a reported clause as the
    outlet's own (an ``own`` attribution inside the clause's: the innermost wins)."""
    out = list(found)
    cues = sorted(f.cue_start for f in found)
    for item in found:
        a = item.attribution
        if not item.verb or a.own or a.cue in {"quote", "colon", "carried"}:
            continue
        for tok in ctx.tree.at(a.start, a.end):
            span = _identification(ctx, tok, a)
            if span is None or _cue_within(cues, item.cue_start, span):
                continue
            source = own_source(ctx)
            out.append(
                Found(
                    attribution=Attribution(
                        start=span[0],
                        end=span[1],
                        speaker=source.speaker,
                        via=(),
                        cue="aside",
                        hedged=False,
                        own=True,
                        cue_start=span[0],
                        cue_end=span[0],
                    ),
                    source=source,
                    cue_start=span[0],
                    cue_end=span[0],
                    verb=False,
                )
            )
    return out


def _cue_within(cues: Sequence[int], own: int, span: tuple[int, int]) -> bool:
    """Whether another attribution's cue starts inside the span (``cues`` sorted)."""
    k = bisect_left(cues, span[0])
    return any(c != own for c in cues[k : bisect_left(cues, span[1])])


def _identification(ctx: Context, tok: Token, a: Attribution) -> tuple[int, int] | None:
    """The span of an apposition set off by commas beside a person's name, inside the
    attribution's content and after its start, when ``tok`` heads one."""
    if tok.dep != "appos":
        return None
    head = ctx.tree.head(tok)
    if head.i == tok.i or _PERSON not in {head.ent, tok.ent}:
        return None
    words = ctx.tree.subtree(tok)
    start, end = words[0].start, words[-1].end
    if start <= a.start or end > a.end or any(t.i == head.i for t in words):
        return None
    before = ctx.text[a.start : start].rstrip()
    after = ctx.text[end : a.end + 1].lstrip()
    if not before.endswith(",") or after[:1] not in {",", ""}:
        return None
    if any(inner <= start < close for _, inner, close, _ in ctx.quotes):
        return None
    return start, end
