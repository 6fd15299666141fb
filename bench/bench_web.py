"""Latency of the web UI and API under a bounded load: p50/p95 of the story page, the article
page (with a highlight) and /api/conflicts, served by `warta serve` on 127.0.0.1.

Usage:
    python bench/bench_web.py --db sqlite:///bench.db          # an existing store (e.g. 100,000 articles)
    python bench/bench_web.py --n 5000                          # build a synthetic store first
    python bench/bench_web.py --n 2000 --requests 600 --concurrency 8 --seconds 60

The load runs in a second process (threads inside it), bounded by --requests and --seconds, and
stops by itself; the server is stopped at the end. Target: p95 < 300 ms on every endpoint.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

TARGET_P95_MS = 300.0
ENDPOINTS = ("story page", "article page", "api conflicts")


# -- a synthetic store ---------------------------------------------------------------------------
SOURCES = [("Badan Intelijen Nasional", "id"), ("Pentagon", "en"), ("Kremlin", "en"), ("Yonhap", "en"),
           ("Kementerian Pertahanan", "id"), ("Gedung Putih", "id")]
OUTLETS = ["Inakoran", "Harian Contoh", "Example Times", "Seoul Wire", "Kabar Pagi", "Daily Sample"]
TOPICS = [("Korea Utara", "Rusia", "pasukan", "troops"), ("Israel", "Gaza", "korban", "people"),
          ("China", "Taiwan", "kapal", "count"), ("Ukraina", "Kursk", "tentara", "troops")]


def synthetic_articles(n: int, seed: int = 7):
    """`n` articles in stories of ~10, each with quotes, quantities and claims that disagree."""
    from warta.models import Article, Claim, Dateline, Entity, Quantity, Quote

    rng = random.Random(seed)
    for i in range(n):
        story = i // 10
        subject, obj, unit, category = TOPICS[story % len(TOPICS)]
        source, lang = SOURCES[rng.randrange(len(SOURCES))]
        value = (story % 50 + 1) * 1000 + rng.choice([0, 500, 1500, 3000])
        day = f"2024-{1 + story % 12:02d}-{1 + (i % 10) * 2:02d}"
        place = f"Kota{story}"
        title = f"{source}: {subject} kirim {value:,} {unit} ke {obj} ({place}, laporan {i})".replace(",", ".")
        figure = f"{value:,}".replace(",", ".") + f" {unit}"
        stance = "denies" if i % 10 == 7 else "asserts"
        sentence = (f"{source} mengatakan {subject} telah mengirim {figure} ke {obj} di sekitar {place}."
                    if stance == "asserts" else f"{source} membantah bahwa {subject} mengirim {unit} ke {obj}.")
        quote = f"Kami memantau situasi di {place} dengan cermat dan akan bertindak {i}"
        paras = [f"{place.upper()}, {OUTLETS[i % len(OUTLETS)]} — {sentence}",
                 f"“{quote},” kata juru bicara {source}.",
                 f"Laporan ini berdasarkan keterangan sumber di {place} pada pekan ini, nomor {story}-{i}."]
        text = "\n".join([title, *paras])
        spans, pos = [], len(title) + 1
        for p in paras:
            spans.append((pos, pos + len(p)))
            pos += len(p) + 1
        ev_start = text.index(sentence)
        q_start = text.index(quote)
        quantities = []
        if stance == "asserts":
            f_start = text.index(figure, ev_start)
            quantities.append(Quantity(text=figure, value=value, unit=unit, category=category,
                                       span=(f_start, f_start + len(figure))))
        ents = []
        for k, (name, etype) in enumerate(((source, "ORG"), (subject, "GPE"), (obj, "GPE"))):
            mentions, at = [], len(title) + 1
            while (at := text.find(name, at)) >= 0:
                mentions.append((at, at + len(name)))
                at += len(name)
            ents.append(Entity(id=f"e{k + 1}", name=name, type=etype, mentions=mentions))
        yield Article(
            id=f"{i:016x}", source=f"synthetic-{i}.txt", language="id", title=title, title_span=(0, len(title)),
            dateline=Dateline(place=place, outlet=OUTLETS[i % len(OUTLETS)]), published=day,
            outlet=OUTLETS[i % len(OUTLETS)], paragraphs=paras, paragraph_spans=spans, entities=ents,
            quotes=[Quote(kind="direct", text=quote, span=(q_start, q_start + len(quote)), speaker=source,
                          speaker_id="e1", cue="kata")],
            quantities=quantities,
            claims=[Claim(source=source, subject=subject, predicate="send_troops", object=obj,
                          value=value if stance == "asserts" else None, unit=unit, stance=stance,
                          quantities=[0] if quantities else [], evidence=sentence,
                          evidence_span=(ev_start, ev_start + len(sentence)))],
            text=text,
        )


def build_store(url: str, n: int) -> None:
    from warta.store.db import Store

    started = time.perf_counter()
    with Store(url) as store:
        report = store.add_articles(synthetic_articles(n), batch_size=500)
        ingested = time.perf_counter()
        store.rebuild_corpus()
    print(f"built {url}: {report.ingested} articles in {ingested - started:.1f}s, "
          f"stories and conflicts in {time.perf_counter() - ingested:.1f}s", file=sys.stderr)


# -- the load process ------------------------------------------------------------------------------
def load(base: str, targets: dict[str, list[str]], requests: int, seconds: float, concurrency: int) -> dict:
    """Runs in the second process: `requests` GETs over the targets, at most `seconds` long."""
    import httpx

    timings: dict[str, list[float]] = {name: [] for name in targets}
    errors: dict[str, int] = {name: 0 for name in targets}
    lock = threading.Lock()
    counter = iter(range(requests))
    deadline = time.monotonic() + seconds
    names = list(targets)

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=base, timeout=30) as client:
            while time.monotonic() < deadline:
                with lock:
                    i = next(counter, None)
                if i is None:
                    return
                name = names[i % len(names)]
                path = rng.choice(targets[name])
                t0 = time.perf_counter()
                try:
                    ok = client.get(path).status_code == 200
                except httpx.HTTPError:
                    ok = False
                elapsed = (time.perf_counter() - t0) * 1000
                with lock:
                    timings[name].append(elapsed)
                    errors[name] += 0 if ok else 1

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {"timings": timings, "errors": errors}


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_ready(base: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"warta serve exited with {proc.returncode}")
        try:
            if httpx.get(base + "/api/stories?per_page=1", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("warta serve did not answer in time")


def _targets(base: str, samples: int) -> dict[str, list[str]]:
    """Paths to request: the largest stories on the first pages, articles with a highlight."""
    import httpx

    stories = httpx.get(base + "/api/stories", params={"per_page": 100}, timeout=60).json()["items"]
    stories = sorted(stories, key=lambda s: -s["article_count"])[:samples]
    if not stories:
        raise SystemExit("the store has no stories: run `warta stories` (rebuild_corpus) first")
    articles = []
    for s in stories[: max(1, samples // 4)]:
        for c in httpx.get(base + "/api/conflicts", params={"story": s["id"], "per_page": 5}, timeout=60).json()["items"]:
            for claim in c["claims"][:3]:
                span = claim["evidence_span"]
                articles.append(f"/articles/{claim['article_id']}" + (f"?hl={span[0]}-{span[1]}" if span else ""))
    if not articles:
        articles = [f"/articles/{a['id']}" for a in
                    httpx.get(base + "/api/articles", params={"per_page": samples}, timeout=60).json()["items"]]
    return {
        "story page": [f"/stories/{s['id']}" for s in stories],
        "article page": articles[: samples * 2],
        "api conflicts": [f"/api/conflicts?story={s['id']}" for s in stories],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="URL of an existing store")
    parser.add_argument("--n", type=int, default=2000, help="articles in the synthetic store (without --db)")
    parser.add_argument("--requests", type=int, default=600, help="total requests (bounded)")
    parser.add_argument("--seconds", type=float, default=60.0, help="stop the load after this long")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads in the load process")
    parser.add_argument("--samples", type=int, default=20, help="distinct stories/articles to request")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--load-worker", help=argparse.SUPPRESS)  # internal: run as the load process
    args = parser.parse_args()

    if args.load_worker:
        spec = json.loads(args.load_worker)
        print(json.dumps(load(spec["base"], spec["targets"], args.requests, args.seconds, args.concurrency)))
        return

    tmp = None
    url = args.db
    if not url:
        tmp = tempfile.TemporaryDirectory(prefix="warta-bench-web-")
        url = f"sqlite:///{Path(tmp.name) / 'bench.db'}"
        build_store(url, args.n)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen([sys.executable, "-m", "warta", "serve", "--db", url, "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_ready(base, server)
        targets = _targets(base, args.samples)
        spec = json.dumps({"base": base, "targets": targets})
        worker = subprocess.run(
            [sys.executable, __file__, "--load-worker", spec, "--requests", str(args.requests),
             "--seconds", str(args.seconds), "--concurrency", str(args.concurrency)],
            capture_output=True, text=True, timeout=args.seconds + 120, check=True)
        result = json.loads(worker.stdout)
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        if tmp is not None:
            tmp.cleanup()

    rows = []
    for name in ENDPOINTS:
        values = result["timings"].get(name, [])
        rows.append({"endpoint": name, "requests": len(values), "errors": result["errors"].get(name, 0),
                     "p50_ms": round(_percentile(values, 50), 1), "p95_ms": round(_percentile(values, 95), 1),
                     "max_ms": round(max(values), 1) if values else None})
    if args.json:
        print(json.dumps({"db": url if args.db else f"synthetic n={args.n}", "concurrency": args.concurrency,
                          "rows": rows}, indent=2))
        return
    print(f"store: {url if args.db else f'synthetic, {args.n} articles'} · concurrency {args.concurrency}")
    print(f"{'endpoint':<15} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  target p95<{TARGET_P95_MS:.0f}")
    for r in rows:
        flag = "ok" if r["p95_ms"] < TARGET_P95_MS else "SLOW"
        print(f"{r['endpoint']:<15} {r['requests']:>8} {r['errors']:>6} {r['p50_ms']:>8} {r['p95_ms']:>8} "
              f"{r['max_ms']!s:>8}  {flag}")


if __name__ == "__main__":
    main()
