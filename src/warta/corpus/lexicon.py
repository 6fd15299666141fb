"""The corpus layer's words, from the language resources: the union over every supported
language of its `corpus` module (and its `units` tables for unit categories), built once.

The corpus is cross-lingual (an Indonesian claim lines up with an English one), so every
language's words apply to every article. The patterns that use them live where they are used
(claims, conflicts, entities); this module only gathers and escapes the words.
"""

from __future__ import annotations

import re
from functools import cache

from warta.lang import get_resources, supported_languages
from warta.lang.base import union


def _corpus_modules():
    for code in supported_languages():
        res = get_resources(code)
        if res is not None and res.corpus is not None:
            yield res


def words(name: str) -> tuple[str, ...]:
    """The union of one `corpus` list over the supported languages, lowercased, first occurrence kept."""
    return union("corpus", name)


@cache
def wordset(name: str) -> frozenset[str]:
    return frozenset(words(name))


def alternation(name: str, space: str = r"\ ") -> str:
    """A regex alternation of one list's words (escaped; longest first), a space written as `space`."""
    escaped = (re.escape(w).replace(r"\ ", space) for w in sorted(words(name), key=lambda w: (-len(w), w)))
    return "|".join(escaped) or "(?!)"


@cache
def claim_unit_stems() -> dict[str, tuple[str, ...]]:
    """Category -> the unit words (CLAIM_UNITS) in it, the category read from each language's own
    units.UNITS (a currency sign through the unit units.CURRENCIES names), CLAIM_UNIT_OVERRIDES first."""
    out: dict[str, dict[str, None]] = {}
    for res in _corpus_modules():
        overrides = getattr(res.corpus, "CLAIM_UNIT_OVERRIDES", {})
        units = res.units.UNITS if res.units else {}
        currencies = getattr(res.units, "CURRENCIES", {}) if res.units else {}
        for stem in getattr(res.corpus, "CLAIM_UNITS", ()):
            stem = stem.lower()
            category = overrides.get(stem) or units.get(stem) or units.get(currencies.get(stem, ""))
            if category is None:
                raise ValueError(f"warta.lang.{res.code}.corpus: claim unit {stem!r} has no category in units")
            out.setdefault(category, {}).setdefault(stem, None)
    return {cat: tuple(stems) for cat, stems in out.items()}


__all__ = ["alternation", "claim_unit_stems", "words", "wordset"]
