"""Records to table rows and back: the column layout of schema.py in one place.

Write helpers return parameter tuples in the column order of the matching ``INSERT`` in
``sql.py``; read helpers take a row as a dict of column name to value. JSON columns go
through the backend's ``json``/``unjson`` so each database keeps its own JSON type.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from triangulate.model import (
    Assertion,
    Claim,
    Cut,
    Document,
    Echo,
    Figure,
    Group,
    Language,
    Published,
    Speaker,
    TimelineEntry,
    When,
)

Json = Callable[[Any], Any]

DOCUMENT_COLUMNS = (
    "id, sha256, seq, run, source, title, outlet, outlet_basis, url, agency, text, "
    "published_date, published_precision, published_basis, published_reason, cut_count, "
    "published_latest"
)

CLAIM_COLUMNS = (
    "id, story, position, doc, kind, char_start, char_end, text, "
    "measure, counted, qualifiers, low, high, hedge, unit, figure_kind, vague, parts_of, scope, "
    "subject, predicate, object, polarity, modality, subject_entity, object_entity, "
    "speaker, speaker_entity, speaker_role, speaker_anonymous, speaker_start, speaker_end, "
    "via, relay, outlet, has_when, when_start, when_end, when_precision, when_text, place, "
    "currency, currency_basis"
)

GROUP_COLUMNS = (
    "id, story, position, label, kind, verdict, explanation, has_range, range_low, range_high, "
    "conservative, independent_sources, sources, related"
)

# How a relay chain reads as one text column: speaker's nearest relay first, as in ``via``.
RELAY_SEPARATOR = " > "


def placeholders(columns: str) -> str:
    """``?, ?, ...`` for a column list."""
    return ", ".join("?" for _ in columns.split(","))


def document_params(doc: Document, run: int | None) -> list[Any]:
    """Parameters for ``DOCUMENT_COLUMNS`` less ``seq``, which the INSERT computes."""
    pub = doc.published
    return [
        doc.id,
        doc.sha256,
        run,
        doc.source,
        doc.title,
        doc.outlet,
        doc.outlet_basis,
        doc.url,
        doc.agency,
        doc.text,
        pub.date,
        pub.precision,
        pub.basis,
        pub.reason,
        len(doc.cuts),
        pub.latest,
    ]


def read_document(row: dict[str, Any], cuts: Sequence[dict[str, Any]]) -> Document:
    """A document from its row and its cut rows (in position order)."""
    return Document(
        id=row["id"],
        source=row["source"],
        title=row["title"],
        outlet=row["outlet"],
        text=row["text"],
        sha256=row["sha256"],
        published=Published(
            date=row["published_date"],
            precision=row["published_precision"],
            basis=row["published_basis"],
            reason=row["published_reason"],
            latest=row.get("published_latest"),
        ),
        cuts=tuple(Cut(line=c["line"], text=c["text"], reason=c["reason"]) for c in cuts),
        url=row["url"],
        outlet_basis=row["outlet_basis"],
        agency=row["agency"],
        language=None
        if row.get("language_code") is None
        else Language(
            code=row["language_code"],
            name=row["language_name"],
            share=int(row["language_share"]),
            reliable=bool(row["language_reliable"]),
        ),
    )


def claim_params(claim: Claim, story: str, position: int, json: Json) -> tuple[Any, ...]:
    """Parameters for ``CLAIM_COLUMNS``; absent parts leave their columns NULL."""
    f, a, s, w = claim.figure, claim.assertion, claim.said_by, claim.when
    figure: tuple[Any, ...] = (
        (None,) * 11
        if f is None
        else (
            f.measure,
            f.counted,
            json(list(f.qualifiers)),
            f.low,
            f.high,
            f.hedge,
            f.unit,
            f.kind,
            f.vague,
            f.parts_of,
            f.scope,
        )
    )
    assertion: tuple[Any, ...] = (
        (None,) * 7
        if a is None
        else (
            a.subject,
            a.predicate,
            a.object,
            a.polarity,
            a.modality,
            a.subject_entity,
            a.object_entity,
        )
    )
    speaker: tuple[Any, ...] = (
        (None,) * 6 if s is None else (s.name, s.entity, s.role, s.anonymous, s.start, s.end)
    )
    when: tuple[Any, ...] = (
        (False, None, None, None, None)
        if w is None
        else (True, w.start, w.end, w.precision, w.text)
    )
    return (
        claim.id,
        story,
        position,
        claim.doc,
        claim.kind,
        claim.start,
        claim.end,
        claim.text,
        *figure,
        *assertion,
        *speaker,
        json(list(claim.via)),
        RELAY_SEPARATOR.join(claim.via) or None,
        claim.outlet,
        *when,
        claim.where,
        None if f is None else f.currency,
        None if f is None else f.currency_basis,
    )


def read_claim(row: dict[str, Any], unjson: Json) -> Claim:
    """A claim from its row; a part is present when its defining column is set."""
    figure = None
    if row["measure"] is not None:
        figure = Figure(
            measure=row["measure"],
            counted=row["counted"],
            qualifiers=tuple(unjson(row["qualifiers"])),
            low=row["low"],
            high=row["high"],
            hedge=row["hedge"],
            unit=row["unit"],
            kind=row["figure_kind"],
            vague=bool(row["vague"]),
            parts_of=row["parts_of"],
            scope=row["scope"],
            currency=row.get("currency"),
            currency_basis=row.get("currency_basis"),
        )
    assertion = None
    if row["predicate"] is not None:
        assertion = Assertion(
            subject=row["subject"],
            predicate=row["predicate"],
            object=row["object"],
            polarity=row["polarity"],
            modality=row["modality"],
            subject_entity=row["subject_entity"],
            object_entity=row["object_entity"],
        )
    speaker = None
    if row["speaker"] is not None:
        speaker = Speaker(
            name=row["speaker"],
            entity=row["speaker_entity"],
            role=row["speaker_role"],
            anonymous=bool(row["speaker_anonymous"]),
            start=row["speaker_start"],
            end=row["speaker_end"],
        )
    when = None
    if row["has_when"]:
        when = When(
            start=row["when_start"],
            end=row["when_end"],
            precision=row["when_precision"],
            text=row["when_text"],
        )
    return Claim(
        id=row["id"],
        kind=row["kind"],
        doc=row["doc"],
        start=row["char_start"],
        end=row["char_end"],
        text=row["text"],
        figure=figure,
        assertion=assertion,
        said_by=speaker,
        via=tuple(unjson(row["via"])),
        outlet=row["outlet"],
        when=when,
        where=row["place"],
    )


def group_params(group: Group, story: str, position: int, json: Json) -> tuple[Any, ...]:
    """Parameters for ``GROUP_COLUMNS``."""
    low, high = group.range if group.range is not None else (None, None)
    return (
        group.id,
        story,
        position,
        group.label,
        group.kind,
        group.verdict,
        group.explanation,
        group.range is not None,
        low,
        high,
        group.conservative,
        group.independent_sources,
        json(list(group.sources)),
        json(list(group.related)),
    )


def read_group(row: dict[str, Any], claims: Sequence[str], unjson: Json) -> Group:
    """A group from its row and its claim ids in order."""
    return Group(
        id=row["id"],
        label=row["label"],
        kind=row["kind"],
        claims=tuple(claims),
        verdict=row["verdict"],
        explanation=row["explanation"],
        range=(row["range_low"], row["range_high"]) if row["has_range"] else None,
        conservative=row["conservative"],
        independent_sources=row["independent_sources"],
        sources=tuple(unjson(row["sources"])),
        related=tuple(unjson(row["related"])),
    )


def read_echo(row: dict[str, Any], unjson: Json) -> Echo:
    """An echo from its row."""
    return Echo(
        upstream=row["upstream"],
        docs=tuple(unjson(row["docs"])),
        claims=tuple(unjson(row["claims"])),
        evidence=row["evidence"],
    )


def read_timeline(row: dict[str, Any], unjson: Json) -> TimelineEntry:
    """A timeline entry from its row."""
    return TimelineEntry(
        start=row["start_date"],
        end=row["end_date"],
        precision=row["precision"],
        label=row["label"],
        claims=tuple(unjson(row["claims"])),
        docs=tuple(unjson(row["docs"])),
    )
