"""Claims answer questions: one claim row per figure that answers a measure question, with the
question's kind, the day a toll is counted as of, the answer's approximation and unit dimension.

Rows written before this revision keep NULL in `question_kind`; the next `Store.rebuild_corpus()`
(every ingest, and `warta rebuild`) re-derives those articles' claim rows from their stored
records, found through the new index.

Revision ID: 0003
Revises: 0002_versions
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002_versions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("question_kind", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("as_of", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("approx", sa.String(length=8), nullable=True))
        batch.add_column(sa.Column("dimension", sa.String(length=16), nullable=True))
    op.create_index("ix_claims_question_kind", "claims", ["question_kind"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_claims_question_kind", table_name="claims")
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("dimension")
        batch.drop_column("approx")
        batch.drop_column("as_of")
        batch.drop_column("question_kind")
