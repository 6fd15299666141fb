"""warta_coref: short forms, capitals for governments, title-only references, descriptions."""

from __future__ import annotations

import pytest

from warta.components.coref import entity_by_id, resolve_span
from warta.nlp.pipeline import build_nlp

COMPONENTS = ("warta_sentences", "warta_entities", "warta_coref")


@pytest.fixture(scope="module")
def coref_id():
    return build_nlp("id", components=COMPONENTS)


@pytest.fixture(scope="module")
def coref_en():
    return build_nlp("en", components=COMPONENTS)


def run(nlp, text, title=None):
    doc = nlp.make_doc(text)
    if title:
        doc._.warta_title_span = (0, len(title))
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return doc


def by_name(doc):
    return {c.name: c for c in doc._.warta_entities}


def test_id_surname_and_first_name_join_full_name(coref_id):
    doc = run(coref_id, "Presiden Korea Selatan Yoon Suk Yeol menelepon. Yoon juga berbicara. "
                        "Anggota komite Park Sun-won hadir. “Itu benar,” kata Park.")
    names = by_name(doc)
    assert "Yoon" in names["Yoon Suk Yeol"].aliases()
    assert "Park" in names["Park Sun-won"].aliases()
    assert "Yoon" not in names and "Park" not in names


def test_en_surname_before_full_name_in_headline(coref_en):
    title = "Seoul says troops now in Russia as Austin cites evidence"
    doc = run(coref_en, title + "\nIn Rome, U.S. Defense Secretary Lloyd Austin said so.", title)
    assert "Austin" in by_name(doc)["Lloyd Austin"].aliases()


def test_id_ministry_description_joins_ministry(coref_id):
    text = ("Korea Selatan memprotes, kata Kementerian Luar Negeri Korea Selatan. "
            "Protes itu keras, kata kementerian itu.")
    doc = run(coref_id, text)
    start = text.index("kementerian itu")
    assert resolve_span(doc, start, start + len("kementerian itu")).name == \
        "Kementerian Luar Negeri Korea Selatan"
    kinds = [m.kind for m in by_name(doc)["Kementerian Luar Negeri Korea Selatan"].mentions]
    assert "description" in kinds


def test_en_the_ministry(coref_en):
    text = "Zinoviev told South Korea's Foreign Ministry on Monday that it was so, the ministry said."
    doc = run(coref_en, text)
    start = text.index("the ministry")
    assert resolve_span(doc, start, start + 12).name == "Foreign Ministry"


def test_id_capital_as_government_vs_place(coref_id):
    text = ("Korea Utara mengirim pasukan ke Rusia. Pyongyang menolak laporan itu. "
            "Duta besar Rusia di Seoul dipanggil oleh Korea Selatan.")
    names = by_name(run(coref_id, text))
    assert "Pyongyang" in names["Korea Utara"].aliases()
    assert "Pyongyang" not in names
    assert names["Seoul"].type == "GPE"
    assert "Seoul" not in names["Korea Selatan"].aliases()


def test_id_title_only_reference(coref_id):
    title = "Sekjen NATO Peringatkan Korea Utara"
    text = title + "\nSekretaris Jenderal NATO Mark Rutte pada hari Senin memposting peringatan."
    doc = run(coref_id, text, title)
    rutte = by_name(doc)["Mark Rutte"]
    assert [m.text for m in rutte.mentions if m.kind == "title"] == ["Sekjen NATO"]
    assert by_name(doc)["NATO"].type == "ORG"


def test_id_formerly_known_as_alias(coref_id):
    doc = run(coref_id, "Rutte mengatakan di X, yang sebelumnya dikenal sebagai Twitter, bahwa dia setuju.")
    assert by_name(doc)["X"].aliases() == ["Twitter"]


def test_id_org_and_place_short_forms(coref_id):
    text = ("KPU Kabupaten Banyumas menetapkan hasil. Ketua KPU Banyumas, Siti Nurjanah, hadir. "
            "Banjir melanda Kabupaten Sigi. Warga Sigi mengungsi.")
    names = by_name(run(coref_id, text))
    assert "KPU Banyumas" in names["KPU Kabupaten Banyumas"].aliases()
    assert "Sigi" in names["Kabupaten Sigi"].aliases()


