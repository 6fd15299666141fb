"""Single-article commands: extract, eval, schema."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from warta.cli.app import LangOption, MemoryBudgetOption, TimeBudgetOption, WideOption, app, format_option
from warta.errors import WartaError
from warta.models import ExtractError

ExtractFormat = format_option("jsonl", "json", "table")


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...",
                                               help="Files, directories (recursive), globs, or - for stdin")],
    fmt: ExtractFormat = "jsonl",
    lang: LangOption = None,
    no_text: Annotated[bool, typer.Option("--no-text", help="Leave the `text` field out of the records")] = False,
    max_bytes: Annotated[
        int | None, typer.Option("--max-bytes", metavar="BYTES", help="Refuse inputs larger than this (default 20 MB)")
    ] = None,
    time_budget: TimeBudgetOption = None,
    memory_budget: MemoryBudgetOption = None,
    wide: WideOption = False,
) -> None:
    """Extract articles from news pages.

    Example: warta extract page.html --format table
    """
    from warta.errors import bounded
    from warta.extraction import extract_paths
    from warta.options import load_options
    from warta.render import render

    try:
        options = load_options(lang=lang, include_text=False if no_text else None, max_bytes=max_bytes,
                               time_budget_s=time_budget, memory_budget_mb=memory_budget)
    except WartaError as exc:  # e.g. WARTA_LANG names a language warta has no resources for
        _fail(str(exc), code=exc.exit_code)
    counts = {"ok": 0, "failed": 0}

    def records() -> Iterator:
        for record in extract_paths(paths, options):
            if isinstance(record, ExtractError):
                counts["failed"] += 1
                typer.echo(f"warta: {bounded(record.source or '-', 200)}: {record.error}", err=True)
            else:
                counts["ok"] += 1
            yield record

    render(records(), fmt, wide=wide)
    if counts["ok"] == 0:
        if counts["failed"] == 0:
            _fail(NO_INPUT, code=2)
        raise typer.Exit(1)


NO_INPUT = "no input pages found: give files, directories, globs or - for stdin"


@app.command("eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(metavar="GOLD_DIR", help="Directory of NAME.txt + NAME.gold.json "
                                                                     "pairs (and optionally stories*.json)")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of a table")] = False,
    lang: LangOption = None,
) -> None:
    """Score extraction against gold pages, and stories and conflicts when there are stories*.json.

    Definitions are in docs/eval.md.

    Example: warta eval gold/ --json
    """
    from warta.evaluate import evaluate_dir, metrics_rows

    if not gold_dir.is_dir():
        _fail(f"{gold_dir} is not a directory of NAME.txt + NAME.gold.json pairs", code=2)
    try:
        result = evaluate_dir(gold_dir, lang=lang)
    except WartaError as exc:
        _fail(str(exc), code=exc.exit_code)
    if not result["cases"] and "stories_pairwise" not in result:
        _fail(f"no NAME.gold.json files (or stories*.json) under {gold_dir}", code=2)
    if as_json:
        typer.echo(json.dumps(result))
        return
    from rich.console import Console
    from rich.table import Table

    from warta.render import console_width

    table = Table(title=f"eval: {gold_dir} ({result['cases']} pages)")
    for col in ("metric", "P", "R", "F1 / acc", "counts"):
        table.add_column(col, justify="left" if col in ("metric", "counts") else "right")
    for row in metrics_rows(result):
        table.add_row(*row)
    Console(width=console_width(sys.stdout)).print(table)
    if result["missing"]:
        typer.echo(f"no prediction for: {', '.join(result['missing'])}")


@app.command()
def schema(
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write to this file")] = None,
) -> None:
    """Print the JSON Schema of the article records (schema/article.schema.json)."""
    from warta.contract import article_schema_json

    text = article_schema_json()
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _fail(message: str, *, code: int = 1) -> None:
    typer.echo(f"warta: {message}", err=True)
    raise typer.Exit(code)
