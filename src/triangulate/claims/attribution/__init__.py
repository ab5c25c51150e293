"""Who a report says each stretch of its text comes from, and through whom.

``attribute`` reads one parsed document and returns its attributions: spans of text the
report attributes to a speaker, with the relay chain between that speaker and the outlet.
``source_of`` then answers, for any claim span, the ``said_by`` and ``via`` of the
report's JSON contract.

The rules work over the dependency parse and the word tables of ``lexicon.tsv``;
nothing here knows any particular report. The package reads in one pass
(``reader.read``) over a frozen view of the document (``context.Context``), keeping an
explicit record of the speakers introduced so far (``context.Seen``): ``cues`` finds the
words that attribute, ``speakers`` who a phrase names, ``quotes`` quotations and their
speakers, ``relays`` who passed the words on. ``cue_forms`` lists the surface forms of
every cue word, for a cheap look at raw text before any parse.

Cue words
---------

============================  =========================================================
Cue (``Attribution.cue``)     Found as
============================  =========================================================
reporting verb lemma          ``REPORTING_VERBS`` with a subject ("X said that ...",
                              "said director X", "X, who told AFP ...", "X counts 14 of
                              its members dead", "what X estimated were 40 homes"
                              however the parser hangs the relative;
                              "adding that" takes its governing
                              verb's subject; a speaker after the clause: see Content
                              below); ``WEAK_VERBS`` ("add", "write", "note", ...) only
                              with a clause, a colon or a quote as content ("point"
                              also with "to": "X pointed to the rise"); a closing
                              "..., records show." that the tagger read as a noun
                              phrase, or as a verb with the phrase for its compound,
                              reports the sentence;
                              ``EVIDENCE_VERBS`` ("show", "indicate") only with a
                              document noun as subject ("the army's figures show")
                              or a measured number ("the top-line number shows"), or
                              "it"/"they" right after a sentence crediting a document
                              ("..., according to its filings. They showed ...");
                              ``VALUING_VERBS`` ("put the toll at 60", "puts
                              deaths between 55 and 70") only with an object and
                              "at"/"between" a number; ``APPEAL_VERBS`` ("appealed for
                              $3 million"): the amount asked for; ``STANCE_VERBS``
                              ("rejected that account") only with an active subject.
                              A negated verb ("did not confirm") reports nothing, nor
                              does a weak verb whose relative subject is a fact ("...,
                              which explains why")
``STANDING_VERBS`` lemma      thoughts, intentions and public positions: ``BELIEF_VERBS``
                              ("X believes the port will reopen", "X promised to
                              build ...") with a clause or an infinitive after them
                              (a verb of intention also with an object: "X seeks $1
                              trillion", "X promised a new port"),
                              ``ADVOCACY_VERBS`` ("X called for ...", "X blamed ...")
                              also with an object or "for"/"on"/"of" ("call" with an
                              object only as a label: "called the plan 'a waste'",
                              "called him a liar", or on someone: "called on X to
                              ..."), ``TOPIC_VERBS`` ("X discussed the
                              plan", "X talked about the toll") with an object, a
                              clause or "about"/"of"/"on" a thing (not a time, nor an
                              infinitive of why X spoke), ``RELEASE_VERBS`` ("X
                              released a list of 40 donors") with an object that is
                              a record (never "released 12 detainees"),
                              ``REQUEST_VERBS`` ("X pressed the council to approve
                              ...", "X is pushing for a $15 wage") only with "for" or
                              an object that may speak and an infinitive, "support"
                              and "favor" not with a counted object ("the fund
                              supports 40 schools") nor by a split of shares (a
                              poll's result), and "ask" with an infinitive
                              or "for" (a request: "asked the court to ...", the one
                              asked no part of it); only with an
                              active subject that may speak and is not "I", "we" or
                              "you" (a document's participle speaks for its issuer,
                              "issued a statement calling for ...", or, with none
                              given, for the document: "ads attacking Reyes"), never
                              in a relative clause, a quotation or another
                              speaker's reported words (those stay that speaker's,
                              as do those after a speaker set between the subject
                              and the verb: "Brandt, an aide said, will ask ...")
``POSITION_NOUNS`` lemma      a noun of a position with a possessor that may speak
                              ("his claim that ...", "Reyes's pledge to hire ...",
                              "their criticism of the toll", "Reyes's point was that
                              ..."): the clause, infinitive or "of"/"on"/"for"/"to"/
                              "against" phrase after it, without a gloss set off after
                              it ("goal of $1 billion - a sum that ..."); not inside a
                              quotation or what a verb of saying or of position above
                              it holds ("Y dismissed X's claim that ..." is Y's);
                              ``ACT_NOUNS`` and these nouns also as the object of an
                              active "make", "deliver" or "issue" ("X made a plea for
                              ...", "X made the case that ...", with the clause on the
                              verb), held by its subject
``MIND_ADJECTIVES`` lemma     a state of mind after "be", "remain", "seem" and the like
                              ("X is confident that ...", "X remains hopeful that ...",
                              "X is eager to ..."): the clause (an infinitive for the
                              eager and the determined), with a subject as for verbs of
                              thought, not negated
``CITING_VERBS`` lemma        "Y said ..., citing X" / "quoting X": X is the speaker of
                              what Y said and Y its relay (so is "according to X"
                              inside Y's statement); a finite "cite" ("Democrats
                              cited several factors") gives what its subject cites
``"according to"``            "according to X", "according to estimates of X"; right
                              after a speaker named after its clause ("..., Y said,
                              according to X") X is Y's relay, not a speaker
``"in"``                      a sentence (or line) opening with the survey its
                              results come from ("In a Gazette poll released Monday,
                              60 percent ..."): the survey (``SURVEY_NOUNS``) is the
                              speaker of the clause after it, as with "according
                              to"; "voters in the poll", "leads in the polls" credit
                              nothing, nor does "In a study, three economists found
                              ...": its authors find it
``"by"``                      "By the Gazette's count, ...", "..., by a tally of X":
                              a reckoning with an owner, set off by a comma, credits
                              its clause to the owner ("passed by a count of 52" is a
                              margin)
``"quote"``                   a quotation whose speaker is named right before or after
                              it ("X said, '...'", "'...,' X said")
``"colon"``                   a quotation or clause introduced by a colon ("X said:
                              ..."; after a colon, "The ads paid off: X said she raised
                              ..." is X's, the clause before the colon the reporter's),
                              or a headline opening with a source and a colon
                              ("Port source: toll near 30 ..."): a few words, no verb
                              or number, ending in a word for people or a name, or
                              two names joined by "and" before a quotation; in a
                              transcript (two paragraphs or more so opened), a
                              speaker's tag in capitals ("REYES: We will ..."); a
                              further quotation led in by "More from X:" or a verb of
                              saying before the name ("Added X: '...'"), also after a
                              dash inside a paragraph ("... -More from X: '...'"); a
                              line naming only a document ("Transcript as follows:",
                              "Read the full statement below:") over a quotation: the
                              document, or its owner, is the quotation's speaker
``"carried"``                 the speaker comes from an earlier sentence: a pronoun, a
                              definite description matching an earlier speaker ("the
                              source", "the spokesman"), a paragraph that is a quote
                              continuing the previous paragraph's quote, or a sentence
                              going on with a survey's standings in its paragraph
                              ("According to the Gazette poll, Reyes has 27 percent.
                              Brandt trails at 13 percent."; see ``results``)
hedge adverb                  ``HEDGE_ADVERBS`` ("reportedly", "allegedly") with no other
                              cue around: the report's own statement (``own``), hedged;
                              a hedge word names no source
============================  =========================================================

``hedged`` is set by ``HEDGE_VERBS`` ("claim", "allege"), by a hedge adverb in the
content, and by impersonal passives ("it was said that"), which name no source: what
they report is the report's own statement (``own``), or, inside a named speaker's
words, that speaker's.

Speakers: a dateline opening the paragraph ("Lakeside – A nurse told ...") is never
the speaker; the noun phrase after the dash is. Nor is a speaker taken across a line
break: a title line the parser ran into the first sentence ("Statement on the fire" over
"The union counts ...") is cut from the subject's phrase, and a subject on another line
gives way to the noun phrase on the verb's own line. A relative clause set off by commas
("The source, who asked not to be named, said") and an apposition without a name only
describe the speaker, who is named by the head phrase.
The subject (or the object of "according to") is read as a name with a role
(appositive "X, spokeswoman for Y", or the words before the name "Coalition spokesman
Colonel X"; title-like proper nouns next to the name are dropped from the role); as an
anonymous source when its head is a word for people (``PERSON_NOUNS``: "source",
"activists", "witnesses", "one of the civilians") or an unnamed collective
(``COLLECTIVE_NOUNS``: "local media", "state television"), named as written (a common
noun for people that the tagger took for an entity is still no name); as the owner of a
document noun (``DOC_NOUNS``: "the coalition's strike releases", "estimates of the UN");
as an anonymous body when it names none ("a local relief group", "aid groups"); otherwise
as an organisation ("the US military"). A role that only repeats the name is no role.
A bare "many", "several" or "both" speaks for some of the people named in its sentence or
the one before ("While many union members backed Reyes, many said ..."), unless a poll
was named there: people answering a poll, a share of them ("72 percent said"), an
average of such shares, or a group's answers split in shares ("supporters of Reyes say
..., 76%-21%") are the poll's result and name no speaker.

The outlet itself: a first-person speaker (``FIRST_PERSON``: "we", "our teams") outside a
quotation, or one that names the document's outlet (loosely: without "the", its acronym,
or "the committee" for "X Relief Committee"), makes an ``own`` attribution: the outlet
states the content itself and ``source_of`` gives no speaker. An outlet known only as
the wire agency of the dateline ("WASHINGTON (AP) -") is not the publisher: a mention of
the agency ("according to a count by the AP") names it as a source.

Content: a speaker named after the clause (", X said on Tuesday.", ", said X.", a
headline's ", officials say") reports the whole stretch from the sentence's start (never
before its line or a dateline) to the comma, relative clauses and conjoined verbs
included, however the parser hung the verb; so it is only when the verb has no content
after it, just adjuncts (``POST_ADJUNCTS``, with no number outside a date) or a relay, and
no other speaker stands in the stretch. A clause with a reporting verb and a speaker of
its own ("..., while Y put the toll at ...", "... and Y said ...") is not the first
speaker's (a share of people answering, "while 37 percent say ...", is no speaker of its
own: it goes on with a poll's finding); an object content stops before a comma-led
relative clause (", which ..."), which belongs to the enclosing speaker.

Relays (``via``, nearest to the speaker first): the listener of "tell" or of "to X" after
a reporting verb when it is a name ("told AFP"), an outlet named as a source's channel ("a
Raqqa24 source": a name that looks like a media outlet, or that the document uses as a
listener or reporter elsewhere, or the document's own outlet), the agent of "contacted by
X", "quoted by X" or "cited by X" in the speaker's phrase ("a source quoted by the news
site X" names X), "as reported by X" after the verb, "according to X" right after a
speaker named after its clause ("..., the service said, according to X"), the speaker who
cites the source ("Y said ..., citing X"), and the speaker of an attribution whose content
holds this one ("Y reported that X said ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from triangulate.claims.attribution.context import read_context
from triangulate.claims.attribution.covering import Covering
from triangulate.claims.attribution.lexicon import cue_forms
from triangulate.claims.attribution.reader import read
from triangulate.claims.attribution.records import Attribution
from triangulate.claims.attribution.text import norm, without_det
from triangulate.claims.entity_index import EntityIndex
from triangulate.model import Document, Speaker
from triangulate.nlp.tokens import Tree

__all__ = ["Attribution", "Covering", "attribute", "covering", "cue_forms", "source_of"]


def attribute(document: Document, tree: Tree, entities: EntityIndex) -> tuple[Attribution, ...]:
    """Every attribution in one document, in text order.

    Args:
        document: The document the tree was parsed from.
        tree: Its parse.
        entities: Its resolved mentions, for speakers' and relays' entity ids and names.

    Returns:
        The attributions; their spans and speakers' spans lie inside ``document.text``.
    """
    found = read(read_context(document, tree, entities))
    breaks = _false_stops(document.text, tree)
    return tuple(
        sorted(
            (
                _run_on(
                    f.attribution
                    if f.attribution.cue_start is not None
                    else replace(f.attribution, cue_start=f.cue_start, cue_end=f.cue_end),
                    breaks,
                )
                for f in found
            ),
            key=lambda a: (a.start, a.end, a.cue),
        )
    )


def _false_stops(text: str, tree: Tree) -> list[tuple[int, int]]:
    """Sentence breaks the parser set at a decimal point spaced off its digits ("pointed
    a. 38 - caliber revolver", "a loaded. 357 revolver"): a word in lower case, the
    point, then the digits opening the next sentence. A news sentence opens with no
    digits, so the words run on: (where the word before the point starts, where the
    sentence after it ends)."""
    out = []
    for s in range(tree.sentence_count() - 1):
        here, after = tree.sentence(s), tree.sentence(s + 1)
        if len(here) < 2 or not after:
            continue
        last, first = here[-1], after[0]
        word = here[-2] if last.text == "." else last
        if not (
            last.text.endswith(".")
            and text[last.end : first.start] == " "
            and first.text[:1].isdigit()
            and word.text.rstrip(".").isalpha()
            and word.text.rstrip(".").islower()
        ):
            continue
        tail = [t for t in after if t.pos not in ("PUNCT", "SPACE")] or list(after)
        out.append((word.start, tail[-1].end))
    return out


def _run_on(a: Attribution, breaks: Sequence[tuple[int, int]]) -> Attribution:
    """An attribution whose content reaches a false stop (``_false_stops``) goes on
    over the sentence after it."""
    for word, end in breaks:
        if a.start <= word < a.end < end:
            return replace(a, end=end)
    return a


def covering(
    attributions: Sequence[Attribution], start: int, end: int, *, index: Covering | None = None
) -> Attribution | None:
    """The attribution a claim at ``[start, end)`` belongs to, if any.

    The innermost one whose content covers the span. Failing that, one whose content
    covers at least half of the span and whose cue words the claim takes in: quoted whole
    ("Reyes said he would raise the wage to $15"), or run on from the content into the
    cue and speaker after it ("... in power," Reyes said). ``index`` is a ``Covering`` of
    the attributions' contents, built once per document (built here when not given).
    """
    if index is None:
        index = Covering([(a.start, a.end) for a in attributions])
    around = [
        a for a in (attributions[k] for k in index.around(start, end)) if not _names(a, start, end)
    ]
    if not around:
        around = [
            a
            for a in (attributions[k] for k in index.overlapping(start, end))
            if a.cue_start is not None
            and a.cue_end is not None
            and 2 * (min(end, a.end) - max(start, a.start)) >= end - start
            and (
                (start <= a.cue_start and a.cue_end <= end)
                or (a.start <= start < a.end < end <= _after_cue(a))
            )
        ]
    if not around:
        return None
    return min(around, key=lambda a: (a.end - a.start, a.cue == "carried"))


_covering = covering


def _names(a: Attribution, start: int, end: int) -> bool:
    """Whether the span lies in the words naming the attribution's speaker ("according to
    three people briefed on the talks"): the reporter's words, not the speaker's. Not
    when the speaker's phrase runs on into the content itself (a parse that hung "the
    study, which notes that ..." on the speaker): the content is still the speaker's.
    So do the cue's words around the speaker, when the content does not start inside
    them ("a group of 32 experts at the institute warned", "according to members of
    the caucus, a collection of activists in the four early states")."""
    if (
        a.cue_start is not None
        and a.cue_end is not None
        and a.cue_start <= start
        and end <= a.cue_end
        and not (a.cue_start <= a.start < a.cue_end)
    ):
        return True
    s = a.speaker
    if s.start is None or s.end is None or not (s.start <= start and end <= s.end):
        return False
    return not (s.start <= a.start < s.end)


def _after_cue(a: Attribution) -> int:
    """Where the words after an attribution's content that name its source end."""
    end = a.cue_end or a.end
    if a.speaker.end is not None and a.speaker.start is not None and a.speaker.start >= a.end:
        end = max(end, a.speaker.end)
    return end


def source_of(
    document: Document,
    attributions: Sequence[Attribution],
    start: int,
    end: int,
    *,
    covering: Covering | None = None,
) -> tuple[Speaker | None, tuple[str, ...]]:
    """The ``said_by`` and ``via`` of a claim at ``[start, end)``.

    The attribution the span belongs to (``covering``) gives the speaker and relays. The
    document's dateline agency is the last relay for the whole report, unless the
    attribution already names a relay (a different one, as "told Reuters" in an AFP
    report, or the agency itself).

    Args:
        document: The claim's document.
        attributions: ``attribute``'s result for it.
        start: The claim's first character.
        end: One past its last character.
        covering: ``Covering`` of the attributions' spans, when asked for many claims.

    Returns:
        ``(speaker, via)``; ``(None, (agency,))`` or ``(None, ())`` when nothing covers it
        or the outlet states it itself.
    """
    agency = (document.agency or "").strip()
    best = _covering(attributions, start, end, index=covering)
    number = _NUMBER.search(document.text, start, end) if best is None else None
    if number is not None and _UNIT.fullmatch(document.text, number.end(), end):
        # The parser cut a figure's unit off the words it stands in ("Varga's assertion
        # that Reyes had pointed a. 38 - caliber revolver"): the number is what was said.
        best = _covering(attributions, start, number.end(), index=covering)
    if best is None or best.own:
        return None, ((agency,) if agency else ())
    via = best.via
    if agency and not via and not _is_agency(best.speaker.name, agency):
        via = (agency,)
    return best.speaker, via


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A unit after a number: one word, hyphenated or not ("- caliber", " - year - old").
_UNIT = re.compile(r"\s*-?\s*[A-Za-z]+(?:\s*-\s*[A-Za-z]+)*")


def _is_agency(name: str, agency: str) -> bool:
    """Whether a speaker's name is the agency's, in full or by its initials ("the
    Associated Press" for "AP")."""
    if norm(name) == norm(agency):
        return True
    initials = "".join(w[0] for w in without_det(name).split() if w[:1].isupper())
    return len(initials) > 1 and initials == agency.replace(".", "")
