"""Date parsing for page headers (warta.page.dates)."""

from __future__ import annotations

import pytest

from warta.page.dates import date_line, find_date, is_month_day


@pytest.mark.parametrize(
    "text,iso",
    [
        ("Kamis, 28 November 2024 - 09:12 WIB", "2024-11-28"),
        ("Jumat, 6 Desember 2024 | 15:30 WIB", "2024-12-06"),
        ("Jum'at, 6 Des 2024", "2024-12-06"),
        ("12 Mei 2024", "2024-05-12"),
        ("Nov 28, 2024 13:05 KST", "2024-11-28"),
        ("November 5, 2024 · 3:27 PM UTC", "2024-11-05"),
        ("Sept. 3, 2024", "2024-09-03"),
        ("2024-10-23T10:00:00Z", "2024-10-23"),
        ("Diperbarui 14.11.2024 13:20 WIB", "2024-11-14"),
        ("10/23/2024", "2024-10-23"),
        ("03/04/2024", "2024-04-03"),
        ("Updated 2:34 PM EDT, Wed October 23, 2024", "2024-10-23"),
        ("Oct. 23, 2024 Updated 10:12 a.m. ET", "2024-10-23"),
    ],
)
def test_date_line(text, iso):
    assert date_line(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "Direktur NIS menyampaikan hal itu dalam rapat, Rabu (23/10/2024), kata anggota komite.",
        "Harga naik 1.500 rupiah",
        "31 Februari 2024",
        "Last updated: 3 hours ago",
        "Banjir 12 November 2024 Terjang Sigi",
    ],
)
def test_not_a_date_line(text):
    assert date_line(text) is None


def test_numeric_dates_can_be_month_first():
    assert find_date("03/04/2024", dayfirst=False)[0] == "2024-03-04"


def test_find_date_gives_offsets():
    text = "Pada Rabu (23/10/2024), rapat digelar"
    iso, start, end = find_date(text)
    assert (iso, text[start:end]) == ("2024-10-23", "23/10/2024")


@pytest.mark.parametrize(
    "text,ok", [("Oct 23", True), ("Nov. 5", True), ("23 Oktober", True), ("Seoul", False)]
)
def test_month_day(text, ok):
    assert is_month_day(text) is ok
