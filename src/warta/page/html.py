"""HTML -> HtmlPage: the article text (one block per line, headline first) and head metadata,
via trafilatura. The text then goes through `warta.page.structure` like a scraped text page.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from warta.errors import NoArticleError

LAYOUT_ROW_WORDS = 300  # a table row longer than this is page layout, not a table
_BLANKS_RE = re.compile(r"\n\s*\n+")
_NORM_RE = re.compile(r"\W+", re.UNICODE)
_TAG_SPLIT_RE = re.compile(r"\s*[,;|]\s*")
# only dates the markup states (meta tags, <time>), not dates guessed from the body text
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# how warta calls trafilatura's bare_extraction (bench/bench_aeb.py times the same call)
TRAFILATURA_PARAMS = {
    "with_metadata": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    # no readability/jusText fallback runs: warta's own structure pass cleans what trafilatura's
    # main extractor leaves (on the ScrapingHub pages: same F1, a third faster)
    "fast": True,
    "date_extraction_params": _DATE_PARAMS,
}


@dataclass
class HtmlPage:
    """Article text extracted from markup, with the metadata the page declares."""

    text: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    tags: list[str] = field(default_factory=list)
    sitename: str | None = None
    url: str | None = None
    # names of the site the headline candidates revealed ("Kompas.com" from "… - Kompas.com")
    site_names: list[str] = field(default_factory=list)


def _norm(s: str | None) -> str:
    return _NORM_RE.sub("", unicodedata.normalize("NFKC", s or "").lower())


def _split_tags(values) -> list[str]:
    out: list[str] = []
    for value in values or []:
        for tag in _TAG_SPLIT_RE.split(str(value)):
            tag = tag.strip().lstrip("#").strip()
            if tag and tag not in out:
                out.append(tag)
    return out


def _clean_author(author: str | None) -> str | None:
    """The writer's name from the markup's author, without a byline label ("oleh Rahmat Hidayat",
    "By Jane Doe" from a WordPress byline span)."""
    from warta.page.boilerplate import parse_byline

    author = " ".join((author or "").split())
    if not author:
        return None
    by = parse_byline(author)
    if by is not None and by.author:
        return by.author
    return author


def _layout_table(text: str) -> bool:
    """A table row of article length: the table lays out the page, it holds no data."""
    return any(
        line.startswith("|") and len(line.split()) > LAYOUT_ROW_WORDS for line in text.split("\n")
    )


def html_to_page(html: str, *, url: str | None = None) -> HtmlPage:
    """Extract the article text and metadata from an HTML page.

    Args:
        html: the markup.
        url: where it came from, if known (helps trafilatura with relative metadata).

    Raises:
        NoArticleError: trafilatura finds no article text in the markup.
    """
    import trafilatura
    from trafilatura.utils import load_html

    from warta.page.headline import choose_headline

    try:
        # parsed once: the headline is read off the tree before trafilatura prunes it
        tree = load_html(html)
        headline = choose_headline(tree, url=url) if tree is not None else None
        doc = trafilatura.bare_extraction(tree if tree is not None else html, url=url, **TRAFILATURA_PARAMS)
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        raise NoArticleError(
            f"no article text could be extracted from the HTML ({type(exc).__name__})"
        ) from exc
    if doc is None:
        raise NoArticleError("no article text could be extracted from the HTML")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    if tree is not None and _layout_table(data.get("text") or ""):
        # a page laid out in a table comes out as one huge row: read it again without tables
        try:
            plain = trafilatura.bare_extraction(tree, url=url, **{**TRAFILATURA_PARAMS, "include_tables": False})
        except Exception:  # the first reading stands
            plain = None
        if plain is not None and (plain.text or "").strip():
            data["text"] = plain.text
    body = (data.get("text") or "").replace("\r\n", "\n").replace("\r", "\n")
    body = _BLANKS_RE.sub("\n", body).strip()
    if not body:
        raise NoArticleError("no article text could be extracted from the HTML")
    title = (data.get("title") or "").strip() or None
    if headline is not None and headline.title:
        title = headline.title
    lines = body.split("\n")
    if title and _norm(lines[0]) != _norm(title):
        body = f"{title}\n{body}"
    date = data.get("date")
    return HtmlPage(
        text=body,
        title=title,
        published=str(date)[:10] if date else None,
        author=_clean_author(data.get("author")),
        tags=_split_tags(data.get("tags")) or _split_tags(data.get("categories")),
        sitename=(data.get("sitename") or "").strip() or None,
        url=data.get("url") or url,
        site_names=headline.site_names if headline is not None else [],
    )
