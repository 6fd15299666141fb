"""warta_quantities: values, units, ranges, hedges, and the numbers that are not quantities."""

from __future__ import annotations

import pytest

from warta.nlp.pipeline import build_nlp


@pytest.fixture(scope="module")
def q_id():
    return build_nlp("id", components=("warta_sentences", "warta_quantities"))


@pytest.fixture(scope="module")
def q_en():
    return build_nlp("en", components=("warta_sentences", "warta_quantities"))


def find(nlp, text):
    return nlp(text)._.warta_quantities


@pytest.mark.parametrize("text,value,unit,category", [
    ("12.000 tentara", 12000, "tentara", "troops"),
    ("empat brigade", 4, "brigade", "troops"),
    ("1,5 juta orang", 1_500_000, "orang", "people"),
    ("12 ribu prajurit", 12000, "prajurit", "troops"),
    ("Rp 1,2 triliun", 1.2e12, "rupiah", "money"),
    ("Rp17.000/liter", 17000, "rupiah/liter", "money"),
    ("4.800 ringgit per ton", 4800, "ringgit per ton", "money"),
    ("US$ 80 juta", 8e7, "dollars", "money"),
    ("52,4 persen", 52.4, "persen", "percent"),
    ("naik 3,5%", 3.5, "percent", "percent"),
    ("1.153.330 suara sah", 1153330, "suara sah", "count"),
    ("2.130 TPS", 2130, "TPS", "count"),
    ("7 laporan", 7, "laporan", "count"),
    ("dua kali lipat", 2, "kali lipat", "other"),
    ("satu liter", 1, "liter", "other"),
    ("sepanjang 14,6 kilometer", 14.6, "kilometer", "distance"),
    ("dua belas orang", 12, "orang", "people"),
    ("tiga ratus lima puluh rumah", 350, "rumah", "count"),
    ("seratus warga", 100, "warga", "people"),
    ("delapan tahun penjara", 8, "tahun", "duration"),
    ("1.500 pasukan pasukan khusus", 1500, "pasukan", "troops"),
])
def test_id_value_and_unit(q_id, text, value, unit, category):
    (q,) = find(q_id, text)
    assert (q.value, q.unit, q.category) == (pytest.approx(value), unit, category)


@pytest.mark.parametrize("text,qtext,value", [
    ("sekitar 3.000 tentara", "sekitar 3.000 tentara", 3000),
    ("lebih dari enam jam", "lebih dari enam jam", 6),
    ("hampir lima persen", "hampir lima persen", 5),
    ("setidaknya 3.000 tentara", "setidaknya 3.000 tentara", 3000),
    ("melampaui 3.000 orang", "melampaui 3.000 orang", 3000),
    ("ribuan warga", "ribuan warga", 1000),
    ("ratusan rumah", "ratusan rumah", 100),
    ("puluhan ribu pengungsi", "puluhan ribu pengungsi", 10000),
])
def test_id_approximations(q_id, text, qtext, value):
    (q,) = find(q_id, text)
    assert (q.text, q.value, q.approx) == (qtext, value, True)


@pytest.mark.parametrize("text,value,upper,unit", [
    ("10-15 orang", 10, 15, "orang"),
    ("Rp16.500 hingga Rp17.000", 16500, 17000, "rupiah"),
    ("Rp 50.000 hingga Rp 100.000 per orang", 50000, 100000, "rupiah per orang"),
    ("antara Rp 2 miliar dan Rp 3 miliar", 2e9, 3e9, "rupiah"),
    ("1 hingga 2 juta orang", 1e6, 2e6, "orang"),
])
def test_id_ranges(q_id, text, value, upper, unit):
    (q,) = find(q_id, text)
    assert (q.value, q.upper, q.unit, q.approx) == (value, upper, unit, True)


@pytest.mark.parametrize("text", [
    "pada 23 Oktober 2024",
    "Rabu (23/10/2024) pukul 14:05 WIB",
    "hingga pukul 21.30 WIB",
    "Pasal 4 ayat 2",
    "pasangan nomor urut 1",
    "Persija menang 2-1 atas Persib",
    "seorang pejabat",
    "salah satu pasangan",
    "satu sama lain",
    "mengklaim satu hal",
    "kali ke-3 dan hari ketujuh",
    "Hasnah (41) mengungsi",
    "anak berusia 12 tahun",
    "Pilkada Banyumas 2024 diikuti",
    "tahun anggaran 2021–2022.",
    "di Kabupaten Lima Puluh Kota",
])
def test_id_not_quantities(q_id, text):
    assert find(q_id, text) == []


