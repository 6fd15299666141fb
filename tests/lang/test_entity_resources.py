"""Entity word lists: entries unique and normalised, gazetteer lookups for both languages."""

from __future__ import annotations

import pytest

from warta.lang import get_resources

LISTS = ("ROLE_TITLES", "REGIONAL_TITLES", "TITLE_DOMAIN", "ORG_HEADS", "ORG_TAILS", "ORG_VOCAB",
         "NAME_CONNECTORS", "ORG_CONNECTORS", "HONORIFICS", "PERSON_CUES_BEFORE",
         "PERSON_CUES_AFTER", "LOCATIVES", "ALIAS_CUES", "NOT_NAMES", "COMMON_ACRONYMS",
         "PLACE_CUES_BEFORE", "LIST_CONJUNCTIONS", "DIPLOMATIC_WORDS")


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", LISTS)
def test_title_lists_unique_and_normalised(lang, name):
    entries = getattr(get_resources(lang).titles, name)
    assert len(entries) == len(set(entries)), [e for e in entries if entries.count(e) > 1]
    for e in entries:
        assert e == " ".join(e.split()) and e == e.lower(), e


@pytest.mark.parametrize("lang", ["id", "en"])
def test_known_orgs_unique_and_trimmed(lang):
    orgs = get_resources(lang).titles.KNOWN_ORGS
    assert len(orgs) == len(set(orgs))
    for line in orgs:
        form, _, canonical = (s.strip() for s in line.partition("="))
        assert form and form == " ".join(form.split()), line
        assert "," not in form


@pytest.mark.parametrize("lang", ["id", "en"])
def test_curated_places_unique_and_well_formed(lang):
    from warta.lang.base import read_list

    lines = read_list(f"warta.lang.{lang}", "places.txt")
    forms = [line.split(";")[0] for line in lines]
    assert len(forms) == len(set(forms))
    for line in lines:
        parts = line.split(";")
        assert parts[1] in ("GPE", "LOC") and parts[0] == parts[0].strip(), line


@pytest.mark.parametrize("lang", ["id", "en"])
def test_description_nouns_lowercase(lang):
    nouns = get_resources(lang).pronouns.DESCRIPTION_NOUNS
    for noun, (typ, keywords) in nouns.items():
        assert noun == noun.lower() and typ in ("PERSON", "ORG", "GPE", "LOC")
        assert all(k == k.lower() for k in keywords)


@pytest.mark.parametrize("form,name,typ", [
    ("korea selatan", "Korea Selatan", "GPE"), ("amerika serikat", "Amerika Serikat", "GPE"),
    ("korut", "Korea Utara", "GPE"), ("AS", "Amerika Serikat", "GPE"), ("rusia", "Rusia", "GPE"),
    ("belanda", "Belanda", "GPE"), ("sulawesi tengah", "Sulawesi Tengah", "GPE"),
    ("indo-pasifik", "Indo-Pasifik", "LOC"), ("moskow", "Moskow", "GPE"),
])
def test_id_gazetteer(form, name, typ):
    place = get_resources("id").places.place_table()[form]
    assert (place.name, place.type) == (name, typ)


def test_id_capitals_know_their_country():
    table = get_resources("id").places.place_table()
    assert table["pyongyang"].capital_of == "Korea Utara"
    assert table["moskow"].capital_of == "Rusia"


@pytest.mark.parametrize("form,name", [
    ("south korea", "South Korea"), ("U.S.", "United States"), ("kursk", "Kursk"),
    ("ontario", "Ontario"), ("europe", "Europe"),
])
def test_en_gazetteer(form, name):
    assert get_resources("en").places.place_table()[form].name == name


def test_gazetteer_leaves_out_common_words():
    table = get_resources("en").places.place_table()
    for word in ("north", "man", "nice", "reading"):
        assert word not in table


def test_listed_canonical_name_wins_over_bare_listing():
    from warta.components.entities import lexicon

    lex = lexicon("id")
    assert lex.exact[("KPK",)]["org"] == "Komisi Pemberantasan Korupsi"
    assert lex.phrases[("kemendagri",)]["org"] == "Kementerian Dalam Negeri"


def test_indonesian_number_words_are_not_places():
    from warta.lang.id.places import place_table

    assert "lima" not in place_table()


def test_place_tails_and_facility_heads_are_lowercase():
    from warta.lang.en.places import PLACE_TAILS
    from warta.lang.id.titles import FACILITY_HEADS, FACILITY_PLACE_HEADS

    assert all(t == t.lower() for t in PLACE_TAILS)
    assert set(FACILITY_PLACE_HEADS) <= set(FACILITY_HEADS)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_org_cue_and_sports_lists(lang):
    """Organisation cue nouns and sports roles are lowercase, unique; every sports role is a
    role title (only titles are read before a name)."""
    from warta.components.gazetteer import lexicon

    mod = get_resources(lang).titles
    for words in (mod.ORG_CUES_BEFORE, mod.SPORTS_TITLES):
        assert len(words) == len(set(words))
        assert all(w == w.lower().strip() for w in words)
    assert set(mod.SPORTS_TITLES) <= set(mod.ROLE_TITLES)
    lex = lexicon(lang)
    assert "Indonesia" in lex.countries
