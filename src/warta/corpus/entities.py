"""Cross-article canonical entities: one key per real-world entity across articles and languages.

A key comes from the bundled alias table (`aliases.tsv`), then from pycountry's country names in
English and their Indonesian translations, and otherwise from the name folded for spelling
variants (transliterations like Zelenskyy / Zelensky / Zelenskiy share one key).
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from warta.corpus.lexicon import words

ALIAS_FILE = "aliases.tsv"
PERSON = "PERSON"
_PUNCT = re.compile(r"[\"'’‘`´.,()\[\]{}:;!?/\\]+")
_DASH = re.compile(r"[\-–—‐]+")
_SPACE = re.compile(r"\s+")
_DOUBLE = re.compile(r"(.)\1+")
# Demonyms/possessives that make a longer form of a country name ("South Korea's").
_POSSESSIVE = re.compile(r"\b(\w+)s\b(?=\s)")


@cache
def _leading() -> tuple[str, ...]:
    """Leading words that do not change which entity is meant ("the Pentagon", "pihak Kremlin"):
    warta.lang.<code>.corpus.NAME_LEADING_WORDS, each stripped once, in language order."""
    return tuple(f"{w} " for w in words("NAME_LEADING_WORDS"))


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Lower-cased, accent-free, punctuation-free form used for alias lookups. Cached: the store
    and the claim layer normalise the same few names once per mention, alias and claim."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _PUNCT.sub(" ", text.replace("’s ", " ").replace("'s ", " "))
    text = _DASH.sub(" ", text).lower()
    text = _SPACE.sub(" ", text).strip()
    for lead in _leading():
        if text.startswith(lead):
            text = text[len(lead):]
    return text


@cache
def _key_noise() -> frozenset[str]:
    return frozenset(fold(w) for w in words("KEY_NOISE_WORDS"))  # folded like the keys ("regenci")


def key_form(name: str) -> str:
    """fold(name) without legal-form and administrative words, unless nothing else is left."""
    folded = fold(name)
    kept = [w for w in folded.split() if w not in _key_noise()]
    return " ".join(kept) if kept else folded


def fold(text: str) -> str:
    """norm() plus transliteration folding: y->i, doubled letters once (Zelenskyy = Zelenskiy)."""
    return _DOUBLE.sub(r"\1", norm(text).replace("y", "i"))


@dataclass(frozen=True, slots=True)
class Canonical:
    key: str
    name: str
    type: str | None


@cache
def _table() -> dict[str, Canonical]:
    """norm(alias) -> Canonical, from aliases.tsv then pycountry."""
    out: dict[str, Canonical] = {}
    raw = resources.files("warta.corpus").joinpath(ALIAS_FILE).read_text(encoding="utf-8")
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        etype, name, aliases = (line.split("\t") + ["", ""])[:3]
        canon = Canonical(f"n:{fold(name)}", name, etype)
        for alias in [name, *[a.strip() for a in aliases.split("|")]]:
            if alias:
                out.setdefault(norm(alias), canon)
    try:
        import pycountry

        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"]).gettext
        except OSError:  # pragma: no cover - locale files missing
            tr = None
        for country in pycountry.countries:
            common = getattr(country, "common_name", None) or country.name
            forms = {country.name, common, getattr(country, "official_name", None) or country.name}
            if tr:
                forms.add(tr(country.name))
            key = out.get(norm(common)) or Canonical(f"n:{fold(common)}", common, "GPE")
            for form in forms:
                out.setdefault(norm(form), key)
    except ImportError:  # pragma: no cover
        pass
    return out


class EntityResolver:
    """Maps an article's entity (name, type, aliases) to a cross-article canonical key."""

    def __init__(self) -> None:
        self.table = _table()

    def lookup(self, name: str) -> Canonical | None:
        """The alias-table entry for a name, if any."""
        return self.table.get(norm(name))

    def canonical(self, name: str, etype: str | None = None, aliases: list[str] | tuple = ()) -> Canonical:
        """The canonical entity for a name and its in-article aliases."""
        for form in (name, *aliases):
            hit = self.lookup(form)
            if hit is not None:
                return hit
        key = key_form(name)
        # One word may be a surname or a place ("Jordan"): keep people apart there. A longer name is
        # one entity whatever type an article gave it (types slip more often than names).
        prefix = "p" if etype == PERSON and " " not in key else "n"
        return Canonical(f"{prefix}:{key}", name, etype)


@cache
def resolver() -> EntityResolver:
    return EntityResolver()


class ArticleEntities:
    """Within one article: any name or alias -> canonical key (for claim sources and subjects)."""

    def __init__(self, entities, res: EntityResolver | None = None) -> None:
        self.res = res or resolver()
        self.by_norm: dict[str, Canonical] = {}
        self.by_local: dict[str, Canonical] = {}
        for ent in entities:
            canon = self.res.canonical(ent.name, ent.type, ent.aliases)
            self.by_local[ent.id] = canon
            for form in (ent.name, *ent.aliases):
                self.by_norm.setdefault(norm(form), canon)

    def resolve(self, name: str | None) -> Canonical | None:
        if not name:
            return None
        hit = self.by_norm.get(norm(name))
        if hit is not None:
            return hit
        table = self.res.lookup(name)
        if table is not None:
            return table
        # A longer form containing a known name ("Russia's Kursk region" -> Kursk)
        n = norm(name)
        best = None
        for form, canon in self.by_norm.items():
            # the substring test first: compiling a pattern per form and name was most of the cost
            if len(form) > 2 and form in n and re.search(rf"\b{re.escape(form)}\b", n) and \
                    (best is None or len(form) > best[0]):
                best = (len(form), canon)
        if best:
            return best[1]
        return self.res.canonical(name)
