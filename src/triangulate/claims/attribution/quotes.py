"""Quotations, over one sentence or several paragraphs, and who speaks them.

A quotation gets the speaker whose reporting verb introduces it ("X said, '...'") or
follows it ("'...,' X said", or with the verb's content the quotation, however long the
speaker's description between them). A quotation with neither goes on with the previous quote's
speaker when it opens the next paragraph, or follows in the same paragraph after no more
than the sentence that named the speaker ("'...,' X said. '...'"); a quotation that
opens a paragraph naming no one also goes on with the speaker whose reported words end
the paragraph before ("X said the port would reopen." / "'...'") or the person a line
above credits with a quotation by name and colon ("Ada Brandt: 'I Am Tired Of
Waiting'" / "'...'"), and a quotation right
after a colon closing a sentence whose subject is a person is that person's ("X has
since apologized: '...'"), whatever the verb, as is one after a colon closing a sentence
that names a document by its maker ("Below is a statement by X:") or whose subject is
"he" or "she" for a speaker read before; a line of a dash and a name right under a
quotation ("- Ada Brandt.") signs it. A quote left open at a paragraph's end
goes on only when the next paragraph opens with a quote mark (the newspaper convention
for quotes over several paragraphs). First-person words inside a quotation ("we counted
...") are the quoted speaker's, never the outlet's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from triangulate.claims.attribution.context import Context, Seen
from triangulate.claims.attribution.lexicon import DOC_NOUNS
from triangulate.claims.attribution.records import Attribution, Found, Source
from triangulate.claims.attribution.speakers import carry, pronoun, speaker
from triangulate.claims.attribution.text import opens_paragraph, previous_paragraph, same, strip
from triangulate.nlp.tokens import Token

_SENTENCE_END = re.compile(r"[.!?\n]")
_QUOTE_GAP = re.compile(r"^[ \t\xa0,:–—-]*$")
# A quotation closing on a comma: the sentence goes on with who said it.
_QUOTE_COMMA = re.compile(r",[”\"'’]+\s*$")


def quotes(ctx: Context, found: list[Found]) -> list[Found]:
    """Quotations get the speaker named next to them, or the previous quote's speaker."""
    out = list(found)
    drop: set[int] = set()
    last_quote: Found | None = None
    # The attribution whose cue named the last quotation's speaker.
    last_item: Found | None = None
    for open_at, inner_start, inner_end, close_at in ctx.quotes:
        for n, other in enumerate(found):
            # "We counted ..." inside a quotation is the quoted speaker's "we".
            if other.attribution.own and inner_start <= other.cue_start < inner_end:
                drop.add(n)
        start, end = strip(ctx.text, inner_start, inner_end)
        if end <= start:
            continue
        item = _quote_speaker(ctx, found, open_at, close_at)
        cue = "quote"
        if item is not None:
            gap = ctx.text[item.cue_end : open_at] if item.cue_end <= open_at else ""
            cue = "colon" if gap.rstrip().endswith(":") else "quote"
            for n, other in enumerate(found):
                a = other.attribution
                # The verb's content is the quotation (the quote's attribution stands for
                # it); after a colon, only the quotation, never words after it ('X said:
                # "...," but in fact ...').
                if other is item and (
                    (
                        open_at - 2 <= a.start < close_at
                        and (a.end <= close_at + 2 or cue == "colon")
                    )
                    # "As X said last week in Lakeside, '...'": the words between the
                    # verb and the quotation are no content of their own; a clause of
                    # its own before a colon is ("X said the van left at nine:" /
                    # "'...'").
                    or (
                        item.cue_end <= a.start
                        and a.end <= open_at
                        and not _clause_to_colon(ctx, a.start, open_at)
                    )
                    or (
                        item.cue_start >= close_at
                        and a.start < open_at
                        and a.end <= close_at + 2
                        and _led_in(ctx, open_at)
                    )
                ):
                    drop.add(n)
            source = item.source
        elif (
            last_quote is not None
            and _continues(ctx, last_quote, last_item, open_at, found)
            and not _about(ctx, last_quote.source, start, end)
        ):
            source = carry(last_quote.source, None)
            cue = "carried"
        elif (
            reported := _reported_before(ctx, found, last_quote, open_at, close_at)
        ) is not None and not _about(ctx, reported.source, start, end):
            source = carry(reported.source, None)
            cue = "carried"
        elif (named := _named_before(ctx, found, last_quote, open_at, close_at)) is not None:
            source = named
            cue = "carried"
        elif (led := _colon_subject(ctx, found, open_at)) is not None:
            source = led
            cue = "colon"
        elif (maker := _document_lead(ctx, found, open_at)) is not None:
            source = maker
            cue = "colon"
        elif (signed := _signed_below(ctx, close_at)) is not None:
            source = signed
        else:
            continue
        attribution = Attribution(
            start=start,
            end=end,
            speaker=source.speaker,
            via=source.via,
            cue=cue,
            # The words that name the speaker before it ("X asked, '...'"); for a speaker
            # after it ("'...,' X insisted"), from the quotation's marks to the end of the
            # speaker's words, so that a claim running on into them is still the
            # quotation's.
            cue_start=_cue_start(item, open_at),
            cue_end=item.cue_end if item is not None else None,
            hedged=item.attribution.hedged if item is not None else False,
            # "'...,' I said.": the writer's own words, quoted, are still the outlet's.
            own=source.own,
        )
        last_quote = Found(
            attribution=attribution,
            source=source,
            cue_start=open_at,
            cue_end=close_at,
            verb=False,
        )
        out.append(last_quote)
        if item is not None:
            last_item = item
    return [f for n, f in enumerate(out) if n not in drop]


