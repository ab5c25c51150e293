"""Verdicts on a measure: agree, conflict, update or single, with a sentence that says why.

Rules, applied to the figures of one measure (vague amounts never decide):

1. Each independent source (:mod:`.sources`) gives a **series** of values over its
   reports. A report's values for one measure are read together as one interval (their
   hull): a report never contradicts itself, and two numbers for one measure in one report
   are a total and its breakdown (city vs city and countryside). Values of one source that
   cannot both hold are never a range that absorbs another source's value between them:
   the measure is split by that source's values when no part is then in dispute
   (:func:`discordant_split`), else its agreement is told as resting on a source's own
   discrepancy, never as values that can all hold.
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
   update         a running count one source gives as two values that cannot both
                  hold in two reports no day or time sets in order (a wire story sent
                  again with its toll raised): the higher is read as the later
   update         a figure a report says was lowered ("the ministry lowered the death
                  toll to 11", "revised its estimate down to") beside higher figures of
                  reports no later than it: a revision, not a dispute
   update         a market's move during trading and the same day's close
                  (:mod:`.revisions`): the close is the day's later reading
   conflict       the latest values of two sources cannot both hold (no common value
                  under the tolerance of :mod:`.intervals`)
   update         the latest values agree (or there is one source) and a source's own
                  figure changed over time: 43 on one day, 48 two days later
   conflict       one source named in two outlets' reports of one day, each giving it
                  one value, told alike, that the other cannot hold (not a running
                  count): one outlet misreports it (:func:`misquoted_pair`)
   conflict       one source named by one outlet for a value of a count that does not
                  run on, while two or more other outlets give the source's figure as
                  another value, one of them in a report as late or later: the lone
                  outlet misreports it, or the others do (:func:`misquoted_by_one`)
   single         one independent source, unchanged
   agree          two or more sources whose values all share one value
   =============  =====================================================================

A single source's figure repeated by several outlets names those outlets: one source, not
one report. A count of those "feared dead" (believed, presumed) is a ceiling, not a
confirmed toll: confirmed deaths below it do not dispute it. A figure told as a
possibility ("might have been three killed", "could reach 40", "if 30 were hurt"), proposed
("has proposed a 17 percent rate"), denied
("did not evacuate 500"; "not more than 500" is a bound), set aside for another value
("11 people, not 15, were killed") or of people spared ("two nearly
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
  a sentence giving one value in a parenthesis another source's word opens ("police said
  no one was hurt (the Post says three were injured)"), or one source across its
  sentences (an official 43 set against its own 60), may be a dispute and are left alone.
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
  change is never read so; nor a value the report tells as a campaign's running total
  ("a total of 19 rifles during the four operations") where the other report gives its
  value as one act's count: that report's figure is then in dispute with the others'
  count of the act.
- **a report's own count beside a source's**: a report that gives one value in its own
  words and, in another sentence, another value it credits to a quoted source ("attacked
  four shops and a bank" overnight; a shopkeeper's "we have 300 damaged shops") prints both
  knowing they differ: told side by side with no word setting them against each other or
  saying one changed, they count two things (one night's and the whole toll's), and the
  other reports' values go with the one they meet.
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
  of New Hampshire poll", "the Rasmussen Reports poll") are two quantities, and so are one
  pollster's polls asked over different days ("taken Sept. 10-13", "taken Sept. 28 to Oct. 2").
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

An agreement can hide a dispute too: a sentence giving, in its report's own voice, a count
of a whole and of a part named by another noun ("about 300 people marched when about forty
young protesters broke off") spans, read as one interval, every count between
them, so "nearly 200" elsewhere seems to agree with it. Such a measure is split as a
conflict is (:func:`hidden_dispute`), and kept split only when the reports then disagree
on the whole.

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
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date as calendar_day
from itertools import combinations

from triangulate.claims.attribution.lexicon import PERSON_NOUNS
from triangulate.claims.numwords import NUMBER_WORDS
from triangulate.model import Claim, Document, Verdict
from triangulate.nlp.words import may_hold
from triangulate.reconcile import ballots, clocks
from triangulate.reconcile.ages import is_age
from triangulate.reconcile.cases import others_apart, stages_apart
from triangulate.reconcile.clocks import Clock
from triangulate.reconcile.events import (
    events_apart,
    moves_apart,
    numbered_events_apart,
    occasions_apart,
    sizes_apart,
    told_day,
    undated_apart,
)
from triangulate.reconcile.games import causes_apart, games_apart
from triangulate.reconcile.holders import Names, held_apart
from triangulate.reconcile.intervals import (
    AS_GIVEN,
    MEASURES,
    SECONDS,
    Interval,
    all_agree,
    common,
    describe_said,
    figure_range,
    hull,
    in_unit,
    magnitude_of,
    number,
    own_hedge,
    told_words,
    tolerance,
    unit_value,
    vague_words,
)
from triangulate.reconcile.intervals import stated as stated_value
from triangulate.reconcile.kinds import kinds_apart
from triangulate.reconcile.matches import game_of_side
from triangulate.reconcile.payments import (
    fines_apart,
    payment_of,
    payments_apart,
    raisers_apart,
    spenders_apart,
    targets_apart,
)
from triangulate.reconcile.polls import (
    added_apart,
    audiences_apart,
    ballots_apart,
    error_margins_apart,
    field_periods_apart,
    pair_sides_apart,
    polled_apart,
    polled_words,
    polls_apart,
    ranked_apart,
    screens_apart,
    thresholds_apart,
)
from triangulate.reconcile.reports import reports_apart
from triangulate.reconcile.revisions import closing_revision, days_order
from triangulate.reconcile.sets import (
    acts_apart,
    categories_apart,
    combined_apart,
    done_apart,
    lists_apart,
    members_apart,
    named_sets_apart,
    narrowed_members_apart,
    picked_sets_apart,
    spans_apart,
    stakes_apart,
    unanchored_apart,
)
from triangulate.reconcile.shares import (
    answers_apart,
    any_and_one_apart,
    share_holders_apart,
    shares_apart,
    wholes_apart,
)
from triangulate.reconcile.sources import Upstreams, normalise, own_voice, publisher
from triangulate.reconcile.splits import (
    EARLIER,
    EARLIER_WORDS,
    TELLING,
    Keyed,
    Split,
    changed_cue,
    claims_of,
    closed_up,
    dated,
    day_number,
    numbers_in,
    parted,
    provisional,
    published,
    said_value,
    split_by,
    value_clusters,
    who_gives,
    with_rest,
)
from triangulate.reconcile.statements import sentence_span
from triangulate.reconcile.things import (
    crowds_apart,
    distances_apart,
    rest_apart,
    states_apart,
    stretches_apart,
    things_apart,
)
from triangulate.reconcile.times import for_time, other_time, placed_at, told_as_part
from triangulate.reconcile.topics import running_sum, tells_tally
from triangulate.reconcile.wording import singular, speaks, their

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
# A value set aside for the one just before it: "11 people, not 15, were killed", "put the
# toll at 11 (not 15)", "11 rather than 15", "11 - not 15 as first reported".
_REJECTED = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|"
    r"dozen)\b)[^\d.;:!?]{0,40}?(?:,|\(|\s[-\u2013\u2014])\s*(?:and\s+|but\s+)?"
    r"(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Not one", "not a single", "not any": none, not a value set aside.
_ANY_ONE = re.compile(r"(?:one|a|an|any|single)\b", re.IGNORECASE)
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


# The cases an outbreak's tally counts: "14 cases of cholera", "52 confirmed infections".
_CASE_NOUNS = frozenset({"case", "cases", "infection", "infections"})
# Words telling of a disease in a sentence counting cases: a case is then one infected.
_DISEASE = re.compile(
    r"\b(?:confirmed|suspected|infect\w*|outbreak|epidemic|disease|virus|viral|illness|"
    r"tested\s+positive|cholera|measles|influenza|flu|dengue|malaria|ebola|tuberculosis|"
    r"typhoid|mpox|polio|meningitis|covid[\w-]*|coronavirus|fever)\b",
    re.IGNORECASE,
)


def cases_of_disease(claims: Sequence[Claim], documents: Mapping[str, Document]) -> bool:
    """Whether a measure counts the cases of a disease: every figure counts cases or
    infections ("14 cases of cholera", "52 confirmed cholera cases") and a sentence of it
    tells of the disease. Health officials count cases as they are confirmed and report the
    total so far, so the tally rises with the reports, as a toll does: a later, higher
    count is the same tally updated."""
    figures = [c for c in claims if c.figure is not None]
    if not figures:
        return False
    for claim in figures:
        assert claim.figure is not None
        words = (claim.figure.counted or "").lower().split()
        if not words or words[-1] not in _CASE_NOUNS:
            return False
    for claim in figures:
        doc = documents.get(claim.doc)
        if doc is not None and _DISEASE.search(
            doc.text, *sentence_span(doc.text, claim.start, claim.end)
        ):
            return True
    return False


def running_sums(claims: Sequence[Claim], documents: Mapping[str, Document]) -> bool:
    """Whether a measure is a sum of money that two or more of its figures tell as a running
    total (:func:`~.topics.running_sum`: "has grossed $368 million", "has already taken
    $459 million"): a film's gross or an appeal's takings grow as reports come in, as a toll
    does, and a later report's larger sum is the total updated."""
    told = [
        c
        for c in claims
        if c.figure is not None
        and c.figure.kind == "money"
        and (doc := documents.get(c.doc)) is not None
        and running_sum(c, doc)
    ]
    return len(told) >= 2


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
    found = figure_range(claim, documents)
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
        first = numbers_in(after, 0, len(after))
        if first and _SPARED.match(after, first[0][1]):
            return True
    denied = _DENIED.search(before) if may_hold(before, ("not", "never", "n't")) else None
    if denied is not None and not _WOULD.search(before, 0, denied.start() + 1):
        return True
    if (
        may_hold(before, ("not", "rather", "instead"))
        and _REJECTED.search(before)
        and not _ANY_ONE.match(claim.text)
    ):
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
    return (payment_of(claim, documents) or ("", ""))[0] != "damages sought"


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
        day = told_day(claim, documents) if by_day else None
        key = (upstreams.root(claim.id), day or published(claim, documents), claim.doc)
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
    had said 40", "earlier, police put the toll at", "initially said", "had initially put
    the toll from the floods at", :data:`_EARLIER_PUT`; "up from 12", :data:`_RISEN_FROM`);
    "earlier" that dates what the figure counts ("he earlier pleaded guilty to four
    charges") does not."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    if _EARLIER_PUT.search(doc.text, max(0, claim.start - 140), claim.start) is not None:
        return True
    if _RISEN_FROM.search(doc.text, max(0, claim.start - 40), claim.start) is not None:
        return True
    before = doc.text[max(0, claim.start - 60) : claim.start]
    ago = _TOLD_AGO.search(before) if may_hold(before, ("ago", "last ")) else None
    if ago is not None and TELLING.search(before, ago.end(1)) is not None:
        return True
    found = EARLIER.search(before) if may_hold(before, EARLIER_WORDS) else None
    if found is None:
        return False
    return found.group(1) is None or TELLING.search(before, found.end(1)) is not None


# A telling its words place an earlier day than its report's, up to the figure: "two weeks
# ago, police said 12", "last month the ministry put the toll at" (with a word of telling
# after it: "12 boats sank last week" dates what was counted, not a telling of it).
_TOLD_AGO = re.compile(
    r"\b(last\s+(?:week|month)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"a\s+few|several|\d+)\s+(?:days?|weeks?|months?)\s+ago)\b[^.]{0,40}$",
    re.IGNORECASE,
)
# The value a count rose from: "31 killed, up from 12", "the toll rose from 12 to 31".
_RISEN_FROM = re.compile(
    r"\b(?:up|rising|rose|risen|climbing|climbed|increased|jumped|grew|grown|soared|surged)"
    r"\s+from\s+(?:(?:about|around|some|nearly|almost|roughly|at\s+least)\s+)*$",
    re.IGNORECASE,
)
# An earlier estimate told as one put at its value, however long the words naming what it
# counts: "police had initially put the toll from floods in the town at 12", "officials
# earlier estimated the number of people evacuated at 2,000".
_EARLIER_PUT = re.compile(
    r"\b(?:earlier|previously|initially|at\s+first|first|originally)\s+(?:put|placed|set|"
    r"estimated|pegged|gave)\s+(?:the|its|their|his|her)\s+[^.;:!?]{0,90}?\bat\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|least|at\s+least)\s+)*$",
    re.IGNORECASE,
)


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


