"""Rules for page shapes the dev pages do not show (Kompas, Detik, CNN Indonesia, Tribun, Reuters,
AP, BBC Indonesia, US sites): one rule per test, on small pages written here."""

from __future__ import annotations

import pytest

from warta.page import boilerplate as bp
from warta.page.dates import date_line, is_update_line
from warta.page.structure import parse_dateline, parse_structure

P1 = (
    "Polisi menangkap tiga orang pelaku pencurian kabel tembaga milik sebuah perusahaan "
    "telekomunikasi di Bekasi, Jawa Barat, saat hendak menjual kabel hasil curian."
)
P2 = "“Tiga pelaku kami amankan di wilayah Tambun Selatan,” kata Kapolres kepada wartawan, Selasa."
P3 = "Dari tangan pelaku, polisi menyita 200 meter kabel tembaga dan dua unit sepeda motor."
E1 = (
    "The Supreme Court agreed on Wednesday to hear a case about state bans on gender-affirming "
    "care for transgender minors, a lower-court ruling said."
)
E2 = '"This is a critical moment," said a lawyer with the American Civil Liberties Union.'
E3 = "Twenty-six states have adopted laws restricting or banning the medical care."


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def paras(ps) -> list[str]:
    return ps.paragraph_texts()


def removed(ps) -> dict[str, str]:
    return {r.text: r.reason for r in ps.removed}


# --- single lines ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,reason",
    [
        (
            "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu "
            "akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029Va. "
            "Pastikan kamu sudah install aplikasi WhatsApp ya.",
            "follow",
        ),
        ("Sign up for our daily newsletter to get the latest local news.", "subscribe"),
        ("Gabung ke saluran WhatsApp CNN Indonesia, dapatkan berita terbaru setiap hari.", "follow"),
    ],
)
def test_channel_promotion_is_chrome_at_any_length(line, reason):
    assert bp.classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Subscribers to the bank's newsletter were told the next review is due in February.",
        "Follow the money.",
        "Share prices rose slightly after the decision.",
        "Bagikan bansos secara langsung melalui RT dinilai lebih tepat sasaran, kata Fahrudin.",
    ],
)
def test_prose_opening_with_a_chrome_word_stays_body(line):
    assert bp.classify(line) is None


def test_weak_prefix_before_a_title_case_headline_is_not_chrome():
    assert bp.classify("Bagikan Bansos, Pemkot Bogor Libatkan RT dan RW") is None
    assert bp.classify("Bagikan artikel ini") == "share"
    assert bp.classify("Share on Facebook Twitter WhatsApp") == "share"


@pytest.mark.parametrize(
    "line,reason",
    [
        ("Halaman 2", "pagination"),
        ("Halaman", "pagination"),
        ("Page 2 of 3", "pagination"),
        ("Halaman selanjutnya", "pagination"),
        ("[Gambas:Video 20detik]", "embed"),
        ("Loading...", "advertisement"),
        ("Dengarkan artikel ini", "advertisement"),
        ("Skip to main content", "navigation"),
        ('Simak Video "Video: Sri Mulyani Buka-bukaan soal Defisit APBN"', "read_more"),
        ("Write to Priya Raman at priya.raman@capitalledger.com", "contact"),
        ("Keterangan gambar, Pedagang beras di Pasar Induk Cipinang, Jakarta.", "caption"),
        ("Appeared in the November 15, 2024, print edition as 'Fed Signals Slower Cuts'.", "credit"),
    ],
)
def test_more_chrome_lines(line, reason):
    assert bp.classify(line) == reason


def test_email_inside_a_sentence_is_body():
    assert bp.classify("Keluhan dapat dikirim ke pengaduan@kemendag.go.id, kata dia.") is None


@pytest.mark.parametrize(
    "line,author",
    [
        ("Penulis Kontributor Yogyakarta, Wijaya Kusuma", "Wijaya Kusuma"),
        ("Laporan Wartawan Tribunnews.com, Bambang Sutopo", "Bambang Sutopo"),
        ("Putra Ramadhani Astyawan , Jurnalis", "Putra Ramadhani Astyawan"),
        ("By Jane Doe, Staff Writer", "Jane Doe"),
    ],
)
def test_byline_role_words_around_the_name(line, author):
    assert bp.parse_byline(line) == bp.Byline(author, None)


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,iso",
    [
        ("May 4, 2024 10:12 AM GMT+7 Updated 2 hours ago", "2024-05-04"),
        ("October 23, 2024 2:12 PM GMT+9", "2024-10-23"),
        ("Rabu, 23 Oktober 2024 15:47 WIB | Diperbarui 3 jam yang lalu", "2024-10-23"),
        ("Published 2024-10-23", "2024-10-23"),
        ("23/10/2024 15:30", "2024-10-23"),
        ("Kamis, 24 Okt 2024 08:00 WIB", "2024-10-24"),
    ],
)
def test_date_lines_with_offsets_and_relative_updates(text, iso):
    assert date_line(text) == iso


def test_relative_time_does_not_hide_a_headline_word():
    assert date_line("12 November 2024 2 hours ago floods hit") is None


def test_update_stamp():
    assert is_update_line("Updated 3:15 PM EDT, Wed October 23, 2024")
    assert is_update_line("Diperbarui 23 Okt 2024, 15:30 WIB")
    assert not is_update_line("Published 2024-10-23")


