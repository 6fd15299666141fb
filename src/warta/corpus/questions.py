"""Questions the sources answer, and how their answers are normalised and compared.

A claim answers one of two kinds of question a reader tracks across outlets:

* a **measure** ("how many dead, as of 17 November?"): what is counted or measured (a measure
  id such as ``dead``, ``displaced``, ``troops``), the unit dimension of the answer (a count, a
  percentage, an amount of money, a length...), the day it is counted as of (for tolls that grow
  while an event unfolds) and, for shares of a vote, whose share. Its answer is a value with an
  approximation (``lower``: "more than 10,000"; ``upper``: "nearly 3,000"; ``about``).
* a **proposition** ("whether North Korea sent troops to Russia"): its answer is a stance.

What a figure measures is read from the words around it in the article (the measure words are
language resources, warta.lang.<code>.measures, used as a union over languages so that an
Indonesian and an English figure for one measure meet). A figure with no measure word near it
answers no measure question: where warta cannot tell what a figure counts it leaves it out of
the conflicts rather than guess. This module is the one place that says what counts as the same
question (`Question.key`) and when two answers disagree (`compatible`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from warta.lang.base import get_resources, supported_languages, union

# Measure id -> (unit dimensions it is counted in, whether it is counted as of a date). A death
# toll grows while a disaster unfolds, so figures of different days answer different questions;
# the number of people on board a boat that sank does not. Ids are schema, not language.
MEASURES: dict[str, tuple[frozenset[str], bool]] = {}
_PEOPLE = frozenset({"people", "household"})  # a head count ("12 pekerja", "386 kepala keluarga")
for _ids, _dims, _dated in (
    (("casualties", "dead", "missing", "injured", "hospitalised", "sick", "displaced", "evacuated", "rescued",
      "affected", "cases", "personnel", "arrested"), _PEOPLE, True),
    (("houses",), frozenset({"count"}), True),
    (("trapped", "on_board", "capacity", "participants", "troops"), _PEOPLE, False),
    (("reports", "batches"), frozenset({"count"}), False),
    (("strikers",), _PEOPLE | {"percent"}, False),
    (("cancelled", "recalled"), frozenset({"count", "percent"}), False),
    (("loss", "damage", "bribe", "fine", "price"), frozenset({"money"}), False),
    (("vote_share", "turnout", "growth", "inflation", "interest_rate"), frozenset({"percent"}), False),
    (("wave_height",), frozenset({"length"}), False),
    (("magnitude", "wind_speed", "rainfall"), frozenset({"other", "count", "length"}), False),
    (("burned",), frozenset({"area", "other"}), False),
):
    for _m in _ids:
        MEASURES[_m] = (frozenset(_dims), _dated)
# A share of those taking part is a turnout, whatever they took part in: "78% of civil servants
# stayed away from work" and "put participation at 78%" answer one question.
AS_SHARE = {"strikers": "turnout", "participants": "turnout"}
# Measures whose answers are per party: each candidate's share of the vote is its own question.
PER_PARTY = frozenset({"vote_share"})
# Quantity categories -> dimension (a head count, or a count of things: "3 lokasi", "35 GT").
DIMENSIONS = {"people": "people", "troops": "people", "count": "count", "percent": "percent", "money": "money",
              "distance": "length", "weight": "weight", "duration": "duration"}
AREA_UNITS = ("hektare", "hectare", "ha", "acre", "km2", "km²", "square")
REL_TOLERANCE = 0.005  # 70.8 vs 71.2 differ; 12,000 vs 12,040 is rounding
ABOUT_TOLERANCE = 0.1  # "about 3,000" allows 3,100
BOUND_REACH = 0.3  # "more than 10,000" allows 11,000, not 150,000
NEAR_LIMIT = 10
# Figures that may take a measure word from far before them: not counts of things ("tiga lokasi").
FALLBACK_CATEGORIES = frozenset({"people", "troops", "percent", "money"})  # how far (in words, with penalties) a measure word may lie from its figure
_WORD = re.compile(r"\w+(?:-\w+)*")
_SENT_END = re.compile(r"[.!?][\"'”’]?\s+(?=[\"'“‘(]?[A-Z])|\n")
_DM = re.compile(r"\((?:[^\W\d]+,?\s*)?(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\)")


@dataclass(frozen=True, slots=True)
class Question:
    """What a claim answers. Two answers with the same `key` in one story answer one question."""

    kind: str  # "measure" | "proposition"
    what: str  # a measure id, or a proposition's topic ("North Korea|send")
    dimension: str | None = None  # count, percent, money, length, ... (measures only)
    as_of: str | None = None  # ISO day a toll is counted as of
    party: str | None = None  # whose share (PER_PARTY measures)
    place: str | None = None  # where, for a figure tied to a place ("40,000 in Porto"): a place key
    qualifiers: tuple[str, ...] = ()  # "planned": a target for later, not a figure for now

    @property
    def key(self) -> str:
        if self.kind == "measure":
            parts = ["m", self.what, self.dimension or "", self.party or "", self.place or "", self.as_of or ""]
        else:
            parts = ["p", self.what]
        parts.append(",".join(self.qualifiers))
        return "|".join(parts)

    def but(self, **changes) -> Question:
        """This question with some parts changed (`but(as_of=None)`: the same measure, any day)."""
        return replace(self, **changes)

    @classmethod
    def from_key(cls, key: str) -> Question:
        """The question a key was made from (the inverse of `key`)."""
        parts = key.split("|")
        quals = tuple(q for q in parts[-1].split(",") if q)
        if parts[0] == "m" and len(parts) == 7:
            return cls("measure", parts[1], parts[2] or None, parts[5] or None, parts[3] or None, parts[4] or None,
                       quals)
        return cls("proposition", "|".join(parts[1:-1]), qualifiers=quals)

    def label(self, lang: str | None, party_name: str | None = None, proposition: str | None = None,
              place_name: str | None = None) -> str:
        """The question in words, in `lang` (Indonesian or English; English for anything else)."""
        mod = _measures_module(lang)
        if self.kind != "measure":
            return f"{mod.WHETHER} {proposition or self.what.replace('|', ' ')}"
        phrase = mod.MEASURE_LABELS.get(self.what, self.what.replace("_", " "))
        out = f"{mod.HOW_MANY} {phrase}"
        if self.dimension == "percent":
            out += " (%)"
        if party_name:
            out += f" — {party_name}"
        if place_name:
            out += f" {mod.IN} {place_name}"
        if self.as_of:
            out += f" {mod.AS_OF} {self.as_of}"
        if "planned" in self.qualifiers:
            out += " (target)" if (lang or "en") != "id" else " (target)"
        return out + "?"


@dataclass(frozen=True, slots=True)
class Answer:
    """A figure's answer to a measure question: its value, bound kind and where it stands."""

    question: Question
    value: float
    unit: str | None
    approx: str | None  # "lower" | "upper" | "about" | None
    start: int
    end: int


