"""Hand-built records for the reconcile unit tests (invented wording, no model)."""

from __future__ import annotations

from triangulate.model import Assertion, Claim, Document, Entity, Figure, Published, Speaker, When
from triangulate.model.claim import Hedge, Polarity


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
    counted: str = "people",
    qualifiers: tuple[str, ...] = ("killed",),
    speaker: str | None = None,
    anonymous: bool = False,
    via: tuple[str, ...] = (),
    where: str | None = None,
    scope: str | None = None,
    when: When | None = None,
) -> Claim:
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
            unit=None,
            vague=hedge == "vague",
            scope=scope,
        ),
        said_by=Speaker(name=speaker, anonymous=anonymous) if speaker else None,
        via=via,
        outlet=document.outlet,
        where=where,
        when=when,
    )


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


TORVALD = Entity(id="e-torvald", name="Torvald", type="GPE", aliases=("Torvald",), mentions=())
MARSH = Entity(
    id="e-marsh", name="Marsh County", type="GPE", aliases=("Marsh County",), mentions=()
)
