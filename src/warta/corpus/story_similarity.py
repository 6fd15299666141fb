"""How alike two articles are, for story clustering: the definition, pair by pair (`weigh`,
`similarity`), and the same scores for all of an article's candidates at once over arrays of
term ids (`link_scores`: a rebuild weighs each candidate afresh for every article it is a
candidate of, and per pair in Python that was most of a rebuild's time).

Entities and words are tf-idf weighted with the document frequencies of one moment; a link's
score is the entities' cosine, or their mean with the words' cosine when that is higher (words
only within one language), plus a little for shared distinctive figures, times a factor that
falls with the days between the articles.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from warta.corpus.stories import Features

LINK_THRESHOLD = 0.30  # combined similarity needed to link two articles
FULL_WINDOW_DAYS = 30  # no time penalty within a month
MAX_WINDOW_DAYS = 180  # developing stories run for months; beyond six, never linked
PRIOR_DOCS = 50  # each word also counts as seen in this many background articles (lang/*/common_words.txt)
ALONE_WEIGHT = 0.5  # a word only this article has (yet) counts half in its norm
COMMON_FROM = 10  # from this many articles on, a word in half of them says nothing whatever the background
CROSS_SMALL_FIGURES = 3  # shared small counts that link two languages' articles (with entities)
CROSS_MIN_ENT = 0.15


def time_factor(da: int | None, db: int | None) -> float:
    """1 within FULL_WINDOW_DAYS, falling linearly to 0 at MAX_WINDOW_DAYS; unknown dates count as near."""
    if da is None or db is None:
        return 0.9
    gap = abs(da - db)
    if gap <= FULL_WINDOW_DAYS:
        return 1.0
    return max(0.0, 1.0 - (gap - FULL_WINDOW_DAYS) / (MAX_WINDOW_DAYS - FULL_WINDOW_DAYS))


def ent_term(key: str) -> str:
    return f"e {key}"


def word_term(word: str) -> str:
    return f"w {word}"


@dataclass
class Weighted:
    """An article weighed with the document frequencies of one moment: tf-idf weights of its
    shared terms (`ents`, `words`) and the norms of its whole vectors."""

    f: Features
    ents: dict[str, float]
    words: dict[str, float]
    ent_norm: float
    word_norm: float


@cache
def common_words(lang: str | None) -> dict[str, float]:
    """word -> share of news articles it appears in, from warta.lang.<lang>/common_words.txt."""
    if not lang or not re.fullmatch(r"[a-z]{2,3}", lang):
        return {}
    try:
        raw = resources.files(f"warta.lang.{lang}").joinpath("common_words.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    out = {}
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            word, share = line.split("\t")
            out[word] = float(share)
    return out


def weigh(f: Features, df: dict[str, int], n: int) -> Weighted:
    """TF-IDF weights of an article's entities and words, with document frequencies `df` (terms as
    `ent_term`/`word_term`) over `n` articles. A word also counts as seen in PRIOR_DOCS background
    articles at its share in news of its language, so "said" is common in a store of three
    articles too. Words seen once (in this article, not in the background), or in half the
    articles, are left out."""
    ents = _entity_weights(f, df, n)
    _eterms, wterms = f.terms()
    words = {}
    n_eff = n + PRIOR_DOCS
    common = 0.5 * n_eff + 1
    common_here = 0.5 * n + 1 if n >= COMMON_FROM else math.inf
    alone = 0.0  # words no other article has (yet): they match nothing, but the article is also about them
    squares = 0.0  # the squares of `words`, summed in their order (as sum() would)
    get, log = df.get, math.log
    for w, t, tfw, prior in wterms:
        d = get(t, 1)
        d_eff = d + prior
        if d_eff >= common or d >= common_here:  # in half the articles, or half of the background's
            continue
        weight = tfw * log(1 + n_eff / d_eff)
        if d > 1:
            words[w] = weight
            squares += weight * weight
        else:
            alone += (ALONE_WEIGHT * weight) ** 2
    return Weighted(f, ents, words, math.sqrt(sum(v * v for v in ents.values())), math.sqrt(squares + alone))


def _entity_weights(f: Features, df: dict[str, int], n: int) -> dict[str, float]:
    return {e: tfw * math.log(1 + n / max(1, df.get(t, 1))) for e, t, tfw in f.terms()[0]}


def _shared_figures(a: Features, b: Features, ent: float) -> int:
    shared = len(a.figs & b.figs)
    if a.lang != b.lang and ent >= CROSS_MIN_ENT:
        # two languages share no words; several of the same small counts (12 buried, 9 missing,
        # 7 dead) in articles naming the same actors are the same event told twice
        small = len(a.small & b.small)
        if small >= CROSS_SMALL_FIGURES:
            shared += small - CROSS_SMALL_FIGURES + 1
    return shared


def _cosine(a: dict, na: float, b: dict, nb: float) -> float:
    if not na or not nb:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b[k] for k, w in a.items() if k in b)
    return dot / (na * nb) if dot else 0.0


def similarity(a: Weighted, b: Weighted) -> float:
    """Combined similarity of two articles weighed with the same document frequencies (entities,
    words, figures, day, language)."""
    tf = time_factor(a.f.day, b.f.day)
    if tf == 0.0:
        return 0.0
    ent = _cosine(a.ents, a.ent_norm, b.ents, b.ent_norm)
    words = _cosine(a.words, a.word_norm, b.words, b.word_norm) if a.f.lang == b.f.lang else 0.0
    score = max(ent, 0.5 * ent + 0.5 * words) + min(0.2, 0.1 * _shared_figures(a.f, b.f, ent))
    return score * tf


# -- the same scores over arrays ------------------------------------------------------------------

class TermIndex:
    """Term -> dense id (ids live as long as the index: one clustering run)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.terms: list[str] = []

    def __len__(self) -> int:
        return len(self.terms)

    def of(self, terms: list[str]) -> np.ndarray:
        ids, known = self.ids, self.terms
        out = np.empty(len(terms), dtype=np.int64)
        for k, t in enumerate(terms):
            i = ids.get(t)
            if i is None:
                i = ids[t] = len(known)
                known.append(t)
            out[k] = i
        return out


