"""Reading what feeds and sitemaps list, and refusing hostile XML."""

import gzip

import pytest
from tests.watch.server import rss, sitemap, sitemap_index

from warta.errors import InputError, InputTooLargeError
from warta.watch.sources import read_source, source_kind

LIMIT = 10_000_000


def test_rss_items():
    data = rss([("http://x/1", "Satu", "Tue, 12 Nov 2024 08:00:00 +0700"),
                ("http://x/2", "Dua", "Wed, 13 Nov 2024 09:00:00 +0700")]).encode()
    out = read_source(data, max_bytes=LIMIT)
    assert out.kind == "feed"
    assert [(i.url, i.title, i.published) for i in out.items] == [
        ("http://x/1", "Satu", "2024-11-12"), ("http://x/2", "Dua", "2024-11-13")]
    assert out.items[0].updated == "Tue, 12 Nov 2024 08:00:00 +0700"


def test_atom_entries():
    data = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
    <entry><title>A</title><link href="http://x/a"/><id>1</id><updated>2024-11-12T08:00:00Z</updated></entry></feed>"""
    out = read_source(data, max_bytes=LIMIT)
    assert [(i.url, i.updated, i.published) for i in out.items] == [("http://x/a", "2024-11-12T08:00:00Z", "2024-11-12")]


def test_sitemap_news_sitemap_and_gzip():
    plain = read_source(sitemap([("http://x/1", "2024-11-12")]).encode(), max_bytes=LIMIT)
    assert (plain.kind, [(i.url, i.updated) for i in plain.items]) == ("sitemap", [("http://x/1", "2024-11-12")])
    news = read_source(sitemap([("http://x/2", "2024-11-13T10:00:00+07:00")], news=True).encode(), max_bytes=LIMIT)
    assert [(i.url, i.published, i.title) for i in news.items] == [("http://x/2", "2024-11-13", "Title of http://x/2")]
    gz = read_source(gzip.compress(sitemap([("http://x/3", "2024-11-14")]).encode()), max_bytes=LIMIT)
    assert [i.url for i in gz.items] == ["http://x/3"]


def test_sitemap_index_lists_sitemaps():
    out = read_source(sitemap_index(["http://x/s1.xml", "http://x/s2.xml.gz"]).encode(), max_bytes=LIMIT)
    assert (out.kind, [s.url for s in out.sitemaps], out.items) == (
        "sitemapindex", ["http://x/s1.xml", "http://x/s2.xml.gz"], [])


BOMB = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>&lol3;</loc></url></urlset>"""
XXE = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel>
<title>&x;</title><item><link>http://x/1</link></item></channel></rss>"""


@pytest.mark.parametrize("data", [BOMB, XXE])
def test_entity_declarations_are_refused(data):
    with pytest.raises(InputError, match="the XML declares entities"):
        read_source(data, max_bytes=LIMIT, where="s")


def test_gzip_bomb_sitemap_stops_at_the_limit():
    bomb = gzip.compress(b"<urlset>" + b" " * 5_000_000)
    with pytest.raises(InputTooLargeError, match="over the limit of 1,000,000 bytes once decompressed"):
        read_source(bomb, max_bytes=1_000_000, where="s")


@pytest.mark.parametrize("data,message", [
    (b"<html><body>not a feed</body></html>", "s: not an RSS/Atom feed or an XML sitemap"),
    (b"\x89PNG\r\n\x1a\n\0\0", "s: not an RSS/Atom feed or an XML sitemap"),
    (b"<urlset><url><loc>http://x/1</loc></url", "s: malformed sitemap"),
    (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>', "s: the sitemap lists no URLs"),
    (b'<rss version="2.0"><channel><title>t</title></channel></rss>', "s: no RSS/Atom entries"),
])
def test_bad_sources(data, message):
    with pytest.raises(InputError) as err:
        read_source(data, max_bytes=LIMIT, where="s")
    assert str(err.value).startswith(message)


def test_a_feed_broken_half_way_keeps_the_entries_before_the_error():
    data = rss([("http://x/1", "A", "Tue, 12 Nov 2024 08:00:00 +0700"),
                ("http://x/2", "B", "Tue, 12 Nov 2024 09:00:00 +0700")]).encode()
    cut = data.replace(b"<item><title>B", b"<item><title>B<<<")
    out = read_source(cut, max_bytes=LIMIT)
    assert [i.url for i in out.items] == ["http://x/1"]
    assert out.warning.startswith("malformed feed at byte ") and out.warning.endswith("1 entries before it kept")


def test_source_kind():
    assert source_kind(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- c --><rdf:RDF xmlns:rdf="x">') == "feed"
    assert source_kind(b"<feed>") == "feed"
    assert source_kind(b"<html>") is None
