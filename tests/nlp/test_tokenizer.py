"""The lean news tokenizer: numbers, dates, ranges and hyphenated words stay whole; quotes,
dashes and currency signs split off; abbreviations keep their period."""

from __future__ import annotations

import pickle

import pytest
import spacy

from warta.nlp.tokenizer import make_news_tokenizer


@pytest.fixture(scope="module")
def tok_id():
    nlp = spacy.blank("id")
    nlp.tokenizer = make_news_tokenizer(nlp)
    return nlp


@pytest.fixture(scope="module")
def tok_en():
    nlp = spacy.blank("en")
    nlp.tokenizer = make_news_tokenizer(nlp)
    return nlp


def texts(nlp, text):
    return [t.text for t in nlp(text)]


@pytest.mark.parametrize("text,tokens", [
    ("1.500 pasukan", ["1.500", "pasukan"]),
    ("12.000 tentara.", ["12.000", "tentara", "."]),
    ("1,5 juta", ["1,5", "juta"]),
    ("naik 3,5%", ["naik", "3,5", "%"]),
    ("Rp1,2 triliun", ["Rp", "1,2", "triliun"]),
    ("Rp 50.000", ["Rp", "50.000"]),
    ("Rp17.000/liter", ["Rp", "17.000", "/", "liter"]),
    ("Rabu (23/10)", ["Rabu", "(", "23/10", ")"]),
    ("pada 23/10/2024.", ["pada", "23/10/2024", "."]),
    ("pukul 14:05 WIB", ["pukul", "14:05", "WIB"]),
    ("10-15 orang", ["10-15", "orang"]),
    ("menang 2-1", ["menang", "2-1"]),
    ("kali ke-3", ["kali", "ke-3"]),
    ("agen mata-mata", ["agen", "mata-mata"]),
    ("Cho Tae-yong", ["Cho", "Tae-yong"]),
    ("di Euro-Atlantik.”", ["di", "Euro-Atlantik", ".", "”"]),
    ("“Ada banyak informasi,” kata", ["“", "Ada", "banyak", "informasi", ",", "”", "kata"]),
    ("‘Ini palsu,’ katanya", ["‘", "Ini", "palsu", ",", "’", "katanya"]),
    ("Jakarta — Kantor", ["Jakarta", "—", "Kantor"]),
    ("baik—buruk", ["baik", "—", "buruk"]),
    ("Priyanto–Rina", ["Priyanto", "–", "Rina"]),
    ("Jl. Sudirman No. 5", ["Jl.", "Sudirman", "No.", "5"]),
    ("dr. Andi, dll.", ["dr.", "Andi", ",", "dll."]),
    ("Rp. 250 juta", ["Rp.", "250", "juta"]),
])
def test_id_tokens(tok_id, text, tokens):
    assert texts(tok_id, text) == tokens


@pytest.mark.parametrize("text,tokens", [
    ("R$20 billion", ["R$", "20", "billion"]),
    ("Rs.500 crore", ["Rs.", "500", "crore"]),
    ("Rs500 crore", ["Rs", "500", "crore"]),
    ("₺500 million", ["₺", "500", "million"]),
    ("NZ$3.5bn", ["NZ$", "3.5", "bn"]),
])
def test_more_currency_signs_split(tok_en, text, tokens):
    assert texts(tok_en, text) == tokens


@pytest.mark.parametrize("text,tokens", [
    ("about 10,000 troops", ["about", "10,000", "troops"]),
    ("$1.5 million", ["$", "1.5", "million"]),
    ("US$5", ["US$", "5"]),
    ("$45m a day", ["$", "45", "m", "a", "day"]),
    ("rose to 3.00%.", ["rose", "to", "3.00", "%", "."]),
    ("1,392.2 won", ["1,392.2", "won"]),
    ("a 25-basis-point cut", ["a", "25-basis-point", "cut"]),
    ("U.S. Defense", ["U.S.", "Defense"]),
    ("Maj. Gen. Pat Ryder", ["Maj.", "Gen.", "Pat", "Ryder"]),
    ("Oct. 23 at 4:16 a.m.", ["Oct.", "23", "at", "4:16", "a.m."]),
    ("BRANTWOOD, Ont. — Workers", ["BRANTWOOD", ",", "Ont.", "—", "Workers"]),
    ("Korea's won", ["Korea", "'s", "won"]),
    ("Korea’s won", ["Korea", "’s", "won"]),
    ('"Another 1,500 troops," Park', ['"', "Another", "1,500", "troops", ",", '"', "Park"]),
    ("10km at 9am", ["10", "km", "at", "9", "am"]),
])
def test_en_tokens(tok_en, text, tokens):
    assert texts(tok_en, text) == tokens


def test_offsets_cover_the_text(tok_id):
    text = "Judul\n     \n  Rp17.000/liter, “kata”  dia.\n"
    doc = tok_id(text)
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in doc)


def test_tokenizer_survives_serialisation(tok_id):
    data = tok_id.tokenizer.to_bytes()
    nlp = spacy.blank("id")
    nlp.tokenizer = make_news_tokenizer(nlp)
    nlp.tokenizer.from_bytes(data)
    assert texts(nlp, "Rp1,2 di Euro-Atlantik.”") == ["Rp", "1,2", "di", "Euro-Atlantik", ".", "”"]
    clone = pickle.loads(pickle.dumps(tok_id.tokenizer))
    assert [t.text for t in clone("mata-mata (23/10)")] == ["mata-mata", "(", "23/10", ")"]


def test_other_languages_get_a_news_tokenizer():
    nlp = spacy.blank("xx")
    nlp.tokenizer = make_news_tokenizer(nlp)
    assert texts(nlp, "“Mr. Kim” 1.500") == ["“", "Mr.", "Kim", "”", "1.500"]
