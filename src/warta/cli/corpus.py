"""Corpus commands: ingest, stories, claims, conflicts, search, entity, export."""

from __future__ import annotations

import csv
import json
import sys
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Annotated, Literal

import typer

from warta.cli.app import (
    DbOption,
    FormatOption,
    LangOption,
    MemoryBudgetOption,
    TimeBudgetOption,
    WideOption,
    app,
    format_option,
)
from warta.search_syntax import SYNTAX as SEARCH_SYNTAX

PathsArg = Annotated[list[str], typer.Argument(metavar="PATH...", help="Files, directories, globs, "
                                                                       ".jsonl/.warc/.rss feeds, or - for stdin")]
TableFormat = FormatOption
ExportFormat = format_option("jsonl", "csv", "parquet")
Stance = Literal["asserts", "denies", "unconfirmed", "refuses_to_confirm", "warns"]


def _fail(message: str, code: int = 1):
    typer.echo(f"warta: {message}", err=True)
    raise typer.Exit(code)


def _missing_database(url: str) -> str | None:
    """The path of a SQLite database file that does not exist, else None."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - a malformed URL is reported by Store() itself
        return None
    path = parsed.database
    if parsed.get_backend_name() != "sqlite" or not path or path == ":memory:" or path.startswith("file:"):
        return None
    return None if Path(path).exists() else path


@contextmanager
def _store(db: str | None, *, create: bool = False):
    """The store for a command. Only `create` (ingest) may make a new database: a read command on
    a missing one (a typo in --db) stops here instead of showing an empty, freshly made store."""
    from warta.errors import WartaError
    from warta.store.db import Store, resolve_url

    url = resolve_url(db)
    missing = None if create else _missing_database(url)
    if missing:
        _fail(f"no database at {missing}: check --db or $WARTA_DB, or create it with "
              f"`warta ingest PATH... --db {url}`", 2)
    try:
        store = Store(db)
    except WartaError as exc:
        _fail(str(exc), exc.exit_code)
    try:
        yield store
    except WartaError as exc:  # e.g. the store stayed busy (another writer) past its timeout
        _fail(str(exc), exc.exit_code)
    finally:
        store.close()


def _check_format(fmt: str, allowed: tuple[str, ...] = ("table", "jsonl")) -> None:
    """For a command whose --format is a plain string (FormatOption already refuses the rest)."""
    if fmt not in allowed:
        _fail(f"unknown format {fmt!r}: use one of {', '.join(allowed)}", code=2)


def _jsonl(records) -> None:
    out = sys.stdout
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


def _console():
    from rich.console import Console

    from warta.render import console_width

    return Console(width=console_width(sys.stdout))


def _table(title: str, columns: list[str], rows: list[list], *, empty: str | None = None,
           ratios: dict[str, int] | None = None) -> None:
    """A table on stdout, as wide as the terminal (or $COLUMNS, else 160 when piped); cells wrap at
    words. Without rows, `empty` (why nothing matched) is printed instead of bare borders."""
    from rich.table import Table

    if not rows and empty:
        _console().print(f"{title}: {empty}", markup=False, highlight=False)
        return
    table = Table(title=title, show_lines=False, expand=bool(ratios))
    for c in columns:  # columns with a ratio share the width the others leave
        table.add_column(c, overflow="fold", ratio=(ratios or {}).get(c))
    for r in rows:
        table.add_row(*["" if v is None else str(v) for v in r])
    _console().print(table)


# How the long columns of claims and conflicts share the width: evidence gets the most.
SHARES = {"evidence": 5, "about": 2, "source": 2, "via": 1, "article": 2}


def _none_found(fmt: str, title: str, why: str) -> None:
    """Say why nothing matched: in place of the table, or on stderr beside empty JSON Lines."""
    if fmt == "jsonl":
        typer.echo(f"warta: {title}: {why}", err=True)
    else:
        _console().print(f"{title}: {why}", markup=False, highlight=False)


def _fmt_value(v):
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def _figure(value, unit: str | None, lang: str | None) -> str:
    from warta.render import format_number

    return "" if value is None else f"{format_number(value, lang)} {unit or ''}".strip()


def _evidence(text: str | None, wide: bool) -> str:
    from warta.render import cut

    return " ".join((text or "").split()) if wide else cut(text, 120)


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOption = None,
    lang: LangOption = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per transaction")] = 100,
    no_progress: Annotated[bool, typer.Option("--no-progress", help="No progress bar")] = False,
    time_budget: TimeBudgetOption = None,
    memory_budget: MemoryBudgetOption = None,
) -> None:
    """Extract news pages and store them; re-ingesting known content is a no-op.

    Example: warta ingest pages/ feed.jsonl --db sqlite:///news.db
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from warta.cli.extract import NO_INPUT
    from warta.corpus.ingest import ingest as run_ingest
    from warta.errors import WartaError, bounded
    from warta.options import load_options

    try:
        options = load_options(lang=lang, time_budget_s=time_budget, memory_budget_mb=memory_budget)
    except WartaError as exc:
        _fail(str(exc), exc.exit_code)
    console = Console(stderr=True)
    with _store(db, create=True) as store:
        progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            console=console, disable=no_progress or not console.is_terminal, transient=True)
        with progress:
            task = progress.add_task("ingest", total=None)
            summary = run_ingest(store, paths, options, batch_size=batch_size,
                                 progress=lambda n: progress.advance(task, n))
    if summary.ingested + summary.duplicates + summary.near_duplicates == 0 and not summary.skipped:
        _fail(NO_INPUT, code=2)  # as `extract` says for the same paths
    console.print(f"ingested {summary.ingested}, duplicates {summary.duplicates}, "
                  f"near-duplicates {summary.near_duplicates}, skipped {len(summary.skipped)}"
                  + (f", updated {summary.updated} (new versions)" if summary.updated else ""))
    for source, reason in summary.skipped:  # one unwrapped line each, so they can be grepped
        typer.echo(f"  skipped {bounded(source, 200)}: {reason}", err=True)
    if summary.ingested + summary.duplicates == 0 and summary.skipped:
        raise typer.Exit(1)


