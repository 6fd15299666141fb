"""Stories: articles reporting the same developing event, across outlets and languages.

Two articles are linked when, close enough in time, they share rare canonical entities (which
line up across languages), distinctive figures, or words (same language). Linked articles form a
story (connected components); near-duplicate copies join their original's story.

The links are found online, one article at a time in store order (`StoryGraph.add`): an article
is compared with the articles stored before it, weighing entities and words by how rare they are
among those articles and itself (document frequencies of the store's prefix up to it). The score
of a link never changes once the later article is in; a link counts when it is among the
MUTUAL_K strongest of both its articles (over all their links, earlier and later), so a new
article may also retire a weak link of an article it links to. Processing the store in one go
(`warta rebuild`) or batch by batch (`warta.corpus.incremental`) finds the same links and the
same strongest ones, hence the same stories. Superseded versions keep their place in that
history (they were stored); the links of a version that is no longer current are left out.

How alike two articles are (a link's score) is defined in `warta.corpus.story_similarity`.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from sqlalchemy import func, select

from warta.corpus.entities import fold, resolver
from warta.corpus.figures import place_key
from warta.corpus.story_similarity import (
    PRIOR_DOCS,
    ArticleRows,
    ScoringState,
    common_words,
    ent_term,
    link_scores,
    word_term,
)
from warta.store import schema as S

MUTUAL_K = 8  # an article links only to its strongest neighbours
BLOCK_ENTITIES = 4  # candidate pairs come from each article's rarest entities...
BLOCK_NEIGHBOURS = 40  # ...and the nearest-in-time articles sharing them
TEXT_CHARS = 1500
ALL_PAIRS_UP_TO = 200  # the first articles of a store are compared with every one before them
FIGURE_CATEGORIES = ("troops", "people", "money", "percent", "count")
MAX_TERM = 200  # longer entity keys and words are cut here (a hostile page's run-on "word"), so they fit the index
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_NAME = re.compile(r"\b[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,4}\b", re.UNICODE)


@dataclass
class StoryCluster:
    articles: list[int]
    all_articles: list[int] = field(default_factory=list)
    title: str | None = None
    first: str | None = None
    last: str | None = None
    outlets: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    id: int | None = None

    def row(self) -> dict:
        return {"title": self.title, "first": self.first, "last": self.last,
                "article_count": len(self.all_articles), "conflict_count": 0,
                "outlets": self.outlets, "languages": self.languages}


@dataclass
class Features:
    """One article as the clustering reads it (counts, not weights: weights depend on the store)."""

    id: int
    day: int | None
    lang: str | None
    ents: dict[str, int]
    words: dict[str, int]
    figs: set = field(default_factory=set)
    small: set = field(default_factory=set)
    _terms: tuple | None = field(default=None, repr=False, compare=False)

    def terms(self) -> tuple[list[tuple[str, str, float]], list[tuple[str, str, float, float]]]:
        """(entity, term, tf factor) and (word, term, tf factor, background count), computed once."""
        if self._terms is None:
            share = common_words(self.lang)
            self._terms = ([(e, ent_term(e), 1 + math.log(c)) for e, c in self.ents.items()],
                           [(w, word_term(w), 1 + math.log(c), PRIOR_DOCS * share.get(w, 0.0))
                            for w, c in self.words.items()])
        return self._terms


def _days(d: str | None) -> int | None:
    try:
        return date.fromisoformat(d).toordinal() if d else None
    except ValueError:
        return None


def words_of(title: str | None, body: str | None) -> Counter:
    text = f"{title or ''} {title or ''} {(body or '')[:TEXT_CHARS]}".lower()
    return Counter(w[:MAX_TERM] for w in _WORD.findall(text))


def load_features(conn, ids: Iterable[int] | None = None) -> dict[int, Features]:
    """Features of the given articles (default: every article that is not a copy, superseded
    versions included), from their stored rows."""
    cols = (S.ArticleRow.id, S.ArticleRow.published_day, S.ArticleRow.language, S.ArticleRow.title,
            func.substr(S.ArticleRow.body, 1, TEXT_CHARS))
    if ids is not None:
        ids = sorted(set(ids))
    chunks: list = [None] if ids is None else [ids[i:i + 2000] for i in range(0, len(ids), 2000)]
    out: dict[int, Features] = {}
    for chunk in chunks:
        if chunk == []:
            continue
        stmt = select(*cols)
        mstmt = (select(S.MentionRow.article_id, S.EntityRow.key, S.MentionRow.count)
                 .join(S.EntityRow, S.EntityRow.id == S.MentionRow.entity_id))
        qstmt = (select(S.QuantityRow.article_id, S.QuantityRow.value, S.QuantityRow.category)
                 .where(S.QuantityRow.category.in_(FIGURE_CATEGORIES)))
        if chunk is None:
            stmt = stmt.where(S.ArticleRow.near_duplicate_of.is_(None))
        else:
            stmt = stmt.where(S.ArticleRow.id.in_(chunk))
            mstmt = mstmt.where(S.MentionRow.article_id.in_(chunk))
            qstmt = qstmt.where(S.QuantityRow.article_id.in_(chunk))
        texts = {}
        for aid, day, lang, title, body in conn.execute(stmt):
            out[aid] = Features(aid, _days(day), lang, {}, words_of(title, body))
            texts[aid] = f"{title or ''}\n{body or ''}"
        for aid, key, count in conn.execute(mstmt):
            f = out.get(aid)
            if f is not None and aid in texts:
                key = place_key(key)[:MAX_TERM]  # "North Konawe" in English meets "Konawe Utara" in Indonesian
                f.ents[key] = f.ents.get(key, 0) + (count or 1)
        for aid, text in texts.items():
            f = out[aid]
            if not f.ents:  # extraction found no entities: capitalised names in the text
                f.ents = {k[:MAX_TERM]: c for k, c in name_keys(text).items()}
            # in key order: sums of floats then add up the same whatever order the rows came in
            f.ents = dict(sorted(f.ents.items()))
            f.words = dict(sorted(f.words.items()))
        for aid, value, cat in conn.execute(qstmt):
            f = out.get(aid)
            if f is None or aid not in texts:
                continue
            # small round numbers are everywhere; a figure like 12,000 troops or 47.6% identifies a story
            if value >= 100 or value != int(value):
                f.figs.add((round(value, 3), cat))
            elif value >= 2:
                f.small.add((int(value), cat))
    return out


def name_keys(text: str) -> dict[str, int]:
    """Canonical keys of capitalised name sequences (alias table first), for articles without entities."""
    res = resolver()
    out: Counter = Counter()
    for m in _NAME.finditer(text):
        words = m.group(0).split()
        rest: list[str] = []
        i = 0
        while i <= len(words):  # longest alias-table match first; unknown runs of 2+ words are names
            hit, j = None, i
            for j in range(min(len(words), i + 4), i, -1):
                hit = res.lookup(" ".join(words[i:j]))
                if hit is not None:
                    break
            if hit is None and i < len(words):
                rest.append(words[i])
                i += 1
                continue
            if len(rest) >= 2:
                out[f"n:{fold(' '.join(rest))}"] += 1
            rest = []
            if hit is not None:
                out[hit.key] += 1
                i = j
            else:
                break
    return dict(out)


class GraphState(ScoringState):
    """What `StoryGraph` reads and writes: the articles clustered so far. This one is in memory
    (a whole-store rebuild); `warta.corpus.incremental.StoredState` reads the store's tables."""

    def __init__(self) -> None:
        self.n = 0
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)  # (day or 0, id), sorted
        self.feats: dict[int, Features] = {}
        self.tops: dict[int, list[float]] = {}
        self.links: list[tuple[int, int, float]] = []
        self.touched: set[int] = set()  # earlier articles whose story the added ones may change
        self.rows = ArticleRows()  # the articles as link_scores reads them
        self._df = np.zeros(1024, dtype=np.int64)  # document frequency by term id
        self._scratch = np.zeros(1024)

    def _fit(self, size: int) -> None:
        """Room in the arrays by term id for `size` ids."""
        if size > len(self._df):
            cap = max(size, 2 * len(self._df))
            self._df = np.concatenate([self._df, np.zeros(cap - len(self._df), dtype=np.int64)])
            self._scratch = np.zeros(cap)

    def scratch(self) -> np.ndarray:
        self._fit(len(self.rows.index))
        return self._scratch

    @property
    def df(self) -> dict[str, int]:
        """term -> document frequency, for every term some article has (as the store keeps them)."""
        terms = self.rows.index.terms
        self._fit(len(terms))
        return {t: d for t, d in zip(terms, self._df[:len(terms)].tolist(), strict=True) if d}

    def df_of(self, ids: np.ndarray) -> np.ndarray:
        """Document frequencies (so far) of these term ids; 0 for a term no article has."""
        self._fit(len(self.rows.index))
        return self._df[ids]

    # the reads a StoryGraph makes, each about articles stored before the one being added
    def terms(self, terms: Iterable[str]) -> dict[str, int]:
        self._fit(len(self.rows.index))
        ids, df = self.rows.index.ids, self._df
        return {t: int(df[i]) for t in terms if (i := ids.get(t)) is not None and df[i]}

    def load(self, ids: list[int]) -> None:
        """Make these earlier articles' rows and tops at hand (here they all are)."""

    def all_ids(self) -> list[int]:
        return list(self.feats)

    def near(self, key: str, day: int, aid: int, count: int) -> list[int]:
        """Articles before `aid` naming entity `key`: all of them when few, else the
        BLOCK_NEIGHBOURS nearest before and after (day, aid)."""
        plist = self.postings.get(key, [])  # all stored before `aid`: articles are added in order
        if count <= 2 * BLOCK_NEIGHBOURS:
            return [i for _d, i in plist]
        k = bisect.bisect_left(plist, (day, aid))
        return [i for _d, i in plist[max(0, k - BLOCK_NEIGHBOURS): k + BLOCK_NEIGHBOURS]]

    def top(self, aid: int) -> list[float]:
        return self.tops.get(aid, [])

    # the writes
    def set_top(self, aid: int, top: list[float]) -> None:
        self.tops[aid] = top

    def add(self, f: Features, terms: list[str]) -> None:
        self.n += 1
        ids = self.rows.index.of(terms)
        self._fit(len(self.rows.index))
        self._df[ids] += 1
        self.feats[f.id] = f
        self.rows.add(f)
        for e in f.ents:
            bisect.insort(self.postings[e], (f.day or 0, f.id))

    def link(self, a: int, b: int, s: float) -> None:
        self.links.append((a, b, s))

    def live_links(self) -> list[tuple[int, int, float]]:
        """The links that may still count: the others are below the floor of one of their
        articles, which only rises once it has MUTUAL_K links, so they never will (not kept)."""
        tops = self.tops
        return [(a, b, s) for a, b, s in self.links if s >= floor(tops.get(a)) and s >= floor(tops.get(b))]


