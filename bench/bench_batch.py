"""Extraction + parallel ingest into PostgreSQL with Dask: `warta batch --db` with 1, 2, 4 workers.

    python bench/bench_batch.py --pg postgresql+psycopg://user@host/db [--pages 400] [--workers 1 2 4]

Writes --pages synthetic news pages (bench_corpus.synth: about eight a story, Indonesian and
English, figures that disagree) to a temporary folder, then for each worker count runs
`warta batch PAGES -o OUT --executor dask --workers W --shards 2W --db URL` (each run into a
fresh PostgreSQL schema) and reports the wall time, the speed-up against one worker, and
correctness: every page stored exactly once, and stories and conflicts equal to a full rebuild of
the same store. No network besides the database.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_corpus import page_text, snapshot, synth  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pg", default=os.environ.get("WARTA_TEST_PG_URL"), required=False)
    ap.add_argument("--pages", type=int, default=400)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    args = ap.parse_args()
    if not args.pg:
        ap.error("give --pg URL or set WARTA_TEST_PG_URL")
    import sqlalchemy as sa

    from warta.store.db import Store

    admin = sa.create_engine(args.pg)
    rng = random.Random(7)
    base = None
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp) / "pages"
        pages.mkdir()
        for i in range(args.pages):
            a = synth(i, rng)
            (pages / f"{i:06d}.txt").write_text(page_text(a), encoding="utf-8")
        for w in args.workers:
            schema = f"bench_{uuid.uuid4().hex[:8]}"
            with admin.begin() as conn:
                conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
            sep = "&" if "?" in args.pg else "?"
            url = f"{args.pg}{sep}options=-csearch_path%3D{schema}"
            try:
                out = Path(tmp) / f"out-{w}"
                cmd = [sys.executable, "-m", "warta", "batch", str(pages), "-o", str(out), "--executor", "dask",
                       "--workers", str(w), "--shards", str(2 * w), "--db", url]
                t = time.perf_counter()
                res = subprocess.run(cmd, capture_output=True, text=True, check=False)
                dt = time.perf_counter() - t
                if res.returncode:
                    print(res.stderr[-2000:])
                    raise SystemExit(res.returncode)
                summary = json.loads(res.stdout.strip().splitlines()[-1])
                with Store(url) as store:
                    with store.engine.connect() as conn:
                        n, distinct = conn.execute(sa.text("SELECT count(*), count(DISTINCT source) FROM articles")).one()
                    after = snapshot(store)
                    store.rebuild_corpus()
                    same = snapshot(store) == after
                base = base or dt
                print(f"workers {w}: {dt:.1f}s wall ({args.pages / dt:.1f} pages/s), speed-up {base / dt:.2f}x; "
                      f"extracted {summary['extracted']}, stored {n} rows for {distinct} distinct pages "
                      f"({'none lost or doubled' if n == distinct == args.pages else 'MISMATCH'}); stories "
                      f"{summary['stories']}, conflicts {summary['conflicts']}: "
                      f"{'equal to' if same else 'DIFFERENT from'} a full rebuild")
            finally:
                with admin.begin() as conn:
                    conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))


if __name__ == "__main__":
    main()
