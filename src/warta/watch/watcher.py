"""The watch loop: poll sources, fetch new pages, ingest them, update the corpus, emit alerts.

One poll: finish any batch a crash cut short; read every source (conditional GET; a sitemap
index's sitemaps too); fetch the pages they list that are new or changed, politely (at most
`max_pages` a poll; the rest wait for the next one); store them; update the corpus; compute the
alerts; write each alert to every output, then mark it sent. Progress is kept in the store
(warta.watch.state), so a watcher stopped by Ctrl-C, or killed, resumes where it was: pages
already stored are never stored twice and alerts already recorded are never recorded twice.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from warta.errors import WartaError, bounded
from warta.fetcher import Fetcher, FetchPolicy, is_page_type, to_page, update_corpus
from warta.watch import state
from warta.watch.alerts import compute_alerts
from warta.watch.sources import read_source

DEFAULT_INTERVAL_S = 300.0
DEFAULT_MAX_PAGES = 100


@dataclass
class PollReport:
    """What one poll did."""

    sources: int = 0
    source_errors: int = 0
    listed: int = 0  # pages the sources listed that were new or changed
    fetched: int = 0  # pages received and decoded
    stored: int = 0  # new articles or versions
    failed: int = 0
    not_modified: int = 0
    alerts: list[dict] = field(default_factory=list)
    stopped: bool = False

    def line(self) -> str:
        return (f"sources {self.sources} ({self.source_errors} failed), listed {self.listed}, fetched {self.fetched},"
                f" stored {self.stored}, failed {self.failed}, unchanged {self.not_modified},"
                f" alerts {len(self.alerts)}")


class JsonlSink:
    """Alerts as JSON Lines on a stream (stdout) or appended to a file (flushed and synced per alert).

    An alert is marked sent once every output has it, so a process killed in between sends it again
    on restart: the file's last line is read first, and an alert already there is not appended twice.
    """

    def __init__(self, path: str | None = None, stream=None):
        self.path = path
        self.stream = stream
        self._last_id = None if path is None else _last_alert_id(path)

    def __call__(self, alert: dict) -> None:
        line = json.dumps(alert, ensure_ascii=False) + "\n"
        if self.path is None:
            out = self.stream or sys.stdout
            out.write(line)
            out.flush()
            return
        import os

        if self._last_id is not None and alert.get("id") == self._last_id:
            return  # written before a crash, not marked sent
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())


def _last_alert_id(path: str, tail: int = 1 << 16):
    """The id of the last whole alert line of a JSON Lines file, or None."""
    try:
        with open(path, "rb") as fh:
            fh.seek(0, 2)
            size = fh.tell()
            fh.seek(max(0, size - tail))
            lines = fh.read().splitlines()
    except OSError:
        return None
    for raw in reversed(lines):
        try:
            return json.loads(raw).get("id")
        except (ValueError, AttributeError):
            continue  # a line cut by the crash
    return None


class WebhookSink:
    """Alerts POSTed as JSON to a URL, tried three times with back-off; a failure is recorded, not raised."""

    webhook = True

    def __init__(self, url: str, policy: FetchPolicy, sleep: Callable[[float], None] = time.sleep):
        import httpx

        self.url = url
        self.sleep = sleep
        self.backoff = policy.backoff_s
        self.client = httpx.Client(timeout=policy.timeout_s, headers={"User-Agent": policy.agent},
                                   follow_redirects=False)

    def __call__(self, alert: dict) -> str | None:
        import httpx

        error = None
        for attempt in range(3):
            try:
                resp = self.client.post(self.url, json=alert)
                if resp.status_code < 300:
                    return None
                error = f"HTTP {resp.status_code}"
            except httpx.HTTPError as exc:
                error = bounded(str(exc) or type(exc).__name__, 200)
            if attempt < 2:
                self.sleep(self.backoff * 2 ** attempt)
        return error

    def close(self) -> None:
        self.client.close()


class Watcher:
    """Follows sources (feeds and sitemaps) into a store.

    Args:
        store: the `warta.Store` to ingest into (watch state lives there too).
        options: ExtractOptions for the pages.
        policy: fetch politeness (FetchPolicy.from_defaults() when None).
        sinks: callables that take each alert (a dict); a webhook sink returns an error or None.
        max_pages: pages fetched in one poll at most.
        kinds: the alert kinds written to the sinks (None: all); every alert is recorded in the store.
        max_age_days: pages a source dates more than this many days ago are not fetched (None: all).
        log: where progress lines go (stderr by default).
    """

    def __init__(self, store, options, *, policy: FetchPolicy | None = None, sinks=(), max_pages: int = DEFAULT_MAX_PAGES,
                 fetcher: Fetcher | None = None, kinds: set[str] | None = None, max_age_days: float | None = None,
                 log: Callable[[str], None] | None = None):
        self.store = store
        self.options = options
        self.fetcher = fetcher or Fetcher(policy or FetchPolicy.from_defaults(max_bytes=options.max_bytes))
        self.sinks = list(sinks)
        self.max_pages = max_pages
        self.kinds = set(kinds) if kinds else None
        self.max_age_days = max_age_days
        self.log = log or (lambda msg: print(f"warta watch: {msg}", file=sys.stderr, flush=True))
        self._stop = threading.Event()

    def add_sources(self, urls: list[str]) -> None:
        state.add_sources(self.store, urls)

    def stop(self) -> None:
        """Ask the loop to stop after the page being fetched (what was fetched is still stored)."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def run(self, interval: float = DEFAULT_INTERVAL_S, *, polls: int | None = None) -> None:
        """Poll every `interval` seconds until `stop()` (or `polls` polls)."""
        done = 0
        while not self.stopping:
            started = time.monotonic()
            report = self.poll()
            self.log(report.line())
            done += 1
            if polls is not None and done >= polls:
                return
            self._stop.wait(max(0.0, interval - (time.monotonic() - started)))

    # -- one poll ------------------------------------------------------------------------------
    def poll(self) -> PollReport:
        report = PollReport()
        self._finish(report)  # a batch a crash cut short
        for src in state.sources(self.store):
            if self.stopping:
                break
            self._read_source(src, report)
        if not self.stopping:
            self._fetch_pages(report)
        self._finish(report)
        self._emit(report)
        report.stopped = self.stopping
        return report

    def _read_source(self, src, report: PollReport, depth: int = 0) -> None:
        report.sources += 1
        result = self.fetcher.get(src.url, etag=src.etag, last_modified=src.last_modified,
                                  max_bytes=self.fetcher.policy.max_bytes)
        if result.not_modified:
            state.source_polled(self.store, src.id, kind=None, etag=None, last_modified=None)
            if src.kind == "sitemapindex":
                for child in state.sources(self.store, parent_id=src.id, top=False):
                    self._read_source(child, report, depth + 1)
            return
        try:
            if result.error:
                raise WartaError(result.error)
            listing = read_source(result.content, max_bytes=self.fetcher.policy.max_bytes, where=src.url)
        except WartaError as exc:
            report.source_errors += 1
            message = bounded(str(exc).removeprefix(f"{src.url}: "))
            state.source_polled(self.store, src.id, kind=None, etag=None, last_modified=None, error=message)
            self.log(f"{bounded(src.url, 200)}: {message}")
            return
        oldest = None
        if self.max_age_days is not None:
            oldest = (datetime.now(UTC) - timedelta(days=self.max_age_days)).date().isoformat()
        due = state.add_items(self.store, src.id, listing.items, oldest=oldest) if listing.items else 0
        report.listed += due
        state.source_polled(self.store, src.id, kind=listing.kind, etag=result.etag,
                            last_modified=result.last_modified, items=len(listing.items),
                            error=None)
        if listing.warning:
            self.log(f"{bounded(src.url, 200)}: {listing.warning}")
        if listing.sitemaps and depth == 0:  # an index of indexes goes no deeper than one level
            children = state.add_sources(self.store, [s.url for s in listing.sitemaps], parent_id=src.id)
            for child in children:
                if self.stopping:
                    return
                self._read_source(child, report, depth + 1)

    def _fetch_pages(self, report: PollReport) -> None:
        """Fetch, extract and store the pages due, one at a time: each is committed with its state as
        soon as it is extracted, so a slow page, Ctrl-C or a kill costs only the page in flight."""
        from warta.extraction import extract_page, failure_reason
        from warta.store.db import content_hash

        for item in state.due_items(self.store, self.max_pages):
            if self.stopping:
                return
            result = self.fetcher.get(item.url, etag=item.etag, last_modified=item.last_modified,
                                      accept=is_page_type)
            t = state.now()
            if result.not_modified:
                report.not_modified += 1
                state.mark_items(self.store, [(item.id, item.feed_id, {"status": "done", "error": None})])
                continue
            page = to_page(result, max_bytes=self.options.max_bytes)
            if hasattr(page, "data"):
                report.fetched += 1
                if page.published is None:
                    page.published = item.published
                try:
                    article = extract_page(page, self.options)
                except Exception as exc:  # noqa: BLE001 - a bad page is an error record, never a crash
                    error = failure_reason(page.source, exc)
                else:
                    stored = self.store.add_articles([article])
                    report.stored += stored.ingested
                    # a page already stored (a duplicate) is found by its content
                    aid = stored.article_ids[0] if stored.article_ids else \
                        self._ids_by_hash([h := content_hash(article)]).get(h)
                    state.mark_items(self.store, [(item.id, item.feed_id, {
                        "status": "stored", "fetched_at": t, "etag": result.etag, "article_id": aid,
                        "last_modified": result.last_modified, "error": None})])
                    continue
            else:
                error = failure_reason(page.source, page.error)
            report.failed += 1
            status = "skipped" if result.refused else "failed"
            state.mark_items(self.store, [(item.id, item.feed_id, {"status": status, "attempts": item.attempts + 1,
                                                                    "error": error, "fetched_at": t})])
            self.log(f"{bounded(item.url, 200)}: {error}")

    def _ids_by_hash(self, hashes: list[str]) -> dict[str, int]:
        from sqlalchemy import select

        from warta.store import schema as S

        with self.store.engine.connect() as conn:
            return dict(conn.execute(select(S.ArticleRow.content_hash, S.ArticleRow.id)
                                     .where(S.ArticleRow.content_hash.in_(hashes))).all())

    def _finish(self, report: PollReport) -> None:
        """Corpus update and alerts for the pages stored and not finished yet."""
        rows = state.stored_items(self.store)
        if not rows:
            return
        ids = sorted({r.article_id for r in rows if r.article_id is not None})
        update_corpus(self.store, ids)
        with self.store.engine.connect() as conn:
            alerts = compute_alerts(conn, ids)
        state.finish_batch(self.store, [r.id for r in rows], alerts)

    def _emit(self, report: PollReport) -> None:
        """Write every alert not yet sent to each output; then mark it sent."""
        for row in state.pending_alerts(self.store):
            record = state.alert_record(row)
            webhook_error = None
            if self.kinds is not None and record["kind"] not in self.kinds:
                state.alert_emitted(self.store, row.id)  # kept in the store (the web page shows it), not written
                continue
            for sink in self.sinks:
                outcome = sink(record)
                if getattr(sink, "webhook", False) and outcome:
                    webhook_error = outcome
                    self.log(f"webhook failed for alert {row.id}: {outcome}")
            state.alert_emitted(self.store, row.id, webhook_error)
            report.alerts.append(record)

    def close(self) -> None:
        self.fetcher.close()
        for sink in self.sinks:
            if hasattr(sink, "close"):
                sink.close()
