"""The processes a test started: read from /proc, whatever started them."""

from __future__ import annotations

import os
import time
from pathlib import Path


def _stat(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the name, or None when the process is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``, zombies (exited, not yet reaped) included."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        fields = _stat(int(stat.parent.name))
        if fields is not None and int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def alive(pids: list[int] | tuple[int, ...]) -> list[int]:
    """Those of ``pids`` still running (a zombie has exited)."""
    left = []
    for pid in pids:
        fields = _stat(pid)
        if fields is not None and fields[0] not in ("Z", "X"):
            left.append(pid)
    return left


def started_by(pid: int) -> list[int]:
    """The children of ``pid`` still running, but multiprocessing's resource tracker: a
    Dask cluster (or any multiprocessing user) starts it once, for the rest of the process."""
    return [
        child
        for child in alive(children(pid))
        if b"multiprocessing.resource_tracker" not in cmdline(child)
    ]


def no_children_left(seconds: float = 10.0) -> bool:
    """Whether, within ``seconds``, this process has no child still running (but
    multiprocessing's resource tracker, see ``started_by``)."""
    deadline = time.monotonic() + seconds
    while started_by(os.getpid()) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not started_by(os.getpid())


def cmdline(pid: int) -> bytes:
    """The command line of process ``pid`` (empty once it is gone)."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""