@pytest.mark.parametrize("text,value,unit,approx", [
    ("about 10,000 troops", 10000, "troops", True),
    ("$1.5 million", 1.5e6, "dollars", False),
    ("about $45 million a day", 4.5e7, "dollars", True),
    ("$5,000 per worker", 5000, "dollars per worker", False),
    ("a dozen soldiers", 12, "soldiers", False),
    ("dozens of police officers", 12, "police officers", True),
    ("25%", 25, "percent", False),
    ("5 per cent", 5, "per cent", False),
    ("lowering it by 25 basis points", 25, "basis points", False),
    ("a 25-basis-point cut", 25, "basis-point", False),
    ("at least 3,000 North Korean soldiers", 3000, "soldiers", True),
    ("about 12,000 of its members", 12000, "members", True),
    ("three Ontario assembly plants", 3, "plants", False),
    ("the two sides signed", 2, "sides", False),
    ("1,392.2 won per dollar", 1392.2, "won per dollar", False),
    ("tens of thousands of workers", 10000, "workers", True),
    ("four years", 4, "years", False),
])
def test_en_value_and_unit(q_en, text, value, unit, approx):
    (q,) = find(q_en, text)
    assert (q.value, q.unit, q.approx) == (pytest.approx(value), unit, approx)


def test_en_range_and_text(q_en):
    (q,) = find(q_en, "could be 11,000 to 12,000 soldiers")
    assert (q.text, q.value, q.upper, q.approx) == ("11,000 to 12,000 soldiers", 11000, 12000, True)
    (q,) = find(q_en, "between 5,000 and 7,000 people attended")
    assert (q.value, q.upper, q.unit) == (5000, 7000, "people")


@pytest.mark.parametrize("text", [
    "on Oct. 23, 2024",
    "KYIV, Nov 5 (Globe Wire)",
    "at 4:16 a.m. EDT",
    "Kim, 40, said",
    "the team won 2-1",
    "Article 5 of the treaty",
    "the first time",
    "one of the officials",
    "a 17-year-old boy",
    "since 2009, and in 2026",
    "12,000 walked out",
])
def test_en_not_quantities(q_en, text):
    assert find(q_en, text) == []


def test_offsets_and_body_start(q_id):
    text = "Tentara Korut Jadi 3.000\nSekitar 1.150 warga mengungsi, 312 rumah rusak."
    nlp = q_id
    doc = nlp.make_doc(text)
    doc._.warta_body_start = text.index("\n") + 1
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    qs = doc._.warta_quantities
    assert [q.text for q in qs] == ["Sekitar 1.150 warga", "312 rumah"]
    assert all(text[q.start:q.end] == q.text for q in qs)


def test_find_is_pure(q_id):
    finder = q_id.get_pipe("warta_quantities")
    doc = q_id.make_doc("empat brigade")
    assert [q.value for q in finder.find(doc)] == [4]
    assert doc._.warta_quantities is None


def test_languages_without_resources_get_no_quantities():
    nlp = build_nlp("xx", components=("warta_sentences", "warta_quantities"))
    assert "warta_quantities" not in nlp.pipe_names


# -- rules added for pages the first rules never saw ------------------------------------------

@pytest.mark.parametrize("text,value,unit,category", [
    ("bantuan 500 juta lira", 5e8, "lira", "money"),
    ("senilai 1,5 miliar reais", 1.5e9, "reais", "money"),
    ("sekitar 150 hektare sawah", 150, "hektare", "other"),
    ("curah hujan 150 milimeter", 150, "milimeter", "distance"),
    ("mengoleksi 16 poin", 16, "poin", "other"),
    ("turun 0,5 poin persentase", 0.5, "poin persentase", "percent"),
    ("gempa bermagnitudo 5,6 mengguncang", 5.6, "magnitudo", "other"),
])
def test_id_more_units(q_id, text, value, unit, category):
    (q,) = find(q_id, text)
    assert (q.value, q.unit, q.category) == (pytest.approx(value), unit, category)


@pytest.mark.parametrize("text", [
    "Seorang remaja 17 tahun dievakuasi",
    "bocah 5 tahun di Bekasi",
    "Seorang pria 40 tahun hanyut",
    "pasien anak berusia 5 hingga 14 tahun",
    "gol pada menit 58 sebelum turun minum",
])
def test_id_ages_and_minute_marks_not_quantities(q_id, text):
    assert find(q_id, text) == []


def test_id_compound_duration_counts_both_parts(q_id):
    qs = find(q_id, "divonis 4 tahun 6 bulan penjara")
    assert [(q.value, q.unit) for q in qs] == [(4, "tahun"), (6, "bulan")]


@pytest.mark.parametrize("text,qtexts", [
    ("Korban luka-luka mencapai 700 lebih.", [("700 lebih", 700, "Korban", True)]),
    ("Tercatat 700 lebih korban.", [("700 lebih korban", 700, "korban", True)]),
    ("Bandung menjadi daerah dengan kasus terbanyak, yakni 4.215.", [("4.215", 4215, "kasus", False)]),
    ("Bawaslu menerima 9 laporan, tiga di antaranya diteruskan.",
     [("9 laporan", 9, "laporan", False), ("tiga di antaranya", 3, "laporan", False)]),
    ("Sebanyak 2.345 rumah rusak berat dan ratusan lainnya rusak ringan.",
     [("2.345 rumah", 2345, "rumah", False), ("ratusan lainnya", 100, "rumah", True)]),
    ("Total suara sah mencapai 126.002, suara tidak sah sebanyak 3.118.",
     [("126.002", 126002, "suara sah", False), ("3.118", 3118, "suara tidak sah", False)]),
])
def test_id_elliptical_numbers(q_id, text, qtexts):
    qs = find(q_id, text)
    assert [(q.text, q.value, q.unit, q.approx) for q in qs] == qtexts


