"""The report as Markdown: what a person reads, with every input accounted for.

Report text is escaped (``_cell``, ``_inline``) so it can neither break a table nor become
HTML, a link or a heading when the Markdown is rendered.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

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
    CONTESTED,
    conservative_text,
    contest_text,
    group_figures,
    published_text,
    range_text,
    source_text,
    value_text,
    verdict_text,
    when_text,
)
from triangulate.report.digest import (
    KEY_FINDINGS,
    Digest,
    StoryView,
    contested_groups,
    date_span,
    digest,
    finding_text,
    language_text,
    span_text,
    type_text,
    voice_text,
)


def render_markdown(report: Report) -> str:
    """Render the report as Markdown, in the shape of the HTML report.

    The overview; the key findings (what is contested, between whom; what is
    established); for a pile of several stories, the story index (largest first) and every
    contested point with its story; then one section per story with its summary,
    agreement and conflict (one table row per group, contested first), timeline,
    documents, echoes, figures, assertions and entities; then every input. Summary
    citations are written ``[doc:start-end]``: the document id and the character offsets
    of the cited span in its text.

    Args:
        report: The analysis to show.

    Returns:
        The Markdown text, ending in a newline.
    """
    view = digest(report)
    multi = len(view.stories) > 1
    headline = (
        f"{len(view.stories)} stories from {len(report.documents)} reports"
        if multi
        else (report.stories[0].label if report.stories else "")
    )
    lines: list[str] = [f"# triangulate report{': ' + _cell(headline) if headline else ''}", ""]
    lines += _overview(report, len(view.stories))
    lines += ["", "## Key findings", ""]
    lines += _findings(view, multi)
    if multi:
        lines += ["", "## Stories", ""]
        lines += _index(view)
        lines += ["", "## Contested points", ""]
        lines += _contested(view)
    for n, story in enumerate(view.stories, 1):
        head = f"Story {n} of {len(view.stories)}" if multi else "Story"
        lines += ["", f"## {head}: {_cell(story.story.label)}", ""]
        lines += _story(story, view.value)
    lines += ["", "## Inputs", ""]
    lines += ["| input | status | reason |", "| --- | --- | --- |"]
    lines += [f"| {_cell(i.path)} | {i.status} | {_cell(i.reason or '—')} |" for i in report.inputs]
    return "\n".join(lines) + "\n"


def _overview(report: Report, stories: int) -> list[str]:
    counts = Counter(i.status for i in report.inputs)
    parts = [f"{counts.get(s, 0)} {s}" for s in ("ok", "skipped", "failed") if counts.get(s)]
    span = span_text(date_span(d.published for d in report.documents))
    return [
        f"- Generated {report.created} ({report.format})",
        f"- Inputs: {len(report.inputs)} ({', '.join(parts) or 'none'})",
        f"- Documents: {len(report.documents)}; stories: {stories}; "
        f"entities: {len(report.entities)}; claims: {len(report.claims)}; "
        f"groups: {len(report.groups)} "
        f"({sum(1 for g in report.groups if g.verdict in CONTESTED)} contested)",
        f"- Published: {span}",
    ]


def _findings(view: Digest, multi: bool) -> list[str]:
    lines: list[str] = []
    for label, findings, empty in (
        ("Contested", view.contested, "No contested points: no two sources disagree."),
        (
            "Established",
            view.established,
            "Nothing established yet: no point is backed by two independent sources that agree.",
        ),
    ):
        lines += [f"**{label}**", ""]
        if not findings:
            lines += [empty, ""]
            continue
        for n, finding in enumerate(findings[:KEY_FINDINGS], 1):
            group = finding.group
            story = f" (story: {_cell(finding.story.story.label)})" if multi else ""
            lines.append(
                f"{n}. **{_cell(finding.what)}** — {verdict_text(group.verdict)}, "
                f"{group.independent_sources} independent source(s){story}"
            )
            lines += [f"   - {_cell(voice_text(v))}" for v in finding.voices[:4]]
            if len(finding.voices) > 4:
                lines.append(f"   - and {len(finding.voices) - 4} more value(s)")
        if len(findings) > KEY_FINDINGS:
            lines.append(f"\n{len(findings)} {label.lower()} points in all.")
        lines.append("")
    return lines[:-1]


def _index(view: Digest) -> list[str]:
    rows = [
        "| # | story | reports | published | contested | top contested point |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for n, story in enumerate(view.stories, 1):
        contested = story.contested
        top = (
            f"{_cell(contested[0].label)} ({verdict_text(contested[0].verdict)})"
            if contested
            else "—"
        )
        rows.append(
            f"| {n} | {_cell(story.story.label)} | {len(story.documents)} "
            f"| {span_text(story.dates)} | {len(contested)} | {top} |"
        )
    return rows


def _contested(view: Digest) -> list[str]:
    findings = view.contested
    if not findings:
        return ["No contested points."]
    rows = [
        "| story | what | verdict | values and who gives them | independent |",
        "| --- | --- | --- | --- | --- |",
    ]
    for finding in findings:
        group = finding.group
        rows.append(
            f"| {_cell(finding.story.story.label)} | {_cell(finding.what)} "
            f"| **{verdict_text(group.verdict)}** | {_cell(finding_text(finding, most=4))} "
            f"| {group.independent_sources} |"
        )
    return rows


def _story(story: StoryView, say: Callable[[Claim], str]) -> list[str]:
    """One story's sections, each a ``###`` heading."""
    contested = sum(1 for g in story.groups if g.verdict in CONTESTED)
    lines = [
        f"{len(story.documents)} report(s) · {span_text(story.dates)} · "
        f"{contested} contested of {len(story.groups)} group(s)",
    ]
    short = {d.id: _short_title(d) for d in story.documents}
    claims = {c.id: c for c in story.claims}
    lines += ["", "### Summary", ""]
    lines += _summary(story.summary)
    lines += ["", "### Agreement and conflict", ""]
    lines += _groups(story, claims, short, say)
    lines += ["", "### Timeline", ""]
    lines += _timeline(story.timeline, short)
    lines += ["", "### Documents", ""]
    lines += _documents(story.documents)
    lines += ["", "### Echoes", ""]
    lines += _echoes(story.echoes, short)
    figures = [c for c in story.claims if c.kind == "figure"]
    if figures:
        lines += ["", "### Figures", ""]
        lines += _figures(figures, short)
    assertions = [c for c in story.claims if c.kind == "assertion"]
    if assertions:
        lines += ["", "### Assertions", ""]
        lines += _assertions(assertions, short)
    lines += ["", "### Entities", ""]
    lines += _entities(story.entities)
    return lines


