"""Summary: a short extractive summary of a story, every sentence cited to its reports."""

from triangulate.summarize.select import summarize
from triangulate.summarize.split import split_sentences

__all__ = ["split_sentences", "summarize"]
