"""The incremental corpus: bring stories, questions and conflicts up to date with new articles.

`update_corpus(store)` takes in every article stored since the last update (its own and any
another process stored), in store order, and touches only what they touch:

1. story clustering (corpus/stories.py) links each new article to earlier ones, reading the
   clustering state kept in the store (`story_nodes`, `story_terms`, `story_postings`,
   `story_links`): candidates come from the postings of its rarest entities, weights from the
   stored document frequencies, so the work grows with the new articles, not the store;
2. the stories of the new articles, of the articles they link to, of versions they supersede
   and of originals they copy are formed again from their links (a bridge merges two stories; a
   superseded version leaves its story, which may split);
3. those stories' questions and conflicts are found again (a story's conflicts depend on its
   own claims only) and written with the ids the same conflicts had.

Links never change once found, and `warta rebuild` processes the whole store through the same
`StoryGraph` in the same order, so an update equals a rebuild of the same store: same stories
(with the same ids: the first version of a story's earliest article), same conflicts. An update
is one write transaction: killed half-way it leaves the previous state, and the next one redoes it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import bindparam, delete, func, insert, or_, select, tuple_, update

from warta.corpus import stories as story_rules
from warta.corpus.stories import (
    Features,
    GraphState,
    StoryCluster,
    StoryGraph,
    cluster_rows,
    load_features,
)
from warta.store import schema as S

WATERMARK = "watermark"
NODES = "nodes"
_CHUNK = 2000


@dataclass
class CorpusUpdate:
    """What one corpus update changed.

    articles: ids of the articles taken in (in store order). stories_created: ids of stories
    that did not exist before (a new event, or the id a merge or split gave a part);
    stories_changed: stories that kept their id but gained or lost articles (or their title,
    dates, conflicts); stories_removed: ids that no longer exist (merged into another, or left
    empty by a correction). questions_added: (story id, question key) for each measure question a
    story's articles answer now that none of its articles answered before the update.
    conflicts_added / conflicts_changed / conflicts_removed: conflict ids, a changed one having
    the same story, kind, question and language but other claims. full: True when the update
    processed the whole store (a store from before incremental updates, or `warta rebuild`).
    """

    articles: list[int] = field(default_factory=list)
    stories_created: list[int] = field(default_factory=list)
    stories_changed: list[int] = field(default_factory=list)
    stories_removed: list[int] = field(default_factory=list)
    questions_added: list[tuple[int, str]] = field(default_factory=list)
    conflicts_added: list[int] = field(default_factory=list)
    conflicts_changed: list[int] = field(default_factory=list)
    conflicts_removed: list[int] = field(default_factory=list)
    full: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.stories_created or self.stories_changed or self.stories_removed
                    or self.conflicts_added or self.conflicts_changed or self.conflicts_removed)


def _chunks(ids: list[int], size: int = _CHUNK):
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


class StoredState(GraphState):
    """The clustering state as stored, read on demand; what this update adds is kept in memory
    on top of it and written by `flush` (inside the same transaction)."""

    def __init__(self, conn, n: int) -> None:
        super().__init__()
        self.conn = conn
        self.n = n  # articles clustered so far (the NODES counter)
        self._stored_ids: list[int] | None = None  # story_nodes rows: written only by flush()
        self.stored_df: dict[str, int] = {}
        self.new_terms: dict[str, int] = defaultdict(int)
        self.new_postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.new_nodes: list[int] = []
        self.dirty_tops: set[int] = set()
        self._loaded = np.zeros(len(self._df), dtype=bool)

    def terms(self, terms):
        terms = set(terms)
        missing = sorted(t for t in terms if t not in self.stored_df)
        for chunk in _chunks(missing, 500):
            found = dict(self.conn.execute(select(S.StoryTermRow.term, S.StoryTermRow.df)
                                           .where(S.StoryTermRow.term.in_(chunk))).all())
            for t in chunk:
                self.stored_df[t] = found.get(t, 0)
        out = {}
        for t in terms:
            d = self.stored_df[t] + self.new_terms.get(t, 0)
            if d:
                out[t] = d
        return out

    def _fit(self, size):
        super()._fit(size)
        if len(self._loaded) < len(self._df):  # which ids' df has been read from the store
            self._loaded = np.concatenate([self._loaded, np.zeros(len(self._df) - len(self._loaded), dtype=bool)])

    def df_of(self, ids):
        self._fit(len(self.rows.index))
        need = np.unique(ids[~self._loaded[ids]])
        if need.size:
            terms = [self.rows.index.terms[i] for i in need]
            self.terms(terms)  # reads the stored counts of those not read yet
            self._df[need] = [self.stored_df[t] + self.new_terms.get(t, 0) for t in terms]
            self._loaded[need] = True
        return self._df[ids]

    def load(self, ids):
        missing = [i for i in ids if i not in self.feats]
        if missing:
            loaded = load_features(self.conn, missing)
            self.feats.update(loaded)
            for aid in sorted(loaded):
                self.rows.add(loaded[aid])
            for chunk in _chunks(sorted(i for i in missing if i not in self.tops)):  # their floors, in one go
                for aid, top in self.conn.execute(select(S.StoryNodeRow.article_id, S.StoryNodeRow.top)
                                                  .where(S.StoryNodeRow.article_id.in_(chunk))):
                    self.tops[aid] = list(top or [])

    def all_ids(self):
        if self._stored_ids is None:
            self._stored_ids = list(self.conn.execute(select(S.StoryNodeRow.article_id)).scalars())
        return [*self._stored_ids, *self.new_nodes]

    def near(self, key, day, aid, count):
        P = S.StoryPostingRow
        batch = self.new_postings.get(key, [])
        if count <= 2 * story_rules.BLOCK_NEIGHBOURS:
            stored = self.conn.execute(select(P.article_id).where(P.key == key)).scalars().all()
            return [*stored, *(i for _d, i in batch)]
        here = (day, aid)
        before = [(d, i) for d, i in self.conn.execute(
            select(P.day, P.article_id).where(P.key == key, tuple_(P.day, P.article_id) < here)
            .order_by(P.day.desc(), P.article_id.desc()).limit(story_rules.BLOCK_NEIGHBOURS))]
        after = [(d, i) for d, i in self.conn.execute(
            select(P.day, P.article_id).where(P.key == key, tuple_(P.day, P.article_id) >= here)
            .order_by(P.day, P.article_id).limit(story_rules.BLOCK_NEIGHBOURS))]
        # the same slice of the whole posting list as GraphState.near takes
        before = sorted(before + [p for p in batch if p < here], reverse=True)[:story_rules.BLOCK_NEIGHBOURS]
        after = sorted(after + [p for p in batch if p >= here])[:story_rules.BLOCK_NEIGHBOURS]
        return [i for _d, i in before + after]

    def top(self, aid):
        if aid not in self.tops:
            raw = self.conn.execute(select(S.StoryNodeRow.top).where(S.StoryNodeRow.article_id == aid)).scalar()
            self.tops[aid] = list(raw or [])
        return self.tops[aid]

    def set_top(self, aid, top):
        self.tops[aid] = top
        self.dirty_tops.add(aid)

    def add(self, f: Features, terms: list[str]) -> None:
        self.n += 1
        for t in terms:
            self.new_terms[t] += 1
        ids = self.rows.index.of(terms)
        self._fit(len(self.rows.index))
        ids = ids[self._loaded[ids]]  # the others get the new counts when first read
        self._df[ids] += 1
        self.feats[f.id] = f
        self.rows.add(f)
        self.new_nodes.append(f.id)
        for e in f.ents:
            self.new_postings[e].append((f.day or 0, f.id))

    def flush(self, store, watermark: int) -> None:
        conn = self.conn
        new = set(self.new_nodes)
        if self.new_nodes:
            conn.execute(insert(S.StoryNodeRow), [{"article_id": a, "top": self.tops.get(a, [])}
                                                  for a in self.new_nodes])
        old = sorted(self.dirty_tops - new)
        if old:
            conn.execute(update(S.StoryNodeRow).where(S.StoryNodeRow.article_id == bindparam("aid"))
                         .values(top=bindparam("t")), [{"aid": a, "t": self.tops[a]} for a in old])
        rows = [{"term": t, "df": d} for t, d in sorted(self.new_terms.items())]
        if rows:
            store._upsert_terms(conn, rows)
        postings = [{"key": k, "day": d, "article_id": i} for k, ps in self.new_postings.items() for d, i in ps]
        if postings:
            conn.execute(insert(S.StoryPostingRow), postings)
        links = self.live_links()
        if links:
            conn.execute(insert(S.StoryLinkRow), [{"a": a, "b": b, "score": s} for a, b, s in links])
        # stored links of articles whose floor rose that can no longer count (as a rebuild keeps them)
        risen = [{"node": a, "floor": self.tops[a][-1]} for a in old if len(self.tops[a]) >= story_rules.MUTUAL_K]
        if risen:
            L = S.StoryLinkRow
            conn.execute(delete(L).where(or_(L.a == bindparam("node"), L.b == bindparam("node")),
                                         L.score < bindparam("floor")), risen)
        store._set_counters(conn, {WATERMARK: watermark, NODES: self.n})


def _questions(conn, members_by_story: dict[int, list[int]]) -> dict[int, set[str]]:
    """story -> the measure questions its current original articles answer."""
    story_of = {a: st for st, ms in members_by_story.items() for a in ms}
    out: dict[int, set[str]] = defaultdict(set)
    for chunk in _chunks(sorted(story_of)):
        for aid, key in conn.execute(
                select(S.ClaimRow.article_id, S.ClaimRow.about_key).join(S.ArticleRow, S.ArticleRow.id == S.ClaimRow.article_id)
                .where(S.ClaimRow.article_id.in_(chunk), S.ClaimRow.question_kind == "measure",
                       S.ArticleRow.near_duplicate_of.is_(None), S.ArticleRow.superseded_by.is_(None))):
            if key:
                out[story_of[aid]].add(key)
    return out


def conflict_rows(conflicts: list, old_conflicts: dict[tuple, tuple[int, list[int] | None]], next_conflict: int,
                  result: CorpusUpdate) -> tuple[list[dict], list[dict]]:
    """Conflict and conflict-claim rows for `conflicts`. A conflict found again (same story, kind,
    question and language) keeps its id, so links to it survive; new ones are numbered from
    `next_conflict`. `old_conflicts` (key -> (id, claim ids, or None when not read)) is consumed:
    what is left was removed. Records what changed in `result`."""
    rows, links = [], []
    for cf in conflicts:
        old = old_conflicts.pop((cf.story, cf.kind, cf.about_key, cf.language), None)
        if old is None:
            cid, next_conflict = next_conflict, next_conflict + 1
            result.conflicts_added.append(cid)
        else:
            cid = old[0]
            if old[1] is not None and old[1] != cf.claims:
                result.conflicts_changed.append(cid)
        rows.append({"id": cid, "story_id": cf.story, "about": cf.about, "about_key": cf.about_key,
                     "kind": cf.kind, "language": cf.language})
        links.extend({"conflict_id": cid, "claim_id": c, "position": i} for i, c in enumerate(cf.claims))
    result.conflicts_removed = sorted(cid for cid, _claims in old_conflicts.values())
    return rows, links


def update_corpus(store, article_ids: Iterable[int] | None = None) -> CorpusUpdate:
    """Bring stories, questions and conflicts up to date with every article stored so far.

    `article_ids` (as `IngestReport.article_ids` gives them) are only a hint: every article
    stored since the last update is taken in, whoever stored it, so calling this once after
    several `add_articles` batches, or from several processes, is correct. Runs under the
    store's write lock, in one transaction. Returns what changed (`CorpusUpdate`)."""
    from warta.store.db import write_transaction

    store._check()
    del article_ids  # the watermark, not the caller, says what is new
    with write_transaction(store.engine) as conn:
        return update_in(store, conn)


