"""The batch command: resumable, sharded extraction to JSONL, locally or on a Dask cluster."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

import typer

from warta.cli.app import LangOption, MemoryBudgetOption, TimeBudgetOption, app


@app.command()
def batch(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...",
                                               help="Files, directories, globs, JSONL/WARC/RSS feeds")],
    output: Annotated[Path, typer.Option("--output", "-o", metavar="DIR",
                                         help="Folder for articles/, stats/ and done/")],
    shards: Annotated[int, typer.Option("--shards", min=1, help="Number of shards")] = 4,
    executor: Annotated[Literal["local", "dask"], typer.Option("--executor", help="Where shards run")] = "local",
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", metavar="ADDR",
                                 help="Dask scheduler address (default: a local cluster)")
    ] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", min=1,
                                 help="Local Dask worker processes (default: threads of one process)")
    ] = None,
    db: Annotated[
        str | None, typer.Option("--db", metavar="URL",
                                 help="Also store the articles, every shard at once (PostgreSQL for several "
                                      "machines), then update stories and conflicts")
    ] = None,
    lang: LangOption = None,
    time_budget: TimeBudgetOption = None,
    memory_budget: MemoryBudgetOption = None,
) -> None:
    """Extract many pages in resumable shards: OUTPUT/articles/NNNNN.jsonl per shard.

    A shard that finished is skipped when the command runs again, so after a crash a re-run
    does only the missing shards. With --db each shard also stores its articles as it goes (and
    a re-run stores nothing twice). Example: warta batch crawl/ -o out/ --shards 8 --executor dask
    --db postgresql+psycopg://warta@db/news
    """
    from warta.batch.executors import DaskExecutor, LocalExecutor
    from warta.batch.steps import ExtractRecords, ReadPages, StoreArticles, WriteJsonl
    from warta.io.readers import iter_input_paths
    from warta.options import load_options

    inputs = sorted(iter_input_paths(paths))
    if not inputs:
        typer.echo("warta: no input pages found: give files, directories or globs", err=True)
        raise typer.Exit(2)
    from warta.errors import WartaError

    try:
        options = load_options(lang=lang, time_budget_s=time_budget, memory_budget_mb=memory_budget)
    except WartaError as exc:  # WARTA_LANG names a language warta has no resources for
        typer.echo(f"warta: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    out = str(output)

    url = None
    if db is not None:
        from warta.store.db import Store, resolve_url

        url = resolve_url(db)
        try:  # created (and migrated) once here, not by every shard at once
            Store(url).close()
        except WartaError as exc:
            typer.echo(f"warta: {exc}", err=True)
            raise typer.Exit(exc.exit_code) from None

    def steps() -> list:
        store = [StoreArticles(url)] if url else []
        return [ReadPages(max_bytes=options.max_bytes), ExtractRecords(options), *store, WriteJsonl(out)]

    runner = (
        DaskExecutor(output, shards=shards, scheduler=scheduler, workers=workers)
        if executor == "dask"
        else LocalExecutor(output, shards=shards)
    )
    results = runner.run(inputs, steps)
    done = [r for r in results if not r.get("skipped")]
    extracted = sum(r.get("extract", {}).get("extracted", 0) for r in done)
    failed = sum(r.get("extract", {}).get("failed", 0) for r in done)
    summary = {
        "inputs": len(inputs),
        "shards": shards,
        "shards_run": len(done),
        "shards_already_done": len(results) - len(done),
        "extracted": extracted,
        "failed": failed,
        "output": str(output / "articles"),
    }
    if url:
        from warta.store.db import Store

        with Store(url) as store:  # a no-op when the last shard's update took everything in
            store.update_corpus()
            summary["stored"] = sum(r.get("store", {}).get("ingested", 0) for r in done)
            summary["articles_in_store"] = store.count_articles()
            summary["stories"] = store.list_stories(per_page=1).total
            summary["conflicts"] = store.count_conflicts()
    typer.echo(json.dumps(summary))
