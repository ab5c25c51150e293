"""`triangulate` commands. Each parses options and calls one library function."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, cast

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from triangulate import __version__
from triangulate.cli.serve import serve
from triangulate.cli.terminal import printable
from triangulate.errors import BadOutputPath, TriangulateError

if TYPE_CHECKING:
    from triangulate.model import Report
    from triangulate.pipeline import Analysis, Parser

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Cross-check many reports of the same events, every statement traced to its characters.",
)
out = Console()
err = Console(stderr=True, soft_wrap=True)

STAGES = {
    "waiting": "Waiting for another run writing to the database",
    "read": "Reading inputs",
    "fetch": "Fetching new pages",
    "stories": "Sorting into stories",
    "parse": "Parsing reports",
    "resolve": "Resolving entities",
    "claims": "Reading claims",
    "check": "Cross-checking",
}


def _version(value: bool) -> None:
    if value:
        out.print(f"triangulate {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Cross-check many reports of the same events."""


@app.command()
def analyze(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders (read recursively) or - for standard input.")
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", help="Write the report here; .json, .md or .html picks the format."
        ),
    ] = None,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Keep everything in this database (a SQLite file, or postgresql://...); "
            "new reports join their stories and only those stories are analysed again.",
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Parse with N processes on this machine (default: one per core, when the "
            "pile is large enough to pay for starting them; 1 parses in this process).",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="Parse on a local Dask cluster of N processes."),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Parse on an existing Dask cluster (tcp://HOST:PORT)."),
    ] = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Skip inputs larger than this many bytes.", min=1)
    ] = 5_000_000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress, no summary.")] = False,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="With -o OUT.json: list in each document the numbers that are not figures, "
            "each with why (an age, a date, a name...). The report is built whole first.",
        ),
    ] = False,
    show_all: Annotated[
        bool,
        typer.Option(
            "--all",
            help="Print every story in full (without it, a pile prints its first stories "
            "and one line for each other story).",
        ),
    ] = False,
) -> None:
    """Read reports and write what they say, who names what, and where every input went."""
    from triangulate.cli.summary import print_input_tally, print_summary
    from triangulate.report import check_output

    if explain and (output is None or output.suffix.lower() != ".json"):
        _fail(ValueError("--explain lists numbers in the JSON report: give -o OUT.json"))
    try:
        if output is not None:
            check_output(output)  # fail on a bad path before the work, not after
        stdin = sys.stdin.buffer if "-" in paths else None
        with (
            _parser(workers, scheduler, jobs) as parser,
            _progress(quiet) as tick,
            ExitStack() as stack,
        ):
            if db is None:
                from triangulate.pipeline import stream

                run = stream(paths, stdin=stdin, max_bytes=max_bytes, progress=tick, parser=parser)
            else:
                from triangulate.collect import read_into_store
                from triangulate.store import open_store

                store = stack.enter_context(open_store(db))
                run = read_into_store(
                    store,
                    paths,
                    stdin=stdin,
                    max_bytes=max_bytes,
                    progress=tick,
                    parser=parser,
                    command=" ".join(["triangulate", *sys.argv[1:]]),
                )
            report, documents = _finish(run, output, explain=explain)
    except TriangulateError as exc:
        _fail(exc)
    if output is not None:
        if not quiet:
            print_input_tally(run.inputs, err)
            err.print(Text(printable(f"Wrote {output}")))
    elif report is not None and not quiet:
        print_summary(report, out, show_all=show_all)
    stored = any(i.status == "skipped" and i.reason == _ALREADY for i in run.inputs)
    if not documents and not stored:
        err.print("[red]error:[/red] none of the inputs could be read as a report", highlight=False)
        raise typer.Exit(1)


