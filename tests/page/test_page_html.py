"""html_to_page (trafilatura) and the HTML path into parse_structure."""

from __future__ import annotations

import pytest

from warta.errors import NoArticleError
from warta.page.html import html_to_page
from warta.page.structure import parse_structure

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="id"><head>
<title>BNPB: Banjir bandang di Sigi tewaskan tujuh orang - Warta Nusantara</title>
<meta property="og:title" content="BNPB: Banjir bandang di Sigi tewaskan tujuh orang">
<meta property="og:site_name" content="Warta Nusantara">
<meta name="author" content="Rizky Pratama">
<meta property="article:published_time" content="2024-11-12T10:48:00+08:00">
<meta name="keywords" content="banjir, sigi, bnpb">
</head><body>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/nasional">Nasional</a></li></ul></nav>
<article>
<h1>BNPB: Banjir bandang di Sigi tewaskan tujuh orang</h1>
<p>Jakarta (Warta Nusantara) - Badan Nasional Penanggulangan Bencana (BNPB) melaporkan tujuh orang
meninggal dunia akibat banjir bandang yang menerjang Kecamatan Dolo Selatan, Kabupaten Sigi.</p>
<p>Kepala Pusat Data BNPB Arif Wicaksono mengatakan, selain korban meninggal, empat warga masih
dinyatakan hilang dan puluhan lainnya luka-luka akibat terjangan lumpur.</p>
<p>Baca juga: BMKG waspada hujan lebat di Sulawesi Tengah</p>
<p>“Banjir dipicu hujan dengan intensitas tinggi selama lebih dari enam jam,” kata Arif.</p>
</article>
<footer>© 2024 Warta Nusantara</footer>
</body></html>"""


def test_html_metadata_and_text():
    hp = html_to_page(ARTICLE_HTML)
    assert hp.title == "BNPB: Banjir bandang di Sigi tewaskan tujuh orang"
    assert hp.author == "Rizky Pratama"
    assert hp.published == "2024-11-12"
    assert hp.sitename == "Warta Nusantara"
    assert hp.tags == ["banjir", "sigi", "bnpb"]
    lines = hp.text.split("\n")
    assert lines[0] == hp.title
    assert lines[1].startswith("Jakarta (Warta Nusantara) - Badan Nasional")
    assert "Beranda" not in hp.text


def test_html_page_through_structure():
    hp = html_to_page(ARTICLE_HTML)
    ps = parse_structure(hp.text, hints=hp)
    assert ps.title == hp.title
    assert (ps.dateline_place, ps.dateline_outlet) == ("Jakarta", "Warta Nusantara")
    assert (ps.published, ps.author, ps.outlet) == ("2024-11-12", "Rizky Pratama", "Warta Nusantara")
    assert ps.tags == ["banjir", "sigi", "bnpb"]
    texts = [hp.text[s:e] for s, e in ps.paragraphs]
    assert len(texts) == 3
    assert texts[0].startswith("Badan Nasional Penanggulangan Bencana")
    assert [r.reason for r in ps.removed] == ["read_more"]


def test_title_from_head_is_put_first_when_body_lacks_it():
    html = ARTICLE_HTML.replace("<h1>BNPB: Banjir bandang di Sigi tewaskan tujuh orang</h1>", "")
    hp = html_to_page(html)
    assert hp.text.split("\n")[0] == "BNPB: Banjir bandang di Sigi tewaskan tujuh orang"


@pytest.mark.parametrize(
    "html",
    ["<html><body></body></html>", "<html><body><script>var a = 1;</script><img src=x.png></body></html>"],
)
def test_no_article_text(html):
    with pytest.raises(NoArticleError, match="no article text"):
        html_to_page(html)
