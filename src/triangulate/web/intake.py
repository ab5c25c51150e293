"""Reports given through the web, read and checked before anything is stored.

Each way in (uploaded files, pasted text, a URL) ends as ``Ingested`` inputs and documents
ready for a job, or a ``WebError``: too large (413), binary or of a type that is not a report
(415), empty or unreadable (422), a URL that is refused or cannot be fetched (422 / 502).
A refused request stores nothing, because nothing reaches the database before a job runs.
Files and text are read while the request runs; a URL is only checked then (``check_url``)
and fetched by its job, on a thread of its own (``read_url``), so a slow server never holds
a thread that answers requests.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import urlsplit

from triangulate.errors import FetchRefused
from triangulate.ingest import Ingested, ingest_bytes
from triangulate.ingest.sources import format_size
from triangulate.model import Document, InputRecord
from triangulate.web.errors import WebError

_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    """How much one request may add.

    Attributes:
        max_bytes: The largest file, pasted text or fetched page, in bytes.
        max_files: The most files in one upload.
        fetch_seconds: The longest one URL's fetch may take, all of it (name lookup,
            connection, headers, body).
        url_fetches: How many added URLs are fetched at once, on threads of their own
            (never on the threads that answer requests).
        url_waiting: How many more added URLs may wait for a fetch; past that, adding a URL
            is refused (503) until some are done.
    """

    max_bytes: int = 5_000_000
    max_files: int = 20
    fetch_seconds: float = 20.0
    url_fetches: int = 4
    url_waiting: int = 16


def status_for(reason: str) -> tuple[int, str]:
    """The HTTP status and code for an input ingest refused, from its reason."""
    text = reason.lower()
    if "over the" in text and "limit" in text:
        return 413, "too_large"
    if "binary" in text or "unsupported file type" in text:
        return 415, "unsupported"
    return 422, "unreadable"


def clean_name(name: str | None, position: int) -> str:
    """An uploaded file's name without folders or control characters."""
    base = PureWindowsPath(PurePosixPath(name or "").name).name
    base = _UNSAFE_NAME.sub("", base).strip()
    return base[:200] or f"upload-{position}.txt"


def read_uploads(files: Sequence[tuple[str | None, bytes]], limits: Limits) -> Ingested:
    """Read uploaded files; refuse the whole upload if any file gives no report.

    Args:
        files: (file name, bytes) for each file.
        limits: Size and count limits.

    Returns:
        Every input record and document.

    Raises:
        WebError: No files or too many (422 / 413), a file too large (413), binary or of an
            unsupported type (415), empty or unreadable (422).
    """
    if not files:
        raise WebError(422, "no_input", "no file was uploaded: choose at least one report")
    if len(files) > limits.max_files:
        raise WebError(
            413,
            "too_many_files",
            f"{len(files)} files in one upload; at most {limits.max_files} are accepted",
        )
    inputs: list[InputRecord] = []
    documents: list[Document] = []
    seen: dict[str, str] = {}
    for position, (raw_name, raw) in enumerate(files, 1):
        name = clean_name(raw_name, position)
        if len(raw) > limits.max_bytes:
            raise WebError(
                413,
                "too_large",
                f"{name}: file is {format_size(len(raw))}, over the "
                f"{format_size(limits.max_bytes)} limit for one report",
            )
        read = ingest_bytes(name, raw, max_bytes=limits.max_bytes)
        if not read.documents:
            reason = read.inputs[0].reason if read.inputs else "no report in it"
            status, code = status_for(reason or "")
            raise WebError(status, code, f"{name}: {reason}; nothing was added")
        fresh = [d for d in read.documents if d.sha256 not in seen]
        if not fresh:
            first = seen[read.documents[0].sha256]
            inputs.append(InputRecord(path=name, status="skipped", reason=f"same text as {first}"))
            continue
        seen.update((d.sha256, name) for d in fresh)
        documents.extend(fresh)
        inputs.extend(read.inputs)
    return Ingested(inputs=tuple(inputs), documents=tuple(documents))