def misquoted_by_one(
    series: Sequence[Series], documents: Mapping[str, Document]
) -> tuple[list[Point], Point] | None:
    """One outlet giving a source's figure as a value that what several other outlets give
    for it cannot hold: "six rifles" in four outlets' reports of one seizure, "19 rifles
    ..., Varga said" in a fifth. A source gives one value for one count, and the count
    does not run on, so the lone outlet misreports it (or the others do): a dispute
    between outlets, though one source stands behind them all.

    Every report gives one value, with no words of change or of an earlier figure (a
    report giving two is a whole and its part, :func:`_told_in_turn`). The lone report
    names the source as its speaker; the others, each giving a value all of theirs can
    hold, may carry the source's figure without naming it again (their figure is traced
    to it). At least two outlets other than the lone report's give that value, so which
    value the source gave is itself told by more than one outlet, and one of them in a
    report of the lone report's day or later, so the lone value is no revision the others
    had not caught up with; and the counted thing is named alike ("rifles"). Returns the
    majority's points and the lone point, or None.
    """
    if len(series) != 1:
        return None
    told = series[0].current
    if not all(_one_value(p) for p in told):
        return None
    for lone in told:
        claim = lone.claims[0]
        if claim.said_by is None or claim.said_by.anonymous or lone.date is None:
            continue
        others = [p for p in told if not p.interval.meets(lone.interval)]
        if not others or len(others) != len(told) - 1:
            continue
        if not all(p.interval.meets(q.interval) for p in others for q in others):
            continue
        apart = [
            p
            for p in others
            if p.date
            and not _one_outlet(claim, p.claims[0], documents)
            and _counted_alike(claim, p.claims[0])
        ]
        outlets = {normalise(publisher(p.claims[0], documents)) for p in apart}
        # A report of the lone one's day or later still gives the others' value: the
        # source did not revise its figure to the lone value in between.
        since = any(p.date and p.date >= lone.date for p in others)
        if len(apart) == len(others) and len(outlets) >= 2 and since:
            return sorted(others, key=lambda p: p.claims[0].id), lone
    return None


def _one_value(point: Point) -> bool:
    """Whether a report gives its source's figure as one stated value with no words of
    change or of an earlier figure, its speaker named or not."""
    if point.changed or point.earlier:
        return False
    values = {stated_value(c.figure) if c.figure is not None else None for c in point.claims}
    return len(values) == 1 and None not in values


def _counted_alike(a: Claim, b: Claim) -> bool:
    """Whether two figures count a thing named by one noun ("rifles")."""
    one = (a.figure.counted or "").casefold() if a.figure else ""
    two = (b.figure.counted or "").casefold() if b.figure else ""
    return bool(one) and one == two


