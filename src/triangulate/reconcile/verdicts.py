"""Verdicts on a measure: agree, conflict, update or single, with a sentence that says why.

Rules, applied to the figures of one measure (vague amounts never decide):

1. Each independent source (:mod:`.sources`) gives a **series** of values over its
   reports. A report's values for one measure are read together as one interval (their
   hull): a report never contradicts itself, and two numbers for one measure in one report
   are a total and its breakdown (city vs city and countryside).
2. A source's **latest** value is the one from its latest report by publication day, or,
   when days are unknown, the one whose words say it changed ("rose to", "climbed to",
   "reached", "grew to", "now stands at", "has now"). Earlier values that the latest
   cannot overlap are **superseded**; earlier values that do overlap it are
   **restatements** of one estimate, not changes, and the source's value is read as all
   of them together (their hull). A relay may drop a hedge: the UN's "up to 8,000"
   repeated elsewhere as a bare "8,000" is still "up to 8,000", not a new, exact figure.
   A later day alone supersedes only a running count's value; another figure is revised
   only when words say it changed or was the earlier. A report dated by month or year is
   not ordered before a day inside it (:func:`.revisions.days_order`).
3. Verdict, top to bottom:

   =============  =====================================================================
   update         a running count (a toll, arrests, the displaced) whose sources'
                  latest values rise with their reports' days: every later day's value
                  can be at least every earlier day's, and values of one day agree
                  (rising tolls are expected; the latest is named); so is one whose
                  values can all hold but whose stated numbers rise from the first day
                  to the last ("at least 3" one day, 10 the next), or whose lower
                  figures come from reports of unknown day while another report says
                  the count rose ("the toll rose to 10"), or are told as the count
                  so far ("at this point", "so far") in reports no later than the
                  higher figure's. Reports of one day are
                  ordered by the time of day (:mod:`.clocks`), and a figure its report
                  calls earlier ("had initially said 9") precedes its report's day.
                  A count of people in a state they leave (the missing, hospitalised,
                  trapped) may move either way and is an update all the same; a noun
                  naming a running count ("46 arrests", "12 deaths") makes one
   update         a market's move during trading and the same day's close
                  (:mod:`.revisions`): the close is the day's later reading
   conflict       the latest values of two sources cannot both hold (no common value
                  under the tolerance of :mod:`.intervals`)
   update         the latest values agree (or there is one source) and a source's own
                  figure changed over time: 43 on one day, 48 two days later
   conflict       one source named in two outlets' reports of one day, each giving it
                  one value, told alike, that the other cannot hold (not a running
                  count): one outlet misreports it (:func:`misquoted_pair`)
   single         one independent source, unchanged
   agree          two or more sources whose values all share one value
   =============  =====================================================================

A single source's figure repeated by several outlets names those outlets: one source, not
one report. A count of those "feared dead" (believed, presumed) is a ceiling, not a
confirmed toll: confirmed deaths below it do not dispute it. A figure told as a
possibility ("might have been three killed", "could reach 40", "if 30 were hurt"), proposed
("has proposed a 17 percent rate"), denied
("did not evacuate 500"; "not more than 500" is a bound) or of people spared ("two nearly
killed") is not asserted as a count and never decides. Nor does a plan ("will cut 1,500
jobs") beside what was done; but a measure told only as plans stated as settled is judged on
their sizes, as the size a plan is given is itself reported: two sources giving one plan two
sizes disagree. A figure of one that nothing
befell ("one officer put his hands on his head", "in one round") singles out one of a
kind: it says there was at least one, not only one.

A conflict needs a positive case. Before one is called, :func:`split` asks whether the
measure's values are one quantity in dispute at all, and splits it by value when they are
not (the parts are judged apart, and a ``scope_differs`` group says why):

- **one voice, two values**: a report that gives, in its own voice, two values of the
  measure that cannot both hold ("five boats approached; three were seized") is counting
  two things, a whole and its part or two of a kind, unless its words say the figure
  changed ("rose to"). So does one sentence giving two such values in one voice ("two
  died, authorities said, one crushed by a facade"); two sources quoted in one sentence,
  or one across its sentences (an official 43 set against its own 60), may be a dispute
  and are left alone.
- **another event**: a figure a report places at an earlier event ("Earlier on Sunday a
  5.6 quake jolted the island", no word of telling after "earlier") beside its own other
  values for the measure is of another event of the same kind; the measure's values are
  shared out to the two events by value.
- **another time**: a figure its sentence places in a year before its report's, in
  words for an earlier time ("last year", "the last time"), or after words setting the
  story's event weeks or more after another ("came just weeks after a storm killed 31")
  is of another time.
- **another occasion**: a count its words date to one day ("46 were arrested Wednesday
  night") beside a lower count of no day of its own from a report out before that day,
  or, when the dated count's sentence tells of other nights too, told as it stood at some
  hour in a report of no known day ("at this point, one arrest"), is another occasion's
  count (another night's protest), neither that day's count before it grew nor the same
  count in dispute; words tying the dated count to those before it ("bringing the total
  to", "so far", "by Wednesday") make it a running total, and a day after a verb of
  telling ("the ministry said on Wednesday") dates the telling, not the count.
- **different kinds or stages**: an age, a rate, a lead, a span from one event to another
  ("within a week of the fire"), a whole its sentence counts only a part of ("served
  most of a six-month sentence"), one kind of a breakdown sharing a noun ("700 plant
  species" after "1,200 animal and") or all things of a kind ("300,000 such routes") is
  not an amount of the measure; people arrested, charged and convicted are counted at
  different stages of a case; bare "others" of two reports are whoever each sentence
  sets them beside.
- **a state and its negation**: figures beside a word and its negation ("each vial of
  the undiluted vaccine holds five doses", "after dilution, six") count different things;
  words of how sure or how new a telling is ("unconfirmed", "unchanged") never do.
- **different things measured or shares of different things**: measurements joined to
  differently named things ("an 11-yard pass", "a 73-yard drive"), and a percentage
  qualifying a noun of its own beside another ("a 92 percent rating", "6 percent of the
  profits"; shares "of" two nouns, "of the town" and "of the city", may be of one whole
  named two ways, and a capitalised whole may be a name: neither sets shares apart).
- **a total and one cause's count**: a count told as a total ("missed 10 total games this
  season") beside a lower count of absences told for one cause ("missed nine games
  because of the injury") counts a whole and the part that cause made.
- **the rest of a set**: a figure told as "the other three" (after "two of them fled")
  beside a larger figure no telling of its value meets is a set's part, not the larger
  one in dispute.
- **a part told as a part**: a figure its sentence lists with numbers adding up to another
  figure of the measure ("12 sailors and 11 fishermen" beside 23) or counts "of" it ("of
  the 40 arrested, nine"; "1,559, including 318 women") is that whole's part.
- **two things told beside each other**: a value that only reports also giving another
  value of the measure give, in other sentences and with no word setting the two against
  each other ("while", "but", "put it at"), is a second thing sharing a noun ("seven
  bullets hit him" and "a pistol loaded with four bullets"), not a dispute.
- **one report telling both values**: a report that gives one value and, elsewhere in its
  text, the other report's value with the same word after the number ("13 nautical miles
  away", "150 nautical miles off the port"; "a 41-yard pass", "threw for 364 yards")
  tells two facts, and a report does not dispute itself: the reports that give one value
  each count one of them. A sentence that sets values against each other or tells of a
  change is never read so.
- **one report, no two sources at odds**: values of a measure that only one report gives
  are two quantities (two candidates' shares in one poll, two places' counts) unless it
  gives them to two quoted sources, neither its own voice, in one sentence or with a word
  setting one against the other ("police said 12; medics said 30", "the USGS put it at
  5.4"): a report does not dispute itself.
- **two sets picked out by their size**: "the three Republican candidates" in one report
  and "the 13 major Republican candidates" in another each name a set the report chose
  (a definite determiner or a possessor before the number, nothing befalling those
  counted): two such sizes are two sets, not one quantity in dispute.
- **shares among different groups asked**: a poll's share among one part of those asked
  ("among men", "from Latino voters") says nothing of a share among another part, or among
  all of them: a share's sub-population is part of what it measures.
- **lists**: counts whose noun names no kind, only a list's items ("five things to
  watch", "two things they care about"), are as long as whoever draws the list up chooses:
  two lengths are two lists.
- **sums of several**: a figure told as several holders' sum ("took a combined 61
  percent", "3 percent between them") is neither any one holder's figure nor another
  report's sum of holders of its own choosing.
- **a poll's precision**: a poll's margin of sampling error ("plus or minus 2.4 percentage
  points", "a margin of error of 4.1") says how precise the poll one report tells of is:
  never a share or a lead to weigh against other figures, nor another poll's precision.
- **two polls' shares**: a share is one poll's answer to one question and a lead one
  poll's gap: shares or leads that reports give from polls named differently ("a University
  of New Hampshire poll", "the Rasmussen Reports poll") are two quantities.
- **a bar to reach**: a number a rule or goal sets ("until 55 countries have ratified it",
  "the 1,237 delegates needed to clinch", "must win 1,237 delegates") is not a count of
  what is.
- **any one's share and one's share**: a share of a whole any one of a kind has ("95 to
  97 per cent of an investor's emissions") is a rule of thumb, no figure of the one whole
  another report tells of ("70 per cent of the fund's emissions").
- **two sides of a pair**: shares set side by side, the larger first ("leads 50 percent
  to 44 percent"), are each one side of one race; a side is one quantity only with the
  same side of a pair whose other side is the same.
- **ballots**: the votes of two chambers, the two sides of one vote, and a share told
  nationally beside one told of a place are each another quantity (:mod:`.ballots`).
- **two speakers' audiences**: a crowd told as the audience of a named speaker ("in front
  of a crowd of about 230") is that speaker's gathering; another speaker's is another.
- **more besides**: a count told as "an additional 500" or "a further 20,000" is more
  besides those already counted, not the whole, unless another report gives its value.
- **the foremost of a kind**: a count narrowed by a word of rank ("the 13 major
  candidates", "three key states") is a part of the plain count of its noun ("some 14
  candidates in the race"), not that count in dispute, when it lies below it.
- **narrowed members**: counts of a collection's members narrowed by words before the noun
  ("three remaining candidates") are one set only when narrowed by the same words in
  sentences sharing a race, place, holder or date.
- **two places' distances**: how far a place lies from a city is one quantity only with the
  place ("Dunmore ... 60 miles north of Carrow", "Halsey, 95 miles north of it").
- **a player's games**: games one player missed are no count of another's, nor of the
  games he played.

A vague count never decides, but its words may fix an order of magnitude
(``intervals.MAGNITUDES``: "hundreds" is 200 to 1,000). One of another order than the value
the measure's numbers share (:func:`not_compared`) is named in the explanation, never told
as agreeing ("'hundreds' ... is of another order than 10,000 ... not compared"). In a running
count, one wholly below the numbers from a report of a day before every report of them is
the count of that earlier day: the count rose, an ``update`` ("dozens" killed, then 112).

``range`` spans every stated number (bounds of "more than"/"up to" count as their number);
``conservative`` is the lowest latest value of any source, superseded values left out, as
casualty recorders report a toll.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date as calendar_day
from functools import lru_cache
from itertools import combinations

from triangulate.claims.attribution.lexicon import PERSON_NOUNS
from triangulate.claims.numwords import NUMBER_WORDS, read_word_number
from triangulate.claims.quantities import PassedOver, passed_over
from triangulate.model import Claim, Document, Entity, Figure, Verdict
from triangulate.nlp.words import may_hold
from triangulate.reconcile import ballots, clocks
from triangulate.reconcile.clocks import Clock
from triangulate.reconcile.intervals import (
    MEASURES,
    SECONDS,
    Interval,
    all_agree,
    common,
    describe,
    hull,
    in_unit,
    interval_of,
    magnitude_of,
    number,
    tolerance,
    vague_words,
)
from triangulate.reconcile.intervals import stated as stated_value
from triangulate.reconcile.members import act as act_done
from triangulate.reconcile.members import (
    answer,
    befell,
    categories,
    narrowed_whole,
    span,
    stake_in,
)
from triangulate.reconcile.revisions import closing_revision, days_order, move_day
from triangulate.reconcile.sources import Upstreams, normalise, own_voice, publisher
from triangulate.reconcile.statements import sentence_span
from triangulate.reconcile.topics import money_purpose
from triangulate.reconcile.wording import singular, speaks, their
from triangulate.timeline.infer import apart_from_dated

_CHANGE_WORDS = (
    *("rose", "risen", "rising", "rises", "climbed", "climbs", "increased", "increases"),
    *("jumped", "jumps", "went up", "goes up", "now stands", "mounted", "mounts", "soared"),
    *("updated", "revised", "raised", "reached", "reaching", "grew", "grown", "swelled"),
    *("topped", "climbing", "increasing", "is now", "are now", "has now", "have now"),
)
_CHANGED = re.compile(
    r"\b(" + "|".join(map(re.escape, _CHANGE_WORDS)) + r")\b[^.]{0,25}$", re.IGNORECASE
)
_EARLIER_WORDS = ("earlier", "previous", "initial", "first", "had ")
_EARLIER = re.compile(
    r"\b(?:(earlier|previously|initially|at first)|first (?:reported|said|gave|put)|"
    r"had (?:said|put|given|reported|counted))\b[^.]{0,40}$",
    re.IGNORECASE,
)
# Words telling a figure, after "earlier" or "initially": the figure is an earlier telling
# of the count ("earlier, police put the toll at 40"), not a count of something that
# happened earlier ("he earlier pleaded guilty to four charges", "an injury earlier in the
# season forced him to miss four games").
_TELLING = re.compile(
    r"\b(?:said|says|say|put|puts|gave|given|gives|reported|reports|estimated|estimates|"
    r"counted|announced|stated|told|confirmed|cited|quoted|toll|figure|count|tally|"
    r"estimate|number)\b",
    re.IGNORECASE,
)
_FEARED = re.compile(
    r"^(?:(?! and )[^.,;\d])*?\b((?:feared|believed|presumed)\s+(?:to\s+(?:be|have)\s+)?"
    r"(?:dead|killed|died|drowned|missing|trapped|buried))\b",
    re.IGNORECASE,
)
_POSSIBLE = re.compile(
    r"(?:\b(?i:if|might|could|would|whether|unless|expected\s+to|likely\s+to|set\s+to)|"
    r"\bmay|\bwill)\b(?!\s+not\b)[^.;:!?,\n]{0,50}$"
)
# A plan its holder states as settled: "Harlow will cut 1,500 jobs", "will lay off about
# 300 workers". Only a bare "will" with a verb or two before the figure: a plan hedged
# ("could", "may", "if", "expected to") or a figure far from its "will" is not one.
_PLANNED = re.compile(r"\bwill\s+(?!not\b|be\b|have\b)(?:[a-z]+\s+){1,3}$", re.IGNORECASE)
_HEDGED = re.compile(
    r"\b(?:if|might|could|would|whether|unless|may|expected|likely|set|probably|perhaps)\b",
    re.IGNORECASE,
)
# A proposal: "has proposed a 17 percent corporate tax rate", "his plan calls for rates
# that rise to a maximum of 28 percent". What someone proposes is not what is.
# Only a figure of the proposal's own clause: "proposed the rules in May and since has
# received 300,000 comments" proposes no comments.
_PROPOSED = re.compile(
    r"\b(?:propos(?:ed|es|ing|e)|calls?\s+for|called\s+for|calling\s+for)\b"
    r"(?:(?!\band\b)[^.;:!?,\n]){0,80}$",
    re.IGNORECASE,
)
_DENIED = re.compile(
    r"(?:\b(?:not|never)|n't)\s+(?!(?:more|less|fewer|over|under|quite|even|all|only|just|"
    r"exactly|yet|least|most|much|many|including|counting|excluding)\b)[a-z]+\s+(?:the\s+|a\s+)?$",
    re.IGNORECASE,
)
# A target: "aims to raise the rate to 80 per cent", "plans to cut staff to 500".
_TARGET = re.compile(
    r"\b(?:(?:aims?|aimed|plans?|planned|seeks?|sought|wants?|wanted|hopes?|hoped|goal\s+is|"
    r"target\s+is)\s+to|to\s+(?:increase|raise|reduce|cut|lower|boost|double|halve|"
    r"grow|expand|lift))\b[^.;:!?\n]{0,100}$",
    re.IGNORECASE,
)
# What a side asks for: "is seeking a 10-year contract", "asked for $200 million", "the
# union's request for a 5 percent rise", "demanding 300 jobs", "asked Lind for 40 days".
_ASKED = re.compile(
    r"\b(?:seek(?:s|ing)?|sought|ask(?:s|ed|ing)?(?:\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})?"
    r"\s+for|request(?:s|ed|ing)?(?:\s+for)?|demand(?:s|ed|ing)?)\s+"
    r"(?:(?:a|an|the|at\s+least|up\s+to|about)\s+)?$",
    re.IGNORECASE,
)
# "Two nearly killed when ...": people who came close to a fate, and were spared it.
_SPARED = re.compile(
    r"[^.;,\d]{0,25}?\b(?:nearly|almost|narrowly)\s+(?:been\s+)?"
    r"(?:killed|died|dead|drowned|crushed|burned)\b",
    re.IGNORECASE,
)
# "We would not have 355 damaged shops if ...": a counterfactual that takes the count as given.
_WOULD = re.compile(r"\b(?:would|could|should)\s*(?:n|\s+n?)?$", re.IGNORECASE)
_LATER = re.compile(
    r"\b(?:later|by (?:the )?(?:morning|midday|noon|afternoon|evening|night|nightfall|"
    r"end of the day)|by late \w+|(?:minutes|hours) after)\b[^.]{0,40}$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Point:
    """One source's value for a measure in one report (or one report day)."""

    root: str
    date: str
    changed: bool
    interval: Interval
    claims: tuple[Claim, ...]
    clock: Clock | None = None
    earlier: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Series:
    """One source's values over time: the latest, and the values it superseded."""

    root: str
    latest: Point
    superseded: tuple[Point, ...]
    current: tuple[Point, ...] = ()
    earlier: tuple[Point, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Judgement:
    """The verdict on one measure, its sentence, range, conservative value and series."""

    verdict: Verdict
    explanation: str
    range: tuple[float | None, float | None] | None
    conservative: float | None
    updates: tuple[Series, ...]


CHANGING = frozenset({"missing", "hospitalised", "trapped"})
"""States people leave as a story goes on (the missing are found): their count may move
either way, and a later report's other value is an update, not a conflict."""
RUNNING_NOUNS = frozenset(
    {"arrests", "arrest", "deaths", "death", "fatalities", "casualties", "detentions"}
)
"""Nouns that name a running count themselves ("46 arrests", "12 deaths"), whatever state
the words around them leave unsaid: such a count rises as a story goes on."""


def published(claim: Claim, documents: Mapping[str, Document]) -> str:
    """The claim's report day as ISO text, or "" when unknown."""
    doc = documents.get(claim.doc)
    if doc is None or doc.published.date is None:
        return ""
    return doc.published.date


def changed_cue(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether the words before the figure say the figure changed ("rose to 48")."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    before = doc.text[max(0, claim.start - 60) : claim.start]
    return may_hold(before, _CHANGE_WORDS) and _CHANGED.search(before) is not None


def allowed(
    claim: Claim, documents: Mapping[str, Document], *, plans: bool = False
) -> Interval | None:
    """The values a figure claim allows (:func:`~.intervals.interval_of`), a count of those
    "feared dead" (or believed, presumed) read as a ceiling: confirmed deaths below it are
    no dispute ("four feared dead" beside "two deaths confirmed"). With ``plans`` a stated
    plan (:func:`planned`) is read at its size: set against other plans of the act, the
    size a plan is given is itself the reported fact."""
    if claim.figure is None:
        return None
    if unasserted(claim, documents) and not (plans and planned(claim, documents)):
        return None
    found = interval_of(claim.figure, claim.text)
    if found is not None and feared(claim, documents):
        return Interval(0.0, found.high)
    if found is not None and singles_out(claim):
        return Interval(1.0, math.inf)
    return found


# What befalls people in a story that counts them: a count of one of these is a count.
_BEFALLS = re.compile(
    r"\b(?:kill|dead|die|death|injur|wound|hurt|casualt|victim|fatal|arrest|detain|held|"
    r"charg|convict|jail|missing|rescu|displac|evacuat|hospital|trapped|abduct|kidnap|hostage|"
    r"shot|stabbed|attack|crushed|buried|drown|burn|electrocut|struck|swept|trampl)",
    re.IGNORECASE,
)


def singles_out(claim: Claim) -> bool:
    """Whether a figure of one singles out one of a kind rather than counting them all:
    "one cop put his hands on his head", "in one round", "one juror was dismissed" say
    there was at least one, not that there was only one. A count of one that something
    befell (killed, injured, arrested, missing: "one person was killed", "1 wounded") is a
    count, and so is any other figure (a share, a sum, a length)."""
    figure = claim.figure
    if (
        figure is None
        or figure.kind != "count"
        or figure.unit is not None
        or figure.hedge != "exact"
        or figure.vague
        or figure.low != 1
        or figure.high != 1
    ):
        return False
    return not _names_befalling(claim)


def _names_befalling(claim: Claim) -> bool:
    """Whether a figure's own words (its text, measure, counted noun and qualifiers) name
    something that befell people: killed, injured, arrested, missing, evacuated."""
    figure = claim.figure
    if figure is None:
        return False
    words = " ".join((claim.text, figure.measure, figure.counted or "", *figure.qualifiers))
    return _BEFALLS.search(words) is not None


def unasserted(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether the figure is told as a possibility, a forecast or denied, not given as a
    count: "there might have been two killed", "the toll could reach 40", "if 30 were
    hurt", "he will miss two games", "is expected to draw 5,000", a target ("aims to raise
    the rate to 80 per cent", "to cut staff to 500"), what a side asks for ("seeking a
    10-year contract", "asking for $200 million", "demands 5,000 jobs": one side's wish in a
    bargain, which the other side's offer or the deal made need not match), a proposal
    ("has proposed a 17 percent rate", "his plan calls for a top rate of 28 percent"), "did not
    evacuate 500", "two nearly killed". Such a figure never decides ("not more than 500" is a
    bound, and does)."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    before = doc.text[max(begin, claim.start - 60) : claim.start]
    after = doc.text[claim.start : claim.start + 80]
    if may_hold(after, ("nearly", "almost", "narrowly")):
        first = _numbers(after, 0, len(after))
        if first and _SPARED.match(after, first[0][1]):
            return True
    denied = _DENIED.search(before) if may_hold(before, ("not", "never", "n't")) else None
    if denied is not None and not _WOULD.search(before, 0, denied.start() + 1):
        return True
    cues = ("if", "might", "could", "would", "whether", "unless", "may", "will", " to ")
    if may_hold(before, cues) and _POSSIBLE.search(before) is not None:
        return True
    aimed = doc.text[max(begin, claim.start - 120) : claim.start]
    if " to " in aimed and _TARGET.search(aimed) is not None:
        return True
    if _PROPOSED.search(aimed) is not None:
        return True
    asking = ("ask", "seek", "sought", "request", "demand")
    if not (may_hold(before, asking) and _ASKED.search(before) is not None):
        return False
    # Damages sought in a suit are the sum its filing names: a fact of the record that two
    # reports can dispute, not a wish in a bargain.
    return (_payment(claim, documents) or ("", ""))[0] != "damages sought"


def planned(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a figure is the size of a plan its holder states as settled, a bare "will"
    and a verb or two before it in its own sentence ("Harlow will cut 1,500 jobs"): not
    done yet, so not a count beside what was done, but what two sources say the one plan
    is. A hedged plan ("could cut", "is expected to cut", "if it will cut") is a forecast."""
    doc = documents.get(claim.doc)
    if doc is None or claim.figure is None:
        return False
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    before = doc.text[max(begin, claim.start - 60) : claim.start]
    return _PLANNED.search(before) is not None and _HEDGED.search(before) is None


def feared(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The words saying a count is of those feared dead ("feared dead"), or None."""
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    words = doc.text[claim.start : claim.start + 60].split(None, 1)
    said = _FEARED.match(words[1]) if len(words) == 2 else None
    return " ".join(said.group(1).split()) if said else None


def series_of(
    claims: Sequence[Claim],
    upstreams: Upstreams,
    documents: Mapping[str, Document],
    *,
    by_day: bool = True,
    plans: bool = False,
) -> list[Series]:
    """Each independent source's values over time (rules 1 and 2 of the module docstring).
    Without ``by_day`` a source's later report supersedes its earlier one only when their
    words tell a change (:func:`_before`); with ``plans`` stated plans are read at their
    size (:func:`allowed`)."""
    points: dict[tuple[str, str, str], list[tuple[Claim, Interval]]] = {}
    for claim in claims:
        if claim.figure is None:
            continue
        found = allowed(claim, documents, plans=plans)
        if found is None:
            continue
        key = (upstreams.root(claim.id), published(claim, documents), claim.doc)
        points.setdefault(key, []).append((claim, found))
    by_root: dict[str, list[Point]] = {}
    for (root, date, _), items in sorted(points.items()):
        for part, later in _told_in_turn(items, documents):
            merged = hull(i for _, i in part)
            assert merged is not None
            by_root.setdefault(root, []).append(
                Point(
                    root=root,
                    date=date,
                    changed=later or any(changed_cue(c, documents) for c, _ in part),
                    interval=merged,
                    claims=tuple(c for c, _ in part),
                    clock=_clock(part[0][0], documents),
                    earlier=all(earlier_cue(c, documents) for c, _ in part),
                )
            )
    out = []
    for root, pts in sorted(by_root.items()):
        replaced = [p for p in pts if any(_before(p, q, by_day=by_day) for q in pts if q is not p)]
        current = [p for p in pts if p not in replaced] or pts
        latest = max(current, key=lambda p: (p.date, p.changed, _minutes(p), p.claims[0].doc))
        # Earlier values that meet the latest restate it: they join the current reading.
        restated = [p for p in replaced if p.interval.meets(latest.interval)]
        replaced = [p for p in replaced if p not in restated]
        current = [*current, *restated]
        merged = hull(p.interval for p in current)
        assert merged is not None
        latest = Point(
            root=root,
            date=latest.date,
            changed=latest.changed,
            clock=latest.clock,
            earlier=latest.earlier,
            interval=merged,
            claims=tuple(
                c for p in [latest, *(q for q in current if q is not latest)] for c in p.claims
            ),
        )
        superseded = tuple(p for p in replaced if not p.interval.meets(merged))
        out.append(
            Series(
                root=root,
                latest=latest,
                superseded=superseded,
                current=tuple(current),
                earlier=tuple(replaced),
            )
        )
    return out


def later_cue(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether the words just before the figure place it later than what came before
    ("30 minutes later", "by evening", "police later said")."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    before = doc.text[max(0, claim.start - 60) : claim.start]
    return may_hold(before, ("later", "by ", " after")) and _LATER.search(before) is not None


def earlier_cue(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether the words just before the figure say it is an earlier one ("the governor
    had said 40", "earlier, police put the toll at", "initially said"); "earlier" that
    dates what the figure counts ("he earlier pleaded guilty to four charges") does not."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    before = doc.text[max(0, claim.start - 60) : claim.start]
    found = _EARLIER.search(before) if may_hold(before, _EARLIER_WORDS) else None
    if found is None:
        return False
    return found.group(1) is None or _TELLING.search(before, found.end(1)) is not None


def _told_in_turn(
    found: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> list[tuple[list[tuple[Claim, Interval]], bool]]:
    """One source's values in one report, as one reading or as an earlier and a later one.

    A report that gives a value and then, with words placing it later or saying it changed
    ("by evening the toll had risen to 18"), a value the first cannot hold tells the
    figure's change in turn: the second value supersedes the first. So does a value its
    words call earlier ("the governor had said 40"), wherever it stands. Otherwise its
    values are one reading (a total and its breakdown). Each part comes with whether it is
    the later one.
    """
    items = sorted(found, key=lambda x: (x[0].start, x[0].id))
    said_earlier = [earlier_cue(claim, documents) for claim, _ in items]
    old = [x for x, cue in zip(items, said_earlier, strict=True) if cue]
    rest = [x for x, cue in zip(items, said_earlier, strict=True) if not cue]
    if old and rest:
        before, after = hull(i for _, i in old), hull(i for _, i in rest)
        assert before is not None and after is not None
        if not before.meets(after):
            return [(old, False), (rest, True)]
    earlier = items[0][1] if items else None
    for k in range(1, len(items)):
        claim, value = items[k]
        assert earlier is not None
        if not value.meets(earlier) and (
            later_cue(claim, documents) or changed_cue(claim, documents)
        ):
            return [(items[:k], False), (items[k:], True)]
        earlier = Interval(min(earlier.low, value.low), max(earlier.high, value.high))
    return [(list(found), False)]


def misquoted_pair(
    series: Sequence[Series], documents: Mapping[str, Document]
) -> tuple[Point, Point] | None:
    """Two outlets citing one source for one figure of one day with values that cannot
    both hold: "44 percent, according to a Marlow Research poll" in one outlet, "48
    percent, according to the Marlow Research poll" in another. A source gives one value
    for one quantity at one time, so one of the outlets misreports it: a dispute between
    the outlets, though one source stands behind both.

    Only a source named in each report (a speaker, not a relay an outlet copies, whose
    story may be rewritten during the day) counts, each report giving it one value the
    words do not call changed or earlier (a report giving two is a whole and its part,
    :func:`_told_in_turn`); reports of different days may be the source's own revision,
    and two reports of one outlet (or carrying one agency's copy) are one telling, revised
    or not. Returns the lower and the higher point, or None."""
    if len(series) != 1:
        return None
    told = sorted(
        (p for p in series[0].current if _one_named_value(p)),
        key=lambda p: (p.interval.low, p.claims[0].id),
    )
    for n, low in enumerate(told):
        for high in told[n + 1 :]:
            if (
                low.date
                and low.date == high.date
                and not low.interval.meets(high.interval)
                and not _one_outlet(low.claims[0], high.claims[0], documents)
                and _told_alike(low.claims[0], high.claims[0], documents)
            ):
                return low, high
    return None


def _told_alike(a: Claim, b: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether two reports tell a figure in the same words, its number aside: an outlet
    that misreports a source changes the number, not what it is of. The clause holding
    each figure (:func:`_clause_words`) must hold the same common words, so "300 million
    monthly users" is not "120 million daily users", "4,100 workers" at a plant not
    68,000 at the company, sales "in the United States" not sales "worldwide". Its names
    must be those of the other, or hold them: "Senator Ruth Calder" is "Calder", but
    "Harlow Motors" is not "Vantor Motors", though "the company" says both. So must the group
    of those asked ("likely voters" is not "registered voters", :func:`polled_group`) and
    the place or the nation (:func:`~.ballots.scope_place`): one source's figure for
    another population is another figure, never the same one misreported."""
    one, two = _clause_words(a, documents), _clause_words(b, documents)
    return (
        one is not None
        and two is not None
        and one[0] == two[0]
        and (one[1] <= two[1] or two[1] <= one[1])
        and _polled_words(a, documents).casefold() == _polled_words(b, documents).casefold()
        and ballots.scope_place(a, documents) == ballots.scope_place(b, documents)
    )


# Where the clause holding a figure starts (a dateline's dash, a comma, a semicolon) and
# ends (a comma, a semicolon, a dash, or the words telling who said it).
_CLAUSE_START = re.compile(r"[,;:](?!\d)|\s[-\u2013\u2014]\s")
_CLAUSE_END = re.compile(
    r"[,;:](?!\d)|\s[-\u2013\u2014]\s|\s(?:according|said|says|showed|shows)\b"
)
_LOWER_WORD = re.compile(r"(?<![\w'\u2019])[a-z][a-z'\u2019-]*")
_ARTICLE_WORDS = frozenset({"a", "an", "the"})
_NAME_WORD = re.compile(r"(?<![\w'\u2019])[A-Z][\w&'\u2019-]*")


def _clause_words(
    claim: Claim, documents: Mapping[str, Document]
) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """The words of the clause holding a figure, its number aside: its common (lower-case)
    words before and after the number, articles and number words left out, and apart the
    names (capitalised words, lower-cased). "DES MOINES, Iowa (Reuters) - Senator Ruth
    Calder has 44 percent support among likely voters in Iowa, according to ..." gives
    ("has", "|", "among", "in", "likely", "percent", "support", "voters") and {"senator",
    "ruth", "calder", "iowa"}: the clause starts after the dateline's dash, a comma or a
    semicolon and ends at the next, or at the words telling who said it. None when the
    report is unknown."""
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    begin, finish = sentence_span(doc.text, claim.start, claim.end)
    before = doc.text[begin : claim.start]
    cuts = [m.end() for m in _CLAUSE_START.finditer(before)]
    before = before[cuts[-1] :] if cuts else before
    after = doc.text[claim.end : finish]
    stop = _CLAUSE_END.search(after)
    after = claim.text + " " + (after[: stop.start()] if stop is not None else after)

    def kept(text: str) -> list[str]:
        return [
            w
            for w in _LOWER_WORD.findall(text)
            if w not in _ARTICLE_WORDS and w not in NUMBER_WORDS
        ]

    names = frozenset(w.lower() for w in _NAME_WORD.findall(f"{before} {after}")) - _ARTICLE_WORDS
    return (*sorted(set(kept(before))), "|", *sorted(set(kept(after)))), names


def _one_named_value(point: Point) -> bool:
    """Whether a report gives its source's figure as one stated value, from a speaker it
    names, with no words of change or of an earlier figure."""
    if point.changed or point.earlier:
        return False
    values = set()
    for claim in point.claims:
        speaker = claim.said_by
        if claim.figure is None or speaker is None or speaker.anonymous:
            return False
        value = stated_value(claim.figure)
        if value is None:
            return False
        values.add(value)
    return len(values) == 1


def _one_outlet(a: Claim, b: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether two claims' reports come from one outlet, or carry one agency's copy. A
    report of no known outlet is told apart from another by its title, as a reader tells
    two clippings apart (:func:`~.sources.publisher`)."""
    names = []
    for claim in (a, b):
        doc = documents.get(claim.doc)
        known = {claim.outlet, *((doc.outlet, doc.agency) if doc is not None else ())}
        found = {normalise(n) for n in known if n}
        names.append(found or {normalise(publisher(claim, documents))})
    return bool(names[0] & names[1])


def _misquoted_sentence(
    low: Point, high: Point, upstreams: Upstreams, documents: Mapping[str, Document], read: str
) -> str:
    """Why two outlets citing one source disagree: who they cite, what each gives, and that
    one of them misreports it."""
    one, other = low.claims[0], high.claims[0]
    # The source as named bare, without the relay one report carries it through.
    cited = min(
        (upstreams.name(c.id) for c in (*low.claims, *high.claims)), key=lambda n: (len(n), n)
    )
    # A source named by a common noun ("the firm said") is told with its article.
    cited = cited if cited[:1].isupper() or cited[:1].isdigit() else f"the {cited}"
    return (
        f"Both reports cite {cited}, yet "
        f"{publisher(one, documents)} gives {_said_number(one)} and "
        f"{publisher(other, documents)} gives {_said_number(other)} {dated(low.date, '')}: "
        f"one source gives one figure at one time, so one of the two outlets misreports it "
        f"(the values cannot both be true even {read})."
    )


def _said_number(claim: Claim) -> str:
    """A figure's value as said, a difference of shares with its unit ("6 percentage
    points"), so a lead is never told as a bare number."""
    if claim.figure is None:
        return claim.text
    said = describe(claim.figure)
    return f"{said} percentage points" if claim.figure.unit == "percentage_point" else said


def _before(p: Point, q: Point, *, by_day: bool = True) -> bool:
    """Whether ``q`` is a later figure of the same source than ``p``. Without ``by_day``
    (a quantity that does not run on as a story goes on), a later report's day alone is
    no revision: a source giving two values on two days revised the first only when the
    words of one say it changed ("raised to", "now") or was the earlier ("had said")."""
    if p.date and q.date and p.date != q.date:
        step = days_order(p.date, q.date)
        if step and not by_day and not (p.changed or q.changed or p.earlier or q.earlier):
            return False
        if step:
            return step < 0
    if q.changed != p.changed:
        return q.changed
    if q.earlier != p.earlier:
        return p.earlier
    return _order(p, q) < 0


def _order(p: Point, q: Point) -> int:
    """-1 when ``p`` is known to come before ``q`` (an earlier day, a figure its report
    calls an earlier one ("had initially said 9"), or an earlier time of one day:
    :mod:`.clocks`), 1 when after, 0 when their order is unknown."""
    if p.earlier != q.earlier:
        # An earlier figure came before its own report's day: it is known to precede
        # figures of that day or later, not those of days before.
        old, new = (p, q) if p.earlier else (q, p)
        if old.date and new.date and old.date > new.date:
            return 0
        return -1 if p.earlier else 1
    if p.date and q.date and p.date != q.date:
        return days_order(p.date, q.date)
    if not p.date or not q.date:
        return 0
    return clocks.order(p.clock, q.clock)


def _moment(point: Point, other: Point, otherwise: str) -> str:
    """ "on 2026-03-11", with the time of day when the other point is of the same day, or
    "earlier" for a figure its report calls an earlier one."""
    if point.earlier:
        return "earlier"
    said = dated(point.date, otherwise)
    if point.date and point.date == other.date and point.clock is not None:
        said += f" {clocks.words(point.clock)}"
    return said


def _minutes(p: Point) -> float:
    """The point's time of day for sorting (unknown first)."""
    return p.clock.minutes if p.clock is not None else -math.inf


def _clock(claim: Claim, documents: Mapping[str, Document]) -> Clock | None:
    """When in its day a figure was given (:func:`.clocks.when`)."""
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    return clocks.when(claim, doc, begin)


def judge(
    claims: Sequence[Claim],
    upstreams: Upstreams,
    documents: Mapping[str, Document],
    *,
    running: bool = False,
    changing: bool = False,
) -> Judgement:
    """The verdict on one measure (rule 3 of the module docstring).

    Args:
        claims: The figure claims of one measure.
        upstreams: Independent sources of the story's claims.
        documents: Documents by id.
        running: Whether the measure is a running count that rises over time (a toll).
        changing: Whether the measure counts those in a state they leave as the story goes
            on (the missing are found, the hospitalised go home): it may move either way.

    Returns:
        Verdict, explanation, range, conservative value and any updated series.
    """
    running = (
        running
        or all((c.figure.counted or "").lower() in RUNNING_NOUNS for c in claims if c.figure)
        or any(ballots.still_counting(c, documents) for c in claims)
    )
    # A source revises a running count by reporting it again later; any other figure it
    # gives anew on a later day is revised only when its words say so.
    # A measure told only as plans stated as settled ("will cut 1,500 jobs" beside "will
    # cut 1,200 jobs") is judged on the plans' sizes: two sources giving one plan two sizes
    # disagree. A plan beside what was done stays out, as what was done settles it.
    plans = all(planned(c, documents) for c in claims if c.figure is not None)
    series = series_of(claims, upstreams, documents, by_day=running or changing, plans=plans)
    unit = _common_unit(claims)
    numbers = [
        in_unit(v, c.figure, unit)
        for c in claims
        if c.figure and not c.figure.vague and c.figure.hedge != "vague"
        for v in (c.figure.low, c.figure.high)
        if v is not None
    ]
    span: tuple[float | None, float | None] | None = (
        (min(numbers), max(numbers)) if numbers else None
    )
    latest_values = [
        in_unit(v, c.figure, unit)
        for s in series
        for c in s.latest.claims
        if c.figure and (v := stated_value(c.figure)) is not None
    ]
    conservative = min(latest_values) if latest_values else None
    updates = tuple(s for s in series if s.superseded)
    latest = [s.latest.interval for s in series]
    stale = _unresolved(series)
    read = tolerance(
        [c.figure for c in claims if c.figure is not None],
        said=[c.text for c in claims if c.figure is not None],
    )
    rising = (
        _rising(series) if running and (not all_agree(latest) or _stated_rise(series)) else None
    )
    if rising is None and running:
        rising = _said_rise(series) or _provisional_rise(series, documents)
    moved = None
    if rising is None and changing and not all_agree(latest) and not _missed(claims, documents):
        moved = rising = _rising(series, either=True)
    if rising is not None:
        first, last = rising
        return Judgement(
            verdict="update",
            explanation=(
                f"The count {'changed' if moved else 'rose'} as reports came in: "
                f"{_say(first, upstreams, documents, None if moved else 'low')} "
                f"{_moment(first, last, 'earlier')}, and "
                f"{_say(last, upstreams, documents, None if moved else 'high')} "
                f"{_moment(last, first, '')}, the latest figure"
            )
            .replace("  ", " ")
            .replace(" ,", ",")
            + ".",
            range=span,
            conservative=conservative,
            updates=(),
        )
    grown = _grown(claims, documents) if len(series) >= 2 and not all_agree(latest) else None
    if grown is not None:
        short, long = grown
        longest = stated_value(long.figure) if long.figure else None
        return Judgement(
            verdict="update",
            explanation=(
                "How long it has gone on grows with the day it is told: "
                f"{speaks(upstreams.name(short.id), 'give')} {said_value(short)} "
                f"{dated(published(short, documents), 'in a report of unknown day')}, and "
                f"{speaks(upstreams.name(long.id), 'give')} {said_value(long)} "
                f"{dated(published(long, documents), 'in a report of unknown day')}, the latest "
                "figure; the reports' days allow one start for both."
            ),
            range=span,
            conservative=(
                in_unit(longest, long.figure, unit) if longest is not None and long.figure else None
            ),
            updates=(),
        )
    revised = (
        closing_revision(
            [
                (c, i)
                for s in series
                for p in s.current
                for c in p.claims
                if (i := allowed(c, documents)) is not None
            ],
            documents,
        )
        if len(series) >= 2 and not all_agree(latest)
        else None
    )
    if revised is not None:
        close = stated_value(revised.close.figure) if revised.close.figure else None
        return Judgement(
            verdict="update",
            explanation=(
                "A price moves all day, and its close is the day's later reading: "
                f"{_gives(revised.during, documents)} during trading "
                f"{dated(published(revised.during, documents), '')}, and "
                f"{_gives(revised.close, documents)} at the close "
                f"{dated(published(revised.close, documents), '')}, the latest figure."
            )
            .replace("  ", " ")
            .replace(" ,", ","),
            range=span,
            conservative=(
                in_unit(close, revised.close.figure, unit)
                if close is not None and revised.close.figure
                else None
            ),
            updates=(),
        )
    if len(series) >= 2 and (not all_agree(latest) or stale is not None):
        low, high = _extremes(series) if not all_agree(latest) else stale  # type: ignore[misc]
        why = (
            f"{_say(low, upstreams, documents, 'high')} while "
            f"{_say(high, upstreams, documents, 'low')}, and "
            f"the two cannot both be true even {read}"
        )
        if updates:
            why += f"; meanwhile {_update_sentence(updates[0], upstreams)}"
        return Judgement(
            verdict="conflict",
            explanation=why + ".",
            range=span,
            conservative=conservative,
            updates=updates,
        )
    if updates:
        return Judgement(
            verdict="update",
            explanation=_upper(_update_sentence(updates[0], upstreams)) + ".",
            range=span,
            conservative=conservative,
            updates=updates,
        )
    risen = _vague_rise(claims, documents) if running else None
    if risen is not None:
        early, late = risen
        return Judgement(
            verdict="update",
            explanation=(
                f"The count rose as reports came in: {speaks(upstreams.name(early.id), 'give')} "
                f"'{said_value(early)}' {dated(published(early, documents), '')}, and "
                f"{speaks(upstreams.name(late.id), 'give')} {said_value(late)} "
                f"{dated(published(late, documents), '')}, the latest figure."
            ),
            range=span,
            conservative=conservative,
            updates=(),
        )
    misquoted = None if running or changing else misquoted_pair(series, documents)
    if misquoted is not None:
        low, high = misquoted
        return Judgement(
            verdict="conflict",
            explanation=_misquoted_sentence(low, high, upstreams, documents, read),
            range=span,
            conservative=conservative,
            updates=(),
        )
    # Vague amounts never corroborate a number: one numeric source is a single source.
    if len(series) <= 1:
        only = claims[0]
        name = upstreams.name(only.id)
        explanation = _single_sentence(claims, upstreams)
        # A vague count from another source than the one that gives the number is named
        # when it is of another order; the one source's own values are all said above.
        apart = [c for c in not_compared(claims)[0] if upstreams.name(c.id) != name]
        if apart:
            numbers_said = list(
                dict.fromkeys(said_value(c) for c in claims if c.figure and interval_of(c.figure))
            )
            explanation += (
                " " + _upper(_apart_sentence(_said(apart, upstreams), numbers_said)) + "."
            )
        return Judgement(
            verdict="single",
            explanation=explanation,
            range=span,
            conservative=conservative,
            updates=(),
        )
    said = [_say_all(s.latest, upstreams, documents) for s in series[:4]]
    more = len(series) - len(said)
    if more > 0:
        said.append(f"{more} more source{'s' if more > 1 else ''} agree")
    listed = listing(said)
    agreed = f"{listed}: the values can all hold, {read}, and 'up to' or 'more than' as bounds"
    vague_apart, fitting = not_compared(claims)
    if fitting:
        verb = "is" if len(fitting) == 1 else "are"
        agreed += (
            f"; {listing(_said(fitting, upstreams))} {verb} of an order that can hold with them"
        )
    if vague_apart:
        agreed += "; but " + _apart_sentence(_said(vague_apart, upstreams), ["these values"])
    return Judgement(
        verdict="agree",
        explanation=agreed + ".",
        range=span,
        conservative=conservative,
        updates=(),
    )


_DAY = SECONDS["day"]
# How many days after the day inferred for a report it may have come out: the inference
# takes the earliest day its weekdays allow, and a week holds every weekday.
_INFERRED_LATER = 7.0


def _grown(
    claims: Sequence[Claim], documents: Mapping[str, Document]
) -> tuple[Claim, Claim] | None:
    """How long something has gone on, told in reports of different days: "five days of
    unrest" in one, "after eight days of riots" in a later one. Such a span grows with the
    day it is told, so values that differ are an update, not a conflict, when one start fits
    them all: each report's day less its value (half a day either way for how days are
    counted; a report whose day is only inferred may be up to a week later than the day
    given, never earlier).

    Only spans said in days or longer are read so (a tremor of 30 seconds is over before any
    report is written), and only when the measure's dated reports are of two days or more.
    Returns the shortest and the longest figure, or None."""
    told = []
    for claim in claims:
        figure = claim.figure
        if figure is None:
            continue
        if figure.kind != "duration" or SECONDS.get(figure.unit or "", 0.0) < _DAY:
            return None
        found = allowed(claim, documents)
        if found is not None:
            told.append((claim, found))
    earliest, latest = -math.inf, math.inf
    days = set()
    for claim, found in told:
        doc = documents.get(claim.doc)
        day = _day_number(published(claim, documents))
        if doc is None or day is None:
            continue
        days.add(day)
        later = _INFERRED_LATER if doc.published.basis == "inferred" else 0.0
        earliest = max(earliest, (day - 0.5) * _DAY - found.high)
        latest = min(latest, (day + 0.5 + later) * _DAY - found.low)
    if len(days) < 2 or earliest > latest:
        return None
    short = min(told, key=lambda x: (x[1].high, x[0].id))
    long = max(told, key=lambda x: (x[1].low, x[0].id))
    if short[1].meets(long[1]):
        return None
    return short[0], long[0]


def _day_number(day: str) -> int | None:
    """An ISO day as a count of days, or None when the text is not a whole day."""
    try:
        return calendar_day.fromisoformat(day).toordinal() if len(day) == 10 else None
    except ValueError:
        return None


@dataclass(frozen=True, slots=True, kw_only=True)
class Split:
    """A measure whose values are not one quantity: its parts by value, and why."""

    parts: tuple[tuple[Claim, ...], ...]
    reason: str


def split(
    claims: Sequence[Claim],
    upstreams: Upstreams,
    documents: Mapping[str, Document],
    names: Names | None = None,
) -> Split | None:
    """The measure split by value when its values are not one quantity in dispute (the
    module docstring), or None when they may be.

    Args:
        claims: The figure claims of one measure.
        upstreams: Independent sources of the story's claims.
        documents: Documents by id.
        names: Where the reports name people, teams, companies and countries (for whose
            figure each is: :func:`holder`).

    Returns:
        The parts, each in the measure's order, and the reason in words.
    """
    read = [(c, i) for c in claims if (i := allowed(c, documents)) is not None]
    # The narrator of each report (its own voice, whatever upstream its words echo), and
    # each sentence of a report in which at most one quoted source speaks.
    voices: dict[tuple[str, ...], list[tuple[Claim, Interval]]] = {}
    sentences: dict[tuple[str, ...], list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        doc = documents.get(claim.doc)
        if own_voice(claim, documents):
            voices.setdefault((claim.doc,), []).append((claim, found))
        if doc is not None:
            begin, _ = sentence_span(doc.text, claim.start, claim.end)
            sentences.setdefault((claim.doc, str(begin)), []).append((claim, found))
    for key, items in sentences.items():
        quoted = {upstreams.root(c.id) for c, _ in items if not own_voice(c, documents)}
        if len(quoted) <= 1:
            voices[key] = items
    years = {c.id: other_time(c, documents) for c, _ in read}
    if len(set(years.values())) > 1 and any(years.values()):
        past = next(c for c, _ in read if years[c.id])
        keyed: dict[str, list[Claim]] = {}
        for claim in claims:
            keyed.setdefault(years.get(claim.id) or other_time(claim, documents), []).append(claim)
        reason = (
            f"{_gives(past, documents)} "
            f"{_for_time(years[past.id])}, "
            "so these are figures of different times, not one quantity in dispute"
        )
        return Split(parts=tuple(tuple(keyed[k]) for k in sorted(keyed)), reason=reason)
    apart = (
        _events_apart(read, documents)
        or _undated_apart(read, documents)
        or _held_apart(read, documents, names)
        or _raisers_apart(read, documents, names)
        or _fines_apart(read, documents)
        or _targets_apart(read, documents)
        or _spenders_apart(read, documents)
        or _payments_apart(read, documents)
        or _kinds_apart(read, documents, names)
        or _causes_apart(read, documents)
        or _occasions_apart(read, documents)
        or _moves_apart(read, documents)
        or _rest_apart(read, documents)
        or _stages_apart(read, documents)
        or _distances_apart(read, documents)
        or _games_apart(read, documents)
        or _others_apart(read, documents)
        or _states_apart(read, documents)
        or _things_apart(read, documents)
        or _shares_apart(read, documents)
        or _any_and_one_apart(read, documents)
        or _sizes_apart(read, documents)
        or _picked_sets_apart(read, documents)
        or _polled_apart(read, documents)
        or _screens_apart(read, documents)
        or _numbered_events_apart(read, documents)
        or _crowds_apart(read, documents)
        or _stretches_apart(read, documents)
        or _share_holders_apart(read, documents)
        or _answers_apart(read, documents)
        or _wholes_apart(read, documents)
        or _lists_apart(read, documents)
        or _combined_apart(read, documents)
        or _error_margins_apart(read, documents)
        or _thresholds_apart(read, documents)
        or _ranked_apart(read, documents)
        or _added_apart(read, documents)
        or _audiences_apart(read, documents, names)
        or _pair_sides_apart(read, documents)
        or _members_apart(read, documents)
        or _narrowed_members_apart(read, documents)
        or _categories_apart(read, documents)
        or _mourned_apart(read, documents)
        or _polls_apart(read, documents)
        or _ballots_apart(read, documents)
    )
    if apart is not None:
        return _with_rest(apart, claims)
    told = _told_as_part(read, documents)
    if told is not None:
        part, whole, quote = told
        reason = (
            f"{_gives(part, documents)} as a part of "
            f"{number(whole.low)} "
            f'("{quote}"), so these count a whole and its part, not one quantity in dispute'
        )
        parts = _parted(claims, [allowed(part, documents) or whole, whole])
        if len(parts) >= 2:
            return Split(parts=parts, reason=reason)
    for key in sorted(voices):
        items = voices[key]
        anchors = _clusters(items)
        if len(anchors) < 2 or any(changed_cue(c, documents) for c, _ in items):
            continue
        first, second = anchors[0][1][0], anchors[1][1][0]
        who = (
            f"{speaks(publisher(first, documents), 'give')} both {said_value(first)} and "
            f"{said_value(second)} in {their(publisher(first, documents))} own words"
            if len(key) == 1
            else f"one sentence of {publisher(first, documents)} gives both {said_value(first)} "
            f"and {said_value(second)}"
        )
        reason = (
            f"{who}, so these count different things (a whole and its part, or two of a kind), "
            "not one quantity in dispute"
        )
        return Split(parts=_parted(claims, [a for a, _ in anchors]), reason=reason)
    both = _told_by_one(read, documents)
    if both is not None:
        one, other, quote = both
        reason = (
            f'{_gives(one, documents)} and, as another fact, "{quote}", the value '
            f"{_gives(other, documents)}, so these count two different things, not one "
            "quantity in dispute"
        )
        return Split(parts=_parted(claims, [a for a, _ in _clusters(read)]), reason=reason)
    alone = _told_beside(read, upstreams, documents)
    if alone is not None:
        one, other = alone
        reason = (
            f"{_gives(one, documents)} and, in another sentence, "
            f"{said_value(other)} without setting one against the other, and no other report gives "
            f"{said_value(one)}, so the report counts two different things, not one quantity in "
            "dispute"
        )
        return Split(parts=_parted(claims, [a for a, _ in _clusters(read)]), reason=reason)
    unopposed = _one_report_unopposed(read, upstreams, documents)
    if unopposed is not None:
        one, other = unopposed
        reason = (
            f"{_gives(one, documents)} and {said_value(other)} in one report that gives no two "
            "sources each their own value for one thing, so the report counts two different "
            "things, not one quantity in dispute"
        )
        return Split(parts=_parted(claims, [a for a, _ in _clusters(read)]), reason=reason)
    # Sets named apart are read last: a reading above that splits the measure already
    # says which of its values go together.
    named = (
        _named_sets_apart(read, documents)
        or _done_apart(read, documents)
        or _spans_apart(read, documents)
        or _stakes_apart(read, documents)
        or _acts_apart(read, documents)
        or _unanchored_apart(read, documents)
    )
    return _with_rest(named, claims) if named is not None else None


def split_series(
    claims: Sequence[Claim],
    documents: Mapping[str, Document],
    names: Names | None = None,
) -> Split | None:
    """The measure split by value when its figures, whatever their dates, are not one
    quantity: two players' or two people's figures (:func:`holder`), measurements of
    differently named things (:func:`measured_thing`) or counts of two occasions
    (:func:`_occasions_apart`). Time explains a difference only
    between values of one quantity: a seven-yard pass told on Sunday and a 200-yard game
    told on Monday are no figure revised. A figure's kind is not read so: "suspended for
    the first four games", later "reduced to two games", is one suspension revised."""
    read = [(c, i) for c in claims if (i := allowed(c, documents)) is not None]
    apart = (
        _held_apart(read, documents, names)
        or _things_apart(read, documents)
        or _occasions_apart(read, documents)
        or _mourned_apart(read, documents)
        or _in_hospital_apart(read, documents)
    )
    return None if apart is None else _with_rest(apart, claims)


# "Six in critical condition", "23 remained hospitalized", "two are still in hospital":
# those a hospital holds at the time, right after the number.
_IN_HOSPITAL_AFTER = re.compile(
    r"\s*(?:(?:were|was|are|is|remain|remains|remained|still|later)\s+)*"
    r"(?:in\s+(?:critical|serious|stable|grave)\s+condition|in\s+(?:the\s+)?hospital|"
    r"hospitali[sz]ed)\b",
    re.IGNORECASE,
)


def in_hospital(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a count is of those a hospital holds, told right after its number ("six in
    critical condition", "23 remained hospitalized")."""
    doc = documents.get(claim.doc)
    return doc is not None and _IN_HOSPITAL_AFTER.match(doc.text, claim.end) is not None


def _in_hospital_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A series mixing those a hospital holds (:func:`in_hospital`) with a count of all
    those hurt or shot: "six in critical condition" on one day and "a hundred people" shot
    on another. Those still in hospital are a part of the hurt that falls as they leave,
    never a toll that a later count revises."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        said = [
            f"{_gives(claim, documents)}{' as those in hospital' if key == 'held' else ''}"
            for key, claim in (one, two)
        ]
        return (
            f"{said[0]} and {said[1]}: those a hospital holds are a part of those hurt, not "
            "one toll revised"
        )

    return _split_by(read, lambda claim: "held" if in_hospital(claim, documents) else "all", reason)


# "Wakes were under way for at least three victims", "funerals were held for 12 of the
# dead", "a vigil for the nine victims": those mourned or buried at one rite so far.
_MOURNED_BEFORE = re.compile(
    r"\b(?:wakes?|funerals?|burials?|vigils?|memorial\s+services?)\b[^.;:]{0,40}?"
    r"\b(?:for|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def mourned(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a count is of the dead a rite is held for ("wakes were under way for at
    least three victims"): those mourned so far, not the toll."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    return _MOURNED_BEFORE.search(doc.text[max(begin, claim.start - 80) : claim.start]) is not None


def _mourned_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing the dead a wake, funeral or vigil is held for (:func:`mourned`)
    with a count of all those the event befell: "wakes for at least three victims" and
    "a hundred people" shot. The dead mourned on one day are a part of the toll, neither
    the toll nor a count that a later toll revises."""

    groups: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        groups.setdefault("rite" if mourned(claim, documents) else "all", []).append((claim, found))
    if len(groups) < 2:
        return None
    # Told apart whatever their values: "at least three" mourned fits a toll of 100, yet
    # is no earlier reading of it.
    rite, toll = groups["rite"][0][0], groups["all"][0][0]
    reason = (
        f"{_gives(rite, documents)} as the dead a rite is held for and "
        f"{_gives(toll, documents)}: those mourned so far are a part of the toll, not the toll"
    )
    return Split(parts=_claims_of(groups), reason=reason)


# Words of contrast and dispute, shared by the two readings below: "while", "but",
# "put it at", "disputed".
_CONTRAST = (
    r"while|whereas|but|however|though|although|instead|put|puts|putting|others|disputed?|"
    r"disputes|contradict\w*|differ\w*|conflicting"
)
# Words a report sets two values of one quantity against each other with: "police said
# 30,000 marched, while organisers put the number at 100,000", "but others said 50", or
# tells of a change with ("revised", "higher").
_SET_AGAINST = re.compile(
    rf"\b(?:{_CONTRAST}|higher|lower|other|revised|updated|corrected)\b", re.IGNORECASE
)


def _told_beside(
    read: Sequence[tuple[Claim, Interval]],
    upstreams: Upstreams,
    documents: Mapping[str, Document],
) -> tuple[Claim, Claim] | None:
    """A value only reports that also give another value of the measure give, beside it and
    not set against it: "the autopsy showed seven bullets hit him ... a revolver loaded with
    four bullets was found", "the lender raised its rate to 5.1 per cent ... the central bank
    raised its own to 3.5 per cent". A report that relays two values of one quantity from
    two sources says they differ ("while", "but", "put it at"); one that gives two values
    without a word of contrast, neither found in any other report, tells two things that
    share a noun. Values a report says changed ("rose to", "earlier"), or gives in one
    sentence, or counts of people two sources each give
    (:func:`_people_counted_by_two_sources`), are never read so.
    Returns the lone value's claim and a claim of the other value in its report, or None."""
    clusters = _clusters(read)
    if len(clusters) < 2:
        return None
    where = {c.id: n for n, (_, members) in enumerate(clusters) for c in members}
    by_doc: dict[str, list[Claim]] = {}
    for claim, _ in read:
        by_doc.setdefault(claim.doc, []).append(claim)
    for n, (_, members) in enumerate(clusters):
        docs = {c.doc for c in members}
        beside = [next((c for c in by_doc[d] if where[c.id] != n), None) for d in sorted(docs)]
        if any(c is None for c in beside):
            continue
        # Two values in one sentence may be two sources' dispute ("police said 12 were
        # hurt; medics said 30"): only values told in sentences apart are read so.
        lone = {_sentence_of(c, documents) for c in members}
        if any(
            _sentence_of(c, documents) in lone for d in docs for c in by_doc[d] if where[c.id] != n
        ):
            continue
        told = [c for d in docs for c in by_doc[d]]
        if any(_set_against(c, documents) for c in told):
            continue
        others = [c for d in docs for c in by_doc[d] if where[c.id] != n]
        if any(_people_counted_by_two_sources(a, b, upstreams) for a in members for b in others):
            continue
        other = beside[0]
        assert other is not None
        return members[0], other
    return None


# Words a report sets one source's value against another's with, in either sentence of
# the two: "but", "however", "put it at", "the actual number is closer to".
_DISPUTED = re.compile(rf"\b(?:{_CONTRAST}|actual|actually|in\s+fact)\b", re.IGNORECASE)


def _one_report_unopposed(
    read: Sequence[tuple[Claim, Interval]],
    upstreams: Upstreams,
    documents: Mapping[str, Document],
) -> tuple[Claim, Claim] | None:
    """Values of the measure that only one report gives, none of them set against another
    by two quoted sources: "Clinton leads 46 percent to 44 percent, the survey finds" and,
    paragraphs on, "21 percent said they would not vote at all"; "St Louis had 159
    homicides" and "Ferguson, however, had two murders, according to the FBI". A report
    does not dispute itself: two values in it are two quantities sharing a noun (two
    candidates' shares, two places' counts, a threshold and a projection), unless it gives
    them to two different quoted sources (neither its own voice) in one sentence or with
    words setting one against the other ("police said 10,000; organisers said 50,000",
    "the USGS put it at 5.4", "the actual number is closer to 15 percent, according to
    Factcheck.org"). Values told in other reports too are left to the rules that weigh
    reports against each other.
    Returns a claim of the lowest value and one of another value, or None."""
    if len({c.doc for c, _ in read}) != 1:
        return None
    clusters = _clusters(read)
    if len(clusters) < 2:
        return None
    doc = documents.get(read[0][0].doc)
    if doc is None:
        return None
    for (_, one), (_, other) in combinations(clusters, 2):
        for a in one:
            for b in other:
                if _opposed(a, b, upstreams, doc):
                    return None
    return clusters[0][1][0], clusters[1][1][0]


def _opposed(a: Claim, b: Claim, upstreams: Upstreams, doc: Document) -> bool:
    """Whether one report gives two values to two quoted sources set against each other:
    in one sentence, or with a word of dispute in the sentence of either."""
    if not _two_quoted_sources(a, b, upstreams):
        return False
    if _counts_people(a) and _counts_people(b):
        return True
    spans = {sentence_span(doc.text, c.start, c.end) for c in (a, b)}
    return len(spans) == 1 or any(_DISPUTED.search(doc.text, *span) for span in spans)


def _two_quoted_sources(a: Claim, b: Claim, upstreams: Upstreams) -> bool:
    """Whether two claims come from two different sources the report quotes, neither its
    own voice."""
    return (
        a.said_by is not None
        and b.said_by is not None
        and upstreams.root(a.id) != upstreams.root(b.id)
    )


def _people_counted_by_two_sources(a: Claim, b: Claim, upstreams: Upstreams) -> bool:
    """Whether two counts of people (a toll, a crowd) come from two different sources that
    the report quotes, neither its own voice: "The health ministry said 20 people were
    killed." and, paragraphs on, "Hospital officials said 35 people were killed"; "Police
    said 10,000 people took part" and "The organisers said 50,000 people took part". A
    report relaying two sources' counts of one event's people relays a dispute however far
    apart it tells them, and a casualty recorder logs both; two things sharing a noun
    ("seven bullets" and "four bullets") are no such count."""
    return _two_quoted_sources(a, b, upstreams) and _counts_people(a) and _counts_people(b)


def _counts_people(claim: Claim) -> bool:
    """Whether a figure counts people, by its own words: something befell them, or its
    counted noun is a word for people ("people", "protesters", "residents")."""
    figure = claim.figure
    if figure is None or figure.kind != "count" or figure.unit is not None:
        return False
    counted = singular((figure.counted or "").casefold())
    return _names_befalling(claim) or counted in PERSON_NOUNS


def _counted_word(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The word right after the claim's number as written ("150 nautical miles" gives
    "nautical", "a 41-yard pass" gives "yard"), casefolded and without a plural s: what
    the number counts or measures, as the report words it."""
    doc = documents.get(claim.doc)
    figure = claim.figure
    if doc is None or figure is None:
        return None
    values = {v for v in (figure.low, figure.high) if v is not None}
    for _, end, value in _numbers(doc.text, claim.start, claim.end):
        if value in values:
            found = _AFTER_NUMBER.match(doc.text, end, min(len(doc.text), end + 40))
            return singular(found.group(1)) if found else None
    return None


_AFTER_NUMBER = re.compile(r"[ \t]*(?:-[ \t]*)?([^\W\d_]+)")


def _states(doc: Document, value: float, word: str, skip: Sequence[Claim]) -> str | None:
    """Where a report gives ``value`` of ``word`` outside the claims in ``skip``, in a
    sentence that sets no value against another and tells of no change: the number and
    the words after it as written ("150 nautical miles"), or None."""
    for start, end, found in _numbers(doc.text, 0, len(doc.text)):
        if found != value or any(c.start <= start < c.end for c in skip):
            continue
        after = _AFTER_NUMBER.match(doc.text, end, min(len(doc.text), end + 40))
        if after is None or singular(after.group(1)) != word:
            continue
        begin, stop = sentence_span(doc.text, start, end)
        if _SET_AGAINST.search(doc.text, begin, stop) is None:
            more = _NEXT_WORD.match(doc.text, after.end(), stop)
            if more is None or more.group(0).strip().casefold() in _JOINING:
                return _quote(doc.text, start, after.end())
            return _quote(doc.text, start, more.end())
    return None


_NEXT_WORD = re.compile(r"[ \t]+[^\W\d_][\w'-]*")
# Words that end a quoted amount rather than continue it ("364 yards and three scores").
_JOINING = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "than",
        "that",
        "the",
        "to",
        "with",
    ]
)


def _told_by_one(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> tuple[Claim, Claim, str] | None:
    """A report that gives one value of the measure and, elsewhere and with the same word
    after the number, the other value another report gives: "the attack took place 150
    nautical miles off the port, and the warship was 13 nautical miles away" against a
    report of "13 nautical miles"; "a 41-yard touchdown pass" in a report that also says
    the quarterback "threw for 364 yards". A report does not dispute itself: when it tells
    both values as two facts, the reports that give one of them each count one of those
    two things. Values a report sets against each other ("while", "but", "put it at") or
    says changed are never read so (a dispute or a revision the report relays).
    Returns the claim whose report tells both, a claim of the other value and the words
    the report gives that value in, or None."""
    clusters = _clusters(read)
    if len(clusters) < 2:
        return None
    for n, (_, members) in enumerate(clusters):
        for m, (_, others) in enumerate(clusters):
            if m == n:
                continue
            their_docs = {c.doc for c in others}
            for claim in members:
                doc = documents.get(claim.doc)
                if doc is None or claim.doc in their_docs or _set_against(claim, documents):
                    continue
                skip = [c for c, _ in read if c.doc == claim.doc]
                for other in others:
                    word = _counted_word(other, documents)
                    figure = other.figure
                    if word is None or figure is None or _set_against(other, documents):
                        continue
                    value = figure.low if figure.low is not None else figure.high
                    quote = _states(doc, value, word, skip) if value is not None else None
                    if quote is not None:
                        return claim, other, quote
    return None


def _sentence_of(claim: Claim, documents: Mapping[str, Document]) -> tuple[str, int]:
    """The claim's report and where its sentence begins."""
    doc = documents.get(claim.doc)
    return claim.doc, sentence_span(doc.text, claim.start, claim.end)[0] if doc else -1


def _set_against(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether the figure's sentence sets it against another value or says it changed."""
    doc = documents.get(claim.doc)
    if doc is None:
        return True
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    return (
        _SET_AGAINST.search(doc.text, begin, end) is not None
        or changed_cue(claim, documents)
        or earlier_cue(claim, documents)
        or later_cue(claim, documents)
    )


@dataclass(frozen=True, slots=True)
class Names:
    """Where a story's reports name people, teams, companies and countries: per report,
    the spans (start, end) with the name each stands for and its type, in order."""

    spans: Mapping[str, tuple[tuple[int, int, str, str], ...]]

    @classmethod
    def of(cls, entities: Iterable[Entity]) -> Names:
        """The spans of the entities' mentions that can hold a figure."""
        found: dict[str, list[tuple[int, int, str, str]]] = {}
        for entity in entities:
            if entity.type not in _HOLDERS:
                continue
            for mention in entity.mentions:
                found.setdefault(mention.doc, []).append(
                    (mention.start, mention.end, entity.name, entity.type)
                )
        return cls({doc: tuple(sorted(spans)) for doc, spans in found.items()})

    def person_before(
        self, doc: str, at: int, reach: int = 400, text: str | None = None
    ) -> str | None:
        """The person named last before ``at`` (within ``reach`` characters): whom a "he"
        or "her" there most likely stands for. A name in lower case ("a Tony Award") is no
        person's, whatever type it was read as; given the report's ``text``, neither is one
        after "a" or "an" ("nominated for an Oscar") nor one opening a quoted title ("films
        like ``Kate and Leopold''")."""
        spans = self.spans.get(doc, ())
        k = bisect_left(spans, (at,))
        while k > 0:
            k -= 1
            start, end, name, kind = spans[k]
            if start < at - reach:
                return None
            # A person's name opens with a capital: "a Tony Award" is a misread name.
            if kind != "PERSON" or end > at or not name[:1].isupper():
                continue
            if text is not None and _NO_PERSON_BEFORE.search(text, max(0, start - 4), start):
                continue
            return name
        return None


# Words before a name that make it no person's: an article ("an Oscar") or an opening
# quotation mark (a title: "``Kate and Leopold''"); a straight quote mark opens only when
# the name follows it at once (a closing one, 'easy." Cheeks was', is followed by a space).
_NO_PERSON_BEFORE = re.compile(r"(?:\b(?:a|an)\s+|``\s*|“\s*|(?:^|\s)\")\Z", re.IGNORECASE)

_HOLDERS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# What a name does with the figure that follows when the figure is its own: has it, scored
# it, won it, missed it ("Clark finished with 22 points", "the firm employs 500"), never
# what it says, measures or estimates (that name is a source, not the figure's holder).
_HOLDING = (
    "had|has|have|holds|held|owns|owned|employs|employed|scored|scores|posted|posts|added|"
    "adds|finished|finishes|ended|won|wins|lost|loses|missed|misses|recorded|records|"
    "collected|grabbed|pulled|threw|throws|rushed|rushes|caught|catches|completed|completes|"
    "earned|earns|spent|spends|needed|needs|managed|manages|totaled|totalled|racked|did|does|"
    "hosted|hosts|averaged|averages|gained|gains|kicked|returned|returns|blocked|logged|"
    "tallied|amassed|accumulated|boasts|boasted|sold|sells|paid|pays|signed|cut|cuts|"
    "leads|led|trails|trailed|notched|landed|lands|swatted|played|plays|improved|improves|"
    "took|takes|got|gets|made|makes|presided|presides|raised|raises|"
    # The same verbs after a plural name ("Republicans hold 54 seats", "the Herons win").
    "hold|own|employ|score|post|win|lose|miss|earn|spend|need|lead|trail|control|controls|"
    "controlled"
)
_HELD_BY = re.compile(
    r"^(?:,\s+who)?\s+(?:(?:also|just|only|then|now|still|again)\s+)?(?:" + _HOLDING + r")"
    # A hyphen some pages space out ("double - digit") is no word of its own.
    r"(?:\s+(?:[a-z][\w'-]*|\d[\w,.-]*|-(?=\s)))"
    r"{0,8}\s+$"
)
_NOT_HELD = re.compile(
    r"\b(?:said|says|say|told|tells|reported|reports|estimated|estimates|announced|stated|"
    r"claimed|claims|according|confirmed|than)\b"
    # "that" opening a clause ("made clear that 20 died"), never "that" after a preposition,
    # which points to a thing ("presided over that ceremony three times").
    r"|(?<!\bover )(?<!\bin )(?<!\bat )(?<!\bon )(?<!\bof )(?<!\bfor )(?<!\bfrom )"
    r"(?<!\bwith )(?<!\binto )(?<!\bduring )\bthat\b"
)
# A quotation opening the clause opens it too ("''Ada Lindqvist raised over $8 million").
_CLAUSE_OPEN = re.compile(
    r"(?:^|[,;:(\n]|\b(?:and|but|while|as|when|after|before|though|although|whereas|then)\b)"
    r"\s*(?:''|``|\"|\u201c|\u2018)?\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# Titles and offices told right before a name ("Senator Ann Moss", "former Florida Gov.
# Jeb Bush", "Chief Executive Mary Barra"): part of the name's phrase, so a clause that
# opens with them opens with the name.
_TITLES_BEFORE = re.compile(r"(?:\b(?:[A-Z][\w.'-]*|former|vice|of)[ \t]+)+$")
_OWNED_WORDS = r"(?:(?:first|last|final|only|own|other|season|career)\s+)?"
_POSSESSIVE = re.compile(
    r"(?:^|[^\w'])((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)(?:'s|’s|'|’)\s+"
    r"(?:" + _OWNED_WORDS + r"|(?:[a-z][\w-]*\s+){1,3}of\s+)$"
)
# A clause whose subject is a name's thing and whose verb gives the figure its value:
# "Toyota's share of the US market rose to 16 percent", "Harlow's sales were 2.6 million".
_POSSESSED_SUBJECT = re.compile(
    r"(?:^|[,;:(\n]\s*)(?:the\s+)?((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)(?:'s|’s|'|’)\s+"
    r"(?:[a-zA-Z][\w-]*\s+){1,5}?(?:rose|fell|grew|dropped|declined|slipped|climbed|jumped|"
    r"increased|decreased|slid|edged|gained|was|were|is|are|stood|stands|reached|hit|totaled|"
    r"totalled|came)\s+(?:(?:to|at|by|up|down|in|of|some|about|nearly|almost|just|over)\s+)*$"
)
# A name the figure is for, right after it: "landed 178 punches to 30 for Rahman", "52
# percent for Lind and 45 percent for Berg".
_FOR_NAME = re.compile(r"\s+for\s+((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*)(?=\s*(?:[,.;)]|and\b|$))")
# The same name ending the figure's own phrase: "the two fights out there for Lind".
_FOR_NAME_END = re.compile(r"\s+for\s+((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*)$")
# Names of days, months and feasts: "20 deaths by Friday" tells a stand by a day, no maker.
_CALENDAR = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Christmas|Easter|New\s+Year)\b"
)
# The name that made the play a figure measures, right after it: "an 80-yard touchdown pass
# by the Jaguars", "a 45-yard field goal by Vinatieri". A measuring noun before "by" ("a
# reading by the survey") names the figure's source instead, and a bare number is never
# read so ("5.4 by the USGS").
_BY_NAME = re.compile(
    r"\s+by\s+(?:the\s+)?(?!"
    + _CALENDAR
    + r")((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*)(?=\s|[,.;)]|$)"
)
_MEASURING_NOUN = re.compile(
    r"\b(?:estimate|reading|count|figure|measure|measurement|tally|report|forecast|survey|"
    r"poll|calculation|reckoning|projection)s?$",
    re.IGNORECASE,
)
# "Luck found Reggie Wayne for a seven-yard touchdown pass": the play is the passer's, the
# name opening the clause with a verb of passing the ball to the one named after it.
_FOR_PLAY = re.compile(r"^\s+for\s+(?:a|an)\s+$")
_PASSING = re.compile(
    r"\s+(?:found|finds|hit|hits|connected\s+with|connects\s+with)\s+(?:[a-z][\w-]*\s+){0,3}"
)
# A name with its figures in brackets after it: "Bowe (45-1, 33 KOs)".
_BRACKETED = re.compile(r"((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*)\s*\([^()]{0,40}$")
# A figure in a phrase opening its sentence ("In five seasons as head coach, O'Brien
# recorded", "Overall, with 22 points, Clark led") is the main clause's subject's: the name
# right after the phrase's comma, with a verb of having or scoring.
_OPENING = re.compile(
    r"^(?:[A-Z][a-z]+,\s*)?(?:[Ii]n|[Ww]ith|[Oo]ver|[Dd]uring|[Aa]cross|[Tt]hrough)\b[^,;:()]*$"
)
_SUBJECT_AFTER = re.compile(
    r"^[^,;:()]{0,60},\s*(?:the\s+)?((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*)\s+"
    r"(?:(?:also|just|only|then|now|still)\s+)?(?:" + _HOLDING + r")\b"
)
_HIS = re.compile(r"\b(?:his|her)\s+" + _OWNED_WORDS + r"$", re.IGNORECASE)
# "The team gave him 22 carries": a figure given to a person, not one said to them ("told
# him 20 had died").
_HIM = re.compile(
    r"(?<!\btold )(?<!\basked )(?<!\bshowed )(?<!\bwarned )(?<!\binformed )\b(?:him|her)\s+$",
    re.IGNORECASE,
)
_HE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


def holder(
    claim: Claim, documents: Mapping[str, Document], names: Names | None = None
) -> str | None:
    """Whose figure a figure is (:func:`_holder_named`), or, when no name read there says,
    the bare surname opening its sentence with a verb of having (:func:`_surname_holder`)."""
    return _holder_named(claim, documents, names) or _surname_holder(claim, documents)


# Capitalised words opening a sentence that name no one: pronouns, possessives, determiners
# and words of quantity ("They won 20", "Her lead had 30 points", "Both raised").
_NO_SURNAME = frozenset(
    {
        *("he", "she", "i", "his", "her", "their", "our", "my", "your", "him", "them", "us"),
        *("it", "its", "they", "we", "you", "this", "that", "these", "those", "some", "many"),
        *("all", "both", "each", "most", "few", "several", "others", "other", "one", "none"),
        *("there", "here", "who", "which", "what", "another", "such", "everyone", "nobody"),
    }
)
_SURNAME_OPENING = re.compile(r"\s*([A-Z][a-z][\w'-]*)(?=\s)")


def _surname_holder(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The surname alone that opens a figure's sentence before a verb of having, winning or
    raising ("Moss won 62 delegates", "Berg raised $15 million"): news names a person in
    full once and by surname after, and a tagger often misses a bare surname in a short
    report. A word the pile writes in lower case anywhere ("Officials had ...": "officials"),
    a noun for people, a pronoun or a word of quantity names no one. Returns the name as a
    lower-case key, or None."""
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    opening = _SURNAME_OPENING.match(doc.text, begin, claim.start)
    if opening is None:
        return None
    gap = doc.text[opening.end() : claim.start]
    if not _HELD_BY.match(gap) or _NOT_HELD.search(gap) is not None:
        return None
    word = opening.group(1)
    key = word.casefold()
    if key in _NO_SURNAME or singular(key) in PERSON_NOUNS or key in PERSON_NOUNS:
        return None
    lower = re.compile(rf"(?<![\w-]){re.escape(key)}(?![\w-])")
    if any(lower.search(d.text) for d in documents.values()):
        return None
    return key


def _holder_named(
    claim: Claim, documents: Mapping[str, Document], names: Names | None = None
) -> str | None:
    """Whose figure a figure is, when its sentence names the person, team, company or
    country it belongs to: a possessor just before it ("Davidson's 17 turnovers", "the
    Bluejays' 11 assists", "Buford's scoring record of 2,116"), a name it stands in
    brackets after ("Bowe (45-1, 33 KOs)") or the name opening its clause with a verb of
    having, scoring or missing ("Earl Clark finished with 22 points", "Hansbrough, who
    needed nine points"), the subject of the main clause after a phrase opening the
    sentence that holds the figure ("In five seasons as head coach, O'Brien recorded"),
    the name that made the play it measures ("an 80-yard pass by the Jaguars"; "Luck found
    Wayne for a seven-yard touchdown pass" is the passer's) or the name it is said to be
    for, right after it or ending its own phrase ("30 for Rahman", "45 percent for Berg",
    "two fights left for Wlad"). A name that says, reports or estimates the figure is its
    source, not its holder. "He", "she", "his", "her" and "him" before the figure ("used
    him 22 times") stand for the person named last before them (:meth:`Names.person_before`;
    for a "he" opening the last of a run of sentences that each open with "he", the person
    named before the run). Returns the name as a lower-case key, or None."""
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    before = doc.text[begin : claim.start]
    owned = (
        _POSSESSIVE.search(before)
        or _BRACKETED.search(before)
        or _POSSESSED_SUBJECT.search(before)
        or _FOR_NAME.match(doc.text[claim.end : min(end, claim.end + 60)])
        or _FOR_NAME_END.search(claim.text)
        or (_OPENING.search(before) and _SUBJECT_AFTER.match(doc.text[claim.end : end]))
        or _made_by(claim, doc.text[claim.end : min(end, claim.end + 60)])
    )
    if owned is not None:
        return _key(owned.group(1))
    if names is None:
        return None
    his = _HIS.search(before) or _HIM.search(before)
    if his is not None:
        return _key(names.person_before(claim.doc, begin + his.start(), text=doc.text))
    spans = names.spans.get(claim.doc, ())
    k = bisect_left(spans, (claim.start,))
    subjects = [(start, end, name) for start, end, name, _ in spans[max(0, k - 8) : k]]
    subjects += [(begin + m.start(), begin + m.end(), "") for m in _HE.finditer(before)]
    for start, end, name in sorted(subjects, reverse=True):
        if start < begin:
            break
        if end > claim.start:
            continue
        gap = doc.text[end : claim.start]
        if name and _FOR_PLAY.match(gap):
            return _key(_passer(doc.text, begin, start, spans[max(0, k - 8) : k]))
        if (
            _HELD_BY.match(gap)
            and _NOT_HELD.search(gap) is None
            and _CLAUSE_OPEN.search(_TITLES_BEFORE.sub("", doc.text[begin:start]))
        ):
            if name:
                return _key(name)
            # "He won a Tony ... He presided over it three times": a run of sentences that
            # open with "he" tells of one man, the one named before the run.
            run = _run_start(doc.text, begin)
            return _key(names.person_before(claim.doc, start, 400 + start - run, doc.text))
        return None
    return None


def _passer(
    text: str, begin: int, at: int, spans: Sequence[tuple[int, int, str, str]]
) -> str | None:
    """The name from ``begin`` that passes the ball to the one named at ``at`` ("Luck found
    wide receiver Reggie Wayne"), or None."""
    for start, end, name, _ in spans:
        if start >= begin and end < at and _PASSING.fullmatch(text, end, at):
            return name
    return None


def _made_by(claim: Claim, after: str) -> re.Match[str] | None:
    """The name that made the play a figure measures, right after its noun ("an 80-yard
    pass by the Jaguars"), unless the figure is a bare number or a measuring noun ("5.4 by
    the USGS", "a reading by the survey": the source)."""
    if not claim.text[-1:].isalpha() or _MEASURING_NOUN.search(claim.text) is not None:
        return None
    return _BY_NAME.match(after)


_OPENS_WITH_HE = re.compile(r"\s*(?:he|she)\b", re.IGNORECASE)


def _run_start(text: str, begin: int, most: int = 6) -> int:
    """Where a run of sentences opening with "he" or "she" that ends with the sentence at
    ``begin`` starts (at most ``most`` sentences back)."""
    for _ in range(most):
        if begin <= 0 or not _OPENS_WITH_HE.match(text, begin):
            return begin
        before, _ = sentence_span(text, begin - 1, begin - 1)
        if before >= begin or not _OPENS_WITH_HE.match(text, before):
            return begin
        begin = before
    return begin


def _key(name: str | None) -> str | None:
    return " ".join(name.lower().split()) if name else None


def _same_holder(a: str, b: str) -> bool:
    """Whether two names are one holder: the same, or one the other's shorter form
    ("Clark" and "Earl Clark")."""
    one, two = set(a.split()), set(b.split())
    return one <= two or two <= one


def _held_apart(
    read: Sequence[tuple[Claim, Interval]],
    documents: Mapping[str, Document],
    names: Names | None,
) -> Split | None:
    """A measure whose values belong to different holders (:func:`holder`): two players'
    points, two teams' turnovers, two companies' staff. Figures of one holder, or of none
    named, may be one quantity; figures of two are not, whatever noun they share."""
    holders: list[tuple[str, list[tuple[Claim, Interval]]]] = []
    loose: list[Claim] = []
    for claim, found in read:
        key = holder(claim, documents, names)
        if key is None:
            loose.append(claim)
            continue
        for name, items in holders:
            if _same_holder(name, key):
                items.append((claim, found))
                break
        else:
            holders.append((key, [(claim, found)]))
    if len(holders) < 2:
        return None
    hulls = [(name, items, hull(i for _, i in items)) for name, items in holders]
    for (name_a, items_a, a), (name_b, items_b, b) in combinations(hulls, 2):
        assert a is not None and b is not None
        if a.meets(b):
            continue
        first, second = items_a[0][0], items_b[0][0]
        reason = (
            f"{_gives(first, documents)} for "
            f"{_titled(first, name_a, documents)} "
            f"and {_gives(second, documents)} for "
            f"{_titled(second, name_b, documents)}, so these are figures of different holders, "
            "not one quantity in dispute"
        )
        parts = [tuple(c for c, _ in items) for _, items, _ in hulls]
        anchors = [h for _, _, h in hulls if h is not None]
        placed = _parted(loose, anchors) if loose else ()
        merged = [list(p) for p in parts]
        for extra in placed:
            n = min(range(len(anchors)), key=lambda k: _distance(_reach(extra[0]), anchors[k]))
            merged[n].extend(extra)
        order = {c.id: n for n, c in enumerate(c for c, _ in read)}
        return Split(
            parts=tuple(
                tuple(sorted(p, key=lambda c: order.get(c.id, len(order)))) for p in merged
            ),
            reason=reason,
        )
    return None


# Words of raising money right before a sum, within its clause: "raised $12 million",
# "raising about $228 million", "a fundraising haul of $5 million".
_RAISING = re.compile(r"\b(?:raised|raising|raises|raise|fundraising|fund-raising|haul)\b", re.I)
_RAISED_BEFORE = re.compile(_RAISING.pattern + r"[^\d$\u20ac\u00a3,;.]{0,30}$", re.IGNORECASE)


def _raised(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a figure is a sum raised, by the words of raising right before it."""
    doc = documents.get(claim.doc)
    if doc is None or claim.figure is None or claim.figure.kind != "money":
        return False
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    return _RAISED_BEFORE.search(doc.text[max(begin, claim.start - 60) : claim.start]) is not None


# Kinds of body that raise money, each its own: a candidate's campaign, a committee or a
# party, and a PAC backing the candidate raise and report separate sums.
_RAISER_KINDS = frozenset(
    {
        *("campaign", "campaigns", "pac", "pacs", "committee", "committees", "party"),
        *("fund", "funds", "foundation", "group", "groups", "union", "charity", "network"),
    }
)


def _raiser_subject(claim: Claim, documents: Mapping[str, Document]) -> tuple[str, str]:
    """The words before a sum raised's verb of raising in its sentence, as written, and the
    kinds of raising body they name (``_RAISER_KINDS``, joined): "A super PAC backing
    Calder" names a PAC, "Calder's campaign" a campaign, "She" none."""
    doc = documents.get(claim.doc)
    if doc is None:
        return "", ""
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    verbs = list(_RAISING.finditer(doc.text, begin, claim.start))
    if not verbs:
        return "", ""
    subject = " ".join(doc.text[begin : verbs[-1].start()].split())
    kinds = sorted({w for w in re.findall(r"[a-z]+", subject.casefold()) if w in _RAISER_KINDS})
    return subject, "+".join(singular(k) for k in kinds)


def _raisers_apart(
    read: Sequence[tuple[Claim, Interval]],
    documents: Mapping[str, Document],
    names: Names | None,
) -> Split | None:
    """A measure of sums raised (:func:`_raised`) whose reports name the raiser of some
    (:func:`holder`) and not of others, or name no raiser but different kinds of raising
    body (``_RAISER_KINDS``). A sum raised is one campaign's or one fund's: a sum whose
    raiser its sentence does not name may be another candidate's haul ("she has raised $33
    million" beside "raising about $228 million" told of him), so it is no rival of a named
    raiser's sum; and a candidate's campaign and a super PAC backing the candidate raise two
    sums. Sums of one named raiser, or of one kind of body named alike, still dispute."""
    if not read or not all(_raised(c, documents) for c, _ in read):
        return None
    groups: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        key = holder(claim, documents, names) or ""
        if not key:
            key = "#" + _raiser_subject(claim, documents)[1]
        same = next(
            (k for k in groups if k[:1] != "#" and key[:1] != "#" and _same_holder(k, key)), key
        )
        groups.setdefault(same, []).append((claim, found))
    if len(groups) < 2 or not any(k[:1] == "#" for k in groups):
        return None

    def raiser(key: str, claim: Claim) -> str:
        if key[:1] != "#":
            return _titled(claim, key, documents)
        subject = _raiser_subject(claim, documents)[0]
        return f"what its report calls {subject!r}" if subject else "a raiser it does not name"

    def reason(one: _Keyed, two: _Keyed) -> str:
        said = [f"{_gives(c, documents)} raised by {raiser(k, c)}" for k, c in (one, two)]
        return f"{said[0]} and {said[1]}, so these may be two raisers' sums, not one in dispute"

    return _split(groups, reason)


# A fine's words around its sum, within its clause: the party fined and the body that
# fined it ("A federal judge fined Skyline Airways $1.2 million", "Skyline Airways was
# fined $2 million", "a $3 million fine against Skyline Airways", "ordered Skyline Airways
# to pay a $2 million fine").
_NAME = r"((?:[A-Z][\w.&'-]*\s+)*[A-Z][\w.&'-]*)"
_FINED_BEFORE = (
    re.compile(rf"\bfined\s+{_NAME}\s+(?:(?:about|nearly|almost|some|over|more\s+than)\s+)?$"),
    re.compile(rf"{_NAME}\s+(?:was|were|has\s+been|had\s+been|is|will\s+be)\s+fined\s+$"),
    re.compile(rf"{_NAME}\s+(?:\w+\s+)?to\s+pay\s+(?:a\s+)?$"),
)
_FINED_AFTER = re.compile(
    rf"^(?:\s+(?:civil\s+)?(?:fine|fines|penalty|penalties))?\s+(?:against|on|for|from)\s+{_NAME}"
)
_FINE_WORD = re.compile(r"\b(?:fined|fines?|penalty|penalties)\b", re.IGNORECASE)
_FINING = re.compile(r"([A-Za-z][\w.-]*)\s+(?:has\s+|had\s+)?fined\s+$")


def _fine_parties(claim: Claim, documents: Mapping[str, Document]) -> tuple[str, str] | None:
    """The party a fine's sum is imposed on and the body imposing it, each as a lower-case
    key ("" when its clause does not say), read from the words of fining around the sum;
    None when no word of fining stands beside the sum (it is no fine)."""
    doc = documents.get(claim.doc)
    if doc is None or claim.figure is None or claim.figure.kind != "money":
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    before = re.split(r"[;:]", doc.text[max(begin, claim.start - 80) : claim.start])[-1]
    after = doc.text[claim.end : min(end, claim.end + 60)]
    near = before[-50:] + claim.text + after[:30]
    if _FINE_WORD.search(near) is None:
        return None
    party = next((m.group(1) for p in _FINED_BEFORE if (m := p.search(before))), None)
    if party is None and (then := _FINED_AFTER.match(after)) is not None:
        party = then.group(1)
    fining = _FINING.search(before[: before.rfind(party)] if party else before)
    body = fining.group(1).casefold() if fining else ""
    return _key(party) or "", body


def _fines_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure of fines (``purposes.tsv``: one such sum an event has) whose sums are not
    all told of one party by one body. A fine is one party's, imposed once by one body
    ("A federal judge fined Skyline Airways $1.2 million"): two reports' sums for it
    dispute each other. But a story may tell of many fines: one whose party its clause
    does not name may be another party's, one imposed on another party is another fine,
    and two bodies ("regulators", "the judge") fining one party impose two fines."""
    if len(read) < 2:
        return None
    found = {c.id: _fine_parties(c, documents) for c, _ in read}
    if all(f is None for f in found.values()):
        return None
    groups: dict[str, list[tuple[Claim, Interval]]] = {}
    bodies: dict[str, str] = {}
    for claim, item in read:
        # A sum no word of fining stands beside is read as a fine of no named party.
        party, body = found[claim.id] or ("", "")
        key = next((k for k in groups if party and k[:1] != "#" and _same_holder(k, party)), "")
        if not party:
            key = "#" + claim.id
        elif not key:
            key = party
        elif body and bodies.get(key) and bodies[key] != body:
            key = party + "#" + body
        if body:
            bodies.setdefault(key, body)
        groups.setdefault(key, []).append((claim, item))
    if len(groups) < 2:
        return None

    def fined(key: str, claim: Claim) -> str:
        party = key.split("#")[0]
        return _titled(claim, party, documents) if party else "a party it does not name"

    def reason(one: _Keyed, two: _Keyed) -> str:
        said = [f"{_gives(c, documents)} as a fine on {fined(k, c)}" for k, c in (one, two)]
        return f"{said[0]} and {said[1]}, so these may be two fines, not one in dispute"

    return _split(groups, reason)


# A price target's words before its sum: the analyst opening the clause with a verb of
# setting it and the company whose shares it prices ("Brenner Securities raised its price
# target on Quillon Systems to $180").
_ANALYST = re.compile(
    rf"^\s*(?:(?:Analysts?|Strategists?)\s+at\s+)?{_NAME}\s+(?:\w+\s+){{0,2}}?"
    r"(?:raised|raises|cut|cuts|lowered|lowers|boosted|boosts|trimmed|trims|reduced|reduces|"
    r"increased|increases|set|sets|has|had|kept|keeps|maintained|maintains|reiterated)\b"
    r"[^.;:]{0,30}?\bprice\s+target"
)
_TARGET_OF = re.compile(
    rf"\bprice\s+target\s+(?:on|for)\s+(?:[a-z][\w-]*\s+){{0,2}}{_NAME}[^.;:$]{{0,30}}$"
)


def _target_parties(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The analyst and the company of a price target's sum, as one lower-case key
    ("brenner securities>quillon systems"), when its clause names both; None otherwise (it
    may be another analyst's, or no price target at all)."""
    doc = documents.get(claim.doc)
    if doc is None or claim.figure is None or claim.figure.kind != "money":
        return None
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    before = doc.text[begin : claim.start]
    analyst = _ANALYST.match(before)
    company = _TARGET_OF.search(before)
    if analyst is None or company is None:
        return None
    return f"{_key(analyst.group(1))}>{_key(company.group(1))}"


def _targets_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure of price targets (``purposes.tsv``: an analyst sets one at a time) whose
    sums are not all told of one analyst's target on one company's shares. Two reports'
    sums for that target dispute each other; another analyst's, another company's, and one
    whose clause names neither are other sums."""

    def target(key: str, claim: Claim) -> str:
        if key[:1] == "#":
            return "a price target whose analyst or company it does not name"
        analyst, company = key.split(">")
        said = f"{_titled(claim, analyst, documents)}'s price target on "
        return said + _titled(claim, company, documents)

    def reason(one: _Keyed, two: _Keyed) -> str:
        said = [f"{_gives(c, documents)} as {target(k, c)}" for k, c in (one, two)]
        return f"{said[0]} and {said[1]}, so these may be two targets, not one in dispute"

    return _apart_by(read, lambda c: _target_parties(c, documents), reason)


# A sum spent: the spender, the words opening its clause before "spent", and what the
# sum was spent on and when, the words after it up to the clause's end ("Brandt's
# campaign spent $9 million in the first quarter, a filing showed").
_SPENT = re.compile(r"\b(?:has\s+|had\s+|have\s+)?spent\s+(?:(?:about|nearly|some|over)\s+)?$")
_PERIOD_WORD = re.compile(
    r"\b(?:quarter|half|month|week|year|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|\d{4})\b",
    re.IGNORECASE,
)
_NO_SPENDER = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which", "that"})


def _spending(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The spender of a sum spent and what and when it was spent on, as one lower-case key
    ("brandt's campaign>in the first quarter"), when its clause names the spender and a
    period; None otherwise (it may be another spender's sum, or a total of no period)."""
    doc = documents.get(claim.doc)
    if doc is None or claim.figure is None or claim.figure.kind != "money":
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    before = doc.text[begin : claim.start]
    verb = _SPENT.search(before)
    if verb is None:
        return None
    spender = " ".join(before[: verb.start()].split()).casefold()
    rest = re.split(r"[,;:]", doc.text[claim.end : end])[0]
    what = " ".join(rest.split()).casefold().rstrip(".")
    if not spender or spender in _NO_SPENDER or "," in spender or not _PERIOD_WORD.search(what):
        return None
    return f"{spender}>{what}"


def _spenders_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure of sums spent (``purposes.tsv``: a spender reports one for a period) whose
    sums are not all told of one spender, spending on one thing in one period, in the same
    words. One campaign's spending in one quarter is one sum: two reports' sizes of it
    dispute each other. Another spender's sum, one spent on something else or in another
    period, and one whose clause names no spender or no period are other sums."""

    def spent(key: str, claim: Claim) -> str:
        if key[:1] == "#":
            return "spent by a spender or in a period it does not name"
        spender, what = key.split(">")
        return f"spent by {_titled(claim, spender, documents)} {what}"

    def reason(one: _Keyed, two: _Keyed) -> str:
        said = [f"{_gives(c, documents)} {spent(k, c)}" for k, c in (one, two)]
        return f"{said[0]} and {said[1]}, so these may be two sums spent, not one in dispute"

    return _apart_by(read, lambda c: _spending(c, documents), reason)


# Purposes of a sum a plaintiff, a holder, a company or a buyer gives once for one thing
# (``purposes.tsv``), and the words of its clause that say whose sum it is.
_PAYMENTS = frozenset(
    {"damages sought", "cash on hand", "net income", "earnings per share", "purchase price"}
)
_HEDGE = r"(?:(?:about|nearly|almost|some|roughly|around|over|more\s+than|at\s+least)\s+)?"
_SEEKER = re.compile(
    r"(?P<who>[^,;:]+?)\s+(?:(?:is|are|was|were|has|have|had)\s+)?(?:been\s+)?"
    r"(?:seeking|seeks|seek|sought|asking\s+for|asks\s+for|asked\s+for|demanding)\s+"
    rf"(?:damages\s+of\s+)?{_HEDGE}$"
)
_SUED = re.compile(rf"^(?:in\s+damages\s+)?(?:from|against)\s+{_NAME}")
_HOLDER_HAD = re.compile(
    r"(?P<who>[^,;:]+?)\s+(?:had|has|have|held|holds|reported|ended\s+(?:\w+\s+){0,3}with)\s+"
    rf"(?:cash\s+on\s+hand\s+of\s+)?{_HEDGE}$"
)
_ON_DATE = re.compile(
    r"^(?:in\s+)?(?:cash\s+)?(?:on\s+hand|in\s+the\s+bank)\s+"
    r"(?:at\s+the\s+end\s+of|as\s+of|on)\s+(?P<when>[^,;.]+)"
)
_EARNER = re.compile(
    rf"{_NAME}\s+(?:earned|reported|posted|recorded|booked|had|made)\s+"
    r"(?:[a-z][\w-]*\s+){0,4}$"
)
_PERIOD = re.compile(
    r"^(?:(?:a|per)\s+share\s+)?(?:in\s+net\s+(?:income|profit)\s+)?(?:in|for)\s+"
    r"(?:the\s+|its\s+)?(?P<when>(?:(?:first|second|third|fourth|fiscal|\d{4})[\s-]+){1,3}"
    r"(?:quarter|half|year)(?:\s+of\s+\d{4})?|\d{4})\b"
)
_ADJUSTED = re.compile(
    r"\b(?:excluding|adjusted|non-gaap|before\s+(?:one-time\s+|special\s+)?items|"
    r"one-time\s+items|special\s+items)\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(r"\b(?:including|gaap)\b", re.IGNORECASE)
_BUYER = re.compile(
    rf"{_NAME}\s+(?:has\s+|had\s+)?(?:agreed\s+(?:on\s+\w+\s+)?to\s+|will\s+|is\s+|"
    r"plans\s+to\s+|would\s+)?(?:buy|acquire|buying|acquiring)\s+(?:[a-z][\w-]*\s+){0,3}"
    rf"{_NAME}\s+for\s+{_HEDGE}$"
)
_SUM_HEAD = re.compile(
    r"^(?:\s*(?:million|billion|trillion|thousand|bn|mln|cents?|dollars?|euros?|pounds?)\b)*\s*",
    re.IGNORECASE,
)
_NO_HOLDER = frozenset({*_NO_SPENDER, "the company", "the campaign", "the firm", "the group"})


def _payment(claim: Claim, documents: Mapping[str, Document]) -> tuple[str, str] | None:
    """A sum's purpose, when it is one a holder gives once for one thing (``_PAYMENTS``),
    and whose sum its clause says it is, as one lower-case key:
    the plaintiff and the party sued for damages sought ("the pilots' union>skyline
    airways"), the holder and the date of cash on hand, the company, the period and the
    basis (adjusted, reported or none said) of net income or earnings per share, the buyer,
    the company bought and the basis (a share or in all) of a purchase price. The key is
    "" when the clause does not name them all (the sum may be another's); None when the
    sum is of no such purpose."""
    doc = documents.get(claim.doc)
    if doc is None or claim.figure is None or claim.figure.kind != "money":
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    before = re.split(r"[;:(]|\s[-\u2013\u2014]\s", doc.text[begin : claim.start])[-1]
    digits = [m.end() for m in re.finditer(r"\d", claim.text)]
    after = claim.text[digits[-1] if digits else len(claim.text) :] + doc.text[claim.end : end]
    after = " ".join(_SUM_HEAD.sub("", after, count=1).split())
    clause_after = re.split(r"[,;:]", doc.text[claim.end : end])[0]
    purpose = money_purpose("", claim.text, before, clause_after)
    if purpose not in _PAYMENTS:
        return None
    clause = re.split(r",", before)[-1]
    found: list[str | None] = []
    if purpose == "damages sought":
        who, sued = _SEEKER.search(clause), _SUED.match(after)
        found = [_subject(who.group("who") if who else None), _key(sued.group(1) if sued else None)]
    elif purpose == "cash on hand":
        who, when = _HOLDER_HAD.search(clause), _ON_DATE.match(after)
        found = [
            _subject(who.group("who") if who else None),
            _key(when.group("when") if when else None),
        ]
    elif purpose == "purchase price":
        buyer = _BUYER.search(clause)
        basis = "a share" if re.match(r"(?:a|per)\s+share\b", after) else "in all"
        found = [_key(buyer.group(1) if buyer else None), _key(buyer.group(2) if buyer else None)]
        found.append(basis)
    else:
        company, when = _EARNER.search(clause), _PERIOD.match(after)
        sentence = doc.text[begin:end]
        basis = "adjusted" if _ADJUSTED.search(sentence) else ""
        basis = basis or ("reported" if _REPORTED.search(sentence) else "no basis said")
        found = [
            _key(company.group(1) if company else None),
            _key(when.group("when") if when else None),
            basis,
        ]
    if not all(found):
        return purpose, ""
    return purpose, ">".join([purpose, *(f for f in found if f)])


def _subject(words: str | None) -> str | None:
    """A clause's subject as a lower-case key, None when it names nobody (a pronoun, "the
    company": whose it is lies in another sentence)."""
    key = _key(words)
    return key if key and key not in _NO_HOLDER else None


def _payments_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure holding a sum a holder gives once for one thing (:func:`_payment`: damages
    sought in one suit, cash on hand at one date, a company's net income or earnings per
    share in one period, one price for one company bought) whose sums are not all told of
    one such thing. Two reports' sums for it dispute each other; one whose clause names
    another holder, date, period, basis or party, or does not name them, is another sum."""
    found = {c.id: _payment(c, documents) for c, _ in read}
    if len(read) < 2 or all(f is None for f in found.values()):
        return None
    groups: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, item in read:
        # Sums of no such purpose stay together, as they were before any was read.
        payment = found[claim.id]
        key = "~" if payment is None else payment[1] or "#" + claim.id
        groups.setdefault(key, []).append((claim, item))
    if len(groups) < 2:
        return None

    def what(key: str, claim: Claim) -> str:
        payment = found[claim.id]
        if payment is None:
            return f"{_gives(claim, documents)} as a sum of no such purpose"
        if key[:1] == "#":
            return (
                f"{_gives(claim, documents)} as {payment[0]} of a holder, a party or a time "
                "its clause does not name"
            )
        told = [_titled(claim, part, documents) for part in key.split(">")[1:]]
        return f"{_gives(claim, documents)} as {payment[0]} ({'; '.join(told)})"

    def reason(one: _Keyed, two: _Keyed) -> str:
        return f"{what(*one)} and {what(*two)}, so these may be two sums, not one in dispute"

    return _split(groups, reason)


def _apart_by(
    read: Sequence[tuple[Claim, Interval]],
    key: Callable[[Claim], str | None],
    reason: Callable[[_Keyed, _Keyed], str],
) -> Split | None:
    """The measure's figures grouped by whose sum a key reads each to be, a figure it reads
    no holder of (keyed None) in a part of its own keyed "#" and its id, and split as
    :func:`_split` splits groups: a sum one holder gives once (a target, a period's
    spending) is disputed only by the same holder's sum, never by one of no named holder.
    None when the key reads no holder of any figure, or all of one."""
    if len(read) < 2:
        return None
    found = {c.id: key(c) for c, _ in read}
    if all(f is None for f in found.values()):
        return None
    groups: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, item in read:
        groups.setdefault(found[claim.id] or "#" + claim.id, []).append((claim, item))
    if len(groups) < 2:
        return None
    return _split(groups, reason)


def _with_rest(found: Split, claims: Sequence[Claim]) -> Split:
    """The split with the measure's claims that no part holds (vague amounts, figures told
    as a possibility) each put in the part whose values they lie nearest, and every part in
    the measure's order."""
    placed = {c.id for part in found.parts for c in part}
    parts = [list(p) for p in found.parts]
    anchors = [
        hull(i for c in p if (i := interval_of(c.figure, c.text) if c.figure else None))
        for p in parts
    ]
    for claim in claims:
        if claim.id in placed:
            continue
        reach = _reach(claim)
        n = min(
            range(len(parts)),
            key=lambda k: (_distance(reach, a) if (a := anchors[k]) is not None else math.inf, k),
        )
        parts[n].append(claim)
    order = {c.id: n for n, c in enumerate(claims)}
    return Split(
        parts=tuple(tuple(sorted(p, key=lambda c: order[c.id])) for p in parts if p),
        reason=found.reason,
    )


def _titled(claim: Claim, key: str, documents: Mapping[str, Document]) -> str:
    """A holder's name as the figure's report writes it (the key is lower case)."""
    doc = documents.get(claim.doc)
    text = doc.text[max(0, claim.start - 300) : claim.start] if doc is not None else ""
    after = doc.text[claim.end : claim.end + 60] if doc is not None else ""
    pattern = r"\s+".join(map(re.escape, key.split()))
    found = list(re.finditer(pattern, text, re.IGNORECASE))
    if found:
        return " ".join(found[-1].group(0).split())
    later = re.search(pattern, after, re.IGNORECASE)
    return " ".join(later.group(0).split()) if later else key


_RATE_AFTER = re.compile(
    r"^[\s\w'-]{0,30}?\b(?:per|a|an|each|every)\s+(?:game|match|contest|season|year|month|week|"
    r"day|night|race|head|capita|person|minute|hour)\b",
    re.IGNORECASE,
)
_RATE_BEFORE = re.compile(r"\baverag(?:ed|es|ing|e)\b[^.;:!?]{0,40}$", re.IGNORECASE)
# "One in every 500 users": the figure is the size of the group one is taken from.
_ONE_IN = re.compile(r"\b(?:one|1)\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE)
_RATE_INSIDE = re.compile(r"\bper\s+(?:game|season|year|day|head|capita|person)\b", re.I)
_SCALED = re.compile(r"\b(?:thousand|million|billion|trillion|bn|mn|m|k)\b", re.IGNORECASE)
_GAP_AFTER = re.compile(
    r"^\s+(?:[a-z][\w-]*\s+)?(?!or\b)(?:more|fewer|less|sooner|later|longer|shorter|higher|"
    r"lower)\s+than\b|^\s+(?:[a-z][\w-]*\s+)?(?:sooner|later|ahead|behind)\b|"
    r"^\s+(?:[a-z][\w-]*\s+)?(?:short|shy)\s+of\b|^\s+down\b",
    re.IGNORECASE,
)
# "Seven hours of talk time, up two hours from the old model", "sales down 4 percent on a
# year earlier": the change between two figures, told by "up" or "down" before the number
# and what it is measured from after it, never the quantity itself.
_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down)\s+(?:by\s+)?(?:(?:about|some|nearly|almost|roughly|just|only)\s+)?$",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(r"^\s+(?:from|on|over|compared\s+(?:with|to))\b", re.IGNORECASE)
# "A 31-point advantage", "a 10-point lead", "a six-point edge": a margin in points between
# two figures (two candidates' shares in a poll), never a count of advantages or leads.
_POINT_MARGIN = re.compile(
    r"[\w.,]+[ \t]*-?[ \t]*(?:percentage[ \t-]+)?points?[ \t-]+"
    r"(?:lead|advantage|edge|margin|deficit|gap|cushion)s?\b",
    re.IGNORECASE,
)
# "Won Florida by about 74,000 votes", "leads by 15 points", "a lead of more than 200
# delegates": a winning margin, the difference between two sides' tallies, never a tally.
_MARGIN_BEFORE = re.compile(
    r"(?:\b(?:won|wins?|winning|lost|loses|losing|carried|carries|carrying|captured|captures|"
    r"leads|leading|trails?|trailing|trailed|margin)\b[^.;:]{0,50}?\bby|"
    r"\b(?:lead|margin|edge|advantage|deficit)\s+of)\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around|just|only|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
_TALLIES = frozenset({"vote", "ballot", "point", "delegate", "seat", "goal", "run", "stroke"})


def _tallied(figure: Figure | None) -> bool:
    """Whether a figure counts what a contest is won by (votes, points, seats, goals):
    only such a count "by" a win is its margin ("carried by three rescuers" is no win)."""
    counted = figure.counted if figure is not None else None
    return bool(counted) and singular(str(counted).split()[-1]) in _TALLIES


# "Tracks an additional 500 family fortunes", "a further 20 were hurt": a count of more
# besides those a sentence has already counted, never the whole nor the count it adds to.
_ADDED_BEFORE = re.compile(
    r"\b(?:an\s+additional|a\s+further|an\s+extra)\s+(?:(?:about|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
# "His first 17 passes", "the last two games", "the next 48 hours": a few of a series.
_SERIES_BEFORE = re.compile(r"\b(?:first|last|final|opening|next|previous|past)\s+$", re.I)
# "Two of them fled; boarding operations were carried out on the other three": the rest of
# a set a part of which was told before, never the whole set nor the noun beside it.
_REST_BEFORE = re.compile(r"\bthe\s+(?:other|remaining)\s+$", re.IGNORECASE)
# "Six straight games", "four consecutive wins", "three days in a row": a run, not a tally.
_STREAK = re.compile(r"\S+\s+(?:straight|consecutive|successive)\b", re.IGNORECASE)
_IN_A_ROW = re.compile(r"^\s+in\s+a\s+row\b", re.IGNORECASE)
# "Missed four games", "sat out two matches", "misses 12 flights": what someone went
# without, never a count of those they had.
_MISSED_BEFORE = re.compile(
    r"\b(?:missed|misses|sat\s+out|sits\s+out|sitting\s+out)\s+(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "Philly's 93.3 scoring average": the figure is an average.
_AVERAGE_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?average\b", re.IGNORECASE)
# "Within a week of the fire", "two days after the vote", "a month before", "three years
# ago": a span said so is the time from one event to another, never how long one lasted.
_ELAPSED_BEFORE = re.compile(r"\bwithin\s+(?:(?:just|only|about|some)\s+)?$", re.IGNORECASE)
_SPAN_WORD = re.compile(r"\b(?:second|minute|hour|day|week|month|year|decade)s?$", re.IGNORECASE)
_ELAPSED_AFTER = re.compile(r"^\s+(?:after|before|ago|earlier|since|prior\s+to)\b", re.I)
# "Served most of a six-month sentence", "half of a 40-member crew": the sentence counts a
# part of a thing the figure sizes, which is the whole. Never "most of the 20 killed were
# children": a set told before, whose count the figure still gives.
_PART_OF_BEFORE = re.compile(
    r"\b(?:most|much|part|half|some|the\s+rest|the\s+bulk|a\s+fraction)\s+of\s+(?:a|an)\s+$",
    re.IGNORECASE,
)
_KINDS = {
    "rate": "as a rate (for each game, period or head)",
    "age": "as someone's age",
    "gap": "as a difference between two figures",
    "series": "as the first, last or next few of a series",
    "streak": "as a run in a row",
    "missed": "as a count of those missed",
    "elapsed": "as the time from one event to another",
    "whole": "as a whole of which its sentence counts only a part",
    "kind": "as one kind of a breakdown",
    "beside": "as a count of other things listed beside a named model",
    "pooled": "as a count pooled over the several bodies or places it lists",
    "beside_person": "as a count of those with a person, not counting that person",
    "carried": "as the share of traffic a route carries, not the share an event cut",
    "such": "as a count of all things of that kind",
    "amount": "as an amount",
}


def amount_kind(claim: Claim, documents: Mapping[str, Document], names: Names | None = None) -> str:
    """What a figure's number is of: ``rate`` for an amount for each game, season or head
    ("averaged 7.2 rebounds", "$23 million per season", "one in every 500 users", "a 93.3
    scoring average", and a count of whole things given with a fraction, "15.9 points",
    which can only be an average), ``age`` for someone's age ("61 years old", "aged 48"),
    ``gap`` for a difference between two figures ("13 more than Buford", "five rounds
    sooner", "two games short of", "10 points down", a margin in points, "a 31-point
    advantage", a change, "up two hours from the old model"), ``series`` for the first, last or
    next few of a series ("his first 17 passes", "the last two games"), ``streak`` for a
    run in a row ("six straight games", "four consecutive wins", "three days in a row"),
    ``missed`` for what someone went without ("missed four games", "sat out two matches"),
    ``elapsed`` for a span from one event to another ("within a week of the fire", "two
    days after the vote", "three years ago"), ``whole`` for a figure its sentence counts
    only a part of ("served most of a six-month sentence"), ``kind`` for one kind of a
    breakdown sharing a noun ("700 plant species" after "1,200 animal and"), ``such`` for
    all things of a kind ("300,000 such routes"), ``beside`` for an item of a list beside
    a named model ("12 AK-47 guns, three rifles": :func:`_beside_model`), ``pooled`` for a
    count over several named bodies (:func:`_pooled`), ``beside_person`` for those with a
    named person (:func:`_with_person`, given ``names``), ``carried`` for the share of
    traffic a route carries (:func:`_carried_share`), else ``amount``. An age is
    what the figure reader calls one (:func:`_aged`)."""
    doc = documents.get(claim.doc)
    if doc is None:
        return "amount"
    before = doc.text[max(0, claim.start - 60) : claim.start]
    after = doc.text[claim.end : claim.end + 45]
    figure = claim.figure
    if _aged(doc, claim):
        return "age"
    if (
        _GAP_AFTER.match(after)
        or _POINT_MARGIN.match(doc.text, claim.start)
        or (_MARGIN_BEFORE.search(before) and _tallied(figure))
        or (_CHANGE_BEFORE.search(before) and _CHANGE_AFTER.match(after))
    ):
        return "gap"
    if _SERIES_BEFORE.search(before):
        return "series"
    if _STREAK.match(doc.text, claim.start) or _IN_A_ROW.match(after):
        return "streak"
    if may_hold(before, ("miss", " out ")) and _MISSED_BEFORE.search(before):
        return "missed"
    if (
        figure is not None
        and figure.kind == "duration"
        and (
            _ELAPSED_BEFORE.search(before)
            or (_SPAN_WORD.search(claim.text) and _ELAPSED_AFTER.match(after))
        )
    ):
        return "elapsed"
    if _PART_OF_BEFORE.search(before):
        return "whole"
    if _one_kind(doc.text, claim):
        return "kind"
    if _beside_model(doc.text, claim):
        return "beside"
    if _pooled(doc.text, claim):
        return "pooled"
    if names is not None and _with_person(doc.text, claim, names):
        return "beside_person"
    if _carried_share(doc.text, claim):
        return "carried"
    if _SUCH.match(doc.text, _number_end(doc.text, claim)):
        return "such"
    fraction = (
        figure is not None
        and figure.kind == "count"
        and figure.unit is None
        and (figure.counted or "").endswith("s")
        and figure.low is not None
        and figure.low != int(figure.low)
        and _SCALED.search(claim.text) is None
    )
    if (
        fraction
        or _RATE_BEFORE.search(before)
        or _ONE_IN.search(before)
        or _RATE_AFTER.match(after.split(".")[0])
        or _AVERAGE_AFTER.match(after)
        or _RATE_INSIDE.search(claim.text)
    ):
        return "rate"
    return "amount"


# "300,000 such routes", "three such attacks": things of the kind just told of, all of
# them, not the ones the story counts.
_SUCH = re.compile(r"[ \t]+such[ \t]+[A-Za-z]", re.IGNORECASE)


# "1,200 animal and 700 plant species", "12 Somali, 11 Yemeni": a number with one word
# after it, listed before another, shares that one's noun.
_ELIDED = re.compile(r"[ \t]+[A-Za-z][\w'-]*[ \t]*(?:,|\band\b|\bor\b)[ \t]*$")
_KIND_NOUN = re.compile(r"^[ \t]*([A-Za-z][\w'-]*)[ \t]+([A-Za-z][\w'-]*)\b")
_BEFELL = frozenset({"dead", "hurt", "missing", "alive", "sick", "ill", "homeless"})


def _number_end(text: str, claim: Claim) -> int:
    """Where the claim's own number ends (its first number with the figure's value)."""
    figure = claim.figure
    for _, stop, value in _numbers(text, claim.start, claim.end):
        if figure is not None and value == figure.low:
            return stop
    return claim.end


def _bare_others(figure: Figure) -> bool:
    """Whether a figure counts "others" and nothing says of whom or what befell them: the
    people its sentence sets them beside, whoever they are ("caring for seven others")."""
    return (figure.counted or "").lower() in {"others", "other"} and not figure.qualifiers


# A count of a named model or make: "7 AK-47 rifles", "12 AK 47 guns", "three M16s". The
# model is a short capital name with a number ("AK-47", "M16", "RPG-7").
_MODEL_ITEM = re.compile(r"\b(?:\d+|[A-Za-z]+)[ \t]+[A-Z]{1,3}[- ]?\d{1,3}[A-Z]?\b")
_MODEL = re.compile(r"\b[A-Z]{1,3}[- ]?\d{1,3}[A-Z]?\b")


def _beside_model(text: str, claim: Claim) -> bool:
    """Whether the figure is an item of a list that also counts a named model or make, its
    own words naming none: in "7 AK-47 rifles, a grenade launcher and 3 machine guns" or
    "12 AK 47 guns, three rifles", the 3 and the three count the other weapons, not the
    AK-47s, and not the class the model belongs to. A model is a kind inside its class, and
    an item of a list is a part of the list, never the same quantity as another item."""
    figure = claim.figure
    if figure is None or figure.low is None or figure.kind != "count":
        return False
    if _MODEL.search(claim.text):
        return False
    begin, end = sentence_span(text, claim.start, claim.end)
    for found in _MODEL_ITEM.finditer(text, max(begin, claim.start - 80), min(end, claim.end + 80)):
        if claim.start <= found.start() < claim.end:
            continue
        number = found.group(0).split()[0].lower()
        if not (number[0].isdigit() or number in NUMBER_WORDS):
            continue
        if found.end() <= claim.start:
            between = text[found.end() : claim.start]
        else:
            between = text[claim.end : found.start()]
        if _LIST_JOIN.search(between):
            return True
    return False


# "40 observers from the United Nations, the OSCE and the CIS": the things counted come
# from several named bodies or places, listed by name after "from".
_POOLED = re.compile(
    r"^[^,.;:]*?\bfrom[ \t]+(?:the[ \t]+)?[A-Z][^,.;:]*,[ \t]+(?:the[ \t]+)?[A-Z][^.;:]*?"
    r"\band[ \t]+(?:the[ \t]+)?[A-Z]"
)


def _pooled(text: str, claim: Claim) -> bool:
    """Whether the count is told as pooled over several named bodies or places: "about 40
    observers from the United Nations, the OSCE and the CIS" counts the three bodies'
    observers together, a whole of which one body's "three observers" is a part, never
    the same quantity. Two counts pooled alike still dispute each other."""
    figure = claim.figure
    if figure is None or figure.low is None or figure.kind != "count":
        return False
    _, end = sentence_span(text, claim.start, claim.end)
    return _POOLED.match(text[claim.start : end]) is not None


# "two mothers with Horton": the count's noun, then "with" and a name.
_WITH_NAME = re.compile(r"^[ \t]+with[ \t]+(?:[A-Z][\w.'-]*[ \t]+){0,2}[A-Z][\w'-]*\b")


def _with_person(text: str, claim: Claim, names: Names) -> bool:
    """Whether the count is of people with a named person, right after it: "two mothers
    with Horton" counts those beside her, not her, so "the three mothers" counting her is no
    other value of it. Only a name the reports name as a person counts: "two patients with
    Ebola" is no company."""
    figure = claim.figure
    if figure is None or figure.low is None or figure.kind != "count":
        return False
    found = _WITH_NAME.match(text[claim.end : claim.end + 60])
    if found is None:
        return False
    at = claim.end + found.end()
    return any(
        kind == "PERSON" and claim.end < start and end <= at
        for start, end, _, kind in names.spans.get(claim.doc, ())
    )


# "the cables carry 75 percent of traffic", "90 percent of the data is carried on them",
# "these circuits account for 90% of the traffic": what a route or system carries.
_CARRIES = re.compile(
    r"\b(?:carr(?:y|ies|ied|ying)|accounts?\s+for|accounted\s+for|handles?|handled)\b",
    re.IGNORECASE,
)
_TRAFFIC = re.compile(r"\b(?:traffic|data|calls|freight|cargo|passengers)\b", re.IGNORECASE)


def _carried_share(text: str, claim: Claim) -> bool:
    """Whether the share is of traffic a route or system carries ("the cables carry more
    than 75 percent of traffic"): its share of all traffic, a fact of the network, not the
    share an outage cut or disrupted ("as much as 70% of traffic was affected"), which
    depends on what else still runs. Two reports' shares carried still dispute."""
    figure = claim.figure
    if figure is None or figure.unit != "percent":
        return False
    begin, end = sentence_span(text, claim.start, claim.end)
    sentence = text[begin:end]
    return bool(_CARRIES.search(sentence)) and bool(_TRAFFIC.search(sentence))


# Words that join the items of a list: a comma, "and", "along with".
_LIST_JOIN = re.compile(r",|\band\b|\balong\s+with\b")


def _one_kind(text: str, claim: Claim) -> bool:
    """Whether the figure is one kind of a breakdown its sentence lists with a shared
    noun: "1,200 animal and 700 plant species" (the 700 counts plant species only), "12
    Somali and 11 Yemeni pirates". Its number is followed by a word of kind and the noun,
    and another number with only a word of kind of its own comes right before it."""
    figure = claim.figure
    if figure is None or figure.low is None or figure.kind != "count":
        return False
    own = [x for x in _numbers(text, claim.start, claim.end) if x[2] == figure.low]
    if not own:
        return False
    _, stop, _ = own[0]
    kind = _KIND_NOUN.match(text[stop : claim.end])
    head = (figure.counted or "").lower().split()[-1:]
    # "2 dead and 3 injured people" lists what befell them, not kinds of them.
    if (
        kind is None
        or [kind.group(2).lower()] != head
        or _DOING.search(kind.group(1))
        or kind.group(1).lower() in _BEFELL
    ):
        return False
    before = text[max(0, own[0][0] - 40) : own[0][0]]
    listed = _ELIDED.search(before)
    if listed is None:
        return False
    earlier = _numbers(before, 0, listed.start())
    return bool(earlier) and earlier[-1][1] == listed.start()


def _aged(doc: Document, claim: Claim) -> bool:
    """Whether the figure reader reads the claim's number as someone's age ("61 years old",
    "aged 48", "Lim, 57,"): its own rules (:func:`~triangulate.claims.quantities.passed_over`)
    on the claim's sentence, so both stages tell an age alike."""
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    return any(
        skipped.reason == "age"
        and begin + skipped.start < claim.end
        and begin + skipped.end > claim.start
        for skipped in _passed_over(doc.text[begin:end])
    )


@lru_cache(maxsize=512)
def _passed_over(sentence: str) -> tuple[PassedOver, ...]:
    return passed_over(sentence)


def earlier_event(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The words placing what the figure counts at an earlier event than its report's
    main one ("Earlier on Sunday a 5.6 quake jolted the island"): "earlier" before the
    figure in its sentence with no word of telling after it (:func:`earlier_cue` reads
    "earlier, police put the toll at" as an earlier telling instead); else None."""
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    before = doc.text[max(begin, claim.start - 60) : claim.start]
    found = _EARLIER.search(before) if may_hold(before, ("earlier",)) else None
    if found is None or (found.group(1) or "").lower() != "earlier":
        return None
    if _TELLING.search(before, found.end(1)) is not None or changed_cue(claim, documents):
        return None
    # "experts estimated earlier that 0.2 percent ...": a telling verb just before
    # "earlier", or a "that" clause after it, tells the figure earlier; it is no event.
    if _TELLING.search(before[max(0, found.start(1) - 30) : found.start(1)]) is not None:
        return None
    if re.match(r"\s+that\b", before[found.end(1) :]):
        return None
    return " ".join(doc.text[claim.start - len(before) + found.start() : claim.end].split())


@lru_cache(maxsize=4)
def _other_event(documents: tuple[Document, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The undated reports of a pile that tell another event than its dated reports, and
    the names only the dated reports give (none of those other reports does)."""
    other = apart_from_dated(documents)
    if not other:
        return other, frozenset()
    dated: set[str] = set()
    theirs: set[str] = set()
    for doc in documents:
        if doc.id in other:
            theirs |= _capitalised_inside(doc.text)
        elif _own_day(doc):
            dated |= _capitalised_inside(doc.text)
    return other, frozenset(dated - theirs)


def _own_day(doc: Document) -> bool:
    """Whether a report carries its day itself, not one inferred from its pile."""
    published = doc.published
    return bool(published.date) and published.precision == "day" and published.basis != "inferred"


# A capitalised word inside a sentence, after a word or a comma: a name ("the Halden").
_NAME_INSIDE = re.compile(r"(?<=[a-z,;] )[A-Z][\w'-]+")


def _capitalised_inside(text: str) -> frozenset[str]:
    return frozenset(m.group(0) for m in _NAME_INSIDE.finditer(text))


def _undated_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure of a pile that holds two events of one kind, one told by reports with no
    day of their own (``timeline.infer.apart_from_dated``), whose values part the dated
    reports from an undated one that names nothing of the dated reports' own (no ship,
    port or person only they name). Such a report may tell either event: its figure is no
    rival of a dated report's (seven rifles seized in one capture, six in another years
    later). An undated report naming the dated reports' own names tells their event and
    still disputes them; dated reports still dispute each other."""
    other, own = _other_event(tuple(documents.values()))
    if not other:
        return None

    def side(claim: Claim) -> str | None:
        doc = documents.get(claim.doc)
        if doc is None or claim.doc in other:
            return None
        return "dated" if _own_day(doc) or _capitalised_inside(doc.text) & own else "undated"

    def reason(one: _Keyed, two: _Keyed) -> str:
        said = [f"{_gives(claim, documents)} in a {key} report" for key, claim in (one, two)]
        return (
            f"{said[0]} and {said[1]}, in a pile holding another event's undated reports: a "
            "report with no day of its own that names nothing of the dated reports' own may "
            "tell the other event, so these are not one quantity in dispute"
        )

    return _split_by(read, side, reason)


def _events_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure whose values a report gives for two events of one kind: a figure it
    places at an earlier event (:func:`earlier_event`) beside another of its own figures
    that cannot hold with it ("a 5.2 quake struck on Monday ... Earlier on Sunday a 5.6
    quake jolted the island"). The measure's values are shared out to the two events by
    value, each judged apart."""
    by_doc: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        by_doc.setdefault(claim.doc, []).append((claim, found))
    for doc in sorted(by_doc):
        items = by_doc[doc]
        if any(changed_cue(c, documents) for c, _ in items):
            continue
        for claim, found in items:
            words = earlier_event(claim, documents)
            if words is None:
                continue
            # The report's other values for the measure are its main event's.
            main = [
                (c, i)
                for c, i in items
                if not i.meets(found) and earlier_event(c, documents) is None
            ]
            if not main:
                continue
            reason = (
                f"{_gives(claim, documents)} for an "
                f'earlier event ("{words}") and {" and ".join(said_value(c) for c, _ in main)} for '
                f"{their(publisher(claim, documents))} main one, so these are figures of "
                "two events of one kind, not one quantity in dispute"
            )
            anchors = [found, hull(i for _, i in main) or main[0][1]]
            return Split(parts=_parted([c for c, _ in read], anchors), reason=reason)
    return None


def _kinds_apart(
    read: Sequence[tuple[Claim, Interval]],
    documents: Mapping[str, Document],
    names: Names | None = None,
) -> Split | None:
    """A measure mixing figures of different kinds (:func:`amount_kind`): a player's 7.2
    rebounds a game and the 7 of one game, $23 million a season and $184 million in all,
    a woman's age and a prison term, a lead of 13 points and a tally of 14. They are
    different quantities, whatever noun they share."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        (kind_a, first), (kind_b, second) = one, two
        return (
            f"{_gives(first, documents)} {_KINDS[kind_a]} and "
            f"{_gives(second, documents)} {_KINDS[kind_b]}, "
            "so these are different quantities, not one in dispute"
        )

    return _split_by(read, lambda claim: amount_kind(claim, documents, names), reason)


def _disputing(
    groups: Mapping[str, Sequence[tuple[Claim, Interval]]],
) -> tuple[tuple[str, Claim], tuple[str, Claim]] | None:
    """The first two groups, in the order of their keys, whose values cannot all hold
    together: each one's key and first claim; None when every two agree."""
    for (key_a, one), (key_b, two) in combinations(sorted(groups.items()), 2):
        if not all(i.meets(j) for _, i in one for _, j in two):
            return (key_a, one[0][0]), (key_b, two[0][0])
    return None


def _claims_of(
    groups: Mapping[str, Sequence[tuple[Claim, Interval]]],
) -> tuple[tuple[Claim, ...], ...]:
    """Each group's claims, the groups in the order of their keys."""
    return tuple(tuple(c for c, _ in groups[k]) for k in sorted(groups))


# One group's key and first claim, as :func:`_disputing` names the two groups it finds.
_Keyed = tuple[str, Claim]


def _split_by(
    read: Sequence[tuple[Claim, Interval]],
    key: Callable[[Claim], str | None],
    reason: Callable[[_Keyed, _Keyed], str],
) -> Split | None:
    """The measure's figures grouped by what a key reads of each (one keyed None joins no
    group) and split as :func:`_split` splits groups. Most readings of figures of
    different quantities sharing a measure are one such key (a figure's kind, the thing
    it measures) and the words telling two keys' figures apart."""
    groups: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        named = key(claim)
        if named is not None:
            groups.setdefault(named, []).append((claim, found))
    return _split(groups, reason)


def _split(
    groups: Mapping[str, Sequence[tuple[Claim, Interval]]],
    reason: Callable[[_Keyed, _Keyed], str],
) -> Split | None:
    """The groups, in the order of their keys, as the parts of a split when two of them
    cannot all hold together (:func:`_disputing`), the reason worded from those two
    groups' keys and first claims; None when every two agree."""
    pair = _disputing(groups)
    if pair is None:
        return None
    return Split(parts=_claims_of(groups), reason=reason(*pair))


# The stages of a case people are counted at: those arrested are not all charged, and
# those charged are not all convicted.
_STAGES = (
    ("arrested", re.compile(r"\b(?:arrest(?:ed|s)?|detain(?:ed|ees)?|detentions?|rounded\s+up)\b")),
    ("charged", re.compile(r"\b(?:charged|charges|accused|indicted|prosecuted)\b")),
    ("convicted", re.compile(r"\b(?:convicted|found\s+guilty|sentenced)\b")),
)


def case_stage(claim: Claim) -> str | None:
    """The stage of a case a count of people is at, when its own words name exactly one:
    ``arrested`` ("12 arrested", "detained"), ``charged`` ("charged", "accused",
    "indicted") or ``convicted`` ("convicted", "found guilty", "sentenced")."""
    figure = claim.figure
    if figure is None or figure.kind != "count":
        return None
    words = " ".join((claim.text, *figure.qualifiers)).lower()
    found = {name for name, pattern in _STAGES if pattern.search(words)}
    return found.pop() if len(found) == 1 else None


def _others_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure with figures of bare "others" (:func:`_bare_others`): "the injury of two
    others" in one report and "caring for seven others" in another. Who the others are is
    said only by what each sentence sets them beside, so each report's are its own, never in
    dispute with another report's count."""
    parts: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        bare = claim.figure is not None and _bare_others(claim.figure)
        parts.setdefault(claim.doc if bare else "", []).append((claim, found))
    if _disputing(parts) is None:
        return None
    first = next(c for key, items in sorted(parts.items()) if key for c, _ in items)
    reason = (
        f"{_gives(first, documents)} "
        '"others": who they are is '
        "said only by what its sentence sets them beside, so they are not one quantity "
        "in dispute with another report's"
    )
    return Split(parts=_claims_of(parts), reason=reason)


# A state word and its negation beside a figure: "undiluted" / "diluted" or "after
# dilution", "unvaccinated" / "vaccinated", "non-resident" / "resident". Words that say how
# sure the telling is ("unconfirmed", "unverified", "unidentified") or how it strikes the
# writer ("unexpected", "unprecedented") hedge or colour a figure; they do not say what it
# counts, so they never set two figures apart.
_NEGATED_STATE = re.compile(r"\b(?:un|non-?)([a-z]{4,}?)(?:ed|d)\b")
_NOT_A_STATE = frozenset(
    {
        "abat", "alter", "announc", "answer", "believ", "chang", "check", "confirm",
        "corroborat", "count", "dat", "disclos", "expect", "explain", "found", "identifi",
        "limit", "match", "nam", "parallel", "preced", "precedent", "publish", "releas",
        "report", "resolv", "revis", "solv", "specifi", "stat", "substantiat", "updat",
        "verifi", "want", "warrant",
    }
)  # fmt: skip
_STATE_NEAR = 60  # characters either side of a figure its state words are read in


def _near(claim: Claim, documents: Mapping[str, Document]) -> str:
    """The words of the figure's sentence near it, lower-cased."""
    doc = documents.get(claim.doc)
    if doc is None:
        return ""
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    return doc.text[
        max(begin, claim.start - _STATE_NEAR) : min(end, claim.end + _STATE_NEAR)
    ].lower()


def negated_states(claim: Claim, documents: Mapping[str, Document]) -> set[str]:
    """The states the words near a figure negate, as stems: "undiluted" -> ``dilut``."""
    return {
        m.group(1)
        for m in _NEGATED_STATE.finditer(_near(claim, documents))
        if m.group(1).rstrip("e") not in _NOT_A_STATE
    }


def _states_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing figures of a thing in a state and of the thing not in it: "each
    vial of the undiluted vaccine holds five doses" and "after dilution a vial holds six".
    A word and its negation beside two figures say they count different things, so the
    two values do not dispute each other."""
    negated = {c.id: negated_states(c, documents) for c, _ in read}
    stems = set().union(*negated.values())
    for stem in sorted(stems):
        parts: dict[str, list[tuple[Claim, Interval]]] = {}
        for claim, found in read:
            if stem in negated[claim.id]:
                parts.setdefault(f"not {stem}", []).append((claim, found))
            elif _names_state(claim, documents, stem):
                parts.setdefault(stem, []).append((claim, found))
        if len(parts) < 2 or _disputing(parts) is None:
            continue
        state = next(c for c, _ in parts[stem])
        not_state = next(c for c, _ in parts[f"not {stem}"])
        reason = (
            f"{_gives(not_state, documents)} "
            f'("{_near_words(not_state, documents)}") and '
            f"{_gives(state, documents)} "
            f'("{_near_words(state, documents)}"): one counts the thing in a state and the '
            "other the thing not in it, so these are different quantities, not one in dispute"
        )
        return Split(parts=_claims_of(parts), reason=reason)
    return None


def _names_state(claim: Claim, documents: Mapping[str, Document], stem: str) -> bool:
    """Whether the words near the figure name the stem's state, never negated there."""
    near = _near(claim, documents)
    if re.search(rf"\b(?:un|non-?){stem}", near):
        return False
    return re.search(rf"(?<![a-z-]){stem}(?:ed|d|ion|ing|es|e|s)?\b", near) is not None


def _near_words(claim: Claim, documents: Mapping[str, Document]) -> str:
    """The figure with the words of its sentence around it, shortened for a reason."""
    doc = documents.get(claim.doc)
    if doc is None:
        return claim.text
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    said = " ".join(doc.text[begin:end].split()).rstrip(".")
    return said if len(said) <= 100 else said[:97].rsplit(" ", 1)[0] + "..."


# Kinds of figure that measure one thing (how long, how far, how heavy): the thing is
# named by the noun the measure modifies ("an 11-yard pass", "a 73-yard drive").
_MEASURING = frozenset({"duration", "length", "speed", "mass", "area", "volume"})
# The measure joined to the noun it modifies by a hyphen: "an 11-yard pass", "a 4 1/2-month
# prison term", "a two - hour meeting".
_MODIFIES = re.compile(r"\w\s*-\s*[a-z]+\s+(?!of\b)[a-z]", re.IGNORECASE)
# Nouns that name the unit, not the thing measured.
_UNIT_NOUNS = re.compile(
    r"^(?:(?:kilo|centi|milli)?met(?:er|re)s?|km|miles?|yards?|feet|foot|inch(?:es)?|"
    r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|degrees?|tons?|"
    r"tonnes?|pounds?|kilos?|kilograms?|acres?|hectares?|mph)$",
    re.IGNORECASE,
)


def measured_thing(claim: Claim, documents: Mapping[str, Document] | None = None) -> str | None:
    """The noun a measurement modifies ("pass" of "an 11-yard pass"), or None when its
    figure names only a unit or nothing, or is not joined to its noun. With the reports
    given, the noun is the last of the words after the unit, up to a word that opens a
    phrase of its own ("a 73-yard game winning drive, capped": drive; "his 200-yard game
    of the season": game); else the figure's counted noun."""
    figure = claim.figure
    if figure is None or figure.kind not in _MEASURING or not figure.counted:
        return None
    joined = _MODIFIES.search(claim.text)
    if joined is None:
        return None  # "eight days of riots": the noun of an "of" phrase is how it is told
    head = figure.counted.split()[-1].lower()
    doc = (documents or {}).get(claim.doc)
    if doc is not None:
        _, end = sentence_span(doc.text, claim.start, claim.end)
        after = doc.text[claim.start + joined.end() - 1 : end]
        words = []
        for word in re.findall(r"[A-Za-z]+|\S", after)[:8]:
            if word == "-":
                continue  # "a 73-yard game-winning drive", spaced or not
            if not word.isalpha() or word.lower() in _SHARE_STOPS or word.lower() == "of":
                break
            words.append(word.lower())
        if words:
            head = words[-1]
    if _UNIT_NOUNS.match(head) or not head.isalpha():
        return None
    return head


def _things_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing measurements of differently named things (:func:`measured_thing`):
    "an 11-yard pass" and "a 73-yard drive", "a two-hour meeting" and "a three-hour
    hearing". How long or how far one thing is says nothing of another."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        (thing_a, first), (thing_b, second) = one, two
        return (
            f"{_gives(first, documents)} for a {thing_a} and "
            f"{_gives(second, documents)} for a {thing_b}: "
            "measurements of different things, not one quantity in dispute"
        )

    return _split_by(read, lambda claim: measured_thing(claim, documents), reason)


# Words that make a count the size of a set its report has picked out: a definite
# determiner or a possessor before the number ("the three candidates", "all three",
# "our two countries", "POLITICO's five things"), a ranking word between them allowed.
_PICKED = re.compile(
    r"(?:\b(?:the|these|those|our|their|its|his|her|my|your|all|both)|\w['\u2019]s|s['\u2019])"
    r"\s+(?:(?:first|last|remaining|other|only|top|leading|major|main)\s+)?$",
    re.IGNORECASE,
)


def picked_set(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a count is the size of a set its report picked out rather than a tally it
    reports: "the three Republican candidates" (those it has just named), "all three
    candidates", "our two countries", "POLITICO's five things to watch". Such a number
    describes the report's own choice of members; a count of those something befell
    ("the 12 killed") is a tally whatever its determiner, and is never read so."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or doc is None or figure.kind != "count" or figure.hedge != "exact":
        return False
    if befell(claim):
        return False
    numbers = _numbers(doc.text, claim.start, claim.end)
    if not numbers:
        return False
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    at = numbers[0][0]
    return _PICKED.search(doc.text[max(begin, at - 40) : at]) is not None


def _picked_sets_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure two of whose values are each the size of a set a report picked out
    (:func:`picked_set`): "the three Republican candidates" giving paid speeches in one
    report, "the 13 major Republican candidates" in another; "all three candidates" and
    "the two Democratic candidates". Each report names a set of its own choosing by its
    size: two such sizes are two sets sharing a noun, not one quantity in dispute. One
    picked set against a plain count is left alone: "the five boats" may be the same
    boats another report counts as three."""
    clusters = _clusters(read)
    picked = [
        found
        for _, members in clusters
        if (found := next((c for c in members if picked_set(c, documents)), None)) is not None
    ]
    if len(picked) < 2:
        return None
    one, other = picked[:2]
    reason = (
        f'{_gives(one, documents)} as the size of a set its report picked out ("{one.text}") '
        f'and {_gives(other, documents)} as the size of another ("{other.text}"): different '
        "sets sharing a noun, not one quantity in dispute"
    )
    return Split(parts=tuple(tuple(m) for _, m in clusters), reason=reason)


# Nouns for the members of a standing collection: the states or countries there are, the
# candidates in a field, a party's delegates, the elections of a history. A count of them
# is the size of one set only with what is said of its members ("states that vote on
# March 1", "delegates won", "candidates remaining"): the noun alone counts no set.
_MEMBER_NOUNS = frozenset(
    {
        "state",
        "country",
        "nation",
        "province",
        "county",
        "territory",
        "candidate",
        "contender",
        "delegate",
        "superdelegate",
        "elector",
        "election",
        "primary",
        "caucus",
        "contest",
    }
)


def said_of_members(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """What a count of members of a standing collection (:data:`_MEMBER_NOUNS`) says of
    them, as the set it counts: the qualifiers its own words do not hold before the noun
    (what is said of the members: "voted", "in play") and its time scope ("since 2000");
    when it has no qualifier at all, the words of its own clause ("Trump took _ on
    Tuesday": :func:`_clause_said`), and the claim's own id when even its clause says
    nothing ("Of the three states, ..."): it shares only the noun with any other count.
    None when it only narrows the noun ("13 major candidates", a part of all the
    candidates, is left to the reading of parts): such a count may be of any set, so it
    disputes any. "" for a count of anything else, and None for a figure of no count."""
    figure = claim.figure
    if figure is None or figure.kind != "count":
        return None
    if not figure.counted or singular(figure.counted.split()[-1]) not in _MEMBER_NOUNS:
        return ""
    text = claim.text.casefold()
    noun = text.find(figure.counted.casefold())
    before_noun = text[: noun if noun >= 0 else len(text)]
    said = sorted({q.casefold() for q in figure.qualifiers if q.casefold() not in before_noun})
    if said or figure.scope:
        return " / ".join([*said, (figure.scope or "").casefold()])
    if any(q.casefold() not in _DISTINCT for q in figure.qualifiers):
        return None
    return _clause_said(claim, documents) or claim.id


# Words before a noun that stress its members are many, not which: "57 different
# countries", "20 separate states" narrow the noun to no part of its whole.
_DISTINCT = frozenset({"different", "separate", "distinct", "individual", "various"})
# Words of a clause that say nothing of what is counted: articles, prepositions, linking
# words and the auxiliaries of any verb.
_CLAUSE_STOPS = frozenset(
    {
        *("a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and"),
        *("or", "but", "that", "which", "who", "these", "those", "this", "its", "their"),
        *("his", "her", "is", "are", "was", "were", "be", "been", "will", "would", "have"),
        *("has", "had", "it", "as", "than", "all", "some", "about", "nearly", "more"),
    }
)


def _clause_said(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The words a count's own clause says of what it counts, up to four either side of
    it within the clause's commas, colons and dashes, the number and noun left out;
    None when there are none."""
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    left = re.split(r"[,;:()\u2014\u2013]|\s-\s", doc.text[begin : claim.start])[-1]
    right = re.split(r"[,;:()\u2014\u2013]|\s-\s", doc.text[claim.end : end])[0]
    words = [
        w.casefold()
        for w in (*_WORD.findall(left)[-4:], *_WORD.findall(right)[:4])
        if w.casefold() not in _CLAUSE_STOPS and w.casefold() not in NUMBER_WORDS
    ]
    return " ".join(sorted(set(words))) or None


def _members_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing counts of members of a standing collection that say different
    things of them (:func:`said_of_members`): the five states one candidate swept last
    Tuesday and the 11 states in play on Super Tuesday, the 2,383 delegates it takes to
    win and the 2,205 one candidate has, the four candidates remaining and the two who
    spoke at a convention. There are always so many states, delegates and candidates:
    which ones are counted is what the words around the number say, and two counts saying
    different things of them count two sets, not one quantity in dispute. A count of
    anything else (cables cut, ships held) is left to the other readings."""

    def reason(*pair: _Keyed) -> str:
        said = []
        for key, claim in pair:
            told = (
                "a count of other things"
                if not key
                else "nothing said of them"
                if key == claim.id
                else f"said: {key.replace(' / ', ', ').strip(', ')}"
            )
            said.append(f'{_gives(claim, documents)} for "{claim.text}" ({told})')
        return (
            f"{said[0]} and {said[1]}: counts of one collection's members that say different "
            "things of them are two sets sharing a noun, not one quantity in dispute"
        )

    return _split_by(read, lambda claim: said_of_members(claim, documents), reason)


def narrowing(claim: Claim) -> frozenset[str] | None:
    """The words before its noun that narrow a count of a standing collection's members
    (:data:`_MEMBER_NOUNS`) to a part of it: "remaining" in "three remaining
    candidates", "viable" and "Republican" in "five viable Republican candidates". Its
    qualifiers that its own words hold before the noun, those that only stress the
    members are many ("20 different states") left out. None for a count of anything
    else, or one narrowed by no such word."""
    figure = claim.figure
    if figure is None or figure.kind != "count" or not figure.counted:
        return None
    if singular(figure.counted.split()[-1]) not in _MEMBER_NOUNS:
        return None
    text = claim.text.casefold()
    noun = text.find(figure.counted.casefold().split()[-1])
    before = set(_WORD.findall(text[: noun if noun >= 0 else 0]))
    words = frozenset(
        low for q in figure.qualifiers if (low := q.casefold()) in before and low not in _DISTINCT
    )
    return words or None


def _narrowed_members_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing counts of a standing collection's members narrowed by words
    before the noun (:func:`narrowing`) that are no one set: narrowed by different words
    ("five viable Republican candidates", "13 major Republican candidates", "three
    remaining candidates"), or by the same words in sentences sharing no race, place,
    holder or date ("the three remaining candidates" of a presidential primary in one
    report, "the four remaining candidates" for a governor's nomination in another).
    Which part of all the candidates, states or delegates a count counts is what its
    narrowing words and its sentence say: with either differing, two counts are two sets
    sharing a noun, not one quantity in dispute. Counts narrowed by nothing are left to
    the other readings."""
    keyed: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        words = narrowing(claim)
        if words is not None:
            keyed.setdefault(" ".join(sorted(words)), []).append((claim, found))
    groups: dict[str, list[tuple[Claim, Interval]]] = {}
    for narrowed, items in sorted(keyed.items()):
        anchored = _sharing_words(items, lambda claim: _anchor_of(claim, documents))
        for key, part in anchored.items():
            groups[f"{narrowed}: {key}"] = part

    def reason(one: _Keyed, two: _Keyed) -> str:
        said = [f'{_gives(claim, documents)} for "{claim.text}"' for _, claim in (one, two)]
        return (
            f"{said[0]} and {said[1]}: counts of a collection's members narrowed by different "
            "words, or by the same words in sentences naming no race, place, holder or date in "
            "common, are two sets sharing a noun, not one quantity in dispute"
        )

    return _split(groups, reason)


def _categories_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing a count of the things filed under a category ("1,009 species
    listed as endangered") with counts naming another category or none ("the law
    protects 1,400 species"): a part against its whole, or two parts
    (:func:`.members.categories`), not one quantity in dispute."""
    keys = categories([c for c, _ in read], documents)
    if keys is None:
        return None

    def reason(one: _Keyed, two: _Keyed) -> str:
        said = [
            f'{_gives(claim, documents)} for "{claim.text}" '
            f"({f'listed as {key}' if key else 'no category named'})"
            for key, claim in (one, two)
        ]
        return (
            f"{said[0]} and {said[1]}: the things filed under one category are a part of "
            "all things of their kind, not one quantity in dispute with another category's "
            "count or with the whole"
        )

    return _split_by(read, lambda claim: keys.get(claim.id), reason)


def _anchor_of(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str]:
    """A narrowed count's sentence words (:func:`_sentence_words`), or its own id when its
    report is missing: it then shares a set with none."""
    doc = documents.get(claim.doc)
    figure = claim.figure
    if doc is None or figure is None or not figure.counted:
        return frozenset({claim.id})
    return _sentence_words(claim, doc, figure.counted) or frozenset({claim.id})


# A phrase right after a counted noun that says which of those things are counted: a
# relative clause ("emails that were upgraded"), an of-phrase ("pages of messages"), a
# participle with its object ("e-mails provided by Clinton", "cables running across").
_DEFINING = re.compile(
    r"[ \t]+(?:that|which|who|whom|whose|of|[a-z][\w'-]*ed[ \t]+by|[a-z][\w'-]*ing[ \t]+(?:by|"
    r"across|to|from|through|in|on|at|with|for|into|over|under))\b",
    re.IGNORECASE,
)
_PHRASE_WORDS = 12  # words of a defining phrase read, its clause rarely naming more
_PHRASE_END = re.compile(r"[,;:()\u2014\u2013]|\s-\s|$")
# Words of a defining phrase that name nothing: the clause words and the auxiliaries of
# any verb, and the words that only negate or time it.
_NAMING_STOPS = _CLAUSE_STOPS | frozenset(
    {"not", "now", "being", "also", "only", "just", "still", "whom", "whose", "they", "them"}
)


def _noun_end(claim: Claim, doc: Document) -> int:
    """Where a count's noun ends in its report, from the count on within its sentence; the
    sentence's end when the noun is not found (nothing then follows it)."""
    _, end = sentence_span(doc.text, claim.start, claim.end)
    counted = claim.figure.counted if claim.figure is not None else None
    if not counted:
        return end
    noun = re.compile(rf"\b{re.escape(counted.split()[-1])}\b", re.IGNORECASE)
    found = noun.search(doc.text, claim.start, end)
    return found.end() if found is not None else end


def named_set(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str] | None:
    """The words with which a count names the set it counts, right after its noun: a
    relative clause ("44 emails that were not included"), an of-phrase ("37 pages of
    messages"), a participle with its object ("55,000 pages of the e-mails provided by
    Clinton"), up to the clause's next comma or dash, each word in its singular. News
    counts things of a kind that exist in any number (emails, pages, cables) only by
    saying which: such a phrase is the set's name. None for a count naming nothing after
    its noun ("two boats", whose set is the story's own), for a count of those something
    befell ("12 people killed in the attack that ..."), whose set the story's event
    names, and for a figure of no count."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if doc is None or figure is None or figure.kind != "count" or not figure.counted:
        return None
    if befell(claim):
        return None
    _, end = sentence_span(doc.text, claim.start, claim.end)
    defining = _DEFINING.match(doc.text, _noun_end(claim, doc), end)
    if defining is None:
        return None
    stop = _PHRASE_END.search(doc.text, defining.end(), end)
    phrase = doc.text[defining.end() : stop.start() if stop else end]
    words = frozenset(
        singular(w)
        for w in _WORD.findall(phrase)[:_PHRASE_WORDS]
        if w.casefold() not in _NAMING_STOPS and w.casefold() not in NUMBER_WORDS
    )
    return words or None


def _named_sets_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing counts that each name their set after the noun
    (:func:`named_set`) in words the other's name does not share: "44 emails that were not
    included" in one report, "nearly 1,600 emails that have now been upgraded to
    confidential" in another; "37 pages of messages" and "55,000 pages of the e-mails
    provided by Clinton". A count names its set: two counts naming theirs differently are
    two sets sharing a noun, not one quantity in dispute. Counts sharing a word of their
    names ("comments received on the plan", "comments on the plan") stay together, and a
    count naming nothing after its noun is left to dispute any."""
    groups = _sharing_words(read, lambda claim: named_set(claim, documents))

    def reason(one: _Keyed, two: _Keyed) -> str:
        said = [
            f'{_gives(claim, documents)} for "{_set_phrase(claim, documents)}"'
            for _, claim in (one, two)
        ]
        return (
            f"{said[0]} and {said[1]}: counts naming different sets, sharing only a noun, not "
            "one quantity in dispute"
        )

    return _split(groups, reason)


def _done_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing counts of things different acts were done with
    (:func:`.members.act`): "released 3,000 emails" in one report, "deleted 31,000
    emails" in another. What was done with them names the set: two acts' counts are two
    sets sharing a noun, not one quantity in dispute; counts of one act still dispute,
    and a count told with no act is left to dispute any."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        said = [
            f'{_gives(claim, documents)} for "{claim.text}" ({key})' for key, claim in (one, two)
        ]
        return (
            f"{said[0]} and {said[1]}: counts of things two different acts were done with, "
            "not one quantity in dispute"
        )

    return _split_by(read, lambda claim: act_done(claim, documents), reason)


def _spans_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing a tally over a span of years (:func:`.members.span`) with a count
    told over no span or over another: "3,500 lawsuits over three decades" in one report,
    "faces three lawsuits" in another. A decade's tally is not the count at one time, so
    the two share a noun, not one quantity in dispute; tallies over one span still
    dispute, as do counts told over none."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        said = [
            f'{_gives(claim, documents)} for "{claim.text}" '
            f"({'over ' + key if key and not key.startswith('since') else key or 'at one time'})"
            for key, claim in (one, two)
        ]
        return (
            f"{said[0]} and {said[1]}: a tally over a span of years and a count over another "
            "span or at one time, not one quantity in dispute"
        )

    if not any(span(claim, documents) for claim, _ in read):
        return None
    return _split_by(read, lambda claim: span(claim, documents), reason)


def _stakes_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing stakes in differently named things (:func:`.members.stake_in`): "a
    20 percent stake in Arvell" in one report, "a 51 percent stake in its finance arm" in
    another. Two holdings sharing the word "stake" are not one quantity in dispute; stakes
    whose objects share a word ("Arvell", "Arvell SpA") still dispute, and a share naming no
    object is left to dispute any."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        said = [f'{_gives(claim, documents)} for "{claim.text}"' for _, claim in (one, two)]
        return (
            f"{said[0]} and {said[1]}: stakes in two different things, not one quantity in dispute"
        )

    return _split(_sharing_words(read, lambda claim: stake_in(claim, documents)), reason)


def _sharing_words(
    read: Sequence[tuple[Claim, Interval]], words_of: Callable[[Claim], frozenset[str] | None]
) -> dict[str, list[tuple[Claim, Interval]]]:
    """The figures whose words (``words_of``; None joins no group) share a word with an
    earlier group's, in that group, keyed by the first words of the group."""
    groups: dict[str, list[tuple[Claim, Interval]]] = {}
    names: dict[str, frozenset[str]] = {}
    for claim, found in read:
        words = words_of(claim)
        if words is None:
            continue
        key = next((k for k, w in names.items() if w & words), None)
        if key is None:
            key = " ".join(sorted(words))
            names[key] = words
        else:
            names[key] = names[key] | words
        groups.setdefault(key, []).append((claim, found))
    return groups


# Nouns of a count of occasions: "mentioned Trump eight times", "on three occasions".
_OCCASION_NOUNS = frozenset({"time", "occasion"})


def repeated_act(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str] | None:
    """The words of the act a count of occasions counts ("retweeted 3,200 times", "eight
    times by name"): its own clause's words around it (:func:`_clause_said`), each in its
    singular. A count of times is how often one thing was done, and only the words around
    it say what: None for a count of anything else, or one whose clause says nothing."""
    figure = claim.figure
    if figure is None or figure.kind != "count" or not figure.counted:
        return None
    if singular(figure.counted.split()[-1]) not in _OCCASION_NOUNS:
        return None
    said = _clause_said(claim, documents)
    return frozenset(singular(w) for w in said.split()) if said else None


def _acts_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing counts of how often different things were done
    (:func:`repeated_act`): "mentioned Trump eight times by name" in one report, "was
    retweeted 3,200 times" in another. A count of times is one quantity only with the act
    it counts: two counts whose clauses share no word count two acts, not one quantity in
    dispute."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        said = [
            f'{_gives(claim, documents)} for "{claim.text}" ({key})' for key, claim in (one, two)
        ]
        return (
            f"{said[0]} and {said[1]}: counts of how often two different things were done, "
            "not one quantity in dispute"
        )

    return _split(_sharing_words(read, lambda claim: repeated_act(claim, documents)), reason)


# Words of a sentence that anchor no set: those of any clause, the pronouns, and the verbs
# of telling every report uses.
_ANCHOR_STOPS = _NAMING_STOPS | frozenset(
    {
        *("he", "she", "him", "we", "us", "i", "you", "our", "my", "your", "there", "so"),
        *("said", "says", "say", "told", "tells", "according", "reported", "added", "can"),
        *("could", "should", "may", "might", "must", "do", "does", "did", "when", "what"),
        *("if", "then", "one", "many", "most", "other", "some", "any", "no", "even", "up"),
    }
)


def set_anchor(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str] | None:
    """The words of a count's sentence that could tie its set to another's: every word
    but the count's own (its number, its noun and the words before it), those of any
    clause and the verbs of telling, each in its singular. A count of things nothing
    befell is the size of one set only with what its sentence says of them: a holder, an
    act, a place, a date, a name. None for a count of those something befell (the story's
    event names their set) and for a figure of no count."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if doc is None or figure is None or figure.kind != "count" or not figure.counted:
        return None
    if befell(claim):
        return None
    return _sentence_words(claim, doc, figure.counted)


def _sentence_words(claim: Claim, doc: Document, counted: str) -> frozenset[str]:
    """The words of a count's sentence but the count's own (its number, its noun and the
    words before it), those of any clause and the verbs of telling, each in its
    singular: what could tie the set it counts to another's."""
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    own = {w.casefold() for w in _WORD.findall(claim.text)}
    own |= {w.casefold() for w in _WORD.findall(counted)}
    return frozenset(
        singular(w)
        for w in _WORD.findall(doc.text[begin : claim.start] + " " + doc.text[claim.end : end])
        if (low := w.casefold()) not in own
        and low not in _ANCHOR_STOPS
        and low not in NUMBER_WORDS
        and singular(low) not in {singular(o) for o in own}
    )


def _unanchored_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing counts of things nothing befell whose sentences share no word but
    the counts' own (:func:`set_anchor`): "only three senators publicly endorsed him" in
    one report, "two GOP senators who are in tough re-election fights were the only
    vulnerable senators to attend" in another. A count names its set by what its sentence
    says: with no holder, act, place, date or name in common, two such counts share only
    a noun, not one quantity in dispute. Tolls and other counts of those something befell
    keep the story's event as their anchor and are never read so."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        said = [f'{_gives(claim, documents)} for "{claim.text}"' for _, claim in (one, two)]
        return (
            f"{said[0]} and {said[1]} in sentences sharing no holder, act, place, date or "
            "name: counts of different sets sharing a noun, not one quantity in dispute"
        )

    if not any(_relative(claim, documents) for claim, _ in read):
        return None
    return _split(_sharing_words(read, lambda claim: set_anchor(claim, documents)), reason)


_RELATIVE = re.compile(r"[ \t]+(?:that|which|who|whom|whose)\b", re.IGNORECASE)


def _relative(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a count names its set by a relative clause right after its noun ("two GOP
    senators who are in tough re-election fights"), the plainest way a report says which
    of many things it counts."""
    doc = documents.get(claim.doc)
    if doc is None or not named_set(claim, documents):
        return False
    return _RELATIVE.match(doc.text, _noun_end(claim, doc)) is not None


def _set_phrase(claim: Claim, documents: Mapping[str, Document]) -> str:
    """The count's words up to the end of the phrase naming its set, as its report writes
    them ("44 emails that were not included")."""
    doc = documents.get(claim.doc)
    if doc is None:
        return claim.text
    _, end = sentence_span(doc.text, claim.start, claim.end)
    stop = _PHRASE_END.search(doc.text, claim.end, end)
    return " ".join(doc.text[claim.start : max(claim.end, stop.start() if stop else end)].split())


# Nouns that name no kind of thing, only items of a list someone draws up: "5 things to
# watch", "three reasons to worry", "two ways out".
_LIST_NOUNS = frozenset(
    {"thing", "reason", "way", "takeaway", "lesson", "question", "moment", "fact", "tip"}
)
_WORD = re.compile(r"[A-Za-z][\w'-]*")


def list_count(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a count is of the items of a list rather than of things in the world: its
    noun, within three words after the number, names no kind ("nine ridiculous things he
    said", "5 things to watch", "about two things", "a couple of things")."""
    doc = documents.get(claim.doc)
    if doc is None or claim.figure is None:
        return False
    numbers = _numbers(doc.text, claim.start, claim.end)
    # A vague amount ("a couple of things") is read from its own first words.
    start, reach = (numbers[0][1], 3) if numbers else (claim.start, 4)
    after = _WORD.findall(doc.text, start, min(len(doc.text), start + 60))
    return any(singular(w) in _LIST_NOUNS for w in after[:reach])


def _lists_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure whose every value counts items of a list (:func:`list_count`): "five
    things to watch" in one report, "they care about two things" in another. Whoever draws
    up a list chooses how long it is: two lengths are two lists, not one quantity in
    dispute."""
    clusters = _clusters(read)
    if len(clusters) < 2 or not all(list_count(c, documents) for c, _ in read):
        return None
    one, other = clusters[0][1][0], clusters[1][1][0]
    reason = (
        f"{_gives(one, documents)} and {_gives(other, documents)} as the length of a list "
        f'("{one.text}", "{other.text}"): two lists, not one quantity in dispute'
    )
    return Split(parts=tuple(tuple(m) for _, m in clusters), reason=reason)


# A figure told as the sum of several holders' own: "took a combined 61 percent",
# "combined for 39 percent", "12 goals combined", "3 percent between them".
_COMBINED_BEFORE = re.compile(
    r"\bcombined(?:\s+(?:for|with|on))?\s+(?:(?:just|only|about|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
_COMBINED_AFTER = re.compile(r"^\s+(?:[a-z][\w'-]*\s+){0,2}?(?:combined|between\s+them)\b")


def combined(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a figure is told as the sum of several holders' own ("Cruz, Trump and
    Carson took a combined 61 percent", "everyone else combined for 39 percent")."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    numbers = _numbers(doc.text, claim.start, claim.end)
    if not numbers:
        return False
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    at, stop = numbers[0][0], numbers[-1][1]
    after = doc.text[_word_after(doc.text, stop) : min(end, stop + 60)]
    return (
        _COMBINED_BEFORE.search(doc.text[max(begin, at - 40) : at]) is not None
        or _COMBINED_AFTER.match(after) is not None
    )


def _combined_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing figures told as the sum of several holders' (:func:`combined`)
    with figures not so told, or with sums another report tells: "the three took a
    combined 61 percent of the vote" and "Christie collected 7 percent of the vote", or
    "two former winners won just 3 percent between them". A sum of several is not any one
    of them, and each report sums holders of its own choosing."""

    def key(claim: Claim) -> str:
        return f"combined in {claim.doc}" if combined(claim, documents) else ""

    def reason(*pair: _Keyed) -> str:
        said = [
            f"{_gives(claim, documents)}{' as a sum of several' if summed else ''}"
            for summed, claim in pair
        ]
        return (
            f"{said[0]} and {said[1]}: a sum of holders one report chose is neither one "
            "holder's figure nor another report's sum, not one quantity in dispute"
        )

    return _split_by(read, key, reason)


# A poll's margin of sampling error, right before its number: "a margin of error of plus or
# minus 2.4 percentage points", "the margin of sampling error is plus or minus three
# percentage points for all voters", "margin of error of 4.1", "plus or minus 3 points".
_ERROR_MARGIN_BEFORE = re.compile(
    r"(?:\b(?:margins?\s+of\s+(?:sampling\s+)?error|error\s+margins?|sampling\s+error)"
    r"(?:\s+(?:is|was|of|at|about|roughly|approximately|around|overall))*\s*,?\s*"
    r"(?:(?:plus\s+or\s+)?minus|\+/-|±)?|\bplus\s+or(?:\s+minus)?|\+/-|±)\s*$",
    re.IGNORECASE,
)


def error_margin(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a figure is a poll's margin of sampling error ("an overall margin of error
    of plus or minus 2.4 percentage points", "margin of error of 4.1"): the precision of
    the poll that report tells of, never a share, a lead or a count to weigh against
    another figure, nor the same poll's precision as another report's poll."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    numbers = _numbers(doc.text, claim.start, claim.end)
    if not numbers:
        return False
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    at = numbers[0][0]
    return _ERROR_MARGIN_BEFORE.search(doc.text[max(begin, at - 80) : at]) is not None


_AS_MARGIN = " as a poll's margin of error"


def _margin_told(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """Which poll a margin of error is of, when its report names the poll and who gives
    the margin, and is of a known day: "the Marlow Research poll ... has a margin of error
    of 3 percentage points, the firm said" on 7 October. A pollster's two polls of one day
    are told apart by their populations and places elsewhere; without a name, a speaker
    or a day, the margin is of the poll its own report tells of. None when not so told."""
    poll, speaker = poll_named(claim, documents), claim.said_by
    day = published(claim, documents)
    if not poll or speaker is None or speaker.anonymous or not day:
        return None
    return f"of the {' '.join(sorted(poll))} poll from {normalise(speaker.name)} on {day}"


def _error_margins_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing polls' margins of sampling error (:func:`error_margin`) with other
    figures, or with another report's margin: "plus or minus 2.4 percentage points" of one
    poll against a share, or against "a margin of error of 3 percentage points" of another
    poll. A margin of error says how precise one poll is, not what anyone polled. Reports
    of one day giving the margin of one poll they name from one speaker they name (:func:`
    _margin_told`) tell the same poll's margin, and stay together to be weighed."""

    def key(claim: Claim) -> str:
        if not error_margin(claim, documents):
            return ""
        return f"margin of error {_margin_told(claim, documents) or 'in ' + claim.doc}"

    def reason(*pair: _Keyed) -> str:
        said = [
            f"{_gives(claim, documents)}{_AS_MARGIN if margin else ''}" for margin, claim in pair
        ]
        return (
            f"{said[0]} and {said[1]}: a margin of sampling error is the precision of the "
            "poll one report tells of, not one quantity in dispute"
        )

    return _split_by(read, key, reason)


# A poll named by its taker right before the word: "A University of New Hampshire poll",
# "the latest Rasmussen Reports poll", "the 50-state poll", "the CBS/Times survey"; or right
# after it: "polls by Quinnipiac University", "a survey from Monmouth".
_POLL_NAME_BEFORE = re.compile(
    r"((?:\b[A-Z][\w&.'-]*|\b\d+-[a-z]+)(?:(?:\s+(?:of|and)\s+|[\s/-]+)(?:[A-Z][\w&.'-]*))*)"
    r"\s+(?:(?:new|latest|recent|national|statewide|online|telephone|tracking|final|early)\s+)?"
    r"(?:[Pp]olls?|survey)\b"
)
_POLL_NAME_AFTER = re.compile(
    r"\b(?:[Pp]olls?|surveys?)\s+(?:(?:conducted|released|taken)\s+)?(?:by|from)\s+(?:the\s+)?"
    r"([A-Z][\w&.'-]*(?:(?:\s+of\s+|[\s/-]+)[A-Z][\w&.'-]*)*)"
)
# Words of a poll's name that name no one poll taker.
_POLL_NAME_PLAIN = frozenset(
    re.findall(
        r"\w+",
        "a an and the of this that new latest recent national state university college poll "
        "polls survey news reports institute center centre research group inc",
    )
)


# A possessive before a poll's name says when or whose it is ("Wednesday's Quinnipiac poll").
# A word's possessive ending, left out of a poll's name (named apart from :data:`_POSSESSIVE`,
# the possessor before a figure, which :func:`holder` reads).
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


def _poll_words(name: str) -> frozenset[str]:
    """The words of a poll's name that tell one taker from another: "University of New
    Hampshire" gives {"hampshire"}, "Monmouth University" {"monmouth"}, "Wednesday's
    Quinnipiac" {"quinnipiac"}."""
    words = re.findall(r"[\w&'\u2019-]+", name.lower())
    return frozenset(
        w for w in words if w not in _POLL_NAME_PLAIN and not _POSSESSIVE_END.search(w)
    )


def poll_named(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str]:
    """The poll a report's share or lead in points comes from, as the words of its name
    (:func:`_poll_words`): the poll the report names nearest the figure, before or after
    it ("Clinton earned 42 percent, Johnson 11 percent. The Monmouth poll also suggests");
    empty for a figure of no share or lead, or a report naming no poll."""
    doc, figure = documents.get(claim.doc), claim.figure
    if doc is None or figure is None:
        return frozenset()
    if figure.unit != "percent" and not re.search(r"\bpoints?\b", claim.text):
        return frozenset()
    # A poll its own sentence names is the figure's, however near a headline's poll is.
    begin, finish = sentence_span(doc.text, claim.start, claim.end)
    named = [
        (
            not (begin <= start and end <= finish),
            max(start - claim.end, claim.start - end, 0),
            words,
        )
        for start, end, words in _polls_in(doc.text)
    ]
    return min(named, key=lambda n: n[:2])[2] if named else frozenset()


@lru_cache(maxsize=256)
def _polls_in(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """Every poll a report names (:data:`_POLL_NAME_BEFORE`, :data:`_POLL_NAME_AFTER`),
    where, and the words of its name: read once per report, not once per figure."""
    found = []
    for pattern in (_POLL_NAME_BEFORE, _POLL_NAME_AFTER):
        for match in pattern.finditer(text):
            words = _poll_words(match.group(1))
            if words:
                found.append((match.start(), match.end(), words))
    return tuple(found)


def _polls_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing shares or leads that reports give from polls named differently
    (:func:`poll_named`): Clinton's "8-point lead" in a University of New Hampshire poll
    and "a three-point lead" in the 50-state poll, 11 percent in the Monmouth poll and 6
    percent in the Rasmussen Reports poll. A share is one poll's answer to one question and
    a lead one poll's gap: two polls' figures are two quantities. Names sharing a word
    ("Monmouth" and "Monmouth University") are one poll; where a figure's report names no
    poll, which poll it is from is unknown and nothing is set apart."""
    keys: list[frozenset[str]] = []
    groups: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        words = poll_named(claim, documents)
        if not words:
            return None
        key = next((k for k in keys if k & words), None)
        if key is None:
            keys.append(words)
            key = words
        groups.setdefault(" ".join(sorted(key)), []).append((claim, found))
    if len(groups) < 2:
        return None

    def reason(one: _Keyed, two: _Keyed) -> str:
        (_, first), (_, second) = one, two
        return (
            f"{_gives(first, documents)} and {_gives(second, documents)} from polls named "
            "differently: a share or a lead is one poll's, so these are two quantities, not "
            "one in dispute"
        )

    return _split(groups, reason)


def _ballots_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing counts of two chambers, two sides of a vote, or a share told
    nationally and one told of a place (:mod:`.ballots`): each is another quantity."""
    readings: tuple[tuple[Callable[[Claim], str | None], str], ...] = (
        (lambda c: ballots.chamber(c, documents), "of two chambers of a legislature"),
        (lambda c: ballots.vote_side(c, documents), "on two sides of a vote"),
        (lambda c: ballots.scope_place(c, documents), "of the nation and of one place in it"),
    )
    for key, words in readings:

        def reason(one: _Keyed, two: _Keyed, words: str = words) -> str:
            (_, first), (_, second) = one, two
            return (
                f"{_gives(first, documents)} and {_gives(second, documents)} {words}, so "
                "these are two quantities, not one in dispute"
            )

        found = _split_by(read, key, reason)
        if found is not None:
            return found
    return None


# A number a rule or a goal sets, not a count of what is: "until 55 countries have
# ratified it", "needs 1,237 delegates", "must win 1,237 delegates", "the 1,237 delegates
# needed to clinch".
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:until|unless|once|needs?|required|requires|require|"
    r"(?:must|needs?\s+to|has\s+to|have\s+to)\s+(?:win|reach|get|secure|earn|gather|amass))\s+"
    r"(?:(?:at\s+least|the|a|an|all|just|only)\s+)?$",
    re.IGNORECASE,
)
_THRESHOLD_AFTER = re.compile(
    r"^\s+(?:[a-z][\w'-]*\s+){0,2}?(?:needed|required|necessary)\s+(?:to|for)\s+(?!be\b)",
    re.IGNORECASE,
)


def threshold(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a figure is a number a rule or a goal sets rather than a count of what is:
    "will not take effect until 55 countries have ratified it", "needs 1,237 delegates",
    "a candidate must win 1,237 delegates", "the 1,237 delegates needed to clinch the
    nomination" (never "20 people needed to be rescued": a count of those in need)."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    numbers = _numbers(doc.text, claim.start, claim.end)
    if not numbers:
        return False
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    at, stop = numbers[0][0], numbers[-1][1]
    return (
        _THRESHOLD_BEFORE.search(doc.text[max(begin, at - 40) : at]) is not None
        or _THRESHOLD_AFTER.match(doc.text[stop : min(end, stop + 80)]) is not None
    )


def _thresholds_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing numbers a rule or a goal sets (:func:`threshold`) with counts of
    what is: "55 countries" a treaty needs against "our two countries", "the 1,237
    delegates needed" against "1,265 delegates" a scenario gives. A bar to reach is not
    how many there are."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        (_, first), (_, second) = one, two
        return (
            f"{_gives(first, documents)} as a number to reach and {_gives(second, documents)} "
            "as a count: a bar and a tally, not one quantity in dispute"
        )

    return _split_by(read, lambda claim: "bar" if threshold(claim, documents) else "count", reason)


# "Spoke in front of a crowd of about 230", "told an audience of 1,000", "before a packed
# crowd of 500": the count of those who came to hear the one who speaks.
_AUDIENCE_BEFORE = re.compile(
    r"\b(?:in\s+front\s+of|before|addressed|told|to)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?"
    r"(?:crowd|audience)\s+of\s+(?:(?:about|some|nearly|almost|roughly|around|more\s+than|"
    r"over)\s+)?$",
    re.IGNORECASE,
)


def audience_of(claim: Claim, documents: Mapping[str, Document], names: Names) -> str | None:
    """Whom a crowd told of as an audience came to hear: the person its sentence names
    last before the words "in front of a crowd of", "told an audience of" ("Trump is taking
    questions ... in front of a crowd of about 230 people": Trump); None for a count told
    otherwise or with no person named."""
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    found = _AUDIENCE_BEFORE.search(doc.text, max(begin, claim.start - 80), claim.start)
    if found is None:
        return None
    return names.person_before(claim.doc, found.start(), reach=found.start() - begin, text=doc.text)


def _audiences_apart(
    read: Sequence[tuple[Claim, Interval]],
    documents: Mapping[str, Document],
    names: Names | None,
) -> Split | None:
    """A measure holding the audiences of different speakers (:func:`audience_of`): "about
    230 people" in front of whom Trump took questions and "about 1,000 people" Rubio spoke
    to. A crowd gathered to hear one speaker is that speaker's event: two speakers'
    audiences are two gatherings, not one crowd in dispute. Two counts of one speaker's
    audience are compared."""
    if names is None:
        return None

    def key(claim: Claim) -> str | None:
        # A speaker named in full in one report and by surname in another is one speaker.
        heard = audience_of(claim, documents, names)
        return None if not heard else heard.split()[-1].lower()

    def reason(one: _Keyed, two: _Keyed) -> str:
        (_, first), (_, second) = one, two
        return (
            f"{_gives(first, documents)} as the audience of "
            f"{audience_of(first, documents, names)} and {_gives(second, documents)} as the "
            f"audience of {audience_of(second, documents, names)}: two gatherings, not one "
            "crowd in dispute"
        )

    return _split_by(read, key, reason)


def added(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a count is told as more besides those already counted ("tracks an additional
    500 family fortunes", "a further 20,000 joined the protests in the second city")."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    return _ADDED_BEFORE.search(doc.text[max(0, claim.start - 60) : claim.start]) is not None


def _added_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure holding a count told as more besides those already counted (:func:`added`)
    whose value no other report's count meets: "an additional 500 billionaire family
    fortunes" beside "2,400 billionaires". What is added is neither the whole nor the
    count it adds to. Another report giving the same value ("20,000 in the second city")
    counts the same added set, and the two are left together."""
    extra = [(c, i) for c, i in read if added(c, documents)]
    if not extra or len(extra) == len(read):
        return None
    rest = [(c, i) for c, i in read if not added(c, documents)]
    for claim, found in extra:
        if any(j.meets(found) and c.doc != claim.doc for c, j in rest):
            return None
    one, other = extra[0][0], rest[0][0]
    reason = (
        f"{_gives(one, documents)} as a count of more besides those already counted and "
        f"{_gives(other, documents)} as a count of its own, so these are different "
        "quantities, not one in dispute"
    )
    return Split(parts=(tuple(c for c, _ in extra), tuple(c for c, _ in rest)), reason=reason)


# Words that narrow a count to the foremost of its kind: "the 13 major candidates", "three
# key states", "the five leading contenders".
_RANKS = frozenset(
    {"major", "leading", "top", "main", "key", "serious", "prominent", "viable", "principal"}
)


def ranked(claim: Claim) -> bool:
    """Whether a count is narrowed to the foremost of its kind ("13 major Republican
    candidates", "three key states"): a word of rank before its noun or among its
    qualifiers."""
    figure = claim.figure
    if figure is None or figure.kind != "count" or not figure.counted:
        return False
    noun = figure.counted.split()[-1].lower()
    words = [w.lower() for w in _WORD.findall(claim.text)]
    before = words[: words.index(noun)] if noun in words else words
    return any(w in _RANKS for w in (*before, *(q.lower() for q in figure.qualifiers)))


def _ranked_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure whose counts narrowed to the foremost of their kind (:func:`ranked`) all
    lie below its counts not so narrowed: "the 13 major Republican candidates" and "some
    14 candidates still in the race", "three key states" and "45 states where open carry
    is law". The foremost of a kind are a part of it, so a larger count of the whole is
    no dispute; a part counted above the whole is, and is left alone."""
    top = [(c, i) for c, i in read if ranked(c)]
    rest = [(c, i) for c, i in read if not ranked(c)]
    if not top or not rest or max(i.low for _, i in top) >= min(i.high for _, i in rest):
        return None
    if all(i.meets(j) for _, i in top for _, j in rest):
        return None
    part, whole = top[0][0], rest[0][0]
    reason = (
        f'{_gives(part, documents)} of the foremost of a kind ("{part.text}") and '
        f'{_gives(whole, documents)} of all of it ("{whole.text}"): a part and its whole, '
        "not one quantity in dispute"
    )
    return Split(parts=(tuple(c for c, _ in top), tuple(c for c, _ in rest)), reason=reason)


# Two shares set side by side, the larger first: "leads 50 percent to 44 percent", "(58
# percent to 40 percent)", "50 to 48 percent". Written the larger first they are two sides
# of one race or question, not a range ("95 to 97 percent" rises) nor a change ("fell from
# 50 to 44 percent").
_PAIR = re.compile(
    r"(?<![\w.,])(\d+(?:\.\d+)?)[ \t]*(?:%|percent|per[ \t]*cent)?[ \t]+to[ \t]+"
    r"(\d+(?:\.\d+)?)(?![\w.,]*\d)",
    re.IGNORECASE,
)
_FROM = re.compile(r"\bfrom[ \t]+$", re.IGNORECASE)


def pair_side(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """Which side of two shares set side by side a percentage is, with the other side's
    value ("second beside 50" for the 44 of "leads 50 percent to 44 percent"), or None
    when it is told alone, as a range or as a change (:data:`_PAIR`)."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or doc is None or figure.kind != "percent":
        return None
    numbers = _numbers(doc.text, claim.start, claim.end)
    if not numbers:
        return None
    at = numbers[0][0]
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    for found in _PAIR.finditer(doc.text, begin, end):
        first, second = float(found.group(1)), float(found.group(2))
        if first <= second or _FROM.search(doc.text, begin, found.start()):
            continue
        if found.start(1) == at:
            return f"first beside {number(second)}"
        if found.start(2) == at:
            return f"second beside {number(first)}"
    return None


def _pair_sides_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing shares told as sides of different pairs (:func:`pair_side`): the
    18 percent of "favourable 50 percent to 18 percent" and the 40 percent of "won 58
    percent to 40 percent", or Sanders' 44 of "Clinton leads 50 percent to 44 percent"
    and Clinton's 50 of "50 to 48 percent". A share is of one side of one race: the
    leader's and the runner-up's are two quantities, and two runners-up of races whose
    leaders differ are of two races. The same side beside one value (two reports of one
    poll, "52 to 44" and "50 to 44") is one quantity and may be in dispute."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        (side_a, first), (side_b, second) = one, two
        return (
            f"{_gives(first, documents)} as the {side_a.replace(' beside ', ' side beside ')} "
            f"and {_gives(second, documents)} as the "
            f"{side_b.replace(' beside ', ' side beside ')}: sides of different pairs, not "
            "one quantity in dispute"
        )

    return _split_by(read, lambda claim: pair_side(claim, documents), reason)


# The part of those asked a poll's share is told of: "among men", "among likely voters in
# the primary" (up to the first word that ends the group), "from Latino voters".
_AMONG = re.compile(
    r"\bamong\s+((?:[A-Za-z][\w'\u2019-]*\s+){0,3}?[A-Za-z][\w'\u2019-]*)"
    r"(?=\s*(?:[^\w\s-]|$)|\s+(?:by|in|who|to|and|with|for|at|on|than|while|but|compared|"
    r"from|of|that|is|are|was|were|has|have|had|back|backed|support|supported)\b)",
    re.IGNORECASE,
)
_FROM_VOTERS = re.compile(
    r"\bfrom\s+((?:[A-Za-z][\w'\u2019-]*\s+){0,2}(?:voters|supporters|respondents|adults|"
    r"men|women|residents|members))\b",
    re.IGNORECASE,
)
# Words that say which of those asked in other words: "likely voters" and "voters" are one
# group as a report may name it.
_GROUP_SKIPS = frozenset({"the", "all", "likely", "registered", "those", "people", "voters"})


def polled_group(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str]:
    """The part of those asked a percentage is a share among, as the words nearest it in
    its sentence name it ("among men", "among African-American voters", "support from
    Latino voters"): its words, lower-cased, without those any group of voters may be
    named with ("likely", "registered", "voters"); empty when its sentence names none."""
    words = re.findall(r"[\w'\u2019-]+", _polled_words(claim, documents).lower())
    kept = frozenset(w for w in words if w not in _GROUP_SKIPS)
    return kept or frozenset({"voters"} if words else ())


def _polled_words(claim: Claim, documents: Mapping[str, Document]) -> str:
    """The words naming the group a percentage is a share among, as written; "" if none."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or figure.unit != "percent" or doc is None:
        return ""
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    found = [*_AMONG.finditer(doc.text, begin, end), *_FROM_VOTERS.finditer(doc.text, begin, end)]
    if not found:
        return ""
    nearest = min(found, key=lambda m: min(abs(m.start() - claim.start), abs(m.end() - claim.end)))
    return " ".join(nearest.group(1).split())


def _polled_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing shares among different parts of those asked (:func:`polled_group`):
    "68 percent" of Latino voters in one report, "49%" among men in another; "zero percent
    support among African-American voters" against a share its sentence gives no group. A
    share's sub-population is part of what it measures: a share among one group says
    nothing of a share among another, or among all asked. Groups one of which names the
    other in fewer words ("voters", "likely voters") may be one."""
    groups: list[tuple[frozenset[str], list[tuple[Claim, Interval]]]] = []
    for claim, found in read:
        key = polled_group(claim, documents)
        for known, items in groups:
            if key == known or (key and known and (key <= known or known <= key)):
                items.append((claim, found))
                break
        else:
            groups.append((key, [(claim, found)]))
    if len(groups) < 2 or not any(key for key, _ in groups):
        return None
    keyed = {" ".join(sorted(key)) or "(all asked)": items for key, items in groups}

    def reason(*pair: _Keyed) -> str:
        said = [
            f"{_gives(claim, documents)} as a share "
            + (f"among {words}" if (words := _polled_words(claim, documents)) else "of all asked")
            for _, claim in pair
        ]
        return (
            f"{said[0]} and {said[1]}: shares of different groups of those asked, not one "
            "quantity in dispute"
        )

    return _split(keyed, reason)


# The screen a poll puts those asked through, as its "among ..." words name it: pollsters
# report one poll's shares among registered voters and among likely voters (or all
# adults) side by side.
_SCREENS = {"likely": "likely voters", "registered": "registered voters", "adults": "adults"}


def poll_screen(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """Those asked a poll's share is told among when its words name a screen ("among
    likely voters", "among registered voters", "among all adults"); None when they name
    none ("among voters", "among women") or two."""
    words = set(re.findall(r"[a-z]+", _polled_words(claim, documents).lower()))
    named = {screen for word, screen in _SCREENS.items() if word in words}
    return named.pop() if len(named) == 1 else None


def _screens_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing one poll's shares among those it screens differently
    (:func:`poll_screen`): "46 percent among likely voters" in one report, "42 percent
    among registered voters" in another. A pollster reports both from one survey and they
    differ by design: fewer people pass the likely-voter screen, so the two are shares of
    different populations, not one quantity in dispute. A share naming no screen joins
    neither."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        return (
            f"{_gives(one[1], documents)} among {one[0]} and {_gives(two[1], documents)} "
            f"among {two[0]}: shares of differently screened populations of one poll, not "
            "one quantity in dispute"
        )

    return _split_by(read, lambda claim: poll_screen(claim, documents), reason)


# An event numbered within its series, or the tier of a debate held in two: "the first
# debate", "Sunday's second presidential debate", "the third quarter", "the second round of
# voting", "the undercard debate" against "the main debate".
_ORDINAL_EVENT = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|main|"
    r"undercard|prime-?time)\s+"
    r"(?:[A-Za-z][\w-]*\s+){0,2}?(debate|forum|town\s+hall|primary|caucus|round|ballot|"
    r"quarter|term)s?\b",
    re.IGNORECASE,
)


def numbered_event(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The numbered event of a series (or tier of a debate) the figure's sentence places it
    at, nearest the figure ("second debate", "third quarter", "undercard debate"); None when
    its sentence numbers none."""
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    found = [
        m
        for m in _ORDINAL_EVENT.finditer(doc.text, begin, end)
        if m.end() <= claim.start or m.start() >= claim.end
    ]
    if not found:
        return None
    nearest = min(found, key=lambda m: min(abs(m.start() - claim.end), abs(claim.start - m.end())))
    last = "final" if nearest.group(1).lower() == "last" else nearest.group(1).lower()
    tier = last.replace("-", "")
    return f"{tier} {' '.join(nearest.group(2).lower().split())}"


def _numbered_events_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing figures of different numbered events of one series
    (:func:`numbered_event`): "the first debate drew 84 million viewers" in one report,
    "the second debate drew 66 million" in another. Each debate, primary round or quarter
    of a series is its own occasion with its own count, so two of them are not one
    quantity in dispute. A figure whose sentence numbers no event joins neither."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        return (
            f"{_gives(one[1], documents)} for the {one[0]} and {_gives(two[1], documents)} "
            f"for the {two[0]}: figures of different events of one series, not one quantity "
            "in dispute"
        )

    return _split_by(read, lambda claim: numbered_event(claim, documents), reason)


# Where a crowd a count gives stood, by the words right after it: "200 protesters gathered
# outside the rally" or "2,000 people were turned away" against "9,000 people attended the
# rally".
_OUTSIDE = re.compile(
    r"^\s+(?:[a-z]+\s+){0,2}?(?:outside|across\s+the\s+street\s+from|turned\s+away)\b",
    re.IGNORECASE,
)
_ATTENDING = re.compile(
    r"^\s+(?:(?:had|have|has)\s+)?(?:attended|packed|came\s+to|"
    r"(?:turned|showed)\s+(?:out|up)\s+(?:for|at))\b",
    re.IGNORECASE,
)


def crowd_side(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """Whether a count of people is of those outside an event ("200 protesters gathered
    outside the rally", "2,000 people were turned away": "outside") or of those at it
    ("9,000 people attended the rally": "at"), by the words right after the count; None
    when they say neither."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or figure.kind != "count" or doc is None:
        return None
    _, end = sentence_span(doc.text, claim.start, claim.end)
    after = doc.text[claim.end : min(end, claim.end + 60)]
    if _OUTSIDE.search(after):
        return "outside"
    return "at" if _ATTENDING.search(after) else None


def _crowds_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing the crowd at an event with a crowd outside it
    (:func:`crowd_side`): "9,000 people attended the rally" in one report, "200 protesters
    gathered outside the rally" in another. Those outside an event (protesters, onlookers,
    people turned away) are no part of its audience, so the two are counts of different
    crowds, not one quantity in dispute."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        return (
            f"{_gives(one[1], documents)} for the crowd {one[0]} the event and "
            f"{_gives(two[1], documents)} for the crowd {two[0]} it: different crowds, not one "
            "quantity in dispute"
        )

    return _split_by(read, lambda claim: crowd_side(claim, documents), reason)


# A length told as a stretch of something ("1,000 miles of the border", "along 30 miles of
# the coast") or as the whole thing's length ("the border runs nearly 2,000 miles").
_STRETCH_OF = re.compile(r"\b(?:of|along)\s+(?:the|its|their|this|that|a|an)\b", re.IGNORECASE)
_WHOLE_RUNS = re.compile(
    r"\b(?:runs|run|ran|stretches|stretched|spans|spanned|extends|extended|measures)\s+"
    r"(?:(?:about|nearly|almost|some|roughly|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)


def stretch(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """Whether a length is a stretch of a thing ("1,000 miles of the border": "part") or
    the thing's whole length ("the border runs nearly 2,000 miles": "whole"); None when
    its words say neither or it is no length."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or figure.kind != "length" or doc is None:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    after = doc.text[claim.end : min(end, claim.end + 20)]
    if _STRETCH_OF.search(claim.text) or re.match(r"^\s+(?:of|along)\s+(?:the|its|a|an)\b", after):
        return "part"
    before = doc.text[max(begin, claim.start - 40) : claim.start]
    return "whole" if _WHOLE_RUNS.search(before) else None


def _stretches_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing a stretch of a thing with the thing's whole length
    (:func:`stretch`): "a wall along 1,000 miles of the border" in one report, "the border
    runs nearly 2,000 miles" in another. A stretch is a part of the whole, so the two
    differ without disputing each other."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        return (
            f"{_gives(one[1], documents)} as the {one[0]} and {_gives(two[1], documents)} as the "
            f"{two[0]}: a stretch of a thing against its whole length, not one quantity in "
            "dispute"
        )

    return _split_by(read, lambda claim: stretch(claim, documents), reason)


# A share told with the part it is of as its clause's subject: "Hispanics make up 17
# percent of the population", "Voters under 30 accounted for 19 percent of the turnout".
_MAKES_UP = re.compile(
    r"((?:[\w'\u2019-]+\s+){1,4}?)(?:make|makes|made|making|account|accounts|"
    r"accounted)\s+(?:up|for)\s+(?:(?:about|nearly|almost|some|roughly|around|over|"
    r"just|only|more\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)
_PART_STOPS = frozenset({"the", "a", "an", "who", "which", "that", "now", "still", "together"})


def share_holder(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str] | None:
    """The words of the part a percentage is the share of, when its clause's subject makes
    it up ("Black Americans make up 13 percent": {"black", "americans"}); None when the
    share is told otherwise or its subject is a pronoun."""
    words = frozenset(re.findall(r"[a-z][\w'\u2019-]*", _made_up_by(claim, documents).lower()))
    words -= _PART_STOPS
    return None if not words or words <= _NO_SPENDER else words


def _made_up_by(claim: Claim, documents: Mapping[str, Document]) -> str:
    """The subject making up a percentage, as written ("Black Americans"); "" if none."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or figure.unit != "percent" or doc is None:
        return ""
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    before = re.split(r"[,;:()\u2014]", doc.text[max(begin, claim.start - 80) : claim.start])[-1]
    found = _MAKES_UP.search(before)
    return " ".join(found.group(1).split()) if found else ""


def _share_holders_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing shares that different parts make up (:func:`share_holder`):
    "Hispanics make up 17 percent of the population" in one report, "Black Americans make
    up 13 percent" in another. A share is one quantity only with the part it measures, so
    two parts whose words share none are two quantities, not one in dispute."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        return (
            f'{_gives(one[1], documents)} as the share "{_made_up_by(one[1], documents)}" '
            f'make up and {_gives(two[1], documents)} as the share "'
            f'{_made_up_by(two[1], documents)}" make up: shares of different parts, not one '
            "quantity in dispute"
        )

    def words_of(claim: Claim) -> frozenset[str] | None:
        return share_holder(claim, documents)

    return _split(_sharing_words(read, words_of), reason)


def _answers_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing shares of those asked that count answers sharing no word
    (:func:`.members.answer`): "61 percent of Democrats say they are satisfied with their
    choices" in one report, "44 percent of Democrats say they would vote for Clinton" in
    another. Two questions' answers are two quantities, even from one survey; shares
    whose answers share a word ("back Smith", "would vote for Smith") may dispute, and a
    share that is no clause's subject is left to dispute any."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        said = [f'{_gives(claim, documents)} for "{key}"' for key, claim in (one, two)]
        return (
            f"{said[0]} and {said[1]}: shares of those asked giving different answers, to "
            "different questions, not one quantity in dispute"
        )

    return _split(_sharing_words(read, lambda claim: answer(claim, documents)), reason)


def _wholes_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing shares of a whole narrowed by different words before its noun
    (:func:`.members.narrowed_whole`): "46 percent of the vote" and "40 percent of the
    evangelical vote". A share of a part of those the noun names is a share of another
    population, not one quantity in dispute; shares of one narrowed whole still
    dispute."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        said = [
            f'{_gives(claim, documents)} for "{claim.text}" ({key or "the whole"})'
            for key, claim in (one, two)
        ]
        return (
            f"{said[0]} and {said[1]}: shares of different populations, a whole and its "
            "part or two parts, not one quantity in dispute"
        )

    return _split_by(read, lambda claim: narrowed_whole(claim, documents), reason)


# What a percentage is of: the whole its "of" phrase names ("5% of the film's profits":
# profits) or the noun it qualifies ("an 85 percent rating": rating).
_PERCENT_WORD = re.compile(r"^\s*(?:per\s*cent|percent|pc|%)", re.IGNORECASE)
_SHARE_STOPS = frozenset(
    {
        "and", "or", "but", "that", "which", "who", "was", "were", "is", "are", "has", "have",
        "had", "in", "on", "at", "by", "for", "from", "to", "with", "between", "since",
        "after", "before", "than", "as", "across", "over", "under", "this", "its", "their",
        "will", "would", "could", "said", "says",
    }
)  # fmt: skip
_SHARE_SKIPS = frozenset({"the", "a", "an", "all", "of", "its", "their", "his", "her"})


def share_of(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The common noun a percentage is a share of ("of profit" of "6 percent of the
    profits") or qualifies ("rating" of "a 92 percent rating"), singular and lower-cased;
    None when the words after it name none, or name a place or a name (capitalised: "of
    the city" and "of Raqqa" may be one whole)."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or figure.unit != "percent" or doc is None:
        return None
    _, end = sentence_span(doc.text, claim.start, claim.end)
    rest = doc.text[claim.start : end]
    number = re.search(r"\d[\d.,\s]*", rest)  # "almost 90%", "5. 4 per cent"
    after = rest[number.end() :] if number else ""
    said = _PERCENT_WORD.match(after)
    if said is None:
        return None
    head: str | None = None
    of = False
    for word in re.findall(r"[A-Za-z'\u2019-]+|[^\sA-Za-z]", after[said.end() :])[:8]:
        bare = word.lower().removesuffix("'s").removesuffix("\u2019s")
        if not word[:1].isalpha() and word not in {'"', "'", "\u201c", "\u201d"}:
            break
        if bare in _SHARE_STOPS:
            break
        of = of or (bare == "of" and head is None)
        if bare in _SHARE_SKIPS or not word[:1].isalpha():
            continue
        if word[:1].isupper():
            return None
        head = bare
    if head is None or len(head) < 3:
        return None
    head = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return f"of {head}" if of else head


def _share_words(claim: Claim, whole: str, documents: Mapping[str, Document]) -> str:
    """The report's words from the percentage to the whole it names ("5% of the film's
    backend profits"), or the figure's own words when they cannot be found."""
    doc = documents.get(claim.doc)
    if doc is None:
        return claim.text
    _, end = sentence_span(doc.text, claim.start, claim.end)
    found = re.search(rf"\b{re.escape(whole)}\w*", doc.text[claim.start : end], re.IGNORECASE)
    if found is None:
        return claim.text
    return " ".join(doc.text[claim.start : claim.start + found.end()].split())


def _shares_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing percentages of different things (:func:`share_of`): "5% of the
    film's profits" and "an 85 percent rating", "a 5 percent rise" and "a 9 percent
    stake". A share of one thing says nothing of a share of another, so the two are not
    one quantity in dispute."""

    def key(claim: Claim) -> str | None:
        whole = share_of(claim, documents)
        # Shares "of" two nouns may be of one whole named two ways ("of the city", "of the
        # town"; "of voters", "of the electorate"): only a share qualifying a noun of its
        # own ("a 92 percent rating", "a 5 percent rise") is set apart.
        return None if whole is None else "of" if whole.startswith("of ") else whole

    def said(claim: Claim) -> str:
        whole = (share_of(claim, documents) or "").removeprefix("of ")
        return f'{_gives(claim, documents)} ("{_share_words(claim, whole, documents)}")'

    def reason(one: _Keyed, two: _Keyed) -> str:
        (_, first), (_, second) = one, two
        return (
            f"{said(first)} and {said(second)}: shares of different wholes, not one quantity "
            "in dispute"
        )

    return _split_by(read, key, reason)


# What a share is "of", after its number and any second number of a range: "95 per cent to
# 97 per cent of an investor's emissions" (any one, "a"/"an"), "70 per cent of the fund's
# emissions" (one told of, "the", a possessive or a name).
_SHARE_OF_WHOLE = re.compile(
    r"[ \t]*(?:%|per[ \t]*cent|percent)(?:[ \t]+to[ \t]+\d[\d.,]*[ \t]*"
    r"(?:%|per[ \t]*cent|percent))?[ \t]+of[ \t]+(?:(an?)|the|its|their|his|her|"
    r"[A-Z][\w.'-]*['\u2019]s)\b"
)


def share_of_any(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """Whether a percentage is of a whole that any one of a kind has ("95 per cent to 97
    per cent of an investor's emissions": "any"), as a rule of thumb is, or of one whole
    the report tells of ("70 per cent of the fund's emissions": "one"); None when it is
    "of" nothing so read."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or figure.kind != "percent" or doc is None:
        return None
    numbers = _numbers(doc.text, claim.start, claim.end)
    if not numbers:
        return None
    found = _SHARE_OF_WHOLE.match(doc.text, numbers[0][1])
    if found is None:
        return None
    return "any" if found.group(1) else "one"


def _any_and_one_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing shares of a whole any one of a kind has with shares of one whole a
    report tells of (:func:`share_of_any`): "scope 3 emissions make up 95 per cent to 97
    per cent of an investor's emissions" and "the 174 companies account for 70 per cent of
    the fund's emissions". A rule of thumb for any holder is no figure of one holder."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        (kind_a, first), (kind_b, second) = one, two
        said = {"any": "of a whole any one of a kind has", "one": "of one whole told of"}
        return (
            f'{_gives(first, documents)} as a share {said[kind_a]} ("{first.text}") and '
            f'{_gives(second, documents)} as a share {said[kind_b]} ("{second.text}"): a '
            "rule of thumb and one holder's figure, not one quantity in dispute"
        )

    return _split_by(read, lambda claim: share_of_any(claim, documents), reason)


# A quake's size as news names it: "a 5.6 magnitude earthquake", "a magnitude-5.2 quake",
# "5.6 on the Richter scale".
_QUAKE_SIZE = re.compile(
    r"\bmagnitude[- ](\d\.\d)\b|\b(\d\.\d)[- ](?:magnitude|richter)\b|"
    r"\b(\d\.\d)\s+(?:on\s+the\s+richter|(?:earth)?quake|tremor)",
    re.IGNORECASE,
)


def quake_size(claim: Claim, documents: Mapping[str, Document]) -> float | None:
    """The one quake size a figure's sentence names beside it ("A 5.6 magnitude earthquake
    hit the island, injuring five people"), or None when it names none or several, or the
    figure is that size itself."""
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    sizes = {
        float(next(g for g in m.groups() if g))
        for m in _QUAKE_SIZE.finditer(doc.text, begin, end)
        if not (m.start() < claim.end and claim.start < m.end())
    }
    return sizes.pop() if len(sizes) == 1 else None


def _sizes_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure whose values are told of quakes of different sizes: "a 5.6 magnitude
    earthquake ... injuring five" and "a magnitude-5.2 quake has injured three". News
    names a quake by its size, and a second quake of another size (an aftershock, the
    next day's) has its own toll; a size told as revised is one quake's, not two."""
    if any(changed_cue(c, documents) for c, _ in read):
        return None
    sizes: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        size = quake_size(claim, documents)
        if size is not None:
            sizes.setdefault(f"{size:.1f}", []).append((claim, found))
    pair = _disputing(sizes)
    if pair is None:
        return None
    (size_a, first), (size_b, second) = pair
    if abs(float(size_a) - float(size_b)) < 0.3:
        return None  # agencies' readings of one quake differ by a few tenths
    reason = (
        f"{_gives(first, documents)} for a quake of magnitude {size_a} and "
        f"{_gives(second, documents)} for one of magnitude {size_b}, so these are figures of "
        "two events of one kind, not one quantity in dispute"
    )
    return Split(parts=_claims_of(sizes), reason=reason)


# Words telling a count as all of its kind ("10 total games", "12 in all"), and words
# right after a count that give the one cause it is counted for ("nine games because of
# the injury"): the first is a whole, the second only the part of it one cause made.
_ALL_TOLD = re.compile(r"\b(?:total|in\s+all|overall|altogether|combined)\b", re.IGNORECASE)
_ONE_CAUSE = re.compile(
    r"[^.;:!?,]{0,40}?\b(?:because\s+of|due\s+to|owing\s+to|on\s+account\s+of|"
    r"as\s+a\s+result\s+of)\s+(?:the|a|an|his|her|its|their|this|that)\s+[\w'-]+",
    re.IGNORECASE,
)


def _whole_told(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a figure's own words, or those right around it, tell it as a total."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    around = doc.text[max(0, claim.start - 12) : claim.end + 10]
    return _ALL_TOLD.search(around) is not None


def _one_cause(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The figure with the words after it giving the one cause it is counted for ("nine
    games this season because of the injury"), or None."""
    doc = documents.get(claim.doc)
    if doc is None or _whole_told(claim, documents):
        return None
    found = _ONE_CAUSE.match(doc.text, claim.end, min(len(doc.text), claim.end + 60))
    return None if found is None else " ".join(doc.text[claim.start : found.end()].split())


def _causes_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure giving a total ("missed 10 total games this season") and a lower count of
    absences told for one cause ("missed nine games because of the injury"): a player, a
    worker or a pupil is absent for more than one cause, so the second counts only what
    that cause made, a part of the whole, not the whole in dispute. Any other count told
    with its cause ("40 were arrested because of the violence") may be all of them: a
    total above it disputes it."""
    wholes = [(c, i) for c, i in read if _whole_told(c, documents)]
    if not wholes:
        return None
    for claim, found in read:
        cause = _one_cause(claim, documents)
        if cause is None or amount_kind(claim, documents) != "missed":
            continue
        above = [(c, i) for c, i in wholes if found.high < i.low]
        if not above:
            continue
        whole = above[0][0]
        reason = (
            f"{_gives(whole, documents)} in all and {_gives(claim, documents)} "
            f'for one cause ("{cause}"), so these count a whole and the '
            "part one cause made, not one quantity in dispute"
        )
        return Split(parts=_parted([c for c, _ in read], [found, above[0][1]]), reason=reason)
    return None


# Words tying a count to those before it: a running total, not one occasion's count.
_TIED = re.compile(
    r"\b(?:bring|brings|bringing|brought|total|in\s+all|so\s+far|to\s+date|since|"
    r"altogether|overall|cumulative|until|throughout)\b",
    re.IGNORECASE,
)


def own_day(claim: Claim, documents: Mapping[str, Document]) -> int | None:
    """The one day a figure's own words date it to ("46 were arrested Wednesday night"), as
    a day number, or None: no single day, words tying the count to those before it
    ("bringing the total to", "so far") or saying it changed ("rose to"), or time words
    dating the telling ("the ministry said on Wednesday") or a stand by a day ("by
    Wednesday"): :func:`_told_on`."""
    when = claim.when
    doc = documents.get(claim.doc)
    if doc is None or when is None or when.start is None or when.precision != "day":
        return None
    if when.end is not None and when.end[:10] != when.start[:10]:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    scope = claim.figure.scope if claim.figure else None
    if _TIED.search(doc.text, begin, end) or _TIED.search(scope or ""):
        return None
    if changed_cue(claim, documents) or _told_on(doc.text, begin, end, when.text or ""):
        return None
    return _day_number(when.start[:10])


# A verb of telling just before a day: the day the figure was told, not its event's
# ("Fifteen lives were lost, the ministry said on Wednesday").
_TELLING_DAY = re.compile(
    r"\b(?:said|says|say|told|tells|reported|reports|announced|announces|confirmed|confirms|"
    r"added|adds|stated|states|estimated|estimates|updated|revised|put\s+it|according)"
    r"(?:\s+[\w'-]+){0,2}\s*$",
    re.IGNORECASE,
)


def _told_on(text: str, begin: int, end: int, words: str) -> bool:
    """Whether the sentence's time words for a figure ("on Wednesday") follow a verb of
    telling, date the telling rather than the event, or tell a stand as of a day ("by
    Wednesday", "as of Monday"); words not known are never read as the event's."""
    if not words:
        return True
    if words.lower().startswith(("by ", "as of ", "as at ")):
        return True
    at = text.find(words, begin, end)
    if at < 0:
        return False
    return _TELLING_DAY.search(text[max(begin, at - 40) : at]) is not None


# Words telling of a day or of one occasion of a series: "Monday", "the next night", "a
# second protest", "a third straight night".
_OCCASION = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:next|previous|following|second|"
    r"third|fourth|fifth|straight|consecutive)\s+(?:night|day|evening|protest|rally|march|"
    r"vigil|round))\b",
    re.IGNORECASE,
)


def _several_occasions(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a dated figure's sentence, its own time words aside, tells of another day or
    of one occasion of a series ("a Monday evening vigil", "a second protest the next
    night"): the figure's day is one of several occasions the story tells of."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    sentence = doc.text[begin:end]
    words = claim.when.text if claim.when and claim.when.text else ""
    if words:
        sentence = sentence.replace(words, " ")
    return _OCCASION.search(sentence) is not None


def _moves_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing a market's moves its reports date to different days
    (:func:`.revisions.move_day`): "shares rose 12 percent on Friday", "fell 5 percent on
    Monday". Each trading day has its own move: two days' moves are not one quantity in
    dispute; two figures for one day's move still dispute, and a move no clause dates is
    left to dispute any."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        said = [f"{_gives(claim, documents)} for {_day_words(key)}" for key, claim in (one, two)]
        return f"{said[0]} and {said[1]}: a market's moves on two days, not one quantity in dispute"

    return _split_by(read, lambda claim: move_day(claim, documents), reason)


def _day_words(iso: str) -> str:
    """An ISO day as a report writes it: "7 May 2032"."""
    day = calendar_day.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def _occasions_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure with a count its words date to one day ("46 were arrested Wednesday
    night") and a lower count of no day of its own in a report out before that day ("one
    person was arrested", told on the Tuesday). A report cannot count what came after it:
    the lower count is of an earlier occasion (another night's protest), not that day's
    count before it grew, nor the same count in dispute. When the dated count's sentence
    tells of other occasions too ("a Monday evening vigil ...; a second protest the next
    night; and another on Wednesday night, after which there were 46 arrests"), a lower
    count told as it stood at some hour ("at this point there was one arrest") in a report
    of no known day is not placed on that day either: nothing shows it is that occasion's.
    (A story of one occasion, a quake on Sunday, has a count so far grow into Sunday's
    toll.) Words tying the dated count to those before it ("bringing the total to", "so
    far") make it a running total, which an earlier day's count may be a stage of; such a
    count is never read so."""
    dated = [(c, i, d) for c, i in read if (d := own_day(c, documents)) is not None]
    for high, found, day in dated:
        for claim, other in read:
            if claim.when is not None or not other.high < found.low:
                continue
            told = _day_number(published(claim, documents)[:10])
            if told is None and not (
                provisional(claim, documents) and _several_occasions(high, documents)
            ):
                continue
            if told is not None and told >= day:
                continue
            when = high.when.text if high.when and high.when.text else ""
            of = (
                "as it stood at one hour of a report of no known day"
                if told is None
                else f"in a report of {published(claim, documents)}, before the day"
            )
            reason = (
                f"{_gives(claim, documents)} {of} "
                f"{publisher(high, documents)} dates "
                f'{said_value(high)} to ("{when}", '
                f"{calendar_day.fromordinal(day).isoformat()}), so these are counts of two "
                "occasions, not one count in dispute or revised"
            )
            return Split(parts=_parted([c for c, _ in read], [other, found]), reason=reason)
    return None


def _rest_words(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The words telling a figure as the rest of a set ("the other three"), or None."""
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    found = _REST_BEFORE.search(doc.text[max(0, claim.start - 30) : claim.start])
    if found is None:
        return None
    return " ".join(f"{found.group(0)}{claim.text}".split())


def _rest_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A figure told as the rest of a set a part of which its sentence told before ("two of
    them fled; operations were carried out on the other three") beside a larger figure
    that no telling of the rest's value meets: the rest is a part of some set, not the
    whole set nor a count of the noun beside it, and not the larger one in dispute. A rest
    another report gives as a count of its own ("three boats were intercepted") is that
    count told two ways, and is left with it."""
    rests = [(c, i, w) for c, i in read if (w := _rest_words(c, documents)) is not None]
    named = {c.id for c, _, _ in rests}
    others = [(c, i) for c, i in read if c.id not in named]
    for claim, found, words in rests:
        if any(found.meets(i) for _, i in others):
            continue
        larger = [(c, i) for c, i in others if found.high < i.low]
        if not larger:
            continue
        whole, above = larger[0]
        reason = (
            f'{_gives(claim, documents)} as the rest of a set ("{words}") and '
            f"{_gives(whole, documents)}, so these count a set's part and another thing, not "
            "one quantity in dispute"
        )
        return Split(parts=_parted([c for c, _ in read], [found, above]), reason=reason)
    return None


# What follows a length told as how far a place lies from another: "60 miles north of
# Carrow", "150 kilometers (95 miles) from the capital", "40 km north-west of Carrow".
_FROM_PLACE = re.compile(
    r"[\s)]*(?:\([^()]{0,30}\)\s*)?(?:[a-z][a-z-]*\s+){0,2}(?:of|from)\s+(?:the\s+)?"
    r"(?P<ref>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)
_CAPITALIZED = re.compile(r"\b[A-Z][\w-]*")


def measured_place(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str] | None:
    """The names before a length told as a distance from a place ("Dunmore, a town in
    Arden county 60 miles north of Carrow" -> dunmore, arden): the place whose
    distance it is, named in its sentence before the number, the place it is measured
    from left out. None for a figure of no such distance, or one naming nothing before."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if doc is None or figure is None or figure.kind != "length":
        return None
    found = _FROM_PLACE.match(doc.text, claim.end)
    if found is None:
        return None
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    reference = {w.casefold() for w in _WORD.findall(found.group("ref"))}
    names = frozenset(
        low
        for w in _CAPITALIZED.findall(doc.text, begin, claim.start)
        if (low := w.casefold()) not in _ANCHOR_STOPS and low not in reference
    )
    return names or None


def _distances_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing distances from one place to places named apart
    (:func:`measured_place`): "Dunmore ... 60 miles north of Carrow" in one report,
    "Halsey, located 150 kilometers north of Carrow" in another. How far a place
    lies from a city is one quantity only with the place: distances of two places from
    one city are two distances, not one quantity in dispute."""

    def reason(one: _Keyed, two: _Keyed) -> str:
        said = [
            f'{_gives(claim, documents)} for "{claim.text}" ({key})' for key, claim in (one, two)
        ]
        return (
            f"{said[0]} and {said[1]}: distances of different places, not one quantity in dispute"
        )

    return _split(_sharing_words(read, lambda claim: measured_place(claim, documents)), reason)


# Nouns of a count of games, and the verbs before it that say what a player did in them:
# "missed four games", "will sit out the final two games"; "played in just 10 games",
# "limited him to only six games".
_GAME_NOUNS = frozenset({"game", "match"})
_GAME_ACTS = (
    ("missed", re.compile(r"\b(?:missed|missing|sat\s+out|skipped|suspended|banned)\b", re.I)),
    ("to miss", re.compile(r"\b(?:miss|misses|sit\s+out|skip|skips)\b", re.IGNORECASE)),
    (
        "played",
        re.compile(
            r"\b(?:play(?:ed|s|ing)?|appear(?:ed|s)?|start(?:ed|s)?|limited\s+\w+\s+to)\b",
            re.IGNORECASE,
        ),
    ),
)


def game_act(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """What a player did in the games a count counts, by the nearest verb before the
    number in its clause (:data:`_GAME_ACTS`); "" for a count of games whose clause names
    no such act ("was very effective for a couple of games"), None for a count of
    anything else."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if doc is None or figure is None or figure.kind != "count" or not figure.counted:
        return None
    if singular(figure.counted.split()[-1].casefold()) not in _GAME_NOUNS:
        return None
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    clause = re.split(
        r"[,;:()\u2014\u2013]|\s-\s", doc.text[max(begin, claim.start - 60) : claim.start]
    )
    last = {
        act: max((m.end() for m in verb.finditer(clause[-1])), default=-1)
        for act, verb in _GAME_ACTS
    }
    act = max(last, key=lambda a: last[a])
    return act if last[act] >= 0 else ""


def games_played(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """What a player did in the games a count counts, and who, from its sentence: the
    act the nearest verb before the number in its clause names (``missed``: "missed four
    games", "will miss the final two games"; ``played``: "played in just 10 games") and
    the names its sentence holds ("Bush", "Thomas"), as "act: name name". None for a
    count of anything but games, or one whose clause names no such act or sentence no
    name."""
    act, doc = game_act(claim, documents), documents.get(claim.doc)
    if not act or doc is None:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    own = {w.casefold() for w in _WORD.findall(claim.text)}
    told = doc.text[begin : claim.start] + " " + doc.text[claim.end : end]
    names = _names_in(told, own)
    if not names and begin > 1:
        # "He missed four games": the player is the one the sentence before names.
        before, _ = sentence_span(doc.text, begin - 2, begin - 1)
        names = _names_in(doc.text[before:begin], own)
    return f"{act}: {' '.join(sorted(names))}" if names else None


def _names_in(text: str, own: set[str]) -> set[str]:
    """The capitalized words of a text but those of any clause and a figure's own."""
    return {
        low
        for w in _CAPITALIZED.findall(text)
        if (low := w.casefold()) not in _ANCHOR_STOPS and low not in own
    }


def _games_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing counts of games that different players missed or played, or that
    one player missed and played (:func:`games_played`): "Bush ... missed four games"
    in one report, "Thomas missed nine games this season" in another; "played in just 10
    games" and "will miss the final two games". A count of games is one quantity only
    with its player and what he did in them: the games one player missed are no count of
    another's, nor of those he played, and two such counts are not one quantity in
    dispute. Counts of one act whose sentences share a name stay together; a count
    telling no act ("was effective for a couple of games") is none of them."""
    acts: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        told = games_played(claim, documents)
        if told is not None:
            acts.setdefault(told.split(":")[0], []).append((claim, found))
    groups: dict[str, list[tuple[Claim, Interval]]] = {}
    for act, items in sorted(acts.items()):

        def names(claim: Claim) -> frozenset[str] | None:
            told = games_played(claim, documents)
            return frozenset(told.split(": ")[1].split()) if told else None

        for key, part in _sharing_words(items, names).items():
            groups[f"{act}: {key}"] = part
    # Games a player did something else in ("effective for a couple of games") are some
    # of the games he played, never a count of games played or missed: apart from those
    # counts, and left to dispute each other.
    other = [(c, found) for c, found in read if game_act(c, documents) == ""]
    if other and groups:
        groups["no act told"] = other

    def reason(one: _Keyed, two: _Keyed) -> str:
        said = [
            f'{_gives(claim, documents)} for "{claim.text}" ({key})' for key, claim in (one, two)
        ]
        return (
            f"{said[0]} and {said[1]}: games different players missed or played, one "
            "player's games missed and played, or games he did something else in, are "
            "different counts, not one quantity in dispute"
        )

    return _split(groups, reason)


def _stages_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing people counted at different stages of a case (:func:`case_stage`):
    "two youths charged with the murder" and "three teens arrested". Not everyone arrested
    is charged, nor everyone charged convicted, so the counts differ without disputing
    each other."""
    stages: dict[str, list[tuple[Claim, Interval]]] = {}
    loose: list[Claim] = []
    for claim, found in read:
        stage = case_stage(claim)
        if stage is None:
            loose.append(claim)
        else:
            stages.setdefault(stage, []).append((claim, found))
    pair = _disputing(stages)
    if pair is None:
        return None
    (stage_a, first), (stage_b, second) = pair
    reason = (
        f"{_gives(first, documents)} {stage_a} and "
        f"{_gives(second, documents)} {stage_b}: people are "
        "counted at different stages of a case, not one quantity in dispute"
    )
    return Split(parts=_claims_of(stages) + ((tuple(loose),) if loose else ()), reason=reason)


_INCLUDING = re.compile(r"\b(?:including|among them|among whom|of whom|of them)\b", re.I)
_OF_WHOLE = re.compile(
    r"\b(?:of|out of|among)\s+(?:the|all|all the|its|their|his|her|our)?\s*$", re.IGNORECASE
)
_NAMED_NUMBER = re.compile(r"[A-Za-z]-$")
_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+\b|\b[a-z]+\b", re.IGNORECASE)


_YEAR = re.compile(r"(?<![\d.])(?<!\d,)(?:19|20)\d\d(?!\d|[.,]\d)")


def other_time(claim: Claim, documents: Mapping[str, Document]) -> str:
    """The earlier time a figure's sentence places it in: a year before its report's year
    ("When the ferry sank in 2019, 96 people died" in a report of 2032), or words for one
    ("last year", "last season", "a decade ago", "the last time the river flooded"; never
    "since last year", a span reaching the report's own time); else "".

    A month the figure's clause places it in ("In February, a quake killed 600", "in early
    September"; never one that starts a span reaching the report's time, "since the battle
    began in June", nor one of another clause, "proposed in May and since received 300")
    that is not its report's own month places it in another time too, and so does a report
    of unknown day naming one: news names the days of the current week by their weekday,
    and earlier events by their month. So do the figure's own words calling
    what it counts earlier ("four prior arrests", "two previous convictions").

    A sentence that points back to the one before it ("In that storm, which killed more
    than 3,000", "It killed ...") and names no time of its own is of that sentence's time:
    a year or a month the sentence before names places it too."""
    doc = documents.get(claim.doc)
    if doc is None:
        return ""
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    said = _BEFORE_NOW.search(doc.text, begin, end)
    if said is not None and not (claim.start <= said.start() < claim.end):
        return " ".join(said.group(0).lower().split())
    prior = _PRIOR.match(claim.text)
    if prior is not None:
        return prior.group(1).lower()
    came = _CAME_AFTER.search(doc.text, begin, claim.start)
    if came is not None:
        return " ".join(came.group(0).lower().split())
    day = doc.published.date or ""
    own = day[:4]
    named = [
        y.group(0)
        for y in _YEAR.finditer(doc.text, begin, end)
        if not (claim.start <= y.start() < claim.end)
    ]
    months = [
        m
        for m in _IN_MONTH.finditer(doc.text, begin, end)
        if not claim.start <= m.start() < claim.end
        and not _starts_span(doc.text, begin, m, claim)
        and not _CLAUSE_BREAK.search(doc.text, min(m.end(), claim.start), max(m.start(), claim.end))
    ]
    if (
        not named
        and not months
        and begin > 0
        and _POINTS_BACK.match(doc.text, begin, claim.start)
        and _OWN_TIME.search(doc.text, begin, end) is None
    ):
        first, _ = sentence_span(doc.text, max(0, begin - 2), max(0, begin - 1))
        named = [y.group(0) for y in _YEAR.finditer(doc.text, first, begin)]
        months = [
            m
            for m in _IN_MONTH.finditer(doc.text, first, begin)
            if not _SPAN_START.search(doc.text, first, m.start())
        ]
    earlier = sorted({y for y in named if own and y < own})
    if earlier and own not in named:
        return earlier[-1]
    if named and own and own not in named:
        return ""  # a later year: not told apart here
    other = [
        m
        for m in months
        if len(day) < 7 or _MONTHS.index((m.group(1) or m.group(2)).lower()) + 1 != int(day[5:7])
    ]
    if other and len(other) == len(months):
        return " ".join(other[-1].group(0).split())
    return ""


# A sentence opening on words that point back to the one before: "In that storm",
# "During those floods", "It", "They", "The same quake".
_POINTS_BACK = re.compile(
    r"\s*(?:(?:in|during|after|at|by)\s+)?(?:that|those|this|these|it|its|they|their|"
    r"the\s+same)\b",
    re.IGNORECASE,
)
# Words naming a sentence's own time: a day, "today", "now", "this year".
_OWN_TIME = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|"
    r"now|currently|this\s+(?:year|week|month|morning|evening)|so\s+far)\b",
    re.IGNORECASE,
)


def timed_label(label: str, measure: Sequence[Claim], documents: Mapping[str, Document]) -> str:
    """The label with the earlier time every figure of the measure is placed in
    (:func:`other_time`), so a part split off for its time says which time it is of:
    "people killed in Torvald, 2019", "people killed in Torvald (last year)"; the label as
    it is when the figures name no one such time or the label already names a year."""
    times = {other_time(c, documents) for c in measure}
    if len(times) != 1:
        return label
    (when,) = times
    if not when or _YEAR.search(label):
        return label
    if when.isdigit():
        return f"{label}, {when}"
    if when in {"prior", "previous", "earlier"}:
        return f"{label} (earlier)"
    if when.startswith(("came", "come")):
        return f"{label} (an earlier event)"
    return f"{label} ({when})"


def _for_time(when: str) -> str:
    """ "for 2019, before its report's own time", 'for an earlier time ("last year"), before
    its report's own time' when words name it, or 'for another month ("in February"), not
    its report's own' for a month."""
    if when.isdigit():
        return f"for {when}, before its report's own time"
    if _IN_MONTH.fullmatch(when):
        return f'for another month ("{when}"), not its report\'s own'
    return f'for an earlier time ("{when}"), before its report\'s own time'


_MONTHS = (
    *("january", "february", "march", "april", "may", "june", "july", "august"),
    *("september", "october", "november", "december"),
)
# "In February", "during March", "in early September", "last May": a month a figure is
# placed in, with no day after it ("on May 5" names a day, which the reports' days order).
# A month named with its year needs no word before it: "the February 2008 broadcast".
_MONTH_NAMES = "|".join(m.title() for m in _MONTHS)
_IN_MONTH = re.compile(
    r"\b(?:(?:(?i:in|during)\s+(?:(?i:early|late|mid)\s*-?\s*)?|(?i:early|late|mid)\s*-?\s*|"
    r"(?i:last)\s+)(" + _MONTH_NAMES + r")\b(?!\s*\d{1,2}(?!\d))|"
    r"(" + _MONTH_NAMES + r")\s+(?:19|20)\d\d\b)"
)
# A month that starts a span reaching the report's time: "since they broke into the city
# in June", "the battle that began in June".
_SPAN_START = re.compile(
    r"\b(?:since|began|begun|start(?:ed|ing)?|beginning|launched|broke\s+out)\b[^,;.]{0,50}$",
    re.IGNORECASE,
)


def _starts_span(text: str, begin: int, month: re.Match[str], claim: Claim) -> bool:
    """Whether a month starts a span reaching the report's time ("since the floods began in
    May, 31 have died"), rather than dating an event the span is counted from that the
    figure counts: "since the assaults that killed 130 in Paris last November" tells the
    toll of last November's assaults, the figure inside the clause the span opens."""
    span = _SPAN_START.search(text, begin, month.start())
    if span is None:
        return False
    inside = span.start() < claim.start and claim.end <= month.start()
    return not (inside and month.group(0).lower().startswith("last"))


# Words opening another clause between a month and a figure: the month dates that clause
# ("proposed the rules in May and since has received 300,000 comments"); an "and" joining
# two participles or two verbs of one subject is none ("struck in May, killing 7 and
# injuring 40", "hit the town in May and killed 40").
_CLAUSE_BREAK = re.compile(
    r";|\band\b(?!\s+[a-z]+(?:ing|ed)\b)|"
    r"\b(?:but|while|whereas|which|who|since|until|although|though)\b",
    re.IGNORECASE,
)
# "Four prior arrests", "two previous convictions": the figure's own words place what it
# counts before the report's time.
_PRIOR = re.compile(
    r"^[\w.,-]+(?:\s+-\s+[\w-]+)?\s+(prior|previous|earlier)\s+[a-z]", re.IGNORECASE
)


# "The shooting came just weeks after a driver shot eight people": what follows is an
# earlier event (weeks or more before: a story's own events are days apart).
_CAME_AFTER = re.compile(
    r"\b(?:comes?|came|coming)\s+(?:(?:just|only|barely|nearly|almost|less\s+than|"
    r"more\s+than)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"a\s+few|several|some|\d+)\s+)?(?:weeks?|months?|years?)\s+after\b",
    re.IGNORECASE,
)
_BEFORE_NOW = re.compile(
    r"(?<!since )(?<!over the )(?<!in the )\b(?:(?:last|previous)\s+(?:year|decade|season)|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years|decades)\s+ago|"
    r"a\s+decade\s+ago|the\s+last\s+time)\b",
    re.IGNORECASE,
)


def _told_as_part(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> tuple[Claim, Interval, str] | None:
    """A figure its own sentence tells as a part of a larger value another figure of the
    measure gives: a breakdown whose numbers add up to it ("12 police and 11 civilians"
    beside another report's 23, "one Swiss and one Dutch climber" beside "two deaths"), one
    counted "of" it ("of the 23 arrested, 12 were ...") or one it includes ("1,559, including
    551 children and 318 women"). Returns the part, the whole's
    values and the words of the sentence that tell it."""
    values = sorted({i.low for _, i in read if i.low == i.high and i.low > 0})
    for claim, found in sorted(read, key=lambda x: (x[1].low, x[0].id)):
        doc = documents.get(claim.doc)
        if doc is None or found.low != found.high or claim.figure is None:
            continue
        own = found.low
        larger = [v for v in values if v > own and not found.meets(Interval(v, v))]
        if not larger:
            continue
        begin, end = sentence_span(doc.text, claim.start, claim.end)
        others = [
            (at, stop, v)
            for at, stop, v in _numbers(doc.text, begin, end)
            if stop <= claim.start or at >= claim.end
        ]
        for whole in larger:
            for at, stop, v in others:
                between = doc.text[stop : claim.start] if v == whole and stop <= claim.start else ""
                if between and len(between) < 80 and _INCLUDING.search(between):
                    return claim, Interval(whole, whole), _quote(doc.text, at, claim.end)
                of = _OF_WHOLE.search(doc.text, max(begin, at - 12), at) if v == whole else None
                if of is not None:
                    low, high = min(of.start(), claim.start), max(stop, claim.end)
                    return claim, Interval(whole, whole), _quote(doc.text, low, high)
            chain = _chain(doc.text, claim, _numbers(doc.text, begin, end))
            for first in range(len(chain)):
                for last in range(first + 1, len(chain)):
                    window = chain[first : last + 1]
                    if own in (v for _, _, v in window) and sum(v for _, _, v in window) == whole:
                        low, high = window[0][0], _word_after(doc.text, window[-1][1])
                        return claim, Interval(whole, whole), _quote(doc.text, low, high)
    return None


_LISTED = re.compile(r"^(?:\s*[\w'-]+){0,3}\s*(?:,|\band\b|\bplus\b)(?:\s*[\w'-]+){0,2}\s*$")
_DOING = re.compile(r"\w(?:ing|ed)\b")


def _chain(
    text: str, claim: Claim, found: Sequence[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    """The numbers listed together with the claim's own ("12 Somali and 11 Yemeni",
    "seven rifles, two pistols"): neighbours with a comma or "and" between them, a few
    words of what they count and no verb ("killing 10 and wounding 70" lists two counts of
    different things)."""
    inside = [x for x in found if claim.start <= x[0] < claim.end]
    if not inside:
        return []
    # Numbers inside the claim's own span count too: "12 Somali and 11 Yemeni pirates" read
    # as one figure lists its breakdown itself.
    items = sorted([*inside, *(x for x in found if x[1] <= claim.start or x[0] >= claim.end)])
    at = items.index(inside[0])
    low = high = at
    while low > 0 and _listed(text[items[low - 1][1] : items[low][0]]):
        low -= 1
    while high + 1 < len(items) and _listed(text[items[high][1] : items[high + 1][0]]):
        high += 1
    return items[low : high + 1]


def _listed(between: str) -> bool:
    return _LISTED.match(between) is not None and _DOING.search(between) is None


def _numbers(text: str, begin: int, end: int) -> list[tuple[int, int, float]]:
    """The whole numbers of a stretch of text, in digits or words, with their offsets; a
    number that is part of a name ("AK-47", "G-20") counts nothing and is left out."""
    out = []
    for found in _NUMBER.finditer(text, begin, end):
        word = found.group(0)
        if word[0].isdigit():
            if _NAMED_NUMBER.search(text, max(0, found.start() - 3), found.start()):
                continue
            out.append((found.start(), found.end(), float(word.replace(",", ""))))
        elif word.lower() in NUMBER_WORDS:
            read = read_word_number(text, found.start())
            if read is not None and read.end <= end:
                out.append((read.start, read.end, float(read.value)))
    return out


def _word_after(text: str, end: int) -> int:
    """Where the word after a number ends (what the last number of a list counts)."""
    found = re.match(r"[ \t]+[^\W\d_][\w'-]*", text[end : end + 40])
    return end + found.end() if found else end


def _quote(text: str, start: int, end: int) -> str:
    """The text between two offsets as it stands, its spaces closed up."""
    return " ".join(text[start:end].split())


def _clusters(items: Sequence[tuple[Claim, Interval]]) -> list[tuple[Interval, list[Claim]]]:
    """Values that can hold together, merged (lowest first), with the claims giving them."""
    out: list[tuple[Interval, list[Claim]]] = []
    for claim, found in sorted(items, key=lambda x: (x[1].low, x[1].high, x[0].id)):
        if out and out[-1][0].meets(found):
            merged = hull((out[-1][0], found))
            assert merged is not None
            out[-1] = (merged, [*out[-1][1], claim])
        else:
            out.append((found, [claim]))
    return out


def _parted(claims: Sequence[Claim], anchors: Sequence[Interval]) -> tuple[tuple[Claim, ...], ...]:
    """The claims shared out to the anchor values they are nearest (a vague amount by the
    floor its words give: "several" near 4, "hundreds" near 355); parts left empty are
    dropped."""
    parts: list[list[Claim]] = [[] for _ in anchors]
    for claim in claims:
        found = _reach(claim)
        n = min(range(len(anchors)), key=lambda k: (_distance(found, anchors[k]), k))
        parts[n].append(claim)
    return tuple(tuple(p) for p in parts if p)


def _reach(claim: Claim) -> Interval:
    """The values a claim allows, a vague amount read from the numbers its words give."""
    figure = claim.figure
    found = interval_of(figure, claim.text) if figure is not None else None
    if found is not None or figure is None:
        return found or Interval(0.0, math.inf)
    low = figure.low if figure.low is not None else 0.0
    return Interval(low, figure.high if figure.high is not None else low)


def _distance(found: Interval, anchor: Interval) -> float:
    """How far apart two intervals lie, as the log of the ratio of their nearest bounds."""
    if found.meets(anchor):
        return 0.0
    low, high = sorted((found, anchor), key=lambda i: i.low)
    return math.log(max(high.low, 1e-9) / max(low.high, 1e-9))


def said_value(claim: Claim) -> str:
    """A claim's value as a reader would say it: a vague count in the report's own words
    ("hundreds", "dozens", ``intervals.vague_words``), never as a number it does not
    give."""
    if claim.figure is None:
        return claim.text
    words = vague_words(claim.figure, claim.text)
    return words.casefold() if words else describe(claim.figure)


def _gives(claim: Claim, documents: Mapping[str, Document]) -> str:
    """Who gives a claim's figure and the figure, for an explanation: "police give 12"."""
    return f"{speaks(publisher(claim, documents), 'give')} {said_value(claim)}"


def _common_unit(claims: Sequence[Claim]) -> str | None:
    """The unit a measure's range is given in: its figures' own, the finest of the units
    of duration they are said in ("a week" and "8 days": days), or the unit most of its
    figures give a length, speed, weight, temperature or area in, the first named on a tie
    ("150 km" twice and "93 miles" once: kilometres), as the reports write it."""
    units = {c.figure.unit for c in claims if c.figure is not None}
    if len(units) <= 1:
        return next(iter(units), None)
    timed = [u for u in units if u in SECONDS]
    if timed:
        return min(timed, key=lambda u: SECONDS[u])
    given = Counter(
        c.figure.unit for c in claims if c.figure is not None and c.figure.unit in MEASURES
    )
    return given.most_common(1)[0][0] if given else None


def _rising(series: Sequence[Series], *, either: bool = False) -> tuple[Point, Point] | None:
    """The earliest and the latest point when the sources' values rise with their days
    (or their times of one day: :mod:`.clocks`); with ``either``, when they change with
    them in either direction (values of one moment still agree)."""
    points = [s.latest for s in series]
    if any(not p.date and not p.earlier for p in points):
        return None
    ordered = False
    for p in points:
        for q in points:
            step = _order(p, q)
            if step == 0 and not p.interval.meets(q.interval):
                return None
            if step < 0:
                ordered = True
                if q.interval.high < p.interval.low and not either:
                    return None  # a later report gives less: time does not explain it
    if not ordered:
        return None
    # The first figure named is the earliest one's lowest, restated ones included (a
    # source's "at least 40" that its later 52 can hold).
    told = [p for s in series for p in (*s.current, s.latest) if p.date or p.earlier]
    first = min(told, key=lambda p: (not p.earlier, p.date, _minutes(p), p.interval.low, p.root))
    if either:
        first = min(points, key=lambda p: (not p.earlier, p.date, _minutes(p), p.root))
    last = max(points, key=lambda p: (not p.earlier, p.date, _minutes(p), p.interval.high, p.root))
    return first, last


_MISSED = re.compile(r"\bmiss(?:ed|es|ing)?\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)


def _missed(claims: Sequence[Claim], documents: Mapping[str, Document]) -> bool:
    """Whether a figure counts what someone missed ("missed 10 games", "missing two
    flights"), not people who are missing."""
    for claim in claims:
        doc = documents.get(claim.doc)
        before = doc.text[max(0, claim.start - 30) : claim.start] if doc else ""
        if "miss" in before.lower() and _MISSED.search(before):
            return True
    return False


def _stated_rise(series: Sequence[Series]) -> bool:
    """Whether the numbers the sources state rise from their earliest report day to their
    latest beyond what the first day's figures allow, though their values can all hold
    ("at least 3" one day, 10 the next; never "about 50" and then 52)."""
    dated = [
        (p.date, v, _ceiling(c.figure, v))
        for s in series
        for p in s.current or (s.latest,)
        for c in p.claims
        if p.date and c.figure is not None and (v := stated_value(c.figure)) is not None
    ]
    if len({d for d, _, _ in dated}) < 2:
        return False
    first, last = min(d for d, _, _ in dated), max(d for d, _, _ in dated)
    return max(v for d, v, _ in dated if d == last) > min(c for d, _, c in dated if d == first)


def _said_rise(series: Sequence[Series]) -> tuple[Point, Point] | None:
    """A count a report says rose ("the toll rose to 10"), with lower figures from reports of
    unknown day: those are read as the figures before the rise, when every other figure
    can hold the risen one. Returns the lowest earlier point and the risen one."""
    points = [p for s in series for p in s.current]
    risen = [p for p in points if p.changed and _stated(p) is not None]
    if not risen:
        return None
    top = max(risen, key=lambda p: (_stated(p) or 0.0, p.date, p.root))
    value = _stated(top)
    assert value is not None
    lower = [
        p
        for p in points
        if not p.date
        and p.claims[0].doc != top.claims[0].doc
        and all(
            c.figure is not None
            and (v := stated_value(c.figure)) is not None
            and _ceiling(c.figure, v) < value
            for c in p.claims
        )
    ]
    rest = [p for p in points if p not in lower]
    if not lower or not all(p.interval.meets(top.interval) for p in rest):
        return None
    return min(lower, key=lambda p: (p.interval.low, p.root)), top


# Words telling a count as it stands so far, expected to grow: "there was one arrest at
# this point", "the toll so far", "as of Monday night".
_SO_FAR = re.compile(
    r"\b(?:so\s+far|thus\s+far|at\s+this\s+(?:point|stage|hour|time)|as\s+of\s+(?:now|"
    r"this|\w+day|\d)|to\s+date|at\s+last\s+count|for\s+now|by\s+then|at\s+that\s+"
    r"(?:point|time|stage))\b",
    re.IGNORECASE,
)


def provisional(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether the figure's sentence tells its count as it stands so far (``_SO_FAR``)."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    # A sentence cut short by an abbreviation ("At this point (10:30 p.m.), ...") is read
    # from its line's words just before the figure too.
    line = doc.text.rfind("\n", 0, claim.start) + 1
    begin = min(begin, max(line, claim.start - 100))
    return _SO_FAR.search(doc.text, begin, end) is not None


def _provisional_rise(
    series: Sequence[Series], documents: Mapping[str, Document]
) -> tuple[Point, Point] | None:
    """A running count whose lower figures are each told as the count so far ("at this
    point there was one arrest"), in reports no later than the highest figure's: a count
    so far is expected to grow, so the higher figure is read as the later one, when every
    other figure can hold it. Returns the lowest provisional point and the highest one."""
    points = [p for s in series for p in s.current]
    stated = [p for p in points if _stated(p) is not None]
    if len(stated) < 2:
        return None
    top = max(stated, key=lambda p: (_stated(p) or 0.0, p.date, p.root))
    value = _stated(top)
    assert value is not None
    lower = [p for p in points if not p.interval.meets(top.interval)]
    if not lower:
        return None
    for point in lower:
        if point.date and top.date and point.date > top.date:
            return None
        if point.claims[0].doc == top.claims[0].doc:
            return None
        if not all(
            provisional(c, documents)
            and c.figure is not None
            and (v := stated_value(c.figure)) is not None
            and _ceiling(c.figure, v) < value
            for c in point.claims
        ):
            return None
    return min(lower, key=lambda p: (p.interval.low, p.root)), top


def _stated(point: Point) -> float | None:
    """The highest number a point's figures state."""
    values = [v for c in point.claims if c.figure and (v := stated_value(c.figure)) is not None]
    return max(values) if values else None


def _ceiling(figure: Figure, stated: float) -> float:
    """The most a figure says, for telling a rise: its number for a floor ("at least 3"
    is 3 as said), else the top of what it allows ("about 50" allows 55)."""
    found = interval_of(figure)
    if figure.hedge == "at_least" or found is None:
        return stated
    return found.high


def _unresolved(series: Sequence[Series]) -> tuple[Point, Point] | None:
    """A superseded value that disagreed with another source, and still does.

    The later figures of its source do not settle the disagreement unless one of the
    numbers they state falls inside the other source's values: a floor ("at least 48")
    restating an official 48 does not reach a hospital's "about 60".
    """
    for s in series:
        later = [
            v
            for p in s.current
            for c in p.claims
            if c.figure is not None and (v := stated_value(c.figure)) is not None
        ]
        for old in s.superseded:
            for other in series:
                if other is s or old.interval.meets(other.latest.interval):
                    continue
                target = other.latest.interval
                if not any(target.low <= v <= target.high for v in later):
                    return old, other.latest
    return None


def _extremes(series: Sequence[Series]) -> tuple[Point, Point]:
    """The source with the lowest ceiling and the one with the highest floor."""
    low = min(series, key=lambda s: (s.latest.interval.high, s.root)).latest
    high = max(series, key=lambda s: (s.latest.interval.low, s.root)).latest
    return low, high


def _say(
    point: Point,
    upstreams: Upstreams,
    documents: Mapping[str, Document],
    end: str | None = None,
) -> str:
    """Who gives the point's value and what it is: with ``end`` "low" or "high", the
    point's lowest or highest stated number (a rise is told from the lowest first figure
    to the highest last one; a dispute by the values nearest each other)."""
    claim = point.claims[0]
    stated = [
        (v, c) for c in point.claims if c.figure and (v := stated_value(c.figure)) is not None
    ]
    if end is not None and stated:
        pick = min if end == "low" else max
        claim = pick(stated, key=lambda x: x[0])[1]
    value = describe(claim.figure) if claim.figure else claim.text
    fear = feared(claim, documents)
    # One that nothing befell singles out one of a kind: say how it is read.
    one = " (one of a kind: at least one)" if singles_out(claim) and claim.figure else ""
    return f"{speaks(upstreams.name(claim.id), 'give')} {value}{one}{' ' + fear if fear else ''}"


def _say_all(point: Point, upstreams: Upstreams, documents: Mapping[str, Document]) -> str:
    """Who gives the point's value and every number it states: a source whose reports give
    several values of the measure ("1" and "2" cops) is said to give them all, so a reader
    sees why they can hold with the others'."""
    unit = _common_unit(point.claims)
    stated = sorted(
        {
            (in_unit(v, c.figure, unit), c.id): c
            for c in point.claims
            if c.figure and (v := stated_value(c.figure)) is not None
        }.items()
    )
    values = sorted({v for (v, _), _ in stated})
    if len(values) < 2:
        return _say(point, upstreams, documents)
    low = next(c for (v, _), c in stated if v == values[0])
    high = next(c for (v, _), c in stated if v == values[-1])
    both = "both {} and {}" if len(values) == 2 else "values from {} to {}"
    return (
        f"{speaks(upstreams.name(low.id), 'give')} {both.format(said_value(low), said_value(high))}"
    )


def not_compared(claims: Sequence[Claim]) -> tuple[tuple[Claim, ...], tuple[Claim, ...]]:
    """The vague counts of a measure whose words fix an order of magnitude ("hundreds",
    ``intervals.MAGNITUDES``), split into those that cannot hold with the value the
    numbers beside them share and those that can.

    A vague count never decides a verdict, but one of another order than the numbers
    beside it ("hundreds" beside 10,000) is named and shown as not compared, never as
    agreeing with them. The numbers' shared value is read per report (a report's numbers
    for one measure are one interval, their hull); when they share none, the verdict
    speaks of the numbers themselves and no vague count is set apart.

    Args:
        claims: The figure claims of one measure.

    Returns:
        The vague claims of another order, and those of an order that can hold.
    """
    agreed, units = _agreed(claims)
    if agreed is None:
        return (), ()
    apart: list[Claim] = []
    fitting: list[Claim] = []
    for claim in claims:
        figure = claim.figure
        if figure is None or figure.unit not in units:
            continue
        order = magnitude_of(figure, claim.text)
        if order is not None:
            (fitting if order.meets(agreed) else apart).append(claim)
    return tuple(apart), tuple(fitting)


def _agreed(claims: Sequence[Claim]) -> tuple[Interval | None, set[str | None]]:
    """The value a measure's numbers share, read per report (a report's numbers for one
    measure are one interval, their hull), with their unit; None when they share none or
    are said in several units."""
    numbers: dict[str, list[Interval]] = {}
    units: set[str | None] = set()
    for claim in claims:
        found = interval_of(claim.figure, claim.text) if claim.figure else None
        if claim.figure is not None and found is not None:
            numbers.setdefault(claim.doc, []).append(found)
            units.add(claim.figure.unit)
    agreed = common(h for ranges in numbers.values() if (h := hull(ranges)) is not None)
    return (agreed if len(units) == 1 else None), units


def _vague_rise(
    claims: Sequence[Claim], documents: Mapping[str, Document]
) -> tuple[Claim, Claim] | None:
    """A running count's rise from a vague count to the numbers: "dozens" killed in a
    report of a day before every report giving the 112 the numbers agree on is the toll of
    that earlier day (the vague count and the latest number's claim), else None. Only
    reports of known days decide, and only a vague count wholly below the numbers."""
    agreed, _ = _agreed(claims)
    if agreed is None:
        return None
    numbers = [c for c in claims if c.figure and interval_of(c.figure) is not None]
    days = [published(c, documents) for c in numbers]
    if not numbers or not all(days):
        return None
    for claim in not_compared(claims)[0]:
        order = magnitude_of(claim.figure, claim.text) if claim.figure else None
        day = published(claim, documents)
        if order is not None and order.high < agreed.low and day and day < min(days):
            return claim, max(numbers, key=lambda c: published(c, documents))
    return None


def orders_apart(claims: Sequence[Claim]) -> str:
    """Why a measure's vague counts of another order (``not_compared``) are another
    quantity than its numbers, in words: "'several hundred' is of another order than
    10,000 and at least 10,000"."""
    apart, _ = not_compared(claims)
    words = list(dict.fromkeys(f"'{said_value(c)}'" for c in apart))
    numbers = list(
        dict.fromkeys(said_value(c) for c in claims if c.figure and interval_of(c.figure))
    )
    verb = "is" if len(words) == 1 else "are"
    return f"{listing(words)} {verb} of another order than {listing(numbers)}"


def _said(claims: Sequence[Claim], upstreams: Upstreams) -> list[str]:
    """Vague counts said as the reports write them, with who gives each: "'hundreds' (the
    report 'X')"; one count given alike by one source is said once."""
    return list(
        dict.fromkeys(
            f"'{(vague_words(c.figure, c.text) or c.text).casefold()}' ({upstreams.name(c.id)})"
            for c in claims
            if c.figure is not None
        )
    )


def _apart_sentence(apart: Sequence[str], numbers_said: Sequence[str]) -> str:
    """Why vague counts of another order are not compared with the numbers beside them."""
    one = len(apart) == 1
    return (
        f"{listing(apart)} {'is' if one else 'are'} of another order than "
        f"{listing(numbers_said)}, so {'it' if one else 'they'} cannot count the same thing "
        f"at the same time and {'is' if one else 'are'} not compared"
    )


def _single_sentence(claims: Sequence[Claim], upstreams: Upstreams) -> str:
    """Who gives a measure no second source's number can be set against, and what each
    gives: "Only Reuters gives this figure: 12; Valley Courier reports it." "Only" is said when
    one independent source gives every value; when several do (words of amount beside
    one number, "several hundred" in two reports, two values one report gives two
    speakers), each is named with its own values, none hidden behind the first. Outlets
    that carry a source's figure are named, never counted as mere repeats."""
    by_root: dict[str, list[Claim]] = {}
    for claim in claims:
        by_root.setdefault(upstreams.root(claim.id), []).append(claim)
    parts = []
    names = []
    for told in by_root.values():
        name = min((upstreams.name(c.id) for c in told), key=lambda n: (len(n), n))
        names.append(name)
        values = list(dict.fromkeys(said_value(c) for c in told if c.figure))
        parts.append((name, values or [said_value(told[0])]))
    tail = _carried_by(claims, names)
    if len(parts) == 1:
        name, values = parts[0]
        if len(values) > 1:
            # One source giving the quantity twice, differently ("from dozens a day to
            # fewer than 10"): every value it gives is said, none hidden behind the first.
            return f"Only {speaks(name, 'give')} figures for this: {listing(values)}{tail}."
        return f"Only {speaks(name, 'give')} this figure: {values[0]}{tail}."
    said = [f"{speaks(name, 'give')} {listing(values)}" for name, values in parts]
    return f"Each source's figure stands alone: {listing(said)}{tail}."


def _carried_by(claims: Sequence[Claim], names: Sequence[str]) -> str:
    """The outlets that carry a measure's figures beyond the sources named, as the end of
    a sentence ("; Valley Courier and AFP report it"), else how many reports repeat it when
    they are all of the named sources' own outlets; nothing when the reports are no
    more than the sources (two sources in two reports repeat nothing)."""
    docs = {c.doc for c in claims}
    if len(docs) <= len(names):
        return ""
    outlets = sorted(
        {c.outlet for c in claims if c.outlet and not any(c.outlet in n for n in names)}
    )
    if len(outlets) > 1:
        return f"; {', '.join(outlets[:-1])} and {outlets[-1]} report it"
    if outlets:
        return f"; {outlets[0]} reports it"
    if len(names) > 1:
        # "repeated" would read as said of the last source named only.
        return f"; {len(docs)} reports carry them"
    return f", repeated in {len(docs)} reports"


def _update_sentence(series: Series, upstreams: Upstreams) -> str:
    old = series.superseded[0].claims[0]
    new = series.latest.claims[0]
    old_value = describe(old.figure) if old.figure else old.text
    new_value = describe(new.figure) if new.figure else new.text
    if old.doc == new.doc:
        return (
            (
                f"{upstreams.name(new.id)} gave {old_value} and then {new_value} in one report "
                f"{dated(series.latest.date, '')}, and the later figure supersedes the earlier one"
            )
            .replace("  ", " ")
            .replace(" ,", ",")
        )
    return (
        f"{upstreams.name(new.id)} revised {their(upstreams.name(new.id))} figure from {old_value} "
        f"{dated(series.superseded[0].date, 'in an earlier report')} to {new_value} "
        f"{dated(series.latest.date, 'in a later report')}, and the later figure supersedes "
        "the earlier one"
    )


def listing(items: Sequence[str]) -> str:
    """Items as a reader lists them: "a", "a, and b", "a; b; and c"."""
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]}, and {items[1]}"
    return "; ".join(items[:-1]) + f"; and {items[-1]}"


def dated(day: str, otherwise: str) -> str:
    """ "on 2026-03-11", or the fallback words when the day is unknown."""
    return f"on {day}" if day else otherwise


def _upper(text: str) -> str:
    return text[:1].upper() + text[1:]
