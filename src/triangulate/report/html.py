"""The report as one self-contained HTML page a person reads offline.

Everything the page needs is inside it: inline CSS and a few lines of vanilla JS, no fonts,
images or scripts from anywhere else, and a Content-Security-Policy that forbids fetching
any. Every document's text is shown with its claims and cited spans wrapped in ``<mark>``
elements placed by the records' character offsets, so each citation in the summary and each
value in the tables is a link to the exact characters it came from.

All text that comes from reports goes through ``_esc`` (``html.escape``): a report cannot
inject markup into the page.
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import html
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources

from triangulate.model import (
    Claim,
    Document,
    Echo,
    Entity,
    Group,
    InputRecord,
    Report,
    SummarySentence,
    TimelineEntry,
)
from triangulate.report.claims_text import (
    CONTESTED,
    claim_value_text,
    group_order,
    interval_text,
    number,
    range_text,
    relay_text,
    source_text,
    speaker_text,
    verdict_text,
    when_text,
)

SECTIONS: tuple[tuple[str, str], ...] = (
    ("summary", "Summary"),
    ("groups", "Agreement & conflict"),
    ("timeline", "Timeline"),
    ("figures", "Figures"),
    ("assertions", "Assertions"),
    ("entities", "Entities"),
    ("sources", "Sources & echoes"),
    ("texts", "Report texts"),
    ("inputs", "Inputs"),
)
"""The page's sections in order: (anchor id, heading)."""

# C0 controls (bar tab and newlines) are not allowed in HTML text; show them as U+FFFD.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9-]")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def render_html(report: Report) -> str:
    """Render the whole report as one self-contained HTML page.

    Args:
        report: The analysis to show.

    Returns:
        The page as a string (UTF-8 when written). It loads nothing from the network.
    """
    return _Page(report).render()


def _esc(text: str | None) -> str:
    """Escape report text for HTML text and attribute values alike."""
    if not text:
        return ""
    return html.escape(_CONTROL.sub("\ufffd", text), quote=True)


def _anchor(prefix: str, raw: str) -> str:
    """An element id safe in HTML and in a URL fragment, unique for each ``raw``."""
    return prefix + "-" + _UNSAFE_ID.sub(lambda m: f"_{ord(m.group()):x}_", raw)


def claim_anchor(claim_id: str) -> str:
    """The element id of a claim's span in the report texts."""
    return _anchor("claim", claim_id)


def cite_anchor(doc: str, start: int, end: int) -> str:
    """The element id of a cited span in the report texts."""
    return _anchor("cite", f"{doc}-{start}-{end}")


def _safe_url(url: str | None) -> str | None:
    """Only web links become hrefs: a ``javascript:`` or ``file:`` URL in a report stays text."""
    if url and re.match(r"(?i)^https?://[^\s\"'<>]+$", url.strip()):
        return url.strip()
    return None


@cache
def _asset(name: str) -> str:
    return resources.files("triangulate.report").joinpath("html_assets", name).read_text("utf-8")


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@dataclass(frozen=True, slots=True)
class Span:
    """A span of one document to mark: a claim or a cited passage.

    ``key`` is the element id of the mark (and its ``data-span``); ``title`` its tooltip.
    """

    start: int
    end: int
    key: str
    classes: str
    title: str


def mark_text(text: str, spans: Iterable[Span]) -> str:
    """The text as HTML with each span wrapped in ``<mark data-span=key>``.

    Marks nest where spans nest. Where two spans cross, the inner one is closed at the
    crossing and reopened after it, so the HTML stays valid; every piece carries the span's
    ``data-span`` key, and only the first its ``id``. Spans outside the text or empty are
    left out. Runs in O(n log n + n * depth) for n spans.
    """
    valid: dict[str, Span] = {}
    for span in spans:
        if 0 <= span.start < span.end <= len(text) and span.key not in valid:
            valid[span.key] = span
    starts: dict[int, list[Span]] = defaultdict(list)
    bounds = {0, len(text)}
    for span in valid.values():
        starts[span.start].append(span)
        bounds.update((span.start, span.end))
    for opening in starts.values():
        # Longest first: it becomes the outer mark, so fewer spans need cutting later.
        opening.sort(key=lambda s: (-s.end, s.key))

    out: list[str] = []
    stack: list[Span] = []
    pos = 0
    for bound in sorted(bounds):
        if bound > pos:
            out.append(_esc(text[pos:bound]))
            pos = bound
        closing = [i for i, s in enumerate(stack) if s.end == bound]
        if closing:
            first = closing[0]
            out.append("</mark>" * (len(stack) - first))
            reopen = sorted((s for s in stack[first:] if s.end != bound), key=lambda s: -s.end)
            del stack[first:]
            for span in reopen:
                out.append(_open_mark(span, first=False))
                stack.append(span)
        for span in starts.get(bound, ()):
            out.append(_open_mark(span, first=True))
            stack.append(span)
    out.append("</mark>" * len(stack))
    return "".join(out)


