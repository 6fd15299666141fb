"""`warta versions`: the history of an article whose page changed (corrections, updates)."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from warta.cli.app import DbOption, FormatOption, app


@app.command()
def versions(
    article: Annotated[str, typer.Argument(help="An article id, or its URL / source as ingested")],
    db: DbOption = None,
    fmt: FormatOption = "table",
) -> None:
    """Every version of an article, oldest first, with the figures each changed.

    Example: warta versions https://example.org/news/123 --db sqlite:///news.db
    """
    from sqlalchemy import or_, select

    from warta.cli.corpus import _check_format, _fail, _store, _table
    from warta.store import schema as S

    _check_format(fmt)
    with _store(db) as store:
        aid = int(article) if article.isdigit() else None
        if aid is None:
            with store.engine.connect() as conn:
                aid = conn.execute(select(S.ArticleRow.id).where(
                    or_(S.ArticleRow.version_key == article, S.ArticleRow.url == article,
                        S.ArticleRow.source == article)).order_by(S.ArticleRow.id.desc()).limit(1)).scalar()
        found = store.article_versions(aid) if aid is not None else []
    if not found:
        _fail(f"no article {article!r} in the store", code=1)
    if fmt == "jsonl":
        for v in found:
            typer.echo(json.dumps(v.model_dump(), ensure_ascii=False))
        return
    _table(f"versions of {article}", ["id", "version", "current", "stored", "title", "figures changed"],
           [[v.id, v.version, "yes" if v.current else "", v.ingested_at, v.title,
             " → ".join(x for x in (", ".join(v.removed_figures), ", ".join(v.added_figures)) if x)]
            for v in found])
