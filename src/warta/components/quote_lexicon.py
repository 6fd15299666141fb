"""Compiled reporting knowledge for the quote and claim components, one `Lexicon` per language.

All language knowledge comes from `lang/<code>/reporting.py`; this module turns its lists into
regular expressions and sets once per language, and holds the shared text patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from warta.lang import get_resources
from warta.lang.base import read_list

TOKEN = re.compile(r"\([^()\s]{1,12}\)|[^\s,;:()“”\"‘’«»]+")
WORD = re.compile(r"\w+")


def _alt(words) -> str:
    """Regex alternation of `words` as a prefix trie (one branch per next character, so the regex
    engine does not try every word at every position), longest match first, spaces matching any
    whitespace. Matching is the same as a plain longest-first alternation."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(child)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here; a longer one is tried first (greedy, backtracking)
        return "(?:" + body + ")?"
    return body


@dataclass
class Lexicon:
    """Compiled reporting knowledge for one language (built once per language)."""

    lang: str
    verb_stance: dict[str, str]
    verb_re: re.Pattern
    post_re: re.Pattern  # postposed cue word at a position
    according_re: re.Pattern
    relay_re: re.Pattern
    comp_re: re.Pattern
    cont_re: re.Pattern
    stance_res: list[tuple[str, re.Pattern]]
    hedge_re: re.Pattern
    pronouns: frozenset[str]
    first_person: frozenset[str]
    demonstratives: frozenset[str]
    epithet_articles: frozenset[str]
    anon_re: re.Pattern
    stopwords: frozenset[str]
    adverbs: frozenset[str]
    connectors: frozenset[str]
    anaphoric: tuple[str, ...]
    non_relays: frozenset[str]
    document_re: re.Pattern
    post_cues: frozenset[str]
    needs_comp: frozenset[str]
    joints: frozenset[str]
    object_verbs: frozenset[str]
    abbreviations: frozenset[str]
    articles: frozenset[str]
    auxiliaries: frozenset[str]
    date_words: frozenset[str]
    lead_adjunct_re: re.Pattern
    noun_objects: frozenset[str] = frozenset()
    inverted_re: re.Pattern | None = None  # sentence-opening cue before its speaker ("Kata dia, …")
    refusals: frozenset[str] = frozenset()
    assertion_denials: frozenset[str] = frozenset()  # deny only an assertion (ASSERTION_DENIALS)
    assertion_objects: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()  # "tahun ini": a time adverbial, not a noun object
    number_words: frozenset[str] = frozenset()  # "tujuh assist musim ini": a counted noun object
    pronoun_genders: dict[str, str] = field(default_factory=dict)  # "she" -> "F"
    name_genders: dict[str, str] = field(default_factory=dict)  # given name -> "F" / "M"
    openers: frozenset[str] = frozenset()
    fronted: frozenset[str] = frozenset()
    body_pronouns: frozenset[str] = frozenset()
    # "yang akrab disapa Kang Deden itu (juga)": a relative clause a demonstrative closes before the verb
    relative_epithet_re: re.Pattern = re.compile("(?!)")
    epithets: frozenset[str] = frozenset()
    verb_form_re: re.Pattern | None = None
    negations: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    hearer_preps: frozenset[str] = frozenset()
    unnamed_heads: frozenset[str] = frozenset()
    body_words: frozenset[str] = frozenset()
    affiliation_re: re.Pattern | None = None  # "of"/"dari" between a person and their body
    outlet_re: re.Pattern | None = None  # a news outlet's name or a medium's word in a hearer phrase
    # demonstratives that follow their noun ("politikus itu"): NOUN_FINAL_DEMONSTRATIVES
    noun_closers: frozenset[str] = frozenset()
    # sentence-opening connectives, as word tuples ("lebih lanjut"): DISCOURSE_OPENERS
    discourse_openers: tuple[tuple[str, ...], ...] = ()
    possessives: frozenset[str] = frozenset()  # "its", "his": a subject's determiner
    res: object = None


