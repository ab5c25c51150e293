"""Ingest: every input the user names becomes an InputRecord, and readable ones a Document.

Read top to bottom for one input: find it (``sources``), read its bytes within the size
limit, decode them (``decode``), pick a reader (``formats``): plain text, HTML (``html``)
or JSON records (``records``), then clean the text and read its outlet and date (``build``).
Nothing here raises on bad input or prints: each problem becomes an ``InputRecord`` whose
reason names it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from triangulate.ingest.build import Metadata, build_document
from triangulate.ingest.decode import decode
from triangulate.ingest.formats import detect_format, unsupported_reason
from triangulate.ingest.records import Record, iter_jsonl, parse_json
from triangulate.ingest.rejected import Rejected
from triangulate.ingest.sources import STDIN, Source, format_size, iter_sources, read_source
from triangulate.model.document import Document, InputRecord, InputStatus

__all__ = ["DEFAULT_MAX_BYTES", "Ingested", "ingest", "ingest_bytes", "iter_ingest"]

DEFAULT_MAX_BYTES = 5_000_000
"""The largest input read by default (5 MB); reports are far smaller."""

Item = tuple[InputRecord, Document | None]


@dataclass(frozen=True, slots=True, kw_only=True)
class Ingested:
    """Everything ingest produced.

    Attributes:
        inputs: One record per input, and one per record of a JSON array or JSONL file
            that could not be read, in input order.
        documents: The documents read, in input order.
    """

    inputs: tuple[InputRecord, ...]
    documents: tuple[Document, ...]


class _Seen:
    """Texts and ids already read in this run, so repeats are listed, not read twice."""

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}
        self.ids: dict[str, str] = {}

    def repeat(self, doc: Document) -> Rejected | None:
        """Why ``doc`` is not new (same text or same id as an earlier one); else record it."""
        first = self.texts.get(doc.sha256)
        if first is not None:
            return Rejected("skipped", f"same text as {first}")
        first = self.ids.get(doc.id)
        if first is not None:
            return Rejected("skipped", f"id '{doc.id}' is already used by {first}")
        self.texts[doc.sha256] = doc.source
        self.ids[doc.id] = doc.source
        return None

    def admit(self, path: str, doc: Document, note: str | None = None) -> Item:
        """The item for a new document, or a skip naming the input it repeats."""
        problem = self.repeat(doc)
        if problem is not None:
            return _failure(path, problem)
        return InputRecord(path=path, status="ok", reason=note), doc


def _failure(path: str, problem: Rejected) -> Item:
    """The item for an input that gave no document."""
    return InputRecord(path=path, status=problem.status, reason=problem.reason), None


def _record_metadata(record: Record) -> Metadata:
    """What a JSON record's own fields say about it."""
    return Metadata(
        id=record.id,
        title=record.title,
        url=record.url,
        outlet=record.outlet,
        published=record.published,
        outlet_basis="metadata ('outlet' field)",
        date_basis="metadata 'published' field",
    )


def _read_records(
    source: Source, records: Sequence[Record] | Iterator[Record], kind: str, seen: _Seen
) -> Iterator[Item]:
    """The file's record with each document read, then one item per record not read.

    The whole file is already in memory (within the size limit), so its records are read
    before anything is yielded: the file's own record has to say how many were read.
    """
    docs: list[Document] = []
    problems: list[Item] = []
    for record in records:
        try:
            if record.problem is not None:
                raise record.problem
            doc = build_document(record.text, source=record.source, meta=_record_metadata(record))
            repeat = seen.repeat(doc)
            if repeat is not None:
                raise repeat
        except Rejected as problem:
            problems.append(_failure(record.where, problem))
            continue
        docs.append(doc)
    read = len(docs)
    summary = f"{kind}: {read} record{'s' if read != 1 else ''} read"
    if problems:
        summary += f", {len(problems)} not read (each listed on its own)"
    status: InputStatus = "ok" if read else "failed" if problems else "skipped"
    file_record = InputRecord(path=source.path, status=status, reason=summary)
    for doc in docs:
        yield file_record, doc
    if not docs:
        yield file_record, None
    yield from problems


def _read_one(source: Source, raw: bytes, seen: _Seen) -> Iterator[Item]:
    """The items for one input's bytes."""
    decoded = decode(raw)
    name = None if source.is_stdin else source.path
    fmt = detect_format(name, decoded.text)
    if fmt == "jsonl":
        yield from _read_records(source, iter_jsonl(decoded.text, source.name), "JSONL", seen)
        return
    if fmt == "json":
        try:
            is_array, records = parse_json(decoded.text, source.name)
        except Rejected:
            if name is not None and name.lower().endswith(".json"):
                raise
            # Content that only started like JSON ("[Updated] ...") is plain text.
            fmt = "text"
        else:
            if is_array:
                yield from _read_records(source, records, "JSON array", seen)
                return
            record = records[0]
            if record.problem is not None:
                raise record.problem
            doc = build_document(record.text, source=record.source, meta=_record_metadata(record))
            yield seen.admit(source.path, doc, decoded.note)
            return
    if fmt == "html":
        from triangulate.ingest.html import extract_page  # trafilatura loads only when needed

        page = extract_page(decoded.text)
        meta = Metadata(
            title=page.title,
            url=page.url,
            outlet=page.sitename,
            published=page.date,
            outlet_basis="HTML metadata (site name)",
            date_basis="HTML metadata date",
        )
        doc = build_document(page.text, source=source.name, meta=meta, paragraph_per_line=True)
        yield seen.admit(source.path, doc, decoded.note)
        return
    doc = build_document(decoded.text, source=source.name, markdown=fmt == "markdown")
    yield seen.admit(source.path, doc, decoded.note)