def _about(ctx: Context, source: Source, start: int, end: int) -> bool:
    """Whether a quotation speaks of the earlier speaker in the third person, by the
    surname with a possessive ("'One of the shortcomings of Byler's otherwise excellent
    piece is ...'"): someone else's words about that speaker, not more of the speaker's
    own, whatever quotation stood before."""
    words = source.speaker.name.split()
    if not words or source.speaker.anonymous:
        return False
    surname = words[-1]
    if not surname[:1].isupper():
        return False
    inner = ctx.text[start:end]
    return any(f"{surname}{mark}s" in inner for mark in ("'", "’"))


def _cue_start(item: Found | None, open_at: int) -> int | None:
    """Where the words attributing a quotation start: its speaker's words before it, or
    its own opening mark when they follow it."""
    if item is None:
        return None
    return item.cue_start if item.cue_end <= open_at else open_at


def _led_in(ctx: Context, open_at: int) -> bool:
    """Whether the reporter's own sentence introduces the quotation with a colon ("The
    firm set up a page: '...,' the page says"): the words before the colon are no part of
    what the speaker named after the quotation said."""
    return ctx.text[max(0, open_at - 3) : open_at].rstrip().endswith(":")


def _continues(
    ctx: Context,
    previous: Found,
    frame: Found | None,
    open_at: int,
    found: Sequence[Found],
) -> bool:
    """Whether a quote goes on with the previous quote's speaker.

    So it does when it opens the next paragraph, or follows in the same paragraph
    after no more than the sentence that named the speaker ("'...,' X said. '...'",
    however long that sentence: "'...,' said Sen. Tomas Reyes (D-Lakeside), a
    backer of the bill. '...'"), with no other speaker's cue in between (the same
    speaker's may stand there: "'...,' Reyes said, pointing out that ... '...'").
    """
    previous_end = previous.cue_end
    if opens_paragraph(ctx.text, open_at):
        return previous_paragraph(ctx.text, open_at) <= previous_end
    gap = ctx.text[previous_end:open_at]
    if "\n" in gap:
        return False
    if len(gap) <= 80 and _sentence_ends(gap) <= 1:
        return True
    if frame is None or not (previous_end <= frame.cue_start < open_at) or len(gap) > 300:
        return False
    return not any(
        f.verb
        and f is not frame
        and previous_end <= f.cue_start < open_at
        and not same(f.attribution.speaker, frame.attribution.speaker)
        for f in found
    )


# Words a period ends that end no sentence: initials and state or country abbreviations
# ("U.S.", "N.H."), courtesy and political titles ("Mr.", "Sen.", "Gov.").
_ABBREVIATED = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Sen|Rep|Gov|Gen|Col|Lt|Mt))\.$")


