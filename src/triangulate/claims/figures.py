"""Read each number phrase as a figure: what it counts, where, since when, and of which total.

``find_quantities`` finds the number phrases; this stage reads the dependency parse around each
one to say what is counted ("600 active IS fighters" -> "fighters"), the words that narrow it
("active", "IS"), the place and the time it is about, and which total a figure breaks down
("1,114 citizens including 267 children"). From those it builds ``measure``, a normalised
label meant to be equal for the same measure across reports and different otherwise.

How the counted noun is found
=============================
A cascade, first hit wins; each step is a plain rule of English noun phrases:

0. A count joined by a hyphen to a noun before another noun counts the joined noun ("a
   10-storey block": storeys, "a 40 - car pile - up": cars), unless the other noun is a
   margin or a change ("a one-seat majority", "a 10-point lead" count the majority, the lead).
1. The noun phrase right after the number: modifiers then a noun ("600 active IS fighters",
   "800 wounded jihadists"). The head is the last common noun of that run; common-noun
   compounds before it belong to it ("death toll", "air raids"), and a noun before the head
   only modifies it ("three pirate boats" counts boats). A lower-case word in "-s" the tagger
   took for a verb after "<count of two or more> <Name>" is the plural counted ("26 Somani
   brigands"): a plural count and a name take no verb in "-s".
2. An "of" phrase after the number ("dozens of houses", "150 of them", "80% of the city",
   "a handful of positions"); for money also a bare "in" phrase ("$5 million in aid", not
   "in an effort", "in addition", "in early trading").
3. The parse: a noun the number modifies (``nummod``), or an "of" child of a nominal number.
4. Stand-in: a count followed by an adjective or participle and no noun ("at least 150
   injured", "between 55 and 70 dead") counts the people that word describes. The word is the
   counted noun, as written, and the measure's label is "people": an adjective used for a
   noun ("the dead", "the injured") stands for people in English.
5. Elided noun, climbing from the number through the parse:
   - a preposition of measure ("at", "near", "of", "between", "to", "around", "about") hanging
     on a noun gives that noun ("the flood toll near 60", "a toll of 43"); hanging on a verb
     with a direct object, that object ("put the toll between 55 and 70", "puts deaths at
     about 60");
   - a count that is the object of a verb of harm ("the flood killed dozens", "wounding
     70") counts the people harmed, labelled "people" with the verb's state;
   - money that is the object of a verb ("appealed for $12 million", "pledged $5 million")
     counts the act the money is for, named by the verb's lemma ("appeal", "pledge"); the
     money's subject is its actor. Verbs of value or change ("cost", "reach", "rise", "be")
     say what the money measures, so they give their subject ("the repairs cost $5 million");
   - otherwise the verb's subject ("the death toll has climbed past 300" -> "death
     toll"), or the noun a relative or participle clause hangs on ("a pocket which is no
     larger than 3 km²" -> "pocket").
6. When the parse gives nothing on the figure's line (a headline run into the body by the
   parser), the surface: "<noun> at/near/of/between/to <number>" counts that noun, else the
   subject of the nearest verb before the number ("Ferry toll climbs to about 30").
7. A count left with no noun whose own predicate is a harm ("Three die in bank", "Three
   killed as ...") counts people: those a death or an injury befalls; so does a count with a
   "who" clause of its own ("tens of thousands who marched").

A figure never reaches across a line break: a headline and the body under it are separate
sentences however the parser joined them, so the counted noun, the span, the predicate, the
place and the time scope are all read on the figure's own line.

Container nouns ("number", "total", "tally", "count") give way to their "of" phrase: "the
number of air raids dropped to 10" counts air raids.

How the measure is built
========================
``measure`` = [actor] + counted label + [state] + ["by" cause] + ["in" place], lower case
except names (a headline's capital on a word the report writes in small letters elsewhere
is no name: "Three Pirate Vessels" over "pirate vessels" reads "vessels"); percentages read
"percent of <label> <state> [by actor] [in place]" ("percent of city controlled by SDF in
Raqqa"), money "[actor] <label> ... (<currency>)" ("United
Nations appeal (USD)"), a move in basis points its unit as written ("bps") and other units
"<kind> of <label> ...". Restrictive adjectives stay
in ("active fighters"); words that only add ("other", "additional", "more") do not. A counted
"them" borrows the label of the nearest earlier total in the same or previous sentence; with
no count there, the plural things the text named with "the" ("the skiffs tried to flee. While
two of them got away, ..."). So does a count that names no noun but points back at one ("the
remaining three", "all four", "two of them escaped and the other three were seized"): a
determiner, "other" or "remaining" before the number says the text counted that thing just
before. It takes the nearest earlier count of the same or previous sentence whose label is
known, when the counts fit: "the three" and "all four" name a set of just that size again
("Gunmen seized four hostages. All four were freed"), and "the other three" is the rest of a
set: no larger than the set, but of any size beside a part of it told before ("two of them
... the other three"). A bare subject ("Two were charged") says nothing of what it counts.
A length, a weight, a duration or money is *of* a thing: when the words found name a person
("a teacher for 20 years"), a team or a firm, a unit or measure word ("260-pound",
"temperatures", "size", "euros") or nothing at all, the measure is its kind alone, with the
place: "duration in Leeds", "temperature in Alaska", "money in Paris (EUR)".

Counted nouns (lemma -> label). Labels of counts are plural, so any other counted noun is
pluralised the same way: its plural as written ("families"), or, when written in the singular,
its lemma with the regular English plural ("school" -> "schools", "family" -> "families").
The base of a share keeps its number as written ("percent of city", "percent of wells"); a
stand-in adjective reads "people" (step 4); money counted by its act keeps the act ("appeal").

==========================================================  ==============
lemma of the counted noun                                   label
==========================================================  ==============
fighter, militant, jihadist, combatant, gunman, insurgent   fighters
civilian, citizen, resident, inhabitant                     civilians
people, person, individual                                  people
child, kid, minor                                           children
woman                                                       women
airstrike                                                   airstrikes
casualty                                                    casualties
body, corpse                                                bodies
toll, death toll, death, fatality                           people (state "killed")
injury                                                      people (state "wounded")
percent, per cent, %                                        percent
==========================================================  ==============

A strike, raid or sortie keeps the report's own word ("two previous strikes" are "previous
strikes", never "airstrikes"): grouping reads them all as one kind of attack.

States: what happened to the counted, from the predicate of a subject ("civilians were
killed"), the verb of an object ("airstrikes killed 50 civilians"), a participle or relative
clause ("civilians trapped in", "fighters who remain"), an adjective ("wounded jihadists") or
a nominalisation governing the figure ("the death of 1,338 members"):

==============================================================  ==========
words (lemma)                                                   state
==============================================================  ==========
kill, die, dead, death, killing, slay, perish                   killed
wound, injure, injury, hurt, wounded, injured                   wounded
trap, trapped, remain, remaining, stay, "still" + in/inside     remaining
flee, escape, leave, evacuate, evacuation, exit, depart,        fled
displace
destroy, destruction, raze, flatten                             destroyed
control, hold, take, capture, seize, retake, recapture          controlled
  (only when what is counted is a share or area of territory)
==============================================================  ==========

A verb denied ("were not hurt") gives no state. A parent's count ("a mother of two") is of
children, and what befell the parent gives the children no state.

Causes ("killed by coalition airstrikes" vs "killed in mine explosions"): the agent or the
"in/during/due to/from" phrase of the state, labelled by the first word found here, else its
head noun's lemma:

==============================================================  ==========
words (lemma)                                                   cause
==============================================================  ==========
airstrike, strike, raid, bombing, bombardment, warplane,        airstrikes
aircraft, bomb
mine, landmine, explosive, ied                                  mines
shelling, artillery, mortar, shell                              shelling
clash, fighting, battle, crossfire                              clashes
==============================================================  ==========

Places and time
===============
``place`` is a GPE/LOC/FAC entity in a prepositional phrase (or object) of the counted noun or
its predicate; a bare "the city" / "the town" names the last town or region named before it
in its sentence ("in Thessaloniki, where 20,000 joined the city's marches"), else the latest
place of the document called so ("Homs city", "the town of Sirte"), else the place the text
has named most so far. Failing
that, the nearest place mention in the sentence, a town or region (GPE, LOC) before a
facility (FAC): a dam or a bridge named in the sentence is most often the cause or the scene
of one event ("killed when the dam failed above the town"), while the figure is about the
town; then the last place named earlier in the same paragraph (a paragraph keeps its
setting; the items of a list of three places or more, "spread to Turkey, Spain and the
Netherlands", set none); else None. A
figure in a "where" clause is at the place "where" stands for ("in Salonika, where 50,000
people marched"). A
population belongs to the place it is set off after ("Zarand, a town of about 15,000 people
in Kerman province": Zarand) or said of ("the island, which lies off the port of X and is
home to 100,000 people": the island, through the relative clause's noun). A
place named as a distance's reference point ("940 miles south of Tehran") is where the
distance is measured from: it is the place of that distance and of no other figure. A
clause whose subject is a pronoun carrying on the sentence before ("It killed 612 people")
takes that sentence's last place when its own sentence names none. Place names used as modifiers
("US-backed", "Georgian nationals", "the US military") are not places the figure is about.

``scope`` is the time phrase of the figure's clause: a prepositional phrase (since, until, for,
in, during, over, between, on, after, before, throughout) or adverbial noun whose words hold a
date, a time, a duration or a time noun ("since June", "in the past two weeks", "on Tuesday"),
or a "since/until/after/before/when" clause naming a date ("since the battle began in June"),
cut at its first comma. An event scopes a figure as a date does: "since" followed by any noun
phrase ("since the landslide"), and "after/before/following/until" followed by an event noun
("after the collapse", "since the dam failure on Sunday"). Event nouns are those in the table
below and nominalisations ending in -tion, -sion, -ure or -ment ("evacuation", "failure"),
except the few such nouns that name things ("government", "station", "structure", ...).
Adjacent phrases merge ("since 5 June until 10 October"), and a date phrase on the event noun
stays with it ("since the dam failure on Sunday"). A phrase holding a date is preferred to an
event alone; among equals the nearest wins. Failing a phrase in the figure's own clause, the
nearest time phrase of the sentence scopes it: a date stated once in a sentence covers the
figures listed in it. Not so the total a clause brings a running count to ("Nine died on Monday,
taking the toll to 318", "bringing the total to", "raising the number of dead to"): the day
dates the nine, while the total holds as of its telling, so it keeps its own clause's time
only ("bringing the toll since March to 318"). Such a bare total, tally, count or number
counts what the clause's own count counts ("arrested 35 protesters, bringing the total so far
to 700": protesters arrested). Phrases that hold another figure ("from dozens a day") are
rates, and "under the age of 18" is an age, not a time.

==============================================================================================
event nouns (lemma)
==============================================================================================
attack, assault, offensive, battle, fighting, war, siege, raid, strike, bombing, blast,
explosion, shelling, ceasefire, truce, coup, invasion, election, vote, referendum, protest,
uprising, flood, flooding, landslide, earthquake, quake, storm, hurricane, cyclone, tsunami,
eruption, fire, wildfire, collapse, crash, accident, disaster, outbreak, shooting, killing,
massacre, incident, breach, rains, rainfall, downpour, deluge, heatwave, drought, meeting,
summit, talks, deal, launch, release, announcement
==============================================================================================

A figure with no predicate of its own takes one from a later "they were killed ..." clause of
the same sentence, which continues it.

Breakdowns
==========
A figure inside "including ...", "among them ...", "of whom ..." (or in a list joined to one)
breaks down the total that phrase hangs on; parts borrow state, cause and time scope from
their total when they have none of their own. A figure "in addition to" an earlier one
is a part of a combined count too ("1,114 in the city, in addition to 16 in a village"):
never the same quantity as that count.

What is dropped
===============
Durations that only date another figure (time scopes: "over the past two weeks"; a duration
that is itself the reported fact, "a 12-day siege", is a figure of kind "duration": see
``triangulate.claims.durations``), number phrases inside a longer name, and list markers.
``triangulate.claims.explain`` lists every number left out, with the reason.

Vote tallies
============
A vote's tally ("the jury voted 10-2", "a 5-4 ruling", "by 302 votes to 221") is two figures
of kind "tally", one per side: who votes, named before it or as whose vote it is after it
("an 11-1 vote of the jury"; jurors, justices, judges, else votes), and the side, "in the
majority" or "in the minority" ("on each side" when tied). Its measure ("jurors in the
majority") is never a toll's or any count's: a tally is set only against a tally.

Ages at death
=============
An age at death (``Quantity.age_at_death``: "died at 77", "He was 77." after the death) is a
figure of kind "duration" in years whose measure is "age at death": the number alone, with
no counted noun, time scope or breakdown read around it; who gave it is read as for any
figure ("Brandt was 77, the Herald said").

The time since a change in someone's life ("was married two weeks ago", "had moved back to
Orvel six weeks ago", ``triangulate.claims.durations.time_since``) is read the same way: a
figure of kind "duration" whose measure is "time since marriage", "time since return" or
"time since move", with no place or time scope read around it. So is the time until an
event, a countdown ("with 12 seconds left", "39 days left in office",
``triangulate.claims.durations.counts_down``): measure "time left", the number
alone, counting nothing, whatever the words after it name.

Scores and records
==================
A game's result or a team's record whose sides the report names ("defeated Dalby 65-53",
"the Sixers (9-14)") is two figures of kind "score", one per side; its measure says what
the side counts and whose it is: "wins (Sixers)", "losing points, game with Dalby" (the
name the sentence gives last before the numbers, else the team right after them, "the 15-17
Bulldogs"). Scores nobody is named for are no figures (``triangulate.claims.quantities``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import accumulate, pairwise

from triangulate.claims.attribution.lexicon import PERSON_NOUNS
from triangulate.claims.currency import resolve_money
from triangulate.claims.durations import (
    TIME_LEFT,
    counts_down,
    reported_durations,
    time_since,
)
from triangulate.claims.entity_index import EntityIndex
from triangulate.claims.quantities import (
    HEADLINE_VERBS,
    Quantity,
    find_quantities,
    in_headline,
    named_after_game,
    named_before,
)
from triangulate.claims.titles import is_country, is_degree, names_a_work
from triangulate.model import Document, Entity, Mention
from triangulate.model.claim import Figure
from triangulate.nlp.sentences import line_bounds
from triangulate.nlp.tokens import Token, Tree

# --------------------------------------------------------------------------------------------
# Tables (documented in the module docstring).

_COUNTED_LABELS: dict[str, str] = {
    **dict.fromkeys(
        ("fighter", "militant", "jihadist", "combatant", "gunman", "insurgent"), "fighters"
    ),
    **dict.fromkeys(("civilian", "citizen", "resident", "inhabitant"), "civilians"),
    **dict.fromkeys(("people", "person", "individual"), "people"),
    **dict.fromkeys(("child", "kid", "minor", "children"), "children"),
    **dict.fromkeys(("woman", "women"), "women"),
    "airstrike": "airstrikes",
    "casualty": "casualties",
    **dict.fromkeys(("body", "corpse"), "bodies"),
    **dict.fromkeys(("toll", "death"), "people"),
    **dict.fromkeys(("injury", "fatality"), "people"),
    **dict.fromkeys(("percent", "%", "cent"), "percent"),
}
# Words that make a strike workers' rather than an air raid.
_LABOUR_STRIKE = frozenset(
    {"general", "nationwide", "national", "hunger", "labour", "labor", "workers", "rail"}
)
# Counted nouns that name a count of the dead: the state is implied.
_IMPLIED_STATE: dict[str, str] = {
    "toll": "killed",
    "death": "killed",
    "fatality": "killed",
    "injury": "wounded",
}

_STATES: dict[str, str] = {
    **dict.fromkeys(("kill", "die", "dead", "death", "killing", "slay", "perish"), "killed"),
    **dict.fromkeys(("wound", "injure", "injury", "hurt", "wounded", "injured"), "wounded"),
    **dict.fromkeys(("trap", "trapped", "remain", "remaining", "stay"), "remaining"),
    **dict.fromkeys(
        (
            "flee",
            "escape",
            "leave",
            "evacuate",
            "evacuation",
            "exit",
            "depart",
            "displace",
            "fled",
        ),
        "fled",
    ),
    **dict.fromkeys(("destroy", "destruction", "raze", "flatten"), "destroyed"),
    # the rites of the dead: "funerals for the 23 victims", "mourned the 23 victims"
    **dict.fromkeys(("funeral", "burial", "mourn"), "killed"),
}
# Verbs that take lives: "claimed 12 lives", "12 people lost their lives", "cost 12 lives".
_TAKE_LIFE = frozenset({"claim", "cost", "take", "lose"})
# What people are buried under or in alive, as a disaster buries them ("buried under the
# rubble", "buried in the mud"): no burial of the dead.
_BURIED_UNDER = frozenset({"under", "beneath", "underneath", "below"})
_BURIED_IN = frozenset(
    {"rubble", "debris", "mud", "snow", "avalanche", "landslide", "mudslide", "sand", "ruins"}
)
_CONTROL_VERBS = frozenset(
    {"control", "hold", "take", "capture", "seize", "retake", "recapture", "controlled"}
)
_CAUSES: dict[str, str] = {
    **dict.fromkeys(
        (
            "airstrike",
            "strike",
            "raid",
            "bombing",
            "bombardment",
            "warplane",
            "aircraft",
            "drone",
        ),
        "airstrikes",
    ),
    **dict.fromkeys(("bomb", "blast", "explosion"), "bombs"),
    **dict.fromkeys(
        ("fire", "blaze", "flame", "firebomb", "arson", "cocktail", "molotov", "petrol"), "fire"
    ),
    **dict.fromkeys(("mine", "landmine", "explosive", "ied"), "mines"),
    **dict.fromkeys(("shelling", "artillery", "mortar", "shell"), "shelling"),
    **dict.fromkeys(("clash", "fighting", "battle", "crossfire"), "clashes"),
}
# Buildings and streets named in an "in" phrase are where, not what killed ("in the bank").
_SITE_NOUNS = frozenset(
    """bank branch building house home office hospital school station church mosque shop
    store street square avenue road market hotel factory prison camp village neighbourhood
    area island""".split()  # noqa: SIM905
)
# Words for people in a state, standing for the people ("80 hurt", "3 DEAD").
# States that befall people: a count with no noun of its own in one counts people.
_HARMED = frozenset({"killed", "wounded"})
_STATE_NOUNS = frozenset(
    {"dead", "injured", "wounded", "hurt", "missing", "homeless", "displaced", "detained"}
)
# Irregular plurals of counted nouns; a noun ending in "man" takes "men".
_IRREGULAR = {"person": "people", "child": "children", "foot": "feet", "mouse": "mice"}
# Collective nouns a count counts the members of ("26 crew", "300 staff", "200 livestock"):
# the word counts many as written, and has no plural a label may give it ("crews" are
# several ships' crews, never 26 sailors).
_COLLECTIVE_MEMBERS = frozenset(
    {"crew", "staff", "personnel", "police", "cattle", "livestock", "poultry", "clergy"}
)
# Adjectives that add to a count without narrowing what is counted.
_NON_RESTRICTIVE = frozenset(
    {
        "other",
        "additional",
        "further",
        "more",
        "many",
        "several",
        "some",
        "such",
        "total",
        "estimated",
        "least",
        "new",
        "own",
        "same",
        "entire",
        "whole",
        "innocent",
    }
)
_CONTAINERS = frozenset({"number", "total", "tally", "count", "figure"})
_PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "island",
        "village",
        "province",
        "country",
        "region",
        "capital",
        "district",
        "neighbourhood",
        "neighborhood",
        "suburb",
    }
)
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# The words before a place that make it a distance's reference point ("miles south of").
_REFERENCE = re.compile(
    r"\b(?:miles?|km|kilometers?|kilometres?|(?:north|south|east|west)(?:-?(?:east|west))?)"
    r"\s+(?:of|from)\s+(?:the\s+)?(?:(?:port|city|town|capital|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# The words before a place that make it a person's home, not where the news happened: "who
# lived in Tarvik Dal", "a nurse living in Sirte", "originally from Homs". Those
# counted where they live ("people living in the valley were evacuated") are the exception
# (see ``_Places.home``).
_HOME = re.compile(
    r"(?P<who>[\w'-]+)\s+(?:(?:who|that|still|had|has|have|been|was|were|and)\s+)*"
    r"(?:living|lived|lives|live)(?:\s+and\s+working)?\s+in\s+(?:the\s+)?$"
    r"|\b(?:originally\s+from|native\s+of|resident\s+of|hails\s+from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The verbs a teller speaks by: a place after their "from" ("said from Sofia", "told
# reporters by telephone from Kelvara") is where the teller was, not where the news happened.
_TELLING = frozenset({"say", "tell", "speak", "talk", "comment", "add", "explain", "testify"})
# The means a teller may speak by between the verb and its "from" ("said by phone from").
_TELLING_MEANS = frozenset({"phone", "telephone", "interview", "link", "videolink", "satellite"})
# The words before a place named as an end of a stretch: "a cable between Sirte (Libya) and
# Cairo (Egypt)", "the strait between Homs and Basra". Both ends bound a route or
# a sea; neither is where what the report counts happened.
_STRETCH_END = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+)*?(?:[A-Z][\w'.-]*\s*\(\s*)?$"
    r"|\bbetween\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s*)+(?:\([^()]*\)\s*)?and\s+(?:the\s+)?"
    r"(?:[A-Z][\w'.-]*\s+)*?(?:[A-Z][\w'.-]*\s*\(\s*)?$"
)
# Who may be counted where they live: a home phrase after these says where those counted are.
_COUNTED_AT_HOME = frozenset(
    {
        *("people", "residents", "families", "households", "those", "others"),
        *("inhabitants", "villagers", "civilians", "persons", "children", "citizens", "homes"),
    }
)
# The hedge a population may carry before its number: "about 15,000", "more than 2 million".
_POPULATION_HEDGE = (
    r"(?:(?:about|around|some|nearly|roughly|approximately|almost|over|more\s+than|"
    r"just\s+over|just\s+under|under)\s+)?$"
)
# A population set off right after the place it belongs to: "Zarand, a town of about 15,000
# people", "Qeshm island, home to 120,000 people", "Torvald, with a population of 40,000".
_POPULATION_APPOSED = re.compile(
    r",\s*(?:(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:town|city|village|island|country|nation|"
    r"province|region|district|port|capital|metropolis|state)\s+of|(?:which\s+is\s+)?home\s+to|"
    r"(?:with\s+)?a\s+population\s+of)\s+" + _POPULATION_HEDGE,
    re.IGNORECASE,
)
_PLACE_THEN = re.compile(r"^\s*(?:[A-Za-z]+\s*)?$")
# A population said by a verb of the place: "the island is home to 100,000 people", "it has a
# population of 40,000".
_POPULATION_SAID = re.compile(
    r"\b(?:home\s+to|population\s+of)\s+" + _POPULATION_HEDGE, re.IGNORECASE
)
# Subjects that carry a clause on from the sentence before ("It killed 612 people").
_CONTINUING = frozenset({"it", "they", "this", "these"})
_ACTOR_LABELS = frozenset({"ORG", "NORP", "GPE", "PERSON"})
_NAME_LABELS = frozenset({"ORG", "PERSON", "FAC", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT"})
# An amount glued to its currency's code or sign ("USD115", "S$300"), which a tagger may take
# for a name
_TIMES_AFTER_RE = re.compile(r"\s+times\b")
# "a mother of three", "father of two": a parent's count is of children
_PARENT_OF_BEFORE_RE = re.compile(
    r"\b(?:mother|father|parent|mom|mum|dad|grandmother|grandfather|grandparent)s?\s+of\s+$",
    re.IGNORECASE,
)
# A word of harm after the number: a toll the tagger ran into a place's name ("Kalamazoo
# Township 2 dead")
_TOLL_AFTER_RE = re.compile(
    r"\s+(?:dead|killed|injured|hurt|wounded|missing|died)\b", re.IGNORECASE
)
_BASIS_POINTS_RE = re.compile(r"bps?\b|basis[\s-]points?", re.IGNORECASE)
_CODE_GLUED_RE = re.compile(r"(?:[A-Z]{2,3}\$?|[A-Z]{0,3}[$€£¥₹])[0-9][0-9.,]*")
_PLACE_PREPS = frozenset(
    {"in", "inside", "of", "at", "near", "from", "across", "around", "outside", "on", "into"}
)
_TIME_PREPS = frozenset(
    {
        "since",
        "until",
        "till",
        "for",
        "in",
        "during",
        "over",
        "between",
        "on",
        "after",
        "before",
        "throughout",
        "through",
        "from",
    }
)
_TIME_MARKS = frozenset({"since", "until", "till", "after", "before", "when"})
_TIME_NOUNS = frozenset(
    {
        "period",
        "day",
        "week",
        "month",
        "year",
        "weekend",
        "hour",
        "morning",
        "afternoon",
        "evening",
        "night",
        "today",
        "yesterday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)
# Prepositions that scope a figure by an event ("since the landslide", "after the collapse").
_EVENT_PREPS = frozenset({"since", "after", "before", "following", "until", "till"})
_PHRASE_PREPS = _TIME_PREPS | _EVENT_PREPS
_EVENT_NOUNS = frozenset(
    """attack assault offensive battle fighting war siege raid strike bombing blast explosion
    shelling ceasefire truce coup invasion election vote referendum protest uprising flood
    flooding landslide earthquake quake storm hurricane cyclone tsunami eruption fire wildfire
    collapse crash accident disaster outbreak shooting killing massacre incident breach rains
    rain rainfall downpour deluge heatwave drought meeting summit talks deal launch release
    announcement""".split()  # noqa: SIM905
)
_EVENT_SUFFIXES = ("tion", "sion", "ure", "ment")
# Nouns with those endings that name things or bodies, not events.
_NOT_EVENTS = frozenset(
    """government department parliament apartment station nation population position coalition
    administration foundation institution organisation organization federation structure
    picture nature culture future measure figure treasure moment region section""".split()  # noqa: SIM905
)
# Prepositions that tie a number to the noun it measures ("the toll near 60", "deaths at 60").
_MEASURE_PREPS = frozenset({"at", "near", "of", "between", "to", "around", "about"})
# Verbs whose money object measures their subject ("the repairs cost $5 million").
_VALUE_VERBS = frozenset(
    """be cost total reach rise fall climb drop increase decrease grow value amount exceed top
    hit jump soar double""".split()  # noqa: SIM905
)
# Tags of an adjective or participle that stands for an elided noun ("150 injured"), and the
# words after one that make it a predicate with a complement instead ("short of", "needed to").
_STAND_IN_TAGS = frozenset({"JJ", "VBN"})
_COMPLEMENT_PREPS = frozenset({"of", "to", "than", "from", "with"})
# Complements that say the state a verb leaves its object in ("left three dead").
_RESULT_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp"})
# "$5 million in aid" names what the money is; these "in" phrases do not ("in addition").
_NOT_MONEY_NOUNS = frozenset(
    {"addition", "total", "all", "return", "exchange", "trading", "response", "part", "order"}
)
_CAUSE_PREPS = frozenset({"by", "in", "during", "from", "due", "through"})
_BREAKDOWN_PREPS = frozenset({"including", "among", "includes", "include"})
_BREAKDOWN_BEFORE_RE = re.compile(
    r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+which|of\s+them|"
    r"in\s+addition\s+to)[\s,:]*$",
    re.IGNORECASE,
)
_REPORTING = frozenset(
    {"show", "say", "report", "indicate", "reveal", "estimate", "document", "record", "tell"}
)
_HEDGE_PREPS = frozenset({"around", "about", "over", "nearly", "almost", "under", "some"})
_RELATIVES = frozenset({"who", "which", "that", "whom"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNPS"})
_RUN_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBG", "NN", "NNS", "NNP", "NNPS", "HYPH"})
_MAX_QUALIFIER_TOKENS = 12


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureSpan:
    """One figure found in a document, before attribution.

    ``text[start:end]`` is the figure's phrase: the number through the counted noun and the
    post-modifiers that say what is counted. ``parent`` is the index, in the tuple
    ``read_figures`` returns, of the total this figure breaks down. ``place`` is the id of
    the place entity the figure is about. ``scope_start``/``scope_end`` locate the time-scope
    phrase, whose text is also ``figure.scope``.
    """

    quantity: Quantity
    start: int
    end: int
    figure: Figure
    parent: int | None
    place: str | None
    scope_start: int | None
    scope_end: int | None


@dataclass(slots=True, kw_only=True)
class _Reading:
    """What one quantity's context says, filled in step by step (private, mutable)."""

    quantity: Quantity
    number: Token
    noun: Token | None = None
    counted: str | None = None
    qualifiers: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    actor: str | None = None
    state: str | None = None
    cause: str | None = None
    predicate: list[Token] = field(default_factory=list)
    place: Entity | None = None
    scope: tuple[int, int] | None = None
    start: int = 0
    end: int = 0
    total: int | None = None  # token index of the total this figure breaks down
    parent: int | None = None
    line: tuple[int, int] = (0, 0)  # character bounds of the figure's line
    sentence: tuple[Token, ...] | None = None  # ``_sentence``, once asked for
    label: str | None = None  # a label set by the counted-noun step (stand-in, money act)
    back: str | None = None  # how a count with no noun points back: "rest", "whole" or None
    resolved: str | None = None  # the label ``_span`` gave this figure, once it has
    refers: str | None = None  # the noun it counts, "them" and bare counts resolved
    named: Token | None = None  # for "them" with no count before it: the things named before
    # the word of the phrase after the counted noun that names the actor, a person ("sons
    # of", "climbers with"): the measure writes the person after the noun, as the text does
    actor_after: str | None = None


