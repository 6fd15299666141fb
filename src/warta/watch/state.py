"""Watch state in the store: sources and their health, the pages they listed, alerts (written once).

Every write is one short transaction under the store's write lock (`write_transaction`), so a
watcher killed at any point leaves rows that say how far each page got: 'new' pages are fetched
again, 'stored' ones get their corpus update and alerts on restart.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

from sqlalchemy import func, or_, select, update

from warta.store.db import write_transaction
from warta.store.versions import address
from warta.watch.schema import WatchAlertRow as A
from warta.watch.schema import WatchFeedRow as F
from warta.watch.schema import WatchItemRow as I

MAX_ATTEMPTS = 3  # a page that failed this many times is left alone (its error stays visible)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def url_hash(url: str) -> str:
    return hashlib.sha1(address(url).encode("utf-8")).hexdigest()


def _insert_ignore(conn, model, rows: list[dict], key: str) -> None:
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    conn.execute(dialect_insert(model).on_conflict_do_nothing(index_elements=[key]), rows)


def add_sources(store, urls: list[str], parent_id: int | None = None) -> list:
    """Register sources (known ones are kept as they are); returns their rows, in the given order."""
    hashes = [url_hash(u) for u in urls]
    with write_transaction(store.engine) as conn:
        _insert_ignore(conn, F, [{"url": u, "url_hash": h, "parent_id": parent_id, "added_at": now(), "active": 1}
                                 for u, h in zip(urls, hashes, strict=True)], "url_hash")
        if parent_id is None:  # a source named again is watched again
            conn.execute(update(F).where(F.url_hash.in_(hashes)).values(active=1, parent_id=None))
        rows = {r.url_hash: r for r in conn.execute(select(F).where(F.url_hash.in_(hashes)))}
    return [rows[h] for h in hashes]


def sources(store, *, parent_id: int | None = None, top: bool = True) -> list:
    stmt = select(F).where(F.active == 1)
    stmt = stmt.where(F.parent_id.is_(None)) if top else stmt.where(F.parent_id == parent_id)
    with store.engine.connect() as conn:
        return conn.execute(stmt.order_by(F.id)).all()


def source_polled(store, feed_id: int, *, kind: str | None, etag: str | None, last_modified: str | None,
                  error: str | None = None, items: int = 0) -> None:
    """Record one poll of a source: a success (validators, how many pages it listed) or an error."""
    t = now()
    values: dict = {"last_poll": t, "polls": F.polls + 1}
    if error is None:
        values.update(last_success=t, failures=0, items_seen=F.items_seen + items)
        if kind:
            values["kind"] = kind
        if etag or last_modified:
            values.update(etag=etag, last_modified=last_modified)
    else:
        values.update(last_error=error, last_error_at=t, failures=F.failures + 1, errors=F.errors + 1)
    with write_transaction(store.engine) as conn:
        conn.execute(update(F).where(F.id == feed_id).values(**values))


def add_items(store, feed_id: int, items, *, oldest: str | None = None) -> int:
    """Record what a source listed: unknown pages become 'new'; a known page whose date the source
    changed (a correction, an update) becomes 'new' again. A page the source dates before `oldest`
    (YYYY-MM-DD: the --max-age cutoff) is recorded as 'old' and not fetched unless its date
    changes to a later one. Returns how many pages are due now."""

    def status(it) -> str:
        return "old" if oldest and it.day and it.day < oldest else "new"

    by_hash = {}
    for it in items:
        by_hash.setdefault(url_hash(it.url), it)
    hashes = list(by_hash)
    with write_transaction(store.engine) as conn:
        known = {}
        for i in range(0, len(hashes), 500):
            known.update({r.url_hash: r for r in conn.execute(
                select(I.url_hash, I.id, I.updated, I.status).where(I.url_hash.in_(hashes[i:i + 500])))})
        fresh = [{"feed_id": feed_id, "url": it.url, "url_hash": h, "updated": (it.updated or "")[:80] or None,
                  "published": it.published, "title": (it.title or "")[:2000] or None, "status": status(it),
                  "first_seen": now(), "attempts": 0}
                 for h, it in by_hash.items() if h not in known]
        _insert_ignore(conn, I, fresh, "url_hash")
        due = sum(1 for row in fresh if row["status"] == "new")
        for h, it in by_hash.items():
            row = known.get(h)
            changed = (it.updated or "")[:80] or None
            if row is not None and changed and changed != row.updated and row.status in ("done", "failed", "old"):
                again = status(it)
                conn.execute(update(I).where(I.id == row.id).values(status=again, updated=changed, attempts=0,
                                                                      error=None))
                due += again == "new"
    return due


def due_items(store, limit: int) -> list:
    """Pages to fetch now: new ones, and failed ones not tried MAX_ATTEMPTS times, oldest first."""
    with store.engine.connect() as conn:
        return conn.execute(select(I).where(or_(I.status == "new", (I.status == "failed")
                                                & (I.attempts < MAX_ATTEMPTS)))
                            .order_by(I.id).limit(limit)).all()


def mark_items(store, changes: list[tuple[int, int, dict]]) -> None:
    """(item id, feed id, values) for each page handled; per-source counts follow."""
    if not changes:
        return
    fetched: dict[int, int] = {}
    failed: dict[int, int] = {}
    with write_transaction(store.engine) as conn:
        for item_id, feed_id, values in changes:
            conn.execute(update(I).where(I.id == item_id).values(**values))
            if values.get("status") in ("stored", "done") and values.get("fetched_at"):
                fetched[feed_id] = fetched.get(feed_id, 0) + 1
            elif values.get("status") in ("failed", "skipped"):
                failed[feed_id] = failed.get(feed_id, 0) + 1
        for fid, n in fetched.items():
            conn.execute(update(F).where(F.id == fid).values(pages_fetched=F.pages_fetched + n))
        for fid, n in failed.items():
            conn.execute(update(F).where(F.id == fid).values(pages_failed=F.pages_failed + n))


def stored_items(store) -> list:
    """Pages stored whose corpus update and alerts are not done (a batch cut short by a crash included)."""
    with store.engine.connect() as conn:
        return conn.execute(select(I.id, I.article_id).where(I.status == "stored").order_by(I.id)).all()


def finish_batch(store, item_ids: list[int], alerts) -> None:
    """Record the alerts (a key seen before is not recorded again) and the pages as done, at once."""
    t = now()
    with write_transaction(store.engine) as conn:
        _insert_ignore(conn, A, [{"key": a.key, "key_hash": hashlib.sha1(a.key.encode("utf-8")).hexdigest(),
                                  "kind": a.kind, "story_id": a.story_id, "article_id": a.article_id,
                                  "created_at": t, "payload": json.dumps(a.payload, ensure_ascii=False)}
                                 for a in alerts], "key_hash")
        for i in range(0, len(item_ids), 500):
            conn.execute(update(I).where(I.id.in_(item_ids[i:i + 500])).values(status="done"))


def pending_alerts(store) -> list:
    with store.engine.connect() as conn:
        return conn.execute(select(A).where(A.emitted_at.is_(None)).order_by(A.id)).all()


def alert_emitted(store, alert_id: int, webhook_error: str | None = None) -> None:
    with write_transaction(store.engine) as conn:
        conn.execute(update(A).where(A.id == alert_id).values(emitted_at=now(), webhook_error=webhook_error))


def alert_record(row) -> dict:
    """An alert as it is written out (JSONL, webhook body, API)."""
    return {"id": row.id, "kind": row.kind, "key": row.key, "story_id": row.story_id, "article_id": row.article_id,
            "created_at": row.created_at, **json.loads(row.payload)}


ALERT_KINDS = ("new_story", "new_question", "disagreement", "revision")


def list_alerts(store, *, since: str | None = None, kind: str | None = None, limit: int = 100) -> list[dict]:
    """Alerts, newest first; `since`: only those created after this ISO time; `kind`: of this kind."""
    stmt = select(A)
    if since:
        stmt = stmt.where(A.created_at > since)
    if kind:
        stmt = stmt.where(A.kind == kind)
    with store.engine.connect() as conn:
        return [alert_record(r) for r in conn.execute(stmt.order_by(A.id.desc()).limit(limit))]


def alert_counts(store, *, since: str | None = None) -> dict[str, int]:
    """How many alerts of each kind (created after `since`, when given)."""
    stmt = select(A.kind, func.count(A.id)).group_by(A.kind)
    if since:
        stmt = stmt.where(A.created_at > since)
    with store.engine.connect() as conn:
        return dict(conn.execute(stmt).all())


def health(store) -> list[dict]:
    """Per-source health: last success and error, counts, pages waiting."""
    with store.engine.connect() as conn:
        waiting = dict(conn.execute(select(I.feed_id, func.count(I.id)).where(I.status.in_(("new", "stored")))
                                    .group_by(I.feed_id)).all())
        old = dict(conn.execute(select(I.feed_id, func.count(I.id)).where(I.status == "old")
                                .group_by(I.feed_id)).all())
        rows = conn.execute(select(F).order_by(F.parent_id.nulls_first(), F.id)).all()
    keys = ("id", "url", "parent_id", "kind", "active", "last_poll", "last_success", "last_error", "last_error_at",
            "polls", "failures", "errors", "items_seen", "pages_fetched", "pages_failed")
    out = []
    for r in rows:
        d = {k: getattr(r, k) for k in keys}
        d["waiting"] = waiting.get(r.id, 0)
        d["too_old"] = old.get(r.id, 0)
        d["ok"] = r.failures == 0 and r.last_success is not None
        out.append(d)
    return out