def _open_mark(span: Span, *, first: bool) -> str:
    key = _esc(span.key)
    head = f' id="{key}" title="{_esc(span.title)}"' if first else ""
    return f'<mark class="{_esc(span.classes)}" data-span="{key}"{head}>'


def _parse_day(value: str | None, *, upper: bool) -> date | None:
    """An ISO date cut to any precision, as its first day (or last, when ``upper``)."""
    if not value:
        return None
    match = _ISO.match(value)
    if match is None:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else (12 if upper else 1)
    try:
        if match.group(3):
            return date(year, month, int(match.group(3)))
        day = calendar.monthrange(year, month)[1] if upper else 1
        return date(year, month, day)
    except ValueError:
        return None


class _Page:
    """One render: the report and the lookups built from it once, so each section is linear."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.docs: dict[str, Document] = {d.id: d for d in report.documents}
        self.claims: dict[str, Claim] = {c.id: c for c in report.claims}
        self.group_of: dict[str, Group] = {}
        for group in report.groups:
            for claim_id in group.claims:
                self.group_of.setdefault(claim_id, group)
        self.doc_names: dict[str, str] = {d.id: _doc_name(d) for d in report.documents}
        self.group_ids: frozenset[str] = frozenset(g.id for g in report.groups)

    def render(self) -> str:
        css = _asset("report.css")
        js = _asset("report.js")
        # No fetches at all; the one script and style block run only if they are ours.
        csp = (
            "default-src 'none'; img-src data:; "
            f"style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
            "base-uri 'none'; form-action 'none'"
        )
        title = "triangulate report"
        if self.report.stories:
            title += " — " + "; ".join(s.label for s in self.report.stories)
        parts: list[str] = [
            "<!DOCTYPE html>\n",
            '<html lang="en">\n<head>\n<meta charset="utf-8">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            '<meta name="referrer" content="no-referrer">\n',
            f'<meta name="generator" content="triangulate ({_esc(self.report.format)})">\n',
            f"<title>{_esc(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n",
        ]
        parts += self._header()
        parts.append('<nav class="toc" aria-label="Sections"><div class="inner">')
        parts += [f'<a href="#{key}">{name}</a>' for key, name in SECTIONS]
        parts.append("</div></nav>\n<main>\n")
        parts += self._summary()
        parts += self._groups()
        parts += self._timeline()
        parts += self._figures()
        parts += self._assertions()
        parts += self._entities()
        parts += self._sources()
        parts += self._texts()
        parts += self._inputs()
        parts.append(
            "</main>\n<footer>Every statement links to the characters it came from in "
            "“Report texts”. Generated by triangulate; this page loads nothing from the "
            "network.</footer>\n"
        )
        parts.append(f"<script>{js}</script>\n</body>\n</html>\n")
        return "".join(parts)

    # -- header -----------------------------------------------------------------------

    def _header(self) -> list[str]:
        r = self.report
        statuses = Counter(i.status for i in r.inputs)
        contested = sum(1 for g in r.groups if g.verdict in CONTESTED)
        story = "; ".join(s.label for s in r.stories) or "Cross-checked reports"
        stats = [
            (len(r.documents), "reports"),
            (len(r.claims), "claims"),
            (len(r.groups), "groups"),
            (contested, "contested"),
            (len(r.echoes), "echoes"),
            (len(r.entities), "entities"),
            (statuses.get("skipped", 0) + statuses.get("failed", 0), "inputs not read"),
        ]
        return [
            '<header class="top"><div class="inner">',
            '<p class="kicker">triangulate report</p>',
            f"<h1>{_esc(story)}</h1>",
            f'<p class="meta">Generated {_esc(r.created)} · {_esc(r.format)}</p>',
            '<ul class="stats">',
            *(f"<li><b>{n:,}</b>{label}</li>" for n, label in stats),
            "</ul></div></header>\n",
        ]

    def _section(self, key: str, lede: str) -> list[str]:
        name = dict(SECTIONS)[key]
        return [f'<section id="{key}">', f"<h2>{name}</h2>", f'<p class="lede">{lede}</p>']

    # -- summary ----------------------------------------------------------------------

    def _summary(self) -> list[str]:
        parts = self._section(
            "summary",
            "Sentences taken from the reports. Each citation opens the passage it rests on; "
            "contested points are marked.",
        )
        if not self.report.summary:
            parts.append('<p class="empty">No summary yet.</p></section>\n')
            return parts
        parts.append('<ol class="summary">')
        for sentence in self.report.summary:
            parts.append(self._sentence(sentence))
        parts.append("</ol></section>\n")
        return parts

    def _sentence(self, sentence: SummarySentence) -> str:
        bits = [f'<li><span class="sentence">{_esc(sentence.text)}</span>']
        if sentence.contested:
            bits.append(' <span class="badge v-conflict">Contested</span>')
        bits.append('<span class="cites">')
        for citation in sentence.citations:
            doc = self.docs.get(citation.doc)
            if doc is None or not 0 <= citation.start < citation.end <= len(doc.text):
                bits.append(
                    f' <span class="unresolved">[unresolved citation: {_esc(citation.doc)} '
                    f"{citation.start}–{citation.end}]</span>"
                )
                continue
            quoted = doc.text[citation.start : citation.end]
            tip = f"{self.doc_names[doc.id]}: “{_clip(quoted, 160)}”"
            key = cite_anchor(doc.id, citation.start, citation.end)
            bits.append(
                f'<a class="cite" href="#{key}" title="{_esc(tip)}">'
                f"{_esc(doc.outlet or self.doc_names[doc.id])}</a>"
            )
        bits.append("</span>")
        for group_id in sentence.groups:
            if group_id in self.group_ids:
                bits.append(f' <a class="small" href="#{_anchor("group", group_id)}">see group</a>')
        bits.append("</li>")
        return "".join(bits)

    # -- groups -----------------------------------------------------------------------

    def _groups(self) -> list[str]:
        parts = self._section(
            "groups",
            "Claims about the same thing, contested first. Independent sources count an "
            "upstream source once, however many outlets repeat it.",
        )
        if not self.report.groups:
            parts.append('<p class="empty">No groups: no claims have been set side by side.</p>')
            parts.append("</section>\n")
            return parts
        parts += [
            '<div class="scroll"><table id="conflicts-table" class="wide">',
            '<colgroup><col class="c-what"><col class="c-verdict"><col class="c-claims">'
            '<col class="c-num"><col class="c-num"><col class="c-num"></colgroup>',
            "<thead><tr><th>What</th><th>Verdict and why</th>"
            "<th>Claims: value · speaker · relay · outlet</th>"
            '<th class="num">Independent</th><th class="num">Range</th>'
            '<th class="num">Conservative</th></tr></thead><tbody>',
        ]
        for group in group_order(self.report.groups):
            parts.append(self._group_row(group))
        parts.append("</tbody></table></div></section>\n")
        return parts

    def _group_row(self, group: Group) -> str:
        items: list[str] = []
        for claim_id in group.claims:
            claim = self.claims.get(claim_id)
            if claim is None:
                items.append(f'<li class="muted">unknown claim {_esc(claim_id)}</li>')
                continue
            speaker = speaker_text(claim)
            chain = [
                f'<span class="who">{_esc(speaker if speaker != "—" else "no named speaker")}'
                "</span>"
            ]
            if claim.via:
                chain.append(f'<span class="via">via {_esc(relay_text(claim))}</span>')
            chain.append(f'<span class="outlet">{_esc(self._outlet(claim))}</span>')
            items.append(
                f'<li><span class="val">{self._claim_link(claim, claim_value_text(claim))}</span>'
                f'<span class="chain">{"".join(chain)}</span></li>'
            )
        sources = (
            f'<div class="small muted">{_esc(", ".join(group.sources))}</div>'
            if group.sources
            else ""
        )
        conservative = "—" if group.conservative is None else number(group.conservative)
        return (
            f'<tr id="{_anchor("group", group.id)}" class="row-{_esc(group.verdict)}" '
            f'data-verdict="{_esc(group.verdict)}">'
            f'<td><b>{_esc(group.label)}</b><div class="small muted">{_esc(group.kind)}, '
            f"{len(group.claims)} claim(s)</div></td>"
            f'<td>{_verdict_badge(group.verdict)}<div class="why">{_esc(group.explanation)}'
            "</div></td>"
            f'<td><ul class="claims">{"".join(items)}</ul></td>'
            f'<td class="num">{group.independent_sources}{sources}</td>'
            f'<td class="num">{_esc(range_text(group.range))}</td>'
            f'<td class="num">{_esc(conservative)}</td></tr>'
        )

    def _claim_link(self, claim: Claim, label: str) -> str:
        """A link to the claim's span in the report texts (plain text if it cannot be marked)."""
        doc = self.docs.get(claim.doc)
        if doc is None or not 0 <= claim.start < claim.end <= len(doc.text):
            return _esc(label)
        tip = f"{self.doc_names[doc.id]}: “{_clip(claim.text, 160)}”"
        return f'<a href="#{claim_anchor(claim.id)}" title="{_esc(tip)}">{_esc(label)}</a>'

    def _outlet(self, claim: Claim) -> str:
        doc = self.docs.get(claim.doc)
        return claim.outlet or (doc.outlet if doc else None) or "—"

    # -- timeline ---------------------------------------------------------------------

    def _timeline(self) -> list[str]:
        parts = self._section(
            "timeline",
            "Events as intervals on a date axis. A solid bar is a known day; a hatched bar "
            "a month; a pale dashed bar a year; an arrow an open end.",
        )
        entries = self.report.timeline
        if not entries:
            parts.append('<p class="empty">No timeline entries yet.</p></section>\n')
            return parts
        parts += timeline_table(
            entries,
            refs=lambda entry: self._claim_refs(entry.claims),
            docs=lambda entry: self._doc_links(entry.docs),
        )
        parts.append("</section>\n")
        return parts

    def _claim_refs(self, claim_ids: Sequence[str]) -> str:
        links = [
            self._claim_link(self.claims[c], f"[{n}]")
            for n, c in enumerate(claim_ids, 1)
            if c in self.claims
        ]
        return f' <span class="small">{" ".join(links)}</span>' if links else ""

    def _doc_links(self, doc_ids: Sequence[str]) -> str:
        links = [
            f'<a href="#{_anchor("doc", d)}">{_esc(self.doc_names[d])}</a>'
            if d in self.docs
            else _esc(d)
            for d in doc_ids
        ]
        return ", ".join(links) or "—"

    # -- figures, assertions, entities ------------------------------------------------

    def _figures(self) -> list[str]:
        figures = [c for c in self.report.claims if c.figure is not None]
        parts = self._section("figures", f"{len(figures):,} reported figures, in report order.")
        if not figures:
            parts.append('<p class="empty">No figures.</p></section>\n')
            return parts
        parts += [
            '<div class="scroll"><table class="wide" id="figures-table">',
            "<thead><tr><th>Value</th><th>Measure</th><th>Quoted</th><th>Source</th>"
            "<th>When</th><th>Group</th><th>Report</th></tr></thead><tbody>",
        ]
        for claim in figures:
            assert claim.figure is not None  # filtered above; narrows the type
            parts.append(
                f'<tr><td class="nowrap"><b>{_esc(claim_value_text(claim))}</b></td>'
                f"<td>{_esc(claim.figure.measure)}</td>"
                f'<td class="quote">{self._claim_link(claim, claim.text)}</td>'
                f"<td>{_esc(source_text(claim))}</td>"
                f'<td class="nowrap">{_esc(when_text(claim)) or "—"}</td>'
                f"<td>{self._group_badge(claim)}</td>"
                f"<td>{self._doc_links((claim.doc,))}</td></tr>"
            )
        parts.append("</tbody></table></div></section>\n")
        return parts

    def _assertions(self) -> list[str]:
        claims = [c for c in self.report.claims if c.assertion is not None]
        parts = self._section("assertions", f"{len(claims):,} statements of who did what.")
        if not claims:
            parts.append('<p class="empty">No assertions.</p></section>\n')
            return parts
        parts += [
            '<div class="scroll"><table class="wide" id="assertions-table">',
            "<thead><tr><th>Who</th><th>Did what</th><th>To what</th><th>Modality</th>"
            "<th>Quoted</th><th>Source</th><th>Group</th><th>Report</th></tr></thead><tbody>",
        ]
        for claim in claims:
            a = claim.assertion
            assert a is not None  # filtered above; narrows the type
            verb = a.predicate if a.polarity == "affirmed" else f"not {a.predicate}"
            parts.append(
                f"<tr><td>{_esc(a.subject or '—')}</td><td><b>{_esc(verb)}</b></td>"
                f"<td>{_esc(a.object or '—')}</td><td>{_esc(a.modality)}</td>"
                f'<td class="quote">{self._claim_link(claim, claim.text)}</td>'
                f"<td>{_esc(source_text(claim))}</td>"
                f"<td>{self._group_badge(claim)}</td>"
                f"<td>{self._doc_links((claim.doc,))}</td></tr>"
            )
        parts.append("</tbody></table></div></section>\n")
        return parts

    def _group_badge(self, claim: Claim) -> str:
        group = self.group_of.get(claim.id)
        if group is None:
            return '<span class="muted">—</span>'
        return f'<a href="#{_anchor("group", group.id)}">{_verdict_badge(group.verdict)}</a>'

    def _entities(self) -> list[str]:
        entities = sorted(self.report.entities, key=lambda e: (-len(e.mentions), e.name))
        parts = self._section(
            "entities",
            f"{len(entities):,} people, places and organisations, every spelling merged.",
        )
        if not entities:
            parts.append('<p class="empty">No entities.</p></section>\n')
            return parts
        parts += [
            '<div class="scroll"><table class="mid" id="entities-table">',
            "<thead><tr><th>Entity</th><th>Type</th><th>Spellings</th><th>Mentions</th>"
            "<th>Reports</th></tr></thead><tbody>",
        ]
        for entity in entities:
            parts.append(_entity_row(entity))
        parts.append("</tbody></table></div></section>\n")
        return parts

    # -- sources and echoes -----------------------------------------------------------

    def _sources(self) -> list[str]:
        parts = self._section(
            "sources",
            "Who published each report, and which reports relay one upstream source "
            "(an echo counts once as an independent source).",
        )
        echo_of: dict[str, list[Echo]] = defaultdict(list)
        for echo in self.report.echoes:
            for doc_id in echo.docs:
                echo_of[doc_id].append(echo)
        per_doc = Counter(c.doc for c in self.report.claims)
        parts += [
            '<div class="scroll"><table class="wide" id="sources-table">',
            "<thead><tr><th>Report</th><th>Outlet</th><th>Published</th><th>Basis</th>"
            "<th>Claims</th><th>Relays</th><th>Link</th></tr></thead><tbody>",
        ]
        for doc in self.report.documents:
            pub = doc.published
            relays = ", ".join(e.upstream for e in echo_of.get(doc.id, ())) or "—"
            outlet = doc.outlet or "—"
            if doc.agency and doc.agency != doc.outlet:
                outlet += f" (wire: {doc.agency})"
            reason = f'<div class="small muted">{_esc(pub.reason)}</div>' if pub.reason else ""
            parts.append(
                f'<tr><td><a href="#{_anchor("doc", doc.id)}">{_esc(self.doc_names[doc.id])}'
                f"</a></td><td>{_esc(outlet)}</td>"
                f'<td class="nowrap">{_esc(pub.date or "unknown")}</td>'
                f"<td>{_esc(pub.basis)}{reason}</td>"
                f'<td class="num">{per_doc.get(doc.id, 0):,}</td>'
                f"<td>{_esc(relays)}</td><td>{_external(doc.url)}</td></tr>"
            )
        if not self.report.documents:
            parts.append('<tr><td colspan="7" class="empty">No reports were read.</td></tr>')
        parts.append("</tbody></table></div>")
        parts.append('<h3 id="echoes" class="echoes-head">Echoes</h3>')
        if not self.report.echoes:
            parts.append(
                '<p class="empty">No echoes: no two reports were found to relay one '
                "upstream source.</p>"
            )
        for echo in self.report.echoes:
            parts.append(self._echo(echo))
        parts.append("</section>\n")
        return parts

    def _echo(self, echo: Echo) -> str:
        claims = self._claim_refs(echo.claims) or "—"
        return (
            '<div class="echo-card">'
            f"<h3>Upstream: {_esc(echo.upstream)}</h3>"
            '<dl class="echo">'
            f"<dt>Relayed by</dt><dd>{self._doc_links(echo.docs)}</dd>"
            f"<dt>Claims</dt><dd>{len(echo.claims)}{claims}</dd>"
            f"<dt>Evidence</dt><dd>{_esc(echo.evidence)}</dd>"
            "</dl></div>"
        )

    # -- report texts -----------------------------------------------------------------

    def _texts(self) -> list[str]:
        parts = self._section(
            "texts",
            "The cleaned text every stage worked on. Offsets in the JSON report point into "
            "exactly this text.",
        )
        parts.append(
            '<p class="legend"><span><mark class="claim">figure</mark></span>'
            '<span><mark class="claim assertion">assertion</mark></span>'
            '<span><mark class="claim contested">claim in a contested group</mark></span>'
            '<span><mark class="cite">cited in the summary</mark></span></p>'
        )
        spans = self._spans()
        for doc in self.report.documents:
            parts.append(self._document(doc, spans.get(doc.id, [])))
        if not self.report.documents:
            parts.append('<p class="empty">No reports were read.</p>')
        parts.append("</section>\n")
        return parts

    def _spans(self) -> dict[str, list[Span]]:
        spans: dict[str, list[Span]] = defaultdict(list)
        for claim in self.report.claims:
            group = self.group_of.get(claim.id)
            classes = "claim " + claim.kind
            tip = f"{claim.kind}: {claim_value_text(claim)} — {source_text(claim)}"
            if group is not None:
                tip += f" — {verdict_text(group.verdict)}: {group.label}"
                if group.verdict in CONTESTED:
                    classes += " contested"
            spans[claim.doc].append(
                Span(claim.start, claim.end, claim_anchor(claim.id), classes, tip)
            )
        for sentence in self.report.summary:
            for citation in sentence.citations:
                spans[citation.doc].append(
                    Span(
                        citation.start,
                        citation.end,
                        cite_anchor(citation.doc, citation.start, citation.end),
                        "cite",
                        "cited in the summary",
                    )
                )
        return spans

    def _document(self, doc: Document, spans: list[Span]) -> str:
        pub = doc.published
        meta = [
            f"<span>{_esc(doc.outlet or 'outlet unknown')}</span>",
            f"<span>published {_esc(pub.date or 'unknown')} ({_esc(pub.basis)})</span>",
            f'<span class="mono">{_esc(doc.source)}</span>',
        ]
        if _safe_url(doc.url):
            meta.append(f"<span>{_external(doc.url)}</span>")
        cuts = ""
        if doc.cuts:
            items = "".join(
                f"<li>line {c.line}: <q>{_esc(c.text)}</q> — {_esc(c.reason)}</li>"
                for c in doc.cuts
            )
            cuts = (
                f'<details class="cuts"><summary>{len(doc.cuts)} line(s) removed before '
                f"analysis</summary><ul>{items}</ul></details>"
            )
        return (
            f'<article class="doc" id="{_anchor("doc", doc.id)}">'
            f"<h3>{_esc(doc.title or '(untitled)')}</h3>"
            f'<p class="doc-meta">{"".join(meta)}</p>{cuts}'
            f'<div class="text">{mark_text(doc.text, spans)}</div></article>\n'
        )

    # -- inputs -----------------------------------------------------------------------

    def _inputs(self) -> list[str]:
        parts = self._section("inputs", "Every input given, and what became of it.")
        parts += [
            '<div class="scroll"><table class="mid" id="inputs-table">',
            "<thead><tr><th>Input</th><th>Status</th><th>Reason</th></tr></thead><tbody>",
        ]
        parts += [_input_row(record) for record in self.report.inputs]
        if not self.report.inputs:
            parts.append('<tr><td colspan="3" class="empty">No inputs.</td></tr>')
        parts.append("</tbody></table></div></section>\n")
        return parts


