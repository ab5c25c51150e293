"""The JSON REST API under ``/api``, described by ``/openapi.json``.

Stories (a story's detail is its JSON report, REPORT_FORMAT.md), claims, entities,
documents, search, jobs, and adding reports (files, text, URL: each answers 202 with the
job to poll). Errors are ``{"error": {"code", "message"}}`` with the matching status.

Every route takes only the query parameters it declares: any other is refused with 422
``unknown_parameter`` naming the ones it takes (a misspelt filter never silently returns
everything). Listings filter by what they declare, each filter combined with the others.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, File, Query, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from triangulate.model import EntityType, Report
from triangulate.report.json_report import to_dict
from triangulate.web import pages, queries, service
from triangulate.web.context import Context
from triangulate.web.errors import WebError, not_found
from triangulate.web.intake import read_text, read_uploads
from triangulate.web.jobs import Job
from triangulate.web.routes import read_files
from triangulate.web.schemas import (
    ClaimDetail,
    ClaimPage,
    ClaimRowOut,
    DocumentDetail,
    DocumentPage,
    DocumentRowOut,
    EntityDetail,
    EntityPage,
    EntityRowOut,
    ErrorOut,
    HitOut,
    InputOut,
    JobOut,
    MentionOut,
    SearchOut,
    StoryOut,
    StoryPage,
    StoryRef,
    TextIn,
    UrlIn,
)

_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "Unknown id"},
    422: {"model": ErrorOut, "description": "Bad input"},
}
_ADD_ERRORS: dict[int | str, dict[str, Any]] = {
    413: {"model": ErrorOut, "description": "Too large, or too many files"},
    415: {"model": ErrorOut, "description": "Binary or not a report"},
    422: {"model": ErrorOut, "description": "Empty, unreadable, or a refused URL"},
    502: {"model": ErrorOut, "description": "The URL could not be fetched"},
    503: {"model": ErrorOut, "description": "Too many added URLs wait for a fetch"},
}
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0)]
StoryFilter = Annotated[str | None, Query(max_length=200, description="Only this story's")]
DocFilter = Annotated[str | None, Query(max_length=200, description="Only this report's")]
OutletFilter = Annotated[
    str | None, Query(max_length=200, description="Only this outlet's (any case)")
]
KindFilter = Annotated[queries.ClaimKind | None, Query(description="Only figures or assertions")]
VerdictFilter = Annotated[
    queries.VerdictFilter | None,
    Query(
        description="Only claims whose group has this verdict; contested: conflict, update "
        "or scope_differs"
    ),
]
EntityTypeFilter = Annotated[EntityType | None, Query(description="Only entities of this type")]
BasisFilter = Annotated[
    queries.DateBasisFilter | None,
    Query(description="Only reports whose publication date rests on this basis"),
]
SearchKindFilter = Annotated[
    list[queries.HitKind] | None,
    Query(description="Only these kinds of hit (repeat the parameter for several)"),
]


def known_parameters_only(request: Request) -> None:
    """Refuse a query parameter the route does not declare (422 ``unknown_parameter``)."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    declared = _query_names(route.dependant)
    unknown = sorted(set(request.query_params) - declared)
    if unknown:
        takes = ", ".join(sorted(declared)) or "no query parameters"
        raise WebError(
            422,
            "unknown_parameter",
            f"unknown query parameter(s) {', '.join(repr(u[:50]) for u in unknown[:5])}: "
            f"{request.url.path[:200]} takes {takes}",
        )


def job_out(job: Job) -> JobOut:
    """A job as the API shows it."""
    return JobOut(
        id=job.id,
        label=job.label,
        status=job.status,
        stage=job.stage,
        done=job.done,
        total=job.total,
        message=job.message,
        created=job.created,
        finished=job.finished,
        inputs=[InputOut(path=i.path, status=i.status, reason=i.reason) for i in job.inputs],
        stories=[StoryRef(id=s, label=label) for s, label in job.stories],
        url=f"/api/jobs/{job.id}",
    )


