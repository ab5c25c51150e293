"""Analyses kept in a database: new reports join their stories without redoing the rest.

``analyze_into(store, paths)`` is ``analyze`` for a database. The cascade:

1. read the inputs; a report whose text is already stored (same content hash) adds nothing
   and its input is listed as skipped, "already in the database";
2. store the new documents (each in its own transaction);
3. put them into stories with the story index kept in the database (``state`` key
   ``story_index``): into an existing story or a new one. The index is saved before any
   story is analysed;
4. analyse again only the stories that received a report (date, parse, resolve, claims,
   cross-check) and replace what is stored for them; stories the index merged away are
   removed. Every other story is left as it is. Entities are linked to those already
   stored (``resolve.pile``), so a name keeps one id across every story of the database:
   the stories are taken in the index's order, an untouched story's entities joining the
   pile in its place, and a story whose entities an earlier story now names otherwise is
   analysed again, so the database equals one run over everything.

A run killed at any point leaves a consistent database (documents and stories are saved in
transactions) and the next run completes the work: documents stored without a story are
picked up again as pending.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from triangulate.cluster import NearDuplicate, StoryIndex
from triangulate.ingest import DEFAULT_MAX_BYTES, ingest_bytes
from triangulate.model import Document, InputRecord, Report, Story
from triangulate.pipeline import (
    Analysis,
    Parser,
    Progress,
    StoryAnalysis,
    analyse_stories,
    announce,
    assemble,
    read_inputs,
)
from triangulate.resolve.pile import KnownEntity, PileEntities
from triangulate.store import Store
from triangulate.store.base import WriterLock

if TYPE_CHECKING:
    # Only for the annotation: fetching needs the optional ``watch`` extra (httpx).
    from triangulate.fetch import Polled, Watcher

INDEX_KEY = "story_index"
ALREADY_STORED = "already in the database (same text)"


def analyze_into(
    store: Store,
    paths: str | PathLike[str] | Sequence[str | PathLike[str]],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    created: datetime | None = None,
    parser: Parser | None = None,
    command: str = "",
) -> Report:
    """Add reports to a database and re-analyse the stories they join.

    Args:
        store: The database (``triangulate.store.open_store``).
        paths: Files, folders or ``-``, as for ``analyze``.
        stdin: Where ``-`` reads from.
        max_bytes: Inputs larger than this are skipped.
        progress: Optional callback ``(stage, done, total)``.
        created: The run's time (now, by default).
        parser: The per-document NLP runner, as for ``analyze``.
        command: What started the run, kept with it.

    Returns:
        The report of every story the inputs belong to (those this run touched analysed
        again, the others as stored: the same inputs give the same report run after run),
        with every input of the run listed.
    """
    run = read_into_store(
        store,
        paths,
        stdin=stdin,
        max_bytes=max_bytes,
        progress=progress,
        created=created,
        parser=parser,
        command=command,
    )
    return assemble(run.inputs, run.documents, run.parts, created=created)


def read_into_store(
    store: Store,
    paths: str | PathLike[str] | Sequence[str | PathLike[str]],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    created: datetime | None = None,
    parser: Parser | None = None,
    command: str = "",
) -> Analysis:
    """``analyze_into`` one story at a time (see ``stream_to_store``); same arguments."""
    ingested = read_inputs(paths, stdin=stdin, max_bytes=max_bytes, progress=progress)
    return stream_to_store(
        store,
        ingested.inputs,
        ingested.documents,
        progress=progress,
        created=created,
        parser=parser,
        command=command,
    )


def add_to_store(
    store: Store,
    inputs: Sequence[InputRecord],
    documents: Sequence[Document],
    *,
    progress: Progress | None = None,
    created: datetime | None = None,
    parser: Parser | None = None,
    command: str = "",
) -> Report:
    """Store documents already read, and re-analyse the stories they join.

    Returns:
        The report of every story the documents belong to, with every input listed.
    """
    run = stream_to_store(
        store,
        inputs,
        documents,
        progress=progress,
        created=created,
        parser=parser,
        command=command,
    )
    return assemble(run.inputs, run.documents, run.parts, created=created)


def stream_to_store(
    store: Store,
    inputs: Sequence[InputRecord],
    documents: Sequence[Document],
    *,
    progress: Progress | None = None,
    created: datetime | None = None,
    parser: Parser | None = None,
    command: str = "",
) -> Analysis:
    """``add_to_store`` one story at a time: each story is saved as its analysis comes.

    The documents are stored and the story index updated before this returns; iterating
    ``parts`` analyses and saves each touched story, and hands on as stored each other
    story holding one of ``documents`` (a report stored before), in the story index's
    order; the run is marked finished ("ok") after the last, or "failed" when the
    iteration fails or stops early.

    One run writes at a time: the database's writer lock is taken first (waiting, with the
    progress stage "waiting", while another run holds it) and released when the last story
    is saved, when the iteration fails or stops, or when the store is closed.
    """
    tick = progress or _silent
    lock = store.writer(on_wait=lambda: tick("waiting", 0, None))
    try:
        known = store.known_hashes(d.sha256 for d in documents)
        new = [d for d in documents if d.sha256 not in known]
        held = _stored_ids(store, known)
        marked = _mark_stored(inputs, documents, known)
        run = store.begin_run(command, marked, started=created.isoformat() if created else None)
    except BaseException:
        lock.release()
        raise
    return _store_and_analyse(store, run, marked, new, lock, tick, parser, held)


def _stored_ids(store: Store, hashes: set[str]) -> frozenset[str]:
    """The ids of the stored documents with these content hashes."""
    wanted = sorted(hashes)
    ids: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = store.read(f"SELECT id FROM documents WHERE sha256 IN ({marks})", chunk)
        ids.update(str(row["id"]) for row in rows)
    return frozenset(ids)


def _store_and_analyse(
    store: Store,
    run: int,
    inputs: tuple[InputRecord, ...],
    new: Sequence[Document],
    lock: WriterLock,
    tick: Progress,
    parser: Parser | None,
    held: frozenset[str] = frozenset(),
) -> Analysis:
    """Store ``new`` under the writer lock, put it and every pending document into stories,
    and hand out the analysis of the stories they touched, and the stored stories holding
    the documents ``held`` (``stream_to_store``)."""
    try:
        store.save_documents(run, new)
        assigned = _assign_stories(store, new, tick, parser)
    except BaseException:
        lock.release()
        store.finish_run(run, "failed")
        raise
    return Analysis(
        inputs=inputs,
        documents=None,
        parts=_analyse_and_save(store, run, assigned, tick, parser, lock, held),
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class _Assigned:
    """The stories a run must analyse again, and the near-duplicates the index knows."""

    stories: tuple[Story, ...]
    copies: tuple[NearDuplicate, ...]
    order: tuple[Story, ...] = ()


def _assign_stories(
    store: Store, new: Sequence[Document], tick: Progress, parser: Parser | None = None
) -> _Assigned:
    """Put new and pending documents into stories; the stories they joined, to re-analyse.

    The parser is told first how much it will parse at least (the new and pending
    documents), so that a pool a web job or a watch round pays for starts meanwhile.
    """
    state = store.get_state(INDEX_KEY)
    index = StoryIndex.from_state(state) if state else StoryIndex()
    waiting = list({d.id: d for d in [*store.pending_documents(), *new]}.values())
    announce(parser, waiting)
    assigned = index.assignments()
    fresh = [d for d in waiting if d.id not in assigned]
    tick("stories", 0, 1)
    if fresh:
        index.add(fresh)
    store.set_state(INDEX_KEY, index.to_state())
    tick("stories", 1, 1)
    assigned = index.assignments()
    touched = {assigned[d.id] for d in waiting}
    current = {s.id: s for s in index.stories()}
    for old in store.stories():
        if old.id not in current:
            store.delete_story(old.id)  # merged into another story by the index
        elif old.docs != current[old.id].docs:
            # Re-cut by the index without receiving a new report (it lost one to another
            # story, or its reports were reordered): what is stored for it is stale.
            touched.add(old.id)
    # A story the index knows but the database lacks (renamed, or cut by a run that
    # stopped before saving it) is analysed too, so every document ends in a story.
    touched.update(set(current) - {s.id for s in store.stories()})
    order = list(current)
    return _Assigned(
        stories=tuple(current[s] for s in sorted(touched, key=order.index)),
        copies=index.near_duplicates(),
        order=tuple(current.values()),
    )


def _analyse_and_save(
    store: Store,
    run: int,
    assigned: _Assigned,
    tick: Progress,
    parser: Parser | None,
    lock: WriterLock,
    held: frozenset[str] = frozenset(),
) -> Iterator[StoryAnalysis]:
    """Analyse the touched stories, saving each before handing it on, and hand on the
    stored stories holding ``held`` documents as they are; then close the run."""
    try:
        for part, fresh in _analyse_in_order(store, assigned, tick, parser, held):
            if not fresh:
                yield part
                continue
            store.save_story(
                part.story,
                part.entities,
                part.claims,
                part.groups,
                part.echoes,
                part.timeline,
                part.summary,
                # Every report's date as its story gave it, including a guess withdrawn.
                dated=part.documents,
            )
            yield part
    except BaseException:
        try:
            store.finish_run(run, "failed")
        finally:
            lock.release()
        raise
    try:
        store.finish_run(run, "ok")
    finally:
        lock.release()


def _analyse_in_order(
    store: Store,
    assigned: _Assigned,
    tick: Progress,
    parser: Parser | None,
    held: frozenset[str] = frozenset(),
) -> Iterator[tuple[StoryAnalysis, bool]]:
    """Analyse the touched stories, linking their entities as one run over everything does.

    One run links each story's entities to those of the stories before it in the story
    index (``resolve.pile``): the first story naming a thing names it for all. So the pile
    is built in index order here too: a story this run does not touch adds the entities it
    holds in its place, and one whose entities an earlier story now names, types or links
    otherwise (``PileEntities.holds``) is analysed again with the touched ones. A story
    left as it is that holds one of the ``held`` documents is handed on as stored, in its
    place. Each part comes with whether it was analysed now.
    """
    pile = PileEntities()
    stored = store.story_entities()
    todo = {s.id for s in assigned.stories}
    pending: list[Story] = []
    running = _Running(tick)

    def analysed() -> Iterator[tuple[StoryAnalysis, bool]]:
        if pending:
            batch = tuple(pending)
            pending.clear()
            for part in analyse_stories(
                batch,
                # Dated as ingest read them: a date an earlier run's story gave a report
                # is not evidence for this run's (a run without a database never sees it).
                lambda ids: store.documents(ids, as_read=True),
                copies=assigned.copies,
                progress=running.tick,
                parser=parser,
                pile=pile,
            ):
                yield part, True
            running.next()

    for story in assigned.order or assigned.stories:
        if story.id in todo:
            pending.append(story)
            continue
        rows = stored.get(story.id, ())
        known = [
            KnownEntity(id=i, name=name, type=kind, aliases=aliases)  # type: ignore[arg-type]
            for i, name, kind, aliases, _ in rows
        ]
        if known:
            yield from analysed()  # the pile as the stories before this one leave it
            if not pile.holds(known, [row[4] for row in rows]):
                pending.append(story)
                continue
            pile.add_stored(known)
        if held.intersection(story.docs):
            yield from analysed()
            yield _as_stored(store, story), False
    yield from analysed()


def _as_stored(store: Store, story: Story) -> StoryAnalysis:
    """A story as the database holds it, its documents in the story's order."""
    report = store.load_report(story.id)
    by_id = {d.id: d for d in report.documents}
    return StoryAnalysis(
        story=report.stories[0] if report.stories else story,
        documents=tuple(by_id[d] for d in story.docs if d in by_id),
        entities=report.entities,
        claims=report.claims,
        groups=report.groups,
        echoes=report.echoes,
        timeline=report.timeline,
        summary=report.summary,
    )


