"""The main job: read reports, sort them into stories, and analyse each story.

The cascade, top to bottom: ``ingest`` reads every input; ``StoryIndex`` sorts the
documents into stories (near-duplicates join their original); then, one story at a time,
``infer_dates`` dates undated reports from the others, ``prepare`` parses and resolves
names, ``find_claims`` reads figures and assertions, and ``cross_check`` groups them with
verdicts, finds echoes, orders the timeline and writes the cited summary.
"""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from itertools import combinations
from os import PathLike, fspath
from typing import BinaryIO

from triangulate.claims.extract import extract_claims, story_focus
from triangulate.claims.precheck import may_hold_claim
from triangulate.cluster import NearDuplicate, StoryIndex
from triangulate.cluster.labels import entity_label
from triangulate.ingest import DEFAULT_MAX_BYTES, Ingested, ingest
from triangulate.model import (
    Claim,
    Document,
    Echo,
    Entity,
    Group,
    InputRecord,
    Mention,
    Report,
    Story,
    SummarySentence,
    TimelineEntry,
)
from triangulate.nlp import spacy_model
from triangulate.nlp.languages import language_of
from triangulate.nlp.spacy_model import Parsed
from triangulate.nlp.tokens import Token, Tree
from triangulate.reconcile import reconcile
from triangulate.resolve import resolve
from triangulate.resolve.pile import PileEntities
from triangulate.summarize import summarize
from triangulate.timeline.build import build_timeline
from triangulate.timeline.infer import infer_dates

# progress(stage, done, total): called as work advances; total is None when unknown.
Progress = Callable[[str, int, int | None], None]
# The per-document NLP: (doc id, text) pairs in, one Parsed per pair out, in order. A
# parser may start work when called and hand results over as they are iterated
# (``triangulate.exec.LocalParser`` sends them to its worker processes at once).
Parser = Callable[[Sequence[tuple[str, str]]], Iterable[Parsed]]


def parse_in_process(pairs: Sequence[tuple[str, str]]) -> Iterator[Parsed]:
    """The default parser: spaCy in this process, parsing only what the claim readers read.

    Tokens, sentence bounds and entities are found in every sentence; the tagger and the
    dependency parse run only on sentences ``claims.precheck.may_hold_claim`` keeps.
    """
    return spacy_model.parse(pairs, select=may_hold_claim)


def analyze(
    paths: str | PathLike[str] | Sequence[str | PathLike[str]],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    created: datetime | None = None,
    parser: Parser | None = None,
) -> Report:
    """Analyse reports given as files, folders, or ``-`` for standard input.

    Reports about different events are sorted into stories first; each story is then
    dated, parsed, resolved and cross-checked on its own, so memory holds one story's
    parse at a time.

    Args:
        paths: Files, folders (read recursively, in sorted order) or ``-``.
        stdin: Where ``-`` reads from (bytes); defaults to nothing.
        max_bytes: Inputs larger than this are skipped, with the reason in ``inputs``.
        progress: Optional callback ``(stage, done, total)``.
        created: The report's creation time (now, by default).
        parser: Runs the per-document NLP (``triangulate.exec.parse_documents`` with
            workers, for instance); the spaCy model in this process by default.

    Returns:
        The report. Bad inputs never raise: each has a status and reason in ``inputs``.
    """
    run = stream(paths, stdin=stdin, max_bytes=max_bytes, progress=progress, parser=parser)
    return assemble(run.inputs, run.documents, run.parts, created=created)


@dataclass(frozen=True, slots=True, kw_only=True)
class Analysis:
    """A run under way: every input read, each story analysed as ``parts`` is iterated.

    ``parts`` can be iterated once. ``documents`` lists the documents in input order, or is
    None when the run lists only the documents of its stories (a database run lists
    those it touched).
    """

    inputs: tuple[InputRecord, ...]
    documents: tuple[Document, ...] | None
    parts: Iterator[StoryAnalysis]


def stream(
    paths: str | PathLike[str] | Sequence[str | PathLike[str]],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    parser: Parser | None = None,
) -> Analysis:
    """``analyze`` one story at a time: read now, analyse each story as it is asked for.

    Nothing but the documents and the story index is kept between stories, so a caller
    that writes each part out as it comes (``triangulate.report.stream.write_json``) holds
    one story's findings at a time, however large the pile. Arguments as for ``analyze``.
    """
    ingested = read_inputs(
        paths, stdin=stdin, max_bytes=max_bytes, progress=progress, parser=parser
    )
    return Analysis(
        inputs=ingested.inputs,
        documents=ingested.documents,
        parts=analyze_documents(ingested.documents, progress=progress, parser=parser),
    )


