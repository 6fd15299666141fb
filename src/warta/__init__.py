"""warta: who said what, citing whom, with which numbers — and where the sources disagree.

Python API:
    extract(text_or_html, *, lang="auto", source=None) -> Article
    Store(url=None)  — the article store (SQLite by default, PostgreSQL as server option)
    fetch(url_or_urls, *, store=None, lang=None) -> Article | list  — pages over HTTP, politely

Both are imported on first use: `import warta` stays cheap for commands that only read the
store, and spaCy is loaded only when something is extracted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warta.models import SCHEMA_VERSION, Article

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "Article", "Store", "extract", "fetch", "__version__"]

if TYPE_CHECKING:
    from warta.extraction import extract
    from warta.fetcher import fetch
    from warta.store import Store


def __getattr__(name: str):
    if name == "extract":
        from warta.extraction import extract

        return extract
    if name == "fetch":
        from warta.fetcher import fetch

        return fetch
    if name == "Store":
        from warta.store import Store

        return Store
    raise AttributeError(f"module 'warta' has no attribute {name!r}")
