#!/usr/bin/env python
"""Train small static word vectors for warta's Indonesian NER from MIT/Apache text only.

    python scripts/ner_vectors.py DATA_DIR OUT.txt [--dim 64] [--rows 15000]

Text (lowercased tokens, one sentence a line): the kumparan POS corpus (MIT), IndoNLU POSP
train (Apache-2.0; the NERP sentences), and the train splits of NERGrit (Apache-2.0) and
idner-news-2k (MIT). No test or dev split, and no CC BY-SA text (UD, IndoSum), is read.
Writes word2vec text format (the `rows` most frequent words) for `spacy init vectors`.
Deterministic: one worker thread, a fixed seed and PYTHONHASHSEED=0 (set by train_ner.sh).
Needs gensim (a training dependency, `pip install -e .[train]`; warta never imports it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_data import read_conll, read_corpus  # noqa: E402


def sentences(data: Path) -> list[list[str]]:
    out = []
    for path in (data / "nlpid-postag-kumparan" / "dataset_postag.txt",
                 data / "indonlu-posp" / "train_preprocess.txt"):
        out += [[t.lower() for t in toks] for toks, _ in read_conll(path)]
    for corpus in ("nergrit", "idner"):
        out += [[t.lower() for t in toks] for toks, _ in read_corpus(data, corpus, "train")]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--rows", type=int, default=15000)
    ap.add_argument("--epochs", type=int, default=10)
    args = ap.parse_args(argv)
    from gensim.models import Word2Vec

    sents = sentences(args.data)
    print(f"{len(sents)} sentences, {sum(map(len, sents))} tokens")
    w2v = Word2Vec(sents, vector_size=args.dim, window=5, min_count=3, sg=1, negative=10,
                   epochs=args.epochs, workers=1, seed=7)
    words = w2v.wv.index_to_key[:args.rows]  # most frequent first
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write(f"{len(words)} {args.dim}\n")
        for w in words:
            fh.write(w + " " + " ".join(f"{x:.5f}" for x in w2v.wv[w]) + "\n")
    print(f"{len(words)} vectors of {args.dim} written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