def _sentence_ends(gap: str) -> int:
    """How many sentences end in a stretch of text: a line break, or a full stop, "!" or
    "?" before a space or the end, a period that abbreviates ("U.S.", "Sen.") aside."""
    count = 0
    for match in _SENTENCE_END.finditer(gap):
        if match.group() == "." and (
            gap[match.end() : match.end() + 1] not in {"", " ", "\xa0"}
            or _ABBREVIATED.search(gap, 0, match.end())
        ):
            continue
        count += 1
    return count


def _reported_before(
    ctx: Context, found: Sequence[Found], last_quote: Found | None, open_at: int, close_at: int
) -> Found | None:
    """The speaker whose reported words end the paragraph before a quotation that opens
    its own paragraph and names no one ("Reyes said the port would reopen." / "'We have
    40 cranes ready.'"): the quotation goes on with that speaker, unless a quotation or
    another speaker came after, or the quotation's paragraph names a speaker of its own.
    In one paragraph the same holds for a quotation opening the sentence right after the
    speaker's reported words ("Reyes said in a statement." / "Reyes said the port would
    reopen. 'We have 40 cranes ready.'"): the speaker introduced it."""
    if opens_paragraph(ctx.text, open_at):
        before = previous_paragraph(ctx.text, open_at)
    else:
        return _introduced_before(ctx, found, last_quote, open_at, close_at)
    end = ctx.text.find("\n", open_at)
    end = len(ctx.text) if end < 0 else end
    if any(f.verb and open_at <= f.cue_start < end for f in found):
        return None
    prior = [f for f in found if f.cue_start < open_at]
    if not prior:
        return None
    last = max(prior, key=lambda f: f.cue_start)
    if (
        not (last.verb or _quoted_line(ctx, last))
        or last.cue_start < before
        or last.attribution.own
    ):
        return None
    if last_quote is not None and last_quote.cue_end > last.cue_start:
        return None
    return last


def _quoted_line(ctx: Context, item: Found) -> bool:
    """Whether a line credits a quotation to a person by name and a colon ("Ada Brandt:
    'I Am Tired Of Waiting'"), as a headline leads into the person's interview: the
    quotation opening the next paragraph goes on with them."""
    a, source = item.attribution, item.source
    return (
        not item.verb
        and a.cue == "colon"
        and source.person
        and not source.speaker.anonymous
        and ctx.text[item.cue_end : a.start].strip(" :\t") in _OPENING_QUOTES
    )


_OPENING_QUOTES = frozenset({'"', "\u201c", "\u2018", "'", "''", "``"})


# What may stand between a speaker's reported words and the quotation that goes on with
# them: the full stop, closing marks and white space.
_SENTENCE_GAP = re.compile(r"^[\s\xa0]*[.!?][\s\xa0”\"'’)]*$")


# A sentence's end, past any closing quote marks, before a space ("children.' Reyes").
_CLOSED_SENTENCE = re.compile(r"[.!?][”\"'’]*\s")


def _named_before(
    ctx: Context, found: Sequence[Found], last_quote: Found | None, open_at: int, close_at: int
) -> Source | None:
    """The person a one-sentence paragraph names as its subject, for a quotation that
    opens the next paragraph and names no one ("Ada Varga, director of the Orvel Bird
    Trust, welcomed the decision." / "'We are gratified ...'"): the quotation is the
    person's reaction the paragraph announced. Only a person's name (the tagger's), as
    the subject of the paragraph's main verb, with no quotation or cue of saying in that
    paragraph, and none in the quotation's own paragraph after it."""
    if not opens_paragraph(ctx.text, open_at) or (
        last_quote is not None and (last_quote.cue_end > previous_paragraph(ctx.text, open_at))
    ):
        return None
    before = previous_paragraph(ctx.text, open_at)
    line_end = ctx.text.find("\n", open_at)
    line_end = len(ctx.text) if line_end < 0 else line_end
    if any(before <= f.cue_start < open_at or close_at <= f.cue_start < line_end for f in found):
        return None
    if any(before <= q[0] < open_at for q in ctx.quotes):
        return None
    words = [t for t in ctx.tree.at(before, open_at) if t.pos not in {"PUNCT", "SPACE"}]
    if not words or len({t.sent for t in words}) != 1:
        return None
    # The paragraph's top verb (the parser may hang it on the paragraph before).
    root = next(
        (
            t
            for t in words
            if t.pos == "VERB"
            and (t.dep == "ROOT" or not before <= ctx.tree.head(t).start < open_at)
        ),
        None,
    )
    return _named_subject(ctx, root)


