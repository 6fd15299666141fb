"""read_pages / iter_input_paths / sniff_format over temporary files."""

from __future__ import annotations

import codecs
import io
import sys

import pytest

from warta.errors import BinaryInputError, EmptyInputError, InputError, InputTooLargeError
from warta.io.readers import RawPage, ReadFailure, iter_input_paths, read_pages, sniff_format

TEXT_PAGE = "Judul Berita Hari Ini Tentang Banjir\nJakarta, Inakoran\nIsi berita pertama yang panjang.\n"
HTML_PAGE = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Isi</p></body></html>"


@pytest.fixture
def page_dir(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT_PAGE, encoding="utf-8")
    (tmp_path / "b.html").write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "c.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "d.txt").write_bytes(b"")
    (tmp_path / "e.txt").write_bytes(codecs.BOM_UTF16_LE + "Halo dunia".encode("utf-16-le"))
    (tmp_path / "a.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "f.txt").write_text("Halaman di subfolder", encoding="utf-8")
    hidden_dir = tmp_path / ".cache"
    hidden_dir.mkdir()
    (hidden_dir / "g.txt").write_text("cache", encoding="utf-8")
    return tmp_path


def test_directory_is_recursive_sorted_and_skips_hidden_and_gold(page_dir):
    names = [p.removeprefix(str(page_dir) + "/") for p in iter_input_paths([str(page_dir)])]
    assert names == ["a.txt", "b.html", "c.png", "d.txt", "e.txt", "sub/f.txt"]


def test_glob_and_stdin_and_missing_specs(page_dir):
    got = list(iter_input_paths([str(page_dir / "*.txt"), "-", str(page_dir / "nope.txt")]))
    assert got == [str(page_dir / n) for n in ("a.txt", "d.txt", "e.txt")] + ["-", str(page_dir / "nope.txt")]


def test_read_pages_one_bad_file_among_good_ones(page_dir):
    results = list(read_pages([str(page_dir), str(page_dir / "missing.txt")], max_bytes=1_000_000))
    by_name = {r.source.rsplit("/", 1)[-1]: r for r in results}
    assert isinstance(by_name["a.txt"], RawPage)
    assert by_name["a.txt"].format == "text"
    assert by_name["a.txt"].data == TEXT_PAGE
    assert by_name["a.txt"].encoding == "utf-8"
    assert by_name["b.html"].format == "html"
    assert by_name["e.txt"].data == "Halo dunia"
    assert by_name["e.txt"].encoding == "utf-16-le"
    assert by_name["f.txt"].data == "Halaman di subfolder"
    assert isinstance(by_name["c.png"], ReadFailure)
    assert isinstance(by_name["c.png"].error, BinaryInputError)
    assert isinstance(by_name["d.txt"].error, EmptyInputError)
    missing = by_name["missing.txt"]
    assert isinstance(missing, ReadFailure)
    assert isinstance(missing.error, InputError)
    assert "no such file" in str(missing.error)


def test_read_pages_too_large_is_a_failure(page_dir):
    (result,) = list(read_pages([str(page_dir / "a.txt")], max_bytes=10))
    assert isinstance(result, ReadFailure)
    assert isinstance(result.error, InputTooLargeError)


def test_read_pages_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT_PAGE.encode("utf-8"))))
    (page,) = list(read_pages(["-"], max_bytes=1000))
    assert page.source == "-"
    assert page.data == TEXT_PAGE


@pytest.mark.parametrize(
    "text,fmt",
    [
        (HTML_PAGE, "html"),
        ("  <html lang='id'><body>x</body></html>", "html"),
        ("<?xml version='1.0'?>\n<html><body/></html>", "html"),
        ("<div class='a'><p>Satu</p><p>Dua</p></div>", "html"),
        (TEXT_PAGE, "text"),
        ("Harga naik <5% menurut BPS, kata dia > dari perkiraan.", "text"),
    ],
)
def test_sniff_format(text, fmt):
    assert sniff_format(text) == fmt
