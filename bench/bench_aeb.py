"""warta on the ScrapingHub (Zyte) article-extraction benchmark: bodies, titles, HTML speed.

Usage:
    python bench/bench_aeb.py AEB_DIR [--work DIR] [--n-bootstrap 1000] [--speed-pages 50] [--repeat 3]

AEB_DIR is a copy of github.com/scrapinghub/article-extraction-benchmark (ground-truth.json,
evaluate.py, html/*.html.gz, output/*.json[.gz]). The folder is copied to a scratch directory
(--work, default a new temp dir) and left untouched. The script then

1. bodies: runs warta's page stage (HTML -> text -> structure; no language analysis) over every
   page, writes output/warta.json, and writes output/trafilatura-local.json from the installed
   trafilatura's `extract()` (its own defaults) in the same run; gunzips the stored peer outputs
   and runs the benchmark's own evaluate.py, printing F1, precision, recall and accuracy for all;
2. titles: the share of pages whose warta title equals a headline the markup states:
   og:title without the site's name (og:site_name or the URL's domain) before or after a
   separator, or the <h1> that agrees with it (the first <h1> when none does); the reference
   is printed beside each miss;
3. speed: HTML pages per second on the first --speed-pages pages, warta's page stage against
   trafilatura's `bare_extraction` alone (with its defaults, and with warta's settings), runs
   interleaved, best of --repeat each, one process, and the ratios. Pin to one core with
   `taskset -c 0`.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import gzip
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import lxml.html

from warta.extraction import extract
from warta.options import load_options

_SEP_RE = re.compile(r"\s+(?:[|\-–—:»«·•~/]|::)\s+")


def load(aeb: Path) -> tuple[dict, dict[str, str]]:
    gold = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for item_id in sorted(gold):
        with gzip.open(aeb / "html" / f"{item_id}.html.gz", "rt", encoding="utf-8") as f:
            pages[item_id] = f.read()
    return gold, pages


def warta_pages(pages: dict[str, str]) -> dict[str, dict]:
    options = replace(load_options(), analyze=False)
    out = {}
    for item_id, html in pages.items():
        try:
            art = extract(html, options=options)
            out[item_id] = {"articleBody": "\n".join(art.paragraphs), "headline": art.title or ""}
        except Exception as exc:  # a page warta cannot read scores as empty, as upstream does
            print(f"warta failed on {item_id}: {type(exc).__name__}: {exc}", file=sys.stderr)
            out[item_id] = {"articleBody": "", "headline": ""}
    return out


def trafilatura_pages(pages: dict[str, str]) -> dict[str, dict]:
    import trafilatura

    return {i: {"articleBody": trafilatura.extract(html) or ""} for i, html in pages.items()}


def evaluate(work: Path, n_bootstrap: int) -> None:
    for gz in (work / "output").glob("*.json.gz"):
        target = gz.with_suffix("")
        if not target.exists():
            target.write_bytes(gzip.decompress(gz.read_bytes()))
        gz.unlink()
    res = subprocess.run(
        [sys.executable, "evaluate.py", "--n-bootstrap", str(n_bootstrap)],
        cwd=work,
        capture_output=True,
        text=True,
        check=True,
    )
    print(res.stdout.strip())


def page_headlines(html: str, url: str) -> set[str]:
    """The headlines the page states, as the reference: og:title (or twitter:title, or <title>)
    without the site's name (og:site_name or the URL's domain) before or after a separator, and
    the <h1> that agrees with it (or the first <h1> when none does). Written independently of
    warta's own headline code."""
    root = lxml.html.fromstring(html)

    def meta(*names: str) -> str | None:
        for name in names:
            for el in root.xpath(f'//meta[@property="{name}" or @name="{name}"]'):
                v = " ".join((el.get("content") or "").split())
                if v:
                    return v
        return None

    def norm(s: str) -> str:
        return re.sub(r"\W+", "", s.lower())

    h1s = [" ".join(h.text_content().split()) for h in root.xpath("//h1")]
    h1s = [h for h in h1s if len(h.split()) >= 2]
    head = " ".join((root.findtext(".//title") or "").split())
    og = meta("og:title", "twitter:title") or head
    host = re.sub(r"^www\.", "", re.sub(r"^https?://", "", url).split("/")[0])
    sites = {norm(x) for x in (meta("og:site_name") or "", host, host.rsplit(".", 1)[0]) if len(norm(x)) >= 4}

    def site(part: str) -> bool:
        k = norm(part)
        return bool(k) and any(k == s or k.startswith(s) or s.startswith(k) for s in sites)

    def strip_site(t: str) -> str:
        parts = _SEP_RE.split(t)
        while len(parts) > 1 and site(parts[-1]):
            parts.pop()
        while len(parts) > 1 and site(parts[0]):
            parts.pop(0)
        return " - ".join(parts)

    out = set()
    if og:
        out.add(strip_site(og))
    agree = [h for h in h1s if any(norm(h) and norm(h) in norm(x) for x in (og, head) if x)]
    out |= set(agree or h1s[:1])
    return {x for x in out if x}


