"""Whole-document resolution of the entity recogniser: once every run is read, one-word names
are typed from what the document says about them, "formerly known as" aliases are applied,
candidate pairs written as one name are split ("Bobby Nasution-Surya") and acronym-defined
organisations followed by a region become that region's branch ("BPBD Riau").
`DocumentResolve` is mixed into the per-document context."""

from __future__ import annotations

import re

from warta.components.entity_clusters import Found
from warta.components.gazetteer import TOKEN_RE, Tok
from warta.lang.base import union

CAMEL = re.compile(r"^(?!Mac|Mc|Van|Von|De|Di|Du|La|Le|Del|Des|Dos)[A-Z][a-z]{2,}[A-Z][a-z]")
BRAND_CUES = frozenset({"merek", "merk", "brand", "produk", "product"})
ID_MINISTRY = re.compile(r"^Kemen[a-z]{2,}(?:-[A-Z]+)?$")
PLACE_OF = frozenset({"town", "city", "village", "district", "province", "region", "county",
                      "state", "kota", "desa", "kampung", "dusun", "towns", "cities", "villages",
                      "districts", "provinces", "regions"})
PLACE_NOUN_BEFORE = frozenset({"desa", "kampung", "dusun", "village", "town"})  # "di dekat desa Plekhovo"
RESIDENT_CUES = frozenset(union("titles", "RESIDENT_CUES"))
ORG_AT_CUES = frozenset({"analyst", "analysts", "economist", "economists", "strategist",
                         "strategists", "researcher", "researchers", "scientists", "scientist",
                         "professor", "analis", "ekonom", "peneliti"})


class DocumentResolve:
    """Needs the context's text, toks, lex, found, singles, doc_places, common, sports_role_at
    and cue_after."""

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
        person_words: dict[str, bool] = {}  # word -> only guessed names hold it
        org_first: dict[str, str] = {}
        for f in self.found:
            if f.type == "PERSON" and " " in f.key:
                for w in re.split(r"[\s-]+", f.key):
                    if w[:1].isupper():
                        person_words[w] = person_words.get(w, True) and f.weak
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
                f.type, f.weak = "PERSON", person_words[word] and not f.cue
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
                f.type, f.weak = "GPE", not self.coordinated_place(k)  # "di Terbuka": a guess
                self.doc_places.setdefault(word, "GPE")
            elif k >= 2 and self.toks[k - 1].low == "at" and self.toks[k - 2].low in ORG_AT_CUES:
                f.type = "ORG"  # "economists at Nomura"
            elif t.upper and len(word) >= 2:
                f.type, f.weak = "ORG", True  # an undefined acronym: an organisation at a guess
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
                if (hit[1] and getattr(hit[2], "type", "") == "GPE" or (
                        d < 0 and self.doc_places.get(toks[n].text) == "GPE")) and not (
                        d < 0 and self.cue_after(k + 1)):
                    return True  # (not "Kepala Desa Sidomulyo, Suparno, mengatakan": the head speaks)
        return False
