"""What one POST /api/articles costs on a large store, against the full rebuild it used to run.

Usage:
    python bench/bench_post.py --n 10000 [--posts 20]

Builds a synthetic store (bench_web.synthetic_articles), then posts `--posts` pages through the
app in this process and reports, as ratios in one process: the mean POST latency, the time of one
`rebuild_corpus()` (what every POST paid before rebuilds were batched), and how many rebuilds
the burst of posts caused once the server settled (1 expected).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

PAGE = ("Banjir Landa {town}, {n} Warga Mengungsi\n"
        "{up}, Warta — Banjir bandang melanda {town} pada Senin pagi setelah hujan deras sejak Minggu malam.\n"
        "Kepala BPBD {town} mengatakan sebanyak {n} warga mengungsi dan puluhan rumah rusak.\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--posts", type=int, default=20)
    args = ap.parse_args()

    from bench_web import build_store
    from fastapi.testclient import TestClient

    from warta.api.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'post.db'}"
        build_store(url, args.n)
        app = create_app(url, allow_ingest=True, rebuild_delay=1.0)
        with TestClient(app) as client:
            store = app.state.store.get()
            t0 = time.perf_counter()
            store.rebuild_corpus()
            rebuild_s = time.perf_counter() - t0
            client.post("/api/extract", json={"text": PAGE.format(town="Palu", up="PALU", n=1)})  # load models
            times = []
            for i in range(args.posts):
                body = {"text": PAGE.format(town=f"Kota{i}", up=f"KOTA{i}", n=100 + i)}
                t0 = time.perf_counter()
                r = client.post("/api/articles", json=body)
                times.append(time.perf_counter() - t0)
                assert r.status_code == 200, r.text
            app.state.rebuilder.flush()
            rebuilds = app.state.rebuilder.rebuilds
        post_s = statistics.mean(times)
        print(f"store: {args.n} articles; {args.posts} posts")
        print(f"one full rebuild          {rebuild_s * 1000:8.0f} ms  (paid by every POST before)")
        print(f"mean POST /api/articles   {post_s * 1000:8.0f} ms  (extraction + store, no rebuild)")
        print(f"ratio rebuild / POST      {rebuild_s / post_s:8.1f}x")
        print(f"rebuilds after the burst  {rebuilds:8d}")


if __name__ == "__main__":
    main()
