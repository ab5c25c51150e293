"""Mention cleanup: tidy the spans the proposer gave before any name is compared.

NER spans carry debris: a leading article ("the Syrian Democratic Forces"), an opening
quotation mark without its partner ("the “Islamic State"), a possessive ("Raqqa 24’s"),
trailing punctuation, a span that runs over a line break, or a name cut in two
("Islamic" + "State"). Cleanup moves ``start``/``end`` so ``text`` stays the exact slice,
and drops spans that cannot be names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache

from triangulate.claims.numwords import NUMBER_WORDS
from triangulate.ingest.clean import is_stamp_line
from triangulate.model import Document, Mention
from triangulate.nlp.sentences import line_bounds
from triangulate.resolve.arabic import has_arabic
from triangulate.resolve.names import CORPORATE_SUFFIXES, ROAD_WORDS, body_word, fold
from triangulate.resolve.shapes import (
    PROMOTED_LABEL,
    extend_model,
    is_brand_word,
    joins_model,
    model_number,
    model_start,
)
from triangulate.resolve.types import FACILITY_TAILS, ORG_WORDS

QUOTES = "\"'“”‘’«»„‟‹›`´"
_LEAD_JUNK = QUOTES + "([{<*•·-–—_/\\|:;,.!? \t"
_TRAIL_JUNK = QUOTES + ")]}>*•·-–—_/\\|:;,!? \t…"
_ARTICLE = re.compile(r"(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
# A trailing full stop belongs to the name only in an abbreviation: "U.S.", "Apple Inc.".
_ABBREVIATIONS = frozenset({"inc", "co", "corp", "ltd", "jr", "sr", "st", "mt", "bros", "no"})
# Capitalised head words that finish an organisation's name; NER sometimes leaves them out
# or tags them alone ("Islamic" NORP + "State" ORG).
NAME_HEADS = frozenset(
    {
        "State",
        "Forces",
        "Force",
        "Army",
        "Front",
        "Council",
        "Party",
        "Brigade",
        "Brigades",
        "Movement",
        "Organization",
        "Organisation",
    }
)
# An administrative unit named after a place is its own entity ("Raqqa province" is not
# the city), so the word is pulled into the span when NER left it out.
_UNIT = re.compile(r" (province|Province|governorate|Governorate)\b")
_HEAD = re.compile(r" ([A-Z][a-z]+)\b")
_LINE_BREAKS = re.compile(r"(\n+)")
_SPACED_DASH = re.compile(r"(\s[-–—]+\s)")
# A number and the word it counts: "2 Dead", "3,000 Evacuated" (a model's number,
# "MiG - 29", has no word after it inside the name).
_COUNT_OF = re.compile(r"\d[\d,.]*\s+\w")
_LETTERS = re.compile(r"[^\W\d_]+")
_NUMBER_SIGN = re.compile(r"\s+(?:No|NO|Nos|Nr)\.?$")
_NUMBER_AFTER = re.compile(r"\.?\s*\d")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` until it holds a tidy name (maybe empty)."""
    while True:
        before = (start, end)
        # Any whitespace, not only spaces and tabs: NEL, no-break space and the like too.
        while start < end and (text[start] in _LEAD_JUNK or text[start].isspace()):
            start += 1
        article = _ARTICLE.match(text, start, end)
        if article is not None and article.end() < end:
            start = article.end()
        # A bracket opened and never closed inside the span: "General Motors (GM".
        piece = text[start:end]
        if "(" in piece and ")" not in piece:
            cut = piece.index("(")
            if cut > 0:
                end = start + cut
        piece = text[start:end]
        possessive = _POSSESSIVE.search(piece)
        if possessive is not None and len(piece) > 3:
            end = start + possessive.start() + (1 if piece[possessive.start()] == "s" else 0)
        while start < end and (text[end - 1] in _TRAIL_JUNK or text[end - 1].isspace()):
            end -= 1
        # A count the tagger ran into the name before it: "hitting Brandt eleven times". A
        # name writes the number words it holds with a capital ("Ocean's Eleven").
        words = text[start:end].rsplit(None, 1)
        if len(words) == 2 and words[1] in NUMBER_WORDS:
            end = start + len(words[0])
        if start < end and text[end - 1] == ".":
            last = text[start : end - 1].split()[-1:] or [""]
            if "." not in last[0] and last[0].lower() not in _ABBREVIATIONS:
                end -= 1
        sign = _NUMBER_SIGN.search(text, start, end)
        if sign is not None and _NUMBER_AFTER.match(text, end):
            # "Juror No. 5", "Gate No 3": a role or thing and its number, no name; the sign
            # is never part of one ("Harbour Gate No. 3" is the Harbour Gate's third).
            head = text[start : sign.start()]
            end = sign.start() if " " in head.strip() else start
        if (start, end) == before:
            return start, end


