"""Echoes: reports that relay one upstream source, or copy one another's text.

Three kinds of evidence, checked in this order:

1. **A shared named relay.** Claims in two or more reports from different publishers
   carry the same relay in ``via`` ("a Raqqa24 source" in one, "told Raqqa24" in another)
   and that relay publishes neither report. The upstream is the relay.
2. **A report citing another report's outlet.** A report names the outlet of another
   report of the set next to an attribution cue ("quoted by", "according to", "told",
   "citing", "reported by"), or credits claims to it. The upstream is the cited outlet; the
   echoing claims are the citing report's figures whose values meet the cited report's
   figures. A body's release without an outlet is cited by the body's name, where its own
   words say which body it speaks as (:func:`~triangulate.reconcile.sources.named_as`).
3. **Copied text.** Two reports share passages of at least ``SHINGLE`` consecutive words
   (word shingles, case and punctuation ignored) at least ``MIN_SHARED`` times: syndicated
   copy or a rewrite of the same wire story. The upstream is the earlier report's outlet;
   the echo's claims are those whose own words lie in a shared passage (a figure a report
   tells beside the passage in its own words is not copied).

The evidence names the relay or cue, and the distinctive words both reports share that no
other report of the set uses (the details that give an echo away).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from triangulate.model import Claim, Document, Echo
from triangulate.reconcile.intervals import figure_range
from triangulate.reconcile.sources import named_as, names_outlet, normalise

SHINGLE = 6
"""Words per shingle: long enough that stock phrases ("said on Sunday") do not match."""

MIN_SHARED = 4
"""Shared shingles before two reports are said to copy each other."""

NEAR = 80
"""Characters either side of a claim within which a shared passage may hold its copy."""

_CUES = re.compile(
    r"\b(quoted by|according to|told|citing|cited by|reported by|reports? from)\b"
    r"[^.\n]{0,40}$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_TOKEN = re.compile(r"\w+")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "and",
        "or",
        "but",
        "not",
        "no",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "their",
        "they",
        "them",
        "there",
        "than",
        "then",
        "which",
        "who",
        "whom",
        "what",
        "when",
        "where",
        "while",
        "said",
        "says",
        "say",
        "would",
        "will",
        "could",
        "should",
        "may",
        "might",
        "also",
        "more",
        "most",
        "some",
        "any",
        "all",
        "after",
        "before",
        "over",
        "into",
        "about",
        "since",
        "until",
        "people",
        "said",
        "told",
    ]
)


@dataclass(frozen=True, slots=True)
class Found:
    """A story's echoes, as shown and as its sources weigh them.

    ``shown`` lists with each echo the claims it carries: those its reports relay from
    the upstream, or, for copied text, those whose own words lie in a passage both reports
    share. ``weighed`` is the same echoes where copied text also holds every claim told
    within ``NEAR`` characters of a shared passage: a copy may reword a figure next to the
    words it copies, so :class:`~triangulate.reconcile.sources.Upstreams` looks there for
    the copies whose sources it merges.
    """

    shown: tuple[Echo, ...]
    weighed: tuple[Echo, ...]


def find_echoes(documents: Sequence[Document], claims: Sequence[Claim]) -> tuple[Echo, ...]:
    """Every echo among the reports of one story, with the claims it carries.

    Args:
        documents: The story's reports.
        claims: Their claims.

    Returns:
        Echoes in a stable order (by upstream, then reports).
    """
    return read_echoes(documents, claims).shown


def read_echoes(documents: Sequence[Document], claims: Sequence[Claim]) -> Found:
    """Every echo among the reports of one story, as shown and as weighed (:class:`Found`).

    Args:
        documents: The story's reports.
        claims: Their claims.

    Returns:
        Both views, each in a stable order (by upstream, then reports).
    """
    docs = {d.id: d for d in documents}
    words = _Words(documents)
    relayed = _relay_echoes(docs, claims, words)
    cited = _citation_echoes(docs, claims, words)
    copied = _copy_echoes(docs, claims, words)
    return Found(
        shown=_ordered([*relayed, *_one_per_report(cited), *_one_per_original(copied, docs)]),
        weighed=_ordered([*relayed, *(e for _, e in cited), *(w for _, _, w in copied)]),
    )


def _one_per_original(
    copied: Sequence[tuple[str, Echo, Echo]], docs: Mapping[str, Document]
) -> list[Echo]:
    """The shown echoes of reports copying one earlier report, as one echo of it (its
    copies listed together); each pair's evidence is kept, naming the copy."""
    by_original: dict[tuple[str, str], list[Echo]] = {}
    for original, echo, _ in copied:
        by_original.setdefault((echo.upstream, original), []).append(echo)
    out = []
    for (upstream, original), pairs in sorted(by_original.items()):
        if len(pairs) == 1:
            out.append(pairs[0])
            continue
        lines = []
        for echo in pairs:
            (copy,) = [d for d in echo.docs if d != original] or [original]
            named = docs[copy].outlet or docs[copy].agency or f"'{_name(docs[copy])}'"
            found = _SHARE.match(echo.evidence)
            lines.append(
                f"{named} shares {found.group(1)} with {upstream}{echo.evidence[found.end() :]}"
                if found is not None
                else echo.evidence
            )
        out.append(
            Echo(
                upstream=upstream,
                docs=tuple(sorted({d for e in pairs for d in e.docs})),
                claims=tuple(sorted({c for e in pairs for c in e.claims})),
                evidence=" ".join(lines),
            )
        )
    return out


