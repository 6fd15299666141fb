"""Stories: articles reporting the same developing event, across outlets and languages.

Two articles are linked when, close enough in time, they share rare canonical entities (which
line up across languages), distinctive figures, or words (same language). Linked articles form a
story (connected components); near-duplicate copies join their original's story.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from warta.corpus.entities import fold, resolver
from warta.corpus.figures import place_key
from warta.store import schema as S

LINK_THRESHOLD = 0.30  # combined similarity needed to link two articles
MUTUAL_K = 8  # an article links only to its strongest neighbours
FULL_WINDOW_DAYS = 30  # no time penalty within a month
MAX_WINDOW_DAYS = 180  # developing stories run for months; beyond six, never linked
BLOCK_ENTITIES = 4  # candidate pairs come from each article's rarest entities...
BLOCK_NEIGHBOURS = 40  # ...and the nearest-in-time articles sharing them
TEXT_CHARS = 1500
ALL_PAIRS_UP_TO = 1500  # small stores compare every pair
CROSS_SMALL_FIGURES = 3  # shared small counts that link two languages' articles (with entities)
CROSS_MIN_ENT = 0.15
FIGURE_CATEGORIES = ("troops", "people", "money", "percent", "count")
_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
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


def _norm(v: dict) -> float:
    return math.sqrt(sum(w * w for w in v.values()))


def _cosine(a: dict, b: dict, na: float | None = None, nb: float | None = None) -> float:
    """Cosine of two sparse vectors; `na`/`nb` are their norms where known (`_weigh` keeps them:
    recomputing both for each of hundreds of thousands of pairs was a third of a rebuild)."""
    if len(a) > len(b):
        a, b, na, nb = b, a, nb, na
    dot = sum(w * b[k] for k, w in a.items() if k in b)
    if not dot:
        return 0.0
    na = _norm(a) if na is None else na
    nb = _norm(b) if nb is None else nb
    return dot / (na * nb)


def _days(d: str | None) -> int | None:
    try:
        return date.fromisoformat(d).toordinal() if d else None
    except ValueError:
        return None


def time_factor(da: int | None, db: int | None) -> float:
    """1 within FULL_WINDOW_DAYS, falling linearly to 0 at MAX_WINDOW_DAYS; unknown dates count as near."""
    if da is None or db is None:
        return 0.9
    gap = abs(da - db)
    if gap <= FULL_WINDOW_DAYS:
        return 1.0
    return max(0.0, 1.0 - (gap - FULL_WINDOW_DAYS) / (MAX_WINDOW_DAYS - FULL_WINDOW_DAYS))


def similarity(a: dict, b: dict) -> float:
    """Combined similarity of two article feature dicts (entities, words, figures, day, language)."""
    tf = time_factor(a["day"], b["day"])
    if tf == 0.0:
        return 0.0
    ent = _cosine(a["ents"], b["ents"], a.get("ents_norm"), b.get("ents_norm"))
    words = _cosine(a["words"], b["words"], a.get("words_norm"), b.get("words_norm")) \
        if a["lang"] == b["lang"] else 0.0
    shared_figs = len(a["figs"] & b["figs"])
    if a["lang"] != b["lang"] and ent >= CROSS_MIN_ENT:
        # two languages share no words; several of the same small counts (12 buried, 9 missing,
        # 7 dead) in articles naming the same actors are the same event told twice
        small = len(a["small"] & b["small"])
        if small >= CROSS_SMALL_FIGURES:
            shared_figs += small - CROSS_SMALL_FIGURES + 1
    score = max(ent, 0.5 * ent + 0.5 * words) + min(0.2, 0.1 * shared_figs)
    return score * tf


def load_features(conn) -> tuple[dict[int, dict], dict[int, int]]:
    """Per-article features for clustering, and near-duplicate links (copy -> original)."""
    arts: dict[int, dict] = {}
    dups: dict[int, int] = {}
    rows = conn.execute(select(S.ArticleRow.id, S.ArticleRow.published_day, S.ArticleRow.language,
                               S.ArticleRow.title, S.ArticleRow.outlet, S.ArticleRow.near_duplicate_of,
                               func.substr(S.ArticleRow.body, 1, TEXT_CHARS))
                        .where(S.ArticleRow.superseded_by.is_(None)))  # current versions only
    for aid, day, lang, title, outlet, dup, body in rows:
        if dup is not None:
            dups[aid] = dup
        arts[aid] = {"id": aid, "day": _days(day), "date": day, "lang": lang, "title": title, "outlet": outlet,
                     "ents": {}, "words": Counter(_WORD.findall(f"{title or ''} {title or ''} {body or ''}".lower())),
                     "figs": set(), "small": set(), "text": f"{title or ''}\n{body or ''}"}
    for aid, key, count in conn.execute(select(S.MentionRow.article_id, S.EntityRow.key, S.MentionRow.count)
                                        .join(S.EntityRow, S.EntityRow.id == S.MentionRow.entity_id)):
        if aid in arts:
            key = place_key(key)  # "North Konawe" in English meets "Konawe Utara" in Indonesian
            arts[aid]["ents"][key] = arts[aid]["ents"].get(key, 0) + (count or 1)
    for a in arts.values():
        if not a["ents"]:  # extraction found no entities: fall back to capitalised names in the text
            a["ents"] = name_keys(a.pop("text"))
        a.pop("text", None)
    for aid, value, cat in conn.execute(select(S.QuantityRow.article_id, S.QuantityRow.value, S.QuantityRow.category)
                                        .where(S.QuantityRow.category.in_(FIGURE_CATEGORIES))):
        # small round numbers are everywhere; a figure like 12,000 troops or 47.6% identifies a story
        if aid in arts and (value >= 100 or value != int(value)):
            arts[aid]["figs"].add((round(value, 3), cat))
        elif aid in arts and value >= 2:
            arts[aid]["small"].add((int(value), cat))
    return arts, dups


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


def _weigh(arts: dict[int, dict]) -> None:
    n = max(1, len(arts))
    edf: Counter = Counter()
    wdf: Counter = Counter()
    for a in arts.values():
        edf.update(a["ents"].keys())
        wdf.update(a["words"].keys())
    for a in arts.values():
        a["ents"] = {e: (1 + math.log(c)) * math.log(1 + n / edf[e]) for e, c in a["ents"].items()}
        a["words"] = {w: (1 + math.log(c)) * math.log(1 + n / wdf[w]) for w, c in a["words"].items()
                      if wdf[w] > 1 and wdf[w] < 0.5 * n + 1}
        a["ents_norm"], a["words_norm"] = _norm(a["ents"]), _norm(a["words"])
    return None


def candidate_pairs(arts: dict[int, dict]) -> set[tuple[int, int]]:
    """Pairs sharing one of their rarest entities, near in time (bounded work per article)."""
    postings: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for aid, a in arts.items():
        for e in a["ents"]:
            postings[e].append((a["day"] if a["day"] is not None else 0, aid))
    for plist in postings.values():
        plist.sort()
    import bisect

    pairs: set[tuple[int, int]] = set()
    if len(arts) <= ALL_PAIRS_UP_TO:
        ids = sorted(arts)
        return {(x, y) for i, x in enumerate(ids) for y in ids[i + 1:]}
    for aid, a in arts.items():
        shared = [e for e in a["ents"] if len(postings[e]) > 1]
        rare = sorted(shared, key=lambda e: len(postings[e]))[:BLOCK_ENTITIES]
        for e in rare:
            plist = postings[e]
            if len(plist) <= 2 * BLOCK_NEIGHBOURS:
                near = plist
            else:
                i = bisect.bisect_left(plist, (a["day"] or 0, aid))
                near = plist[max(0, i - BLOCK_NEIGHBOURS): i + BLOCK_NEIGHBOURS]
            for _d, other in near:
                if other != aid:
                    pairs.add((min(aid, other), max(aid, other)))
    return pairs


def build_stories(conn) -> list[StoryCluster]:
    """Group every stored article into a story (singletons included)."""
    arts, dups = load_features(conn)
    originals = {aid: a for aid, a in arts.items() if aid not in dups}
    _weigh(originals)
    parent = {aid: aid for aid in originals}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    strength: Counter = Counter()
    edges: list[tuple[float, int, int]] = []
    neighbours: dict[int, list[float]] = defaultdict(list)
    for x, y in candidate_pairs(originals):
        s = similarity(originals[x], originals[y])
        if s >= LINK_THRESHOLD:
            edges.append((s, x, y))
            neighbours[x].append(s)
            neighbours[y].append(s)
    # Only links among each article's MUTUAL_K strongest are used: a long chain of weak links
    # (the same town, the same agency, months apart) must not glue unrelated events together.
    floor = {a: sorted(v, reverse=True)[:MUTUAL_K][-1] for a, v in neighbours.items()}
    for s, x, y in sorted(edges, reverse=True):
        if s < floor[x] or s < floor[y]:
            continue
        strength[x] += s
        strength[y] += s
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)
    groups: dict[int, list[int]] = defaultdict(list)
    for aid in originals:
        groups[find(aid)].append(aid)
    copies: dict[int, list[int]] = defaultdict(list)
    for copy, orig in dups.items():
        root = orig
        seen = set()
        while root in dups and root not in seen:
            seen.add(root)
            root = dups[root]
        copies[find(root) if root in parent else root].append(copy)
    out = []
    for root, members in groups.items():
        members.sort()
        everything = sorted(members + copies.get(root, []))
        central = max(members, key=lambda m: (strength[m], -m))
        dates = sorted(arts[m]["date"] for m in everything if arts[m]["date"])
        out.append(StoryCluster(
            articles=members, all_articles=everything, title=arts[central]["title"],
            first=dates[0] if dates else None, last=dates[-1] if dates else None,
            outlets=sorted({arts[m]["outlet"] for m in everything if arts[m]["outlet"]}),
            languages=sorted({arts[m]["lang"] for m in everything if arts[m]["lang"]})))
    out.sort(key=lambda s: (s.first or "", s.articles[0]))
    return out