def _doc_name(doc: Document) -> str:
    return _clip(doc.title or doc.outlet or doc.id, 60)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _verdict_badge(verdict: str) -> str:
    known = verdict in {"agree", "conflict", "scope_differs", "update", "single"}
    css = f"v-{verdict}" if known else "v-unknown"
    return f'<span class="badge {css}">{_esc(verdict_text(verdict))}</span>'


def _external(url: str | None) -> str:
    safe = _safe_url(url)
    if safe is None:
        return _esc(url) if url else "—"
    return f'<a href="{_esc(safe)}" rel="noopener noreferrer">{_esc(_clip(safe, 60))}</a>'


def _entity_row(entity: Entity) -> str:
    docs = len({m.doc for m in entity.mentions})
    return (
        f"<tr><td><b>{_esc(entity.name)}</b></td><td>{_esc(entity.type)}</td>"
        f"<td>{_esc(' · '.join(entity.aliases))}</td>"
        f'<td class="num">{len(entity.mentions):,}</td><td class="num">{docs:,}</td></tr>'
    )


def _input_row(record: InputRecord) -> str:
    return (
        f'<tr><td class="mono">{_esc(record.path)}</td>'
        f'<td><span class="badge s-{_esc(record.status)}">{_esc(record.status)}</span></td>'
        f"<td>{_esc(record.reason) or '—'}</td></tr>"
    )


