"""The readable terminal summary of a report, story by story.

One story prints in full: its reports, the cited summary, the contested groups, entities
and figures. A pile of many stories prints its key findings (what is contested, between
whom; what is established), the first few stories (largest first) with their summary and
top contested points, and one line for each story after them; ``show_all`` prints every
story in full. Every piece of report text goes through ``report_text``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from triangulate.cli.terminal import printable
from triangulate.model import Claim, InputRecord, Report
from triangulate.reconcile.sources import named_as
from triangulate.report.claims_text import (
    CONTESTED,
    contest_text,
    published_text,
    source_text,
    value_text,
    verdict_text,
)
from triangulate.report.digest import (
    KEY_FINDINGS,
    Digest,
    Finding,
    StoryView,
    analysed,
    digest,
    finding_text,
    language_text,
    short_name,
    source_name,
    span_text,
    type_text,
)

TOP_ENTITIES = 15
TOP_FIGURES = 25
TOP_CONFLICTS = 20
DETAILED_STORIES = 3
"""Stories of a pile printed with their summary and top points before one line each."""
TOP_POINTS = 3
"""Contested points printed for each of those stories."""

# Verdict colours; the verdict is always written out too, so colour is never the only signal.
_VERDICT_STYLE = {"conflict": "bold red", "update": "yellow", "scope_differs": "magenta"}


def report_text(value: str | None, style: str = "") -> Text:
    """Text that comes from a report (titles, names, quotes), printed as it is written.

    The one way report text reaches the terminal: never read as markup, so "[unnamed]"
    prints as written, and with the characters a terminal would obey (escape sequences,
    bidirectional overrides) written as visible escapes (``printable``).
    """
    return Text(printable(value or ""), style=style)


def print_summary(report: Report, console: Console, *, show_all: bool = False) -> None:
    """The report for a person at a terminal, story by story, then every input not read.

    Args:
        report: The report.
        console: Where to print.
        show_all: Print every story in full (its reports, whole summary, every contested
            group, entity and figure) rather than the first few and a line for the rest.
    """
    view = digest(report)
    single = len(view.stories) == 1
    console.print(_overview(view))
    if not single and (view.contested or view.established):
        _print_findings(view, console)
    rest: list[StoryView] = []
    for n, story in enumerate(view.stories, 1):
        if single or show_all:
            _print_story_full(story, console, n, len(view.stories), show_all=show_all, view=view)
        elif n <= DETAILED_STORIES:
            _print_story_brief(story, console, n, len(view.stories), view=view)
        else:
            rest.append(story)
    if rest:
        console.print(
            Text.assemble(
                ("Other stories ", "bold"),
                f"({len(rest)}; triangulate analyze ... --all prints each in full)",
            )
        )
        start = len(view.stories) - len(rest) + 1
        for n, story in enumerate(rest, start):
            console.print(_story_line(story, n))
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
        console.print(Text.assemble(f"  {n} {status}: ", report_text(why)))
    bad = [i for i in inputs if i.status != "ok"]
    for record in bad[:10]:
        console.print(
            Text.assemble("  - ", report_text(record.path), ": ", report_text(record.reason))
        )
    if len(bad) > 10:
        console.print(f"  … and {len(bad) - 10} more (the report lists every input)")


def _reason_kind(reason: str | None) -> str:
    """Group reasons that differ only in their details (sizes, line numbers)."""
    if not reason:
        return "no reason given"
    return reason.split(":")[0].split(" (")[0].split(";")[0]


def _overview(view: Digest) -> Text:
    r = view.report
    contested = sum(1 for g in r.groups if g.verdict in CONTESTED)
    stories = len(r.stories)
    where = f" in {stories} stories" if stories > 1 else ""
    text = f"{len(r.documents)} report(s){where} · {len(r.claims):,} claims"
    if r.groups:
        text += f" · {contested} contested group(s) of {len(r.groups):,}"
    return Text(text, style="bold")


def _print_findings(view: Digest, console: Console) -> None:
    """What is contested and between whom, and what is established, across the pile."""
    console.print(Text("Key findings", style="bold underline"))
    for label, findings in (("Contested", view.contested), ("Established", view.established)):
        for finding in findings[:KEY_FINDINGS]:
            console.print(_finding(finding, label, with_story=True))


def _finding(finding: Finding, label: str, *, with_story: bool) -> Text:
    group = finding.group
    line = Text("  ")
    line.append(f"{label}: ", style="bold")
    line.append_text(report_text(finding.what, "bold"))
    line.append(" — ")
    line.append(verdict_text(group.verdict), style=_VERDICT_STYLE.get(group.verdict, ""))
    line.append(f", {group.independent_sources} independent source(s)")
    if with_story:
        line.append(" · story ")
        line.append_text(report_text(finding.story.story.label, "italic"))
    line.append("\n    ")
    line.append_text(report_text(finding_text(finding)))
    return line


def _heading(story: StoryView, n: int, total: int) -> Text:
    contested = sum(1 for g in story.groups if g.verdict in CONTESTED)
    head = Text()
    if total > 1:
        head.append(f"Story {n} of {total}: ", style="bold")
    else:
        head.append("Story: ", style="bold")
    head.append_text(report_text(story.story.label, "bold"))
    head.append(f" — {len(story.documents)} report(s), {span_text(story.dates)}")
    if story.groups:
        head.append(f", {contested} contested group(s) of {len(story.groups)}")
    return head


def _print_story_brief(
    story: StoryView, console: Console, n: int, total: int, *, view: Digest
) -> None:
    """A story of a pile: heading, cited summary, its top contested points."""
    console.rule(style="dim")
    console.print(_heading(story, n, total))
    _print_sentences(story, console)
    points = story.contested
    if points:
        shown = min(TOP_POINTS, len(points))
        console.print(Text(f"Top contested points ({shown} of {len(points)})", style="bold"))
        for group in points[:TOP_POINTS]:
            console.print(_finding(view.finding(story, group), "Point", with_story=False))


def _print_story_full(
    story: StoryView, console: Console, n: int, total: int, *, show_all: bool, view: Digest
) -> None:
    """A story in full: reports, cited summary, contested groups, entities, figures."""
    if total > 1:
        console.rule(style="dim")
    console.print(_heading(story, n, total))
    console.print(_documents(story))
    _print_sentences(story, console)
    if any(g.verdict in CONTESTED for g in story.groups):
        console.print(_conflicts(story, None if show_all else TOP_CONFLICTS, say=view.value))
    if story.entities:
        console.print(_entities(story, None if show_all else TOP_ENTITIES))
    if any(c.kind == "figure" for c in story.claims):
        console.print(_figures(story, None if show_all else TOP_FIGURES))


def _story_line(story: StoryView, n: int) -> Text:
    """One line for a story: its size, dates and top contested point."""
    line = Text(f"{n:>3}. ")
    line.append_text(report_text(story.story.label, "bold"))
    contested = story.contested
    line.append(
        f" — {len(story.documents)} report(s), {span_text(story.dates)}, {len(contested)} contested"
    )
    if contested:
        line.append(": ")
        line.append_text(report_text(contested[0].label))
        line.append(
            f" ({verdict_text(contested[0].verdict)})",
            style=_VERDICT_STYLE.get(contested[0].verdict, ""),
        )
    return line


def _documents(story: StoryView) -> Table:
    table = Table(title=f"{len(story.documents)} report(s)", title_justify="left")
    table.add_column("title", overflow="fold", ratio=3)
    table.add_column("outlet", overflow="fold", ratio=1)
    table.add_column("published", no_wrap=True)
    table.add_column("basis")
    # The language only where a report of the story was not analysed in full.
    languages = not all(analysed(d) for d in story.documents)
    if languages:
        table.add_column("language")
    for doc in story.documents:
        pub = doc.published
        cells: list[Text | str] = [
            report_text(doc.heading()),
            # A body's own release is shown under the body's name, as the HTML report does.
            report_text(named_as(doc) or "—"),
            published_text(pub),
            pub.basis,
        ]
        if languages:
            cells.append(report_text(language_text(doc)))
        table.add_row(*cells)
    return table


def _entities(story: StoryView, top: int | None) -> Table:
    ranked = sorted(
        story.entities,
        key=lambda e: (-len({m.doc for m in e.mentions}), -len(e.mentions), e.name),
    )
    shown = ranked if top is None else ranked[:top]
    table = Table(
        title=f"{len(ranked)} entities"
        + ("" if len(shown) == len(ranked) else f" (top {len(shown)})"),
        title_justify="left",
    )
    table.add_column("entity")
    table.add_column("type")
    table.add_column("reports", justify="right")
    table.add_column("mentions", justify="right")
    table.add_column("spellings", overflow="fold")
    for entity in shown:
        table.add_row(
            report_text(entity.name),
            type_text(entity),
            str(len({m.doc for m in entity.mentions})),
            str(len(entity.mentions)),
            report_text(" · ".join(entity.aliases)),
        )
    return table


def _figures(story: StoryView, top: int | None) -> Table:
    """The story's figures, each with what it counts and who said it."""
    figures = [c for c in story.claims if c.figure is not None]
    assertions = len(story.claims) - len(figures)
    shown = figures if top is None else figures[:top]
    note = (
        ""
        if len(shown) == len(figures)
        else f" (first {len(shown)} figures; --all or the report has all)"
    )
    table = Table(
        title=f"{len(figures)} figure(s), {assertions} assertion(s){note}",
        title_justify="left",
    )
    table.add_column("value", no_wrap=True)
    table.add_column("measure", overflow="fold", ratio=2)
    table.add_column("source", overflow="fold", ratio=2)
    for claim in shown:
        if claim.figure is not None:
            table.add_row(
                report_text(value_text(claim.figure, claim.text)),
                report_text(claim.figure.measure),
                report_text(source_text(claim)),
            )
    return table