def _told_alike(a: Claim, b: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether two reports tell a figure in the same words, its number aside: an outlet
    that misreports a source changes the number, not what it is of. The clause holding
    each figure (:func:`_clause_words`) must hold the same common words, so "300 million
    monthly users" is not "120 million daily users", "4,100 workers" at a plant not
    68,000 at the company, sales "in the United States" not sales "worldwide". Its names
    must be those of the other, or hold them: "Senator Ruth Calder" is "Calder", but
    "Harlow Motors" is not "Vantor Motors", though "the company" says both. So must the group
    of those asked ("likely voters" is not "registered voters", :func:`~.polls.polled_group`) and
    the place or the nation (:func:`~.ballots.scope_place`): one source's figure for
    another population is another figure, never the same one misreported. A share held
    is told alike by any verb of holding it ("has 44 percent", "leads with 48 percent",
    :data:`_HOLDS_SHARE`)."""
    one, two = _clause_words(a, documents), _clause_words(b, documents)
    return (
        one is not None
        and two is not None
        and one[0] == two[0]
        and (one[1] <= two[1] or two[1] <= one[1])
        and polled_words(a, documents).casefold() == polled_words(b, documents).casefold()
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
# Verbs that say a name holds a share, whichever a report uses: "Calder has 44 percent",
# "Calder leads with 48 percent", "gets", "draws", "polls at", "stands at". A share told
# with one of them is the same share told with another (a lead "by 4 points" is a gap,
# another figure); a verb in the past tense ("had", "led with") may tell an earlier poll,
# and stays apart from one in the present.
_HOLDS_SHARE = re.compile(
    r"\b(?:has|have|(?:leads?|trails?|is\s+ahead|are\s+ahead)\s+with|gets?|draws?|"
    r"garners?|receives?|enjoys?|holds?|(?:polls?|stands?|sits?)\s+at)\b"
)
_HELD_SHARE = re.compile(
    r"\b(?:had|(?:led|trailed|was\s+ahead|were\s+ahead)\s+with|got|drew|garnered|received|"
    r"enjoyed|held|(?:polled|stood|sat)\s+at)\b"
)
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
    if claim.figure is not None and claim.figure.unit == "percent":
        before = _HELD_SHARE.sub("had", _HOLDS_SHARE.sub("has", before))
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


def _outlets_dispute(
    series: Sequence[Series], documents: Mapping[str, Document], upstreams: Upstreams, read: str
) -> str | None:
    """Why outlets dispute one source's value, in words: two outlets giving it otherwise
    (``misquoted_pair``), or one outlet against several (``misquoted_by_one``); None when
    they do not."""
    pair = misquoted_pair(series, documents)
    if pair is not None:
        return _misquoted_sentence(*pair, upstreams, documents, read)
    lone = misquoted_by_one(series, documents)
    if lone is not None:
        return _misquoted_by_one_sentence(*lone, upstreams, documents, read)
    return None


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
        f"(the values cannot both be true{_even(read)})."
    )


def _misquoted_by_one_sentence(
    majority: Sequence[Point],
    lone: Point,
    upstreams: Upstreams,
    documents: Mapping[str, Document],
    read: str,
) -> str:
    """Why one outlet's figure of a source disputes the others': who it cites, what it
    gives, and what the other outlets give."""
    odd = lone.claims[0]
    outlets = sorted({publisher(p.claims[0], documents) for p in majority})
    return (
        f"{publisher(odd, documents)} cites {upstreams.name(odd.id)} for "
        f"{_said_number(odd)}, yet {listing(outlets)} give {_said_number(majority[0].claims[0])} "
        f"for the same figure: one source gives one figure for one thing, so one outlet "
        f"misreports it (the values cannot both be true{_even(read)})."
    )


def _as_bounds(claims: Sequence[Claim], documents: Mapping[str, Document]) -> str:
    """How an agreement reads the figures told as bounds, in their reports' words (", and
    'more than' as bounds"), or nothing when no figure is told as one: an explanation names
    only the hedges its figures use."""
    words = dict.fromkeys(
        own_hedge(c.figure, told_words(c, documents))
        or ("up to" if c.figure.hedge == "at_most" else "more than")
        for c in claims
        if c.figure is not None and c.figure.hedge in {"at_least", "at_most"}
    )
    if not words:
        return ""
    named = " or ".join(f"'{w}'" for w in words)
    return f", and {named} as bounds"


def _said_number(claim: Claim) -> str:
    """A figure's value as said, a difference of shares with its unit ("6 percentage
    points"), so a lead is never told as a bare number."""
    if claim.figure is None:
        return claim.text
    return describe_said(claim.figure, claim.text)


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


def _unordered(first: Point, last: Point) -> str:
    """Why two reports' order is unknown: no day for either, or one day and no time."""
    if first.date and first.date == last.date:
        return f"both reports are of {first.date} and no time of day sets them in order"
    return "no day sets the two reports in order"


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
        or cases_of_disease(claims, documents)
        or running_sums(claims, documents)
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
    retold = _retold_superseded(series, documents, unit)
    latest_values = [
        in_unit(v, c.figure, unit)
        for s in series
        for c in s.latest.claims
        if c.figure and (v := stated_value(c.figure)) is not None and c.id not in retold
    ]
    conservative = min(latest_values) if latest_values else None
    updates = tuple(s for s in series if s.superseded)
    latest = [s.latest.interval for s in series]
    stale = _unresolved(series)
    read = tolerance(
        [c.figure for c in claims if c.figure is not None],
        said=[told_words(c, documents) for c in claims if c.figure is not None],
    )
    rising = (
        _rising(series) if running and (not all_agree(latest) or _stated_rise(series)) else None
    )
    if rising is None and running:
        rising = _said_rise(series) or _provisional_rise(series, documents)
    unordered = _unordered_rise(series) if rising is None and running else None
    if unordered is not None:
        first, last = unordered
        return _update(
            f"The count rose as reports came in: {_say(first, upstreams, documents, 'low')} "
            f"in one report, and {_say(last, upstreams, documents, 'high')} in another, "
            f"the latest figure: {_unordered(first, last)}, and a running count rises, so "
            "the higher is read as the later",
            span,
            conservative,
        )
    moved = None
    if rising is None and changing and not all_agree(latest) and not _missed(claims, documents):
        moved = rising = _rising(series, either=True)
    if rising is not None:
        first, last = rising
        return _update(
            f"The {'total' if _sums(claims) else 'count'} "
            f"{'changed' if moved else 'rose'} as reports came in: "
            f"{_say(first, upstreams, documents, None if moved else 'low')} "
            f"{_moment(first, last, 'earlier')}, and "
            f"{_say(last, upstreams, documents, None if moved else 'high')} "
            f"{_moment(last, first, '')}, the latest figure",
            span,
            conservative,
        )
    fallen = _said_fall(series, documents)
    if fallen is not None:
        high, low = fallen
        return _update(
            f"The figure was revised down: {_say(high, upstreams, documents, 'high')} "
            f"{_moment(high, low, 'earlier')}, and {_say(low, upstreams, documents, 'low')} "
            f"{_moment(low, high, '')}, the latest figure, in words that say it was "
            "lowered",
            span,
            conservative,
        )
    pointed = _one_date(claims, documents) if len(series) >= 2 and not all_agree(latest) else None
    if pointed is not None:
        told = sorted(
            (c for c in claims if c.figure is not None),
            key=lambda c: (published(c, documents), c.id),
        )
        said = [
            f"{speaks(upstreams.name(c.id), 'give')} {said_value(c, documents)} ago "
            f"{dated(published(c, documents), '')}"
            for c in told[:4]
        ]
        return Judgement(
            verdict="agree",
            explanation=(
                "Counted back from each report's own day, the times since point at one date: "
                f"{listing(said)}, each pointing at a day between {pointed[0]} and "
                f"{pointed[1]}, {read}."
            ),
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
                f"{speaks(upstreams.name(short.id), 'give')} {said_value(short, documents)} "
                f"{dated(published(short, documents), 'in a report of unknown day')}, and "
                f"{speaks(upstreams.name(long.id), 'give')} {said_value(long, documents)} "
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
                f"{who_gives(revised.during, documents)} during trading "
                f"{dated(published(revised.during, documents), '')}, and "
                f"{who_gives(revised.close, documents)} at the close "
                f"{dated(published(revised.close, documents), '')}, the latest figure."
            ),
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
        # The reading named is the one of the two values set against each other, never a
        # hedge only other claims of the measure carry.
        pair = (*low.claims, *high.claims)
        reading = _read_as(pair, _pair_read(pair, documents))
        # A dispute a source's revision leaves standing is told from the revision: its
        # superseded value never opens the explanation as if it still stood.
        unsettled = (
            next((s for s in series if low in s.superseded), None) if all_agree(latest) else None
        )
        if unsettled is not None:
            why = _unsettled_sentence(unsettled, high, upstreams, documents, reading)
        else:
            why = (
                f"{_say(low, upstreams, documents, 'high')} while "
                f"{_say(high, upstreams, documents, 'low')}, and "
                f"the two cannot both be true {reading}"
            )
        back = _days_back(claims, documents)
        if len(back) >= 2:
            why += (
                ", nor point at one day counted back from each report's own day "
                f"(reports of {', '.join(back[:-1])} and {back[-1]})"
            )
        if updates:
            others = [s for s in updates if s is not unsettled]
            if others:
                why += f"; meanwhile {_update_sentence(others[0], upstreams)}"
            why += _retold_note(claims, retold, upstreams)
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
            explanation=_upper(_update_sentence(updates[0], upstreams))
            + _retold_note(claims, retold, upstreams)
            + ".",
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
                f"'{said_value(early, documents)}' {dated(published(early, documents), '')}, and "
                f"{speaks(upstreams.name(late.id), 'give')} {said_value(late, documents)} "
                f"{dated(published(late, documents), '')}, the latest figure."
            ),
            range=span,
            conservative=conservative,
            updates=(),
        )
    disputed = None if running or changing else _outlets_dispute(series, documents, upstreams, read)
    if disputed is not None:
        return Judgement(
            verdict="conflict",
            explanation=disputed,
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
        apart = [c for c in not_compared(claims, documents)[0] if upstreams.name(c.id) != name]
        if apart:
            numbers_said = list(
                dict.fromkeys(said_value(c, documents) for c in claims if figure_range(c))
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
    agreed = (
        f"{listed}: one age at death, told in whole years"
        if all(is_age(c) for c in claims)
        else f"{listed}: the values can all hold, {read}{_as_bounds(claims, documents)}"
    )
    discord = _own_discord(series, documents, plans=plans)
    relayed = relayed_apart(discord, documents) if discord is not None else None
    if relayed is not None:
        return Judgement(
            verdict="conflict",
            explanation=_relayed_sentence(*relayed, upstreams, documents, read),
            range=span,
            conservative=conservative,
            updates=(),
        )
    if discord is not None:
        agreed = _discord_sentence(discord, series, listed, upstreams, documents, read)
    vague_apart, fitting = not_compared(claims, documents)
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


# "was married two weeks ago": a time since counted back from the report's own day.
_AGO = re.compile(r"\s*ago\b", re.IGNORECASE)
_ENDS_AGO = re.compile(r"\bago\s*$", re.IGNORECASE)
_TIME_SINCE = "time since"


def counted_back(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a figure is the time since a change in someone's life counted back from its
    report's own day ("was married two weeks ago"): such a time grows with the day it is
    told, while the day it points at stays. One counted back from another event ("married
    three weeks before the shooting", "two weeks earlier") is not."""
    figure = claim.figure
    doc = documents.get(claim.doc)
    if figure is None or doc is None or not figure.measure.startswith(_TIME_SINCE):
        return False
    return bool(_ENDS_AGO.search(claim.text) or _AGO.match(doc.text, claim.end))


def _pointed(
    claims: Sequence[Claim], documents: Mapping[str, Document]
) -> tuple[float, float, set[int], list[tuple[Claim, Interval]]] | None:
    """The days, as day numbers, that a measure's durations told in dated reports allow for
    the start they count from: each report's day less its value (half a day either way for
    how days are counted; a report whose day is only inferred may be up to a week later
    than the day given, never earlier), with the days of the reports and each figure's
    values; None when a figure is no duration of a day or longer."""
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
        day = day_number(published(claim, documents))
        if doc is None or day is None:
            continue
        days.add(day)
        later = _INFERRED_LATER if doc.published.basis == "inferred" else 0.0
        earliest = max(earliest, (day - 0.5) * _DAY - found.high)
        latest = min(latest, (day + 0.5 + later) * _DAY - found.low)
    return earliest, latest, days, told


def _days_back(claims: Sequence[Claim], documents: Mapping[str, Document]) -> list[str]:
    """The days of the reports, as ISO days in order, when every figure of a measure is a
    time since counted back from its report's own day (:func:`counted_back`) and every
    report's day is known; else none."""
    figures = [c for c in claims if c.figure is not None]
    if not figures or not all(counted_back(c, documents) for c in figures):
        return []
    days = [published(c, documents) for c in figures]
    if not all(day_number(day) is not None for day in days):
        return []
    return sorted(set(days))


def _one_date(claims: Sequence[Claim], documents: Mapping[str, Document]) -> tuple[str, str] | None:
    """The first and last day that times since one change in someone's life, each counted
    back from its report's own day ("married two weeks ago" in a report of 3 May, "married
    three weeks ago" in one of 10 May), all point at, as ISO days; None unless every figure
    is so told in a report of known day, on two days or more, and they share a day."""
    figures = [c for c in claims if c.figure is not None]
    if len(_days_back(figures, documents)) < 2:
        return None
    found = _pointed(figures, documents)
    if found is None:
        return None
    earliest, latest, days, _ = found
    if len(days) < 2 or earliest > latest:
        return None
    first = calendar_day.fromordinal(math.floor(earliest / _DAY + 0.5))
    last = calendar_day.fromordinal(math.floor(latest / _DAY + 0.5))
    return first.isoformat(), max(first, last).isoformat()


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
    The time since a change in someone's life counted back from another event ("married
    three weeks before the shooting") does not grow. Returns the shortest and the longest
    figure, or None."""
    if any(
        c.figure is not None
        and c.figure.measure.startswith(_TIME_SINCE)
        and not counted_back(c, documents)
        for c in claims
    ):
        return None
    found = _pointed(claims, documents)
    if found is None:
        return None
    earliest, latest, days, told = found
    if len(days) < 2 or earliest > latest:
        return None
    short = min(told, key=lambda x: (x[1].high, x[0].id))
    long = max(told, key=lambda x: (x[1].low, x[0].id))
    if short[1].meets(long[1]):
        return None
    return short[0], long[0]


# A parenthesis opened by another's word, up to a figure: "(the Post says three people",
# "(Reuters reported 12". The name is capitalised; no bracket closes before the figure.
_ANOTHER_SAYS = re.compile(
    r"\(\s*(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s+"
    r"(?:says|said|reports|reported|puts|put|gives|gave|counts|counted)\b[^()]*$"
)


def _aside_of_another(
    items: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> bool:
    """Whether a sentence gives one of its values in a parenthesis that another source's
    word opens: "police said there were no injuries (the Post says three people were
    injured)" sets one source's value against another's, a dispute told in one sentence,
    never one voice counting two things."""
    for claim, _ in items:
        doc = documents.get(claim.doc)
        if doc is None:
            continue
        begin, _ = sentence_span(doc.text, claim.start, claim.end)
        if _ANOTHER_SAYS.search(doc.text[begin : claim.start]) is not None:
            return True
    return False


def _one_games_side(
    items: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> bool:
    """Whether the values are all one side of one game's result, its two teams named
    (:func:`~.matches.game_of_side`): a game ends with one score, so two values of the
    loser's points ("Orvel 65, Dalby 5" in a headline, "beat Dalby 65-53" below it, even in
    one report) are no two things counted, whatever rule would set a report's two values
    apart, but one quantity in dispute."""
    games = [game_of_side(c, documents.get(c.doc)) for c, _ in items]
    if not games or any(g is None for g in games):
        return False
    first = games[0]
    return first is not None and all(g is not None and first.same(g) for g in games)


def _story_told_then(
    read: Sequence[tuple[Claim, Interval]],
    years: Mapping[str, str],
    documents: Mapping[str, Document],
) -> bool:
    """Whether the earlier time the measure's timed figures are placed in is a time other
    reports of the story were written in, giving the measure's other figures: a report of
    2012 telling of a shooting "two years ago" that left "a third employee wounded" and a
    report of 2010 telling "one wounded" tell of one event, the story's own, from two
    distances in time. Only a time told against the reports' own (no report written then)
    is another time."""
    placed = {placed_at(years[c.id], c, documents) for c, _ in read if years[c.id]}
    if len(placed) != 1:
        return False
    (when,) = placed
    if when is None:
        return False
    return any(published(c, documents).startswith(when) for c, _ in read if not years[c.id])


def _totals_apart(
    read: Sequence[tuple[Claim, Interval]],
    claims: Sequence[Claim],
    documents: Mapping[str, Document],
) -> Split | None:
    """Sums told as running totals (:func:`running_sums`) whose values do not grow with
    their reports' days, split by value: "has grossed $40 million" and, the same day, "has
    grossed $90 million" are two totals taken to date (a country's and the world's, or two
    works'), not one sum in dispute; one total grows from report to report (:func:`judge`
    reads it as an update) and never shrinks."""
    if not running_sums(claims, documents):
        return None
    clusters = value_clusters(read)
    if len(clusters) < 2:
        return None
    first, second = clusters[0][1][0], clusters[1][1][0]
    reason = (
        f"{who_gives(first, documents)} and {who_gives(second, documents)} as totals taken "
        "to date that do not grow with their reports' days, so these are two totals (a "
        "country's and the world's, or two works'), not one sum in dispute"
    )
    return Split(parts=parted(claims, [a for a, _ in clusters]), reason=reason)


def _read_as(claims: Sequence[Claim], read: str) -> str:
    """How the values were read, after "the two cannot both be true": an age at death is
    one whole number of years, any other figure is read with ``read``'s tolerance."""
    if claims and all(is_age(c) for c in claims):
        return "of one person, who died at one age told in whole years"
    return _even(read).strip()


def _pair_read(pair: Sequence[Claim], documents: Mapping[str, Document]) -> str:
    """How the figures of two values set against each other were read (:func:`tolerance`)."""
    told = [c for c in pair if c.figure is not None]
    return tolerance(
        [c.figure for c in told if c.figure is not None],
        said=[told_words(c, documents) for c in told],
    )


def _unsettled_sentence(
    revised: Series,
    other: Point,
    upstreams: Upstreams,
    documents: Mapping[str, Document],
    reading: str,
) -> str:
    """A conflict a source's own revision leaves standing (:func:`_unresolved`): its
    revision first, then why the dispute stands: none of the numbers it states falls within
    the other source's values ("revised its figure from 43 ... to at least 48 ...; still,
    none of the numbers it states (43, 48) can be true beside the 55–70 that ... gives")."""
    numbers = dict.fromkeys(
        unit_value(v, c.figure)
        for p in (*revised.superseded, revised.latest)
        for c in p.claims
        if c.figure is not None and (v := stated_value(c.figure)) is not None
    )
    told = _said_claim(other, "low")
    value = describe_said(told.figure, told_words(told, documents)) if told.figure else told.text
    read = "" if reading == "as given" else f", {reading}"
    return (
        f"{_update_sentence(revised, upstreams)}; still, none of the numbers it states "
        f"({', '.join(numbers)}) can be true beside the {value} that "
        f"{upstreams.name(told.id)} gives{read}, so the dispute stands"
    )


def _even(read: str) -> str:
    """How values that cannot both be true were read, after "cannot both be true": " even
    reading 'about' as ...", or " as given" when no figure is hedged, rounded or converted
    (``intervals.AS_GIVEN``)."""
    return " as given" if read == AS_GIVEN else f" even {read}"


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
            figure each is: :func:`~.holders.holder`).

    Returns:
        The parts, each in the measure's order, and the reason in words.
    """
    if all(is_age(c) for c in claims):
        # One person's age at death: whose it is made the measure (:mod:`.ages`), and an age
        # is a whole number of years, so two values of it are in dispute.
        return None
    read = [(c, i) for c in claims if (i := allowed(c, documents)) is not None]
    if _one_games_side(read, documents):
        return None
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
        if len(quoted) <= 1 and not _aside_of_another(items, documents):
            voices[key] = items
    years = {c.id: other_time(c, documents) for c, _ in read}
    if (
        len(set(years.values())) > 1
        and any(years.values())
        and not _story_told_then(read, years, documents)
    ):
        past = next(c for c, _ in read if years[c.id])
        keyed: dict[str, list[Claim]] = {}
        for claim in claims:
            keyed.setdefault(years.get(claim.id) or other_time(claim, documents), []).append(claim)
        reason = (
            f"{who_gives(past, documents)} "
            f"{for_time(years[past.id])}, "
            "so these are figures of different times, not one quantity in dispute"
        )
        return Split(parts=tuple(tuple(keyed[k]) for k in sorted(keyed)), reason=reason)
    totals = _totals_apart(read, claims, documents)
    if totals is not None:
        return totals
    apart = (
        events_apart(read, documents)
        or undated_apart(read, documents)
        or reports_apart(read, documents)
        or held_apart(read, documents, names)
        or raisers_apart(read, documents, names)
        or fines_apart(read, documents)
        or targets_apart(read, documents)
        or spenders_apart(read, documents)
        or payments_apart(read, documents)
        or kinds_apart(read, documents, names)
        or causes_apart(read, documents)
        or occasions_apart(read, documents)
        or moves_apart(read, documents)
        or rest_apart(read, documents)
        or stages_apart(read, documents)
        or distances_apart(read, documents)
        or games_apart(read, documents)
        or others_apart(read, documents)
        or states_apart(read, documents)
        or things_apart(read, documents)
        or shares_apart(read, documents)
        or any_and_one_apart(read, documents)
        or sizes_apart(read, documents)
        or picked_sets_apart(read, documents)
        or polled_apart(read, documents)
        or screens_apart(read, documents)
        or numbered_events_apart(read, documents)
        or crowds_apart(read, documents)
        or stretches_apart(read, documents)
        or share_holders_apart(read, documents)
        or answers_apart(read, documents)
        or wholes_apart(read, documents)
        or lists_apart(read, documents)
        or combined_apart(read, documents)
        or error_margins_apart(read, documents)
        or thresholds_apart(read, documents)
        or ranked_apart(read, documents)
        or added_apart(read, documents)
        or audiences_apart(read, documents, names)
        or pair_sides_apart(read, documents)
        or members_apart(read, documents)
        or narrowed_members_apart(read, documents)
        or categories_apart(read, documents)
        or _mourned_apart(read, documents)
        or polls_apart(read, documents)
        or field_periods_apart(read, documents)
        or ballots_apart(read, documents)
    )
    if apart is not None:
        return with_rest(apart, claims, documents)
    told = told_as_part(read, documents)
    if told is not None:
        part, whole, quote = told
        reason = (
            f"{who_gives(part, documents)} as a part of "
            f"{number(whole.low)} "
            f'("{quote}"), so these count a whole and its part, not one quantity in dispute'
        )
        parts = parted(claims, [allowed(part, documents) or whole, whole])
        if len(parts) >= 2:
            return Split(parts=parts, reason=reason)
    for key in sorted(voices):
        items = voices[key]
        anchors = value_clusters(items)
        if len(anchors) < 2 or any(changed_cue(c, documents) for c, _ in items):
            continue
        first, second = anchors[0][1][0], anchors[1][1][0]
        who = (
            f"{speaks(publisher(first, documents), 'give')} both "
            f"{said_value(first, documents)} and "
            f"{said_value(second, documents)} in {their(publisher(first, documents))} own words"
            if len(key) == 1
            else f"one sentence of {publisher(first, documents)} gives both "
            f"{said_value(first, documents)} "
            f"and {said_value(second, documents)}"
        )
        reason = (
            f"{who}, so these count different things (a whole and its part, or two of a kind), "
            "not one quantity in dispute"
        )
        return Split(parts=parted(claims, [a for a, _ in anchors], documents), reason=reason)
    both = _told_by_one(read, documents)
    if both is not None:
        one, other, quote = both
        reason = (
            f'{who_gives(one, documents)} and, as another fact, "{quote}", the value '
            f"{who_gives(other, documents)}, so these count two different things, not one "
            "quantity in dispute"
        )
        return Split(parts=parted(claims, [a for a, _ in value_clusters(read)]), reason=reason)
    alone = _told_beside(read, upstreams, documents)
    if alone is not None:
        one, other = alone
        reason = (
            f"{who_gives(one, documents)} and, in another sentence, "
            f"{said_value(other, documents)} without setting one against the other, and no "
            f"other report gives {said_value(one, documents)}, so the report counts two "
            "different things, not one quantity in "
            "dispute"
        )
        return Split(parts=parted(claims, [a for a, _ in value_clusters(read)]), reason=reason)
    unopposed = _one_report_unopposed(read, upstreams, documents)
    if unopposed is not None:
        one, other = unopposed
        reason = (
            f"{who_gives(one, documents)} and {said_value(other, documents)} in one report "
            "that gives no two "
            "sources each their own value for one thing, so the report counts two different "
            "things, not one quantity in dispute"
        )
        return Split(parts=parted(claims, [a for a, _ in value_clusters(read)]), reason=reason)
    beside = _own_beside_quoted(read, documents)
    if beside is not None:
        mine, credited = beside
        source = credited.said_by.name if credited.said_by else "a source"
        reason = (
            f"{speaks(publisher(mine, documents), 'give')} {said_value(mine, documents)} in "
            f"{their(publisher(mine, documents))} own words and, in another sentence, "
            f"{said_value(credited, documents)} as {source}'s, without setting one against "
            "the other, so "
            "these count different things (a whole and its part, or two of a kind), not one "
            "quantity in dispute"
        )
        value_of = {c.id: found for c, found in read}
        sides = sorted((value_of[mine.id], value_of[credited.id]), key=lambda i: (i.low, i.high))
        return Split(parts=parted(claims, sides), reason=reason)
    # Sets named apart are read last: a reading above that splits the measure already
    # says which of its values go together.
    named = (
        named_sets_apart(read, documents)
        or done_apart(read, documents)
        or spans_apart(read, documents)
        or stakes_apart(read, documents)
        or acts_apart(read, documents)
        or unanchored_apart(read, documents)
    )
    return with_rest(named, claims, documents) if named is not None else None


def hidden_wholes(claims: Sequence[Claim], documents: Mapping[str, Document]) -> list[Claim]:
    """The wholes of the measure's wholes and parts told in one sentence: a sentence that
    gives, in its report's own voice, values of the measure that cannot hold together
    ("about 300 marched when about 40 broke off") counts a whole (its largest
    value) and a part of it. Empty unless another report gives the measure too.

    :func:`judge` reads a report's values as one interval, so such a sentence's whole and
    part span everything between them and every other report's value seems to agree with
    it: 40 to 300 holds both "nearly 200" and "more than 250"."""
    read = [(c, i) for c in claims if (i := allowed(c, documents)) is not None]
    if len({c.doc for c, _ in read}) < 2:
        return []
    told: dict[tuple[str, int], list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        doc = documents.get(claim.doc)
        figure = claim.figure
        if doc is None or figure is None or figure.vague or not own_voice(claim, documents):
            continue
        begin, _ = sentence_span(doc.text, claim.start, claim.end)
        told.setdefault((claim.doc, begin), []).append((claim, found))
    return [
        clusters[-1][1][0]
        for items in told.values()
        if len(clusters := value_clusters(items)) >= 2
        and not any(changed_cue(c, documents) for c, _ in items)
        and _part_named_apart(clusters)
    ]


def _part_named_apart(clusters: Sequence[tuple[Interval, list[Claim]]]) -> bool:
    """Whether a sentence's values are a count of a whole and of a part named by another
    noun: "about 300 people ... about 40 young protesters". Two of a kind share
    their noun ("712 delegates to Varga's 455 delegates", "1.8 million jobs, 12,000 of them
    textile jobs") and shares, sums and measurements are no counts of members."""
    claims = [c for _, cs in clusters for c in cs]
    if any(c.figure is None or c.figure.kind != "count" or c.figure.unit for c in claims):
        return False
    whole = {(c.figure.counted or "").lower() for c in clusters[-1][1] if c.figure}
    rest = {(c.figure.counted or "").lower() for _, cs in clusters[:-1] for c in cs if c.figure}
    return bool(whole) and "" not in whole | rest and not whole & rest


def hidden_dispute(
    claims: Sequence[Claim],
    upstreams: Upstreams,
    documents: Mapping[str, Document],
    names: Names | None = None,
    *,
    running: bool = False,
    changing: bool = False,
) -> Split | None:
    """The measure split by value (:func:`split`) when its agreement rests on a whole and
    its part read as one interval (:func:`hidden_wholes`) and, once apart, the reports are
    seen to disagree on the whole: "about 300 marched", "nearly 200 marched" and "more
    than 250 marched" are rival counts of one crowd, whatever part of it one report also
    counts. A split that shows no dispute over a whole is not made: the measure's values
    stay together as the agreement they are."""
    wholes = {c.id for c in hidden_wholes(claims, documents)}
    if not wholes:
        return None
    parts = split(claims, upstreams, documents, names)
    if parts is None or len(parts.parts) < 2:
        return None
    disputed = any(
        any(c.id in wholes for c in part)
        and judge(part, upstreams, documents, running=running, changing=changing).verdict
        == "conflict"
        for part in parts.parts
    )
    return parts if disputed else None


def discordant_split(
    claims: Sequence[Claim],
    upstreams: Upstreams,
    documents: Mapping[str, Document],
    *,
    running: bool = False,
    changing: bool = False,
) -> Split | None:
    """The measure split by the values of a source whose own values cannot both hold
    (:func:`_own_discord`: "7 years" and "12 years" in one outlet's reports, others giving
    12), every figure going with the value it lies nearest. Read as one range, such a
    source's two figures would absorb any value between them: it counts two things or its
    reports differ, and neither is an agreement. The split is kept only when no part is
    then in dispute; a measure whose parts would disagree stays whole, its explanation
    naming the source's discrepancy (:func:`judge`)."""
    plans = all(planned(c, documents) for c in claims if c.figure is not None)
    series = series_of(claims, upstreams, documents, by_day=running or changing, plans=plans)
    found = _own_discord(series, documents, plans=plans) if len(series) >= 2 else None
    if found is None:
        return None
    one, low, high = found
    anchors = [interval for interval, _ in value_clusters(_own_values(one, documents, plans))]
    parts = parted(claims, anchors, documents)
    if len(parts) < 2 or any(
        judge(part, upstreams, documents, running=running, changing=changing).verdict == "conflict"
        for part in parts
    ):
        return None
    reason = (
        f"{speaks(upstreams.name(low.id), 'give')} both {said_value(low, documents)} and "
        f"{said_value(high, documents)}, which cannot both hold, so these are read as two "
        "figures, each "
        "with the values that lie nearest it, not as one range"
    )
    return Split(parts=parts, reason=reason)


def split_series(
    claims: Sequence[Claim],
    documents: Mapping[str, Document],
    names: Names | None = None,
) -> Split | None:
    """The measure split by value when its figures, whatever their dates, are not one
    quantity: two players' or two people's figures (:func:`~.holders.holder`), measurements of
    differently named things (:func:`~.things.measured_thing`) or counts of two occasions
    (:func:`~.events.occasions_apart`). Time explains a difference only
    between values of one quantity: a seven-yard pass told on Sunday and a 200-yard game
    told on Monday are no figure revised. A figure's kind is not read so: "suspended for
    the first four games", later "reduced to two games", is one suspension revised."""
    read = [(c, i) for c in claims if (i := allowed(c, documents)) is not None]
    apart = (
        held_apart(read, documents, names)
        or things_apart(read, documents)
        or occasions_apart(read, documents)
        or _mourned_apart(read, documents)
        or _in_hospital_apart(read, documents)
    )
    return None if apart is None else with_rest(apart, claims, documents)


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

    def reason(one: Keyed, two: Keyed) -> str:
        said = [
            f"{who_gives(claim, documents)}{' as those in hospital' if key == 'held' else ''}"
            for key, claim in (one, two)
        ]
        return (
            f"{said[0]} and {said[1]}: those a hospital holds are a part of those hurt, not "
            "one toll revised"
        )

    return split_by(read, lambda claim: "held" if in_hospital(claim, documents) else "all", reason)


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
        f"{who_gives(rite, documents)} as the dead a rite is held for and "
        f"{who_gives(toll, documents)}: those mourned so far are a part of the toll, not the toll"
    )
    return Split(parts=claims_of(groups), reason=reason)


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
    clusters = value_clusters(read)
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
    clusters = value_clusters(read)
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
    for _, end, value in numbers_in(doc.text, claim.start, claim.end):
        if value in values:
            found = _AFTER_NUMBER.match(doc.text, end, min(len(doc.text), end + 40))
            return singular(found.group(1)) if found else None
    return None


