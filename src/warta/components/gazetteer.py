"""Lexicons of the entity recogniser: the word lists of `warta.lang.<code>` (role titles,
organisation heads and tails, known organisations, the place gazetteer) turned into phrase
lookups once per language, and the word tokenizer the recogniser and coref look them up with."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from warta.lang import get_resources
from warta.lang.base import read_list

TOKEN_RE = re.compile(r"\w+(?:[-'’.&]\w+)*\.?")
SENTENCE_GAP = re.compile(r"[.!?;:“\"‘«\n]")
ABBREVIATIONS = frozenset({"u.s.", "u.k.", "u.n.", "maj.", "gen.", "col.", "lt.", "capt.", "adm.",
                           "sgt.", "sen.", "rep.", "gov.", "prof.", "dr.", "mr.", "mrs.", "ms.",
                           "jr.", "sr.", "st.", "co.", "corp.", "inc.", "ltd.", "jl.", "kab.", "no.",
                           "a.m.", "p.m.", "a.k.a."})
MAX_PHRASE = 6


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
    org_cues: frozenset[str] = frozenset()
    sports_titles: frozenset[str] = frozenset()
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
    name_prefixes: frozenset[tuple[str, ...]] = frozenset()  # "Lalu", "La Ode" (NAME_PREFIXES, as written)
    name_prefix_compounds: frozenset[tuple[str, str]] = frozenset()  # but "Lalu Lintas"
    name_prefix_starts: frozenset[str] = frozenset()  # their first words (a quick test per token)
    title_units: frozenset[tuple[str, ...]] = frozenset()  # units a title runs through ("kepala bagian ...")
    title_abbrev: dict[str, str] = field(default_factory=dict)
    alias_re: re.Pattern | None = None
    person_names: frozenset[str] = frozenset()  # given and family names, as written
    countries: frozenset[str] = frozenset()  # country names (those with a capital), as written

    def person_name(self, word: str) -> bool:
        """Is `word` a known given or family name (and no place, organisation or title)?"""
        return word in self.person_names

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
        lex.countries = countries(p.place_table())
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
    lex.org_cues = frozenset(getattr(t, "ORG_CUES_BEFORE", ()))
    lex.sports_titles = frozenset(getattr(t, "SPORTS_TITLES", ()))
    lex.locatives = frozenset(t.LOCATIVES)
    lex.place_cues = frozenset(t.PLACE_CUES_BEFORE)
    lex.conjunctions = frozenset(t.LIST_CONJUNCTIONS)
    lex.diplomatic = frozenset(t.DIPLOMATIC_WORDS)
    lex.branch_words = frozenset(getattr(t, "BRANCH_WORDS", ()))
    lex.regional = frozenset(t.REGIONAL_TITLES)
    lex.facility_places = frozenset(getattr(t, "FACILITY_PLACE_HEADS", ()))
    lex.title_units = frozenset(tuple(u.split()) for u in getattr(t, "TITLE_UNITS", ()))
    lex.name_prefixes = frozenset(tuple(x.split()) for x in getattr(t, "NAME_PREFIXES", ()))
    lex.name_prefix_starts = frozenset(p[0] for p in lex.name_prefixes)
    lex.name_prefix_compounds = frozenset(tuple(c.split()) for c in getattr(t, "NAME_PREFIX_COMPOUNDS", ()))
    lex.title_abbrev = dict(t.TITLE_ABBREVIATIONS)
    lex.person_names = person_names()
    cues = "|".join(re.escape(c) for c in sorted(t.ALIAS_CUES, key=len, reverse=True))
    name = r"[A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*|of|dan|and))*"
    lex.alias_re = re.compile(rf"(?P<x>{name}),?\s+(?:{cues})\s+(?P<y>{name})")
    return lex


def countries(table: dict) -> frozenset[str]:
    """Canonical names of the countries in a place table (pycountry's, and those with a capital)."""
    import pycountry

    out = {pl.capital_of for pl in table.values() if pl.capital_of}
    for c in pycountry.countries:
        pl = table.get(c.name.lower())
        if pl is not None and pl.type == "GPE":
            out.add(pl.name)
    return frozenset(out)


@cache
def person_names() -> frozenset[str]:
    """Person-name words of every language warta knows (news names people of everywhere)."""
    names: set[str] = set()
    for code in ("id", "en"):
        names.update(read_list(f"warta.lang.{code}", "person_names.txt"))
    return frozenset(names)


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
