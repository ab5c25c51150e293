"""The report as Markdown: what a person reads, with every input accounted for.

Report text is escaped (``_cell``, ``_inline``) so it can neither break a table nor become
HTML, a link or a heading when the Markdown is rendered.
"""

from __future__ import annotations

import re
from collections import Counter

from triangulate.model import (
    Claim,
    Document,
    Echo,
    Entity,
    Group,
    Report,
    SummarySentence,
    TimelineEntry,
)
from triangulate.report.claims_text import (
    claim_value_text,
    group_order,
    number,
    range_text,
    source_text,
    value_text,
    verdict_text,
    when_text,
)


def render_markdown(report: Report) -> str:
    """Render the report as Markdown.

    Sections: overview, cited summary, agreement and conflict (one table row per group,
    contested first), timeline, documents, echoes, figures, assertions, entities, inputs.
    Summary citations are written ``[doc:start-end]``: the document id and the character
    offsets of the cited span in its text.

    Args:
        report: The analysis to show.

    Returns:
        The Markdown text, ending in a newline.
    """
    lines: list[str] = ["# triangulate report", ""]
    lines += _overview(report)
    lines += ["", "## Summary", ""]
    lines += _summary(report.summary)
    short = {d.id: _short_title(d) for d in report.documents}
    lines += ["", "## Agreement and conflict", ""]
    lines += _groups(report, short)
    lines += ["", "## Timeline", ""]
    lines += _timeline(report.timeline, short)
    lines += ["", "## Documents", ""]
    lines += _documents(report.documents)
    lines += ["", "## Echoes", ""]
    lines += _echoes(report.echoes, short)
    figures = [c for c in report.claims if c.kind == "figure"]
    if figures:
        lines += ["", "## Figures", ""]
        lines += _figures(figures, short)
    assertions = [c for c in report.claims if c.kind == "assertion"]
    if assertions:
        lines += ["", "## Assertions", ""]
        lines += _assertions(assertions, short)
    lines += ["", "## Entities", ""]
    lines += _entities(report.entities)
    lines += ["", "## Inputs", ""]
    lines += ["| input | status | reason |", "| --- | --- | --- |"]
    lines += [f"| {_cell(i.path)} | {i.status} | {_cell(i.reason or '—')} |" for i in report.inputs]
    return "\n".join(lines) + "\n"


def _overview(report: Report) -> list[str]:
    counts = Counter(i.status for i in report.inputs)
    parts = [f"{counts.get(s, 0)} {s}" for s in ("ok", "skipped", "failed") if counts.get(s)]
    return [
        f"- Generated {report.created} ({report.format})",
        f"- Inputs: {len(report.inputs)} ({', '.join(parts) or 'none'})",
        f"- Documents: {len(report.documents)}; entities: {len(report.entities)}; "
        f"claims: {len(report.claims)}; groups: {len(report.groups)} "
        f"({sum(1 for g in report.groups if g.verdict in _CONTESTED)} contested)",
        *(f"- Story: {_cell(s.label)} ({len(s.docs)} report(s))" for s in report.stories),
    ]


_CONTESTED = frozenset({"conflict", "update", "scope_differs"})


def _summary(sentences: tuple[SummarySentence, ...]) -> list[str]:
    if not sentences:
        return ["No summary yet."]
    lines = []
    for n, sentence in enumerate(sentences, 1):
        refs = " ".join(f"[{_cell(c.doc)}:{c.start}-{c.end}]" for c in sentence.citations)
        flag = " **(contested)**" if sentence.contested else ""
        lines.append(f"{n}. {_inline(sentence.text)}{flag} {refs}".rstrip())
    lines += [
        "",
        "Citations read [document id:start-end]: character offsets into that document's text.",
    ]
    return lines