def _abbreviations(lang: str) -> frozenset[str]:
    """Abbreviations that do not end a sentence ("Gen.", "U.S."), from the language's list."""
    try:
        entries = read_list(f"warta.lang.{lang}", "abbreviations.txt")
    except (FileNotFoundError, ModuleNotFoundError):
        return frozenset()
    return frozenset(x.lower() for x in entries if not x.endswith("*"))


def _name_genders(lang: str) -> dict[str, str]:
    """Given name -> "F"/"M" (warta.lang.<lang>/name_genders.txt), for gendered pronouns."""
    try:
        entries = read_list(f"warta.lang.{lang}", "name_genders.txt")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    return dict(line.split("\t", 1) for line in entries if "\t" in line)


def _outlet_re(names, words, w: str, e: str) -> re.Pattern:
    """Outlet names (case as written) or media words (any case)."""
    parts = []
    if names:
        parts.append(w + "(?:" + _alt(names) + ")" + e)
    if words:
        parts.append(w + "(?i:" + _alt(words) + ")" + e)
    return re.compile("|".join(parts) or "(?!)")


@cache
def lexicon(lang: str) -> Lexicon | None:
    """The compiled reporting lexicon for a language code, or None without resources."""
    res = get_resources(lang)
    rep = getattr(res, "reporting", None) if res else None
    if rep is None or not hasattr(rep, "REPORTING_VERBS"):
        return None
    verb_stance = {}
    for stance, verbs in rep.REPORTING_VERBS.items():
        for v in verbs:
            verb_stance[" ".join(v.lower().split())] = stance
    w = r"(?<![\w\-–])"
    e = r"(?![\w\-–])"
    stance_res = [(s, re.compile(w + "(?:" + _alt(ph) + ")" + e, re.I))
                  for s, ph in rep.STANCE_PHRASES.items() if ph]
    return Lexicon(
        lang=lang,
        verb_stance=verb_stance,
        verb_re=re.compile(w + "(" + _alt(verb_stance) + ")(nya)?" + e, re.I),
        post_re=re.compile(w + "(" + _alt(rep.POSTPOSED_CUES) + ")" + e, re.I),
        according_re=re.compile(w + "(" + _alt(rep.ACCORDING_TO) + ")" + e, re.I),
        relay_re=re.compile(w + "(" + _alt(rep.RELAY_FRAMES) + ")" + e, re.I),
        comp_re=re.compile(w + "(" + _alt(rep.COMPLEMENTIZERS) + ")" + e, re.I),
        cont_re=re.compile(r",\s*(" + _alt(rep.CONTINUATION_CUES) + ")" + e + r"(?:\s+(?:"
                           + _alt(rep.COMPLEMENTIZERS) + ")" + e + ")?", re.I),
        stance_res=stance_res,
        hedge_re=re.compile(w + "(?:" + _alt(rep.HEDGES) + ")" + e, re.I),
        pronouns=frozenset(rep.SPEAKER_PRONOUNS),
        first_person=frozenset(rep.FIRST_PERSON),
        demonstratives=frozenset(rep.DEMONSTRATIVES),
        epithet_articles=frozenset(getattr(rep, "EPITHET_ARTICLES", ())),
        anon_re=re.compile(r"(?:" + _alt(rep.ANONYMOUS_HEADS) + ")" + e + r"\s*", re.I),
        stopwords=frozenset(rep.SPEAKER_STOPWORDS),
        adverbs=frozenset(rep.ADVERBS),
        connectors=frozenset(rep.NAME_CONNECTORS),
        anaphoric=tuple(rep.ANAPHORIC_OBJECTS),
        non_relays=frozenset(x.lower() for x in rep.NON_RELAYS),
        document_re=re.compile(r"(?:" + _alt(rep.DOCUMENT_NOUNS) + ")" + e, re.I),
        post_cues=frozenset(c.lower() for c in rep.POSTPOSED_CUES),
        needs_comp=frozenset(getattr(rep, "NEEDS_COMPLEMENTIZER", ())),
        joints=frozenset(rep.CLAUSE_JOINTS),
        object_verbs=frozenset(getattr(rep, "OBJECT_VERBS", ())),
        abbreviations=_abbreviations(lang),
        articles=frozenset(getattr(rep, "ARTICLES", ())),
        auxiliaries=frozenset(getattr(rep, "AUXILIARIES", ())),
        date_words=frozenset(w.lower() for w in getattr(rep, "DATE_WORDS", ())),
        lead_adjunct_re=re.compile(r"\s*(?:" + "|".join(getattr(rep, "LEAD_ADJUNCTS", ()) or ["(?!)"]) + r")"
                                   + e + r"[\s,]*", re.I),
        noun_objects=frozenset(getattr(rep, "NOUN_OBJECTS", ())),
        inverted_re=re.compile(w + "(" + _alt(rep.INVERTED_CUES) + ")" + e, re.I)
        if getattr(rep, "INVERTED_CUES", ()) else None,
        refusals=frozenset(getattr(rep, "REFUSALS", ())),
        assertion_denials=frozenset(getattr(rep, "ASSERTION_DENIALS", ())),
        assertion_objects=frozenset(getattr(rep, "ASSERTION_OBJECTS", ())),
        time_nouns=frozenset(getattr(rep, "TIME_NOUNS", ())),
        number_words=frozenset(getattr(getattr(res, "numbers", None), "NUMBER_WORDS", {})),
        pronoun_genders=dict(getattr(rep, "PRONOUN_GENDERS", {})),
        name_genders=_name_genders(lang) if getattr(rep, "PRONOUN_GENDERS", None) else {},
        openers=frozenset(getattr(rep, "ATTRIBUTION_OPENERS", ())),
        fronted=frozenset(getattr(rep, "FRONTED_PREPOSITIONS", ())),
        body_pronouns=frozenset(getattr(rep, "BODY_PRONOUNS", ())),
        relative_epithet_re=re.compile(
            r"\s+(?:" + _alt(rep.RELATIVE_PRONOUNS) + r")\b[^.;:!?\"“”]{0,80}\b(?:" + _alt(rep.DEMONSTRATIVES)
            + r")(?:\s+(?:" + _alt(rep.ADVERBS) + r"))?\s*$", re.I)
        if getattr(rep, "RELATIVE_PRONOUNS", ()) else re.compile("(?!)"),
        epithets=frozenset(getattr(rep, "PERSON_EPITHETS", ())),
        verb_form_re=re.compile(getattr(rep, "VERB_FORM_PATTERN", "(?!)")),
        negations=frozenset(getattr(rep, "NEGATIONS", ())),
        coordinators=frozenset(getattr(rep, "COORDINATORS", ())),
        hearer_preps=frozenset(getattr(rep, "HEARER_PREPS", ())),
        unnamed_heads=frozenset(getattr(rep, "UNNAMED_PERSON_HEADS", ())),
        body_words=frozenset(getattr(rep, "BODY_WORDS", ())),
        affiliation_re=re.compile(r"\s+(?:" + _alt(getattr(rep, "AFFILIATIONS", ()) or ["(?!)"]) + r")\s+", re.I),
        outlet_re=_outlet_re(getattr(rep, "NEWS_OUTLETS", ()), getattr(rep, "MEDIA_WORDS", ()), w, e),
        noun_closers=frozenset(getattr(rep, "NOUN_FINAL_DEMONSTRATIVES", ())),
        discourse_openers=tuple(tuple(o.split()) for o in getattr(rep, "DISCOURSE_OPENERS", ())),
        possessives=frozenset(getattr(rep, "POSSESSIVE_DETERMINERS", ())),
        res=rep,
    )
