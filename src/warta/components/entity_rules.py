"""Per-document rule pass of the entity recogniser: `RuleContext` finds runs of capitalised
words, cuts each into pieces (`Segmenter`) and reads them as people, organisations and places
with their role titles, bracketed aliases and ages; `PlaceScan` notes places first and
`DocumentResolve` settles what needs the whole document."""

from __future__ import annotations

import re
from bisect import bisect_left

from warta.budget import checkpoint
from warta.components.entity_acronyms import acronym_spans
from warta.components.entity_clusters import Found
from warta.components.entity_places import PlaceScan
from warta.components.entity_resolve import CAMEL, DocumentResolve
from warta.components.entity_segments import DOMAIN_RE, INITIAL, ROMAN, Piece, Segmenter
from warta.components.gazetteer import TOKEN_RE, Lexicon, Tok
from warta.lang.base import union
from warta.lang.en.places import Place

PAREN_AFTER = re.compile(r"\s*\(")
HOSPITAL_HEADS = frozenset(union("titles", "HOSPITAL_HEADS"))  # "RSUD dr. Soetomo"
HOSPITAL_DOCTOR = frozenset({"dr", "dr."})
AGE_AFTER = re.compile(r"\s*\(\d{1,3}\)")
INITIALS_CUES = frozenset(union("titles", "INITIALS_CUES"))
PENDING_GAP = re.compile(r"^\s*(?:\([^()\n]{1,40}\))?\s*,?\s*$")


