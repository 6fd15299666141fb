"""Body-region passes of `warta.page.structure` that look at many lines at once: the article's
own block in a text dump of a whole page, and where its headline stands.

A scraped page is usually cut down to the article already; a dump of a whole page (every menu,
teaser, comment and footer line) is not. There the article is the longest stretch of prose
lines: the lines that read as sentences, with short gaps (subheads, captions, list items)
between them. Prose outside that stretch (teaser blurbs, comments, "about us") is not the
article.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from warta.page import boilerplate as bp

if TYPE_CHECKING:
    from warta.page.structure import _Line

DUMP_MIN_LINES = 30  # body lines a page needs before it can be a whole-page dump ...
DUMP_PROSE_SHARE = 0.5  # ... with prose lines under this share of them
GAP_LINES = 4  # lines between two prose lines of one stretch at most
FIRST_SHARE = 0.2  # the first stretch with this share of the longest one's words is the article
HEADLINE_WINDOW = 15  # lines above the article's block searched for its headline
LEAD_LINES = 3  # prose lines whose words the headline shares
MIN_SHARED = 2  # ... at least this many words


_NORM_RE = re.compile(r"\W+", re.UNICODE)


def norm(text: str) -> str:
    return _NORM_RE.sub("", unicodedata.normalize("NFKC", text).lower())


def _prose(line: _Line) -> bool:
    return bp.is_prose(line.text, line.n)


def article_block(lines: list[_Line], b: int) -> tuple[int, int] | None:
    """The first and last line index of the article in a whole-page dump, or None when the
    body is not a dump (most of its lines read as prose, or it is short)."""
    body = [k for k in range(b, len(lines)) if lines[k].role == "body"]
    if len(body) < DUMP_MIN_LINES:
        return None
    prose = [k for k in body if _prose(lines[k])]
    if not prose or len(prose) >= DUMP_PROSE_SHARE * len(body):
        return None
    segments: list[list[int]] = []  # [words, first, last]
    for k in prose:
        if segments and k - segments[-1][2] - 1 <= GAP_LINES:
            segments[-1][0] += lines[k].n
            segments[-1][2] = k
        else:
            segments.append([lines[k].n, k, k])
    # the article comes before the comments and the related stories that may outweigh it;
    # teaser blurbs above it are short
    most = max(w for w, _, _ in segments)
    i = next(i for i, seg in enumerate(segments) if seg[0] >= FIRST_SHARE * most)
    words, first, last = segments[i]
    return first, last


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in bp.words(text) if len(w) >= 4 and not w.isdigit()}


def block_headline(lines: list[_Line], start: int, top: list[str]) -> int | None:
    """The headline above the article's block: a line of headline length, not a sentence,
    sharing the most words with the lead, and best of all one the page repeats (its <title>
    line at the top: "Headline | Site"); `top` holds the normalised first lines of the page."""
    lead: set[str] = set()
    for line in [x for x in lines[start:] if _prose(x)][:LEAD_LINES]:
        lead |= _content_words(line.text)
    best, best_score = None, MIN_SHARED - 1
    for k in range(max(0, start - HEADLINE_WINDOW), start):
        line = lines[k]
        if line.classified or not 4 <= line.n <= 40 or bp.ends_sentence(line.text.rstrip("?!")):
            continue
        shared = len(_content_words(line.text) & lead)
        key = norm(line.text)
        repeated = any(key in t and key != t or t.startswith(key) and key != t for t in top)
        score = shared + (3 if repeated else 0)
        if score > best_score:
            best, best_score = k, score
    return best
