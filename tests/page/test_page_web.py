"""Real web pages: headlines without site names, tables and lists kept, hard-wrapped leads,
subheads that are not datelines, promos and reporter codes, untitled text, whole-page dumps."""

from __future__ import annotations

from dataclasses import replace

import lxml.html

from warta.extraction import extract
from warta.options import load_options
from warta.page.headline import choose_headline
from warta.page.html import html_to_page
from warta.page.structure import parse_structure

LEAD = (
    "Badan Penanggulangan Bencana Daerah melaporkan ratusan rumah warga di tiga kecamatan terendam "
    "banjir setinggi satu meter sejak Minggu malam setelah hujan deras mengguyur wilayah itu."
)
SECOND = (
    "Kepala pelaksana BPBD Garut Rahmat Hidayat mengatakan petugas telah mengevakuasi 250 warga ke "
    "tempat pengungsian sementara di balai desa dan masjid terdekat pada Senin pagi."
)
THIRD = (
    "Menurut dia, ketinggian air mulai surut pada Senin siang, namun warga diminta tetap waspada "
    "karena hujan diperkirakan masih turun hingga akhir pekan ini di wilayah selatan."
)


def _page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def _root(html: str):
    return lxml.html.fromstring(html)


def _article(h1: str, extra: str = "", after: str = "") -> str:
    return f"<article><h1>{h1}</h1><p>{LEAD}</p><p>{SECOND}</p>{extra}<p>{THIRD}</p>{after}</article>"


# --- headline -----------------------------------------------------------------------------


def test_site_suffix_and_section_prefix_are_dropped():
    head = (
        "<title>Opinion | Banjir Rendam Ratusan Rumah di Garut - Kompas.com</title>"
        '<meta property="og:title" content="Banjir Rendam Ratusan Rumah di Garut - Kompas.com">'
        '<meta property="og:site_name" content="Kompas.com">'
    )
    html = _page(head, _article("Banjir Rendam Ratusan Rumah di Garut"))
    got = choose_headline(_root(html))
    assert got.title == "Banjir Rendam Ratusan Rumah di Garut"
    assert "Kompas.com" in got.site_names
    assert html_to_page(html).title == "Banjir Rendam Ratusan Rumah di Garut"


def test_site_name_from_the_domain_when_no_site_meta():
    html = _page("<title>Banjir Rendam Ratusan Rumah di Garut | Republika Online</title>", "<p>x</p>")
    got = choose_headline(_root(html), url="https://www.republika.co.id/berita/123")
    assert got.title == "Banjir Rendam Ratusan Rumah di Garut"


def test_outlet_before_double_colon_is_neither_title_nor_dateline_place():
    head = "<title>WARTA SORE :: Banjir Rendam Ratusan Rumah di Garut</title>"
    body = f"<article><p>WARTA SORE - {LEAD}</p><p>{SECOND}</p><p>{THIRD}</p></article>"
    hp = html_to_page(_page(head, body), url="https://wartasore.id/banjir")
    assert hp.title == "Banjir Rendam Ratusan Rumah di Garut"
    ps = parse_structure(hp.text, hints=hp)
    assert ps.title == "Banjir Rendam Ratusan Rumah di Garut"
    assert ps.dateline_place is None
    assert ps.dateline_outlet == "WARTA SORE"
    assert ps.paragraph_texts()[0].startswith("Badan Penanggulangan Bencana")


def test_outlet_named_again_in_the_body_is_a_site_part_without_any_site_metadata():
    head = "<title>WARTA SORE :: Banjir Rendam Ratusan Rumah di Garut</title>"
    body = f"<article><p>WARTA SORE - {LEAD}</p><p>{SECOND}</p></article><footer>© 2024 WARTA SORE</footer>"
    got = choose_headline(_root(_page(head, body)))
    assert got.title == "Banjir Rendam Ratusan Rumah di Garut"
    assert got.site_names == ["WARTA SORE"]


def test_most_candidates_outvote_a_stale_json_ld_headline():
    head = (
        "<title>Harga Beras Naik Lagi - Kabar Pasar</title>"
        '<meta property="og:title" content="Harga Beras Naik Lagi - Kabar Pasar">'
        '<meta name="twitter:title" content="Harga Beras Naik Lagi - Kabar Pasar">'
        '<meta property="og:site_name" content="Kabar Pasar">'
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
        '"headline": "Stok Gula Aman Jelang Lebaran"}]}</script>'
    )
    got = choose_headline(_root(_page(head, "<h1>Stok Gula Aman Jelang Lebaran</h1>")))
    assert got.title == "Harga Beras Naik Lagi"


def test_visible_h1_wins_a_tie_as_written():
    head = '<title>Harga beras naik lagi | Kabar Pasar</title><meta property="og:site_name" content="Kabar Pasar">'
    got = choose_headline(_root(_page(head, "<h1>Harga Beras Naik Lagi</h1>")))
    assert got.title == "Harga Beras Naik Lagi"


def test_title_with_inner_hyphen_is_kept_whole():
    head = "<title>Anti-June Cleaver: Pear Jam for the Holidays</title>"
    assert choose_headline(_root(_page(head, ""))).title == "Anti-June Cleaver: Pear Jam for the Holidays"


