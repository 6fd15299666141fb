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
from functools import cache

from warta.corpus.figures import (
    MEASURES,
    PER_PARTY,
    PER_SOURCE,
    PERIOD_MEASURES,
    STATE_QUALIFIED,
    _measures_module,
    _words,
    approximation,
    as_of,
    base_of_part,
    capacity_limit,
    dimension,
    figure_measure,
    increment,
    lead_day,
    own_scope,
    part_of_whole,
    period,
    place_of,
    refuted,
    security_count,
    sentence_bounds,
    speaker_institution,
    superseded,
    thing_state,
)
from warta.corpus.lexicon import alternation
from warta.lang.base import get_resources, supported_languages, union
from warta.models import Answer as AnswerRecord
from warta.models import Article, QuestionRef

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
PARTY_TYPES = frozenset({"PERSON"})
DISTINCT_VALUE = 20  # a whole number below this recurs too often to tie two mentions by value  # whose share of a vote (a party is named by its candidates in the news)

REL_TOLERANCE = 0.005  # 70.8 vs 71.2 differ; 12,000 vs 12,040 is rounding
ABOUT_TOLERANCE = 0.1  # "about 3,000" allows 3,100
BOUND_REACH = 0.3  # "more than 10,000" allows 11,000, not 150,000
_WORD = re.compile(r"\w+(?:-\w+)*")


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
        state = next((q.split(":", 1)[1] for q in self.qualifiers if q.startswith("state:")), None)
        if state:  # "How many houses destroyed?"
            phrase += " " + getattr(mod, "STATE_LABELS", {}).get(state, state)
        out = f"{mod.HOW_MANY} {phrase}"
        if self.dimension == "percent":
            out += " (%)"
        if party_name:
            out += f" — {party_name}"
        if place_name:
            out += f" {mod.IN} {place_name}"
        if self.as_of:
            out += f" {mod.AS_OF} {self.as_of}"
        year = next((q.split(":", 1)[1] for q in self.qualifiers if q.startswith("year:")), None)
        if year:
            out += f" {getattr(mod, 'IN_YEAR', 'in')} {year}"
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
    quantity: int | None = None  # index into Article.quantities


def measure_answer(text: str, start: int, end: int, value: float, unit: str | None, category: str | None,
                   figures: list[tuple[int, int]], published: str | None, party: str | None = None,
                   qualifiers: tuple[str, ...] = (), places: list[tuple[int, int, str]] = (),
                   quantity: int | None = None, source: str | None = None, hint=None,
                   lead: str | None = None, own=None) -> Answer | None:
    """The answer a figure gives, or None where its measure is unknown or its dimension does not
    fit the measure (a duration is never a death toll; "Rp 1,5 miliar" is no head count)."""
    if category == "duration" or superseded(text, start, end, figures) or increment(text, start, end) \
            or base_of_part(text, start) or refuted(text, start):
        return None
    dim = dimension(category, unit)
    mid = figure_measure(text, start, end, figures, category, dim)
    if mid is None and hint is not None:  # a figure restated or corrected elsewhere (article_answers)
        mid = hint()
        if mid is not None and dim not in MEASURES[mid][0]:
            mid = None
    if mid is None:
        return None
    place = place_of(text, start, end, places, figures)
    # a part tied to a place of its own answers that place's question ("including 150,000 in Lisbon")
    if place is None and part_of_whole(text, start, end, figures, mid):
        return None
    if place is None and own is not None and own_scope(text, start, end):
        place = own()  # "sekolah kami 61 anak", said by the head of a school
    approx = approximation(text, start, end)
    if mid in ("on_board", "capacity") and capacity_limit(text, start, end):
        mid, approx = "capacity", None  # "izin mengangkut maksimal 80 orang": the limit is 80, not "up to 80"
    dated = MEASURES[mid][1]
    if dim == "people" and security_count(text, start, end):
        qualifiers = (*qualifiers, "security")
    if mid in STATE_QUALIFIED and (state := thing_state(text, start, end)):
        qualifiers = (*qualifiers, f"state:{state}")
    if mid in PERIOD_MEASURES and (year := period(text, start, end, figures, published)):
        qualifiers = (*qualifiers, f"year:{year}")
    q = Question("measure", mid, dim, as_of(text, start, end, published, lead) if dated else None,
                 party if mid in PER_PARTY else (source if mid in PER_SOURCE else None), place, qualifiers)
    return Answer(q, value, unit, approx, start, end, quantity)


