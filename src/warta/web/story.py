"""What a story page shows: one card per disputed question (answers by date, a chart for a figure)
and, after them, what the sources agree on, counting independent sources only.

Built from a store StoryDetail (warta.store.views); templates only lay it out.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from warta.corpus.questions import compatible
from warta.web.charts import NARROW, SHAPES, WIDE, ChartPoint, Figure, as_date, legend_mark, question_svg
from warta.web.format import number, stance

CARD_ROWS = 60  # answers listed in one card's table; the rest are one link away (JSON)
AGREEMENTS_SHOWN = 50
GENERIC_PREDICATES = {"states", "say", "said"}  # a speech verb with no content is no question


def evidence_href(article_id: int, span: Any) -> str:
    href = f"/articles/{int(article_id)}"
    if span:
        href += f"?hl={int(span[0])}-{int(span[1])}#hl"
    return href


def _answer_text(value: float | None, approx: str | None, stance_name: str) -> str:
    if value is None:
        return stance(stance_name)
    return {"lower": "> ", "upper": "< ", "about": "~"}.get(approx or "", "") + number(value)


def question_card(conflict: dict[str, Any], titles: dict[int, str | None], copies: set[int],
                  index: int) -> dict[str, Any]:
    """One disputed question: its answers by date (each named by its article's title, a revision
    marked as such), who gives each answer with independent sources counted, and for a figure
    the chart in a wide and a narrow layout with the legend's marks."""
    question = conflict.get("question") or {}
    numeric = conflict["kind"] == "numeric_divergence" or question.get("kind") == "measure"
    rows = []
    # a source's figure on an earlier day that differs from today's: today's revises it (two
    # figures on one day are two statements, not a revision)
    earlier: dict[str, tuple[str, set[float]]] = {}
    for c in sorted(conflict["claims"], key=lambda c: (c.get("published") or "9999", c["claim_id"])):
        who = c.get("source") or "unnamed source"
        revised = None
        day = (c.get("published") or "")[:10]
        if numeric and c.get("value") is not None and day:  # a figure in a "whether" card revises nothing
            last_day, values = earlier.get(who, ("", set()))
            if last_day and last_day < day and len(values) == 1 and c["value"] not in values:
                revised = next(iter(values))
            elif last_day == day:
                values.add(c["value"])
            if last_day != day:
                earlier[who] = (day, {c["value"]})
        rows.append({**c, "source": who, "title": titles.get(c["article_id"]) or c.get("title") or "the article",
                     "answer": _answer_text(c.get("value"), c.get("approx"), c["stance"]),
                     "href": evidence_href(c["article_id"], c.get("evidence_span")),
                     "syndicated": c["article_id"] in copies, "revised_from": revised})
    sides = _sides(conflict, rows)
    card = {**conflict, "rows": rows[:CARD_ROWS], "more": max(0, len(rows) - CARD_ROWS), "sides": sides,
            "shared": any(len(s["sources"]) > 1 or s["copies"] for s in sides), "chart": None, "index": index,
            "numeric": numeric}
    if numeric and sum(r.get("value") is not None and as_date(r.get("published")) is not None for r in rows) >= 1:
        card["chart"] = _chart(question.get("label") or conflict["about"], rows, f"q{index}")
    return card


