"""Reading a figure in its sentence: what it measures, as of which day, where, how exact it is.

`figure_measure` finds the measure word nearest a figure (warta.lang.<code>.measures MEASURES,
a union over languages, so an Indonesian and an English figure of one measure meet); `as_of`,
`place_of` and `approximation` read the day a toll is counted as of, a place the figure is tied
to, and "more than"/"nearly"/"about". `superseded`, `increment` and `part_of_whole` find figures
that answer nothing themselves ("dari enam menjadi sembilan", "dua jenazah kembali ditemukan",
"sembilan pekerja, yakni lima karyawan"). warta.corpus.questions turns what these read into
answers to questions.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import islice

from warta.lang.base import get_resources, supported_languages, union
from warta.page.dates import MONTHS

# Measure id -> (unit dimensions it is counted in, whether it is counted as of a date). A death
# toll grows while a disaster unfolds, so figures of different days answer different questions;
# the number of people on board a boat that sank does not. Ids are schema, not language.
MEASURES: dict[str, tuple[frozenset[str], bool]] = {}
_PEOPLE = frozenset({"people", "household"})  # a head count ("12 pekerja", "386 kepala keluarga")
for _ids, _dims, _dated in (
    (("casualties", "dead", "missing", "injured", "hospitalised", "outpatients", "sick", "displaced", "rescued",
      "affected", "cases", "personnel", "arrested"), _PEOPLE, True),
    (("houses",), frozenset({"count"}), True),
    (("laid_off",), _PEOPLE, False),
    (("arrears",), frozenset({"money"}), False),
    (("progress",), frozenset({"percent"}), True),  # works progress, as of a day
    (("allocation",), frozenset({"count", "weight", "other"}), False),
    (("trapped", "on_board", "capacity", "participants", "troops"), _PEOPLE, False),
    (("reports", "batches"), frozenset({"count"}), False),
    (("strikers",), _PEOPLE | {"percent"}, False),
    (("cancelled", "recalled"), frozenset({"count", "percent"}), False),
    (("loss", "damage", "bribe", "fine", "price"), frozenset({"money"}), False),
    (("vote_share", "turnout", "growth", "inflation", "interest_rate", "fee_share"), frozenset({"percent"}), False),
    (("wave_height", "ash_column"), frozenset({"length"}), False),
    # one operation's haul of cash or drugs (a count of things seized counts SIMs or bottles: no
    # one question)
    (("seized",), frozenset({"money", "weight"}), False),
    (("magnitude", "wind_speed", "rainfall"), frozenset({"other", "count", "length"}), False),
    (("burned",), frozenset({"area", "other"}), False),
    (("released",), frozenset({"weight", "other"}), False),  # a substance leaked or spilled: kilograms, litres
):
    for _m in _ids:
        MEASURES[_m] = (frozenset(_dims), _dated)
# A share of those taking part is a turnout, whatever they took part in: "78% of civil servants
# stayed away from work" and "put participation at 78%" answer one question.
AS_SHARE = {"strikers": "turnout", "participants": "turnout"}
# A head count of those taking part is one question whether the text calls them strikers or the
# crowd: "2.500 buruh yang mogok" and "massa aksi sekitar 900 orang" count the same people.
AS_HEADS = {"strikers": "participants"}
# Measures that name the state of the people counted: as a figure's own noun ("tiga jenazah",
# "5.000 pengungsi") they hold against a verb near it ("jenazah sudah dievakuasi" are still dead),
# where a role noun ("58 penumpang") yields to one ("berhasil diselamatkan").
STATE_MEASURES = frozenset({"dead", "missing", "injured", "displaced"})
# Rates that are for a year: growth this year and growth next year are two questions (the year is a
# qualifier, "year:2025", read by `period`).
PERIOD_MEASURES = frozenset({"growth", "inflation"})
# Measures counted by the state of what is counted ("120 rumah rusak berat", "300 homes flooded"):
# the state (warta.lang.<code>.measures HOUSE_STATES) is a qualifier, "state:destroyed".
STATE_QUALIFIED = frozenset({"houses"})
# Measures each source counts for itself: an agency's "100 rescuers" and another's "45 personel"
# are two contingents, not two answers to one question.
PER_SOURCE = frozenset({"personnel"})
# Measures whose answers are per party: each candidate's share of the vote is its own question.
PER_PARTY = frozenset({"vote_share"})
# Quantity categories -> dimension (a head count, or a count of things: "3 lokasi", "35 GT").
DIMENSIONS = {"people": "people", "troops": "people", "count": "count", "percent": "percent", "money": "money",
              "distance": "length", "weight": "weight", "duration": "duration"}
AREA_UNITS = ("hektare", "hectare", "ha", "acre", "km2", "km²", "square")
NEAR_LIMIT = 10  # how far (in words, with penalties) a measure word may lie from its figure
# Figures that may take a measure word from far before them: not counts of things ("tiga lokasi").
FALLBACK_CATEGORIES = frozenset({"people", "troops", "percent", "money"})
_WORD = re.compile(r"\w+(?:-\w+)*")
_SENT_END = re.compile(r"[.!?][\"'”’]?\s+(?=[\"'“‘(]?[A-Z])|\n")
_NAME_RUN = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+")
_DM = re.compile(r"\((?:[^\W\d]+,?\s*)?(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\)")



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


_TOKEN = re.compile(r"[\w%]+(?:-[\w]+)*")
MAX_PHRASE = 4  # the longest measure phrase, in words


@cache
def _first_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words a measure phrase can start with, and the stems of one-word "*" entries: a token
    that is neither starts no match (most tokens of a sentence)."""
    exact, stars = _measure_words()
    firsts = {p.split()[0] for p in exact} | {lead[0] for (n, lead) in stars if n > 1}
    return frozenset(firsts), tuple(stem for (n, _lead), items in stars.items() if n == 1 for stem, _m in items)