def read_inputs(
    paths: str | PathLike[str] | Sequence[str | PathLike[str]],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    parser: Parser | None = None,
) -> Ingested:
    """Read every input (files, folders, ``-``), reporting progress as stage "read".

    A parser that can start ahead (``LocalParser.expect``) is told as each report is read
    how much it will parse so far, so that a pool the pile pays for loads its model while
    the rest of the pile is read and sorted into stories, not after.
    """
    tick = progress or _silent
    given = [paths] if isinstance(paths, str | PathLike) else list(paths)
    expect = getattr(parser, "expect", None)
    return ingest(
        [fspath(p) for p in given],
        stdin=stdin,
        max_bytes=max_bytes,
        progress=lambda n: tick("read", n, None),
        on_document=_Tally(expect) if callable(expect) else None,
    )


class _Tally:
    """The characters read so far in a language the analysis reads, told to ``expect``."""

    def __init__(self, expect: Callable[[int], object]) -> None:
        self.expect = expect
        self.chars = 0

    def __call__(self, document: Document) -> None:
        if language_of(document) is not None:
            self.chars += len(document.text)
            self.expect(self.chars)


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryAnalysis:
    """Everything found in one story."""

    story: Story
    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    claims: tuple[Claim, ...]
    groups: tuple[Group, ...]
    echoes: tuple[Echo, ...]
    timeline: tuple[TimelineEntry, ...]
    summary: tuple[SummarySentence, ...]


def analyze_documents(
    documents: Sequence[Document],
    *,
    stories: Sequence[Story] | None = None,
    progress: Progress | None = None,
    parser: Parser | None = None,
) -> Iterator[StoryAnalysis]:
    """Sort documents into stories (unless given) and analyse each story, one at a time.

    Near-duplicates (syndicated copies, light rewrites) stay in their original's story and
    are listed as echoes of it, so their figures are not counted as independent sources.
    """
    tick = progress or _silent
    by_id = {d.id: d for d in documents}
    announce(parser, documents, ahead=stories is None)
    if stories is None:
        tick("stories", 0, 1)
        index = StoryIndex()
        index.add(documents)
        stories = index.stories()
        copies = index.near_duplicates()
        tick("stories", 1, 1)
    else:
        copies = ()
    yield from analyse_stories(
        stories, lambda ids: [by_id[d] for d in ids], copies=copies, progress=tick, parser=parser
    )


def announce(parser: Parser | None, documents: Sequence[Document], *, ahead: bool = True) -> None:
    """Tell a parser that can start ahead (``LocalParser.expect``) how much it will parse:
    the characters of the documents in a language the analysis reads; and, when it then
    works on its own (its pool is started) and ``ahead`` is set, hand it the reports the
    first stories will ask for (``_parse_ahead``).

    Called before the documents are sorted into stories (here, and by a database run), so
    that a pool the work pays for loads its model and starts parsing meanwhile
    (``read_inputs`` has told it the size already as it read the documents of this run).
    """
    expect = getattr(parser, "expect", None)
    if not callable(expect):
        return
    working = expect(sum(len(d.text) for d in documents if language_of(d) is not None))
    if working and ahead:
        _parse_ahead(parser, documents)


# The share of the pile's characters handed to a parser that works on its own before the
# pile is sorted into stories (``_parse_ahead``).
PARSE_AHEAD_SHARE = 0.15


def _parse_ahead(parser: Parser | None, documents: Sequence[Document]) -> None:
    """Hand a parser that can parse ahead (``LocalParser.ahead``) the documents the first
    stories will ask for, so that its workers parse while this process sorts the pile.

    The stories come earliest first (by their earliest report's date, then id; see
    ``StoryIndex.stories``), so the reports are handed over in that order, up to
    ``PARSE_AHEAD_SHARE`` of the pile's characters: sorting costs about a tenth of the
    parse's CPU time a character (2.3 against 23-26 microseconds on MMDS dev and generated
    reports), so two workers parse about that much while the pile is sorted. The first
    share in that order held 35% of the first group's characters on MMDS dev (and every
    report of it was in the first group) and 71-80% of each of the first four groups' on
    2,000 generated reports, so the first groups find much of their parse done when the
    sorting ends; what is parsed ahead waits in the parser until its story asks for it.
    """
    ahead = getattr(parser, "ahead", None)
    if not callable(ahead):
        return
    read = sorted(
        (d for d in documents if language_of(d) is not None),
        key=lambda d: (d.published.date or "~", d.id),
    )
    budget = PARSE_AHEAD_SHARE * sum(len(d.text) for d in read)
    chosen: list[tuple[str, str]] = []
    for doc in read:
        budget -= len(doc.text)
        if budget < 0:
            break
        chosen.append((doc.id, doc.text))
    ahead(chosen)