def _measures_module(lang: str | None):
    res = get_resources(lang or "en") or get_resources("en")
    return res.measures


# -- compiled word tables (union over languages) ------------------------------------------------
def _pattern(words: list[str]) -> str:
    parts = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        if w.endswith("*"):
            parts.append(r"(?<![\w\-])" + re.escape(w[:-1]).replace(r"\ ", r"\s+") + r"[\w\-]*")
        else:
            parts.append(r"(?<![\w\-])" + re.escape(w).replace(r"\ ", r"\s+") + r"(?![\w\-])")
    return "|".join(parts) or "(?!)"


@cache
def _measure_words() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern over every measure word, and word (lowercased, spaces single) -> measure id.
    A "*" word maps by its stem: the lookup tries the match and then its stems."""
    table: dict[str, str] = {}
    for code in supported_languages():
        mod = getattr(get_resources(code), "measures", None)
        for mid, ws in getattr(mod, "MEASURES", {}).items():
            if mid not in MEASURES:
                raise ValueError(f"warta.lang.{code}.measures: unknown measure id {mid!r}")
            for w in ws:
                table.setdefault(w.lower(), mid)
    return re.compile(_pattern(list(table)), re.IGNORECASE), table


def _lookup(word: str, table: dict[str, str]) -> str | None:
    w = " ".join(word.lower().split())
    if w in table:
        return table[w]
    for k in range(len(w), 0, -1):
        hit = table.get(w[:k] + "*")
        if hit:
            return hit
    return None


@cache
def _words(name: str) -> re.Pattern:
    return re.compile(_pattern(list(union("measures", name))), re.IGNORECASE)


@cache
def _weekdays() -> dict[str, int]:
    out: dict[str, int] = {}
    for code in supported_languages():
        out.update(getattr(getattr(get_resources(code), "measures", None), "WEEKDAYS", {}))
    return out


@cache
def _compass() -> dict[str, str]:
    """Compass word, folded as entity keys are ("tenggara" -> "tengara"), -> direction id."""
    from warta.corpus.entities import fold

    out: dict[str, str] = {}
    for code in supported_languages():
        for word, direction in getattr(getattr(get_resources(code), "measures", None), "COMPASS", {}).items():
            out[fold(word)] = direction
    return out


@cache
def place_key(key: str) -> str:
    """An entity key with compass words made language-independent and put last ("n:north konawe"
    and "n:konawe utara" -> "n:konawe ~north"), so a place meets its name in another language."""
    prefix, _, body = key.rpartition(":")
    words = body.split()
    comp = _compass()
    if not any(w in comp for w in words):
        return key
    return f"{prefix}:{' '.join([w for w in words if w not in comp] + ['~' + comp[w] for w in words if w in comp])}"


# -- reading a figure ---------------------------------------------------------------------------
def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): from the last sentence end before it to the next one."""
    lo = max(0, start - 400)
    s = lo
    for m in _SENT_END.finditer(text, lo, min(len(text), start + 3)):  # the lookahead reads past the cut
        if m.end() <= start:
            s = m.end()
    m = _SENT_END.search(text, end, end + 400)
    return s, (m.start() + 1 if m else min(len(text), end + 400))