@cache
def _measure_words() -> tuple[dict[str, str], dict[tuple, list[tuple[str, str]]]]:
    """Measure words as (phrase -> measure id, (number of words, leading words) -> [(stem of the
    last word, measure id)] for "*" entries), so a sentence is matched word by word by lookups."""
    exact: dict[str, str] = {}
    stars: dict[tuple, list[tuple[str, str]]] = {}
    for code in supported_languages():
        mod = getattr(get_resources(code), "measures", None)
        for mid, ws in getattr(mod, "MEASURES", {}).items():
            if mid not in MEASURES:
                raise ValueError(f"warta.lang.{code}.measures: unknown measure id {mid!r}")
            for w in ws:
                words = w.lower().split()
                if len(words) > MAX_PHRASE:
                    raise ValueError(f"warta.lang.{code}.measures: {w!r} is longer than {MAX_PHRASE} words")
                if words[-1].endswith("*"):
                    stars.setdefault((len(words), tuple(words[:-1])), []).append((words[-1][:-1], mid))
                else:
                    exact.setdefault(" ".join(words), mid)
    return exact, stars


@lru_cache(maxsize=512)
def measure_words_in(text: str, s: int, e: int) -> tuple[tuple[int, int, str], ...]:
    """(start, end, measure id) of the measure words in text[s:e], longest first at each word."""
    exact, stars = _measure_words()
    firsts, stems = _first_words()
    toks = [(m.start(), m.end(), m.group(0).lower()) for m in _TOKEN.finditer(text, s, e)]
    out = []
    i = 0
    while i < len(toks):
        tok = toks[i][2]
        if tok not in firsts and not tok.startswith(stems):
            i += 1
            continue
        hit = None
        for n in range(min(MAX_PHRASE, len(toks) - i), 0, -1):
            words = [t[2] for t in toks[i:i + n]]
            mid = exact.get(" ".join(words))
            if mid is None:
                mid = next((m for stem, m in stars.get((n, tuple(words[:-1])), ()) if words[-1].startswith(stem)),
                           None)
            if mid is not None:
                hit = (toks[i][0], toks[i + n - 1][1], mid, n)
                break
        if hit is None:
            i += 1
            continue
        out.append(hit[:3])
        i += hit[3]
    return tuple(out)


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


