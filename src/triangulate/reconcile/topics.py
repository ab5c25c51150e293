"""What a figure measures, as comparable parts: state, population, cause, window, place.

A figure's ``measure`` text is a good label but a poor key (word order, stray words). We
read from the figure's measure, counted noun and qualifiers, and only when they say nothing,
from the words around the number in its sentence (never for a vague amount: "thousands of
civilians" is read by its own words and the verb right after them, since its sentence
often speaks of another count):

==============  ===========================================================================
part            read as
==============  ===========================================================================
unit            the unit a measure is compared in: seconds for a duration, metres, km/h,
                kilograms, degrees Celsius or square kilometres for a length, speed,
                weight, temperature or area whatever system a report says it in ("940
                miles" and "1,500 km" are one distance); a nautical mile only meets
                another
state           casualties / missing / hospitalised (treated, admitted: a hospital's count,
                a part of the injured, or all of them when the values agree) / injured
                / killed (slain, strangled too) / arrested / rescued /
                displaced / left / remaining / controlled / protesting / employed (a
                firm's workforce: "employs 150 people", "its 150 employees") / living (a
                population: "residents" and "inhabitants" with no other state, "a town
                of 15,000 people", "home to", "a city of 2 million": people, labelled
                "population of X") / destroyed (razed, flattened) / damaged (hit,
                affected: destroyed things are a part of them) / other;
                "casualties" may include both killed and injured ("five people were
                shot", "accused of shooting three co-workers": the shooting's, whatever
                befell the shooter, "arrested in the shooting of three people"; people
                a car or a blow struck), and are those
                wounded when both counts are exact and the same and the sentence of the
                shooting tells no death among them ("shot two men before killing
                himself", "two men were wounded"; never "shot three, killing one");
                a wound that killed
                ("fatally wounded", "one fatally") is a death, those a charge names
                ("three women he is accused of killing") the killed, "taken into
                custody" an arrest; only people are displaced or march (a count of homes
                is read by what befell them); aboard: those a vehicle was carrying ("a
                plane carrying 142 passengers"), one count whatever values reports give
population      people (civilians, citizens, residents, the dead and injured, workers,
                protesters, students, respondents, in the singular too ("a pedestrian"),
                one's mates ("officemates", "classmates"), a workplace's or a household's
                people named by it ("two of the office", "two members of the firm");
                killings ("three murders"), those charged or accused whatever a report
                calls them ("two local toughs charged with killing"), members of a
                family or a staff: occupations
                describe people, they do not make another count; a crowd is people
                whatever its members are called; the counted noun's head decides before
                the words around it, and a word hyphened to a number never: "a
                one-person majority" counts no people), robbers (thieves, burglars,
                raiders: how many did it is the count itself, one count with the men
                who did the deed when the values agree), children, women, men,
                families, bodies, strikes, security forces (police, officers,
                soldiers; a deed aimed at them or met with them, "pointed a gun at two
                officers", does not tell what befell them), fighters (militants,
                members, jihadists),
                unrest (how long riots, rioting, clashes, violence lasted: one story's
                unrest, whatever a report calls it, or how long a place has been in it:
                "for a week, the city has been a battleground", or so far: "hurt in
                the protests over the past eight days"), how long a jury deliberated
                ("deliberated for three hours", "three hours of deliberations", "the
                panel reached its verdict after two days"), shots fired ("11
                rounds", "11 bullets", "fired eleven times"), a prison term ("sentenced
                to 25 years", "a 25-year sentence", "25 years behind bars"; the most a
                charge carries, "faces up to 40 years", is another), charges of a crime
                ("four counts of aggravated murder", "four murder charges"), how long
                someone did something ("worked there for 12 years") and how many children
                a parent has ("a mother of 12"): facts of a person, of no place or day,
                one with another only when the values agree; so is the time until an
                event ("with 12 seconds left", measure "time left"), and only
                when both values are bounded ("less than a week left" and "more than four
                hours left" meet, yet tell no one time); how far someone
                or something was moved
                ("dragged him 20 feet", "dragged Smith's body 30 feet", "tossed 30 feet": one
                length for each way of moving), how fast the story's vehicle went ("the car was
                going 50 mph", whichever of car, driver (by name too: "Smith was going
                50 mph") or chase a report names; a "30 mph zone" is the speed limit,
                the limit of its own number only: "80 mph in a 35 mph zone"), how far a
                chase went ("police chased the car for 2 miles", "a two-mile pursuit"),
                quake or aftershock (a
                magnitude, "a 6.7-strength quake", "aftershocks of around 4.0": the
                shock it sizes), distance (how far a place lies from a point; in city
                blocks, "a few blocks away", one only when the values agree or both
                are vague, never a player's blocks), money
                (a sum: what it pays for is read too loosely to key on), a share of
                people of whom nothing else is said (a poll's), else the head noun
                (one thing's common names one, from ``things.tsv``: houses and
                homes, cars and vehicles, vessels and boats), or the noun a number
                is hyphened to ("a million-member union": members); things each of
                a stated measure ("three 10-year sentences", "three life sentences")
                are apart from the same noun's things of another measure
cause           airstrikes / bombs / fire / mines / shelling / clashes, when the figure's
                words or the words near the number say so
affiliation     capitalised names in the measure other than its place ("Islamic State",
                "Euphrates Wrath"): whose fighters; ``allies`` are the groups the reports
                make parts of one another (:mod:`.forces`)
rate            "a day", "per week": a rate, never the same as a total
window          the time span counted: a duration ("the past two weeks", "4-month"), a
                start ("since 25 February", never the "since" closing a superlative:
                "the biggest protest since October"), a single day ("on Tuesday"), or
                unknown
event           the days the figure's own event is dated to ("in February", "on Sunday"),
                unless its scope is a running total
place           the claim's place entity, and the places the story's reports make it
                overlap (:mod:`.places`); a facility (a dam, a hospital) is a point
                inside the story's country and compatible with any place there; none
                for a magnitude or a count of aftershocks, which belong to the shock;
                none when the name is no place the figure was counted at: every
                mention of it names an outlet ("X daily"), a person (after a title
                or a role, or with an office in apposition) or a place the scene is
                likened to; the report names it, in the figure's sentence and the one
                before, only in a speaker's office or name ("the governor of X said",
                "quoted the office in X as saying"; the story's scene aside); or it
                is a village or town a count of villages or towns counts ("X, one of
                12 villages")
one site        a count the sentence places at one of several sites ("30 died at one
                hospital", "At one hospital, 30 died"): a part of the whole count, the
                same as it only when the values agree; never the place of those who tell
                it ("officials at one hospital said")
==============  ===========================================================================

A figure that counts nothing nameable (no counted noun, a symbol, a month, a name: "37",
"14 GMT", "Qeshm"), a pronoun with no antecedent, or a vague number of people of whom
nothing says what happened to them (but the same three words or more for them at one place
in two reports, "several dozen youths", are one count), or one person among a crowd ("one
student" at a march), is a measure of its own, never compared with another report's.
People counted by a noun of whom nothing says what befell them ("Police said two women,
working for the bank, choked on smoke") are *unsaid*: one count with those another report
says were killed, injured or arrested only when both values are bounded and agree, never in
dispute with it; when their value fits counts of two states (three killed, three injured),
only the one their own report gives a state joins them. Two unsaid counts are apart (they
agree by chance) unless a report repeats another's three words or more at one place. A
number whose own words name a harm but no noun ("killing 10 and wounding 70", "Several
die") counts people; so does a number with no noun at a gathering ("the march was attended
by 200,000"), and a number a toll moves to ("the death toll rose to 15", "the number of
injured reached 40": the toll's people and state). A number in brackets is an aside: the
words outside the brackets say nothing of it. "Three of the injured" is a part of those
counted before, like "another 20": never the whole; but "five other people" set apart
from those another harm befell ("killing two and wounding five other people") are all of
their own, and so are the dead or the wounded of all those an attack befell, told by their
own verb ("three of the five people shot have died", "shot four people, killing two of
them", "killed two of the office workers"): the whole toll, which a later report may raise.
Those a count's own clause says lived through the event ("two officers survived the
shooting that killed a clerk", "are expected to survive") were not killed, whatever death
the sentence tells of another or names the event by ("the fatal shooting", "the killing").
What a relative clause of a part tells ("shot three people, two of whom died") befalls the
part, never all those counted ("all of whom", "both of whom" tell of all).
Some of a group told as a kind of people ("three of the dead were children", "two of them
were women") are all of that kind in the group's state: "three children were among the
dead" is the same count.
A toll "including the gunman" counts the attacker among the dead: the same as
a toll of victims only when the values agree. A bare "taken" or "remain" gives way to the
phrase the sentence holds it in ("taken to hospital", "remain in hospital"). A count of
charges ("two counts of murder") tells what was charged, not what befell anyone.

Two figures are the **same** measure when all parts are compatible (unknown is compatible
with anything, except state and population, which must be equal; a count of things whose
state one report leaves unsaid, "seven villages", matches any state of the same things).
Two places that overlap but differ (a toll "in Qeshm" and one "in Iran") are **nested**:
the same measure only when the values can both hold, since a smaller place's figure with
another value may be a part of the larger's. So are two places of the story's country that
no report relates (a report sets a figure in the last place it named, so one toll lands in
two towns; never two crowds), a count beyond others against a whole ("five other workers",
"five people"), two sums of money of one currency, two shares of people of whom nothing
else is said, and two counts of one named group's members by two nouns no class of people
lists ("26 Somali pirates", "26 Somali crew"). They **look alike** but differ in scope when
population and state class match yet cause (one known, one not), places that do not
overlap, kind of window (cumulative vs one day) or window start differ, when one counts
casualties and the other deaths or injuries, or when one counts a unit and the other a
force the reports make it part of. They are **apart** otherwise: different causes both
known, windows whose known lengths differ more than twofold (a two-week toll is never
grouped with a four-month toll), a rate against a total, unrelated affiliations, events
dated more than ``EVENT_GAP`` days apart (a 2003 quake's toll beside this week's), crowds
counted on different days (two days' marches are two crowds), or shocks of different days.
A crowd of no stated day is the one of its report's day (or the day before): only when the
report is of another day, or undated, does it look alike.

Two running totals counted from a stated start ("since 25 February", "since the dam
collapsed on Sunday") are compared mainly by their starts: each runs only to its own
report's day, so its length is known roughly, and only lengths an order of magnitude
apart (``RUNNING_RATIO``: a count since April against one since Monday) set them apart;
otherwise starts more than a week apart make them look alike. A stated duration ("the
past two weeks") against anything else is compared by length (``WINDOW_RATIO``).

Windows only separate counts of events (tolls, departures, strikes). A figure of how
things stand (state *remaining* or *controlled*: people still in a city, the share of it
held) describes its report's day; "since they entered the town in May" or "for the past few
weeks" says how long that has held, not what is counted, so their windows never set two
such figures apart.

"Casualties" names no side unless its sentence says whose they are: "the SDF have taken
more than 4,000 casualties" counts the losses of a named organisation (an ORG or NORP
entity), so its population is that side's fighters and the organisation is its
affiliation; it is never set against a civilian toll.

A side of a vote tally (kind ``tally``) is keyed by its side (majority, minority, tied) and
the body that voted ("votes of the jury", whether a report counts jurors or votes; else
the institution nearest before it, or named after it, "a vote of the council"), never by
what the sentence says the vote did: its two sides are two counts, and one vote's side in
two reports is one. A body's votes numbered apart ("on the second ballot") are apart; a
report giving one body's side two values tells two votes, which meet no other report's
(:func:`votes_apart`).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Literal

from triangulate.claims.durations import TIME_LEFT
from triangulate.claims.quantities import YARDS_KINDS, change_from
from triangulate.model import Claim, Document, Entity, Figure, Mention
from triangulate.nlp.words import case_key, may_hold
from triangulate.reconcile.ages import AGE_AT_DEATH, holder_of, is_age, same_person
from triangulate.reconcile.cases import case_stage
from triangulate.reconcile.events import told_on
from triangulate.reconcile.intervals import Interval, base_unit, figure_range
from triangulate.reconcile.matches import (
    Game,
    average_told,
    game_of_line,
    game_of_side,
    team_key,
    told_line,
)
from triangulate.reconcile.places import Places, names_a_vessel
from triangulate.reconcile.statements import sentence_span
from triangulate.resolve.acronyms import unshout

Relation = Literal["same", "close", "nested", "alike", "apart"]

_STATES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("casualties", ("casualties", "casualty")),
    (
        "missing",
        (
            *("missing", "unaccounted"),
            # "Fifteen remain unaccounted for": still missing, not a stock that remains.
            *("remain missing", "remained missing", "remains missing", "still missing"),
            *("remain unaccounted", "remained unaccounted", "remains unaccounted"),
            *("still unaccounted",),
        ),
    ),
    # Hospitals count those they treat, a part of the injured: the same count only when the
    # values agree (see LINKED_STATES).
    (
        "hospitalised",
        (
            *("treated", "hospitalised", "hospitalized", "in hospital", "admitted"),
            *("to hospital", "to the hospital", "in the hospital", "to hospitals"),
            *("taken to hospital", "taken to the hospital", "rushed to hospital"),
            # "Thirty people were taken to hospitals", "rushed to a nearby hospital": carried
            # to one hospital or several, the hospital phrase is what befell them, not "taken".
            *("taken to hospitals", "taken to a hospital", "taken to area hospitals"),
            *(
                "taken to local hospitals",
                "taken to nearby hospitals",
                "taken to a nearby hospital",
            ),
            *("taken to the hospitals", "rushed to hospitals", "rushed to the hospital"),
            *("rushed to a hospital", "rushed to a nearby hospital", "rushed to nearby hospitals"),
            *("rushed to area hospitals", "rushed to local hospitals", "taken to a local hospital"),
            *("critical condition", "serious condition", "stable condition"),
            *("remain in hospital", "remained in hospital", "remains in hospital"),
            *("still in hospital", "remain hospitalised", "remain hospitalized"),
        ),
    ),
    (
        "injured",
        (
            *("injured", "injuries", "injury", "wounded", "wounding", "injuring", "hurt"),
            *("wounds", "gunshot wounds"),
        ),
    ),
    (
        "killed",
        (
            *("killed", "dead", "died", "deaths", "death", "toll", "killing", "lives"),
            *("die", "dies", "kill", "kills"),
            *("perished", "fatalities", "drowned", "drowning", "suffocated"),
            *("killings", "slayings", "slaying", "slain", "murder", "murders", "murdered"),
            *("murdering", "homicide", "homicides", "massacred", "massacre"),
            *("strangled", "strangling", "stabbed to death", "beaten to death", "shot dead"),
            # "Gunned down two women and left a man wounded": the verb of the number's own
            # clause, shooting to death, says what befell those it counts.
            *("gunned down", "gunning down", "guns down", "gun down"),
            # A killing told as an execution ("executed two of them with a bullet each").
            *("executed", "executing"),
        ),
    ),
    (
        "arrested",
        (
            *("arrested", "arrests", "arrest", "arresting", "detained", "detentions"),
            *("detention", "detaining", "jailed", "custody", "charged", "rounded up"),
            *("accused", "indicted", "taken into custody", "taken into police custody"),
            *("seized", "captured", "apprehended", "nabbed", "under arrest"),
        ),
    ),
    ("rescued", ("rescued", "rescue", "saved", "ushered", "pulled out")),
    # Those taken by kidnappers, whichever word a report uses.
    ("kidnapped", ("kidnapped", "kidnapping", "abducted", "abduction", "snatched")),
    # Those an assailant held at gunpoint or overpowered ("pulled a gun on two guards",
    # "overpowered two prison guards", "took two officers hostage", "handcuffing two
    # officers"): whichever of these a report tells, the same people.
    (
        "overpowered",
        (
            *("pulled a gun on", "pulling a gun on", "pulls a gun on", "pulls gun on"),
            *("pulled guns on", "held at gunpoint", "holding at gunpoint", "at gunpoint"),
            *("overpowered", "overpowering", "overpowers", "handcuffed", "handcuffing"),
            *("took hostage", "taken hostage", "held hostage", "hostage", "disarmed"),
            *("disarming", "tied up", "tying up"),
        ),
    ),
    (
        "displaced",
        (
            *("displaced", "homeless", "homes", "shelter", "sheltered", "housed", "tents"),
            # "500 people were left homeless": those the event left without a home.
            *("left homeless", "left without homes", "left without shelter"),
            # Those in camps or shelters a disaster's authorities run have lost their homes.
            *("relief camps", "relief camp", "evacuation centres", "evacuation centers"),
            *("relief centres", "relief centers", "shelters", "taken shelter", "took shelter"),
        ),
    ),
    (
        "left",
        (
            *("fled", "evacuated", "escaped", "left", "flee", "evacuation", "leave", "departed"),
            # "Seven prisoners broke out of a prison": those who escaped it.
            *("broke out of", "broken out of", "breaking out of"),
            # "Two of them managed to get away": those who escaped.
            *("got away", "get away", "gets away", "getting away"),
        ),
    ),
    (
        "remaining",
        (
            *("remaining", "remain", "still", "trapped", "entrenched", "stranded"),
            # Those who hid from an attack or a blaze are those it trapped.
            *("hiding", "hid", "sheltering", "barricaded", "locked themselves"),
        ),
    ),
    ("controlled", ("controlled", "controls", "control", "taken", "hold", "holds", "held")),
    (
        "protesting",
        (
            *("marched", "march", "marching", "marches", "protested", "protest", "protests"),
            *("taken to the streets", "take to the streets", "taking to the streets"),
            *("protesting", "protesters", "protestors", "demonstrated", "demonstration"),
            *("demonstrations", "demonstrating", "demonstrators", "rallied", "rally"),
            *("rallies", "marchers", "took to the streets", "walkout", "striking", "strikers"),
            *("on strike", "walked out", "poured into the streets", "filled the streets"),
            # Workers who stop work in a dispute are strikers, however a report says it.
            *("walked off the job", "walked off their jobs", "walked off work", "downed tools"),
            # A crowd is counted where it gathers, whatever brought it: a vigil, a riot.
            *("vigil", "vigils", "mourners", "rioted", "rioters", "crowd"),
            # Those who fight the police in the street are the riot's crowd.
            *("fought police", "fought riot police", "fought the police", "clashed with police"),
            *("clashed with riot police", "clashed with the police", "battled police"),
            *("battled riot police", "threw stones", "hurled stones", "threw petrol bombs"),
        ),
    ),
    ("living", ("population", "populated", "inhabited", "home to")),
    # Those sent to the scene: "more than 50 firefighters tackled the blaze", "200 officers
    # were deployed" (how many responded, one count only when the values agree).
    (
        "responding",
        (
            *("deployed", "dispatched", "responded", "tackled", "tackle", "tackling"),
            *("battled", "battling", "fought the blaze", "fought the fire", "fighting the blaze"),
            *("fighting the fire", "called to the scene", "sent to the scene"),
            *("rushed to the scene", "descended on"),
        ),
    ),
    ("employed", ("employs", "employed", "on the payroll")),
    (
        "destroyed",
        (
            *("destroyed", "destruction", "razed", "levelled", "leveled", "flattened"),
            *("collapsed", "demolished", "wiped out", "burned down", "burnt down"),
            # "The worst-hit villages": those a report singles out as ruined.
            *("worst-hit", "hardest-hit"),
        ),
    ),
    # Damaged is not destroyed: "30 homes were destroyed and 200 damaged" are two counts.
    ("damaged", ("damaged", "damage", "damaging", "affected", "hit")),
)
_POPULATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "children",
        (
            *("children", "child", "kids", "minors", "infants", "babies", "boys", "girls"),
            *("schoolchildren", "schoolboys", "schoolgirls", "toddlers"),
        ),
    ),
    ("women", ("women", "woman")),
    ("men", ("men", "man")),
    ("families", ("families", "family", "households")),
    ("bodies", ("bodies", "body", "corpses")),
    ("strikes", ("airstrikes", "airstrike", "strikes", "raids", "sorties", "bombings")),
    (
        "security forces",
        (
            *("police", "policemen", "policeman", "officers", "officer", "soldiers"),
            *("soldier", "troops", "guards", "servicemen", "firefighters", "firemen"),
            *("deputies", "deputy", "detectives", "detective", "troopers", "sheriffs"),
            # Every common name of a police officer or a soldier is one of the force.
            *("cop", "cops", "lawman", "lawmen", "trooper", "guard", "firefighter", "fireman"),
            *("policewoman", "policewomen", "patrolman", "patrolmen", "constable"),
            *("constables", "marshal", "marshals", "gendarmes", "commandos", "paratroopers"),
            *("peacekeepers", "peacekeeper"),
        ),
    ),
    # Those held in a prison or a camp, whatever a report calls them.
    (
        "prisoners",
        (
            *("prisoners", "prisoner", "inmates", "inmate", "convicts", "convict"),
            *("detainees", "detainee"),
        ),
    ),
    # Who committed a robbery, whatever a report calls them.
    ("robbers", ("robbers", "robber", "thieves", "thief", "burglars", "raiders", "bandits")),
    (
        "fighters",
        (
            *("fighters", "fighter", "militants", "militant", "jihadists", "jihadist"),
            *("members", "combatants", "gunmen", "rebels", "insurgents"),
        ),
    ),
    (
        "civilians",
        (
            *("civilians", "civilian", "citizens", "citizen", "people", "persons", "residents"),
            *("inhabitants", "villagers", "deaths", "toll", "victims", "individuals"),
            *("workers", "worker", "employees", "employee", "staff", "protesters"),
            *("protestors", "demonstrators", "marchers", "students", "youths", "pupils"),
            *("passengers", "tourists", "pensioners", "dead", "injured", "wounded", "hurt"),
            *("homeless", "displaced", "missing", "survivors", "respondents", "voters"),
            *("polled", "greeks", "population", "lives", "fatalities"),
            *("coworkers", "coworker", "co-workers", "colleagues", "colleague", "teachers"),
            *("nurses", "doctors", "miners", "shoppers", "patients", "guests", "customers"),
            *("spectators", "pilgrims", "migrants", "refugees", "hostages", "bystanders"),
            *("pedestrians", "motorists", "teenagers", "teens", "adults", "relatives"),
            *("climbers", "hikers", "professors", "suspects", "defendants", "slain"),
            # One person is counted by the same noun as many ("a pedestrian", "one
            # student"): a report's singular is no other count than another's plural.
            *("person", "individual", "villager", "protester", "protestor", "demonstrator"),
            *("marcher", "student", "youth", "pupil", "passenger", "tourist", "pensioner"),
            *("survivor", "respondent", "voter", "teacher", "nurse", "doctor", "miner"),
            *("shopper", "patient", "guest", "customer", "spectator", "pilgrim", "migrant"),
            *("refugee", "hostage", "bystander", "pedestrian", "motorist", "teenager"),
            *("teen", "adult", "relative", "climber", "hiker", "professor", "suspect"),
            *("defendant", "cyclist", "cyclists", "driver", "drivers", "commuters"),
            *("mourners", "mourner", "rioters", "rioter"),
            # Those one shares a place of work, study or home with are people.
            *("mates", "officemates", "workmates", "classmates", "roommates", "flatmates"),
            *("housemates", "teammates", "mate", "officemate", "workmate", "classmate"),
            # So are those one goes about with: "with three companions", "two of my
            # closest friends" are people, whatever befell them.
            *("companions", "companion", "friends", "friend"),
            *("victim",),
            # A count of killings counts the people killed ("three murders", "the
            # slayings of two"), whatever the sentence says of the killer.
            *("murders", "killings", "slayings", "homicides"),
        ),
    ),
)
_CAUSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("mines", ("mine", "mines", "landmine", "landmines", "explosive", "ieds")),
    (
        "airstrikes",
        ("airstrike", "airstrikes", "air strikes", "raids", "bombing", "bombings", "bombardment"),
    ),
    ("shelling", ("shelling", "artillery", "mortar", "rockets")),
    ("clashes", ("clashes", "fighting", "gunfire", "sniper", "snipers")),
    # What people died of, besides the weapons above: a disaster of nature, a disease, or
    # heat. Deaths from a disease or from heat after a flood ("nine people died of
    # water-borne diseases in the relief camps") are no part of the flood's toll (see
    # ``DYING_OF``).
    (
        "disaster",
        (
            *("flood", "floods", "flooding", "floodwaters", "deluge", "earthquake"),
            *("earthquakes", "quake", "quakes", "tsunami", "landslide", "landslides"),
            *("mudslide", "mudslides", "cyclone", "hurricane", "typhoon", "tornado"),
            *("tornadoes", "avalanche", "eruption"),
        ),
    ),
    (
        "disease",
        (
            *("disease", "diseases", "illness", "illnesses", "infection", "infections"),
            *("infectious", "water-borne", "waterborne", "cholera", "malaria", "dengue"),
            *("diarrhoea", "diarrhea", "gastroenteritis", "measles", "typhoid"),
        ),
    ),
    ("heat", ("heatstroke", "heat stroke", "heat wave", "heatwave", "heat exhaustion")),
)
DYING_OF = frozenset({"disaster", "disease", "heat"})
"""The causes read only for a count of the dead, as what they died of. A toll that names
none of them may be of any (most reports of a flood's dead name no flood beside the
number), so it is one count with a toll that names one; two of them are two tolls (a
flood's and the cholera's after it). Any other count keeps no cause of them ("72,000
treated for water-borne diseases", "500 people displaced by the floods")."""
_LASTING = frozenset({"disease", "heat"})
"""Causes that kill day after day, never at one moment (an outbreak, a heat wave): a day
of their deaths is never their running toll (see :func:`_window_relation`)."""
# A place told by the disaster that befell it ("the flood-hit province", "quake-stricken
# towns"): the words say where, not what anyone died of.
_STRICKEN = re.compile(
    r"\b(?:flood|floods|quake|earthquake|cyclone|hurricane|typhoon|tornado|tsunami|storm|"
    r"landslide)(?:\s*-?\s*(?:hit|affected|stricken|ravaged|battered|struck|prone|devastated)|"
    # "in flood camps", "the quake relief shelters": where its survivors stay
    r"\s+(?:relief\s+|evacuation\s+|victims['’]?\s+)?(?:camps?|shelters?))\b",
    re.IGNORECASE,
)
# A count of the dead "from such causes": the causes its sentence named before it.
_SUCH_CAUSES = re.compile(
    r"\b(?:such|these|those|the\s+same)\s+(?:causes|diseases|illnesses)\b", re.IGNORECASE
)
# A cause named as the story's one event, by a definite word or a day ("the bombing",
# "Wednesday's bus bombing", "this week's raids").
_THE_EVENT = re.compile(
    r"\b(?:the|this|that|(?:mon|tues|wednes|thurs|fri|satur|sun)day's|(?:this|last)\s+\w+'s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:bombings?|bombardment|raids?|airstrikes?|air\s+strikes?|shelling)\b",
    re.IGNORECASE,
)
_RATE = re.compile(r"^\W*(a|per|each|every)\s+(day|week|month|hour)\b|^\W*daily\b", re.I)
_RATE_BEFORE = re.compile(
    r"\b(a|per)\s+(day|week)\s+to\s*$|\b(each|every)\s+(day|week|month|hour)\b[^.;:]{0,30}$",
    re.I,
)
_SIDE = re.compile(
    r"\b((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)\s+(?:have|has|had)\s+(?:taken|suffered|sustained|"
    r"lost|incurred)\s+(?:(?:more|fewer|less)\s+than|at\s+least|about|around|nearly|over|"
    r"some|almost)?\s*$"
)
_SIDES = frozenset({"ORG", "NORP"})
# Who lives in a place, and "a town of about 15,000 people": a population count.
_DWELLERS = frozenset({"resident", "inhabitant"})
_VICTIMS = frozenset({"victim"})
_SHOT_THEN = re.compile(r"\bshot\s+(?:(?:and|or)\s+)?(?:killed|dead|wounded|injured|to\s+death)\b")
# The hedges that may stand between a verb and the count it befell ("shot at least two").
_HEDGE_WORDS = r"at\s+least\s+|about\s+|some\s+|nearly\s+"
# A verb of shooting right before the number it befell.
_SHOOTS_OBJECT = re.compile(
    rf"\b(?:shooting|shot|shoots|shoot)\s+(?:{_HEDGE_WORDS})?$",
    re.IGNORECASE,
)
# A shooting or a killing named by its noun right before those it befell ("in the
# shooting of three people", "the killings of two women").
_SHOOTING_OF = re.compile(
    rf"\b(?:shootings?|stabbings?)\s+of\s+(?:{_HEDGE_WORDS})?$", re.IGNORECASE
)
_KILLING_OF = re.compile(
    rf"\b(?:killings?|murders?|slayings?|deaths?)\s+of\s+(?:{_HEDGE_WORDS})?$", re.IGNORECASE
)
# "The bodies of the two women were found": bodies are the dead, whatever befell them is
# told nowhere else in the sentence.
_BODIES_OF = re.compile(
    rf"\bbod(?:y|ies)\s+of\s+(?:the\s+|all\s+)?(?:{_HEDGE_WORDS})?$", re.IGNORECASE
)
# A blow's verb right before the people it befell ("the car struck two pedestrians").
_STRUCK_BEFORE = re.compile(
    r"\b(?:struck|strikes|striking|hit|hits|hitting|ran\s+over|runs\s+over|running\s+over|"
    rf"mowed\s+down|mows\s+down)\s+(?:{_HEDGE_WORDS})?$",
    re.IGNORECASE,
)
_POPULATION_OF = re.compile(
    r"\b(?:(?:town|city|village|island|country|nation|province|region|district|port|capital|"
    r"metropolis)\s+of|home\s+to|population\s+of)\s+"
    r"(?:about|around|some|nearly|roughly|approximately|almost|over|more\s+than)?\s*$",
    re.IGNORECASE,
)
_STOCKS = frozenset({"remaining", "controlled"})
# The words before a count a deed was aimed at or met with ("pointed a gun at", "a
# confrontation with", "fired toward").
_FACED = re.compile(r"\b(?:at|with|against|toward|towards)\s+$", re.IGNORECASE)
# The words before a count of the rest of a set ("the other three", "the remaining two").
_THE_REST = re.compile(r"\bthe\s+(?:other|remaining)\s+$", re.IGNORECASE)
# States read from a bare verb ("taken", "remain") that a longer phrase may belong to.
_WEAK_STATES = _STOCKS
# A toll that counts the attacker among the dead ("three people, including the gunman").
# The attacker's own death, told beside those he shot ("before killing himself", "police
# killed the gunman", "the gunman was shot dead").
_ATTACKER = (
    r"(?:the|a)\s+(?:[\w-]+\s+)?(?:gunman|gunmen|attacker|attackers|shooter|suspect|"
    r"assailant|killer|bomber)"
)
_OWN_DEATH = re.compile(
    r"\b(?:killing|killed|kills|kill|shooting|shot|shoots)\s+(?:himself|herself|themselves)\b|"
    r"\b(?:took|taking)\s+(?:his|her|their)\s+own\s+lives?\b|"
    r"\bturn(?:ed|ing|s)?\s+the\s+gun\s+on\s+(?:himself|herself|themselves)\b|"
    rf"\b(?:killing|killed|kills|kill|shooting\s+dead|shot\s+dead)\s+{_ATTACKER}\b|"
    rf"\b{_ATTACKER}\s+(?:(?:was|were|is)\s+(?:killed|shot\s+dead)|died|dead)\b",
    re.IGNORECASE,
)
# Words saying those counted lived through the event.
_SURVIVED = re.compile(
    r"\b(?:surviv(?:ed|e|es|ing)|recover(?:ing|ed|s)?|expected\s+to\s+live|"
    r"(?:are|were|is|was)\s+(?:in\s+)?(?:stable|good|fair)\s+condition)\b",
    re.IGNORECASE,
)
# Words of death a sentence of survivors may hold that tell no death of theirs: the event
# named by its toll ("the fatal shooting", "the Troy killing") or another's death ("that
# killed a clerk").
_DEATH_NAMED = re.compile(
    r"\b(?:fatal|deadly)\s+(?:shootings?|attacks?|crash|collision|accident|blast|explosion|"
    r"fire|stabbings?|rampage|spree)\b(?!\s+of\b)|"
    r"\b(?:killings?|slayings?|murders?)\b(?!\s+of\b)|"
    r"\b(?:that|which|who)\s+(?:killed|left\s+dead)\b",
    re.IGNORECASE,
)
_WITH_ATTACKER = re.compile(
    r"^[^.;]{0,40}?\b(?:including|counting|among\s+them|as\s+well\s+as|and)\s+(?:the\s+)?"
    r"(?:gunman|gunmen|attacker|attackers|shooter|bomber|bombers|assailant|killer|"
    r"perpetrator|hijacker|hijackers|himself|herself)\b",
    re.IGNORECASE,
)
# People a vehicle, a bullet or a blow reached ("struck by a car", "hit by gunfire").
_STRUCK = re.compile(
    r"\b(?:struck|hit|run\s+over|ran\s+over|mowed\s+down|knocked\s+down)\b"
    r"(?!\s+(?:hardest|worst|hard)\b)",
    re.IGNORECASE,
)
# The harm a charge names, said of those it counts ("two women he is accused of killing").
_CHARGED_WITH_THEM = re.compile(
    r"\b(?:he|she|they|the\s+\w+)(?:\s+(?:is|was|were|are|has\s+been|had\s+been|stands|stood)"
    r"|\s*['’]\s?(?:s|re)(?:\s+been)?)\s+(?:accused|charged|convicted|suspected|found\s+guilty)\s+(?:of|with|in)\s+(?:the\s+)?"
    r"(killing|murdering|murders?|killings|slayings?|strangling|stabbing|wounding|injuring|"
    r"gunning\s+down|shooting\s+dead|shooting)\b",
    re.IGNORECASE,
)
# Those a charge is laid against, told right after their noun ("two toughs charged with
# killing", "three men accused of arson"; never across an "of": "one of the men accused")
# or by a word of the charge before it ("two accused gangbangers", "two convicted
# killers"; not "alleged", which a crime takes too: "nine alleged violations").
_CHARGED_AFTER = re.compile(
    r"^\s*(?:(?!of\b)[\w-]+\s+){0,3}?(?:charged|accused|convicted|indicted)\s+(?:of|with|in)\b",
    re.IGNORECASE,
)
_CHARGED_BEFORE = re.compile(r"^\W*[\w.,-]+\s+(?:accused|convicted|indicted)\s+\w", re.IGNORECASE)


def _charged(text: str, after: str) -> bool:
    """Whether a count is of those a charge is laid against (``_CHARGED_AFTER``)."""
    rest = text.split(None, 1)[1] if len(text.split()) > 1 else ""
    return bool(_CHARGED_AFTER.match(f"{rest} {after[:60]}") or _CHARGED_BEFORE.match(text))


def _crime_dated(claim: Claim, after: str) -> bool:
    """Whether the only date a count of those charged carries lies inside its charge ("two
    men accused of killing a mother in Oct. 2011"): it dates the crime, not the charge."""
    scope = (claim.figure.scope if claim.figure else None) or ""
    rest = claim.text.split(None, 1)[1] if len(claim.text.split()) > 1 else ""
    told = f"{rest} {after[:80]}"
    charge = _CHARGED_AFTER.match(told)
    return bool(scope and charge and scope in told[charge.end() :])


# Members of a household, a workplace or a body that bears no arms.
_MEMBERS_OF = re.compile(
    r"\b(?:family|staff|crew|board|church|club|team|community|faculty|congregation|household|"
    r"cabinet|parliament|council|union|band|choir|school|jury)\s+members?\b|"
    r"\bmembers?\s+of\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+)?(?:[\w'’-]+\s+){0,3}"
    r"(?:family|families|household|staff|crew|congregation|jury)\b",
    re.IGNORECASE,
)
# An apposition right after a count that names the people all those counted belong to:
# "26 crewmen aboard, all Somali nationals", "12 sailors, all of them Filipino citizens".
_ALL_OF_A_PEOPLE = re.compile(
    r"^\s*(?:(?:aboard|on\s*board|onboard|on\s+the\s+\w+)\s*)?,\s*all\s+(?:of\s+them\s+)?"
    r"(?-i:(?P<people>[A-Z][a-z]+))\s+(?:nationals|citizens)\b",
    re.IGNORECASE,
)
# A relative clause on a thing, set off by a comma ("in the fire, which is being treated by
# police as suspicious"): "which" never stands for people, so the people it names are never
# those a count counts.
_WHICH_ASIDE = re.compile(r",\s*which\b.*$", re.IGNORECASE | re.DOTALL)


def _no_which_aside(qualifier: str) -> str:
    """A qualifier without a relative clause on a thing (:data:`_WHICH_ASIDE`)."""
    return _WHICH_ASIDE.sub("", qualifier) if "which" in qualifier.lower() else qualifier


_REPORTS_OF = re.compile(
    r"^\W*(?:no|zero|any)\s+(?:\w+\s+)?reports?\s+of\s+(?:any\s+)?([a-z]+)\b", re.IGNORECASE
)
"""A count of reports of a harm ("no reports of injuries", "no immediate reports of
casualties"): the harm, not the reports, is what is counted."""


def _harm_reported(claim: Claim) -> str | None:
    """The harm to people a count of reports of it names ("no reports of injuries": the
    injured), or None."""
    reported = _REPORTS_OF.match(claim.text)
    if reported is None:
        return None
    harm = _nearest(_STATE_WORDS, reported.group(1).lower(), None)
    return harm if harm in _HARMS_OF_PEOPLE | {"killed", "missing"} else None


_LAND = frozenset(
    {"area", "land", "site", "lot", "parcel", "plot", "tract", "block", "complex", "compound"}
    | {"property", "campus", "grounds", "estate"}
)
"""Nouns an area's figure names a piece of land by."""
_AREA_UNITS = frozenset({"acre", "hectare", "mile", "kilometre", "kilometer", "foot", "metre"})
"""Units an area is told in, which a report may hyphen to the number ("a 9-acre site") or
give with no noun ("8.7 acres")."""
_CREW = re.compile(r"\b(?:crew|crews|crewmen|crewman|crewmembers|crew\s+members?)\b", re.I)
# A count of arrests that is one person's record, not those a day's arrests took: "four
# prior arrests", "his previous arrests", "Gray has four arrests".
_RECORD = re.compile(
    r"\b(?:prior|previous|past|earlier|former|other)\s+arrests?\b|"
    r"\b(?:has|had|have|with|his|her|their)\s+(?:\w+\s+)?arrests?\b",
    re.IGNORECASE,
)
# A span a count of arrests is told over: "over three nights", "over the course of
# Sunday's marches", "in three days".
_TALLY_SPAN = re.compile(r"^\W*over\b|\b(?:nights|days|weeks|months)\b", re.IGNORECASE)
# The same span right after the count, past its verb ("72 arrests over the course of ...",
# "40 arrests have been made over three nights").
_TALLY_AFTER = re.compile(
    r"^\s*(?:(?:have|has|had|were|was|been|made)\s+)*(?:over|since|during|throughout)\b",
    re.IGNORECASE,
)
# A word hyphened to a number ("one-person", "12-year"), in digits or in words.
_NUMBER_HYPHENED = re.compile(
    r"\b(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|thousand|million)\s*-\s*[a-z]+\b"
)
# A number joined by a hyphen to the noun it counts, before the noun that describes.
_ATTRIBUTIVE = re.compile(
    r"^[\d.,\s]*(?:\d|hundred|thousand|million|billion)\s*-\s*([A-Za-z]+)\b(?=\s+\S)"
)
# Words joined to a number that say what it measures, not what it counts.
_NOT_ATTRIBUTIVE = frozenset(
    {
        *("magnitude", "percent", "per", "year", "month", "week", "day", "hour", "minute"),
        *("second", "old", "point", "strong", "mile", "km", "kilometre", "kilometer", "metre"),
        *("meter", "foot", "feet", "inch", "ton", "tonne", "degree", "times", "fold"),
    }
)
_SHOCKS = frozenset({"aftershock", "tremor", "quake", "earthquake"})
# A distance measured from a point: "(36 miles) south-west of", "away from".
_FROM_POINT = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:(?:north|south|east|west)[\w\s-]{0,12}?|away\s+)?\s*(?:of|from)\b",
    re.IGNORECASE,
)
# Nouns of a place or of an event at one, and units a length's noun may be read as.
_LOCATED = frozenset(
    {
        *("island", "town", "city", "village", "capital", "port", "province", "region"),
        *("area", "border", "coast", "epicentre", "epicenter", "centre", "center", "quake"),
        *("earthquake", "site", "kilometer", "kilometre", "km", "mile", "mi", "unknown"),
    }
)
# States only people are in: a count of things read with one says nothing of the things.
_ONLY_PEOPLE = frozenset({"displaced", "protesting"})
# Harms that befall only people (or animals): a count of things is never wounded.
_PART_CLAUSE = re.compile(
    r"(?:,\s*)?\b(?!(?:all|both|each)\s)[\w-]+\s+of\s+(?:whom|which|them)\b.*$", re.IGNORECASE
)
"""A relative clause of a part of those counted ("two of whom died", "all but one of
them wounded"): what it tells befalls the part, not the whole count ("all of whom",
"both of whom" tell of all)."""
_CASE_FOR_DEATH = re.compile(
    r"\b(?:arrested|detained|jailed|charged|indicted|held|questioned|convicted)\s+"
    r"(?P<case>(?:in|for|over|with|after)\s+(?:connection\s+with\s+)?"
    r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:shootings?|killings?|murders?|slayings?|deaths?|stabbings?|homicides?)\b.*)$",
    re.IGNORECASE,
)
"""The case a count of people is held in, named after its verb of arrest or charge ("two
men arrested in the fatal shooting of a deputy", "three charged with murder", "held over
the killing of a student"): the death it names befell someone else, so it says nothing
of what befell those counted (their own verb does)."""
_HARMS_OF_PEOPLE = frozenset({"injured", "hospitalised", "arrested", "casualties"})
# Harms and rescues that befall only the living, and kinds of made things (``things.tsv``'s
# names of vessels, vehicles, dwellings and arms) none of them can befall.
_HARMS_OF_THE_LIVING = _HARMS_OF_PEOPLE | {"killed", "rescued", "kidnapped", "overpowered"}
_MADE_THINGS = frozenset(
    {"boat", "ship", "merchant ship", "vehicle", "truck", "plane", "fire engine", "gun"}
    | {"home", "apartment", "weapon", "rifle"}
)


