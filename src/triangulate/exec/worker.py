"""The pool's worker processes: one fresh interpreter loads the model, then forks the rest.

``LocalParser`` starts one process with this module's ``main`` (a fresh interpreter, not a
fork of the caller, whose pages it would otherwise keep): it imports spaCy and loads the
model once (``exec.preload``), forks one process for each further worker, and then parses
as a worker itself. No process waits idle beside the workers: an idle fork server keeps
the original of every page a worker writes to (about 14 MiB on generated reports, with
multiprocessing's resource tracker, 7 MiB, started beside it), where here the first
process's writes copy pages as each other worker's do. Where the platform cannot fork
(Windows), each worker is a process of its own that loads the model itself.

Each worker reads its blocks from a pipe of its own and writes each block's packed parse
(or the error it raised) back on another, one block at a time: a message is a pickle
behind its length (``send``, ``receive``). The pipes are the whole protocol:

- The first message a worker writes is its process id (so that its owner can name and
  stop it), once the model is loaded.
- A block is answered with its parse; ``IDLE`` (no block for a while) with nothing: the
  worker hands back the memory its parses freed (``pool.IDLE_AFTER``).
- Only the owner holds the writing end of a worker's pipe of blocks, so a worker whose
  owner closes the pool, or dies, reads the end of the pipe and exits; one killed while
  it parses is seen by its owner as the end of its pipe of results. A worker also exits
  within ``pool.WATCH_PARENT_EVERY`` seconds of its owner's death while it parses (a long
  document takes many seconds), and the first process waits for the ones it forked
  before it exits, so that no process is left behind.
- Ctrl-C in a terminal reaches every process of the group: a worker ignores it, and its
  owner, which handles it, closes the pool.
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import sys
import threading
from typing import IO, Any

# A message's length, before its pickle: 8 bytes, little-endian.
_LENGTH = struct.Struct("<Q")
# The message that tells a worker it has no block to parse for now (``pool.IDLE_AFTER``):
# it hands the memory its parses freed back to the system, and sends nothing back.
IDLE = "idle"


def send(out: IO[bytes], message: object) -> None:
    """Write one message (a pickle behind its length) and flush it."""
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(_LENGTH.pack(len(data)))
    out.write(data)
    out.flush()


def receive(source: IO[bytes]) -> Any:
    """Read one message; raises ``EOFError`` at the end of the pipe (its writer is gone)."""
    head = source.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        raise EOFError("the pipe was closed")
    (size,) = _LENGTH.unpack(head)
    data = source.read(size)
    if len(data) < size:
        raise EOFError("the pipe was closed in a message")
    return pickle.loads(data)


def sendable(exc: BaseException) -> BaseException:
    """``exc`` if it survives the pipe (pickled and read back), else a ``RuntimeError``
    that names it: an exception whose class takes other arguments than it keeps cannot
    be rebuilt on the other side."""
    try:
        pickle.loads(pickle.dumps(exc, protocol=pickle.HIGHEST_PROTOCOL))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def serve(blocks: IO[bytes], results: IO[bytes]) -> None:
    """Parse the blocks read from ``blocks`` until the end of that pipe, one by one,
    writing each one's packed parse (or its error) to ``results``."""
    from triangulate.exec import pool

    try:
        send(results, os.getpid())
        while True:
            try:
                message = receive(blocks)
            except EOFError:
                return
            if message == IDLE:
                pool.release_free_memory()  # nothing to parse for now: no reply
                continue
            block, select, chars = message
            try:
                reply: tuple[bool, object] = (True, pool._parse_block(block, select, chars))
            except Exception as exc:
                reply = (False, sendable(exc))
            send(results, reply)
    except (BrokenPipeError, ConnectionResetError):
        return  # the owner is gone: nobody is left to read the results


def main(argv: list[str]) -> None:
    """The first worker process: ``OWNER [TASKS RESULTS]...`` (the pipes of the workers
    it forks; its own pipes are its standard input and output)."""
    owner = int(argv[0])
    extra = [(int(argv[i]), int(argv[i + 1])) for i in range(1, len(argv) - 1, 2)]
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Its own pipes are moved off the standard streams, so that nothing printed (a
    # library's message) can fall into the results; what is printed goes to stderr.
    pairs = [(os.dup(0), os.dup(1)), *extra]
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    os.dup2(2, 1)
    import triangulate.exec.preload  # noqa: F401 - spaCy, the model, a first parse

    children: list[int] = []
    mine = pairs[0]
    for pair in pairs[1:]:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            try:
                _close_all_but(pairs, pair)
                _run(pair, owner)
            finally:
                os._exit(0)  # not the first process's exit handlers, nor its buffers
        children.append(pid)
    _close_all_but(pairs, mine)
    try:
        _run(mine, owner)
    finally:
        for pid in children:
            os.waitpid(pid, 0)
        sys.stderr.flush()
        os._exit(0)  # the model's objects need no tearing down


def _close_all_but(pairs: list[tuple[int, int]], kept: tuple[int, int]) -> None:
    """Close the pipes of the other workers, so that only their owner holds them."""
    for pair in pairs:
        if pair != kept:
            os.close(pair[0])
            os.close(pair[1])


def _run(pair: tuple[int, int], owner: int) -> None:
    """Be a worker on ``pair``, exiting when process ``owner`` is gone."""
    from triangulate.exec import pool

    threading.Thread(target=pool._exit_with, args=(owner,), name="watch-owner", daemon=True).start()
    try:
        with os.fdopen(pair[0], "rb") as blocks, os.fdopen(pair[1], "wb") as results:
            serve(blocks, results)
    except OSError:
        pass  # the owner is gone (its pipe closed while a result was written)


# The command line that starts the first worker: the owner's module search path first (a
# test or a script may have added to it), then ``main``.
BOOT = (
    "import sys, json; sys.path[:] = json.loads(sys.argv[1]); "
    "from triangulate.exec.worker import main; main(sys.argv[2:])"
)
