"""Who may reach the server and who may write to it: a Host allowlist, and the ingest check.

DNS rebinding points a hostile name at 127.0.0.1: the browser then sends `Host: evil.example`,
so a server that answers any Host lets that page read it. Only the names in the allowlist
(loopback by default in `warta serve`) are served.

Writes (POST /api/articles) are accepted from a client holding the token (`--token` /
WARTA_TOKEN, sent as `Authorization: Bearer …` or `X-Warta-Token`), or from the server's own
pages (`Origin` equal to the server's origin, or `Sec-Fetch-Site: same-origin`). A browser
always sends `Origin` on a cross-site POST, so a page elsewhere cannot write: that is what stops
cross-site requests (a `text/plain` POST needs no CORS preflight). A client that sends neither
header is not a browser; it may write when no token is set, and must show it when one is.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Iterable
from typing import Any

from fastapi import HTTPException, Request
from starlette.types import ASGIApp, Receive, Scope, Send

LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
TOKEN_ENV = "WARTA_TOKEN"


def host_name(value: str) -> str:
    """'Example.org:8000' -> 'example.org'; '[::1]:8000' -> '::1'."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    if value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".")


def allowed_hosts_for(bind: str, extra: Iterable[str] = ()) -> list[str]:
    """Loopback names, the address the server listens on when it names one, and `extra`."""
    hosts = list(LOOPBACK_HOSTS)
    name = host_name(bind)
    try:
        wildcard = ipaddress.ip_address(name).is_unspecified
    except ValueError:
        wildcard = False
    if name and not wildcard:
        hosts.append(name)
    hosts += [host_name(h) if h != "*" else "*" for h in extra if h]
    return list(dict.fromkeys(hosts))


class HostAllowlistMiddleware:
    """Answers 400 to a request whose Host header is not in the allowlist ('*' allows any)."""

    def __init__(self, app: ASGIApp, hosts: Iterable[str]) -> None:
        self.app = app
        self.hosts = {h if h == "*" else host_name(h) for h in hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or "*" in self.hosts:
            await self.app(scope, receive, send)
            return
        host = ""
        for name, value in scope.get("headers", []):
            if name == b"host":
                host = value.decode("latin-1")
                break
        if host_name(host) not in self.hosts:
            from warta.api.app import _send_json

            shown = host[:100].encode("ascii", "backslashreplace").decode()
            await _send_json(send, 400, {"detail": f"host {shown!r} is not served here; start the server "
                                                   "with --allowed-host NAME to serve it",
                                         "message": "host not allowed"})
            return
        await self.app(scope, receive, send)


def _origin_of(request: Request) -> str:
    return f"{request.url.scheme}://{request.headers.get('host', '')}".lower()


def has_token(request: Request) -> bool:
    """The request carries the server's token (compared in constant time)."""
    token = request.app.state.token
    if not token:
        return False
    given = request.headers.get("x-warta-token", "")
    auth = request.headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        given = auth[7:].strip()
    return bool(given) and hmac.compare_digest(given.encode(), token.encode())


def check_write(request: Request) -> bool:
    """Raises 403 unless this request may store; True when it holds the token."""
    if has_token(request):
        return True
    origin = request.headers.get("origin")
    fetch_site = request.headers.get("sec-fetch-site")
    if origin is not None or fetch_site is not None:
        same = (origin is None or origin.lower() == _origin_of(request)) and fetch_site in (None, "same-origin")
        if same:
            return False
        raise HTTPException(403, "cross-site writes are refused: POST from this server's own pages, or send "
                                 "the token (Authorization: Bearer TOKEN)")
    if request.app.state.token:
        raise HTTPException(401, "this server needs its token to store pages: send Authorization: Bearer TOKEN",
                            headers={"WWW-Authenticate": "Bearer"})
    return False


def refuse_anonymous_update(store: Any, article: Any) -> None:
    """An anonymous client cannot replace what an existing address says (that would rewrite its claims)."""
    existing = store.would_supersede(article)
    if existing is not None:
        raise HTTPException(409, f"source {article.url or article.source!r} is already article {existing}; "
                                 "storing a new version of it needs the server's token")
