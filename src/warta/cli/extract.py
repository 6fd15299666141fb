"""Single-article commands: extract, eval, schema."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from warta.cli.app import FormatOption, LangOption, MemoryBudgetOption, TimeBudgetOption, app
from warta.models import ExtractError


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive), globs, or - for stdin")],
    fmt: FormatOption = "jsonl",
    lang: LangOption = "auto",
    no_text: Annotated[bool, typer.Option("--no-text", help="Leave Article.text out of the records")] = False,
    max_bytes: Annotated[
        int | None, typer.Option("--max-bytes", help="Refuse inputs larger than this (default 20 MB)")
    ] = None,
    time_budget: TimeBudgetOption = None,
    memory_budget: MemoryBudgetOption = None,
) -> None:
    """Extract articles from news pages.

    Example: warta extract page.html --format table
    """
    from warta.errors import bounded
    from warta.extraction import extract_paths
    from warta.options import load_options
    from warta.render import RENDERERS, render

    if fmt not in RENDERERS:
        _fail(f"unknown format {fmt!r}: use one of {', '.join(RENDERERS)}", code=2)
    options = load_options(lang=lang, include_text=False if no_text else None, max_bytes=max_bytes,
                           time_budget_s=time_budget, memory_budget_mb=memory_budget)
    counts = {"ok": 0, "failed": 0}

    def records() -> Iterator:
        for record in extract_paths(paths, options):
            if isinstance(record, ExtractError):
                counts["failed"] += 1
                typer.echo(f"warta: {bounded(record.source or '-', 200)}: {record.error}", err=True)
            else:
                counts["ok"] += 1
            yield record

    render(records(), fmt)
    if counts["ok"] == 0:
        if counts["failed"] == 0:
            _fail("no input pages found: give files, directories, globs or - for stdin", code=2)
        raise typer.Exit(1)


@app.command("eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Directory of NAME.txt + NAME.gold.json pairs")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object")] = False,
    lang: LangOption = "auto",
) -> None:
    """Score extraction against gold annotations (same metrics as the shared scorer)."""
    from warta.evaluate import evaluate_dir, format_metrics

    if not gold_dir.is_dir():
        _fail(f"{gold_dir} is not a directory of NAME.txt + NAME.gold.json pairs", code=2)
    result = evaluate_dir(gold_dir, lang=lang)
    if as_json:
        typer.echo(json.dumps(result))
    else:
        typer.echo(format_metrics(result))


@app.command()
def schema(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file")] = None,
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