def update_in(store, conn) -> CorpusUpdate:
    counters = dict(conn.execute(select(S.CorpusStateRow.name, S.CorpusStateRow.value)).all())
    if WATERMARK not in counters and conn.execute(select(S.StoryRow.id).limit(1)).first() is not None:
        # a store from before incremental updates (stories of the old clustering): take it in whole
        full = store._rebuild_in(conn)
        full.articles = list(conn.execute(select(S.ArticleRow.id).order_by(S.ArticleRow.id)).scalars())
        return full
    watermark = counters.get(WATERMARK, 0)
    new = conn.execute(select(S.ArticleRow.id, S.ArticleRow.near_duplicate_of, S.ArticleRow.supersedes)
                       .where(S.ArticleRow.id > watermark).order_by(S.ArticleRow.id)).all()
    result = CorpusUpdate(articles=[r.id for r in new])
    if not new:
        return result
    state = StoredState(conn, counters.get(NODES, 0))
    graph = StoryGraph(state)
    originals = [r.id for r in new if r.near_duplicate_of is None]
    feats = load_features(conn, originals)
    for aid in originals:
        graph.add(feats[aid])
    state.flush(store, new[-1].id)

    touched = {r.id for r in new}
    touched.update(r.supersedes for r in new if r.supersedes is not None)
    touched.update(r.near_duplicate_of for r in new if r.near_duplicate_of is not None)
    touched.update(state.touched)
    old_story: dict[int, int] = {}
    for chunk in _chunks(sorted(touched)):
        old_story.update(conn.execute(select(S.StoryArticleRow.article_id, S.StoryArticleRow.story_id)
                                      .where(S.StoryArticleRow.article_id.in_(chunk))).all())
    old_ids = sorted(set(old_story.values()))
    old_members: dict[int, list[int]] = defaultdict(list)
    for chunk in _chunks(old_ids):
        for aid, sid in conn.execute(select(S.StoryArticleRow.article_id, S.StoryArticleRow.story_id)
                                     .where(S.StoryArticleRow.story_id.in_(chunk))):
            old_members[sid].append(aid)
    members = touched | {a for ms in old_members.values() for a in ms}
    links = []
    for chunk in _chunks(sorted(members)):
        links.extend(conn.execute(select(S.StoryLinkRow.a, S.StoryLinkRow.b, S.StoryLinkRow.score)
                                  .where(S.StoryLinkRow.a.in_(chunk))).all())
    tops = {}
    for chunk in _chunks(sorted(members)):
        tops.update(conn.execute(select(S.StoryNodeRow.article_id, S.StoryNodeRow.top)
                                 .where(S.StoryNodeRow.article_id.in_(chunk))).all())
    stories = cluster_rows(conn, members, links, {a: list(t or []) for a, t in tops.items()})
    _replace_stories(conn, old_members, members, stories, result)
    return result


