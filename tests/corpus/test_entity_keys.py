"""Cross-article keys: legal forms, administrative levels and slipped types do not split an entity."""

from __future__ import annotations

import pytest

from warta.corpus.entities import key_form, resolver


@pytest.mark.parametrize(
    "a,b",
    [
        ("PT Sinar Logam Abadi", "Sinar Logam Abadi"),
        ("Kabupaten Morowali", "Morowali"),
        ("Morowali Regency", "Morowali"),
        ("Verdant Motors Inc.", "Verdant Motors"),
    ],
)
def test_noise_words_leave_the_key(a, b):
    assert key_form(a) == key_form(b)


def test_a_key_of_only_noise_words_is_kept():
    assert key_form("Kota") == "kota"


def test_multiword_names_share_a_key_whatever_type_an_article_gave():
    res = resolver()
    person = res.canonical("Sinar Logam Abadi", "PERSON")
    org = res.canonical("PT Sinar Logam Abadi", "ORG")
    assert person.key == org.key


def test_one_word_people_stay_apart_from_other_names():
    res = resolver()
    assert res.canonical("Darmanto", "PERSON").key != res.canonical("Darmanto", "ORG").key


def test_cross_language_articles_about_one_event_form_one_story(tmp_path):
    from warta.extraction import extract
    from warta.store import Store

    id_page = (
        "Longsor Tambang Nikel di Morowali Tewaskan 12 Pekerja\n"
        "PALU, Harian Cakrawala — Longsor di tambang nikel milik PT Sinar Logam Abadi di Kabupaten Morowali, "
        "Sulawesi Tengah, menewaskan 12 pekerja pada Senin malam, kata Kapolda Sulawesi Tengah Agus Nugroho.\n"
        "Juru bicara PT Sinar Logam Abadi Hendra Wijaya membantah angka tersebut dan menyebut delapan pekerja "
        "meninggal dunia.\n"
    )
    en_page = (
        "Indonesia nickel mine landslide kills 12, police say\n"
        "PALU, Indonesia (Meridian Wire) — A landslide at a nickel mine run by Sinar Logam Abadi in Morowali "
        "killed 12 workers on Monday night, police chief Agus Nugroho said.\n"
        "Company spokesman Hendra Wijaya denied the figure, saying eight workers had died.\n"
    )
    other = (
        "Harga Beras Naik di Pasar Induk\n"
        "JAKARTA, Warta Pagi — Harga beras medium di Pasar Induk Cipinang naik menjadi Rp 14.500 per kilogram, "
        "kata pedagang setempat, Sutrisno.\n"
    )
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    try:
        store.ingest([extract(id_page, source="id.txt"), extract(en_page, source="en.txt"),
                      extract(other, source="beras.txt")])
        stories = store.list_stories().items
        groups = sorted(sorted(a.source for a in store.get_story(s.id).articles) for s in stories)
    finally:
        store.close()
    assert groups == [["beras.txt"], ["en.txt", "id.txt"]]
