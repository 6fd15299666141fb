"""Store: the one writer of the corpus database, and its read API (pydantic views).

SQLite by default (`sqlite:///warta.db`, WAL, FTS5 search), PostgreSQL optional
(`postgresql+psycopg://…`, tsvector + GIN). The schema is created and migrated by Alembic on
open. Writes are committed one batch per transaction, so a killed ingest leaves no partial
article; the content hash makes re-ingest a no-op, and new content under a stored address is a
new version of that article (`warta.store.versions`). Processes may write at once: every write
transaction takes the store's write lock first (`write_transaction`), so they take turns.

Stories and conflicts are derived data: `add_articles` stores articles only, and
`update_corpus()` (incremental: only what the new articles touch) must follow before stories,
story ids of new articles and conflicts reflect them. `ingest(articles)` does both.
`rebuild_corpus()` recomputes everything (after rules changed) and gives the same result. Both run
in one transaction (readers see the old stories until it commits, never a half-built table).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tomllib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from sqlalchemy import (
    Engine,
    Text,
    bindparam,
    cast,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import aliased
from sqlalchemy.pool import StaticPool

from warta.corpus.claims import normalise_article
from warta.corpus.entities import ArticleEntities, norm, resolver
from warta.corpus.questions import answer_sides, question_view
from warta.errors import StoreClosedError, StoreError
from warta.models import Article
from warta.store import schema as S
from warta.store import versions
from warta.store.views import (
    AliasView,
    ArticleDetail,
    ArticleSummary,
    ArticleVersion,
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

ENV_VAR = "WARTA_DB"
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def default_url() -> str:
    raw = resources.files("warta").joinpath("defaults.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw).get("store", {}).get("default_url", "sqlite:///warta.db")


def resolve_url(url: str | None = None) -> str:
    """--db URL, else $WARTA_DB, else the packaged default (sqlite:///warta.db)."""
    url = url or os.environ.get(ENV_VAR) or default_url()
    if "://" not in url:  # a bare path means a SQLite file
        url = f"sqlite:///{url}"
    return url


def content_hash(article: Article) -> str:
    """Article.id is the content hash of the decoded input; recompute it when it is missing."""
    if article.id:
        return article.id
    return hashlib.sha1(article.text.encode("utf-8")).hexdigest()[:16]


def _day(published: str | None) -> str | None:
    if published and _DAY.match(published):
        return published[:10]
    return None


def _json_list(raw) -> list:
    """A JSON list column read raw (text on SQLite, decoded already by some drivers); '[]' is cheap."""
    if raw is None or raw == "[]":
        return []
    if isinstance(raw, str):
        return list(json.loads(raw))
    return list(raw)


BUSY_TIMEOUT_S = 60.0  # how long a SQLite writer waits for another one to finish
# pg_advisory_xact_lock key of the one writer of a PostgreSQL store ("warta" in ASCII)
PG_WRITE_LOCK = 0x7761727461


@contextmanager
def write_transaction(engine: Engine) -> Iterator:
    """One writer at a time, across processes: SQLite `BEGIN IMMEDIATE` (a second writer waits on the
    busy timeout, instead of failing half-way when its read transaction cannot become a write), and a
    transaction-scoped advisory lock on PostgreSQL. Reads made inside see every committed write."""
    with engine.connect() as conn:
        conn.execution_options(warta_write=True)
        try:
            trans = conn.begin()
        except OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError("the store is busy: another process has held its write lock for longer than the "
                                 "busy timeout; nothing was written, run it again once that one is done") from None
            raise
        with trans:
            if engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_WRITE_LOCK})
            yield conn