# Predicate names (schema, not language) that mark a future target: "plan_send_troops".
PLANNED_PREDICATE_MARKERS = r"by_|_by_|plan_"


@cache
def planned_re() -> re.Pattern:
    """A figure for a future target is a different thing from a figure for now ("by December")."""
    return re.compile(rf"\b({alternation('PLANNED_MARKERS')})\b|{PLANNED_PREDICATE_MARKERS}", re.IGNORECASE)


@cache
def special_re() -> re.Pattern:
    """An elite unit ("pasukan khusus", "special forces"); a space matches any one character."""
    return re.compile(alternation("SPECIAL_UNIT_WORDS", space="."), re.IGNORECASE)


# -- answers in an article ---------------------------------------------------------------------------
@dataclass(slots=True)
class Statement:
    """What `article_answers` needs of a claim: its evidence span, whether it has a figure, who
    said it (a cross-article key) and its words (for the planned and elite-unit qualifiers)."""

    start: int | None
    end: int | None
    has_value: bool
    source_key: str | None
    words: str
    value: float | None = None


def _mentions(article: Article, ents, types) -> list[tuple[int, int, str]]:
    """Mentions of entities of `types`, as (start, end, cross-article key), in text order."""
    out = []
    for e in article.entities:
        if e.type in types:
            canon = ents.by_local.get(e.id) or ents.resolve(e.name)
            out.extend((m[0], m[1], canon.key) for m in e.mentions)
    return sorted(out)


def _party(text: str, start: int, actors: list[tuple[int, int, str]], source_key: str | None) -> str | None:
    """Whose figure a share is: the name before it in its sentence nearest to it (the first of a
    pair written "Agus Priyanto–Rina Marlina"), not the speaker's."""
    s, _e = sentence_bounds(text, start, start + 1)
    before = [a for a in actors if s <= a[0] and a[1] <= start and a[2] != source_key]
    if not before:
        return None
    k = len(before) - 1
    while k > 0 and before[k][0] - before[k - 1][1] <= 3:  # joined by a dash or slash
        k -= 1
    return before[k][2]


def article_answers(article: Article, statements: list[Statement], ents, text: str | None = None,
                    planned=None, special=None) -> list[list[Answer]]:
    """For each statement, the measure questions its figures answer ("enam orang meninggal dunia,
    sembilan orang hilang": a death toll and a missing count), in text order. `planned` and
    `special` are patterns for a target figure ("by December") and an elite unit ("pasukan
    khusus"), which make a question of their own."""
    text = text if text is not None else (article.text or "")
    out: list[list[Answer]] = [[] for _ in statements]
    if not text or not any(st.has_value for st in statements):
        return out
    figures = [(q.span[0], q.span[1]) for q in article.quantities]
    places = _mentions(article, ents, PLACE_TYPES)
    actors = _mentions(article, ents, PARTY_TYPES)
    lead = lead_day(text, figures, article.published)
    for k, st in enumerate(statements):
        if not st.has_value or st.start is None or st.end is None:
            continue
        quals = ("planned",) if planned is not None and planned.search(st.words) else ()
        for qi, q, span in _figures_in(article, text, st):
            extra = ("special",) if special is not None and special.search(text[span[0]:span[1] + 20]) else ()
            a = measure_answer(text, span[0], span[1], q.value, q.unit, q.category, figures, article.published,
                               party=_party(text, span[0], actors, st.source_key), qualifiers=quals + extra,
                               places=places, quantity=qi, source=st.source_key,
                               hint=lambda span=span, q=q: _measure_elsewhere(article, text, span, q, figures),
                               lead=lead, own=lambda st=st: _own_institution(article, ents, text, places, st))
            if a is not None and all(a.start != b.start for b in out[k]):
                out[k].append(a)
    return out


def _own_institution(article: Article, ents, text: str, places, st: Statement) -> str | None:
    """The institution the statement's speaker heads, read from their title in the article."""
    if not st.source_key:
        return None
    mentions = sorted((m[0], m[1]) for e in article.entities
                      if (ents.by_local.get(e.id) or ents.resolve(e.name)).key == st.source_key for m in e.mentions)
    return speaker_institution(text, mentions, places)


def _measure_elsewhere(article: Article, text: str, span: tuple[int, int], q, figures) -> str | None:
    """What a figure with no measure word of its own measures, read where it is said again: the
    figure it corrects ("61 anak, bukan 96 anak", "not 21 as the agency said"), or the same amount
    written with a measure elsewhere in the article ("Dari situ kami dapat angka Rp 12,4 miliar"
    after "kerugian negara mencapai Rp 12,4 miliar"). Small whole numbers are too common to be
    matched by value."""
    return _corrected(article, text, span, figures) or _same_value(article, text, span, q, figures) \
        or _listed(article, text, span, q, figures) or _whole_of(article, text, span, q, figures)