def timeline_table(
    entries: Sequence[TimelineEntry],
    *,
    refs: Callable[[TimelineEntry], str],
    docs: Callable[[TimelineEntry], str],
) -> list[str]:
    """The timeline as a chart and a table, one row per entry; links come from the caller.

    Args:
        entries: The timeline entries, in order.
        refs: HTML after an entry's label linking its claims (may be empty).
        docs: HTML linking an entry's reports.

    Returns:
        HTML pieces: the chart (when any entry has a date) and the table.
    """
    parts: list[str] = []
    svg = timeline_svg(entries)
    if svg:
        parts.append(f'<div class="chart">{svg}</div>')
    parts += [
        '<div class="scroll"><table class="mid" id="timeline-table">',
        "<thead><tr><th>When</th><th>Precision</th><th>Event</th><th>Reports</th>"
        "</tr></thead><tbody>",
    ]
    for entry in entries:
        parts.append(
            f'<tr><td class="nowrap">{_esc(interval_text(entry.start, entry.end))}</td>'
            f"<td>{_esc(entry.precision or 'unknown')}</td>"
            f"<td>{_esc(entry.label)}{refs(entry)}</td>"
            f"<td>{docs(entry)}</td></tr>"
        )
    parts.append("</tbody></table></div>")
    return parts


