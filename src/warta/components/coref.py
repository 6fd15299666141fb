"""The "warta_coref" component: merges the clusters of `doc._.warta_entities` into entities.

Short forms join their full names ("Yoon" -> "Yoon Suk Yeol", "Verdant" -> "Verdant Motors",
"Sigi" -> "Kabupaten Sigi"); a capital acting for its government joins its country
("Pyongyang menolak ..."), while a capital used as a place stays its own GPE; title-only
references ("Sekjen NATO") join the person the title introduced; description phrases
("kementerian itu", "the ministry", "juru bicara itu") join the nearest preceding fitting
entity. `resolve_span` and `entity_by_id` answer later components' questions.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from spacy.language import Language

from warta.components.gazetteer import TOKEN_RE, lexicon
from warta.lang import get_resources
from warta.nlp.annotations import EntityCluster, Mention, doc_text
from warta.nlp.spans import mention_index

NAME_KINDS = ("name", "alias", "title")
_WORD_SPLIT_RE = re.compile(r"[\s\-–]+")


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    # cached: merge_short_forms compares every pair of clusters, splitting both names each time
    return tuple(w for w in _WORD_SPLIT_RE.split(name) if w)


def _first(c: EntityCluster) -> int:
    return min((m.start for m in c.mentions), default=0)


def _forms(c: EntityCluster) -> set[str]:
    return {c.name} | {m.text for m in c.mentions if m.kind in NAME_KINDS}


@cache
def _description_re(lang: str) -> re.Pattern | None:
    res = get_resources(lang)
    if res is None or res.pronouns is None:
        return None
    p = res.pronouns
    nouns = "|".join(re.escape(n) for n in sorted(p.DESCRIPTION_NOUNS, key=len, reverse=True))
    if p.DEMONSTRATIVES_AFTER:
        dem = "|".join(p.DEMONSTRATIVES_AFTER)
        return re.compile(rf"\b(?P<noun>{nouns})\s+(?:{dem})\b", re.I)
    dem = "|".join(p.DEMONSTRATIVES_BEFORE)
    return re.compile(rf"\b(?:{dem})\s+(?P<noun>{nouns})\b", re.I)


class Coreferencer:
    """Merges clusters; `find(doc)` returns the new cluster list without touching the doc."""

    def __init__(self, lang: str):
        self.lang = lang
        self.lex = lexicon(lang)
        res = get_resources(lang)
        self.descriptions = res.pronouns.DESCRIPTION_NOUNS if res and res.pronouns else {}
        self.abbrev = self.lex.title_abbrev

    def __call__(self, doc):
        doc._.warta_entities = self.find(doc)
        return doc

    def find(self, doc) -> list[EntityCluster]:
        clusters = [EntityCluster(c.id, c.name, c.type, list(c.mentions))
                    for c in (doc._.warta_entities or [])]
        titles = doc.user_data.get("warta_entity_titles") or {"person": [], "refs": []}
        text = doc_text(doc)  # Doc.text is rebuilt from the tokens on every access
        clusters = self.merge_same_forms(clusters)
        clusters = self.merge_short_forms(clusters, "ORG", self.acronym_of)
        clusters = self.merge_short_forms(clusters, "PERSON", self.person_short)
        clusters = self.merge_short_forms(clusters, "ORG", self.org_short)
        clusters = self.merge_short_forms(clusters, "GPE", self.place_short)
        clusters = self.capitals(text, clusters)
        self.title_refs(clusters, titles)
        self.descriptions_to(text, clusters, titles)
        return finish(clusters, self.lex.honorifics)

    # ------------------------------------------------------------------ short forms
    @staticmethod
    def same_form(short: EntityCluster, full: EntityCluster) -> bool:
        """'ECB' alone is the cluster where 'European Central Bank (ECB)' defined it (an acronym
        joins whatever type the defining cluster has)."""
        if short.type != full.type and not (short.name.isupper() and full.type == "ORG"):
            return False
        return short.name != full.name and short.name in _forms(full) and \
            len(short.name) < len(full.name)

    def acronym_of(self, short: EntityCluster, full: EntityCluster) -> bool:
        """'WHO' is 'World Health Organization', 'BMKG' 'Badan Meteorologi, Klimatologi, dan
        Geofisika': an acronym spelled by the initials of another organisation's name."""
        acr = short.name
        if not (acr.isupper() and 2 <= len(acr) <= 7 and acr.isalpha()) or " " not in full.name:
            return False
        connectors = self.lex.org_connectors
        initials = "".join(w[0] for w in re.split(r"[\s,\-]+", full.name)
                           if w and w.lower() not in connectors and w[0].isupper())
        return initials == acr

    @staticmethod
    def person_short(short: EntityCluster, full: EntityCluster) -> bool:
        sw, fw = _words(short.name), _words(full.name)
        if len(sw) >= len(fw):
            return False
        if len(sw) == 1:
            return sw[0] in fw
        return " ".join(sw) in " ".join(fw)

    def org_short(self, short: EntityCluster, full: EntityCluster) -> bool:
        # "Bawaslu" (listed as "Badan Pengawas Pemilu") is "Bawaslu Kabupaten Banyumas" here
        shorts = [short.name] + [m.text for m in short.mentions
                                 if m.kind in NAME_KINDS and " " not in m.text]
        full_forms = _forms(full)
        for name in shorts:
            sw = name.split()
            for form in full_forms:
                fw = form.split()
                if len(sw) < len(fw) and sw[0] == fw[0] and _subsequence(sw, fw):
                    return True
        return False

    @staticmethod
    def place_short(short: EntityCluster, full: EntityCluster) -> bool:
        fw = full.name.split()
        return len(fw) > 1 and " ".join(fw[1:]) == short.name

    def merge_same_forms(self, clusters: list[EntityCluster]) -> list[EntityCluster]:
        """`merge_short_forms` with `same_form`, looking candidates up by form instead of
        comparing every pair."""
        index: dict[str, list[EntityCluster]] = {}
        for c in clusters:
            for form in _forms(c):
                index.setdefault(form, []).append(c)
        out = []
        for c in clusters:
            cands = [f for f in index.get(c.name, ()) if f is not c and f.mentions and self.same_form(c, f)]
            if not cands:
                out.append(c)
                continue
            start = _first(c)
            before = [f for f in cands if _first(f) <= start]
            target = max(before, key=_first) if before else min(cands, key=_first)
            for m in c.mentions:
                target.mentions.append(Mention(m.start, m.end, m.text,
                                               "alias" if m.kind == "name" else m.kind))
            for form in _forms(c):
                index.setdefault(form, []).append(target)
            c.mentions = []
        return [c for c in out if c.mentions]

    def merge_short_forms(self, clusters, typ, fits) -> list[EntityCluster]:
        """Move each short-form cluster of `typ` into the nearest fitting longer one."""
        longer = [c for c in clusters if typ is None or c.type == typ]
        out = []
        for c in clusters:
            if typ is not None and c.type != typ:
                out.append(c)
                continue
            cands = [f for f in longer if f is not c and f.mentions and fits(c, f)]
            if not cands:
                out.append(c)
                continue
            start = _first(c)
            before = [f for f in cands if _first(f) <= start]
            target = max(before, key=_first) if before else min(cands, key=_first)
            for m in c.mentions:
                target.mentions.append(Mention(m.start, m.end, m.text,
                                               "alias" if m.kind == "name" else m.kind))
            c.mentions = []
        return [c for c in out if c.mentions]

    # ------------------------------------------------------------------ capitals
    def capitals(self, text: str, clusters: list[EntityCluster]) -> list[EntityCluster]:
        """'Pyongyang menolak ...' is the government of Korea Utara; 'di Pyongyang' is the city."""
        by_name = {c.name: c for c in clusters if c.type == "GPE"}
        for c in clusters:
            if c.type != "GPE":
                continue
            place = self.place(c.name)
            country = by_name.get(place.capital_of) if place and place.capital_of else None
            if country is None or country is c:
                continue
            keep = []
            for m in c.mentions:
                if self.as_place(text, m):
                    keep.append(m)
                else:
                    country.mentions.append(Mention(m.start, m.end, m.text, "alias"))
            c.mentions = keep
        return [c for c in clusters if c.mentions]

    def place(self, name: str):
        words = TOKEN_RE.findall(name)
        hit = self.lex.exact.get(tuple(words)) or self.lex.phrases.get(tuple(w.lower() for w in words))
        return hit.get("place") if hit else None

    def as_place(self, text: str, m: Mention) -> bool:
        before = TOKEN_RE.findall(text[max(0, m.start - 30):m.start])
        after = text[m.end:m.end + 40]
        if before and before[-1].lower() in self.lex.locatives:
            return True
        if before and before[-1].lower() in self.lex.diplomatic:
            return True
        # "Seoul, South Korea" / "Seoul, Korea Selatan": a dateline-like place
        return bool(re.match(r",\s+[A-Z]\w+(?:\s+[A-Z]\w+)?\s*(?:[,.(—–-]|$)", after)) and \
            self.place(re.match(r",\s+([A-Z]\w+(?:\s+[A-Z]\w+)?)", after).group(1)) is not None

    # ------------------------------------------------------------------ titles
    def norm_title(self, title: str) -> str:
        return self.abbrev.get(title, title)

    def title_refs(self, clusters: list[EntityCluster], titles: dict) -> None:
        """'Sekjen NATO' names the person introduced as 'Sekretaris Jenderal NATO'."""
        people = {}
        for key, title, context in titles.get("person", []):
            people.setdefault(self.norm_title(title), []).append((key, context))
        for s, e, text, title, context in titles.get("refs", []):
            cands = people.get(self.norm_title(title), [])
            if context:
                cands = [c for c in cands if c[1] == context] or \
                    [c for c in cands if context in c[1] or c[1] in context]
            keys = {k for k, _ in cands}
            if len(keys) != 1:
                continue
            target = _cluster_with_form(clusters, keys.pop(), "PERSON")
            if target is not None:
                target.mentions.append(Mention(s, e, text, "title"))

    # ------------------------------------------------------------------ descriptions
    def descriptions_to(self, text: str, clusters: list[EntityCluster], titles: dict) -> None:
        rx = _description_re(self.lang)
        if rx is None:
            return
        person_titles: dict[str, set[str]] = {}
        for key, title, _ in titles.get("person", []):
            person_titles.setdefault(key, set()).add(self.norm_title(title))
        for m in rx.finditer(text):
            noun = m.group("noun")
            if not noun.islower():
                continue  # "the Bank of England" is a name, not a description

            typ, keywords = self.descriptions.get(noun, (None, ()))
            target = nearest_fitting(clusters, m.start(), typ, keywords, person_titles)
            if target is not None:
                target.mentions.append(Mention(m.start(), m.end(), m.group(), "description"))


def _subsequence(short: list[str], full: list[str]) -> bool:
    it = iter(full)
    return all(w in it for w in short)


def _cluster_with_form(clusters, form: str, typ: str) -> EntityCluster | None:
    for c in clusters:
        if c.type == typ and form in _forms(c):
            return c
    return None


def nearest_fitting(clusters, pos: int, typ: str | None, keywords=(), person_titles=None):
    """The cluster of `typ` with the latest name mention before `pos` whose name (or, for a
    person, introducing title) holds one of `keywords` (any when `keywords` is empty)."""
    best, best_pos = None, -1
    for c in clusters:
        if typ and c.type != typ:
            continue
        if keywords:
            hay = c.name.lower()
            if c.type == "PERSON" and person_titles is not None:
                hay += " " + " ".join(t for f in _forms(c) for t in person_titles.get(f, ()))
            if not any(k in hay for k in keywords):
                continue
        for m in c.mentions:
            if m.kind in NAME_KINDS and m.end <= pos and m.start > best_pos:
                best, best_pos = c, m.start
    return best


def finish(clusters: list[EntityCluster], honorifics=frozenset()) -> list[EntityCluster]:
    """Sort mentions, pick the fullest name, renumber ids in order of first mention."""
    for c in clusters:
        c.mentions.sort(key=lambda m: (m.start, m.end))
        if c.type == "PERSON":
            names = [m.text for m in c.mentions if m.kind == "name" or (
                m.kind == "alias" and m.text.split()[0].lower() not in honorifics)]
            full = max(names, key=lambda n: (len(_words(n)), len(n)), default=c.name)
            if len(_words(full)) > len(_words(c.name)):
                c.name = full
        for m in c.mentions:
            if m.kind == "alias" and m.text == c.name:
                m.kind = "name"
            elif m.kind == "name" and m.text != c.name:
                m.kind = "alias"
    clusters = sorted(clusters, key=_first)
    for n, c in enumerate(clusters, start=1):
        c.id = f"e{n}"
    return clusters


# ---------------------------------------------------------------------- public lookups
def entity_by_id(doc, entity_id: str) -> EntityCluster | None:
    """The cluster with this id in `doc._.warta_entities`, or None."""
    for c in doc._.warta_entities or []:
        if c.id == entity_id:
            return c
    return None


def resolve_span(doc, start: int, end: int) -> EntityCluster | None:
    """The entity a char span refers to.

    Args:
        doc: a Doc that went through warta_entities (and warta_coref).
        start, end: character offsets [start, end) in doc.text.

    A cluster with a mention overlapping the span (longest overlap first); else a cluster
    whose name or alias equals or ends with the span text; else, for a description or role
    phrase ("kementerian itu", "the ministry", "juru bicara itu", "the spokesman"), the
    nearest preceding fitting cluster. None if nothing fits.
    """
    clusters = doc._.warta_entities or []
    best, best_overlap = None, 0
    for m, c in mention_index(clusters, doc.user_data).overlapping(start, end):
        overlap = min(end, m.end) - max(start, m.start)
        if overlap > best_overlap:
            best, best_overlap = c, overlap
    if best is not None:
        return best
    text = doc_text(doc)[start:end].strip()
    if not text:
        return None
    low = text.lower()
    for c in clusters:
        for form in _forms(c):
            if form.lower() == low:
                return c
    for c in clusters:
        for form in _forms(c):
            if form.lower().endswith(" " + low) or low.endswith(" " + form.lower()):
                return c
    lang = getattr(doc, "lang_", None) or doc.lang  # Doc.lang is the string's hash; lang_ the code
    res = get_resources(lang)
    if res is None or res.pronouns is None:
        return None
    nouns = res.pronouns.DESCRIPTION_NOUNS
    titles = doc.user_data.get("warta_entity_titles") or {}
    person_titles: dict[str, set[str]] = {}
    abbrev = lexicon(lang).title_abbrev
    for key, title, _ in titles.get("person", []):
        person_titles.setdefault(key, set()).add(abbrev.get(title, title))
    words = low.split()
    for n in range(len(words), 0, -1):
        for k in range(len(words) - n + 1):
            noun = " ".join(words[k:k + n])
            if noun in nouns:
                typ, keywords = nouns[noun]
                hit = nearest_fitting(clusters, start, typ, keywords, person_titles)
                return hit or nearest_fitting(clusters, start, typ, (), None)
    return None


@Language.factory("warta_coref", assigns=["doc._.warta_entities"])
def make_coref(nlp: Language, name: str) -> Coreferencer:
    return Coreferencer(nlp.lang)