_AFTER_NUMBER = re.compile(r"[ \t]*(?:-[ \t]*)?([^\W\d_]+)")


def _states(
    doc: Document, value: float, word: str, skip: Sequence[Claim]
) -> tuple[str, int, int] | None:
    """Where a report gives ``value`` of ``word`` outside the claims in ``skip``, in a
    sentence that sets no value against another and tells of no change: the number and
    the words after it as written ("150 nautical miles"), with its sentence's bounds, or
    None."""
    for start, end, found in numbers_in(doc.text, 0, len(doc.text)):
        if found != value or any(c.start <= start < c.end for c in skip):
            continue
        after = _AFTER_NUMBER.match(doc.text, end, min(len(doc.text), end + 40))
        if after is None or singular(after.group(1)) != word:
            continue
        begin, stop = sentence_span(doc.text, start, end)
        if _SET_AGAINST.search(doc.text, begin, stop) is None:
            more = _NEXT_WORD.match(doc.text, after.end(), stop)
            if more is None or more.group(0).strip().casefold() in _JOINING:
                return closed_up(doc.text, start, after.end()), begin, stop
            return closed_up(doc.text, start, more.end()), begin, stop
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
    Nor is a value the report tells as a campaign's running total, where the other report
    gives its value as one act's count (:func:`_tally_beside_count`).
    Returns the claim whose report tells both, a claim of the other value and the words
    the report gives that value in, or None."""
    clusters = value_clusters(read)
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
                    found = _states(doc, value, word, skip) if value is not None else None
                    if found is not None and not _tally_beside_count(doc, found, other, documents):
                        return claim, other, found[0]
    return None


def _own_beside_quoted(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> tuple[Claim, Claim] | None:
    """A report's count in its own words beside another it gives a quoted source, in
    other sentences and neither set against the other: "attacked a government building,
    four shops and two banks" and, quoting a shopkeeper, "we have 355 damaged shops in the
    city". A report that prints both values knows they differ; had its reporter read the
    source's figure as a rival count of what it counts itself, it would say so ("but the
    manager put it at", "the actual number", "disputed") or revise its own. Told plainly
    side by side, they count two things (a night's attacks and the whole toll, a part and
    the whole), and the values other reports give go with the one they meet. Values one
    sentence gives together, or a report says changed ("rose to", "earlier"), are never
    read so. A plain "but" in the report's own sentence ("the city was calm but broken
    windows bore witness to ...") joins its clauses, not its value to the source's.
    Only values an order of magnitude apart are read so (:func:`_tenfold_apart`): closer
    values are the rival tallies of one count. Values only one report gives are left to
    :func:`_one_report_unopposed`, and a value
    the rules before this one find told beside another already splits the measure into
    every value apart; this rule keeps the other reports' values with the one they meet.
    Returns the report's own claim and the quoted claim, or None."""
    if len({c.doc for c, _ in read}) < 2:
        return None
    by_doc: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        by_doc.setdefault(claim.doc, []).append((claim, found))
    for doc_id in sorted(by_doc):
        items = by_doc[doc_id]
        for own, at in items:
            if not own_voice(own, documents) or _own_disputed(own, documents):
                continue
            for quoted, given in items:
                if (
                    quoted.said_by is not None
                    and _tenfold_apart(at, given)
                    and _sentence_of(quoted, documents) != _sentence_of(own, documents)
                    and not _set_against(quoted, documents)
                ):
                    return own, quoted
    return None