# Degrees and titles written after a person's name and a comma ("Jane Roe, MD, PhD"):
# letters, not a name of their own (the model reads "MD" as Maryland).
POST_NOMINALS = frozenset(
    {"md", "phd", "mba", "mph", "jd", "dds", "rn", "esq", "cpa", "llm", "msc", "bsc"}
)


def _post_nominal(text: str, start: int, end: int) -> bool:
    """A span of degrees after a name and a comma: ", MD", ", M. D., M. B. A."."""
    if not text[max(0, start - 2) : start].startswith(","):
        return False
    parts = [re.sub(r"[\s.]", "", part).lower() for part in text[start:end].split(",")]
    return all(part in POST_NOMINALS for part in parts if part) and any(parts)


def _drop_lower_tail(text: str, start: int, end: int) -> int:
    """The end of a span without the lower-case words that trail a name of two or more
    capitalised words: "the United Auto Workers union" names the United Auto Workers,
    "Apple Computer shares" the company's shares. A model word or an administrative unit
    the span should keep is pulled in again afterwards ("iPod nano", "Raqqa province")."""
    found = list(_WORD_SPANS.finditer(text, start, end))
    words = [match.group() for match in found]
    tail = 0
    while tail < 2 and len(words) - tail > 2 and _LOWER_WORD.fullmatch(words[-1 - tail]):
        tail += 1
    if not tail or sum(1 for word in words[:-tail] if word[:1].isupper()) < 2:
        return end
    return found[-1 - tail].end()


_WORD_SPANS = re.compile(r"\S+")
_LOWER_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1 << 13)
def _is_name(piece: str) -> bool:
    """Reject spans that cannot be a name: no letters, or all lowercase Latin. (A pure
    function: cached.)"""
    if len(piece) < 2 or not any(ch.isalpha() for ch in piece):
        return False
    return any(ch.isupper() for ch in piece) or has_arabic(piece)


def _extend(text: str, start: int, end: int, label: str) -> int:
    """Pull a following administrative unit word or model designator into the span."""
    unit = _UNIT.match(text, end)
    if unit is not None:
        return unit.end()
    return extend_model(text, start, end, label)


def _pieces(mention: Mention, text: str) -> Iterable[tuple[int, int]]:
    """Split a span at line breaks and spaced dashes: a name never runs over either.

    A dash with a space on each side ends a dateline ("SAN JOSE - Cisco said") or opens
    an aside ("the MacBook Pro - a laptop"); a hyphen inside a name has no spaces.
    """
    offset = mention.start
    for line in _LINE_BREAKS.split(mention.text):
        if line and not line.startswith("\n"):
            yield from _at_dashes(line, offset)
        offset += len(line)


# An office that governs a territory, written between the territory and its holder's
# name: "Orvel Governor Ada Varga", "Dalby Mayor Tomas Brandt", "Kelvara Gov. Reyes".
_TERRITORY_OFFICE = re.compile(
    r" (?:Lieutenant Governor|Lt\.? Gov\.|Governor|Gov\.|Mayor|Sheriff|Premier) (?=\S)"
)
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")


