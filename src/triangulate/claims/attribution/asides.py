"""Asides: what the reporter sets between dashes inside a speaker's reported words.

"Reyes said the board had called its members - there are 12, two from each ward - but
said no vote was set." The stretch between the dashes explains a word of the reported
clause to the reader; the speaker said no such thing in those words. It is an aside
when the words after the closing dash start a clause of their own ("- but said ...",
"- they say ..."); when they go on with the interrupted clause ("the fleet - about 30
boats in May - already falls short ...") the stretch is part of what was reported. A
single dash followed by "and" or "but" and a clause with a named subject of its own
("X insist the tide is turning - and the Senate is holding talks ...") joins the
reporter's own clause, which runs to the end of the reported words. A
dash inside a quotation is the speaker's own, and so is a stretch holding a cue of its
own ("- a provision, Reyes said, that ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from triangulate.claims.attribution.context import Context
from triangulate.claims.attribution.records import Attribution, Found
from triangulate.claims.attribution.speakers import own_source
from triangulate.nlp.tokens import Token

# Dashes that set off an aside; a hyphen only with a space on both sides ("R-Texas" is a
# name, "members - there are" an aside).
_DASHES = frozenset({"—", "–", "--"})


def asides(ctx: Context, found: Sequence[Found]) -> list[Found]:
    """The attributions, with the reporter's asides in reported clauses as the outlet's own.

    An aside becomes an ``own`` attribution inside the clause's, so that a claim in it
    is the outlet's (the innermost attribution wins); only for a clause a verb reports,
    and only from the first dash after the clause's start.
    """
    out = list(found)
    for item in found:
        a = item.attribution
        if not item.verb or a.own or a.cue in {"quote", "colon", "carried"}:
            continue
        dashes = [t for t in ctx.tree.at(min(a.start, item.cue_start), a.end) if _dash(ctx, t)]
        if not dashes or dashes[0].start <= a.start:
            continue
        first = dashes[0]
        if len(dashes) == 1 and _joined_clause(ctx, first):
            # "X insist the tide is turning - and the Senate is holding talks ...": the
            # reporter's own clause joined on after a dash runs to the end.
            end = a.end
        elif len(dashes) >= 2 and _new_clause(ctx, dashes[1]):
            end = dashes[1].start
        else:
            continue
        if any(o is not item and _cue_in(o, first.end, end) for o in found):
            continue
        start = first.end
        while start < end and ctx.text[start].isspace():
            start += 1
        while end > start and ctx.text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        source = own_source(ctx)
        out.append(
            Found(
                attribution=Attribution(
                    start=start,
                    end=end,
                    speaker=source.speaker,
                    via=(),
                    cue="aside",
                    hedged=False,
                    own=True,
                    cue_start=first.start,
                    cue_end=first.end,
                ),
                source=source,
                cue_start=first.start,
                cue_end=first.end,
                verb=False,
            )
        )
    return out


def _dash(ctx: Context, tok: Token) -> bool:
    """A dash setting off an aside, outside every quotation."""
    if tok.text not in _DASHES and not (
        tok.text == "-"
        and tok.start > 0
        and ctx.text[tok.start - 1].isspace()
        and tok.end < len(ctx.text)
        and ctx.text[tok.end].isspace()
    ):
        return False
    return not any(inner <= tok.start < end for _, inner, end, _ in ctx.quotes)


def _cue_in(other: Found, start: int, end: int) -> bool:
    """Whether another attribution's cue lies in the stretch ("- a provision, Y said, -")."""
    return start <= other.cue_start < end


def _new_clause(ctx: Context, closing: Token) -> bool:
    """Whether the words after a closing dash go on with a clause of their own ("- but said
    ...", "- they say ..."), not with the clause the aside interrupted ("- already lags")."""
    k = closing.i + 1
    if k >= len(ctx.tree.tokens):
        return False
    nxt = ctx.tree[k]
    if nxt.pos == "CCONJ":
        return True
    return nxt.dep in {"nsubj", "nsubjpass"} and ctx.tree.head(nxt).i > closing.i