_DOUBLE_MARKS = ('"', "\u201c", "\u201d", "''", "``")


def _colon_subject(ctx: Context, found: Sequence[Found], open_at: int) -> Source | None:
    """The person a sentence names as its subject when it ends on a colon that opens a
    quotation, whatever the verb ("Reyes has since apologized for the delay: 'Yes, I
    should have ...'"): the colon introduces that person's own words. Only a name of a
    person the report names in full, the subject of the sentence's main verb, with no
    cue in the sentence and no quotation between the sentence's start and the colon."""
    near = max(0, open_at - 40)
    before = ctx.text[near:open_at].rstrip()
    if not before.endswith(":"):
        return None
    colon = near + len(before) - 1
    tokens = ctx.tree.at(colon, colon + 1)
    if not tokens:
        return None
    # The sentence from the colon's paragraph on: the parser may run the paragraph before
    # (often a quotation's close) into it.
    paragraph = ctx.text.rfind("\n", 0, colon) + 1
    sentence = [
        t
        for t in ctx.tree.sentence(tokens[0].sent)
        if paragraph <= t.start < colon and t.pos != "SPACE"
    ]
    if not sentence:
        return None
    start = sentence[0].start
    if (
        any(start <= f.cue_start < open_at for f in found)
        or any(start <= q[0] < colon for q in ctx.quotes)
        # A quoted title before the colon ('"Reyes is leaving," by Ada Brandt: "..."'),
        # whatever its marks: its subject is no one speaking.
        or any(mark in ctx.text[start:colon] for mark in _DOUBLE_MARKS)
    ):
        return None
    # The top verb before the colon (the parser may hang it on the quotation's verb).
    root = next(
        (
            t
            for t in sentence
            if t.pos in {"VERB", "AUX"}
            and t.dep not in {"aux", "auxpass"}
            and (t.dep == "ROOT" or ctx.tree.head(t).start > colon)
        ),
        None,
    )
    if root is None:
        # "Reyes, the mayor, tweeted in response: '...'": the parser may hang the subject
        # on the quotation's verb, with the verb before the colon a clause of its name.
        return _named(ctx, _hung_subject(ctx, sentence, colon), None, in_full=True)
    # A lone word the tagger took for a person ("Turnout held up: ...") is no one the
    # report names in full.
    named = _named_subject(ctx, root, in_full=True)
    return named if named is not None else _pronoun_subject(ctx, found, root, start)


def _pronoun_subject(
    ctx: Context, found: Sequence[Found], root: Token, start: int
) -> Source | None:
    """The person "he" or "she" refers to as the subject of a sentence ending on a colon
    that opens a quotation ('"...," Brandt wrote.' / "She then listed the questions a
    nominee must answer:" / '"..."'): the speakers read before the sentence are what the
    pronoun refers back to, as a reporting verb's "she" would. Only a person, never
    the outlet."""
    subject = next((k for k in ctx.tree.children(root) if k.dep == "nsubj"), None)
    if subject is None or subject.lower not in {"he", "she"}:
        return None
    seen = Seen()
    for f in sorted(found, key=lambda f: f.cue_start):
        if f.cue_start < start:
            seen = seen.adding(f.source, f.cue_start)
    source = pronoun(ctx, seen, subject)
    if source is None or source.own or not source.person:
        return None
    return carry(source, None)


