"""Segmentation stage of the entity recogniser: a run of capitalised words is cut into
pieces (role TITLE, ORG, PLACE, NAME, connector CONN) by lexicon lookups, organisation heads
and tails, acronyms spelled by the words before them, and local branches ("KPU Banyumas").
`Segmenter` is mixed into the recogniser's per-document context."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from warta.lang.en.places import Place

DOMAIN_RE = re.compile(r"\.(?:com|id|co|net|org|online|news|tv)$", re.I)
ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{3,6})\)")
ROMAN = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$")
INITIAL = re.compile(r"[A-Z]\.")  # one capital and a period: the initial of a name



@dataclass(slots=True)
class Piece:
    kind: str  # TITLE ORG PLACE NAME CONN
    i: int
    j: int
    payload: object = None
    branch: bool = False  # an acronym organisation with its branch words ("BPKP Perwakilan")
    head: bool = False  # an organisation that starts with a head word ("Court of Arbitration")
    defined: bool = False  # spelled by the bracketed acronym after it



class Segmenter:
    """Marks the tokens a name run may not or must take (listed title domains, name prefixes) and
    cuts capitalised runs into pieces; needs the context's text, toks, lex, doc_places, name_like,
    title_spans and name_prefixes (token starts of the prefixes `name_prefix` finds)."""

    def title_domain_lists(self) -> set[int]:
        """'Kepala Divisi Pajak, Infrastruktur dan Keamanan Siber Bima Laga', 'Direktur Keuangan,
        Umum dan Sumber Daya Manusia PT Bank X': after a title's comma, capitalised words joined
        by 'dan' up to an organisation or a person's name list more domains of the title. Their
        tokens (returned) name no one; the title chain's text span takes them in."""
        toks, lex = self.toks, self.lex
        out: set[int] = set()
        n = len(toks)
        for k in range(1, n):
            if not toks[k].cap or self.text[toks[k - 1].end:toks[k].start].strip() != ",":
                continue
            m = k - 1  # the title chain before the comma: capitalised words opening with a title
            while m > 0 and toks[m - 1].cap and not toks[m].brk:
                m -= 1
            start = next((a for a in range(m, k - 1) if lex.lookup(toks, a, k, ("title",))[1] == "title"), None)
            if start is None:
                continue
            q, joined, last = k, False, k
            while q < n and not (q > k and toks[q].brk):
                t = toks[q]
                if t.low in lex.conjunctions and q > k and q + 1 < n and toks[q + 1].cap:
                    joined, last = True, q + 1
                elif not t.cap or lex.person_name(t.text) or lex.lookup(toks, q, min(n, q + 4), ("head", "org"))[1]:
                    break
                q += 1
            if joined and (q == n or not toks[q].cap or toks[q].brk) and q - last >= 3 and (
                    lex.person_name(toks[q - 2].text) or lex.person_name(toks[q - 1].text)
                    or len(re.findall(r"(?<![\w-])" + re.escape(toks[q - 2].text) + r"(?![\w-])", self.text)) > 1):
                # the run ends in the list's last words: the last two name the person when they look
                # like a name or the page calls them so again ("… Siber Bima Laga", later "kata Bima")
                q -= 2
            if joined and q < n and not toks[q].brk and toks[q].cap and q - k <= 8:
                out.update(range(k, q))
                self.title_spans.append((toks[start].start, toks[q - 1].end))
        return out

    def name_prefix(self, k: int) -> int:
        """'Lalu Hamdi Putra', 'La Ode Hamzah': the length of a regional name prefix at token k
        that opens a name (a capitalised name word follows), else 0. At a sentence start ("Lalu
        Hamdi menambahkan", or "Then Hamdi …") only when the page also writes the prefix and that
        word together inside a sentence."""
        toks, lex = self.toks, self.lex
        if toks[k].text not in lex.name_prefix_starts:
            return 0
        for prefix in lex.name_prefixes:
            n = len(prefix)
            nxt = k + n
            if nxt >= len(toks) or tuple(t.text for t in toks[k:nxt]) != prefix or \
                    any(t.brk for t in toks[k + 1:nxt + 1]) or not self.name_like(toks[nxt]) or \
                    tuple(t.low for t in toks[k:nxt + 1]) in lex.name_prefix_compounds:
                continue
            if not toks[k].initial:
                return n
            seq = tuple(t.text for t in toks[k:nxt + 1])
            if any(tuple(t.text for t in toks[i:i + n + 1]) == seq and not toks[i].initial
                   for i in range(len(toks) - n)):
                return n
        return 0

    def segment(self, i: int, j: int) -> list[Piece]:
        toks, lex = self.toks, self.lex
        pieces: list[Piece] = []
        k = i
        while k < j:
            t = toks[k]
            forced = self.forced.get(k)
            if forced and forced[0] <= j:
                pieces.append(Piece("ORG", k, forced[0], None, defined=True))
                k = forced[0]
                continue
            if (t.low in lex.name_connectors or t.low in lex.org_connectors) and \
                    t.start not in self.name_prefixes and not (  # "… Sultra La Ode Hamzah"
                    t.cap and lex.lookup(toks, k, j, ("place", "org"))[0] > 1) and not (  # "The Hague"
                    # a capitalised particle opening a name is part of it ("La Ode Hamzah", "Van Gaal")
                    t.cap and k == i and k + 1 < j and toks[k + 1].cap and t.low in lex.name_connectors
                    and not t.initial):
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
                        not lex.lookup(toks, end, j, ("title", "head"))[1] and \
                        not (end > k + n and j - end >= 2 and lex.person_name(toks[end].text)):
                    end += 1  # "Kepala Lapas Gunung Sindur Mohamad Ridwan": the name is not the place
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
            if kind == "title" and pieces and pieces[-1].kind == "NAME" and pieces[-1].j == k \
                    and self.closing_surname(k, j, pieces[-1].i):
                kind = None
            if kind == "title":
                pieces.append(Piece("TITLE", k, k + n, payload))
                k += n
                continue
            if ROMAN.match(t.text):
                if pieces and pieces[-1].kind == "NAME" and pieces[-1].j == k:
                    pieces[-1].j = k + 1  # "Felipe VI"
                k += 1
                continue
            if INITIAL.fullmatch(t.text) and not (k + 1 < j and self.name_like(toks[k + 1])
                                                  and not self.common(toks[k + 1])):
                k += 1  # "Serie A. Hasil …", "Grup A. Mereka …": a letter ending a sentence, no acronym
                continue
            if INITIAL.fullmatch(t.text):
                # "M. Rizal Fauzi": an initial opens a person's name, whatever its words are
                # elsewhere (Rizal, a province); it runs to the next title, organisation or initial
                end = k + 1
                while end < j and toks[end].cap and not toks[end].upper and not INITIAL.fullmatch(toks[end].text) \
                        and not lex.lookup(toks, end, j, ("title", "head", "org"))[1]:
                    end += 1
                if pieces and pieces[-1].kind == "NAME" and pieces[-1].j == k:
                    pieces[-1].j = end
                else:
                    pieces.append(Piece("NAME", k, end))
                k = end
                continue
            if t.upper and t.low in lex.org_tails and pieces and pieces[-1].kind == "NAME" and pieces[-1].j == k:
                name = pieces[-1]
                if toks[name.i].initial and name.j - name.i > 1 and self.common(toks[name.i]):
                    name.i += 1  # "Laga Arema FC …": a common word a sentence capitalises is not the club's
                name.j = k + 1  # "Arema FC", "Sriwijaya Raya FC": the tail names a club (merge_pieces)
                k += 1
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
        if self.forced:
            for q in pieces:  # "Pengadilan Tindak Pidana Korupsi (Tipikor)": the acronym spells its tail
                if q.kind == "ORG" and not q.defined:
                    starts = self.forced_by_end().get(q.j, ())
                    k = bisect_right(starts, q.i)
                    if k < len(starts) and starts[k] < q.j:
                        q.defined = True
        return self.unit_titles(self.merge_pieces(pieces))

    def forced_by_end(self) -> dict[int, list[int]]:
        """The starts of the forced (acronym-spelled) spans by their end, sorted: a lookup per
        piece instead of a scan of every span (quadratic on long pages)."""
        cache = getattr(self, "_forced_cache", None)
        if cache is None or cache[0] is not self.forced or cache[1] != len(self.forced):
            by_end: dict[int, list[int]] = {}
            for a, (e, _) in self.forced.items():
                by_end.setdefault(e, []).append(a)
            for starts in by_end.values():
                starts.sort()
            cache = self._forced_cache = (self.forced, len(self.forced), by_end)
        return cache[2]

    def closing_surname(self, k: int, j: int, since: int | None = None) -> bool:
        """'Lestari Yusuf Hakim': a one-word title closing the run right after a person-name word
        (from `since`, default the word before) is a surname: titles come before names."""
        toks, lex = self.toks, self.lex
        if k + 1 != j or k == 0 or lex.lookup(toks, k, j, ("title",))[0] != 1:
            return False
        return any(lex.person_name(toks[x].text) and toks[x].low not in lex.honorifics
                   for x in range(k - 1 if since is None else since, k))

    def org_extent(self, k: int, j: int) -> int:
        """Where an organisation name that starts with a head ends: the end of the run, or
        before a role title ("Bank of Korea Governor Rhee")."""
        toks, lex = self.toks, self.lex
        end = k
        while end < j:
            n, kind, _ = lex.lookup(toks, end, j, ("title",))
            if kind and toks[end].low not in lex.title_domain and end > k and \
                    not self.closing_surname(end, j, max(k, end - 3)):
                break
            if end > k and INITIAL.fullmatch(toks[end - 1].text) and self.common(toks[end]):
                break  # "Grup A. Mereka …": the letter ended the sentence
            if end > k and toks[end].start in self.name_prefixes:
                break  # "Serikat Buruh Konawe La Ode Karim": a person's name starts
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
                # "Persib Bandung", "Arema Malang": a one-word name with its city is a club; a given
                # name with a word that is also a town is a person ("Rina Sari", "Ade Wellington")
                out[-1].j = p.j
                if not lex.person_name(toks[out[-1].i].text):
                    out[-1].kind = "ORG"
                continue
            if p.kind == "WEAKPLACE" and out and out[-1].kind == "ORG" and out[-1].j == p.i:
                p.kind = "PLACE"  # "Basarnas Palu Andi Sultan": a city after an organisation is its branch
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
            if p.kind == "NAME" and len(out) >= 3 and out[-1].kind == out[-2].kind == "CONN" and \
                    toks[out[-1].i].low in lex.name_connectors and out[-3].kind == "NAME" and \
                    toks[out[-2].i].low in lex.name_connectors:
                out.pop()
                out.pop()
                out[-1].j = p.j  # "Ursula von der Leyen"
                continue
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
                        and not self.listed_apart(out[-2], out[-1], p) and not self.held_apart(out, p))):
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
                if p.kind == "NAME" and is_acr and p.j - p.i >= 3 and \
                        toks[p.i].text in self.doc_places:
                    # "BPBD Cianjur Asep Sudrajat": the branch place, then the person
                    prev.j = p.i + 1
                    prev.payload = None
                    p.i += 1
            if p.kind == "NAME" and out and out[-1].kind == "ORG" and \
                    all(toks[k].low in lex.branch_words for k in range(p.i, p.j)):
                out[-1].j = p.j
                out[-1].payload = None
                out[-1].branch = True
                continue
            out.append(p)
        return out

    def unit_titles(self, pieces: list[Piece]) -> list[Piece]:
        """'Kepala Bagian Hubungan Masyarakat dan Protokol PT Kereta Api': the words after a title
        that names a unit, up to the organisation (or to the comma before an apposition), name the
        unit and join the title; they are no person."""
        toks, units = self.toks, self.lex.title_units
        if not units:
            return pieces
        for n, p in enumerate(pieces):
            if p.kind != "TITLE" or n + 1 >= len(pieces) or pieces[n + 1].kind != "NAME":
                continue
            nxt = pieces[n + 1]
            if not any(tuple(t.low for t in toks[e - w:e]) in units
                       for e, w in ((p.j, 1), (p.j, 2), (nxt.i + 1, 1), (nxt.i + 2, 2))
                       if e - w >= p.i and e <= nxt.j):
                continue
            m = n + 1
            while m < len(pieces) and pieces[m].kind in ("NAME", "CONN"):
                m += 1
            last = m
            while last > n + 1 and pieces[last - 1].kind == "CONN":
                last -= 1
            if any(toks[k].low in self.lex.honorifics or self.lex.person_name(toks[k].text)
                   for q in pieces[n + 1:last] for k in range(q.i, q.j)):
                continue  # "Kepala Bagian Keamanan Pak Jalil": a person ends the unit
            if m < len(pieces) and pieces[m].kind in ("ORG", "PLACE") and last == m or \
                    m == len(pieces) and self.text[toks[pieces[-1].j - 1].end:toks[pieces[-1].j - 1].end + 1] == ",":
                p.j = pieces[last - 1].j
                return pieces[:n + 1] + pieces[last:]
        return pieces

    def listed_apart(self, left: Piece, conn: Piece, right: Piece) -> bool:
        """'Goldman Sachs and Northgate Securities': two names of two or more words joined by
        "and" are two organisations (a name of common words is one: "Competition and Consumer")."""
        toks = self.toks
        if toks[conn.i].low not in self.lex.conjunctions or left.kind != "NAME":
            return False
        return left.j - left.i >= 2 and right.j - right.i >= 2 and \
            all(self.name_like(toks[k]) for k in range(left.i, left.j))

    def held_apart(self, out: list[Piece], right: Piece) -> bool:
        """Whether the connector ending `out` separates what stands before it from the organisation
        `right` (its tail just made): a club after "and" ("Semen Padang dan Borneo FC"), or a person
        before "of" ("Patrick Liu of Victoria Hospital")."""
        toks, lex = self.toks, self.lex
        conn = toks[out[-1].i].low
        if conn in lex.conjunctions and toks[right.j - 1].upper:
            return True
        # the run before the connector, back to its first word: a person's given name opens it
        k = len(out) - 2
        while k > 0 and out[k - 1].kind in ("NAME", "PLACE") and out[k - 1].j == out[k].i:
            k -= 1
        first = toks[out[k].i]
        return conn not in lex.name_connectors and lex.person_name(first.text) and not self.common(first)

    def branch_ok(self, p: Piece) -> bool:
        """A single name after an acronym is a branch place only when nothing suggests a person."""
        return not self.cue_after(p.j)

    def acronym_span(self, i: int, j: int, pieces: list[Piece]) -> list[Piece]:
        """'Palang Merah Indonesia (PMI)': words whose initials spell the bracketed acronym after
        them are one organisation, whatever their pieces said."""
        toks = self.toks
        m = ACRONYM_AFTER.match(self.text, toks[j - 1].end)
        if not m or any(q.kind == "TITLE" or q.defined for q in pieces):
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