def _made_thing(counted: str | None) -> bool:
    """Whether the counted noun's head names a made thing (a vessel, a vehicle, a dwelling,
    a weapon): people's acts (marching, protesting) and harms never befall it. Buildings
    are not listed: a count of "two other buildings" set alight beside one of "at least two
    buildings" the firemen saved may be read as one count once nothing tells them apart."""
    head = _head(counted)
    return _SAME_THING.get(head, head) in _MADE_THINGS


THINGS_FILE = "things.tsv"


def parse_things(text: str, name: str = THINGS_FILE) -> dict[str, str]:
    """Word -> the name its kind of thing is compared by, from ``things.tsv``'s text (or
    another table of that form, ``name``: ``parties.tsv``).

    Raises:
        ValueError: On a line that is not two tab-separated words.
    """
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2 or not all(c.strip() for c in cells):
            raise ValueError(f"{name}: expected word<TAB>kind, got {line!r}")
        out[cells[0].strip()] = cells[1].strip()
    return out


# Vessels, and the words that name those that carry goods or passengers for trade.
_FIRE_GEAR = frozenset({"engine", "truck", "pump", "apparatus", "appliance", "unit", "piece"})
"""Heads (:func:`_head`) of the words reports name a fire service's machines by, with
"fire" before them."""
_FIRE = re.compile(
    r"\bfire\s+(?:service\s+|department\s+|brigade\s+)?"
    r"(?:engines?|trucks?|pumps?|apparatus(?:es)?|appliances?|units?)\b|\bfire\s*-?\s*fighting\b",
    re.IGNORECASE,
)
# Fire gear named earlier in a count's clause: "the fire-fighting equipment of the valley
# was called to help, more than two dozen units".
_FIRE_BEFORE = re.compile(r"\bfire\s*-?\s*fighting\s+(?:equipment|apparatus|gear)\b", re.I)
_VESSELS = frozenset({"boat", "ship"})
_TRADING = re.compile(r"(?:merchant|cargo|container|commercial|passenger|trading)\s", re.IGNORECASE)
_SAME_THING = parse_things(
    resources.files("triangulate.reconcile").joinpath(THINGS_FILE).read_text("utf-8")
)
"""Nouns for one kind of thing, as counts of them are compared (``things.tsv``)."""
PARTIES_FILE = "parties.tsv"
_SAME_PARTY = parse_things(
    resources.files("triangulate.reconcile").joinpath(PARTIES_FILE).read_text("utf-8"),
    PARTIES_FILE,
)
"""Nouns for one party of a story's people no class of people lists ("pirates", "sea
brigands"), as counts of them are compared (``parties.tsv``)."""
PURPOSES_FILE = "purposes.tsv"