def _document_lead(ctx: Context, found: Sequence[Found], open_at: int) -> Source | None:
    """Who made the document a sentence ending on a colon leads into, for the quotation
    that opens after the colon ("Below is a statement by Ada Brandt, the trust's
    director:", "Here is the text of the mayor's letter:"): the quotation is the document,
    so its words are the maker's, as a verb of saying before the colon would make them
    its subject's. Only a document noun whose maker the sentence names, by "by" or
    "from" after it or as its owner, in a sentence with no cue of its own and no quotation
    before the colon; a document named alone ("Below is a statement:") names no one."""
    near = max(0, open_at - 40)
    before = ctx.text[near:open_at].rstrip()
    if not before.endswith(":"):
        return None
    colon = near + len(before) - 1
    # The sentence from the colon's paragraph on (as ``_colon_subject`` reads it).
    start = ctx.text.rfind("\n", 0, colon) + 1
    tokens = ctx.tree.at(colon, colon + 1)
    if not tokens:
        return None
    words = [
        t
        for t in ctx.tree.sentence(tokens[0].sent)
        if start <= t.start < colon and t.pos not in {"PUNCT", "SPACE"}
    ]
    for tok in words:
        if tok.pos != "NOUN" or tok.lemma.lower() not in DOC_NOUNS:
            continue
        if any(words[0].start <= f.cue_start < open_at for f in found) or any(
            words[0].start <= q[0] < colon for q in ctx.quotes
        ):
            return None
        makers = [
            m
            for k in ctx.tree.children(tok)
            for m in (
                [k]
                if k.dep == "poss"
                else ctx.tree.children(k)
                if k.dep == "prep" and k.lower in {"by", "from"}
                else []
            )
            if m.dep in {"poss", "pobj"}
        ]
        # A pronoun ("his statement") refers to someone this sentence does not name.
        if not makers or any(m.pos == "PRON" for m in makers):
            continue
        got = speaker(ctx, Seen(), tok, exclude=None, strict=True)
        if got is not None and not got[0].own:
            return got[0]
    return None


# A line opening with a dash before a capital: a quotation's signature ("- Ada Brandt").
_SIGNATURE = re.compile(r"[ \t]*[-\u2013\u2014]+[ \t]*(?=[A-Z])")


def _signed_below(ctx: Context, close_at: int) -> Source | None:
    """The person a line of its own signs a quotation with, after a dash, right under
    the quotation's paragraph ('"We will rebuild the 40 homes."' / "- Ada Brandt, Orvel
    resident."), as lists of quotations and quotes set apart sign them: a name (a
    person the report names in full) heading a line of at most twelve words."""
    line_end = ctx.text.find("\n", close_at)
    if line_end < 0 or ctx.text[close_at:line_end].strip():
        return None
    k = line_end
    while k < len(ctx.text) and ctx.text[k] in " \t\r\n\xa0":
        k += 1
    match = _SIGNATURE.match(ctx.text, k)
    if match is None:
        return None
    end = ctx.text.find("\n", match.end())
    end = len(ctx.text) if end < 0 else end
    words = [t for t in ctx.tree.at(match.end(), end) if t.pos not in {"PUNCT", "SPACE"}]
    if not words or len(words) > 12:
        return None
    ids = {t.i for t in words}
    head = next((t for t in words if t.head not in ids or t.dep == "ROOT"), None)
    if head is None or head.pos != "PROPN":
        return None
    return _named(ctx, head, None, in_full=True)


def _hung_subject(ctx: Context, sentence: Sequence[Token], colon: int) -> Token | None:
    """The subject before a colon that the parser hung on a verb after it, when a verb
    before the colon describes it ("Reyes tweeted in response: '...'")."""
    for tok in sentence:
        if (
            tok.dep == "nsubj"
            and ctx.tree.head(tok).start > colon
            and any(
                k.pos == "VERB" and k.dep in {"acl", "relcl"} and k.start < colon
                for k in ctx.tree.children(tok)
            )
        ):
            return tok
    return None


def _named_subject(ctx: Context, root: Token | None, *, in_full: bool = False) -> Source | None:
    """The person a verb's subject names (a proper noun the tagger takes for a person;
    ``in_full``: one the report names with more than one word somewhere), as a speaker."""
    if root is None:
        return None
    subject = next((k for k in ctx.tree.children(root) if k.dep == "nsubj"), None)
    return _named(ctx, subject, root, in_full=in_full)


def _named(
    ctx: Context, subject: Token | None, root: Token | None, *, in_full: bool
) -> Source | None:
    """The person a subject names, as a speaker (see ``_named_subject``). Where the report
    names the person in full elsewhere, a capitalized last name the tagger took for
    something else ("Reyes was blunt: ...") is that person all the same."""
    if subject is None:
        return None
    full = any(subject.lower in words and len(words) > 1 for words in ctx.people)
    if subject.ent == "PERSON" and subject.pos == "PROPN":
        if in_full and not full:
            return None
    elif not (in_full and full and subject.text[:1].isupper() and subject.pos in {"PROPN", "NOUN"}):
        return None
    got = speaker(ctx, Seen(), subject, exclude=root)
    return None if got is None else got[0]


