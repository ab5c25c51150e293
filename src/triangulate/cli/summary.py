"""The readable terminal summary of a report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from triangulate.cli.terminal import printable
from triangulate.model import InputRecord, Report
from triangulate.report.claims_text import (
    CONTESTED,
    claim_value_text,
    group_order,
    source_text,
    value_text,
    verdict_text,
)

TOP_ENTITIES = 15
TOP_FIGURES = 25
TOP_CONFLICTS = 20

# Verdict colours; the verdict is always written out too, so colour is never the only signal.
_VERDICT_STYLE = {"conflict": "bold red", "update": "yellow", "scope_differs": "magenta"}


def print_summary(report: Report, console: Console) -> None:
    """Documents, the cited summary, conflicts, entities, figures and every input not read."""
    console.print(_documents(report))
    if report.summary:
        _print_sentences(report, console)
    if any(g.verdict in CONTESTED for g in report.groups):
        console.print(_conflicts(report))
    if report.entities:
        console.print(_entities(report))
    if any(c.kind == "figure" for c in report.claims):
        console.print(_figures(report))
    for story in report.stories:
        console.print(
            Text.assemble(
                ("Story ", "bold"), printable(f"{story.label} — {len(story.docs)} report(s)")
            )
        )
    print_input_tally(report.inputs, console)


def print_input_tally(inputs: Sequence[InputRecord], console: Console) -> None:
    """How many inputs were read, skipped or failed, and why."""
    counts = Counter(i.status for i in inputs)
    console.print(
        f"{len(inputs)} input(s): {counts.get('ok', 0)} read, "
        f"{counts.get('skipped', 0)} skipped, {counts.get('failed', 0)} failed"
    )
    reasons = Counter((i.status, _reason_kind(i.reason)) for i in inputs if i.status != "ok")
    for (status, why), n in sorted(reasons.items()):
        console.print(printable(f"  {n} {status}: {why}"), markup=False, highlight=False)
    bad = [i for i in inputs if i.status != "ok"]
    for record in bad[:10]:
        line = printable(f"  - {record.path}: {record.reason}")
        console.print(line, markup=False, highlight=False)
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
        table.add_row(
            Text(printable(doc.title or "(untitled)")),
            Text(printable(doc.outlet or "—")),
            printable(pub.date or "—"),
            pub.basis,
        )
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
            Text(printable(entity.name)),
            entity.type,
            str(len({m.doc for m in entity.mentions})),
            str(len(entity.mentions)),
            Text(printable(" · ".join(entity.aliases))),
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
            # Text, not markup: report wording such as "[unnamed]" must print as written.
            table.add_row(
                Text(printable(value_text(claim.figure))),
                Text(printable(claim.figure.measure)),
                Text(printable(source_text(claim))),
            )
    return table


def _print_sentences(report: Report, console: Console) -> None:
    """The summary, each sentence with its citations as ``[outlet doc:start-end]``."""
    names = {d.id: d.outlet or d.title or d.id for d in report.documents}
    console.print(Text("Summary", style="bold"))
    for n, sentence in enumerate(report.summary, 1):
        line = Text(f"{n}. ")
        line.append(printable(sentence.text))
        if sentence.contested:
            line.append(" (contested)", style="bold red")
        for c in sentence.citations:
            cited = f" [{names.get(c.doc, c.doc)} {c.doc}:{c.start}-{c.end}]"
            line.append(printable(cited), style="dim")
        console.print(line)


def _conflicts(report: Report) -> Table:
    """Groups whose sources do not simply agree: conflicts, updates, differences of scope."""
    claims = {c.id: c for c in report.claims}
    contested = [g for g in group_order(report.groups) if g.verdict in CONTESTED]
    table = Table(
        title=f"{len(contested)} contested group(s) of {len(report.groups)}"
        + (f" (first {TOP_CONFLICTS})" if len(contested) > TOP_CONFLICTS else ""),
        title_justify="left",
    )
    table.add_column("what", overflow="fold", ratio=2)
    table.add_column("values", overflow="fold", ratio=3)
    table.add_column("verdict", no_wrap=True)
    table.add_column("independent", justify="right")
    for group in contested[:TOP_CONFLICTS]:
        values = Text()
        for claim_id in group.claims:
            claim = claims.get(claim_id)
            if claim is None:
                continue
            if values:
                values.append("\n")
            values.append(printable(claim_value_text(claim)), style="bold")
            values.append(printable(f" — {source_text(claim)}"))
        table.add_row(
            Text(printable(group.label)),
            values,
            Text(verdict_text(group.verdict), style=_VERDICT_STYLE.get(group.verdict, "")),
            str(group.independent_sources),
        )
    return table