_SHARE = re.compile(r"^The two reports share (\d+ runs of \d+ or more words)")


def _name(doc: Document) -> str:
    """How an echo names a report: its outlet, wire agency, title or opening words."""
    return doc.outlet or doc.agency or doc.title or doc.lead()


def _one_per_report(cited: Sequence[tuple[str, Echo]]) -> list[Echo]:
    """The echoes of reports citing one report, shown as one echo of it: one body relayed
    by three reports is one upstream with its relays, not three pairs. Each pair's
    evidence is kept, in turn."""
    by_report: dict[tuple[str, str], list[Echo]] = {}
    for report, echo in cited:
        by_report.setdefault((echo.upstream, report), []).append(echo)
    return [
        Echo(
            upstream=upstream,
            docs=tuple(sorted({d for e in pairs for d in e.docs})),
            claims=tuple(sorted({c for e in pairs for c in e.claims})),
            evidence=" ".join(e.evidence for e in pairs),
        )
        for (upstream, _), pairs in sorted(by_report.items())
    ]


def _ordered(echoes: Sequence[Echo]) -> tuple[Echo, ...]:
    unique = {(e.upstream, e.docs): e for e in echoes}
    return tuple(sorted(unique.values(), key=lambda e: (e.upstream, e.docs)))


def _publisher_keys(doc: Document) -> set[str]:
    return {normalise(n) for n in (doc.outlet, doc.agency, named_as(doc)) if n}


def _one_publisher(a: Document, b: Document) -> bool:
    """Whether two reports come from one publisher: one name between them, or one's name a
    short form of the other's ("the Daily News" and "the Corran Daily News")."""
    if _publisher_keys(a) & _publisher_keys(b):
        return True
    x, y = named_as(a), named_as(b)
    return bool(x and y) and (names_outlet(x, y) or names_outlet(y, x))


