"""The headline an HTML page states, without the site's name or section around it.

Pages state their headline several times: `<h1>`, `og:title`, `twitter:title`, a JSON-LD
`headline` and `<title>`, most of them dressed with the outlet ("… - Kompas.com",
"OUTLET :: …") or a section ("Opinion | …"). The candidates are split at separators
("|", "-", "–", "—", "::", "»", "·", ":" between spaced words) and compared with each other
and with the site's names (`og:site_name`, `application-name`, the domain): a part that
names the site or a section goes, the part the candidates share stays. A visible `<h1>` that
equals the result (or a candidate) is preferred, as written on the page.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field

from warta.lang.base import union

# a separator between a headline and the site or section; spaces on both sides, except "::" and "»"
_SEP_RE = re.compile(r"\s+(?:[|\-–—~·•»«]|::)\s+|\s*(?:::|»|\|)\s*")
_NORM_RE = re.compile(r"\W+", re.UNICODE)
_SECTIONS = frozenset(union("chrome", "SECTION_NAMES"))
_SUFFIX_WORDS = frozenset({"info", "news", "online", "asia", "media", "site"})
MIN_HEADLINE_WORDS = 2
MAX_HEADLINE_WORDS = 40
MAX_SITE_WORDS = 6  # a site or section part is never longer than this
MAX_BODY_SITE_WORDS = 3  # ... and one recognised only by the body naming it, this


@dataclass
class Headline:
    """The chosen headline and the site names the candidates revealed."""

    title: str | None
    site_names: list[str] = field(default_factory=list)


def norm(text: str | None) -> str:
    return _NORM_RE.sub("", unicodedata.normalize("NFKC", text or "").lower())


def _clean(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


def _metas(root) -> dict[str, str]:
    """The page's <meta> values by property/name/itemprop (lowercase), the first of each."""
    out: dict[str, str] = {}
    for el in root.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        if key:
            value = _clean(el.get("content"))
            if value:
                out.setdefault(key.strip().lower(), value)
    return out


def _meta(metas: dict[str, str], *names: str) -> str:
    return next((metas[n] for n in names if n in metas), "")


def _ld_headline(root) -> str:
    """`headline` (or `name` of an article) from the page's JSON-LD blocks."""

    def walk(obj, depth: int = 0):
        if depth > 4:
            return ""
        if isinstance(obj, list):
            for item in obj:
                if found := walk(item, depth + 1):
                    return found
            return ""
        if not isinstance(obj, dict):
            return ""
        if isinstance(obj.get("headline"), str) and obj["headline"].strip():
            return obj["headline"]
        return walk(obj.get("@graph") or obj.get("mainEntity") or [], depth + 1)

    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        if found := walk(data):
            return _clean(found)
    return ""


def _domain_keys(url: str | None) -> set[str]:
    """Names of the site in its address: "www.republika.co.id" -> "republika", "republikacoid"."""
    if not url:
        return set()
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/")[0].split(":")[0]
    labels = [x for x in host.split(".") if x and x not in ("www", "m", "amp")]
    keys = {norm(".".join(labels))}
    # drop the public suffix ("com", "co.id", "com.br") and keep the name before it
    while len(labels) > 1 and (len(labels[-1]) <= 3 or labels[-1] in _SUFFIX_WORDS):
        labels.pop()
    if labels:
        keys |= {norm(labels[-1]), norm("".join(labels))}
    return {k for k in keys if len(k) >= 3}


def _parts(text: str) -> list[tuple[int, int]]:
    """Spans of the parts of a candidate between separators."""
    spans, pos = [], 0
    for m in _SEP_RE.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _is_site(part: str, site_keys: set[str]) -> bool:
    k = norm(part)
    if not k or len(part.split()) > MAX_SITE_WORDS:
        return False
    if k in site_keys:
        return True
    # "Kompas.com" against "kompas", "SpaceNews.com" against "spacenews", "Republika Online"
    return any(len(s) >= 4 and (k.startswith(s) or s.startswith(k) and len(k) >= 4) for s in site_keys)


def _is_section(part: str) -> bool:
    return part.lower().strip(" :") in _SECTIONS


