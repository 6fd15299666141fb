"""The metric definitions of `warta eval`, on hand-made gold and predictions."""

from __future__ import annotations

from warta.evaluate import score_cases, token_f1

GOLD = {
    "title": "Judul",
    "dateline": {"place": "Jakarta", "outlet": "Warta"},
    "tags": ["a"],
    "boilerplate": ["KOMENTAR"],
    "author": None,
    "published": None,
    "entities": [
        {"name": "Joko Widodo", "type": "PERSON", "aliases": ["Jokowi"]},
        {"name": "Jakarta", "type": "GPE", "aliases": []},
    ],
    "quotes": [
        {
            "kind": "direct",
            "text": "kami siap bekerja keras",
            "speaker": "Joko Widodo",
            "cue": "kata",
            "via": ["Antara"],
        }
    ],
    "quantities": [{"text": "12 orang", "value": 12, "unit": "orang", "approx": False}],
}
RAW = "Judul\nJakarta, Warta\nIsi berita tentang 12 orang.\nKOMENTAR"


def test_token_f1():
    assert token_f1("a b c", "a b c") == 1.0
    assert token_f1("a b", "c d") == 0.0
    assert round(token_f1("a b c d", "a b"), 3) == 0.667


def test_perfect_prediction_scores_one():
    pred = {
        "title": "Judul",
        "dateline": {"place": "Jakarta", "outlet": "Warta"},
        "tags": ["a"],
        "paragraphs": ["Isi berita tentang 12 orang."],
        "entities": [{"name": "Jokowi", "type": "PERSON"}, {"name": "Jakarta", "type": "GPE"}],
        "quotes": [
            {
                "kind": "direct",
                "text": "kami siap bekerja keras",
                "speaker": "Jokowi",
                "via": ["Kantor Berita Antara"],
            }
        ],
        "quantities": [{"value": 12.0, "unit": "orang"}],
    }
    m = score_cases([("x", RAW, GOLD, pred)])
    for key in (
        "body",
        "entities",
        "entities_typed",
        "quotes_detected",
        "quotes_attributed",
        "quote_via",
        "quantities",
        "tags",
    ):
        assert m[key]["f1"] == 1.0, key
    assert m["title"]["acc"] == 1.0 and m["dateline_outlet"]["acc"] == 1.0


def test_wrong_type_and_speaker_and_missing_prediction():
    pred = {
        "entities": [{"name": "Jakarta", "type": "ORG"}],
        "quotes": [{"kind": "indirect", "text": "kami siap bekerja", "speaker": "Prabowo"}],
    }
    m = score_cases([("x", RAW, GOLD, pred), ("y", RAW, GOLD, None)])
    assert m["missing"] == ["y"]
    assert m["entities"]["tp"] == 1 and m["entities_typed"]["tp"] == 0
    assert m["quotes_detected"]["tp"] == 1 and m["quotes_attributed"]["tp"] == 0
    assert m["quote_kind"]["acc"] == 0.0


GOLD_STORIES = [
    {"story": "nk", "docs": ["a", "b", "c"], "conflicts": [
        {"about": "troops", "kind": "numeric_divergence", "claims": [
            {"doc": "a", "source": "NIS", "value": 12000, "stance": "asserts"},
            {"doc": "b", "source": "NIS", "value": 3000, "stance": "asserts"}]},
        {"about": "troops", "kind": "confirm_vs_deny", "claims": [
            {"doc": "a", "source": "NIS", "value": None, "stance": "asserts"},
            {"doc": "c", "source": "Kremlin", "value": None, "stance": "denies"}]}]},
    {"story": "flood", "docs": ["d", "e"], "conflicts": []},
]


def test_story_and_conflict_metrics():
    from warta.evaluate import score_corpus

    stories = [{"id": 1, "articles": ["/x/a.txt", "/x/b.txt"]}, {"id": 2, "articles": ["c.txt", "d.txt", "e.html"]},
               {"id": 3, "articles": ["z.txt"]}]
    conflicts = [
        # finds the numeric conflict: two distinct gold claims matched, all its claims belong
        {"claims": [{"article": "pages/a.txt", "value": 12000.0, "stance": "asserts"},
                    {"article": "pages/b.txt", "value": 3000, "stance": "asserts"}]},
        # one gold claim matched only: finds nothing
        {"claims": [{"article": "c.txt", "value": None, "stance": "denies"},
                    {"article": "d.txt", "value": 7, "stance": "asserts"}]},
        # matches both, but most of its claims belong to no gold conflict: finds nothing
        {"claims": [{"article": "a.txt", "value": None, "stance": "asserts"},
                    {"article": "c.txt", "value": None, "stance": "denies"},
                    {"article": "d.txt", "value": 1}, {"article": "e.txt", "value": 2},
                    {"article": "e.txt", "value": 3}]},
    ]
    result = score_corpus(GOLD_STORIES, stories, conflicts)
    # gold pairs ab ac bc de; predicted ab cd ce de -> tp ab de, fp cd ce, fn ac bc
    assert result["stories_pairwise"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "tp": 2, "fp": 2, "fn": 2}
    assert result["conflicts"] == {"recall": 0.5, "precision": 0.3333, "gold": 2, "predicted": 3, "found": 1}
    empty = score_corpus(GOLD_STORIES, [], [])
    assert empty["conflicts"]["precision"] is None and empty["stories_pairwise"]["fn"] == 4


def test_eval_prints_a_table_and_story_metrics(tmp_path):
    import json

    from typer.testing import CliRunner

    from warta.cli import app

    page = ("Harga Beras Naik di Pasar Induk\nJAKARTA, Warta Pagi — Harga beras medium di Pasar Induk Cipinang "
            "naik menjadi Rp 14.500 per kilogram pada Senin, menurut pedagang setempat.\n")
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(page.replace("Senin", "Senin" if name == "a" else "Selasa"),
                                              encoding="utf-8")
    (tmp_path / "a.gold.json").write_text(json.dumps({"title": "Harga Beras Naik di Pasar Induk"}), encoding="utf-8")
    (tmp_path / "stories-x.json").write_text(json.dumps([{"story": "beras", "docs": ["a", "b"], "conflicts": []}]),
                                             encoding="utf-8")
    runner = CliRunner()
    table = runner.invoke(app, ["eval", str(tmp_path)], env={"COLUMNS": "160"})
    assert table.exit_code == 0, table.output
    assert "{'" not in table.stdout and "┃ metric" in table.stdout
    row = next(line for line in table.stdout.splitlines() if line.startswith("│ title "))
    assert [c.strip() for c in row.split("│")[1:-1]] == ["title", "", "", "1.000", "n 1"]
    assert "stories_pairwise" in table.stdout and "conflicts" in table.stdout
    data = json.loads(runner.invoke(app, ["eval", str(tmp_path), "--json"]).stdout)
    assert data["cases"] == 1 and data["title"] == {"acc": 1.0, "n": 1}
    assert data["stories_pairwise"]["tp"] + data["stories_pairwise"]["fn"] == 1  # the one gold pair a-b
    assert data["conflicts"]["gold"] == 0
