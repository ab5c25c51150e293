"""Who a phrase names: a person or body with a role, an anonymous source, the outlet.

Each function reads one noun phrase of the parse and returns the ``Source`` it names or
describes, given the document (``Context``) and the speakers named before it (``Seen``);
none changes either.

The subject (or the object of "according to") is read as a name with a role (appositive
"X, spokeswoman for Y", or the words before the name "Coalition spokesman Colonel X";
title-like proper nouns next to the name are dropped from the role, unless they are the
office of a place or body, "Orvel Mayor X", whose name is then the person's own); as an
anonymous source when its head is a word for people ("source", "activists", "witnesses",
"one of the civilians") or an unnamed collective ("local media", "state television"), named as
written (a common noun for people that the tagger took for an entity is still no name);
as the owner of a document noun ("the coalition's strike releases", "estimates of the
UN"); as an anonymous body when it names none ("a local relief group", "aid groups");
otherwise as an organisation ("the US military"). A role that only repeats the name is no
role. A pronoun or a definite description ("the source", "the spokesman") is an earlier
speaker carried over.

The outlet itself: a first-person speaker ("we", "our teams") outside a quotation, or one
that names the document's outlet (loosely: without "the", its acronym, or "the committee"
for "X Relief Committee"), is the outlet speaking for itself (``Source.own``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from triangulate.claims.attribution.context import Context, Named, Seen
from triangulate.claims.attribution.gender import (
    PRONOUN_GENDER,
    Gender,
    gender_of,
    given_names,
    personal_gender,
)
from triangulate.claims.attribution.lexicon import (
    ALL_VERBS,
    BODY_NOUNS,
    COLLECTIVE_NOUNS,
    CONTACT_VERBS,
    DEFINITE,
    DOC_NOUNS,
    FIRST_PERSON,
    GROUP_PRONOUNS,
    PERCENTS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    SHARE_WORDS,
    SURVEY_NOUNS,
    UNNAMED,
)
from triangulate.claims.attribution.names import (
    entity_id,
    is_channel,
    is_name,
    name_of,
    name_run,
)
from triangulate.claims.attribution.records import Source
from triangulate.claims.attribution.relays import contacts
from triangulate.claims.attribution.spans import (
    TIME_LINKS,
    TIME_UNITS,
    dateline_end,
    joined_text,
    phrase_of,
    trimmed,
)
from triangulate.claims.attribution.text import (
    LETTERS,
    last_word,
    name_words,
    norm,
    without_det,
    words_in,
)
from triangulate.model import Entity, Speaker
from triangulate.nlp.tokens import Token
from triangulate.resolve.names import CORPORATE_SUFFIXES, TITLES, body_word

# A name owning what it names ("Reyes's campaign", "Mr. Reyes’s office").
_OWNED = re.compile(r"\w['’]s?\s+\w")
# Demonstratives as a phrase's head: they point to a fact, not to a source.
_POINTING = frozenset({"this", "that", "these", "those"})
# A face and what it shows: "speaks" only as a figure of speech.
_EXPRESSIONS = frozenset(
    {"smile", "grin", "frown", "eye", "face", "expression", "tear", "gesture", "silence"}
)


def speaker(
    ctx: Context, seen: Seen, head: Token, *, exclude: Token | None, strict: bool = False
) -> tuple[Source, bool] | None:
    """The speaker a noun phrase names or describes, and whether it was carried over.

    ``exclude`` is the reporting verb, whose branch is no part of the phrase. ``strict``
    refuses phrases that name no source at all ("according to the deal"). The writer
    of the report ("we", "our teams", the outlet's own name) is the outlet speaking for
    itself.
    """
    if head.lower in FIRST_PERSON or any(
        k.dep == "poss" and k.lower in FIRST_PERSON for k in ctx.tree.children(head)
    ):
        return own_source(ctx), False
    if (
        head.lower in _POINTING
        and head.tag == "DT"
        and not any(k.dep in {"relcl", "acl"} for k in ctx.tree.children(head))
    ):
        # "All this indicates that ...", "This shows ...": what a demonstrative points to
        # is a fact or the report's own reasoning, never a source ("those who were there"
        # are people)
        return None
    if (
        head.lemma.lower() in _EXPRESSIONS
        and head.pos == "NOUN"
        and not any(k.dep == "appos" for k in ctx.tree.children(head))
    ):
        # "their smiles said they were happy", "his eyes told ...": a face speaking is a
        # figure of speech, no source ("the face of the campaign, Ada Brandt," is hers)
        return None
    if head.lower == "another" and head.dep in {"nsubj", "nsubjpass"}:
        # "One delegate said ... Another said ...": one more of the people the report
        # does not name, never the one before.
        phrase = phrase_of(ctx, head, exclude)
        return (anonymous(ctx, head, phrase), False) if phrase else None
    if group_part(ctx, head):
        # "While many union members backed Reyes, many said ...": some of the people
        # just named, whom the report does not name one by one.
        return anonymous(ctx, head, [head]), False
    if (head.tag in {"PRP", "PRP$"} or head.pos == "PRON") and not (
        # "Some of the mayor's allies", "many of the workers": a part of a group the
        # report names, not a pronoun.
        head.tag not in {"PRP", "PRP$"} and _partitive(ctx, head)
    ):
        resolved = pronoun(ctx, seen, head)
        return None if resolved is None else (resolved, True)
    if head.pos == "NUM" and not _partitive(ctx, head):
        # "39 have said they back her", "One in three say ...": a count of people
        # answering names no one ("one of the lawyers", "one in four voters" do).
        return None
    if head.lemma.lower() in PERCENTS or head.text == "%":
        # "72 percent said ...", "72 percent of voters say ...": a percentage of people
        # answering is a poll's result, which names no speaker.
        return None
    if _average_share(ctx, head):
        # "An average of 10 percent of voters reported ...": a poll's result, as the
        # share itself would be.
        return None
    if head.lemma.lower() in SHARE_WORDS and not any(
        k.dep == "prep" and k.lower == "of" for k in ctx.tree.children(head)
    ):
        # "about half say ...": a poll's result names no one; "half of the voters" names
        # who spoke.
        return None
    firm = _firm_of_suffix(ctx, head)
    if firm is not None:
        # "Corran Pictures, LLC plans ...": a legal form after a comma is the end of
        # the company's name, which the parser split off as the subject.
        return speaker(ctx, seen, firm, exclude=exclude, strict=strict)
    after_time = _after_time(ctx, head)
    if after_time is not None:
        # "Twelve hours into the investigation authorities said": a leading phrase of
        # elapsed time says when, never who; the speaker is the noun the parser hung
        # on its "into"/"after" (and ``phrase_of`` leaves the event out of its phrase).
        return speaker(ctx, seen, after_time, exclude=exclude, strict=strict)
    dateline = dateline_end(ctx, head)
    if dateline is not None and head.start < dateline:
        # "Lakeside – A source in the port told ...": the place is the dateline; the
        # speaker is the noun phrase after the dash, which the parser hangs on it.
        after = [
            t
            for t in ctx.tree.subtree(head)
            if t.start >= dateline and t.pos not in {"PUNCT", "SPACE"}
        ]
        ids = {t.i for t in after}
        roots = [t for t in after if t.head not in ids and t.pos in {"NOUN", "PROPN", "PRON"}]
        return speaker(ctx, seen, roots[0], exclude=exclude, strict=strict) if roots else None
    inner = _copied(ctx, head)
    if inner is not None:
        # "according to a copy of the letter": the letter is the source, not its copy.
        return speaker(ctx, seen, inner, exclude=exclude, strict=strict)
    got = _described(ctx, seen, head, exclude=exclude, strict=strict)
    if got is None or _MARKUP.search(got[0].speaker.name):
        # A tag of the page the text was taken from ('<tweet author="@X">', '">X') is
        # no one's name.
        return None
    source, carried = got
    if not source.own:
        source = as_outlet(ctx, source, head)
    return source, carried


_MARKUP = re.compile(r'[<>]|="')


def _firm_of_suffix(ctx: Context, head: Token) -> Token | None:
    """The name a capitalised legal-form suffix set off by a comma ends, if it is one.

    "Corran Pictures, LLC", "Kelvara Media, Inc.": the form belongs to the name before
    the comma (``CORPORATE_SUFFIXES``), never a speaker of its own.
    """
    if (
        head.lower.rstrip(".") not in CORPORATE_SUFFIXES
        or not head.text[:1].isupper()
        or head.i < 2
    ):
        return None
    comma, name = ctx.tree[head.i - 1], ctx.tree[head.i - 2]
    if comma.text != "," or name.pos != "PROPN" or name.head == head.i:
        return None
    return name


def _after_time(ctx: Context, head: Token) -> Token | None:
    """The noun after the event a subject of elapsed time counts from, if it is one.

    "Twelve hours into the investigation authorities said": the parser makes the time
    the subject and the speaker the object of its "into"; a span of time never speaks.
    """
    if head.lemma.lower() not in TIME_UNITS or head.dep not in {"nsubj", "nsubjpass"}:
        return None
    for link in ctx.tree.children(head):
        if link.dep != "prep" or link.lower not in TIME_LINKS:
            continue
        for noun in ctx.tree.children(link):
            if noun.dep == "pobj" and any(
                k.dep == "compound" and k.pos == "NOUN" for k in ctx.tree.children(noun)
            ):
                # the event's noun run into the speaker's ("the investigation
                # authorities") is how the parser misreads it
                return noun
    return None


def _average_share(ctx: Context, head: Token) -> bool:
    """Whether a phrase is an average or a mean of a share of people ("an average of 10
    percent of registered voters")."""
    if head.lemma.lower() not in {"average", "mean", "median"}:
        return False
    return any(
        k.dep == "prep"
        and k.lower == "of"
        and any(
            o.dep == "pobj" and (o.lemma.lower() in PERCENTS | SHARE_WORDS or o.text == "%")
            for o in ctx.tree.children(k)
        )
        for k in ctx.tree.children(head)
    )


# Words for a part of a group standing alone as a subject: "many said", "several vowed".
_PARTS = frozenset({"many", "some", "several", "both", "most", "few"})


def group_part(ctx: Context, head: Token) -> bool:
    """Whether a bare "many", "several" or "both" as a subject stands for some of the
    people the report named just before, in its own sentence or the one before ("Mr.
    Reyes's supporters showed no sign of backing down. Several threatened ..."): a part
    of a group of people, not a share of a poll's answers."""
    if head.lower not in _PARTS or head.dep != "nsubj" or ctx.tree.children(head):
        return False
    first = ctx.tree.sentence(max(head.sent - 1, 0))[0].i
    before = ctx.tree.tokens[first : head.i]
    if any(t.lemma.lower() in SURVEY_NOUNS for t in before):
        # "The poll found voters split. Many said ...": people answering a poll.
        return False
    return any(
        t.tag in {"NNS", "NNPS"}
        and (t.lemma.lower() in PERSON_NOUNS | ROLE_NOUNS or t.ent == "NORP")
        for t in before
    )


# Nouns for a copy or a part of a document ("a copy of the letter", "excerpts of the
# speech"): what they hold is the document's.
_COPIES = frozenset({"copy", "draft", "version", "excerpt", "summary", "portion", "text"})


def _copied(ctx: Context, head: Token) -> Token | None:
    """The document a copy or excerpt is of, when it is one of a document."""
    if head.lemma.lower() not in _COPIES:
        return None
    of = next((k for k in ctx.tree.children(head) if k.dep == "prep" and k.lower == "of"), None)
    inner = next((k for k in ctx.tree.children(of) if k.dep == "pobj"), None) if of else None
    if inner is None or inner.lemma.lower() not in DOC_NOUNS:
        return None
    return inner


def _partitive(ctx: Context, number: Token) -> bool:
    """Whether a number names the people it counts: "one of the lawyers", "one in four
    voters"."""
    return any(
        kid.dep == "prep"
        and kid.lower in {"of", "in"}
        and any(k.dep == "pobj" and k.pos in {"NOUN", "PROPN"} for k in ctx.tree.children(kid))
        for kid in ctx.tree.children(number)
    )


def _described(
    ctx: Context, seen: Seen, head: Token, *, exclude: Token | None, strict: bool
) -> tuple[Source, bool] | None:
    """The speaker a (non-pronoun) noun phrase names or describes (see ``speaker``)."""
    phrase = phrase_of(ctx, head, exclude)
    if not phrase:
        return None
    lemma = head.lemma.lower()
    appos = next((k for k in ctx.tree.children(head) if k.dep == "appos"), None)
    if appos is not None and appos.i not in {t.i for t in phrase}:
        appos = None
    if appos is not None and not is_name(head) and (not is_name(appos) or _describes(ctx, appos)):
        # "The source, a nurse at the clinic, said": no name on either side, so the
        # head phrase names the speaker and the apposition only describes it; so does
        # "The employee, a registered Republican who ..., said": a proper noun after "a"
        # is what the speaker is, not who.
        cut = {t.i for t in ctx.tree.subtree(appos)}
        phrase = [t for t in phrase if t.i not in cut]
        while phrase and phrase[-1].pos in {"PUNCT", "SPACE"}:
            phrase.pop()
        appos = None
    if appos is None and not is_name(head):
        titled = _second_title(ctx, head, phrase)
        if titled is not None:
            name, role_side = titled
            return named(ctx, seen, name, [name], role_tokens=role_side), False
    if appos is None and not is_name(head):
        late = _late_name(ctx, phrase)
        if late is not None:
            name_ids = {t.i for t in ctx.tree.subtree(late)}
            name_side = [t for t in phrase if t.i in name_ids]
            role_side = [t for t in phrase if t.i not in name_ids]
            while role_side and role_side[-1].pos in {"PUNCT", "SPACE"}:
                role_side.pop()
            return named(ctx, seen, late, name_side, role_tokens=role_side), False
    if appos is None and not is_name(head):
        appos = _stray_name(ctx, head, phrase)
        if appos is not None:
            role_side = [t for t in phrase if t.i != appos.i]
            return named(ctx, seen, appos, [appos], role_tokens=role_side), False
    if appos is not None:
        return _apposed(ctx, seen, head, appos, phrase), False
    if is_name(head):
        return named(ctx, seen, head, phrase, role_tokens=None), False
    if lemma in DOC_NOUNS or _issued_update(ctx, head, lemma):
        joint = _joint_owners(ctx, head)
        if joint is not None:
            return joint, False
        owner = _owner(ctx, head)
        if owner is not None:
            got = speaker(ctx, seen, owner, exclude=None)
            if got is not None:
                source, carried = got
                role = joined_text(
                    ctx,
                    [
                        t
                        for t in phrase
                        if t.i not in {x.i for x in ctx.tree.subtree(owner)}
                        and t.dep not in {"det", "case", "punct"}
                        and t.lower != "of"
                    ],
                )
                if source.speaker.role is None and role:
                    with_role = replace(source.speaker, role=role)
                    source = replace(source, speaker=with_role)
                return source, carried
        issued = _issued_before(ctx, seen, head, phrase)
        if issued is not None:
            return issued, True
    earlier = _definite(ctx, seen, head, phrase) or _possessed(ctx, seen, head, phrase)
    if earlier is not None:
        return earlier, True
    if lemma in PERSON_NOUNS or lemma in DOC_NOUNS or lemma in COLLECTIVE_NOUNS:
        return anonymous(ctx, head, phrase), False
    if lemma in SHARE_WORDS:
        # "Half of the residents": people the report does not name.
        return anonymous(ctx, head, phrase), False
    if strict and lemma not in BODY_NOUNS and lemma not in _FAMILIES:
        return None
    if not any(t.pos == "PROPN" for t in phrase) and (
        phrase[0].lower in {"a", "an"} or (phrase[0].i == head.i and head.tag == "NNS")
    ):
        # "a local relief group", "aid groups": a body the report does not name.
        return anonymous(ctx, head, phrase), False
    # An organisation is named by its head and the words before it ("the US-led
    # coalition"); what follows describes it ("backing the assault").
    start, end = trimmed([t for t in phrase if t.i <= head.i])
    return (
        Source(
            speaker=Speaker(
                name=ctx.text[start:end],
                entity=entity_id(ctx, head),
                anonymous=False,
                start=start,
                end=end,
            ),
            via=(),
            head=lemma,
            # One holder of an office ("the governor", "the county sheriff") is a
            # person, whom a later "he" or "she" goes on about; a body is not.
            person=lemma in ROLE_NOUNS and head.tag == "NN",
            plural=head.tag in {"NNS", "NNPS"},
        ),
        False,
    )


# A person's family, which a report credits with what it tells of them ("died Monday at
# 85, according to his family"); no body whose acts elsewhere are positions it takes.
_FAMILIES = frozenset({"family"})


def _second_title(
    ctx: Context, head: Token, phrase: Sequence[Token]
) -> tuple[Token, list[Token]] | None:
    """The name after two titles joined by "and" ("said Orvel businessman and blogger Ann
    Roe"), and the words before it, its role. A singular common noun with no article
    or possessor is a title set before a name, never a speaker of its own ("the mayor
    and Ann Roe" are two people): joined by "and" to a person's name that has a title of
    its own in lower case before it, both titles are that one person's."""
    if head.pos != "NOUN" or head.tag != "NN":
        return None
    kids = ctx.tree.children(head)
    if any(k.dep in {"det", "poss", "nummod"} for k in kids):
        return None
    if not any(k.dep == "cc" and k.lower == "and" for k in kids):
        return None
    conj = [k for k in kids if k.dep == "conj"]
    if len(conj) != 1 or not is_name(conj[0]) or conj[0].ent != "PERSON":
        return None
    name = conj[0]
    inner = [t for t in ctx.tree.subtree(name) if t.i in {p.i for p in phrase}]
    run = name_run(name, inner)
    between = [t for t in inner if t.end <= run[0].start]
    if not between or any(t.dep in {"det", "poss", "conj", "cc"} for t in between):
        return None
    if not all(t.text[:1].islower() for t in between):
        return None
    role = [t for t in phrase if t.end <= run[0].start and t.pos not in {"PUNCT", "SPACE"}]
    return name, role


def _describes(ctx: Context, appos: Token) -> bool:
    """Whether a proper noun in apposition describes rather than names: one after "a" or
    "an" ("a registered Republican", "a Marine who served ...") tells what the speaker is;
    "the Greens", "Hamas" name a body."""
    return any(k.dep == "det" and k.lower in {"a", "an"} for k in ctx.tree.children(appos))


def _late_name(ctx: Context, phrase: Sequence[Token]) -> Token | None:
    """The name set off at the end of a described speaker's phrase that the parser hung
    on another name inside it ("One pastor supporting Mr. Cruz, Darran Whiting of
    Liberty Church, said"): one name in apposition to another is never the same person,
    so it names the one the description describes. A person's name the parser hung on
    a place or body inside the description ("the head of Tarnby's customs zone, Aram
    Vesko, said") names the person too: a zone or a province is no person."""
    for tok in phrase:
        if tok.dep != "appos" or tok.pos != "PROPN" or tok.ent not in {"", "PERSON"}:
            continue
        head = ctx.tree.head(tok)
        on_name = is_name(head) and head.ent == "PERSON"
        if not on_name and not (tok.ent == "PERSON" and _place_or_body(ctx, head)):
            continue
        last = ctx.tree.subtree(tok)[-1]
        if last.i == phrase[-1].i or (
            last.i + 1 <= phrase[-1].i and ctx.tree[last.i + 1].text == ","
        ):
            return tok
    return None


def _place_or_body(ctx: Context, noun: Token) -> bool:
    """Whether a common noun inside a speaker's description is a place or a body, never a
    person: a named place or organisation's ("Tarnby's customs zone", "Tarnby province",
    "the port authority"), not a person's noun ("the victim", "his mother")."""
    lemma = noun.lemma.lower()
    if noun.pos != "NOUN" or lemma in PERSON_NOUNS | ROLE_NOUNS or gender_of("", lemma):
        return False
    if noun.ent in {"GPE", "LOC", "FAC", "ORG"} or lemma in BODY_NOUNS:
        return True
    return any(k.dep in {"poss", "compound"} and k.pos == "PROPN" for k in ctx.tree.children(noun))


def _stray_name(ctx: Context, head: Token, phrase: Sequence[Token]) -> Token | None:
    """A name right after a descriptive noun that the parser left unattached.

    "monitor Airwars" is sometimes parsed with "Airwars" hanging off the clause; the
    name next to the description is still the speaker's.
    """
    last = phrase[-1]
    if last.i + 1 >= len(ctx.tree) or last.i != head.i:
        # Only a name right after the speaker's own head noun: after "quoted by the
        # news site" a stray name is the site's.
        return None
    nxt = ctx.tree[last.i + 1]
    if nxt.sent != last.sent or not is_name(nxt) or nxt.dep not in {"dep", "npadvmod"}:
        return None
    if ctx.tree.head(nxt).pos == "VERB" and ctx.tree.head(nxt).lemma.lower() in ALL_VERBS:
        return None
    return nxt


def _apposed(
    ctx: Context, seen: Seen, head: Token, appos: Token, phrase: Sequence[Token]
) -> Source:
    """An appositive pair ("X, spokeswoman for Y"): a name on one side, a role on the other."""
    appos_ids = {t.i for t in ctx.tree.subtree(appos)}
    head_side = [t for t in phrase if t.i not in appos_ids]
    appos_side = [t for t in phrase if t.i in appos_ids]
    if is_name(appos) and not is_name(head):
        return named(ctx, seen, appos, appos_side, role_tokens=head_side)
    return named(ctx, seen, head, head_side, role_tokens=appos_side)


def named(
    ctx: Context,
    seen: Seen,
    head: Token,
    phrase: Sequence[Token],
    *,
    role_tokens: Sequence[Token] | None,
) -> Source:
    """A named speaker: the name run around the head, the rest of the phrase its role."""
    # Proper nouns right before the phrase that the parser split off ("As the Harbour /
    # Gazette reported") are still the name's.
    k = min(t.i for t in phrase) - 1
    split: list[Token] = []
    while k >= 0 and head.i - k <= 4 and _glued(ctx.tree[k], head):
        split.insert(0, ctx.tree[k])
        k -= 1
    run = _after_office_of(ctx, head, _own_name(head, name_run(head, [*split, *phrase])))
    start, end = run[0].start, run[-1].end
    before = [t for t in phrase if t.end <= start and t.pos not in {"PUNCT", "SPACE"}]
    # Proper nouns glued to the name but outside its entity are titles ("Colonel"),
    # dropped when a common noun still says the role ("Coalition spokesman"); a
    # role of proper nouns only ("Interior Secretary", "Orvel Mayor") is kept whole, a
    # bare title ("Colonel", "Prime Minister") is no role.
    titled = list(before)
    while before and before[-1].pos == "PROPN" and not before[-1].ent and head.ent:
        before.pop()
    if (before or _office_of(titled)) and not any(t.pos == "NOUN" for t in before):
        before = titled
    words = role_tokens if role_tokens is not None else before
    role: str | None = joined_text(
        ctx, [t for t in words if not (t.dep == "det" and t is words[0])]
    )
    if role and not any(c.isalpha() for c in role):
        role = None  # an age ("Woodrow Benford, 58, said") is no role
    entity = entity_id(ctx, head)
    name = ctx.text[start:end]
    person = head.ent == "PERSON"
    for earlier in reversed(seen.speakers):
        if _OWNED.search(earlier.speaker.name) and not _OWNED.search(name):
            # "Reyes's campaign said ..." names the campaign; a later "Reyes said" is
            # Reyes, not his campaign with a shorter name.
            continue
        if not _heads_name(earlier.speaker.name, name):
            # "a 2008 Reyes veteran said ..." names a veteran; a later "Reyes" is Reyes.
            continue
        alike = entity is not None and earlier.speaker.entity == entity
        # A later, shorter mention ("Dillon") keeps the full name and role given first.
        if (alike or words_in(name, earlier.speaker.name)) and not earlier.speaker.anonymous:
            role = role or earlier.speaker.role
            if words_in(name, earlier.speaker.name):
                name = earlier.speaker.name
            person = person or earlier.person
            break
    if role and any(w in PERSON_NOUNS or w in ROLE_NOUNS for w in role.lower().split()):
        # "spokesman Tomas Reyes", "Orvel island governor Ada Brandt": a name after a
        # word for a person or a person's office is a person's, whatever the tagger read.
        person = True
    person = person or _surname(ctx, name) or _member(ctx, head)
    return Source(
        speaker=Speaker(
            name=name,
            entity=entity,
            role=role or None,
            anonymous=False,
            start=start,
            end=end,
        ),
        via=contacts(ctx, phrase),
        head=head.lemma.lower(),
        person=person,
        plural=head.tag == "NNPS",
    )


def _title_word(tok: Token) -> bool:
    """Whether a word is a title of rank or office ("Mayor", "Gov.", "Chief", "CEO"),
    which news copy sets before a person's name and never makes part of it."""
    word = tok.lower.rstrip(".")
    return word in TITLES or word in ROLE_NOUNS or word in _SHORT_TITLES


def _own_name(head: Token, run: list[Token]) -> list[Token]:
    """The person's own name in a run of proper nouns that took in the title and the place
    or body before it ("Kelvara Gov. Ana Reyes", "Tallis Governor Tomas Dalby"). News
    copy sets an office before the name it belongs to, so a person's name of two or more
    capitalised words after a title word is the name, and the words up to the title are
    the role; a run with no such name ("General Motors Co") is kept whole."""
    for k in range(len(run) - 3, -1, -1):
        # A short title's stop may come as a token of its own ("Col", ".").
        dotted = run[k + 1].text == "."
        name = run[k + 2 :] if dotted else run[k + 1 :]
        if _title_word(run[k]) and _full_name(name, head, run[k], dotted=dotted):
            return name
    return run


def _after_office_of(ctx: Context, head: Token, run: list[Token]) -> list[Token]:
    """The person's own name after an office written with "of" ("Secretary of State Ana
    Reyes", "Minister of Defence Ada Varga"): the capitalised words after "of" open with
    the office's domain, and the person's full name closes the run (see
    :func:`_full_name`); the domain goes to the role with the title."""
    first = run[0].i
    if len(run) < 3 or first < 2:
        return run
    title = ctx.tree[first - 2]
    if ctx.tree[first - 1].lower != "of" or not _title_word(title):
        return run
    for k in range(1, len(run) - 1):
        if _full_name(run[k:], head, title, dotted=False):
            return run[k:]
    return run


def _full_name(words: Sequence[Token], head: Token, title: Token, *, dotted: bool) -> bool:
    """Whether words after a title are a person's full name: two or more capitalised proper
    nouns, none a title, with the head among them, tagged as a person or set after a title
    of office that only stands before a person's name ("Gov.", "Mayor", "CEO"; not
    "General" or "Queen", which also open the names of firms and colleges), and with no
    word of a body among them ("Motors Co", "Mary University")."""
    if len(words) < 2 or not any(t.i == head.i for t in words):
        return False
    if not all(t.pos == "PROPN" and t.text[:1].isupper() and not _title_word(t) for t in words):
        return False
    if any(t.ent == "PERSON" for t in words):
        return True
    office = dotted or title.text.endswith(".") or title.lower in _PERSONAL_TITLES
    return office and not any(
        body_word(t.lower.rstrip(".")) or t.lemma.lower() in BODY_NOUNS for t in words
    )


# Titles of office written before a person's name and at the head of no other kind of name.
_PERSONAL_TITLES = frozenset(
    {
        "mayor",
        "governor",
        "senator",
        "minister",
        "secretary",
        "sheriff",
        "coroner",
        "ambassador",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ceo",
        "chairman",
        "chairwoman",
        "congressman",
        "congresswoman",
        "commander",
        "colonel",
        "captain",
        "sergeant",
        "lieutenant",
    }
)


def _office_of(words: Sequence[Token]) -> bool:
    """Whether the words before a name are an office of a place or body ("Orvel Mayor",
    "Dalby Police Chief", "Interior Secretary"): a title word after a capitalised word
    that is no title. Titles alone ("Prime Minister", "Lt. Col.") name no office's
    holder, only a rank."""
    seen_other = False
    for tok in words:
        if _title_word(tok):
            if seen_other:
                return True
        elif tok.text[:1].isupper():
            seen_other = True
    return False


def _member(ctx: Context, head: Token) -> bool:
    """Whether a name is one member of a party or a people, who is a person: "the
    Ohio Republican dismissed the plan. He says ..." ("the Republicans" are a party,
    "Republican leaders" are led by their own head noun; "Eaton, a Republican," is Eaton
    described)."""
    return (
        head.ent == "NORP"
        and head.tag == "NNP"
        and head.dep != "appos"
        and any(k.dep == "det" and k.lower in {"the", "a", "an"} for k in ctx.tree.children(head))
    )


def _glued(tok: Token, head: Token) -> bool:
    """A proper noun of the head's sentence and entity (or of no entity, with the head)."""
    return (
        tok.pos == "PROPN"
        and tok.sent == head.sent
        and tok.ent == head.ent
        and tok.dep not in {"nsubj", "nsubjpass", "dobj"}
    )


def anonymous(ctx: Context, head: Token, phrase: Sequence[Token]) -> Source:
    """An unnamed source ("official sources", "a Raqqa24 source") with its channel."""
    via = contacts(ctx, phrase)
    # "a hospital source quoted by X" is named without the words that say who relayed it.
    relayed = {
        t.i
        for tok in phrase
        if tok.dep in {"acl", "relcl"} and tok.lemma.lower() in CONTACT_VERBS and tok.head == head.i
        for t in ctx.tree.subtree(tok)
    }
    kept = [t for t in phrase if t.i not in relayed]
    while len(kept) > 1 and kept[-1].pos in {"PUNCT", "SPACE"}:
        kept.pop()
    start, end = trimmed(kept, keep_det=True)
    role: str | None = joined_text(ctx, [t for t in kept if t.dep != "det"]) or None
    if role is not None and norm(role) == norm(without_det(ctx.text[start:end])):
        role = None  # "officials" is no role of "officials"
    for kid in ctx.tree.children(head):
        if kid.dep in {"compound", "poss", "nmod"} and kid.i < head.i and is_name(kid):
            name = name_of(ctx, kid)
            if is_channel(ctx, kid, name):
                via = (name, *via)
    return Source(
        speaker=Speaker(
            name=ctx.text[start:end],
            role=role,
            anonymous=True,
            start=start,
            end=end,
        ),
        via=via,
        head=head.lemma.lower(),
        # A document or a collective ("the paper", "state television") is an "it" or a
        # "they", never a "he" or "she".
        person=head.lemma.lower() not in DOC_NOUNS and head.lemma.lower() not in COLLECTIVE_NOUNS,
        plural=head.tag in {"NNS", "NNPS"},
    )


def unnamed() -> Source:
    """The unnamed source of an impersonal report ("it was said that ...")."""
    return Source(
        speaker=Speaker(name=UNNAMED, anonymous=True),
        via=(),
        head="source",
        person=False,
        plural=True,
    )


def pronoun(ctx: Context, seen: Seen, pron: Token) -> Source | None:
    """What a pronoun refers to: the latest speaker, or a name since, of the right kind.

    "He" and "she" refer to people, "they" and "it" to groups and bodies ("it" to one
    body or document only, never "Democratic aides" or "Democrats"); "she" passes
    over a person the text marks as a man ("Mr.", "spokesman", a man's given name), and
    "he" over a woman (``gender``). The referent
    is the more recent of the last such speaker and the last such name that was the
    subject of a main clause ("Reyes spoke in Lakeside on Monday. He said ..."), though
    inside a quotation "it" and "they" look only to speakers; with neither, "he" and
    "she" take the first person named in the last sentence naming one outside a
    quotation. Never someone named later in the pronoun's own clause ("He insisted
    Curiel was biased" is not Curiel; see ``_bound``). A full name opening with a given
    name or a title is a person's even where the tagger took it for a body. For "he" and
    "she", a name that is the subject of any clause earlier in the pronoun's own sentence
    counts as a subject too ("Though Ms. Reyes has lived here for years, rents have
    doubled, she said"). When no main clause since the last speaker names one, "he" and
    "she" take a person its sentence is about though not its subject: the subject of a
    clause that leads into a main clause carrying it on ("When Reyes held rallies, he
    was met by crowds. '...,' he said"), or the owner of the main clause's subject ("One
    of Reyes's attacks came in May, when he told ..."). In a clause under a main clause
    whose subject is no person, "he" and "she" are the person it acts on ("That left
    Reyes alone, so that he told ..."; see ``_affected``). After "she" in its own
    sentence, "he" is not the speaker of unknown sex before it, whom "she" carries on,
    but the other person the sentence names (and the same with "she" after "he"). A
    speaker the report names only by an office ("the county sheriff said ...") is "he"
    or "she" after no name since the last named speaker; a name that is a subject comes
    first ("Corran spoke first. '...,' the Kelvara senator said. '...,' he said" is
    Corran). An "it" that stands for no one ("it's fair to say that ...") refers to no one.
    "It" in a clause under a main clause whose subject is a document is that document
    ("The report makes no mention of ..., though it does say ..."); "they" may refer to
    names joined by "and" as a main clause's subject ("Reyes and Brandt wrote ... they
    conclude"); a speaker named by a noun that gives the holder's sex ("the chairman") is
    a person, never "it".
    """
    word = pron.lower
    if word not in PERSON_PRONOUNS and word not in GROUP_PRONOUNS:
        return None
    if _dummy(ctx, pron):
        return None
    people = word in PERSON_PRONOUNS
    if word == "it":
        document = _main_document(ctx, pron)
        if document is not None:
            got = _described(ctx, seen, document, exclude=None, strict=True)
            if got is not None:
                return carry(got[0], None)
    wanted = PRONOUN_GENDER.get(word)
    bound = _bound(ctx, pron)
    earlier: Source | None = None
    since = -1
    office: tuple[Source, int] | None = None
    narrated = not _quoted(ctx, pron.start)
    for source, at in zip(reversed(seen.speakers), reversed(seen.places), strict=True):
        if source.speaker.name == UNNAMED:
            continue
        if narrated and (_quoted(ctx, at) or _reported(ctx, at, pron)):
            # "'..., a majority of voters say ...,' Reyes said. '...,' he said": a speaker
            # someone quotes or reports is part of their words; the reporter's "he" goes
            # on about whoever the reporter quoted.
            continue
        if _bound_to(bound, source.speaker.entity, source.speaker.name):
            continue
        # "The chairman said ...": a noun that gives its holder's sex is a person's,
        # whom "he" or "she" may go on about and "it" never does.
        personal = source.person or (
            source.speaker.entity is None and gender_of("", source.head) is not None
        )
        if people and personal and not source.plural:
            if wanted is not None and _gender(ctx, source) not in {None, wanted}:
                continue  # "she" does not refer to Mr. Reyes
            if _office(source):
                # "the Kelvara senator said" most often calls someone just named by
                # their office: a name since the last named speaker comes first.
                office = office or (source, at)
                continue
            earlier, since = source, at
            break
        if not people and (source.plural or not personal):
            if word == "it" and source.plural:
                continue  # "it" is one body or document, never "Democratic aides"
            earlier, since = source, at
            break
    kinds = _PERSON_TYPES if people else _GROUP_TYPES
    names = [
        n
        for n in ctx.names
        if n.end <= pron.start
        and (
            n.entity.type in kinds
            or (people and (n.person or _personal(ctx, n.entity, wanted) or _member_at(ctx, n)))
            or (word in _SEVERAL and n.joint)
        )
        and not _bound_to(bound, n.entity.id, n.entity.name)
        and not (word == "it" and _plural_name(ctx, n))
        and (wanted is None or ctx.genders.get(n.entity.id) in {None, wanted})
    ]
    # A name inside someone's quoted words is who they talk about, never who the
    # reporter goes on about ("'Reyes lied,' Brandt said. He ..." is Brandt).
    subjects = [
        n
        for n in names
        if (n.subject or (people and _subject_before(ctx, n, pron)))
        and n.start > since
        and not _quoted(ctx, n.start)
    ]
    if people and not _quoted(ctx, pron.start):
        affected = _affected(ctx, names, pron)
        if affected is not None:
            return _from_name(ctx, seen, affected)
    if subjects and (people or not _quoted(ctx, pron.start)):
        return _from_name(ctx, seen, subjects[-1])
    if office is not None and office[1] > since:
        return carry(office[0], None)
    if people and wanted is not None and earlier is not None and _gender(ctx, earlier) is None:
        other = _other_sex_before(ctx, pron, wanted, earlier, names)
        if other is not None:
            return _from_name(ctx, seen, other)
    if people and earlier is not None:
        scenes = [n for n in names if n.scene and n.start > since and not _quoted(ctx, n.start)]
        if scenes:
            return _from_name(ctx, seen, scenes[-1])
    if earlier is not None:
        return carry(earlier, None)
    if word == "it":
        document = _document_subject(ctx, pron)
        if document is not None:
            got = _described(ctx, seen, document, exclude=None, strict=True)
            return carry(got[0], None) if got is not None else None
    # "It" and "they" often mean a bill, a poll or a crowd, which no name gives.
    outside = [n for n in names if not _quoted(ctx, n.start)]
    if not outside or not people:
        return None
    # The last sentence naming someone, and in it the first named, its subject most
    # often ("Reyes took swipes at Brandt. '...,' he wrote" is Reyes).
    last = ctx.tree.at(outside[-1].start, outside[-1].end)
    if last:
        same = [
            n for n in outside if (t := ctx.tree.at(n.start, n.end)) and t[0].sent == last[0].sent
        ]
        return _from_name(ctx, seen, same[0])
    return _from_name(ctx, seen, outside[-1])


def _office(source: Source) -> bool:
    """Whether a speaker is one holder of an office the report names only by it ("the
    county sheriff", "the Ohio governor")."""
    return source.person and source.head in ROLE_NOUNS and source.speaker.entity is None


def _document_subject(ctx: Context, pron: Token) -> Token | None:
    """The document "it" refers to when no speaker or name came before: the subject of
    the last main clause before the pronoun's sentence, when that is a statement or a
    record ("Thursday's memo from the panel seemed aimed at ... '...,' it stated"). A
    sentence inside a quotation is someone's words, passed over; the first sentence with
    a subject decides."""
    for sent in range(pron.sent - 1, max(-1, pron.sent - 4), -1):
        tokens = ctx.tree.sentence(sent)
        if not tokens or _quoted(ctx, tokens[0].start):
            continue
        subject = next(
            (
                t
                for t in tokens
                if t.dep in {"nsubj", "nsubjpass"} and ctx.tree.head(t).dep == "ROOT"
            ),
            None,
        )
        if subject is None:
            continue
        if subject.pos == "NOUN" and subject.lemma.lower() in DOC_NOUNS:
            return subject
        return None
    return None


def _main_document(ctx: Context, pron: Token) -> Token | None:
    """The document "it" refers to in a clause under a main clause whose subject is that
    document, before it in the sentence: "The report makes no mention of the ships,
    though it does say that 30 crew members were hurt" is the report, whoever spoke
    before. Not inside a quotation, which is someone's words."""
    if pron.dep not in {"nsubj", "nsubjpass"} or _quoted(ctx, pron.start):
        return None
    root = ctx.tree.head(pron)
    if root.dep == "ROOT":
        return None
    while root.dep != "ROOT" and root.head != root.i:
        root = ctx.tree.head(root)
    subject = next((k for k in ctx.tree.children(root) if k.dep in {"nsubj", "nsubjpass"}), None)
    if (
        subject is None
        or subject.i > pron.i
        or subject.pos != "NOUN"
        or subject.lemma.lower() not in DOC_NOUNS
    ):
        return None
    return subject


def _other_sex_before(
    ctx: Context, pron: Token, wanted: Gender, earlier: Source, names: Sequence[Named]
) -> Named | None:
    """The person "he" refers to when "she" came before it in its sentence: "For that
    she drew Reyes's ire - he called her weak". The two pronouns are two people; "she"
    carries on the speaker before, whose sex the text does not give, so "he" is the
    other person the sentence names before it (and the same with "she" after "he");
    ``names`` are those a personal pronoun may refer to."""
    before = [
        t
        for t in ctx.tree.sentence(pron.sent)
        if t.i < pron.i and t.tag in {"PRP", "PRP$"} and not _quoted(ctx, t.start)
    ]
    if not any(PRONOUN_GENDER.get(t.lower) not in {None, wanted} for t in before):
        return None
    for n in names:
        last = ctx.tree.at(n.end - 1, n.end)
        if (
            last
            and last[-1].sent == pron.sent
            and n.start < pron.start
            and n.entity.id != earlier.speaker.entity
            and not words_in(n.entity.name, earlier.speaker.name)
            and norm(n.entity.name) != norm(earlier.speaker.name)
            and not _quoted(ctx, n.start)
        ):
            return n
    return None


def _affected(ctx: Context, names: Sequence[Named], pron: Token) -> Named | None:
    """The person a main clause with no person as its subject acts on, for "he" or
    "she" in a clause under it: "That left Reyes center stage, so much so that he
    accused ..." and "The storm forced Reyes out before he could say ..." are Reyes."""
    if pron.dep not in {"nsubj", "nsubjpass"}:
        return None
    verb = ctx.tree.head(pron)
    if verb.dep == "ROOT":
        return None
    root = verb
    while root.dep != "ROOT" and root.head != root.i:
        root = ctx.tree.head(root)
    if root.i > pron.i or any(
        k.dep in {"nsubj", "nsubjpass"}
        and (k.ent == "PERSON" or k.tag == "PRP" or k.lemma.lower() in PERSON_NOUNS)
        for k in ctx.tree.children(root)
    ):
        return None
    for n in names:
        last = ctx.tree.at(n.end - 1, n.end)
        if not last or last[-1].sent != pron.sent or n.start >= pron.start:
            continue
        tok = last[-1]
        if tok.dep in {"dobj", "dative", "nsubj"} and tok.head == root.i:
            return n if tok.dep != "nsubj" else None
    return None


def _reported(ctx: Context, at: int, pron: Token) -> bool:
    """Whether the words at ``at`` lie in a clause another speaker's verb reports: in
    "Brandt noted that Reyes himself has admitted defeat", Reyes speaks only in what
    Brandt says. A verb of the pronoun's own sentence whose subject is a pronoun reports
    nothing before it: "the paper notes A, it lists B, and it says C" goes on with the
    paper, however the parser hangs its clauses."""
    toks = ctx.tree.at(at, at + 1)
    if not toks:
        return False
    tok = toks[0]
    while tok.head != tok.i:
        head = ctx.tree.head(tok)
        if tok.dep == "ccomp" and ctx.lemmas[head.i] in ALL_VERBS:
            return not (
                head.sent == pron.sent
                and tok.i < head.i
                and any(
                    k.dep in {"nsubj", "nsubjpass"} and k.tag == "PRP"
                    for k in ctx.tree.children(head)
                )
            )
        tok = head
    return False


def _dummy(ctx: Context, pron: Token) -> bool:
    """Whether an "it" stands for no one: the subject of "be" with an adjective and an
    infinitive after it ("it's fair to say that ...", "it is hard to tell"), where the
    saying is the speaker's own or no one's."""
    if pron.lower != "it" or pron.dep != "nsubj":
        return False
    verb = ctx.tree.head(pron)
    kids = ctx.tree.children(verb)
    return (
        verb.lemma.lower() == "be"
        and any(k.dep == "acomp" for k in kids)
        and any(k.dep == "xcomp" for k in kids)
    )


def _plural_name(ctx: Context, named: Named) -> bool:
    """Whether a name is of many ("Democrats", "the Kochs"), which "it" never refers to."""
    last = ctx.tree.at(named.end - 1, named.end)
    return named.entity.type == "NORP" or (bool(last) and last[-1].tag in {"NNS", "NNPS"})


def _member_at(ctx: Context, named: Named) -> bool:
    """Whether a name is one member of a party or a people (see ``_member``)."""
    last = ctx.tree.at(named.end - 1, named.end)
    return bool(last) and _member(ctx, last[-1])


def _subject_before(ctx: Context, named: Named, pron: Token) -> bool:
    """Whether a name is the subject of a clause earlier in the pronoun's own sentence:
    "Though Ms. Reyes has lived here for years, rents have doubled, she said" is hers,
    whoever spoke before."""
    last = ctx.tree.at(named.end - 1, named.end)
    return bool(last) and last[-1].sent == pron.sent and last[-1].dep in {"nsubj", "nsubjpass"}


def _personal(ctx: Context, entity: Entity, wanted: Gender | None) -> bool:
    """Whether a name the tagger took for a body is a person's of the wanted gender: a
    full name opening with a given name or a courtesy title ("Donald Reyes", "Mrs.
    Brandt") names a person whatever the tagger says, and so does a last name of a
    person the document names in full ("Ebeling" for "Betsy Ebeling")."""
    gender = personal_gender(entity.name)
    if gender is not None:
        return wanted in {None, gender}
    return _surname(ctx, entity.name)


def _surname(ctx: Context, name: str) -> bool:
    """Whether a name is a part of the full name of a person the document names."""
    words = name_words(name)
    return bool(words) and any(words < full for full in ctx.people)


def _bound_to(bound: Sequence[Entity], entity: str | None, name: str) -> bool:
    """Whether a speaker or name is one of the ``bound`` entities: the same entity, or
    the same person by name ("Okafor" for "Peter Okafor")."""
    return any(
        (entity is not None and e.id == entity)
        or norm(e.name) == norm(name)
        or words_in(e.name, name)
        or words_in(name, e.name)
        for e in bound
    )


def _bound(ctx: Context, pron: Token) -> tuple[Entity, ...]:
    """The entities named after a pronoun in the clause it is the subject of, which it
    cannot refer to: "He insisted Curiel had a conflict", "He noted that one of Obama's
    weaknesses ..." are said of Curiel and Obama, not by them (a name before the pronoun,
    "After Reyes landed, he said ...", may still be its referent)."""
    if pron.dep not in {"nsubj", "nsubjpass"}:
        return ()
    verb = ctx.tree.head(pron)
    clause = ctx.tree.subtree(verb)
    end = min(clause[-1].end, ctx.tree.sentence(pron.sent)[-1].end)
    # A quotation after the pronoun starts words of their own; a name after it is
    # another statement's.
    end = min([end, *(start for start, _, _, _ in ctx.quotes if pron.end <= start < end)])
    return tuple(
        n.entity
        for n in ctx.names
        if pron.end <= n.start
        and n.end <= end
        and not _quoted(ctx, n.start)
        and (last := ctx.tree.at(n.end - 1, n.end))
        and last[-1].dep in _ARGUMENTS
        and _argument_of(ctx, last[-1], verb)
    )


def _argument_of(ctx: Context, tok: Token, verb: Token) -> bool:
    """Whether a token is a participant of the verb's clause or of a clause it reports,
    not of a clause that only describes something ("the event where Reyes spoke")."""
    while tok.i != verb.i and tok.head != tok.i:
        if tok.dep in _DESCRIBING:
            return False
        tok = ctx.tree.head(tok)
    return tok.i == verb.i


# The places of a clause's own participants (a name as a modifier, "Carson supporters",
# is not one).
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj", "poss", "attr"})
# Clauses that describe or set the scene rather than carry what the verb says.
_DESCRIBING = frozenset({"relcl", "acl", "advcl", "appos", "parataxis"})


def _gender(ctx: Context, source: Source) -> Gender | None:
    """The gender the text gives a speaker: its entity's, else its name's and role's."""
    entity = source.speaker.entity
    if entity is not None and entity in ctx.genders:
        return ctx.genders[entity]
    return gender_of(source.speaker.name, source.speaker.role)


def _quoted(ctx: Context, at: int) -> bool:
    """Whether a position lies inside a quotation."""
    return any(inner <= at < end for _, inner, end, _ in ctx.quotes)


_PERSON_TYPES = frozenset({"PERSON"})
# Pronouns for several, which may refer to names joined by "and" ("Reyes and Brandt").
_SEVERAL = frozenset({"they", "them"})
_GROUP_TYPES = frozenset({"ORG", "NORP", "GPE"})


def _from_name(ctx: Context, seen: Seen, named: Named) -> Source:
    """A speaker a pronoun refers to by a name: the speaker of that name, if one spoke.

    A full name in the text, from a given name on, whose given name or family name is
    not the entity's ("Ada Okafor" where the entity is "Peter Okafor", two people of one
    family taken for one) is another person: the speaker is named as the text names them,
    and no entity of theirs is known.
    """
    entity = named.entity
    mention = ctx.text[named.start : named.end]
    if _other_person(mention, entity.name):
        return Source(
            speaker=Speaker(name=mention, entity=None, anonymous=False),
            via=(),
            head=last_word(mention),
            person=entity.type == "PERSON",
            plural=entity.type == "NORP",
        )
    for source in reversed(seen.speakers):
        if source.speaker.entity == entity.id and _heads_name(source.speaker.name, entity.name):
            return carry(source, None)
    return Source(
        speaker=Speaker(name=entity.name, entity=entity.id, anonymous=False),
        via=(),
        head=last_word(entity.name),
        person=entity.type == "PERSON",
        plural=entity.type == "NORP",
    )


_POSSESSIVE_END = re.compile(r"['’]s?$")
# Words of any script, hyphenated ones whole ("García", "look-alike").
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _heads_name(speaker: str, name: str) -> bool:
    """Whether a speaker's words end on the name or on another name ("Mr. Reyes", "Ana
    Reyes Soto"), not on a common noun the name only qualifies ("this Reyes look-alike",
    "a 2008 Reyes veteran"): those are someone else, whoever the name's entity is."""
    words = _WORDS.findall(_POSSESSIVE_END.sub("", speaker.strip()))
    return not words or words[-1][:1].isupper() or words[-1].lower() in name_words(name)


def _other_person(mention: str, name: str) -> bool:
    """Whether a full name ("Ada Okafor") names someone else than ``name``: it opens
    with a given name, and its first or last word is not one of ``name``'s ("Donald J.
    Trump" and "Mr. Trump" are Donald Trump)."""
    words = LETTERS.findall(mention.lower())
    if len(words) < 2 or words[0] not in given_names():
        return False
    known = name_words(name)
    return words[0] not in known or words[-1] not in known


def _definite(ctx: Context, seen: Seen, head: Token, phrase: Sequence[Token]) -> Source | None:
    """An earlier speaker a definite description ("the source", "the spokesman") refers to."""
    det = phrase[0]
    if det.lower not in DEFINITE or det.dep != "det":
        return None
    if any(t.pos == "PROPN" for t in phrase):
        return None
    lemma = head.lemma.lower()
    for earlier in reversed(seen.speakers):
        # The description must name the same kind: the earlier head noun, or the last
        # word of its name or role ("the spokesman" for "Coalition spokesman X").
        ends = {last_word(earlier.speaker.name), last_word(earlier.speaker.role or "")}
        if (
            earlier.head == lemma
            or lemma in ends
            or head.lower in ends
            or _titled(ctx, earlier, head)
            or _firm_named(earlier, lemma)
        ):
            start, end = trimmed(phrase, keep_det=True)
            return carry(earlier, (start, end))
    titled = _titled_mention(ctx, head)
    if titled is not None:
        start, end = trimmed(phrase, keep_det=True)
        return carry(_from_name(ctx, seen, titled), (start, end))
    return None


# Verbs whose subject puts out the document that is their object ("the ministry issued
# a statement", "prosecutors filed a complaint").
_ISSUING = frozenset(
    {"issue", "release", "publish", "file", "send", "post", "put", "deliver", "submit", "lodge"}
)
# How many sentences back a document's issuer is looked for.
_ISSUED_REACH = 4


def _issued_before(ctx: Context, seen: Seen, head: Token, phrase: Sequence[Token]) -> Source | None:
    """The issuer of a document a definite description points back to: "the statement"
    after "the ministry said in a statement", "the ministry issued a statement", "a
    statement from the ministry" or "the ministry's statement"; "the complaint" after
    "prosecutors filed a complaint". The document stands for the body or person who put
    it out, not for a source of its own: the description stays the speaker's name, as
    written, and takes the issuer's entity, by which it is one source with the issuer.
    The latest earlier mention of the same noun with a named issuer, in the last few
    sentences, is meant; none when the description names an owner of its own or no
    mention names who issued it (nor for a poll, whose findings are its own)."""
    det = phrase[0]
    if det.lower not in DEFINITE or det.dep != "det" or any(t.pos == "PROPN" for t in phrase):
        return None
    lemma = head.lemma.lower()
    if lemma in SURVEY_NOUNS:
        return None  # a poll's findings are its own, whoever ran it ("the poll found ...")
    first = max(0, head.sent - _ISSUED_REACH)
    for k in range(head.i - 1, -1, -1):
        tok = ctx.tree[k]
        if tok.sent < first:
            break
        if tok.lemma.lower() != lemma or tok.pos != "NOUN":
            continue
        issuer = _owner(ctx, tok) or _issuing_subject(ctx, tok)
        if issuer is None or not (is_name(issuer) or issuer.lemma.lower() in BODY_NOUNS):
            continue
        got = speaker(ctx, seen, issuer, exclude=None)
        if got is None or got[0].speaker.anonymous or got[0].speaker.entity is None:
            continue
        document = anonymous(ctx, head, phrase)
        return replace(document, speaker=replace(document.speaker, entity=got[0].speaker.entity))
    return None


def _issuing_subject(ctx: Context, doc: Token) -> Token | None:
    """Who put out a document: the subject of "said in a statement" or of "issued a
    statement", active verbs only."""
    up = ctx.tree.head(doc)
    if doc.dep == "pobj" and up.lower == "in" and up.dep == "prep":
        verb = ctx.tree.head(up)
        if verb.lemma.lower() not in ALL_VERBS:
            return None
    elif doc.dep == "dobj" and up.lemma.lower() in _ISSUING:
        verb = up
    else:
        return None
    return next((k for k in ctx.tree.children(verb) if k.dep == "nsubj"), None)


# Possessive pronouns before a person's role ("her spokesman", "their lawyer").
_POSSESSIVES = frozenset({"his", "her", "their", "its"})
# Those who speak for someone, whom a report names once and then calls "her spokesman":
# one a person has of each kind, where they may have many friends or sons.
_AGENTS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "agent", "publicist"}
)