class RuleContext(PlaceScan, Segmenter, DocumentResolve):
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
        self.name_prefixes: set[int] = set()  # starts of regional name prefixes ("Lalu" in "Lalu Hamdi Putra")
        self.found: list[Found] = []
        self.singles: list[tuple[int, Found]] = []
        self.person_titles: list[tuple[str, str, str]] = []
        self.title_refs: list[tuple[int, int, str, str, str]] = []
        self.title_spans: list[tuple[int, int]] = []  # text offsets of title chains, unit names included
        self.doc_places: dict[str, str] = {}
        self.defined_common: set[str] = set()
        self.skip: set[int] = set()
        self.forced: dict[int, tuple[int, str]] = {}  # names spelled by a bracketed acronym

    # ------------------------------------------------------------------ helpers
    def common(self, t: Tok, strict: bool = True) -> bool:
        lex = self.lex
        low = t.low
        if t.start in self.name_prefixes:
            return False  # "Lalu" opening "Lalu Hamdi Putra"
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
        self.listed_domains = self.title_domain_lists()
        self.name_prefixes = {self.toks[x].start for k in range(len(self.toks))
                              for x in range(k, k + self.name_prefix(k))}
        runs = self.runs()
        pending: tuple[str, int, int] | None = None  # (title, sentence-end offset, token index)
        for i, j in runs:
            checkpoint()  # the page budget (warta.budget)
            if any(k in self.skip for k in range(i, j)):
                continue
            pending = self.process_run(i, j, pending)
        self.alias_cues()
        if self.lex.lang == "id":
            self.split_pairs()
        self.resolve_singles()
        self.acronym_branches()
        titles = {"person": self.person_titles, "refs": self.title_refs, "spans": self.title_spans}
        return self.found, titles

    def scan_parentheses(self) -> None:
        """'(ACR)' after a lowercase phrase defines a common noun ("harga eceran tertinggi (HET)")."""
        for m in re.finditer(r"\(([^()\n]{1,60})\)", self.text):
            # the 40 characters before it; copying all the text before each match was quadratic
            before = self.text[max(0, m.start() - 200):m.start()].rstrip()
            if len(before) < 40 and m.start() > 200:
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
            if k in self.listed_domains:
                return False
            if toks[k].start in self.name_prefixes:
                return True
            # a nationality word counts only inside a longer name ("European Central Bank")
            t = toks[k]
            if t.upper and k and not t.brk and toks[k - 1].text.isdigit():
                return False  # "737 MAX": a model, not an organisation
            if self.usable(t):
                return True
            if t.cap and t.low in lex.not_names and lex.lookup(toks, k, min(k + 4, n), ("place", "org"))[0] > 1:
                return True  # "New York", "Tahun Baru" are no names, "New York Stock Exchange" is
            if t.upper and t.low in lex.not_names and k + 1 < n and not toks[k + 1].brk and \
                    self.usable(toks[k + 1]) and lex.lookup(toks, k, k + 1, ("head",))[1]:
                return True  # "PT Sinar Logam" is a company, "9 a.m. PT" a time zone
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
            while i < j and toks[i].initial and self.initial_common(toks[i]) and toks[i].start not in self.name_prefixes and \
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
        starts = [a for a, _ in spans]
        longest = max(e - a for a, e in spans)
        for i, j in runs:
            # the spans in start order, from the first that can reach i to the last that starts before j
            for k in range(bisect_left(starts, i - longest), len(spans)):
                a, e = spans[k]
                if a >= j:
                    break
                if i < e:
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
        if pending and not PENDING_GAP.match(self.text[toks[pending[2]].end:toks[i].start]) and \
                not (i > pending[2] + 1 and all(k in self.listed_domains for k in range(pending[2] + 1, i))):
            pending = None  # a title waits only for the name right after its comma or acronym (or its domains)
        if len(pieces) == 1 and pieces[0].kind == "PLACE" and j - i == 1 and (self.cue_before(i) or self.cue_after(j)) \
                and any(f.type == "PERSON" and toks[i].text in f.text.split() for f in self.found):
            pieces = [Piece("NAME", i, j)]  # "kata Rizal" after "Rizal Aditya": the person, not the province
        outer_title = self.title_before(i)
        title = outer_title
        carried = False  # the title stands before a comma: this run is its name in apposition
        if pending and title is None:
            title, carried = pending[0], True
            if len(pieces) == 2 and pieces[0].kind == "PLACE" and pieces[0].j - pieces[0].i == 1 and \
                    pieces[1].kind == "NAME" and pieces[1].i == pieces[0].j and \
                    self.text[toks[j - 1].end:toks[j - 1].end + 1] == ",":
                # "Kepala Basarnas Kendari, Rizal Aditya,": the name in apposition to a title is a
                # person's, whatever place its first word also names
                pieces = [Piece("NAME", i, j)]
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
                self.title_spans.append((toks[p.i].start, toks[p.j - 1].end))
                # domain words right before the title belong to it ("Defense Secretary")
                continue
            if p.kind == "ORG":
                carved = None
                if title and idx == len(pieces) - 1 and p.payload is None:
                    # before a comma the run may end with the organisation ("Direktur PT Sinar Logam
                    # Abadi, Hendra Wijaya"): only a known given name starts a person there
                    carved = self.carve_person(p, given=followed_by_comma)
                key = p.payload if isinstance(p.payload, str) else None
                if DOMAIN_RE.search(self.span_text(p.i, p.j)):
                    key = None
                f = self.add(p.i, p.j, "ORG", key, "alias" if key and key != self.span_text(p.i, p.j)
                             else "name")
                # an acronym no list, head word or definition vouches for: an organisation at a guess
                f.weak = p.payload is None and not (p.head or p.branch) and (
                    p.j - p.i == 1 and not p.defined or
                    # "Susilo Bambang Yudhoyono (SBY)": a bracketed acronym spells people too
                    p.defined and any(lex.person_name(toks[k].text) for k in range(p.i, p.j)) or
                    # no organisation word in it at all ("Rina Sari")
                    not p.defined and not any(toks[k].low in lex.org_vocab or toks[k].low in lex.org_tails or toks[k].upper or
                                              self.known(toks[k]) for k in range(p.i, p.j)))
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
            org_then_name = not person_done and pieces[-1] is not p and any(q.kind == "ORG" for q in pieces[idx + 1:]) \
                and (pieces[-1].kind == "NAME" or (  # "Direktur Sumber Daya Manusia PT SBN, Lina Marlina,"
                    pieces[-1].kind == "ORG" and self.text[toks[j - 1].end:toks[j - 1].end + 2] == ", "
                    and j < len(toks) and toks[j].cap))
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
                if a < b and title in lex.regional and not region_given and not carried and (
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
                if all(self.name_like(w) or w.low in lex.name_connectors or INITIAL.fullmatch(w.text) for w in words) \
                        and len(words) <= 5:
                    # "Spirit AeroSystems": an inner capital marks a company, not a person
                    camel = any(CAMEL.match(w.text) for w in words[1:]) and title is None
                    main = self.add(a2, b, "ORG" if camel else "PERSON")
                    # capitals alone, unless a known given name or a speech cue vouches for it
                    main.weak = not any(lex.person_name(w.text) for w in words) and \
                        not self.cue_before(a2) and not self.cue_after(b)
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
        orgs = self.org_names()[0]
        for k in range(min(b - 1, a + 4), a, -1):
            if self.span_text(a, k) in orgs or (k == a + 1 and self.org_word(toks[a].text)):
                known = k
                break
        if known:
            if known < b - 1 and self.place_word(known):
                known += 1  # the branch: "Walhi Malut"
            return known if known < b else None
        if b - a < 3 or not guess or len(toks[a].text) == 1 or INITIAL.fullmatch(toks[a].text) \
                or toks[a].start in self.name_prefixes:  # "La Ode Hamzah": a name prefix opens a person's name
            return None  # "Riau M Edy Afrizal", "M. Rizal Fauzi": an initial starts the person's name
        for m in range(b - 2, a - 1, -1):
            if toks[m].low in lex.org_tails:
                return m + 1 if b - m - 1 <= 3 else None
        if lex.person_name(toks[a].text):
            return None
        for m in range(a + 1, b):
            if lex.person_name(toks[m].text):
                return m if b - m <= 3 and m - a <= 3 else None
        return None

    def org_word(self, word: str) -> bool:
        """Is `word` an organisation this document has named (alone or as a first word)?"""
        if " " in word:
            prefix = word + " "
            return any(f.type == "ORG" and (f.key == word or f.key.startswith(prefix)) for f in self.found)
        _, keys, firsts = self.org_names()
        return word in keys or word in firsts

    def org_names(self) -> tuple[set[str], set[str], set[str]]:
        """Texts and keys of the ORG mentions found so far, their keys, and the first words of
        keys of several words; brought up to date as `found` grows (building the sets on each
        call made long pages quadratic). A mention turned into an ORG in place resets them."""
        cache = getattr(self, "_org_cache", None)
        if cache is None or cache[0] is not self.found or cache[1] > len(self.found):
            cache = self._org_cache = [self.found, 0, set(), set(), set()]
        found, done, names, keys, firsts = cache
        for f in found[done:]:
            if f.type == "ORG":
                names.update((f.text, f.key))
                keys.add(f.key)
                if " " in f.key:
                    firsts.add(f.key.split(" ", 1)[0])
        cache[1] = len(found)
        return names, keys, firsts

    def place_word(self, k: int) -> bool:
        if self.toks[k].text in self.doc_places:
            return True
        return self.lex.lookup(self.toks, k, k + 1, ("place",))[1] is not None

    def carve_person(self, p: Piece, given: bool = False) -> tuple[int, int] | None:
        """'Dewan Keamanan Nasional John Kirby' after a title: the trailing name is the person;
        with `given`, only when the name starts with a known given name."""
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
            # the whole run standing alone elsewhere is the organisation ("... termasuk CV Tirta
            # Lestari Abadi."), whatever given name it holds
            alone = re.compile(re.escape(self.span_text(p.i, orig)) + r"(?![\w-])(?!\s+[A-Z])")
            if any(m.start() != toks[p.i].start for m in alone.finditer(self.text)):
                return None
            k = self.name_cut(p.i, k, orig)
            if given and not self.lex.person_name(toks[k].text):
                return None
            p.j = k
            return k, orig
        return None

    def name_cut(self, i: int, k: int, orig: int) -> int:
        """Where the organisation ends and the name after it starts, for a cut at k or later:
        where the organisation's words stand alone elsewhere in the text ("PT Sinar Logam
        Abadi di ..."), else before the first known given name ("... Abadi | Hendra Wijaya")."""
        toks = self.toks
        for c in range(k + 1, orig - 1):
            org = re.escape(self.span_text(i, c))
            if re.search(org + r"(?![\w-])(?!\s+[A-Z])", self.text):
                return c
        for c in range(k, orig - 1):
            if self.lex.person_name(toks[c].text) and (c == k or not self.lex.person_name(toks[c - 1].text)):
                return c
        return k

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
            self._org_cache = None
            main.single = False
        s = end + m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        alias = Found(s, s + len(inner), inner, main.type, main.key, "alias")
        self.found.append(alias)
        # the bracketed tokens are done
        for k, t in enumerate(toks[j:j + len(words) + 1], start=j):
            if s <= t.start < s + len(inner):
                self.skip.add(k)
