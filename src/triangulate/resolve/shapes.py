"""Names the small model misses or cuts short, recognised by how news writes them.

The English model tags "Airbus" and "A380" apart, leaves "iPhone" and "Dow Jones
Industrial Average" untagged (only as runs of proper nouns), and tags "FTSE" without its
"100". Three shapes of name are restored here, each a convention of news writing:

- **Market indices** are named by their brand and a head word ("Dow Jones Industrial
  Average", "Nasdaq Composite", "Hang Seng Index") or by a brand and the number of
  stocks they follow ("S&P 500", "FTSE 100", "Nikkei 225"; the brands are in
  ``INDEX_BRANDS``).
- **Product and aircraft models** are a maker's or product's name followed by a model
  designator: a code of letters and digits ("A380", "3GS", "S23"), a model number after a
  product name ("iPhone 4", "Boeing 747") or a model word ("iPod nano", "MacBook Pro").
- **Brand words written with a lower-case first letter and a capital inside** ("iPhone",
  "eBay", "iTunes") are names by their spelling alone.

``promote`` turns proper-noun runs of the first and third shape into mentions (labelled
``PRODUCT``, so they vote for the catch-all type ``OTHER``); ``extend_model`` pulls a model
designator into a span; ``joins_model`` says when two adjacent spans are one model name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from triangulate.model import Document, Mention

# The label promoted spans get: spaCy's own label for products (type OTHER).
PROMOTED_LABEL = "PRODUCT"

# Head words that end the name of a market index.
INDEX_HEADS = (
    "Industrial Average",
    "Transportation Average",
    "Utility Average",
    "Composite Index",
    "Composite",
    "Index",
)
# Index brands written with the number of stocks they follow ("FTSE 100").
INDEX_BRANDS = frozenset(
    {
        "S&P",
        "Standard & Poor's",
        "FTSE",
        "Nikkei",
        "Russell",
        "CAC",
        "DAX",
        "ASX",
        "Stoxx",
        "STOXX",
        "IBEX",
    }
    | {"Euro Stoxx", "Nifty", "KOSPI", "Kospi", "TOPIX", "Topix", "MSCI", "AEX", "SMI"}
)
_INDEX_HEAD = re.compile(r"\b(?:" + "|".join(INDEX_HEADS) + r")$")
# An index head written in lower case after the brand ("the Dow Jones industrial
# average", "the Nasdaq composite index"); a bare lower-case "index" is only a descriptor.
_LOWER_INDEX_HEAD = re.compile(
    r" (?:industrial average|transportation average|utility average|composite index|composite)\b"
)
# An index brand written with a possessive before its number ("Standard & Poor's 500").
_POSSESSIVE_NUMBER = re.compile(r"['’]s \d{2,4}\b(?![.,]\d)")
_INDEX_NUMBER = re.compile(r" \d{2,4}\b(?![.,]\d)")

# A brand word: lower-case first letter, a capital inside ("iPhone", "eBay").
_CAMEL = re.compile(r"^[a-z]{1,3}[A-Z][A-Za-z]+$")
# A model code: letters and digits together ("A380", "3GS", "S23", "X5", "737-800").
_CODE = re.compile(r"(?:[A-Z]{1,3}\d{1,4}[A-Za-z]{0,3}|\d{1,4}[A-Z]{1,2})(?:-\d{1,4})?")
_BARE_NUMBER = re.compile(r"\d{1,4}(?:-\d{1,4})?")
# Model words that follow a product's name, in either case.
MODEL_WORDS = frozenset(
    {"nano", "mini", "touch", "shuffle", "classic", "pro", "air", "max", "plus", "ultra"}
    | {"lite", "se", "xl", "xs"}
)
_FOLLOWING = re.compile(r" ([A-Za-z0-9][A-Za-z0-9-]*)")
# A year is never a model number ("Airbus 2017" is not a model).
_YEAR = re.compile(r"(?:19|20)\d\d")


def is_brand_word(word: str) -> bool:
    """A word spelt as a brand: lower-case first letter, a capital inside ("iPhone")."""
    return _CAMEL.match(word) is not None


def _is_index(text: str) -> bool:
    """A proper-noun run that names a market index."""
    return _INDEX_HEAD.search(text) is not None and len(text.split()) >= 2


def is_index(form: str) -> bool:
    """A name of a market index: a brand and a head word ("Dow Jones Industrial Average",
    any case) or an index brand and its number ("FTSE 100", "Standard & Poor's 500")."""
    if _is_index(form) or _LOWER_INDEX_HEAD.search(" " + form.lower()) is not None:
        return len(form.split()) >= 2
    brand, _, number = form.rpartition(" ")
    return brand in INDEX_BRANDS and _BARE_NUMBER.fullmatch(number) is not None


def promote(
    documents: Mapping[str, Document], candidates: Sequence[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """Split proper-noun runs into names by shape (promoted) and the rest.

    Returns:
        ``(promoted, rest)``: promoted runs relabelled ``PROMOTED_LABEL``, an index brand
        given its number ("S&P" + " 500") or its head written in lower case ("Dow Jones"
        + " industrial average"); the other candidates as they were.
    """
    promoted: list[Mention] = []
    rest: list[Mention] = []
    for found in candidates:
        document = documents.get(found.doc)
        if document is None:
            rest.append(found)
            continue
        text = document.text
        end = found.end
        if found.text in INDEX_BRANDS:
            number = _INDEX_NUMBER.match(text, end)
            if number is not None and not _YEAR.fullmatch(number.group().strip()):
                end = number.end()
        head = _LOWER_INDEX_HEAD.match(text, end)
        if head is not None:
            end = head.end()
        words = found.text.split()
        if end != found.end or _is_index(found.text) or (words and is_brand_word(words[0])):
            promoted.append(
                Mention(
                    doc=found.doc,
                    start=found.start,
                    end=end,
                    text=text[found.start : end],
                    label=PROMOTED_LABEL,
                )
            )
        else:
            rest.append(found)
    return promoted, rest


def extend_model(text: str, start: int, end: int, label: str) -> int:
    """The end of a span with a following model designator pulled in (else ``end``).

    A code of letters and digits follows any name ("Airbus A380"); a bare number or a
    model word only follows a product: a brand word or a span labelled ``PRODUCT``
    ("iPhone 4", "iPod nano"). An index brand takes its number ("FTSE 100", "Standard &
    Poor's 500") and any name an index head written in lower case ("Dow Jones industrial
    average"). A year is never a designator, nor a number that goes on as a figure
    ("4.5", "4,000").
    """
    name = text[start:end]
    head = _LOWER_INDEX_HEAD.match(text, end)
    if head is not None and name[:1].isupper():
        return head.end()
    if name + "'s" in INDEX_BRANDS or name + "’s" in INDEX_BRANDS:
        number = _POSSESSIVE_NUMBER.match(text, end)
        if number is not None and not _YEAR.fullmatch(number.group()[3:]):
            return number.end()
    following = _FOLLOWING.match(text, end)
    if following is None:
        return end
    word = following.group(1)
    after = text[following.end() : following.end() + 2]
    if after[:1] in (".", ",") and after[1:2].isdigit():
        return end
    if _YEAR.fullmatch(word):
        return end
    last = name.split()[-1] if name.split() else ""
    product = label == PROMOTED_LABEL or is_brand_word(last)
    if _CODE.fullmatch(word):
        return following.end()
    if name in INDEX_BRANDS and _BARE_NUMBER.fullmatch(word):
        return following.end()
    if product and (_BARE_NUMBER.fullmatch(word) or word.lower() in MODEL_WORDS):
        return following.end()
    return end


# A capacity is not a model: "the 60GB iPod" is the iPod.
_CAPACITY = re.compile(r"\d+(?:\.\d+)?\s?[KMGT]B")
_BEFORE = re.compile(r"([A-Za-z0-9][A-Za-z0-9-]*) $")


def model_start(text: str, start: int, end: int, label: str) -> int:
    """The start of a product's span with a model code before it pulled in ("3G iPhone").

    Only a product (a brand word or a span labelled ``PRODUCT``) takes a code written
    before its name; a capacity ("60GB") and a year are not model codes.
    """
    words = text[start:end].split()
    if not words or not (label == PROMOTED_LABEL or is_brand_word(words[0])):
        return start
    before = _BEFORE.search(text, max(0, start - 12), start)
    if before is None:
        return start
    code = before.group(1)
    if _CODE.fullmatch(code) is None or _CAPACITY.fullmatch(code) or _YEAR.fullmatch(code):
        return start
    return before.start(1)


def model_base(form: str) -> str | None:
    """The product a model name is a model of ("iPhone 3GS", "3G iPhone" -> "iPhone")."""
    words = form.split()
    if not is_model_name(form):
        return None
    if _leading_code(words):
        return words[1]
    return " ".join(words[:-1])


def model_designator(form: str) -> str | None:
    """The designator a model name ends with ("Airbus A380" -> "A380", "iPod nano" ->
    "nano"); none for other names and for a code written first ("3G iPhone")."""
    words = form.split()
    if not is_model_name(form) or _leading_code(words):
        return None
    return words[-1]


def _leading_code(words: Sequence[str]) -> bool:
    """A model code written before a brand word: "3G iPhone"."""
    return (
        len(words) == 2
        and _CODE.fullmatch(words[0]) is not None
        and _CAPACITY.fullmatch(words[0]) is None
        and is_brand_word(words[1])
    )


def is_model_name(form: str) -> bool:
    """A name that ends in a model designator ("Airbus A380", "iPhone 4", "iPod nano") or
    a product's name after a model code ("3G iPhone")."""
    words = form.split()
    if len(words) < 2:
        return False
    if _leading_code(words):
        return True
    last = words[-1]
    if _YEAR.fullmatch(last):
        return False
    if _CODE.fullmatch(last):
        return True
    product = is_brand_word(words[-2])
    return product and (_BARE_NUMBER.fullmatch(last) is not None or last.lower() in MODEL_WORDS)


def model_number(piece: str, label: str) -> bool:
    """A span the model tagged as a product that is only a model number ("747")."""
    return label == PROMOTED_LABEL and _BARE_NUMBER.fullmatch(piece) is not None


def joins_model(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Two adjacent spans that are one model name: a maker's name, a space, a code or a
    model number tagged on its own ("Airbus" + "A380", "Boeing" + "747")."""
    if right[0] != left[1] + 1 or text[left[1]] != " ":
        return False
    word = text[right[0] : right[1]]
    if _YEAR.fullmatch(word):
        return False
    return _CODE.fullmatch(word) is not None or _BARE_NUMBER.fullmatch(word) is not None