def analyse_stories(
    stories: Sequence[Story],
    fetch: Callable[[Sequence[str]], Sequence[Document]],
    *,
    copies: Sequence[NearDuplicate] = (),
    progress: Progress | None = None,
    parser: Parser | None = None,
    pile: PileEntities | None = None,
) -> Iterator[StoryAnalysis]:
    """Analyse stories one at a time, their documents fetched by id a group at a time.

    A few small stories are parsed together (at least ``PARSE_BATCH`` documents): the
    model is much faster on full batches, and memory still holds only that group.
    ``copies`` are the near-duplicates found by the story index: each becomes an echo.
    ``fetch`` may leave out ids it does not know; a story is then analysed without them.
    ``pile`` links each story's entities to those of the stories before (one id for one
    thing across the pile); a fresh one by default, seeded from the database for a run
    that adds to one.
    """
    total = sum(len(story.docs) for story in stories)
    count = _StageTally(progress or _silent, total, len(stories))
    run = parser or parse_in_process
    linker = pile if pile is not None else PileEntities()
    groups = _batches(stories, PARSE_BATCH)
    ahead: deque[tuple[list[Story], Sequence[Document], Iterable[Parsed]]] = deque()

    def start(group: list[Story]) -> None:
        fetched = fetch([d for story in group for d in story.docs])
        # Reports in a language the analysis does not read are never parsed.
        todo = [(d.id, d.text) for d in fetched if language_of(d) is not None]
        ahead.append((group, fetched, run(todo)))

    for group in groups:
        start(group)
        if len(ahead) > PARSE_AHEAD:
            break
    while ahead:
        group, fetched, results = ahead.popleft()
        by_id = {d.id: d for d in fetched}
        following = next(groups, None)
        if following is not None:
            start(following)  # a parser that works elsewhere parses it meanwhile
        # Each story is analysed as soon as its own documents are parsed, not the group's.
        records = iter(results)
        parsed: dict[str, Parsed] = {}
        for story in group:
            members = [by_id[d] for d in story.docs if d in by_id]
            for doc in members:
                while doc.id not in parsed and language_of(doc) is not None:
                    one = next(records)
                    parsed[one.doc] = one
            with _fewer_collections():
                part = analyse_story(
                    story,
                    members,
                    copies=copies,
                    counter=count,
                    parsed=parsed,
                    parser=parser,
                    pile=linker,
                )
            yield part
        for one in records:  # to its end, so that the parser knows the group is done
            parsed[one.doc] = one