def _relay_echoes(
    docs: Mapping[str, Document], claims: Sequence[Claim], words: _Words
) -> list[Echo]:
    by_relay: dict[str, list[Claim]] = {}
    spelled: dict[str, str] = {}
    for claim in claims:
        for relay in claim.via:
            key = normalise(relay)
            if key:
                by_relay.setdefault(key, []).append(claim)
                spelled.setdefault(key, relay)
                spelled[key] = min(spelled[key], relay)
    out = []
    for key, carried in sorted(by_relay.items()):
        doc_ids = sorted({c.doc for c in carried if c.doc in docs})
        publishers = {frozenset(_publisher_keys(docs[d])) for d in doc_ids}
        # Reports the relay itself publishes are its own copy, not an echo of it.
        if any(key in _publisher_keys(docs[d]) for d in doc_ids):
            continue
        if len(doc_ids) < 2 or (len(publishers) < 2 and frozenset() not in publishers):
            continue
        shared = _distinctive(doc_ids, words)
        name = spelled[key]
        evidence = (
            f"{len(doc_ids)} reports name {name} as the relay of their source "
            f"({len(carried)} claims)"
            + (f" and share details no other report gives: {', '.join(shared)}" if shared else "")
            + "."
        )
        out.append(
            Echo(
                upstream=name,
                docs=tuple(doc_ids),
                claims=tuple(sorted(c.id for c in carried)),
                evidence=evidence,
            )
        )
    return out


def _citation_echoes(
    docs: Mapping[str, Document], claims: Sequence[Claim], words: _Words
) -> list[tuple[str, Echo]]:
    """Each pair of a report and another citing its outlet, as (the cited report, echo)."""
    out = []
    # Each report's claims credited to a named speaker, read once for every other report.
    named: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.said_by is not None and not claim.said_by.anonymous:
            named.setdefault(claim.doc, []).append(claim)
    for cited in sorted(docs.values(), key=lambda d: d.id):
        # A body's release without an outlet is cited by the body's name.
        outlet = named_as(cited)
        if not outlet or len(normalise(outlet)) < 3:
            continue
        pattern = re.compile(re.escape(outlet), re.IGNORECASE)
        for citing in sorted(docs.values(), key=lambda d: d.id):
            if citing.id == cited.id or _one_publisher(citing, cited):
                continue
            cue = _cited(citing.text, pattern)
            # Without the outlet's name after a cue, the citing report's claims credited to
            # it, by its name or a short form, are its echo (and no other of its figures).
            credited = [] if cue is not None else _credited(outlet, named.get(citing.id, ()))
            if cue is None and credited:
                cue = f"credited to {', '.join(sorted({_speaker_name(c) for c in credited}))}"
            if cue is None:
                continue
            upstream_claims = [c for c in claims if c.doc == cited.id and c.figure is not None]
            echoing = [
                c
                for c in credited or claims
                if c.doc == citing.id
                and c.figure is not None
                and any(_same_value(c, u, docs) for u in upstream_claims)
            ]
            matched = [u for u in upstream_claims if any(_same_value(c, u, docs) for c in echoing)]
            # What the citing report credits to the body is what it relays from it, whether or
            # not the body's own report gives the same value ("three shelters", credited to a
            # committee whose own report counts schools): the echo shows those claims too.
            relayed = [c for c in credited if c.figure is not None and c not in echoing]
            shared = _distinctive([cited.id, citing.id], words)
            evidence = (
                f"{named_as(citing) or citing.id} cites {outlet} ('{cue}')"
                + (
                    ", though published before its report: it relays the source's word, "
                    "not that report"
                    if _before(citing, cited)
                    else ""
                )
                + (f", repeats {len(echoing)} of its figures" if echoing else "")
                + (
                    f", credits it with {len(relayed)} figure{'s' if len(relayed) > 1 else ''} "
                    "its own report does not give"
                    if relayed
                    else ""
                )
                + (
                    f" and shares details no other report gives: {', '.join(shared)}"
                    if shared
                    else ""
                )
                + "."
            )
            echo = Echo(
                upstream=outlet,
                docs=tuple(sorted((cited.id, citing.id))),
                claims=tuple(sorted({c.id for c in [*echoing, *relayed, *matched]})),
                evidence=evidence,
            )
            out.append((cited.id, echo))
    return out


