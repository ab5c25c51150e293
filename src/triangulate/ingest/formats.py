"""Which reader an input needs, from its extension or, failing that, its content."""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Literal

Format = Literal["text", "markdown", "html", "json", "jsonl"]

_BY_EXTENSION: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
# Extensions that are certainly not readable reports, with what they are.
UNSUPPORTED: dict[str, str] = {
    **dict.fromkeys(
        (
            ".png",
            ".jpg",
            ".jpeg",
            ".gif",
            ".webp",
            ".bmp",
            ".tif",
            ".tiff",
            ".svg",
            ".ico",
            ".heic",
            ".avif",
        ),
        "image",
    ),
    ".pdf": "PDF document",
    **dict.fromkeys((".doc", ".docx", ".odt", ".rtf", ".pages"), "word-processor document"),
    **dict.fromkeys((".xls", ".xlsx", ".ods", ".csv", ".tsv"), "spreadsheet or table"),
    **dict.fromkeys((".ppt", ".pptx", ".odp", ".key"), "presentation"),
    **dict.fromkeys(
        (".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar", ".zst"), "archive"
    ),
    **dict.fromkeys(
        (".mp3", ".wav", ".ogg", ".flac", ".m4a", ".mp4", ".mov", ".avi", ".mkv", ".webm"),
        "audio or video",
    ),
    **dict.fromkeys((".exe", ".dll", ".so", ".dylib", ".bin", ".pyc", ".o", ".class"), "program"),
    **dict.fromkeys((".db", ".sqlite", ".sqlite3", ".parquet", ".pickle", ".pkl"), "database"),
    **dict.fromkeys((".epub", ".mobi"), "e-book"),
    **dict.fromkeys((".woff", ".woff2", ".ttf", ".otf"), "font"),
}
_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
    re.IGNORECASE | re.DOTALL,
)


def unsupported_reason(name: str) -> str | None:
    """Why a file with this name is skipped unread, or None when it may be a report.

    Args:
        name: A file name or path.

    Returns:
        A reason such as "unsupported file type (.pdf: PDF document)", or None.
    """
    suffix = PurePath(name).suffix.lower()
    what = UNSUPPORTED.get(suffix)
    return f"unsupported file type ({suffix}: {what})" if what else None


def looks_like_html(text: str) -> bool:
    """True when the text starts as an HTML document does (doctype or ``<html>``)."""
    return _HTML_START.match(text[:4096]) is not None


def detect_format(name: str | None, text: str) -> Format:
    """The reader for an input.

    Args:
        name: The file name, or None for stdin.
        text: The decoded content.

    Returns:
        The extension's format; an HTML document is read as HTML whatever its extension;
        with no known extension, JSON or JSONL when the content starts like it, else text.
    """
    known = _BY_EXTENSION.get(PurePath(name).suffix.lower()) if name else None
    if known in ("json", "jsonl", "html"):
        return known
    if looks_like_html(text):
        return "html"
    if known is not None:
        return known
    head = text.lstrip()
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        rows = [line for line in text.split("\n") if line.strip()]
        if len(rows) > 1 and all(line.lstrip().startswith("{") for line in rows):
            return "jsonl"
        return "json"
    return "text"