def read_text(text: str, title: str | None, limits: Limits) -> Ingested:
    """Read pasted text (with an optional headline) as one report.

    Raises:
        WebError: Empty (422) or too large (413).
    """
    body = text.strip()
    if not body:
        raise WebError(422, "no_input", "the text is empty: paste a report")
    headline = " ".join((title or "").split())
    whole = f"{headline}\n\n{body}\n" if headline else body + "\n"
    raw = whole.encode("utf-8")
    if len(raw) > limits.max_bytes:
        raise WebError(
            413,
            "too_large",
            f"the text is {format_size(len(raw))}, over the {format_size(limits.max_bytes)} "
            "limit for one report",
        )
    name = f"pasted-{hashlib.sha256(raw).hexdigest()[:12]}.txt"
    read = ingest_bytes(name, raw, max_bytes=limits.max_bytes)
    if not read.documents:
        reason = read.inputs[0].reason if read.inputs else "no report in it"
        status, code = status_for(reason or "")
        raise WebError(status, code, f"pasted text: {reason}; nothing was added")
    return read


def check_url(url: str, *, allow_private: bool) -> str:
    """The URL to fetch, once what needs no network is checked.

    An http(s) URL with a host; when the host is an address written out (``127.0.0.1``,
    ``[::1]``), a public one unless ``allow_private``. A host name is checked when it is
    fetched (every address it resolves to, at every redirect).

    Raises:
        WebError: No URL, not http(s) (422 ``bad_url``), or a private address (422
            ``url_refused``).
        MissingDependency: httpx is not installed.
    """
    from triangulate.fetch.address import check_host

    given = url.strip()
    if not given:
        raise WebError(422, "no_input", "no URL given")
    if not re.match(r"(?i)^https?://[^\s/]", given):
        raise WebError(422, "bad_url", f"{given[:200]!r} is not an http:// or https:// URL")
    try:
        parts = urlsplit(given)
        host, port = parts.hostname or "", parts.port
    except ValueError as exc:
        raise WebError(422, "bad_url", f"{given[:200]!r} is not a valid URL ({exc})") from None
    if not host:
        raise WebError(422, "bad_url", f"{given[:200]!r} has no host")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return given  # a name: checked as it is fetched
    if not allow_private:
        try:
            check_host(host, port or 0, lambda name, _: [name])
        except FetchRefused as exc:
            raise _refused(given, exc) from None
    return given


def _refused(given: str, exc: FetchRefused) -> WebError:
    """The web's error for a refused fetch."""
    reason = exc.reason.split("; pass allow_private")[0]
    if reason != exc.reason:
        reason += "; this server fetches only public addresses (--allow-private-urls)"
    too_big = reason.startswith("body is") and "limit" in reason
    status, code = (413, "too_large") if too_big else (422, "url_refused")
    return WebError(status, code, f"{given}: {reason}")


def read_url(url: str, limits: Limits, *, allow_private: bool) -> Ingested:
    """Fetch one page safely and read it as a report (on a fetch thread, not a request's).

    Only http(s) URLs of public hosts are fetched (unless ``allow_private``), within size and
    time limits (``limits.fetch_seconds`` for all of it), honouring robots.txt.

    Raises:
        WebError: A malformed or refused URL (422), a fetch that failed (502), a body that is
            not a report (415) or gives no text (422).
        MissingDependency: httpx is not installed.
    """
    from triangulate.fetch import FetchFailed, SafeFetcher, ingest_name

    given = check_url(url, allow_private=allow_private)
    try:
        with SafeFetcher(
            allow_private=allow_private,
            max_bytes=limits.max_bytes,
            total_timeout=limits.fetch_seconds,
        ) as fetcher:
            fetched = fetcher.fetch(given)
    except FetchRefused as exc:
        raise _refused(given, exc) from None
    except FetchFailed as exc:
        raise WebError(502, "fetch_failed", f"{given}: {exc.reason}") from None
    name = ingest_name(fetched.url, fetched.content_type)
    if name is None:
        raise WebError(
            415,
            "unsupported",
            f"{given}: the server sent {fetched.media_type or 'an unknown type'}, not a report",
        )
    read = ingest_bytes(name, fetched.body, max_bytes=limits.max_bytes)
    if not read.documents:
        why = (read.inputs[0].reason if read.inputs else None) or "no report in it"
        status, code = status_for(why)
        raise WebError(status, code, f"{given}: {why}; nothing was added")
    return Ingested(
        inputs=tuple(replace(i, path=fetched.url) for i in read.inputs),
        documents=tuple(
            replace(d, source=fetched.url, url=d.url or fetched.url) for d in read.documents
        ),
    )
