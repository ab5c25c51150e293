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
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import MAXYEAR, date, timedelta
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
from triangulate.reconcile.sources import named_as, names_outlet, normalise
from triangulate.report.claims_text import (
    CONTESTED,
    claim_value_text,
    conservative_text,
    group_figures,
    group_order,
    interval_text,
    published_text,
    range_text,
    relay_text,
    source_text,
    speaker_text,
    verdict_text,
    when_text,
)
from triangulate.report.digest import (
    KEY_FINDINGS,
    Digest,
    Finding,
    StoryView,
    Voice,
    analysed,
    date_span,
    digest,
    language_text,
    names_text,
    span_text,
    type_text,
)

OPEN_STORIES = 5
"""Stories shown open; the others are listed in the index and open when followed."""
OPEN_TEXTS = 12
"""Up to this many reports, their texts are shown open; more are folded, one per report."""
OPEN_INPUTS = 50
"""Up to this many inputs are listed in full; more are folded, those not read listed first."""
TOP_ENTITIES = 8
"""Entities named in a story's section before the full table."""

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


def name_html(name: str) -> str:
    """A name (an outlet, a speaker) escaped, set apart from the text around it when it is
    written right to left: without ``<bdi>`` a browser lays the digits, commas and brackets
    next to an Arabic or Hebrew name out in the wrong order ("24 ..." for "... 24")."""
    escaped = _esc(name)
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in name):
        return f"<bdi>{escaped}</bdi>"
    return escaped


def _date_reason(reason: str | None) -> str:
    """Why a report's date was taken, under its basis: a short reason in full, a long one
    (a date inferred from the days a report names) folded, so that it does not stretch the
    report's row of the sources table down a screen."""
    if not reason:
        return ""
    if len(reason) <= _REASON_SHOWN:
        return f'<div class="small muted">{_esc(reason)}</div>'
    return (
        '<details class="small muted date-reason"><summary>why this date</summary>'
        f"{_esc(reason)}</details>"
    )


_REASON_SHOWN = 100


def outlet_of(doc: Document) -> str | None:
    """The name a report is published under: its outlet, else (without a wire agency) the
    body its own words say it speaks as, a body's own release (``sources.named_as``), the
    name the analysis credits its own voice to."""
    return named_as(doc)


OWN_REPORT = "the source's own report"
"""How an echo's list marks the report its upstream source published itself."""


def own_report(doc: Document, upstream: str) -> bool:
    """Whether a report is published by the upstream source an echo names (its outlet,
    wire agency or the body it speaks as, in full or a short form of it): the source's
    own report, which relays no one."""
    key = normalise(upstream)
    if not key:
        return False
    for name in (outlet_of(doc), doc.agency):
        if name and (normalise(name) == key or names_outlet(upstream, name)):
            return True
    return not doc.outlet and not doc.agency and bool(doc.title) and normalise(doc.title) == key


def independent_html(sources: Sequence[str]) -> str:
    """A group's independent sources under their count: one a line, left-aligned, so a
    long list reads as a list rather than a ragged paragraph."""
    if not sources:
        return ""
    items = "".join(f"<li>{name_html(source)}</li>" for source in sources)
    return f'<ul class="sources small muted">{items}</ul>'


def outlet_html(outlet: str, report: str | None) -> str:
    """The outlet at the end of a claim's chain in a group's row; where no outlet is known
    (``outlet`` is "—"), the report's short name in quotes, so that a reader still sees
    which report the claim is in rather than a bare dash."""
    if outlet != "—" or not report:
        return f'<span class="outlet">{name_html(outlet)}</span>'
    return f'<span class="outlet" title="outlet unknown">“{name_html(_clip(report, 40))}”</span>'


def cite_labels(names: Sequence[str], limit: int = 40) -> list[str]:
    """The labels of a sentence's citations as HTML, one for each name given (its report's
    outlet or title): a report cited for more than one passage has its citations numbered,
    "AFP (1)", "AFP (2)", so that they do not read as one citation repeated."""
    clipped = [_clip(n, limit) for n in names]
    total = Counter(clipped)
    seen: Counter[str] = Counter()
    labels = []
    for name in clipped:
        seen[name] += 1
        labels.append(name_html(name) + (f" ({seen[name]})" if total[name] > 1 else ""))
    return labels


def see_groups_html(groups: Sequence[tuple[str, str]]) -> str:
    """The groups a summary sentence rests on, each a link named by its label (its anchor
    and label given), each group once: "see: people killed · people displaced"."""
    links = [
        f'<a href="#{_esc(anchor)}" title="{_esc(label)}">{_esc(_clip(label, 60))}</a>'
        for anchor, label in dict.fromkeys(groups)
    ]
    if not links:
        return ""
    return f' <span class="small see-groups">see: {" · ".join(links)}</span>'