def _story_ref(report: Report) -> StoryRef:
    story = report.stories[0]
    return StoryRef(id=story.id, label=story.label)


_Row = dict[str, Any]
# A listing query of ``queries``: store, story (or None), offset, limit -> rows.
_Listing = Callable[..., list[_Row]]


def _query_names(dependant: Dependant) -> set[str]:
    """The query parameters a route declares, its dependencies' included."""
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def add_api_routes(app: FastAPI, ctx: Context) -> None:
    """Register the ``/api`` routes on ``app``."""
    api = APIRouter(dependencies=[Depends(known_parameters_only)])

    def listing(
        query: _Listing, story: str | None, offset: int, limit: int, **filters: Any
    ) -> list[_Row]:
        """One page of a listing, one story's or all; 404 for a story that does not exist."""
        store = ctx.pool.get()
        if story and not queries.story_exists(store, story):
            raise not_found("story", story)
        return query(store, story=story, offset=offset, limit=limit, **filters)

    def accepted(job: Job) -> JSONResponse:
        body = job_out(job).model_dump()
        return JSONResponse(body, status_code=202, headers={"Location": body["url"]})

    @api.get("/api/stories", response_model=StoryPage, tags=["stories"])
    def list_stories(offset: Offset = 0, limit: Limit = 50) -> StoryPage:
        """Stories in the order first saved, with report, claim and conflict counts."""
        store = ctx.pool.get()
        rows = queries.story_rows(store, offset=offset, limit=limit)
        return StoryPage(
            total=queries.count_stories(store),
            offset=offset,
            limit=limit,
            stories=[
                StoryOut(
                    id=r.id,
                    label=r.label,
                    reports=r.reports,
                    claims=r.claims,
                    conflicts=r.conflicts,
                    first_published=r.first,
                    last_published=r.last,
                    first_published_inferred=r.first_inferred,
                    last_published_inferred=r.last_inferred,
                    url=f"/api/stories/{pages.q(r.id)}",
                )
                for r in rows
            ],
        )

    @api.get(
        "/api/stories/{story_id:path}",
        tags=["stories"],
        responses={
            200: {
                "description": "The story's JSON report (triangulate/report@1)",
                "content": {"application/json": {"schema": {"type": "object"}}},
            },
            **_ERRORS,
        },
    )
    def get_story(story_id: str) -> Response:
        """One story's JSON report: documents, entities, claims, groups, echoes, timeline."""
        report = service.story_report(ctx.pool.get(), story_id)
        body = json.dumps(to_dict(report), ensure_ascii=False, separators=(",", ":"))
        return Response(body, media_type="application/json")

    @api.get("/api/claims", response_model=ClaimPage, tags=["claims"], responses=_ERRORS)
    def list_claims(
        story: StoryFilter = None,
        doc: DocFilter = None,
        kind: KindFilter = None,
        verdict: VerdictFilter = None,
        outlet: OutletFilter = None,
        offset: Offset = 0,
        limit: Limit = 100,
    ) -> ClaimPage:
        """Claims as flat rows with their source chain, group and verdict, filtered."""
        rows = listing(
            queries.claim_rows,
            story,
            offset,
            limit,
            doc=doc,
            kind=kind,
            verdict=verdict,
            outlet=outlet,
        )
        return ClaimPage(
            offset=offset,
            limit=limit,
            claims=[
                ClaimRowOut(
                    story=r["story"],
                    claim=r["claim"],
                    kind=r["kind"],
                    doc=r["doc"],
                    outlet=r["outlet"],
                    start=r["char_start"],
                    end=r["char_end"],
                    text=r["text"],
                    measure=r["measure"],
                    low=r["low"],
                    high=r["high"],
                    hedge=r["hedge"],
                    unit=r["unit"],
                    speaker=r["speaker"],
                    relay=r["relay"],
                    group=r["group_id"],
                    group_label=r["group_label"],
                    verdict=r["verdict"],
                    independent_sources=r["independent_sources"],
                )
                for r in rows
            ],
        )

    @api.get(
        "/api/claims/{claim_id}", response_model=ClaimDetail, tags=["claims"], responses=_ERRORS
    )
    def get_claim(claim_id: str) -> ClaimDetail:
        """One claim, its group, and every claim of that group."""
        report = service.claim_report(ctx.pool.get(), claim_id)
        data = to_dict(report)
        claims = {c["id"]: c for c in data["claims"]}
        group = next((g for g in data["groups"] if claim_id in g["claims"]), None)
        members = [claims[c] for c in group["claims"] if c in claims] if group else []
        return ClaimDetail(
            story=_story_ref(report), claim=claims[claim_id], group=group, group_claims=members
        )

    @api.get("/api/entities", response_model=EntityPage, tags=["entities"], responses=_ERRORS)
    def list_entities(
        story: StoryFilter = None,
        type: EntityTypeFilter = None,
        offset: Offset = 0,
        limit: Limit = 100,
    ) -> EntityPage:
        """Entities, once per story they are named in, with their spellings."""
        rows = listing(queries.entity_rows, story, offset, limit, type=type)
        return EntityPage(
            offset=offset,
            limit=limit,
            entities=[
                EntityRowOut(
                    id=r["id"],
                    story=r["story"],
                    name=r["name"],
                    type=r["type"],
                    aliases=_json_list(r["aliases"]),
                    mentions=int(r["mentions"]),
                )
                for r in rows
            ],
        )

    @api.get(
        "/api/entities/{entity_id}",
        response_model=EntityDetail,
        tags=["entities"],
        responses=_ERRORS,
    )
    def get_entity(entity_id: str, story: StoryFilter = None) -> EntityDetail:
        """One entity in one story (the first naming it by default), with its mentions."""
        view = service.entity_view(ctx.pool.get(), entity_id, story)
        texts = {d.id: d.text for d in view.report.documents}
        return EntityDetail(
            id=view.entity.id,
            name=view.entity.name,
            type=view.entity.type,
            aliases=list(view.entity.aliases),
            story=_story_ref(view.report),
            stories=[StoryRef(id=s, label=label) for s, label in view.stories],
            mentions=[
                MentionOut(
                    doc=m.doc,
                    start=m.start,
                    end=m.end,
                    text=m.text,
                    context=" ".join(
                        texts.get(m.doc, "")[max(0, m.start - 80) : m.end + 80].split()
                    ),
                )
                for m in view.entity.mentions
            ],
        )

    @api.get("/api/documents", response_model=DocumentPage, tags=["documents"], responses=_ERRORS)
    def list_documents(
        story: StoryFilter = None,
        outlet: OutletFilter = None,
        basis: BasisFilter = None,
        offset: Offset = 0,
        limit: Limit = 100,
    ) -> DocumentPage:
        """Stored reports without their text, in the order stored."""
        rows = listing(queries.document_rows, story, offset, limit, outlet=outlet, basis=basis)
        return DocumentPage(
            offset=offset,
            limit=limit,
            documents=[
                DocumentRowOut(
                    id=r["id"],
                    story=r["story"],
                    title=r["title"],
                    outlet=r["outlet"],
                    source=r["source"],
                    url=r["url"],
                    published=r["published_date"],
                    published_basis=r["published_basis"],
                )
                for r in rows
            ],
        )

    @api.get(
        "/api/documents/{doc_id:path}",
        response_model=DocumentDetail,
        tags=["documents"],
        responses=_ERRORS,
    )
    def get_document(doc_id: str) -> DocumentDetail:
        """One report with its text, as in the JSON report, and its claims."""
        doc, report = service.document_view(ctx.pool.get(), doc_id)
        if report is None:
            alone = Report(created="", inputs=(), documents=(doc,), entities=(), stories=())
            return DocumentDetail(story=None, document=to_dict(alone)["documents"][0], claims=[])
        data = to_dict(report)
        document = next(d for d in data["documents"] if d["id"] == doc_id)
        claims = [c for c in data["claims"] if c["doc"] == doc_id]
        return DocumentDetail(story=_story_ref(report), document=document, claims=claims)

    @api.get("/api/search", response_model=SearchOut, tags=["search"], responses=_ERRORS)
    def search(
        q: Annotated[str, Query(min_length=1, max_length=200)],
        kind: SearchKindFilter = None,
        story: StoryFilter = None,
        limit: Annotated[int, Query(ge=1, le=100, description="The most hits of each kind")] = 25,
    ) -> SearchOut:
        """Stories, reports, claims and entities matching every word of ``q``.

        Words match by stem ("killed civilians" finds "civilians were killed"); words that
        spell an entity match every spelling of it ("Raqa" finds "Raqqa" and "al-Raqqah").
        """
        store = ctx.pool.get()
        if story and not queries.story_exists(store, story):
            raise not_found("story", story)
        kinds = tuple(kind) if kind else ("story", "document", "claim", "entity")
        hits = queries.search(store, q, kinds=kinds, story=story, limit=limit)
        return SearchOut(
            query=q,
            hits=[
                HitOut(
                    kind=h.kind,
                    id=h.id,
                    story=h.story,
                    title=h.title,
                    snippet=h.snippet,
                    match=list(h.match) if h.match else None,
                    url=_api_url(h),
                )
                for h in hits
            ],
        )

    @api.get("/api/jobs", response_model=list[JobOut], tags=["jobs"])
    def list_jobs() -> list[JobOut]:
        """Jobs since the server started, newest first."""
        return [job_out(j) for j in ctx.jobs.all()]

    @api.get("/api/jobs/{job_id}", response_model=JobOut, tags=["jobs"], responses=_ERRORS)
    def get_job(job_id: str) -> JobOut:
        """One job's status and progress; when done, the stories it updated."""
        job = ctx.jobs.get(job_id)
        if job is None:
            raise not_found("job", job_id[:100])
        return job_out(job)

    @api.post(
        "/api/reports",
        status_code=202,
        response_model=JobOut,
        tags=["add reports"],
        responses=_ADD_ERRORS,
    )
    async def add_files(files: Annotated[list[UploadFile], File()]) -> JSONResponse:
        """Upload report files (multipart field ``files``); analysed in the background."""
        given = await read_files(files, ctx)
        read = await run_in_threadpool(read_uploads, given, ctx.limits)
        label = given[0][0] or "1 file" if len(given) == 1 else f"{len(given)} files"
        return accepted(ctx.submit(label, read))

    @api.post(
        "/api/reports/text",
        status_code=202,
        response_model=JobOut,
        tags=["add reports"],
        responses=_ADD_ERRORS,
    )
    def add_text(body: TextIn) -> JSONResponse:
        """Add one report given as text (with an optional headline)."""
        return accepted(ctx.submit("pasted text", read_text(body.text, body.title, ctx.limits)))

    @api.post(
        "/api/reports/url",
        status_code=202,
        response_model=JobOut,
        tags=["add reports"],
        responses=_ADD_ERRORS,
    )
    def add_url(body: UrlIn) -> JSONResponse:
        """Fetch one page safely (public addresses only by default) and add it.

        The URL is checked at once; the page is fetched by the job, in the background.
        """
        return accepted(ctx.submit_url(body.url))

    app.include_router(api)


def _json_list(raw: Any) -> list[str]:
    value = json.loads(raw) if isinstance(raw, str) else raw
    return [str(v) for v in value or ()]


def _api_url(hit: queries.Hit) -> str:
    base = {"story": "stories", "document": "documents", "claim": "claims", "entity": "entities"}
    return f"/api/{base[hit.kind]}/{pages.q(hit.id)}"
