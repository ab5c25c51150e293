"""Fixtures for the storage tests: a real PostgreSQL started for the session, store targets
for both backends, and hand-built records.

The server follows psycopg's ``tests/fix_db.py`` idea: use the server named by
``TRIANGULATE_TEST_POSTGRES`` when given; otherwise ``initdb`` a temporary cluster, start it
on a free port on 127.0.0.1 (its sockets in the data folder), and remove it afterwards. As
root, PostgreSQL refuses to run, so the binaries run as the ``postgres`` system user.

Test modules load this file with ``pytest_plugins`` and import its helpers too; it holds no
asserts, so it opts out of assert rewriting (PYTEST_DONT_REWRITE) to spare a warning.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from triangulate.model import (
    Assertion,
    Citation,
    Claim,
    Cut,
    Document,
    Echo,
    Entity,
    Figure,
    Group,
    InputRecord,
    Language,
    Mention,
    Published,
    Report,
    Speaker,
    Story,
    SummarySentence,
    TimelineEntry,
    When,
)

ENV_URL = "TRIANGULATE_TEST_POSTGRES"
BACKENDS = ("sqlite", "postgres")


# -- PostgreSQL server ------------------------------------------------------------------------


def _pg_bindir() -> Path | None:
    """The newest installed PostgreSQL's bin folder that has initdb and pg_ctl."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    for initdb in reversed(found):
        bindir = Path(initdb).parent
        if (bindir / "pg_ctl").exists():
            return bindir
    initdb_path = shutil.which("initdb")
    if initdb_path and shutil.which("pg_ctl"):
        return Path(initdb_path).resolve().parent
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_postgres(args: list[str]) -> list[str]:
    """The command as the postgres user when we are root (PostgreSQL refuses root)."""
    if os.geteuid() != 0:
        return args
    return ["runuser", "-u", "postgres", "--", *args]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A URL to an empty database on a running PostgreSQL server, for the whole session."""
    psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed (dev extra)")
    given = os.environ.get(ENV_URL)
    if given:
        yield given
        return
    bindir = _pg_bindir()
    if bindir is None:
        pytest.skip(
            f"no PostgreSQL: set {ENV_URL} to a server URL or install the server "
            "(scripts/system-deps.sh installs Debian's postgresql)"
        )
    owner = None
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' user to run PostgreSQL as")
    # Under /tmp itself: pytest's tmp folders are private to root, which postgres can't enter.
    base = Path(tempfile.mkdtemp(prefix="triangulate-pg-"))
    data = base / "data"
    if owner is not None:
        os.chown(base, owner.pw_uid, owner.pw_gid)
    port = _free_port()
    log = base / "server.log"
    run = subprocess.run
    run(
        _as_postgres(
            [
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ]
        ),
        check=True,
        capture_output=True,
    )
    options = (
        f"-p {port} -k {base} -c listen_addresses=127.0.0.1 "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    started = run(
        _as_postgres(
            [
                str(bindir / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(log),
                "-w",
                "-t",
                "60",
                "-o",
                options,
                "start",
            ]
        ),
        capture_output=True,
        text=True,
    )
    if started.returncode != 0:
        server_log = log.read_text(errors="replace") if log.exists() else ""
        shutil.rmtree(base, ignore_errors=True)
        pytest.fail(f"PostgreSQL did not start: {started.stderr}\n{server_log}")
    try:
        admin = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute("CREATE DATABASE triangulate_test")
        yield f"postgresql://postgres@127.0.0.1:{port}/triangulate_test"
    finally:
        run(
            _as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A URL whose tables live in a fresh schema of their own, dropped afterwards."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in postgres_server else "?"
    yield f"{postgres_server}{sep}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=BACKENDS)
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A target for ``open_store``: a new SQLite file, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return str(request.getfixturevalue("postgres_url"))


def raw_rows(target: str, sql: str) -> list[tuple[object, ...]]:
    """Rows of a query run with the driver directly, bypassing the store."""
    if target.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(target) as conn:
            return [tuple(r) for r in conn.execute(sql).fetchall()]
    import sqlite3

    lite = sqlite3.connect(target)
    try:
        return [tuple(r) for r in lite.execute(sql).fetchall()]
    finally:
        lite.close()


def older_sqlite_store(path: Path, version: int, *statements: str) -> None:
    """A new SQLite store at ``path`` made as ``version`` wrote it: ``statements`` take
    away what later versions added, and the store says it is of that version."""
    import sqlite3

    from triangulate.store import open_store

    open_store(path).close()
    lite = sqlite3.connect(path)
    try:
        for statement in statements:
            lite.execute(statement)
        lite.execute("UPDATE state SET value = ? WHERE key = 'schema_version'", (str(version),))
        lite.commit()
    finally:
        lite.close()


def stored_version(path: Path) -> tuple[object, ...]:
    """The schema version a SQLite store says it is of, as its one row."""
    (row,) = raw_rows(str(path), "SELECT value FROM state WHERE key = 'schema_version'")
    return row


# -- records ---------------------------------------------------------------------------------

TEXT_A = (
    "Up to 8,000 fighters remain in al-Raqqah 🏙, a council official told the agency on "
    "Tuesday. The coalition rejected the deal."
)
TEXT_B = "Officials said between 600 and 700 fighters left Raqqa. «Daesh» denied it."
TEXT_C = "A monitor counted 4,000 casualties in الرقة since June."


def _span(text: str, surface: str) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def document(doc_id: str, text: str, **fields: object) -> Document:
    """A document with a content hash made from its text."""
    import hashlib

    values: dict[str, object] = {
        "source": f"reports/{doc_id}.txt",
        "title": f"Report {doc_id}",
        "outlet": "Outlet",
        "published": Published(date="2017-10-11", precision="day", basis="metadata"),
    }
    values.update(fields)
    return Document(
        id=doc_id,
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        **values,  # type: ignore[arg-type]
    )


def sample_report() -> Report:
    """A report with every record type, two stories, unicode text and None fields."""
    doc_a = document(
        "dA",
        TEXT_A,
        title="Fighters «remain» in Raqqa",
        outlet="Agence Exemple",
        url="https://example.org/a",
        outlet_basis="url",
        agency="AFP",
        language=Language(code="en", name="English", share=97, reliable=True),
        cuts=(
            Cut(line=1, text="Share this: 🐦", reason="boilerplate"),
            Cut(line=9, text="—", reason="rule"),
        ),
    )
    doc_b = document(
        "dB",
        TEXT_B,
        title=None,
        outlet=None,
        published=Published(date="2017-10", precision="month", basis="inferred", reason="story"),
        language=Language(code="ms", name="Malay", share=88, reliable=False),
    )
    doc_c = document("dC", TEXT_C, published=Published.unknown())
    raqqa = Entity(
        id="e1",
        name="Raqqa",
        type="GPE",
        aliases=("al-Raqqah", "Raqqa", "الرقة"),
        mentions=(
            Mention(
                doc="dA",
                start=_span(TEXT_A, "al-Raqqah")[0],
                end=_span(TEXT_A, "al-Raqqah")[1],
                text="al-Raqqah",
                label="GPE",
            ),
            Mention(
                doc="dB",
                start=_span(TEXT_B, "Raqqa")[0],
                end=_span(TEXT_B, "Raqqa")[1],
                text="Raqqa",
                label="GPE",
            ),
        ),
    )
    coalition = Entity(
        id="e2",
        name="the coalition",
        type="ORG",
        aliases=("coalition",),
        mentions=(
            Mention(
                doc="dA",
                start=_span(TEXT_A, "coalition")[0],
                end=_span(TEXT_A, "coalition")[1],
                text="coalition",
                label="ORG",
            ),
        ),
    )
    isis = Entity(
        id="e3",
        name="Islamic State",
        type="ORG",
        aliases=("Daesh",),
        mentions=(
            Mention(
                doc="dB",
                start=_span(TEXT_B, "Daesh")[0],
                end=_span(TEXT_B, "Daesh")[1],
                text="Daesh",
                label="ORG",
            ),
        ),
    )
    raqqa_c = Entity(
        id="e4",
        name="Raqqa",
        type="GPE",
        aliases=("الرقة",),
        mentions=(
            Mention(
                doc="dC",
                start=_span(TEXT_C, "الرقة")[0],
                end=_span(TEXT_C, "الرقة")[1],
                text="الرقة",
                label="GPE",
            ),
        ),
    )
    s1, e1 = _span(TEXT_A, "Up to 8,000 fighters remain in al-Raqqah")
    c1 = Claim(
        id="c1",
        kind="figure",
        doc="dA",
        start=s1,
        end=e1,
        text=TEXT_A[s1:e1],
        figure=Figure(
            measure="fighters remaining in Raqqa",
            counted="fighters",
            qualifiers=("remaining", "IS"),
            low=None,
            high=8000,
            hedge="at_most",
            unit=None,
        ),
        said_by=Speaker(
            name="a council official",
            entity=None,
            role="official",
            anonymous=True,
            start=_span(TEXT_A, "a council official")[0],
            end=_span(TEXT_A, "a council official")[1],
        ),
        via=("the agency", "AFP"),
        outlet="Agence Exemple",
        when=When(start="2017-10-10", end="2017-10-10", precision="day", text="Tuesday"),
        where="e1",
    )
    s2, e2 = _span(TEXT_A, "The coalition rejected the deal.")
    c2 = Claim(
        id="c2",
        kind="assertion",
        doc="dA",
        start=s2,
        end=e2,
        text=TEXT_A[s2:e2],
        assertion=Assertion(
            subject="The coalition", predicate="reject", object="the deal", subject_entity="e2"
        ),
        outlet="Agence Exemple",
    )
    s3, e3 = _span(TEXT_B, "between 600 and 700 fighters left Raqqa")
    c3 = Claim(
        id="c3",
        kind="figure",
        doc="dB",
        start=s3,
        end=e3,
        text=TEXT_B[s3:e3],
        figure=Figure(
            measure="fighters remaining in Raqqa",
            counted="fighters",
            qualifiers=(),
            low=600,
            high=700.5,
            hedge="range",
            unit=None,
            kind="count",
            vague=True,
            parts_of="c1",
            scope="since June",
        ),
        said_by=Speaker(name="Officials"),
        when=When(start=None, end=None, precision=None),
        where="e1",
    )
    s4, e4 = _span(TEXT_B, "«Daesh» denied it.")
    c4 = Claim(
        id="c4",
        kind="assertion",
        doc="dB",
        start=s4,
        end=e4,
        text=TEXT_B[s4:e4],
        assertion=Assertion(
            subject="«Daesh»",
            predicate="deny",
            object=None,
            polarity="negated",
            modality="denied",
            subject_entity="e3",
            object_entity="e2",
        ),
        said_by=Speaker(name="Islamic State", entity="e3"),
    )
    s5, e5 = _span(TEXT_C, "4,000 casualties in الرقة")
    c5 = Claim(
        id="c5",
        kind="figure",
        doc="dC",
        start=s5,
        end=e5,
        text=TEXT_C[s5:e5],
        figure=Figure(
            measure="casualties",
            counted="casualties",
            qualifiers=("in Raqqa",),
            low=4000,
            high=4000,
            hedge="exact",
            unit=None,
        ),
        said_by=Speaker(name="A monitor", role="monitor"),
        via=("Monitor",),
        where="e4",
    )
    groups = (
        Group(
            id="g1",
            label="fighters remaining in Raqqa",
            kind="figure",
            claims=("c1", "c3"),
            verdict="conflict",
            explanation="Reports disagree: up to 8,000 vs 600–700.",
            range=(600, 8000),
            conservative=600,
            independent_sources=2,
            sources=("AFP", "officials"),
            related=("g2",),
        ),
        Group(
            id="g2",
            label="the deal",
            kind="assertion",
            claims=("c2", "c4"),
            verdict="agree",
            explanation="Both say it.",
        ),
        Group(
            id="g3",
            label="casualties",
            kind="figure",
            claims=("c5",),
            verdict="single",
            explanation="One source.",
            range=(4000, None),
            conservative=None,
            independent_sources=1,
            sources=("Monitor",),
        ),
    )
    return Report(
        created="2024-05-01T12:00:00Z",
        inputs=(
            InputRecord(path="reports/dA.txt", status="ok"),
            InputRecord(path="reports/dB.txt", status="ok"),
            InputRecord(path="reports/broken.pdf", status="skipped", reason="not text: PDF"),
            InputRecord(path="reports/dC.txt", status="ok"),
        ),
        documents=(doc_a, doc_b, doc_c),
        entities=(raqqa, coalition, isis, raqqa_c),
        stories=(
            Story(id="s1", label="Raqqa, fighters", docs=("dB", "dA")),
            Story(id="s2", label="casualties", docs=("dC",)),
        ),
        claims=(c1, c2, c3, c4, c5),
        groups=groups,
        echoes=(
            Echo(upstream="AFP", docs=("dA", "dB"), claims=("c1",), evidence="same wording 🔁"),
        ),
        timeline=(
            TimelineEntry(
                start="2017-10-10",
                end="2017-10-10",
                precision="day",
                label="fighters remain",
                claims=("c1",),
                docs=("dA",),
            ),
            TimelineEntry(
                start=None, end=None, precision=None, label="undated", claims=(), docs=("dB",)
            ),
            TimelineEntry(
                start="2017-06",
                end=None,
                precision="month",
                label="casualties counted",
                claims=("c5",),
                docs=("dC",),
            ),
        ),
        summary=(
            SummarySentence(
                text="Up to 8,000 fighters remain, or 600–700 left.",
                citations=(
                    Citation(doc="dA", start=s1, end=e1),
                    Citation(doc="dB", start=s3, end=e3),
                ),
                contested=True,
                groups=("g1",),
            ),
            SummarySentence(
                text="The coalition rejected the deal.",
                citations=(Citation(doc="dA", start=s2, end=e2),),
            ),
            SummarySentence(
                text="4,000 casualties.", citations=(Citation(doc="dC", start=s5, end=e5),)
            ),
        ),
    )


def many_documents(count: int, *, size: int = 4000, cuts: int = 20) -> Iterator[Document]:
    """``count`` distinct documents, built lazily, each with ``cuts`` cut lines."""
    for i in range(count):
        text = f"Report {i}: " + ("Δ fighters left the city. " * (size // 26))
        yield document(
            f"m{i:06d}",
            text,
            cuts=tuple(
                Cut(line=j + 1, text=f"cut {j} of {i}", reason="boilerplate") for j in range(cuts)
            ),
        )