def _tenfold_apart(one: Interval, other: Interval) -> bool:
    """Whether two values are an order of magnitude apart or more. A report that prints
    its own count and a source's count of one thing a few apart ("Twelve people were
    killed" and a doctor's "Fifteen people were killed") is telling the rival tallies of
    a toll still being counted, whether or not it says so: that is the discrepancy a
    reader must see. Told plainly side by side a tenfold gap or more is no such tally
    ("four shops" attacked in a night beside "355 damaged shops" in the city): a part and
    its whole."""
    low, high = sorted((one, other), key=lambda i: (i.low, i.high))
    return low.high > 0 and high.low >= 10 * low.high


def _own_disputed(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a report's own figure is told as disputed or changed: its sentence names a
    dispute or a correction (:data:`_DISPUTE_NAMED`) or says the figure changed."""
    doc = documents.get(claim.doc)
    if doc is None:
        return True
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    return (
        _DISPUTE_NAMED.search(doc.text, begin, end) is not None
        or changed_cue(claim, documents)
        or earlier_cue(claim, documents)
        or later_cue(claim, documents)
    )


# Words naming a dispute or a correction of a figure, not a mere turn between clauses.
_DISPUTE_NAMED = re.compile(
    r"\b(?:disputed?|disputes|contradict\w*|differ\w*|conflicting|actual|actually|in\s+fact|"
    r"others|higher|lower|revised|updated|corrected|put|puts|putting)\b",
    re.IGNORECASE,
)


def _tally_beside_count(
    doc: Document,
    found: tuple[str, int, int],
    other: Claim,
    documents: Mapping[str, Document],
) -> bool:
    """Whether a report gives the value as a campaign's running total ("a total of 14
    rifles during the four operations", "so far") while the other report gives it as the
    count the measure is of, told with no such words: the report's value is then another
    quantity, which leaves the other report's value a count of this one, in dispute."""
    _, begin, stop = found
    if not tells_tally(doc.text[begin:stop]):
        return False
    there = documents.get(other.doc)
    if there is None:
        return False
    start, end = sentence_span(there.text, other.start, other.end)
    return not tells_tally(there.text[start:end])


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


def _sums(claims: Sequence[Claim]) -> bool:
    """Whether every figure of a measure is a sum of money (a total, not a count)."""
    return all(c.figure.kind == "money" for c in claims if c.figure is not None)


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
        (p.date, v, _ceiling(c, v))
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
            and _ceiling(c, v) < value
            for c in p.claims
        )
    ]
    rest = [p for p in points if p not in lower]
    if not lower or not all(p.interval.meets(top.interval) for p in rest):
        return None
    return min(lower, key=lambda p: (p.interval.low, p.root)), top


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
            and _ceiling(c, v, documents) < value
            for c in point.claims
        ):
            return None
    return min(lower, key=lambda p: (p.interval.low, p.root)), top