# --------------------------------------------------------------------------------------------
# Places: which mentions count, and what "the city" refers to.


# What lies between a place and a place it owns ("Kelvara's Orvel", "Kelvara 's
# northern city of Orvel", "Kelvara's capital, Orvel"): the possessive, then only words
# that say what kind of place or where in the owner it lies.
_OWNED_PLACE = re.compile(
    r"^\s*['’]\s*s?\s+(?:(?:(?:north|south|east|west)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?"
    r"|central|restive|second|third|largest|biggest|main|capital|commercial|port|city|town|"
    r"village|province|region|district|state|county|of|the)\s+|,\s*)*$",
    re.IGNORECASE,
)


class _Places:
    """The document's usable place mentions, and resolution of "the city"-type anaphors."""

    def __init__(self, text: str, tree: Tree, entities: EntityIndex) -> None:
        self.text = text
        self.tree = tree
        self.entities = entities
        # Time phrases by anchor, filled by _find_scope (see _time_phrases).
        self.time_phrases: _PhraseCache = {}
        # Places of "the city"-type nouns by token index, filled by anaphor: every figure
        # of a sentence looks through the same nouns.
        self.anaphors: dict[int, Entity | None] = {}
        named = entities.within(0, len(text))
        # A name the report writes as a work's title anywhere ("the Orvel franchise") names
        # the work throughout; a degree after a person's name ("Ada Varga, MD") no state.
        persons = {m.end for m, e in named if e.type == "PERSON"}
        titled = {
            m.start
            for m, e in named
            if e.type in _PLACE_TYPES and names_a_work(text, m.start, m.end)
        }
        # A country's name written as a title ("the drama 'Kelvara'") is the work there only.
        works = {e.id for m, e in named if m.start in titled and not is_country(e.name)}
        self.mentions: tuple[tuple[Mention, Entity], ...] = tuple(
            (m, e)
            for m, e in named
            if e.type in _PLACE_TYPES
            and e.id not in works
            and m.start not in titled
            and not is_degree(text, m.start, m.end, persons)
            and self._usable(m)
            and not self.home(m)
            and not self.told_from(m)
            and not _STRETCH_END.search(text[max(0, m.start - 60) : m.start])
        )
        # In text order (EntityIndex keeps them so): a span's mentions are found by bisection.
        self._starts = [m.start for m, _ in self.mentions]
        # Answers of earlier_in_paragraph by (landmark, paragraph start), and the mentions
        # that call a place by each noun (see _called_before), filled as asked.
        self._earlier: dict[tuple[int, int], Entity | None] = {}
        self._called_by_noun: dict[str, list[int]] = {}

    def _usable(self, mention: Mention) -> bool:
        """Whether a mention names a place rather than modifying a word ("US-backed")."""
        after = self.text[mention.end : mention.end + 1]
        if after in {"-", "\u2010", "\u2011"}:
            return False
        toks = [t for t in self.tree.at(mention.start, mention.end) if t.pos != "SPACE"]
        if not toks:
            return False
        # Nationality adjectives ("Georgian nationals") are tagged as places by the NER.
        if all(t.tag == "JJ" or t.dep == "amod" for t in toks):
            return False
        # A name modifying a common noun ("the US military") is not a location, unless the
        # noun is itself a place word ("Raqqa city").
        last = toks[-1]
        head = self.tree.head(last)
        return not (
            last.dep == "compound"
            and head.pos == "NOUN"
            and head.lemma.lower() not in _PLACE_NOUNS
            and head.i > last.i
        )

    def home(self, mention: Mention) -> bool:
        """Whether a place is named as where a person lives or comes from ("a climber who
        lived in Tarvik Dal fell 200 metres"): their home, not the scene of what is counted;
        those counted where they live ("people living in the valley") aside."""
        found = _HOME.search(self.text[max(0, mention.start - 60) : mention.start])
        return found is not None and (found.group("who") or "").lower() not in _COUNTED_AT_HOME

    def told_from(self, mention: Mention) -> bool:
        """Whether a place is named as where a teller spoke from ("Ada Varga, a rights
        advocate, said from Sofia"): the teller's whereabouts, not the scene of what is
        counted."""
        toks = [t for t in self.tree.at(mention.start, mention.end) if t.pos != "SPACE"]
        if not toks:
            return False
        tok = self.tree.head(toks[-1]) if toks[-1].dep == "compound" else toks[-1]
        if tok.dep != "pobj":
            return False
        prep = self.tree.head(tok)
        if prep.lower != "from" or prep.dep != "prep":
            return False
        up = self.tree.head(prep)
        for _ in range(2):
            # "said by telephone from Sofia": through the means to the verb.
            if up.lemma.lower() not in _TELLING_MEANS or up.dep not in {"pobj", "prep"}:
                break
            up = self.tree.head(up)
            if up.dep == "prep":
                up = self.tree.head(up)
        return up.pos in {"VERB", "AUX"} and up.lemma.lower() in _TELLING

    def reference(self, mention: Mention) -> bool:
        """Whether a place is named as a distance's reference ("35 miles southwest of the
        port of Bandar Abbas", "1,500 km from Tehran"): where something is measured from,
        not where it is."""
        return _REFERENCE.search(self.text[max(0, mention.start - 60) : mention.start]) is not None

    def named_in(self, start: int, end: int) -> list[tuple[Mention, Entity]]:
        """Usable place mentions inside [start, end)."""
        mentions = self.mentions
        out = []
        for k in range(bisect_left(self._starts, start), len(mentions)):
            mention, entity = mentions[k]
            if mention.start > end:
                break
            if mention.end <= end:
                out.append((mention, entity))
        return out

    def anaphor(self, tok: Token) -> Entity | None:
        """The place a bare "the city" refers to, or None if ``tok`` is no such noun."""
        if tok.lemma.lower() not in _PLACE_NOUNS:
            return None
        if tok.i not in self.anaphors:
            self.anaphors[tok.i] = self._anaphor(tok)
        return self.anaphors[tok.i]

    def _anaphor(self, tok: Token) -> Entity | None:
        """``anaphor`` for a place noun."""
        if self.entities.at(tok.start, tok.end):
            return None
        kids = self.tree.children(tok)
        if not any(k.dep == "det" and k.lower in {"the", "this", "that"} for k in kids):
            return None
        if any(k.dep == "prep" and k.lower == "of" and self._names_a_name(k) for k in kids):
            return None  # "the port city of Bandar Abbas" names its own place
        # The mentions that end before the noun are the first ``earlier`` in end order.
        ends, most_named = self._by_end
        earlier = bisect_right(ends, tok.start)
        if not earlier:
            return None
        # A place named earlier in the same sentence is the one a reader takes it for:
        # "in Thessaloniki, where 20,000 joined the city's marches" is Thessaloniki's.
        same = self._in_sentence_before(tok)
        if same is not None:
            return same
        # Called so anywhere in the document: "the city" may come before "Raqqa city".
        called = self._called_before(tok.lower)[earlier]
        if called >= 0:
            return self.mentions[called][1]
        # No place was called so: the one the text has named most so far, which is what a
        # reader takes "the city" to mean; among equals, the latest.
        return most_named[earlier]

    def _names_a_name(self, prep: Token) -> bool:
        """Whether "of" is followed by a proper name ("the city of Bandar Abbas")."""
        return any(o.pos == "PROPN" for o in self.tree.children(prep) if o.dep == "pobj")

    def _in_sentence_before(self, tok: Token) -> Entity | None:
        """The last town or region (GPE) named in the noun's sentence before it, if any."""
        sentence = self.tree.sentence(tok.sent)
        found = None
        for _mention, entity in self.named_in(sentence[0].start, tok.start):
            if entity.type == "GPE":
                found = entity
        return found

    @cached_property
    def _end_order(self) -> list[int]:
        """Indexes of ``mentions`` by end offset."""
        mentions = self.mentions
        return sorted(range(len(mentions)), key=lambda k: mentions[k][0].end)

    @cached_property
    def _by_end(self) -> tuple[list[int], list[Entity | None]]:
        """Mention ends in order, and for each count ``n`` of mentions by end, the place
        (GPE) named most often among those ``n``, the latest on a tie, or None."""
        counts: dict[str, int] = {}
        latest: dict[str, int] = {}
        best: tuple[int, int] | None = None
        most: list[Entity | None] = [None]
        for k in self._end_order:
            entity = self.mentions[k][1]
            if entity.type == "GPE":
                counts[entity.id] = counts.get(entity.id, 0) + 1
                latest[entity.id] = max(latest.get(entity.id, -1), k)
                key = (counts[entity.id], latest[entity.id])
                # Only this place's count grew, so the most named is it or the one before.
                if best is None or key > best:
                    best = key
            most.append(self.mentions[best[1]][1] if best is not None else None)
        return [self.mentions[k][0].end for k in self._end_order], most

    def _called_before(self, noun: str) -> list[int]:
        """For each count ``n`` of mentions by end: the last of those ``n`` (in text order)
        whose place the text calls a ``noun`` somewhere, or -1."""
        got = self._called_by_noun.get(noun)
        if got is None:
            ids = {e.id for m, e in self.mentions if self._called(m, noun)}
            got = [-1]
            for k in self._end_order:
                got.append(max(got[-1], k) if self.mentions[k][1].id in ids else got[-1])
            self._called_by_noun[noun] = got
        return got

    def _called(self, mention: Mention, noun: str) -> bool:
        """Whether the text calls this mention a ``noun`` ("Raqqa city", "the town of X")."""
        if noun in mention.text.lower().split():
            return True
        after = self.text[mention.end : mention.end + len(noun) + 2].lower()
        before = self.text[max(0, mention.start - len(noun) - 9) : mention.start].lower()
        return bool(
            re.match(rf"\s+{noun}\b", after) or re.search(rf"\b{noun}\s+of\s+(?:the\s+)?$", before)
        )

    def in_phrase(self, phrase: Sequence[Token]) -> Entity | None:
        """The first place named in a phrase: a mention, or a resolved "the city"."""
        if not phrase:
            return None
        named = self.named_in(phrase[0].start, phrase[-1].end)
        if named:
            first, place = named[0]
            for mention, inner in named[1:2]:
                if _OWNED_PLACE.match(self.text[first.end : mention.start]):
                    # "in Kelvara's Orvel", "in Kelvara's northern city of Orvel": the place
                    # the possessive owns, not the country that owns it.
                    return inner
            return place
        for tok in phrase:
            found = self.anaphor(tok)
            if found is not None:
                return found
        return None

    def earlier_in_paragraph(self, at: int) -> Entity | None:
        """The last place named in the paragraph before offset ``at``.

        A paragraph keeps its setting: "Dozens fled the city. By noon 400 had left" is
        about the same city even though the second sentence names none.
        """
        start = self.text.rfind("\n\n", 0, at) + 1
        marks, ends, named = self._landmarks
        tokens = self.tree.tokens
        # Each landmark's answer is kept, so a paragraph is walked back over once, not once
        # per figure in it.
        k = bisect_right(ends, at) - 1
        walked: list[tuple[int, int]] = []
        found: Entity | None = None
        while k >= 0 and ends[k] > start:
            key = (k, start)
            if key in self._earlier:
                found = self._earlier[key]
                break
            walked.append(key)
            tok = tokens[marks[k]]
            found = named.get(tok.i) or self.anaphor(tok)
            if found is not None:
                break
            k -= 1
        for key in walked:
            self._earlier[key] = found
        return found

    @cached_property
    def _landmarks(self) -> tuple[list[int], list[int], dict[int, Entity]]:
        """The tokens that can set a paragraph's place, in text order: those inside a place
        mention and place nouns ("the city"). Their indexes, their ends, and the place of
        each token inside a mention (the first mention holding its start)."""
        named: dict[int, Entity] = {}
        listed = self._listed()
        for n, (mention, entity) in enumerate(self.mentions):
            if n in listed:
                continue  # "spread to Turkey, Spain and the Netherlands": no one setting
            for tok in self.tree.at(mention.start, mention.end):
                if mention.start <= tok.start < mention.end:
                    named.setdefault(tok.i, entity)
        nouns = {t.i for t in self.tree.tokens if t.lemma.lower() in _PLACE_NOUNS}
        marks = sorted(named.keys() | nouns)
        return marks, [self.tree.tokens[i].end for i in marks], named

    def _listed(self) -> set[int]:
        """The mentions that are items of a list of three places or more ("Turkey, Spain,
        Italy and the Netherlands"): a paragraph's setting is never one of them."""
        joined = [
            bool(_LIST_GAP.match(self.text[a.end : b.start]))
            for (a, _), (b, _) in pairwise(self.mentions)
        ]
        out: set[int] = set()
        run = [0]
        for n, link in enumerate(joined, start=1):
            if link:
                run.append(n)
                continue
            if len(run) >= 3:
                out.update(run)
            run = [n]
        if len(run) >= 3:
            out.update(run)
        return out

    def nearest(self, sentence: Sequence[Token], at: int) -> Entity | None:
        """The place mentioned nearest to offset ``at`` within the sentence, a distance's
        reference point aside."""
        if not sentence:
            return None
        found: list[tuple[int, Entity]] = [
            (min(abs(m.start - at), abs(m.end - at)), e)
            for m, e in self.named_in(sentence[0].start, sentence[-1].end)
            if not self.reference(m)
        ]
        for tok in sentence:
            entity = self.anaphor(tok)
            if entity is not None:
                found.append((min(abs(tok.start - at), abs(tok.end - at)), entity))
        # A town or region before a facility: the dam is the cause, the town the setting.
        towns = [pair for pair in found if pair[1].type != "FAC"]
        return min(towns or found, key=lambda pair: pair[0])[1] if found else None