def _office_parts(mention: Mention, text: str) -> Iterator[tuple[int, int, str]]:
    """The pieces of a span (see :func:`_pieces`), each with its label; a territory, its
    office and the office-holder's name tagged as one name ("Orvel Governor Ada Varga") is
    told as the place and the person.

    A newswire writes a local official as "<place> <office> <first name> <surname>", and
    a model reading capitalised runs often tags the run whole, as a facility or an
    organisation: the report then names a place "Orvel Governor Ada Varga". The place
    before an office that governs a territory (governor, mayor, sheriff, premier) is a
    place, and two or more capitalised words after it are the holder's name. The office
    word itself is neither.
    """
    for start, end in _pieces(mention, text):
        found = _TERRITORY_OFFICE.search(text, start, end)
        place = text[start : found.start()].split() if found else []
        holder = text[found.end() : end].split() if found else []
        if (
            found is None
            or not 1 <= len(place) <= 3
            or not all(_CAPITALISED.fullmatch(word) for word in place)
            or len(holder) < 2
            or not all(_CAPITALISED.fullmatch(word) for word in holder)
            or not _personal(holder)
        ):
            yield start, end, mention.label
            continue
        yield start, found.start(), "GPE"
        yield found.end(), end, "PERSON"


def _personal(words: Sequence[str]) -> bool:
    """Whether capitalised words can be a person's name: no word of an office, a body, a
    building or a firm ("Sheriff's Office Building", "Mayor Brandt Hall")."""
    folded = [fold(word).strip(".,'’") for word in words]
    return not any(
        word in ORG_WORDS
        or word in FACILITY_TAILS
        or body_word(word)
        or word in {"office", "department", "mansion", "house", "residence"}
        for word in folded
    )


def _at_dashes(line: str, offset: int) -> Iterator[tuple[int, int]]:
    """A line of a span cut where a spaced dash ends a dateline or opens an aside.

    A dateline is written in capitals ("SAN JOSE - Cisco said"); an aside goes on in
    lower case ("the MacBook Pro - a laptop"); a dash after a name of several words is
    punctuation ("based in San Jose - Cisco"); so is a dash before a count of something,
    as headlines join their clauses ("Plant Blast - 2 Dead"). Any other spaced dash
    stays inside the span: tokenized corpora space out the hyphen of a name ("Jean -
    Paul", "Wal - Mart", "MiG - 29").
    """
    parts = _SPACED_DASH.split(line)
    start = 0
    at = 0
    for number, part in enumerate(parts):
        if number % 2 == 1:
            before, after = line[start:at], parts[number + 1] if number + 1 < len(parts) else ""
            letters = [ch for ch in before if ch.isalpha()]
            dateline = bool(letters) and all(ch.isupper() for ch in letters) and len(letters) > 1
            aside = after[:1].islower()
            # A spaced-out hyphen joins single words ("Wal - Mart", "Jean - Paul Sartre");
            # after a name of several words the dash is punctuation ("San Jose - Cisco").
            several = len(before.split()) >= 2
            count = _COUNT_OF.match(after) is not None
            if dateline or aside or several or count:
                if before and not _counted(line, start):
                    yield offset + start, offset + at
                start = at + len(part)
        at += len(part)
    if start < len(line) and not _counted(line, start):
        yield offset + start, offset + len(line)


def _counted(line: str, start: int) -> bool:
    """A piece after a dash that opens with a count ("2 Dead") is a clause, not a name."""
    return start > 0 and _COUNT_OF.match(line, start) is not None


