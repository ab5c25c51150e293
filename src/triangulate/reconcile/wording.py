"""A source's name with its verb in agreement: "Reuters gives", "police give".

Explanations name who gives a figure or says a statement, and the name is whatever the
report called its source: an outlet ("Reuters", "The New York Times"), a person, a body
spoken of in the plural ("police", "local authorities", "officials (unnamed, via AP)"), or
two sources joined ("police and residents"). English puts the verb in the plural after a
plural subject, so the name is read for its number:

===============================  ======  ==================================================
name                             number  why
===============================  ======  ==================================================
"police and residents"           plural  two subjects joined by "and" (outside quotes and
                                         brackets, so "the report 'A and B'" stays one;
                                         "Ministry of Health and Population" is one body)
"police", "Police", "people"     plural  a noun that is plural without an -s
"officials", "local residents"   plural  a lower-case noun ending in -s (not -ss, -us, -is)
"Officials", "Syrian officials"  plural  a capitalised word that is a common plural noun
                                         of news reporting (officials, witnesses, ...)
"residents of Raqqa"             plural  the head noun before its "of", "in", "at" phrase
"Reuters", "The New York Times"  single  any other capitalised name: a title is one source
"the report 'Two killed ...'"    single  what the relay or the quote says is not the name
===============================  ======  ==================================================
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Nouns plural without an -s, as news names bodies of people.
_PLURAL_ALWAYS = frozenset({"police", "people", "media", "clergy", "militia", "staff"})
# Common plural nouns that open a sentence or a list capitalised but still name many
# speakers, not an outlet ("Officials said ..." -> "Officials give", "Reports say").
_BODIES = frozenset(
    {
        *("activists", "agencies", "analysts", "attorneys", "authorities", "colleagues"),
        *("demonstrators", "diplomats", "doctors", "economists", "experts", "families"),
        *("firefighters", "forces", "friends", "hospitals", "investigators", "journalists"),
        *("lawmakers", "lawyers", "leaders", "locals", "medics", "militants", "ministries"),
        *("monitors", "neighbors", "neighbours", "nurses", "observers", "officers"),
        *("officials", "organisers", "organizers", "paramedics", "parents", "police"),
        *("politicians", "prosecutors", "protesters", "rebels", "relatives", "reporters"),
        *("reports", "rescuers", "researchers", "residents", "scientists", "soldiers"),
        *("sources", "students", "survivors", "teachers", "troops", "unions", "villagers"),
        *("witnesses", "workers"),
    }
)
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "news", "ics")
# Quoted titles and bracketed relays are not part of the name's number.
_ASIDE = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|‘[^’]*’|\([^)]*\)")
_AFTER_HEAD = re.compile(r"\s(?:of|in|at|from|for|with|on)\s")
_JOINED = re.compile(r"\s+and\s+", re.IGNORECASE)
# "Ministry of Health and Population": "and" inside a body's "of" phrase is one name.
_OF = re.compile(r"\s(?:of|for|on)\s")
# Verbs whose third person singular is not verb + "s".
_SINGULAR = {"have": "has", "do": "does", "be": "is", "say": "says", "go": "goes"}


# Endings of words that end in -s without being plural ("press", "virus", "news"); an
# -is word may be either ("crisis", "taxis"), and is read as a plural.
_NOT_PLURAL_S = ("ss", "us", "news")


def singular(word: str) -> str:
    """A noun's singular by its spelling, lower-cased: "officials" -> "official",
    "witnesses" -> "witness", "parties" -> "party", "churches" -> "church", "boxes" ->
    "box"; a word that ends in -s without being plural stays whole ("press", "virus",
    "news"). Every reading that compares head nouns goes through this one
    spelling rule, so a table word matches its singular and its plural alike."""
    word = word.casefold()
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL_S):
        return word[:-1]
    return word


def plural(name: str) -> bool:
    """Whether a source's name is a plural subject (table in the module docstring)."""
    bare = _ASIDE.sub(" ", name).strip()
    if not bare:
        return False
    joined = _JOINED.split(bare)
    if len(joined) > 1 and not _OF.search(joined[0]):
        return True
    # The head noun comes before a phrase that follows it: "residents of Raqqa", "an
    # office worker in Dubai", "officials at the ministry".
    bare = _AFTER_HEAD.split(bare, 1)[0].strip() or bare
    words = bare.split()
    head = words[-1].strip(".,;:").lower()
    if bare.lower() in _PLURAL_ALWAYS or head in _PLURAL_ALWAYS:
        return True
    if head in _BODIES:
        return True
    if not words[-1][:1].islower():
        return False
    return head.endswith("s") and not head.endswith(_NOT_PLURAL_ENDINGS) and len(head) > 3


def speaks(name: str | Sequence[str], verb: str) -> str:
    """The name and the verb (given in its plural form, "give") in agreement.

    Args:
        name: The source's name as the explanation shows it, or several names (joined
            here with "and", and so plural).
        verb: The verb's plain present form: "give", "say", "report", "have".

    Returns:
        "police give", "Reuters gives", "The report 'A and B' says".
    """
    if not isinstance(name, str):
        names = list(name)
        if len(names) > 1:
            joined = ", ".join(names[:-1]) + " and " + names[-1]
            return f"{joined} {'are' if verb == 'be' else verb}"
        name = names[0]
    if plural(name):
        return f"{name} {'are' if verb == 'be' else verb}"
    if verb in _SINGULAR:
        return f"{name} {_SINGULAR[verb]}"
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return f"{name} {verb}es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return f"{name} {verb[:-1]}ies"
    return f"{name} {verb}s"


def their(name: str | Sequence[str]) -> str:
    """The possessive that refers back to the name: "its" for one source, "their" for many."""
    many = not isinstance(name, str) and len(list(name)) > 1
    return "their" if many or (isinstance(name, str) and plural(name)) else "its"


_DETERMINERS = frozenset(
    {
        *("a", "an", "the", "one", "two", "three", "four", "five", "six", "several", "some"),
        *("many", "few", "other", "another", "most", "all", "both", "each"),
    }
)


def description_case(description: str, text: str = "") -> str:
    """An unnamed source's description as it reads inside a list: its first word in lower
    case where it is a common word that a report capitalised only to open a sentence or a
    headline ("A source in the town's main hospital", "Hospital source", "Residents of
    Al Jisr" -> "a source in the town's main hospital", "hospital source", "residents of
    Al Jisr"). The word is common where it is a determiner, where the report (``text``)
    also writes it in lower case, or where the report writes it capitalised only where a
    sentence or a line starts; a name ("Sabil Now source", "Reuters source": capitalised
    mid-sentence) and an acronym ("UN official") keep their capitals."""
    first = description.split(" ", 1)[0]
    if not first[:1].isupper() or (len(first) > 1 and not first[1:].islower()):
        return description
    low = first.lower()
    word = re.escape(first)
    if (
        low in _DETERMINERS
        or re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text)
        or (
            re.search(rf"(?<![\w-]){word}(?![\w-])", text)
            and not re.search(rf"(?<=[\w,;)] ){word}(?![\w-])", text)
        )
    ):
        return low + description[len(first) :]
    return description
