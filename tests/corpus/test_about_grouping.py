"""About keys line figures up by what is measured: an event toll's place does not split it, actors do."""

from __future__ import annotations

from tests.corpus.test_conflict_rules import claim

from warta.corpus.claims import normalise_article, speaker_affiliation
from warta.corpus.conflicts import detect
from warta.corpus.questions import Question


def _flood(make_article, name, place, obj, value, source):
    text = f"{source} menyebut {value} orang meninggal dunia akibat banjir bandang di {place}, {obj}."
    return make_article(name, "Banjir bandang", [text],
                        entities=[(place, "GPE", []), (obj, "GPE", []), (source, "ORG", [])],
                        claims=[{"source": source, "subject": place, "predicate": "death_toll", "object": obj,
                                 "value": value, "unit": "orang", "evidence": text}])


def test_event_toll_places_do_not_split_the_key(make_article):
    a = _flood(make_article, "a.txt", "Kecamatan Dolo Selatan", "Kabupaten Sigi", 7, "BNPB")
    b = _flood(make_article, "b.txt", "Kabupaten Sigi", "Sulawesi Tengah", 9, "Basarnas")
    (ca,), (cb,) = normalise_article(a), normalise_article(b)
    assert ca.about_key == cb.about_key == "?|deaths:people|?"
    assert ca.about == "deaths — people"


def test_untyped_admin_place_is_dropped_for_tolls_but_not_for_other_classes(make_article):
    text = "Sebanyak 4 warga hilang di Desa Bangga, sementara harga beras di Desa Bangga naik."
    art = make_article("c.txt", "Hilang", [text],
                       claims=[{"source": "BPBD", "subject": "Desa Bangga", "predicate": "missing", "value": 4,
                                "unit": "warga", "evidence": text},
                               {"source": "BPBD", "subject": "Desa Bangga", "predicate": "price", "value": 15000,
                                "unit": "rupiah", "evidence": "harga beras"}])
    missing, price = normalise_article(art)
    assert missing.subject_key is None
    assert price.subject_key is not None  # only event tolls drop their place


def test_countries_and_actors_still_split(make_article):
    text = "Sekitar 1.100 tentara Korea Utara tewas atau terluka, sementara Rusia kehilangan 600.000 tentara."
    art = make_article("d.txt", "Korban", [text],
                       entities=[("Korea Utara", "GPE", []), ("Rusia", "GPE", []), ("Kursk", "GPE", [])],
                       claims=[{"source": "JCS", "subject": "Korea Utara", "predicate": "suffer_casualties",
                                "object": "Kursk", "value": 1100, "unit": "tentara", "evidence": text},
                               {"source": "Rutte", "subject": "Rusia", "predicate": "suffer_casualties",
                                "value": 600000, "unit": "tentara", "evidence": text}])
    nk, ru = normalise_article(art)
    assert nk.about_key == "n:north korea|casualties:troops|?"  # the country stays, Kursk (a place) goes
    assert ru.about_key.startswith("n:rusia|casualties")
    assert nk.about_key != ru.about_key


def test_vote_share_keeps_the_candidate(make_article):
    ev1 = "pasangan Agus Priyanto unggul dengan perolehan 52,4 persen suara"
    ev2 = "pasangan Hermawan Susilo memperoleh 47,6 persen suara"
    art = make_article("e.txt", "Pilkada", [ev1, ev2],
                       entities=[("Agus Priyanto", "PERSON", []), ("Hermawan Susilo", "PERSON", []),
                                 ("Kabupaten Banyumas", "GPE", [])],
                       claims=[{"source": "Cakra", "subject": "Agus Priyanto", "predicate": "vote_share",
                                "value": 52.4, "unit": "persen", "evidence": ev1},
                               {"source": "Cakra", "subject": "Hermawan Susilo", "predicate": "vote_share",
                                "value": 47.6, "unit": "persen", "evidence": ev2}])
    a, h = normalise_article(art)
    assert a.about_key != h.about_key
    assert a.about_key.endswith("vote_share:percent|?")


def test_speaker_affiliation():
    ev = "juru bicara Kremlin Dmitry Peskov enggan berkomentar soal korban tentara Korut"
    assert speaker_affiliation("Kremlin", "Dmitry Peskov", ev)
    assert speaker_affiliation("Kremlin", "Dmitry Peskov", "Kremlin spokesman Peskov declined to comment")
    assert not speaker_affiliation("Korea Utara", "Dmitry Peskov", ev + " di Korea Utara yang jauh dari sana")
    assert not speaker_affiliation("Pentagon", "Pentagon", "Pentagon said")


def test_two_tolls_in_one_story_conflict_whatever_place_each_named(make_article):
    # the flood articles' answers, as detect() sees them: one death-toll question of one day
    dead = Question("measure", "dead", "people", as_of="2024-11-12").key
    claims = [claim(1, 1, "BNPB", value=7, subject="?", question=dead),
              claim(2, 2, "Basarnas", value=9, subject="?", question=dead),
              claim(3, 2, "BNPB", value=7, subject="?", question=dead)]
    (cf,) = detect(claims)
    assert cf.kind == "numeric_divergence" and sorted(cf.claims) == [1, 2, 3]


def test_generic_class_figures_make_no_numeric_conflict():
    claims = [claim(1, 1, "Andi", value=2, subject="?", measure="states:people", obj="?"),
              claim(2, 2, "Outlet", value=11, subject="?", measure="states:people", obj="?")]
    assert [c for c in detect(claims) if c.kind == "numeric_divergence"] == []


def test_unnamed_figure_takes_the_tied_subject_with_nearest_figures():
    share = Question("measure", "vote_share", "percent")
    claims = [claim(1, 1, "Survei", value=47.6, question=share.but(party="p:hermawan").key),
              claim(2, 1, "Survei", value=52.4, question=share.but(party="p:agus").key),
              claim(3, 2, "KPU", value=53.1, question=share.key)]  # "pasangan nomor urut 1 itu": no name
    (cf,) = detect(claims)
    assert sorted(cf.claims) == [2, 3] and cf.about_key == share.but(party="p:agus").key
