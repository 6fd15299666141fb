"""Shared request plumbing: the store dependency, bounded query parameters, page extraction."""

from __future__ import annotations

import logging
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import HTTPException, Path, Query, Request
from pydantic import BaseModel, Field, ValidationError, model_validator
from starlette.concurrency import run_in_threadpool

from warta.errors import InputError, InputTooLargeError, WartaError
from warta.lang.base import supported_languages
from warta.models import Article

log = logging.getLogger(__name__)

# The store runs SQL over these values: every string is bounded and free of NUL characters
# (PostgreSQL refuses NUL in text), every number fits a 32-bit integer column.
NO_NUL = r"^[^\x00]*$"
MAX_ID = 2_147_483_647
LANG_PATTERN = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})?$"

Text200 = Annotated[str | None, Query(max_length=200, pattern=NO_NUL)]
LangParam = Annotated[str | None, Query(max_length=12, pattern=LANG_PATTERN, description="ISO 639-1 code")]
SinceParam = Annotated[date | None, Query(description="published on or after (YYYY-MM-DD)")]
UntilParam = Annotated[date | None, Query(description="published on or before (YYYY-MM-DD)")]
PageParam = Annotated[int, Query(ge=1, le=10_000, description="1-based page number")]
PerPageParam = Annotated[int, Query(ge=1, le=100, description="items per page (at most 100)")]
StanceParam = Annotated[
    Literal["asserts", "denies", "unconfirmed", "refuses_to_confirm", "warns"] | None, Query()
]
ArticleId = Annotated[int, Path(ge=1, le=MAX_ID)]
StoryId = Annotated[int, Path(ge=1, le=MAX_ID)]
EntityId = Annotated[int, Path(ge=1, le=MAX_ID)]
StoryFilter = Annotated[int | None, Query(ge=1, le=MAX_ID, description="only this story's conflicts")]
# Only languages warta has resources for: an unknown code is a 422 naming the choices, not a record
# that silently skips all analysis.
EXTRACT_LANGS = Literal[("auto", *supported_languages())]  # type: ignore[valid-type]
ExtractLang = Annotated[EXTRACT_LANGS, Query(description="auto, or a supported language code")]


def get_store(request: Request) -> Any:
    """The app's store, opened on first use; 503 naming the way out when it cannot be opened."""
    holder = request.app.state.store
    try:
        return holder.get()
    except Exception as exc:  # noqa: BLE001 - any failure to open is reported the same way
        log.warning("cannot open the store: %s", exc)
        raise HTTPException(
            503, "the article store could not be opened; start with `warta serve --db URL` or set WARTA_DB"
        ) from exc


class ExtractRequest(BaseModel):
    """A page to analyse: scraped text or HTML (exactly one), and optionally its language."""

    text: str | None = Field(None, description="the page as scraped text, one block per line")
    html: str | None = Field(None, description="the page as HTML")
    lang: EXTRACT_LANGS = Field("auto", description="auto, or a supported language code")  # type: ignore[valid-type]
    source: str | None = Field(None, max_length=2000, description="where the page came from (path or URL)")

    @model_validator(mode="after")
    def _one_page(self) -> ExtractRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of `text` or `html`")
        return self


EXTRACT_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/ExtractRequest"}},
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
        },
    }
}


async def page_from_request(request: Request, lang: str) -> tuple[str | bytes, str, str | None]:
    """(page, lang, source) from a JSON ExtractRequest body or a raw text/plain or text/html body."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if content_type in ("application/json", "") and body.lstrip()[:1] in (b"{", b"["):
        try:
            req = ExtractRequest.model_validate_json(body)
        except ValidationError as exc:
            from fastapi.exceptions import RequestValidationError

            errors = [{"type": e["type"], "loc": ("body", *e["loc"]), "msg": e["msg"]} for e in exc.errors()]
            raise RequestValidationError(errors) from None
        return (req.text if req.text is not None else req.html) or "", req.lang, req.source
    if content_type == "application/json":
        raise HTTPException(400, "a JSON body must be an object with `text` or `html`")
    if content_type in ("text/plain", "text/html", ""):
        return body, lang, None
    raise HTTPException(415, "send application/json ({\"text\": ...} or {\"html\": ...}), text/plain or text/html")


async def run_extract(page: str | bytes, lang: str, source: str | None, request: Request | None = None) -> Article:
    """Runs the single-page pipeline, within the app's budget when it has one (a worker process,
    stopped when the budget runs out or the client goes away; see `warta.api.worker`), else in
    a worker thread; input problems become 400/413."""
    if not page or (isinstance(page, str | bytes) and not page.strip()):
        raise HTTPException(400, "the page is empty")
    pool = getattr(request.app.state, "extraction", None) if request is not None else None
    if pool is not None:
        return await pool.run(request, page, lang, source)
    try:
        from warta.extraction import extract
    except ImportError as exc:  # pragma: no cover - only while the pipeline is absent
        raise HTTPException(503, "extraction is not available in this installation") from exc
    try:
        return await run_in_threadpool(extract, page, lang=lang, source=source)
    except InputTooLargeError as exc:
        raise HTTPException(413, str(exc) or "the page is too large") from exc
    except InputError as exc:
        raise HTTPException(400, str(exc) or type(exc).__name__) from exc
    except WartaError as exc:
        raise HTTPException(400, str(exc) or type(exc).__name__) from exc
