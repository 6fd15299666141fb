"""A SIGKILLed ingest leaves no partial article, and a re-run completes the rest."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

PLACES = ["Sigi", "Palu", "Banyumas", "Cilacap", "Garut", "Bogor", "Sleman", "Bantul", "Kendal", "Demak"]
EVENTS = ["banjir bandang", "tanah longsor", "kebakaran pasar", "angin puting beliung", "gempa bumi"]


def _page(i: int) -> str:
    place, event = PLACES[i % len(PLACES)], EVENTS[i % len(EVENTS)]
    return (f"{event.title()} Landa {place}, {i + 3} Warga Mengungsi\n"
            f"{place.upper()}, Warta — Peristiwa {event} nomor {i} melanda {place} pada pekan ke-{i} tahun ini.\n"
            f"Kepala BPBD {place} mengatakan sebanyak {i + 3} warga mengungsi dan {i * 7 + 11} rumah rusak.\n"
            f"Petugas masih mendata kerugian akibat {event} di {place}, kata dia, kejadian ke-{i}.\n")


@pytest.mark.slow
def test_kill_9_mid_ingest_then_rerun(tmp_path):
    n = 60
    feed = tmp_path / "pages.jsonl"
    feed.write_text("".join(json.dumps({"text": _page(i), "url": f"http://x/{i}"}) + "\n" for i in range(n)))
    db = tmp_path / "crash.db"
    cmd = [sys.executable, "-m", "warta", "ingest", str(feed), "--db", f"sqlite:///{db}", "--batch-size", "4",
           "--no-progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    killed_at = None
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=5) as conn:
                    count = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                count = 0
            if count >= 8:
                os.kill(proc.pid, signal.SIGKILL)
                killed_at = count
                break
        time.sleep(0.05)
    proc.wait(timeout=30)
    assert killed_at is not None, "ingest finished before it could be killed"
    _check_integrity(db)
    with sqlite3.connect(db) as conn:
        partial = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < partial < n

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"ingested {n - partial}," in rerun.stderr
    _check_integrity(db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == n
        assert conn.execute("SELECT count(DISTINCT content_hash) FROM articles").fetchone()[0] == n
        assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == n


def _check_integrity(db) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for aid, record in conn.execute("SELECT id, record FROM articles"):
            rec = json.loads(record)
            paras = conn.execute("SELECT count(*) FROM paragraphs WHERE article_id = ?", (aid,)).fetchone()[0]
            quants = conn.execute("SELECT count(*) FROM quantities WHERE article_id = ?", (aid,)).fetchone()[0]
            assert (paras, quants) == (len(rec["paragraphs"]), len(rec["quantities"])), aid
        orphans = conn.execute("SELECT count(*) FROM paragraphs WHERE article_id NOT IN (SELECT id FROM articles)")
        assert orphans.fetchone()[0] == 0