def _possessed(ctx: Context, seen: Seen, head: Token, phrase: Sequence[Token]) -> Source | None:
    """The named speaker a possessed agent refers back to: a report names a person's
    spokesman or lawyer once ("Tallis's spokesman, Ada Orvel, said", "Ada Orvel, a
    spokeswoman for Tallis, said"), then writes "her spokesman" or "Tallis's spokesman
    said". The earlier speaker's role must hold the same noun and, for a possessor named
    again, the possessor's name; the latest such speaker is meant."""
    if head.lemma.lower() not in _AGENTS or head.tag != "NN":
        return None
    owners = [k for k in ctx.tree.children(head) if k.dep == "poss" and k.i < head.i]
    if len(owners) != 1 or any(t.i > head.i for t in phrase):
        return None
    owner = owners[0]
    if owner.lower in _POSSESSIVES:
        owner_words: frozenset[str] = frozenset()
    elif is_name(owner):
        owner_words = frozenset({last_word(owner.text)})
    else:
        return None
    kinds = {head.lower, head.lemma.lower()}
    for earlier in reversed(seen.speakers):
        role = name_words(earlier.speaker.role or "")
        if earlier.speaker.anonymous or not kinds & role or not owner_words <= role:
            continue
        start, end = trimmed(phrase, keep_det=True)
        return carry(earlier, (start, end))
    return None


