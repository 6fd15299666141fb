"""The article store: SQLAlchemy schema, the Store read/write API and its migrations.

    from warta.store import Store, ConflictView
"""

from warta.store.db import Store, content_hash, resolve_url
from warta.store.views import (
    AliasView,
    ArticleDetail,
    ArticleSummary,
    ClaimView,
    ConflictClaim,
    ConflictView,
    EntityDetail,
    FigurePoint,
    FigureSeries,
    IngestReport,
    Page,
    QuoteView,
    SearchHit,
    SkippedInput,
    StoryDetail,
    StorySummary,
)

__all__ = [
    "Store", "content_hash", "resolve_url",
    "AliasView", "ArticleDetail", "ArticleSummary", "ClaimView", "ConflictClaim", "ConflictView", "EntityDetail",
    "FigurePoint", "FigureSeries", "IngestReport", "Page", "QuoteView", "SearchHit", "SkippedInput", "StoryDetail",
    "StorySummary",
]
