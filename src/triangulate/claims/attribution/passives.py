"""Passive attributions with "by": who names, describes or penalises someone.

"Tomas Brandt, described by his lawyers as a recluse, ...", "the woman, identified by
police as Ada Brandt, 34, ...": what the "as" phrase of a verb of naming or describing
says is the word of the agent after "by", as "his lawyers described him as" would be.
"Reyes was fined $25,000 by the league", "Varga was suspended for four games by the
league": a penalty, its amount and its length are the word of the body that imposed it.
Only a passive with its agent ("by police" hung on the verb), not negated and not inside a
quotation; a description with no "as" phrase ("was described by witnesses") names
nothing, and a fine's reason ("for two hard hits") is the reporter's account.
"""

from __future__ import annotations

from collections.abc import Sequence

from triangulate.claims.attribution.context import Context, Seen
from triangulate.claims.attribution.records import Found
from triangulate.claims.attribution.spans import clip
from triangulate.claims.attribution.speakers import speaker
from triangulate.nlp.tokens import Token

# Verbs of naming or describing someone "as" something, by lemma.
_NAMING = frozenset(
    {
        "describe",
        "identify",
        "characterize",
        "characterise",
        "portray",
        "depict",
        "label",
        "brand",
        "name",
        "list",
    }
)
# Verbs of a penalty, past participle to lemma (the lemmatiser misreads "fined").
_PENALTIES = {
    "fined": "fine",
    "suspended": "suspend",
    "banned": "ban",
    "penalized": "penalize",
    "penalised": "penalise",
    "sanctioned": "sanction",
    "docked": "dock",
}
# What identifies someone without saying so: a means, no source ("identified by DNA as
# ...", "by dental records", "by a tattoo").
_MEANS = frozenset(
    {
        "dna",
        "fingerprint",
        "record",
        "tattoo",
        "clothing",
        "photo",
        "photograph",
        "footage",
        "video",
        "document",
        "paper",
        "test",
        "sample",
        "scan",
        "camera",
    }
)
# Penalties whose length follows in a "for" phrase ("suspended for four games").
_LASTING = frozenset({"suspended", "banned"})


def passive_by(ctx: Context, seen: Seen, by: Token) -> Found | None:
    """The attribution a passive's "by" agent opens (see the module docstring), or None."""
    verb = _passive(ctx, by)
    if verb is None:
        return None
    kids = ctx.tree.children(verb)
    if any(k.dep == "neg" for k in kids) or _inside_quote(ctx, verb.start):
        return None
    agent = next((k for k in ctx.tree.children(by) if k.dep == "pobj"), None)
    if agent is None or agent.lemma.lower() in _MEANS or agent.lower in _MEANS:
        return None
    end = _content_end(ctx, verb, kids, by, agent)
    if end is None:
        return None
    words = [
        t
        for t in ctx.tree.subtree(verb)
        if verb.i < t.i and t.end <= end and t.pos not in {"PUNCT", "SPACE"}
    ]
    if not words:
        return None
    content = clip(ctx, words[0].start, words[-1].end, verb.start)
    penalty = _PENALTIES.get(verb.lower)
    # the agent's own "as" phrase is what it says, no part of its name
    inner = next((k for k in ctx.tree.children(agent) if k.dep == "prep" and k.lower == "as"), verb)
    # one who imposes a penalty is a body or an official ("the league"); one who names
    # someone must be a source, not a means ("identified by their clothing")
    got = speaker(ctx, seen, agent, exclude=inner, strict=penalty is None)
    if content is None or got is None:
        return None
    source, carried = got
    return Found(
        attribution=source.credit(
            content, cue="carried" if carried else penalty or verb.lemma.lower(), hedged=False
        ),
        source=source,
        cue_start=verb.start,
        cue_end=verb.end,
        verb=True,
        verb_at=verb.i,
    )


def _passive(ctx: Context, by: Token) -> Token | None:
    """The passive participle a "by" gives the agent of: the head of an agent ("fined
    $25,000 by the league"), or a penalty whose length the parser hung it on
    ("suspended for four games by the league")."""
    verb = ctx.tree.head(by)
    if by.dep == "prep" and verb.dep == "pobj":
        up = ctx.tree.head(ctx.tree.head(verb))
        if up.lower in _PENALTIES and any(k.dep == "auxpass" for k in ctx.tree.children(up)):
            verb = up
        else:
            return None
    elif by.dep != "agent":
        return None
    if verb.tag != "VBN" or verb.i >= by.i:
        return None
    return verb


def _content_end(
    ctx: Context, verb: Token, kids: Sequence[Token], by: Token, agent: Token
) -> int | None:
    """Where what the agent gives ends: its "as" phrase for a verb of naming, the
    penalty (and its length) for a verb of penalty; None for any other verb."""
    if verb.lemma.lower() in _NAMING:
        # "as" hangs on the verb or, often, on the agent's noun.
        as_ = next(
            (
                k
                for k in (*kids, *ctx.tree.children(agent))
                if k.dep == "prep" and k.lower == "as" and k.i > by.i
            ),
            None,
        )
        if as_ is None or not any(k.dep == "pobj" for k in ctx.tree.children(as_)):
            return None
        return ctx.tree.subtree(as_)[-1].end
    if verb.lower not in _PENALTIES:
        return None
    ends = [by.end, ctx.tree.subtree(agent)[-1].end]
    for k in kids:
        if k.dep in {"dobj", "oprd", "npadvmod"} or (
            k.dep == "prep" and k.lower == "for" and verb.lower in _LASTING
        ):
            ends.append(ctx.tree.subtree(k)[-1].end)
    return max(ends)


def _inside_quote(ctx: Context, at: int) -> bool:
    return any(inner <= at < end for _, inner, end, _ in ctx.quotes)
