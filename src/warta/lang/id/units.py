"""Indonesian unit knowledge: unit nouns and their categories, currency signs, and words
that follow a number without being what it counts."""

from __future__ import annotations

from warta.lang.base import read_list, read_mapping

# Unit noun (lowercase, may be several words) -> category.
UNITS: dict[str, str] = read_mapping(__package__, "units.txt")
# Currency signs written before the amount -> the unit reported ("Rp" -> "rupiah").
CURRENCIES: dict[str, str] = {
    "rp": "rupiah", "rp.": "rupiah", "idr": "rupiah", "us$": "dollars", "usd": "dollars",
    "$": "dollars", "s$": "dollars", "a$": "dollars", "rm": "ringgit", "myr": "ringgit",
    "€": "euro", "eur": "euro", "£": "pound", "gbp": "pound", "¥": "yen", "jpy": "yen",
    "krw": "won", "cny": "yuan", "rmb": "yuan", "₩": "won", "₹": "rupee", "inr": "rupee",
    "rs": "rupee", "r$": "reais", "₺": "lira", "chf": "franc", "₱": "peso", "฿": "baht",
    "sgd": "dollars", "aud": "dollars", "nz$": "dollars", "sar": "riyal", "aed": "dirham",
}
# Words that follow a number without being what it counts (dates, times, function words).
NON_UNITS: frozenset[str] = frozenset(w.lower() for w in read_list(__package__, "non_units.txt"))
# "Rp17.000/liter", "4.800 ringgit per ton": the rate joins the unit.
PER_WORDS: tuple[str, ...] = ("per", "/")
# Possessive clitics a unit noun may carry ("11 warganya", "dua anaknya", "61 siswanya").
POSSESSIVE_SUFFIXES: tuple[str, ...] = ("nya",)
# After the number: "1.500 personel" (the unit noun comes first in Indonesian).
UNIT_WINDOW = 1
# Between a number and its unit ("12,000 of its members"); none in Indonesian.
OF_WORDS: tuple[str, ...] = ()
DETERMINERS: frozenset[str] = frozenset()
# A word with a verb prefix is not taken as an unknown counted noun ("3.000 mengungsi").
VERB_PREFIXES: tuple[str, ...] = ("mem", "men", "meng", "meny", "ber", "ter", "di")
# Unknown counted nouns must look like nouns: Indonesian does not mark plurals.
PLURAL_SUFFIXES: tuple[str, ...] = ()
