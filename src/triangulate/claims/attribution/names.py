"""Names in the parse: which tokens are names, the words a name runs over, channels."""

from __future__ import annotations

import re
from collections.abc import Sequence

from triangulate.claims.attribution.context import Context
from triangulate.claims.attribution.lexicon import (
    COLLECTIVE_NOUNS,
    MEDIA_WORDS,
    NAME_LABELS,
    PERSON_NOUNS,
)
from triangulate.claims.attribution.text import ALNUM, norm, without_det
from triangulate.nlp.tokens import Token


def is_name(tok: Token) -> bool:
    """A proper noun, or a common noun tagged as an entity that is not a word for people."""
    if tok.pos == "PROPN":
        return True
    if tok.lemma.lower() in PERSON_NOUNS | COLLECTIVE_NOUNS:
        return False  # a tagger's slip: "Eyewitnesses" is no place
    if tok.pos == "NOUN" and _CAMEL.fullmatch(tok.text):
        return True  # "RealClearPolitics", "YouGov": no common noun has a capital inside
    return tok.ent in NAME_LABELS and tok.pos in {"NOUN", "NUM"}


# A word with a capital after a lower-case letter inside it, as only names are written.
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")


def name_run(head: Token, phrase: Sequence[Token]) -> list[Token]:
    """The contiguous proper-name words around the head (its entity, when tagged)."""
    ids = {t.i: t for t in phrase}
    run = [head]
    i = head.i - 1
    while i in ids and _in_name(ids[i], head, left=True):
        run.insert(0, ids[i])
        i -= 1
    i = head.i + 1
    while i in ids and _in_name(ids[i], head, left=False):
        run.append(ids[i])
        i += 1
    while len(run) > 1 and run[0].pos in {"PUNCT", "SPACE", "PART"}:
        run.pop(0)
    return run


def _in_name(tok: Token, head: Token, *, left: bool) -> bool:
    if tok.pos in {"DET", "SPACE"}:
        return False
    if head.ent and tok.ent == head.ent:
        return True
    if head.ent == "PERSON":
        # Untagged proper nouns before a person's name are titles ("Colonel").
        return False
    if not left:
        # An untagged name goes on with its own words ("Valley 24"), not a new entity.
        return not head.ent and tok.pos in {"PROPN", "NUM"}
    return tok.pos in {"PROPN", "NUM"} or (tok.pos == "PUNCT" and tok.text == "-")


def name_of(ctx: Context, tok: Token) -> str:
    """A relay's name: the resolved entity's canonical name, else the words as written."""
    entity = ctx.entities.at(tok.start, tok.end)
    if entity is not None:
        return entity.name
    run = name_run(tok, ctx.tree.subtree(tok))
    return ctx.text[run[0].start : run[-1].end]


def entity_id(ctx: Context, tok: Token) -> str | None:
    """The id of the resolved entity at the token, if any."""
    entity = ctx.entities.at(tok.start, tok.end)
    return entity.id if entity is not None else None


def is_channel(ctx: Context, tok: Token, name: str) -> bool:
    """Whether a name modifying a source is the outlet it spoke through."""
    return channel_name(ctx, name) or norm(ctx.text[tok.start : tok.end]) in ctx.channels


def channel_name(ctx: Context, name: str) -> bool:
    """Whether a name looks like a media outlet, is used as one, or is the outlet."""
    words = ALNUM.findall(name)
    if any(map(str.isdigit, name)) or (words and words[-1].lower() in MEDIA_WORDS):
        return True
    if ctx.outlet and norm(without_det(name)) == ctx.outlet_key:
        return True
    return norm(name) in ctx.channels


def channels_of(ctx: Context) -> frozenset[str]:
    """Names the document uses as listeners ("told X") or reporters ("X reported")."""
    out: set[str] = set()
    for tok, lemma in zip(ctx.tree.tokens, ctx.lemmas, strict=True):
        if lemma in {"tell", "told"}:
            for kid in ctx.tree.children(tok):
                if kid.dep in {"dobj", "dative"} and is_name(kid):
                    out.add(norm(name_of(ctx, kid)))
                    out.add(norm(kid.text))
        if lemma in {"report", "tweet", "publish", "broadcast", "post"}:
            for kid in ctx.tree.children(tok):
                if kid.dep == "nsubj" and is_name(kid):
                    out.add(norm(name_of(ctx, kid)))
                    out.add(norm(kid.text))
    return frozenset(out)