@app.command()
def rebuild(db: DbOption = None) -> None:
    """Recompute stories, questions and conflicts over the whole store (after the rules changed).

    Ingest updates them incrementally; a rebuild gives the same result from scratch.
    Example: warta rebuild --db sqlite:///news.db
    """
    import time

    with _store(db) as store:
        t = time.perf_counter()
        result = store.rebuild_corpus()
        stories = store.list_stories(per_page=1).total
        conflicts = store.count_conflicts()
    typer.echo(f"rebuilt {stories} stories and {conflicts} conflicts in {time.perf_counter() - t:.1f}s "
               f"({len(result.stories_created)} new story ids, {len(result.stories_removed)} gone; "
               f"{len(result.conflicts_added)} new conflicts, {len(result.conflicts_removed)} gone)", err=True)


@app.command()
def stories(db: DbOption = None, fmt: TableFormat = "table") -> None:
    """List stories: articles about the same developing event, across outlets and languages."""
    with _store(db) as store:
        items = store.list_stories(per_page=10_000_000).items
        recs = []
        for s in items:
            arts = store.story_articles(s.id)
            recs.append({"id": s.id, "title": s.title, "first": s.first, "last": s.last,
                         "articles": [a.source for a in arts], "languages": s.languages, "outlets": s.outlets,
                         "conflicts": s.conflict_count})
        n_articles = store.count_articles() if not recs else 0
    if not recs:
        _none_found(fmt, "stories", "none yet: the store has no articles; add some with `warta ingest PATH...`"
                    if not n_articles else f"none among the {n_articles} articles stored")
        return
    if fmt == "jsonl":
        _jsonl(recs)
    else:
        _table("stories", ["id", "title", "first", "last", "articles", "languages", "outlets", "conflicts"],
               [[r["id"], r["title"], r["first"], r["last"], len(r["articles"]), ",".join(r["languages"]),
                 ", ".join(r["outlets"]), r["conflicts"]] for r in recs])