def titles(gold: dict, pages: dict[str, str], got: dict[str, dict]) -> None:
    def norm(s: str) -> str:
        return " ".join(re.findall(r"\w+", (s or "").lower()))

    ok = n = 0
    misses = []
    for item_id, html in pages.items():
        want = page_headlines(html, gold[item_id].get("url") or "")
        if not want:
            continue
        n += 1
        if norm(got[item_id]["headline"]) in {norm(w) for w in want}:
            ok += 1
        else:
            misses.append((item_id[:10], sorted(want), got[item_id]["headline"]))
    print(f"titles: {ok}/{n} equal a headline the page states ({ok / max(n, 1):.3f})")
    for m in misses:
        print(f"  {m[0]}  want {m[1]!r}\n              got  {m[2]!r}")


def speed(pages: list[str], repeat: int) -> None:
    """Pages per second: trafilatura's bare_extraction with its defaults (the baseline), the
    same call with warta's settings, and warta's page stage; runs interleaved, best of each."""
    import trafilatura

    from warta.page.html import TRAFILATURA_PARAMS

    options = replace(load_options(), analyze=False)

    def run_warta() -> None:
        for html in pages:
            with contextlib.suppress(Exception):
                extract(html, options=options)

    def run_bare() -> None:
        for html in pages:
            trafilatura.bare_extraction(html, with_metadata=True)

    def run_bare_warta_params() -> None:
        for html in pages:
            trafilatura.bare_extraction(html, **TRAFILATURA_PARAMS)

    runs = {"bare_extraction (defaults)": run_bare, "bare_extraction (warta's settings)": run_bare_warta_params,
            "warta page stage": run_warta}
    run_warta()  # warm caches (gazetteers, regexes) before timing
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, fn in runs.items():
            gc.collect()
            t0 = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - t0)
    for name, t in best.items():
        print(f"speed on {len(pages)} pages: {name} {len(pages) / t:.1f} pages/s")
    mine = best["warta page stage"]
    for name in list(runs)[:2]:
        print(f"ratio warta page stage / {name}: {best[name] / mine:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("aeb", type=Path)
    ap.add_argument("--work", type=Path)
    ap.add_argument("--n-bootstrap", type=int, default=1000)
    ap.add_argument("--speed-pages", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--skip", nargs="*", default=[], choices=["bodies", "titles", "speed"])
    args = ap.parse_args()

    work = args.work or Path(tempfile.mkdtemp(prefix="aeb-")) / "aeb"
    if not work.exists():
        shutil.copytree(args.aeb, work)
        for p in work.rglob("*"):
            p.chmod(p.stat().st_mode | 0o200)
    gold, pages = load(work)
    got = warta_pages(pages)
    if "bodies" not in args.skip:
        (work / "output" / "warta.json").write_text(
            json.dumps({i: {"articleBody": v["articleBody"]} for i, v in got.items()}, ensure_ascii=False),
            encoding="utf-8",
        )
        local = trafilatura_pages(pages)
        (work / "output" / "trafilatura-local.json").write_text(json.dumps(local, ensure_ascii=False), encoding="utf-8")
        evaluate(work, args.n_bootstrap)
    if "titles" not in args.skip:
        titles(gold, pages, got)
    if "speed" not in args.skip:
        speed(list(pages.values())[: args.speed_pages], args.repeat)
    print(f"work dir: {work}")


if __name__ == "__main__":
    main()
