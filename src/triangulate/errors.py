"""Every error the library raises, with a stable code and what to do about it."""

from __future__ import annotations


class TriangulateError(Exception):
    """Base class. ``code`` is stable; the message says what to do."""

    code = "T000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class MissingDependency(TriangulateError):
    """An optional part is not installed."""

    code = "T001"

    def __init__(self, what: str, install: str) -> None:
        super().__init__(f"{what} is not installed. Run: {install}")


class ModelUnavailable(TriangulateError):
    """The spaCy pipeline package cannot be loaded."""

    code = "T002"


class BadOutputPath(TriangulateError):
    """The output path has an extension no renderer knows, or cannot be written."""

    code = "T003"


# Storage (T02x).


class StoreUnavailable(TriangulateError):
    """The store cannot be opened: bad path or URL, no permission, server down."""

    code = "T020"


class StoreError(TriangulateError):
    """The store refused the data: it contradicts what is stored, or refers to missing rows."""

    code = "T021"


# Fetching feeds and pages (T10x).


class FetchRefused(TriangulateError):
    """A fetch was refused before or while it ran: it would be unsafe or is not allowed.

    Refusals are about policy, not the network: a scheme other than http(s), a host that
    resolves to a private address, too many redirects, a body over the size limit, or a
    robots.txt that disallows the page. Retrying will not help; the message says what would.

    Attributes:
        reason: What was refused and why.
        url: The URL refused (a redirect hop when a redirect was refused), if known.
    """

    code = "T101"

    def __init__(self, reason: str, *, url: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.url = url


class FetchFailed(TriangulateError):
    """A fetch did not succeed: the host is unknown or unreachable, it timed out, or the
    server answered with an error status. Retrying later may help.

    Attributes:
        reason: What failed.
        url: The URL that failed, if known.
        status: The HTTP status when the server answered with an error, else None.
    """

    code = "T102"

    def __init__(self, reason: str, *, url: str | None = None, status: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.url = url
        self.status = status


class FeedUnreadable(TriangulateError):
    """A fetched body is not an RSS or Atom feed that can be read.

    Attributes:
        reason: Why it cannot be read.
        url: The feed's URL.
    """

    code = "T103"

    def __init__(self, reason: str, *, url: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.url = url


# Running on a cluster (T03x).


class SchedulerUnreachable(TriangulateError):
    """The Dask scheduler cannot be reached, or the address is not one.

    Attributes:
        address: The scheduler address that was tried.
    """

    code = "T030"

    def __init__(self, address: str, reason: str) -> None:
        super().__init__(
            f"Cannot reach the Dask scheduler at {address!r}: {reason}. Check that the "
            "scheduler is running and the address is tcp://HOST:PORT, or leave out "
            "--scheduler to parse on this machine."
        )
        self.address = address


class WorkerDied(TriangulateError):
    """A worker process of the local pool stopped while parsing (killed, out of memory).

    Attributes:
        documents: The ids of the documents it was parsing.
    """

    code = "T031"

    def __init__(self, documents: list[str]) -> None:
        shown = ", ".join(documents[:3]) + (
            f" and {len(documents) - 3} more" if len(documents) > 3 else ""
        )
        super().__init__(
            f"A parsing process stopped unexpectedly (killed, or out of memory?) while it "
            f"parsed {shown}. Run again with fewer --jobs, or --jobs 1 to parse in one "
            "process."
        )
        self.documents = documents