def parse_purposes(text: str) -> dict[str, tuple[str, bool]]:
    """Word -> (the purpose of a sum it names, whether an event has one such sum), from
    ``purposes.tsv``'s text.

    Raises:
        ValueError: On a line that is not a word, a purpose and "one" or "many".
    """
    out: dict[str, tuple[str, bool]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != 3 or not all(cells) or cells[2] not in {"one", "many"}:
            raise ValueError(
                f"{PURPOSES_FILE}: expected word<TAB>purpose<TAB>one|many, got {line!r}"
            )
        out[cells[0]] = (cells[1], cells[2] == "one")
    return out


_PURPOSES = parse_purposes(
    resources.files("triangulate.reconcile").joinpath(PURPOSES_FILE).read_text("utf-8")
)
"""Words naming what a sum of money is for (``purposes.tsv``)."""
SINGLE_PURPOSES = frozenset(p for p, one in _PURPOSES.values() if one)
"""Purposes of which an event has one sum: two reports' ransoms are one quantity."""
# Rows whose words hold "$" are frames: the words before "$" end the clause right before the
# sum, those after it open the words right after the sum ("seeking $ in damages": "is
# seeking $50 million in damages"), longest first. A frame says more than its words alone.
_FRAMES = sorted(
    (
        (tuple(w.split("$")[0].split()), tuple(w.split("$")[1].split()), p)
        for w, (p, _) in _PURPOSES.items()
        if "$" in w
    ),
    key=lambda f: -len(f[0]) - len(f[1]),
)
# Words a sum's own span may end with, and hedges right before it, that stand between a
# frame's words and the sum's number ("$8.2 million in cash", "more than $50 million").
_SUM_WORDS = frozenset(
    {
        *("million", "billion", "trillion", "thousand", "bn", "mln", "cents", "cent"),
        *("dollars", "dollar", "euros", "euro", "pounds", "pound", "yen", "us", "usd"),
    }
)
_SUM_HEDGES = frozenset(
    {
        "about",
        "nearly",
        "almost",
        "some",
        "roughly",
        "around",
        "more",
        "than",
        "over",
        "least",
        "at",
    }
)


def framed_purpose(text: str, before: str, after: str) -> str | None:
    """The purpose a frame of ``purposes.tsv`` names for a sum (its span ``text``, the words
    of its clause ``before`` and ``after`` it), or None when no frame fits."""
    ahead = re.findall(r"[a-z]+", before.lower())
    while ahead and ahead[-1] in _SUM_HEDGES:
        ahead.pop()
    digits = [m.end() for m in re.finditer(r"\d", text)]
    rest = re.findall(r"[a-z]+", f"{text[digits[-1] if digits else 0 :]} {after}".lower())
    while rest and rest[0] in _SUM_WORDS:
        rest.pop(0)
    for head, tail, purpose in _FRAMES:
        if tuple(ahead[len(ahead) - len(head) :]) == head and tuple(rest[: len(tail)]) == tail:
            return purpose
    return None


# Words of the clause before a sum that may name what it is for ("demanded a ransom of",
# "overcharged the Navy by", "was fined"): the nearest few, never a word far back.
_PURPOSE_BEFORE_WORDS = 6
# Words right after a sum that name what it is for ("$500,000 in bribes", "as ransom").
_PURPOSE_AFTER = re.compile(r"^\s*(?:in|as|of)\s+(?:[a-z]+\s+)?([a-z]+)", re.IGNORECASE)


def money_purpose(counted: str, text: str, before: str, after: str) -> str | None:
    """What a sum of money is for, by the words a report uses for it: the noun it counts
    ("a $2 million ransom"), a word of its own span, the words right after it ("$500,000
    in bribes") or the nearest words of its clause before it ("a reward of", "overcharged
    the Navy by"), after any other number. None when no word says: such a sum is compared
    as any sum is.

    Money paid as bribes and the sum a company overcharged are two quantities whatever
    their values, so the words must be read, not the value alone.
    """

    def first(words: list[str]) -> str | None:
        return next((_PURPOSES[w][0] for w in words if w in _PURPOSES), None)

    def words(t: str) -> list[str]:
        return re.findall(r"[a-z]+", t.lower())

    found = (
        framed_purpose(text, before, after)
        or first(words(counted)[-1:])
        or first(words(text)[::-1])
    )
    if found is None and (then := _PURPOSE_AFTER.match(after)) is not None:
        found = first(words(then.group(0)))
    if found is None:
        # Words before another number are that number's ("charges of stealing 114 items
        # worth $50,856": the charges are not the sum).
        near = re.split(r"\d", before)[-1]
        found = first(words(near)[-_PURPOSE_BEFORE_WORDS:][::-1])
    return found


# The number a claim's text opens with (with any words before it), to read what follows it.
_LEADING_NUMBER = re.compile(r"^\D*?\d(?:[\d.,\s]*\d)?")
# Words around a number in tenths that make it a shock's size.
_SHOCK_AFTER = re.compile(
    r"^\s*(?:-\s*)?(?:(?:magnitude|strength|degree|point)\s+)?"
    r"(?:earthquake|quake|temblor|tremor|aftershock)s?\b"
    r"|^\s*on\s+the\s+richter\b",
    re.IGNORECASE,
)
# A sentence that sizes a shock: a bare number in tenths in it is the shock's size.
_SIZED = re.compile(r"\b(?:magnitude|richter)\b", re.IGNORECASE)
_SHOCK_BEFORE = re.compile(
    r"\b(?:magnitude(?:\s+(?:of|at))?|measuring|registering|"
    r"(?:aftershocks?|quakes?|earthquakes?|tremors?)\s+of(?:\s+(?:about|around|some|nearly))?)"
    r"\s*$",
    re.I,
)
# A number written in tenths ("4.0", "6. 0"), whatever its value.
_TENTHS = re.compile(r"\d\.\s?\d")
# Whom a crowd is said to be made of: one crowd, whatever the word.
_CROWDS = frozenset({"civilians", "fighters", "people"})
# Words for one story's street violence, when a report says how long it has lasted.
_UNREST = frozenset({"riots", "riot", "rioting", "clashes", "violence", "unrest", "disturbances"})
# Words a report uses for the same unrest when it says how long a place has been in it
# ("For a week, the capital has been a battleground"): the words after a duration that
# counts nothing of its own.
_UNREST_STATE = re.compile(
    r"\b(?:riots?|rioting|clashes|violence|unrest|disturbances|rebellion|uprising|anarchy|"
    r"battleground|battlefield|turmoil|chaos|mayhem)\b",
    re.IGNORECASE,
)
# The unrest named right before the span it has lasted so far ("in the protests over the
# past eight days", "during the riots of the last week").
_UNREST_SO_FAR = re.compile(
    r"\b(?:in|during|since)\s+(?:the\s+)?(?:riots?|rioting|clashes|violence|unrest|"
    r"disturbances|protests|demonstrations)\s+(?:over|in|during|of|for)\s+(?:the\s+)?"
    r"(?:past|last)?\s*$",
    re.IGNORECASE,
)
# A verb of deliberating right before how long it went on ("deliberated for about").
_DELIBERATED = re.compile(
    r"\bdeliberat(?:ed|ing|es|e)\s+(?:for\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|"
    r"more\s+than\s+|less\s+than\s+|some\s+|just\s+)?$",
    re.IGNORECASE,
)
# "It took the jury a little more than four hours to decide": how long the jury was out.
_JURY_TOOK = re.compile(
    r"\b(?:took|takes|take|taking|taken)\s+(?:the\s+)?(?:jury|jurors|panel)\b[^.;]{0,60}$",
    re.IGNORECASE,
)
# A jury and its verdict in one clause: the span the clause gives is the deliberation's.
_JURY_OUT = re.compile(
    r"\b(?:jury|juries|jurors|panel)\b.*\b(?:verdict|deliberat\w*)\b|"
    r"\b(?:verdict|deliberat\w*)\b.*\b(?:jury|juries|jurors|panel)\b",
    re.IGNORECASE | re.DOTALL,
)
# A count said to add to one given before ("another 20", "20 more people", "five other
# workers", "a further 300"): those beyond the ones already counted, not the whole.
_EXTRA = re.compile(
    r"^(?:another|a\s+further|an\s+additional)\b|(?<!\bor\s)\b(?:more|other|further|additional)\b"
    r"(?!\s+than\b)",
    re.IGNORECASE,
)
# "That brought him another three-year sentence": the word that adds a prison term to one
# told before, left before the term's span (a crowd of "another 20,000" in another city is
# that city's whole crowd, beyond the first city's).
_EXTRA_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.IGNORECASE)
# "three of the injured", "12 of them": a part of those counted before, never the whole.
_PART_OF = re.compile(
    r"^\s*of\s+(?:the|those|them|these)\b|^[\w-]+\s+of\s+(?:the|them|those|these|whom)\b",
    re.IGNORECASE,
)
# "three workers (one a pregnant woman)": a count opening a bracket after a plural noun
# is one of those just counted.
_ASIDE_PART = re.compile(r"\b[a-z]+s\s*\(\s*$")
# What a player or a team makes in a game: each player's and team's own count.
_STATISTICS = frozenset(
    {
        *("point", "rebound", "assist", "steal", "turnover", "goal", "yard", "touchdown"),
        *("pass", "completion", "interception", "sack", "tackle", "reception", "run"),
        *("hit", "strikeout", "homer", "inning", "foul", "pointer", "basket", "wicket"),
        *("quarter", "block", "chance", "start", "win", "loss", "victory"),
        # A receiver's catches, a runner's carries, a keeper's saves: told of one game, a
        # season or a career alike ("two catches" in a meeting, "59 catches" this season).
        *("catch", "carry", "save"),
        # Touchdowns written "TDs", a coach's winning mark ("a mark of 122-147 (.454)"):
        # told of a season or a career, one player's or coach's beside another's.
        *("td", "tds", "mark"),
    }
)
# Plays whose length is how far that one play went ("an 80-yard pass", "a 40-yard run"):
# a statistic only as a play or yards gained (:func:`_play_length`, :func:`_yards_gained`),
# where a count of them ("18 passes") is a player's line.
_ONE_PLAY = frozenset({"pass", "run"})
# A length hyphened to the word "line" after it names a mark on a field ("the 20-yard line").
_FIELD_MARK = re.compile(r"\d\s*-\s*(?:yard|metre|meter|foot)\s+lines?\b", re.IGNORECASE)
# A verb that moves someone or something a length: the length is how far ("dragged him 20
# feet", "was thrown 30 metres").
_MOVED = re.compile(
    r"\b(dragged|thrown|threw|hurled|flung|carried|pushed|swept|knocked|pulled|hauled|"
    r"tossed|launched|propelled|landed|flew|catapulted)\b"
    r"(?:\s+(?:the\s+)?[\w'’-]+){0,2}?\s+(?:about|around|some|nearly|almost|more\s+than|over|"
    r"at\s+least|up\s+to|for)?\s*$",
    re.IGNORECASE,
)
# A verb of falling right before a length: the length is how far someone fell ("fell about
# 60 metres", "after slipping and falling 200ft", "has fallen some 700 metres").
_FELL = re.compile(
    r"\b(?:fell|falls|falling|fallen|plunged|plunging|plummeted|plummeting|tumbled|"
    r"tumbling)(?:\s+(?:down|to\s+(?:his|her|their)\s+death))?\s+(?:about|around|some|"
    r"approximately|roughly|nearly|almost|more\s+than|over|at\s+least|up\s+to|an\s+"
    r"estimated)?\s*$",
    re.IGNORECASE,
)
# Words that make a weight a person's: a verb of weighing, or a height right before it in
# a description ("5-foot-8, 135 pounds", "5 feet 8 inches tall and 130 pounds").
_WEIGHED = re.compile(
    r"\b(?:weigh(?:s|ed|ing)?|tipped\s+the\s+scales\s+at)\s+(?:about|around|nearly|almost|"
    r"some|roughly|more\s+than|over|under|just\s+over|just\s+under)?\s*$|"
    r"\d\s*-?\s*(?:foot|feet|ft)\b[^.;]{0,25}?(?:,|\band)\s*$",
    re.IGNORECASE,
)
# The words that make a length in yards a gain of play in a game of gridiron football: a
# verb or a noun of play before its "for" ("threw for 312 yards", "completed 24 of 31
# passes for 312 yards", "was 24-for-31 for 312 yards", "ran for 95 yards"), the kind of
# gain right after it ("95 yards rushing", "95 yards on 18 carries").
_GAINED_BEFORE = re.compile(
    r"\b(?:threw|throws|throwing|passed|passes|passing|ran|runs|running|rushed|rushes|"
    r"rushing|caught|catches|catching|returned|returns|gained|gains|completions?|carries|"
    r"receptions?|attempts?|\d+\s*-?\s*(?:of|for)\s*-?\s*\d+)\b[^.;:!?]{0,40}?\bfor\s+"
    r"(?:(?:a|an|his|her)\s+)?(?:(?:game|team|season|career|personal)[\s-]high\s+)?"
    r"(?:about|nearly|almost|more\s+than|over|just\s+over|just\s+under)?\s*$",
    re.IGNORECASE,
)
_GAINED_AFTER = re.compile(
    r"^\s*(?:rushing|passing|receiving|on\s+(?:[\w-]+\s+){1,2}?(?:carries|catches|"
    r"receptions|rushes|attempts|completions|passes|runs|returns)\b)",
    re.IGNORECASE,
)
# A passer's line written as completions "of" attempts ("completed 24 of 31 passes", "was
# 24-of-31 for 312 yards", "24 of 31 for 312 yards"): the first number counts passes
# completed, the second passes thrown; a word of passing must tell it (a verb of completing
# before, the passes or attempts counted, or the yards the passes gained after).
_OF_ATTEMPTS_AFTER = re.compile(
    r"^\s*-?\s*(?:of|for)\s*-?\s*\d+\b(?!\s*-?\s*(?:yards?|yds?)\b)", re.IGNORECASE
)
_OF_ATTEMPTS_IN = re.compile(r"^[\d,]+(?=\s*-?\s*(?:of|for)\s*-?\s*\d)", re.IGNORECASE)
_COMPLETIONS_BEFORE = re.compile(r"\b\d+\s*-?\s*(?:of|for)\s*-?\s*$", re.IGNORECASE)
_PASSING_BEFORE = re.compile(r"\bcomplet(?:ed|es|ing)\b[^.;:!?]{0,30}$", re.IGNORECASE)
_PASSING_AFTER = re.compile(
    r"^(?:\s*-?\s*(?:of|for)\s*-?\s*\d+)?(?:\s+(?:passes|pass\s+attempts|attempts)\b|"
    r"\s*,?\s+for\s+(?:\w+\s+)?\d[\d,]*\s*-?\s*(?:yards?|yds?)\b)",
    re.IGNORECASE,
)
# A bare number a player "scored" in a game's line ("Varga scored 22 and had 10 rebounds"):
# the player's points, the noun left out.
_SCORED_BARE = re.compile(
    r"\bscored\s+(?:(?:a|an|his|her)\s+)?(?:(?:game|team|season|career|personal)[\s-]high\s+)?$",
    re.IGNORECASE,
)
COMPLETIONS = "completion"
"""Passes a passer completed, however a report counts them ("24 completions", "completed
24 of 31 passes")."""
ATTEMPTS = "pass attempt"
"""Passes a passer threw, completed or not: the second number of "24 of 31 passes"."""
# The words that make a length in yards the length of one play of gridiron football: a
# score it went for ("returned it 35 yards for a touchdown", "raced in from 35 yards out"),
# or the play hyphened to it ("a 35-yard interception return", "a 45-yard field goal").
_PLAY_AFTER = re.compile(
    r"^\s*(?:out\b|for\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:touchdowns?|tds?|"
    r"scores?|pick-six|field\s+goals?)\b)",
    re.IGNORECASE,
)
_PLAY_HYPHENED = re.compile(
    r"^[\w.,]+\s*-\s*(?:yard|yd)s?\s+(?:[\w-]+\s+){0,2}?(?:pass|run|return|catch|reception|"
    r"field\s+goal|goal|punt|kick|scamper|strike|touchdown|td|interception|fumble)s?\b",
    re.IGNORECASE,
)
# the kind of gain told between the number and its yards: "312 passing yards", "95 rushing
# yards", "410 total yards"
_GAINED_WITHIN = re.compile(rf"\b(?:{YARDS_KINDS})\s+(?:yards?|yds?)\b", re.IGNORECASE)
PLAY = "length of a play"
"""How far one play of gridiron football went (a return, a run, a pass, a field goal): a
statistic of the player named before it, one play's length across reports."""
YARDS_GAINED = "yards gained"
"""A player's or a team's yards gained in a game of gridiron football: a game's statistic,
each holder's own (:func:`_yards_gained`)."""
BODY_WEIGHT = "a person's weight"
"""How heavy a person a report describes is: each person's own."""
FALL = "length of the fall"
"""How far someone fell: each faller's own fall."""
# What goes at a speed in a road story, and what sets the most it may go.
_MOVERS = frozenset(
    {
        *("car", "driver", "vehicle", "truck", "van", "bus", "suv", "sedan", "motorist"),
        *("motorcycle", "taxi", "cab", "unknown", "suspect", "pursuit", "chase"),
        # The moving itself named as what went at the speed ("speeding at 60 mph").
        *("speeding", "driving", "traveling", "travelling", "going", "racing", "fleeing"),
    }
)
_LIMITS = frozenset({"zone", "limit"})
# A chase, in a road story: how far it went is one length whoever a report says chased.
_CHASE = re.compile(r"\b(?:chase[ds]?|chasing|pursuit|pursued|pursuing)\b", re.IGNORECASE)
# A number in words or digits: where another figure's words begin.
_ANOTHER_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred)\b",
    re.IGNORECASE,
)
# Nouns that name only a speed ("a speed of 50 mph", "50 miles per hour"): in a road story,
# the story's vehicle's, unless a limit is named by it ("a speed limit of 30 mph").
_SPEED_WORDS = frozenset({"speed", "hour", "mph", "kph", "velocity", "pace"})
_LIMIT_NEAR = re.compile(r"\b(?:limits?|zones?|posted)\b", re.IGNORECASE)
# Who works for a firm, and the words that give how many do ("it employs 150 people").
_STAFF = frozenset({"employee", "worker", "staff", "staffer", "workforce"})
# The subject of a clause telling how long something lasted ("The standoff at the house
# lasted 12 hours", "the strike has lasted for about a week").
_LASTED = re.compile(
    r"\bthe\s+([a-z]+)\b[^.;:]{0,40}?\b(?:lasted|ha(?:s|ve|d)\s+lasted|went\s+on|"
    r"dragged\s+on)\s+(?:for\s+)?(?:about\s+|some\s+|nearly\s+|more\s+than\s+|almost\s+)?$",
    re.IGNORECASE,
)
# A company shedding staff, told before the count ("will lay off 1,200 workers") or after
# it ("1,200 workers were laid off", "will lose their jobs", "were made redundant").
_LAYS_OFF = re.compile(
    r"\b(?:lay(?:ing)?|lays|laid)\s+off\s*$|\bmak(?:e|es|ing)\s+redundant\s*$", re.I
)
_LAID_OFF = re.compile(
    r"^\s*(?:will\s+|are\s+to\s+|were\s+|have\s+been\s+|are\s+being\s+|to\s+be\s+)?"
    r"(?:be\s+)?(?:laid\s+off|made\s+redundant|los(?:e|t|ing)\s+(?:their\s+)?jobs)\b",
    re.I,
)
# "150 employees work at the plant", "the firm's 150 employees": a firm's staff.
_WORKS_AT = re.compile(r"^\s*(?:who\s+)?(?:work|works|worked|working)\s+(?:at|for|in)\b", re.I)
_OWNED_BY = re.compile(r"(?:['’]s|\bits|\btheir)\s+(?:about|around|some|nearly|roughly)?\s*$", re.I)
_EMPLOYS = re.compile(
    r"\b(?:employs|employing|employed|staff\s+of|workforce\s+of)\s+"
    r"(?:about|around|some|nearly|roughly|approximately|almost|over|more\s+than)?\s*$",
    re.IGNORECASE,
)
# What a shot is called, and the words that make a "round" one of a gun's.
_SHOTS = frozenset({"shot", "gunshot", "bullet", "round"})
_GUNFIRE = re.compile(
    r"\b(?:fired?|firing|guns?|handguns?|pistols?|rifles?|shotguns?|shooting|shooter|"
    r"gunman|gunmen|gunfire|ammunition|shell\s+casings?)\b",
    re.IGNORECASE,
)
_FIRED_TIMES = re.compile(r"\b(?:fired|shot|opened\s+fire)\b[^.;,]{0,30}$", re.IGNORECASE)
# A count of times someone was hit: a verb of hitting right before it, past at most two
# words naming who was hit ("was shot seven times", "hitting Reyes eleven times", "shot
# him five times"); "fired eleven times" counts shots.
_HIT_TIMES = re.compile(
    r"\b(?i:shot|hit|hitting|struck|striking)\s+(?:(?:[A-Z][\w'’.-]*|him|her|them)\s+){0,2}$"
)
# Bullets told by what they did to someone: "seven bullets hit him", "seven bullets entered
# his body", "which of the seven bullets caused the death"; or "was hit by seven bullets",
# "hit in the back by three of the seven bullets".
_BULLETS_HIT = re.compile(
    r"^(?:\s+(?:had|have|that|which))?\s+(?:hit|struck|entered|pierced|lodged|tore\s+into|"
    r"ripped\s+into|caused)\b",
    re.IGNORECASE,
)
_HIT_BY = re.compile(
    r"\b(?:hit|struck|wounded)\b(?:\s+[\w'’]+){0,4}?\s+by\s+(?:(?:the|all|[\w-]+\s+of\s+"
    r"the)\s+)?$",
    re.IGNORECASE,
)
_BULLET_NOUN = re.compile(r"\b(?:bullets?|gunshots?|shots|rounds?)\b", re.IGNORECASE)
# A gun's load told before its count: "loaded with four bullets", "a clip holding ten rounds".
_LOADED = re.compile(
    r"\b(?:loaded|armed|filled)\s+with\s+(?:(?:only|just|at\s+least|up\s+to)\s+)?$|"
    r"\b(?:holding|held|holds|carrying)\s+(?:(?:only|just|up\s+to)\s+)?$",
    re.IGNORECASE,
)
LOADED = "rounds loaded"
"""How many rounds a gun or its magazine held."""
HITS = "times hit by gunfire"
"""How many bullets hit someone: never how many shots were fired."""
# A duration that is a prison term: the words that give it before the number, or after
# it ("25 years in prison", "a 25-year sentence", "25 years if convicted").
_SENTENCED = re.compile(
    r"\b(?:(?:sentenced|jailed|imprisoned|locked\s+up)\s+(?:\w+\s+)?(?:to|for)|"
    r"(?:sentence|term)\s+of)\s+(?:up\s+to\s+|at\s+least\s+|an?\s+|another\s+)?$",
    re.IGNORECASE,
)
# A term of office, not a prison term: "elected ... for a term of five years", "appointed
# for a term of", "a lease for a term of", unless the clause speaks of a court or prison
# ("the office manager was sentenced to a term of five years").
_OFFICE_TERM = re.compile(
    r"\b(?:elected|re-?elected|appointed|re-?appointed|sworn\s+in|named|chosen|serve\s+as|"
    r"office|mandate|tenure|lease|contract)\b[^.;]*\bterm\s+of\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
_COURT_WORDS = re.compile(
    r"\b(?:sentenced|jailed|imprisoned|prison|jail|convicted|court|judge|guilty)\b", re.IGNORECASE
)


# "He served 136 days", "after serving 14 months": time served, with nothing after it to
# say where; told right after its paragraph says the one who served it was sentenced.
_SERVED = re.compile(
    r"\b(?:served|serving|serves)\s+(?:(?:only|just|nearly|almost|about|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_WAS_SENTENCED = re.compile(r"\b(?:was|were|been|is|being)\s+sentenced\b", re.IGNORECASE)


def _served_sentence(before: str, preceding: str) -> bool:
    """Whether a length told as served ("He served 136 days") follows, in its paragraph and
    at most 200 characters on, words saying someone was sentenced ("was sentenced to one
    to three years"): the time served of that sentence, a prison term. Time served with
    no sentence told just before ("served 136 days as the governor's aide") is not."""
    if not _SERVED.search(before[-30:]):
        return False
    recent = preceding[-200:]
    recent = recent[recent.rfind("\n\n") + 1 :]
    return bool(_WAS_SENTENCED.search(recent))


def _term_of_office(before: str) -> bool:
    """Whether "a term of" just before a length is an office's or a lease's, not a court's."""
    window = before[-120:]
    return bool(_OFFICE_TERM.search(window)) and not _COURT_WORDS.search(window)


_IN_PRISON = re.compile(
    r"^[^.;]{0,30}?\b(?:to\s+life|in\s+(?:a\s+)?(?:(?:state|federal)\s+)?(?:prison|jail)|"
    r"behind\s+bars|(?:prison|jail)\s+(?:term|sentence)|sentence|if\s+(?:convicted|found\s+guilty))\b",
    re.IGNORECASE,
)
# Lengths of time already read as what they are ("sentenced to 25 years": a prison term):
# the person a sentence names does not make them how long someone did something.
_LENGTHS_READ = frozenset(
    {"prison term", "possible prison term", "deliberation", "unrest", "shaking"}
)
# The most a charge can bring, not the term given.
_AT_MOST_TERM = re.compile(
    r"\b(?:faces?|facing|could|would|may|might|maximum|up\s+to)\b[^.;]{0,40}$", re.IGNORECASE
)
# Words before "charges" that say how many or which, never the crime.
_NOT_A_CRIME = frozenset(
    {
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
        *("eleven", "twelve", "twenty", "thirty", "forty", "fifty", "dozen", "dozens"),
        *("hundred", "hundreds", "several", "few", "multiple", "more", "other", "additional"),
        *("new", "both", "all", "the", "those", "these", "further", "separate"),
    }
)
_CHARGES = re.compile(r"\b(?:counts?\s+of|charges?)\b", re.IGNORECASE)
# Quantities no force or group owns: the names in their measure name no side.
_SIDELESS = frozenset(
    {
        *("money", "distance", "unrest", "prison term", "possible prison term"),
        *("shots fired", "speed of the vehicle", "speed limit", "length of the chase"),
    }
)
# "one count of attempted murder": another crime than murder.
_ATTEMPTED = re.compile(r"\battempted\b", re.IGNORECASE)
# The crime a count of charges names: the last word of "counts of aggravated murder", the
# word before "murder charges".
_CRIME = re.compile(
    r"\b(?:counts?|charges?)\s+of\s+(?:[\w-]+\s+){0,3}?([a-z-]+)\s*$|\b([a-z-]+)\s+charges?\s*$",
    re.IGNORECASE,
)
# "there are 150 of them": all of those, not a part.
_THERE = re.compile(r"\bthere(?:\s+(?:are|were|is|was|be|being))?\s*$", re.IGNORECASE)
# A toll, and a verb or preposition that gives its value, just before a bare number.
# The toll's words may hold a decimal ("the death toll from the 6.1 quake rose to 20").
_TOLL_BEFORE = re.compile(
    r"\b(?P<toll>(?:death|casualty|injury)\s+toll|toll\s+of\s+(?:dead|injured|wounded)|"
    r"number\s+of\s+(?:dead|deaths|injured|wounded|casualties|fatalities|victims|arrests|"
    r"(?:people\s+)?(?:arrested|detained|killed|injured|wounded|missing|displaced|evacuated)))\b"
    r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,60}?\b(?:rose|risen|rises|rising|climbed|climbs|reached|reaches|jumped|"
    r"increased|stood|stands|is|was|went\s+up|put|puts|raised|at|to)\s*"
    r"(?:to|at)?\s*(?:about|around|some|nearly|almost|over|more\s+than|at\s+least)?\s*$",
    re.IGNORECASE,
)
_TOLL_VERBS = frozenset(
    {
        *("climbs", "climbed", "rises", "rose", "jumps", "jumped", "reaches", "reached"),
        *("stands", "stood", "increases", "increased", "hits", "tops", "mounts", "soars"),
    }
)
"""Verbs that move a toll, which a headline's number may be read as counting."""
# A count of some of a workplace's or a household's people, named by the place.
_OF_A_WORKPLACE = re.compile(
    r"^\S+\s+(?:members\s+)?of\s+(?:the|his|her|their|its|our)\s+(?:[\w-]+\s+)?"
    r"(?:office|firm|company|staff|bank|school|store|shop|factory|plant|family|household|"
    r"crew)\b",
    re.IGNORECASE,
)
# Some of a group told as a kind of people: "three of the dead were children", "two of
# the victims were police officers", "two of them were women" (the group's words, then the
# kind's noun).
_SOME_WERE = re.compile(
    r"^\S+\s+of\s+(?:(?:the|those)\s+(?P<group>[a-z]+(?:\s+[a-z]+)?)|them)\s+(?:were|was|are|is)\s+"
    r"(?:all\s+|both\s+)?(?:(?:a|an)\s+)?(?:[a-z-]+\s+)?(?P<noun>[a-z]+)\b",
    re.IGNORECASE,
)
PARENT_CHILDREN = "children a parent has"
"""How many children a parent has ("a mother of 12")."""
PERSON_TIME = "time a person spent"
"""How long someone did something ("worked there for 12 years"), whatever the verb."""
_SERVICE = frozenset({"veteran", "member", "career", "tenure", "stint"})
"""Words of someone's years in a post ("a 15-year veteran", "a 15-year member of the
department", "a 20-year career"): how long that person served, as "had served for 15
years" is."""
_SPANS = frozenset({"stay", "stint", "treatment", "rehab", "spell", "time"})
"""Words of one person's time in a place or a course of care ("a 90-day stay", "90 days of
treatment", "a four-year spell in the city"): how long that person spent there, as "spent
90 days there" is, whichever of these nouns a report names it by; "time" itself ("the
repair time will be 12 days") names how long someone's doing takes, and no thing."""
# "a 90-day court-ordered stay": a word of who required a span, joined by a hyphen to the
# verb, describes the noun that follows; that noun is what lasted.
_REQUIRED_BY = re.compile(
    r"^\s*-\s*(?:mandated|ordered|imposed|required|sanctioned)\s+([a-z]+)(?:\s+([a-z]+))?\b",
    re.IGNORECASE,
)


# "after serving five years", "had spent three days", "had served only a five-year term": a
# verb of someone passing time, right before the length; "had been a member of the unit for
# the past five years", "has lived in the town for 15 years": such a verb, or a word of a
# post, in the clause that the length ends; "the 15 years she spent there": the verb in a
# clause right after it.
_SPENT_BEFORE = re.compile(
    r"\b(?:spent|spend|spends|spending|served|serving)\s+"
    r"(?:(?:only|just|nearly|almost|about|more\s+than|the\s+past|the\s+last)\s+)?(?:an?\s+)?$|"
    r"\b(?:been\s+an?\s+(?:[a-z-]+\s+)?(?:member|employee|resident)|work(?:ed|ing)|serv(?:ed|ing)|liv(?:ed|ing))\b"
    r"[^.;,]{0,60}\bfor\s+(?:the\s+(?:past|last)\s+)?"
    r"(?:(?:about|nearly|almost|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_SPENT_AFTER = re.compile(
    r"^\s*(?:that\s+|which\s+)?(?:i|he|she|we|they|you)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:spent|served|worked|lived)\b",
    re.IGNORECASE,
)


# "it would take 12 days to repair the cable", "the break would take 12 days to fix": how
# long a piece of work takes, the length of its doing whatever noun is the clause's subject.
_TAKES = re.compile(
    r"\b(?:take|takes|taking|took|taken)\s+(?:(?:about|around|nearly|almost|at\s+least|"
    r"up\s+to|more\s+than|less\s+than|only|just)\s+)?$",
    re.IGNORECASE,
)
_TO_DO = re.compile(r"^\s+to\s+[a-z]+", re.IGNORECASE)


def _spent(before: str, after: str) -> bool:
    """Whether a duration is told as time someone passed: a verb of spending or serving time
    right before it ("after serving five years") or in a clause right after it ("the 15
    years she spent there"), or as how long a piece of work takes ("would take 12 days to
    repair")."""
    return bool(
        _SPENT_BEFORE.search(before[-100:])
        or _SPENT_AFTER.match(after[:40])
        or (_TAKES.search(before[-30:]) and _TO_DO.match(after[:30]))
    )


def _a_span(counted: str | None, after: str) -> bool:
    """Whether a duration names one person's time in a place or a course of care: its
    counted noun ("a 90-day stay"), or the noun a hyphened word of who required it
    describes ("a 90-day court-mandated rehab", "court-ordered inpatient treatment"), is a
    word of such a span."""
    required = _REQUIRED_BY.match(after[:60])
    nouns = required.groups() if required else (counted,)
    return any(_head(noun) in _SPANS for noun in nouns if noun)


SHARE = "share of "
"""How a share of people of whom nothing else is said is named: ``share of civilians``."""
PERSONS = frozenset(
    {name for name, _ in _POPULATIONS if name != "strikes"} | {"casualty", "people"}
)
"""Population classes that count people: their state must always be said alike."""
UNSAID = "unsaid"
PRESENT = "present"
"""The state of people who were where the story happened ("100 people were inside")."""
_PLACES_INSIDE = (
    "building|office|offices|plant|factory|church|school|store|shop|bank|house|home|room|"
    "restaurant|bar|club|hall|theater|theatre|mall|station|vehicle|car|bus|train|plane|"
    "boat|ship|apartment|hotel|hospital|mosque|temple|synagogue|courthouse|warehouse|stadium"
)
# A count of people said to be where the story happened: "were inside", "were in the
# building", "on board", "aboard", "at work at the plant".
_PRESENT_AFTER = re.compile(
    r"^[^.;:]{0,60}?\b(?:(?:were|was|are|is|had\s+been|have\s+been)\s+(?:still\s+)?"
    r"(?:(?:inside|aboard|on\s+board|at\s+work)\b|in\s+(?:the|a|an|their|its)\s+"
    rf"(?:[\w-]+\s+){{0,2}}(?:{_PLACES_INSIDE})\b)|(?:inside|aboard|on\s+board)\b)",
    re.IGNORECASE,
)
# A count the sentence places at one of several sites ("30 died at one hospital", "at one of
# the city's hospitals, 30 were treated", "in one hospital's morgue"): a part of the whole
# toll, no rival count of it.
_SITES = rf"(?:{_PLACES_INSIDE}|clinic|morgue|mortuary|camp|shelter|site|village|district)"
_ONE_SITE = (
    r"\b(?:at|in|to)\s+(?:just\s+|only\s+)?one\s+(?:(?:of\s+(?:the|its|their)\s+)"
    rf"(?:[\w’'-]+\s+){{0,2}}{_SITES}s?\b|(?:[\w-]+\s+){{0,2}}{_SITES}\b)"
)
# ... in the count's own clause ("30 died at one hospital"), or opening the sentence before it
# ("At one hospital, 30 died"); never the place of the ones who tell it ("officials at one
# hospital put the number of dead at 30", "30 died, doctors at one hospital said").
_ONE_SITE_AFTER = re.compile(rf"^[^.;:,]{{0,60}}?{_ONE_SITE}", re.IGNORECASE)
_ONE_SITE_BEFORE = re.compile(
    rf"^\s*{_ONE_SITE}(?:[’']s\s+[\w-]+)?(?:\s+alone)?\s*,?\s*$", re.IGNORECASE
)
# A vehicle said to carry a count of people right before it: "a plane carrying 142
# passengers", "the bus, which was carrying 40 pilgrims": those on board, as "on board" says.
_CARRYING_BEFORE = re.compile(
    r"\b(?:carrying|carried|carries|ferrying|ferried)\s+"
    r"(?:at\s+least\s+|about\s+|some\s+|nearly\s+|around\s+|more\s+than\s+|up\s+to\s+)?$",
    re.IGNORECASE,
)
ABOARD = "aboard"
"""The state of people a vehicle was carrying ("a plane carrying 142 passengers"): unlike a
crowd in a building, a manifest's count, so it is one count whatever values reports give."""
QUIET = frozenset({UNSAID, PRESENT})
"""States that say nothing of what befell those counted: they may be those a harm befell."""
ATTACKING = "attacking"
"""The state of those who did a harm to others ("two officers shot the teenager")."""
_DEED_NAMED = re.compile(r"\b(?:homicides?|murders?|slayings?|killings?)\b", re.IGNORECASE)
"""A count named by the killing itself ("a double homicide"): it counts the dead, even as the
subject of the sentence's verb ("the man charged with a double homicide killed his mother")."""
_DAY_NAMES = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    "May|June|July|August|September|October|November|December"
)
# A verb of killing, wounding or a raid right after a number, in the active voice with its
# object: "two officers fatally shot the teenager", "three men stabbed a guard", "two gunmen
# opened fire", "four men rammed their car into a store" (never "two killed in the blast",
# "three shot Saturday", "two shot dead").
_WHO = re.compile(r"\bwho\b")
_BY_AGENT = re.compile(
    r"\b(?:killed|shot|stabbed|murdered|wounded|injured|hurt|gunned\s+down|slain)"
    r"(?:\s+dead|\s+to\s+death)?\s+by\s+(?:at\s+least\s+|about\s+|some\s+|as\s+many\s+as\s+)?$",
    re.IGNORECASE,
)
_DID_HARM = re.compile(
    r"^\s*(?:who\s+)?(?:(?:allegedly|reportedly|then|later|also)\s+)?(?:"
    r"(?:opened|open|opens)\s+fire\b|"
    r"(?:fatally\s+shot|shot\s+and\s+killed|shot|killed|murdered|stabbed|gunned\s+down|"
    # "Four men rammed their car into a store", "two men robbed a bank": a raid's or a
    # robbery's deed, done by those counted (read only of people named by no role:
    # "four robbers burst into the store" are robbers already).
    r"(?P<raid>rammed|rams|ram|smashed|smash|robbed|rob|stormed|raided|held\s+up|"
    r"broke\s+into|burst\s+into))\s+"
    rf"(?:the|a|an|his|her|their|its|him|them|one|two|three|four|five|several|\d+|(?!(?:{_DAY_NAMES})\b)[A-Z][a-z]+)\b)"
)
"""The state of people of whom nothing says what befell them ("four people")."""
SUBSETS = frozenset({"men", "women", "children"})
"""Classes of people that are a part of all people: "a man was killed" and "one person was
killed" tell one death when the values agree."""
_ALL_PEOPLE = frozenset({"civilians", "people"})
_PARTS_OF_PEOPLE = SUBSETS | {"bodies"}
"""Counts of people that may be all of a count of people or a part: a class of them, or
the bodies recovered after a disaster (all its dead once all are found, a part before),
when a report counts them ("recovered 14 bodies", never "hundreds of bodies")."""
BLOCKS_AWAY = "distance in city blocks"
"""How far, in city blocks, one place lies from another ("a few blocks away")."""
# The words after a count of blocks that make it a distance ("away", "from", "east of").
_BLOCKS_AWAY = re.compile(
    r"^\s*(?:away|from|to|down|up|along|over|(?:north|south|east|west)(?:east|west)?(?:ward)?"
    r"(?:\s+of)?)\b",
    re.IGNORECASE,
)
MARGIN_OF_ERROR = "margin of error"
"""A poll's sampling error, read as its own population."""
_MARGIN_OF_ERROR = re.compile(r"\bmargin\s+of\s+(?:sampling\s+)?error\b", re.IGNORECASE)
_TOLLS = frozenset({"casualties", "killed", "injured"})
LINKED_STATES: dict[str, frozenset[str]] = {
    "hospitalised": frozenset({"injured", "casualties"}),
    "injured": frozenset({"hospitalised"}),
    "casualties": frozenset({"hospitalised"}),
    "damaged": frozenset({"destroyed"}),
    "destroyed": frozenset({"damaged"}),
    "left": frozenset({"displaced"}),
    "displaced": frozenset({"left"}),
    # A force's members at the scene: those it sent, and those of them who acted there.
    "responding": frozenset({"attacking", "controlled"}),
    "attacking": frozenset({"responding"}),
    "controlled": frozenset({"responding"}),
    # Those an assailant held at gunpoint and those he took: often the same people.
    "overpowered": frozenset({"kidnapped"}),
    "kidnapped": frozenset({"overpowered"}),
}
"""States of people where one count may be all of the other's or a part: those in hospital
are the wounded when all were taken there ("three were taken to hospital", "three were
wounded"), a part of them otherwise; so are they of those shot or struck, dead or hurt
("three were shot", "three were taken to hospital"). So are things damaged and destroyed:
those destroyed are a part of those damaged, or all of them when a report calls them all
damaged ("200 homes were damaged" and "200 homes destroyed"). So are those a flood or a
fire forced out: "2,000 were evacuated" and "2,000 displaced" are one count when they
agree, while those who fled a city may be a part of those it displaced. One count only
when the values agree, and never for a count beyond others ("two more in hospital"), which is no
report's whole. So are the police or firefighters sent to a scene and those of them a report
tells acting there ("two officers were sent to the call", "two officers opened fire"; "50
firefighters tackled the blaze", "50 firefighters were trying to control it"): one force's
members at the scene, only for a force (``_AT_THE_SCENE``)."""
_AT_THE_SCENE = frozenset({"responding", "attacking", "controlled"})
"""States that tell only what a force's members did at the scene, not who they are: for
anyone but a force, doers and those sent are other people ("two men opened fire", "two
people responded")."""
SHOT_HURT = ("casualties", "injured")
"""Those shot or struck, dead or hurt, and those wounded: one count when both are exact and
the same ("he shot two men", "two men were wounded"), as then none of them died."""
RUNNING = frozenset(
    {
        *("killed", "injured", "casualties", "arrested", "displaced", "left", "destroyed"),
        *("damaged", "rescued"),
    }
)
"""States counted as running totals: they rise as a story goes on, never fall."""
_HARMS = frozenset(
    {
        *("killed", "injured", "missing", "arrested", "rescued", "casualties", "displaced"),
        *("left", "hospitalised"),
    }
)
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "few": 3,
    "several": 3,
}
_SPAN = re.compile(
    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several)"
    r"[\s-]*(day|week|month|year)s?\b",
    re.I,
)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
# A month or a year named with "in": the event's date ("killed in September 2010").
_DATED_IN = re.compile(r"^\s*in\s+(?:early\s+|late\s+|mid-?\s*)?[A-Z0-9]", re.I)
_CUMULATIVE = re.compile(r"\b(since|until|so far|to date|in total|entire|whole|throughout)\b", re.I)
# A sentence telling a running total of a campaign ("So far, the navy has confiscated 14
# rifles", "the ship has, thus far, seized", "to date").
_SO_FAR = re.compile(r"\b(?:so|thus)\s*,?\s+far\b|\bto\s+date\b", re.IGNORECASE)
# A count summed over several of a campaign's acts ("seized a total of 19 rifles during the
# four operations it carried out", "across its three raids"): the campaign's tally too.
_OVER_ACTS = re.compile(
    r"\b(?:during|in|over|across|from)\s+(?:the|its|their|his|her|our|all)\s+"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+)"
    r"(?:\w+\s+)?(?:operations|raids|missions|patrols|sorties|searches|seizures|busts)\b",
    re.IGNORECASE,
)
_POINT = re.compile(
    r"^\W*(on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
    r"today|overnight)\b",
    re.I,
)
_FACILITY = frozenset({"FAC"})
_NAME_WORD = re.compile(r"[\w-]+")
_CAPITALISED = re.compile(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")
WINDOW_RATIO = 2.0
"""Known window lengths further apart than this factor are different measures."""
EVENT_GAP = 31
"""Figures dated to days further apart than this are about different events."""
RUNNING_RATIO = 10.0
"""The factor for two running totals ("since X"), whose lengths run to their report days."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Window:
    """The time span a figure counts: length in days, start date, or a single day."""

    days: float | None = None
    start: str | None = None
    point: bool = False
    cumulative: bool = False
    day: str | None = None
    text: str | None = None
    so_far: bool = False
    raised_on: str | None = None
    """For a toll a clause brings up to a total ("Nine more died on Friday, taking the toll
    to 318"), the day of the deaths that raised it (:func:`tolls_raised`): the total holds
    as of its telling, and counts of single days from then on are that day's deaths."""
    one_day: bool = False
    """A toll its words date to the day of the deaths, not of their telling ("cholera
    killed 14 on Friday", never "has killed 330, the ministry said on Saturday"):
    :func:`tolls_raised`; or a count of any state so dated, or told "overnight" or "in the
    past 24 hours" (:func:`counts_running`)."""
    running: str | None = None
    """The words telling a count as running from a start up to its telling ("so far",
    "to date", "in all", "since the fighting began", "since March"): never one day's count
    (:func:`counts_running`)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Topic:
    """The comparable parts of what one figure measures."""

    unit: str | None
    kind: str
    state: str
    population: str
    cause: str | None
    affiliation: frozenset[str]
    rate: bool
    window: Window
    place: str | None
    place_is_point: bool
    scene: frozenset[str] = frozenset()
    event: tuple[int, int] | None = None
    allies: frozenset[str] = frozenset()
    at_home: bool = True
    at_scene: bool = False
    extra: bool = False
    one_site: bool = False
    reported: tuple[int, int] | None = None
    holders: frozenset[str] = frozenset()
    namesakes: frozenset[str] = frozenset()
    unplaced: bool = False
    attacker: bool = False
    statistic: bool = False
    holder: str | None = None
    game: Game | None = None
    """The game a side of a result or a player's line is of (:mod:`~.matches`): two
    reports' values of one game's quantity are one quantity."""
    average: bool = False
    """A player's season average ("averaging 15.5 points per game"), no game's total."""
    said: str | None = None
    some_died: bool = False
    ballot: str | None = None
    purpose: str | None = None
    recalled: bool = False
    stage: str | None = None
    """The stage of a case people are counted at (:func:`case_stage`): those arrested are
    not all charged, nor those charged all convicted."""
    uncounted: bool = False
    """A vague count of bodies ("hundreds of bodies under the rubble"): it says nothing of the
    size of a toll, so it is never read as one (see ``_PARTS_OF_PEOPLE``)."""
    role: bool = False
    """Whether ``narrowed`` is a role noun the people counted are named by ("six worshippers
    were killed"), not a word narrowing where the things counted are."""
    each: str | None = None
    """How long or how large each thing a count counts is, as its words say ("three
    10-year sentences": ``10 year``; "three life sentences": ``life``; :func:`each_measured`)."""
    narrowed: str | None = None
    """The word that narrows what a count counts to a part of it by where they are
    ("27 overseas polling stations", "rural clinics"; :data:`_NARROWING`): a part of the
    count its other reports give of them all."""
    others: frozenset[str] = frozenset()
    """For an age at death, the names of the other dead some report gives an age of beside
    this one's: two people, never one (:func:`~.ages.dead_told_apart`)."""


def topic_of(
    claim: Claim,
    document: Document | None,
    entities: Mapping[str, Entity],
    places: Places | None = None,
    names: frozenset[str] = frozenset(),
    forces: Mapping[str, frozenset[str]] | None = None,
    actors: Actors | None = None,
) -> Topic:
    """The topic of a figure claim, by the table in the module docstring.

    Args:
        claim: A figure claim (``claim.figure`` set).
        document: Its document (for the words around the number), if known.
        entities: Entities by id (place types and names).
        places: How the story's places nest (none known when None).
        names: The words of the story's names (:func:`name_words`).
        forces: Group names -> the groups the reports make parts of one another
            (:func:`~.forces.read_forces`).
        actors: Where the story's players and teams are named (:func:`actors_of`), to
            tell whose a game's statistic is.

    Returns:
        Its topic.
    """
    figure = claim.figure
    assert figure is not None, "topic_of takes figure claims"
    said = None
    # "three people in the raid, two of whom died": what the relative clause tells befell a
    # part of those counted, never all of them (their own verb, "shot", says that).
    own = _PART_CLAUSE.sub(
        "", " ".join([figure.measure, figure.counted or "", *figure.qualifiers]).lower()
    )
    own = _blanked(_NO_STATE, _NO_STATE_WORDS, own)  # "the two candidates are in a dead heat"
    # "Two men were arrested in the fatal shooting of a deputy": the case the people
    # counted are held in names someone else's death, not theirs.
    case = _CASE_FOR_DEATH.search(own)
    if case is not None:
        own = own[: case.start("case")] + " " * len(case.group("case"))
    # The attacker's own death ("before killing himself", "the gunman was shot dead") tells
    # nothing of what befell those the sentence counts.
    sentence, before, after = (
        _blanked(_OWN_DEATH, _OWN_DEATH_WORDS, _blanked(_NO_STATE, _NO_STATE_WORDS, t))
        for t in _context(claim, document)
    )
    if _SURVIVED.search(_clause(before, after)):
        # "Two officers survived the shooting that killed a clerk", "the two men are
        # expected to survive, police said of the killing": those who lived through it
        # were not killed, whatever death the sentence tells beside them; nor does the
        # event's name ("the fatal shooting", "the Troy killing") say what befell them.
        sentence, before, after = (_DEATH_NAMED.sub(_blank, t) for t in (sentence, before, after))
    state = own_state = _nearest(_STATE_WORDS, own, None)
    if _FATAL.search(own) or _FATAL_AFTER.match(after) or _FATAL_BEFORE.search(before[-30:]):
        # "fatally wounded", "shot three people, one fatally", "fatally stabbing two": a
        # wound that killed is a death, whatever word for the wound comes with it.
        state = own_state = "killed"
    whole = _all_of_a_harm(claim.text, before, after)
    if whole is not None:
        # "Three of the five people shot have died": the dead among all those the attack
        # befell are the whole toll, not a part of a toll told elsewhere.
        state = own_state = whole
    elif (
        (shot := _PARTICIPLE.match(after)) is not None
        and state is None
        and not _SHOT_THEN.search(after[:40].lower())
    ):
        # "five people shot at the office", "12 people killed in the blast": the participle
        # right after the noun says what befell them, whatever the sentence's main verb
        # says of a part of them ("Three of the five people shot have died").
        word = shot.group(1).lower()
        state = own_state = _nearest(_SHOT_WORDS, word, None) or _nearest(_STATE_WORDS, word, None)
    if own_state == "left" and _LEFT_HOMELESS.match(after):
        # "500 people were left homeless": the event took their homes; they did not leave.
        state = own_state = "displaced"
    left_in = _LEFT_IN.match(after) if _LEFT_BEFORE.search(before[-30:]) else None
    if left_in is not None:
        # "left three dead", "left two people in hospital", "left 40 homeless": what the
        # event left them in is what befell them, not a departure.
        state = own_state = _nearest(_STATE_WORDS, left_in.group(1).lower(), None) or state
    if state is None and not _SHOT_THEN.search(f"{before[-60:]} {after[:40]}".lower()):
        # "She shot three co-workers, killing two of them": the figure's own verb says
        # what befell all it counts; the sentence's later harm befalls a part ("shot and
        # killed", "shot dead" say the harm itself).
        state = own_state = _nearest(_SHOT_WORDS, own, None)
    if (
        state in {None, "arrested"}
        and (_SHOOTS_OBJECT.search(before[-30:]) or _SHOOTING_OF.search(before[-40:]))
        and not _SHOT_THEN.search(after[:40])
    ):
        # "accused of shooting three co-workers", "shot two people", "arrested in the
        # shooting of three people": those the shooting befell, whatever the sentence says
        # befell the shooter ("accused", "arrested"), even in the number's own words.
        state = own_state = "casualties"
    elif state in {None, "arrested"} and (
        _KILLING_OF.search(before[-40:]) or _BODIES_OF.search(before[-40:])
    ):
        # "arrested in the killings of three women": those killed, not those arrested; "the
        # bodies of two women were discovered": the dead, however the sentence goes on.
        state = own_state = "killed"
    faced = bool(_FACED.search(before[-20:])) and (
        _nearest(_POPULATION_WORDS, (figure.counted or "").lower(), None) == "security forces"
    )
    if state is None and not (figure.vague or figure.hedge == "vague"):
        # A vague amount ("thousands of civilians") is read by its own words only: the
        # sentence around it often speaks of another count.
        # Its own clause first: "In addition to the 2 who were killed, 3 people suffered
        # gunshot wounds" says the 3 were wounded, however near the earlier "killed" lies.
        state = _nearest(
            _STATE_WORDS, "", (before[before.rfind(",") + 1 :], after.split(",", 1)[0])
        )
        if faced:
            # "He pointed a gun at two officers", "shot during a confrontation with two
            # officers": police a deed was aimed at or met with; what the words before say
            # befell someone else is not theirs, only the words after them ("fired at two
            # officers wounded in the exchange").
            state = _nearest(_STATE_WORDS, "", ("", after))
        elif state is None and not _THE_REST.search(before[-20:]):
            # "Two of them managed to flee, and searches were carried out on the other
            # three": the rest of a set is not in the state another clause gives its part.
            state = _nearest(_STATE_WORDS, sentence.lower(), (before, after))
    if state is None and (figure.vague or figure.hedge == "vague"):
        # Its own verb, right after it, says what the crowd did ("tens of thousands of
        # people marched"): the rest of the sentence may speak of another count.
        state = _nearest(_STATE_WORDS, "", ("", _first_words(after, _OWN_VERB_WORDS)))
    if state is None:
        # "Five people were shot": hit by gunfire, dead or wounded, when no other word says
        # which (a casualty count); "shot dead" and "shot and wounded" are read above.
        vague = figure.vague or figure.hedge == "vague"
        state = own_state = _nearest(_SHOT_WORDS, own, None)
        if state is None and not vague:
            state = _nearest(_SHOT_WORDS, "", ("" if faced else before[-60:], after[:40]))
    if state is None and _head(figure.counted) in _VICTIMS:
        # "The three victims had argued with her": those the story's harm befell, dead or
        # hurt, when no word says which (a casualty count).
        state = own_state = "casualties"
    if own_state in _WEAK_STATES and not (figure.vague or figure.hedge == "vague"):
        # "Three workers were taken to hospital", "three who were shot remain in hospital":
        # a bare "taken" or "remain" of the figure's own words gives way to the phrase the
        # sentence holds it in ("taken shelter": displaced).
        near = _nearest(_STATE_WORDS, sentence.lower(), (before, after))
        if near in {"hospitalised", "arrested", "displaced", "missing"}:
            # "taken into custody" too; "15 remain unaccounted for" are the missing.
            state = own_state = near
    # The counted noun's head first: the qualifiers may name others ("three murders by the
    # man"), and the words before it describe it ("a one-person majority");
    # a word hyphened to a number never is what is counted.
    counted = figure.counted
    owner = (counted or "").lower().split()[-1:]
    # Only when the claim ends with its counted noun: "points heading into Saturday's
    # semifinals" counts points, not what Saturday owns.
    possessed = _POSSESSED.match(after) if owner and claim.text.lower().endswith(owner[0]) else None
    if possessed is not None:
        # "three of the plant's workers", "two of the firm's employees": the owner's people
        # are counted, not the owner.
        counted = possessed.group(1)
    head_word = (counted or "").lower().split()[-1:]
    listed = _nearest(_POPULATION_WORDS, " ".join(head_word), None) or _nearest(
        _POPULATION_WORDS,
        _NUMBER_HYPHENED.sub(
            " ", " ".join([figure.measure, *map(_no_which_aside, figure.qualifiers)]).lower()
        ),
        None,
    )
    if listed in PERSONS and _made_thing(counted):
        # A made thing is counted by its own noun: the people the qualifiers name beside it
        # ("three police cars set alight by protesters") acted on it; they are not counted.
        listed = None
    if listed == "fighters" and _MEMBERS_OF.search(f"{figure.counted or ''} {claim.text}"):
        # "five family members", "two staff members", "crew members": members of a
        # household or a workplace are people, not an armed group's fighters.
        listed = "civilians"
    if _CREW.search(figure.counted or ""):
        # "six crew", "six crew members", "six crewmen": a vessel's or an aircraft's crew,
        # however a report words it, and never its passengers.
        listed = "crew"
    population = listed or _head(counted)
    harm = _harm_reported(claim) if _head(counted) == "report" else None
    if harm is not None and figure.kind == "count":
        # "There were no reports of injuries", "no immediate reports of casualties": the
        # people the harm would befall are counted, not the reports.
        population = listed = "civilians"
        state = own_state = harm
    if (
        figure.kind == "count"
        and _head(counted) == "arrest"
        and not _RECORD.search(f"{before[-20:]}{claim.text}")
        and not _CUMULATIVE.search(figure.scope or "")
        and not _TALLY_SPAN.search(figure.scope or "")
        and not _TALLY_AFTER.match(after)
    ):
        # "There were 46 arrests", "police made one arrest": a count of arrests counts the
        # people arrested, as "three murders" counts those killed; one count with "46
        # people were arrested" (one person's "four prior arrests" is a record, not these).
        # Arrests told over a span or since an event ("over 40 arrests over three nights",
        # "72 arrests over the course of Sunday's marches") are the police's tally for
        # that span, which a person may be in twice: a count of arrests, set against no
        # other count of the people arrested.
        population = listed = "civilians"
    shared = _shared_noun(claim.text, counted, before) if figure.kind == "count" else None
    if shared is not None:
        # "30 homes were destroyed and about 200 damaged": the second number counts the
        # first's things, in the state its own word names.
        counted, word = shared
        listed = _nearest(_POPULATION_WORDS, counted.lower(), None)
        population = listed or _head(counted)
        state = own_state = _nearest(_STATE_WORDS, word.lower(), None) or state
    of_them = _OF_THEM.search(claim.text) is not None
    things = _THINGS_BEFORE.search(before) if of_them else None
    noun = things.group(1) if things is not None else None
    if noun is None and of_them and not _THINGS_NEAR.search(before):
        noun = _things_told_before(claim, document)
    if (
        noun is not None
        and figure.kind == "count"
        and _nearest(_POPULATION_WORDS, noun.lower(), None) is None
    ):
        # "About 1,200 buildings were damaged, 150 of them destroyed": some of the
        # things just counted (a part of them, in the state their own words name).
        counted = noun
        population = _head(noun)
        listed = None
    some_were = (
        _SOME_WERE.match(f"{claim.text}{after}")
        if figure.kind == "count" and (not counted or _head(counted) in _PRONOUNS)
        else None
    )
    kind_of = (
        _nearest(_POPULATION_WORDS, some_were.group("noun").lower(), None) if some_were else None
    )
    if some_were is not None and kind_of is not None:
        # "Three of the dead were children", "two of the victims were police officers": all
        # the children among the dead, in the group's state; no part of another count.
        population = listed = kind_of
        group = (some_were.group("group") or "").lower()
        state = own_state = _nearest(_STATE_WORDS, group, None) or state
    attributive = _ATTRIBUTIVE.match(claim.text)
    if attributive and attributive.group(1).lower() not in _NOT_ATTRIBUTIVE:
        # "a million-member union", "a 500-bed hospital": the number counts the word it is
        # joined to, not the noun that word describes.
        word = attributive.group(1).lower()
        listed = _nearest(_POPULATION_WORDS, word, None)
        population = listed or _head(word)
    if "margin" in (figure.counted or "").lower() and _MARGIN_OF_ERROR.search(
        f"{claim.text} {after[:20]}"
    ):
        # "a 3.1 percent margin of error": a poll's own sampling error; two polls' are two.
        population = listed = MARGIN_OF_ERROR
    if population == "walkout":
        population = "strike"  # a walkout is a strike, whatever a report calls it
    if figure.kind == "count" and _OF_A_WORKPLACE.match(claim.text):
        # "two of the office", "two members of the firm": a workplace's or a household's
        # people, never the place or a group's fighters.
        population = listed = "civilians"
    # One thing named by two common words ("houses" and "homes", "cars" and "vehicles"):
    # one count, whichever a report uses.
    population = _SAME_THING.get(population, population)
    # So is one party of people by two nouns ("26 pirates", "26 sea brigands").
    population = _SAME_PARTY.get(population, population)
    if figure.kind == "area" and population in _AREA_UNITS:
        # "the 9-acre complex": the unit hyphened to the number measures the noun after it.
        population = _head(counted)
    if figure.kind == "area" and population in _LAND | _AREA_UNITS:
        # "a nine-acre site", "a nine-acre city block", "the 9-acre complex", "8.7 acres":
        # the land the story's event befell, whichever word a report names it by.
        population = listed = "land"
    if (
        figure.kind == "count"
        and population in _FIRE_GEAR
        and (_FIRE.search(claim.text) or _FIRE_BEFORE.search(before[-120:]))
    ):
        # "31 fire trucks", "31 fire apparatus", "31 pieces of firefighting equipment", "ten
        # fire service pumps", "ten fire engines": the machines a fire service sent, one
        # count whichever word a report (or a country) calls them by; a truck of no fire
        # service ("three ladder trucks", "two trucks overturned") stays a truck.
        population = listed = "fire engine"
    if population in _VESSELS and _TRADING.match(counted or ""):
        # "five merchant vessels", "two cargo ships": the ships a convoy carries goods or
        # passengers in, never the boats that attack them or the warships that escort them
        # ("five suspicious boats", "five pirate skiffs"), whatever the counts.
        population = "merchant ship"
    if (
        figure.kind == "count"
        and listed is None
        and population not in {"unknown", "other"}
        and _head(counted) not in _PRONOUNS
        and _charged(claim.text, after)
    ):
        # "two local toughs charged with killing her", "two accused gangbangers": only
        # people are charged or accused, whatever word a report calls them by (a bare
        # "one was charged" names no one: it may be one of the officers just counted).
        population = listed = "civilians"
    if (
        figure.kind == "count"
        and _head(figure.counted) in _STAFF
        and (_LAYS_OFF.search(before[-30:]) or _LAID_OFF.match(after))
    ):
        # "will lay off 1,200 workers", "1,200 employees will lose their jobs": the jobs a
        # company cuts, one count with "will cut 1,200 jobs" whichever a report counts.
        population = listed = _SAME_THING.get("job", "job")
        state = own_state = "other"
    lasted = _LASTED.search(before[-80:]) if figure.kind == "duration" else None
    if lasted is not None:
        # "The standoff at the house lasted 12 hours before the gunman gave up": what lasted
        # is the clause's subject, whatever noun the sentence names after the number; one
        # duration with "a 12-hour standoff".
        population = listed = _head(lasted.group(1))
    if figure.kind == "duration" and (
        _UNREST & set(_WORD.findall((figure.counted or "").lower())) or population in _UNREST
    ):
        # "eight days of riots", "five days of rioting", "a week of clashes": how long one
        # story's unrest has lasted, whichever word a report uses for it, and whatever the
        # sentence says befell people during it.
        population = listed = "unrest"
        state = own_state = None
    elif (
        figure.kind == "duration"
        and _counts_no_thing(figure.counted, names)
        and (_UNREST_STATE.search(after[:160]) or _UNREST_SO_FAR.search(before[-60:]))
    ):
        # "For more than a week, the city has been a battleground", "For four days, the
        # country has surrendered to anarchy": how long the place has been in the story's
        # unrest, said of the place rather than of the riots; "hurt in the protests over
        # the past eight days": how long the unrest has gone on so far.
        population = listed = "unrest"
        state = own_state = None
    if figure.kind == "duration" and (
        _DELIBERATED.search(before[-40:])
        or _JURY_OUT.search(_clause(before, after))
        or _JURY_TOOK.search(before[-80:])
    ):
        # "the jury deliberated for about three hours", "the panel deliberated three
        # hours", "the panel reached its verdict after two days": how long the deliberation
        # lasted, as "three hours of deliberations" is, whoever a report says deliberated.
        population = listed = "deliberation"
        state = own_state = None
    near = f"{before[-60:]} {after[:40]}" if figure.unit not in _MOMENTS else sentence
    if figure.kind == "duration" and _SHAKING.search(near.lower()):
        # "the tremor lasted 30 seconds", "felt the shaking for about a minute": how long the
        # ground shook, whatever noun or pronoun carries it; seconds or minutes anywhere in
        # a sentence of shaking ("It lasted 30 seconds or so, you could feel the building
        # shaking") are how long it shook.
        population = listed = "shaking"
        state = own_state = None
    kind, unit = figure.kind, base_unit(figure)
    if figure.unit == "mi" and "nautical" in claim.text.lower():
        # A nautical mile is longer than a land mile: met only by other nautical miles.
        unit = "nautical mile"
    # The words after the number inside the claim ("6.7-strength quake") say what it sizes.
    rest = _LEADING_NUMBER.sub("", claim.text, count=1) + after
    if (kind == "count" or (kind == "degree" and _SHOCK_AFTER.match(rest))) and (
        _head(figure.counted) == "magnitude"
        or _sizes_a_shock(figure, before, rest, _lead_in(claim, document), claim.text)
    ):
        # "magnitudes of 6.1 and 5.9", "a 5.9 earthquake", "a 6.7-strength quake", "a 6.7
        # degree quake": sizes of a shock, whatever word joins the number to it
        kind = unit = "magnitude"
    if kind == "magnitude":
        # A magnitude is the size of the shock itself, whatever noun carries it ("a 6.1
        # quake", "magnitude 6.1", "a force of 6.1") and whatever the sentence says the
        # shock did; an aftershock is another shock, named by the words or nearest it.
        shock = _nearest(_SHOCK_WORDS, own, None) or _nearest(
            _SHOCK_WORDS, "", (before[-80:], after[:80])
        )
        population = listed = shock or "quake"
        state = own_state = None
    if (
        state == "protesting"
        and population == "unknown"
        and kind == "count"
        and not _TOLL_BEFORE.search(before[-120:])
    ):
        # A number with no noun at a gathering ("the march was attended by 200,000", "there
        # were more than 50,000, the biggest protest in years") counts its crowd.
        population = listed = "people"
    if (
        state in _ONLY_PEOPLE
        and population not in PERSONS
        and (not own_state or (state == "protesting" and _made_thing(figure.counted)))
        and kind == "count"
    ):
        # Only people lose their homes or march: "homes in five villages were damaged" says
        # what befell the homes, "two buildings burned on the margins of the protests" what
        # the crowd did, not the villages or the buildings; "three protest police cars",
        # "cars set alight by protesters": a car never marches, whatever its own words say.
        state = None
    elif (
        state in _HARMS_OF_PEOPLE
        and population not in PERSONS
        and listed is None
        and figure.counted
        and kind == "count"
    ):
        # "Two helicopters were moving the injured", "spreading to a dozen cities and leaving
        # 70 people injured": the harm befell people, not the helicopters or the cities.
        state = own_state = None
    elif (
        state in _HARMS_OF_THE_LIVING
        and state != own_state
        and population in _MADE_THINGS
        and kind == "count"
    ):
        # "The navy sank two pirate skiffs and killed four pirates", "freed 12 hostages
        # from three pirate boats": the death or the rescue the sentence tells befell the
        # people it names beside them, never the boats, whoever the boats belong to.
        state = None
    elif state == "displaced" and population == "home" and kind == "count":
        # "Forty homes were destroyed": the noun that says people lost their homes is here
        # the thing counted; what befell the homes is read from the other words.
        words = " ".join(figure.qualifiers).lower()
        state = own_state = _nearest(_STATE_WORDS, words, None)
        if state == "displaced":
            state = own_state = None
    if kind == "length" and _FROM_POINT.match(after) and _places_a_place(figure.counted):
        # "the island, 35 miles southwest of Bandar Abbas", "Qeshm, 1,500 km from the
        # capital": how far one place lies from another, whatever noun carries it. How far a
        # person or a thing was from somewhere is another count each time.
        population = listed = "distance"
        state = own_state = None
    if kind == "length" and _FIELD_MARK.search(f"{claim.text}{after[:8]}"):
        # "the 20-yard line": a mark on a playing field, no length anything was measured.
        population = listed = f"field mark ({claim.id})"
        state = own_state = None
    play = kind == "length" and _play_length(claim, after)
    if play:
        # "returned an interception 35 yards for a touchdown", "from 35 yards out", "a
        # 35-yard interception return": how far one play went, the player's named before it.
        population = listed = PLAY
        state = own_state = None
    gained = kind == "length" and not play and _yards_gained(claim, before, after)
    if gained:
        # "Brandt threw for 312 yards", "completed 24 of 31 passes for 312 yards", "95
        # yards on 18 carries": the yards a player gained in a game, whatever verb of play
        # a report tells them by; a statistic of the player named before it (:func:`_holder`).
        population = listed = YARDS_GAINED
        state = own_state = None
    passing = _passing(claim, before, after) if kind == "count" else None
    if passing is not None:
        # "completed 24 of 31 passes", "was 24-of-31 for 312 yards": a passer's completions
        # and attempts, statistics of the player named before them (:func:`_holder`).
        population = listed = passing
        state = own_state = None
    scored = (
        kind == "count"
        and passing is None
        and (not figure.counted or figure.counted[:1].isupper())
        and _SCORED_BARE.search(before[-40:]) is not None
    )
    if scored:
        # "Varga scored 22 and had 10 rebounds": the player's points, the noun left out.
        population = listed = "point"
        state = own_state = None
    moved = _MOVED.search(before[-40:]) if kind == "length" and not (gained or play) else None
    if moved is not None:
        # "dragged the victim about 20 feet", "the car dragged him 20 feet": how far someone
        # or something was moved, whoever the sentence names as doing it.
        population = listed = f"distance {moved.group(1).lower()}"
        state = own_state = None
    fell = kind == "length" and moved is None and _FELL.search(before[-40:]) is not None
    if fell:
        # "Torvald fell about 60 metres", "died after slipping and falling 200ft from a
        # ridge": how far the one who fell fell, never a distance between places; each
        # faller's fall is their own (:func:`_faller`).
        population = listed = FALL
        state = own_state = None
    if kind == "mass" and _WEIGHED.search(before[-40:]):
        # "He is 5-foot-8, weighing 130 pounds", "Orvel, 5-foot-8, 135 pounds": a person's
        # description gives their weight; each person's own (:func:`_faller` names whose).
        population = listed = BODY_WEIGHT
        state = own_state = None
    chased = kind == "length" and not (fell or gained or play) and _CHASE.search(sentence)
    if moved is None and chased:
        # "police chased the car for about 2 miles", "a two-mile pursuit": how far the
        # chase went, whoever the sentence names as chasing or chased.
        population = listed = "length of the chase"
        state = own_state = None
    if kind == "speed" and (
        _head(figure.counted) in _LIMITS
        or (
            _head(figure.counted) in _SPEED_WORDS
            and _LIMIT_NEAR.search(_own_words(before[-30:], claim.text, after[:30]))
        )
    ):
        population = listed = "speed limit"  # "a 30 mph zone": the road's limit
    elif kind == "speed" and (
        _head(figure.counted) in _MOVERS
        or population in _PRONOUNS
        or population in PERSONS
        or _head(figure.counted) in _SPEED_WORDS
        or _a_name(figure.counted, names)
    ):
        # "the car was travelling at about 50 mph", "the driver was going 50 miles per
        # hour", "Smith was going 50 mph", "a pursuit at 80 mph": how fast the story's
        # vehicle went, whichever of it, its driver (by name too) or the chase a report
        # names.
        population = listed = "speed of the vehicle"
        state = own_state = None
    if kind == "count" and _head(figure.counted) == "block" and _BLOCKS_AWAY.match(after):
        # "a few blocks away", "20 blocks from the precinct": how far, in city blocks, one
        # place lies from another, never a player's blocks.
        population = listed = BLOCKS_AWAY
        state = own_state = None
    if kind == "count" and population == "shot":
        population = listed = "civilians"  # "3 shot dead": those shot are people
    if kind == "count" and _hits(figure.counted, claim.text, before, after):
        # "was shot seven times", "seven bullets hit him", "hit by seven bullets": how many
        # times the one shot was hit, which the autopsy counts; never the shots fired.
        population = listed = HITS
        state = own_state = None
    elif kind == "count" and _head(figure.counted) in _SHOTS and _LOADED.search(before[-40:]):
        # "a revolver loaded with four bullets": what the gun held, never what was fired.
        population = listed = LOADED
        state = own_state = None
    elif kind == "count" and _fired(figure.counted, before, sentence):
        # "fired 11 shots", "11 rounds", "11 bullets", "fired eleven times": how many shots
        # were fired, whatever a report calls them.
        population = listed = "shots fired"
        state = own_state = None
    if kind == "duration" and (
        (_SENTENCED.search(before[-50:]) and not _term_of_office(before))
        or _IN_PRISON.match(f"{claim.text} {after[:60]}")
        or _served_sentence(before, document.text[: claim.start] if document else "")
    ):
        # "sentenced to 25 years", "a 25-year sentence", "25 years behind bars": a prison
        # term, whatever else the sentence says befell anyone; the most a charge can bring
        # ("faces up to 20 years") is another quantity than the term given.
        most = _AT_MOST_TERM.search(before[-50:])
        population = listed = "possible prison term" if most else "prison term"
        state = own_state = None
    purpose = None
    if kind == "money":
        # What a sum pays for is named many ways ("loans", "package", "the rescue", "to
        # save"): a sum is one quantity with another of its currency when the values
        # agree (see relation), whatever the words near it say happened; but two sums
        # whose words name different purposes ("bribes", "overcharged") are two sums.
        population = listed = "money"
        state = own_state = None
        purpose = money_purpose(figure.counted or "", claim.text, before, after)
    if state == "protesting" and population in _CROWDS:
        # A crowd is one count whatever the reports call its members ("protesters",
        # "union members", "people", "angry Greeks": no affiliation); women or children
        # among it are a part.
        population = listed = "people"
    if own_state is None and (
        _head(figure.counted) in _DWELLERS or _POPULATION_OF.search(before[-60:])
    ):
        # "120,000 residents", "a town of about 15,000 people": how many live there, whatever
        # else the sentence says befell the town; "a city of 2 million" counts its people.
        state = "living"
        if population == "unknown" and kind == "count":
            population = listed = _nearest(_POPULATION_WORDS, "people", None) or "people"
    crime = _CRIME.search(claim.text)
    if crime and (crime.group(1) or crime.group(2) or "").lower() in _NOT_A_CRIME:
        crime = None  # "three charges", "several more counts": how many, not which crime
    if _CHARGES.search(claim.text) or crime:
        # "two counts of murder", "three charges of assault": charges laid, not what
        # befell anyone; "four counts of aggravated murder" and "four murder charges" are
        # one count of the charges of one crime, however a report words them.
        state = own_state = None
        if crime and kind == "count":
            attempted = "attempted " if _ATTEMPTED.search(claim.text) else ""
            population = listed = f"charges of {attempted}{_head(crime.group(1) or crime.group(2))}"
        elif kind == "count" and _ATTEMPTED.search(claim.text) and population != "unknown":
            # "one count of attempted willful, deliberate, premeditated murder", its crime
            # past the words the pattern reads: still another crime than murder, and the
            # charges of it that "one count of attempted murder" counts.
            population = listed = f"{_CHARGES_OF}attempted {population.removeprefix(_CHARGES_OF)}"
    if own_state in _HARMS and (
        population == "unknown" or _nearest(_STATE_WORDS, population, None) in {"killed", "injured"}
    ):
        population = "civilians"  # "killing 10 and wounding 70": a harm counts people
        if own_state in {"killed", "injured", "hospitalised", "casualties"} or (
            own_state in _HARMS and _HARMED_AFTER.match(after[:60])
        ):
            # "Three die", "three hospitalised", "shoots 4", "40 were rescued": those a
            # death, an injury, a stay in hospital, a shot or a rescue befalls, named so.
            listed = population
    if (
        population in {"them", "those"}
        and kind == "count"
        and state in {"killed", "injured", "casualties"}
        and _nearest(_STATE_WORDS, "", (before[-25:].lower(), "")) == state
    ):
        # "executed two of them", "wounding three of those": the verb of harm right before
        # the number befell people, whoever "them" are.
        population = listed = "civilians"
    harmed = _HARMED_AFTER.match(after[:60])
    if population in _NO_NOUN and kind == "count" and harmed and not figure.vague:
        # "Two were killed and three wounded", "one later died": a number with no noun
        # whose own verb, right after it, is a death or an injury counts people.
        population = listed = "civilians"
        state = own_state = _nearest(_STATE_WORDS, harmed.group(1).lower(), None) or state
    if kind == "count" and (
        population == "unknown"
        or (figure.counted or "").lower() in _TOLL_VERBS
        or (figure.counted or "").lower() not in claim.text.lower()
    ):
        # "Death toll climbs to 45": a headline's verb read as what is counted counts
        # nothing; the toll before it is what the number carries. So does a bare number
        # whose noun was read from elsewhere in its sentence ("TALLIS - The death toll
        # rose to 20": the dateline's town is not what is counted).
        toll = _TOLL_BEFORE.search(before[-120:])
        if toll is not None:
            # "The death toll rose to 15", "the number of injured reached 40": the number
            # carries the toll's noun, whatever verb moves it.
            population = listed = "civilians"
            state = own_state = _nearest(_STATE_WORDS, toll.group("toll").lower(), None) or "killed"
    kin = kind == "count" and _head(figure.counted) in _KIN
    if kind == "count" and (
        _PARENT_OF.search(before[-40:])
        or (kin and _SURVIVED_BY.search(before))
        or (kin and state is None and _OWN_KIN.search(before[-12:]))
    ):
        # "a mother of 12 killed in crossfire", "a father of two", "a mother-of-two",
        # "survived by two sons", "one of her 12 children" (nothing else said of them): how
        # many children a person has, never a toll, whatever the sentence says befell the
        # parent; one with another report's only when the values agree (see relation).
        population = listed = PARENT_CHILDREN
        state = own_state = None
    if (
        kind == "duration"
        and population not in _LENGTHS_READ
        and (
            population in PERSONS
            or population in _PRONOUNS
            or _head(figure.counted) in _SERVICE
            or _a_span(figure.counted, after)
            or _spent(before, after)
            or _a_person(figure.counted, entities)
        )
    ):
        # "He had worked there for 12 years", "a 12-year veteran", "a 12-year member of the
        # board", "Varn had worked for the force for 15 years", "a 90-day stay", "90 days of
        # treatment": how long someone did something, read by nothing else the sentence
        # says befell people. One such length with another only when the values agree
        # (see relation).
        population = listed = PERSON_TIME
        state = own_state = None
    if kind == "duration" and figure.measure == TIME_LEFT:
        # "with 12 seconds left", "39 days left in office": the time until an event,
        # whatever else the sentence says; one with another only when
        # both values are bounded and agree (see relation).
        population = listed = TIME_LEFT
        state = own_state = None
    if is_age(claim):
        # "died Monday at 77", "He was 77.": one person's age at death (:mod:`.ages`).
        population = listed = AGE_AT_DEATH
        state = own_state = None
    if (
        state is None
        and kind == "count"
        and not crime
        and (
            _EMPLOYS.search(before[-40:])
            or (
                _staff(figure.counted)
                and (_WORKS_AT.match(after) or _OWNED_BY.search(before[-30:]))
            )
        )
        and not (figure.vague or figure.hedge == "vague")
    ):
        # "the firm's 150 employees", "it employs about 150 people", "150 workers work at
        # the plant": how many work there, whatever else the sentence says befell the
        # firm. Not a count of charges, nor of some staff ("seven workers hid").
        state = own_state = "employed"
        population = listed = "civilians"
    if population in PERSONS and kind == "count":
        clause = before[before.rfind(",") + 1 :][-40:]
        struck = _STRUCK.search(f"{clause} {claim.text} {after.split(',', 1)[0][:40]}")
        if (state in {None, "destroyed", "damaged"} and struck is not None) or (
            not own_state and _STRUCK_BEFORE.search(before[-30:])
        ):
            # "Two pedestrians were struck by a car", "hit by gunfire": a harm befell them,
            # dead or hurt, when no other word says which (a casualty count); "the car
            # struck two pedestrians, killing one" says what befell a part of them.
            state = own_state = "casualties"
        elif state in {"destroyed", "damaged"}:
            state = own_state = None  # "people affected": nothing is destroyed of people
        charged = _CHARGED_WITH_THEM.search(f"{claim.text} {after[:80]}")
        if charged is not None and state in {"arrested", None}:
            # "Three women he is accused of killing": those the charge says were harmed,
            # not those charged.
            # "Two women she's accused of shooting": hit by her shots, dead or hurt.
            harm = charged.group(1).lower()
            state = own_state = _nearest(_STATE_WORDS, harm, None) or (
                "casualties" if harm == "shooting" else state
            )
    if population == "other" and kind == "count" and state in _HARMS:
        # "the deaths of two others", "two others were hurt": people, like those before.
        population = listed = "civilians"
    if (
        own_state is None
        and population in PERSONS
        and kind == "count"
        and _CARRYING_BEFORE.search(before[-40:])
    ):
        # "A plane carrying 142 passengers": those a vehicle carried, a count its operator
        # keeps exactly, so two reports' different values dispute it (see ``ABOARD``);
        # whatever the sentence says befell some of them ("... overturned and 12 died").
        state = own_state = ABOARD
    if (
        state is None
        and population in PERSONS
        and kind == "count"
        and _PRESENT_AFTER.match(f"{claim.text[len(claim.text.split()[0]) :]}{after}")
    ):
        # "About 100 people were in the building", "five women were inside the church",
        # "12 passengers on board": how many were there when it happened.
        state = own_state = PRESENT
    relative = _WHO.search(claim.text)
    did = f"{claim.text[relative.start() :]}{after}" if relative else after
    deed = _DID_HARM.match(did)
    if deed is not None and deed.group("raid") and population not in SUBSETS | _ALL_PEOPLE:
        deed = None
    if (
        population in PERSONS
        and kind == "count"
        and (deed is not None or _BY_AGENT.search(before[-40:]))
        and not _DEED_NAMED.search(claim.text)
    ):
        # "Two officers fatally shot the teenager", "two gunmen killed three people": the
        # number is who did it, not whom it befell, whatever its sentence's words of harm;
        # so is the agent of a harm told in the passive ("three were killed by two gunmen").
        state = own_state = ATTACKING
    if (
        state is None
        and population in PERSONS
        and kind == "count"
        and (_CONVICTED_BEFORE.search(before[-30:]) or _CONVICTED_AFTER.match(after))
    ):
        # "A court convicted 12 defendants", "twelve defendants were found guilty": those a
        # verdict names are held in the case, at its last stage (see ``case_stage``), not
        # people of whom nothing is said.
        state = own_state = "arrested"
    # How many robbers there were is the count itself: what they did is the story
    # ("four robbers made off with the watches" are those who raided the store).
    if state is None and population == "robbers" and kind == "count":
        state = own_state = ATTACKING
    if population == "bodies" and state not in {None, "killed"} and kind == "count":
        # "14 bodies were recovered, and 30 people were taken to hospital", "rescuers pulled
        # out 12 bodies": bodies are the dead's; a state of the living the sentence tells
        # (in hospital, rescued, missing) is another count's, never theirs.
        state = own_state = None
    unsaid = state is None and population in PERSONS and population != "robbers"
    # One person among protesters ("one 16-year-old student") is a person, not a crowd.
    unsaid = unsaid or (state == "protesting" and (figure.high or figure.low) == 1)
    if (
        unsaid
        and state is None
        and kind == "count"
        and population not in _PRONOUNS
        and not (figure.vague or figure.hedge == "vague")
        and _nearest(_POPULATION_WORDS, (figure.counted or "").lower(), None) is not None
    ):
        # "Police said two women and one man, working for the bank, choked on smoke": people
        # of whom the sentence says nothing that befell them may be those another report
        # says were killed. One count with such a count only when the values agree (see
        # relation), never in dispute with it.
        state = UNSAID
        # Repeated words, or a sentence copied whole from another report, are one fact.
        said = _repeated(claim, places) or _copied_sentence(claim, document)
    elif unsaid and kind == "percent" and population not in _PRONOUNS:
        # "83.3 percent of Greeks": a share of people, most often a poll's, of whom nothing
        # else is said. One share with another only when the values agree (see relation).
        population = f"{SHARE}{population}"
    elif (
        population in _PRONOUNS
        or unsaid
        or (
            not listed
            and _head(figure.counted) not in _STATISTICS
            and _nameless(population, figure.counted, names)
        )
    ):
        # "60 percent of it", "12 of them" with nothing saying what, a number with no
        # counted noun, one "counting" a name or a month, or people of whom nothing says
        # what happened to them ("four people", "55 percent of respondents"): this
        # figure's own unknown, never the same as another's.
        # The same words for the same people at the same place in two reports ("several
        # dozen youths" in Athens, copied or relayed): one fact, whatever it counts.
        fact = _repeated(claim, places) if unsaid and population not in _PRONOUNS else None
        if fact is None:
            # A whole sentence two reports print word for word (a wire story run by two
            # outlets) tells one fact: its "two of them" are the same two in both.
            fact = _copied_sentence(claim, document) or claim.id
        population = f"{population} ({fact})"
    # A cause is read near the number only: a sentence often names several tolls.
    # "killed in Wednesday's bus bombing", "in the bombing": the story's event named, not
    # a way of dying that a part of its toll shares.
    # "in the flood-hit province": a place, not what its dead died of.
    cause = _nearest(_CAUSE_WORDS, _not_causes(f"{own} {claim.text.lower()}"), None) or _nearest(
        _CAUSE_WORDS, "", (_not_causes(before[-150:]), _not_causes(after[:60]))
    )
    such = _SUCH_CAUSES.search(f"{before} {claim.text}")
    told = sentence.lower().find(such.group(0).lower()) if such is not None else -1
    if told > 0:
        # "nine died of cholera ..., taking the toll from such causes to 47": the causes
        # its sentence named before.
        cause = _nearest(_CAUSE_WORDS, "", (_not_causes(sentence[:told]), "")) or cause
    if population == "unrest":
        cause = None  # the clashes are the unrest whose length is counted, not its cause
    if cause in DYING_OF and state != "killed":
        cause = None  # those treated for a disease or displaced by a flood died of nothing
    place = entities.get(claim.where or "")
    affiliation = (
        _affiliation(figure.measure, place, figure.counted)
        if population not in _SIDELESS
        and not population.startswith(("charges of ", "distance "))
        and not (state == "protesting" and population == "people")
        else frozenset()
    )
    people_of = _ALL_OF_A_PEOPLE.match(after) if kind == "count" and not affiliation else None
    if people_of is not None and named_noun(population):
        # "They had 26 crewmen aboard, all Somali nationals": the apposition names the
        # people all those counted belong to, as "26 Somali crewmen" would.
        affiliation = frozenset({people_of.group("people").lower()})
    where = claim.where
    unplaced = False
    if place is not None and (
        _named_otherwise_than_a_place(claim, document, place, places)
        or _a_vessel(place, document)
        or (population in _SETTLEMENTS and _one_of_them(claim, document, place, places))
        or (
            not (places and where and places.at_scene(where))
            and _seat_of_speaker(claim, document, place, places)
        )
    ):
        # "in Kathimerini daily", "governor Heydar Alishbandi told AFP": an outlet or a
        # person, whatever type the name was given, is no place the figure was counted at.
        # "The governor of Hormozgan said 50 were injured", "Qeshm Gov. X said ...": the
        # place names the office of the one who speaks, not where the figure was counted
        # (the story's scene aside: a figure there is compared at every level anyway).
        # A count of villages is not "in" a village the report names as one: "Ziranag,
        # one of the 12 worst-hit villages". A ship ("INS Orvel", "the frigate Orvel") is
        # where the figure was seen, wherever it sailed: the reports name that otherwise.
        where = place = None
        unplaced = True
    if kind == "magnitude" or population in _SHOCKS:
        # A shock has one size wherever it was measured or felt, and the aftershocks that
        # followed it are counted wherever they were recorded: the place is not a part.
        where = place = None
    personal = population in {PERSON_TIME, PARENT_CHILDREN, AGE_AT_DEATH, TIME_LEFT}
    if personal:
        # How long someone did something, how many children a parent has: a fact of the
        # person, wherever and whenever the sentence sets it.
        where = place = None
    if population == "casualty" and not affiliation:
        side = _casualty_side(before, claim.doc, entities)
        if side is not None:
            population, affiliation = "fighters", frozenset({side})
    ballot = None
    if kind == "tally":
        # One side of a vote: who voted (the body whose vote it is) and which side, never
        # what the sentence says the vote was about ("voted 10-2 to convict him of killing
        # two"): the majority and the minority are two counts, and a jury's votes are its
        # jurors whichever word a report counts them by.
        state, population = _tally_side(figure.qualifiers), _voting_body(figure, before, after)
        cause, affiliation = None, frozenset()
        ballot = _ballot(before, after)
    statistic = (
        gained
        or play
        or scored
        or passing is not None
        or (
            _head(figure.counted) in _STATISTICS
            and population != BLOCKS_AWAY
            and not (kind == "length" and _head(figure.counted) in _ONE_PLAY)
        )
    )
    game = (
        game_of_side(claim, document)
        if kind == "score"
        else game_of_line(claim, document, _named_at(claim, before, actors))
        if statistic
        else None
    )
    if game is not None and kind != "score":
        # A player's line is the game's wherever a report sets its sentence ("scored 14
        # points in Orvel"): the two teams tell it.
        where = place = None
    if kind == "duration" and population not in PERSONS:
        # How long a thing lasted ("a 10-second runoff", "a three-hour broadcast") is in no
        # state: "injured" or "left" in its sentence befell people.
        state = own_state = None
    if kind == "score":
        # Points and wins are in no state: "left", "injured" in a side's sentence ("Harrison
        # left with a knee injury in the 31-24 win") befell a player, never the score.
        state = own_state = None
    if kind == "score" and figure.qualifiers:
        # A side of a game or a record is whose its holder is (:func:`_side_holder`): the
        # team's own nickname is no force apart from its number ("the Sixers", "the
        # 76ers"), while the city before it still tells two cities' namesakes apart.
        named = figure.qualifiers[0].lower().split()[-1:]
        affiliation = frozenset(a for a in affiliation if a not in named)
        if game is not None:
            # A side of a result naming both teams is the game's: the team a report names
            # nearest is the beaten one in "beat the Owls", the winner in "lost to the Hawks".
            affiliation = frozenset()
    if state == "casualties" and kind == "count" and _shot_after_the_dead(claim, document):
        # "Two, she shot and killed. A third was also shot": the one shot after those
        # killed is the one who lived, counted among the wounded.
        state = own_state = "injured"
    narrowed = _narrowed(figure)
    role = False
    if (
        kind == "count"
        and own_state in _BEFALL_PEOPLE
        and state == own_state
        and not affiliation
        and _role_noun(population, counted)
    ):
        # "Six worshippers were killed" and "six people were killed": a harm only people (or
        # a few animals) suffer, told in the count's own words, says a noun no class of
        # people lists names people by their role. They are the people killed when the
        # values agree, as a part of them may be; two roles' counts stay apart unless so.
        narrowed, role = population, True
        population = listed = "civilians"
    # "Two men accused of killing a mother in Oct. 2011": the date tells the crime they are
    # charged with, not when they were counted; those charged are news now.
    undated = personal or (state == "arrested" and _crime_dated(claim, after))
    return Topic(
        ballot=ballot,
        unit=unit,
        kind=kind,
        state=state or "other",
        population=population,
        cause=cause,
        affiliation=affiliation,
        rate=bool(_RATE.search(after[:20]) or _RATE_BEFORE.search(before[-60:])),
        window=Window() if undated else _window(claim, document),
        place=where,
        place_is_point=place is not None and place.type in _FACILITY,
        scene=places.overlapping(where) if places and where else frozenset(),
        event=None if undated else _harm_event(claim, state, sentence, document),
        allies=frozenset(n for a in affiliation for n in (forces or {}).get(a, ())),
        at_home=not (places and where and place and place.type not in _FACILITY)
        or places.at_home(where),
        at_scene=bool(places and where and places.at_scene(where)),
        extra=(
            (
                _EXTRA.search(claim.text) is not None
                or (population in TERMS and _EXTRA_BEFORE.search(before[-20:]) is not None)
            )
            and not _others_of_another_harm(claim, document, before, state or "other")
        )
        or (_PART_OF.match(after) is not None and whole is None and kind_of is None)
        or (
            _PART_OF.search(claim.text) is not None
            and not _THERE.search(before[-20:])
            and whole is None
        )
        or (kind == "count" and _opens_aside(claim, document)),
        one_site=kind == "count"
        and (
            _ONE_SITE_AFTER.match(after) is not None or _ONE_SITE_BEFORE.search(before) is not None
        ),
        reported=_reported_days(document) if state == "protesting" else None,
        recalled=_recalled(None if undated else _event(claim), document),
        uncounted=population == "bodies" and figure.hedge == "vague",
        each=each_measured(claim.text) if kind == "count" else None,
        holders=places.inside.get(where, frozenset()) if places and where else frozenset(),
        namesakes=places.named_otherwise(where) if places and where else frozenset(),
        unplaced=unplaced,
        attacker=state in {"killed", "casualties", "injured"}
        and _WITH_ATTACKER.match(after) is not None,
        statistic=statistic,
        game=game,
        average=statistic
        and document is not None
        and average_told(document.text, claim.start, claim.end),
        holder=holder_of(claim, document, actors)
        if population == AGE_AT_DEATH
        else _side_holder(figure, game)
        if kind == "score"
        else _holder(claim, before, actors)
        if statistic
        else _sentenced(claim, before, actors)
        if population in TERMS
        else _faller(claim, before, actors)
        if population in (FALL, BODY_WEIGHT)
        else None,
        said=said,
        narrowed=narrowed,
        role=role,
        stage=_stage(claim, state, before, after)
        if population in PERSONS
        else _charge_stage(before)
        if _of_charges(population)
        else None,
        some_died=state == "casualties" and _some_died(sentence),
        purpose=purpose,
    )


def relation(a: Topic, b: Topic) -> tuple[Relation, str]:
    """How two figures' topics relate, with the reason when they are not the same.

    Args:
        a: One topic.
        b: The other.

    Returns:
        ``("same", "")``, or ``("close", reason)`` and ``("nested", reason)`` (the same
        when the values allow it: :func:`~.groups.measures`), ``("alike", reason)`` or
        ``("apart", reason)``.
    """
    if (a.unit, a.kind) != (b.unit, b.kind):
        return "apart", "different units"
    if a.ballot != b.ballot:
        # "voted 7-5 on the first ballot", "10-2 on the second": two votes of one body
        return "apart", "different votes"
    if a.population == b.population == AGE_AT_DEATH:
        # One person's age at death, whatever else the sentences say (:mod:`.ages`).
        return same_person(a, b)
    if {a.population, b.population} == {AGE_AT_DEATH, PERSON_TIME}:
        # "died at 77" beside years told as spent ("He was 77 years old" read so): one
        # life's years when they agree (:mod:`.ages`).
        return "nested", "an age at death and years someone spent are one when they agree"
    reasons: list[str] = []
    # What one figure says more precisely than the other: the same when the values agree.
    finer: list[str] = []
    if (
        a.population != b.population
        and _part_of_people(a.population, b.population)
        and not (a.extra or b.extra or a.uncounted or b.uncounted)
    ):
        # "A man was shot dead" and "one person was killed": one count when the values
        # agree; "two women" among "three people" killed are a part.
        sub = a.population if a.population in _PARTS_OF_PEOPLE else b.population
        finer.append(f"one counts only {sub}, the other all people")
    elif _robbers_named(a, b):
        # "Four robbers made off with the watches", "four men rammed their car into the
        # store": those who did the deed, one report naming them by their role.
        finer.append("one names those who did it by their role, the other as people")
    elif _crime_unsaid(a.population, b.population):
        # "three counts of murder" and "all three charges": the charges one report names the
        # crime of; one count when the values agree.
        finer.append("one names the crime charged, the other does not")
    elif _one_group_two_nouns(a, b):
        # "26 Somali pirates" and "26 Somali crew": members of one named group, each report
        # naming them by another noun; one count when the values agree.
        finer.append("one named group's members, named by two nouns")
    elif a.population != b.population:
        # "Casualties" names no side: it may count the others' dead, so it only looks alike.
        if "casualty" not in (a.population, b.population):
            return "apart", f"{a.population} vs {b.population}"
        other = b.population if a.population == "casualty" else a.population
        reasons.append(f"casualties of an unnamed side vs {other}")
    if a.narrowed != b.narrowed and a.kind == "count":
        # "27 overseas polling stations" and "more than 2,000 polling stations": the ones
        # abroad are a part of them all; one count only when the values agree.
        narrowing = " and ".join(f"'{w}'" for w in sorted(w for w in (a.narrowed, b.narrowed) if w))
        finer.append(f"counts narrowed by {narrowing} may be a part of another")
    if a.stage and b.stage and a.stage != b.stage and _of_charges(a.population):
        # "Charged with two counts of murder", "found guilty of two counts of murder": the
        # charges laid and the verdict on them are two facts of a case, told at different
        # times, even when their numbers agree.
        reasons.append(f"charges at different stages of a case ({a.stage}, {b.stage})")
    if a.each and b.each and a.each != b.each:
        # "Three 10-year sentences" and "three life sentences": things of different
        # measures are different things.
        return "apart", f"things each of {a.each} vs each of {b.each}"
    if a.purpose and b.purpose and a.purpose != b.purpose:
        # Money paid as bribes and the sum a company overcharged, a fine and damages: what
        # a report says a sum is for makes it the quantity it is.
        return "apart", f"a sum for {a.purpose} vs one for {b.purpose}"
    if a.rate != b.rate:
        return "apart", "a daily rate vs a total"
    if a.holder and b.holder and a.holder != b.holder and a.population in TERMS:
        # "Vesk was sentenced to 25 years", "his brother got 10 years": each man's own term.
        return "apart", "terms of different people"
    if a.population in (FALL, BODY_WEIGHT) and a.holder and b.holder and a.holder != b.holder:
        # "Corran fell about 60 metres", "Dalby fell about 600m": two people's falls, as
        # two people's weights are two quantities.
        return "apart", f"{a.population} of different people"
    if a.holder and b.holder and a.holder != b.holder:
        # "Smith scored 22 points", "Jones added 24 points": two players' statistics.
        return "apart", "statistics of different players or teams"
    if a.game and b.game and not a.game.same(b.game):
        # The Hawks' game with the Owls and the Foxes' with the Bears, or the Hawks' games
        # of two days: two games' quantities.
        return "apart", "quantities of different games"
    if a.statistic and b.statistic and a.average != b.average:
        # "averaging 15.5 points per game" and "scored 15 points": a season's average is
        # no game's total.
        return "apart", "a per-game average vs one game's total"
    if (a.statistic or b.statistic) and not (a.game and b.game and a.game.same(b.game)):
        # A player's points are told of a game, a season's average or a career, and
        # reports seldom say which: one statistic only when the values agree, unless both
        # are told of one game (:mod:`~.matches`).
        finer.append("a game's statistic may be of another game, a season or a career")
    sides_a, sides_b = _sides(a.affiliation), _sides(b.affiliation)
    if sides_a and sides_b and not sides_a & sides_b:
        if not (sides_a & _sides(b.allies) or sides_b & _sides(a.allies)):
            return "apart", "different forces or groups"
        first, second = sorted((_title(a.affiliation), _title(b.affiliation)))
        reasons.append(f"the reports make {first} and {second} parts of one another")
    things = a.population not in PERSONS
    if a.state == b.state == UNSAID and (a.said is None or a.said != b.said):
        # Two counts of people of whom nothing is said ("1,000 people", "1,000 people")
        # agree by chance: nothing says they count the same people, unless a report repeats
        # another's words at the same place.
        return "apart", "people of whom nothing is said"
    if {a.state, b.state} & QUIET and a.state != b.state:
        # "Two women" of whom nothing is said and "two women were killed": the same people
        # only when the values agree; so are "two women were at work upstairs", told only
        # as there.
        finer.append("one says nothing of what befell those it counts")
    elif a.state != b.state and not (things and "other" in (a.state, b.state)):
        # A count of things whose state one report leaves unsaid ("seven villages") is the
        # same as another's "seven villages destroyed"; a count of people never is, but
        # for a count that may be all of another's or a part (see ``LINKED_STATES``).
        first, second = sorted((a.state, b.state))
        at_scene = {first, second} <= _AT_THE_SCENE
        if at_scene and a.population == b.population == "security forces":
            # "Two officers responded to the call", "two officers opened fire": the force's
            # members at the scene, told by what they did there.
            finer.append(f"'{first}' and '{second}' tell one force at the scene when they agree")
        elif second in LINKED_STATES.get(first, ()) and not (at_scene or a.extra or b.extra):
            finer.append(f"'{first}' and '{second}' are one count only when they agree")
        elif (first, second) == SHOT_HURT and not (a.extra or b.extra):
            # "He shot two men", "two men were wounded": those shot are those wounded when
            # both counts are exact and the same (see groups); otherwise some may have died.
            finer.append("those shot are those wounded only when the counts are the same")
        elif "casualties" in (a.state, b.state) and {a.state, b.state} <= _TOLLS:
            reasons.append(f"'{first}' and '{second}' are not the same count")
        else:
            return "apart", f"{a.state} vs {b.state}"
    if a.cause != b.cause:
        if a.cause and b.cause:
            return "apart", f"killed by {a.cause} vs by {b.cause}"
        known = a.cause or b.cause
        if known not in DYING_OF:
            finer.append(f"one names a cause ({known}), the other none")
    if a.attacker != b.attacker:
        # "Three people, including the gunman, died" and "killing two people": the same
        # count only when the values agree.
        finer.append("one counts the attacker among the dead, the other does not")
    if a.extra != b.extra:
        # "another 20", "two other buildings": those beyond the ones said before, not all;
        # the same count only when the values agree ("five other workers were rescued",
        # "five people were rescued" tell one rescue).
        finer.append("one counts only further ones ('other', 'another'), the other all")
    elif a.extra:
        # Two such counts may add to different ones: the same only when the values agree.
        finer.append("each counts only further ones ('other', 'another')")
    if a.one_site != b.one_site:
        # "30 died at one hospital" beside "48 were killed": a part of the toll, the same
        # count only when the values agree.
        finer.append("one counts those at one site only, the other all")
    elif a.one_site:
        finer.append("each counts those at one site, which may be two sites")
    tolls = {a.state, b.state} <= _TOLLS
    stock = a.state in _STOCKS and b.state in _STOCKS
    lasting = bool({a.cause, b.cause} & _LASTING)
    window = None if stock else _window_relation(a.window, b.window, tolls=tolls, lasting=lasting)
    quiet = not {a.state, b.state} - {"other", UNSAID}
    # A sum told without words of a running total may be that total all the same ("a hit
    # with more than $363 million in the till"): sums are compared by their values below.
    if window is None and quiet and a.window.so_far != b.window.so_far and a.kind != "money":
        # "So far, the navy has confiscated 19 rifles": the running total of a campaign,
        # never what one of its acts seized ("nine rifles were seized"); a toll, arrests or
        # homes destroyed told "so far" are the one count as it rises.
        window = "alike", "one is a running total so far, the other the count of one act"
    if window is not None:
        verdict, why = window
        if verdict == "apart":
            return "apart", why
        reasons.append(why)
    if a.event and b.event:
        gap = _gap(a.event, b.event)
        if gap > EVENT_GAP:
            return "apart", f"different events ({_month(a.event)} and {_month(b.event)})"
        if gap > 0 and "protesting" in (a.state, b.state):
            # A crowd is counted on its day: two days' marches are two crowds.
            return "apart", f"gatherings on different days ({_day(a.event)}, {_day(b.event)})"
        if gap > 0 and a.kind == "magnitude":
            # A shock happens at one moment: shocks of two days are two shocks.
            return "apart", f"shocks on different days ({_day(a.event)}, {_day(b.event)})"
        if gap > 0 and a.population == FALL:
            # A fall happens at one moment: falls of two days are two people's falls.
            return "apart", f"falls on different days ({_day(a.event)}, {_day(b.event)})"
    elif "protesting" in (a.state, b.state) and (a.event or b.event):
        # A crowd of a stated day and one of no stated day may be two gatherings, unless
        # the report that states no day was published that day or the next: a report's
        # crowd of no stated day is the one of its own day. A report dated only to a range
        # of days may have come out on any of them.
        dated, undated = (a, b) if a.event else (b, a)
        day = _day(dated.event)  # type: ignore[arg-type]
        told = undated.reported
        held = dated.event[0]  # type: ignore[index]
        if told is None or not (told[0] <= held + 1 and told[1] >= held):
            reasons.append(f"a gathering on {day} and one of no stated day")
    place = _place_relation(a, b)
    if place == "apart" and a.population == FALL:
        # Reports set one fall on the mountain, the park, the glacier or the country it is
        # in: the one who fell, and the day, tell two falls apart, never the place named.
        place = "scene"
    elif place == "apart" and a.population in TERMS:
        # A prison term is set where its report is datelined, where the court sat or where
        # the prison lies: the one who serves it tells two terms apart, never the place.
        place = "scene"
    news = b if a.recalled else a
    if (
        a.recalled != b.recalled
        and not (a.event and b.event)
        and (place == "apart" or (place != "same" and news.at_scene))
        and not _of_a_case(a.population)
    ):
        # "In December 2003, Bam was razed by a quake that left more than 31,000 dead", and
        # a toll of no date in another town, or at the story's scene: an earlier event a
        # report recalls, and the news; never one toll.
        return "apart", "an earlier event a report recalls vs news of another place"
    if place == "apart" and _unrelated_at_home(a, b):
        # Two places of the story's country that no report relates: a report often sets a
        # figure in the last place it named, so one toll lands in two towns. One quantity
        # when the values agree; never two crowds, counted where each gathered.
        finer.append("two places in the story's country that no report links")
    elif (
        place == "apart" and a.kind == "money" and a.purpose is not None and a.purpose == b.purpose
    ):
        # Bribes paid in one country to officials of another: a report sets a sum where
        # its sentence is set, and what the sum is for says more. Two sums for one purpose
        # are one when the values agree, wherever the reports place them.
        finer.append(f"one purpose, {a.purpose}, placed in two places")
    elif place == "apart":
        reasons.append("different places")
    if reasons:
        return "alike", "; ".join(reasons + finer)
    if place == "nested" and a.kind != "duration":
        # How long something lasted in a place is how long it lasted in the place holding
        # it: a length of time is no sum over places.
        finer.append("one place lies inside the other, and a part may be counted")
    if (
        a.kind == "money"
        and not (a.purpose == b.purpose and a.purpose in SINGLE_PURPOSES)
        and not (a.window.so_far and b.window.so_far)
    ):
        # An event has one ransom, one bail: two reports' ransoms are one sum, and values
        # that differ disagree; so are two sums told as a running total ("has grossed $368
        # million", "has already taken $459 million"), one total as it grows. Any other sum
        # is one with another only when they agree.
        finer.append("sums of money are one only when their values agree")
    if a.state == PRESENT:
        finer.append("how many were there is one count only when the values agree")
    if a.state == "responding":
        finer.append("how many were sent to the scene is one count only when the values agree")
    if a.population == PERSON_TIME:
        finer.append("how long someone did something is one length only when they agree")
    if a.stage and b.stage and a.stage != b.stage and not _of_charges(a.population):
        # "Three teens were arrested", "two youths were charged": not everyone arrested is
        # charged, nor everyone charged convicted; one count only when the values agree.
        finer.append(f"people counted at different stages of a case ({a.stage}, {b.stage})")
    if a.population == TIME_LEFT:
        finer.append("the time until an event is one only when they agree")
    if a.population == PARENT_CHILDREN:
        finer.append("how many children a parent has is one count only when they agree")
    if a.population == BLOCKS_AWAY:
        finer.append("distances in city blocks are one only when they agree")
    if a.population == MARGIN_OF_ERROR:
        finer.append("each poll has its own margin of error: one only when they agree")
    if a.population.startswith(SHARE):
        finer.append("shares of people of whom nothing else is said are one when they agree")
    if finer:
        return "nested", "; ".join(finer)
    if place == "scene":
        return "close", "one names the story's scene more broadly than the other"
    return "same", ""


# A possessive right after a counted noun: the noun it owns is what is counted ("three of
# the plant's workers"); the first plural after it, past at most one word describing it.
_POSSESSED = re.compile(r"^\s*['’]s?\s+(?:[a-z-]+\s+)??([a-z-]+s)\b")
_LEFT_HOMELESS = re.compile(
    r"^\s*(?:(?:were|was|are|is|have|has|had|been)\s+)*left\s+"
    r"(?:homeless|without\s+(?:a\s+)?(?:homes?|shelter))\b",
    re.IGNORECASE,
)
# A count of some of a group ("three of the five people shot", "two of them"): the words
# after "of" name the group up to the clause's own verb, which says what befell the count.
_OF_GROUP = re.compile(
    r"^\s*(?:[\w.,-]+\s+){1,3}?of\s+(?:the|those|them)\b(?P<rest>.*)$", re.IGNORECASE | re.DOTALL
)
_OWN_VERB = re.compile(
    r"\b(?:have|has|had|were|was|are|is|later|subsequently|since|then|died|dies|die|remain|"
    r"remains|remained)\b",
    re.IGNORECASE,
)
# Words naming those an attack befell, dead or hurt: "the people shot", "the victims".
_ATTACK_BEFELL = re.compile(
    r"\b(?:shot|stabbed|struck|hit|attacked|victims?|casualties|gunshot\s+victims)\b",
    re.IGNORECASE,
)
# A participle of harm right after a counted noun ("five people shot at the office", "the
# 12 miners killed"), or after "who were".
_PARTICIPLE = re.compile(
    r"^\s*(?:(?:who|that)\s+(?:were|was|had\s+been|have\s+been)\s+)?"
    r"(shot\s+dead|shot|killed|wounded|injured|hurt|stabbed)\b",
    re.IGNORECASE,
)


# A count of things and the "and" that joins a second count to it in its clause ("30
# homes were destroyed and about 200 damaged"); the second names no noun of its own.
_FIRST_COUNT = re.compile(
    r"\b(?:\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens|hundreds|thousands))\s+([a-z-]+s)\b[^.;:]*?\band\s+(?:(?:about|some|nearly|"
    r"almost|around|roughly|at\s+least|more\s+than|over|another)\s+)?$",
    re.IGNORECASE,
)


# "N of them" and a count of things just before it in its clause, after a comma or a dash.
_OF_THEM = re.compile(r"\bof\s+them$", re.IGNORECASE)
_THINGS_BEFORE = re.compile(
    r"\b(?:\d[\d,.]*|dozens|hundreds|thousands)\s+([a-z-]+s)\b[^.;:,]*[,\u2014-]\s*$",
    re.IGNORECASE,
)


# A count of things a later "N of them" takes up: a number, at most two words, a plural.
_THINGS_COUNTED = re.compile(
    r"\b(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|dozens|hundreds)"
    r"\s+(?:[a-z-]+\s+){0,2}?([a-z-]*[a-rt-z]s)\b(?<!ous)(?<!is)",
    re.IGNORECASE,
)
_THINGS_NAMED = re.compile(
    r"\b(the)\s+(?:[a-z-]+\s+){0,2}?([a-z-]*[a-rt-z]s)\b(?<!ous)(?<!is)", re.IGNORECASE
)
# A plural noun in the clause before "N of them": "them" takes that up, not a noun before.
_THINGS_NEAR = re.compile(r"\b[a-z-]+s\b", re.IGNORECASE)


def _things_told_before(claim: Claim, document: Document | None) -> str | None:
    """The things the sentence before counts, that a sentence opening on "two of them"
    takes up ("a group of five suspicious boats approached. While two of them escaped,
    ..."): the plural noun of its last count larger than the figure's own; None when it
    counts none."""
    figure = claim.figure
    if document is None or figure is None or figure.low is None:
        return None
    text = document.text
    begin, _ = _sentence_of(text, claim.start, claim.end)
    if begin <= 0 or "\n\n" in text[max(0, begin - 2) : begin]:
        return None
    first, _ = _sentence_of(text, begin - 1, begin - 1)
    last = None
    for found in _THINGS_COUNTED.finditer(text, first, begin):
        word = found.group(1).lower()
        value = _NUMBER_WORDS.get(word) or (
            float(word.replace(",", "")) if word[0].isdigit() else 20.0
        )
        if value > figure.low:
            last = found
    if last is None:
        # "the skiffs tried to escape. While two of them managed to flee": things the
        # story counted already, named again with "the".
        for found in _THINGS_NAMED.finditer(text, first, begin):
            last = found
    return last.group(2) if last is not None else None


def _shared_noun(text: str, counted: str | None, before: str) -> tuple[str, str] | None:
    """The noun and the state word of a number that names only a state ("about 200
    damaged"), when the count before it in its clause names things: (noun, state word)."""
    rest = _LEADING_NUMBER.sub("", text, count=1).split()
    if len(rest) != 1 or _nearest(_STATE_WORDS, rest[0].lower(), None) is None:
        return None
    if counted and _head(counted) != _head(rest[0]):
        return None
    first = _FIRST_COUNT.search(before)
    if first is None:
        return None
    noun = first.group(1)
    if _nearest(_POPULATION_WORDS, noun.lower(), None) is not None:
        return None  # people: "three killed and 12 injured" is read as people already
    return noun, rest[0]


def _all_of_a_harm(text: str, before: str, after: str) -> str | None:
    """The state of a count of some of those an attack befell that its own verb names, when
    it is all whom that harm befell: "three of the five people shot have died", "two of
    the victims were wounded", "five people were shot, and three of them died". A shooting
    or a blow befalls everyone it harmed, so the dead among them are the whole toll and the
    wounded all the wounded. Of a group in another state ("two of the injured later died")
    the count is a part, or adds to a toll told before: None then."""
    found = _OF_GROUP.match(text + after)
    if found is None:
        return None
    rest = found.group("rest")
    ahead = _HARM_BEFORE.search(before)
    verb = _OWN_VERB.search(rest)
    if ahead is not None:
        # "shot four people, killing two of them": the verb before the count is its own.
        group, own, before = rest, ahead.group(1), before[: ahead.start()]
        pool = _OWN_VERB.split(re.split(r",|;|\band\b", group, maxsplit=1)[0], maxsplit=1)[0]
        if not _pronoun_of(found) and not states_in(pool) and not _ATTACK_BEFELL.search(pool):
            # "the gunman killed two of the workers": those of a staff or a crowd the
            # harm befell, of whom no harm was told before, are all it befell.
            state = _nearest(_STATE_WORDS, own.lower(), None)
            return state if state in {"killed", "injured"} else None
        if _pronoun_of(found):
            # "accused of shooting three co-workers, killing two of them", "found her foes
            # in a break room and executed two of them": the harm right before the count
            # befell those two, the whole of it, unless the words naming "them" already
            # told that harm ("five were wounded, wounding two of them" is no new toll).
            # Only the words just before name them: a "murder trial" that opens the
            # sentence tells nothing of what befell "them".
            state = _nearest(_STATE_WORDS, own.lower(), None)
            named = before[-_ANTECEDENT:]
            if state in {"killed", "injured"} and not states_in(named) & {"killed", "injured"}:
                return state
            return None
    elif verb is not None:
        group, own = rest[: verb.start()], rest[verb.start() :]
    else:
        return None
    named = before if _pronoun_of(found) else group
    if not _ATTACK_BEFELL.search(named) or states_in(named) & {"killed", "injured"}:
        return None
    state = _nearest(_STATE_WORDS, own.lower(), None)
    return state if state in {"killed", "injured"} else None


def _pronoun_of(found: re.Match[str]) -> bool:
    """Whether a count of some of a group names the group by a pronoun ("two of them")."""
    return re.search(r"\bof\s+them\b", found.group(0)[: found.start("rest")], re.I) is not None


# A verb of a harm right before the count it befell ("killing two of them").
_HARM_BEFORE = re.compile(
    rf"\b(killing|killed|executing|executed|wounding|wounded|injuring|injured)\s+"
    rf"(?:{_HEDGE_WORDS})?$",
    re.IGNORECASE,
)
_ANTECEDENT = 50
"""Characters before a harm's verb that name those "them" stands for ("accused of shooting
three co-workers, killing two of them")."""


def _others_of_another_harm(
    claim: Claim, document: Document | None, before: str, state: str
) -> bool:
    """Whether "other" sets the people a count's own harm befell apart from those another
    harm befell, told just before in its clause ("killing two people and wounding five
    other people", "two dead and three other people hurt") or in the sentence before, of
    no harm of its own ("One man died. Two other people were taken to hospital"): they are
    all whom their harm befell, not those beyond a count of their own ("two died on Monday
    and two other people on Tuesday")."""
    words = {m.group(0).lower() for m in _EXTRA.finditer(claim.text)}
    if not words or words - {"other", "others"} or state not in _HARMS:
        return False
    linked = {state, *LINKED_STATES.get(state, ())}
    if (states_in(before) & _HARMS) - linked:
        return True
    if document is None or states_in(before) & _HARMS:
        return False
    begin = _sentence_of(document.text, claim.start, claim.end)[0]
    if begin <= 1:
        return False
    start = _sentence_of(document.text, begin - 2, begin - 1)[0]
    told = states_in(document.text[start:begin]) & _HARMS
    return bool(told) and not told & linked


_NARROWING = re.compile(r"\b(overseas|abroad|foreign|domestic|rural|urban|international)\b")
"""Words that narrow a count to a part of what a bare count of its noun counts, by where
the things counted are: the polling stations abroad are a part of all of them."""


def _narrowed(figure: Figure) -> str | None:
    """The word among a figure's qualifiers that narrows its count by where the things
    counted are (:data:`_NARROWING`), if any."""
    found = _NARROWING.search(" ".join(figure.qualifiers).lower())
    return found.group(1) if found else None


_BEFALL_PEOPLE = _HARMS_OF_PEOPLE | {"killed"}
"""Harms that befall people (a few of them animals too), never things or events."""


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "men", "ee", "ic", "ar")
"""The endings of English nouns naming one who does or is something."""


def _role_noun(population: str, counted: str | None) -> bool:
    """Whether a count's population is its own noun's head, one word that no class of
    people, kind of thing or party lists, made as English makes a name for one who does or
    is something ("worshippers", "biologists", "fishermen", "attendants"): a role people may
    be counted by; never a thing's name ("businesses", "cattle")."""
    return (
        population == _head(counted)
        and population.isalpha()
        and population.endswith(_AGENT_ENDINGS)
        and population not in PERSONS
        and population not in _NO_NOUN
        and population not in _MADE_THINGS
        and population not in _PRONOUNS
        and population not in _STATISTICS
        and population not in _SAME_PARTY.values()
        and population not in _SAME_THING.values()
    )


def _of_charges(population: str) -> bool:
    """Whether a population counts charges ("two counts of murder", "three charges")."""
    return population == _CHARGE or population.startswith(_CHARGES_OF)


def _of_a_case(population: str) -> bool:
    """Whether a population is a court case's: a prison term, or charges.

    A profile or an obituary recalls a case years on ("serving a 12-year sentence imposed
    in 2009", "pleaded guilty in 1988 to one count of fraud"), and sets it where its
    sentence is set: the court's town, the prison's, the dateline. A term or a charge is
    its holder's, wherever it is told, so a recalled one is never another place's news."""
    return population in TERMS or population == _CHARGE or population.startswith(_CHARGES_OF)


def _crime_unsaid(first: str, second: str) -> bool:
    """Whether one population counts charges of a named crime and the other charges of no
    named crime."""
    return {first, second} & {_CHARGE} != set() and any(
        p.startswith(_CHARGES_OF) for p in (first, second)
    )


_CHARGE = "charge"
_CHARGES_OF = "charges of "


def _part_of_people(first: str, second: str) -> bool:
    """Whether one population is a class of people (men, women, children, or the bodies
    of the dead a report counts as found) and the other all people."""
    return (first in _PARTS_OF_PEOPLE and second in _ALL_PEOPLE) or (
        second in _PARTS_OF_PEOPLE and first in _ALL_PEOPLE
    )


# A measure each counted thing has, told before its noun at the count's end: "three 10-year
# sentences", "two 40 - foot containers"; or a term for life ("three life sentences").
_EACH_MEASURED = re.compile(
    r"(?:\b(?P<number>\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|hundred)\s*-\s*(?P<unit>[a-z]+)|\b(?P<life>life))"
    r"\s+(?P<noun>[a-z]+)$",
    re.IGNORECASE,
)
_LIFE_TERMS = frozenset({"sentence", "sentences", "term", "terms"})
_COUNT_BEFORE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|"
    r"several|many|hundreds|thousands)\b",
    re.IGNORECASE,
)
"""The count itself, before a measure each counted thing has ("three 10-year sentences")."""


def each_measured(text: str) -> str | None:
    """How long or how large each thing a count counts is, by the words of the count
    ("three 10-year sentences": ``10 year``; "two 40-foot containers": ``40 foot``; "three
    life sentences": ``life``), or None when they say neither. Things of different
    measures are different things: "three 10-year sentences" and "three life sentences"
    are two sets of sentences, whatever the counts."""
    said = " ".join(text.split())
    found = _EACH_MEASURED.search(said)
    if found is None or not _COUNT_BEFORE.search(said[: found.start()]):
        return None  # "a one-seat majority": the number hyphened is the count itself
    if found.group("life"):
        return "life" if found.group("noun").lower() in _LIFE_TERMS else None
    unit = found.group("unit").lower()
    if unit in _NOT_EACH:
        return None
    return f"{found.group('number').lower()} {unit.rstrip('s')}"


# Words hyphened to a number that say what the number is, not a measure of each thing:
# "a 3 - year - old", "a two - thirds majority", "a 5 - 4 vote".
_NOT_EACH = frozenset({"old", "thirds", "fourths", "fifths", "quarters", "halves", "percent"})


def named_noun(population: str) -> bool:
    """Whether a count's population is a noun no class of people lists and no measure of
    its own (a name, a pronoun, no noun at all), nor a kind of made thing: a count of it
    may name the group its members belong to (:func:`named_group`)."""
    return (
        population not in PERSONS
        and "(" not in population
        and population not in _NO_NOUN
        and population not in _MADE_THINGS
    )


def named_group(topic: Topic) -> bool:
    """Whether a count names the group its members belong to ("26 Somali pirates": a
    people, an organisation) by a noun no class of people lists, and is no measure of its
    own (a name, a pronoun): a count :func:`_one_group_two_nouns` may set beside another
    noun's."""
    return (
        topic.kind == "count"
        and bool(topic.affiliation)
        and topic.population not in PERSONS
        and "(" not in topic.population
        and topic.population not in _NO_NOUN
    )


def _one_group_two_nouns(a: Topic, b: Topic) -> bool:
    """Whether two counts name members of one named group by two nouns no class of people
    lists (:func:`named_group`): "26 Somali pirates" and "26 Somali crew", "12 Orvel
    smugglers" and "12 Orvel crew". A report names a set by the role it plays in the
    story or by what it is; the group both name is what says the two counts may be of one
    set, so they are one count when the values agree. Classes of people the tables know
    apart ("Somali soldiers", "Somali civilians") stay apart."""
    return (
        a.population != b.population
        and named_group(a)
        and named_group(b)
        and bool(_sides(a.affiliation) & _sides(b.affiliation))
    )


def _robbers_named(a: Topic, b: Topic) -> bool:
    """Whether one figure counts robbers and the other people (men, all people) who did a
    deed, or of whom nothing is said: the same doers, when the values agree."""
    robbers, people = sorted((a, b), key=lambda t: t.population != "robbers")
    return (
        robbers.population == "robbers"
        and robbers.state == ATTACKING
        and people.population in SUBSETS | _ALL_PEOPLE
        and (people.state == ATTACKING or people.state in QUIET)
    )


def people_key(population: str) -> str:
    """The population a class of people is a part of, for finding figures that may be one
    count ("men" -> "civilians"), and charges whatever crime they name ("charges of murder"
    -> "charge"); any other population itself."""
    if population.startswith(_CHARGES_OF):
        return _CHARGE
    if population == AGE_AT_DEATH:
        return PERSON_TIME  # an age at death may be told as years spent (see relation)
    return "civilians" if population in _PARTS_OF_PEOPLE or population == "robbers" else population


_SIDES_OF_A_VOTE = {"in the majority": "majority", "in the minority": "minority"}
_TIED = "on each side"
# Who votes as the body they vote in: a jury's jurors, a court's justices; a bare "votes"
# count is a body's named in the sentence ("the Senate voted 60-40", "a council vote").
_VOTERS = {"jurors": "jury", "justices": "court", "judges": "judges"}
_BODIES = (
    r"\b(jury|juries|court|justices|judges|senate|house|assembly|parliament|council|board|"
    r"committee|congress|legislature|union|cabinet|panel)\b"
)
# Voters a body's name says more of: "lawmakers passed it by 60 votes to 40 in the Senate".
_MEMBERS = re.compile(r"\b(lawmakers|legislators|shareholders|members|delegates)\b", re.I)
_BODY = re.compile(_BODIES, re.IGNORECASE)
# Whose vote it is, right after the tally: "a 60-40 vote of the council", "by 302 votes to
# 221 in the assembly".
_BODY_AFTER = re.compile(
    rf"^[^.;,]{{0,40}}?\b(?:of|by|in|from)\s+(?:the\s+|its\s+)?(?:\w+\s+)?{_BODIES}",
    re.IGNORECASE,
)
_BODY_SAME = {"juries": "jury", "justices": "court"}
# A vote told as one of several of one body: "on the second ballot", "a final vote", "the
# first count".
_ORDINAL_VOTE = (
    r"\b(first|second|third|fourth|fifth|initial|preliminary|runoff|run-off)[\s-]+"
    r"(?:\w+\s+)?(?:ballot|vote|round|count|poll|reading)s?\b"
)
_BALLOT = re.compile(rf"{_ORDINAL_VOTE}[^.;]*$|^[^.;]*?{_ORDINAL_VOTE}", re.IGNORECASE)


def _tally_side(qualifiers: Sequence[str]) -> str:
    """Which side of a vote a tally figure counts: ``majority``, ``minority``, ``tied``."""
    for said in qualifiers:
        if said in _SIDES_OF_A_VOTE:
            return _SIDES_OF_A_VOTE[said]
        if said == _TIED:
            return "tied"
    return "other"


def _voting_body(figure: Figure, before: str, after: str) -> str:
    """Whose vote a tally counts, as the body that voted ("votes of the jury"): a jury's
    jurors and a vote of the jury are one count; the Senate's votes and a council's two."""
    counted = (figure.counted or "").lower()
    body = _VOTERS.get(counted)
    if body is None:
        # the body nearest before the number ("the Senate voted 60-40"), else the first after
        # it ("a 60-40 vote of the council")
        found = (
            [*_BODY.finditer(before)][-1:]
            or [m for m in [_BODY_AFTER.match(after)] if m]
            or [*_MEMBERS.finditer(before)][-1:]
        )
        body = found[0].group(1).lower() if found else None
    body = _BODY_SAME.get(body or "", body)
    return f"votes of the {body}" if body else "votes"


def _ballot(before: str, after: str) -> str | None:
    """Which of a body's votes a tally is, when its words say ("on the second ballot", "a
    first-round vote of 7-5"); a vote no word numbers is the body's only one told."""
    found = _BALLOT.search(before[-80:]) or _BALLOT.match(re.split(r"[,;]", after, maxsplit=1)[0])
    return next(word.lower() for word in found.groups() if word) if found else None


def _unrelated_at_home(a: Topic, b: Topic) -> bool:
    """Whether two figures' places are both in the story's country, with nothing said of how
    they relate, and neither counts a crowd."""
    if a.place is None or b.place is None or "protesting" in (a.state, b.state):
        return False
    return a.at_home and b.at_home


def _title(names: frozenset[str]) -> str:
    """A group's name as a reader writes it ("Euphrates Wrath", "US Marines", "YPG"): its
    words came capitalised from the reports and are kept in lower case for comparing, so
    they are cased back as a name written in capitals is (:func:`.acronyms.unshout`:
    acronyms keep their capitals, other words a capital and lower case)."""
    name = min(names, key=lambda n: (len(n), n))
    return unshout(name.upper())


def _place_relation(a: Topic, b: Topic) -> Literal["same", "scene", "nested", "apart"]:
    """Equal or unknown places are the same; the story's scene and the places holding it are
    one scene named at different levels; other overlapping ones nested; others apart."""
    if (a.place is None and not b.at_home) or (b.place is None and not a.at_home):
        # A report's figure with no place is about the story's own country, never about
        # another country's event it mentions beside it.
        return "apart"
    if a.place is None or b.place is None or a.place == b.place or b.place in a.namesakes:
        return "same"
    if a.place_is_point or b.place_is_point:
        # A facility is a point in the story's country: the same scene as any place there,
        # never a place in another country.
        return "same" if a.at_home and b.at_home else "apart"
    if not (b.place in a.scene or a.place in b.scene):
        return "apart"
    return "scene" if a.at_scene and b.at_scene else "nested"


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two date ranges (0 when they overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _day(event: tuple[int, int]) -> str:
    return dt.date.fromordinal(max(1, event[0])).isoformat()


def _month(event: tuple[int, int]) -> str:
    return dt.date.fromordinal(max(1, event[0])).strftime("%B %Y")


def _recalled(event: tuple[int, int] | None, document: Document | None) -> bool:
    """Whether a figure's event ends more than ``EVENT_GAP`` days before its report came
    out: an earlier event the report recalls ("in December 2003"), not its news."""
    reported = _reported(document)
    return event is not None and reported is not None and reported - event[1] > EVENT_GAP


def _reported(document: Document | None) -> int | None:
    """The day a report was published (kept for crowds only: see ``relation``)."""
    if document is None or document.published.date is None:
        return None
    return _date(document.published.date) or None


def _reported_days(document: Document | None) -> tuple[int, int] | None:
    """The first and last day a report may have been published on (kept for crowds only:
    see ``relation``): one day twice, or the range an inferred date leaves."""
    first = _reported(document)
    if first is None or document is None:
        return None
    last = _date(document.published.latest or "") or first
    return first, max(first, last)


_COURT_STEP = re.compile(
    r"\b(?:trial|hearing|jury|jurors|sentenced|sentencing|arraigned|arraignment|pleaded|plea|"
    r"verdict|convicted|testified|testimony|extradited|extradition|indicted|indictment)\b",
    re.IGNORECASE,
)
"""Words of a step a court takes: a sentence telling one dates the step, not the crime (a
court or a judge named alone may be where or whom a harm befell)."""
_COURT_NEWS_DAYS = 7
"""How near its report's day a date must lie to be read as the court step's news day."""


def _harm_event(
    claim: Claim, state: str | None, sentence: str, document: Document | None
) -> tuple[int, int] | None:
    """The days a figure's event is dated to (:func:`_event`), but for a harm told in a
    sentence of a court step, dated to its report's week: "the trial of the woman accused of
    shooting three co-workers starts Monday" dates the trial, and the shooting it recalls may
    lie years before. Such a harm's day is unknown; "accused of killing two in 2011" keeps
    its own date, which lies far from the report's day. Those charged, told in a sentence
    of a court step ("the trial of two men accused of killing her in 2011"), are dated by
    neither the step nor the crime: their count has no day of its own."""
    event = _event(claim)
    if event is None or not _COURT_STEP.search(sentence):
        return event
    if state == "arrested":
        return None
    if state not in _TOLLS:
        return event
    reported = _reported(document)
    if reported is None or abs(event[0] - reported) > _COURT_NEWS_DAYS:
        return event
    return None


def _event(claim: Claim) -> tuple[int, int] | None:
    """The days a figure's event is dated to, unless its scope is a running total."""
    when = claim.when
    figure = claim.figure
    if when is None or when.start is None or figure is None:
        return None
    if _CUMULATIVE.search(figure.scope or ""):
        return None
    start, end = _date(when.start), _date(when.end or when.start)
    return (start, max(start, end)) if start else None


_MONTHS = frozenset(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept
    september oct october nov november dec december mon tue wed thu fri sat sun gmt utc bst
    edt est cet""".split()  # noqa: SIM905
)


def name_words(entities: Iterable[Entity]) -> frozenset[str]:
    """The lower-cased names of places, organisations and people, and people's surnames."""
    out: set[str] = set()
    for e in entities:
        if e.type not in {"PERSON", "GPE", "LOC", "FAC", "ORG"}:
            continue
        for name in (e.name, *e.aliases):
            out.add(name.lower())
            if e.type == "PERSON":
                out.add(name.split()[-1].lower())
    return frozenset(out)


_NEXT_ONE = re.compile(
    r"(?:a|an|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)",
    re.IGNORECASE,
)
"""A count told as the next one after those counted before ("a third", "the fourth")."""
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+")


def _shot_after_the_dead(claim: Claim, document: Document | None) -> bool:
    """Whether a count of people shot is told as the next one after those the sentence
    before it (or its own words before it) tell killed ("Two, she shot and killed there.
    A third was also shot"; "killed two co-workers and shot a third"): the one shot beyond
    the dead is the one who lived, a count of the wounded ("a third was shot dead" is told
    killed, never read here)."""
    if document is None or not _NEXT_ONE.fullmatch(claim.text.strip()):
        return False
    text = document.text
    ends = list(_SENTENCE_END.finditer(text, max(0, claim.start - 300), claim.start))
    start = ends[-2].end() if len(ends) > 1 else max(0, claim.start - 300)
    earlier = _OWN_DEATH.sub(_blank, text[start : claim.start])
    return "killed" in states_in(earlier)


def _some_died(sentence: str) -> bool:
    """Whether a sentence telling how many were shot or struck tells that some of them died
    ("shot three people, killing one"), the attacker's own death aside ("shot two men
    before killing himself", "police killed the gunman, who had shot two men"): then those
    shot are more than the wounded."""
    return "killed" in states_in(_OWN_DEATH.sub(_blank, sentence))


def _own_words(before: str, text: str, after: str) -> str:
    """A figure's text with the words around it up to another number on either side: "80
    mph in a 35 mph zone" gives "80 mph in a " (the zone is the other speed's)."""
    numbers = list(_ANOTHER_NUMBER.finditer(before))
    if numbers:
        before = before[numbers[-1].end() :]
    ahead = _ANOTHER_NUMBER.search(after)
    if ahead is not None:
        after = after[: ahead.start()]
    return f"{before} {text} {after}"


def _clause(before: str, after: str) -> str:
    """The words of a figure's own clause around it: back to the last comma or semicolon
    before it, on to the next after it."""
    start = max(before.rfind(","), before.rfind(";")) + 1
    return f"{before[start:]} {re.split(r'[,;]', after, maxsplit=1)[0]}"


def _a_name(counted: str | None, names: frozenset[str]) -> bool:
    """Whether counted words are one of the story's names ("Smith", "Brandt")."""
    return counted is not None and counted[:1].isupper() and counted.lower() in names


def _nameless(head: str, counted: str | None, names: frozenset[str]) -> bool:
    """Whether a figure counts nothing nameable: no noun, a symbol, a month, or a name."""
    if head == "unknown" or not counted or not re.search(r"[a-z]", head):
        return True
    if head in _MONTHS:
        return True
    return counted[:1].isupper() and counted.lower() in names


def _window_relation(
    a: Window, b: Window, *, tolls: bool, lasting: bool = False
) -> tuple[Relation, str] | None:
    # Running totals from stated starts are compared by start (module docstring).
    limit = RUNNING_RATIO if a.start and b.start else WINDOW_RATIO
    if a.days and b.days and not a.point and not b.point:
        ratio = max(a.days, b.days) / max(min(a.days, b.days), 1.0)
        if ratio > limit:
            return "apart", f"time windows of {_days(a.days)} and {_days(b.days)}"
    for x, y in ((a, b), (b, a)):
        if not (tolls and y.one_day):
            continue
        if x.raised_on and y.day and y.day >= x.raised_on:
            # "Nine more died on Friday, taking the toll to 318" beside "cholera killed 14 on
            # Friday": the toll was rising by then, so a count of that day or a later one is
            # the day's deaths, not the running total.
            return (
                "alike",
                f"one is a day's deaths ({y.day}), the other the running toll they raised",
            )
        if lasting and not (x.one_day or x.day or x.start or (x.days is not None and x.days < 2)):
            # "Cholera has killed 318 to date" or "40 have died of cholera" beside "cholera
            # killed 14 on Friday": a disease or a heat wave kills day after day, so a day
            # of its deaths is never its toll of no one day (a quake's toll "on Sunday"
            # names the quake's day).
            day = y.day or y.text
            return (
                "alike",
                f"one is a day's deaths ({day}), the other the running toll of a lasting cause",
            )
    for x, y in ((a, b), (b, a)):
        if x.running and y.one_day and not y.running:
            # "Clashes have killed 61 so far" beside "clashes killed 9 on Friday", a
            # hospital's 900 treated "to date" beside its 40 "overnight": a count from a
            # start up to its telling, and the count of one day in it.
            day = y.text or y.day
            return "alike", f"one is a day's count ({day}), the other a running count ({x.running})"
    # Tolls count from the event, so "on Sunday" beside a toll names the event day.
    if a.point != b.point and (a.cumulative or b.cumulative) and not tolls:
        return "alike", "one is a running total, the other a count for one day"
    if a.start and b.start and abs(_date(a.start) - _date(b.start)) > 7:
        return "alike", f"counted from {a.start} and from {b.start}"
    # A count that starts well before the day another count is tied to spans more time.
    for x, y in ((a, b), (b, a)):
        if x.start and y.day and _date(y.day) - _date(x.start) > 7:
            return "alike", f"a longer window (from {x.start}) than a count tied to {y.day}"
    return None


# The words before a total a clause brings a running count up to: "taking the toll from
# cholera to", "bringing the death toll in the camps to at least", "raising the number of
# dead to".
_RAISED_TO = re.compile(
    r"\b(?:tak(?:e|es|ing)|took|bring(?:s|ing)?|brought|rais(?:e|es|ed|ing)|push(?:es|ed|ing)?|"
    r"lift(?:s|ed|ing)?|swell(?:s|ed|ing)?|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?)\s+"
    r"(?:the|its|their|his|her)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:toll|total|tally|count|number)\b"
    r"[^.;:!?]{0,60}?\bto\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|about|some|"
    r"around|roughly|close\s+to)\s+)?$",
    re.IGNORECASE,
)

# Words telling a toll as the level it rose to: "the toll rose to", "has climbed to",
# "reached", "stood at".
_RISEN_TO = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|jumped|jumps|increased|reached|reaches|"
    r"stood\s+at|stands\s+at|hit)\s+(?:to\s+)?(?:(?:at\s+least|more\s+than|over|nearly|"
    r"almost|about|some|around|roughly)\s+)?$",
    re.IGNORECASE,
)

# The span of one day told without its date: "in the past 24 hours", "over the last
# twenty-four hours", "overnight".
_A_DAYS_SPAN = re.compile(
    r"\b(?:past|last|previous)\s+(?:24|twenty-four)\s+hours\b|\bovernight\b", re.IGNORECASE
)


def tolls_raised(
    figures: Sequence[Claim], topics: Mapping[str, Topic], docs: Mapping[str, Document]
) -> dict[str, Topic]:
    """The topics, each toll a clause brings up to a total after a count of one day in its
    sentence ("Nine more died on Friday, taking the toll to 318") with that day
    (``Window.raised_on``), and each toll of a disease or heat told risen to its value on
    a day ("the toll from cholera rose to 318 on Friday") with its own day: the total is
    the running toll as of its telling, the day's deaths only what raised it, so a count
    another report gives of that day or a later one is that day's deaths, never the
    running toll (:func:`_window_relation`). Each toll its words date to the day of the
    deaths, not of their telling, is marked so (``Window.one_day``)."""
    by_doc: dict[str, list[Claim]] = {}
    for claim in figures:
        by_doc.setdefault(claim.doc, []).append(claim)
    out = dict(topics)
    for doc_id, claims in by_doc.items():
        document = docs.get(doc_id)
        if document is None:
            continue
        text = document.text
        for total in claims:
            topic = topics.get(total.id)
            if topic is None or topic.state not in _TOLLS:
                continue
            begin, _ = _sentence_of(text, total.start, total.end)
            before = text[max(begin, total.start - 120) : total.start]
            if topic.window.day:
                if topic.cause in _LASTING and _RISEN_TO.search(before[-40:]):
                    # "The toll from cholera rose to 318 on Friday": the toll as it stood
                    # that day, which that day's deaths raised.
                    window = replace(topic.window, raised_on=topic.window.day)
                    out[total.id] = replace(topic, window=window)
                continue
            if not _RAISED_TO.search(before):
                continue
            days = [
                seen.window.day
                for claim in claims
                if begin <= claim.start
                and claim.end <= total.start
                and (seen := topics.get(claim.id)) is not None
                and seen.state == topic.state
                and seen.window.day
            ]
            if days:
                window = replace(topic.window, raised_on=days[-1])
                out[total.id] = replace(topic, window=window)
    for claim in figures:
        topic = out.get(claim.id)
        document = docs.get(claim.doc)
        if topic is None or document is None or topic.state not in _TOLLS:
            continue
        window = topic.window
        if window.raised_on or window.cumulative or window.start:
            continue
        if not window.day:
            # "in the past 24 hours", "overnight": a day's deaths, of no named day.
            if _A_DAYS_SPAN.search(window.text or ""):
                out[claim.id] = replace(topic, window=replace(window, one_day=True))
            continue
        begin, stop = _sentence_of(document.text, claim.start, claim.end)
        if not told_on(document.text, begin, stop, window.text or ""):
            out[claim.id] = replace(topic, window=replace(window, one_day=True))
    return out


# Words telling a count as running from a start up to its telling: "so far", "thus far",
# "to date", "all told", "in all" or "in total" closing a clause or opening one ("In all,
# 61 people"), "since" a start ("since the fighting began", "since the start of the
# siege", "since March", "since 2029").
_RUNNING_WORDS = re.compile(
    r"\b(?:so|thus)\s*,?\s+far\b|\bto\s+date\b|\ball\s+told\b|"
    r"\bin\s+(?:all|total)\b(?=\s*(?:[,.;:!?]|$|\d))|"
    r"\bsince\s+(?:(?:the|a|its|their)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:began|begun|started|"
    r"erupted|broke\s+out|start|beginning|outbreak|onset)\b|(?:early\s+|late\s+|mid-?)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b|(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# A superlative or an ordinal the running words measure instead ("the deadliest day so
# far", "the worst violence since March", "the fifth raid since September"): no count's
# window.
_RECORD_BEFORE = re.compile(
    r"\b(?:\w+iest|worst|best|biggest|largest|highest|lowest|greatest|longest|strongest|"
    r"most|least|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|"
    r"\w+tieth|\d+(?:st|nd|rd|th)|latest|last|only)\b"
    r"(?:\s+[\w'\u2019-]+){0,4}\s*$",
    re.IGNORECASE,
)
# A clause after a count that brings a total up ("..., bringing the toll so far to 70"):
# the running words there are the total's, not the count's.
_TOTAL_CLAUSE = re.compile(r",\s+(?:\w+ing|which|that)\b", re.IGNORECASE)
# Strife that goes on day after day ("clashes", "the fighting", "the unrest", "the
# offensive"): a toll of it "so far" runs over many days, so a day's toll is a part.
_STRIFE = re.compile(
    r"\b(?:clash(?:es)?|fighting|violence|unrest|protests|war|conflict|offensive|"
    r"shelling|bombardments?|air\s*strikes|insurgency|uprising|crackdown|siege|riots|"
    r"rioting|outbreak|epidemic|pandemic|heat\s*wave|heatwave)\b",
    re.IGNORECASE,
)


def counts_running(
    figures: Sequence[Claim], topics: Mapping[str, Topic], docs: Mapping[str, Document]
) -> dict[str, Topic]:
    """The topics, each count told as running from a start up to its telling ("so far",
    "to date", "in all", "since the fighting began", "since March") with those words
    (``Window.running``), and each count of one day ("treated 40 on Friday", "killed 9
    overnight", "in the past 24 hours") marked so (``Window.one_day``): two windows, never
    one count (:func:`_window_relation`). A toll counts as running only of strife or a
    cause that kills day after day, or from a stated start: the toll "so far" of a sudden
    event (a quake, a blast) is that event's toll, which its day's count tells too."""
    out = dict(topics)
    for claim in figures:
        topic = out.get(claim.id)
        document = docs.get(claim.doc)
        figure = claim.figure
        if topic is None or document is None or figure is None or figure.kind != "count":
            continue
        if topic.state in _STOCKS:
            continue
        window = topic.window
        if window.raised_on or window.cumulative or window.start:
            continue
        text = document.text
        begin, stop = _sentence_of(text, claim.start, claim.end)
        before, after = text[begin : claim.start], text[claim.end : stop]
        cut = _TOTAL_CLAUSE.search(after)
        own = _own_words(before, claim.text, after[: cut.start()] if cut else after)
        # The running words of its own clause, or of the clause opening its sentence ("So
        # far, clashes have killed 61", "In all, 61 people died").
        opener = before.split(",", 1)[0] if "," in before else ""
        clause = f"{opener}, {_clause(before, after)}"
        one_day = window.one_day
        if not one_day and not window.day:
            span = _A_DAYS_SPAN.search(own)
            if span is not None:
                # "killed 9 overnight", "treated 40 in the past 24 hours": a day's count.
                window = replace(window, one_day=True, text=window.text or span.group(0))
                one_day = True
        elif not one_day and window.day and not told_on(text, begin, stop, window.text or ""):
            window = replace(window, one_day=True)
            one_day = True
        if not one_day:
            words = next(
                (
                    m
                    for m in _RUNNING_WORDS.finditer(clause)
                    if not _RECORD_BEFORE.search(clause[max(0, m.start() - 40) : m.start()])
                ),
                None,
            )
            sentence = text[begin:stop]
            lasting = (
                topic.cause in _LASTING
                or (words is not None and words.group(0).lower().startswith("since"))
                or _STRIFE.search(sentence) is not None
            )
            if words is not None and (topic.state not in _TOLLS or lasting):
                window = replace(window, running=" ".join(words.group(0).lower().split()))
        if window != topic.window:
            out[claim.id] = replace(topic, window=window)
    return out


BEFORE_A_CHANGE = "before a change"


def olds_of_changes(
    figures: Sequence[Claim], topics: Mapping[str, Topic], docs: Mapping[str, Document]
) -> dict[str, Topic]:
    """The topics, each old value of a change told "from X to Y" after a verb of change
    ("raise the number of seats from 65 to 125", "cut the staff from 400 to 250") keyed as
    the quantity before the change (:func:`~triangulate.claims.quantities.change_from`):
    the seats there were, not the seats there are, so never one figure with the new value
    or with others' figures of it. A running count's earlier value (a toll "rose from 12
    to 31") keeps its topic: its reports' values are one count as it rose."""
    out = dict(topics)
    for claim in figures:
        topic, document = topics.get(claim.id), docs.get(claim.doc)
        if topic is None or document is None or topic.state in _HARMS | RUNNING:
            continue
        digits = re.search(r"\d", claim.text)
        if digits is None:
            continue
        number = re.match(r"[\d.,]+", claim.text[digits.start() :])
        end = claim.start + digits.start() + (number.end() if number else 1)
        if change_from(document.text, claim.start + digits.start(), end):
            out[claim.id] = replace(topic, population=f"{topic.population} {BEFORE_A_CHANGE}")
    return out


def _casualty_side(before: str, doc: str, entities: Mapping[str, Entity]) -> str | None:
    """The organisation said to have taken the casualties just before the number, if any."""
    found = _SIDE.search(before[-80:])
    if found is None:
        return None
    name = found.group(1).lower()
    for entity in entities.values():
        if entity.type not in _SIDES:
            continue
        if any(a.lower() == name for a in (entity.name, *entity.aliases)):
            return entity.name.lower()
    return None


def _date(iso: str) -> int:
    try:
        return dt.date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return 0


def _days(days: float) -> str:
    if days >= 60:
        return f"about {round(days / 30)} months"
    if days >= 14:
        return f"about {round(days / 7)} weeks"
    return f"{round(days)} days"


Actors = Mapping[str, tuple[tuple[int, ...], tuple[tuple[int, str, str], ...]]]
"""Per report: the starts of its player and team mentions, sorted, and for each its
(end, entity id, type)."""
_ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def actors_of(entities: Iterable[Entity]) -> Actors:
    """Where each report names a person, an organisation or a place (teams are named by
    either), in order, for :func:`_holder`."""
    by_doc: dict[str, list[tuple[int, int, str, str]]] = {}
    for entity in entities:
        if entity.type in _ACTOR_TYPES:
            for m in entity.mentions:
                by_doc.setdefault(m.doc, []).append((m.start, m.end, entity.id, entity.type))
    out = {}
    for doc, found in by_doc.items():
        found.sort()
        out[doc] = (tuple(f[0] for f in found), tuple((f[1], f[2], f[3]) for f in found))
    return out


def _names_before(
    claim: Claim, before: str, actors: Actors | None
) -> Iterator[tuple[int, int, str, str]]:
    """The names (:func:`_actors`) told whole in ``before``, the words leading up to the
    claim, nearest first: each as its start, end, entity and type."""
    if actors is None or claim.doc not in actors:
        return
    starts, rest = actors[claim.doc]
    opens = claim.start - len(before)
    for n in range(bisect_right(starts, claim.start) - 1, -1, -1):
        if starts[n] < opens:
            return
        end, entity, kind = rest[n]
        if end <= claim.start:
            yield starts[n], end, entity, kind


def _yards_gained(claim: Claim, before: str, after: str) -> bool:
    """Whether a length is yards gained in a game of gridiron football: given in yards and
    told by a word of play (``_GAINED_BEFORE``, ``_GAINED_AFTER``), its kind before the
    yards ("312 passing yards", ``_GAINED_WITHIN``) or as a named player's ("Brandt
    finished with 312 yards", "Brandt's 312 yards"), never a distance between
    places ("50 yards from the house") or a mark on the field."""
    figure = claim.figure
    if figure is None or figure.unit != "yd":
        return False
    clause = re.split(r"[.;:!?]", before)[-1]
    if (
        _GAINED_BEFORE.search(clause[-80:])
        or _GAINED_AFTER.match(after)
        or _GAINED_WITHIN.search(claim.text)
    ):
        return True
    # "Brandt finished with 312 yards", "Brandt's 312 yards": yards a named player has.
    return (figure.counted or "")[:1].isupper() or _OWNED_BY.search(clause[-30:]) is not None


def _play_length(claim: Claim, after: str) -> bool:
    """Whether a length in yards is how far one play of gridiron football went: the score it
    went for follows it (``_PLAY_AFTER``), or the play is hyphened to it
    (``_PLAY_HYPHENED``); never a mark on the field ("the 20-yard line")."""
    figure = claim.figure
    if figure is None or figure.unit != "yd" or _FIELD_MARK.search(f"{claim.text}{after[:8]}"):
        return False
    return bool(_PLAY_AFTER.match(after) or _PLAY_HYPHENED.match(f"{claim.text}{after[:40]}"))


def _passing(claim: Claim, before: str, after: str) -> str | None:
    """Which part of a passer's line a count is when written as completions "of" attempts
    (``COMPLETIONS`` or ``ATTEMPTS``), when a word of passing tells it; else None. Passes
    a verb of completing counts ("completed 18 passes") are completions too."""
    figure = claim.figure
    if figure is None or figure.low is None or figure.low != figure.high:
        return None
    counted = _head(figure.counted)
    if (figure.counted or "")[:1].isupper():
        counted = "unknown"  # the passer's name read as what is counted ("Brandt")
    clause = re.split(r"[.;:!?]", before)[-1]
    told = _PASSING_BEFORE.search(clause[-60:]) is not None
    within = _OF_ATTEMPTS_IN.match(claim.text)
    if within is not None:
        # "24 of 31 passes" read whole: the words after its first number are its own.
        after = claim.text[within.end() :] + after
    if _OF_ATTEMPTS_AFTER.match(after) and counted in {"pass", "unknown", *_PRONOUNS}:
        return COMPLETIONS if told or _PASSING_AFTER.match(after) else None
    if _COMPLETIONS_BEFORE.search(clause[-20:]) and counted in {"pass", "unknown"}:
        passes = counted == "pass" or _PASSING_AFTER.match(after)
        return ATTEMPTS if passes or told else None
    if counted == "pass" and told:
        return COMPLETIONS
    return None


# "to their", "for their": the possessive that tells a team's own, right before the figure.
_THEIR = re.compile(r"\btheir\s+$", re.IGNORECASE)
# A player who "led" a team to a run or a record, named with the team between the verb and
# "to": "Brandt guides Orvel to eighth straight win", "Varga led the Hawks to a fifth title".
_LED_TO = re.compile(
    r"\b(?:led|leads|guided|guides|carried|carries|lifted|lifts|propelled|propels|"
    r"powered|powers|steered|steers|inspired|inspires)\s+"
    r"(?:the\s+)?(?P<team>[\w.'-]+(?:\s+[\w.'-]+){0,2}?)\s+to\s+(?:(?:a|an|the|its)\s+)?$",
    re.IGNORECASE,
)


def _holder(claim: Claim, before: str, actors: Actors | None) -> str | None:
    """Whose a game's statistic is: the player named nearest before it in its clause ("Smith
    scored 22 points", "Smith's 22 points"), else the team; None when none is named. A
    name right before the verb of a player's line ("Ada Varga had 12 rebounds") is the
    player's, whatever the tagger took it for. A run or a record told as "their" ("Brandt
    led the Hawks to their sixth straight win") is the team's: a player's own is "his" or
    "her"; so is one a player "led" the team to ("Brandt guides Orvel to eighth straight
    win")."""
    opens = claim.start - len(before)
    team = None
    if _THEIR.search(before[-30:]):
        return next(
            (e for _, _, e, kind in _names_before(claim, before, actors) if kind != "PERSON"), None
        )
    tail = before[-60:]
    led = _LED_TO.search(tail)
    if led is not None:
        # "Brandt guides Orvel to eighth straight win": the team's run, not the player's.
        at = claim.start - len(tail) + led.start("team")
        named = _names_before(claim, before, actors)
        team = next((e for start, _, e, kind in named if kind != "PERSON" and start >= at), None)
        if team is not None:
            return team
    for _, end, entity, kind in _names_before(claim, before, actors):
        if kind == "PERSON" or (team is None and told_line(before[end - opens :])):
            return entity
        team = team or entity
    return team


def _named_at(claim: Claim, before: str, actors: Actors | None) -> int | None:
    """Where the name of whose a game's statistic is (:func:`_holder`) ends, when it is the
    name nearest before the number and the verb of a player's line follows it ("Brandt
    scored 30 points"); else None."""
    nearest = next(_names_before(claim, before, actors), None)
    if nearest is None:
        return None
    _, end, entity, _ = nearest
    opens = claim.start - len(before)
    named = entity == _holder(claim, before, actors)
    return end if named and told_line(before[end - opens :]) else None


def _side_holder(figure: Figure, game: Game | None) -> str | None:
    """Whose a side of a game's score or of a record is: the team the figure reader named,
    as :func:`~.matches.team_key` keys it; no one's for a side of a result naming both
    teams, which is the game's (the beaten side one report names is the winner another
    names: "beat the Owls 65-53", "lost to the Hawks 65-55")."""
    if game is not None or not figure.qualifiers:
        return None
    return team_key(figure.qualifiers[0])


TERMS = frozenset({"prison term", "possible prison term"})
"""Terms a court gives or a charge can bring: each the term of the person sentenced."""
_SENTENCED_UNNAMED = re.compile(
    r"\b(?:sentenc\w*|jail\w*|gave|give|gives|given|ordered)\s+(?:him|her|them|each)\b"
    r"[^.;]*$",
    re.IGNORECASE,
)
# The words between a person's name and the term that make the person the one sentenced:
# "Vesk was sentenced to", "Vesk, 41, got", "Vesk will serve", "Vesk served".
_TERM_SUBJECT = re.compile(
    r"^(?:\s*,[^,;]{1,40},)?\s+(?:(?:was|is|has\s+been|had\s+been|will\s+be|were)\s+)?"
    r"(?:sentenced|jailed|imprisoned|ordered\s+to\s+serve|received|receives|got|gets|"
    r"will\s+serve|served|serves|is\s+serving|was\s+serving|faces|faced)\b",
    re.IGNORECASE,
)
# A verb of sentencing right before the name, and "to" right after: "sentenced Vesk to".
_TERM_OBJECT_BEFORE = re.compile(r"\b(?:sentenc\w*|jailed|gave|handed)\s+$", re.IGNORECASE)
_TERM_OBJECT_AFTER = re.compile(r"^\s+to\b", re.IGNORECASE)


def _sentenced(claim: Claim, before: str, actors: Actors | None) -> str | None:
    """Whose a prison term is: the person the clause says was sentenced ("Vesk was
    sentenced to 25 years", "sentenced Aram Vesk to 25 years", "Tomas Vesk got a 10-year
    term", "Vesk served four months"). A name the words do not make the one sentenced ("a
    Kaldor campaign aide who served", a judge who gave it, "sentenced him") is
    no holder: None then, a term any report's may be."""
    if _SENTENCED_UNNAMED.search(before):
        return None
    opens = claim.start - len(before)
    for start, end, entity, kind in _names_before(claim, before, actors):
        if kind != "PERSON":
            continue
        lead, between = before[: start - opens], before[end - opens :]
        if _TERM_SUBJECT.match(between) or (
            _TERM_OBJECT_BEFORE.search(lead) and _TERM_OBJECT_AFTER.match(between)
        ):
            return entity
    return None


def _faller(claim: Claim, before: str, actors: Actors | None) -> str | None:
    """Who fell the length of a fall: the person named nearest before it in its clause
    ("Robert Dalby fell about 600m", "Corran died after slipping and falling 200ft"); None
    when the clause names no one ("a climber fell 150 metres")."""
    return next(
        (entity for _, _, entity, kind in _names_before(claim, before, actors) if kind == "PERSON"),
        None,
    )


def _opens_aside(claim: Claim, document: Document | None) -> bool:
    """Whether a count opens a bracket after a plural noun ("three workers (one a pregnant
    woman)"): one of those just counted."""
    if document is None:
        return False
    return _ASIDE_PART.search(document.text[max(0, claim.start - 40) : claim.start]) is not None


# A superlative the words after a figure compare it by ("the biggest protest since").
_SUPERLATIVE_SINCE = re.compile(
    r"\b(?:biggest|largest|worst|deadliest|bloodiest|highest|lowest|greatest|heaviest|"
    r"strongest|fiercest|longest|smallest|fewest|best|first|most\s+\w+|least\s+\w+|"
    # a rank counted since a day: "in the fifth successful anti-piracy operation since
    # September" ranks the operation, it is no span the figure counts over
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[1-9][0-9]?(?:st|nd|rd|th))\b"
    r"(?:\s+[\w-]+){0,6}\s*$",
    re.IGNORECASE,
)


def _compared_since(claim: Claim, document: Document, scope: str) -> bool:
    """Whether a figure's "since" scope closes a superlative said of it rather than the span
    it counts over ("the biggest protest since October", "the worst violence since 2008"),
    the superlative or rank inside the scope itself or not ("in the fifth operation since
    September")."""
    inside = re.search(r"\bsince\b", scope, re.IGNORECASE)
    if inside is not None and inside.start() > 0:
        return _SUPERLATIVE_SINCE.search(scope[: inside.start()]) is not None
    if not scope.lower().startswith("since"):
        return False
    text = document.text
    begin, _ = sentence_span(text, claim.start, claim.end)
    told = text.find(scope, begin, claim.start)
    if told >= 0:
        # "The elections, the first since the country adopted a new constitution, had 288
        # candidates": the superlative before the figure, in its sentence.
        return _SUPERLATIVE_SINCE.search(text[max(begin, told - 60) : told]) is not None
    stop = text.find(scope, claim.end, claim.end + 200)
    if stop < 0:
        stop = text.lower().find("since", claim.end, claim.end + 200)
    if stop < 0:
        return False
    between = text[claim.end : stop]
    return "." not in between and _SUPERLATIVE_SINCE.search(between) is not None


def _context(claim: Claim, document: Document | None) -> tuple[str, str, str]:
    """The claim's sentence, and the words of its clause before and after the claim.

    A relative or contrasting clause ("..., where the officer has been charged", "... but
    two died") speaks of others: the words around the figure stop at its bounds.
    """
    if document is None:
        return claim.text, "", ""
    text = document.text
    start, end = _sentence_of(text, claim.start, claim.end)
    before, after = text[start : claim.start], text[claim.end : end]
    cut = _CLAUSE.search(after)
    if cut is not None:
        after = after[: cut.start()]
    part = _PART_HARMED.search(after)
    if part is not None:
        # "opened fire on four co-workers, killing two of them": the harm befell a part of
        # those counted, never all of them.
        after = after[: part.start()]
    marks = list(_CLAUSE.finditer(before))
    if marks:
        before = before[marks[-1].end() :]
    aside = before.rfind("(")
    if aside >= 0 and ")" not in before[aside:]:
        # A number in brackets is an aside ("attended by 200,000 (20,000 by another
        # count, of one march alone)"): the words outside them say nothing of it.
        before = before[aside + 1 :]
        after = after[: after.find(")")] if ")" in after else after
    # Wire text printed for tokenizing sets an apostrophe apart ("she ’ s accused", "the
    # plant ’ s workers", "didn ’ t"): the words are read closed up, as written.
    closed = _SPACED_APOSTROPHE.sub
    return closed(r"\1", text[start:end]), closed(r"\1", before), closed(r"\1", after)


# A stop that ends an abbreviation, not a sentence: a title, a month, an initial ("Gov.",
# "Nov.", "U. S.").
_ABBREVIATED = re.compile(
    r"(?:\b(?:Gov|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Rep|Sen|Sens|Reps|St|Jr|Sr|Mt|Ft|"
    r"Rev|Gens|Adm|Maj|Cmdr|Supt|Insp|Det|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|No|Nos)|"
    r"(?<!\w)[A-Z])\.\s*$"
)


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a span, read past stops that end an abbreviation ("Qeshm Gov.
    Heidar Alishvandi said 50 were injured", "the U. S. Geological Survey")."""
    begin, stop = sentence_span(text, start, end)
    for _ in range(5):
        if begin <= 0 or not _ABBREVIATED.search(text[max(begin - 12, 0) : begin]):
            break
        begin = sentence_span(text, begin - 1, begin - 1)[0]
    for _ in range(5):
        if stop >= len(text) or "\n" in text[stop : stop + 1]:
            break
        if not _ABBREVIATED.search(text[max(stop - 11, 0) : stop + 1]):
            break
        stop = sentence_span(text, stop + 1, stop + 1)[1]
    return begin, stop


# "after" or "before" opens another event's clause ("after protesters broke in", "before
# he was wrestled to the ground by 3 colleagues"), unless the same subject carries on
# ("after being evacuated", "before fleeing").
# A participle clause of harm to a part of those counted before it ("..., killing two of
# them", "..., leaving three of them wounded").
_PART_HARMED = re.compile(
    r",\s*(?:\w+ly\s+)?(?:killing|wounding|injuring|hurting|leaving)\s+"
    r"(?:(?:at\s+least|about|some|nearly|all\s+but)\s+)?[\w-]+\s+of\s+(?:them|those|whom)\b",
    re.IGNORECASE,
)
_SPACED_APOSTROPHE = re.compile(r"\s+(['’])\s+(?=(?:s|re|ve|ll|d|m|t)\b)")
_CLAUSE = re.compile(
    r";|\b(?:where|who|whom|whose|which|while|whereas|but|"
    r"(?:after|before)(?!\s+(?:being|having|\w+ing)\b))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Table:
    """A table's classes in order, each with its words as one pattern, and all its words."""

    classes: tuple[tuple[str, re.Pattern[str]], ...]
    any: re.Pattern[str]


def _nearest(table: _Table, text: str, around: tuple[str, str] | None) -> str | None:
    """The class whose word is nearest the number (or first in ``text`` without ``around``)."""
    # Most texts hold no word of the table at all: one search says so for every class.
    if around is not None:
        before, after = around[0].lower(), around[1].lower()
        if not (table.any.search(before) or table.any.search(after)):
            return None
        # The nearest word wins; of two starting as near, the longer phrase ("taken to
        # hospital" over "taken").
        best: tuple[int, int, str] | None = None
        for name, pattern in table.classes:
            hits = [(len(before) - m.end(), m.start() - m.end()) for m in pattern.finditer(before)]
            hits += [(m.start(), m.start() - m.end()) for m in pattern.finditer(after)]
            for distance, longer in hits:
                if best is None or (distance, longer, name) < best:
                    best = (distance, longer, name)
        return best[2] if best else None
    if not table.any.search(text):
        return None
    for name, pattern in table.classes:
        if pattern.search(text):
            return name
    return None


def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a class's words, longest first so a phrase wins over a word in it.

    Nearest-word distances are the same as matching each word alone: a shorter word
    inside a longer one starts no earlier and ends no later than the longer match.
    """
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ordered) + r")\b")


def _table(classes: tuple[tuple[str, tuple[str, ...]], ...]) -> _Table:
    """A table of word classes, compiled once."""
    return _Table(
        classes=tuple((name, _any_word(words)) for name, words in classes),
        any=_any_word(tuple(w for _, words in classes for w in words)),
    )


_STATE_WORDS = _table(_STATES)
# Words of the ground shaking: how long it shook is one duration.
_SHAKING = _any_word(
    (
        *("quake", "earthquake", "temblor", "tremor", "aftershock", "shaking", "shook"),
        *("shake", "shakes", "jolted", "jolt"),
    )
)
# A parent "of" a number: how many children the parent has ("a mother of 12").
_PARENT_OF = re.compile(
    r"\b(?:mother|father|mom|mum|dad|parent|grandmother|grandfather|grandparent)s?"
    r"(?:\s+|\s*-\s*)(?:of|to)(?:\s+|\s*-\s*)$",
    re.IGNORECASE,
)
# Those a person is survived by ("survived by his wife and two sons"), or a parent's own
# ("one of her 12 children"): a family.
_SURVIVED_BY = re.compile(r"\bsurvived\s+by\b[^.;:]{0,40}$", re.IGNORECASE)
_OWN_KIN = re.compile(r"\b(?:his|her|their)\s+$", re.IGNORECASE)
_KIN = frozenset(
    {"child", "children", "son", "daughter", "kid", "grandchildren", "grandchild", "boy", "girl"}
)
# A number's own verb of harm right after it: "two were killed", "one later died", "three
# were taken to hospital".
# Counted words that name no noun of their own: "three", "three others", "three more".
_NO_NOUN = frozenset({"unknown", "other", "more"})
_HARMED_AFTER = re.compile(
    r"^\s*(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|later|reportedly|also|"
    r"remain|remains|remained|still)\s+)*"
    r"(killed|dead|died|die|dies|injured|wounded|hurt|slain|hospitali[sz]ed|treated|missing|"
    r"unaccounted|rescued|arrested|detained|evacuated|"
    r"(?:taken|rushed|airlifted|flown)\s+to\s+(?:the\s+|a\s+)?hospitals?|"
    r"in\s+(?:the\s+)?hospital|in\s+(?:critical|serious|stable)\s+condition)\b",
    re.IGNORECASE,
)
# Words of a state's table in phrases that say no state: "held accountable", "hold them
# responsible", "taken into account", "held a vigil" control nothing; the month March is no
# march.
_NO_STATE = re.compile(
    r"\b(?:held|hold|holds|holding)\s+(?:\w+\s+)?(?:accountable|responsible|liable)\b|"
    r"\btak(?:en|e|es|ing)\s+into\s+account\b|"
    r"\b(?:held|hold|holds|holding)\s+(?:a|an)\s+(?:\w+\s+)?(?:vigil|meeting|rally|news\s+conference|"
    r"press\s+conference|minute)\b|"
    # A race run level, not a body: "in a dead heat", "dead even", "dead last" (never
    # "left three dead last weekend", where "last" opens a time); and harm to a cause, not
    # a wound: "does more to hurt the economy", "hurt his chances".
    r"\bdead\s+(?:heat|even|level)\b|"
    # A plan or an act carried out with skill, not a killing: "a professionally executed
    # boarding", "a well-executed raid" (never "summarily executed", "brutally executed").
    r"\b(?:well|professionally|flawlessly|perfectly|poorly|badly|carefully|skil(?:l)?fully|"
    r"expertly|meticulously|precisely|brilliantly|smoothly|neatly)\s*-?\s*executed\b|"
    r"\bdead\s+last\b(?!\s+(?:week|weekend|night|month|year|spring|summer|autumn|fall|winter|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|"
    r"\bhurt(?:s|ing)?\s+(?:the|his|her|its|their|our|your)\s+(?:[\w-]+\s+)?"
    r"(?:economy|chances?|campaign|candidacy|cause|image|reputation|standing|brand|"
    r"business|prospects|credibility|party|ratings?|numbers|bid|odds)\b|"
    # The month, not a march: "3 March 2026", "March 5", "in March", "since early March".
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+|\b(?:in|of|since|until|till|by|from|early|late|mid|"
    r"last|next|this|on|during|through|between|and)\s+|-)(?-i:March)\b|(?-i:\bMarch)\s+\d",
    re.IGNORECASE,
)


# "left" right before a count, and the state it left them in right after it ("left three
# people dead", "left two in hospital", "left 40 homeless").
_LEFT_BEFORE = re.compile(
    rf"\bleft\s+(?:{_HEDGE_WORDS}|another\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
# The words between the number and its state are the counted noun's ("left three people
# dead"), never a conjunction or a second number: in "left 12 dead and 40 injured" the
# injured are the 40, not the 12.
_LEFT_IN = re.compile(
    r"^\s*(?:(?!(?:and|or|but)\b|\d)[\w-]+\s+){0,2}?(dead|injured|wounded|hurt|homeless|missing|"
    r"in\s+(?:the\s+)?hospital|in\s+(?:critical|serious|stable)\s+condition)\b",
    re.IGNORECASE,
)
# A wound that killed ("fatally wounded", "mortally injured"), said with the number's own
# words, right after it ("one fatally") or right before it ("fatally shooting two").
_FATAL = re.compile(
    r"\b(?:fatally|mortally)\s+(?:wounded|injured|hurt|shot|stabbed|struck|hit|beaten)\b",
    re.IGNORECASE,
)
_FATAL_AFTER = re.compile(
    r"^\s*(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?(?:fatally|mortally)\b",
    re.IGNORECASE,
)
_FATAL_BEFORE = re.compile(
    r"\b(?:fatally|mortally)\s+(?:wounding|injuring|shooting|stabbing|striking|hitting)\s*$",
    re.IGNORECASE,
)


def _blank(match: re.Match[str]) -> str:
    """The match as spaces, so that offsets around it stay."""
    return " " * len(match.group(0))


# A word every match of ``_NO_STATE`` holds ("held", "taken", "dead", "hurt", "March"),
# and of ``_OWN_DEATH`` ("killing", "shot", "took", "turned", "died", "dead"): most
# sentences hold none, and saying so is quicker than the search (``may_hold``).
_NO_STATE_WORDS = ("hold", "held", "tak", "dead", "hurt", "march", "executed")
_OWN_DEATH_WORDS = ("kill", "shoot", "shot", "took", "taking", "turn", "died", "dead")


def _not_causes(text: str) -> str:
    """``text`` with the words that name a cause but tell none blanked: the story's event
    named as such (``_THE_EVENT``), a bombing on the ground (``_GROUND_BOMBING``), a place
    told by the disaster that hit it (``_STRICKEN``) and the fighting of a fire
    (``_FIRE_FIGHTING``)."""
    text = _GROUND_BOMBING.sub(_blank, _THE_EVENT.sub(_blank, text))
    return _FIRE_FIGHTING.sub(_blank, _STRICKEN.sub(_blank, text))


# "A suicide bombing at a market killed 17", "a car bombing": an attack on the ground, the
# story's own event, never a raid from the air a part of a toll died in.
_GROUND_BOMBING = re.compile(
    r"\b(?:suicide|car|truck|roadside|bicycle|motorcycle|bus)[\s-]+bombings?\b", re.IGNORECASE
)


# "fire-fighting equipment", "fire fighting crews": fighting a fire, no clashes.
_FIRE_FIGHTING = re.compile(r"\bfire\s*-?\s*fight(?:ing|ers?)\b", re.IGNORECASE)


def _blanked(pattern: re.Pattern[str], words: tuple[str, ...], text: str) -> str:
    """``text`` with the matches of ``pattern`` blanked (``_blank``), searched only when it
    may hold one of ``words``, a word every match holds."""
    return pattern.sub(_blank, text) if may_hold(text, words) else text


# Units a shock's shaking is measured in.
_MOMENTS = frozenset({"second", "minute"})
_SHOT_WORDS = _table(
    (
        (
            "killed",
            (
                *("gunned down", "guns down", "gunning down", "gun down", "fatally shot"),
                *("shot to death", "shot dead"),
            ),
        ),
        (
            "casualties",
            (
                *("shot", "shoots", "shooting victims", "gunshot wounds"),
                # Those stabbed, dead or hurt, as those shot are ("stabbed five people").
                *("stabbed", "stabs", "stabbing victims", "knifed"),
            ),
        ),
    )
)
_SHOCK_WORDS = _table(
    (
        ("aftershock", ("aftershock", "aftershocks")),
        ("quake", ("quake", "earthquake", "temblor", "tremor", "quakes", "earthquakes")),
    )
)
_POPULATION_WORDS = _table(_POPULATIONS)
_CAUSE_WORDS = _table(_CAUSES)


def states_in(text: str) -> set[str]:
    """The states whose words a text holds ("people wounded" -> {"injured"})."""
    lowered = text.lower()
    if not _STATE_WORDS.any.search(lowered):
        return set()
    return {name for name, pattern in _STATE_WORDS.classes if pattern.search(lowered)}


def restated(text: str, word: str) -> str:
    """The text with its first word of a state put as ``word`` ("people fled from X",
    "displaced" -> "people displaced from X"); the text itself when it holds none."""
    found = _STATE_WORDS.any.search(text.lower())
    if found is None:
        return text
    rest = text[found.end() :]
    if _nearest(_STATE_WORDS, found.group(0), None) == "left" != _nearest(_STATE_WORDS, word, None):
        # "people fled from X" restated as injured: "people injured in X", not "from X".
        rest = _FROM.sub(" in", rest, count=1)
    return f"{text[: found.start()]}{word}{rest}"


_FROM = re.compile(r"^\s+from\b")


def damage_as_told(claims: Sequence[Claim], topics: Mapping[str, Topic]) -> dict[str, Topic]:
    """The topics, with things damaged read as destroyed unless the story tells them apart.

    Reports often say "damaged" of what others call destroyed ("seven villages damaged",
    "flattening seven villages"): one count. A report that gives the destroyed and the
    damaged of one kind of thing values that cannot both hold ("30 homes were destroyed
    and about 200 damaged") tells them apart, and then, in the whole story, the destroyed
    are a part of the damaged (:data:`LINKED_STATES`).

    Args:
        claims: The story's figure claims.
        topics: Their topics by claim id.
    """
    told: dict[tuple[str, str], dict[str, list[Interval]]] = {}
    for claim in claims:
        topic = topics.get(claim.id)
        if claim.figure is None or topic is None or topic.state not in _DAMAGE:
            continue
        values = figure_range(claim)
        if values is not None:
            told.setdefault((claim.doc, topic.population), {}).setdefault(topic.state, []).append(
                values
            )
    apart = {
        population
        for (_, population), states in told.items()
        if len(states) == 2
        and not any(a.meets(b) for a in states["damaged"] for b in states["destroyed"])
    }
    return {
        cid: replace(t, state="destroyed")
        if t.state == "damaged" and t.population not in apart
        else t
        for cid, t in topics.items()
    }


_DAMAGE = frozenset({"damaged", "destroyed"})


def groups_named_once(claims: Sequence[Claim], topics: Mapping[str, Topic]) -> dict[str, Topic]:
    """The topics, a count that names no group taking the one its report names for the
    same noun and the same value elsewhere ("Navy nabs 26 pirates" over a report that goes
    on "... nabbed 26 Somali pirates"): a report names a set once and repeats its count
    without the name, in its headline or further on. Only when the report names one group
    for that noun and value; a noun a class of people lists, or a kind of made thing, is
    never a group's (:func:`named_noun`).

    Args:
        claims: The story's figure claims.
        topics: Their topics by claim id.
    """
    named: dict[_CountKey, dict[frozenset[str], frozenset[str]]] = {}
    for claim in claims:
        topic = topics.get(claim.id)
        key = _count_key(claim, topic)
        if key is not None and topic is not None and topic.affiliation:
            named.setdefault(key, {})[_sides(topic.affiliation)] = topic.affiliation
    out = dict(topics)
    if not named:
        return out
    for claim in claims:
        topic = topics.get(claim.id)
        key = _count_key(claim, topic)
        if key is None or topic is None or topic.affiliation:
            continue
        groups = named.get(key, {})
        if len(groups) == 1:
            out[claim.id] = replace(topic, affiliation=next(iter(groups.values())))
    return out


def groups_named_in_story(claims: Sequence[Claim], topics: Mapping[str, Topic]) -> dict[str, Topic]:
    """The topics, a count that names no group taking the one the story's other reports
    name for the same noun and the same value ("Navy nabs 26 pirates" beside another
    report's "26 Somali pirates"), when every report naming a group for them names that
    one (its spellings read as one first: :func:`~.spellings.one_spelling`). Reports
    repeat one set's count, some with the group's name and some without; a noun a class
    of people lists, or a kind of made thing, is never a group's (:func:`named_noun`).

    Args:
        claims: The story's figure claims.
        topics: Their topics by claim id.
    """
    named: dict[tuple[str, float, float | None], set[frozenset[str]]] = {}
    for claim in claims:
        topic = topics.get(claim.id)
        key = _count_key(claim, topic)
        if key is not None and topic is not None and topic.affiliation:
            named.setdefault(key[1:], set()).add(topic.affiliation)
    out = dict(topics)
    for claim in claims:
        topic = topics.get(claim.id)
        key = _count_key(claim, topic)
        if key is None or topic is None or topic.affiliation:
            continue
        groups = named.get(key[1:], set())
        if len(groups) == 1:
            out[claim.id] = replace(topic, affiliation=next(iter(groups)))
    return out


def roles_told_as_people(claims: Sequence[Claim], topics: Mapping[str, Topic]) -> dict[str, Topic]:
    """The topics, a count of a role noun no class of people lists read as people in the
    harm the story's reports tell of that noun and that value in its own words ("six
    worshippers were killed"): "the six worshippers had gathered for prayers" repeats the
    count of those killed (see ``topic_of``). Reports name a set's harm once and repeat its
    count without it; a count of another value ("200 worshippers were inside") is another
    set, and a noun and value told with two harms says neither.

    Args:
        claims: The story's figure claims.
        topics: Their topics by claim id.
    """
    harms: dict[tuple[str, float, float | None], set[str]] = {}
    for claim in claims:
        topic = topics.get(claim.id)
        figure = claim.figure
        if topic is None or figure is None or figure.low is None or not topic.role:
            continue
        if topic.population == "civilians" and topic.narrowed:
            harms.setdefault((topic.narrowed, figure.low, figure.high), set()).add(topic.state)
    out = dict(topics)
    if not harms:
        return out
    for claim in claims:
        topic = topics.get(claim.id)
        figure = claim.figure
        if topic is None or figure is None or figure.low is None:
            continue
        if topic.kind != "count" or topic.affiliation:
            continue
        told = harms.get((topic.population, figure.low, figure.high), set())
        if len(told) == 1:
            out[claim.id] = replace(
                topic,
                population="civilians",
                narrowed=topic.population,
                role=True,
                state=next(iter(told)),
            )
    return out


_CountKey = tuple[str, str, float, float | None]


def _count_key(claim: Claim, topic: Topic | None) -> _CountKey | None:
    """A report's exact count of a noun that may name a group's members, as its report,
    noun and values; None for any other figure."""
    figure = claim.figure
    if topic is None or figure is None or topic.kind != "count" or figure.low is None:
        return None
    if not named_noun(topic.population):
        return None
    return (claim.doc, topic.population, figure.low, figure.high)


def votes_apart(figures: Sequence[Claim], topics: Mapping[str, Topic]) -> dict[str, Topic]:
    """Topics with each of a report's votes of one body kept to itself.

    A report that gives one body's side of a vote two different values ("the Senate voted
    60-40 to pass the bill ... had voted 52-48 on an amendment") tells two votes, not one
    revised: as nothing says which of them another report's tally is, neither meets any
    other. Equal values are one vote told twice.
    """
    values: dict[tuple[str, str, str, str | None], set[float | None]] = {}
    for claim in figures:
        topic = topics.get(claim.id)
        if topic is None or topic.kind != "tally" or claim.figure is None:
            continue
        values.setdefault(_vote_key(claim, topic), set()).add(claim.figure.low)
    out = dict(topics)
    for claim in figures:
        topic = topics.get(claim.id)
        if topic is None or topic.kind != "tally" or claim.figure is None:
            continue
        if len(values[_vote_key(claim, topic)]) > 1:
            out[claim.id] = replace(topic, ballot=f"{topic.ballot or ''}#{claim.id}")
    return out


def _vote_key(claim: Claim, topic: Topic) -> tuple[str, str, str, str | None]:
    return (claim.doc, topic.population, topic.state, topic.ballot)


def things_named_before(
    claims: Sequence[Claim], topics: Mapping[str, Topic], documents: Mapping[str, Document]
) -> dict[str, Topic]:
    """The topics, a number that names no noun but says what befell things ("Thirty were
    flattened", "of those, 30 were destroyed") counting the things its sentence or the one
    before counts, when they count one kind of thing only ("The storm damaged about 200
    houses. Thirty were flattened."): a report names the things once and goes on counting
    them. With two kinds of thing counted there, or none, it stays a count of its own.

    Args:
        claims: The story's figure claims.
        topics: Their topics by claim id.
        documents: The story's reports by id.
    """
    out = dict(topics)
    by_doc: dict[str, list[Claim]] = {}
    for claim in claims:
        by_doc.setdefault(claim.doc, []).append(claim)
    for doc, held in by_doc.items():
        document = documents.get(doc)
        if document is None:
            continue
        for claim in held:
            topic = topics.get(claim.id)
            if topic is None or topic.state not in _DAMAGE or topic.kind != "count":
                continue
            if not topic.population.startswith("unknown ("):
                continue
            begin = _sentence_of(document.text, claim.start, claim.end)[0]
            if begin > 1:
                begin = _sentence_of(document.text, begin - 2, begin - 1)[0]
            kinds = {
                t.population
                for other in held
                if begin <= other.start < claim.start
                and (t := topics.get(other.id)) is not None
                and t.kind == "count"
                and t.population not in PERSONS
                and "(" not in t.population
                and _nearest(_STATE_WORDS, t.population, None) is None
            }
            if len(kinds) == 1:
                out[claim.id] = replace(topic, population=kinds.pop())
    return out


def unknowns(topic: Topic) -> int:
    """How many parts of a topic are unknown: fewer means a more specific figure."""
    w = topic.window
    return sum(
        (
            topic.place is None,
            w.days is None and w.start is None and w.day is None,
            topic.cause is None or topic.cause in DYING_OF,
            topic.state in {"other", UNSAID},
        )
    )


# Counted words that only point at something said elsewhere.
_PRONOUNS = frozenset(
    {"it", "them", "they", "this", "that", "these", "those", "which", "who", "whom", "one"}
    | {"he", "she", "him", "her", "we", "us", "you", "i"}
)


_WORD = re.compile(r"[a-z]+")
# How many words after a vague amount may hold its own verb ("took to the streets").
_OWN_VERB_WORDS = 5


# A verdict's verb governing a count of people: right before it ("convicted 12
# defendants") or as its own verb right after it ("two men were found guilty").
_CONVICTED_BEFORE = re.compile(r"\b(?:convicted|found\s+guilty)\s+(?:the\s+|all\s+)?$", re.I)
_CONVICTED_AFTER = re.compile(
    r"^\s*(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|also|later)\s+)*"
    r"(?:convicted|found\s+guilty)\b",
    re.IGNORECASE,
)
_STAGE_WORDS = _table(
    (
        ("arrested", ("arrested", "arrests", "detained", "rounded up", "under arrest")),
        ("charged", ("charged", "accused", "indicted", "prosecuted")),
        ("convicted", ("convicted", "found guilty")),
    )
)


# The verb a count of charges is the object of, right before it ("charged with two counts",
# "found guilty of two counts", "arraigned on", "pleaded not guilty to"), past the charges
# listed before it ("guilty of two counts of murder and one count of arson"), and the stage
# of the case it tells: the charges laid, the verdict on them.
_CHARGE_VERB = re.compile(
    r"\b(?P<verb>found\s+not\s+guilty|acquitted|cleared"
    r"|(?:pleaded|pleads?|pled)\s+not\s+guilty|charged|indicted|arraigned|accused|fac(?:es?|ing)"
    r"|convicted|(?:found|pleaded|pleads?|pled)\s+guilty|guilty)"
    r"\s+(?:(?:[a-z]+\s+){0,2}?(?:of|on|with|to|for)\s+|(?<=face\s)|(?<=faces\s)|(?<=facing\s))"
    r"(?:all\s+|the\s+)?(?:[^.;:]*?\b(?:counts?|charges?)\b[^.;:]*?(?:,|\band)\s+)?$"
)


_IF_VERDICT = re.compile(r"\b(?:if|unless|whether|once|until)\s+(?:\w+\s+){0,2}$")
"""Words before a verdict's verb that make it one to come ("if convicted on", "unless
he is found guilty of")."""


def _charge_stage(before: str) -> str | None:
    """The stage of a case a count of charges is told at, by the verb it is the object of:
    ``charged`` ("charged with", "arraigned on", "faces", "pleaded not guilty to"),
    ``convicted`` ("convicted of", "found guilty of", "pleaded guilty to") or
    ``acquitted`` ("acquitted of", "found not guilty of"); None when no such verb stands
    right before it."""
    tail = before[-100:].lower()
    told = [m for at in range(len(tail)) if (m := _CHARGE_VERB.match(tail, at))]
    # The verb nearest the count ("charged and convicted of two counts" tells the verdict),
    # read whole ("pleaded not guilty to", not its "guilty to").
    whole = [m for m in told if not any(o.start() < m.start() <= o.end("verb") for o in told)]
    if not whole:
        return None
    verb = whole[-1].group("verb")
    if _IF_VERDICT.search(tail[: whole[-1].start()]):
        # "could face life if convicted on all three charges": a verdict to come, on the
        # charges laid.
        return "charged"
    if verb.startswith(("plead", "pled")):
        # A plea of not guilty answers the charges; one of guilty convicts.
        return "charged" if "not" in verb else "convicted"
    if "not" in verb or verb in {"acquitted", "cleared"}:
        return "acquitted"
    return "convicted" if "guilty" in verb or verb == "convicted" else "charged"


def _stage(claim: Claim, state: str | None, before: str, after: str) -> str | None:
    """The stage of a case a count of people held in it is at: the one its own words name
    (:func:`case_stage`), else the one its clause's verb names nearest the number
    ("convicted 12 defendants", "twelve were found guilty")."""
    own = case_stage(claim)
    if own is not None or state != "arrested":
        return own
    return _nearest(_STAGE_WORDS, "", (before[-40:].lower(), after[:40].lower()))


def _spot(claim: Claim, places: Places | None) -> str | None:
    """Where a repeated phrase is said: the story's scene at whatever level a report names
    it ("Athens", "Greece" for a riot in Athens), else the claim's own place."""
    if places is not None and claim.where and places.at_scene(claim.where):
        return "the scene"
    return claim.where


def _repeated(claim: Claim, places: Places | None) -> str | None:
    """The key a phrase repeated from report to report is known by: its words where it is
    said, when they are three words or more ("several dozen youths" in Athens), or fewer
    in a sentence that dates them ("In December 2028, three men emptied a jeweller": the
    words, the place and the date copied together); None for a short undated phrase ("two
    women"), which two reports may write of different people."""
    key = f"{_spelling_key(claim.text)} @ {_spot(claim, places)}"
    if len(claim.text.split()) >= 3:
        return key
    figure, when = claim.figure, claim.when
    if figure is None or not figure.scope or when is None or when.start is None:
        return None
    return f"{key} @ {when.start}/{when.end}"


_COPY_WORDS = 10  # words a sentence needs before two reports are unlikely to share it by chance


def _copied_sentence(claim: Claim, document: Document | None) -> str | None:
    """The key a figure is known by in a sentence long enough to be copied rather than
    written twice: the sentence's words and where in them the figure stands; None for a
    shorter sentence ("Both women died."), which two reports may write independently."""
    if document is None:
        return None
    start, end = _sentence_of(document.text, claim.start, claim.end)
    sentence = document.text[start:end]
    if len(sentence.split()) < _COPY_WORDS:
        return None
    before = _spelling_key(document.text[start : claim.start])
    return f"copied {_spelling_key(sentence)} @ {len(before)}"


def _spelling_key(text: str) -> str:
    """Words as compared for a repeated phrase: a compound is one word however it is
    written ("school children", "schoolchildren", "school-children")."""
    return re.sub(r"[\s-]+", "", text.lower())


def _first_words(text: str, count: int) -> str:
    """The first ``count`` words of a text, with what lies between them."""
    found = list(re.finditer(r"[\w'-]+", text[:200]))
    return text[: found[count - 1].end()] if len(found) >= count else text


def _counts_no_thing(counted: str | None, names: frozenset[str]) -> bool:
    """Whether a duration's counted words name no thing that lasts: nothing, a name ("For
    four days, Greece ..."), or a place ("For a week, Athenian streets ...")."""
    head = _head(counted)
    if head == "unknown" or head in _LOCATED or head in {"street", "square", "country"}:
        return True
    return counted is not None and counted[:1].isupper() and counted.lower() in names


def _lead_in(claim: Claim, document: Document | None) -> str:
    """The text just before a claim, across sentence ends."""
    return document.text[max(0, claim.start - _LEAD_IN) : claim.start] if document else ""


_LEAD_IN = 160
"""How many characters before a number may say what it sizes."""


def _sizes_a_shock(
    figure: Figure, before: str, after: str, lead_in: str = "", figure_text: str = ""
) -> bool:
    """Whether a number given in tenths (its text "4.0" counts) sizes a shock: "a 5.9
    earthquake", "the magnitude at 6.1", "5.9 on the Richter scale", "aftershocks of around
    4.0", or one counting nothing in a sentence that sizes a shock ("put the quake's
    magnitude at 5.9, but the survey said it was 6.1"): no count of quakes comes in
    tenths."""
    value = figure.low if figure.low is not None else figure.high
    if value is None or (float(value).is_integer() and not _TENTHS.search(figure_text)):
        return False
    if _SHOCK_AFTER.match(after) or _SHOCK_BEFORE.search(before[-40:]):
        return True
    counts = _head(figure.counted)
    return (counts == "unknown" or counts in _PRONOUNS) and _SIZED.search(lead_in) is not None


def _a_person(counted: str | None, entities: Mapping[str, Entity]) -> bool:
    """Whether counted words are a person's name the story's entities hold."""
    if not counted or not counted[:1].isupper():
        return False
    return any(
        e.type == "PERSON" and counted in (e.name, *e.aliases, *e.name.split())
        for e in entities.values()
    )


def _staff(counted: str | None) -> bool:
    """Whether counted words name a firm's staff ("employees", "workers"), not someone's
    fellows ("co-workers", "fellow workers")."""
    words = (counted or "").lower()
    return _head(counted) in _STAFF and not re.search(r"\bco-?\s*|\bfellow\b", words)


def _hits(counted: str | None, text: str, before: str, after: str) -> bool:
    """Whether a count is of the times someone was hit by gunfire: "shot seven times",
    "hitting Reyes eleven times", "seven bullets hit him", "seven bullets entered his body",
    "was hit by seven bullets"; a count of bullets fired ("fired seven bullets") is not."""
    head = _head(counted)
    if head == "time":
        return _HIT_TIMES.search(before[-40:]) is not None
    if head not in _SHOTS or (counted or "").lower().endswith("shot"):
        return False
    words = f"{text}{after}"
    noun = _BULLET_NOUN.search(words)
    told = words[noun.end() :] if noun is not None else after
    return _BULLETS_HIT.match(told) is not None or _HIT_BY.search(before[-60:]) is not None


def _fired(counted: str | None, before: str, sentence: str) -> bool:
    """Whether a count is of shots fired: "11 shots", "11 bullets", "11 rounds" where a gun
    is in the sentence, "fired eleven times"."""
    head = _head(counted)
    if head == "shot" and not (counted or "").lower().endswith("shots"):
        return False  # "3 shot dead": those shot, not shots
    if head in _SHOTS:
        return head != "round" or _GUNFIRE.search(sentence) is not None
    return head == "time" and _FIRED_TIMES.search(before) is not None


# An office held over a place, written before the place ("the governor of Hormozgan") or
# after it ("Qeshm Gov.", "the Qeshm island governor", "Hormozgan's mayor").
_OFFICE = r"(?:gov\.|governor|mayor|prefect|police\s+chief|governor-general)"
_OFFICE_BEFORE = re.compile(rf"\b{_OFFICE}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_OFFICE_AFTER = re.compile(
    rf"^(?:['’]s)?\s+(?:(?:province|provincial|island|city|state|county|district)\s+)?"
    rf"{_OFFICE}(?!\w)",
    re.IGNORECASE,
)


# A publication named after a name ("Kathimerini daily"), a person's title before one
# ("governor Heydar Alishbandi", "Mr. Dalman") or an office in apposition after one
# ("Heydar Alishbandi, Governor of Qeshm island").
_OUTLET_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:daily|newspaper|paper|weekly|magazine|tabloid|news\s+agency|"
    r"television|radio|broadcaster)\b",
    re.IGNORECASE,
)
_OFFICE_APPOSED = re.compile(
    r"^\s*,\s*(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:governor|mayor|spokesman|spokeswoman|"
    r"minister|head|chief|director|president|commander)\s+(?:of|for)\b",
    re.IGNORECASE,
)
# A place a report compares the scene to ("looks like downtown Beirut"), not one it is at.
_LIKENED_BEFORE = re.compile(
    r"\b(?:like|resembl\w*|reminiscent\s+of|compared\s+(?:to|with))\s+"
    r"(?:(?:downtown|central|wartime|a|the)\s+)?$",
    re.IGNORECASE,
)
_TITLE_BEFORE = re.compile(
    r"\b(?:governor|gov\.|mayor|minister|spokesman|spokeswoman|spokesperson|president|"
    r"mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?|general|colonel|chief|director|officer|"
    r"commander|secretary|senator|judge|lawmaker|protester|protestor|demonstrator|student|"
    r"resident|witness|shopkeeper|activist|analyst|economist|pollster|professor|teacher|"
    r"survivor|villager|farmer|lawyer|anarchist)\s+$",
    re.IGNORECASE,
)


def _mentions_in(place: Entity, doc: str, places: Places | None) -> Sequence[Mention]:
    """A place's mentions in one report, from the story's index when there is one."""
    found = places.named_in(place.id, doc) if places is not None else None
    if found is not None:
        return found
    return [m for m in place.mentions if m.doc == doc]


def _named_otherwise_than_a_place(
    claim: Claim, document: Document | None, place: Entity, places: Places | None = None
) -> bool:
    """Whether every mention of a place entity in the figure's report names an outlet
    (a daily, a newspaper) or a person (after a title), a name typed as a place wrongly, or
    a place the scene is likened to."""
    if document is None or place.type not in {"GPE", "LOC", "FAC"}:
        return False
    text = document.text
    named = _mentions_in(place, claim.doc, places)
    return bool(named) and all(
        _OUTLET_AFTER.match(text[m.end : m.end + 30])
        or _LIKENED_BEFORE.search(text[max(m.start - 40, 0) : m.start])
        or (
            " " in m.text.strip()
            and (
                _TITLE_BEFORE.search(text[max(m.start - 30, 0) : m.start])
                or _OFFICE_APPOSED.match(text[m.end : m.end + 50])
            )
        )
        for m in named
    )


def _a_vessel(place: Entity, document: Document | None) -> bool:
    """Whether the figure's report writes a place entity's name as a ship's anywhere ("INS
    Orvel", "the frigate Orvel", "patrol vessel Orvel"): the ship, not a place."""
    if document is None:
        return False
    text = document.text
    return any(m.doc == document.id and names_a_vessel(text, m.start) for m in place.mentions)


# Settlements a figure may count, and a report naming a place as one of them ("the village
# of Gavarzin", "Tonban village").
_SETTLEMENTS = frozenset({"village", "town", "hamlet"})
_SETTLEMENT_BEFORE = re.compile(r"\b(?:village|town|hamlet)s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_SETTLEMENT_AFTER = re.compile(r"^\s+(?:village|town|hamlet)\b", re.IGNORECASE)


def _one_of_them(
    claim: Claim, document: Document | None, place: Entity, places: Places | None = None
) -> bool:
    """Whether the figure's report names its place as a village or a town: one of the
    settlements a count of them counts, not where they lie."""
    if document is None:
        return False
    text = document.text
    return any(
        _SETTLEMENT_BEFORE.search(text[max(m.start - 30, 0) : m.start])
        or _SETTLEMENT_AFTER.match(text[m.end : m.end + 20])
        for m in _mentions_in(place, claim.doc, places)
    )


# How much text before a figure's sentence is the sentence before it, at the least.
_BEFORE_SPAN = 40
# A place ending the name of one who speaks: "the disaster centre in Hormozgan as saying".
_SPEAKS_AFTER = re.compile(r"^\s+as\s+saying\b", re.IGNORECASE)


def _seat_of_speaker(
    claim: Claim, document: Document | None, place: Entity, places: Places | None = None
) -> bool:
    """Whether the place the figure was given is named, nearest before the figure (in its
    sentence or the one before), only in an office's title: the seat of a speaker."""
    if document is None or place.type not in {"GPE", "LOC"}:
        return False
    text = document.text
    start, end = _sentence_of(text, claim.start, claim.end)
    opening = start
    while opening > 0 and start - opening < _BEFORE_SPAN:
        # The sentence before (an abbreviation's stop, "Qeshm Gov. X said", cuts no
        # sentence worth the name).
        opening = _sentence_of(text, opening - 1, opening - 1)[0]
    named = [
        m
        for m in _mentions_in(place, claim.doc, places)
        if min(opening, start) <= m.start and m.end <= end
    ]
    if not named:
        return False
    return all(
        _OFFICE_BEFORE.search(text[max(m.start - 40, 0) : m.start])
        or _OFFICE_AFTER.match(text[m.end : m.end + 40])
        or _SPEAKS_AFTER.match(text[m.end : m.end + 20])
        for m in named
    )


def _places_a_place(counted: str | None) -> bool:
    """Whether a length's counted words name a place (a name, "the island", "the
    epicentre") or nothing but its unit: a distance between two places."""
    if counted and counted[:1].isupper():
        return True
    return _head(counted) in _LOCATED


_ENDS_IN_S = frozenset(
    {"bus", "gas", "virus", "campus", "census", "bonus", "status", "circus", "surplus"}
    | {"apparatus", "genius", "chorus", "atlas", "canvas", "bias", "alias", "iris"}
)
"""Nouns whose singular ends in a single "s" and whose plural adds "es" ("buses"): the
plural's head is the singular's, never "buse"."""


# A figure's counted words are asked for their head many times over (``topic_of`` and the
# tests it runs): read once per wording. (A pure function: cached.)
@lru_cache(maxsize=1 << 12)
def _head(counted: str | None) -> str:
    words = re.findall(r"[a-z]+", (counted or "").lower())
    if not words:
        return "unknown"
    word: str = words[-1]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")) and len(word) > 4:
        return word[:-2]  # "witnesses", "churches", "boxes"
    if word.endswith("es") and word[:-2] in _ENDS_IN_S:
        return _head(word[:-2])  # "buses" as "bus", "campuses" as "campus" is read
    if word.endswith("ss") or word in _ENDS_IN_S:
        return word  # "a business" as "businesses" is read, "one bus" as "buses"
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _affiliation(measure: str, place: Entity | None, counted: str | None = None) -> frozenset[str]:
    """Capitalised names in the measure that are not its place: whose fighters, whose share.
    The counted noun is never a name of its own ("two Mothers with Horton" count mothers)."""
    place_words: set[str] = (
        {_head(counted), (counted or "").split()[-1].lower()} if counted else set()
    )
    if place is not None:
        for name in (place.name, *place.aliases):
            place_words |= {w.lower() for w in _NAME_WORD.findall(name)}
    names = _CAPITALISED.findall(measure)
    out = set()
    for name in names:
        words = [w for w in name.split() if w.lower() not in place_words]
        if words:
            out.add(" ".join(words).lower())
    return frozenset(out)


@lru_cache(maxsize=1 << 12)
def _sides(names: frozenset[str]) -> frozenset[str]:
    """Names of groups as compared: a people's name is written several ways ("Somali",
    "Somalis", "Somalian pirates"; "Yemeni", "Yemenis"), one side whichever a report
    uses. Each word loses a plural "s" and an "an" after "i" ("somalian" as "somali"):
    keys to compare by only, never shown."""
    return frozenset(" ".join(_SIDE_FORM.sub("", w) for w in n.split()) for n in names)


# A people's name's endings that vary between reports: a plural "s", "-ian" for "-i".
_SIDE_FORM = re.compile(r"(?<=i)an(?=s?$)|(?<=[a-z]{3})s$")


def _window(claim: Claim, document: Document | None) -> Window:
    figure = claim.figure
    scope = (figure.scope if figure else None) or ""
    if scope and document is not None and _compared_since(claim, document, scope):
        # "more than 50,000, the biggest protest since he took office": the span a
        # superlative is measured over, not one the figure counts over.
        return Window()
    days: float | None = None
    span = _SPAN.search(scope)
    if span:
        count = case_key(span.group(1))
        n = float(count) if count.isdigit() else float(_NUMBER_WORDS.get(count, 1))
        days = n * _UNIT_DAYS[case_key(span.group(2))]
    when = claim.when
    cumulative = bool(_CUMULATIVE.search(scope))
    start = when.start if when and when.start and cumulative else None
    dated = bool(_DATED_IN.match(scope)) and when is not None and when.precision != "day"
    if days is None and when and when.start and when.end and when.start != when.end and not dated:
        # "in September 2010", "in 2005" date the event a figure counts, a month or a year
        # long only as a date is: no window it counts over (the event's days still set
        # events apart, see ``_event``).
        days = float(max(1, _date(when.end) - _date(when.start)))
    point = bool(_POINT.search(scope)) and not cumulative
    day = when.start if when and when.start and when.start == when.end else None
    return Window(
        day=day,
        days=days,
        start=start,
        point=point,
        cumulative=cumulative,
        text=scope or None,
        so_far=_so_far(claim, document),
    )


def _so_far(claim: Claim, document: Document | None) -> bool:
    """Whether a count of things is told, in its sentence, as a running total "so far",
    "thus far" or "to date", or as summed over several of a campaign's acts ("during the
    four operations"): a campaign's tally, not one act's (see ``relation``); or a sum of
    money as a running total (:func:`running_sum`)."""
    if document is not None and claim.figure is not None and claim.figure.kind == "money":
        return running_sum(claim, document)
    if document is None or claim.figure is None or claim.figure.kind != "count":
        return False
    begin, stop = _sentence_of(document.text, claim.start, claim.end)
    return tells_tally(document.text[begin:stop])


# A verb of takings in the present perfect right before a sum, with its hedge: "has grossed
# $368 million", "has already brought in over $363 million", "have taken in nearly". The
# sum is what came in up to the report's time; "had grossed" tells a time before it.
_TAKEN_SO_FAR = re.compile(
    r"\b(?:has|have|'s)\s+(?:(?:already|now|so\s+far|since|just|also)\s+)*"
    r"(?:grossed|earned|taken\s+in|brought\s+in|pulled\s+in|raked\s+in|collected|"
    r"accumulated|amassed|racked\s+up)\s+"
    r"(?:(?:more|less)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+|"
    r"around\s+|roughly\s+|close\s+to\s+|an\s+estimated\s+)?$",
    re.IGNORECASE,
)
# Words bringing a running total up to a sum: "bringing its total to $80 million", "pushing
# the film's worldwide total to".
_TOTAL_TO = re.compile(
    r"\b(?:bringing|brings|brought|pushing|pushes|pushed|taking|takes|took|lifting|lifts)\s+"
    r"(?:its|the|their|his|her)\s+(?:[\w'\u2019-]+\s+){0,2}total\s+to\s+(?:about\s+|some\s+)?$",
    re.IGNORECASE,
)
_TAKINGS_BEFORE = 60


def running_sum(claim: Claim, document: Document) -> bool:
    """Whether a sum of money is told as a running total, what came in up to the report's
    time: a verb of takings in the present perfect right before it ("has grossed $368
    million", "has already brought in over $363 million"), words bringing a total up to it
    ("bringing its total to $80 million"), or "so far" or "to date" in its sentence. A
    film's gross, an appeal's donations told so are one sum that grows as reports come in
    (see ``relation`` and :func:`~.verdicts.judge`). A sum whose words name a purpose an
    event has one sum for (``purposes.tsv``: money raised, a ransom) is that one sum
    already, told so or not, and is not read here."""
    if claim.figure is None or claim.figure.kind != "money":
        return False
    before = document.text[max(0, claim.start - _TAKINGS_BEFORE) : claim.start]
    begin, stop = _sentence_of(document.text, claim.start, claim.end)
    if not (
        _TAKEN_SO_FAR.search(before)
        or _TOTAL_TO.search(before)
        or _SO_FAR.search(document.text, begin, stop)
    ):
        return False
    _, ahead, after = _context(claim, document)
    purpose = money_purpose(claim.figure.counted or "", claim.text, ahead, after)
    return purpose not in SINGLE_PURPOSES


def tells_tally(sentence: str) -> bool:
    """Whether a sentence tells a campaign's running total: "so far", "thus far", "to
    date", or summed over several of its acts ("during the four operations")."""
    return bool(_SO_FAR.search(sentence) or _OVER_ACTS.search(sentence))