def names_html(names: Sequence[str], *, most: int = 3) -> str:
    """Names joined as ``names_text`` joins them, each escaped and set apart by ``name_html``."""
    return names_text([name_html(n) for n in names], most=most)


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
        self.group_label: dict[str, str] = {g.id: g.label for g in report.groups}
        self.digest: Digest = digest(report)
        self.multi = len(self.digest.stories) > 1

    def render(self) -> str:
        css = _asset("report.css")
        js = _asset("report.js")
        # No fetches at all; the one script and style block run only if they are ours.
        csp = (
            "default-src 'none'; img-src data:; "
            f"style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
            "base-uri 'none'; form-action 'none'"
        )
        title = f"triangulate report — {self._headline()}"
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
        parts += [f'<a href="#{key}">{name}</a>' for key, name in self._sections()]
        parts.append("</div></nav>\n<main>\n")
        parts += self._findings()
        if self.multi:
            parts += self._index()
            parts += self._all_contested()
        for n, view in enumerate(self.digest.stories):
            parts += self._story(view, open_=n < OPEN_STORIES)
        parts += self._texts()
        parts += self._inputs()
        parts.append(
            "</main>\n<footer>Every statement links to the characters it came from in "
            "“Report texts”. Generated by triangulate; this page loads nothing from the "
            "network.</footer>\n"
        )
        parts.append(f"<script>{js}</script>\n</body>\n</html>\n")
        return "".join(parts)

    def _headline(self) -> str:
        """The page's heading: the one story's label, or how many stories and reports."""
        if not self.multi:
            return self.report.stories[0].label if self.report.stories else "Cross-checked reports"
        return f"{len(self.digest.stories):,} stories from {len(self.report.documents):,} reports"

    def _sections(self) -> list[tuple[str, str]]:
        """The navigation bar: (anchor, name)."""
        sections = [("findings", "Key findings")]
        if self.multi:
            sections += [("stories", "Stories"), ("contested", "Contested points")]
        else:
            story = self.digest.stories[0].story.id
            sections += [
                (_part_id("summary", story), "Summary"),
                (_part_id("groups", story), "Agreement & conflict"),
                (_part_id("timeline", story), "Timeline"),
                (_part_id("entities", story), "Entities"),
                (_part_id("sources", story), "Sources & echoes"),
            ]
        return [*sections, ("texts", "Report texts"), ("inputs", "Inputs")]

    # -- header -----------------------------------------------------------------------

    def _header(self) -> list[str]:
        r = self.report
        statuses = Counter(i.status for i in r.inputs)
        contested = sum(1 for g in r.groups if g.verdict in CONTESTED)
        stats = [(len(r.documents), "reports")]
        if self.multi:
            stats.append((len(self.digest.stories), "stories"))
        stats += [
            (len(r.claims), "claims"),
            (len(r.groups), "groups"),
            (contested, "contested"),
            (len(r.echoes), "echoes"),
            (len(r.entities), "entities"),
            (statuses.get("skipped", 0) + statuses.get("failed", 0), "inputs not read"),
        ]
        span = span_text(date_span(d.published for d in r.documents))
        return [
            '<header class="top"><div class="inner">',
            '<p class="kicker">triangulate report</p>',
            f"<h1>{_esc(self._headline())}</h1>",
            f'<p class="meta">Published {_esc(span)} · generated {_esc(r.created)} · '
            f"{_esc(r.format)}</p>",
            '<ul class="stats">',
            *(f"<li><b>{n:,}</b>{label}</li>" for n, label in stats),
            "</ul></div></header>\n",
        ]

    # -- key findings -----------------------------------------------------------------

    def _findings(self) -> list[str]:
        contested = self.digest.contested
        established = self.digest.established
        lede = (
            "The most telling contested points, who gives which value, and what independent "
            "sources agree on" + (" across every story." if self.multi else ".")
        )
        parts = [
            '<section id="findings">',
            "<h2>Key findings</h2>",
            f'<p class="lede">{lede}</p>',
            '<div class="findings">',
            '<div class="col"><h3>Contested</h3>',
        ]
        if contested:
            parts.append('<ol class="key contested">')
            parts += [self._finding(f) for f in contested[:KEY_FINDINGS]]
            parts.append("</ol>")
            if len(contested) > KEY_FINDINGS:
                home = contested[0].story.story.id
                more = "#contested" if self.multi else f"#{_part_id('groups', home)}"
                parts.append(
                    f'<p class="small"><a href="{more}">All {len(contested):,} contested '
                    "points</a></p>"
                )
        else:
            parts.append('<p class="empty">No contested points: no two sources disagree.</p>')
        parts.append('</div><div class="col"><h3>Established</h3>')
        if established:
            parts.append('<ol class="key established">')
            parts += [self._finding(f) for f in established[:KEY_FINDINGS]]
            parts.append("</ol>")
        else:
            parts.append(
                '<p class="empty">Nothing established yet: no point is backed by two '
                "independent sources that agree.</p>"
            )
        parts.append("</div></div></section>\n")
        return parts

    def _finding(self, finding: Finding) -> str:
        group = finding.group
        story = ""
        if self.multi:
            view = finding.story.story
            story = (
                f'<div class="small muted">in <a href="#{_story_id(view.id)}">'
                f"{_esc(view.label)}</a></div>"
            )
        return (
            f'<li class="finding" data-verdict="{_esc(group.verdict)}">'
            f'<a class="what" href="#{_anchor("group", group.id)}">{_esc(finding.what)}</a> '
            f"{_verdict_badge(group.verdict)} "
            f'<span class="small muted">{group.independent_sources} independent '
            f"source{'s' if group.independent_sources != 1 else ''}</span>{story}"
            f"{self._voices(finding.voices)}</li>"
        )

    def _voices(self, voices: Sequence[Voice], most: int = 4) -> str:
        items = []
        for voice in voices[:most]:
            claim = self.claims.get(voice.claims[0])
            value = self._claim_link(claim, voice.value) if claim else _esc(voice.value)
            others = [o for o in voice.outlets if o not in voice.speakers]
            where = (
                f' <span class="muted">(in {names_html(others, most=2)})</span>' if others else ""
            )
            items.append(
                f'<li><span class="val">{value}</span> — {names_html(voice.speakers)}{where}</li>'
            )
        if len(voices) > most:
            items.append(f'<li class="muted">and {len(voices) - most} more value(s)</li>')
        return f'<ul class="voices">{"".join(items)}</ul>'

    # -- the story index and the contested points of every story -----------------------

    def _index(self) -> list[str]:
        parts = [
            '<section id="stories">',
            "<h2>Stories</h2>",
            '<p class="lede">Largest first. Each story is cross-checked on its own and has a '
            "section below: its summary (sentences from the reports, each citing the passages "
            "it rests on), its groups of claims about the same thing (contested first; "
            "independent sources count an upstream source once), its timeline, entities, "
            "figures and sources.</p>",
            '<div class="scroll"><table class="fit" id="stories-table">',
            '<colgroup><col class="c-n"><col class="c-story"><col class="c-count">'
            '<col class="c-dates"><col class="c-count"><col></colgroup>',
            '<thead><tr><th class="num">#</th><th>Story</th><th class="num">Reports</th>'
            '<th>Published</th><th class="num">Contested</th><th>Top contested point</th>'
            "</tr></thead><tbody>",
        ]
        for n, view in enumerate(self.digest.stories, 1):
            contested = view.contested
            top = "—"
            if contested:
                group = contested[0]
                top = (
                    f'<a href="#{_anchor("group", group.id)}">{_esc(group.label)}</a> '
                    f"{_verdict_badge(group.verdict)}"
                )
            parts.append(
                f'<tr><td class="num">{n}</td>'
                f'<td><a href="#{_story_id(view.story.id)}">{_esc(view.story.label)}</a></td>'
                f'<td class="num">{len(view.documents):,}</td>'
                f"<td>{_esc(span_text(view.dates))}</td>"
                f'<td class="num">{len(contested):,}</td><td>{top}</td></tr>'
            )
        parts.append("</tbody></table></div></section>\n")
        return parts

    def _all_contested(self) -> list[str]:
        findings = self.digest.contested
        parts = [
            '<section id="contested">',
            "<h2>Contested points</h2>",
            f'<p class="lede">{len(findings):,} groups of claims whose sources disagree, '
            "differ in scope or were updated, in every story, the most telling first. "
            "Each opens its row in its story.</p>",
        ]
        if not findings:
            parts.append('<p class="empty">No contested points.</p></section>\n')
            return parts
        parts += [
            '<div class="scroll"><table class="fit" id="conflicts-table">',
            '<colgroup><col class="c-story"><col class="c-what"><col class="c-verdict-s">'
            '<col><col class="c-count"></colgroup>',
            "<thead><tr><th>Story</th><th>What</th><th>Verdict</th>"
            '<th>Values and who gives them</th><th class="num">Independent</th></tr>'
            "</thead><tbody>",
        ]
        for finding in findings:
            group = finding.group
            view = finding.story.story
            parts.append(
                f'<tr class="row-{_esc(group.verdict)}" data-verdict="{_esc(group.verdict)}">'
                f'<td><a href="#{_story_id(view.id)}">{_esc(view.label)}</a></td>'
                f'<td><a href="#{_anchor("group", group.id)}"><b>{_esc(finding.what)}</b></a></td>'
                f"<td>{_verdict_badge(group.verdict)}</td>"
                f"<td>{self._voices(finding.voices)}</td>"
                f'<td class="num">{group.independent_sources}</td></tr>'
            )
        parts.append("</tbody></table></div></section>\n")
        return parts

    # -- one story --------------------------------------------------------------------

    def _story(self, view: StoryView, *, open_: bool) -> list[str]:
        story = view.story
        contested = view.contested
        outlets = names_html(
            list(dict.fromkeys(d.outlet for d in view.documents if d.outlet)), most=4
        )
        meta = [
            f"{len(view.documents):,} report(s)",
            _esc(span_text(view.dates)),
            f"{len(contested):,} contested of {len(view.groups):,} group(s)",
        ]
        if outlets:
            meta.append(f"outlets: {outlets}")
        unread = [d for d in view.documents if not analysed(d)]
        if unread:
            languages = names_text(
                list(dict.fromkeys(d.language.name for d in unread if d.language))
            )
            meta.append(f"{len(unread):,} not analysed ({_esc(languages)})")
        parts = [
            f'<section class="story" id="{_story_id(story.id)}">',
            f'<details class="story-body"{" open" if open_ else ""}>',
            f'<summary class="story-head"><h2>{_esc(story.label)}</h2>'
            f'<span class="story-meta">{" · ".join(meta)}</span></summary>',
        ]
        parts += self._summary(view)
        parts += self._groups(view)
        parts += self._timeline(view)
        parts += self._entities(view)
        parts += self._claims_tables(view)
        parts += self._sources(view)
        parts.append("</details></section>\n")
        return parts

    def _part(self, key: str, view: StoryView, heading: str, lede: str) -> list[str]:
        """The opening of one part of a story; the lede only where there is one story."""
        parts = [
            f'<div class="part part-{key}" id="{_part_id(key, view.story.id)}">',
            f"<h3>{heading}</h3>",
        ]
        if not self.multi:
            parts.append(f'<p class="lede">{lede}</p>')
        return parts

    def _summary(self, view: StoryView) -> list[str]:
        parts = self._part(
            "summary",
            view,
            "Summary",
            "Sentences taken from the reports. Each citation opens the passage it rests on; "
            "contested points are marked.",
        )
        if not view.summary:
            parts.append('<p class="empty">No summary yet.</p></div>\n')
            return parts
        parts.append('<ol class="summary">')
        for sentence in view.summary:
            parts.append(self._sentence(sentence))
        parts.append("</ol></div>\n")
        return parts

    def _sentence(self, sentence: SummarySentence) -> str:
        bits = [f'<li><span class="sentence">{_esc(sentence.text)}</span>']
        if sentence.contested:
            bits.append(' <span class="badge v-conflict">Contested</span>')
            if sentence.contest:
                bits.append(f' <span class="contest">{_esc(sentence.contest)}</span>')
        bits.append('<span class="cites">')
        labels = cite_labels(
            [
                doc.outlet or self.doc_names[doc.id] if (doc := self.docs.get(c.doc)) else ""
                for c in sentence.citations
            ]
        )
        for citation, label in zip(sentence.citations, labels, strict=True):
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
            bits.append(f'<a class="cite" href="#{key}" title="{_esc(tip)}">{label}</a>')
        bits.append("</span>")
        bits.append(
            see_groups_html(
                [
                    (_anchor("group", g), self.group_label[g])
                    for g in sentence.groups
                    if g in self.group_label
                ]
            )
        )
        bits.append("</li>")
        return "".join(bits)

    # -- groups -----------------------------------------------------------------------

    def _groups(self, view: StoryView) -> list[str]:
        parts = self._part(
            "groups",
            view,
            "Agreement & conflict",
            "Claims about the same thing, contested first. Independent sources count an "
            "upstream source once, however many outlets repeat it.",
        )
        if not view.groups:
            parts.append('<p class="empty">No groups: no claims have been set side by side.</p>')
            parts.append("</div>\n")
            return parts
        contested = view.contested
        others = [g for g in group_order(view.groups) if g.verdict not in CONTESTED]
        if contested:
            parts += self._group_table(contested, "contested")
        else:
            parts.append(
                '<p class="empty">No contested groups: where sources were set side by '
                "side, they agree or stand alone.</p>"
            )
        if others:
            agree = sum(1 for g in others if g.verdict == "agree")
            parts.append(
                f'<details class="more"{" open" if not contested else ""}><summary>'
                f"{len(others):,} more group(s): {agree:,} agreeing, "
                f"{len(others) - agree:,} from a single source</summary>"
            )
            parts += self._group_table(others, "other")
            parts.append("</details>")
        parts.append("</div>\n")
        return parts

    def _group_table(self, groups: Sequence[Group], kind: str) -> list[str]:
        parts = [
            f'<div class="scroll"><table class="fit groups {kind}">',
            '<colgroup><col class="c-what"><col class="c-verdict"><col>'
            '<col class="c-sources"><col class="c-range"><col class="c-count"></colgroup>',
            "<thead><tr><th>What</th><th>Verdict and why</th>"
            "<th>Claims: value · speaker · relay · outlet</th>"
            '<th>Independent</th><th class="num">Range</th>'
            '<th class="num">Conservative</th></tr></thead><tbody>',
        ]
        parts += [self._group_row(group) for group in groups]
        parts.append("</tbody></table></div>")
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
                f'<span class="who">{name_html(speaker if speaker != "—" else "no named speaker")}'
                "</span>"
            ]
            if claim.via:
                chain.append(f'<span class="via">via {name_html(relay_text(claim))}</span>')
            doc = self.docs.get(claim.doc)
            chain.append(outlet_html(self._outlet(claim), self.doc_names[doc.id] if doc else None))
            items.append(
                f'<li><span class="val">{self._claim_link(claim, self.digest.value(claim))}</span>'
                f'<span class="chain">{"".join(chain)}</span></li>'
            )
        sources = independent_html(group.sources)
        figures = group_figures(group, self.claims)
        conservative = conservative_text(group.conservative, figures)
        return (
            f'<tr id="{_anchor("group", group.id)}" class="row-{_esc(group.verdict)}" '
            f'data-verdict="{_esc(group.verdict)}">'
            f'<td><b>{_esc(group.label)}</b><div class="small muted">{_esc(group.kind)}, '
            f"{len(group.claims)} claim(s)</div></td>"
            f'<td>{_verdict_badge(group.verdict)}<div class="why">{_esc(group.explanation)}'
            "</div></td>"
            f'<td><ul class="claims">{"".join(items)}</ul></td>'
            f'<td class="indep"><span class="n">{group.independent_sources}</span>{sources}</td>'
            f'<td class="num">{_esc(range_text(group.range, figures))}</td>'
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
        return claim.outlet or (outlet_of(doc) if doc else None) or "—"

    # -- timeline ---------------------------------------------------------------------

    def _timeline(self, view: StoryView) -> list[str]:
        parts = self._part(
            "timeline",
            view,
            "Timeline",
            "Events as intervals on a date axis. A solid bar is a known day; a hatched bar "
            "a month; a pale dashed bar a year; an arrow an open end.",
        )
        entries = view.timeline
        if not entries:
            parts.append('<p class="empty">No timeline entries yet.</p></div>\n')
            return parts
        ident = _part_id("timeline", view.story.id)
        svg = timeline_svg(entries, ident=ident)
        if svg:
            parts.append(f'<div class="chart">{svg}</div>')
        parts.append(
            f'<details class="more"{"" if svg else " open"}><summary>The timeline as a table '
            f"({len(entries):,} entries, with their claims and reports)</summary>"
        )
        parts += timeline_table(
            entries,
            refs=lambda entry: self._claim_refs(entry.claims),
            docs=lambda entry: self._doc_links(entry.docs),
            ident=ident,
            chart=False,
        )
        parts.append("</details></div>\n")
        return parts

    def _claim_refs(self, claim_ids: Sequence[str]) -> str:
        links = [
            self._claim_link(self.claims[c], f"[{n}]")
            for n, c in enumerate(claim_ids, 1)
            if c in self.claims
        ]
        return f' <span class="small">{" ".join(links)}</span>' if links else ""

    def _doc_links(self, doc_ids: Sequence[str], upstream: str | None = None) -> str:
        """Links to the reports; with ``upstream``, the report it published itself is
        marked as its own (``own_report``)."""
        links = [
            f'<a href="#{_anchor("doc", d)}">{_esc(self.doc_names[d])}</a>'
            + (
                f' <span class="own small muted">({OWN_REPORT})</span>'
                if upstream and own_report(self.docs[d], upstream)
                else ""
            )
            if d in self.docs
            else _esc(d)
            for d in doc_ids
        ]
        return ", ".join(links) or "—"

    # -- entities, figures, assertions ------------------------------------------------

    def _entities(self, view: StoryView) -> list[str]:
        entities = sorted(view.entities, key=_entity_rank)
        parts = self._part(
            "entities",
            view,
            "Entities",
            f"{len(entities):,} people, places and organisations, every spelling merged; "
            "the most widely reported first.",
        )
        if not entities:
            parts.append('<p class="empty">No entities.</p></div>\n')
            return parts
        chips = []
        for entity in entities[:TOP_ENTITIES]:
            docs = len({m.doc for m in entity.mentions})
            others = [a for a in entity.aliases if a != entity.name]
            also = f' <span class="muted">also {_esc(names_text(others))}</span>' if others else ""
            chips.append(
                f'<li><b>{_esc(entity.name)}</b> <span class="muted">{_esc(type_text(entity))}, '
                f"{docs:,} report(s)</span>{also}</li>"
            )
        parts.append(f'<ul class="chips">{"".join(chips)}</ul>')
        parts.append(
            f'<details class="more"><summary>Every entity ({len(entities):,}) with its '
            "spellings and counts</summary>"
        )
        parts += [
            '<div class="scroll"><table class="fit entities">',
            '<colgroup><col class="c-what"><col class="c-count"><col>'
            '<col class="c-count"><col class="c-count"></colgroup>',
            '<thead><tr><th>Entity</th><th>Type</th><th>Spellings</th><th class="num">Mentions'
            '</th><th class="num">Reports</th></tr></thead><tbody>',
        ]
        parts += [_entity_row(entity) for entity in entities]
        parts.append("</tbody></table></div></details></div>\n")
        return parts

    def _claims_tables(self, view: StoryView) -> list[str]:
        figures = [c for c in view.claims if c.figure is not None]
        assertions = [c for c in view.claims if c.assertion is not None]
        parts = self._part(
            "claims",
            view,
            "Figures and assertions",
            f"{len(figures):,} reported figures and {len(assertions):,} statements of who did "
            "what, in report order, each with its source and group.",
        )
        if figures:
            parts.append(
                f'<details class="more"><summary>Figures ({len(figures):,})</summary>'
                '<div class="scroll"><table class="fit figures">'
                '<colgroup><col class="c-value"><col class="c-what"><col><col class="c-what">'
                '<col class="c-dates"><col class="c-verdict-s"><col class="c-what"></colgroup>'
                "<thead><tr><th>Value</th><th>Measure</th><th>Quoted</th><th>Source</th>"
                "<th>When</th><th>Group</th><th>Report</th></tr></thead><tbody>"
            )
            for claim in figures:
                assert claim.figure is not None  # filtered above; narrows the type
                parts.append(
                    f"<tr><td><b>{_esc(claim_value_text(claim))}</b></td>"
                    f"<td>{_esc(claim.figure.measure)}</td>"
                    f'<td class="quote">{self._claim_link(claim, claim.text)}</td>'
                    f"<td>{_esc(source_text(claim))}</td>"
                    f"<td>{_esc(when_text(claim)) or '—'}</td>"
                    f"<td>{self._group_badge(claim)}</td>"
                    f"<td>{self._doc_links((claim.doc,))}</td></tr>"
                )
            parts.append("</tbody></table></div></details>")
        if assertions:
            parts.append(
                f'<details class="more"><summary>Assertions ({len(assertions):,})</summary>'
                '<div class="scroll"><table class="fit assertions">'
                '<colgroup><col class="c-what"><col class="c-count"><col class="c-what">'
                '<col class="c-count"><col><col class="c-what"><col class="c-verdict-s">'
                '<col class="c-what"></colgroup>'
                "<thead><tr><th>Who</th><th>Did what</th><th>To what</th><th>Modality</th>"
                "<th>Quoted</th><th>Source</th><th>Group</th><th>Report</th></tr></thead><tbody>"
            )
            for claim in assertions:
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
            parts.append("</tbody></table></div></details>")
        if not figures and not assertions:
            parts.append('<p class="empty">No figures or assertions.</p>')
        parts.append("</div>\n")
        return parts

    def _group_badge(self, claim: Claim) -> str:
        group = self.group_of.get(claim.id)
        if group is None:
            return '<span class="muted">—</span>'
        return f'<a href="#{_anchor("group", group.id)}">{_verdict_badge(group.verdict)}</a>'

    # -- sources and echoes -----------------------------------------------------------

    def _sources(self, view: StoryView) -> list[str]:
        parts = self._part(
            "sources",
            view,
            "Sources & echoes",
            "Who published each report, and which reports relay one upstream source "
            "(an echo counts once as an independent source).",
        )
        echo_of: dict[str, list[Echo]] = defaultdict(list)
        for echo in view.echoes:
            for doc_id in echo.docs:
                echo_of[doc_id].append(echo)
        per_doc = Counter(c.doc for c in view.claims)
        inferred = sum(1 for d in view.documents if d.published.basis == "inferred")
        note = f", {inferred:,} with an inferred date" if inferred else ""
        parts += [
            f'<details class="more"{" open" if not self.multi else ""}><summary>'
            f"{len(view.documents):,} report(s){note}, {len(view.echoes):,} echo(es)"
            "</summary>",
            '<div class="scroll"><table class="fit sources">',
            '<colgroup><col><col class="c-what"><col class="c-dates"><col class="c-what">'
            '<col class="c-count"><col class="c-what"><col class="c-what"></colgroup>',
            "<thead><tr><th>Report</th><th>Outlet</th><th>Published</th><th>Basis</th>"
            '<th class="num">Claims</th><th>Relays</th><th>Link</th></tr></thead><tbody>',
        ]
        for doc in view.documents:
            pub = doc.published
            # a report may relay one upstream source in more than one echo: it is named once
            # a report may relay one upstream source in more than one echo: it is named once;
            # a report the upstream published itself relays no one
            relays = (
                ", ".join(
                    name_html(u)
                    for u in dict.fromkeys(e.upstream for e in echo_of.get(doc.id, ()))
                    if not own_report(doc, u)
                )
                or "—"
            )
            outlet = outlet_of(doc) or "—"
            if doc.agency and doc.agency != doc.outlet:
                outlet += f" (wire: {doc.agency})"
            reason = _date_reason(pub.reason)
            language = (
                ""
                if doc.language is None
                else f'<div class="small muted">{_esc(language_text(doc))}</div>'
            )
            parts.append(
                f'<tr><td><a href="#{_anchor("doc", doc.id)}">{_esc(self.doc_names[doc.id])}'
                f"</a>{language}</td><td>{name_html(outlet)}</td>"
                f"<td>{_esc(published_text(pub))}</td>"
                f"<td>{_esc(pub.basis)}{reason}</td>"
                f'<td class="num">{per_doc.get(doc.id, 0):,}</td>'
                f"<td>{relays}</td><td>{_external(doc.url)}</td></tr>"
            )
        if not view.documents:
            parts.append('<tr><td colspan="7" class="empty">No reports were read.</td></tr>')
        parts.append("</tbody></table></div>")
        if view.echoes:
            parts.append("<h4>Echoes</h4>")
        else:
            parts.append(
                '<p class="empty">No echoes: no two reports were found to relay one '
                "upstream source.</p>"
            )
        for echo in view.echoes:
            parts.append(self._echo(echo))
        parts.append("</details></div>\n")
        return parts

    def _echo(self, echo: Echo) -> str:
        # An echo found by the reports' shared words may carry no claim: "none", never a
        # count run into a dash ("0—").
        claims = f"{len(echo.claims)}{self._claim_refs(echo.claims)}" if echo.claims else "none"
        return (
            '<div class="echo-card">'
            f"<h4>Upstream: {name_html(echo.upstream)}</h4>"
            '<dl class="echo">'
            f"<dt>Relayed by</dt><dd>{self._doc_links(echo.docs, echo.upstream)}</dd>"
            f"<dt>Claims</dt><dd>{claims}</dd>"
            f"<dt>Evidence</dt><dd>{_esc(echo.evidence)}</dd>"
            "</dl></div>"
        )

    # -- report texts -----------------------------------------------------------------

    def _texts(self) -> list[str]:
        documents = [d for view in self.digest.stories for d in view.documents]
        opened = len(documents) <= OPEN_TEXTS
        parts = [
            '<section id="texts">',
            "<h2>Report texts</h2>",
            '<p class="lede">The cleaned text every stage worked on, story by story. Offsets '
            "in the JSON report point into exactly this text"
            + ("." if opened else "; open a report to read it (a citation opens its own).")
            + "</p>",
            '<p class="legend"><span><mark class="claim">figure</mark></span>'
            '<span><mark class="claim assertion">assertion</mark></span>'
            '<span><mark class="claim contested">claim in a contested group</mark></span>'
            '<span><mark class="cite">cited in the summary</mark></span></p>',
        ]
        spans = self._spans()
        for doc in documents:
            parts.append(self._document(doc, spans.get(doc.id, []), opened))
        if not documents:
            parts.append('<p class="empty">No reports were read.</p>')
        parts.append("</section>\n")
        return parts

    def _spans(self) -> dict[str, list[Span]]:
        spans: dict[str, list[Span]] = defaultdict(list)
        for claim in self.report.claims:
            group = self.group_of.get(claim.id)
            classes = "claim " + claim.kind
            tip = f"{claim.kind}: {self.digest.value(claim)} — {source_text(claim)}"
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

    def _document(self, doc: Document, spans: list[Span], opened: bool) -> str:
        pub = doc.published
        meta = [
            f"<span>{name_html(outlet_of(doc) or 'outlet unknown')}</span>",
            f"<span>published {_esc(published_text(pub))}"
            + ("" if pub.basis in ("inferred", "unknown") else f" ({_esc(pub.basis)})")
            + "</span>",
            f'<span class="mono">{_esc(doc.source)}</span>',
        ]
        if doc.language is not None:
            meta.insert(2, f"<span>{_esc(language_text(doc))}</span>")
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
            f'<details class="doc" id="{_anchor("doc", doc.id)}"{" open" if opened else ""}>'
            f"<summary><h3>{_esc(doc.heading())}</h3>"
            f'<p class="doc-meta">{"".join(meta)}</p></summary>{cuts}'
            f'<div class="text">{mark_text(doc.text, spans)}</div></details>\n'
        )

    # -- inputs -----------------------------------------------------------------------

    def _inputs(self) -> list[str]:
        inputs = self.report.inputs
        statuses = Counter(i.status for i in inputs)
        parts = [
            '<section id="inputs">',
            "<h2>Inputs</h2>",
            f'<p class="lede">Every input given, and what became of it: {statuses.get("ok", 0):,}'
            f" read, {statuses.get('skipped', 0):,} skipped, {statuses.get('failed', 0):,} "
            "failed.</p>",
        ]
        bad = [i for i in inputs if i.status != "ok"]
        table = [
            '<div class="scroll"><table class="fit inputs">',
            '<colgroup><col><col class="c-count"><col></colgroup>',
            "<thead><tr><th>Input</th><th>Status</th><th>Reason</th></tr></thead><tbody>",
        ]
        if len(inputs) <= OPEN_INPUTS:
            parts += table
            parts += [_input_row(record) for record in inputs]
            if not inputs:
                parts.append('<tr><td colspan="3" class="empty">No inputs.</td></tr>')
            parts.append("</tbody></table></div></section>\n")
            return parts
        if bad:
            parts.append(f"<h3>Not read ({len(bad):,})</h3>")
            parts += table
            parts += [_input_row(record) for record in bad]
            parts.append("</tbody></table></div>")
        parts.append(f'<details class="more"><summary>Every input ({len(inputs):,})</summary>')
        parts += table
        parts += [_input_row(record) for record in inputs]
        parts.append("</tbody></table></div></details></section>\n")
        return parts


