"""Indonesian place knowledge: the world gazetteer with pycountry's Indonesian country names,
curated Indonesian exonyms, abbreviations ("Korut", "AS"), provinces and regions, and the
words that make a place name ("Kabupaten Sigi", "Sungai Wuno")."""

from __future__ import annotations

import gettext
from functools import cache

from warta.lang.base import read_list
from warta.lang.en.places import Place, build_place_table

__all__ = ["Place", "place_table", "PLACE_PREFIXES", "PLACE_TAILS", "DEMONYMS",
           "PREFERRED_COUNTRY_NAMES"]

# Preferred short names of countries in Indonesian news, by ISO 3166 alpha-2 code.
PREFERRED_COUNTRY_NAMES: dict[str, str] = {
    "RU": "Rusia", "CN": "China", "GB": "Inggris", "US": "Amerika Serikat", "KR": "Korea Selatan",
    "KP": "Korea Utara", "IR": "Iran", "SY": "Suriah", "LA": "Laos", "VN": "Vietnam",
    "TW": "Taiwan", "PS": "Palestina", "VA": "Vatikan", "CZ": "Ceko", "NL": "Belanda",
    "PH": "Filipina", "NZ": "Selandia Baru", "TR": "Turki", "MM": "Myanmar", "BN": "Brunei",
}

# A capitalised word that makes the words after it a place name, with the type of place.
PLACE_PREFIXES: dict[str, str] = {
    "kabupaten": "GPE", "kab.": "GPE", "kota": "GPE", "kecamatan": "GPE", "kelurahan": "GPE",
    "desa": "GPE", "provinsi": "GPE", "dusun": "GPE", "kampung": "GPE", "nagari": "GPE",
    "negara bagian": "GPE", "distrik": "GPE", "sungai": "LOC", "gunung": "LOC", "danau": "LOC",
    "laut": "LOC", "selat": "LOC", "teluk": "LOC", "pulau": "LOC", "kepulauan": "LOC",
    "semenanjung": "LOC", "pasar": "LOC", "jalan": "LOC", "jl.": "LOC", "pantai": "LOC",
    "tanjung": "LOC", "lembah": "LOC", "bukit": "LOC", "hutan": "LOC", "taman nasional": "LOC",
    "bandara": "LOC", "pelabuhan": "LOC", "stasiun": "LOC", "terminal": "LOC", "jembatan": "LOC",
    "stadion": "LOC", "wisma": "LOC", "waduk": "LOC", "bendungan": "LOC", "tol": "LOC",
    "jalan tol": "LOC", "pos lintas batas negara": "LOC", "plbn": "LOC", "lapas": "LOC",
    "rutan": "LOC", "alun-alun": "LOC", "monumen": "LOC", "candi": "LOC", "masjid": "LOC",
    "gereja": "LOC", "sesar": "LOC", "hotel": "LOC", "kawasan industri": "LOC",
    "kawasan ekonomi khusus": "LOC", "lapangan": "LOC", "museum": "LOC", "pura": "LOC",
}

# Gazetteer names that are everyday Indonesian words ("Lima" is five, "Batu" stone).
NOT_PLACES: frozenset[str] = frozenset({"lima", "enam", "tujuh", "delapan", "sembilan", "batu",
                                        "agama", "jaya", "bara", "timur", "barat", "utara",
                                        "selatan", "tengah", "raya", "baru", "mega"})

# Indonesian puts the kind of place first; English-style tails are rare.
PLACE_TAILS: tuple[str, ...] = ()

# Indonesian has no capitalised nationality adjectives distinct from country names.
DEMONYMS: tuple[str, ...] = ()


def _translator():
    import pycountry

    try:
        t = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    except OSError:
        return None

    def translate(name: str) -> str | None:
        out = t.gettext(name)
        return out if out != name else None

    return translate


@cache
def place_table() -> dict[str, Place]:
    """The Indonesian gazetteer, built once per process."""
    from warta.lang.id.titles import STOP_WORDS

    return build_place_table(read_list("warta.lang.id", "places.txt"), PREFERRED_COUNTRY_NAMES,
                             _translator(), STOP_WORDS | NOT_PLACES)

# Lowercase route words before a road's end points ("ruas jalan Putussibau–Nanga Badau").
ROUTE_WORDS: tuple[str, ...] = ("jalan", "ruas", "jalur", "rute", "tol")
