"""Quality kept as data: score extraction against NAME.txt + NAME.gold.json pairs.

The metrics and matching rules follow the gold format warta's records share (see docs/eval.md):
  body        bag-of-words token P/R/F1 of predicted paragraphs vs the gold body lines
  entities    (name or alias[, type]) matches; duplicates of a matched entity are not counted
  quotes      texts sharing token F1 >= 0.5, one-to-one best first; "attributed" also needs
              the right speaker (name or alias, or containing the full name); via F1
  quantities  same value (relative 1e-6) and a unit sharing a token
All figures are micro-averaged over the directory.

When the directory also holds stories*.json (lists of {"story", "docs": [NAME...], "conflicts":
[{"about", "kind", "claims": [{"doc", "source", "value", "stance"}]}]}), the pages are ingested
into a throw-away in-memory store and its stories and conflicts are scored:
  stories_pairwise  P/R/F1 over pairs of gold docs placed in one story (docs of some gold story only)
  conflicts         recall: share of gold conflicts some predicted conflict finds; precision: share
                    of predicted conflicts that find some gold conflict. A predicted conflict finds a
                    gold one when distinct claims of it match >= 2 of the gold claims and at least
                    half of its claims match some claim of that gold conflict. Claims match when from
                    the same article and with the same value (relative 1e-6), or, where a value is
                    missing, the same stance.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

WORD = re.compile(r"\w+", re.UNICODE)
DATELINE_SEP = re.compile(r"^(.{0,80}?)\s*(—|–|--|-|:)\s+")


def norm(text: str | None) -> str:
    if not text:
        return ""
    return " ".join(WORD.findall(unicodedata.normalize("NFKC", text).lower()))


def tokens(text: str | None) -> list[str]:
    return norm(text).split()


def token_f1(a: str, b: str) -> float:
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def as_dict(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "p": round(p, 4),
            "r": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Accuracy:
    ok: int = 0
    n: int = 0

    def add(self, ok: bool) -> None:
        self.ok += bool(ok)
        self.n += 1

    def as_dict(self) -> dict:
        return {"acc": round(self.ok / self.n, 4) if self.n else None, "n": self.n}


def gold_body_lines(raw: str, gold: dict) -> list[str]:
    """Raw lines that are body: not headline, boilerplate, byline or a dateline-only line."""
    boiler = {norm(b) for b in gold.get("boilerplate", [])}
    title = norm(gold.get("title"))
    author = gold.get("author") or ""
    dateline = gold.get("dateline") or {}
    marks = [v.lower() for v in (dateline.get("place"), dateline.get("outlet")) if v]
    lines = []
    for line in raw.splitlines():
        n = norm(line)
        if not n or n in boiler or n == title:
            continue
        if author and author in line and len(line) < 120:
            continue
        if len(line) < 60 and any(m in line.lower() for m in marks):
            continue
        m = DATELINE_SEP.match(line)
        if m and any(mk in m.group(1).lower() for mk in marks):
            line = line[m.end() :]
        lines.append(line)
    return lines


def _speaker_names(gold: dict, speaker: str) -> set[str]:
    names = {norm(speaker)}
    for ent in gold.get("entities", []):
        forms = {norm(ent.get("name"))} | {norm(a) for a in ent.get("aliases", [])}
        if norm(speaker) in forms:
            names |= forms
    return {n for n in names if n}


def speaker_matches(gold: dict, gold_speaker: str, predicted) -> bool:
    if isinstance(predicted, dict):
        predicted = predicted.get("name") or predicted.get("text")
    p = norm(predicted)
    if not p:
        return False
    if p in _speaker_names(gold, gold_speaker):
        return True
    full = norm(gold_speaker)
    return bool(full) and re.search(rf"(^| ){re.escape(full)}( |$)", p) is not None


def _forms(entity: dict) -> set[str]:
    return {norm(entity.get("name"))} | {norm(a) for a in entity.get("aliases", []) if a}


def score_entities(gold: dict, pred: dict, typed: PRF, untyped: PRF) -> None:
    gold_ents = gold.get("entities", [])
    for prf, use_type in ((typed, True), (untyped, False)):
        matched: set[int] = set()
        fp = 0
        for pe in pred.get("entities", []) or []:
            forms = _forms(pe)
            hit = next(
                (
                    i
                    for i, ge in enumerate(gold_ents)
                    if (not use_type or (pe.get("type") or "").upper() == ge.get("type"))
                    and forms & _forms(ge)
                ),
                None,
            )
            if hit is None:
                fp += 1
            else:
                matched.add(hit)
        prf.add(len(matched), fp, len(gold_ents) - len(matched))


def score_quotes(gold: dict, pred: dict, detected: PRF, attributed: PRF, kind: Accuracy, via: PRF) -> None:
    gq, pq = gold.get("quotes", []), pred.get("quotes", []) or []
    pairs = sorted(
        (
            (f, i, j)
            for i, g in enumerate(gq)
            for j, p in enumerate(pq)
            if (f := token_f1(g.get("text", ""), p.get("text", ""))) >= 0.5
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    matches = []
    for _f, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            matches.append((i, j))
    detected.add(len(matches), len(pq) - len(matches), len(gq) - len(matches))
    good = 0
    for i, j in matches:
        g, p = gq[i], pq[j]
        good += speaker_matches(gold, g.get("speaker", ""), p.get("speaker"))
        kind.add((p.get("kind") or "") == g.get("kind"))
        gold_via = {norm(v) for v in g.get("via", [])}
        pred_via = {norm(v.get("name") if isinstance(v, dict) else v) for v in p.get("via", []) or []}
        hit = sum(1 for v in pred_via if any(v == x or v in x.split() or x in v for x in gold_via if x))
        via.add(min(hit, len(gold_via)), max(len(pred_via) - hit, 0), max(len(gold_via) - hit, 0))
    attributed.add(good, len(pq) - good, len(gq) - good)


def _unit_matches(g: str, p: str) -> bool:
    tg, tp = set(tokens(g)), set(tokens(p))
    return bool(tg & tp) or (not tg and not tp)


def score_quantities(gold: dict, pred: dict, prf: PRF, approx: Accuracy) -> None:
    gq, pq = gold.get("quantities", []), pred.get("quantities", []) or []
    used: set[int] = set()
    for g in gq:
        for j, p in enumerate(pq):
            if j in used:
                continue
            try:
                gv, pv = float(g["value"]), float(p.get("value"))
            except (TypeError, ValueError, KeyError):
                continue
            if abs(gv - pv) <= 1e-6 * max(1.0, abs(gv)) and _unit_matches(
                g.get("unit", ""), p.get("unit") or ""
            ):
                used.add(j)
                approx.add(bool(p.get("approx")) == bool(g.get("approx")))
                break
    prf.add(len(used), len(pq) - len(used), len(gq) - len(used))


def score_body(raw: str, gold: dict, pred: dict, prf: PRF) -> None:
    gold_tokens = Counter(tokens(" ".join(gold_body_lines(raw, gold))))
    paras = pred.get("paragraphs") or []
    pred_tokens = Counter(tokens(" ".join(p if isinstance(p, str) else p.get("text", "") for p in paras)))
    common = sum((gold_tokens & pred_tokens).values())
    prf.add(common, sum(pred_tokens.values()) - common, sum(gold_tokens.values()) - common)


PRF_METRICS = (
    "body",
    "entities_typed",
    "entities",
    "quotes_detected",
    "quotes_attributed",
    "quote_via",
    "quantities",
    "tags",
)
ACC_METRICS = (
    "title",
    "dateline_place",
    "dateline_outlet",
    "published",
    "author",
    "quote_kind",
    "quantity_approx",
)


def score_cases(cases: list[tuple[str, str, dict, dict | None]]) -> dict:
    """Score (name, raw text, gold, prediction) cases; a missing prediction scores as empty."""
    prf = {k: PRF() for k in PRF_METRICS}
    acc = {k: Accuracy() for k in ACC_METRICS}
    missing = []
    for name, raw, gold, pred in cases:
        if pred is None:
            missing.append(name)
            pred = {}
        annotated = set(gold.get("annotated", ["all"]))
        full = "all" in annotated
        if full:
            acc["title"].add(norm(pred.get("title")) == norm(gold.get("title")))
            for key in ("place", "outlet"):
                g = (gold.get("dateline") or {}).get(key)
                p = (pred.get("dateline") or {}).get(key)
                if g or p:
                    acc["dateline_" + key].add(norm(g) == norm(p))
            if gold.get("published") or pred.get("published"):
                acc["published"].add(
                    str(pred.get("published") or "")[:10] == str(gold.get("published") or "")
                )
            if gold.get("author") or pred.get("author"):
                author = pred.get("author")
                author = author if isinstance(author, str) else ", ".join(author or [])
                acc["author"].add(norm(author) == norm(gold.get("author")))
            gt = {norm(t) for t in gold.get("tags", [])}
            pt = {norm(t) for t in pred.get("tags", []) or []}
            prf["tags"].add(len(gt & pt), len(pt - gt), len(gt - pt))
            score_body(raw, gold, pred, prf["body"])
            score_entities(gold, pred, prf["entities_typed"], prf["entities"])
            score_quantities(gold, pred, prf["quantities"], acc["quantity_approx"])
        if full or "quotes" in annotated:
            score_quotes(
                gold,
                pred,
                prf["quotes_detected"],
                prf["quotes_attributed"],
                acc["quote_kind"],
                prf["quote_via"],
            )
    return {
        "cases": len(cases),
        "missing": missing,
        **{k: v.as_dict() for k, v in prf.items()},
        **{k: v.as_dict() for k, v in acc.items()},
    }


def doc_name(path) -> str:
    """A page's name as gold files cite it: the file name without .txt/.html/.gold.json."""
    name = Path(str(path or "")).name
    for suffix in (".gold.json", ".txt", ".html", ".json"):
        name = name.removesuffix(suffix)
    return name


