"""`warta watch` as a real process: killed with SIGKILL mid-poll it resumes without duplicates;
Ctrl-C (SIGINT) stops it cleanly; `--status` prints each source's health."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from tests.watch.pages import DAY1, A, B
from tests.watch.server import news_page, rss

import warta

pytestmark = pytest.mark.slow
SRC = str(Path(warta.__file__).resolve().parents[1])
C = news_page("Sigi flood: rescuers reach cut-off villages", [
    "PALU, Indonesia (Gamma Post) - Rescuers reached three villages cut off by the flash flood in Sigi regency on "
    "Wednesday, officials said.", "Roads to the villages were reopened on Wednesday afternoon."],
    "2024-11-13", "Gamma Post")


def start(args, tmp_path):
    env = {**os.environ, "PYTHONPATH": SRC, "WARTA_LANG": "en", "COLUMNS": "200"}
    return subprocess.Popen([sys.executable, "-m", "warta", "watch", *args], env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(cond, limit=120.0):
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if cond():
            return
        time.sleep(0.1)
    raise AssertionError("timed out waiting")


def rows(db, sql):
    engine = create_engine(db)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).all()
    finally:
        engine.dispose()


def serve_story(server, slow=20.0):
    server.add("/a", A)
    server.add("/b", B)
    server.add("/c", C, delay=slow)
    server.add("/feed.xml", rss([(server.url(p), p, DAY1) for p in ("/a", "/b", "/c")]))


def test_resume_after_kill_9_without_duplicates(server, tmp_path):
    serve_story(server)
    db = f"sqlite:///{tmp_path / 'w.db'}"
    alerts = tmp_path / "alerts.jsonl"
    args = ["--db", db, "--alerts", str(alerts), "--delay", "0", "--timeout", "60"]
    proc = start([server.url("/feed.xml"), "--interval", "1", *args], tmp_path)
    try:
        wait_for(lambda: server.requests("/c"))  # /a and /b are stored; /c is in flight
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert rows(db, "SELECT count(*) FROM articles")[0][0] == 2
    assert sorted(r[0] for r in rows(db, "SELECT status FROM watch_items")) == ["new", "stored", "stored"]
    server.routes["/c"].delay = 0
    done = start(["--once", *args], tmp_path)  # the sources are remembered in the store
    out, err = done.communicate(timeout=300)
    assert done.returncode == 0, err
    assert rows(db, "SELECT count(*), count(DISTINCT content_hash), count(DISTINCT url) FROM articles")[0] == (3, 3, 3)
    assert [r[0] for r in rows(db, "SELECT status FROM watch_items")] == ["done"] * 3
    assert (len(server.requests("/a")), len(server.requests("/b"))) == (1, 1)  # stored pages are not fetched again
    written = [json.loads(x) for x in alerts.read_text().splitlines()]
    printed = [json.loads(x) for x in out.splitlines()]
    assert written == printed
    keys = [a["key"] for a in written]
    assert len(keys) == len(set(keys))
    # /a and /b arrived in one batch, /b stored second: the alerts are those of one page a poll
    assert [(a["kind"], a.get("new", {}).get("source")) for a in written] == [
        ("new_story", None), ("disagreement", "Rescue Office"), ("disagreement", "Andi Sultan")]
    # once more: nothing new anywhere
    again = start(["--once", *args], tmp_path)
    out2, err2 = again.communicate(timeout=300)
    assert (again.returncode, out2) == (0, ""), err2
    assert len(alerts.read_text().splitlines()) == len(written)
    assert rows(db, "SELECT count(*) FROM articles")[0][0] == 3


def test_ctrl_c_stops_cleanly_and_status_shows_health(server, tmp_path):
    serve_story(server, slow=3.0)
    server.add("/down.xml", "x", status=503)
    db = f"sqlite:///{tmp_path / 'w.db'}"
    proc = start([server.url("/feed.xml"), server.url("/down.xml"), "--db", db, "--delay", "0", "--timeout", "30",
                  "--interval", "600"], tmp_path)
    try:
        wait_for(lambda: server.requests("/c"))
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "stopping after the current page" in err
    # the pages stored before the stop had their corpus update and alerts
    assert sorted(json.loads(x)["kind"] for x in out.splitlines()) == ["disagreement"] * 2 + ["new_story"]
    status = subprocess.run([sys.executable, "-m", "warta", "watch", "--status", "--db", db, "-f", "jsonl"],
                            env={**os.environ, "PYTHONPATH": SRC}, capture_output=True, text=True, timeout=120)
    health = {r["url"]: r for r in map(json.loads, status.stdout.splitlines())}
    feed, down = health[server.url("/feed.xml")], health[server.url("/down.xml")]
    assert (feed["ok"], feed["kind"], feed["items_seen"], feed["pages_fetched"], feed["waiting"]) == (
        True, "feed", 3, 3, 0)
    assert (down["ok"], down["failures"], down["last_error"]) == (
        False, 1, "HTTP 503 Service Unavailable (after 4 tries)")
    table = subprocess.run([sys.executable, "-m", "warta", "watch", "--status", "--db", db],
                           env={**os.environ, "PYTHONPATH": SRC, "COLUMNS": "250"}, capture_output=True, text=True,
                           timeout=120)
    assert "HTTP 503 Service Unavailable (after 4 tries)" in table.stdout and "watched sources" in table.stdout
