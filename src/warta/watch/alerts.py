"""Alerts: what a batch of new articles changed in their stories, once the corpus is up to date.

Computed from the store after the update and the ids of the batch, so an update interrupted by a
crash is alerted on when the watcher resumes (the batch is remembered in `watch_items`):

* `new_story`: the batch opened a story (none of its other articles were stored before).
* `new_question`: a measure question (corpus/questions.py: "how many dead, as of 17 November?")
  that no earlier article of the story answered.
* `disagreement`: a figure or stance from the batch that is part of a conflict
  (corpus/conflicts.py: numeric_divergence, confirm_vs_deny) and disagrees with what another
  source said before it, where that voice had not said it in the conflict before.

A batch is read in the order its articles were stored, as if they had come one a poll: the
alerts do not depend on how the pages were split into polls (two pages of one new story that
disagree alert once, on the second).
* `revision`: a source giving a figure for a question it had answered differently before, in an
  earlier version of the same page (a correction) or an earlier article of the story.

Each alert has a stable `key` built from what it says (story, question key, voice, answer), so
seeing the same thing again, in a re-fetched page or after a restart, never alerts twice: the
store keeps every key (`watch_alerts`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from warta.corpus.conflicts import NEGATIVE, POSITIVE
from warta.corpus.incremental import _chunks
from warta.corpus.questions import Question, compatible
from warta.store import schema as S


@dataclass
class Alert:
    kind: str  # new_story | new_question | disagreement | revision
    key: str
    story_id: int | None
    article_id: int | None
    payload: dict = field(default_factory=dict)


def _voice(c) -> str:
    return c.source_key or (c.source or "").lower() or f"article:{c.article_id}"


def _tracked(key: str | None) -> str:
    """The question a story tracks, whatever the day or place: a toll counted as of a new day, or
    for one place, answers a question the story already follows (its changes are revisions)."""
    return Question.from_key(key).but(as_of=None, place=None).key if key else ""


def _same_count(key: str | None) -> str:
    """A measure question on any day: a source's toll of today revises its toll of yesterday."""
    return Question.from_key(key).but(as_of=None).key if key else ""


def _answer(c) -> str:
    return f"{c.value:g}" if c.value is not None else c.stance


def _before(aid: int, than: int, batch: set[int]) -> bool:
    """Article `aid` was stored before article `than`: before the batch, or earlier in it."""
    return aid not in batch or aid < than


def _disagree(a, b) -> bool:
    """Two claims of one conflict on opposite sides: figures that do not fit, or assert vs deny."""
    if a.value is not None and b.value is not None:
        return not compatible(a.value, a.approx, b.value, b.approx)
    return (a.stance in POSITIVE and b.stance in NEGATIVE) or (a.stance in NEGATIVE and b.stance in POSITIVE)


def _claim(c, art) -> dict:
    return {"claim_id": c.id, "article_id": c.article_id, "source": c.source, "value": c.value, "unit": c.unit,
            "stance": c.stance, "evidence": c.evidence, "url": art.url if art else None,
            "outlet": art.outlet if art else None, "published": art.published if art else None}


_CLAIM_COLS = (S.ClaimRow.id, S.ClaimRow.article_id, S.ClaimRow.about_key, S.ClaimRow.about, S.ClaimRow.question_kind,
               S.ClaimRow.source, S.ClaimRow.source_key, S.ClaimRow.value, S.ClaimRow.unit, S.ClaimRow.stance,
               S.ClaimRow.evidence, S.ClaimRow.approx)
_ARTICLE_COLS = (S.ArticleRow.id, S.ArticleRow.story_id, S.ArticleRow.supersedes, S.ArticleRow.url,
                 S.ArticleRow.title, S.ArticleRow.outlet, S.ArticleRow.published, S.ArticleRow.published_day,
                 S.ArticleRow.near_duplicate_of, S.ArticleRow.superseded_by)


def compute_alerts(conn, batch: list[int]) -> list[Alert]:
    """The alerts a batch of stored articles (ids) raises, against the store as it is now."""
    batch_set = set(batch)
    arts = {}
    for chunk in _chunks(sorted(batch_set), 500):
        arts.update({a.id: a for a in conn.execute(select(*_ARTICLE_COLS).where(S.ArticleRow.id.in_(chunk)))})
    # only current, original articles speak (a copy is no second source; a superseded one is history)
    current = {i: a for i, a in arts.items() if a.superseded_by is None and a.near_duplicate_of is None}
    if not current:
        return []
    stories = sorted({a.story_id for a in current.values() if a.story_id is not None})
    members: dict[int, dict[int, object]] = defaultdict(dict)
    for chunk in _chunks(stories, 500):
        for a in conn.execute(select(*_ARTICLE_COLS).where(S.ArticleRow.story_id.in_(chunk))):
            members[a.story_id][a.id] = a
    older = {a.supersedes: a.id for a in current.values() if a.supersedes is not None}
    for chunk in _chunks(sorted(older), 500):
        for a in conn.execute(select(*_ARTICLE_COLS).where(S.ArticleRow.id.in_(chunk))):
            arts[a.id] = a
    everyone = {i: a for st in members.values() for i, a in st.items()}
    everyone.update(arts)
    claims_of: dict[int, list] = defaultdict(list)
    for chunk in _chunks(sorted(everyone), 500):
        for c in conn.execute(select(*_CLAIM_COLS).where(S.ClaimRow.article_id.in_(chunk))
                              .order_by(S.ClaimRow.article_id, S.ClaimRow.id)):
            claims_of[c.article_id].append(c)
    alerts: list[Alert] = []
    alerts += _story_alerts(current, members, claims_of, older, batch_set)
    alerts += _revision_alerts(current, members, claims_of, arts, batch_set)
    alerts += _disagreement_alerts(conn, current, stories, everyone, batch_set)
    return alerts


