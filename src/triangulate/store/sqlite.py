"""The SQLite adapter: a file on disk through the standard library's sqlite3."""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from triangulate.errors import StoreError, StoreUnavailable
from triangulate.store.schema import SQLITE, Dialect

# How long a writer waits for another process's transaction before giving up (ms).
_BUSY_TIMEOUT_MS = 30_000


class SqliteBackend:
    """One connection to a SQLite file in WAL mode with foreign keys enforced."""

    dialect: Dialect = SQLITE

    def __init__(self, path: str | Path) -> None:
        """Open (creating if needed) the database file.

        Raises:
            StoreUnavailable: The path is a folder, its folder is missing, it cannot be
                written, or the file is not a SQLite database.
        """
        self.path = Path(path)
        self.target = str(self.path)
        if self.path.is_dir():
            raise StoreUnavailable(f"{self.path} is a folder; give a file name for the store")
        if not self.path.parent.is_dir():
            raise StoreUnavailable(
                f"cannot create the store {self.path}: folder {self.path.parent} does not exist"
            )
        try:
            # isolation_level=None: no implicit transactions; transaction() says where they are.
            self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreUnavailable(_why(self.path, exc)) from exc
        self._conn.row_factory = sqlite3.Row
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
            # WAL: readers never block the writer, and a killed writer's partial
            # transaction is simply not in the log's committed part.
            mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            self._conn.execute("PRAGMA foreign_keys = ON")
            # NORMAL is safe against a killed process in WAL mode; only power loss may drop
            # the last commits, never corrupt the file.
            self._conn.execute("PRAGMA synchronous = NORMAL")
            # Reading the schema fails here, not later, when the file is not a database.
            self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            self._conn.close()
            raise StoreUnavailable(_why(self.path, exc)) from exc
        if str(mode).lower() != "wal":
            self._conn.close()
            raise StoreUnavailable(
                f"{self.path} cannot use write-ahead logging (journal mode {mode}); "
                "put the store on a local disk"
            )
        self._writer: int | None = None

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a statement as dicts."""
        with _translated(self.path):
            return [dict(row) for row in self._conn.execute(sql, tuple(params)).fetchall()]

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run a statement; the number of rows it changed."""
        with _translated(self.path):
            return self._conn.execute(sql, tuple(params)).rowcount

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run a statement once per parameter row."""
        with _translated(self.path):
            self._conn.executemany(sql, [tuple(r) for r in rows])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT: takes the write lock up front, so no deadlock later."""
        with _translated(self.path):
            self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        with _translated(self.path):
            self._conn.execute("COMMIT")

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """A deferred transaction: in WAL mode its reads see one commit, writers go on."""
        with _translated(self.path):
            self._conn.execute("BEGIN")
        try:
            yield
        finally:
            self._conn.execute("COMMIT")

    def json(self, value: Any) -> Any:
        """JSON text for a TEXT column."""
        return json.dumps(value, ensure_ascii=False)

    def unjson(self, raw: Any) -> Any:
        """Parse a JSON TEXT column."""
        return None if raw is None else json.loads(raw)

    def schema_lock(self) -> str | None:
        """None: BEGIN IMMEDIATE already serialises writers."""
        return None

    def lock_writer(self, *, wait: bool) -> bool:
        """An exclusive ``flock`` on ``FILE.lock`` beside the database (SQLite's own locks
        last one transaction; a run is many)."""
        if self._writer is not None:
            return True
        lock = self.path.with_name(self.path.name + ".lock")
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreUnavailable(
                f"cannot create the lock file {lock}: {exc.strerror}; check the folder's "
                "permissions"
            ) from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            os.close(fd)
            return False
        except BaseException:
            os.close(fd)
            raise
        self._writer = fd
        return True

    def unlock_writer(self) -> None:
        """Release the lock (closing the file releases it)."""
        if self._writer is not None:
            fd, self._writer = self._writer, None
            os.close(fd)

    def close(self) -> None:
        """Close the connection (a clean close also folds the WAL back into the file)."""
        self.unlock_writer()
        self._conn.close()


@contextmanager
def _translated(path: Path) -> Iterator[None]:
    """Driver errors as the store's errors, with the file named."""
    try:
        yield
    except sqlite3.IntegrityError as exc:
        raise StoreError(f"{path}: {exc}") from exc
    except sqlite3.OperationalError as exc:
        raise StoreUnavailable(_why(path, exc)) from exc


def _why(path: Path, exc: sqlite3.Error) -> str:
    """A sentence for a failure to open or use a SQLite file."""
    text = str(exc)
    if "not a database" in text:
        return f"{path} is not a SQLite database ({text}); give a new file name or a store"
    if "readonly" in text or "unable to open" in text or "disk I/O" in text:
        return f"cannot write the store {path}: {text}; check the folder's permissions"
    return f"store {path}: {text}"
