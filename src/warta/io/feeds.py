"""Feed inputs -> RawPage: JSONL lines, WARC HTML responses, RSS/Atom entries.

JSONL: one object a line with `text` or `html`, and optional `url`, `published`, `outlet`,
`title`, `source`. WARC (.warc, .warc.gz): each HTML `response` record (via warcio). RSS/Atom
(.rss, .atom, or .xml whose start looks like a feed): each entry's content or summary (feedparser).
A bad line or record becomes a ReadFailure; it never stops the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from warta.errors import InputError, InputTooLargeError
from warta.io.readers import RawPage, ReadFailure

FEED_MARKERS = ("<rss", "<feed", "<rdf:rdf")


def sniff_feed(path: str) -> str | None:
    """'jsonl', 'warc', 'rss' or None for a file that is none of these."""
    low = path.lower()
    if low.endswith(".jsonl"):
        return "jsonl"
    if low.endswith((".warc", ".warc.gz")):
        return "warc"
    if low.endswith((".rss", ".atom")):
        return "rss"
    if low.endswith(".xml"):
        with open(path, "rb") as fh:
            head = fh.read(2048).decode("utf-8", "replace").lower()
        if any(m in head for m in FEED_MARKERS):
            return "rss"
    return None


def read_feed(path: str, *, max_bytes: int = 20_000_000) -> Iterator[RawPage | ReadFailure]:
    """Every page in a feed file; an unknown kind is one ReadFailure."""
    kind = sniff_feed(path)
    reader = READERS.get(kind)
    if reader is None:
        yield ReadFailure(path, InputError(f"{path}: not a JSONL, WARC or RSS/Atom file"))
        return
    yield from reader(path, max_bytes)


def read_jsonl(path: str, max_bytes: int) -> Iterator[RawPage | ReadFailure]:
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield ReadFailure(where, InputError(f"{where}: invalid JSON ({exc.msg})"))
                continue
            if not isinstance(rec, dict):
                yield ReadFailure(where, InputError(f"{where}: a line must be a JSON object"))
                continue
            data, fmt = (rec.get("html"), "html") if rec.get("html") else (rec.get("text"), "text")
            if not data:
                yield ReadFailure(where, InputError(f"{where}: no 'text' or 'html' field"))
                continue
            if len(data.encode("utf-8")) > max_bytes:
                yield ReadFailure(where, InputTooLargeError(f"{where}: over {max_bytes} bytes"))
                continue
            yield RawPage(
                source=rec.get("source") or rec.get("url") or where,
                data=data,
                format=fmt,
                encoding="utf-8",
                url=rec.get("url"),
                published=rec.get("published"),
                outlet=rec.get("outlet"),
                title=rec.get("title"),
            )


def read_warc(path: str, max_bytes: int) -> Iterator[RawPage | ReadFailure]:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        try:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
                if "html" not in ctype.lower():
                    continue
                raw = record.content_stream().read(max_bytes + 1)
                if len(raw) > max_bytes:
                    yield ReadFailure(url or path, InputTooLargeError(f"{url}: over {max_bytes} bytes"))
                    continue
                charset = "utf-8"
                if "charset=" in ctype.lower():
                    charset = ctype.lower().split("charset=")[-1].split(";")[0].strip() or "utf-8"
                try:
                    data = raw.decode(charset, errors="replace")
                except LookupError:
                    data = raw.decode("utf-8", errors="replace")
                date = record.rec_headers.get_header("WARC-Date")
                yield RawPage(
                    source=url or path,
                    data=data,
                    format="html",
                    encoding=charset,
                    url=url,
                    published=None if not date else None,
                )
        except Exception as exc:  # noqa: BLE001 - a truncated archive ends the file, not the run
            yield ReadFailure(path, InputError(f"{path}: unreadable WARC ({exc})"))


def read_rss(path: str, max_bytes: int) -> Iterator[RawPage | ReadFailure]:
    import feedparser

    if Path(path).stat().st_size > max_bytes * 50:
        yield ReadFailure(path, InputTooLargeError(f"{path}: feed too large"))
        return
    feed = feedparser.parse(path)
    outlet = (feed.feed.get("title") if getattr(feed, "feed", None) else None) or None
    for i, entry in enumerate(feed.entries):
        content = ""
        if entry.get("content"):
            content = entry.content[0].get("value", "")
        content = content or entry.get("summary", "")
        if not content:
            yield ReadFailure(f"{path}#{i}", InputError(f"{path}#{i}: entry without content"))
            continue
        title = entry.get("title")
        html = f"<html><head><title>{title or ''}</title></head><body><h1>{title or ''}</h1>{content}</body></html>"
        published = None
        if entry.get("published_parsed"):
            p = entry.published_parsed
            published = f"{p.tm_year:04d}-{p.tm_mon:02d}-{p.tm_mday:02d}"
        yield RawPage(
            source=entry.get("link") or f"{path}#{i}",
            data=html,
            format="html",
            encoding="utf-8",
            url=entry.get("link"),
            published=published,
            outlet=outlet,
            title=title,
        )


READERS = {"jsonl": read_jsonl, "warc": read_warc, "rss": read_rss}