# --- bodies from markup -------------------------------------------------------------------


def test_table_rows_are_kept_as_text_lines():
    table = (
        "<table><tr><th>Pos.</th><th>Pembalap</th><th>Poin</th></tr>"
        "<tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr>"
        "<tr><td>2</td><td>Martin Truex</td><td>5035</td></tr></table>"
    )
    hp = html_to_page(_page("<title>Klasemen Akhir Musim 2019</title>", _article("Klasemen Akhir Musim 2019", table)))
    ps = parse_structure(hp.text, hints=hp)
    rows = [p for p in ps.paragraph_texts() if p.startswith("|")]
    assert rows == ["| Pos. | Pembalap | Poin |", "| 1 | Kyle Busch | 5040 |", "| 2 | Martin Truex | 5035 |"]
    assert [r.reason for r in ps.removed if r.text.startswith("|")] == ["table_rule"]


def test_layout_table_is_read_again_without_tables():
    cell = " ".join([LEAD, SECOND, THIRD] * 4)
    body = f"<table><tr><td><h1>Banjir Rendam Garut</h1><p>{cell}</p></td><td>Menu</td></tr></table>"
    hp = html_to_page(_page("<title>Banjir Rendam Garut</title>", body))
    assert not any(line.startswith("|") for line in hp.text.split("\n"))
    assert LEAD[:40] in hp.text


def test_bulleted_related_links_closing_markup_text_are_removed():
    links = "<ul><li>Longsor Tewaskan Tiga Warga Cianjur</li><li>Jembatan Putus di Sukabumi Barat</li></ul>"
    hp = html_to_page(_page("<title>Banjir di Garut</title>", _article("Banjir di Garut", after=links)))
    ps = parse_structure(hp.text, hints=hp)
    related = [r.text for r in ps.removed if r.reason == "related"]
    assert related == ["- Longsor Tewaskan Tiga Warga Cianjur", "- Jembatan Putus di Sukabumi Barat"]


# --- text pages ----------------------------------------------------------------------------


def test_list_introduced_by_a_colon_is_not_footer():
    text = "\n".join(
        [
            "Jadwal Lengkap Balapan Stock Car 2018",
            LEAD,
            "Berikut jadwal lengkap musim ini:",
            "1. Interlagos, 10 Maret",
            "2. Curitiba, 8 April",
            "3. Velopark, 22 April",
        ]
    )
    ps = parse_structure(text)
    assert ps.paragraph_texts()[-3:] == ["1. Interlagos, 10 Maret", "2. Curitiba, 8 April", "3. Velopark, 22 April"]


def test_short_links_after_the_last_sentence_are_still_footer():
    text = "\n".join(["Banjir Rendam Ratusan Rumah di Garut", LEAD, SECOND, "Nasional", "Kontak Kami"])
    ps = parse_structure(text)
    assert [(r.text, r.reason) for r in ps.removed][-2:] == [("Nasional", "footer"), ("Kontak Kami", "footer")]


def test_hard_wrapped_lead_is_body_not_header():
    text = "\n".join(
        [
            "Aktris Kate Henshaw Tampil Memukau dalam Foto Terbaru",
            "Foto-foto",
            "yang beredar di media sosial memperlihatkan aktris",
            "Kate Henshaw tampil memukau dengan riasan baru.",
            SECOND,
        ]
    )
    ps = parse_structure(text)
    assert ps.paragraph_texts()[:3] == [
        "Foto-foto",
        "yang beredar di media sosial memperlihatkan aktris",
        "Kate Henshaw tampil memukau dengan riasan baru.",
    ]


def test_upper_case_subhead_is_not_a_dateline():
    text = "\n".join(["Mobil Baru Ramaikan Pameran Otomotif", LEAD, SECOND, "NISSAN SENTRA", THIRD])
    ps = parse_structure(text)
    assert ps.dateline_place is None
    assert ps.paragraph_texts() == [LEAD, SECOND, "NISSAN SENTRA", THIRD]


def test_upper_case_known_place_alone_is_still_a_dateline():
    text = "\n".join(["Mobil Baru Ramaikan Pameran Otomotif", "JAKARTA", LEAD, SECOND])
    assert parse_structure(text).dateline_place == "JAKARTA"


def test_dash_pair_around_an_aside_is_not_a_dateline():
    line = "Why — especially now — does the company keep growing while its rivals shrink every year?"
    ps = parse_structure("\n".join(["How Focus Builds an Online Business", line, SECOND]))
    assert ps.dateline_place is None
    assert ps.paragraph_texts()[0] == line


def test_promo_and_reporter_code_go_final_quote_stays():
    quote = "“Kami akan terus memantau kondisi di lapangan,” kata Rahmat."
    text = "\n".join(
        ["Banjir Rendam Ratusan Rumah di Garut", LEAD, SECOND, "Tonton juga video: Banjir bandang di Sigi", quote, "[noe]"]
    )
    ps = parse_structure(text)
    assert ps.paragraph_texts() == [LEAD, SECOND, quote]
    assert [(r.text, r.reason) for r in ps.removed] == [
        ("Tonton juga video: Banjir bandang di Sigi", "read_more"),
        ("[noe]", "credit_code"),
    ]