def _before(citing: Document, cited: Document) -> bool:
    """Whether a report came out before the report it cites, by their days (the last day an
    inferred date allows): it cannot have taken its words from that report."""
    a, b = citing.published, cited.published
    if a.precision != "day" or b.precision != "day" or not a.date or not b.date:
        return False
    return (a.latest or a.date) < b.date


def _cited(text: str, outlet: re.Pattern[str]) -> str | None:
    """The attribution cue before a mention of the outlet, if any mention has one."""
    for found in outlet.finditer(text):
        before = text[max(0, found.start() - 60) : found.start()]
        cue = _CUES.search(before)
        if cue is not None:
            return f"{cue.group(0).strip()} {found.group(0)}"
    return None


def _credited(outlet: str, named: Sequence[Claim]) -> list[Claim]:
    """The claims of a report (``named``: those it credits to a named speaker) that it
    credits to another report's outlet, by its name or a short form of it ("the Monitor
    said"; :func:`names_outlet`): a body publishing its own report is the source of what
    other reports credit to it."""
    return [c for c in named if c.said_by is not None and names_outlet(c.said_by.name, outlet)]


def _speaker_name(claim: Claim) -> str:
    return claim.said_by.name if claim.said_by is not None else ""


def _same_value(a: Claim, b: Claim, docs: Mapping[str, Document]) -> bool:
    """Whether two figure claims can give one value, each read as its verdict reads it
    (``intervals.figure_range``)."""
    if a.figure is None or b.figure is None or a.figure.unit != b.figure.unit:
        return False
    ia, ib = figure_range(a, docs), figure_range(b, docs)
    return ia is not None and ib is not None and ia.meets(ib)


def _copy_echoes(
    docs: Mapping[str, Document], claims: Sequence[Claim], words: _Words
) -> list[tuple[str, Echo, Echo]]:
    """Each pair of reports sharing copied text, as (the earlier report, the echo shown,
    the echo weighed)."""
    shingles = {d: _shingles(doc.text) for d, doc in docs.items()}
    ids = sorted(docs)
    # The runs of words over and around each claim, read once however many pairs hold
    # its document.
    runs = _Runs(docs)
    around: dict[str, set[tuple[str, ...]]] = {}
    by_doc: dict[str, list[Claim]] = {}
    for claim in claims:
        by_doc.setdefault(claim.doc, []).append(claim)
    out = []
    for n, a in enumerate(ids):
        for b in ids[n + 1 :]:
            shared = shingles[a] & shingles[b]
            if len(shared) < MIN_SHARED:
                continue
            first, _ = sorted((a, b), key=lambda d: (docs[d].published.date or "9999", d))
            upstream = _name(docs[first])
            pair_claims = [*by_doc.get(a, ()), *by_doc.get(b, ())]
            copied = _copied_claims(pair_claims, shared, runs)
            near = _near_claims(pair_claims, docs, shared, around)
            evidence = (
                f"The two reports share {len(shared)} runs of {SHINGLE} or more words, "
                f"as copies or rewrites of one text do"
                + (
                    f"; shared details: {', '.join(_distinctive([a, b], words))}"
                    if words.counts
                    else ""
                )
                + "."
            )
            shown = Echo(upstream=str(upstream), docs=(a, b), claims=copied, evidence=evidence)
            out.append((first, shown, replace(shown, claims=near)))
    return out


def _copied_claims(
    claims: Sequence[Claim], shared: set[tuple[str, ...]], runs: _Runs
) -> tuple[str, ...]:
    """Claims whose own words were copied: a run of ``SHINGLE`` words both reports hold
    covers a word of the claim. A figure a report tells beside the shared passage, in its
    own words, is not a copy of it, however near the passage it stands."""
    return tuple(sorted(c.id for c in claims if not runs.over(c).isdisjoint(shared)))


