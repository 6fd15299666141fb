"""parse_structure on small pages written here: one rule per test, Indonesian and English."""

from __future__ import annotations

import pytest

from warta.page.structure import parse_dateline, parse_structure

P1_ID = (
    "Badan Pusat Statistik mencatat inflasi tahunan Oktober sebesar 1,71 persen, terendah dalam "
    "tiga tahun terakhir, kata Kepala BPS dalam konferensi pers di Jakarta, Jumat."
)
P2_ID = (
    "Inflasi terutama didorong kenaikan harga emas perhiasan dan beberapa komoditas pangan seperti "
    "cabai rawit dan bawang merah, ujar dia."
)
P3_ID = "“Kami akan terus memantau harga pangan menjelang akhir tahun,” kata dia."
P1_EN = (
    "North Korea fired a ballistic missile into the sea off its east coast on Wednesday, South "
    "Korea's military said, the latest in a series of launches this year."
)
P2_EN = (
    "The missile flew about 300 km before landing outside Japan's exclusive economic zone, "
    "Japan's defence ministry said in a statement."
)
P3_EN = '"This is a clear violation of UN resolutions," a spokesman said.'
TITLE_ID = "Inflasi Oktober Terendah dalam Tiga Tahun, BPS Sebut Harga Emas Jadi Pemicu"
TITLE_EN = "North Korea fires ballistic missile into sea, Seoul says"


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def paras(ps) -> list[str]:
    return [ps.text[s:e] for s, e in ps.paragraphs]


def removed(ps) -> dict[str, str]:
    return {r.text: r.reason for r in ps.removed}


# --- the seed page shape -------------------------------------------------------------------


def test_seed_like_page_tail_and_dateline(seed_page):
    ps = parse_structure(seed_page)
    assert ps.title.startswith("Sekjen NATO Peringatkan Korea Utara")
    assert (ps.dateline_place, ps.dateline_outlet) == ("Jakarta", "Inakoran")
    assert ps.text[slice(*ps.dateline_span)] == "Jakarta, Inakoran"
    assert ps.tags == ["Mark Rutte", "Sekjen NATO", "Korut", "Pasukan Korut", "Rusia", "Ukraina"]
    assert [(r.text, r.reason) for r in ps.removed] == [
        ("TAG#Mark Rutte, #Sekjen NATO, #Korut, #Pasukan Korut, #Rusia, #Ukraina", "tags"),
        ("182194484", "view_counter"),
        ("KOMENTAR", "comments"),
    ]
    assert len(ps.paragraphs) == 15
    assert paras(ps)[0].startswith("Sekretaris Jenderal NATO Mark Rutte")
    assert paras(ps)[-1].startswith("“Korea Selatan mengklaim satu hal")
    assert ps.published is None and ps.author is None


def test_small_seed_shape_written_here():
    text = page(
        "Rutte Peringatkan Korut Soal Pengiriman Pasukan ke Rusia",
        "Jakarta, Inakoran",
        P1_ID,
        P2_ID,
        "TAG#Mark Rutte, #Sekjen NATO",
        "182194484",
        "KOMENTAR",
    )
    ps = parse_structure(text)
    assert ps.title == "Rutte Peringatkan Korut Soal Pengiriman Pasukan ke Rusia"
    assert (ps.dateline_place, ps.dateline_outlet) == ("Jakarta", "Inakoran")
    assert ps.tags == ["Mark Rutte", "Sekjen NATO"]
    assert paras(ps) == [P1_ID, P2_ID]
    assert removed(ps) == {
        "TAG#Mark Rutte, #Sekjen NATO": "tags",
        "182194484": "view_counter",
        "KOMENTAR": "comments",
    }


# --- spans ---------------------------------------------------------------------------------


