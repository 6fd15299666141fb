"""Fetched responses -> RawPage: media type checked, bytes decoded by warta.io.decode.

The charset an HTTP header declares is tried first (a byte-order mark still wins, as browsers
do); a body that is not valid in it is decoded by `decode_bytes`, which sniffs (UTF-8, the
page's <meta charset>, legacy encodings) and refuses binary data. A header that says Latin-1 or
cp1252 (many servers' default) over a body that is valid UTF-8 is taken for UTF-8.
"""

from __future__ import annotations

import codecs

from warta.errors import InputError, WartaError
from warta.io.decode import BOMS, decode_bytes
from warta.io.readers import RawPage, ReadFailure, sniff_format

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain", ""})
_LATIN_DEFAULTS = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "windows-1252", "cp1252", "us-ascii",
                             "ascii"})


class FetchError(InputError):
    """A page that could not be fetched (network, HTTP status, robots.txt, size, media type)."""


def is_page_type(media: str) -> bool:
    """Whether a response of this media type can be a news page."""
    return media in PAGE_TYPES or (media.startswith("text/") and media not in ("text/css", "text/javascript"))


def decode_body(data: bytes, charset: str | None, max_bytes: int):
    """DecodedText of a response body, honouring the declared charset where the bytes fit it."""
    if charset and not any(data.startswith(bom) for bom, _ in BOMS):
        try:
            codec = codecs.lookup(charset).name
        except LookupError:
            codec = None
        if codec and not (charset in _LATIN_DEFAULTS and _utf8(data)):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                text = None
            if text is not None:  # the checks (empty, binary) of decode_bytes, on the text
                decoded = decode_bytes(text.encode("utf-8"), max_bytes=None)
                return type(decoded)(decoded.text, codec)
    return decode_bytes(data, max_bytes=max_bytes)


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def to_page(result, *, max_bytes: int, published: str | None = None, title: str | None = None
            ) -> RawPage | ReadFailure:
    """The RawPage a successful FetchResult holds, else a ReadFailure with the reason."""
    source = result.final_url or result.url
    if result.error:
        return ReadFailure(result.url, FetchError(result.error))
    if result.not_modified:
        return ReadFailure(result.url, FetchError("not modified since the last fetch (HTTP 304)"))
    try:
        decoded = decode_body(result.content, result.charset, max_bytes)
    except WartaError as exc:
        return ReadFailure(source, exc)
    fmt = "html" if result.content_type in ("text/html", "application/xhtml+xml") else sniff_format(decoded.text)
    return RawPage(source=source, data=decoded.text, format=fmt, encoding=decoded.encoding, url=source,
                   published=published, title=title)
