"""Indonesian names next to a title or an organisation: the person is cut from the
organisation's run, and a given name with a town-like surname stays a person."""

from __future__ import annotations

from dataclasses import replace

import pytest

from warta.extraction import extract
from warta.options import load_options


def article(text: str, ner: str):
    return extract("Kabar Hari Ini\n\n" + text, lang="id", options=replace(load_options(), ner=ner))


def entities(text: str, ner: str) -> set[tuple[str, str]]:
    art = article(text, ner)
    return {(e.type, e.name) for e in art.entities}


def speakers(text: str, ner: str) -> list[str | None]:
    art = article(text, ner)
    return [q.speaker for q in art.quotes]


MODES = ("rules", "model")


@pytest.mark.parametrize("ner", MODES)
@pytest.mark.parametrize("text,org,person", [
    # a given name that is also a lowercase word ("budi") ends the organisation's run
    ("Ketua Umum Serikat Nelayan Nusantara Budi Hartono mengatakan impor ikan merugikan nelayan.",
     "Serikat Nelayan Nusantara", "Budi Hartono"),
    ("Ketua Ikatan Petani Sawit Teguh Prasetyo mengatakan harga sawit turun.",
     "Ikatan Petani Sawit", "Teguh Prasetyo"),
])
def test_given_name_ends_the_organisation_after_a_title(text, org, person, ner):
    got = entities(text, ner)
    assert ("ORG", org) in got
    assert ("PERSON", person) in got


@pytest.mark.parametrize("ner", MODES)
@pytest.mark.parametrize("text,org,person", [
    ("\"Kami sudah siap,\" kata Direktur Utama PT Sinar Logam Abadi Hendra Wijaya, Senin.",
     "PT Sinar Logam Abadi", "Hendra Wijaya"),
    ("\"Stok cukup,\" ujar Direktur CV Maju Jaya Sentosa Andi Pratama, Selasa.",
     "CV Maju Jaya Sentosa", "Andi Pratama"),
])
def test_person_before_a_comma_is_cut_from_the_company(text, org, person, ner):
    got = entities(text, ner)
    assert ("ORG", org) in got
    assert ("PERSON", person) in got
    assert speakers(text, ner) == [person]


def test_company_ending_before_a_comma_keeps_its_words():
    # no given name opens the tail: the run is the company, the apposition the person
    got = entities("Direktur PT Sinar Logam Abadi, Hendra Wijaya, mengatakan pabrik tetap buka.", "rules")
    assert ("ORG", "PT Sinar Logam Abadi") in got
    assert ("PERSON", "Hendra Wijaya") in got


def test_company_named_alone_elsewhere_is_not_carved():
    # "Lestari" is a given name, but the page names "CV Tirta Lestari Abadi" on its own
    text = ("KPK menetapkan Direktur CV Tirta Lestari Abadi, Gunawan Setiadi, sebagai tersangka.\n\n"
            "Haryo diduga meminta fee kepada rekanan, termasuk CV Tirta Lestari Abadi.")
    got = entities(text, "rules")
    assert ("ORG", "CV Tirta Lestari Abadi") in got
    assert not any(name == "Lestari Abadi" for _, name in got)


@pytest.mark.parametrize("ner", MODES)
@pytest.mark.parametrize("text,person", [
    # "Sari" is also a town: a given name before it is still a person, not a club like "Persib Bandung"
    ("Kepala Humas PT Kereta Api, Rina Sari, mengatakan jadwal kereta tidak berubah.", "Rina Sari"),
    ("Juru bicara PT Pelabuhan Indonesia, Dewi Sari, mengatakan kapal tetap berlayar.", "Dewi Sari"),
])
def test_given_name_with_town_word_is_a_person(text, person, ner):
    got = entities(text, ner)
    assert ("PERSON", person) in got
    assert ("ORG", person) not in got
    assert speakers(text + "\n\n\"Kami siap,\" katanya.", ner)[-1] == person


