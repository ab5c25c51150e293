"""Cues: the words that make a stretch of text someone's statement, read over the parse.

Reporting verbs with their subject ("X said that ...", "said director X", "X, who told
AFP ...", "adding that" takes its governing verb's subject); weak verbs only with a clause,
a colon or a quote as content; evidence verbs only with a document noun as subject ("the
army's figures show") or a pronoun for the document credited the sentence before; valuing
verbs with an object and "at"/"between" a number; appeals for an amount; stance verbs
with an active subject. A negated verb ("did not confirm") reports nothing, nor does a
weak verb whose relative subject is a fact ("..., which explains why"). Then "according
to X", "..., citing X", a headline opening with a source and a colon ("Port source: toll
near 30 ..."), and hedge adverbs ("reportedly").

Content: a speaker named after the clause (", X said on Tuesday.", ", said X.", a
headline's ", officials say") reports the whole stretch from the sentence's start (never
before its line or a dateline) to the comma, relative clauses and conjoined verbs
included, however the parser hung the verb; so it is only when the verb has no content
after it, just adjuncts (``POST_ADJUNCTS``, with no number outside a date) or a relay, and
no other speaker stands in the stretch. A clause with a reporting verb and a speaker of
its own ("..., while Y put the toll at ...", "... and Y said ...") is not the first
speaker's; an object content stops before a comma-led relative clause (", which ..."),
which belongs to the enclosing speaker, and any content before a closing comparison with
another figure (", well above the $8.04 analysts expected") or a place's tally ("a city
that has recorded 400 homicides"), which are the reporter's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from triangulate.claims.attribution.context import Context, Seen
from triangulate.claims.attribution.lexicon import (
    ACT_NOUNS,
    ADVOCACY_VERBS,
    ALL_VERBS,
    APPEAL_VERBS,
    ATTACK_VERBS,
    BELIEF_VERBS,
    BODY_NOUNS,
    CITING_VERBS,
    COLLECTIVE_NOUNS,
    CONTACT_VERBS,
    DOC_NOUNS,
    EVIDENCE_VERBS,
    FINDING_VERBS,
    FIRST_PERSON,
    HEDGE_ADVERBS,
    HEDGE_VERBS,
    MEASURE_NOUNS,
    MIND_ADJECTIVES,
    PERCENTS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    POSITION_NOUNS,
    POST_ADJUNCTS,
    RELATIVE_WORDS,
    RELEASE_VERBS,
    REPORTING_VERBS,
    REQUEST_VERBS,
    ROLE_NOUNS,
    SHARE_WORDS,
    STANCE_VERBS,
    STANDING_VERBS,
    SURVEY_NOUNS,
    TOPIC_VERBS,
    UNNAMED,
    VALUING_VERBS,
    WEAK_VERBS,
    forms_of,
)
from triangulate.claims.attribution.names import channel_name, entity_id, is_name, name_of
from triangulate.claims.attribution.records import Attribution, Found, Source
from triangulate.claims.attribution.relays import (
    according_after,
    agents,
    relay_name,
    to_object,
)
from triangulate.claims.attribution.relays import listener as listener_of
from triangulate.claims.attribution.spans import (
    clip,
    colon_after,
    comment,
    counts,
    dateline_end,
    last_word_token,
    quote_follows,
    quote_introduced,
)
from triangulate.claims.attribution.speakers import (
    as_outlet,
    group_part,
    named,
    speaker,
    unnamed,
)
from triangulate.claims.attribution.text import (
    joined,
    opens_paragraph,
    paragraph,
    previous_paragraph,
    strip,
    without_possessive,
)
from triangulate.claims.attribution.thoughts import without_aside
from triangulate.ingest.dates import WEEKDAYS
from triangulate.model import Speaker
from triangulate.nlp.tokens import Token

# Verbs of saying, strong or weak ("said", "added", "suggested").
_TELLING = REPORTING_VERBS | WEAK_VERBS

# A headline naming its source before a colon ("Port source: 30 ships ...").
_HEAD_COLON = re.compile(r"([^:\n]{1,60}?)\s*:(?:\s+\S|[\"“])")


def cue(ctx: Context, seen: Seen, tok: Token, found: Sequence[Found]) -> Found | None:
    """The attribution a cue token opens, given what was found before it, or None."""
    if tok.lower == "according" and to_object(ctx, tok) is not None:
        # Already read as a relay of the speaker before it ("X said, according to Y").
        return None if tok.i in seen.relays else _according(ctx, seen, tok)
    if tok.lower == "by":
        return _by_count(ctx, seen, tok)
    lemma = tok.lemma.lower()
    if lemma in SURVEY_NOUNS and tok.pos in {"NOUN", "PROPN"}:
        return _in_survey(ctx, seen, tok, found)
    if lemma in CITING_VERBS and tok.tag == "VBG":
        return _citing(ctx, seen, tok, found)
    if lemma == "quote" and tok.tag == "VBN" and tok.pos == "VERB":
        quoted = _quoted_saying(ctx, seen, tok)
        if quoted is not None:
            return quoted
    if lemma in FINDING_VERBS and tok.pos in {"VERB", "AUX"} and tok.dep not in {"aux", "auxpass"}:
        return _finding(ctx, seen, tok)
    if lemma == "cite" and tok.pos == "VERB":
        # "Democrats cited several factors for the low turnout": what the subject gives
        # as its reason or evidence.
        return _verb(ctx, seen, tok, found)
    if lemma in EVIDENCE_VERBS and tok.dep == "acl" and tok.tag == "VBG":
        shown = _shown_by(ctx, seen, tok)
        if shown is not None:
            return shown
    if lemma in REPORTING_VERBS and tok.dep in _MISREAD_RELATIVE and tok.pos == "VERB":
        # "what advocates estimated were 100,000 children", the relative misread
        said = _said_to_be(ctx, seen, tok)
        if said is not None:
            return said
    if lemma in ALL_VERBS and (tok.pos in {"VERB", "AUX"} or _verb_like(ctx, tok)):
        got = _verb(ctx, seen, tok, found)
        if got is None and lemma in REPORTING_VERBS | EVIDENCE_VERBS and tok.pos == "VERB":
            # "..., F.A.A. records show, the jet flew 216 hours": a subject the parser
            # took for the verb's compound.
            return _closing_noun(ctx, seen, tok) or _leading_document(ctx, seen, tok)
        return got
    if lemma in STANDING_VERBS and tok.pos == "VERB":
        return _verb(ctx, seen, tok, found)
    if lemma in MIND_ADJECTIVES and tok.pos == "ADJ":
        return _minded(ctx, seen, tok)
    if lemma in _HELD_NOUNS and tok.pos == "NOUN":
        held = _position(ctx, seen, tok)
        if held is not None:
            return held
    if lemma in REPORTING_VERBS | EVIDENCE_VERBS | _READING and tok.pos == "NOUN":
        return _closing_noun(ctx, seen, tok) or _source_phrase_verb(ctx, seen, tok)
    return None


# Prepositions that name where a document comes from ("data from the state").
_SOURCE_PREPOSITIONS = frozenset({"from", "of", "by"})
# Verb forms of showing that the tagger may read as a noun ("the state show").
_SHOWING_FORMS = frozenset(
    {"show", "showed", "shows", "indicate", "indicated", "suggest", "suggested"}
)


def _source_phrase_verb(ctx: Context, seen: Seen, tok: Token) -> Found | None:
    """ "Data from the state show that 412 people died": a document's noun leads the
    sentence, then "from", "of" or "by" and its source, then a verb of showing the parser
    took for the last noun of the source's phrase ("the state show"). What follows is the
    source's finding, as with "Figures from the county show ..."."""
    if (
        tok.dep != "pobj"
        or tok.lower not in _SHOWING_FORMS
        or tok.lemma.lower() not in EVIDENCE_VERBS
    ):
        return None
    prep = ctx.tree.head(tok)
    if prep.lower not in _SOURCE_PREPOSITIONS or prep.dep != "prep":
        return None
    document = ctx.tree.head(prep)
    if (
        document.lemma.lower() not in DOC_NOUNS
        or document.pos != "NOUN"
        or document.dep not in {"ROOT", "nsubj"}
        or (document.tag == "NN" and document.lemma.lower() != "datum" and tok.lower == tok.lemma)
    ):
        return None
    owner = ctx.tree[tok.i - 1]
    if owner.head != tok.i or owner.dep not in {"compound", "nmod", "poss"}:
        return None
    sentence = ctx.tree.sentence(tok.sent)
    last = last_word_token(sentence)
    after = [t for t in ctx.tree.tokens[tok.i + 1 : last + 1] if t.pos not in {"PUNCT", "SPACE"}]
    if not after or not any(t.pos in {"VERB", "AUX"} for t in after):
        return None  # "Data from the talk show were lost": no clause shown
    if after[0].lower == "that":
        after = after[1:]
    if not after or after[0].pos in {"ADP", "VERB", "AUX"}:
        return None
    if _inside_quote(ctx, tok.start) or any(k.dep == "neg" for k in ctx.tree.children(tok)):
        return None
    content = clip(ctx, after[0].start, ctx.tree[last].end, tok.start)
    got = speaker(ctx, seen, owner, exclude=tok)
    if content is None or got is None:
        return None
    source, carried = got
    lead = document
    while (
        lead.i > 0
        and ctx.tree[lead.i - 1].head == document.i
        and ctx.tree[lead.i - 1].dep in {"compound", "amod", "det", "poss", "nmod"}
    ):
        lead = ctx.tree[lead.i - 1]
    if source.speaker.role is None and not carried:
        role = ctx.text[lead.start : prep.end]
        source = replace(source, speaker=replace(source.speaker, role=role))
    return _said_by_noun(source, carried, content, lead, tok)


# "'...,' the editorial read.": a document's words, the verb spelled as its noun.
_READING = frozenset({"read"})


# Verbs that link a subject to its state of mind ("X is confident", "X remains hopeful").
_LINKING = frozenset({"be", "remain", "seem", "appear", "sound", "grow", "become", "stay"})
# States of mind that take an infinitive of what the subject means to do.
_MEANING = frozenset({"eager", "determined", "keen", "anxious"})


def _minded(ctx: Context, seen: Seen, adj: Token) -> Found | None:
    """ "Reyes is confident that the port will reopen", "officials remain hopeful that
    ...", "Reyes is eager to finish the pier": an adjective of a state of mind after a
    linking verb gives what its subject thinks (a clause) or means to do (an infinitive,
    for the eager and the determined). As with verbs of thought: an active subject that
    may speak and is not "I" or "you", not negated, not inside a quotation or another's
    reported words."""
    link = ctx.tree.head(adj)
    if adj.dep != "acomp" or link.lemma.lower() not in _LINKING or link.pos not in {"VERB", "AUX"}:
        return None
    kids = ctx.tree.children(link)
    subject = next((k for k in kids if k.dep == "nsubj"), None) or _shared_subject(ctx, link)
    if subject is None or subject.lower in _NO_THINKER or not _can_speak(ctx, subject):
        return None
    if any(k.dep == "neg" for k in [*kids, *ctx.tree.children(adj)]):
        return None
    if any(k.dep == "aux" and k.tag == "MD" for k in kids):
        return None
    if _inside_quote(ctx, adj.start) or _reported_by_another(ctx, link):
        return None
    meaning = adj.lemma.lower() in _MEANING
    held = next(
        (
            k
            for k in [*ctx.tree.children(adj), *kids]
            if k.i > adj.i
            and (
                k.dep == "ccomp"
                or (
                    meaning
                    and k.dep == "xcomp"
                    and any(a.dep == "aux" and a.lower == "to" for a in ctx.tree.children(k))
                )
            )
        ),
        None,
    )
    if held is None:
        return None
    got = speaker(ctx, seen, subject, exclude=link)
    if got is None:
        return None
    source, _ = got
    tokens = [t for t in ctx.tree.subtree(held) if t.pos not in {"PUNCT", "SPACE"}]
    while tokens and tokens[0].dep == "mark" and tokens[0].lower == "that":
        tokens.pop(0)
    if not tokens:
        return None
    content = clip(ctx, tokens[0].start, tokens[-1].end, adj.start)
    if content is None:
        return None
    start, _ = ctx.tree.span(subject)
    return Found(
        attribution=source.credit(content, cue=adj.lemma.lower(), hedged=False),
        source=source,
        cue_start=min(start, adj.start),
        cue_end=adj.end,
        verb=False,
    )


# What a position would do: the object, clause or phrase after its verb.
_WOULD_DO = frozenset({"dobj", "prep", "ccomp", "xcomp", "attr", "acomp", "dative"})
# What a noun of position holds: "claim that ...", "plan to ...", "criticism of ...".
_HOLDING_PREPS = frozenset({"of", "on", "for", "to", "against"})


def _position(ctx: Context, seen: Seen, noun: Token) -> Found | None:
    """ "His claim that ...", "Reyes's plan to deport ...", "their criticism of the toll":
    a noun of a position with a possessor gives what the possessor holds, the clause,
    infinitive or "of"/"on"/"for"/"to"/"against" phrase after it ("Reyes's point was that
    ..." too). Not inside a quotation or another's reported words, which stay that
    speaker's, and only with a possessor that may speak ("the plan's cost" holds nothing).
    """
    # "This week's announcement": a date says when, not whose.
    owner = next(
        (k for k in ctx.tree.children(noun) if k.dep == "poss" and k.ent not in {"DATE", "TIME"}),
        None,
    )
    light = _light_verb(ctx, noun)
    if light is not None:
        # "Reyes made a plea for calm": the one who made it holds it.
        owner = next(
            (k for k in ctx.tree.children(light) if k.dep == "nsubj"), None
        ) or _shared_subject(ctx, light)
    elif noun.lemma.lower() not in POSITION_NOUNS and not (
        noun.lemma.lower() in _SPEECH_ACTS and _that_clause(ctx, noun) is not None
    ):
        return None
    if owner is None and light is None:
        # "the claim by Reyes that ...", "the announcement by the guild that ...": the
        # maker named by "by" right after the noun holds it as a possessor does.
        owner = _by_maker(ctx, noun)
    if owner is None or owner.lower in _NO_THINKER or not _can_speak(ctx, owner):
        return None
    if _inside_quote(ctx, noun.start) or any(
        up.lemma.lower() in ALL_VERBS | STANDING_VERBS and up.pos in {"VERB", "AUX"}
        for up in _reported_with(ctx, noun)
    ):
        # "Reyes dismissed Brandt's claim that ...": the claim is part of what Reyes
        # dismisses, in Reyes's words.
        return None
    held = [
        k
        for k in ctx.tree.children(noun)
        if k.i > noun.i
        and (
            (
                k.dep in {"acl", "ccomp"}
                and any(
                    m.lower in {"that", "to"} and m.dep in {"mark", "aux"}
                    for m in ctx.tree.children(k)
                )
            )
            or (k.dep == "prep" and k.lower in _HOLDING_PREPS)
        )
    ]
    if light is not None:
        # "made the case that ...", "made several statements backing ...": the clause
        # may hang on the verb, and a participle on the noun says what was said.
        held += [
            k
            for k in [*ctx.tree.children(light), *ctx.tree.children(noun)]
            if k.i > noun.i
            and (
                (k.head == light.i and (k.dep == "ccomp" or _for_to(ctx, k)))
                or (k.dep == "acl" and k.tag == "VBG" and k.head == noun.i)
            )
        ]
        held = sorted(held, key=lambda k: k.i)
    head = ctx.tree.head(noun)
    if not held and noun.dep == "nsubj" and head.lemma.lower() == "be":
        # "Reyes's point was that the port must close."
        held = [k for k in ctx.tree.children(head) if k.i > head.i and k.dep in {"ccomp", "attr"}]
    if (
        not held
        and noun.dep == "nsubj"
        and head.pos == "VERB"
        and any(k.dep == "aux" and k.lower == "would" for k in ctx.tree.children(head))
        and not any(t.lower == "according" for t in ctx.tree.sentence(head.sent))
    ):
        # "Reyes's plan would raise $15 billion": what a position would do if carried
        # out is what its holder proposes ("..., according to the Gazette" is the
        # Gazette's reckoning of it).
        held = [k for k in ctx.tree.children(head) if k.i > head.i and k.dep in _WOULD_DO]
    if not held:
        return None
    got = speaker(ctx, seen, owner, exclude=noun)
    if got is None:
        return None
    source, _ = got
    bare = without_possessive(source.speaker.name)
    if bare != source.speaker.name:
        end = source.speaker.end
        trimmed = replace(
            source.speaker,
            name=bare,
            end=None if end is None else end - (len(source.speaker.name) - len(bare)),
        )
        source = replace(source, speaker=trimmed)
    tokens: list[Token] = []
    for k in held:
        # A gloss set off after what is held ("goal of $1 billion - a sum that would
        # ...", ", which ...") is the reporter's.
        glossed = {
            x.i
            for t in ctx.tree.subtree(k)
            if t.i != k.i and (t.dep == "appos" or comment(ctx, t))
            for x in ctx.tree.subtree(t)
        }
        tokens += [t for t in ctx.tree.subtree(k) if t.i not in glossed]
    tokens = sorted((t for t in tokens if t.pos not in {"PUNCT", "SPACE"}), key=lambda t: t.i)
    if not tokens:
        return None
    end = tokens[-1].end
    dash = _DASH_AFTER.search(ctx.text, tokens[0].start, end)
    if dash is not None:
        end = dash.start()
    content = clip(ctx, tokens[0].start, end, noun.start)
    if content is None:
        return None
    start, end = ctx.tree.span(owner)
    return Found(
        attribution=source.credit(content, cue=noun.lemma.lower(), hedged=False),
        source=source,
        cue_start=min(start, noun.start),
        cue_end=noun.end,
        verb=False,
    )


# Acts of speech whose "that" clause is what was said ("Reyes's announcement that ...").
_SPEECH_ACTS = frozenset({"announcement", "statement", "remark"})


def _that_clause(ctx: Context, noun: Token) -> Token | None:
    """The clause after a noun that "that" opens ("the announcement that ..."), or None."""
    return next(
        (
            k
            for k in ctx.tree.children(noun)
            if k.i > noun.i
            and k.dep in {"acl", "ccomp"}
            and any(m.lower == "that" and m.dep == "mark" for m in ctx.tree.children(k))
        ),
        None,
    )


def _by_maker(ctx: Context, noun: Token) -> Token | None:
    """Who "by" names right after a noun ("the claim by Reyes that ..."), or None."""
    if noun.i + 1 >= len(ctx.tree.tokens):
        return None
    by = ctx.tree[noun.i + 1]
    if by.lower != "by" or by.head != noun.i:
        return None
    return next((k for k in ctx.tree.children(by) if k.dep == "pobj"), None)


# Verbs that do an act of speech named by their object ("made a plea", "delivered a
# statement", "issued a warning").
_LIGHT = frozenset({"make", "deliver", "issue"})
# Nouns a speaker holds: positions ("Reyes's plan") and acts of speech ("made a plea").
_HELD_NOUNS = POSITION_NOUNS | ACT_NOUNS


def _reported_with(ctx: Context, noun: Token) -> Iterator[Token]:
    """The heads above a noun whose report may hold it, up to a concession that sets it
    against the rest of the sentence ("Despite Reyes's claim that ..., the firms put him
    far lower": the claim is no part of what the firms put)."""
    for up in ctx.tree.ancestors(noun):
        if up.lower in _CONCEDING:
            return
        yield up


def _light_verb(ctx: Context, noun: Token) -> Token | None:
    """The verb of which a noun of speech is the object ("Reyes made a plea for ..."),
    when that verb is active and in the writer's own words."""
    if noun.dep != "dobj":
        return None
    verb = ctx.tree.head(noun)
    if verb.lemma.lower() not in _LIGHT or verb.pos not in {"VERB", "AUX"}:
        return None
    if any(
        k.dep == "nsubjpass" or (k.dep == "aux" and k.tag == "MD") for k in ctx.tree.children(verb)
    ):
        # "Reyes will make the case ...": the writer's forecast; "a plea was made" names
        # no one who made it.
        return None
    return verb


def _finding(ctx: Context, seen: Seen, verb: Token) -> Found | None:
    """ "The Gazette poll has Reyes at 40 percent", "a survey had Reyes leading Brandt by
    6 points": a survey or a document that "has" someone at a value, or doing something,
    gives that as its finding. Only with such a subject, not negated, and an object with
    a value "at" a number or a clause of its own after the verb ("the report has 40
    pages" says what the report is, not what it found)."""
    kids = ctx.tree.children(verb)
    subject = next((k for k in kids if k.dep == "nsubj"), None)
    if subject is None and verb.dep == "acl" and verb.tag == "VBG":
        subject = ctx.tree.head(verb)  # "..., with a Gazette poll giving Reyes 30 points"
    if subject is None or subject.lemma.lower() not in SURVEY_NOUNS | DOC_NOUNS:
        return None
    if any(k.dep == "neg" for k in kids) or _inside_quote(ctx, verb.start):
        return None
    if verb.lemma.lower() == "give":
        if not _given(ctx, verb, kids):
            return None
        return _found_after(ctx, seen, verb, subject, "give")
    clause = any(
        k.dep == "ccomp" and k.i > verb.i and any(c.dep == "nsubj" for c in ctx.tree.children(k))
        for k in kids
    ) or any(
        # "has Reyes leading ...", parsed as a participle on the object: who is placed
        # is someone named ("has 40 pages detailing the costs" places no one).
        k.dep == "dobj"
        and (k.pos in {"PROPN", "PRON"} or k.text[:1].isupper())
        and any(c.dep == "acl" and c.tag == "VBG" for c in ctx.tree.children(k))
        for k in kids
    )
    if not clause and not _valued(ctx, verb, kids):
        return None
    return _found_after(ctx, seen, verb, subject, "have")


# How the parser misreads a free relative "what X said" before a "be": as the subject
# of "be", as the object of a preposition, or as a clause on its subject.
_MISREAD_RELATIVE = frozenset({"csubj", "pcomp", "acl"})


def _said_to_be(ctx: Context, seen: Seen, verb: Token) -> Found | None:
    """ "The law covered what advocates estimated were 100,000 children", "police found
    what officials said were 40 bodies": a verb of saying in a free relative with "what"
    says, of the thing the sentence goes on about, what it was, and its subject is who
    says so; what the "be" right after the verb gives ("100,000 children") is the
    speaker's words, however the parser hung the relative. Not negated, not in a
    quotation."""
    kids = ctx.tree.children(verb)
    subject = next((k for k in kids if k.dep == "nsubj"), None)
    if subject is None and verb.dep == "acl":
        subject = ctx.tree.head(verb)  # "what officials estimated", read as "officials
        # (who) estimated"
    if subject is None or subject.i > verb.i or verb.i + 1 >= len(ctx.tree):
        return None
    lead = ctx.tree.subtree(subject)[0].i
    be = ctx.tree[verb.i + 1]
    if (
        lead == 0
        or ctx.tree[lead - 1].lower != "what"
        or be.lemma.lower() != "be"
        or any(k.dep == "neg" for k in kids)
        or _inside_quote(ctx, verb.start)
    ):
        return None
    attr = next((k for k in ctx.tree.children(be) if k.dep == "attr" and k.i > be.i), None)
    if attr is None:
        return None
    words = [t for t in ctx.tree.subtree(attr) if t.pos not in {"PUNCT", "SPACE"}]
    content = clip(ctx, words[0].start, words[-1].end, verb.start) if words else None
    got = speaker(ctx, seen, subject, exclude=verb)
    if content is None or got is None:
        return None
    source, carried = got
    lemma = verb.lemma.lower()
    return Found(
        attribution=source.credit(
            content, cue="carried" if carried else lemma, hedged=_hedge_in(ctx, verb, content)
        ),
        source=source,
        cue_start=verb.start,
        cue_end=verb.end,
        verb=True,
        verb_at=verb.i,
    )


def _shown_by(ctx: Context, seen: Seen, verb: Token) -> Found | None:
    """ "In the wake of a new Gazette poll showing Reyes down to 14 percent, ...": a survey
    or a document that a participle of showing or finding describes is what shows it.
    Not one that is the object of another verb ("Reyes released a poll showing ..."),
    which that verb's subject gives (see ``_controller``)."""
    head = ctx.tree.head(verb)
    if head.lemma.lower() not in SURVEY_NOUNS | DOC_NOUNS or head.dep == "dobj":
        return None
    kids = ctx.tree.children(verb)
    if any(k.dep == "neg" for k in kids) or _inside_quote(ctx, verb.start):
        return None
    if not any(k.dep in {"ccomp", "dobj"} and k.i > verb.i for k in kids):
        return None
    return _found_after(ctx, seen, verb, head, verb.lemma.lower())


def _given(ctx: Context, verb: Token, kids: Sequence[Token]) -> bool:
    """Whether "give" gives someone a number: one it is given to ("gives her", "giving
    Reyes") and a number in what is given ("1,280 delegates", "a 30-point advantage")."""
    if not any(k.dep == "dative" or (k.dep == "dobj" and k.pos in {"PRON", "PROPN"}) for k in kids):
        return False
    return any(
        t.i > verb.i and (t.pos == "NUM" or any(map(str.isdigit, t.text)))
        for k in kids
        if k.dep == "dobj"
        for t in ctx.tree.subtree(k)
    )


def _found_after(ctx: Context, seen: Seen, verb: Token, subject: Token, name: str) -> Found | None:
    """What follows a verb of finding, as its subject's finding."""
    words = [t for t in ctx.tree.subtree(verb) if t.i > verb.i and t.pos not in {"PUNCT", "SPACE"}]
    if not words:
        return None
    content = clip(ctx, words[0].start, words[-1].end, verb.start)
    got = speaker(ctx, seen, subject, exclude=verb)
    if content is None or got is None:
        return None
    source, carried = got
    return Found(
        attribution=source.credit(
            content, cue="carried" if carried else name, hedged=_hedge_in(ctx, verb, content)
        ),
        source=source,
        cue_start=min(verb.start, ctx.tree.span(subject)[0]),
        cue_end=verb.end,
        verb=True,
        verb_at=verb.i,
    )


def _closing_noun(ctx: Context, seen: Seen, tok: Token) -> Found | None:
    """ "..., campaign finance records show." with the verb tagged as a noun: a sentence
    closed by a comma, a source's noun phrase and a bare present-tense reporting verb
    reports the sentence before the comma, as "..., the records show." does. Set off by
    commas in the middle of a sentence ("In May, county records show, the ferry sailed
    216 hours."), the phrase reports the whole sentence. So does the verb tagged as a
    verb with no subject, its phrase taken for the verb's compound ("..., F.A.A. records
    show, ..."), and a closing verb followed only by where or when it was said ("'...,'
    the ministry states in its report."); "read" is one too ("'...,' the editorial
    read.")."""
    sentence = ctx.tree.sentence(tok.sent)
    last = last_word_token(sentence)
    if (
        tok.lower != tok.lemma.lower()
        and not _singular_verb(ctx, tok)
        and _web_outlet(ctx, tok.i - 1) is None
    ):
        return None
    inserted = tok.i < last and ctx.tree[tok.i + 1].text == ","
    if tok.i != last and not inserted and not _where_said(ctx, tok, last):
        return None
    head = ctx.tree[tok.i - 1] if tok.i > 0 else None
    if head is None or head.head != tok.i:
        return None
    subjects = [k for k in ctx.tree.children(tok) if k.dep in {"nsubj", "nsubjpass"}]
    if tok.pos == "VERB" and (head.dep != "compound" or subjects):
        return None
    if head.pos not in {"NOUN", "PROPN"} and not (
        head.dep in {"compound", "amod"} and head.lemma.lower() in DOC_NOUNS | SURVEY_NOUNS
    ):
        return None
    lead = head
    phrase = {head.i, tok.i}
    while (
        lead.i > 0
        and ctx.tree[lead.i - 1].head in phrase
        and ctx.tree[lead.i - 1].dep in {"compound", "amod", "det", "poss", "nmod"}
    ):
        lead = ctx.tree[lead.i - 1]
        phrase.add(lead.i)
    web = _web_outlet(ctx, head.i)
    if web is not None:
        # "..., Orvel. com reports.": a web outlet's name, split at its dot.
        lead = ctx.tree[web]
        sentence = ctx.tree.sentence(lead.sent)
    comma = lead.i - 1
    if comma > 0 and ctx.tree[comma].text in _CLOSES and ctx.tree[comma - 1].text == ",":
        # '"Sick leave," the document states, ...': the comma inside the quotation.
        comma -= 1
    if comma < 0 or ctx.tree[comma].text != "," or (lead.sent != tok.sent and web is None):
        return None
    lemma = head.lemma.lower()
    if not (
        lemma in DOC_NOUNS | SURVEY_NOUNS | PERSON_NOUNS | BODY_NOUNS
        or is_name(head)
        or web is not None
    ):
        return None
    got = speaker(ctx, seen, lead if web is not None else head, exclude=tok)
    if got is None:
        return None
    source, carried = got
    said = source.speaker
    if not carried and (web is not None or (said.start == head.start and lead.i < head.i)):
        # The words before the head hang on the verb, not on the head: still its phrase.
        said = replace(said, name=ctx.text[lead.start : head.end], start=lead.start, end=head.end)
        source = replace(source, speaker=said)
    start = max(sentence[0].start, paragraph(ctx.text, tok.start))
    dateline = dateline_end(ctx, tok)
    if dateline is not None:
        start = max(start, dateline)
    end = ctx.tree[last].end if inserted else ctx.tree[comma].start
    if inserted and _quote_runs_out(ctx, tok.end, end):
        return None
    content = clip(ctx, start, end, tok.start)
    if content is None:
        return None
    return _said_by_noun(source, carried, content, lead, tok)


