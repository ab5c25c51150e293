"""Why an input, or part of one, produced no document."""

from __future__ import annotations

from triangulate.model.document import InputStatus


class Rejected(Exception):
    """Raised inside ingest to stop reading one input; turned into an ``InputRecord``.

    Attributes:
        status: "skipped" (nothing wrong, nothing to read) or "failed" (could not read).
        reason: What a person needs to know, naming the problem.
    """

    def __init__(self, status: InputStatus, reason: str) -> None:
        super().__init__(reason)
        self.status: InputStatus = status
        self.reason = reason
