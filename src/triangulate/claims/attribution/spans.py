"""Spans of the parse the attribution reader cuts: phrases, clipped contents, datelines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from triangulate.claims.attribution.context import Context
from triangulate.claims.attribution.text import paragraph, strip
from triangulate.nlp.tokens import Token

# A dateline opening a paragraph: a place in capitalised words, maybe ", Country" and an
# agency in brackets, then a dash ("KOBANE, Syria (AFP) – ", "Lakeside – ").
_DATELINE = re.compile(
    r"[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,3}(?:,\s*[A-Z][^()\n–—:,]{0,30}?)?"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[–—]+|\s-{1,2})\s+"
)
# A quote mark a few words after a verb; a colon a few words after it.
_QUOTE_AFTER = re.compile(r"^[^.!?\n]{0,30}?[,:]?\s*(?:[“\"‘]|''|``)")
_COLON_AFTER = re.compile(r"^[^.!?\n“”\"‘]{0,40}?:")
# The same quote mark with no comma before it but the one that may introduce it: past a
# comma the sentence goes on with words of its own before any quotation opens.
_QUOTE_INTRODUCED = re.compile(r"^[^.!?\n,]{0,30}?[,:]?\s*(?:[“\"‘]|''|``)")


def counts(ctx: Context, tok: Token) -> bool:
    """Whether a phrase holds a number that is not part of a date or time."""
    return any(
        (t.pos == "NUM" or any(map(str.isdigit, t.text))) and t.ent not in {"DATE", "TIME"}
        for t in ctx.tree.subtree(tok)
    )


def comment(ctx: Context, tok: Token) -> bool:
    """A relative clause set off by a comma: a comment on what precedes it."""
    if tok.dep != "relcl" or tok.i == 0:
        return False
    first = ctx.tree.subtree(tok)[0]
    return first.i > 0 and ctx.tree[first.i - 1].text == ","


def dateline_end(ctx: Context, tok: Token) -> int | None:
    """Where the dateline opening the token's paragraph ends, if it opens with one."""
    para_start = ctx.text.rfind("\n", 0, tok.start) + 1
    if para_start not in ctx.datelines:
        match = _DATELINE.match(ctx.text, para_start)
        ctx.datelines[para_start] = match.end() if match is not None else None
    return ctx.datelines[para_start]


def quote_follows(ctx: Context, verb: Token) -> bool:
    """Whether a quotation opens a few words after the verb."""
    rest = ctx.text[verb.end : verb.end + 40]
    return bool(_QUOTE_AFTER.match(rest))


def quote_introduced(ctx: Context, verb: Token) -> bool:
    """Whether the verb introduces a quotation: one opens after at most a few words of
    the verb's own ("said on Tuesday, '...'"), not past a comma after which the sentence
    goes on ("Biden, Reyes said, had served for 'a thousand years'": the words quoted
    are part of the sentence the speaker set off by commas reports)."""
    rest = ctx.text[verb.end : verb.end + 40]
    return bool(_QUOTE_INTRODUCED.match(rest))


def colon_after(ctx: Context, verb: Token) -> bool:
    """Whether a colon follows the verb within a few words ("said in a statement:")."""
    rest = ctx.text[verb.end : verb.end + 60]
    match = _COLON_AFTER.match(rest)
    return match is not None and len(match.group(0).split()) <= 5


