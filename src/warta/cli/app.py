"""The Typer application object, the option aliases shared by commands, and the help layout."""

from __future__ import annotations

from typing import Annotated, Literal

import typer
import typer.core

from warta.lang.base import supported_languages

app = typer.Typer(
    name="warta",
    help="Who said what, citing whom, with which numbers — and where the sources disagree.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

LANGS = ("auto", *supported_languages())
Lang = Literal[LANGS]  # type: ignore[valid-type]  # choices come from the language registry

DbOption = Annotated[
    str | None,
    typer.Option("--db", metavar="URL", help="Database URL (default: $WARTA_DB or sqlite:///warta.db)"),
]
# Default None: $WARTA_LANG, else defaults.toml (auto), applies unless --lang is given.
LangOption = Annotated[
    Lang | None,  # type: ignore[valid-type]
    typer.Option("--lang", show_default=False,
                 help="Language of the pages; auto identifies it per page [default: $WARTA_LANG or auto]"),
]
WideOption = Annotated[bool, typer.Option("--wide", help="Never cut cells: wrap every text in full")]


def format_option(*choices: str) -> object:
    """A --format/-f option that accepts exactly `choices` (listed in --help)."""
    return Annotated[Literal[choices], typer.Option("--format", "-f", help="Output format")]  # type: ignore[valid-type]


FormatOption = format_option("table", "jsonl")  # the corpus commands' formats
TimeBudgetOption = Annotated[
    float | None,
    typer.Option("--time-budget", help="Seconds one page may take before it is stopped and skipped (0: no limit)"),
]
MemoryBudgetOption = Annotated[
    float | None,
    typer.Option("--memory-budget", help="MB the process may grow by during one page before it is stopped (0: no limit)"),
]


# Typer (0.2x) prints Python type names as metavars (`<str>`, `<bool>` after a flag, `{paths}...`).
# Show what click shows instead: TEXT / INTEGER / [a|b] for values, nothing for flags, PATHS... for
# arguments. The originals stay in place when a Typer release renames these hooks.
_TYPE_NAMES = {"str": "TEXT", "int": "INTEGER", "int range": "INTEGER", "float range": "NUMBER", "float": "NUMBER", "path": "PATH", "bool": "", "datetime": "DATE"}


def _label(raw: str | None) -> str | None:
    if not raw:
        return None
    inner = raw.strip("<>").removesuffix("...")
    if inner.startswith("list[") and inner.endswith("]"):
        inner = inner[5:-1]
    if "|" in inner:
        return f"[{inner}]"
    return _TYPE_NAMES.get(inner, inner.upper()) or None


def _option_type(self, ctx) -> str | None:
    if self.metavar is not None:
        return self.metavar
    if self.is_flag or self.count:
        return None
    return _label(typer.core.TyperOption.display_type(self, ctx))


def _argument_usage(self) -> str:
    name = self.metavar or (self.name or "").upper() + ("..." if self.nargs != 1 else "")
    return name if self.required else f"[{name}]"


if all(hasattr(typer.core.TyperOption, a) for a in ("display_type_rich", "display_type")):
    typer.core.TyperOption.display_type_rich = _option_type
if all(hasattr(typer.core.TyperArgument, a) for a in ("display_type_rich", "_usage_display_name")):
    typer.core.TyperArgument.display_type_rich = lambda self, ctx: None  # its metavar says what it is
    typer.core.TyperArgument._usage_display_name = _argument_usage
