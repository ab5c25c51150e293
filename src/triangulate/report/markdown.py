"""The report as Markdown: what a person reads, with every input accounted for."""

from __future__ import annotations

from collections import Counter

from triangulate.model import Claim, Document, Entity, Report
from triangulate.report.claims_text import source_text, value_text, when_text


def render_markdown(report: Report) -> str:
    """Render the sections that exist so far: documents, figures, assertions, entities, inputs."""
    lines: list[str] = ["# triangulate report", ""]
    lines += _overview(report)
    lines += ["", "## Documents", ""]
    lines += _documents(report.documents)
    short = {d.id: _short_title(d) for d in report.documents}
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
    lines += [f"| {_cell(i.path)} | {i.status} | {_cell(i.reason or '')} |" for i in report.inputs]
    return "\n".join(lines) + "\n"


def _overview(report: Report) -> list[str]:
    counts = Counter(i.status for i in report.inputs)
    parts = [f"{counts.get(s, 0)} {s}" for s in ("ok", "skipped", "failed") if counts.get(s)]
    return [
        f"- Generated {report.created} ({report.format})",
        f"- Inputs: {len(report.inputs)} ({', '.join(parts) or 'none'})",
        f"- Documents: {len(report.documents)}; entities: {len(report.entities)}; "
        f"claims: {len(report.claims)}",
    ]


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
            f"| {_cell(short[c.doc])} | {_cell(a.subject or '—')} | {a.predicate} "
            f"| {_cell(a.object or '—')} | {a.polarity} | {a.modality} | {_cell(source_text(c))} |"
        )
    return rows


def _documents(documents: tuple[Document, ...]) -> list[str]:
    rows = ["| id | title | outlet | published | basis |", "| --- | --- | --- | --- | --- |"]
    for doc in documents:
        pub = doc.published
        rows.append(
            f"| {doc.id} | {_cell(doc.title or '')} | {_cell(doc.outlet or '—')} "
            f"| {pub.date or '—'} | {pub.basis}{_reason(pub.reason)} |"
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


def _cell(text: str) -> str:
    """Keep table cells on one line and stop report text from breaking the table."""
    return " ".join(text.split()).replace("|", "\\|").replace("<", "&lt;")
