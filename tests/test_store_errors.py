"""Bad store targets give coded errors that say what to do, never tracebacks."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from store_fixtures import _free_port
from triangulate.errors import MissingDependency
from triangulate.store import StoreUnavailable, open_store
from triangulate.store import postgres as pg_adapter

pytest_plugins = ["store_fixtures"]


def test_store_path_in_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailable, match="does not exist") as caught:
        open_store(tmp_path / "nope" / "store.db")
    assert caught.value.code == "T020"
    assert str(caught.value).startswith("[T020]")


def test_store_path_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailable, match="is a folder"):
        open_store(tmp_path)


def test_store_path_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are notes, not a database\n" * 100)
    with pytest.raises(StoreUnavailable, match="not a SQLite database"):
        open_store(path)


def test_store_path_unwritable(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        # Root writes through permissions; a kernel-owned folder is unwritable for anyone.
        target = Path("/proc/triangulate-store.db")
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        target = locked / "store.db"
    with pytest.raises(StoreUnavailable, match="cannot write") as caught:
        open_store(target)
    assert caught.value.code == "T020"


def test_store_sqlite_url(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path}/s.db") as store:
        store.set_state("k", 1)
    assert sqlite3.connect(tmp_path / "s.db").execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_store_unknown_scheme() -> None:
    with pytest.raises(StoreUnavailable, match="unknown store URL scheme 'mysql'"):
        open_store("mysql://user:secret@host/db")


def test_store_bad_postgres_url() -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(StoreUnavailable, match=r"bad PostgreSQL URL|cannot connect") as caught:
        open_store("postgresql://user:secret@127.0.0.1:notaport/db")
    assert "secret" not in str(caught.value)


def test_store_postgres_server_down() -> None:
    pytest.importorskip("psycopg")
    url = f"postgresql://someone:hunter2@127.0.0.1:{_free_port()}/db"
    with pytest.raises(StoreUnavailable, match="cannot connect to PostgreSQL") as caught:
        open_store(url)
    assert caught.value.code == "T020"
    assert "hunter2" not in str(caught.value)
    assert "someone:***@127.0.0.1" in str(caught.value)


def test_store_postgres_driver_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pg_adapter, "_IMPORT_ERROR", ImportError("no psycopg"))
    with pytest.raises(MissingDependency, match=r"pip install 'triangulate\[postgres\]'") as c:
        open_store("postgresql://localhost/db")
    assert c.value.code == "T001"


def test_store_newer_schema_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE state SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreUnavailable, match="schema version 99"):
        open_store(path)


def test_store_exists_creates_nothing(store_target: str) -> None:
    from triangulate.store import store_exists

    assert store_exists(store_target) is False
    assert store_exists(store_target) is False  # asking twice made nothing
    with open_store(store_target):
        pass
    assert store_exists(store_target) is True
