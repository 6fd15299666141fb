#!/usr/bin/env python
"""Count the quote speakers warta gives on real Indonesian articles that cannot be speakers.

    python scripts/speaker_shapes.py ARTICLES.jsonl [--n 200] [--sample 50] [--seed 8] [--out F]

ARTICLES.jsonl: one {"id", "text"} object a line (../shared/data/indosum-real/articles.jsonl;
read here only, never by warta). The first --n articles are extracted; every quote speaker is
put in one shape: weekday, month, venue, event, pronoun, clause (a long phrase), bare common
noun (every word written in lowercase somewhere in the article: "Polisi", "Sumber"), or name
(with or without an entity behind it). --sample writes that many random attributions (seeded)
with their sentence to --out for hand-checking. Word lists come from warta.lang.id.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter

from warta.extraction import extract
from warta.lang.id import dates, titles


def shape(speaker: str | None, speaker_id: str | None, lower: set[str] = frozenset()) -> str:
    if not speaker:
        return "none"
    words = re.findall(r"[\w'’-]+", speaker)
    low = [w.lower() for w in words]
    if not low:
        return "none"
    if all(w in dates.DAYS for w in low):
        return "weekday"
    if all(w in dates.MONTHS for w in low):
        return "month"
    if low[0] in titles.VENUE_HEADS:
        return "venue"
    if low[0] in titles.EVENT_HEADS:
        return "event"
    if len(low) == 1 and low[0] in titles.SPEAKER_PRONOUNS or low[0] in ("pihak",):
        return "pronoun"
    if len(words) > 5 and sum(w[:1].islower() for w in words) > 2:
        return "clause"
    if all(w.lower() in lower for w in words if len(w) > 1):
        return "common noun"  # every word is written in lowercase somewhere: "Polisi", "Sumber"
    return "name" if speaker_id else "name, no entity"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--out", default="-")
    args = ap.parse_args(argv)
    shapes: Counter = Counter()
    examples: dict[str, list[str]] = {}
    rows = []
    with open(args.articles, encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k >= args.n:
                break
            art = json.loads(line)
            a = extract(art["text"], lang="id")
            lower = set(re.findall(r"(?<![\w-])[a-z][\w'’-]*", a.text))
            for q in a.quotes:
                s = shape(q.speaker, q.speaker_id, lower)
                shapes[s] += 1
                examples.setdefault(s, []).append(q.speaker or "")
                ctx = a.text[max(0, q.span[0] - 150):q.span[1] + 150].replace("\n", " ")
                rows.append({"article": art["id"], "speaker": q.speaker, "cue": q.cue,
                             "via": q.via, "quote": q.text[:160], "context": ctx})
    total = sum(shapes.values())
    print(f"{args.n} articles, {total} quotes")
    for s, n in shapes.most_common():
        print(f"  {s:12s} {n:5d}  {Counter(examples[s]).most_common(6) if not s.startswith('name') else ''}")
    if args.sample:
        rng = random.Random(args.seed)
        pick = rng.sample(rows, min(args.sample, len(rows)))
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in pick)
        if args.out == "-":
            sys.stdout.write(lines)
        else:
            with open(args.out, "w", encoding="utf-8") as fh:
                fh.write(lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
