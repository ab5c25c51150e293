"""Name forms and keys: how two spellings of one name are recognised as the same.

A *form* is a cleaned surface with titles and trailing descriptors removed ("Colonel Ryan
Dillon" -> "Ryan Dillon", "Al-Raqqah city" -> "Al-Raqqah"). A *key* is a spelling-blind
rendering of a Latin-script form that absorbs the usual transliteration alternations of
Arabic names (articles, doubled letters, vowel shapes, q/k, dh/z, final -ah):
Raqqa, Al-Raqqah, Raqa and al-Raqqa all key to ``rVkV``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from triangulate.resolve.shapes import is_brand_word


def at_most_one_edit(a: str, b: str) -> bool:
    """Whether two strings are at most one edit apart: equal, one letter changed, or one
    letter left out or added."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# Words that are a role or a rank, never part of a person's name. Only stripped from the
# front of a form, and only from forms that look like people (see ``strip_titles``).
TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "sir",
        "col",
        "colonel",
        "lt",
        "lieutenant",
        "gen",
        "general",
        "brig",
        "brigadier",
        "maj",
        "major",
        "capt",
        "captain",
        "sgt",
        "sergeant",
        "adm",
        "admiral",
        "cmdr",
        "commander",
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "senator",
        "sen",
        "rep",
        "gov",
        "governor",
        "mayor",
        "judge",
        "justice",
        "presiding",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "director",
        "chief",
        "ceo",
        "chairman",
        "chairwoman",
        "deputy",
        "ambassador",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "rev",
        "reverend",
        "officer",
        "executive",
    }
)

# Abbreviated titles that are titles whatever the proposer said (nobody's name is "Col.").
DOTTED_TITLES = frozenset({"mr.", "mrs.", "ms.", "dr.", "col.", "gen.", "lt.", "brig.", "maj."})

# Lowercase words after a name that say what kind of thing it is without being part of
# the name: "Raqqa city", "Islamic State group", "Assadiyah area". Administrative units
# (province, governorate, district) are *not* here: a province is a different entity from
# the city it is named after.
DESCRIPTORS = frozenset(
    {
        "city",
        "town",
        "village",
        "area",
        "group",
        "organization",
        "organisation",
        "militants",
        "militia",
        "jihadists",
        "fighters",
        "neighbourhood",
        "neighborhood",
    }
)

# Legal-form suffixes: "Apple Inc." and "Apple" name one company.
CORPORATE_SUFFIXES = frozenset(
    {
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "llc",
        "ltd",
        "limited",
        "plc",
        "spa",
        "ag",
        "sa",
        "nv",
        "gmbh",
        "ab",
        "bv",
        "oyj",
        "asa",
        "llp",
        "lp",
        "group",
    }
)

# Words skipped when taking the initials of a name: "Syrian Observatory for Human Rights"
# -> SOHR.
FUNCTION_WORDS = frozenset({"of", "for", "the", "and", "de", "du", "la", "le", "on", "in", "&"})

ARTICLES = frozenset({"al", "el", "il", "ul"})
# Sun-letter assimilations of the Arabic article: "ad-Dawla", "ar-Raqqa", "az-Zor".
SUN_ARTICLES = {
    "ad": "d",
    "ed": "d",
    "adh": "dh",
    "ar": "r",
    "er": "r",
    "as": "s",
    "es": "s",
    "ash": "sh",
    "esh": "sh",
    "az": "z",
    "ez": "z",
    "at": "t",
    "et": "t",
    "ath": "th",
    "an": "n",
    "en": "n",
}
# Fused article in a non-first word: "Deir Ezzor" is "Deir ez-Zor".
_FUSED_ARTICLE = re.compile(r"^[ae]l?([dtszrn])\1(.{2,})$")
# Al-Bu / Albu / Abu / Abou are one name element ("Albu Kamal", "Abu Kamal", "Al-Bukamal").
_ABU = frozenset({"abu", "abou", "albu", "bou", "bu"})

_APOSTROPHES = "'’‘`´ʼʻʿʾ"
_TOKEN = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,6}$|^[A-Z][A-Z&]{1,5}$")
_VOWELS = frozenset("aeiou")
_WORD_BREAK = re.compile(r"[\s\u2010-\u2015-]+")
_SPACED_AL = re.compile(r"(?i)al\s")
# Deletes the vowel symbols of a key, leaving its consonant skeleton.
_NO_VOWEL_SYMBOLS = str.maketrans("", "", "AUV")


