"""Output formats looked up by name, so a new one plugs in without touching the CLI."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from triangulate.errors import BadOutputPath
from triangulate.model import Report
from triangulate.report.html import render_html
from triangulate.report.json_report import dumps
from triangulate.report.markdown import render_markdown

Renderer = Callable[[Report], str]

RENDERERS: dict[str, Renderer] = {
    ".json": dumps,
    ".md": render_markdown,
    ".html": render_html,
    ".htm": render_html,
}


def renderer_for(path: str | Path) -> Renderer:
    """The renderer an output path's extension asks for."""
    suffix = Path(path).suffix.lower()
    try:
        return RENDERERS[suffix]
    except KeyError:
        known = ", ".join(sorted(RENDERERS))
        raise BadOutputPath(
            f"cannot write '{path}': unknown output format '{suffix or '(none)'}'; "
            f"use one of {known}"
        ) from None


def render(report: Report, path: str | Path) -> None:
    """Write the report to ``path`` in the format its extension names.

    The file is replaced only once the whole report is written: a failure (a full disk,
    an interrupt) leaves what was there before, never a truncated file.
    """
    text = renderer_for(path)(report)
    with replacing(path) as out:
        out.write(text)


@contextmanager
def replacing(path: str | Path, *, newline: str | None = None) -> Iterator[TextIO]:
    """A UTF-8 text file that takes ``path``'s place only once it is written whole.

    It is a temporary file beside ``path`` (``.NAME.PID.partial``), moved over ``path``
    when the block ends; when the block raises, it is removed and ``path`` is untouched.

    Raises:
        BadOutputPath: The file cannot be written (no room, no permission, a folder).
    """
    target = Path(path)
    temp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        with temp.open("w", encoding="utf-8", newline=newline) as out:
            yield out
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise BadOutputPath(f"cannot write '{path}': {exc.strerror or exc}") from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def check_output(path: str | Path) -> Renderer:
    """The renderer for ``path``, once a file can be created where it points.

    Called before a long analysis, so that a typo in the output path fails at once.

    Raises:
        BadOutputPath: Unknown extension, the path is a folder, or its folder cannot
            take a new file (missing, read-only, no permission).
    """
    renderer = renderer_for(path)
    target = Path(path)
    if target.is_dir():
        raise BadOutputPath(f"cannot write '{path}': it is a folder")
    probe = target.with_name(f".{target.name}.{os.getpid()}.probe")
    try:
        probe.open("x").close()
    except OSError as exc:
        raise BadOutputPath(f"cannot write '{path}': {exc.strerror or exc}") from None
    probe.unlink(missing_ok=True)
    return renderer
