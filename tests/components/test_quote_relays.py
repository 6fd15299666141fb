"""Relays on real-news shapes: the outlet a source told, passive relay frames, relay chains,
sentence-opening relay frames, interviews named again, intermediaries, outlet descriptions."""

from __future__ import annotations

import pytest

from warta.nlp.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp_id():
    return build_nlp("id", ner="rules")


@pytest.fixture(scope="module")
def nlp_en():
    return build_nlp("en")


def out(nlp, text, outlet=None):
    doc = nlp.make_doc(text)
    doc._.warta_outlet = outlet  # the page's own outlet, as the page reader sets it
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return [(q.kind, q.speaker, q.via) for q in doc._.warta_quotes]


def test_outlet_a_source_told_is_the_relay(nlp_id):
    text = "Presiden akan memilih calon dari kalangan militer, kata seorang sumber kepada majalah Tempo."
    assert out(nlp_id, text) == [("indirect", "sumber", ["Tempo"])]


def test_passive_relay_between_subject_and_verb(nlp_id):
    text = ("Kantor berita resmi Filipina, Philippine News Agency (PNA), seperti dikutip AFP, melaporkan "
            "bahwa sedikitnya 1.200 ruang kelas rusak di wilayah Bicol.")
    assert out(nlp_id, text) == [("indirect", "Philippine News Agency", ["AFP"])]


def test_relay_chain_closing_a_sentence(nlp_id):
    text = "Harga minyak mentah naik tajam pada perdagangan Senin, seperti dilansir Kompas.com dari Reuters."
    assert out(nlp_id, text) == [("indirect", "Reuters", ["Kompas.com"])]


def test_relay_chain_opening_a_sentence(nlp_id):
    text = "Dikutip CNBC Indonesia dari Bloomberg, harga batu bara naik ke level tertinggi dalam tiga bulan."
    q = nlp_id(text)._.warta_quotes
    assert [(x.speaker, x.via, x.text) for x in q] == [
        ("Bloomberg", ["CNBC Indonesia"], "harga batu bara naik ke level tertinggi dalam tiga bulan.")]


def test_a_quotes_own_relay_makes_no_second_statement(nlp_id):
    text = "“Dapur umum sudah berjalan sejak kemarin pagi,” ujar Rusdin, seperti dikutip dari Antara."
    assert out(nlp_id, text) == [("direct", "Rusdin", ["Antara"])]


def test_interview_named_again_keeps_its_relay(nlp_id):
    text = ("Ketua Umum KSBB Andi Gunawan Lubis, dalam wawancara dengan Lentera TV, menyebut sedikitnya "
            "50.000 buruh turun ke jalan.\n"
            "“Polisi selalu mengecilkan angka,” lanjut Andi dalam wawancara tersebut.")
    assert out(nlp_id, text) == [("indirect", "Andi Gunawan Lubis", ["Lentera TV"]),
                                 ("direct", "Andi Gunawan Lubis", ["Lentera TV"])]


def test_intermediary_is_a_relay(nlp_id):
    text = ("Melalui kuasa hukumnya, Daniel Simatupang, Direktur CV Tirta Abadi Gunawan Setiadi mengakui "
            "telah menyerahkan uang kepada Haryo Santoso.")
    assert [v for _, _, v in out(nlp_id, text)] == [["Daniel Simatupang"]]


def test_told_an_outlet_without_that(nlp_en):
    text = ("Halden chief executive Kristin Aas told Reuters the company had seen no evidence that the "
            "tablets had caused any deaths.")
    q = nlp_en(text)._.warta_quotes
    assert [(x.speaker, x.via, x.text) for x in q] == [
        ("Kristin Aas", ["Reuters"], "the company had seen no evidence that the tablets had caused any deaths.")]


def test_citing_a_document_is_no_relay(nlp_en):
    text = ("The Britannia Herald newspaper reported on Thursday, citing internal emails, that engineers "
            "at the plant had flagged problems with the tablet press in March.")
    assert [v for _, _, v in out(nlp_en, text)] == [[]]


def test_the_broadcaster_is_the_outlet_named_before(nlp_en):
    text = ("CGTP secretary-general Rui Fonseca told public broadcaster RTP on Thursday that the strike "
            "had closed schools.\n"
            "\"The numbers speak for themselves,\" Fonseca told the broadcaster.")
    assert [v for _, _, v in out(nlp_en, text, outlet="Europa Observer")] == [["RTP"], ["RTP"]]


def test_report_by_an_outlet_citing_another(nlp_en):
    text = "Oil prices rose sharply on Monday, according to a report by Bloomberg citing Reuters."
    assert out(nlp_en, text) == [("indirect", "Reuters", ["Bloomberg"])]


def test_chain_stops_at_a_place(nlp_id):
    text = ("Palang Merah Filipina menyebut jumlah korban meninggal mencapai 31 orang, seperti dilaporkan "
            "kantor berita Antara dari Manila, Selasa.")
    assert [v for _, _, v in out(nlp_id, text)] == [["Antara"]]


def test_interview_relays_go_on_in_its_paragraph(nlp_id):
    text = ("Gubernur Catanduanes Patricia Sarmiento mengatakan kepada stasiun radio DZRH bahwa sedikitnya "
            "11 warganya meninggal dunia.\n"
            "Dalam wawancara itu, Sarmiento juga memastikan longsor telah mengubur 15 rumah. Menurut dia, "
            "tiga jenazah sudah dievakuasi dari lokasi itu.")
    assert [v for _, _, v in out(nlp_id, text)] == [["DZRH"], ["DZRH"], ["DZRH"]]


def test_intermediary_between_subject_and_verb_is_not_the_speaker(nlp_id):
    text = ("Pihak perusahaan, melalui keterangan tertulis yang dibagikan kuasa hukumnya, Robert Sianturi, "
            "menyatakan siap bekerja sama dengan penyidik dan menanggung biaya pemakaman korban.")
    assert out(nlp_id, text) == [("indirect", "Pihak perusahaan", ["Robert Sianturi"])]


def test_described_speaker_after_a_quote(nlp_en):
    text = ("The hacking group behind the breach said it had demanded a ransom of A$5 million.\n"
            "\"They contacted us on Sunday and asked for more time,\" a person who identified themselves as a "
            "member of the Kuroneko group told Reuters through an encrypted messaging app.")
    assert out(nlp_en, text, outlet="Pacific Ledger")[1] == ("direct", "Kuroneko", ["Reuters"])


def test_relay_with_a_missing_outlet_name_reads_on():
    """Scraped text where a link's words were lost: 'Dilansir dari  yang mengutip …' (two spaces)
    used to raise IndexError in the speaker phrase reader and lose the page."""
    from warta.extraction import extract

    text = ("Harga Salmon Naik\n\nDilansir dari  yang mengutip data dari NASDAQ Salmon Index pada Rabu (25/1), "
            "harga ikan salmon di seluruh dunia telah naik 15 persen sejak tiga bulan lalu.\n")
    article = extract(text, lang="id")
    assert [q.value for q in article.quantities if q.unit in ("%", "persen", "percent")] == [15]
