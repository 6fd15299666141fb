"""warta: who said what, citing whom, with which numbers — and where the sources disagree.

Python API:
    extract(text_or_html, *, lang="auto", source=None) -> Article
    Store(url=None)  — the article store (SQLite by default, PostgreSQL as server option)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# Bound eagerly so that the name `warta.extract` is the function, not the submodule.
from warta.extract import extract
from warta.models import SCHEMA_VERSION, Article

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "Article", "Store", "extract", "__version__"]

if TYPE_CHECKING:
    from warta.store import Store


def __getattr__(name: str):
    # Store pulls in SQLAlchemy; import it only when asked for.
    if name == "Store":
        from warta.store import Store

        return Store
    raise AttributeError(name)