def _introduced_before(
    ctx: Context, found: Sequence[Found], last_quote: Found | None, open_at: int, close_at: int
) -> Found | None:
    """The speaker whose reporting verb ends the sentence right before a quotation in
    the same paragraph, with its reported words (or only when and where it was said:
    "Reyes said in a statement."), or after them with its speaker ("..., wrote the
    Gazette."), when nothing after the quotation in its paragraph names a speaker and no
    quotation came after the verb. A verb inside the quotation is the speaker's own words
    ("'The government is alleging ...'"), no speaker of its own."""
    end = ctx.text.find("\n", open_at)
    end = len(ctx.text) if end < 0 else end
    if any(f.verb and close_at <= f.cue_start < end for f in found):
        return None
    prior = [f for f in found if f.cue_start < open_at]
    if not prior:
        return None
    last = max(prior, key=lambda f: f.cue_start)
    a = last.attribution
    if not last.verb or a.own or a.end > open_at:
        return None
    if last_quote is not None and last_quote.cue_end > last.cue_start:
        return None
    if a.end <= last.cue_start:
        # "'... the train has left the station,' wrote the Gazette. '...'": the speaker's
        # words before the verb, the verb and its speaker ending the sentence.
        # A sentence ending before the verb ("'...' Reyes told Radio 4.") leaves it no
        # words of its own in the sentence, and nothing to go on with.
        ended = _CLOSED_SENTENCE.search(ctx.text, a.start, last.cue_start)
        return None if ended or not _SENTENCE_GAP.match(ctx.text[last.cue_end : open_at]) else last
    if not _SENTENCE_GAP.match(ctx.text[a.end : open_at]):
        return None
    return last if _sentence_ends(ctx.text[last.cue_start : a.end]) == 0 else None


def _quote_speaker(
    ctx: Context, found: Sequence[Found], open_at: int, close_at: int
) -> Found | None:
    """The reporting verb introducing the quote ("X said, '") or following it ("', X said")."""
    best: tuple[int, Found] | None = None
    for item in found:
        if not (item.verb or _leads_in(ctx, item, open_at)) or open_at <= item.cue_start < close_at:
            continue
        if item.cue_end <= open_at:
            gap = ctx.text[item.cue_end : open_at]
            # A few words at most ("said in a statement:"), never a sentence end; or a
            # paragraph ending with a colon over a quote opening the next ("X said that,
            # given the field:" / "'There is only one ...'").
            if (
                (_SENTENCE_END.search(gap) or len(gap.split()) > 4)
                and not _introduces(ctx, item, open_at)
                and not _adjuncts_only(ctx, item.cue_end, open_at)
                and not _runs_on_to_colon(ctx, item.cue_end, open_at)
                and not _runs_into(ctx, item, open_at)
            ):
                continue
        elif item.cue_start >= close_at:
            gap = ctx.text[close_at : item.cue_start]
            if _finished(ctx, open_at, close_at):
                continue
            if not _QUOTE_GAP.match(gap) and not _says_it(ctx, item, open_at, close_at):
                continue
        else:
            continue
        if best is None or len(gap) < best[0]:
            best = (len(gap), item)
    return best[1] if best else None


def _leads_in(ctx: Context, item: Found, open_at: int) -> bool:
    """Whether "according to X" leads straight into the quotation, with only a dash or a
    colon between ("According to a Kelvara update - '...'"): the quoted words are X's,
    to the quotation's close, however many sentences it runs. So are those of a quotation
    that opens inside the clause "according to X" credits ("According to the police
    statement, the officers saw one 'break away from the group. ...'")."""
    return (
        item.attribution.cue == "according to"
        and item.cue_end <= open_at
        and (
            ctx.text[item.cue_end : open_at].strip() in {"-", "–", "—", "--", ":"}
            or _runs_into(ctx, item, open_at)
        )
    )