def _groups(report: Report, short: dict[str, str]) -> list[str]:
    if not report.groups:
        return ["No groups: no claims have been set side by side."]
    claims = {c.id: c for c in report.claims}
    rows = [
        "| what | verdict | claims (value — speaker → relay → outlet) "
        "| independent | range | conservative | explanation |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for group in group_order(report.groups):
        rows.append(_group_row(group, claims, short))
    return rows


def _group_row(group: Group, claims: dict[str, Claim], short: dict[str, str]) -> str:
    values = []
    for claim_id in group.claims:
        claim = claims.get(claim_id)
        if claim is None:
            values.append(f"unknown claim {claim_id}")
            continue
        report = short.get(claim.doc, claim.doc)
        values.append(f"{claim_value_text(claim)} — {source_text(claim)} (in: {report})")
    independent = str(group.independent_sources)
    if group.sources:
        independent += f" ({', '.join(group.sources)})"
    conservative = "—" if group.conservative is None else number(group.conservative)
    return (
        f"| {_cell(group.label)} | **{verdict_text(group.verdict)}** "
        f"| {'<br>'.join(_cell(v) for v in values)} | {_cell(independent)} "
        f"| {range_text(group.range)} | {conservative} | {_cell(group.explanation)} |"
    )


def _timeline(entries: tuple[TimelineEntry, ...], short: dict[str, str]) -> list[str]:
    if not entries:
        return ["No timeline entries yet."]
    rows = ["| when | precision | event | reports |", "| --- | --- | --- | --- |"]
    for entry in entries:
        if entry.start and entry.end:
            when = entry.start if entry.start == entry.end else f"{entry.start} – {entry.end}"
        elif entry.start or entry.end:
            when = f"from {entry.start}" if entry.start else f"until {entry.end}"
        else:
            when = "undated"
        docs = ", ".join(short.get(d, d) for d in entry.docs) or "—"
        rows.append(
            f"| {_cell(when)} | {_cell(entry.precision or 'unknown')} | {_cell(entry.label)} "
            f"| {_cell(docs)} |"
        )
    return rows


def _echoes(echoes: tuple[Echo, ...], short: dict[str, str]) -> list[str]:
    if not echoes:
        return ["No echoes: no two reports were found to relay one upstream source."]
    rows = ["| upstream | reports | claims | evidence |", "| --- | --- | --- | --- |"]
    for echo in echoes:
        docs = ", ".join(short.get(d, d) for d in echo.docs)
        rows.append(
            f"| {_cell(echo.upstream)} | {_cell(docs)} | {len(echo.claims)} "
            f"| {_cell(echo.evidence)} |"
        )
    return rows


def _short_title(doc: Document) -> str:
    title = doc.title or doc.id
    return title if len(title) <= 40 else title[:39] + "…"


def _figures(claims: list[Claim], short: dict[str, str]) -> list[str]:
    rows = [
        "| report | value | measure | quoted | source | when |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for c in claims:
        if c.figure is None:
            continue
        rows.append(
            f"| {_cell(short[c.doc])} | {_cell(value_text(c.figure))} | {_cell(c.figure.measure)} "
            f"| {_cell(c.text)} | {_cell(source_text(c))} | {_cell(when_text(c))} |"
        )
    return rows


def _assertions(claims: list[Claim], short: dict[str, str]) -> list[str]:
    rows = [
        "| report | who | did what | to what | polarity | modality | source |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for c in claims:
        a = c.assertion
        if a is None:
            continue
        rows.append(
            f"| {_cell(short[c.doc])} | {_cell(a.subject or '—')} | {_cell(a.predicate)} "
            f"| {_cell(a.object or '—')} | {a.polarity} | {a.modality} | {_cell(source_text(c))} |"
        )
    return rows


def _documents(documents: tuple[Document, ...]) -> list[str]:
    rows = ["| id | title | outlet | published | basis |", "| --- | --- | --- | --- | --- |"]
    for doc in documents:
        pub = doc.published
        rows.append(
            f"| {_cell(doc.id)} | {_cell(doc.title or '')} | {_cell(doc.outlet or '—')} "
            f"| {_cell(pub.date or '—')} | {pub.basis}{_reason(pub.reason)} |"
        )
    return rows


def _entities(entities: tuple[Entity, ...]) -> list[str]:
    rows = [
        "| entity | type | mentions | documents | spellings |",
        "| --- | --- | --- | --- | --- |",
    ]
    for entity in sorted(entities, key=lambda e: (-len(e.mentions), e.name)):
        docs = len({m.doc for m in entity.mentions})
        rows.append(
            f"| {_cell(entity.name)} | {entity.type} | {len(entity.mentions)} | {docs} "
            f"| {_cell(', '.join(entity.aliases))} |"
        )
    return rows


def _reason(reason: str | None) -> str:
    return f": {_cell(reason)}" if reason else ""


# Characters that would end a cell, start a link or code span, or open an HTML tag.
_ACTIVE = re.compile(r"([\\`|\[\]])")
# What would make the start of a list item a heading, quote, nested list or rule.
_LINE_START = re.compile(r"^([#>+*=-])")
_ORDINAL_START = re.compile(r"^(\d+)([.)])")


def _cell(text: str) -> str:
    """One line of report text, safe in a table cell: no table breaks, links or HTML."""
    flat = " ".join(text.split())
    # "<" alone is enough: without it no tag, comment or autolink can open.
    return _ACTIVE.sub(r"\\\1", flat).replace("<", "&lt;")


def _inline(text: str) -> str:
    """Report text safe at the start of a list item as well as inside a table cell."""
    cell = _ORDINAL_START.sub(r"\1\\\2", _cell(text))
    return _LINE_START.sub(r"\\\1", cell)