_WHERE_DEPS = frozenset({"prep", "npadvmod", "advmod"})


def _where_said(ctx: Context, tok: Token, last: int) -> bool:
    """Whether only where or when it was said follows the verb to the sentence's end
    ("'...,' the Kelvarans state in the paper."): phrases hung on the verb."""
    kids = [k for k in ctx.tree.children(tok) if k.i > tok.i and k.pos != "PUNCT"]
    if not kids or any(k.dep not in _WHERE_DEPS for k in kids):
        return False
    spans = sorted(ctx.tree.span(k) for k in kids)
    return spans[0][0] == ctx.tree[tok.i + 1].start and spans[-1][1] >= ctx.tree[last].end


def _leading_document(ctx: Context, seen: Seen, tok: Token) -> Found | None:
    """ "An autopsy shows that Brandt was hit 3 times." with the document's noun tagged as
    an adjective of the verb: a sentence led by a determiner and a document's noun, then
    a verb of showing or saying and a clause, is what the document shows, as "..., an
    autopsy shows." is. The phrase opens the sentence (or follows an opening phrase and
    its comma: "In May, a report shows that ...")."""
    if (
        tok.pos != "VERB"
        or tok.i == 0
        or tok.lemma.lower() not in EVIDENCE_VERBS | {"say", "state"}
    ):
        return None
    if any(k.dep in {"nsubj", "nsubjpass", "expl"} for k in ctx.tree.children(tok)):
        return None
    head = ctx.tree[tok.i - 1]
    if (
        head.head != tok.i
        or head.dep not in {"amod", "compound", "nmod"}
        or head.lemma.lower() not in DOC_NOUNS | SURVEY_NOUNS
    ):
        return None
    lead = head
    while (
        lead.i > 0
        and ctx.tree[lead.i - 1].sent == tok.sent
        and ctx.tree[lead.i - 1].head in {head.i, tok.i}
        and ctx.tree[lead.i - 1].dep in {"compound", "amod", "det", "poss", "nmod"}
    ):
        lead = ctx.tree[lead.i - 1]
    if lead.pos != "DET" and not (head.tag == "NNS" or head.lower.endswith("s")):
        # "An autopsy shows", "Records show": a singular noun needs its determiner.
        return None
    sentence = ctx.tree.sentence(tok.sent)
    if lead.i != sentence[0].i and ctx.tree[lead.i - 1].text != ",":
        return None
    nxt = tok.i + 1
    if nxt >= len(ctx.tree) or ctx.tree[nxt].sent != tok.sent:
        return None
    if ctx.tree[nxt].lower == "that":
        nxt += 1
    clause = [k for k in ctx.tree.children(tok) if k.dep in {"ccomp", "acl", "dobj"} and k.i >= nxt]
    if not clause or nxt >= len(ctx.tree):
        return None
    got = speaker(ctx, seen, head, exclude=tok)
    if got is None:
        return None
    source, carried = got
    said = source.speaker
    if not carried and said.start == head.start and lead.i < head.i:
        said = replace(said, name=ctx.text[lead.start : head.end], start=lead.start, end=head.end)
        source = replace(source, speaker=said)
    last = last_word_token(sentence)
    content = clip(ctx, ctx.tree[nxt].start, ctx.tree[last].end, tok.start)
    if content is None:
        return None
    return _said_by_noun(source, carried, content, lead, tok)


def _said_by_noun(
    source: Source, carried: bool, content: tuple[int, int], lead: Token, tok: Token
) -> Found:
    """What a noun phrase said through its verb: the content credited to the phrase's
    source (or carried from the speaker before), the cue running from the phrase's first
    word to the verb."""
    return Found(
        attribution=source.credit(
            content, cue="carried" if carried else tok.lemma.lower(), hedged=False
        ),
        source=source,
        cue_start=lead.start,
        cue_end=tok.end,
        verb=True,
        verb_at=tok.i,
    )


def _singular_verb(ctx: Context, tok: Token) -> bool:
    """Whether a reporting verb the tagger took for a plural noun is the verb's
    third-person singular ("..., the document states.", "..., an autopsy shows."): its
    form is the lemma with "-s", after a singular noun (or a document's noun the tagger
    took for an adjective, "an autopsy shows")."""
    lemma = tok.lemma.lower()
    if tok.lower not in {lemma + "s", lemma + "es"} or tok.i == 0:
        return False
    before = ctx.tree[tok.i - 1]
    return before.tag in {"NN", "NNP"} or (
        before.tag == "JJ" and before.lemma.lower() in DOC_NOUNS | SURVEY_NOUNS
    )


# The endings of a web outlet's address ("Orvel.com", "Dalby.org").
_WEB_ENDINGS = (".com", ".org", ".net", ".co.uk", ".news")


def _web_outlet(ctx: Context, at: int) -> int | None:
    """Where a web outlet's name starts when the token at ``at`` ends its address
    ("OrvelNews.com", or "com" after "Orvel." in a text set with a space after every
    dot), for a closing "..., Orvel.com reports." that the tagger read as a noun phrase:
    "reports" after an outlet's address is its verb. None for any other token."""
    if at < 0:
        return None
    tok = ctx.tree[at]
    if tok.lower.endswith(_WEB_ENDINGS) and tok.pos == "PROPN" and len(tok.lower) > 4:
        return at
    if (
        tok.lower in {e[1:] for e in _WEB_ENDINGS}
        and at >= 2
        and ctx.tree[at - 1].text == "."
        and ctx.tree[at - 2].pos == "PROPN"
        and ctx.text[ctx.tree[at - 2].end : tok.start] in {".", ". "}
    ):
        return at - 2
    return None


def _verb_like(ctx: Context, tok: Token) -> bool:
    """A cue word the tagger took for a noun that has a subject and a clause, as a verb has
    ("Audit files show that ...")."""
    kids = ctx.tree.children(tok)
    subject = any(k.dep == "nsubj" for k in kids) or _name_before(ctx, tok) is not None
    return subject and any(k.dep == "ccomp" for k in kids)


def _name_before(ctx: Context, tok: Token) -> Token | None:
    """The name a cue word tagged as a noun took as its compound ("Reyes estimates that
    ...", read as "the Reyes estimates"): the verb's subject, when a "that" clause
    follows, which no noun takes."""
    if tok.pos != "NOUN" or tok.tag != "NNS" or tok.i == 0:
        return None
    before = ctx.tree[tok.i - 1]
    if before.dep != "compound" or before.head != tok.i or not is_name(before):
        return None
    clause = any(
        k.dep == "ccomp"
        and any(m.lower == "that" and m.dep == "mark" for m in ctx.tree.children(k))
        for k in ctx.tree.children(tok)
    )
    return before if clause else None


def _verb(ctx: Context, seen: Seen, verb: Token, found: Sequence[Found]) -> Found | None:
    """A reporting verb with its speaker, listener, relays and content (see the cue table)."""
    lemma = verb.lemma.lower()
    kids = ctx.tree.children(verb)
    subjects = _subjects(ctx, verb, kids)
    dateline = dateline_end(ctx, verb)
    if dateline is not None and len(subjects) > 1:
        # "Lakeside – A nurse told ...", parsed with two subjects: not the dateline's.
        subjects = [k for k in subjects if ctx.tree.span(k)[1] > dateline] or subjects
    if len(subjects) > 1:
        # "'..., but they sent only 4 pumps,' Tomas Reyes said": a subject inside the
        # quotation is the parser's slip; the speaker stands outside it.
        subjects = [k for k in subjects if not _inside_quote(ctx, k.start)] or subjects
    if len(subjects) > 1:
        # "..., which they say left a vacuum", "a man who police said was armed": the
        # relative word is the subject of the reported clause, which the parser hung on the
        # verb of saying; the speaker is the other subject, never the antecedent.
        subjects = [k for k in subjects if k.lower not in RELATIVE_WORDS] or subjects
    if len(subjects) > 1:
        subjects = _after_inversion(ctx, verb, subjects)
    if len(subjects) > 1:
        subjects = _beside_verb(ctx, verb, subjects)
    subject = subjects[0] if subjects else _name_before(ctx, verb)
    if subject is not None and _inside_quote(ctx, subject.start):
        subject = _outside_quote(ctx, verb, subject)
    passive = next((k for k in kids if k.dep == "nsubjpass"), None)
    if subject is None and passive is not None and _contracted_has(ctx, verb, kids, passive):
        subject, passive = passive, None
    if lemma in _ASKING and verb.tag == "VBN" and not any(k.dep == "nsubj" for k in kids):
        # "Asked whether the piers would close, Reyes said ...", "Reyes was asked by a
        # reporter whether ...": the question is the asker's, never the one asked;
        # only a named asker ("by a reporter") speaks it.
        agent = next((k for k in kids if k.dep == "agent"), None)
        asker = (
            next((k for k in ctx.tree.children(agent) if k.dep == "pobj"), None) if agent else None
        )
        if asker is None:
            return None
        subject, passive = asker, None
    if (
        subject is None
        and passive is None
        and lemma in REPORTING_VERBS
        and verb.tag in {"VBD", "VBZ", "VBP"}
    ):
        subject = _before_aside(ctx, verb)
    if subject is None and passive is None and verb.dep == "ROOT":
        subject = _stray_subject(ctx, verb) or _inverted_subject(ctx, verb)
    if (
        subject is None
        and passive is None
        and verb.dep == "conj"
        and lemma in REPORTING_VERBS
        and ctx.text[: verb.start].rstrip().endswith(",")
    ):
        # "Reyes built the pier to help, a spokeswoman, Ada Brandt, said on Monday, and
        # ...": a speaker set into the sentence between commas, which the parser read as
        # an object of the verb before and the verb of saying as a second predicate.
        subject = _inserted_speaker(ctx, verb)
    if subject is None and passive is None:
        subject = _misread_participle(ctx, verb, kids)
    if (
        subject is None
        and passive is None
        and lemma in STANDING_VERBS
        and verb.tag == "VBG"
        and (verb.dep in {"advcl", "conj", "xcomp", "acl"} or _by_means(ctx, verb))
        and not _inside_quote(ctx, verb.start)
    ):
        # "Reyes toured the port, promising to reopen it": the position is the
        # subject's of the verb the participle hangs on; "Reyes issued a statement
        # calling for calm", the one who issued the statement's.
        subject = _controller(ctx, verb)
    if (
        subject is None
        and passive is None
        and lemma in STANDING_VERBS
        and not _inside_quote(ctx, verb.start)
    ):
        subject = _shared_subject(ctx, verb)
    if (
        subject is None
        and passive is None
        and lemma in STANDING_VERBS
        and verb.tag == "VBG"
        and verb.dep == "acl"
        and ctx.tree.head(verb).lemma.lower() in DOC_NOUNS
        and not _inside_quote(ctx, verb.start)
    ):
        # "ads attacking Brandt", "a letter urging the council to ...": a document
        # whose issuer the sentence does not give holds the position itself.
        subject = ctx.tree.head(verb)
    agent = next((k for k in kids if k.dep == "agent"), None)
    impersonal = False
    if subject is None and agent is not None:
        subject = next((k for k in ctx.tree.children(agent) if k.dep == "pobj"), None)
    if subject is None and passive is not None and passive.lower in {"it", "this"}:
        if any(k.tag == "MD" for k in kids):
            # "It should be noted that ...", "it must be said": the writer's own aside.
            return None
        impersonal = True
    if any(k.dep == "neg" for k in kids) or _withheld(ctx, verb, subject):
        # "X did not confirm that ...": what X did not say is not X's.
        return None
    if (
        _verdict(ctx, verb, lemma, kids)
        or _discovered(ctx, lemma, kids)
        or _found_oneself(ctx, lemma, kids)
        or _achieved(lemma, kids)
        or _foretold(ctx, verb, kids)
    ):
        return None
    if (
        subject is not None
        and _share(ctx, subject)
        and any(f.attribution.start <= verb.start < f.attribution.end for f in found)
    ):
        # "According to the poll, 51 percent of voters said ...", "six in 10 voters say":
        # a share answering a poll is the poll's finding, not a speaker of its own.
        return None
    if subject is not None and _split_answers(ctx, verb, subject):
        # "Supporters of Reyes say by 55%-41% that ...": a group's answers split in
        # shares are a poll's result, not the group speaking.
        return None
    if subject is not None and subject.lower in RELATIVE_WORDS and verb.dep == "relcl":
        subject = ctx.tree.head(verb)
        if lemma in WEAK_VERBS | EVIDENCE_VERBS | STANDING_VERBS and not _can_speak(ctx, subject):
            # "..., which explains why ...": the antecedent is a fact, not a source.
            return None
        if lemma in _TALLYING and (subject.ent in _PLACES or subject.lemma.lower() in _PLACE_NOUNS):
            # "a city that has recorded 400 homicides": what the place has seen, not a
            # report of anyone's.
            return None
    listener = listener_of(ctx, verb, kids)
    described: Token | None = None
    stretch = None
    if subject is not None and not (
        # "..., Reyes believes." reports the clause before; "After ..., Reyes called for
        # calm" does not: a thought holds what follows it when anything does.
        lemma in STANDING_VERBS and any(k.i > verb.i and k.pos != "PUNCT" for k in kids)
    ):
        stretch = _post_posed(ctx, verb, kids, subject)
    is_post_posed = stretch is not None
    content = _verb_content(ctx, verb, kids, subject, listener, stretch)
    if stretch is None and subject is not None:
        content = _leading_report(ctx, verb, kids, subject) or content
    about = _asked_about(verb, lemma, kids)
    if about is not None and content is not None and content[0] < about.start < content[1]:
        content = (about.start, content[1])  # not "on Thursday" before it
    if subject is not None and subject.i == verb.head:
        content = _clause_after_participle(ctx, verb, kids) or content
    if agent is not None and passive is not None and not impersonal:
        # "The position was confirmed by X": what X confirmed is the passive subject.
        content = clip(ctx, *ctx.tree.span(passive), verb.start)
        described = _described_as(ctx, verb, lemma, kids, agent)
        if described is not None:
            # "Varga, described by Reyes's lawyers as the mother of three, ...": the
            # description is theirs.
            content = clip(ctx, *ctx.tree.span(described), verb.start)
    block = _block_after(ctx, verb) if subject is not None or passive is None else None
    if block is not None:
        content = block
    elif content is not None and not is_post_posed:
        content = _past_colon(ctx, verb, content)
    if content is None and subject is not None and lemma in _TELLING:
        # "'The big issue,' Reyes said, 'is whether ...'": a quotation split by its
        # speaker, which the parser hung the verb of saying in; the quotation before
        # is what was said, and the part after goes on with it (``quotes``).
        content = _quote_before(ctx, min(verb.start, ctx.tree.span(subject)[0]))
    if content is None and subject is not None and lemma in REQUEST_VERBS:
        # "'Who paid the fee?' Tallis pressed.": the question pressed.
        content = _pressed_question(ctx, verb, subject, kids)
    if content is None:
        return None
    content = _without_main_clause(ctx, verb, kids, content)
    content = _within_aside(ctx, verb, content)
    if subject is not None and not is_post_posed:
        content = _with_opening(ctx, verb, kids, subject, content)
    document = _document_before(ctx, verb, subject, found) if subject is not None else None
    if (
        document is None
        and not _reports(ctx, verb, lemma, kids, subject, content)
        and not (
            # A weak verb reports speech after its clause ("..., X noted.", "..., X added.")
            # or in "As X noted, ...".
            lemma in WEAK_VERBS
            and subject is not None
            and (is_post_posed or content == _as_reported(ctx, verb, subject))
        )
        and not (
            # So does a verb of belief: "..., Reyes believes."
            lemma in BELIEF_VERBS
            and is_post_posed
            and subject is not None
            and subject.lower not in _NO_THINKER
            and _can_speak(ctx, subject)
        )
    ):
        # A quotation closed right before its speaker and a verb of asking, urging or
        # any other speech act ("'Is it two? Three?' Brandt asks."), or a weak verb of
        # saying after a quotation that ends its own sentence ("'... A pathetic
        # figure!' he wrote."): the quoted words.
        quoted = (
            _quote_before(ctx, min(verb.start, ctx.tree.span(subject)[0]))
            if subject is not None and lemma in _QUOTING | WEAK_VERBS
            else None
        )
        if quoted is None:
            return None
        content = quoted
    if impersonal:
        # "It was estimated that ...", "it has been revealed that ...": a report with no
        # one reporting names no source. The writer hedges their own statement, which
        # stays the report's (``own``), credited to no one, as with a hedge word alone.
        source = replace(unnamed(), own=True)
        carried = False
    elif subject is not None:
        got = (
            (document, True) if document is not None else speaker(ctx, seen, subject, exclude=verb)
        )
        if got is None:
            return None
        source, carried = got
        said = source.speaker
        if described is not None and said.start is not None and said.end is not None:
            # "by Reyes's lawyers as his partner": the describer's phrase ends before "as".
            cut = ctx.text.rfind(" ", said.start, described.start)
            if said.start < cut < said.end:
                said = replace(said, name=ctx.text[said.start : cut].rstrip(), end=cut)
                source = replace(source, speaker=said)
        if (
            lemma in EVIDENCE_VERBS
            and subject.lower in {"it", "they"}
            and source.head not in DOC_NOUNS | SURVEY_NOUNS
        ):
            # "The figures were revised. They showed ...": what shows is the figures,
            # which no earlier speaker stands for.
            return None
    else:
        inherited = _inherit(ctx, verb, found)
        controller = _controller(ctx, verb) if inherited is None else None
        if inherited is not None:
            source, carried = inherited, False
        elif controller is not None and _says(ctx, verb, kids):
            # Only with a clause, a colon or a quote: "claiming 41 percent of the vote" or
            # "and had confirmed 68 nominees" report nothing.
            if _inside_quote(ctx, controller.start) and not _inside_quote(ctx, verb.start):
                # "'... an absence of action would ...,' adding, '...'": the parser hung
                # the participle in the quotation; who adds is who is quoted.
                holder = _holder(found, controller.start)
                if holder is None:
                    return None
                source, carried = holder.source, False
            else:
                if lemma not in EVIDENCE_VERBS | FINDING_VERBS and _speechless(ctx, controller):
                    # "Reyes's challenge is to find a way ..., while arguing that ...":
                    # a challenge, a plan or a divide argues nothing; who does is not
                    # said there.
                    return None
                got = speaker(ctx, seen, controller, exclude=ctx.tree.head(verb))
                if got is None:
                    return None
                source, carried = got
                quoter = _quoter(ctx, verb)
                if quoter is not None:
                    # "The Gazette quoted Reyes as saying ...": Reyes via the Gazette.
                    quoted_via = joined(source.via, (relay_name(ctx, quoter),))
                    source = replace(source, via=quoted_via)
        else:
            return None
    via = source.via
    if listener is not None:
        via = (name_of(ctx, listener),)
    for kid in kids:
        # "..., as reported by X": X passed the words on.
        if kid.dep == "advcl" and kid.lemma.lower() in CONTACT_VERBS:
            via = joined(via, agents(ctx, kid))
    relay_at = -1
    relay = according_after(ctx, verb, subject) if is_post_posed else None
    relayed = to_object(ctx, relay) if relay is not None else None
    if relay is not None and relayed is not None:
        # "..., the service said, according to X": X reports that the service said it.
        relay_at = relay.i
        via = joined(via, (relay_name(ctx, relayed),))
    content = without_aside(ctx, verb, content)
    hedged = impersonal or lemma in HEDGE_VERBS or _hedge_in(ctx, verb, content)
    cue_name = "carried" if carried else ("colon" if colon_after(ctx, verb) else lemma)
    cue_tokens = [verb.start, verb.end]
    if subject is not None and not impersonal:
        cue_tokens += list(ctx.tree.span(subject))
    if listener is not None:
        cue_tokens.append(ctx.tree.span(listener)[1])
    if via != source.via:
        source = replace(source, via=via)
    return Found(
        attribution=source.credit(content, cue=cue_name, hedged=hedged),
        source=source,
        # Never before the verb's line: a title or time line the parser ran into the
        # subject ("2:14 p.m." over "Reyes says ...") names no part of the cue.
        cue_start=max(min(cue_tokens), paragraph(ctx.text, verb.start)),
        cue_end=max(cue_tokens),
        verb=True,
        verb_at=verb.i,
        relay_at=relay_at,
    )


def _with_opening(
    ctx: Context, verb: Token, kids: Sequence[Token], subject: Token, content: tuple[int, int]
) -> tuple[int, int]:
    """The content of "With two deaths at the park this weekend, Inspector Tallis said
    police were pushed to their limits": a "with" phrase opening the sentence, set off by
    a comma right before the speaker, gives the grounds the speaker states for the clause
    after the verb, and is part of what was said; so is a description opening it
    ("Described as 6 feet tall, Lyons warned that ..."). Only with a clause after the
    verb."""
    if content[0] < verb.end or not any(k.dep == "ccomp" and k.i > verb.i for k in kids):
        return content
    opening = next(
        (
            k
            for k in kids
            if k.i < verb.i
            and (
                (k.dep == "prep" and k.lower == "with")
                # "Described as 6 feet tall, Lyons warned that ...": the description given
                # is the one the speaker gave.
                or (k.dep == "advcl" and k.tag == "VBN" and k.lemma.lower() == "describe")
            )
        ),
        None,
    )
    if opening is None or _scene(ctx, opening):
        return content
    sentence = ctx.tree.sentence(verb.sent)
    words = [t for t in sentence if t.pos not in {"PUNCT", "SPACE"}]
    if not words or words[0].i != opening.i:
        return content
    last = ctx.tree.subtree(opening)[-1]
    lead = ctx.tree.span(subject)[0]
    if ctx.text[last.end : lead].strip() != ",":
        return content
    return (opening.start, content[1])


def _scene(ctx: Context, opening: Token) -> bool:
    """Whether a "with" phrase sets the scene of the speaking rather than giving grounds:
    something going on as the speaker spoke ("With two TV crews filming, Perez says ...",
    "With 40 people watching, Reyes said ..."), a present participle after the noun."""
    if opening.lower != "with":
        return False
    for k in ctx.tree.children(opening):
        if k.dep == "pcomp" and k.tag == "VBG":
            return True
        if k.dep == "pobj" and any(
            c.dep == "acl" and c.tag == "VBG" and c.i > k.i for c in ctx.tree.children(k)
        ):
            return True
    return False


def _without_main_clause(
    ctx: Context, verb: Token, kids: Sequence[Token], content: tuple[int, int]
) -> tuple[int, int]:
    """The content of a verb in a clause that a subordinator opens ("As Reyes's campaign
    sought to quash the doubts, his rivals seized on the news"), when the parser made that
    verb the sentence's root and so hung the main clause inside its complement: a clause
    opened by "as", "while" or "when" is never the whole sentence, and the main clause
    after its last comma is the reporter's. Not "As Reyes said, ...", whose content is
    that main clause itself."""
    if verb.dep != "ROOT" or not any(
        k.dep == "mark" and k.lower in _SUBORDINATORS and k.i < verb.i for k in kids
    ):
        return content
    start, end = content
    if start < verb.end or "," in ctx.text[verb.end : start]:
        return content
    words = [t for t in ctx.tree.sentence(verb.sent) if start <= t.start and t.end <= end]
    for at in range(len(words) - 1, 0, -1):
        if words[at].text != ",":
            continue
        rest = words[at + 1 :]
        if any(t.tag in _CLAUSE_VERB_TAGS for t in rest) and not any(
            t.dep == "mark" or t.lower in RELATIVE_WORDS for t in rest[:1]
        ):
            kept = [t for t in words[:at] if t.pos not in {"PUNCT", "SPACE"}]
            return (kept[0].start, kept[-1].end) if kept else content
    return content


def _within_aside(ctx: Context, verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """The content of a verb inside an aside set off by dashes ("on Wednesday - the day
    Reyes's autopsy showed he had been shot seven times - part of the crowd ..."): what
    the aside reports ends at its closing dash, and the sentence after it is the
    reporter's own, however the parser hung it on the verb."""
    start, end = content
    if start < verb.end:
        return content
    sentence = ctx.tree.sentence(verb.sent)
    # An odd number of dashes before the verb: an aside is open ("The mayor - who came
    # on Tuesday - said ..." has closed its aside before the verb).
    if sum(1 for t in sentence if t.i < verb.i and _aside_dash(ctx, t)) % 2 == 0:
        return content
    close = next((t for t in sentence if start <= t.start < end and _aside_dash(ctx, t)), None)
    if close is None:
        return content
    kept = [t for t in sentence if start <= t.start and t.end <= close.start]
    kept = [t for t in kept if t.pos not in {"PUNCT", "SPACE"}]
    return (start, kept[-1].end) if kept else content


def _aside_dash(ctx: Context, tok: Token) -> bool:
    """A dash that sets off an aside. Not a hyphen, even with spaces around it: text split
    into words for a corpus spaces every hyphen ("a magnitude - 6. 1 quake", "well -
    practiced")."""
    return tok.text in {"—", "–", "--"}


# Subordinators of a clause that cannot stand as the sentence's main clause.
_SUBORDINATORS = frozenset(
    {"as", "while", "when", "whenever", "after", "because", "although", "though", "whereas"}
)
# Tags of the verb of a main clause (a past participle the tagger read for a past).
_CLAUSE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})


def _split_answers(ctx: Context, verb: Token, subject: Token) -> bool:
    """Whether a plural group of people says something by a split of shares ("Voters
    say by 55%-41% that ...", "... they should, 76%-21%", "officers favored Reyes 46
    percent to 32 percent")."""
    if subject.tag != "NNS" or subject.pos != "NOUN" or verb.lemma.lower() not in _SPLIT_VERBS:
        return False
    sentence = ctx.tree.sentence(verb.sent)
    return bool(_SPLIT.search(ctx.text, sentence[0].start, sentence[-1].end))


# A split of shares: "55%-41%", "55 percent to 41 percent".
_SPLIT = re.compile(r"\b\d+(?:\.\d+)?%\s*[-–]\s*\d+(?:\.\d+)?%|\b\d+ percent to \d+ percent")
# Verbs of keeping a tally, which say what a place has seen when a place keeps it.
_TALLYING = frozenset({"record", "register", "count", "log"})
# Results that a player, a coach or a team achieves rather than counts: "Brandt recorded
# a mark of 182-158", "the Hawks registered their first win".
_RESULT_NOUNS = frozenset(
    {"mark", "record", "win", "victory", "loss", "defeat", "shutout", "best", "double-double"}
)
# Verdicts: "found Reyes guilty of two counts", "found the firm liable".
_VERDICT_WORDS = frozenset({"guilty", "innocent", "liable", "responsible", "competent", "insane"})


def _foretold(ctx: Context, verb: Token, kids: Sequence[Token]) -> bool:
    """Whether the writer foretells what someone will argue ("But Reyes will argue that
    his film was better received, with an 85 percent rating"): a case the writer expects
    the person to make, in the writer's words, not anything said yet. Only a weak verb of
    arguing with "will" or "might", outside a quotation's words."""
    return (
        verb.lemma.lower() in _ARGUING
        and any(
            k.dep == "aux" and k.tag == "MD" and k.lower in {"will", "might", "may", "'ll"}
            for k in kids
        )
        and not _inside_quote(ctx, verb.start)
    )