def _story_alerts(current, members, claims_of, older, batch_set) -> list[Alert]:
    out = []
    for sid, arts in sorted(members.items()):
        new_here = [i for i in arts if i in batch_set and i in current]
        if not new_here:
            continue
        before = [i for i in arts if i not in batch_set]
        first = current[min(new_here)]
        if not before and not any(older.get(i) for i in new_here):
            out.append(Alert("new_story", f"new_story|{sid}", sid, first.id,
                             {"title": first.title, "articles": sorted(new_here),
                              "urls": [current[i].url for i in sorted(new_here)]}))
            continue
        answered = {_tracked(c.about_key) for i in before for c in claims_of[i]}
        answered |= {_tracked(c.about_key) for i in new_here if older.get(i) for c in claims_of[older[i]]}
        for i in sorted(new_here):
            for c in claims_of[i]:
                tracked = _tracked(c.about_key)
                if c.question_kind != "measure" or not c.about_key or tracked in answered:
                    continue
                answered.add(tracked)
                out.append(Alert("new_question", f"new_question|{sid}|{tracked}", sid, i,
                                 {"question": c.about, "question_key": c.about_key,
                                  "answer": _claim(c, current[i])}))
    return out


def _revision_alerts(current, members, claims_of, arts, batch_set) -> list[Alert]:
    out = []
    for aid, art in sorted(current.items()):
        earlier = []  # (article, why): the page's previous version, then the story's earlier articles
        if art.supersedes is not None and art.supersedes in arts:
            earlier.append((arts[art.supersedes], "correction"))
        if art.story_id is not None:
            for other in members[art.story_id].values():
                if _before(other.id, aid, batch_set) and other.near_duplicate_of is None \
                        and (other.published_day or "") <= (art.published_day or "9999"):
                    earlier.append((other, "later report"))
        if not earlier:
            continue
        for c in claims_of[aid]:
            if c.question_kind != "measure" or c.value is None:
                continue
            for prev_art, why in earlier:
                question = _same_count(c.about_key)
                prev = next((p for p in claims_of[prev_art.id] if _same_count(p.about_key) == question
                             and p.value is not None and _voice(p) == _voice(c)), None)
                if prev is None or compatible(prev.value, prev.approx, c.value, c.approx):
                    continue
                key = f"revision|{question}|{_voice(c)}|{prev.value:g}|{c.value:g}"
                out.append(Alert("revision", key, art.story_id, aid,
                                 {"question": c.about, "question_key": c.about_key, "source": c.source,
                                  "why": why, "previous": _claim(prev, prev_art), "now": _claim(c, art)}))
                break
    return out


def _disagreement_alerts(conn, current, stories, everyone, batch_set) -> list[Alert]:
    if not stories:
        return []
    conflicts = []
    for chunk in _chunks(stories, 500):
        conflicts += conn.execute(select(S.ConflictRow.id, S.ConflictRow.story_id, S.ConflictRow.about,
                                         S.ConflictRow.about_key, S.ConflictRow.kind)
                                  .where(S.ConflictRow.story_id.in_(chunk)).order_by(S.ConflictRow.id)).all()
    if not conflicts:
        return []
    by_conflict: dict[int, list] = defaultdict(list)
    for chunk in _chunks([c.id for c in conflicts], 500):
        for r in conn.execute(select(S.ConflictClaimRow.conflict_id, *_CLAIM_COLS)
                              .join(S.ClaimRow, S.ClaimRow.id == S.ConflictClaimRow.claim_id)
                              .where(S.ConflictClaimRow.conflict_id.in_(chunk))
                              .order_by(S.ConflictClaimRow.conflict_id, S.ConflictClaimRow.position)):
            by_conflict[r.conflict_id].append(r)
    out, keys = [], set()
    for cf in conflicts:
        claims = by_conflict[cf.id]
        for c in claims:
            if c.article_id not in batch_set or c.article_id not in current:
                continue
            # the batch is read in the order it was stored, as if its pages had come one a poll: a
            # claim disagrees with what was said before it (so two new pages alert once, not twice)
            earlier = [x for x in claims if _before(x.article_id, c.article_id, batch_set)
                       or (x.article_id == c.article_id and x.id < c.id)]  # one page can hold both sides
            said = (_voice(c), _answer(c))
            if said in {(_voice(x), _answer(x)) for x in earlier}:
                continue
            if not any(_voice(x) != said[0] and _disagree(c, x) for x in earlier):
                continue
            against = [x for x in claims if _voice(x) != said[0] and _disagree(c, x)]
            key = f"disagreement|{cf.story_id}|{cf.kind}|{cf.about_key}|{said[0]}|{said[1]}"
            if key in keys:
                continue
            keys.add(key)
            out.append(Alert("disagreement", key, cf.story_id, c.article_id,
                             {"conflict_id": cf.id, "conflict_kind": cf.kind, "question": cf.about,
                              "question_key": cf.about_key, "new": _claim(c, everyone.get(c.article_id)),
                              "against": [_claim(x, everyone.get(x.article_id)) for x in against]}))
    return out