def _story_id(story_id: str) -> str:
    """The element id of a story's section."""
    return _anchor("story", story_id or "all")


def _part_id(key: str, story_id: str) -> str:
    """The element id of one part of a story's section ("summary", "groups", ...)."""
    return _anchor(key, story_id or "all")


def _doc_name(doc: Document) -> str:
    return _clip(doc.title or doc.outlet or doc.reference(48), 60)


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


def _entity_rank(entity: Entity) -> tuple[int, int, str]:
    """Entities named in more reports first, then with more mentions, then by name."""
    return (-len({m.doc for m in entity.mentions}), -len(entity.mentions), entity.name)


def _entity_row(entity: Entity) -> str:
    docs = len({m.doc for m in entity.mentions})
    return (
        f"<tr><td><b>{_esc(entity.name)}</b></td><td>{_esc(type_text(entity))}</td>"
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
    ident: str = "timeline",
    chart: bool = True,
) -> list[str]:
    """The timeline as a chart and a table, one row per entry; links come from the caller.

    Args:
        entries: The timeline entries, in order.
        refs: HTML after an entry's label linking its claims (may be empty).
        docs: HTML linking an entry's reports.
        ident: Prefix of the element ids (``{ident}-table``, the chart's), unique per page.
        chart: Draw the chart above the table (``timeline_svg``).

    Returns:
        HTML pieces: the chart (when any entry has a date) and the table.
    """
    parts: list[str] = []
    svg = timeline_svg(entries, ident=ident) if chart else ""
    if svg:
        parts.append(f'<div class="chart">{svg}</div>')
    parts += [
        f'<div class="scroll"><table class="fit timeline" id="{ident}-table">',
        '<colgroup><col class="c-dates"><col class="c-range"><col><col class="c-story"></colgroup>',
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
# The room a bar's dates take beside it ("2017-01-01 – 2017-10-11" at 11px).
_WHEN_W = 150
_AXIS_H = 30
_BAR_CLASS = {"day": "bar-day", "month": "bar-month", "year": "bar-year"}


def timeline_svg(entries: Sequence[TimelineEntry], *, ident: str = "timeline") -> str:
    """The timeline as an inline SVG chart: one bar per entry on a shared date axis.

    A day is a solid bar, a month a hatched one, a year a pale dashed one; an open end
    (no start or no end) runs to the edge and ends in an arrow. Unreadable dates are left
    out, never fatal.

    Args:
        entries: The timeline entries, drawn in the order given.
        ident: Prefix of the chart's element ids (its title, its hatching), unique per page.

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
    axis = _Axis.of([(lo, hi) for _, lo, hi in spans])
    x = axis.x
    height = _AXIS_H + _ROW_H * len(spans) + 8
    out: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH} {height}" '
        f'role="img" aria-labelledby="{ident}-title"><title id="{ident}-title">Timeline of '
        f"{len(spans)} event(s){_esc(axis.note())}</title>",
        f'<defs><pattern id="{ident}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#dbe7f5"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#1f5fa8" stroke-width="2.5"/>'
        "</pattern></defs>",
    ]
    for tick, label in axis.ticks():
        tx = x(tick)
        out.append(
            f'<g class="tick"><line class="grid" x1="{tx:.1f}" x2="{tx:.1f}" y1="{_AXIS_H - 6}" '
            f'y2="{height - 4}"/><text x="{tx:.1f}" y="{_AXIS_H - 12}" text-anchor="middle">'
            f"{label}</text></g>"
        )
    out += axis.breaks(height)
    for row, (entry, lo, hi) in enumerate(spans):
        y = _AXIS_H + row * _ROW_H
        part = axis.part((lo or hi) or date.min)
        # An open end stops short of its part's edge, where its arrow goes.
        x0 = x(lo) if lo is not None else part.x0 + 10
        end = _later(hi, 1) if hi is not None else None
        x1 = x(end) if end is not None else x(hi) if hi is not None else part.x1 - 10
        width = max(x1 - x0, 5.0)
        when = _esc(interval_text(entry.start, entry.end))
        # The dates go after the bar, else before it; a bar that leaves room on neither
        # side within the plot (one running from near its start to near its end) carries
        # them inside, so that they never run into the events' names on the left.
        if x0 + width + _WHEN_W < _PLOT_X1:
            when_at = f'class="when" x="{x0 + width + 6:.1f}" text-anchor="start"'
        elif x0 - _WHEN_W > _PLOT_X0:
            when_at = f'class="when" x="{x0 - 6:.1f}" text-anchor="end"'
        else:
            when_at = f'class="when in" x="{x0 + 6:.1f}" text-anchor="start"'

        precision = entry.precision or "unknown"
        css = _BAR_CLASS.get(precision, "bar-year")
        fill = f' fill="url(#{ident}-hatch)"' if css == "bar-month" else ""
        tip = f"{entry.label} — {interval_text(entry.start, entry.end)} (precision: {precision})"
        out.append(
            f'<g class="row"><title>{_esc(tip)}</title>'
            f'<text x="0" y="{y + 17}">{_esc(_clip(entry.label, 44))}</text>'
            f'<rect class="{css}"{fill} x="{x0:.1f}" y="{y + 6}" width="{width:.1f}" '
            f'height="{_ROW_H - 12}" rx="2"/>'
            f'<text {when_at} y="{y + 17}">{when}</text>'
        )
        if lo is None:
            out.append(_arrow(part.x0, y + _ROW_H / 2, left=True))
        if hi is None:
            out.append(_arrow(part.x1, y + _ROW_H / 2, left=False))
        out.append("</g>")
    out.append("</svg>")
    return "".join(out)


_FAR_W = 96
"""The width of a part of the axis that holds dates far from the rest."""
_BREAK_W = 22
"""The room an axis break takes between two parts."""
_NEAR = timedelta(days=60)
"""Dates closer than this to the rest of the events are never drawn apart."""


@dataclass(frozen=True, slots=True)
class _Part:
    """One stretch of the date axis: days ``first`` to ``last`` drawn from ``x0`` to
    ``x1``, for the events' dates ``start`` to ``stop`` (``first`` and ``last`` leave room
    either side); ``far`` where it holds dates far from the rest."""

    start: date
    stop: date
    x0: float
    x1: float
    far: bool = False

    @property
    def first(self) -> date:
        return _padded(self.start, self.stop)[0]

    @property
    def last(self) -> date:
        return _padded(self.start, self.stop)[1]

    def x(self, day: date) -> float:
        total = max((self.last - self.first).days, 1)
        return self.x0 + (self.x1 - self.x0) * (day - self.first).days / total


def _padded(first: date, last: date) -> tuple[date, date]:
    """A stretch of days with a little room either side, and at least a few days, so
    one-day events are visible; days at the ends of the calendar (year 1, year 9999) get
    what room there is."""
    pad = max(timedelta(days=1), (last - first) / 30)
    first = first - pad if first - date.min >= pad else date.min
    last = last + pad + timedelta(days=1) if date.max - last > pad else date.max
    return first, last


def _clusters(spans: Sequence[tuple[date, date]], gap: timedelta) -> list[list[int]]:
    """The spans (by index) in runs whose dates lie within ``gap`` of each other, in date
    order."""
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    runs: list[list[int]] = []
    end = date.min
    for i in order:
        start, stop = spans[i]
        if runs and start - end <= gap:
            runs[-1].append(i)
            end = max(end, stop)
        else:
            runs.append([i])
            end = stop
    return runs


@dataclass(frozen=True, slots=True)
class _Axis:
    """The timeline's date axis: one part for the events, and where some dates lie far
    from them (a background year: "a body set up in 2019" beside a week in 2026), a narrow
    part for those before and one for those after, each behind an axis break, so the
    events' days stay readable rather than squeezed into a sliver of years."""

    parts: tuple[_Part, ...]

    @classmethod
    def of(cls, days: Sequence[tuple[date | None, date | None]]) -> _Axis:
        known = [[d for d in pair if d is not None] or [date.min] for pair in days]
        spans = [(min(pair), max(pair)) for pair in known]
        # The events: the largest run of dates within two months of each other (the
        # latest of equal runs); a run is far from it where the gap between them is more
        # than twice the events' own length and more than two months.
        runs = _clusters(spans, _NEAR)
        main = max(runs, key=lambda run: (len(run), spans[run[0]]))
        length = max(spans[i][1] for i in main) - min(spans[i][0] for i in main)
        runs = _clusters(spans, max(_NEAR, 2 * length))
        core = next(run for run in runs if main[0] in run)
        before = [i for run in runs if spans[run[0]] < spans[core[0]] for i in run]
        after = [i for run in runs if spans[run[0]] > spans[core[0]] for i in run]

        def stretch(run: Sequence[int]) -> tuple[date, date]:
            return min(spans[i][0] for i in run), max(spans[i][1] for i in run)

        x0, x1 = float(_PLOT_X0), float(_PLOT_X1)
        parts: list[_Part] = []
        if before:
            parts.append(_Part(*stretch(before), x0, x0 + _FAR_W, far=True))
            x0 += _FAR_W + _BREAK_W
        if after:
            x1 -= _FAR_W + _BREAK_W
        parts.append(_Part(*stretch(core), x0, x1))
        if after:
            far_x0 = x1 + _BREAK_W
            parts.append(_Part(*stretch(after), far_x0, far_x0 + _FAR_W, far=True))
        return cls(tuple(parts))

    def part(self, day: date) -> _Part:
        """The part that draws a day (the nearest, for a day between two parts)."""
        for part in self.parts:
            if part.first <= day <= part.last:
                return part
        return min(
            self.parts,
            key=lambda p: min(abs((day - p.first).days), abs((day - p.last).days)),
        )

    def x(self, day: date) -> float:
        return self.part(day).x(day)

    def ticks(self) -> list[tuple[date, str]]:
        """Round dates on the events' part at its scale; a far part is marked by its
        year or years, once, at its middle."""
        ticks: list[tuple[date, str]] = []
        for part in self.parts:
            if not part.far:
                ticks += _ticks(part.first, part.last)
                continue
            years = _years_text(part)
            ticks.append((part.first + (part.last - part.first) / 2, years))
        return ticks

    def breaks(self, height: int) -> list[str]:
        """The axis breaks between the parts: a pale band down the chart, with a double
        slash across the axis, that says which dates it skips."""
        out: list[str] = []
        for left, right in zip(self.parts, self.parts[1:], strict=False):
            mid = (left.x1 + right.x0) / 2
            tip = (
                f"The axis breaks here: it skips from {left.stop.isoformat()} to "
                f"{right.start.isoformat()}, and the dates either side are not drawn to one "
                "scale."
            )
            out.append(
                f'<g class="axis-break"><title>{_esc(tip)}</title>'
                f'<rect x="{left.x1 + 4:.1f}" y="{_AXIS_H - 8}" width="{_BREAK_W - 8}" '
                f'height="{height - _AXIS_H + 4}"/>'
                f'<path d="M{mid - 7:.1f},{_AXIS_H - 2} l6,-12 M{mid + 1:.1f},{_AXIS_H - 2} '
                f'l6,-12"/></g>'
            )
        return out

    def note(self) -> str:
        """What the chart's title adds about its breaks: "" where there are none."""
        far = [p for p in self.parts if p.far]
        if not far:
            return ""
        years = ", ".join(_years_text(p) for p in far)
        return f"; dates far from the rest ({years}) are drawn apart, beyond an axis break"


