"""triangulate: cross-check many reports of one event, every statement traced to its text.

>>> import triangulate
>>> report = triangulate.analyze(["reports/"])      # doctest: +SKIP
>>> triangulate.write(report, "report.json")         # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from triangulate.model import Report

__version__ = "0.1.0"
__all__ = ["Report", "__version__", "analyze", "write"]

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path


def analyze(paths: str | Path | Sequence[str | Path], **options: Any) -> Report:
    """Analyse reports; see ``triangulate.pipeline.analyze`` (imported lazily: it loads spaCy)."""
    from triangulate.pipeline import analyze as _analyze

    return _analyze(paths, **options)


def write(report: Report, path: str | Path) -> None:
    """Write a report to ``path``; its extension (.json, .md, .html) picks the format."""
    from triangulate.report import render

    render(report, path)
