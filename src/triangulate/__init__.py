"""triangulate: cross-check many reports of the same events, every statement traced to its characters."""

__version__ = "0.1.0"