def _whole_of(article: Article, text: str, span, q, figures) -> str | None:
    """The measure of the whole a part is counted in ("200,000 workers had marched in 40 towns,
    including 150,000 in Lisbon and 40,000 in Porto"): the figure before it in its sentence with
    its unit and at least its value, where a part cue (warta.lang.<code>.numbers PART_CUES) is
    before it or before the part it is listed after."""
    s, _e = sentence_bounds(text, span[0], span[1])
    cues = set(union("numbers", "PART_CUES"))
    before = [o for o in article.quantities if s <= o.span[0] and o.span[1] <= span[0]]
    head = _WORD.findall(text[s:span[0]].lower())[-3:]
    if not (head and head[-1] in cues) and not (before and any(
            w in cues for w in _WORD.findall(text[s:before[-1].span[0]].lower())[-1:])):
        return None
    for other in reversed(before):
        if other.unit == q.unit and other.value >= q.value and other is not q:
            mid = _own_measure(text, other, figures)
            if mid is not None:
                return mid
    return None


LIST_GAP = 6  # words between two figures of one list ("to 2.2% from 2.4%, and for 2025 to 1.9%")


def _listed(article: Article, text: str, span, q, figures) -> str | None:
    """The measure of the figures before this one in its sentence, where they are one list of
    figures of one dimension ("lowered its growth forecast this year to 2.2% from 2.4%, and for
    2025 to 1.9%"): each close to the next, the measure named once at its head."""
    s, _e = sentence_bounds(text, span[0], span[1])
    dim = dimension(q.category, q.unit)
    at = span[0]
    for other in sorted(article.quantities, key=lambda o: -o.span[0]):
        a, b = other.span
        if b > at or a < s:
            continue
        if dimension(other.category, other.unit) != dim or len(_WORD.findall(text[b:at])) > LIST_GAP:
            return None
        mid = _own_measure(text, other, figures)
        if mid is not None:
            return mid
        at = a
    return None


def _corrected(article: Article, text: str, span, figures, by_value: bool = True) -> str | None:
    """The measure of a figure joined to this one by a correction word, in its sentence (read
    from its own words or, with `by_value`, from the same amount said elsewhere)."""
    s, e = sentence_bounds(text, span[0], span[1])
    for other in article.quantities:
        a, b = other.span
        if (a, b) == tuple(span) or not (s <= a and b <= e):
            continue
        between = text[b:span[0]] if b <= span[0] else text[span[1]:a]
        words = _WORD.findall(between.lower())
        if len(words) <= 3 and any(w in union("measures", "CORRECTIONS") for w in words):
            mid = _own_measure(text, other, figures)
            if mid is None and by_value:
                mid = _same_value(article, text, (a, b), other, figures, by_correction=False)
            if mid is not None:
                return mid
    return None


def _own_measure(text: str, q, figures) -> str | None:
    return figure_measure(text, q.span[0], q.span[1], figures, q.category, dimension(q.category, q.unit))


def _same_value(article: Article, text: str, span, q, figures, by_correction: bool = True) -> str | None:
    if q.value < DISTINCT_VALUE and q.value == int(q.value):
        return None
    dim = dimension(q.category, q.unit)
    for other in article.quantities:
        if other.value == q.value and tuple(other.span) != tuple(span) and dimension(other.category, other.unit) == dim:
            mid = _own_measure(text, other, figures)
            if mid is None and by_correction:
                mid = _corrected(article, text, tuple(other.span), figures, by_value=False)
            if mid is not None:
                return mid
    return None


def _figures_in(article: Article, text: str, st: Statement):
    """(index, quantity, span) of the figures inside a statement; where none is, the figure of the
    statement's own value written inside it (its quantity's span may point at an earlier mention)."""
    inside = [(qi, q, tuple(q.span)) for qi, q in enumerate(article.quantities)
              if st.start <= q.span[0] and q.span[1] <= st.end]
    if inside or st.value is None:
        return inside
    for qi, q in enumerate(article.quantities):
        if q.value == st.value and q.text:
            k = text.find(q.text, st.start, st.end)
            if k != -1:
                return [(qi, q, (k, k + len(q.text)))]
    return []