# --------------------------------------------------------------------------------------------
# Small tree helpers.


def _words(tokens: Iterable[Token]) -> list[Token]:
    """Tokens without whitespace tokens."""
    return [t for t in tokens if t.pos != "SPACE"]


def _text(text: str, tokens: Sequence[Token]) -> str:
    """The source text from the first to the last token, whitespace collapsed."""
    if not tokens:
        return ""
    return " ".join(text[tokens[0].start : tokens[-1].end].split())


def _line_break(tok: Token) -> bool:
    """Whether a whitespace token holds a line break."""
    return tok.pos == "SPACE" and "\n" in tok.text


def _line_of(text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the line holding [start, end)."""
    return line_bounds(text, start, end)


def _on_line(line: tuple[int, int], tok: Token) -> bool:
    """Whether a token lies on the line ``line``."""
    return line[0] <= tok.start and tok.end <= line[1]


def _sentence(tree: Tree, reading: _Reading) -> tuple[Token, ...]:
    """The figure's sentence cut to its line: a headline the parser ran on is a sentence."""
    if reading.sentence is None:
        sentence = tree.sentence(reading.number.sent)
        reading.sentence = tuple(t for t in sentence if _on_line(reading.line, t))
    return reading.sentence


def _kids(tree: Tree, tok: Token, *deps: str) -> list[Token]:
    """Children of ``tok`` with one of the given dependency labels."""
    return [k for k in tree.children(tok) if k.dep in deps]


def _clause(tree: Tree, tok: Token) -> list[Token]:
    """A modifier's subtree up to a breakdown, a time phrase, a line break or a comma.

    A comma that continues a list goes on. A phrase cut short ends on a content word, not on
    "the" or "of".
    """
    everything = tree.subtree(tok)
    breaks = [t.i for t in everything if _line_break(t) and t.i > tok.i]
    words = _words(t for t in everything if not breaks or t.i < breaks[0])
    out: list[Token] = []
    for n, t in enumerate(words):
        if out and t.lower in _BREAKDOWN_PREPS:
            break
        if out and t.dep == "prep" and t.lower in _EVENT_PREPS:
            break  # "displaced from the town since the flood": the scope, not what is counted
        if out and t.tag in {",", ":", "-LRB-"}:
            nxt = words[n + 1] if n + 1 < len(words) else None
            # "of American, Georgian and British nationality" goes on; ", a fighter" does not.
            if nxt is None or nxt.dep != "conj" or nxt.tag not in {"JJ", "NNP", "NNPS"}:
                break
        out.append(t)
    out = out[:_MAX_QUALIFIER_TOKENS]
    while len(out) > 1 and out[-1].tag in {"DT", "IN", "CC", "TO", "PRP$", "POS", "HYPH"}:
        out.pop()
    return out


def _is_verb(tok: Token) -> bool:
    return tok.pos in {"VERB", "AUX"}


def _number_head(tree: Tree, tokens: Sequence[Token]) -> Token:
    """The token of the number phrase whose head lies outside it."""
    inside = {t.i for t in tokens}
    outer = [t for t in tokens if t.head not in inside or t.head == t.i]
    nominal = [t for t in outer if t.pos in {"NUM", "NOUN", "SYM", "PROPN"}]
    return (nominal or outer or list(tokens))[0]


def _noun_run(tree: Tree, first: int, sent: int) -> Token | None:
    """The head of the noun phrase starting at token ``first``: last common noun of the run."""
    head: Token | None = None
    i = first
    while i < len(tree):
        tok = tree[i]
        if tok.sent != sent or _line_break(tok):
            break
        if tok.pos == "SPACE":
            i += 1
            continue
        modifier = tok.tag in _RUN_TAGS or tok.dep == "compound" or tok.ent in _ACTOR_LABELS
        if not modifier or tok.dep in {"prep", "ROOT"} or tok.lower in _RELATIVES:
            break
        if tok.ent in {"DATE", "TIME"} or tok.lemma.lower() in _TIME_NOUNS:
            break  # "rose 7 percent last year": a time adverb, not the counted noun
        if tok.tag in _NOUN_TAGS:
            head = tok
        elif head is not None and tok.tag in {"VBN", "VBG"}:
            break  # "people trapped in": the participle starts a post-modifier
        i += 1
    return head


def _after(tree: Tree, quantity: Quantity) -> int:
    """Index of the first token after the quantity."""
    toks = tree.at(quantity.start, quantity.end)
    return toks[-1].i + 1 if toks else len(tree)


def _plural_after_name(tree: Tree, first: int, sent: int) -> Token | None:
    """A plural noun the tagger took for a verb after a name that modifies it ("26 Somani
    brigands", "40 Tarvish smugglers" with an unknown word tagged a proper noun).

    English verbs agree with their subject: a count of two or more and a name can be no
    subject of a verb in "-s" ("26 Somalis attacks" is no sentence), so a lower-case word
    in "-s" right after "<count> <Name>" is the plural noun the count counts, the name
    its modifier. Returned as the plural noun it is, so every later step reads a noun.
    """
    i = first
    while i < len(tree) and tree[i].sent == sent and tree[i].tag in {"NNP", "NNPS"}:
        if tree[i].ent in {"DATE", "TIME"}:
            return None  # "four Super Tuesday ...": a day's name, read as in ``_noun_run``
        i += 1
    if i == first or i >= len(tree) or tree[i].sent != sent or _line_break(tree[i]):
        return None
    word = tree[i]
    if word.tag != "VBZ" or not (word.text.isalpha() and word.text.islower()):
        return None
    if not word.lower.endswith("s") or word.lower.endswith("ss"):
        return None
    follows = tree[i + 1] if i + 1 < len(tree) and tree[i + 1].sent == sent else None
    if follows is not None and follows.tag in _OBJECT_TAGS:
        return None  # "two Orvel sells the ...": an object after it makes it a verb after all
    return replace(word, pos="NOUN", tag="NNS")


# Words that open an object after a verb: a determiner, a pronoun, a number, a noun.
_OBJECT_TAGS = frozenset({"DT", "PRP", "PRP$", "CD", "NN", "NNS", "NNP", "NNPS", "JJ"})


def _of_object(tree: Tree, i: int, sent: int) -> Token | None:
    """The noun of an "of" phrase starting at token ``i`` ("of the city" -> city)."""
    while i < len(tree) and tree[i].pos == "SPACE" and not _line_break(tree[i]):
        i += 1
    if i >= len(tree) or tree[i].lower != "of" or tree[i].sent != sent:
        return None
    j = i + 1
    while j < len(tree) and tree[j].sent == sent and tree[j].tag in {"DT", "PRP$", "POS", "_SP"}:
        j += 1
    if j < len(tree) and tree[j].tag == "PRP" and tree[j].sent == sent:
        return tree[j]  # "150 of them"
    return _noun_run(tree, j, sent)


def _money_in(tree: Tree, i: int, sent: int) -> Token | None:
    """What money is, from a bare "in" phrase after it ("$5 million in federal loans")."""
    while i < len(tree) and tree[i].pos == "SPACE" and not _line_break(tree[i]):
        i += 1
    if i + 1 >= len(tree) or tree[i].lower != "in" or tree[i + 1].tag in {"DT", "PRP$"}:
        return None  # "in an effort to ...": no noun of the money's own
    noun = _noun_run(tree, i + 1, sent)
    if noun is None or noun.lemma.lower() in _NOT_MONEY_NOUNS:
        return None
    return noun


def _subject(tree: Tree, verb: Token) -> Token | None:
    """The nominal subject of a verb, following a relative pronoun to the noun it stands for.

    Of two subjects the parse hung on one verb, one before a dash that parts it from the
    other is a dateline's town run into the sentence ("TALLIS, Varga - The death toll rose
    to 20": the toll rose, not Tallis)."""
    kids = _kids(tree, verb, "nsubj", "nsubjpass")
    if len(kids) > 1:
        kids = [k for k in kids if not any(_dash_between(tree, k, o) for o in kids if o.i > k.i)]
    for kid in kids:
        if kid.lower in _RELATIVES and verb.dep == "relcl":
            return tree.head(verb)
        if kid.tag == "EX":
            continue
        return kid
    if verb.dep in {"relcl", "acl"} and tree.head(verb).pos in {"NOUN", "PROPN"}:
        return tree.head(verb)
    return None


def _dash_between(tree: Tree, one: Token, other: Token) -> bool:
    """Whether a dash stands between two words ("TALLIS, Varga - The toll ...")."""
    return any(t.text in {"-", "\u2013", "\u2014", "--"} for t in tree.tokens[one.i + 1 : other.i])


def _elided(tree: Tree, number: Token, line: tuple[int, int], money: bool) -> Token | None:
    """The noun an elided figure counts (module docstring, step 5), on the figure's line."""
    tok = number
    compared = False
    for _ in range(6):
        if tok.head == tok.i:
            break
        head = tree.head(tok)
        if not _on_line(line, head):
            break  # the parse ran across a line break: nothing it says here holds
        if tok.dep == "prep" and tok.lower == "as" and _as_far_as(tree, head):
            # "put the toll as high as 100": the comparison stands where "at" would
            compared, tok = True, head
            continue
        if (tok.dep == "prep" and tok.lower in _MEASURE_PREPS) or compared:
            compared = False
            if tok.lower == "to":
                head = _past_so_far(tree, head)  # "bringing the total so far to 700"
            if head.pos == "NOUN":
                # "the flood toll near 60"; "bringing the toll since the collapse to 29": the
                # count carried up, where the parse hung "to" on the phrase between
                return (_carried_past(tree, head) if tok.lower == "to" else None) or head
            objects = [k for k in _kids(tree, head, "dobj") if k.i < tok.i]
            if _is_verb(head) and objects:
                return objects[0]  # "put the toll between 55 and 70"
        if _is_verb(head) and head.lemma.lower() in _REPORTING:
            # "releases showed the number of raids dropping to 10": the subject of a
            # reporting verb is the source; what changes is its object.
            objects = _kids(tree, head, "dobj")
            return objects[0] if objects else None
        if _is_verb(head):
            paid = tok.dep == "dobj" or (tok.dep == "prep" and tok.lower == "for")
            if money and paid and head.lemma.lower() not in _VALUE_VERBS:
                return head  # "appealed for $12 million": the money is for the appeal
            if not money and tok.dep == "dobj" and _state_of(head):
                return head  # "the flood killed dozens": those it harmed, not the flood
            return _subject(tree, head)
        if head.pos in {"NOUN", "PROPN"} and tok.dep in {"nummod", "appos", "quantmod"}:
            return head
        tok = head
    return None


_AS_FAR = frozenset({"high", "low", "many", "few", "much", "little", "large", "great"})
"""The words of an estimate's end told "as high as" or "as many as"."""


def _as_far_as(tree: Tree, word: Token) -> bool:
    """Whether a word opens the end of an estimate, "as high as", "as many as" (``_AS_FAR``,
    with its own "as" before it): the number after it is the estimate's end, hung on the verb
    as "at" hangs ("put the toll as high as 100", "put the toll at 100")."""
    return word.lower in _AS_FAR and any(
        k.lower == "as" and k.i < word.i for k in _kids(tree, word, "advmod")
    )


# A one-syllable lemma the parser made by cutting "-ed" off a verb whose stem ends in a
# silent "e" ("fined" -> "fin"; "aimed", "ended" and "banned" are cut right).
_CUT_SILENT_E = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def _verb_lemma(verb: Token) -> str:
    """A verb's lemma as a label: "fined" -> "fine", never the parser's "fin"."""
    lemma, word = verb.lemma.lower(), verb.lower
    if word.endswith("ed") and lemma == word[:-2] and _CUT_SILENT_E.match(lemma):
        return word[:-1]
    return lemma


def _who_clause(tree: Tree, number: Token) -> Token | None:
    """The verb of a "who" clause on the number itself ("thousands who marched"), if any."""
    for kid in _kids(tree, number, "relcl"):
        if any(k.lower in {"who", "whom"} for k in _kids(tree, kid, *_SUBJECTS)):
            return kid
    return None


def _stand_in(tree: Tree, first: int, sent: int) -> Token | None:
    """An adjective or participle right after a count, with no noun after it ("150 injured")."""
    words: list[Token] = []
    for tok in tree.tokens[first : first + 4]:
        if tok.sent != sent or _line_break(tok):
            break
        if tok.pos != "SPACE":
            words.append(tok)
    if not words or words[0].tag not in _STAND_IN_TAGS or words[0].lower in _NON_RESTRICTIVE:
        return None
    if len(words) > 1 and (words[1].tag in _NOUN_TAGS | _STAND_IN_TAGS | {"NNP", "HYPH"}):
        return None  # "150 injured civilians": a modifier of the noun that follows
    if len(words) > 1 and words[1].lower in _COMPLEMENT_PREPS:
        return None  # "eight short of the 60", "the 60 needed to pass": not a description
    return words[0]


def _noun_before(tree: Tree, quantity: Quantity, line: tuple[int, int]) -> Token | None:
    """The surface reading on the figure's line, when the parse ran across a line break.

    "<noun> at/near/of/between/to <number>" counts the noun; else the subject of the nearest
    verb before the number.
    """
    before = [
        t for t in tree.at(line[0], quantity.start) if t.pos != "SPACE" and t.end <= quantity.start
    ]
    if len(before) >= 2 and before[-1].lower in _MEASURE_PREPS and before[-2].tag in _NOUN_TAGS:
        return before[-2]
    # "Ferry toll climbs to about 30": the subject of the nearest verb before the number.
    verbs = [t for t in before if _is_verb(t)]
    if verbs:
        subject = _subject(tree, verbs[-1])
        if subject is not None and _on_line(line, subject) and subject.tag in _NOUN_TAGS:
            return subject
    return None


# Words before a count with no noun that say it counts a set already named: "the three",
# "all four", "those two", "the other three", "the remaining two".
_BACK_DETERMINERS = frozenset({"the", "those", "these", "all"})
_REST_WORDS = frozenset({"other", "remaining"})


def _points_back(tree: Tree, number: Token) -> str | None:
    """How a count with no noun of its own points back at one counted before, or None.

    "rest" for "the other three", "the remaining two" (the rest of a set just split);
    "whole" for "the three", "all four" (a set of just that size, named again). A bare
    subject ("Two were charged") is no sign on its own: it may count anything, or people the
    text named one by one. A number inside a noun phrase ("the 1990s", "Route 9"), after
    "at" ("at 10", a clock time), set off by commas after a name ("Smith, 45,", an age) or a
    bare object ("the team scored two", a score) points nowhere.
    """
    if number.tag != "CD" or number.dep in {"nummod", "compound", "appos", "npadvmod"}:
        return None
    kids = tree.children(number)
    if any(k.lower in _REST_WORDS and k.i < number.i for k in kids):
        return "rest"
    if any(k.dep in {"det", "predet"} and k.lower in _BACK_DETERMINERS for k in kids):
        return "whole"
    return None


def _uncontain(tree: Tree, noun: Token) -> Token:
    """Pass through container nouns: "the number of air raids" counts air raids."""
    if noun.lemma.lower() in _CONTAINERS:
        for prep in _kids(tree, noun, "prep"):
            if prep.lower == "of":
                objs = _kids(tree, prep, "pobj")
                if objs:
                    return objs[0]
    return noun


def _counted_noun(
    tree: Tree, quantity: Quantity, number: Token, line: tuple[int, int]
) -> Token | None:
    """The head noun the number counts (module docstring, steps 1-6)."""
    after = _after(tree, quantity)
    joined = _hyphened_noun(tree, after, number.sent) if quantity.kind == "count" else None
    if joined is not None:
        return joined  # "a 10-storey building" counts storeys, "a 12-member jury" members
    found = _noun_run(tree, after, number.sent) or _of_object(tree, after, number.sent)
    if found is None and quantity.kind == "money":
        found = _money_in(tree, after, number.sent)
    if found is None and quantity.kind == "count" and (quantity.low or 0) >= 2:
        found = _plural_after_name(tree, after, number.sent)
    head = tree.head(number)
    if found is None and number.dep == "nummod" and head.pos in {"NOUN", "PROPN"}:
        found = head if _on_line(line, head) else None
    if found is None and number.pos in {"NOUN", "SYM"}:
        for prep in _kids(tree, number, "prep"):
            objs = _kids(tree, prep, "pobj") if prep.lower == "of" else []
            if objs and _on_line(line, objs[0]):
                found = objs[0]
                break
    if found is None and quantity.kind == "count":
        found = _stand_in(tree, after, number.sent)
    if found is None and _who_clause(tree, number) is not None:
        return None  # "tens of thousands who marched": people, said by the clause (step 7)
    back = quantity.kind == "count" and _points_back(tree, number) is not None
    if found is None:
        found = _elided(tree, number, line, quantity.kind == "money")
        if found is not None and not _on_line(line, found):
            found = None
        if back and found is not None and not _is_verb(found):
            # "the Vellamo intercepted the remaining three": the doer of the verb is not
            # what the count counts; the count points back at a thing counted before.
            found = None
    if found is None and not back:
        found = _noun_before(tree, quantity, line)
    if found is None or found.pos in {"NUM", "SYM"} or found.i == number.i:
        return None
    return _uncontain(tree, found)


# Nouns of a margin or a change, which a hyphened count measures rather than counts beside
# them: "a one-seat majority" is a majority of one seat, not one seat.
_MARGIN_HEADS = frozenset(
    {
        "majority",
        "lead",
        "margin",
        "edge",
        "advantage",
        "deficit",
        "gap",
        "swing",
        "drop",
        "fall",
        "rise",
        "increase",
        "gain",
        "loss",
        "cut",
        "jump",
        "decline",
        "boost",
        "hike",
    }
)


def _hyphened_noun(tree: Tree, i: int, sent: int) -> Token | None:
    """The noun a hyphen joins to the number before another noun ("10-storey building",
    "a 40 - car pile - up"): what the number counts, the next noun being what it describes."""
    if i + 2 >= len(tree) or tree[i].text != "-":
        return None
    word, head = tree[i + 1], tree[i + 2]
    if word.sent != sent or head.sent != sent or word.tag not in _NOUN_TAGS:
        return None
    if head.lemma.lower() in _MARGIN_HEADS:
        return None  # "a one-seat majority", "a 10-point lead": a margin said in seats, points
    return word if head.tag in _NOUN_TAGS or head.text == "-" else None


def _counted_words(tree: Tree, noun: Token) -> list[Token]:
    """The noun with the common-noun compounds right before it ("death toll")."""
    words = [noun]
    i = noun.i - 1
    while (
        i >= 0
        and tree[i].dep == "compound"
        and tree[i].tag in {"NN", "NNS"}
        and tree[i].ent not in _ACTOR_LABELS
    ):
        if tree[i].head != noun.i and tree[i].head != words[0].i:
            break
        words.insert(0, tree[i])
        i -= 1
    return words


# --------------------------------------------------------------------------------------------
# Qualifiers, state, cause.


def _state_of(word: Token) -> str | None:
    """The state a word names (killed, wounded, remaining, fled, destroyed), if any."""
    return _STATES.get(word.lemma.lower()) or _STATES.get(word.lower)


def _cause_of(tokens: Sequence[Token]) -> str | None:
    """The cause a phrase names, from the cause table, else its last noun's lemma."""
    for tok in tokens:
        label = _CAUSES.get(tok.lemma.lower())
        if label:
            return label
    nouns = [t for t in tokens if t.pos == "NOUN"]
    return nouns[-1].lemma.lower() if nouns else None


def _entity_name(entities: EntityIndex, tok: Token) -> str | None:
    """The canonical name of a non-place-only actor entity at a token."""
    entity = entities.at(tok.start, tok.end)
    if entity is None or entity.type not in {"ORG", "NORP", "PERSON", "OTHER"}:
        return None
    return entity.name


def _modifiers(text: str, tree: Tree, entities: EntityIndex, reading: _Reading) -> None:
    """Adjectives, names and compounds before the noun, and names in "of/from" phrases."""
    noun = reading.noun
    if noun is None:
        return
    counted = set(t.i for t in _counted_words(tree, noun))
    common = _headline_common_words(text, tree, reading)
    start = min(reading.number.i + 1, noun.i)
    for tok in tree.tokens[start : noun.i]:
        if tok.i in counted or tok.pos in {"SPACE", "PUNCT", "DET", "NUM"}:
            continue
        if tok.start < reading.quantity.end:
            continue
        entity = entities.at(tok.start, tok.end)
        if entity is not None and entity.type in _PLACE_TYPES:
            continue  # "80% of Raqqa city": the place, read by the place step
        if common and tok.text[:1].isupper():
            # "Navy Interdicts Three Pirate Vessels": a headline's capital, not a name; a
            # noun before the counted noun is its compound ("pirate vessels"), as in the body
            reading.qualifiers.append(tok.text)
            if tok.dep != "compound" or tok.head != noun.i:
                reading.adjectives.append(tok.lower)
            continue
        name = _entity_name(entities, tok)
        if name is not None or tok.pos == "PROPN" or tok.tag == "VBZ":
            if name is None or name != reading.actor:
                reading.qualifiers.append(name or tok.text)
            if name is None and _name_goes_on(text, tree, tok, reading.actor):
                # "six Coast Guard ships": capitalised words running before the noun are
                # one name ("Coast Guard", "Border Police"), never its first word alone
                reading.actor = f"{reading.actor}{text[tree[tok.i - 1].end : tok.end]}"
            reading.actor = reading.actor or name or tok.text
        elif tok.tag in {"JJ", "JJR", "JJS", "VBN", "VBG", "NN", "AFX"} or (
            tok.text.isalpha() and _hyphen_joins(text, tree, tok, noun)
        ):
            reading.qualifiers.append(tok.text)
            state = _state_of(tok)
            if state and not reading.state:
                reading.state = state
            elif tok.lower not in _NON_RESTRICTIVE and not state:
                # "citizen women": a noun for a kind of person before another reads as
                # the adjective a person would write ("civilian women").
                kind = _COUNTED_LABELS.get(tok.lemma.lower()) if tok.tag == "NN" else None
                word = "civilian" if kind == "civilians" else tok.lower
                if word == "-" and reading.adjectives and reading.adjectives[-1].endswith("-"):
                    continue  # the hyphen of "anti-government", kept on "anti-"
                if _hyphen_joins(text, tree, tok, noun):
                    word += "-"  # "co-workers": a prefix stays joined to its noun
                reading.adjectives.append(word)
    for kid in tree.children(noun):
        if kid.dep == "amod" and kid.i < noun.i and kid.i <= reading.number.i:
            # "additional 800" parsed as the number's modifier: an adjective of the noun.
            continue
        if kid.dep == "prep" and kid.lower in {"of", "from", "with"}:
            names = [
                n for n in (_entity_name(entities, t) for t in tree.subtree(kid)) if n is not None
            ]
            if names:
                if reading.actor is None and any(
                    (entity := entities.at(t.start, t.end)) is not None
                    and entity.type == "PERSON"
                    and entity.name == names[0]
                    for t in _kids(tree, kid, "pobj")  # the phrase's own noun, no aside
                ):
                    reading.actor_after = kid.lower  # "five sons of Sal Vendra"
                reading.actor = reading.actor or names[0]
                reading.qualifiers.append(_text(text, _clause(tree, kid)[1:]))


def _name_goes_on(text: str, tree: Tree, tok: Token, actor: str | None) -> bool:
    """Whether a proper noun continues the name read just before it: the word before is
    the actor's last, a proper noun no entity names, and only a space lies between
    ("Coast Guard", "Border Police", "Red Cross" before the counted noun)."""
    if actor is None or tok.pos != "PROPN" or tok.i == 0:
        return False
    before = tree[tok.i - 1]
    return (
        before.pos == "PROPN"
        and text[before.start : before.end] == actor.split()[-1]
        and text[before.end : tok.start] == " "
        and text[: before.end].endswith(actor)
    )


def _headline_common_words(text: str, tree: Tree, reading: _Reading) -> bool:
    """Whether the capitalised words of a headline's counted phrase, from the number to the
    counted noun, are common words the headline's style capitalised: the report writes
    each of them in small letters elsewhere ("Three Pirate Vessels" over a text of "pirate
    vessels"). A headline capitalises every word, so its capitals name nothing, and a
    tagger reads names in them ("Pirate Vessels" an organisation); a word the same report
    writes in small letters is no name. One word of the phrase the report never writes so
    keeps the phrase a name ("4 Super Tuesday States": "super" may be written, "tuesday"
    never is), as a people, a place or a team keep their capitals wherever written."""
    noun = reading.noun
    if noun is None or not in_headline(text, noun.start, noun.end):
        return False
    words = [
        t.text
        for t in tree.tokens[reading.number.i + 1 : noun.i + 1]
        if t.start >= reading.quantity.end and t.text.isalpha() and t.text[0].isupper()
    ]
    return bool(words) and all(
        w[1:].islower() and re.search(rf"\b{re.escape(w.lower())}s?\b", text) is not None
        for w in words
    )


def _hyphen_joins(text: str, tree: Tree, tok: Token, noun: Token) -> bool:
    """Whether a hyphen after a word joins it to the next ("co-workers"), also as a text
    split into spaced tokens writes it ("co - workers": one space either side, and a word
    of the counted phrase after it)."""
    if tok.i + 1 >= noun.i or tree.tokens[tok.i + 1].text != "-":
        return False
    hyphen = tree.tokens[tok.i + 1]
    if hyphen.start == tok.end:
        return True
    if tok.i + 2 > noun.i or text[tok.end : hyphen.start] != " ":
        return False
    return text[hyphen.end : tree.tokens[tok.i + 2].start] == " "


def _predicate(tree: Tree, reading: _Reading) -> list[Token]:
    """Verbs that say what happened to the counted: its clause verb, participles, relatives."""
    noun = reading.noun or reading.number
    verbs: list[Token] = []
    for kid in tree.children(noun):
        if kid.dep in {"acl", "relcl"} and _is_verb(kid):
            verbs.append(kid)
    anchor = noun
    if noun.i > reading.number.i and noun.dep == "pobj" and tree.head(noun).lower == "of":
        # "dozens of houses were destroyed", "80% of the city": the number heads the phrase.
        anchor = reading.number
    while anchor.dep == "conj" and anchor.head != anchor.i:
        anchor = tree.head(anchor)
    if anchor.dep == "pobj" and tree.head(anchor).lower in _HEDGE_PREPS:
        anchor = tree.head(anchor)  # "controls around 80%": the hedge parsed as a preposition
    head = tree.head(anchor)
    if anchor.dep in {"nsubj", "nsubjpass", "dobj", "attr", "prep"} and _is_verb(head):
        verbs.append(head)
    elif anchor.dep == "pobj" and head.lower in {"of", "for"}:
        owner = tree.head(head)
        if owner.pos == "NOUN" and _state_of(owner) and (head.lower == "of" or _rite(owner)):
            verbs.append(owner)  # "the death of 1,338 members", "funerals for the 23"
    if noun.dep == "pobj" and tree.head(noun).lower == "of":
        owner = tree.head(tree.head(noun))
        if owner.lemma.lower() == "life" and owner.dep == "dobj":
            verbs.append(tree.head(owner))  # "took the lives of 12 people"
    more: list[Token] = []
    for verb in verbs:
        more.extend(
            k
            for k in _kids(tree, verb, "xcomp", "ccomp")
            if _is_verb(k) and not _semicolon_between(tree, k, verb)
        )
    return [v for v in verbs + more if _on_line(reading.line, v)]


def _semicolon_between(tree: Tree, one: Token, other: Token) -> bool:
    """Whether a semicolon parts two words: a clause ended there ("the blast killed 3 and
    injured 40; the 43 victims were taken to hospital": no one taken to hospital was killed)."""
    low, high = sorted((one.i, other.i))
    return any(t.text == ";" for t in tree.tokens[low + 1 : high])


def _rite(word: Token) -> bool:
    """Whether a noun names a rite of the dead ("funerals for the 23 victims")."""
    return word.lemma.lower() in {"funeral", "burial"}


def _life_taken(tree: Tree, reading: _Reading, verb: Token) -> bool:
    """Whether a verb says the counted lost their lives ("claimed 12 lives", "12 lives were
    lost", "12 people lost their lives")."""
    if verb.lemma.lower() not in _TAKE_LIFE:
        return False
    if reading.noun is not None and reading.noun.lemma.lower() == "life":
        return True
    return any(k.lemma.lower() == "life" for k in _kids(tree, verb, "dobj"))


def _buried_dead(tree: Tree, verb: Token) -> bool:
    """Whether "buried" tells a burial of the dead ("the 23 victims were buried on Friday"),
    not people a disaster buried alive ("buried under the rubble", "buried by a landslide",
    "buried in the mud")."""
    if verb.lemma.lower() != "bury":
        return False
    for kid in tree.children(verb):
        if kid.dep == "agent" or (kid.dep == "prep" and kid.lower in _BURIED_UNDER):
            return False
        if kid.dep == "prep" and any(
            k.lemma.lower() in _BURIED_IN for k in _kids(tree, kid, "pobj")
        ):
            return False
    return True


def _continuation(tree: Tree, reading: _Reading, limit: int) -> Token | None:
    """A later "they were killed" clause of the same sentence that continues the figure."""
    for tok in _sentence(tree, reading):
        if tok.start < reading.end or tok.start >= limit:
            continue
        if tok.lower == "they" and tok.dep in _SUBJECTS and _is_verb(tree.head(tok)):
            return tree.head(tok)
    return None


def _read_predicate(text: str, tree: Tree, places: _Places, reading: _Reading) -> None:
    """State, cause and predicate qualifiers from the verbs in ``reading.predicate``."""
    for verb in reading.predicate:
        state = _state_of(verb)
        if _life_taken(tree, reading, verb) or _buried_dead(tree, verb):
            state = "killed"
        words = _words(tree.children(verb))
        if verb.lemma.lower() == "be":
            # "are trapped", "are dead": the state is in the complement.
            for kid in words:
                if kid.dep in {"acomp", "attr", "oprd"} and _state_of(kid):
                    state = state or _state_of(kid)
        result = [
            k
            for k in words
            if k.dep in _RESULT_DEPS and _state_of(k) and not _semicolon_between(tree, k, verb)
        ]
        if result:
            state = _state_of(result[0])  # "left three workers dead": the result says it
        if state is None and _still_in(words):
            state = "remaining"
        if verb.lemma.lower() in _CONTROL_VERBS and _is_share(reading):
            state = "controlled"
            for subj in _kids(tree, verb, "nsubj"):
                name = _entity_name(places.entities, subj)
                if name:
                    reading.actor = reading.actor or name
        if any(k.dep == "neg" for k in words):
            state = None  # "2 children were not hurt": no harm befell them
        if state and not reading.state:
            reading.state = state
        if verb.pos == "VERB" and verb.lemma.lower() != "be":
            reading.qualifiers.append(verb.text)
        for kid in words:
            if kid.dep == "agent" or (kid.dep == "prep" and kid.lower in _CAUSE_PREPS):
                phrase = _words(tree.subtree(kid))
                if _is_place_or_time(places, phrase):
                    continue
                if len(phrase) > 1 and phrase[1].lower in _NOT_MONEY_NOUNS:
                    continue  # "in addition to the two killed", "in all": no cause, no qualifier
                reading.qualifiers.append(_text(text, phrase[:_MAX_QUALIFIER_TOKENS]))
                if reading.state and not reading.cause:
                    reading.cause = _cause_of(phrase[1:])


def _still_in(words: Sequence[Token]) -> bool:
    """Whether dependents read "still in/inside ..." (those counted are still there)."""
    return any(k.lower == "still" for k in words) and any(
        k.dep == "prep" and k.lower in {"in", "inside"} for k in words
    )


def _is_share(reading: _Reading) -> bool:
    """Whether the figure measures a share or area (where "take/hold" means control)."""
    return reading.quantity.kind in {"percent", "area"} or (
        reading.noun is not None and reading.noun.lemma.lower() in _PLACE_NOUNS | {"territory"}
    )


def _is_place_or_time(places: _Places, phrase: Sequence[Token]) -> bool:
    """Whether a prepositional phrase names a place or a time rather than a cause."""
    if places.in_phrase(phrase) is not None:
        return True
    site = any(t.lemma.lower() in _SITE_NOUNS for t in phrase[1:] if t.pos == "NOUN")
    if site and phrase[0].lower in {"in", "inside", "at"}:
        return True  # "killed in the bank": a place, not a cause
    return any(
        t.ent in {"DATE", "TIME"}
        or t.lemma.lower() in _TIME_NOUNS
        or t.lemma.lower() in _PLACE_NOUNS
        for t in phrase
    )


# --------------------------------------------------------------------------------------------
# Place and time.


class _Stretches:
    """Quantities sorted by start, asked whether any overlaps a span (by bisection)."""

    def __init__(self, quantities: Iterable[Quantity]) -> None:
        ordered = sorted(quantities, key=lambda q: q.start)
        self._starts = [q.start for q in ordered]
        # The furthest end among the quantities starting at or before each one.
        self._reach = list(accumulate((q.end for q in ordered), max))

    def overlap(self, start: int, end: int) -> bool:
        """Whether a quantity overlaps [start, end)."""
        k = bisect_left(self._starts, end) - 1
        return k >= 0 and self._reach[k] > start


class _Numbers:
    """A report's quantities for time scopes: its durations, and its other quantities."""

    def __init__(self, quantities: Sequence[Quantity]) -> None:
        self.durations = _Stretches(q for q in quantities if q.kind == "duration")
        self.counts = _Stretches(q for q in quantities if q.kind != "duration")


def _anchors(tree: Tree, reading: _Reading) -> list[Token]:
    """The tokens whose phrases can say where and when: noun, number, verbs up the clause."""
    out = [t for t in (reading.noun, reading.number) if t is not None]
    out.extend(reading.predicate)
    tok = reading.noun or reading.number
    for anc in tree.ancestors(tok):
        if _is_verb(anc):
            out.append(anc)
            break
    return [t for t in {t.i: t for t in out}.values() if _on_line(reading.line, t)]


def _find_place(tree: Tree, places: _Places, reading: _Reading) -> Entity | None:
    """The place of the figure: a place phrase of its anchors, else nearest in the sentence."""
    if reading.quantity.kind == "length":
        # "35 miles southwest of Bandar Abbas": a distance is about its reference point.
        end = _sentence(tree, reading)[-1].end
        for mention, entity in places.named_in(reading.quantity.end, end):
            if places.reference(mention):
                return entity
    start = _sentence(tree, reading)[0].start
    apposed = _POPULATION_APPOSED.search(places.text[start : reading.quantity.start])
    if apposed is not None:
        # "Bandar Abbas, a city of 500,000 people in the south": the population belongs to
        # the place it is set off after, whatever place the sentence names next.
        end = start + apposed.start()
        for mention, entity in reversed(places.named_in(start, end)):
            if mention.end <= end and _PLACE_THEN.match(places.text[mention.end : end]):
                return entity
    elif _POPULATION_SAID.search(places.text[start : reading.quantity.start]):
        found = _subject_place(tree, places, reading)
        if found is not None:
            return found
    for verb in reading.predicate:
        # "in Salonika, where 50,000 people marched": the place "where" stands for, the last
        # one named before it.
        where = [k for k in tree.children(verb) if k.lower == "where" and k.i < verb.i]
        if where:
            start = _sentence(tree, reading)[0].start
            towns = [e for m, e in places.named_in(start, where[0].start) if e.type != "FAC"]
            if towns:
                return towns[-1]
    if reading.noun is not None and reading.noun.i > reading.number.i:
        named = places.in_phrase(_core(tree, reading.noun))  # "80% of Raqqa city", "of the city"
        if named is not None:
            return named
    own = (reading.noun or reading.number).i
    for anchor in _anchors(tree, reading):
        for kid in tree.children(anchor):
            locative = kid.dep == "prep" and kid.lower in _PLACE_PREPS
            # "fled Raqqa": a place as the object of the predicate.
            target = kid.dep in {"dobj", "npadvmod"} and kid.i != own
            if not (locative or target):
                continue
            phrase = [t for t in _words(tree.subtree(kid)) if _on_line(reading.line, t)]
            found = places.in_phrase(phrase)
            if found is not None:
                return found
    sentence = _sentence(tree, reading)
    found = places.nearest(sentence, reading.quantity.start)
    if found is None and _continues(tree, reading):
        # "It killed 612 people": the clause goes on about the sentence before, whose last
        # place (a distance's reference point aside) is the one it was about.
        before = _previous(tree, sentence)
        earlier = places.named_in(before[0].start, before[-1].end) if before else []
        found = next((e for m, e in reversed(earlier) if not places.reference(m)), None)
    return found or places.earlier_in_paragraph(sentence[0].start)


def _subject_place(tree: Tree, places: _Places, reading: _Reading) -> Entity | None:
    """The place a population's verb is said of: its subject, or the noun a relative
    clause hangs on ("the island, which lies off the port of X and is home to 100,000
    people": the island, not the port)."""
    verb = next((a for a in tree.ancestors(reading.number) if _is_verb(a)), None)
    while verb is not None:
        subjects = [k for k in tree.children(verb) if k.dep in {"nsubj", "nsubjpass"}]
        subject = subjects[0] if subjects else None
        if subject is not None and subject.lower not in _RELATIVES:
            break
        if verb.dep == "relcl":
            subject = tree.head(verb)
            break
        verb = tree.head(verb) if verb.dep == "conj" else None
    else:
        return None
    if subject is None:
        return None
    named = places.entities.at(subject.start, subject.end)
    if named is not None and named.type in _PLACE_TYPES:
        return named
    return places.anaphor(subject)


def _continues(tree: Tree, reading: _Reading) -> bool:
    """Whether the figure's clause has a pronoun subject that carries on the sentence before
    ("It killed 612 people and injured more than 1,400")."""
    own = [reading.noun] if reading.noun is not None and _is_verb(reading.noun) else []
    for verb in [*reading.predicate, *own]:
        # "It killed ... and injured ...", "It killed ..., leveling several villages": a
        # verb with no subject of its own shares its head's.
        while (
            verb.dep in {"conj", "advcl"}
            and verb.head != verb.i
            and not _kids(tree, verb, *_SUBJECTS)
        ):
            verb = tree.head(verb)
        if any(k.lower in _CONTINUING for k in _kids(tree, verb, *_SUBJECTS)):
            return True
    return False


def _previous(tree: Tree, sentence: Sequence[Token]) -> tuple[Token, ...]:
    """The sentence before this one, cut to its line (empty at the start of the text)."""
    i = sentence[0].i - 1
    while i >= 0 and tree[i].pos == "SPACE":
        i -= 1
    if i < 0:
        return ()
    out: list[Token] = []
    for tok in reversed(tree.sentence(tree[i].sent)):
        if tok.i > i:
            continue
        if _line_break(tok):
            break
        out.append(tok)
    return tuple(reversed(out))


def _time_evidence(tokens: Sequence[Token], durations: _Stretches) -> bool:
    """Whether tokens hold a date, a time, a duration or a time noun."""
    if any(tok.lemma.lower() == "age" for tok in tokens):
        return False  # "under the age of eighteen" bounds an age, not a time
    for tok in tokens:
        if tok.ent in {"DATE", "TIME"} or tok.lemma.lower() in _TIME_NOUNS:
            return True
        if durations.overlap(tok.start, tok.end):
            return True
    return False


def _core(tree: Tree, head: Token) -> list[Token]:
    """A phrase head's subtree without trailing modifiers that hold no date."""
    keep = [head]
    for kid in tree.children(head):
        sub = _words(tree.subtree(kid))
        # A date phrase stays with its noun ("the failure on Sunday"), preposition and all.
        dated = all(t.ent in {"DATE", "TIME"} for t in sub if t.i != kid.i or t.dep != "prep")
        if kid.dep in {"prep", "acl", "relcl", "appos", "conj", "cc", "punct"} and not dated:
            continue
        keep.extend(sub)
    return sorted(keep, key=lambda t: t.i)


def _is_event(noun: Token) -> bool:
    """Whether a noun names an event (module docstring: event nouns, nominalisations)."""
    lemma = noun.lemma.lower()
    if noun.ent == "EVENT" or lemma in _EVENT_NOUNS or noun.lower in _EVENT_NOUNS:
        return True
    return lemma.endswith(_EVENT_SUFFIXES) and lemma not in _NOT_EVENTS and noun.pos == "NOUN"


def _until_comma(tokens: Sequence[Token]) -> list[Token]:
    """Tokens up to the first comma or colon after the first token."""
    out: list[Token] = []
    for tok in tokens:
        if out and tok.tag in {",", ":"}:
            break
        out.append(tok)
    return out


# Time phrases of one document by anchor token index: (child index, phrase) pairs.
_PhraseCache = dict[int, list[tuple[int, tuple[int, int, bool]]]]


def _time_phrases(
    tree: Tree,
    anchor: Token,
    durations: _Stretches,
    skip: int,
    cache: _PhraseCache | None = None,
) -> list[tuple[int, int, bool]]:
    """Time phrases hanging on one anchor token: character spans, and whether they hold a date.

    A phrase without a date scopes the figure by an event ("since the landslide"). The
    phrase on child ``skip`` is left out. ``cache`` keeps each anchor's phrases for the
    document (same tree and durations), so a sentence is read once for all its figures.
    """
    if cache is None:
        by_kid = _time_phrases_by_kid(tree, anchor, durations)
    else:
        got = cache.get(anchor.i)
        if got is None:
            got = cache[anchor.i] = _time_phrases_by_kid(tree, anchor, durations)
        by_kid = got
    if not by_kid:
        return []  # most tokens: no list to filter
    return [phrase for kid, phrase in by_kid if kid != skip]


def _time_phrases_by_kid(
    tree: Tree, anchor: Token, durations: _Stretches
) -> list[tuple[int, tuple[int, int, bool]]]:
    """Every time phrase of ``_time_phrases`` with the index of the child it hangs on."""
    found: list[tuple[int, tuple[int, int, bool]]] = []
    for kid in tree.children(anchor):
        dep = kid.dep
        # Most children are none of these; their subtrees are never needed.
        if dep == "prep":
            word = kid.lower
            if word in _PHRASE_PREPS:
                objs = _kids(tree, kid, "pobj")
                core = [kid] + [t for obj in objs for t in _core(tree, obj)]
                span = _phrase_span(tree, objs, core)
                dated = [t for t in core if span[0] <= t.start and t.end <= span[1]]
                if objs and _time_evidence(dated, durations):
                    found.append((kid.i, (*span, True)))
                elif (
                    objs
                    and word in _EVENT_PREPS
                    and (word == "since" or _is_event(objs[0]))
                    and not _time_evidence(_words(tree.subtree(kid)), durations)
                    and not _subject_of_a_reason(tree, objs[0])
                ):
                    # "since the landslide"
                    found.append((kid.i, (*_contiguous(tree, core), False)))
            elif word == "of" and anchor.pos == "NOUN":
                objs = _kids(tree, kid, "pobj")
                sub = _words(tree.subtree(kid))
                if objs and any(durations.overlap(t.start, t.end) for t in sub):
                    found.append((kid.i, (*_contiguous(tree, _core(tree, objs[0])), True)))
        elif dep in {"npadvmod", "tmod"}:
            sub = _words(tree.subtree(kid))
            if all(t.ent in {"DATE", "TIME"} for t in sub):
                found.append((kid.i, (sub[0].start, sub[-1].end, True)))
        elif dep == "advcl":
            marks = _kids(tree, kid, "mark")
            clause = _until_comma(_words(tree.subtree(kid)))
            if marks and marks[0].lower in _TIME_MARKS and _time_evidence(clause, durations):
                found.append((kid.i, (clause[0].start, clause[-1].end, True)))
    return found


def _subject_of_a_reason(tree: Tree, obj: Token) -> bool:
    """Whether the object of "since" is the subject of a clause in the present ("a big sum
    since 'Orvel' has already taken $40 million"): that "since" gives a reason, not a time
    (one since a time is told in the past: "since the dam burst")."""
    i = max(t.i for t in tree.subtree(obj)) + 1
    while i < len(tree) and tree[i].pos in {"PUNCT", "SPACE"} and not tree[i].lower.isalnum():
        if tree[i].lower in {",", ".", ";", ":"}:
            return False
        i += 1
    return i < len(tree) and tree[i].pos == "AUX" and tree[i].tag in {"VBZ", "VBP", "MD"}


def _contiguous(tree: Tree, tokens: Sequence[Token]) -> tuple[int, int]:
    """The span from the first token through the last one that follows without a gap."""
    ordered = sorted(tokens, key=lambda t: t.i)
    last = ordered[0]
    indexes = {t.i for t in ordered}
    for tok in ordered[1:]:
        gap = range(last.i + 1, tok.i)
        if any(tree[g].pos != "SPACE" and g not in indexes for g in gap):
            break
        last = tok
    return ordered[0].start, last.end


def _phrase_span(tree: Tree, objs: Sequence[Token], core: Sequence[Token]) -> tuple[int, int]:
    """The span of a time phrase's core, reaching over the object's own modifiers to its date.

    "after the landslide in Orvel on Sunday": the date is on the event noun, past its place.
    """
    start, end = _contiguous(tree, core)
    last = max(core, key=lambda t: t.i)
    if last.end > end:
        inside = {t.i for obj in objs for t in tree.subtree(obj)}
        first = min(core, key=lambda t: t.i)
        if all(g in inside or tree[g].pos == "SPACE" for g in range(first.i + 1, last.i + 1)):
            end = last.end
    return start, end


# What joins two items of a list of places.
_LIST_GAP = re.compile(r"^\s*(?:,\s*)?(?:(?:and|or|as\s+well\s+as)\s+)?(?:the\s+)?$")
# What follows a span of years that makes it an age, not a time.
_AGE_AFTER = re.compile(r"\s*-?\s*(?:(?:years?|months?)\s*-?\s*)?old\b", re.IGNORECASE)


def _find_scope(
    text: str,
    tree: Tree,
    reading: _Reading,
    numbers: _Numbers,
    cache: _PhraseCache | None = None,
) -> tuple[int, int] | None:
    """The time-scope span of the figure, adjacent phrases merged.

    First the phrases of the figure's own clause; failing those, the nearest time phrase of
    the sentence, since a date stated once in a sentence scopes the figures listed in it;
    failing those, for a clause whose subject is a pronoun carrying on the sentence before
    ("It killed 612 people"), that sentence's. A total a clause brings a running count to
    (:func:`_brought_to`) takes its own clause's phrases only.
    """
    own = _sentence(tree, reading)
    passes: list[tuple[Sequence[Token], int, int]] = [(_anchors(tree, reading), *reading.line)]
    # "Nine died on Monday, taking the toll to 318": the day dates the nine, not the total
    # they brought the count to, which holds as of its telling: such a total keeps its own
    # clause's time only ("bringing the toll since March to 318").
    if not _brought_to(tree, reading):
        teller = _teller(tree, reading)
        passes.append((tuple(t for t in own if t.i not in teller), *reading.line))
        if _continues(tree, reading):
            # "It killed 612 people": a clause carrying on the sentence before keeps its
            # time.
            before = _previous(tree, own)
            if before:
                passes.append((before, before[0].start, before[-1].end))
    durations, counts = numbers.durations, numbers.counts
    skip = (reading.noun or reading.number).i
    for anchors, lo, hi in passes:
        spans = sorted(
            span
            for anchor in anchors
            for span in _time_phrases(tree, anchor, durations, skip, cache)
            # A phrase holding a figure ("from dozens a day") is a rate, not a time scope;
            # nor is an age ("a 15-year-old", "between 30 and 40 years old").
            if not counts.overlap(span[0], span[1])
            and lo <= span[0]
            and span[1] <= hi
            and not _AGE_AFTER.match(text, span[1])
        )
        if not spans:
            continue
        merged = [spans[0]]
        for start, end, dated in spans[1:]:
            last = merged[-1]
            if start <= last[1] or text[last[1] : start].strip(" ,") == "":
                merged[-1] = (last[0], max(end, last[1]), dated or last[2])
            else:
                merged.append((start, end, dated))
        # A date before an event alone; among equals, the nearest.
        best = min(merged, key=lambda s: (not s[2], abs(s[0] - reading.quantity.start)))
        return best[0], best[1]
    return None


def _teller(tree: Tree, reading: _Reading) -> set[int]:
    """The words naming who tells a figure reported in a clause of theirs ("The Relief
    Committee, a body set up by residents in 2019, said it had opened three shelters"):
    the teller's description dates the teller (its founding, a term of office), never the
    figure the clause reports."""
    for tok in tree.ancestors(reading.number):
        if tok.dep == "ccomp" and tok.head != tok.i:
            tellers = _kids(tree, tree.head(tok), "nsubj", "nsubjpass")
            return {t.i for teller in tellers for t in tree.subtree(teller)}
    return set()


# Verbs carrying a running count up to a new total: "taking the toll to 318", "bringing the
# total to 57", "raising the number of dead to 41", "pushing the tally to 90".
_CARRIED_TO = frozenset({"take", "bring", "raise", "push", "lift", "swell", "increase", "boost"})
# What such a verb carries up when the figure is a running total: a level it sets ("raised
# its stake to 20%", "pushed the price to $90") is the event's own, dated by it.
_RUNNING_COUNTS = frozenset({"toll", "total", "tally", "count", "number"})


def _carried_past(tree: Tree, noun: Token) -> Token | None:
    """The running count a verb carries up ("bringing the toll since the collapse to 29",
    ``_CARRIED_TO`` and ``_RUNNING_COUNTS``) when the parse hung its "to" on ``noun``, the
    noun of a phrase between the count and "to" ("since the collapse"), else None."""
    if noun.dep != "pobj" or noun.head == noun.i:
        return None
    prep = tree.head(noun)
    if prep.dep != "prep" or prep.head == prep.i:
        return None
    verb = tree.head(prep)
    if not _is_verb(verb) or verb.lemma.lower() not in _CARRIED_TO:
        return None
    counts = _kids(tree, verb, "dobj")
    return next((c for c in counts if c.lemma.lower() in _RUNNING_COUNTS and c.i < noun.i), None)


# Adverbs a report sets between a running count and the total it is carried to: "bringing the
# total so far to 700", "taking the toll thus far to 45".
_SO_FAR = frozenset({"far", "now"})


def _past_so_far(tree: Tree, word: Token) -> Token:
    """The verb carrying a count up, where the parse hung its "to" on an adverb between
    (``_SO_FAR``: "bringing the total so far to 700"); else ``word`` itself."""
    if word.lower in _SO_FAR and word.dep == "advmod" and word.head != word.i:
        head = tree.head(word)
        if _is_verb(head) and head.lemma.lower() in _CARRIED_TO:
            return head
    return word


def _brought_to(tree: Tree, reading: _Reading) -> bool:
    """Whether the figure is the total a clause brings a running count to ("..., taking the
    toll to 318"): the object of "to" after a verb carrying a toll, a total, a tally or a
    number up, whether the parse hangs "to" on the verb or on the count it carries ("the toll
    to 318")."""
    tok = reading.noun if reading.noun is not None and reading.noun.i > reading.number.i else None
    tok = tok or reading.number
    if tok.dep != "pobj" or tok.head == tok.i:
        return False
    prep = tree.head(tok)
    if prep.lower != "to" or prep.head == prep.i:
        return False
    verb = _past_so_far(tree, tree.head(prep))
    past = _carried_past(tree, verb) if not _is_verb(verb) else None
    if past is not None:
        verb = past  # "the toll since the collapse to 29": "to" on the phrase between
    carried = [verb] if not _is_verb(verb) else _kids(tree, verb, "dobj")
    if not _is_verb(verb) and verb.head != verb.i:
        verb = tree.head(verb)  # "to" on the count carried: "the toll to 318"
    return (
        _is_verb(verb)
        and verb.lemma.lower() in _CARRIED_TO
        and any(c.lemma.lower() in _RUNNING_COUNTS for c in carried)
    )


# --------------------------------------------------------------------------------------------
# Breakdowns.


def _total_token(tree: Tree, text: str, reading: _Reading) -> int | None:
    """Token index of the total this figure is a part of, if it sits in a breakdown phrase."""
    tok = reading.noun or reading.number
    for _ in range(8):
        if tok.dep in {"conj", "appos"} and tok.head != tok.i:
            tok = tree.head(tok)
            continue
        if tok.dep == "pobj" and tree.head(tok).lower in _BREAKDOWN_PREPS:
            prep = tree.head(tok)
            return prep.head if prep.head != prep.i else None
        break
    sentence = _sentence(tree, reading)
    before = text[sentence[0].start : reading.quantity.start]
    if _BREAKDOWN_BEFORE_RE.search(before):
        return -1  # a breakdown whose total the parse does not show: the nearest earlier one
    return None


def _link_parents(readings: list[_Reading]) -> None:
    """Set ``parent`` on each part to the index of its total."""
    for k, reading in enumerate(readings):
        if reading.total is None:
            continue
        for j in range(k - 1, -1, -1):
            other = readings[j]
            if other.number.sent != reading.number.sent:
                break
            tokens = {other.number.i} | ({other.noun.i} if other.noun else set())
            if reading.total in tokens:
                reading.parent = j
                break
        if reading.parent is not None:
            continue
        # The parse hung "including" on a word inside the total's phrase ("members of the
        # group including ..."): the nearest earlier total of the sentence.
        for j in range(k - 1, -1, -1):
            other = readings[j]
            if other.number.sent != reading.number.sent:
                break
            if other.parent is None:
                reading.parent = j
                break


# --------------------------------------------------------------------------------------------
# Measure.


def _label(reading: _Reading) -> str:
    """The counted noun's table label, or its lemma."""
    if reading.label is not None:
        return reading.label
    if reading.noun is None:
        return reading.counted or "unknown"
    if not re.search(r"[^\W\d_]", reading.noun.text):
        # "agreeing a ? 110-billion bailout": a symbol the text lost its currency sign to is
        # no word of what is counted
        return "unknown"
    if reading.noun.lower in _STATE_NOUNS:
        return "people"  # "80 hurt", "3 DEAD": the state stands for the people in it
    if reading.noun.pos == "PROPN":
        return reading.counted or reading.noun.text  # a name keeps its spelling
    lemma = reading.noun.lemma.lower()
    if lemma == "strike" and (
        reading.quantity.kind == "duration" or _LABOUR_STRIKE & set(reading.adjectives)
    ):
        # "a 24-hour strike", "a general strike": workers stopping work, not air raids.
        return "strike" if reading.noun.tag == "NN" else "strikes"
    label = _COUNTED_LABELS.get(lemma) or _COUNTED_LABELS.get(reading.noun.lower)
    if label is not None:
        return label
    if reading.noun.tag == "NNS":
        return reading.noun.lower  # the plural as written
    if reading.quantity.kind != "count":
        return lemma  # "percent of city": a share of one thing
    if reading.noun.lower in _COLLECTIVE_MEMBERS:
        return reading.noun.lower  # "26 crew": the members, counted by the group's word
    return _plural(lemma)


# Verbs a report also writes as the noun of a sum ("appealed for $4 million" is an appeal,
# "fined $40,000" a fine): the lemma names the money as it stands.
_MONEY_ACT_NOUNS = frozenset(
    """appeal fine pledge offer bid loan fund grant award bill charge cost budget rescue
    bail bailout deal""".split()  # noqa: SIM905
)
# Past participles no rule of "-ed" spells, by the verb's lemma: "times done", never "times
# doed"; "gets $345 a month" is money received. A verb made of an irregular one ("undergo",
# "withdraw") is listed with its own participle.
_PARTICIPLES = {
    **{"do": "done", "have": "had", "go": "gone", "make": "made", "take": "taken"},
    **{"give": "given", "get": "received", "see": "seen", "come": "come", "run": "run"},
    **{"say": "said", "tell": "told", "win": "won", "lose": "lost", "hold": "held"},
    **{"keep": "kept", "find": "found", "lead": "led", "leave": "left", "put": "put"},
    **{"set": "set", "throw": "thrown", "sell": "sold", "buy": "bought", "bring": "brought"},
    **{"fight": "fought", "catch": "caught", "pay": "paid", "send": "sent", "spend": "spent"},
    **{"build": "built", "hear": "heard", "beat": "beaten", "hit": "hit", "shoot": "shot"},
    **{"steal": "stolen", "strike": "struck", "write": "written", "be": "been"},
    **{"undergo": "undergone", "overcome": "overcome", "undertake": "undertaken"},
    **{"break": "broken", "choose": "chosen", "drive": "driven", "fall": "fallen"},
    **{"feel": "felt", "fly": "flown", "forget": "forgotten", "grow": "grown", "know": "known"},
    **{"meet": "met", "ride": "ridden", "rise": "risen", "seek": "sought", "sit": "sat"},
    **{"speak": "spoken", "stand": "stood", "teach": "taught", "think": "thought"},
    **{"wear": "worn", "bite": "bitten", "blow": "blown", "begin": "begun", "cut": "cut"},
    **{"deal": "dealt", "dig": "dug", "feed": "fed", "flee": "fled", "swear": "sworn"},
    **{"withdraw": "withdrawn", "draw": "drawn", "uphold": "upheld", "oversee": "overseen"},
    **{"lend": "lent", "raise": "raised"},
}
PAST_PARTICIPLES = {
    **{"took": "taken", "gave": "given", "threw": "thrown", "ran": "run", "drew": "drawn"},
    **{"stole": "stolen", "sank": "sunk", "shed": "shed", "hit": "hit", "cut": "cut"},
}
"""Past tenses whose participle is another word, for a label that names an act by the
words a report writes before its figure: "threw two bombs" -> "bombs thrown"."""
# Nouns that count portions of a thing named after "of" ("31 pieces of equipment", "two
# counts of murder"): what is counted is the thing, in those portions.
_PORTION_NOUNS = frozenset({"piece", "item", "article", "unit", "portion", "count", "sheet"})


def _participle(verb: Token) -> str:
    """A verb as the act done to what is counted: "shot", "stolen", "hit", "arrested"."""
    lemma = _verb_lemma(verb)
    if lemma in _PARTICIPLES:
        return _PARTICIPLES[lemma]
    if verb.tag in {"VBN", "VBD"} and verb.lower.endswith("ed"):
        return verb.lower  # written as the act: "arrested", "sued"
    if verb.tag == "VBN" and verb.lower.isalpha():
        return verb.lower  # a participle as written: "has undergone", "was forsaken"
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", lemma):
        return lemma + lemma[-1] + "ed"  # "stab" -> "stabbed", "rob" -> "robbed"
    return lemma + "ed"


def _named_by_act(text: str, tree: Tree, reading: _Reading) -> str | None:
    """A label the figure's verb gives what it counts, when the counted word alone names
    nothing a reader would write:

    - how often something was done is counted by the act ("shot eleven times", "arrested
      four times"): "times shot", "times arrested", never "times";
    - a sum a verb acts on is named by the act ("lost $300,000", "stealing $2.6 million"):
      "money lost", "money stolen"; a verb that is also the sum's noun keeps it ("fined
      $40,000" is a fine); a sum a verb does not act on ("a necklace worth $1m saw ...")
      is money, never the verb ("see");
    - what a thing "was valued at" is its value ("value of Norvik Dairy");
    - portions of a thing ("31 pieces of equipment") count the thing in those portions.
    """
    noun = reading.noun
    if noun is None:
        return None
    head = tree.head(noun) if noun.head != noun.i else None
    if noun.lower == "times" and noun.dep == "npadvmod" and head is not None and _is_verb(head):
        return f"times {_participle(head)}"
    valued = head if noun.dep in _SUBJECTS else noun
    if reading.quantity.kind == "money" and valued is not None and valued.lemma == "value":
        owner = next(iter(_kids(tree, valued, *_SUBJECTS)), None)
        if owner is not None and owner.pos in {"PROPN", "NOUN"}:
            return f"value of {_text(text, _compound(tree, owner))}"
        return "value"
    if reading.quantity.kind == "money" and _is_verb(noun):
        lemma = _verb_lemma(noun)
        if lemma in _MONEY_ACT_NOUNS:
            return None
        quantity = reading.quantity
        inside = tree.tokens[reading.number.i : reading.number.i + 8]
        objects = [
            t for t in inside if t.start < quantity.end and t.head == noun.i and t.dep == "dobj"
        ]
        if objects:
            return f"money {_participle(noun)}"
        return "money"  # the verb says nothing of what the sum is
    portion, thing = noun, None
    if noun.lemma.lower() in _PORTION_NOUNS:
        of = next((k for k in _kids(tree, noun, "prep") if k.lower == "of"), None)
        thing = next(iter(_kids(tree, of, "pobj")), None) if of is not None else None
    elif noun.dep == "pobj" and head is not None and head.lower == "of" and head.head != head.i:
        portion, thing = tree.head(head), noun  # the parse made the thing the counted noun
    if portion.lemma.lower() in _PORTION_NOUNS and thing is not None and thing.pos == "NOUN":
        # the thing with every word the "of" phrase gives it before its noun ("attempted
        # willful, deliberate, premeditated murder"), never its article
        words = [t for t in tree.tokens[tree.head(thing).i + 1 : thing.i + 1] if t.pos != "DET"]
        return f"{_plural(portion.lemma.lower())} of {_text(text, words)}"
    return None


def _compound(tree: Tree, noun: Token) -> list[Token]:
    """A noun with the words that name its kind right before it ("firefighting equipment",
    "Norvik Dairy", "first-degree murder"), never its article or number."""
    words = [noun]
    for k in sorted(tree.children(noun), key=lambda t: -t.i):
        below = tree.subtree(k)
        if (
            k.i < noun.i
            and k.dep in {"compound", "amod", "nmod"}
            and below[-1].i == words[0].i - 1
            and all(t.pos not in {"DET", "NUM", "PUNCT"} or t.text == "-" for t in below)
        ):
            words[:0] = below
    return words


def _plural(noun: str) -> str:
    """The English plural of a singular noun ("school" -> "schools", "man" -> "men")."""
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith("s") and not re.search(r"[aeiouy]", noun):
        return noun  # an abbreviation with its plural in it: "bps", "mps"
    if noun.endswith("man") and noun != "human":
        return noun[:-3] + "men"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if re.search(r"(?:s|x|z|ch|sh)$", noun):
        return noun + "es"
    return noun + "s"


_SHARE_WORDS = frozenset({"percent", "per cent", "pct", "%", "percentage"})


# Words a length, a weight, a duration or money is never *of*: its own units and measure
# words ("area of size", "mass of foot", "euros ($)"), pronouns, and people, who are no
# thing measured ("duration of teacher" for "a teacher for 20 years").
_UNIT_WORDS = frozenset(
    """foot feet ft inch inches mile miles metre metres meter meters kilometre kilometres
    kilometer kilometers km yard yards pound pounds lb lbs kilo kilos kilogram kilograms
    gram grams ton tons tonne tonnes ounce ounces acre acres hectare hectares gallon gallons
    litre litres liter liters barrel barrels degree degrees fahrenheit celsius temperature
    temperatures size area length height weight distance depth width time second seconds
    minute minutes hour hours day days week weeks month months year years decade decades
    duration speed mph dollar dollars euro euros yen yuan rupee rupees cent cents penny pence
    million millions billion billions thousand thousands hundred hundreds trillion money
    which that those these it them this one anyone someone everyone unknown worth""".split()  # noqa: SIM905
)
_MORE_PERSON_NOUNS = frozenset(
    """woman women men boy boys girl girls child children kid kids teen teenager youth adult
    teacher solicitor husband wife actress actor star starlet singer player coach driver
    suspect victim worker student judge mother father son daughter friend offender scientist
    owner manager chief captain officer president minister senator governor mayor veteran
    mobster gangster commuter customer passenger patient prisoner inmate detainee hostage
    tourist visitor fan others national nationals rookie guy guard police authorities troops
    crew crews firefighter firefighters staff robber robbers thief thieves burglar burglars
    attacker attackers raider raiders bandit bandits looter looters""".split()  # noqa: SIM905
)
_PEOPLE_WORDS = PERSON_NOUNS | _MORE_PERSON_NOUNS
_AMOUNT_WORD_RE = re.compile(r"[$€£¥₹][0-9]|^[A-Z]?[0-9][0-9,.]*(?:MM|bn|m|k)?$")
# Names of people, teams and firms: no thing a length or a duration is of.
_NAMED_NOT_MEASURED = frozenset({"PERSON", "ORG", "NORP"})
# Kinds of figure read with a unit of measure after the number
_MEASURE_KINDS = frozenset(
    {
        "area",
        "length",
        "mass",
        "volume",
        "speed",
        "power",
        "energy",
        "temperature",
        "data",
        "frequency",
        "voltage",
    }
)


def _person_word(word: str) -> bool:
    """Whether a (lower-case) noun names people, in the singular or the plural ("scientist",
    "scientists"): a duration or a sum said of people is no thing measured."""
    singular = word.removesuffix("s")
    return word in _PEOPLE_WORDS or singular in _PEOPLE_WORDS or word.rstrip("s") in PERSON_NOUNS


def _names_a_measured_thing(reading: _Reading, label: str) -> bool:
    """Whether "<kind> of <label>" says what a measure (a length, a duration) is of."""
    last = label.split()[-1].lower() if label.split() else ""
    if last in _UNIT_WORDS or last == reading.quantity.kind:
        return False
    if _person_word(last):
        return False
    if last.endswith(("man", "men")) and last not in ("human", "humans"):
        return False  # "crewman", "spokesman", "firemen"
    noun = reading.noun
    if noun is None or reading.label is not None:
        return True
    if noun.pos == "PRON":
        return True  # "it" read as the thing named before it: the label is that thing's
    if noun.ent in _NAMED_NOT_MEASURED or noun.pos == "VERB":
        return False
    # a place or a name is what an area is of ("the 360 sq km Gaza Strip"), never what a
    # length or a duration is of ("length of Wasilla" for "64 km from Wasilla")
    return noun.pos != "PROPN" or (reading.quantity.kind == "area" and noun.ent in ("GPE", "LOC"))


def _plain_label(reading: _Reading, label: str) -> str | None:
    """The label a measure keeps, or None when its words name nothing a reader would write
    after "<kind> of" (the measure then reads as its kind alone: "duration in Singapore")."""
    kind = reading.quantity.kind
    if kind == "count":
        return label
    if kind == "percent":
        noun = reading.noun
        if (
            noun is not None
            and reading.label is None
            and (noun.ent == "PERSON" or noun.pos == "VERB")
        ):
            # "46.8 percent" of a team's shooting, said of the team: the base is unsaid, and
            # two such shares must not look like one measure (as "percent of it")
            return "unknown"
        return label
    if kind == "money":
        last = label.split()[-1].lower()
        if last in _UNIT_WORDS or re.search(r"[0-9]", label):
            return None  # "euros ($)", "160MM ($)": a unit or an amount, no thing paid for
        if _person_word(last):
            return None  # "men (EUR)" for the two million euros the men took
        return label
    return label if _names_a_measured_thing(reading, label) else None


# A length's reference point written after it ("35 miles (56 km) southwest of Bandar
# Abbas", also after a conversion in brackets or with a spaced hyphen, "south - west"):
# how far something lies from that point.
_FROM_POINT_AFTER_RE = re.compile(
    r"\s*\)?\s*(?:\([^)]*\)\s*)?(?:to the\s+)?(?:north|south|east|west)"
    r"(?:(?:\s?-\s?|\s)?(?:north|south|east|west))?(?:ern)?\s+of\s+(?:the\s+)?"
    r"((?:(?:port|city|town|village|island|capital)\s+of\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
)


def _measure(reading: _Reading, label: str, after: str = "") -> str:
    """The normalised measure label (module docstring); ``after`` is the text after the
    figure, where a length's reference point is written."""
    kind = reading.quantity.kind
    if reading.quantity.age_at_death or label.startswith(_SINCE) or label == TIME_LEFT:
        # "age at death": one life's length, never a duration of anything else; "time since
        # marriage": the time since the event, whatever else the sentence holds; so is "time
        # left" before an event
        return label
    point = _FROM_POINT_AFTER_RE.match(after) if kind == "length" else None
    if point is not None:
        # "the quake was 35 miles southwest of Bandar Abbas": a distance from the point,
        # never the length of whatever noun the sentence holds ("length of quake")
        name = re.sub(r"^(?:port|city|town|village|island|capital)\s+of\s+", "", point.group(1))
        return f"distance from {name}"
    if reading.quantity.unit == "basis_point":
        # a move of a rate in hundredths of a point is no share of anything: the unit as
        # written ("bps", "basis points") says what is measured
        written = _BASIS_POINTS_RE.search(reading.quantity.text)
        return written.group().lower() if written else "basis points"
    if reading.actor and _AMOUNT_WORD_RE.search(reading.actor):
        # "S$10,000 fine": an amount is no one who pays or gets (a copy: the reading's
        # own words stay as read)
        reading = replace(reading, actor=None)
    if reading.place is not None and _AMOUNT_WORD_RE.search(reading.place.name):
        reading = replace(reading, place=None)  # an amount taken for a place's name
    if kind == "score":
        # "wins (Sixers)": a side of a record and whose; "winning points, game with Dalby":
        # a side of a game's result, and a side of the game the report names
        holder = reading.qualifiers[0] if reading.qualifiers else None
        if holder is None:
            return label
        return f"{label}, game with {holder}" if "points" in label else f"{label} ({holder})"
    if kind == "tally":
        # "jurors in the majority": who voted and on which side, never a toll's measure
        where = [f"in {reading.place.name}"] if reading.place is not None else []
        return " ".join([label, reading.state or "on one side", *where])
    plain = _plain_label(reading, label)
    if plain is None:
        return _kind_measure(reading, label)
    label = plain
    state = reading.state or (
        _IMPLIED_STATE.get(reading.noun.lemma.lower()) if reading.noun is not None else None
    )
    if label == "bodies" and state == "killed":
        state = None  # bodies are of the dead: "bodies killed" says nothing a reader would
    if state == "killed" and label == "lives":
        label = "people"  # "claimed 12 lives": 12 people killed
    words = [label]
    if reading.actor and reading.actor_after and kind == "count":
        # "five sons of Sal Vendra": the sons of a person, never "Sal Vendra sons"
        words.append(f"{reading.actor_after} {reading.actor}")
    elif reading.actor and kind != "percent":
        if reading.actor.lower().endswith(label.lower()):
            words = [reading.actor]  # "Puerto Ricans" counted and named: said once
            label = reading.actor
        else:
            words.insert(0, reading.actor)
    # an adjective the label already holds ("Kenny George", "Species Act") is said once, and
    # one that ends with the label is the label's whole name ("Puerto Ricans", not "Puerto
    # Ricans Ricans")
    named = set(label.lower().split())
    # a word of a label that names portions of a thing is said once, in the label's form
    # ("count", "first-" in "counts of first-degree murder")
    if " of " in label:
        named |= {w.rstrip("s") for w in re.split(r"[\s,-]+", label.lower()) if w}
    # an amount is no word of what is measured: "S$10,000 fine" is a fine
    adjectives = [
        a
        for a in reading.adjectives
        if a.lower() not in named
        and a.lower().strip("-").rstrip("s") not in named
        and not _AMOUNT_WORD_RE.search(a)
    ]
    whole = next((a for a in adjectives if a.lower().endswith(f" {label.lower()}")), None)
    if whole is not None:
        words[words.index(label)] = whole
        adjectives.remove(whole)
    words[:0] = dict.fromkeys(adjectives)
    if state:
        words.append(state)
    if reading.cause and reading.cause != label:
        words.append(f"by {reading.cause}")
    if kind == "percent":
        if reading.actor:
            words.append(f"by {reading.actor}")
        if label.lower() in _SHARE_WORDS:
            words.remove(
                label
            )  # "40 percent" of nothing named: "percent", not "percent of percent"
            words.insert(0, "percent")
        else:
            words.insert(0, "percent of")
    elif kind not in {"count", "money"}:
        words.insert(0, f"{kind} of")
    if reading.place is not None and reading.place.name != label:
        words.append(f"{'from' if state == 'fled' else 'in'} {reading.place.name}")
    if kind == "money":
        words.append(f"({reading.quantity.unit})")  # "United Nations appeal (USD)"
    return "".join(w if w.endswith("-") else f"{w} " for w in words).rstrip()


def _kind_measure(reading: _Reading, label: str) -> str:
    """A measure with no thing named: its kind, the actor of money and the place ("duration
    in Singapore", "temperature in Alaska", "money (EUR)")."""
    kind = reading.quantity.kind
    head = "temperature" if kind == "degree" and "temperature" in label.lower() else kind
    words: list[str] = [head]
    if kind == "money" and reading.actor:
        words.insert(0, reading.actor)
    if reading.place is not None:
        words.append(f"in {reading.place.name}")
    if kind == "money":
        words.append(f"({reading.quantity.unit})")
    return " ".join(words)


# --------------------------------------------------------------------------------------------
# The stage.


def _count_opens_headline_name(text: str, tree: Tree, digits: Token) -> bool:
    """Whether digits in a headline "name" are a count the tagger took for part of one.

    A headline capitalises every word, so the tagger reads "2 Dead, 1 Wounded in Shooting"
    or "Worker Kills 2 Women in Plant Shooting" as names. Digits there are a count when a
    counted word follows them inside the "name" ("2 Women", "3 Dead"); a name that ends at
    its number ("Apollo 11", "Fortune 500") keeps it.
    """
    if not (digits.text.isdigit() or digits.tag == "CD") or not in_headline(
        text, digits.start, digits.end
    ):
        return False
    before = tree[digits.i - 1] if digits.i > 0 else None
    if (
        before is not None
        and "\n" not in text[before.end : digits.start]
        and (
            before.lower in _HEADLINE_VERBS
            or (before.lower.endswith("s") and _plural_follows(text, tree, digits))
        )
    ):
        # "Gunman Kills 2", "Quake Toll Rises to 34", "Navy Seizes Three Pirate Boats": the
        # verb's count
        return True
    after = tree[digits.i + 1] if digits.i + 1 < len(tree) else None
    if after is None or "\n" in text[digits.end : after.start]:
        return False
    counted = after.tag in {"NNS", "NNPS"} or after.lower in _HEADLINE_COUNTED
    return counted and after.ent == digits.ent


def _plural_follows(text: str, tree: Tree, digits: Token) -> bool:
    """Whether a plural noun follows the number within three words on its line."""
    for k in range(digits.i + 1, min(len(tree), digits.i + 4)):
        token = tree[k]
        if "\n" in text[digits.end : token.start]:
            return False
        if token.tag in {"NNS", "NNPS"} or (token.text[:1].isupper() and token.lower.endswith("s")):
            return True
    return False


# Verbs a headline puts before the count it reports: those the figure reader knows, and
# the forms and verbs of rising a parsed headline shows ("Gunman Kills 2", "Toll Rises to 34").
_HEADLINE_VERBS = HEADLINE_VERBS | frozenset(
    {
        "kill",
        "injured",
        "wounded",
        "left",
        "arrested",
        "evacuates",
        "shoots",
        "shot",
        "to",
        "tops",
        "hits",
        "nears",
        "passes",
        "exceeds",
    }
)
# Words a headline counts people with after a number: "3 Dead", "2 Hurt".
_HEADLINE_COUNTED = frozenset(
    {"dead", "killed", "hurt", "injured", "wounded", "missing", "die", "dies", "people"}
)


# A headline's count with its verb of harm and no noun: "Blast Kills Two In Market", "Fire
# Injures 4", "Storm Leaves Three Dead". A headline drops the noun of people a sentence would
# write ("kills two people"), so the count is of people, whatever noun the title-case parse
# hangs it on; a noun after the number ("Kills Two Guards") is counted as written.
_HEADLINE_HARM_BEFORE_RE = re.compile(
    r"\b(?:(?P<killed>kills|kill)|(?P<wounded>injures|injure|wounds|wound|hurts)|(?P<leaves>"
    r"leaves|leave))\s+$",
    re.IGNORECASE,
)
_HEADLINE_NO_NOUN_AFTER_RE = re.compile(
    r"\s*(?:$|[,:;.!?|(–—-]|(?:in|at|near|on|after|as|during|outside|inside|when|while|from|"
    r"with|and|over|amid|across|since|before)\b)",
    re.IGNORECASE,
)
_HEADLINE_STATE_AFTER_RE = re.compile(r"\s+(?P<state>dead|injured|hurt|wounded)\b", re.IGNORECASE)


def _headline_harm(text: str, quantity: Quantity, line: tuple[int, int]) -> str | None:
    """The state ("killed", "wounded") of the people a headline's bare count counts, if any."""
    if quantity.kind != "count" or not in_headline(text, quantity.start, quantity.end):
        return None
    verb = _HEADLINE_HARM_BEFORE_RE.search(text, line[0], quantity.start)
    if verb is None:
        return None
    after = text[quantity.end : line[1]]
    if verb.group("leaves"):
        # "Storm Leaves Three Dead": the state after the count says the harm
        state = _HEADLINE_STATE_AFTER_RE.match(after)
        return _STATES.get(state.group("state").lower()) if state else None
    if not _HEADLINE_NO_NOUN_AFTER_RE.match(after):
        return None
    return "killed" if verb.group("killed") else "wounded"


def _read_one(
    text: str,
    tree: Tree,
    places: _Places,
    quantity: Quantity,
    numbers: _Numbers,
) -> _Reading | None:
    """Read one quantity's context; None when it is not a quantity claim."""
    tokens = _words(tree.at(quantity.start, quantity.end))
    if not tokens:
        return None
    if any(t.tag == "LS" and _list_marker(text, t) for t in tokens):
        return None  # list numbering: "1. " or "2) " opening its line
    number = _number_head(tree, tokens)
    digits = next((t for t in tokens if t.tag == "CD" or any(c.isdigit() for c in t.text)), number)
    inside_name = places.entities.at(digits.start, digits.end)
    if (
        inside_name is not None
        and inside_name.type in _NAME_LABELS
        and not _count_opens_headline_name(text, tree, digits)
        and not (
            quantity.kind == "money"
            and (_CODE_GLUED_RE.fullmatch(digits.text) or inside_name.name in quantity.text)
        )
        # a name's number in words is capitalised ("Ocean's Eleven"): "hitting Brandt eleven
        # times" is a count the tagger ran into the name, as is "shooting Varga 16 times"
        and not (digits.text.isalpha() and digits.text.islower())
        and not (inside_name.type == "PERSON" and _TIMES_AFTER_RE.match(text, quantity.end))
        and not _TOLL_AFTER_RE.match(text, quantity.end)
        # "Convert 45 KG to LBS" tagged a person: no person's name holds a measure and its unit
        and not (inside_name.type == "PERSON" and quantity.kind in _MEASURE_KINDS)
        # "gives Moss 49 percent" tagged one name: a name writes its words with capitals,
        # so a share in lower case ("49 percent", "49%") is no part of one
        and not (quantity.kind == "percent" and quantity.text == quantity.text.lower())
    ):
        # a number inside a name ("Channel 4"); "100 MB" tagged ORG is no name, and nor is
        # an amount with its currency ("USD115", "S$300", "€40") the tagger took for one
        return None
    line = _line_of(text, quantity.start, quantity.end)
    reading = _Reading(quantity=quantity, number=number, line=line)
    harm = _headline_harm(text, quantity, line)
    noun = None if harm else _counted_noun(tree, quantity, number, line)
    reading.noun = noun
    if noun is None and quantity.kind == "count":
        reading.back = _points_back(tree, number)
    if noun is not None and quantity.kind == "money" and _is_verb(noun):
        # Money counted by its act ("appealed for $12 million" -> "appeal"), step 5.
        reading.counted = reading.label = _verb_lemma(noun)
        subjects = [_entity_name(places.entities, k) for k in _kids(tree, noun, *_SUBJECTS)]
        reading.actor = next((name for name in subjects if name), None)
    elif noun is not None and _is_verb(noun):
        # The elided object of a verb of harm counts people ("killing dozens"), step 5.
        reading.label, reading.state = "people", _state_of(noun)
        if noun.i > number.i:
            reading.counted = noun.text  # "about 90 wounded": the word written as a stand-in
    elif noun is not None:
        reading.counted = _text(text, _counted_words(tree, noun))
        if noun.tag == "NNPS" and _headline_common_words(text, tree, reading):
            # "Three Pirate Vessels" over a text of "vessels": the plural as the text writes it
            reading.counted = reading.counted.lower()
            reading.label = noun.lower
        if noun.tag in _STAND_IN_TAGS:
            reading.label = "people"  # "150 injured": the adjective stands for people (step 4)
            reading.state = _state_of(noun) or noun.lower
        _modifiers(text, tree, places.entities, reading)
    reading.start, reading.end = _claim_span(text, tree, reading)
    reading.predicate = _predicate(tree, reading)
    if noun is not None and noun.lemma.lower() in _STATES and noun.lemma.lower() != "remain":
        reading.state = reading.state or _STATES[noun.lemma.lower()]
    if noun is not None and not reading.state:
        # "left at least three people dead": an adjective after the noun is the result,
        # whatever the verb ("left") would say alone.
        after = [k for k in tree.children(noun) if k.dep == "amod" and k.i > noun.i]
        reading.state = next((st for k in after if (st := _state_of(k))), None)
    _read_predicate(text, tree, places, reading)
    if noun is not None and reading.state is None and _still_in(_words(tree.children(noun))):
        reading.state = "remaining"  # "7,000 civilians still inside the city"
    if harm:
        reading.state = harm  # "Blast Kills Two", "Storm Leaves Three Dead" (``_headline_harm``)
    if noun is None and quantity.kind == "count" and reading.state in _HARMED:
        reading.label = "people"  # "Three die in bank": those a harm befalls are people
    if noun is None and quantity.kind == "count" and _who_clause(tree, number) is not None:
        reading.label = "people"  # "tens of thousands who marched"
    reading.label = _named_by_act(text, tree, reading) or reading.label
    if quantity.kind == "count" and _PARENT_OF_BEFORE_RE.search(
        text, max(0, quantity.start - 30), quantity.start
    ):
        # "a mother of three": her children, whatever befell the mother
        reading.counted, reading.label, reading.state = "children", "children", None
    reading.place = _find_place(tree, places, reading)
    reading.scope = _find_scope(text, tree, reading, numbers, places.time_phrases)
    reading.total = _total_token(tree, text, reading)
    return reading


# Who casts the votes of a tally, named before it in its sentence: a jury's jurors, a court's
# justices, a panel's judges; any other body's tally counts votes.
_VOTERS_BEFORE_RE = re.compile(
    r"\b(?:(?P<jurors>jury|juries|jurors?)|(?P<justices>justices|court)|(?P<judges>judges))\b"
    r"[^.;]*$",
    re.IGNORECASE,
)
# Or named right after it, as whose vote it is: "convicted on an 11-1 vote of the jury", "a
# 5-4 ruling by the justices".
_VOTERS_AFTER_RE = re.compile(
    r"^[^.;]{0,40}?\b(?:votes?|verdict|ruling|decision|decisions)\s+(?:of|by|from)\s+"
    r"(?:the\s+|a\s+|its\s+)?(?:\w+\s+)?"
    r"(?:(?P<jurors>jury|juries|jurors?)|(?P<justices>justices|court)|(?P<judges>judges))\b",
    re.IGNORECASE,
)


def _tally_sides(quantities: Sequence[Quantity]) -> dict[int, str]:
    """Where each side of a vote tally starts -> which side it is: the larger count "in the
    majority", the smaller "in the minority", equal counts "on each side" (a tied vote)."""
    sides: dict[int, str] = {}
    for a, b in pairwise(quantities):
        if a.kind != "tally" or b.kind != "tally" or a.start in sides:
            continue
        if a.low == b.low:
            sides[a.start] = sides[b.start] = "on each side"
        else:
            big, small = (a, b) if (a.low or 0) > (b.low or 0) else (b, a)
            sides[big.start], sides[small.start] = "in the majority", "in the minority"
    for q in quantities:
        if q.kind == "tally":
            sides.setdefault(q.start, "on one side")
    return sides


def _read_tally(
    text: str, tree: Tree, places: _Places, quantity: Quantity, side: str
) -> _Reading | None:
    """Read one side of a vote tally: the votes (or jurors, justices, judges) on that side.

    A tally has no counted noun of its own to parse ("the jury voted 10-2"): who votes is
    named before it, and the side says which way; the claim is the number alone.
    """
    tokens = _words(tree.at(quantity.start, quantity.end))
    if not tokens:
        return None
    line = _line_of(text, quantity.start, quantity.end)
    reading = _Reading(quantity=quantity, number=_number_head(tree, tokens), line=line)
    voters = _VOTERS_AFTER_RE.match(text[quantity.end : line[1]]) or _VOTERS_BEFORE_RE.search(
        text, max(line[0], quantity.start - 120), quantity.start
    )
    who = next((k for k, v in voters.groupdict().items() if v), None) if voters else None
    reading.counted = reading.label = who or "votes"
    reading.state = side
    reading.qualifiers = [side]
    reading.start, reading.end = quantity.start, quantity.end
    reading.place = _find_place(tree, places, reading)
    return reading


def _read_game_side(text: str, tree: Tree, quantity: Quantity) -> _Reading | None:
    """Read one side of a game's score or of a record: what its unit counts ("winning
    points", "wins", "losses"); whose it is, the team or player the sentence names, is told
    where figures are compared (``triangulate.reconcile.topics``)."""
    tokens = _words(tree.at(quantity.start, quantity.end))
    if not tokens:
        return None
    line = _line_of(text, quantity.start, quantity.end)
    reading = _Reading(quantity=quantity, number=_number_head(tree, tokens), line=line)
    reading.counted = reading.label = quantity.unit
    # whose side it is: the name the sentence gives last before it ("the Sixers (9-14)",
    # "defeated Dalby 65-53"), else the team named right after it ("the 15-17 Bulldogs")
    after = _TEAM_NAMED_AFTER_RE.match(text, quantity.end)
    holder = (
        None
        if _KNOWN_BY_NUMBERS_RE.search(quantity.unit or "")
        # "leading points, score 14-0", "wins, record 162-139": a moment of a game or a
        # record known by its numbers, whoever the sentence names (the leader, the
        # trailer, or a pronoun's team)
        else named_before(text, quantity.start)
        or _named_after_game(text, quantity)
        or (after.group(1) if after else None)
    )
    reading.qualifiers = [holder] if holder else []
    reading.start, reading.end = quantity.start, quantity.end
    return reading


def _read_age(
    text: str, tree: Tree, places: _Places, quantity: Quantity, label: str = "age at death"
) -> _Reading | None:
    """Read an age at death ("died at 77", "He was 77."), the time since a change in
    someone's life ("married two weeks ago", ``label`` "time since marriage") or the time
    until an event ("with 12 seconds left", ``label`` "time left": ``counts_down`` of
    ``triangulate.claims.durations``): the figure is the number alone, its measure
    ``label``, whoever the sentence names; only an age at death has a place."""
    tokens = _words(tree.at(quantity.start, quantity.end))
    if not tokens:
        return None
    line = _line_of(text, quantity.start, quantity.end)
    reading = _Reading(quantity=quantity, number=_number_head(tree, tokens), line=line)
    reading.counted = reading.label = label
    reading.start, reading.end = quantity.start, quantity.end
    if quantity.age_at_death:
        # where one died; a marriage or a move is someone's, wherever it was
        reading.place = _find_place(tree, places, reading)
    return reading


# How often, said in one word: "shot him twice", "used only once"
_HOW_OFTEN = frozenset({"once", "twice", "thrice"})
# Verbs of a harm or a force done to someone or something: "shot him twice", "was stabbed
# once", "destroyed twice", "has undergone surgery twice"
_HARM_VERBS = frozenset(
    {"shoot", "stab", "hit", "strike", "wound", "injure", "beat", "punch", "kick", "attack"}
    | {"fire", "rob", "burgle", "raid", "bomb", "destroy", "damage", "flood", "burn"}
    | {"arrest", "convict", "charge", "jail", "sentence", "undergo", "operate", "hospitalize"}
)


def _read_how_often(text: str, tree: Tree, places: _Places, quantity: Quantity) -> _Reading | None:
    """Read how often a harm or a force befell someone or something, said in one word
    ("shot him twice", "was stabbed once"): the number alone, measured by the act as "shot
    eleven times" is ("times shot"), counting no noun near it. Any other act ("did it
    twice", "said, twice, that", "won twice") gives no figure."""
    tokens = _words(tree.at(quantity.start, quantity.end))
    if not tokens:
        return None
    number = tokens[0]
    line = _line_of(text, quantity.start, quantity.end)
    reading = _Reading(quantity=quantity, number=number, line=line)
    verb = next((t for t in tree.ancestors(number) if _is_verb(t)), None)
    if verb is None:
        # the parse hung it on a noun ("reached the playoffs twice"): the verb before it
        before = [t for t in tree.tokens[max(0, number.i - 8) : number.i] if t.sent == number.sent]
        verb = next((t for t in reversed(before) if _is_verb(t)), None)
    if verb is None or _verb_lemma(verb) not in _HARM_VERBS:
        # "Varga did it twice", "He said, twice, that", "won twice": only how often a harm
        # or a force befell someone is read, the count reports of a crime give and dispute
        return None
    reading.counted = "times"
    reading.label = f"times {_participle(verb)}"
    reading.start, reading.end = quantity.start, quantity.end
    reading.place = _find_place(tree, places, reading)
    return reading


def _named_after_game(text: str, quantity: Quantity) -> str | None:
    """The other side of the game named after a score ("an 88-72 loss to the Cavaliers"),
    read from either number of the score."""
    pair = _SCORE_PAIR_AFTER_RE.match(text, quantity.end)
    return named_after_game(text, pair.end() if pair else quantity.end)


# The measure of the time since a change in someone's life ("time since marriage"): see
# ``triangulate.claims.durations.time_since``
_SINCE = "time since "
_SCORE_PAIR_AFTER_RE = re.compile(r"\s?[-–]\s?[0-9]+")
_KNOWN_BY_NUMBERS_RE = re.compile(r", (?:score|record) [0-9.]+-[0-9.]+$")
# "the 15-17 Bulldogs": a record's team named right after its second number
_TEAM_NAMED_AFTER_RE = re.compile(r"(?:\s?[-–]\s?[0-9]+)?\s+([A-Z][\w'’.-]*)")


def _list_marker(text: str, tok: Token) -> bool:
    """Whether a token opens its line as a list marker ("1.", "2)"), not a number in a
    sentence. A stop with a digit after it is a decimal point a tokenizer spaced out
    ("5. 9 Earthquake Jolts Iran"), not a marker."""
    opens = not text[text.rfind("\n", 0, tok.start) + 1 : tok.start].strip()
    stop = tok.end if text[tok.end : tok.end + 1] in (".", ")") else tok.end - 1
    if text[stop : stop + 1] == "." and text[stop + 1 : stop + 3].strip()[:1].isdigit():
        return False
    return opens and (text[tok.end : tok.end + 1] in (".", ")") or tok.text[-1:] in (".", ")"))


def _claim_span(text: str, tree: Tree, reading: _Reading) -> tuple[int, int]:
    """From the number through the counted noun and its participle or relative clause."""
    start, end = reading.quantity.start, reading.quantity.end
    noun = reading.noun
    if noun is None:
        return start, end
    if noun.start < start:
        # An elided figure: its noun came first ("the toll reached 1,000"); the phrase is the
        # number alone, since the words between belong to the predicate.
        return start, end
    if reading.quantity.kind == "duration" and any(c in ",;:" for c in text[end : noun.start]):
        # "For 15 years, he ...": a word past a comma after a duration opens the next clause
        return start, end
    end = max(end, noun.end)
    for kid in tree.children(noun):
        clause = kid.dep in {"acl", "relcl"} and _restrictive(tree, noun, kid)
        owner = kid.dep == "prep" and kid.lower in {"of", "from"}
        if kid.i > noun.i and (clause or owner):
            end = max(end, _clause(tree, kid)[-1].end)
    end = min(end, tree.sentence(reading.number.sent)[-1].end, reading.line[1])
    while end > start and text[end - 1] in " ,;:\u00a0\n":
        end -= 1
    return start, end


def _restrictive(tree: Tree, noun: Token, clause: Token) -> bool:
    """Whether a clause follows its noun without a comma, so it says which ones are counted."""
    first = _words(tree.subtree(clause))[0]
    return not any(tree[i].tag in {",", ":"} for i in range(noun.i + 1, first.i))


def _inherit(readings: list[_Reading]) -> None:
    """Parts take state, cause, actor and time scope from their total when they lack them."""
    for reading in readings:
        if reading.parent is None:
            continue
        total = readings[reading.parent]
        reading.state = reading.state or total.state
        reading.cause = reading.cause or total.cause
        reading.scope = reading.scope or total.scope
        reading.place = reading.place or total.place


def _borrow_shares(text: str, tree: Tree, places: _Places, readings: list[_Reading]) -> None:
    """A percentage with no "of" phrase shares the base of the percentage just before it.

    "X holds 70 per cent of the town. Other counts put it at 75 per cent": the second
    share is of the same city, so it takes that noun and place.
    """
    for k, reading in enumerate(readings):
        own = reading.noun is not None and reading.noun.i > reading.number.i
        if reading.quantity.kind != "percent" or own:
            continue
        for other in reversed(readings[:k]):
            if other.number.sent < reading.number.sent - 2:
                break
            based = other.noun is not None and other.noun.i > other.number.i
            if other.quantity.kind == "percent" and based:
                reading.noun, reading.counted = other.noun, other.counted
                reading.state = reading.state or other.state
                reading.actor = reading.actor or other.actor
                reading.place = other.place or reading.place
                break


def _carry_counts(tree: Tree, readings: list[_Reading]) -> None:
    """A bare total a clause carries up counts what the clause's own count counts.

    "Police arrested 35 protesters on Monday, bringing the total to 700": the 700 are
    protesters arrested, as the 35 are, with the 35's noun, state and verb; a total, tally,
    count or number with no "of" phrase of its own says nothing of what it counts. Its
    place and time scope stay its own (a running total holds as of its telling).
    """
    for reading in readings:
        total = reading.noun
        if (
            total is None
            or total.lemma.lower() not in _CONTAINERS & _RUNNING_COUNTS
            or total.head == total.i
            or not _brought_to(tree, reading)
        ):
            continue
        clause = tree.head(tree.head(total))  # "arrested ..., bringing the total to 700"
        raised = next(
            (
                other
                for other in reversed(readings)
                if other is not reading
                and other.number.i < reading.number.i
                and other.number.sent == reading.number.sent
                and other.quantity.kind == reading.quantity.kind
                and other.noun is not None
                and clause in other.predicate
            ),
            None,
        )
        if raised is None:
            continue
        reading.noun, reading.counted, reading.label = raised.noun, raised.counted, raised.label
        reading.state, reading.cause = raised.state, raised.cause
        reading.actor = reading.actor or raised.actor
        reading.adjectives = list(raised.adjectives)
        reading.qualifiers = list(raised.qualifiers)


def _antecedent(text: str, readings: list[_Reading], k: int) -> _Reading | None:
    """For a figure counting "them": the nearest earlier total of more than one in this or
    the last sentence, never in a headline (a title is no sentence of the body)."""
    for other in _earlier_nearby(text, readings, k):
        if other.parent is None and other.noun is not None and other.noun.tag != "PRP":
            if (other.quantity.high or other.quantity.low or 0) == 1:
                continue  # "them" are several: never the one person counted before
            return other
    return None


def _earlier_nearby(text: str, readings: list[_Reading], k: int) -> Iterator[_Reading]:
    """The figures before the ``k``-th, nearest first, in its sentence and the one before,
    never in a headline (a title is no sentence of the body)."""
    sent = readings[k].number.sent
    for j in range(k - 1, -1, -1):
        other = readings[j]
        if other.number.sent < sent - 1:
            return
        if not in_headline(text, other.number.start, other.number.end):
            yield other


def _value(quantity: Quantity) -> float:
    """The size of a count, for setting a part against its whole: its top, else its floor."""
    return quantity.high if quantity.high is not None else quantity.low or 0


# Determiners of things the text has named already: "the skiffs", "those boats".
_NAMED_BEFORE = frozenset({"the", "these", "those"})


def _things_named_before(tree: Tree, reading: _Reading) -> Token | None:
    """The plural things "them" takes up when no count before it says what they are: the
    nearest plural noun named with "the" before it, in its sentence or the one before ("the
    skiffs tried to flee. While two of them escaped, ..."), each cut to its line."""
    sentence = _sentence(tree, reading)
    before = [t for t in sentence if t.i < reading.number.i]
    for tok in reversed([*_previous(tree, sentence), *before]):
        if tok.tag != "NNS" or tok.pos != "NOUN":
            continue
        if any(k.dep == "det" and k.lower in _NAMED_BEFORE for k in tree.children(tok)):
            return tok
    return None


def _is_part(reading: _Reading) -> bool:
    """Whether a figure is some of a set: a breakdown part, "two of them" or "the other
    two", whose rest a later "the other three" counts."""
    pronoun = reading.noun is not None and reading.noun.tag == "PRP"
    return reading.parent is not None or pronoun or reading.back is not None


def _counted_before(text: str, readings: list[_Reading], k: int) -> _Reading | None:
    """For a count with no noun that points back ("the remaining three", "all four"): the
    nearest earlier count of this or the last sentence whose label is known, never in a
    headline. "The three" and "all four" name again a set of just that size; "the other
    three" is the rest of a set, no larger than that set, but of any size beside a part of
    it told before ("two of them ... the other three")."""
    reading = readings[k]
    for other in _earlier_nearby(text, readings, k):
        if other.quantity.kind != "count" or other.resolved in {None, "unknown"}:
            continue
        size, whole = _value(reading.quantity), _value(other.quantity)
        if reading.back == "whole" and size != whole:
            continue  # "the two" are a set of two, not two of the three officers before
        if size > whole and not _is_part(other):
            continue
        return other
    return None


def read_figures(document: Document, tree: Tree, entities: EntityIndex) -> tuple[FigureSpan, ...]:
    """Find the figures of one document and read what each one counts.

    Args:
        document: The document; offsets refer to ``document.text``.
        tree: The document's parse.
        entities: The resolved entity mentions of this document.

    Returns:
        One ``FigureSpan`` per number phrase that reports a quantity, in text order.
        A duration is returned only when it is the reported fact ("a 12-day siege",
        ``triangulate.claims.durations``); the others serve as time scopes.
    """
    text = document.text
    quantities = resolve_money(document, find_quantities(text))
    reported = reported_durations(text, tree, quantities)
    since = {
        q.start: event
        for q in quantities
        if (q.start, q.end) in reported and (event := time_since(text, tree, q)) is not None
    }
    between = {
        q.start
        for q in quantities
        if (q.start, q.end) in reported and q.start not in since and counts_down(text, q)
    }
    places = _Places(text, tree, entities)
    numbers = _Numbers(quantities)
    sides = _tally_sides(quantities)
    readings = [
        r
        for r in (
            _read_tally(text, tree, places, q, sides[q.start])
            if q.kind == "tally"
            else _read_game_side(text, tree, q)
            if q.kind == "score"
            else _read_age(text, tree, places, q)
            if q.age_at_death
            else _read_age(text, tree, places, q, _SINCE + since[q.start])
            if q.start in since
            else _read_age(text, tree, places, q, TIME_LEFT)
            if q.start in between
            else _read_how_often(text, tree, places, q)
            if q.kind == "count" and q.text.lower() in _HOW_OFTEN
            else _read_one(text, tree, places, q, numbers)
            for q in quantities
            if q.kind != "duration" or q.age_at_death or (q.start, q.end) in reported
        )
        if r is not None
    ]
    _link_parents(readings)
    _borrow_shares(text, tree, places, readings)
    _carry_counts(tree, readings)
    # Where the next figure that is no breakdown part starts, after each reading.
    limits = [len(text)] * len(readings)
    for k in range(len(readings) - 2, -1, -1):
        after = readings[k + 1]
        limits[k] = after.quantity.start if after.total is None else limits[k + 1]
    for k, reading in enumerate(readings):
        if reading.state is not None or reading.parent is not None:
            continue
        if (reading.label or "").startswith(_SINCE) or reading.quantity.start in between:
            # the time since a marriage or a move, or until an event, is no figure of a time
            # scope
            continue
        verb = _continuation(tree, reading, limits[k])
        if verb is not None:
            reading.predicate.append(verb)
            _read_predicate(text, tree, places, reading)
            reading.scope = reading.scope or _find_scope(
                text, tree, reading, numbers, places.time_phrases
            )
    _inherit(readings)
    for reading in readings:
        if reading.noun is not None and reading.noun.lower == "them":
            reading.named = _things_named_before(tree, reading)
    return tuple(_span(text, readings, k) for k in range(len(readings)))


def _currency(quantity: Quantity) -> str | None:
    """The currency code of money whose currency is known (stated or inferred), else None."""
    if quantity.kind != "money" or quantity.basis == "unknown" or quantity.unit is None:
        return None
    return quantity.unit if quantity.unit.isupper() and len(quantity.unit) == 3 else None


def _span(text: str, readings: list[_Reading], k: int) -> FigureSpan:
    """The public record of one reading."""
    reading = readings[k]
    label = _label(reading)
    counted = reading.refers = reading.counted
    if reading.noun is not None and reading.noun.tag == "PRP":
        antecedent = _antecedent(text, readings, k)
        if antecedent is not None:
            label = _label(antecedent)
            reading.actor = reading.actor or antecedent.actor
            reading.refers = antecedent.refers
        elif reading.named is not None:
            label = _COUNTED_LABELS.get(reading.named.lemma.lower()) or reading.named.lower
            reading.refers = reading.named.text
        else:
            # "60 percent of it" with no figure before it to say what "it" is: what is
            # counted is unknown, and two such figures must not look like one measure.
            label = "unknown"
    if label == "unknown" and reading.back is not None:
        antecedent = _counted_before(text, readings, k)
        if antecedent is not None:
            # "the remaining three" counts the boats counted before: their noun is its own.
            label = antecedent.resolved or label
            counted = reading.refers = antecedent.refers
            reading.actor = reading.actor or antecedent.actor
    reading.resolved = label
    quantity = reading.quantity
    scope = reading.scope
    if scope is not None and scope[0] < quantity.end and quantity.start < scope[1]:
        scope = None  # a duration read as the fact is not its own time scope
    figure = Figure(
        measure=_measure(reading, label, text[quantity.end : quantity.end + 120]),
        counted=counted,
        qualifiers=tuple(dict.fromkeys(q for q in reading.qualifiers if q)),
        low=quantity.low,
        high=quantity.high,
        hedge=quantity.hedge,
        unit=quantity.unit,
        kind=quantity.kind,
        vague=quantity.vague,
        scope=text[scope[0] : scope[1]] if scope else None,
        currency=_currency(quantity),
        currency_basis=quantity.basis if quantity.kind == "money" else None,
    )
    return FigureSpan(
        quantity=quantity,
        start=reading.start,
        end=reading.end,
        figure=figure,
        parent=reading.parent,
        place=reading.place.id if reading.place else None,
        scope_start=scope[0] if scope else None,
        scope_end=scope[1] if scope else None,
    )
