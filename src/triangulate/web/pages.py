"""Server-rendered HTML pages, built as strings like the HTML report.

Every piece of text that comes from a report, a file name or a request goes through ``esc``
(``html.escape``, quotes included), and ids in URLs through ``quote``: a report holding
``<script>`` or an ``onerror=`` attribute shows as text. Pages load only the app's own
stylesheets and script (``/static/...``), which the Content-Security-Policy enforces.
"""

from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from urllib.parse import quote, urlencode

from triangulate.model import (
    Claim,
    Document,
    Entity,
    Group,
    Published,
    Report,
    SummarySentence,
    TimelineEntry,
)
from triangulate.report.claims_text import (
    CONTESTED,
    claim_value_text,
    group_figures,
    group_order,
    number,
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
    DateSpan,
    date_span,
    digest,
    span_text,
    type_text,
)
from triangulate.report.html import (
    OWN_REPORT,
    Span,
    cite_anchor,
    cite_labels,
    claim_anchor,
    independent_html,
    mark_text,
    name_html,
    names_html,
    outlet_html,
    outlet_of,
    own_report,
    see_groups_html,
    timeline_table,
)
from triangulate.web.jobs import Job
from triangulate.web.queries import Hit, StoryRow

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_VERDICTS = frozenset({"agree", "conflict", "scope_differs", "update", "single"})
EXPORTS: tuple[tuple[str, str], ...] = (
    ("json", "JSON report"),
    ("csv", "CSV of claims"),
    ("md", "Markdown"),
    ("html", "HTML report"),
)
"""The export formats of a story: (file extension, name)."""


def esc(text: object) -> str:
    """Escape any text for HTML text and attribute values alike."""
    if text is None:
        return ""
    return html.escape(_CONTROL.sub("\ufffd", str(text)), quote=True)


def q(ident: str) -> str:
    """An id as one URL path segment."""
    return quote(ident, safe="")


def story_url(story_id: str) -> str:
    """The story page's path."""
    return f"/stories/{q(story_id)}"


def claim_url(claim_id: str) -> str:
    """The claim page's path."""
    return f"/claims/{q(claim_id)}"


def document_url(doc_id: str, anchor: str | None = None) -> str:
    """The document page's path, optionally at a marked span."""
    return f"/documents/{q(doc_id)}" + (f"#{q(anchor)}" if anchor else "")


def entity_url(entity_id: str, story_id: str | None = None) -> str:
    """The entity page's path, in one story's context when given."""
    tail = f"?{urlencode({'story': story_id})}" if story_id else ""
    return f"/entities/{q(entity_id)}{tail}"


def layout(
    title: str,
    body: Sequence[str],
    *,
    query: str = "",
    script: bool = False,
    refresh: int | None = None,
) -> str:
    """A whole page: head, the site bar with the search box, the body, the footer.

    Args:
        title: The page title (escaped here).
        body: HTML pieces already escaped.
        query: The search box's text.
        script: Load the span-lighting script.
        refresh: Reload the page after this many seconds (a job in progress).

    Returns:
        The page.
    """
    head = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<meta name="referrer" content="same-origin">\n',
    ]
    if refresh is not None:
        head.append(f'<meta http-equiv="refresh" content="{int(refresh)}">\n')
    head += [
        f"<title>{esc(title)} — triangulate</title>\n",
        '<link rel="stylesheet" href="/static/report.css">\n',
        '<link rel="stylesheet" href="/static/web.css">\n</head>\n<body>\n',
        '<div class="site"><div class="inner"><a class="brand" href="/">triangulate</a>',
        '<a href="/">Stories</a><a href="/add">Add reports</a><a href="/jobs">Jobs</a>',
        '<form method="get" action="/search" role="search">',
        f'<input type="search" name="q" value="{esc(query)}" '
        'placeholder="Search reports, claims, names" aria-label="Search">',
        "<button>Search</button></form></div></div>\n",
    ]
    tail = [
        "<footer>triangulate: every statement links to the characters it came from. "
        "This page loads nothing from outside this server.</footer>\n",
    ]
    if script:
        tail.append('<script src="/static/report.js"></script>\n')
    tail.append("</body>\n</html>\n")
    return "".join([*head, *body, *tail])


def _top(kicker: str, heading: str, meta: str = "", extra: Sequence[str] = ()) -> list[str]:
    parts = [
        '<header class="top"><div class="inner">',
        f'<p class="kicker">{esc(kicker)}</p>',
        f"<h1>{esc(heading)}</h1>",
    ]
    if meta:
        parts.append(f'<p class="meta">{meta}</p>')
    parts += [*extra, "</div></header>\n"]
    return parts


def _section(key: str, heading: str, lede: str = "") -> list[str]:
    parts = [f'<section id="{key}">', f"<h2>{esc(heading)}</h2>"]
    if lede:
        parts.append(f'<p class="lede">{esc(lede)}</p>')
    return parts


def _badge(verdict: str) -> str:
    css = f"v-{verdict}" if verdict in _VERDICTS else "v-unknown"
    return f'<span class="badge {css}">{esc(verdict_text(verdict))}</span>'


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def doc_name(doc: Document) -> str:
    """A short name for a report: its title, else its outlet, else its opening words."""
    return _clip(doc.title or doc.outlet or doc.reference(58), 70)