def _modifier(ctx: Context, named: Named) -> bool:
    """Whether a name only modifies a common noun ("the Dalby port"): no person spoken of."""
    words = ctx.tree.at(named.start, named.end)
    if not words:
        return False
    last = words[-1]
    return last.dep in {"compound", "nmod", "amod"} and ctx.tree.head(last).pos == "NOUN"


def _titled_mention(ctx: Context, head: Token) -> Named | None:
    """The person a bare office refers to when no speaker before held it: the last person
    named before it, outside quotations, when the report gave that person the title
    ("Gov. Ada Varga toured the port. Varga met workers. ... the governor said"). A
    holder named earlier with someone else named since is not taken: "the senator" after
    "Sen. Tomas Reyes ... Ada Brandt spoke" may be Brandt as well. Only a singular office
    ("the governor", not "the senators")."""
    lemma = head.lemma.lower()
    if head.tag != "NN" or lemma not in ROLE_NOUNS:
        return None
    before = [
        n
        for n in ctx.names
        if n.start < head.start
        and n.entity.type == "PERSON"
        and not _quoted(ctx, n.start)
        and not _modifier(ctx, n)
    ]
    if not before:
        return None
    last = before[-1]
    for named in before:
        if named.entity.id == last.entity.id and _title_before(ctx, named.start) == lemma:
            return last
    return None


