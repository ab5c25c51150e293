"""Who a claim comes from, and how many independent upstream sources a set of claims has.

The upstream of a claim is the first link of its source chain that we can name:

==============================  ======================================  ====================
the claim has                   upstream                                shown as
==============================  ======================================  ====================
a named speaker                 the speaker (entity, else name)         "Civil Defence (via AFP)"
an unnamed speaker              the nearest relay, else the outlet      "a source (unnamed, via X)"
no speaker, a relay chain       the relay nearest the text's origin     "AFP"
no speaker, no relay            the outlet (it speaks itself)           "The Northern Ledger"
==============================  ======================================  ====================

Unnamed sources behind one relay count once: a reader cannot tell two anonymous
officials quoted by one site apart, and counting them twice would overstate
corroboration. Upstreams with the same entity or the same name (case, spaces, articles and
punctuation ignored) are one source; an :class:`~triangulate.model.Echo` merges the
upstreams of the claims it names, so two outlets relaying one source count once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from triangulate.model import Claim, Document, Echo

_ARTICLES = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """The upstream of one claim: comparison keys and a readable name."""

    keys: tuple[str, ...]
    name: str


def normalise(name: str) -> str:
    """A name for comparison: no article, case, spaces, punctuation or possessive."""
    text = _ARTICLES.sub("", name.strip())
    text = re.sub(r"[’']s\b", "", text)
    return re.sub(r"[\W_]+", "", text).lower()


def source_of(claim: Claim, documents: Mapping[str, Document]) -> Source:
    """The upstream of a claim, by the table in the module docstring.

    Args:
        claim: The claim.
        documents: Documents by id (for the outlet or title when the claim has none).

    Returns:
        Its comparison keys and a name a person can read.
    """
    speaker = claim.said_by
    relay = f" (via {', '.join(claim.via)})" if claim.via else ""
    outlet = _publisher(claim, documents)
    if speaker is not None and not speaker.anonymous:
        keys = [f"n:{normalise(speaker.name)}"]
        if speaker.entity:
            keys.append(f"e:{speaker.entity}")
        return Source(keys=tuple(keys), name=f"{speaker.name}{relay}")
    if speaker is not None:
        holder = claim.via[0] if claim.via else outlet
        return Source(
            keys=(f"anon:{normalise(holder)}",),
            name=f"{speaker.name} (unnamed, via {holder})",
        )
    if claim.via:
        return Source(keys=(f"n:{normalise(claim.via[0])}",), name=claim.via[0])
    return Source(keys=(f"n:{normalise(outlet)}",), name=outlet)


def _publisher(claim: Claim, documents: Mapping[str, Document]) -> str:
    """The outlet of the claim's report, else its wire agency, title or id."""
    if claim.outlet:
        return claim.outlet
    doc = documents.get(claim.doc)
    if doc is not None:
        if doc.outlet or doc.agency:
            return str(doc.outlet or doc.agency)
        if doc.title:
            return f"the report '{doc.title[:60]}'"
    return f"report {claim.doc}"


class Upstreams:
    """Claims' upstream sources merged into independent sources (union-find over keys)."""

    def __init__(
        self,
        claims: Sequence[Claim],
        documents: Mapping[str, Document],
        echoes: Iterable[Echo] = (),
    ) -> None:
        self._parent: dict[str, str] = {}
        self.sources = {c.id: source_of(c, documents) for c in claims}
        for source in self.sources.values():
            for key in source.keys[1:]:
                self._union(source.keys[0], key)
        for echo in echoes:
            members = [self.sources[c].keys[0] for c in echo.claims if c in self.sources]
            for key in members[1:]:
                self._union(members[0], key)

    def _find(self, key: str) -> str:
        self._parent.setdefault(key, key)
        while self._parent[key] != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            # The smaller key wins so the merged root does not depend on merge order.
            low, high = sorted((ra, rb))
            self._parent[high] = low

    def root(self, claim: str) -> str:
        """The independent source a claim belongs to (a stable key)."""
        return self._find(self.sources[claim].keys[0])

    def name(self, claim: str) -> str:
        """The readable name of a claim's upstream."""
        return self.sources[claim].name

    def count(self, claims: Iterable[str]) -> int:
        """How many independent sources the claims rest on."""
        return len({self.root(c) for c in claims})

    def names(self, claims: Iterable[str]) -> tuple[str, ...]:
        """One readable name per independent source, in a stable order."""
        by_root: dict[str, list[str]] = {}
        for c in claims:
            by_root.setdefault(self.root(c), []).append(self.name(c))
        # The shortest name of each source reads best; ties broken alphabetically.
        chosen = [min(names, key=lambda n: (len(n), n)) for names in by_root.values()]
        return tuple(sorted(chosen))
