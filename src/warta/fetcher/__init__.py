"""Fetching news pages over HTTP, politely: `fetch(url)` -> Article, `fetch(urls)` -> records.

    import warta
    article = warta.fetch("https://example.org/news/1")            # raises FetchError on failure
    records = warta.fetch(["https://a/1", "https://b/2"], store=st)  # Article | ExtractError each

The client (warta.fetcher.client.Fetcher) honours robots.txt, waits between requests to one host,
retries server errors with back-off, and bounds time and size; see FetchPolicy.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from warta.fetcher.client import Fetcher, FetchPolicy, FetchResult
from warta.fetcher.pages import FetchError, is_page_type, to_page

__all__ = ["FetchError", "FetchPolicy", "FetchResult", "Fetcher", "fetch", "fetch_pages", "store_articles",
           "update_corpus"]


def fetch_pages(urls: Iterable[str], *, fetcher: Fetcher, max_bytes: int | None = None) -> Iterator:
    """RawPage | ReadFailure for each URL, in order (one request at a time per host)."""
    limit = fetcher.policy.max_bytes if max_bytes is None else max_bytes
    for url in urls:
        result = fetcher.get(url, max_bytes=limit, accept=is_page_type)
        yield to_page(result, max_bytes=limit)


def update_corpus(store, article_ids: list[int]):
    """Bring stories, questions and conflicts up to date after `article_ids` were stored: the one
    place fetch and watch update the corpus. Incremental (`warta.corpus.incremental`): the work
    grows with the new articles and the stories they touch, not with the store. Returns the
    `CorpusUpdate`, or None when nothing was stored."""
    if not article_ids:
        return None
    return store.update_corpus(article_ids)


def store_articles(store, articles: Iterable, *, batch_size: int = 100):
    """Store extracted articles and update the corpus; returns the store's IngestReport."""
    report = store.add_articles(articles, batch_size=batch_size)
    update_corpus(store, list(report.article_ids))
    return report


def fetch(urls: str | Iterable[str], *, store=None, lang: str | None = None, policy: FetchPolicy | None = None,
          options=None):
    """Fetch news pages and extract them (and store them, when a store is given).

    Args:
        urls: one URL, or many.
        store: a `warta.Store`: the articles are stored in it and its stories and conflicts updated.
        lang: the pages' language ("auto" by default, as in `extract`).
        policy: politeness settings (FetchPolicy.from_defaults() when None).
        options: ExtractOptions (load_options(lang=lang) when None).

    Returns:
        For one URL (a str), its Article; it raises FetchError (or another InputError) when the
        page cannot be fetched or read. For many, a list with an Article or an ExtractError
        record (source, error) per URL, in order.
    """
    from warta.extraction import extract_pages
    from warta.models import Article
    from warta.options import load_options

    options = options or load_options(lang=lang)
    single = isinstance(urls, str)
    with Fetcher(policy or FetchPolicy.from_defaults(max_bytes=options.max_bytes)) as fetcher:
        records = list(extract_pages(fetch_pages([urls] if single else urls, fetcher=fetcher,
                                                 max_bytes=options.max_bytes), options))
    if store is not None:
        store_articles(store, [r for r in records if isinstance(r, Article)])
    if single:
        (record,) = records
        if not isinstance(record, Article):
            raise FetchError(f"{record.source}: {record.error}")
        return record
    return records

