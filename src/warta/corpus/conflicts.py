"""Conflicts: claims about the same thing, in one story, from different sources that disagree.

numeric_divergence: figures for one measured thing differ beyond rounding between sources (a
source revising its own figure over time is a revision, not a conflict). confirm_vs_deny: a
proposition one source asserts and another denies, cannot confirm, or declines to confirm.
Syndicated copies (near-duplicates) are left out, so a copy never counts as a second source.
A conflict that spans languages is reported once over all of them and, where one language's
coverage disagrees within itself, once per such language too (readers of one press follow it).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from warta.store import schema as S

REL_TOLERANCE = 0.005  # 70.8 vs 71.2 differ; 12,000 vs 12,040 is rounding
NEGATIVE = ("denies", "unconfirmed", "refuses_to_confirm")
POSITIVE = ("asserts",)
LANGUAGE_FACETS = True


@dataclass
class ConflictFound:
    story: int | None
    about: str
    about_key: str
    kind: str
    claims: list[int]
    language: str | None = None
    sources: list[str] = field(default_factory=list)


def differ(a: float, b: float) -> bool:
    """Figures that differ beyond rounding."""
    return abs(a - b) > REL_TOLERANCE * max(abs(a), abs(b), 1e-9)


def _load(conn, story_of: dict[int, int]) -> list[dict]:
    rows = conn.execute(
        select(S.ClaimRow.id, S.ClaimRow.article_id, S.ClaimRow.source, S.ClaimRow.source_key, S.ClaimRow.value,
               S.ClaimRow.stance, S.ClaimRow.measure, S.ClaimRow.topic_key, S.ClaimRow.about_key, S.ClaimRow.about,
               S.ArticleRow.language, S.ArticleRow.published_day)
        .join(S.ArticleRow, S.ArticleRow.id == S.ClaimRow.article_id)
        .where(S.ArticleRow.near_duplicate_of.is_(None)))
    out = []
    for r in rows:
        d = r._asdict()
        d["story"] = story_of.get(d["article_id"])
        subj, _cls = (d["topic_key"] or "?|").split("|", 1)
        d["subject"] = subj
        parts = (d["about_key"] or "?||?").split("|")
        d["object"] = parts[-1] if len(parts) >= 3 else "?"
        d["voice"] = d["source_key"] or (d["source"] or "").lower() or f"article:{d['article_id']}"
        out.append(d)
    return out


def _fill_missing(claims: list[dict]) -> None:
    """A claim without subject (or object) takes the one its story's claims of the same class use most."""
    subj_by: dict[tuple, Counter] = defaultdict(Counter)
    obj_by: dict[tuple, Counter] = defaultdict(Counter)
    for c in claims:
        if c["subject"] != "?":
            subj_by[(c["story"], c["measure"])][c["subject"]] += 1
            subj_by[(c["story"], None)][c["subject"]] += 1
        if c["object"] != "?":
            obj_by[(c["story"], c["subject"], c["measure"])][c["object"]] += 1
    for c in claims:
        if c["subject"] == "?":
            counts = subj_by.get((c["story"], c["measure"])) or subj_by.get((c["story"], None))
            if counts:
                c["subject"] = counts.most_common(1)[0][0]
        if c["object"] == "?":
            counts = obj_by.get((c["story"], c["subject"], c["measure"]))
            if counts:
                c["object"] = counts.most_common(1)[0][0]
        cls = (c["measure"] or "other").split(":")[0].split("+")[0]
        c["topic"] = f"{c['subject']}|{cls}"
        c["key"] = f"{c['subject']}|{c['measure']}|{c['object']}"


def _numeric(group: list[dict]) -> list[dict] | None:
    figures = [c for c in group if c["value"] is not None and c["stance"] in POSITIVE]
    by_voice: dict[str, set[float]] = defaultdict(set)
    for c in figures:
        by_voice[c["voice"]].add(c["value"])
    voices = list(by_voice)
    for i, va in enumerate(voices):
        for vb in voices[i + 1:]:
            if any(differ(x, y) for x in by_voice[va] for y in by_voice[vb]):
                return _dedupe(figures)
    return None


def _confirm_deny(group: list[dict]) -> list[dict] | None:
    pos = [c for c in group if c["stance"] in POSITIVE]
    neg = [c for c in group if c["stance"] in NEGATIVE]
    if pos and neg and ({c["voice"] for c in pos} - {c["voice"] for c in neg} or
                        {c["voice"] for c in neg} - {c["voice"] for c in pos}):
        return _dedupe(pos + neg)
    return None


def _dedupe(claims: list[dict]) -> list[dict]:
    seen, out = set(), []
    for c in sorted(claims, key=lambda c: (c["published_day"] or "", c["article_id"], c["id"])):
        k = (c["article_id"], c["voice"], c["stance"], c["value"])
        if k not in seen:
            seen.add(k)
            out.append(c)
    return out


def _emit(out: list[ConflictFound], story, key: str, kind: str, members: list[dict], language=None) -> None:
    about = Counter(c["about"] for c in members if c["about"]).most_common(1)
    out.append(ConflictFound(story=story, about=about[0][0] if about else key, about_key=key, kind=kind,
                             claims=[c["id"] for c in members], language=language,
                             sources=sorted({c["source"] or "" for c in members})))


def detect(claims: list[dict]) -> list[ConflictFound]:
    """Conflicts among normalised claims (dicts with story, voice, value, stance, measure, keys)."""
    _fill_missing(claims)
    out: list[ConflictFound] = []
    numeric: dict[tuple, list[dict]] = defaultdict(list)
    topics: dict[tuple, list[dict]] = defaultdict(list)
    for c in claims:
        if c["story"] is None:
            continue
        if c["value"] is not None:
            numeric[(c["story"], c["key"])].append(c)
        if c["stance"] in POSITIVE or c["stance"] in NEGATIVE:
            topics[(c["story"], c["topic"])].append(c)
    for kind, groups, test in (("numeric_divergence", numeric, _numeric), ("confirm_vs_deny", topics, _confirm_deny)):
        for (story, key), group in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1])):
            members = test(group)
            if not members:
                continue
            languages = sorted({c["language"] or "" for c in members})
            _emit(out, story, key, kind, members)
            if LANGUAGE_FACETS and len(languages) > 1:
                for lang in languages:
                    sub = test([c for c in group if (c["language"] or "") == lang])
                    if sub:
                        _emit(out, story, key, kind, sub, language=lang)
    return out


def find_conflicts(conn, story_of: dict[int, int]) -> list[ConflictFound]:
    """All conflicts in the store, from claims of original (non-copy) articles."""
    return detect(_load(conn, story_of))