def test_spans_point_into_text():
    text = page("Portal Berita", "Nasional", TITLE_ID, "JAKARTA, KOMPAS.com — " + P1_ID, P2_ID)
    ps = parse_structure(text)
    assert text[slice(*ps.title_span)] == TITLE_ID
    assert text[slice(*ps.dateline_span)] == "JAKARTA, KOMPAS.com —"
    assert paras(ps) == [P1_ID, P2_ID]
    for r in ps.removed:
        assert text[r.start : r.end] == r.text


# --- headline ------------------------------------------------------------------------------


def test_headline_after_navigation_menu():
    ps = parse_structure(
        page("Northfield Courier", "News", "Local", "Nation & World", "Sports", TITLE_EN, P1_EN)
    )
    assert ps.title == TITLE_EN
    assert [r.reason for r in ps.removed] == ["navigation"] * 5


def test_headline_after_date_line():
    ps = parse_structure(
        page("KABAR24JAM.COM", "Ekonomi", "Kabar24Jam.com - 14/11/2024, 13:20 WIB", TITLE_ID, P1_ID)
    )
    assert ps.title == TITLE_ID
    assert ps.published == "2024-11-14"


def test_breadcrumb_is_not_the_headline():
    ps = parse_structure(page("Warta Nusantara", "Nasional / Bencana Alam dan Lingkungan", TITLE_ID, P1_ID))
    assert ps.title == TITLE_ID
    assert removed(ps)["Nasional / Bencana Alam dan Lingkungan"] == "navigation"


def test_site_tagline_inside_the_menu_is_not_the_headline():
    ps = parse_structure(
        page("Kabar Kita", "Berita Terkini dan Terpercaya Setiap Hari", "Beranda", "Politik", TITLE_ID, P1_ID)
    )
    assert ps.title == TITLE_ID


def test_short_headline_is_still_found():
    ps = parse_structure(page("Berita", "Nasional", "Harga Cabai Melonjak", "Rabu, 23 Oktober 2024", P1_ID))
    assert ps.title == "Harga Cabai Melonjak"


def test_page_without_headline_warns():
    ps = parse_structure(page(P1_ID, P2_ID))
    assert ps.title is None
    assert "no headline found" in ps.warnings
    assert paras(ps) == [P1_ID, P2_ID]


# --- datelines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "prefix,place,outlet",
    [
        ("JAKARTA, KOMPAS.com — ", "JAKARTA", "KOMPAS.com"),
        ("Seoul (ANTARA) - ", "Seoul", "ANTARA"),
        ("Liputan6.com, Jakarta - ", "Jakarta", "Liputan6.com"),
        ("JurnalPagi.id, Purwokerto — ", "Purwokerto", "JurnalPagi.id"),
        ("SEOUL, Oct 23 (Reuters) - ", "SEOUL", "Reuters"),
        ("WASHINGTON — ", "WASHINGTON", None),
        ("BRANTWOOD, Ont. — ", "BRANTWOOD", None),
        ("SEOUL, South Korea (Atlas Newswire) — ", "SEOUL", "Atlas Newswire"),
        ("PALU, BERITARAKYAT.ONLINE – ", "PALU", "BERITARAKYAT.ONLINE"),
        ("Seoul, Sinar Pagi – ", "Seoul", "Sinar Pagi"),
        ("Jakarta (Warta Nusantara) - ", "Jakarta", "Warta Nusantara"),
        ("KABARSEPEKAN.COM - ", None, "KABARSEPEKAN.COM"),
        ("Jakarta, CNN Indonesia -- ", "Jakarta", "CNN Indonesia"),
        ("KYIV, Ukraine — ", "KYIV", None),
    ],
)
def test_dateline_prefix_forms(prefix, place, outlet):
    body = P1_EN if prefix.isupper() or "(" in prefix else P1_ID
    text = page(TITLE_ID, prefix + body, P2_ID)
    ps = parse_structure(text)
    assert (ps.dateline_place, ps.dateline_outlet) == (place, outlet)
    assert paras(ps)[0] == body
    assert text[slice(*ps.dateline_span)] == prefix.rstrip()  # the dash is part of the dateline