def _same_value(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(a))


def _claims_match(gold: dict, pred: dict) -> bool:
    if doc_name(gold.get("doc")) != doc_name(pred.get("article")):
        return False
    if gold.get("value") is not None and pred.get("value") is not None:
        return _same_value(gold["value"], pred["value"])
    return (gold.get("stance") or "") == (pred.get("stance") or "")


def conflict_finds(pred: dict, gold: dict) -> bool:
    """Distinct predicted claims match >= 2 gold claims, and >= half the predicted claims belong to
    the gold conflict (so one conflict holding every claim of the corpus finds nothing)."""
    gold_claims = gold.get("claims", [])
    taken: set[int] = set()
    belonging = 0
    for pc in pred.get("claims", []):
        hits = [i for i, gc in enumerate(gold_claims) if _claims_match(gc, pc)]
        belonging += bool(hits)
        free = next((i for i in hits if i not in taken), None)
        if free is not None:
            taken.add(free)
    return len(taken) >= 2 and 2 * belonging >= len(pred.get("claims", []))


def _pairs(groups: list[set[str]], universe: set[str]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for group in groups:
        members = sorted(d for d in group if d in universe)
        out.update((a, b) for i, a in enumerate(members) for b in members[i + 1:])
    return out


def score_corpus(gold_stories: list[dict], pred_stories: list[dict], pred_conflicts: list[dict]) -> dict:
    """Story grouping and conflict finding; predictions as `warta stories/conflicts --format jsonl`."""
    gold_groups = [{doc_name(d) for d in s.get("docs", [])} for s in gold_stories]
    gold_conflicts = [c for s in gold_stories for c in s.get("conflicts", [])]
    universe = set().union(*gold_groups) if gold_groups else set()
    gp = _pairs(gold_groups, universe)
    pp = _pairs([{doc_name(a) for a in s.get("articles", [])} for s in pred_stories], universe)
    stories = PRF(len(gp & pp), len(pp - gp), len(gp - pp)).as_dict()
    found = sum(any(conflict_finds(p, g) for p in pred_conflicts) for g in gold_conflicts)
    useful = sum(any(conflict_finds(p, g) for g in gold_conflicts) for p in pred_conflicts)
    conflicts = {
        "recall": round(found / len(gold_conflicts), 4) if gold_conflicts else None,
        "precision": round(useful / len(pred_conflicts), 4) if pred_conflicts else None,
        "gold": len(gold_conflicts), "predicted": len(pred_conflicts), "found": found,
    }
    return {"stories_pairwise": stories, "conflicts": conflicts}


def predict_corpus(articles: list) -> tuple[list[dict], list[dict]]:
    """(stories, conflicts) of `articles` ingested into a throw-away in-memory store."""
    from warta.store.db import Store

    store = Store("sqlite://")
    try:
        store.ingest(articles)
        stories = [{"id": s.id, "articles": [a.source for a in store.story_articles(s.id)]}
                   for s in store.list_stories(per_page=10_000_000).items]
        conflicts = [{"about": c.about, "kind": c.kind,
                      "claims": [{"article": x.article, "source": x.source, "value": x.value, "stance": x.stance}
                                 for x in c.claims]} for c in store.iter_conflicts()]
    finally:
        store.close()
    return stories, conflicts


def evaluate_dir(gold_dir: Path, *, lang: str | None = None) -> dict:
    """Extract every NAME.txt that has a NAME.gold.json beside it and score the results; with
    stories*.json in the directory, also every page those cite, and score stories and conflicts."""
    from warta.extraction import extract_paths
    from warta.models import ExtractError
    from warta.options import load_options

    gold_dir = Path(gold_dir)
    golds = sorted(gold_dir.rglob("*.gold.json"))
    pages = [g.with_name(g.name.removesuffix(".gold.json") + ".txt") for g in golds]
    story_files = sorted(gold_dir.rglob("stories*.json"))
    gold_stories = [s for f in story_files for s in json.loads(f.read_text(encoding="utf-8"))]
    wanted = {doc_name(d) for s in gold_stories for d in s.get("docs", [])}
    to_read = [p for p in pages if p.exists()]
    seen = {p.name for p in to_read}
    to_read += sorted(p for p in gold_dir.rglob("*") if p.suffix in (".txt", ".html") and p.name not in seen
                      and doc_name(p) in wanted)
    preds: dict[str, dict] = {}
    articles = []
    options = load_options(lang=lang)
    for record in extract_paths([str(p) for p in to_read], options):
        if record.source and not isinstance(record, ExtractError):
            preds[doc_name(record.source)] = record.model_dump(mode="json")
            articles.append(record)
    cases = []
    for gold_path, page in zip(golds, pages, strict=True):
        name = gold_path.name.removesuffix(".gold.json")
        raw = page.read_text(encoding="utf-8") if page.exists() else ""
        cases.append((name, raw, json.loads(gold_path.read_text(encoding="utf-8")), preds.get(name)))
    result = score_cases(cases)
    if story_files:
        result.update(score_corpus(gold_stories, *predict_corpus(articles)))
    return result


def metrics_rows(result: dict) -> list[tuple[str, str, str, str, str]]:
    """(metric, P, R, F1 or accuracy, counts) rows for a table of `evaluate_dir`'s result."""
    def num(x) -> str:
        return "" if x is None else f"{x:.3f}"

    rows = []
    for key, value in result.items():
        if not isinstance(value, dict):
            continue
        if "f1" in value:
            rows.append((key, num(value["p"]), num(value["r"]), num(value["f1"]),
                         f"tp {value['tp']} fp {value['fp']} fn {value['fn']}"))
        elif "acc" in value:
            rows.append((key, "", "", num(value["acc"]), f"n {value['n']}"))
        elif "recall" in value:
            rows.append((key, num(value["precision"]), num(value["recall"]), "",
                         f"found {value['found']} of {value['gold']}, predicted {value['predicted']}"))
    return rows