def phrase_of(ctx: Context, head: Token, exclude: Token | None) -> list[Token]:
    """The head's subtree, without the branch holding the reporting verb."""
    # Only a verb inside the phrase (a relative clause) is cut out of it.
    above: set[int] = set()
    if exclude is not None and head.i in {a.i for a in ctx.tree.ancestors(exclude)}:
        above = subtree_ids(ctx, exclude)
    out = []
    para = paragraph(ctx.text, head.start)
    # A phrase after a dateline never reaches back into it ("TORVALD, May 4 - Harlow
    # Motors said"): the place, the day and the dash are the report's, not the name's.
    dateline = dateline_end(ctx, head)
    if dateline is not None and head.start < dateline:
        dateline = None
    for tok in ctx.tree.subtree(head):
        if tok.i in above and tok.i != head.i:
            continue
        if paragraph(ctx.text, tok.start) != para:
            continue  # a speaker's phrase never runs across a line break
        if dateline is not None and tok.start < dateline:
            continue
        out.append(tok)
    if exclude is not None and exclude.dep == "relcl" and exclude.head == head.i:
        cut = {t.i for t in ctx.tree.subtree(exclude)}
        out = [t for t in out if t.i not in cut]
    for kid in list(out):
        # "The source, who asked not to be named, said": a relative clause set off by
        # commas describes the speaker; the speaker is named without it. So is one on a
        # word inside the phrase ("Executives for Mondelez, which generated $30 billion
        # last year, said"): a comment on the body, not part of the speaker's name.
        if kid.dep == "relcl" and kid.i != head.i and comment(ctx, kid):
            cut = {t.i for t in ctx.tree.subtree(kid)}
            out = [t for t in out if t.i not in cut]
    while out and out[-1].pos in {"PUNCT", "SPACE"}:
        out.pop()
    while out and out[0].pos in {"PUNCT", "SPACE"}:
        out.pop(0)
    # The event a leading phrase of time counts from is cut only from before the head:
    # "Hours after the campaign of Senator Brandt said" names the campaign, whose own
    # words come after it.
    kept = _past_time_lead(ctx, out)
    return kept if any(t.i == head.i for t in kept) else out


# The units a leading phrase of elapsed time counts in ("Twelve hours into ...", "Days
# after ...") and the words that tie it to the event it counts from.
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year"})
TIME_LINKS = frozenset({"into", "after", "before", "since"})


def _past_time_lead(ctx: Context, out: list[Token]) -> list[Token]:
    """The phrase without the event a leading phrase of elapsed time counts from.

    "Twelve hours into the investigation authorities said", "Hours after the blast
    officials said": with no comma the parser runs the event's noun into the subject
    ("the investigation authorities"); the time and its event are when the speaker
    spoke, never part of who spoke. Only the words up to the event's first noun are cut,
    and only where a noun is left after it.
    """
    if not out or out[0].i < 2:
        return out
    link, unit = ctx.tree[out[0].i - 1], ctx.tree[out[0].i - 2]
    if link.lower not in TIME_LINKS or unit.lemma.lower() not in TIME_UNITS:
        return out
    nouns = [n for n, t in enumerate(out) if t.pos == "NOUN"]
    if not nouns or any(t.pos not in {"DET", "ADJ"} for t in out[: nouns[0]]):
        return out
    rest = out[nouns[0] + 1 :]
    return rest if any(t.pos in {"NOUN", "PROPN"} for t in rest) else out


def subtree_ids(ctx: Context, tok: Token) -> set[int]:
    """The token and every token of its subtree."""
    return {t.i for t in ctx.tree.subtree(tok)}


def trimmed(phrase: Sequence[Token], *, keep_det: bool = False) -> tuple[int, int]:
    """The phrase's character span, without a leading determiner unless ``keep_det``."""
    toks = list(phrase)
    if not keep_det and len(toks) > 1 and toks[0].dep == "det":
        toks.pop(0)
    return toks[0].start, toks[-1].end


def joined_text(ctx: Context, tokens: Sequence[Token]) -> str:
    """Tokens' text joined as written between the first and last, or ""."""
    toks = [t for t in tokens if t.pos not in {"PUNCT", "SPACE"} or t.text == "-"]
    if not toks:
        return ""
    return " ".join(ctx.text[toks[0].start : toks[-1].end].split())


def clip(ctx: Context, start: int, end: int, anchor: int) -> tuple[int, int] | None:
    """The span cut to the anchor's paragraph and stripped; None when nothing is left."""
    para_start = ctx.text.rfind("\n", 0, anchor) + 1
    para_end = ctx.text.find("\n", anchor)
    if para_end < 0:
        para_end = len(ctx.text)
    start, end = strip(ctx.text, max(start, para_start), min(end, para_end))
    return (start, end) if start < end else None


def last_word_token(sentence: Sequence[Token]) -> int:
    """Index of the sentence's last token that is not punctuation or space."""
    words = [t.i for t in sentence if t.pos not in {"PUNCT", "SPACE"}]
    return words[-1] if words else -1
