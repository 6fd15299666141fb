"""Rules for page shapes of further sites (Suara, Republika, Kontan, IDN Times, JPNN, Jakarta Post,
Jakarta Globe, Nikkei, Al Jazeera, Guardian, CNA, Liputan6, WordPress): one rule per test."""

from __future__ import annotations

import pytest

from warta.page import boilerplate as bp
from warta.page.html import _clean_author
from warta.page.structure import parse_structure

P1 = (
    "Badan Pangan Nasional akan menggelar operasi pasar beras di 12 provinsi mulai pekan depan "
    "setelah harga beras premium kembali naik di tingkat konsumen."
)
P2 = '"Kami sudah siapkan stok 150 ribu ton untuk operasi pasar," kata Arief di Jakarta, Senin.'
P3 = "Ia meminta masyarakat tidak melakukan pembelian berlebihan karena stok pemerintah mencukupi."
E1 = (
    "National flag carrier Garuda Indonesia plans to add 12 aircraft to its fleet ahead of the "
    "Christmas and New Year holiday season, when passenger numbers typically spike."
)
E2 = "“We expect demand to rise by around 15 percent compared with last year,” he said on Thursday."
E3 = "The airline carried 18.3 million passengers in the first nine months of the year."
TITLE_ID = "Harga Beras Premium Naik Lagi, Bapanas Siapkan Operasi Pasar di 12 Provinsi"
TITLE_EN = "Garuda Indonesia to Add 12 Aircraft Ahead of Year-End Travel Peak"


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def removed(ps) -> dict[str, str]:
    return {r.text: r.reason for r in ps.removed}


# --- bylines ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,author,editor",
    [
        ("KEN ITO and HARUKI SATO, Nikkei staff writers", "KEN ITO and HARUKI SATO", None),
        ("Rep: Fuji Eka Permana/ Red: Muhammad Hafil", "Fuji Eka Permana", "Muhammad Hafil"),
        ("Redaktur & Reporter : Mesyia Muhammad", "Mesyia Muhammad", None),
        ("Penulis: Azzis Zilkhairil, Debbie Sutrisno", "Azzis Zilkhairil, Debbie Sutrisno", None),
        ("Penulis: Dimas Prakoso, Jurnal Pagi", "Dimas Prakoso", None),
        ("By Hana Cho, Atlas Newswire", "Hana Cho", None),
    ],
)
def test_byline_forms(line, author, editor):
    assert bp.parse_byline(line) == bp.Byline(author, editor)


def test_colon_only_labels_need_their_colon():
    assert bp.parse_byline("Red Cross") is None
    assert bp.parse_byline("Rep Fuji Eka Permana") is None


def test_html_author_loses_its_byline_label():
    assert _clean_author("oleh Rahmat Hidayat") == "Rahmat Hidayat"
    assert _clean_author("Rizky Pratama") == "Rizky Pratama"
    assert _clean_author("  ") is None


# --- tags ------------------------------------------------------------------------------------


def test_hashtags_of_several_words():
    assert bp.parse_tags("#kejagung #korupsi impor gula") == (["kejagung", "korupsi impor gula"], False)
    assert bp.parse_tags("#North Korea #Russia #NIS") == (["North Korea", "Russia", "NIS"], False)
    assert bp.parse_tags("#1 in the charts") is None


def test_tag_label_then_a_comma_list_on_the_next_line():
    ps = parse_structure(page(TITLE_EN, E1, E2, E3, "Topics:", "Garuda Indonesia, aviation, holidays"))
    assert ps.tags == ["Garuda Indonesia", "aviation", "holidays"]


def test_spaced_hash_tags_one_per_line_and_popular_heading_ends_them():
    ps = parse_structure(page(TITLE_ID, P1, P2, P3, "Tag", "# beras", "# bapanas", "Berita Terpopuler", "Harga Cabai"))
    assert ps.tags == ["beras", "bapanas"]


# --- chrome lines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,reason",
    [
        ("Gedung Kejaksaan Agung, Jakarta. (Dok. JawaPos.com)", "caption"),
        ("President Prabowo in Lima. (Courtesy of/Presidential Secretariat)", "caption"),
        ("Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.", "promo"),
        ("Bagaimana perasaan Anda setelah membaca artikel ini?", "poll"),
        ("share2", "view_counter"),
        ("1.2K Shares", "view_counter"),
        ("Save articles to read later and create your own reading list.", "subscribe"),
        ("Join NK News to get unlimited access to all our articles.", "subscribe"),
        ("Click here to share on social media", "share"),
        ("Click here to get the latest news updates from Tempo on Google News", "follow"),
        ("Read: Apindo Asks Government to Delay VAT Increase", "read_more"),
        ("Baca Artikel Selengkapnya", "read_more"),
        ("Reuters contributed to this report", "credit"),
        ("Intinya sih...", "navigation"),
        ("Listen", "advertisement"),
        ("Bookmark", "share"),
    ],
)
def test_more_chrome(line, reason):
    assert bp.classify(line) == reason


