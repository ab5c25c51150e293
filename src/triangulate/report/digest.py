"""A report sorted for reading: stories ranked, each with its own records, and key findings.

Every readable renderer (terminal, Markdown, HTML) shows a pile the same way: the key
findings first (what is contested, between whom; what is established), then the stories,
largest first, each with its own summary, groups, timeline, entities and reports. This
module does the sorting once, without changing the report.

Records are split among stories by the documents they point to, as the store splits them:
a claim by its document, a group by its claims, a summary sentence by its citations, an
echo or a timeline entry by its documents (or claims), an entity by its mentions (an entity
named in several stories is listed with each, counting only that story's mentions). A
record that points to no story's document, and a document in no story, go with the first
story. A report without
stories is read as one story holding every document.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from triangulate.model import (
    Claim,
    Document,
    Echo,
    Entity,
    Group,
    Published,
    Report,
    Story,
    SummarySentence,
    TimelineEntry,
)
from triangulate.nlp.languages import analysed_in
from triangulate.reconcile.verdicts import not_compared
from triangulate.reconcile.wording import description_case
from triangulate.report.claims_text import (
    CONTESTED,
    VERDICT_ORDER,
    claim_value_text,
    group_order,
    headline_case,
    is_headline,
    previous_sentence_start,
    statement_text,
    word_casing,
)
from triangulate.resolve.types import led_by_place_word

KEY_FINDINGS = 3
"""How many contested and how many established points the key findings show."""

UNKNOWN_MEASURE = "unknown"
"""The label a group gets when what its figures count could not be read."""


@dataclass(frozen=True, slots=True, kw_only=True)
class DateSpan:
    """The publication dates of some reports: first and last, and which rest on inference.

    ``first_inferred`` is true when no report states the first day (metadata or dateline)
    and only an inferred date puts it there; likewise ``last_inferred``.
    """

    first: str | None
    last: str | None
    first_inferred: bool = False
    last_inferred: bool = False
    inferred: int = 0
    unknown: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryView:
    """One story with the records that belong to it, each in the report's order."""

    story: Story
    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    groups: tuple[Group, ...]
    echoes: tuple[Echo, ...]
    timeline: tuple[TimelineEntry, ...]
    summary: tuple[SummarySentence, ...]
    entities: tuple[Entity, ...]

    @property
    def contested(self) -> list[Group]:
        """The story's contested groups, the most telling first (see ``contested_rank``)."""
        return sorted(
            (g for g in self.groups if g.verdict in CONTESTED), key=contested_rank(self.claims)
        )

    @property
    def dates(self) -> DateSpan:
        """When the story's reports were published."""
        return date_span(d.published for d in self.documents)


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """A key finding: a group, the story it belongs to, and who gives which value."""

    story: StoryView
    group: Group
    voices: tuple[Voice, ...]
    label: str = ""

    @property
    def what(self) -> str:
        """What the finding is about: the group's label, headline capitals cased down."""
        return self.label or self.group.label


