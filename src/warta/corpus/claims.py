"""Claim normalisation: what each claim is about, so claims from many articles line up.

"1.500 pasukan khusus", "12.000 tentara" and "about 10,000 troops" all become
subject=North Korea, class=send, object=Russia, measured thing=troops; the about key joins them.
Articles whose extraction found no claims fall back to quotes with figures (a quote that carries
a troop or people count is a claim by its speaker) and quotes with a denial cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

from warta.corpus.entities import ArticleEntities, Canonical, fold, norm, resolver
from warta.corpus.lexicon import alternation, claim_unit_stems
from warta.corpus.questions import (
    Answer,
    Question,
    Statement,
    article_answers,
    from_record,
    planned_re,
    record,
    special_re,
)
from warta.models import Article

CLASS_FILE = "predicates.tsv"
NUMERIC_CATEGORIES = {"troops", "people", "percent", "money", "count", "weight", "distance", "duration", "other"}
FALLBACK_RANK = ("troops", "percent", "people", "money", "count")
FALLBACK_CATEGORIES = set(FALLBACK_RANK)
# Categories a claim's written unit may name, in the order they are tried ("personnel" is
# troops before it is a "person"); the unit words themselves are language resources
# (warta.lang.<code>.corpus.CLAIM_UNITS, categorised by units.UNITS), gathered by lexicon.
UNIT_CATEGORY_ORDER = ("troops", "percent", "money", "people")
_WORD = re.compile(r"\w+", re.UNICODE)
# Counts of what an event did (a flood's dead, a battle's casualties): where it happened is the
# event's location, not a different thing counted, so a place (short of a country, which can be a
# party: "North Korea's casualties") does not split these claims' keys. "7 dead in Kecamatan Dolo
# Selatan" and "9 dead in Kabupaten Sigi" are one toll.
EVENT_TOLL_CLASSES = {"casualties", "missing", "deaths", "injured", "evacuated", "houses"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}


@cache
def _unit_category() -> dict[str, tuple[str, ...]]:
    """Category -> unit stems, in UNIT_CATEGORY_ORDER (any other category after, by name)."""
    stems = claim_unit_stems()
    order = [c for c in UNIT_CATEGORY_ORDER if c in stems] + sorted(set(stems) - set(UNIT_CATEGORY_ORDER))
    return {cat: stems[cat] for cat in order}


@cache
def _deny_cue() -> re.Pattern:
    """A quote cue that denies ("membantah", "denied"): it starts with a DENY_CUE_PREFIXES word."""
    return re.compile(rf"^({alternation('DENY_CUE_PREFIXES')})", re.IGNORECASE)


@cache
def _refuse_cue() -> re.Pattern:
    """A quote or cue that declines to confirm ("enggan", "declined to"): REFUSE_CUES anywhere."""
    return re.compile(rf"({alternation('REFUSE_CUES')})", re.IGNORECASE)


@cache
def _place_words() -> re.Pattern:
    """An untyped name that is plainly a sub-national place ("Kabupaten Sigi", "Sungai Wuno"): its
    first or last word is a place word (warta.lang.<code>.corpus.PLACE_HEAD_WORDS, PLACE_TAIL_WORDS)."""
    return re.compile(rf"^({alternation('PLACE_HEAD_WORDS')})\b|\b({alternation('PLACE_TAIL_WORDS')})$",
                      re.IGNORECASE)


@cache
def _classes() -> list[tuple[str, re.Pattern]]:
    """(class, pattern) in file order. A one-word stem matches at the start of a word
    ("kirim" in "mengirimkan" does not, "kirim" in "kiriman" does); a phrase or a stem with
    punctuation matches anywhere. One compiled pattern per class keeps classification to a
    handful of regex searches per claim."""
    raw = resources.files("warta.corpus").joinpath(CLASS_FILE).read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        if line.strip() and not line.startswith("#"):
            name, stems = line.split("\t", 1)
            parts = []
            for stem in (s.strip().lower() for s in stems.split("|")):
                if not stem:
                    continue
                if stem.endswith("="):  # a whole word only: "fee=" is not "feet"
                    parts.append(r"(?<!\w)" + re.escape(stem[:-1]) + r"(?!\w)")
                elif " " in stem or not stem.isalnum() and "_" not in stem:
                    parts.append(re.escape(stem))
                else:
                    parts.append(r"(?<!\w)" + re.escape(stem))
            if parts:
                out.append((name, re.compile("|".join(parts))))
    return out


def predicate_class(predicate: str | None, evidence: str | None = None) -> str:
    """The class of a claim: from its predicate's words, else from its evidence, else the predicate."""
    for text in (predicate or "", evidence or ""):
        low = text.lower().replace("_", " ")
        for name, pattern in _classes():
            if pattern.search(low):
                return name
    return "_".join(_WORD.findall((predicate or "other").lower())[:3]) or "other"


