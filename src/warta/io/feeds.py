"""Feed inputs -> RawPage: JSONL lines, WARC HTML responses, RSS/Atom entries.

JSONL (.jsonl, .jsonl.gz): one object a line with `text` or `html`, and optional `url`,
`published`, `outlet`, `title`, `source` (all strings; checked by `FeedRecord`). WARC (.warc,
.warc.gz): each HTML `response` record (via warcio). RSS/Atom (.rss, .atom, or .xml whose start
looks like a feed): each entry's content or summary (feedparser).
A bad line or record becomes a ReadFailure with the reason; it never stops the good ones. No
input is read or decompressed past the byte limit: a JSONL line, a WARC record (headers
included) and a feed file are each bounded, so a decompression bomb stops at the limit.
A container that ends early (a truncated WARC or feed) reports the record it cut off, with its
offset, and never yields that record half.
"""

from __future__ import annotations

import io
import json
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict, StrictStr, ValidationError

from warta.errors import InputError, InputTooLargeError, bounded
from warta.io.readers import RawPage, ReadFailure, gunzip_bounded

FEED_MARKERS = ("<rss", "<feed", "<rdf:rdf")
GZIP_MAGIC = b"\x1f\x8b"
HEADER_SLACK = 1 << 20  # WARC and HTTP headers around a record's payload
FEED_FACTOR = 50  # a feed file holds many entries: it may be this many times the page limit
DRAIN_CHUNK = 1 << 20
_ENTRY_END_RE = re.compile(rb"</(?:item|entry)\s*>", re.I)


def sniff_feed(path: str) -> str | None:
    """'jsonl', 'warc', 'rss' or None for a file that is none of these."""
    low = path.lower()
    base = low[:-3] if low.endswith(".gz") else low
    if base.endswith(".jsonl"):
        return "jsonl"
    if base.endswith(".warc"):
        return "warc"
    if low.endswith((".rss", ".atom")):
        return "rss"
    if low.endswith(".xml"):
        try:
            with open(path, "rb") as fh:
                head = fh.read(2048).decode("utf-8", "replace").lower()
        except OSError:
            return None
        if any(m in head for m in FEED_MARKERS):
            return "rss"
    return None


def read_feed(path: str, *, max_bytes: int = 20_000_000) -> Iterator[RawPage | ReadFailure]:
    """Every page in a feed file; an unknown kind is one ReadFailure."""
    kind = sniff_feed(path)
    reader = READERS.get(kind)
    if reader is None:
        yield ReadFailure(path, InputError("not a JSONL, WARC or RSS/Atom file"))
        return
    try:
        yield from reader(path, max_bytes)
    except OSError as exc:
        yield ReadFailure(path, InputError(f"cannot read ({bounded(exc.strerror or exc)})"))


def _open(path: str, limit: int | None = None) -> io.BufferedReader:
    """The file as a buffered binary stream, gunzipped on the fly (see BoundedReader)."""
    return io.BufferedReader(BoundedReader(open(path, "rb"), limit))  # noqa: SIM115 - the caller closes it


class FeedRecord(BaseModel):
    """One JSONL input line: the page as `text` or `html`, and optional metadata, all strings."""

    model_config = ConfigDict(extra="ignore")

    text: StrictStr | None = None
    html: StrictStr | None = None
    url: StrictStr | None = None
    published: StrictStr | None = None
    outlet: StrictStr | None = None
    title: StrictStr | None = None
    source: StrictStr | None = None


def _validation_reason(exc: ValidationError) -> str:
    problems = []
    for err in exc.errors()[:3]:
        field = ".".join(str(p) for p in err["loc"]) or "record"
        problems.append(f"'{field}' must be a string or null, not {_json_type(err.get('input'))}")
    return "; ".join(problems)


def _json_type(value) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def read_jsonl(path: str, max_bytes: int) -> Iterator[RawPage | ReadFailure]:
    with _open(path) as fh:
        n = 0
        while True:
            raw = fh.readline(max_bytes + 1)  # a line without end is read at most to the limit
            if not raw:
                return
            n += 1
            where = f"{path}:{n}"
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                while (rest := fh.readline(DRAIN_CHUNK)) and not rest.endswith(b"\n"):
                    pass  # skip the rest of the long line in bounded pieces
                yield ReadFailure(where, InputTooLargeError(f"line over the limit of {max_bytes:,} bytes"))
                continue
            line = raw.decode("utf-8", errors="replace")
            if not line.strip():
                continue
            item = _jsonl_record(line, where, max_bytes)
            if item is not None:
                yield item


