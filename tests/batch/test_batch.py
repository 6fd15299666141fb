"""Resumable shards: local and Dask executors share run_shard; done shards are skipped."""

from __future__ import annotations

import json

import pytest

from warta.batch.executors import DaskExecutor, LocalExecutor, run_shard
from warta.batch.steps import Map, Step


class Boom(Step):
    name = "boom"

    def __init__(self, fail_rank):
        super().__init__()
        self.fail_rank = fail_rank

    def run(self, records, rank=0, world_size=1):
        for r in records:
            if rank == self.fail_rank:
                raise RuntimeError("crash")
            self.stats["ok"] += 1
            yield r


def test_local_shards_write_stats_and_markers(tmp_path):
    results = LocalExecutor(tmp_path, shards=3).run(list(range(10)), lambda: [Map(lambda x: x * 2)])
    assert [r["map"]["mapped"] for r in results] == [4, 3, 3]
    assert sorted(p.name for p in (tmp_path / "done").iterdir()) == ["00000", "00001", "00002"]
    assert json.loads((tmp_path / "stats" / "00001.json").read_text())["steps"]["map"]["mapped"] == 3


def test_rerun_after_crash_does_only_missing_shards(tmp_path):
    records = list(range(9))
    with pytest.raises(RuntimeError):
        LocalExecutor(tmp_path, shards=3).run(records, lambda: [Boom(fail_rank=1)])
    assert sorted(p.name for p in (tmp_path / "done").iterdir()) == ["00000"]
    results = LocalExecutor(tmp_path, shards=3).run(records, lambda: [Boom(fail_rank=-1)])
    assert [r["skipped"] for r in results] == [True, False, False]
    assert run_shard(records, lambda: [Boom(-1)], 1, 3, tmp_path)["skipped"] is True


def test_dask_executor_matches_local(tmp_path):
    results = DaskExecutor(tmp_path / "d", shards=2).run(list(range(6)), lambda: [Map(str)])
    assert sorted(r["map"]["mapped"] for r in results) == [3, 3]
