"""warta_claims: a claim per quote and per noun-object report, nested sources, figures, stance."""

from __future__ import annotations

import pytest
from tests.components.test_quotes import annotate

from warta.nlp.pipeline import build_nlp

LEAN = ("warta_sentences", "warta_quantities", "warta_quotes", "warta_claims")


@pytest.fixture(scope="module")
def lean_id():
    return build_nlp("id", components=LEAN)


@pytest.fixture(scope="module")
def lean_en():
    return build_nlp("en", components=LEAN)


def claims(nlp, text, outlet=None):
    lines = text.split("\n")
    doc = nlp.make_doc(text)
    doc._.warta_body_start = 0
    doc._.warta_outlet = outlet
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    assert len(lines) >= 1
    return doc._.warta_claims


# --------------------------------------------------------------------------- the seed page


@pytest.fixture(scope="module")
def seed_claims(nlp_id, seed_page):
    doc = annotate(nlp_id, seed_page, title=True, body_from=2, mask_after=18)
    return doc._.warta_claims


def _by_evidence(cs, fragment):
    hits = [c for c in cs if fragment in c.evidence]
    assert hits, fragment
    return hits[0]


def test_seed_12000_from_nis_via_yonhap(seed_claims):
    c = _by_evidence(seed_claims, "12.000 tentara")
    assert (c.source, c.value, c.stance, c.predicate, c.subject) == (
        "Badan Intelijen Nasional", 12000, "asserts", "send_troops", "Korea Utara")
    assert len(c.via) == 1 and "Yonhap" in c.via[0]


def test_seed_peskov_refuses_to_confirm(seed_claims):
    c = _by_evidence(seed_claims, "menolak untuk mengkonfirmasi")
    assert (c.source, c.stance, c.via, c.quote) == ("Dmitry Peskov", "refuses_to_confirm", [], None)
    assert c.predicate == "deploy_troops"


def test_seed_pentagon_unconfirmed_via_peskov(seed_claims):
    c = [c for c in seed_claims if c.source == "Pentagon"][0]
    assert (c.stance, c.via, c.evidence) == (
        "unconfirmed", ["Dmitry Peskov"], "mereka tidak memiliki konfirmasi atas pernyataan tersebut")


def test_seed_spy_agency_knows_government_relays(seed_claims):
    c = _by_evidence(seed_claims, "1.500 pasukan")
    assert c.via == ["Korea Selatan"] and c.source != "Korea Selatan"
    assert (c.value, c.predicate, c.subject, c.object) == (1500, "send_troops", "Korea Utara", "Rusia")


def test_seed_rutte_warns(seed_claims):
    c = _by_evidence(seed_claims, "akan membawa dampak serius")
    assert (c.source, c.stance) == ("Mark Rutte", "warns")


# --------------------------------------------------------------------------- patterns


def test_id_claim_from_indirect_quote_with_figure(lean_id):
    (c,) = claims(lean_id, "Arif Wicaksono dari BNPB mengatakan 23 orang mengalami luka-luka.")
    assert (c.source, c.value, c.stance, c.predicate, c.quote) == (
        "Arif Wicaksono", 23, "asserts", "wounded", 0)
    assert c.evidence == "23 orang mengalami luka-luka"
    assert len(c.quantities) == 1


def test_id_split_clauses_one_claim_per_figure(lean_id):
    text = "NIS memperkirakan sedikitnya 100 tentara tewas dan hampir 1.000 orang terluka."
    got = [(c.source, c.value, c.predicate) for c in claims(lean_id, text)]
    assert got == [("NIS", 100, "killed"), ("NIS", 1000, "wounded")]


def test_id_denial_claim(lean_id):
    (c,) = claims(lean_id, "Ketua tim, Darmanto, membantah relawan pihaknya membagikan uang kepada pemilih.")
    assert (c.source, c.stance, c.predicate) == ("Darmanto", "denies", "money_politics")


def test_id_refusal_without_content_is_a_claim(lean_id):
    (c,) = claims(lean_id, "Juru bicara Kremlin Dmitry Peskov enggan berkomentar soal korban.")
    assert (c.stance, c.quote) == ("refuses_to_confirm", None)
    assert c.source.endswith("Dmitry Peskov")


def test_id_target_figure_wins(lean_id):
    text = "Pentagon menaikkan perkiraannya dari 3.000 tentara menjadi sekitar 10.000 tentara."
    (c,) = claims(lean_id, text, outlet="JendelaDunia")
    assert (c.source, c.value) == ("JendelaDunia", 10000)


def test_id_outlet_claims_only_with_figures(lean_id):
    text = "Banjir bandang bukan kali pertama melanda desa itu."
    assert claims(lean_id, text, outlet="Warta Nusantara") == []


def test_en_two_sources_dismiss(lean_en):
    got = claims(lean_en, "Moscow and Pyongyang have both dismissed the reports.")
    assert [(c.source, c.stance) for c in got] == [("Moscow", "denies"), ("Pyongyang", "denies")]