def _says_it(ctx: Context, item: Found, open_at: int, close_at: int) -> bool:
    """Whether a verb after a quotation has the quotation as its content, however long
    the speaker's description between them ("'...,' Lakeside for Water organizing
    director Ada Brandt told Radio 4"), or a quoted phrase the sentence goes on from
    ("'The politics are blatant' in the council, Reyes said"): up to 12 words in the
    quotation's sentence."""
    a = item.attribution
    gap = ctx.text[close_at : item.cue_start]
    return (
        open_at - 2 <= a.start < close_at
        and a.end <= item.cue_start
        and (
            gap.lstrip().startswith(",")
            or gap.rstrip().endswith(",")
            or bool(_QUOTE_COMMA.search(ctx.text, open_at, close_at))
        )
        and not _SENTENCE_END.search(gap)
        and len(gap.split()) <= 12
    )


def _finished(ctx: Context, open_at: int, close_at: int) -> bool:
    """Whether a quotation closes on a full stop ("'... and I think he will.' Reyes said
    the vote ..."): a quotation its speaker's name follows ends on a comma, "?" or "!"
    ("'...,' Reyes said"), so the sentence after a full stop is a new one. A lower-case
    word right after the close carries the sentence on all the same ("'... it starts
    again.' she said"): the full stop stands where the comma belongs."""
    inner = ctx.text[open_at:close_at].rstrip("”\"'’ \n")
    if not inner.endswith(".") or inner.endswith(".."):
        return False
    after = ctx.text[close_at : close_at + 40].lstrip(" \t\xa0")
    return not after[:1].islower()


def _clause_to_colon(ctx: Context, start: int, open_at: int) -> bool:
    """Whether the words from ``start`` to a quotation are a clause with a verb of its
    own that a colon ends ("X says the van waited for nine minutes:" / "'...'"): what the
    speaker said, which the quotation then bears out, not words about the saying."""
    gap = ctx.text[start:open_at].rstrip()
    return gap.endswith(":") and any(t.pos in {"VERB", "AUX"} for t in ctx.tree.at(start, open_at))


def _adjuncts_only(ctx: Context, start: int, open_at: int) -> bool:
    """Whether the words between a speaker's verb and a quotation only say when and where
    it was said ("As X said last week in Lakeside, '...'"): up to eight words without a
    verb or a sentence end, closed by a comma or a colon."""
    gap = ctx.text[start:open_at]
    if _SENTENCE_END.search(gap) or len(gap.split()) > 8 or not gap.rstrip().endswith((",", ":")):
        return False
    return not any(t.pos in {"VERB", "AUX"} for t in ctx.tree.at(start, open_at))


def _runs_into(ctx: Context, item: Found, open_at: int) -> bool:
    """Whether the verb's reported words run on into the quotation in one sentence ("As
    Reyes explained, three taxes were put off, 'which sounds like a lot of money. ...'"):
    the quotation goes on with them."""
    a = item.attribution
    return (
        item.cue_end <= a.start < open_at < a.end
        and not _SENTENCE_END.search(ctx.text, item.cue_end, open_at)
        and len(ctx.text[item.cue_end : open_at]) <= 300
        # A colon introduces the words of its own clause's subject (see
        # ``_runs_on_to_colon``).
        and not ctx.text[item.cue_end : open_at].rstrip().endswith(":")
    )


def _runs_on_to_colon(ctx: Context, start: int, open_at: int) -> bool:
    """Whether the speaker's sentence runs on from the verb to a colon before the
    quotation with no other subject between ("Reyes said yes and took the chance to
    defend the workers: '...'", "Brandt recalled the pay freeze: '...'"): the colon
    introduces the speaker's own words."""
    gap = ctx.text[start:open_at]
    if _SENTENCE_END.search(gap) or len(gap) > 200 or not gap.rstrip().endswith(":"):
        return False
    return not any(
        t.dep in {"nsubj", "nsubjpass", "csubj", "expl"} for t in ctx.tree.at(start, open_at)
    )


def _introduces(ctx: Context, item: Found, open_at: int) -> bool:
    """Whether the cue ends the paragraph before the quote's with a colon, the quote
    opening its own paragraph."""
    if not opens_paragraph(ctx.text, open_at):
        return False
    before = previous_paragraph(ctx.text, open_at)
    if not before <= item.cue_start:
        return False
    tail = ctx.text[item.cue_end : open_at].rstrip()
    return tail.endswith(":") and tail.count("\n") == 0 and len(tail) <= 200
