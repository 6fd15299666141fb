"""Line classification for scraped news pages: which raw lines are site chrome, and why.

Phrases come from `warta.lang.{id,en}.chrome`; both languages' tables apply to every page.
Functions here look at one line at a time; `warta.page.structure` adds what depends on a
line's position (navigation above the headline, related-article lists at the foot).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.lang.base import union
from warta.lang.en import chrome as en_chrome
from warta.lang.id import chrome as id_chrome

_CHROME_MODULES = (id_chrome, en_chrome)

WORD_RE = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*", re.UNICODE)
# a line that ends like a sentence or a quotation
SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’»)]*$|[\"”’»]$")
# prefixes that only mark chrome before a colon or in a short line
_WEAK_PREFIX_REASONS = {"share", "follow", "subscribe", "caption", "read_time", "date"}

SHORT_WORDS = 12  # a "short" line: at most this many words and no closing full stop
PROSE_WORDS = 40  # chrome phrases never remove a line longer than this
PROMO_WORDS = 60  # a channel promotion ("Simak breaking news ... WhatsApp Channel") runs this long
MAX_LINE_KEY = 60  # whole-line chrome ("Komentar (12)", "Related Stories") is never longer


def _merge(attr: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for mod in _CHROME_MODULES:
        for reason, items in getattr(mod, attr).items():
            out.setdefault(reason, []).extend(items)
    return out


def _merge_list(attr: str) -> list[str]:
    seen: dict[str, None] = {}
    for mod in _CHROME_MODULES:
        for item in getattr(mod, attr):
            seen.setdefault(item, None)
    return list(seen)


def _alt(items) -> str:
    """Regex alternation of phrases, longest first, with flexible inner whitespace."""
    parts = sorted({i for i in items}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


class _PhraseTable:
    """One regex over every phrase of a reason -> phrases table; the match names its reason."""

    def __init__(self, table: dict[str, list[str]], template: str) -> None:
        self.reasons: dict[str, str] = {}
        for reason, items in table.items():
            for item in items:
                self.reasons.setdefault(" ".join(item.split()), reason)
        self.rx = re.compile(template.format(_alt(self.reasons)), re.IGNORECASE)

    def reason(self, m: re.Match) -> str:
        return self.reasons[" ".join(m.group(0).lower().split())]


# the phrase must end at a non-letter ("Bagikan:", "Baca juga ", "Read more »")
_PREFIXES = _PhraseTable(_merge("PREFIXES"), r"^(?:{})(?![^\W\d_])")
_PHRASES = _PhraseTable(_merge("PHRASES"), r"(?<!\w)(?:{})(?!\w)")
_STRONG = _PhraseTable(_merge("STRONG_PHRASES"), r"(?<!\w)(?:{})(?!\w)")
_SUFFIXES = _PhraseTable(_merge("SUFFIXES"), r"(?:{})$")
_LINES: dict[str, str] = {}
for _reason, _items in _merge("LINES").items():
    for _item in _items:
        _LINES.setdefault(_item, _reason)

RELATED_HEADINGS = frozenset(_merge_list("RELATED_HEADINGS"))
CAPTION_MARKERS = frozenset(_merge_list("CAPTION_MARKERS"))
SOCIAL_NAMES = frozenset(_merge_list("SOCIAL_NAMES"))
TAG_LABELS = _merge_list("TAG_LABELS")
BYLINE_LABELS = _merge_list("BYLINE_LABELS")
EDITOR_LABELS = _merge_list("EDITOR_LABELS")
SOURCE_LABELS = _merge_list("SOURCE_LABELS")
MULTI_AUTHOR_LABELS = frozenset(_merge_list("MULTI_AUTHOR_LABELS"))
OUTLET_WORDS = frozenset(_merge_list("OUTLET_WORDS"))
CAPTION_CREDIT_WORDS = _merge_list("CAPTION_CREDIT_WORDS")
SECTION_NAMES = frozenset(_merge_list("SECTION_NAMES"))

_VIEW = _alt(_merge_list("VIEW_WORDS"))
VIEW_COUNTER_RE = re.compile(
    rf"^(?:(?:{_VIEW})\s*:?\s*)?\d[\d.,]*\s*(?:[kKrbRB]|rb|jt)?(?:\s*(?:{_VIEW})){{0,2}}$", re.IGNORECASE
)
_CHANNEL_RE = re.compile(
    rf"(?<!\w)(?:{_alt(_merge_list('CHANNEL_WORDS'))})(?!\w)|https?://|www\.|t\.me/", re.IGNORECASE
)
# a prefix reason whose line is a promotion when it names a channel or carries a link
_PROMO_REASONS = {"follow", "subscribe", "share"}
BYLINE_ROLES = _merge_list("BYLINE_ROLES")
_ROLE_RE = re.compile(rf"^(?:{_alt(BYLINE_ROLES)})(?!\w)", re.IGNORECASE)
# "Putra Ramadhani Astyawan , Jurnalis", "Jane Doe, Staff Writer"
# "KEN ITO and HARUKI SATO, Nikkei staff writers": an outlet name may stand before the role
_NAME_ROLE_RE = re.compile(
    rf"^(?P<name>[^,|]{{3,60}}?)\s*[,|]\s*(?:[^\W\d_][\w.&'-]*\s+){{0,2}}?(?:{_alt(BYLINE_ROLES)})$", re.IGNORECASE
)
_PAGE = _alt(_merge_list("PAGE_WORDS"))
_PAGE_OF = _alt(_merge_list("PAGE_OF_WORDS"))
# "Halaman 2", "Halaman", "Page 2 of 3", "Hal. 1 2 3", "1 2 3"
PAGINATION_RE = re.compile(
    rf"^(?:(?:{_PAGE})\.?(?:\s*:?\s*\d+(?:\s*(?:/|{_PAGE_OF})\s*\d+|(?:\s+\d+)*))?|\d+(?:\s+\d+)+)$",
    re.IGNORECASE,
)
# "Write to Priya Raman at priya.raman@example.com", "Email: redaksi@example.id"
EMAIL_END_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")  # the line ends with the address
CONTACT_WORDS = 12
# "Email Jane Doe at jdoe@example.com", "Have a tip? ... may be reached at ...", "Reach the
# reporters on Twitter at http://...": a contact prefix, then an address, a link or a handle
CONTACT_RE = re.compile(
    rf"^(?:{_alt(_merge_list('CONTACT_PREFIXES'))})(?![^\W\d_]).*?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://|(?<!\w)@\w)",
    re.IGNORECASE,
)
# an embed placeholder left by the scraper: "[Gambas:Video 20detik]", "[embed:instagram]"
EMBED_RE = re.compile(r"^\[[^\W\d_][\w -]{0,20}:[^\]\n]{0,80}\]$")
_RT = _alt(_merge_list("READ_TIME_WORDS"))
READ_TIME_RE = re.compile(
    rf"^(?:[^\W\d]+(?:\s+[^\W\d]+)?\s*:\s*)?\d+\s*(?:{_RT})\.?(?:\s+(?:{_RT}))*$", re.IGNORECASE
)
# "(ant/rzk)", "(jp/dpk)", "(spo/nda)", "(ant)"
CREDIT_CODE_RE = re.compile(
    r"^[(\[]\s*[a-z]{1,6}(?:\s*/\s*[a-z0-9]{1,6}){0,3}\s*[)\]]\.?$|^[a-z]{2,6}/[a-z]{2,6}$"
)
TAG_RE = re.compile(rf"^(?:{_alt(TAG_LABELS)})\s*(?:[:：]\s*|(?=#)|$)", re.IGNORECASE)
HASHTAGS_RE = re.compile(r"^#[^\s#]+(?:[\s,]*#[^\s#]+)+\s*$")
# hashtags of several words ("#kejagung #korupsi impor gula", "# beras"): up to 4 words each
_LOOSE_HASHTAGS_RE = re.compile(r"^#\s?[^\W_][\w'-]*(?:\s[^\W_][\w'-]*){0,3}(?:[\s,]*#\s?[^\W_][\w'-]*(?:\s[^\W_][\w'-]*){0,3})*$")
SOURCE_RE = re.compile(rf"^(?:{_alt(SOURCE_LABELS)})\s*:\s*\S", re.IGNORECASE)
_BYLINE_LABEL_RE = re.compile(
    rf"^(?P<label>{_alt(BYLINE_LABELS)})(?:\s*[:：]\s*|\s+)(?P<rest>\S.*)$", re.IGNORECASE
)
_EDITOR_LABEL_RE = re.compile(rf"^(?:{_alt(EDITOR_LABELS)})(?:\s*[:：]\s*|\s+)(?P<rest>\S.*)$", re.IGNORECASE)
_ANY_LABEL_RE = re.compile(rf"^(?:{_alt(BYLINE_LABELS + EDITOR_LABELS)})(?![^\W\d_])", re.IGNORECASE)
_SEGMENT_SPLIT_RE = re.compile(
    r"\s+[|•·]\s+|\s*;\s*|\s{2,}|,\s+(?=(?:" + _alt(EDITOR_LABELS) + r")\b)"
    r"|\s*/\s*(?=(?:" + _alt(EDITOR_LABELS + BYLINE_LABELS) + r")(?![^\W\d_]))",
    re.IGNORECASE,
)
_NAME_CUT_RE = re.compile(r"\s*(?:,|\s[-–—]\s|\(|\s/\s|\|)")
_NAME_PARTICLES = frozenset(union("chrome", "BYLINE_NAME_PARTICLES"))
_SHARE_CONNECTORS = frozenset(union("chrome", "SHARE_CONNECTORS"))
# separators of a one-line menu or footer link bar ("Privacy · Terms · Contact")
_BAR_SEP_RE = re.compile(r"\s[|·•]\s|\s[|·•]$")
_CRUMB_SEP_RE = re.compile(r"\s(?:>|/|»|›|\\)\s")
# a photo credit closing a caption: "... Warta Nusantara/Mohamad Hamzah", "(Kabar24Jam.com/Arsip)"
_CAP = r"[A-Z][\w.&'-]*"
PHOTO_CREDIT_RE = re.compile(
    rf"(?:[(\[]\s*(?:(?:foto|photo)\s*:\s*)?{_CAP}(?:\s+{_CAP}){{0,3}}\s*/\s*{_CAP}(?:\s+{_CAP}){{0,4}}\s*[)\]]"
    rf"|(?<=[.)]\s){_CAP}(?:\s+{_CAP}){{0,3}}/{_CAP}(?:\s+{_CAP}){{0,4}}"
    rf"|[(\[]?\b(?i:foto|photo)\s*:\s*[^()]{{2,60}}[)\]]?"
    rf"|[(\[](?i:{_alt(CAPTION_CREDIT_WORDS)})(?![^\W\d_])[^()\[\]]{{0,60}}[)\]])\.?$"
)
# a table row as trafilatura writes one
TABLE_ROW_RE = re.compile(r"^\|.*\|$")
TABLE_RULE_RE = re.compile(r"^\|[\s|:-]*-[\s|:-]*\|$")
_COUNT_RE = re.compile(r"^\d[\d.,]*\s+|\s*[(\[]\d[\d.,]*[)\]]$|\s+\d[\d.,]*$")
_STRIP = " \t:：-–—|·•»›>*#.,"


@dataclass(frozen=True)
class Byline:
    """Names read from a byline or editor line."""

    author: str | None
    editor: str | None


def words(text: str) -> list[str]:
    """Word tokens of a line (letters and digits, inner hyphens/apostrophes/dots kept)."""
    return WORD_RE.findall(text)


def ends_sentence(text: str) -> bool:
    return SENTENCE_END_RE.search(text.rstrip()) is not None


def is_short(text: str, n_words: int | None = None) -> bool:
    """A line of a few words that does not end like a sentence (menu item, link, heading)."""
    n = len(words(text)) if n_words is None else n_words
    return n <= SHORT_WORDS and not ends_sentence(text)


def is_prose(text: str, n_words: int | None = None) -> bool:
    """A line that reads like article prose: many words, or a finished sentence of some length."""
    n = len(words(text)) if n_words is None else n_words
    return n >= 25 or (n >= 8 and ends_sentence(text))


def key(text: str) -> str:
    """Lowercase comparison form of a whole line: no trailing count, no edge punctuation."""
    k = " ".join(text.lower().split()).strip(_STRIP)
    k = _COUNT_RE.sub("", k).strip(_STRIP)
    return k


def is_related_heading(text: str) -> bool:
    return len(text) <= MAX_LINE_KEY and key(text) in RELATED_HEADINGS


def is_caption_marker(text: str) -> bool:
    return len(text) <= 30 and key(text) in CAPTION_MARKERS


def _is_share_bar(text: str) -> bool:
    parts = [p for p in re.split(r"[|·•,/]|\s+", text.lower().strip(_STRIP)) if p]
    if not parts:
        return False
    joined = " ".join(parts)
    if joined in SOCIAL_NAMES:
        return False  # a single word like "Line" or "Print" is handled by LINES
    # greedy match of one- and two-word names
    i = 0
    hits = 0
    while i < len(parts):
        two = " ".join(parts[i : i + 2])
        if two in SOCIAL_NAMES and i + 1 < len(parts):
            i += 2
        elif parts[i].rstrip(":") in SOCIAL_NAMES or parts[i].rstrip(":") in _SHARE_CONNECTORS:
            i += 1
        else:
            return False
        hits += 1
    return hits >= 2


def classify(text: str, n_words: int | None = None) -> str | None:
    """Reason a single line is site chrome wherever it stands on the page, or None.

    Lines that read as prose (over PROSE_WORDS words) are never chrome here, so a body sentence
    that happens to contain "newsletter" or "cookie" stays body.
    """
    s = text.strip()
    if not s:
        return None
    n = len(words(s)) if n_words is None else n_words
    if n > PROMO_WORDS:
        return None
    prefix = _PREFIXES.rx.match(s)
    if prefix and (reason := _promotion(s, prefix)):
        return reason
    if n > PROSE_WORDS:
        return None
    if len(s) <= MAX_LINE_KEY and (k := key(s)) in _LINES:
        return _LINES[k]
    if "©" in s or s.lower().startswith("(c) "):
        return "copyright"
    short = is_short(s, n)
    if n <= 3 and VIEW_COUNTER_RE.match(s):
        return "view_counter"
    if n <= 6 and READ_TIME_RE.match(s):
        return "read_time"
    if CREDIT_CODE_RE.match(s):
        return "credit_code"
    if n <= CONTACT_WORDS and EMAIL_END_RE.search(s) or CONTACT_RE.match(s):
        return "contact"
    if n <= 6 and PAGINATION_RE.match(s):
        return "pagination"
    if EMBED_RE.match(s):
        return "embed"
    m = prefix
    if m:
        reason = _PREFIXES.reason(m)
        if reason not in _WEAK_PREFIX_REASONS:
            return reason
        rest = s[m.end() :].lstrip()
        if rest.startswith((":", "：", ",")) or m.group(0).endswith(":") or not rest:
            return reason
        if short and not headline_shaped(rest):
            return reason
    m = _STRONG.rx.search(s)
    if m:
        return _STRONG.reason(m)
    m = _SUFFIXES.rx.search(s)
    if m:
        return _SUFFIXES.reason(m)
    if n <= 6 and SOURCE_RE.match(s):
        return "source"
    if TABLE_ROW_RE.match(s):
        if TABLE_RULE_RE.match(s):
            return "table_rule"  # "|---|---|": the line under a table's header row
        return None  # a row of a table in the article ("| 1 | Kyle Busch | 5040 |"), not a link bar
    if short:
        m = _PHRASES.rx.search(s)
        if m:
            return _PHRASES.reason(m)
        if _is_share_bar(s):
            return "share"
        if len(_BAR_SEP_RE.findall(s)) >= 2 or (n <= 8 and _BAR_SEP_RE.search(s) and not ends_sentence(s)):
            return "footer"
    if PHOTO_CREDIT_RE.search(s):
        return "caption"
    return None


def headline_shaped(rest: str) -> bool:
    """The words after a weak prefix read like a title-case headline ("Bagikan Bansos, Pemkot
    Bogor Libatkan RT dan RW"), not a button or prompt ("Bagikan artikel ini", "Share on X")."""
    ws = [w for w in words(rest) if w.lower() not in _NAME_PARTICLES]
    if len(ws) < 4:
        return False
    caps = sum(1 for w in ws if w[0].isupper() or w[0].isdigit())
    return caps >= 0.75 * len(ws) and not _is_share_bar(rest)


def _promotion(s: str, m: re.Match) -> str | None:
    """A follow/subscribe/share prompt (prefix match m) that names a channel or carries a link, at
    any length: "Simak breaking news ... WhatsApp Channel : https://...", "Sign up for our daily
    newsletter."."""
    reason = _PREFIXES.reason(m)
    if reason in _PROMO_REASONS and _CHANNEL_RE.search(s, m.end()):
        return reason
    return None


def is_breadcrumb(text: str) -> bool:
    """'Nasional / Bencana', 'Markets > Economy', 'Beranda » Dunia'."""
    return len(words(text)) <= 8 and not ends_sentence(text) and _CRUMB_SEP_RE.search(text) is not None


def parse_tags(text: str) -> tuple[list[str], bool] | None:
    """Tags of a tag line ("TAG#a, #b", "Tags: a, b", "Topik: a | b", "#a #b").

    Returns (tags, space_separated) or None when the line is not a tag line; a bare label line
    ("Tags") gives ([], False). space_separated is True for "Tag: korea utara rusia" where
    multi-word tags cannot be told apart from the line alone.
    """
    s = text.strip()
    m = TAG_RE.match(s)
    if m:
        rest = s[m.end() :].strip()
    elif HASHTAGS_RE.match(s) or (s.count("#") >= 2 and _LOOSE_HASHTAGS_RE.match(s)):
        rest = s
    else:
        return None
    if len(rest) > 300:
        return None
    if not rest:
        return [], False
    if "#" in rest:
        items = re.split(r"\s*#", rest)
    elif re.search(r"[,;|·•]", rest):
        items = re.split(r"\s*[,;|·•]\s*", rest)
    else:
        return [t for t in rest.split() if t], True
    tags: list[str] = []
    for item in items:
        t = item.strip(" ,;|·•\t")
        if t and t not in tags:
            tags.append(t)
    return tags, False


def clean_name(rest: str) -> str | None:
    """The person name at the start of a byline remainder, or None if it is not a name."""
    name = _NAME_CUT_RE.split(rest, maxsplit=1)[0].strip(" .:")
    toks = name.split()
    if not 1 <= len(toks) <= 6 or len(name) > 60:
        return None
    if not toks[0][0].isupper():
        return None
    for t in toks:
        if t.lower() in _NAME_PARTICLES:
            continue
        if not (t[0].isupper() or t[0] in "'’"):
            return None
        if any(ch.isdigit() for ch in t) or any(ch in t for ch in '"“”:;!?'):
            return None
    return name


def _after_role(rest: str) -> str:
    """The name after a role and its place or outlet: "Kontributor Yogyakarta, Wijaya Kusuma"."""
    if _ROLE_RE.match(rest) and "," in rest:
        return rest.rsplit(",", 1)[1].strip()
    return rest


def _several_names(m: re.Match) -> str | None:
    """'Penulis: Azzis Zilkhairil, Debbie Sutrisno': several writers after an Indonesian label,
    kept as written; None when a part is not a full name or names an outlet ("X, Jurnal Pagi")."""
    rest = m.group("rest").strip(" .")
    if " ".join(m.group("label").lower().split()) not in MULTI_AUTHOR_LABELS or "," not in rest:
        return None
    if _ROLE_RE.match(rest):
        return None
    parts = [p.strip() for p in rest.split(",")]
    if not 2 <= len(parts) <= 4:
        return None
    for p in parts:
        if clean_name(p) != p or not 2 <= len(p.split()) <= 4:
            return None
        if any(w.lower() in OUTLET_WORDS for w in re.split(r"[\s.]+", p)):
            return None
    return ", ".join(parts)


def parse_byline(text: str) -> Byline | None:
    """Author and editor of a byline or credit line ("Penulis: X | Editor: Y", "By X, Outlet").

    Returns None unless every part of the line is a byline or editor credit.
    """
    s = text.strip()
    if not s or len(s) > 160:
        return None
    if not _ANY_LABEL_RE.match(s):
        m = _NAME_ROLE_RE.match(s)
        name = clean_name(m.group("name")) if m else None
        return Byline(name, None) if name else None
    author = editor = None
    for seg in _SEGMENT_SPLIT_RE.split(s):
        seg = seg.strip()
        if not seg:
            continue
        m = _EDITOR_LABEL_RE.match(seg)
        if m and (name := clean_name(m.group("rest"))):
            editor = editor or name
            continue
        m = _BYLINE_LABEL_RE.match(seg)
        if m and (name := _several_names(m) or clean_name(_after_role(m.group("rest")))):
            author = author or name
            continue
        # a trailing outlet or role after a name ("By X | Atlas Newswire")
        if (author or editor) and len(words(seg)) <= 4 and not ends_sentence(seg):
            continue
        return None
    if author is None and editor is None:
        return None
    return Byline(author, editor)