def unit_category(unit: str | None) -> str | None:
    if not unit:
        return None
    low = unit.lower()
    for cat, stems in _unit_category().items():
        if any(low.startswith(s) or s in low.split() for s in stems):
            return cat
    return None


@dataclass(slots=True)
class NormClaim:
    """One claim row, as stored, with its normalised keys."""

    position: int
    origin: str
    source: str | None
    via: list[str]
    subject: str | None
    predicate: str
    object: str | None
    value: float | None
    unit: str | None
    category: str | None
    stance: str
    hedged: bool
    evidence: str
    evidence_start: int | None
    evidence_end: int | None
    quote_position: int | None
    source_key: str | None = None
    subject_key: str | None = None
    object_key: str | None = None
    predicate_class: str = "other"
    measure: str | None = None
    topic_key: str = ""
    about_key: str = ""
    about: str = ""
    entity_keys: dict = field(default_factory=dict)  # role -> (key, name, type)
    question: Question | None = None  # a measure question for a figure's answer, else the proposition
    approx: str | None = None  # the answer's bound kind ("lower", "upper", "about")


def _key(ents: ArticleEntities, name: str | None):
    canon = ents.resolve(name)
    return canon


@cache
def _country_keys() -> frozenset[str]:
    """Canonical keys of countries (pycountry's, by any of their names, and so their aliases)."""
    res = resolver()
    keys: set[str] = set()
    try:
        import pycountry
    except ImportError:  # pragma: no cover
        return frozenset(c.key for c in res.table.values() if c.type == "GPE")
    for country in pycountry.countries:
        for form in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)):
            hit = res.lookup(form) if form else None
            if hit is not None:
                keys.add(hit.key)
    return frozenset(keys)


def speaker_affiliation(subject: str | None, source: str | None, evidence: str | None) -> bool:
    """True where the subject is named only as the speaker's title: "juru bicara Kremlin Dmitry
    Peskov", "Kremlin spokesman Peskov", "Peskov, a Kremlin spokesman" (within three words of the
    speaker's name in the evidence). Such a subject says who speaks, not what the claim is about."""
    if not subject or not source or not evidence:
        return False
    subj, src, ev = norm(subject), norm(source), f" {norm(evidence)} "
    if not subj or not src or subj == src or f" {subj} " not in ev:
        return False
    names = [src] + [w for w in src.split()[-1:] if len(w) >= 4 and w != src]
    words = ev.split()
    subj_w, n_s = subj.split(), len(subj.split())
    starts = [i for i in range(len(words) - n_s + 1) if words[i:i + n_s] == subj_w]
    for name in names:
        name_w = name.split()
        for j in range(len(words) - len(name_w) + 1):
            if words[j:j + len(name_w)] != name_w:
                continue
            for i in starts:
                gap = j - (i + n_s) if i < j else i - (j + len(name_w))
                if 0 <= gap <= 3:
                    return True
    return False


