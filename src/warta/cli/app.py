"""The Typer application object and the option aliases shared by commands."""

from __future__ import annotations

from typing import Annotated

import typer

app = typer.Typer(
    name="warta",
    help="Who said what, citing whom, with which numbers — and where the sources disagree.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: $WARTA_DB or sqlite:///warta.db)"),
]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="Output format")]
LangOption = Annotated[str, typer.Option("--lang", help="auto, id or en")]
TimeBudgetOption = Annotated[
    float | None,
    typer.Option("--time-budget", help="Seconds one page may take before it is stopped and skipped (0: no limit)"),
]
MemoryBudgetOption = Annotated[
    float | None,
    typer.Option("--memory-budget", help="MB the process may grow by during one page before it is stopped (0: no limit)"),
]
