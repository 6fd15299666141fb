"""End-to-end extraction: page in, Article out, with offsets that point at the right text."""

from __future__ import annotations

import pytest

from warta.errors import BinaryInputError, EmptyInputError
from warta.extraction import extract, mask_text
from warta.models import SCHEMA_VERSION


def test_seed_headline_dateline_and_tags(seed_article):
    a = seed_article
    assert a.title == (
        "Sekjen NATO Peringatkan Korea Utara Karena Mengirim Pasukan Untuk Bantu Rusia Melawan Ukraina"
    )
    assert (a.dateline.place, a.dateline.outlet) == ("Jakarta", "Inakoran")
    assert a.tags == ["Mark Rutte", "Sekjen NATO", "Korut", "Pasukan Korut", "Rusia", "Ukraina"]
    assert a.language == "id"
    assert a.published is None
    assert a.schema_version == SCHEMA_VERSION


def test_seed_removed_lines_in_order(seed_article):
    assert seed_article.boilerplate == [
        "TAG#Mark Rutte, #Sekjen NATO, #Korut, #Pasukan Korut, #Rusia, #Ukraina",
        "182194484",
        "KOMENTAR",
    ]
    reasons = [r.reason for r in seed_article.removed]
    assert len(reasons) == 3 and all(reasons)


def test_seed_body_paragraphs(seed_article):
    paras = seed_article.paragraphs
    assert len(paras) == 15
    assert paras[0].startswith("Sekretaris Jenderal NATO Mark Rutte pada hari Senin")
    assert paras[-1].startswith("“Korea Selatan mengklaim satu hal")
    assert not any("KOMENTAR" in p or "TAG#" in p for p in paras)


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("1.500 pasukan", 1500, "pasukan"),
        ("empat brigade", 4, "brigade"),
        ("12.000 tentara", 12000, "tentara"),
    ],
)
def test_seed_figures(seed_article, text, value, unit):
    found = [q for q in seed_article.quantities if q.value == value]
    assert found, f"{text} not found"
    q = found[0]
    assert q.unit == unit
    assert q.category == "troops"
    assert q.approx is False
    assert seed_article.text[q.span[0] : q.span[1]] == q.text


def test_every_span_points_into_text(seed_article):
    a = seed_article
    spans = [a.title_span, *a.paragraph_spans]
    spans += [r.span for r in a.removed]
    spans += [q.span for q in a.quantities]
    for s, e in spans:
        assert 0 <= s < e <= len(a.text)
    for (s, e), para in zip(a.paragraph_spans, a.paragraphs, strict=True):
        assert a.text[s:e] == para
    for r in a.removed:
        assert a.text[r.span[0] : r.span[1]] == r.text
    for ent in a.entities:
        for s, e in ent.mentions:
            assert 0 <= s < e <= len(a.text)
    for q in a.quotes:
        assert a.text[q.span[0] : q.span[1]] == q.text


def test_mask_keeps_offsets():
    text = "Judul\nMenu\nIsi berita.\nKOMENTAR"
    masked = mask_text(text, [(0, 5), (11, 22)])
    assert len(masked) == len(text)
    assert masked == "Judul\n    \nIsi berita.\n        "


def test_bytes_input_is_decoded():
    page = "Judul Berita Hari Ini\nJakarta, Warta\nPresiden berkata bahwa harga beras naik 10 persen.\n"
    a = extract(page.encode("utf-16"), source="x.txt")
    assert a.title == "Judul Berita Hari Ini"
    assert a.encoding and "16" in a.encoding


def test_empty_and_binary_inputs_raise_named_errors():
    with pytest.raises(EmptyInputError):
        extract("   \n  ")
    with pytest.raises(BinaryInputError):
        extract(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")


def test_unsupported_language_gets_structure_and_warning():
    page = (
        "Le gouvernement annonce une nouvelle réforme des retraites\n"
        "PARIS — Le gouvernement a présenté mardi une réforme qui doit entrer en vigueur "
        "l'année prochaine, a déclaré le ministre devant les députés réunis à l'Assemblée.\n"
        "Les syndicats ont appelé à une grève nationale pour la semaine prochaine, selon "
        "plusieurs sources proches des négociations entre les partenaires sociaux.\n"
    )
    a = extract(page)  # identified as French: structure only, with a warning
    assert a.language == "fr"
    assert a.title.startswith("Le gouvernement annonce")
    assert len(a.paragraphs) == 2
    assert a.quotes == [] and a.entities == []
    assert any("not supported" in w for w in a.warnings)
    # asked for by name, a language without resources is refused instead of silently half-analysed
    from warta.errors import UnsupportedLanguageError

    with pytest.raises(UnsupportedLanguageError, match="use auto, id, en"):
        extract(page, lang="fr")


def test_html_page_keeps_metadata():
    html = """<html><head><title>Banjir Rendam Ratusan Rumah di Sigi - Warta Kita</title>
    <meta property="og:site_name" content="Warta Kita">
    <meta name="author" content="Dewi Anggraini">
    <meta property="article:published_time" content="2024-11-02T10:00:00+08:00"></head>
    <body><nav><a href="/">Beranda</a></nav><article>
    <h1>Banjir Rendam Ratusan Rumah di Sigi</h1>
    <p>SIGI, Warta Kita — Banjir bandang merendam sekitar 300 rumah di Kabupaten Sigi, Sulawesi
    Tengah, pada Sabtu dini hari setelah hujan deras mengguyur wilayah itu selama enam jam.</p>
    <p>Kepala BPBD Sigi mengatakan bahwa 1.200 warga telah dievakuasi ke tempat yang lebih aman
    dan bantuan logistik mulai disalurkan ke posko pengungsian.</p>
    </article><footer>© 2024 Warta Kita</footer></body></html>"""
    a = extract(html, source="sigi.html")
    assert a.input_format == "html"
    assert a.title == "Banjir Rendam Ratusan Rumah di Sigi"
    assert a.published and a.published.startswith("2024-11-02")
    assert a.author == "Dewi Anggraini"
    assert len(a.paragraphs) == 2
    assert {q.value for q in a.quantities} >= {300, 1200}
