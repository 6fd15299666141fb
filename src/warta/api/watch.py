"""The watch view: each watched source's health, and the alerts, marking what is new since the
reader's last visit (a cookie holding the time of the newest alert shown, or `?since=`)."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel

from warta.api.deps import get_store

router = APIRouter()
Store = Annotated[Any, Depends(get_store)]
SEEN_COOKIE = "warta_watch_seen"
SEEN_MAX_AGE_S = 365 * 24 * 3600
ALERTS_SHOWN = 100
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2}|Z)?)?$")
SinceQuery = Annotated[str | None, Query(max_length=40, pattern=_ISO.pattern,
                                         description="only alerts after this time (ISO 8601, UTC)")]
KindQuery = Annotated[Literal["new_story", "new_question", "disagreement", "revision"] | None,
                      Query(description="only alerts of this kind")]


class WatchSource(BaseModel):
    """A watched feed or sitemap and its health."""

    id: int
    url: str
    parent_id: int | None = None
    kind: str | None = None
    active: int = 1
    ok: bool
    last_poll: str | None = None
    last_success: str | None = None
    last_error: str | None = None
    last_error_at: str | None = None
    polls: int = 0
    failures: int = 0
    errors: int = 0
    items_seen: int = 0
    pages_fetched: int = 0
    pages_failed: int = 0
    waiting: int = 0
    too_old: int = 0


class WatchAlert(BaseModel):
    """An alert as `warta watch` wrote it (its fields depend on `kind`; see docs/watch.md)."""

    model_config = {"extra": "allow"}
    id: int
    kind: str
    key: str
    story_id: int | None = None
    article_id: int | None = None
    created_at: str


class WatchStatus(BaseModel):
    sources: list[WatchSource]
    alerts: list[WatchAlert]
    counts: dict[str, int]  # alerts of each kind (after `since`)
    since: str | None = None


def _status(store, since: str | None, kind: str | None = None) -> WatchStatus:
    from warta.watch.state import alert_counts, health, list_alerts

    return WatchStatus(sources=[WatchSource(**s) for s in health(store)],
                       alerts=[WatchAlert(**a) for a in list_alerts(store, since=since, kind=kind, limit=ALERTS_SHOWN)],
                       counts=alert_counts(store, since=since), since=since)


@router.get("/api/watch", response_model=WatchStatus, tags=["watch"])
def api_watch(store: Store, since: SinceQuery = None, kind: KindQuery = None) -> WatchStatus:
    """Watched sources with their health, and the latest alerts (after `since`, of `kind`, when given)."""
    return _status(store, since, kind)


@router.get("/watch", include_in_schema=False)
def watch_page(request: Request, store: Store, since: SinceQuery = None, kind: KindQuery = None) -> Response:
    from warta.api.pages import render

    seen = since or request.cookies.get(SEEN_COOKIE)
    if seen and not _ISO.match(seen):
        seen = None  # a cookie from elsewhere: show everything as seen before
    status = _status(store, None, kind)
    new = [a for a in status.alerts if seen is None or a.created_at > seen]
    response = render(request, "watch.html", nav="watch", sources=status.sources, alerts=status.alerts,
                      counts=status.counts, kind=kind, new_ids={a.id for a in new}, seen=seen,
                      json_url="/api/watch" + (f"?kind={kind}" if kind else ""))
    if status.alerts and kind is None:  # the next visit shows as new what came after the newest alert shown now
        response.set_cookie(SEEN_COOKIE, status.alerts[0].created_at, max_age=SEEN_MAX_AGE_S, httponly=True,
                            samesite="lax", path="/")
    return response
