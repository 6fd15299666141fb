"""Conflicts: claims about the same thing, in one story, from different sources that disagree.

numeric_divergence: figures for one measured thing differ beyond rounding between sources (a
source revising its own figure over time is a revision, not a conflict). confirm_vs_deny: a
proposition one source asserts and another denies, cannot confirm, or declines to confirm.
Syndicated copies (near-duplicates) are left out, so a copy never counts as a second source.
A conflict that spans languages is reported once over all of them and, where one language's
coverage disagrees within itself, once per such language too (readers of one press follow it).

A conflict whose claims all belong to a larger conflict of the same kind in the same story is
folded into it (the language facets are compared only with facets of their own language). Claims
whose "source" is extraction debris (a function word like "but", or a clause cut after an
auxiliary verb, "United States had") are left out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from warta.corpus.entities import fold
from warta.corpus.lexicon import wordset
from warta.corpus.questions import (
    MEASURES,
    PER_PARTY,
    Question,
    anaphoric,
    compatible,
    content_words,
    figure_denial,
    proposition_groups,
)
from warta.store import schema as S

REL_TOLERANCE = 0.005  # 70.8 vs 71.2 differ; 12,000 vs 12,040 is rounding
NEGATIVE = ("denies", "unconfirmed", "refuses_to_confirm")
POSITIVE = ("asserts",)
LANGUAGE_FACETS = True
ANAPHORIC_WORDS = 3  # a denial with this few content words denies what was said before it
_CAPITALISED = re.compile(r"\b[A-Z][\w'’\-]*")
# Classes that say nothing about what a figure counts (the predicate was a bare speech verb and
# the evidence matched no class): "2 jenazah" and "11 anggota" stated in one story are not two
# figures for one thing, so these make no numeric_divergence (they still make confirm_vs_deny).
# These are predicate names (schema: the claim components write "states" in every language), not
# a language's words.
GENERIC_CLASSES = {"states", "state", "says", "said", "stated", "tells", "told", "reports", "reported"}


@dataclass
class ConflictFound:
    story: int | None
    about: str
    about_key: str
    kind: str
    claims: list[int]
    language: str | None = None
    sources: list[str] = field(default_factory=list)
    # what each claim says, for folding: (article, voice, stance, value); two rows of one article
    # saying the same thing count once
    said: frozenset = field(default_factory=frozenset, repr=False, compare=False)


def junk_source(source: str | None) -> bool:
    """True for a source that is extraction debris, not a speaker: only lowercase function words
    ("but", "yang"), or words ending with an auxiliary verb ("United States had", "Rusia telah").
    The words are language resources: warta.lang.<code>.corpus.FUNCTION_WORDS and AUXILIARIES."""
    if not source:
        return False
    words = [w.strip(".,;:!?\"'()[]") for w in source.split()]
    words = [w for w in words if w]
    if not words:
        return True
    if all(w.lower() in wordset("FUNCTION_WORDS") and not w.isupper() for w in words):  # "but", "It"; not "US"
        return True
    if len(words) == 1 and not any(ch.isupper() for ch in source):  # "raising", "agency": no name
        return True
    return len(words) > 1 and words[-1].lower() in wordset("AUXILIARIES") and not words[-1].isupper()


def differ(a: float, b: float) -> bool:
    """Figures that differ beyond rounding."""
    return abs(a - b) > REL_TOLERANCE * max(abs(a), abs(b), 1e-9)


def _load(conn, story_of: dict[int, int], only: list[int] | None = None) -> list[dict]:
    if only is not None:  # the claims of these articles only, in bounded IN lists
        out = []
        for i in range(0, len(only), 2000):
            out.extend(_load_rows(conn, story_of, S.ClaimRow.article_id.in_(only[i:i + 2000])))
        out.sort(key=lambda d: d["id"])
        return out
    return _load_rows(conn, story_of, None)


def _load_rows(conn, story_of: dict[int, int], where) -> list[dict]:
    stmt = (
        select(S.ClaimRow.id, S.ClaimRow.article_id, S.ClaimRow.source, S.ClaimRow.source_key, S.ClaimRow.value,
               S.ClaimRow.stance, S.ClaimRow.measure, S.ClaimRow.topic_key, S.ClaimRow.about_key, S.ClaimRow.about,
               S.ClaimRow.question_kind, S.ClaimRow.as_of, S.ClaimRow.approx, S.ClaimRow.evidence,
               S.ArticleRow.language, S.ArticleRow.published_day, S.ArticleRow.outlet, S.ArticleRow.title)
        .join(S.ArticleRow, S.ArticleRow.id == S.ClaimRow.article_id)
        .where(S.ArticleRow.near_duplicate_of.is_(None), S.ArticleRow.superseded_by.is_(None)))
    if where is not None:
        stmt = stmt.where(where)
    rows = conn.execute(stmt.order_by(S.ClaimRow.id))
    out = []
    for r in rows:
        d = r._asdict()
        d["story"] = story_of.get(d["article_id"])
        subj, d["cls"] = (d["topic_key"] or "?|").split("|", 1)  # the predicate class, also of a figure's row
        d["subject"] = subj
        parts = (d["about_key"] or "?||?").split("|")
        d["object"] = parts[-1] if len(parts) >= 3 else "?"
        d["voice"] = d["source_key"] or (d["source"] or "").lower() or f"article:{d['article_id']}"
        # a figure the outlet states without attribution is its summary of someone's count
        d["own"] = bool(d["outlet"]) and (d["source"] or "").casefold() == d["outlet"].casefold()
        out.append(d)
    return out


def _fill_missing(claims: list[dict], named_in: dict[tuple, float] | None = None) -> None:
    """A claim without subject (or object) takes the one its story's claims of the same class use most.

    Where subjects tie, a figure takes the subject whose figures for the same measure are nearest
    its own (an unnamed "53.1 percent" in an election story with 52.4 for one candidate and 47.6
    for another is the first one's); one pass to count, one to fill, so linear in the claims."""
    subj_by: dict[tuple, Counter] = defaultdict(Counter)
    obj_by: dict[tuple, Counter] = defaultdict(Counter)
    values_by: dict[tuple, list[float]] = defaultdict(list)
    for c in claims:
        if c["subject"] != "?":
            subj_by[(c["story"], c["measure"])][c["subject"]] += 1
            subj_by[(c["story"], None)][c["subject"]] += 1
            if c["value"] is not None:
                values_by[(c["story"], c["measure"], c["subject"])].append(c["value"])
        if c["object"] != "?":
            obj_by[(c["story"], c["subject"], c["measure"])][c["object"]] += 1
    for c in claims:
        if c["subject"] == "?":
            same_measure = subj_by.get((c["story"], c["measure"]))
            counts = same_measure or subj_by.get((c["story"], None))
            if counts:
                c["subject"] = _pick_subject(c, counts, values_by if same_measure else None)
        if c["object"] == "?":
            counts = obj_by.get((c["story"], c["subject"], c["measure"]))
            if counts:
                c["object"] = counts.most_common(1)[0][0]
        cls = _topic_class(c)
        c["topic"] = f"{c['subject']}|{cls}"
        if c.get("question_kind") == "measure":
            c["key"] = c["about_key"]
        else:
            c["key"] = f"{c['subject']}|{c['measure']}|{c['object']}"
    _story_places(claims, named_in)
    _fill_parties(claims)


def _fill_parties(claims: list[dict]) -> None:
    """A share whose party is not named ("pasangan nomor urut 1 itu memperoleh 53,1 persen") is the
    share of the party whose shares of the same measure in the story are nearest its own."""
    named: dict[tuple, list[tuple[float, str]]] = defaultdict(list)
    for c in claims:
        if c.get("question_kind") == "measure" and c["measure"] in PER_PARTY and c["value"] is not None:
            q = Question.from_key(c["key"])
            if q.party:
                named[(c["story"], q.but(party=None).key)].append((c["value"], q.party))
    for c in claims:
        if c.get("question_kind") == "measure" and c["measure"] in PER_PARTY and c["value"] is not None:
            q = Question.from_key(c["key"])
            options = named.get((c["story"], c["key"])) if not q.party else None
            if options:
                party = min(options, key=lambda o: abs(o[0] - c["value"]))[1]
                c["key"] = q.but(party=party).key
    _date_unknown_days(claims)


def _story_places(claims: list[dict], named_in: dict[tuple, float] | None = None) -> None:
    """A place that half or more of a story's articles name is where the story happens, so a
    figure tied to it answers the story's overall question ("152 keracunan di Kecamatan Kertek" in
    a story about the Kertek poisoning); a figure tied to another place ("40,000 in Porto" in a
    story about Lisbon) answers that place's own question. `named_in` maps (story, place key) to
    the share of the story's articles that mention it; without it, the share of article titles."""
    titles: dict = defaultdict(dict)
    for c in claims:
        titles[c["story"]][c["article_id"]] = fold(c.get("title") or "")
    for c in claims:
        if c.get("question_kind") != "measure":
            continue
        q = Question.from_key(c["about_key"])
        if not q.place:
            continue
        if named_in is not None:
            share = named_in.get((c["story"], q.place), 0.0)
        else:
            ts = list(titles[c["story"]].values())
            word = q.place.split(":")[-1]
            share = sum(1 for t in ts if word and word in t) / max(1, len(ts))
        if share >= 0.5:
            c["key"] = q.but(place=None).key


def place_shares(conn, claims: list[dict], story_of: dict[int, int]) -> dict[tuple, float]:
    """(story, place key) -> share of the story's articles that mention the place, for the places
    figures are tied to (one query over those stories' place mentions)."""
    wanted: dict[int, set[str]] = defaultdict(set)
    for c in claims:
        if c.get("question_kind") == "measure" and c["story"] is not None:
            place = Question.from_key(c["about_key"] or "").place
            if place:
                wanted[c["story"]].add(place)
    if not wanted:
        return {}
    articles = [a for a, st in story_of.items() if st in wanted]
    size = Counter(story_of[a] for a in articles)
    keys = sorted(set().union(*wanted.values()))
    seen: set[tuple] = set()
    for i in range(0, len(articles), 5000):
        rows = conn.execute(select(S.MentionRow.article_id, S.EntityRow.key)
                            .join(S.EntityRow, S.EntityRow.id == S.MentionRow.entity_id)
                            .where(S.MentionRow.article_id.in_(articles[i:i + 5000]), S.EntityRow.key.in_(keys)))
        seen.update((r.article_id, r.key) for r in rows)
    count = Counter((story_of[a], k) for a, k in seen)
    return {(st, k): n / size[st] for (st, k), n in count.items()}


def _date_unknown_days(claims: list[dict]) -> None:
    """A toll from an article of unknown day joins the question of its measure that its story
    counts most answers for (the day is part of a dated measure's key)."""
    size: Counter = Counter()
    for c in claims:
        if c.get("question_kind") == "measure" and c.get("as_of"):
            size[(c["story"], _undated(c["key"], c["as_of"]), c["key"])] += 1
    for c in claims:
        if c.get("question_kind") != "measure" or c.get("as_of") or not MEASURES.get(c["measure"], ((), False))[1]:
            continue
        options = [(n, k) for (st, base, k), n in size.items() if st == c["story"] and base == c["key"]]
        if options:
            c["key"] = max(options)[1]


def _undated(key: str, day: str) -> str:
    return key.replace(f"|{day}|", "||", 1)


def _pick_subject(c: dict, counts: Counter, values_by: dict | None) -> str:
    top = counts.most_common(8)
    tied = [s for s, n in top if n == top[0][1]]
    if len(tied) == 1 or c["value"] is None or values_by is None:
        return tied[0]

    def distance(subject: str) -> float:
        vals = values_by.get((c["story"], c["measure"], subject))
        if not vals:
            return float("inf")
        return min(abs(v - c["value"]) / max(abs(v), abs(c["value"]), 1e-9) for v in vals)

    return min(tied, key=distance)  # min keeps the first of equals: most_common's order


def _topic_class(c: dict) -> str:
    """What a statement is about, for confirm-vs-deny: its predicate class ("send"); for a figure's
    row whose predicate is a bare speech verb, the measure its figure answers ("dead")."""
    cls = c.get("cls")
    if c.get("question_kind") == "measure" and (not cls or cls in GENERIC_CLASSES):
        return _measure_class(c["measure"])
    return cls or _measure_class(c["measure"])


def _measure_class(measure: str | None) -> str:
    return (measure or "other").split(":")[0].split("+")[0]


def _numeric(group: list[dict]) -> list[dict] | None:
    """Figures for one question from two voices that cannot both be right (questions.compatible)."""
    if group[0].get("question_kind") != "measure":
        return None  # a figure whose measure is unknown answers no question warta can compare
    # an outlet's unattributed figure neither makes nor joins a disagreement between sources
    figures = [c for c in group if c["value"] is not None and c["stance"] in POSITIVE and not c["own"]]
    by_voice: dict[str, set[tuple]] = defaultdict(set)
    for c in figures:
        by_voice[c["voice"]].add((c["value"], c.get("approx")))
    voices = list(by_voice)
    for i, va in enumerate(voices):
        for vb in voices[i + 1:]:
            if any(not compatible(x, xa, y, ya) for x, xa in by_voice[va] for y, ya in by_voice[vb]):
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
                             sources=sorted({c["source"] or "" for c in members}),
                             said=frozenset(_said(c) for c in members)))