def _strip(text: str, site_keys: set[str], others: set[str]) -> tuple[str, list[str]]:
    """The candidate without site and section parts at either end; the site parts it dropped."""
    spans = _parts(text)
    if len(spans) < 2:
        return text, []
    parts = [text[a:b].strip() for a, b in spans]
    # a part another candidate states alone is the headline ("X" beside "X | Site")
    for i, p in enumerate(parts):
        if len(p.split()) >= MIN_HEADLINE_WORDS and norm(p) in others and norm(p) != norm(text):
            return p, [q for j, q in enumerate(parts) if j != i and _is_site(q, site_keys)]
    lo, hi = 0, len(parts)
    dropped = []

    def chrome(p: str) -> bool:
        return _is_site(p, site_keys) or _is_section(p)

    while hi - lo > 1 and chrome(parts[hi - 1]):
        hi -= 1
        dropped.append(parts[hi])
    while hi - lo > 1 and chrome(parts[lo]):
        dropped.append(parts[lo])
        lo += 1
    kept = text[spans[lo][0] : spans[hi - 1][1]].strip()
    return kept, [d for d in dropped if not _is_section(d)]


def _named_in_body(root, cands: list[str], site_keys: set[str]) -> set[str]:
    """With no site name known for an end part of a candidate ("WARTA SORE :: Banjir ..."), a
    short end part the page's body names again (its dateline, its copyright line) is the site."""
    ends = set()
    for c in cands:
        spans = _parts(c)
        if len(spans) < 2:
            continue
        for a, b in (spans[0], spans[-1]):
            part = c[a:b].strip()
            rest = c.replace(part, " ")
            if len(part.split()) <= MAX_BODY_SITE_WORDS and len(rest.split()) >= 4 and not _is_site(part, site_keys):
                ends.add(" ".join(part.lower().split()))
    if not ends:
        return set()
    body = root.find(".//body")
    text = " ".join((body.text_content() if body is not None else "").lower().split())
    return {norm(k) for k in ends if len(norm(k)) >= 4 and k in text}


def choose_headline(root, *, url: str | None = None, fallback: str | None = None) -> Headline:
    """The page's headline from its markup (an lxml HTML root), or `fallback` cleaned the same way.

    Every candidate, stripped of site and section parts, is a vote; a visible `<h1>` that
    agrees with a candidate (or the first `<h1>` when none does) votes too, and wins a tie, as
    written on the page.

    Args:
        root: the parsed page.
        url: where the page came from; its domain names the site.
        fallback: a title found otherwise (trafilatura's), used when the markup states none.
    """
    metas = _metas(root)
    site = _meta(metas, "og:site_name", "application-name", "twitter:site", "publisher")
    site_keys = _domain_keys(url) | _domain_keys(_meta(metas, "og:url")) | _domain_keys(_canonical(root))
    if site:
        site_keys.add(norm(site.lstrip("@")))
    site_keys.discard("")
    cands = [
        _meta(metas, "og:title"),
        _meta(metas, "twitter:title"),
        _ld_headline(root),
        _clean(root.findtext(".//title")),
        _clean(fallback),
    ]
    cands = [c for c in cands if c]
    h1s = []
    for h in root.xpath("//h1"):
        text = _clean(h.text_content())
        if MIN_HEADLINE_WORDS <= len(text.split()) <= MAX_HEADLINE_WORDS and not _is_site(text, site_keys):
            h1s.append(text)
    others = {norm(c) for c in cands} | {norm(h) for h in h1s}
    site_keys |= _named_in_body(root, cands, site_keys)
    names = [site] if site else []
    stripped = []
    for c in cands:
        kept, dropped = _strip(c, site_keys, others)
        stripped.append(kept)
        names += dropped
    names = list(dict.fromkeys(n for n in names if n and len(n.split()) <= MAX_SITE_WORDS))
    keys = [norm(s) for s in stripped]
    # an <h1> agreeing with a candidate, also one a candidate carries with parts the split missed
    voter = next((h for h in h1s if norm(h) in keys), None)
    if voter is None:
        voter = next((h for h in h1s if any(norm(h) in c for c in map(norm, cands))), None)
        if voter is not None:
            stripped = [voter if norm(voter) in norm(s) else s for s in stripped]
            keys = [norm(s) for s in stripped]
    if voter is None and h1s:
        voter = h1s[0]
    options = ([voter] if voter else []) + stripped
    votes = [norm(o) for o in options]
    best = max(options, key=lambda o: votes.count(norm(o)), default=None)
    return Headline(best or None, names)


def _canonical(root) -> str:
    for el in root.xpath('//link[@rel="canonical"]'):
        if el.get("href"):
            return el.get("href")
    return ""