def record(a: Answer, lang: str | None) -> AnswerRecord:
    """The public record of an answer (Claim.answers)."""
    q = a.question
    ref = QuestionRef(kind=q.kind, key=q.key, label=q.label(lang), measure=q.what if q.kind == "measure" else None,
                      dimension=q.dimension, as_of=q.as_of, place=q.place, party=q.party,
                      qualifiers=list(q.qualifiers))
    return AnswerRecord(question=ref, value=a.value, unit=a.unit, approx=a.approx, quantity=a.quantity)


def from_record(r: AnswerRecord) -> Answer:
    """An answer read back from its record."""
    q = r.question
    question = Question(q.kind, q.measure or "", q.dimension, q.as_of, q.party, q.place, tuple(q.qualifiers))
    return Answer(question, r.value, r.unit, r.approx, -1, -1, r.quantity)


# -- views ------------------------------------------------------------------------------------------
def question_view(key: str, about: str, claims: list) -> dict:
    """The question of a conflict for its readers: kind, label in the main language of its answers
    (and in each of their languages), and the measure's parts. `claims` are ConflictClaim views."""
    from collections import Counter

    from warta.store.views import QuestionView

    langs = Counter(c.language or "" for c in claims)
    main = langs.most_common(1)[0][0] if langs else ""
    if key.startswith("m|"):
        q = Question.from_key(key)
        labels = {lang: q.label(lang or None) for lang in langs}
        return QuestionView.model_construct(kind="measure", key=key, label=labels.get(main, about), labels=labels,
                                            measure=q.what, dimension=q.dimension, as_of=q.as_of, place=q.place,
                                            party=q.party)
    labels = {lang: proposition_label(claims, lang or None) for lang in langs}
    return QuestionView.model_construct(kind="proposition", key=key, label=labels.get(main, about), labels=labels,
                                        measure=None, dimension=None, as_of=None, place=None, party=None)


def proposition_label(claims: list, lang: str | None) -> str:
    """A yes/no question in `lang`'s words (warta.corpus.question_labels.proposition_label)."""
    from warta.corpus.question_labels import proposition_label as label

    return label(claims, lang)


def answer_sides(kind: str, claims: list) -> list:
    """The answers of a conflict, each with the sources that give it: compatible figures together
    (questions.compatible), or one stance. A source's revisions count once per answer."""
    from warta.store.views import AnswerSide

    sides: list[dict] = []
    for c in claims:
        src = c.source or c.outlet or "?"
        if kind == "numeric_divergence" and c.value is not None:
            side = next((x for x in sides if x["value"] is not None
                         and compatible(x["value"], x["approx"], c.value, c.approx)), None)
            if side is None:
                side = {"value": c.value, "approx": c.approx, "stance": None, "sources": [], "articles": set()}
                sides.append(side)
        else:
            side = next((x for x in sides if x["value"] is None and x["stance"] == c.stance), None)
            if side is None:
                side = {"value": None, "approx": None, "stance": c.stance, "sources": [], "articles": set()}
                sides.append(side)
        if src not in side["sources"]:
            side["sources"].append(src)
        side["articles"].add(c.article_id)
    out = []
    for x in sides:
        if x["value"] is not None:
            v = x["value"]
            text = f"{int(v):,}" if v == int(v) else f"{v:g}"
            answer = {"lower": f"> {text}", "upper": f"< {text}", "about": f"~{text}"}.get(x["approx"], text)
        else:
            answer = x["stance"]
        out.append(AnswerSide.model_construct(answer=answer, value=x["value"], stance=x["stance"],
                                              sources=x["sources"], articles=len(x["articles"])))
    return out


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
    tersebut", "rejected the criticism"). A pronoun opening it is its subject ("it had breached
    safety rules": what it denies is said there), not what it points back to."""
    first = _WORD.match(text.lstrip())
    if first is not None and first.group(0).lower() in _subject_pronouns():
        text = text.lstrip()[first.end():]
    return bool(_words("ANAPHORIC_WORDS").search(text))


@cache
def _subject_pronouns() -> frozenset[str]:
    return frozenset(union("reporting", "BODY_PRONOUNS")) | frozenset(union("reporting", "SPEAKER_PRONOUNS")) \
        | frozenset(union("reporting", "FIRST_PERSON"))


def figure_denial(text: str) -> bool:
    """Whether a denial points back at a figure ("membantah angka tersebut", "denied the police
    figure"), not at a statement."""
    return bool(_words("FIGURE_NOUNS").search(text))


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


__all__ = ["MEASURES", "PER_PARTY", "Answer", "Question", "anaphoric", "compatible", "content_words",
           "measure_answer", "proposition_groups", "stem"]
