"""The shape of a language's resources and the lookup by language code.

A language is a package `warta.lang.<code>` whose `__init__` defines a LanguageResources
subclass. Each concern lives in its own module there and is exposed as an attribute holding
that module, so `res.numbers.NUMBER_WORDS`, `res.reporting.REPORTING_VERBS`, and so on.
"""

from __future__ import annotations

import importlib
from functools import cache
from importlib import resources as importlib_resources
from types import ModuleType


class LanguageResources:
    """Table of contents for one language: each attribute is a resource module."""

    code: str = ""
    name: str = ""
    numbers: ModuleType | None = None  # NUMBER_WORDS, MULTIPLIERS, APPROX_MARKERS, parse_number()
    units: ModuleType | None = None  # UNITS {noun: category}, CURRENCIES
    dates: ModuleType | None = None  # MONTHS, DAYS, date patterns
    chrome: ModuleType | None = None  # boilerplate line patterns
    titles: ModuleType | None = None  # ROLE_TITLES, ORG_HEADS, honorifics
    places: ModuleType | None = None  # place aliases, demonyms, capitals
    reporting: ModuleType | None = None  # REPORTING_VERBS by stance, cue frames, relay frames
    pronouns: ModuleType | None = None  # personal pronouns, demonstratives
    corpus: ModuleType | None = None  # words the cross-article layer reads: claim units, markers, cues
    measures: ModuleType | None = None  # what a figure measures: MEASURES, approximation words, WEEKDAYS
    decimal_mark: str = "."  # how figures are written for readers: 12,000.5 (en) / 12.000,5 (id)
    group_mark: str = ","


KNOWN = ("id", "en")


@cache
def get_resources(code: str) -> LanguageResources | None:
    """Resources for a language code, or None for a language warta has no knowledge of."""
    if code not in KNOWN:
        return None
    module = importlib.import_module(f"warta.lang.{code}")
    return module.RESOURCES


def supported_languages() -> tuple[str, ...]:
    return KNOWN


def read_list(package: str, filename: str) -> list[str]:
    """Read a one-entry-per-line resource file; '#' starts a comment line."""
    text = importlib_resources.files(package).joinpath(filename).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def read_mapping(package: str, filename: str) -> dict[str, str]:
    """Read "key = value" lines (keys lowercased); the last "=" separates, so keys may hold one."""
    out: dict[str, str] = {}
    for line in read_list(package, filename):
        key, _, value = line.rpartition("=")
        out[key.strip().lower()] = value.strip()
    return out

@cache
def union(resource: str, name: str) -> tuple[str, ...]:
    """One list of one resource module (e.g. ("chrome", "NOT_WRITERS")) over every supported
    language, lowercased, first occurrence kept: for rules that apply to every page whatever its
    language (Indonesian pages carry English chrome, the corpus is cross-lingual)."""
    out: dict[str, None] = {}
    for code in KNOWN:
        module = getattr(get_resources(code), resource, None)
        for word in getattr(module, name, ()):
            out.setdefault(word.lower(), None)
    return tuple(out)
