"""`warta batch`: sharded extraction to JSONL, resumable, local and on Dask."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from warta.cli import app

runner = CliRunner()

PAGES = {
    "a.txt": "Harga Beras Naik di Pasar Induk\nJAKARTA, Warta Pagi — Harga beras medium naik menjadi "
    "Rp 14.500 per kilogram pada Senin, kata pedagang di Pasar Induk Cipinang.\n",
    "b.txt": "Port workers strike over pay\nROTTERDAM — About 2,000 dock workers walked off the job on "
    "Monday, the union said, halting container traffic at the port.\n",
    "c.txt": "Banjir Rendam Ratusan Rumah\nSIGI, Warta Kita — Banjir bandang merendam sekitar 300 rumah "
    "di Kabupaten Sigi pada Sabtu dini hari, kata Kepala BPBD Sigi.\n",
    "empty.txt": "",
}


@pytest.fixture
def pages(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _records(out):
    rows = []
    for shard in sorted((out / "articles").glob("*.jsonl")):
        rows += [json.loads(line) for line in shard.read_text(encoding="utf-8").splitlines()]
    return rows


def test_local_batch_writes_every_record_once_and_resumes(tmp_path, pages):
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(pages), "-o", str(out), "--shards", "2"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["inputs"], summary["shards_run"], summary["extracted"], summary["failed"]) == (4, 2, 3, 1)
    rows = _records(out)
    titles = sorted(r["title"] for r in rows if "error" not in r)
    assert titles == ["Banjir Rendam Ratusan Rumah", "Harga Beras Naik di Pasar Induk", "Port workers strike over pay"]
    assert [r["source"].rsplit("/", 1)[-1] for r in rows if "error" in r] == ["empty.txt"]
    assert not list((out / "articles").glob("*.tmp"))

    # A crash after shard 0 finished: its marker stays, shard 1's output and marker are gone.
    (out / "done" / "00001").unlink()
    (out / "articles" / "00001.jsonl").unlink()
    again = json.loads(runner.invoke(app, ["batch", str(pages), "-o", str(out), "--shards", "2"]).stdout)
    assert (again["shards_run"], again["shards_already_done"]) == (1, 1)
    assert sorted(r["source"] for r in _records(out)) == sorted(r["source"] for r in rows)


def test_dask_batch_gives_the_same_records_as_local(tmp_path, pages):
    local, dask = tmp_path / "local", tmp_path / "dask"
    assert runner.invoke(app, ["batch", str(pages), "-o", str(local), "--shards", "2"]).exit_code == 0
    result = runner.invoke(app, ["batch", str(pages), "-o", str(dask), "--shards", "2", "--executor", "dask"])
    assert result.exit_code == 0, result.output
    key = lambda r: r["source"]  # noqa: E731
    assert sorted(_records(local), key=key) == sorted(_records(dask), key=key)


def test_batch_rejects_unknown_executor_and_empty_input(tmp_path, pages):
    bad = runner.invoke(app, ["batch", str(pages), "-o", str(tmp_path / "o"), "--executor", "spark"])
    assert bad.exit_code == 2 and "'spark' is not one of 'local', 'dask'" in " ".join(bad.stderr.replace("│", " ").split())
    empty = tmp_path / "nothing"
    empty.mkdir()
    none = runner.invoke(app, ["batch", str(empty), "-o", str(tmp_path / "o2")])
    assert none.exit_code == 2 and "no input pages" in none.stderr
