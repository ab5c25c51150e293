"""Claims in words: the short readings every renderer shows (value, source, time)."""

from __future__ import annotations

from triangulate.model import Claim, Figure

_HEDGE_WORDS = {"about": "about ", "at_least": "at least ", "at_most": "up to "}


def number(value: float) -> str:
    """A value as people write it: 8000 -> "8,000", 2.5 -> "2.5"."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def value_text(figure: Figure) -> str:
    """The value with its hedge: "about 150", "600–700", "at least 1,000", "24+ (vague)"."""
    unit = (
        ""
        if figure.unit in (None, "")
        else (" %" if figure.unit == "percent" else f" {figure.unit}")
    )
    low, high = figure.low, figure.high
    if figure.hedge == "range" and low is not None and high is not None:
        return f"{number(low)}–{number(high)}{unit}"
    if figure.hedge == "vague":
        return f"{number(low)}+{unit} (vague)" if low is not None else "vague"
    if figure.hedge == "at_most" and high is not None:
        return f"up to {number(high)}{unit}"
    shown = low if low is not None else high
    if shown is None:
        return "?"
    return f"{_HEDGE_WORDS.get(figure.hedge, '')}{number(shown)}{unit}"


def source_text(claim: Claim) -> str:
    """Who said it, through whom, published by whom: "Jihan Sheikh Ahmed (spokeswoman) → AFP"."""
    parts = []
    if claim.said_by is not None:
        who = claim.said_by.name
        if claim.said_by.role:
            who += f" ({claim.said_by.role})"
        if claim.said_by.anonymous and "unnamed" not in who:
            who += " [unnamed]"
        parts.append(who)
    parts.extend(claim.via)
    if claim.outlet and claim.outlet not in claim.via:
        parts.append(claim.outlet)
    return " → ".join(parts) if parts else "the report itself"


def when_text(claim: Claim) -> str:
    """The claim's time as an interval: "2017-06-01 – 2017-10-15", or its phrase if unread."""
    when = claim.when
    if when is None:
        return ""
    if when.start and when.end:
        return when.start if when.start == when.end else f"{when.start} – {when.end}"
    if when.start:
        return f"since {when.start}"
    if when.end:
        return f"until {when.end}"
    return when.text or ""
