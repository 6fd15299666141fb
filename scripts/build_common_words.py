"""Build `src/warta/lang/{id,en}/common_words.txt`: how common each frequent word is in news text.

Story clustering (warta.corpus.stories) weighs words by how rare they are among the stored
articles; in a store of a handful of articles those counts say little ("said" and "strike" are
both in two of three), so each word also counts as if seen in PRIOR_DOCS background articles at
the share given here. Only the share of documents a word appears in is kept (words of 4+ letters,
share >= 2 %), no text.

    python scripts/build_common_words.py --data /path/to/data [--check]

DIR holds `nlpid-postag-kumparan/dataset_postag.txt` (Indonesian, MIT: sentences grouped 25 at a
time into pseudo-articles) and `scrapinghub-aeb/ground-truth.json` (English article bodies, MIT).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)  # as warta.corpus.stories reads words
MIN_SHARE = 0.02
SENTENCES_PER_DOC = 25
OUT = Path(__file__).resolve().parent.parent / "src" / "warta" / "lang"


def kumparan_docs(path: Path):
    sentences, words = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sentences.append(" ".join(words))
                words = []
            continue
        words.append(line.split("\t")[0])
    if words:
        sentences.append(" ".join(words))
    for i in range(0, len(sentences), SENTENCES_PER_DOC):
        yield " ".join(sentences[i:i + SENTENCES_PER_DOC])


def aeb_docs(path: Path):
    for rec in json.loads(path.read_text(encoding="utf-8")).values():
        body = rec.get("articleBody") or ""
        if len(body) > 500:
            yield body


def table(docs) -> str:
    df: Counter = Counter()
    n = 0
    for text in docs:
        n += 1
        df.update(set(WORD.findall(text.lower())))
    rows = sorted(((w, c / n) for w, c in df.items() if c / n >= MIN_SHARE), key=lambda x: (-x[1], x[0]))
    head = f"# word<TAB>share of documents it appears in ({n} documents); scripts/build_common_words.py\n"
    return head + "".join(f"{w}\t{s:.3f}\n" for w, s in rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, type=Path)
    ap.add_argument("--check", action="store_true", help="report whether the shipped files differ")
    args = ap.parse_args()
    built = {"id": table(kumparan_docs(args.data / "nlpid-postag-kumparan" / "dataset_postag.txt")),
             "en": table(aeb_docs(args.data / "scrapinghub-aeb" / "ground-truth.json"))}
    for code, text in built.items():
        path = OUT / code / "common_words.txt"
        if args.check:
            same = path.exists() and path.read_text(encoding="utf-8") == text
            print(f"{path}: {'up to date' if same else 'differs'}")
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{path}: {text.count(chr(10)) - 1} words")


if __name__ == "__main__":
    main()