def test_ids_in_order_of_first_mention_and_lookup(coref_id):
    doc = run(coref_id, "Rusia dan Ukraina berunding. Presiden Ukraina Volodymyr Zelenskyy hadir.")
    ids = [c.id for c in doc._.warta_entities]
    assert ids == [f"e{n}" for n in range(1, len(ids) + 1)]
    assert entity_by_id(doc, "e1").name == "Rusia"
    assert entity_by_id(doc, "e99") is None


def test_resolve_span_by_name_and_role_phrase(coref_id):
    text = ("Sementara itu, juru bicara Kremlin Dmitry Peskov menolak. "
            "Menurut juru bicara itu, informasinya bertentangan.")
    doc = run(coref_id, text)
    s = text.index("juru bicara itu")
    assert resolve_span(doc, s, s + len("juru bicara itu")).name == "Dmitry Peskov"
    s = text.index("Peskov")
    assert resolve_span(doc, s, s + 6).name == "Dmitry Peskov"
    assert resolve_span(doc, 0, 0) is None


def test_acronym_in_headline_joins_its_later_definition(coref_id):
    title = "LKHN Soroti Proyek Jalan"
    doc = run(coref_id, title + "\nLembaga Kajian Hukum Nusantara (LKHN) menilai proyek itu janggal. "
                        "LKHN meminta audit.", title=title)
    orgs = [c for c in doc._.warta_entities if c.type == "ORG"]
    assert len(orgs) == 1
    assert orgs[0].name == "Lembaga Kajian Hukum Nusantara"
    assert "LKHN" in orgs[0].aliases()


def test_listed_short_name_joins_full_name(coref_id):
    doc = run(coref_id, "Kementerian Dalam Negeri menggelar rapat. Pejabat Kemendagri hadir.")
    orgs = [c for c in doc._.warta_entities if c.type == "ORG"]
    assert len(orgs) == 1 and "Kemendagri" in orgs[0].aliases()


def test_acronym_spelled_by_initials_joins(coref_en):
    title = "WHO urges faster vaccine rollout"
    doc = run(coref_en, title + "\nThe World Health Organization said on Friday cases were rising.",
              title=title)
    orgs = [c for c in doc._.warta_entities if c.type == "ORG"]
    assert len(orgs) == 1
    assert orgs[0].name == "World Health Organization" and "WHO" in orgs[0].aliases()


def test_place_named_in_headline_joins_prefixed_form(coref_id):
    title = "Suap Proyek Jalan di Musi Banyuasin"
    doc = run(coref_id, title + "\nProyek di Kabupaten Musi Banyuasin itu bermasalah.", title=title)
    gpe = [c for c in doc._.warta_entities if c.type == "GPE"]
    assert len(gpe) == 1 and gpe[0].name == "Kabupaten Musi Banyuasin"
    assert "Musi Banyuasin" in gpe[0].aliases()


def test_resolve_span_uses_cached_text(coref_id):
    doc = run(coref_id, "Kementerian Dalam Negeri menggelar rapat. Menurut kementerian itu, rapat batal.")
    assert doc.user_data["warta_text"][1] == doc.text
    start = doc.text.index("kementerian itu")
    c = resolve_span(doc, start, start + len("kementerian itu"))
    assert c is not None and c.name == "Kementerian Dalam Negeri"


def test_bare_acronym_joins_its_defined_branch(coref_id):
    doc = run(coref_id, "Dinas Kesehatan (Dinkes) Kabupaten Garut mencatat 1.142 kasus. "
                        "Menurut Dinkes, kasus turun.")
    orgs = [c for c in doc._.warta_entities if c.type == "ORG"]
    assert len(orgs) == 1 and orgs[0].name == "Dinas Kesehatan Kabupaten Garut"
    assert "Dinkes Kabupaten Garut" in orgs[0].aliases()