@dataclass(frozen=True, slots=True, kw_only=True)
class Voice:
    """One value given in a group, and who gives it.

    ``speakers`` are the named or described sources (an outlet speaking for itself counts
    as its own speaker); ``outlets`` the outlets that published it; ``claims`` the claim ids.
    """

    value: str
    speakers: tuple[str, ...]
    outlets: tuple[str, ...]
    claims: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Digest:
    """A report sorted for reading.

    ``texts`` are the reports' texts by id, ``home`` the story of each, ``people`` the
    people each report names, by where (what ``value`` needs to write a statement as a
    sentence); how a story's reports write words in running text
    (``claims_text.word_casing``) is read when a statement of the story is first
    written, and kept.
    """

    report: Report
    stories: tuple[StoryView, ...]
    claims: dict[str, Claim]
    texts: dict[str, str] = field(default_factory=dict)
    people: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    home: dict[str, StoryView] = field(default_factory=dict)
    _casing: dict[str, dict[str, str]] = field(default_factory=dict)

    def value(self, claim: Claim) -> str:
        """A claim in words: a figure's value, or a statement as a sentence in the report's
        own words (``claims_text.statement_text``)."""
        if claim.assertion is None:
            return claim_value_text(claim)
        return statement_text(
            claim,
            self.texts.get(claim.doc),
            casing=self.casing(claim.doc),
            referent=self._referent(claim),
        )

    def _referent(self, claim: Claim) -> str | None:
        """Who a "he" or "she" starting a statement stands for: the one person the report
        names in the sentence before it (and the statement's own sentence up to it),
        headlines left out (a name read in "Driver Charged In Crash" is no person)."""
        assert claim.assertion is not None
        if (claim.assertion.subject or "").strip().casefold() not in {"he", "she"}:
            return None
        text = self.texts.get(claim.doc)
        if text is None:
            return None
        begin = previous_sentence_start(text, claim.start)
        named = {
            name
            for at, name in self.people.get(claim.doc, ())
            if begin <= at < claim.start and not is_headline(_line_at(text, at))
        }
        return named.pop() if len(named) == 1 else None

    def casing(self, doc: str) -> dict[str, str]:
        """How the reports of a document's story write words in running text."""
        view = self.home.get(doc)
        key = view.story.id if view is not None else ""
        if key not in self._casing:
            texts = (d.text for d in view.documents) if view is not None else ()
            self._casing[key] = word_casing(texts)
        return self._casing[key]

    @property
    def contested(self) -> list[Finding]:
        """Every contested group of every story, the most telling first."""
        found = [(view, group) for view in self.stories for group in view.contested]
        rank = contested_rank(self.claims.values())
        found.sort(key=lambda pair: rank(pair[1]))
        return [self.finding(view, group) for view, group in found]

    @property
    def established(self) -> list[Finding]:
        """Groups whose independent sources agree, the best supported first."""
        found = [
            (view, group)
            for view in self.stories
            for group in view.groups
            if group.verdict == "agree" and group.independent_sources >= 2
        ]
        found.sort(
            key=lambda pair: (
                _unknown(pair[1]),
                -pair[1].independent_sources,
                -len(_docs_of(pair[1], self.claims)),
                -len(pair[1].claims),
            )
        )
        return [self.finding(view, group) for view, group in found]

    def finding(self, view: StoryView, group: Group) -> Finding:
        """A group as a finding, with its voices."""
        names = {d.id: source_name(d) for d in view.documents}
        return Finding(
            story=view,
            group=group,
            voices=voices(
                group,
                self.claims,
                names,
                say=self.value,
                documents={d.id: d for d in view.documents},
            ),
            label=headline_case(
                group.label,
                self.casing(view.documents[0].id) if view.documents else {},
                capital=False,
            ),
        )


def digest(report: Report) -> Digest:
    """Sort a report for reading: stories ranked largest first, each with its records.

    Stories are ranked by how many reports they hold, then by how many contested groups,
    then in report order.

    Args:
        report: The report to read.

    Returns:
        The digest; the report itself is unchanged.
    """
    stories = report.stories or (
        Story(id="", label="All reports", docs=tuple(d.id for d in report.documents)),
    )
    order = {s.id: i for i, s in enumerate(stories)}
    first = stories[0].id
    story_of_doc = {d: s.id for s in stories for d in s.docs}
    claims = {c.id: c for c in report.claims}
    story_of_claim = {c.id: story_of_doc.get(c.doc, first) for c in report.claims}

    def home(docs: Iterable[str], claim_ids: Iterable[str] = ()) -> str:
        for claim_id in claim_ids:
            if claim_id in story_of_claim:
                return story_of_claim[claim_id]
        for doc in docs:
            if doc in story_of_doc:
                return story_of_doc[doc]
        return first

    documents: dict[str, list[Document]] = defaultdict(list)
    for doc in report.documents:  # in the report's order, as they were given
        documents[story_of_doc.get(doc.id, first)].append(doc)
    story_claims: dict[str, list[Claim]] = defaultdict(list)
    for claim in report.claims:
        story_claims[story_of_claim[claim.id]].append(claim)
    groups: dict[str, list[Group]] = defaultdict(list)
    for group in report.groups:
        groups[home((), group.claims)].append(group)
    echoes: dict[str, list[Echo]] = defaultdict(list)
    for echo in report.echoes:
        echoes[home(echo.docs, echo.claims)].append(echo)
    timeline: dict[str, list[TimelineEntry]] = defaultdict(list)
    for entry in report.timeline:
        timeline[home(entry.docs, entry.claims)].append(entry)
    summary: dict[str, list[SummarySentence]] = defaultdict(list)
    for sentence in report.summary:
        summary[home(c.doc for c in sentence.citations)].append(sentence)
    entities: dict[str, list[Entity]] = defaultdict(list)
    for entity in report.entities:
        by_story: dict[str, list[int]] = defaultdict(list)
        for i, mention in enumerate(entity.mentions):
            by_story[story_of_doc.get(mention.doc, first)].append(i)
        if not by_story:
            entities[first].append(entity)
        for story_id, indexes in by_story.items():
            if len(by_story) == 1:
                entities[story_id].append(entity)
            else:
                mentions = tuple(entity.mentions[i] for i in indexes)
                entities[story_id].append(replace(entity, mentions=mentions))
    views = [
        StoryView(
            story=story,
            documents=tuple(documents[story.id]),
            claims=tuple(story_claims[story.id]),
            groups=tuple(groups[story.id]),
            echoes=tuple(echoes[story.id]),
            timeline=tuple(timeline[story.id]),
            summary=tuple(summary[story.id]),
            entities=tuple(entities[story.id]),
        )
        for story in stories
    ]
    views.sort(
        key=lambda v: (
            -len(v.documents),
            -sum(1 for g in v.groups if g.verdict in CONTESTED),
            order[v.story.id],
        )
    )
    people: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for entity in report.entities:
        if entity.type == "PERSON":
            for mention in entity.mentions:
                people[mention.doc].append((mention.start, entity.name))
    return Digest(
        report=report,
        stories=tuple(views),
        claims=claims,
        texts={d.id: d.text for d in report.documents},
        people=dict(people),
        home={d.id: view for view in views for d in view.documents},
    )