def test_publication_date_wins_over_an_earlier_update_stamp():
    ps = parse_structure(
        page(
            "City council approves $12 million plan to repave downtown streets",
            "Updated 3:15 PM EDT, Thu October 24, 2024",
            "Published 2024-10-23",
            E1,
            E2,
        )
    )
    assert ps.published == "2024-10-23"


# --- page structure ------------------------------------------------------------------------------


def test_writer_then_site_name_is_a_byline():
    ps = parse_structure(
        page(
            "detikNews",
            "Berita",
            "Daerah",
            "Polisi Tangkap 3 Pelaku Pencurian Kabel Tembaga di Bekasi",
            "Rizky Adha Mahendra - detikNews",
            "Selasa, 12 Nov 2024 14:05 WIB",
            "Jakarta - " + P1,
            P2,
            P3,
        )
    )
    assert ps.author == "Rizky Adha Mahendra"
    assert (ps.dateline_place, ps.dateline_outlet) == ("Jakarta", None)
    assert paras(ps) == [P1, P2, P3]
    assert "Rizky Adha Mahendra - detikNews" not in removed(ps)


def test_outlet_line_under_headline_gives_way_to_placed_dateline():
    ps = parse_structure(
        page(
            "CNN Indonesia",
            "Nasional",
            "Internasional",
            "Korea Utara Kembali Luncurkan Rudal Balistik ke Laut Timur",
            "CNN Indonesia",
            "Kamis, 31 Okt 2024 09:15 WIB",
            "Jakarta, CNN Indonesia -- " + P1,
            P2,
        )
    )
    assert (ps.dateline_place, ps.dateline_outlet) == ("Jakarta", "CNN Indonesia")
    assert paras(ps) == [P1, P2]
    assert ps.published == "2024-10-31"
    assert [r.reason for r in ps.removed if r.text == "CNN Indonesia"] == ["navigation", "outlet"]


def test_photo_credit_line_is_not_a_dateline():
    ps = parse_structure(
        page(
            "Tribunnews.com",
            "Home",
            "Nasional",
            "Banjir Rendam Ratusan Rumah di Kabupaten Bandung",
            "Kamis, 7 November 2024 10:45 WIB",
            "TRIBUNNEWS.COM/IST",
            "Banjir merendam permukiman warga di Dayeuhkolot, Kabupaten Bandung, Kamis (7/11/2024).",
            "Laporan Wartawan Tribunnews.com, Bambang Sutopo",
            "TRIBUNNEWS.COM, BANDUNG - " + P1,
            P2,
        )
    )
    assert (ps.dateline_place, ps.dateline_outlet) == ("BANDUNG", "TRIBUNNEWS.COM")
    assert ps.author == "Bambang Sutopo"
    assert paras(ps) == [P1, P2]
    assert "TRIBUNNEWS.COM/IST" in removed(ps)


def test_place_then_site_name_without_comma():
    assert parse_dateline("Tel Aviv and Jerusalem CNN", {"cnn"}) is not None
    ps = parse_structure(
        page(
            "CNN", "World", "Politics", "Israel strikes Iran in retaliatory attack", "Tel Aviv CNN —", E1, E2
        )
    )
    assert (ps.dateline_place, ps.dateline_outlet) == ("Tel Aviv", "CNN")
    assert paras(ps) == [E1, E2]


def test_inline_related_list_ends_at_a_full_sentence():
    ps = parse_structure(
        page(
            "Polisi Tangkap 3 Pelaku Pencurian Kabel Tembaga di Bekasi",
            "Jakarta - " + P1,
            "Lihat Juga :",
            "Kim Jong Un Ancam Gunakan Nuklir Jika Diserang",
            "Peluncuran terakhir Korea Utara terjadi pada September lalu.",
            P3,
        )
    )
    assert paras(ps) == [P1, "Peluncuran terakhir Korea Utara terjadi pada September lalu.", P3]
    assert removed(ps)["Kim Jong Un Ancam Gunakan Nuklir Jika Diserang"] == "related"


def test_tags_under_a_label_stop_at_the_next_list_heading():
    ps = parse_structure(
        page(
            "Korea Utara Kembali Luncurkan Rudal Balistik ke Laut Timur",
            "Jakarta - " + P1,
            P2,
            "TOPIK TERKAIT",
            "Korea Utara",
            "Rudal Balistik",
            "ARTIKEL TERKAIT",
            "Jepang Protes Keras Peluncuran Rudal Korut",
        )
    )
    assert ps.tags == ["Korea Utara", "Rudal Balistik"]
    assert paras(ps) == [P1, P2]


def test_writer_name_and_bio_after_the_body_are_boilerplate():
    ps = parse_structure(
        page(
            "Supreme Court takes up case on state bans of gender-affirming care",
            "By MARK SHERMAN",
            "WASHINGTON (AP) — " + E1,
            E2,
            E3,
            "MARK SHERMAN",
            "Sherman covers the Supreme Court and legal affairs for The Associated Press.",
        )
    )
    assert ps.author == "MARK SHERMAN"
    assert paras(ps) == [E1, E2, E3]
    assert removed(ps) == {
        "MARK SHERMAN": "author_bio",
        "Sherman covers the Supreme Court and legal affairs for The Associated Press.": "author_bio",
    }


def test_short_body_paragraphs_between_prose_stay_body():
    ps = parse_structure(
        page(
            "Harga Karet di Kalbar Anjlok, Petani Mengeluh",
            "PONTIANAK, SUARABORNEO.ID – " + P1,
            "Mahal.",
            P2,
            "Ia menolak.",
            P3,
        )
    )
    assert paras(ps) == [P1, "Mahal.", P2, "Ia menolak.", P3]