@pytest.mark.parametrize(
    "line,place,outlet",
    [
        ("Jakarta, Inakoran", "Jakarta", "Inakoran"),
        ("Brussel, JendelaDunia", "Brussel", "JendelaDunia"),
        ("Pontianak, Harian Khatulistiwa", "Pontianak", "Harian Khatulistiwa"),
        ("WASHINGTON —", "WASHINGTON", None),
        ("Seoul (ANTARA)", "Seoul", "ANTARA"),
    ],
)
def test_dateline_on_its_own_line(line, place, outlet):
    ps = parse_structure(page(TITLE_ID, line, P1_ID, P2_ID))
    assert (ps.dateline_place, ps.dateline_outlet) == (place, outlet)
    assert paras(ps) == [P1_ID, P2_ID]
    assert line not in removed(ps)


def test_body_dash_is_not_a_dateline():
    body = "Presiden Joko Widodo Bersama Menteri - yang hadir di istana - menyatakan dukungan penuh atas rencana itu."
    ps = parse_structure(page(TITLE_ID, body, P2_ID))
    assert ps.dateline_place is None and ps.dateline_outlet is None
    assert paras(ps)[0] == body


def test_dated_dateline_gives_published_date():
    ps = parse_structure(page(TITLE_ID, "Jakarta, 23 Oktober 2024 (ANTARA) - " + P1_ID))
    assert (ps.dateline_place, ps.dateline_outlet, ps.published) == ("Jakarta", "ANTARA", "2024-10-23")


@pytest.mark.parametrize(
    "prefix,iso", [("Jakarta, Rabu (23/10/2024) - ", "2024-10-23"), ("JAKARTA, Senin (28/10) - ", None)]
)
def test_dateline_with_weekday_and_bracketed_date(prefix, iso):
    ps = parse_structure(page(TITLE_ID, prefix + P1_ID))
    assert (ps.dateline_place, ps.dateline_outlet, ps.published) == (prefix.split(",")[0], None, iso)
    assert paras(ps) == [P1_ID]


def test_parse_dateline_uses_site_name_for_outlet():
    d = parse_dateline("VIVA", {"viva"})
    assert (d.place, d.outlet) == (None, "VIVA")
    assert parse_dateline("pasangan nomor urut 2, Hermawan") is None


# --- publication dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,iso",
    [
        ("Senin, 28 Oktober 2024 | 14:05 WIB", "2024-10-28"),
        ("Rabu (23/10/2024)", "2024-10-23"),
        ("Kabar24Jam.com - 14/11/2024, 13:20 WIB", "2024-11-14"),
        ("Wed, October 23, 2024 at 4:16 AM EDT", "2024-10-23"),
        ("Published: Tuesday, September 16, 2025 · 5:52 pm ET", "2025-09-16"),
        ("Oct. 23, 2024", "2024-10-23"),
        ("Last updated: 19 Oktober 2024 08:15", "2024-10-19"),
        ("Sinar Pagi Online - Kamis, 24 Oktober 2024 - 16:20 WIB", "2024-10-24"),
        ("Selasa, 12 November 2024 - 18:45 WITA", "2024-11-12"),
    ],
)
def test_publication_date_line(line, iso):
    ps = parse_structure(page("Portal", TITLE_ID, line, P1_ID))
    assert ps.published == iso
    assert removed(ps)[line] == "date"


def test_event_dates_in_body_are_not_published():
    body = "Direktur NIS menyampaikan hal itu dalam rapat tertutup Komite Intelijen, Rabu (23/10/2024), kata anggota komite."
    ps = parse_structure(page(TITLE_ID, body, P2_ID))
    assert ps.published is None


def test_relative_update_line_is_chrome_without_a_date():
    ps = parse_structure(page(TITLE_EN, "By Sophie Tremblay", "Last updated: 3 hours ago", P1_EN))
    assert ps.published is None
    assert removed(ps)["Last updated: 3 hours ago"] == "date"