# -- the timeline chart -------------------------------------------------------------------

_WIDTH = 960
_LABEL_W = 290
_PLOT_X0 = _LABEL_W + 10
_PLOT_X1 = _WIDTH - 16
_ROW_H = 26
_AXIS_H = 30
_BAR_CLASS = {"day": "bar-day", "month": "bar-month", "year": "bar-year"}


def timeline_svg(entries: Sequence[TimelineEntry]) -> str:
    """The timeline as an inline SVG chart: one bar per entry on a shared date axis.

    A day is a solid bar, a month a hatched one, a year a pale dashed one; an open end
    (no start or no end) runs to the edge and ends in an arrow. Unreadable dates are left
    out, never fatal.

    Args:
        entries: The timeline entries, drawn in the order given.

    Returns:
        The ``<svg>`` element as a string, or "" when no entry has a readable date.
    """
    spans: list[tuple[TimelineEntry, date | None, date | None]] = []
    for entry in entries:
        lo = _parse_day(entry.start, upper=False)
        hi = _parse_day(entry.end, upper=True)
        if lo is None and hi is None:
            continue
        spans.append((entry, lo, hi))
    if not spans:
        return ""
    known = [d for _, lo, hi in spans for d in (lo, hi) if d is not None]
    first, last = min(known), max(known)
    # A little room either side, and at least a few days, so one-day events are visible.
    pad = max(timedelta(days=1), (last - first) / 30)
    first, last = first - pad, last + pad + timedelta(days=1)
    total = (last - first).days

    def x(day: date) -> float:
        return _PLOT_X0 + (_PLOT_X1 - _PLOT_X0) * (day - first).days / total

    height = _AXIS_H + _ROW_H * len(spans) + 8
    out: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH} {height}" '
        f'role="img" aria-labelledby="tl-title"><title id="tl-title">Timeline of '
        f"{len(spans)} event(s)</title>",
        '<defs><pattern id="tl-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#dbe7f5"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#1f5fa8" stroke-width="2.5"/>'
        "</pattern></defs>",
    ]
    for tick, label in _ticks(first, last):
        tx = x(tick)
        out.append(
            f'<g class="tick"><line class="grid" x1="{tx:.1f}" x2="{tx:.1f}" y1="{_AXIS_H - 6}" '
            f'y2="{height - 4}"/><text x="{tx:.1f}" y="{_AXIS_H - 12}" text-anchor="middle">'
            f"{label}</text></g>"
        )
    for row, (entry, lo, hi) in enumerate(spans):
        y = _AXIS_H + row * _ROW_H
        # An open end stops short of the edge, where its arrow goes.
        x0 = x(lo) if lo is not None else _PLOT_X0 + 10
        x1 = x(hi + timedelta(days=1)) if hi is not None else _PLOT_X1 - 10
        width = max(x1 - x0, 5.0)
        when = _esc(interval_text(entry.start, entry.end))
        if x0 + width + 150 < _PLOT_X1:
            when_at = f'x="{x0 + width + 6:.1f}" text-anchor="start"'
        else:
            when_at = f'x="{x0 - 6:.1f}" text-anchor="end"'

        precision = entry.precision or "unknown"
        css = _BAR_CLASS.get(precision, "bar-year")
        fill = ' fill="url(#tl-hatch)"' if css == "bar-month" else ""
        tip = f"{entry.label} — {interval_text(entry.start, entry.end)} (precision: {precision})"
        out.append(
            f'<g class="row"><title>{_esc(tip)}</title>'
            f'<text x="0" y="{y + 17}">{_esc(_clip(entry.label, 44))}</text>'
            f'<rect class="{css}"{fill} x="{x0:.1f}" y="{y + 6}" width="{width:.1f}" '
            f'height="{_ROW_H - 12}" rx="2"/>'
            f'<text class="when" {when_at} y="{y + 17}">{when}</text>'
        )
        if lo is None:
            out.append(_arrow(_PLOT_X0, y + _ROW_H / 2, left=True))
        if hi is None:
            out.append(_arrow(_PLOT_X1, y + _ROW_H / 2, left=False))
        out.append("</g>")
    out.append("</svg>")
    return "".join(out)