@cache
def _joins() -> frozenset[str]:
    return frozenset(union("measures", "CLAUSE_JOINS"))


def _penalty(between: str, others: int) -> int:
    between = _NAME_LIST.sub(" ", between)  # "dari Jabodetabek, Karawang, dan Serang": one phrase, not clauses
    # a name is one constituent, however many words it has ("Ternate's Sultan Babullah Airport")
    between = _NAME_RUN.sub(" N ", between)
    words = _WORD.findall(between)
    joins = sum(1 for w in words if w.lower() in _joins())
    return len(words) + 3 * (between.count(",") + between.count(";") + between.count(":") + joins) + 6 * others


def figure_measure(text: str, start: int, end: int, figures: list[tuple[int, int]],
                   category: str | None = None, dim: str | None = None) -> str | None:
    """The measure a figure at [start, end) answers, from the nearest measure word in its
    sentence: a word inside the figure's own text ("12.000 tentara"), else the nearest one after or
    before it, counting words between and penalising a clause joint or another figure in between;
    else, for a head count, share or amount, the nearest word before it in the sentence with no
    other figure between ("jumlah korban meninggal dunia ... bertambah menjadi delapan orang"). None where nothing says what it counts."""
    s, e = sentence_bounds(text, start, end)
    best: tuple[float, str] | None = None
    fallback: str | None = None
    for m_start, m_end, mid in measure_words_in(text, s, e):
        if dim is not None:  # a word for a measure this figure cannot answer ("14 batches are affected")
            if dim == "percent":
                mid = AS_SHARE.get(mid, mid)
            elif dim == "people":
                mid = AS_HEADS.get(mid, mid)
            if dim not in MEASURES[mid][0]:
                continue
        if m_start >= start and m_end <= end:
            # the figure's own noun ("58 penumpang") yields to a verb near it ("berhasil diselamatkan")
            dist = 0 if mid in STATE_MEASURES else 2.5
        elif m_start >= end:
            # "214,500 people, or about 62,300 families, were staying in evacuation centres": the
            # words after a restatement belong to both
            anchor = end
            for a, b in sorted(figures):
                if anchor <= a < m_start and _apposed(text, anchor, a):
                    anchor = b
            others = sum(1 for a, _b in figures if anchor <= a < m_start)
            dist = _penalty(text[anchor:m_start], others)
        elif m_end <= start:
            others = sum(1 for a, _b in figures if m_end <= a < start)
            dist = _penalty(text[m_end:start], others) + 1  # of two as near, the one after wins
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


def capacity_limit(text: str, start: int, end: int) -> bool:
    """A limit word just before a figure ("izin mengangkut maksimal 80 orang", "licensed to carry a
    maximum of 80"): a count of people on board is then what the vessel may carry, its capacity."""
    return bool(_words("CAPACITY_LIMITS").search(text[max(0, start - 30):end].lower()))  # or inside its text


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
    return _dimension(category, (unit or "").lower())


@lru_cache(maxsize=4096)
def _dimension(category: str | None, low: str) -> str:
    if low and any(low == w or low.startswith(w + " ") for w in union("measures", "HOUSEHOLD_UNITS")):
        return "household"
    if low and any(low == w or low.startswith(w + " ") for w in union("measures", "GROUP_UNITS")):
        return "group"
    if category == "other" and low and any(low.startswith(w) for w in AREA_UNITS):
        return "area"
    if category == "count" and not low:
        return "people"  # a bare number ("raising the toll to 21") counts what its measure counts
    return DIMENSIONS.get(category or "", "other")


