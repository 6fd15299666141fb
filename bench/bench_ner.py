"""Score warta's Indonesian entity output on the NER test sets: exact typed F1.

Usage:
    python bench/bench_ner.py DATA_DIR [--corpus nergrit idner] [--ner model rules] [--model-alone]
                                       [--split test]

DATA_DIR holds indonlu-nergrit/ and idner-news-2k/ (../shared/data; read here only, never by
warta). Each test sentence is joined with single spaces and run through warta's own pipeline
(`warta.extraction.annotate`, the path `warta extract` takes, as one body paragraph); the
entity clusters' name and alias mentions are the predictions. A mention counts when its
characters and type match a gold mention exactly; PERSON and ORG are their own types, GPE and
LOC are one place type (NERGrit PLACE and idner LOC do not split them). `--model-alone` adds a
row for the packaged spaCy model over the gold tokens, without warta's rules.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from ner_data import char_spans, read_corpus  # noqa: E402

from warta.extraction import annotate  # noqa: E402
from warta.options import load_options  # noqa: E402

PLACE = {"GPE": "PLACE", "LOC": "PLACE"}


@dataclass
class Body:
    """The page structure of one test sentence: no headline, one paragraph."""

    paragraphs: list
    title_span: tuple | None = None
    dateline_outlet: str | None = None
    outlet: str | None = None


def score(gold: list[set], pred: list[set]) -> dict:
    tp = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    ng, np_ = sum(map(len, gold)), sum(map(len, pred))
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    by_type = {}
    for t in ("PERSON", "ORG", "PLACE"):
        g = [{x for x in s if x[2] == t} for s in gold]
        q = [{x for x in s if x[2] == t} for s in pred]
        tpt = sum(len(a & b) for a, b in zip(g, q, strict=True))
        ngt, npt = sum(map(len, g)), sum(map(len, q))
        by_type[t] = round(2 * tpt / (ngt + npt), 3) if ngt + npt else 0.0
    return {"f1": round(f, 4), "p": round(p, 4), "r": round(r, 4), "gold": ng, "pred": np_,
            "by_type": by_type}


def warta_entities(text: str, ner: str) -> set:
    doc = annotate(text, Body([(0, len(text))]), "id", options=load_options(ner=ner))
    out = set()
    for c in doc._.warta_entities or []:
        for m in c.mentions:
            if m.kind in ("name", "alias"):
                out.add((m.start, m.end, PLACE.get(c.type, c.type)))
    return out


def model_alone(sents) -> list[set]:
    from spacy.tokens import Doc

    from warta.nlp.ner import _load

    nlp = _load("id")
    out = []
    for toks, _ in sents:
        doc = nlp(Doc(nlp.vocab, words=toks))
        text, spans = char_spans(toks, [(e.start, e.end, e.label_) for e in doc.ents])
        out.append({(s, e, PLACE.get(lab, lab)) for s, e, lab in spans})
    return out


def drop_test_names(data: Path) -> None:
    from warta.components.gazetteer import lexicon

    def words(split: str) -> set[str]:
        out = set()
        for corpus in ("nergrit", "idner"):
            for toks, spans in read_corpus(data, corpus, split):
                out.update(t for i, j, lab in spans if lab == "PERSON" for t in toks[i:j])
        return out

    only_test = words("test") - words("train") - words("dev")
    for lang in ("id", "en"):
        lex = lexicon(lang)
        lex.person_names = frozenset(lex.person_names - only_test)
    print(f"person-name list: {len(only_test)} test-only words removed")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--corpus", nargs="+", default=["nergrit", "idner"])
    ap.add_argument("--ner", nargs="+", default=["model", "rules"])
    ap.add_argument("--split", default="test")
    ap.add_argument("--model-alone", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong mentions")
    ap.add_argument("--without-test-names", action="store_true",
                    help="drop from warta's person-name list the words that only the test splits' "
                         "PERSON spans hold (the list was built from all splits)")
    args = ap.parse_args(argv)
    if args.without_test_names:
        drop_test_names(args.data)
    for corpus in args.corpus:
        sents = read_corpus(args.data, corpus, args.split)
        gold, texts = [], []
        for toks, spans in sents:
            text, cs = char_spans(toks, spans)
            texts.append(text)
            gold.append({(s, e, PLACE.get(lab, lab)) for s, e, lab in cs})
        rows = []
        if args.model_alone:
            rows.append(("model alone", model_alone(sents), 0.0))
        for ner in args.ner:
            t0 = time.perf_counter()
            pred = [warta_entities(t, ner) for t in texts]
            rows.append((f"warta ner={ner}", pred, time.perf_counter() - t0))
        for name, pred, secs in rows:
            s = score(gold, pred)
            print(f"{corpus}/{args.split} {name:18s} F1 {s['f1']:.4f}  P {s['p']:.4f}  R {s['r']:.4f}"
                  f"  gold {s['gold']} pred {s['pred']}  {s['by_type']}"
                  + (f"  {secs:.1f}s" if secs else ""))
            if args.errors:
                errs: Counter = Counter()
                for text, g, p in zip(texts, gold, pred, strict=True):
                    for x in p - g:
                        errs["FP " + text[x[0]:x[1]] + "/" + x[2]] += 1
                    for x in g - p:
                        errs["FN " + text[x[0]:x[1]] + "/" + x[2]] += 1
                for e, n in errs.most_common(args.errors):
                    print(f"   {n:3d} {e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
