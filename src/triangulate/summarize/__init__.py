"""Summary: a short extractive summary of a story, every sentence cited to its reports."""

from triangulate.summarize.select import summarize

__all__ = ["summarize"]