def _joined_clause(ctx: Context, dash: Token) -> bool:
    """Whether a dash is followed by "and"/"but" and a clause with a subject of its own,
    named, not a pronoun."""
    k = dash.i + 1
    if k >= len(ctx.tree.tokens) or ctx.tree[k].pos != "CCONJ":
        return False
    for tok in ctx.tree.tokens[k + 1 : k + 12]:
        if tok.sent != dash.sent:
            return False
        if tok.dep in {"nsubj", "nsubjpass", "expl"} and ctx.tree.head(tok).i > tok.i:
            # "- but only he kept his promise": a pronoun may well be the speaker's own.
            return tok.pos != "PRON"
    return False


def parenthesised(
    text: str, found: Sequence[Found]
) -> tuple[list[Found], tuple[tuple[int, int], ...]]:
    """The attributions, with a report set in parentheses kept to its parentheses.

    "Police said no one was injured (the Post says three were)": the parenthesis is the
    reporter's note of another source's account, no part of what the police said. Its
    speaker's content is the clause inside the parentheses ("(according to the Post, 5
    were hurt)" too); a speaker outside them whose content runs on to the closing one (and
    nothing after it but punctuation) ends before the opening one. Only a parenthesis
    whose cue is followed by words of its own counts: "(according to police)" credits
    the clause before it. Returns the attributions and the spans of such parentheses,
    through whose outer speakers nothing is relayed (see ``relays.nest``).
    """
    spans: list[tuple[int, int]] = []
    reporters: list[tuple[int, int, int, int]] = []
    out = list(found)
    for n, item in enumerate(found):
        a = item.attribution
        if a.own:
            continue
        credit = _credit(text, found, item)
        if credit is not None:
            start, end, closing = credit
            out[n] = replace(item, attribution=replace(a, start=start, end=end))
            reporters.append((n, start, end, closing))
            continue
        span = _parenthesis(text, item.cue_start, item.cue_end)
        if span is None or not _words_after(text, item.cue_end, span[1]):
            continue
        opening, closing = span
        start = a.start if a.start > opening else _skip(text, item.cue_end, closing)
        end = min(a.end, closing)
        if end <= start and a.end <= item.cue_start:
            # "(the Post says three were injured)" after a clause the parser hung on the
            # cue as what it reports: the words inside the parentheses are its content.
            end = closing
        if end <= start:
            continue
        out[n] = replace(item, attribution=replace(a, start=start, end=end))
        spans.append(span)
    for n, item in enumerate(out):
        a = item.attribution
        for opening, closing in spans:
            if opening <= item.cue_start < closing or not a.start <= opening < closing <= a.end:
                continue
            if text[closing + 1 : a.end].strip(" .,;:!?\"'”’") == "":
                end = opening
                while end > a.start and text[end - 1].isspace():
                    end -= 1
                a = replace(a, end=end)
        out[n] = replace(item, attribution=a)
    return _holding_credits(out, reporters), tuple(spans)


def _holding_credits(
    found: Sequence[Found], credits: Sequence[tuple[int, int, int, int]]
) -> list[Found]:
    """The attributions, a reporter's content that stops where a bracket crediting its
    clause opens ("Reyes said the toll rose to 12 (officials said late Tuesday)") run on
    to the closing bracket, so that the reporter relays the source the bracket names (see
    ``relays.nest``)."""
    out = list(found)
    for credited, start, end, closing in credits:
        for n, item in enumerate(out):
            a = item.attribution
            if n != credited and not a.own and a.start == start and end <= a.end < closing:
                out[n] = replace(item, attribution=replace(a, end=closing))
    return out


