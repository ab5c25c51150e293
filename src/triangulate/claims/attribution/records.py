"""The attribution reader's records: what it returns, and what it keeps while reading."""

from __future__ import annotations

from dataclasses import dataclass

from triangulate.model import Speaker


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    """A stretch of a document that the report attributes to a source.

    ``start``/``end`` is the attributed content (the reported clause, the quote, or the
    sentence); ``via`` the relay chain between speaker and outlet, nearest to the speaker
    first; ``cue`` how it was found (see the package's cue table); ``hedged`` whether the
    attribution marks the content as unconfirmed; ``own`` whether the speaker is the
    outlet itself ("our teams", "the committee" on the committee's own page), so the
    content is the outlet's own statement. ``cue_start``/``cue_end`` is where the words
    that attribute lie (the cue with its speaker and listener: "Maria Okafor ... told
    AFP"; a quotation's marks), when known.
    """

    start: int
    end: int
    speaker: Speaker
    via: tuple[str, ...]
    cue: str
    hedged: bool
    own: bool = False
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """A speaker as found, with what later references need to match it.

    ``head`` is the lemma of the phrase's head noun ("source", "ministry"); ``person``
    and ``plural`` say which pronouns may refer to it; ``own`` marks the outlet itself.
    """

    speaker: Speaker
    via: tuple[str, ...]
    head: str
    person: bool
    plural: bool
    own: bool = False

    def credit(self, content: tuple[int, int], *, cue: str, hedged: bool) -> Attribution:
        """The content (start, end) attributed to this source, through its relay chain."""
        return Attribution(
            start=content[0],
            end=content[1],
            speaker=self.speaker,
            via=self.via,
            cue=cue,
            hedged=hedged,
            own=self.own,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Found:
    """An attribution with where its cue words lie (for quotes and nesting).

    ``verb`` says whether the cue is a verb (at token ``verb_at``); ``relay_at`` is the
    token of an "according to" the cue took as its speaker's relay ("..., X said,
    according to Y"), which is then no cue of its own.
    """

    attribution: Attribution
    source: Source
    cue_start: int
    cue_end: int
    verb: bool
    verb_at: int = -1
    relay_at: int = -1
