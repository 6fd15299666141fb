"""The warta_sentences splitter: newlines, abbreviations, numbers and quotations."""

from __future__ import annotations

import pytest

from warta.nlp.pipeline import build_nlp


@pytest.fixture(scope="module")
def sent_id():
    return build_nlp("id", components=("warta_sentences",))


@pytest.fixture(scope="module")
def sent_en():
    return build_nlp("en", components=("warta_sentences",))


def sents(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_newline_always_ends_a_sentence(sent_id):
    assert sents(sent_id, "Judul berita\nParagraf pertama tanpa titik\nKedua.") == [
        "Judul berita", "Paragraf pertama tanpa titik", "Kedua."]


def test_blanked_whitespace_makes_no_sentence(sent_id):
    text = "   \n      \nJudul\n          \n   \nIsi berita.     \n     "
    doc = sent_id(text)
    out = [s.text for s in doc.sents]
    assert [s.strip() for s in out] == ["Judul", "Isi berita."]
    assert "".join(out) == text
    assert all(tok.is_sent_start is not None for tok in doc)


def test_numbers_and_abbreviations_do_not_end_sentences(sent_id):
    assert sents(sent_id, "Sebanyak 1.500 tentara tiba di Jl. Sudirman No. 5 kemarin. Mereka pergi.") == [
        "Sebanyak 1.500 tentara tiba di Jl. Sudirman No. 5 kemarin.", "Mereka pergi."]


def test_quote_followed_by_lowercase_attribution_stays_one_sentence(sent_id):
    text = "“Korea Utara akan menandai peningkatan yang signifikan.” kata Yoon, mengutip Kyodonews."
    assert sents(sent_id, text) == [text]


def test_quote_followed_by_capital_splits_after_the_mark(sent_id):
    assert sents(sent_id, "“Ada banyak informasi.” Lalu Peskov pergi.") == [
        "“Ada banyak informasi.”", "Lalu Peskov pergi."]


def test_question_and_exclamation(sent_id):
    assert sents(sent_id, "Benarkah? Ya! “Kenapa?” tanya dia.") == ["Benarkah?", "Ya!", "“Kenapa?” tanya dia."]


def test_sentence_final_abbreviation(sent_id):
    assert sents(sent_id, "Ada beras, gula, dll. Harga naik.") == ["Ada beras, gula, dll.", "Harga naik."]


def test_en_abbreviations(sent_en):
    text = "U.S. Defense Secretary Lloyd Austin met Maj. Gen. Pat Ryder at 4 p.m. Then he left."
    assert sents(sent_en, text) == [
        "U.S. Defense Secretary Lloyd Austin met Maj. Gen. Pat Ryder at 4 p.m.", "Then he left."]


def test_en_quote_then_speaker(sent_en):
    text = '"Another 1,500 troops appear to have crossed," Park said. "That is all." Austin left.'
    assert sents(sent_en, text) == [
        '"Another 1,500 troops appear to have crossed," Park said.', '"That is all."', "Austin left."]