class _Running:
    """Progress over several calls of ``analyse_stories``: counts go on from the last."""

    def __init__(self, tick: Progress) -> None:
        self._tick = tick
        self._base: dict[str, int] = {}
        self._last: dict[str, int] = {}

    def tick(self, stage: str, done: int, total: int | None) -> None:
        self._last[stage] = done
        base = self._base.get(stage, 0)
        self._tick(stage, base + done, None if total is None else base + total)

    def next(self) -> None:
        for stage, done in self._last.items():
            self._base[stage] = self._base.get(stage, 0) + done
        self._last = {}


def _mark_stored(
    inputs: Sequence[InputRecord], documents: Sequence[Document], known: set[str]
) -> tuple[InputRecord, ...]:
    """Inputs whose every document is already stored are listed as skipped, with why."""
    by_input: dict[str, list[Document]] = {}
    for doc in documents:
        by_input.setdefault(doc.source.split("#")[0], []).append(doc)
    marked = []
    for record in inputs:
        docs = by_input.get(record.path) or by_input.get(str(Path(record.path)))
        if record.status == "ok" and docs and all(d.sha256 in known for d in docs):
            record = InputRecord(path=record.path, status="skipped", reason=ALREADY_STORED)
        marked.append(record)
    return tuple(marked)


def _silent(stage: str, done: int, total: int | None) -> None:
    """Progress sink when nobody is watching."""