def contested_rank(claims: Iterable[Claim]) -> _ContestedRank:
    """The sort key that puts the most telling contested groups first.

    Verdicts in their usual order (a conflict before an update, an update before a
    difference of scope); then a group whose counted thing is known before one whose is
    not; then more independent sources, more reports and more claims first.
    """
    return _ContestedRank({c.id: c for c in claims})


class _ContestedRank:
    """Sort key for contested groups (see ``contested_rank``)."""

    def __init__(self, claims: dict[str, Claim]) -> None:
        self.claims = claims

    def __call__(self, group: Group) -> tuple[int, int, int, int, int]:
        return (
            VERDICT_ORDER.get(group.verdict, len(VERDICT_ORDER)),
            _unknown(group),
            -group.independent_sources,
            -len(_docs_of(group, self.claims)),
            -len(group.claims),
        )


def _unknown(group: Group) -> int:
    """1 when the group's counted thing could not be read ("unknown ..."), else 0."""
    return int(group.label.split(" ", 1)[0] == UNKNOWN_MEASURE)


def _docs_of(group: Group, claims: dict[str, Claim]) -> set[str]:
    return {claims[c].doc for c in group.claims if c in claims}


def voices(
    group: Group,
    claims: dict[str, Claim],
    names: dict[str, str] | None = None,
    *,
    say: Callable[[Claim], str] = claim_value_text,
    documents: Mapping[str, Document] | None = None,
) -> tuple[Voice, ...]:
    """Who gives which value in a group: one voice per distinct value, in claim order.

    A vague count of another order than the numbers beside it ("hundreds" beside 10,000,
    ``verdicts.not_compared``) is marked "(not compared)": it is no part of their agreement.

    A claim's speaker is who said it, else the first relay, else its outlet, else the
    name of its report (``names``, by document id). Statements that say the same thing
    (the same who-did-what, whatever the case of its words) are one voice, in the words
    of the first.

    Args:
        group: The group.
        claims: Claims by id (claims the group names but that are missing are left out).
        names: Short names of the reports, by document id.
        say: How a claim's value is written (``Digest.value`` writes statements as
            sentences).
        documents: The reports by id, for the words each figure is told in, read as the
            verdicts read them (``intervals.figure_range``).

    Returns:
        The voices, the value given by most claims first (ties in claim order).
    """
    values: dict[str, list[Claim]] = {}
    for claim_id in group.claims:
        claim = claims.get(claim_id)
        if claim is not None:
            values.setdefault(claim_value_text(claim).casefold(), []).append(claim)
    measure = [claims[i] for i in group.claims if i in claims]
    apart = {c.id for c in not_compared(measure, documents)[0]}
    found = [
        Voice(
            value=say(said[0]) + (" (not compared)" if said[0].id in apart else ""),
            speakers=_unique_caseless(_speaker(c, names or {}, documents) for c in said),
            outlets=_unique(c.outlet for c in said if c.outlet),
            claims=tuple(c.id for c in said),
        )
        for said in values.values()
    ]
    found.sort(key=lambda v: -len(v.claims))
    return tuple(found)


def _speaker(
    claim: Claim, names: dict[str, str], documents: Mapping[str, Document] | None = None
) -> str:
    """Who a claim comes from: its speaker, else the first relay, outlet or report. An
    unnamed source's description is written as inside a list (:func:`description_case`)."""
    if claim.said_by is not None:
        if claim.said_by.anonymous:
            doc = documents.get(claim.doc) if documents else None
            return description_case(claim.said_by.name, doc.text if doc else "")
        return claim.said_by.name
    if claim.via:
        return claim.via[0]
    return claim.outlet or names.get(claim.doc) or "an unnamed report"