def _summary(sentences: Sequence[SummarySentence]) -> list[str]:
    if not sentences:
        return ["No summary yet."]
    lines = []
    for n, sentence in enumerate(sentences, 1):
        refs = " ".join(f"[{_cell(c.doc)}:{c.start}-{c.end}]" for c in sentence.citations)
        flag = f" **({_inline(contest_text(sentence))})**" if sentence.contested else ""
        lines.append(f"{n}. {_inline(sentence.text)}{flag} {refs}".rstrip())
    lines += [
        "",
        "Citations read [document id:start-end]: character offsets into that document's text.",
    ]
    return lines


def _groups(
    story: StoryView, claims: dict[str, Claim], short: dict[str, str], say: Callable[[Claim], str]
) -> list[str]:
    if not story.groups:
        return ["No groups: no claims have been set side by side."]
    rows = [
        "| what | verdict | claims (value — speaker → relay → outlet) "
        "| independent | range | conservative | explanation |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for group in contested_groups(story.groups, story.claims):
        rows.append(_group_row(group, claims, short, say))
    return rows


def _group_row(
    group: Group, claims: dict[str, Claim], short: dict[str, str], say: Callable[[Claim], str]
) -> str:
    values = []
    for claim_id in group.claims:
        claim = claims.get(claim_id)
        if claim is None:
            values.append(f"unknown claim {claim_id}")
            continue
        report = short.get(claim.doc, claim.doc)
        values.append(f"{say(claim)} — {source_text(claim)} (in: {report})")
    independent = str(group.independent_sources)
    if group.sources:
        independent += f" ({', '.join(group.sources)})"
    figures = group_figures(group, claims)
    conservative = conservative_text(group.conservative, figures)
    return (
        f"| {_cell(group.label)} | **{verdict_text(group.verdict)}** "
        f"| {'<br>'.join(_cell(v) for v in values)} | {_cell(independent)} "
        f"| {range_text(group.range, figures)} | {conservative} | {_cell(group.explanation)} |"
    )


def _timeline(entries: Sequence[TimelineEntry], short: dict[str, str]) -> list[str]:
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


def _echoes(echoes: Sequence[Echo], short: dict[str, str]) -> list[str]:
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
    title = doc.reference(28)
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
            f"| {_cell(short[c.doc])} | {_cell(value_text(c.figure, c.text))} "
            f"| {_cell(c.figure.measure)} "
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


def _documents(documents: Sequence[Document]) -> list[str]:
    rows = [
        "| id | title | outlet | published | basis | language |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for doc in documents:
        pub = doc.published
        rows.append(
            f"| {_cell(doc.id)} | {_cell(doc.heading())} | {_cell(doc.outlet or '—')} "
            f"| {_cell(published_text(pub))} | {pub.basis}{_reason(pub.reason)} "
            f"| {_cell(language_text(doc))} |"
        )
    return rows


def _entities(entities: Sequence[Entity]) -> list[str]:
    rows = [
        "| entity | type | mentions | documents | spellings |",
        "| --- | --- | --- | --- | --- |",
    ]
    for entity in sorted(entities, key=lambda e: (-len(e.mentions), e.name)):
        docs = len({m.doc for m in entity.mentions})
        rows.append(
            f"| {_cell(entity.name)} | {type_text(entity)} | {len(entity.mentions)} | {docs} "
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