_NAME_LIST = re.compile(r"(?:,\s*|\s+(?:dan|and|serta|or|atau)\s+)(?=[A-Z])")


def _penalty(between: str, others: int) -> int:
    between = _NAME_LIST.sub(" ", between)  # "dari Jabodetabek, Karawang, dan Serang": one phrase, not clauses
    words = _WORD.findall(between)
    joins = sum(1 for w in words if _words("CLAUSE_JOINS").fullmatch(w))
    return len(words) + 3 * (between.count(",") + between.count(";") + between.count(":") + joins) + 6 * others


def figure_measure(text: str, start: int, end: int, figures: list[tuple[int, int]],
                   category: str | None = None, dim: str | None = None) -> str | None:
    """The measure a figure at [start, end) answers, from the nearest measure word in its
    sentence: a word inside the figure's own text ("12.000 tentara"), else the nearest one after or
    before it, counting words between and penalising a clause joint or another figure in between;
    else, for a head count, share or amount, the nearest word before it in the sentence with no
    other figure between ("jumlah korban meninggal dunia ... bertambah menjadi delapan orang"). None where nothing says what it counts."""
    pattern, table = _measure_words()
    s, e = sentence_bounds(text, start, end)
    best: tuple[float, str] | None = None
    fallback: str | None = None
    for m in pattern.finditer(text, s, e):
        mid = _lookup(m.group(0), table)
        if mid is None:
            continue
        if dim is not None:  # a word for a measure this figure cannot answer ("14 batches are affected")
            if dim == "percent":
                mid = AS_SHARE.get(mid, mid)
            if dim not in MEASURES[mid][0]:
                continue
        if m.start() >= start and m.end() <= end:
            dist = 2.5  # the figure's own noun ("58 penumpang") yields to a verb near it ("berhasil diselamatkan")
        elif m.start() >= end:
            others = sum(1 for a, _b in figures if end <= a < m.start() and not _apposed(text, end, a))
            dist = _penalty(text[end:m.start()], others)
        elif m.end() <= start:
            others = sum(1 for a, _b in figures if m.end() <= a < start)
            dist = _penalty(text[m.end():start], others) + 1  # of two as near, the one after wins
            if not others and category in FALLBACK_CATEGORIES:
                fallback = mid  # the last such word before the figure
        else:
            continue
        if best is None or dist < best[0]:
            best = (dist, mid)
    if best is not None and best[0] <= NEAR_LIMIT:
        return best[1]
    return fallback


