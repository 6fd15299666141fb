"""Article → output: JSON Lines, a JSON array, or a readable terminal view (Rich).

Renderers are looked up by name (`RENDERERS`); each takes an iterable of records and a stream.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from typing import TextIO

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from warta.models import Article, ExtractError

Record = Article | ExtractError


def to_json(record: Record, *, indent: int | None = None) -> str:
    return record.model_dump_json(indent=indent)


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
        out.write(json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=2))
    out.write("\n]\n")


def _short(text: str | None, n: int = 70) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def article_view(article: Article) -> Group:
    """The terminal view of one article: header, body, removed lines, findings."""
    parts: list = []
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
            quotes.add_row(q.kind, q.speaker or "?", q.cue or "", " ← ".join(q.via), _short(q.text, 60))
        parts.append(quotes)

    if article.claims:
        claims = Table(title="claims", expand=True)
        for col in ("source", "via", "stance", "claim", "figure", "evidence"):
            claims.add_column(col)
        for c in article.claims:
            figure = "" if c.value is None else f"{c.value:,.0f} {c.unit or ''}".strip()
            about = " ".join(x for x in (c.subject, c.predicate, c.object) if x)
            claims.add_row(
                c.source or "?",
                " ← ".join(c.via),
                c.stance + (" (hedged)" if c.hedged else ""),
                about,
                figure,
                _short(c.evidence, 50),
            )
        parts.append(claims)

    if article.quantities:
        qty = Table(title="quantities", expand=True)
        for col in ("text", "value", "unit", "category", "approx"):
            qty.add_column(col)
        for q in article.quantities:
            value = f"{q.value:,.2f}".rstrip("0").rstrip(".")
            if q.upper is not None:
                value += f"–{q.upper:,.0f}"
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


def render_table(records: Iterable[Record], out: TextIO) -> None:
    console = Console(file=out, soft_wrap=False, width=None if out.isatty() else 120)
    for record in records:
        if isinstance(record, ExtractError):
            console.print(Text(f"{record.source}: error: {record.error}", style="red"))
        else:
            console.print(article_view(record))


RENDERERS: dict[str, Callable[[Iterable[Record], TextIO], None]] = {
    "jsonl": render_jsonl,
    "json": render_json,
    "table": render_table,
}


def render(records: Iterable[Record], fmt: str, out: TextIO | None = None) -> None:
    """Write records in the named format."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(RENDERERS)}") from None
    renderer(records, out or sys.stdout)