# Words by which a report refers back to a firm it named ("the company said").
_FIRM_NOUNS = frozenset({"company", "firm"})


def _firm_named(earlier: Source, lemma: str) -> bool:
    """Whether "the company" refers to an earlier speaker: one named as an organisation
    (an entity that is no person, nor a description like "the spokesman"), the firm a
    report names and then calls "the company"."""
    return (
        lemma in _FIRM_NOUNS
        and earlier.speaker.entity is not None
        and not earlier.person
        and not earlier.speaker.anonymous
        and earlier.speaker.role is None
    )


def _titled(ctx: Context, earlier: Source, head: Token) -> bool:
    """Whether an earlier speaker was named after a title that ``head`` repeats: a report
    names the holder of an office once ("Sheriff Tom Reyes said ..."), then calls them
    by the bare office ("the sheriff said ...")."""
    at = earlier.speaker.start
    if at is None or head.lemma.lower() not in ROLE_NOUNS | PERSON_NOUNS:
        return False
    return _title_before(ctx, at) in {head.lower, head.lemma.lower()}


def _title_before(ctx: Context, at: int) -> str:
    """The word right before a name at ``at``, in lower case and written out when news
    copy writes it short ("Gov. Ada Varga": "governor"); "" at the start of the text."""
    words = ctx.text[max(0, at - 40) : at].split()
    title = words[-1].rstrip(".").lower() if words else ""
    return _SHORT_TITLES.get(title, title)


