"""Start-up time of the CLI as a user meets it: `warta --help` and a one-page extract.

Usage:
    python bench/bench_startup.py [PAGE] [--repeat 5]

Each command runs in a fresh interpreter (`python -m warta ...`, as the `warta` script does;
$PYTHONPATH first, then this checkout's src/), --repeat times; the median wall time is reported, and its ratio to a bare interpreter start
(`python -c pass`) measured in the same run, so figures from a busy machine stay comparable.
PAGE defaults to examples/id-longsor-tambang-harian.txt. Run it on an idle machine (or under
taskset); no test asserts these times.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def median_wall(argv: list[str], repeat: int) -> float:
    times = []
    paths = [os.environ.get("PYTHONPATH"), str(ROOT / "src")]  # $PYTHONPATH first: compare two checkouts
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("page", nargs="?", type=Path, default=ROOT / "examples" / "id-longsor-tambang-harian.txt")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    py = sys.executable
    runs = {
        "python -c pass (baseline)": [py, "-c", "pass"],
        "warta --help": [py, "-m", "warta", "--help"],
        f"warta extract {args.page.name}": [py, "-m", "warta", "extract", str(args.page), "--format", "jsonl"],
    }
    base = None
    print(f"{'command':48} {'median s':>9} {'× baseline':>11}")
    for name, argv in runs.items():
        t = median_wall(argv, args.repeat)
        base = base or t
        print(f"{name:48} {t:9.3f} {t / base:11.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
