"""Ingest commits pages already extracted while a later page is still being extracted."""

from __future__ import annotations

import sqlite3
import threading
import time

from warta.corpus.ingest import ingest
from warta.options import load_options
from warta.store.db import Store

PAGE = ("Banjir Landa {town}, {n} Warga Mengungsi\n"
        "{up}, Warta — Banjir bandang melanda {town} pada Senin pagi setelah hujan deras sejak Minggu malam.\n"
        "Kepala BPBD {town} mengatakan sebanyak {n} warga mengungsi dan puluhan rumah rusak.\n")


def _committed(db, name: str) -> int:
    with sqlite3.connect(db, timeout=5) as conn:
        return conn.execute("SELECT count(*) FROM articles WHERE source LIKE ?", (f"%{name}",)).fetchone()[0]


def test_pages_before_a_stalled_page_are_committed_while_it_runs(tmp_path, monkeypatch):
    from warta import extraction

    paths = []
    for name, town, n in (("good1.txt", "Palu", 120), ("stall.txt", "Sigi", 80), ("good2.txt", "Garut", 45)):
        (tmp_path / name).write_text(PAGE.format(town=town, up=town.upper(), n=n), encoding="utf-8")
        paths.append(str(tmp_path / name))
    real, gate, stalled = extraction.extract_page, threading.Event(), threading.Event()

    def slow(page, options):
        if page.source.endswith("stall.txt"):  # a page that takes minutes (or a process killed on it)
            stalled.set()
            gate.wait(60)
        return real(page, options)

    monkeypatch.setattr(extraction, "extract_page", slow)
    db = tmp_path / "w.db"
    store = Store(f"sqlite:///{db}")
    done = []
    worker = threading.Thread(target=lambda: done.append(ingest(store, paths, load_options(), batch_size=100)))
    worker.start()
    try:
        assert stalled.wait(120)
        deadline = time.time() + 30
        while time.time() < deadline and not _committed(db, "good1.txt"):
            time.sleep(0.05)
        # another connection (another process after a kill -9) sees good1 while stall.txt is running
        assert _committed(db, "good1.txt") == 1
    finally:
        gate.set()
        worker.join(120)
        store.close()
    assert done and (done[0].ingested, done[0].skipped) == (3, [])
    assert [_committed(db, n) for n in ("good1.txt", "stall.txt", "good2.txt")] == [1, 1, 1]


def test_ctrl_c_commits_what_was_extracted(tmp_path, monkeypatch):
    from warta import extraction

    paths = []
    for name, town in (("one.txt", "Palu"), ("two.txt", "Sigi")):
        (tmp_path / name).write_text(PAGE.format(town=town, up=town.upper(), n=30), encoding="utf-8")
        paths.append(str(tmp_path / name))
    real = extraction.extract_page

    def interrupted(page, options):
        if page.source.endswith("two.txt"):
            raise KeyboardInterrupt
        return real(page, options)

    monkeypatch.setattr(extraction, "extract_page", interrupted)
    db = tmp_path / "c.db"
    with Store(f"sqlite:///{db}") as store:
        try:
            ingest(store, paths, load_options(), batch_size=100)
        except KeyboardInterrupt:
            pass
        else:
            raise AssertionError("the interrupt was swallowed")
    assert (_committed(db, "one.txt"), _committed(db, "two.txt")) == (1, 0)
