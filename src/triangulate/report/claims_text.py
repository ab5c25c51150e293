"""Claims in words: the short readings every renderer shows (value, source, time)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from triangulate.claims.currency import AMBIGUOUS
from triangulate.model import Assertion, Claim, Figure, Group, Published, SummarySentence
from triangulate.reconcile.intervals import (
    describe,
    own_hedge,
    range_unit,
    range_value,
    shows_unit,
    unit_value,
    vague_words,
)
from triangulate.reconcile.intervals import number as number  # every view's bare number


def value_text(figure: Figure, written: str | None = None) -> str:
    """The value with its hedge and unit, as every view shows it (one formatter,
    :func:`~triangulate.reconcile.intervals.describe`): "about 150", "600–700", "80%",
    "77 years", "at least $13.5 million", "£10 million"; a bound in the words ``written``
    opens with ("fewer than 10", "more than 4,000").

    A vague count is shown in the words that give its order of magnitude as the report
    writes them ("hundreds", "tens of thousands", from ``written``, the claim's text), never
    as a number the report does not give; "200+ (vague)" only when no such words are found.

    Money shows its currency as read: "S$5 million (inferred)" when the report's place or
    outlet says which dollar, "$5 million (currency unknown)" when nothing does, and "¤22.4
    billion (currency unknown)" for a sum written with no currency at all.
    """
    low, high = figure.low, figure.high
    if figure.hedge == "vague" and (words := vague_words(figure, written or "")):
        text = f"{words.casefold()}{_unit_suffix(figure)}"
    elif figure.hedge == "vague":
        text = f"{unit_value(low, figure)}+ (vague)" if low is not None else "vague"
    elif low is None and high is None:
        return "?"
    else:
        # A bound in the report's own words ("fewer than 10", "more than 4,000"): "up to 10"
        # would allow the 10 the report rules out. "About" words stay one reading.
        bound = figure.hedge in {"at_least", "at_most"}
        text = describe(figure, hedged=own_hedge(figure, written) if bound and written else None)
        if not shows_unit(figure):
            text += _unit_suffix(figure)  # a unit in the report's word: "80 yard"
    if figure.kind == "money" and figure.currency is None and _unsaid(figure.unit):
        return f"{text} (currency unknown)"
    if figure.kind == "money" and (figure.currency_basis or "").startswith("inferred"):
        return f"{text} (inferred)"
    return text


UNWRITTEN = "¤"
"""The unit of a sum whose currency the report does not write ("a deal worth 22.4bn")."""


def _unsaid(unit: str | None) -> bool:
    """Whether a sum's unit leaves its currency unsaid: a sign several countries share, or
    none written at all."""
    return unit == UNWRITTEN or unit in AMBIGUOUS


def _unit_suffix(figure: Figure) -> str:
    """The unit after a value: "%", " USD", " km", " days"; "" for a count."""
    unit = figure.unit
    if unit in (None, ""):
        return ""
    if unit == "percent":
        return "%"
    if unit == "percentage_point":
        return " percentage points"
    if unit == "basis_point":
        return " basis points"
    if figure.kind == "duration":
        ends = [v for v in (figure.low, figure.high) if v is not None]
        return f" {unit}" if ends and max(ends) == 1 else f" {unit}s"
    return f" {unit}"


def currency_text(figure: Figure) -> str:
    """Which currency a money figure is in, and why: "SGD, inferred from the URL host (.sg)"."""
    if figure.kind != "money":
        return ""
    if figure.currency is None and figure.unit == UNWRITTEN:
        return "which currency the report does not say"
    if figure.currency is None and figure.unit in AMBIGUOUS:
        return f"{figure.unit}: which currency the report does not say"
    if figure.currency is None:
        return figure.unit or "?"
    basis = figure.currency_basis or "stated"
    return f"{figure.currency}, {'named in the text' if basis == 'stated' else basis}"


def source_text(claim: Claim) -> str:
    """Who said it, through whom, published by whom: "Jihan Sheikh Ahmed (spokeswoman) → AFP"."""
    parts = [] if claim.said_by is None else [speaker_text(claim)]
    parts.extend(claim.via)
    if claim.outlet and claim.outlet not in claim.via:
        parts.append(claim.outlet)
    return " → ".join(parts) if parts else "the report itself"


def when_text(claim: Claim) -> str:
    """The claim's time as an interval: "2017-06-01 – 2017-10-15", or its phrase if unread."""
    when = claim.when
    if when is None:
        return ""
    return interval_text(when.start, when.end, opening="since", empty=when.text or "")


def interval_text(
    start: str | None, end: str | None, *, opening: str = "from", empty: str = "undated"
) -> str:
    """An interval of ISO dates: "2017-06-01 – 2017-10-15", one day alone, or an open end.

    Args:
        start: The first day, or None when open.
        end: The last day, or None when open.
        opening: The word before a start without an end ("from", "since").
        empty: What stands for an interval with neither.
    """
    if start and end:
        return start if start == end else f"{start} – {end}"
    if start:
        return f"{opening} {start}"
    if end:
        return f"until {end}"
    return empty


def assertion_text(assertion: Assertion) -> str:
    """Who did what to what: "US not reject deal (alleged)"; "—" stands for a missing part."""
    verb = assertion.predicate if assertion.polarity == "affirmed" else f"not {assertion.predicate}"
    words = [assertion.subject or "—", verb]
    if assertion.object:
        words.append(assertion.object)
    text = " ".join(words)
    return text if assertion.modality == "asserted" else f"{text} ({assertion.modality})"


PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
"""Subjects that stand for a name said before."""

_LEANING = frozenset(
    {"its", "his", "her", "their", "our", "which", "who", "whom", "whose", "that", "where"}
)
"""Words that start a passage leaning on what comes before it in its sentence ("which
Renault has been negotiating", "its talks with Renault")."""

_WORD_RE = re.compile(r"[^\W\d_][\w'’.&-]*")
_SENTENCE_END_RE = re.compile(r"(?:[.!?][\"'”’)]*\s+|\n)")
# A dateline before a report's first sentence: "PORTWELL –", "Port Ada (AFP) -".
_DATELINE_RE = re.compile(
    r"^[A-Z][\w'’.]*(?:[ ,]+[A-Z][\w'’.]*){0,4}(?:\s*\([^)]{1,30}\))?\s*[–—-]+\s+(?=[A-Z])"
)
_REACH = 240
"""How far back (in characters) a statement reaches for the start of its sentence."""
_LONGEST = 260
"""A statement longer than this is cut at a word, with "…"."""


def word_casing(texts: Iterable[str]) -> dict[str, str]:
    """How reports write each word in running text: "imf" -> "IMF", "athens" -> "Athens".

    Words are read from lines not written in capitals, after another word of the same
    sentence (a sentence's first word is capitalised whatever it is); a word's most common
    form wins. Headline capitals are cased down with it (see ``headline_case``).
    """
    forms: dict[str, dict[str, int]] = {}
    for text in texts:
        for line in text.splitlines():
            if _shouted(line):
                continue
            previous_end = None
            for match in _WORD_RE.finditer(line):
                word = match.group()
                between = line[previous_end : match.start()] if previous_end is not None else ""
                previous_end = match.end()
                if not between or _SENTENCE_END_RE.search(between) or ":" in between:
                    continue
                counts = forms.setdefault(word.casefold(), {})
                counts[word] = counts.get(word, 0) + 1
    return {key: max(found, key=lambda w: (found[w], w)) for key, found in forms.items()}


def _shouted(text: str) -> bool:
    """Most of the text's letters in capitals (a headline or a dateline in capitals)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _title_cased(words: list[str]) -> bool:
    """Every word of four letters or more capitalised, two of them at least ("Woman
    Killed", "Three Killed In Athens Bank Fire")."""
    long = [w for w in words if len(w) >= 4]
    return len(long) >= 2 and all(w[:1].isupper() for w in long)


def is_headline(line: str) -> bool:
    """Whether a line is written as a headline: in capitals, or title-cased."""
    return _shouted(line) or _title_cased(_WORD_RE.findall(line))


def headline_case(
    text: str, casing: Mapping[str, str] | None = None, *, capital: bool = True
) -> str:
    """A passage written in headline capitals, cased down as running text would write it.

    Words in capitals ("THREE PEOPLE HAVE DIED", "A FIRE - BOMB attack"), and every word
    of a title-cased passage, take the form reports use in running text (``casing``):
    names and acronyms keep their capitals ("IMF", "Athens"), other words go to lower
    case; a word running text never shows keeps capitals when it is short like an acronym
    (three letters or fewer), else goes to lower case. The first letter is a capital
    (unless ``capital`` is false: a label inside a line, where no word starts a sentence,
    so a capitalised word running text writes in lower case goes to lower case too:
    "kill: Woman" -> "kill: woman"). Passages in ordinary case are left as they are.
    """
    words = _WORD_RE.findall(text)
    known = casing or {}
    title = _title_cased(words)

    def down(match: re.Match[str]) -> str:
        word = match.group()
        letters = [c for c in word if c.isalpha()]
        capitals = len(letters) >= 2 and all(c.isupper() for c in letters)
        shouted = capitals or (title and word[:1].isupper())
        if not (shouted or (not capital and word[:1].isupper())):
            return word
        form = known.get(word.casefold())
        if form is not None:
            return form
        if not shouted:
            return word
        if capitals and len(letters) <= 3:
            return word
        return word.lower()

    cased = _WORD_RE.sub(down, text)
    return cased[:1].upper() + cased[1:] if capital else cased


def statement_text(
    claim: Claim,
    text: str | None = None,
    *,
    casing: Mapping[str, str] | None = None,
    referent: str | None = None,
) -> str:
    """An assertion as a sentence a person would write, in the report's own words.

    The statement is the claim's passage. When its subject is not in it ("killed at least
    three people") or is a pronoun, the passage reaches back to the start of its sentence
    in ``text`` ("A firebomb attack on a bank killed at least three people"), a dateline
    before it left out; so does a passage starting with a word that leans on what comes
    before it ("which", "its"). A pronoun starting the passage is replaced by the name it
    stands for, in brackets, when the caller knows it (``referent``: "[Nichols] fled the
    courthouse"). Headline capitals are cased down (``headline_case``). A passage without
    its subject and without the text to find it is shown quoted, as a part of a
    sentence: "“…killed three people”". Figures and other claims read as
    ``claim_value_text``.

    Args:
        claim: The claim.
        text: The text of the claim's report (its ``text[start:end]`` is the passage).
        casing: How the reports write words in running text (``word_casing``).
        referent: The name a pronoun subject stands for, if known.
    """
    assertion = claim.assertion
    if assertion is None:
        return claim_value_text(claim)
    subject = (assertion.subject or "").strip()
    pronoun = subject.casefold() in PRONOUNS
    passage = claim.text
    first = passage.split(maxsplit=1)[0].casefold() if passage.strip() else ""
    leaning = first in _LEANING
    starts_with = passage.casefold().startswith
    if pronoun and referent and starts_with(subject.casefold()):
        passage = f"[{referent}]{passage[len(subject) :]}"
    elif (
        (not subject or pronoun or leaning)
        and text is not None
        and text[claim.start : claim.end] == passage
    ):
        begin = _sentence_start(text, claim.start)
        if begin is not None:
            passage = _DATELINE_RE.sub("", text[begin : claim.end], count=1)
        elif leaning or (not subject and not starts_with(_object(assertion))):
            return f"“…{_clip(passage)}”"
    elif leaning or (not subject and not starts_with(_object(assertion))):
        return f"“…{_clip(passage)}”"
    return _clip(headline_case(_balanced(" ".join(passage.split())), casing))


def _object(assertion: Assertion) -> str:
    """The object, lower-cased, or a string no passage starts with."""
    return (assertion.object or "").casefold() or "\0"


def _balanced(text: str) -> str:
    """A passage cut from a quotation with its quotation marks paired: an opening mark
    left alone at the start goes, one left open inside is closed at the end."""
    if text.count('"') % 2:
        text = text[1:].lstrip() if text.startswith('"') else text + '"'
    if text.count("“") > text.count("”"):
        text = text[1:].lstrip() if text.startswith("“") else text + "”"
    return text


def _sentence_start(text: str, at: int) -> int | None:
    """Where the sentence holding ``at`` starts, if within ``_REACH`` characters."""
    window = text[max(0, at - _REACH) : at]
    ends = list(_SENTENCE_END_RE.finditer(window))
    if ends:
        return at - len(window) + ends[-1].end()
    return 0 if at <= _REACH else None


def previous_sentence_start(text: str, at: int) -> int:
    """Where the sentence before the one holding ``at`` starts (0 at the text's start)."""
    begin = _sentence_start(text, at)
    if begin is None:
        return max(0, at - _REACH)
    before = _sentence_start(text, begin - 1) if begin > 0 else 0
    return before if before is not None else max(0, begin - _REACH)


def _clip(text: str, most: int = _LONGEST) -> str:
    if len(text) <= most:
        return text
    cut = text[: most - 1].rsplit(" ", 1)[0]
    return cut + "…"


def claim_value_text(claim: Claim) -> str:
    """A claim in one short phrase: a figure's value, an assertion's who-did-what, else its text."""
    if claim.figure is not None:
        return value_text(claim.figure, claim.text)
    if claim.assertion is not None:
        return assertion_text(claim.assertion)
    return claim.text


def speaker_text(claim: Claim) -> str:
    """Who said it, with their role: "Ana Ruiz (mayor)", or "—" when no one is named."""
    speaker = claim.said_by
    if speaker is None:
        return "—"
    who = speaker.name
    if speaker.role:
        who += f" ({speaker.role})"
    if speaker.anonymous and "unnamed" not in who:
        who += " [unnamed]"
    return who


def relay_text(claim: Claim) -> str:
    """The relay chain, nearest to the speaker first: "AFP → Coast Herald", or "—"."""
    return " → ".join(claim.via) if claim.via else "—"


VERDICT_LABELS: dict[str, str] = {
    "conflict": "Conflict",
    "update": "Update",
    "scope_differs": "Scope differs",
    "agree": "Agree",
    "single": "Single source",
}
"""The words every renderer shows for a verdict (colour is never the only signal)."""

VERDICT_ORDER: dict[str, int] = {v: i for i, v in enumerate(VERDICT_LABELS)}
"""Contested verdicts first: the order groups are listed in."""

CONTESTED: frozenset[str] = frozenset({"conflict", "update", "scope_differs"})
"""Verdicts that mean the sources do not simply agree."""


def contest_text(sentence: SummarySentence) -> str:
    """What flags a summary sentence: "contested: 12 (police) vs 18 (medics)", or
    "contested" when nothing says by whom; "" when it is not contested."""
    if not sentence.contested:
        return ""
    return f"contested: {sentence.contest}" if sentence.contest else "contested"


def verdict_text(verdict: str) -> str:
    """The label for a verdict: "scope_differs" -> "Scope differs"."""
    return VERDICT_LABELS.get(verdict, verdict.replace("_", " ").capitalize())


def range_text(
    low_high: tuple[float | None, float | None] | None, figures: Iterable[Figure] = ()
) -> str:
    """A group's range in its figures' unit: "600–700", "77–78 years", "at least £10
    million", "up to 8,000", "150", or "—"; bare numbers when the figures give units that
    differ (a sum beside its conversion). An end converted from another unit ("about 940
    miles" in a range in km) is shown no finer than a whole unit, as no report gave its
    decimals ("1,150–1,513 km", never "1,150–1,512.78 km")."""
    items = list(figures)
    unit = range_unit(items)
    if low_high is None or unit is None or len({f.unit for f in items}) < 2:
        return range_value(low_high, unit)
    stated = {v for f in items if f.unit == unit.unit for v in (f.low, f.high) if v is not None}

    def shown(value: float | None) -> float | None:
        if value is None or value in stated or float(value).is_integer() or abs(value) < 10:
            return value
        return float(round(value))

    return range_value((shown(low_high[0]), shown(low_high[1])), unit)


def conservative_text(value: float | None, figures: Iterable[Figure] = ()) -> str:
    """A group's conservative value in its figures' unit ("43", "£10 million"), or "—"."""
    return "—" if value is None else range_value((value, value), range_unit(figures))


def group_figures(group: Group, claims: Mapping[str, Claim]) -> list[Figure]:
    """The figures of a group's claims, for showing its range in their unit."""
    return [f for c in group.claims if (f := _figure(claims.get(c))) is not None]


def _figure(claim: Claim | None) -> Figure | None:
    return claim.figure if claim is not None else None


def group_order(groups: Iterable[Group]) -> list[Group]:
    """Groups with contested verdicts first, otherwise in the order given."""
    return sorted(groups, key=lambda g: VERDICT_ORDER.get(g.verdict, len(VERDICT_ORDER)))


def published_text(published: Published) -> str:
    """A publication date as every renderer shows it: an inferred one says so.

    "2026-03-11", "2026-03-11 (inferred)", or "unknown".
    """
    if published.date is None:
        return "unknown"
    if published.basis == "inferred":
        return f"{published.date} (inferred)"
    return published.date
