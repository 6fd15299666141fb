"""`warta serve`: the web UI and JSON API over a store."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from warta.cli.app import DbOption, app


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", metavar="HOST", help="Interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port")] = 8000,
    allow_ingest: Annotated[
        bool, typer.Option("--allow-ingest", help="Accept POST /api/articles (otherwise read-only)")
    ] = False,
    token: Annotated[str | None, typer.Option(
        "--token", envvar="WARTA_TOKEN", show_envvar=True,
        help="Secret a client sends (Authorization: Bearer TOKEN) to store pages from anywhere and new "
             "versions of stored ones")] = None,
    allowed_host: Annotated[list[str] | None, typer.Option(
        "--allowed-host", help="A Host name to serve besides loopback and --host (repeat it; '*' for any)")] = None,
    max_body: Annotated[
        int, typer.Option("--max-body", min=1, metavar="BYTES", help="Largest request body in bytes (413 above it)")
    ] = 5_000_000,
    extract_budget: Annotated[float, typer.Option(
        "--extract-budget", min=0.1, help="Seconds one posted page may take (503 after; the work stops)")] = 30.0,
    extract_workers: Annotated[int, typer.Option(
        "--extract-workers", min=1, max=64, help="Posted pages analysed at once (worker processes)")] = 1,
) -> None:
    """Serve the web UI and JSON API over a store.

    Example: warta serve --db sqlite:///news.db
    """
    import uvicorn

    from warta.api.app import create_app
    from warta.api.security import allowed_hosts_for
    from warta.cli.corpus import _missing_database
    from warta.store.db import resolve_url

    missing = None if allow_ingest else _missing_database(resolve_url(db))
    if missing:  # read-only: serving a fresh empty store would only hide a typo in --db
        typer.echo(f"warta: no database at {missing}: check --db or $WARTA_DB, or create it with "
                   f"`warta ingest PATH... --db {resolve_url(db)}`", err=True)
        raise typer.Exit(2)

    if allow_ingest and not _is_loopback(host) and not token:
        typer.echo(f"warning: --allow-ingest on {host} without --token lets any program that can reach it "
                   "write to the store (browsers on other sites cannot)", err=True)
    hosts = allowed_hosts_for(host, allowed_host or [])
    application = create_app(db, allow_ingest=allow_ingest, max_body=max_body, token=token or "",
                             allowed_hosts=hosts, extract_budget=extract_budget, extract_workers=extract_workers)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"warta: serving on http://{shown}:{port}/ for Host {', '.join(hosts)} (Ctrl-C to stop)", err=True)
    uvicorn.run(application, host=host, port=port, log_level="warning", proxy_headers=False,
                server_header=False)