def _sides(conflict: dict[str, Any], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each answer with its sources; `independent` leaves out sources heard only in syndicated copies."""
    out = []
    for side in conflict.get("sides") or []:
        if side.get("value") is None:
            mine = [r for r in rows if r["source"] in side["sources"] and r["stance"] == side["stance"]]
        else:  # the rows whose figure fits this answer (its approximation read back from its text)
            approx = {">": "lower", "<": "upper", "~": "about"}.get(side["answer"][:1])
            mine = [r for r in rows if r["source"] in side["sources"] and r.get("value") is not None
                    and compatible(side["value"], approx, r["value"], r.get("approx"))]
        independent = sorted({r["source"] for r in mine if not r["syndicated"]}, key=side["sources"].index)
        out.append({**side, "independent": independent,
                    "copies": len({r["article_id"] for r in mine if r["syndicated"]})})
    return out


def _chart(title: str, rows: list[dict[str, Any]], chart_id: str) -> dict[str, Any]:
    units = Counter(r.get("unit") for r in rows if r.get("unit"))
    figure = Figure(title=title, unit=units.most_common(1)[0][0] if units else None)
    for r in rows:
        if r["syndicated"]:
            continue  # a syndicated copy repeats its original's point
        when = as_date(r.get("published"))
        figure.points.append(ChartPoint(
            series=r["source"], when=when, value=r.get("value"), stance=r["stance"], href=r["href"],
            approx=r.get("approx"),
            tip=f"{when or 'undated'} · {r['source']} · {r['answer']} · {r.get('outlet') or ''} — “{r['title']}”"))
    marks = figure.marks()
    return {"figure": figure, "id": chart_id,
            "wide": question_svg(figure, chart_id=f"{chart_id}-wide", layout=WIDE),
            "narrow": question_svg(figure, chart_id=f"{chart_id}-narrow", layout=NARROW),
            "legend": [{"name": name, "mark": legend_mark(*marks[name]),
                        "pair": f"c-{marks[name][0]} sh-{SHAPES[marks[name][1]]}"} for name in figure.series],
            "undated": sum(p.when is None for p in figure.points)}


def agreements(detail: Any, titles: dict[int, str | None]) -> list[dict[str, Any]]:
    """Questions of the story no source disputes, answered by two or more independent sources: a
    figure all give within rounding, or a proposition all assert. A syndicated copy (an article
    that is a near-duplicate of another) is counted apart, never as a source."""
    # a figure is disputed where it is in a figure conflict; a proposition wherever it is disputed
    numeric_keys = {c.about_key for c in detail.conflicts if c.kind == "numeric_divergence"}
    in_numeric = {x.claim_id for c in detail.conflicts if c.kind == "numeric_divergence" for x in c.claims}
    in_any = {x.claim_id for c in detail.conflicts for x in c.claims}
    groups: dict[str, list[Any]] = {}
    for c in detail.claims:
        key = c.about_key or ""
        if c.question_kind and _trackable(key, c.question_kind):
            groups.setdefault(key, []).append(c)
    out = []
    for key, claims in groups.items():
        measure = claims[0].question_kind == "measure"
        ids = {c.id for c in claims}
        if (key in numeric_keys or ids & in_numeric) if measure else ids & in_any:
            continue
        own = [c for c in claims if c.near_duplicate_of is None]
        sources = list(dict.fromkeys(c.source_name or c.source for c in own if c.source_name or c.source))
        if len(sources) < 2 or len({c.stance for c in claims}) > 1:
            continue
        values = sorted({c.value for c in own if c.value is not None})
        if measure:
            if not values:
                continue
            answer = number(values[0]) if len(values) == 1 else f"{number(values[0])} – {number(values[-1])}"
        else:
            answer = stance(claims[0].stance)
        langs = Counter(c.language for c in own)
        label = next((c.about for c in own if c.language == langs.most_common(1)[0][0] and c.about), key)
        evidence = list({c.article_id: c for c in own}.values())
        out.append({"key": key, "label": label, "kind": claims[0].question_kind, "answer": answer,
                    "unit": next((c.unit for c in own if c.unit), None), "sources": sources,
                    "copies": len({c.article_id for c in claims if c.near_duplicate_of is not None}),
                    "evidence": [{"title": titles.get(c.article_id) or "the article",
                                  "href": evidence_href(c.article_id, c.evidence_span)} for c in evidence[:4]]})
    out.sort(key=lambda a: (-len(a["sources"]), a["label"]))
    return out[:AGREEMENTS_SHOWN]


def _trackable(key: str, kind: str) -> bool:
    """A proposition readers can track names who did what: no unknown actor, no bare speech verb."""
    if kind == "measure":
        return True
    parts = key.split("|")
    if len(parts) < 2 or parts[0] in ("?", ""):
        return False
    return parts[1].split("+")[0].split(":")[0] not in GENERIC_PREDICATES
