"""Hand-built records for the reconcile unit tests (invented wording, no model), and one
helper that runs the whole analysis over a small pile of invented reports."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from triangulate import analyze
from triangulate.model import (
    Assertion,
    Claim,
    Document,
    Entity,
    Figure,
    Group,
    Mention,
    Published,
    Report,
    Speaker,
    When,
)
from triangulate.model.claim import Hedge, Polarity
from triangulate.reconcile.topics import Topic, Window


def doc(doc_id: str, text: str, outlet: str | None, date: str | None = None) -> Document:
    published = (
        Published(date=date, precision="day", basis="metadata") if date else Published.unknown()
    )
    return Document(
        id=doc_id,
        source=f"{doc_id}.txt",
        title=None,
        outlet=outlet,
        text=text,
        sha256="0" * 64,
        published=published,
    )


def figure_claim(
    document: Document,
    phrase: str,
    *,
    low: float | None,
    high: float | None,
    hedge: Hedge = "exact",
    measure: str = "people killed in Torvald",
    counted: str | None = "people",
    qualifiers: tuple[str, ...] = ("killed",),
    speaker: str | None = None,
    anonymous: bool = False,
    via: tuple[str, ...] = (),
    where: str | None = None,
    scope: str | None = None,
    when: When | None = None,
    kind: str = "count",
    unit: str | None = None,
) -> Claim:
    """A figure claim on the first occurrence of ``phrase`` in the document; ``kind`` and
    ``unit`` say what it measures ("money" in "EUR", "duration" in "day")."""
    start = document.text.index(phrase)
    return Claim(
        id=f"{document.id}:{start}",
        kind="figure",
        doc=document.id,
        start=start,
        end=start + len(phrase),
        text=phrase,
        figure=Figure(
            measure=measure,
            counted=counted,
            qualifiers=qualifiers,
            low=low,
            high=high,
            hedge=hedge,
            unit=unit,
            kind=kind,
            vague=hedge == "vague",
            scope=scope,
        ),
        said_by=Speaker(name=speaker, anonymous=anonymous) if speaker else None,
        via=via,
        outlet=document.outlet,
        where=where,
        when=when,
    )


def share(
    document: Document,
    phrase: str,
    value: float,
    *,
    of: str = "support",
    measure: str | None = None,
) -> Claim:
    """A percentage figure of ``of`` in Torvald (a poll's "support", a film's rating) on
    the first occurrence of ``phrase``; ``measure`` replaces the measure's label."""
    return figure_claim(
        document,
        phrase,
        low=value,
        high=value,
        measure=measure or f"percent of {of} in Torvald",
        counted=of,
        qualifiers=(),
        kind="percent",
        unit="percent",
    )


def amount(
    document: Document,
    phrase: str,
    value: float,
    *,
    counted: str | None,
    measure: str,
    kind: str = "count",
    unit: str | None = None,
    where: str | None = None,
    when: When | None = None,
) -> Claim:
    """A figure of one exact value, with no state words: a sum, a length, a share, a
    duration or a count of ``counted``."""
    return figure_claim(
        document,
        phrase,
        low=value,
        high=value,
        qualifiers=(),
        counted=counted,
        measure=measure,
        kind=kind,
        unit=unit,
        where=where,
        when=when,
    )


def topic(**changes: object) -> Topic:
    """A topic of people injured at no stated place or time, with ``changes``."""
    base = Topic(
        unit=None,
        kind="count",
        state="injured",
        population="people",
        cause=None,
        affiliation=frozenset(),
        rate=False,
        window=Window(),
        place=None,
        place_is_point=False,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def assertion_claim(
    document: Document,
    phrase: str,
    *,
    subject: str | None,
    predicate: str,
    obj: str | None,
    polarity: Polarity = "affirmed",
    speaker: str | None = None,
    when: When | None = None,
    where: str | None = None,
) -> Claim:
    start = document.text.index(phrase)
    return Claim(
        id=f"{document.id}:{start}",
        kind="assertion",
        doc=document.id,
        start=start,
        end=start + len(phrase),
        text=phrase,
        assertion=Assertion(subject=subject, predicate=predicate, object=obj, polarity=polarity),
        said_by=Speaker(name=speaker) if speaker else None,
        outlet=document.outlet,
        when=when,
        where=where,
    )


def entity_in(
    name: str,
    *docs_and_texts: tuple[str, str],
    kind: str = "GPE",
    every: bool = True,
    entity_id: str | None = None,
) -> Entity:
    """An entity named in the given (document id, text) pairs: a mention at every place
    the text writes the name, or only at the first with ``every=False``."""
    mentions = []
    for doc_id, text in docs_and_texts:
        at = text.find(name)
        while at >= 0:
            mentions.append(
                Mention(doc=doc_id, start=at, end=at + len(name), text=name, label=kind)
            )
            at = text.find(name, at + 1) if every else -1
    return Entity(
        id=entity_id or f"e-{name.lower().replace(' ', '-')}",
        name=name,
        type=kind,  # type: ignore[arg-type]
        aliases=(name,),
        mentions=tuple(mentions),
    )


TORVALD = Entity(id="e-torvald", name="Torvald", type="GPE", aliases=("Torvald",), mentions=())
MARSH = Entity(
    id="e-marsh", name="Marsh County", type="GPE", aliases=("Marsh County",), mentions=()
)


def analysed(folder: Path, texts: dict[str, str]) -> Report:
    """Write each invented report into ``folder`` (created here) and analyse them together."""
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return analyze(sorted(str(p) for p in folder.glob("*.txt")))


def measure_home(report: Report, phrase: str, doc: str) -> Group:
    """The measure group holding the figure claim ``phrase`` of report file ``doc`` (the
    largest group holding it that is no ``scope_differs`` overlay)."""
    docs = {Path(d.source).name: d.id for d in report.documents}
    mine = [c for c in report.claims if c.doc == docs[doc] and c.figure is not None]
    claims = [c for c in mine if c.text == phrase] or [c for c in mine if c.text.startswith(phrase)]
    assert claims, f"no figure {phrase!r} in {doc}"
    held = [
        g
        for g in report.groups
        if g.kind == "figure" and g.verdict != "scope_differs" and claims[0].id in g.claims
    ]
    return max(held, key=lambda g: len(g.claims))