def _jsonl_record(line: str, where: str, max_bytes: int) -> RawPage | ReadFailure | None:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadFailure(where, InputError(f"invalid JSON ({exc.msg} at column {exc.colno})"))
    except (ValueError, RecursionError) as exc:  # huge integers, nesting too deep
        return ReadFailure(where, InputError(f"invalid JSON ({bounded(exc, 80)})"))
    if not isinstance(obj, dict):
        return ReadFailure(where, InputError(f"a line must be a JSON object, not {_json_type(obj)}"))
    try:
        rec = FeedRecord.model_validate(obj)
    except ValidationError as exc:
        return ReadFailure(where, InputError(_validation_reason(exc)))
    data, fmt = (rec.html, "html") if rec.html and rec.html.strip() else (rec.text, "text")
    if not data or not data.strip():
        return ReadFailure(where, InputError("no 'text' or 'html' field with text in it"))
    if len(data.encode("utf-8")) > max_bytes:
        return ReadFailure(where, InputTooLargeError(f"over the limit of {max_bytes:,} bytes"))
    return RawPage(
        source=rec.source or rec.url or where,
        data=data.replace("\r\n", "\n").replace("\r", "\n"),
        format=fmt,
        encoding="utf-8",
        url=rec.url,
        published=rec.published,
        outlet=rec.outlet,
        title=rec.title,
    )


class BoundedReader(io.RawIOBase):
    """A file's bytes, gunzipped on the fly when it is gzip data (every member), that refuses to
    deliver more than `limit` bytes after its last `mark()`: a decompression bomb or a header line
    without end stops at the limit, not at the memory. Gzip data that ends inside a member ends the
    stream after the bytes before the cut and sets `cut` (gzip's EOFError would lose those bytes
    in the reader's buffer, and warcio takes an EOFError for a clean end)."""

    def __init__(self, raw, limit: int | None) -> None:
        super().__init__()
        self.raw = raw
        self.limit = limit
        self.total = 0
        self.start = 0
        self.gz = raw.peek(2)[:2] == GZIP_MAGIC
        self.gzip = zlib.decompressobj(wbits=31)
        self.fresh = True  # no byte of the current gzip member read yet
        self.pending = b""  # compressed bytes not yet decompressed
        self.cut = False

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self.raw.close()
        super().close()

    def mark(self) -> None:
        self.start = self.total

    def readinto(self, buffer) -> int:
        if self.limit is not None and self.total - self.start > self.limit:
            raise InputTooLargeError(f"a record is over the limit of {self.limit - HEADER_SLACK:,} bytes")
        want = min(len(buffer), DRAIN_CHUNK)
        data = self._gunzip(want) if self.gz else self.raw.read(want)
        buffer[: len(data)] = data
        self.total += len(data)
        return len(data)

    def _gunzip(self, want: int) -> bytes:
        while True:
            if not self.pending:
                self.pending = self.raw.read(1 << 16)
                if not self.pending:
                    self.cut = not self.fresh  # the file ends inside a member
                    return b""
            if self.fresh:
                self.pending = self.pending.lstrip(b"\0")  # padding between members
                if not self.pending:
                    continue
                self.fresh = False
            try:
                out = self.gzip.decompress(self.pending, want)
            except zlib.error as exc:
                raise InputError(f"corrupt gzip data ({exc})") from None
            self.pending = self.gzip.unconsumed_tail
            if self.gzip.eof:  # the member is done: the next one starts in its unused data
                self.pending = self.gzip.unused_data + self.pending
                self.gzip = zlib.decompressobj(wbits=31)
                self.fresh = True
            if out:
                return out


def read_warc(path: str, max_bytes: int) -> Iterator[RawPage | ReadFailure]:
    from warcio.archiveiterator import ArchiveIterator

    with _open(path, max_bytes + HEADER_SLACK) as fh:
        stream = fh.raw
        gz = stream.gz
        offset, n = 0, 0

        def where() -> str:
            at = f"offset {offset:,}" + (" of the decompressed archive" if gz else "")
            return f"record {n} at {at}" if n else at

        try:
            if not fh.peek(5)[:5].startswith(b"WARC/"):  # warcio would read text as ARC records
                raise InputError("not a WARC archive (it does not start with 'WARC/')")
            records = ArchiveIterator(fh)
            for record in records:
                n += 1
                stream.mark()
                if record.format != "warc":
                    raise InputError("not a WARC record")
                item = _warc_page(record, max_bytes, where)
                if item is not None:
                    yield item
                # asking warcio for the offset reads the record to its end: only once it is used
                start, length = records.get_record_offset(), records.get_record_length()
                if _cut_off(record):  # the file ends inside it: it is the last one
                    if isinstance(item, ReadFailure):
                        return  # reported already
                    raise InputError("the archive is cut off inside this record")
                offset = start + length
            while fh.read(DRAIN_CHUNK):  # what warcio left unread: a record cut inside its headers
                pass
            if stream.cut or stream.total - offset > 4:  # more than a record separator is left
                n += 1  # the record after the last whole one
                raise InputError("the archive is cut off inside this record")
        except Exception as exc:  # noqa: BLE001 - an unreadable archive ends the file, not the run
            yield ReadFailure(path, InputError(f"unreadable WARC, {where()}: {bounded(exc)}"))


