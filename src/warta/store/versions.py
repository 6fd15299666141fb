"""Article versions: a page re-ingested with new content under the same URL (or source path).

The content hash makes re-ingesting the same text a no-op; new text under a known address is a
new *version* of that article, not another article. Each version is its own row (its record,
claims and spans stay as extracted); `superseded_by` is NULL on the current version only, and
only current versions take part in copy detection, stories, claims and conflicts. Older versions
stay readable as history: a correction is itself news.

The address is the page's URL, else its source when the source names a page (a file path, a
link). A position inside a feed file (`feed.jsonl:3`, `feed.rss#2`) names a slot, not a page:
lines shift when the file changes, so such records are never versions of one another.
"""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy import bindparam, select, update

from warta.models import Article
from warta.store import schema as S
from warta.store.views import ArticleVersion

_POSITIONAL = re.compile(r"(?:\.jsonl?:\d+|#\d+)$", re.IGNORECASE)
_NO_ADDRESS = {"-", "<stdin>", "stdin", "pasted page"}
MAX_KEY = 2000
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid)$", re.IGNORECASE)


def address(url: str) -> str:
    """A URL as an address: scheme and host lower-cased, no fragment, no tracking parameters
    (`?utm_source=topnews` names the link that was followed, not the page), no trailing slash."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.scheme or not parts.netloc:
        return url
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/") or "/", query, ""))


def version_key(article: Article) -> str | None:
    """The address that makes two records versions of one article, or None."""
    url = (article.url or "").strip()
    if url:
        return address(url)[:MAX_KEY]
    source = (article.source or "").strip()
    if not source or source in _NO_ADDRESS or _POSITIONAL.search(source):
        return None
    return source[:MAX_KEY]


def current_by_key(conn, keys: list[str]) -> dict[str, tuple[int, int]]:
    """key -> (id, version) of the current version of each address already stored."""
    out: dict[str, tuple[int, int]] = {}
    for i in range(0, len(keys), 500):  # bounded IN lists
        rows = conn.execute(select(S.ArticleRow.version_key, S.ArticleRow.id, S.ArticleRow.version)
                            .where(S.ArticleRow.version_key.in_(keys[i:i + 500]),
                                   S.ArticleRow.superseded_by.is_(None)))
        for key, aid, version in rows:
            if key not in out or out[key][0] < aid:
                out[key] = (aid, version or 1)
    return out


def link(conn, pairs: list[tuple[int, int]]) -> None:
    """Chain (older id, newer id) pairs; copies linked to the older version follow it to the newer."""
    if not pairs:
        return
    conn.execute(update(S.ArticleRow).where(S.ArticleRow.id == bindparam("old"))
                 .values(superseded_by=bindparam("new")), [{"old": o, "new": n} for o, n in pairs])
    conn.execute(update(S.ArticleRow).where(S.ArticleRow.id == bindparam("new"))
                 .values(supersedes=bindparam("old")), [{"old": o, "new": n} for o, n in pairs])
    conn.execute(update(S.ArticleRow).where(S.ArticleRow.near_duplicate_of == bindparam("old"))
                 .values(near_duplicate_of=bindparam("new")), [{"old": o, "new": n} for o, n in pairs])


def _figures(record: Article) -> list[str]:
    return list(dict.fromkeys(q.text for q in record.quantities))


def history(conn, article_id: int) -> list[ArticleVersion]:
    """Every version of the article `article_id` belongs to, oldest first, with what changed."""
    row = conn.execute(select(S.ArticleRow.version_key).where(S.ArticleRow.id == int(article_id))).first()
    if row is None:
        return []
    stmt = select(S.ArticleRow.id, S.ArticleRow.version, S.ArticleRow.title, S.ArticleRow.published,
                  S.ArticleRow.ingested_at, S.ArticleRow.superseded_by, S.ArticleRow.record)
    stmt = (stmt.where(S.ArticleRow.version_key == row.version_key) if row.version_key is not None
            else stmt.where(S.ArticleRow.id == int(article_id)))
    rows = conn.execute(stmt.order_by(S.ArticleRow.version, S.ArticleRow.id)).all()
    out: list[ArticleVersion] = []
    before: list[str] | None = None
    title_before: str | None = None
    for r in rows:
        figures = _figures(Article.model_validate(json.loads(r.record)))
        removed = [f for f in before if f not in figures] if before is not None else []
        added = [f for f in figures if f not in before] if before is not None else []
        out.append(ArticleVersion(
            id=r.id, version=r.version or 1, current=r.superseded_by is None, title=r.title,
            published=r.published, ingested_at=r.ingested_at, removed_figures=removed, added_figures=added,
            title_before=title_before if out and title_before != r.title else None))
        before, title_before = figures, r.title
    return out
