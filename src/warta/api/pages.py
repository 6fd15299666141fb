"""Server-rendered pages: home, stories, articles with highlights, entities, search, paste a page."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import PlainTextResponse, RedirectResponse, Response

from warta.api.deps import (
    MAX_ID,
    NO_NUL,
    LangParam,
    PageParam,
    SinceParam,
    StoryFilter,
    Text200,
    UntilParam,
    get_store,
    run_extract,
)
from warta.corpus.conflicts import fold_conflicts
from warta.errors import QuerySyntaxError
from warta.models import Article
from warta.web import templates
from warta.web.highlight import article_body, parse_highlight
from warta.web.story import agreements, question_card

router = APIRouter(include_in_schema=False)
Store = Annotated[Any, Depends(get_store)]
CONFLICTS_SHOWN = 100
STORY_ROWS = 100  # claims and articles listed on a story page
PASTE_MAX_CHARS = 2_000_000


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def _safe_href(url: str | None) -> str | None:
    """Only http(s) links leave the site: a page's `javascript:` or `data:` URL stays text."""
    if not url:
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


@router.get("/")
def home(request: Request, store: Store) -> Response:
    stories = store.list_stories(page=1, per_page=20)
    heading = "Recent stories"
    articles = None
    if not stories.items:
        articles = store.list_articles(page=1, per_page=20)
    return render(request, "home.html", stories=stories, heading=heading, articles=articles,
                  json_url="/api/stories")


@router.get("/stories")
def stories(request: Request, store: Store, page: PageParam = 1) -> Response:
    return render(request, "stories.html", stories=store.list_stories(page=page, per_page=20),
                  nav="stories", json_url=f"/api/stories?page={page}")


@router.get("/stories/{story_id:int}")
def story(request: Request, story_id: int, store: Store) -> Response:
    detail = store.get_story(story_id) if 1 <= story_id <= MAX_ID else None
    if detail is None:
        raise HTTPException(404, f"no story with id {story_id}")
    titles = {a.id: a.title for a in detail.articles}
    copies = {a.id for a in detail.articles if a.near_duplicate_of is not None}
    disputed, folded = fold_conflicts([c.model_dump() for c in detail.conflicts])
    # the questions most sources dispute lead
    disputed.sort(key=lambda c: -len({x["source"] for x in c["claims"]}))
    cards = [question_card(c, titles, copies, i) for i, c in enumerate(disputed, 1)]
    timeline = sorted(
        (_claim_context(c, titles) for c in detail.claims), key=lambda c: (c["published"] or "", c["source"] or "")
    )
    return render(request, "story.html", story=detail, cards=cards, folded=folded, timeline=timeline,
                  agreements=agreements(detail, titles), rows=STORY_ROWS, nav="stories",
                  json_url=f"/api/stories/{story_id}")


def _claim_context(claim: Any, titles: dict[int, str | None]) -> dict[str, Any]:
    row = claim.model_dump()
    row["article"] = titles.get(claim.article_id) or claim.article
    return row


@router.get("/articles")
def articles(request: Request, store: Store, q: Text200 = None, lang: LangParam = None,
             outlet: Text200 = None, since: SinceParam = None, until: UntilParam = None,
             page: PageParam = 1) -> Response:
    params = {"q": q, "lang": lang, "outlet": outlet, "since": since.isoformat() if since else None,
              "until": until.isoformat() if until else None}
    result = store.list_articles(q=q or None, lang=lang or None, outlet=outlet or None,
                                 since=params["since"], until=params["until"], page=page, per_page=20)
    return render(request, "articles.html", page=result, params=params, nav="articles",
                  json_url="/api/articles?" + "&".join(f"{k}={quote(str(v))}" for k, v in params.items() if v))


@router.get("/articles/{article_id:int}")
def article(request: Request, article_id: int, store: Store,
            hl: Annotated[str | None, Query(max_length=40)] = None) -> Response:
    detail = store.get_article(article_id) if 1 <= article_id <= MAX_ID else None
    if detail is None:
        raise HTTPException(404, f"no article with id {article_id}")
    record: Article = detail.record
    span = parse_highlight(hl, len(record.text or ""))
    links = {e.id: f"/entities?name={quote(e.name)}" for e in record.entities}
    story_ref = {"id": detail.story_id, "title": None} if detail.story_id else None
    return render(
        request, "article.html", article=record, body=article_body(record, highlight=span),
        hl_invalid=hl if hl and span is None else None, entity_links=links, story=story_ref,
        source_href=_safe_href(record.url or detail.url or record.source),
        self_href=f"/articles/{article_id}", raw_href=f"/articles/{article_id}/raw",
        json_url=f"/api/articles/{article_id}", nav="articles",
        versions=detail.versions, this_version=detail.version, current_id=_current_id(detail), self_id=article_id,
    )


def _current_id(detail: Any) -> int | None:
    """The current version's id, when this article has been updated since."""
    if detail.superseded_by is None:
        return None
    return next((v.id for v in detail.versions if v.current), detail.superseded_by)


@router.get("/articles/{article_id:int}/raw")
def article_raw(article_id: int, store: Store) -> Response:
    detail = store.get_article(article_id) if 1 <= article_id <= MAX_ID else None
    if detail is None:
        raise HTTPException(404, f"no article with id {article_id}")
    return PlainTextResponse(detail.record.text or "", headers={"Content-Disposition": "inline"})