# Allocations between two young-generation collections while a story is analysed.
YOUNG_COLLECTION_EVERY = 50_000


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collect cyclic garbage less often while a story's records are being built.

    The stages build many small records that live as long as the story; at Python's
    default (a collection every 700 allocations) each collection scans them again, about
    3% of the analysis. The threshold is put back afterwards, whatever happens.
    """
    old = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_EVERY, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


# Stories are parsed in groups of at least this many documents (see analyze_documents).
PARSE_BATCH = 64
# Groups handed to the parser ahead of the one being analysed: a pool of worker processes
# parses them while this process analyses (an in-process parser starts only when asked).
PARSE_AHEAD = 1


def _batches(stories: Sequence[Story], size: int) -> Iterator[list[Story]]:
    """Consecutive stories grouped until a group holds at least ``size`` documents."""
    group: list[Story] = []
    held = 0
    for story in stories:
        group.append(story)
        held += len(story.docs)
        if held >= size:
            yield group
            group, held = [], 0
    if group:
        yield group


def analyse_story(
    story: Story,
    documents: Sequence[Document],
    *,
    copies: Sequence[NearDuplicate] = (),
    counter: _StageTally | None = None,
    parser: Parser | None = None,
    parsed: Mapping[str, Parsed] | None = None,
    pile: PileEntities | None = None,
) -> StoryAnalysis:
    """Date, parse, resolve, read claims and cross-check the documents of one story.

    ``parsed`` holds documents already parsed (by id); the others are parsed here;
    ``pile`` gives entities their pile-wide ids (see ``resolve.pile``). Only
    reports in a supported language (``nlp.languages``) are parsed, resolved and read for
    claims and summary sentences; the others stay in the story, dated and listed.
    """
    count = counter or _StageTally(_silent, len(documents))
    # Undated reports get a day from the story before claims anchor "on Tuesday" on it.
    dated = infer_dates(documents)
    read = [d for d in dated if language_of(d) is not None]
    for _ in range(len(dated) - len(read)):  # not parsed, nor read for claims: done
        count.step("parse")
        count.step("claims")
    kept = {d.id for d in read}
    in_language = replace(story, docs=tuple(d for d in story.docs if d in kept))
    prepared = prepare(read, parse=parser, counter=count, parsed=parsed)
    if pile is not None:
        # Pile-wide ids before any claim names an entity.
        prepared = replace(prepared, entities=pile.link(prepared.entities))
    claims = find_claims(prepared, [in_language], counter=count)
    checked = cross_check(prepared, [in_language], claims)
    count.step("check")
    members = {d.id for d in dated}
    # A copy the cross-check already found as an echo keeps that (richer) evidence.
    # An echo of one report with its several copies holds each copy's pair.
    paired = {frozenset(pair) for e in checked.echoes for pair in combinations(e.docs, 2)}
    copy_echoes = tuple(
        _copy_echo(copy, {d.id: d for d in dated})
        for copy in copies
        if copy.doc in members
        and copy.duplicate_of in members
        and frozenset((copy.doc, copy.duplicate_of)) not in paired
    )
    return StoryAnalysis(
        story=_label(story, prepared.entities, dated),
        documents=tuple(dated),
        entities=prepared.entities,
        claims=claims,
        groups=checked.groups,
        echoes=checked.echoes + copy_echoes,
        timeline=checked.timeline,
        summary=checked.summary,
    )


def assemble(
    inputs: Sequence[InputRecord],
    documents: Sequence[Document] | None,
    analysed: Iterable[StoryAnalysis],
    *,
    created: datetime | None = None,
) -> Report:
    """One report from the analysed stories.

    Documents come in the order given (a story's dated copy replacing each), or, when
    ``documents`` is None, the stories' documents in story order.
    """
    parts = list(analysed)
    dated = {d.id: d for part in parts for d in part.documents}
    when = created or datetime.now(UTC)
    return Report(
        created=when.isoformat(timespec="seconds").replace("+00:00", "Z"),
        inputs=tuple(inputs),
        documents=tuple(dated.values())
        if documents is None
        else tuple(dated.get(d.id, d) for d in documents),
        entities=tuple(e for part in parts for e in part.entities),
        stories=tuple(part.story for part in parts),
        claims=tuple(c for part in parts for c in part.claims),
        groups=tuple(g for part in parts for g in part.groups),
        echoes=tuple(e for part in parts for e in part.echoes),
        timeline=tuple(t for part in parts for t in part.timeline),
        summary=tuple(s for part in parts for s in part.summary),
    )


class _StageTally:
    """Progress across stories: parse and claims count documents; resolve and check, stories."""

    def __init__(self, tick: Progress, documents: int, stories: int = 1) -> None:
        self.tick = tick
        self.totals = {"parse": documents, "claims": documents}
        self.stories = stories
        self.done: dict[str, int] = {}

    def step(self, stage: str) -> None:
        self.done[stage] = self.done.get(stage, 0) + 1
        self.tick(stage, self.done[stage], self.totals.get(stage, self.stories))


def _copy_echo(copy: NearDuplicate, docs: Mapping[str, Document]) -> Echo:
    """A near-duplicate as an echo of the report it copies."""
    original = docs[copy.duplicate_of]
    upstream = original.outlet or original.agency or original.title or original.lead()
    return Echo(
        upstream=upstream,
        docs=(copy.duplicate_of, copy.doc),
        claims=(),
        evidence=(
            f"near-duplicate text: {copy.similarity:.0%} of word shingles shared "
            f"(MinHash estimate) with the earlier report '{original.title or original.lead()}'"
        ),
    )


def _label(story: Story, entities: Sequence[Entity], documents: Sequence[Document]) -> Story:
    """The story labelled by the resolved names most of its reports share (``entity_label``).

    A story none of whose reports was analysed (all in other languages) is labelled by
    its first report's title, in that report's language, rather than by stray words.
    """
    label = entity_label(entities, documents)
    if not label and documents and all(language_of(d) is None for d in documents):
        by_id = {d.id: d for d in documents}
        first = by_id.get(story.docs[0]) if story.docs else None
        if first is not None and (first.title or first.text.strip()):
            named = first.title or first.lead(STORY_LABEL_CHARS)
            return replace(story, label=_clip(named, STORY_LABEL_CHARS))
    return replace(story, label=label or story.label)


# A story label taken from a title is cut to this many characters.
STORY_LABEL_CHARS = 80


def _clip(text: str, size: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``size`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= size:
        return flat
    cut = flat[: size - 1].rsplit(" ", 1)[0] if " " in flat[: size - 1] else flat[: size - 1]
    return cut + "…"


@dataclass(frozen=True, slots=True, kw_only=True)
class CrossChecked:
    """What cross-checking the stories found, all stories together."""

    groups: tuple[Group, ...]
    echoes: tuple[Echo, ...]
    timeline: tuple[TimelineEntry, ...]
    summary: tuple[SummarySentence, ...]


def cross_check(
    prepared: Prepared,
    stories: Sequence[Story],
    claims: Sequence[Claim],
    *,
    progress: Progress | None = None,
) -> CrossChecked:
    """Group and judge each story's claims, find echoes, order events, write the summary."""
    tick = progress or _silent
    by_id = {d.id: d for d in prepared.documents}
    groups: list[Group] = []
    echoes: list[Echo] = []
    timeline: list[TimelineEntry] = []
    summary: list[SummarySentence] = []
    tick("check", 0, len(stories))
    for done, story in enumerate(stories, 1):
        documents = [by_id[d] for d in story.docs]
        members = set(story.docs)
        story_claims = [c for c in claims if c.doc in members]
        found = reconcile(documents, prepared.entities, story_claims)
        groups.extend(found.groups)
        echoes.extend(found.echoes)
        timeline.extend(build_timeline(documents, story_claims, found.groups))
        sentences = [
            (doc.id, sent[0].start, sent[-1].end)
            for doc in documents
            for sent in _sentences(prepared.trees[doc.id])
        ]
        summary.extend(
            summarize(documents, story_claims, found.groups, found.echoes, sentences=sentences)
        )
        tick("check", done, len(stories))
    return CrossChecked(
        groups=tuple(groups),
        echoes=tuple(echoes),
        timeline=tuple(timeline),
        summary=tuple(summary),
    )


def _sentences(tree: Tree) -> Iterator[tuple[Token, ...]]:
    """The parse's sentences that hold at least one token."""
    for index in range(tree.sentence_count()):
        sentence = tree.sentence(index)
        if sentence:
            yield sentence


def find_claims(
    prepared: Prepared,
    stories: Sequence[Story],
    *,
    progress: Progress | None = None,
    counter: _StageTally | None = None,
) -> tuple[Claim, ...]:
    """Figures and key assertions of every document, each story's main actors in focus."""
    count = counter or _StageTally(progress or _silent, len(prepared.documents))
    by_id = {d.id: d for d in prepared.documents}
    claims: list[Claim] = []
    for story in stories:
        focus = story_focus(prepared.entities, story.docs)
        for doc_id in story.docs:
            document = by_id[doc_id]
            tree = prepared.trees[doc_id]
            claims.extend(extract_claims(document, tree, prepared.entities, focus=focus))
            count.step("claims")
    return tuple(claims)


@dataclass(frozen=True, slots=True, kw_only=True)
class Prepared:
    """Documents parsed and their names resolved: what the claim stages start from."""

    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    trees: Mapping[str, Tree]


def prepare(
    documents: Sequence[Document],
    *,
    progress: Progress | None = None,
    parse: Parser | None = None,
    counter: _StageTally | None = None,
    parsed: Mapping[str, Parsed] | None = None,
) -> Prepared:
    """Parse every document and resolve the names found across all of them.

    Documents found in ``parsed`` (by id) are not parsed again.
    """
    count = counter or _StageTally(progress or _silent, len(documents))
    run = parse or parse_in_process
    done = parsed or {}
    todo = [(d.id, d.text) for d in documents if d.id not in done]
    fresh = {p.doc: p for p in run(todo)} if todo else {}
    mentions: list[Mention] = []
    candidates: list[Mention] = []
    trees: dict[str, Tree] = {}
    for doc in documents:
        one = done.get(doc.id) or fresh[doc.id]
        mentions.extend(one.mentions)
        candidates.extend(one.proper_nouns)
        trees[one.doc] = Tree(one.tokens)
        count.step("parse")
    entities = resolve(documents, mentions, candidates=candidates)
    count.step("resolve")
    return Prepared(documents=tuple(documents), entities=entities, trees=trees)


def _silent(stage: str, done: int, total: int | None) -> None:
    """Progress sink when nobody is watching."""