def _arrow(tip_x: float, mid_y: float, *, left: bool) -> str:
    back = tip_x + 8 if left else tip_x - 8
    return (
        f'<polygon class="open" points="{tip_x:.1f},{mid_y:.1f} {back:.1f},{mid_y - 6:.1f} '
        f'{back:.1f},{mid_y + 6:.1f}"/>'
    )


def _ticks(first: date, last: date) -> list[tuple[date, str]]:
    """Tick marks at round dates, about a dozen at most, labelled at the axis's scale."""
    days = (last - first).days
    ticks: list[tuple[date, str]] = []
    if days <= 16:
        day = first
        while day <= last:
            ticks.append((day, f"{day.day} {day:%b}"))
            day += timedelta(days=1)
    elif days <= 120:
        day = first + timedelta(days=(7 - first.weekday()) % 7)  # Mondays
        step = 7 if days <= 84 else 14
        while day <= last:
            ticks.append((day, f"{day.day} {day:%b}"))
            day += timedelta(days=step)
    elif days <= 365 * 4:
        step = max(1, -(-days // (30 * 12)))  # months between ticks: a dozen ticks at most
        year, month = first.year, first.month + 1
        count = 0
        while True:
            if month > 12:
                year, month = year + 1, month - 12
            day = date(year, month, 1)
            if day > last:
                break
            if count % step == 0:
                ticks.append((day, f"{day:%b %Y}" if month == 1 or not ticks else f"{day:%b}"))
            count += 1
            month += 1
    else:
        step = max(1, days // 365 // 12 + 1)
        year = first.year + 1
        while date(year, 1, 1) <= last:
            if (year - first.year - 1) % step == 0:
                ticks.append((date(year, 1, 1), str(year)))
            year += 1
    return ticks
