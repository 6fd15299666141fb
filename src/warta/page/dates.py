"""Indonesian and English date parsing for page headers: publication date lines and datelines.

Month and day names come from `warta.lang.{id,en}.dates`. Only the forms news pages print are
read ("Senin, 28 Oktober 2024 | 14:05 WIB", "Wed, October 23, 2024 at 4:16 AM EDT",
"14/11/2024, 13:20 WIB", "2024-10-23T10:00:00Z"); anything else is left alone.
"""

from __future__ import annotations

import datetime as dt
import re

from warta.lang.en import dates as en_dates
from warta.lang.id import dates as id_dates

_LANGS = (id_dates, en_dates)

MONTHS: dict[str, int] = {}
for _mod in _LANGS:
    for _name, _num in _mod.MONTHS.items():
        MONTHS.setdefault(_name, _num)


def _alt(items) -> str:
    return "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in sorted(set(items), key=len, reverse=True))


_MONTH = rf"(?P<mon>{_alt(MONTHS)})\.?"
_DAYS = [d for m in _LANGS for d in m.DAYS]
DAY_NAMES = frozenset(_DAYS)
_TZ = [t for m in _LANGS for t in m.TIMEZONES]
_LABELS = [t for m in _LANGS for t in m.DATE_LABELS]

ISO_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ]\d{1,2}:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?(?!\d)"
)
DMY_RE = re.compile(
    rf"(?<!\w)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.I
)
MDY_RE = re.compile(
    rf"(?<!\w){_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.I
)
NUMERIC_RE = re.compile(
    r"(?<![\d.,/])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?!\d)"
)
# a month and day without a year, as in "SEOUL, Oct 23 (Reuters)"
_MONTH_NC = rf"(?:{_alt(MONTHS)})\.?"
MONTH_DAY_RE = re.compile(rf"^(?:{_MONTH_NC}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_NC})$", re.I)

_REL_UNITS = [u for m in _LANGS for u in m.RELATIVE_UNITS]
_AGO = [w for m in _LANGS for w in m.AGO_WORDS]
# "Updated 2 hours ago", "Diperbarui 3 jam yang lalu" after the date of a date line
_RELATIVE_RE = re.compile(rf"(?<!\w)\d{{1,3}}\s*(?:{_alt(_REL_UNITS)})\s+(?:{_alt(_AGO)})(?!\w)", re.I)
# "GMT+7", "UTC+09:00", "GMT -5"
_OFFSET_RE = re.compile(rf"(?<!\w)(?:{_alt(_TZ)})\s*[+-]\s*\d{{1,2}}(?::?\d\d)?(?!\d)", re.I)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")  # every date a date line can carry has a year
_UPDATE_RE = re.compile(rf"^(?:{_alt([t for m in _LANGS for t in m.UPDATE_LABELS])})(?!\w)", re.I)
_TIME_RE = re.compile(r"(?<!\d)\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?(?!\d)", re.I)
_FILLER_RE = re.compile(
    rf"(?<!\w)(?:{_alt(_LABELS)}|{_alt(_DAYS)}|{_alt(_TZ)})(?!\w)\.?|[|·•,:()\[\]–—-]+", re.I
)
_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)

MAX_DATE_LINE = 110  # characters; longer lines are prose that mentions a date
MAX_RESIDUE_WORDS = 4  # words before the date a date line may carry (an outlet name)
MAX_TRAILING_WORDS = 1  # words after it ("Banjir 12 November 2024 Terjang Sigi" is a headline)


def _make(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def find_date(text: str, *, dayfirst: bool = True) -> tuple[str, int, int] | None:
    """The first full date (with a year) in text, as (ISO date, start, end), or None.

    Args:
        text: a line of a page.
        dayfirst: how to read an ambiguous numeric date like 03/04/2024 (Indonesian pages
            write day first; set False for US-style English pages).
    """
    best: tuple[str, int, int] | None = None
    for rx in (ISO_RE, DMY_RE, MDY_RE, NUMERIC_RE):
        for m in rx.finditer(text):
            if best is not None and m.start() >= best[1]:
                break
            iso = _from_match(rx, m, dayfirst)
            if iso:
                best = (iso, m.start(), m.end())
                break
    return best


def _from_match(rx: re.Pattern, m: re.Match, dayfirst: bool) -> str | None:
    y = int(m.group("y"))
    if rx is ISO_RE:
        return _make(y, int(m.group("m")), int(m.group("d")))
    if rx is NUMERIC_RE:
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12 or (dayfirst and b <= 12):
            return _make(y, b, a)
        return _make(y, a, b)
    mon = MONTHS.get(re.sub(r"\s+", " ", m.group("mon").lower()))
    if mon is None:
        return None
    return _make(y, mon, int(m.group("d")))


def date_line(text: str, *, dayfirst: bool = True) -> str | None:
    """ISO date of a publication date line, or None if the line is not one.

    A date line is a date plus at most a weekday, a time, a time zone, a label ("Published:",
    "Diperbarui") and a short outlet name ("Sinar Pagi Online - Kamis, 24 Oktober 2024").
    """
    s = text.strip()
    if not s or len(s) > MAX_DATE_LINE or not _YEAR_RE.search(s):
        return None
    found = find_date(s, dayfirst=dayfirst)
    if found is None:
        return None
    iso, start, end = found
    if _residue_words(s[:start]) > MAX_RESIDUE_WORDS or _residue_words(s[end:]) > MAX_TRAILING_WORDS:
        return None
    return iso


def _residue_words(text: str) -> int:
    """Words left beside a date once times, zones, weekdays, labels and separators are gone."""
    text = _RELATIVE_RE.sub(" ", _OFFSET_RE.sub(" ", text))
    text = _FILLER_RE.sub(" ", _TIME_RE.sub(" ", text))
    return len(_WORD_RE.findall(text))


def is_month_day(text: str) -> bool:
    """'Oct 23', '23 Oktober': a dateline date without a year."""
    return MONTH_DAY_RE.match(text.strip()) is not None


def is_update_line(text: str) -> bool:
    """'Updated 3:15 PM EDT, Wed October 23, 2024', 'Diperbarui 23 Okt 2024': an update stamp,
    which gives way to a publication date line on the same page."""
    return _UPDATE_RE.match(text.strip()) is not None