def test_en_declined_to_comment(lean_en):
    (c,) = claims(lean_en, "The Kremlin again declined to comment.")
    assert (c.source, c.stance) == ("Kremlin", "refuses_to_confirm")


def test_en_unconfirmed_clause(lean_en):
    text = ("Pat Ryder said 11,000 troops could be in Russia, but that he could not confirm reports "
            "that they had entered the fighting.")
    got = [(c.value, c.stance) for c in claims(lean_en, text)]
    assert got[0] == (11000, "asserts")
    assert got[-1][1] == "unconfirmed"


def test_en_increment_is_not_the_main_figure(lean_en):
    text = ("North Korea has sent another 1,500 soldiers, taking the number deployed to about 3,000 troops, "
            "NIS told lawmakers.")
    (c,) = claims(lean_en, text)
    assert c.value == 3000


def test_en_anonymous_spokesperson_of_a_described_body(lean_en):
    (c,) = claims(lean_en, "A spokesperson for the state utility declined to comment on when power would return.")
    assert (c.source, c.stance, c.quote) == ("state utility", "refuses_to_confirm", None)


def test_id_neither_confirms_nor_denies(lean_id):
    (c,) = claims(lean_id, "Militer Israel tidak membenarkan maupun membantah laporan jumlah korban itu.")
    assert (c.source, c.stance, c.quote) == ("Militer Israel", "refuses_to_confirm", None)


def test_id_cannot_yet_confirm(lean_id):
    (c,) = claims(lean_id, "Bupati Lampung Tengah Musa Ahmad belum dapat memastikan apakah RS akan dinonaktifkan.")
    assert (c.source, c.stance, c.quote) == ("Bupati Lampung Tengah Musa Ahmad", "unconfirmed", None)


def test_en_knower_source_drops_trailing_auxiliary(lean_en):
    cs = claims(lean_en, "John Kirby said later that the United States had assessed that at least 3,000 North "
                         "Korean soldiers were moved to eastern Russia.")
    assert [(c.source, c.via) for c in cs] == [("United States", ["John Kirby"])]


def test_id_denial_claim_covers_its_noun_object(lean_id):
    cs = claims(lean_id, "Calon bupati Agus Salim membantah tuduhan tersebut.")
    assert [(c.source, c.stance, c.evidence) for c in cs] == [
        ("Agus Salim", "denies", "Calon bupati Agus Salim membantah tuduhan tersebut")]


def test_en_denial_claim_stops_at_coordinated_verb(lean_en):
    cs = claims(lean_en, "Kremlin spokesman Dmitry Peskov dismissed the reports as \"another Western "
                         "fabrication\" and said cooperation with Pyongyang was lawful.")
    denial = [c for c in cs if c.stance == "denies"]
    assert [(c.source, c.evidence) for c in denial] == [
        ("Dmitry Peskov", "Kremlin spokesman Dmitry Peskov dismissed the reports as \"another Western fabrication\"")]


def test_figure_a_change_ends_at_is_the_claim_value():
    from warta.extraction import extract

    page = (
        "Korban Longsor Bertambah\n"
        "PALU, Warta Sulawesi — Jumlah korban tewas longsor di Morowali bertambah menjadi 13 orang "
        "setelah tim SAR menemukan satu jenazah lagi pada Rabu pagi.\n"
        "Kepala Basarnas Palu Andi Sultan mengatakan pencarian dua pekerja yang hilang dilanjutkan.\n"
    )
    claim = next(c for c in extract(page).claims if "bertambah menjadi" in c.evidence)
    assert claim.value == 13
    assert claim.unit == "orang"


# --------------------------------------------------------------------------- figures as objects, own denials


def test_en_reported_deaths_and_said_gives_a_claim_per_verb(lean_en):
    cs = claims(lean_en, "Afghanistan's Taliban administration reported 2,205 deaths and said more than "
                         "3,600 people had been injured by the earthquake.")
    assert {c.value for c in cs} >= {2205, 3600}


def test_id_counted_noun_object_is_a_claim(lean_id):
    cs = claims(lean_id, "Dinas Kesehatan Kota Medan mencatat 612 kasus demam berdarah sepanjang Januari.")
    assert [c.value for c in cs] == [612]


def test_negated_report_without_figure_is_no_claim(lean_en):
    assert claims(lean_en, "The ministry did not report 40 deaths on Monday.") == []


@pytest.mark.parametrize("text", [
    "Bupati Sri Mulyani mengatakan saya tidak pernah menandatangani pemotongan anggaran puskesmas.",
    "Ketua PSSI Bambang Sutrisno menegaskan tidak ada rencana mengganti pelatih dalam waktu dekat.",
])
def test_id_own_negation_denies(lean_id, text):
    assert [c.stance for c in claims(lean_id, text)] == ["denies"]


def test_en_own_negation_denies_but_passive_does_not(lean_en):
    cs = claims(lean_en, "The mayor's office said the mayor had never described the budget as balanced.")
    assert [c.stance for c in cs] == ["denies"]
    cs = claims(lean_en, "Prosecutor Farah Hanim said the money was never recovered.")
    assert [c.stance for c in cs] == ["asserts"]


