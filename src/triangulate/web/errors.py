"""The one error the web layer raises: an HTTP status, a stable code and a message to act on."""

from __future__ import annotations


class WebError(Exception):
    """A request the app refuses, shown as an error page or ``{"error": {...}}``.

    Args:
        status: The HTTP status (404, 413, 415, 422, 401, ...).
        code: A stable machine-readable code ("not_found", "too_large", ...).
        message: What went wrong and what to do, for people.
    """

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def not_found(what: str, ident: str) -> WebError:
    """The 404 for an unknown id."""
    return WebError(404, "not_found", f"no {what} with id {ident!r} in this database")
