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
    max_body: Annotated[
        int, typer.Option("--max-body", min=1, metavar="BYTES", help="Largest request body in bytes (413 above it)")
    ] = 5_000_000,
) -> None:
    """Serve the web UI and JSON API over a store.

    Example: warta serve --db sqlite:///news.db
    """
    import uvicorn

    from warta.api.app import create_app
    from warta.cli.corpus import _missing_database
    from warta.store.db import resolve_url

    missing = None if allow_ingest else _missing_database(resolve_url(db))
    if missing:  # read-only: serving a fresh empty store would only hide a typo in --db
        typer.echo(f"warta: no database at {missing}: check --db or $WARTA_DB, or create it with "
                   f"`warta ingest PATH... --db {resolve_url(db)}`", err=True)
        raise typer.Exit(2)

    if allow_ingest and not _is_loopback(host):
        typer.echo(f"warning: --allow-ingest on {host} lets anyone who can reach it write to the store; "
                   "there is no authentication", err=True)
    application = create_app(db, allow_ingest=allow_ingest, max_body=max_body)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"warta: serving on http://{shown}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(application, host=host, port=port, log_level="warning", proxy_headers=False,
                server_header=False)
