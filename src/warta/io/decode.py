"""Bytes -> text: BOM and UTF-8 first, legacy encodings through charset-normalizer.

Refuses what is not text (empty input, binary files, inputs over the size limit) with a named
error and a one-line message. Newlines are normalised to "\n"; every offset warta reports is
into the returned text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from warta.errors import BinaryInputError, DecodeError, EmptyInputError, InputTooLargeError

# byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one)
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# magic numbers of common binary formats a crawl picks up
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "ELF executable"),
    (b"RIFF", "RIFF media"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# C0/C1 control characters other than tab, newline, carriage return and form feed
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_LATIN_FAMILY = frozenset(
    [
        "ascii",
        "cp1252",
        "latin_1",
        "iso8859_15",
        "iso8859_2",
        "iso8859_3",
        "iso8859_4",
        "iso8859_9",
        "iso8859_10",
        "iso8859_13",
        "iso8859_14",
        "iso8859_16",
        "cp1250",
        "cp1254",
        "cp1257",
        "cp1258",
        "cp437",
        "cp850",
        "cp852",
        "cp858",
        "mac_roman",
        "mac_latin2",
        "mac_iceland",
        "mac_turkish",
    ]
)
MAX_CONTROL_RATIO = 0.01


@dataclass(frozen=True)
class DecodedText:
    """Decoded page text (newlines normalised) and the encoding it was read with."""

    text: str
    encoding: str


def _normalise(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _finish(text: str, encoding: str) -> DecodedText:
    text = _normalise(text)
    if not text.strip():
        raise EmptyInputError("input has no text (empty or whitespace only)")
    controls = len(_CONTROL_RE.findall(text))
    if controls and controls > MAX_CONTROL_RATIO * len(text):
        raise BinaryInputError(f"input looks like binary data ({controls} control characters), not text")
    return DecodedText(text, encoding)


def _clean(text: str) -> bool:
    controls = len(_CONTROL_RE.findall(text))
    return controls <= MAX_CONTROL_RATIO * max(1, len(text))


def decode_bytes(data: bytes, *, max_bytes: int | None = None) -> DecodedText:
    """Decode a page's bytes to text.

    Args:
        data: the raw input.
        max_bytes: refuse inputs longer than this (None: no limit).

    Raises:
        InputTooLargeError, EmptyInputError, BinaryInputError, DecodeError.
    """
    if max_bytes is not None and len(data) > max_bytes:
        raise InputTooLargeError(
            f"input is {len(data):,} bytes, over the limit of {max_bytes:,} (raise --max-bytes / WARTA_MAX_BYTES)"
        )
    if not data.strip():
        raise EmptyInputError("input has no text (empty or whitespace only)")
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(enc)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"input starts with a {enc} byte-order mark but is not valid {enc}"
                ) from exc
            return _finish(text, enc)
    for magic, kind in MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"input is binary data ({kind}), not text or HTML")
    if b"\x00" in data[:8192]:
        raise BinaryInputError("input is binary data (contains NUL bytes), not text or HTML")
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # an HTML page that names its charset
    m = _META_CHARSET_RE.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii", "ignore").lower()
        try:
            codecs.lookup(declared)
            text = data.decode(declared)
            if _clean(text):
                return _finish(text, codecs.lookup(declared).name)
        except (LookupError, UnicodeDecodeError):
            pass
    # mostly UTF-8 with a few broken bytes: keep UTF-8 and replace the bad bytes
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    multibyte = sum(1 for ch in replaced if ord(ch) > 0x7F) - bad
    if multibyte >= 4 and bad * 10 <= multibyte:
        return _finish(replaced, "utf-8")
    return _decode_legacy(data, utf8_error)


def _decode_legacy(data: bytes, utf8_error: UnicodeDecodeError) -> DecodedText:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    guess = best.encoding if best is not None else None
    # Indonesian and English pages in a legacy encoding are cp1252; charset-normalizer often
    # names a sibling Latin code page (cp1250, iso8859_2) for them, so keep cp1252 unless it
    # found a different script (Cyrillic, Greek, CJK, ...)
    if guess is None or guess in _LATIN_FAMILY:
        try:
            text = data.decode("cp1252")
            if _clean(text):
                return _finish(text, "cp1252")
        except UnicodeDecodeError:
            pass
    if best is not None:
        text = str(best)
        if _clean(text):
            return _finish(text, guess or "unknown")
    raise DecodeError(
        f"input is not valid UTF-8 (byte {utf8_error.start}) and no other supported encoding decodes it"
    )
