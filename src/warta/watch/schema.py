"""Tables of `warta watch`: the watched sources and their health, the pages they listed, the alerts.

Created by the store's migration 0005_watch; declared on the store's metadata so that tests and
tools that build the schema from it see them too.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from warta.store.schema import Base


class WatchFeedRow(Base):
    """A watched feed or sitemap (a sitemap index's children are rows too, with `parent_id`)."""

    __tablename__ = "watch_feeds"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text, nullable=False)
    url_hash: Mapped[str] = mapped_column(String(40), nullable=False)
    parent_id: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str | None] = mapped_column(String(16))  # feed | sitemap | sitemapindex
    active: Mapped[int] = mapped_column(Integer, default=1, server_default="1", nullable=False)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(String(80))
    added_at: Mapped[str] = mapped_column(String(40), nullable=False)
    last_poll: Mapped[str | None] = mapped_column(String(40))
    last_success: Mapped[str | None] = mapped_column(String(40))
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[str | None] = mapped_column(String(40))
    polls: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    failures: Mapped[int] = mapped_column(Integer, default=0, nullable=False)  # in a row, since the last success
    errors: Mapped[int] = mapped_column(Integer, default=0, nullable=False)  # feed errors in all
    items_seen: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    pages_fetched: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    pages_failed: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    __table_args__ = (UniqueConstraint("url_hash", name="uq_watch_feeds_url"),)


class WatchItemRow(Base):
    """A page a source listed: 'new' (to fetch), 'stored' (ingested, corpus and alerts not done yet),
    'done', 'failed' (retried on later polls, up to a limit), 'skipped' (robots.txt, not a page) or
    'old' (dated before the --max-age cutoff)."""

    __tablename__ = "watch_items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("watch_feeds.id", ondelete="CASCADE"), nullable=False)
    url: Mapped[str] = mapped_column(Text, nullable=False)
    url_hash: Mapped[str] = mapped_column(String(40), nullable=False)
    updated: Mapped[str | None] = mapped_column(String(80))  # what the source says: a change re-fetches
    published: Mapped[str | None] = mapped_column(String(40))
    title: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    first_seen: Mapped[str] = mapped_column(String(40), nullable=False)
    fetched_at: Mapped[str | None] = mapped_column(String(40))
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(String(80))
    article_id: Mapped[int | None] = mapped_column(Integer)
    attempts: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    error: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (
        UniqueConstraint("url_hash", name="uq_watch_items_url"),
        Index("ix_watch_items_status", "status"),
        Index("ix_watch_items_feed", "feed_id"),
    )


class WatchAlertRow(Base):
    """An alert, once: `key_hash` is unique. `emitted_at` is set once it went to every output."""

    __tablename__ = "watch_alerts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(Text, nullable=False)
    key_hash: Mapped[str] = mapped_column(String(40), nullable=False)
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    story_id: Mapped[int | None] = mapped_column(Integer)
    article_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(40), nullable=False)
    emitted_at: Mapped[str | None] = mapped_column(String(40))
    webhook_error: Mapped[str | None] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(Text, nullable=False)  # the alert as JSON
    __table_args__ = (
        UniqueConstraint("key_hash", name="uq_watch_alerts_key"),
        Index("ix_watch_alerts_created", "created_at"),
        Index("ix_watch_alerts_emitted", "emitted_at"),
    )
