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
