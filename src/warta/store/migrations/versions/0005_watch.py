"""Watch state: watched feeds and sitemaps with their health, the pages they listed, alerts sent once.

Revision ID: 0005_watch
Revises: 0003
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_watch"
down_revision = "0004_incremental"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watch_feeds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("url_hash", sa.String(length=40), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=True),
        sa.Column("active", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.String(length=80), nullable=True),
        sa.Column("added_at", sa.String(length=40), nullable=False),
        sa.Column("last_poll", sa.String(length=40), nullable=True),
        sa.Column("last_success", sa.String(length=40), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_error_at", sa.String(length=40), nullable=True),
        sa.Column("polls", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("failures", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("errors", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("items_seen", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("pages_fetched", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("pages_failed", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("url_hash", name="uq_watch_feeds_url"),
    )
    op.create_table(
        "watch_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("url_hash", sa.String(length=40), nullable=False),
        sa.Column("updated", sa.String(length=80), nullable=True),
        sa.Column("published", sa.String(length=40), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("first_seen", sa.String(length=40), nullable=False),
        sa.Column("fetched_at", sa.String(length=40), nullable=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.String(length=80), nullable=True),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["feed_id"], ["watch_feeds.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("url_hash", name="uq_watch_items_url"),
    )
    op.create_index("ix_watch_items_status", "watch_items", ["status"], unique=False)
    op.create_index("ix_watch_items_feed", "watch_items", ["feed_id"], unique=False)
    op.create_table(
        "watch_alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("key_hash", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=True),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("emitted_at", sa.String(length=40), nullable=True),
        sa.Column("webhook_error", sa.Text(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key_hash", name="uq_watch_alerts_key"),
    )
    op.create_index("ix_watch_alerts_created", "watch_alerts", ["created_at"], unique=False)
    op.create_index("ix_watch_alerts_emitted", "watch_alerts", ["emitted_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_watch_alerts_emitted", table_name="watch_alerts")
    op.drop_index("ix_watch_alerts_created", table_name="watch_alerts")
    op.drop_table("watch_alerts")
    op.drop_index("ix_watch_items_feed", table_name="watch_items")
    op.drop_index("ix_watch_items_status", table_name="watch_items")
    op.drop_table("watch_items")
    op.drop_table("watch_feeds")
