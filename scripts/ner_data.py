"""Read the Indonesian NER corpora warta trains and scores its entity model on, in one label set.

    from ner_data import read_corpus
    sents = read_corpus("/path/to/shared/data", "nergrit", "test")   # [(tokens, [(i, j, label)])]

Corpora (folder names as in ../shared/data; never read when warta runs):
  nergrit   indonlu-nergrit/{train,valid,test}_preprocess.txt   token<TAB>IOB  PERSON/PLACE/ORGANISATION
  idner     idner-news-2k/{train,dev,test}.txt                  token POS IOB  PER/ORG/LOC
  crossner  idcrossner-politics/{train,dev,test}.txt            token<TAB>IOB  9 political types

Labels are PERSON, ORG, GPE, LOC. A corpus's undivided place label (NERGrit PLACE, idner LOC,
CrossNER location) becomes GPE or LOC by warta's own gazetteer: a known place keeps its
gazetteer type, a place prefix ("Kabupaten", "Sungai") gives its type, anything else is GPE
(settlements and regions are most of the places in news). For scoring, GPE and LOC are one class.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

SPLITS = {
    "nergrit": ("indonlu-nergrit", {"train": "train_preprocess.txt", "dev": "valid_preprocess.txt",
                                    "test": "test_preprocess.txt"}),
    "idner": ("idner-news-2k", {"train": "train.txt", "dev": "dev.txt", "test": "test.txt"}),
    "crossner": ("idcrossner-politics", {"train": "train.txt", "dev": "dev.txt",
                                         "test": "test.txt"}),
}
LABEL_MAP = {
    "PERSON": "PERSON", "PER": "PERSON", "person": "PERSON", "politician": "PERSON",
    "ORGANISATION": "ORG", "ORG": "ORG", "organisation": "ORG", "politicalparty": "ORG",
    "country": "GPE",
    "PLACE": "PLACE", "LOC": "PLACE", "location": "PLACE",
}

Span = tuple[int, int, str]


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """(tokens, IOB tags) per sentence; the tag is the last column, the token the first."""
    sents, toks, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split("\t") if "\t" in line else line.strip().split()
        if not parts or not parts[0]:
            if toks:
                sents.append((toks, tags))
            toks, tags = [], []
            continue
        toks.append(parts[0])
        tags.append(parts[-1] if len(parts) > 1 else "O")
    if toks:
        sents.append((toks, tags))
    return sents


def iob_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token spans [i, j) with the corpus's own type; a stray I- starts a span."""
    spans, start, kind = [], None, None
    for k, tag in enumerate([*tags, "O"]):
        head, _, typ = tag.partition("-")
        typ = typ.rstrip("s") if typ.endswith("elections") else typ
        if head in ("B", "Bs") or head != "I" or typ != kind:
            if start is not None:
                spans.append((start, k, kind))
            start, kind = (k, typ) if head in ("B", "Bs", "I") else (None, None)
    return spans


@cache
def _lexicon():
    from warta.components.gazetteer import lexicon, tokenize

    return lexicon("id"), tokenize


def place_type(text: str) -> str:
    """GPE or LOC for a place name, by warta's gazetteer and place prefixes."""
    lex, tokenize = _lexicon()
    toks = tokenize(text)
    if not toks:
        return "GPE"
    n, _kind, payload = lex.lookup(toks, 0, len(toks), ("place",))
    if n == len(toks) and payload is not None:
        return getattr(payload, "type", "GPE")
    n, _kind, typ = lex.lookup(toks, 0, len(toks), ("prefix",))
    if n and n < len(toks) and typ in ("GPE", "LOC"):
        return typ
    return "GPE"


def read_corpus(data: str | Path, corpus: str, split: str) -> list[tuple[list[str], list[Span]]]:
    """Sentences of one split as (tokens, [(i, j, label)]) in warta's label set."""
    folder, files = SPLITS[corpus]
    out = []
    for toks, tags in read_conll(Path(data) / folder / files[split]):
        spans = []
        for i, j, typ in iob_spans(tags):
            label = LABEL_MAP.get(typ)
            if label == "PLACE":
                label = place_type(" ".join(toks[i:j]))
            if label:
                spans.append((i, j, label))
        out.append((toks, spans))
    return out


def char_spans(toks: list[str], spans: list[Span]) -> tuple[str, list[tuple[int, int, str]]]:
    """The sentence joined with single spaces, and the spans as character offsets in it."""
    starts, pos = [], 0
    for t in toks:
        starts.append(pos)
        pos += len(t) + 1
    text = " ".join(toks)
    return text, [(starts[i], starts[j - 1] + len(toks[j - 1]), lab) for i, j, lab in spans]