def incidental_place(canon: Canonical | None, name: str | None) -> bool:
    """A place below country level: for an event toll, where the event happened."""
    if canon is not None and canon.key in _country_keys():
        return False
    if canon is not None and canon.type in PLACE_TYPES:
        return True
    return bool(name and _place_words().search(name.strip()))


def normalise_article(article: Article, ents: ArticleEntities | None = None) -> list[NormClaim]:
    """Claims of one article (or quote-derived ones where it has none), with about keys."""
    ents = ents or ArticleEntities(article.entities)
    out: list[NormClaim] = []
    for i, c in enumerate(article.claims):
        category = None
        for qi in c.quantities:
            if 0 <= qi < len(article.quantities):
                category = article.quantities[qi].category
                break
        written = unit_category(c.unit) if c.value is not None else None
        if category is None and c.value is not None:
            category = written or _category_near(article, c.evidence_span, c.value)
        elif written == "percent":  # "53,1 persen" is a share whatever quantity it was linked to
            category = written
        out.append(NormClaim(
            position=i, origin="claim", source=c.source, via=list(c.via), subject=c.subject,
            predicate=c.predicate, object=c.object, value=c.value, unit=c.unit, category=category,
            stance=c.stance, hedged=c.hedged, evidence=c.evidence, evidence_start=c.evidence_span[0],
            evidence_end=c.evidence_span[1], quote_position=c.quote,
        ))
    if not article.claims:
        out.extend(_from_quotes(article))
    for nc in out:
        _fill_keys(nc, ents)
    return _answers(article, out, ents)


def _answers(article: Article, claims: list[NormClaim], ents: ArticleEntities) -> list[NormClaim]:
    """Each claim once per figure in it that answers a measure question (its Claim.answers, or
    read now for a record written before claims carried them); a claim whose figures answer none
    stays one row, a proposition."""
    stored = [article.claims[nc.position].answers if nc.origin == "claim" else None for nc in claims]
    # read now: quote-derived claims, and claims with a figure but no answers (a record from
    # before claims carried them, or built by hand); a figure extraction found no measure for
    # is read again to the same end, so this costs time, not results
    todo = [k for k, nc in enumerate(claims) if stored[k] is None or (not stored[k] and nc.value is not None)]
    fresh = article_answers(article, [_statement(claims[k]) for k in todo], ents, planned=planned_re(),
                            special=special_re()) if todo else []
    per: list[list[Answer]] = [[from_record(r) for r in (stored[k] or [])] for k in range(len(claims))]
    for k, answers in zip(todo, fresh, strict=True):
        per[k] = answers
    out: list[NormClaim] = []
    for nc, answers in zip(claims, per, strict=True):
        if not answers:
            nc.question = Question("proposition", nc.topic_key)
            out.append(nc)
            continue
        for a in answers:
            row = replace(nc, entity_keys=dict(nc.entity_keys))
            row.value, row.unit, row.approx, row.question = a.value, a.unit, a.approx, a.question
            row.measure = a.question.what
            row.about_key = a.question.key
            row.about = a.question.label(article.language)
            out.append(row)
    return out


def _statement(nc: NormClaim) -> Statement:
    return Statement(nc.evidence_start, nc.evidence_end, nc.value is not None, nc.source_key,
                     f"{nc.predicate} {nc.evidence}", nc.value)


def annotate(article: Article, text: str | None = None) -> Article:
    """Fill each claim's `answers` (extraction calls this once the article is assembled)."""
    if not article.claims:
        return article
    ents = ArticleEntities(article.entities)
    statements = [Statement(c.evidence_span[0], c.evidence_span[1], c.value is not None,
                            getattr(ents.resolve(c.source), "key", None), f"{c.predicate} {c.evidence}", c.value)
                  for c in article.claims]
    for claim, answers in zip(article.claims, article_answers(article, statements, ents, text, planned_re(),
                                                              special_re()), strict=True):
        claim.answers = [record(a, article.language) for a in answers]
    return article


