"""Durations: the reported fact ("a 12-day siege"), or the time scope of another figure.

``find_quantities`` reads every duration ("12 days", "24 - hour", "more than a week"); this
stage says which are figures of their own (kind ``duration``) and which only date another
figure ("in the past two weeks", kept as that figure's scope). The rules, first hit wins:

======================================================  ============  =======================
the duration                                            reading       example
======================================================  ============  =======================
followed by ago, later, earlier, before, after, from     time          "eight days ago", "two
now, previously                                         reference     weeks before Christmas"
a compound adjective before a noun                      figure        "a 12-day siege", "a
                                                                      24-hour strike"
  ... before a noun of time                             time          "the one-week
  (anniversary, period, deadline, window, mark)         reference     anniversary"
  ... before a noun of service (veteran, employee,      scope         "a 15-year veteran",
  member, career, tenure, ...)                                        "a 20-year career"
a prison term: after sentenced / jailed / imprisoned    figure        "jailed for 15 years",
... to / for, faces, could get, serves, punishable                    "six years in prison",
by, carries; before "in prison", "to life",                           "faces up to 25 years
"probation"                                                           to life", "three
                                                                      years' probation"
after a verb of lasting (last, continue, go on, take,   figure        "the tremor lasted 30
drag on)                                                              seconds"
after "after": the time something took before what     figure        "found alive after six
the sentence reports                                                  days adrift", "died
                                                                      after 21 years in power"
after "every": how often something happens              figure        "aftershocks every 15
                                                                      minutes"
after "for": how long something went on                figure        "shaking for about a
                                                                      minute", "paid $80 for
                                                                      four hours' work"
the subject of a modal verb (can, could, will, would,   figure        "on the larger model,
may, might, must), after no preposition of time                       150 hours can be stored"
after a preposition of time (in, within, over,          scope         "in about 30 days of
during, since, until, past, last, next) in a                          fighting, 250 soldiers
sentence that holds another figure                                    were wounded"
"<duration> of <noun>" (not a ritual: silence, prayer)  figure        "eight days of riots",
                                                                      "a week of violence"
anything else                                           scope         "over the past eight
                                                                      days"
======================================================  ============  =======================
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from triangulate.claims.quantities import Quantity
from triangulate.nlp.tokens import Tree

_REFERENCE_AFTER_RE = re.compile(
    r"\s*(?:ago|later|earlier|before|after|afterwards|from\s+now|previously|beforehand|"
    r"hence|since)\b",
    re.IGNORECASE,
)
_COMPOUND_RE = re.compile(r"[0-9a-z]\s?-\s?[a-z]+$", re.IGNORECASE)
_NOUN_AFTER_RE = re.compile(r"\s+(?P<word>[A-Za-z][a-z-]*)")
_TIME_NOUNS = frozenset(
    {"anniversary", "period", "deadline", "window", "mark", "high", "low", "cycle", "interval"}
)
# "a 15-year veteran", "the 11-year employee", "a 20-year career": how long someone has
# served, which describes the person and reports nothing that happened.
_SERVICE_NOUNS = frozenset(
    {
        "veteran",
        "employee",
        "member",
        "officer",
        "resident",
        "worker",
        "career",
        "tenure",
        "stint",
        "deputy",
        "agent",
        "volunteer",
        "staffer",
        "teacher",
        "trooper",
        "firefighter",
        "reporter",
        "journalist",
        "lawmaker",
        "incumbent",
        "pro",
        "player",
    }
)
_PRISON_BEFORE_RE = re.compile(
    r"\b(?:sentenced|jailed|imprisoned|detained|banned|suspended|barred)\b(?:\s+\w+){0,4}\s+"
    r"(?:to|for)\s+$|"
    # the term a defendant faces or serves: "faces up to 75 years", "could get 10 years"
    r"\b(?:faces?|faced|facing|could\s+(?:get|face|receive)|(?:will|would)\s+serve|"
    r"serv(?:es|ed|ing)|life(?:\s+in\s+prison)?\s+plus|punishable\s+by|"
    r"carr(?:y|ies|ied|ying)(?:\s+a\s+(?:maximum|minimum|mandatory)(?:\s+\w+)?\s+of)?)\s+$",
    re.IGNORECASE,
)
_PRISON_AFTER_RE = re.compile(
    r"\s+(?:in\s+(?:an?\s+)?(?:(?:state|federal|county|high-security|maximum-security)\s+)?"
    r"(?:prison|jail|penitentiary)|behind\s+bars|of\s+(?:imprisonment|prison|jail)|to\s+life)\b|"
    r"['’]?\s+(?:probation|house\s+arrest|community\s+service)\b",
    re.IGNORECASE,
)
_LASTING_BEFORE_RE = re.compile(
    r"\b(?:last(?:ed|s|ing)?|continu(?:ed|es|ing)|went\s+on|go(?:es)?\s+on|going\s+on|"
    r"drag(?:ged|s)?\s+on|took|takes|take|taking|persist(?:ed|s)?|endur(?:ed|es)?|"
    r"stretch(?:ed|es)?)\s+(?:for\s+)?$",
    re.IGNORECASE,
)
_SCOPE_BEFORE_RE = re.compile(
    r"\b(?:in|within|over|during|after|before|since|until|till|by|from|past|last|next|"
    r"first|previous|coming|recent|following|every|each|per|throughout)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "150 hours can be stored", "two days will be added": the duration is what the clause is about
_MODAL_AFTER_RE = re.compile(r"\s+(?:can|could|will|would|may|might|must)\s+(?:be|fit)\b")
_OF_NOUN_RE = re.compile(r"\s+of\s+(?!(?:silence|prayer|prayers|applause|mourning)\b)\w", re.I)
_FOR_BEFORE_RE = re.compile(r"\bfor\s+$", re.IGNORECASE)
# "rescued after 20 hours", "died after 21 years in power": the time that passed before the
# outcome is what the report tells ("two days after the quake" is a time reference, above);
# "every 15 minutes": how often.
_ELAPSED_BEFORE_RE = re.compile(r"\b(?:after|every)\s+$", re.IGNORECASE)


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
    if _REFERENCE_AFTER_RE.match(text, q.end):
        return False
    if _COMPOUND_RE.search(q.text):
        noun = _NOUN_AFTER_RE.match(text, q.end)
        if noun is None:
            return False
        word = noun.group("word").lower()
        return word not in _TIME_NOUNS and word not in _SERVICE_NOUNS
    if _PRISON_BEFORE_RE.search(before) or _PRISON_AFTER_RE.match(text, q.end):
        return True
    if _LASTING_BEFORE_RE.search(before):
        return True
    if _ELAPSED_BEFORE_RE.search(before) or _FOR_BEFORE_RE.search(before):
        return True
    if _MODAL_AFTER_RE.match(text, q.end) and not _SCOPE_BEFORE_RE.search(before):
        return True
    other = _other_figure_in_sentence(text, tree, q, starts)
    if _SCOPE_BEFORE_RE.search(before) and other:
        return False
    return bool(_OF_NOUN_RE.match(text, q.end))


def _other_figure_in_sentence(text: str, tree: Tree, q: Quantity, starts: Sequence[int]) -> bool:
    """Whether the duration's sentence, on its line, holds a quantity that is no duration.

    ``starts`` are the starts of the quantities that are no durations, in text order.
    """
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    tokens = tree.at(q.start, q.end)
    if not tokens:
        return False
    sentence = tree.sentence(tokens[0].sent)
    if not sentence:
        return False
    # A line break ends a sentence whatever the parser joined (a headline, an unended line).
    text_start = max(sentence[0].start, line_start)
    text_end = sentence[-1].end if line_end < 0 else min(sentence[-1].end, line_end)
    first = bisect_left(starts, text_start)
    return first < len(starts) and starts[first] < text_end
