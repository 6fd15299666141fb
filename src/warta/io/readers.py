"""Input paths -> RawPage: files, directories, globs and stdin, decoded and sniffed as text or HTML.

One bad input never stops a batch: it becomes a ReadFailure carrying the named error.
Feed files (JSONL, WARC, RSS/Atom) are handed to `warta.io.feeds`, which yields one RawPage per
record, in the order the inputs are given. Gzip data is decompressed up to the same byte limit.
"""

from __future__ import annotations

import glob
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from warta.errors import InputError, InputTooLargeError, WartaError
from warta.io.decode import decode_bytes

Format = Literal["text", "html"]

_GLOB_CHARS = re.compile(r"[*?\[]")
_HTML_START_RE = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_TAG_RE = re.compile(
    r"<(?:html|head|body|div|p|span|a|article|section|h[1-6]|br|meta|script|title|ul|li|table)\b[^>]*>", re.I
)
GZIP_MAGIC = b"\x1f\x8b"
SNIFF_CHARS = 4096
MIN_TAGS = 3  # this many HTML tags in the first SNIFF_CHARS characters make a page HTML


@dataclass
class RawPage:
    """One input page: decoded text or markup plus whatever metadata came with it."""

    source: str | None
    data: str
    format: Format
    encoding: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    title: str | None = None


@dataclass
class ReadFailure:
    """An input that could not be read, with the error to report for it."""

    source: str
    error: WartaError


def sniff_format(text: str) -> Format:
    """'html' for markup (a doctype/html/head/body start, or several HTML tags), else 'text'."""
    head = text[:SNIFF_CHARS]
    if _HTML_START_RE.match(head):
        return "html"
    if len(_HTML_TAG_RE.findall(head)) >= MIN_TAGS:
        return "html"
    return "text"


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _skip(path: Path) -> bool:
    return path.name.startswith(".") or path.name.endswith(".gold.json")


def _skip_in_dir(path: Path) -> bool:
    # a directory of pages may hold annotation or metadata JSON next to them; it is not a page
    return _skip(path) or path.suffix.lower() == ".json"


def iter_input_paths(specs: Iterable[str]) -> Iterator[str]:
    """Expand input specs: files as given, directories recursively (sorted; hidden files, *.json
    and *.gold.json skipped), glob patterns (sorted), and "-" for stdin. A path that does not exist
    is yielded as is, so the reader can report it."""
    for spec in specs:
        if spec == "-":
            yield spec
            continue
        path = Path(spec)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                if sub.is_file() and not _hidden(sub, path) and not _skip_in_dir(sub):
                    yield str(sub)
        elif not path.exists() and _GLOB_CHARS.search(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            for match in matches:
                m = Path(match)
                if m.is_dir():
                    yield from iter_input_paths([match])
                elif not _skip(m):
                    yield match
            if not matches:
                yield spec
        else:
            yield spec


def _read_bytes(spec: str, max_bytes: int) -> bytes:
    if spec == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        return data
    try:
        size = os.stat(spec).st_size
    except FileNotFoundError:
        raise InputError(f"{spec}: no such file or directory") from None
    except OSError as exc:
        raise InputError(f"{spec}: cannot read ({exc.strerror})") from None
    if size > max_bytes:
        raise InputTooLargeError(
            f"{spec}: {size:,} bytes, over the limit of {max_bytes:,} (raise --max-bytes / WARTA_MAX_BYTES)"
        )
    try:
        with open(spec, "rb") as fh:
            return fh.read(max_bytes + 1)
    except IsADirectoryError:
        raise InputError(f"{spec}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{spec}: cannot read ({exc.strerror})") from None


def gunzip_bounded(data: bytes, limit: int) -> bytes:
    """Decompress gzip data (all members), stopping after `limit` + 1 bytes: a result longer than
    `limit` means the data is over it. Raises InputError for corrupt or cut-off gzip data."""
    out: list[bytes] = []
    size = 0
    while data and size <= limit:
        d = zlib.decompressobj(wbits=31)
        try:
            chunk = d.decompress(data, limit + 1 - size)
        except zlib.error as exc:
            raise InputError(f"corrupt gzip data ({exc})") from None
        out.append(chunk)
        size += len(chunk)
        if d.unconsumed_tail:  # stopped at the limit
            break
        if not d.eof:
            raise InputError("cut-off gzip data (the stream ends before its end marker)")
        data = d.unused_data.lstrip(b"\x00")
        if data and data[:2] != GZIP_MAGIC:
            break  # trailing garbage after the last member, as gzip(1) ignores it
    return b"".join(out)


def read_page(spec: str, *, max_bytes: int) -> RawPage:
    """Read and decode one input ("-" is stdin). Raises a WartaError subclass on failure."""
    data = _read_bytes(spec, max_bytes)  # its errors name the input already
    try:
        if data[:2] == GZIP_MAGIC:
            data = gunzip_bounded(data, max_bytes)
            if len(data) > max_bytes:
                raise InputTooLargeError(
                    f"over the limit of {max_bytes:,} bytes once decompressed (raise --max-bytes / WARTA_MAX_BYTES)")
        decoded = decode_bytes(data, max_bytes=max_bytes)
    except WartaError as exc:
        name = "stdin" if spec == "-" else spec
        raise type(exc)(f"{name}: {exc}") from None
    return RawPage(
        source=spec, data=decoded.text, format=sniff_format(decoded.text), encoding=decoded.encoding
    )


def read_pages(specs: Iterable[str], *, max_bytes: int) -> Iterator[RawPage | ReadFailure]:
    """Read every input the specs name, the records of feed files included, in order; a bad or
    missing input yields a ReadFailure, never raises."""
    from warta.io.feeds import read_feed, sniff_feed

    for spec in iter_input_paths(specs):
        if spec != "-" and os.path.isfile(spec) and sniff_feed(spec):
            yield from read_feed(spec, max_bytes=max_bytes)
            continue
        try:
            yield read_page(spec, max_bytes=max_bytes)
        except WartaError as exc:
            yield ReadFailure(spec, exc)
