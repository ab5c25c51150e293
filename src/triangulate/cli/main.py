"""`triangulate` commands. Each parses options and calls one library function."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

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

from triangulate import __version__
from triangulate.errors import TriangulateError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Cross-check many reports of the same events, every statement traced to its characters.",
)
out = Console()
err = Console(stderr=True, soft_wrap=True)

STAGES = {
    "read": "Reading inputs",
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
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Skip inputs larger than this many bytes.", min=1)
    ] = 5_000_000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress, no summary.")] = False,
) -> None:
    """Read reports and write what they say, who names what, and where every input went."""
    from triangulate.cli.summary import print_input_tally, print_summary
    from triangulate.pipeline import analyze as run_analysis
    from triangulate.report import render, renderer_for

    try:
        if output is not None:
            renderer_for(output)  # fail on a bad extension before the work, not after
        with _progress(quiet) as tick:
            report = run_analysis(
                paths,
                stdin=sys.stdin.buffer if "-" in paths else None,
                max_bytes=max_bytes,
                progress=tick,
            )
        if output is not None:
            render(report, output)
    except TriangulateError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from None
    if output is not None:
        if not quiet:
            print_input_tally(report, err)
            err.print(f"Wrote {output}")
    elif not quiet:
        print_summary(report, out)
    if not report.documents:
        err.print("[red]error:[/red] none of the inputs could be read as a report", highlight=False)
        raise typer.Exit(1)


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