def test_short_closing_quotation_is_not_footer():
    quote = "“Teh ririn mani geulis,” imbuh akun @romansyah"
    ps = parse_structure("\n".join(["Chef Marinka Unggah Foto Burger", LEAD, SECOND, quote]))
    assert ps.paragraph_texts()[-1] == quote


def test_reporter_initials_closing_the_last_paragraph_are_cut_and_listed():
    last = "Hasyim Muzadi meninggal dunia pada 16 Maret 2017. (wis/wis)"
    text = "\n".join(["Banjir Rendam Ratusan Rumah di Garut", LEAD, last])
    ps = parse_structure(text)
    assert ps.paragraph_texts()[-1] == "Hasyim Muzadi meninggal dunia pada 16 Maret 2017."
    assert [(r.text, r.reason) for r in ps.removed] == [("(wis/wis)", "credit_code")]
    assert text[ps.removed[0].start : ps.removed[0].end] == "(wis/wis)"


def test_page_without_headline_gets_no_title_and_a_warning():
    short_lead = "Presiden meresmikan bendungan baru di Kabupaten Garut pada Senin pagi."
    ps = parse_structure("\n".join([short_lead, SECOND, THIRD]))
    assert ps.title is None
    assert "no headline found" in ps.warnings
    assert ps.paragraph_texts() == [short_lead, SECOND, THIRD]


def test_headline_sharing_the_lead_beats_a_teaser_line_above_it():
    text = "\n".join(
        ["Harga Cabai Turun di Pasar Induk", "Banjir Rendam Ratusan Rumah Warga di Tiga Kecamatan Garut", LEAD, SECOND]
    )
    assert parse_structure(text).title == "Banjir Rendam Ratusan Rumah Warga di Tiga Kecamatan Garut"


def test_whole_page_dump_keeps_only_the_article():
    menu = [f"Rubrik {w}" for w in ("Nasional", "Ekonomi", "Olahraga", "Hiburan", "Teknologi", "Otomotif")]
    teasers = [f"Berita Lain Nomor {i} Hari Ini" for i in range(25)]
    comments = [
        "Komentar pembaca: semoga pemerintah daerah segera membangun tanggul yang lebih kuat di sepanjang sungai itu.",
        "Komentar pembaca: setiap tahun kejadian seperti ini terus berulang dan warga selalu menjadi korban.",
    ]
    text = "\n".join(
        ["Portal Berita Garut | Banjir Rendam Ratusan Rumah di Garut", *menu, "Banjir Rendam Ratusan Rumah di Garut",
         LEAD, SECOND, THIRD, *teasers, *comments, "Tentang Kami", "Pedoman Media Siber"]
    )
    ps = parse_structure(text)
    assert ps.title == "Banjir Rendam Ratusan Rumah di Garut"
    assert ps.paragraph_texts() == [LEAD, SECOND, THIRD]
    assert {r.reason for r in ps.removed if r.text in comments} == {"outside_article"}
    # every line is accounted for: body, headline, or removed with a reason
    assert len(ps.removed) + len(ps.paragraphs) + 1 == len(text.split("\n"))


def test_article_printed_twice_keeps_one_copy():
    extra = "Warga yang terdampak berharap bantuan logistik segera datang ke lokasi pengungsian hari ini."
    copy = [LEAD, SECOND, THIRD, extra]
    ps = parse_structure("\n".join(["Banjir Rendam Ratusan Rumah di Garut", *copy, *copy]))
    assert ps.paragraph_texts() == copy
    assert [r.reason for r in ps.removed] == ["repeated"] * 4


def test_tweet_signature_is_not_a_date_line():
    sig = "— Governor Kristi Noem (@govkristinoem) November 18, 2019"
    ps = parse_structure("\n".join(["South Dakota Doubles Down on Meth Campaign", LEAD, sig, SECOND]))
    assert sig in ps.paragraph_texts()


def test_contact_line_with_an_address_is_removed():
    contact = "Email Jane Doe at jdoe@example.com or follow her on Twitter @janedoe."
    ps = parse_structure("\n".join(["Banjir Rendam Ratusan Rumah di Garut", LEAD, SECOND, contact]))
    assert [(r.text, r.reason) for r in ps.removed] == [(contact, "contact")]


def test_page_in_a_language_without_resources_keeps_its_body():
    pt = [
        "O calendário da temporada foi divulgado pela organização nesta segunda-feira em São Paulo.",
        "A primeira etapa será disputada em Interlagos no dia 10 de março, com transmissão ao vivo.",
        "A categoria ainda não confirmou o local de duas etapas, que serão anunciadas em breve.",
    ]
    text = "\n".join(["Calendário da Stock Car 2018 é divulgado", *pt])
    art = extract(text, options=replace(load_options(), analyze=False))
    assert art.title == "Calendário da Stock Car 2018 é divulgado"
    assert art.paragraphs == pt
    assert any("not supported" in w for w in art.warnings)