def type_text(entity: Entity) -> str:
    """An entity's type as a reader is shown it: the analysis's, except that a name led by
    a place word ("Bandar Abbas", "Port Said", "Mount Sinjar") that the model read as a
    person is shown as a place (GPE), whichever type its mentions voted for."""
    if entity.type == "PERSON" and led_by_place_word(entity.name):
        return "GPE"
    return entity.type


def short_name(doc: Document, limit: int = 40) -> str:
    """A report's name in a list: its outlet, else its title cut short, else its opening
    words as ``report “…”`` (``Document.reference``)."""
    name = " ".join((doc.outlet or doc.reference(max(limit - 9, 12))).split())
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def source_name(doc: Document, limit: int = 40) -> str:
    """A report as the source of a value: its outlet, else its title in quotation marks
    (a headline is no speaker: “Three die in bank fire”), else its id."""
    if doc.outlet or not doc.title:
        return short_name(doc, limit)
    return f"“{short_name(doc, limit - 2)}”"


def _line_at(text: str, at: int) -> str:
    """The line of the text holding a position."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)]


def _unique_caseless(items: Iterable[str]) -> tuple[str, ...]:
    """Names once each whatever their case, in the form running text gives them: "A
    hospital official" (a sentence's start) and "a hospital official" are one, the second."""
    forms: dict[str, str] = {}
    for item in items:
        key = item.casefold()
        if key not in forms or (item[:1].islower() and not forms[key][:1].islower()):
            forms[key] = item
    return tuple(forms.values())


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def names_text(names: Sequence[str], *, most: int = 3) -> str:
    """Names joined with commas, the rest counted: "A, B, C and 4 more"."""
    if len(names) <= most:
        return ", ".join(names)
    return f"{', '.join(names[:most])} and {len(names) - most} more"


def voice_text(voice: Voice) -> str:
    """One voice in words: "about 60 — a hospital source, Sabil Now (in Sabil Now, Ledger)"."""
    text = f"{voice.value} — {names_text(voice.speakers)}"
    others = [o for o in voice.outlets if o not in voice.speakers]
    if others:
        text += f" (in {names_text(others, most=2)})"
    return text


def finding_text(finding: Finding, *, most: int = 3) -> str:
    """A finding's voices on one line: "43 — Civil Defence (in AFP) · about 60 — ..."."""
    shown = [voice_text(v) for v in finding.voices[:most]]
    rest = len(finding.voices) - most
    if rest > 0:
        shown.append(f"{rest} more value(s)")
    return " · ".join(shown)


def date_span(published: Iterable[Published]) -> DateSpan:
    """First and last publication days of some reports, and which rest only on inference."""
    stated: list[str] = []
    inferred: list[str] = []
    unknown = 0
    for pub in published:
        if pub.date is None:
            unknown += 1
        elif pub.basis == "inferred":
            inferred.append(pub.date)
        else:
            stated.append(pub.date)
    every = stated + inferred
    if not every:
        return DateSpan(first=None, last=None, unknown=unknown)
    first, last = min(every), max(every)
    return DateSpan(
        first=first,
        last=last,
        first_inferred=first not in stated,
        last_inferred=last not in stated,
        inferred=len(inferred),
        unknown=unknown,
    )


def span_text(span: DateSpan) -> str:
    """A date span in words, inferred ends said to be inferred.

    "2026-03-10 – 2026-03-14", "2026-03-11 (inferred)", "2026-03-10 – 2026-03-14
    (inferred)", "2026-03-09 (inferred) – 2026-03-14", or "dates unknown".
    """
    if span.first is None or span.last is None:
        return "dates unknown"
    if span.first == span.last:
        return span.first + (" (inferred)" if span.first_inferred else "")
    if span.first_inferred and span.last_inferred:
        return f"{span.first} – {span.last} (inferred)"
    first = span.first + (" (inferred)" if span.first_inferred else "")
    last = span.last + (" (inferred)" if span.last_inferred else "")
    return f"{first} – {last}"


def contested_groups(groups: Sequence[Group], claims: Iterable[Claim]) -> list[Group]:
    """Contested groups first (most telling first), then the others in the order given."""
    rank = contested_rank(claims)
    contested = sorted((g for g in groups if g.verdict in CONTESTED), key=rank)
    return contested + [g for g in group_order(groups) if g.verdict not in CONTESTED]


def analysed(doc: Document) -> bool:
    """Whether the report was analysed in full (its language is one triangulate reads)."""
    return analysed_in(doc.language) is not None


def language_text(doc: Document) -> str:
    """A report's language in words: "English", "Malay (not analysed)", or "—" if never told."""
    if doc.language is None:
        return "—"
    return doc.language.name + ("" if analysed(doc) else " (not analysed)")