def _tidy(text: str) -> str:
    """An explanation's words with the gaps an empty date or moment leaves closed up."""
    return text.replace("  ", " ").replace(" ,", ",")


def _update(
    told: str, span: tuple[float | None, float | None] | None, conservative: float | None
) -> Judgement:
    """An update told by ``told``, a sentence without its full stop, its gaps closed up."""
    return Judgement(
        verdict="update",
        explanation=_tidy(told) + ".",
        range=span,
        conservative=conservative,
        updates=(),
    )


# Words saying a figure was lowered, up to the figure: "lowered the death toll from the
# floods to", "revised its estimate of the damage down to", "corrected the figure to", "cut
# the toll to". The verb must govern a toll, count, figure or estimate: "cut the workforce
# to 500", "reduced staff to 500" or "cut the number of polling places to 60" tell what was
# done, not a figure revised.
_LOWERED = re.compile(
    r"\b(?:(?:lower(?:ed|s|ing)?|revis(?:ed|es|ing)|downgrad(?:ed|es|ing)|"
    r"correct(?:ed|s|ing)?)\s+(?:the|its|their|his|her|an?|that)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:toll|tally|count|figure|estimate|number)|(?:cut(?:s|ting)?|reduc(?:ed|es|ing))\s+"
    r"(?:the|its|their|his|her|an?|that)\s+(?:[\w'-]+\s+){0,2}?(?:toll|tally|figure|estimate))"
    r"\b[^.;:!?]{0,70}?"
    r"\b(?:down\s+)?to\s+(?:(?:about|around|some|nearly|almost|roughly|at\s+least)\s+)?$",
    re.IGNORECASE,
)


