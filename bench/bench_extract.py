"""Benchmark `warta.extract` against a bare spaCy pass over the same text, in the same process.

Usage:
    python bench/bench_extract.py [DIR ...] [--min-bytes 1000000] [--repeat 3]

Reads every *.txt / *.html page under DIR (default: examples/), repeats the set until it
holds at least --min-bytes of text, then reports for
  baseline  spacy.blank(lang) + the stock "sentencizer" over each page's text
  warta     warta.extract() over each page (decode → structure → NLP components → Article),
            once per entity mode: ner=rules (rules only) and ner=model (the trained Indonesian
            entity model under the rules; English pages run rules either way)
articles/s, words/s (wall clock; `--cpu`: this process's CPU time) and peak Python memory (tracemalloc, measured in a separate run so that
tracing does not distort the timings), and the ratios warta / baseline. One core: run it
with taskset or on an idle machine; the best of --repeat runs is reported.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import spacy

from warta.extraction import extract
from warta.lang.detect import detect_language
from warta.options import load_options


def load_pages(dirs: list[Path]) -> list[str]:
    pages = []
    for d in dirs:
        for path in sorted(d.rglob("*")):
            if path.suffix in {".txt", ".html"} and not path.name.endswith(".gold.json"):
                pages.append(path.read_text(encoding="utf-8"))
    return pages


def corpus(pages: list[str], min_bytes: int) -> list[str]:
    out, size = [], 0
    while size < min_bytes:
        for page in pages:
            out.append(page)
            size += len(page.encode("utf-8"))
    return out


CLOCK = time.perf_counter


def timed(fn: Callable[[], None], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = CLOCK()
        fn()
        best = min(best, CLOCK() - t0)
    return best


def peak_memory(fn: Callable[[], None]) -> int:
    gc.collect()
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "dirs", nargs="*", type=Path, default=[Path(__file__).resolve().parent.parent / "examples"]
    )
    ap.add_argument("--min-bytes", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cpu", action="store_true",
                    help="time this process's CPU seconds, not wall time (on a shared machine the "
                         "wall clock counts other jobs too)")
    args = ap.parse_args(argv)
    global CLOCK
    if args.cpu:
        CLOCK = time.process_time

    pages = load_pages(args.dirs)
    if not pages:
        print("no pages found", file=sys.stderr)
        return 2
    texts = corpus(pages, args.min_bytes)
    langs = [detect_language(t)[0] for t in pages]
    page_lang = {t: (lang if lang in ("id", "en") else "en") for t, lang in zip(pages, langs, strict=True)}
    words = sum(len(t.split()) for t in texts)
    size = sum(len(t.encode("utf-8")) for t in texts)

    baseline_nlp = {}
    for lang in set(page_lang.values()):
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        baseline_nlp[lang] = nlp
    def run_baseline() -> None:
        for t in texts:
            baseline_nlp[page_lang[t]](t)

    def runner(options) -> Callable[[], None]:
        def run() -> None:
            for t in texts:
                extract(t, options=options)
        return run

    from warta.nlp.ner import _load, has_model

    t0 = time.perf_counter()
    if has_model("id"):
        _load("id")
    t_load = time.perf_counter() - t0
    modes = {"rules": runner(load_options(ner="rules")), "model": runner(load_options(ner="model"))}
    for run in modes.values():
        run()  # warm caches: pipelines, gazetteers, regexes
    run_baseline()
    rows = [("baseline", timed(run_baseline, args.repeat), peak_memory(run_baseline))]
    for mode, run in modes.items():
        rows.append((f"warta {mode}", timed(run, args.repeat), peak_memory(run)))

    n = len(texts)
    print(f"pages: {len(pages)} distinct, {n} processed, {size / 1e6:.2f} MB, {words:,} words")
    print(f"entity model load: {t_load:.2f} s (once per process, on the first ner=model page)")
    print(f"{'':12} {'seconds':>8} {'articles/s':>11} {'words/s':>10} {'peak MB':>8}")
    for name, t, m in rows:
        print(f"{name:12} {t:8.3f} {n / t:11.1f} {words / t:10.0f} {m / 1e6:8.1f}")
    t_base, m_base = rows[0][1], rows[0][2]
    for name, t, m in rows[1:]:
        print(f"ratio {name}/baseline: time {t / t_base:.2f}x, peak memory {m / max(m_base, 1):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