def _join_heads(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join a name cut in two ("Islamic" + "State") and pull in an untagged head word."""
    out: list[tuple[int, int, str]] = []
    starts = {start for start, _, _ in spans}
    for start, end, label in spans:
        if out:
            p_start, p_end, _ = out[-1]
            if joins_model(text, (p_start, p_end), (start, end)):
                # "Airbus" + "A380" tagged apart: one model name, a product.
                out[-1] = (p_start, end, PROMOTED_LABEL)
                continue
            if (
                start == p_end + 1
                and text[p_end] == " "
                and text[start:end] in NAME_HEADS
                and text[p_start:p_end][:1].isupper()
            ):
                out[-1] = (p_start, end, label)
                continue
            if (
                start == p_end + 1
                and text[p_end] == " "
                and _legal_form(text[start:end])
                and text[p_start:p_end][:1].isupper()
            ):
                # "Chrysler" + "LLC" tagged apart: the legal form ends the company's name.
                out[-1] = (p_start, end, out[-1][2])
                continue
            if text[p_end:start] == " of " and _body_of(text[p_start:p_end], text[start:end]):
                # "Federal Reserve Bank" + "of" + "New York": one body named after a place.
                out[-1] = (p_start, end, out[-1][2])
                continue
            if start == p_end + 1 and text[p_end] == " " and _brand_and_name(text, p_start, end):
                # "iTunes" + "Music Store" tagged apart: one name after a brand word.
                out[-1] = (p_start, end, PROMOTED_LABEL)
                continue
        head = _HEAD.match(text, end)
        if head is not None and head.group(1) in NAME_HEADS and end + 1 not in starts:
            end = head.end()
        out.append((start, end, label))
    return out


# Head words of a body named "of" a place or a field: "Bank of England", "Ministry of
# Defence", "Federal Reserve Bank of New York".
BODY_HEADS = frozenset(
    {"bank", "ministry", "department", "university", "institute", "bureau", "office"}
    | {"commission", "council", "board", "court", "chamber", "academy", "association"}
    | {"federation", "society", "union", "league", "college", "museum", "agency"}
)


def _body_of(left: str, right: str) -> bool:
    """A body's name of several capitalised words ending in a head word, and a
    capitalised name after "of": the model cut one name in two."""
    words = left.split()
    return (
        len(words) >= 2
        and all(word[:1].isupper() for word in words)
        and words[-1].lower() in BODY_HEADS
        and right[:1].isupper()
    )


def _legal_form(piece: str) -> bool:
    """A company's legal form written as a word of its own ("LLC", "GmbH", "Corp.")."""
    return piece.lower().rstrip(".") in CORPORATE_SUFFIXES and piece[:1].isupper()


def _brand_and_name(text: str, start: int, end: int) -> bool:
    """A brand word followed by capitalised words: one name ("iTunes Music Store")."""
    words = text[start:end].split(" ")
    return (
        len(words) >= 2
        and is_brand_word(words[0])
        and all(word[:1].isupper() for word in words[1:])
    )


def clean_mentions(
    documents: Mapping[str, Document], mentions: Sequence[Mention]
) -> tuple[Mention, ...]:
    """Tidy and validate proposed mentions.

    Mentions whose document is unknown, whose offsets fall outside the text or whose
    ``text`` is not the slice are dropped (they cannot be traced to characters). The
    result is sorted and holds at most one mention per span; where proposers disagreed on
    a span's label the alphabetically first is kept, so input order never matters.

    Args:
        documents: Documents by id.
        mentions: Proposed mentions, in any order.

    Returns:
        Cleaned mentions sorted by document, start and end.
    """
    per_doc: dict[str, dict[tuple[int, int], str]] = {}
    # Model numbers tagged alone ("747"): not names, but they finish the name before them.
    numbers: dict[str, set[tuple[int, int]]] = {}
    for mention in mentions:
        document = documents.get(mention.doc)
        if document is None:
            continue
        text = document.text
        if not 0 <= mention.start < mention.end <= len(text):
            continue
        if text[mention.start : mention.end] != mention.text:
            continue
        for p_start, p_end, label in _office_parts(mention, text):
            start, end = _trim(text, p_start, p_end)
            if start < end and model_number(text[start:end], label):
                numbers.setdefault(mention.doc, set()).add((start, end))
                continue
            if start >= end or not _is_name(text[start:end]):
                continue
            if fold(text[start:end]).rstrip(".") in ROAD_WORDS:
                continue  # "Ave", "Street" alone name no road: only with the name before them
            if (
                _post_nominal(text, start, end)
                or _on_stamp_line(text, start, end)
                or _time_zone(text, start, end)
            ):
                continue
            end = _drop_lower_tail(text, start, end)
            end = _extend(text, start, end, label)
            start = model_start(text, start, end, label)
            spans = per_doc.setdefault(mention.doc, {})
            known = spans.get((start, end))
            if known is None or label < known:
                spans[(start, end)] = label
    cleaned: list[Mention] = []
    for doc_id in sorted(per_doc):
        text = documents[doc_id].text
        ordered = sorted((s, e, label) for (s, e), label in per_doc[doc_id].items())
        ordered = sorted(ordered + [(s, e, PROMOTED_LABEL) for s, e in numbers.get(doc_id, ())])
        for start, end, label in _join_heads(text, ordered):
            if model_number(text[start:end], label):
                continue  # a model number no name came before
            cleaned.append(
                Mention(doc=doc_id, start=start, end=end, text=text[start:end], label=label)
            )
    unique = {(m.doc, m.start, m.end): m for m in cleaned}
    return tuple(unique[k] for k in sorted(unique))


# A clock time just before a span: "06: 00", "7pm", "9.30 a.m.".
_CLOCK_BEFORE = re.compile(
    r"\b\d{1,2}(?:\s*[:.]\s*\d{2}\s*(?:[ap]\.?\s?m\b\.?)?|\s*[ap]\.?\s?m\b\.?)\s*$", re.I
)


def _time_zone(text: str, start: int, end: int) -> bool:
    """A zone in capitals right after a clock time ("06: 00 BST", "7pm EDT"): it says
    which clock, it names nothing."""
    span = text[start:end]
    return (
        2 <= len(span) <= 5
        and span.isalpha()
        and span.isupper()
        and _CLOCK_BEFORE.search(text, max(0, start - 16), start) is not None
        and any(ch.isdigit() for ch in text[max(0, start - 16) : start])
    )


def _on_stamp_line(text: str, start: int, end: int) -> bool:
    """Whether a span lies on a page's time stamp line ("Updated Thu 6 May 2010, 9: 03am
    AEST"): its capitalised words ("Updated", "AEST") name nothing."""
    first, last = line_bounds(text, start, end)
    return last - first <= 120 and is_stamp_line(text[first:last])


def _title_case(line: str) -> bool:
    """A headline-style line: four words or more, every word of four letters capitalised."""
    count = 0
    long = False
    for match in _LETTERS.finditer(line):
        count += 1
        token = match.group()
        if len(token) >= 4:
            if not token[0].isupper():
                return False
            long = True
    return count >= 4 and long


def _word_char(ch: str) -> bool:
    """Whether ``ch`` is a word character in the sense of the regular expression ``\\w``."""
    return ch.isalnum() or ch == "_"


def whole_words(text: str, name: str, *, overlapping: bool = False) -> Iterator[int]:
    """Start offsets of ``name`` in ``text`` as whole words: no word character either side.

    Left to right and, unless ``overlapping``, each after the end of the one before (as
    ``re.finditer`` with ``(?<!\\w)name(?!\\w)`` finds them). ``name`` must not be empty.
    """
    size = len(name)
    at = text.find(name)
    while at >= 0:
        end = at + size
        if (at == 0 or not _word_char(text[at - 1])) and (
            end == len(text) or not _word_char(text[end])
        ):
            yield at
            at = text.find(name, at + 1 if overlapping else end)
        else:
            at = text.find(name, at + 1)


def _headlines(documents: Mapping[str, Document], mentions: Sequence[Mention]) -> list[bool]:
    """For each mention, whether its line is a title-case headline."""
    seen: dict[tuple[str, int, int], bool] = {}
    found: list[bool] = []
    for mention in mentions:
        text = documents[mention.doc].text
        first, last = line_bounds(text, mention.start, mention.end)
        key = (mention.doc, first, last)
        if key not in seen:
            seen[key] = _title_case(text[first:last])
        found.append(seen[key])
    return found


def _known_inside(span: str, headline: bool, names: Sequence[str]) -> tuple[int, int] | None:
    """Offsets in ``span`` of the longest known name it holds (see ``trim_to_known``).

    Of names of one length, the first in the span wins, so the cut never depends on the
    order of ``names`` ("Worried About Maria Lopez" with "Maria" and "Lopez" both known
    keeps "Maria").
    """
    best: tuple[int, int] | None = None
    for name in names:
        if name == span or name not in span:
            continue
        for start in whole_words(span, name):
            end = start + len(name)
            if not headline and not span.startswith(",", end):
                continue
            if best is None or (end - start, -start) > (best[1] - best[0], -best[0]):
                best = (start, end)
    return best


def trim_to_known(
    documents: Mapping[str, Document], mentions: Sequence[Mention]
) -> tuple[Mention, ...]:
    """Cut a span that runs past a name the story already knows down to that name.

    In a title-case headline the proposer often tags a run of capitalised words ("Reyes
    To Nominate Ada Varga", "Orvel Hit"); elsewhere it may take in a trailing
    apposition ("Ada Varga, MD"). When such a span holds, as whole words, the text
    of another mention found outside headlines, the span becomes the longest such name.
    Outside headlines only a name followed by a comma is taken, so "Orvel 49ers"
    keeps its full span.
    """
    headlines = _headlines(documents, mentions)
    known: set[str] = set()
    for mention, headline in zip(mentions, headlines, strict=True):
        if not headline:
            known.add(mention.text)
    # Only names of three characters or more are looked for.
    names = [name for name in known if len(name) >= 3]
    # The cut depends only on the span's text and whether it is in a headline.
    cuts: dict[tuple[str, bool], tuple[int, int] | None] = {}
    out: list[Mention] = []
    for mention, headline in zip(mentions, headlines, strict=True):
        text = documents[mention.doc].text
        if (mention.text, headline) in cuts:
            best = cuts[(mention.text, headline)]
        else:
            best = cuts[(mention.text, headline)] = _known_inside(mention.text, headline, names)
        if best is None:
            out.append(mention)
            continue
        start, end = mention.start + best[0], mention.start + best[1]
        out.append(
            Mention(
                doc=mention.doc, start=start, end=end, text=text[start:end], label=mention.label
            )
        )
    unique = {(m.doc, m.start, m.end): m for m in out}
    return tuple(unique[k] for k in sorted(unique))


# A possessive inside a span, before the next word: "Beatles' Apple Corps".
_INNER_POSSESSIVE = re.compile(r"(?<=\w)(?:['’]s|(?<=s)['’]) (?=\S)")


def split_possessives(
    documents: Mapping[str, Document], mentions: Sequence[Mention]
) -> tuple[Mention, ...]:
    """Cut a span holding a possessive into the owner and what it owns.

    "The Beatles' Apple Corps" and "Apple Computer's iTunes Music Store" name two things
    each: the owner and the thing named after the possessive. A span is cut when the
    story names the owner or the owned thing on its own somewhere else (outside
    headlines); a name that is itself written with a possessive ("Moody's Investors
    Service") is never named in pieces, so it stays whole.
    """
    headlines = _headlines(documents, mentions)
    known = {m.text for m, headline in zip(mentions, headlines, strict=True) if not headline}
    out: list[Mention] = []
    for mention in mentions:
        text = documents[mention.doc].text
        pieces: list[tuple[int, int]] = []
        for found in _INNER_POSSESSIVE.finditer(mention.text):
            owner = mention.text[: found.start()].rstrip("'’")
            owned = mention.text[found.end() :]
            if owned.isdigit():
                break  # an index brand and its number: "Standard & Poor's 500"
            if owner in known or owned in known:
                owner_end = mention.start + found.start()
                if mention.text[found.start()] not in "'’":
                    owner_end += 1  # the "s" of "Beatles'" belongs to the name
                pieces = [(mention.start, owner_end), (mention.start + found.end(), mention.end)]
                break
        if not pieces:
            out.append(mention)
            continue
        for start, end in pieces:
            start, end = _trim(text, start, end)
            if start < end and _is_name(text[start:end]):
                out.append(
                    Mention(
                        doc=mention.doc,
                        start=start,
                        end=end,
                        text=text[start:end],
                        label=mention.label,
                    )
                )
    unique = {(m.doc, m.start, m.end): m for m in out}
    return tuple(unique[k] for k in sorted(unique))


_SENTENCE_BREAK = ".!?:;–—-"
_OPENERS = " \t\"'“‘(«"
# A line holding a web address, however it was spaced ("http: / / sports. x. com / ncaa").
_ADDRESS_LINE = re.compile(r"https?\s*:|\bwww\s*\.", re.IGNORECASE)
# Words in lower case, not inside a web or mail address ("ncaa" in "www.ncaa.com").
_LOWER_WORDS = re.compile(r"(?<![\w'’./@-])[a-z][a-z'’-]*[a-z](?![\w'’@/-]|\.\w)")


def _owed(text: str, start: int, end: int) -> bool:
    """Whether a span's capitals are owed to where it stands, not to its being a name: set
    in capitals ("POLICE SAY DRIVER FLED", "3 DEAD in blast"), on a title-case headline,
    or, for one word, opening a sentence or a line."""
    if text[start:end].isupper():
        return True  # shouted inside a line too: "BREAKING - 3 DEAD in blast"
    first, last = line_bounds(text, start, end)
    line = text[first:last]
    if line.upper() == line and any(ch.isalpha() for ch in line):
        return True
    if _title_case(line):
        return True
    if " " in text[start:end]:
        return False
    before = text[first:start].rstrip(_OPENERS)
    return not before or before[-1] in _SENTENCE_BREAK


def drop_position_capitals(
    documents: Mapping[str, Document], mentions: Sequence[Mention]
) -> tuple[Mention, ...]:
    """Drop spans whose capitals come only from where they stand: common words.

    A shouted headline ("GRANDMOTHER KILLED BY DRUNK DRIVER", "3 DEAD IN BANK FIRE"), a
    title-case headline ("Driver Charged In Crash") or a sentence's first word ("Riot
    police ...") gives words capitals that make no name, and the model tags them. A span
    standing so is dropped when the story writes each of its words in lower case
    elsewhere and never writes the span with a capital where a capital is not owed to
    its place (mid-sentence on an ordinary line); names the story writes only so
    ("MARFIN BANK", "Subryan" opening every sentence it is in) and acronyms ("EU & IMF",
    "NYPD") stay.
    """
    lower: set[str] = set()
    for document in documents.values():
        for line in document.text.splitlines():
            if not _ADDRESS_LINE.search(line):
                lower.update(_LOWER_WORDS.findall(line))
    verdicts: dict[str, bool] = {}
    kept: list[Mention] = []
    for mention in mentions:
        text = documents[mention.doc].text
        if not _owed(text, mention.start, mention.end):
            kept.append(mention)
            continue
        if mention.text not in verdicts:
            verdicts[mention.text] = _common_words(mention.text, documents, lower)
        if not verdicts[mention.text]:
            kept.append(mention)
    return tuple(kept)


def _common_words(form: str, documents: Mapping[str, Document], lower: set[str]) -> bool:
    """Whether a form standing where capitals are owed is only common words: each word
    is written in lower case in the story, none is an acronym, and the story never writes
    the form with a capital where one is not owed."""
    words = _LETTERS.findall(form)
    if not words:
        return False
    for word in words:
        if word.isupper() and (len(word) <= 3 or not set(word) & set("AEIOU")):
            return False  # an acronym: "DA", "IMF", "NYPD"
        if word.lower() not in lower:
            return False
    pattern = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)", re.IGNORECASE)
    for document in documents.values():
        for found in pattern.finditer(document.text):
            written = found.group(0)
            named = written[:1].isupper() and not written.isupper()
            if named and not _owed(document.text, found.start(), found.end()):
                return False
    return True
