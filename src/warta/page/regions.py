"""Passes of `warta.page.structure` that look at many lines at once: the article's own block in
a text dump of a whole page and where its headline stands; hard-wrapped leads; lists and tables
that open or close the body; a second printed copy of the article; reporter initials.

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
MIN_SHARED = 2  # ... at least this many words
_NORM_RE = re.compile(r"\W+", re.UNICODE)
LEAD_LINES = 3  # body lines whose words a headline shares
HEADLINE_MARGIN = 2  # words shared with the lead beyond the first candidate's to pass it over
REPEAT_MIN_WORDS = 6  # paragraphs this long, printed again in the same order, are a copy ...
REPEAT_BLOCK = 3  # ... when the run is this long
REPEAT_SHARE = 0.4  # ... and holds this share of the page's distinct paragraphs
TRAILING_LINK_WORDS = 20  # a bulleted link to another article is no longer
TRAILING_LINK_SPAN = 8  # body lines at the end of markup text searched for such links
HEADER_LIST_LINES = 5  # plain lines in a row that no header of markup text holds
WRAP_LOOKAHEAD = 8  # lines a hard-wrapped sentence may span
WRAP_MIN_WORDS = 8
WRAP_LINE_WORDS = 5  # a wrapped line that runs on into a capitalised word is this long
# a quotation with its closing mark: a short line of the article, not a link ("“Teh ririn
# mani geulis,” imbuh akun @romansyahjapan")
_QUOTED_RE = re.compile(r"[\"“„«].{3,}?[\"”»]")
BULLET_RE = re.compile(r"^[-*•▪◦·]\s+\S")
LIST_ITEM_RE = re.compile(r"^(?:[-*•▪◦·]\s+\S|\d{1,3}[.)]\s+\S|\|.*\|$)")
# reporter initials closing the last paragraph: "... pada 16 Maret 2017. (wis/wis)", "[noe]"
TRAILING_CODE_RE = re.compile(r"(?<=[.!?\"”’)])\s*[(\[](?:\*|[a-z][a-z0-9-]{0,7})(?:/[a-z0-9-]{1,8}){0,3}[)\]]$")


def set_chrome(line: _Line, reason: str) -> None:
    line.role = "chrome"
    line.reason = reason


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


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in bp.words(text) if len(w) >= 4 and not w.isdigit()}


def best_headline(lines: list[_Line], sized: list[int], limit: int) -> int:
    """The first line of headline length, unless a later one shares clearly more words with the
    lead paragraphs: a menu entry or a teaser of another story comes before the headline."""
    lead: set[str] = set()
    for line in lines[limit : limit + LEAD_LINES]:
        lead |= _content_words(line.text)
    if not lead:
        return sized[0]
    scores = [len(_content_words(lines[i].text) & lead) for i in sized]
    best = max(range(len(sized)), key=lambda k: (scores[k], -k))
    if scores[best] >= scores[0] + HEADLINE_MARGIN:
        return sized[best]
    return sized[0]


def ends_lead_in(line: _Line) -> bool:
    """A sentence, or a line that leads into what follows ("Here's why:", "The schedule:")."""
    return bp.ends_sentence(line.text) or (line.n >= 4 and line.text.endswith(":"))


def wrapped_prose(lines: list[_Line], j: int) -> bool:
    """Line j opens a paragraph hard-wrapped into short lines (<br> breaks, fixed-width text):
    each line runs on into the next, which starts in lower case (or, past the first break,
    follows a full-width line that stops on a lower-case word or a comma), until a sentence
    ends."""
    n = 0
    for k in range(j, min(len(lines), j + WRAP_LOOKAHEAD)):
        x = lines[k]
        if x.classified or x.role:
            return False
        n += x.n
        if bp.ends_sentence(x.text):
            return k > j and n >= WRAP_MIN_WORDS
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if nxt is None:
            return False
        last = x.text.split()[-1]
        runs_on = k > j and x.n >= WRAP_LINE_WORDS and (last.islower() or last.endswith(","))
        if not (nxt.text[:1].islower() or runs_on):
            return False
    return False


def header_list(lines: list[_Line], head_end: int, b: int) -> int:
    """Where the body starts when the markup's article text opens with a list or table: a run
    of HEADER_LIST_LINES or more plain lines the header pass set aside is content, not header."""

    def aside(line: _Line) -> bool:
        return line.role == "chrome" and line.reason == "header" and not line.classified

    first = None
    for k in range(head_end + 1, b):
        if not aside(lines[k]):
            first = None
        elif first is None:
            first = k
        if first is not None and k - first + 1 >= HEADER_LIST_LINES:
            break
    else:
        return b
    for line in lines[first:b]:
        if aside(line):
            line.role, line.reason = "", None
    return first


def trailing_footer(lines: list[_Line], b: int) -> None:
    """Short lines after the last sentence are footer links, unless they are a list the article
    introduces ("Jadwal lengkapnya:" then "1. ...", "- ...", "| ... |" lines) or a closing
    quotation; reporter initials after the last sentence ("... 2017. (wis/wis)") do not make
    it short."""
    tail: list[_Line] = []
    for line in reversed(lines[b:]):
        if line.role != "body" and line.role != "":
            continue
        if tail and line.role == "body" and line.text.rstrip().endswith(":"):
            # the run is the list this line introduces: keep its items, drop what follows them
            items = list(reversed(tail))
            k = 0
            while k < len(items) and LIST_ITEM_RE.match(items[k].text):
                k += 1
            tail = list(reversed(items[k:])) if k >= 2 else tail
            break
        text = TRAILING_CODE_RE.sub("", line.text)
        if line.role == "body" and bp.is_short(text) and not _QUOTED_RE.search(text):
            tail.append(line)
            continue
        break
    for line in tail:
        set_chrome(line, "footer")


def repeats(lines: list[_Line], t: int | None) -> None:
    """A page that prints its article twice (a print copy, hidden markup) or repeats the
    headline among the paragraphs: the headline again, and a second copy of a run of
    paragraphs that holds a good share of the article, go. Shorter repeats stay (an interview
    asks each guest the same question, a meal plan repeats its days)."""
    if t is not None:
        title = norm(lines[t].text)
        for line in lines:
            if line.role == "body" and line.n == lines[t].n and norm(line.text) == title:
                set_chrome(line, "repeated")
    body = [x for x in lines if x.role == "body" and x.n >= REPEAT_MIN_WORDS]
    keys = [x.text for x in body]  # a copy is printed from the same text
    first: dict[str, int] = {}
    for i, k in enumerate(keys):
        first.setdefault(k, i)
    need = max(REPEAT_BLOCK, int(REPEAT_SHARE * len(first)))
    i = 0
    while i < len(body):
        p = first[keys[i]]
        n = 0
        while p < i and i + n < len(body) and p + n < i and keys[i + n] == keys[p + n]:
            n += 1
        if n >= need:
            for line in body[i : i + n]:
                set_chrome(line, "repeated")
        i += max(n, 1)


def trailing_links(lines: list[_Line], b: int) -> None:
    """Bulleted headlines near the end of markup text ("- 15 Amazing Images of Stars") are a
    list of other articles, unless a line of the article introduces them with a colon."""
    body = [x for x in lines[b:] if x.role == "body"]
    start = len(body) - max(TRAILING_LINK_SPAN, len(body) // 3)
    k = max(start, 1)
    while k < len(body):
        run = []
        while k + len(run) < len(body) and _linked_headline(body[k + len(run)]):
            run.append(body[k + len(run)])
        if len(run) >= 2 and not body[k - 1].text.endswith(":"):
            for line in run:
                set_chrome(line, "related")
        k += len(run) + 1


def _linked_headline(line: _Line) -> bool:
    return (
        BULLET_RE.match(line.text) is not None
        and line.n <= TRAILING_LINK_WORDS
        and not bp.ends_sentence(line.text)
        and _title_case(line.text[1:])
    )


def _title_case(text: str) -> bool:
    """Headline capitalisation: the words other than short lower-case ones ("on", "the", "di")
    start with a capital or a digit, three in four at least."""
    ws = [w for w in bp.words(text) if not (len(w) <= 3 and w.islower())]
    caps = sum(1 for w in ws if w[0].isupper() or w[0].isdigit())
    return len(ws) >= 3 and caps >= 0.75 * len(ws)
