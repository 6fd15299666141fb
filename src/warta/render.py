"""Article → output: JSON Lines, a JSON array, or a readable terminal view (Rich).

Renderers are looked up by name (`RENDERERS`); each takes an iterable of records and a stream.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable
from typing import TextIO

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from warta.models import Article, ExtractError

Record = Article | ExtractError


PIPE_WIDTH = 160  # when output is not a terminal and $COLUMNS is unset: wide enough for `| less -S`
CUT_AT = 160  # characters of a quote or evidence shown in a table cell unless --wide


def _omit(record: Record) -> set[str] | None:
    """Fields left out of the JSON: `text` when it was not carried (--no-text), not a bare ""."""
    return {"text"} if isinstance(record, Article) and not record.text else None


def to_json(record: Record, *, indent: int | None = None) -> str:
    return record.model_dump_json(indent=indent, exclude=_omit(record))


def console_width(out: TextIO) -> int | None:
    """None (the terminal's own width) on a terminal; else $COLUMNS, else PIPE_WIDTH."""
    try:
        if out.isatty():
            return None
    except (AttributeError, ValueError):
        pass
    try:
        return max(40, int(os.environ.get("COLUMNS", "")))
    except ValueError:
        return PIPE_WIDTH


def cut(text: str | None, n: int = CUT_AT) -> str:
    """`text` on one line, cut at the last word boundary before `n` characters with "…"."""
    text = " ".join((text or "").split())
    if len(text) <= n:
        return text
    head = text[: n - 1]
    space = head.rfind(" ")
    if space > n // 2:
        head = head[:space]
    return head.rstrip(" ,;:.—-") + "…"


def format_number(value: float | None, lang: str | None = None) -> str:
    """A figure as readers of the page's language write it: 12.000 / 1,5 (id), 12,000 / 1.5 (en)."""
    if value is None:
        return ""
    from warta.lang.base import get_resources

    res = get_resources(lang) if lang else None
    decimal, group = (res.decimal_mark, res.group_mark) if res else (".", ",")
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.translate(str.maketrans({",": group, ".": decimal}))


def render_jsonl(records: Iterable[Record], out: TextIO) -> None:
    for record in records:
        out.write(to_json(record))
        out.write("\n")
        out.flush()


def render_json(records: Iterable[Record], out: TextIO) -> None:
    """A JSON array, written as records arrive so a long run streams."""
    out.write("[")
    for i, record in enumerate(records):
        out.write(",\n" if i else "\n")
        out.write(json.dumps(record.model_dump(mode="json", exclude=_omit(record)), ensure_ascii=False, indent=2))
    out.write("\n]\n")


def article_view(article: Article, *, wide: bool = False) -> Group:
    """The terminal view of one article: header, body, removed lines, findings. Long quotes and
    evidence are cut at a word with "…" unless `wide`; cells wrap at words either way."""
    parts: list = []
    lang = article.language

    def _short(text: str | None, n: int) -> str:
        return " ".join((text or "").split()) if wide else cut(text, n)

    head = Text(article.title or "(no headline)", style="bold")
    meta = []
    if article.dateline.place or article.dateline.outlet:
        meta.append(f"dateline: {article.dateline.place or '-'} / {article.dateline.outlet or '-'}")
    if article.published:
        meta.append(f"published: {article.published}")
    if article.author:
        meta.append(f"by {article.author}")
    meta.append(f"language: {article.language}")
    if article.tags:
        meta.append("tags: " + ", ".join(article.tags))
    head.append("\n" + " · ".join(meta), style="dim")
    parts.append(Panel(head, title=article.source or "article", title_align="left"))

    body = Text()
    for i, para in enumerate(article.paragraphs):
        body.append(("\n\n" if i else "") + para)
    parts.append(Panel(body, title=f"body · {len(article.paragraphs)} paragraphs", title_align="left"))

    if article.removed:
        removed = Table(title="removed (not article text)", show_lines=False, expand=True)
        removed.add_column("reason", style="yellow", no_wrap=True)
        removed.add_column("line")
        for r in article.removed:
            removed.add_row(r.reason, _short(r.text, 90))
        parts.append(removed)

    if article.quotes:
        quotes = Table(title="who said what", expand=True)
        for col in ("kind", "speaker", "cue", "via", "quote"):
            quotes.add_column(col)
        for q in article.quotes:
            quotes.add_row(q.kind, q.speaker or "?", q.cue or "", " ← ".join(q.via), _short(q.text, CUT_AT))
        parts.append(quotes)

    if article.claims:
        claims = Table(title="claims", expand=True)
        for col in ("source", "via", "stance", "claim", "figure", "evidence"):
            claims.add_column(col)
        for c in article.claims:
            figure = "" if c.value is None else f"{format_number(c.value, lang)} {c.unit or ''}".strip()
            about = " ".join(x for x in (c.subject, c.predicate, c.object) if x)
            claims.add_row(
                c.source or "?",
                " ← ".join(c.via),
                c.stance + (" (hedged)" if c.hedged else ""),
                about,
                figure,
                _short(c.evidence, CUT_AT),
            )
        parts.append(claims)

    if article.quantities:
        qty = Table(title="quantities", expand=True)
        for col in ("text", "value", "unit", "category", "approx"):
            qty.add_column(col)
        for q in article.quantities:
            value = format_number(q.value, lang)
            if q.upper is not None:
                value += "–" + format_number(q.upper, lang)
            qty.add_row(q.text, value, q.unit or "", q.category, "≈" if q.approx else "")
        parts.append(qty)

    if article.entities:
        ents = Table(title="entities", expand=True)
        for col in ("type", "name", "aliases", "mentions"):
            ents.add_column(col)
        for e in article.entities:
            ents.add_row(e.type, e.name, ", ".join(e.aliases), str(len(e.mentions)))
        parts.append(ents)

    for w in article.warnings:
        parts.append(Text(f"warning: {w}", style="yellow"))
    return Group(*parts)


def render_table(records: Iterable[Record], out: TextIO, *, wide: bool = False) -> None:
    console = Console(file=out, soft_wrap=False, width=console_width(out))
    for record in records:
        if isinstance(record, ExtractError):
            console.print(Text(f"{record.source}: error: {record.error}", style="red"))
        else:
            console.print(article_view(record, wide=wide))


RENDERERS: dict[str, Callable[[Iterable[Record], TextIO], None]] = {
    "jsonl": render_jsonl,
    "json": render_json,
    "table": render_table,
}


def render(records: Iterable[Record], fmt: str, out: TextIO | None = None, *, wide: bool = False) -> None:
    """Write records in the named format; `wide` shows table cells in full."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(RENDERERS)}") from None
    if fmt == "table":
        renderer(records, out or sys.stdout, wide=wide)
    else:
        renderer(records, out or sys.stdout)
