"""Initial corpus schema: articles and findings, canonical entities, stories, conflicts, full-text search.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("outlet", sa.String(length=200), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("published", sa.String(length=40), nullable=True),
        sa.Column("published_day", sa.String(length=10), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.Column("minhash", sa.LargeBinary(), nullable=True),
        sa.Column("near_duplicate_of", sa.Integer(), nullable=True),
        sa.Column("story_id", sa.Integer(), nullable=True),
        sa.Column("ingested_at", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["near_duplicate_of"],
            ["articles.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("content_hash"),
    )
    op.create_index("ix_articles_language", "articles", ["language"], unique=False)
    op.create_index("ix_articles_near_dup", "articles", ["near_duplicate_of"], unique=False)
    op.create_index("ix_articles_outlet", "articles", ["outlet"], unique=False)
    op.create_index("ix_articles_published_day", "articles", ["published_day"], unique=False)
    op.create_index("ix_articles_story", "articles", ["story_id"], unique=False)
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("article_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key", name="uq_entities_key"),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("first", sa.String(length=10), nullable=True),
        sa.Column("last", sa.String(length=10), nullable=True),
        sa.Column("article_count", sa.Integer(), nullable=False),
        sa.Column("conflict_count", sa.Integer(), nullable=False),
        sa.Column("outlets", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_stories_last", "stories", ["last"], unique=False)
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("source_entity_id", sa.Integer(), nullable=True),
        sa.Column("via", sa.JSON(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("subject_entity_id", sa.Integer(), nullable=True),
        sa.Column("predicate", sa.String(length=200), nullable=False),
        sa.Column("object", sa.Text(), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=100), nullable=True),
        sa.Column("category", sa.String(length=16), nullable=True),
        sa.Column("stance", sa.String(length=24), nullable=False),
        sa.Column("hedged", sa.Boolean(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=True),
        sa.Column("evidence_end", sa.Integer(), nullable=True),
        sa.Column("quote_position", sa.Integer(), nullable=True),
        sa.Column("source_key", sa.String(length=300), nullable=True),
        sa.Column("predicate_class", sa.String(length=100), nullable=True),
        sa.Column("measure", sa.String(length=100), nullable=True),
        sa.Column("topic_key", sa.String(length=400), nullable=True),
        sa.Column("about_key", sa.String(length=500), nullable=True),
        sa.Column("about", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["source_entity_id"], ["entities.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["subject_entity_id"], ["entities.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_claims_about_key", "claims", ["about_key"], unique=False)
    op.create_index("ix_claims_article", "claims", ["article_id"], unique=False)
    op.create_index("ix_claims_source_entity", "claims", ["source_entity_id"], unique=False)
    op.create_index("ix_claims_stance", "claims", ["stance"], unique=False)
    op.create_index("ix_claims_subject_entity", "claims", ["subject_entity_id"], unique=False)
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=True),
        sa.Column("about", sa.Text(), nullable=False),
        sa.Column("about_key", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_conflicts_story", "conflicts", ["story_id"], unique=False)
    op.create_table(
        "entity_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.Text(), nullable=False),
        sa.Column("norm", sa.String(length=300), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(["entity_id"], ["entities.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("entity_id", "norm", name="uq_alias_entity_norm"),
    )
    op.create_index("ix_aliases_entity", "entity_aliases", ["entity_id"], unique=False)
    op.create_index("ix_aliases_norm", "entity_aliases", ["norm"], unique=False)
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("local_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("spans", sa.JSON(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["entity_id"], ["entities.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_mentions_article", "mentions", ["article_id"], unique=False)
    op.create_index("ix_mentions_entity", "mentions", ["entity_id"], unique=False)
    op.create_table(
        "paragraphs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_paragraphs_article", "paragraphs", ["article_id", "position"], unique=False)
    op.create_table(
        "quantities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=True),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("approx", sa.Boolean(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_quantities_article", "quantities", ["article_id"], unique=False)
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("speaker", sa.Text(), nullable=True),
        sa.Column("speaker_entity_id", sa.Integer(), nullable=True),
        sa.Column("via", sa.JSON(), nullable=False),
        sa.Column("cue", sa.String(length=100), nullable=True),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["speaker_entity_id"], ["entities.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_quotes_article", "quotes", ["article_id"], unique=False)
    op.create_index("ix_quotes_speaker_entity", "quotes", ["speaker_entity_id"], unique=False)
    op.create_table(
        "story_articles",
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("story_id", "article_id"),
    )
    op.create_index("ix_story_articles_article", "story_articles", ["article_id"], unique=False)
    op.create_table(
        "conflict_claims",
        sa.Column("conflict_id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["conflict_id"], ["conflicts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("conflict_id", "claim_id"),
    )
    op.create_index("ix_conflict_claims_claim", "conflict_claims", ["claim_id"], unique=False)
    _create_search()


def downgrade() -> None:
    _drop_search()
    op.drop_index("ix_conflict_claims_claim", table_name="conflict_claims")
    op.drop_table("conflict_claims")
    op.drop_index("ix_story_articles_article", table_name="story_articles")
    op.drop_table("story_articles")
    op.drop_index("ix_quotes_speaker_entity", table_name="quotes")
    op.drop_index("ix_quotes_article", table_name="quotes")
    op.drop_table("quotes")
    op.drop_index("ix_quantities_article", table_name="quantities")
    op.drop_table("quantities")
    op.drop_index("ix_paragraphs_article", table_name="paragraphs")
    op.drop_table("paragraphs")
    op.drop_index("ix_mentions_entity", table_name="mentions")
    op.drop_index("ix_mentions_article", table_name="mentions")
    op.drop_table("mentions")
    op.drop_index("ix_aliases_norm", table_name="entity_aliases")
    op.drop_index("ix_aliases_entity", table_name="entity_aliases")
    op.drop_table("entity_aliases")
    op.drop_index("ix_conflicts_story", table_name="conflicts")
    op.drop_table("conflicts")
    op.drop_index("ix_claims_subject_entity", table_name="claims")
    op.drop_index("ix_claims_stance", table_name="claims")
    op.drop_index("ix_claims_source_entity", table_name="claims")
    op.drop_index("ix_claims_article", table_name="claims")
    op.drop_index("ix_claims_about_key", table_name="claims")
    op.drop_table("claims")
    op.drop_index("ix_stories_last", table_name="stories")
    op.drop_table("stories")
    op.drop_table("entities")
    op.drop_index("ix_articles_story", table_name="articles")
    op.drop_index("ix_articles_published_day", table_name="articles")
    op.drop_index("ix_articles_outlet", table_name="articles")
    op.drop_index("ix_articles_near_dup", table_name="articles")
    op.drop_index("ix_articles_language", table_name="articles")
    op.drop_table("articles")


def _create_search() -> None:
    """SQLite: an FTS5 table keyed by article id; PostgreSQL: a generated tsvector with a GIN index."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
            "title, body, tokenize = 'unicode61 remove_diacritics 2')"
        )
    elif dialect == "postgresql":
        op.execute(
            "ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
            "(setweight(to_tsvector('simple', coalesce(title, '')), 'A') || "
            "setweight(to_tsvector('simple', coalesce(body, '')), 'B')) STORED"
        )
        op.execute("CREATE INDEX ix_articles_search ON articles USING GIN (search_vector)")


def _drop_search() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS articles_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_articles_search")
