"""Turning a Report into files: JSON (the contract), Markdown, HTML; renderers looked up by name."""

from triangulate.report.renderers import (
    RENDERERS,
    check_output,
    render,
    renderer_for,
    replacing,
)

__all__ = ["RENDERERS", "check_output", "render", "renderer_for", "replacing"]