def _apposed(text: str, end: int, a: int) -> bool:
    """A figure that restates the one before it ("214,500 people, or about 62,300 families")."""
    words = [w.lower() for w in _WORD.findall(text[end:a])]
    return bool(words) and len(words) <= 3 and words[0] in union("measures", "APPOSITIONS")


def approximation(text: str, start: int, end: int) -> str | None:
    """"lower" ("more than 10,000"), "upper" ("nearly 3,000"), "about" or None, from the words just
    before the figure (or inside its text, which keeps the hedge) and just after it."""
    head = text[max(0, start - 25):start + min(25, end - start)].lower()
    tail = text[end:end + 12].lower()
    for kind, name in (("lower", "APPROX_LOWER"), ("upper", "APPROX_UPPER"), ("about", "APPROX_ABOUT")):
        if _words(name).search(head):
            return kind
    if _words("APPROX_LOWER_AFTER").match(tail.lstrip()):
        return "lower"
    return None


def dimension(category: str | None, unit: str | None) -> str:
    """The unit dimension of a figure: a count of people and a count of households differ."""
    low = (unit or "").lower()
    if low and any(low == w or low.startswith(w + " ") for w in union("measures", "HOUSEHOLD_UNITS")):
        return "household"
    if low and any(low == w or low.startswith(w + " ") for w in union("measures", "GROUP_UNITS")):
        return "group"
    if category == "other" and low and any(low.startswith(w) for w in AREA_UNITS):
        return "area"
    if category == "count" and not low:
        return "people"  # a bare number ("raising the toll to 21") counts what its measure counts
    return DIMENSIONS.get(category or "", "other")


def as_of(text: str, start: int, end: int, published: str | None) -> str | None:
    """The day a figure is counted as of: a date right after it ("hingga Senin (17/11/2025)",
    "as of Tuesday") or in its clause before it, else the article's day."""
    pub = _parse_day(published)
    s, e = sentence_bounds(text, start, end)
    window = text[max(s, start - 80):min(e, end + 60)]
    m = _DM.search(window)
    if m:
        day, month = int(m.group(1)), int(m.group(2))
        year = int(m.group(3)) if m.group(3) else (pub.year if pub else None)
        if year is not None and year < 100:
            year += 2000
        if year and 1 <= month <= 12 and 1 <= day <= 31:
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                pass
    if pub is not None:
        # "hingga Selasa pukul 22.00 WIB tercatat 118 siswa", "21 dead as of Tuesday": a weekday
        # after an as-of word, in the figure's clause; the latest such day on or before publication
        days = _weekdays()
        near = text[max(s, start - 60):min(e, end + 40)]
        for m in _words("AS_OF_WORDS").finditer(near):
            nxt = _WORD.findall(near[m.end():m.end() + 20].lower())[:1]
            if nxt and nxt[0] in days:
                back = (pub.weekday() - days[nxt[0]]) % 7
                return (pub - timedelta(days=back)).isoformat()
    return pub.isoformat() if pub else None


def _parse_day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def measure_answer(text: str, start: int, end: int, value: float, unit: str | None, category: str | None,
                   figures: list[tuple[int, int]], published: str | None, party: str | None = None,
                   qualifiers: tuple[str, ...] = (), places: list[tuple[int, int, str]] = ()) -> Answer | None:
    """The answer a figure gives, or None where its measure is unknown or its dimension does not
    fit the measure (a duration is never a death toll; "Rp 1,5 miliar" is no head count)."""
    if category == "duration" or superseded(text, start, end) or increment(text, start, end):
        return None
    dim = dimension(category, unit)
    mid = figure_measure(text, start, end, figures, category, dim)
    if mid is None or part_of_whole(text, start, end, figures, mid):
        return None
    dated = MEASURES[mid][1]
    q = Question("measure", mid, dim, as_of(text, start, end, published) if dated else None,
                 party if mid in PER_PARTY else None, place_of(text, start, end, places, figures), qualifiers)
    return Answer(q, value, unit, approximation(text, start, end), start, end)


def _last_word(text: str, start: int) -> str:
    words = _WORD.findall(text[max(0, start - 20):start].lower())
    return words[-1] if words else ""


