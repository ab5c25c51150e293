"""The main job: read reports, find what they name, and assemble the report."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from os import PathLike, fspath
from typing import BinaryIO

from triangulate.claims.extract import extract_claims, story_focus
from triangulate.ingest import DEFAULT_MAX_BYTES, ingest
from triangulate.model import (
    Claim,
    Document,
    Echo,
    Entity,
    Group,
    Mention,
    Report,
    Story,
    SummarySentence,
    TimelineEntry,
)
from triangulate.nlp import spacy_model
from triangulate.nlp.tokens import Token, Tree
from triangulate.reconcile import reconcile
from triangulate.resolve import resolve
from triangulate.summarize import summarize
from triangulate.timeline.build import build_timeline
from triangulate.timeline.infer import infer_dates

# progress(stage, done, total): called as work advances; total is None when unknown.
Progress = Callable[[str, int, int | None], None]


def analyze(
    paths: str | PathLike[str] | Sequence[str | PathLike[str]],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    created: datetime | None = None,
) -> Report:
    """Analyse reports given as files, folders, or ``-`` for standard input.

    Args:
        paths: Files, folders (read recursively, in sorted order) or ``-``.
        stdin: Where ``-`` reads from (bytes); defaults to nothing.
        max_bytes: Inputs larger than this are skipped, with the reason in ``inputs``.
        progress: Optional callback ``(stage, done, total)``.
        created: The report's creation time (now, by default).

    Returns:
        The report. Bad inputs never raise: each has a status and reason in ``inputs``.
    """
    tick = progress or _silent
    given = [paths] if isinstance(paths, str | PathLike) else list(paths)
    ingested = ingest(
        [fspath(p) for p in given],
        stdin=stdin,
        max_bytes=max_bytes,
        progress=lambda n: tick("read", n, None),
    )
    # Undated reports get a day from the story before claims anchor "on Tuesday" on it.
    documents = infer_dates(ingested.documents)
    prepared = prepare(documents, progress=tick)
    entities = prepared.entities
    stories = (_story(documents, entities),) if documents else ()
    claims = find_claims(prepared, stories, progress=tick)
    checked = cross_check(prepared, stories, claims, progress=tick)
    when = created or datetime.now(UTC)
    return Report(
        created=when.isoformat(timespec="seconds").replace("+00:00", "Z"),
        inputs=ingested.inputs,
        documents=documents,
        entities=entities,
        stories=stories,
        claims=claims,
        groups=checked.groups,
        echoes=checked.echoes,
        timeline=checked.timeline,
        summary=checked.summary,
    )


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
    prepared: Prepared, stories: Sequence[Story], *, progress: Progress | None = None
) -> tuple[Claim, ...]:
    """Figures and key assertions of every document, each story's main actors in focus."""
    tick = progress or _silent
    by_id = {d.id: d for d in prepared.documents}
    total = len(prepared.documents)
    claims: list[Claim] = []
    done = 0
    tick("claims", 0, total)
    for story in stories:
        focus = story_focus(prepared.entities, story.docs)
        for doc_id in story.docs:
            document = by_id[doc_id]
            tree = prepared.trees[doc_id]
            claims.extend(extract_claims(document, tree, prepared.entities, focus=focus))
            done += 1
            tick("claims", done, total)
    return tuple(claims)


@dataclass(frozen=True, slots=True, kw_only=True)
class Prepared:
    """Documents parsed and their names resolved: what the claim stages start from."""

    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    trees: Mapping[str, Tree]


def prepare(documents: Sequence[Document], *, progress: Progress | None = None) -> Prepared:
    """Parse every document and resolve the names found across all of them."""
    tick = progress or _silent
    total = len(documents)
    mentions: list[Mention] = []
    candidates: list[Mention] = []
    trees: dict[str, Tree] = {}
    tick("parse", 0, total)
    for done, parsed in enumerate(spacy_model.parse([(d.id, d.text) for d in documents]), 1):
        mentions.extend(parsed.mentions)
        candidates.extend(parsed.proper_nouns)
        trees[parsed.doc] = Tree(parsed.tokens)
        tick("parse", done, total)
    tick("resolve", 0, 1)
    entities = resolve(documents, mentions, candidates=candidates)
    tick("resolve", 1, 1)
    return Prepared(documents=tuple(documents), entities=entities, trees=trees)


def _story(documents: Sequence[Document], entities: Sequence[Entity]) -> Story:
    """All documents as one story, labelled by the names most of them share."""
    doc_ids = tuple(d.id for d in documents)
    spread = Counter({e.name: len({m.doc for m in e.mentions}) for e in entities})
    top = [name for name, _ in sorted(spread.items(), key=lambda kv: (-kv[1], kv[0]))[:3]]
    digest = hashlib.sha256("\n".join(sorted(doc_ids)).encode()).hexdigest()[:12]
    return Story(id=f"s{digest}", label=", ".join(top) or "untitled", docs=doc_ids)


def _silent(stage: str, done: int, total: int | None) -> None:
    """Progress sink when nobody is watching."""
