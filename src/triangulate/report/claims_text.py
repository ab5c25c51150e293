"""Claims in words: the short readings every renderer shows (value, source, time)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from triangulate.claims.currency import AMBIGUOUS
from triangulate.model import Assertion, Claim, Figure, Group, Published, SummarySentence

_HEDGE_WORDS = {"about": "about ", "at_least": "at least ", "at_most": "up to "}


def number(value: float) -> str:
    """A value as people write it: 8000 -> "8,000", 2.5 -> "2.5"."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def value_text(figure: Figure) -> str:
    """The value with its hedge and unit: "about 150", "600–700", "at least 1,000 USD".

    Money shows its currency as read: "5,000,000 SGD", "5,000,000 SGD (inferred)" when the
    report's place or outlet says which dollar, "$5,000,000 (currency unknown)" when
    nothing does. Durations name their unit in the plural when it is more than one.
    """
    unit = _unit_suffix(figure)
    low, high = figure.low, figure.high
    if figure.hedge == "range" and low is not None and high is not None:
        text = f"{number(low)}–{number(high)}{unit}"
    elif figure.hedge == "vague":
        text = f"{number(low)}+{unit} (vague)" if low is not None else "vague"
    elif figure.hedge == "at_most" and high is not None:
        text = f"up to {number(high)}{unit}"
    else:
        shown = low if low is not None else high
        if shown is None:
            return "?"
        text = f"{_HEDGE_WORDS.get(figure.hedge, '')}{number(shown)}{unit}"
    if figure.kind == "money" and figure.currency is None and figure.unit in AMBIGUOUS:
        if figure.unit in _SIGNS:
            # the sign before the number as written: "$5,000,000", "up to $8"
            text = _SIGN_AFTER_RE.sub(
                lambda m: f"{figure.unit}{m.group(1)}", text.replace(unit, "")
            )
        return f"{text} (currency unknown)"
    if figure.kind == "money" and (figure.currency_basis or "").startswith("inferred"):
        return f"{text} (inferred)"
    return text


_SIGNS = frozenset({"$", "¥"})
_SIGN_AFTER_RE = re.compile(r"(?<![0-9.,])([0-9][0-9,.]*)")


def _unit_suffix(figure: Figure) -> str:
    """The unit after a value: " %", " USD", " km", " days"; "" for a count."""
    unit = figure.unit
    if unit in (None, ""):
        return ""
    if unit == "percent":
        return " %"
    if unit == "percentage_point":
        return " percentage points"
    if figure.kind == "duration":
        ends = [v for v in (figure.low, figure.high) if v is not None]
        return f" {unit}" if ends and max(ends) == 1 else f" {unit}s"
    return f" {unit}"


def currency_text(figure: Figure) -> str:
    """Which currency a money figure is in, and why: "SGD, inferred from the URL host (.sg)"."""
    if figure.kind != "money":
        return ""
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


def claim_value_text(claim: Claim) -> str:
    """A claim in one short phrase: a figure's value, an assertion's who-did-what, else its text."""
    if claim.figure is not None:
        return value_text(claim.figure)
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


def range_text(low_high: tuple[float | None, float | None] | None) -> str:
    """A group's range: "600–700", "at least 1,000", "up to 8,000", "150", or "—"."""
    if low_high is None:
        return "—"
    low, high = low_high
    if low is not None and high is not None:
        return number(low) if low == high else f"{number(low)}–{number(high)}"
    if low is not None:
        return f"at least {number(low)}"
    if high is not None:
        return f"up to {number(high)}"
    return "—"


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
