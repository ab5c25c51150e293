"""The PostgreSQL adapter: the only module that imports psycopg (``triangulate[postgres]``)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from triangulate.errors import MissingDependency, StoreError, StoreUnavailable
from triangulate.store.schema import POSTGRES, Dialect

try:
    import psycopg
    from psycopg.rows import dict_row
    from psycopg.types.json import Jsonb
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    _IMPORT_ERROR: ImportError | None = exc
else:
    _IMPORT_ERROR = None

INSTALL = "pip install 'triangulate[postgres]'"

# Seconds to wait for a server before saying it is down.
_CONNECT_TIMEOUT = 10

# Arbitrary but fixed: the advisory lock that serialises schema creation between workers.
_SCHEMA_LOCK_KEY = 7_263_000_001
# The writer lock: a session advisory lock on this class and the schema the tables are in
# (two stores in two schemas of one database do not wait for each other).
_WRITER_LOCK_CLASS = 7_263_002
_WRITER_LOCK = f"{_WRITER_LOCK_CLASS}, hashtext(current_schema())"


def redact(url: str) -> str:
    """The URL without its password (in the user part or the query), for messages."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unreadable URL>"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        if ":" in userinfo:
            netloc = f"{userinfo.split(':', 1)[0]}:***@{host}"
    query = re.sub(r"(?i)(password=)[^&]*", r"\1***", parts.query)
    return urlunsplit(parts._replace(netloc=netloc, query=query))


class PostgresBackend:
    """One autocommit connection; ``transaction()`` marks each unit of work."""

    dialect: Dialect = POSTGRES

    def __init__(self, url: str) -> None:
        """Connect to the server.

        Raises:
            MissingDependency: psycopg is not installed.
            StoreUnavailable: The URL is malformed, or the server cannot be reached or
                refuses the connection.
        """
        if _IMPORT_ERROR is not None:
            raise MissingDependency("PostgreSQL storage (psycopg)", INSTALL)
        self.target = redact(url)
        self._writer = False
        try:
            self._conn: psycopg.Connection[dict[str, Any]] = psycopg.connect(
                url, autocommit=True, row_factory=dict_row, connect_timeout=_CONNECT_TIMEOUT
            )
        except psycopg.ProgrammingError as exc:
            raise StoreUnavailable(f"bad PostgreSQL URL {self.target}: {_first(exc)}") from exc
        except psycopg.OperationalError as exc:
            raise StoreUnavailable(
                f"cannot connect to PostgreSQL at {self.target}: {_first(exc)}; "
                "check that the server runs and the URL, user and password are right"
            ) from exc

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a statement as dicts."""
        with self._translated():
            cur = self._conn.execute(sql, tuple(params))
            return cur.fetchall() if cur.description is not None else []

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run a statement; the number of rows it changed."""
        with self._translated():
            return self._conn.execute(sql, tuple(params)).rowcount

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run a statement once per parameter row (pipelined by psycopg)."""
        with self._translated(), self._conn.cursor() as cur:
            cur.executemany(sql, [tuple(r) for r in rows])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN ... COMMIT, rolled back when the block raises."""
        with self._translated(), self._conn.transaction():
            yield

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """A REPEATABLE READ, READ ONLY transaction: every query sees the same snapshot."""
        with self._translated(), self._conn.transaction():
            self._conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            yield

    def json(self, value: Any) -> Any:
        """A JSONB parameter."""
        return Jsonb(value)

    def unjson(self, raw: Any) -> Any:
        """psycopg already parses JSONB."""
        return raw

    def schema_lock(self) -> str | None:
        """A transaction-scoped advisory lock, so concurrent workers create the schema once."""
        return f"SELECT pg_advisory_xact_lock({_SCHEMA_LOCK_KEY})"

    def lock_writer(self, *, wait: bool) -> bool:
        """A session advisory lock, held until released or the connection ends."""
        if self._writer:
            return True
        if wait:
            self.execute(f"SELECT pg_advisory_lock({_WRITER_LOCK})")
        else:
            found = self.query(f"SELECT pg_try_advisory_lock({_WRITER_LOCK}) AS taken")
            if not found[0]["taken"]:
                return False
        self._writer = True
        return True

    def unlock_writer(self) -> None:
        """Release the advisory lock."""
        if self._writer:
            self._writer = False
            if not self._conn.closed:
                self.execute(f"SELECT pg_advisory_unlock({_WRITER_LOCK})")

    def close(self) -> None:
        """Close the connection (which releases its locks)."""
        self._writer = False
        self._conn.close()

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """Driver errors as the store's errors, with the server named."""
        try:
            yield
        except psycopg.IntegrityError as exc:
            raise StoreError(f"{self.target}: {_first(exc)}") from exc
        except psycopg.OperationalError as exc:
            raise StoreUnavailable(f"PostgreSQL at {self.target}: {_first(exc)}") from exc


def _first(exc: Exception) -> str:
    """The first line of a driver message (the rest repeats the connection details)."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
