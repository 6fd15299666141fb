"""Number and unit resources: digit conventions, number words, and clean resource lists."""

from __future__ import annotations

import re

import pytest

from warta.lang.base import read_list
from warta.lang.en import numbers as en_numbers
from warta.lang.en import units as en_units
from warta.lang.id import numbers as id_numbers
from warta.lang.id import units as id_units
from warta.nlp.tokenizer import abbreviations

CATEGORIES = {"troops", "people", "money", "percent", "count", "distance", "weight", "duration", "other"}


@pytest.mark.parametrize("text,value", [
    ("1.500", 1500), ("12.000", 12000), ("1.153.330", 1153330), ("1,5", 1.5), ("52,4", 52.4),
    ("12", 12), ("3.5", 3.5), ("-2,3", -2.3), ("1.500,25", 1500.25),
])
def test_id_parse_number(text, value):
    assert id_numbers.parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text,value", [
    ("1,500", 1500), ("1,392.2", 1392.2), ("3.00", 3.0), ("0.3", 0.3), ("11,000", 11000), ("7", 7),
])
def test_en_parse_number(text, value):
    assert en_numbers.parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["23/10", "14:05", "ke-3", "abc", "1.2.3,4,5"])
def test_parse_number_rejects(text):
    assert id_numbers.parse_number(text) is None
    assert en_numbers.parse_number(text) is None


@pytest.mark.parametrize("words,value", [
    ("empat", 4), ("sebelas", 11), ("dua belas", 12), ("dua puluh tiga", 23), ("seratus", 100),
    ("tiga ratus dua puluh", 320), ("seribu", 1000), ("dua ratus ribu", 200_000),
    ("tiga juta lima ratus ribu", 3_500_000), ("satu juta", 1e6),
])
def test_id_number_words(words, value):
    assert id_numbers.parse_number_words(words.split()) == value


@pytest.mark.parametrize("words,value", [
    ("four", 4), ("twenty-five", 25), ("two hundred and fifty", 250), ("a dozen", 12),
    ("a hundred", 100), ("three thousand", 3000), ("two dozen", 24),
])
def test_en_number_words(words, value):
    assert en_numbers.parse_number_words(words.split()) == value


def test_number_words_reject_other_words():
    assert id_numbers.parse_number_words(["dua", "orang"]) is None
    assert en_numbers.parse_number_words(["juta"]) is None


def _normalised(entry: str) -> bool:
    return entry == entry.strip() and "  " not in entry and entry == entry.lower()


@pytest.mark.parametrize("module", [id_numbers, en_numbers])
def test_number_resources_unique_and_normalised(module):
    for name in ("NUMBER_WORDS", "TEEN_WORDS", "SMALL_MULTIPLIERS", "MULTIPLIERS", "VAGUE_AMOUNTS",
                 "APPROX_MARKERS", "RANGE_CONNECTORS", "BLOCKING_WORDS", "PREFIX_UNITS"):
        entries = list(getattr(module, name))
        assert len(entries) == len(set(entries)), name
        assert all(_normalised(e) for e in entries), name
    assert not set(module.NUMBER_WORDS) & set(module.MULTIPLIERS)


@pytest.mark.parametrize("package,module", [("warta.lang.id", id_units), ("warta.lang.en", en_units)])
def test_unit_resources_unique_and_normalised(package, module):
    lines = read_list(package, "units.txt")
    nouns = [line.rpartition("=")[0].strip() for line in lines]
    assert all(re.fullmatch(r"[^=]+ = [a-z]+", line) for line in lines)
    assert len(nouns) == len(set(nouns))
    assert all(_normalised(n) for n in nouns)
    assert set(module.UNITS.values()) <= CATEGORIES
    non_units = read_list(package, "non_units.txt")
    assert len(non_units) == len(set(non_units))
    assert all(_normalised(w) for w in non_units)
    assert all(_normalised(c) for c in module.CURRENCIES)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_abbreviations_unique_and_well_formed(lang):
    lines = read_list(f"warta.lang.{lang}", "abbreviations.txt")
    words = [line.partition(" ")[0] for line in lines]
    assert len(words) == len(set(words))
    assert all(w.endswith(".") and " " not in w for w in words)
    assert all(line == w or line == w + " *" for line, w in zip(lines, words, strict=True))
    assert abbreviations(lang)
