"""The JSON report written story by story, so memory never holds the whole report.

As each story's analysis arrives, its records are converted and appended to spool files,
one per list of the report, and dropped. When the last story is done, the report is put
together in a temporary file beside the output (inputs, documents, then each spool) and
moved into place: a run that fails or is killed never leaves a half-written report. The
bytes are the same as ``json_report.dumps`` of the whole report assembled in memory.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Protocol

from triangulate.errors import BadOutputPath
from triangulate.model import (
    FORMAT,
    Claim,
    Document,
    Echo,
    Entity,
    Group,
    InputRecord,
    Story,
    SummarySentence,
    TimelineEntry,
)
from triangulate.report.json_report import SECTIONS


class StoryPart(Protocol):
    """One story's findings (``triangulate.pipeline.StoryAnalysis`` is one)."""

    @property
    def story(self) -> Story: ...
    @property
    def documents(self) -> tuple[Document, ...]: ...
    @property
    def entities(self) -> tuple[Entity, ...]: ...
    @property
    def claims(self) -> tuple[Claim, ...]: ...
    @property
    def groups(self) -> tuple[Group, ...]: ...
    @property
    def echoes(self) -> tuple[Echo, ...]: ...
    @property
    def timeline(self) -> tuple[TimelineEntry, ...]: ...
    @property
    def summary(self) -> tuple[SummarySentence, ...]: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class Written:
    """What a streamed report holds, counted."""

    documents: int
    stories: int
    claims: int


# The lists that come story by story (inputs and documents are known before).
_SPOOLED = ("entities", "claims", "groups", "echoes", "timeline", "summary", "stories")
_CONVERT = dict(SECTIONS)


def write_json(
    path: str | Path,
    inputs: Sequence[InputRecord],
    documents: Sequence[Document] | None,
    parts: Iterable[StoryPart],
    *,
    created: datetime | None = None,
) -> Written:
    """Write the JSON report of ``parts`` to ``path`` while they are being analysed.

    Args:
        path: The output file; replaced only once the report is complete.
        inputs: Every input of the run, with its status.
        documents: The documents in input order (a story's dated copy replaces its
            original), or None to list the stories' documents in story order.
        parts: The analysed stories, consumed once.
        created: The report's creation time (now, by default).

    Raises:
        BadOutputPath: The file or its temporary neighbour cannot be written.
    """
    target = Path(path)
    stamp = (created or datetime.now(UTC)).isoformat(timespec="seconds").replace("+00:00", "Z")
    dated: dict[str, Document] = {}
    with ExitStack() as stack:
        spools = {name: _Spool(_spool_file(stack, target), target) for name in _SPOOLED}
        for part in parts:
            dated.update((d.id, d) for d in part.documents)
            for name in _SPOOLED:
                items = (part.story,) if name == "stories" else getattr(part, name)
                spools[name].extend(_CONVERT[name](item) for item in items)
        listed = (
            list(dated.values()) if documents is None else [dated.get(d.id, d) for d in documents]
        )
        _assemble(target, stamp, inputs, listed, spools)
    return Written(
        documents=len(listed), stories=spools["stories"].count, claims=spools["claims"].count
    )


def _spool_file(stack: ExitStack, target: Path) -> IO[str]:
    """A temporary file (removed when closed) for one list of the report."""
    try:
        return stack.enter_context(tempfile.TemporaryFile("w+", encoding="utf-8"))
    except OSError as exc:
        raise _spool_error(target, exc) from None


def _spool_error(target: Path, exc: OSError) -> BadOutputPath:
    return BadOutputPath(
        f"cannot write '{target}': its temporary files in {tempfile.gettempdir()} "
        f"cannot be written ({exc.strerror or exc})"
    )


class _Spool:
    """One list of the report, its items already written as indented JSON, in a temp file."""

    def __init__(self, file: IO[str], target: Path) -> None:
        self.file = file
        self.target = target
        self.count = 0

    def extend(self, items: Iterable[dict[str, Any]]) -> None:
        for item in items:
            text = _item(item)
            try:
                self.file.write(",\n" + text if self.count else text)
            except OSError as exc:
                raise _spool_error(self.target, exc) from None
            self.count += 1

    def copy_to(self, out: IO[str]) -> None:
        self.file.seek(0)
        shutil.copyfileobj(self.file, out)


def _item(data: dict[str, Any]) -> str:
    """One list item as ``json.dumps(..., indent=2)`` writes it two levels down."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return "    " + text.replace("\n", "\n    ")


def _assemble(
    target: Path,
    stamp: str,
    inputs: Sequence[InputRecord],
    documents: Sequence[Document],
    spools: dict[str, _Spool],
) -> None:
    """Write the whole report beside ``target``, then move it into place."""
    # Opened like any output file (the user's umask applies), under a name of its own.
    temp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    known = {"inputs": inputs, "documents": documents}
    try:
        with temp.open("w", encoding="utf-8") as out:
            out.write(f'{{\n  "format": {json.dumps(FORMAT)},\n  "created": {json.dumps(stamp)},\n')
            for number, (name, convert) in enumerate(SECTIONS, 1):
                spool = spools.get(name)
                count = spool.count if spool else len(known[name])
                out.write(f'  "{name}": ' + ("[\n" if count else "[]"))
                if spool:
                    spool.copy_to(out)
                else:
                    for index, item in enumerate(known[name]):
                        out.write((",\n" if index else "") + _item(convert(item)))
                if count:
                    out.write("\n  ]")
                out.write(",\n" if number < len(SECTIONS) else "\n}\n")
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise BadOutputPath(f"cannot write '{target}': {exc.strerror or exc}") from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