def _grown(a: np.ndarray, size: int) -> np.ndarray:
    """`a` with room for `size` items (doubling, so appends cost little)."""
    if size <= len(a):
        return a
    return np.concatenate([a, np.zeros(max(size, 2 * len(a)) - len(a), dtype=a.dtype)])


class _Ragged:
    """Rows of variable length over parallel columns, in flat growable arrays."""

    def __init__(self, *dtypes) -> None:
        self.cols = [np.zeros(1024, dtype=d) for d in dtypes]
        self.off = np.zeros(1024, dtype=np.int64)  # row r is cols[off[r]:off[r + 1]]
        self.rows = 0

    def append(self, *cols) -> None:
        start = self.off[self.rows]
        end = start + len(cols[0])
        for k, c in enumerate(cols):
            self.cols[k] = buf = _grown(self.cols[k], end)
            buf[start:end] = c
        self.off = _grown(self.off, self.rows + 2)
        self.rows += 1
        self.off[self.rows] = end

    def gather(self, rows: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
        """(owner, columns) of these rows concatenated: owner[i] is the position in `rows` of item i."""
        starts = self.off[rows]
        lens = self.off[rows + 1] - starts
        owner = np.repeat(np.arange(len(rows)), lens)
        idx = np.arange(len(owner)) + np.repeat(starts - (np.cumsum(lens) - lens), lens)
        return owner, [c[idx] for c in self.cols]


class ArticleRows:
    """The clustering's view of each article as arrays, one row per article in the order they are
    registered: entity and word term ids with their tf factors (and the words' background
    counts), figure keys, day and language."""

    def __init__(self) -> None:
        self.index = TermIndex()
        self.row_of: dict[int, int] = {}
        self.ids = np.zeros(1024, dtype=np.int64)
        self.days = np.zeros(1024)  # NaN: no date
        self.langs = np.zeros(1024, dtype=np.int64)
        self._lang_codes: dict[str | None, int] = {}
        self.ents = _Ragged(np.int64, float)
        self.words = _Ragged(np.int64, float, float)
        self.figs = _Ragged(np.int64)
        self.small = _Ragged(np.int64)

    def add(self, f: Features) -> int:
        """Register an article (once); its row."""
        row = self.row_of.get(f.id)
        if row is not None:
            return row
        row = self.row_of[f.id] = len(self.row_of)
        self.ids, self.days, self.langs = (_grown(a, row + 1) for a in (self.ids, self.days, self.langs))
        self.ids[row] = f.id
        self.days[row] = np.nan if f.day is None else f.day
        self.langs[row] = self._lang_codes.setdefault(f.lang, len(self._lang_codes))
        eterms, wterms = f.terms()
        of = self.index.of
        self.ents.append(of([t for _e, t, _w in eterms]), [w for _e, _t, w in eterms])
        self.words.append(of([t for _w, t, _f, _p in wterms]), [w for _w, _t, w, _p in wterms],
                          [p for _w, _t, _f, p in wterms])
        # keyed as the sets compare them: 1200 and 1200.0 are one figure
        self.figs.append(of([f"f {float(v)!r} {c}" for v, c in sorted(f.figs)]))
        self.small.append(of([f"s {float(v)!r} {c}" for v, c in sorted(f.small)]))
        f._terms = None  # held here now: not twice for every article of a store
        return row


class ScoringState:
    """What `link_scores` reads: the registered articles, the number of articles so far (`n`)
    and their document frequencies by term id (`df_of`)."""

    n: int
    rows: ArticleRows

    def df_of(self, ids: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def scratch(self) -> np.ndarray:
        """Zeros, one per term id (left zero after each use)."""
        raise NotImplementedError


def link_scores(aid: int, cands: list[int], st: ScoringState) -> list[tuple[float, int]]:
    """(score, id) of the candidates (registered article ids) whose `similarity` with article
    `aid` reaches LINK_THRESHOLD, all weighed at once with `st`'s document frequencies. The
    arithmetic of `weigh` and `similarity`, over arrays: a sum may differ from theirs in the last
    bit, and a rebuild and an update both come here, so they agree."""
    R = st.rows
    if not cands:
        return []
    me = R.row_of[aid]
    rows = np.array([R.row_of[b] for b in cands], dtype=np.int64)
    tf = _time_factors(R.days[me], R.days[rows])
    if not tf.all():  # six months apart or more: never linked
        keep = np.flatnonzero(tf)
        rows, tf = rows[keep], tf[keep]
    m, n = len(rows), st.n
    if not m:
        return []
    mine = np.array([me])
    scratch = st.scratch()

    # entities: tf * log(1 + n / df), cosine with the article's
    owner, (ids, w) = R.ents.gather(rows)
    w = w * np.log(1 + n / np.maximum(st.df_of(ids), 1))
    _o, (my_ids, my_w) = R.ents.gather(mine)
    my_w = my_w * np.log(1 + n / np.maximum(st.df_of(my_ids), 1))
    ent = _cosines(scratch, my_ids, my_w, math.sqrt(float(my_w @ my_w)), ids, w, owner,
                   np.sqrt(np.bincount(owner, w * w, minlength=m)))

    # words, between articles of one language
    words = np.zeros(m)
    same = np.flatnonzero(R.langs[rows] == R.langs[me])
    if len(same):
        owner, (ids, wtf, prior) = R.words.gather(rows[same])
        shared, alone = _word_weights(st, ids, wtf, prior, n)
        _o, (my_ids, my_tf, my_prior) = R.words.gather(mine)
        my_shared, my_alone = _word_weights(st, my_ids, my_tf, my_prior, n)
        words[same] = _cosines(scratch, my_ids, my_shared, math.sqrt(float(my_shared @ my_shared) + float(my_alone.sum())),
                               ids, shared, owner, np.sqrt(np.bincount(owner, shared * shared + alone, minlength=len(same))))

    score = np.maximum(ent, 0.5 * ent + 0.5 * words) + _figure_bonus(st, me, rows, ent)
    s = score * tf
    return [(float(s[k]), int(R.ids[rows[k]])) for k in np.flatnonzero(s >= LINK_THRESHOLD)]


def _word_weights(st: ScoringState, ids: np.ndarray, tf: np.ndarray, prior: np.ndarray,
                  n: int) -> tuple[np.ndarray, np.ndarray]:
    """`weigh`'s word weights as arrays: the weights of words other articles have (0 elsewhere)
    and the squared, halved weights of words only this article has (0 elsewhere)."""
    n_eff = n + PRIOR_DOCS
    common_here = 0.5 * n + 1 if n >= COMMON_FROM else math.inf
    d = np.maximum(st.df_of(ids), 1)
    d_eff = d + prior
    keep = (d_eff < 0.5 * n_eff + 1) & (d < common_here)
    w = tf * np.log(1 + n_eff / d_eff)
    return np.where(keep & (d > 1), w, 0.0), np.where(keep & (d <= 1), (ALONE_WEIGHT * w) ** 2, 0.0)


def _cosines(scratch: np.ndarray, my_ids: np.ndarray, my_w: np.ndarray, my_norm: float,
             ids: np.ndarray, w: np.ndarray, owner: np.ndarray, norms: np.ndarray) -> np.ndarray:
    """Cosine of one article's weights with each candidate's (`owner`: whose each term is)."""
    if not my_norm:
        return np.zeros(len(norms))
    dots = _dots(scratch, my_ids, my_w, ids, w, owner, len(norms))
    return np.divide(dots, my_norm * norms, out=np.zeros(len(norms)), where=(norms > 0) & (dots != 0))


def _dots(scratch: np.ndarray, my_ids: np.ndarray, my_w: np.ndarray, ids: np.ndarray, w: np.ndarray,
          owner: np.ndarray, m: int) -> np.ndarray:
    scratch[my_ids] = my_w
    try:
        return np.bincount(owner, scratch[ids] * w, minlength=m)
    finally:
        scratch[my_ids] = 0.0


def _figure_bonus(st: ScoringState, me: int, rows: np.ndarray, ent: np.ndarray) -> np.ndarray:
    """`similarity`'s figure term for each candidate: 0.1 per shared figure, up to 0.2; across
    languages, with enough entity overlap, several shared small counts also count."""
    R, m = st.rows, len(rows)
    ones = np.ones(1)
    _o, (my_figs,) = R.figs.gather(np.array([me]))
    _o, (my_small,) = R.small.gather(np.array([me]))
    shared = np.zeros(m)
    if len(my_figs):
        owner, (ids,) = R.figs.gather(rows)
        shared = _dots(st.scratch(), my_figs, ones, ids, np.ones(len(ids)), owner, m)
    if len(my_small) >= CROSS_SMALL_FIGURES:
        cross = np.flatnonzero((R.langs[rows] != R.langs[me]) & (ent >= CROSS_MIN_ENT))
        if len(cross):
            owner, (ids,) = R.small.gather(rows[cross])
            small = _dots(st.scratch(), my_small, ones, ids, np.ones(len(ids)), owner, len(cross))
            shared[cross] += np.where(small >= CROSS_SMALL_FIGURES, small - CROSS_SMALL_FIGURES + 1, 0)
    return np.minimum(0.2, 0.1 * shared)


def _time_factors(day: float, days: np.ndarray) -> np.ndarray:
    """`time_factor` of `day` with each of `days` (NaN: no date)."""
    gap = np.abs(days - day)
    with np.errstate(invalid="ignore"):
        falling = np.maximum(0.0, 1.0 - (gap - FULL_WINDOW_DAYS) / (MAX_WINDOW_DAYS - FULL_WINDOW_DAYS))
        return np.where(np.isnan(gap), 0.9, np.where(gap <= FULL_WINDOW_DAYS, 1.0, falling))