# Verbs of making a case.
_ARGUING = frozenset({"argue", "contend", "insist"})


def _verdict(ctx: Context, verb: Token, lemma: str, kids: Sequence[Token]) -> bool:
    """Whether "find" gives a verdict ("the judge found Reyes guilty of two counts of
    murder"): a court's ruling on someone, told by the reporter, not a statement whose
    counts the judge speaks for; the charges are the case's, not the judge's words."""
    return lemma == "find" and any(
        k.i > verb.i
        and (
            k.lower in _VERDICT_WORDS
            or any(c.lower in _VERDICT_WORDS for c in ctx.tree.children(k) if c.i > k.i)
        )
        for k in kids
    )


# Heads of a small clause after "find": someone found in a posture or a hiding place
# ("found him hiding", "found them sheltering"). The dead or the living found ("police
# found two women dead") are a finding the finders report, a toll.
_SMALL_CLAUSE_TAGS = frozenset({"VBG", "VBN", "JJ"})
_FOUND_STATES = frozenset(
    """hide cower crouch lie sleep sit stand hang slump wander barricade shelter
    huddle""".split()  # noqa: SIM905
)


def _discovered(ctx: Context, lemma: str, kids: Sequence[Token]) -> bool:
    """Whether "find" tells where or how someone was found ("deputies found him hiding in a
    bathtub three hours later", "rescuers found her lying under a ledge"): a small clause
    of a posture with no finite verb is what the finders came upon, told by the reporter,
    no finding they report ("the inquiry found that 14 inspectors had missed it" still
    reports)."""
    return lemma == "find" and any(
        k.dep in {"ccomp", "xcomp", "oprd"}
        and k.tag in _SMALL_CLAUSE_TAGS
        and k.lemma.lower() in _FOUND_STATES
        and not any(c.dep in {"aux", "auxpass", "mark"} for c in ctx.tree.children(k))
        for k in kids
    )