def test_club_with_its_city_is_still_an_organisation():
    got = entities("Para pendukung Arema Malang memadati stadion sejak pagi hari ini.", "rules")
    assert ("ORG", "Arema Malang") in got


@pytest.mark.parametrize("ner", MODES)
@pytest.mark.parametrize("text,unit,person", [
    ("Kepala Bagian Hubungan Masyarakat dan Protokol PT Kereta Api, Rina Sari, mengatakan jadwal tetap.",
     "Hubungan Masyarakat", "Rina Sari"),
    ("Kepala Divisi Kredit Usaha Kecil Bank Sentosa, Andi Pratama, mengatakan bunga kredit turun.",
     "Kredit Usaha Kecil", "Andi Pratama"),
    ("Kepala Seksi Pengawasan dan Penindakan Bea Cukai Batam, Yudi Santoso, mengatakan barang disita.",
     "Pengawasan", "Yudi Santoso"),
    # no organisation after the unit: the comma before the apposition ends it
    ("Kepala Bagian Tata Usaha, Siti Rahayu, mengatakan surat itu sudah dikirim.",
     "Tata Usaha", "Siti Rahayu"),
])
def test_unit_named_after_a_title_is_part_of_the_title(text, unit, person, ner):
    got = entities(text, ner)
    assert not any(unit in name for typ, name in got if typ == "PERSON" and name != person)
    assert ("PERSON", person) in got
    assert speakers(text + "\n\n\"Semua berjalan lancar,\" katanya.", ner)[-1] == person


def test_person_after_a_unit_title_is_not_taken_into_it():
    got = entities("Contohnya posisi Kepala Bagian Keuangan Pak Rudi, yang baru dilantik bulan lalu.", "rules")
    assert ("PERSON", "Rudi") in got


def test_given_name_before_a_capital_city_word_is_a_person():
    got = entities("Ketua baru pengganti Dedi Wellington, harus memiliki pengalaman di dunia sepak bola.",
                   "rules")
    assert ("PERSON", "Dedi Wellington") in got


@pytest.mark.parametrize("ner", MODES)
def test_no_entity_inside_a_unit_title(ner):
    # the trained model reads "Logistik" as a place here; inside the title chain it is no entity
    text = ("\u201cKorban sudah dibawa ke puskesmas,\u201d kata Kepala Bidang Rehabilitasi dan Logistik Badan "
            "Penanggulangan Bencana Daerah Garut Asep Mulyana di Garut.")
    got = entities(text, ner)
    assert not any("Logistik" in name or "Rehabilitasi" in name for _, name in got)
    assert ("PERSON", "Asep Mulyana") in got


@pytest.mark.parametrize("ner", MODES)
@pytest.mark.parametrize("text,person", [
    # a title word ("hakim", "jaksa") closing a person's name is a surname: titles come before names
    ("Sekretaris Jenderal Kementerian Pariwisata Dewi Anjani Hakim mengatakan kunjungan wisatawan naik "
     "pada tahun ini.", "Dewi Anjani Hakim"),
    ("Menurut Rudi Hartanto Hakim, jumlah wisatawan asing naik pada tahun ini.", "Rudi Hartanto Hakim"),
])
def test_title_word_closing_a_name_is_a_surname(text, person, ner):
    assert ("PERSON", person) in entities(text, ner)
    assert speakers(text, ner) == [person]


@pytest.mark.parametrize("ner", MODES)
def test_title_after_an_honorific_is_no_surname(ner):
    # "Pak Presiden": the honorific is no name, so "Presiden" stays a title, not a person
    assert not any(t == "PERSON" for t, _n in entities("Kami minta supaya Pak Presiden juga peduli soal itu.", ner))