def _said(c: dict) -> tuple:
    return c["article_id"], c["voice"], c["stance"], c["value"]


def detect(claims: list[dict], named_in: dict[tuple, float] | None = None) -> list[ConflictFound]:
    """Conflicts among normalised claims (dicts with story, voice, value, stance, measure, keys);
    `named_in` as for `_story_places`."""
    claims = [c for c in claims if not junk_source(c.get("source"))]
    _fill_missing(claims, named_in)
    entries: list[tuple[ConflictFound, list[ConflictFound]]] = []  # (conflict, its language facets)
    numeric: dict[tuple, list[dict]] = defaultdict(list)
    topics: dict[tuple, list[dict]] = defaultdict(list)
    plain: dict[int, list[dict]] = defaultdict(list)  # statements with a bare speech verb, by story
    for c in claims:
        if c["story"] is None:
            continue
        if c["value"] is not None:
            numeric[(c["story"], c["key"])].append(c)
        if c["stance"] in POSITIVE or c["stance"] in NEGATIVE:
            if _topic_class(c) in GENERIC_CLASSES:
                plain[c["story"]].append(c)
            else:
                topics[(c["story"], c["topic"])].append(c)
    for story, cs in plain.items():
        _propositions(story, cs, topics)
    for kind, groups, test in (("numeric_divergence", numeric, _numeric), ("confirm_vs_deny", topics, _confirm_deny)):
        for (story, key), group in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1])):
            members = test(group)
            if not members:
                continue
            languages = sorted({c["language"] or "" for c in members})
            base: list[ConflictFound] = []
            _emit(base, story, key, kind, members)
            facets: list[ConflictFound] = []
            if LANGUAGE_FACETS and len(languages) > 1:
                for lang in languages:
                    sub = test([c for c in group if (c["language"] or "") == lang])
                    if sub:
                        _emit(facets, story, key, kind, sub, language=lang)
            entries.append((base[0], facets))
    return fold_subsets(entries)