SEEN_KEY = "watch_seen"
"""Where earlier versions kept the keys of pages read (a JSON list); still read."""


@dataclass(frozen=True, slots=True, kw_only=True)
class WatchRound:
    """One poll of the watched feeds and pages: what was added, and what went wrong."""

    report: Report
    problems: tuple[tuple[str, str], ...]


def watch_once(
    store: Store,
    targets: Sequence[str],
    watcher: Watcher,
    *,
    progress: Progress | None = None,
    parser: Parser | None = None,
    command: str = "",
) -> WatchRound:
    """Poll feeds and pages once, storing each new page as it is fetched; then update the
    stories the new reports join.

    Each page is read and stored (its input, its documents, and its keys marked seen in the
    ``seen`` table) as soon as it is fetched, and its body is then let go: a round holds
    a few bodies at a time, however long the feed. A round stopped part way (Ctrl+C, a
    kill) keeps every page it stored and is marked "interrupted"; the next round fetches
    none of them again and analyses them with its own. Fetch problems never stop a round:
    each is returned with its URL and reason.
    """
    from triangulate.fetch import Problem  # the ``watch`` extra, needed only here

    tick = progress or _silent
    run = store.begin_run(command, [])
    inputs: list[InputRecord] = []
    problems: list[tuple[str, str]] = []
    try:
        for found in watcher.stream(targets):
            if isinstance(found, Problem):
                problems.append((found.url, found.reason))
                continue
            inputs.extend(_store_page(store, run, found))
            tick("fetch", len(inputs), None)
    except BaseException:
        store.finish_run(run, "interrupted")
        raise
    lock = store.writer(on_wait=lambda: tick("waiting", 0, None))
    analysis = _store_and_analyse(store, run, tuple(inputs), (), lock, tick, parser)
    report = assemble(analysis.inputs, analysis.documents, analysis.parts)
    return WatchRound(report=report, problems=tuple(problems))


def _store_page(store: Store, run: int, page: Polled) -> list[InputRecord]:
    """Read one fetched page and store it with its input and seen keys; its inputs."""
    read = ingest_bytes(page.name, page.raw)
    records = [replace(i, path=page.url) for i in read.inputs]
    documents = [replace(d, source=page.url, url=d.url or page.url) for d in read.documents]
    known = store.known_hashes(d.sha256 for d in documents)
    marked = list(_mark_stored(records, documents, known))
    store.add_inputs(run, marked)
    store.save_documents(run, [d for d in documents if d.sha256 not in known])
    store.mark_seen(page.seen_keys)  # after the documents: a crash between fetches it again
    return marked


def seen_in(store: Store) -> Callable[[str], bool]:
    """A "seen before?" test over the pages the database remembers from earlier rounds."""
    earlier = frozenset(store.get_state(SEEN_KEY) or ())
    return lambda key: key in earlier or store.has_seen(key)