def context_html(text: str, start: int, end: int, *, width: int = 160, css: str = "hl") -> str:
    """The span ``text[start:end]`` marked, with up to ``width`` characters either side;
    a line break in them (a title over its report's first line) stays a break."""
    if not 0 <= start < end <= len(text):
        return esc(_clip(text, 2 * width))
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space >= 0 else hi
    before = ("…" if lo > 0 else "") + " ".join(text[lo:start].split(" "))
    after = text[end:hi] + ("…" if hi < len(text) else "")
    return (
        f'{_lines_html(before)}<mark class="{esc(css)}">{_lines_html(text[start:end])}</mark>'
        f"{_lines_html(after)}"
    )


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


_LINE_BREAK = re.compile(r"\s*\n\s*")


def _lines_html(text: str) -> str:
    """The text escaped, each of its lines flattened onto one line and its line breaks kept
    as breaks: a report's title and its first paragraph never run together as one
    sentence."""
    return "<br>".join(esc(_flat(part)) for part in _LINE_BREAK.split(text))


# -- story list and search -----------------------------------------------------------------


def story_list_page(rows: Sequence[StoryRow], *, total: int, page: int, per_page: int) -> str:
    """The home page: every story with its report and conflict counts and date span."""
    body = _top(
        "Stories",
        "Stories in this database",
        f"{total:,} stor{'y' if total == 1 else 'ies'} · contested groups counted per story",
    )
    body.append("<main>\n")
    body += _section(
        "stories",
        "Stories",
        "Reports about the same event are sorted into one story. Conflicts count the groups "
        "of claims whose sources disagree, differ in scope or were updated.",
    )
    if not rows:
        if total:
            body.append('<p class="empty">No stories on this page.</p>')
        else:
            body.append(
                '<p class="empty">No stories yet. <a href="/add">Add reports</a> to start.</p>'
            )
    else:
        body += [
            '<div class="scroll"><table class="fit" id="stories-table">',
            '<colgroup><col><col class="c-count"><col class="c-count"><col class="c-count">'
            '<col class="c-dates"></colgroup>',
            '<thead><tr><th>Story</th><th class="num">Reports</th><th class="num">Claims</th>'
            '<th class="num">Conflicts</th><th>Published</th></tr></thead><tbody>',
        ]
        for row in rows:
            conflicts = (
                f'<span class="badge v-conflict">{row.conflicts:,}</span>' if row.conflicts else "0"
            )
            body.append(
                f'<tr><td><a href="{story_url(row.id)}">{esc(row.label)}</a></td>'
                f'<td class="num">{row.reports:,}</td><td class="num">{row.claims:,}</td>'
                f'<td class="num">{conflicts}</td>'
                f"<td>{esc(_row_span(row))}</td></tr>"
            )
        body.append("</tbody></table></div>")
    pages = max(1, -(-total // per_page))
    if pages > 1:
        links = []
        if page > 1:
            links.append(f'<a href="/?page={page - 1}">← Newer pages</a>')
        links.append(f"<span>Page {page} of {pages}</span>")
        if page < pages:
            links.append(f'<a href="/?page={page + 1}">More stories →</a>')
        body.append(f'<nav class="pager" aria-label="Pages">{"".join(links)}</nav>')
    body.append("</section>\n</main>\n")
    return layout("Stories", body)


def _row_span(row: StoryRow) -> str:
    """A story's publication dates, inferred ends said to be inferred."""
    span = DateSpan(
        first=row.first,
        last=row.last,
        first_inferred=row.first_inferred,
        last_inferred=row.last_inferred,
    )
    return span_text(span)


_KIND_NAMES = {"story": "Story", "document": "Report", "claim": "Claim", "entity": "Name"}


def _hit_url(hit: Hit) -> str:
    if hit.kind == "story":
        return story_url(hit.id)
    if hit.kind == "document":
        return document_url(hit.id)
    if hit.kind == "claim":
        return claim_url(hit.id)
    return entity_url(hit.id, hit.story)


def snippet_html(text: str, match: tuple[int, int] | None) -> str:
    """A search snippet with its match marked."""
    if match is None:
        return esc(text)
    start, end = match
    return f'{esc(text[:start])}<mark class="match">{esc(text[start:end])}</mark>{esc(text[end:])}'


def search_page(query: str, hits: Sequence[Hit]) -> str:
    """Search results: stories, reports, claims and names that contain the words."""
    counts: Counter[str] = Counter(h.kind for h in hits)
    meta = " · ".join(f"{counts[k]} {name.lower()}(s)" for k, name in _KIND_NAMES.items())
    body = _top("Search", f"“{query}”" if query else "Search", esc(meta) if query else "")
    body.append("<main>\n")
    body += _section("results", "Results")
    if not query:
        body.append('<p class="empty">Type words to find in the box above.</p>')
    elif not hits:
        body.append('<p class="empty">Nothing matches.</p>')
    else:
        body.append('<ul class="hits" id="hits">')
        for hit in hits:
            body.append(
                f'<li data-kind="{esc(hit.kind)}"><span class="kind">'
                f"{esc(_KIND_NAMES[hit.kind])}</span> "
                f'<a href="{esc(_hit_url(hit))}">{esc(hit.title)}</a>'
                f'<span class="snip">{snippet_html(hit.snippet, hit.match)}</span></li>'
            )
        body.append("</ul>")
    body.append("</section>\n</main>\n")
    return layout("Search", body, query=query)


# -- story -----------------------------------------------------------------------------------


class _Story:
    """Lookups over one story's report, built once per page."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.story = report.stories[0]
        self.docs = {d.id: d for d in report.documents}
        self.claims = {c.id: c for c in report.claims}
        self.group_of: dict[str, Group] = {}
        for group in report.groups:
            for claim_id in group.claims:
                self.group_of.setdefault(claim_id, group)
        # A claim in words: a statement as a sentence in its report's words.
        self.value: Callable[[Claim], str] = digest(report).value

    def outlet(self, claim: Claim) -> str:
        doc = self.docs.get(claim.doc)
        return claim.outlet or (outlet_of(doc) if doc else None) or "—"

    def doc_link(self, doc_id: str, anchor: str | None = None) -> str:
        doc = self.docs.get(doc_id)
        name = doc_name(doc) if doc else doc_id
        return f'<a href="{esc(document_url(doc_id, anchor))}">{esc(name)}</a>'


def story_page(report: Report) -> str:
    """One story: cited summary, conflicts table, timeline, entities, sources, exports.

    Args:
        report: The story's report (``Store.load_report(story_id)``), one story in it.

    Returns:
        The page.
    """
    s = _Story(report)
    story = s.story
    contested = sum(1 for g in report.groups if g.verdict in CONTESTED)
    span = span_text(date_span(d.published for d in report.documents))
    exports = [
        '<p class="exports" id="exports"><b>Export</b>',
        *(
            f'<a href="{story_url(story.id)}/export.{ext}" download>{name}</a>'
            for ext, name in EXPORTS
        ),
        "</p>",
    ]
    stats = [
        (len(report.documents), "reports"),
        (len(report.claims), "claims"),
        (len(report.groups), "groups"),
        (contested, "contested"),
        (len(report.echoes), "echoes"),
        (len(report.entities), "entities"),
    ]
    extra = [
        '<ul class="stats">',
        *(f"<li><b>{n:,}</b>{label}</li>" for n, label in stats),
        "</ul>",
        *exports,
    ]
    body = _top("Story", story.label, esc(f"{span} · story {story.id}"), extra)
    body.append('<nav class="toc" aria-label="Sections"><div class="inner">')
    for key, name in (
        ("findings", "Key findings"),
        ("summary", "Summary"),
        ("groups", "Agreement & conflict"),
        ("timeline", "Timeline"),
        ("entities", "Entities"),
        ("sources", "Sources & echoes"),
    ):
        body.append(f'<a href="#{key}">{name}</a>')
    body.append("</div></nav>\n<main>\n")
    body += _findings(s)
    body += _summary(s)
    body += _groups(s)
    body += _timeline(s)
    body += _entities(s)
    body += _sources(s)
    body.append("</main>\n")
    return layout(story.label, body)


def published_html(published: Published) -> str:
    """A publication date: "2026-03-11 (inferred)", or the date and its basis, or "unknown"."""
    if published.date is None or published.basis == "inferred":
        return esc(published_text(published))
    return f'{esc(published.date)} <span class="small muted">({esc(published.basis)})</span>'


def _findings(s: _Story) -> list[str]:
    """What is contested in the story and between whom, and what independent sources agree."""
    view = digest(s.report)
    parts = _section(
        "findings",
        "Key findings",
        "The most telling contested points, who gives which value, and what independent "
        "sources agree on.",
    )
    parts.append('<div class="findings">')
    for label, findings, css, empty in (
        ("Contested", view.contested, "contested", "No contested points: no two sources disagree."),
        (
            "Established",
            view.established,
            "established",
            "Nothing established yet: no point is backed by two independent sources that agree.",
        ),
    ):
        parts.append(f'<div class="col"><h3>{label}</h3>')
        if not findings:
            parts.append(f'<p class="empty">{empty}</p></div>')
            continue
        parts.append(f'<ol class="key {css}">')
        for finding in findings[:KEY_FINDINGS]:
            group = finding.group
            voices = []
            for voice in finding.voices[:4]:
                others = [o for o in voice.outlets if o not in voice.speakers]
                where = (
                    f' <span class="muted">(in {names_html(others, most=2)})</span>'
                    if others
                    else ""
                )
                voices.append(
                    f'<li><span class="val"><a href="{esc(claim_url(voice.claims[0]))}">'
                    f"{esc(voice.value)}</a></span> — {names_html(voice.speakers)}{where}</li>"
                )
            if len(finding.voices) > 4:
                voices.append(f'<li class="muted">and {len(finding.voices) - 4} more value(s)</li>')
            sources = group.independent_sources
            parts.append(
                f'<li class="finding" data-verdict="{esc(group.verdict)}">'
                f'<a class="what" href="#group-{esc(q(group.id))}">{esc(group.label)}</a> '
                f'{_badge(group.verdict)} <span class="small muted">{sources} independent '
                f"source{'s' if sources != 1 else ''}</span>"
                f'<ul class="voices">{"".join(voices)}</ul></li>'
            )
        parts.append("</ol></div>")
    parts.append("</div></section>\n")
    return parts


def _summary(s: _Story) -> list[str]:
    parts = _section(
        "summary",
        "Summary",
        "Sentences taken from the reports; each citation opens the passage it rests on.",
    )
    if not s.report.summary:
        parts.append('<p class="empty">No summary yet.</p></section>\n')
        return parts
    parts.append('<ol class="summary">')
    for sentence in s.report.summary:
        parts.append(_sentence(s, sentence))
    parts.append("</ol></section>\n")
    return parts


def _sentence(s: _Story, sentence: SummarySentence) -> str:
    bits = [f'<li><span class="sentence">{esc(sentence.text)}</span>']
    if sentence.contested:
        bits.append(' <span class="badge v-conflict">Contested</span>')
        if sentence.contest:
            bits.append(f' <span class="contest">{esc(sentence.contest)}</span>')
    bits.append('<span class="cites">')
    labels = cite_labels(
        [
            doc.outlet or doc_name(doc) if (doc := s.docs.get(c.doc)) else ""
            for c in sentence.citations
        ],
        limit=200,
    )
    for citation, label in zip(sentence.citations, labels, strict=True):
        doc = s.docs.get(citation.doc)
        if doc is None or not 0 <= citation.start < citation.end <= len(doc.text):
            bits.append(f' <span class="unresolved">[unresolved: {esc(citation.doc)}]</span>')
            continue
        quoted = _clip(doc.text[citation.start : citation.end], 160)
        anchor = cite_anchor(doc.id, citation.start, citation.end)
        bits.append(
            f'<a class="cite" href="{esc(document_url(doc.id, anchor))}" '
            f'title="{esc(doc_name(doc))}: “{esc(quoted)}”">{label}</a>'
        )
    bits.append("</span>")
    named = {g.id: g.label for g in s.report.groups}
    bits.append(
        see_groups_html([(f"group-{q(g)}", named[g]) for g in sentence.groups if g in named])
    )
    bits.append("</li>")
    return "".join(bits)


def _groups(s: _Story) -> list[str]:
    parts = _section(
        "groups",
        "Agreement & conflict",
        "Claims about the same thing, contested first. Independent sources count an upstream "
        "source once, however many outlets repeat it. Open a value to see its passage.",
    )
    if not s.report.groups:
        parts.append('<p class="empty">No groups: no claims have been set side by side.</p>')
        parts.append("</section>\n")
        return parts
    parts += [
        '<div class="scroll"><table id="conflicts-table" class="fit">',
        '<colgroup><col class="c-what"><col class="c-verdict"><col>'
        '<col class="c-sources"><col class="c-range"></colgroup>',
        "<thead><tr><th>What</th><th>Verdict and why</th>"
        "<th>Claims: value · speaker · relay · outlet</th>"
        '<th>Independent</th><th class="num">Range</th></tr></thead><tbody>',
    ]
    for group in group_order(s.report.groups):
        parts.append(_group_row(s, group))
    parts.append("</tbody></table></div></section>\n")
    return parts


def _group_row(s: _Story, group: Group) -> str:
    items: list[str] = []
    for claim_id in group.claims:
        claim = s.claims.get(claim_id)
        if claim is None:
            items.append(f'<li class="muted">unknown claim {esc(claim_id)}</li>')
            continue
        speaker = speaker_text(claim)
        chain = [
            f'<span class="who">{name_html(speaker if speaker != "—" else "no named speaker")}'
            "</span>"
        ]
        if claim.via:
            chain.append(f'<span class="via">via {name_html(relay_text(claim))}</span>')
        doc = s.docs.get(claim.doc)
        chain.append(outlet_html(s.outlet(claim), doc_name(doc) if doc else None))
        items.append(
            f'<li><span class="val"><a class="claim-link" href="{esc(claim_url(claim.id))}" '
            f'title="“{esc(_clip(claim.text, 160))}”">{esc(s.value(claim))}</a></span>'
            f'<span class="chain">{"".join(chain)}</span></li>'
        )
    sources = independent_html(group.sources)
    return (
        f'<tr id="group-{esc(q(group.id))}" class="row-{esc(group.verdict)}" '
        f'data-verdict="{esc(group.verdict)}">'
        f'<td><b>{esc(group.label)}</b><div class="small muted">{esc(group.kind)}, '
        f"{len(group.claims)} claim(s)</div></td>"
        f'<td>{_badge(group.verdict)}<div class="why">{esc(group.explanation)}</div></td>'
        f'<td><ul class="claims">{"".join(items)}</ul></td>'
        f'<td class="indep"><span class="n">{group.independent_sources}</span>{sources}</td>'
        f'<td class="num">{esc(range_text(group.range, group_figures(group, s.claims)))}</td></tr>'
    )


def _timeline(s: _Story) -> list[str]:
    parts = _section(
        "timeline",
        "Timeline",
        "Events as intervals: a solid bar is a known day, a hatched bar a month, a pale "
        "dashed bar a year, an arrow an open end.",
    )
    entries = s.report.timeline
    if not entries:
        parts.append('<p class="empty">No timeline entries yet.</p></section>\n')
        return parts
    parts += timeline_table(
        entries,
        refs=lambda entry: _claim_refs(s, entry),
        docs=lambda entry: ", ".join(s.doc_link(d) for d in entry.docs) or "—",
    )
    parts.append("</section>\n")
    return parts


def _claim_refs(s: _Story, entry: TimelineEntry) -> str:
    """Links to an entry's claims, numbered, after its label."""
    refs = " ".join(
        f'<a href="{esc(claim_url(c))}">[{n}]</a>'
        for n, c in enumerate(entry.claims, 1)
        if c in s.claims
    )
    return f' <span class="small">{refs}</span>'


def _entities(s: _Story) -> list[str]:
    entities = sorted(s.report.entities, key=lambda e: (-len(e.mentions), e.name))
    parts = _section(
        "entities", "Entities", f"{len(entities):,} names, every spelling merged into one."
    )
    if not entities:
        parts.append('<p class="empty">No entities.</p></section>\n')
        return parts
    parts += [
        '<div class="scroll"><table class="fit" id="entities-table">',
        '<colgroup><col class="c-what"><col class="c-count"><col><col class="c-count">'
        '<col class="c-count"></colgroup>',
        '<thead><tr><th>Entity</th><th>Type</th><th>Spellings</th><th class="num">Mentions</th>'
        '<th class="num">Reports</th></tr></thead><tbody>',
    ]
    for entity in entities:
        docs = len({m.doc for m in entity.mentions})
        parts.append(
            f'<tr><td><a href="{esc(entity_url(entity.id, s.story.id))}">{esc(entity.name)}'
            f"</a></td><td>{esc(type_text(entity))}</td><td>{esc(' · '.join(entity.aliases))}</td>"
            f'<td class="num">{len(entity.mentions):,}</td><td class="num">{docs:,}</td></tr>'
        )
    parts.append("</tbody></table></div></section>\n")
    return parts


def _sources(s: _Story) -> list[str]:
    parts = _section(
        "sources",
        "Sources & echoes",
        "Reports grouped by the upstream source they relay: an echo counts once as an "
        "independent source.",
    )
    per_doc = Counter(c.doc for c in s.report.claims)
    echoed: set[str] = set()
    for echo in s.report.echoes:
        echoed.update(echo.docs)
        docs = "".join(
            f"<li>{s.doc_link(d)} <span class='muted small'>"
            f"{name_html(outlet_of(s.docs[d]) or '') if d in s.docs else ''}</span>"
            + (
                f" <span class='own small muted'>({OWN_REPORT})</span>"
                if d in s.docs and own_report(s.docs[d], echo.upstream)
                else ""
            )
            + (
                f" <span class='small'>{published_html(s.docs[d].published)}</span>"
                if d in s.docs
                else ""
            )
            + "</li>"
            for d in echo.docs
        )
        parts.append(
            '<div class="echo-card">'
            f"<h3>Upstream: {esc(echo.upstream)}</h3>"
            '<dl class="echo">'
            f'<dt>Relayed by</dt><dd><ul class="plain">{docs}</ul></dd>'
            f"<dt>Claims</dt><dd>{len(echo.claims)}</dd>"
            f"<dt>Evidence</dt><dd>{esc(echo.evidence)}</dd></dl></div>"
        )
    alone = [d for d in s.report.documents if d.id not in echoed]
    if s.report.echoes:
        parts.append('<h3 class="echoes-head">Reports relaying no shared source</h3>')
    parts += [
        '<div class="scroll"><table class="fit" id="sources-table">',
        '<colgroup><col><col class="c-what"><col class="c-dates"><col class="c-count"></colgroup>',
        '<thead><tr><th>Report</th><th>Outlet</th><th>Published</th><th class="num">Claims</th>'
        "</tr></thead><tbody>",
    ]
    for doc in alone:
        outlet = outlet_of(doc) or "—"
        if doc.agency and doc.agency != doc.outlet:
            outlet += f" (wire: {doc.agency})"
        parts.append(
            f"<tr><td>{s.doc_link(doc.id)}</td><td>{esc(outlet)}</td>"
            f"<td>{published_html(doc.published)}</td>"
            f'<td class="num">{per_doc.get(doc.id, 0):,}</td></tr>'
        )
    if not alone:
        parts.append(
            '<tr><td colspan="4" class="empty">Every report relays a source above.</td></tr>'
        )
    parts.append("</tbody></table></div></section>\n")
    return parts


# -- claim, document, entity -------------------------------------------------------------------


def _claim_spans(
    claims: Iterable[Claim],
    group_of: dict[str, Group],
    lit: str | None = None,
    *,
    say: Callable[[Claim], str] = claim_value_text,
) -> list[Span]:
    spans: list[Span] = []
    for claim in claims:
        group = group_of.get(claim.id)
        classes = "claim " + claim.kind
        tip = f"{claim.kind}: {say(claim)} — {source_text(claim)}"
        if group is not None:
            tip += f" — {verdict_text(group.verdict)}: {group.label}"
            if group.verdict in CONTESTED:
                classes += " contested"
        if claim.id == lit:
            classes += " hl"
        spans.append(Span(claim.start, claim.end, claim_anchor(claim.id), classes, tip))
    return spans


def _cite_spans(summary: Iterable[SummarySentence], doc_id: str) -> list[Span]:
    return [
        Span(c.start, c.end, cite_anchor(c.doc, c.start, c.end), "cite", "cited in the summary")
        for sentence in summary
        for c in sentence.citations
        if c.doc == doc_id
    ]


def _outlet_fact(doc: Document) -> str:
    """A report's outlet as its facts show it: a release without one is published by the
    body its own words say it speaks as, and says so."""
    outlet = outlet_of(doc)
    if outlet is None:
        return "—"
    if doc.outlet:
        return name_html(outlet)
    return (
        f'{name_html(outlet)} <span class="small muted">(no outlet given: its own words '
        "speak as this body)</span>"
    )


def _facts(items: Sequence[tuple[str, str]]) -> str:
    rows = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in items)
    return f'<dl class="facts">{rows}</dl>'


def claim_page(report: Report, claim_id: str) -> str:
    """One claim: its facts, its span lit in its report, and its group side by side.

    Args:
        report: The report of the claim's story.
        claim_id: The claim to show (it must be in ``report``).

    Returns:
        The page.
    """
    s = _Story(report)
    claim = s.claims[claim_id]
    group = s.group_of.get(claim.id)
    doc = s.docs.get(claim.doc)
    meta = (
        f'Story <a href="{esc(story_url(s.story.id))}">{esc(s.story.label)}</a> · report '
        f"{s.doc_link(claim.doc, claim_anchor(claim.id))}"
    )
    body = _top(f"Claim · {claim.kind}", s.value(claim), meta)
    body.append("<main>\n")
    facts: list[tuple[str, str]] = [("Quoted", f'<q class="quote">{esc(claim.text)}</q>')]
    if claim.figure is not None:
        facts += [
            ("Measure", esc(claim.figure.measure)),
            ("Counted", esc(claim.figure.counted or "—")),
            ("Hedge", esc(claim.figure.hedge)),
        ]
    facts += [
        ("Speaker", name_html(speaker_text(claim))),
        ("Relay", name_html(relay_text(claim))),
        ("Outlet", name_html(s.outlet(claim))),
        ("Source chain", esc(source_text(claim))),
        ("When", esc(when_text(claim) or "—")),
    ]
    if group is not None:
        facts += [
            (
                "Group",
                f'<a href="{esc(story_url(s.story.id))}#group-{esc(q(group.id))}">'
                f"{esc(group.label)}</a>",
            ),
            ("Verdict", f"{_badge(group.verdict)} {esc(group.explanation)}"),
            ("Independent sources", esc(group.independent_sources)),
            ("Range", esc(range_text(group.range, group_figures(group, s.claims)))),
        ]
    body += _section("facts", "The claim")
    body += [_facts(facts), "</section>\n"]

    body += _section(
        "passage", "In its report", "The claim's words are lit; other claims are marked."
    )
    if doc is None:
        body.append('<p class="empty">Its report is not stored.</p>')
    else:
        in_doc = [c for c in report.claims if c.doc == doc.id]
        spans = _claim_spans(in_doc, s.group_of, lit=claim.id, say=s.value)
        body.append(
            f'<article class="doc" id="doc-text"><h3>{esc(doc.heading())}</h3>'
            f'<p class="doc-meta"><span>{name_html(outlet_of(doc) or "outlet unknown")}</span>'
            f"<span>published {published_html(doc.published)}</span></p>"
            f'<div class="text">{mark_text(doc.text, spans)}</div></article>'
        )
    body.append("</section>\n")

    if group is not None:
        body += _section(
            "group",
            "Every claim in its group",
            f"{len(group.claims)} claim(s) about “{group.label}”, side by side.",
        )
        body.append('<div class="side" id="side-by-side">')
        for other_id in group.claims:
            other = s.claims.get(other_id)
            if other is None:
                continue
            other_doc = s.docs.get(other.doc)
            ctx = (
                context_html(other_doc.text, other.start, other.end)
                if other_doc is not None
                else esc(other.text)
            )
            here = " this" if other.id == claim.id else ""
            label = "this claim" if here else "open"
            body.append(
                f'<div class="card{here}" data-claim="{esc(other.id)}">'
                f'<div class="val">{esc(s.value(other))}</div>'
                f'<div class="small">{esc(source_text(other))}</div>'
                f'<div class="small muted">{esc(s.outlet(other))} · '
                f"{s.doc_link(other.doc, claim_anchor(other.id))}</div>"
                f'<p class="ctx">{ctx}</p>'
                f'<a class="small" href="{esc(claim_url(other.id))}">{label}</a></div>'
            )
        body.append("</div></section>\n")
    body.append("</main>\n")
    return layout(f"Claim: {s.value(claim)}", body, script=True)


def document_page(doc: Document, report: Report | None) -> str:
    """One report's text with its claims and cited spans marked.

    Args:
        doc: The document.
        report: The report of its story, or None while it is in no story.

    Returns:
        The page.
    """
    claims = [c for c in report.claims if c.doc == doc.id] if report else []
    say = _Story(report).value if report is not None and report.stories else claim_value_text
    group_of: dict[str, Group] = {}
    if report is not None:
        for group in report.groups:
            for claim_id in group.claims:
                group_of.setdefault(claim_id, group)
    pub = doc.published
    story = report.stories[0] if report and report.stories else None
    meta_bits = [
        name_html(outlet_of(doc) or "outlet unknown"),
        f"published {published_html(pub)}",
    ]
    if story is not None:
        meta_bits.append(f'story <a href="{esc(story_url(story.id))}">{esc(story.label)}</a>')
    else:
        meta_bits.append("in no story yet")
    body = _top("Report", doc.heading(), " · ".join(meta_bits))
    body.append("<main>\n")
    facts = [
        ("Source", f'<span class="mono">{esc(doc.source)}</span>'),
        ("Outlet", _outlet_fact(doc)),
        ("Wire agency", esc(doc.agency or "—")),
        (
            "Published",
            published_html(pub)
            + (f' <span class="small muted">{esc(pub.reason)}</span>' if pub.reason else ""),
        ),
        ("URL", esc(doc.url or "—")),
        ("Id", f'<span class="mono">{esc(doc.id)}</span>'),
    ]
    body += _section("about", "About this report")
    body += [_facts(facts), "</section>\n"]
    body += _section("claims", "Claims", f"{len(claims):,} claim(s) in this report.")
    if claims:
        body += [
            '<div class="scroll"><table class="fit" id="claims-table">',
            '<colgroup><col class="c-value"><col><col class="c-story"><col class="c-verdict-s">'
            "</colgroup>",
            "<thead><tr><th>Value</th><th>Quoted</th><th>Source</th><th>Verdict</th></tr>"
            "</thead><tbody>",
        ]
        for claim in claims:
            found = group_of.get(claim.id)
            verdict = _badge(found.verdict) if found else '<span class="muted">—</span>'
            body.append(
                f'<tr><td class="nowrap"><a href="{esc(claim_url(claim.id))}">'
                f"{esc(say(claim))}</a></td>"
                f'<td class="quote"><a href="#{esc(claim_anchor(claim.id))}">'
                f"{esc(_clip(claim.text, 160))}</a></td>"
                f"<td>{esc(source_text(claim))}</td><td>{verdict}</td></tr>"
            )
        body.append("</tbody></table></div>")
    body.append("</section>\n")
    spans = _claim_spans(claims, group_of, say=say)
    if report is not None:
        spans += _cite_spans(report.summary, doc.id)
    body += _section("text", "Text", "The cleaned text every stage worked on.")
    body.append(
        '<p class="legend"><span><mark class="claim">figure</mark></span>'
        '<span><mark class="claim assertion">assertion</mark></span>'
        '<span><mark class="claim contested">claim in a contested group</mark></span>'
        '<span><mark class="cite">cited in the summary</mark></span></p>'
    )
    body.append(
        f'<article class="doc" id="doc-text"><div class="text">{mark_text(doc.text, spans)}'
        "</div></article>"
    )
    if doc.cuts:
        items = "".join(
            f"<li>line {c.line}: <q>{esc(c.text)}</q> — {esc(c.reason)}</li>" for c in doc.cuts
        )
        body.append(
            f'<details class="cuts"><summary>{len(doc.cuts)} line(s) removed before analysis'
            f"</summary><ul>{items}</ul></details>"
        )
    body.append("</section>\n</main>\n")
    return layout(doc.heading(), body, script=True)


def entity_page(
    entity: Entity,
    report: Report,
    stories: Sequence[tuple[str, str]],
    *,
    limit: int = 200,
) -> str:
    """One entity: its spellings, its mentions in context, and the stories it is named in.

    Args:
        entity: The entity, as stored with ``report``'s story.
        report: The report of the story shown.
        stories: Every story the entity is named in, as (id, label).
        limit: The most mentions shown.

    Returns:
        The page.
    """
    docs = {d.id: d for d in report.documents}
    story = report.stories[0]
    by_doc: dict[str, int] = defaultdict(int)
    for mention in entity.mentions:
        by_doc[mention.doc] += 1
    meta = (
        f"{esc(type_text(entity))} · {len(entity.mentions):,} mention(s) "
        f"in {len(by_doc):,} report(s) "
        f'of <a href="{esc(story_url(story.id))}">{esc(story.label)}</a>'
    )
    body = _top("Entity", entity.name, meta)
    body.append("<main>\n")
    body += _section("aliases", "Spellings", "Every surface form merged into this entity.")
    body.append(
        '<ul class="plain" id="aliases">'
        + "".join(f"<li>{esc(a)}</li>" for a in entity.aliases)
        + "</ul></section>\n"
    )
    body += _section("stories", "Stories", "Every story this name appears in.")
    body.append('<ul class="plain" id="entity-stories">')
    for story_id, label in stories:
        here = " <span class='small muted'>(shown below)</span>" if story_id == story.id else ""
        body.append(
            f'<li><a href="{esc(story_url(story_id))}">{esc(label)}</a> · '
            f'<a class="small" href="{esc(entity_url(entity.id, story_id))}">mentions there</a>'
            f"{here}</li>"
        )
    body.append("</ul></section>\n")
    body += _section("mentions", "Mentions in context")
    body.append('<ul class="hits" id="mentions">')
    for mention in entity.mentions[:limit]:
        doc = docs.get(mention.doc)
        if doc is None:
            continue
        body.append(
            f"<li>{esc(doc_name(doc))} · <a class='small' href='{esc(document_url(doc.id))}'>"
            f'open report</a><span class="snip">'
            f"{context_html(doc.text, mention.start, mention.end, width=120, css='match')}"
            "</span></li>"
        )
    body.append("</ul>")
    if len(entity.mentions) > limit:
        body.append(f'<p class="note">First {limit} of {len(entity.mentions):,} shown.</p>')
    body.append("</section>\n</main>\n")
    return layout(entity.name, body)


# -- adding reports and jobs -------------------------------------------------------------------


def add_page(*, max_files: int, max_bytes: int) -> str:
    """The three ways to add reports: upload files, paste text, give a URL."""
    size = f"{max_bytes / 1_000_000:g} MB"
    body = _top(
        "Add reports",
        "Add reports",
        esc(
            "New reports join their stories, and those stories are cross-checked again in "
            "the background."
        ),
    )
    body.append("<main>\n")
    body += _section("forms", "Three ways in")
    body += [
        '<form class="add" id="upload-form" method="post" action="/add/files" '
        'enctype="multipart/form-data">',
        "<h3>Upload files</h3>",
        f'<p class="note">Plain text, Markdown, HTML, JSON or JSON Lines; up to {max_files} '
        f"files of at most {size} each.</p>",
        '<label for="files">Report files</label>',
        '<input type="file" id="files" name="files" multiple required>',
        '<div class="row"><button type="submit">Upload and analyse</button></div></form>',
        '<form class="add" id="text-form" method="post" action="/add/text">',
        "<h3>Paste a report</h3>",
        '<label for="title">Headline (optional)</label>',
        '<input type="text" id="title" name="title" maxlength="500">',
        '<label for="text">Text</label>',
        '<textarea id="text" name="text" required></textarea>',
        '<div class="row"><button type="submit">Add and analyse</button></div></form>',
        '<form class="add" id="url-form" method="post" action="/add/url">',
        "<h3>Fetch a page</h3>",
        '<p class="note">Fetched safely: http(s) only, public addresses only, size and time '
        "limits, robots.txt honoured.</p>",
        '<label for="url">URL</label>',
        '<input type="url" id="url" name="url" required placeholder="https://">',
        '<div class="row"><button type="submit">Fetch and analyse</button></div></form>',
        "</section>\n</main>\n",
    ]
    return layout("Add reports", body)


def job_page(job: Job) -> str:
    """A job's progress; it reloads itself until the job ends, then links the stories."""
    running = job.finished is None
    body = _top(
        "Job",
        f"Adding {job.label}",
        esc(
            f"{job.status} · submitted {job.created}"
            + (f" · finished {job.finished}" if job.finished else "")
        ),
    )
    body.append("<main>\n")
    body += _section("progress", "Progress")
    body.append(
        f'<p id="job-status" data-status="{esc(job.status)}"><b>{esc(job.status.capitalize())}</b>'
    )
    if job.stage:
        total = f" of {job.total}" if job.total else ""
        body.append(f" — {esc(job.stage)} {job.done}{total}")
    body.append("</p>")
    if running:
        if job.total:
            body.append(
                f'<progress max="{job.total}" value="{min(job.done, job.total)}"></progress>'
            )
        else:
            body.append("<progress></progress>")
        body.append('<p class="note">This page reloads itself until the job ends.</p>')
    if job.message:
        css = "error-box" if job.status == "failed" else "note"
        body.append(f'<p class="{css}" id="job-message">{esc(job.message)}</p>')
    body.append("</section>\n")
    if job.stories:
        body += _section("stories", "Stories updated")
        body.append('<ul class="plain" id="job-stories">')
        body += [
            f'<li><a href="{esc(story_url(sid))}">{esc(label)}</a></li>'
            for sid, label in job.stories
        ]
        body.append("</ul></section>\n")
    body += _section("inputs", "Inputs", "Every input given, and what became of it.")
    body += [
        '<div class="scroll"><table class="mid" id="inputs-table">',
        "<thead><tr><th>Input</th><th>Status</th><th>Reason</th></tr></thead><tbody>",
    ]
    for record in job.inputs:
        body.append(
            f'<tr><td class="mono">{esc(record.path)}</td>'
            f'<td><span class="badge s-{esc(record.status)}">{esc(record.status)}</span></td>'
            f"<td>{esc(record.reason or '—')}</td></tr>"
        )
    body.append("</tbody></table></div></section>\n</main>\n")
    return layout(f"Job {job.id}", body, refresh=1 if running else None)


def jobs_page(jobs: Sequence[Job]) -> str:
    """Every job the server remembers, newest first."""
    body = _top("Jobs", "Jobs", esc(f"{len(jobs)} job(s) since the server started"))
    body.append("<main>\n")
    body += _section("jobs", "Jobs")
    if not jobs:
        body.append('<p class="empty">No jobs yet. <a href="/add">Add reports</a>.</p>')
    else:
        body += [
            '<div class="scroll"><table class="mid" id="jobs-table">',
            "<thead><tr><th>Job</th><th>What</th><th>Status</th><th>Submitted</th></tr>"
            "</thead><tbody>",
        ]
        for job in jobs:
            body.append(
                f'<tr><td class="mono"><a href="/jobs/{esc(q(job.id))}">{esc(job.id)}</a></td>'
                f"<td>{esc(job.label)}</td><td>{esc(job.status)}</td>"
                f'<td class="nowrap">{esc(job.created)}</td></tr>'
            )
        body.append("</tbody></table></div>")
    body.append("</section>\n</main>\n")
    return layout("Jobs", body)


def error_page(status: int, code: str, message: str) -> str:
    """A clear error page: what went wrong and where to go; never a stack trace."""
    body = _top("Error", _ERROR_TITLES.get(status, "Something went wrong"), esc(f"HTTP {status}"))
    body += [
        "<main>\n<section>",
        f'<div class="error-box" id="error"><p>{esc(message)}</p>'
        f'<p class="code">{esc(code)}</p></div>',
        '<p><a href="/">Back to the stories</a> · <a href="/add">Add reports</a></p>',
        "</section>\n</main>\n",
    ]
    return layout("Error", body)


_ERROR_TITLES = {
    400: "Bad request",
    401: "Sign-in needed",
    403: "Refused",
    404: "Not found",
    405: "Method not allowed",
    413: "Too large",
    415: "Not a report this app can read",
    422: "Input not accepted",
    500: "Internal error",
    502: "Could not fetch",
}


def number_text(value: float | None) -> str:
    """A number as people write it, or "—"."""
    return "—" if value is None else number(value)
