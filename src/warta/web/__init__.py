"""Server-rendered UI assets: the Jinja2 environment, templates and static files."""

from __future__ import annotations

from pathlib import Path

import jinja2
from fastapi.templating import Jinja2Templates

from warta.web.format import FILTERS

WEB_DIR = Path(__file__).parent
TEMPLATE_DIR = WEB_DIR / "templates"
STATIC_DIR = WEB_DIR / "static"

# Autoescape is on for every template, whatever its name: all article text is hostile input.
_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.ChainableUndefined,
)
_env.filters.update(FILTERS)
templates = Jinja2Templates(env=_env)