def _category_near(article: Article, span, value: float) -> str | None:
    for q in article.quantities:
        if q.value == value and (span is None or (q.span[0] < span[1] + 80 and q.span[1] > span[0] - 80)):
            return q.category
    return None


def _from_quotes(article: Article) -> list[NormClaim]:
    """Fallback claims: figures inside attributed quotes, and quotes with a denial cue."""
    out: list[NormClaim] = []
    for qi, quote in enumerate(article.quotes):
        if not quote.speaker:
            continue
        cue = (quote.cue or "").strip()
        stance = "denies" if _deny_cue().search(cue) else "asserts"
        refuse = _refuse_cue()
        if refuse.search(quote.text) or refuse.search(cue):
            stance = "refuses_to_confirm"
        inside = [q for q in article.quantities
                  if q.span[0] >= quote.span[0] and q.span[1] <= quote.span[1] and q.category in FALLBACK_CATEGORIES]
        base = dict(origin="quote", source=quote.speaker, via=list(quote.via), subject=None, object=None,
                    hedged=False, evidence=quote.text, evidence_start=quote.span[0],
                    evidence_end=quote.span[1], quote_position=qi)
        if inside:
            # "empat brigade, atau sekitar 12.000 tentara": the headcount, not the unit count
            q = min(inside, key=lambda q: (FALLBACK_RANK.index(q.category), -q.value))
            out.append(NormClaim(position=len(out), predicate=predicate_class(None, quote.text),
                                 value=q.value, unit=q.unit, category=q.category, stance=stance, **base))
        elif stance != "asserts":
            out.append(NormClaim(position=len(out), predicate=predicate_class(None, quote.text),
                                 value=None, unit=None, category=None, stance=stance, **base))
    return out


def _fill_keys(nc: NormClaim, ents: ArticleEntities) -> None:
    src = _key(ents, nc.source)
    subj = _key(ents, nc.subject)
    obj = _key(ents, nc.object)
    for role, canon in (("source", src), ("subject", subj), ("object", obj)):
        if canon is not None:
            nc.entity_keys[role] = canon
    cls = predicate_class(nc.predicate, nc.evidence)
    nc.predicate_class = cls
    subj_name, obj_name = (subj.name if subj else (nc.subject or "")), (obj.name if obj else (nc.object or ""))
    if subj is not None and speaker_affiliation(nc.subject, nc.source, nc.evidence):
        subj, subj_name = None, ""
    if cls in EVENT_TOLL_CLASSES:
        if incidental_place(subj, nc.subject):
            subj, subj_name = None, ""
        if incidental_place(obj, nc.object):
            obj, obj_name = None, ""
    nc.source_key = src.key if src else None
    nc.subject_key = subj.key if subj else None
    nc.object_key = obj.key if obj else (fold(nc.object) if obj_name else None)
    quals = []
    text = f"{nc.predicate} {nc.evidence}"
    if planned_re().search(text):
        quals.append("planned")
    if special_re().search(text):
        quals.append("special")
    measure = "+".join([cls, *quals])
    if nc.value is not None:
        measure += f":{nc.category or 'other'}"
    nc.measure = measure
    subject_part = nc.subject_key or "?"
    nc.topic_key = f"{subject_part}|{cls}"
    nc.about_key = f"{subject_part}|{measure}|{nc.object_key or '?'}"
    nc.about = " — ".join(x for x in (subj_name, cls.replace("_", " ") + (f" ({', '.join(quals)})" if quals else ""),
                                      obj_name, nc.category if nc.value is not None else None) if x)


def about_label(subject: str | None, cls: str, obj: str | None, category: str | None) -> str:
    return " — ".join(x for x in (subject, cls, obj, category) if x)


__all__ = ["NormClaim", "normalise_article", "predicate_class", "unit_category", "norm"]