class StoryGraph:
    """Adds articles one at a time, in store order, and links each to the earlier ones it belongs with."""

    def __init__(self, state: GraphState) -> None:
        self.state = state

    def add(self, f: Features) -> list[tuple[int, int, float]]:
        st = self.state
        ent_terms = [ent_term(e) for e in f.ents]
        before = st.terms(ent_terms)
        if st.n < ALL_PAIRS_UP_TO:
            cands = set(st.all_ids())
        else:
            shared = [e for e in f.ents if before.get(ent_term(e), 0) > 0]
            rare = sorted(shared, key=lambda e: (before[ent_term(e)], e))[:BLOCK_ENTITIES]
            cands = set()
            for e in rare:
                cands.update(st.near(e, f.day or 0, f.id, before[ent_term(e)]))
        eterms, wterms = f.terms()
        st.add(f, [t for _e, t, _w in eterms] + [t for _w, t, _f, _p in wterms])
        cands = sorted(cands)
        st.load(cands)
        # every article is weighed with the frequencies of now: the same in a rebuild and an update
        scored = link_scores(f.id, cands, st)
        if not scored:
            return []
        scored.sort(key=lambda x: (-x[0], x[1]))
        out = []
        mine = [s for s, _b in scored[:MUTUAL_K]]
        for s, b in scored:
            out.append((b, f.id, s))
            st.link(b, f.id, s)
            before = st.top(b)
            after = sorted([*before, s], reverse=True)[:MUTUAL_K]
            st.set_top(b, after)
            # b's story changes if the link counts, or if b's floor rose (a weak link of b may no
            # longer count); else the link is stored, and b's story is left as it is
            if (s >= floor(after) and s >= floor(mine)) or floor(after) != floor(before):
                st.touched.add(b)
        st.set_top(f.id, mine)
        return out