def _finish(
    run: Analysis, output: Path | None, *, explain: bool = False
) -> tuple[Report | None, int]:
    """Write the run's report, or assemble it for the terminal summary.

    Returns:
        The whole report (None when it was streamed to a JSON file) and how many
        documents it lists.
    """
    from triangulate.pipeline import assemble
    from triangulate.report import render
    from triangulate.report.json_report import dumps
    from triangulate.report.stream import write_json

    if explain and output is not None:
        whole = assemble(run.inputs, run.documents, run.parts)
        try:
            output.write_text(dumps(whole, explain=True), encoding="utf-8")
        except OSError as exc:
            raise BadOutputPath(f"cannot write {output}: {exc.strerror or exc}") from exc
        return None, len(whole.documents)
    if output is not None and output.suffix.lower() == ".json":
        # Story by story: memory never holds the whole report, however large the pile.
        return None, write_json(output, run.inputs, run.documents, run.parts).documents
    report = assemble(run.inputs, run.documents, run.parts)
    if output is not None:
        render(report, output)
    return report, len(report.documents)


_ALREADY = "already in the database (same text)"


CREATE_HELP = "Start a new, empty database if there is none at --db (refused otherwise)."


def _need_store(db: str, create: bool) -> None:
    """Refuse a database that does not exist unless asked to create it (no typo makes one)."""
    from triangulate.store import store_exists

    try:
        if create or store_exists(db):
            return
    except TriangulateError as exc:
        _fail(exc)
    err.print(
        Text.assemble(
            ("error: ", "red"),
            f"there is no database at {db}: check the path, or give --create to start a new one",
        )
    )
    raise typer.Exit(1)


@app.command()
def export(
    db: Annotated[str, typer.Option("--db", help="The database to read (file or URL).")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="csv or jsonl.", case_sensitive=False)
    ] = "csv",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here (default: standard output).")
    ] = None,
    create: Annotated[bool, typer.Option("--create", help=CREATE_HELP)] = False,
) -> None:
    """Write every stored claim as one flat row (CSV or JSON Lines).

    Columns: story, date, date_basis (event, metadata, dateline or inferred), place, actors,
    kind, measure, low, high, hedge, unit, speaker, relay, outlet, group, verdict,
    independent sources, document, claim, text.
    """
    from triangulate.report import replacing
    from triangulate.store import open_store
    from triangulate.store.export import ExportFormat, export_claims

    if fmt.lower() not in ("csv", "jsonl"):
        _fail(ValueError(f"--format must be csv or jsonl, not {fmt!r}"))
    kind = cast(ExportFormat, fmt.lower())
    _need_store(db, create)
    try:
        with open_store(db) as store:
            if output is None:
                count = export_claims(store, kind, sys.stdout)
            else:
                with replacing(output, newline="") as handle:
                    count = export_claims(store, kind, handle)
    except TriangulateError as exc:
        _fail(exc)
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, as command-line tools do.
        sys.stderr.close()
        raise typer.Exit(0) from None
    except OSError as exc:
        _fail(ValueError(f"cannot write {output}: {exc.strerror or exc}"))
    err.print(Text(printable(f"{count} claim(s) exported" + (f" to {output}" if output else ""))))


