#!/usr/bin/env python
"""Convert the train and dev splits of the Indonesian NER corpora to spaCy DocBin files.

    python scripts/ner_to_spacy.py DATA_DIR OUT_DIR [--final] [--crossner]

DATA_DIR: ../shared/data. Writes OUT_DIR/train.spacy (NERGrit train, idner-news-2k train) and
OUT_DIR/dev.spacy (NERGrit valid, idner-news-2k dev). --final adds the dev splits to the
training set too (the shipped model: its epochs were chosen on a run without them);
--crossner adds IDCrossNER politics train+dev (translated Wikipedia; its election/event/misc
types are left unlabelled). Test splits are never read here: they give the reported scores
(bench/bench_ner.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_data import read_corpus  # noqa: E402

TRAIN = (("nergrit", "train"), ("idner", "train"))
DEV = (("nergrit", "dev"), ("idner", "dev"))
CROSSNER = (("crossner", "train"), ("crossner", "dev"))


def docbin(nlp, data: str, parts) -> tuple[DocBin, int]:
    db, n = DocBin(store_user_data=False), 0
    for corpus, split in parts:
        for toks, spans in read_corpus(data, corpus, split):
            doc = Doc(nlp.vocab, words=toks)
            doc.ents = [Span(doc, i, j, label=lab) for i, j, lab in spans]
            db.add(doc)
            n += 1
    return db, n


def main(argv: list[str]) -> int:
    flags = {a for a in argv if a.startswith("--")}
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2 or flags - {"--final", "--crossner"}:
        print(__doc__, file=sys.stderr)
        return 2
    data, out = args
    Path(out).mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("id")
    train = TRAIN + (DEV if "--final" in flags else ()) + (CROSSNER if "--crossner" in flags else ())
    for name, parts in (("train", train), ("dev", DEV)):
        db, n = docbin(nlp, data, parts)
        db.to_disk(Path(out) / f"{name}.spacy")
        print(f"{name}: {n} sentences")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
