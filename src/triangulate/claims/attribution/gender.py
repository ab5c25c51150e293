"""Whether "he" or "she" may refer to a person: the gender a text gives a name.

English marks a person's gender in a few plain ways a reader uses to resolve "he" and
"she": a courtesy title ("Mr. Reyes", "Ms. Brandt"), a role noun that has a male and a
female form ("spokeswoman", "congressman", "mother"), and a given name
(``given-names.tsv``: only names borne almost always by one gender). A name with none of
these, or with signs that disagree, has no known gender, and any pronoun may refer to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from typing import Literal

from triangulate.claims.entity_index import EntityIndex

Gender = Literal["male", "female"]

NAMES_FILE = "given-names.tsv"

# The gender each third-person singular pronoun refers to.
PRONOUN_GENDER: Mapping[str, Gender] = {
    "he": "male",
    "him": "male",
    "his": "male",
    "himself": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "herself": "female",
}

_TITLES: Mapping[str, Gender] = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}
_ROLES: Mapping[str, Gender] = {
    **dict.fromkeys(
        [
            "spokesman",
            "congressman",
            "chairman",
            "businessman",
            "councilman",
            "assemblyman",
            "alderman",
            "anchorman",
            "father",
            "husband",
            "son",
            "brother",
            "uncle",
            "nephew",
            "grandfather",
            "boyfriend",
            "king",
            "prince",
            "sir",
            "lord",
            "gentleman",
            "man",
        ],
        "male",
    ),
    **dict.fromkeys(
        [
            "spokeswoman",
            "congresswoman",
            "chairwoman",
            "businesswoman",
            "councilwoman",
            "assemblywoman",
            "anchorwoman",
            "mother",
            "wife",
            "daughter",
            "sister",
            "aunt",
            "niece",
            "grandmother",
            "girlfriend",
            "queen",
            "princess",
            "madam",
            "lady",
            "woman",
            "actress",
        ],
        "female",
    ),
}
_WORDS = re.compile(r"[A-Za-z]+")
# A courtesy title right before a mention ("Mr. Reyes", "Mrs Brandt").
_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")


def parse_names(text: str) -> dict[str, Gender]:
    """The given names of a names file and the gender of each.

    Raises:
        ValueError: A line that is not ``male`` or ``female``, a tab and a name.
    """
    out: dict[str, Gender] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2 or cells[0] not in {"male", "female"} or not cells[1].strip():
            raise ValueError(f"{NAMES_FILE}, line {number}: expected GENDER<tab>NAME: {line!r}")
        out[cells[1].strip().lower()] = "male" if cells[0] == "male" else "female"
    return out


@lru_cache(maxsize=1)
def given_names() -> Mapping[str, Gender]:
    """The packaged given names and their gender."""
    source = resources.files("triangulate.claims.attribution").joinpath(NAMES_FILE)
    return parse_names(source.read_text(encoding="utf-8"))


def gender_of(name: str, role: str | None = None) -> Gender | None:
    """The gender a speaker's name and role give: a title, a role noun, the given name
    that opens a full name; None when they give none or disagree."""
    signs: set[Gender] = set()
    words = _WORDS.findall(name)
    if words and words[0].lower() in _TITLES:
        signs.add(_TITLES[words[0].lower()])
        words = words[1:]
    for word in _WORDS.findall(f"{name} {role or ''}"):
        if word.lower() in _ROLES:
            signs.add(_ROLES[word.lower()])
    if len(words) > 1 and words[0].lower() in given_names():
        signs.add(given_names()[words[0].lower()])
    return signs.pop() if len(signs) == 1 else None


def personal_gender(name: str) -> Gender | None:
    """The gender a name gives by itself, as a person's name: a courtesy title ("Mrs.
    Brandt") or a given name opening a full name ("Ada Brandt"). A role word inside a
    name ("Burger King", "Mother Jones") says nothing here: such names are bodies'."""
    words = _WORDS.findall(name)
    if words and words[0].lower() in _TITLES:
        return _TITLES[words[0].lower()]
    if len(words) > 1:
        return given_names().get(words[0].lower())
    return None


def genders(text: str, entities: EntityIndex) -> dict[str, Gender]:
    """The gender of each person named in a document, by entity id, where it is known.

    From a courtesy title before any of its mentions in the text, else from its name
    and aliases; an entity whose signs disagree is left out.
    """
    signs: dict[str, set[Gender]] = {}
    named: dict[str, Iterable[str]] = {}
    for mention, entity in entities.within(0, len(text)):
        if entity.type != "PERSON":
            continue
        named[entity.id] = (entity.name, *entity.aliases)
        title = _TITLE_BEFORE.search(text, max(0, mention.start - 6), mention.start)
        if title is not None:
            signs.setdefault(entity.id, set()).add(_TITLES[title.group(1).lower()])
    for entity_id, names in named.items():
        if entity_id not in signs:
            found = {g for g in map(gender_of, names) if g is not None}
            if found:
                signs[entity_id] = found
    return {k: v.pop() for k, v in signs.items() if len(v) == 1}
