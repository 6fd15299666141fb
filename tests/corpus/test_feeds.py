"""JSONL, WARC and RSS inputs become RawPages."""

from __future__ import annotations

import io
import json

from warta.io.feeds import read_feed
from warta.io.readers import RawPage, ReadFailure

HTML = "<html><head><title>Banjir Sigi</title></head><body><p>Banjir bandang melanda Sigi.</p></body></html>"


def test_jsonl_lines_and_bad_lines(tmp_path):
    p = tmp_path / "pages.jsonl"
    p.write_text("\n".join([json.dumps({"text": "Judul\nIsi berita.", "url": "http://x/1", "outlet": "X",
                                        "published": "2024-11-12"}),
                            "{not json",
                            json.dumps({"html": HTML}),
                            json.dumps({"url": "http://x/3"})]) + "\n", encoding="utf-8")
    items = list(read_feed(str(p)))
    assert [type(i) for i in items] == [RawPage, ReadFailure, RawPage, ReadFailure]
    first = items[0]
    assert (first.format, first.url, first.outlet, first.published) == ("text", "http://x/1", "X", "2024-11-12")
    assert items[2].format == "html"


def test_warc_html_responses(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    p = tmp_path / "crawl.warc.gz"
    with open(p, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, ctype, body in (("http://x/a", "text/html; charset=utf-8", HTML.encode()),
                                 ("http://x/img", "image/png", b"\x89PNG")):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    (page,) = list(read_feed(str(p)))
    assert (page.url, page.format) == ("http://x/a", "html")
    assert "Banjir bandang" in page.data


def test_rss_entries(tmp_path):
    p = tmp_path / "feed.xml"
    p.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Warta Feed</title>
<item><title>Banjir Sigi</title><link>http://x/sigi</link><pubDate>Tue, 12 Nov 2024 08:00:00 +0000</pubDate>
<description>&lt;p&gt;Banjir bandang melanda Sigi.&lt;/p&gt;</description></item></channel></rss>""", encoding="utf-8")
    (page,) = list(read_feed(str(p)))
    assert (page.url, page.published, page.outlet, page.title) == ("http://x/sigi", "2024-11-12", "Warta Feed",
                                                                   "Banjir Sigi")
    assert "Banjir bandang" in page.data
