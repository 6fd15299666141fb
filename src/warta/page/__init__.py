"""Stage 1: a page (text or HTML) -> article structure with every removed line accounted for."""

from warta.page.html import HtmlPage, html_to_page
from warta.page.structure import PageStructure, Removed, parse_structure

__all__ = ["HtmlPage", "PageStructure", "Removed", "html_to_page", "parse_structure"]