def as_of(text: str, start: int, end: int, published: str | None, fallback: str | None = None) -> str | None:
    """The day a figure is counted as of: a date right after it ("hingga Senin (17/11/2025)",
    "as of Tuesday") or in its clause before it, else `fallback` (the day the article's lead
    counts as of), else the article's day. The day a figure was said ("kata Dimas, Kamis
    (16/10/2025)") is not the day it counts as of."""
    day = explicit_day(text, start, end, published)
    return day or fallback or (_parse_day(published).isoformat() if _parse_day(published) else None)


@cache
def _speech_re() -> re.Pattern:
    verbs = [v for code in supported_languages()
             for vs in getattr(getattr(get_resources(code), "reporting", None), "REPORTING_VERBS", {}).values()
             for v in vs] + list(union("reporting", "POSTPOSED_CUES"))  # "…,” kata Dimas, Kamis (16/10)"
    return re.compile(_pattern(verbs), re.IGNORECASE)


def explicit_day(text: str, start: int, end: int, published: str | None, marked: bool = False) -> str | None:
    """The day a figure's own sentence says it counts as of, or None (see `as_of`). With `marked`,
    only a day after an as-of word ("hingga Rabu (15/10)", "as of Tuesday")."""
    pub = _parse_day(published)
    s, e = sentence_bounds(text, start, end)
    lo = max(s, start - 80)
    window = text[lo:e]  # "enam meninggal, sembilan hilang ... hingga Senin (17/11)": the list's day
    m = None
    for cand in _day_marks(window):
        a = lo + cand.start()
        # a speech verb between the figure and the date, or just before the date: when it was said
        between = text[end:a] if a >= end else text[max(lo, a - 40):a]
        # "sejak Minggu (19/10)", "since Sunday": the day it began, not the day it is counted as of
        since = _WORD.findall(text[max(lo, a - 24):a].lower())[-2:]
        if marked and not _words("AS_OF_WORDS").search(text[max(lo, a - 24):a]):
            continue
        if not _speech_re().search(between) and not any(w in union("measures", "SINCE_WORDS") for w in since):
            m = cand
            break
    if m:
        day, month, year = _day_month_year(m)
        year = year or (pub.year if pub else None)
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
    return None


@cache
def _month_names() -> dict[str, int]:
    """Full month names of every language (warta.page.dates.MONTHS), as news capitalises them
    ("November", "Mei"); an abbreviation, a name that opens a longer one of its month ("Nov",
    "Sept"), is left out."""
    return {name.capitalize(): n for name, n in MONTHS.items() if name.isalpha() and len(name) >= 3
            and not any(o != name and o.startswith(name) and m == n for o, m in MONTHS.items())}


@cache
def _named_day_res() -> tuple[re.Pattern, re.Pattern]:
    names = "|".join(sorted(_month_names(), key=len, reverse=True))
    # "per 30 November 2026", "hingga 17 Mei" / "as of November 30, 2026"
    return (re.compile(rf"\b(\d{{1,2}})\s+({names})\b(?:\s+(\d{{4}}))?"),
            re.compile(rf"\b({names})\s+(\d{{1,2}})\b(?:,\s+(\d{{4}}))?"))


def _day_marks(window: str) -> list[re.Match]:
    """The dates written in a window, in order: "(17/11)", "(Senin, 17/11/2025)", "17 November
    2025", "November 17"."""
    day_first, month_first = _named_day_res()
    marks = [*_DM.finditer(window), *day_first.finditer(window), *month_first.finditer(window)]
    return sorted(marks, key=lambda m: m.start())