@app.command()
def claims(
    db: DbOption = None,
    about: Annotated[str | None, typer.Option("--about", help="Entity the claims are about (any alias)")] = None,
    source: Annotated[str | None, typer.Option("--source", help="Who made the claims")] = None,
    stance: Annotated[Stance | None, typer.Option("--stance", help="Only claims with this stance")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many")] = 1000,
    fmt: TableFormat = "table",
    wide: WideOption = False,
) -> None:
    """Claims across articles, in timeline order, with source, relays, stance, figure and evidence.

    Example: warta claims --about "North Korea" --format jsonl
    """
    with _store(db) as store:
        page = store.list_claims(about=about, source=source, stance=stance, per_page=limit)
        why = _why_no_claims(store, about=about, source=source, stance=stance) if not page.items else ""
    if why:
        _none_found(fmt, "claims", why)
        return
    recs = [{"about": c.about, "source": c.source_name or c.source, "via": c.via, "stance": c.stance, "value": _fmt_value(c.value),
             "unit": c.unit, "published": c.published, "article": c.article, "outlet": c.outlet,
             "evidence": c.evidence, "language": c.language} for c in page.items]
    if fmt == "jsonl":
        _jsonl({k: v for k, v in r.items() if k != "language"} for r in recs)
    else:
        _table(f"claims ({page.total})", ["date", "source", "via", "stance", "figure", "about", "evidence"],
               [[r["published"], r["source"], " < ".join(r["via"]), r["stance"],
                 _figure(r["value"], None, r["language"]), r["about"], _evidence(r["evidence"], wide)]
                for r in recs], ratios=SHARES)
        _table("timeline per source", ["source", "claims in date order"],
               [[src, "  →  ".join(steps)] for src, steps in source_timelines(recs).items()])


def _why_no_claims(store, *, about, source, stance) -> str:
    """Why a claims query came back empty, as far as the store can tell."""
    if about and store.find_entity(about) is None:
        return f"no entity named {about!r} in the store (try `warta search {about!r}`)"
    total = store.list_claims(per_page=1).total
    if not total:
        return "the store holds no claims yet; add articles with `warta ingest PATH...`"
    given = " ".join(f"{flag} {value!r}" for flag, value in
                     (("--about", about), ("--source", source), ("--stance", stance)) if value)
    return f"no matches for {given} among {total} claims"


def source_timelines(recs: list[dict]) -> dict[str, list[str]]:
    """Each source's claims as 'date figure' (or 'date stance' without a figure), oldest first;
    undated claims last. Sources in order of their first dated claim."""
    by_source: dict[str, list[dict]] = {}
    for r in recs:
        by_source.setdefault(r["source"] or "?", []).append(r)
    out: dict[str, list[str]] = {}
    for src, rows in sorted(by_source.items(), key=lambda kv: min((r["published"] or "9999") for r in kv[1])):
        rows = sorted(rows, key=lambda r: r["published"] or "9999")
        out[src] = [f"{(r['published'] or 'undated')[:10]} "
                    + (_figure(r["value"], r["unit"], r.get("language")) if r["value"] is not None else r["stance"])
                    for r in rows]
    return out


def _conflict_record(c) -> dict:
    q = c.question
    return {"about": c.about, "kind": c.kind, "story": c.story, "language": c.language,
            "question": q.model_dump() if q is not None else None,
            "sides": [x.model_dump() for x in c.sides],
            "claims": [{"article": x.article, "title": x.title, "source": x.source, "via": x.via,
                        "value": _fmt_value(x.value), "unit": x.unit, "approx": x.approx, "stance": x.stance,
                        "published": x.published, "outlet": x.outlet, "language": x.language,
                        "evidence": x.evidence} for x in c.claims]}


def _answer_line(x: dict, lang: str | None = None) -> str:
    """"12.000 — Badan Intelijen Nasional via Yonhap · 2024-10-19 · Portal Cendana (id)"."""
    said = _figure(x["value"], None, x["language"] or lang) if x["value"] is not None else x["stance"]
    if x["value"] is not None and x["approx"]:
        said = {"lower": "> ", "upper": "< ", "about": "~"}.get(x["approx"], "") + said
    who = (x["source"] or "?") + (f" via {', '.join(x['via'])}" if x["via"] else "")
    where = " · ".join(p for p in ((x["published"] or "")[:10], x["outlet"] or "") if p)
    return f"{said} — {who}" + (f" · {where}" if where else "") + (f" ({x['language']})" if x["language"] else "")


@app.command()
def conflicts(
    db: DbOption = None,
    story: Annotated[int | None, typer.Option("--story", help="Only this story's conflicts")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many (one page)")] = 100,
    offset: Annotated[int, typer.Option("--offset", min=0, help="Skip this many first")] = 0,
    all_: Annotated[bool, typer.Option("--all", help="Every conflict (streamed; ignores --limit/--offset)")] = False,
    fmt: TableFormat = "table",
    wide: WideOption = False,
) -> None:
    """Claims about the same thing from different sources that disagree (figures, confirm vs deny).

    Shows one page (--limit, --offset); --all streams every conflict.
    Example: warta conflicts --all --format jsonl > conflicts.jsonl
    """
    with _store(db) as store:
        total = store.count_conflicts(story=story)
        if not total:
            why = (f"story {story} does not exist" if story is not None and store.get_story(story) is None
                   else f"none in story {story}" if story is not None
                   else f"none among the {store.count_articles()} articles stored")
            _none_found(fmt, "conflicts", why)
            return
        if fmt == "jsonl":
            items = store.iter_conflicts(story=story) if all_ else store.list_conflicts(
                story=story, limit=limit, offset=offset)
            _jsonl(_conflict_record(c) for c in items)
            return
        items = list(store.iter_conflicts(story=story)) if all_ else store.list_conflicts(
            story=story, limit=limit, offset=offset)
    rows = []
    from warta.corpus.conflicts import fold_conflicts

    dumps = [c.model_dump() for c in items]
    kept, folded = fold_conflicts(dumps)  # per-language copies of a question: one row
    kept_ids = {id(d) for d in kept}
    recs = [_conflict_record(c) for c, d in zip(items, dumps, strict=True) if id(d) in kept_ids]
    for r in recs:  # one row per question: its answers by date, who agrees with whom, the evidence
        answers = sorted(r["claims"], key=lambda x: x["published"] or "9999")
        agree = [f"{s['answer']}: {', '.join(s['sources'])}" for s in r["sides"] if len(s["sources"]) > 1]
        label = r["question"]["label"] if r["question"] else r["about"]
        rows.append([r["story"], r["kind"], label, "\n".join(_answer_line(x, r["language"]) for x in answers),
                     "\n".join(agree) or "—",
                     "\n".join(f"{x['source'] or '?'}: {_evidence(x['evidence'], wide)}" for x in answers)])
    title = f"conflicts ({total})" + (f", {folded} per-language copies folded" if folded else "")
    if len(items) < total:
        first = 0 if all_ else offset
        title += f" — showing {first + 1 if items else first}–{first + len(items)}; use --offset / --all for more"
    _table(title, ["story", "kind", "question", "answers (by date)", "agreeing", "evidence"], rows,
           empty=f"no conflicts at --offset {offset}", ratios={"question": 2, "answers (by date)": 4, "evidence": 5})


@app.command(help=f"""Full-text search over stored articles' titles and bodies, best first, with snippets.

{SEARCH_SYNTAX}

Example: warta search '12.000 tentara "pasukan khusus" OR "special forces"'
""")
def search(
    query: Annotated[str, typer.Argument(metavar="QUERY", help="Words, \"phrases\", OR, -word; see above")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=10_000, help="At most this many hits")] = 20,
    fmt: TableFormat = "table",
) -> None:
    from warta.errors import QuerySyntaxError

    with _store(db) as store:
        try:
            page = store.search_page(query, per_page=limit)
        except QuerySyntaxError as exc:
            _fail(f"cannot read the query {query!r}: {exc}\n  how to search: {exc.hint}", exc.exit_code)
        n_articles = store.count_articles() if not page.items else 0
    if not page.items:
        _none_found(fmt, f"search: {query}", f"no articles match (searched {n_articles})")
        return
    if fmt == "jsonl":
        _jsonl(h.model_dump() for h in page.items)
    else:
        title = f"search: {query} ({page.total} article{'s' * (page.total != 1)}" + (
            f", best {len(page.items)})" if page.total > len(page.items) else ")")
        _table(title, ["id", "title", "snippet", "source"],
               [[h.article_id, h.title, h.snippet, h.source] for h in page.items])


@app.command()
def entity(
    name: Annotated[str, typer.Argument(metavar="NAME", help="A name in any language or alias (\"Korut\", \"NIS\")")],
    db: DbOption = None,
    fmt: TableFormat = "table",
) -> None:
    """One entity across the corpus: aliases, articles, what it said, what is said about it."""
    with _store(db) as store:
        detail = store.find_entity(name)
    if detail is None:
        _fail(f"no entity named {name!r} in the store", code=1)
    if fmt == "jsonl":
        _jsonl([detail.model_dump()])
        return
    console = _console()
    console.print(f"[bold]{detail.name}[/bold] ({detail.type}) — {detail.article_count} articles")
    console.print("aliases: " + ", ".join(sorted({a.alias for a in detail.aliases})), markup=False)
    _table("mentioned in", ["id", "date", "title"], [[a.id, a.published, a.title] for a in detail.articles[:20]])
    _table("speaks", ["date", "kind", "text"], [[q.published, q.kind, q.text[:100]] for q in detail.quotes[:20]])
    _table("claims by it", ["date", "stance", "figure", "about"],
           [[c.published, c.stance, _fmt_value(c.value), c.about] for c in detail.statements_by[:20]])
    _table("claims about it", ["date", "source", "stance", "figure"],
           [[c.published, c.source, c.stance, _fmt_value(c.value)] for c in detail.statements_about[:20]])


CSV_FIELDS = ["store_id", "id", "source", "url", "outlet", "language", "published", "title", "story_id",
              "near_duplicate_of", "entities", "quotes", "quantities", "claims"]


def _flat(rec: dict) -> dict:
    out = {k: rec.get(k) for k in CSV_FIELDS}
    for k in ("entities", "quotes", "quantities", "claims"):
        out[k] = json.dumps(rec.get(k) or [], ensure_ascii=False)
    return out


@app.command()
def export(
    db: DbOption = None,
    fmt: ExportFormat = "jsonl",
    output: Annotated[str | None, typer.Option("--output", "-o", metavar="FILE",
                                               help="File to write (default: stdout; parquet needs a file)")] = None,
) -> None:
    """Export stored articles as JSONL (full records), CSV or Parquet (one row per article).

    Parquet needs the `parquet` extra: pip install 'warta[parquet]'.
    """
    if fmt == "parquet" and not output:
        _fail("parquet needs --output FILE", code=2)
    with _store(db) as store:
        records = store.iter_records()
        if fmt == "parquet":
            try:
                import pyarrow as pa
                import pyarrow.parquet as pq
            except ImportError:
                _fail("parquet export needs pyarrow: pip install 'warta[parquet]'", code=2)
            writer = None
            batch = []
            for rec in records:
                batch.append(_flat(rec))
                if len(batch) >= 5000:
                    table = pa.Table.from_pylist(batch, schema=_arrow_schema(pa))
                    writer = writer or pq.ParquetWriter(output, table.schema)
                    writer.write_table(table)
                    batch = []
            table = pa.Table.from_pylist(batch, schema=_arrow_schema(pa))
            writer = writer or pq.ParquetWriter(output, table.schema)
            writer.write_table(table)
            writer.close()
            return
        with ExitStack() as stack:
            out = stack.enter_context(open(output, "w", encoding="utf-8", newline="")) if output else sys.stdout
            if fmt == "jsonl":
                for rec in records:
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            else:
                w = csv.DictWriter(out, fieldnames=CSV_FIELDS)
                w.writeheader()
                for rec in records:
                    w.writerow(_flat(rec))


def _arrow_schema(pa):
    ints = {"store_id", "story_id", "near_duplicate_of"}
    return pa.schema([(k, pa.int64() if k in ints else pa.string()) for k in CSV_FIELDS])
