"""Relays: who passed a speaker's words on to the outlet, nearest to the speaker first.

The listener of "tell" or of "to X" after a reporting verb ("told AFP"), the agent of
"contacted by X" or "quoted by X" in the speaker's phrase, "as reported by X", "according
to X" right after a speaker named after its clause, and the speaker of an attribution
whose content holds another (``nest``: "Y reported that X said ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from triangulate.claims.attribution.context import Context
from triangulate.claims.attribution.covering import Covering
from triangulate.claims.attribution.lexicon import (
    CONTACT_VERBS,
    EVIDENCE_VERBS,
    HEDGE_ADVERBS,
    UNNAMED,
)
from triangulate.claims.attribution.names import is_name, name_of
from triangulate.claims.attribution.records import Found
from triangulate.claims.attribution.spans import phrase_of, trimmed
from triangulate.claims.attribution.text import joined, norm, paragraph, same
from triangulate.nlp.tokens import Token


def listener(ctx: Context, verb: Token, kids: Sequence[Token]) -> Token | None:
    """Who the words were said to, when that is a name ("told AFP", "confirmed to X")."""
    for kid in kids:
        if kid.dep in {"dobj", "dative"} and verb.lemma.lower() in {"tell", "told"}:
            return kid if is_name(kid) else None
        if kid.dep in {"prep", "dative"} and kid.lower == "to" and kid.i > verb.i:
            obj = next((k for k in ctx.tree.children(kid) if k.dep == "pobj"), None)
            if obj is not None and is_name(obj):
                return obj
    return None


def to_object(ctx: Context, according: Token) -> Token | None:
    """The object of "according to", or None when the phrase has none.

    A line that ends with "according to X" and no full stop has X's name for its last
    word: an object the parser found on the next line ("according to KelvaraToday" then
    "Residents on Twitter reported ...") is no part of the phrase, which is the name
    before the line break.
    """
    for to in ctx.tree.children(according):
        if to.lower == "to":
            obj = next((k for k in ctx.tree.children(to) if k.dep == "pobj"), None)
            line = paragraph(ctx.text, according.start)
            if obj is None or paragraph(ctx.text, obj.start) == line:
                return obj
            on_line = [
                t
                for t in ctx.tree.subtree(obj)
                if t.pos in {"NOUN", "PROPN"} and paragraph(ctx.text, t.start) == line
            ]
            return on_line[-1] if on_line else None
    return None


def according_after(ctx: Context, verb: Token, subject: Token | None) -> Token | None:
    """An "according to Y" right after a post-posed verb and its adjuncts."""
    after = verb.i
    if subject is not None and subject.i > verb.i:
        after = ctx.tree.subtree(subject)[-1].i
    adjuncts = {t.i for t in ctx.tree.subtree(verb)}
    tokens = ctx.tree.tokens
    # By index: a slice would copy the rest of a long report for each verb.
    for k in range(after + 1, len(tokens)):
        tok = tokens[k]
        if tok.sent != verb.sent or tok.pos == "SPACE":
            return None
        if tok.lower == "according":
            return tok if to_object(ctx, tok) is not None else None
        if tok.pos != "PUNCT" and tok.i not in adjuncts:
            return None
    return None


def relay_name(ctx: Context, obj: Token) -> str:
    """The relay an "according to" names: "according to the agency X" names X."""
    named = obj if is_name(obj) else name_beside(ctx, obj)
    if named is not None:
        return name_of(ctx, named)
    start, end = trimmed(phrase_of(ctx, obj, None))
    return ctx.text[start:end]


def contacts(ctx: Context, phrase: Sequence[Token]) -> tuple[str, ...]:
    """Relays named inside the speaker's phrase: "fighters contacted by AFP"."""
    out: tuple[str, ...] = ()
    for tok in phrase:
        if tok.lemma.lower() in CONTACT_VERBS and tok.dep in {"acl", "relcl"}:
            out = joined(out, agents(ctx, tok))
    return out


def agents(ctx: Context, participle: Token) -> tuple[str, ...]:
    """The names in "by X" of a participle; "by the news site X" names X."""
    out: list[str] = []
    for agent in ctx.tree.children(participle):
        if agent.dep != "agent":
            continue
        for obj in ctx.tree.children(agent):
            if obj.dep != "pobj":
                continue
            name = obj if is_name(obj) else name_beside(ctx, obj)
            if name is not None:
                out.append(name_of(ctx, name))
    return tuple(out)


