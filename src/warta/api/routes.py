"""REST routes under /api: read-only JSON over the store, stateless extraction, optional ingest."""

from __future__ import annotations

import threading
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from warta.api.deps import (
    EXTRACT_BODY,
    NO_NUL,
    ArticleId,
    EntityId,
    ExtractLang,
    LangParam,
    PageParam,
    PerPageParam,
    SinceParam,
    StanceParam,
    StoryFilter,
    StoryId,
    Text200,
    UntilParam,
    get_store,
    page_from_request,
    run_extract,
)
from warta.api.security import check_write, refuse_anonymous_update
from warta.models import Article
from warta.search_syntax import SYNTAX as SEARCH_SYNTAX
from warta.store.views import (
    ArticleSummary,
    ArticleVersion,
    ClaimView,
    ConflictView,
    EntityDetail,
    IngestReport,
    Page,
    SearchHit,
    StoryDetail,
    StorySummary,
)

router = APIRouter(prefix="/api")
Store = Annotated[Any, Depends(get_store)]

# One writer at a time: POST /api/articles serialises its store writes.
_WRITE_LOCK = threading.Lock()


class ErrorBody(BaseModel):
    """Every error: `detail` (a message, or the list of invalid parameters) and a one-line `message`."""

    detail: Any
    message: str


class SearchErrorBody(ErrorBody):
    """A malformed search query: what is wrong (`message`) and how to write one (`hint`)."""

    hint: str


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"description": "not found", "model": ErrorBody},
}


class IngestResult(BaseModel):
    """What POST /api/articles stored."""

    report: IngestReport
    article: Article


def _not_found(what: str, ident: int) -> HTTPException:
    return HTTPException(404, f"no {what} with id {ident}")


@router.get("/articles", response_model=Page[ArticleSummary], tags=["articles"],
            summary="Articles, newest first, filtered by text, language, outlet and date")
def list_articles(store: Store, q: Text200 = None, lang: LangParam = None, outlet: Text200 = None,
                  since: SinceParam = None, until: UntilParam = None, page: PageParam = 1,
                  per_page: PerPageParam = 20) -> Any:
    return store.list_articles(q=q or None, lang=lang, outlet=outlet or None,
                               since=since.isoformat() if since else None,
                               until=until.isoformat() if until else None, page=page, per_page=per_page)


@router.get("/articles/{article_id}", response_model=Article, responses=ERRORS, tags=["articles"],
            summary="One article's full extraction record (the `warta extract` contract)")
def get_article(article_id: ArticleId, store: Store) -> Any:
    detail = store.get_article(article_id)
    if detail is None:
        raise _not_found("article", article_id)
    return detail.record


@router.get("/stories", response_model=Page[StorySummary], tags=["stories"],
            summary="Stories, most recent first, with outlets, languages and conflict counts")
def list_stories(store: Store, page: PageParam = 1, per_page: PerPageParam = 20) -> Any:
    return store.list_stories(page=page, per_page=per_page)


@router.get("/stories/{story_id}", response_model=StoryDetail, responses=ERRORS, tags=["stories"],
            summary="One story: its articles, claims timeline, conflicts and figure series")
def get_story(story_id: StoryId, store: Store) -> Any:
    story = store.get_story(story_id)
    if story is None:
        raise _not_found("story", story_id)
    return story


@router.get("/conflicts", response_model=Page[ConflictView], tags=["claims"],
            summary="Claims about the same thing that disagree, optionally for one story")
def list_conflicts(store: Store, story: StoryFilter = None, page: PageParam = 1,
                   per_page: PerPageParam = 20) -> Any:
    # The store pages in SQL: a large corpus holds tens of thousands of conflicts.
    items = store.list_conflicts(story=story, limit=per_page, offset=(page - 1) * per_page)
    return Page[ConflictView](items=items, total=store.count_conflicts(story), page=page, per_page=per_page)


@router.get("/claims", response_model=Page[ClaimView], tags=["claims"],
            summary="Claims filtered by what they are about, their source and stance")
