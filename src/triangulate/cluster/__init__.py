"""Stories: sort a pile of reports about many events into stories, and mark near-copies.

``split_stories`` cuts a pile in one pass; ``StoryIndex`` does the same incrementally and
keeps its state as JSON; ``find_near_duplicates`` marks syndicated copies and light
rewrites (MinHash with LSH banding). None of them compares all pairs.
"""

from triangulate.cluster.minhash import DUPLICATE_THRESHOLD, NearDuplicate, find_near_duplicates
from triangulate.cluster.stories import DF_CAP, STORY_THRESHOLD, StoryIndex, split_stories

__all__ = [
    "DF_CAP",
    "DUPLICATE_THRESHOLD",
    "STORY_THRESHOLD",
    "NearDuplicate",
    "StoryIndex",
    "find_near_duplicates",
    "split_stories",
]