_REFLEXIVES = frozenset(
    {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves"}
    | {"themselves", "themself"}
)


def _found_oneself(ctx: Context, lemma: str, kids: Sequence[Token]) -> bool:
    """Whether "find" is "find oneself" ("Tallis now finds himself leading the Foxes
    (9-5)", "the club found itself $2 million short"): where someone ended up, told by
    the reporter, no finding anyone reports."""
    if lemma != "find":
        return False
    return any(
        k.lower in _REFLEXIVES
        or (
            k.dep in {"ccomp", "xcomp", "oprd"}
            and any(
                c.dep in {"nsubj", "nsubjpass"} and c.lower in _REFLEXIVES
                for c in ctx.tree.children(k)
            )
        )
        for k in kids
    )


def _achieved(lemma: str, kids: Sequence[Token]) -> bool:
    """Whether a verb of keeping a tally has a result for its object ("Brandt recorded a
    mark of 182-158 in five seasons"): a record set, not a count anyone reports."""
    return lemma in _TALLYING and any(
        k.dep == "dobj" and k.lemma.lower() in _RESULT_NOUNS for k in kids
    )


_PLACES = frozenset({"GPE", "LOC", "FAC"})
_PLACE_NOUNS = frozenset(
    {"city", "town", "village", "county", "state", "country", "nation", "region", "district"}
)
# Verbs that keep the words they govern unsaid: "refused to say", "declined to confirm".
_WITHHOLDING = frozenset({"refuse", "decline"})
# Verbs of intention whose object is what their subject means to get or give: "Reyes
# seeks $1 trillion in new revenue", "Reyes promised a new port", "Reyes plans a $10
# million ad buy" state the subject's aim as surely as "Reyes promised to build ...".
_INTENDING = frozenset({"seek", "promise", "pledge", "vow", "offer", "plan"})
# Determiners and pronouns of a subject that says nothing: "neither side would say".
_NO_ONE = frozenset({"neither", "no", "none", "nobody", "nor"})


def _block_after(ctx: Context, verb: Token) -> tuple[int, int] | None:
    """What a line ending in the verb and a colon introduces ("X reported:", "X argued
    that:", "as the website notes:"): the block of text set below it, up to the next
    blank line (or, in a text without blank lines, the next line)."""
    if not colon_after(ctx, verb):
        return None
    return _line_block(ctx, ctx.text.find(":", verb.end))


# Verbs of saying and showing, whose reported clause a colon may spell out.
_SAID_VERBS = _TELLING | EVIDENCE_VERBS


def _past_colon(ctx: Context, verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """The content of "X said the plan had one flaw: it would cost $40 million": what a
    colon right after the reported clause opens spells that clause out and is X's too,
    to the end of the sentence (the parser makes it the main clause, with "X said ..."
    hung on it; what a survey shows, the parser may also keep as the main clause). Only
    for a verb of saying or showing, and not when the words after the colon have a
    speaker of their own."""
    root = ctx.tree.head(verb)
    survey = _survey_shows(ctx, verb)
    if survey and verb.dep == "ROOT":
        limit = ctx.tree.sentence(verb.sent)[-1].end
    elif verb.dep != "ccomp" or root.dep != "ROOT" or root.i <= verb.i:
        return content
    else:
        limit = root.start
    if verb.lemma.lower() not in _SAID_VERBS:
        # A position ("offers a perk: ...", "agree: ...") is no statement to spell out.
        return content
    rest = ctx.text[content[1] : limit]
    if not rest.strip(" \"”’'").startswith(":"):
        return content
    colon = content[1] + rest.index(":")
    sentence = ctx.tree.sentence(verb.sent)
    after = [t for t in sentence if t.start > colon and t.pos not in {"PUNCT", "SPACE"}]
    # What a survey shows, spelled out after the colon, may be what a share of those asked
    # said ("a poll shows how hard it will be: six in 10 voters say ..."): the survey's.
    if not after or any(
        t.lemma.lower() in _SAID_VERBS
        and any(k.dep == "nsubj" and not (survey and _share(ctx, k)) for k in ctx.tree.children(t))
        for t in after
    ):
        return content
    extended = clip(ctx, content[0], after[-1].end, verb.start)
    return extended if extended is not None else content


def _survey_shows(ctx: Context, verb: Token) -> bool:
    """Whether the verb is a survey showing or finding something ("a Gazette poll shows
    how hard ...")."""
    return verb.lemma.lower() in EVIDENCE_VERBS and any(
        k.dep == "nsubj" and k.lemma.lower() in SURVEY_NOUNS for k in ctx.tree.children(verb)
    )


def _share(ctx: Context, subject: Token) -> bool:
    """Whether a subject is a share of a group: "51 percent (of voters)", "a majority",
    or a count out of a number ("six in 10 voters", "one in five")."""
    if subject.lemma.lower() in _SHARES:
        return True
    numbers = [k for k in ctx.tree.children(subject) if k.dep == "nummod"]
    if subject.pos == "NUM":
        numbers.append(subject)
    return any(
        k.dep == "quantmod" and k.lower == "in" for n in numbers for k in ctx.tree.children(n)
    )


def _line_block(ctx: Context, colon: int) -> tuple[int, int] | None:
    """The block of text set below a line that ends at ``colon``, if the line ends there."""
    line_end = ctx.text.find("\n", colon)
    if line_end < 0 or ctx.text[colon + 1 : line_end].strip():
        return None
    start = line_end
    while start < len(ctx.text) and ctx.text[start].isspace():
        start += 1
    end = ctx.text.find("\n\n", start)
    if end < 0 or end - start > _BLOCK_MAX:
        end = ctx.text.find("\n", start)
    if end < 0:
        end = len(ctx.text)
    start, end = strip(ctx.text, start, end)
    return (start, end) if start < end else None


# The longest block a colon is read to introduce, in characters.
_BLOCK_MAX = 2000


def _withheld(ctx: Context, verb: Token, subject: Token | None) -> bool:
    """Whether the verb says that something went unsaid: "X refused to say ...", "X would
    not comment", "neither side would say", "no one confirmed"."""
    if subject is not None and (
        subject.lower in _NO_ONE
        or any(k.dep == "det" and k.lower in _NO_ONE for k in ctx.tree.children(subject))
    ):
        return True
    if verb.dep != "xcomp":
        return False
    head = ctx.tree.head(verb)
    return head.lemma.lower() in _WITHHOLDING or any(
        k.dep == "neg" for k in ctx.tree.children(head)
    )


def _inside_quote(ctx: Context, at: int) -> bool:
    return any(inner <= at < end for _, inner, end, _ in ctx.quotes)


def _outside_quote(ctx: Context, verb: Token, subject: Token) -> Token | None:
    """The speaker of a verb whose parsed subject lies in the quotation it reports
    ('"Good question," Reyes said', with "question" as subject and "Reyes" hung on it):
    the name set beside the quotation, outside it; None when there is none."""
    if _inside_quote(ctx, verb.start):
        return subject
    return next(
        (
            t
            for t in ctx.tree.subtree(subject)
            if t.i < verb.i
            and t.pos in {"PROPN", "NOUN", "PRON"}
            and not _inside_quote(ctx, t.start)
            and _inside_quote(ctx, ctx.tree.head(t).start)
        ),
        None,
    )


def _stray_subject(ctx: Context, verb: Token) -> Token | None:
    """The speaker of a finite verb the parser left without a subject: the name or noun
    right before it, past an age or a title set off by commas ("As part of his plea,
    Paulo Reyes, 58, said that ...", parsed as an apposition to "plea")."""
    if verb.tag not in {"VBD", "VBZ", "VBP"}:
        return None
    k = verb.i - 1
    sentence_start = ctx.tree.sentence(verb.sent)[0].i
    while k >= sentence_start and ctx.tree[k].pos in {"PUNCT", "ADV"}:
        k -= 1
    if k < sentence_start:
        return None
    tok = ctx.tree[k]
    # Past an apposition ("Paulo Reyes, 58,") to the noun it belongs to.
    while tok.dep == "appos" and tok.pos == "NUM" and tok.head < tok.i:
        tok = ctx.tree.head(tok)
    if tok.pos not in {"PROPN", "NOUN"} or ctx.tree.subtree(tok)[-1].i >= verb.i:
        return None
    if any(t.i >= verb.i for t in ctx.tree.subtree(tok)):
        return None
    if tok.ent in {"DATE", "TIME"} or (tok.head == verb.i and tok.dep == "npadvmod"):
        # "..., last week said ...": when it was said, not who said it.
        return None
    described = _described_speaker(ctx, verb)
    if described is not None:
        return described
    if any(tok.i in {t.i for t in ctx.tree.subtree(c)} for c in _clauses_before(ctx, verb)):
        # A word of a clause the verb governs is no speaker ("X, who spoke to discuss the
        # meeting, said ...", parsed with "spoke" as the verb's clause), unless it ends a
        # name set off by commas that the parser hung on that clause ("... in storage,
        # Ada Brandt, the director of records, wrote"): the name is.
        named = [
            a
            for a in ctx.tree.ancestors(tok)
            if a.dep == "appos" and a.pos == "PROPN" and ctx.tree.subtree(a)[-1].i == tok.i
        ]
        if tok.dep == "appos" and tok.pos == "PROPN":
            named.insert(0, tok)
        return named[-1] if named else None
    relative = next((a for a in ctx.tree.ancestors(tok) if a.dep == "relcl"), None)
    if relative is not None and ctx.tree.head(relative).pos in {"NOUN", "PROPN"}:
        # "an official who spoke anonymously to discuss strategy said ...": the relative
        # clause ending before the verb describes its speaker; its own words are no one.
        return ctx.tree.head(relative)
    return tok


def _described_speaker(ctx: Context, verb: Token) -> Token | None:
    """The speaker of a verb of saying whose subject and the relative clause describing
    it the parser read as one clause the verb governs ("Reyes, meanwhile, who has no
    such endorsements, said that ...", with both "Reyes" and "who" taken as subjects of
    "has"): the name or noun before "who", not a word of the description."""
    for clause in _clauses_before(ctx, verb):
        subjects = [k for k in ctx.tree.children(clause) if k.dep == "nsubj"]
        who = next((k for k in subjects if k.lower in {"who", "which"}), None)
        if who is None:
            continue
        named = [k for k in subjects if k.i < who.i and k.pos in {"PROPN", "NOUN"}]
        if named and "," in ctx.text[ctx.tree.span(named[0])[1] : who.start]:
            return named[0]
    return None


def _before_aside(ctx: Context, verb: Token) -> Token | None:
    """The speaker named right before an aside set off by brackets or dashes that ends
    right before a verb of saying the parser left without a subject ("Ada Brandt (a
    Lakeside Democrat) says ...", "Reyes - who had said the port would close - said on
    Monday that ..."): the name the aside describes, never a word inside the aside."""
    before = ctx.text[: verb.start].rstrip()
    if before.endswith(")"):
        opener = before.rfind("(")
    else:
        dash = next((d for d in ("--", "—", "–", " -") if before.endswith(d)), None)
        if dash is None:
            return None
        mark = dash.strip()
        opener = before.rfind(" " + mark + " ", 0, len(before) - len(mark))
        opener = opener + 1 if opener >= 0 else -1
    para = paragraph(ctx.text, verb.start)
    if opener <= para or "\n" in ctx.text[opener : verb.start]:
        return None
    words = [t for t in ctx.tree.at(para, opener) if t.pos not in {"PUNCT", "SPACE"}]
    if not words or words[-1].pos not in {"PROPN", "NOUN"}:
        return None
    tok = words[-1]
    # Up from the last word of a role or a second name set beside the speaker ("Ada
    # Brandt, director of the Lakeside Alliance, or LA - ... - said") to the speaker.
    while tok.dep in {"appos", "conj", "pobj", "prep"} and ctx.tree.head(tok).i < tok.i:
        head = ctx.tree.head(tok)
        if head.pos not in {"PROPN", "NOUN", "ADP"}:
            break
        tok = head
    return tok if tok.pos in {"PROPN", "NOUN"} else None


def _inserted_speaker(ctx: Context, verb: Token) -> Token | None:
    """The whole phrase of a speaker set off by commas right before a verb of saying that
    lacks a subject ("..., Ada Brandt, a spokeswoman for Reyes, said"): from its last
    word up to the head of the phrase, which ends right before the verb; never the name
    inside its role ("Reyes")."""
    tok = _stray_subject(ctx, verb)
    while tok is not None:
        head = ctx.tree.head(tok)
        if (
            head.i == tok.i
            or head.pos not in {"NOUN", "PROPN", "ADP"}
            or ctx.tree.subtree(head)[-1].i >= verb.i
        ):
            break
        tok = head
    return tok if tok is not None and tok.pos in {"NOUN", "PROPN"} else None


def _misread_participle(ctx: Context, verb: Token, kids: Sequence[Token]) -> Token | None:
    """The subject of a finite verb the parser read as a participle describing it ("A
    Gazette poll found last week that ...", parsed as "a poll [which was] found"): the
    noun it hangs on, when that noun heads the sentence and the verb has a "that" clause,
    which no participle describing a thing takes."""
    if verb.dep != "acl" or verb.tag not in {"VBD", "VBN"}:
        return None
    head = ctx.tree.head(verb)
    if head.pos not in {"NOUN", "PROPN"} or not _can_speak(ctx, head):
        return None
    if _speaker_after_quotation(ctx, verb, head, kids):
        return head
    if _clause_after_participle(ctx, verb, kids) is not None:
        return head
    if head.dep != "ROOT":
        return None
    clause = any(
        k.dep == "ccomp"
        and any(m.dep == "mark" and m.lower == "that" for m in ctx.tree.children(k))
        for k in kids
    )
    return head if clause else None


def _clause_after_participle(
    ctx: Context, verb: Token, kids: Sequence[Token]
) -> tuple[int, int] | None:
    """The clause a finite verb of saying reports when the parser read the verb as a
    participle describing its subject and the clause after it as the sentence's main one
    ("Several outlets reported on Wednesday the agency held two meetings", parsed as
    "outlets [that were] reported ... held"): the noun the verb describes is a subject
    of the main verb, which has a second subject of its own right after the verb's
    adjuncts; no verb has two subjects. From that second subject to the clause's end."""
    if verb.dep != "acl" or verb.tag not in {"VBD", "VBN"}:
        return None
    if verb.lemma.lower() not in REPORTING_VERBS:
        return None
    noun = ctx.tree.head(verb)
    if noun.dep != "nsubj" or noun.i > verb.i:
        return None
    main = ctx.tree.head(noun)
    if main.pos not in {"VERB", "AUX"} or main.i < verb.i:
        return None
    if any(k.dep not in {"prep", "npadvmod", "advmod"} for k in kids if k.i > verb.i):
        return None
    end = ctx.tree.subtree(verb)[-1].i
    second = next((k for k in ctx.tree.children(main) if k.dep == "nsubj" and k.i > end), None)
    if second is None:
        return None
    # Only a colon or an opening quotation mark may stand between ("... tweeted in
    # response: “The port lost ...”").
    between = ctx.tree.tokens[end + 1 : ctx.tree.subtree(second)[0].i]
    if any(t.pos != "PUNCT" or t.text not in _LEADING_MARKS for t in between):
        return None
    span = ctx.tree.subtree(main)
    last = span[-1] if span[-1].pos != "PUNCT" else ctx.tree[span[-1].i - 1]
    return ctx.tree.subtree(second)[0].start, last.end


# The marks that may stand between a verb of saying and the clause it reports.
_LEADING_MARKS = frozenset({":", '"', "“", "‘", "''", "``"})

# The marks that close a quotation.
_CLOSING_QUOTES = ('"', "”", "''", "’")


def _speaker_after_quotation(ctx: Context, verb: Token, head: Token, kids: Sequence[Token]) -> bool:
    """Whether a verb of saying the parser read as a participle describing a name is
    that name's own verb after a quotation ("'...,' Ada Brandt, the port's analyst,
    tweeted on Wednesday.", parsed as "Brandt [who was] tweeted"): the name opens its
    phrase right after the quotation's closing comma, the verb follows a comma that
    closes the name's description and ends the sentence with adjuncts only ("on
    Wednesday"), with nothing said or done to it ("..., the figures, reported by the
    agency" has an agent)."""
    if verb.lemma.lower() not in _TELLING or _inside_quote(ctx, head.start):
        return False
    if not ctx.text[: verb.start].rstrip().endswith(","):
        return False
    if any(k.i > verb.i and k.dep not in {"prep", "npadvmod", "advmod", "punct"} for k in kids):
        return False
    sentence = ctx.tree.sentence(verb.sent)
    last = ctx.tree.subtree(verb)[-1].i
    if last < sentence[-1].i and not (last + 1 == sentence[-1].i and sentence[-1].pos == "PUNCT"):
        return False
    phrase = [t for t in ctx.tree.subtree(head) if t.i < verb.i]
    while phrase and phrase[0].pos == "PUNCT":
        phrase = phrase[1:]  # the closing quote mark the parser hung on the name
    if not phrase or phrase[0].i <= sentence[0].i:
        return False
    before = ctx.text[: phrase[0].start].rstrip()
    if not before.endswith(_CLOSING_QUOTES):
        return False
    inside = before.rstrip("\"”'’").rstrip()
    return inside.endswith((",", "?", "!"))


def _inverted_subject(ctx: Context, verb: Token) -> Token | None:
    """The speaker named right after a verb that follows what it reports ("'...,' said
    Ada Brandt, who ran the port, ...", "..., said the ministry"), when the parser made
    the name the subject of a later clause: the noun phrase starting right after the
    verb and set off by a comma, whose head is a subject further on ("..., said the
    mayor was right" has no such speaker), or the verb's object when it ends the
    sentence ("'...,' added a Lakeside Democrat.")."""
    if verb.tag not in {"VBD", "VBZ", "VBP"} or verb.i == 0 or verb.i + 1 >= len(ctx.tree):
        return None
    before = ctx.text[: verb.start].rstrip()
    if not before.endswith((",", "”", '"', "''", "’")):
        return None
    sentence_end = ctx.tree.sentence(verb.sent)[-1].i
    if _mistagged_name(ctx, verb.i + 1, sentence_end):
        return ctx.tree[verb.i + 1]
    for tok in ctx.tree.tokens[verb.i + 1 : min(verb.i + 8, sentence_end + 1)]:
        if tok.pos not in {"PROPN", "NOUN", "DET", "ADJ", "PUNCT"}:
            return None
        if tok.dep == "dobj" and tok.head == verb.i and tok.pos in {"PROPN", "NOUN"}:
            # "'...,' added a Lakeside Democrat.": the parser took the speaker that ends
            # the sentence for the verb's object.
            span = ctx.tree.subtree(tok)
            ends = span[-1].i + 1 >= sentence_end and ctx.tree[sentence_end].pos == "PUNCT"
            return tok if span[0].i == verb.i + 1 and ends else None
        if tok.dep in {"nsubj", "nsubjpass"} and tok.pos in {"PROPN", "NOUN"}:
            first = ctx.tree.subtree(tok)[0]
            comma = tok.i + 1 < len(ctx.tree) and ctx.tree[tok.i + 1].text == ","
            return tok if first.i == verb.i + 1 and tok.head > tok.i and comma else None
    return None


def _after_inversion(ctx: Context, verb: Token, subjects: Sequence[Token]) -> list[Token]:
    """The subjects with the speaker first when the verb follows what it reports after a
    comma and names its speaker right after it ("The promise appeals to voters who want
    ..., said Ada Brandt, a historian"): the parser hung the reported clause's subject
    ("promise") on the verb as a second subject, but in "..., said X" the one who says
    is the X that follows the verb, and the clause before is what X said."""
    if not ctx.text[: verb.start].rstrip().endswith((",", "”", '"', "''", "’")):
        return list(subjects)
    after = [k for k in subjects if ctx.tree.subtree(k)[0].i == verb.i + 1]
    before = [k for k in subjects if ctx.tree.subtree(k)[-1].i < verb.i]
    if not after or not before:
        return list(subjects)
    return [after[0], *(k for k in subjects if k.i != after[0].i)]


def _beside_verb(ctx: Context, verb: Token, subjects: Sequence[Token]) -> list[Token]:
    """The subjects with the speaker first when the speaker and verb close the sentence
    after a comma ("Or maybe Reyes, Ada Brandt says."): the parser hung the words before
    the comma on the verb as a second subject, but the one who says is the subject right
    before the verb, and the words before the comma are what is said."""
    last = max(subjects, key=lambda k: k.i)
    span = ctx.tree.subtree(last)
    if span[-1].i != verb.i - 1 or last.i > verb.i:
        return list(subjects)
    before = [k for k in subjects if k.i != last.i]
    for k in before:
        words = [t for t in ctx.tree.subtree(k) if t.pos != "PUNCT"]
        if not words or words[-1].i >= span[0].i:
            return list(subjects)
        if "," not in ctx.text[words[-1].end : span[0].start]:
            return list(subjects)
    return [last, *before]


def _mistagged_name(ctx: Context, at: int, sentence_end: int) -> bool:
    """Whether the word at ``at``, right after "'...,' said", is a surname the document
    names elsewhere that the parser took for an adverb ("'...,' said Reyes, adding
    ..."): a capitalised word alone before a comma or the sentence's end."""
    if at >= sentence_end:
        return False
    tok, after = ctx.tree[at], ctx.tree[at + 1]
    if tok.pos in {"PROPN", "NOUN", "PRON", "DET"} or not tok.text[:1].isupper():
        return False
    if tok.ent in {"DATE", "TIME"} or after.text not in {",", "."}:
        return False
    return any(tok.text in name.entity.name.split() and name.end <= tok.start for name in ctx.names)


def _clauses_before(ctx: Context, verb: Token) -> list[Token]:
    return [k for k in ctx.tree.children(verb) if k.dep in {"ccomp", "parataxis"} and k.i < verb.i]


def _shared_subject(ctx: Context, verb: Token) -> Token | None:
    """The subject a verb shares with the verb it is coordinated with ("she has promised
    to push harder ..., opposed his trade deal and outstripped his plans"; "Schlafly
    defended his mother and refused to repudiate ..."): coordinated predicates have one
    subject, which the parser hangs on the first. A passive verb shares none: "Varga tore
    a ligament and is expected to be out eight months" is someone else's expectation of
    Varga, who is its subject matter, not its holder."""
    if any(k.dep == "auxpass" for k in ctx.tree.children(verb)):
        return None
    first = verb
    while first.dep == "conj" and first.pos in {"VERB", "AUX"}:
        head = ctx.tree.head(first)
        if head.i == first.i or head.pos not in {"VERB", "AUX"}:
            break
        first = head
    if first.i == verb.i:
        return None
    return next(
        (k for k in ctx.tree.children(first) if k.dep == "nsubj" and k.lower not in RELATIVE_WORDS),
        None,
    )


def _leading_report(
    ctx: Context, verb: Token, kids: Sequence[Token], subject: Token
) -> tuple[int, int] | None:
    """What a speaker and verb of saying that open the sentence, set off by a comma,
    report: "He claimed at one point, a supporter asked 40 people to clap", which the
    parser reads as "..., he claimed" hung on the clause after it. Only with nothing
    said after the verb but when and how (no object, no clause of its own)."""
    if verb.dep != "ccomp" or verb.lemma.lower() not in _TELLING:
        return None
    head = ctx.tree.head(verb)
    if head.i < verb.i or head.dep != "ROOT" or subject.i > verb.i:
        return None
    if any(k.i > verb.i and k.dep not in POST_ADJUNCTS - {"advcl", "cc"} for k in kids):
        return None
    own = ctx.tree.subtree(verb)
    sentence = ctx.tree.sentence(verb.sent)
    words = [t for t in sentence if t.pos not in {"PUNCT", "SPACE"}]
    if not words or own[0].i != words[0].i or _inside_quote(ctx, verb.start):
        return None
    after = own[-1].i + 1
    if after >= len(ctx.tree) or ctx.tree[after].text != ",":
        return None
    if not any(k.dep == "nsubj" and k.i > after for k in ctx.tree.children(head)):
        return None
    return clip(ctx, ctx.tree[after].end, words[-1].end, verb.start)


def _contracted_has(ctx: Context, verb: Token, kids: Sequence[Token], passive: Token) -> bool:
    """Whether a participle the parser read as passive after a contracted "'s" is "has"
    with it: "Varga, who's called for 20,000 troops", "she's argued that ..." are what
    Varga and she have said. Only with "'s" right between the subject and the
    participle, what the verb says after it (a "for" phrase, a clause), no one else
    doing it ("by ..."), no infinitive ("he's said to be"), and a subject that can speak
    ("it's said that ..." stays impersonal)."""
    if passive.lower in {"it", "this", "that", "there"}:
        return False
    if not any(
        k.dep == "auxpass" and k.lower in {"'s", "’s"} and k.i == passive.i + 1 == verb.i - 1
        for k in kids
    ):
        return False  # "It's been reported" is a passive whatever the "'s" stands for
    if any(k.dep in {"agent", "xcomp", "oprd", "attr", "dobj"} for k in kids):
        return False
    after = ctx.tree[verb.i + 1] if verb.i + 1 < len(ctx.tree) else None
    return (after is not None and after.lower in {"for", "that"}) or any(
        k.i > verb.i and k.dep == "ccomp" for k in kids
    )


def _subjects(ctx: Context, verb: Token, kids: Sequence[Token]) -> list[Token]:
    """The verb's subjects, never taken across a line break.

    A title line the parser ran into the next paragraph ("Statement on the fire" over
    "The union counts ...") may hang as a second subject, or hold the real subject in
    its subtree: the subject is the phrase in the verb's own paragraph.
    """
    para = paragraph(ctx.text, verb.start)
    out: list[Token] = []
    for kid in kids:
        if kid.dep not in {"nsubj", "csubj"}:
            continue
        if paragraph(ctx.text, kid.start) == para:
            out.append(kid)
            continue
        inside = [
            t
            for t in ctx.tree.subtree(kid)
            if paragraph(ctx.text, t.start) == para and t.pos not in {"PUNCT", "SPACE"}
        ]
        ids = {t.i for t in inside}
        roots = [t for t in inside if t.head not in ids and t.pos in {"NOUN", "PROPN", "PRON"}]
        out.extend(roots[:1])
    return out


def _reports(
    ctx: Context,
    verb: Token,
    lemma: str,
    kids: Sequence[Token],
    subject: Token | None,
    content: tuple[int, int],
) -> bool:
    """Whether this use of the verb reports what someone says (see the cue table)."""
    clause = any(k.dep in {"ccomp", "parataxis"} for k in kids)
    if lemma in REPORTING_VERBS:
        return True
    if _asked_about(verb, lemma, kids) is not None:
        return True
    if _told_between(ctx, verb):
        # "Brandt, an aide said, will ask for ...": what the aide says Brandt will do.
        return False
    if lemma in VALUING_VERBS:
        return _valued(ctx, verb, kids) or (
            _puts_it(verb, kids)
            and subject is not None
            and (_says(ctx, verb, kids) or content == _as_reported(ctx, verb, subject))
        )
    agent = next((k for k in kids if k.dep == "agent"), None)
    if agent is not None and _described_as(ctx, verb, lemma, kids, agent) is not None:
        return True
    if lemma in STANDING_VERBS and _asked_for(ctx, kids) is None:
        # "X pledged to build ..." is a position; "X pledged $5 million" an amount asked.
        return _stands(ctx, verb, lemma, kids, subject)
    if lemma in APPEAL_VERBS or lemma in STANCE_VERBS:
        return subject is not None and not any(
            k.dep == "nsubjpass" and not _contracted_has(ctx, verb, kids, k) for k in kids
        )
    if lemma in EVIDENCE_VERBS:
        return clause or (
            subject is not None and subject.lemma.lower() in DOC_NOUNS | MEASURE_NOUNS
        )
    if lemma in STANDING_VERBS:
        return _stands(ctx, verb, lemma, kids, subject)
    if lemma in _ASKING and any(
        k.i > verb.i
        and (
            (k.dep == "prep" and k.lower == "for")
            or (k.dep == "xcomp" and any(a.tag == "TO" for a in ctx.tree.children(k)))
        )
        for k in kids
    ):
        # "X asked the court to block the rules", "X asked for a recount": a request
        # made in words, the asker's position ("..., asking supporters to '...'" with
        # a quote is the asker's words, as before).
        return _stands(ctx, verb, lemma, kids, subject) or _says(ctx, verb, kids)
    if lemma == "cite":
        return _stands(ctx, verb, lemma, kids, subject)
    if (
        lemma == "point"
        and subject is not None
        and _can_speak(ctx, subject)
        and any(k.dep == "prep" and k.lower == "to" and k.i > verb.i for k in kids)
    ):
        # "X pointed to the 40 percent rise": what X cites as evidence (not "pointed
        # the camera at ...").
        return True
    if (
        lemma in _FORECASTING
        and subject is not None
        and _can_speak(ctx, subject)
        and any(k.i > verb.i and _forecast_figure(ctx, k) for k in kids)
    ):
        # "Economists predict two more rate rises next year", "... between two and four
        # more rises": a forecast of a number or a range is the forecaster's figure.
        return True
    if (
        lemma == "notify"
        and subject is not None
        and any(k.dep == "dobj" for k in kids)
        and _notified_of(ctx, verb, kids)
    ):
        # "The league notified Orvel College of nine alleged violations": what the
        # notice says, the notifier's (the one notified is the listener).
        return True
    if lemma in _OWNING_UP and any(
        k.dep == "xcomp" and k.tag == "VBG" and k.i > verb.i for k in kids
    ):
        # "In her statement, Varga admitted killing two coworkers": the act owned up to
        # (or denied) is what the subject says of it, as a clause would be.
        return True
    # Weak verbs: a clause, a colon or a quote right after.
    return _says(ctx, verb, kids)


def _notified_of(ctx: Context, verb: Token, kids: Sequence[Token]) -> bool:
    """Whether "of" gives what a notice said: on the verb, or on the object of a time
    phrase the parser hung it on ("notified Orvel College on Monday of nine ...")."""
    for k in kids:
        if k.dep != "prep" or k.i < verb.i:
            continue
        if k.lower == "of":
            return True
        for obj in ctx.tree.children(k):
            if obj.dep == "pobj" and any(
                c.dep == "prep" and c.lower == "of" for c in ctx.tree.children(obj)
            ):
                return obj.ent in {"DATE", "TIME"} or obj.lemma.lower() in WEEKDAYS
    return False


# Verbs of owning up to an act, or denying it, which report a gerund after them.
_OWNING_UP = frozenset({"admit", "acknowledge", "confess", "deny"})


# Weak verbs of forecasting, which report a counted object as well as a clause.
_FORECASTING = frozenset({"predict", "project", "forecast"})
# Verbs of thought that forecast a number given as their object ("expects 40 ships").
_EXPECTING = frozenset({"expect", "anticipate"})


def _forecast_figure(ctx: Context, kid: Token) -> bool:
    """Whether a verb's dependent is a forecast number: an object counted ("two more
    rises", "a 12 percent rise") or a measure of a counted thing ("a turnout of 4 million
    voters", "growth of 3 percent"), or a range "between" two numbers ("between two and
    four more rises"; not a span of years).
    """
    if kid.dep == "prep" and kid.lower == "between":
        return any(
            t.pos == "NUM" and t.ent not in _WHEN_ENTS
            for o in ctx.tree.children(kid)
            if o.dep == "pobj"
            for t in ctx.tree.subtree(o)
        )
    if kid.dep != "dobj":
        return False
    return _numbered(ctx, kid) or any(
        p.dep == "prep"
        and p.lower == "of"
        and any(o.dep == "pobj" and _numbered(ctx, o) for o in ctx.tree.children(p))
        for p in ctx.tree.children(kid)
    )


def _numbered(ctx: Context, noun: Token) -> bool:
    """A noun counted, or measured by a counted modifier ("a 12 percent rise")."""
    return _counted(ctx, noun) or any(
        k.dep in {"compound", "amod", "nmod"} and k.i < noun.i and _counted(ctx, k)
        for k in ctx.tree.children(noun)
    )


def _counted(ctx: Context, noun: Token) -> bool:
    """Whether a noun is itself a number or counted by one ("40,000 new jobs", "$33.6
    billion"), not only a phrase with a number somewhere inside ("victory in the race
    for 40 seats")."""
    return noun.pos == "NUM" or any(
        k.dep in {"nummod", "quantmod"} for k in ctx.tree.children(noun)
    )


# Entities of when, not how many.
_WHEN_ENTS = frozenset({"DATE", "TIME"})

# Verbs of asking: with an infinitive or "for", what is asked for.
_ASKING = frozenset({"ask"})


def _asked_about(verb: Token, lemma: str, kids: Sequence[Token]) -> Token | None:
    """The "about" of a question its named asker put ("Asked by Brandt on Thursday about
    raising the cap to 40, Reyes said ..."): what the asker asked about is the asker's."""
    if lemma not in _ASKING or verb.tag != "VBN" or not any(k.dep == "agent" for k in kids):
        return None
    return next((k for k in kids if k.dep == "prep" and k.lower == "about" and k.i > verb.i), None)


# Verbs of a speech act that take a quotation closed right before their speaker.
_QUOTING = frozenset(
    {"ask", "urge", "wonder", "joke", "quip", "plead", "exclaim", "shout", "yell", "muse"}
)


# Subjects that name no one a report attributes a thought to: the reader ("you"), the
# writer ("I", "we": inside a quotation the quotation's speaker already holds the
# words), "there" and "it" ("it seems", "it assumes": a plan's design, not a mind).
_NO_THINKER = FIRST_PERSON | {"you", "there", "it"}


# Verbs that give someone's description of a person or thing ("characterized as").
_DESCRIBING = frozenset({"describe", "characterize", "characterise", "portray", "depict"})


def _described_as(
    ctx: Context, verb: Token, lemma: str, kids: Sequence[Token], agent: Token
) -> Token | None:
    """The "as" phrase of a passive verb of describing whose describer "by" names and
    who may speak ("was characterized by Reyes's lawyers as his partner"), or None. Not
    inside a quotation, which stays its speaker's."""
    if lemma not in _DESCRIBING or verb.tag != "VBN":
        return None
    if not any(k.dep == "nsubjpass" for k in kids) and verb.dep not in {"acl", "relcl"}:
        return None
    maker = next((k for k in ctx.tree.children(agent) if k.dep == "pobj"), None)
    if maker is None or not _can_speak(ctx, maker) or _inside_quote(ctx, verb.start):
        return None
    # The parser may hang "as" on the describer ("by Reyes's lawyers as his partner").
    return next(
        (
            k
            for k in [*kids, *ctx.tree.children(maker)]
            if k.dep == "prep" and k.lower == "as" and k.i > maker.i
        ),
        None,
    )


def _stands(
    ctx: Context, verb: Token, lemma: str, kids: Sequence[Token], subject: Token | None
) -> bool:
    """Whether a verb of thought, intention or public position gives its subject's mind.

    "Reyes believes the port will reopen", "Reyes promised to build ...", "Reyes called
    for ...": with an active subject that may speak (a name, a pronoun, a word for people,
    bodies or documents), and after the verb a clause or an infinitive (a belief), or
    also an object or "for"/"on"/"of" (a position). Not inside a quotation or another's
    reported words, which stay that speaker's, nor in a relative clause.
    """
    if subject is None or any(
        k.dep == "expl" or (k.dep == "nsubjpass" and not _contracted_has(ctx, verb, kids, k))
        for k in kids
    ):
        return False
    if any(k.dep == "aux" and k.tag == "MD" for k in kids) or any(
        k.dep == "mark" and k.lower == "for" for k in kids
    ):
        # "Russia will oppose ...", "they might agree", "the hope is for Russia to
        # oppose ...": the writer's forecast or wish, not a position anyone holds.
        return False
    if (
        subject.lower in _NO_THINKER
        or not _can_speak(ctx, subject)
        or (verb.dep == "relcl" and not _aside_about(ctx, verb, subject))
    ):
        # "people who endorsed the plan" says who is meant, not what they stand for;
        # "Reyes, who has vowed to ...", set off by a comma, says what Reyes stands for.
        return False
    if lemma in ATTACK_VERBS and not (_person(ctx, subject) or subject.lemma.lower() in DOC_NOUNS):
        # "Reyes attacked Brandt's plan" takes a position; "rebels attacked the town"
        # fights.
        return False
    if lemma in _WITHHOLDING and any(
        k.dep == "xcomp" and k.lemma.lower() in ALL_VERBS | TOPIC_VERBS for k in kids
    ):
        # "X refused to say how many ...": what went unsaid is no position.
        return False
    if lemma in _VIEWING:
        # "Democrats see Reyes as an agent of the decline": a view of something; not
        # what one saw ("saw the building collapse", "the city saw 40 homicides").
        objects = [k for k in kids if k.dep == "dobj"]
        return bool(objects) and any(
            k.dep == "prep" and k.lower == "as" and k.i > verb.i
            for k in [*kids, *(c for o in objects for c in ctx.tree.children(o))]
        )
    if lemma == "call":
        # "called for a ban", "called on X to ...", "called for the wage to be raised",
        # and a label given in words ("called the plan 'a disgrace'", "called him a
        # liar"); not "called off the deal" or "called a vote for June". The parser may
        # read "on" as the verb's particle and the one called on as its object ("called
        # on Reyes to resign").
        if any(k.dep == "prt" and k.lower == "on" and k.i > verb.i for k in kids):
            return True
        if any(k.dep == "dobj" for k in kids):
            return _labels(ctx, verb, kids)
        return any(
            (k.dep == "prep" and k.lower in {"for", "on"}) or (k.i > verb.i and _for_to(ctx, k))
            for k in kids
        )
    if _inside_quote(ctx, verb.start) or _reported_by_another(ctx, verb):
        # "Reyes said the mayor wants ...", "the claim that the mayor wants ...", a
        # quotation's "they want ...": a thought another reports is that speaker's word.
        return False
    if lemma in REQUEST_VERBS:
        # "Reyes pressed the council to approve ...", "Reyes is pushing for a $15 wage": a
        # request; not "pushed the toll to 40" nor "crews pushed to reach the ridge".
        return (
            _requested(ctx, verb, kids) or _pressed_question(ctx, verb, subject, kids) is not None
        )
    if lemma in RELEASE_VERBS:
        # "The agency released 5,500 pages of emails", "the campaign unveiled a list of
        # 40 donors": a record made public; not "police released 12 detainees".
        return any(k.dep == "dobj" and k.i > verb.i and _record(k) for k in kids)
    if lemma in _BACKING and any(k.dep == "dobj" and _counted(ctx, k) for k in kids):
        # "Most voters support the ban" is a position; "the fund supports 40 schools"
        # pays for them.
        return False
    if lemma in _BACKING and any(_by_margin(ctx, k) for k in kids if k.i > verb.i):
        # "The county supported the party's candidates by double digits": backing told
        # by its margin is a vote counted, no position anyone stated.
        return False
    if lemma in TOPIC_VERBS:
        # "X discussed the plan", "X talked about the toll"; not "X spoke to accept the
        # nomination" (why X spoke) nor "X spoke on Tuesday" (when).
        return any(k.i > verb.i and (k.dep in {"dobj", "ccomp"} or _of_topic(ctx, k)) for k in kids)
    if any(k.dep in {"ccomp", "xcomp", "parataxis"} and k.i > verb.i for k in kids):
        return True
    if lemma in _INTENDING and any(k.dep == "dobj" and k.i > verb.i for k in kids):
        return True
    if lemma == "agree" and any(
        k.dep == "prep" and k.lower in _AGREED and k.i > verb.i for k in kids
    ):
        # "X agrees with the ruling", "X agreed on a plan": the position X took.
        return True
    if lemma in _EXPECTING and any(
        k.dep == "dobj" and k.i > verb.i and _forecast_figure(ctx, k) for k in kids
    ):
        # "Officials expect a turnout of more than 4 million": a number expected is the
        # expecter's forecast, as a predicted one is.
        return True
    if lemma in BELIEF_VERBS:
        return colon_after(ctx, verb) or quote_follows(ctx, verb)
    return any(
        k.i > verb.i and (k.dep == "dobj" or (k.dep == "prep" and k.lower in {"for", "on", "of"}))
        for k in kids
    )


def _requested(ctx: Context, verb: Token, kids: Sequence[Token]) -> bool:
    """Whether a verb of pressing asks for something: "for" after it, or an object that
    may speak and an infinitive ("pressed the council to approve the fund")."""
    after = [k for k in kids if k.i > verb.i]
    objects = [k for k in after if k.dep == "dobj"]
    if not all(_can_speak(ctx, k) for k in objects):
        return False  # "pushed the cart for 40 yards", "pressed the button to open ..."
    if any(
        k.dep == "prep"
        and k.lower == "for"
        # "pressed on for 12 hours" says how long
        and not any(c.ent in _WHEN_ENTS for c in ctx.tree.children(k))
        for k in after
    ):
        return True
    # The parser reads the infinitive after an object as one of purpose as often.
    return bool(objects) and any(
        k.dep in {"xcomp", "advcl"} and _to_infinitive(ctx, k) for k in after
    )


# Words that make a verb of pressing one of moving on ("pushed forward", "pressed ahead").
_ONWARD = frozenset({"forward", "ahead", "back", "on", "through", "along", "away", "up", "down"})


def _pressed_question(
    ctx: Context, verb: Token, subject: Token, kids: Sequence[Token]
) -> tuple[int, int] | None:
    """The question quoted right before a verb of pressing that reports it ("'Who paid
    the fee?' Tallis pressed.", "'...?' pressed Tallis"): nothing but adjuncts after the
    verb (the speaker aside), and a quotation that asks closes right before the speaker
    and verb ("'...?' he pushed the cart" moves something)."""
    if any(
        k.i > verb.i and k.i != subject.i and k.dep not in {"prep", "npadvmod", "advmod", "punct"}
        for k in kids
    ):
        return None
    if any(
        (k.dep == "prep" and k.lower not in {"on", "in", "at", "during"})
        or (k.dep == "advmod" and k.lower in _ONWARD)
        for k in kids
    ):
        return None  # "pushed for a vote", "pressed into service", "the crowd pushed forward"
    first = min(verb.i, subject.i)
    if subject.i < verb.i:
        first = ctx.tree.subtree(subject)[0].i
    while first < verb.i and ctx.tree[first].pos == "PUNCT":
        first += 1  # the closing quote mark the parser hung on the speaker
    inside = _quote_before(ctx, ctx.tree[first].start)
    if inside is None or not ctx.text[inside[0] : inside[1]].rstrip().endswith("?"):
        return None
    return inside


def _to_infinitive(ctx: Context, clause: Token) -> bool:
    """Whether a clause is an infinitive with "to" ("to approve the fund")."""
    return any(a.tag == "TO" and a.i < clause.i for a in ctx.tree.children(clause))


# Things made public: documents, measures, and lists, pages, counts, details.
_RECORDS = (
    DOC_NOUNS
    | MEASURE_NOUNS
    | {*("list", "page", "number", "detail", "tally", "video", "plan", "budget")}
)


def _record(noun: Token) -> bool:
    """Whether a released object is a record ("a list of donors", "figures", "a
    report"), the releaser's own word, rather than people or goods set free."""
    return noun.lemma.lower() in _RECORDS


# Subordinators of a clause set beside a statement, not inside it ("While Reyes has
# pledged to ..., Brandt said ...").
_BESIDE = frozenset({"while", "although", "though", "whereas", "as", "since", "because"})


def _reported_by_another(ctx: Context, verb: Token) -> bool:
    """Whether the verb stands in what a verb of saying above it reports ("Reyes said
    the mayor wants ...", "the claim that the mayor wants ..."). A clause opened by
    "while", "although" and the like and hung on that verb is set beside the statement
    by the reporter ("While Reyes has pledged to back Brandt, Ortiz suggested ..."):
    not inside it, nor is a second predicate of the speaker's ("he said ... and vowed to
    ..."). Nor is a clause whose subject is followed by a speaker set off by
    commas ("Brandt, an aide said, will ask for ..."): the aide's word, not Brandt's.
    A verb on a later line reports nothing on this one: the parser sometimes hangs a
    title line on the verb of saying of the paragraph below it ("Reyes vows to hire 400
    workers" / "Brandt said on Monday that ..."), which is no report of the title."""
    if _told_between(ctx, verb):
        return True
    child = verb
    line_end = ctx.text.find("\n", verb.start)
    for up in ctx.tree.ancestors(verb):
        if 0 <= line_end < up.start:
            return False
        if up.lemma.lower() in ALL_VERBS and up.pos in {"VERB", "AUX", "NOUN"}:
            beside = child.dep == "advcl" and any(
                k.dep == "mark" and k.lower in _BESIDE for k in ctx.tree.children(child)
            )
            # "'...,' he said - and vowed to impose a tariff": a second predicate of the
            # same subject, coordinated with the verb of saying, is no part of what it says.
            shared = child.dep == "conj" and not any(
                k.dep in {"nsubj", "nsubjpass", "expl"} for k in ctx.tree.children(child)
            )
            if not beside and not shared:
                return True
        child = up
    return False


def _told_between(ctx: Context, verb: Token) -> bool:
    """Whether a verb of saying with its own subject is set between the verb's subject and
    the verb ("Brandt, an aide said, will ask ..."), the parser's parataxis."""
    return any(
        k.dep == "parataxis"
        and k.i < verb.i
        and k.lemma.lower() in _TELLING
        and any(c.dep == "nsubj" for c in ctx.tree.children(k))
        for k in ctx.tree.children(verb)
    )


def _person(ctx: Context, tok: Token) -> bool:
    """Whether a subject is one person: "he" or "she", or a name the text gives a
    person ("Reyes", though the tagger missed it there)."""
    if tok.ent == "PERSON" or tok.lower in PERSON_PRONOUNS:
        return True
    return tok.pos == "PROPN" and any(tok.lower in words for words in ctx.people)


# Verbs of a view, "X sees Y as Z", "X described the plan as a failure": a belief or a
# stance only with an object and "as" its predicate.
_VIEWING = frozenset(
    {"see", "view", "regard", "describe", "characterize", "characterise", "portray", "depict"}
)


# Prepositions that give what one agrees with ("agreed with the ruling", "agreed on a
# plan"); "agreed to a moratorium" is a deal struck, not a position.
_AGREED = frozenset({"with", "on"})
# Verbs of backing someone or something, which may also mean paying for it.
_BACKING = frozenset({"support", "favor", "favour"})
# What a margin of votes is told in after "by" ("by double digits", "by a wide margin").
_MARGINS = frozenset({"digit", "margin", "point", "vote", "landslide"})


def _by_margin(ctx: Context, prep: Token) -> bool:
    """Whether a "by" phrase tells a margin ("by double digits", "by 12 points", "by a
    wide margin"), not who backs or how ("by its donors")."""
    if prep.dep != "prep" or prep.lower != "by":
        return False
    return any(
        k.dep == "pobj" and (k.lemma.lower() in _MARGINS or _counted(ctx, k))
        for k in ctx.tree.children(prep)
    )


# Verbs a group's answers split in shares come with ("say by 55%-41%", "favored Reyes 46
# percent to 32 percent").
_SPLIT_VERBS = frozenset({"say"}) | _BACKING
# Subjects that are a share of a group ("51 percent", "a majority", "%").
_SHARES = SHARE_WORDS | {"%"}


# Prepositions that give what a verb of talk is about ("talked about the toll").
_ABOUT = frozenset({"about", "of", "on"})


def _of_topic(ctx: Context, prep: Token) -> bool:
    """Whether a preposition gives the subject of talk: "about"/"of"/"on" a thing, not
    a time ("spoke on Tuesday", "talked of late" say when, not what)."""
    return (
        prep.dep == "prep"
        and prep.lower in _ABOUT
        and not any(
            o.dep == "pobj" and (o.ent in _WHEN_ENTS or o.pos not in {"NOUN", "PROPN", "PRON"})
            for o in ctx.tree.children(prep)
        )
        and any(o.dep in {"pobj", "pcomp"} for o in ctx.tree.children(prep))
    )


def _for_to(ctx: Context, clause: Token) -> bool:
    """A "for X to ..." clause ("called for the wage to be raised")."""
    return clause.dep in {"advcl", "ccomp", "xcomp"} and any(
        m.dep == "mark" and m.lower == "for" for m in ctx.tree.children(clause)
    )


def _labels(ctx: Context, verb: Token, kids: Sequence[Token]) -> bool:
    """Whether "call" with an object gives it a label: a complement ("called him a
    liar") or a quotation after the object ("called the law 'a disaster'")."""
    if any(k.dep == "oprd" for k in kids):
        return True
    obj = next(k for k in kids if k.dep == "dobj")
    # From the object's first word: the parser may make the quoted label the object's
    # head ("called the 12-nation pact 'insanity'", read as "the pact insanity").
    begin, end = ctx.tree.span(obj)[0], ctx.tree.span(verb)[1]
    return any(begin < mark < end for mark, _, _, _ in ctx.quotes)


def _aside_about(ctx: Context, verb: Token, antecedent: Token) -> bool:
    """Whether a relative clause is set off by a comma after a name ("Reyes, who has
    vowed to ..."): it tells more about one the text names, not which one is meant."""
    first = ctx.tree.subtree(verb)[0]
    return (
        first.i > 0
        and ctx.tree[first.i - 1].text == ","
        and first.lower in {"who", "which"}
        and is_name(antecedent)
    )


def _says(ctx: Context, verb: Token, kids: Sequence[Token]) -> bool:
    """Whether a clause, a colon or a quote follows the verb as what it reports."""
    clause = any(k.dep in {"ccomp", "parataxis"} for k in kids)
    clause = clause or bool(_questions(ctx, verb, kids)) or _that_after(ctx, verb, kids)
    return clause or colon_after(ctx, verb) or quote_follows(ctx, verb)


def _that_after(ctx: Context, verb: Token, kids: Sequence[Token]) -> bool:
    """A "that" opening a clause right after the verb, which the parser hung on the verb
    as something else ("noting that at one point he had trailed by 50 points", read with
    "that" as a preposition): the verb still reports the clause."""
    after = verb.i + 1
    return (
        after < len(ctx.tree)
        and ctx.tree[after].lower == "that"
        and ctx.tree[after].pos == "SCONJ"
        and any(k.i == after for k in kids)
    )


def _questions(ctx: Context, verb: Token, kids: Sequence[Token]) -> list[Token]:
    """The question a verb of asking puts, when the parser hung an "if" clause on it as an
    adverbial one ("asked by a host if the strikes led to 12 deaths"): what was asked, as
    a "whether" clause is."""
    if verb.lemma.lower() not in _ASKING:
        return []
    return [
        k
        for k in kids
        if k.dep == "advcl"
        and k.i > verb.i
        and any(m.dep == "mark" and m.lower in {"if", "whether"} for m in ctx.tree.children(k))
    ]


# What one tells that is no listener: "told a joke", "told the story".
_TOLD_THINGS = frozenset({"joke", "story", "tale", "anecdote", "lie", "truth", "yarn"})


# How far after a verb a quotation it introduces may open (the verb's listener and a
# comma between: "telling reporters, '...'"), in characters.
_INTRODUCED_WITHIN = 40


def _verb_content(
    ctx: Context,
    verb: Token,
    kids: Sequence[Token],
    subject: Token | None,
    listener: Token | None,
    stretch: tuple[int, int] | None,
) -> tuple[int, int] | None:
    """The reported content: a clause before the verb ("..., X said"), else what follows.

    ``stretch`` is what ``_post_posed`` found for the verb and its subject.
    """
    skip: set[int] = set()
    for tok in (subject, listener):
        # A relative clause's antecedent holds the verb: skip only the verb's own words.
        if tok is not None and tok.i not in {a.i for a in ctx.tree.ancestors(verb)}:
            skip.update(t.i for t in ctx.tree.subtree(tok))
    if listener is not None and listener.dep == "pobj":
        skip.add(listener.head)
    if subject is not None and subject.dep == "pobj" and ctx.tree.head(subject).dep == "agent":
        skip.add(subject.head)  # the "by" of "as reported by X"
    lemma = verb.lemma.lower()
    for kid in kids:
        # Whom it was said to is no part of what was said: "told reporters", "told 3,000
        # in Lakeside", "wrote to his followers" (but a figure "showed ... to fewer than 10").
        told = lemma in {"tell", "told"} and kid.dep in {"dobj", "dative"}
        # (what one points to is what one cites, not a listener)
        to = kid.dep in {"prep", "dative"} and kid.lower == "to" and kid.i > verb.i
        to = to and lemma != "point"
        # Nor who was asked: "asked her aide to print the list" asks "to print the list".
        asked = lemma in _ASKING and kid.dep == "dobj" and kid.i > verb.i
        asked = asked and any(k.dep == "xcomp" and k.i > kid.i for k in kids)
        if told or asked or (to and lemma in _TELLING):
            skip.update(t.i for t in ctx.tree.subtree(kid))
    # How the words were said is the reporter's ("X said, clutching the lectern", "X
    # told reporters, speaking outside the court"): no part of the content.
    # Not after a finding ("the poll showed X ahead, earning 51 percent"): that is more of it.
    found_in = lemma in EVIDENCE_VERBS or (
        subject is not None and subject.lemma.lower() in DOC_NOUNS
    )
    how = set() if found_in else _manner(ctx, verb, kids)
    skip |= how
    # How often it was said ends what was said: "said 'Orvel' five times and ...".
    times = _times_said(ctx, verb, kids) if lemma in REPORTING_VERBS else set()
    if _said_nothing(ctx, verb, kids):
        return None
    if _puts_it(verb, kids):
        # "As X put it, ...", "X put it this way: ...": "it" is what follows.
        skip.update(k.i for k in kids if k.dep == "dobj" or k.lower in {"this", "that", "way"})
    if lemma in APPEAL_VERBS:
        # "appealed for $12 million": the amount asked for, and nothing around it.
        amount = _asked_for(ctx, kids)
        if amount is None:
            return _held(ctx, verb, kids) if lemma in STANDING_VERBS else None
        return clip(ctx, *_span_without_clauses(ctx, amount), verb.start)
    if stretch is not None:
        return clip(ctx, *stretch, verb.start)
    if lemma in STANDING_VERBS:
        return _held(ctx, verb, kids)
    para_start = ctx.text.rfind("\n", 0, verb.start) + 1
    # A clause before the verb ("..., X said"); the parser sometimes hangs the previous
    # paragraph's last clause here, which is not this verb's content.
    before = [
        k
        for k in kids
        if k.dep in {"ccomp", "parataxis"} and k.i < verb.i and k.start >= para_start
    ]
    if before and _colon_led(ctx, verb, kids, subject, before[0]):
        before = []
    if (
        before
        and subject is not None
        and subject.i in {t.i for t in ctx.tree.subtree(before[0])}
        and any(k.dep == "ccomp" and k.i > verb.i for k in kids)
    ):
        # "Few would admit this, but Ada Brandt (a Lakeside Democrat) says he ...": with
        # a clause of its own after the verb, a clause before that holds the speaker's
        # own name is the reporter's lead-in, not what was said.
        before = []
    if before and _after_semicolon(ctx, verb, kids, before[0]):
        before = []
    if before and _reports_after(ctx, verb, kids, subject, skip):
        # "Her support is sagging — a Gazette poll showed her at 38 percent": a verb that
        # has what it reports after it, an object or a clause, reports that, not the
        # reporter's clause before the dash.
        before = []
    if before:
        first, last = ctx.tree.span(before[0])
        return clip(ctx, first, last, verb.start)
    # Between the verb and its clause stand when, where and how it was said ("said in
    # an interview on Tuesday that ..."): the content starts with the clause.
    clauses = [k for k in kids if k.dep in {"ccomp", "parataxis"} and k.i > verb.i]
    clauses = sorted([*clauses, *_questions(ctx, verb, kids)], key=lambda k: k.i)
    begin = ctx.tree.subtree(clauses[0])[0].i if clauses else verb.i + 1
    if clauses and not any(
        m.dep == "mark" and m.lower == "that" for m in ctx.tree.children(clauses[0])
    ):
        # "said about half of the deficit reflected ...": the parser split the clause's
        # subject, a share or a count right before it, off onto the verb.
        split = next(
            (
                k
                for k in kids
                if verb.i < k.i < clauses[0].i
                and ctx.tree.subtree(k)[-1].i + 1 == begin
                and k.dep in {"prep", "dobj", "npadvmod"}
                and any(
                    t.lemma.lower() in SHARE_WORDS or (t.pos == "NUM" and t.ent not in _WHEN_ENTS)
                    for t in ctx.tree.subtree(k)
                )
            ),
            None,
        )
        if split is not None:
            begin = ctx.tree.subtree(split)[0].i
    if clauses and found_in:
        # "the survey shows a 62-32 divide on the issue, and ... 34 percent agree they
        # ...": what a finding shows is its counted object and all after it, not only the last
        # clause the parser hung on the verb.
        shown = [
            k for k in kids if k.dep == "dobj" and verb.i < k.i < clauses[0].i and counts(ctx, k)
        ]
        if shown:
            begin = min(begin, ctx.tree.subtree(shown[0])[0].i)
    after = [
        t
        for t in ctx.tree.subtree(verb)
        if t.i > verb.i and t.i >= begin and t.i not in skip and t.pos not in {"PUNCT", "SPACE"}
    ]
    # A clause with a speaker of its own ("..., while Y put the toll at ...", "... and Y
    # said ...") is set beside this one by the reporter: the content stops before it.
    # A content that is the verb's object (no clause) stops before a comment on it
    # (", which ..."), which is the enclosing speaker's or the reporter's; a clause
    # content before one that closes it (see ``_closing_comment``).
    clause = any(k.dep in {"ccomp", "parataxis"} for k in kids)
    cut = min(
        (
            ctx.tree.subtree(t)[0].i
            for t in after
            if t.i in times
            or _own_clause(ctx, t, finding=found_in)
            or (
                comment(ctx, t)
                and (not clause or _closing_comment(ctx, t, after[-1]))
                and not _share_of_finding(ctx, verb, t)
            )
            or (clause and not found_in and _gloss(ctx, t, after[-1]))
            or (found_in and _gloss(ctx, t, after[-1]) and _place_background(ctx, t))
            or _comparison(ctx, t, after[-1], finding=found_in)
            or _place_record(ctx, t)
            or (not clause and _set_after(ctx, verb, t))
            or (bool(clauses) and _contrast_after(ctx, verb, t, clauses[0]))
        ),
        default=None,
    )
    if cut is not None:
        after = [t for t in after if t.i < cut]
        while after and (after[-1].dep == "cc" or after[-1].pos in {"PUNCT", "SPACE"}):
            after.pop()
    # The complementiser is the report's wording, not the speaker's content.
    while after and after[0].dep == "mark" and after[0].lower == "that":
        after.pop(0)
    if after and found_in and cut is None:
        after += _more_findings(ctx, verb, after[-1])
    if after and all(
        k.dep in _WHEN_SAID for k in kids if k.i > verb.i and k.i >= begin and k.i not in skip
    ):
        # "As X said on Monday, ...": when and where it was said are no content; the
        # clause the "as" frame sets it beside is.
        as_reported = _as_reported(ctx, verb, subject)
        if as_reported is not None:
            return as_reported
    if after:
        return clip(ctx, after[0].start, after[-1].end, verb.start)
    as_reported = _as_reported(ctx, verb, subject)
    if as_reported is not None:
        return as_reported
    if _puts_it(verb, kids) and colon_after(ctx, verb):
        # "As X put it: '...'": the quotation after the colon.
        colon = ctx.text.find(":", verb.end)
        for _, inner, inner_end, _ in ctx.quotes:
            if inner > colon and not ctx.text[colon + 1 : inner].strip(" “\"‘`'"):
                return inner, inner_end
    if lemma in REPORTING_VERBS and quote_introduced(ctx, verb):
        # "..., telling reporters, '...'", "told supporters that '...'": a quotation
        # opening right after the verb and its listener, past a comma, a colon or
        # "that", is what the verb says, though the parser hung it elsewhere. A word in
        # quotation marks as the verb's object ("will tell the 'bigots' to ...") is none.
        for opened, inner, inner_end, _ in ctx.quotes:
            gap = ctx.text[verb.end : opened].rstrip()
            if (
                verb.end <= opened <= verb.end + _INTRODUCED_WITHIN
                and inner < inner_end
                and (not gap or gap.endswith((",", ":", " that")))
            ):
                return inner, inner_end
    # A sentence-final "..., X reported." whose clause the parser did not attach: the
    # content is the sentence up to the speaker.
    sentence = ctx.tree.sentence(verb.sent)
    lead = ctx.tree.span(subject)[0] if subject is not None else verb.start
    quote = _quote_before(ctx, lead)
    # When and where it was said, and to whom ("'...!' he said to loud cheers"), may
    # follow the verb.
    adjuncts = {
        t.i
        for k in kids
        if k.i > verb.i and k.dep in POST_ADJUNCTS and k.dep != "cc" and not counts(ctx, k)
        for t in ctx.tree.subtree(k)
    }
    words = [
        t.i
        for t in sentence
        if t.pos not in {"PUNCT", "SPACE"} and t.i not in how and t.i not in adjuncts
    ]
    last = words[-1] if words else -1
    if quote is not None and verb.i == last:
        # "'... missing.' Reyes said.": the quotation just before, the parser having
        # made a sentence of the speaker alone.
        return quote
    if lead <= sentence[0].start or verb.i != last:
        return None
    return clip(ctx, sentence[0].start, lead, verb.start)


def _times_said(ctx: Context, verb: Token, kids: Sequence[Token]) -> set[int]:
    """How often the words were said ("said 'Orvel' five times", "repeated the figure
    three times"): the reporter's count of the sayings, on the verb or its object, not a
    part of what was said (a clause's "flooded five times" stays in it)."""
    out: set[int] = set()
    holders = [verb, *(k for k in kids if k.i > verb.i and k.dep in {"dobj", "dep", "attr"})]
    for holder in holders:
        for tok in ctx.tree.children(holder):
            if (
                tok.i > verb.i
                and tok.lemma.lower() == "time"
                and tok.dep in {"npadvmod", "appos", "dobj", "dep"}
                and any(k.dep == "nummod" and k.pos == "NUM" for k in ctx.tree.children(tok))
                and not _inside_quote(ctx, tok.start)
            ):
                out.update(t.i for t in ctx.tree.subtree(tok))
    return out


# Verbs of a claim the report may go on to answer ("claimed ..., but ...").
_CLAIMING = frozenset({"claim", "allege", "contend", "insist", "maintain", "argue"})


# What a verb of saying takes as its object when nothing was said: "Reyes said nothing",
# "said little", "said no more", "would say nothing else".
_NOTHING_SAID = frozenset({"nothing", "little", "none"})


def _said_nothing(ctx: Context, verb: Token, kids: Sequence[Token]) -> bool:
    """Whether the verb's object says that nothing was said ("Tomas Reyes said nothing,
    and the port lost 40 ships", "said little", "said no more"):
    then it reports nothing, and what the sentence goes on to tell is the reporter's. A
    clause of its own after the verb is still reported ("said nothing had changed" has
    "nothing" as the clause's subject, no object of the verb), and so is the topic of
    "said nothing about ...", as news corpora annotate it."""
    if any(k.dep in {"ccomp", "parataxis"} and k.i > verb.i for k in kids):
        return False
    # "says nothing about blocking the 40 rules": its topic is still its own to answer for.
    topic = [c for k in kids if k.dep == "dobj" for c in ctx.tree.children(k)]
    if any(k.dep == "prep" and k.lower in {"about", "on", "of"} for k in (*kids, *topic)):
        return False
    for kid in kids:
        if kid.dep != "dobj":
            continue
        if kid.lower in _NOTHING_SAID:
            return True
        if kid.lower == "more" and any(c.lower == "no" for c in ctx.tree.children(kid)):
            return True
    return False


def _contrast_after(ctx: Context, verb: Token, tok: Token, clause: Token) -> bool:
    """Whether ``tok`` is a clause the reporter sets against a claim ("Prosecutors
    claimed it was an act, but it was not until 2003 that Corran admitted it"): a second
    verb with a subject of its own, joined by ", but" or ", yet" to a verb of claiming
    (``_CLAIMING``) after its clause, is the reporter's answer to the claim, not more of
    it. After a plain verb of saying it may still be the speaker's ("They noted his
    lawyer offered it, but Reyes declined."), unless the second clause tells of the
    speakers themselves, by a pronoun ("Reyes said the port is safe, but he urged the
    board to inspect it", "... but several of her findings contradicted the mayor"):
    that is the reporter going on about them; a modal keeps it theirs ("..., but he
    would wait")."""
    if tok.dep != "conj" or tok.head != verb.i or not clause.i < tok.i:
        return False
    subjects = [k for k in ctx.tree.children(tok) if k.dep in {"nsubj", "nsubjpass", "expl"}]
    if not subjects:
        return False
    if verb.lemma.lower() not in _CLAIMING and not (
        _of_themselves(ctx, subjects[0]) and not any(k.tag == "MD" for k in ctx.tree.children(tok))
    ):
        return False
    return any(
        k.dep == "cc"
        and k.lower in {"but", "yet"}
        and clause.i < k.i < tok.i
        and ctx.tree[k.i - 1].text == ","
        for k in ctx.tree.children(verb)
    )


def _speechless(ctx: Context, noun: Token) -> bool:
    """Whether a subject someone owns can stand for no speaker at all ("Reyes's
    challenge", "his plan"): no name, no word for a person, an office, a body, a group or
    a document."""
    if noun.pos != "NOUN" or noun.ent or noun.dep not in {"nsubj", "nsubjpass"}:
        return False
    if not any(k.dep == "poss" for k in ctx.tree.children(noun)):
        return False
    if _can_speak(ctx, noun) or any(k.dep == "appos" for k in ctx.tree.children(noun)):
        return False
    return noun.lemma.lower() not in ROLE_NOUNS | SURVEY_NOUNS | COLLECTIVE_NOUNS


def _of_themselves(ctx: Context, subject: Token) -> bool:
    """Whether a subject tells of someone by a personal pronoun ("he", "they", "her
    allies", "several of his findings")."""
    if subject.lower in {"he", "she", "they"}:
        return True
    return any(
        t.tag == "PRP$" and t.lower in {"his", "her", "their"} for t in ctx.tree.subtree(subject)
    )


def _after_semicolon(ctx: Context, verb: Token, kids: Sequence[Token], before: Token) -> bool:
    """Whether a clause before the verb ends at a semicolon that opens the verb's own
    sentence, while the verb has a clause of its own after it ("Reyes was not part of the
    swap; Lakeside insists it does not know where he is"): a semicolon joins two of the
    reporter's statements, and the one before it is not what the speaker after it says.
    """
    if not any(k.dep == "ccomp" and k.i > verb.i for k in kids):
        return False
    between = ctx.text[ctx.tree.span(before)[1] : verb.start]
    return ";" in between


def _reports_after(
    ctx: Context, verb: Token, kids: Sequence[Token], subject: Token | None, skip: set[int]
) -> bool:
    """Whether the verb, set apart by a dash from the clause before it, has its own
    content after it: a clause, or an object that is not its listener ("..., a poll
    showed her at 38 percent", "... — X said that ...", "... — he reported earning $2
    million"). After a comma ("..., X said")
    the clause before is the content."""
    if not any(
        k.i > verb.i and k.i not in skip and k.dep in {"dobj", "ccomp", "xcomp"} for k in kids
    ):
        return False
    lead = ctx.tree.span(subject)[0] if subject is not None else verb.start
    return ctx.text[:lead].rstrip().endswith(tuple(_DASHES))


def _colon_led(
    ctx: Context, verb: Token, kids: Sequence[Token], subject: Token | None, clause: Token
) -> bool:
    """Whether a clause before the verb ends at a colon that opens the speaker's own
    sentence, which has a clause of its own after the verb ("The ads are paying off: Reyes
    said she raised $100,000"): the colon hands over from the reporter's words to the
    statement; what stands before it is no part of what the speaker said."""
    if not any(k.dep in {"ccomp", "parataxis"} and k.i > verb.i for k in kids):
        return False
    lead = ctx.tree.span(subject)[0] if subject is not None else verb.start
    words = [t for t in ctx.tree.subtree(clause) if t.pos not in {"PUNCT", "SPACE"}]
    return bool(words) and ":" in ctx.text[words[-1].end : lead]


def _share_of_finding(ctx: Context, verb: Token, rel: Token) -> bool:
    """A relative clause giving a share in what a poll or document shows ("shows Reyes
    with 47 percent versus Brandt, who has 44 percent"): the finding's, not a comment."""
    return verb.lemma.lower() in EVIDENCE_VERBS and any(
        t.lemma.lower() in PERCENTS or t.text == "%" for t in ctx.tree.subtree(rel)
    )


def _more_findings(ctx: Context, verb: Token, last: Token) -> list[Token]:
    """The rest of the sentence after a finding, when the parser hung it elsewhere and it
    only goes on with the finding's figures ("a poll showed Reyes ahead, 32%-25%, while
    Brandt was at 18%"): set off by a comma, holding a number, and no statement of a
    speaker of its own."""
    sentence = ctx.tree.sentence(verb.sent)
    end = last_word_token(sentence)
    if end <= last.i + 1 or ctx.tree[last.i + 1].text != ",":
        return []
    rest = [t for t in ctx.tree.tokens[last.i + 2 : end + 1] if t.pos not in {"PUNCT", "SPACE"}]
    if not any(t.pos == "NUM" for t in rest) or any(
        t.lemma.lower() in ALL_VERBS | STANDING_VERBS or _inside_quote(ctx, t.start) for t in rest
    ):
        return []
    return rest


_DASHES = frozenset({"-", "--", "–", "—"})


def _gloss(ctx: Context, tok: Token, last: Token) -> bool:
    """An apposition set off by a comma or a dash that closes a reported clause ("X said
    the deal would cost Lakeside its ferry, the only link to the mainland"; "... the
    support of 60 senators - the number needed to end debate"): the reporter's gloss on a
    word, not the speaker's, unless it stands in a quotation."""
    if tok.dep != "appos" or tok.pos not in {"NOUN", "PROPN"}:
        return False
    sub = ctx.tree.subtree(tok)
    if sub[0].i == 0:
        return False
    mark = ctx.tree[sub[0].i - 1].text
    if mark in _DASHES and any(t.pos == "NUM" for t in sub):
        # "... could pay only a fraction — not quite 13 cents on the dollar": a dash
        # before a figure puts the same amount another way, still the speaker's.
        return False
    return mark in {",", *_DASHES} and sub[-1].i >= last.i and not _inside_quote(ctx, tok.start)


def _others_hold(ctx: Context, appos: Token) -> bool:
    """Whether an apposition closing what was reported says who else holds it ("...
    proposed a no-fly zone, an approach several senators have also embraced"): a
    relative clause with a subject of its own, the reporter's comment on the content,
    not one saying whose the noun's parts are ("whose age ...")."""
    return any(
        (
            k.dep == "relcl"
            and any(
                s.dep in {"nsubj", "nsubjpass"} and s.lower not in RELATIVE_WORDS
                for s in ctx.tree.children(k)
            )
            # "a cheerful reformer whose age ... represented the future": what the noun is.
            and not any(t.tag == "WP$" for t in ctx.tree.subtree(k))
        )
        # "..., a sentiment shared by the 10,000 people in the arena".
        or (
            k.dep == "acl"
            and k.tag == "VBN"
            and any(a.dep == "agent" for a in ctx.tree.children(k))
        )
        for k in ctx.tree.children(appos)
    )


# Words that set one figure against another ("well above the $8.04 analysts expected",
# "down from $600,000", "compared with 1,864").
_MEASURED = frozenset({"than", "above", "below", "compared", "versus", "vs."})
_COMPARING_DEPS = frozenset({"prep", "advmod", "npadvmod", "appos", "acl", "amod", "conj", "dep"})


def _comparison(ctx: Context, tok: Token, last: Token, *, finding: bool = False) -> bool:
    """A phrase set off by a comma or dash that closes the content and sets its figure
    against another ("X reported earnings of $8.42 a share, well above the $8.04 that
    analysts expected"; "... has found 1,200 wrecks, compared with the navy's 870"): the
    reporter's yardstick, not the speaker's words, unless it stands in a quotation. A
    change the speaker gives ("up 12 percent from April") is no such phrase; one from a
    figure the writer tells with a clause of its own ("down from the $600,000 it gave
    in 2012") is (``_from_past_figure``).

    After a finding (``finding``), one figure set against another of the same count
    ("found 66 percent ..., compared with 48 percent who ...") is more of the finding;
    only a "more/less than" measure is the reporter's ("estimates show 80,000 voted,
    about 10,000 more than insiders expected")."""
    if tok.dep not in _COMPARING_DEPS or (tok.pos in {"VERB", "AUX"} and tok.lower != "compared"):
        return False
    sub = ctx.tree.subtree(tok)
    if sub[0].i == 0 or _inside_quote(ctx, tok.start):
        return False
    if ctx.tree[sub[0].i - 1].text not in {",", "-", "--", "–", "—"}:
        return False
    if _from_past_figure(ctx, tok):
        # The clause telling the earlier figure may hang elsewhere: all after is cut.
        return True
    if sub[-1].i < last.i:
        return False
    # A word joined by a hyphen to the next is part of an adjective ("a below-normal
    # score of 69"), which measures nothing against another figure.
    lead = [t.lower for t in sub[:6] if not _hyphened(ctx, t)]
    measured = {"than"} if finding else _MEASURED
    return any(w in measured for w in lead) and any(t.pos == "NUM" for t in sub)


def _hyphened(ctx: Context, tok: Token) -> bool:
    """Whether a word is joined to the next one by a hyphen ("below-normal")."""
    nxt = tok.i + 1
    return nxt < len(ctx.tree) and ctx.tree[nxt].text == "-" and ctx.tree[nxt].tag == "HYPH"


# Words of a change from an earlier value ("down sharply from ...", "up from ...").
_CHANGED = frozenset({"up", "down"})


def _from_past_figure(ctx: Context, tok: Token) -> bool:
    """Whether a change set off after the content measures it from a figure the writer
    tells with a clause of its own ("would give $75,000, down sharply from the $600,000
    it contributed four years ago"): the reporter's yardstick, as "well above the $8.04
    that analysts expected" is. A bare change ("up 12 percent from April") is the
    speaker's."""
    if tok.lower not in _CHANGED:
        return False
    for prep in ctx.tree.children(tok):
        if prep.dep != "prep" or prep.lower != "from":
            continue
        for obj in ctx.tree.children(prep):
            if obj.dep == "pobj" and obj.pos == "NUM" and _told_by_clause(ctx, obj):
                return True
    return False


def _told_by_clause(ctx: Context, figure: Token) -> bool:
    """Whether a clause with a subject of its own follows a figure and says what it was
    ("the $600,000 it contributed", "the $8.04 that analysts expected"), however the
    parser hung the clause."""
    after = ctx.tree.span(figure)[1]
    nxt = next((t for t in ctx.tree.tokens[figure.i + 1 :] if t.start >= after), None)
    if nxt is None or nxt.sent != figure.sent:
        return False
    if nxt.lower in {"that", "which"}:
        nxt = ctx.tree[nxt.i + 1] if nxt.i + 1 < len(ctx.tree) else nxt
    return nxt.dep in {"nsubj", "nsubjpass"} and ctx.tree.head(nxt).pos in {"VERB", "AUX"}


def _place_background(ctx: Context, appos: Token) -> bool:
    """An apposition that tells what a place is to someone, with a clause of its own
    ("... to 25 percent in New Mexico, the state where he served two terms as governor"):
    the reporter's background on the place, never a finding of the poll it closes."""
    return appos.lemma.lower() in _PLACE_NOUNS and any(
        k.dep == "relcl" for k in ctx.tree.children(appos)
    )


# Prepositions that set an act in time or circumstance ("following a 30-day comment
# period", "amid protests"); not "despite", which may be the speaker's own concession.
_SETTING = frozenset({"following", "after", "amid", "amidst"})


def _set_after(ctx: Context, verb: Token, prep: Token) -> bool:
    """Whether a phrase hung on the verb after its object, set off by a comma, tells when
    or amid what it was done ("announced its intention to reverse the rule, following a
    30-day comment period"): the reporter's setting of the act, no part of the object
    the speaker put out."""
    return (
        prep.dep == "prep"
        and prep.head == verb.i
        and prep.lower in _SETTING
        and prep.i > 0
        and ctx.tree[prep.i - 1].text == ","
        and not _inside_quote(ctx, prep.start)
    )


def _place_record(ctx: Context, rel: Token) -> bool:
    """A relative clause on a place that tallies what the place has seen ("... in a city
    that has recorded more than 400 homicides"): the reporter's background on the
    place, not the speaker's words, unless quoted."""
    if rel.dep != "relcl" or rel.lemma.lower() not in _TALLYING or _inside_quote(ctx, rel.start):
        return False
    place = ctx.tree.head(rel)
    return place.ent in _PLACES or place.lemma.lower() in _PLACE_NOUNS


def _closing_comment(ctx: Context, rel: Token, last: Token) -> bool:
    """Whether a comma-led relative clause that ends a reported clause is the reporter's
    background ("X said the plan failed in Lakeside, where 30 people died"): not in a
    quotation, and not a verb of saying or showing that argues the speaker's case
    (", which explains why ...")."""
    return (
        _reaches(ctx, ctx.tree.subtree(rel)[-1].i, last)
        and rel.lemma.lower() not in _SAYING
        and not _inside_quote(ctx, rel.start)
    )


def _reaches(ctx: Context, end: int, last: Token) -> bool:
    """Whether a clause ending at token ``end`` closes the content ending at ``last``,
    alone or with a participle set off by a comma that goes on with it (", who held a
    rally on Wednesday, drawing 1,110 people"), which the parser hangs higher up."""
    if end >= last.i:
        return True
    if end + 2 > last.i or ctx.tree[end + 1].text != ",":
        return False
    participle = ctx.tree[end + 2]
    return (
        participle.tag == "VBG"
        and participle.dep == "advcl"
        and ctx.tree.subtree(participle)[0].i == participle.i
        and ctx.tree.subtree(participle)[-1].i >= last.i
    )


def _manner(ctx: Context, verb: Token, kids: Sequence[Token]) -> set[int]:
    """The tokens of clauses after the verb, set off by a comma, that say how or when the
    words were said ("said, clutching the lectern", "said, when asked about it"): a
    participle or a "when"/"as"/"while" clause whose verb reports nothing itself. A
    participle of saying with nothing said after it ("said, speaking to reporters for
    seven minutes") also tells how the words came out; one with an object, a clause or a
    quotation ("noting the rise", "adding that ...", "urging them to ...") still carries
    the speaker's words."""
    out: set[int] = set()
    for kid in kids:
        if kid.dep != "advcl" or kid.i < verb.i:
            continue
        sub = ctx.tree.subtree(kid)
        if sub[0].i == 0 or ctx.tree[sub[0].i - 1].text != ",":
            continue
        participle = kid.tag == "VBG" and sub[0].i == kid.i
        if kid.lemma.lower() in _SAYING and not (participle and _says_nothing(ctx, kid, sub)):
            continue
        marks = {k.lower for k in ctx.tree.children(kid) if k.dep in {"mark", "advmod"}}
        if participle or marks & _WHEN:
            out.update(t.i for t in sub)
    return out


def _speaking(ctx: Context, verb: Token, tok: Token) -> bool:
    """Whether a word after a speaker set off by a comma opens a participle of saying
    with nothing said after it ("..., Reyes said, speaking to reporters")."""
    return (
        tok.head == verb.i
        and tok.dep == "advcl"
        and tok.tag == "VBG"
        and tok.lemma.lower() in _SAYING | {"speak", "talk"}
        and _says_nothing(ctx, tok, ctx.tree.subtree(tok))
    )


def _says_nothing(ctx: Context, verb: Token, sub: Sequence[Token]) -> bool:
    """Whether a participle of saying has no words of its own after it: no object, no
    clause, no infinitive, no quotation, and it neither cites a source nor names what was talked
    about ("citing X", "referring to Y" stay the speaker's)."""
    lemma = verb.lemma.lower()
    if lemma in CITING_VERBS or lemma in {"refer", "mention"}:
        return False
    if any(k.dep in _HELD | {"parataxis", "dative"} for k in ctx.tree.children(verb)):
        return False
    return not any(_inside_quote(ctx, t.start) for t in sub)


_WHEN = frozenset({"when", "as", "while", "before", "after"})
# "said, referring to ...", "said, mentioning ...": whom the words were about is still
# the speaker's.
_SAYING = ALL_VERBS | STANDING_VERBS | CITING_VERBS | {"refer", "mention"}


def _asked_for(ctx: Context, kids: Sequence[Token]) -> Token | None:
    """The amount an appeal asks for: the object of its "for"."""
    asked = next((k for k in kids if k.dep == "prep" and k.lower == "for"), None)
    if asked is None:
        return None
    return next((k for k in ctx.tree.children(asked) if k.dep == "pobj"), None)


# What a thought or position holds: its clause, infinitive, object or "for"/"on"/"of".
_HELD = frozenset({"ccomp", "xcomp", "parataxis", "dobj"})


def _given_past_addressee(ctx: Context, held: Sequence[Token]) -> tuple[int, int] | None:
    """What is promised or offered to people described by a relative clause, without them.

    "Reyes is promising donors who raise $1,000 two tickets to the gala" promises the
    tickets; the donors and what they must do are whom it is promised to. The parser
    hangs the promised thing on the relative clause's verb as a second object (a verb
    takes one), so the promised thing starts at that second object and runs to the end
    of the clause. ``None`` where the object is no such addressee.
    """
    if len(held) != 1 or held[0].dep != "dobj":
        return None
    for clause in ctx.tree.children(held[0]):
        if clause.dep != "relcl" or not any(
            k.dep == "nsubj" and k.lower == "who" for k in ctx.tree.children(clause)
        ):
            continue
        objects = [k for k in ctx.tree.children(clause) if k.dep == "dobj"]
        if len(objects) == 2:
            return ctx.tree.span(objects[1])[0], ctx.tree.span(clause)[1]
    return None


def _held(ctx: Context, verb: Token, kids: Sequence[Token]) -> tuple[int, int] | None:
    """The complement of a verb of thought or position, without the clauses set beside
    it ("X proposed a tax, but Congress refused", "X plans to go if Y leaves"): what
    the subject thinks or stands for, not when or why. A line with no full stop, a
    headline the parser ran into the next paragraph ("Residents demand answers as toll
    rises to 11" and then the story), holds no complement on a later line."""
    threat = verb.lemma.lower() in _THREATENING
    line = paragraph(ctx.text, verb.start)
    held = [
        k
        for k in kids
        if k.i > verb.i
        and paragraph(ctx.text, k.start) == line
        and not _when_object(ctx, k, kids)
        and (
            (threat and k.dep == "advcl" and _condition(ctx, k))
            or k.dep in _HELD
            or _intended(ctx, verb, k)
            or k.dep == "oprd"  # the label of "called him a liar"
            # "pressed the council to approve ...", the infinitive read as one of purpose
            or (verb.lemma.lower() in REQUEST_VERBS and k.dep == "advcl" and _to_infinitive(ctx, k))
            or (k.dep == "prep" and k.lower in {"for", "on", "of"})
            or (k.dep == "prep" and k.lower in _AGREED and verb.lemma.lower() == "agree")
            or (k.dep == "prep" and k.lower == "as" and verb.lemma.lower() in _VIEWING)
            or (verb.lemma.lower() in TOPIC_VERBS and _of_topic(ctx, k))
            or _for_to(ctx, k)
        )
    ]
    # "dismissed labels altogether, a sentiment shared by the crowd": a second object set
    # off by a comma is an apposition the parser misread, the reporter's comment when it
    # says who else holds the view.
    held = [
        k
        for k in held
        if not (
            k.dep == "dobj"
            and any(o.dep == "dobj" and o.i < k.i for o in held)
            and _set_off(ctx, ctx.tree.subtree(k)[0])
            and _others_hold(ctx, k)
        )
    ]
    if not held:
        return None
    if verb.lemma.lower() in _INTENDING:
        given = _given_past_addressee(ctx, held)
        if given is not None:
            return clip(ctx, *given, verb.start)
    tokens: list[Token] = []
    for k in held:
        cut: set[int] = set()
        for t in ctx.tree.subtree(k):
            beside = (
                t.head == k.i
                and t.dep == "advcl"
                and not (k.dep == "xcomp" and _purpose(ctx, t))
                and not (threat and _condition(ctx, t))
            ) or (_framing(ctx, t) and not (threat and _condition(ctx, t)))
            # "called it a 'temporary measure' that affects ...": the label is the
            # speaker's words; what it is said to do after them is the reporter's.
            beside = beside or (t.head == k.i and k.dep == "oprd" and t.dep == "relcl")
            beside = beside or (
                t.head == k.i
                and t.dep == "conj"
                and any(c.dep == "nsubj" for c in ctx.tree.children(t))
            )
            # "proposed a no-fly zone, an approach several senators have also embraced":
            # who else holds it is the reporter's comment.
            beside = beside or (
                t.dep == "appos" and _set_off(ctx, ctx.tree.subtree(t)[0]) and _others_hold(ctx, t)
            )
            if t.i != k.i and (beside or comment(ctx, t)):
                cut.update(x.i for x in ctx.tree.subtree(t))
        tokens += [t for t in ctx.tree.subtree(k) if t.i not in cut]
    tokens = [t for t in sorted(tokens, key=lambda t: t.i) if t.pos not in {"PUNCT", "SPACE"}]
    while tokens and tokens[0].dep == "mark" and tokens[0].lower == "that":
        tokens.pop(0)
    if not tokens:
        return None
    return clip(ctx, tokens[0].start, tokens[-1].end, verb.start)


# Subordinators of a clause that frames a position in time or condition.
_FRAMES = frozenset({"if", "unless", "once", "until", "after", "before"})
# Verbs of a threat or a promise, whose condition is part of what is threatened or
# promised ("threatened to skip the debate unless he is paid $5 million").
_THREATENING = frozenset({"threaten", "vow", "promise", "pledge", "warn"})


def _condition(ctx: Context, clause: Token) -> bool:
    """A clause of condition ("unless ...", "if ...")."""
    return clause.dep == "advcl" and any(
        k.dep == "mark" and k.lower in {"if", "unless"} for k in ctx.tree.children(clause)
    )


def _intended(ctx: Context, verb: Token, kid: Token) -> bool:
    """An infinitive after a verb of intention that the parser hung as a purpose because
    a time or place came between ("promised Sunday at a Las Vegas rally to end the $18
    million regime"): what was promised, not why."""
    return (
        kid.dep == "advcl"
        and verb.lemma.lower() in BELIEF_VERBS
        and not any(k.dep == "xcomp" for k in ctx.tree.children(verb))
        and _purpose(ctx, kid)
    )


def _when_object(ctx: Context, kid: Token, kids: Sequence[Token]) -> bool:
    """A day or time the parser took for the object ("promised Sunday to end ..."): when
    the words were said, not what they hold, when something else is held."""
    return (
        kid.dep == "dobj"
        and kid.ent in _WHEN_ENTS
        and len(ctx.tree.subtree(kid)) == 1
        and any(k.dep in {"xcomp", "ccomp", "advcl"} and k.i > kid.i for k in kids)
    )


def _purpose(ctx: Context, tok: Token) -> bool:
    """An infinitive of purpose right after what a position holds ("agreed to pay $325
    million to settle the charges with 49 states"): why the subject means to do it, part
    of the position itself, not a frame set around it."""
    kids = ctx.tree.children(tok)
    return (
        tok.tag == "VB"
        and any(k.dep == "aux" and k.lower == "to" and k.i < tok.i for k in kids)
        and not any(k.dep == "mark" for k in kids)
    )


def _framing(ctx: Context, tok: Token) -> bool:
    """A clause anywhere in a position's complement that sets it after, before or on
    condition of something else ("X plans to run and to seek the seat if Y leaves", "X
    refused the ban after Y called for it"): the reporter's frame, not what X stands
    for. A "when" clause may be the very thing X stands for ("accused Y of shouting
    when ..."), and stays."""
    return tok.dep == "advcl" and any(
        k.dep in {"mark", "advmod"} and k.lower in _FRAMES for k in ctx.tree.children(tok)
    )


# How a verb's phrases after it say when, where or how it was said ("said on Monday").
_WHEN_SAID = frozenset({"prep", "npadvmod", "advmod"})


def _as_reported(ctx: Context, verb: Token, subject: Token | None) -> tuple[int, int] | None:
    """What "As X reported, ...", "..., as X reported." or "In May, as X reported, ..."
    attributes: the rest of the sentence, read from the text as the parser often takes
    "as" for a preposition."""
    sentence = ctx.tree.sentence(verb.sent)
    lead = ctx.tree.subtree(subject)[0] if subject is not None else verb
    if lead.i > verb.i:
        lead = verb  # "As reported by X, ..."
    k = lead.i - 1
    # The parser may split the speaker's name ("the Harbour" / "Gazette"): look past it.
    while k > sentence[0].i and lead.i - k < 6 and ctx.tree[k].pos in {"DET", "PROPN", "ADJ"}:
        k -= 1
    if k < sentence[0].i or ctx.tree[k].lower != "as":
        return None
    opener = ctx.tree[k]
    words = [t for t in sentence if t.pos not in {"PUNCT", "SPACE"}]
    if opener.i == words[0].i:
        # "As X reported [on Tuesday], ...": up to the first comma after the verb.
        comma = ctx.text.find(",", verb.end, sentence[-1].end)
        if comma < 0 or ctx.text.find(".", verb.end, comma) >= 0:
            return None
        return clip(ctx, comma + 1, sentence[-1].end, verb.start)
    before = ctx.tree[opener.i - 1]
    last = verb.i
    if subject is not None and lead.i == verb.i:
        last = max(last, ctx.tree.subtree(subject)[-1].i)  # "..., as reported by X."
    when = [k for k in ctx.tree.children(verb) if k.i > last]
    if when and all(k.dep in _WHEN_SAID for k in when):
        last = ctx.tree.subtree(when[-1])[-1].i  # "..., as X reported on Monday."
    if before.text == "," and last == words[-1].i:
        # "..., as X reported.": the sentence up to the comma.
        return clip(ctx, _sentence_start(ctx, verb), before.start, verb.start)
    after = ctx.tree[last + 1] if last + 1 < len(ctx.tree) else None
    if (
        before.text == ","
        and after is not None
        and after.text == ","
        and after.sent == verb.sent
        and ctx.tree.head(verb).i > last
    ):
        # "In May, as X reported, the council cut 40 lines.": the clause after it, which
        # the frame modifies ("Reyes met her, as X reported, and ..." leaves it alone).
        return clip(ctx, after.end, sentence[-1].end, verb.start)
    return None


def _quote_before(ctx: Context, at: int) -> tuple[int, int] | None:
    """The inside of a quotation that closes right before ``at`` (only spaces between)."""
    for _, inner, inner_end, close in ctx.quotes:
        if close <= at and not ctx.text[close:at].strip() and inner < inner_end:
            return inner, inner_end
    return None


def _post_posed(
    ctx: Context, verb: Token, kids: Sequence[Token], subject: Token
) -> tuple[int, int] | None:
    """The stretch a speaker named after it reports: "[...], X said [on Tuesday]."

    The speaker and verb follow a comma ("..., X said", "..., said X") and the verb
    has no content of its own after it, only adjuncts ("on Tuesday", "in a
    statement") or a relay ("according to Y"). The content is then everything from
    the sentence's start (never before its line or a dateline) to that comma, however
    the parser hung the verb: relative clauses and conjoined verbs included.
    """
    if subject.lower in RELATIVE_WORDS:
        return None
    opening = _relative_opening(ctx, verb, kids) if verb.dep == "relcl" else None
    if verb.dep == "relcl" and opening is None:
        return None
    para = paragraph(ctx.text, verb.start)
    phrase = list(ctx.tree.subtree(subject))
    if verb.dep == "acl" and verb.head == subject.i:
        # "'...,' Ada Brandt, the analyst, tweeted": the verb the parser hung on the name.
        phrase = [t for t in phrase if t.i < verb.i]
        while len(phrase) > 1 and phrase[0].pos == "PUNCT":
            phrase = phrase[1:]  # the quotation's closing marks hung on the name
    first, last = phrase[0], phrase[-1]
    if last.i < verb.i:
        between = ctx.tree.tokens[last.i + 1 : verb.i]
        # "..., the company was quoted as saying": the passive's auxiliary too.
        helpers = (
            {"aux", "advmod", "auxpass"} if verb.lemma.lower() == "quote" else {"aux", "advmod"}
        )
        if any(t.head != verb.i or t.dep not in helpers for t in between):
            return None
        lead = first
    elif first.i == verb.i + 1:
        lead = verb  # "..., said the ministry"
    else:
        return None
    lemma = verb.lemma.lower()
    for kid in kids:
        if kid.i <= verb.i or kid.pos == "SPACE" or kid.i == subject.i:
            continue
        if paragraph(ctx.text, kid.start) != para:
            continue  # a title line's verb with the next paragraph hung on it
        if _with_tail(ctx, kid) or _purpose_tail(ctx, kid) or _and_tail(ctx, verb, kid):
            continue  # "..., officials said, with 12 more missing": the tail is content
        if lemma in {"tell", "told"} and kid.dep in {"dobj", "dative"}:
            if kid.dep == "dobj" and kid.lemma.lower() in _TOLD_THINGS:
                return None  # "..., X told a joke": what was told, not to whom
            continue  # the listener of "told Reuters"
        if kid.dep not in POST_ADJUNCTS or (kid.dep != "advcl" and counts(ctx, kid)):
            return None
    if colon_after(ctx, verb) or quote_introduced(ctx, verb):
        return None
    k = lead.i - 1
    comma = False
    while k >= 0 and ctx.tree[k].pos == "PUNCT" and ctx.tree[k].text not in {".", "!", "?"}:
        # "... rose to 12 (police said), and ...": a bracket sets the speaker off as a
        # comma does.
        comma = comma or "," in ctx.tree[k].text or ctx.tree[k].text == "("
        k -= 1
    if not comma or k < 0:
        return None
    start = max(ctx.tree.sentence(verb.sent)[0].start, para)
    dateline = dateline_end(ctx, verb)
    if dateline is not None:
        start = max(start, dateline)
    tail = _tail_end(ctx, verb, kids, subject)
    if opening is not None:
        # "..., after which, the police said, 46 were arrested": the speaker set off by
        # commas inside a relative clause reports that clause, from its relative phrase
        # to the sentence's end, never the sentence before it.
        if tail is None or opening.i >= k:
            return None
        start = max(start, opening.start)
    end = tail or ctx.tree[k].end
    start = _past_scene(ctx, start, lead)
    if start >= end:
        return None
    bracket = lead.i > 0 and ctx.tree[lead.i - 1].text == "("
    for tok in ctx.tree.at(start, end):
        reported = _reports_clause_of(ctx, tok, verb) if bracket and tok.i < k else None
        if reported is not None:
            # "Reyes said the toll rose to 12 (police said), and ...": the bracket
            # credits the clause the other speaker reports, which is its stretch.
            start = max(start, ctx.tree.subtree(reported)[0].start)
            continue
        # Another speaker inside the stretch ("While X say ..., Y said ..."): the
        # reporter sets two statements side by side; leave it to the parse. The same
        # speaker again ("..., he noted, spending fell to 1 percent, which he said ...")
        # is no other.
        if (
            tok.start >= start
            and tok.i != verb.i
            and tok.lemma.lower() in REPORTING_VERBS
            and any(
                c.dep == "nsubj" and c.lower not in RELATIVE_WORDS and c.lower != subject.lower
                for c in ctx.tree.children(tok)
            )
        ):
            return None
    return start, end


def _relative_opening(ctx: Context, verb: Token, kids: Sequence[Token]) -> Token | None:
    """The preposition of a relative phrase that opens a relative clause a verb of saying
    heads, set off from its speaker by a comma ("..., after which, the police said,
    ..."): the parser's reading of a speaker inserted into the clause. None otherwise."""
    if verb.lemma.lower() not in REPORTING_VERBS:
        return None
    for kid in kids:
        if kid.dep != "prep" or kid.i >= verb.i:
            continue
        objs = [k for k in ctx.tree.children(kid) if k.dep == "pobj"]
        if len(objs) == 1 and objs[0].lower == "which" and objs[0].i == kid.i + 1:
            after = ctx.tree[kid.i + 2] if kid.i + 2 < len(ctx.tree.tokens) else None
            return kid if after is not None and after.text == "," else None
    return None


def _reports_clause_of(ctx: Context, tok: Token, verb: Token) -> Token | None:
    """The clause a verb of saying reports (its ``ccomp``) when that clause holds
    ``verb``, or None."""
    child = verb
    for up in ctx.tree.ancestors(verb):
        if up.i == tok.i:
            return child if child.dep == "ccomp" else None
        child = up
    return None


# Prepositions and subordinators of a phrase that sets a statement in its time or
# against a concession ("Despite a month of attacks, ...", "After leaving the RNC, ...").
_FRAMING_WORDS = frozenset({"despite", "after", "before", "since", "although", "though"})
_CONCEDING = frozenset({"despite", "although", "though"})


def _past_frame(ctx: Context, start: int, according: Token) -> int:
    """Past a phrase that opens the sentence and frames it before a comma ("Despite a
    month of sharpened attacks, Reyes has failed to dent Brandt's lead, according to a
    poll"; "After leaving the board, she started a firm that ..., according to filings"):
    the reporter's framing, not what the credited source found or said. A clause of time
    with its own subject ("After a reporter asked ..., ...") may be what the source
    tells, and stays."""
    words = [t for t in ctx.tree.at(start, according.start) if t.pos not in {"PUNCT", "SPACE"}]
    if not words:
        return start
    head = words[0]
    if head.lower in {"and", "but", "so"} and len(words) > 1:
        head = words[1]
    if head.lower not in _FRAMING_WORDS or _inside_quote(ctx, head.start):
        return start
    if head.dep == "mark" and head.lower not in _CONCEDING:
        # "After a reporter asked about it, the couple became agitated, according to a
        # source": what set the scene is part of what the source tells.
        return start
    sub = ctx.tree.subtree(head)
    if head.dep == "mark":
        sub = ctx.tree.subtree(ctx.tree.head(head))
    if sub[0].i != head.i or sub[-1].i + 2 >= len(ctx.tree.tokens):
        return start
    after = ctx.tree[sub[-1].i + 1]
    if after.text != "," or after.start >= according.start:
        return start
    return ctx.tree[sub[-1].i + 2].start


def _past_scene(ctx: Context, start: int, lead: Token) -> int:
    """Past a participle that opens the sentence and sets its scene before a comma
    ("Bound together by 2,000 years of trade and sharing a 1,100-mile border, the two
    nations, Xi said, now have ..."): the reporter's framing of the statement, not the
    speaker's words."""
    first = next(
        (t for t in ctx.tree.at(start, lead.start) if t.pos not in {"PUNCT", "SPACE"}), None
    )
    if first is None or first.dep != "advcl" or first.tag not in {"VBN", "VBG"}:
        return start
    sub = ctx.tree.subtree(first)
    if sub[0].i != first.i or sub[-1].i + 1 >= lead.i or ctx.tree[sub[-1].i + 1].text != ",":
        return start
    if first.lemma.lower() in _SAYING or _inside_quote(ctx, first.start):
        return start  # "Citing the rise, ..." still gives the speaker's reason
    return ctx.tree[sub[-1].i + 2].start


def _tail_end(ctx: Context, verb: Token, kids: Sequence[Token], subject: Token) -> int | None:
    """Where a sentence ends that goes on after its speaker, set off by commas in its
    middle ("The two towns, Reyes said on Tuesday, now have 30 ferries."): the speaker
    reports all of it. None when the speaker ends the sentence."""
    region = max(verb.i, ctx.tree.subtree(subject)[-1].i)
    for kid in kids:
        if _with_tail(ctx, kid):
            continue
        if kid.i > verb.i and kid.dep in {"prep", "npadvmod", "advmod", "agent"}:
            region = max(region, ctx.tree.subtree(kid)[-1].i)
    sentence = ctx.tree.sentence(verb.sent)
    last = last_word_token(sentence)
    if region + 2 > last or ctx.tree[region + 1].text != ",":
        return None
    # A full stop ends the sentence the speaker stands in, though the parser ran it on
    # into the next ("The only problem, Ms. Bigbee said, is that ... at Carrier. 'I
    # think ...,' Ms. Bigbee said.").
    stop = next(
        (t.i for t in ctx.tree.tokens[region + 2 : last + 1] if t.text in {".", "!", "?"}),
        None,
    )
    if stop is not None:
        last = stop - 1
    para = paragraph(ctx.text, verb.start)
    tail = ctx.tree.tokens[region + 2 : last + 1]
    if any(paragraph(ctx.text, t.start) != para for t in tail):
        return None
    if tail and _quote_runs_out(ctx, tail[0].start, ctx.tree[last].end):
        return None
    if tail and _speaking(ctx, verb, tail[0]):
        return None  # "..., Reyes said, speaking to reporters": how, not more of what
    if tail and tail[0].lower in {"and", "but"} and _quoted_before(ctx, verb):
        return None  # "'...,' the source said, and the owner ...": the writer's clause
    lead = min(verb.start, ctx.tree.span(subject)[0])
    if tail and _second_act(ctx, verb, tail[0]) and ctx.text[:lead].rstrip().endswith(_CLOSES):
        return None
    if tail and _weak_manner(ctx, verb, tail[0]):
        return None  # "..., Reyes said, stressing each word": how, not more of what
    for tok in tail:
        if tok.lemma.lower() in REPORTING_VERBS and any(
            c.dep == "nsubj" and c.lower != subject.lower for c in ctx.tree.children(tok)
        ):
            return None
    return ctx.tree[last].end


# Verbs of weight put on words as they are said.
_EMPHASIS = frozenset({"stress", "emphasize", "emphasise"})


def _weak_manner(ctx: Context, verb: Token, tok: Token) -> bool:
    """Whether a word after a speaker set off by a comma opens a participle of emphasis
    with no clause, colon or quotation of its own ("..., Reyes said, stressing those last
    three words"): what is stressed so is the words just said, and the participle tells
    how they were said, not more of what (unlike "noting the 30 ferries that sailed")."""
    return (
        tok.head == verb.i
        and tok.dep == "advcl"
        and tok.tag == "VBG"
        and tok.lemma.lower() in _EMPHASIS
        and not _says(ctx, tok, ctx.tree.children(tok))
    )


# Closing quotation marks.
_CLOSES = ("”", '"', "''", "’")


def _second_act(ctx: Context, verb: Token, tok: Token) -> bool:
    """Whether a word after a speaker set off by a comma opens a participle of another
    act of the speaker's than saying or citing ("'Let him decide,' said Ada Brandt,
    urging the party to give him time"): after a quotation, what the participle urges
    is read from its own cue, and no more of the quotation the verb reports."""
    return (
        tok.head == verb.i
        and tok.dep == "advcl"
        and tok.tag == "VBG"
        and tok.i in ctx.cue_at
        and tok.lemma.lower() not in _TELLING | CITING_VERBS
        and not _says_nothing(ctx, tok, ctx.tree.subtree(tok))
    )


def _with_tail(ctx: Context, kid: Token) -> bool:
    """A "with" phrase set off by a comma after a speaker who closes a clause ("The two
    towns are tied, officials said, with each at 40 percent."): an absolute phrase that
    goes on with what was said, which the parser hangs on the verb of saying."""
    return kid.dep == "prep" and kid.lower == "with" and ctx.tree[kid.i - 1].text == ","


def _and_tail(ctx: Context, verb: Token, kid: Token) -> bool:
    """A clause joined by ", and" or ", but" after a speaker in a sentence's middle ("The
    port reopened on Monday, a spokeswoman said, and it has handled 40 ships since."):
    it goes on with what was said, which the parser hangs on the verb of saying as a
    second verb. A clause with a subject of its own, never the speaker's second verb
    ("..., she said, and added that ..."). After a quotation the speaker's words are
    the quoted ones: a clause the writer goes on with, unquoted, is the writer's own
    ("'We saw no progress,' the source said, and the owner wanted more.")."""
    if kid.dep != "conj" or kid.i <= verb.i or kid.lemma.lower() in ALL_VERBS:
        return False
    if _quoted_before(ctx, verb):
        return False
    first = ctx.tree.subtree(kid)[0]
    if first.lower not in {"and", "but"} and first.i > 0:
        first = ctx.tree[first.i - 1]  # the parser hangs the "and" on the verb of saying
    if first.lower not in {"and", "but"} or first.i < 1 or ctx.tree[first.i - 1].text != ",":
        return False
    return any(k.dep in {"nsubj", "nsubjpass", "expl"} for k in ctx.tree.children(kid))


def _quoted_before(ctx: Context, verb: Token) -> bool:
    """Whether the verb's sentence opens with a quotation that closes just before its
    speaker ("'...,' the source said")."""
    start = ctx.tree.sentence(verb.sent)[0].start
    return any(
        start <= opened and closed <= verb.start and len(ctx.text[closed : verb.start]) <= 80
        for opened, _, _, closed in ctx.quotes
    )


def _purpose_tail(ctx: Context, kid: Token) -> bool:
    """An infinitive set off by a comma after a speaker in a sentence's middle ("Crews
    laid 50,000 feet of cable, Reyes said, to make sure ships can dock."): it goes on
    with what was said, which the parser hangs on the verb of saying as its complement;
    a verb of saying takes no infinitive after a comma."""
    if kid.dep != "xcomp":
        return False
    first = ctx.tree.subtree(kid)[0]
    return first.lower == "to" and first.i > 0 and ctx.tree[first.i - 1].text == ","


def _quote_runs_out(ctx: Context, start: int, end: int) -> bool:
    """Whether a quotation opens or closes between ``start`` and ``end`` (the last
    word's end) and runs on past them. Words quoted whole inside the stretch ('had
    served for "a thousand years."') are still the stretch's; a quotation opening
    after the last word is the next sentence's."""
    for opened, _, _, closed in ctx.quotes:
        if opened < end and start < closed and (opened < start or closed > end + 3):
            return True
    return False


def _puts_it(verb: Token, kids: Sequence[Token]) -> bool:
    """Whether the verb is "put it" of saying ("as X put it")."""
    return verb.lemma.lower() == "put" and any(k.dep == "dobj" and k.lower == "it" for k in kids)


# Prepositions that give the value "put" or "place" sets ("at 60", "between 50 and 60"),
# or a bound or a neighbourhood of it ("put the toll near 60", "above 50 percent").
_VALUE_PREPS = frozenset({"at", "between", "near", "around", "above", "below"})
# Of those, the ones that also say where a thing is ("placed bombs near 3 schools"): a
# value only when what follows is a bare number, a share or a sum ("near 60", "above 50
# percent").
_PLACING_PREPS = frozenset({"near", "around", "above", "below"})
_VALUE_ENTS = frozenset({"PERCENT", "MONEY"})
# Adverbs that set a value "to" a number ("put the figure closer to 54,000 pages").
_NEARING = frozenset({"close", "near"})
# And those by which a list gives it ("lists the town's population as 21,090", "lists
# the brothers with $40 billion each").
_LISTED_PREPS = frozenset({"as", "with"})


def _valued(ctx: Context, verb: Token, kids: Sequence[Token]) -> bool:
    """Whether "put", "place" or "list" values something: an object, then "at" or
    "between" a number ("put the toll at 60", "at a solid 50 percent"), or a bound or
    neighbourhood of one ("near 60", "above 50 percent", "closer to 54,000"), or for a
    list "as" or "with" one after
    its object, wherever the parser hung it ("lists the population as 21,090", "lists
    the brothers with $40 billion each")."""
    obj = next((k for k in kids if k.dep == "dobj"), None)
    if obj is None:
        return False
    preps = [k for k in kids if k.dep == "prep" and k.lower in _VALUE_PREPS]
    preps += [
        p
        for k in kids
        if k.dep == "advmod" and k.lemma.lower() in _NEARING
        for p in ctx.tree.children(k)
        if p.dep == "prep" and p.lower == "to"
    ]
    if not preps:
        # "put the total number of emails that were turned over at about 55,000 pages",
        # the "at" hung on a clause inside the object.
        preps = [
            t
            for t in ctx.tree.subtree(obj)
            if t.pos == "ADP" and t.lower in _VALUE_PREPS and t.dep == "prep"
        ]
    if verb.lemma.lower() == "list":
        preps += [
            t
            for t in ctx.tree.subtree(verb)
            if t.i > obj.i and t.pos == "ADP" and t.lower in _LISTED_PREPS
        ]
    for prep in preps:
        if prep.lower in _PLACING_PREPS and not _bare_value(ctx, prep):
            continue
        # The number may hang elsewhere in a bad parse; it follows the preposition, a
        # list's after a hedge perhaps ("with just under $40 billion").
        reach = 5 if prep.lower in _LISTED_PREPS else 4
        for nxt in ctx.tree.tokens[prep.i + 1 : prep.i + reach]:
            if nxt.pos == "NUM" or any(map(str.isdigit, nxt.text)):
                return True
            if nxt.pos not in {"ADV", "ADJ", "ADP", "SYM", "DET"}:
                # "at a solid 50 percent", "at an estimated 60": an article and a
                # qualifier may stand before the number.
                break
    return False


def _bare_value(ctx: Context, prep: Token) -> bool:
    """Whether a preposition's object is a value alone: a number, a share or a sum
    ("near 60", "above 50 percent", "around $4 million"), not things counted at a place
    ("near 3 schools")."""
    obj = next((k for k in ctx.tree.children(prep) if k.dep == "pobj"), None)
    return obj is not None and (
        obj.pos == "NUM" or obj.lower in {"percent", "%"} or obj.ent in _VALUE_ENTS
    )


def _own_clause(ctx: Context, tok: Token, *, finding: bool = True) -> bool:
    """A clause beside another that has a reporting verb and a speaker of its own.

    Inside a finding (``finding``), a share of people answering ("while 37 percent say
    ...") is more of the finding, no speaker of its own; beside people who answered
    ("About four in 10 voters said ..., while nine in 10 said ...") it is other people
    answering, a statement of its own."""
    if tok.dep not in {"advcl", "conj"} or tok.pos not in {"VERB", "AUX"}:
        return False
    lemma = tok.lemma.lower()
    kids = ctx.tree.children(tok)
    if not finding and lemma in BELIEF_VERBS | ADVOCACY_VERBS:
        # "1,409 teachers said they backed Reyes, while 95 members favored Varga": beside
        # people who answered, a share or a count of others wanting or favouring
        # something is other people answering, not what the first ones said.
        return any(k.dep == "nsubj" and (_answers(k) or _counted_group(ctx, k)) for k in kids)
    if lemma in VALUING_VERBS:
        if not _valued(ctx, tok, kids):
            return False
    elif lemma not in REPORTING_VERBS | APPEAL_VERBS:
        return False
    # "the poll finds that, while 37 percent say ..., 39 percent blame ...": shares of
    # people answering are the finding, no speakers of their own.
    return any(
        k.dep == "nsubj" and k.lower not in RELATIVE_WORDS and not (finding and _answers(k))
        for k in kids
    )


def _span_without_clauses(ctx: Context, head: Token) -> tuple[int, int]:
    """The head's subtree up to its first comma-led relative clause."""
    toks = list(ctx.tree.subtree(head))
    cut = min((ctx.tree.subtree(t)[0].i for t in toks if comment(ctx, t)), default=None)
    if cut is not None:
        toks = [t for t in toks if t.i < cut]
    return toks[0].start, toks[-1].end


def _can_speak(ctx: Context, tok: Token) -> bool:
    """Whether a noun may be a source: a name, a pronoun, a person, body or document, an
    office held by a person (``ROLE_NOUNS``: "the former governor wants ...",
    "Republican senators have vowed ..."), or "the" and a role the report gives someone
    as a title ("the president")."""
    if tok.pos == "PRON" or is_name(tok) or group_part(ctx, tok):
        return True
    if tok.lemma.lower() in PERSON_NOUNS | DOC_NOUNS | BODY_NOUNS:
        return True
    if _office_holder(ctx, tok):
        return True
    return _titled_role(ctx, tok)


# What makes an office a description of its holders: words saying which office or whose
# ("the former governor", "Republican senators", "the secretary of state", "Ohio's
# attorney general, Dana Whitfield").
_QUALIFYING = frozenset({"amod", "compound", "nmod", "poss", "prep", "appos"})


def _office_holder(ctx: Context, tok: Token) -> bool:
    """Whether a noun of an office (``ROLE_NOUNS``) describes who holds it: plural
    ("Republican senators have vowed ..."), or with words saying which office or whose
    ("the former governor wants ...", "the secretary of state"). A bare "the governor"
    is no one the reader knows unless the report gives someone that title (see
    ``_titled_role``)."""
    if tok.pos != "NOUN" or tok.lemma.lower() not in ROLE_NOUNS:
        return False
    return tok.tag == "NNS" or any(k.dep in _QUALIFYING for k in ctx.tree.children(tok))


def _titled_role(ctx: Context, tok: Token) -> bool:
    """Whether ``tok`` is "the" and a role the document gives someone as a title.

    "the president proposed ..." in a report that names "President Barack Obama" is
    that person taking a position, as "the senator" is where "Senator Reyes" is named:
    a report names the holder of a title once, then calls them by the bare role.
    """
    if tok.pos != "NOUN" or not tok.text.islower():
        return False
    if not any(k.dep == "det" and k.lower == "the" for k in ctx.tree.children(tok)):
        return False
    title = re.compile(rf"\b{re.escape(tok.text.capitalize())}\s+$")
    return any(
        n.entity.type == "PERSON"
        and (
            title.search(ctx.text, max(0, n.start - len(tok.text) - 3), n.start) is not None
            or ctx.text.startswith(tok.text.capitalize() + " ", n.start)
        )
        for n in ctx.names
    )


def _inherit(ctx: Context, verb: Token, found: Sequence[Found]) -> Source | None:
    """A subjectless reporting verb ("..., adding that") speaks for its governing verb."""
    if verb.dep not in {"advcl", "conj", "xcomp"}:
        return None
    head = ctx.tree.head(verb)
    for item in reversed(found):
        if item.verb and item.cue_start <= head.start < item.cue_end + 1:
            return item.source
    return None


def _document_before(
    ctx: Context, verb: Token, subject: Token, found: Sequence[Found]
) -> Source | None:
    """The document a pronoun that shows or finds stands for: the last document or survey
    credited in the sentence before ("..., according to its filings. They showed $200,000
    in payments ..."). A document shows; a person or body mentioned in between does not."""
    if verb.lemma.lower() not in EVIDENCE_VERBS or subject.lower not in {"it", "they"}:
        return None
    if verb.sent == 0:
        return None
    before = ctx.tree.sentence(verb.sent - 1)
    para = paragraph(ctx.text, verb.start)
    if not before or paragraph(ctx.text, before[-1].start) != para:
        return None
    for item in reversed(found):
        if item.cue_end <= before[0].start:
            break
        if item.cue_start >= before[-1].end:
            continue
        return item.source if item.source.head in DOC_NOUNS | SURVEY_NOUNS else None
    return None


def _holder(found: Sequence[Found], at: int) -> Found | None:
    """The latest attribution by a verb whose content holds ``at``."""
    return next(
        (f for f in reversed(found) if f.verb and f.attribution.start <= at < f.attribution.end),
        None,
    )


def _controller(ctx: Context, verb: Token) -> Token | None:
    """Who speaks through a verb without a subject of its own: the subject of the verb
    that governs it ("X pivoted to arguing that", "X was quoted as saying", "X visited
    Lakeside and said", "X explained it by saying"), or that issued the document the
    verb describes ("X released a statement saying that ...")."""
    head = ctx.tree.head(verb)
    if verb.dep == "acl" and verb.tag == "VBG" and head.lemma.lower() in DOC_NOUNS:
        if head.dep == "pobj":
            return _answering_with(ctx, head)
        if head.dep != "dobj":
            return None
        head = ctx.tree.head(head)
    elif verb.dep not in {"advcl", "conj", "xcomp", "pcomp"}:
        return None
    if verb.dep == "pcomp" and head.pos == "ADP":
        head = ctx.tree.head(head)
    if verb.dep == "advcl" and verb.tag == "VBG" and _set_off(ctx, verb):
        head = _main_verb(ctx, head)
    if head.pos not in {"VERB", "AUX"}:
        return None
    kids = ctx.tree.children(head)
    quoted = _quoted_as(ctx, verb)
    if quoted is not None:
        return quoted
    return next((k for k in kids if k.dep in {"nsubj", "nsubjpass"}), None)


# Verbs of answering someone, by which the subject gives its answer "with" or "in" a
# document ("X responded with a statement saying ...").
_ANSWERING = frozenset({"respond", "reply", "answer", "react", "retort", "counter"})


def _answering_with(ctx: Context, document: Token) -> Token | None:
    """Who issued a document through which they answer ("Reyes responded with a
    statement saying that ...", "The Ledger shot back in an article stating that ..."):
    the active subject of a verb of answering, or of a verb with "back", that the
    document hangs on by "with" or "in". A document one only agrees with or is named in
    is someone else's ("Reyes agreed with a report saying ...")."""
    prep = ctx.tree.head(document)
    if prep.dep != "prep" or prep.lower not in {"with", "in"}:
        return None
    head = ctx.tree.head(prep)
    if head.pos != "VERB":
        return None
    kids = ctx.tree.children(head)
    back = any(k.dep in {"prt", "advmod"} and k.lower == "back" and k.i == head.i + 1 for k in kids)
    if head.lemma.lower() not in _ANSWERING and not back:
        return None
    return next((k for k in kids if k.dep == "nsubj"), None)


def _quoted_saying(ctx: Context, seen: Seen, verb: Token) -> Found | None:
    """ "'... Total downtime was 64 minutes,' the company was quoted as saying in a
    statement.": the one quoted, named after the clause with "was quoted as saying" and
    no words of its own after it, is the speaker of the clause before, as with "...,
    the company said"."""
    kids = ctx.tree.children(verb)
    subject = next((k for k in kids if k.dep == "nsubjpass"), None)
    as_ = next((k for k in kids if k.dep == "prep" and k.lower == "as" and k.i > verb.i), None)
    if subject is None or as_ is None or subject.i > verb.i:
        return None
    saying = next(
        (k for k in ctx.tree.children(as_) if k.dep == "pcomp" and k.lemma.lower() in _TELLING),
        None,
    )
    if saying is None or any(k.dep in _HELD for k in ctx.tree.children(saying)):
        return None
    stretch = _post_posed(ctx, verb, kids, subject)
    if stretch is None:
        return None
    got = speaker(ctx, seen, subject, exclude=verb)
    if got is None:
        return None
    source, carried = got
    return Found(
        attribution=source.credit(
            stretch, cue="carried" if carried else saying.lemma.lower(), hedged=False
        ),
        source=source,
        cue_start=ctx.tree.span(subject)[0],
        cue_end=saying.end,
        verb=True,
        verb_at=verb.i,
    )


def _by_means(ctx: Context, verb: Token) -> bool:
    """Whether a participle follows "by", giving the means of the verb it hangs on
    ("Reyes rallied crowds by promising to reopen the port"): the subject of that verb
    promised; "without promising" says the opposite."""
    head = ctx.tree.head(verb)
    return verb.dep == "pcomp" and head.pos == "ADP" and head.lower == "by"


def _set_off(ctx: Context, tok: Token) -> bool:
    """Whether a word follows a comma or a dash: it opens a phrase set off from the words
    before it."""
    return ctx.text[: tok.start].rstrip().endswith((",", "—", "–", "-"))


def _main_verb(ctx: Context, verb: Token) -> Token:
    """The verb of the clause that holds a clause describing one of its nouns ("X
    dismissed accusations that Y is violating the law" holds "violating"): a participle
    set off after that clause ("— saying ...") is said by the outer clause's subject,
    not by the subject of the description the parser hung it on."""
    while verb.dep in {"acl", "relcl"}:
        noun = ctx.tree.head(verb)
        up = ctx.tree.head(noun)
        if noun.dep == "pobj" and up.pos == "ADP":
            up = ctx.tree.head(up)
        if noun.dep not in {"dobj", "pobj"} or up.pos not in {"VERB", "AUX"} or up.i == noun.i:
            break
        verb = up
    return verb


def _quoted_as(ctx: Context, verb: Token) -> Token | None:
    """Who "X quoted Y as saying" has speak: Y, the one quoted, not X, who passed the
    words on (X is the relay, ``_quoter``)."""
    if verb.dep != "pcomp" or ctx.tree.head(verb).lower != "as":
        return None
    quote = ctx.tree.head(ctx.tree.head(verb))
    if quote.lemma.lower() != "quote" or quote.pos != "VERB":
        return None
    return next((k for k in ctx.tree.children(quote) if k.dep == "dobj"), None)


def _quoter(ctx: Context, verb: Token) -> Token | None:
    """The relay of "X quoted Y as saying": X, the subject of "quoted"."""
    if _quoted_as(ctx, verb) is None:
        return None
    quote = ctx.tree.head(ctx.tree.head(verb))
    return next((k for k in ctx.tree.children(quote) if k.dep == "nsubj"), None)


def _citing(ctx: Context, seen: Seen, tok: Token, found: Sequence[Found]) -> Found | None:
    """ "Y said ..., citing X": X is the speaker of what Y said, and Y its relay."""
    obj = next((k for k in ctx.tree.children(tok) if k.dep in {"dobj", "pobj"}), None)
    if obj is None:
        return None
    above = {a.i for a in ctx.tree.ancestors(tok)}
    hosts = [f for f in found if f.verb and f.verb_at in above]
    if not hosts:
        return None
    host = max(hosts, key=lambda f: f.verb_at)
    got = speaker(ctx, seen, obj, exclude=None, strict=True)
    if got is None:
        return None
    source, carried = got
    content: tuple[int, int] | None = (host.attribution.start, host.attribution.end)
    clause = ctx.tree.head(tok)
    if clause.i != host.verb_at:
        # Cited inside the reported clause: the clause without the citing phrase and
        # without clauses that have speakers of their own.
        skip = {t.i for t in ctx.tree.subtree(tok)}
        for t in ctx.tree.subtree(clause):
            if t.i != clause.i and _own_clause(ctx, t):
                skip.update(x.i for x in ctx.tree.subtree(t))
        side = [
            t
            for t in ctx.tree.subtree(clause)
            if t.i not in skip
            and (t.i < tok.i if clause.i < tok.i else t.i > tok.i)
            and t.pos not in {"PUNCT", "SPACE"}
        ]
        while side and side[0].dep == "mark" and side[0].lower == "that":
            side.pop(0)
        content = clip(ctx, side[0].start, side[-1].end, tok.start) if side else None
    if content is None:
        return None
    host_speaker = host.attribution.speaker
    relays = host.attribution.via if host.attribution.own else (host_speaker.name,)
    via = joined(source.via, joined(relays, host.attribution.via))
    source = replace(source, via=via)
    return Found(
        attribution=source.credit(
            content,
            cue="carried" if carried else tok.lemma.lower(),
            hedged=host.attribution.hedged,
        ),
        source=source,
        cue_start=tok.start,
        cue_end=ctx.tree.span(obj)[1],
        verb=False,
    )


# A lawmaker's party and state in brackets after the name: "(D-Orvel)", "(R-S.C.)".
_PARTY_TAG = re.compile(r"\s*\([A-Z][a-z]{0,3}\.?[-–][A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?\)$")


def headline_colons(ctx: Context) -> list[Found]:
    """ "Port source: 30 ships ..." — a paragraph opening with a source and a colon.

    The words before the colon must be a short noun phrase without a verb or a number
    whose head is a word for people (anonymous), a person's or body's name, or a survey
    ("Poll: ...", "Gazette poll: ..."); in a transcript, a speaker's tag in capitals
    ("REYES: ...", see ``_transcript_tags``). Before a quotation, a person's name may
    follow an office ('Former governor Tomas Reyes: "..."').
    """
    out: list[Found] = []
    tagged = _transcript_tags(ctx.text)
    for match in _head_colon_matches(ctx.text):
        start, end = match.span(1)
        tag = _PARTY_TAG.search(ctx.text, start, end)
        if tag is not None and tag.start() > start:
            # 'Rep. Ada Brandt (D-Orvel): "..."': the party and state tag is no part of the name.
            end = tag.start()
        lead = start
        while start < end and ctx.text[start] in _OPENING_MARKS:
            # A transcript's line in quotation marks ('"Reyes: We will ...').
            start += 1
        credit = _credit_start(ctx.text, start, end, match.end() - 1)
        if credit is not None:
            start = credit
        elif not opens_paragraph(ctx.text, lead):
            continue
        led = _past_lead_in(ctx.text, start, end, match.end() - 1)
        if led != start:
            # Led in as a further quotation: a credit like a roundup line's.
            start = credit = led
        words = [t for t in ctx.tree.at(start, end) if t.pos not in {"PUNCT", "SPACE"}]
        if not 0 < len(words) <= 5 or words[0].start != start:
            continue
        if any(t.pos in {"VERB", "AUX", "NUM"} or any(map(str.isdigit, t.text)) for t in words):
            continue
        last = words[-1]
        if last.lemma.lower() in PERSON_NOUNS or last.lower in PERSON_NOUNS:
            before = words[:-1]
            via: tuple[str, ...] = ()
            if before and before[0].text[:1].isupper():
                name = ctx.text[before[0].start : before[-1].end]
                if channel_name(ctx, name):
                    via = (name,)
            source = Source(
                speaker=Speaker(name=ctx.text[start:end], anonymous=True, start=start, end=end),
                via=via,
                head=last.lemma.lower(),
                person=True,
                plural=last.tag in {"NNS", "NNPS"},
            )
        elif (
            all(is_name(t) for t in words)
            and (last.ent in {"PERSON", "ORG"} or credit is not None)
            and (credit is not None or not _label_word(ctx, last))
        ):
            source = as_outlet(ctx, named(ctx, Seen(), last, words, role_tokens=None), None)
        elif (
            credit is None
            and last.lemma.lower() in SURVEY_NOUNS
            and last.pos == "NOUN"
            and all(is_name(t) or t.pos in {"DET", "ADJ"} for t in words[:-1])
        ):
            # "Poll: 3 battleground races are tight", "New Gazette poll: ...": a survey's
            # finding, the survey's (or its maker's).
            got = speaker(ctx, Seen(), last, exclude=None)
            if got is None:
                continue
            source = as_outlet(ctx, got[0], None)
        elif ctx.text[match.end() - 1] in _OPENING_MARKS and (run := _titled_name(words)):
            # 'Former governor Tomas Reyes: "We learned that ..."': a person named with an
            # office before the name, leading into the person's quoted words.
            source = as_outlet(ctx, named(ctx, Seen(), last, run, role_tokens=None), None)
        elif (
            _joint_names(words)
            and last.ent == "PERSON"
            and ctx.text[match.end() - 1] in _OPENING_MARKS
        ):
            # 'Ada Brandt and Tomas Reyes: "..."' — two authors quoted together; with no
            # quotation ("Reyes and Brandt: 40 percent each") a tally.
            joint = words[max(k for k, t in enumerate(words) if t.lower in _AND) + 1 :]
            source = named(ctx, Seen(), last, joint, role_tokens=None)
            both = Speaker(name=ctx.text[start:end], start=start, end=end)
            source = replace(source, speaker=both)
        elif credit is None and ctx.text[start:end] in tagged:
            # "REYES: We will rebuild the port." in a transcript: the speaker's name in
            # capitals, however the tagger read the capitals (often as a common noun).
            source = Source(
                speaker=Speaker(
                    name=ctx.text[start:end], entity=entity_id(ctx, last), start=start, end=end
                ),
                via=(),
                head=last.lower,
                person=True,
                plural=False,
            )
        else:
            continue
        line_end = ctx.text.find("\n", end)
        line_end = len(ctx.text) if line_end < 0 else line_end
        announced = credit is None and not source.speaker.anonymous and _announced(ctx.text, lead)
        if announced:
            # "Here is the transcript of the announcement." over "President Reyes: Before
            # I introduce ...": the turn runs on to the next speaker's tag.
            line_end = _turn_end(ctx.text, line_end)
        content = strip(ctx.text, match.end() - 1, line_end)
        if credit is not None:
            # A credit's content is its quotation, not the source note after it.
            quoted = next((q for q in ctx.quotes if q[0] == match.end() - 1), None)
            if quoted is not None:
                content = strip(ctx.text, quoted[1], quoted[2])
        if not any(c.isalpha() for c in ctx.text[content[0] : content[1]]):
            continue  # a tally ("Reyes: 2,316") states nothing
        if (
            credit is None
            and not source.speaker.anonymous
            and not announced
            and _section_head(ctx, start, end, content)
        ):
            continue
        out.append(
            Found(
                attribution=source.credit(content, cue="colon", hedged=False),
                source=source,
                cue_start=start,
                cue_end=match.end() - 1,
                verb=False,
            )
        )
    return out


def _titled_name(words: Sequence[Token]) -> list[Token]:
    """The name closing a line's words before a colon when only an office or a title
    stands before it ("Former governor Tomas Reyes", "Rep. Ada Brandt"): a person's name of
    two words or more; empty otherwise."""
    k = len(words)
    while k > 0 and is_name(words[k - 1]) and words[k - 1].pos == "PROPN":
        k -= 1
    if len(words) - k < 2 or k == 0 or not any(t.ent == "PERSON" for t in words[k:]):
        return []
    if not all(
        t.lemma.lower() in ROLE_NOUNS or t.pos == "ADJ" or t.text.endswith(".") for t in words[:k]
    ):
        return []
    return list(words[k:])


# A line announcing that a transcript or a speech's text follows: "Here is the transcript
# of the announcement.", "Below is the full text of her remarks", "Following is the text
# of Reyes's speech:".
_TRANSCRIPT_LEAD = re.compile(
    r"^\W*(?:here\s+is|here['’]s|below\s+is|following\s+is|what\s+follows\s+is)\b[^\n]*?"
    r"\b(?:transcript|text|remarks|speech)\b[^\n]*$",
    re.IGNORECASE,
)
# A speaker's tag opening a line: a short name and a colon ("Dr. Ada Varga: Thank you").
_TURN_TAG = re.compile(r"\n[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4}:[ \t]+\S")


def _announced(text: str, at: int) -> bool:
    """Whether the line before ``at`` announces a transcript or a speech's text, so that the
    name and colon opening the line at ``at`` tag the first speaker's turn."""
    line_start = text.rfind("\n", 0, at) + 1
    if line_start == 0 or text[line_start:at].strip():
        return False
    before = previous_paragraph(text, line_start)
    return _TRANSCRIPT_LEAD.match(text[before:line_start].strip()) is not None


def _turn_end(text: str, line_end: int) -> int:
    """Where a transcript's turn ends: at the next speaker's tag, or the end of the text.
    A speech given as a transcript is the speaker's to its last line."""
    tag = _TURN_TAG.search(text, line_end)
    return len(text) if tag is None else tag.start()


def _label_word(ctx: Context, last: Token) -> bool:
    """Whether the last word before a headline's colon is a common noun its capital only
    dresses up: the report writes it in lower case elsewhere, and it is no word for a
    body ("Harbour Fire: 3 Hurt" is a topic's label, "the fire" its common noun; "Lakeside
    Police: 3 Hurt" is a source). A label names what the story is about, never who
    speaks."""
    word = last.lower
    if not last.text[:1].isupper() or word in BODY_NOUNS or last.lemma.lower() in BODY_NOUNS:
        return False
    if word in _EVENT_NOUNS:
        # "Orvel Shooting: Varga Charged With Two Counts": an event's name, however seldom
        # the report writes the word again.
        return True
    return re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", ctx.text) is not None


# Words for an event that a headline's label names ("Orvel Shooting:", "Dalby Quake:").
_EVENT_NOUNS = frozenset(
    {
        "shooting",
        "shootings",
        "bombing",
        "stabbing",
        "killing",
        "killings",
        "crash",
        "attack",
        "blast",
        "explosion",
        "quake",
        "earthquake",
        "massacre",
        "rampage",
        "riot",
        "riots",
        "siege",
        "standoff",
        "scandal",
        "trial",
        "murder",
        "murders",
        "outage",
        "shutdown",
    }
)


def document_leads(ctx: Context) -> list[Found]:
    """ "Transcript as follows:" over a quotation — a document that gives the words after it.

    A paragraph that is only a document noun phrase ("Partial transcript", "The
    statement in full", "Brandt's letter") ending with a colon, perhaps with "as
    follows" or "below", leads into the quotation that opens the next paragraph: the
    document is the quotation's source, as a verb of saying before a colon would make
    its subject ("Read the letter below:" too). A transcript whose turns carry speakers'
    tags ("REYES: ...") is left to the tags, which name who speaks each turn. The phrase
    has no other verb ("Here is what he said:") and no number ("Poll 2: ...").
    """
    out: list[Found] = []
    opens = {q[0]: q for q in ctx.quotes}
    tagged = _transcript_tags(ctx.text)
    for match in _DOCUMENT_LEAD.finditer(ctx.text):
        start, end = match.span(1)
        quote = opens.get(match.end() - 1)
        if quote is None:
            continue
        if any(
            m.group(1) in tagged for m in _TRANSCRIPT_TAG.finditer(ctx.text, quote[0] - 1, quote[3])
        ):
            continue
        words = [t for t in ctx.tree.at(start, end) if t.pos not in {"PUNCT", "SPACE"}]
        if len(words) > 1 and words[0].lower in _READ_ON:
            # "Read the full statement below:" points the reader to the document.
            words = words[1:]
            start = words[0].start
        if not 0 < len(words) <= 5 or words[0].start != start:
            continue
        head = words[-1]
        if head.lemma.lower() not in DOC_NOUNS and head.lower not in DOC_NOUNS:
            continue
        if any(t.pos in {"VERB", "AUX", "NUM", "PRON"} for t in words):
            continue
        got = speaker(ctx, Seen(), head, exclude=None)
        if got is None:
            continue
        source = got[0]
        said_by = source.speaker
        if said_by.start is not None and said_by.end is not None and said_by.end > end:
            # The document as the lead names it, without "as follows".
            name = ctx.text[said_by.start : end]
            source = replace(source, speaker=replace(said_by, name=name, end=end))
        out.append(
            Found(
                attribution=source.credit(
                    strip(ctx.text, quote[1], quote[2]), cue="colon", hedged=False
                ),
                source=source,
                cue_start=start,
                cue_end=match.start(2),
                verb=True,
            )
        )
    return out


# Imperatives that send the reader on to a document's words.
_READ_ON = frozenset({"read", "see"})
# A paragraph of a few words and a colon, its last words perhaps "as follows" or
# "below", over a paragraph opening with a quotation mark.
_DOCUMENT_LEAD = re.compile(
    r"(?:^|\n)[ \t]*([^\s:\"“][^:\n]{0,60}?)"
    r"(?:[ \t]+(?:as[ \t]+follows|follows|below|in[ \t]+full))?"
    r"[ \t]*(:)[ \t\xa0]*\n\s*[\"“]"
)

_OPENING_MARKS = frozenset('"“‘`')
# A transcript's speaker tag: a paragraph opening with a name in capitals and a colon
# ("REYES: ...", "ADA BRANDT: ..."), at most three words of two letters or more.
_TRANSCRIPT_TAG = re.compile(
    r"(?:^|\n)[ \t]*[\"“]?([A-Z][A-Z.’'-]+(?:[ \t][A-Z][A-Z.’'-]+){0,2}):[ \t]+\S"
)
# Capitals before a colon that label the writer's own text, not a speaker.
_EDITORIAL_LABELS = frozenset(
    {
        "UPDATE",
        "UPDATED",
        "NOTE",
        "EDITOR'S NOTE",
        "EDITOR’S NOTE",
        "CORRECTION",
        "RELATED",
        "BREAKING",
        "WATCH",
        "VIDEO",
        "PHOTOS",
        "READ MORE",
        "CLARIFICATION",
        "ADVERTISEMENT",
    }
)


def _transcript_tags(text: str) -> frozenset[str]:
    """The speaker tags of a transcript set in the text ("TAPPER: ...", "REYES: ...").

    A name in capitals with a colon opening a paragraph is a speaker's tag only in a
    transcript, which gives turns to speakers: the text must open two paragraphs so at
    least. One such line alone is a label or a headline, read as any other.
    """
    found = [m.group(1) for m in _TRANSCRIPT_TAG.finditer(text)]
    found = [t for t in found if t not in _EDITORIAL_LABELS]
    return frozenset(found) if len(found) >= 2 else frozenset()


# How many sentences after a name and a colon, with no quotation, make a section of the
# writer's own rather than the named person's words.
SECTION_SENTENCES = 3


def _section_head(ctx: Context, start: int, end: int, content: tuple[int, int]) -> bool:
    """Whether "Name: ..." opening a paragraph heads a section the writer goes on to write.

    Only for a name (a word for people, "Port source: toll near 30", heads a headline's
    claims whatever follows). A headline is one line; a transcript gives its speaker in
    capitals ("REYES: We will rebuild. ..."); a quotation after the colon is the person's.
    A name in ordinary case followed, with no quotation mark, by a paragraph of several
    sentences ("Jeb Bush: Student loans Some big ideas do come to pass. ...") names the
    section's subject: the paragraph is the writer's.
    """
    name = ctx.text[start:end]
    words = ctx.text[content[0] : content[1]]
    if name.isupper() or words[:1] in _OPENING_MARKS or any(m in words for m in '"“”'):
        return False
    return len({t.sent for t in ctx.tree.at(*content)}) >= SECTION_SENTENCES


_AND = frozenset({"and", "&"})


# A further quotation from a source already quoted: "More from X: “...”", or a verb of
# saying set before the name, "Added X: “...”", "Continued X: “...”".
_MORE_FROM = re.compile(r"more\s+from\s+(?=\S)", re.IGNORECASE)
_LEAD_VERB = re.compile(r"([A-Z][a-z]+)\s+(?=[A-Z])")
_SAID_FORMS = frozenset(f for f in forms_of(_TELLING) if not f.endswith(("ing", "s")))


def _past_lead_in(text: str, start: int, end: int, after: int) -> int:
    """Where the source's name starts past the words that lead a further quotation in
    ("More from X:", "Added X:"), when a quotation follows the colon; ``start`` if none.
    What is left must still be a name for the colon to credit anyone."""
    if text[after : after + 1] not in _OPENING_MARKS and not text.startswith(("''", "``"), after):
        return start
    more = _MORE_FROM.match(text, start, end)
    if more is not None:
        return more.end()
    verb = _LEAD_VERB.match(text, start, end)
    if verb is not None and verb.group(1).lower() in _SAID_FORMS:
        return verb.end()
    return start


def _joint_names(words: Sequence[Token]) -> bool:
    """Names joined by one "and" ("Ada Brandt and Tomas Reyes")."""
    joins = [k for k, t in enumerate(words) if t.lower in _AND]
    return (
        len(joins) == 1
        and 0 < joins[0] < len(words) - 1
        and all(is_name(t) for k, t in enumerate(words) if k != joins[0])
    )


_CREDIT_DASH = re.compile(r"\s[-–—]\s*(?=\S)")


def _credit_start(text: str, start: int, end: int, after: int) -> int | None:
    """Where a speaker's credit starts in a roundup line ("Pollsters agree - X: “...”",
    "GAZETTE – X: “...”"): after a dash set off by spaces, the name right before a colon
    and a quotation. None for any other colon inside a paragraph."""
    if text[after : after + 1] not in {"“", '"', "‘"} and not text.startswith(("''", "``"), after):
        return None
    dashes = list(_CREDIT_DASH.finditer(text, start, end))
    if not dashes or "\n" in text[start:end]:
        return None
    return dashes[-1].end()


def _according(ctx: Context, seen: Seen, according: Token) -> Found | None:
    """ "According to X, ...": X is the speaker of the clause the phrase modifies. A line
    that is only the phrase and a colon ("According to Ada Brandt, writing for the
    Gazette:") credits X with the block set below it."""
    obj = to_object(ctx, according)
    if obj is None:
        return None
    block = _according_block(ctx, according)
    if block is not None:
        got = speaker(ctx, seen, obj, exclude=None, strict=True)
        if got is not None:
            source, carried = got
            return Found(
                attribution=source.credit(
                    block, cue="carried" if carried else "according to", hedged=False
                ),
                source=source,
                cue_start=according.start,
                cue_end=ctx.tree.span(obj)[1],
                verb=False,
            )
    return _credited(ctx, seen, according, obj, "according to")


def _according_block(ctx: Context, according: Token) -> tuple[int, int] | None:
    """The block below a line that opens with "according to" and ends with a colon."""
    if not opens_paragraph(ctx.text, according.start):
        return None
    line_end = ctx.text.find("\n", according.start)
    if line_end < 0:
        return None
    line = ctx.text[according.start : line_end].rstrip()
    if not line.endswith(":") or len(line.split()) > 16:
        return None
    return _line_block(ctx, according.start + len(line) - 1)


# Nouns of a reckoning that "by" credits ("by the AP's count", "by one estimate").
_RECKONINGS = frozenset({"count", "tally", "estimate", "calculation", "reckoning", "analysis"})


def _by_count(ctx: Context, seen: Seen, by: Token) -> Found | None:
    """ "By the Gazette's count, Reyes has 739 delegates", "..., by one estimate": whose
    reckoning it is, as "according to" would say. Only a phrase set off from its clause
    (opening the sentence or after a comma) whose noun is a reckoning with an owner
    ("by a count of 5 to 4" is a margin, not a source)."""
    obj = next((k for k in ctx.tree.children(by) if k.dep == "pobj"), None)
    if obj is None or by.dep != "prep" or obj.lemma.lower() not in _RECKONINGS:
        return None
    first = ctx.tree.sentence(by.sent)[0]
    if by.i != first.i and ctx.tree[by.i - 1].text != ",":
        return None
    if not any(k.dep == "poss" for k in ctx.tree.children(obj)) and not any(
        k.dep == "prep" and k.lower in {"of", "by"} for k in ctx.tree.children(obj)
    ):
        return None
    return _credited(ctx, seen, by, obj, "by")


def _in_survey(ctx: Context, seen: Seen, survey: Token, found: Sequence[Found]) -> Found | None:
    """ "In a Gazette poll released Monday, 60 percent ...": a sentence opening with the
    survey its results come from credits the clause to the survey, as "according to"
    would; so does a line opening so that the parser ran into the sentence before.
    Elsewhere ("voters in the poll", "leads in the polls") "in" often only says where a
    figure stands, so it credits nothing."""
    if survey.dep != "pobj":
        return None
    prep = ctx.tree.head(survey)
    whole = ctx.tree.head(prep)
    if prep.lower == "of" and whole.lemma.lower() in _POOLS and whole.dep == "pobj":
        # "leads by 9 points in the Gazette average of recent polls": the average of
        # the surveys is what gives the figure.
        survey, prep = whole, ctx.tree.head(whole)
    if prep.lower != "in" or prep.dep != "prep":
        return None
    if prep.i == ctx.tree.sentence(prep.sent)[0].i:
        if _authors(ctx, ctx.tree.head(prep)):
            # "In a study, three economists found that ...": the authors speak, the study
            # is where they did; neither their names nor their finding are the study's.
            return None
        if _asked_in(ctx, ctx.tree.head(prep)):
            # "In a Gazette survey, voters in Orvel were asked a series of questions":
            # how the survey was taken is the reporter's account, no finding of it.
            return None
        return _credited(ctx, seen, prep, survey, "in")
    if not opens_paragraph(ctx.text, prep.start):
        if not _closing_survey(ctx, survey) or any(
            f.attribution.start <= prep.start < f.attribution.end for f in found
        ):
            # A clause already credited ("according to X, ... in a study of the house")
            # keeps its source.
            return None
        got = _credited(ctx, seen, prep, survey, "in")
        if got is None:
            return None
        # What follows the survey ("..., a 52-point swing", "up 8 points from March") is
        # the writer's gloss on the finding; one standing in the subject credits its
        # whole clause.
        start, end = got.attribution.start, got.attribution.end
        verb = _survey_verb(ctx, prep)
        if verb is None or verb.i < prep.i:
            end = min(end, _survey_end(ctx, prep))
        elif (subject := _respondents(ctx, verb)) is not None:
            # "46 percent of people in the Gazette poll said ...": the people asked
            # are who speaks; what they said follows them.
            start = max(start, ctx.tree.span(subject)[1])
        if end <= start:
            return None
        return replace(got, attribution=replace(got.attribution, start=start, end=end))
    # The parser hung the opening phrase on the line before: the clause it opens is
    # the one right after the phrase.
    after = max(t.i for t in ctx.tree.subtree(prep)) + 1
    while after < len(ctx.tree) and ctx.tree[after].pos in {"PUNCT", "SPACE"}:
        after += 1
    if after >= len(ctx.tree):
        return None
    root = next((t for t in ctx.tree.sentence(ctx.tree[after].sent) if t.dep == "ROOT"), None)
    if root is None or root.start < prep.start:
        return None
    return _credited(ctx, seen, prep, survey, "in", clause=root)


# Verbs of taking a survey, whose passive tells who was asked ("were polled").
_ASKED = frozenset({"ask", "poll", "survey", "interview", "question"})


def _asked_in(ctx: Context, verb: Token) -> bool:
    """Whether the clause a survey opens tells who the survey asked, in the passive
    ("voters were asked", "1,000 adults were polled"): the survey's method."""
    return (
        verb.lemma.lower() in _ASKED
        and verb.pos in {"VERB", "AUX"}
        and any(k.dep in {"nsubjpass", "auxpass"} for k in ctx.tree.children(verb))
    )


# Verbs by which the authors of a study give what they found in it.
_AUTHORING = EVIDENCE_VERBS | {"estimate", "conclude", "calculate"}


def _authors(ctx: Context, verb: Token) -> bool:
    """Whether the clause a survey opens gives its own authors finding something ("In a
    study, three economists found that ..."): a verb of finding with a subject that may
    speak and counts no one answering ("In a poll, 60 percent found ..." is the poll's)."""
    if verb.lemma.lower() not in _AUTHORING or verb.pos not in {"VERB", "AUX"}:
        return False
    subject = next((k for k in ctx.tree.children(verb) if k.dep == "nsubj"), None)
    return (
        subject is not None
        and not _answers(subject)
        and subject.lemma.lower() not in SURVEY_NOUNS | DOC_NOUNS
        and _can_speak(ctx, subject)
    )


# How a phrase hangs on the nouns of its clause: "6 percent of the vote in a poll",
# "Obama's rating in the poll", "a favorable view of Trump in a poll".
_NOUN_LINKS = frozenset({"pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr", "appos", "compound"})


def _survey_verb(ctx: Context, prep: Token) -> Token | None:
    """The verb of the clause a survey's "in" phrase stands in, through the nouns it
    modifies ("took 6 percent of the vote in a poll": took); None when another verb
    stands in between ("voters who said so in the poll")."""
    up = ctx.tree.head(prep)
    while up.pos not in {"VERB", "AUX"}:
        if up.dep not in _NOUN_LINKS or ctx.tree.head(up).i == up.i:
            return None
        up = ctx.tree.head(up)
    return up


def _in_subject(ctx: Context, verb: Token, prep: Token) -> bool:
    """Whether a phrase before its clause's verb stands inside the clause's subject
    ("Obama's approval rating in the latest poll stands at 53%"), not before it ("In
    the poll, ..."), which ``_in_survey`` reads as an opening."""
    subject = next((k for k in ctx.tree.children(verb) if k.dep in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.i < prep.i < verb.i


def _respondents(ctx: Context, verb: Token) -> Token | None:
    """The subject of a verb when it counts people answering a survey ("46 percent of
    people", "one in four voters", "some 300 voters"), else None."""
    subject = next((k for k in ctx.tree.children(verb) if k.dep in {"nsubj", "nsubjpass"}), None)
    if subject is None or not (_answers(subject) or subject.tag in {"NNS", "NNPS"}):
        return None
    return subject


def _named_survey(ctx: Context, survey: Token) -> bool:
    """Whether a survey is named as one particular survey, by whom or when it was made
    ("a CNN poll", "the latest Gazette survey", "a poll released Sunday"), not only
    "the poll"."""
    return survey.pos == "PROPN" or any(
        k.dep in {"compound", "amod", "poss", "nmod", "acl"} for k in ctx.tree.children(survey)
    )


# What pools several surveys into one figure ("an average of recent polls").
_POOLS = frozenset({"average", "aggregate", "analysis"})


def _closing_survey(ctx: Context, survey: Token) -> bool:
    """ "Reyes leads by 9 points in the Gazette poll", "Brandt took 6 percent of the vote
    in a poll released Sunday", "Reyes's approval rating in the Gazette poll stands at 53%":
    a figure a clause gives "in" one particular survey is that survey's finding. The
    survey hangs in the main clause, on its verb or on the nouns of its subject or
    object, with no other verb in between ("..., after half said so in the earlier
    poll": another clause's); it is one survey or surveys someone made ("in recent polls
    from X"), not the polls at large ("leads in the polls"); and the clause outside it
    holds a number."""
    prep = ctx.tree.head(survey)
    verb = _survey_verb(ctx, prep)
    if verb is None:
        return False
    low, high = sorted((verb.i, prep.i))
    if any(t.pos == "VERB" for t in ctx.tree.tokens[low + 1 : high]):
        return False
    if verb.i > prep.i and not _in_subject(ctx, verb, prep):
        return False
    if ctx.tree.head(prep).i != verb.i and not _named_survey(ctx, survey):
        # "tied at 5% in the poll": on a noun, only a survey named as one particular
        # survey says whose finding the figure is.
        return False
    if verb.dep == "ccomp" and _respondents(ctx, ctx.tree.head(verb)) is not None:
        # "67 percent of Americans said they had a poor view of Reyes in a Gazette
        # poll": what the people asked said is the survey's finding.
        verb = ctx.tree.head(verb)
    if _main_chain(ctx, verb).dep != "ROOT":
        return False
    if survey.tag in {"NNS", "NNPS"} and not any(
        k.dep == "prep" and k.lower in {"from", "by"} for k in ctx.tree.children(survey)
    ):
        return False
    inside = {t.i for t in ctx.tree.subtree(prep)}
    return any(
        (t.pos == "NUM" or any(map(str.isdigit, t.text))) and t.ent not in {"DATE", "TIME"}
        for t in ctx.tree.subtree(verb)
        if t.i not in inside
    )


# How a verb without a subject of its own carries on the clause before it ("rose to 42
# percent before slipping back to 39 percent", "rose and then fell to 39 percent").
_CARRIED_ON = frozenset({"advcl", "conj", "pcomp"})


def _main_chain(ctx: Context, verb: Token) -> Token:
    """The verb a subjectless verb carries on, up to the first verb with a subject of its
    own: the subject's own clause, whose figures a survey named in it gives ("Reyes rose
    to 42 percent before slipping back to 39 percent in the Gazette poll")."""
    while verb.dep in _CARRIED_ON and not any(
        k.dep in {"nsubj", "nsubjpass", "expl"} for k in ctx.tree.children(verb)
    ):
        head = ctx.tree.head(verb)
        if verb.dep == "pcomp" and head.dep == "prep":
            # "before slipping back ...": through the preposition that leads the verb.
            head = ctx.tree.head(head)
        if head.i == verb.i or head.pos not in {"VERB", "AUX"}:
            break
        verb = head
    return verb


def _survey_end(ctx: Context, prep: Token) -> int:
    """Where a finding credited to a survey after its clause ends: with the survey's
    phrase, or with the margin set off after it (", by 8 points and 11 points")."""
    end = ctx.tree.span(prep)[1]
    after = max(t.i for t in ctx.tree.subtree(prep)) + 1
    if (
        after + 1 < len(ctx.tree)
        and ctx.tree[after].text == ","
        and ctx.tree[after + 1].lower == "by"
        and ctx.tree[after + 1].head == prep.head
    ):
        end = ctx.tree.span(ctx.tree[after + 1])[1]
    return end


def _credited(
    ctx: Context,
    seen: Seen,
    according: Token,
    obj: Token,
    name: str,
    *,
    clause: Token | None = None,
) -> Found | None:
    """The clause a crediting phrase ("according to X") modifies, as X's (or ``clause``,
    where the parser hung the phrase elsewhere)."""
    got = speaker(ctx, seen, obj, exclude=None, strict=True)
    if got is None:
        return None
    source, carried = got
    opening = clause is not None
    clause = ctx.tree.head(according) if clause is None else clause
    for up in [clause, *ctx.tree.ancestors(clause)]:
        clause = up
        if up.pos in {"VERB", "AUX"}:
            break
    obj_start, obj_end = ctx.tree.span(obj)
    words = [
        t
        for t in ctx.tree.subtree(clause)
        if t.pos not in {"PUNCT", "SPACE"} and not (t.dep == "mark" and t.lower == "that")
    ]
    first, last = words[0].start, words[-1].end
    if opening:
        # The clause the phrase opens: only what follows the phrase.
        first = max(first, obj_end)
    elif (comma := _opening_comma(ctx, according, obj)) is not None:
        # "According to X, 571 of the 714 delegates - a group of ... - back Reyes; 66
        # percent ...": a phrase opening its sentence credits all of it after the
        # comma, however the parser hung the phrase.
        first = comma + 1
        sentence = ctx.tree.sentence(according.sent)
        last = max(last, ctx.tree[last_word_token(sentence)].end)
    elif first == according.start and obj_end < last and not _closes_clause(ctx, according):
        # "that, according to X, 26 sailors ...": inside another's statement the
        # content is what X said, after the cue.
        first = obj_end
    elif first == according.start and obj_end < last:
        # "Reyes holds a 10-point lead, according to X, where ...": the parser hung the
        # phrase on the clause after it, but it credits the clause it closes.
        first, last = _sentence_start(ctx, according), according.start
    elif first < according.start:
        # "Reyes leads by 271 delegates, according to a count by X": the phrase comes
        # after what it attributes, which runs from the sentence's start, however the
        # parser hung the phrase.
        first = _past_frame(ctx, min(first, _sentence_start(ctx, according)), according)
        last = max(last, according.start)
        # "... $1.1 trillion, according to X - half a percentage point of GDP": a phrase
        # with no verb set off by a dash after the credited source is the writer's gloss
        # on the figure; a clause after the dash may still be the source's. So is one
        # set off by a comma (see ``_comma_gloss``).
        gloss = _DASH_AFTER.search(ctx.text, according.end, last)
        dash_gloss = gloss is not None and not any(
            t.pos in {"VERB", "AUX"} and gloss.end() <= t.start < last
            for t in ctx.tree.subtree(clause)
        )
        if dash_gloss or _comma_gloss(ctx, according, obj_end, last):
            last = according.start
    bracket = _bracketed(ctx, according.start)
    if bracket is not None and ctx.text[bracket[0] : according.start].strip(" ,;"):
        # "Iowa (93 percent of voters were white, according to exit polls), Ohio
        # (79 percent) ...": a phrase inside brackets credits only what they hold.
        first, last = max(first, bracket[0]), min(last, bracket[1])
    content = clip(ctx, first, last, according.start)
    if content is None:
        return None
    return Found(
        attribution=source.credit(
            content, cue="carried" if carried else name, hedged=_hedge_in(ctx, clause, content)
        ),
        source=source,
        cue_start=according.start,
        cue_end=obj_end if obj_end > obj_start else according.end,
        verb=False,
    )


# Verb tags of a clause of its own: a finite verb or a modal.
_FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})


def _comma_gloss(ctx: Context, according: Token, source_end: int, last: int) -> bool:
    """Whether a phrase with no clause of its own follows the credited source after a
    comma and closes the statement ("Centerview earned $600 million, according to public
    filings, a huge sum for a firm with 35 partners"; "..., according to the council, a
    panel of captains from three ports"; "..., compared with its 25 percent rate"): the
    writer's gloss on the figure or the source, no more of what the source says. A
    relative clause inside the gloss ("a start-up that tracks donations") is still the
    gloss. Not a participle going on with the statement ("..., becoming a 93 percent
    owner"), a preposition ("..., by 8 points"), nor the object the statement still
    lacks ("G4S receives, according to one report, $234 million")."""
    comma = ctx.text.find(",", source_end, last)
    if comma < 0 or ctx.text[source_end:comma].strip():
        return False
    rest = [t for t in ctx.tree.at(comma + 1, last) if t.pos not in {"PUNCT", "SPACE"}]
    if not rest or _inside_quote(ctx, rest[0].start):
        return False
    if rest[0].tag == "VBG" or rest[0].pos == "ADP":
        return False
    inside = {t.i for t in rest}
    relative = {t.i for r in rest if r.dep == "relcl" for t in ctx.tree.subtree(r)}
    if any(
        (t.tag in _FINITE or t.dep in {"nsubj", "nsubjpass", "ROOT"}) and t.i not in relative
        for t in rest
    ):
        return False  # "..., according to a police timeline, 12 guards left."
    for top in (t for t in rest if t.head not in inside):
        if top.dep in {"dobj", "attr"}:
            # A second object after the source: the first, before it, completed the clause.
            if not any(
                k.dep == top.dep and k.i < according.i
                for k in ctx.tree.children(ctx.tree[top.head])
            ):
                return False
        elif top.dep not in _GLOSS_DEPS and not (top.pos == "VERB" and top.tag == "VBN"):
            return False
    return True


# How a parser hangs a phrase glossing what came before it.
_GLOSS_DEPS = frozenset({"appos", "npadvmod", "dep"})


# A dash between words, as news sets off an aside: " - ", " -- ", an en or em dash.
_DASH_AFTER = re.compile(r"\s(?:-{1,2}|–|—)\s|—")


def _bracketed(ctx: Context, at: int) -> tuple[int, int] | None:
    """The inside of the round brackets around ``at`` on its line, if any."""
    line_start = ctx.text.rfind("\n", 0, at) + 1
    line_end = ctx.text.find("\n", at)
    line_end = len(ctx.text) if line_end < 0 else line_end
    opened = ctx.text.rfind("(", line_start, at)
    if opened < 0 or ctx.text.find(")", opened, at) >= 0:
        return None
    closed = ctx.text.find(")", at, line_end)
    if closed < 0 or ctx.text.find("(", at, closed) >= 0:
        return None
    return opened + 1, closed


def _closes_clause(ctx: Context, according: Token) -> bool:
    """Whether a crediting phrase follows a comma that closes a clause with words of its
    own ("Reyes holds a 10-point lead in Lakeside, according to X"), not one that opens
    a clause ("..., that, according to X, 26 sailors", "Reyes said, according to X, ...")."""
    k = according.i - 1
    if k < 0 or ctx.tree[k].text != "," or ctx.tree[k].sent != according.sent:
        return False
    before = ctx.tree[k - 1] if k > 0 else None
    if before is None or before.sent != according.sent or before.pos in {"PUNCT", "SCONJ"}:
        return False
    return before.lemma.lower() not in _TELLING and before.dep != "mark"


def _opening_comma(ctx: Context, according: Token, obj: Token) -> int | None:
    """Where the comma is that closes "According to X," when the phrase opens its
    sentence (after a dateline, if any), within two dozen words; None otherwise."""
    if _sentence_start(ctx, according) != according.start:
        return None
    sentence = ctx.tree.sentence(according.sent)
    end = ctx.tree[last_word_token(sentence)].end
    comma = ctx.text.find(",", obj.end, end)
    while comma >= 0 and _APPOSITION.match(ctx.text, comma + 1):
        # "According to Ada Brandt, a friend of the mayor's who left in 2010, ...": the
        # description of the source is no part of what it says.
        comma = ctx.text.find(",", comma + 1, end)
    if comma < 0 or len(ctx.text[according.start : comma].split()) > 24:
        return None
    return comma


# A description set off after a source's name ("Ada Brandt, a friend of ...,").
_APPOSITION = re.compile(r"\s*(?:a|an|his|her|their)\s")


def _sentence_start(ctx: Context, tok: Token) -> int:
    """Where the token's sentence starts, never before its line or a dateline.

    A reporting verb with a speaker of its own standing in between ("Y said ...,
    according to X") moves the start to after that verb's clause."""
    start = max(ctx.tree.sentence(tok.sent)[0].start, paragraph(ctx.text, tok.start))
    dateline = dateline_end(ctx, tok)
    if dateline is not None:
        start = max(start, dateline)
    for other in ctx.tree.at(start, tok.start):
        if other.lemma.lower() in REPORTING_VERBS and any(
            c.dep == "nsubj" and c.lower not in RELATIVE_WORDS and not _answers(c)
            for c in ctx.tree.children(other)
        ):
            return max(start, other.end)
    return start


def _counted_group(ctx: Context, tok: Token) -> bool:
    """Whether a subject is a counted group of people ("95 members", "1,409 voters")."""
    return tok.lemma.lower() in PERSON_NOUNS and any(
        k.dep == "nummod" for k in ctx.tree.children(tok)
    )


def _answers(tok: Token) -> bool:
    """Whether a subject counts people answering a survey ("three in four say", "72
    percent said"): a survey's finding, not a speaker of its own."""
    lemma = tok.lemma.lower()
    return tok.pos == "NUM" or tok.text == "%" or lemma in PERCENTS or lemma in SHARE_WORDS


def impersonal_within(found: Sequence[Found]) -> list[Found]:
    """``found`` without the impersonal reports read inside another's words: "The board
    said it was estimated that 40 wells ran dry" is the board's statement, which the
    impersonal report hedges ("it was estimated" names no one; see ``cue``)."""
    marked = list(found)
    dropped: set[int] = set()
    for n, item in enumerate(found):
        a = item.attribution
        if not (item.verb and a.own and a.speaker.name == UNNAMED):
            continue
        covering = [
            k
            for k, f in enumerate(marked)
            if k != n
            and k not in dropped
            and not f.attribution.own
            and f.attribution.start <= item.cue_start < f.attribution.end
        ]
        if not covering:
            continue
        k = min(covering, key=lambda j: marked[j].attribution.end - marked[j].attribution.start)
        marked[k] = replace(marked[k], attribution=replace(marked[k].attribution, hedged=True))
        dropped.add(n)
    return [f for n, f in enumerate(marked) if n not in dropped]


def hedges(ctx: Context, sentence: Sequence[Token], found: Sequence[Found]) -> list[Found]:
    """``found`` with the sentence's hedge adverbs read: each marks the innermost
    attribution around it as hedged, or, with none around, makes one of its own.

    A hedge word alone ("The driver reportedly fled") marks the writer's distance from
    what the report states; it names no source, so what it marks stays the report's own
    statement (``own``), hedged: no one is credited with it."""
    marked = list(found)
    out: list[Found] = []
    for tok in sentence:
        if tok.lower not in HEDGE_ADVERBS:
            continue
        covering = [
            n for n, f in enumerate(marked) if f.attribution.start <= tok.start < f.attribution.end
        ]
        if covering:
            n = min(covering, key=lambda k: marked[k].attribution.end - marked[k].attribution.start)
            marked[n] = replace(marked[n], attribution=replace(marked[n].attribution, hedged=True))
            continue
        clause = ctx.tree.head(tok)
        first, last = ctx.tree.span(clause)
        last = _hedged_end(ctx, clause, tok, last)
        content = clip(ctx, first, last, tok.start)
        if content is None:
            continue
        source = unnamed()
        out.append(
            Found(
                attribution=Attribution(
                    start=content[0],
                    end=content[1],
                    speaker=source.speaker,
                    via=(),
                    cue=tok.lower,
                    hedged=True,
                    own=True,
                ),
                source=source,
                cue_start=tok.start,
                cue_end=tok.end,
                verb=False,
            )
        )
    return marked + out


def _hedged_end(ctx: Context, clause: Token, hedge: Token, end: int) -> int:
    """Where what a hedge adverb marks ends: before a condition that frames it ("...
    reportedly winning over delegates if he does not secure 1,237 of them"), a comment
    set off by a comma (", which ...") or a description of a place or thing set off by a
    comma ("... at the church, a few blocks from the debate venue"): the reporter's
    words around the unconfirmed claim, not part of it."""
    cuts = [
        t
        for t in ctx.tree.subtree(clause)
        if t.i > hedge.i
        and (
            _framing(ctx, t)
            or comment(ctx, t)
            or (
                t.dep in {"appos", "npadvmod"}
                and ctx.tree[ctx.tree.subtree(t)[0].i - 1].text == ","
                and not _inside_quote(ctx, t.start)
            )
        )
    ]
    if not cuts:
        return end
    cut = min(ctx.tree.subtree(t)[0].i for t in cuts)
    words = [t for t in ctx.tree.tokens[hedge.i : cut] if t.pos not in {"PUNCT", "SPACE", "CCONJ"}]
    return words[-1].end if words else end


def _hedge_in(ctx: Context, tok: Token, content: tuple[int, int]) -> bool:
    """A hedge adverb on the verb or inside the content."""
    if not ctx.has_hedges:
        return False
    if any(k.lower in HEDGE_ADVERBS for k in ctx.tree.children(tok)):
        return True
    return any(t.lower in HEDGE_ADVERBS for t in ctx.tree.at(*content))


# A headline credited after a colon at its end ("Fire Kills 3 in Warehouse: Police"): up
# to three words after the colon, closing a line that ends no sentence.
_HEAD_CREDIT = re.compile(
    r"(?m)^[ \t]*(\S[^\n]{8,160}?)\s*:[ \t]+"
    r"([A-Za-z][A-Za-z'’.]*(?:[ \t][A-Za-z][A-Za-z'’.]*){0,2})[ \t]*$"
)


def headline_credits(ctx: Context) -> list[Found]:
    """ "Fire Kills 3 in Warehouse: Police" — a headline that names its source after a
    colon at its end, as wire headlines do.

    The words after the colon must be a short phrase headed by a word for people
    ("Officials", "Witnesses"), a body ("Police") or an office ("Coroner"), and the
    headline before it must hold a verb or a number: a statement, not a section name.
    """
    out: list[Found] = []
    for match in _HEAD_CREDIT.finditer(ctx.text):
        start, end = match.span(2)
        words = [t for t in ctx.tree.at(start, end) if t.pos not in {"PUNCT", "SPACE"}]
        if not words or words[0].start != start:
            continue
        last = words[-1]
        head = last.lower if last.lower in BODY_NOUNS else last.lemma.lower()
        if head not in PERSON_NOUNS | BODY_NOUNS | ROLE_NOUNS:
            continue
        body = match.span(1)
        said = [t for t in ctx.tree.at(*body) if t.pos not in {"PUNCT", "SPACE"}]
        if not any(t.pos in {"VERB", "AUX", "NUM"} for t in said):
            continue
        source = Source(
            speaker=Speaker(name=ctx.text[start:end], anonymous=True, start=start, end=end),
            via=(),
            head=head,
            person=head in PERSON_NOUNS,
            plural=last.tag in {"NNS", "NNPS"} or head in BODY_NOUNS,
        )
        out.append(
            Found(
                attribution=source.credit(strip(ctx.text, *body), cue="colon", hedged=False),
                source=source,
                cue_start=start,
                cue_end=end,
                verb=False,
            )
        )
    return out


def _head_colon_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_HEAD_COLON.finditer(text)``, tried only near colons.

    Every match ends its first group at most 60 characters (and the white space after
    them) before a colon, so positions farther from the next colon are skipped unread.
    """
    pos = 0
    while True:
        colon = text.find(":", pos)
        if colon < 0:
            return
        k = colon
        while k > pos and text[k - 1].isspace():
            k -= 1
        for at in range(max(pos, k - 60), colon):
            match = _HEAD_COLON.match(text, at)
            if match is not None:
                yield match
                pos = match.end()
                break
        else:
            pos = colon + 1