@pytest.mark.parametrize("ner", MODES)
@pytest.mark.parametrize("text,org,person", [
    # the domains of a title go on after its comma, joined by "dan", up to the organisation or the name
    ("Direktur Keuangan, Umum dan Sumber Daya Manusia PT Bank Samudra Rina Wulandari mengatakan laba "
     "naik 12 persen.", "PT Bank Samudra", "Rina Wulandari"),
    ("Kepala Divisi Pajak, Infrastruktur dan Keamanan Siber Dimas Prakoso mengatakan sistem bank aman "
     "dari serangan.", None, "Dimas Prakoso"),
])
def test_domains_listed_after_a_titles_comma_belong_to_the_title(text, org, person, ner):
    got = entities(text, ner)
    assert ("PERSON", person) in got
    assert org is None or ("ORG", org) in got
    assert not any(n in ("Sumber Daya Manusia", "Infrastruktur", "Umum") for _t, n in got)
    assert speakers(text, ner) == [person]


def test_postposed_speaker_after_a_title_with_listed_domains():
    text = ("\"Kami berharap aturan baru segera terbit,\" tutur Kepala Divisi Pajak, Infrastruktur dan "
            "Keamanan Siber Dimas Prakoso di Jakarta, Rabu.")
    assert speakers(text, "rules") == ["Dimas Prakoso"]


@pytest.mark.parametrize("ner", MODES)
@pytest.mark.parametrize("text,person", [
    # an initial opens the name, whatever its next word is elsewhere ("Rizal" is also a province)
    ("Kepala Pelaksana BPBD Riau, M. Rizal Fauzi, mengatakan kebakaran terparah terjadi di lahan gambut.",
     "M. Rizal Fauzi"),
    # a Sasak name prefix that is also a common word ("lalu": then, ago)
    ("Kepala Dinas Kesehatan NTB, Lalu Hamdi Putra, menyebut kasus demam berdarah sudah mencapai 1.512 kasus.",
     "Lalu Hamdi Putra"),
])
def test_initials_and_regional_prefixes_open_a_name(text, person, ner):
    assert ("PERSON", person) in entities(text, ner)
    assert speakers(text, ner) == [person]


def test_a_prefix_word_at_a_sentence_start_or_in_a_compound_is_no_name():
    got = entities("Hujan turun sejak pagi. Lalu Budi pulang ke rumah dan tidur. Kasat Lalu Lintas "
                   "Polres Bogor menutup jalan itu.", "rules")
    assert not any(n.startswith("Lalu") for _t, n in got)
    # a letter ending a sentence is no acronym: "Grup A. Mereka …"
    got = entities("Timnas berada di Grup A. Mereka akan bertanding melawan Vietnam pekan depan.", "rules")
    assert not any("Mereka" in n for _t, n in got)


@pytest.mark.parametrize("ner", MODES)
def test_middle_initial_with_no_title(ner):
    text = "Menurut Gatot S. Dewa Broto, persiapan pekan olahraga sudah rampung sejak pekan lalu."
    assert ("PERSON", "Gatot S. Dewa Broto") in entities(text, ner)


@pytest.mark.parametrize("ner", MODES)
@pytest.mark.parametrize("text,person", [
    # Buton/Muna "La Ode" opens a name ("la" is otherwise a name particle or "La Liga")
    ("Ketua Serikat Buruh Konawe La Ode Karim mengatakan sedikitnya 20 pekerja tertimbun longsor.", "La Ode Karim"),
    ("Kepala Dinas ESDM, Wa Ode Nurlina, mengatakan izin perusahaan sedang diperiksa pekan ini.", "Wa Ode Nurlina"),
    # a name in apposition to a title is a person's, whatever place its first word names (Rizal province)
    ("Kepala Basarnas Kendari, Rizal Pratama, mengatakan pencarian dilanjutkan hari ini.", "Rizal Pratama"),
])
def test_name_prefixes_and_place_like_given_names(text, person, ner):
    assert ("PERSON", person) in entities(text, ner)
    assert speakers(text, ner)[-1] == person


def test_a_one_word_place_after_a_cue_is_the_person_named_so():
    text = ("Kepala Basarnas Kendari, Rizal Pratama, mengatakan pencarian dilanjutkan hari ini. "
            "\"Kami terus mencari,\" kata Rizal.")
    assert speakers(text, "rules") == ["Rizal Pratama", "Rizal Pratama"]
    assert not any(t == "GPE" for t, _n in entities(text, "rules"))
