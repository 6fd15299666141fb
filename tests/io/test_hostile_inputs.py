"""Hostile and unlucky inputs: bad JSONL values, decompression bombs, truncated and unreadable
containers. Each bad record is one clear failure; the good ones around it still come through."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from warta.errors import MAX_MESSAGE_CHARS, InputTooLargeError, bounded
from warta.io.feeds import read_feed
from warta.io.readers import RawPage, ReadFailure, read_pages

PAGE = ("Banjir Bandang Melanda Sigi\nSIGI - Banjir bandang melanda Kabupaten Sigi pada Senin pagi dan "
        "merendam ratusan rumah warga, kata petugas BPBD kepada wartawan.")
HTML = ("<html><head><title>Banjir Sigi</title></head><body><h1>Banjir Sigi</h1><p>"
        + "Banjir bandang melanda Sigi pada Senin pagi. " * 20 + "</p></body></html>").encode()


def _reasons(items) -> list[str]:
    return [str(i.error) for i in items if isinstance(i, ReadFailure)]


# item 2: JSONL values are checked at the edge
def test_jsonl_bad_values_are_skipped_with_a_reason_and_good_lines_kept(tmp_path):
    p = tmp_path / "mixed.jsonl"
    lines = [{"text": PAGE, "url": "http://x/1"}, {"text": 123}, {"text": ["a", "b"]},
             {"html": {"x": 1}}, {"text": PAGE + " Dua.", "published": 2024}, {"text": PAGE + " Tiga."}]
    p.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    items = list(read_feed(str(p)))
    assert [type(i) for i in items] == [RawPage, ReadFailure, ReadFailure, ReadFailure, ReadFailure, RawPage]
    assert [i.source for i in items if isinstance(i, ReadFailure)] == [f"{p}:2", f"{p}:3", f"{p}:4", f"{p}:5"]
    assert _reasons(items) == ["'text' must be a string or null, not a number",
                               "'text' must be a string or null, not a list",
                               "'html' must be a string or null, not an object",
                               "'published' must be a string or null, not a number"]
    assert items[-1].data.endswith("Tiga.")


def test_ingest_keeps_good_lines_and_other_files_despite_a_bad_value(tmp_path):
    from warta.corpus.ingest import ingest
    from warta.options import load_options
    from warta.store.db import Store

    feed = tmp_path / "a.jsonl"
    feed.write_text(json.dumps({"text": 123}) + "\n" + json.dumps({"text": PAGE, "url": "http://x/a"}) + "\n")
    page = tmp_path / "b.txt"
    page.write_text(PAGE.replace("Sigi", "Palu"), encoding="utf-8")
    store = Store("sqlite://")
    try:
        summary = ingest(store, [str(feed), str(page)], load_options(), rebuild=False)
    finally:
        store.close()
    assert summary.ingested == 2
    assert summary.skipped == [(f"{feed}:1", "'text' must be a string or null, not a number")]


def test_jsonl_line_over_the_limit_is_skipped_without_reading_it_whole(tmp_path):
    p = tmp_path / "long.jsonl"
    p.write_text(json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"text": PAGE}) + "\n")
    items = list(read_feed(str(p), max_bytes=1000))
    assert isinstance(items[0].error, InputTooLargeError)
    assert items[1].data == PAGE


# item 3: decompression is bounded; messages are bounded
def _warc(records, *, gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for url, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return buf.getvalue()


def test_gzip_warc_bomb_stops_at_the_byte_limit(tmp_path):
    p = tmp_path / "bomb.warc.gz"
    # a header line that never ends: warcio would read all of it into one line
    p.write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n" + b"\0" * 30_000_000))
    (failure,) = list(read_feed(str(p), max_bytes=100_000))
    assert isinstance(failure, ReadFailure)
    assert "over the limit of 100,000 bytes" in str(failure.error)
    assert len(str(failure.error)) <= MAX_MESSAGE_CHARS


def test_gzip_page_is_decompressed_up_to_the_limit(tmp_path):
    good, bomb = tmp_path / "page.txt.gz", tmp_path / "bomb.txt.gz"
    good.write_bytes(gzip.compress(PAGE.encode()))
    bomb.write_bytes(gzip.compress(b"a" * 5_000_000))
    page, failure = list(read_pages([str(good), str(bomb)], max_bytes=1_000_000))
    assert page.data == PAGE
    assert isinstance(failure.error, InputTooLargeError)
    assert "once decompressed" in str(failure.error)


def test_bounded_messages_are_one_short_line():
    assert bounded("a\nb\x00c  d") == "a b c d"
    long = bounded("x" * 10_000_000)
    assert len(long) == MAX_MESSAGE_CHARS and long.endswith("…")


# item 4: truncated and unreadable containers
@pytest.mark.parametrize("gz", [False, True])
def test_truncated_warc_reports_the_cut_record_and_keeps_the_whole_ones(tmp_path, gz):
    data = _warc([("http://x/a", HTML), ("http://x/b", HTML)], gz=gz)
    p = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    p.write_bytes(data[: len(data) - 200])
    items = list(read_feed(str(p)))
    assert [type(i) for i in items] == [RawPage, ReadFailure]
    assert items[0].url == "http://x/a" and items[0].data == HTML.decode()
    reason = str(items[1].error)
    assert "record 2 at offset" in reason
    if not gz:
        assert "is cut off" in reason and items[1].source == "http://x/b"


@pytest.mark.parametrize("body", [b"hello, this is not an archive\n" * 5, bytes(range(256)) * 4])
def test_garbage_warc_is_an_error_not_an_empty_file(tmp_path, body):
    p = tmp_path / "junk.warc"
    p.write_bytes(body)
    (failure,) = list(read_feed(str(p)))
    assert isinstance(failure, ReadFailure)
    assert "not a WARC archive" in str(failure.error)


def test_malformed_rss_keeps_the_whole_entries_and_reports_the_cut_one(tmp_path):
    p = tmp_path / "cut.rss"
    p.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
                 "<item><title>A</title><link>http://x/a</link><description>Banjir bandang melanda Sigi."
                 "</description></item><item><title>B</title><link>http://x/b</link><description>Kebakaran mel",
                 encoding="utf-8")
    items = list(read_feed(str(p)))
    assert [type(i) for i in items] == [ReadFailure, RawPage]
    assert items[1].url == "http://x/a"
    assert "malformed feed at byte" in str(items[0].error)
    assert "1 entry from there on dropped" in str(items[0].error)


def test_rss_without_entries_is_an_error(tmp_path):
    p = tmp_path / "empty.rss"
    p.write_text("<html><body>not a feed</body></html>", encoding="utf-8")
    (failure,) = list(read_feed(str(p)))
    assert "no RSS/Atom entries" in str(failure.error)


# item 8: extract reads feed files record by record; skip lines are one line each
def test_extract_reads_the_records_of_a_feed_file_in_input_order(tmp_path):
    from typer.testing import CliRunner

    from warta.cli import app

    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": PAGE, "url": "http://x/1"}) + "\n" + json.dumps({"text": 7}) + "\n"
                    + json.dumps({"text": PAGE.replace("Sigi", "Palu"), "url": "http://x/2"}) + "\n")
    page = tmp_path / "a.txt"
    page.write_text(PAGE.replace("Sigi", "Poso"), encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(page), str(feed), "--no-text"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(page), "http://x/1", f"{feed}:2", "http://x/2"]
    assert records[2]["error"] == "'text' must be a string or null, not a number"
    assert records[1]["title"] == "Banjir Bandang Melanda Sigi"


def test_ingest_skip_lines_are_whole_and_name_the_source_once(tmp_path):
    from typer.testing import CliRunner

    from warta.cli import app

    feed = tmp_path / ("a-rather-long-directory-name-" * 3) / "feed.jsonl"
    feed.parent.mkdir()
    feed.write_text(json.dumps({"text": ["x"]}) + "\n" + json.dumps({"text": PAGE}) + "\n")
    result = CliRunner().invoke(app, ["ingest", str(feed), "--db", f"sqlite:///{tmp_path / 'w.db'}",
                                      "--no-progress"])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if "skipped " in x and "must be" in x)
    assert line == f"  skipped {feed}:1: 'text' must be a string or null, not a list"
