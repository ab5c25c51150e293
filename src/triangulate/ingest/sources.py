"""The inputs a user named: files, folders walked in path order, and stdin; read within a limit.

Walking is lazy, so a folder of many thousands of files is streamed, not listed first.
Hidden files and folders (names starting with ".") are not inputs and are passed over.

A file name that is not valid UTF-8 (bytes from another system's encoding) is read as it
is on disk and listed with each byte that is not UTF-8 written as ``\\xNN``, so the report
and the terminal can show it (``shown``).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from triangulate.ingest.rejected import Rejected

STDIN = "-"
STDIN_NAME = "<stdin>"


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """One input to read.

    Attributes:
        path: The input as listed in the report (the path, or "-" for stdin).
        name: What documents from it give as their ``source``.
        problem: Why it cannot be read at all, found while walking; None when readable.
        file: The path to open, as the operating system gave it, when ``path`` shows it
            differently (see ``shown``); empty otherwise.
    """

    path: str
    name: str
    problem: Rejected | None = None
    file: str = ""

    @property
    def opened(self) -> str:
        """The path to open."""
        return self.file or self.path

    @property
    def is_stdin(self) -> bool:
        """True for standard input."""
        return self.path == STDIN


def shown(path: str) -> str:
    """A path as text that can be written anywhere: bytes of the name that are not UTF-8
    (which Python keeps as lone surrogates) written as ``\\xNN``.

    Args:
        path: A path as the operating system gave it.

    Returns:
        The same path when it is valid UTF-8.
    """
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        raw = path.encode("utf-8", "surrogateescape")
        return raw.decode("utf-8", "backslashreplace")
    return path


def _source(path: str, problem: Rejected | None = None) -> Source:
    """The source for a path from the operating system, listed as ``shown`` gives it."""
    listed = shown(path)
    return Source(path=listed, name=listed, problem=problem, file="" if listed == path else path)


def format_size(size: int) -> str:
    """ "52.4 MB", "5 MB", "800 bytes": a size as a person reads it (1 MB = 1,000,000 bytes)."""
    if size < 100_000:
        return f"{size} bytes"
    if size % 1_000_000 == 0:
        return f"{size // 1_000_000} MB"
    return f"{size / 1_000_000:.1f} MB"


def _os_problem(exc: OSError) -> Rejected:
    """A reason a person understands for an error from the operating system."""
    if isinstance(exc, PermissionError):
        return Rejected("failed", "permission denied")
    if isinstance(exc, FileNotFoundError):
        return Rejected("failed", "no such file or directory")
    if isinstance(exc, IsADirectoryError):
        return Rejected("failed", "is a folder, not a file")
    if exc.errno == errno.ELOOP:
        return Rejected("failed", "symbolic link loop")
    return Rejected("failed", f"cannot read: {exc.strerror or type(exc).__name__}")


def _entry_key(entry: os.DirEntry[str]) -> str:
    """Sort key giving whole-path order: a folder sorts as its name followed by '/'."""
    try:
        is_dir = entry.is_dir()
    except OSError:
        is_dir = False
    return entry.name + "/" if is_dir else entry.name


def _walk(folder: str, visited: set[str]) -> Iterator[Source]:
    """Every non-hidden file under ``folder``, in path order; problems become sources too."""
    real = os.path.realpath(folder)
    if real in visited:
        yield _source(folder, Rejected("skipped", "folder already read"))
        return
    visited.add(real)
    try:
        with os.scandir(folder) as listing:
            entries = sorted((e for e in listing if not e.name.startswith(".")), key=_entry_key)
    except OSError as exc:
        yield _source(folder, _os_problem(exc))
        return
    for entry in entries:
        yield from _classify(entry.path, visited)


def _classify(path: str, visited: set[str]) -> Iterator[Source]:
    """A path as one or more sources: a file, the files of a folder, or a problem."""
    try:
        if os.path.isdir(path):
            yield from _walk(path, visited)
            return
        if os.path.islink(path) and not os.path.exists(path):
            problem = _link_problem(path)
        elif not os.path.lexists(path):
            problem = _os_problem(FileNotFoundError())
        elif not os.path.isfile(path):
            problem = Rejected("skipped", "not a regular file (device, socket or pipe)")
        else:
            problem = None
    except OSError as exc:
        problem = _os_problem(exc)
    yield _source(path, problem)


def _link_problem(path: str) -> Rejected:
    """Why a symbolic link that leads nowhere cannot be read: a loop, or a missing target."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return _os_problem(exc)
    return Rejected("failed", "broken symbolic link")


def iter_sources(paths: Sequence[str]) -> Iterator[Source]:
    """The inputs named by ``paths``, lazily, folders expanded in path order.

    Args:
        paths: Files, folders, or "-" for standard input, in the order the user gave them.

    Yields:
        One source per file found (a folder with no files yields itself, with a problem).
    """
    visited: set[str] = set()
    stdin_seen = False
    for path in paths:
        if path == STDIN:
            problem = Rejected("skipped", "standard input was already read") if stdin_seen else None
            stdin_seen = True
            yield Source(path=STDIN, name=STDIN_NAME, problem=problem)
            continue
        if "://" in path:
            reason = (
                "URLs are not fetched (triangulate works offline); save the page and pass the file"
            )
            yield _source(path, Rejected("failed", reason))
            continue
        count = 0
        for source in _classify(path, visited):
            count += 1
            yield source
        if count == 0:
            yield _source(path, Rejected("skipped", "folder has no files"))


def read_source(source: Source, *, max_bytes: int, stdin: BinaryIO | None) -> bytes:
    """The bytes of one input, refusing anything over ``max_bytes``.

    Args:
        source: The input.
        max_bytes: The largest input accepted.
        stdin: Where standard input is read from.

    Returns:
        The whole input.

    Raises:
        Rejected: The input cannot be read or is too large.
    """
    if source.problem is not None:
        raise source.problem
    limit = format_size(max_bytes)
    hint = "raise it with --max-bytes"
    if source.is_stdin:
        if stdin is None:
            raise Rejected("failed", "no standard input to read")
        raw = stdin.read(max_bytes + 1)
        if len(raw) > max_bytes:
            raise Rejected("skipped", f"input is over the {limit} limit; {hint}")
        return raw
    try:
        size = os.stat(source.opened).st_size
        if size > max_bytes:
            raise Rejected(
                "skipped", f"file is {format_size(size)}, over the {limit} limit; {hint}"
            )
        with open(source.opened, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise _os_problem(exc) from None
    if len(raw) > max_bytes:
        # The file grew while we read it.
        raise Rejected("skipped", f"file is over the {limit} limit; {hint}")
    return raw
