"""The JSON report of REPORT_FORMAT.md: Report <-> plain dict."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from triangulate.model import (
    Assertion,
    Citation,
    Claim,
    Cut,
    Document,
    Echo,
    Entity,
    Figure,
    Group,
    InputRecord,
    Language,
    Mention,
    Published,
    Report,
    Speaker,
    Story,
    SummarySentence,
    TimelineEntry,
    When,
)
from triangulate.nlp.languages import NOT_ANALYSED, analysed_in, not_analysed_reason


def to_dict(report: Report, *, explain: bool = False) -> dict[str, Any]:
    """The report as JSON-ready data, keys in the contract's order.

    With ``explain``, each document also lists ``not_figures``: the numbers no figure claim
    took, each with its reason (``triangulate.claims.explain``).
    """
    out: dict[str, Any] = {"format": report.format, "created": report.created}
    for name, convert in SECTIONS:
        out[name] = [convert(item) for item in getattr(report, name)]
    if explain:
        from triangulate.claims.explain import explain as explained

        passed = explained(report.documents, report.claims, report.entities)
        for doc in out["documents"]:
            doc["not_figures"] = [
                {"start": p.start, "end": p.end, "text": p.text, "reason": p.reason}
                for p in passed[doc["id"]]
            ]
    return out


def _echo(echo: Echo) -> dict[str, Any]:
    return {
        "upstream": echo.upstream,
        "docs": list(echo.docs),
        "claims": list(echo.claims),
        "evidence": echo.evidence,
    }


def _timeline_entry(entry: TimelineEntry) -> dict[str, Any]:
    return {
        "start": entry.start,
        "end": entry.end,
        "precision": entry.precision,
        "label": entry.label,
        "claims": list(entry.claims),
        "docs": list(entry.docs),
    }


def _summary_sentence(sentence: SummarySentence) -> dict[str, Any]:
    return {
        "text": sentence.text,
        "citations": [{"doc": c.doc, "start": c.start, "end": c.end} for c in sentence.citations],
        "contested": sentence.contested,
        "groups": list(sentence.groups),
        **({"contest": sentence.contest} if sentence.contest else {}),
    }


def _story(story: Story) -> dict[str, Any]:
    return {"id": story.id, "label": story.label, "docs": list(story.docs)}


def dumps(report: Report, *, explain: bool = False) -> str:
    """The report as a JSON string; byte-identical for identical reports."""
    return json.dumps(to_dict(report, explain=explain), ensure_ascii=False, indent=2) + "\n"


def from_dict(data: dict[str, Any]) -> Report:
    """Read a report written by ``to_dict`` back into records."""
    return Report(
        format=data["format"],
        created=data["created"],
        inputs=tuple(InputRecord(**i) for i in data["inputs"]),
        documents=tuple(_read_document(d) for d in data["documents"]),
        entities=tuple(_read_entity(e, data["documents"]) for e in data["entities"]),
        stories=tuple(
            Story(id=s["id"], label=s["label"], docs=tuple(s["docs"])) for s in data["stories"]
        ),
        claims=tuple(_read_claim(c) for c in data.get("claims", ())),
        groups=tuple(_read_group(g) for g in data.get("groups", ())),
        echoes=tuple(
            Echo(
                upstream=e["upstream"],
                docs=tuple(e["docs"]),
                claims=tuple(e["claims"]),
                evidence=e["evidence"],
            )
            for e in data.get("echoes", ())
        ),
        timeline=tuple(
            TimelineEntry(
                start=t["start"],
                end=t["end"],
                precision=t["precision"],
                label=t["label"],
                claims=tuple(t["claims"]),
                docs=tuple(t["docs"]),
            )
            for t in data.get("timeline", ())
        ),
        summary=tuple(
            SummarySentence(
                text=s["text"],
                citations=tuple(Citation(**c) for c in s["citations"]),
                contested=s["contested"],
                groups=tuple(s.get("groups", ())),
                contest=s.get("contest", ""),
            )
            for s in data.get("summary", ())
        ),
    )


def _input(record: InputRecord) -> dict[str, Any]:
    return {"path": record.path, "status": record.status, "reason": record.reason}


def _document(doc: Document) -> dict[str, Any]:
    pub = doc.published
    out: dict[str, Any] = {
        "id": doc.id,
        "source": doc.source,
        "title": doc.title,
        "outlet": doc.outlet,
        "text": doc.text,
        "sha256": doc.sha256,
        "published": {
            "date": pub.date,
            "precision": pub.precision,
            "basis": pub.basis,
            "reason": pub.reason,
        },
    }
    # Fields beyond the contract: where the outlet came from, the wire agency, the cuts.
    out["url"] = doc.url
    out["outlet_basis"] = doc.outlet_basis
    out["agency"] = doc.agency
    out["cuts"] = [{"line": c.line, "text": c.text, "reason": c.reason} for c in doc.cuts]
    # The language it is written in, and what was not read in it (languages.NOT_ANALYSED).
    lang = doc.language
    out["language"] = (
        None
        if lang is None
        else {"code": lang.code, "name": lang.name, "share": lang.share, "reliable": lang.reliable}
    )
    out["not_analysed"] = (
        {"parts": list(NOT_ANALYSED), "reason": not_analysed_reason(lang)}
        if lang is not None and analysed_in(lang) is None
        else None
    )
    return out


def _entity(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "mentions": [{"doc": m.doc, "start": m.start, "end": m.end} for m in entity.mentions],
    }


def _read_document(data: dict[str, Any]) -> Document:
    return Document(
        id=data["id"],
        source=data["source"],
        title=data["title"],
        outlet=data["outlet"],
        text=data["text"],
        sha256=data["sha256"],
        published=Published(**data["published"]),
        cuts=tuple(Cut(**c) for c in data.get("cuts", ())),
        url=data.get("url"),
        outlet_basis=data.get("outlet_basis"),
        agency=data.get("agency"),
        language=Language(**data["language"]) if data.get("language") else None,
    )


def _read_entity(data: dict[str, Any], documents: list[dict[str, Any]]) -> Entity:
    texts = {d["id"]: d["text"] for d in documents}
    return Entity(
        id=data["id"],
        name=data["name"],
        type=data["type"],
        aliases=tuple(data["aliases"]),
        mentions=tuple(
            Mention(
                doc=m["doc"],
                start=m["start"],
                end=m["end"],
                text=texts[m["doc"]][m["start"] : m["end"]],
                label=data["type"],
            )
            for m in data["mentions"]
        ),
    )


def _claim(claim: Claim) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": claim.id,
        "kind": claim.kind,
        "doc": claim.doc,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
    }
    if claim.figure is not None:
        f = claim.figure
        out["figure"] = {
            "measure": f.measure,
            "counted": f.counted,
            "qualifiers": list(f.qualifiers),
            "low": _number(f.low),
            "high": _number(f.high),
            "hedge": f.hedge,
            "unit": f.unit,
            # Beyond the contract: the kind of quantity, vagueness, breakdowns, time phrase.
            "kind": f.kind,
            "vague": f.vague,
            "parts_of": f.parts_of,
            "scope": f.scope,
        }
        if f.kind == "money":
            # Which currency, and why: stated in the text, inferred, or unknown.
            out["figure"]["currency"] = f.currency
            out["figure"]["currency_basis"] = f.currency_basis
    if claim.assertion is not None:
        a = claim.assertion
        out["assertion"] = {
            "subject": a.subject,
            "predicate": a.predicate,
            "object": a.object,
            "polarity": a.polarity,
            "modality": a.modality,
            "subject_entity": a.subject_entity,
            "object_entity": a.object_entity,
        }
    s = claim.said_by
    out["said_by"] = (
        None
        if s is None
        else {
            "name": s.name,
            "entity": s.entity,
            "role": s.role,
            "anonymous": s.anonymous,
            "start": s.start,
            "end": s.end,
        }
    )
    out["via"] = list(claim.via)
    out["outlet"] = claim.outlet
    w = claim.when
    out["when"] = (
        None
        if w is None
        else {"start": w.start, "end": w.end, "precision": w.precision, "text": w.text}
    )
    out["where"] = claim.where
    return out


def _number(value: float | None) -> int | float | None:
    """Whole numbers as JSON integers ("8000", not "8000.0")."""
    if value is not None and float(value).is_integer():
        return int(value)
    return value


def _read_claim(data: dict[str, Any]) -> Claim:
    figure = data.get("figure")
    assertion = data.get("assertion")
    said_by = data.get("said_by")
    when = data.get("when")
    return Claim(
        id=data["id"],
        kind=data["kind"],
        doc=data["doc"],
        start=data["start"],
        end=data["end"],
        text=data["text"],
        figure=(
            None
            if figure is None
            else Figure(**{**figure, "qualifiers": tuple(figure["qualifiers"])})
        ),
        assertion=None if assertion is None else Assertion(**assertion),
        said_by=None if said_by is None else Speaker(**said_by),
        via=tuple(data["via"]),
        outlet=data["outlet"],
        when=None if when is None else When(**when),
        where=data["where"],
    )


def _group(group: Group) -> dict[str, Any]:
    low_high = group.range
    return {
        "id": group.id,
        "label": group.label,
        "kind": group.kind,
        "claims": list(group.claims),
        "verdict": group.verdict,
        "explanation": group.explanation,
        "range": (
            None
            if low_high is None
            else {"low": _number(low_high[0]), "high": _number(low_high[1])}
        ),
        "independent_sources": group.independent_sources,
        "sources": list(group.sources),
        # Beyond the contract: the lowest credible value, and groups this one is set against.
        "conservative": _number(group.conservative),
        "related": list(group.related),
    }


def _read_group(data: dict[str, Any]) -> Group:
    low_high = data.get("range")
    return Group(
        id=data["id"],
        label=data["label"],
        kind=data["kind"],
        claims=tuple(data["claims"]),
        verdict=data["verdict"],
        explanation=data["explanation"],
        range=None if low_high is None else (low_high["low"], low_high["high"]),
        conservative=data.get("conservative"),
        independent_sources=data["independent_sources"],
        sources=tuple(data["sources"]),
        related=tuple(data.get("related", ())),
    )


# The report's lists in the contract's order, each with its records' converter: what
# ``to_dict`` and the streamed writer (``triangulate.report.stream``) both use, so the two
# write the same bytes.
SECTIONS: tuple[tuple[str, Callable[[Any], dict[str, Any]]], ...] = (
    ("inputs", _input),
    ("documents", _document),
    ("entities", _entity),
    ("claims", _claim),
    ("groups", _group),
    ("echoes", _echo),
    ("timeline", _timeline_entry),
    ("summary", _summary_sentence),
    ("stories", _story),
)
