"""Server-rendered UI assets: the Jinja2 environment, templates and static files."""

from __future__ import annotations

from pathlib import Path

import jinja2
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from warta.web.format import FILTERS

WEB_DIR = Path(__file__).parent
TEMPLATE_DIR = WEB_DIR / "templates"
STATIC_DIR = WEB_DIR / "static"

# Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): an override in a
# scraped title (U+202E) would reverse the text after it on the page, spoofing what follows.
# They are dropped from everything rendered; the stylesheet isolates each piece of article text
# (unicode-bidi: isolate), so right-to-left words stay readable without spilling into the page.
BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def neutralise_bidi(value):
    """Every `{{ value }}` passes here (Jinja finalize), escaped markup included."""
    if isinstance(value, Markup):
        return Markup(str.translate(value, BIDI_CONTROLS))
    if isinstance(value, str):
        return value.translate(BIDI_CONTROLS)
    return value


# Autoescape is on for every template, whatever its name: all article text is hostile input.
_env = jinja2.Environment(
    finalize=neutralise_bidi,
    loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.ChainableUndefined,
)
_env.filters.update(FILTERS)
templates = Jinja2Templates(env=_env)