# --- bylines and editors -------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,author,editor",
    [
        ("Penulis: Galih Prasetya | Editor: Siti Rahmawati", "Galih Prasetya", "Siti Rahmawati"),
        ("By Hana Cho, Atlas Newswire", "Hana Cho", None),
        ("Oleh: Nurul Hidayah", "Nurul Hidayah", None),
        ("Oleh Nurul Hidayah", "Nurul Hidayah", None),
        ("Reporter: Galang Saputro", "Galang Saputro", None),
        ("Laporan: Dimas Prakoso", "Dimas Prakoso", None),
        ("Pewarta: Rizky Pratama", "Rizky Pratama", None),
        ("By JOHN SMITH and MARY JONES, Associated Press", "JOHN SMITH and MARY JONES", None),
    ],
)
def test_byline_gives_author_and_is_not_boilerplate(line, author, editor):
    ps = parse_structure(page(TITLE_ID, line, P1_ID, P2_ID))
    assert (ps.author, ps.editor) == (author, editor)
    assert line not in removed(ps)
    assert paras(ps) == [P1_ID, P2_ID]


def test_editor_line_is_boilerplate():
    ps = parse_structure(page(TITLE_ID, P1_ID, P2_ID, "Penulis: Nanda Pertiwi", "Editor: Bayu Samudra"))
    assert (ps.author, ps.editor) == ("Nanda Pertiwi", "Bayu Samudra")
    assert removed(ps) == {"Editor: Bayu Samudra": "editor"}


def test_sentence_starting_with_by_is_body():
    line = "By the end of the day, more than 3,000 people had left the city, officials said."
    ps = parse_structure(page(TITLE_EN, P1_EN, line))
    assert ps.author is None
    assert paras(ps) == [P1_EN, line]


# --- tags ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,tags",
    [
        ("TAG#Korupsi, #Tipikor Pontianak, #Kapuas Hulu", ["Korupsi", "Tipikor Pontianak", "Kapuas Hulu"]),
        ("Tags: Bank of Korea, interest rates, won", ["Bank of Korea", "interest rates", "won"]),
        ("Tag: minyakita, minyak goreng, kemendag", ["minyakita", "minyak goreng", "kemendag"]),
        (
            "Tags: #Pilkada Banyumas #KPU Banyumas #politik uang",
            ["Pilkada Banyumas", "KPU Banyumas", "politik uang"],
        ),
        ("Topik: harga cabai | inflasi | pasar", ["harga cabai", "inflasi", "pasar"]),
        ("TAGS: Pilkada Banyumas, quick count", ["Pilkada Banyumas", "quick count"]),
        ("#Banjir #Sigi #BNPB", ["Banjir", "Sigi", "BNPB"]),
    ],
)
def test_tag_line(line, tags):
    ps = parse_structure(page(TITLE_ID, P1_ID, P2_ID, line))
    assert ps.tags == tags
    assert removed(ps) == {line: "tags"}


def test_space_separated_tags_join_phrases_the_article_uses():
    body = "Korea Utara mengirim pasukan ke Rusia, kata NIS. Pejabat Korea Utara membantah laporan itu pada Jumat."
    ps = parse_structure(page("Korea Utara Kirim Pasukan ke Rusia Lagi", body, "Tag: korea utara rusia nis"))
    assert ps.tags == ["korea utara", "rusia", "nis"]


