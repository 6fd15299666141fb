"""The story page's question cards built from conflict rows: answers by date, revisions, sources
counted without syndicated copies, and the chart of a numeric question."""

from __future__ import annotations

from warta.web.story import question_card


def _claim(cid, article, source, value, day, stance="asserts", approx=None):
    return {"claim_id": cid, "article_id": article, "article": f"/data/a{article}.txt", "source": source, "via": [],
            "value": value, "stance": stance, "published": day, "evidence": f"{source} said {value}",
            "evidence_span": (10, 20), "outlet": f"Outlet {article}", "language": "en", "unit": "troops",
            "approx": approx, "title": None}


def _troops() -> dict:
    claims = [
        _claim(5, 3, "NIS", 11000, "2024-11-13"),
        _claim(1, 1, "NIS", 3000, "2024-10-23", approx="about"),
        _claim(2, 2, "Pentagon", 10000, "2024-10-28"),
        _claim(3, 2, "Budanov", 2600, "2024-10-28"),
        _claim(4, 2, "Budanov", 12000, "2024-10-28"),
        _claim(6, 4, "Wire desk", 3000, "2024-10-23"),  # heard only in a syndicated copy
    ]
    sides = [{"answer": "~3,000", "value": 3000.0, "stance": None, "sources": ["NIS", "Wire desk"], "articles": 2},
             {"answer": "10,000", "value": 10000.0, "stance": None, "sources": ["Pentagon"], "articles": 1},
             {"answer": "11,000", "value": 11000.0, "stance": None, "sources": ["NIS"], "articles": 1}]
    return {"id": 7, "story": 1, "kind": "numeric_divergence", "about": "How many troops?", "claims": claims,
            "question": {"kind": "measure", "label": "How many troops?"}, "sides": sides}


TITLES = {1: "NIS: 3,000 troops", 2: "Pentagon: 10,000", 3: "Seoul: 11,000", 4: "NIS: 3,000 troops (copy)"}


def test_answers_by_date_named_by_title_with_revisions_on_later_days_only():
    card = question_card(_troops(), TITLES, copies={4}, index=1)
    rows = card["rows"]
    assert [r["published"] for r in rows] == sorted(r["published"] for r in rows)
    assert [r["title"] for r in rows][:2] == ["NIS: 3,000 troops", "NIS: 3,000 troops (copy)"]
    assert all(r["href"] == f"/articles/{r['article_id']}?hl=10-20#hl" for r in rows)
    revised = {(r["source"], r["value"]): r["revised_from"] for r in rows}
    assert revised[("NIS", 11000)] == 3000  # a later day's new figure revises the earlier one
    assert revised[("Budanov", 12000)] is None and revised[("Budanov", 2600)] is None  # same day: two figures
    assert [r["answer"] for r in rows if r["source"] == "NIS"] == ["~3,000", "11,000"]


def test_syndicated_copies_add_no_independent_source_and_no_chart_point():
    card = question_card(_troops(), TITLES, copies={4}, index=1)
    first = card["sides"][0]
    assert first["independent"] == ["NIS"] and first["copies"] == 1
    chart = card["chart"]
    assert "Wire desk" not in chart["figure"].series
    assert [entry["name"] for entry in chart["legend"]] == ["NIS", "Pentagon", "Budanov"]
    pairs = [entry["pair"] for entry in chart["legend"]]
    assert pairs == ["c-0 sh-circle", "c-1 sh-square", "c-2 sh-triangle"]
    for pair in pairs:
        assert f'class="mk {pair}' in str(chart["wide"]) and f'class="mk {pair}' in str(chart["narrow"])
    # without the copy rule the same figure would count both
    assert question_card(_troops(), TITLES, copies=set(), index=1)["sides"][0]["independent"] == ["NIS", "Wire desk"]


def test_a_whether_card_has_stances_no_chart_and_no_revisions():
    conflict = {"id": 8, "story": 1, "kind": "confirm_vs_deny", "about": "send", "question":
                {"kind": "proposition", "label": "Whether: troops were sent"},
                "claims": [_claim(1, 1, "NIS", 1500, "2024-10-18"), _claim(2, 2, "Kremlin", None, "2024-10-25", "denies"),
                           _claim(3, 3, "NIS", 3000, "2024-10-23")],
                "sides": [{"answer": "asserts", "value": None, "stance": "asserts", "sources": ["NIS"], "articles": 2},
                          {"answer": "denies", "value": None, "stance": "denies", "sources": ["Kremlin"], "articles": 1}]}
    card = question_card(conflict, TITLES, copies=set(), index=2)
    assert card["chart"] is None and not card["numeric"]
    assert [r["source"] for r in card["rows"]] == ["NIS", "NIS", "Kremlin"]
    assert all(r["revised_from"] is None for r in card["rows"])
    assert card["rows"][2]["answer"] == "denies" and not card["shared"]
