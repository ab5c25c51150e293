"""Durations: the reported fact ("a 12-day siege"), or the time scope of another figure.

``find_quantities`` reads every duration ("12 days", "24 - hour", "more than a week"); this
stage says which are figures of their own (kind ``duration``) and which only date another
figure ("in the past two weeks", kept as that figure's scope). The rules, first hit wins:

======================================================  ============  =======================
the duration                                            reading       example
======================================================  ============  =======================
before ago, before, earlier, prior, hanging on a verb   time since    "was married two weeks
of a change in someone's life: married, wed; returned   (figure)      ago", "moved back to
or moved back to or home; moved, relocated to (not a                  Orvel six weeks ago"
vague count, nor a move others made: "was moved to a
hospital"; ``time_since``)
followed by ago, later, earlier, before, after, from     time          "eight days ago", "two
now, previously, prior, into, away, older, younger      reference     weeks before Christmas",
(a smaller unit may come between: "1 year, 160 days                   "three days into the
ago"; numbers listed with it share it: "20 and 50                     strike"
years ago"), unless "for", a verb of lasting or a
prison term's verb leads it
followed by "to go", "to play", "remaining", "left"     time between  "with four days to go",
(the smaller unit of a time said in two, "12 minutes,   events        "with 12 seconds left",
31 seconds remaining", is the larger one's)             (figure)      "39 days left in office"
followed by "of" a ritual (silence, prayer, mourning)   ritual        "a minute of silence"
"one day", "one night" after no verb of lasting          time          "One night, while
                                                        reference     walking the beach"
after "than": the standard of a comparison              no figure     "no contract longer
                                                                      than eight years"
the time allowed: after a verb of giving or having,     window        "gave Congress 60 days
before "to" and a verb                                                to review the rule"
a compound adjective before a noun (its hyphen left     figure        "a 12-day siege", "a
out: a unit in the singular after more than one, "a                   24-hour strike", "a
six year deal")                                                       six year deal"
  ... before a noun of time                             time          "the one-week
  (anniversary, period, deadline, window, mark)         reference     anniversary"
  ... before a noun of service (veteran, employee,      figure        "a 15-year veteran",
  member, career, tenure, ...): how long one served                   "a 20-year career"
a prison term: after sentenced / jailed / imprisoned    figure        "jailed for 15 years",
... to / for (or "to life with"), faces, could get,                   "six years in prison",
serve(s), punishable by, carries; before "in                          "faces up to 25 years
prison", "to life", "-to-life", "probation"; or a                     to life", "three
time in a state (on the run, at large, in hiding, in                  years' probation", "14
exile, in custody, on death row, as a fugitive, in a                  years on the run"
coma)
after a verb of lasting (last, continue, go on, take,   figure        "the tremor lasted 30
drag on) or after "for": how long something went on                   seconds", "outside for
                                                                      nine minutes before
                                                                      coming back"
after "after": the time something took before what     figure        "found alive after six
the sentence reports                                                  days adrift", "died
                                                                      after 21 years in power"
after "every": how often something happens              figure        "aftershocks every 15
                                                                      minutes"
after a verb of shifting a time and "by" (delayed,     figure        "delayed by four
postponed, extended, pushed back), or before "late",                  hours", "arrived two
"early", "behind schedule": how far a time moved                      hours late"
after no preposition (but "of") nor an infinitive      figure        "spent two weeks in
("plans to spend six weeks": a plan): what its clause                 hospital", "survived two
reports
                                                                      nights on the ridge",
                                                                      "the term is five years"
after a noun of an event that lasts (protests, riots,   figure        "hurt in the protests
search, siege, talks, terror, custody, ...) and a                     over the past eight
preposition of time, or before "of" and such a noun                   days", "in 30 days of
or a doing ("four nights of protesting"; never after                  fighting, 250 were hurt"
"within": "within 24 hours of landing")
after "reached / returned / delivered its verdict       figure        "the jury reached its
(decision, ruling) in", "convicted him in", "found                    verdict in less than a
her guilty in": how long a court took                                 day"
after another preposition (in, within, over, during,    scope         "in the past two weeks,
since, until, past, last, next, final, at, as, to,                    250 were wounded", "$160
with, beyond, ...; "over" or "under" read as a hedge                  million over eight years"
counts) in a sentence that holds another figure
  ... otherwise "for the past / last <duration>"        figure        "in hospital for the
                                                                      past three weeks"
  ... otherwise "<duration> of <noun>"                  figure        "in eight days of riots"
  ... otherwise                                         scope         "for the second time in
                                                                      two months"
======================================================  ============  =======================
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from triangulate.claims.quantities import Quantity
from triangulate.nlp.tokens import Tree

# The smaller units that may follow a duration: "1 year, 160 days ago", "12 minutes, 31
# seconds remaining".
_MORE_UNITS = (
    r"(?:,?\s+(?:and\s+)?[0-9]+\s*(?:seconds?|secs?|minutes?|mins?|hours?|days?|weeks?|months?))?"
)
# "20 and 50 years ago": the numbers listed with the one the reference word follows
_LISTED = r"(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s)\s*[0-9][0-9.,]*(?:\s+[a-z]+)?)*"
_REFERENCE_AFTER_RE = re.compile(
    _LISTED
    + _MORE_UNITS
    + r"\s*(?:ago|later|earlier|before|after|afterwards|from\s+now|previously|"
    r"beforehand|hence|since|prior|into|away|older|younger)\b",
    re.IGNORECASE,
)
TIME_LEFT = "time left"
"""The measure of the time until an event a report tells (:func:`counts_down`)."""
_COMPOUND_RE = re.compile(r"[0-9a-z]\s?-\s?[a-z]+$", re.IGNORECASE)
_NOUN_AFTER_RE = re.compile(r"\s+(?P<word>[A-Za-z][a-z-]*)")
# "a six year deal", "a 10 day trip": a compound adjective with its hyphen left out, told by
# its unit in the singular after more than one; a noun follows, never a word of time or a
# preposition ("two day later" is no English a report writes)
_UNHYPHENATED_COMPOUND_RE = re.compile(
    r"\s(?:second|minute|hour|day|night|week|month|year|decade)$", re.IGNORECASE
)
# "the one - day, non - jury trial", "a 12-hour, closed-door meeting": another compound
# adjective, after a comma, between the duration's compound and its noun
_COORDINATE_AFTER_RE = re.compile(
    r",\s+[a-z0-9]+(?:\s?-\s?[a-z]+)+\s+(?P<word>[a-z][a-z-]*)\b(?!\s?-)"
)
_NOT_A_NOUN = frozenset(
    {"ago", "old", "later", "earlier", "before", "after", "in", "on", "of", "and", "or", "to"}
    | {"for", "from", "with", "at", "by", "the", "a", "an", "is", "was", "that", "which"}
)
_TIME_NOUNS = frozenset(
    {"anniversary", "period", "deadline", "window", "mark", "high", "low", "cycle", "interval"}
)
_PRISON_BEFORE_RE = re.compile(
    r"\b(?:sentenced|jailed|imprisoned|detained|banned|suspended|barred)\b(?:\s+\w+){0,4}\s+"
    r"(?:to|for)\s+$|"
    # the term a life sentence sets: "sentenced to life with a minimum of 25 years"
    r"\b(?:sentenced|jailed|imprisoned)\s+(?:to|for)\s+life\b[^.;]{0,24}?\bwith\s+$|"
    # the term a defendant faces or serves: "faces up to 75 years", "could get 10 years"
    r"\b(?:faces?|faced|facing|could\s+(?:get|face|receive)|serv(?:e|es|ed|ing)|life(?:\s+in\s+prison)?\s+plus|punishable\s+by|"
    r"carr(?:y|ies|ied|ying)(?:\s+a\s+(?:maximum|minimum|mandatory)(?:\s+\w+)?\s+of)?)\s+$",
    re.IGNORECASE,
)
_PRISON_AFTER_RE = re.compile(
    r"\s?-\s?to\s?-\s?life\b|"
    r"\s+(?:in\s+(?:an?\s+)?(?:(?:state|federal|county|high-security|maximum-security)\s+)?"
    r"(?:prison|jail|penitentiary)|behind\s+bars|of\s+(?:imprisonment|prison|jail)|to\s+life)\b|"
    r"['’]?\s+(?:probation|house\s+arrest|community\s+service)\b",
    re.IGNORECASE,
)
# "14 years on the run", "a decade in exile", "20 years on death row": how long someone was
# in a state, the fact itself whatever else the sentence counts
_STATE_AFTER_RE = re.compile(
    r"\s+(?:on\s+the\s+run|at\s+large|in\s+hiding|in\s+exile|in\s+captivity|"
    r"in\s+(?:police\s+)?custody|in\s+detention|on\s+death\s+row|as\s+an?\s+fugitive|"
    r"in\s+an?\s+coma|in\s+solitary(?:\s+confinement)?)\b",
    re.IGNORECASE,
)
# "reached its verdict in", "returned a guilty verdict in": how long a jury or a court took
_VERDICT_IN_BEFORE_RE = re.compile(
    r"(?:\b(?:reach(?:ed|es|ing)?|return(?:ed|s|ing)?|deliver(?:ed|s|ing)?)\s+"
    r"(?:(?:its|their|a|the|his|her)\s+)?(?:[a-z]+\s+)?(?:verdicts?|decision|ruling)\s+|"
    # "convicted him in less than two hours", "found her guilty in 90 minutes"
    r"\b(?:convicted|acquitted)\s+(?:him|her|them|[A-Z][a-z]+)\s+|"
    r"\bfound\s+(?:him|her|them|[A-Z][a-z]+)\s+(?:not\s+)?guilty\s+)"
    r"(?:in|after|within)\s+(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)
_LASTING_BEFORE_RE = re.compile(
    # "the last two weeks", "its last three days": an adjective of time, no verb of lasting
    r"\b(?:last(?:ed|s|ing)|(?<!\bthe\s)(?<!\bits\s)(?<!\bthis\s)(?<!\bthese\s)(?<!\btheir\s)"
    r"(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)(?<!\bmy\s)(?<!\bin\s)(?<!\bat\s)(?<!\bfor\s)last|continu(?:ed|es|ing)|went\s+on|go(?:es)?\s+on|going\s+on|"
    r"drag(?:ged|s)?\s+on|took|takes|take|taking|persist(?:ed|s)?|endur(?:ed|es)?|"
    r"stretch(?:ed|es)?|"
    # how long a player or a worker is kept away: "expected to be out six to eight months
    # after surgery", "will miss three weeks", "was sidelined for a month"
    r"(?:be|is|was|were|been|being|remain(?:s|ed)?|stay(?:s|ed)?)\s+out|"
    r"(?:sit|sits|sat|sitting)\s+out|miss(?:es|ed|ing)?|sidelined|side-lined)\s+(?:for\s+)?$",
    re.IGNORECASE,
)
_SCOPE_BEFORE_RE = re.compile(
    r"\b(?:in|within|over|during|after|before|since|until|till|by|from|past|last|next|"
    r"first|final|previous|coming|recent|following|every|each|per|throughout)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "with four days to go", "12 seconds left", "39 days left in office": a countdown, the time
# until an event
_COUNTDOWN_AFTER_RE = re.compile(
    _MORE_UNITS + r"\s+(?:to\s+(?:go|play)|remaining|left)\b", re.IGNORECASE
)
# "12 minutes, 31 seconds remaining": the smaller unit of a time
# said in two, which the larger one's figure holds
_SMALLER_UNIT_BEFORE_RE = re.compile(
    r"[0-9a-z]\s+(?:years?|months?|weeks?|days?|hours?|minutes?|mins?),?\s+(?:and\s+)?$",
    re.IGNORECASE,
)
_OF_NOUN_RE = re.compile(r"\s+of\s+\w", re.IGNORECASE)
# "gave Congress 60 days to review the rule", "has 30 days to appeal": the time allowed for
# something, a window as "a 60-day window" is ("worked 12 hours to clear the road" tells how
# long they worked).
_WINDOW_AFTER_RE = re.compile(r"\s+to\s+(?!life\b)[a-z]+\b")
_GRANT_BEFORE_RE = re.compile(
    r"\b(?:give[sn]?|gave|giving|ha[sd]|have|having|gets?|got|allow(?:s|ed|ing)?|"
    r"grant(?:s|ed|ing)?|offer(?:s|ed|ing)?)\b(?:\s+[\w'’]+){0,4}\s+$",
    re.IGNORECASE,
)
# "a minute of silence", "a day of mourning": a ritual, kept for a time, that reports no length
_RITUAL_RE = re.compile(r"\s+of\s+(?:silence|prayers?|applause|mourning)\b", re.IGNORECASE)
_FOR_BEFORE_RE = re.compile(r"\bfor\s+$", re.IGNORECASE)
# "hospitalized for the past three weeks": how long a state has gone on until now
_FOR_PAST_BEFORE_RE = re.compile(r"\bfor\s+(?:the\s+)?(?:past|last|previous)\s+$", re.IGNORECASE)
# A verb of asking or saying in the perfect ("has asked", "have been calling for"): a
# duration after it measures how long the speaking went on
_SPEAKING_BEFORE_RE = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:been|repeatedly|long|consistently|also|publicly)\s+)*"
    r"(?:ask|urg|call|demand|press|push|sa(?:y|id)|argu|insist|claim|warn|complain|lobb(?:y|ied)|"
    r"plead|pled|request|sought|seek|question|criticiz|criticis|accus)\w*\b",
    re.IGNORECASE,
)
# A noun of an event that lasts, then a preposition of time: the duration after it is that
# event's length ("the riots over the past week", "the search in the last two days").
_EVENTS = (
    r"(?:protests?|riots?|rioting|clashes|violence|unrest|fighting|strikes?|siege|search|"
    r"manhunt|standoff|stand-off|demonstrations?|battles?|war|conflict|crisis|outage|"
    r"blackout|shutdown|lockdown|curfew|talks|negotiations|deliberations|trial|drought|"
    r"heatwave|flooding|eruption|shelling|bombing|bombardment|occupation|rampage|"
    r"disturbances|turmoil|terror|chaos|mayhem|carnage|gunfire|shootings?|looting|arson|"
    r"questioning|interrogation|testimony|hearings?|deliberations?|surgery|captivity|"
    r"detention|custody|hiding|exile|airstrikes|raids|rain|rainfall|snowfall|storms?)"
)
_EVENT_SPAN_BEFORE_RE = re.compile(
    rf"\b{_EVENTS}\s+(?:over|in|during|for|throughout)\s+(?:the\s+)?"
    r"(?:(?:past|last|previous)\s+)?$",
    re.IGNORECASE,
)
# "in about 30 days of fighting": the event's length, whatever else the sentence counts
_OF_EVENT_AFTER_RE = re.compile(
    rf"\s+of\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}{_EVENTS}\b", re.IGNORECASE
)
# "four nights of protesting", "90 minutes of digging": the length of what was being done
_OF_DOING_AFTER_RE = re.compile(r"\s+of\s+(?:[a-z]+\s+)?[a-z]{3,}ing\b")
# "within 24 hours of landing": a time reckoned from what follows, no length of it
_WITHIN_BEFORE_RE = re.compile(r"\bwithin\s+(?:the\s+)?(?:first\s+)?$", re.IGNORECASE)
# "one day", "one night" with no verb of lasting or spending before them: a day, no length
_SOME_DAY_RE = re.compile(r"one\s+(?:day|night|morning|evening|afternoon)", re.IGNORECASE)
# Prepositions that are not of time: a duration after one ("as long as 18 years", "at
# eight years", "beyond eight years") is read as one after a preposition of time is.
_OTHER_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:as|at|beyond|into|to|with|without|like|near|toward|towards|upon|on|via|across|"
    r"through|despite|besides|between|among|against|under)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_INFINITIVE_BEFORE_RE = re.compile(r"\bto\s+[a-z]+\s+$", re.IGNORECASE)
_THAN_BEFORE_RE = re.compile(r"\bthan\s+$", re.IGNORECASE)
_PREPOSITION_HEDGE_RE = re.compile(r"(?:over|under|within)\s+", re.IGNORECASE)
# "rescued after 20 hours", "died after 21 years in power": the time that passed before the
# outcome is what the report tells ("two days after the quake" is a time reference, above);
# "every 15 minutes": how often.
_ELAPSED_BEFORE_RE = re.compile(r"\b(?:after|every)\s+$", re.IGNORECASE)
# "delayed by four hours", "extended by six months", "two hours late": how far a time moved
_SHIFT_BEFORE_RE = re.compile(
    r"\b(?:delay(?:ed|s|ing)?|postpon(?:ed|es|ing)|extend(?:ed|s|ing)?|prolong(?:ed|s|ing)?|"
    r"(?:push|put|set)(?:ed|es|s|ting)?\s+back|brought\s+forward|shorten(?:ed|s|ing)?|"
    r"lengthen(?:ed|s|ing)?)\s+(?:[\w'’-]+\s+){0,7}?by\s+$",
    re.IGNORECASE,
)
# ... never "late in the game", "early on Friday": a time of day or of a game
_LATE_AFTER_RE = re.compile(
    r"\s+(?:late|early|overdue|behind\s+schedule|ahead\s+of\s+schedule)\b"
    r"(?!\s+(?:in|on|at|that|this|last|next)\b)",
    re.IGNORECASE,
)


# "was married two weeks ago", "had moved back to Millom six weeks ago", "married three weeks
# before the shooting": the time since a change in someone's life, a fact reports give of the
# people a story is about (and dispute), read from the verb the duration hangs on. The verb,
# after any auxiliaries, and the event it names.
_LIFE_CHANGE_RE = re.compile(
    r"(?P<aux>(?:(?:was|were|is|are|had|has|have|been|got|get|gets|getting|being|only|just|"
    r"first|newly|recently)\s+)*)"
    r"(?:(?P<marriage>(?:re)?married|wed(?:ded)?)|"
    # a return or a move to a place ("returned home", "moved to Cardiff"), never "police
    # moved in", "returned fire"
    r"(?P<return>(?:returned|moved\s+back|came\s+back|come\s+back)(?=\s+(?:to|home)\b))|"
    r"(?P<move>(?:moved|relocated|emigrated|immigrated)(?=\s+to\b)))\b",
    re.IGNORECASE,
)
_PASSIVE_RE = re.compile(r"\b(?:was|were|is|are|been|being|got|get|gets|getting)\s", re.I)
# The words after the duration that reckon it back from a time: "ago", "before", "earlier"
_BACK_AFTER_RE = re.compile(r"\s*(?:ago|before|earlier|prior)\b", re.IGNORECASE)


def time_since(text: str, tree: Tree, q: Quantity) -> str | None:
    """The change in someone's life a duration is the time since, else None.

    "She moved back to Millom six weeks ago" is the time since a return, "who was wed three
    weeks before the shooting" the time since a marriage: ``"marriage"``, ``"return"`` or
    ``"move"``, read from the verb the duration hangs on (the clause of "before he was
    murdered" is passed over). A vague count ("several years ago") is no such figure, nor is
    a move or a return others made ("was moved to a hospital two hours earlier").
    """
    if q.kind != "duration" or q.vague or not _BACK_AFTER_RE.match(text, q.end):
        return None
    tokens = tree.at(q.start, q.end)
    if not tokens:
        return None
    for tok in tree.ancestors(tokens[-1]):
        if tok.pos not in ("VERB", "AUX") or tok.start >= q.start:
            continue  # "three weeks before he was murdered": the clause the duration leads
        said = _LIFE_CHANGE_RE.match(text, tok.start)
        if said is None or said.end() > q.start:
            return None
        event = next(k for k in ("marriage", "return", "move") if said.group(k))
        passive = _PASSIVE_RE.search(said.group("aux")) or any(
            kid.dep in ("auxpass", "nsubjpass") for kid in tree.children(tok)
        )
        if event != "marriage" and passive:
            return None  # "was moved to a hospital": someone moved by others, no life change
        return event
    return None


def counts_down(text: str, q: Quantity) -> bool:
    """Whether a duration is a countdown, the time until an event: "with 12 seconds left",
    "39 days left in office", "with four days to go". Reports of one story give such a time
    and dispute it, so it is a figure. A time said in two units ("12 minutes, 31 seconds
    remaining") is one figure, its larger unit's. (A time reckoned from another event,
    "three hours later", "two days after the quake", stays a time reference.)
    """
    if q.kind != "duration" or not _COUNTDOWN_AFTER_RE.match(text, q.end):
        return False
    line_start = text.rfind("\n", 0, q.start) + 1
    before = text[max(line_start, q.start - 60) : q.start]
    return not _SMALLER_UNIT_BEFORE_RE.search(before)


def reported_durations(
    text: str, tree: Tree, quantities: Sequence[Quantity]
) -> frozenset[tuple[int, int]]:
    """The spans of the durations in ``quantities`` that are figures of their own.

    Args:
        text: The document's text.
        tree: Its parse (for the sentence each duration sits in).
        quantities: ``find_quantities(text)``.

    Returns:
        ``(start, end)`` of each duration read as the reported fact (module docstring).
    """
    out = set()
    starts = [q.start for q in quantities if q.kind != "duration"]
    for q in quantities:
        if q.kind == "duration" and _is_reported(text, tree, q, starts):
            out.add((q.start, q.end))
    return frozenset(out)


def _is_reported(text: str, tree: Tree, q: Quantity, starts: Sequence[int]) -> bool:
    line_start = text.rfind("\n", 0, q.start) + 1
    before = text[max(line_start, q.start - 60) : q.start]
    lasting = _LASTING_BEFORE_RE.search(before) or _FOR_BEFORE_RE.search(before)
    prison = _PRISON_BEFORE_RE.search(before)
    # "outside for nine minutes before coming back", "must serve 25 years before parole":
    # how long, whatever came next
    if _REFERENCE_AFTER_RE.match(text, q.end) and not (lasting or prison):
        # "married two weeks ago": the time since a change in someone's life, a figure
        return time_since(text, tree, q) is not None
    if _COUNTDOWN_AFTER_RE.match(text, q.end):
        return counts_down(text, q)  # "with 12 seconds left": the time until an event
    if _RITUAL_RE.match(text, q.end):
        return False
    if _WINDOW_AFTER_RE.match(text, q.end) and _GRANT_BEFORE_RE.search(before) and not lasting:
        # ... never how long something has gone on: "had been required for two decades to
        # get approval" ("for" before it)
        return False
    unhyphenated = (
        q.low is not None
        and q.low > 1
        and _UNHYPHENATED_COMPOUND_RE.search(q.text) is not None
        and (after := _NOUN_AFTER_RE.match(text, q.end)) is not None
        and after.group("word").lower() not in _NOT_A_NOUN
    )
    if _COMPOUND_RE.search(q.text) or unhyphenated:
        noun = _NOUN_AFTER_RE.match(text, q.end) or _COORDINATE_AFTER_RE.match(text, q.end)
        if noun is None:
            return False
        word = noun.group("word").lower()
        # "a 12-day siege"; and "a 15-year veteran", "the 11-year employee", "a 20-year
        # career": how long someone served, which reports tell of the people a story is
        # about as a fact of its own and compare ("had served for 15 years"), unlike an age
        return word not in _TIME_NOUNS
    if prison or _PRISON_AFTER_RE.match(text, q.end) or _STATE_AFTER_RE.match(text, q.end):
        return True
    if lasting or _ELAPSED_BEFORE_RE.search(before):
        return True
    if _SHIFT_BEFORE_RE.search(before) or _LATE_AFTER_RE.match(text, q.end):
        return True  # "the flight was delayed by four hours", "arrived two hours late"
    # "$160 million over eight years": a hedge word that is also a preposition of time
    lead = _PREPOSITION_HEDGE_RE.match(q.text)
    if _SOME_DAY_RE.fullmatch(q.text):
        return False  # "One night, while walking the beach, ...": on a day, no length
    if _THAN_BEFORE_RE.search(before):
        return False  # "no contract longer than eight years": a standard of comparison
    led = before + (lead.group() if lead else "")
    if not (_SCOPE_BEFORE_RE.search(led) or _OTHER_PREPOSITION_BEFORE_RE.search(led)):
        # "spent two weeks in hospital", "survived two nights on the ridge", "the term is five
        # years": a duration no preposition of time leads is what its clause reports; after
        # an infinitive ("plans to spend six weeks there") it is a plan, not yet a fact
        return not _INFINITIVE_BEFORE_RE.search(before)
    if _EVENT_SPAN_BEFORE_RE.search(before) or _OF_EVENT_AFTER_RE.match(text, q.end):
        # "the protests over the past eight days", as "eight days of protests": how long the
        # event has gone on, whatever else the sentence counts
        return True
    if _OF_DOING_AFTER_RE.match(text, q.end) and not _WITHIN_BEFORE_RE.search(led):
        return True  # "over four nights of protesting": how long it was done
    if _VERDICT_IN_BEFORE_RE.search(led):
        return True  # "the jury returned its verdict in less than a day": how long it took
    if _other_figure_in_sentence(text, tree, q, starts):
        return False
    if _FOR_PAST_BEFORE_RE.search(led):
        # "hospitalized for the past three weeks", with nothing else it dates; but "has asked
        # the campaign ... for the past two weeks" is how long the asking went on: the
        # reporter's framing of a speech act, no quantity the speaker reports
        return not _SPEAKING_BEFORE_RE.search(_sentence_before(text, tree, q))
    return bool(_OF_NOUN_RE.match(text, q.end))


def _sentence_span(text: str, tree: Tree, q: Quantity) -> tuple[int, int] | None:
    """Where the duration's sentence starts and ends, on its line (a line break ends a
    sentence whatever the parser joined: a headline, an unended line), or None unparsed."""
    tokens = tree.at(q.start, q.end)
    sentence = tree.sentence(tokens[0].sent) if tokens else ()
    if not sentence:
        return None
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    end = sentence[-1].end if line_end < 0 else min(sentence[-1].end, line_end)
    return max(sentence[0].start, line_start), end


def _sentence_before(text: str, tree: Tree, q: Quantity) -> str:
    """The duration's sentence up to it, on its line."""
    span = _sentence_span(text, tree, q)
    start = span[0] if span is not None else text.rfind("\n", 0, q.start) + 1
    return text[start : q.start]


def _other_figure_in_sentence(text: str, tree: Tree, q: Quantity, starts: Sequence[int]) -> bool:
    """Whether the duration's sentence, on its line, holds a quantity that is no duration.

    ``starts`` are the starts of the quantities that are no durations, in text order.
    """
    span = _sentence_span(text, tree, q)
    if span is None:
        return False
    first = bisect_left(starts, span[0])
    return first < len(starts) and starts[first] < span[1]
