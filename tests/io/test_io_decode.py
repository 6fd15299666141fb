"""decode_bytes: BOMs, UTF-8, legacy encodings, and the named errors for what is not text."""

from __future__ import annotations

import codecs

import pytest

from warta.errors import BinaryInputError, DecodeError, EmptyInputError, InputTooLargeError
from warta.io.decode import DecodedText, decode_bytes

PAGE = "Harga “MinyaKita” naik — kata pedagang.\nBaca juga: Café naïve"


def test_plain_utf8():
    assert decode_bytes(PAGE.encode("utf-8")) == DecodedText(PAGE, "utf-8")


def test_utf8_bom_is_dropped():
    out = decode_bytes(codecs.BOM_UTF8 + PAGE.encode("utf-8"))
    assert out.text == PAGE
    assert out.encoding == "utf-8-sig"


@pytest.mark.parametrize(
    "bom,codec",
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_utf16_and_utf32_with_bom(bom, codec):
    out = decode_bytes(bom + PAGE.encode(codec))
    assert out.text == PAGE
    assert out.encoding == codec


def test_cp1252_smart_quotes_and_accents():
    data = "Café “quoted” — 5 € naïve".encode("cp1252")
    assert decode_bytes(data) == DecodedText("Café “quoted” — 5 € naïve", "cp1252")


def test_latin1_indonesian_page_mostly_ascii():
    data = ("Menteri mengatakan harga naik 5% — kata dia. " * 4 + "Ekspor kopi ke Perú naik.").encode(
        "cp1252"
    )
    out = decode_bytes(data)
    assert out.encoding == "cp1252"
    assert "Perú" in out.text and "—" in out.text


def test_cyrillic_legacy_page_is_not_forced_to_cp1252():
    text = "Здравствуйте, это тестовая страница на русском языке для проверки кодировки"
    assert decode_bytes(text.encode("cp1251")).text == text


def test_mostly_utf8_with_one_bad_byte_keeps_utf8():
    data = ("Café déjà vu naïve " * 5).encode("utf-8") + b"\xff end"
    out = decode_bytes(data)
    assert out.encoding == "utf-8"
    assert out.text.endswith("\ufffd end")


@pytest.mark.parametrize(
    "data",
    [
        b"line one\r\nline two\rline three\n",
        codecs.BOM_UTF16_LE + "line one\r\nline two\rline three\n".encode("utf-16-le"),
    ],
)
def test_newlines_normalised(data):
    assert decode_bytes(data).text == "line one\nline two\nline three\n"


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", codecs.BOM_UTF8 + b"  \n"])
def test_empty_input(data):
    with pytest.raises(EmptyInputError, match="no text"):
        decode_bytes(data)


@pytest.mark.parametrize(
    "data,kind",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip data"),
        (b"%PDF-1.7\n%\xe2\xe3", "PDF document"),
        (b"abc\x00def\x00", "NUL bytes"),
    ],
)
def test_binary_input(data, kind):
    with pytest.raises(BinaryInputError, match=kind):
        decode_bytes(data)


def test_control_character_soup_is_binary():
    with pytest.raises(BinaryInputError):
        decode_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 20)


@pytest.mark.parametrize("data", [codecs.BOM_UTF16_LE + b"a", codecs.BOM_UTF8 + b"ab\xff\xfe"])
def test_invalid_bytes_after_bom(data):
    with pytest.raises(DecodeError, match="byte-order mark"):
        decode_bytes(data)


def test_too_large():
    with pytest.raises(InputTooLargeError, match="over the limit of 10"):
        decode_bytes(b"x" * 11, max_bytes=10)
    assert decode_bytes(b"x" * 10, max_bytes=10).text == "x" * 10


def test_error_messages_are_one_line():
    for data in (b"", b"\x89PNG\r\n\x1a\n", b"x" * 20):
        with pytest.raises(Exception) as info:
            decode_bytes(data, max_bytes=10)
        assert "\n" not in str(info.value)