def _migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    # under the write lock: two processes opening a new store do not both create its tables
    with write_transaction(engine) as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Store:
    """The corpus database. One writer; reads return pydantic views from `warta.store.views`.

    Writing: `ingest(articles)` stores articles and rebuilds stories and conflicts;
    `add_articles(articles)` only stores them (cheaper for many batches) and `rebuild_corpus()` must
    follow once the batches are in, else stories and conflicts do not include the new articles.
    """

    def __init__(self, url: str | None = None, *, busy_timeout: float = BUSY_TIMEOUT_S):
        self.url = resolve_url(url)
        self._closed = False
        try:
            self.engine = self._make_engine(self.url, busy_timeout)
            _migrate(self.engine)
        except Exception as exc:  # a bad URL or unreachable server is a named error
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"cannot open store {self.url!r}: {exc} (use --db URL or set {ENV_VAR})") from exc
        self.dialect = self.engine.dialect.name
        self._entity_ids: dict[str, int] = {}
        self._alias_seen: set[tuple[int, str]] = set()
        # while _write_children runs: alias rows to insert at its end, keys known not to be stored
        self._alias_buffer: list[dict] | None = None
        self._absent_keys: set[str] = set()
        self._lsh = None

    # -- lifecycle -----------------------------------------------------------------------------
    @staticmethod
    def _make_engine(url: str, busy_timeout: float = BUSY_TIMEOUT_S) -> Engine:
        if url.startswith("sqlite"):
            memory = url in ("sqlite://", "sqlite:///:memory:") or "mode=memory" in url
            kwargs = {"poolclass": StaticPool} if memory else {}
            engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": busy_timeout}, **kwargs)

            @event.listens_for(engine, "connect")
            def _pragmas(dbapi_conn, _record):  # WAL: readers do not block the writer
                if not memory:  # transactions are begun below, not by the driver (it skips DDL)
                    dbapi_conn.isolation_level = None
                cur = dbapi_conn.cursor()
                if not memory:
                    cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
                cur.execute("PRAGMA foreign_keys=ON")
                cur.close()

            if not memory:
                @event.listens_for(engine, "begin")
                def _begin(conn):  # writers take the write lock up front: see write_transaction
                    immediate = conn.get_execution_options().get("warta_write")
                    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

            return engine
        return create_engine(url, pool_pre_ping=True)

    def close(self) -> None:
        """Release the database; safe to call twice."""
        if not self._closed:
            self._closed = True
            self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _check(self) -> None:
        if self._closed:
            raise StoreClosedError("the store is closed")

    # -- writing -------------------------------------------------------------------------------
    def add_articles(self, articles: Iterable[Article], *, batch_size: int = 200) -> IngestReport:
        """Store articles, one transaction per batch; known content is skipped, copies linked.

        Args:
            articles: extracted Articles (as from `warta.extraction.extract_page`).
            batch_size: articles per transaction.
        """
        self._check()
        report = IngestReport()
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                report.merge(self._write_batch(batch))
                batch = []
        if batch:
            report.merge(self._write_batch(batch))
        return report

    def ingest(self, articles: Iterable[Article], *, batch_size: int = 200) -> IngestReport:
        """Store articles (as `add_articles`), then update stories and conflicts (`update_corpus`)."""
        report = self.add_articles(articles, batch_size=batch_size)
        self.update_corpus(report.article_ids)
        return report

    def _near_dup_index(self, conn):
        """The copy-detection index of current versions, brought up to date inside the write
        transaction: rows another process committed since the last batch are added, and versions
        they superseded are dropped, so copies are judged against everything stored."""
        from warta.corpus.ingest import NearDuplicateIndex

        if self._lsh is None:
            self._lsh = NearDuplicateIndex()
            self._lsh_last = 0
        rows = conn.execute(select(S.ArticleRow.id, S.ArticleRow.minhash, S.ArticleRow.near_duplicate_of,
                                   S.ArticleRow.supersedes, S.ArticleRow.superseded_by)
                            .where(S.ArticleRow.id > self._lsh_last).order_by(S.ArticleRow.id))
        for aid, sig, dup, older, newer in rows:
            self._lsh_last = aid
            if older is not None:
                self._lsh.replace(older, aid)
            if newer is None:
                self._lsh.add_signature(aid, sig, original=dup)
        return self._lsh

    def _forget_caches(self) -> None:
        """After a rolled-back write: cached entity ids and the index may name rows that never were."""
        self._entity_ids.clear()
        self._alias_seen.clear()
        self._lsh = None

    def _write_batch(self, batch: list[Article]) -> IngestReport:
        try:
            with write_transaction(self.engine) as conn:
                return self._write_batch_in(conn, batch)
        except BaseException:
            self._forget_caches()
            raise

    def _write_batch_in(self, conn, batch: list[Article]) -> IngestReport:
        report = IngestReport()
        seen: dict[str, Article] = {}
        for art in batch:
            h = content_hash(art)
            if h in seen:
                report.duplicates += 1
            else:
                seen[h] = art
        # inside the write transaction: a concurrent writer's rows are visible and cannot appear meanwhile
        known = set(conn.execute(select(S.ArticleRow.content_hash)
                                 .where(S.ArticleRow.content_hash.in_(list(seen)))).scalars())
        fresh = [(h, a) for h, a in seen.items() if h not in known]
        report.duplicates += len(known)
        if not fresh:
            return report
        lsh = self._near_dup_index(conn)
        keys = [versions.version_key(a) for _h, a in fresh]
        current = versions.current_by_key(conn, sorted({k for k in keys if k is not None}))
        now = datetime.now(UTC).isoformat(timespec="seconds")
        rows, sigs, number = [], [], {}
        for (h, art), key in zip(fresh, keys, strict=True):
            sig = lsh.signature(art)
            sigs.append(sig)
            version = 1
            if key is not None:
                version = number.get(key, current.get(key, (0, 0))[1]) + 1
                number[key] = version
            rows.append({
                "content_hash": h, "source": art.source, "url": art.url, "outlet": art.outlet,
                "language": art.language, "published": art.published, "published_day": _day(art.published),
                "title": art.title, "body": "\n".join(art.paragraphs) or art.text,
                "record": art.model_dump_json(), "minhash": lsh.to_bytes(sig),
                "near_duplicate_of": None, "story_id": None, "ingested_at": now,
                "version_key": key, "version": version,
            })
        ids = conn.execute(insert(S.ArticleRow).returning(S.ArticleRow.id, sort_by_parameter_order=True),
                           rows).scalars().all()
        dup_links, chain = [], []
        for aid, sig, key in zip(ids, sigs, keys, strict=True):
            older = current.get(key, (None,))[0] if key is not None else None
            # a new version is not a copy of the text it replaces
            original = lsh.find_original(sig, exclude=older)
            if older is not None:
                chain.append((older, aid))
                lsh.replace(older, aid)
            lsh.add(aid, sig, original=original)
            self._lsh_last = max(self._lsh_last, aid)
            if original is not None:
                dup_links.append({"aid": aid, "orig": original})
            if key is not None:
                current[key] = (aid, 0)
        if dup_links:
            conn.execute(update(S.ArticleRow).where(S.ArticleRow.id == bindparam("aid"))
                         .values(near_duplicate_of=bindparam("orig")), dup_links)
            report.near_duplicates += len(dup_links)
        # after the copy links: a copy stored in this batch of a version this batch replaces
        # follows it to the new version, as it would had they come in two batches
        versions.link(conn, chain)
        self._write_children(conn, list(zip(ids, [a for _h, a in fresh], strict=True)))
        report.ingested += len(fresh)
        report.updated += len(chain)
        report.article_ids.extend(ids)
        return report

    def _entity_id(self, conn, canon, language: str | None, forms: Iterable[str]) -> int:
        eid = self._entity_ids.get(canon.key)
        if eid is None:
            eid = None if canon.key in self._absent_keys else \
                conn.execute(select(S.EntityRow.id).where(S.EntityRow.key == canon.key)).scalar()
            if eid is None:
                eid = conn.execute(insert(S.EntityRow).returning(S.EntityRow.id),
                                   {"key": canon.key, "name": canon.name, "type": canon.type or "ORG",
                                    "article_count": 0}).scalar_one()
            self._entity_ids[canon.key] = eid
        new_aliases = []
        for form in forms:
            n = norm(form)
            if n and (eid, n) not in self._alias_seen:
                self._alias_seen.add((eid, n))
                new_aliases.append({"entity_id": eid, "alias": form, "norm": n, "language": language})
        if new_aliases and self._alias_buffer is not None:
            self._alias_buffer.extend(new_aliases)  # one statement per batch, rows in the same order
        elif new_aliases:
            self._insert_ignore(conn, S.AliasRow, new_aliases, ["entity_id", "norm"])
        return eid

    def _prefetch_entity_ids(self, conn, keys: Iterable[str]) -> None:
        """The ids of a batch's stored entities in a few queries, instead of one per new key;
        the keys not stored yet are remembered, so `_entity_id` inserts them without asking."""
        wanted = list(dict.fromkeys(k for k in keys if k not in self._entity_ids))
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            self._entity_ids.update((key, eid) for key, eid in conn.execute(
                select(S.EntityRow.key, S.EntityRow.id).where(S.EntityRow.key.in_(chunk))))
        self._absent_keys = {k for k in wanted if k not in self._entity_ids}

    def _insert_ignore(self, conn, model, rows, index_elements) -> None:
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            conn.execute(pg_insert(model).on_conflict_do_nothing(index_elements=index_elements), rows)
        elif self.dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as sl_insert

            conn.execute(sl_insert(model).on_conflict_do_nothing(index_elements=index_elements), rows)
        else:  # pragma: no cover
            conn.execute(insert(model), rows)

    def _write_children(self, conn, items: list[tuple[int, Article]]) -> None:
        self._alias_buffer = []
        try:
            self._write_children_in(conn, items)
            if self._alias_buffer:
                self._insert_ignore(conn, S.AliasRow, self._alias_buffer, ["entity_id", "norm"])
        finally:
            self._alias_buffer, self._absent_keys = None, set()

    def _write_children_in(self, conn, items: list[tuple[int, Article]]) -> None:
        res = resolver()
        paragraphs, mentions, quotes, quantities, claims, fts = [], [], [], [], [], []
        entity_articles: dict[int, int] = {}
        resolved = [(aid, art, ArticleEntities(art.entities, res)) for aid, art in items]
        self._prefetch_entity_ids(conn, (c.key for _aid, _art, ents in resolved for c in ents.by_local.values()))
        for aid, art, ents in resolved:
            spans = art.paragraph_spans or [None] * len(art.paragraphs)
            for i, (p, sp) in enumerate(zip(art.paragraphs, spans, strict=False)):
                paragraphs.append({"article_id": aid, "position": i, "text": p,
                                   "start": sp[0] if sp else None, "end": sp[1] if sp else None})
            local_eid: dict[str, int] = {}
            for ent in art.entities:
                canon = ents.by_local[ent.id]
                eid = self._entity_id(conn, canon, art.language, [ent.name, *ent.aliases])
                local_eid[ent.id] = eid
                entity_articles[eid] = entity_articles.get(eid, 0) + 1
                mentions.append({"article_id": aid, "local_id": ent.id, "name": ent.name, "type": ent.type,
                                 "aliases": list(ent.aliases), "spans": [list(s) for s in ent.mentions],
                                 "count": max(1, len(ent.mentions)), "entity_id": eid})
            for i, q in enumerate(art.quotes):
                speaker_eid = local_eid.get(q.speaker_id) if q.speaker_id else None
                if speaker_eid is None and q.speaker:
                    canon = ents.resolve(q.speaker)
                    speaker_eid = self._entity_ids.get(canon.key) if canon else None
                quotes.append({"article_id": aid, "position": i, "kind": q.kind, "text": q.text,
                               "speaker": q.speaker, "speaker_entity_id": speaker_eid, "via": list(q.via),
                               "cue": q.cue, "start": q.span[0], "end": q.span[1]})
            for i, q in enumerate(art.quantities):
                quantities.append({"article_id": aid, "position": i, "text": q.text, "value": q.value,
                                   "unit": q.unit, "category": q.category, "approx": q.approx,
                                   "start": q.span[0], "end": q.span[1]})
            claims.extend(self._claim_rows(conn, aid, art, ents))
            fts.append({"id": aid, "title": art.title or "", "body": "\n".join(art.paragraphs) or art.text})
        for model, rows in ((S.ParagraphRow, paragraphs), (S.MentionRow, mentions), (S.QuoteRow, quotes),
                            (S.QuantityRow, quantities), (S.ClaimRow, claims)):
            if rows:
                conn.execute(insert(model), rows)
        if entity_articles:
            conn.execute(update(S.EntityRow).where(S.EntityRow.id == bindparam("eid"))
                         .values(article_count=S.EntityRow.article_count + bindparam("n")),
                         [{"eid": k, "n": v} for k, v in entity_articles.items()])
        if self.dialect == "sqlite" and fts:
            conn.execute(text("INSERT INTO articles_fts(rowid, title, body) VALUES (:id, :title, :body)"), fts)

    def _claim_rows(self, conn, aid: int, art: Article, ents: ArticleEntities) -> list[dict]:
        """Claim rows of one article: one per answer to a question (corpus/claims.py)."""
        rows = []
        for nc in normalise_article(art, ents):
            ids = {}
            for role, canon in nc.entity_keys.items():
                ids[role] = self._entity_ids.get(canon.key)
                if ids[role] is None and role in ("source", "subject"):
                    ids[role] = self._entity_id(conn, canon, art.language, [canon.name])
            rows.append({
                "article_id": aid, "position": nc.position, "origin": nc.origin, "source": nc.source,
                "source_entity_id": ids.get("source"), "via": nc.via, "subject": nc.subject,
                "subject_entity_id": ids.get("subject"), "predicate": nc.predicate, "object": nc.object,
                "value": nc.value, "unit": nc.unit, "category": nc.category, "stance": nc.stance,
                "hedged": nc.hedged, "evidence": nc.evidence, "evidence_start": nc.evidence_start,
                "evidence_end": nc.evidence_end, "quote_position": nc.quote_position,
                "source_key": nc.source_key, "predicate_class": nc.predicate_class, "measure": nc.measure,
                "topic_key": nc.topic_key, "about_key": nc.about_key, "about": nc.about,
                "question_kind": nc.question.kind if nc.question else None,
                "as_of": nc.question.as_of if nc.question else None, "approx": nc.approx,
                "dimension": nc.question.dimension if nc.question else None,
            })
        return rows

    def _requestion(self, conn) -> int:
        """Re-derive the claim rows of articles stored before claims answered questions (revision
        0003 leaves their question columns empty) from their stored records; returns how many
        articles were redone. Their records are not touched."""
        stale = [r[0] for r in conn.execute(select(S.ClaimRow.article_id).where(S.ClaimRow.question_kind.is_(None))
                                            .distinct())]
        res = resolver()
        for i in range(0, len(stale), 500):
            chunk = stale[i:i + 500]
            rows = []
            for aid, raw in conn.execute(select(S.ArticleRow.id, S.ArticleRow.record).where(S.ArticleRow.id.in_(chunk))):
                art = Article.model_validate_json(raw)
                rows.extend(self._claim_rows(conn, aid, art, ArticleEntities(art.entities, res)))
            conn.execute(delete(S.ConflictClaimRow).where(S.ConflictClaimRow.claim_id.in_(
                select(S.ClaimRow.id).where(S.ClaimRow.article_id.in_(chunk)))))
            conn.execute(delete(S.ClaimRow).where(S.ClaimRow.article_id.in_(chunk)))
            if rows:
                conn.execute(insert(S.ClaimRow), rows)
        return len(stale)

    def update_corpus(self, article_ids=None):
        """Bring stories, questions and conflicts up to date with the articles stored since the
        last update (incremental: see `warta.corpus.incremental.update_corpus`); returns a
        `CorpusUpdate` saying what changed."""
        from warta.corpus.incremental import update_corpus

        return update_corpus(self, article_ids)

    def rebuild_corpus(self):
        """Recompute stories and conflicts over the whole store (`warta rebuild`, after rules
        changed); `update_corpus` is the cheap way after `add_articles`. Returns a `CorpusUpdate`.

        One transaction: a reader sees the previous stories and conflicts until it commits, and a
        failure leaves them untouched. Idempotent, and equal to the incremental updates of the same
        store: story ids are deterministic (the first version of a story's earliest article) and a
        conflict with the same story, kind, about key and language keeps its id, so links to
        /stories/{id} survive.

        The clustering (seconds on a large store) reads a snapshot without the write lock, so
        other writers are not held up; the result is written under the lock only if no article
        was stored or superseded meanwhile (else it is computed again; the third time, under the
        lock).
        """
        self._check()
        with write_transaction(self.engine) as conn:
            self._requestion(conn)  # a store upgraded from before questions: its claims, re-read
        for _attempt in range(2):
            with self.engine.connect() as conn:
                seen = self._corpus_state(conn)
                plan = self._plan_corpus(conn)
            with write_transaction(self.engine) as conn:
                if self._corpus_state(conn) == seen:
                    return self._write_corpus(conn, *plan)
        with write_transaction(self.engine) as conn:
            return self._write_corpus(conn, *self._plan_corpus(conn))

    def _rebuild_in(self, conn):
        """The whole-store rebuild inside a write transaction already held."""
        self._requestion(conn)
        return self._write_corpus(conn, *self._plan_corpus(conn))

    @staticmethod
    def _corpus_state(conn) -> tuple:
        """Changes whenever a rebuild's input or output changes (articles only ever get added,
        superseded or relinked along with an added one; stories only by a corpus update)."""
        return (conn.execute(select(func.count(S.ArticleRow.id), func.max(S.ArticleRow.id),
                                    func.count(S.ArticleRow.superseded_by))).one(),
                conn.execute(select(func.count(S.StoryRow.id), func.max(S.StoryRow.id))).one(),
                tuple(conn.execute(select(S.CorpusStateRow.name, S.CorpusStateRow.value)
                                   .order_by(S.CorpusStateRow.name)).all()))

    def _plan_corpus(self, conn) -> tuple:
        from warta.corpus.conflicts import find_conflicts
        from warta.corpus.stories import build_stories

        old_ids = set(conn.execute(select(S.StoryRow.id)).scalars())
        old_conflicts = {(r.story_id, r.kind, r.about_key, r.language): (r.id, None) for r in conn.execute(
            select(S.ConflictRow.id, S.ConflictRow.story_id, S.ConflictRow.kind, S.ConflictRow.about_key,
                   S.ConflictRow.language))}
        next_conflict = max([0, *(cid for cid, _claims in old_conflicts.values())]) + 1
        watermark = conn.execute(select(func.max(S.ArticleRow.id))).scalar() or 0
        stories, graph = build_stories(conn)
        story_of = {a: st.id for st in stories for a in st.all_articles}
        conflicts = find_conflicts(conn, story_of)
        return stories, graph, watermark, conflicts, old_ids, old_conflicts, next_conflict

    def _upsert_terms(self, conn, rows: list[dict]) -> None:
        """story_terms: df += the given counts."""
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        else:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        stmt = dialect_insert(S.StoryTermRow)
        conn.execute(stmt.on_conflict_do_update(index_elements=["term"], set_={"df": S.StoryTermRow.df + stmt.excluded.df}),
                     rows)

    @staticmethod
    def _set_counters(conn, values: dict[str, int]) -> None:
        conn.execute(delete(S.CorpusStateRow).where(S.CorpusStateRow.name.in_(list(values))))
        conn.execute(insert(S.CorpusStateRow), [{"name": k, "value": v} for k, v in values.items()])

    def _write_corpus(self, conn, stories, graph, watermark, conflicts, old_ids, old_conflicts, next_conflict):
        from warta.corpus.incremental import CorpusUpdate, conflict_rows

        for model in (S.ConflictClaimRow, S.ConflictRow, S.StoryArticleRow, S.StoryRow, S.StoryLinkRow,
                      S.StoryPostingRow, S.StoryTermRow, S.StoryNodeRow, S.CorpusStateRow):
            conn.execute(delete(model))
        result = CorpusUpdate(full=True)
        new_ids = {st.id for st in stories}
        result.stories_created = sorted(new_ids - old_ids)
        result.stories_changed = sorted(new_ids & old_ids)
        result.stories_removed = sorted(old_ids - new_ids)
        from warta.corpus.conflicts import disputed_counts

        counts = disputed_counts(conflicts)  # the questions the story page shows, not the stored rows
        for i in range(0, len(stories), 5000):
            part = stories[i:i + 5000]
            conn.execute(insert(S.StoryRow), [{**st.row(), "id": st.id, "conflict_count": counts.get(st.id, 0)}
                                              for st in part])
            conn.execute(insert(S.StoryArticleRow),
                         [{"story_id": st.id, "article_id": a} for st in part for a in st.all_articles])
        # one statement for the denormalised articles.story_id (no per-story round trips)
        conn.execute(update(S.ArticleRow).values(story_id=select(S.StoryArticleRow.story_id).where(
            S.StoryArticleRow.article_id == S.ArticleRow.id).limit(1).scalar_subquery()))
        rows, links = conflict_rows(conflicts, old_conflicts, next_conflict, result)
        if rows:
            conn.execute(insert(S.ConflictRow), rows)
        if links:
            conn.execute(insert(S.ConflictClaimRow), links)
        self._write_graph(conn, graph, watermark)
        if self.dialect == "postgresql":  # fresh planner statistics, or paged reads fall back to seq scans
            conn.execute(text("ANALYZE articles, claims, stories, story_articles, conflicts, conflict_claims, "
                              "story_nodes, story_terms, story_postings, story_links"))
        return result

    def _write_graph(self, conn, graph, watermark: int) -> None:
        """The clustering state of a whole-store rebuild, for the incremental updates after it."""
        from warta.corpus.incremental import NODES, WATERMARK

        def bulk(model, rows):
            for i in range(0, len(rows), 20000):
                conn.execute(insert(model), rows[i:i + 20000])

        bulk(S.StoryNodeRow, [{"article_id": a, "top": graph.tops.get(a, [])} for a in graph.feats])
        bulk(S.StoryTermRow, [{"term": t, "df": d} for t, d in graph.df.items()])
        bulk(S.StoryPostingRow, [{"key": k, "day": d, "article_id": i}
                                 for k, ps in graph.postings.items() for d, i in ps])
        bulk(S.StoryLinkRow, [{"a": a, "b": b, "score": s} for a, b, s in graph.live_links()])
        self._set_counters(conn, {WATERMARK: watermark, NODES: graph.n})

    # -- reading -------------------------------------------------------------------------------
    def _summary(self, r, snippet: str | None = None) -> ArticleSummary:
        return ArticleSummary(id=r.id, title=r.title, source=r.source, url=r.url, outlet=r.outlet,
                              language=r.language, published=r.published, story_id=r.story_id,
                              near_duplicate_of=r.near_duplicate_of, snippet=snippet, version=r.version or 1,
                              superseded_by=r.superseded_by)

    _SUMMARY_COLS = (S.ArticleRow.id, S.ArticleRow.title, S.ArticleRow.source, S.ArticleRow.url,
                     S.ArticleRow.outlet, S.ArticleRow.language, S.ArticleRow.published,
                     S.ArticleRow.story_id, S.ArticleRow.near_duplicate_of, S.ArticleRow.version,
                     S.ArticleRow.superseded_by)

    def list_articles(self, *, q=None, lang=None, outlet=None, since=None, until=None, page=1,
                      per_page=20, history: bool = False) -> Page[ArticleSummary]:
        """Articles, newest first, filtered by full-text query, language, outlet and date range;
        current versions only unless `history` (see `article_versions`)."""
        self._check()
        page, per_page = max(1, int(page)), max(1, min(int(per_page), 500))
        stmt = select(*self._SUMMARY_COLS)
        if not history:
            stmt = stmt.where(S.ArticleRow.superseded_by.is_(None))
        if q:
            ids = [h.article_id for h in self.search(q, limit=10_000)]
            stmt = stmt.where(S.ArticleRow.id.in_(ids))
        if lang:
            stmt = stmt.where(S.ArticleRow.language == lang)
        if outlet:
            stmt = stmt.where(S.ArticleRow.outlet == outlet)
        if since:
            stmt = stmt.where(S.ArticleRow.published_day >= str(since)[:10])
        if until:
            stmt = stmt.where(S.ArticleRow.published_day <= str(until)[:10])
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
            rows = conn.execute(stmt.order_by(S.ArticleRow.published_day.desc().nulls_last(), S.ArticleRow.id.desc())
                                .limit(per_page).offset((page - 1) * per_page)).all()
        return Page[ArticleSummary](items=[self._summary(r) for r in rows], total=total, page=page,
                                    per_page=per_page)

    def get_article(self, article_id: int) -> ArticleDetail | None:
        """One article with its full extracted record, its story's title, and a map from its local
        entity ids (record.entities[].id) to canonical entity ids (for /entities/{id} links)."""
        self._check()
        with self.engine.connect() as conn:
            r = conn.execute(select(*self._SUMMARY_COLS, S.ArticleRow.record, S.StoryRow.title.label("story_title"))
                             .outerjoin(S.StoryRow, S.StoryRow.id == S.ArticleRow.story_id)
                             .where(S.ArticleRow.id == int(article_id))).first()
            if r is None:
                return None
            dups = conn.execute(select(S.ArticleRow.id).where(S.ArticleRow.near_duplicate_of == r.id)
                                .order_by(S.ArticleRow.id)).scalars().all()
            ents = conn.execute(select(S.MentionRow.local_id, S.MentionRow.entity_id)
                                .where(S.MentionRow.article_id == r.id, S.MentionRow.entity_id.is_not(None))).all()
            history = versions.history(conn, r.id) if (r.version or 1) > 1 or r.superseded_by else []
        base = self._summary(r).model_dump()
        return ArticleDetail(**base, record=Article.model_validate_json(r.record), duplicates=list(dups),
                             entity_ids={local: eid for local, eid in ents}, story_title=r.story_title,
                             versions=history)

    def article_versions(self, article_id: int) -> list[ArticleVersion]:
        """Every version of an article (same URL/source, new content), oldest first; [] if unknown."""
        self._check()
        with self.engine.connect() as conn:
            return versions.history(conn, article_id)

    def would_supersede(self, article: Article) -> int | None:
        """The id of the stored article that storing this one would make an older version, if any
        (None for a new address, or for content already stored)."""
        self._check()
        key = versions.version_key(article)
        if key is None:
            return None
        with self.engine.connect() as conn:
            if conn.execute(select(S.ArticleRow.id).where(S.ArticleRow.content_hash == content_hash(article))).first():
                return None
            found = versions.current_by_key(conn, [key]).get(key)
        return found[0] if found else None

    def _story_summary(self, r) -> StorySummary:
        return StorySummary(id=r.id, title=r.title, first=r.first, last=r.last, outlets=list(r.outlets or []),
                            languages=list(r.languages or []), article_count=r.article_count,
                            conflict_count=r.conflict_count)

    def list_stories(self, *, page=1, per_page=20) -> Page[StorySummary]:
        """Stories, most recently updated first."""
        self._check()
        page, per_page = max(1, int(page)), max(1, min(int(per_page), 10_000))
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count(S.StoryRow.id))).scalar_one()
            rows = conn.execute(select(S.StoryRow.__table__).order_by(S.StoryRow.last.desc().nulls_last(), S.StoryRow.id)
                                .limit(per_page).offset((page - 1) * per_page)).all()
        return Page[StorySummary](items=[self._story_summary(r) for r in rows], total=total, page=page,
                                  per_page=per_page)

    def story_articles(self, story_id: int) -> list[ArticleSummary]:
        self._check()
        with self.engine.connect() as conn:
            rows = conn.execute(select(*self._SUMMARY_COLS).join(
                S.StoryArticleRow, S.StoryArticleRow.article_id == S.ArticleRow.id)
                .where(S.StoryArticleRow.story_id == int(story_id))
                .order_by(S.ArticleRow.published_day.nulls_first(), S.ArticleRow.id)).all()
        return [self._summary(r) for r in rows]

    def get_story(self, story_id: int) -> StoryDetail | None:
        """A story with its articles, claim timeline, conflicts and figure series."""
        self._check()
        with self.engine.connect() as conn:
            r = conn.execute(select(S.StoryRow.__table__).where(S.StoryRow.id == int(story_id))).first()
            if r is None:
                return None
            claims = self._claims(conn, select_filter=S.ArticleRow.story_id == r.id, limit=None)
        claims.sort(key=lambda c: (c.published or "", c.article_id, c.id))
        figures: dict[str, FigureSeries] = {}
        for c in claims:
            if c.value is None or c.near_duplicate_of is not None:
                continue
            fs = figures.setdefault(c.about_key or "", FigureSeries(about=c.about or "", about_key=c.about_key or "",
                                                                     unit=c.unit, points=[]))
            fs.points.append(FigurePoint(date=(c.published or "")[:10] or None, value=c.value, source=c.source,
                                         article_id=c.article_id, stance=c.stance))
        series = [f for f in figures.values() if len({p.value for p in f.points}) > 1 or len(f.points) > 1]
        return StoryDetail(**self._story_summary(r).model_dump(), articles=self.story_articles(r.id),
                           claims=claims, conflicts=self.list_conflicts(story=r.id), figures=series)

    def _claims(self, conn, *, select_filter=None, limit=None, offset=0, count=False):
        src, subj = aliased(S.EntityRow), aliased(S.EntityRow)
        cols = (S.ClaimRow.__table__, S.ArticleRow.source.label("a_source"), S.ArticleRow.published,
                S.ArticleRow.outlet, S.ArticleRow.language, S.ArticleRow.near_duplicate_of,
                src.name.label("source_name"), subj.name.label("subject_name"))
        # names as `warta entity` shows them: a source's spelling variants (Zelensky, Zelenskyy) are one
        stmt = (select(*cols).join(S.ArticleRow, S.ArticleRow.id == S.ClaimRow.article_id)
                .outerjoin(src, src.id == S.ClaimRow.source_entity_id)
                .outerjoin(subj, subj.id == S.ClaimRow.subject_entity_id)
                .where(S.ArticleRow.superseded_by.is_(None)))  # a corrected version's claims are history
        if select_filter is not None:
            stmt = stmt.where(select_filter)
        stmt = stmt.order_by(S.ArticleRow.published_day.nulls_first(), S.ClaimRow.article_id, S.ClaimRow.position)
        if limit is not None:
            stmt = stmt.limit(limit).offset(offset)
        return [self._claim_view(row) for row in conn.execute(stmt).all()]

    @staticmethod
    def _claim_view(row) -> ClaimView:
        c = row
        span = (c.evidence_start, c.evidence_end) if c.evidence_start is not None else None
        return ClaimView(id=c.id, article_id=c.article_id, article=row.a_source, origin=c.origin, source=c.source,
                         via=list(c.via or []), subject=c.subject, predicate=c.predicate, object=c.object,
                         value=c.value, unit=c.unit, stance=c.stance, hedged=c.hedged, evidence=c.evidence,
                         evidence_span=span, published=row.published, outlet=row.outlet, language=row.language,
                         about=c.about, about_key=c.about_key, near_duplicate_of=row.near_duplicate_of,
                         source_name=row.source_name or c.source, subject_name=row.subject_name or c.subject,
                         question_kind=c.question_kind)

    _CONFLICT_CLAIM_COLS = (S.ConflictClaimRow.conflict_id, S.ClaimRow.id, S.ClaimRow.article_id, S.ClaimRow.source,
                            cast(S.ClaimRow.via, Text).label("via"), S.ClaimRow.value, S.ClaimRow.stance, S.ClaimRow.evidence,
                            S.ClaimRow.evidence_start, S.ClaimRow.evidence_end, S.ArticleRow.source.label("a_source"),
                            S.ArticleRow.published, S.ArticleRow.outlet, S.ArticleRow.language, S.ClaimRow.unit,
                            S.ClaimRow.approx, S.ArticleRow.title, S.EntityRow.name.label("canonical"),
                            S.ClaimRow.subject, S.ClaimRow.predicate, S.ClaimRow.object)

    def _conflict_views(self, conn, conflicts) -> list[ConflictView]:
        """Views for conflict rows: one query for all their claims, views built without re-validation."""
        if not conflicts:
            return []
        by_conflict: dict[int, list[ConflictClaim]] = {c.id: [] for c in conflicts}
        ids = list(by_conflict)
        for i in range(0, len(ids), 5000):  # bounded IN lists
            rows = conn.execute(select(*self._CONFLICT_CLAIM_COLS)
                                .join(S.ClaimRow, S.ClaimRow.id == S.ConflictClaimRow.claim_id)
                                .join(S.ArticleRow, S.ArticleRow.id == S.ClaimRow.article_id)
                                .outerjoin(S.EntityRow, S.EntityRow.id == S.ClaimRow.source_entity_id)
                                .where(S.ConflictClaimRow.conflict_id.in_(ids[i:i + 5000]))
                                .order_by(S.ConflictClaimRow.conflict_id, S.ConflictClaimRow.position))
            for r in rows:
                span = (r.evidence_start, r.evidence_end) if r.evidence_start is not None else None
                by_conflict[r.conflict_id].append(ConflictClaim.model_construct(
                    # the source by its canonical name, the one `warta entity` shows (Zelensky = Zelenskyy)
                    claim_id=r.id, article=r.a_source, article_id=r.article_id, source=r.canonical or r.source,
                    via=_json_list(r.via), value=r.value, stance=r.stance, published=r.published,
                    evidence=r.evidence or "", evidence_span=span, outlet=r.outlet, language=r.language,
                    unit=r.unit, approx=r.approx, title=r.title, subject=r.subject, predicate=r.predicate,
                    object=r.object))
        return [ConflictView.model_construct(id=c.id, about=c.about, about_key=c.about_key, kind=c.kind,
                                             story=c.story_id, language=c.language, claims=by_conflict[c.id],
                                             question=question_view(c.about_key, c.about, by_conflict[c.id]),
                                             sides=answer_sides(c.kind, by_conflict[c.id]))
                for c in conflicts]

    def _conflicts_stmt(self, story: int | None):
        stmt = select(S.ConflictRow.id, S.ConflictRow.story_id, S.ConflictRow.about, S.ConflictRow.about_key,
                      S.ConflictRow.kind, S.ConflictRow.language)
        if story is not None:
            stmt = stmt.where(S.ConflictRow.story_id == int(story))
        return stmt.order_by(S.ConflictRow.story_id, S.ConflictRow.id)

    def list_conflicts(self, *, story: int | None = None, limit: int | None = None,
                       offset: int = 0) -> list[ConflictView]:
        """Conflicts (numeric_divergence, confirm_vs_deny), optionally of one story, by story then id.

        Args:
            story: only this story's conflicts.
            limit: at most this many (None: all of them; prefer a page, or `iter_conflicts`, on a
                large store); `count_conflicts` gives the total.
            offset: skip this many first.
        """
        self._check()
        stmt = self._conflicts_stmt(story)
        if limit is not None or offset:
            stmt = stmt.limit(max(0, int(limit)) if limit is not None else None).offset(max(0, int(offset)))
        with self.engine.connect() as conn:
            return self._conflict_views(conn, conn.execute(stmt).all())

    def count_conflicts(self, story: int | None = None) -> int:
        """How many conflicts (of one story)."""
        self._check()
        stmt = select(func.count(S.ConflictRow.id))
        if story is not None:
            stmt = stmt.where(S.ConflictRow.story_id == int(story))
        with self.engine.connect() as conn:
            return conn.execute(stmt).scalar_one()

    def iter_conflicts(self, *, story: int | None = None, chunk: int = 1000) -> Iterator[ConflictView]:
        """Every conflict (of one story), in `list_conflicts` order, fetched `chunk` at a time."""
        self._check()
        chunk = max(1, int(chunk))
        with self.engine.connect() as conn:  # offset pages: a rebuild committed meanwhile may shift rows
            offset = 0
            while True:
                rows = conn.execute(self._conflicts_stmt(story).limit(chunk).offset(offset)).all()
                if not rows:
                    return
                yield from self._conflict_views(conn, rows)
                if len(rows) < chunk:
                    return
                offset += len(rows)

    def _entity_ids_for(self, conn, name: str) -> list[int]:
        canon = resolver().lookup(name)
        ids = []
        if canon is not None:
            eid = conn.execute(select(S.EntityRow.id).where(S.EntityRow.key == canon.key)).scalar()
            if eid is not None:
                ids.append(eid)
        ids += conn.execute(select(S.AliasRow.entity_id).where(S.AliasRow.norm == norm(name)).distinct()).scalars().all()
        return list(dict.fromkeys(ids))

    def list_claims(self, *, about=None, source=None, stance=None, page=1, per_page=50) -> Page[ClaimView]:
        """Claims about an entity (subject), by a source, with a stance; timeline order."""
        self._check()
        page, per_page = max(1, int(page)), max(1, min(int(per_page), 10_000))
        conds = []
        with self.engine.connect() as conn:
            if about:
                ids = self._entity_ids_for(conn, about)
                conds.append(or_(S.ClaimRow.subject_entity_id.in_(ids), S.ClaimRow.subject == about)
                             if ids else S.ClaimRow.subject == about)
            if source:
                ids = self._entity_ids_for(conn, source)
                conds.append(or_(S.ClaimRow.source_entity_id.in_(ids), S.ClaimRow.source == source)
                             if ids else S.ClaimRow.source == source)
            if stance:
                conds.append(S.ClaimRow.stance == stance)
            flt = None
            for cnd in conds:
                flt = cnd if flt is None else (flt & cnd)
            cstmt = (select(func.count(S.ClaimRow.id)).join(S.ArticleRow, S.ArticleRow.id == S.ClaimRow.article_id)
                     .where(S.ArticleRow.superseded_by.is_(None)))
            if flt is not None:
                cstmt = cstmt.where(flt)
            total = conn.execute(cstmt).scalar_one()
            items = self._claims(conn, select_filter=flt, limit=per_page, offset=(page - 1) * per_page)
        return Page[ClaimView](items=items, total=total, page=page, per_page=per_page)

    def get_entity(self, entity_id: int) -> EntityDetail | None:
        """A canonical entity: aliases across languages, articles, what it said, what was said about it."""
        self._check()
        with self.engine.connect() as conn:
            e = conn.execute(select(S.EntityRow.__table__).where(S.EntityRow.id == int(entity_id))).first()
            if e is None:
                return None
            aliases = conn.execute(select(S.AliasRow.alias, S.AliasRow.language)
                                   .where(S.AliasRow.entity_id == e.id).order_by(S.AliasRow.id)).all()
            arts = conn.execute(select(*self._SUMMARY_COLS).where(S.ArticleRow.id.in_(
                select(S.MentionRow.article_id).where(S.MentionRow.entity_id == e.id)))
                .order_by(S.ArticleRow.published_day.desc().nulls_last()).limit(200)).all()
            quotes = conn.execute(select(S.QuoteRow.__table__, S.ArticleRow.source.label("a_source"), S.ArticleRow.published)
                                  .join(S.ArticleRow, S.ArticleRow.id == S.QuoteRow.article_id)
                                  .where(S.QuoteRow.speaker_entity_id == e.id)
                                  .order_by(S.ArticleRow.published_day.nulls_first()).limit(500)).all()
            by = self._claims(conn, select_filter=S.ClaimRow.source_entity_id == e.id, limit=500)
            about = self._claims(conn, select_filter=S.ClaimRow.subject_entity_id == e.id, limit=500)
        seen, alias_views = set(), []
        for a, lang in aliases:
            if (a, lang) not in seen:
                seen.add((a, lang))
                alias_views.append(AliasView(alias=a, language=lang))
        return EntityDetail(
            id=e.id, name=e.name, type=e.type, aliases=alias_views, article_count=e.article_count,
            articles=[self._summary(r) for r in arts],
            quotes=[QuoteView(article_id=q.article_id, article=q.a_source, kind=q.kind, text=q.text,
                              speaker=q.speaker, via=list(q.via or []), published=q.published) for q in quotes],
            statements_by=by, statements_about=about)

    def find_entity(self, name: str) -> EntityDetail | None:
        """The canonical entity a name (in any language, any alias) refers to; the most mentioned wins."""
        self._check()
        with self.engine.connect() as conn:
            ids = self._entity_ids_for(conn, name)
            if not ids:
                like = "%" + re.sub(r"([\\%_])", r"\\\1", name) + "%"  # the name is text, not a pattern
                ids = conn.execute(select(S.EntityRow.id).where(S.EntityRow.name.ilike(like, escape="\\"))
                                   .order_by(S.EntityRow.article_count.desc()).limit(1)).scalars().all()
            if not ids:
                return None
            best = conn.execute(select(S.EntityRow.id).where(S.EntityRow.id.in_(ids))
                                .order_by(S.EntityRow.article_count.desc()).limit(1)).scalar()
        return self.get_entity(best)

    def search(self, q: str, *, limit: int = 20) -> list[SearchHit]:
        """Full-text search over title and body, best first, with a snippet around the match.

        The query language is in `warta.store.search`; a malformed query raises QuerySyntaxError."""
        return self.search_page(q, per_page=limit, count=False).items

    def search_page(self, q: str, *, page: int = 1, per_page: int = 20, count: bool = True) -> Page[SearchHit]:
        """One page of search hits, best first, and the number of matches (`total`)."""
        from warta.store.search import run_search

        self._check()
        page, per_page = max(1, int(page)), max(1, min(int(per_page), 10_000))
        with self.engine.connect() as conn:
            rows, total = run_search(conn, self.dialect, q, limit=per_page, offset=(page - 1) * per_page,
                                     count=count)
        hits = [SearchHit(article_id=r["id"], title=r["title"], snippet=r["snip"] or "", source=r["source"],
                          outlet=r["outlet"], published=r["published"], language=r["language"],
                          score=float(r["score"])) for r in rows]
        return Page[SearchHit](items=hits, total=len(hits) if total is None else total, page=page,
                               per_page=per_page)

    # -- export ---------------------------------------------------------------------------------
    def iter_records(self, batch: int = 500) -> Iterable[dict]:
        """Every stored article as its Article JSON plus store fields (id, story_id, near_duplicate_of)."""
        self._check()
        last = 0
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(select(S.ArticleRow.id, S.ArticleRow.record, S.ArticleRow.story_id,
                                           S.ArticleRow.near_duplicate_of).where(S.ArticleRow.id > last)
                                    .order_by(S.ArticleRow.id).limit(batch)).all()
            if not rows:
                return
            for r in rows:
                rec = json.loads(r.record)
                yield {"store_id": r.id, "story_id": r.story_id, "near_duplicate_of": r.near_duplicate_of, **rec}
            last = rows[-1].id

    def count_articles(self) -> int:
        self._check()
        with self.engine.connect() as conn:
            return conn.execute(select(func.count(S.ArticleRow.id))).scalar_one()


__all__ = ["Store", "resolve_url", "content_hash", "SkippedInput"]
