"""The batch command: resumable, sharded extraction to JSONL, locally or on a Dask cluster."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from warta.cli.app import LangOption, MemoryBudgetOption, TimeBudgetOption, app

EXECUTORS = ("local", "dask")


@app.command()
def batch(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, JSONL/WARC/RSS feeds")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for articles/, stats/ and done/")],
    shards: Annotated[int, typer.Option("--shards", min=1, help="Number of shards")] = 4,
    executor: Annotated[str, typer.Option("--executor", help="local or dask")] = "local",
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address (default: a local cluster)")
    ] = None,
    lang: LangOption = "auto",
    time_budget: TimeBudgetOption = None,
    memory_budget: MemoryBudgetOption = None,
) -> None:
    """Extract many pages in resumable shards: OUTPUT/articles/NNNNN.jsonl per shard.

    A shard that finished is skipped when the command runs again, so after a crash a re-run
    does only the missing shards. Example: warta batch crawl/ -o out/ --shards 8 --executor dask
    """
    from warta.batch.executors import DaskExecutor, LocalExecutor
    from warta.batch.steps import ExtractRecords, ReadPages, WriteJsonl
    from warta.io.readers import iter_input_paths
    from warta.options import load_options

    if executor not in EXECUTORS:
        typer.echo(f"warta: unknown executor {executor!r}: use local or dask", err=True)
        raise typer.Exit(2)
    inputs = sorted(iter_input_paths(paths))
    if not inputs:
        typer.echo("warta: no input pages found: give files, directories or globs", err=True)
        raise typer.Exit(2)
    options = load_options(lang=lang, time_budget_s=time_budget, memory_budget_mb=memory_budget)
    out = str(output)

    def steps() -> list:
        return [ReadPages(max_bytes=options.max_bytes), ExtractRecords(options), WriteJsonl(out)]

    runner = (
        DaskExecutor(output, shards=shards, scheduler=scheduler)
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
    typer.echo(json.dumps(summary))