def _credit(text: str, found: Sequence[Found], item: Found) -> tuple[int, int, int] | None:
    """The clause a parenthesis holding only a speaker and a verb of saying credits, and
    the parenthesis's closing offset.

    "The toll rose to 12 (police said)." names who told the clause before the
    parenthesis: its content is that clause, without the parenthesis; after a reported
    clause ("Reyes said the toll rose to 12 (police said)") it is that clause alone, and
    the reporter keeps the parenthesis in his content, so that he relays the speaker named
    in it (see ``relays.nest``). "(according to police)" credits the clause as "(police
    said)" does, and so does a verb followed only by when it was said ("(police said on
    Monday)", "(officials said late Tuesday)"). None for any other cue.
    """
    a = item.attribution
    according = a.cue == "according to"
    if not (item.verb or according) or a.cue in {"quote", "colon"}:
        return None
    span = _parenthesis(text, item.cue_start, item.cue_end)
    if span is None:
        return None
    opening, closing = span
    before = text[opening + 1 : item.cue_start]
    after = text[item.cue_end : closing]
    if according:
        # "(according to police)": the phrase, which takes in its source, is all the
        # bracket holds.
        if before.strip() or _words_after(text, item.cue_end, closing):
            return None
    else:
        if _words_after(text, item.cue_end, closing) and not _time_phrase(after):
            return None
        if len(before.split()) > 4 or len(text[opening + 1 : item.cue_end].split()) < 2:
            # The cue's words take in the speaker ("police said"); a lone verb credits
            # nobody.
            return None
        if any(ch in before for ch in ',;:"“”'):
            return None
    start = a.start
    for other in found:
        o = other.attribution
        if (
            other is not item
            and not o.own
            and start < o.start < opening
            and other.cue_end <= o.start
            and (opening < o.end or not text[o.end : opening].strip())
        ):
            start = o.start
    end = opening
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start or start >= opening:
        return None
    return start, end, closing


# Words of a phrase that only says when something was said ("on Monday", "late Tuesday",
# "earlier this week", "on May 3"); figures in it are days, years or hours.
_TIME_WORDS = frozenset(
    {
        "on", "at", "in", "late", "early", "earlier", "later", "last", "this", "that",
        "next", "overnight", "yesterday", "today", "tonight", "morning", "afternoon",
        "evening", "night", "day", "week", "weekend", "month", "year", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
        "a.m.", "p.m.",
    }
)  # fmt: skip
_TIME_ANCHORS = _TIME_WORDS - {"on", "at", "in", "late", "early", "this", "that", "next"}


def _time_phrase(words: str) -> bool:
    """Whether a stretch says only when something was said ("on Monday", "late
    Tuesday", "earlier this week"), with at least one word of time of its own."""
    tokens = [w.strip(".,").lower() or w for w in words.split()]
    tokens = [w + "." if w in {"a.m", "p.m"} else w for w in tokens]
    if not tokens or len(tokens) > 5:
        return False
    if not all(w in _TIME_WORDS or w.isdigit() for w in tokens):
        return False
    return any(w in _TIME_ANCHORS for w in tokens)


def _parenthesis(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The ``(`` and ``)`` offsets of the parenthesis holding ``[start, end)`` within one
    paragraph, or None."""
    opening = start - 1
    while opening >= 0 and text[opening] not in "()\n":
        opening -= 1
    if opening < 0 or text[opening] != "(":
        return None
    closing = end
    while closing < len(text) and text[closing] not in "()\n":
        closing += 1
    if closing >= len(text) or text[closing] != ")":
        return None
    return opening, closing


def _words_after(text: str, start: int, end: int) -> bool:
    """Whether a stretch holds a word (a clause of the cue's own), not only punctuation."""
    return any(ch.isalnum() for ch in text[start:end])


def _skip(text: str, start: int, end: int) -> int:
    """The first offset in ``[start, end)`` after spaces and punctuation."""
    while start < end and not text[start].isalnum() and text[start] not in "\"“'‘$":
        start += 1
    return start
