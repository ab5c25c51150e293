"""The pool's worker processes: one fresh interpreter loads the model, then forks the rest.

``LocalParser`` starts one process with this module's ``main`` (a fresh interpreter, not a
fork of the caller, whose pages it would otherwise keep): it imports spaCy and loads the
model once (``exec.preload``) and parses as a worker; when its owner asks (``FORK``), it
forks one process for each further worker, between two blocks. A forked worker holds the
originals of the pages the first one writes to after the fork, even if it never parses
(14 MiB of its own after a run on 10,000 generated reports in which it parsed nothing), so
the owner asks only once the further workers pay (``pool.FORK_AFTER``). No process waits
idle beside the workers: an idle fork server would keep the original of every page a
worker writes to, as a forked worker does, and more (multiprocessing's resource tracker,
7 MiB, started beside it). Where the platform cannot fork (Windows), each worker is a
process of its own that loads the model itself.

Each worker reads its blocks from a pipe of its own and writes each block's packed parse
(each document's a pickle of its own, ``pool._sealed``; or the error it raised) back on
another, one block at a time: a message is a pickle behind its length (``send``,
``receive``). The pipes are the whole protocol:

- The first message a worker writes is its process id (so that its owner can name and
  stop it), once the model is loaded.
- A block is answered with its parse; ``IDLE`` (no block for a while) with nothing: the
  worker hands back the memory its parses freed (``pool.IDLE_AFTER``). ``FORK``, sent to
  the first worker only, is answered with nothing too: it forks the workers it holds the
  pipes of, then reads its next message (``pool.FORK_AFTER``).
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
import warnings
from collections.abc import Callable
from typing import IO, Any

# A message's length, before its pickle: 8 bytes, little-endian.
_LENGTH = struct.Struct("<Q")
# The message that tells a worker it has no block to parse for now (``pool.IDLE_AFTER``):
# it hands the memory its parses freed back to the system, and sends nothing back.
IDLE = "idle"
# The message that tells the first worker to fork the further workers (``main``).
FORK = "fork"


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


def serve(blocks: IO[bytes], results: IO[bytes], fork: Callable[[], None] | None = None) -> None:
    """Parse the blocks read from ``blocks`` until the end of that pipe, one by one,
    writing each one's packed parse (or its error) to ``results``; ``FORK`` calls
    ``fork`` (the first worker's; others have none to fork)."""
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
            if message == FORK:
                if fork is not None:
                    fork()
                continue
            block, select, chars, keep = message
            try:
                parsed = pool._sealed(pool._parse_block(block, select, chars, keep))
                reply: tuple[bool, object] = (True, parsed)
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

    first = _First(owner, pairs[0], pairs[1:])
    try:
        _run(pairs[0], owner, first.fork)
    finally:
        for pid in first.children:
            os.waitpid(pid, 0)
        sys.stderr.flush()
        os._exit(0)  # the model's objects need no tearing down


class _First:
    """The first worker's further workers: the pipes of those not forked yet, and the
    process ids of those forked."""

    def __init__(self, owner: int, mine: tuple[int, int], extra: list[tuple[int, int]]) -> None:
        self.owner = owner
        self.mine = mine
        self.unforked = list(extra)
        self.children: list[int] = []

    def fork(self) -> None:
        """Fork a worker for each pair of pipes not forked yet. A fork that fails (no
        memory left) leaves its pipes as they are: the pool parses on without it."""
        while self.unforked:
            pair = self.unforked[0]
            sys.stdout.flush()
            sys.stderr.flush()
            try:
                with warnings.catch_warnings():
                    # Python 3.12+ warns of a fork while another thread runs. The only
                    # other thread here (``_run``'s owner watch) sleeps and reads /proc,
                    # holding no lock the child needs; the child starts a watch of its own.
                    warnings.simplefilter("ignore", DeprecationWarning)
                    pid = os.fork()
            except OSError:
                return
            if pid == 0:
                try:
                    # Only the owner holds the other workers' pipes (and the first's).
                    for other in [self.mine, *self.unforked[1:]]:
                        os.close(other[0])
                        os.close(other[1])
                    _run(pair, self.owner)
                finally:
                    os._exit(0)  # not the first process's exit handlers, nor its buffers
            self.unforked.pop(0)
            os.close(pair[0])
            os.close(pair[1])
            self.children.append(pid)


def _run(pair: tuple[int, int], owner: int, fork: Callable[[], None] | None = None) -> None:
    """Be a worker on ``pair``, exiting when process ``owner`` is gone."""
    from triangulate.exec import pool

    threading.Thread(target=pool._exit_with, args=(owner,), name="watch-owner", daemon=True).start()
    try:
        with os.fdopen(pair[0], "rb") as blocks, os.fdopen(pair[1], "wb") as results:
            serve(blocks, results, fork)
    except OSError:
        pass  # the owner is gone (its pipe closed while a result was written)


# The command line that starts the first worker: the owner's module search path first (a
# test or a script may have added to it), then ``main``.
BOOT = (
    "import sys, json; sys.path[:] = json.loads(sys.argv[1]); "
    "from triangulate.exec.worker import main; main(sys.argv[2:])"
)
