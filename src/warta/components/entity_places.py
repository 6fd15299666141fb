"""Place pre-scan of the entity recogniser: before names are read, the words after a place
prefix ("Kabupaten Kapuas Hulu"), after a locative ("di Nanga Badau"), at both ends of a route
("ruas jalan Putussibau–Nanga Badau") or before a known region ("Lubok Antu, Sarawak") are
noted as places of this document. `PlaceScan` is mixed into the per-document context."""

from __future__ import annotations

from warta.lang.base import union

ROUTE_WORDS = frozenset(union("places", "ROUTE_WORDS"))


class PlaceScan:
    """Fills `doc_places`; needs the context's text, toks, lex, name_like and cue_after."""


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
                    toks[k - 1].cap and not t.brk and not toks[k + 1].poss and self.name_like(t) and \
                    self.name_like(toks[k - 1]) \
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