def _print_sentences(story: StoryView, console: Console) -> None:
    """The story's summary, each sentence with its citations as ``[outlet doc:start-end]``."""
    if not story.summary:
        return
    names = {d.id: short_name(d) for d in story.documents}
    console.print(Text("Summary", style="bold"))
    for n, sentence in enumerate(story.summary, 1):
        line = Text(f"{n}. ")
        line.append_text(report_text(sentence.text))
        if sentence.contested:
            line.append(f" ({contest_text(sentence)})", style="bold red")
        for c in sentence.citations:
            line.append_text(
                report_text(f" [{names.get(c.doc, c.doc)} {c.doc}:{c.start}-{c.end}]", "dim")
            )
        console.print(line)


def _conflicts(story: StoryView, top: int | None, *, say: Callable[[Claim], str]) -> Table:
    """Groups whose sources do not simply agree: conflicts, updates, differences of scope."""
    claims = {c.id: c for c in story.claims}
    contested = story.contested
    shown = contested if top is None else contested[:top]
    table = Table(
        title=f"{len(contested)} contested group(s) of {len(story.groups)}"
        + (f" (first {len(shown)})" if len(shown) < len(contested) else ""),
        title_justify="left",
    )
    table.add_column("what", overflow="fold", ratio=2)
    table.add_column("values", overflow="fold", ratio=3)
    table.add_column("verdict", no_wrap=True)
    table.add_column("independent", justify="right")
    # A claim nobody is named for, in a report of no known outlet, comes from that report.
    reports = {d.id: source_name(d) for d in story.documents}
    for group in shown:
        values = Text()
        for claim_id in group.claims:
            claim = claims.get(claim_id)
            if claim is None:
                continue
            if values:
                values.append("\n")
            values.append_text(report_text(say(claim), "bold"))
            source = source_text(claim)
            if claim.said_by is None and not claim.via and not claim.outlet:
                source = reports.get(claim.doc, source)
            values.append_text(report_text(f" — {source}"))
        table.add_row(
            report_text(group.label),
            values,
            Text(verdict_text(group.verdict), style=_VERDICT_STYLE.get(group.verdict, "")),
            str(group.independent_sources),
        )
    return table
