"""The errors fetching can raise; they live with every other error in ``triangulate.errors``."""

from triangulate.errors import FeedUnreadable, FetchFailed, FetchRefused

__all__ = ["FeedUnreadable", "FetchFailed", "FetchRefused"]