def superseded(text: str, start: int, end: int) -> bool:
    """A figure a change starts from: "merevisi data dari enam orang menjadi sembilan orang",
    "raised the toll from 21 to 23". Only the figure it ends at is the source's answer."""
    if _last_word(text, start) not in union("measures", "FROM_WORDS"):
        return False
    after = _WORD.findall(text[end:end + 16].lower())[:1]
    return bool(after) and after[0] in union("reporting", "TARGET_MARKERS")


def increment(text: str, start: int, end: int) -> bool:
    """A figure that adds to a count ("dua jenazah kembali ditemukan", "another 3 bodies"): an
    increment, not the count itself."""
    near = _WORD.findall(text[max(0, start - 12):start].lower())[-1:] + _WORD.findall(text[end:end + 12].lower())[:1]
    words = set(union("reporting", "INCREMENT_MARKERS")) | set(union("measures", "INCREMENT_WORDS"))
    return any(w in words for w in near) and not any(
        w in union("reporting", "TARGET_MARKERS") for w in _WORD.findall(text[max(0, start - 12):start].lower())[-1:])


def part_of_whole(text: str, start: int, end: int, figures, mid: str) -> bool:
    """A figure that is part of another figure of the same measure in its sentence: "sembilan
    pekerja, yakni lima karyawan", "2.600 tentara di antaranya", or an addend before a total
    ("67 penumpang ditambah sembilan ABK, total 76 orang")."""
    s, e = sentence_bounds(text, start, end)
    near = " ".join(_WORD.findall(text[max(s, start - 16):start].lower())[-2:] + ["|"]
                    + _WORD.findall(text[end:end + 20].lower())[:2])
    if _words("SUBSET_WORDS").search(near):
        for a, b in figures:
            if s <= a and b <= start and figure_measure(text, a, b, figures) == mid:
                return True
    for a, b in figures:
        if end <= a < e and _words("TOTAL_WORDS").search(text[max(end, a - 16):a]) \
                and figure_measure(text, a, b, figures) == mid:
            return True
    return False


def place_of(text: str, start: int, end: int, places, figures) -> str | None:
    """The place a figure is tied to: a place named within three words of it with no comma or other
    figure between ("150,000 in Lisbon", "the Porto march at 9,500", "disusul Catanduanes tujuh
    orang"). A place further off is where the whole event happened, not a part of it."""
    for ps, pe, key in places:
        if pe <= start:
            between = text[pe:start]
        elif ps >= end:
            between = text[end:ps]
        else:
            continue
        words = [w.lower() for w in _WORD.findall(between)]
        # "150,000 in Lisbon", "the Porto march at 9,500", "Provinsi Albay dengan delapan orang",
        # "disusul Catanduanes tujuh orang"; not "di Kecamatan Kertek mencapai 152 orang" (a verb
        # between: the place belongs to the subject, the whole count)
        link = words[0] if ps >= end and words else (words[-1] if words else None)
        if len(words) <= 2 and not any(ch in between for ch in ",;:.()") \
                and (link is None or link in union("measures", "PLACE_LINKS")) \
                and not any(a >= min(pe, end) and a < max(ps, start) for a, _b in figures if (a, _b) != (start, end)):
            return key
    # "Di depan Gedung Negara Grahadi, Surabaya, sekitar 3.000 buruh": a locative phrase that opens
    # the sentence places what it says
    s, _e = sentence_bounds(text, start, end)
    opening = text[s:start]
    lead = _WORD.findall(opening[:12].lower())[:1]
    if lead and lead[0] in union("measures", "LOCATIVES") and "," in opening:
        inside = [key for ps, pe, key in places if s <= ps < pe <= start and not _figure_between(figures, s, pe)
                  and pe - s <= 80 and text.find(",", pe - 1, start) != -1]
        if inside:
            return inside[-1]
    return None


def _figure_between(figures, a: int, b: int) -> bool:
    return any(a <= x < b for x, _y in figures)


# -- comparing answers --------------------------------------------------------------------------
def _last_digit(value: float) -> float:
    """The place value of a figure's last written digit: 3,000 -> 1,000; 71.2 -> 0.1."""
    text = f"{abs(value):.6f}".rstrip("0").rstrip(".")
    if "." in text:
        return 10.0 ** -len(text.split(".")[1])
    return 10.0 ** (len(text) - len(text.rstrip("0")))


