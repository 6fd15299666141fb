"""Reporting resources: entries unique and normalised; the stances the schema knows."""

from __future__ import annotations

import pytest

from warta.lang.en import reporting as en
from warta.lang.id import reporting as id_

STANCES = {"asserts", "denies", "unconfirmed", "refuses_to_confirm", "warns"}
LISTS = ("POSTPOSED_CUES", "CONTINUATION_CUES", "ACCORDING_TO", "RELAY_FRAMES", "COMPLEMENTIZERS", "HEDGES",
         "SPEAKER_PRONOUNS", "FIRST_PERSON", "DEMONSTRATIVES", "ANONYMOUS_HEADS", "SPEAKER_STOPWORDS",
         "ADVERBS", "NAME_CONNECTORS", "ANAPHORIC_OBJECTS", "NON_RELAYS", "DOCUMENT_NOUNS", "KNOWING_VERBS",
         "INCREMENT_MARKERS", "TARGET_MARKERS", "CLAUSE_JOINTS", "TROOP_NOUNS", "OBJECT_VERBS")


def _normalised(x: str) -> bool:
    return x == x.strip() and "  " not in x and x != ""


@pytest.mark.parametrize("mod", [id_, en], ids=["id", "en"])
def test_stances_are_the_schema_stances(mod):
    assert set(mod.REPORTING_VERBS) == STANCES
    assert set(mod.STANCE_PHRASES) <= STANCES


@pytest.mark.parametrize("mod", [id_, en], ids=["id", "en"])
def test_verbs_unique_across_stances(mod):
    verbs = [v for vs in mod.REPORTING_VERBS.values() for v in vs]
    assert len(verbs) == len(set(verbs))
    assert all(_normalised(v) and v == v.lower() for v in verbs)


@pytest.mark.parametrize("mod", [id_, en], ids=["id", "en"])
@pytest.mark.parametrize("name", LISTS)
def test_lists_unique_and_normalised(mod, name):
    entries = getattr(mod, name)
    assert len(entries) == len(set(entries)), [e for e in entries if entries.count(e) > 1]
    assert all(_normalised(e) for e in entries)


@pytest.mark.parametrize("mod", [id_, en], ids=["id", "en"])
def test_predicates(mod):
    stems = [s for s, _ in mod.PREDICATES]
    assert len(stems) == len(set(stems))
    assert all(_normalised(s) and name.replace("_", "").isalpha() and name == name.lower()
               for s, name in mod.PREDICATES)


def test_id_postposed_cues_cover_the_common_ones():
    assert {"kata", "ujar", "ucap", "tutur", "pungkas", "tambah", "jelas", "imbuh", "sebut"} <= set(
        id_.POSTPOSED_CUES)


def test_en_postposed_cues_cover_the_common_ones():
    assert {"said", "told", "added", "says"} <= set(en.POSTPOSED_CUES)
