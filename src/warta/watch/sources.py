"""What a watched source lists: RSS/Atom feed entries and XML sitemap URLs (indexes and news sitemaps).

A source is read from its fetched bytes; gzip files (`sitemap.xml.gz`) are decompressed within
the size limit. XML that declares entities (`<!ENTITY`, the "billion laughs" and external-entity
attacks) is refused before any parser sees it, and sitemaps are parsed by lxml without network
access, DTD loading or entity resolution. A feed whose XML breaks keeps the entries closed before
the error (as `warta.io.feeds` reads feed files).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from warta.errors import InputError, InputTooLargeError, bounded
from warta.io.feeds import _ENTRY_END_RE, FEED_MARKERS, GZIP_MAGIC, _xml_error
from warta.io.readers import gunzip_bounded

MAX_SITEMAP_URLS = 50_000  # the sitemaps.org limit per file
MAX_CHILD_SITEMAPS = 100  # sitemaps of one index read per poll
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
_ROOT = re.compile(r"<\s*([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_PROLOG = re.compile(r"^(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.S | re.I)


@dataclass
class SourceItem:
    """One page a source lists: its URL and what the source says of it."""

    url: str
    updated: str | None = None  # <lastmod>, <updated>, <pubDate>: a change here re-fetches the page
    published: str | None = None
    title: str | None = None

    @property
    def day(self) -> str | None:
        """The day the source dates the page (YYYY-MM-DD), if it says."""
        if self.published:
            return self.published[:10]
        if self.updated and _ISO_DAY.match(self.updated):
            return self.updated[:10]
        return None


@dataclass
class SourceListing:
    """A source read: its kind ('feed', 'sitemap', 'sitemapindex'), pages, child sitemaps, problems."""

    kind: str
    items: list[SourceItem] = field(default_factory=list)
    sitemaps: list[SourceItem] = field(default_factory=list)
    warning: str | None = None  # a partly broken source: what was kept


def source_kind(data: bytes) -> str | None:
    """'feed', 'sitemap', 'sitemapindex' from the root element, or None."""
    head = data[:4096].decode("utf-8", "replace").lstrip("\ufeff")
    head = _PROLOG.sub("", head, count=1)
    m = _ROOT.match(head)
    if not m:
        return None
    name = m.group(2).lower()
    if f"<{(m.group(1) or '').lower()}{name}" in FEED_MARKERS or name in ("rss", "feed", "rdf"):
        return "feed"
    if name == "urlset":
        return "sitemap"
    if name == "sitemapindex":
        return "sitemapindex"
    return None


def read_source(data: bytes, *, max_bytes: int, where: str = "source") -> SourceListing:
    """The pages (and child sitemaps) a fetched feed or sitemap lists.

    Raises:
        InputError: not a feed or sitemap, entity declarations, no entries, over the size limit.
    """
    if data[:2] == GZIP_MAGIC:
        data = gunzip_bounded(data, max_bytes)
        if len(data) > max_bytes:
            raise InputTooLargeError(f"{where}: over the limit of {max_bytes:,} bytes once decompressed")
    if _ENTITY_DECL.search(data[:65536]) or (b"<!DOCTYPE" in data[:65536] and _ENTITY_DECL.search(data)):
        raise InputError(f"{where}: the XML declares entities (refused: entity expansion attacks)")
    kind = source_kind(data)
    if kind == "feed":
        return _read_feed(data, where)
    if kind in ("sitemap", "sitemapindex"):
        return _read_sitemap(data, kind, where)
    raise InputError(f"{where}: not an RSS/Atom feed or an XML sitemap")


def _read_feed(data: bytes, where: str) -> SourceListing:
    import feedparser

    feed = feedparser.parse(data)
    entries = list(feed.entries)
    out = SourceListing("feed")
    broken = _xml_error(feed, data)
    if broken is not None:
        position, message = broken
        whole = len(_ENTRY_END_RE.findall(data, 0, position))
        entries = entries[:whole]
        out.warning = f"malformed feed at byte {position:,}: {message}; {whole} entries before it kept"
        if not entries:
            raise InputError(f"{where}: {out.warning}")
    elif not entries:
        raise InputError(f"{where}: no RSS/Atom entries")
    for entry in entries:
        link = (entry.get("link") or "").strip()
        if not link:
            continue
        # plain dict lookups: feedparser's own get() maps 'updated' to 'published' with a warning
        published = _day(dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed"))
        updated = dict.get(entry, "updated") or dict.get(entry, "published")
        out.items.append(SourceItem(url=link, updated=updated, published=published, title=entry.get("title")))
    return out


def _day(parsed) -> str | None:
    if not parsed:
        return None
    return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"


def _read_sitemap(data: bytes, kind: str, where: str) -> SourceListing:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             recover=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{where}: malformed sitemap ({bounded(exc, 120)})") from None
    out = SourceListing(kind)
    entry_tag = "sitemap" if kind == "sitemapindex" else "url"
    target = out.sitemaps if kind == "sitemapindex" else out.items
    limit = MAX_CHILD_SITEMAPS if kind == "sitemapindex" else MAX_SITEMAP_URLS
    for node in root:
        if not isinstance(node.tag, str) or etree.QName(node).localname != entry_tag:
            continue
        if len(target) >= limit:
            out.warning = f"more than {limit:,} entries: the rest left for later"
            break
        fields: dict[str, str] = {}
        for child in node.iter():
            if isinstance(child.tag, str) and child is not node:
                name = etree.QName(child).localname
                if name not in fields and child.text and child.text.strip():
                    fields[name] = child.text.strip()
        loc = fields.get("loc")
        if not loc:
            continue
        published = fields.get("publication_date")
        target.append(SourceItem(url=loc, updated=fields.get("lastmod") or published,
                                 published=published[:10] if published else None, title=fields.get("title")))
    if not target:
        raise InputError(f"{where}: the sitemap lists no {'sitemaps' if kind == 'sitemapindex' else 'URLs'}")
    return out