def lowered_cue(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether the words before a figure say it is a figure lowered from an earlier one
    (:data:`_LOWERED`: "the ministry lowered the death toll from the floods to 11")."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    before = doc.text[max(0, claim.start - 140) : claim.start]
    return may_hold(before, ("lower", "revis", "cut", "reduc", "downgrad", "correct")) and (
        _LOWERED.search(before) is not None
    )


def _said_fall(
    series: Sequence[Series], documents: Mapping[str, Document]
) -> tuple[Point, Point] | None:
    """A figure a report says was lowered ("lowered the death toll to 11"), beside higher
    figures of other reports no later than it: the higher are what it lowers, a revision,
    not a dispute. Every figure that is not higher can hold the lowered one. Returns the
    highest earlier point and the lowered one, or None."""
    points = [p for s in series for p in s.current]
    fallen = [p for p in points if any(lowered_cue(c, documents) for c in p.claims)]
    for low in sorted(fallen, key=lambda p: (p.interval.low, p.root)):
        higher = [p for p in points if not p.interval.meets(low.interval)]
        if not higher:
            continue
        if all(
            p.interval.low > low.interval.high
            and p.claims[0].doc != low.claims[0].doc
            and _order(p, low) <= 0
            for p in higher
        ):
            return max(higher, key=lambda p: (p.interval.high, p.root)), low
    return None


def _unordered_rise(series: Sequence[Series]) -> tuple[Point, Point] | None:
    """A running count one source gives as two values that cannot both hold in two reports
    that no day or time sets in order (a wire story sent again with its toll raised, the
    Red Cross's 20 in one report and its 35 in another): a count that only rises is read
    as risen from the lower to the higher, when every other figure can hold the higher.
    Returns the lowest point and the highest one."""
    points = [p for s in series for p in s.current]
    top = max(points, key=lambda p: (p.interval.low, p.interval.high, p.root), default=None)
    if top is None:
        return None
    lower = [p for p in points if not p.interval.meets(top.interval)]
    if not lower:
        return None
    for point in lower:
        own = next(s for s in series if s.root == point.root)
        if point.root != top.root or top not in own.current:
            return None  # two sources' values: a dispute, not one count told twice
        if point.claims[0].doc == top.claims[0].doc or _order(point, top) != 0:
            return None
    return min(lower, key=lambda p: (p.interval.low, p.root)), top


def _stated(point: Point) -> float | None:
    """The highest number a point's figures state."""
    values = [v for c in point.claims if c.figure and (v := stated_value(c.figure)) is not None]
    return max(values) if values else None


def _ceiling(claim: Claim, stated: float, documents: Mapping[str, Document] | None = None) -> float:
    """The most a figure says, for telling a rise: its number for a floor ("at least 3"
    is 3 as said), else the top of what it allows (``intervals.figure_range``: "about 50"
    allows 55, "nearly 50" 50)."""
    found = figure_range(claim, documents)
    if claim.figure is None or claim.figure.hedge == "at_least" or found is None:
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
    claim = _said_claim(point, end)
    value = (
        describe_said(claim.figure, told_words(claim, documents)) if claim.figure else claim.text
    )
    fear = feared(claim, documents)
    # One that nothing befell singles out one of a kind ("one officer put his hands on his
    # head"): say, in plain words, how it is read.
    one = " (meaning at least one)" if singles_out(claim) and claim.figure else ""
    return f"{speaks(upstreams.name(claim.id), 'give')} {value}{one}{' ' + fear if fear else ''}"


def _said_claim(point: Point, end: str | None = None) -> Claim:
    """The claim whose value :func:`_say` tells: with ``end`` "low" or "high", the one of
    the point's lowest or highest stated number, else its first."""
    claim = point.claims[0]
    # Values compared in one unit: "60 metres (200 feet)" is highest in metres, not as 200.
    unit = _common_unit(point.claims)
    stated = [
        (in_unit(v, c.figure, unit), c)
        for c in point.claims
        if c.figure and (v := stated_value(c.figure)) is not None
    ]
    if end is not None and stated:
        pick = min if end == "low" else max
        claim = pick(stated, key=lambda x: x[0])[1]
    return claim


def _own_discord(
    series: Sequence[Series], documents: Mapping[str, Document], *, plans: bool = False
) -> tuple[Series, Claim, Claim] | None:
    """The first source whose current values cannot all hold ("2" in one report, "5" in
    another, no word of a change), with its lowest and highest figure.

    A source's current values are read together (their hull) so that restatements of one
    estimate join, but a source that gives two values that cannot both hold has not given
    a range: its figures disagree with each other (or count two things), and a third
    source's value between them agrees with neither."""
    for one in series:
        clusters = value_clusters(_own_values(one, documents, plans))
        if len(clusters) >= 2:
            return one, clusters[0][1][0], clusters[-1][1][0]
    return None


def relayed_apart(
    discord: tuple[Series, Claim, Claim], documents: Mapping[str, Document]
) -> tuple[tuple[Claim, ...], tuple[Claim, ...]] | None:
    """The lower and the higher figures of a source whose values cannot both hold
    (:func:`_own_discord`) when outlets relay it otherwise, beside another source of the
    measure: each report names the source as its speaker (:func:`_names_speaker`) and
    gives it one stated value with no word of change or of an earlier figure, no outlet
    (nor agency copy) gives both the low and the high value, and no two reports are of
    different days. "Five hurt, the governor said" in two outlets and "two villagers
    hurt, the governor told the agency" in another are the outlets' reports of one source
    differing, not two things it counts: a source that counts two things gives both
    itself. None otherwise."""
    one, _, _ = discord
    points = one.current or (one.latest,)
    if len({p.claims[0].doc for p in points}) != len(points):
        return None
    if not all(_one_value(p) and _names_speaker(p) for p in points):
        return None
    clusters = value_clusters(_own_values(one, documents))
    if len(clusters) != 2:
        return None
    low, high = clusters[0][1], clusters[-1][1]
    if {c.doc for c in low} & {c.doc for c in high}:
        return None
    if any(_one_outlet(a, b, documents) for a in low for b in high):
        return None
    days = {published(c, documents) for c in (*low, *high)}
    if len(days - {""}) > 1:
        return None
    return tuple(low), tuple(high)


def _names_speaker(point: Point) -> bool:
    """Whether a report names the speaker of its figure at least once ("five people, the
    governor said"; its headline's "five hurt" is the same figure)."""
    return any(c.said_by is not None and not c.said_by.anonymous for c in point.claims)


def _relayed_sentence(
    low: Sequence[Claim],
    high: Sequence[Claim],
    upstreams: Upstreams,
    documents: Mapping[str, Document],
    read: str,
) -> str:
    """Why outlets relaying one named source disagree: how many reports cite it, and what
    each outlet gives for it (every outlet named, however many carry one value)."""
    cited = next(
        (c.said_by.name for c in (*low, *high) if c.said_by and not c.said_by.anonymous),
        upstreams.name(low[0].id),
    )
    reports = len({c.doc for c in (*low, *high)})
    counted = _REPORTS_CITING.get(reports, f"{reports} reports cite")

    def outlets(claims: Sequence[Claim]) -> str:
        names = list(dict.fromkeys(publisher(c, documents) for c in claims))
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" and {names[-1]}"

    def gives(claims: Sequence[Claim]) -> str:
        verb = "gives" if len({publisher(c, documents) for c in claims}) == 1 else "give"
        return f"{outlets(claims)} {verb} {_said_number(claims[0])}"

    return (
        f"{counted} {cited}, yet {gives(low)} and {gives(high)}, and "
        f"{'neither' if reports == 2 else 'none'} tells its figure as earlier or changed: "
        f"the outlets' reports of one source differ (the values cannot both be true"
        f"{_even(read)})."
    )


# How many reports cite one source, as the sentence opens.
_REPORTS_CITING = {2: "Both reports cite", 3: "Three reports cite", 4: "Four reports cite"}


def _own_values(
    one: Series, documents: Mapping[str, Document], plans: bool = False
) -> list[tuple[Claim, Interval]]:
    """A source's current figures with the values each allows, vague amounts aside."""
    return [
        (c, found)
        for c in one.latest.claims
        if c.figure is not None
        and not c.figure.vague
        and c.figure.hedge != "vague"
        and (found := allowed(c, documents, plans=plans)) is not None
    ]


def _discord_sentence(
    discord: tuple[Series, Claim, Claim],
    series: Sequence[Series],
    listed: str,
    upstreams: Upstreams,
    documents: Mapping[str, Document],
    read: str,
) -> str:
    """An agreement's explanation when one source gives values that cannot both hold: not
    "the values can all hold", but that source's two figures named as its own discrepancy
    (or two things it counts), and which other sources give a value that holds with
    neither."""
    one, low, high = discord
    told = [c for s in series for p in (s.latest, *s.current) for c in p.claims]
    theirs = [found for _, found in _own_values(one, documents)]
    apart = [
        upstreams.name(s.latest.claims[0].id)
        for s in series
        if s is not one and not any(s.latest.interval.meets(found) for found in theirs)
    ]
    tail = (
        "every other source's value holds with one of them"
        if not apart
        else f"{speaks(apart[:3], 'give')} a value that holds with none of them"
        if len(apart) > 1
        else f"{speaks(apart[0], 'give')} a value that holds with none of them"
    )
    return (
        f"{listed}: {said_value(low, documents)} and {said_value(high, documents)}, both from "
        f"{upstreams.name(low.id)}, cannot both hold{_even(read)}{_as_bounds(told, documents)}, "
        f"so that source counts two things or its reports differ; {tail}"
    )


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
    said = both.format(said_value(low, documents), said_value(high, documents))
    return f"{speaks(upstreams.name(low.id), 'give')} {said}"


def not_compared(
    claims: Sequence[Claim], documents: Mapping[str, Document] | None = None
) -> tuple[tuple[Claim, ...], tuple[Claim, ...]]:
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
        documents: Their reports by id, for the words each figure is told in
            (:func:`~.intervals.figure_range`).

    Returns:
        The vague claims of another order, and those of an order that can hold.
    """
    agreed, units = _agreed(claims, documents)
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


def _agreed(
    claims: Sequence[Claim], documents: Mapping[str, Document] | None = None
) -> tuple[Interval | None, set[str | None]]:
    """The value a measure's numbers share, read per report (a report's numbers for one
    measure are one interval, their hull; each as :func:`~.intervals.figure_range` reads
    it), with their unit; None when they share none or are said in several units."""
    numbers: dict[str, list[Interval]] = {}
    units: set[str | None] = set()
    for claim in claims:
        found = figure_range(claim, documents)
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
    agreed, _ = _agreed(claims, documents)
    if agreed is None:
        return None
    numbers = [c for c in claims if figure_range(c) is not None]
    days = [published(c, documents) for c in numbers]
    if not numbers or not all(days):
        return None
    for claim in not_compared(claims, documents)[0]:
        order = magnitude_of(claim.figure, claim.text) if claim.figure else None
        day = published(claim, documents)
        if order is not None and order.high < agreed.low and day and day < min(days):
            return claim, max(numbers, key=lambda c: published(c, documents))
    return None


def orders_apart(claims: Sequence[Claim], documents: Mapping[str, Document] | None = None) -> str:
    """Why a measure's vague counts of another order (``not_compared``) are another
    quantity than its numbers, in words: "'several hundred' is of another order than
    10,000 and at least 10,000"."""
    apart, _ = not_compared(claims, documents)
    words = list(dict.fromkeys(f"'{said_value(c, documents)}'" for c in apart))
    numbers = list(dict.fromkeys(said_value(c, documents) for c in claims if figure_range(c)))
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