def _cut_off(record) -> bool:
    """Whether the archive ended inside this record (read to its end): its declared length was
    not there, or its headers stop before they say how long it is."""
    declared = record.rec_headers.get_header("Content-Length") or ""
    if not declared.strip().isdigit() or not record.rec_type:
        return True
    return (getattr(record.raw_stream, "limit", 0) or 0) > 0


def _warc_page(record, max_bytes: int, where) -> RawPage | ReadFailure | None:
    if record.rec_type != "response":
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
    if "html" not in ctype.lower():
        return None
    raw = record.content_stream().read(max_bytes + 1)
    if len(raw) > max_bytes:
        return ReadFailure(url or where(), InputTooLargeError(f"over the limit of {max_bytes:,} bytes"))
    missing = getattr(record.raw_stream, "limit", 0) or 0
    if missing > 0:  # the archive ended inside this record: never keep half a page
        return ReadFailure(url or where(), InputError(
            f"{where()} is cut off: the archive ends {missing:,} bytes before the record does"))
    charset = "utf-8"
    if "charset=" in ctype.lower():
        charset = ctype.lower().split("charset=")[-1].split(";")[0].strip() or "utf-8"
    try:
        data = raw.decode(charset, errors="replace")
    except LookupError:
        data = raw.decode("utf-8", errors="replace")
    return RawPage(source=url or where(), data=data, format="html", encoding=charset, url=url)


def read_rss(path: str, max_bytes: int) -> Iterator[RawPage | ReadFailure]:
    import feedparser

    limit = max_bytes * FEED_FACTOR
    if Path(path).stat().st_size > limit and not path.lower().endswith(".gz"):
        yield ReadFailure(path, InputTooLargeError(f"feed over the limit of {limit:,} bytes"))
        return
    with open(path, "rb") as fh:
        data = fh.read(limit + 1)
    if data[:2] == GZIP_MAGIC:
        data = gunzip_bounded(data, limit)
    if len(data) > limit:
        yield ReadFailure(path, InputTooLargeError(f"feed over the limit of {limit:,} bytes"))
        return
    feed = feedparser.parse(data)
    entries = list(feed.entries)
    broken = _xml_error(feed, data)
    if broken is not None:
        position, message = broken
        whole = len(_ENTRY_END_RE.findall(data, 0, position))  # entries closed before the error
        cut = len(entries) - min(whole, len(entries))
        entries = entries[:whole]
        kept = f"; {_entries(whole)} before it kept" if whole else ""
        dropped = f", {_entries(cut)} from there on dropped" if cut else ""
        yield ReadFailure(path, InputError(f"malformed feed at byte {position:,}: {message}{dropped}{kept}"))
    elif not entries:
        yield ReadFailure(path, InputError("no RSS/Atom entries in the file"))
    outlet = (feed.feed.get("title") if getattr(feed, "feed", None) else None) or None
    for i, entry in enumerate(entries):
        page = _rss_page(path, i, entry, outlet, max_bytes)
        if page is not None:
            yield page


def _entries(n: int) -> str:
    return f"{n} entry" if n == 1 else f"{n} entries"


def _xml_error(feed, data: bytes) -> tuple[int, str] | None:
    """(byte offset, message) of the XML syntax error feedparser met, or None."""
    import xml.sax

    exc = getattr(feed, "bozo_exception", None) if getattr(feed, "bozo", False) else None
    if not isinstance(exc, xml.sax.SAXException):
        return None  # encoding notes and the like: the entries are whole
    line, column = 1, 0
    if hasattr(exc, "getLineNumber"):
        line, column = exc.getLineNumber() or 1, exc.getColumnNumber() or 0
    lines = data.split(b"\n", line - 1)
    position = sum(len(x) + 1 for x in lines[: line - 1]) + column
    return min(position, len(data)), bounded(exc.getMessage() if hasattr(exc, "getMessage") else exc, 120)


def _rss_page(path: str, i: int, entry, outlet: str | None, max_bytes: int) -> RawPage | ReadFailure:
    content = ""
    if entry.get("content"):
        content = entry.content[0].get("value", "")
    content = content or entry.get("summary", "")
    if not content:
        return ReadFailure(f"{path}#{i}", InputError("entry without content"))
    if len(content.encode("utf-8")) > max_bytes:
        return ReadFailure(f"{path}#{i}", InputTooLargeError(f"entry over the limit of {max_bytes:,} bytes"))
    title = entry.get("title")
    html = f"<html><head><title>{title or ''}</title></head><body><h1>{title or ''}</h1>{content}</body></html>"
    published = None
    if entry.get("published_parsed"):
        p = entry.published_parsed
        published = f"{p.tm_year:04d}-{p.tm_mon:02d}-{p.tm_mday:02d}"
    return RawPage(
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