# Titles of office as news copy writes them short before a name ("Gov. Ada Varga"); a
# later "the governor" is the same person.
_SHORT_TITLES = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "gen": "general",
    "sec": "secretary",
    "atty": "attorney",
    "supt": "superintendent",
    "sgt": "sergeant",
    "capt": "captain",
    "col": "colonel",
    "lt": "lieutenant",
    "cmdr": "commander",
    "adm": "admiral",
    "prof": "professor",
    "insp": "inspector",
    "det": "detective",
}


def carry(earlier: Source, span: tuple[int, int] | None) -> Source:
    """An earlier speaker referred to again: at ``span``, or implied (no span)."""
    start, end = span if span else (None, None)
    return replace(earlier, speaker=replace(earlier.speaker, start=start, end=end))


# Marks joining the names of a document's joint makers ("the Times/CBS News poll").
_JOINT_MARKS = frozenset({"/", "-", "&"})


def _joint_owners(ctx: Context, noun: Token) -> Source | None:
    """The makers of a document named together before it and joined by a slash ("a New
    York Times/CBS News poll", "the NBC/WSJ survey"): one source named by the whole run
    of names, with the document as its role, never the first name alone ("New York")."""
    k = noun.i - 1
    run: list[Token] = []
    while k >= 0 and ctx.tree[k].sent == noun.sent:
        tok = ctx.tree[k]
        if tok.pos == "PROPN" or tok.text in _JOINT_MARKS or (tok.lower == "the" and run):
            run.insert(0, tok)
            k -= 1
            continue
        break
    while run and run[0].pos != "PROPN":
        run.pop(0)
    if not run or not any(t.text == "/" for t in run):
        return None
    if any(not (run[0].i <= t.head <= noun.i) for t in run if t.text != "/"):
        return None  # the names hang on the document noun, not on a phrase around it
    start, end = run[0].start, run[-1].end
    return Source(
        speaker=Speaker(
            name=ctx.text[start:end],
            entity=None,
            anonymous=False,
            role=noun.lemma.lower(),
            start=start,
            end=end,
        ),
        via=(),
        head=noun.lemma.lower(),
        person=False,
        plural=False,
    )


