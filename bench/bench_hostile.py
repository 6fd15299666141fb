"""Time and memory of `warta.extract` against page size, on hostile pages: one long line of text,
and HTML with very many tags. Reports each size's time as a ratio to the smallest size of its
kind, next to the size ratio: linear stages keep the two close.

Usage:
    python bench/bench_hostile.py [--text-mb 0.5 1 2 4] [--tags 50000 100000 1000000]
                                  [--budget-s 0] [--repeat 1] [--overhead 100]

Pages are built in memory from the example pages' sentences (realistic words, no newline in the
text pages). With --budget-s N each page also runs under a time budget of N seconds, and the
report says whether the budget cut it off and how long the cut-off took. Last, the overhead of
the budget on normal pages: the example pages with the default budget against none. It runs on a
tree from before the budget too (--budget-s 0, --overhead 0), for the baseline figures.
"""

from __future__ import annotations

import argparse
import gc
import re
import resource
import statistics
import sys
import time
from dataclasses import fields
from pathlib import Path

from warta.extraction import extract
from warta.options import ExtractOptions, load_options

try:
    from warta.errors import BudgetExceededError
except ImportError:  # a tree from before the budget: the baseline run

    class BudgetExceededError(Exception):
        pass

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
_SENTENCE_RE = re.compile(r"[^.!?\n]{20,}[.!?]")
_TAG_RE = re.compile(r"<[^>]*>")


def sentences() -> list[str]:
    """Sentences of the bundled example pages (text and HTML), in order."""
    out = []
    for path in sorted(EXAMPLES.iterdir()):
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            raw = _TAG_RE.sub("\n", raw)
        out.extend(s.strip() for s in _SENTENCE_RE.findall(raw))
    return [s for s in out if len(s.split()) >= 5]


def one_line_text(size: int, pool: list[str]) -> str:
    """`size` bytes of sentences on a single line, no newline at all."""
    parts, n, i = [], 0, 0
    while n < size:
        s = pool[i % len(pool)]
        parts.append(s)
        n += len(s.encode("utf-8")) + 1
        i += 1
    return " ".join(parts)


def many_tags(tags: int, pool: list[str]) -> str:
    """An HTML page with about `tags` tags: paragraphs of sentences, every other word in bold."""
    parts = ["<!doctype html><html><head><title>Banjir bandang melanda kota</title></head><body>",
             "<h1>Banjir bandang melanda kota</h1>"]
    n = i = 0
    while n < tags:
        words = pool[i % len(pool)].split()
        parts.append("<p>" + " ".join(f"<b>{w}</b>" if j % 2 else w for j, w in enumerate(words)) + "</p>")
        n += 2 + 2 * (len(words) // 2)
        i += 1
    parts.append("</body></html>")
    return "\n".join(parts)


def run_one(page: str, options) -> tuple[float, str]:
    gc.collect()
    t0 = time.perf_counter()
    try:
        article = extract(page, source="bench", options=options)
        outcome = f"{len(article.paragraphs)} paragraphs, {len(article.entities)} entities"
    except BudgetExceededError as exc:
        outcome = f"cut off: {exc}"
    return time.perf_counter() - t0, outcome


def report(kind: str, sizes: list, build, options, repeat: int, unit: str) -> None:
    pool = sentences()
    first = None
    for size in sizes:
        page = build(size, pool)
        best, outcome = min(run_one(page, options) for _ in range(repeat))
        first = first or (size, best)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{kind:5} {size:>10,}{unit}  {len(page) / 1e6:6.2f} MB  {best:7.2f} s  "
              f"size x{size / first[0]:<5.1f} time x{best / first[1]:<6.1f} peak RSS {rss:6.0f} MB  {outcome}",
              flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--text-mb", type=float, nargs="*", default=[0.5, 1, 2, 4])
    ap.add_argument("--tags", type=int, nargs="*", default=[50_000, 100_000, 1_000_000])
    ap.add_argument("--budget-s", type=float, default=0.0, help="per-page time budget (0: none)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--overhead", type=int, default=100, help="rounds of the budget overhead check (0: skip)")
    args = ap.parse_args(argv)

    options = make_options(time_budget_s=args.budget_s, memory_budget_mb=0)
    for path in sorted(EXAMPLES.iterdir()):  # build every language's pipeline and tables first
        extract(path.read_text(encoding="utf-8"), options=options)
    if args.text_mb:
        report("text", [int(mb * 1_000_000) for mb in args.text_mb], one_line_text, options, args.repeat, " B")
    if args.tags:
        report("html", args.tags, many_tags, options, args.repeat, " tags")
    if args.overhead:
        overhead(args.overhead)
    return 0


def make_options(**values):
    """Options with the given values, leaving out fields this tree does not have."""
    known = {f.name for f in fields(ExtractOptions)}
    return load_options(**{k: v for k, v in values.items() if k in known})


def overhead(rounds: int) -> None:
    """Time of the example pages with the default budget against no budget, page by page, the
    first of each pair alternating (a shared machine's noise and warm caches then hit both
    alike); medians, since other processes add outliers."""
    pages = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.iterdir())]
    timed = {"none": make_options(time_budget_s=0, memory_budget_mb=0), "budget": make_options()}
    times: dict[str, list[float]] = {name: [] for name in timed}
    for r in range(rounds):
        for page in pages:
            for name, options in sorted(timed.items(), reverse=r % 2 == 1):  # who goes first alternates
                t0 = time.perf_counter()
                extract(page, options=options)
                times[name].append(time.perf_counter() - t0)
    med = {name: statistics.median(ts) for name, ts in times.items()}
    print(f"budget overhead: {len(times['none'])} extractions of each kind, median {med['budget'] * 1e3:.2f} ms a "
          f"page with the budget, {med['none'] * 1e3:.2f} ms without: ratio {med['budget'] / med['none']:.3f}")


if __name__ == "__main__":
    sys.exit(main())