def _day_month_year(m: re.Match) -> tuple[int, int, int | None]:
    """(day, month, year or None) of a match of `_day_marks`; a two-digit year is 20xx."""
    g = m.groups()
    if m.re is _DM:
        day, month, year = int(g[0]), int(g[1]), g[2]
    elif g[0].isdigit():
        day, month, year = int(g[0]), _month_names()[g[1]], g[2]
    else:
        day, month, year = int(g[1]), _month_names()[g[0]], g[2]
    if year is None:
        return day, month, None
    return day, month, int(year) + (2000 if int(year) < 100 else 0)


def lead_day(text: str, figures, published: str | None) -> str | None:
    """The day an article's lead counts as of ("mencapai 152 orang hingga Rabu (15/10/2025)
    malam"): the day after an as-of word of the first figure of its first paragraph that has one
    (not "tenggelam pada Sabtu (19/7)", the day of the event). Later figures with no day of their
    own are of that snapshot, not of the day the article was published."""
    para_end = text.find("\n", (figures[0][1] if figures else 0))
    for a, b in sorted(figures):
        if para_end != -1 and a > para_end:
            break
        day = explicit_day(text, a, b, published, marked=True)
        if day:
            return day
    return None


_YEAR = re.compile(r"(?<![\d/.,])(19\d\d|20\d\d)(?![\d/])")


def period(text: str, start: int, end: int, figures, published: str | None) -> str | None:
    """The year a rate is for ("growth of 2.0% next year", "for 2025 to 1.9%", "pertumbuhan 5,1
    persen pada 2025"): a year or a this/next/last-year phrase (warta.lang.<code>.measures) in the
    figure's stretch of its sentence, between the figures before and after it; the nearest wins."""
    s, e = sentence_bounds(text, start, end)
    lo = max([b for a, b in figures if s <= b <= start] or [s])
    hi = min([a for a, b in figures if end <= a < e] or [e])
    pub = _parse_day(published)
    found: list[tuple[int, int]] = []  # (distance, year)
    for m in _YEAR.finditer(text, lo, hi):
        found.append((abs(m.start() - start) if m.start() < start else m.start() - end, int(m.group(1))))
    if pub is not None:
        for name, shift in (("THIS_YEAR", 0), ("NEXT_YEAR", 1), ("LAST_YEAR", -1)):
            for m in _words(name).finditer(text, lo, hi):
                found.append((abs(m.start() - start) if m.start() < start else m.start() - end, pub.year + shift))
    return str(min(found)[1]) if found else None


@cache
def _house_states() -> tuple[re.Pattern, dict[str, str]]:
    words: dict[str, str] = {}
    for code in supported_languages():
        for state, ws in getattr(getattr(get_resources(code), "measures", None), "HOUSE_STATES", {}).items():
            for w in ws:
                words.setdefault(w.lower(), state)
    return re.compile(_pattern(list(words)), re.IGNORECASE), words


@cache
def _state_clause_end() -> re.Pattern:
    joins = [w for code in supported_languages()
             for w in getattr(getattr(get_resources(code), "measures", None), "STATE_CLAUSE_JOINS", ())]
    return re.compile(r"[,;:()]|\s(?:" + "|".join(map(re.escape, joins)) + r")\s")


def thing_state(text: str, start: int, end: int) -> str | None:
    """The state a count of houses is of ("120 rumah warga rusak berat", "300 homes were flooded",
    "destroyed 45 houses"): a state word in the figure's clause, within a few words after it (or
    before it, where none is after); the nearest wins."""
    rx, words = _house_states()
    s, e = sentence_bounds(text, start, end)
    after = text[end:min(e, end + 50)]
    after = _state_clause_end().split(after, maxsplit=1)[0]
    m = rx.search(text, start, end) or rx.search(after)
    if m is None:
        before = text[max(s, start - 30):start]
        before = re.split(r"[,;:()]", before)[-1]
        hits = list(rx.finditer(before))
        m = hits[-1] if hits else None
    return words.get(" ".join(m.group(0).lower().split())) if m else None