def _issued_update(ctx: Context, head: Token, lemma: str) -> bool:
    """Whether "update" is a notice its issuer is named for ("an update from Kelvara",
    "a Kelvara update", "Kelvara's update"): only then does it speak for the issuer. A
    bare "the update" is as often a piece of software ("the update fixes a flaw") or the
    report's own added lines ("Update: ...") as a statement, and speaks for no one."""
    return lemma == "update" and _owner(ctx, head) is not None


# Documents about the one who has them, not by them: "Reyes's autopsy showed ..." is the
# autopsy's finding on Reyes, never Reyes's own statement.
_ABOUT_THEIR_OWNER = frozenset({"autopsy", "post-mortem", "postmortem"})


def _owner(ctx: Context, noun: Token) -> Token | None:
    """Whose statement a document noun is: "X's estimates", "estimates of X", "UN report".

    Nobody's for a document about its owner ("Reyes's autopsy", "the autopsy of Reyes"):
    the document speaks for itself."""
    if noun.lemma.lower() in _ABOUT_THEIR_OWNER:
        return None
    for kid in ctx.tree.children(noun):
        if kid.dep == "nmod" and kid.pos == "NOUN" and not is_name(kid):
            # "State public records", "county court records": a common noun before the
            # document says what kind it is, not whose; the speaker is the whole phrase.
            continue
        if kid.dep in {"poss", "nmod"} and kid.i < noun.i:
            # "Monday's poll": a date says when, not whose.
            return None if kid.ent in {"DATE", "TIME"} else kid
        if kid.dep == "prep" and kid.lower in {"of", "by", "from"}:
            obj = next((k for k in ctx.tree.children(kid) if k.dep == "pobj"), None)
            if obj is None or (kid.lower == "of" and not _may_own(noun, obj)):
                continue
            if kid.lower == "from" and noun.lemma.lower() in _RECORDINGS and not is_name(obj):
                # "Footage from the game": where it was filmed, not who speaks by it.
                continue
            return obj
    for kid in ctx.tree.children(noun):
        if kid.dep == "compound" and is_name(kid) and kid.ent not in {"DATE", "TIME"}:
            return kid
    return None