def name_beside(ctx: Context, noun: Token) -> Token | None:
    """The name a descriptive noun introduces ("the news site X"), apposed or stray."""
    for kid in ctx.tree.children(noun):
        if kid.dep == "appos" and is_name(kid):
            return kid
    last = ctx.tree.subtree(noun)[-1]
    if last.i + 1 < len(ctx.tree):
        nxt = ctx.tree[last.i + 1]
        if nxt.sent == last.sent and is_name(nxt) and nxt.dep in {"npadvmod", "dep"}:
            return nxt
    return None


def nest(
    found: list[Found],
    quotes: Sequence[tuple[int, int, int, int]] = (),
    apart: Sequence[tuple[int, int]] = (),
) -> list[Found]:
    """Attributions inside another's content relay through that outer speaker.

    A verb inside a quotation ("'The lawyers say ...,' Reyes added", "Reyes wrote, 'The
    lawyers say ...'") is the quoted speaker's own words, no attribution of its own; an
    "according to X" there keeps X as the speaker, relayed by the quoted one. ``quotes``
    are the document's quotations (``Context.quotes``).
    What a document shows, or what someone found or suggested (``EVIDENCE_VERBS``),
    told in a person's words, or in a sentence the report credits to a body ("records
    show ..., according to the Ethics Center"), is that one's reading and no attribution
    of its own ("Reyes said the polls show a slip" is Reyes's); a body saying what its
    records show keeps them as the speaker, relayed by the body. An attribution so
    taken in relays nothing. A report the writer sets in parentheses (``apart``, see
    ``asides.parenthesised``) relays through no speaker outside them.
    """
    covering = Covering([(o.attribution.start, o.attribution.end) for o in found])
    absorbed: set[int] = set()
    for n, item in enumerate(found):
        host = _host(found, covering, item, absorbed, apart)
        if host is not None and _absorbs(host, item, quotes):
            absorbed.add(n)
    out = []
    for n, item in enumerate(found):
        if n in absorbed:
            continue
        host = _host(found, covering, item, absorbed, apart)
        if host is None:
            out.append(item)
            continue
        via = list(item.attribution.via)
        for name in (host.attribution.speaker.name, *host.attribution.via):
            if norm(name) not in {norm(v) for v in via}:
                via.append(name)
        out.append(replace(item, attribution=replace(item.attribution, via=tuple(via))))
    return out


def _host(
    found: Sequence[Found],
    covering: Covering,
    item: Found,
    absorbed: set[int],
    apart: Sequence[tuple[int, int]] = (),
) -> Found | None:
    """The attribution whose content holds the item's cue most closely, if any."""
    if item.attribution.speaker.name == UNNAMED:
        return None
    outer = [
        found[k]
        for k in covering.around(item.cue_start, item.cue_end)
        if k not in absorbed
        and found[k] is not item
        and found[k].attribution.speaker.name != UNNAMED
        and not found[k].attribution.own
        and found[k].attribution.cue not in HEDGE_ADVERBS
        and not same(found[k].attribution.speaker, item.attribution.speaker)
        and not any(o <= item.cue_start < c and not o <= found[k].cue_start < c for o, c in apart)
    ]
    return min(outer, key=lambda o: o.attribution.end - o.attribution.start) if outer else None


def _quoted(item: Found, quotes: Sequence[tuple[int, int, int, int]]) -> bool:
    """Whether the item's cue lies inside a quotation (the host's content holds it)."""
    return any(
        inner_start <= item.cue_start and item.cue_end <= inner_end
        for _, inner_start, inner_end, _ in quotes
    )


def _absorbs(host: Found, item: Found, quotes: Sequence[tuple[int, int, int, int]]) -> bool:
    """Whether an attribution inside the host's content is part of the host's words."""
    cue = item.attribution.cue
    if cue != "according to" and (
        host.attribution.cue in {"quote", "carried"} or _quoted(item, quotes)
    ):
        # "'The council's lawyers say they have tried for 40 days,' Reyes added": a verb
        # inside a quotation is part of the quoted speaker's own words, however the
        # quotation was credited (also "Reyes wrote: '...'", "Reyes said, '...'"); only
        # "according to X" there still names where the words came from.
        return True
    # "'..., and state polls are showing a slip for Brandt,' Reyes wrote", "records show
    # ..., according to the Ethics Center": what a document shows, told by a person or
    # by the body the report credits, is that one's reading of it.
    return cue in EVIDENCE_VERBS and (host.source.person or host.attribution.cue == "according to")