def _replace_stories(conn, old_members: dict[int, list[int]], members: set[int], stories: list[StoryCluster],
                     result: CorpusUpdate) -> None:
    """Replace the stories `old_members` (id -> articles) by `stories`, over the same articles
    (`members`), and their conflicts by those found in the new stories."""
    from warta.corpus.conflicts import disputed_counts, find_conflicts

    old_ids = sorted(old_members)
    old_questions = _questions(conn, old_members)
    old_conflicts: dict[tuple, tuple[int, list[int]]] = {}
    for chunk in _chunks(old_ids):
        rows = conn.execute(select(S.ConflictRow.id, S.ConflictRow.story_id, S.ConflictRow.kind,
                                   S.ConflictRow.about_key, S.ConflictRow.language)
                            .where(S.ConflictRow.story_id.in_(chunk))).all()
        claims: dict[int, list[int]] = defaultdict(list)
        for cid, claim in conn.execute(select(S.ConflictClaimRow.conflict_id, S.ConflictClaimRow.claim_id)
                                       .where(S.ConflictClaimRow.conflict_id.in_([r.id for r in rows]))
                                       .order_by(S.ConflictClaimRow.conflict_id, S.ConflictClaimRow.position)):
            claims[cid].append(claim)
        for r in rows:
            old_conflicts[(r.story_id, r.kind, r.about_key, r.language)] = (r.id, claims[r.id])
    next_conflict = (conn.execute(select(func.max(S.ConflictRow.id))).scalar() or 0) + 1
    for chunk in _chunks(old_ids):
        conn.execute(delete(S.ConflictClaimRow).where(S.ConflictClaimRow.conflict_id.in_(
            select(S.ConflictRow.id).where(S.ConflictRow.story_id.in_(chunk)))))
        conn.execute(delete(S.ConflictRow).where(S.ConflictRow.story_id.in_(chunk)))
        conn.execute(delete(S.StoryArticleRow).where(S.StoryArticleRow.story_id.in_(chunk)))
        conn.execute(delete(S.StoryRow).where(S.StoryRow.id.in_(chunk)))
    for chunk in _chunks(sorted(members)):
        conn.execute(update(S.ArticleRow).where(S.ArticleRow.id.in_(chunk)).values(story_id=None))
    story_of = {a: st.id for st in stories for a in st.all_articles}
    conflicts = find_conflicts(conn, story_of, sorted(story_of)) if story_of else []
    rows, links = conflict_rows(conflicts, old_conflicts, next_conflict, result)
    counts = disputed_counts(conflicts)  # the questions the story page shows, not the stored rows
    if stories:
        conn.execute(insert(S.StoryRow), [{**st.row(), "id": st.id, "conflict_count": counts.get(st.id, 0)}
                                          for st in stories])
        conn.execute(insert(S.StoryArticleRow),
                     [{"story_id": st.id, "article_id": a} for st in stories for a in st.all_articles])
        conn.execute(update(S.ArticleRow).where(S.ArticleRow.id == bindparam("aid")).values(story_id=bindparam("sid")),
                     [{"aid": a, "sid": sid} for a, sid in story_of.items()])
    if rows:
        conn.execute(insert(S.ConflictRow), rows)
    if links:
        conn.execute(insert(S.ConflictClaimRow), links)
    new_ids = {st.id for st in stories}
    result.stories_created = sorted(new_ids - set(old_ids))
    result.stories_changed = sorted(new_ids & set(old_ids))
    result.stories_removed = sorted(set(old_ids) - new_ids)
    old_story_of = {a: sid for sid, ms in old_members.items() for a in ms}
    new_questions = _questions(conn, {st.id: st.articles for st in stories})
    for st in stories:
        before: set[str] = set()
        for sid in {old_story_of[a] for a in st.all_articles if a in old_story_of}:
            before |= old_questions.get(sid, set())
        result.questions_added.extend((st.id, q) for q in sorted(new_questions.get(st.id, set()) - before))