def _parse_day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def _last_word(text: str, start: int) -> str:
    words = _WORD.findall(text[max(0, start - 20):start].lower())
    return words[-1] if words else ""


def security_count(text: str, start: int, end: int) -> bool:
    """A head count of police or other security forces: its noun is the figure's own or right after
    it ("tiga personel polisi", "seven officers")."""
    words = _WORD.findall(text[start:end].lower())[1:] + _WORD.findall(text[end:end + 20].lower())[:1]
    return any(w in union("measures", "SECURITY_NOUNS") for w in words)


def refuted(text: str, start: int) -> bool:
    """A figure right after a correction word ("61 anak, bukan 96 anak"): the figure the speaker
    rejects, someone else's answer, not theirs."""
    words = _WORD.findall(text[max(0, start - 16):start].lower())
    return bool(words) and words[-1] in union("measures", "CORRECTIONS")


def base_of_part(text: str, start: int) -> bool:
    """A figure a part is taken from ("out of 11,800 employees")."""
    head = text[max(0, start - 16):start].lower().rstrip()
    return any(m.end() == len(head) for m in _words("BASE_WORDS").finditer(head))


def superseded(text: str, start: int, end: int, figures=()) -> bool:
    """A figure a change starts from: "merevisi data dari enam orang menjadi sembilan orang",
    "raised the toll from 21 to 23", "lowered its forecast to 2.2% from 2.4%" (the figure it ends
    at right before). Only the figure it ends at is the source's answer."""
    if _last_word(text, start) not in union("measures", "FROM_WORDS"):
        return False
    after = _WORD.findall(text[end:end + 16].lower())[:1]
    if after and after[0] in union("reporting", "TARGET_MARKERS"):
        return True
    k = text.rfind(" ", 0, start - 1)  # where the word before the figure, "from", starts
    return any(0 <= k - b <= 2 and _last_word(text, a) in union("reporting", "TARGET_MARKERS") for a, b in figures)


def increment(text: str, start: int, end: int) -> bool:
    """A figure that adds to a count ("dua jenazah kembali ditemukan", "another 3 bodies"): an
    increment, not the count itself."""
    near = _WORD.findall(text[max(0, start - 12):start].lower())[-1:] + _WORD.findall(text[end:end + 12].lower())[:1]
    words = set(union("reporting", "INCREMENT_MARKERS")) | set(union("measures", "INCREMENT_WORDS"))
    return any(w in words for w in near) and not any(
        w in union("reporting", "TARGET_MARKERS") for w in _WORD.findall(text[max(0, start - 12):start].lower())[-1:])