@app.command()
def watch(
    targets: Annotated[list[str], typer.Argument(help="RSS/Atom feeds or pages to poll.")],
    db: Annotated[str, typer.Option("--db", help="The database to keep reports in.")],
    interval: Annotated[
        float, typer.Option("--interval", min=1.0, help="Seconds between polls.")
    ] = 900.0,
    once: Annotated[bool, typer.Option("--once", help="Poll once and stop.")] = False,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private",
            help="Also fetch private, loopback and link-local addresses (refused by default).",
        ),
    ] = False,
    max_items: Annotated[
        int | None, typer.Option("--max-items", min=1, help="At most this many new items a poll.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only problems.")] = False,
    create: Annotated[bool, typer.Option("--create", help=CREATE_HELP)] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Parse with N processes (default: one per core, when a round brings enough "
            "reports to pay for starting them; 1 parses in this process).",
        ),
    ] = None,
) -> None:
    """Poll feeds and pages, add new reports to the database, and update their stories.

    Fetching is safe by default: timeouts, size caps, bounded redirects, robots.txt and a
    per-host rate limit; private addresses are refused unless --allow-private. Exits 1 when
    every feed and page given failed to fetch in the first poll (with --once, in its one
    poll); a later poll where all fail is reported and the watch goes on.
    """
    import time

    from triangulate.collect import seen_in, watch_once
    from triangulate.store import open_store

    _need_store(db, create)
    first = True
    try:
        from triangulate.fetch import SafeFetcher, Watcher

        with open_store(db) as store, SafeFetcher(allow_private=allow_private) as fetcher:
            while True:
                watcher = Watcher(fetcher, seen=seen_in(store), max_items=max_items)
                # One pool a round at most, started only for a round that pays for it:
                # between rounds no worker process sits idle holding a model.
                with _progress(quiet) as tick, _local_parser(jobs) as parser:
                    found = watch_once(
                        store,
                        targets,
                        watcher,
                        progress=tick,
                        parser=parser,
                        command=" ".join(["triangulate", *sys.argv[1:]]),
                    )
                for url, reason in found.problems:
                    err.print(Text(printable(f"problem: {url}: {reason}")))
                if not quiet:
                    added = len(found.report.documents)
                    stories = len(found.report.stories)
                    err.print(Text(f"{added} new report(s), {stories} story(ies) updated"))
                failed = {url for url, _ in found.problems}
                if targets and all(t in failed for t in targets):
                    err.print(
                        Text.assemble(
                            ("error: ", "red"),
                            f"every one of the {len(targets)} feed(s) and page(s) failed to fetch",
                        )
                    )
                    if first or once:
                        raise typer.Exit(1)
                first = False
                if once:
                    break
                time.sleep(interval)
    except TriangulateError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        raise typer.Exit(0) from None


@contextmanager
def _parser(workers: int | None, scheduler: str | None, jobs: int | None) -> Iterator[Parser]:
    """The per-document NLP runner the options ask for.

    By default this machine's cores (``--jobs``); ``--workers`` starts one local Dask
    cluster for the whole run, shared by every story; ``--scheduler`` uses a running one.
    """
    if workers is None and scheduler is None:
        with _local_parser(jobs) as parser:
            yield parser
        return
    if jobs is not None:
        raise typer.BadParameter("give --jobs (this machine) or a Dask cluster, not both")
    if workers is not None and scheduler is not None:
        raise typer.BadParameter("give --workers or --scheduler, not both")
    from functools import partial

    from triangulate.exec import parse_documents

    if scheduler is not None:
        yield partial(parse_documents, scheduler=scheduler)
        return
    from triangulate.exec.dask_runner import local_cluster

    with local_cluster(workers or 1) as address:
        yield partial(parse_documents, scheduler=address)


@contextmanager
def _local_parser(jobs: int | None) -> Iterator[Parser]:
    """Parse on ``jobs`` processes of this machine (all its cores by default), when it pays."""
    from triangulate.exec import LocalParser

    with _exit_on_sigterm(), LocalParser(jobs) as parser:
        yield parser


@contextmanager
def _exit_on_sigterm() -> Iterator[None]:
    """Turn SIGTERM into a normal exit (status 143) while the block runs.

    Python's default for SIGTERM ends the process at once, so the worker processes would
    never be shut down; raised as ``SystemExit``, it unwinds the block like Ctrl-C does.
    """
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set in the main thread
        return

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    old = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def _fail(exc: Exception) -> NoReturn:
    """Print an error people can act on and exit 1; never a traceback."""
    err.print(Text.assemble(("error: ", "red"), printable(str(exc))))
    raise typer.Exit(1)


app.command()(serve)


@app.command()
def schema() -> None:
    """Print the JSON Schema that every report validates against."""
    import json

    from triangulate.report.schema import report_schema

    out.print_json(json.dumps(report_schema()))


class _progress:
    """A Rich progress display fed by the library's (stage, done, total) callback."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
            disable=quiet,
        )
        self.tasks: dict[str, TaskID] = {}

    def __enter__(self) -> _progress:
        self.bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.__exit__(None, None, None)

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if stage not in self.tasks:
            self.tasks[stage] = self.bar.add_task(STAGES.get(stage, stage), total=total)
        self.bar.update(self.tasks[stage], completed=done, total=total)


if __name__ == "__main__":  # pragma: no cover
    app()
