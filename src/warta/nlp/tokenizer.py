"""Lean news tokenizer: a handful of affix rules and the language's abbreviations.

spaCy's stock Indonesian tokenizer carries ~16,000 special cases (mostly reduplicated words
such as "mata-mata") and spends most of a bare pass on them. News text needs far less: keep
numbers, dates, ranges and hyphenated words whole, split quotes, dashes and punctuation off,
and keep abbreviations ("Jl.", "U.S.", "Maj.") with their period so that the sentence
splitter does not end a sentence there.
"""

from __future__ import annotations

import re
from functools import cache

from spacy import registry
from spacy.lang.tokenizer_exceptions import URL_MATCH
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from warta.lang.base import get_resources, read_list

# Opening marks, dashes and currency signs glued to the start of a word: “Ada, (23/10),
# "$1.5", "Rp1,2" -> "Rp" + "1,2", "US$5".
PREFIX_RE = re.compile(
    r"""^(?:[(\[{"'“‘«„‚‹<*•#]|…|\.{2,}|[—–]|-{2,}"""
    r"""|(?:US|S|A|C|HK|NZ|R)?\$|[€£¥₩₹₺₱฿]|(?:Rp\.?|RM|IDR|USD|EUR|KRW|Rs\.?)(?=[\d]))"""
)
# Closing marks, punctuation, "%", possessive "'s", and unit or multiplier letters glued to
# digits ("10km", "$45m", "9am"). A final "." is split off unless it closes an abbreviation:
# {period} is filled per language with one fixed-width lookbehind per abbreviation, so that
# "(Dr." or "“Mr." keep their period even when a prefix is stripped in the same step.
SUFFIX_TEMPLATE = (
    r"""(?:[)\]}}"'”’»›>*,;:!?]|…|\.{{2,3}}|{period}|[—–]|-{{2,}}|%|‰|(?<=\w)['’][sS]"""
    r"""|(?<=\d)(?:km|kg|cm|mm|m|ha|bn|mn|tn|k|jt|rb|MW|GW|kWh|mph|am|pm|a\.m\.|p\.m\.|T|M|B))$"""
)
# Splits inside a chunk: dashes between words (not digit–digit ranges), glued quotes, commas
# and slashes that are not inside numbers or dates ("Rp17.000/liter" -> "/" + "liter").
INFIX_RE = re.compile(
    r"""(?<=[^\d\s])[—–](?=\S)|(?<=\S)[—–](?=[^\d\s])|-{2,}|\.{3}|…"""
    r"""|(?<=\S)["“”«»„](?=\S)"""
    r"""|(?<=[^\d\s]),(?=\S)|(?<=\S),(?=[^\d\s])"""
    r"""|(?<=[^\d\s])/(?=\S)|(?<=\S)/(?=[^\d\s])"""
    r"""|(?<=[^\W\d_]):(?=[^\W\d_])"""
)
# Whole tokens: numbers in either digit convention ("1.500", "1,5", "1,392.2"), dates and
# fractions ("23/10/2024"), clock times ("14:05"), ranges and scores ("10-15", "2-1"), and
# hyphenated words ("mata-mata", "Tae-yong", "Euro-Atlantik", "ke-3", "25-basis-point").
TOKEN_RE = (
    r"[+\-−]?\d+(?:[.,]\d+)*"
    r"|\d{1,4}(?:/\d{1,4})+"
    r"|\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d+(?:[.,]\d+)*[-–]\d+(?:[.,]\d+)*"
    r"|[^\W_]+(?:-[^\W_]+)+"
    r"|(?:[A-Z]\.)+"  # initials: "S.", "J.K."
)


@cache
def abbreviations(lang: str) -> dict[str, bool]:
    """Abbreviations for a language -> whether they may also end a sentence ("Inc." *)."""
    code = lang if get_resources(lang) is not None else "en"
    out: dict[str, bool] = {}
    for line in read_list(f"warta.lang.{code}", "abbreviations.txt"):
        word, _, mark = line.partition(" ")
        out[word] = mark.strip() == "*"
    return out


def make_news_tokenizer(nlp: Language) -> Tokenizer:
    """A spaCy Tokenizer with warta's news rules for `nlp.lang` (other languages get the
    English abbreviations)."""
    abbrevs = abbreviations(nlp.lang)
    # The lookbehinds come after the "." so that they are only tried at a final period.
    guards = "".join(f"(?<!\\b{re.escape(a)})" for a in sorted(abbrevs) if a.endswith("."))
    suffix_re = re.compile(SUFFIX_TEMPLATE.format(period=r"\." + guards + r"(?<!\b[A-Z]\.)"))
    token_match = re.compile(
        r"^(?:" + TOKEN_RE + "|" + "|".join(re.escape(a) for a in sorted(abbrevs, key=len, reverse=True))
        + r")$"
    ).match
    return Tokenizer(
        nlp.vocab,
        # Abbreviations are whole tokens through `token_match`, not special-case rules: rules
        # ending in "." also feed spaCy's final special-case Matcher pass, which made the
        # English pass ~10x slower.
        rules={},
        prefix_search=PREFIX_RE.search,
        suffix_search=suffix_re.search,
        infix_finditer=INFIX_RE.finditer,
        token_match=token_match,
        url_match=URL_MATCH,
    )


@registry.tokenizers("warta.news_tokenizer.v1")
def create_news_tokenizer():
    """The news tokenizer as a spaCy registry entry, so that `spacy.blank(lang, config=...)`
    builds it directly instead of first building the stock tokenizer (spaCy's Indonesian one
    loads ~16,000 special cases, seconds of start-up) and throwing it away."""
    return make_news_tokenizer
