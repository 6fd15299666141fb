"""Incremental corpus: the story clustering's state (nodes with their link floors, term document
frequencies, entity postings by day, links) and the watermark of the last article taken in.

A store upgraded to this revision has no watermark: the next corpus update (any ingest, or
`warta rebuild`) processes the whole store once and fills these tables; later updates process
only the articles stored since.

Revision ID: 0004_incremental
Revises: 0003
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_incremental"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "story_nodes",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("top", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id"),
    )
    op.create_table(
        "story_terms",
        sa.Column("term", sa.String(length=400), nullable=False),
        sa.Column("df", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("term"),
    )
    op.create_table(
        "story_postings",
        sa.Column("key", sa.String(length=400), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("key", "day", "article_id"),
    )
    op.create_table(
        "story_links",
        sa.Column("a", sa.Integer(), nullable=False),
        sa.Column("b", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["a"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["b"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("a", "b"),
    )
    op.create_index("ix_story_links_b", "story_links", ["b"], unique=False)
    op.create_table(
        "corpus_state",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("corpus_state")
    op.drop_index("ix_story_links_b", table_name="story_links")
    op.drop_table("story_links")
    op.drop_table("story_postings")
    op.drop_table("story_terms")
    op.drop_table("story_nodes")
