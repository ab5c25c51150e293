"""Find every number in a text that reports a quantity, with its hedge and unit.

``find_quantities`` is the first half of figure extraction: it finds the number phrase
("up to 8,000", "between 600 and 700", "dozens") and reads its value; a later stage attaches
the counted noun, the speaker and the scope from the parse. Regexes and word tables only, so
it runs without a model and every decision can be read here.

How a phrase becomes a value
============================

=====================================  ===========  ==========  ==========  ===============
phrase                                 hedge        low         high        note
=====================================  ===========  ==========  ==========  ===============
"8,000", "one hundred", "a dozen"      exact        8000        8000
"about/around/approximately/roughly/   about        150         150         as REPORT_FORMAT
some/close to/an estimated/an                                                "around 150"
approximate 150"
"nearly/almost/near 150"               about        150         150         see (1)
"150 or so", "perhaps/maybe 150",      about        150         150
"give or take 150"
"in the region of 150", "in the 150    about        150         150
range"
"at least/more than/over/above/in      at_least     1000        null        see (2)
excess of/upwards of/north of/as few
as 1000", "1000+", "1000 or more"
"up to/as many as/at most/no more      at_most      null        10          see (2)
than/fewer than/less than/under/
below/shy of 10", "10 or fewer"
"between 600 and 700", "600-700",      range        600         700         see (3)
"600 to 700", "from 600 to 700"
vague amounts (table below)            vague        floor       null        vague=True
fractions (table below)                as written   percent     percent     kind "percent"
=====================================  ===========  ==========  ==========  ===============

(1) "nearly 270,000" is kept at the stated value with hedge "about", not turned into an upper
    bound: reporters use "nearly" for a rounded figure, and the stated number is what a
    reader would compare with other sources.
(2) Strict and non-strict bounds both keep the stated number: "more than 1,000" gives low 1000,
    "fewer than 10" gives high 10 (not 1001 or 9). The bound is what the source said; ``text``
    keeps the wording for anyone who needs the strict reading. A word of how far past the
    bound ("just over", "well over $10m", "far more than", "a little under") stays in the
    phrase and keeps the bound.
(3) A range with a vague end ("from a dozen to several hundred") is vague: low is the floor
    of its lower end, high is null.

Vague amounts get a conservative floor, as casualty recorders take the lowest reading of
"dozens"; the ceiling is left open (null) because usage varies too much to pin one:

=====================================================  ===============
phrase                                                 low (floor)
=====================================================  ===============
"a handful"                                            2
"tens" (of)                                            20
"dozens", "several dozen", "a few dozen"               24
"scores" (of)                                          40
"hundreds", "several/a few/many hundred(s)"            200
"thousands", "several thousand"                        2,000
"tens of thousands"                                    20,000
"hundreds of thousands"                                200,000
"millions", "several million"                          2,000,000
"tens of millions" / "hundreds of millions"            20,000,000 / 200,000,000
"billions"                                             2,000,000,000
=====================================================  ===============

"several" alone has the floor 3 ("several shops"), "a few" before a length 2 ("a few blocks
away", "a few miles"); "a few" before anything else ("a few neighbours", "a few days ago") is
not returned: it has no number word to anchor a floor.

Fractions are shares, so they read as percentages (kind "percent", unit "percent", value
rounded to one decimal) with the hedge as written: "about a quarter" is about 25, "more than
half of" is at least 50, "two-thirds" is exactly 66.7:

==========================================================  ===============
phrase                                                      value (percent)
==========================================================  ===============
"half of", "half the"                                       50
"a/one third", "two-thirds"                                 33.3, 66.7
"a/one quarter", "three quarters"                           25, 75
"a fifth" ... "nine tenths" (any numerator one to nine)     numerator / denominator
==========================================================  ===============

A fraction needs a numerator ("a", "an", "one" ... "nine"), except "half", and must be
followed by "of", a determiner ("half the town"), the end of a clause ("about a quarter, of
its ..."; "a third.") or the other end of a range of shares ("between half and two-thirds");
a hyphenated fraction needs nothing after it ("a one-third stake"). So "a third term", "the
third quarter", "the second half" and "cut by half" are not fractions. A fraction of a time
("a quarter of an hour", "half of the year") is not a share and is left out; a fraction of a
scale is a number ("a quarter of a million", "three quarters billion": 250,000 and
750,000,000). A fraction in digits is a number, not a share ("1/2", "10 1/2 miles", "a 1/4
mile oval": 0.5, 10.5, 0.25), when its numerator is smaller than a usual denominator (2, 3,
4, 5, 8, 10, 16, and a bond's 32 and 64, read exactly: "99 29/32"; an ordinal's letters may
follow: "2/3rds"); "50/50", "24/7" and "9/11" are not. Before "of" or a noun of a share
("a 2/3 majority") it is a share; of one unit it is that much of the unit ("3/8 of an inch":
0.375 in). A fraction in one character ("½",
"¾") is read after a whole number ("2½ hours": 2.5) or alone ("½ mile": 0.5; "¾ of voters"
is a share, 75 percent).

How digits are read
===================
Thousands separated by a comma ("8,000"), a no-break or thin space, a comma and a space as
tokenizers write it ("20, 000": only after one or two digits or before "000", so "rooms 101,
102" stays two numbers), or points in groups ("1.500.000"); before the euro or another currency
of a country that groups thousands so, one space or one point ("300 000 euros", "12.000 euros",
"€12.000", "Rp 15.000"; a decimal comma after the space: "1 234,56 EUR"), and one space before
a group that opens with a zero, which no count does ("5 000 people"); a power of ten with a
caret ("10^6"); decimals after a point, or after a point and a space ("4. 6", one or two
digits). A minus sign glued to the digits ("-4.5%", "-5 degrees", an en dash "–5C" after no
number), or to the currency's sign ("-$500", "(−£3m)"), or the word "minus" makes the value
negative. Scale words and suffixes: "thousand" (and "grand" as speech says money: "50 grand"),
"lakh" or "lac" (100,000), "million", "crore" (10,000,000; "cr" with money: "Rs1.2cr"),
"billion", "trillion", a hyphen allowed ("$143 - billion"); glued "k", "m"/"mn"/"mln", "M",
"bn"/"bln", "tn"; a spaced "mln", "bln", "trn" as wire copy writes them ("3 mln shares"); "b",
"B" and a spaced "bn", "b.", "m.", "Mio.", "Mrd." only with money ("$4 bn", "8 B", "110 b.
Euro", "EUR 4 Mio.", "€1.5 Mrd."); "hundred" before a larger scale ("3 hundred thousand") and
"lakh crore" (10^12, "Rs 1.5 lakh crore") multiply. A glued "m" is a million with money or
before a count ("£5m", "5m people"), else metres ("a 48m wall"); a scaled amount joined
right after a scaled amount of money is money in its currency ("£3m and a further 1.2m"),
and an amount with an abbreviated scale ("bn", "m", "mn", "tn") a few words after a word only
sums go with ("worth 22.4bn", "paid 40m", "revenue of 3.1bn") is money whose currency the
report does not write (unit "¤", basis "unknown"). Words: "a couple of" is about 2,
"several" is vague with floor 3 (not "several sources", who told the report, nor "in several
neighbourhoods", where it happened), and "a week", "an hour"
are one unit of time where they read as a length of time ("more than a week", "a week of
violence", "lasted an hour", "served a year and a half"; "a second time" is an ordinal); an
ordinal before "straight", "consecutive" or "successive" counts the run it ends ("their
eighth straight win": 8), never a run of times ("a third straight day"). "Twice", "once"
and "thrice" count how often ("shot him twice", "used only once"), never as a multiplier
("twice as many", "twice the size"), a rate ("twice a week"), a past time ("was once the
mayor") or a clause ("once he arrived").

Verbs of passing a mark make the number a floor: "surpassed 1,500", "topped", "exceeded",
"crossed", "climbed past", "topped the 1,000 mark" (hedge at_least; the verb is the predicate
and stays outside the phrase); verbs of coming close make it about that many ("neared 50",
"approaching the 100 mark"), never before what the number counts ("approached 3 women").

Kinds and units
===============
``kind`` and ``unit``:

==============  ===========================================================================
kind            units read after the number (glued, spaced or hyphenated: "6kW", "50 mph",
                "185-hp", "10km", "a 68-ounce can")
==============  ===========================================================================
count           none
percent         "percent" (%, per cent, pct, a glued "pc"), "percentage_point" (also a
                poll's "15-point lead"; a game's "10-point lead" is a count), "basis_point"
                ("75 basis points", "25bp")
money           a currency code, or the sign as written when unknown: see below
area            km2, m2, mi2, ft2, yd2, in2, cm2, ha, acre ("1,500 - square - kilometer", "a
                2-acre plot", "2 ft²", "5 km^2")
length          km ("a 10K race"), mi, nmi (nautical miles), m ("170 m deep"), dm, cm, mm, in
                (also 10 ", 55″), ft ("10' high"), yd, ly (light years), nm (nanometres), pm
                (picometres), µm (microns); a height as one compound or with marks
                ("6-foot-2", "6'2\"") is one length in inches, while "5 feet 11 inches" is read
                as written: 5 ft, 11 in
mass            kg, mg, µg, g, t (tonnes, tons, "100t"), lb ("pounds" that are no money), oz,
                ct (carats), Gt ("five gigatons of CO2e")
volume          ml, µl, cl, dl, l ("1.5L", "50 L"), hl, gal, qt, pt (pints), fl oz, bbl (barrels,
                "bpd"), m3, cm3, km3, ft3, in3, yd3, mi3 ("3 cubic metres", "3 m³", "20 cu
                ft", "125 cc"), cup (cups, spoons)
speed           km/h (kph, kmph, km/hr, km per hour), mph, kn, m/s, ft/s
power           W, kW, MW, GW, hp (in product copy's small letters when glued: "250w",
                "2kw"; likewise "3ghz", "220v", "64gb", "100mbps", "5gal", "500sqft")
energy          kWh, MWh, GWh, TWh, each its own ("400kwh" in small letters glued); kt, Mt
                (a blast's yield: "a 20-kiloton bomb"); kcal ("150 calories", "5,500
                kcal"); a battery's mAh and Wh ("5000mAh", "99.9Wh")
temperature     °C, °F ("28 degrees Celsius", "98.6 degrees f", "15C", "45 C (113 F)", "40ºC",
                "25oC"; "18 c", "40 f" where the line speaks of a temperature),
                K ("300 kelvin")
degree          degree: degrees with no scale, a temperature or an angle ("5 below zero":
                minus five); turn, a share of a full rotation ("a half turn": 0.5)
magnitude       magnitude ("magnitude 5.9", "a 6.1 magnitude quake", "on the Richter scale")
data            GB, MB, TB, PB, KB, bit ("a 16-bit chip"), Mbit, Gbit, kbit/s, Mbit/s ("100
                Mbps"), Gbit/s
frequency       Hz, kHz, MHz, GHz ("2.4GHz", "50 hertz"); rpm ("7,000 rpm", "33 revolutions
                per minute"); fps ("60fps")
voltage         V, kV ("230V", "a 9-volt battery", "a 400 kV line")
duration        millisecond ("1ms", "250 milliseconds"), second, minute, hour, day, night,
                week, weekend, fortnight, month, year, decade, century ("hr", "mins",
                "1hr"; Malay "minit", "jam", "hari", "minggu", "bulan", "tahun")
==============  ===========================================================================

Money: a sign or code before the number ("US$5m", "S$ 1.2 billion", "€3m", "RM5", "USD 200",
"euro110 billion", "e75m" where an encoding lost the €) or a code, word or sign after it
("115USD", "40 million dollars", "3 billion yen", "15 €"), with the tables in
``triangulate.claims.currency``; cents after a whole amount count ("thirteen dollars and
forty-five cents", "15 dollars 50", "2 pounds 50p": 13.45, 15.5, 2.5), never after an amount
in cents. A range may write its currency after each end ("between 20 euros and 30 euros").
``basis`` says what the text says about the currency: "stated" (a currency of one country),
"sign" or "word" (a "$", "dollars", "¥", "Rs" that several countries share: the figure stage
then infers the country from the report or says "unknown"). A bare "$" is never taken for
the US dollar here.

A number followed by a duration unit is always a duration, whatever follows it ("two nights
on the roof", "75 hours of video"): the figure stage decides whether it is the reported fact
("a 12-day siege") or only the time scope of another figure (``triangulate.claims.durations``).

A range needs two numbers of one kind joined by "to", "-", "–", "or", or "and" after
"between"; "from X to Y" after a verb of change ("rose from 200 to 300") is two numbers, and
"5.9% to $67" is two numbers of different kinds. The scale of the upper end applies to the
lower one when the lower has none: "10 to 20 million" is 10,000,000 to 20,000,000.

What is not a quantity
======================
``passed_over`` lists each with its reason (``Reason``):

- dates ("11 June 2017", "Oct. 8, 2017", "Dec. 6-9", "10 Ogos 2021", "the 21st of
  September"; lower-cased "nov. 6", "on may 19") and years ("since 2014", "until at least
  2007", "by 2100"; a bare 1800-2100 is a year unless
  it is round and a countable noun follows, "2000 people": news writes a count of a thousand
  or more with a separator, so "1988 sales" is a year), decades ("1990s"), clipped years
  ("'11");
- clock times in any form: "02:27 GMT", "3: 47pm", "1: 53 p. m.", "2.30 petang", "14h30",
  "0900 hours", "at 1353 (1023 GMT)", "half past three";
- ages: "a 54-year-old", "61 - year - old", "30 years old", "3 years of age", "87 yo",
  "aged 79", "under the age of eighteen", "the retirement age ... to 65", "Lim, 57," and
  "Lim (57)" after a name or a person noun; age brackets after a group ("adults 18-49");
  but not an age at death, which a report gives as a fact of the story (below);
- ordinals ("21st", "first"); numbers inside names ("Raqqa 24", "Raqqa24", "G20",
  "COVID-19", "Channel 4", "iPhone 4", "Ford Five Hundred": digits, or a capitalised number
  word, after a capitalised word and not followed by a countable noun; not in a headline that
  capitalises every word, "Quake Kills 10"), numbers that label a thing ("Route 66", "highway
  35", "exit 436", "Block 308", "no. 1", "the 486 is": a label noun before, or a number with
  a singular verb after; never a toll after a place's name: "Kalamazoo Township 2 dead");
- codes mixing letters and digits ("24703m212", "scp2-173m", a hash in a link), addresses
  ("123 Random Street"), web addresses inside a line (also spaced out: "www. example. com /
  2010 / 05"), phone numbers, photo credits;
- sports scores: two numbers joined by a dash where the second does not exceed the first
  ("won 3-1", "beat Leeds 3-1 on Saturday"), or after a word of winning; a team's record
  ("at 9-14 when", "just 2-8 in their last ten", "a 135 - 156 (. 464) record");
  never, with no word of a game or a vote, after a verb of harm or before what is counted:
  there the dash opens an aside ("killing 4 - 3 men and a woman", "wounded 3 - 2
  critically"), and the numbers are read one by one;
- versions ("1.1.1"), ratios ("50/50"), reference numbers ("No. 5", "#3", "Fig(3)"), list
  numbering ("1." at the start of a line), a number alone on its line (page furniture such
  as a comment counter), a number in a compound word ("3D", "5-star", "two-way", "a 9 -
  iron"; but "a 300-seat parliament" counts seats);
- "one" used as a pronoun ("no one", "one of the", "the one who", "a good one"), or as a
  determiner of the place where something happened ("died at one hospital", "in one
  village"; not in a list of counts, "to one hospital and two clinics"), and set phrases
  whose number counts nothing ("at one point", "a thing or two", "will one day",
  "one-on-one", "one in a million", "a thousand to one");
- a number in a generic statement about a kind of thing ("A magnitude 6 quake can cause
  severe damage", "Such storms typically kill dozens") or in a condition's first words
  ("If 10 people gather, ...");
- a figure's margin of error, its precision: the number after "plus or minus", "+/-" or
  "±" ("leads by 3 points, plus or minus 6", "45% (+/- 3.1)": the figures are 3 and 45,
  never a range around them; "plus or minus 3 percentage points" alone is no share); a
  specification's tolerance likewise ("25 mm +/- 2 mm" is a size of 25 mm, the size a reader
  of specs compares). A poll's margin named as such is a figure, the margin's ("a margin of
  error of plus or minus 4 points": 4, never minus 4), and a real range stays one ("between
  3 and 9 percent");
- calibres, gauges and a station's frequency, which name a weapon or a broadcaster ("a
  9mm pistol", "a .38", "a 12 gauge shotgun", "102.7 FM", "1010 WINS").

A vote's tally is read like a score ("the jury voted 10-2", "a 5-4 ruling", "passed 52-48",
"by 302 votes to 221") but kept: a word of voting after the numbers ("ruling", "in favour",
"to convict"), or before them in the sentence and nearer than any word of a game (a jury, a
court's justices, a chamber, a board, a bill or motion, "voted", "passed", "confirmed"),
makes it two quantities of kind "tally", one per side; so do sides counted by their names
("12 ayes and 3 nays"). A range before what it counts ("killed 3-4", "10-12 injured") stays
a range.

A game's result or a record is kept too where the sentence names someone before it (a
team, a player, a coach) or the team right after it ("the 15-17 Bulldogs"): two quantities
of kind "score", one per side, whose unit says what each counts. A result is told by a
word of beating before the numbers with the beaten side named ("defeated Dalby 65-53",
"lost to the Hawks 61-70"), by the game named after them ("an 88-72 loss", "a 65-53
victory"), or by each team's points after its name, as a headline or a box score prints a
result ("Orvel 65, Dalby 53", "No. 1 Orvel Hawks 65, No. 9 Dalby Owls 53"; never with a
third team and number after it, a table's or a race's, nor on a line of a vote or a poll):
"winning points" and "losing points" ("points" each, a tie). A record is told by a word
of standing ("a record of 9-14", "improved to 25-7", "is 122-147", "the Sixers (9-14)")
or the word for it after ("a 162-139 record", "a 9-14 start"): "wins", then
"losses". A line of three ("31-4-3"), a bracket that goes on past the pair ("(6-2, 195)":
a height and weight) and pairs nobody is named for ("it was 45-35 with 13:41 left", a run
of "15-2") stay a score or tally, passed over. Two kinds of pair need no name, being known by
their numbers: a score at a moment of a game, told by the lead or deficit it is or a word
of leading, trailing or a tie before it ("an early 14-0 lead", "trailing 14-0", "tied the
game at 24-24", "fought back from 14-0"), whose sides are "leading points, score 14-0" and
"trailing points, score 14-0" (two reports' "14-0 lead" are one moment's, another lead
another moment's, never a dispute); and a record told of a pronoun ("He had a 162-139
record", "they went 5-11"): "wins, record 162-139" and "losses, record 162-139". A result's
beaten side may follow a word of beating after an adjective and before a comma ("beat the
host Owls, 31-24"), or "over" ("carried the Hawks over the Owls 31-24", "overcame Dalby
31-24").

A quotation mark after a number is read as inches only where it closes no quotation
('he said "fewer than 20" of them' is a count).

Ages at death
=============
The age of someone who died is a quantity, kind "duration" in years, marked
``age_at_death``; it is read over the whole text, since an obituary tells the death and
the age in sentences of their own, often on lines of their own:

- "died at 77", "died Monday at 77", "died at the age of 77", "at age 77": "at" right after
  the death or its day (after a place, "died in prison at 3", "at" may open a time); never
  in a title ("Novelist Dies at 81" over the story: a title is no sentence of the report);
- "has died in jail, aged 77": "aged" a few words after the death;
- "Reyes, 45, died", "Reyes, 45, who died on Friday", "Ada Brandt, 81, Crime Writer, Dies":
  a name's age set off by commas, the death told right after it;
- "He was 77.", "She was 81 years old.", "Brandt was 77, the Herald said": an age as a
  sentence's whole predicate, a death told in one of the two sentences before (of that
  name, when a name says it);
- "Ada Brandt, 81, Novelist" opening its line, the death of that name told just after it.

Never a clock's minutes ("died at 12:45 p.m.") nor a count of things ("died at 3
hospitals"). A bare count the line's reader took for the same number ("Brandt was 77,")
gives way to the age.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from triangulate.claims.currency import (
    AMBIGUOUS,
    LETTER_SIGNS,
    LOWER_CASE_CODES,
    PAYING_RE,
    PREFIX,
    RAND_AMOUNT_RE,
    SUFFIX,
    SUFFIX_RE,
    prefix_unit,
    suffix_unit,
)
from triangulate.claims.numwords import AND_A_PART, NUMBER_WORDS, and_a_part, read_word_number
from triangulate.nlp.sentences import SENTENCE_BREAK
from triangulate.nlp.words import case_key, letters_lowered

# The kinds of a gridiron statistic's yards a report writes between the number and "yards"
# ("312 passing yards", "95 rushing yards", "35 punt return yards", "410 total yards"): the
# unit reader's, the grouping's and the label's one list.
YARDS_KINDS = (
    r"(?:punt[\s-]|kick(?:off)?[\s-])?return|passing|rushing|receiving|scrimmage|"
    r"all[\s-]purpose|total|offensive|penalty"
)

Hedge = Literal["exact", "about", "at_least", "at_most", "range", "vague"]
Kind = Literal[
    "count",
    "percent",
    "money",
    "area",
    "length",
    "mass",
    "volume",
    "speed",
    "power",
    "energy",
    "temperature",
    "degree",
    "magnitude",
    "data",
    "duration",
    "tally",
    "score",
    "frequency",
    "voltage",
]
Reason = Literal[
    "date",
    "year",
    "clock time",
    "age",
    "ordinal",
    "name",
    "phone number",
    "web address",
    "photo credit",
    "score or tally",
    "code",
    "reference number",
    "version",
    "ratio",
    "list number",
    "page furniture",
    "margin of error",
    "pronoun",
    "idiom",
    "part of a word",
    "attribution",
    "place phrase",
    "address",
    "generic statement",
    # decided by the figure stage, listed by ``triangulate.claims.explain``
    "time scope",
    "unparsed",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    """A number phrase that reports a quantity.

    ``text`` equals ``source[start:end]`` and covers the whole phrase, hedge and unit
    included ("up to 8,000", "more than 80%", "about 125 days"). ``low <= high`` whenever both
    are set; which of them is set follows ``hedge`` (see the module docstring).
    """

    start: int
    end: int
    text: str
    low: float | None
    high: float | None
    hedge: Hedge
    unit: str | None
    kind: Kind
    vague: bool
    basis: str | None = None
    # an age at death ("died at 77", "He was 77." after the death): a duration in years,
    # the length of a life, read as the fact a report gives of the dead
    age_at_death: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class PassedOver:
    """A number read in the text and not taken as a quantity, with the reason (``Reason``)."""

    start: int
    end: int
    text: str
    reason: Reason


# --------------------------------------------------------------------------------------------
# Regions that never hold a quantity: dates, times, phone numbers, photo credits.

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?![A-Za-z])"
)
# Lower-case months, as tokenized or lower-cased corpora write them: abbreviations with their
# point ("nov. 6") and the names that are no other word; "may" and "march" only after a
# preposition of time ("on may 19", "On may 19" opening a sentence).
_LOWER_MONTH = (
    r"(?:(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\s?\.|january|february|april|june|"
    r"july|august|september|october|november|december|"
    # ... an abbreviation that is no other word, without its point, before a day ("feb 14")
    r"(?:jan|feb|jun|jul|aug|sept|sep|oct|nov|dec)(?=\s+[0-9])|"
    r"(?<=\b(?:[Oo]n|[Bb]y|of|to) )(?:may|march)"
    r"|(?<=\b(?:[Ss]ince|[Uu]ntil|[Aa]fter) )(?:may|march)"
    r"|(?<=\b[Ff]rom )(?:may|march))"
)
_DAY = r"[0-9]{1,2}(?:st|nd|rd|th)?"
_YEAR = r"[0-9]{4}(?![0-9])"
# Months are matched case-sensitively: "may" and "march" are also verbs.
_DATE_RES: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?<![0-9]){_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?"),
    # "Oct. 8, 2017", "Dec. 6-9", "July 8 to 12" (a poll's field dates), "March 2 through
    # 14": a day or a span of days; "Sept, 26, 2014" with a comma after the month only when
    # a year follows ("in March, 26 died" is a count)
    re.compile(
        rf"{_MONTH}(?:\s+|,\s+(?=[0-9]{{1,2}},\s+{_YEAR}))"
        rf"{_DAY}(?:\s?[-–]\s?{_DAY}|\s+(?:to|through|thru|until|till)\s+{_DAY})?(?![0-9])"
        rf"(?:,?\s+{_YEAR})?"
    ),
    re.compile(rf"{_MONTH},?\s+{_YEAR}"),
    # "Dec - 19 - 05": a month, a day and a year joined by dashes
    re.compile(rf"{_MONTH}\s?-\s?{_DAY}\s?-\s?[0-9]{{2,4}}(?![0-9])"),
    re.compile(r"(?<![0-9])[0-9]{4}\s?-\s?[0-9]{1,2}\s?-\s?[0-9]{1,2}(?![0-9])"),
    re.compile(r"(?<![0-9])[0-9]{1,2}\s?/\s?[0-9]{1,2}\s?/\s?[0-9]{2,4}(?![0-9])"),
    re.compile(r"(?<![0-9.])[0-9]{1,2}\.\s?[0-9]{1,2}\.\s?[0-9]{4}(?![0-9])"),
    re.compile(r"(?<![0-9.])(?:1[89]|20)[0-9]{2}\.\s?[0-9]{1,2}\.\s?[0-9]{1,2}(?![0-9])"),
    # "2016-17", "2016/17", "2003 - 04": a season or fiscal year, not a range of counts.
    re.compile(r"(?<![0-9])(?:1[89]|20)[0-9]{2}\s?[-–/]\s?[0-9]{2}(?![0-9])"),
    re.compile(rf"(?<![A-Za-z]){_LOWER_MONTH}\s+{_DAY}(?![0-9])(?:,?\s+{_YEAR})?"),
    # "12 may 2010", "3 march 2011": a day, a month in small letters and a year; the year
    # makes even "may" and "march" a month
    re.compile(
        rf"(?<![0-9.,]){_DAY}\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|"
        rf"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|"
        rf"dec)\.?,?\s+{_YEAR}"
    ),
    # "14 Januari", "10 Ogos 2021", "(10 Okt)": Malay and Indonesian dates
    re.compile(
        rf"(?<![0-9]){_DAY}\s+(?:Januari|Februari|Mac|Maret|Mei|Jun|Juni|Julai|Juli|Ogos|Agustus|"
        rf"Oktober|Okt|Disember|Desember|Dis|Des|Ogo)\b\.?(?:,?\s+{_YEAR})?"
    ),
    # "2022 年 9 月 21 日", "9月22日": Chinese and Japanese dates
    re.compile(
        r"(?<![0-9])(?:[0-9]{4}\s?年(?:\s?[0-9]{1,2}\s?月(?:\s?[0-9]{1,2}\s?[日号號])?)?"
        r"|[0-9]{1,2}\s?月(?:\s?[0-9]{1,2}\s?[日号號])?|[0-9]{1,2}\s?[日号號])"
    ),
    # "on 3/4", "since 11/9": a month and day after a preposition of time, not a fraction
    re.compile(
        r"(?:(?<=\bon )|(?<=\bsince )|(?<=\buntil )|(?<=\btill )|(?<=\bthrough ))"
        r"[0-9]{1,2}/[0-9]{1,2}(?![0-9/])(?!\s+of\b)",
        re.IGNORECASE,
    ),
)
_TIME_RES: tuple[re.Pattern[str], ...] = (
    # "02:27 GMT", "3: 47pm", "1: 53 p. m." (a tokenizer's spaces), "09: 10 hours"
    re.compile(
        r"(?<![0-9])[0-9]{1,2}\s?:\s?[0-9]{2}(?![0-9])(?:\s?:\s?[0-9]{2}(?![0-9]))?"
        r"(?:\s*(?:[ap]\.\s?m\.|[ap]m\b))?"
        r"(?:\s*(?:GMT|UTC|hours?|hrs|local\s+time|[A-Z]{2,4}T)"
        r"(?:[+-][0-9]{1,2}(?::\s?[0-9]{1,2}(?![0-9]))?)?)?",
        re.IGNORECASE,
    ),
    # "9.30am", "11 p.m.", and an hour's span "10-11 a.m.", "9 to 11 am"
    re.compile(
        r"(?<![0-9.])(?:[0-9]{1,2}(?:[.:][0-9]{2})?\s?(?:[-–]|to)\s?)?"
        r"[0-9]{1,2}(?:[.:][0-9]{2})?\s*(?:[ap]\.\s?m\.|[ap]m\b)",
        re.IGNORECASE,
    ),
    re.compile(r"(?<![0-9])[0-9]{1,2}\s+o['’]clock\b", re.IGNORECASE),
    # "2.30 petang", "8.15 pagi": Malay and Indonesian parts of the day
    re.compile(
        r"(?<![0-9.])[0-9]{1,2}(?:[.:][0-9]{2})?\s*(?:petang|pagi|malam|tengah\s?hari|siang|sore)\b",
        re.IGNORECASE,
    ),
    # "下午3点", "10 时 30 分": Chinese and Japanese clock times
    re.compile(r"(?<![0-9])[0-9]{1,2}\s?[点點时時](?:\s?[0-9]{1,2}\s?分)?"),
    # "14h30"; "1353 GMT", "0900 hours", "at 1353 (1023 GMT)": the 24-hour clock
    re.compile(r"(?<![0-9])(?:[01]?[0-9]|2[0-3])h[0-5][0-9](?![0-9])"),
    re.compile(
        r"(?<![0-9])(?:[01][0-9]|2[0-3])[0-5][0-9]\s*(?:GMT|UTC|gmt|utc|hours|hrs|local\s+time)\b"
    ),
    re.compile(r"(?<=\bat )(?:[01][0-9]|2[0-3])[0-5][0-9](?=\s*\([0-9]{4}\s*(?:GMT|UTC))"),
    # "at 7.15 this morning", "at 9.30 on Monday night": hours and minutes after a point,
    # before a part of the day
    re.compile(
        r"(?<=\bat )(?:[01]?[0-9]|2[0-3])\.[0-5][0-9](?=\s+(?:(?:this|that|in\s+the|on\s+\w+|"
        r"yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)|last\s+night|tonight)\b)"
    ),
    # "at 3 in the morning", "at 11 at night": an hour with its part of the day
    re.compile(
        r"(?<=\bat )(?:1[0-2]|[1-9])"
        r"(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b)"
    ),
    # "22. 34 BST", "08.23 GMT": hours and minutes after a point, before a time zone
    re.compile(
        r"(?<![0-9.])(?:[01]?[0-9]|2[0-3])\.\s?[0-5][0-9]\s*(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]T|"
        r"WIB|SGT|IST|JST|AEST|AEDT|hrs|hours|local\s+time)\b"
    ),
    # "half past three", "a quarter to five": the hour in words (tried at every word, so
    # kept among the last two: the patterns above start at digits). "three o'clock" is left
    # to be read as before: taking it out lowered the PolNeAR attribution score under its
    # floor.
    re.compile(
        # ("one-quarter to one-third" is a range of shares)
        r"(?<![-\w]-)(?<!-)\b(?:half|(?:a\s+)?quarter)\s+(?:past|to)\s+(?:[0-9]{1,2}|one|two|"
        r"three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s?-\s?[a-z])",
        re.IGNORECASE,
    ),
    # "about 9 or 10 the next morning", "by 6 the following evening": an hour, or two, after a
    # word of time and before the part of a coming day (also tried at every word)
    re.compile(
        r"(?:(?<=\b[Aa]bout )|(?<=\b[Aa]round )|(?<=\b[Aa]t )|(?<=\b[Bb]y )|(?<=\b[Uu]ntil )|"
        r"(?<=\b[Tt]ill )|(?<=\b[Bb]efore )|(?<=\b[Aa]fter ))"
        r"(?:1[0-2]|[1-9])(?:\s+or\s+(?:1[0-2]|[1-9]))?"
        r"(?=\s+the\s+(?:next|following)\s+(?:morning|afternoon|evening|night)\b)"
    ),
)
_PHONE_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"\+[0-9]{1,3}[\s.-]?(?:\(?[0-9]{1,4}\)?[\s.-]?){2,5}[0-9]{2,4}"),
    re.compile(r"\([0-9]{2,4}\)\s*[0-9]{3,4}[\s.-][0-9]{3,4}"),
    re.compile(r"(?<![0-9])[0-9]{3}\s?[.-]\s?[0-9]{3,4}\s?[.-]\s?[0-9]{4}(?![0-9])"),
    # "(527-3247)", "call 555-0199": a local number, three digits and four
    re.compile(
        r"(?:(?<=\()|(?<=call )|(?<=dial )|(?<=phone )|(?<=tel )|(?<=Tel )|(?<=Call )|(?<=at )"
        r"|(?<=on )|(?<=called )|(?<=calling )|(?<=dialed )|(?<=dialled )|(?<=phoned )"
        r"|(?<=number )|(?<=line )|(?<=contact ))[0-9]{3}(?:-| - )[0-9]{4}(?![0-9-])"
    ),
    # "555-0142": the exchange North American telephone books keep for fiction and examples
    re.compile(r"(?<![0-9-])555-[0-9]{4}(?![0-9-])"),
    # "020 7946 0000", "0412 555 019": groups after a trunk zero, as national numbers are
    # written; no count starts with a zero.
    re.compile(r"(?<![0-9.,])0[0-9]{1,4}[\s.-][0-9]{3,4}[\s.-][0-9]{3,4}(?![0-9])"),
    # "0800 555111", "0845 1234567": a trunk zero's code, then the number in one group
    re.compile(r"(?<![0-9.,])0[0-9]{3,4}\s[0-9]{6,7}(?![0-9])"),
    # "1800 123 456", "1300-555-019": a toll-free or local-rate number as Australia writes it
    re.compile(r"(?<![0-9.,])1[38]00[\s-]?[0-9]{3}[\s-]?[0-9]{3,4}(?![0-9])"),
    # "Helpline: 6389 2222": a number of two groups after a word that says it is one
    re.compile(
        r"(?:help\s?line|hot\s?line|tel|phone|call|fax|whatsapp)[:.]?\s+[0-9]{3,4}[\s-][0-9]{4}(?![0-9])",
        re.IGNORECASE,
    ),
    # "text HELP to 85258": a short code for text messages
    re.compile(r"\b(?:text|txt|SMS)\s+\S+\s+to\s+[0-9]{4,6}(?![0-9])", re.IGNORECASE),
    # "9-1-1", "9 - 1 - 1": the emergency number spelt out
    re.compile(r"(?<![0-9])9\s?-\s?1\s?-\s?1(?![0-9])"),
    # "call +65 6123 4567 or 6389 2222": a second number of two groups after a first
    re.compile(r"(?<=[0-9] or )[0-9]{4}\s[0-9]{4}(?![0-9])"),
)
_CREDIT_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"\((?:Photos?|Images?|Pictures?|Credits?|File\s+photo)\b[^)\n]*\)", re.IGNORECASE),
    re.compile(r"^(?:Photos?|Images?|Pictures?|Credits?)\s*:.*$", re.IGNORECASE | re.MULTILINE),
    re.compile(r"©[^\n]*"),
    # a line naming an image file ("sfl - 728larue. jpg, 0, 5924311. photo")
    re.compile(r"^[^\n]*\.\s?(?:jpe?g|png|gif|webp)\b[^\n]*$", re.IGNORECASE | re.MULTILINE),
)
# The exchange rate a wire story prints after its text: "($1 = 7.0066 Chinese yuan renminbi)",
# "(1 US dollar = 3.6725 dirhams)", "(£1 = $1.2280)": a note for the reader, not a figure.
_RATE_NOTE_RES: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"\(\s?(?:[A-Z]{0,3}\s?[$€£¥₹]\s?|[A-Z]{3}\s?)?1(?:\.0+)?"
        r"(?:\s[A-Za-z]+(?:\s[A-Za-z]+)?)?\s?=\s?[^()\n=]{1,48}\)"
    ),
)
# A web address inside a line, also as a tokenizer spaces it ("www. example. com / 2010 /").
_URL_RES: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"(?:\bhttps?\s?:\s?/\s?/\s?|\bwww\s?\.\s?)"
        r"(?:[\w%~+@:-]+(?:\s[-_]\s[\w%~+@:-]+)*\s?[/.=?&#]+\s?)*[\w%~+@:-]*(?:\s[-_]\s[\w%~+@:-]+)*",
        re.IGNORECASE,
    ),
    # A line that opens with a web address is the page's address line: all of it, however a
    # tokenizer spaced or broke its path ("- - lawyer - says / 9087997", "0,, 20697025, 00").
    re.compile(r"^[ \t]*(?:https?\s?:\s?/\s?/|www\s?\.)[^\n]*", re.IGNORECASE | re.MULTILINE),
)

# A figure's margin of error is its precision, never a quantity of its own nor the ends of a
# range: "leads by 3 points, plus or minus 6" reports a lead of 3, "45% (+/- 3.1)" a share of
# 45; "plus or minus 3 percentage points" alone is no share. A measure's tolerance in a
# specification ("25 mm +/- 2 mm") is the same: the nominal size is what a reader of specs
# compares, the tolerance says how closely it is held. A poll's margin named as such ("a
# margin of error of plus or minus 4 points", "a 3.5-point margin of error") is a figure of
# its own, the margin: there "plus or minus" only says it goes both ways, and never makes
# the number negative.
_MARGIN_SIGN_BEFORE_RE = re.compile(
    r"(?:\+\s?/\s?[-−–]|\+[-−]|±|\bplus\s?(?:or|/)\s?minus)\s?(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_MARGIN_NAMED_BEFORE_RE = re.compile(
    r"(?:\bmargins?\s+of\s+(?:sampling\s+|statistical\s+)?error|\b(?:sampling\s+)?error\s+"
    r"margins?|\bsampling\s+error|\bMoE)\b[^.;0-9]{0,40}$",
    re.IGNORECASE,
)

# Every month name above starts with one of these (matched case-sensitively, as above).
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LOWER_STEMS = tuple(stem.lower() for stem in _MONTH_STEMS)
# Why each kind of region is no quantity, as a code stored per character (0: none).
_REGION_REASONS: tuple[Reason, ...] = (
    "date",
    "clock time",
    "phone number",
    "photo credit",
    "web address",
    "page furniture",
)
# Each pattern with the reason it blocks (index + 1 into _REGION_REASONS) and the characters
# or words every match of it holds: a line holding none of them cannot match, and is not
# scanned for it.
_BLOCKERS: tuple[tuple[re.Pattern[str], int, tuple[str, ...]], ...] = tuple(
    zip(
        (*_DATE_RES, *_TIME_RES, *_PHONE_RES, *_CREDIT_RES, *_URL_RES, *_RATE_NOTE_RES),
        (
            *((1,) * len(_DATE_RES)),
            *((2,) * len(_TIME_RES)),
            *((3,) * len(_PHONE_RES)),
            *((4,) * len(_CREDIT_RES)),
            *((5,) * len(_URL_RES)),
            *((6,) * len(_RATE_NOTE_RES)),
        ),
        (
            *(_MONTH_STEMS,) * 4,  # the four date forms with a month name
            ("-",),
            ("/",),
            (".",),
            (".",),
            ("-", "–", "/"),
            _LOWER_STEMS,
            _LOWER_STEMS,
            (
                "Januari",
                "Februari",
                "Mac",
                "Maret",
                "Mei",
                "Jun",
                "Jul",
                "Ogo",
                "Agustus",
                "Okt",
                "Dis",
                "Des",
            ),
            ("年", "月", "日", "号", "號"),
            ("/",),
            (":",),  # clock times
            ("m", "M"),  # "a.m.", "pm"
            ("'", "’"),  # "o'clock"
            # petang, pagi, malam, siang, sore, tengah hari
            ("petang", "pagi", "malam", "siang", "sore", "tengah", "Petang", "Pagi", "Malam"),
            ("点", "點", "时", "時"),
            ("0h", "1h", "2h", "3h", "4h", "5h", "6h", "7h", "8h", "9h"),
            ("GMT", "UTC", "gmt", "utc", "hour", "hrs", "local", "HOUR", "Hour"),
            ("GMT", "UTC"),
            ("at ",),
            ("at ",),
            (".",),
            ("alf past", "uarter past", "uarter to", "ALF PAST", "UARTER"),
            ("next", "following"),
            ("+",),  # phone numbers
            ("(",),
            (".", "-"),
            ("-",),
            ("555-",),
            ("0",),
            ("0",),
            ("1800", "1300"),
            (
                "line",
                "Line",
                "LINE",
                "tel",
                "Tel",
                "TEL",
                "hone",
                "HONE",
                "all",
                "ALL",
                "ax",
                "AX",
                "pp",
                "PP",
            ),
            ("text", "Text", "TEXT", "txt", "Txt", "SMS"),
            ("-",),
            (" or ",),
            ("(",),  # photo credits
            (":",),
            ("©",),
            ("jpg", "jpeg", "png", "gif", "webp", "JPG", "PNG"),
            ("http", "www", "HTTP", "WWW"),  # web addresses
            ("http", "www", "HTTP", "WWW", "Http", "Www"),
            ("=",),  # an exchange rate's note
        ),
        strict=True,
    )
)


# The patterns above whose every match starts where a run of digits starts (a look-behind
# refuses a digit before the first one): they are tried only there, not at every character.
_AT_DIGITS = frozenset(
    (*_DATE_RES[0:1], *_DATE_RES[4:9], *_DATE_RES[10:12], *_TIME_RES[:-2], *_PHONE_RES[2:8]),
)
_DIGIT_RUN_RE = re.compile(r"(?<![0-9])[0-9]")


def _blocked(text: str) -> bytearray:
    """One code per character: where a date, time, phone number, credit or address sits.

    The code is 1 + the index of its reason in ``_REGION_REASONS``; 0 where nothing sits.
    """
    mask = bytearray(len(text))
    holds = text.__contains__
    runs: list[int] | None = None
    for pattern, code, needs in _BLOCKERS:
        if not any(map(holds, needs)):
            continue
        if pattern in _AT_DIGITS:
            if runs is None:
                runs = [m.start() for m in _DIGIT_RUN_RE.finditer(text)]
            matches = _matches_at(pattern, text, runs)
        else:
            matches = pattern.finditer(text)
        for m in matches:
            mask[m.start() : m.end()] = bytes((code,)) * (m.end() - m.start())
    return mask


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that can match only at the given starts."""
    pos = 0
    for at in starts:
        if at < pos:
            continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            pos = m.end()


# --------------------------------------------------------------------------------------------
# Atoms: one number each, before hedges, ranges and units are attached.

_VAGUE_FLOORS: dict[str, float] = {
    "handful": 2,
    "few": 2,
    "several": 3,
    "tens": 20,
    "dozen": 24,
    "dozens": 24,
    "scores": 40,
    "hundred": 200,
    "hundreds": 200,
    "thousand": 2_000,
    "thousands": 2_000,
    "million": 2_000_000,
    "millions": 2_000_000,
    "billion": 2_000_000_000,
    "billions": 2_000_000_000,
}
# Each scanning pattern below opens with a look-ahead on the first letters its words can
# start with: it matches nothing more or less, but lets most word starts fail at once.
_VAGUE_RE = re.compile(
    r"\b(?=[abdhmst])(?:"
    r"(?P<outer>tens|hundreds|dozens)\s+of\s+(?P<inner>thousands|millions|billions)"
    r"|(?:several|a\s+few|a\s+couple(?:\s+of)?|many)\s+"
    r"(?P<scale>dozen|hundred|thousand|million|billion)s?"
    # "several hundred million", "a few hundred thousand": a vague count of a scale
    r"(?:\s+(?P<scale2>thousand|million|billion)(?!s))?"
    r"|a\s+(?P<handful>handful)"
    r"|(?P<several>several)"
    r"|a\s+(?P<few>few)(?=\s+(?:blocks|miles|feet|yards|metres|meters|kilometres|kilometers|"
    r"km|inches)\b)"
    # "thousands upon thousands", "hundreds and hundreds": one vague amount, said twice
    r"|(?P<plural>dozens|hundreds|thousands|millions|billions)(?:\s+(?:upon|and)\s+(?P=plural))?"
    # ... never before a number: "scores of 3-1 and 2-2" are a game's scores
    r"|(?P<of>scores|tens)(?=\s+of\b(?!\s+[0-9]))"
    # a headline's "Scores injured in blast": scores of people
    r"|(?<![A-Za-z,] )(?P<of_headline>(?-i:Scores))(?=\s+(?:[a-z]+ed|dead|hurt|missing|homeless)\b)"
    r")\b",
    re.IGNORECASE,
)
# Thousands separated by a comma, a no-break or thin space, or by a comma and a space as a
# tokenizer writes them ("20, 000": only after one or two digits, or before "000", so a list
# such as "rooms 101, 102" stays two numbers, and so does the end of a range from a number
# of one or two digits, "(5 - 11, 220)", unless "000" follows; after a currency sign any
# groups join, "$380, 600"); decimals after a point, or after a point and
# a space ("4. 6", one or two digits). Letters may stand right before the digits: the atom
# is then a currency's ("USD115", "euro110") or excluded ("Raqqa24"). A decimal written with
# only its point is below one: ".08", and as a tokenizer spaces it "of. 08", "hit. 308",
# "(. 464)" (see _point_decimal).
# The signs, codes and words of the currencies whose countries group thousands with a space
# or a point and write decimals after a comma ("300 000 €", "12.000 euros").
_SPACE_GROUPED_MONEY_AFTER = (
    r"(?:[€£$]|(?:EUR|CHF|SEK|NOK|DKK|PLN|CZK|HUF|RUB|UAH|BRL|ARS|IDR|VND|TRY)\b|"
    r"(?i:euros?|francs?|kronor|kroner|krone|z[łl]oty|zlotys?|roubles?|rubles?|reais|"
    r"hryvni?as?|rupiah|dong|lira|kr)\b)"
)
_DIGITS_RE = re.compile(
    # digits after a letter and a point are no number ("v.2", "p.12"), but after a currency's
    # abbreviation they are its amount, as South Asian copy writes them: "Rs.500"
    r"(?=[0-9])(?<![0-9_])(?<![0-9],)(?:(?<![0-9A-Za-z]\.)|(?<=\bRs\.))"
    r"(?:[0-9]{1,3}(?:[,\u00a0\u202f\u2009][0-9]{3})+(?![0-9])"
    r"|(?<![^0-9][0-9][-–])(?<![^0-9][0-9]{2}[-–])(?<![^0-9][0-9]\s[-–]\s)"
    r"(?<![^0-9][0-9]{2}\s[-–]\s)(?<![A-Za-z]\s[-–]\s)(?<![A-Za-z][-–])"
    # (never before a percent sign: "$ 5, 100% guaranteed" lists a price and a share)
    r"[0-9]{1,2}(?:, [0-9]{3})+(?![0-9]|\s?%|\s?per\s?cent)"
    r"|[0-9]{1,3}, 000(?:, [0-9]{3})*(?![0-9])"
    r"|(?:(?<=[$€£¥])|(?<=[$€£¥] ))[0-9]{3}(?:, [0-9]{3})+(?![0-9])"
    r"|[0-9]{1,3}(?:\.[0-9]{3}){2,}(?![0-9])"
    # "3 500 000" as French and SI copy groups it, "12'345" as Swiss, "1,23,456" as Indian
    r"|[0-9]{1,3}(?: [0-9]{3}){2,}(?![0-9])"
    # ... and one group that opens with a zero, which no count of its own does: "5 000
    # people", "3 050 km"
    r"|[0-9]{1,3} 0[0-9]{2}(?![0-9]| [0-9])"
    # ... and with one group, or with a decimal comma, before the currency it prices:
    # "300 000 euros", "1 234,56 EUR"
    r"|[0-9]{1,3}(?: [0-9]{3})+(?:,[0-9]{1,2})?(?![0-9])"
    rf"(?=\s?(?:{_SPACE_GROUPED_MONEY_AFTER}|(?:USD|GBP)\b))"
    r"|[0-9]{1,3}(?:['’][0-9]{3})+(?![0-9'’])"
    r"|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![0-9])"
    # "1.234,56 euros", "€2.500,00": dots for thousands, a comma for the decimals
    r"|[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]{1,2}(?![0-9])"
    r"|[0-9]+)"
    r"(?:\.[0-9]+|\. [0-9]{1,2}(?![0-9]|\.[0-9]))?(?![0-9])"
)
# "1/2", "10 1/2", "3/4", a bond's "5/32": a fraction in digits (a numerator smaller than a
# usual denominator).
_DIGIT_FRACTION_RE = re.compile(
    # "2 1/2", and "2-1/2" as US news writes a whole number and its fraction ("1 / 2" as a
    # tokenizer spaces it)
    r"(?:(?P<whole>[0-9]{1,3})(?:\s+|\s?-\s?))?(?P<a>[0-9]{1,2})(?:/|\s/\s|⁄)(?P<b>2|3|4|5|8|10|16|32|64)"
    # "2/3rd majority", "1/3rds of voters": the denominator with its ordinal's letters
    r"(?:(?:st|nd|rd|th)s?\b)?(?![0-9/])"
)
# "41/2 months", "41 / 2 years": a page that lost the sign of "4½" writes its half (or
# quarter) as digits glued to the whole number; before a unit of time or length no ratio or
# date is meant ("41/2" is no day of any month), so it reads as the whole and its part.
_GLUED_PART_RE = re.compile(
    r"(?<![0-9./,])(?P<whole>[1-9][0-9]?)(?P<a>[13])(?:/|\s/\s)(?P<b>[24])(?![0-9/])"
    r"(?=\s+(?:hours|days|weeks|months|years|decades|centuries|miles|kilomet(?:re|er)s|"
    r"met(?:re|er)s|feet|inches|pounds|kilos|kilograms|tons|tonnes)\b)",
    re.IGNORECASE,
)
# "3/4 of a million", "1/2 a billion": a fraction of a scale said with the article
_OF_A_SCALE_AFTER_RE = re.compile(
    r"\s+(?:of\s+)?an?\s+(thousand|million|billion|trillion)\b", re.IGNORECASE
)
# Halves, quarters ... sixty-fourths end in few decimals: a bond's "99 29/32" is 99.90625 exactly
_EXACT_DENOMINATORS = frozenset({2, 4, 8, 16, 32, 64})
# "a week of violence", "more than a week", "about a minute", "lasted a day": one unit of
# time written with the article. Only where it reads as a length of time: after a hedge, "for"
# or a verb of lasting, at the start of a sentence, or before "of".
_A_UNIT_RE = re.compile(
    r"\b(?:a|an)\s+(?=(?:second(?!\s+(?!(?:later|ago|earlier|before|after|or|and|of|longer|"
    r"too|each|more|in|to|on|at|as|when|while|then|the|his|her|their|its|a|an|that|this)\b)"
    r"[A-Za-z])|minute|hour|day|night|week|weekend|fortnight|month|year|decade|century)\b)",
    re.IGNORECASE,
)
_A_UNIT_BEFORE_RE = re.compile(
    r"(?:^|[.!?:;\"“]\s*|\b(?:more\s+than|over|about|around|nearly|almost|less\s+than|"
    r"under|for|lasted|lasting|lasts|last|took|takes|spent|just\s+over|roughly|some|"
    r"up\s+to|at\s+least)\s+)$",
    re.IGNORECASE,
)
# "less than a dollar a day", "costs a euro": one of a currency, after a hedge or a word of
# paying, before an end or a rate ("a dollar store", "the dollar fell" are no amount), or
# before its cents as a price is spoken ("a dollar fifty", "a buck twenty-five")
_SPOKEN_CENTS = (
    r"(?:[0-9]{2}|(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?)"
)
_A_MONEY_RE = re.compile(
    r"\b(?:a|an)\s+(?=(?:dollar|euro|pound|buck|rupee|peso|yuan|franc|rand)\s*"
    r"(?:[.,;:!?)]|$|\s+(?:a|an|per|each|apiece|for|to|and|or|in|on|at)\b"
    rf"|\s+(?P<cents>{_SPOKEN_CENTS})(?=\s*(?:[.,;:!?)]|$|\s+(?:a|an|per|each|for)\b))))",
    re.IGNORECASE,
)
_A_MONEY_BEFORE_RE = re.compile(
    r"\b(?:more\s+than|over|about|around|nearly|almost|less\s+than|under|just|only|"
    r"costs?|costing|paid|pays?|paying|charged?|charges|earns?|earned|for|worth|at|"
    r"fined|spent|spends?|raised|rose|fell|dropped|added|gained|lost|"
    # ... or a price said as what a thing is ("the fee is a dollar.", "gas was a dollar a
    # gallon", "that's a buck")
    r"is|was|were|are|(?<=[a-z])['’]s)\s+$",
    re.IGNORECASE,
)
# "about a mile", "dragged for a block", "nearly a kilometre": one of a length, when a hedge
# or "for" says it is measured ("a mile away" alone places, "a block party" names).
_A_LENGTH_RE = re.compile(
    r"\b(?:a|an)\s+(?=(?:mile|kilometre|kilometer|metre|meter|foot|yard|block)\b)",
    re.IGNORECASE,
)
# "a mile-long queue", "a kilometre-long tunnel": one of a length as the compound measures it
_LONG_AFTER_UNIT_RE = re.compile(
    r"(?:mile|kilomet(?:re|er)|met(?:re|er)|foot|yard)\s?-\s?(?:long|wide|high|deep|tall)\b",
    re.IGNORECASE,
)
_A_LENGTH_BEFORE_RE = re.compile(
    r"\b(?:more\s+than|over|about|around|nearly|almost|less\s+than|under|roughly|some|"
    r"up\s+to|at\s+least|for|within|only|just)\s+$",
    re.IGNORECASE,
)
# "a mile and a half", "a litre and a half", "a pound and a half of beef": one measure and a
# part of it, wherever it stands (the part is added where the unit is read); so of a unit of
# time: "served a year and a half", "an hour and a half later"
_A_MEASURE_AND_A_HALF_RE = re.compile(
    r"\b(?:a|an)\s+(?=(?:mile|kilomet(?:re|er)|met(?:re|er)|foot|yard|inch|lit(?:re|er)|gallon|"
    r"pint|quart|kilo(?:gram(?:me)?)?|gram(?:me)?|pound|ounce|ton|tonne|cup|teaspoon|"
    r"tablespoon|minute|hour|day|week|fortnight|month|year|decade)\s+and\s+a\s+half\b)",
    re.IGNORECASE,
)
_A_UNIT_OF_RE = re.compile(r"[a-z]+\s+of\b", re.IGNORECASE)
_OF_TIME_RE = re.compile(
    r"\s+of\s(?P<unit>(?:seconds|minutes|hours|days|nights|weeks|months|years|decades)\b)",
    re.IGNORECASE,
)
# "a couple of": about two.
# A resolution, width by height in pixels: "320x240", "1920 × 1080 pixels"
_RESOLUTION_RE = re.compile(r"(?P<w>[1-9][0-9]{1,4})\s?[x×]\s?(?P<h>[1-9][0-9]{1,4})\b")
_RESOLUTION_BEFORE_RE = re.compile(r"\bresolutions?\s+(?:of\s+)?(?:up\s+to\s+)?$", re.I)
_PIXELS_AFTER_RE = re.compile(r"\s?(?:-\s?)?(?:pixels?|px)\b", re.IGNORECASE)
# A roster's height in feet and inches before a weight: "(6-2, 195)", "6 - 4, 230,"
_ROSTER_HEIGHT_BEFORE_RE = re.compile(r"(?:^|[\s(])[5-7]\s?-\s?(?:1[01]|[0-9])\s?,\s?$")
_ROSTER_WEIGHT_AFTER_RE = re.compile(r"\s?[),;]|\s*$")
# "dozen" alone after a word that stands for its article: "another dozen", "the dozen"
# ("by the dozen" counts nothing)
_DOZEN_RE = re.compile(r"dozen\b(?!s)", re.IGNORECASE)
_DOZEN_BEFORE_RE = re.compile(
    r"(?:\b(?:another|further|some|about|around|nearly|almost|roughly|over|his|her|their|its|"
    r"these|those)|(?<!\bby\s)\bthe)\s+$",
    re.IGNORECASE,
)
_WORD_SPACE_BEFORE_RE = re.compile(r"[A-Za-z,] $")
_HEADLINE_PAST_AFTER_RE = re.compile(r"\s+(?:[a-z]+ed|dead|hurt|missing|homeless)\b")
_AND_A_HALF_RE = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
_COUPLE_RE = re.compile(
    r"\ba\s+couple(?=\s+of\b)(?!\s+of\s+(?:dozen|hundred|thousand|million|billion)s?\b)",
    re.IGNORECASE,
)
# "a half-dozen", "a half dozen": six.
_HALF_DOZEN_RE = re.compile(
    r"\b(?:an?\s+)?half(?:\s?-\s?|\s+)(?:a\s?-\s?|a\s+)?dozen\b(?!s)", re.IGNORECASE
)
# "a triple murder", "a double homicide": the killing of two, three, four or five people
_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
_MULTIPLE_KILLING_RE = re.compile(
    r"\b(?P<word>double|triple|quadruple|quintuple)(?=(?:\s?-\s?|\s+)(?:homicides?|murders?|"
    r"killings?|slayings?|shootings?|stabbings?|fatalit(?:y|ies))\b)",
    re.IGNORECASE,
)
# "half an hour", "a quarter of a mile", "three quarters of an hour": a share of one unit,
# read as that many of the unit (the unit itself is read after the atom as any unit is)
_ONE_UNIT = (
    r"(?:second|minute|hour|day|night|week|month|year|decade|century|mile|kilomet(?:re|er)|"
    r"met(?:re|er)|foot|yard|inch|lit(?:re|er)|gallon|pint|pound|kilo(?:gram)?|ton(?:ne)?|"
    r"ounce|acre|hectare|turn)\b"
)
# "a 2/3 majority", "a 1/3 stake": a noun of a share after a fraction
_SHARE_NOUN_AFTER_RE = re.compile(
    r"\s?-?\s?(?:super)?(?:majority|stake|share|interest|holding)\b", re.IGNORECASE
)
_OF_A_UNIT_AFTER_RE = re.compile(r"\s+of\s+an?\s+(?=" + _ONE_UNIT + ")", re.IGNORECASE)
_FRACTION_OF_A_UNIT_RE = re.compile(
    r"\b(?:(?P<half>half)|(?P<num>an?|one|two|three)[\s-]+(?P<den>quarters?|thirds?)\s+of)"
    r"\s+an?\s+(?=" + _ONE_UNIT + ")"
    # "a half hour", "a half-hour standoff", "a quarter-mile": the share before the unit
    # ... after another determiner too, of a measure ("the half - mile track", "its
    # quarter-inch walls"; "the half hour" is when, no length of time)
    r"|\b(?:an?|(?:the|its|their|his|her|this|that)(?!\s+\w+\s?-?\s?(?:hour|minute|second|day|"
    r"week|month|year|decade|century)))\s+(?:(?P<half2>half)|(?P<den2>quarter))(?=\s?-\s?"
    + _ONE_UNIT
    + r"|\s+"
    + _ONE_UNIT
    + ")"
    # ... and hyphened before a noun after an adjective or a comma ("the short-lived,
    # half-hour show", "his weekly half-hour slot"; never "the first half-hour of trading",
    # "every half-hour", nor "the half-hour show" as above)
    r"|(?<!\ba\s)(?<!\ban\s)(?<!\bfirst\s)(?<!\blast\s)(?<!\bsecond\s)(?<!\bfinal\s)"
    r"(?<!\bnext\s)(?<!\bevery\s)(?<!\beach\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)"
    r"(?<!\bhis\s)(?<!\bher\s)(?<!\bthis\s)(?<!\bthat\s)"
    r"\b(?:(?P<half3>half)|(?P<den3>quarter))(?=\s?-\s?"
    + _ONE_UNIT
    + r"\s+(?!(?:of|in|on|at|to|for|and|or|before|after|later|ago|earlier|mark)\b)[a-z])",
    re.IGNORECASE,
)
# "a full turn", "one complete turn": one rotation, as "a half turn" is half of one
_FULL_TURN_RE = re.compile(
    r"\b(?=[aoAO])(?:an?|one)\s+(?:full|complete|whole)(?=\s+turn\b)", re.IGNORECASE
)
# "a pair of gunmen", "a trio of inmates": two and three of a plural; "a pair of scissors",
# "a pair of jeans" is one thing a plural names.
_PAIR_RE = re.compile(
    r"\ban?\s+(?P<word>pair|trio)(?=\s+of\s+(?!(?:[a-z]+\s+)?(?:scissors|shears|pliers|tongs|"
    r"tweezers|clippers|trousers|pants|jeans|shorts|tights|leggings|pyjamas|pajamas|knickers|"
    r"glasses|spectacles|sunglasses|goggles|binoculars|handcuffs|cuffs)\b)"
    r"(?:[a-z]+s|[a-z]*men|children|people)\b)",
    re.IGNORECASE,
)
# "shot him twice", "was used only once": how often, said in one word (a multiplier, "twice
# as many", "twice the size", a rate, "twice a week", and "once" of a past time, "he once
# worked", or of a clause, "once he arrived", are no count)
_TWICE_RE = re.compile(
    r"(?<!\bonce or )\b(?P<word>twice|thrice)\b(?!\s?-)"
    r"(?!\s+(?:as|the|that|this|a|an|per|its|his|her|their|my|our|your|what|more|than|over|"
    r"daily|weekly|monthly|yearly|annually|married|divorced)\b)",
    re.IGNORECASE,
)
_ONCE_RE = re.compile(
    r"(?<=[a-z] )(?<!\bwho )(?<!\bwhich )(?<!\bthat )(?<!\bhad )(?<!\bhas )(?<!\bhave )"
    r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bat )(?<!\ball )"
    r"(?<!\band )(?<!\bbut )(?<!\bor )(?<!\bit )(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bwe )"
    r"(?<!\bi )(?<!\byou )(?<!\bwould )(?<!\bcould )(?<!\bmight )"
    r"\b(?P<word>once)(?=\s*[,.;:)]|\s+(?:before|during|since|last|this|or|in\s+(?!a\s+"
    r"(?:while|lifetime|blue\s+moon)\b)))",
)
# "their eighth straight win", "a seventh straight playoff berth": an ordinal before
# "straight", "consecutive" or "successive" counts the run it ends (eight wins in a row), as
# "eight straight wins" does; not a run of times ("for a third straight day", "a second
# consecutive time"): when something happened, no count of the story
_STREAK_ORDINALS = {
    **{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7},
    **{"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13},
    **{"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17},
    **{"eighteenth": 18, "nineteenth": 19, "twentieth": 20},
}
_STREAK_ORDINAL_RE = re.compile(
    rf"\b(?P<word>{'|'.join(_STREAK_ORDINALS)})(?=\s+(?:straight|consecutive|successive)\s+"
    r"(?!(?:time|times|day|days|night|nights|week|weeks|weekend|month|months|year|years|season|"
    r"quarter|term|decade|session|occasion)\b)[a-z])",
    re.IGNORECASE,
)
# "quarter million", "three quarters billion", "a quarter of a million": a share of a scale.
_FRACTION_SCALE_RE = re.compile(
    r"\b(?=[aothqAOTHQ])(?:(?P<num>an?|one|two|three)[\s-]+)?(?P<den>half|quarters?|thirds?)"
    r"(?:[\s-]+of)?(?:[\s-]+an?)?[\s-]+(?P<scale>thousand|million|billion|trillion)\b",
    re.IGNORECASE,
)
# A minus sign glued to the digits, or the word: "-4.5%", "minus 130".
# ... never after an article: "a negative one" is a negative thing, no minus one
# ... nor after "plus or": "plus or minus 3" is a margin either way (``_MARGIN_SIGN_BEFORE_RE``)
_MINUS_WORD_RE = re.compile(
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!plus or )(?<!plus/)(?<!plus / )"
    r"\b(?:minus|negative)(?:\s+|\s?-\s?)$",
    re.IGNORECASE,
)
_BRACKET_CLOSE_RE = re.compile(r"\.?\]")
_WORD_START_RE = re.compile(
    r"\b(?=[abdefhmnostz])(?:half\s+an?\s+|an?\s+)?(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|"
    r"trillion|dozen)\b",
    re.IGNORECASE,
)
_FRACTION_DENOMINATORS: dict[str, int] = {
    "half": 2,
    "third": 3,
    "quarter": 4,
    "fourth": 4,  # "three-fourths", as American papers write a quarter
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_FRACTION_NUMERATORS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
# What may follow a fraction: "of", a determiner, or the end of a clause (module docstring).
_DENOMINATORS = (
    r"(?:half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
)
_FRACTION_FOLLOW = (
    r"(?=\s*,?\s+of\b|\s+(?:the|its|their|his|her|our|all|those|these|them)\b"
    r"|\s*[.;:)](?:\s|$)"
    # a share standing for the people or things it is of, before a plural verb: "more than
    # half are members", "about a third were women" ("a third was shot" is one more person)
    r"|\s+(?:are|were|have)\s"
    # a share of change before its time: "fell by a third in March", "a quarter last year"
    r"|\s+(?:in(?!\s+which)|since|over|from|last|this|compared|year-on-year)\s"
    # the first end of a range of shares: "between half and two-thirds"
    r"|\s+(?:and|to|or)\s+(?:(?:an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?"
    + _DENOMINATORS
    + r"\b)"
)
_FRACTION_RE = re.compile(
    r"\b(?=[aefhnost])(?:"
    # hyphenated, a fraction whatever follows: "a one-third interest", "two - thirds"
    r"(?P<hnum>one|two|three|four|five|six|seven|eight|nine)\s?-\s?(?P<hden>"
    + _DENOMINATORS
    + r")\b|(?:(?P<num>an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    r"(?P<den>" + _DENOMINATORS + r")|(?P<half>half))\b" + _FRACTION_FOLLOW + ")"
    # "a Fourth of July parade" is a holiday
    r"(?!\s+of\s+July\b)",
    re.IGNORECASE,
)
# "fell by a fifth to 178,000", "rose by a third to $5 million": a change by a share, then
# the level it came to ("a quarter to five" with no "by" is a clock's time)
_FRACTION_CHANGE_RE = re.compile(
    r"(?<=\bby\s)(?P<num>an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    r"(?P<den>" + _DENOMINATORS + r")\b(?=\s+to\s+[$€£¥]?\s?[0-9])",
    re.IGNORECASE,
)
# "the second half", "by half": "half" after these words is no share of anything.
_UNIT_AND_BEFORE_RE = re.compile(
    r"\b(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|century|centuries|miles?|"
    r"kilomet(?:re|er)s?|met(?:re|er)s?|feet|foot|inch(?:es)?|pounds?|kilos?|dozen)\s+and\s+$",
    re.IGNORECASE,
)
_HALF_NOT_AFTER_RE = re.compile(
    r"\b(?:the|a|an|first|second|other|latter|former|last|next|this|that|one|by|in|and)\s+$|"
    # ... or an ordinal in digits: "the 2nd half", "1st-half"
    r"(?<![0-9])[12]\s?(?:st|nd)\s?-?\s?$",
    re.IGNORECASE,
)
# "a quarter of an hour", "half of the year", "a quarter of a million": not a share.
_FRACTION_OF_UNIT_RE = re.compile(
    r"\s*,?\s+of\s+(?:an?|the|one)\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|"
    r"months?|years?|decades?|century|mile|kilomet(?:re|er)|dozen|hundred|thousand|million|"
    r"billion)\b",
    re.IGNORECASE,
)
_SCALE_AFTER_RE = re.compile(
    # glued as a hurried page writes it: "$57million"
    r"(?:\s+|\s?-\s?|(?=(?:thousand|million|billion|trillion)\b))"
    r"(hundred|thousand|million|billion|trillion|lakhs?|lacs?|crores?|dozen|"
    # Malay and Indonesian: "RM2 juta", "Rp 5 miliar", "RM1.5 bilion"
    r"ribu|juta|miliar|milyar|bilion|trilion|triliun|"
    # "paid him 50 grand", "10 grand a year": a thousand of money, as speech says it ("the 3
    # grand slams" are no thousands)
    r"grand(?=\s*(?:[.,;:!?)\"”]|$)|\s+(?:a|an|per|each|apiece|in|for|to|on|from|and|or|"
    r"cash|bucks)\b))\b",
    re.IGNORECASE,
)
# "5m", "2bn", "10k", "$1tn", "1.8M" glued to the digits are scales ("m" is read as metres
# unless money or a count follows: see _atoms); "5 m" with a space is more likely metres.
_LOST_SIGN_BEFORE_RE = re.compile(r"\ufffd\s?$")
# A count of people or things before a glued "m": millions of them, never metres
_COUNT_BEFORE_M_RE = re.compile(
    r"\b(?:toll|population|unemployment|jobless|turnout|attendance|audience|viewers|visitors|"
    r"users|subscribers|customers|voters|members|refugees|migrants|residents|sales|"
    r"downloads|passengers|tourists|followers)\b(?:\s+[a-z]+){0,4}\s+"
    r"(?:to|at|of|hit|hits|reached|reaches|topped|tops|passed|surpassed|exceeded|is|was|are|were)"
    r"\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+)?$",
    re.IGNORECASE,
)
_GLUED_SCALE_RE = re.compile(r"(bn|mn|mln|bln|tn|trn|MM|cr|m|M|k|K|b|B)(?![A-Za-z0-9²])")
# After a currency sign, or before a currency word, a spaced "bn", "mn", "B" or "b." is still
# a scale: "$4 bn", "8 B", "110 b. Euro".
# "MM" and "mil" are millions as finance and sports copy write them: "$160MM", "$140 mil".
# "1.2 Mio. euros", "EUR 4 mio": the million of German and Swiss copy
_SHORT_SCALE_RE = re.compile(
    r"\s(bn|mn|mln|bln|tn|trn|MM|mil|[Mm]io\.|[Mm]io|[Mm]rd\.|[Mm]rd|cr\.|cr|B|b\.|m\.|m|k|K)(?![A-Za-z0-9])"
)
# Chinese and Japanese scales after the digits: 万/萬 ten thousand, 亿/億 a hundred million.
_CJK_SCALE_RE = re.compile(r"\s?(万|萬|亿|億)")
_LARGER_SCALE_RE = re.compile(r"\s+(thousand|million|billion|trillion)\b", re.IGNORECASE)
_SMALLER_SCALE_AFTER_RE = re.compile(
    r"\s+(?:and\s+)?([0-9]{1,3})\s+(thousand|million|billion)\b", re.IGNORECASE
)
# A road race named by its distance in kilometres: "a 10K race", "the 5K fun run"
_RACE_AFTER_RE = re.compile(
    r"\s+(?:races?|run|walks?|fun\s+runs?|road\s+races?|charity\s+runs?)\b", re.IGNORECASE
)
_CRORE_AFTER_RE = re.compile(r"\s+(crores?)\b", re.IGNORECASE)
_SCALES: dict[str, float] = {
    "万": 1e4,
    "萬": 1e4,
    "亿": 1e8,
    "億": 1e8,
    "dozen": 12,  # "2 dozen eggs"
    "hundred": 100,  # "1 hundred dollars"
    "grand": 1000,  # "50 grand"
    "ribu": 1e3,
    "juta": 1e6,
    "miliar": 1e9,
    "milyar": 1e9,
    "bilion": 1e9,
    "trilion": 1e12,
    "triliun": 1e12,
    "thousand": 1e3,
    "k": 1e3,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,  # "Rs 5 lacs": the lakh as Indian copy also spells it
    "lacs": 1e5,
    "cr": 1e7,  # "Rs 1.2 cr", "₹5cr": the crore abbreviated, with money only
    "cr.": 1e7,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mm": 1e6,  # "MM", in capitals and after money only (_GLUED_SCALE_RE, _SHORT_SCALE_RE)
    "mil": 1e6,
    "mio": 1e6,
    "mio.": 1e6,
    "mrd": 1e9,  # "1,5 Mrd. Euro": the German billion (Milliarde)
    "mrd.": 1e9,
    "m": 1e6,
    "m.": 1e6,
    "crore": 1e7,
    "crores": 1e7,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "b.": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
}
# Glued scales that need money around them to be one ("3b" alone is no billion).
_MONEY_ONLY_SCALES = frozenset({"b", "b.", "mm", "cr", "cr."})
# Letters allowed straight after digits: units ("2km²", "80%" is not a letter). Anything else
# ("21st", "1990s", "3D", "5G") means the digits are not a count.
_GLUED_UNIT_RE = re.compile(
    r"(?:km²|km2|km/h|kmph|kmh|kph|km|m²|m2|mph|ha|bn|mn|mln|bln|tn|trn|m|M|k|K|b|B|kg|cm|mm|ml|ft|"
    r"lbs?|oz|t|g|mg|pct|pc|p|c|hrs?|mins?|secs?|yrs?|ms|msecs?|[kMG]bps|bps?|kcal|Gt|kW|MW|GW|kWh|MWh|GWh|Wh|mAh|W|hp|bhp|GB|MB|TB|KB|kB|°[CF]?|[º˚][CF]|C|F|MM|USD|EUR|GBP|kgs|rpm|fps|oC|oF|degs?|in|mi|l|cms|gms?|ltrs?|"
    r"L|[kMG]?Hz|kV|V|sqm|sq|sqft|kms|mtrs?|MT|cc|[µμ][lLgm]|mcg|yds?|"
    # product copy in small letters: "a 3ghz chip", "220v", "a 5000mah cell", "64gb"
    r"[kmg]?hz|kv|v|[kmg]?w|[kmgt]?wh|mah|gb|mb|tb|kb|[kmg]bps|gal|"
    # a recipe card's spoons: "3tsp", "1tbsp"
    r"(?i:tbsps?|tbs|tsps?)|"
    r"[A-Z]{3}|usd|rmb|" + "|".join(code.lower() for code in LOWER_CASE_CODES) + r"|"
    # a unit's whole name, its space lost: "5metres", "20dollars", "10percent"
    r"(?i:(?:kilo|centi|milli)?met(?:re|er)s?|tonnes?|tons?|miles?|feet|foot|inch(?:es)?|yards?|"
    r"(?:kilo)?gram(?:me)?s?|kilos?|pounds?|ounces?|lit(?:re|er)s?|gallons?|acres?|hectares?|"
    r"dollars?|euros?|percent|seconds?|minutes?|hours?|days?|weeks?|months?|years?|degrees?|"
    r"knots?|calories)"
    r")(?![A-Za-z])"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Atom:
    start: int
    end: int
    value: float  # scaled value, or the floor of a vague amount
    raw: float  # value before a scale word ("20" in "20 million")
    factor: float = 1  # the scale word's factor ("million": 1e6), 1 without one

    @property
    def scaled(self) -> bool:
        """Whether a scale word ("million", "bn") was read with the number."""
        return self.factor != 1

    form: Literal["digits", "word", "vague", "fraction"]
    about: bool = False  # "a couple of": about the value


_SEPARATOR_RE = re.compile(r"[,\u00a0\u202f\u2009 '’]")


def _tidy(value: float) -> float:
    """An integral value as int, so 8,000 and "eight thousand" both read as 8000, not 8000.0."""
    return int(value) if float(value).is_integer() and abs(value) < 1e18 else value


def _scaled(raw: float, factor: float) -> float:
    """``raw * factor`` without binary rounding noise: 16.4 million is 16400000, not ...99998."""
    if factor == 1:
        return raw
    return _tidy(float(Decimal(repr(float(raw))) * Decimal(repr(float(factor)))))


_SPACED_DECIMAL_COMMA_RE = re.compile(r"[0-9]{1,3}(?: [0-9]{3})+,[0-9]{1,2}")


def _number(token: str) -> float:
    """The value of a digit string with thousands separators ("20, 000", "1.500.000", "4. 6")."""
    if "." in token and "," in token and token.rfind(",") > token.rfind("."):
        token = token.replace(".", "").replace(",", ".")  # "1.234,56": 1234.56
    elif _SPACED_DECIMAL_COMMA_RE.fullmatch(token):
        token = token.replace(",", ".")  # "1 234,56": 1234.56
    elif token.count(".") > 1:
        token = token.replace(".", "")
    return _tidy(float(_SEPARATOR_RE.sub("", token.replace(". ", "."))))


def _vague_floor(m: re.Match[str]) -> float:
    """The documented floor of a vague amount."""
    if m.group("outer"):
        outer, inner = case_key(m.group("outer")), case_key(m.group("inner"))
        return _VAGUE_FLOORS[outer] / 2 * _VAGUE_FLOORS[inner]
    if m.group("scale"):
        times = _WORD_SCALES[case_key(m.group("scale2"))] if m.group("scale2") else 1
        return _VAGUE_FLOORS[case_key(m.group("scale"))] * times
    if m.group("handful"):
        return _VAGUE_FLOORS["handful"]
    if m.group("few"):
        return _VAGUE_FLOORS["few"]
    if m.group("several"):
        return _VAGUE_FLOORS["several"]
    return _VAGUE_FLOORS[
        case_key(m.group("plural") or m.group("of") or m.group("of_headline") or "")
    ]


# A verb of harm right before "a third" that no "of" follows: the third person harmed
# ("killing two co-workers and seriously wounding a third."), an ordinal, never a share.
_ORDINAL_HARMED_RE = re.compile(
    r"\b(?:kill|wound|injur|hurt|shoot|shot|stabb?)\w*\s+"
    r"(?:(?:critically|seriously|fatally|badly|severely|gravely|slightly)\s+)?$",
    re.IGNORECASE,
)
_OF_AFTER_RE = re.compile(r"\s*,?\s+of\b", re.IGNORECASE)
# "killing two women and critically injuring a third co-worker", "Two were shot dead. A
# third was also shot", "left two dead and a third employee wounded", "two killed and
# another wounded": after others harmed, "a third" (a second, a fourth) or "another" is
# one more person harmed, a count of one, when a verb of harm comes before it or after it
# ("another 20" is the number after it).
_ORDINAL_ONE_RE = re.compile(
    r"\b(?:(?:a|an)\s+(?:second|third|fourth|fifth|sixth)|another)\b(?!\s*-)"
    r"(?!\s+(?:[0-9]|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|"
    r"thousands?|several|few|more|of)\b))",
    re.IGNORECASE,
)
_ORDINAL_HARMED_AFTER_RE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:(?P<was>was|is)\s+(?:also\s+)?)?"
    r"(?:(?:critically|seriously|fatally|badly|severely|gravely|slightly)\s+)?"
    r"(?:killed|wounded|injured|hurt|shot|stabbed)\b"
    # with "was" the participle is what befell the person, whatever follows ("another man
    # was also injured but not seriously"); with no "was" it tells so only where the clause
    # ends ("a third employee wounded."), never as a verb with an object ("a second blast
    # killed five")
    r"(?(was)|(?=\s*(?:[,.;)]|$|\s+(?:and|in|by|at|when|after|with)\b)))",
    re.IGNORECASE,
)
_ORDINAL_DENOMINATORS = frozenset(
    {"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)


def _fraction(text: str, at: int) -> _Atom | None:
    """A fraction starting at ``at`` ("a quarter", "two-thirds", "half of"), as a percentage."""
    m = _FRACTION_RE.match(text, at) or _FRACTION_CHANGE_RE.match(text, at)
    if m is None or _FRACTION_OF_UNIT_RE.match(text, m.end()):
        return None
    if _UNIT_AND_BEFORE_RE.search(text, max(0, at - 24), at):
        return None  # "the past year and a half": a half of the unit, no share
    group = m.groupdict()
    if (
        case_key(group.get("num") or "") in {"a", "an"}
        and case_key(group.get("den") or "") in _ORDINAL_DENOMINATORS
        and _ORDINAL_HARMED_RE.search(text, max(0, at - 40), at)
        and not _OF_AFTER_RE.match(text, m.end())
    ):
        return None  # "killing two and wounding a third.": one more person, not a share
    if group.get("half"):
        if _HALF_NOT_AFTER_RE.search(text, max(0, at - 20), at):
            return None
        numerator, denominator = 1, 2
    else:
        numerator = _FRACTION_NUMERATORS[case_key(group.get("num") or group["hnum"])]
        den = case_key(group.get("den") or group["hden"])
        denominator = _FRACTION_DENOMINATORS[den[:-1] if den.endswith("s") else den]
    if numerator >= denominator:
        return None
    value = _tidy(round(100 * numerator / denominator, 1))
    return _Atom(start=at, end=m.end(), value=value, raw=value, form="fraction")


def _fraction_of_scale(m: re.Match[str]) -> float:
    """The value of "quarter million", "three quarters billion", "half a million"."""
    numerator = _FRACTION_NUMERATORS[case_key(m.group("num"))] if m.group("num") else 1
    den = case_key(m.group("den"))
    denominator = _FRACTION_DENOMINATORS[den[:-1] if den.endswith("s") else den]
    return _tidy(numerator / denominator * _SCALES[case_key(m.group("scale"))])


# After "m" glued to digits, what makes it a million rather than metres: a count noun,
# "of", or a currency word ("5m people", "5m of", "5m euros").
_WITHIN_BEFORE_RE = re.compile(r"\bwithin\s+(?:about\s+|some\s+)?$", re.IGNORECASE)
_MILLION_AFTER_RE = re.compile(
    # ... a "+" between: "1.2m+ copies"
    r"\+?(?:\s+(?:[a-z]+s\b|people\b|of\b)|\s*" + SUFFIX + ")",
    re.IGNORECASE,
)


_POINT_SPACED_RE = re.compile(r"(?:[a-z:(]|^|\s)\. $")
_POINT_GLUED_RE = re.compile(r"(?:^|[\s(\"“'$£€])\.$")
# What follows an average written with three digits: "hit. 308 with", "a. 919 OPS", "(. 464)".
_AVERAGE_AFTER_RE = re.compile(
    r"\s*[,;)]|\s+(?:with|average|avg|hitter|OPS|clip|mark|from|record|percentage)\b"
)


def _point_decimal(text: str, at: int, token: str) -> int:
    """Where a decimal written with only its point starts ("of .08", "of. 08", "hit. 308"),
    or -1. Spaced, it takes two or three digits (the first a zero, or three of them) after a
    word: a sentence that ends before a count ("the crash. 300 people") is told by the count
    noun after it."""
    if not token.isdigit() or at == 0 or _currency_before(text, 0, at):
        return -1  # "(Rs. 900)": the point ends the currency's abbreviation
    head = text[max(0, at - 3) : at]
    if _POINT_GLUED_RE.search(head):
        return at - 1
    if (
        _POINT_SPACED_RE.search(head)
        and 2 <= len(token) <= 3
        and (token[0] == "0" or _AVERAGE_AFTER_RE.match(text, at + len(token)))
        and not _next_word_is_count_noun(text, at + len(token))
    ):
        return at - 2
    return -1


_COMMA_DECIMAL_AFTER = (
    r"\s?(?:%|(?:triliun|trilion|miliar|milyar|juta|ribu|bilion|million|"
    r"billion|trillion|millones|millions|milliards?|mld|mln|mrd|mio|persen|peratus|"
    r"prozent|pour\s?cent|por\s?ciento|per\s?cent|percent)\b)"
)
_COMMA_DECIMAL_RE = re.compile(
    r",([0-9]{1,2})(?="
    + _COMMA_DECIMAL_AFTER
    # ... or the first end of a range whose second end has its decimal comma and its unit:
    # "from 1,5 to 2,5 percent", "1,5-2,5 %"
    + r"|\s?(?:-|–|to|and|bis)\s?[0-9]{1,3},[0-9]{1,2}"
    + _COMMA_DECIMAL_AFTER
    + ")",
    re.IGNORECASE,
)
_COMMA_CENTS_RE = re.compile(r",([0-9]{2})(?![0-9]|[.,][0-9])")
_COMMA_SHORT_RE = re.compile(r",([0-9]{1,2})(?![0-9]|[.,][0-9])")
_COMMA_CENTS_BEFORE_SIGN_RE = re.compile(
    r",([0-9]{2})(?=\s?(?:[€$£¥₹]|(?:euros?|dollars?|pounds?|francs?|reais|real|kroner|"
    r"kronor|krone|zlotys?|z[łl]oty|pesos?|rupees?|lira|lire|EUR|USD|GBP|CHF|BRL|SEK|NOK|DKK|"
    r"PLN|CZK|HUF|TRY|MXN|ARS|INR)(?![A-Za-z])))"
)
# "5½", "5 ½ years": a whole number and a fraction written with one character
_VULGAR: dict[str, float] = {
    "½": 0.5,
    "¼": 0.25,
    "¾": 0.75,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "⅕": 0.2,
    "⅖": 0.4,
    "⅗": 0.6,
    "⅘": 0.8,
    "⅙": 1 / 6,
    "⅚": 5 / 6,
    "⅛": 0.125,
    "⅜": 0.375,
    "⅝": 0.625,
    "⅞": 0.875,
}
_VULGAR_CHARS = "".join(_VULGAR)
_DOT_THOUSANDS_RE = re.compile(r"[1-9][0-9]{0,2}\.[0-9]{3}")
_COUNTED_AFTER_RE = re.compile(
    r"\s+(?!(?:points|dollars|euros|pounds|cents|pence|rupees|pesos|francs|bucks|"
    r"dinars|shares|seconds|hours|minutes|metres|meters|miles|inches|grams|kilos|tons|tonnes)\b)"
    r"(?:[a-z]+(?<![su])s|people|persons|dead|killed|injured|wounded|missing|children|"
    r"men|women|police|staff|personnel)\b"
)
_SIGNED_RANGE_START_BEFORE_RE = re.compile(
    rf"(?<![A-Za-z0-9])(?:{PREFIX})\s?[0-9]+(?:\.[0-9]+)?\s?[-–]\s?$"
)
# "£3m and a further 1.2m", "from £3m to 4.5m", "$5bn, or 2bn more": an amount written with
# a scale and no sign, joined right after a scaled amount of money, is of the same currency
# (its "m" a million, never metres); the report says the currency once for both
_CARRIED_SCALE = r"(?:bn|mn|m|tn|million|billion|trillion)"
_CARRIED_JOIN = (
    r"(?:\s+(?:to|and|or|then|plus)|,(?:\s+(?:and|or|then|plus))?|\s?[-–])"
    r"(?:\s+(?:a\s+further|another|an\s+(?:extra|additional)|a\s+total\s+of))?\s*$"
)
_CARRIED_JOIN_RE = re.compile(rf"[0-9]\s?{_CARRIED_SCALE}{_CARRIED_JOIN}")
_CARRIED_MONEY_BEFORE_RE = re.compile(
    rf"(?<![A-Za-z0-9])(?:{PREFIX})\s?(?P<amount>[0-9]+(?:\.[0-9]+)?)\s?{_CARRIED_SCALE}"
    + _CARRIED_JOIN
)
# ... never before what a count of millions counts ("£3m and 2m people")
# ... but "a £3m, 40m-long bridge": a length, as what follows the "m" says
_MEASURED_AFTER_RE = re.compile(
    r"\s?m\s?-?\s?(?:long|wide|high|deep|tall|thick|away|across|in\s+(?:length|width|height|"
    r"depth|diameter))\b",
    re.IGNORECASE,
)
_GLUED_OR_SPACED_SCALE_AFTER_RE = re.compile(rf"\s?{_CARRIED_SCALE}\b")
# Words ending in "s" that are no plural noun a number counts ("this", "was", "across")
_NO_PLURAL = "this|was|is|has|its|as|plus|less|thus|across|towards"
_CARRIED_COUNTED_AFTER_RE = re.compile(rf"\s+(?:people|(?!(?:{_NO_PLURAL})\b)[a-z]+s\b)")


UNREAD_CURRENCY = "¤"
"""The unit of a sum of money whose currency the report does not write ("worth 22.4bn")."""
# "22.4bn", "40m", "3.5 mn": a scale abbreviated as finance copy writes money
_ABBREVIATED_SCALE_END_RE = re.compile(r"[0-9]\s?(?:bn|bln|mn|mln|m|tn|trn)$")
# What follows an amount that is a length or a count of things, never a sum: "40m long",
# "3m people", "2bn doses"
_NOT_PAID_AFTER_RE = re.compile(
    r"\s?-?\s?(?:long|wide|high|deep|tall|thick|away|across|in\s+(?:length|width|height|depth))\b"
    rf"|\+?\s+(?:people|(?!(?:{_NO_PLURAL}|years|pounds|dollars|euros)\b)[a-z]+s\b)",
    re.IGNORECASE,
)


def _paid_scale(text: str, at: int, end: int) -> bool:
    """Whether the scaled number from ``at`` to ``end`` ("22.4bn", "40m") is a sum whose
    currency is not written: a word only sums go with a few words before (cost, worth, paid,
    budget, revenue, deal: ``_SUM_BEFORE_RE``), nothing after it that a length or a count of
    things would take, and no article right before ("bought a 40m yacht" is a length)."""
    if _NOT_PAID_AFTER_RE.match(text, end):
        return False
    if _ARTICLE_BEFORE_RE.search(text, max(0, at - 6), at):
        return False
    return _SUM_BEFORE_RE.search(text, max(0, at - 50), at) is not None


# The words that only a sum of money goes with, a few words before it ("cost", "worth",
# "paid", "a budget of", "revenue of", "fined"); not the words of selling or buying, whose
# amount may be of things ("the album sold 3m", "orders of 2m")
_SUM_BEFORE_RE = re.compile(
    r"\b(?:cost|costs|costing|paid|pay|pays|paying|fined?|fines|worth|spent|spend|spending|"
    r"price[ds]?|salary|salaries|wages?|earns?|earned|earnings|budget|bill|funds?|funding|"
    r"loans?|donated?|donations?|compensation|bid|offer(?:ed)?|owed?|debts?|grants?|profits?|"
    r"losses|revenues?|turnover|income|deficit|invest(?:s|ed|ing|ment)?|valued|values|valuation|"
    r"fees?|bribes?|ransom|reward|deal|takeover|bailout|subsidy|subsidies)\b"
    r"(?:\s+[\w'’]+){0,5}\s+$",
    re.IGNORECASE,
)


def _carried_currency(text: str, at: int) -> re.Match[str] | None:
    """The currency of a scaled amount of money joined right before the number at ``at``."""
    lo = max(0, at - 48)
    if _CARRIED_JOIN_RE.search(text, lo, at) is None:
        return None  # the cheap test first: most numbers follow no scaled amount
    m = _CARRIED_MONEY_BEFORE_RE.search(text, lo, at)
    return None if m is None else _currency_before(text, 0, m.start("amount"))


_DOT_GROUPED_MONEY_AFTER_RE = re.compile(r"\s?" + _SPACE_GROUPED_MONEY_AFTER.replace("[€£$]", "€"))
# the currencies whose countries group thousands with a point: "€12.000", "Rp 15.000",
# "R$ 1.500" (never the dinars of the Gulf, whose fils take three decimals)
_DOT_GROUPING_CURRENCIES = frozenset(
    {"EUR", "IDR", "BRL", "ARS", "CLP", "COP", "VND", "TRY", "DKK", "NOK", "HUF", "CZK", "RON"}
    | {"kroner"}
)
_DIGITS_AND_A_HALF_RE = AND_A_PART
# ... or a hyphen between, as some copy sets it: "4-½ months"
_VULGAR_AFTER_RE = re.compile(rf"(?:\s|-)?([{_VULGAR_CHARS}])(?![0-9])")


def _digits_atom(text: str, digits: re.Match[str]) -> _Atom:
    """A number in digits with its scale word and sign ("-4.5", "20, 000", "$1tn", "5m")."""
    at = digits.start()
    raw = _number(digits.group())
    end = digits.end()
    vulgar = _VULGAR_AFTER_RE.match(text, end)
    if vulgar and float(raw).is_integer():
        raw, end = raw + _VULGAR[vulgar.group(1)], vulgar.end()  # "5 ½ years": 5.5
    half = _DIGITS_AND_A_HALF_RE.match(text, end)
    if half and float(raw).is_integer() and 0 < raw < 1000 and not vulgar:
        # "2 and a half years", "3-and-a-half-hour", "1 and a quarter": 2.5, 3.5, 1.25
        raw, end = round(raw + and_a_part(half), 3), half.end()
    point = _point_decimal(text, at, digits.group())
    if point >= 0:
        # ".08", "of. 08": a decimal below one, its point included in the phrase
        value = float("0." + digits.group())
        return _Atom(start=point, end=end, value=value, raw=value, form="digits")
    # a sign the page's encoding lost ("fined \ufffd5m") is still a sign: "m" is a million
    # there, and the story's other reports say the currency (``triangulate.reconcile``)
    currency = _currency_before(text, 0, at)
    money_before = (
        currency is not None
        or bool(_LOST_SIGN_BEFORE_RE.search(text, max(0, at - 2), at))
        # "$5-6m": the second end of a range of money, its sign before the first
        or bool(_SIGNED_RANGE_START_BEFORE_RE.search(text, max(0, at - 24), at))
        # "£3m and a further 1.2m": the scaled amount before says the currency
        or (
            _GLUED_OR_SPACED_SCALE_AFTER_RE.match(text, end) is not None
            and _MEASURED_AFTER_RE.match(text, end) is None
            and _carried_currency(text, at) is not None
        )
    )
    comma = _COMMA_DECIMAL_RE.match(text, end) if digits.group().isdigit() else None
    if comma is None and digits.group().isdigit():
        # "15,50 €", "€ 15,50", "2,50 dollars": two digits after a comma beside a currency
        # are its cents, as much of Europe writes prices (a thousands comma takes three)
        comma = (_COMMA_CENTS_RE if money_before else _COMMA_CENTS_BEFORE_SIGN_RE).match(text, end)
    if comma is None and digits.group().isdigit():
        # "2,5 km", "1,75 kg", "12,5 °C", "a magnitude 4,2 quake": one or two digits after a
        # comma before a unit, or in a magnitude, are decimals (a thousands comma takes three)
        short = _COMMA_SHORT_RE.match(text, end)
        if short is not None and (
            _unit_follows(text, short.end())
            or _MAGNITUDE_BEFORE_RE.search(text, max(0, at - 12), at)
        ):
            comma = short
    if comma is not None:
        # "Rp3,91 triliun", "5,95 persen", "3,5 %": a decimal comma, as much of Europe and
        # Indonesia write it, read only before a scale word or a percentage
        raw, end = float(f"{digits.group()}.{comma.group(1)}"), comma.end()
    factor: float = 1
    scale = _SCALE_AFTER_RE.match(text, end)
    if scale is None:
        glued = _GLUED_SCALE_RE.match(text, end)
        word = glued.group(1) if glued else ""
        if word == "m" and not money_before:
            # "a 48m wall" is in metres; "5m people", "5m euros" are millions; "within 80m of
            # the hut" is a distance.
            million = _MILLION_AFTER_RE.match(text, glued.end())  # type: ignore[union-attr]
            if million and _WITHIN_BEFORE_RE.search(text, max(0, at - 12), at):
                million = None
            # "the toll rose to 1.5m", "unemployment hit 3m": a count of people has no metres
            counted = _COUNT_BEFORE_M_RE.search(text, max(0, at - 40), at)
            paid = glued is not None and _paid_scale(text, at, glued.end())
            glued = glued if million or counted or paid else None
        elif case_key(word) in _MONEY_ONLY_SCALES and not money_before:
            glued = None
        elif word in ("K", "k") and not money_before and _RACE_AFTER_RE.match(text, end + 1):
            glued = None  # "a 10K race": a road race's kilometres, no ten thousand
        scale = glued
    if scale is None:
        scale = _CJK_SCALE_RE.match(text, end)  # "330 万": 3,300,000
    if scale is None:
        short = _SHORT_SCALE_RE.match(text, end)
        if short and (
            money_before
            or SUFFIX_RE.match(text, short.end())
            # "3 mln shares", "2.5 bln": wire copy's abbreviations that name no unit
            or short.group(1).lower() in ("mln", "bln", "trn")
        ):
            scale = short
    if scale:
        factor, end = _SCALES[case_key(scale.group(1))], scale.end()
        larger = (
            _LARGER_SCALE_RE.match(text, end)
            if factor == 100
            else _CRORE_AFTER_RE.match(text, end)
            if factor == 1e5
            else None
        )
        if larger is not None:
            # "3 hundred thousand dollars", "5 hundred million": hundreds of the larger scale;
            # "Rs 2.5 lakh crore": lakhs of crores, as Indian budgets are counted
            factor, end = factor * _SCALES[case_key(larger.group(1))], larger.end()
        smaller = _SMALLER_SCALE_AFTER_RE.match(text, end) if factor >= 1e6 else None
        if smaller is not None and _SCALES[case_key(smaller.group(2))] < factor:
            # "2 million 500 thousand dollars": the smaller scale's amount adds to the larger
            part = int(smaller.group(1)) * _SCALES[case_key(smaller.group(2))]
            raw, end = raw + part / factor, smaller.end()
    elif (
        not money_before
        and _DOT_THOUSANDS_RE.fullmatch(digits.group())
        and _COUNTED_AFTER_RE.match(text, end)
    ):
        # "1.200 dead", "12.500 residents": thousands as much of Europe groups them; a
        # count of people or things has no fraction
        raw = int(digits.group().replace(".", ""))
    elif _DOT_THOUSANDS_RE.fullmatch(digits.group()) and (
        _DOT_GROUPED_MONEY_AFTER_RE.match(text, end)
        or (currency is not None and prefix_unit(currency) in _DOT_GROUPING_CURRENCIES)
    ):
        # "12.000 euros", "€12.000": a price in the currency of a country that groups
        # thousands with a point, where no price takes three decimals
        raw = int(digits.group().replace(".", ""))
    start = at
    sign = 1
    # ... an en dash too, as some copy sets a minus: "fell to –5C"
    if at and text[at - 1] in "-−–" and (at == 1 or text[at - 2] in " \t([\"“'"):
        before = text[: at - 1].rstrip()
        if not before or not (before[-1].isdigit() or before[-1] == "%"):
            start, sign = at - 1, -1  # "-4.5%", "-5 degrees": a negative value
    minus = _MINUS_WORD_RE.search(text, max(0, at - 12), at)
    if minus:
        start, sign = minus.start(), -1
    return _Atom(
        start=start,
        end=end,
        value=_scaled(sign * raw, factor),
        raw=sign * raw,
        factor=factor,
        form="digits",
    )


# Whatever any atom starts with: a digit, a number word, a vague or fraction word, or "a"/"an"
# before a unit of time. A line without one holds no number, and the patterns below are not
# run on it. Digits are looked for first (the cheapest test); the look-ahead on the first
# letters lets most word starts fail at once.
_DIGIT_RE = re.compile(r"[0-9]")
_ANY_NUMBER_WORD_RE = re.compile(
    r"\b(?=[zotfsenhmbdqcal])(?:dua|tiga|empat|lima|enam|tujuh|lapan|sembilan|sepuluh|sebelas|"
    r"seratus|seribu|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozens?|half|thirds?|"
    r"quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|handful|several|couple|"
    r"double|triple|quadruple|quintuple|another|second|eleventh|twelfth|once|twice|thrice|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|"
    r"an?\s+pair|an?\s+trio|an?\s+(?:dollar|euro|pound|buck|rupee|peso|yuan|franc|rand)|"
    r"an?\s+(?:full|complete|whole)\s+turn|"
    r"scores|tens|hundreds|thousands|millions|billions|a\s+few|"
    r"an?\s+(?:second|minute|hour|day|night|week|weekend|fortnight|month|year|decade|century|"
    r"mile|kilometre|kilometer|metre|meter|foot|yard|block))"
    r"\b",
    re.IGNORECASE,
)


# "the million-member union", "the thousand - strong force": a scale word alone, after "the",
# in a compound that counts members; "an estimated million people", "an estimated
# million-plus": a scale word alone after the estimate hedge counts one of that scale.
_BARE_SCALE_RE = re.compile(
    r"(?<=\bthe )(?:hundred|thousand|million)(?=\s?-\s?(?:members?|strong|man|men|person|"
    r"people|seats?)\b)"
    # "an estimated million people", "an estimated million-plus": the scale alone is one of it
    r"|(?<=\ban estimated )(?:thousand|million|billion)(?=-plus\b|\+|\s+[a-z]|[.,;])",
    re.IGNORECASE,
)
_BARE_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

# Malay numbers in words before what they count ("enam bulan", "dua orang", "tiga puluh
# lima mangsa"): read only before a noun of counting or a unit, as "lima" is also a name.
_MALAY_UNITS = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "lapan": 8,
    "sembilan": 9,
}
_MALAY_WORD = r"(?:dua|tiga|empat|lima|enam|tujuh|lapan|sembilan)"
_MALAY_NUMBER_RE = re.compile(
    rf"\b(?:(?P<u>{_MALAY_WORD})(?:\s+(?P<k>puluh|belas|ratus|ribu)"
    r"(?:\s+(?P<u2>satu|dua|tiga|empat|lima|enam|tujuh|lapan|sembilan))?)?"
    r"|(?P<se>sepuluh|sebelas|seratus|seribu))"
    r"(?=\s+(?:orang|bulan|tahun|hari|minggu|jam|minit|saat|buah|rumah|ekor|peratus|kali|"
    r"mangsa|penduduk|pekerja|pelajar|kanak-kanak|kes|kenderaan|unit|kilometer|meter|"
    r"lelaki|wanita|individu|anggota|suspek|pesakit|kematian|syarikat|negara|hektar)\b)",
    re.IGNORECASE,
)
_MALAY_TENS = {"puluh": 10, "ratus": 100, "ribu": 1000}
_MALAY_SE = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}


def _malay_number(m: re.Match[str]) -> int:
    """The value of a match of ``_MALAY_NUMBER_RE`` ("tiga puluh lima": 35)."""
    if m.group("se"):
        return _MALAY_SE[m.group("se").lower()]
    unit = _MALAY_UNITS[m.group("u").lower()]
    scale = (m.group("k") or "").lower()
    rest = _MALAY_UNITS[m.group("u2").lower()] if m.group("u2") else 0
    if scale == "belas":
        return 10 + unit  # "dua belas": twelve
    return unit * _MALAY_TENS.get(scale, 1) + rest


# The patterns an atom in words may start with (see ``_word_at``).
_WORD_PATTERNS = (
    _ORDINAL_ONE_RE,
    _FULL_TURN_RE,
    _MALAY_NUMBER_RE,
    _BARE_SCALE_RE,
    _VAGUE_RE,
    _WORD_START_RE,
    _HALF_DOZEN_RE,
    _FRACTION_OF_A_UNIT_RE,
    _FRACTION_RE,
    _FRACTION_CHANGE_RE,
    _FRACTION_SCALE_RE,
    _COUPLE_RE,
    _PAIR_RE,
    _TWICE_RE,
    _ONCE_RE,
    _STREAK_ORDINAL_RE,
    _MULTIPLE_KILLING_RE,
    _A_UNIT_RE,
    _A_LENGTH_RE,
    _A_MEASURE_AND_A_HALF_RE,
    _A_MONEY_RE,
)

# A word every match of a word pattern holds (in any case): a line that holds none of a
# pattern's is not searched for it (``letters_lowered``). Most lines name a number in
# words ("one", "a year") and hold none of the fractions, Malay numbers or units most
# of these patterns read.
_WORD_PATTERN_WORDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _ORDINAL_ONE_RE: ("second", "third", "fourth", "fifth", "sixth", "another"),
    _FULL_TURN_RE: ("turn",),
    _MALAY_NUMBER_RE: (
        *("dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan", "sembilan"),
        *("sepuluh", "sebelas", "seratus", "seribu"),
    ),
    _BARE_SCALE_RE: ("hundred", "thousand", "million", "billion"),
    _VAGUE_RE: (
        *("tens", "hundreds", "dozens", "thousands", "millions", "billions", "scores"),
        *("several", "few", "couple", "many", "handful"),
    ),
    _WORD_START_RE: (
        *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
        *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"),
        *("seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty"),
        *("sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million"),
        *("billion", "trillion", "dozen"),
    ),
    _HALF_DOZEN_RE: ("dozen",),
    _FRACTION_OF_A_UNIT_RE: ("half", "quarter", "third"),
    _FRACTION_RE: (
        *("half", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth"),
        *("ninth", "tenth"),
    ),
    _FRACTION_CHANGE_RE: (
        *("half", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth"),
        *("ninth", "tenth"),
    ),
    _FRACTION_SCALE_RE: ("half", "quarter", "third"),
    _COUPLE_RE: ("couple",),
    _PAIR_RE: ("pair", "trio"),
    _TWICE_RE: ("twice", "thrice"),
    _ONCE_RE: ("once",),
    _STREAK_ORDINAL_RE: ("straight", "consecutive", "successive"),
    _MULTIPLE_KILLING_RE: ("double", "triple", "quadruple", "quintuple"),
    _A_UNIT_RE: (
        *("second", "minute", "hour", "day", "night", "week", "fortnight", "month"),
        *("year", "decade", "century"),
    ),
    _A_LENGTH_RE: ("mile", "metre", "meter", "foot", "yard", "block"),
    _A_MEASURE_AND_A_HALF_RE: ("half",),
    _A_MONEY_RE: ("dollar", "euro", "pound", "buck", "rupee", "peso", "yuan", "franc", "rand"),
}


def _atoms(text: str) -> Iterator[_Atom]:
    """Every number in the text, left to right, without overlaps."""
    digits_in = _DIGIT_RE.search(text) is not None
    words_in = _ANY_NUMBER_WORD_RE.search(text) is not None
    vulgar_in = _BARE_VULGAR_RE.search(text) is not None
    if not (digits_in or words_in or vulgar_in):
        return
    # Every match of a word pattern holds a number word: a line with none needs only digits.
    if not words_in:
        patterns: tuple[re.Pattern[str], ...] = (_DIGITS_RE,)
    else:
        lowered = letters_lowered(text)
        words = (
            _WORD_PATTERNS
            if lowered is None
            else tuple(
                p for p in _WORD_PATTERNS if any(w in lowered for w in _WORD_PATTERN_WORDS[p])
            )
        )
        patterns = words if not digits_in else (_DIGITS_RE, *words)
    if vulgar_in:
        patterns = (*patterns, _BARE_VULGAR_RE)
    # The next match of each pattern, searched again only once passed: searching all of
    # them from every position would rescan the rest of a long text for each number.
    ahead: list[re.Match[str] | None] = [p.search(text) for p in patterns]
    pos = 0
    while pos < len(text):
        for k, pattern in enumerate(patterns):
            nxt = ahead[k]
            if nxt is not None and nxt.start() < pos:
                ahead[k] = pattern.search(text, pos)
        candidates = [m.start() for m in ahead if m is not None]
        if not candidates:
            return
        at = min(candidates)
        # Digits and words start differently: a digit opens no word pattern, a letter no
        # digits.
        atom = (
            _digits_at(text, at)
            if "0" <= text[at] <= "9"
            else _vulgar_at(text, at)
            if text[at] in _VULGAR
            else _word_at(text, at)
        )
        if atom is None:
            # Step one character, not past the match: in "a ten percent share" the failed
            # start "a ten" hides the number "ten".
            pos = at + 1
            continue
        yield atom
        pos = atom.end


# "½ mile", "¾ of voters": a fraction written with one character and no whole number
_BARE_VULGAR_RE = re.compile(rf"(?<![0-9{_VULGAR_CHARS}])[{_VULGAR_CHARS}](?![0-9])")


def _vulgar_at(text: str, at: int) -> _Atom | None:
    """A fraction written with one character and no whole number before it ("½ mile")."""
    if _BARE_VULGAR_RE.match(text, at) is None:
        return None
    value = _VULGAR[text[at]]
    if _OF_AFTER_RE.match(text, at + 1):
        # "¾ of voters": a share, read as a percentage, as "3/4 of" is
        share = _tidy(round(100 * value, 1))
        return _Atom(start=at, end=at + 1, value=share, raw=share, form="fraction")
    value = _tidy(round(value, 3))
    return _Atom(start=at, end=at + 1, value=value, raw=value, form="word")


def _digits_at(text: str, at: int) -> _Atom | None:
    """The number in digits starting at ``at`` ("8,000", "10 1/2", "$1tn"), if any."""
    digits = _DIGITS_RE.match(text, at)
    if digits is None:
        return None
    screen = _RESOLUTION_RE.match(text, at)
    if screen is not None and (
        _RESOLUTION_BEFORE_RE.search(text, max(0, at - 24), at)
        or _PIXELS_AFTER_RE.match(text, screen.end())
    ):
        # "a resolution of 320x240": a screen's or an image's size, its count of pixels
        pixels = int(screen.group("w")) * int(screen.group("h"))
        return _Atom(start=at, end=screen.end(), value=pixels, raw=pixels, form="digits")
    power = _POWER_OF_TEN_RE.match(text, at) or _SCIENTIFIC_RE.match(text, at)
    if power is not None:
        # "10^6 times", "10^-28 m^2", "3.2 x 10^18": a power of ten, as science copy writes it
        mantissa = power.groupdict().get("mantissa") or "1"
        value = _tidy(float(f"{mantissa}e{power.group('exponent')}"))
        start = at
        if at and text[at - 1] in "-−" and (at == 1 or text[at - 2] in " \t(["):
            start, value = at - 1, -value  # "-1.602 x 10^-19 coulombs"
        return _Atom(start=start, end=power.end(), value=value, raw=value, form="digits")
    glued = _GLUED_PART_RE.match(text, at)
    if glued is not None and not (glued.group("a") == "3" and glued.group("b") == "2"):
        # "served 41/2 months": four and a half months (``_GLUED_PART_RE``)
        value = int(glued.group("whole")) + int(glued.group("a")) / int(glued.group("b"))
        return _Atom(start=at, end=glued.end(), value=value, raw=value, form="digits")
    split = _DIGIT_FRACTION_RE.match(text, at)
    if split and int(split.group("a")) < int(split.group("b")):
        whole = int(split.group("whole") or 0)
        of_unit = _OF_A_UNIT_AFTER_RE.match(text, split.end())
        if of_unit is not None:
            # "3/8 of an inch", "3/4 of a mile": a share of one unit is that much of the unit
            # (the space before the unit stays outside the number)
            value = whole + int(split.group("a")) / int(split.group("b"))
            exact = int(split.group("b")) in _EXACT_DENOMINATORS
            value = _tidy(value if exact else round(value, 3))
            return _Atom(start=at, end=of_unit.end() - 1, value=value, raw=value, form="word")
        of_scale = _OF_A_SCALE_AFTER_RE.match(text, split.end())
        if of_scale is not None:
            # "3/4 of a million dollars", "1/2 a billion": that share of the scale, as "three
            # quarters of a million" is
            factor = _SCALES[case_key(of_scale.group(1))]
            value = whole + int(split.group("a")) / int(split.group("b"))
            return _Atom(
                start=at,
                end=of_scale.end(),
                value=_tidy(value * factor),
                raw=value,
                factor=factor,
                form="digits",
            )
        if not whole and (
            _OF_AFTER_RE.match(text, split.end()) or _SHARE_NOUN_AFTER_RE.match(text, split.end())
        ):
            # "1/2 of their homes", "3/4 of the crop", "a 2/3 majority": a share, read as a
            # percentage
            share = _tidy(round(100 * int(split.group("a")) / int(split.group("b")), 1))
            return _Atom(start=at, end=split.end(), value=share, raw=share, form="fraction")
        denominator = int(split.group("b"))
        value = whole + int(split.group("a")) / denominator
        value = _tidy(value if denominator in _EXACT_DENOMINATORS else round(value, 3))
        scale = _SCALE_AFTER_RE.match(text, split.end())
        if scale is not None:
            # "1/2 million dollars", "$2 1/2 billion": the fraction of the scale
            factor = _SCALES[case_key(scale.group(1))]
            return _Atom(
                start=at,
                end=scale.end(),
                value=_scaled(value, factor),
                raw=value,
                factor=factor,
                form="digits",
            )
        return _Atom(start=at, end=split.end(), value=value, raw=value, form="digits")
    return _digits_atom(text, digits)


def _word_at(text: str, at: int) -> _Atom | None:
    """The number in words starting at ``at`` ("a week", "half a million", "dozens"), if any."""
    ordinal = _ORDINAL_ONE_RE.match(text, at)
    if (
        ordinal is not None
        and not _OF_AFTER_RE.match(text, ordinal.end())
        and (
            _ORDINAL_HARMED_RE.search(text, max(0, at - 40), at)
            or _ORDINAL_HARMED_AFTER_RE.match(text, ordinal.end())
        )
    ):
        return _Atom(start=at, end=ordinal.end(), value=1, raw=1, form="word")
    malay = _MALAY_NUMBER_RE.match(text, at)
    if malay is not None:
        number = _malay_number(malay)
        return _Atom(start=at, end=malay.end(), value=number, raw=number, form="word")
    a_unit = _A_UNIT_RE.match(text, at)
    if a_unit is not None and (
        _A_UNIT_BEFORE_RE.search(text, max(0, at - 16), at)
        or _A_UNIT_OF_RE.match(text, a_unit.end())
    ):
        return _Atom(start=at, end=a_unit.end() - 1, value=1, raw=1, form="word")
    a_length = _A_LENGTH_RE.match(text, at)
    if a_length is not None and (
        _A_LENGTH_BEFORE_RE.search(text, max(0, at - 16), at)
        or _LONG_AFTER_UNIT_RE.match(text, a_length.end())
    ):
        return _Atom(start=at, end=a_length.end() - 1, value=1, raw=1, form="word")
    a_measure = _A_MEASURE_AND_A_HALF_RE.match(text, at)
    if a_measure is not None:
        return _Atom(start=at, end=a_measure.end() - 1, value=1, raw=1, form="word")
    a_money = _A_MONEY_RE.match(text, at)
    if a_money is not None and (
        a_money.group("cents") or _A_MONEY_BEFORE_RE.search(text, max(0, at - 16), at)
    ):
        # "less than a dollar a day": one of the currency, the word read after it; with its
        # cents spoken after it ("the coffee is a dollar fifty") it is a price, whatever
        # word comes before
        return _Atom(start=at, end=a_money.end() - 1, value=1, raw=1, form="word")
    of_scale = _FRACTION_SCALE_RE.match(text, at)
    if of_scale is not None:
        value = _fraction_of_scale(of_scale)
        return _Atom(start=at, end=of_scale.end(), value=value, raw=value, form="word")
    full_turn = _FULL_TURN_RE.match(text, at)
    if full_turn is not None:
        # "make a full turn": one whole rotation, the unit read after it
        return _Atom(start=at, end=full_turn.end(), value=1, raw=1, form="word")
    of_unit = _FRACTION_OF_A_UNIT_RE.match(text, at)
    if of_unit is not None:
        if of_unit.group("half") or of_unit.group("half2") or of_unit.group("half3"):
            value = 0.5
        elif of_unit.group("den2") or of_unit.group("den3"):
            value = 0.25
        else:
            den = case_key(of_unit.group("den")).rstrip("s")
            numerator = _FRACTION_NUMERATORS[case_key(of_unit.group("num"))]
            value = round(numerator / _FRACTION_DENOMINATORS[den], 3)
        if value < 1:
            # the space before the unit stays outside the number
            end = of_unit.end() - 1 if text[of_unit.end() - 1] == " " else of_unit.end()
            return _Atom(start=at, end=end, value=value, raw=value, form="word")
    fraction = _fraction(text, at)
    if fraction is not None:
        return fraction
    half_dozen = _HALF_DOZEN_RE.match(text, at)
    if half_dozen is not None:
        return _Atom(start=at, end=half_dozen.end(), value=6, raw=6, form="word")
    streak = _STREAK_ORDINAL_RE.match(text, at)
    if streak is not None:
        value = _STREAK_ORDINALS[case_key(streak.group("word"))]
        return _Atom(start=at, end=streak.end(), value=value, raw=value, form="word")
    pair = _PAIR_RE.match(text, at)
    if pair is not None:
        value = 2 if pair.group("word").lower() == "pair" else 3
        return _Atom(start=at, end=pair.end(), value=value, raw=value, form="word")
    how_often = _TWICE_RE.match(text, at) or _ONCE_RE.match(text, at)
    if how_often is not None:
        value = {"once": 1, "twice": 2, "thrice": 3}[how_often.group("word").lower()]
        return _Atom(start=at, end=how_often.end(), value=value, raw=value, form="word")
    several_killed = _MULTIPLE_KILLING_RE.match(text, at)
    if several_killed is not None:
        value = _MULTIPLES[several_killed.group("word").lower()]
        return _Atom(start=at, end=several_killed.end(), value=value, raw=value, form="word")
    couple = _COUPLE_RE.match(text, at)
    if couple is not None:
        end = couple.end()
        of_time = _OF_TIME_RE.match(text, end)
        if of_time:
            end = of_time.start("unit") - 1  # "a couple of months": about two months
        return _Atom(start=at, end=end, value=2, raw=2, form="word", about=True)
    vague = _VAGUE_RE.match(text, at)
    if vague:
        floor = _vague_floor(vague)
        return _Atom(start=at, end=vague.end(), value=floor, raw=floor, form="vague")
    word = read_word_number(text, at)
    if (
        word is None
        and _DOZEN_RE.match(text, at)
        and (
            _DOZEN_BEFORE_RE.search(text, max(0, at - 12), at)
            or (
                text.startswith("Dozen", at)
                and not _WORD_SPACE_BEFORE_RE.search(text, max(0, at - 2), at)
                and _HEADLINE_PAST_AFTER_RE.match(text, at + 5)
            )
        )
    ):
        # "another dozen people", "the dozen officers", "some dozen", a headline's "Dozen
        # hurt in blast": twelve
        return _Atom(start=at, end=at + 5, value=12, raw=12, form="word")
    if word is None:
        bare = _BARE_SCALE_RE.match(text, at)
        if bare is None:
            return None
        # a round scale alone is an approximation: "the million-member union"
        value = _BARE_SCALES[case_key(bare.group())]
        return _Atom(start=at, end=bare.end(), value=value, raw=value, form="word", about=True)
    minus = _MINUS_WORD_RE.search(text, max(0, at - 12), at)
    if minus is not None:
        # "minus five degrees": a negative value in words
        value = -word.value
        return _Atom(start=minus.start(), end=word.end, value=value, raw=value, form="word")
    return _Atom(start=at, end=word.end, value=word.value, raw=word.value, form="word")


# --------------------------------------------------------------------------------------------
# Context tests on single atoms.

# Capitalised words that start a sentence before a count ("About 300", "Some 40"), so the
# digits after them are not part of a name. A word list reads best as prose.
_CAPITALISED_NOT_NAME = frozenset(
    """about around approximately roughly some nearly near almost close estimated an a the only
    just over under above below up at in on by for of with since to from between and but or
    including killing leaving all another exactly those these than more less fewer least most
    when while after before during until there here what which who whom where as if so yet
    nor then that this its their our his her were was are is had has have toll total
    sekurang-kurangnya setidaknya lebih kira-kira sekitar hampir seramai sebanyak""".split()  # noqa: SIM905
)
_COUNT_NOUN_RE = re.compile(
    r"\s+(?:[a-z]+(?<![su])s\b|people\b|children\b|women\b|men\b|police\b|personnel\b|staff\b|"
    r"of\b|per\b|percent\b|%|militia\b|civilian\b|fighter\b)"
)
# Words ending in "s" that are not plural nouns; reporting verbs matter most, since a name
# with a number is often the subject of one ("Harbour 24 reports").
_NOT_PLURAL = frozenset(
    {
        "was",
        "is",
        "has",
        "as",
        "his",
        "its",
        "this",
        "thus",
        "us",
        "does",
        "says",
        "reports",
        "claims",
        "states",
        "writes",
        "notes",
        "adds",
        "shows",
        "airs",
        "runs",
        "applies",
        "confirms",
        "tweets",
        "posts",
        "publishes",
        "broadcasts",
        "covers",
        "remains",
        "goes",
        # nouns that end in s and are no plural: "Type 2 diabetes", "Channel 4 news"
        "diabetes",
        "news",
        "measles",
        "mumps",
        "rabies",
        "herpes",
        "virus",
        "status",
        "bonus",
        "campus",
        "census",
        "crisis",
        "analysis",
        "basis",
    }
)
_YEAR_PREP_RE = re.compile(
    r"\b(?:in|since|until|till|by|of|during|from|early|late|mid|before|after|year|spring|"
    r"summer|autumn|fall|winter|through|to|and|between|circa|c\.)\s*-?\s*$",
    re.IGNORECASE,
)
# "aged 79", "the age of 65", "retirement age for women to 65": a few words may stand between
# "age" and the number only when a preposition ends them.
_AGE_BEFORE_RE = re.compile(
    r"\b(?:children|kids|minors|youths?|teens?|teenagers|girls|boys|anyone|those|people|"
    r"players|drivers|voters|residents|adults|seniors|pensioners|patients|women|men|persons|"
    r"individuals|citizens|workers|employees)\s+"
    r"(?:under|over|below|above|younger\s+than|older\s+than|aged)\s+$|"
    r"\bas\s+young\s+as\s+$|"
    r"\b(?:berusia|berumur|umur)\s+$|\b(?:aged|ages?)(?:(?:\s+[a-z]+){0,3}?\s+(?:of|at|to|from|between|over|under|above|"
    r"below|is|was|limit\s+of))?\s+(?:about\s+|around\s+|just\s+|only\s+|barely\s+)?$",
    re.IGNORECASE,
)
# "one" after a determiner, or after an article and an adjective, is a pronoun: "no one",
# "the one", "the last one", "a good one", "a much-needed one".
_ONE_BEFORE_RE = re.compile(
    r"\b(?:(?:no|any|every|each|the|this|that|which|what|such|another|some|either|neither|"
    r"last|previous|next|other|latest|new|old|right|wrong|big|small|little|single)"
    r"|(?:a|an|the)\s+[a-z][\w-]*)\s+$"
    # "no-one", "No - one": the British spelling of "no one"
    r"|\bno\s?-\s?$",
    re.IGNORECASE,
)
# ... and so is "one" before "of", a relative pronoun or a modal: "one of the", "one who",
# "one must". A bare "one," stays a count ("they killed one, wounded four").
_ONE_AFTER_RE = re.compile(
    r"(?:\s*(?:of|another|who|whom|whose|which|that|can|could|must|should|would|might|may|"
    r"will|shall)\b|[’']s\b"
    # "one possibility is", "one reason was": a determiner that opens a point of the story,
    # not a count of anything reported
    r"|\s+(?:possibility|possible|reason|explanation|theory|option|idea|question|concern|"
    r"problem|issue|challenge|thing|way|example|factor|lesson|hope|fear|sign|suggestion|"
    r"argument|answer|solution|scenario|hypothesis|consideration|complication|difference|"
    r"advantage|drawback|criticism|worry|aspect|aim|priority)\b)",
    re.IGNORECASE,
)
_REF_BEFORE_RE = re.compile(
    # ... and "no" without its point where it cannot be the negation: "the no 1 pick"
    r"(?:#|\bNo\.\s*|\bNos\.\s*|\bnumber\s+|\b(?:the|world|ranked|at)\s+no\s+)$",
    re.IGNORECASE,
)
# A word with a capital letter anywhere, so "iPhone 4" and "iOS 5" count as names too.
_NAME_WORD_RE = re.compile(r"(?:^|(?<=[\s(\"“‘'/`]))([A-Za-z]*[A-Z][\w’'.&-]*)[ \u00a0]$")
# "MS13 - 069", "CVE - 2013 - 3893": letters glued to digits, or a second group of digits; a
# dateline's place ("LONDON - 200 firefighters") is neither.
_CODE_PREFIX_BEFORE_RE = re.compile(r"(?<![\w.])[A-Z]{2,}(?:[0-9]+\s?-\s?|\s?-\s?[0-9]+\s?-\s?)$")
# "Chiefs 20 - 13", "the Jaguars 31-24": the second number of a score whose first number a
# team's name took.
_SCORE_TAIL_BEFORE_RE = re.compile(
    # a determiner is no team's name: "The 1-0 win", "Its 2-1 loss"
    r"\b(?!(?:The|This|That|These|Those|Its|His|Her|Their|Our|Your|An)\s)"
    r"[A-Z][\w’'.&-]*[a-z]\s(?P<first>[0-9]{1,3})\s?[-–]\s?$"
)
# "over the Dalby Owls 3-1", "overcame Dalby 3-1": the beaten side's first words before
# the last one, which the score follows
_OVER_BEFORE_RE = re.compile(
    r"\b(?:(?:over|overcame|overcomes|against|to|past|with)\s+(?:the\s+)?|"
    r"(?:over|overcame|overcomes)\s+(?:the\s+)?(?-i:[A-Z][\w’'.&-]*\s+){1,2})$",
    re.IGNORECASE,
)
_SPAN_JOINT_RE = re.compile(r"(?:\s+to\s+|\s?[-–]\s?)$")
_TOURNAMENT_BEFORE_RE = re.compile(r"\b(?:Euro|EURO|Expo|EXPO)\s$")
_SUBSECTION_AFTER_RE = re.compile(r"\([a-z]\)")
_POSSESSIVE_END_RE = re.compile(r"(?:s['’]|['’]s)$")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\"“”'‘’(\[–—-]|\n)\s*$")


_DECADE_WORD_RE = re.compile(
    r"\s+(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    re.IGNORECASE,
)
_DAY_BEFORE_RE = re.compile(r"\b(?:day|week|round|phase|stage|game)\s+$", re.IGNORECASE)
_QUARTER_RE = re.compile(r"quarters?$", re.IGNORECASE)
_PERIOD_BEFORE_RE = re.compile(
    r"\b(?:after|during|through|within|per|each|every|in|for|last|next|this|that)\s+$",
    re.IGNORECASE,
)
_SHARE_AFTER_RE = re.compile(
    r"\s*(?:of\b|per\s?cent\b|percent\b|%)"
    # the first end of a range of shares: "one-quarter to one-third"
    r"|\s+(?:to|or|and)\s+(?:(?:an?|one|two|three|four|five)[\s-]+)?"
    r"(?:half|thirds?|quarters?|fourths?|fifths?|sixths?|tenths?)\b",
    re.IGNORECASE,
)
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:a|an|the|his|her|their|its)\s$", re.IGNORECASE)
# What a calibre names: "a 9mm handgun", "155mm shells", "a .22-caliber rifle"
_YARD_LINE_AFTER_RE = re.compile(r"\s+line\b", re.IGNORECASE)
_WEAPON_AFTER_RE = re.compile(
    r"(?:\s?-?\s?(?:mm|millimet(?:re|er))\b)?\s?-?\s?(?:(?:caliber|calibre|semi-?automatic|"
    r"automatic|Magnum)\s+)?(?:caliber|calibre|handguns?|pistols?|revolvers?|rifles?|guns?|"
    r"shotguns?|carbines?|rounds?|bullets?|ammunition|ammo|shells?|cartridges?|cannons?|"
    r"mortars?|howitzers?|artillery|Luger|Beretta|Glock|Magnum)\b",
    re.IGNORECASE,
)
_CALIBRE_AFTER_RE = re.compile(r"\s?-?\s?(?:gauge|caliber|calibre|cal\.)(?![\w-])", re.IGNORECASE)
_BARE_AFTER_RE = re.compile(r"\s*(?:[,.;)]|\s(?:in|at|with|and|to|from|that|which)\b)")
_RADIO_AFTER_RE = re.compile(
    r"\s?(?:FM|AM)\b|\s(?:[KW][A-Z]{2,3}|CBS|ABC|NBC|BBC|ESPN|News|Radio|Talk)\b(?![-.])"
)
_RADIO_BEFORE_RE = re.compile(r"\b(?:FM|AM|[KW][A-Z]{2,3})\s$")
_FOOT_BEFORE_RE = re.compile(r"\b(?:foot|feet|ft)\s?-\s?$", re.IGNORECASE)
_UNDER_OVER_COMPOUND_BEFORE_RE = re.compile(r"\b(?:under|over)-$", re.IGNORECASE)
_BY_COMPOUND_BEFORE_RE = re.compile(r"\w\s?-\s?by\s?-\s?$", re.IGNORECASE)
_OF_AFTER_RE = re.compile(r"\s+of\b")
_EMERGENCY = frozenset({"911", "999", "112"})
_EMERGENCY_AFTER_RE = re.compile(
    r"\s+(?:calls?|callers?|operators?|dispatch(?:ers?)?|emergency|centers?|centres?|lines?|"
    r"supervisors?|tapes?|recordings?|systems?)\b",
    re.IGNORECASE,
)
_DIAL_BEFORE_RE = re.compile(
    r"\b(?:dial(?:l?ed|l?ing|s)?|call(?:ed|ing|s)?|phoned|ring|rang|text(?:ed)?)\s+$"
    # a telephone's extension: "ext. 5521", "extension 204"
    r"|\b(?:ext\.?|extension)\s?$",
    re.IGNORECASE,
)
# ... and "a 2 - to - 1 margin", "a 1 - for - 10 split" as a tokenizer spaces the compound
_RATIO_AFTER_RE = re.compile(r"\s?/\s?[0-9]|\s?[×x]\s?[0-9]|\s-\s(?:to|for)\s-\s[0-9]")
_RATIO_BEFORE_RE = re.compile(r"[0-9]\s?/\s?$|[0-9]\s?[×x]\s?$|[0-9]\s-\s(?:to|for)\s-\s$")
# "3:1", "a 16:9 screen", "odds of 5:2": two numbers joined by a colon, the second of one
# digit, are a ratio (a clock's minutes have two digits: "3:45" is a time); a vote's tally so
# written ("the vote was 7:2") is left to the tally's rules
# (spaced alike on both sides: "UPDATE 2: 5 killed" is a heading's number, then a count)
_COLON_RATIO_AFTER_RE = re.compile(r"(?::| : )[0-9](?![0-9]|[.,][0-9])")
_COLON_RATIO_BEFORE_RE = re.compile(r"(?<![0-9.,:])[0-9]{1,3}(?::| : )$")
_VOTE_BEFORE_RE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballots?)\b", re.IGNORECASE)
_SIDE_JOIN = r"(?:\s?[×x]\s?|\s?-\s?by\s?-\s?|\s+by\s+)"
_SIDE_AFTER_RE = re.compile(_SIDE_JOIN + r"[0-9]")
# "3 x 4 metres", "10 x 20 x 30 cm", "a 6-by-8-foot cell": the sides of a thing, each a length
# of the unit after
_DIMENSIONS_RE = re.compile(
    r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?:" + _SIDE_JOIN + r"[0-9]+(?:\.[0-9]+)?)+"
)


def _dimensions_unit(text: str, start: int, end: int) -> tuple[Kind, str] | None:
    """The kind and unit of the dimensions written with "x" that hold [start, end), if any."""
    for m in _DIMENSIONS_RE.finditer(text, max(0, start - 40), end + 40):
        if m.start() <= start and end <= m.end():
            for pattern, kind, unit in _UNIT_AFTER:
                if pattern.match(text, m.end()):
                    return (kind, unit) if kind == "length" else None
            return None
    return None


# "24 x 330ml cans", "a 6 x 500 g pack": a count of items times each one's volume or weight
_PACK_RE = re.compile(r"(?<![0-9.,])[0-9]{1,3}\s?[×x]\s?([0-9]+(?:\.[0-9]+)?)(?![0-9.,]|\s?[×x])")


def _in_pack(text: str, atom: _Atom) -> bool:
    """Whether the atom is the count or the measure of a pack ("24 x 330ml"), no ratio: the
    measure after the "x" is a volume or a weight, which no rectangle's side is."""
    for m in _PACK_RE.finditer(text, max(0, atom.start - 8), atom.end + 12):
        if m.start() <= atom.start and atom.end <= m.end():
            unit = next(
                (kind for pattern, kind, _ in _UNIT_AFTER if pattern.match(text, m.end())), None
            )
            return unit in ("volume", "mass")
    return False


def _in_dimensions(text: str, atom: _Atom) -> bool:
    """Whether the atom is one side of dimensions written with "x" before a unit of measure."""
    return _dimensions_unit(text, atom.start, atom.end) is not None


_VERSION_AFTER_RE = re.compile(r"\.[0-9]")
_LIST_MARK_RE = re.compile(r"[.)](?:\s|$)")
_GROUP_OF_BEFORE_RE = re.compile(r"\bGroup\s+of\s+$")
_PAIR_AFTER_DIGITS_RE = re.compile(r"\s?[-–]\s?([0-9]{1,3})(?![0-9])")
_PART_OF_BEFORE_RE = re.compile(
    r"\b(?:part|episode|chapter|instal?lment|book|volume)\s+[0-9]{1,3}\s+of\s+$", re.IGNORECASE
)
_INLINE_ITEM_AFTER_RE = re.compile(r"[.)]\s+[A-Z]")
_LIST_OPEN_BEFORE_RE = re.compile(r"[:—–]\s?$|\s-\s$")
_LIST_OPENED_RE = re.compile(r"(?:[:—–]\s?|\s-\s)1[.)]\s+[A-Z]")


def _next_word_is_count_noun(text: str, end: int) -> bool:
    """Whether a countable noun (or "of"/"per cent") follows ``end``."""
    m = _COUNT_NOUN_RE.match(text, end)
    if not m:
        return False
    return m.group().strip().lower() not in _NOT_PLURAL


# Nouns that label a thing by a number ("Route 66", "highway 35", "exit 436", "Block 308",
# "flight 370"): the number names it and counts nothing.
_LABEL_BEFORE_RE = re.compile(
    r"\b(?:route|highway|hwy|interstate|exit|junction|gate|platform|terminal|runway|pier|berth|"
    r"flight|bus|train|line|lane|road|street|avenue|block|building|room|suite|apartment|flat|"
    r"unit|lot|plot|box|door|row|seat|table|track|page|chapter|section|article|clause|size|apt\.?|"
    r"marker|milepost|mile\s+post|film|movie|song|album|novel|"
    r"paragraph|item|episode|season|series|volume|vol\.|issue|version|model|type|class|grade|"
    r"level|phase|stage|category|division|district|ward|zone|precinct|sector|channel|"
    r"studio|court|cell|bay|wing|tower|camp|checkpoint|post|base|gallery|hall|region|area|"
    r"day|week|round|game|leg|lap|hole|heat|match|act|scene|count|exhibit|figure|part|"
    r"versions|models|channels|routes|flights|rooms|pages|chapters|episodes|seasons|weeks|"
    r"rounds|spots|sizes|"
    r"plots|pasal|ayat|no\.|nos\.|number|#|e?code:|code|step|counter|desk|stop|option|"
    # a law, a ballot question or a rule by its number: "Proposition 8", "Resolution 2254"
    r"proposition|prop\.?|amendment|resolution|bill|rule|title|initiative|question|ordinance|"
    r"regulation|directive|annex|appendix|schedule|footnote)\s?$",
    re.IGNORECASE,
)
# A place, vehicle, part or product line named by its number, its noun singular and right
# before it: a plural or a verb after the number is what the named thing has or does ("flight
# 370 tickets", "room 214 costs", "section 8 vouchers", "model 3 batteries"), not a count.
# After "a", "each", "per" or "this" the noun is counted by what follows ("each room 2 beds").
_THING_LABEL_BEFORE_RE = re.compile(
    r"\b(?:route|highway|hwy|interstate|exit|junction|gate|platform|terminal|runway|pier|berth|"
    r"flight|bus|room|suite|apartment|section|article|clause|paragraph|chapter|page|level|"
    r"series|model|version|category|district|ward|zone|precinct|sector|channel|studio|"
    r"volume|episode|tier|gen|generation|size)\s$",
    re.IGNORECASE,
)
_COUNTING_DETERMINER_END_RE = re.compile(
    r"\b(?:a|an|each|every|per|this|that|one)\s$", re.IGNORECASE
)
# A postcode, an area code, a secret or a thing's number named as one: "my zip code is
# 98052", "area code 212", "the password is 1234", "my pin is 4321", "room number is 305"
_CODE_NAMED_BEFORE_RE = re.compile(
    r"\b(?:(?:zip|postal|post|area|pin|dialling|dialing)\s?codes?|password|passcode|pin|"
    r"(?:room|phone|flight|account|order|serial|ticket|case|reference|tracking|house|seat|"
    r"gate|platform|model|part|policy|invoice|customer|member|employee)\s+(?:number|no\.?|id))"
    r"(?:\s(?:is|was|of))?\s?:?\s?$",
    re.IGNORECASE,
)
# A law, a part of one or a ballot measure named by its number, capitalised as a name is
# ("Section 230", "Article 5", "Chapter 11", "SB 8"): a count never follows such a word so.
_LAW_LABEL_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:Section|Subsection|Article|Clause|Paragraph|Chapter|Title|Proposition|Prop\.?|"
    r"Amendment|Resolution|Bill|Rule|Initiative|Ordinance|Regulation|Directive|Annex|Appendix|"
    r"Schedule|Measure|Act|Order|Law|Statute|Decree|Protocol|Convention|SECTION|ARTICLE|"
    r"[HS]B|AB|LB|H\.R\.)[ \u00a0]?$"
)
# A capitalised grade, year group, level or phase names its number whatever follows: "Year
# 10 students", "Grade 8 pupils", "Level 3 restrictions", "Phase 3 trials", "Tier 2 visas".
_RANK_LABEL_BEFORE_RE = re.compile(
    r"(?<![\w-])(?<!(?i:last|this|next|each|very|past) )(?<!(?i:per|one) )(?<!(?i:a|A) )"
    r"(?:Level|Grade|Year|Tier|Phase|Class|Band|Key\s+Stage|Form)[ \u00a0]?$"
)
# "Sections 3 and 4", "Articles 2, 5 and 7": the numbers after the first in a list of parts
_LAW_LIST_BEFORE_RE = re.compile(
    r"\b(?:sections|articles|clauses|paragraphs|chapters|titles|amendments|rules|schedules)"
    r"\s[0-9]+[a-z]?(?:(?:,\s?|\s(?:and|or|to|through)\s)[0-9]+[a-z]?)*"
    r"(?:,\s?|,?\s(?:and|or|to|through)\s)$",
    re.IGNORECASE,
)
# "Section 177 and 193", "Article 5 or 6": a list after one capitalised part of a law (a
# plural after the last number makes it a count: "under Section 4 and 20 officers")
_PLURAL_AFTER_RE = re.compile(r"\s+[a-z]+s\b")
_LAW_ONE_LIST_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:Section|Article|Clause|Paragraph|Chapter|Rule|Schedule)"
    r"\s[0-9]+[a-z]?(?:,\s?[0-9]+[a-z]?)*(?:,\s?|,?\s(?:and|or|to|through)\s)$"
)
# "747-400", "A320-200": a variant's number after a dash, no space, on a model's number.
_MODEL_VARIANT_BEFORE_RE = re.compile(r"(?<![0-9,.])([0-9]{2,4})-$")
# Words that follow a model's number in a product's name, as makers name them: "the 737 Max",
# "a 3 Series", "the 911 Turbo", "an A380 Plus"; capitalised, so "3 max" is no name.
_MODEL_SUFFIX_AFTER_RE = re.compile(
    r"\s(?:Max|MAX|Pro|Plus|Mini|Ultra|Lite|Turbo|Series|Dreamliner|Classic|Neo|NG|XL|XS|GT|"
    r"GTI|Edge|Jumbo|Superjet|Coupe|Sedan)\b"
)
# A device or vehicle named by its number, the noun in the singular: "the 8088 chip".
_PRODUCT_NOUN_AFTER_RE = re.compile(
    r"\s(?:chip|processor|microprocessor|CPU|jet|jetliner|airliner|rifle|pistol|handgun|"
    r"revolver|carbine|shotgun|engine|tank|helicopter|console|handset|smartphone|laptop|"
    r"locomotive|missile|sedan|coupe|hatchback|motorcycle)\b(?!-)"
)
# ... and nouns a small count may stand before in a compound ("2 submarine crews"): a model
# only when the number is one (three digits and more, not round: "the ibm 3090 mainframe")
_MODEL_NOUN_AFTER_RE = re.compile(
    r"\s(?:mainframe|minicomputer|supercomputer|workstation|bomber|airplane|printer|camera|"
    r"satellite|rocket|submarine|warship|frigate|reactor|jumbo|dreamliner)\b(?!-)",
    re.IGNORECASE,
)
# What a product's number names its people and things by: "Windows 10 users", "iPhone 6
# owners" (after a name, a count of people is otherwise rare: "Tuesday 40 people").
_PRODUCT_USERS_AFTER_RE = re.compile(
    r"\s(?:users?|owners?|buyers?|customers?|subscribers?|gamers?|devices?|handsets?|"
    r"machines?|PCs|laptops?|tablets?|upgrades?|updates?|editions?|releases?|versions?|"
    r"builds?)\b"
)
# A number as its own noun phrase with a singular verb is a name: "the 486 is", "the 737 was".
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|its|their|his|her|this|that)\s+$", re.IGNORECASE)
# ... and a maker's or a model's word before it in copy without capitals: "the mazda 626 was
# recalled", "the porsche 911 costs" (never a word that counts: "the remaining 300 were")
_COUNTING_WORDS = (
    r"remaining|other|first|last|next|past|"
    r"top|bottom|final|estimated|reported|roughly|nearly|about|some|additional|extra|total|"
    r"same|only|latest|original|average|combined|annual|whole|entire|current|previous|"
    r"expected|projected|planned|proposed|minimum|maximum|record|mere|full|net|gross|"
    r"overall|further|new|old|initial|official|actual|real|true|agreed|required|missing|"
    r"outstanding|promised|targeted|target|usual|normal|standard|base|starting"
)
_DETERMINER_AND_WORD_BEFORE_RE = re.compile(
    r"\b(?:the|its|their|his|her|this|that)\s+(?!(?:" + _COUNTING_WORDS + r")\s)"
    r"[a-z][a-z-]*\s+$"
)
_SINGULAR_VERB_AFTER_RE = re.compile(r"\s+(?:is|was|has|does)\b")
# ... or two words after the determiner ("the galaxy tab 8 is"), or one opening the sentence
# ("windows 10 needs", "ios 17 requires")
_DETERMINER_AND_WORDS_BEFORE_RE = re.compile(
    r"\b(?:the|its|their|his|her|this|that)\s+(?!(?:" + _COUNTING_WORDS + r")\s)"
    r"[a-z][a-z-]*\s+(?!(?:" + _COUNTING_WORDS + r")\s)[a-z][a-z-]*\s+$"
)
_OPENING_WORD_BEFORE_RE = re.compile(r"(?:^|[.!?]\s+)([a-z][a-z-]*)\s+$")
_A_BEFORE_RE = re.compile(r"(?:^|[\s(])(?:a|an|A|An)\s+$")
# A model's variant in small letters between its number and the verb: "the iphone 15 pro is"
_LOWER_MODEL_SUFFIX_RE = re.compile(r"\s+(?:pro|max|plus|mini|ultra|lite|air|se|xl)(?=\s)")
_MODEL_VERB_AFTER_RE = re.compile(
    r"\s+(?:needs|requires|runs|ran|cost|sold|went|flies|carries|seats|burns|holds|can)\b"
)
# "Lim, 57," / "said Sara Sadeqi, 22." / "a pensioner, 70,": the age after a person.
_PERSON_NOUNS = (
    r"teenager|boy|girl|man|woman|mother|father|son|daughter|wife|husband|pensioner|student|"
    r"driver|victim|suspect|officer|resident|worker|farmer|child|baby|infant|grandmother|"
    r"grandfather|widow|youth|teen|doctor|nurse|teacher|soldier|policeman|journalist|"
    r"actress|actor|singer|star|player|boss|leader|aide|lawyer|official|executive|founder|"
    r"brother|sister|uncle|aunt|cousin|niece|nephew|friend|neighbour|neighbor|pilot|captain|"
    r"trooper|gunman|shooter|attacker|protester|demonstrator|activist|mayor|senator|minister|"
    r"president|chairman|coach|manager|owner|patient|passenger|tourist|climber|survivor|"
    r"defendant|accused|prisoner|inmate|pupil|mother-of-[a-z]+|father-of-[a-z]+"
)
_AGE_APPOSITION_BEFORE_RE = re.compile(
    rf"(?:\b[A-Z][\w’'.-]*[^\W\d_]|\b(?:{_PERSON_NOUNS}))\s?,\s$"
)
_AGE_APPOSITION_AFTER_RE = re.compile(r"\s?(?:,|;|\)|\.(?:\s|$)|$)|\s+and\s+(?=[A-Z][a-z]+\s[A-Z])")
# "mr. smith, 45, was named": a courtesy title and a name before the number, as copy that lost
# its capitals sets a person's age off with commas
_TITLED_NAME_BEFORE_RE = re.compile(
    r"\b(?:mr|mrs|ms|messrs|dr|prof|sen|rep|gov|gen|col|capt|lt|sgt|rev)\.?\s+"
    r"(?:[^\W\d_][\w’'-]*\.?\s+){0,2}[^\W\d_][\w’'-]*[^\W\d_]\s?,\s?$",
    re.IGNORECASE,
)
# "Andrew Lopez, 20 was found guilty": a full name, its age and a singular verb (a place
# before a count takes a plural one: "In Aleppo, 20 were killed").
_FULL_NAME_BEFORE_RE = re.compile(r"\b[A-Z][a-z]+\s[A-Z][\w’'-]*[a-z]\s?,\s$")
_SINGULAR_AFTER_RE = re.compile(r"\s+(?:was|is|has|had)\b")
_AGE_BRACKET_BEFORE_RE = re.compile(r"\b[A-Z][\w’'-]*[a-z]\s?\($")
# "The driver (57) and a passenger (23)": an age in brackets after a person noun
_PERSON_BRACKET_BEFORE_RE = re.compile(rf"\b(?:{_PERSON_NOUNS})\s?\($", re.IGNORECASE)
# "died at 91", "dies in prison at 77", "dead at 95": the age a person died at. A few words
# (where, when) may stand between; none may end a sentence.
_DIED_AT_BEFORE_RE = re.compile(
    r"\b(?:dies|died|die|dead|dying|death|passed\s+away)\b(?:\s+[\w’'.-]+){0,5}?\s+at\s+$",
    re.IGNORECASE,
)
# "put the number of dead at 30", "the death toll was put at 30": "dead" a noun after "of" or
# "the", "death" naming a toll, the "at" sets the toll's value, no one's age.
_TOLL_AT_BEFORE_RE = re.compile(
    r"\b(?:(?:of|the)\s+dead|death\s+(?:toll|count|tally|total|figure)s?)"
    r"(?:\s+(?!(?:dies|died|die|dead|dying|death|passed)\b)[\w’'.-]+){0,5}?\s+at\s+$",
    re.IGNORECASE,
)
_CJK_AGE_AFTER_RE = re.compile(r"\s?(?:岁|歲|周岁|週歲)")
# "She was 85.", "He is 61.": a person's age as the whole predicate of a sentence.
_SHE_WAS_BEFORE_RE = re.compile(
    r"(?:\b(?:[Ss]he|[Hh]e)|(?<![.!?]\s)\b(?!(?:It|This|That|There|Here|The|What|Which|Who|"
    r"Turnout|Toll|Total)\b)[A-Z][a-z]+(?:[A-Z][a-z]+)?)\s+(?:was|is|would\s+have\s+been)\s+$"
)
# "since he was 5", "when she was 12": an age a life story dates things by.
_WHEN_WAS_BEFORE_RE = re.compile(
    r"\b(?:since|when|until|before|after|as)\s+(?:he|she|I|they|we|you)\s+(?:was|were|turned)\s+"
    r"(?:just\s+|only\s+|about\s+)?(?:[0-9]{1,2}\s?(?:to|-|–|and)\s?)?$",
    re.IGNORECASE,
)
_AT_THE_TIME_AFTER_RE = re.compile(r"\s+(?:at\s+the\s+time|when\s|then\b)", re.IGNORECASE)
_WHO_IS_NOW_BEFORE_RE = re.compile(r"\bwho\s+(?:is|was)\s+now\s+$", re.IGNORECASE)
# "in his early 20's", "their late 30’s": a decade of someone's life, written with an apostrophe
_DECADE_OF_LIFE_BEFORE_RE = re.compile(
    r"\b(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)(?:\s?-\s?|\s+))?$", re.IGNORECASE
)
_DECADE_APOSTROPHE_AFTER_RE = re.compile(r"['’]s\b")
_DECADES_OF_LIFE = frozenset({"10", "20", "30", "40", "50", "60", "70", "80", "90"})
# "in his early 20's", "their late 30’s": a decade of someone's life, written with an apostrophe
_DECADE_OF_LIFE_BEFORE_RE = re.compile(
    r"\b(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)(?:\s?-\s?|\s+))?$", re.IGNORECASE
)
_DECADE_APOSTROPHE_AFTER_RE = re.compile(r"['’]s\b")
_DECADES_OF_LIFE = frozenset({"10", "20", "30", "40", "50", "60", "70", "80", "90"})
# "her son, who was four at the time", "the boys, who were 12 then": an age in a clause
_WHO_WAS_BEFORE_RE = re.compile(r",\s+who\s+(?:is|was|were|are)\s+$")
# "Bizianis, who is 61, said", "The pair, both 19, were": an age in a clause set off by commas
_WHO_IS_BEFORE_RE = re.compile(
    rf"(?:\b(?:[A-Z][\w’'-]*[a-z]|(?i:{_PERSON_NOUNS})),\s+who\s+(?:is|was)|,\s+both)\s+$"
)
# "i'm 25", "I am 40", "he is 45", "my son is 12", "her husband was 61": a speaker, a person
# or a kin said to be a number is that old, when the clause ends or goes on with "and"
# ("i'm 25 and have ...")
_PERSON_IS_BEFORE_RE = re.compile(
    rf"(?:\bi\s?['’]m|\bi\s+am|\bs?he\s?['’]s|\bs?he\s+(?:is|was)|"
    rf"\b(?:my|his|her|our|their|your)\s+(?:{_PERSON_NOUNS})\s+(?:is|was))"
    r"\s+$",
    re.IGNORECASE,
)
_AND_CLAUSE_AFTER_RE = re.compile(r"\s+and\s+(?!(?:a|an|the|[0-9]))[a-z]+\b", re.IGNORECASE)
_SENTENCE_END_AFTER_RE = re.compile(r"\s?(?:[.;!](?:\s|$)|,\s)|\s+and\s+(?:lived|had|was|is)\b")
_COMMA_AT_BEFORE_RE = re.compile(r",\s?at\s+$")
# "Timmons, now 16, was armed": an age set off as what a person is now.
# "turned 30", "lived to 102": an age reached
_TURNED_BEFORE_RE = re.compile(
    r"\b(?:turned|turns|turning|turn|(?:lived|lives|living)\s+(?:to|until))\s+$", re.IGNORECASE
)
# "He will be 29 in April", "she would have been 60 on Sunday": an age on a coming day.
# The person is a pronoun, a full name, a name inside the sentence or a person noun.
_WILL_BE_BEFORE_RE = re.compile(
    rf"(?:\b[Ss]?[Hh]e|\b[A-Z][\w’'-]*[a-z]\s[A-Z][\w’'-]*[a-z]|(?<=[a-z,] )[A-Z][\w’'-]*[a-z]|"
    rf"\b(?:{_PERSON_NOUNS}))\s+(?:will|would)\s+(?:have\s+)?be(?:en)?\s+$"
)
_ANY_WILL_BE_BEFORE_RE = re.compile(r"\b(?:will|would)\s+be\s+$")
_ON_MONTH_AFTER_RE = re.compile(rf"\s+(?:on|in)\s+{_MONTH}")
_ON_DAY_AFTER_RE = re.compile(
    r"\s+(?:(?:in|on|by)\s+(?:[A-Z][a-z]+|next|this)|next\s+(?:week|month|year)|this\s+year)\b"
)
_NOW_AGE_BEFORE_RE = re.compile(
    rf"(?:\b[A-Z][\w’'.-]*[A-Za-z]|\b(?:{_PERSON_NOUNS}))\s?,\s?(?:now|then)\s+$"
)
# "ages 16 and 6", "aged between 17 and 25", "from age 16 to 19": the second end of a list or
# span of ages.
_AGE_LIST_BEFORE_RE = re.compile(
    r"\b(?:aged|ages?)(?:\s+of)?\s+(?:between\s+|from\s+)?[0-9]{1,3}\s?(?:,|and|to|or|-|–)\s?$",
    re.IGNORECASE,
)
# "adults 18-49", "women 25 to 54": an age bracket after a group of people, as audience and
# poll figures name one; both ends are ages.
_BRACKET_GROUP = r"\b(?:adults|men|women|males|females|viewers|listeners|voters|respondents)\s+"
_AGE_GROUP_BEFORE_RE = re.compile(_BRACKET_GROUP + r"$", re.IGNORECASE)
_AGE_GROUP_AFTER_RE = re.compile(r"\s?(?:-|–|to)\s?[1-9][0-9](?![0-9]|\s?%|\s?percent)")
_AGE_GROUP_END_RE = re.compile(_BRACKET_GROUP + r"[1-9][0-9]\s?(?:-|–|to)\s?$", re.IGNORECASE)
# "the 18 - 24 age group", "the 25-34 age bracket": a bracket named as one after its ends
_AGE_GROUP_NAMED_END_RE = re.compile(
    r"\s+age[\s-]+(?:groups?|brackets?|ranges?|bands?|categor(?:y|ies)|cohorts?)\b", re.IGNORECASE
)
_AGE_GROUP_NAMED_AFTER_RE = re.compile(
    r"\s?(?:-|–|to)\s?[1-9][0-9]" + _AGE_GROUP_NAMED_END_RE.pattern, re.IGNORECASE
)
_AGE_BRACKET_START_RE = re.compile(r"(?<![0-9.,])[1-9][0-9]\s?(?:-|–|to)\s?$")
# "retired at 60", "married at 18": the age a life's event came at
_LIFE_EVENT_AT_BEFORE_RE = re.compile(
    r"\b(?:retir(?:e|es|ed|ing)|married|marry|marries|graduated|graduating)\s+at\s+$",
    re.IGNORECASE,
)
# "those 45 and over", "adults 65 and older", "people 18 and up": an age bracket open above
_AGE_AND_OVER_BEFORE_RE = re.compile(
    r"\b(?:those|people|adults|voters|residents|men|women|anyone|everyone|Americans|citizens|"
    r"patients|workers|drivers|seniors)\s+(?:aged\s+)?$",
    re.IGNORECASE,
)
# "The victims were 21 and 22.": two people's ages as the sentence states them
_AGE_PAIR_NOUNS = (
    r"victims|men|women|boys|girls|suspects|brothers|sisters|twins|teens|teenagers|students|"
    r"sons|daughters|couple|pair|friends|cousins|siblings"
)
_AGES_PAIR_BEFORE_RE = re.compile(rf"\b(?:{_AGE_PAIR_NOUNS})\s+(?:were|are)\s+(?:aged\s+)?$")
_AGES_PAIR_AFTER_RE = re.compile(r"\s+and\s+[0-9]{1,2}(?:\s?[.,;]|\s*$)")
_AGES_PAIR_END_BEFORE_RE = re.compile(
    rf"\b(?:{_AGE_PAIR_NOUNS})\s+(?:were|are)\s+(?:aged\s+)?[0-9]{{1,2}}\s+and\s+$"
)
_CLAUSE_END_AFTER_RE = re.compile(r"\s?[.,;]|\s*$")
# "12 ayes and 3 nays", "ayes 300, noes 250": the votes of a tally
_VOTES_AFTER_RE = re.compile(r"\s+(?:ayes|nays|noes|yeas|yays)\b", re.IGNORECASE)
_VOTES_BEFORE_RE = re.compile(r"\b(?:ayes|nays|noes|yeas|yays)\s?:?\s?$", re.IGNORECASE)
_AGE_AND_OVER_AFTER_RE = re.compile(r"\s+and\s+(?:over|older|up|above)\b")
# Set phrases whose number counts nothing: "at one point", "a thing or two", "a round or two",
# "one by one", "will one day".
_IDIOM_RE = re.compile(
    r"\b(?:at\s+one\s+(?:point|time|stage|moment)|one\s+by\s+one|one\s+more\s+thing|zero[\s-]day|"
    # "net zero", "net-zero emissions": a target's name, no count
    r"net\s?-?\s?zero|"
    r"fifty[\s-]fifty|24\s?[-/]\s?7\b|"
    # "a round or two", "a thing or two": a vague few of a thing (a unit of time keeps its length)
    r"a\s+(?!(?:second|minute|hour|day|night|week|weekend|fortnight|month|year|decade)\b)"
    r"[a-z]+\s+or\s+two\b|"
    r"one\s?-?\s?on\s?-?\s?one|one\s+another|one\s+in\s+a\s+million|thanks\s+a\s+million|"
    r"(?:a|one)\s+hundred\s+per\s?cent\s+(?:sure|certain|right|behind|committed|confident)|"
    r"zero\s+tolerance|nine\s+lives|worth\s+a\s+thousand\s+words|in\s+one\s+piece|"
    r"cloud\s+nine|(?:my|his|her|their|your|our)\s+two\s+cents|square\s+one|one\s+fell\s+swoop|forty\s+winks|"
    r"a\s+dime\s+a\s+dozen|two\s+and\s+two\s+together|in\s+two\s+minds|"
    r"one\s+(?:step|day|thing)\s+at\s+a\s+time|high\s+five|"
    r"a\s+(?:million|thousand|hundred)\s+and\s+one|"
    # a ratio joined by hyphens: "by a two-to-one margin", "a three - to - one majority"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten)\s?-\s?to\s?-\s?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten)|"
    # odds: "a million to one", "ten to one he is lying"
    r"(?:a\s+(?:hundred|thousand|million|billion)|(?<!from\s)ten)\s+to\s+one(?!\s+[a-z]+s\b)|"
    r"one\s+way\s+or\s+(?:another|the\s+other)|(?:would|will|could|might|may|can|shall|should|"
    r"must|['’]d)\s+one\s+day)\b",
    re.IGNORECASE,
)
# A word that ends a sentence before a number that is capitalised only because it opens one.
# "several sources", "several witnesses": a vague count of who told the report.
_SOURCES_AFTER_RE = re.compile(
    r"(?:\s+(?:other|more|reliable|independent|local|senior|western|unnamed|anonymous|"
    r"government|security|military|police|medical|hospital|official|diplomatic))*\s+"
    r"(?:sources|witnesses|officials|reports|analysts|observers|experts|diplomats|accounts|"
    r"media|outlets|newspapers|times|occasions|ways|reasons)\b",
    re.IGNORECASE,
)
_SEVERAL_IN_PLACE_RE = re.compile(
    r"\b(?:in|across|at|from|into|around|throughout|on|to)\s+$", re.IGNORECASE
)
_AT_OR_ON_BEFORE_RE = re.compile(r"\b(?:at|on)\s+$", re.IGNORECASE)
# "at one hospital", "in one nearby village": a single place where something happened,
# named in the singular
_ONE_PLACE_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:hospital|clinic|morgue|school|college|university|house|home|"
    r"building|block|village|town|city|district|neighbou?rhood|suburb|street|road|camp|"
    r"shelter|ward|site|location|area|province|region|market|shop|store|mosque|church|"
    r"temple|hotel|office|prison|jail|station|factory|plant|mine|farm)\b(?![’'-]?s\b)"
    # ... never one of a list of counts: "taken to one hospital and two clinics"
    r"(?!\s+(?:and|or)\s+(?:[0-9]|two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.IGNORECASE,
)
_SEVERAL_PEOPLE_AFTER_RE = re.compile(
    rf"\s+(?:[a-z-]+\s+)?(?:people|persons|(?:{_PERSON_NOUNS})s|men|women|children|"
    r"employees|staff|co-?\s?workers|colleagues|civilians|officers|policemen|guards|"
    r"bystanders|customers|shoppers|students|villagers|residents)\b",
    re.IGNORECASE,
)
# A sentence about a kind of thing, not an event: an indefinite subject and a modal of what
# can happen ("A magnitude 6 quake can cause severe damage").
_GENERIC_BEFORE_RE = re.compile(r"(?:^|[.!?]\s+)An?\s+(?:[a-z]+\s?-?\s?){0,2}$")
# ... and a kind of thing with a word of habit before its verb: "A fire like that usually
# reaches 1,000 degrees", "Such storms typically kill dozens" (a modal may tell of a
# possible event, a forecast: "A new plant could bring 900 jobs", "A tax cut can create
# 900 jobs", as a speaker argues it).
_GENERIC_MODAL_BEFORE_RE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:An?|Such)\s+(?:[\w’'-]+\s+){1,4}"
    r"(?:typically|usually|often|generally|tends?\s+to|will\s+usually)\s+"
    r"(?:[a-z]+\s+){1,2}(?:up\s+to\s+|as\s+(?:many|much|high)\s+as\s+|more\s+than\s+|"
    r"about\s+|around\s+)?$"
)
# What would have happened and did not: "could have killed hundreds", "would have reached 3
# metres"; a harm or a reach, as news writes of a disaster averted (a price that "would have
# been paid" is left a figure).
_COUNTERFACTUAL_BEFORE_RE = re.compile(
    r"\b(?:would|could|might)(?:\s+not)?\s+have\s+(?:been\s+)?"
    r"(?:killed|injured|hurt|wounded|died|destroyed|damaged|flooded|affected|displaced|"
    r"drowned|claimed|buried|trapped|left|reached|risen|rose|spread|burned|burnt|swept|"
    r"taken|lasted|required|needed|meant|caused)"
    r"\s+(?:[a-z]+\s+)?"
    r"(?:up\s+to\s+|as\s+(?:many|much|high)\s+as\s+|more\s+than\s+|about\s+|over\s+|"
    r"nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
# What a law or rule not yet passed would do: "Under the proposed law, drivers would face
# fines of up to $1,000", "The draft rule would require firms of more than 50 staff to ..."
_PROPOSED_BEFORE_RE = re.compile(
    r"\b(?:proposed|draft)\s+(?:law|bill|legislation|rule|regulation|amendment|measure|"
    r"ordinance|directive)\b[^.!?;\n]*?\bwould\b[^.!?;\n]*$",
    re.IGNORECASE,
)
_HABIT_WORD_RE = re.compile(r"ypically|sually|ften|enerally|tends?\s")
# A clause of condition open up to the number: "if" and no clause break since
# (a comma, colon, bracket, quotation mark, dash or sentence end); "if compared to" compares.
_CONDITION_RE = re.compile(
    r"\b[Ii]f\s(?!(?:compared|measured|adjusted|counted|converted|calculated)\b)"
    r"(?:(?![,;:()\"“”—–\n.!?]|\s-|-\s|--)[^\n])*$"
)
# "if" after a word of asking or knowing means whether; "as if" compares.
_WHETHER_BEFORE_RE = re.compile(
    r"\b(?:as|whether|know|knows|knew|ask|asks|asked|asking|see|wonder(?:s|ed|ing)?|sure|"
    r"clear|unclear|determine[sd]?|tell|told|say|said|says|check(?:s|ed)?|decide[sd]?|doubt|"
    r"question|idea)\s+(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)
# A definite word or a possessive before the number: it counts what is taken as there.
_DEFINITE_BEFORE_RE = re.compile(
    r"(?:\b(?:the|these|those|his|her|their|its|our|my|your|all)|\w['’]s?)\s+"
    r"(?:[A-Z]{0,3}[$€£¥₹]\s?)?$",
    re.IGNORECASE,
)
# The first words of a clause of condition: "If 10 people gather, ..."
_IF_CLAUSE_BEFORE_RE = re.compile(
    r"(?:^|[.!?]\s+|\n|,\s+)(?:If|if|Unless|unless)\s+(?:[a-z]+\s+){0,2}(?:than\s+)?$"
)
_GENERIC_AFTER_RE = re.compile(
    r"(?:\.\s?[0-9]+)?(?:\s?-\s?|\s+)[a-z]+(?:\s+[a-z]+)?\s+"
    r"(?:can|could|may|might|will\s+usually|would\s+usually|typically|usually|generally|tends?\s+to)\b"
)
# A US state's postal code after a town, in any case, before a ZIP code: ", PA 23456"; in
# small letters never the codes that spell a word ("in", "or", "me", "oh", "hi", "ok")
_STATE_BEFORE_ZIP_RE = re.compile(
    r",\s(?:(?i:al|ak|az|ar|ca|co|ct|de|dc|fl|ga|id|il|ia|ks|ky|la|md|ma|mi|mn|ms|mo|mt|"
    r"ne|nv|nh|nj|nm|ny|nc|nd|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy)|HI|IN|ME|OH|OK|OR)\.?\s$"
)
_ADDRESS_AFTER_RE = re.compile(
    r"\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?(?:[A-Z][A-Za-z’'-]*[a-z]\s+){1,3}"
    r"(?:(?:Street|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Drive|Way|Place|Square|Terrace|"
    r"Court|Crescent|Close|Circle|Parkway|Pkwy|Highway|Plaza|Park|Row|Walk|Gardens|Heights)\b|"
    # an abbreviation's point ends the word: "1234 Elm St. and ..."; or a comma, a bracket or
    # the line's end: "42 Baker St, London"
    r"(?:St|Rd|Ave|Blvd|Ln|Dr|Pl|Ct|Pkwy)(?:\.|(?=\s*(?:[,;)]|$))))"
)
# ... and in copy without capitals: "1600 pennsylvania avenue", "10 downing street" (a
# count names no street after its noun: "300 people marched down the street")
_LOWER_ADDRESS_AFTER_RE = re.compile(
    r"\s+(?:[a-z][a-z’'-]*[a-z]\s+){1,2}(?:street|road|avenue|boulevard|lane|drive|place|"
    r"square|terrace|crescent|parkway)\b"
    # ... ending the phrase: "2 new road projects" is a count of projects
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|and|or|to|from|near|where|which|was|is|has|had)\b"
    # ... or the address doing a thing, as "downing street" stands for who is there
    r"|\s+(?:[a-z]+ed|spent|said|says|paid|sold|bought|told|made|won|lost)\b)"
)
_SENTENCE_END_RE = re.compile(r"[.!?]\s+$")
# "one of the seven emirates of the UAE", "one of the 50 states": a set something belongs
# to, not a count of anything that happened (a toll's "one of the 12 victims" is kept).
_ONE_OF_SET_BEFORE_RE = re.compile(r"\bone\s+of\s+(?:the|its|their|our)\s+$", re.IGNORECASE)
_SET_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?!(?:dead|victims|killed|injured|wounded|hostages|casualties|"
    r"bodies|missing|survivors|people|passengers|suspects|attackers|children)\b)[a-z]+s\b"
    r"(?:\s+(?:of|in)\b)"
)
# "sees at least one slight quake every day": a habit of a place, not an event's figure.
_HABIT_BEFORE_RE = re.compile(
    r"\b(?:experiences|sees|gets|records|registers|suffers|averages|logs|has|have|see|get|"
    r"experience|record)\s+(?:at\s+least\s+|about\s+|around\s+|some\s+|nearly\s+|"
    r"up\s+to\s+)?$",
    re.IGNORECASE,
)
_EVERY_AFTER_RE = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:every|each|a|per)\s+(?:single\s+)?(?:day|week|month|year|night)\b"
)
_BLOCK_OF_AFTER_RE = re.compile(r"\s+block\s+of\b", re.IGNORECASE)
_DESIGNATOR_BEFORE_RE = re.compile(r"(?<![\w.])(?:AK|AKM|F|MiG|RPG|SA)\s?-?\s?$")
# A model's letters and its number with the hyphen spaced as a tokenizer sets it: "the dc - 9",
# "f - 14 fighters", "the cray - 3" ("cray-3" unspaced is read as a name where it is met)
_SPACED_DESIGNATOR_BEFORE_RE = re.compile(r"(?<![\w.'’-])([A-Za-z]{1,4})\s-\s$")
# ... but not a word that a minus or a prefix may follow: "fell to - 5", "the mid - 90"
_NOT_DESIGNATOR_RE = re.compile(
    r"(?:"
    r"a|an|the|of|to|at|as|is|was|by|in|on|or|and|be|are|from|than|with|near|hit|fell|rose|top|"
    r"mid|pre|post|under|over|sub|non|ex|anti|pro|semi|plus|up|down|it|its|were|had|has|have|"
    r"for|per|but|nor|so|yet|all|some|week|year|day|days|age|ages|aged|past|next|last|nil|zero|"
    r"less|more|just|only|then|now|low|high|each"
    r")",
    re.IGNORECASE,
)
# Names that carry a number, as copy that lost its capitals writes them ("the s&p 500"): a stock
# index ("S&P 500", "FTSE 100", "Nikkei 225", "Russell 2000"), a list ("Fortune 500"), an
# aircraft by its maker ("Boeing 747", "Boeing's 737", "Airbus A320", "Tupolev 154").
_POINTS_AFTER_RE = re.compile(r"\s?-?\s?points?\b", re.IGNORECASE)
_NAME_WITH_NUMBER_BEFORE_RE = re.compile(
    r"(?<![\w&])(?:(?P<index>s\s?&\s?p|standard\s?&\s?poor'?s|nasdaq|ftse|nikkei|dax|cac|"
    r"russell|wilshire|stoxx|euro\s?stoxx|kospi|nifty|fortune)|boeing|airbus|tupolev|antonov|"
    r"ilyushin|embraer|cessna|sukhoi|mcdonnell\s+douglas)(?:'s)?\s?-?\s?(?:a)?$",
    re.IGNORECASE,
)
_ROAD_NAME_AFTER_RE = re.compile(
    r"\s+(?:[Ff]reeway|[Ee]xpressway|[Mm]otorway|[Tt]urnpike|[Tt]ollway|Block|[Mm]agnum)\b|"
    r"\s?-\s?(?:caliber|calibre)\b"
)
# "the 405 and 10 freeways": two roads named by their numbers, the noun plural after both
_ROADS_NAMED = r"(?:freeways|expressways|motorways|interstates|highways|turnpikes)\b"
_FIRST_ROAD_AFTER_RE = re.compile(r"\s+(?:and|or|&)\s+[0-9]{1,3}\s+" + _ROADS_NAMED, re.IGNORECASE)
_SECOND_ROAD_BEFORE_RE = re.compile(r"\bthe\s+[0-9]{1,3}\s+(?:and|or|&)\s+$", re.IGNORECASE)
_ROADS_AFTER_RE = re.compile(r"\s+" + _ROADS_NAMED, re.IGNORECASE)
# "45-7-2", "10 - 5 - 2": a third number after two joined by dashes is a record's draws
_RECORD_TRIPLE_BEFORE_RE = re.compile(r"(?<![0-9.,/-])[0-9]{1,3}\s?-\s?[0-9]{1,3}\s?-\s?$")
_RECORD_BEFORE_KOS_RE = re.compile(r"(?<![0-9.,/-])[0-9]{1,3}(?:\s?-\s?[0-9]{1,3}){1,2}\s?,\s?$")
_KOS_AFTER_RE = re.compile(r"\s?(?:KOs?|knockouts?)\b")
_LINE_END_RE = re.compile(r"[ \t]*(?:\n|$)")
_RESULT_AFTER_RE = re.compile(
    r"\s+(?:win|victory|defeat|loss|rout|triumph|shutout|thrashing)\b", re.IGNORECASE
)
_ORDINAL_AFTER_RE = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_DECADE_AFTER_RE = re.compile(r"[’']?s\b")
# "3 rd", "21 st": an ordinal's letters split off by a tokenizer, before the word it ranks
_SPACED_ORDINAL_AFTER_RE = re.compile(r" (st|nd|rd|th) (?=[A-Za-z])")


def _spaced_ordinal(digits: str, after: str) -> bool:
    """Whether the digits are an ordinal whose letters a tokenizer set apart ("the 3 rd floor").

    The letters must be the ones the number takes ("1 st", "2 nd", "11 th") and a word must
    follow, so "9 st" (stone) or "5 th" at a line's end are not read as ordinals.
    """
    m = _SPACED_ORDINAL_AFTER_RE.match(after)
    if m is None or not digits.isdigit():
        return False
    n = int(digits)
    last = n % 10
    wanted = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(last, "th")
    return m.group(1).lower() == wanted


_TOKEN_RE = re.compile(r"\S+")
_POWER_UNIT_TOKEN_RE = re.compile(r"[(\"“]?[0-9][0-9,.]*(?:km|m|cm|mm|ft|mi)[23][).,;:!?\"”]*")
_LETTERS_BETWEEN_DIGITS_RE = re.compile(
    r"[0-9]-[^\W\d_]+-[0-9]|[0-9][^\W\d_]+[0-9]|[^\W\d_][0-9]+[^\W\d_]+[0-9]|[^\W\d_][0-9]+[-/.][0-9]"
)


def _is_several(text: str, atom: _Atom) -> bool:
    return text[atom.start : atom.end].lower() == "several"


def _glued_currency(text: str, at: int) -> bool:
    """Whether letters right before ``at`` are a currency ("USD115", "euro110", "Rs500")."""
    m = _currency_before(text, 0, at)
    return m is not None and (m.start() == 0 or not text[m.start() - 1].isalnum())


def _is_code(text: str, atom: _Atom) -> bool:
    """Whether the atom sits in a token that mixes letters and digits ("24703m212", "scp2-173m").

    A square or cubic unit glued to the number ("500m2", "3km2") is a measure, not a code.
    """
    if _glued_currency(text, atom.start):
        return False  # "$A2.9 million", "RM1.5": a currency before the amount
    if text[atom.start : atom.end].lower().count("x") + text[atom.start : atom.end].count("×"):
        return False  # a resolution read whole: "320x240"
    lo = max(0, atom.start - 40)
    for m in _HYPHEN_CHAIN_RE.finditer(text, lo, min(len(text), atom.end + 40)):
        if m.start() <= atom.start < m.end():
            return True  # "ISBN 978-3-16-148410-0", "a 1-2-3-4 code": four groups and more
    for m in _TOKEN_RE.finditer(text, lo, min(len(text), atom.end + 40)):
        if m.start() <= atom.start < m.end():
            if _POWER_UNIT_TOKEN_RE.fullmatch(m.group()):
                return False
            return _LETTERS_BETWEEN_DIGITS_RE.search(m.group()) is not None
    return False


_POWER_OF_TEN_RE = re.compile(r"(?<![0-9.])10\^(?P<exponent>-?[0-9]{1,2})(?![0-9])")
_SCIENTIFIC_RE = re.compile(
    r"(?<![0-9.])(?P<mantissa>[0-9]{1,3}(?:\.[0-9]+)?)\s?[x×*]\s?10\^(?P<exponent>-?[0-9]{1,2})"
    r"(?![0-9])"
)
# Four groups of digits or more joined by bare hyphens: a code, never a range or a score
_HYPHEN_CHAIN_RE = re.compile(r"(?<![0-9-])[0-9]+(?:-[0-9]+){3,}(?![0-9-])")


def _word_letter(char: str) -> bool:
    """Whether ``char`` is a letter of a script that spaces its words: Chinese and Japanese
    write numbers against the next word ("有40%", "330万居民"), which makes no name or code."""
    return char.isalpha() and char < "\u2e80"


# A prefix hyphened to a number in words makes one word of them: "sub-zero", "non-zero".
_PREFIX_COMPOUND_BEFORE_RE = re.compile(r"\b(?:sub|non|multi|semi|pre|post|anti)\s?-\s?$", re.I)
# "the P5+1", "G7+2": a group named by a number, and the members added to it
_NAME_PLUS_BEFORE_RE = re.compile(r"(?<![\w])[A-Z][A-Za-z]*[0-9]+\+$")
# "a boy of 12", "a woman of 75": a person of an age (a parent "of three" counts children)
_PERSON_OF_BEFORE_RE = re.compile(
    r"\b(?:boy|girl|man|woman|lad|child|youngster|teenager|pensioner|toddler)\s+of\s+"
    r"(?:just\s+|only\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)


# "f/1.8": a small "f" and a slash glued to the digits, after no number ("75F/24C" is a
# temperature in two scales)
# A video format named by its lines ("720p", "1080i") or its width in thousands of pixels
# before what shows it ("a 4K TV", "8K video")
_VIDEO_FORMAT_RE = re.compile(
    r"(?:240|360|480|576|720|1080|1440|2160|4320)[pi](?![A-Za-z0-9])"
    r"|[2458][Kk](?=\s+(?i:TVs?|televisions?|resolution|video|displays?|screens?|monitors?|UHD|"
    r"HDR|Ultra|cameras?|streaming|footage|content|gaming|projectors?)\b)"
)
# A mobile network's generation in small letters, no grams: "the 5g rollout", "4g phones"
_NETWORK_GENERATION_RE = re.compile(
    r"(?<![0-9.,])[2-6]g\s+(?:networks?|phones?|services?|rollout|roll-out|spectrum|coverage|"
    r"technology|mobile|connectivity|signals?|masts?|towers?|licen[cs]es?|auctions?|speeds?|"
    r"internet|broadband|smartphones?|handsets?|devices?|modems?|era|standard|deployment|"
    r"base\s+stations?|equipment|infrastructure|operators?|plans?|sim)\b",
    re.IGNORECASE,
)
# The bodies whose standards are named by a number, in any case: "ISO 9001", "iso 14001"
_STANDARD_BEFORE_RE = re.compile(r"\b(?:iso|iec|astm|ansi|ieee|rfc|din)\s?-?\s?$", re.I)
_APERTURE_BEFORE_RE = re.compile(r"(?<![0-9°º˚]\s)(?<![0-9°º˚A-Za-z])(?-i:f)/$")
# A technology's or a program's name before its version: "usb 3.0", "bluetooth 5.0", "hdmi
# 2.1", "python 3.11"
_VERSIONED_BEFORE_RE = re.compile(
    r"\b(?:usb|hdmi|bluetooth|wi-?fi|pcie|thunderbolt|displayport|android|ios|macos|python|"
    r"java|php|html|ipv|directx|opengl|ubuntu|firefox|chrome)\s$",
    re.IGNORECASE,
)
_VERSION_RE = re.compile(r"[0-9]{1,2}(?:\.[0-9]{1,2})?")


def _why_excluded(text: str, atom: _Atom, mask: bytearray) -> Reason | None:
    """Why an atom is no quantity (a date, name, age, list number...), or None if it may be."""
    for code in mask[atom.start : atom.end]:
        if code:
            return _REGION_REASONS[code - 1]
    if _is_margin(text, atom):
        return "margin of error"
    if atom.form == "digits" and text[atom.start] == ".":
        if _WEAPON_AFTER_RE.match(text, atom.end) or (
            _ARTICLE_BEFORE_RE.search(text, max(0, atom.start - 8), atom.start)
            and _BARE_AFTER_RE.match(text, atom.end)
        ):
            return "name"  # "a .45 in the robbery", "a .38 revolver": a calibre
        return None  # ".08", "of. 08": a decimal below one, in no name or label
    before = text[max(0, atom.start - 40) : atom.start]
    after = text[atom.end : atom.end + 40]
    if atom.form == "digits" and before.endswith("^") and len(before) > 1 and before[-2].isalpha():
        return "part of a word"  # "ft^2", "m^3": a unit's power, written after it
    if atom.form == "digits" and _APERTURE_BEFORE_RE.search(before):
        return "name"  # "an f/1.8 lens": a lens's aperture, its f-number
    if atom.form == "digits" and _NAME_PLUS_BEFORE_RE.search(before):
        return "name"  # "the P5+1", "the G7+2": a group's name and its added members
    if atom.form == "digits":
        digits_at = atom.start + 1 if text[atom.start] in "-−" else atom.start
        prev = text[digits_at - 1] if digits_at else ""
        prev2 = text[digits_at - 2] if digits_at > 1 else ""
        if _is_code(text, atom) and not _in_dimensions(text, atom):
            return "code"
        if _VIDEO_FORMAT_RE.match(text, digits_at):
            return "name"  # "1080p", "a 4K TV": a video format named by its lines or width
        if _NETWORK_GENERATION_RE.match(text, digits_at):
            return "name"  # "the 5g rollout": a network's generation, as "5G" is
        if _spaced_ordinal(text[digits_at : atom.end], after):
            return "ordinal"  # "the 3 rd floor", "the 21 st century": a tokenizer's ordinal
        if _STANDARD_BEFORE_RE.search(before) and atom.end - digits_at >= 3:
            return "name"  # "iso 9001", "rfc 2616": a standard named by its number
        if (
            _VERSIONED_BEFORE_RE.search(before)
            and _VERSION_RE.fullmatch(text[digits_at : atom.end])
            and ("." in text[digits_at : atom.end] or not _next_word_is_count_noun(text, atom.end))
            and not _unit_follows(text, atom.end)
        ):
            return "name"  # "usb 3.0 cables", "hdmi 2.1": a standard's or a program's version
        if (
            _DECADE_OF_LIFE_BEFORE_RE.search(before)
            and _DECADE_APOSTROPHE_AFTER_RE.match(after)
            and text[digits_at : atom.end] in _DECADES_OF_LIFE
        ):
            return "age"  # "in his early 20's": a decade of someone's life
        if _TOURNAMENT_BEFORE_RE.search(before) and _YEAR_DIGITS_RE.fullmatch(
            text[digits_at : atom.end]
        ):
            return "name"  # "Euro 2016", "Expo 2020": an event named by its year
        token = text[digits_at : atom.end]
        if (
            len(token) >= 3
            and _CODE_PREFIX_BEFORE_RE.search(before)
            and not _DESIGNATOR_BEFORE_RE.search(before)
        ):
            return "code"  # "CVE - 2013 - 3893", "MS13 - 069": a bulletin's number
        if _SCORE_TAIL_BEFORE_RE.search(before) and _score_tail(text, atom, before):
            return "score or tally"  # "beat Chiefs 20 - 13": the first number went with the name
        if _score_head(text, atom):
            return "score or tally"  # "beat Leeds 3-1 on Saturday": the team's own goals
        if (
            _RECORD_TRIPLE_BEFORE_RE.search(before)
            and atom.value < 1000
            and not _unit_follows(text, atom.end)
            and not _next_word_is_count_noun(text, atom.end)
        ):
            return "score or tally"  # "(45-7-2, 36 KOs)": wins, losses and draws
        if _RECORD_BEFORE_KOS_RE.search(before) and _KOS_AFTER_RE.match(text, atom.end):
            return "score or tally"  # "(58 - 3, 51 KO)": a fighter's knockouts in his record
        if (
            atom.end - digits_at >= 10
            and text[digits_at : atom.end].isdigit()
            and not _next_word_is_count_noun(text, atom.end)
        ):
            return "code"  # "672138506081275904": an identifier; news groups a count's digits
        # "Raqqa24", "G20", "ديرالزور24", "COVID-19", "F-16": the digits belong to a name.
        if (
            _word_letter(prev)
            and not _glued_currency(text, digits_at)
            and not (prev in "xX" and _in_dimensions(text, atom))
        ):
            return "name"  # ... but "3x4m" is two sides with the multiplication sign glued
        if (
            prev == "-"
            and prev2.isalpha()
            and _same_unit_end(text, digits_at, atom.end) is None  # "5kg-10kg": a range
            and (not atom.scaled or _carried_currency(text, digits_at) is None)  # "£3m-4m"
            and not _MINUS_WORD_RE.search(text, max(0, digits_at - 12), digits_at)
            and not _MAGNITUDE_BEFORE_RE.search(text, max(0, digits_at - 12), digits_at)
            and not _in_dimensions(text, atom)
        ):  # "a magnitude-6.4 quake", "a 6-by-8-foot cell" are read
            return "name"
        if _DESIGNATOR_BEFORE_RE.search(before) and not _currency_before(text, 0, digits_at):
            return "name"  # "AK 47 rifles", "an F - 16": a model's designator
        spaced = _SPACED_DESIGNATOR_BEFORE_RE.search(before)
        if (
            spaced
            and not _NOT_DESIGNATOR_RE.fullmatch(spaced.group(1))
            # "BREAKING NEWS - 3 DEAD": a word of a line in capitals, and a toll after it
            and not (len(spaced.group(1)) == 4 and spaced.group(1).isupper())
            and not _TOLL_AFTER_RE.match(text, atom.end)
            and text[digits_at : atom.end].isdigit()
            and atom.end - digits_at <= 4
            and not _unit_follows(text, atom.end)
            and not _currency_before(text, 0, digits_at)
        ):
            return "name"  # "the dc - 9", "a cray - 3": a model's letters, a tokenizer's dash
        named = _NAME_WITH_NUMBER_BEFORE_RE.search(before)
        if (
            named
            and not any(c.isupper() for c in named.group())
            and text[digits_at : atom.end].isdigit()
            and not _unit_follows(text, atom.end)
            and not _POINTS_AFTER_RE.match(text, atom.end)
            and (named.group("index") or not _next_word_is_count_noun(text, atom.end))
        ):
            # "the s&p 500", "fortune 500 companies", "boeing's 747" in copy that lost its
            # capitals: an index's, a list's or a model's number, as the capitalised name
            # is read above ("boeing 300 jets" counts jets, "lift the nasdaq 1.2 percent"
            # and "the nasdaq 100 points" are moves)
            return "name"
        if _model_variant(text, atom, mask, before):
            return "name"  # "a Boeing 747-400": the variant of a model named by its number
        if _descending_variant(text, atom, before):
            return "name"  # "the 747-400 burns", "737 - 300 jets": a model and its variant
        if _MODEL_SUFFIX_AFTER_RE.match(text, atom.end):
            return "name"  # "the 737 Max", "a 3 Series": a model's number and its suffix
        if atom.value != 1 and _PRODUCT_NOUN_AFTER_RE.match(text, atom.end):
            return "name"  # "the 8088 chip", "a 1911 pistol": a count needs a plural
        if (
            atom.end - digits_at >= 3
            and text[digits_at : atom.end].isdigit()
            and atom.value % 100 != 0
            and _MODEL_NOUN_AFTER_RE.match(text, atom.end)
        ):
            return "name"  # "the ibm 3090 mainframe", "a 747 airplane"
        if (
            atom.end - digits_at >= 3
            and atom.value % 100 != 0
            and _A_BEFORE_RE.search(before)
            and _singular_verb_after(text, atom.end)
        ):
            return "name"  # "a 747 flies at 900 km/h": one of a model, named by its number
        if (
            atom.value != 1
            and _product_line_before(before)
            and text[digits_at : atom.end].isdigit()
            and _singular_verb_after(text, atom.end)
            and not any(c.isupper() for c in text[max(0, atom.start - 40) : atom.end + 40])
        ):
            # "the mazda 626 was recalled", "windows 10 needs", "the iphone 12 mini is": a
            # model's number, its singular verb (a count of more than one takes a plural one)
            return "name"
        if (
            after[:1] in ("b", "B")
            and not _word_letter(after[1:2])
            and not _currency_before(text, 0, digits_at)
            and not SUFFIX_RE.match(text, atom.end + 1)
        ):
            return "part of a word"  # "1B", "3B/2B": a position; "b" is a billion with money
        if (
            _word_letter(after[:1])
            and not _GLUED_UNIT_RE.match(after)
            and not (after[:1] in "xX" and _in_dimensions(text, atom))
        ):
            if _ORDINAL_AFTER_RE.match(after):
                return "ordinal"  # "21st"
            if _DECADE_AFTER_RE.match(after) and atom.end - atom.start == 4:
                return "year"  # "1990s"
            return "part of a word"  # "3D", "5G"
        if _CALIBRE_AFTER_RE.match(after) or (
            _WEAPON_AFTER_RE.match(after) and _LABEL_BEFORE_RE.search(before)
        ):
            return "name"  # "a 12 gauge shotgun", "a 40 caliber", "Type 56 rifles"
        radio = _RADIO_AFTER_RE.match(text, atom.end)
        if radio and _next_word_is_count_noun(text, radio.end()):
            radio = None  # "900 CBS employees", "600 News Corp shares"
        if radio and SUFFIX_RE.match(text, atom.end):
            radio = None  # "100 KES", "1000 KRW": a currency's code, spelled like a call sign
        if (
            radio
            # "KEUR 600", "KUSD 20": a code with its thousands; "KRW 1000", "KWD 100": a code
            or (
                _RADIO_BEFORE_RE.search(before)
                and not _SCALED_CODE_BEFORE_RE.search(before)
                and not _currency_before(text, 0, digits_at)
            )
        ) and (
            87.5 <= atom.value <= 108
            or (530 <= atom.value <= 1710 and atom.value == int(atom.value))
        ):
            return "name"  # "102.7 FM", "WABC 770 AM": a station's frequency
        if _SUBSECTION_AFTER_RE.match(after):
            return "name"  # "a 401(k) plan", "a 501(c)(3) charity": a section of a law
        if prev == "(" and (prev2.isalnum() or prev2 == "_") and after[:1] == ")":
            return "reference number"  # "alert(2)", "Fig(3)": code or a reference mark
        if prev == "[" and _BRACKET_CLOSE_RE.match(after):
            return "reference number"  # "[538]", "[12.]": a footnote or a source's mark
        if _REF_BEFORE_RE.search(before):
            return "reference number"
        if (
            (
                _DIAL_BEFORE_RE.search(before)
                and atom.end - atom.start >= 3
                and not _next_word_is_count_noun(text, atom.end)
                and not _unit_follows(text, atom.end)  # "turn the dial 180°": an angle
            )
            or (text[atom.start : atom.end] in _EMERGENCY and _EMERGENCY_AFTER_RE.match(after))
        ):
            return "phone number"  # "dialed 911", "call 999", "911 calls"
        if (
            "/" not in text[atom.start : atom.end]
            and (_RATIO_AFTER_RE.match(after) or _RATIO_BEFORE_RE.search(before))
            and not _in_dimensions(text, atom)
            and not _in_pack(text, atom)
        ):
            return "ratio"  # a ratio or score such as "50/50", not a count
        if (
            _COLON_RATIO_AFTER_RE.match(after)
            or (atom.end - digits_at == 1 and _COLON_RATIO_BEFORE_RE.search(before))
        ) and not _VOTE_BEFORE_RE.search(before):
            return "ratio"  # "a 3:1 ratio", "a 16:9 screen"
        if _VERSION_AFTER_RE.match(after):
            return "version"  # a version such as "1.1.1"
        if atom.end - atom.start == 2 and (
            (prev and prev in "'’")
            or (
                prev == " "
                and prev2 in "'’"
                and digits_at > 2
                and text[digits_at - 3].isspace()
                and not text[digits_at - 4 : digits_at - 3].isdigit()  # "5 ' 11 ''": inches
            )
        ):
            return "year"  # a clipped year: "iLife '11", "the class of ’98", "the ’ 66 squad"
        # Look no further than 200 characters: enough to see a short line, and it keeps
        # a text without line breaks linear.
        line_start = text.rfind("\n", max(0, atom.start - 200), atom.start) + 1
        if line_start == 0 and atom.start > 200:
            line_start = atom.start - 200
        line_end = text.find("\n", atom.end, atom.end + 200)
        line_end = min(len(text), atom.end + 200) if line_end < 0 else line_end
        head = text[line_start : atom.start]
        tail = text[atom.end : line_end]
        if not head.strip() and not tail.strip():
            return "page furniture"  # a number alone on its line
        if not head.strip() and _LIST_MARK_RE.match(tail):
            return "list number"  # "1. ", "2) "
        if _VOTES_AFTER_RE.match(text, atom.end) or _VOTES_BEFORE_RE.search(before):
            return "score or tally"  # "12 ayes and 3 nays"
        if _inline_list_number(text, atom, before):
            return "list number"  # "two feats: 1. Welfare reform 2. Two judges"
        if _bracket_list_mark(text, atom, head):
            return "list number"  # "1) buy milk 2) buy eggs", "(1) a fee of $5"
        if _PART_OF_BEFORE_RE.search(before):
            return "name"  # "part 3 of 3": the parts of a series, as its label gives them
        if _is_furniture(text, atom, before, head, tail):
            return "page furniture"
        if (
            _PERSON_OF_BEFORE_RE.search(before)
            and atom.value < 120
            and not _unit_follows(text, atom.end)
            and not _next_word_is_count_noun(text, atom.end)
        ):
            return "age"  # "a boy of 12", "a woman of 75": a person's age
        if _age_apposition(text, atom, before, after):
            return "age"
        if _age_after_death_or_now(text, atom, before, after):
            return "age"
        if _CJK_AGE_AFTER_RE.match(after):
            return "age"  # "45 岁": years of age
        if _age_bracket(text, atom, before):
            return "age"  # "Adults 18-49"
        if (
            _AGE_AND_OVER_BEFORE_RE.search(before)
            and _AGE_AND_OVER_AFTER_RE.match(after)
            and 10 <= atom.value < 100
        ):
            return "age"  # "those 45 and over", "adults 65 and older"
        if 10 <= atom.value < 100 and (
            (_AGES_PAIR_BEFORE_RE.search(before) and _AGES_PAIR_AFTER_RE.match(after))
            or (_AGES_PAIR_END_BEFORE_RE.search(before) and _CLAUSE_END_AFTER_RE.match(after))
        ):
            return "age"  # "The victims were 21 and 22."
        if _ADDRESS_AFTER_RE.match(after) or _BLOCK_OF_AFTER_RE.match(after):
            return "address"  # "123 Random Street", "the 12200 block of Elm Street"
        if (
            _LOWER_ADDRESS_AFTER_RE.match(after)
            and not atom.scaled  # "spend 5 million on the road": no house number has a scale
            and not _next_word_is_count_noun(text, atom.end)
            and not _unit_follows(text, atom.end)
            and not any(c.isupper() for c in text[atom.end : atom.end + 40])
        ):
            return "address"  # "at 1600 pennsylvania avenue", in copy without capitals
        if (
            atom.end - digits_at == 5
            and _STATE_BEFORE_ZIP_RE.search(before)
            and not _next_word_is_count_noun(text, atom.end)
        ):
            return "address"  # "cloud city, pa 23456": a US state and its ZIP code
        if _ROAD_NAME_AFTER_RE.match(after):
            return "name"  # "the 605 Freeway", "Interstate 5" is a label
        if (_ARTICLE_BEFORE_RE.search(before) and _FIRST_ROAD_AFTER_RE.match(after)) or (
            _SECOND_ROAD_BEFORE_RE.search(before) and _ROADS_AFTER_RE.match(after)
        ):
            return "name"  # "the 405 and 10 freeways": two roads, each named by its number
        money = _currency_before(text, 0, digits_at) is not None or bool(
            _SCALED_CODE_BEFORE_RE.search(before)
        )
        if not money and _score_line(text, atom, text[max(0, atom.start - 60) : atom.start]):
            return "score or tally"
        if not money and _is_label_number(text, atom, before):
            return "name"
        if not money and _listed_after_name(text, atom, mask, before):
            return "name"
        if not money and _is_name_number(text, atom, before):
            return "name"
    if _AGE_BEFORE_RE.search(before) or _AGE_LIST_BEFORE_RE.search(before):
        return "age"
    if (
        _WHO_WAS_BEFORE_RE.search(before)
        and _AT_THE_TIME_AFTER_RE.match(after)
        and 0 < atom.value < 120
        and not atom.scaled
    ):
        return "age"  # "her son, who was four at the time"
    if (
        _RANK_BEFORE_RE.search(before)
        and atom.form != "fraction"
        and not _UNIT_AFTER[0][0].match(text, atom.end)
        and not _SHARE_RANGE_AFTER_RE.match(text, atom.end)
    ):
        # "the top 10", "the top 10 firms": a rank, not a count; "the top 1 percent" of
        # earners is still a share.
        return "ordinal"
    if _GENERIC_BEFORE_RE.search(before) and _GENERIC_AFTER_RE.match(text, atom.end):
        return "generic statement"  # "A magnitude 6 quake can cause severe damage."
    # Each pattern below runs only where a word it needs is near (a cheap test first).
    wide = text[max(0, atom.start - 90) : atom.start]
    if (
        _HABIT_WORD_RE.search(wide)
        and _GENERIC_MODAL_BEFORE_RE.search(wide)
        and not _in_quotation(text, atom.start)
    ):
        # "Such storms typically kill dozens": what can happen, in the report's own words
        # (a speaker's "A tax cut can create 900 jobs" is the speaker's claim)
        return "generic statement"
    if ("f " in before or "ss " in before) and _IF_CLAUSE_BEFORE_RE.search(before):
        return "generic statement"  # "If 10 people gather, ...": a condition, no event's count
    if _in_condition(text, atom.start):
        return "generic statement"  # "unless he is paid $5 million": what has not happened
    if (
        " have " in before
        and _COUNTERFACTUAL_BEFORE_RE.search(before)
        and not _in_quotation(text, atom.start)
    ):
        # "the blast could have killed hundreds": what did not happen, in the report's own
        # words (a speaker's "would have cost 500 jobs" is the speaker's claim)
        return "generic statement"
    if "would" in wide and _PROPOSED_BEFORE_RE.search(wide) and not _in_quotation(text, atom.start):
        return "generic statement"  # "Under the proposed law, drivers would face fines of $1,000"
    if _ONE_OF_SET_BEFORE_RE.search(before) and _SET_AFTER_RE.match(text, atom.end):
        return "generic statement"  # "Dubai, one of the seven emirates": the size of a set
    if (
        _HABIT_BEFORE_RE.search(before)
        and _EVERY_AFTER_RE.match(text, atom.end)
        and not atom.scaled
        and atom.value < 10
    ):
        # "the island sees at least one quake every day"; "logs about 20 million hits a
        # month" is a measured rate, a figure
        return "generic statement"
    if atom.form == "vague" and _SOURCES_AFTER_RE.match(text, atom.end):
        return "attribution"  # "several sources said": who told the report, not a figure
    if (
        atom.form == "vague"
        and _SEVERAL_IN_PLACE_RE.search(before)
        and _is_several(text, atom)
        and not (
            _AT_OR_ON_BEFORE_RE.search(before) and _SEVERAL_PEOPLE_AFTER_RE.match(text, atom.end)
        )
    ):
        # "fighting in several neighbourhoods": where, not how many ("fired at several
        # employees" counts those shot at)
        return "place phrase"
    if (
        atom.form == "word"
        and text[atom.start : atom.end].lower() == "one"
        and _SEVERAL_IN_PLACE_RE.search(before)
        and _ONE_PLACE_AFTER_RE.match(text, atom.end)
    ):
        # "died at one hospital", "in one village, 12 were hurt": which place, a determiner
        # ("at a hospital"), no count of places
        return "place phrase"
    if (
        atom.form == "fraction"
        and _QUARTER_RE.search(text, atom.start, atom.end)
        and _PERIOD_BEFORE_RE.search(before)
        and not _SHARE_AFTER_RE.match(text, atom.end)
    ):
        return "date"  # "after one quarter", "in a quarter": a quarter of a game or a year
    if atom.form == "word" and _DECADE_WORD_RE.match(text, atom.end):
        return "year"  # "the nineteen sixties"
    if atom.form == "word" and _PREFIX_COMPOUND_BEFORE_RE.search(before):
        return "part of a word"  # "sub-zero temperatures", "non-zero": a word's prefix
    if atom.form == "word" and _UNDER_OVER_COMPOUND_BEFORE_RE.search(before):
        return "age"  # "the under-five mortality rate", "under-fives": an age group
    if _BY_COMPOUND_BEFORE_RE.search(before) and not _in_dimensions(text, atom):
        return "part of a word"  # "a four-by-four", "a 4 - by - 4"
    if (
        _FOOT_BEFORE_RE.search(before)
        and 0 <= atom.value < 12
        and not _unit_follows(text, atom.end)  # "5 ft - 6 ft": a range of two lengths
    ):
        return "part of a word"  # "the 6-foot-9 centre": the inches of a height in feet
    if (
        atom.form == "word"
        and (text[atom.start].isupper() or re.search(r"[0-9]-$", before))
        and _DIGITS_HYPHEN_BEFORE_RE.search(before)
    ):
        # "a 7-Eleven store": digits and a word spelled as one name ("7-eleven" without
        # capitals: a number in words never follows digits and a bare hyphen)
        return "part of a word"
    if atom.form == "word" and _REF_BEFORE_RE.search(before):
        return "reference number"  # "exhibit number one"
    if (
        atom.form == "word"
        and _DAY_BEFORE_RE.search(before)
        and not _next_word_is_count_noun(text, atom.end)
    ):
        return "name"  # "on day one", "Day Two of the trial": a label
    if atom.form == "word" and _is_name_words(text, atom, before):
        return "name"
    if _GROUP_OF_BEFORE_RE.search(before) and (atom.form == "digits" or text[atom.start].isupper()):
        return "name"  # "the Group of Seven", "Group of 20": a club named by its size
    if atom.form == "word" and _is_pronoun_one(text, atom, before):
        return "pronoun"
    if atom.form == "word" and _is_parties_two(text, atom, before):
        return "pronoun"
    if atom.form == "word" and any(
        m.start() <= atom.start and atom.end <= m.end()
        for m in _IDIOM_RE.finditer(text, max(0, atom.start - 24), atom.end + 30)
    ):
        return "idiom"
    return None


def _in_condition(text: str, at: int) -> bool:
    """Whether a number stands inside a clause of condition: "if they garner 100,000
    signatures", "even if I got two years".

    The clause runs from its "if" to the first comma, colon, bracket, quotation mark or
    dash; the number after it ("If convicted, he faces 25 years") is the main clause's. An
    "if" that means whether ("unclear if", "asked him if") opens no condition, and a number
    after a definite word or a possessive ("if the three suspects are found guilty") counts
    what is taken as there. "Unless" names what is needed to avert an outcome, a figure of
    its own: "the firm will fail unless it gets $4 billion".
    """
    window = text[max(0, at - 150) : at]
    if "if " not in window and "If " not in window:
        return False
    clause = _CONDITION_RE.search(window)
    if clause is None or _DEFINITE_BEFORE_RE.search(window):
        return False
    return not _WHETHER_BEFORE_RE.search(window, 0, clause.start())


def _score_tail(text: str, atom: _Atom, before: str) -> bool:
    """Whether the digits end a score after a name ("beat Chiefs 20 - 13"): said with a word
    of winning or losing, no larger than the first number, no unit or counted noun after."""
    m = _SCORE_TAIL_BEFORE_RE.search(before)
    if m is None or atom.scaled or not float(atom.value).is_integer():
        return False
    # said with a word of winning or losing before the name ("beat", "over", "lost to")
    lead = text[
        max(0, atom.start - len(before) + m.start() - 30) : atom.start - len(before) + m.start()
    ]
    if not (
        _SCORE_BEFORE_RE.search(lead)
        or _OVER_BEFORE_RE.search(lead)
        or _LINE_END_RE.match(text, atom.end)  # "Joe Louis 26 - 1" a line of a table
        or _RESULT_AFTER_RE.match(text, atom.end)  # "the Saints 17 - 14 victory"
    ):
        return False
    if _unit_follows(text, atom.end) or _next_word_is_count_noun(text, atom.end):
        return False
    return 0 <= atom.value <= int(m.group("first"))


_SCORE_HEAD_AFTER_RE = re.compile(r"\s?[-–]\s?([0-9]{1,3})(?![0-9.,])")


def _score_head(text: str, atom: _Atom) -> bool:
    """Whether the digits open a score whose second number ends it after a name ("beat Leeds
    3-1"): the first number belongs to the score as much as the second."""
    m = _SCORE_HEAD_AFTER_RE.match(text, atom.end)
    if m is None or atom.form != "digits":
        return False
    value = int(m.group(1))
    second = _Atom(start=m.start(1), end=m.end(1), value=value, raw=value, form="digits")
    before = text[max(0, second.start - 60) : second.start]
    return _SCORE_TAIL_BEFORE_RE.search(before) is not None and _score_tail(text, second, before)


def _age_bracket(text: str, atom: _Atom, before: str) -> bool:
    """Whether the digits are an end of an age bracket: "adults 18-49", "women 25 to 54"."""
    if atom.form != "digits" or not 10 <= atom.value < 100:
        return False
    if _AGE_GROUP_BEFORE_RE.search(before):
        return _AGE_GROUP_AFTER_RE.match(text, atom.end) is not None
    if _AGE_GROUP_NAMED_AFTER_RE.match(text, atom.end):
        return True  # "the 18 - 24 age group": the bracket's first end
    if _AGE_GROUP_NAMED_END_RE.match(text, atom.end) and _AGE_BRACKET_START_RE.search(before):
        return True  # ... and its last
    return _AGE_GROUP_END_RE.search(before) is not None


def _age_apposition(text: str, atom: _Atom, before: str, after: str) -> bool:
    """Whether the number is a person's age set off after a name: "Lim, 57," or "Lim (57)"."""
    if atom.scaled or not float(atom.value).is_integer() or not 0 < atom.value < 120:
        return False
    if atom.end - atom.start > 3:
        return False
    if (
        _AGE_BRACKET_BEFORE_RE.search(before) or _PERSON_BRACKET_BEFORE_RE.search(before)
    ) and after[:1] == ")":
        return True
    if (
        (_TITLED_NAME_BEFORE_RE.search(before) or _uncapitalised_apposition(text, atom, before))
        and 16 <= atom.value < 120
        and re.match(r"\s?,", after)
        and not _next_word_is_count_noun(text, atom.end)
    ):
        return True
    if not _AGE_APPOSITION_BEFORE_RE.search(before) or _next_word_is_count_noun(text, atom.end):
        return False
    m = _AGE_APPOSITION_BEFORE_RE.search(before)
    word = before[m.start() :].split(",")[0].strip().lower() if m else ""
    if word in _CAPITALISED_NOT_NAME:
        return False
    if _MONTH_NAME_RE.fullmatch(word):
        # "In May, 60 died" is a count; "Yin Myint May, 60," is a name's age: the month's
        # word after a capitalised word that is no function word nor a day's name
        given = _NAME_BEFORE_MONTH_RE.search(before)
        if given is None or given.group(1).lower() in _CAPITALISED_NOT_NAME:
            return False
        if _WEEKDAY_RE.fullmatch(given.group(1).lower()) or _SENTENCE_START_RE.search(
            before[: given.start(1)]
        ):
            return False
    if _FULL_NAME_BEFORE_RE.search(before) and _SINGULAR_AFTER_RE.match(after):
        return True
    return _AGE_APPOSITION_AFTER_RE.match(after) is not None


# "lim, 57, said", in copy that lost its capitals: a word set off by commas before the number
_WORD_COMMA_BEFORE_RE = re.compile(r"(?<![\w’'-])([^\W\d_][\w’'-]*[^\W\d_])\s?,\s?$")
# ... never a word that a count or a list of numbers follows: "in aleppo, 20, ..." is a place,
# "rose to 5, 10," a list
_NOT_A_NAME_BEFORE_RE = re.compile(
    r"(?:in|on|at|of|to|by|for|from|with|and|or|but|the|a|an|this|that|these|those|also|"
    r"then|now|today|yesterday|year|years|month|months|week|weeks|day|days|percent|cent|"
    r"points?|people|dead|killed|injured|hurt|total|say|said|says|too|well|so|yes|no|however|"
    r"meanwhile|instead|including|about|around|nearly|some|than|only|just|even|still|least|"
    r"most|more|less|again|ago|later|earlier|first|second|third|last|next|[a-z]+ly|"
    + "|".join(NUMBER_WORDS)
    + r")",
    re.IGNORECASE,
)


def _uncapitalised_apposition(text: str, atom: _Atom, before: str) -> bool:
    """Whether a number set off by commas after a word ("lim, 57, said") is a person's age in
    copy without capitals, where the capitalised name the age follows can't be seen."""
    if any(c.isupper() for c in text[max(0, atom.start - 150) : atom.end + 150]):
        return False
    m = _WORD_COMMA_BEFORE_RE.search(before)
    if m is None or _NOT_A_NAME_BEFORE_RE.fullmatch(m.group(1)):
        return False
    return not _PLACE_PREPOSITION_BEFORE_RE.search(before, 0, m.start())  # "in aleppo, 20,"


_PLACE_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:in|at|from|near|across|outside|inside|into|around|throughout)\s+(?:the\s+)?$"
)


_RANK_BEFORE_RE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|into|in|of)\s+(?:top|bottom)\s?-?\s?$", re.IGNORECASE
)
_SHARE_RANGE_AFTER_RE = re.compile(
    r"\s?(?:or|to|-|–)\s?[0-9.]+\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE
)
_PAIR_AFTER_RE = re.compile(r"\s?[-–]\s?[0-9]")
# The number before a list joint: "Explorer 8 and [9]", "versions 6, 7, [8]", "Weeks 14 - [16]".
_LISTED_AFTER_RE = re.compile(
    r"(?<![0-9.,])([0-9]{1,4})(?:\s?,\s?(?:and\s+|or\s+)?|\s+(?:and|or|&|to)\s+|\s?[-–]\s?)$"
)
# "Orvel 65, Dalby 53": a team's score beside another team's.
_SCORE_LINE_AFTER_RE = re.compile(
    r"\s?,\s(?:No\.\s?[0-9]{1,2}\s)?(?:[A-Z][\w’'.&-]*\s){1,3}[0-9]{1,3}\b"
)
_SCORE_LINE_BEFORE_RE = re.compile(
    r"(?:\b[A-Z][\w’'.&-]*[A-Za-z]\s[0-9]{1,3}\s?,\s(?:No\.\s?[0-9]{1,2}\s)?"
    r"(?:[A-Z][\w’'.&-]*\s){1,3})$"
)
# "tied the game at 13", "level at 2": the score at a moment of a game.
_TIED_AT_BEFORE_RE = re.compile(
    r"\b(?:tied|ties|tie|tying|knotted|deadlocked|levell?ed)(?:\s+(?:the|a|it|things))?"
    r"(?:\s+(?:game|match|score|contest|series|scores|up))?(?:\s+with\s+[\w\s]{1,30}?)?"
    r"\s+at\s+$",
    re.IGNORECASE,
)


def _listed_after_name(text: str, atom: _Atom, mask: bytearray, before: str) -> bool:
    """Whether digits follow a name's number in a list ("Explorer 8 and 9", "versions 6, 7")."""
    m = _LISTED_AFTER_RE.search(before)
    if m is None or _next_word_is_count_noun(text, atom.end) or _unit_follows(text, atom.end):
        return False
    start = atom.start - len(before) + m.start(1)
    end = atom.start - len(before) + m.end(1)
    value = int(m.group(1))
    if _SPAN_JOINT_RE.search(before) and not value < atom.value:
        return False  # a span of labels goes up ("Weeks 14 - 16"); "Room 204 - 6 died" is none
    previous = _Atom(start=start, end=end, value=value, raw=value, form="digits")
    return _why_excluded(text, previous, mask) == "name"


def _inline_list_number(text: str, atom: _Atom, before: str) -> bool:
    """Whether digits number an item of a list run into a sentence: "1." after a colon or a
    dash, or "N." after "N-1." a little before, each followed by a capitalised word."""
    if not _INLINE_ITEM_AFTER_RE.match(text, atom.end) or atom.value != int(atom.value):
        return False
    if atom.value == 1:
        return _LIST_OPEN_BEFORE_RE.search(before) is not None
    if not 1 < atom.value < 30:
        return False
    lo = max(0, atom.start - 300)
    previous = re.compile(rf"(?<![0-9.,]){int(atom.value) - 1}\.\s+[A-Z]")
    return bool(
        previous.search(text, lo, atom.start) and _LIST_OPENED_RE.search(text, lo, atom.start)
    )


def _model_variant(text: str, atom: _Atom, mask: bytearray, before: str) -> bool:
    """Whether digits after a dash go on a model's number ("Boeing 747-400", "A320-200")."""
    m = _MODEL_VARIANT_BEFORE_RE.search(before)
    if m is None or atom.scaled:
        return False
    start = atom.start - len(before) + m.start(1)
    end = atom.start - len(before) + m.end(1)
    value = int(m.group(1))
    previous = _Atom(start=start, end=end, value=value, raw=value, form="digits")
    return _why_excluded(text, previous, mask) == "name"


# A model's number and its variant's, a round hundred below it ("747-400", "737 - 300",
# "a320-200"): a range or a count never runs downwards, so only a score or a tally could.
_VARIANT_AFTER_RE = re.compile(r"\s?-\s?([1-9]00)(?![0-9.,])")
_VARIANT_BEFORE_RE = re.compile(r"(?<![0-9,.])([1-9][0-9]{2,3})\s?-\s?$")
_TALLY_AFTER_RE = re.compile(
    r"\s?(?:-\s?)?(?:votes?|margin|win|victory|decision|tally|majority|loss|defeat|score)\b",
    re.IGNORECASE,
)


def _descending_variant(text: str, atom: _Atom, before: str) -> bool:
    """Whether digits are a model's number and its variant's, the second a round hundred
    below the first ("747-400"), outside a score or a tally."""
    if atom.scaled or not float(atom.value).is_integer() or atom.form != "digits":
        return False
    after = _VARIANT_AFTER_RE.match(text, atom.end)
    if (
        after
        and 100 <= atom.value < 10_000
        and atom.value % 100
        and int(after.group(1)) < atom.value
    ):
        model_start, variant_end = atom.start, after.end()
    else:
        prior = _VARIANT_BEFORE_RE.search(before)
        if not (prior and atom.value % 100 == 0 and 100 <= atom.value < int(prior.group(1))):
            return False
        if int(prior.group(1)) % 100 == 0:
            return False
        model_start, variant_end = atom.start - len(before) + prior.start(1), atom.end
    if (
        _unit_follows(text, variant_end)
        or SUFFIX_RE.match(text, variant_end)
        or _TALLY_AFTER_RE.match(text, variant_end)
    ):
        return False  # "650-400 dollars", "a 250-200 vote": amounts, a tally
    return not _SCORE_BEFORE_RE.search(text, max(0, model_start - 40), model_start)


def _score_line(text: str, atom: _Atom, before: str) -> bool:
    """Whether digits after a capitalised word are a score beside another's: "Orvel 65,
    Dalby 53"."""
    if atom.scaled or not float(atom.value).is_integer() or atom.value >= 1000:
        return False
    if _next_word_is_count_noun(text, atom.end) or _unit_follows(text, atom.end):
        return False
    if _TIED_AT_BEFORE_RE.search(before):
        # "tied at 13 - 13" is left to the reading of pairs, which takes both numbers
        return not _PAIR_AFTER_RE.match(text, atom.end)
    if not _NAME_WORD_RE.search(before):
        return False
    return bool(_SCORE_LINE_AFTER_RE.match(text, atom.end) or _SCORE_LINE_BEFORE_RE.search(before))


# What a news page prints around a story, not in it: counters of comments and shares ("12
# Comments", "Share 34", "Comments (7)"), photo and page counters ("Photo 3 of 12", "1 of 5",
# "View 24 photos"), reading times and ages of a post ("5 min read", "Updated 3 hours ago").
_COUNTER_WORDS = r"Comments?|Shares?|Likes?|Views?|Replies|Reply|Tweets?|Retweets?|Pins?|Reactions?"
_COUNTER_AFTER_RE = re.compile(rf"\s?(?:{_COUNTER_WORDS})\b")
_COUNTER_BEFORE_RE = re.compile(rf"\b(?:{_COUNTER_WORDS}|Tweet|Share|Email|Print)\s?[(:]?\s?$")
_COUNTER_LINE_END_RE = re.compile(
    r"\s?(?:comments?|shares?|likes?|views?|replies)\s*(?:[|·•]|$)", re.IGNORECASE
)
_PHOTO_OF_BEFORE_RE = re.compile(
    r"\b(?:photos?|images?|pictures?|slides?|pages?|gallery|item)\s+(?:[0-9]{1,3}\s+of\s+)?$",
    re.IGNORECASE,
)
_OF_COUNT_RE = re.compile(r"\s+of\s+[0-9]{1,3}\b")
_COUNTER_OF_HEAD_RE = re.compile(r"\s*[0-9]{1,3}\s+of\s+")
_VIEW_PHOTOS_RE = re.compile(r"\b(?:view|see|browse)(?:\s+all)?\s+$", re.IGNORECASE)
_PHOTOS_AFTER_RE = re.compile(r"\s+(?:photos|images|pictures|slides)\b", re.IGNORECASE)
_READ_TIME_AFTER_RE = re.compile(r"\s?(?:-\s?)?min(?:ute)?s?\.?\s+read\b", re.IGNORECASE)
_LISTEN_BEFORE_RE = re.compile(
    r"\b(?:listen\s+to\s+(?:this\s+)?(?:article|story)|audio(?:\s+length)?)\s*[:|·•]?\s*$",
    re.IGNORECASE,
)
_MINUTES_LINE_END_RE = re.compile(r"\s?(?:min(?:ute)?s?|m)\.?\s*$", re.IGNORECASE)
_POSTED_AGO_RE = re.compile(
    r"\b(?:updated|posted|published|edited|added|modified)\b(?:\s+[\w:]+){0,2}?\s+$",
    re.IGNORECASE,
)
_AGO_AFTER_RE = re.compile(
    r"\s?(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago\b",
    re.IGNORECASE,
)


def _is_furniture(text: str, atom: _Atom, before: str, head: str, tail: str) -> bool:
    """Whether digits are a counter the news page prints around the story (see above)."""
    end = atom.end
    if _COUNTER_AFTER_RE.match(text, end) or _COUNTER_BEFORE_RE.search(before):
        return True
    if _COUNTER_LINE_END_RE.match(tail):
        return True  # "0 comments" ending a line of page furniture
    if _PHOTO_OF_BEFORE_RE.search(before):
        return True  # "Photo 3 of 12", "Page 2 of 3"
    if not head.strip() and _OF_COUNT_RE.match(tail) and len(tail.strip()) < 12:
        return True  # "1 of 5" alone on its line: a slideshow counter
    if _COUNTER_OF_HEAD_RE.fullmatch(head) and not tail.strip():
        return True  # ... and its "5"
    if _VIEW_PHOTOS_RE.search(before) and _PHOTOS_AFTER_RE.match(text, end):
        return True
    if _READ_TIME_AFTER_RE.match(text, end):
        return True
    if _LISTEN_BEFORE_RE.search(before) and _MINUTES_LINE_END_RE.match(tail):
        return True  # "Listen to this article 4 min": the audio's length ends the line
    if _LINK_LINE_HEAD_RE.match(head):
        return True  # "Read more: 5 things to know about the crash": a link to another story
    return bool(_POSTED_AGO_RE.search(before) and _AGO_AFTER_RE.match(text, end))


# A line that links to another story: "Read more:", "RELATED:", "See also -".
_LINK_LINE_HEAD_RE = re.compile(
    r"\s*(?:read\s+more|related(?:\s+(?:story|stories|article|coverage))?|see\s+also|"
    r"also\s+read|more\s+on\s+this|recommended|watch|listen)\s*[:|>»–-]",
    re.IGNORECASE,
)


def _age_after_death_or_now(text: str, atom: _Atom, before: str, after: str) -> bool:
    """Whether the number is an age at death ("died at 91") or now (", now 16,")."""
    if atom.scaled or not float(atom.value).is_integer() or not 0 < atom.value < 120:
        return False
    if _next_word_is_count_noun(text, atom.end) or _unit_follows(text, atom.end):
        return False  # "died at 3 hospitals", "dead at 10 sites"
    if _DIED_AT_BEFORE_RE.search(before) and not _TOLL_AT_BEFORE_RE.search(before):
        return True
    if _TURNED_BEFORE_RE.search(before):
        return True
    if _LIFE_EVENT_AT_BEFORE_RE.search(before):
        return True  # "he retired at 60 with $1 million"
    if _WILL_BE_BEFORE_RE.search(before) and _ON_DAY_AFTER_RE.match(after):
        return True  # "He will be 29 in April."
    if _ANY_WILL_BE_BEFORE_RE.search(before) and _ON_MONTH_AFTER_RE.match(after):
        return True  # "The first baseman will be 29 on April 11": a birthday
    if _WHEN_WAS_BEFORE_RE.search(before):
        return True  # "a pilot since he was 5"
    if _PERSON_IS_BEFORE_RE.search(before) and (
        _SENTENCE_END_AFTER_RE.match(after)
        or _AND_CLAUSE_AFTER_RE.match(after)
        or not after.strip()
    ):
        return True  # "i'm 25 and have 10 000 euros", "My son is 12."
    if _WHO_IS_NOW_BEFORE_RE.search(before) and _AGE_APPOSITION_AFTER_RE.match(after):
        return True  # "The woman, who is now 36, cannot be named"
    if _SHE_WAS_BEFORE_RE.search(before) and (
        _SENTENCE_END_AFTER_RE.match(after) or _AT_THE_TIME_AFTER_RE.match(after)
    ):
        return True  # "She was 85." closing an obituary's sentence; "He was 17 at the time"
    if _COMMA_AT_BEFORE_RE.search(before) and after[:1] == ",":
        return True  # "she believed that, at 34, her days ..."
    if after[:1] == "," and _WHO_IS_BEFORE_RE.search(before):
        return True  # "Bizianis, who is 61, said"; "The pair, both 19, were"
    return bool(_NOW_AGE_BEFORE_RE.search(before) and _AGE_APPOSITION_AFTER_RE.match(after))


def _is_margin(text: str, atom: _Atom) -> bool:
    """Whether the atom is a figure's margin of error or tolerance ("3 points, plus or minus 6",
    "45% (+/- 3.1)", "25 mm +/- 2 mm"), not a poll's margin named as such."""
    if atom.form not in ("digits", "word"):
        return False
    at = atom.start + 1 if text[atom.start] in "-−–" else atom.start
    head = text[max(0, at - 60) : at]
    sign = _MARGIN_SIGN_BEFORE_RE.search(head)
    return sign is not None and not _MARGIN_NAMED_BEFORE_RE.search(head, 0, sign.start())


def _names_thing(before: str) -> bool:
    """Whether a thing's singular noun, not counted by a determiner, ends ``before``."""
    m = _THING_LABEL_BEFORE_RE.search(before)
    return m is not None and not _COUNTING_DETERMINER_END_RE.search(before, 0, m.start())


# A list's mark in a bracket, followed by the item's first word: "1) buy milk", "(2) a fee"
_BRACKET_MARK_AFTER_RE = re.compile(r"\)\s+[A-Za-z]")
_OPEN_MARK_BEFORE_RE = re.compile(r"(?:^|[:;])\s*\($")
_MARK_BEFORE_RE = re.compile(r"(?:^|\s)$")


def _bracket_list_mark(text: str, atom: _Atom, head: str) -> bool:
    """Whether small digits are a list's mark in a bracket, the bracket opening nothing else
    on the line ("1) buy milk for $2 2) buy eggs"; "(up 5) shares" closes a remark)."""
    if atom.form != "digits" or atom.scaled or not 0 < atom.value <= 30:
        return False
    if not float(atom.value).is_integer() or not _BRACKET_MARK_AFTER_RE.match(text, atom.end):
        return False
    if head.endswith("("):
        return _OPEN_MARK_BEFORE_RE.search(head) is not None  # "(1)" opening a line or a list
    # "N)" after a space, no bracket left open before it on the line
    return _MARK_BEFORE_RE.search(head) is not None and head.count("(") <= head.count(")")


def _is_label_number(text: str, atom: _Atom, before: str) -> bool:
    """Whether digits label a thing ("Route 66", "exit 436", "no. 1", "the 486 is")."""
    if atom.scaled or "," in text[atom.start : atom.end]:
        return False
    pair = _PAIR_AFTER_DIGITS_RE.match(text, atom.end)
    if (
        pair
        and int(pair.group(1)) <= atom.value
        and _SCORE_BEFORE_RE.search(text, max(0, atom.start - 40), atom.start)
    ):
        return False  # "won the match 2-1", "leads the series 3-2": a score, read as one
    if (
        _LAW_LABEL_BEFORE_RE.search(before)
        or (_RANK_LABEL_BEFORE_RE.search(before) and atom.value < 100)
        or _LAW_LIST_BEFORE_RE.search(before)
        or (_LAW_ONE_LIST_BEFORE_RE.search(before) and not _PLURAL_AFTER_RE.match(text, atom.end))
    ):
        # "Section 230 protects", "Schedule 1 drugs", "Sections 3 and 4": a capitalised part
        # of a law names it, whatever word follows
        return True
    if (
        _CODE_NAMED_BEFORE_RE.search(before)
        and not _next_word_is_count_noun(text, atom.end)
        and not _unit_follows(text, atom.end)
    ):
        return True  # "zip code is 98052", "the password is 1234" ("a pin of 4 digits" counts)
    if _next_word_is_count_noun(text, atom.end):
        # "Section 7 of the Act", "page 20 of the report": a label of a part of a whole;
        # "flight 370 tickets": what a thing named by its number has
        if _OF_AFTER_RE.match(text, atom.end):
            return bool(_LABEL_BEFORE_RE.search(before))
        return _names_thing(before) and not _unit_follows(text, atom.end)
    if _unit_follows(text, atom.end):
        return False  # "a line 5 km long": a measure
    if _LABEL_BEFORE_RE.search(before):
        return True
    return (
        atom.value != 1
        and _DETERMINER_BEFORE_RE.search(before) is not None
        and _SINGULAR_VERB_AFTER_RE.match(text, atom.end) is not None
    )


# A capitalised word after a determiner and before a number is a name the number is part of.
_ATTRIBUTIVE_NAME_BEFORE_RE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|own)\s+[A-Z][a-z]+[ \u00a0]$"
)
_NAME_BEFORE_MONTH_RE = re.compile(r"\b([A-Z][a-z]+)\s[A-Z][a-z]+\s?,\s$")
_WEEKDAY_RE = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|early|late|mid|last|next|this|every|each"
)
_MONTH_NAME_RE = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)


def _unit_follows(text: str, end: int) -> bool:
    """Whether a unit of measure or a duration follows ``end``."""
    return bool(_DURATION_RE.match(text, end) or any(p.match(text, end) for p, _, _ in _UNIT_AFTER))


_RANGE_END_AFTER_RE = re.compile(r"\s?(?:-|–|to)\s?-?[0-9]+(?:\.[0-9]+)?")


# A word of harm right after a number: the people it befell, counted ("2 dead, 3 hurt")
_TOLL_AFTER_RE = re.compile(
    r"\s+(?:dead|killed|injured|hurt|wounded|missing|die|dies|died|feared\s+dead)\b",
    re.IGNORECASE,
)


def _is_name_number(text: str, atom: _Atom, before: str) -> bool:
    """Whether digits after a capitalised word are part of a name ("Raqqa 24", "iPhone 4")."""
    if atom.scaled or "," in text[atom.start : atom.end]:
        return False
    m = _NAME_WORD_RE.search(before)
    if not m:
        return False
    word = m.group(1).rstrip(".").lower()
    if word in _CAPITALISED_NOT_NAME or _POSSESSIVE_END_RE.search(word):
        return False  # "the Hawks' 88-72 win", "Peru's 33 regions": what a name has
    if _unit_follows(text, atom.end) or SUFFIX_RE.match(text, atom.end):
        return False  # "Syria 2 km²", "It Costs 5 Dollars": a measure or an amount, no name
    pair = _RANGE_END_AFTER_RE.match(text, atom.end)
    if pair and _unit_follows(text, pair.end()):
        return False  # "Expect 10-20°C": the first end of a range, its unit after the second
    if _title_case_line(text, atom) and not (word.isalpha() and m.group(1).isupper()):
        return False  # a headline capitalises every word: "Quake Kills 10; 80 Hurt"
    if _TOLL_AFTER_RE.match(text, atom.end):
        return False  # "Kalamazoo Township 2 dead", "Queens Crash 1 Dead": a toll after a place
    if _PRODUCT_USERS_AFTER_RE.match(text, atom.end):
        return True  # "Windows 10 users": the product's users, not ten of them
    if (
        _ATTRIBUTIVE_NAME_BEFORE_RE.search(before)
        and not _MONTH_NAME_RE.fullmatch(word)
        and not _WEEKDAY_RE.fullmatch(word)
    ):
        return True  # "its own Falcon 9 rockets", "the Apollo 11 crew": a name before a noun
    if _PRODUCT_VERB_AFTER_RE.match(text, atom.end):
        return True  # "the iPhone 15 costs $799": the product's verb, no plural it counts
    # A count after a proper noun is rare ("Tuesday 40 people"); accept it only when a
    # countable noun follows, otherwise the number most likely belongs to the name.
    return not _next_word_is_count_noun(text, atom.end)


# One adverb between a product's number and its verb: "the xbox 360 now costs"
_VERB_ADVERB_AFTER_RE = re.compile(r"\s+(?:now|still|only|also|already|just|usually|often)(?=\s)")
# The verbs a product's name takes in the present that read like plural nouns: "costs",
# "sells", "ships" ("India 250 runs" keeps a cricket side's count)
_PRODUCT_VERB_AFTER_RE = re.compile(
    r"\s+(?:costs|sells|retails|ships|offers|features|boasts|packs|weighs|measures|launches|"
    r"arrives|comes|starts|supports|includes|uses)\b"
)


def _product_line_before(before: str) -> bool:
    """Whether a product line's words end ``before``, in copy without capitals: "the mazda
    626", "the galaxy tab 8", "windows 10" opening a sentence (never a word that counts)."""
    if _DETERMINER_AND_WORD_BEFORE_RE.search(before):
        return True
    if _DETERMINER_AND_WORDS_BEFORE_RE.search(before):
        return True
    opening = _OPENING_WORD_BEFORE_RE.search(before)
    return opening is not None and opening.group(1) not in _CAPITALISED_NOT_NAME


def _singular_verb_after(text: str, end: int) -> bool:
    """Whether a singular verb follows a number (past a model's variant: "15 pro starts", and
    one adverb: "360 now costs")."""
    suffix = _LOWER_MODEL_SUFFIX_RE.match(text, end)
    at = suffix.end() if suffix else end
    adverb = _VERB_ADVERB_AFTER_RE.match(text, at)
    at = adverb.end() if adverb else at  # "the xbox 360 now costs": past one adverb
    return bool(
        _SINGULAR_VERB_AFTER_RE.match(text, at)
        or _PRODUCT_VERB_AFTER_RE.match(text, at)
        or _MODEL_VERB_AFTER_RE.match(text, at)
    )


def _is_name_words(text: str, atom: _Atom, before: str) -> bool:
    """Whether a capitalised number word inside a name ("Ford Five Hundred", "Big Three")."""
    if not text[atom.start].isupper() or _SENTENCE_START_RE.search(before):
        return False
    m = _NAME_WORD_RE.search(before)
    if not m or m.group(1).rstrip(".").lower() in _CAPITALISED_NOT_NAME:
        return False
    if _title_case_line(text, atom) and (
        m.group(1).lower() in HEADLINE_VERBS
        or (
            (m.group(1).endswith("s") or _HEADLINE_PLURAL_SUBJECT_RE.search(before))
            and _HEADLINE_PLURAL_AFTER_RE.match(text, atom.end)
        )
    ):
        # "Gunman Kills Two At Party", "Navy Seizes Three Pirate Boats": a headline's verb
        # and its count; a plural subject's verb has no "-s" ("Rioters Torch Three Police
        # Cars"), the plural before it says the word is its verb
        return False
    if _title_case_line(text, atom) and _MULTIPLE_KILLING_RE.match(text, atom.start):
        # "Trial Set For Dalby Double Murder Accused": a headline capitalises the place
        # before the killing it counts, which names no "Dalby Double"
        return False
    if _title_case_line(text, atom) and _HEADLINE_UNIT_COMPOUND_RE.match(text, atom.end):
        # "Tallis Signs Eight-Year Deal", "Port Shut By Three-Day Strike": a headline
        # capitalises a count hyphened to its unit, which names nothing
        return False
    word = m.group(1).rstrip(".")
    if (
        not _title_case_line(text, atom)
        and not word.isupper()
        and not _MONTH_NAME_RE.fullmatch(word.lower())
        and not _WEEKDAY_RE.fullmatch(word.lower())
    ):
        # in running text a count in words is lower case: "the Big Three automakers" is a name
        # before a noun
        return True
    return not _next_word_is_count_noun(text, atom.end)


# A unit of time or length hyphened to a count in words: "Eight-Year", "Three - Day"
_HEADLINE_UNIT_COMPOUND_RE = re.compile(
    r"\s?-\s?(?:second|minute|hour|day|night|week|month|year|decade|mile|foot|metre|meter|"
    r"kilometre|kilometer)s?\b(?!\s?-\s?old)",
    re.IGNORECASE,
)
# A headline's plural subject and its verb before a count: "Rioters Torch", "Floods Kill".
_HEADLINE_PLURAL_SUBJECT_RE = re.compile(r"(?:^|\s)[A-Z][a-z-]*[a-rt-z]s\s+[A-Z][a-z-]+\s$")
_HEADLINE_PLURAL_AFTER_RE = re.compile(r"(?:\s+[A-Z][a-z-]+){0,2}?\s+[A-Z][a-z-]+s\b")
HEADLINE_VERBS = frozenset(
    {"kills", "killed", "injures", "wounds", "hurts", "leaves", "claims", "arrests", "rescues"}
)
"""Verbs a headline puts before the count it reports ("Gunman Kills Two", "Blast Leaves
Three"): a capitalised word so placed is no name the number belongs to."""


def _title_case_line(text: str, atom: _Atom) -> bool:
    """Whether the atom's line capitalises most of its longer words, as headlines do."""
    return in_headline(text, atom.start, atom.end)


def in_headline(text: str, start: int, end: int) -> bool:
    """Whether [start, end) sits on a line that capitalises most of its longer words, as
    headlines do ("Worker Kills 2 in Plant Shooting"). A line running more than 200
    characters either side of it is no headline, and is not read through: a report set in
    one long line would otherwise be read whole for each of its numbers."""
    begin = text.rfind("\n", max(0, start - 200), start)
    if begin < 0 and start > 200:
        return False
    stop = text.find("\n", end, end + 200)
    if stop < 0:
        if len(text) - end > 200:
            return False
        stop = len(text)
    words = _LONG_WORD_RE.findall(text, begin + 1, stop)
    capitalised = sum(1 for w in words if w[0].isupper())
    return len(words) >= 3 and capitalised >= 0.7 * len(words)


_LONG_WORD_RE = re.compile(r"\b[A-Za-z]{4,}\b")


# "a deal between the two companies", "the two sides met": the two parties of a relation,
# named before, referred back to; no count is reported.
_BETWEEN_THE_BEFORE_RE = re.compile(r"\bbetween\s+(?:the|both)\s+$", re.IGNORECASE)
_THE_BEFORE_TWO_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_PARTIES_AFTER_RE = re.compile(
    r"\s+(?:companies|firms|countries|nations|sides|parties|brands|governments|carmakers|"
    r"automakers|groups|camps|neighbours|neighbors|rivals|allies)\b",
    re.IGNORECASE,
)


def _is_parties_two(text: str, atom: _Atom, before: str) -> bool:
    """Whether "two" names the two parties of a relation ("between the two companies")."""
    if text[atom.start : atom.end].lower() != "two":
        return False
    if _BETWEEN_THE_BEFORE_RE.search(before):
        return True
    return bool(_THE_BEFORE_TWO_RE.search(before) and _PARTIES_AFTER_RE.match(text, atom.end))


_SPACED_UNIT_COMPOUND_RE = re.compile(
    r" - (?:second|minute|hour|day|night|week|month|year|decade)\b(?! - )", re.IGNORECASE
)


def _is_pronoun_one(text: str, atom: _Atom, before: str) -> bool:
    """Whether a bare "one" is a pronoun ("no one", "one of the", "the one who")."""
    if text[atom.start : atom.end].lower() != "one":
        return False
    if text.startswith("-", atom.end) or _SPACED_UNIT_COMPOUND_RE.match(text, atom.end):
        # "a narrow one-seat majority": a count in a compound; "the one - day trial": a
        # compound as tokenized copy spaces its hyphen, before a unit of time
        return False
    if _ONE_OF_VICTIMS_RE.match(text, atom.end):
        return False  # "one of the dead was a child": one person of a toll, a figure
    if _ONE_OF_THEM_RE.match(text, atom.end) and _COUNT_BEFORE_RE.search(before):
        return False  # "Three died, one of them a child": one of the count just given
    return bool(_ONE_BEFORE_RE.search(before) or _ONE_AFTER_RE.match(text, atom.end))


# "one of the dead", "one of the female victims" (not "one of the victims' families"): one
# person of a toll.
_ONE_OF_VICTIMS_RE = re.compile(
    r"\s+of\s+(?:the|those)\s+(?:[a-z-]+\s+)?(?:dead|victims|killed|injured|wounded|"
    r"casualties|bodies|hostages|survivors|fatalities|missing|escapees|fugitives)\b(?![’'])"
    # "one of the two men", "one of the 12 miners": one of a count just given, of people
    r"|\s+of\s+(?:the|those)\s+(?:two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,3})\s+"
    r"(?:[a-z-]+\s+)?(?:men|women|people|children|boys|girls|inmates|prisoners|suspects|"
    r"gunmen|attackers|miners|workers|employees|passengers|crew|soldiers|officers|"
    r"climbers|students|teenagers|victims|escapees)\b(?![’'])",
    re.IGNORECASE,
)
_ONE_OF_THEM_RE = re.compile(r"\s+of\s+them\b", re.IGNORECASE)
# A count earlier in the clause: digits, or a number word from two up.
_COUNT_BEFORE_RE = re.compile(
    r"(?:\b(?!(?:1[89]|20)[0-9]{2}\b)[0-9][0-9,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens?|hundreds?|thousands?)\b)[^.;:!?]{0,60}$",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------------------------
# Assembling a quantity: range, currency, unit, hedge.

_HEDGES: tuple[tuple[str, Hedge], ...] = (
    (r"no\s+(?:more|greater)\s+than", "at_most"),
    (r"not\s+(?:more|greater)\s+than", "at_most"),
    (r"no\s+(?:fewer|less)\s+than", "at_least"),
    (r"not\s+(?:fewer|less)\s+than", "at_least"),
    # "well over 50", "a little under $3m": a word of how far past the bound stays with it
    (
        r"(?:just|well|far|way|much|little|slightly|comfortably|considerably|substantially|"
        r"significantly|a\s+(?:little|bit))\s+(?:over|above|more\s+than|in\s+excess\s+of)",
        "at_least",
    ),
    (
        r"(?:just|well|far|way|much|little|slightly|comfortably|considerably|substantially|"
        r"significantly|a\s+(?:little|bit))\s+(?:under|below|less\s+than|fewer\s+than)",
        "at_most",
    ),
    # "north of $5 million", "just shy of 2,000": a value above or below the one given
    (r"(?:just\s+|well\s+)?north\s+of", "at_least"),
    (r"(?:just\s+|a\s+(?:little|bit)\s+)?shy\s+of|just\s+short\s+of", "at_most"),
    (r"at\s+(?:the\s+(?:very\s+)?least|(?:a\s+)?minimum)", "at_least"),
    (r"at\s+least", "at_least"),
    # the low end of an estimate, as "as many as" is its high end
    (r"as\s+(?:few|little|low)\s+as", "at_least"),
    (r"more\s+or\s+less|give\s+or\s+take", "about"),
    # an estimate said with doubt: "perhaps 300 died"
    (r"perhaps|possibly|probably|maybe", "about"),
    (r"more\s+than", "at_least"),
    (r"greater\s+than", "at_least"),
    (r"in\s+excess\s+of", "at_least"),
    (r"upwards?\s+of", "at_least"),
    (r"a\s+minimum\s+of", "at_least"),
    (r"over", "at_least"),
    (r"above", "at_least"),
    # "up to 8,000" is a bound; "the toll has gone up to 31" tells a rise to 31, no bound
    (r"(?<!\bgone\s)(?<!\bwent\s)(?<!\bgoes\s)(?<!\bshot\s)(?<!\bmoved\s)up\s+to", "at_most"),
    (r"as\s+many\s+as", "at_most"),
    (r"as\s+much\s+as", "at_most"),
    (r"at\s+most", "at_most"),
    (r"a\s+maximum\s+of", "at_most"),
    (r"fewer\s+than", "at_most"),
    (r"less\s+than", "at_most"),
    (r"under", "at_most"),
    (r"below", "at_most"),
    (r"about", "about"),
    (r"around", "about"),
    (r"approximately", "about"),
    (r"(?:an\s+)?approximate", "about"),
    (r"approx\.", "about"),
    (r"roughly", "about"),
    (r"some", "about"),
    (r"nearly", "about"),
    (r"near", "about"),
    (r"almost", "about"),
    (r"close\s+to", "about"),
    (r"(?:in|on)\s+the\s+(?:region|neighbou?rhood|order|vicinity)\s+of", "about"),
    (r"an\s+estimated", "about"),
    (r"estimated", "about"),
    (r"circa", "about"),
    # Malay and Indonesian: "lebih 1,000 orang", "sekurang-kurangnya 114", "kira-kira 140,000"
    (r"sekurang-kurangnya|setidak-tidaknya|setidaknya|sekurangnya", "at_least"),
    (r"lebih\s+(?:daripada|dari)|lebih", "at_least"),
    (r"kurang\s+(?:daripada|dari)", "at_most"),
    (r"kira-kira|lebih\s+kurang|kurang\s+lebih|sekitar|hampir|anggaran", "about"),
)
_HEDGE_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<h{i}>{p})" for i, (p, _) in enumerate(_HEDGES)) + r")\s+$",
    re.IGNORECASE,
)
_HEDGE_AFTER_RE = re.compile(
    r"(?:\s+or\s+(?P<more>more|over|above)\b|\s+or\s+(?P<less>fewer|less|under)\b"
    r"|\s+or\s+(?P<so>so)\b|(?P<plus>\+|-plus\b)(?![0-9])"
    # "the toll stands at 1,000 plus.": a spaced "plus" ending its clause
    r"|\s+(?P<spaced_plus>plus)(?=\s*(?:[.,;:!?)]|$)))",
    re.IGNORECASE,
)
_PREFIX_END_RE = re.compile(rf"(?:{PREFIX})\s?(?=[0-9])")
# The same pattern without its hundred named groups, to search with (the same matches): at
# each character tried the engine has no groups to fill, which halves the search; the one
# match kept is read again with its groups.
_PREFIX_END_FIND_RE = re.compile(re.sub(r"\(\?P<p\d+>", "(?:", _PREFIX_END_RE.pattern))
_SCALED_AMOUNT_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)?\s?(?:bn|billion|m|mn|million)\b")
_PENCE_AMOUNT_RE = re.compile(r"[0-9]{1,4}\.[0-9]{2}(?![0-9.])")
_ONE_DIGIT_RE = re.compile(r"[0-9](?![0-9]|[.,][0-9]|\s?(?:m|bn|k|million|billion)\b)")


def _currency_before(text: str, lo: int, at: int) -> re.Match[str] | None:
    """The currency sign or code that ends right where a number starts at ``at``."""
    if not "0" <= text[at : at + 1] <= "9":
        return None  # a sign or code is only ever read before digits
    m = _prefix_ending(text, max(lo, at - 8), at)
    if m is not None and m.group().strip() in LETTER_SIGNS and not RAND_AMOUNT_RE.match(text, at):
        return None  # "R2", "N95" are a name's; "R18.00", "R5 million", "Sh5 million" are money
    if m is not None and m.group() == "e" and not _SCALED_AMOUNT_RE.match(text, at):
        return None  # "e3" is a name's; "e75m", "e80 million" are euros an encoding lost
    if m is not None and m.group().strip() == "#" and not _PENCE_AMOUNT_RE.match(text, at):
        return None  # "#1", "# 3" are numbers and ranks; "# 7.99" is pounds and pence
    if (
        m is not None
        and m.group() == "PS"
        and _ONE_DIGIT_RE.match(text, at)
        and (
            not PAYING_RE.search(text, max(0, m.start() - 50), m.start())
            or _ARTICLE_BEFORE_RE.search(text, max(0, m.start() - 8), m.start())
        )
    ):
        # "a PS4 console", "bought a PS5" are a model; "PS50", "PS6m", "cost PS5" are pounds
        # a £ lost
        return None
    return m


@lru_cache(maxsize=64)
def _prefix_ending(text: str, start: int, at: int) -> re.Match[str] | None:
    """``_currency_before`` searched from ``start``: each number of a line asks it several times."""
    for m in _PREFIX_END_FIND_RE.finditer(text, start, at + 1):
        if m.end() == at:
            return _PREFIX_END_RE.match(text, m.start(), at + 1)
    return None


_CURRENCY_SIGN = rf"(?:{PREFIX})"
_RANGE_JOIN_RE = re.compile(
    # "a 24- to 30-foot boat": the first end's hyphen waits for the unit the second end takes
    r"\s*(?:%|\s?per\s?cent|\s?percent)?\s*(?P<dash>[-–]\s*(?=(?:to|or|and)\b))?"
    # "20~25 degrees": a tilde between two numbers, as East Asian copy writes a range
    r"(?P<join>-|–|—|‒|‑|[~〜～]|\bto\b|\band\b|\bor\b|\bhingga\b)\s*"
    rf"(?:{_CURRENCY_SIGN}\s?)?$",
    re.IGNORECASE,
)
_TO_BETWEEN_RE = re.compile(r"\s+to\s+")
_CJK_PER_HOUR_BEFORE_RE = re.compile(r"(?:每小时|每小時|时速|時速)\s?$")
_RANGE_OPEN_RE = re.compile(rf"\b(?P<open>between|from)\s+(?:{_CURRENCY_SIGN}\s?)?$", re.IGNORECASE)
_CHANGE_VERB_RE = re.compile(
    r"\b(?:rose|risen|rising|rises|rise|increase[sd]?|increasing|fell|fallen|falling|falls|"
    r"dropped|dropping|drops|declined?|declining|grew|grown|growing|jumped|jumping|climbed|"
    r"climbing|went|gone|going|reduce[sd]?|reducing|cuts?|cutting|raise[sd]?|raising|soared|"
    r"plunged|surged|doubled|tripled|shrank|swelled|revised|updated|changed|moved|"
    # a verb that changes a number someone sets: "raise the number of seats from 65 to 125"
    r"expand(?:s|ed|ing)?|boost(?:s|ed|ing)?|lower(?:s|ed|ing)|decrease[sd]?|decreasing|"
    r"hike[sd]?|hiking|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|extend(?:s|ed|ing)?|"
    r"widen(?:s|ed|ing)?|enlarge[sd]?|enlarging)\b"
    # up to ten words between, the object with its phrases ("raise the number of seats in
    # the Orvel council from 65 to 125"), never across a sentence's end
    r"(?:\s+(?!\S*[.!?]\s+(?-i:[A-Z\"\u201c]))\S+){0,10}\s+$",
    re.IGNORECASE,
)
# The words from "from" on to a change's new value: "from 65 to 125", "from 65 seats to 125",
# "from about 40 to". The hedge words a value may take before it.
_CHANGE_HEDGE = (
    r"(?:(?:about|around|some|nearly|almost|roughly|just|only|at\s+least|over|under)\s+)*"
)
_CHANGED_FROM_RE = re.compile(rf"\bfrom\s+{_CHANGE_HEDGE}(?:{_CURRENCY_SIGN}\s?)?$", re.IGNORECASE)
_CHANGED_TO_RE = re.compile(
    rf"\s*(?:%|percent|per\s*cent)?(?:\s+[a-z]+){{0,2}}?\s+to\s+{_CHANGE_HEDGE}(?:{_CURRENCY_SIGN}\s?)?[0-9]",
    re.IGNORECASE,
)


def change_from(text: str, start: int, end: int) -> bool:
    """Whether the number from ``start`` to ``end`` is the old value of a change told "from X
    to Y" after a verb of change ("raise the number of seats from 65 to 125", "cut the staff
    from 400 to 250"): the quantity as it stood before the change, not the one now."""
    opener = _CHANGED_FROM_RE.search(text, max(0, start - 30), start)
    if opener is None or _CHANGED_TO_RE.match(text, end) is None:
        return False
    return _CHANGE_VERB_RE.search(text, max(0, opener.start() - 80), opener.start()) is not None


# A verb of change right before a number, or its currency sign ("fell 1 1/4", "rose by 12",
# "rose $ 1.25 to $ 45.50"): what follows "to" is the level reached.
_CHANGE_RIGHT_BEFORE_RE = re.compile(
    r"(?:\b(?:rose|rises|fell|falls|dropped|drops|declined|declines|gained|gains|lost|loses|"
    r"climbed|climbs|jumped|jumps|slipped|slips|slid|eased|eases|added|advanced|retreated|"
    r"increased|decreased|grew|shed|tumbled|plunged|soared|surged|rallied|(?:was|were|is|are)\s+"
    r"(?:up|down))"
    # ... or "up" and "down" set off as a market report sets them: "shares, up 1/8 to 20 1/2"
    r"|(?:^|[,;:(])\s*(?:up|down))(?:\s+by)?\s+(?:(?:US|[A-Z]{1,2})?\$\s?|[€£¥]\s?)?$",
    re.IGNORECASE,
)
_BY_BEFORE_RE = re.compile(r"\bby\s+$", re.IGNORECASE)
# Verbs of passing a mark say the number is a floor: "surpassed 1,500", "topped 100".
_PASSED_BEFORE_RE = re.compile(
    r"\b(?:surpass(?:ed|es|ing)?|top(?:ped|s|ping)|(?<=[a-z]\s)(?<!\bthe\s)(?<!\ba\s)top|exceed(?:ed|s|ing)?|pass(?:ed|es|ing)?|"
    r"cross(?:ed|es|ing)|"
    r"(?:rose|climbed|went|pushed|crept|edged|risen|climbing|rising)\s+(?:past|above|beyond))"
    r"(?:\s+the)?\s+$",
    re.IGNORECASE,
)
# Verbs of coming close to a mark say the number is about that: "neared 50", "approaching
# 100" (as "nearly 50" does).
_NEARED_BEFORE_RE = re.compile(
    r"\b(?:near(?:ed|s|ing)|approach(?:ed|es|ing))(?:\s+the)?\s+$", re.IGNORECASE
)
# "topped the 1,000 mark": the mark after the number
_MARK_AFTER_RE = re.compile(r"\s+(?:mark|threshold|barrier|milestone|level)\b", re.IGNORECASE)


def _a_mark(text: str, verb: re.Match[str], end: int, *, new_verb: bool) -> bool:
    """Whether the number after a verb of passing or nearing is the mark passed: after "the",
    only with a word of a mark ("topped the 1,000 mark", not "crossed the 3 rivers"); after
    "crossed", "neared" or "approached", never before what it counts ("approached 3 women")."""
    if verb.group().rstrip().lower().endswith(" the") and not _MARK_AFTER_RE.match(text, end):
        return False
    return not (new_verb and _next_word_is_count_noun(text, end))


def _unit_named(symbol: str, name: str) -> re.Pattern[str]:
    """A unit after a number by its symbol, in its case ("2.4GHz", "230 V"), or in small
    letters glued to the digits as product copy writes it ("a 3ghz chip", "220v"), or its
    name in any case ("50 hertz", "a 400-kilovolt line")."""
    return re.compile(
        rf"(?<=[0-9])(?-i:{symbol.lower()})(?![A-Za-z0-9'’-])|"
        rf"(?:\s?|\s?-\s?)(?:(?-i:{symbol})(?![A-Za-z0-9'’-])|(?i:{name})\b)",
        re.IGNORECASE,
    )


def _cubic(word: str, short: str) -> re.Pattern[str]:
    """A cubic unit after a number: "cubic <word>" spelled out, or "<short>3", "<short>³",
    "<short>^3" written with its power."""
    return re.compile(
        rf"(?:\s+|\s?-\s?)cubic\s?-?\s?(?:{word})\b|\s?(?:{short})(?:3\b|³|\^3(?![0-9]))",
        re.IGNORECASE,
    )


# The scales' names as they are spelled, and misspelled: "celcius", "centigrate", "farenhiet"
_CELSIUS = r"celsius|celcius|celsious|celcious|centigrade|centigrate|centrigrade"
_FAHRENHEIT = r"fahrenheit|farenheit|fahrenhiet|farenhiet|faranheit|farenheight|fahreinheit"
_RACE_K_RE = re.compile(
    r"(?-i:[Kk])(?=\s+(?:races?|run|walks?|fun\s+runs?|road\s+races?|charity\s+runs?)\b)",
    re.IGNORECASE,
)
_UNIT_AFTER: tuple[tuple[re.Pattern[str], Kind, str], ...] = (
    # "15pc", as the British press writes it, only glued to the number
    (
        re.compile(
            r"\s?(?:%|％|per\s?cent\b|percent\b|pct\b|persen\b|peratus\b)|pc\b"
            # hyphened before a noun: "a 49-percent stake", "rose 5-per-cent"
            r"|\s?-\s?(?:per[\s-]?cent|percent)\b",
            re.IGNORECASE,
        ),
        "percent",
        "percent",
    ),
    (
        # "3 percentage points", and hyphened before a noun: "a three-percentage-point margin"
        re.compile(r"\s+percentage\s+points?\b|\s?-\s?percentage\s?-\s?point\b", re.IGNORECASE),
        "percent",
        "percentage_point",
    ),
    # a hundredth of a percentage point, as rates are moved: "75 basis points", "25bp"
    (
        re.compile(r"\s?(?:bps?\b|-?\s?basis[\s-]points?\b)", re.IGNORECASE),
        "percent",
        "basis_point",
    ),
    # Chinese units after the number: "200平方米", "56厘米", "220公里", "30公斤"
    (re.compile(r"\s?(?:平方公里|平方千米)"), "area", "km2"),
    (re.compile(r"\s?平方米"), "area", "m2"),
    (re.compile(r"\s?公顷"), "area", "ha"),
    (re.compile(r"\s?(?:公里|千米)"), "length", "km"),
    (re.compile(r"\s?厘米"), "length", "cm"),
    (re.compile(r"\s?毫米"), "length", "mm"),
    (re.compile(r"\s?米(?![饭粉])"), "length", "m"),
    (re.compile(r"\s?(?:公斤|千克)"), "mass", "kg"),
    (re.compile(r"\s?公吨|\s?吨"), "mass", "t"),
    # "a 15-point lead", "a 30 - point margin": a poll's gap in percentage points
    (
        re.compile(
            r"\s?-\s?point(?=\s+(?:lead|margin|gap|edge|advantage|deficit|swing)s?\b)",
            re.IGNORECASE,
        ),
        "percent",
        "percentage_point",
    ),
    # cubic units, each its own: "3 cubic metres", "3 m3", "3 m³", "0.9 trillion cubic feet"
    (_cubic(r"met(?:re|er)s?", r"m"), "volume", "m3"),
    (_cubic(r"centimet(?:re|er)s?", r"cm"), "volume", "cm3"),
    (re.compile(r"\s?cc\b"), "volume", "cm3"),  # "a 125 cc engine", "125cc"
    (_cubic(r"kilomet(?:re|er)s?", r"km"), "volume", "km3"),
    (_cubic(r"f(?:ee|oo)t", r"ft"), "volume", "ft3"),
    (re.compile(r"\s+cu\.?\s?ft\b", re.IGNORECASE), "volume", "ft3"),
    (re.compile(r"\s+cu\.?\s?m\b", re.IGNORECASE), "volume", "m3"),
    (_cubic(r"inch(?:es)?", r"in"), "volume", "in3"),
    (_cubic(r"yards?", r"yds?"), "volume", "yd3"),
    (_cubic(r"miles?", r"mi"), "volume", "mi3"),
    # metric tonnes as trade copy abbreviates them: "12 MT of rice"
    (re.compile(r"\s?(?-i:MT)\b"), "mass", "t"),
    # "2 ft²", "2 ft^2", "5 km^2": a square unit written with its power
    (re.compile(r"\s?(?:km\^2)(?![0-9])", re.IGNORECASE), "area", "km2"),
    (re.compile(r"\s?(?:m\^2)(?![0-9])", re.IGNORECASE), "area", "m2"),
    (re.compile(r"\s?(?:ft²|ft2\b|ft\^2(?![0-9]))", re.IGNORECASE), "area", "ft2"),
    (
        re.compile(
            r"\s?(?:km²|km2\b|sq\.?\s?km\b|square\s+kilomet(?:re|er)s?\b|square\s+kms?\b|"
            r"\s?-\s?square\s?-\s?kilomet(?:re|er)s?\b)",
            re.IGNORECASE,
        ),
        "area",
        "km2",
    ),
    (
        re.compile(
            r"\s?(?:m²|m2\b|square\s+met(?:re|er)s?\b|sq\.?[\s-]?(?:m|met(?:re|er)s?)\b)",
            re.IGNORECASE,
        ),
        "area",
        "m2",
    ),
    (
        re.compile(r"(?:\s+|\s?-\s?)(?:square\s?-?\s?miles?|sq\.?\s?mi(?:les?)?)\b", re.IGNORECASE),
        "area",
        "mi2",
    ),
    (
        re.compile(
            r"(?:\s?|\s?-\s?)(?:square\s?-?\s?f(?:oo|ee)t\b|sq\.?[\s-]?ft\b)", re.IGNORECASE
        ),
        "area",
        "ft2",
    ),
    (re.compile(r"(?:\s?|\s?-\s?)(?:hectares?\b|ha\b)", re.IGNORECASE), "area", "ha"),
    (re.compile(r"(?:\s+|\s?-\s?|(?<=[0-9]))acres?\b", re.IGNORECASE), "area", "acre"),
    (re.compile(r"(?:\s+|\s?-\s?)(?:square\s?-?\s?yards?|sq\.?\s?yds?)\b", re.I), "area", "yd2"),
    (re.compile(r"(?:\s+|\s?-\s?)(?:square\s?-?\s?inch(?:es)?|sq\.?\s?in\.)", re.I), "area", "in2"),
    (
        re.compile(r"\s?(?:cm²|cm2\b|square\s+centimet(?:re|er)s?\b|sq\.?\s?cm\b)", re.I),
        "area",
        "cm2",
    ),
    (
        re.compile(
            r"\s?(?:km/h|kmh|kph|kmph|km\s?/\s?hr?|km\s?p/h|(?:kilomet(?:re|er)s?|kms?)\s+(?:per|an|a)\s+hour)\b",
            re.IGNORECASE,
        ),
        "speed",
        "km/h",
    ),
    (
        re.compile(
            r"(?:\s?|\s?-\s?)(?:mph\b|miles\s+(?:per|an|a)\s+hour\b|mi\s?/\s?hr?\b|m\.p\.h\.?)",
            re.IGNORECASE,
        ),
        "speed",
        "mph",
    ),
    # "kn", the knot's symbol, where the line speaks of a speed ("cost 500 kn": kuna)
    (re.compile(r"(?:\s?|\s?-\s?)(?:knots?|kts?|(?-i:kn))\b", re.IGNORECASE), "speed", "kn"),
    (
        re.compile(r"\s?(?:m\s?/\s?s(?:ec)?\b|met(?:re|er)s\s+(?:per|a)\s+second\b)", re.I),
        "speed",
        "m/s",
    ),
    (
        re.compile(r"\s?(?:ft\s?/\s?s(?:ec)?\b|f(?:ee|oo)t\s+(?:per|a)\s+second\b)", re.I),
        "speed",
        "ft/s",
    ),
    # a blast's yield in tonnes of TNT: "a 20-kiloton bomb"
    (re.compile(r"(?:\s+|\s?-\s?)(?:kilotons?|kilotonnes?)\b", re.IGNORECASE), "energy", "kt"),
    (re.compile(r"(?:\s+|\s?-\s?)(?:megatons?|megatonnes?)\b", re.IGNORECASE), "energy", "Mt"),
    # a mass of gas emitted, in billions of tonnes: "five gigatons of CO2e", "36 Gt"
    (re.compile(r"(?:\s+|\s?-\s?)(?:gigatons?|gigatonnes?)\b|\s?(?-i:Gt)\b", re.I), "mass", "Gt"),
    (
        re.compile(r"\s?(?:kms?\b|-?\s?kilomet(?:re|er)s?\b)", re.IGNORECASE),
        "length",
        "km",
    ),
    # "a 10K race", "a 5k run": a road race's distance, its kilometres marked with a K
    (_RACE_K_RE, "length", "km"),
    # a nautical mile (1,852 m) is no statute mile: sea and air reports give both
    (
        re.compile(r"(?:\s+|\s?-\s?)nautical(?:\s+|\s?-\s?)miles?\b|\s?nmi\b", re.IGNORECASE),
        "length",
        "nmi",
    ),
    (
        re.compile(r"(?:\s+|\s?-\s?)(?:miles?|mi)\b|(?<=[0-9])(?:miles?|mi)\b", re.IGNORECASE),
        "length",
        "mi",
    ),
    (
        re.compile(
            r"(?:\s?|\s?-\s?)(?:met(?:re|er)s?|mtrs?)\b|m(?![A-Za-z0-9²/])|"
            # spaced, only where a measure's word or the sentence's end follows: "170 m deep"
            r"\sm(?=\s+(?:high|tall|long|wide|deep|away|apart|thick|below|above|across|under)\b|[.;)]|$"
            # ... or the first end of a range with the unit at both ends: "1.5 m to 2 m"
            r"|\s?(?:to|-|–)\s?[0-9][0-9.,]*\sm\b)",
            re.IGNORECASE,
        ),
        "length",
        "m",
    ),
    # a unit's name may be hyphenated to the number as English compounds it: "a 30-centimetre
    # crack", "a 2.5-kilogram parcel", "a 500-gram bag"
    (re.compile(r"\s?(?:mm\b|-?\s?millimet(?:re|er)s?\b)", re.IGNORECASE), "length", "mm"),
    # a chip's process or a fine layer: "22-nanometer chips", "a 5-micron film"
    (
        re.compile(r"\s?(?:-\s?)?nanomet(?:re|er)s?\b", re.IGNORECASE),
        "length",
        "nm",
    ),
    (
        re.compile(r"\s?(?:-\s?)?(?:µm\b|μm\b|microns?\b|micromet(?:re|er)s?\b)", re.IGNORECASE),
        "length",
        "µm",
    ),
    # "cms", "gms", "ltrs": the plurals of abbreviations as Indian and South Asian copy writes them
    (
        re.compile(r"\s?(?:cm\b|(?-i:cms)\b|-?\s?centimet(?:re|er)s?\b)", re.IGNORECASE),
        "length",
        "cm",
    ),
    (re.compile(r"\s?(?:(?-i:dm)\b|-?\s?decimet(?:re|er)s?\b)", re.IGNORECASE), "length", "dm"),
    (re.compile(r"(?:\s+|\s?-\s?)picomet(?:re|er)s?\b", re.IGNORECASE), "length", "pm"),
    (
        # a spaced '' closes a quotation in tokenized text ("the trawler ``Nava 5 ''");
        # "in" is inches only before its conversion: "0.68 in (1.73 cm)"
        re.compile(
            r"(?:\s+|\s?-\s?|(?<=[0-9]))inch(?:es)?\b|\s?(?:\"|”)(?=\s|$|[.,;)])|''(?=\s|$|[.,;)])|″|"
            # "in" glued to the digits, as product copy writes a screen's size: "a 24in screen"
            r"(?<=[0-9])(?-i:in)(?![A-Za-z0-9])|"
            r"\s+in\.?(?=\s*\(\s*[0-9][0-9.,\s]*(?:mm|cm|millimet|centimet))",
            re.IGNORECASE,
        ),
        "length",
        "in",
    ),
    (re.compile(r"(?:\s?|\s?-\s?)(?:feet|foot|ft)\b", re.IGNORECASE), "length", "ft"),
    # a foot mark: "6'2\"", "10' high", "a 12′ wall"
    (
        re.compile(
            r"′|'(?=[0-9]{1,2}\s?(?:\"|''|″|in\b)|\s+(?:high|tall|long|wide|deep)\b)"
            # spaced by a tokenizer: "5 ' 11 ''"
            r"|\s'(?=\s[0-9]{1,2}\s(?:''|\"))"
        ),
        "length",
        "ft",
    ),
    (re.compile(r"(?:\s+|\s?-\s?)light[\s-]years?\b", re.IGNORECASE), "length", "ly"),
    # "a half turn", "a quarter-turn": a share of a full rotation (a count of turns is none)
    (re.compile(r"(?:\s+|\s?-\s?)turns?\b", re.IGNORECASE), "degree", "turn"),
    # a gridiron statistic's kind between the number and its yards: "312 passing yards",
    # "95 rushing yards", "120 receiving yards" are lengths in yards, as "312 yards passing"
    (
        re.compile(rf"\s+(?:{YARDS_KINDS})\s+(?:yards?|yds?)\b", re.IGNORECASE),
        "length",
        "yd",
    ),
    (re.compile(r"(?:\s+|\s?-\s?|(?<=[0-9]))(?:yards?|yds?)\b", re.IGNORECASE), "length", "yd"),
    (
        re.compile(
            r"\s?(?:kgs?\b|-?\s?kilo(?:gram(?:me)?)?s\b|-?\s?kilogram(?:me)?s?\b|-\s?kilo\b)",
            re.IGNORECASE,
        ),
        "mass",
        "kg",
    ),
    (re.compile(r"\s?(?:mg\b|-?\s?milligram(?:me)?s?\b)", re.IGNORECASE), "mass", "mg"),
    (
        re.compile(r"\s?(?:g\b|(?-i:gms?)\b|-?\s?grams?\b|-?\s?grammes?\b)", re.IGNORECASE),
        "mass",
        "g",
    ),
    (
        re.compile(
            r"(?:\s*|\s?-\s?)(?:tonnes?|metric\s+tons?|tons?)\b|t(?![A-Za-z0-9])", re.IGNORECASE
        ),
        "mass",
        "t",
    ),
    (re.compile(r"(?:\s?|\s?-\s?)lbs?\b", re.IGNORECASE), "mass", "lb"),
    (re.compile(r"(?:\s+|\s?-\s?)(?:fluid\s+ounces?|fl\.?\s?oz)\b", re.I), "volume", "fl oz"),
    (re.compile(r"(?:\s+|\s?-\s?|(?<=[0-9]))(?:ounces?|oz)\b", re.IGNORECASE), "mass", "oz"),
    (re.compile(r"\s?(?:µg|μg|mcg\b|-?\s?microgram(?:me)?s?\b)", re.IGNORECASE), "mass", "µg"),
    (re.compile(r"(?:\s+|\s?-\s?)carats?\b", re.IGNORECASE), "mass", "ct"),
    (re.compile(r"\s?(?:ml\b|-?\s?millilit(?:re|er)s?\b)", re.IGNORECASE), "volume", "ml"),
    # a laboratory's or a dose's microlitre: "5 µl", "20 μL", "50 microliters"
    (re.compile(r"\s?(?:[µμ]l\b|-?\s?microlit(?:re|er)s?\b)", re.IGNORECASE), "volume", "µl"),
    (
        re.compile(r"(?:\s+|\s?-\s?|(?<=[0-9]))(?:lit(?:re|er)s?)\b|\s?ltrs?\b", re.IGNORECASE),
        "volume",
        "l",
    ),
    # a capital "L" after the number is litres: "1.5L", "a 50 L tank"
    # ... and a small "l" glued to the digits: "a 1.5l bottle"
    (re.compile(r"\s?(?-i:L)(?![A-Za-z0-9'’])|(?<=[0-9])(?-i:l)(?![A-Za-z0-9'’])"), "volume", "l"),
    # a frequency and a voltage: "2.4GHz", "50 Hz", "230V", "a 400 kV line"
    (_unit_named("GHz", "gigahertz"), "frequency", "GHz"),
    (_unit_named("MHz", "megahertz"), "frequency", "MHz"),
    (_unit_named("kHz", "kilohertz"), "frequency", "kHz"),
    (_unit_named("Hz", "hertz"), "frequency", "Hz"),
    # a video's frames a second: "60fps", "24 frames per second"
    (re.compile(r"\s?(?:fps\b|frames\s+(?:per|a)\s+second\b)", re.I), "frequency", "fps"),
    # an engine's or a disc's turns a minute: "7,000 rpm", "at 2000 r.p.m."
    (
        re.compile(r"\s?(?:rpm\b|r\.p\.m\.|revolutions\s+(?:per|a)\s+minute\b)", re.I),
        "frequency",
        "rpm",
    ),
    (_unit_named("kV", "kilovolts?"), "voltage", "kV"),
    (_unit_named("V", "volts?"), "voltage", "V"),
    (re.compile(r"(?:\s+|\s?-\s?|(?<=[0-9]))(?:gallons?|gal)\b", re.IGNORECASE), "volume", "gal"),
    (re.compile(r"(?:\s+|\s?-\s?)quarts?\b", re.IGNORECASE), "volume", "qt"),
    (re.compile(r"(?:\s+|\s?-\s?)pints?\b", re.IGNORECASE), "volume", "pt"),
    # "barrels per day" is read as barrels; "bpd" and "b/d" are that phrase's abbreviation
    (re.compile(r"\s+(?:barrels?|bbl|bpd|b/d)\b", re.IGNORECASE), "volume", "bbl"),
    (re.compile(r"\s?(?:(?-i:cl)\b|-?\s?centilit(?:re|er)s?\b)", re.IGNORECASE), "volume", "cl"),
    (re.compile(r"\s?(?:(?-i:dl)\b|-?\s?decilit(?:re|er)s?\b)", re.IGNORECASE), "volume", "dl"),
    (re.compile(r"\s?(?:(?-i:hl)\b|-?\s?hectolit(?:re|er)s?\b)", re.IGNORECASE), "volume", "hl"),
    # a recipe's spoons, spelled or abbreviated: "3 tablespoons", "3 tbsp", "1 tsp", "2 Tbs.",
    # the abbreviations glued too as a recipe card writes them ("3tsp", "1tbsp")
    (
        re.compile(
            r"\s+(?:cups?|tablespoons?|teaspoons?|tbsps?|tbs|tsps?)\b"
            r"|(?<=[0-9])(?:tbsps?|tbs|tsps?)\b",
            re.IGNORECASE,
        ),
        "volume",
        "cup",
    ),
    # "kw", "mw", "gw" in small letters only glued to the digits: "a 250kw motor"
    (re.compile(r"(?:\s?|\s?-\s?)(?:kW\b|kilowatts?\b)|(?<=[0-9])kw\b"), "power", "kW"),
    (
        re.compile(r"(?:\s?|\s?-\s?)(?:W(?!\w|\.\w)|watts?\b(?![\s-]hours?\b))", re.IGNORECASE),
        "power",
        "W",
    ),
    (re.compile(r"\s?(?:MW\b|-?\s?megawatts?\b)|(?<=[0-9])mw\b"), "power", "MW"),
    (re.compile(r"\s?(?:GW\b|-?\s?gigawatts?\b)|(?<=[0-9])gw\b"), "power", "GW"),
    # "HP" before a plural noun is the company: "half a dozen HP directors"
    (
        re.compile(
            r"(?:\s?|\s?-\s?)(?:hp|bhp|horsepower)\b(?<!(?-i:HP))|\s?-?\s?(?-i:HP)\b(?!\s+[a-z]+s\b)",
            re.IGNORECASE,
        ),
        "power",
        "hp",
    ),
    # each its own unit: "5 GWh" is a million times "5 kWh"
    *(
        (re.compile(rf"\s?(?-i:{p}Wh)\b|(?<=[0-9])(?-i:{p.lower()}wh)\b"), "energy", f"{p}Wh")
        for p in ("k", "M", "G", "T")
    ),
    # a battery's capacity, as product copy gives it: "a 5000mAh cell", "a 99.9Wh pack"
    (
        re.compile(
            r"\s?(?:(?-i:mAh)\b|-?\s?milliamp(?:ere)?[\s-]hours?\b)|(?<=[0-9])(?-i:mah)\b",
            re.IGNORECASE,
        ),
        "energy",
        "mAh",
    ),
    (
        re.compile(r"\s?(?:(?-i:Wh)\b|-?\s?watt[\s-]hours?\b)|(?<=[0-9])(?-i:wh)\b", re.I),
        "energy",
        "Wh",
    ),
    # food energy and a fuel's heat value: "150 calories", "5,500 kcal"
    (
        re.compile(
            r"\s?(?:kcal\b|-?\s?kilocalories?\b)|(?:\s+|\s?-\s?|(?<=[0-9]))calories\b", re.I
        ),
        "energy",
        "kcal",
    ),
    (
        re.compile(
            # a small "o" for the degree sign, as labels type it: "store below 25oC"
            rf"\s?(?:[°º˚]\s?C\b|[°º˚]\s?(?:{_CELSIUS})\b|(?-i:oC)\b|(?:degrees?|degs?\.?|darjah)\s+(?:{_CELSIUS}|c)\b|"
            rf"(?:{_CELSIUS})\b|摄氏度|攝氏度)|(?-i:\s?C(?=[).,;:!?]|\s+[a-z(]|$"
            # "20C-25C": the first end of a range with the scale's letter at both ends;
            # "75F/24C": a temperature in both scales
            r"|\s?[-–]\s?-?[0-9]{1,3}\s?C\b|\s?/\s?-?[0-9]{1,3}(?:\.[0-9])?\s?[CF]\b))(?!\.\w)",
            re.IGNORECASE,
        ),
        "temperature",
        "°C",
    ),
    (
        re.compile(
            rf"\s?(?:[°º˚]\s?F\b|[°º˚]\s?(?:{_FAHRENHEIT})\b|(?-i:oF)\b|(?:degrees?|degs?\.?)\s+"
            rf"(?:{_FAHRENHEIT}|f)\b|(?:{_FAHRENHEIT})\b|华氏度|華氏度)|(?-i:\s?F(?=[).,;:!?]|\s+[a-z(]|$"
            # "20C-25C": the first end of a range with the scale's letter at both ends;
            # "75F/24C": a temperature in both scales
            r"|\s?[-–]\s?-?[0-9]{1,3}\s?F\b|\s?/\s?-?[0-9]{1,3}(?:\.[0-9])?\s?[CF]\b))(?!\.\w)",
            re.IGNORECASE,
        ),
        "temperature",
        "°F",
    ),
    (re.compile(r"(?:\s+|\s?-\s?)kelvins?\b", re.IGNORECASE), "temperature", "K"),
    # degrees with no scale: a temperature or an angle
    (re.compile(r"\s?(?:°|˚|-?\s?degrees?\b|degs?\b\.?)", re.IGNORECASE), "degree", "degree"),
    (
        re.compile(
            r"(?:\s+|\s?-\s?)magnitude\b|\s+on\s+the\s+Richter\s+scale\b|"
            r"\s+(?:magnitud|skala\s+(?:Richter|Ritcher))\b",
            re.IGNORECASE,
        ),
        "magnitude",
        "magnitude",
    ),
    # a data rate: "100 Mbps", "1 Gb/s", "56 kilobits per second"
    *(
        (
            re.compile(
                rf"\s?(?:{p}bps|{p}bit/s|{p}b/s|{word}bits\s+per\s+second)(?![A-Za-z])"
                rf"|(?<=[0-9])(?-i:{p.lower()}bps)\b",
                re.IGNORECASE if p == "k" else 0,
            ),
            "data",
            f"{p}bit/s",
        )
        for p, word in (("k", "kilo"), ("M", "mega"), ("G", "giga"))
    ),
    # "Gb" and "Mb" with a small b are bits; "GB", "gb", "MB", "mb" bytes
    (re.compile(r"\s?(?:(?-i:GB|gb|Gigabytes?)\b|-?\s?gigabytes?\b)", re.IGNORECASE), "data", "GB"),
    (re.compile(r"\s?(?:(?-i:MB|mb|Megabytes?)\b|-?\s?megabytes?\b)", re.IGNORECASE), "data", "MB"),
    (re.compile(r"\s?(?:TB\b|-?\s?terabytes?\b)", re.IGNORECASE), "data", "TB"),
    (re.compile(r"\s?(?:PB\b|-?\s?petabytes?\b)"), "data", "PB"),
    # "a 16-bit chip", "64 bits": the width of a word of memory
    (re.compile(r"(?:\s+|\s?-\s?)bits?\b"), "data", "bit"),
    (re.compile(r"\s?(?:KB|kB|kb|kilobytes?)\b"), "data", "KB"),
    (re.compile(r"\s?(?:gigabits?|Gb)\b"), "data", "Gbit"),
    (re.compile(r"\s?(?:megabits?|Mb)\b"), "data", "Mbit"),
)
# Words of a poll near "a 15-point lead": its points are percentage points.
_POLL_WORDS_RE = re.compile(
    r"\b(?:polls?|polling|surveys?|voters?|percent|per\s?cent|electorate|respondents)\b|%",
    re.IGNORECASE,
)
_PLUS_BEFORE_UNIT_RE = re.compile(r"\s?-\s?plus(?=\s)|\+(?=\s)", re.IGNORECASE)
_BELOW_ZERO_RE = re.compile(r"\s+below\s+(?:zero|freezing|0(?![0-9]|[.,][0-9]))\b", re.IGNORECASE)
# A minus a tokenizer spaced from the digits of a temperature, after a word or opening the line:
# "it dropped to - 5 degrees", "- 5 degree fahrenheit" (between two numbers the dash joins a
# range: "3 - 5 degrees")
_SPACED_MINUS_BEFORE_RE = re.compile(r"(?:^|(?<=[A-Za-z:]\s))[-−–]\s$")
_MEASURE_BEFORE_DASH_RE = re.compile(r"[0-9]\S*\s+[A-Za-z°]+\s?$")
# "500 pounds of cocaine", "a 250-pound bomb": pounds that are no money.
# Words of a speed, around a "kn" that is knots (else Croatia's kuna)
_SPEED_WORD_RE = re.compile(
    r"\b(?:speeds?|wind|winds|gusts?|gusting|sail\w*|ships?|boats?|vessels?|yachts?|ferry|"
    r"aircraft|planes?|cruis\w*|knots?|current|storm|hurricane|typhoon|cyclone)\b",
    re.IGNORECASE,
)
# Words of a blast, around a "kt" that is its yield in kilotons, no speed in knots
_BLAST_WORD_RE = re.compile(
    r"\b(?:bombs?|nuclear|yields?|explosions?|explosives?|warheads?|blasts?|detonat\w*|TNT|"
    r"atomic|thermonuclear)\b",
    re.IGNORECASE,
)
_POUNDS_RE = re.compile(r"(?:\s+|\s?-\s?)pounds?\b", re.IGNORECASE)
# "magnitude 5.9", "a magnitude - 6.1 quake": the scale named before the number.
_QUAKE_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:quake|earthquake|temblor|tremor|aftershock)\b", re.IGNORECASE
)
_QUAKE_MEASURED_BEFORE_RE = re.compile(
    r"\b(?:quake|earthquake|temblor|tremor|aftershock|shock)s?\b[^.;!?]{0,24}?"
    r"(?:\b(?P<verb>measured|measuring|registered|registering|was|of\s+magnitude)|\bof)"
    r"\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?$",
    re.IGNORECASE,
)
# "magnitude 5.9", "a magnitude of 6", "magnitudes ranging from 3.6 to 4.3"
_MAGNITUDE_BEFORE_RE = re.compile(
    r"\bmagnitudes?(?:\s?-\s?|\s+of\s+|\s+ranging\s+|\s+)$", re.IGNORECASE
)
_DURATION_RE = re.compile(
    r"(?:\s+|\s*-\s*|(?=(?:hrs?|mins?|secs?|yrs?|ms|msecs?)\b))"
    # "203 HR, 676 RBI": home runs in a batting line, no hours
    r"(?!(?-i:HR)\b)(?P<unit>seconds|"
    # a screen's or a network's time: "a 1ms response", "250 milliseconds" ("ms" only glued:
    # a spaced "Ms" is a title)
    r"milliseconds?|msecs?|(?<=[0-9])(?-i:ms)|"
    # "the 2006 second-overall pick": "second" before a hyphen is an ordinal ("second-half")
    r"second(?!\s?[-–]\s?(?!long\b)[A-Za-z])|minutes?|hours?|days?|nights?|weeks?|weekends?|"
    r"fortnights?|months?|years?|yrs?|hrs?|mins?|secs?|decades?|century|centuries|"
    # Malay and Indonesian: "10 minit", "72 jam", "3 hari", "2 minggu", "6 bulan", "20 tahun"
    r"saat|minit|menit|jam|hari|minggu|bulan|tahun)\b"
    r"(?P<old>\s?-\s?olds?\b|\s+old\b|\s+of\s+age\b)?",
    re.IGNORECASE,
)
_DURATION_UNITS: dict[str, str] = {
    "centuries": "century",
    "yr": "year",
    "yrs": "year",
    "hr": "hour",
    "hrs": "hour",
    "min": "minute",
    "mins": "minute",
    "sec": "second",
    "secs": "second",
    "milliseconds": "millisecond",
    "ms": "millisecond",
    "msec": "millisecond",
    "msecs": "millisecond",
    "saat": "second",
    "minit": "minute",
    "menit": "minute",
    "jam": "hour",
    "hari": "day",
    "minggu": "week",
    "bulan": "month",
    "tahun": "year",
}
# "mangsa, 49 tahun, ialah ...", "anak perempuan 8 tahun": an age in Malay or Indonesian,
# in apposition or after a person
_MALAY_AGE_BEFORE_RE = re.compile(
    r"(?:[A-Za-z],\s?|\b(?:perempuan|lelaki|anak|budak|gadis|remaja|wanita|pria|bayi)\s+)$",
    re.IGNORECASE,
)
# "87 yo", "87 y/o", "87 y.o.": an age in a clinical or casual shorthand.
_AGE_AFTER_RE = re.compile(r"\s?(?:yo|y/o|y\.o\.)(?![A-Za-z])", re.IGNORECASE)
# "N dollars (and) M cents", "15 dollars 50": the cents of an amount.
_CENTS_END = r"\s*[.,;!?)]|\s*$|\s+(?:and|or|more|less|extra|each|apiece)\b"
_CENTS_AFTER_RE = re.compile(
    # "and 45 cents", "and 50 paise" say their unit, whatever follows; a bare "50" only ends
    # a clause, or, right after the currency, comes before a word that counts nothing ("12 €
    # 50 today", "3 pounds 40 in London"); never before what it would count ("15 dollars 50
    # people"), and "and 30" before more words is another amount ("200 euros and 30 for
    # the rest")
    r"(?P<comma>,)?(?P<and>\s+and)?(?:\s+|(?<=[0-9][$€£¥])(?=[0-9]{2}))"
    # (a second word only a tens word's units: "forty-five", never "fifty please")
    r"(?P<cents>[0-9]{1,2}|[a-z]+(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\b)?)"
    r"(?:\s+(?:cents?|centimes?|pence|paise|kopecks?|centavos?|c[eé]ntimos?)\b"
    # ... or glued as prices mark them: "£2 50p", "2 pounds 50p"
    r"|(?<=[0-9])(?-i:[pc])\b"
    rf"|(?={_CENTS_END})"
    r"|(?(and)(?!)|(?=\s+(?:only|now|today|tonight|then|yesterday|tomorrow|in|at|on|for|per|"
    # ... or a request or a verb, as a price is said ("two dollars fifty, please", "15
    # dollars 50 is the price")
    r"a|an|from|to|with|without|plus|instead|please|is|was|will|would)\b)))",
    re.IGNORECASE,
)


_MINOR_UNIT_END_RE = re.compile(
    r"(?:cents?|centimes?|pence|paise|kopecks?|centavos?|c[eé]ntimos?)$", re.IGNORECASE
)
_CURRENCY_SIGN_RE = re.compile(r"[$€£¥₹]|\b(?:US|USD|EUR|GBP)\b")
_PERCENT_RE = re.compile(r"%|per\s?cent", re.IGNORECASE)
# "two-thirds", "5-star", "one-sided": a number in a hyphenated adjective is no count, except
# before nouns that count something ("a 300-seat parliament", "a 300-strong force").
_ODD_AFTER_RE = re.compile(r"\s?-\s?odd\b", re.IGNORECASE)
_HYPHENATED_RE = re.compile(
    r"-(?!(?:plus|strong|seats?|members?|beds?|stor(?:ey|y|eys|ies)|floors?|rooms?|man|men|"
    # what a vehicle or a pack is built of: "a 2-door car", "a 4-cylinder engine", "a 6-pack"
    r"doors?|cylinders?|packs?|"
    r"person|people|vehicles?|cars?|ships?|vessels?|planes?|aircraft|hous(?:e|es)|homes?|"
    r"nations?|countr(?:y|ies)|states?|lanes?|pages?|villages?|schools?|troops?|officers?|"
    # what a charge sheet, a field, a convoy or a building is made of: "a 12-count
    # indictment", "a five-candidate field", "a 5-boat convoy", "a 200-unit block"
    r"counts?|charges?|candidates?|delegates?|count(?:y|ies)|"
    r"districts?|cit(?:y|ies)|towns?|victims?|child(?:ren)?|hostages?|passengers?|patients?|"
    r"employees?|workers?|soldiers?|boats?|trucks?|bus(?:es)?|bedrooms?|units?|buildings?|"
    r"shops?|stores?|words?|inmates?|prisoners?|cells?|acres?|families|family|jobs?|"
    r"warships?|helicopters?|police(?:men)?|firefighters?|agents?|"
    # how often, with a hyphen typed for a space: "shot 3-times" ("a 3-time winner" is a word)
    r"times)\b)"
    r"[A-Za-z]"
)
# A prison term written as one word, its years left out: "25-to-life", "15 - to - life"
_TO_LIFE_AFTER_RE = re.compile(r"\s?-\s?to\s?-\s?life\b", re.IGNORECASE)
# The spaced form a tokenizer writes ("9 - iron") is a compound only before these words: a
# spaced dash is more often punctuation ("killed 5 - a figure the police ...").
_SPACED_COMPOUND_RE = re.compile(
    r"\s-\s(?:star|sided|way|fold|time|hand|iron|wheel|dimensional|point|game|goal|run|set|"
    r"shot|piece|part|stage|round|lap|hole|nil|all|love|caliber|calibre|by|"
    # "an 80386 - based computer", "the 5 - series sedan": a chip or a model's name
    r"based(?!\s+(?:on|in|upon)\b)|series)\b",
    re.IGNORECASE,
)
# "a 5 star hotel", "a 4 star review": a rating's stars with the hyphen left out, before
# what is rated ("5 star players" may count players, so only what a rating is given to)
_STAR_RATING_RE = re.compile(
    r"\s+star\s+(?:hotels?|resorts?|restaurants?|reviews?|ratings?|rated|service|luxury|"
    r"accommodation|safety|rating|dining|experience|recruits?|prospects?)\b",
    re.IGNORECASE,
)
_YEAR_DIGITS_RE = re.compile(r"(?:1[89]|20)[0-9]{2}|2100")
# "won 3-1", "a 52-48 vote": two numbers joined by a dash where the second does not exceed
# the first, or after a word of winning, losing or voting, are a score or a tally.
_SCORE_JOIN_RE = re.compile(r"\s?[-–]\s?")
_SCORE_BEFORE_RE = re.compile(
    r"\b(?:won|win|wins|winning|beat|beats|beating|defeat(?:ed|s)?|lost|lose|loses|losing|"
    r"drew|draw|drawn|score[ds]?|lead|led|leads|trail(?:ed|ing|s)?|voted|voting|"
    r"outnumber(?:s|ed|ing)?)\b[^.;]*$",
    re.IGNORECASE,
)
_SCORE_AFTER_RE = re.compile(
    r"(?:\s*\(\s?\.\s?[0-9]{3}\s?\))?\s+(?:in\s+favou?r|win|victory|defeat|loss|lead|vote|votes|margin|tally|ruling|decision|verdict|"
    r"split|majority|scoreline|draw|record|start|mark|finish|lifetime|streak|run|career|"
    r"overall|(?:on|in|this|last)\s+(?:the\s+)?season)\b",
    re.IGNORECASE,
)
_TALLY_TO_RE = re.compile(r"\s+to\s+")
# A verb or adjective of harm right before a count: a toll, which no game's score follows
_HARM_BEFORE_RE = re.compile(
    r"\b(?:kill(?:ed|ing|s)|shot|shooting|wound(?:ed|ing|s)|injur(?:ed|ing|es)|hurt|dead|died|"
    r"stabb(?:ed|ing)|hospitali[sz]ed|rescued|missing|arrested|detained)\s+"
    r"(?:(?:at\s+least|about|some|nearly|almost|around|another|only)\s+)?$",
    re.IGNORECASE,
)
# "the 15 - 17 Bulldogs": a record before a team's name, a capitalised plural that names no
# people by nation, faith or party ("the 5-6 Americans", "Iraqis", "Democrats", "Marines")
_TEAM_AFTER_RE = re.compile(
    r"\s+(?!(?:Marines|Democrats|Britons|Muslims|Jews|Kurds|Arabs|Serbs|Croats|Sikhs|Turks|"
    r"Greeks|Poles|Swedes|Danes|Scots)\b)[A-Z][a-z]+(?<!an)(?<!i)s\b"
)
_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")
# "by 302 votes to 221", "by 3 goals to 1" ("rose 200 points to 31,022" is no tally)
_TALLY_NOUN_TO_RE = re.compile(r"\s+(?:votes?|goals?)\s+to\s+", re.IGNORECASE)
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TALLY_TO_BEFORE_RE = re.compile(
    r"\b(?:votes?|voted|voting|ballot|tally|margin|passed|approved|rejected|confirmed|"
    r"defeated|carried|adopted|ruled|decided|split)\b[^.;,]*$",
    re.IGNORECASE,
)
# "sitting at 9-14", "a record of 40-42", "the Sixers (9-14)": a team's wins and losses.
_RECORD_BEFORE_RE = re.compile(
    r"(?:\b(?:record|mark|score|tally)\s+(?:of|at|to|stands\s+at|stood\s+at)|"
    r"\b(?:sitting|standing|stands|stood|finished|finishing|floundering|slumping|struggling)"
    r"\s+at|\b(?:wound|ended)\s+up\s+at|\b(?:went|opened|closed|finished)|"
    r"\b(?:fell|falls|falling|dropped|drops|dropping|improved|improves|improving)\s+to|"
    r"\s?-\s?(?:worst|best)|[A-Za-z]\s?\()\s*$",
    re.IGNORECASE,
)
# "underachieving at 9-14 when ...", "just 2-8 in their last ten", "is 122-147 in three
# seasons": wins and losses after a plain "at" or "is", told by what follows (a count range
# is followed by what it counts).
_RECORD_PLAIN_BEFORE_RE = re.compile(r"\b(?:at|is|are|was|were|just|only|now)\s*$", re.IGNORECASE)
_RECORD_PLAIN_AFTER_RE = re.compile(
    r"\s*(?:\(|,?\s+(?:when|despite|since|after|this\s+season|overall|lifetime|at\s+home|"
    r"on\s+the\s+(?:road|season|year)|in\s+(?:their|his|her|its|the)\s+(?:last|past|first)\b|"
    r"in\s+[\w-]+\s+(?:seasons|games|starts|years)\b))",
    re.IGNORECASE,
)


def _hedge_before(text: str, lo: int, at: int) -> tuple[int, Hedge] | None:
    """The hedge ending right before ``at`` (searched no further back than ``lo``)."""
    window_start = max(lo, at - 30)
    m = _HEDGE_BEFORE_RE.search(text, window_start, at)
    if not m:
        cjk = _CJK_HEDGE_BEFORE_RE.search(text, window_start, at)
        if cjk is None:
            return None
        # "约200人", "超过3000人", "不到10人": Chinese writes the hedge glued to the number
        return cjk.start(), "at_least" if cjk.group("least") else (
            "at_most" if cjk.group("most") else "about"
        )
    if _DOUBT_RE.match(m.group()) and _VAGUE_RE.match(text, at):
        return None  # "maybe millions": a vague amount has no hedge but its vagueness
    for i, (_, hedge) in enumerate(_HEDGES):
        if m.group(f"h{i}") is not None:
            return m.start(), hedge
    return None


def opening_hedge(text: str) -> tuple[str, Hedge] | None:
    """The hedge a figure's words open with, right before its first number in digits, as
    written (spaces closed up) with the bound it sets: ("no more than", "at_most") for
    "no more than 10 people", ("nearly", "about") for "nearly £10m", the hedge read before
    the currency's sign or code; None when they open with none. Explanations quote a value
    in the report's own hedge: a reader told "up to 10" hears a bound the report did not
    set in those words."""
    digit = _FIRST_DIGIT_RE.search(text)
    if digit is None:
        return None
    at = digit.start()
    sign = _currency_before(text, 0, at)
    if sign is not None:
        at = sign.start()  # "nearly £10m", "more than US$5 million": the hedge before the sign
    found = _HEDGE_BEFORE_RE.search(text, 0, at)
    if found is None or text[: found.start()].strip():
        return None
    for i, (_, hedge) in enumerate(_HEDGES):
        words = found.group(f"h{i}")
        if words is not None:
            return " ".join(words.split()), hedge
    return None


_FIRST_DIGIT_RE = re.compile(r"[0-9]")
_DOUBT_RE = re.compile(r"(?:perhaps|possibly|probably|maybe)\s", re.IGNORECASE)
_CJK_HEDGE_BEFORE_RE = re.compile(
    r"(?:(?P<least>至少|超过|超過|逾|多于|多於)|(?P<most>不到|不足|少于|少於|最多|多达|多達|高达|高達)|"
    r"(?P<about>大约|大約|约|約|将近|將近|接近|(?<!最)(?<!附)近))(?:有)?\s?$"
)


def _unit_at(text: str, end: int) -> tuple[str, int] | None:
    """The unit of measure right after ``end``: (unit, where it ends), or None."""
    for pattern, _, unit in _UNIT_AFTER:
        m = pattern.match(text, end)
        if m is not None:
            return unit, m.end()
    return None


_DASH_BEFORE_RE = re.compile(r"([0-9])[^0-9]{1,16}?\s?[-–]\s?$")


def _same_unit_end(text: str, at: int, end: int) -> int | None:
    """Where the number, unit and dash before ``at`` start, when the same unit follows
    ``end`` ("5kg-10kg", "5 ft - 6 ft": a range written with its unit at both ends)."""
    m = _DASH_BEFORE_RE.search(text, max(0, at - 24), at)
    after = _unit_at(text, end)
    if m is None or after is None:
        return None
    before = _unit_at(text, m.end(1))
    if before is None or before[0] != after[0]:
        return None
    join = _RANGE_JOIN_RE.fullmatch(text, before[1], at)
    return m.start(1) if join is not None else None


def _range_with(text: str, first: _Atom, second: _Atom, lo: int) -> tuple[int, float] | None:
    """Whether two atoms form one range; returns (span start, low value) if they do."""
    between = text[first.end : second.start]
    join = _RANGE_JOIN_RE.fullmatch(between) if len(between) < 20 else None
    opener = _RANGE_OPEN_RE.search(text, max(lo, first.start - 20), first.start)
    opened = opener.group("open").lower() if opener else ""
    if join is None and opened and len(between) < 30:
        # "between 20 euros and 30 euros", "from 5 dollars to 8 dollars": a currency written
        # after each end, the same one
        own, other = SUFFIX_RE.match(text, first.end), SUFFIX_RE.match(text, second.end)
        if own is not None and other is not None and suffix_unit(own) == suffix_unit(other):
            join = _RANGE_JOIN_RE.fullmatch(text, own.end(), second.start)
    if join is None and len(between) < 30:
        # "between 5 km and 10 km", "5 ft - 6 ft", "5kg-10kg": a unit written after each end,
        # the same one; "and" joins a range only after "between", and "or" never does here
        own_unit, other_unit = _unit_at(text, first.end), _unit_at(text, second.end)
        if (
            own_unit is not None
            and other_unit is not None
            and own_unit[0] == other_unit[0]
            # "climbed 3,000 feet to 10,000 feet": the change, then the level
            and not _CHANGE_RIGHT_BEFORE_RE.search(text, max(lo, first.start - 30), first.start)
        ):
            join = _RANGE_JOIN_RE.fullmatch(text, own_unit[1], second.start)
            if join is not None and join.group("join").lower() == "or":
                join = None  # "a 32-bit or 64-bit version": two choices, each with its unit
    if not join:
        return None
    word = join.group("join").lower()
    if word == "and" and opened != "between" and not join.group("dash"):
        return None  # "270 children and 198 women" is a list, not a range
    if word in {"-", "–", "—"} and (first.form == "word") != (second.form == "word"):
        return None
    if (first.form == "fraction") != (second.form == "fraction"):
        return None  # "a third to 40": a share and a count
    if word == "or" and first.form == "vague":
        return None
    # Both ends must measure the same thing: "increased 5.9% to $67" is no range.
    if _CURRENCY_SIGN_RE.search(between) and not _currency_before(text, lo, first.start):
        return None
    if _PERCENT_RE.search(between) and not _UNIT_AFTER[0][0].match(text, second.end):
        return None
    if (
        opened == "from"
        and opener
        and _CHANGE_VERB_RE.search(text, max(0, opener.start() - 80), opener.start())
    ):
        return None  # "rose from 200 to 300" is a change, not a range
    if (
        word == "to"
        and not opened
        and _CHANGE_RIGHT_BEFORE_RE.search(text, max(lo, first.start - 30), first.start)
        and second.value >= 4 * first.value > 0
        # "$5 to $10 billion": a scale written once is both ends', so compare as written
        and (first.scaled or not second.scaled or second.raw >= 4 * first.raw)
        and not _unit_follows(text, second.end)  # "rose 5 to 20 percent": a range of change
    ):
        return None  # "fell 1 1/4 to 37 7/8", "rose 12 to 345": the change, then the level
    by = _BY_BEFORE_RE.search(text, max(lo, first.start - 6), first.start)
    if (
        word == "to"
        and not opened
        and by is not None
        and _CHANGE_VERB_RE.search(text, max(0, by.start() - 80), by.start())
        and second.value >= 2 * first.value > 0
        and not _unit_follows(text, second.end)
    ):
        return None  # "raised the toll by five to 47": the change, then the level
    low = first.value
    # "10 to 20 million": the scale of the second end applies to the first.
    if second.scaled and not first.scaled and first.form == "digits" and first.raw < second.raw:
        low = _scaled(first.raw, second.factor)
    elif (factor := _shared_scale(text, first, second)) > 1:
        low = _scaled(first.raw, factor)  # "4-5,000", "two to three million": thousands
    if first.form == "vague":
        low = first.value
    # "-5 to -10 degrees": a range of cold, its colder end last
    downward_cold = (
        0 > low > second.value
        and word in {"to", "-", "–", "—"}
        and not _CHANGE_RIGHT_BEFORE_RE.search(text, max(lo, first.start - 30), first.start)
    )
    if not second.value > low and second.form != "vague" and not downward_cold:
        return None
    start = opener.start() if opener else first.start
    return start, low


# The trailing thousands of a number ("5,000", "30,000") and the scale word that ends a number
# in words ("three million").
_TRAILING_THOUSANDS_RE = re.compile(r"([0-9]{1,3})((?:[,\u00a0\u202f\u2009]000)+)")
_WORD_SCALE_END_RE = re.compile(
    r"\b((?:hundred|thousand|million|billion|trillion)"
    r"(?:\s+(?:hundred|thousand|million|billion|trillion))*)$",
    re.IGNORECASE,
)
_WORD_SCALES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _shared_scale(text: str, first: _Atom, second: _Atom) -> float:
    """The scale the first end of a range takes from the second, or 1: news writes "4-5,000"
    and "two to three million" for 4,000 to 5,000 and two to three million, the first end
    short of the thousands or the scale word both share."""
    if first.scaled or not float(first.raw).is_integer():
        return 1
    head = text[first.start : first.end]
    tail = text[second.start : second.end]
    if first.form == "digits" and second.form == "digits" and head.isdigit():
        m = _TRAILING_THOUSANDS_RE.fullmatch(tail)
        if m is None or int(m.group(1)) <= first.raw:
            return 1
        return float(1000 ** (len(m.group(2)) // 4))
    if first.form == "word" and second.form == "word" and not _WORD_SCALE_END_RE.search(head):
        word = _WORD_SCALE_END_RE.search(tail)
        if word is None:
            return 1
        factor = 1.0
        for scale in word.group(1).lower().split():
            factor *= _WORD_SCALES[scale]
        return factor if first.raw * factor < second.value else 1
    return 1


@dataclass(frozen=True, slots=True, kw_only=True)
class _Built:
    quantity: Quantity | None  # None: the atoms were read and rejected (a year, an age)
    next_index: int
    reason: Reason | None = None  # why they were rejected
    end: int = 0  # where the rejected phrase ends ("a 54-year-old")


def _score(text: str, atoms: list[_Atom], i: int) -> bool:
    """Whether ``atoms[i]`` and the next are a score or a tally ("won 3-1", "a 52-48 vote")."""
    if i + 1 >= len(atoms):
        return False
    first, second = atoms[i], atoms[i + 1]
    if first.scaled or second.scaled or {first.form, second.form} - {"digits", "word"}:
        return False
    if _TALLY_NOUN_TO_RE.fullmatch(text, first.end, second.start) and not _FROM_BEFORE_RE.search(
        text, max(0, first.start - 12), first.start
    ):
        return True  # "by 302 votes to 221", "won by 3 goals to 1"
    joined_to = _TALLY_TO_RE.fullmatch(text, first.end, second.start) is not None
    if (first.form == "word" or second.form == "word") and not joined_to:
        return False  # in words, only "nine to zero" after a word of voting or winning
    if not (joined_to or _SCORE_JOIN_RE.fullmatch(text, first.end, second.start)):
        return False
    if not (float(first.value).is_integer() and float(second.value).is_integer()):
        return False
    if not (0 <= first.value < 1000 and 0 <= second.value < 1000):
        return False
    if _unit_follows(text, second.end) or _currency_before(text, 0, first.start):
        return False  # "5-6%", "$5-6": a range of a measure
    if (
        not joined_to
        and _TEAM_AFTER_RE.match(text, second.end)
        and _THE_BEFORE_RE.search(text, max(0, first.start - 6), first.start)
    ):
        return True  # "the 15-17 Bulldogs": a team's record before its name
    worded = _SCORE_BEFORE_RE.search(text, max(0, first.start - 20), first.start)
    if joined_to:
        # "to" joins a range far more often: only a word of voting or winning makes a tally
        # of it, and only when the first number is the larger ("rose 200 to 300" is no tally).
        tally = _TALLY_TO_BEFORE_RE.search(text, max(0, first.start - 30), first.start)
        return first.value >= second.value and bool(worded or tally)
    counts = _next_word_is_count_noun(text, second.end)
    if counts and first.value < second.value:
        return False  # "led to 2-3 deaths", "lost 3-4 relatives": a range before what it counts
    if _RECORD_BEFORE_RE.search(text, max(0, first.start - 30), first.start) and not counts:
        return True
    if _RECORD_PLAIN_BEFORE_RE.search(
        text, max(0, first.start - 10), first.start
    ) and _RECORD_PLAIN_AFTER_RE.match(text, second.end):
        return True
    if worded or _SCORE_AFTER_RE.match(text, second.end):
        return True
    if _HARM_BEFORE_RE.search(text, max(0, first.start - 30), first.start):
        return False  # "wounded 3 - 2 critically": a toll, then a dash that opens an aside
    # with no word of a game or a vote, a dash before what the count counts opens an aside:
    # "killing 4 - 3 men and a woman", "killed 5 - 2 of them children"
    return first.value >= second.value and not counts


# A word of voting near a tally: who votes (a jury, a court's justices, a chamber, a board),
# the act ("voted", "ruled", "passed") or what a vote decides (a bill, a motion, a verdict).
_VOTE_BEFORE_RE = re.compile(
    r"\b(?:vot(?:e[ds]?|ing)|ballots?|jur(?:y|ies|ors?)|justices|judges|ruled|ruling|"
    r"verdict|senate|senators|lawmakers|legislators|legislature|parliament|MPs|congress|"
    r"congressmen|assembly|council|councillors|councilors|committee|board|panel|"
    r"shareholders|delegates|motion|bill|amendment|resolution|referendum|"
    r"nomination|passed|approved|rejected|confirmed|adopted|carried|acquit(?:ted)?|"
    r"convict(?:ed)?|in\s+favou?r)\b",
    re.IGNORECASE,
)
# A word of a game before the numbers: a score, unless a word of voting is nearer.
_GAME_BEFORE_RE = re.compile(
    r"\b(?:won|win|wins|winning|beat|beats|beating|drew|draw|drawn|score[ds]?|lead|led|leads|"
    r"trail(?:ed|ing|s)?|game|games|match|matches|goals?|points?|season|innings?|quarter|"
    r"half|series|league|cup|final|team)\b",
    re.IGNORECASE,
)
# What a vote names after its numbers: "a 5-4 ruling", "10-2 in favour", "52-48 to confirm".
_VOTE_AFTER_RE = re.compile(
    r"(?:\s*,)?\s+(?:(?P<weak>decision|majority|split|margin)|votes?|ruling|verdict|"
    r"in\s+favou?r|against|to\s+(?:acquit|convict|approve|reject|confirm|pass|adopt|"
    r"impeach|remove|strike|uphold|overturn|block|allow|deny|end|sentence|recommend))\b",
    re.IGNORECASE,
)


def _vote_tally(text: str, first: _Atom, second: _Atom) -> bool:
    """Whether a score-like pair is a vote tally ("the jury voted 10-2", "a 5-4 ruling",
    "passed 52-48"): a word of voting after the numbers, or before them in the same
    sentence and nearer than any word of a game ("won the vote 52-48" is a vote; "the
    team won 3-1" a score)."""
    # the sentence's words before the numbers, at most 80 characters back
    window = max(0, first.start - 80)
    stop = max(text.rfind(".", window, first.start), text.rfind(";", window, first.start))
    after = _VOTE_AFTER_RE.match(text, second.end)
    if after is not None:
        # a margin, a split or a decision is a game's too ("won the rebounds by a 44-26
        # margin", "a split decision"): a vote's only with no word of a game before it
        weak = after.group("weak") is not None
        return not (weak and _GAME_BEFORE_RE.search(text, max(window, stop + 1), first.start))
    votes = list(_VOTE_BEFORE_RE.finditer(text, max(window, stop + 1), first.start))
    if not votes:
        return False
    return _GAME_BEFORE_RE.search(text, votes[-1].end(), first.start) is None


def _ayes_or_nays(text: str, atom: _Atom) -> bool:
    """Whether the digits count a side of a vote by its name ("12 ayes", "noes 250")."""
    before = text[max(0, atom.start - 40) : atom.start]
    return bool(_VOTES_AFTER_RE.match(text, atom.end) or _VOTES_BEFORE_RE.search(before))


def _tally_sides(text: str, first: _Atom, second: _Atom) -> tuple[Quantity, Quantity]:
    """The two sides of a vote tally, each a count of votes of kind "tally"."""
    return _tally_side(text, first), _tally_side(text, second)


def _tally_side(text: str, atom: _Atom) -> Quantity:
    """One side of a vote tally: the votes cast for it, as written."""
    return _side(text, atom, kind="tally", unit=None)


def _side(text: str, atom: _Atom, *, kind: Kind, unit: str | None) -> Quantity:
    """One side of a tally or a score: its number as written, exact."""
    value = _tidy(atom.value)
    return Quantity(
        start=atom.start,
        end=atom.end,
        text=text[atom.start : atom.end],
        low=value,
        high=value,
        hedge="exact",
        unit=unit,
        kind=kind,
        vague=False,
    )


# A game's result with the beaten side named before it ("defeated Dalby 65-53", "beat the
# Orvel Hawks, 3-1", "lost to Corran 2-0"), or named as a game after it ("an 88-72 loss", "a
# 65-53 victory over Dalby"): the points of the winner and of the loser.
_GAME_BEATEN_BEFORE_RE = re.compile(
    r"\b(?i:beat|beats|beating|defeat(?:ed|s|ing)?|downed|edged|routed|outlasted|topped|"
    r"overcame|overcomes|over|(?:lost|loses|losing|fell|falls)\s+to)\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}(?:No\.\s?[0-9]+\s+)?"
    r"(?:[A-Z][\w'’.-]*|[0-9]+[a-z]{2,})(?:\s+(?:[A-Z][\w'’.-]*|[0-9]+[a-z]{2,})){0,3}\s*,?\s*$"
)
_GAME_AFTER_RE = re.compile(
    r"\s+(?:(?:home|road|away|overtime|opening|season-opening)\s+)?"
    r"(?:win|victory|triumph|loss|defeat|setback|rout)\b",
    re.IGNORECASE,
)
# A team's or a fighter's record: wins and losses after a word of standing ("a record of
# 9-14", "improved to 25-7", "fell to 15-17", "is 122-147", "the Sixers (9-14)") or before
# the word for it ("a 9-14 record", "a 9-14 start", "284-286 lifetime").
_RECORD_AFTER_RE = re.compile(
    r"(?:\s*\(\s?\.\s?[0-9]{3}\s?\))?\s+(?:record|mark|start|finish|lifetime|overall|"
    r"(?:on|this)\s+(?:the\s+)?season)\b",
    re.IGNORECASE,
)
_RECORD_TO_BEFORE_RE = re.compile(
    r"\b(?:improv(?:e|ed|es|ing)|fell|falls|falling|dropped|drops|dropping|moved|moves)\s+"
    r"(?:\w+\s+)?to\s*$",
    re.IGNORECASE,
)
# "by a score of 32-14", "a tally of 3-1": the score of a game at some moment, no record
_SCORE_OF_BEFORE_RE = re.compile(r"\b(?:score|tally)\s+(?:of|at|to)\s*$", re.IGNORECASE)
# A word that may open a sentence with a capital and names no one: an article, a pronoun, a
# conjunction, a preposition or a word of time ("The Sixers (9-14)" names the Sixers, not
# "The"; "Currently sitting at 9-14" names no team).
_NO_NAME_WORDS = frozenset(
    {
        *("the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they"),
        *("his", "her", "its", "their", "we", "our", "i", "you", "but", "and", "or", "so"),
        *("yet", "after", "before", "when", "while", "since", "despite", "with", "without"),
        *("in", "on", "at", "by", "for", "from", "of", "to", "as", "if", "though", "although"),
        *("currently", "now", "then", "still", "just", "only", "also", "even", "once"),
        *("expected", "instead", "meanwhile", "however", "last", "next", "friday", "saturday"),
        *("sunday", "monday", "tuesday", "wednesday", "thursday", "there", "here", "who"),
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "coach"),
    }
)
_HOLDER_WORD_RE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’.-]*|[0-9]+[a-z]{2,})")


# A third number joined to the pair ("31-4-3"), and a record in brackets that closes right
# after its two numbers, or after its winning share ("(9-14)", "(122-147, .454)").
_MORE_OF_A_LINE_RE = re.compile(r"\s?[-–]\s?[0-9]")
_LINE_BEFORE_RE = re.compile(r"[0-9]\s?[-–]\s?$")
_BRACKET_BEFORE_RE = re.compile(r"\(\s?$")
_BRACKET_CLOSES_RE = re.compile(r"\s?(?:,\s?\.\s?[0-9]{3}\s?)?\)")


# What follows a capitalised word that names no side of a game: a rank's number ("No. 5"),
# or the playoffs, title or standings of a league or conference ("the AFC playoffs").
_NO_SIDE_AFTER_RE = re.compile(
    r"['’]?s?\s+(?:playoffs?|post-?season|standings|title|championship|tournament|seeding|"
    r"wild[- ]card)\b",
    re.IGNORECASE,
)
_RANK_RE = re.compile(r"\.?\s?[0-9]")
_RANK_WORD_RE = re.compile(r"(?<![\w.])Nos?$")


def named_before(text: str, at: int) -> str | None:
    """The name the sentence gives last before ``at`` (a team, a player, a coach: "the
    Sixers (9-14)" -> "Sixers", "Coach Ada Brandt is 140-151" -> "Coach Ada Brandt"), its
    words with a capital or opening with digits ("76ers"), a word that merely opens the
    sentence with a capital, a day or a month aside; None when it names no one."""
    window = max(0, at - 160)
    stop = text.rfind(". ", window, at)
    while stop >= 2 and _RANK_WORD_RE.search(text, max(0, stop - 4), stop):
        stop = text.rfind(". ", window, stop)  # "the No. 5 seed": no sentence ends there
    opens = max(stop, text.rfind("\n", window, at), window - 1) + 1
    names: list[tuple[list[str], int]] = []
    last = -1
    for m in _HOLDER_WORD_RE.finditer(text, opens, at):
        word = m.group().rstrip(".")
        if _bare(word) in _NO_NAME_WORDS:
            last = -1  # "Cheeks Saturday": the name ends before a day
            continue
        if last >= 0 and text[last : m.start()].strip() == "":
            names[-1][0].append(word)
        else:
            names.append(([word], m.end()))
        last = m.end()
        names[-1] = (names[-1][0], last)
    # "the No. 5 seed in the AFC playoffs with a 31-24 victory": a rank's "No." and a
    # league or a conference whose playoffs or title the sentence tells name no side.
    kept = [
        n
        for n, end in names
        if not _NO_SIDE_AFTER_RE.match(text, end)
        and not (n == ["No"] and _RANK_RE.match(text, end))
    ]
    if not kept:
        return None
    name = kept[-1]
    name[-1] = without_possessive(name[-1])  # "the Red Foxes' 91-73 victory"
    return " ".join(name)


# "an 88-72 road loss to the Cavaliers", "a 91-73 victory over visiting Evansville": the
# other side of a game named after the word for the game
_OPPONENT_AFTER_RE = re.compile(
    r"\s+(?:(?:\w+\s+){0,2})(?:to|over|against|at)\s+(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}"
    r"(?-i:((?:[A-Z][\w'’.-]*|[0-9]+[a-z]{2,})(?:\s+(?:[A-Z][\w'’.-]*|[0-9]+[a-z]{2,})){0,3}))",
    re.IGNORECASE,
)


def named_after_game(text: str, at: int) -> str | None:
    """The other side of a game named after the word for the game that follows ``at``
    ("88-72 loss to the Cavaliers" -> "Cavaliers"); None when no such name follows."""
    game = _GAME_AFTER_RE.match(text, at)
    if game is None:
        return None
    named = _OPPONENT_AFTER_RE.match(text, game.end())
    if named is None or _bare(named.group(1).split()[0]) in _NO_NAME_WORDS:
        return None
    return without_possessive(named.group(1))


# The pair a side of a score belongs to: the number joined after it, or before it
_PAIR_AFTER_RE = re.compile(r"\s?[-–]\s?[0-9]+")
_PAIR_BEFORE_RE = re.compile(r"[0-9]+\s?[-–]\s?$")
# A word of beating before a result, its winner named before it and the beaten after it
_BEATING_RE = re.compile(
    r"\b(?:beat|beats|beating|defeat(?:ed|s|ing)?|downed|edged|routed|outlasted|topped|"
    r"overcame|overcomes|over|(?:lost|loses|losing|fell|falls)\s+to)\s",
    re.IGNORECASE,
)
# Words of a game going on around a score ("led 30-28 at the half", "a 41-33 halftime
# lead", "45-35 with 13:41 left"): a score at some moment of the game, not its result.
_GOING_ON_BEFORE_RE = re.compile(
    r"\b(?:half|halftime|half-time|intermission|quarters?|period|innings?|leads?|led|"
    r"leading|trails?|trailed|trailing|midway)\b",
    re.IGNORECASE,
)
_GOING_ON_AFTER_RE = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:lead|advantage|edge|deficit)\b|[^.;]{0,25}\b(?:at\s+(?:the\s+)?"
    r"(?:half|halftime|half-time|break|intermission)|left|remaining|to\s+go)\b",
    re.IGNORECASE,
)


def result_sides(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The two sides a game's result names, for either number of the pair at
    ``text[start:end]``: the winner named before a word of beating and the beaten side after
    it ("the Orvel Hawks beat the Dalby Owls 65-53" -> ("Orvel Hawks", "Dalby Owls")), or the
    side named before the game's word and the other side after it ("the Hawks' 65-53 win over
    the Owls"). None when the sentence does not name both, or tells the score of a game
    going on ("led 30-28 at the half"): a score at a moment is not the result."""
    before = _PAIR_BEFORE_RE.search(text, max(0, start - 8), start)
    first = before.start() if before else start
    after = None if before else _PAIR_AFTER_RE.match(text, end)
    second = after.end() if after else end
    opens = max(text.rfind(". ", max(0, first - 160), first) + 1, text.rfind("\n", 0, first) + 1)
    if _GOING_ON_BEFORE_RE.search(text, max(opens, first - 30), first) or (
        _GOING_ON_AFTER_RE.match(text, second)
    ):
        return None
    words = list(_BEATING_RE.finditer(text, max(opens, first - 60), first))
    beaten = words[-1] if words else None
    if beaten is not None and _GAME_BEATEN_BEFORE_RE.search(text, beaten.start(), first):
        one, other = named_before(text, beaten.start()), named_before(text, first)
    elif _GAME_AFTER_RE.match(text, second):
        one, other = named_before(text, first), named_after_game(text, second)
    else:
        printed = result_line(text, start, end)
        if printed is None:
            return None
        _, one, other = printed  # "Orvel 65, Dalby 53": each team before its points
    if one is None or other is None or one == other:
        return None
    return one, other


# A result as a headline or a box score prints it, each team with its points (mostly the
# winner first): "Orvel 65, Dalby 53", "No. 1 Orvel Hawks 65, No. 9 Dalby Owls 53". A third team
# and points after it ("..., Foxes 12") make it a list (a poll's, a race's), no game's result.
_RESULT_LINE_RE = re.compile(
    r"(?P<one>[0-9]{1,3})\s?,\s(?:No\.\s?[0-9]{1,2}\s)?"
    r"(?P<other>(?:[A-Z][\w’'.&-]*\s){0,2}[A-Z][\w’'.&-]*)\s(?P<two>[0-9]{1,3})"
    r"(?![\w.]|\s?[-–]\s?[0-9]|\s?,\s(?:No\.\s?[0-9]{1,2}\s)?(?:[A-Z][\w’'.&-]*\s){1,3}[0-9])"
)
# Words of a vote or a poll on the line: "Lind 52, Varga 48" there is a share of votes
_VOTE_LINE_RE = re.compile(
    r"\b(?:primar(?:y|ies)|caucus\w*|election\w*|electoral|precincts?|delegates?|ballots?|"
    r"votes?|voters?|polls?|polling|survey\w*|percent|per\s?cent)\b|%",
    re.IGNORECASE,
)


def result_line(text: str, start: int, end: int) -> tuple[re.Match[str], str, str] | None:
    """The result printed as "Orvel 65, Dalby 53" (:data:`_RESULT_LINE_RE`), one of whose
    numbers is ``text[start:end]``, with the team named before each number; None when the
    numbers are not such a result, the first team's name is not told, a third team follows
    or the line tells a vote."""
    found = _RESULT_LINE_RE.match(text, start)
    if found is None:
        found = next(
            (
                m
                for m in _RESULT_LINE_RE.finditer(text, max(0, start - 60), end)
                if m.start("two") == start
            ),
            None,
        )
    if found is None or _LISTED_BEFORE_RE.search(text, max(0, found.start() - 60), found.start()):
        return None
    line_start = text.rfind("\n", 0, found.start()) + 1
    line_end = text.find("\n", found.end())
    if _VOTE_LINE_RE.search(text, line_start, line_end if line_end >= 0 else len(text)):
        return None
    one = named_before(text, found.start())
    other = found.group("other")
    if one is None or _bare(other.split()[0]) in _NO_NAME_WORDS or _bare(one) == _bare(other):
        return None
    return found, one, other


# A team and points listed before the first team of a result line: "Foxes 70, Orvel 65,
# Dalby 53" is a list of three
_LISTED_BEFORE_RE = re.compile(
    r"[A-Z][\w’'.&-]*\s[0-9]{1,3}\s?,\s(?:No\.\s?[0-9]{1,2}\s)?(?:[A-Z][\w’'.&-]*\s){1,3}$"
)


def _bare(word: str) -> str:
    """A word lowered, without a possessive ending ("Orvel’s" -> "orvel")."""
    return without_possessive(word.lower())


def without_possessive(name: str) -> str:
    """A name without the possessive ending of its last word ("Orvel’s" ->
    "Orvel", "the Red Foxes'" -> "the Red Foxes")."""
    return _POSSESSIVE_END_RE.sub("", name)


_POSSESSIVE_END_RE = re.compile(r"['’]s?$")


def _game_sides(text: str, first: _Atom, second: _Atom) -> tuple[Quantity, Quantity] | None:
    """The two sides of a game's score or of a record, when the text says whose numbers
    they are; None for a score-like pair nobody is named for ("it was 45-35 with 13:41
    left", a run of "15-2": left as a score or tally).

    A result of a game is the points of the winner and of the loser ("defeated Dalby
    65-53", "an 88-72 loss"); a record is wins then losses ("the Sixers (9-14)", "a 122-147
    record", "improved to 25-7"). Each side is a figure of kind "score" whose unit says what
    it counts: "winning points", "losing points", "wins", "losses" (a tie, "points").
    """
    if _MORE_OF_A_LINE_RE.match(text, second.end) or _LINE_BEFORE_RE.search(
        text, max(0, first.start - 4), first.start
    ):
        return None  # "(31-4-3)": wins, losses and draws, whose sides the pair is not alone
    if _BRACKET_BEFORE_RE.search(text, max(0, first.start - 3), first.start) and not (
        _BRACKET_CLOSES_RE.match(text, second.end)
    ):
        return None  # "Okafor (6-2, 195)": a player's height and weight, no record
    if _TEAM_AFTER_RE.match(text, second.end) and _THE_BEFORE_RE.search(
        text, max(0, first.start - 6), first.start
    ):
        return _score_side(text, first, "wins"), _score_side(text, second, "losses")
    named = (
        named_before(text, first.start) is not None
        or named_after_game(text, second.end) is not None
    )
    before = text[max(0, first.start - 60) : first.start]
    line = text[max(0, first.start - 40) : first.start]
    if named and (_GAME_BEATEN_BEFORE_RE.search(before) or _GAME_AFTER_RE.match(text, second.end)):
        if first.value == second.value:
            return _score_side(text, first, "points"), _score_side(text, second, "points")
        big = first.value > second.value
        return (
            _score_side(text, first, "winning points" if big else "losing points"),
            _score_side(text, second, "losing points" if big else "winning points"),
        )
    if _moment_of_game(text, first, second):
        return _moment_sides(text, first, second)
    if not named:
        opens = max(text.rfind(". ", 0, first.start) + 1, text.rfind("\n", 0, first.start) + 1)
        if (
            _RECORD_AFTER_RE.match(text, second.end) or _RECORD_BEFORE_RE.search(line)
        ) and _HOLDER_PRONOUN_RE.search(text, max(opens, first.start - 120), first.start):
            # "He had a 162-139 record", "they went 5-11": a record whose holder the
            # sentence names by a pronoun only, known by its numbers
            pair = _pair_words(first, second)
            return (
                _score_side(text, first, f"wins, record {pair}"),
                _score_side(text, second, f"losses, record {pair}"),
            )
        return None
    if _SCORE_OF_BEFORE_RE.search(line):
        return None  # "jumped out on Ole Miss by a score of 32-14 midway": a game going on
    record = (
        _RECORD_AFTER_RE.match(text, second.end)
        or _RECORD_TO_BEFORE_RE.search(line)
        or _RECORD_BEFORE_RE.search(line)
        or (
            _RECORD_PLAIN_BEFORE_RE.search(text, max(0, first.start - 10), first.start)
            and _RECORD_PLAIN_AFTER_RE.match(text, second.end)
        )
    )
    if record:
        return _score_side(text, first, "wins"), _score_side(text, second, "losses")
    return None


# A person or a team told by a pronoun: "He had a 162-139 record", "they went 5-11"
_HOLDER_PRONOUN_RE = re.compile(r"\b(?:he|she|they|his|her|their|we|our)\b", re.IGNORECASE)
# A score at a moment of a game, told by the lead or deficit it is ("a 14-0 lead", "an
# early 17-7 advantage", "a 24-14 deficit"), by a word of leading, trailing or a tie right
# before it ("trailing 14-0", "were down 14-0", "with the score tied 24-24", "tied the
# game at 24-24"), or by a comeback from it ("fought back from 14-0").
_MOMENT_AFTER_RE = re.compile(
    r"\s*(?!to\s)(?:[\w-]+\s+)?(?:lead|advantage|edge|deficit|cushion)\b|\s+(?:down|behind)\b",
    re.IGNORECASE,
)
_MOMENT_BEFORE_RE = re.compile(
    r"(?:\b(?:led|leading|leads|trail(?:s|ed|ing)|tied|level|down|behind)\s+(?:(?:at|by)\s+)?|"
    r"\btied\s+(?:the\s+)?(?:game|score|match|contest)\s+(?:at\s+)?|"
    r"\b(?:came|come|comes|coming|fought|fighting|battled|battling|rallied|rallying|"
    r"recovered|recovering)\s+(?:back\s+)?from\s+)$",
    re.IGNORECASE,
)


def _moment_of_game(text: str, first: _Atom, second: _Atom) -> bool:
    """Whether a score-like pair is the score at some moment of a game
    (:data:`_MOMENT_AFTER_RE`, :data:`_MOMENT_BEFORE_RE`), on no line of a vote or a poll."""
    if not (
        _MOMENT_AFTER_RE.match(text, second.end)
        or _MOMENT_BEFORE_RE.search(text, max(0, first.start - 40), first.start)
    ):
        return False
    opens = text.rfind(". ", 0, first.start) + 1
    closes = text.find(". ", second.end)
    sentence = text[max(opens, first.start - 200) : closes if closes >= 0 else len(text)]
    return _VOTE_LINE_RE.search(sentence) is None


def _moment_sides(text: str, first: _Atom, second: _Atom) -> tuple[Quantity, Quantity]:
    """The two sides of a score at a moment of a game: the leading and the trailing side's
    points (each side's, in a tie). Such a moment has no name but its numbers: two reports'
    "14-0 lead" are one moment's, and a "14-3 lead" is another moment, never a dispute."""
    pair = _pair_words(first, second)
    if first.value == second.value:
        return (
            _score_side(text, first, f"points, score {pair}"),
            _score_side(text, second, f"points, score {pair}"),
        )
    big = first.value > second.value
    return (
        _score_side(text, first, f"{'leading' if big else 'trailing'} points, score {pair}"),
        _score_side(text, second, f"{'trailing' if big else 'leading'} points, score {pair}"),
    )


def _pair_words(first: _Atom, second: _Atom) -> str:
    """A score's or a record's two numbers as one writes them: "14-0"."""
    return f"{_tidy(first.value)}-{_tidy(second.value)}"


def _named_games(
    text: str, atoms: list[_Atom], reasons: list[Reason | None]
) -> dict[int, Quantity]:
    """The sides of the games' scores and records set aside number by number ("beat Dalby
    65-53": the first number went with the name), where the text says whose they are; by
    where each number starts."""
    out: dict[int, Quantity] = {}
    at = {a.start: (a, why) for a, why in zip(atoms, reasons, strict=True)}
    for a, why_a in zip(atoms, reasons, strict=True):
        # "Orvel 65, Dalby 53": a result printed team by team, the winner's points first
        printed = result_line(text, a.start, a.end) if why_a == "score or tally" else None
        if printed is None or a.start in out or printed[0].start("one") != a.start:
            continue
        b, why_b = at.get(printed[0].start("two"), (None, None))
        if b is None or why_b != "score or tally" or {a.form, b.form} != {"digits"}:
            continue
        if a.value == b.value:
            out[a.start], out[b.start] = (
                _score_side(text, a, "points"),
                _score_side(text, b, "points"),
            )
            continue
        big = a.value > b.value
        out[a.start] = _score_side(text, a, "winning points" if big else "losing points")
        out[b.start] = _score_side(text, b, "losing points" if big else "winning points")
    for a, b, why_a, why_b in zip(atoms, atoms[1:], reasons, reasons[1:], strict=False):
        if why_a != "score or tally" or why_b != "score or tally" or a.start in out:
            continue
        if not _SCORE_JOIN_RE.fullmatch(text, a.end, b.start) or {a.form, b.form} != {"digits"}:
            continue
        game = _game_sides(text, a, b)
        if game is not None:
            out[a.start], out[b.start] = game
    return out


def _score_side(text: str, atom: _Atom, unit: str) -> Quantity:
    """One side of a game's score or a record: its number as written, counting ``unit``."""
    return _side(text, atom, kind="score", unit=unit)


# "15€50": a sign glued between whole units and two digits of cents, as French writes prices
_GLUED_CENTS_RE = re.compile(r"[0-9]{2}(?![0-9]|[.,][0-9])")


# Money just before a number: another currency, a sign or a word of exchange
_MONEY_NEAR_RE = re.compile(
    r"[$€£¥]|\b(?:dollars?|yen|pounds|francs|currenc(?:y|ies)|exchange|quoted|traded)\b",
    re.IGNORECASE,
)


def _money_after(
    text: str, atoms: list[_Atom], i: int, used: int, end: int
) -> tuple[str, str, int] | None:
    """A currency code or word after the number: (unit, basis, end), or None.

    "pounds" is money only with a scale or a word of paying (``triangulate.claims.currency``).
    """
    m = SUFFIX_RE.match(text, end)
    if m is None:
        return None
    if (
        m.group().strip()[-1:] in "$€£¥₹"
        and text[m.end() : m.end() + 1].isdigit()
        and not (m.group() in "$€£¥₹" and _GLUED_CENTS_RE.match(text, m.end()))
    ):
        return None  # "a 1935 $20 bill": the sign of the next amount, after a year
    unit = suffix_unit(m)
    if unit == "pounds":
        scaled = atoms[i + used - 1].scaled
        if not scaled and _OF_AFTER_RE.match(text, m.end()):
            return None  # "sold 500 pounds of cocaine": a weight of something
        if _TO_WEIGHT_AFTER_RE.match(text, m.end()):
            return None  # "convert 8 pounds to kilograms": a weight, whatever the verb
        before = text[max(0, atoms[i].start - 50) : atoms[i].start]
        if not scaled and _WEIGHT_BEFORE_RE.search(before) and not PAYING_RE.search(before):
            return None  # "the weight limit is 50 pounds per person": a weight's rate
        if not (
            scaled
            or PAYING_RE.search(text, max(0, atoms[i].start - 50), atoms[i].start)
            or _PRICE_PER_AFTER_RE.match(text, m.end())
            or _PENCE_AFTER_RE.match(text, m.end())
            or _SPOKEN_PENCE_AFTER_RE.match(text, m.end())
            or _MONEY_THEN_BRACKET_RE.search(text, max(0, atoms[i].start - 40), atoms[i].start)
        ):
            return None
        unit = "GBP"
    if unit == "marks":
        near = text[max(0, atoms[i].start - 80) : atoms[i].start]
        if not (
            atoms[i + used - 1].scaled or PAYING_RE.search(near) or _MONEY_NEAR_RE.search(near)
        ):
            return None  # "scored 8 marks": a grade's marks, no money
        unit = "DEM"
    written = m.group().strip(" -")
    if (
        written.lower() == "won"
        and atoms[i + used - 1].value < 1000
        and not PAYING_RE.search(text, max(0, atoms[i].start - 50), atoms[i].start)
    ):
        # "Of the 40 running, 32 won.": the verb; the currency is in thousands, unless a
        # word of paying says a small price ("paid 300 won", "the price was 500 won")
        return None
    basis = ("sign" if written in ("$", "¥") else "word") if unit in AMBIGUOUS else "stated"
    return unit, basis, m.end()


# "$7,500 (about 5,000 pounds)", "30bn euros (25.7bn pounds)": a conversion in brackets
# right after an amount of money is money too
_MONEY_THEN_BRACKET_RE = re.compile(
    r"(?:[$€£¥]\s?[0-9][0-9.,]*|[0-9][0-9.,]*\s?(?:euros?|dollars?|yen|[A-Z]{3}))"
    r"(?:\s?(?:million|billion|bn|m|tn|trillion))?\s?\(\s?"
    r"(?:(?:about|around|roughly|some|approximately|nearly|almost|or)\s+)?$"
)
# "weighs", "the weight limit", "heavier": a line of weight before the pounds
_WEIGHT_BEFORE_RE = re.compile(
    r"\b(?:weigh(?:s|ed|ing)?|weights?|heav(?:y|ier|iest)|light(?:er|est)|obes\w*|"
    r"overweight)\b",
    re.IGNORECASE,
)
# "8 pounds to kilograms", "200 pounds in kg": a weight said in another unit of weight
_TO_WEIGHT_AFTER_RE = re.compile(
    r"\s+(?:to|into|in|or|equals?|is)\s+(?:about\s+|roughly\s+|around\s+)?(?:[0-9.,]+\s?)?"
    r"(?:kilo(?:gram(?:me)?)?s?|kgs?|grams?|grammes?|ounces?|oz|stones?|tonnes?)\b",
    re.IGNORECASE,
)
# "150 pounds per night", "1000 pounds a head": a price's rate, so money
# "3 pounds 5 pence", "2 pounds and 30p": pence after pounds make the pounds money
_PENCE_AFTER_RE = re.compile(
    r"\s+(?:and\s+)?(?:[0-9]{1,2}\s?(?:pence\b|p\b)|[a-z]+(?:[\s-][a-z]+)?\s+pence\b)",
    re.IGNORECASE,
)
# "five pounds fifty.", "a pound twenty": the pence spoken after the pounds, closing the
# clause as a price is said, make the pounds money (a weight names its ounces: "7 pounds 8
# ounces")
_SPOKEN_PENCE_AFTER_RE = re.compile(
    rf"\s+{_SPOKEN_CENTS}(?=\s*(?:[.,;:!?)]|$|\s+(?:a|an|per|each|for|please)\b))",
    re.IGNORECASE,
)
_PRICE_PER_AFTER_RE = re.compile(
    r"\s+(?:per|a|an)\s+(?:person|head|night|month|week|ticket|share|seat|passenger|guest)\b",
    re.IGNORECASE,
)


_ISO_CODES = (
    r"USD|EUR|GBP|JPY|CNY|INR|SGD|AUD|CAD|HKD|NZD|MYR|IDR|THB|PHP|KRW|CHF|SEK|NOK|DKK|RUB|BRL|"
    r"MXN|ZAR|AED|SAR|TWD"
)
# A scale letter glued to a code: "MEUR", "MUSD", "kEUR" or "KEUR", German "TEUR" (Tausend),
# "Mio. EUR".
_SCALE_LETTERS: dict[str, float] = {
    "M": 1e6,
    "Mio.": 1e6,
    "Mio": 1e6,
    "k": 1e3,
    "K": 1e3,
    "T": 1e3,
}
# ... or in lower-cased copy: "120 meur", "keur 500" (no "maud", a name's letters)
_SCALED_CODE = (
    rf"(?:(?P<scale>M|k|K|T|Mio\.?\s?)(?P<code>{_ISO_CODES})"
    r"|(?P<lscale>m|k)(?P<lcode>eur|usd|gbp|chf|sek|nok|dkk|jpy|cny))"
)
_SCALED_CODE_AFTER_RE = re.compile(rf"\s?{_SCALED_CODE}(?![A-Za-z])")
_SCALED_CODE_BEFORE_RE = re.compile(rf"(?<![A-Za-z]){_SCALED_CODE}\s?$")
_SCALE_AFTER_CODE_RE = re.compile(
    r"\s+(?P<scale>thousand|million|billion|trillion|mn|bn)\b", re.IGNORECASE
)
_CODE_SCALES: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}


def _scaled_code(
    text: str, lo: int, at: int, end: int, next_start: int
) -> tuple[str, float, int, int] | None:
    """A code with a scale letter before or after the number: (code, factor, start, end)."""
    m = _SCALED_CODE_AFTER_RE.match(text, end)
    if m is not None and m.end() <= next_start:
        return _code_of(m), _scale_of(m), at, m.end()
    m = _SCALED_CODE_BEFORE_RE.search(text, max(lo, at - 10), at)
    if m is not None:
        return _code_of(m), _scale_of(m), m.start(), end
    return None


def _code_of(m: re.Match[str]) -> str:
    return m.group("code") or m.group("lcode").upper()


def _scale_of(m: re.Match[str]) -> float:
    return _SCALE_LETTERS[(m.group("scale") or m.group("lscale").upper()).strip()]


# "one kuai and five mao five", "three kuai five", "3 yuan 5 jiao 2 fen": the tenths (mao,
# jiao) and hundredths (fen) of a yuan after "kuai", or after "yuan" when they are named
_MAO_AFTER_RE = re.compile(
    r"(?:\s+and)?\s+(?P<mao>[0-9]|[a-z]+)(?P<word>\s+(?:mao|jiao))?"
    r"(?:\s+(?P<fen>[0-9]|[a-z]+)(?:\s+fen)?)?"
    r"(?=\s*[.,;!?]|\s*$|\s+(?:and|or|more|less|each|apiece|for)\b)",
    re.IGNORECASE,
)

_FEN_AFTER_RE = re.compile(
    r"(?:\s+and)?\s+(?P<fen>[0-9]|[a-z]+)\s+fen\b"
    r"(?=\s*[.,;!?]|\s*$|\s+(?:and|or|more|less|each|apiece|for)\b)",
    re.IGNORECASE,
)


def _digit_said(word: str) -> int | None:
    """A single digit written in digits or as a word ("5", "five")."""
    if word.isdigit():
        return int(word)
    read = read_word_number(word, 0)
    if read is None or read.end != len(word) or not float(read.value).is_integer():
        return None
    return int(read.value) if 0 <= read.value < 10 else None


def _mao(text: str, end: int, named: bool = False) -> tuple[float, int] | None:
    """The mao and fen after an amount in kuai, as (fraction of a yuan, end); after "yuan"
    (``named``) only when the tenths say their name ("3 yuan 5 jiao")."""
    fen_only = _FEN_AFTER_RE.match(text, end)
    if fen_only is not None:
        # "two yuan three fen": hundredths alone
        fen_alone = _digit_said(fen_only.group("fen"))
        return None if fen_alone is None else (fen_alone / 100, fen_only.end())
    m = _MAO_AFTER_RE.match(text, end)
    if m is None or (named and not m.group("word")):
        return None
    mao = _digit_said(m.group("mao"))
    fen = _digit_said(m.group("fen")) if m.group("fen") else 0
    if mao is None or fen is None:
        return None
    return round(mao / 10 + fen / 100, 2), m.end()


def _cents(text: str, end: int) -> tuple[float, int] | None:
    """The cents after an amount ("and forty-five cents", " 50."), as (fraction, end)."""
    m = _CENTS_AFTER_RE.match(text, end)
    if m is None or (m.group("comma") and not _MINOR_UNIT_END_RE.search(text, end, m.end())):
        # ("thirteen dollars, forty-five cents": after a comma only cents that say so)
        return None
    cents = m.group("cents")
    if cents.isdigit():
        value: float = int(cents)
    else:
        word = read_word_number(cents, 0)
        if word is None or word.end != len(cents):
            return None
        value = word.value
    if not 0 < value < 100:
        return None
    return value / 100, m.end()


# "one in five", "nine out of 10", "1 in 3": a share of a whole, before what it counts
_SHARE_JOIN_RE = re.compile(r"\s+(?:in|out\s+of)\s+(?:every\s+)?", re.IGNORECASE)
# A capitalised plural is a people named by their country or group ("one in four Americans").
_SHARE_END_RE = re.compile(r"\s+(?:[a-z][a-z'’-]*|[A-Z][a-z]+s|of)\b|\s*[.,;:)]|\s*$")


def _is_share(text: str, atoms: list[_Atom], i: int) -> bool:
    """Whether ``atoms[i]`` opens a share "X in Y" ("one in five adults")."""
    if i + 1 >= len(atoms):
        return False
    first, second = atoms[i], atoms[i + 1]
    if first.form not in ("digits", "word") or second.form not in ("digits", "word"):
        return False
    if first.scaled or second.scaled or not (0 < first.value < second.value <= 1000):
        return False
    if not (float(first.value).is_integer() and float(second.value).is_integer()):
        return False
    if not _SHARE_JOIN_RE.fullmatch(text, first.end, second.start):
        return False
    # "two in 10 minutes", "3 in 5 days" are counts in a span of time, not shares
    return _SHARE_END_RE.match(text, second.end) is not None and not _unit_follows(text, second.end)


# A temperature scale's letter in lower case after a number ("18 c", "40 f"), and the words
# that say a line speaks of a temperature.
# ("38 c." ends a sentence; "c. 1900" is circa)
_TEMPERATURE_LETTER_RE = re.compile(r"\s(?-i:([cf]))(?![\w'’-]|\.\w|\.\s?[0-9])")
_PRICE_WORD_BEFORE_RE = re.compile(
    r"\b(?:costs?|costing|priced?|prices|paid|pays?|charg(?:e|es|ed|ing)|sells?|sold|fares?|"
    r"fees?|spent|spend)\b(?:\s+[\w'’]+){0,4}\s+$",
    re.IGNORECASE,
)
_SPACED_PENCE_RE = re.compile(r"\s(?-i:p)(?![\w'’-]|\.\w|\.\s?[0-9])")
_GLUED_TEMPERATURE_LETTER_RE = re.compile(r"(?-i:(c))(?![\w.'’-]|\.\w)")
_TEMPERATURE_WORD_RE = re.compile(
    r"\b(?:temperatures?|temps?|thermometers?|thermostats?|fevers?|celsius|celcius|centigrade|"
    r"fahrenheit|farenheit|degrees?|warm|warmer|cold|colder|hot|hotter|cool|freezing|heat|"
    r"weather|forecast|oven)\b",
    re.IGNORECASE,
)


def _minus_before_sign(text: str, lo: int, at: int) -> bool:
    """Whether a minus sign is glued before the currency sign at ``at`` ("-$500", "−£3m").

    Only where the minus opens a word: after a digit or a percent sign the dash joins two
    amounts ("$5-$10" is a range), and no quantity before ``lo`` is cut into.
    """
    if at - 1 < lo or text[at - 1] not in "-−":
        return False
    return at == 1 or text[at - 2] in " \t([\"“'"


def _build(text: str, atoms: list[_Atom], i: int, lo: int) -> _Built:
    """The quantity that starts with ``atoms[i]``; ``lo`` is the end of the previous one."""
    first = atoms[i]
    if _score(text, atoms, i):
        return _Built(
            quantity=None, next_index=i + 2, reason="score or tally", end=atoms[i + 1].end
        )
    last = first
    start = first.start
    low: float | None = first.value
    high: float | None = first.value
    vague = first.form == "vague"
    ranged = False
    used = 1
    if i + 1 < len(atoms):
        joined = _range_with(text, first, atoms[i + 1], lo)
        if joined is not None:
            second = atoms[i + 1]
            start, low = joined
            ranged, last, used = True, second, 2
            vague = vague or second.form == "vague"
            high = None if second.form == "vague" else second.value
            if high is not None and low is not None and high < low:
                low, high = high, low  # "-5 to -10": the colder end is the low one
    share = not ranged and _is_share(text, atoms, i)
    if share:
        # "one in five adults", "nine out of 10 doctors": a share, read as a percentage
        last, used = atoms[i + 1], 2
        low = high = _tidy(round(100 * first.value / last.value, 1))
    end = last.end
    next_start = atoms[i + used].start if i + used < len(atoms) else len(text)

    kind: Kind = "count"
    unit: str | None = None
    basis: str | None = None
    plus = _PLUS_BEFORE_UNIT_RE.match(text, end) if not ranged else None
    if plus and _unit_follows(text, plus.end()):
        end = plus.end()  # "15-plus years", "90-plus minutes": a floor, and its unit
    else:
        plus = None
    currency = _currency_before(text, lo, first.start)
    if first.form == "fraction" or share:
        kind, unit = "percent", "percent"
    elif currency and not _SCALED_CODE_BEFORE_RE.search(text, max(lo, start - 12), start):
        # ("kEUR 500" is read below: the sign the euro's code spells is only part of it)
        kind, start = "money", min(start, currency.start())
        unit = prefix_unit(currency)
        basis = "sign" if unit in AMBIGUOUS else "stated"
        if not ranged and first.value > 0 and _minus_before_sign(text, lo, start):
            # "a balance of -$500", "(−£3m)": a minus sign before the currency's sign
            start, low, high = start - 1, -first.value, -first.value
        named_cents = None if ranged or vague or last.scaled else _cents(text, end)
        if (
            named_cents is not None
            and low is not None
            and float(low).is_integer()
            and _MINOR_UNIT_END_RE.search(text, end, named_cents[1])
        ):
            # "$ 5 and 50 cents", "£2 and 30 pence": the cents named after the sign's amount
            low = high = low + named_cents[0]
            end = named_cents[1]
    elif (scaled_code := _scaled_code(text, lo, first.start, end, next_start)) is not None:
        # "120 MEUR", "MAUD 60", "40 TEUR": a code with a scale letter, as business news
        # writes it
        kind, unit, basis = "money", scaled_code[0], "stated"
        start, end = min(start, scaled_code[2]), max(end, scaled_code[3])
        if not last.scaled:
            low = None if low is None else _scaled(low, scaled_code[1])
            high = None if high is None else _scaled(high, scaled_code[1])
    else:
        for pattern, unit_kind, unit_name in _UNIT_AFTER:
            m = pattern.match(text, end)
            if m and m.end() <= next_start:
                if unit_name == "in" and _closes_quotation(text, m):
                    continue  # 'said "fewer than 20" of its clients': a quotation's close
                whole_turn = first.value == 1 and _FULL_TURN_RE.match(text, first.start)
                if unit_name == "turn" and not ((0 < first.value < 1 or whole_turn) and used == 1):
                    continue  # "3 turns" counts turns; "a half turn" is a rotation
                if unit_name == "mm" and _WEAPON_AFTER_RE.match(text, m.end()):
                    # "a 9mm handgun", "155mm shells": a calibre names the weapon
                    return _Built(quantity=None, next_index=i + used, reason="name", end=m.end())
                if (
                    unit_name == "kn"
                    and m.group().strip(" -") == "kn"
                    and not _SPEED_WORD_RE.search(text, max(0, start - 120), m.end() + 60)
                ):
                    continue  # "the room cost 500 kn": Croatia's kuna; knots are a speed's
                if (
                    unit_name == "kn"
                    and m.group().strip(" -").lower() == "kt"
                    and (_BLAST_WORD_RE.search(text, max(0, start - 120), m.end() + 120))
                ):
                    kind, unit, end = "energy", "kt", m.end()  # "a yield of 20 kt": kilotons
                    break
                if unit_name == "yd" and _YARD_LINE_AFTER_RE.match(text, m.end()):
                    # "from the 20-yard line": a place on a playing field, no length
                    return _Built(
                        quantity=None, next_index=i + used, reason="place phrase", end=m.end()
                    )
                kind, unit, end = unit_kind, unit_name, m.end()
                if (
                    unit_name == "percentage_point"
                    and "-" in m.group()
                    and "percentage" not in m.group().lower()  # never a game's points
                    and not _POLL_WORDS_RE.search(text, max(0, start - 300), end + 300)
                ):
                    kind, unit = "count", None  # "a 10-point lead" in a game: its points
                break
        else:
            money = _money_after(text, atoms, i, used, end)
            duration = _DURATION_RE.match(text, end)
            if money is not None and money[2] <= next_start:
                kind, (unit, basis, end) = "money", money
                scale = _SCALE_AFTER_CODE_RE.match(text, end)
                if scale and not last.scaled and scale.end() <= next_start:
                    # "75 USD million": the scale word after the code
                    factor = _CODE_SCALES[case_key(scale.group("scale"))]
                    low = None if low is None else _scaled(low, factor)
                    high = None if high is None else _scaled(high, factor)
                    end = scale.end()
                # "1 million dollars and 20 cents" adds no cents to a scaled amount, nor
                # "10 cents and 20 cents" to an amount already in cents or pence
                minor = unit in ("cent", "GBp")
                cents = None if ranged or vague or last.scaled or minor else _cents(text, end)
                if unit == "CNY" and text[:end].lower().endswith("kuai"):
                    cents = None if ranged or vague else _mao(text, end)
                elif unit == "CNY" and not (ranged or vague or last.scaled):
                    # "3 yuan 5 jiao", "two yuan three fen"; a bare digit after "yuan" is its
                    # tenths as after "kuai" ("3 yuan 5": 3.5), two digits its cents
                    cents = _mao(text, end, named=True) or _mao(text, end) or cents
                if cents is not None and low is not None and float(low).is_integer():
                    low = high = low + cents[0]
                    end = cents[1]
            elif (weight := _POUNDS_RE.match(text, end)) and weight.end() <= next_start:
                # "pounds" that are no money (no scale, no word of paying) weigh
                kind, unit, end = "mass", "lb", weight.end()
            elif duration and duration.end() <= next_start:
                if duration.group("old") or (
                    duration.group("unit").lower() == "tahun"
                    and _MALAY_AGE_BEFORE_RE.search(
                        text, max(0, atoms[i].start - 20), atoms[i].start
                    )
                    and not text[duration.end() : duration.end() + 1].isalnum()
                ):
                    # "a 54-year-old", "30 years old", "3 years of age", "mangsa, 49 tahun,"
                    return _Built(
                        quantity=None, next_index=i + used, reason="age", end=duration.end()
                    )
                name = duration.group("unit").lower()
                kind, end = "duration", duration.end()
                unit = _DURATION_UNITS.get(name, name.rstrip("s"))
            elif _AGE_AFTER_RE.match(text, end):
                return _Built(quantity=None, next_index=i + used, reason="age", end=end)

    if (
        kind == "count"
        and unit is None
        and first.form == "digits"
        and last.scaled
        and not _CARRIED_COUNTED_AFTER_RE.match(text, end)
        and (carried := _carried_currency(text, first.start)) is not None
    ):
        # "£3m and a further 1.2m": money in the currency of the amount it is joined to
        kind, unit = "money", prefix_unit(carried)
        basis = "sign" if unit in AMBIGUOUS else "stated"
    if (
        kind == "count"
        and unit is None
        and first.form == "digits"
        and last.scaled
        and not (ranged or vague)
        and _ABBREVIATED_SCALE_END_RE.search(text, max(lo, end - 5), end)
        and _paid_scale(text, first.start, end)
    ):
        # "a deal worth 22.4bn", "paid 40m for the site": an abbreviated scale after a word of
        # paying is a sum of money, its currency not written ("¤": none the report names)
        kind, unit, basis = "money", UNREAD_CURRENCY, "unknown"
    if (
        kind == "count"
        and not (ranged or vague)
        and i + used < len(atoms)
        and atoms[i + used].form == "digits"
        and (
            _FROM_BEFORE_RE.search(text, max(lo, start - 6), start)
            or (first.form == "digits" and first.value > atoms[i + used].value)
        )
        and _TO_BETWEEN_RE.fullmatch(text[end : atoms[i + used].start])
    ):
        # "rose from 5 to 6 percent": a change, two values, the first in the second's unit
        # and, close to it, at its scale ("grew from 3 to 5 million"); "won 52 to 48 percent":
        # two shares, falling, no range
        to = atoms[i + used]
        shared = next(((k, u) for p, k, u in _UNIT_AFTER if p.match(text, to.end)), None)
        if shared is not None and shared[0] not in ("money", "duration"):
            kind, unit = shared
        if to.scaled and not first.scaled and used == 1 and 0.1 < first.raw / to.raw < 10:
            low = high = _scaled(first.raw, to.factor)
    if kind == "length" and unit == "km" and _CJK_PER_HOUR_BEFORE_RE.search(text, lo, start):
        kind, unit = "speed", "km/h"  # "每小时150公里", "时速150公里": kilometres an hour
    if kind == "count" and _SIDE_AFTER_RE.match(text, end):
        side = _dimensions_unit(text, start, end)
        if side is not None:
            kind, unit = side  # "3 x 4 metres": the first side is in metres too
    scale_letter = _TEMPERATURE_LETTER_RE.match(text, end) if kind == "count" else None
    if (
        kind == "money"
        and unit == "cent"
        and text[end - 1 : end] == "c"
        and text[end - 2 : end - 1].isdigit()
        and not PAYING_RE.search(text, max(0, start - 50), start)
    ):
        # "the temperature outside is 20c": a glued "c" is cents only where no line of a
        # temperature holds it ("50c a litre" after a word of paying stays money)
        scale_letter = _GLUED_TEMPERATURE_LETTER_RE.match(text, end - 1)
        if scale_letter is None or not _TEMPERATURE_WORD_RE.search(text):
            scale_letter = None
        else:
            end = scale_letter.start()
    if (
        scale_letter is not None
        and scale_letter.end() <= next_start
        and _TEMPERATURE_WORD_RE.search(text)
    ):
        # "keep the room at 18 c", "the temperature is 40 f": a scale's letter in lower case
        # is a temperature only where the line speaks of one
        kind, end, basis = "temperature", scale_letter.end(), None
        unit = "°C" if scale_letter.group(1).lower() == "c" else "°F"
    pence = _SPACED_PENCE_RE.match(text, end) if kind == "count" and not vague else None
    if (
        pence is not None
        and pence.end() <= next_start
        and _PRICE_WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    ):
        # "boxes priced at 75 p each": pence spaced from the amount, after a word of a price
        kind, unit, basis, end = "money", "GBp", "stated", pence.end()
    below_zero = (
        _BELOW_ZERO_RE.match(text, end) if kind in ("temperature", "degree", "count") else None
    )
    if below_zero is not None and kind == "count":
        if below_zero.group().rstrip().lower().endswith("zero"):
            kind, unit = "degree", "degree"  # "it was 5 below zero": degrees, the unit left out
        else:
            below_zero = None  # "12 below freezing" may be Fahrenheit: no value to say
    if below_zero is not None:
        # "5 degrees below zero": minus five
        low = None if low is None else -abs(low)
        high = None if high is None else -abs(high)
        if ranged and low is not None and high is not None:
            low, high = min(low, high), max(low, high)
        end = below_zero.end()
    elif (
        kind in ("temperature", "degree")
        and not (ranged or vague)
        and low is not None
        and low > 0
        and (spaced := _SPACED_MINUS_BEFORE_RE.search(text, max(lo, start - 3), start))
        # ... never after a measure, where the dash opens an aside ("10 degrees - 5 more")
        and not _MEASURE_BEFORE_DASH_RE.search(text, max(0, start - 30), spaced.start())
    ):
        start, low, high = spaced.start(), -low, None if high is None else -high

    if (
        kind == "count"
        and not (ranged or vague)
        and low is not None
        and 100 <= low <= 400
        and _ROSTER_HEIGHT_BEFORE_RE.search(text, max(0, start - 12), start)
        and _ROSTER_WEIGHT_AFTER_RE.match(text, end)
    ):
        kind, unit = "mass", "lb"  # "(6-2, 195)": a player's height, then weight in pounds
    # ... and an amount of money in whole units ("1 dollar and a half", "ten euros and a
    # half": half a unit more), never a scaled one, whose half would be of the scale
    halves = kind not in ("count", "money", "percent") or (kind == "money" and not last.scaled)
    half = _AND_A_HALF_RE.match(text, end) if halves else None
    if half is not None and not (ranged or vague) and low is not None and low == high:
        # "an hour and a half", "a mile and a half": the half is the measure's, no share
        low = high = low + 0.5
        end = half.end()
        while i + used < len(atoms) and atoms[i + used].start < end:
            used += 1

    odd = _ODD_AFTER_RE.match(text, end) if kind == "count" and not (ranged or vague) else None
    if odd is not None:
        end = odd.end()  # "30-odd people", "a hundred-odd": about that many
    if kind == "count" and not (ranged or vague) and _TO_LIFE_AFTER_RE.match(text, end):
        kind, unit = "duration", "year"  # "sentenced to 25-to-life": 25 years to life
    if kind == "count" and (
        _HYPHENATED_RE.match(text[end : end + 12])
        or _SPACED_COMPOUND_RE.match(text, end)
        or _STAR_RATING_RE.match(text, end)
    ):
        # "two-thirds", "5-star", "one-sided", "a 9 - iron"
        return _Built(quantity=None, next_index=i + used, reason="part of a word", end=end)

    hedge: Hedge = "exact"
    before = _hedge_before(text, lo, start)
    if before is not None:
        start, hedge = before
    elif (passed := _PASSED_BEFORE_RE.search(text, max(lo, start - 30), start)) and _a_mark(
        text, passed, end, new_verb=passed.group().lower().startswith("cross")
    ):
        hedge = "at_least"  # "surpassed 1,500", "topped the 1,000 mark": the verb stays out
    elif (near := _NEARED_BEFORE_RE.search(text, max(lo, start - 30), start)) and _a_mark(
        text, near, end, new_verb=True
    ):
        hedge = "about"  # "the toll neared 50", "approaching the 100 mark"
    after = _HEDGE_AFTER_RE.match(text, end)
    if after and after.end() <= next_start and not ranged:
        end = after.end()
        hedge = (
            "at_least"
            if after.group("more") or after.group("plus") or after.group("spaced_plus")
            else "at_most"
            if after.group("less")
            else "about"
        )
    if hedge == "exact" and (first.about or odd is not None):
        hedge = "about"  # "a couple of"
    if (
        hedge == "exact"
        and not ranged
        and _IN_THE_BEFORE_RE.search(text, max(lo, start - 8), start)
        and _RANGE_AFTER_RE.match(text, end)
    ):
        hedge = "about"  # "rates in the 25 percent range": near that value
    if plus is not None:
        hedge = "at_least"
    magnitude = (
        _MAGNITUDE_BEFORE_RE.search(text, max(lo, start - 20), start) if kind == "count" else None
    )
    # A quake's size is a number from 1 to 10; a bare count of that size may be one.
    shock_sized = low is not None and 1 <= low < 10
    bare_shock_sized = magnitude is None and kind == "count" and not ranged and shock_sized
    if (
        kind == "degree"
        and shock_sized
        and text[end - 6 : end].lower() == "degree"
        and _QUAKE_AFTER_RE.match(text, end)
    ):
        kind, unit = "magnitude", "magnitude"  # "a 6.7-degree quake": its magnitude
    if bare_shock_sized and "." in text[first.start : end] and _QUAKE_AFTER_RE.match(text, end):
        kind, unit = "magnitude", "magnitude"  # "a 5.9 quake": a decimal before a quake
    if (
        bare_shock_sized
        and kind == "count"
        and (m := _QUAKE_MEASURED_BEFORE_RE.search(text, max(lo, start - 60), start))
        and ("." in text[first.start : end] or m.group("verb"))
        and not _next_word_is_count_noun(text, end)
    ):
        # "the aftershock measured 5.4", "a tremor of 4.8": a shock's size after its noun
        kind, unit = "magnitude", "magnitude"
    if magnitude is not None:
        kind, unit = "magnitude", "magnitude"  # "a magnitude of at least 5.9"
        scale_hedge = _hedge_before(text, lo, magnitude.start()) if hedge == "exact" else None
        if scale_hedge is not None:
            start, hedge = scale_hedge  # "at least magnitude 5.9": the hedge before the scale

    if kind == "count" and vague and (money_of := _VAGUE_MONEY_RE.match(text, end)) is not None:
        suffix = SUFFIX_RE.match(text, money_of.end("of")) or SUFFIX_RE.match(text, money_of.end())
        if (
            suffix is not None
            and (i + used >= len(atoms) or suffix.end() <= atoms[i + used].start)
            and not _CASH_NOUN_AFTER_RE.match(text, suffix.end())
        ):
            # "millions of dollars", "hundreds of billions of offshore dollars": money, vague
            unit = suffix_unit(suffix)
            kind, end = "money", suffix.end()
            if unit == "pounds" and _OF_AFTER_RE.match(text, end):
                kind, unit = "mass", "lb"  # "thousands of pounds of cocaine": a weight
            elif unit == "pounds":
                unit = "GBP"
            basis = ("word" if unit in AMBIGUOUS else "stated") if kind == "money" else None

    if kind == "count" and _is_year(text, atoms[i : i + used], start, end, hedged=hedge != "exact"):
        return _Built(quantity=None, next_index=i + used, reason="year", end=end)

    note = _DOLLAR_NOTE_RE.match(text, end) if kind == "money" and unit == "$" else None
    if note is not None:
        # "$7,500 (U.S.)", "$40 (Canadian)": a note after the amount says which dollar
        unit, basis, end = (
            _DOLLAR_NOTES[note.group("whose").replace(".", "").lower()],
            "stated",
            note.end(),
        )

    if vague:
        hedge, high = "vague", None
    elif ranged:
        hedge = "range"
    elif hedge == "at_least":
        high = None
    elif hedge == "at_most":
        low = None
    quantity = Quantity(
        start=start,
        end=end,
        text=text[start:end],
        low=None if low is None else _tidy(low),
        high=None if high is None else _tidy(high),
        hedge=hedge,
        unit=unit,
        kind=kind,
        vague=vague,
        basis=basis,
    )
    return _Built(quantity=quantity, next_index=i + used)


# A note in brackets after a dollar amount that says whose dollar it is: "$7,500 (U.S.)"
_DOLLAR_NOTES = {
    "us": "USD",
    "usd": "USD",
    "american": "USD",
    "canadian": "CAD",
    "cdn": "CAD",
    "cad": "CAD",
    "australian": "AUD",
    "aud": "AUD",
    "nz": "NZD",
    "nzd": "NZD",
    "singapore": "SGD",
    "sgd": "SGD",
    "hk": "HKD",
    "hkd": "HKD",
}
_DOLLAR_NOTE_RE = re.compile(
    r"\s?\(\s?(?P<whose>U\.\s?S\.|US|USD|American|Canadian|Cdn|CAD|Australian|AUD|NZ|NZD|"
    r"Singapore|SGD|HK|HKD)\s?\)",
    re.IGNORECASE,
)
# "in the 25 percent range", "in the $40 million range": a value near the one given.
_VAGUE_MONEY_RE = re.compile(r"(?P<of>\s+of\s+)(?:[a-z]+\s+)?(?=[a-zA-Z$€£¥])")
_CASH_NOUN_AFTER_RE = re.compile(r"\s+(?:coins?|notes?|bills?|banknotes?)\b", re.IGNORECASE)
_IN_THE_BEFORE_RE = re.compile(r"\bin\s+the\s+$", re.IGNORECASE)
_RANGE_AFTER_RE = re.compile(r"\s?-?\s?(?:range|region|ballpark|neighbou?rhood)\b", re.IGNORECASE)
_DIGITS_HYPHEN_BEFORE_RE = re.compile(r"(?<![\w.,])[0-9]+-$")
_FOOT_MARK_BEFORE_RE = re.compile(r"[0-9]\s?['’′]\s?[0-9]{1,2}\s?$")
# The marks that open the quotation an inch mark would close: '"' opens '"', '“' opens '”'
# and a tokenizer's '``' opens "''".
_QUOTE_OPENERS = {'"': '"', "”": "“", "''": "``"}


def _in_quotation(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a quotation opened earlier on its line."""
    line = text[max(0, text.rfind("\n", max(0, at - 400), at) + 1, at - 400) : at]
    return line.count('"') % 2 == 1 or line.rfind("“") > line.rfind("”")


def _closes_quotation(text: str, mark: re.Match[str]) -> bool:
    """Whether the quotation mark read as inches closes a quotation opened earlier on its
    line: 'said "fewer than 20" of', '“... or maybe millions” of'."""
    close = mark.group().strip()
    opener = _QUOTE_OPENERS.get(close)
    if opener is None:
        return False
    at = mark.start()
    if _FOOT_MARK_BEFORE_RE.search(text, max(0, at - 8), at):
        return False  # "he's like 6’2”": feet and inches
    line = text[max(0, text.rfind("\n", max(0, at - 400), at) + 1, at - 400) : at]
    if opener == close:
        return line.count(close) % 2 == 1
    return line.rfind(opener) > line.rfind(close)


_ROUGH_BEFORE_RE = re.compile(r"\b(?:about|around|circa|roughly|approximately)\s", re.IGNORECASE)
_TIME_CLAUSE_AFTER_RE = re.compile(r"\s?,?\s+(?:when|while|where|after|before|until)\b")
# "Around 2014, her husband left": a rough year opening a sentence, set off by a comma
_SENTENCE_OPEN_RE = re.compile(r"(?:^|[.!?:;]['’\"”]?\s+)$")


_LIST_PREP_BEFORE_RE = re.compile(r"[A-Za-z],?\s+and\s+$", re.IGNORECASE)
# A unit in brackets or a metric symbol spaced after the number: "2000 (kg)", "2000 m 2 dm"
_UNIT_MARK_AFTER_RE = re.compile(
    r"\s?[(\[{<]\s?[A-Za-zµ°]{1,4}\s?[)\]}>]|\s(?-i:m|km|cm|mm|kg|g|mg|ft|mi|ml|l|lb|lbs|oz)\s+[0-9]"
)


def _is_year(text: str, atoms: list[_Atom], start: int, end: int, *, hedged: bool) -> bool:
    """Whether bare four-digit numbers are years ("in 2014", "until at least 2007")."""
    for atom in atoms:
        token = text[atom.start : atom.end]
        if atom.form != "digits" or not _YEAR_DIGITS_RE.fullmatch(token):
            return False
    if _UNIT_MARK_AFTER_RE.match(text, end):
        return False  # "the weight is 2000 (kg)", "2000 m 2 dm": a measure, its unit marked
    after_prep = bool(_YEAR_PREP_RE.search(text, max(0, start - 20), start))
    counted = _next_word_is_count_noun(text, end)
    if hedged:
        # "more than 2000" is a count unless a temporal preposition leads the hedge, or a
        # clause of time follows a rough year ("began about 1970 when", "around 2002, when").
        if counted:
            return False
        rough = _ROUGH_BEFORE_RE.search(text, max(0, start - 1), start + 12) is not None
        return after_prep or (
            rough
            and (
                _TIME_CLAUSE_AFTER_RE.match(text, end) is not None
                or (
                    text.startswith(",", end)
                    and _SENTENCE_OPEN_RE.search(text[max(0, start - 4) : start]) is not None
                )
            )
        )
    # News writes a count of a thousand or more with a separator ("1,988 sales"): a bare
    # four-digit number before a noun is a year ("1988 sales"), unless it is round ("2000
    # people").
    round_count = counted and all(a.value % 100 == 0 for a in atoms)
    if round_count and after_prep and _LIST_PREP_BEFORE_RE.search(text, max(0, start - 8), start):
        return False  # "wire, and 2000 computers": a list's joint, no date's preposition
    return after_prep or not round_count


def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Find every number phrase in ``text`` that reports a quantity.

    Args:
        text: Any string; a document's cleaned text.

    Returns:
        The quantities in text order, without overlaps. Each ``Quantity.text`` equals
        ``text[start:end]``. Durations come back with ``kind="duration"``; dates, times, ages,
        ordinals and numbers inside names are left out (see the module docstring).
        A number phrase never spans a line break: each line is read on its own.
    """
    found: list[Quantity] = []
    at = 0
    for line in text.split("\n"):
        if line:  # the blank lines between paragraphs hold nothing
            found.extend(_shifted(q, at) for q in _in_line(line, None))
        at += len(line) + 1
    return tuple(_with_ages_at_death(text, found))


def passed_over(text: str) -> tuple[PassedOver, ...]:
    """Every number in ``text`` that ``find_quantities`` does not take, with the reason.

    Args:
        text: The same text ``find_quantities`` reads.

    Returns:
        The numbers left out (a date, an age, a number inside a name...), in text order; each
        ``text`` equals ``text[start:end]`` of the given text.
    """
    out: list[PassedOver] = []
    at = 0
    for line in text.split("\n"):
        if line:
            rejected: list[PassedOver] = []
            _in_line(line, rejected)
            out.extend(
                PassedOver(start=r.start + at, end=r.end + at, text=r.text, reason=r.reason)
                for r in rejected
            )
        at += len(line) + 1
    # an age at death is a quantity however the line's reader passed it over
    ages = ages_at_death(text)
    return tuple(r for r in out if not any(a < r.end and r.start < b for a, b in ages))


def _shifted(q: Quantity, by: int) -> Quantity:
    """The quantity with its offsets moved by ``by`` characters (a line's into the text's)."""
    return Quantity(
        start=q.start + by,
        end=q.end + by,
        text=q.text,
        low=q.low,
        high=q.high,
        hedge=q.hedge,
        unit=q.unit,
        kind=q.kind,
        vague=q.vague,
        basis=q.basis,
        age_at_death=q.age_at_death,
    )


# A length in feet and inches, as news gives a person's height or a wall's. Written as one
# compound ("6-foot-2", "a 12-foot-6-inch wall") or with foot and inch marks ("6'2\"",
# "6′2″", "6’2"), it is one length, never a range, a score or a code: read in inches, the unit
# that holds both parts. Two numbers each with its own unit word ("5 feet 11 inches", "6ft
# 2in", "6 ft. 2 in.") are read as written, one quantity each, as "12 m 2 dm" is; the
# abbreviation "in" is then inches, never the preposition.
_INCH_MARK = r"(?:\"|”|″|'')"
_FEET_INCHES_RE = re.compile(
    r"(?<![0-9.,'’′-])(?P<ft>[1-9][0-9]?)(?:"
    r"\s?-\s?(?:foot|feet|ft)\s?-\s?(?P<a>1[01]|[0-9])(?:(?:\s?-\s?|\s)inch(?:es)?\b)?"
    r"(?![0-9]|[.,][0-9]|\s?-\s?[0-9])"
    r"|(?P<feet>\s?(?:feet|foot|ft))\.?\s?,?\s(?:and\s)?(?P<b>1[01]|[0-9])"
    rf"\s?(?:inch(?:es)?\b|in\.?(?![A-Za-z])|{_INCH_MARK})"
    r"|(?P<feet2>(?:feet|foot|ft))(?P<d>1[01]|[0-9])(?:in\b|inch(?:es)?\b)"
    rf"|\s?['’′]\s?(?P<c>1[01]|[0-9])\s?{_INCH_MARK}"
    r"|['’′](?P<e>1[01]|[0-9])(?=[\s,;:)]|\.(?:\s|$)|$)"
    r")",
    re.IGNORECASE,
)


def _length(text: str, start: int, end: int, value: int, unit: str, lo: int) -> Quantity:
    """A length read at ``start:end``, with the hedge before it (none before ``lo``)."""
    hedge: Hedge = "exact"
    before = _hedge_before(text, lo, start)
    if before is not None:
        start, hedge = before
    return Quantity(
        start=start,
        end=end,
        text=text[start:end],
        low=None if hedge == "at_most" else value,
        high=None if hedge == "at_least" else value,
        hedge=hedge,
        unit=unit,
        kind="length",
        vague=False,
    )


def _feet_and_inches(text: str) -> list[Quantity]:
    """The lengths in feet and inches of one line ("6-foot-2": 74 inches)."""
    if not _FEET_OR_MARK_RE.search(text):
        return []
    found = []
    for m in _FEET_INCHES_RE.finditer(text):
        feet = int(m.group("ft"))
        spelled = m.group("b") or m.group("d")
        if spelled is not None:
            # "5 feet 11 inches": five feet, then eleven inches, each with its unit
            feet_end = m.end("feet") if m.group("feet") is not None else m.end("feet2")
            found.append(_length(text, m.start(), feet_end, feet, "ft", 0))
            at = m.start("b") if m.group("b") is not None else m.start("d")
            found.append(_length(text, at, m.end(), int(spelled), "in", at))
            continue
        inches = next(g for g in m.group("a", "c", "e") if g is not None)
        found.append(_length(text, m.start(), m.end(), feet * 12 + int(inches), "in", 0))
    return found


_FEET_OR_MARK_RE = re.compile(r"[0-9]\s?(?:-\s?)?(?:f(?:oo|ee)?t|['’′])", re.IGNORECASE)


# "No one was killed", "nobody was hurt", "no injuries were reported", "there were no
# reports of casualties": a toll of none, which a report gives as a figure of its own (a
# harm ruled out), and which a later report may raise. The harm must follow closely: "no one
# knows", "no one else" count nothing.
_HARM_WORDS = (
    r"(?:killed|injured|hurt|harmed|wounded|died|dead|hospitali[sz]ed|hit|struck|shot|"
    r"seriously\s+(?:hurt|injured)|injur(?:y|ies)|casualt(?:y|ies)|fatalit(?:y|ies)|deaths?)"
)
_ZERO_RE = re.compile(
    r"\b(?:(?P<who>no\s?-?\s?one|nobody)(?=\s+(?:(?:was|were|is|has|had|have|been|being|"
    r"appeared|appears|seemed|reportedly|apparently|immediately|seriously|believed|"
    r"thought|to\s+(?:be|have)|reported)\s+){0,5}"
    + _HARM_WORDS
    + r"\b)|(?P<none>no)(?=\s+(?:immediate\s+|other\s+|serious\s+|major\s+|reported\s+|"
    r"(?:reports?|word|sign|indication)\s+of\s+(?:any\s+)?){0,2}"
    r"(?:injur(?:y|ies)|casualt(?:y|ies)|fatalit(?:y|ies)|deaths)\b))",
    re.IGNORECASE,
)


def _zeros(text: str) -> list[Quantity]:
    """The tolls of none on a line (:data:`_ZERO_RE`): "no one" stands for people counted,
    "no" for the harm its noun names; each an exact count of 0."""
    return [
        Quantity(
            start=m.start(),
            end=m.end(),
            text=m.group(),
            low=0,
            high=0,
            hedge="exact",
            unit=None,
            kind="count",
            vague=False,
        )
        for m in _ZERO_RE.finditer(text)
    ]


def _in_line(text: str, rejected: list[PassedOver] | None) -> tuple[Quantity, ...]:
    """The number phrases of one line of text; what is left out goes to ``rejected``."""
    zeros = _zeros(text) if _NO_WORD_RE.search(text) else []
    zeros += _game_clocks(text) if ":" in text else []
    if zeros:
        return _with_zeros(_in_line_numbers(text, rejected), zeros, rejected)
    return _in_line_numbers(text, rejected)


# "with 4:48 remaining", "with just 0:12 left to play": the time a game's clock had left,
# minutes and seconds as the clock shows them (a countdown, no time of day)
_GAME_CLOCK_RE = re.compile(
    r"\bwith\s+(?:just\s+|only\s+)?(?P<clock>(?P<m>[0-9]{1,2})\s?:\s?(?P<s>[0-5][0-9]))"
    r"(?=\s+(?:remaining|left|to\s+(?:play|go))\b)",
    re.IGNORECASE,
)


def _game_clocks(text: str) -> list[Quantity]:
    """The times a game's clock had left on a line (:data:`_GAME_CLOCK_RE`), in minutes."""
    found = []
    for m in _GAME_CLOCK_RE.finditer(text):
        value = round(int(m.group("m")) + int(m.group("s")) / 60, 3)
        start, end = m.span("clock")
        found.append(
            Quantity(
                start=start,
                end=end,
                text=text[start:end],
                low=value,
                high=value,
                hedge="exact",
                unit="minute",
                kind="duration",
                vague=False,
            )
        )
    return found


_NO_WORD_RE = re.compile(r"\bno(?:\s?-?\s?one|body)?\b", re.IGNORECASE)


def _with_zeros(
    found: tuple[Quantity, ...], zeros: list[Quantity], rejected: list[PassedOver] | None
) -> tuple[Quantity, ...]:
    """The line's quantities with its tolls of none (and its game clocks) that no quantity
    overlaps ("no one" in "no one" is passed over as a pronoun, "4:48" as a clock time: the
    toll or the time left takes its place)."""
    extra = [z for z in zeros if not any(q.start < z.end and z.start < q.end for q in found)]
    if rejected is not None:
        rejected[:] = [r for r in rejected if not any(_inside(r, z) for z in extra)]
    return tuple(sorted([*found, *extra], key=lambda q: q.start))


def _in_line_numbers(text: str, rejected: list[PassedOver] | None) -> tuple[Quantity, ...]:
    """The number phrases of one line read from its numbers (digits and number words)."""
    atoms = list(_atoms(text))
    if not atoms:
        return ()  # most lines hold no number: skip the date/time/phone/credit scan
    heights = _feet_and_inches(text)
    if heights:
        atoms = [a for a in atoms if not any(a.start < h.end and h.start < a.end for h in heights)]
    mask = _blocked(text)
    kept = []
    sides = []  # the sides of a vote counted in ayes and nays ("12 ayes and 3 nays")
    reasons = [_why_excluded(text, atom, mask) for atom in atoms]
    games = _named_games(text, atoms, reasons)
    for atom, reason in zip(atoms, reasons, strict=True):
        if atom.start in games:
            sides.append(games[atom.start])
        elif reason is None:
            kept.append(atom)
        elif reason == "score or tally" and _ayes_or_nays(text, atom):
            sides.append(_tally_side(text, atom))
        elif rejected is not None:
            start, end = _region(mask, atom.start, atom.end)
            if not rejected or (rejected[-1].start, rejected[-1].end) != (start, end):
                rejected.append(_passed(text, start, end, reason))
    found: list[Quantity] = []
    lo = 0
    i = 0
    while i < len(kept):
        if kept[i].start < lo:
            i += 1
            continue
        built = _build(text, kept, i, lo)
        if built.reason == "score or tally" and _vote_tally(text, kept[i], kept[i + 1]):
            # a vote's tally is two counts of votes, one for each side ("voted 10-2")
            found.extend(_tally_sides(text, kept[i], kept[i + 1]))
            lo = kept[i + 1].end
        elif built.reason == "score or tally" and (game := _game_sides(text, kept[i], kept[i + 1])):
            # a game's score or a record, its sides named: each side's points, wins, losses
            found.extend(game)
            lo = kept[i + 1].end
        elif built.quantity is not None:
            found.append(_converted(text, found[-1], built.quantity) if found else built.quantity)
            lo = built.quantity.end
        elif rejected is not None and built.reason is not None:
            rejected.append(_passed(text, kept[i].start, max(built.end, kept[i].end), built.reason))
        i = built.next_index
    found = _share_listed_units(text, found)
    found = _drop_listed_ages(text, found, rejected)
    if heights or sides:
        found = sorted([*found, *heights, *sides], key=lambda q: q.start)
    if rejected is not None:
        # A unit may hold digits ("500m2"): what a quantity took is no number left out.
        if found:
            rejected[:] = [r for r in rejected if not any(_inside(r, q) for q in found)]
        rejected.sort(key=lambda r: r.start)
    return tuple(found)


_CONVERSION_OPEN_RE = re.compile(r"\s?\(\s?")
# "20 and 50 years ago", "5, 10 or 15 km": numbers listed before the one that names the unit
_LIST_JOIN_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s)\s*")


# "5 and 7 years old", "12 and 14 years of age": the age said once, after the last number
_AGE_LISTED_AFTER_RE = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s)\s*[0-9]{1,3})+\s*(?:-\s*)?"
    r"(?:years?|yrs?|months?)(?:\s*-\s*|\s+)(?:old\b|of\s+age\b)",
    re.IGNORECASE,
)


def _drop_listed_ages(
    text: str, found: list[Quantity], rejected: list[PassedOver] | None
) -> list[Quantity]:
    """Bare numbers listed before an age are ages too: "her children, 5 and 7 years old"."""
    out = []
    for q in found:
        if (
            q.kind == "count"
            and q.unit is None
            and q.hedge == "exact"
            and q.low is not None
            and 0 < q.low < 120
            and _AGE_LISTED_AFTER_RE.match(text, q.end)
        ):
            if rejected is not None:
                rejected.append(_passed(text, q.start, q.end, "age"))
            continue
        out.append(q)
    return out


def _share_listed_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """Bare numbers listed right before a measure take its unit: a list of measures writes
    the unit once, after the last ("3 and 4 percent", "20 and 50 years ago"). Money is left
    alone: each amount writes its own sign."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        bare, named = out[k], out[k + 1]
        if (
            bare.kind == "count"
            and bare.unit is None
            and bare.hedge == named.hedge == "exact"
            and named.unit is not None
            and named.kind not in ("count", "money")
            # a share is at most a whole: "(16085.11, -188.26, -1.16%)" lists other things
            and not (named.kind == "percent" and abs(bare.low or 0) > 100)
            and _LIST_JOIN_RE.fullmatch(text, bare.end, named.start)
        ):
            out[k] = replace(bare, kind=named.kind, unit=named.unit)
    return out


def _converted(text: str, previous: Quantity, quantity: Quantity) -> Quantity:
    """``quantity`` with the hedge of the value it converts: "about 58km (36 miles)", "nearly
    €22bn ($28bn)" give the same amount in another unit, as loosely as the first."""
    if (
        quantity.hedge != "exact"
        or previous.hedge not in ("about", "at_least", "at_most")
        or previous.kind != quantity.kind
        or quantity.kind in ("count", "percent")
        or previous.unit == quantity.unit
        or not _CONVERSION_OPEN_RE.fullmatch(text, previous.end, quantity.start)
    ):
        return quantity
    value = quantity.low
    return replace(
        quantity,
        hedge=previous.hedge,
        low=None if previous.hedge == "at_most" else value,
        high=None if previous.hedge == "at_least" else value,
    )


def _inside(passed: PassedOver, quantity: Quantity) -> bool:
    return quantity.start <= passed.start and passed.end <= quantity.end


def _region(mask: bytearray, start: int, end: int) -> tuple[int, int]:
    """The whole blocked region (a date, a time) an atom sits in, or the atom alone."""
    codes = [(k, c) for k, c in enumerate(mask[start:end], start) if c]
    if not codes:
        return start, end
    k, code = codes[0]
    lo = k
    while lo > 0 and mask[lo - 1] == code:
        lo -= 1
    hi = k
    while hi < len(mask) and mask[hi] == code:
        hi += 1
    return lo, max(hi, end)


def _passed(text: str, start: int, end: int, reason: Reason) -> PassedOver:
    return PassedOver(start=start, end=end, text=text[start:end], reason=reason)


# --------------------------------------------------------------------------------------------
# Ages at death: the one age a report logs as a figure, the age of someone who died ("died
# at 77", "has died in jail, aged 77", "Brandt, 77, died", "He was 77." after the death).
# Other ages (of a witness, an accused, a relative) stay passed over as ages.

_DEATH = r"(?:died|dies|dead|passed\s+away)"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# "Dies at 77", "died Monday at 77", "died at the age of 77", "died at age 77": "at" right
# after the death or its day (after a place, "died in prison at 3", it may open a time);
# "died in prison, aged 77", "aged" after a few words
_DIED_AT_AGE_RE = re.compile(
    rf"(?<!\bof )(?<!\bthe )\b{_DEATH}(?:[ \t]+(?:on[ \t]+)?(?:today|yesterday|{_WEEKDAY}))?"
    r"[ \t]+at(?:[ \t]+the[ \t]+age[ \t]+of|[ \t]+age)?[ \t]+(?P<at>[0-9]{1,3})\b|"
    rf"\b{_DEATH}\b(?:[ \t]+(?!aged\b)[\w’'.-]+){{0,5}}?,?[ \t]+aged[ \t]+(?P<aged>[0-9]{{1,3}})\b",
    re.IGNORECASE,
)
# "Brandt, 77, died", "Ada Brandt, 77, Crime Writer, Dies": a name, its age set off by
# commas, and the death told on the same line after it
_NAME_AGE_DIED_RE = re.compile(
    r"(?<![\w’'])(?-i:[A-Z][\w’'-]+),[ \t](?P<n>[0-9]{1,3}),[ \t]"
    # ... right after it ("who died", "has died", "was found dead") or, in a headline, after
    # the capitalised words that say who the dead was ("Crime Writer, Dies")
    r"(?:(?:who|and)[ \t]+)?(?:(?:has|had|have)[ \t]+)?(?:(?:was|been)[ \t]+found[ \t]+|is[ \t]+)?"
    r"(?-i:(?:[A-Z][\w’'-]*,?[ \t]+){0,6})"
    rf"{_DEATH}\b",
    re.IGNORECASE,
)
# "Brandt, who was 77, died", "Ada Brandt, who was 81 and had been ill, died on Sunday": the
# age in a clause set off after the name, the death its sentence's verb
_WHO_WAS_AGE_DIED_RE = re.compile(
    r"(?<![\w’'])(?-i:[A-Z][\w’'-]+),[ \t]who[ \t]+was[ \t]+(?P<n>[0-9]{1,3})"
    r"(?:[ \t]+years?[ \t]+old)?(?:[ \t]+and[^,.;!?\n]{0,60})?,[ \t]+"
    r"(?:(?:has|had|have)[ \t]+)?(?:(?:was|been)[ \t]+found[ \t]+)?"
    rf"{_DEATH}\b",
    re.IGNORECASE,
)
# "He was 77.", "Brandt was 77, the Herald reported": the age as a sentence's whole
# predicate, the death told in one of the two sentences before it
_WAS_AGE_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<who>He|She|[A-Z][\w’'-]+)[ \t]+was[ \t]+(?P<n>[0-9]{1,3})"
    # ... its unit said or not: "He was 77 years old."
    r"(?=(?:[ \t]+years?[ \t]+old)?(?:[.;]|,[ \t]+(?:the|a|an|according|officials|police|"
    r"family)\b))"
)
# "the 81-year-old actress died", "the 81-year-old died", "the 30-year-old man was found
# dead": the age as a compound before one the report has named ("the"), up to two plain words
# after it ("whose brother died" or "shot dead" never), the death the verb right after it
_YEAR_OLD_DIED_RE = re.compile(
    r"\bthe[ \t]+(?P<n>[0-9]{1,3})[ \t]?-[ \t]?years?[ \t]?-[ \t]?old"
    r"(?:[ \t]+(?!(?:who|whose|whom|which|that|and|or|but|with|said|says|told|after|when|as|"
    r"shot|was|has|had|is|been|found)\b)(?-i:[a-z][a-z'-]*)){0,2}"
    r"[ \t]+(?:(?:(?:has|had)[ \t]+)?(?:died|dies|passed[ \t]+away)\b"
    r"|(?:was|has[ \t]+been|had[ \t]+been)[ \t]+found[ \t]+dead\b)",
    re.IGNORECASE,
)
# "Ada Brandt, 81, Novelist" opening its line: an obituary's title, whose name the death
# told after it names ("Brandt, who died Sunday")
_NAME_AGE_RE = re.compile(
    r"^(?:[A-Z][\w’'.-]*[ \t]+|['‘\"“][\w’'.-]+['’\"”][ \t]+){0,3}(?P<name>[A-Z][\w’'-]+),[ \t]"
    r"(?P<n>[0-9]{1,3})[,;][ \t](?-i:[A-Z])",
    re.MULTILINE,
)
_DEATH_WORD_RE = re.compile(rf"\b(?:{_DEATH}|death|killed)\b", re.IGNORECASE)
# What after the number makes it no age: a unit or a noun it counts ("died at 3 hospitals"),
# a clock's minutes ("died at 12:45 p.m.", "at 6. 41pm", "at 18h41"), a point or a hyphen
_AGE_NOT_AFTER_RE = re.compile(
    r"[A-Za-z]|\s?[-%/]|\s?[.:h]\s?[0-9]|\s?[apAP]\.?\s?[mM]\b|\s+(?!(?:in|on|of|after|at|"
    r"years?|last|this|following|from|and|while|when|with)\b)[a-z]"
)


def ages_at_death(text: str) -> list[tuple[int, int]]:
    """Where the text gives a dead person's age (module section above): (start, end) of
    each number, in text order."""
    spans: set[tuple[int, int]] = set()
    for m in _DIED_AT_AGE_RE.finditer(text):
        if m.group("aged"):
            spans.add(m.span("aged"))
        elif not _ends_a_title(text, m.start(), m.end()):
            # "Brandt Dies at 77" over the story is left to the body's sentence that tells
            # it: a title is no sentence of the report
            spans.add(m.span("at"))
    for m in _NAME_AGE_DIED_RE.finditer(text):
        spans.add(m.span("n"))
    for m in _WHO_WAS_AGE_DIED_RE.finditer(text):
        spans.add(m.span("n"))
    for m in _WAS_AGE_RE.finditer(text):
        # the death told in one of the two sentences before (within 400 characters), and a
        # name, not a pronoun, named there ("Brandt ... died. Brandt was 77")
        back = text[max(0, m.start() - 400) : m.start()]
        told = [s for s in SENTENCE_BREAK.split(back.rstrip())[-2:] if _DEATH_WORD_RE.search(s)]
        who = m.group("who")
        if told and (
            who in ("He", "She") or any(re.search(rf"\b{re.escape(who)}\b", s) for s in told)
        ):
            spans.add(m.span("n"))
    # the compound's hyphen is no mark of another number: these ages need no check after them
    year_old = {m.span("n") for m in _YEAR_OLD_DIED_RE.finditer(text)}
    for m in _NAME_AGE_RE.finditer(text):
        # an obituary's title, "Ada Brandt, 81, Novelist", and its name's death told in the
        # next 400 characters ("Brandt, who died Sunday")
        name = re.escape(m.group("name"))
        if re.search(
            rf"\b{name}\b(?:,[^.!?\n]{{0,200}}?,)?,?[ \t]+"
            rf"(?:(?:who|has|had|have|was|been|found|is)[ \t]+){{0,3}}{_DEATH}\b",
            text[m.end() : m.end() + 400],
        ):
            spans.add(m.span("n"))
    out = []
    for start, end in sorted(spans | year_old):
        value = int(text[start:end])
        if 0 < value < 120 and ((start, end) in year_old or not _AGE_NOT_AFTER_RE.match(text, end)):
            out.append((start, end))
    return out


def _ends_a_title(text: str, start: int, end: int) -> bool:
    """Whether [start, end) sits on a headline's line, or ends a line as a title does."""
    stop = text.find("\n", end)
    rest = text[end:] if stop < 0 else text[end:stop]
    return not rest.strip() or in_headline(text, start, end)


def _with_ages_at_death(text: str, found: list[Quantity]) -> list[Quantity]:
    """The quantities with each age at death added, a duration of years marked
    ``age_at_death``: where no quantity covers it, or in place of a bare count of the same
    number ("Brandt was 77, the Herald said" read as a count on its line)."""
    spans = ages_at_death(text)
    if not spans:
        return found
    ages = {
        (start, end): Quantity(
            start=start,
            end=end,
            text=text[start:end],
            low=int(text[start:end]),
            high=int(text[start:end]),
            hedge="exact",
            unit="year",
            kind="duration",
            vague=False,
            age_at_death=True,
        )
        for start, end in spans
    }
    out = []
    for q in found:
        age = ages.get((q.start, q.end))
        if age is not None and q.kind == "count" and q.unit is None and not q.vague:
            out.append(age)
            del ages[(q.start, q.end)]
        else:
            out.append(q)
    out.extend(
        age
        for (start, end), age in ages.items()
        if not any(q.start < end and start < q.end for q in found)
    )
    return sorted(out, key=lambda q: q.start)