def _near_claims(
    claims: Sequence[Claim],
    docs: Mapping[str, Document],
    shared: set[tuple[str, ...]],
    around: dict[str, set[tuple[str, ...]]],
) -> tuple[str, ...]:
    """Claims told within ``NEAR`` characters of a shared passage (``around`` keeps each
    claim's nearby runs of words by claim id, for the next pair)."""
    out = []
    for claim in claims:
        near = around.get(claim.id)
        if near is None:
            text = docs[claim.doc].text
            start = max(0, claim.start - NEAR)
            near = around[claim.id] = _shingles(text[start : claim.end + NEAR])
        if not near.isdisjoint(shared):
            out.append(claim.id)
    return tuple(sorted(out))


class _Runs:
    """The runs of ``SHINGLE`` words (case ignored) of a claim's report that hold a word
    of the claim; each report's words read once."""

    def __init__(self, docs: Mapping[str, Document]) -> None:
        self._docs = docs
        self._words: dict[str, tuple[list[str], list[int], list[int]]] = {}
        self._runs: dict[str, set[tuple[str, ...]]] = {}

    def over(self, claim: Claim) -> set[tuple[str, ...]]:
        """The runs over the claim's words."""
        found = self._runs.get(claim.id)
        if found is not None:
            return found
        read = self._words.get(claim.doc)
        if read is None:
            doc = self._docs.get(claim.doc)
            found_words = list(_TOKEN.finditer(doc.text if doc is not None else ""))
            read = self._words[claim.doc] = (
                [m.group(0).lower() for m in found_words],
                [m.start() for m in found_words],
                [m.end() for m in found_words],
            )
        words, starts, ends = read
        # The claim's words: those ending after it starts and starting before it ends.
        first = bisect_right(ends, claim.start)
        last = bisect_left(starts, claim.end) - 1
        found = self._runs[claim.id] = {
            tuple(words[i : i + SHINGLE])
            for i in range(max(0, first - SHINGLE + 1), last + 1)
            if i + SHINGLE <= len(words)
        }
        return found


def _tokens(text: str) -> list[str]:
    return list(map(str.lower, _TOKEN.findall(text)))


def _shingles(text: str) -> set[tuple[str, ...]]:
    tokens = _tokens(text)
    # Each shingle is the run of SHINGLE tokens starting at one position (the tails of
    # the later positions are shorter and end the runs).
    return set(zip(*(tokens[i:] for i in range(SHINGLE)), strict=False))


def _content_words(text: str) -> Counter[str]:
    lowered = map(str.lower, [w for w in _WORD.findall(text) if len(w) > 3])
    return Counter([w for w in lowered if w not in _STOP])


class _Words:
    """The content words of a story's reports, and how many of the reports use each.

    Both are read when first asked: a story without echoes never needs them.
    """

    def __init__(self, documents: Sequence[Document]) -> None:
        self._documents = documents
        self._counts: dict[str, Counter[str]] | None = None
        self._spread: Counter[str] | None = None

    @property
    def counts(self) -> dict[str, Counter[str]]:
        """Each report's content words with how often it uses them, by report id."""
        if self._counts is None:
            self._counts = {d.id: _content_words(d.text) for d in self._documents}
        return self._counts

    def spread(self) -> Counter[str]:
        """How many reports use each word (counted when first asked)."""
        if self._spread is None:
            self._spread = Counter()
            for counter in self.counts.values():
                self._spread.update(counter.keys())
        return self._spread


def _distinctive(doc_ids: Sequence[str], words: _Words) -> list[str]:
    """Up to six content words every one of the reports uses and no other report does."""
    counts = words.counts
    inside = [counts[d] for d in doc_ids if d in counts]
    if len(inside) < 2:
        return []
    common = set(inside[0]).intersection(*inside[1:])
    # A word all of them use is used by no other report when no more reports use it.
    users = len(set(doc_ids) & counts.keys())
    spread = words.spread()
    rare = {w for w in common if spread[w] == users}
    ranked = sorted(rare, key=lambda w: (-sum(c[w] for c in inside), w))
    return ranked[:6]
