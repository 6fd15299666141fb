"""English number knowledge: number words, multipliers, hedges, and digit parsing.

English writes "," for thousands and "." for decimals ("1,500" = 1500, "$1.5 million").
"""

from __future__ import annotations

import re

# Words that are a number on their own.
NUMBER_WORDS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "half": 0.5,
}
# No "-teen" word is built from two words in English; kept for the shared shape.
TEEN_WORDS: dict[str, float] = {}
# Inside a number phrase: "two hundred" = 200, "a dozen" = 12.
SMALL_MULTIPLIERS: dict[str, float] = {"hundred": 100, "dozen": 12}
# After digits or number words: "12 thousand", "$1.5 million", "$2bn".
MULTIPLIERS: dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    "lakh": 1e5, "crore": 1e7,
}
# Multipliers that only count right after a currency amount ("$45m", not "100m" = metres).
CURRENCY_ONLY_MULTIPLIERS: frozenset[str] = frozenset({"k", "m", "b", "mn", "bn", "tn"})
# Vague amounts take their lower bound and are approximate ("dozens" -> 12).
VAGUE_AMOUNTS: dict[str, float] = {
    "dozens": 12, "scores": 20, "tens": 10, "hundreds": 100, "thousands": 1e3,
    "tens of thousands": 1e4, "hundreds of thousands": 1e5, "millions": 1e6,
    "tens of millions": 1e7, "hundreds of millions": 1e8, "billions": 1e9,
}
# Words that make the number after them approximate; the hedge is kept in the quantity text.
APPROX_MARKERS: tuple[str, ...] = (
    "about", "around", "roughly", "nearly", "almost", "approximately", "some", "at least",
    "more than", "less than", "fewer than", "as many as", "as much as", "up to", "upwards of",
    "close to", "an estimated", "estimated", "at most", "no fewer than", "no less than",
    "just over", "just under", "~", "±",
)
# Words after the number that make it approximate: "300 or more people".
POSTFIX_APPROX_MARKERS: tuple[str, ...] = ("or more",)
# Between two numbers they make a range: "10 to 15 people", "10-15".
RANGE_CONNECTORS: tuple[str, ...] = ("to", "-", "–", "—")
# "between 10 and 15 people"
BETWEEN_WORDS: tuple[str, ...] = ("between",)
BETWEEN_JOINERS: tuple[str, ...] = ("and",)
# Number words that count only before a known unit ("one year", not "one of", "one thing").
WEAK_NUMBER_WORDS: frozenset[str] = frozenset({"one", "half"})
# A number right after one of these names something, it does not count: "Article 4",
# "No. 2", "aged 40", "Week 9".
BLOCKING_WORDS: frozenset[str] = frozenset({
    "article", "section", "chapter", "paragraph", "clause", "page", "no", "no.", "number",
    "nos", "nos.", "vol", "vol.", "volume", "edition", "issue", "model", "version", "type",
    "series", "group", "aged", "age", "ages", "week", "round", "phase", "stage", "grade",
    "level", "floor", "room", "route", "gate", "highway", "flight", "channel", "district",
    "precinct", "ward", "platform", "pier", "terminal", "act", "resolution",
})
# A unit written before the number it measures: "magnitude 5.6" (and glued: "7.2-magnitude").
PREFIX_UNITS: dict[str, str] = {"magnitude": "other"}
PREFIX_UNIT_NOUNS: dict[str, str] = {}
# Words before "<number> years" that make it an age; English ages are "aged 17", "17-year-old",
# ", 40," or "40 years old" (see AGE_AFTER), so none are needed here.
AGE_NOUNS: frozenset[str] = frozenset()
# A word right after "<number> years" that makes it an age: "40 years old", "17 years of age".
AGE_AFTER: frozenset[str] = frozenset({"old", "of age"})
# Elliptical numbers: a number with no unit after it counts the noun named just before
# ("killed 83 people and injured more than 300") when a hedge, one of these cue words before
# it, or a partitive after it ("300 others", "12 of them") shows that it counts something.
ELLIPSIS_CUES: frozenset[str] = frozenset({
    "reached", "totaled", "totalled", "numbered", "another", "killed", "injured", "wounded",
    "to",
})
# Words before a bare number that make it a part of a figure before it in its sentence ("more
# than 200,000 workers marched in 40 towns, including 150,000 in Lisbon and 40,000 in Porto"):
# it counts what the nearest figure at least as large counts; a bare number listed right after
# such a part ("and 40,000") counts the same.
PART_CUES: frozenset[str] = frozenset({"including"})
LIST_JOINS: frozenset[str] = frozenset({"and", ","})
# A collective noun a number is elliptically given for counts its members: "put the crowd at
# 28,000" is 28,000 people.
COLLECTIVE_UNITS: dict[str, str] = {"crowd": "people", "crowds": "people"}
# Cue words that count only after one of their verbs a few words before: "put the crowd at
# 28,000 and the Porto march at 9,500", not "landed at 6"): the number the verb gives the noun
# before it.
ELLIPSIS_FRAMED_CUES: dict[str, tuple[str, ...]] = {
    "at": ("put", "puts", "putting", "placed", "places", "estimated", "estimates", "estimating"),
}
ELLIPSIS_FOLLOWERS: frozenset[str] = frozenset({"others", "of them", "of whom", "more"})
# "climbed $1.64 to $82.75": after a verb of change, "to" joins the change and the new level,
# it does not make a range.
RANGE_BREAKERS: frozenset[str] = frozenset({
    "rose", "rise", "rises", "risen", "climbed", "climb", "climbs", "gained", "gain", "gains",
    "jumped", "jump", "jumps", "fell", "fall", "falls", "fallen", "dropped", "drop", "drops",
    "slipped", "slid", "declined", "decline", "declines", "increased", "decreased", "surged",
    "soared", "plunged", "tumbled", "added", "lost", "edged", "grew", "shrank", "raised",
    "lowered", "cut", "cuts", "advanced", "eased", "sank", "slumped", "rallied", "up", "down",
})