def test_bracketed_credit_words_stay_body_inside_a_sentence():
    assert bp.classify("Menurut dokumen (dok. KPK), kerugian negara mencapai Rp2 miliar.") is None


# --- header ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name_line,author",
    [
        ("Dicky Prastya", "Dicky Prastya"),
        ("Kiswondari", "Kiswondari"),
        ("Helen Davidson in Taipei", "Helen Davidson"),
        ("Dio Suhenda (The Jakarta Post)", "Dio Suhenda"),
    ],
)
def test_bare_writer_name_beside_the_date_line(name_line, author):
    ps = parse_structure(page("Suara.com", "News", TITLE_ID, name_line, "Senin, 18 November 2024 | 14:32 WIB", P1, P2))
    assert ps.author == author
    assert ps.paragraph_texts() == [P1, P2]


@pytest.mark.parametrize("line", ["Nasional", "North Korea", "Ekonomi Bisnis", "CNN Indonesia", "News"])
def test_section_place_or_outlet_beside_the_date_is_no_writer(line):
    ps = parse_structure(
        page("CNN Indonesia", "News", TITLE_ID, line, "Senin, 18 November 2024 | 14:32 WIB", P1, P2)
    )
    assert ps.author is None


def test_standfirst_before_the_byline_is_not_body():
    deck = "Attack on densely populated Basta neighbourhood destroys residential building."
    ps = parse_structure(page(TITLE_EN, deck, "By Farah Najjar", "Published On 23 Nov 2024", E1, E2))
    assert ps.paragraph_texts() == [E1, E2]
    assert removed(ps)[deck] == "header"
    assert ps.author == "Farah Najjar"


def test_dateline_lookahead_skips_classified_header_lines():
    lede = "Bapanas menyebut kenaikan harga dipicu berkurangnya panen di sejumlah sentra produksi."
    ps = parse_structure(
        page(
            "Suara.com",
            TITLE_ID,
            lede,
            "Senin, 18 November 2024 | 14:32 WIB",
            "Ilustrasi pedagang beras. (Suara.com/Alfian Winanto)",
            "Bagikan: Facebook | X | WhatsApp",
            "Suara.com - " + P1,
            P2,
        )
    )
    assert (ps.dateline_place, ps.dateline_outlet) == (None, "Suara.com")
    assert ps.paragraph_texts() == [P1, P2]
    assert lede in removed(ps)


def test_date_stamp_naming_its_writer():
    ps = parse_structure(page(TITLE_ID, "Diposting pada 20 November 2024 oleh Lalu Hendra", P1, P2))
    assert (ps.published, ps.author) == ("2024-11-20", "Lalu Hendra")
    ps = parse_structure(page(TITLE_EN, "Posted on November 20, 2024 by admin", E1, E2))
    assert (ps.published, ps.author) == ("2024-11-20", None)


# --- datelines -----------------------------------------------------------------------------------


def test_outlet_then_upper_case_place_closed_by_a_full_stop():
    ps = parse_structure(page("Kontan.co.id", TITLE_ID, "KONTAN.CO.ID - JAKARTA. " + P1, P2))
    assert (ps.dateline_place, ps.dateline_outlet) == ("JAKARTA", "KONTAN.CO.ID")
    assert ps.paragraph_texts()[0] == P1


@pytest.mark.parametrize(
    "first,place,outlet",
    [
        ("Jakarta. " + E1, "Jakarta", None),
        ("KUALA LUMPUR: " + E1, "KUALA LUMPUR", None),
        ("Liputan6.com, Jakarta " + E1, "Jakarta", "Liputan6.com"),
    ],
)
def test_datelines_without_a_dash(first, place, outlet):
    ps = parse_structure(page(TITLE_EN, "November 21, 2024 | 8:12 pm", first, E2, E3))
    assert (ps.dateline_place, ps.dateline_outlet) == (place, outlet)
    assert ps.paragraph_texts() == [E1, E2, E3]


def test_a_word_and_full_stop_that_is_no_place_stays_body():
    first = "Rejected. That was the verdict of the committee on the proposed budget for next year."
    ps = parse_structure(page(TITLE_EN, "November 21, 2024", first, E2))
    assert ps.dateline_place is None
    assert ps.paragraph_texts()[0] == first


def test_place_before_a_header_date():
    ps = parse_structure(page(TITLE_EN, "Dio Suhenda (The Jakarta Post)", "Jakarta   ●   Fri, November 22, 2024", E1, E2))
    assert (ps.dateline_place, ps.published, ps.author) == ("Jakarta", "2024-11-22", "Dio Suhenda")
    assert ps.paragraph_texts() == [E1, E2]