def floor(top: list[float] | None) -> float:
    """The score a link needs to count for an article: its MUTUAL_K-th strongest (or weakest)."""
    return top[-1] if top else 0.0


def components(nodes: Iterable[int], links: Iterable[tuple[int, int, float]],
               tops: dict[int, list[float]]) -> tuple[dict[int, list[int]], Counter]:
    """Connected components of `nodes` over the links that count, and each node's strength (the
    sum of its counted links' scores). Only links among each article's MUTUAL_K strongest count
    (`tops`: each node's MUTUAL_K best scores): a long chain of weak links (the same town, the
    same agency, months apart) must not glue unrelated events together."""
    parent = {a: a for a in nodes}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    strength: Counter = Counter()
    for a, b, s in links:
        if a in parent and b in parent and s >= floor(tops.get(a)) and s >= floor(tops.get(b)):
            strength[a] += s
            strength[b] += s
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for a in parent:
        groups[find(a)].append(a)
    return groups, strength


def cluster_rows(conn, members: Iterable[int], links: Iterable[tuple[int, int, float]],
                 tops: dict[int, list[float]]) -> list[StoryCluster]:
    """Stories over `members` (current originals and copies, with the links among them): one per
    component of originals, copies joining their original's, each with its deterministic id (the
    first version of its earliest article, so a story keeps its id when that article is corrected)."""
    members = sorted(set(members))
    meta: dict[int, tuple] = {}
    for i in range(0, len(members), 2000):
        for r in conn.execute(select(S.ArticleRow.id, S.ArticleRow.published_day, S.ArticleRow.title,
                                     S.ArticleRow.outlet, S.ArticleRow.language, S.ArticleRow.near_duplicate_of,
                                     S.ArticleRow.superseded_by, S.ArticleRow.version_key)
                              .where(S.ArticleRow.id.in_(members[i:i + 2000]))):
            if r.superseded_by is None:
                meta[r.id] = r
    dups = {a: r.near_duplicate_of for a, r in meta.items() if r.near_duplicate_of is not None}
    originals = [a for a in meta if a not in dups]
    groups, strength = components(originals, links, tops)
    root_of = {m: r for r, group in groups.items() for m in group}
    copies: dict[int, list[int]] = defaultdict(list)
    for copy, orig in dups.items():
        root, seen = orig, set()
        while root in dups and root not in seen:
            seen.add(root)
            root = dups[root]
        if root in root_of:  # a copy of an article outside these members joins no story
            copies[root_of[root]].append(copy)
    keys = sorted({meta[a].version_key for a in originals if meta[a].version_key is not None})
    first_version: dict[str, int] = {}
    for i in range(0, len(keys), 500):
        first_version.update(conn.execute(select(S.ArticleRow.version_key, func.min(S.ArticleRow.id))
                                          .where(S.ArticleRow.version_key.in_(keys[i:i + 500]))
                                          .group_by(S.ArticleRow.version_key)).all())
    out = []
    for root, group in groups.items():
        group.sort()
        everything = sorted(group + copies.get(root, []))
        central = max(group, key=lambda m: (strength[m], -m))
        dates = sorted(meta[m].published_day for m in everything if meta[m].published_day)
        out.append(StoryCluster(
            articles=group, all_articles=everything, title=meta[central].title,
            first=dates[0] if dates else None, last=dates[-1] if dates else None,
            outlets=sorted({meta[m].outlet for m in everything if meta[m].outlet}),
            languages=sorted({meta[m].language for m in everything if meta[m].language}),
            id=min(first_version.get(meta[m].version_key, m) if meta[m].version_key else m for m in group)))
    out.sort(key=lambda s: s.id)
    return out


def build_stories(conn) -> tuple[list[StoryCluster], GraphState]:
    """Group every stored article into a story (singletons included), processing the whole store
    in order; returns the stories and the clustering state to persist for later updates."""
    feats = load_features(conn)
    state = GraphState()
    graph = StoryGraph(state)
    for aid in sorted(feats):
        graph.add(feats[aid])
    current = conn.execute(select(S.ArticleRow.id).where(S.ArticleRow.superseded_by.is_(None))).scalars().all()
    return cluster_rows(conn, current, state.links, state.tops), state
