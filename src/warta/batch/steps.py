"""Pipeline steps: `run(records, rank, world_size)` yields records and counts what it did.

A shard's steps run in order, each consuming the previous one's output. Steps are plain objects
(picklable, so Dask workers can run them) with a `stats` Counter.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator


class Step:
    name = "step"

    def __init__(self) -> None:
        self.stats: Counter = Counter()

    def run(self, records: Iterable, rank: int = 0, world_size: int = 1) -> Iterator:
        raise NotImplementedError


class ReadPages(Step):
    """Shard of input paths -> RawPage | ReadFailure (feeds and pages alike)."""

    name = "read"

    def __init__(self, max_bytes: int = 20_000_000) -> None:
        super().__init__()
        self.max_bytes = max_bytes

    def run(self, records, rank=0, world_size=1):
        from warta.corpus.ingest import iter_pages

        for item in iter_pages(list(records), max_bytes=self.max_bytes):
            self.stats["read"] += 1
            yield item


class Extract(Step):
    """RawPage -> Article; read failures and extraction errors are counted, with reasons kept."""

    name = "extract"

    def __init__(self, options=None) -> None:
        super().__init__()
        self.options = options
        self.skipped: list[tuple[str | None, str]] = []

    def run(self, records, rank=0, world_size=1):
        from warta.corpus.ingest import extract_all
        from warta.options import load_options

        options = self.options or load_options()

        def skip(source, reason):
            self.stats["skipped"] += 1
            self.skipped.append((source, reason))

        for article in extract_all(records, options, skip):
            self.stats["extracted"] += 1
            yield article


class ExtractRecords(Step):
    """RawPage | ReadFailure -> Article | ExtractError: like Extract, but a page that fails
    becomes an error record in the output instead of a count, as `warta extract` does."""

    name = "extract"

    def __init__(self, options=None) -> None:
        super().__init__()
        self.options = options

    def run(self, records, rank=0, world_size=1):
        from warta.extraction import extract_pages
        from warta.models import ExtractError
        from warta.options import load_options

        for record in extract_pages(records, self.options or load_options()):
            self.stats["failed" if isinstance(record, ExtractError) else "extracted"] += 1
            yield record


class WriteJsonl(Step):
    """Records -> `{out}/articles/NNNNN.jsonl`, one file per shard. The file is written under a
    temporary name and renamed when the shard's records are all written, so a crash never
    leaves a partial shard file behind (the shard is simply redone)."""

    name = "write"

    def __init__(self, out: str) -> None:
        super().__init__()
        self.out = out

    def run(self, records, rank=0, world_size=1):
        from pathlib import Path

        folder = Path(self.out) / "articles"
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / f"{rank:05d}.jsonl"
        tmp = final.with_suffix(".jsonl.tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(record.model_dump_json())
                fh.write("\n")
                self.stats["written"] += 1
        tmp.replace(final)
        return iter(())


class StoreArticles(Step):
    """Articles -> Store, committed per batch, passed on unchanged (error records too, unstored),
    so a shard can be stored and written to JSONL in one pass. Opens its own Store: several
    shards may store into one PostgreSQL (or SQLite) store at once, each batch a transaction
    under the store's write lock, so no article is lost or stored twice (a content hash already
    stored is skipped, a re-run shard stores nothing again). With `update`, the shard brings the
    corpus (stories, conflicts) up to date when it is done; updates from shards finishing together
    take turns under the same lock, and whichever runs last leaves the corpus complete."""

    name = "store"

    def __init__(self, url: str | None, batch_size: int = 200, update: bool = True) -> None:
        super().__init__()
        self.url = url
        self.batch_size = batch_size
        self.update = update

    def run(self, records, rank=0, world_size=1):
        from warta.models import Article
        from warta.store.db import Store

        store = Store(self.url)
        try:
            buffer: list = []
            for record in records:
                buffer.append(record)
                if len(buffer) >= self.batch_size:
                    yield from self._store(store, buffer, Article)
                    buffer = []
            yield from self._store(store, buffer, Article)
            if self.update:
                update = store.update_corpus()
                self.stats["corpus_articles"] += len(update.articles)
        finally:
            store.close()

    def _store(self, store, records: list, article_type):
        articles = [r for r in records if isinstance(r, article_type)]
        if articles:
            report = store.add_articles(articles, batch_size=self.batch_size)
            self.stats.update({"ingested": report.ingested, "duplicates": report.duplicates,
                               "near_duplicates": report.near_duplicates, "updated": report.updated})
        yield from records


class ReadArticles(Step):
    """Shard files written by `WriteJsonl` (OUT/articles/NNNNN.jsonl) -> Article records (error
    records skipped and counted), to ingest the output of an earlier `warta batch` run."""

    name = "read_articles"

    def run(self, records, rank=0, world_size=1):
        import json

        from warta.models import Article

        for path in records:
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    if not line.strip():
                        continue
                    raw = json.loads(line)
                    if "error" in raw and "text" not in raw:
                        self.stats["errors"] += 1
                        continue
                    self.stats["read"] += 1
                    yield Article.model_validate(raw)


class Map(Step):
    """Apply a function to each record (for tests and small transforms)."""

    name = "map"

    def __init__(self, fn) -> None:
        super().__init__()
        self.fn = fn

    def run(self, records, rank=0, world_size=1):
        for r in records:
            self.stats["mapped"] += 1
            yield self.fn(r)