def test_overlap_test_agrees_with_the_scan_it_replaces():
    import random

    from warta.components.claims import _overlap_test

    rng = random.Random(7)
    for _ in range(200):
        spans = [(a, a + rng.randint(1, 30)) for a in (rng.randint(0, 200) for _ in range(rng.randint(0, 12)))]
        covered = _overlap_test(spans)
        for _ in range(20):
            s = rng.randint(0, 240)
            e = s + rng.randint(1, 40)
            expected = any(a <= s < b or s <= a < e for a, b in spans)
            assert covered(s, e) == expected, (spans, s, e)


def test_a_frame_verb_makes_a_claim_of_the_named_body_per_figure(lean_en, lean_id):
    cs = claims(lean_en, "The Public Security Police put the Lisbon crowd at 28,000 and the Porto march at 9,500. "
                         "Rail operator CP, which put cancellations at 62% on Thursday, did not respond.")
    got = [(c.source, c.value, c.stance) for c in cs]
    assert ("Public Security Police", 28000, "asserts") in got and ("Public Security Police", 9500, "asserts") in got
    assert ("CP", 62, "asserts") in got
    cp = next(c for c in cs if c.value == 62)
    assert cp.evidence == "put cancellations at 62% on Thursday"  # not "did not respond": no denial
    ids = claims(lean_id, "Dana Moneter Internasional memproyeksikan pertumbuhan ekonomi 5,1 persen pada 2025.")
    assert [(c.source, c.value) for c in ids] == [("Dana Moneter Internasional", 5.1)]


def test_a_frame_verb_after_a_pronoun_or_an_estimate_word_names_no_source(lean_en):
    cs = claims(lean_en, "It expects growth of 1.8% in 2026. An estimated 5,000 people fled.", outlet="Contoh")
    assert all(c.source in ("Contoh",) for c in cs)


def test_a_report_whose_complement_follows_an_adjunct_is_a_claim(lean_en):
    cs = claims(lean_en, "The International Monetary Fund said after its annual review this month "
                         "that it expected growth of 2.0% next year.")
    assert [(c.source, c.value, c.evidence) for c in cs] == [
        ("International Monetary Fund", 2.0, "it expected growth of 2.0% next year")]


def test_a_quoted_phrase_opening_a_reported_clause_claims_the_clause(lean_en):
    cs = claims(lean_en, 'Union leader Rui Fonseca told RTP that "more than 200,000 workers" had marched in '
                         "40 towns, including 150,000 in Lisbon.")
    c = next(c for c in cs if c.value == 200000)
    assert c.source == "Rui Fonseca" and c.evidence.endswith("including 150,000 in Lisbon")


def test_that_after_a_noun_object_opens_a_relative_clause_not_what_was_said(lean_en):
    cs = claims(lean_en, "Some consumers reported telephone wait times that exceeded two hours.")
    assert not any(c.value == 2 for c in cs)
    cs = claims(lean_en, "The US Embassy reported on Wednesday that the air quality index reached 408 points.")
    assert [(c.source, c.value) for c in cs] == [("US Embassy", 408)]


# --------------------------------------------------------------------------- denying a fact vs opposing a proposal


@pytest.mark.parametrize("text", [
    "Ratusan nelayan menolak rencana reklamasi pantai utara di depan kantor gubernur.",
    "Fraksi Partai Hijau menolak usulan kenaikan tunjangan anggota dewan tersebut.",
    "Kiper muda itu menolak tawaran perpanjangan kontrak dari klubnya.",
    "Wali kota menolaknya karena anggaran daerah terbatas.",
])
def test_id_opposing_a_proposal_is_no_denial(lean_id, text):
    assert claims(lean_id, text) == []


@pytest.mark.parametrize("text, evidence", [
    ("PT Laut Biru menolak tuduhan bahwa kapalnya membuang limbah ke teluk.",
     "PT Laut Biru menolak tuduhan bahwa kapalnya membuang limbah ke teluk"),
    ("Kepala dinas itu menolak disebut lalai dalam penanganan banjir.",
     "disebut lalai dalam penanganan banjir"),  # a clause: reported, and denied
])
def test_id_rejecting_what_was_said_is_a_denial(lean_id, text, evidence):
    cs = claims(lean_id, text)
    assert [(c.stance, c.evidence) for c in cs] == [("denies", evidence)]


def test_en_rejecting_an_offer_is_no_denial_but_rejecting_claims_is(lean_en):
    assert claims(lean_en, "The dockworkers' union rejected the contract offer after a two-day vote.") == []
    cs = claims(lean_en, "The port authority rejected claims that its cranes had failed inspections.")
    # "claims" after the verb is its noun object, not a second cue with "rejected" as speaker
    assert [(c.source, c.stance) for c in cs] == [("port authority", "denies")]
    cs = claims(lean_en, "Civil defence spokesman Ramon Diaz rejected the criticism, saying the warning came "
                         "18 hours before landfall.")
    assert ("Ramon Diaz", "denies") in [(c.source, c.stance) for c in cs]
