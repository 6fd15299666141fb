"""Executors: local and Dask, sharing one `run_shard`.

run_shard: skip when the shard's completion marker exists; else run the steps over the shard's
records, write `stats/NNNNN.json`, then the marker (`done/NNNNN`). After a crash a re-run does only
the shards without a marker. Shard membership is by position (record i goes to shard i % shards).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path


def shard_records(records: Sequence, rank: int, world_size: int) -> list:
    return [r for i, r in enumerate(records) if i % world_size == rank]


def run_shard(records: Sequence, steps_factory: Callable[[], list], rank: int, world_size: int,
              workdir: str | os.PathLike) -> dict:
    """Run one shard; returns its stats (read back from disk when the shard was already done)."""
    work = Path(workdir)
    marker = work / "done" / f"{rank:05d}"
    stats_file = work / "stats" / f"{rank:05d}.json"
    if marker.exists():
        return {"rank": rank, "skipped": True, **json.loads(stats_file.read_text() or "{}").get("steps", {})}
    steps = steps_factory()
    stream = iter(shard_records(records, rank, world_size))
    for step in steps:
        stream = step.run(stream, rank, world_size)
    for _ in stream:  # drain: the last step's output is not kept
        pass
    stats = {"rank": rank, "steps": {step.name: dict(step.stats) for step in steps}}
    stats_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = stats_file.with_suffix(".tmp")
    tmp.write_text(json.dumps(stats))
    tmp.replace(stats_file)
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text("")
    return {"rank": rank, "skipped": False, **stats["steps"]}


class LocalExecutor:
    """Runs shards one after another in this process."""

    def __init__(self, workdir: str | os.PathLike, shards: int = 1) -> None:
        self.workdir = workdir
        self.shards = shards

    def run(self, records: Sequence, steps_factory: Callable[[], list]) -> list[dict]:
        return [run_shard(records, steps_factory, rank, self.shards, self.workdir) for rank in range(self.shards)]


class DaskExecutor:
    """Runs shards as Dask tasks (a local cluster unless a client or scheduler address is given)."""

    def __init__(self, workdir: str | os.PathLike, shards: int = 4, client=None, scheduler: str | None = None,
                 processes: bool = False, workers: int | None = None) -> None:
        self.workdir = workdir
        self.shards = shards
        self.client = client
        self.scheduler = scheduler
        self.processes = processes or workers is not None
        self.workers = workers  # local worker processes, one thread each (None: threads of one process)

    def run(self, records: Sequence, steps_factory: Callable[[], list]) -> list[dict]:
        from dask.distributed import Client

        own = self.client is None
        if self.client is not None:
            client = self.client
        elif self.scheduler:
            client = Client(self.scheduler)
        elif self.workers:  # extraction is CPU-bound Python: processes, not threads, run it in parallel
            client = Client(processes=True, n_workers=self.workers, threads_per_worker=1, dashboard_address=None)
        else:
            client = Client(processes=self.processes, n_workers=1, threads_per_worker=max(1, self.shards),
                            dashboard_address=None)
        try:
            data = client.scatter(list(records), broadcast=True)
            futures = [client.submit(run_shard, data, steps_factory, rank, self.shards, str(self.workdir), pure=False)
                       for rank in range(self.shards)]
            return client.gather(futures)
        finally:
            if own:
                client.close()
