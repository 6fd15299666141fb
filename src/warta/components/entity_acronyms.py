"""Acronym definitions of the entity recogniser: "Badan Meteorologi, Klimatologi, dan Geofisika
(BMKG)", "Committee on Foreign Investment in the United States (CFIUS)", "Jaringan Advokasi
Tambang (Jatam)", "Badan Pangan Nasional (Bapanas)". The words before a bracketed acronym that
spell it (by initials, or by the first syllables of each word) are one organisation name,
whatever commas or small words break it."""

from __future__ import annotations

import re
from functools import cache, lru_cache

PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
# small words inside an organisation name; their initial may or may not count ("Center of Reform
# on Economics (CORE)")
CONNECTORS = frozenset({"of", "on", "in", "the", "for", "and", "&", "dan", "untuk", "di", "ke",
                        "dari", "atas", "serta", "bagi", "pada"})
GAP = re.compile(r"^(?:\s+|\s*,\s*)$")
MAX_WORDS = 10


def spells(acr: str, words: tuple[str, ...], can_skip_last: bool = False) -> bool:
    """Do `words` spell `acr`? An all-capital acronym takes one initial per word; a mixed-case
    one ("Bapanas", "Jatam") takes a leading piece of each word. Connectors, and lowercase words
    inside the name ("Medicines and Healthcare products Regulatory Agency (MHRA)"), may give
    their initial or nothing; the first word must give the first letter."""
    if not words or words[0].lower() in CONNECTORS:
        return False
    upper = acr.isupper()
    acr_l = acr.lower()
    lows = tuple(w.lower() for w in words)
    optional = tuple(w.lower() in CONNECTORS or not w[:1].isupper() for w in words)
    return _spells(acr_l, lows, optional, upper, can_skip_last)


@lru_cache(maxsize=4096)
def _spells(acr: str, words: tuple[str, ...], optional: tuple[bool, ...], upper: bool, can_skip_last: bool) -> bool:
    n, m = len(acr), len(words)

    @cache
    def go(a: int, w: int) -> bool:
        if w == m:
            return a == n
        word = words[w]
        if optional[w]:
            if go(a, w + 1):
                return True
            return a < n and acr[a] == word[0] and go(a + 1, w + 1)
        if a == n:
            return can_skip_last and w == m - 1
        longest = 1 if upper else len(word)
        for k in range(1, longest + 1):
            if a + k > n or acr[a:a + k] != word[:k]:
                break
            if go(a + k, w + 1):
                return True
        return False

    return go(0, 0)


def acronym_spans(text: str, toks, lex, is_place) -> dict[int, tuple[int, str]]:
    """Token index of a name's first word -> (end token index, acronym) for every bracketed
    acronym the capitalised words right before it spell. `is_place(k)` says token k is a place
    (a country after the spelled words: "Wahana Lingkungan Hidup Indonesia (Walhi)")."""
    out: dict[int, tuple[int, str]] = {}
    if "(" not in text:
        return out
    starts = [t.start for t in toks]
    from bisect import bisect_left

    for m in PAREN_ACRONYM.finditer(text):
        acr = m.group(1)
        if acr.islower() or len(acr) < 2:
            continue
        end = bisect_left(starts, m.start())  # first token after the bracket opens
        if end == 0 or not GAP.match(text[toks[end - 1].end:m.start()] or " "):
            continue
        # capitalised words and connectors back to a sentence or clause break
        k = end - 1
        while k > 0 and end - k < MAX_WORDS:
            gap = text[toks[k - 1].end:toks[k].start]
            prev = toks[k - 1]
            inner = k > 1 and toks[k].cap and toks[k - 2].cap and prev.text.isalpha() and prev.text.islower() \
                and gap == " " and text[toks[k - 2].end:prev.start] == " "  # "Healthcare products Regulatory"
            if not GAP.match(gap) or not (prev.cap or prev.low in CONNECTORS or inner):
                break
            k -= 1
        if not toks[end - 1].cap:
            continue
        words = tuple(t.text for t in toks[k:end])
        skip_last = is_place(end - 1)
        for s in range(k, end - 1 if acr.isupper() else end):
            if not toks[s].cap:
                continue
            sub = words[s - k:]
            if len(sub) < 2 and acr.isupper():
                continue
            if len(sub) == 1 and len(acr) >= len(sub[0]):
                continue
            if spells(acr, sub, skip_last and len(sub) > 2):
                first = s
                if s > 0 and lex.lookup(toks, s - 1, s, ("head",))[1] and \
                        len(toks[s - 1].text) <= 4 and toks[s - 1].upper:
                    first = s - 1  # "PT Liga Indonesia Baru (LIB)"
                out[first] = (end, acr)
                break
    return out