def _propositions(story: int, cs: list[dict], topics: dict[tuple, list[dict]]) -> None:
    """Statements whose verb says nothing ("said", "menyebut") answer the proposition their words
    share with a denial in the story (questions.proposition_groups); each such group is a topic."""
    words = [content_words(c.get("evidence") or "", c.get("source"), c.get("language")) for c in cs]
    # "Salonga rejected the criticism", "Dodi membantah pernyataan Kapolda": a denial with hardly a
    # word of its own answers the statement before it in its article, by another voice
    for i, c in enumerate(cs):
        ev = c.get("evidence") or ""
        # its own words, leaving out names and titles ("Civil Defense Office spokesman ... rejected
        # the criticism"): what is left says what it denies, or hardly anything
        own = content_words(_CAPITALISED.sub(" ", ev), c.get("source"), c.get("language"))
        if c["stance"] in NEGATIVE and len(own) <= ANAPHORIC_WORDS and anaphoric(ev):
            # "membantah angka tersebut", "denied the police figure": what it points back to is a figure
            of_figure = figure_denial(ev)
            before = [j for j, o in enumerate(cs) if o["article_id"] == c["article_id"] and o["id"] < c["id"]
                      and o["voice"] != c["voice"] and o["stance"] in POSITIVE
                      and (not of_figure or o.get("value") is not None)]
            if before:
                words[i] = words[i] | words[max(before, key=lambda j: cs[j]["id"])]
    items = [(i, cs[i]["stance"] in NEGATIVE, words[i]) for i in range(len(cs))]
    for group in proposition_groups(items):
        seed = cs[group[0]]
        shared = sorted(words[group[0]] & set().union(*(words[i] for i in group[1:])))
        topics[(story, f"p|{'+'.join(shared[:4])}|{seed['id']}")] = [cs[i] for i in group]


