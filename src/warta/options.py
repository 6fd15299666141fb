"""ExtractOptions: one frozen options object passed through every stage.

Defaults come from the packaged `defaults.toml`; environment variables (WARTA_*) and CLI flags
are layered on top by `load_options`.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from functools import cache
from importlib import resources

from warta.errors import ConfigError

NER_MODES = ("model", "rules")  # trained entity model under the rules, or the rules alone


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    lang: str = "auto"  # "auto" or a language code
    max_bytes: int = 20_000_000  # larger inputs are refused with InputTooLargeError
    include_text: bool = True  # carry Article.text in the output
    min_body_ratio: float = 0.05  # boilerplate guard: keep input if less than this much survives
    analyze: bool = True  # run the language-specific NLP components
    time_budget_s: float = 30.0  # a page still being extracted after this long is stopped (0: no limit)
    memory_budget_mb: float = 2000.0  # ... or once the process has grown by this much during it (0: no limit)
    ner: str = "model"  # "model": trained entity model under the rules (where shipped); "rules": rules only


def _defaults() -> dict:
    return dict(_packaged_defaults())


@cache
def _packaged_defaults() -> dict:
    # read once: extract() without options calls load_options() per page, and reading and
    # parsing the file was a tenth of a short page's extraction
    raw = resources.files("warta").joinpath("defaults.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw).get("extract", {})


def load_options(**overrides) -> ExtractOptions:
    """Defaults from defaults.toml, then WARTA_<FIELD> environment variables, then overrides."""
    values: dict = {}
    names = {f.name: f for f in fields(ExtractOptions)}
    for key, value in _defaults().items():
        if key in names:
            values[key] = value
    for name in names:
        env = os.environ.get(f"WARTA_{name.upper()}")
        if env is not None:
            values[name] = _coerce(env, type(getattr(ExtractOptions(), name)))
    values.update({k: v for k, v in overrides.items() if v is not None})
    options = replace(ExtractOptions(), **values)
    if options.ner not in NER_MODES:
        raise ConfigError(f"ner must be one of {', '.join(NER_MODES)}, not {options.ner!r} (WARTA_NER)")
    check_lang(options.lang)
    return options


def check_lang(lang: str) -> str:
    """`lang` if it is "auto" or a language warta has resources for; else UnsupportedLanguageError.

    An unknown code used to be recorded as the page's language with all analysis silently dropped."""
    from warta.errors import UnsupportedLanguageError
    from warta.lang.base import supported_languages

    known = ("auto", *supported_languages())
    if lang not in known:
        raise UnsupportedLanguageError(
            f"language {lang!r} is not supported: use {', '.join(known)} (auto identifies it per page)")
    return lang


def _coerce(value: str, kind: type):
    if kind is bool:
        return value.strip().lower() in ("1", "true", "yes", "on")
    return kind(value)
