"""Corpus resources (warta.lang.<code>.corpus): registered, entries unique and normalised, and
every claim unit word categorised by the language's own unit tables."""

from __future__ import annotations

import pytest

from warta.corpus import lexicon
from warta.lang import get_resources, supported_languages
from warta.lang.en import corpus as en
from warta.lang.id import corpus as id_

CATEGORIES = {"troops", "people", "money", "percent", "count", "distance", "weight", "duration", "other"}
LISTS = ("CLAIM_UNITS", "PLANNED_MARKERS", "SPECIAL_UNIT_WORDS", "DENY_CUE_PREFIXES", "REFUSE_CUES",
         "PLACE_HEAD_WORDS", "PLACE_TAIL_WORDS", "FUNCTION_WORDS", "AUXILIARIES", "NAME_LEADING_WORDS")
MODULES = [id_, en]


def _normalised(x: str) -> bool:
    return x != "" and x == x.strip() and "  " not in x and x == x.lower()


def test_registered_for_every_language():
    for code in supported_languages():
        assert get_resources(code).corpus is not None, code
    assert get_resources("id").corpus is id_ and get_resources("en").corpus is en


@pytest.mark.parametrize("mod", MODULES, ids=["id", "en"])
@pytest.mark.parametrize("name", LISTS)
def test_lists_unique_and_normalised(mod, name):
    entries = getattr(mod, name)
    assert isinstance(entries, tuple)  # a missing comma in a tuple glues two strings; a str is no list
    assert len(entries) == len(set(entries)), [e for e in entries if entries.count(e) > 1]
    assert all(_normalised(e) for e in entries), [e for e in entries if not _normalised(e)]


@pytest.mark.parametrize("mod", MODULES, ids=["id", "en"])
def test_overrides_name_claim_units(mod):
    assert set(mod.CLAIM_UNIT_OVERRIDES) <= set(mod.CLAIM_UNITS)
    assert set(mod.CLAIM_UNIT_OVERRIDES.values()) <= CATEGORIES


def test_claim_units_categorised_by_unit_tables():
    stems = lexicon.claim_unit_stems()  # raises for a word the language's units do not categorise
    assert set(stems) <= CATEGORIES
    flat = [s for ss in stems.values() for s in ss]
    assert len(flat) == len(set(flat)), "a claim unit word in two categories"
    assert {s for mod in MODULES for s in mod.CLAIM_UNITS} == set(flat)
    assert "personnel" in stems["troops"] and "tentara" in stems["troops"] and "$" in stems["money"]


@pytest.mark.parametrize("name", LISTS)
def test_union_unique(name):
    union = lexicon.words(name)
    assert len(union) == len(set(union))
    assert set(union) == {w for mod in MODULES for w in getattr(mod, name)}