_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")  # 1,500 / 1,392.2
_DECIMAL_POINT = re.compile(r"^\d+(?:\.\d+)?$")  # 1.5 / 12
_DECIMAL_COMMA = re.compile(r"^\d+,(?:\d{1,2}|\d{4,})$")  # 1,5 (European style, not 1,500)


def parse_number(text: str) -> float | None:
    """The value of a digit string written the English way, or None.

    Args:
        text: one token such as "1,500", "1.5", "-2.3" or "12".
    """
    sign = 1.0
    if text[:1] in "+-−":
        sign = -1.0 if text[0] != "+" else 1.0
        text = text[1:]
    if not text or not text[0].isdigit():
        return None
    if _GROUPED.match(text) or _DECIMAL_POINT.match(text):
        return sign * float(text.replace(",", ""))
    if _DECIMAL_COMMA.match(text):
        return sign * float(text.replace(",", "."))
    return None


def parse_number_words(words: list[str]) -> float | None:
    """The value of a run of English number words ("two hundred and fifty" -> 250,
    "twenty-five" -> 25), or None when a word is not part of a number.

    Args:
        words: lowercased words, in order.
    """
    parts: list[str] = []
    for w in words:
        parts.extend(w.split("-") if "-" in w else [w])
    total, current, last, seen = 0.0, 0.0, 0.0, False
    for i, w in enumerate(parts):
        if w == "and" and seen and i + 1 < len(parts):
            continue
        if w in ("a", "an") and not seen and i + 1 < len(parts):
            last, current, seen = 1.0, 1.0, True
            continue
        if w in NUMBER_WORDS:
            last = NUMBER_WORDS[w]
            current += last
        elif w in SMALL_MULTIPLIERS and seen:
            current += last * (SMALL_MULTIPLIERS[w] - 1)
            last = 0.0
        elif w in MULTIPLIERS and seen:
            total += (current or 1.0) * MULTIPLIERS[w]
            current = last = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None