# Recordings of a scene that speak as documents: "from" after them names the scene
# ("footage from the rally").
_RECORDINGS = frozenset({"footage", "recording"})


def _may_own(noun: Token, tok: Token) -> bool:
    """Whether "of X" names who made a document: a name, a body or people ("estimates of
    the UN", "of activists"), not what it is about; and never for a survey, whose "of"
    names who was asked ("a poll of 900 residents")."""
    if noun.lemma.lower() in SURVEY_NOUNS:
        return False
    lemma = tok.lemma.lower()
    if is_name(tok):
        return True
    return lemma in BODY_NOUNS or (lemma in PERSON_NOUNS and lemma not in {"people", "person"})


def own_source(ctx: Context) -> Source:
    """The outlet speaking for itself."""
    return Source(
        speaker=Speaker(name=ctx.outlet or "the outlet"),
        via=(),
        head="outlet",
        person=False,
        plural=True,
        own=True,
    )


def as_outlet(ctx: Context, source: Source, head: Token | None) -> Source:
    """The source, marked as the outlet itself when it names or describes the outlet.

    Compared loosely: the same name without "the", its acronym, or a definite
    description by the outlet's last word ("the committee" for "X Relief Committee").
    """
    if not ctx.outlet or source.speaker.anonymous:
        return source
    outlet = ctx.outlet_key
    words = ctx.outlet_words
    names = [source.speaker.name]
    entity = ctx.entities.at(head.start, head.end) if head is not None else None
    if entity is not None:
        names += [entity.name, *entity.aliases]
    for name in names:
        bare = without_det(name)
        if norm(bare) == outlet or (
            bare.isupper() and len(words) > 1 and bare == "".join(w[0] for w in words)
        ):
            return replace(source, own=True)
    if (
        head is not None
        and words
        and head.lower == words[-1].lower()
        and head.pos == "NOUN"
        and any(k.dep == "det" and k.lower in DEFINITE for k in ctx.tree.children(head))
    ):
        return replace(source, own=True)
    return source
