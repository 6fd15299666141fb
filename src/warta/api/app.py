"""The FastAPI application factory: store wiring, security headers, body limits and JSON errors."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from warta.errors import QuerySyntaxError
from warta.web import STATIC_DIR, templates

log = logging.getLogger(__name__)

DEFAULT_MAX_BODY = 5_000_000

# Inline <script> is forbidden; inline SVG and CSS classes need nothing more than 'self'.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


class BodyTooLarge(StarletteHTTPException):
    """Raised from the wrapped `receive` once a streamed body passes the limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body is larger than the limit of {limit} bytes")


class SecurityHeadersMiddleware:
    """Adds CSP, nosniff, referrer and framing headers to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                headers = list(message.get("headers", []))
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimitMiddleware:
    """Refuses request bodies over `max_body` bytes: by Content-Length, then by counting the stream."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_body
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _send_json(send, 400, {"detail": "invalid Content-Length header"})
                    return
                if declared > limit:
                    await _send_json(send, 413, {"detail": BodyTooLarge(limit).detail})
                    return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge as exc:
            if started:
                raise
            await _send_json(send, 413, {"detail": exc.detail})


async def _send_json(send: Send, status: int, payload: dict[str, Any]) -> None:
    """Sends a complete JSON response from inside an ASGI middleware."""
    response = JSONResponse(payload, status_code=status)
    await send({"type": "http.response.start", "status": status, "headers": response.raw_headers})
    await send({"type": "http.response.body", "body": response.body})


class StoreHolder:
    """Opens the store on first use, so pages that need no database work without one."""

    def __init__(self, url: str | None, store: Any = None, factory: Callable[[str | None], Any] | None = None):
        self.url = url
        self._store = store
        self._owned = store is None
        self._factory = factory
        self._lock = threading.Lock()

    def get(self) -> Any:
        if self._store is None:
            with self._lock:
                if self._store is None:
                    factory = self._factory
                    if factory is None:
                        factory = _store_class()
                    self._store = factory(self.url)
        return self._store

    def close(self) -> None:
        if self._store is not None and self._owned:
            self._store.close()
            self._store = None


def _store_class() -> Callable[[str | None], Any]:
    try:
        from warta.store import Store
    except ImportError:  # the package may not re-export it
        from warta.store.db import Store
    return Store


def _wants_html(request: Request) -> bool:
    """HTML error pages for the UI, JSON for /api and anything that asks for JSON."""
    path = request.url.path
    if path.startswith("/api/") or path == "/openapi.json":
        return False
    return "application/json" not in request.headers.get("accept", "")


def _error_response(request: Request, status: int, message: str, detail: Any = None) -> Response:
    if _wants_html(request):
        return templates.TemplateResponse(
            request, "error.html", {"status": status, "message": message}, status_code=status
        )
    return JSONResponse({"detail": detail if detail is not None else message, "message": message},
                        status_code=status)


def _validation_message(errors: list[dict[str, Any]]) -> str:
    parts = []
    for err in errors[:5]:
        loc = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{loc or 'request'}: {err.get('msg', 'invalid')}")
    return "invalid parameters: " + "; ".join(parts)


def create_app(
    store_url: str | None = None,
    *,
    allow_ingest: bool = False,
    max_body: int = DEFAULT_MAX_BODY,
    store: Any = None,
    token: str | None = None,
    allowed_hosts: list[str] | None = None,
    extract_budget: float | None = None,
    extract_workers: int = 1,
    rebuild_delay: float = 1.0,
) -> FastAPI:
    """Builds the warta web application.

    Args:
        store_url: database URL; None means $WARTA_DB or sqlite:///warta.db (opened on first use).
        allow_ingest: accept POST /api/articles (otherwise it answers 403); see `warta.api.security`.
        max_body: largest accepted request body in bytes (413 above it).
        store: an open `Store` to use instead of opening `store_url` (tests, embedding).
        token: the secret that lets a client store pages and new versions of stored ones
            (None: $WARTA_TOKEN; empty: none).
        allowed_hosts: Host header names served (None: any; `warta serve` passes loopback names).
        extract_budget: seconds one posted page may take; it then runs in a worker process that is
            stopped when the budget runs out or the client goes away (None: in a thread, unbounded).
        extract_workers: worker processes (pages analysed at once) when there is a budget.
        rebuild_delay: after posts pause this long, stories and conflicts are updated once (incrementally).
    """
    from warta.api import pages, routes, watch
    from warta.api.rebuild import Rebuilder
    from warta.api.security import TOKEN_ENV, HostAllowlistMiddleware

    holder = StoreHolder(store_url or os.environ.get("WARTA_DB"), store=store)
    pool = None
    if extract_budget is not None:
        from warta.api.worker import ExtractionPool

        pool = ExtractionPool(extract_budget, workers=extract_workers)
    rebuilder = Rebuilder(lambda: holder.get().update_corpus(), delay_s=rebuild_delay)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        rebuilder.flush()
        if pool is not None:
            pool.close()
        holder.close()

    app = FastAPI(
        title="warta",
        lifespan=lifespan,
        version=_version(),
        description=(
            "Read-only JSON API over a warta store: articles, stories, claims, conflicts and "
            "entities, plus stateless extraction of a posted page. Every span is `[start, end)` "
            "into the article's `text`."
        ),
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.store = holder
    app.state.allow_ingest = allow_ingest
    app.state.max_body = max_body
    app.state.token = os.environ.get(TOKEN_ENV) if token is None else token
    app.state.extraction = pool
    app.state.rebuilder = rebuilder

    app.add_middleware(BodyLimitMiddleware, max_body=max_body)
    if allowed_hosts is not None:
        app.add_middleware(HostAllowlistMiddleware, hosts=allowed_hosts)
    app.add_middleware(SecurityHeadersMiddleware)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        response = _error_response(request, exc.status_code, message, exc.detail)
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = [
            {k: v for k, v in err.items() if k in ("type", "loc", "msg")} for err in exc.errors()
        ]
        return _error_response(request, 422, _validation_message(errors), errors)

    @app.exception_handler(QuerySyntaxError)
    async def query_error(request: Request, exc: QuerySyntaxError) -> Response:
        message = f"invalid search query: {exc}"
        if _wants_html(request):
            return _error_response(request, 400, f"{message}. How to search: {exc.hint}")
        return JSONResponse({"detail": str(exc), "message": message, "hint": exc.hint}, status_code=400)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return _error_response(request, 500, "internal error; see the server log")

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(routes.router)
    app.include_router(pages.router)
    app.include_router(watch.router)

    _document_extract_request(app)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    return app


def _document_extract_request(app: FastAPI) -> None:
    """The POST bodies are read by hand (JSON or raw text), so FastAPI does not list their JSON
    schema: add it, so `#/components/schemas/ExtractRequest` resolves and clients can fuzz it."""
    from warta.api.deps import ExtractRequest

    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = build()  # cached by FastAPI in app.openapi_schema
            schemas = schema.setdefault("components", {}).setdefault("schemas", {})
            doc = ExtractRequest.model_json_schema(ref_template="#/components/schemas/{model}")
            schemas.update(doc.pop("$defs", {}))
            schemas["ExtractRequest"] = doc
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("warta")
    except Exception:  # noqa: BLE001 - metadata absent in a bare checkout
        return "0"


__all__ = ["create_app", "DEFAULT_MAX_BODY", "CSP"]
