"""The JSON Schema of the report, shipped with the package."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def report_schema() -> dict[str, Any]:
    """The JSON Schema every report validates against."""
    text = resources.files("triangulate.report").joinpath("schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