def _fold(items: list[ConflictFound]) -> set[int]:
    """Indexes of conflicts whose claims are a subset of another's (same story, kind and language),
    claims compared by what they say (article, voice, stance, value), so a second extracted row
    of the same statement does not keep a conflict apart; of two equal ones the first is kept."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, cf in enumerate(items):
        groups[(cf.story, cf.kind, cf.language)].append(i)
    folded: set[int] = set()
    for idxs in groups.values():
        if len(idxs) < 2:
            continue
        sets = {i: items[i].said or frozenset(items[i].claims) for i in idxs}
        kept: list[int] = []
        for i in sorted(idxs, key=lambda i: (-len(sets[i]), i)):
            if any(sets[i] <= sets[k] for k in kept):
                folded.add(i)
            else:
                kept.append(i)
    return folded


def fold_subsets(entries: list[tuple[ConflictFound, list[ConflictFound]]]) -> list[ConflictFound]:
    """Fold conflicts into larger ones of the same story and kind that hold all their claims.

    A folded conflict's language facets go with it (the larger conflict has its own); the facets
    left are then folded among those of the same language. A facet is never folded into its own
    (all-language) conflict: those copies are deliberate.
    """
    bases = [b for b, _f in entries]
    gone = _fold(bases)
    out: list[ConflictFound] = []
    facets: list[ConflictFound] = []
    for i, (_base, fs) in enumerate(entries):
        if i not in gone:
            facets.extend(fs)
    gone_facets = {id(facets[j]) for j in _fold(facets)}
    for i, (base, fs) in enumerate(entries):
        if i in gone:
            continue
        out.append(base)
        out.extend(f for f in fs if id(f) not in gone_facets)
    return out


def find_conflicts(conn, story_of: dict[int, int], only: list[int] | None = None) -> list[ConflictFound]:
    """All conflicts in the store, from claims of original (non-copy) articles; with `only`, the
    conflicts of the stories of those articles (a story's conflicts depend on its claims alone)."""
    claims = _load(conn, story_of, only)
    return detect(claims, place_shares(conn, claims, story_of))


def fold_conflicts(conflicts: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """Drops a conflict whose claims are all inside a larger conflict of the same kind (a
    per-language copy of a question answered in both languages): what readers are shown."""
    sets = [(c["kind"], frozenset(x["claim_id"] for x in c["claims"])) for c in conflicts]
    kept = [
        c for i, c in enumerate(conflicts)
        if not any(j != i and k == sets[i][0] and (ids > sets[i][1] or (ids == sets[i][1] and j < i))
                   for j, (k, ids) in enumerate(sets))
    ]
    return kept, len(conflicts) - len(kept)


def disputed_counts(conflicts: list[ConflictFound]) -> dict[int, int]:
    """Story id -> how many disputed questions its page shows: its conflicts less those folded into
    a larger one (`fold_conflicts`, the rule the story page and `warta conflicts` apply), so that
    "4 conflicts" on a story's badge counts the cards its page shows."""
    by_story: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for cf in conflicts:
        if cf.story is not None:
            by_story[cf.story].append({"kind": cf.kind, "claims": [{"claim_id": i} for i in cf.claims]})
    return {story: len(fold_conflicts(items)[0]) for story, items in by_story.items()}
