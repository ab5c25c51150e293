"""The HTML pages: stories, search, story, claim, entity, document, exports, add, jobs.

Read routes are plain ``def`` functions, which FastAPI runs on its thread pool; each takes
its thread's store from the pool. The add routes read and check the input while the request
runs, then queue a job and redirect to its page.
"""

from __future__ import annotations

import io
from typing import Annotated, Any, Literal, cast

from fastapi import FastAPI, File, Form, Query, UploadFile
from fastapi.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

from triangulate.report.html import render_html
from triangulate.report.json_report import dumps
from triangulate.report.markdown import render_markdown
from triangulate.store import Store
from triangulate.store.export import export_claims
from triangulate.web import pages, queries, service
from triangulate.web.assets import WEB_CSS, report_asset
from triangulate.web.context import Context
from triangulate.web.errors import WebError, not_found
from triangulate.web.intake import read_text, read_uploads

PER_PAGE = 50
ExportFormat = Literal["json", "csv", "md", "html"]
_EXPORT_TYPES = {
    "json": "application/json; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
}


class _StoryClaims:
    """One story's rows of the ``claims_with_sources`` view, for ``export_claims``."""

    def __init__(self, store: Store, story_id: str) -> None:
        self.store = store
        self.story_id = story_id

    def claim_rows(self) -> list[dict[str, Any]]:
        return queries.rows(
            self.store,
            "SELECT * FROM claims_with_sources WHERE story = ? "
            "ORDER BY story, doc, char_start, claim",
            (self.story_id,),
        )

    def read(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        return self.store.read(sql, params)


def export_story(store: Store, story_id: str, fmt: ExportFormat) -> str:
    """One story in an export format: the JSON report, CSV of claims, Markdown or HTML."""
    report = service.story_report(store, story_id)
    if fmt == "json":
        return dumps(report)
    if fmt == "md":
        return render_markdown(report)
    if fmt == "html":
        return render_html(report)
    out = io.StringIO()
    export_claims(cast(Store, _StoryClaims(store, story_id)), "csv", out)
    return out.getvalue()


async def read_files(files: list[UploadFile], ctx: Context) -> list[tuple[str | None, bytes]]:
    """The uploaded files' names and bytes, each read up to one byte over the limit."""
    if len(files) > ctx.limits.max_files:
        raise WebError(
            413,
            "too_many_files",
            f"{len(files)} files in one upload; at most {ctx.limits.max_files} are accepted",
        )
    return [(f.filename, await f.read(ctx.limits.max_bytes + 1)) for f in files]


def add_page_routes(app: FastAPI, ctx: Context) -> None:
    """Register the HTML pages on ``app``."""

    def html(text: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(text, status_code=status)

    @app.get("/static/report.css", include_in_schema=False)
    def report_css() -> Response:
        return _asset(report_asset("report.css"), "text/css")

    @app.get("/static/web.css", include_in_schema=False)
    def web_css() -> Response:
        return _asset(WEB_CSS, "text/css")

    @app.get("/static/report.js", include_in_schema=False)
    def report_js() -> Response:
        return _asset(report_asset("report.js"), "text/javascript")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(page: Annotated[int, Query(ge=1, le=1_000_000)] = 1) -> HTMLResponse:
        store = ctx.pool.get()
        total = queries.count_stories(store)
        rows = queries.story_rows(store, offset=(page - 1) * PER_PAGE, limit=PER_PAGE)
        return html(pages.story_list_page(rows, total=total, page=page, per_page=PER_PAGE))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search(q: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
        hits = queries.search(ctx.pool.get(), q) if q.strip() else []
        return html(pages.search_page(q.strip(), hits))

    # Story and report ids may hold "/" (a JSON record's own id): their routes take the rest
    # of the path. The export is matched first, so ".../export.csv" is never read as an id.
    @app.get("/stories/{story_id:path}/export.{fmt}", include_in_schema=False)
    def export(story_id: str, fmt: str) -> Response:
        if fmt not in _EXPORT_TYPES:
            raise WebError(
                404, "not_found", f"no export format {fmt[:20]!r}: use json, csv, md or html"
            )
        text = export_story(ctx.pool.get(), story_id, cast(ExportFormat, fmt))
        name = f"story-{story_id[:80]}.{fmt}"
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
        headers = {"Content-Disposition": f'attachment; filename="{safe}"'}
        if fmt == "html":
            # The report carries its own CSP (hashed inline style and script); as a download
            # it is never rendered under this origin.
            headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return Response(text, media_type=_EXPORT_TYPES[fmt], headers=headers)

    @app.get("/stories/{story_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def story(story_id: str) -> HTMLResponse:
        return html(pages.story_page(service.story_report(ctx.pool.get(), story_id)))

    @app.get("/claims/{claim_id}", response_class=HTMLResponse, include_in_schema=False)
    def claim(claim_id: str) -> HTMLResponse:
        report = service.claim_report(ctx.pool.get(), claim_id)
        return html(pages.claim_page(report, claim_id))

    @app.get("/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    def entity(
        entity_id: str, story: Annotated[str | None, Query(max_length=200)] = None
    ) -> HTMLResponse:
        view = service.entity_view(ctx.pool.get(), entity_id, story)
        return html(pages.entity_page(view.entity, view.report, view.stories))

    @app.get("/documents/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def document(doc_id: str) -> HTMLResponse:
        doc, report = service.document_view(ctx.pool.get(), doc_id)
        return html(pages.document_page(doc, report))

    @app.get("/add", response_class=HTMLResponse, include_in_schema=False)
    def add() -> HTMLResponse:
        return html(pages.add_page(max_files=ctx.limits.max_files, max_bytes=ctx.limits.max_bytes))

    @app.post("/add/files", include_in_schema=False)
    async def add_files(files: Annotated[list[UploadFile], File()]) -> Response:
        given = await read_files(files, ctx)
        read = await run_in_threadpool(read_uploads, given, ctx.limits)
        job = ctx.submit(_files_label(given), read)
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)

    @app.post("/add/text", include_in_schema=False)
    def add_text(
        text: Annotated[str, Form()], title: Annotated[str, Form(max_length=500)] = ""
    ) -> Response:
        job = ctx.submit("pasted text", read_text(text, title, ctx.limits))
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)

    @app.post("/add/url", include_in_schema=False)
    def add_url(url: Annotated[str, Form(max_length=4000)]) -> Response:
        job = ctx.submit_url(url)
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)

    @app.get("/jobs", response_class=HTMLResponse, include_in_schema=False)
    def jobs() -> HTMLResponse:
        return html(pages.jobs_page(ctx.jobs.all()))

    @app.get("/jobs/{job_id}", response_class=HTMLResponse, include_in_schema=False)
    def job(job_id: str) -> HTMLResponse:
        found = ctx.jobs.get(job_id)
        if found is None:
            raise not_found("job", job_id[:100])
        return html(pages.job_page(found))


def _files_label(files: list[tuple[str | None, bytes]]) -> str:
    if len(files) == 1:
        return files[0][0] or "1 file"
    return f"{len(files)} files"


def _asset(text: str, media: str) -> Response:
    return PlainTextResponse(
        text, media_type=media, headers={"Cache-Control": "public, max-age=3600"}
    )