# --- chrome kinds --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,reason",
    [
        ("Baca juga: Korea Selatan Gelar Rapat Darurat Bahas Pasukan Korut", "read_more"),
        ("Baca Juga: Tiga Kepala Desa Diperiksa Bawaslu", "read_more"),
        ("Read more: Seoul summons Russian ambassador", "read_more"),
        ("Bagikan ke:", "share"),
        ("Bagikan artikel ini", "share"),
        ("Facebook Twitter WhatsApp", "share"),
        ("Bagikan: Facebook | X | WhatsApp | Telegram", "share"),
        ("Ikuti kami di Google News", "follow"),
        ("Simak berita lainnya di Google News", "follow"),
        ("Sign up for The Northern Ledger's business newsletter", "subscribe"),
        ("Baca berita tanpa iklan, berlangganan Jurnal Pagi Premium", "subscribe"),
        ("Dibaca 3.105 kali", "view_counter"),
        ("182194484", "view_counter"),
        ("KOMENTAR", "comments"),
        ("Comments (57)", "comments"),
        ("12 Komentar", "comments"),
        ("© 2024 The Orient Observer. All rights reserved.", "copyright"),
        ("Copyright © 2024 PortalCendana.com", "copyright"),
        ("ADVERTISEMENT", "advertisement"),
        ("SCROLL TO CONTINUE WITH CONTENT", "advertisement"),
        ("Advertisement · Scroll to continue", "advertisement"),
        ("(ant/rzk)", "credit_code"),
        ("(glh/sr)", "credit_code"),
        ("(Reporting by Olena Hrytsenko in Kyiv; Editing by Jana Voss)", "credit"),
        ("With files from Continental Press", "credit"),
        ("Atlas Newswire writers Fiona Brandt in Rome and Tomás Ibarra in Washington contributed.", "credit"),
        ("4 min read", "read_time"),
        ("Reading time: 3 menit", "read_time"),
        ("Privacy Policy | Terms of Use | Cookie Settings", "footer"),
        ("Source: Globe Wire", "source"),
        (
            "Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui "
            "Kebijakan Privasi kami.",
            "cookie",
        ),
    ],
)
def test_chrome_line_in_body_is_removed_with_reason(line, reason):
    ps = parse_structure(page(TITLE_ID, P1_ID, line, P2_ID, P3_ID))
    assert removed(ps) == {line: reason}
    assert paras(ps) == [P1_ID, P2_ID, P3_ID]


def test_caption_after_lihat_foto():
    caption = (
        "Pedagang menata minyak goreng kemasan di Pasar Kramat Jati, Jakarta Timur. (Kabar24Jam.com/Arsip)"
    )
    ps = parse_structure(page(TITLE_ID, "Lihat Foto", caption, "JAKARTA, KABAR24JAM.COM — " + P1_ID, P2_ID))
    assert removed(ps) == {"Lihat Foto": "caption", caption: "caption"}
    assert paras(ps) == [P1_ID, P2_ID]


def test_photo_caption_with_credit_before_dateline_paragraph():
    caption = "Warga melintasi jalan yang tertimbun lumpur di Desa Bangga, Senin (11/11/2024). Warta Nusantara/Moh Hamzah"
    ps = parse_structure(
        page(TITLE_ID, "Selasa, 12 November 2024 10:48 WIB", caption, "Jakarta (Warta Nusantara) - " + P1_ID)
    )
    assert removed(ps)[caption] == "caption"
    assert paras(ps) == [P1_ID]


def test_related_list_runs_to_the_end():
    ps = parse_structure(
        page(
            TITLE_EN,
            P1_EN,
            P2_EN,
            "Related Stories",
            "Korea's export growth slows for third month",
            "Won slides past 1,400 per dollar for first time in two years",
            "Get the Bayline Morning Briefing",
            "Setuju",
        )
    )
    assert paras(ps) == [P1_EN, P2_EN]
    assert [r.reason for r in ps.removed] == ["related", "related", "related", "related", "cookie"]


def test_numbered_most_read_list_is_related():
    ps = parse_structure(
        page(TITLE_ID, P1_ID, P2_ID, "Terpopuler", "1. Harga Emas Turun", "2. Rupiah Menguat")
    )
    assert paras(ps) == [P1_ID, P2_ID]
    assert set(removed(ps).values()) == {"related"}


