"""Questions: what a figure measures, its day, place and approximation; when answers disagree;
which statements answer one proposition. Sentences are written here, in both languages."""

from __future__ import annotations

import pytest

from warta.corpus.figures import (
    approximation,
    as_of,
    dimension,
    figure_measure,
    increment,
    part_of_whole,
    place_key,
    place_of,
    superseded,
)
from warta.corpus.questions import (
    Question,
    anaphoric,
    compatible,
    content_words,
    measure_answer,
    proposition_groups,
    stem,
)


def spans(text: str, *figures: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for f in figures:
        k = text.index(f, pos)
        out.append((k, k + len(f)))
        pos = k + len(f)
    return out


def measures(text: str, *figures: str, categories=None) -> list[str | None]:
    figs = spans(text, *figures)
    cats = categories or ["people"] * len(figs)
    return [figure_measure(text, s, e, figs, cat, dimension(cat, text[s:e].split()[-1]))
            for (s, e), cat in zip(figs, cats, strict=True)]


def test_each_figure_of_a_clause_list_answers_its_own_measure():
    text = "Menurut BPBD, enam orang meninggal dunia, sembilan orang hilang dan 1.240 warga mengungsi."
    assert measures(text, "enam orang", "sembilan orang", "1.240 warga") == ["dead", "missing", "displaced"]
    en = "The agency said 23 people had died, 12 were still missing and 37 were injured."
    assert measures(en, "23 people", "12", "37") == ["dead", "missing", "injured"]


def test_a_measure_word_far_before_its_figure_names_a_head_count_but_not_a_count_of_things():
    text = ("Jumlah korban meninggal dunia akibat banjir bandang dan tanah longsor di Kabupaten Garut, "
            "Jawa Barat, bertambah menjadi delapan orang.")
    assert measures(text, "delapan orang") == ["dead"]
    text2 = "Sebanyak 3.000 tentara Korut berlatih di tiga lokasi."
    assert measures(text2, "3.000 tentara", "tiga lokasi", categories=["troops", "count"]) == ["troops", None]


def test_a_figure_nobody_says_what_it_counts_answers_nothing():
    text = "Angka itu disampaikan pada 12 November."
    (s, e), = spans(text, "12")
    assert measure_answer(text, s, e, 12, None, "count", [(s, e)], "2024-11-12") is None


def test_a_measure_word_that_does_not_fit_the_figure_is_skipped():
    text = "The regulator said 14 batches are affected."
    (s, e), = spans(text, "14 batches")
    a = measure_answer(text, s, e, 14, "batches", "count", [(s, e)], None)
    assert a.question.what == "batches" and a.question.dimension == "count"


@pytest.mark.parametrize("text, figure, expected", [
    ("sedikitnya 12 pekerja tertimbun", "12 pekerja", "lower"),
    ("more than 10,000 troops", "10,000 troops", "lower"),
    ("hampir 1.000 orang terluka", "1.000 orang", "upper"),
    ("about 3,000 soldiers", "3,000 soldiers", "about"),
    ("700 lebih korban", "700", "lower"),
    ("tujuh orang hilang", "tujuh orang", None),
])
def test_approximation_words(text, figure, expected):
    (s, e), = spans(text, figure)
    assert approximation(text, s, e) == expected


def test_compatible_answers_allow_rounding_and_what_approximation_words_allow():
    assert compatible(10000, "lower", 11000, None)  # "more than 10,000" and 11,000
    assert not compatible(10000, "lower", 150000, None)
    assert compatible(3000, "about", 3100, None)  # "about 3,000" and 3,100
    assert not compatible(71.2, "about", 70.8, None)  # "sekitar 71,2 persen" is exact to a tenth
    assert not compatible(71.2, None, 70.8, None)
    assert compatible(12000, None, 12040, None)
    assert compatible(1000, "upper", 950, None) and not compatible(1000, "upper", 1100, None)


def test_the_day_a_toll_is_counted_as_of():
    text = "Jumlah korban meninggal bertambah menjadi delapan orang hingga Senin (17/11/2025) pukul 18.00 WIB."
    (s, e), = spans(text, "delapan orang")
    assert as_of(text, s, e, "2025-11-18") == "2025-11-17"
    en = "The council said 23 people were dead as of Tuesday."
    (s, e), = spans(en, "23 people")
    assert as_of(en, s, e, "2025-10-22") == "2025-10-21"
    # "on Monday" says when it happened, not as of when it is counted
    en2 = "The landslide killed 12 workers on Monday night."
    (s, e), = spans(en2, "12 workers")
    assert as_of(en2, s, e, "2024-11-12") == "2024-11-12"


def test_figures_that_answer_nothing_themselves():
    rev = "BPBD merevisi data korban meninggal dari enam orang menjadi sembilan orang."
    six, nine = spans(rev, "enam orang", "sembilan orang")
    assert superseded(rev, *six) and not superseded(rev, *nine)
    inc = "Deden mengatakan dua jenazah kembali ditemukan warga."
    assert increment(inc, *spans(inc, "dua jenazah")[0])
    sub = "Perusahaan menyebut sembilan pekerja tertimbun, yakni lima karyawan dan empat pekerja subkontraktor."
    figs = spans(sub, "sembilan pekerja", "lima karyawan", "empat pekerja")
    assert not part_of_whole(sub, *figs[0], figs, "trapped")
    assert part_of_whole(sub, *figs[1], figs, "trapped")
    tot = "Manifes mencatat 67 penumpang ditambah sembilan ABK, total 76 orang berada di atas kapal."
    figs = spans(tot, "67 penumpang", "sembilan ABK", "76 orang")
    assert part_of_whole(tot, *figs[0], figs, "on_board") and not part_of_whole(tot, *figs[2], figs, "on_board")


def test_a_place_right_by_a_figure_scopes_it_a_place_further_off_does_not():
    text = "Fonseca said 150,000 marched in Lisbon and 40,000 in Porto."
    figs = spans(text, "150,000", "40,000")
    places = [(text.index("Lisbon"), text.index("Lisbon") + 6, "n:lisbon"),
              (text.index("Porto"), text.index("Porto") + 5, "n:porto")]
    assert place_of(text, *figs[1], places, figs) == "n:porto"
    id_text = "Jumlah siswa keracunan di Kecamatan Kertek mencapai 152 orang."
    (s, e), = spans(id_text, "152 orang")
    k = id_text.index("Kertek")
    assert place_of(id_text, s, e, [(k, k + 6, "n:kertek")], [(s, e)]) is None


def test_compass_words_make_place_keys_language_independent():
    assert place_key("n:north konawe") == place_key("n:konawe utara") == "n:konawe ~north"
    assert place_key("n:sulawesi tengara") == place_key("n:southeast sulawesi")


def test_question_keys_round_trip_and_label_in_each_language():
    q = Question("measure", "dead", "people", as_of="2025-11-17", place="n:garut", qualifiers=("planned",))
    assert Question.from_key(q.key) == q
    assert q.but(as_of=None).key == "m|dead|people||n:garut||planned"
    assert Question("measure", "dead", "people", as_of="2025-11-17").label("id") == "Berapa korban meninggal per 2025-11-17?"
    assert Question("measure", "displaced", "people").label("en") == "How many displaced?"


def test_indonesian_affixes_meet_in_stems():
    assert stem("ditangkap", "id") == stem("menangkap", "id") == stem("penangkapan", "id")
    assert stem("arrested", "en") == stem("arrest", "en")
    assert "gas" in content_words("Polisi tidak menembakkan gas air mata", lang="id")


def test_a_denial_groups_with_the_statements_that_share_its_rare_words():
    stmts = ["Polisi menembakkan gas air mata ke arah massa", "Massa membubarkan diri pukul 18.00",
             "Polisi tidak menggunakan gas air mata", "Massa membawa spanduk", "Polisi menangkap 31 buruh",
             "Buruh menuntut kenaikan upah", "Polisi berjaga di Patung Kuda", "Massa bergerak ke DPR"]
    words = [content_words(t, lang="id") for t in stmts]
    groups = proposition_groups([(i, i == 2, w) for i, w in enumerate(words)])
    assert groups == [[2, 0]]  # "gas", "mata": two of eight statements use them
    assert anaphoric("Polda membantah tudingan tersebut") and not anaphoric("Polda membantah menembakkan gas")


def test_extraction_fills_claim_answers_with_their_questions():
    from warta.extraction import extract

    page = ("Banjir Bandang Terjang Garut\n"
            "GARUT, Kabar Contoh — Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut mencatat enam "
            "orang meninggal dunia, sembilan orang hilang dan 1.240 warga mengungsi hingga Senin (17/11/2025).\n"
            "Bupati Garut Deden Rusmana mengatakan korban meninggal sudah mencapai 11 orang.\n")
    art = extract(page, lang="id", source="garut.txt")
    answers = [(a.question.measure, a.value, a.question.as_of) for c in art.claims for a in c.answers]
    assert ("dead", 6.0, "2025-11-17") in answers and ("missing", 9.0, "2025-11-17") in answers
    assert ("displaced", 1240.0, "2025-11-17") in answers
    labels = {a.question.label for c in art.claims for a in c.answers}
    assert "Berapa korban hilang per 2025-11-17?" in labels


def test_a_figure_that_corrects_another_or_restates_it_takes_its_measure():
    from warta.corpus.entities import ArticleEntities
    from warta.corpus.questions import Statement, article_answers
    from warta.models import Article, Quantity

    text = ("Dinkes mencatat 96 siswa SMP itu keracunan. Kepala sekolah Eko berkata: \"Dari sekolah kami 61 anak, "
            "bukan 96 anak.\" KPK menaksir kerugian negara mencapai Rp 12,4 miliar. \"Dari situ kami dapat "
            "angka Rp 12,4 miliar,\" kata Ardian.")
    figs = [("96 siswa", 96, "siswa", "people"), ("61 anak", 61, "anak", "people"), ("96 anak", 96, "anak", "people"),
            ("Rp 12,4 miliar", 12.4e9, "rupiah", "money")]
    quants, pos = [], 0
    for t, v, u, c in figs:
        k = text.index(t, pos)
        quants.append(Quantity(text=t, value=v, unit=u, category=c, span=(k, k + len(t))))
        pos = k + len(t)
    last = text.rindex("Rp 12,4 miliar")
    quants.append(Quantity(text="Rp 12,4 miliar", value=12.4e9, unit="rupiah", category="money",
                           span=(last, last + 14)))
    art = Article(id="x", language="id", text=text, quantities=quants, published="2025-10-15")
    eko = text.index("Dari sekolah"), text.index("anak.") + 4
    ardian = text.index("Dari situ"), last + 14
    st = [Statement(*eko, True, None, "berkata", 61), Statement(*ardian, True, None, "kata", 12.4e9)]
    (a61,), (a124,) = article_answers(art, st, ArticleEntities([]))  # "bukan 96": not Eko's answer
    assert (a61.question.what, a61.value) == ("sick", 61)
    assert (a124.question.what, a124.value) == ("loss", 12.4e9)


def test_residents_evacuated_are_the_displaced_head_count_in_both_languages():
    en = "A total of 3,812 residents have been evacuated to 11 shelters, the agency said."
    assert measures(en, "3,812 residents") == ["displaced"]
    idn = "Sebanyak 3.812 warga dievakuasi ke 11 titik pengungsian."
    assert measures(idn, "3.812 warga") == ["displaced"]


def test_a_state_noun_of_the_figure_holds_against_a_verb_near_it():
    # bodies evacuated are a death count; passengers rescued are a rescue count
    assert measures("Tiga jenazah sudah dievakuasi dari lokasi itu.", "Tiga jenazah") == ["dead"]
    assert measures("Sebanyak 58 penumpang berhasil diselamatkan.", "58 penumpang") == ["rescued"]


def test_people_treated_and_substances_released_are_measures_in_both_languages():
    assert measures("Hingga Selasa pagi, 47 warga dirawat di puskesmas.", "47 warga") == ["hospitalised"]
    assert measures("Nine passengers were taken to hospital, the airline said.", "Nine passengers") == ["hospitalised"]
    idn = "Sekitar 1.200 kilogram amonia terlepas ke udara."
    assert measures(idn, "1.200 kilogram", categories=["weight"]) == ["released"]
    en = "About 300 tonnes of oil leaked into the bay."
    assert measures(en, "300 tonnes", categories=["weight"]) == ["released"]


def test_a_place_that_ends_an_institutions_name_scopes_the_figure_to_the_institution():
    text = "Anindya merinci, korban terbanyak berasal dari SMP Negeri 2 Kertek sebanyak 96 siswa."
    (s, e), = spans(text, "96 siswa")
    k = text.index("Kertek")
    assert place_of(text, s, e, [(k, k + 6, "n:kertek")], [(s, e)]) == "i:smp negeri 2 kertek"
    plain = "Petugas mencatat di Kertek sebanyak 96 siswa dirawat."
    (s, e), = spans(plain, "96 siswa")
    k = plain.index("Kertek")
    assert place_of(plain, s, e, [(k, k + 6, "n:kertek")], [(s, e)]) == "n:kertek"


def test_a_limit_word_makes_a_count_on_board_the_capacity():
    text = "Kapal itu memiliki izin untuk mengangkut maksimal 80 orang."
    (s, e), = spans(text, "80 orang")
    a = measure_answer(text, s, e, 80, "orang", "people", [(s, e)], None)
    assert (a.question.what, a.approx) == ("capacity", None)  # a limit of 80, not "up to 80": 75 differs
    en = "The ferry, licensed to carry a maximum of 80 passengers, was carrying 92."
    (s, e), = spans(en, "80 passengers")
    assert measure_answer(en, s, e, 80, "passengers", "people", [(s, e)], None).question.what == "capacity"
    plain = "Kapal itu mengangkut 92 orang saat tenggelam."
    (s, e), = spans(plain, "92 orang")
    assert measure_answer(plain, s, e, 92, "orang", "people", [(s, e)], None).question.what == "on_board"


def test_a_denial_of_a_figure_points_back_at_a_figure():
    from warta.corpus.questions import figure_denial

    assert figure_denial("juru bicara perusahaan membantah angka tersebut")
    assert figure_denial("the company spokesman denied the police figure")
    assert not figure_denial("Polda membantah tudingan tersebut")


def test_a_possessive_resident_noun_counts_the_people_of_the_place_named_before():
    text = "Gubernur Catanduanes Patricia Sarmiento mengatakan sedikitnya 11 warganya meninggal dunia."
    (s, e), = spans(text, "11 warganya")
    k = text.index("Catanduanes")
    assert place_of(text, s, e, [(k, k + 11, "n:catanduanes")], [(s, e)]) == "n:catanduanes"


def test_a_rate_is_keyed_by_the_year_it_is_for():
    from warta.corpus.figures import period

    en = "The bank lowered its forecast for economic growth this year to 2.2% from 2.4%, and for 2025 to 1.9%."
    figs = spans(en, "2.2%", "2.4%", "1.9%")
    assert [period(en, s, e, figs, "2024-11-28") for s, e in figs] == ["2024", "2025", "2025"]
    nxt = "The fund expected growth of 2.0% next year."
    (s, e), = spans(nxt, "2.0%")
    a = measure_answer(nxt, s, e, 2.0, "percent", "percent", [(s, e)], "2024-11-28")
    assert a.question.qualifiers == ("year:2025",)
    assert a.question.label("en") == "How many growth (%) in 2025?"
    idn = "IMF memproyeksikan pertumbuhan ekonomi Indonesia 5,1 persen pada 2025."
    (s, e), = spans(idn, "5,1 persen")
    a = measure_answer(idn, s, e, 5.1, "persen", "percent", [(s, e)], "2024-10-01")
    assert (a.question.what, a.question.qualifiers) == ("growth", ("year:2025",))
    assert a.question.label("id").endswith("pada 2025?")


def test_a_figure_a_change_comes_from_after_the_new_figure_is_superseded():
    en = "The bank lowered its forecast to 2.2% from 2.4%."
    figs = spans(en, "2.2%", "2.4%")
    assert superseded(en, *figs[1], figs) and not superseded(en, *figs[0], figs)
    idn = "BI menurunkan proyeksi pertumbuhan menjadi 4,9 persen dari 5,1 persen."
    figs = spans(idn, "4,9 persen", "5,1 persen")
    assert superseded(idn, *figs[1], figs)
    plain = "Police said 40 people came from 12 villages."
    figs = spans(plain, "40 people", "12 villages")
    assert not superseded(plain, *figs[1], figs)


def test_a_list_of_figures_takes_the_measure_named_at_its_head():
    from warta.extraction import extract

    page = ("Bank Cuts Forecast\n"
            "November 28, 2024\n"
            "SEOUL, Contoh Times — The Bank of Korea lowered its forecast for economic growth this year to 2.2% "
            "from 2.4%, and for 2025 to 1.9% from 2.1%. The International Monetary Fund said after its review "
            "this month that it expected growth of 2.0% next year.\n")
    art = extract(page, lang="en", source="bok.txt")
    got = {(c.source, a.value, a.question.key) for c in art.claims for a in c.answers}
    assert ("Bank of Korea", 1.9, "m|growth|percent||||year:2025") in got
    assert ("International Monetary Fund", 2.0, "m|growth|percent||||year:2025") in got
    assert not any(v in (2.4, 2.1) for _s, v, _k in got)  # the figures the forecast was lowered from


def test_the_day_a_figure_was_said_or_an_event_began_is_not_its_as_of_day():
    said = "“Sebanyak 44 siswa sempat dirawat inap,” kata Dimas di Mapolres Wonosobo, Kamis (16/10/2025)."
    (s, e), = spans(said, "44 siswa")
    assert as_of(said, s, e, "2025-10-16", "2025-10-15") == "2025-10-15"  # the lead's day, not the speech day
    assert as_of(said, s, e, "2025-10-16") == "2025-10-16"
    since = "Jumlah korban meninggal akibat topan sejak Minggu (19/10) mencapai 31 orang."
    (s, e), = spans(since, "31 orang")
    assert as_of(since, s, e, "2025-10-21") == "2025-10-21"


def test_an_articles_lead_dates_its_later_figures_only_with_an_as_of_word():
    from warta.corpus.figures import lead_day

    text = ("Polisi mencatat 152 orang keracunan hingga Rabu (15/10/2025) malam.\n"
            "Sebanyak 44 siswa sempat dirawat inap.")
    figs = spans(text, "152 orang", "44 siswa")
    assert lead_day(text, figs, "2025-10-16") == "2025-10-15"
    event = "Kapal yang tenggelam pada Sabtu (19/7) dini hari mengangkut 92 orang.\nSebanyak 60 orang selamat."
    assert lead_day(event, spans(event, "92 orang", "60 orang"), "2025-07-20") is None


def test_a_part_whose_subset_words_are_inside_its_own_text_answers_nothing():
    text = "Korban meninggal enam orang, dua di antaranya anak-anak."
    figs = spans(text, "enam orang", "dua di antaranya")
    assert part_of_whole(text, *figs[1], figs, "dead")


def test_outpatients_are_not_the_hospitalised():
    text = "Yang dirawat inap 37 anak, sisanya 106 siswa rawat jalan."
    assert measures(text, "37 anak", "106 siswa") == ["hospitalised", "outpatients"]
    en = "Of those, 37 were admitted to hospital and 106 were treated as outpatients."
    assert measures(en, "37", "106") == ["hospitalised", "outpatients"]


def test_a_count_of_the_speakers_own_school_answers_the_schools_question():
    from warta.extraction import extract

    page = ("Siswa Keracunan di Kertek\n"
            "WONOSOBO, Kabar Contoh — Dinas Kesehatan mencatat korban keracunan terbanyak berasal dari "
            "SMP Negeri 2 Kertek sebanyak 96 siswa.\n"
            "Kepala SMP Negeri 2 Kertek, Eko Prasetyo Nugroho, menyebut hanya 61 siswanya yang keracunan.\n")
    art = extract(page, lang="id", source="kertek.txt")
    places = {a.value: a.question.place for c in art.claims for a in c.answers}
    assert places[96.0] == places[61.0] == "i:smp negeri 2 kertek"


def _said(source, stance, evidence, lang, subject=None, predicate="states", obj=None):
    from types import SimpleNamespace

    return SimpleNamespace(source=source, stance=stance, evidence=evidence, language=lang, subject=subject,
                           predicate=predicate, object=obj, value=None)


def test_a_whether_label_is_a_question_built_from_the_proposition_in_each_language():
    from warta.corpus.questions import proposition_label

    claims = [_said("NIS", "asserts", "Korea Utara mengirim 1.500 pasukan ke Rusia", "id", "Korea Utara",
                    "send_troops", "Rusia"),
              _said("Pentagon", "unconfirmed", "could not confirm North Korea sent troops", "en", "North Korea",
                    "send_troops", "Russia")]
    assert proposition_label(claims, "id") == "Apakah Korea Utara mengirim pasukan ke Rusia?"
    assert proposition_label(claims, "en") == "Did North Korea send troops to Russia?"


def test_a_whether_label_without_a_predicate_asks_what_the_denial_disputes():
    from warta.corpus.questions import proposition_label

    claims = [_said("Andi", "asserts", "aparat menembakkan gas air mata ke arah massa", "id"),
              _said("Hari", "denies", "polisi menggunakan gas air mata", "id")]
    assert proposition_label(claims, "id") == "Apakah benar polisi menggunakan gas air mata?"
    own = [_said("Darmanto", "denies", "pihaknya tidak pernah menginstruksikan pembagian uang kepada pemilih", "id"),
           _said("Wiryo", "asserts", "relawan membagikan uang kepada pemilih", "id")]
    assert proposition_label(own, "id") == "Apakah benar Darmanto menginstruksikan pembagian uang kepada pemilih?"
    # a denial that only points back asks what was asserted
    back = [_said("Peskov", "denies", "juru bicara Kremlin Dmitry Peskov menepisnya", "id"),
            _said("NIS", "asserts", "ribuan tentara Korut sudah berada di Rusia", "id")]
    assert proposition_label(back, "id") == "Apakah benar ribuan tentara Korut sudah berada di Rusia?"
    en = [_said("PSP", "denies", "officers had charged at demonstrators", "en"),
          _said("CGTP", "asserts", "riot police had charged at peaceful marchers", "en")]
    assert proposition_label(en, "en") == "Is it true that officers had charged at demonstrators?"


def test_houses_are_counted_by_their_state():
    text = "Sebanyak 120 rumah warga rusak berat dan 300 rumah terendam banjir."
    figs = spans(text, "120 rumah", "300 rumah")
    got = [measure_answer(text, s, e, v, "rumah", "count", figs, "2025-01-02").question for (s, e), v in zip(figs, (120, 300), strict=True)]
    assert [q.qualifiers for q in got] == [("state:destroyed",), ("state:flooded",)]
    assert got[0].label("id") == "Berapa rumah rusak berat per 2025-01-02?"
    en = "The storm destroyed 45 houses and some 300 homes were flooded."
    figs = spans(en, "45 houses", "300 homes")
    got = [measure_answer(en, s, e, v, "houses", "count", figs, None).question for (s, e), v in zip(figs, (45, 300), strict=True)]
    assert [q.qualifiers for q in got] == [("state:destroyed",), ("state:flooded",)]
    assert got[1].label("en") == "How many houses flooded?"


def test_a_pronoun_subject_is_not_a_pointer_back():
    assert not anaphoric("it had breached safety rules")
    assert anaphoric("it rejected the criticism") and anaphoric("Polda membantah tudingan tersebut")


def test_other_and_including_are_no_content_a_denial_is_matched_on():
    assert "lain" not in content_words("Ini tampak seperti berita palsu lainnya", lang="id")
    assert content_words("another fake report, including others", lang="en") == {"fake"}


def test_a_figure_joined_by_and_to_a_part_is_a_part_too():
    text = "Police said nine workers were unaccounted for, five of its own employees and four employees of a contractor."
    figs = spans(text, "nine workers", "five", "four employees")
    assert [part_of_whole(text, *f, figs, "missing") for f in figs] == [False, True, True]
    plain = "Enam orang meninggal dunia dan sembilan orang hilang."
    figs = spans(plain, "Enam orang", "sembilan orang")
    assert not any(part_of_whole(plain, *f, figs, "missing") for f in figs)


def test_a_part_tied_to_its_own_place_answers_that_places_question():
    from warta.extraction import extract

    page = ("Strike Shuts Portugal\n"
            "LISBON, Contoh Post — Union leader Rui Fonseca told RTP that \"more than 200,000 workers\" had marched "
            "in 40 towns, including 150,000 in Lisbon and 40,000 in Porto. The Public Security Police put the "
            "Porto march at 9,500.\n")
    art = extract(page, lang="en", source="porto.txt")
    got = {(c.source, a.value): (a.question.measure, a.question.place) for c in art.claims for a in c.answers}
    assert got[("Rui Fonseca", 40000.0)] == ("participants", "n:porto")
    assert got[("Public Security Police", 9500.0)] == ("participants", "n:porto")
    assert got[("Rui Fonseca", 200000.0)] == ("participants", None)


def test_a_haul_seized_an_ash_column_and_a_bribe_share_are_measures_in_both_languages():
    assert measures("Jumlah uang yang disita mencapai Rp 2,3 miliar.", "Rp 2,3 miliar", categories=["money"]) == ["seized"]
    assert measures("KPK mengamankan uang tunai Rp 850 juta dari rumah itu.", "Rp 850 juta",
                    categories=["money"]) == ["seized"]
    assert measures("Police seized 40 kilograms of methamphetamine.", "40 kilograms", categories=["weight"]) == ["seized"]
    assert measures("Tuesday's eruption sent ash 7,000 metres above the summit.", "7,000 metres",
                    categories=["distance"]) == ["ash_column"]
    assert measures("Kolom abu letusan mencapai 5.000 meter di atas puncak.", "5.000 meter",
                    categories=["distance"]) == ["ash_column"]
    assert measures("Uang itu bagian dari komitmen fee 15 persen dari nilai proyek.", "15 persen",
                    categories=["percent"]) == ["fee_share"]
    assert measures("Haryo diduga meminta fee sebesar 10 persen dari nilai kontrak.", "10 persen",
                    categories=["percent"]) == ["fee_share"]
    # a bank's fee income is no bribe; a count of things seized answers no one question
    assert measures("Pendapatan jasa (fee based income) naik 25 persen.", "25 persen", categories=["percent"]) != ["fee_share"]
    assert measures("Yang disita 569 SIM.", "569 SIM", categories=["count"]) != ["seized"]


def test_a_day_written_with_its_month_name_is_the_day_a_toll_counts_as_of():
    idn = "Hingga 17 November 2025, korban meninggal mencapai 20 orang."
    (s, e), = spans(idn, "20 orang")
    assert as_of(idn, s, e, "2025-11-19") == "2025-11-17"
    en = "As of November 30, the death toll stood at 41."
    (s, e), = spans(en, "41")
    assert as_of(en, s, e, "2025-12-02") == "2025-11-30"
    # the day it began is not the day it counts as of; a lowercase "may" is no month
    since = "Sejak 1 November, 12 orang meninggal dunia."
    (s, e), = spans(since, "12 orang")
    assert as_of(since, s, e, "2025-11-19") == "2025-11-19"
    modal = "Officials said 30 may have died."
    (s, e), = spans(modal, "30")
    assert as_of(modal, s, e, "2025-11-19") == "2025-11-19"


def test_a_long_name_between_a_figure_and_its_verb_is_one_constituent():
    text = "About 42 flights to and from Ternate's Sultan Babullah Airport were cancelled on Wednesday."
    assert measures(text, "42 flights", categories=["count"]) == ["cancelled"]


def test_layoffs_wages_owed_works_progress_and_allocations_are_measures_in_both_languages():
    assert measures("Sebanyak 1.150 pekerja terkena PHK tahun ini.", "1.150 pekerja") == ["laid_off"]
    assert measures("About 2,000 workers were laid off in March.", "2,000 workers") == ["laid_off"]
    assert measures("Tunggakan upah Juni-Juli mencapai Rp 14 miliar.", "Rp 14 miliar", categories=["money"]) == ["arrears"]
    assert measures("Progres konstruksi ruas tol itu baru 64 persen.", "64 persen", categories=["percent"]) == ["progress"]
    assert measures("Alokasi elpiji untuk Batu Ampar bulan ini 350.000 tabung.", "350.000 tabung",
                    categories=["count"]) == ["allocation"]
    # workers dismissed in a first wave are a part of the year's layoffs, not a second count of them
    assert measures("Pesangon 320 pekerja yang diberhentikan pada gelombang pertama belum dibayar.",
                    "320 pekerja") != ["laid_off"]


def test_strikers_and_the_crowd_are_one_head_count_and_owing_wages_is_arrears():
    text = "Menurut Dadang, buruh yang mogok masih sekitar 2.500 orang; polisi mencatat massa aksi sekitar 900 orang."
    assert measures(text, "2.500 orang", "900 orang") == ["participants", "participants"]
    assert measures("Perusahaan menunggak upah pekerja dengan total Rp 14 miliar.", "Rp 14 miliar",
                    categories=["money"]) == ["arrears"]
    # as a share, a strike's reach is still its turnout
    assert measures("Sekitar 78 persen pegawai mogok kerja.", "78 persen", categories=["percent"]) == ["turnout"]