def _ingest_source(
    source: Source, *, stdin: BinaryIO | None, max_bytes: int, seen: _Seen
) -> Iterator[Item]:
    """The items for one input; every problem becomes an item, never an exception."""
    try:
        if not source.is_stdin and source.problem is None:
            unsupported = unsupported_reason(source.path)
            if unsupported is not None:
                raise Rejected("skipped", unsupported)
        raw = read_source(source, max_bytes=max_bytes, stdin=stdin)
        yield from _read_one(source, raw, seen)
    except Rejected as problem:
        yield _failure(source.path, problem)
    except Exception as exc:  # a bug in a reader must cost one input, not the whole run
        reason = f"internal error while reading ({type(exc).__name__}: {exc}); please report it"
        yield InputRecord(path=source.path, status="failed", reason=reason), None


def iter_ingest(
    paths: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[tuple[InputRecord, Document | None]]:
    """Read inputs one at a time.

    Args:
        paths: Files, folders (read recursively in path order, hidden entries passed over)
            or "-" for standard input.
        stdin: Where "-" reads from; defaults to the process's standard input.
        max_bytes: Inputs larger than this are skipped, and the reason says how to raise it.

    Yields:
        ``(input_record, document)`` per input, in order; ``document`` is None when the input
        was skipped or failed. An input holding several documents (a JSON array, a JSONL
        file) is yielded once per document with the same ``InputRecord`` object, whose
        reason counts the records read; each record not read follows as its own item,
        listed as ``FILE:LINE`` (JSONL) or ``FILE#INDEX`` (array). ``ingest`` lists each
        ``InputRecord`` once.
    """
    if stdin is None and STDIN in paths:
        import sys

        stdin = sys.stdin.buffer
    seen = _Seen()
    for source in iter_sources(paths):
        yield from _ingest_source(source, stdin=stdin, max_bytes=max_bytes, seen=seen)


def ingest(
    paths: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[int], None] | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> Ingested:
    """Read every input.

    Args:
        paths: Files, folders or "-" for standard input (see ``iter_ingest``).
        stdin: Where "-" reads from; defaults to the process's standard input.
        max_bytes: Inputs larger than this are skipped with a reason.
        progress: Called after each input with the number of inputs done so far.
        on_document: Called with each document as soon as it is read.

    Returns:
        Every input record and every document, in input order.
    """
    inputs: list[InputRecord] = []
    documents: list[Document] = []
    for record, doc in iter_ingest(paths, stdin=stdin, max_bytes=max_bytes):
        if not inputs or inputs[-1] is not record:
            inputs.append(record)
            if progress is not None:
                progress(len(inputs))
        if doc is not None:
            documents.append(doc)
            if on_document is not None:
                on_document(doc)
    return Ingested(inputs=tuple(inputs), documents=tuple(documents))


def ingest_bytes(name: str, raw: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Ingested:
    """Read one input already in memory (an upload, a message body).

    Args:
        name: Its file name, used for its format (by extension) and as its source.
        raw: Its bytes.
        max_bytes: Larger inputs are skipped with a reason.

    Returns:
        Its input records (one, plus one per record of a JSON array or JSONL) and documents.
    """
    source = Source(path=name, name=name)
    items: list[Item] = []
    try:
        unsupported = unsupported_reason(name)
        if unsupported is not None:
            raise Rejected("skipped", unsupported)
        if len(raw) > max_bytes:
            size, limit = format_size(len(raw)), format_size(max_bytes)
            reason = f"file is {size}, over the {limit} limit; raise it with --max-bytes"
            raise Rejected("skipped", reason)
        items.extend(_read_one(source, raw, _Seen()))
    except Rejected as problem:
        items.append(_failure(name, problem))
    except Exception as exc:  # same promise as iter_ingest: one bad input never raises
        reason = f"internal error while reading ({type(exc).__name__}: {exc}); please report it"
        items.append((InputRecord(path=name, status="failed", reason=reason), None))
    inputs = [
        record for n, (record, _) in enumerate(items) if n == 0 or items[n - 1][0] is not record
    ]
    return Ingested(
        inputs=tuple(inputs),
        documents=tuple(doc for _, doc in items if doc is not None),
    )
