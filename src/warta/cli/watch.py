"""Live commands: fetch (pages over HTTP) and watch (follow feeds and sitemaps, alert on changes)."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import Annotated

import typer

from warta.cli.app import DbOption, LangOption, app, format_option
from warta.errors import WartaError

FetchFormat = format_option("jsonl", "json", "table")
StatusFormat = format_option("table", "jsonl")
DelayOption = Annotated[float | None, typer.Option("--delay", min=0.0, help="Seconds between two requests to one "
                                                   "host [default: 1.0, or the site's Crawl-delay when longer]")]
TimeoutOption = Annotated[float | None, typer.Option("--timeout", min=0.1, help="Seconds one request may take "
                                                     "[default: 20]")]


def _fail(message: str, code: int = 1):
    typer.echo(f"warta: {message}", err=True)
    raise typer.Exit(code)


def _options(lang):
    from warta.options import load_options

    try:
        return load_options(lang=lang)
    except WartaError as exc:
        _fail(str(exc), exc.exit_code)


def _policy(options, delay, timeout):
    from warta.fetcher import FetchPolicy

    return FetchPolicy.from_defaults(max_bytes=options.max_bytes, delay_s=delay, timeout_s=timeout)


@app.command()
def fetch(
    urls: Annotated[list[str], typer.Argument(metavar="URL...", help="http(s) addresses of news pages")],
    db: Annotated[str | None, typer.Option("--db", metavar="URL", help="Store the pages in this database (and "
                                           "update its stories and conflicts) instead of printing them")] = None,
    fmt: FetchFormat = "jsonl",
    lang: LangOption = None,
    delay: DelayOption = None,
    timeout: TimeoutOption = None,
) -> None:
    """Fetch news pages over HTTP, politely (robots.txt, a delay per host), and extract them.

    Example: warta fetch https://example.org/news/1 --format table
    """
    from warta.errors import bounded
    from warta.extraction import extract_pages
    from warta.fetcher import Fetcher, fetch_pages, store_articles
    from warta.models import Article, ExtractError
    from warta.render import render

    options = _options(lang)
    counts = {"ok": 0, "failed": 0}
    stored: list[Article] = []

    def records():
        with Fetcher(_policy(options, delay, timeout)) as fetcher:
            for rec in extract_pages(fetch_pages(urls, fetcher=fetcher, max_bytes=options.max_bytes), options):
                if isinstance(rec, ExtractError):
                    counts["failed"] += 1
                    typer.echo(f"warta: {bounded(rec.source or '-', 200)}: {rec.error}", err=True)
                else:
                    counts["ok"] += 1
                    stored.append(rec)
                yield rec

    if db is None:
        render(records(), fmt)
    else:
        from warta.cli.corpus import _store

        for _rec in records():
            pass
        with _store(db, create=True) as store:
            report = store_articles(store, stored)
        typer.echo(f"fetched {counts['ok']}, failed {counts['failed']}; stored {report.ingested}, "
                   f"duplicates {report.duplicates}" + (f", updated {report.updated} (new versions)"
                                                       if report.updated else ""), err=True)
    if counts["ok"] == 0:
        raise typer.Exit(1)


def _read_sources_file(path: str) -> list[str]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        _fail(f"{path}: cannot read ({exc.strerror})", 2)
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def _print_status(store, fmt: str) -> None:
    import json

    from warta.watch.state import health

    rows = health(store)
    if not rows:
        typer.echo("warta watch: no sources yet: `warta watch URL...` adds them", err=True)
        return
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    from warta.cli.corpus import _table

    _table("watched sources", ["id", "source", "kind", "ok", "last success", "last error", "polls", "errors",
                               "pages", "failed", "waiting", "too old"],
           [[r["id"], ("  ↳ " if r["parent_id"] else "") + r["url"], r["kind"] or "?",
             "yes" if r["ok"] else "NO", r["last_success"] or "never",
             f"{r['last_error_at']}: {r['last_error']}" if r["last_error"] else "", r["polls"], r["errors"],
             r["pages_fetched"], r["pages_failed"], r["waiting"], r["too_old"]] for r in rows],
           ratios={"source": 3, "last error": 3})


@app.command()
def watch(
    sources: Annotated[list[str] | None, typer.Argument(metavar="[URL...]", help="RSS/Atom feeds or XML sitemaps "
                                                         "(sitemap indexes and news sitemaps too) to follow")] = None,
    sources_file: Annotated[str | None, typer.Option("--sources", metavar="FILE",
                                                     help="A file of source URLs, one a line (# comments)")] = None,
    db: DbOption = None,
    interval: Annotated[float, typer.Option("--interval", min=1.0, help="Seconds between two polls")] = 300.0,
    once: Annotated[bool, typer.Option("--once", help="Poll once and stop (for cron)")] = False,
    alerts_file: Annotated[str | None, typer.Option("--alerts", metavar="FILE",
                                                    help="Also append alerts (JSON Lines) to this file")] = None,
    webhook: Annotated[str | None, typer.Option("--webhook", metavar="URL",
                                                help="Also POST each alert as JSON to this URL")] = None,
    status: Annotated[bool, typer.Option("--status", help="Print each source's health and stop")] = False,
    fmt: StatusFormat = "table",
    max_pages: Annotated[int, typer.Option("--max-pages", min=1, help="Pages fetched per poll at most")] = 100,
    max_age: Annotated[float | None, typer.Option("--max-age", metavar="DAYS", min=0.0, help="Leave out pages the "
                                                  "source dates more than DAYS days ago (a big sitemap's archive)")] = None,
    kinds: Annotated[str | None, typer.Option("--kinds", metavar="KIND,...", help="Write only these alert kinds: "
                                              "new_story, new_question, disagreement, revision [default: all]")] = None,
    lang: LangOption = None,
    delay: DelayOption = None,
    timeout: TimeoutOption = None,
) -> None:
    """Follow feeds and sitemaps: fetch new pages, update stories and conflicts, print alerts (JSON Lines).

    Sources given once are remembered in the store: `warta watch --db URL` resumes them.
    Example: warta watch https://example.org/rss --db sqlite:///news.db --interval 120 --alerts alerts.jsonl
    """
    from warta.cli.corpus import _store
    from warta.watch import JsonlSink, Watcher, WebhookSink
    from warta.watch.state import ALERT_KINDS
    from warta.watch.state import sources as known_sources

    wanted = {k.strip() for k in kinds.split(",") if k.strip()} if kinds else None
    if wanted and not wanted <= set(ALERT_KINDS):
        _fail(f"unknown alert kind {', '.join(sorted(wanted - set(ALERT_KINDS)))}: use {', '.join(ALERT_KINDS)}", 2)
    urls = list(sources or [])
    if sources_file:
        urls += _read_sources_file(sources_file)
    with _store(db, create=not status) as store:
        if status:
            _print_status(store, fmt)
            return
        options = _options(lang)
        policy = _policy(options, delay, timeout)
        sinks = [JsonlSink()]
        if alerts_file:
            sinks.append(JsonlSink(alerts_file))
        if webhook:
            sinks.append(WebhookSink(webhook, policy))
        watcher = Watcher(store, options, policy=policy, sinks=sinks, max_pages=max_pages, kinds=wanted,
                          max_age_days=max_age)
        try:
            if urls:
                watcher.add_sources(urls)
            if not known_sources(store):
                _fail("nothing to watch: give feed or sitemap URLs, or --sources FILE", 2)

            def on_signal(signum, _frame):
                if watcher.stopping:  # a second Ctrl-C: stop now (the store stays consistent)
                    raise KeyboardInterrupt
                typer.echo("warta watch: stopping after the current page (Ctrl-C again to stop now)", err=True)
                watcher.stop()

            signal.signal(signal.SIGINT, on_signal)
            signal.signal(signal.SIGTERM, on_signal)
            try:
                watcher.run(interval, polls=1 if once else None)
            except KeyboardInterrupt:
                typer.echo("warta watch: stopped", err=True)
        finally:
            watcher.close()