def _years_text(part: _Part) -> str:
    """The year or years a far part of the axis holds ("2019", "2001–2019")."""
    lo, hi = part.start.year, part.stop.year
    return str(lo) if lo == hi else f"{lo}–{hi}"


def _arrow(tip_x: float, mid_y: float, *, left: bool) -> str:
    back = tip_x + 8 if left else tip_x - 8
    return (
        f'<polygon class="open" points="{tip_x:.1f},{mid_y:.1f} {back:.1f},{mid_y - 6:.1f} '
        f'{back:.1f},{mid_y + 6:.1f}"/>'
    )


def _later(day: date, days: int) -> date | None:
    """``day`` plus ``days``, or None past the end of the calendar."""
    return day + timedelta(days=days) if (date.max - day).days >= days else None


def _ticks(first: date, last: date) -> list[tuple[date, str]]:
    """Tick marks at round dates, about a dozen at most, labelled at the axis's scale."""
    days = (last - first).days
    ticks: list[tuple[date, str]] = []
    if days <= 16:
        tick: date | None = first
        while tick is not None and tick <= last:
            ticks.append((tick, f"{tick.day} {tick:%b}"))
            tick = _later(tick, 1)
    elif days <= 120:
        step = 7 if days <= 84 else 14
        tick = _later(first, (7 - first.weekday()) % 7)  # Mondays
        while tick is not None and tick <= last:
            ticks.append((tick, f"{tick.day} {tick:%b}"))
            tick = _later(tick, step)
    elif days <= 365 * 4:
        step = max(1, -(-days // (30 * 12)))  # months between ticks: a dozen ticks at most
        year, month = first.year, first.month + 1
        count = 0
        while True:
            if month > 12:
                year, month = year + 1, month - 12
            if year > MAXYEAR:
                break
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
        while year <= MAXYEAR and date(year, 1, 1) <= last:
            if (year - first.year - 1) % step == 0:
                ticks.append((date(year, 1, 1), str(year)))
            year += 1
    return ticks