def _retold_superseded(
    series: Sequence[Series], documents: Mapping[str, Document], unit: str | None
) -> frozenset[str]:
    """The claims that retell a value its own source has since superseded: in a report no
    later than the revision, a source giving its own figure beside another value ("about
    60 died, the source said, which explains why the official toll of 43 is lower") tells
    that value as another's, and when it is the very value another source revised away
    (43, then at least 48), it is no longer credible and never the conservative value. A
    source's only value is its own, whatever another gave."""
    revised: list[tuple[float, str]] = []
    for s in series:
        for point in s.superseded:
            for c in point.claims:
                if c.figure and (v := stated_value(c.figure)) is not None and s.latest.date:
                    revised.append((in_unit(v, c.figure, unit), s.latest.date))
    out: set[str] = set()
    if not revised:
        return frozenset()
    for s in series:
        told = [
            (c, in_unit(v, c.figure, unit))
            for c in s.latest.claims
            if c.figure and (v := stated_value(c.figure)) is not None
        ]
        if len({value for _, value in told}) < 2:
            continue
        for claim, value in told:
            day = published(claim, documents)
            if day and any(value == old and day <= when for old, when in revised):
                out.add(claim.id)
        if all(c.id in out for c, _ in told):
            out.difference_update(c.id for c, _ in told)
    return frozenset(out)


def _retold_note(claims: Sequence[Claim], retold: frozenset[str], upstreams: Upstreams) -> str:
    """Why a value retold after its source revised it is not the conservative one."""
    told = [c for c in claims if c.id in retold and c.figure is not None]
    if not told:
        return ""
    first = told[0]
    assert first.figure is not None
    value = describe_said(first.figure, first.text)
    return (
        f"; the {value} that {upstreams.name(first.id)} also gives is that superseded figure "
        "retold, so the lowest credible figure does not rest on it"
    )


def _update_sentence(series: Series, upstreams: Upstreams) -> str:
    old = series.superseded[0].claims[0]
    new = series.latest.claims[0]
    old_value = describe_said(old.figure, old.text) if old.figure else old.text
    new_value = describe_said(new.figure, new.text) if new.figure else new.text
    if old.doc == new.doc:
        return _tidy(
            f"{upstreams.name(new.id)} gave {old_value} and then {new_value} in one report "
            f"{dated(series.latest.date, '')}, and the later figure supersedes the earlier one"
        )
    # A figure its words call earlier ("two weeks ago, police said 12") in a report of the
    # latest's day is told as earlier, not as of that day.
    same_day = series.superseded[0].date == series.latest.date and series.superseded[0].earlier
    was = (
        f"an earlier {old_value}"
        if same_day
        else f"{old_value} {dated(series.superseded[0].date, 'in an earlier report')}"
    )
    return (
        f"{upstreams.name(new.id)} revised {their(upstreams.name(new.id))} figure from {was} "
        f"to {new_value} {dated(series.latest.date, 'in a later report')}, and the later figure "
        "supersedes the earlier one"
    )


def listing(items: Sequence[str]) -> str:
    """Items as a reader lists them: "a", "a, and b", "a; b; and c"."""
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]}, and {items[1]}"
    return "; ".join(items[:-1]) + f"; and {items[-1]}"


def _upper(text: str) -> str:
    return text[:1].upper() + text[1:]
