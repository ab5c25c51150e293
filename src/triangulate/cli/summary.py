"""The readable terminal summary of a report."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table

from triangulate.model import Report
from triangulate.report.claims_text import source_text, value_text

TOP_ENTITIES = 15
TOP_FIGURES = 25


def print_summary(report: Report, console: Console) -> None:
    """Documents, the most-mentioned entities, and every input that was not read."""
    console.print(_documents(report))
    if report.entities:
        console.print(_entities(report))
    if any(c.kind == "figure" for c in report.claims):
        console.print(_figures(report))
    for story in report.stories:
        console.print(f"[bold]Story[/bold] {story.label} — {len(story.docs)} report(s)")
    print_input_tally(report, console)


def print_input_tally(report: Report, console: Console) -> None:
    """How many inputs were read, skipped or failed, and why."""
    counts = Counter(i.status for i in report.inputs)
    console.print(
        f"{len(report.inputs)} input(s): {counts.get('ok', 0)} read, "
        f"{counts.get('skipped', 0)} skipped, {counts.get('failed', 0)} failed"
    )
    reasons = Counter((i.status, _reason_kind(i.reason)) for i in report.inputs if i.status != "ok")
    for (status, why), n in sorted(reasons.items()):
        console.print(f"  {n} {status}: {why}", markup=False, highlight=False)
    bad = [i for i in report.inputs if i.status != "ok"]
    for record in bad[:10]:
        console.print(f"  - {record.path}: {record.reason}", markup=False, highlight=False)
    if len(bad) > 10:
        console.print(f"  … and {len(bad) - 10} more (the report lists every input)")


def _reason_kind(reason: str | None) -> str:
    """Group reasons that differ only in their details (sizes, line numbers)."""
    if not reason:
        return "no reason given"
    return reason.split(":")[0].split(" (")[0].split(";")[0]


def _documents(report: Report) -> Table:
    table = Table(title=f"{len(report.documents)} report(s)", title_justify="left")
    table.add_column("title", overflow="fold", ratio=3)
    table.add_column("outlet", overflow="fold", ratio=1)
    table.add_column("published", no_wrap=True)
    table.add_column("basis")
    for doc in report.documents:
        pub = doc.published
        table.add_row(doc.title or "(untitled)", doc.outlet or "—", pub.date or "—", pub.basis)
    return table


def _entities(report: Report) -> Table:
    ranked = sorted(
        report.entities,
        key=lambda e: (-len({m.doc for m in e.mentions}), -len(e.mentions), e.name),
    )
    table = Table(
        title=f"{len(report.entities)} entities (top {min(TOP_ENTITIES, len(ranked))})",
        title_justify="left",
    )
    table.add_column("entity")
    table.add_column("type")
    table.add_column("reports", justify="right")
    table.add_column("mentions", justify="right")
    table.add_column("spellings", overflow="fold")
    for entity in ranked[:TOP_ENTITIES]:
        table.add_row(
            entity.name,
            entity.type,
            str(len({m.doc for m in entity.mentions})),
            str(len(entity.mentions)),
            " · ".join(entity.aliases),
        )
    return table


def _figures(report: Report) -> Table:
    """The first figures of the report, each with what it counts and who said it."""
    figures = [c for c in report.claims if c.figure is not None]
    assertions = len(report.claims) - len(figures)
    table = Table(
        title=f"{len(figures)} figure(s), {assertions} assertion(s) "
        f"(first {min(TOP_FIGURES, len(figures))} figures; the report has all)",
        title_justify="left",
    )
    table.add_column("value", no_wrap=True)
    table.add_column("measure", overflow="fold", ratio=2)
    table.add_column("source", overflow="fold", ratio=2)
    for claim in figures[:TOP_FIGURES]:
        if claim.figure is not None:
            table.add_row(value_text(claim.figure), claim.figure.measure, source_text(claim))
    return table