@router.get("/conflicts")
def conflicts(request: Request, store: Store, story: StoryFilter = None) -> Response:
    found = store.list_conflicts(story=story, limit=CONFLICTS_SHOWN)
    kept, folded = fold_conflicts([c.model_dump() for c in found])
    shown = [question_card(c, {}, set(), i) for i, c in enumerate(kept, 1)]
    more = store.count_conflicts(story) > CONFLICTS_SHOWN
    return render(request, "conflicts.html", conflicts=shown, folded=folded, more=more,
                  story=story, nav="conflicts", json_url="/api/conflicts" + (f"?story={story}" if story else ""))


@router.get("/entities")
def entity_by_name(store: Store, name: Annotated[str, Query(min_length=1, max_length=200, pattern=NO_NUL)]) -> Response:
    entity = store.find_entity(name)
    if entity is None:
        raise HTTPException(404, f"no entity called {name!r}")
    return RedirectResponse(f"/entities/{entity.id}", status_code=303)


@router.get("/entities/{entity_id:int}")
def entity(request: Request, entity_id: int, store: Store) -> Response:
    detail = store.get_entity(entity_id) if 1 <= entity_id <= MAX_ID else None
    if detail is None:
        raise HTTPException(404, f"no entity with id {entity_id}")
    said = [{"published": q.published, "source": q.speaker, "via": q.via, "stance": None, "value": None,
             "text": q.text, "href": f"/articles/{q.article_id}", "outlet": None} for q in detail.quotes]
    statements = [
        {"heading": f"What {detail.name} said", "rows": said},
        {"heading": f"Claims made by {detail.name}", "rows": [_statement(c) for c in detail.statements_by]},
        {"heading": f"Claims about {detail.name}", "rows": [_statement(c) for c in detail.statements_about]},
    ]
    return render(request, "entity.html", entity=detail, aliases=detail.aliases, statements=statements,
                  articles=detail.articles, json_url=f"/api/entities/{entity_id}")


def _statement(claim: Any) -> dict[str, Any]:
    href = f"/articles/{claim.article_id}"
    if claim.evidence_span:
        href += f"?hl={claim.evidence_span[0]}-{claim.evidence_span[1]}#hl"
    return {"published": claim.published, "source": claim.source, "via": claim.via, "stance": claim.stance,
            "value": claim.value, "text": claim.evidence, "href": href, "outlet": claim.outlet}


@router.get("/search")
def search(request: Request, q: Annotated[str | None, Query(max_length=200, pattern=NO_NUL)] = None) -> Response:
    hits: list[dict[str, Any]] = []
    entity = error = None
    q = (q or "").strip()
    if q:
        store = get_store(request)
        entity = store.find_entity(q)
        try:
            found = store.search(q, limit=30)
        except QuerySyntaxError as exc:  # shown on the page, beside the form to fix it
            found, error = [], f"{exc}. How to search: {exc.hint}"
        for h in found:
            meta = " · ".join(x for x in (h.published and h.published[:10], h.outlet, h.language) if x)
            hits.append({"href": f"/articles/{h.article_id}", "title": h.title or h.source or "(untitled)",
                         "kind": "article", "snippet": h.snippet, "meta": meta})
    return render(request, "search.html", q=q, hits=hits, entity=entity, error=error, json_url=f"/api/search?q={quote(q)}" if q else None)


@router.get("/paste")
def paste_form(request: Request) -> Response:
    return render(request, "paste.html", lang="auto", max_chars=PASTE_MAX_CHARS, nav="paste")


@router.post("/paste")
async def paste(request: Request, page: Annotated[str, Form(max_length=PASTE_MAX_CHARS)] = "",
                lang: Annotated[str, Form(max_length=12)] = "auto") -> Response:
    lang = lang if lang in ("auto", "id", "en") else "auto"
    context: dict[str, Any] = {"page_text": page, "lang": lang, "max_chars": PASTE_MAX_CHARS, "nav": "paste"}
    if not page.strip():
        return render(request, "paste.html", status_code=400, error="Paste a page first.", **context)
    try:
        record = await run_extract(page, lang, "pasted page", request)
    except HTTPException as exc:
        return render(request, "paste.html", status_code=exc.status_code, error=str(exc.detail), **context)
    return render(request, "paste.html", article=record, body=article_body(record), **context)


@router.get("/api")
def api_docs(request: Request) -> Response:
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                {"name": p["name"], "in": p["in"], "required": p.get("required", False),
                 "type": _schema_type(p.get("schema", {})), "description": p.get("description", "")}
                for p in op.get("parameters", [])
            ]
            example = path if method == "get" and "{" not in path and not any(p["required"] for p in params) else None
            endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                              "params": params, "example": example,
                              "anchor": f"{method}-{path.strip('/').replace('/', '-').replace('{', '').replace('}', '')}"})
    return render(request, "api.html", endpoints=endpoints, openapi_version=schema.get("openapi", ""),
                  allow_ingest=request.app.state.allow_ingest, nav="api", json_url="/openapi.json")


def _schema_type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " | ".join(_schema_type(s) for s in schema["anyOf"] if s.get("type") != "null")
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    kind = schema.get("type", "")
    if schema.get("format"):
        kind += f" ({schema['format']})"
    return kind