@pytest.mark.parametrize("text", [
    "Skor akhir mencapai 12.",
    "Ia masih 12, katanya.",
    "Harga naik menjadi 15.000 di pasar.",
])
def test_id_bare_numbers_without_antecedent_not_quantities(q_id, text):
    assert find(q_id, text) == []


@pytest.mark.parametrize("text,value,unit,category,approx", [
    ("promised 1.5 billion reais in aid", 1.5e9, "reais", "money", False),
    ("released 500 million lira", 5e8, "lira", "money", False),
    ("a 300 million franc charge", 3e8, "franc", "money", False),
    ("raised 15,000 crore rupees", 1.5e11, "rupees", "money", False),
    ("Rs 500 crore", 5e9, "rupees", "money", False),
    ("R$20 billion", 2e10, "reais", "money", False),
    ("2.4 billion riyals", 2.4e9, "riyals", "money", False),
    ("Up to 150 millimeters of rain fell", 150, "millimeters", "distance", True),
    ("about 20,000 hectares of soybeans", 20000, "hectares", "other", True),
    ("A 7.2-magnitude earthquake", 7.2, "magnitude", "other", False),
    ("the yen weakened to 154.8 per dollar", 154.8, "per dollar", "other", False),
    ("holding back 1 million bpd", 1e6, "bpd", "other", False),
    ("about 40,000 donors", 40000, "donors", "people", True),
])
def test_en_more_units(q_en, text, value, unit, category, approx):
    (q,) = find(q_en, text)
    assert (q.value, q.unit, q.category, q.approx) == (pytest.approx(value), unit, category, approx)


def test_en_percent_range_with_sign_on_both(q_en):
    (q,) = find(q_en, "returns of 18% to 22%")
    assert (q.text, q.value, q.upper, q.unit, q.approx) == ("18% to 22%", 18, 22, "percent", True)


def test_en_change_then_level_is_not_a_range(q_en):
    qs = find(q_en, "Brent climbed $1.64 to $82.75 a barrel")
    assert [(q.text, q.value, q.approx) for q in qs] == [("$1.64", 1.64, False), ("$82.75", 82.75, False)]


@pytest.mark.parametrize("text", [
    "a man 40 years old was arrested",
    "a girl aged 17 was rescued",
    "He is 17 years of age.",
])
def test_en_ages_not_quantities(q_en, text):
    assert find(q_en, text) == []


@pytest.mark.parametrize("text,qtexts", [
    ("Floods killed at least 83 people and injured more than 300, officials said.",
     [("at least 83 people", 83, "people", True), ("more than 300", 300, "people", True)]),
    ("Tens of thousands of people have fled their homes, with nearly 19,000 in shelters.",
     [("Tens of thousands of people", 1e4, "people", True), ("nearly 19,000", 19000, "people", True)]),
    ("The quake killed 12 people. Another 40 were injured.",
     [("12 people", 12, "people", False), ("40", 40, "people", False)]),
])
def test_en_elliptical_numbers(q_en, text, qtexts):
    qs = find(q_en, text)
    assert [(q.text, q.value, q.unit, q.approx) for q in qs] == qtexts


@pytest.mark.parametrize("text", [
    "The vote was 12 to 3 in favour.",
    "Shares closed at 42.",
    "It rose to 300 on Monday.",
])
def test_en_bare_numbers_without_antecedent_not_quantities(q_en, text):
    assert find(q_en, text) == []


def test_a_unit_noun_with_a_possessive_clitic_is_still_the_unit(q_id):
    got = find(q_id, "Gubernur mengatakan sedikitnya 11 warganya meninggal dunia.")
    assert [(q.value, q.unit, q.category) for q in got] == [(11, "warganya", "people")]


def test_a_bare_number_after_at_counts_only_after_a_frame_verb(q_en):
    text = "The agency put the crowd at 28,000 and the later march at 9,500. The plane landed at 6 in the morning."
    got = [(q.value, q.unit, q.category) for q in find(q_en, text)]
    assert (28000, "people", "people") in got and (9500, "people", "people") in got  # the crowd's members
    assert not any(v == 6 for v, _u, _c in got)


def test_a_bare_number_after_including_counts_what_its_whole_counts(q_en):
    text = 'He said "more than 200,000 workers" had marched in 40 towns, including 150,000 in Lisbon and 40,000 in Porto.'
    got = [(q.value, q.unit) for q in find(q_en, text)]
    assert (150000, "workers") in got and (40000, "workers") in got
    other = "The agency counted 300 deaths, including 120 children and 40 in the capital."
    assert not any(v == 40 for v, _u in ((q.value, q.unit) for q in find(q_en, other)))
