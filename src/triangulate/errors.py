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