@lru_cache(maxsize=1 << 13)
def fold(text: str) -> str:
    """Lowercase, strip diacritics (NFKD) and apostrophes. (A pure function: cached.)"""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return "".join(ch for ch in bare if ch not in _APOSTROPHES).lower()


def words(text: str) -> tuple[str, ...]:
    """Split a surface into words on spaces and hyphens, keeping dotted abbreviations."""
    return tuple(w for w in _WORD_BREAK.split(text) if w)


def is_acronym(form: str) -> bool:
    """``SDF``, ``U.S.``, ``AT&T``: all capitals, two to six letters."""
    return bool(_ACRONYM.match(form.strip()))


def acronym_letters(form: str) -> str:
    """``U.S.`` -> ``US``."""
    return form.replace(".", "").replace(" ", "").upper()


def strip_titles(form: str, *, person: bool) -> str:
    """Drop leading ranks and roles ("Colonel Ada Varga" -> "Ada Varga").

    Full-word titles are only stripped from forms that look like people, because "General"
    is also the first word of "General Motors". A title run must leave at least two words
    ("President Reyes" stays whole rather than becoming a bare surname) unless it ended in
    a dotted abbreviation.
    """
    parts = form.split()
    cut = 0
    for index, part in enumerate(parts[:-1]):
        low = part.lower()
        if low in DOTTED_TITLES or (person and low.rstrip(".") in TITLES):
            cut = index + 1
        elif person and low.rstrip(".") in {"u.s", "us", "uk", "u.k"}:
            continue  # "U.S. President Luis Reyes"
        else:
            break
    if cut == 0:
        return form
    return " ".join(parts[cut:])


def strip_descriptors(form: str) -> str:
    """Drop trailing lowercase descriptors ("Raqqa city" -> "Raqqa")."""
    parts = form.split()
    while len(parts) > 1 and parts[-1] in DESCRIPTORS:
        parts.pop()
    return " ".join(parts)


# Abbreviated words that only ever mean one thing at the start of a name ("Mt Cook" is
# "Mount Cook"). "St" is left alone: Saint or Street.
_LEADING_ABBREVIATIONS = {"mt": "mount", "ft": "fort"}
# ... and at the end of one, the kinds of road ("Tallis Ave" is "Tallis Avenue"). Not "St":
# at the end it is Street or State ("Wichita St." is a university's team).
ROAD_WORDS = frozenset(
    {
        *("road", "rd", "street", "avenue", "ave", "av", "aves", "avenues", "streets"),
        *("roads", "boulevard", "blvd", "highway", "hwy", "expressway"),
    }
)
"""The last words that make a name a road's ("Tallis Ave", "Kranji Road", "Bank Street");
not "Lane" or "Drive", which end people's names and titles too."""
_TRAILING_ABBREVIATIONS = {
    "ave": "avenue",
    "av": "avenue",
    "rd": "road",
    "blvd": "boulevard",
    "hwy": "highway",
    "sq": "square",
}


def _tokens(form: str) -> list[str]:
    """Folded alphabetic and numeric tokens, split at letter/digit boundaries.

    A leading abbreviation from ``_LEADING_ABBREVIATIONS`` and a trailing one from
    ``_TRAILING_ABBREVIATIONS`` are spelled out.
    """
    tokens: list[str] = _TOKEN.findall(fold(form))
    if len(tokens) > 1 and tokens[0] in _LEADING_ABBREVIATIONS:
        tokens[0] = _LEADING_ABBREVIATIONS[tokens[0]]
    if len(tokens) > 1 and tokens[-1] in _TRAILING_ABBREVIATIONS:
        tokens[-1] = _TRAILING_ABBREVIATIONS[tokens[-1]]
    return tokens


def _drop_articles(tokens: list[str], *, keep_spaced_al: bool) -> list[str]:
    """Remove Arabic articles in all their Latin shapes."""
    out: list[str] = []
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and not following.isdigit():
            if token in ARTICLES and not (keep_spaced_al and index == 0):
                continue
            sun = SUN_ARTICLES.get(token)
            if sun is not None and following.startswith(sun):
                continue
        if token in _ABU:
            token = "bu"
        elif index > 0 and not token.isdigit():
            fused = _FUSED_ARTICLE.match(token)
            if fused is not None:
                token = fused.group(1) + fused.group(2)
        out.append(token)
    return out