def part_of_whole(text: str, start: int, end: int, figures, mid: str, _depth: int = 0) -> bool:
    """A figure that is part of another figure of the same measure in its sentence: "sembilan
    pekerja, yakni lima karyawan", "2.600 tentara di antaranya", or an addend before a total
    ("67 penumpang ditambah sembilan ABK, total 76 orang")."""
    s, e = sentence_bounds(text, start, end)
    near = " ".join(_WORD.findall(text[max(s, start - 16):start].lower())[-2:] + ["|"]
                    + _WORD.findall(text[start:end].lower())[1:]  # "dua di antaranya": inside its own text
                    + _WORD.findall(text[end:end + 30].lower())[:3])
    if _words("SUBSET_WORDS").search(near):
        for a, b in figures:
            if s <= a and b <= start and figure_measure(text, a, b, figures) == mid:
                return True
    # "five of its own employees and four employees of a contractor": the part after "and" a part is
    prev = [(a, b) for a, b in figures if s <= a and b <= start]
    if prev and _depth < 3:
        a, b = max(prev)
        between = _WORD.findall(text[b:start].lower())
        if between and len(between) <= 6 and any(w in _joins() for w in between) \
                and not any(ch in text[b:start] for ch in ";:") \
                and part_of_whole(text, a, b, figures, mid, _depth + 1):
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
        # three words already rule the place out: reading every word of a long gap made this
        # quadratic (every figure against every place mention)
        words = [w.group().lower() for w in islice(_WORD.finditer(between), 3)]
        if len(words) > 2:
            continue
        # "150,000 in Lisbon", "the Porto march at 9,500", "Provinsi Albay dengan delapan orang",
        # "disusul Catanduanes tujuh orang"; not "di Kecamatan Kertek mencapai 152 orang" (a verb
        # between: the place belongs to the subject, the whole count)
        link = words[0] if ps >= end and words else (words[-1] if words else None)
        if len(words) <= 2 and not any(ch in between for ch in ",;:.()") \
                and (link is None or link in union("measures", "PLACE_LINKS")) \
                and not any(a >= min(pe, end) and a < max(ps, start) for a, _b in figures if (a, _b) != (start, end)):
            return _institution(text, ps, pe) or key
    # "Gubernur Catanduanes Patricia Sarmiento mengatakan sedikitnya 11 warganya meninggal": a
    # possessive resident noun counts the people of the place the sentence named before it
    if _words("RESIDENT_POSSESSIVES").match(text, end, min(len(text), end + 20)) or \
            _words("RESIDENT_POSSESSIVES").search(text[start:end]):
        s0, _e0 = sentence_bounds(text, start, end)
        named = [key for ps, pe, key in places if s0 <= ps and pe <= start]
        if named:
            return named[-1]
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


_NAME_PART = re.compile(r"(?:[A-Z][\w.\-]*|\d+)\s+$")


def _institution(text: str, ps: int, pe: int) -> str | None:
    """A place that ends an institution's name ("SMP Negeri 2 Kertek sebanyak 96 siswa", "RSUD
    Selong merawat 86 pasien"): the figure is the institution's, keyed by its whole name. A name
    run opening its sentence is no institution (its first word may be capitalised only there)."""
    start = ps
    while (m := _NAME_PART.search(text, max(0, start - 40), start)) is not None and m.end() == start:
        start = m.start()
    if start == ps:
        return None
    words = text[start:pe].lower().split()
    titles = _role_titles()
    titled = False
    while len(words) > 2 and words[0] in titles:  # "Kepala SMP Negeri 2 Kertek": the school, not its head
        words, titled = words[1:], True
    s, _e = sentence_bounds(text, ps, pe)
    if not text[s:start].strip() and not titled:
        return None
    return "i:" + " ".join(words)


@cache
def _role_titles() -> frozenset[str]:
    return frozenset(w for w in union("titles", "ROLE_TITLES") if " " not in w)


def own_scope(text: str, start: int, end: int) -> bool:
    """A figure of the speaker's own institution ("sekolah kami 61 anak", "hanya 61 siswanya",
    "our school had 61 pupils"): the words of warta.lang.<code>.measures OWN_SCOPE_WORDS by it."""
    return bool(_words("OWN_SCOPE_WORDS").search(text[max(0, start - 30):min(len(text), end + 20)]))


def speaker_institution(text: str, mentions: list[tuple[int, int]], places) -> str | None:
    """The institution a speaker heads, from a title written by a mention of them ("Kepala SMP
    Negeri 2 Kertek, Eko Prasetyo Nugroho", "Eko Prasetyo Nugroho, Kepala SMP Negeri 2 Kertek"),
    as an institution key (`_institution`), or None."""
    for ms, me in mentions:
        for ps, pe, _key in places:
            before = text[pe:ms] if pe <= ms else None
            after = text[me:ps] if ps >= me else None
            if (before is not None and re.fullmatch(r"\s*,?\s*", before)) or \
                    (after is not None and re.fullmatch(r",\s*(?:[\w.\-]+\s+){1,5}", after)):
                inst = _institution(text, ps, pe)
                if inst:
                    return inst
    return None


def _figure_between(figures, a: int, b: int) -> bool:
    return any(a <= x < b for x, _y in figures)
