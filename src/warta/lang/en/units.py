"""English unit knowledge: unit nouns and their categories, currency signs, and words that
follow a number without being what it counts."""

from __future__ import annotations

from warta.lang.base import read_list, read_mapping

# Unit noun (lowercase, may be several words) -> category.
UNITS: dict[str, str] = read_mapping(__package__, "units.txt")
# Currency signs written before the amount -> the unit reported ("$" -> "dollars").
CURRENCIES: dict[str, str] = {
    "$": "dollars", "us$": "dollars", "usd": "dollars", "s$": "dollars", "a$": "dollars",
    "c$": "dollars", "hk$": "dollars", "€": "euros", "eur": "euros", "£": "pounds",
    "gbp": "pounds", "¥": "yen", "jpy": "yen", "rp": "rupiah", "rp.": "rupiah", "idr": "rupiah",
    "rm": "ringgit", "krw": "won", "₩": "won", "cny": "yuan", "rmb": "yuan", "₹": "rupees",
    "rs": "rupees", "rs.": "rupees", "inr": "rupees", "r$": "reais", "brl": "reais", "₺": "lira",
    "chf": "francs", "₱": "pesos", "php": "pesos", "฿": "baht", "aed": "dirhams",
    "sar": "riyals", "sgd": "dollars", "aud": "dollars", "nz$": "dollars",
}
# Words that follow a number without being what it counts (dates, times, function words).
NON_UNITS: frozenset[str] = frozenset(w.lower() for w in read_list(__package__, "non_units.txt"))
# "1,392.2 won per dollar", "$5,000 per worker": the rate joins the unit.
PER_WORDS: tuple[str, ...] = ("per", "/")
# Adjectives may stand between number and unit noun: "3,000 North Korean soldiers".
UNIT_WINDOW = 3
# "about 12,000 of its members", "thousands of people"
OF_WORDS: tuple[str, ...] = ("of",)
DETERMINERS: frozenset[str] = frozenset({"the", "its", "their", "his", "her", "our", "your",
                                         "these", "those"})
VERB_PREFIXES: tuple[str, ...] = ()
# An unknown counted noun after a number above one is a plural: "two sides", "three plants".
PLURAL_SUFFIXES: tuple[str, ...] = ("s",)