# Consonant spellings that alternate in transliteration, longest first.
_CONSONANTS = (
    ("ph", "f"),
    ("dh", "z"),
    ("kh", "K"),
    ("gh", "G"),
    ("sh", "S"),
    ("ch", "C"),
    ("th", "T"),
    ("dj", "j"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
    ("x", "ks"),
)


@lru_cache(maxsize=1 << 13)
def _token_key(token: str) -> str:
    """Spelling-blind key of one folded token (see module docstring). (A pure function: cached.)"""
    if token.isdigit():
        return token
    if len(token) > 2 and token.endswith("h") and token[-2] in _VOWELS:
        token = token[:-1]  # Raqqah -> Raqqa
    for src, dst in _CONSONANTS:
        token = token.replace(src, dst)
    collapsed: list[str] = []
    for ch in token:
        if not collapsed or collapsed[-1] != ch:
            collapsed.append(ch)
    letters = collapsed
    out: list[str] = []
    for index, ch in enumerate(letters):
        nxt = letters[index + 1] if index + 1 < len(letters) else ""
        prev = letters[index - 1] if index > 0 else ""
        vowel = ch in _VOWELS
        # y and w are vowels inside a diphthong (Dayr, Zawr) but consonants before a
        # vowel (Yemen, Malawi).
        if ch == "y" and nxt not in _VOWELS and index > 0:
            vowel = True
        if ch == "w" and prev in _VOWELS and nxt not in _VOWELS:
            vowel = True
        if vowel:
            if not out:
                out.append("U" if ch in "ou" else "A")
            elif out[-1] not in "AUV":
                out.append("V")
        else:
            out.append(ch)
    return "".join(out)


@dataclass(frozen=True, slots=True, kw_only=True)
class NameKey:
    """The keys of one form: per word, joined, and the consonant skeleton."""

    tokens: tuple[str, ...]
    joined: str
    digits: tuple[str, ...]
    # The key without vowel symbols (used to compare with Arabic script), made once: the
    # resolver asks for it, and for its length, for every pair of names it compares.
    skeleton: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "skeleton", self.joined.translate(_NO_VOWEL_SYMBOLS))

    @property
    def consonants(self) -> int:
        """How many consonant symbols the key has: a measure of how telling it is."""
        return len(self.skeleton)


@lru_cache(maxsize=1 << 13)
def name_key(form: str, *, person: bool = False) -> NameKey:
    """The spelling-blind key of a Latin-script form. Never raises. (A pure function: cached.)

    Args:
        form: A cleaned name form.
        person: True when the form names a person; then a leading "Al" followed by a
            space is kept ("Al Gore" is not "Gore"); a hyphenated "al-" is still dropped.

    Returns:
        The per-word keys, the joined key and the numbers in the name.
    """
    parts = form.split()
    if any(is_brand_word(word) for word in parts):
        # A brand's coined spelling is not a transliteration: "iPod" is not "iPad". A
        # model code before the name is the code after it: "3G iPhone" is "iPhone 3G".
        if len(parts) == 2 and any(ch.isdigit() for ch in parts[0]) and is_brand_word(parts[1]):
            parts = parts[::-1]
        exact = tuple(_TOKEN.findall(fold(" ".join(parts))))
        return NameKey(
            tokens=exact, joined="".join(exact), digits=tuple(t for t in exact if t.isdigit())
        )
    spaced_al = person and _SPACED_AL.match(form.strip()) is not None
    tokens = _drop_articles(_tokens(form), keep_spaced_al=spaced_al)
    if person:
        tokens = person_core(tokens)
    keys = tuple(k for k in (_token_key(t) for t in tokens) if k)
    return NameKey(
        tokens=keys,
        joined="".join(keys),
        digits=tuple(t for t in tokens if t.isdigit()),
    )


GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def person_core(tokens: Sequence[str]) -> list[str]:
    """A person's name words without middle initials or a generation suffix.

    "Raj K. Chohan" and "Raj Chohan", "Anthony LaCalamita III" and "Anthony LaCalamita"
    are one person.
    """
    kept = [t for t in tokens if t.lower().rstrip(".") not in GENERATIONS] or list(tokens)
    if len(kept) > 2:
        kept = [kept[0], *(t for t in kept[1:-1] if len(t.rstrip(".")) > 1), kept[-1]]
    return kept


