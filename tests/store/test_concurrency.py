"""Two `warta ingest` processes on one SQLite store at once: both succeed, and the store equals a
sequential run (same articles, same copies found, same stories)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

TOWNS = ["Sigi", "Palu", "Garut", "Bogor", "Sleman", "Bantul", "Kendal", "Demak"]
EVENTS = ["banjir bandang", "tanah longsor", "kebakaran pasar", "angin puting beliung"]


def _page(i: int, outlet: str) -> str:
    town, event = TOWNS[i], EVENTS[i % len(EVENTS)]
    return (f"{event.title()} Landa {town}, {i * 13 + 40} Rumah Rusak\n"
            f"{town.upper()}, {outlet} — Peristiwa {event} melanda wilayah {town} pada pekan ke-{i + 2} bulan ini "
            f"dan merusak sedikitnya {i * 13 + 40} rumah warga di tiga kecamatan.\n"
            f"Kepala BPBD {town} Budi Hartono mengatakan {i * 5 + 12} warga mengungsi ke balai desa dan masjid "
            f"terdekat sejak kejadian pertama {event} di {town}.\n"
            f"Petugas gabungan masih mendata kerugian akibat {event} di {town} dan membuka dapur umum, "
            f"kata Budi kepada wartawan di posko utama {town}.\n")


def _feed(path: Path, items: list[tuple[int, str]]) -> str:
    path.write_text("".join(json.dumps({"text": _page(i, outlet), "url": f"http://{outlet.lower()}.example/{i}"})
                            + "\n" for i, outlet in items))
    return str(path)


def _ingest(db: Path, feed: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.environ.get("WARTA_SRC", str(Path(__file__).parents[2] / "src"))}
    return subprocess.Popen([sys.executable, "-m", "warta", "ingest", feed, "--db", f"sqlite:///{db}",
                             "--batch-size", "1", "--no-progress"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _both(db: Path, feeds: list[str]) -> list[tuple[int, str]]:
    procs = [_ingest(db, f) for f in feeds]
    return [(p.wait(timeout=600), p.communicate()[1]) for p in procs]


def _shape(db: Path) -> tuple[int, int, int, int]:
    with sqlite3.connect(db) as conn:
        return (conn.execute("SELECT count(*) FROM articles").fetchone()[0],
                conn.execute("SELECT count(*) FROM articles WHERE near_duplicate_of IS NULL").fetchone()[0],
                conn.execute("SELECT count(*) FROM articles WHERE near_duplicate_of IS NOT NULL").fetchone()[0],
                conn.execute("SELECT count(*) FROM stories").fetchone()[0])


def test_two_ingests_at_once_equal_a_sequential_run(tmp_path):
    # each feed holds originals of half the events and syndicated copies of the other half's
    a = _feed(tmp_path / "a.jsonl", [(i, "Warta" if i < 4 else "Kabar") for i in range(8)])
    b = _feed(tmp_path / "b.jsonl", [(i, "Kabar" if i < 4 else "Warta") for i in range(8)])
    seq = tmp_path / "seq.db"
    for feed in (a, b):
        rc, err = _both(seq, [feed])[0]
        assert rc == 0, err
    expected = _shape(seq)
    assert expected[:3] == (16, 8, 8)

    together = tmp_path / "together.db"
    sqlite3.connect(together).close()
    _both(together, [str(tmp_path / "none.jsonl")])  # schema in place: this test is about copy detection
    for rc, err in _both(together, [a, b]):
        assert rc == 0, err
        assert "Traceback" not in err
    assert _shape(together) == expected


def test_same_inputs_at_once_store_each_page_once(tmp_path):
    """On a new file, so both processes also create the schema at once."""
    a = _feed(tmp_path / "a.jsonl", [(i, "Warta") for i in range(8)])
    db = tmp_path / "same.db"
    results = _both(db, [a, a])
    assert [rc for rc, _err in results] == [0, 0], results
    assert sum(int(err.split("ingested ")[1].split(",")[0]) for _rc, err in results) == 8
    assert _shape(db)[:3] == (8, 8, 0)


def test_a_writer_that_waits_too_long_gets_a_clear_error_and_loses_nothing(tmp_path, make_article):
    from warta.errors import StoreError
    from warta.store.db import Store

    db = tmp_path / "busy.db"
    a = make_article("a.txt", "Banjir di Sigi", ["Banjir bandang melanda Kabupaten Sigi pada Senin malam."])
    b = make_article("b.txt", "Longsor di Garut", ["Tanah longsor menimbun dua rumah di Garut pada Selasa."])
    with Store(f"sqlite:///{db}", busy_timeout=0.3) as store:
        store.add_articles([a])
        other = sqlite3.connect(db, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another process in the middle of its write
        try:
            with pytest.raises(StoreError, match="another process has held its write lock"):
                store.add_articles([b])
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert store.add_articles([b]).ingested == 1
        assert store.count_articles() == 2


def test_rebuild_plans_without_the_lock_and_redoes_a_plan_overtaken(tmp_path, make_article, monkeypatch):
    """Stories are clustered outside the write lock; an article stored meanwhile is not lost."""
    import warta.corpus.stories as stories_mod
    from warta.store.db import Store

    url = f"sqlite:///{tmp_path / 'plan.db'}"
    late = make_article("late.txt", "Longsor di Garut", ["Tanah longsor menimbun dua rumah di Garut pada Selasa."])
    real, calls = stories_mod.build_stories, []

    def build(conn):
        calls.append(1)
        if len(calls) == 1:  # another writer commits while the first plan is being made
            with Store(url, busy_timeout=0.5) as other:  # it gets the lock: the plan holds none
                other.add_articles([late])
        return real(conn)

    with Store(url) as store:
        store.add_articles([make_article("a.txt", "Banjir di Sigi", ["Banjir melanda Kabupaten Sigi pada Senin."])])
        monkeypatch.setattr(stories_mod, "build_stories", build)
        store.rebuild_corpus()
        assert len(calls) == 2  # the overtaken plan was made again
        assert sum(s.article_count for s in store.list_stories().items) == 2
