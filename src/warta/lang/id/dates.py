"""Indonesian date words: month names and abbreviations, day names, time zones, date-line labels."""

from __future__ import annotations

# month name or abbreviation (lowercase, without a trailing dot) -> month number
MONTHS: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "pebruari": 2,
    "maret": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "agustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "nopember": 11,
    "desember": 12,
    "jan": 1,
    "feb": 2,
    "peb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "agu": 8,
    "agt": 8,
    "agst": 8,
    "agus": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "nop": 11,
    "des": 12,
}

DAYS: list[str] = ["senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad"]

# Indonesian time zones printed after a publication time ("14:05 WIB")
TIMEZONES: list[str] = ["wib", "wita", "wit"]

# words that introduce or pad a publication date line ("Diperbarui: Senin, ... pukul 10.00 WIB")
DATE_LABELS: list[str] = [
    "diperbarui",
    "diperbaharui",
    "diterbitkan",
    "dipublikasikan",
    "dipublikasi",
    "terbit",
    "tayang",
    "diposting",
    "diposting pada",
    "diunggah",
    "update",
    "terakhir diperbarui",
    "tanggal",
    "pukul",
    "jam",
]

# units of a relative time note after a date ("Diperbarui 2 jam lalu")
RELATIVE_UNITS: list[str] = ["detik", "menit", "jam", "hari", "minggu", "pekan"]

# words that close a relative time note ("2 jam yang lalu")
AGO_WORDS: list[str] = ["lalu", "yang lalu"]

# labels of a date line that gives the last update, not the publication ("Diperbarui 23 Okt 2024")
UPDATE_LABELS: list[str] = ["diperbarui", "diperbaharui", "terakhir diperbarui", "update", "pembaruan"]