def list_claims(store: Store, about: Text200 = None, source: Text200 = None, stance: StanceParam = None,
                page: PageParam = 1, per_page: PerPageParam = 50) -> Any:
    return store.list_claims(about=about or None, source=source or None, stance=stance, page=page,
                             per_page=per_page)


@router.get("/entities/{entity_id}", response_model=EntityDetail, responses=ERRORS, tags=["entities"],
            summary="An entity: aliases across languages, articles, statements by and about it")
def get_entity(entity_id: EntityId, store: Store) -> Any:
    entity = store.get_entity(entity_id)
    if entity is None:
        raise _not_found("entity", entity_id)
    return entity


@router.get("/search", response_model=Page[SearchHit], tags=["articles"],
            responses={400: {"description": "a malformed query; `message` says what and `hint` how to write "
                                            "one", "model": SearchErrorBody}},
            summary="Full-text search over titles and bodies, best first",
            description=SEARCH_SYNTAX)
def search(store: Store, q: Annotated[str, Query(min_length=1, max_length=200, pattern=NO_NUL)],
           page: PageParam = 1, per_page: PerPageParam = 20) -> Any:
    return store.search_page(q, page=page, per_page=per_page)  # QuerySyntaxError: 400 (api/app.py)


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "model": ErrorBody}


EXTRACT_ERRORS: dict[int | str, dict[str, Any]] = {
    400: _error("the page is empty, unreadable, or a JSON body that is not an object with `text` or `html`"),
    413: _error("the body or the page is larger than the server's limit"),
    415: _error("unsupported media type: send application/json, text/plain or text/html"),
    422: _error("invalid parameters or JSON body"),
    503: _error("the page was not analysed within the server's extraction budget"),
}
INGEST_ERRORS: dict[int | str, dict[str, Any]] = {
    **EXTRACT_ERRORS,
    401: _error("the server has a token and the request did not send it"),
    403: _error("the server is read-only (start it with --allow-ingest), or a cross-site request"),
    409: _error("the source is an article already stored: a new version of it needs the token"),
}


@router.post("/extract", response_model=Article, tags=["extraction"], openapi_extra=EXTRACT_BODY,
             responses=EXTRACT_ERRORS,
             summary="Analyse a posted page (JSON {text|html, lang}, or raw text/plain or text/html); stores nothing")
async def extract_page(request: Request, lang: ExtractLang = "auto") -> Any:
    page, lang, source = await page_from_request(request, lang)
    return await run_extract(page, lang, source, request)


@router.post("/articles", response_model=IngestResult, tags=["articles"], openapi_extra=EXTRACT_BODY,
             responses=INGEST_ERRORS,
             summary="Extract a posted page and store it (only with `warta serve --allow-ingest`); new content "
                     "under a stored source is a new version of that article (token only)")
async def ingest_page(request: Request, lang: ExtractLang = "auto",
                      rebuild: Annotated[bool, Query(description="update stories and conflicts (soon, once "
                                                                 "for a burst of posts)")] = True) -> Any:
    if not request.app.state.allow_ingest:
        raise HTTPException(403, "this server is read-only; start it with `warta serve --allow-ingest` "
                                 "to accept POST /api/articles")
    trusted = check_write(request)
    store = get_store(request)
    page, lang, source = await page_from_request(request, lang)
    article = await run_extract(page, lang, source, request)

    def write() -> IngestReport:
        with _WRITE_LOCK:
            if not trusted:  # checked under the lock: no version can slip in between
                refuse_anonymous_update(store, article)
            return store.add_articles([article])

    report = await run_in_threadpool(write)
    if rebuild and report.ingested:
        request.app.state.rebuilder.request()
    return IngestResult(report=report, article=article)


@router.get("/articles/{article_id}/versions", response_model=list[ArticleVersion], responses=ERRORS,
            tags=["articles"], summary="Every version of an article (same URL/source, new content), oldest first")
def article_versions(article_id: ArticleId, store: Store) -> Any:
    found = store.article_versions(article_id)
    if not found:
        raise _not_found("article", article_id)
    return found