def inserted_vowel(longer: str, shorter: str) -> bool:
    """True when ``longer`` is ``shorter`` with one vowel inserted between consonants.

    This is the Tabqa / Tabaqa alternation. A vowel at either end is not allowed: it tells
    Niger from Nigeria and Iraq from Raqqa.
    """
    if len(longer) != len(shorter) + 1:
        return False
    for index in range(1, len(longer) - 1):
        if (
            longer[index] == "V"
            and longer[index - 1] not in "AUV"
            and longer[index + 1] not in "AUV"
            and longer[:index] + longer[index + 1 :] == shorter
        ):
            return True
    return False


def demonym_variant(left: Sequence[str], right: Sequence[str]) -> bool:
    """Multi-word names equal but for a demonym ending on one non-final word.

    "Syria Democratic Forces" is a common variant of "Syrian Democratic Forces"; the last
    word must agree, so "Kim Jong Il" never meets "Kim Jong Un".
    """
    if len(left) != len(right) or len(left) < 2 or left[-1] != right[-1]:
        return False
    diffs = [i for i, (a, b) in enumerate(zip(left, right, strict=True)) if a != b]
    if len(diffs) != 1:
        return False
    a, b = sorted((left[diffs[0]], right[diffs[0]]), key=len)
    return len(a) >= 3 and b.startswith(a) and b[len(a) :] in {"n", "Vn", "V", "s"}


def initials(form: str, *, every_word: bool = False) -> tuple[str, ...]:
    """Possible initial-letter acronyms of a multi-word form, most literal first.

    "Syrian Observatory for Human Rights" -> ("SOHR",); "General Motors Corporation" ->
    ("GMC", "GM"). Empty for single words. With ``every_word``, the initials of all its
    words, small ones too, come last where they differ, as some bodies are known so
    ("Department of Defense" -> ("DD", "DOD")).
    """
    every = [p for p in words(form) if p[:1].isalpha()]
    parts = [p for p in every if p.lower() not in FUNCTION_WORDS]
    if len(parts) < 2:
        return ()
    found = ["".join(p[0].upper() for p in parts)]
    if parts[-1].lower().rstrip(".") in CORPORATE_SUFFIXES and len(parts) > 2:
        found.append("".join(p[0].upper() for p in parts[:-1]))
    literal = "".join(p[0].upper() for p in every)
    if every_word and literal not in found:
        found.append(literal)
    return tuple(found)


# Head words of things named after a company, a person or a brand without being it:
# the "Apple Worldwide Developers Conference", the "Ford Foundation", the "iPhone
# Developer Program", the "Carter Center", the "Apple Stores".
INSTITUTION_HEADS = frozenset(
    {"conference", "convention", "program", "programme", "foundation", "center", "centre"}
    | {"institute", "museum", "university", "college", "school", "hospital", "stadium"}
    | {"arena", "award", "awards", "prize", "festival", "fund", "trust", "library", "hall"}
    | {"theatre", "theater", "building", "tower", "store", "stores", "expo", "summit"}
)


def body_word(word: str) -> bool:
    """Whether a word in lower case, its stops dropped, closes or heads the name of a firm
    or an institution ("Co", "Group", "University", "Foundation"): never a word of a
    person's name."""
    return word in CORPORATE_SUFFIXES or word in INSTITUTION_HEADS


def names_institution(form: str) -> bool:
    """A name that ends in an institution's head word ("Ford Foundation")."""
    parts = form.split()
    return len(parts) >= 2 and fold(parts[-1]).strip(".,") in INSTITUTION_HEADS


# Words that name a brand's shop after it: "iTunes Store", "iTunes Music Store".
STORE_WORDS = frozenset({"store", "stores", "shop", "music", "app", "apps"})


def corporate_core(form: str) -> str:
    """Drop a trailing legal-form word ("Chrysler LLC" -> "Chrysler").

    A brand's online store is known by the brand ("bought on iTunes"): "iTunes Store",
    "iTunes Music Store" and "iTunes Apps Stores" keep only the brand word. Only a brand
    spelt as one ("iTunes", "eBay") is read so: "Apple Store" is a shop of Apple's, not
    the company.
    """
    parts = form.replace(",", " ").split()
    while len(parts) > 1 and parts[-1].lower().rstrip(".") in CORPORATE_SUFFIXES:
        parts.pop()
    if (
        len(parts) > 1
        and is_brand_word(parts[0])
        and parts[-1].lower() in {"store", "stores"}
        and all(p.lower() in STORE_WORDS for p in parts[1:])
    ):
        parts = parts[:1]
    return " ".join(parts)
