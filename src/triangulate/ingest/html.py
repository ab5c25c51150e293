"""The adapter for trafilatura: main text and metadata of an HTML page.

This is the only module that imports trafilatura, and it does so when first used, so that
reading plain text never pays for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from triangulate.errors import MissingDependency
from triangulate.ingest.rejected import Rejected

# A page whose longest paragraph is shorter than this has no sentence of prose.
MIN_SENTENCE_WORDS = 8


@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    """What trafilatura found in a page.

    Attributes:
        text: The main text, one paragraph per line.
        title: The page's title, if any.
        date: The publication date from the page's metadata (ISO, as htmldate gives it).
        sitename: The site's name from the page's metadata.
        url: The page's canonical URL, if it states one.
    """

    text: str
    title: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None


def _trafilatura() -> Any:
    """The trafilatura module, or an error saying what to install."""
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - trafilatura is a core dependency
        raise MissingDependency("trafilatura (HTML reading)", "pip install trafilatura") from exc
    return trafilatura


def _str_or_none(value: Any) -> str | None:
    """A stripped non-empty string, or None."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def extract_page(html: str) -> Page:
    """Extract the article from an HTML page.

    Args:
        html: The decoded page.

    Returns:
        The main text and what the page's metadata says about it.

    Raises:
        Rejected: The page has no article text (an index page, a login wall, an empty body).
    """
    trafilatura = _trafilatura()
    try:
        found = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # Only the page's own metadata: no guessing a date from the text or the URL.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # a broken page must cost one input, not the run
        raise Rejected("failed", f"HTML page could not be parsed ({type(exc).__name__})") from None
    text = _str_or_none(getattr(found, "text", None)) if found is not None else None
    if text is None:
        raise Rejected("skipped", "HTML page has no article text")
    # trafilatura falls back to whatever text there is; menus and link lists are not articles.
    if max(len(line.split()) for line in text.split("\n")) < MIN_SENTENCE_WORDS:
        raise Rejected("skipped", "HTML page has no article text (only menus or short links)")
    return Page(
        text=text,
        title=_str_or_none(getattr(found, "title", None)),
        date=_str_or_none(getattr(found, "date", None)),
        sitename=_str_or_none(getattr(found, "sitename", None)),
        url=_str_or_none(getattr(found, "url", None)),
    )
