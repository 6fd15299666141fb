"""Canonical entities and claim normalisation, small and exact."""

from __future__ import annotations

import pytest

from warta.corpus.claims import normalise_article, predicate_class
from warta.corpus.conflicts import differ
from warta.corpus.entities import resolver


@pytest.mark.parametrize("a,b", [("Korea Utara", "North Korea"), ("Korut", "DPRK"), ("Pyongyang", "North Korea"),
                                 ("Badan Intelijen Nasional", "NIS"), ("Departemen Pertahanan AS", "Pentagon"),
                                 ("Federasi Rusia", "Russia"), ("Jerman", "Germany"), ("Ukraina", "Ukraine")])
def test_same_canonical_entity(a, b):
    r = resolver()
    assert r.canonical(a).key == r.canonical(b).key


def test_bin_is_indonesias_agency_not_nis():
    r = resolver()
    assert r.canonical("BIN").key != r.canonical("NIS").key


def test_transliterations_share_a_key():
    r = resolver()
    keys = {r.canonical(n, "PERSON").key for n in ("Volodymyr Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskiy")}
    assert len(keys) == 1


@pytest.mark.parametrize("predicate,evidence,cls", [
    ("send_troops", "", "send"), ("deploy_to_kursk", "", "send"), ("death_toll", "", "deaths"),
    ("suffer_casualties", "", "casualties"), ("missing_count", "", "missing"), ("vote_share", "", "vote_share"),
    ("x", "sekitar 1.100 tentara Korut tewas atau terluka", "casualties"),
    ("x", "empat warga masih dinyatakan hilang", "missing"), ("x", "12.000 tentara dikirim", "send"),
    ("x", "akan memindahkan sebagian lini produksi ke Jawa Tengah", "relocate"),
    ("x", "rencana relokasi pabrik ke Jawa Tengah", "relocate"), ("x", "Rusia memindahkan pasukan ke perbatasan", "send")])
def test_predicate_class(predicate, evidence, cls):
    assert predicate_class(predicate, evidence) == cls


def test_figures_in_both_languages_line_up(make_article):
    id_art = make_article("id.txt", "Korut kirim pasukan", ["Korea Utara mengirim 1.500 pasukan khusus dan 12.000 tentara ke Rusia."],
                          entities=[("Korea Utara", "GPE", []), ("Rusia", "GPE", [])],
                          claims=[{"source": "NIS", "subject": "Korea Utara", "predicate": "send_troops", "object": "Rusia",
                                   "value": 12000, "unit": "tentara", "evidence": "12.000 tentara ke Rusia"},
                                  {"source": "NIS", "subject": "Korea Utara", "predicate": "send_special_forces",
                                   "object": "Rusia", "value": 1500, "unit": "pasukan",
                                   "evidence": "1.500 pasukan khusus"}])
    en_art = make_article("en.txt", "N Korea troops", ["About 10,000 troops were sent by North Korea to Russia."], lang="en",
                          entities=[("North Korea", "GPE", []), ("Russia", "GPE", [])],
                          claims=[{"source": "Pentagon", "subject": "North Korea", "predicate": "send_troops",
                                   "object": "Russia", "value": 10000, "unit": "troops",
                                   "evidence": "About 10,000 troops were sent"}])
    troops_id, special = normalise_article(id_art)
    (troops_en,) = normalise_article(en_art)
    assert troops_id.about_key == troops_en.about_key
    assert special.about_key != troops_id.about_key  # special forces are a measured thing of their own


def test_quotes_with_figures_are_claims_when_extraction_found_none(make_article):
    art = make_article("q.txt", "Kirby", ["Kirby mengatakan setidaknya 3.000 tentara Korut telah dipindahkan ke Rusia.",
                                          "Peskov membantah kabar itu."],
                       quantities=[("3.000 tentara", 3000, "tentara", "troops")],
                       quotes=[{"text": "setidaknya 3.000 tentara Korut telah dipindahkan ke Rusia", "speaker": "John Kirby",
                                "cue": "mengatakan"},
                               {"text": "kabar itu", "speaker": "Dmitry Peskov", "cue": "membantah"}])
    figure, denial = normalise_article(art)
    assert (figure.source, figure.value, figure.stance, figure.origin) == ("John Kirby", 3000, "asserts", "quote")
    assert (denial.source, denial.value, denial.stance) == ("Dmitry Peskov", None, "denies")


@pytest.mark.parametrize("a,b,expected", [(70.8, 71.2, True), (1.9, 2.0, True), (12000, 12000, False),
                                          (12000, 12040, False), (3000, 10000, True)])
def test_differ_beyond_rounding(a, b, expected):
    assert differ(a, b) is expected


def test_a_whole_word_stem_does_not_match_a_longer_word():
    from warta.corpus.claims import predicate_class

    assert predicate_class("states", "ash had reached an altitude of 40,000 feet") != "fee"
    assert predicate_class("states", "diduga meminta fee 10 persen") == "fee"
    assert predicate_class("states", "paid fees to the broker") == "fee"
