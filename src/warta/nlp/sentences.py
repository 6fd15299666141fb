"""Rule-based sentence splitter for news text (the "warta_sentences" component).

Rules, all found with regexes over `doc.text` so that the cost grows with the number of
sentences, not tokens:
- a newline always ends a sentence (paragraphs are one per line); whitespace tokens, such as
  the runs of spaces left where boilerplate was blanked, stay with the sentence before them
  (or the first sentence) instead of becoming sentences of their own;
- ". ! ? …" end a sentence when they stand as their own token (so not inside "1.500" or
  after an abbreviation the tokenizer kept whole, "Jl.", "U.S.") and the next word does not
  start with a lowercase letter;
- closing quotes and brackets after the mark stay in the sentence: `signifikan.” kata Yoon`
  is one sentence (the attribution follows in lowercase), `informasi.” Lalu` is two.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from warta.nlp.annotations import doc_text
from warta.nlp.tokenizer import abbreviations

# A sentence-ending mark, optional closing quotes/brackets, then spaces on the same line and
# the first character of the next word.
TERMINAL_RE = re.compile(r"""(\.\.\.|[.!?…]+)[”’"'»)\]]*[^\S\n]+(?=(\S))""")
# A newline, and any whitespace after it, up to the next word.
NEWLINE_RE = re.compile(r"\n\s*(?=\S)")
NOT_START = numpy.uint64(2**64 - 1)  # SENT_START = -1, as spaCy stores it


@Language.factory("warta_sentences", assigns=["token.is_sent_start"])
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(name, lang=nlp.lang)


class SentenceSplitter:
    """Sets `token.is_sent_start` on every token from newline and punctuation rules."""

    def __init__(self, name: str = "warta_sentences", *, lang: str = "xx") -> None:
        self.name = name
        # Abbreviations that may also end a sentence ("Inc.", "dll.") when a capital follows.
        self.final_abbrevs = frozenset(a for a, final in abbreviations(lang).items() if final)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        sent_start = numpy.full(n, NOT_START, dtype=numpy.uint64)
        sent_start[0] = 1
        starts = self.sentence_starts(doc)
        if starts:
            sent_start[starts] = 1
        doc.from_array([SENT_START], sent_start.reshape(n, 1))
        return doc

    def sentence_starts(self, doc: Doc) -> list[int]:
        """Indexes of the tokens that start a sentence after the first one."""
        text = doc_text(doc)
        idx = doc.to_array(IDX).astype(numpy.int64)
        chars: list[int] = [m.end() for m in NEWLINE_RE.finditer(text)]
        for m in TERMINAL_RE.finditer(text):
            if m.group(2).islower():
                continue  # "signifikan.” kata Yoon", "etc. and"
            mark = m.start(1)
            i = int(numpy.searchsorted(idx, mark, side="right")) - 1
            if idx[i] != mark:  # the mark is inside a longer token: an abbreviation
                tok = doc[i].text
                if tok not in self.final_abbrevs or not m.group(2).isupper():
                    continue
            chars.append(m.end())
        if not chars:
            return []
        chars.sort()
        toks = numpy.searchsorted(idx, chars)
        first_word = _first_word_char(text)
        out = []
        for c, t in zip(chars, toks.tolist(), strict=True):
            if t < len(idx) and idx[t] == c and c > first_word:
                out.append(t)
        return out


def _first_word_char(text: str) -> int:
    """Offset of the first non-space character (leading whitespace joins the first sentence)."""
    return len(text) - len(text.lstrip())
