"""Article versions: version_key, version, supersedes, superseded_by on articles.

A page re-ingested with new content under the same URL/source is a new version of one article
(store/versions.py). Upgrading an existing store chains the rows that already share an address,
oldest id first (the latest is current), and unlinks versions that were stored as near-duplicate
copies of their own earlier versions. Stories and conflicts then need one rebuild (any
`warta ingest` does it) to drop the superseded versions.

Revision ID: 0002_versions
Revises: 0001
Create Date: 2026-12-07
"""

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import sqlalchemy as sa
from alembic import op

revision = "0002_versions"
down_revision = "0001"
branch_labels = None
depends_on = None

# the same rule as warta.store.versions.version_key, frozen here: a migration must not change
# when the package does
_POSITIONAL = re.compile(r"(?:\.jsonl?:\d+|#\d+)$", re.IGNORECASE)
_NO_ADDRESS = {"-", "<stdin>", "stdin", "pasted page"}
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid)$", re.IGNORECASE)


def _address(url):
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.scheme or not parts.netloc:
        return url
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/") or "/", query, ""))


def _key(url, source):
    url = (url or "").strip()
    if url:
        return _address(url)[:2000]
    source = (source or "").strip()
    if not source or source in _NO_ADDRESS or _POSITIONAL.search(source):
        return None
    return source[:2000]


def upgrade() -> None:
    op.add_column("articles", sa.Column("version_key", sa.Text(), nullable=True))
    op.add_column("articles", sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    op.add_column("articles", sa.Column("supersedes", sa.Integer(), nullable=True))
    op.add_column("articles", sa.Column("superseded_by", sa.Integer(), nullable=True))
    op.create_index("ix_articles_version_key", "articles", ["version_key"], unique=False)
    op.create_index("ix_articles_superseded_by", "articles", ["superseded_by"], unique=False)

    conn = op.get_bind()
    arts = sa.table("articles", sa.column("id", sa.Integer), sa.column("url", sa.Text),
                    sa.column("source", sa.Text), sa.column("version_key", sa.Text),
                    sa.column("version", sa.Integer), sa.column("supersedes", sa.Integer),
                    sa.column("superseded_by", sa.Integer), sa.column("near_duplicate_of", sa.Integer))
    chains: dict[str, list[int]] = {}
    keyed = []
    for aid, url, source in conn.execute(sa.select(arts.c.id, arts.c.url, arts.c.source).order_by(arts.c.id)):
        key = _key(url, source)
        if key is not None:
            keyed.append({"aid": aid, "key": key})
            chains.setdefault(key, []).append(aid)
    if keyed:
        conn.execute(arts.update().where(arts.c.id == sa.bindparam("aid")).values(version_key=sa.bindparam("key")),
                     keyed)
    rows = []
    for ids in chains.values():
        for i, aid in enumerate(ids):
            if len(ids) > 1:
                rows.append({"aid": aid, "v": i + 1, "prev": ids[i - 1] if i else None,
                             "next": ids[i + 1] if i + 1 < len(ids) else None})
    if rows:
        conn.execute(arts.update().where(arts.c.id == sa.bindparam("aid"))
                     .values(version=sa.bindparam("v"), supersedes=sa.bindparam("prev"),
                             superseded_by=sa.bindparam("next")), rows)
        for ids in chains.values():  # a version is not a copy of its own earlier text
            if len(ids) > 1:
                conn.execute(arts.update().where(arts.c.id.in_(ids), arts.c.near_duplicate_of.in_(ids))
                             .values(near_duplicate_of=None))
                # copies of an older version now point at the current one
                conn.execute(arts.update().where(arts.c.near_duplicate_of.in_(ids[:-1]))
                             .values(near_duplicate_of=ids[-1]))


def downgrade() -> None:
    op.drop_index("ix_articles_superseded_by", table_name="articles")
    op.drop_index("ix_articles_version_key", table_name="articles")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("superseded_by")
        batch.drop_column("supersedes")
        batch.drop_column("version")
        batch.drop_column("version_key")