def _interval(value: float, approx: str | None) -> tuple[float, float]:
    if approx == "lower":
        return value, value * (1 + BOUND_REACH)
    if approx == "upper":
        return value * (1 - BOUND_REACH), value
    rounding = REL_TOLERANCE * abs(value) / 2  # two exact figures differ when further apart than REL_TOLERANCE
    if approx == "about":  # "about 3,000" allows 3,100; "about 71.2 percent" does not allow 70.8
        tol = max(rounding, min(ABOUT_TOLERANCE * abs(value), _last_digit(value) / 2))
        return value - tol, value + tol
    return value - rounding, value + rounding


def compatible(a: float, a_approx: str | None, b: float, b_approx: str | None) -> bool:
    """Whether two answers to one measure can both be right: equal within rounding, or within what
    their approximation words allow ("more than 10,000" and 11,000; "about 3,000" and 3,100)."""
    lo1, hi1 = sorted(_interval(a, a_approx))
    lo2, hi2 = sorted(_interval(b, b_approx))
    return lo1 <= hi2 and lo2 <= hi1


__all__ = ["MEASURES", "Answer", "Question", "approximation", "as_of", "compatible", "dimension",
           "figure_measure", "measure_answer", "sentence_bounds"]


# -- propositions ---------------------------------------------------------------------------------
_STEM_WORD = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]+)*")


@cache
def _stopwords() -> frozenset[str]:
    out = set(union("corpus", "FUNCTION_WORDS")) | set(union("measures", "PROPOSITION_STOPWORDS"))
    for code in supported_languages():
        rep = getattr(get_resources(code), "reporting", None)
        for verbs in getattr(rep, "REPORTING_VERBS", {}).values():
            out.update(v.lower() for v in verbs if " " not in v)
    return frozenset(out)


@cache
def stem(word: str, lang: str | None = None) -> str:
    """A word without its language's affixes (warta.lang.<code>.measures STEM_PREFIXES,
    STEM_SUFFIXES, NASAL_INITIALS): "ditangkap", "menangkap" and "penangkapan" meet."""
    mod = _measures_module(lang)
    w = word.lower()
    for suf in getattr(mod, "STEM_SUFFIXES", ()):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    for pre in getattr(mod, "STEM_PREFIXES", ()):
        if w.startswith(pre) and len(w) - len(pre) >= 4:
            w = w[len(pre):]
            break
    # a prefix's nasal replaces these initials ("menangkap" = meN- + "tangkap"): drop them everywhere
    if len(w) > 4 and w[0] in getattr(mod, "NASAL_INITIALS", ()):
        w = w[1:]
    return w


def content_words(text: str, skip: str | None = None, lang: str | None = None) -> frozenset[str]:
    """The stems of a statement's content words (not function words, speech verbs, nor the words
    of `skip`, the speaker's name): what it says, for matching an assertion with its denial."""
    stop = _stopwords()
    own = {w.lower() for w in _WORD.findall(skip or "")}
    return frozenset(stem(w, lang) for w in _STEM_WORD.findall(text)
                     if w.lower() not in stop and w.lower() not in own)


def anaphoric(text: str) -> bool:
    """Whether a statement names what it is about only by pointing back ("membantah tudingan
    tersebut", "rejected the criticism")."""
    return bool(_words("ANAPHORIC_WORDS").search(text))


def proposition_groups(items: list[tuple[object, bool, frozenset[str]]], min_shared: int = 1) -> list[list[object]]:
    """Statements of one story grouped by the proposition they answer: each denial (or refusal to
    confirm) and the statements sharing at least `min_shared` of its content words, one of them a
    word less than a quarter of the story's statements use. `items` are (id, negative, words)."""
    n = len(items)
    df: dict[str, int] = {}
    for _i, _neg, words in items:
        for w in words:
            df[w] = df.get(w, 0) + 1
    rare_limit = max(1, n // 4)
    groups: list[list[object]] = []
    for i, neg, words in items:
        if not neg:
            continue
        group = [i]
        for j, _neg2, other in items:
            if j is i:
                continue
            shared = words & other
            if len(shared) >= min_shared and any(df[w] <= rare_limit for w in shared):
                group.append(j)
        if len(group) > 1:
            groups.append(group)
    return groups
