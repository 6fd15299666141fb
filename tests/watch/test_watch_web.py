"""The watch page and /api/watch: source health, alerts, and what is new since the last visit."""

import json

import pytest
from fastapi.testclient import TestClient

from warta.api.app import create_app
from warta.store import Store
from warta.watch.alerts import Alert
from warta.watch.state import add_sources, finish_batch, source_polled


@pytest.fixture
def client(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        ok, bad = add_sources(store, ["http://news.test/rss", "http://down.test/feed.xml"])
        source_polled(store, ok.id, kind="feed", etag=None, last_modified=None, items=4)
        source_polled(store, bad.id, kind=None, etag=None, last_modified=None, error="HTTP 503 Service Unavailable")
        finish_batch(store, [], [Alert("new_story", "new_story|1", 1, 1, {"title": "Flood in Sigi"})])
        with TestClient(create_app(store=store), raise_server_exceptions=False) as c:
            c.store = store
            yield c


def _later_alert(store, key, payload):
    from sqlalchemy import update

    from warta.store.db import write_transaction
    from warta.watch.schema import WatchAlertRow

    finish_batch(store, [], [Alert("disagreement", key, 1, 2, payload)])
    with write_transaction(store.engine) as conn:  # one second later than the first
        conn.execute(update(WatchAlertRow).where(WatchAlertRow.key == key).values(created_at="2999-01-01T00:00:00+00:00"))


def test_api_watch_lists_health_and_alerts(client):
    body = client.get("/api/watch").json()
    assert [(s["url"], s["ok"], s["last_error"]) for s in body["sources"]] == [
        ("http://news.test/rss", True, None), ("http://down.test/feed.xml", False, "HTTP 503 Service Unavailable")]
    assert [(a["kind"], a["title"]) for a in body["alerts"]] == [("new_story", "Flood in Sigi")]
    assert client.get("/api/watch", params={"since": "2999-01-01"}).json()["alerts"] == []
    assert client.get("/api/watch", params={"since": "yesterday"}).status_code == 422


def test_watch_page_marks_what_is_new_since_the_last_visit(client):
    first = client.get("/watch")
    assert first.status_code == 200
    assert "Flood in Sigi" in first.text and "failing" in first.text and "HTTP 503 Service Unavailable" in first.text
    assert first.text.count('class="badge">new<') == 1  # a first visit: everything is new
    seen = client.cookies.get("warta_watch_seen")
    assert seen is not None
    again = client.get("/watch")
    assert f"New since your last visit ({seen})" in again.text
    assert 'class="badge">new<' not in again.text
    _later_alert(client.store, "disagreement|x", {
        "question": "How many dead?", "new": {"source": "Rescue Office", "value": 12.0},
        "against": [{"source": "BNPB", "value": 7.0}]})
    third = client.get("/watch")
    assert third.text.count('class="badge">new<') == 1
    assert "How many dead?: Rescue Office says 12; against BNPB (7)" in " ".join(third.text.split())
    # ?since= shows what is new after any time, whatever the cookie says
    assert client.get("/watch", params={"since": "2000-01-01"}).text.count('class="badge">new<') == 2
    assert json.loads(client.get("/api/watch").text)["alerts"][0]["key"] == "disagreement|x"


def test_alerts_filtered_by_kind_with_counts(client):
    _later_alert(client.store, "disagreement|y", {"question": "How many dead?", "new": {"source": "R", "value": 1},
                                                  "against": []})
    body = client.get("/api/watch", params={"kind": "disagreement"}).json()
    assert ([a["key"] for a in body["alerts"]], body["counts"]) == (["disagreement|y"], {"disagreement": 1,
                                                                                           "new_story": 1})
    assert client.get("/api/watch", params={"kind": "gossip"}).status_code == 422
    page = " ".join(client.get("/watch", params={"kind": "disagreement"}).text.split())
    assert "<strong>disagreement (1)</strong>" in page and '<a href="/watch?kind=new_story">new story (1)</a>' in page
    assert "Flood in Sigi" not in page
