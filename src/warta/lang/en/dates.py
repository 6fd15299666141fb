"""English date words: month names and abbreviations, day names, time zones, date-line labels."""

from __future__ import annotations

# month name or abbreviation (lowercase, without a trailing dot) -> month number
MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

DAYS: list[str] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
]

# time zones printed after a publication time ("4:16 AM EDT", "3:27 PM UTC")
TIMEZONES: list[str] = [
    "utc",
    "gmt",
    "et",
    "edt",
    "est",
    "ct",
    "cdt",
    "cst",
    "mt",
    "mdt",
    "mst",
    "pt",
    "pdt",
    "pst",
    "bst",
    "cet",
    "cest",
    "kst",
    "jst",
    "hkt",
    "sgt",
    "ist",
    "aest",
    "aedt",
]

# words that introduce or pad a publication date line ("Published: ... at 5:52 pm ET")
DATE_LABELS: list[str] = [
    "published",
    "published on",
    "updated",
    "last updated",
    "updated on",
    "posted",
    "posted on",
    "first published",
    "date",
    "at",
    "on",
    "am",
    "pm",
    "a.m.",
    "p.m.",
]

# units of a relative time note after a date ("Updated 2 hours ago")
RELATIVE_UNITS: list[str] = [
    "second",
    "seconds",
    "sec",
    "secs",
    "minute",
    "minutes",
    "min",
    "mins",
    "hour",
    "hours",
    "hr",
    "hrs",
    "day",
    "days",
    "week",
    "weeks",
]

# words that close a relative time note ("2 hours ago")
AGO_WORDS: list[str] = ["ago"]

# labels of a date line that gives the last update, not the publication ("Updated 3:15 PM EDT, ...")
UPDATE_LABELS: list[str] = ["updated", "last updated", "updated on", "modified"]