def test_baca_juga_heading_mid_body_ends_at_next_paragraph():
    ps = parse_structure(page(TITLE_ID, P1_ID, "Baca Juga", "Harga Bawang Merah Ikut Naik", P2_ID, P3_ID))
    assert paras(ps) == [P1_ID, P2_ID, P3_ID]
    assert removed(ps) == {"Baca Juga": "related", "Harga Bawang Merah Ikut Naik": "related"}


def test_body_sentence_with_chrome_word_stays_body():
    line = (
        "The central bank said in its newsletter on Monday that subscribers to government bonds had "
        "doubled since March, and that it would share more data with banks."
    )
    ps = parse_structure(page(TITLE_EN, P1_EN, line, P2_EN))
    assert paras(ps) == [P1_EN, line, P2_EN]


def test_subheading_inside_body_stays_body():
    ps = parse_structure(page(TITLE_ID, P1_ID, "Kronologi kejadian", P2_ID, P3_ID))
    assert paras(ps) == [P1_ID, "Kronologi kejadian", P2_ID, P3_ID]


def test_short_link_lines_after_the_last_sentence_are_footer():
    ps = parse_structure(
        page(TITLE_EN, P1_EN, P2_EN, "Report a typo or error", "Privacy · Terms · Contact", "Northfield Jobs")
    )
    assert paras(ps) == [P1_EN, P2_EN]
    assert removed(ps)["Northfield Jobs"] == "footer"


def test_header_lines_between_headline_and_body():
    ps = parse_structure(
        page(
            "Bayline News",
            "World",
            TITLE_EN,
            "November 5, 2024 · 3:27 PM UTC",
            "Source: Globe Wire",
            "4 min read",
            "KYIV, Nov 5 (Globe Wire) - " + P1_EN,
            P2_EN,
        )
    )
    assert ps.published == "2024-11-05"
    assert (ps.dateline_place, ps.dateline_outlet) == ("KYIV", "Globe Wire")
    assert paras(ps) == [P1_EN, P2_EN]
    assert removed(ps) == {
        "Bayline News": "navigation",
        "World": "navigation",
        "November 5, 2024 · 3:27 PM UTC": "date",
        "Source: Globe Wire": "source",
        "4 min read": "read_time",
    }


# --- guard and edge cases ------------------------------------------------------------------


def test_guard_keeps_lines_when_almost_everything_would_go():
    lines = [
        f"Baca juga: Berita lain nomor {i} tentang harga pangan dan inflasi di Jakarta" for i in range(30)
    ]
    ps = parse_structure(page(TITLE_ID, *lines, "Sebuah kalimat."))
    assert any("boilerplate guard" in w for w in ps.warnings)
    assert len(ps.paragraphs) == 31
    assert ps.removed == []


def test_guard_ratio_is_configurable():
    ps = parse_structure(page(TITLE_ID, P1_ID, "Baca juga: X", P2_ID), min_body_ratio=0.99)
    assert any("boilerplate guard" in w for w in ps.warnings)


def test_empty_text():
    ps = parse_structure("\n\n  \n")
    assert ps.paragraphs == [] and ps.title is None
    assert ps.warnings


def test_crlf_and_indented_lines_keep_exact_spans():
    text = f"  {TITLE_ID}  \r\n\r\n   {P1_ID}\r\n{P2_ID}\r\n"
    ps = parse_structure(text)
    assert ps.title == TITLE_ID
    assert paras(ps) == [P1_ID, P2_ID]


def test_outlet_from_dateline_then_site_header():
    ps = parse_structure(page("Sorot.id", "Politik", "Daerah", TITLE_ID, P1_ID))
    assert ps.outlet == "Sorot.id"
    ps = parse_structure(page("Sorot.id", "Politik", TITLE_ID, "JAKARTA, KOMPAS.com — " + P1_ID))
    assert ps.outlet == "KOMPAS.com"
