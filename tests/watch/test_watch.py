"""`warta watch` against a local server: new items, alerts once, corrections, bad sources, health."""

import importlib.util
import json
from pathlib import Path

import pytest
from tests.watch.pages import A2, DAY1, DAY1_LATER, A, B
from tests.watch.server import rss, sitemap, sitemap_index

from warta.fetcher import FetchPolicy
from warta.options import load_options
from warta.watch import JsonlSink, Watcher, WebhookSink
from warta.watch.state import MAX_ATTEMPTS, health, list_alerts

_spec = importlib.util.spec_from_file_location("_store_conftest", Path(__file__).parents[1] / "store" / "conftest.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
open_backend, PG_URL = _mod.open_backend, _mod.PG_URL
POLICY = FetchPolicy(delay_s=0.0, backoff_s=0.01, timeout_s=1.0, retries=1, max_bytes=200_000)


@pytest.fixture(params=["sqlite-file", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    if request.param == "postgresql" and not PG_URL:
        pytest.skip("PostgreSQL tests need WARTA_TEST_PG_URL")
    st, cleanup = open_backend(request.param, tmp_path)
    try:
        yield st
    finally:
        st.close()
        cleanup()


def make_watcher(store, sinks=(), **kw):
    return Watcher(store, load_options(lang="en"), policy=POLICY, sinks=sinks, log=lambda m: None, **kw)


def said(alert):
    """(kind, source, value) of an alert, for comparing."""
    if alert["kind"] == "disagreement":
        return ("disagreement", alert["new"]["source"], alert["new"]["value"])
    if alert["kind"] == "revision":
        return ("revision", alert["source"], alert["previous"]["value"], alert["now"]["value"], alert["why"])
    return (alert["kind"],)


def test_new_items_within_one_interval_and_a_new_conflicting_figure_alerted_once(server, store, tmp_path):
    server.add("/a", A)
    server.add("/b", B)
    feed = server.add("/feed.xml", rss([(server.url("/a"), "A", DAY1)]), content_type="application/rss+xml")
    seen, polls = [], []
    alerts_file = tmp_path / "alerts.jsonl"
    watcher = make_watcher(store, sinks=[seen.append, JsonlSink(str(alerts_file))])

    def after_poll(line):  # the story develops between the first and second poll
        polls.append(line)
        if len(polls) == 1:
            feed.body = rss([(server.url("/b"), "B", DAY1), (server.url("/a"), "A", DAY1)]).encode()

    watcher.log = after_poll
    watcher.add_sources([server.url("/feed.xml")])
    watcher.run(interval=0.01, polls=3)
    assert polls[0].startswith("sources 1 (0 failed), listed 1, fetched 1, stored 1")
    assert polls[1].startswith("sources 1 (0 failed), listed 1, fetched 1, stored 1")  # B, the next poll
    assert polls[2] == ("sources 1 (0 failed), listed 0, fetched 0, stored 0, failed 0, unchanged 0, alerts 0")
    assert [said(a) for a in seen] == [
        ("new_story",),
        ("disagreement", "Rescue Office", 12.0),
        ("disagreement", "Andi Sultan", 12.0),
    ]
    conflict = seen[1]
    assert conflict["conflict_kind"] == "numeric_divergence"
    assert sorted({(x["source"], x["value"]) for x in conflict["against"]}) == [
        ("Abdul Muhari", 7.0), ("National Disaster Management Agency", 7.0)]
    assert conflict["new"]["url"] == server.url("/b")
    # the file holds the same alerts, once each
    assert [json.loads(x)["key"] for x in alerts_file.read_text().splitlines()] == [a["key"] for a in seen]
    # a restart polls again: nothing new, nothing alerted, no page fetched twice
    again = []
    make_watcher(store, sinks=[again.append]).poll()
    assert again == [] and store.count_articles() == 2
    assert (len(server.requests("/a")), len(server.requests("/b"))) == (1, 1)


def test_a_correction_is_a_new_version_and_a_revision_alert(server, store):
    page = server.add("/a", A, etag='"v1"')
    feed = server.add("/feed.xml", rss([(server.url("/a"), "A", DAY1)]))
    server.add("/b", B)
    watcher = make_watcher(store, sinks=[])
    watcher.add_sources([server.url("/feed.xml")])
    watcher.poll()
    feed.body = rss([(server.url("/b"), "B", DAY1), (server.url("/a"), "A", DAY1)]).encode()
    watcher.poll()
    # the outlet corrects its page: new text, new ETag, and the feed gives the item a new date
    page.body, page.etag = A2.encode(), '"v2"'
    feed.body = rss([(server.url("/b"), "B", DAY1), (server.url("/a"), "A", DAY1_LATER)]).encode()
    seen = []
    watcher.sinks = [seen.append]
    report = watcher.poll()
    assert (report.fetched, report.stored) == (1, 1)
    assert server.requests("/a")[-1][2]["If-None-Match"] == '"v1"'  # a conditional re-fetch
    revisions = [said(a) for a in seen if a["kind"] == "revision"]
    assert revisions == [("revision", "National Disaster Management Agency", 7.0, 9.0, "correction"),
                         ("revision", "Abdul Muhari", 7.0, 9.0, "correction")]
    assert ("disagreement", "Abdul Muhari", 9.0) in [said(a) for a in seen]
    (current,) = [a for a in store.list_articles().items if a.url == server.url("/a")]
    assert [v.version for v in store.article_versions(current.id)] == [1, 2]
    # polled again (the page unchanged, answered 304): nothing alerted twice
    feed.body = rss([(server.url("/b"), "B", DAY1), (server.url("/a"), "A", "Wed, 13 Nov 2024 08:00:00 +0700")]).encode()
    report = watcher.poll()
    assert (report.not_modified, report.alerts) == (1, [])


BOMB = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><title>&lol2;</title><item><link>http://x/1</link></item></channel></rss>"""


def test_bad_sources_and_pages_are_survived_with_health_recorded(server, store):
    server.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    server.add("/down.xml", "x", status=500)
    server.add("/bomb.xml", BOMB)
    server.add("/notfeed", "<html><body><p>hello</p></body></html>")
    server.add("/huge.xml", rss([(f"http://x/{i}", "t" * 100, DAY1) for i in range(2000)]))
    server.add("/binary.xml", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, content_type="application/xml")
    pages = {"/slow": dict(body=A, delay=3), "/huge": dict(body=b"<p>" + b"x" * 300_000),
             "/pdf": dict(body=b"%PDF-1.7\n" + bytes(range(256)) * 4), "/loop": dict(status=302, headers={"Location": "/loop"}),
             "/private/x": dict(body=A), "/flaky": dict(body=A, fail_first=1),
             "/cp1252": dict(body=B.replace("Beta News", "Béta News").encode("cp1252"))}
    for path, kw in pages.items():
        server.add(path, **kw)
    server.add("/good.xml", rss([(server.url(p), p, DAY1) for p in pages]))
    watcher = make_watcher(store)
    watcher.add_sources([server.url(p) for p in ("/down.xml", "/bomb.xml", "/notfeed", "/huge.xml", "/binary.xml",
                                                 "/good.xml")])
    report = watcher.poll()
    assert (report.sources, report.source_errors, report.fetched, report.failed) == (6, 5, 2, 5)
    by_url = {h["url"].removeprefix(server.base): h for h in health(store)}
    assert by_url["/down.xml"]["last_error"] == "HTTP 500 Internal Server Error (after 2 tries)"
    assert by_url["/bomb.xml"]["last_error"] == "the XML declares entities (refused: entity expansion attacks)"
    assert by_url["/notfeed"]["last_error"] == "not an RSS/Atom feed or an XML sitemap"
    assert by_url["/binary.xml"]["last_error"] == "not an RSS/Atom feed or an XML sitemap"
    assert by_url["/huge.xml"]["last_error"] == "response is 407,056 bytes, over the limit of 200,000"
    assert [by_url[u]["ok"] for u in ("/down.xml", "/bomb.xml", "/notfeed", "/good.xml")] == [False] * 3 + [True]
    assert not by_url["/huge.xml"]["ok"] and not by_url["/binary.xml"]["ok"]
    good = by_url["/good.xml"]
    assert (good["items_seen"], good["pages_fetched"], good["pages_failed"]) == (7, 2, 5)
    with store.engine.connect() as conn:
        from sqlalchemy import select

        from warta.watch.schema import WatchItemRow as I

        items = {r.url.removeprefix(server.base): (r.status, r.error) for r in conn.execute(select(I))}
    assert items["/slow"] == ("failed", "timed out after 1 s (after 2 tries)")
    assert items["/huge"] == ("failed", "response is 300,003 bytes, over the limit of 200,000")
    assert items["/pdf"] == ("failed", "input is binary data (PDF document), not text or HTML")
    assert items["/loop"][0] == "failed" and items["/loop"][1].startswith("more than 5 redirects")
    assert items["/private/x"] == ("skipped", f"disallowed by robots.txt: {server.url('/private/x')}")
    assert items["/flaky"][0] == "done" and items["/cp1252"][0] == "done"
    assert "Béta News" in {a.outlet for a in store.list_articles().items}
    # failed pages are tried again on later polls, up to a limit; a robots.txt refusal never
    for _ in range(MAX_ATTEMPTS + 1):
        watcher.poll()
    assert len(server.requests("/pdf")) == MAX_ATTEMPTS
    assert len(server.requests("/private/x")) == 0
    assert {h["url"].removeprefix(server.base): h["failures"] for h in health(store)}["/down.xml"] == MAX_ATTEMPTS + 2


def test_sitemap_index_news_sitemap_and_conditional_polls(server, store):
    server.add("/a", A)
    server.add("/news.xml", sitemap([(server.url("/a"), "2024-11-12T08:00:00+07:00")], news=True), etag='"n1"')
    server.add("/index.xml", sitemap_index([server.url("/news.xml")]), etag='"i1"')
    watcher = make_watcher(store)
    watcher.add_sources([server.url("/index.xml")])
    first = watcher.poll()
    second = watcher.poll()
    assert (first.sources, first.listed, first.stored) == (2, 1, 1)
    assert (second.sources, second.listed, second.fetched) == (2, 0, 0)
    assert [r[2].get("If-None-Match") for r in server.requests("/index.xml")] == [None, '"i1"']
    assert [r[2].get("If-None-Match") for r in server.requests("/news.xml")] == [None, '"n1"']
    rows = {h["url"].removeprefix(server.base): h for h in health(store)}
    assert (rows["/index.xml"]["kind"], rows["/news.xml"]["kind"]) == ("sitemapindex", "sitemap")
    assert rows["/news.xml"]["parent_id"] == rows["/index.xml"]["id"]
    (article,) = store.list_articles().items
    assert article.title == "Flash flood kills seven in Sigi"


def test_webhook_gets_each_alert_and_a_failing_one_is_recorded(server, store):
    server.add("/a", A)
    server.add("/feed.xml", rss([(server.url("/a"), "A", DAY1)]))
    server.add("/hook", status=204)
    hook = WebhookSink(server.url("/hook"), POLICY, sleep=lambda s: None)
    watcher = make_watcher(store, sinks=[hook])
    watcher.add_sources([server.url("/feed.xml")])
    watcher.poll()
    (post,) = server.requests("/hook", method="POST")
    body = json.loads(post[3])
    assert (body["kind"], body["key"], post[2]["Content-Type"]) == ("new_story", body["key"], "application/json")
    assert body["urls"] == [server.url("/a")]
    # a webhook that fails: the alert is still sent to the other outputs, and the error kept
    server.add("/b", B)
    server.add("/feed.xml", rss([(server.url("/b"), "B", DAY1)]))
    server.add("/hook", status=500)
    watcher.poll()
    assert len(server.requests("/hook", method="POST")) == 1 + 2 * 3  # two alerts, three tries each
    with store.engine.connect() as conn:
        from sqlalchemy import select

        from warta.watch.schema import WatchAlertRow

        errors = [r.webhook_error for r in conn.execute(select(WatchAlertRow).order_by(WatchAlertRow.id))]
    assert errors == [None, "HTTP 500", "HTTP 500"]
    assert [a["kind"] for a in list_alerts(store)] == ["disagreement", "disagreement", "new_story"]


def test_a_new_question_and_a_source_revising_its_figure_in_a_later_report(server, store):
    from tests.watch.pages import DAY2, D

    server.add("/a", A)
    server.add("/b", B)
    server.add("/d", D)
    feed = server.add("/feed.xml", rss([(server.url("/b"), "B", DAY1)]))
    seen = []
    watcher = make_watcher(store, sinks=[seen.append])
    watcher.add_sources([server.url("/feed.xml")])
    watcher.poll()
    assert [said(a) for a in seen] == [("new_story",)]
    feed.body = rss([(server.url("/a"), "A", DAY1), (server.url("/b"), "B", DAY1)]).encode()
    seen.clear()
    watcher.poll()
    # the houses damaged: a question nobody in the story had answered
    assert [said(a) for a in seen] == [("new_question",), ("disagreement", "National Disaster Management Agency", 7.0),
                                       ("disagreement", "Abdul Muhari", 7.0)]
    assert (seen[0]["answer"]["source"], seen[0]["answer"]["value"]) == ("Abdul Muhari", 312.0)
    assert seen[0]["question_key"].startswith("m|houses|count|")
    feed.body = rss([(server.url("/d"), "D", DAY2), (server.url("/a"), "A", DAY1)]).encode()
    seen.clear()
    watcher.poll()
    # a toll of another day is no conflict with the rescuers' toll of the 12th (corpus/conflicts.py), but
    # the spokesman's own count moved
    assert [said(a) for a in seen] == [("revision", "Abdul Muhari", 7.0, 9.0, "later report")]
    assert seen[0]["previous"]["url"] == server.url("/a") and seen[0]["now"]["url"] == server.url("/d")


def test_alerts_do_not_depend_on_how_pages_fall_into_polls(server, store):
    server.add("/a", A)
    server.add("/b", B)
    server.add("/feed.xml", rss([(server.url("/a"), "A", DAY1), (server.url("/b"), "B", DAY1)]))
    seen = []
    watcher = make_watcher(store, sinks=[seen.append])
    watcher.add_sources([server.url("/feed.xml")])
    watcher.poll()  # both pages in one poll: the same alerts as one a poll
    assert [said(a) for a in seen] == [("new_story",), ("disagreement", "Rescue Office", 12.0),
                                       ("disagreement", "Andi Sultan", 12.0)]


def test_only_the_kinds_asked_for_are_written_and_all_are_recorded(server, store):
    server.add("/a", A)
    server.add("/b", B)
    server.add("/feed.xml", rss([(server.url("/a"), "A", DAY1), (server.url("/b"), "B", DAY1)]))
    seen = []
    watcher = make_watcher(store, sinks=[seen.append], kinds={"disagreement"})
    watcher.add_sources([server.url("/feed.xml")])
    watcher.poll()
    assert [a["kind"] for a in seen] == ["disagreement", "disagreement"]
    assert sorted(a["kind"] for a in list_alerts(store)) == ["disagreement", "disagreement", "new_story"]
    assert watcher.poll().alerts == []  # the one left out is not written later either


def test_cli_refuses_unknown_kinds_and_an_empty_watch_list(tmp_path):
    from typer.testing import CliRunner

    from warta.cli import app

    db = f"sqlite:///{tmp_path / 'c.db'}"
    bad = CliRunner().invoke(app, ["watch", "http://x/rss", "--db", db, "--kinds", "disagreement,gossip"])
    assert (bad.exit_code, bad.stderr.strip()) == (
        2, "warta: unknown alert kind gossip: use new_story, new_question, disagreement, revision")
    empty = CliRunner().invoke(app, ["watch", "--db", db, "--once"])
    assert (empty.exit_code, empty.stderr.strip()) == (
        2, "warta: nothing to watch: give feed or sitemap URLs, or --sources FILE")
    status = CliRunner().invoke(app, ["watch", "--status", "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert status.exit_code == 2 and "no database at" in status.stderr


def test_max_age_leaves_out_the_archive_until_a_page_is_dated_anew(server, store):
    from datetime import UTC, datetime

    today = datetime.now(UTC).date().isoformat()
    server.add("/a", A)
    server.add("/b", B)
    listing = server.add("/s.xml", sitemap([(server.url("/a"), "2019-05-01"), (server.url("/b"), today)]))
    watcher = make_watcher(store, max_age_days=2)
    watcher.add_sources([server.url("/s.xml")])
    report = watcher.poll()
    assert (report.listed, report.stored) == (1, 1)
    assert server.requests("/a") == []
    (row,) = [h for h in health(store)]
    assert (row["too_old"], row["waiting"], row["pages_fetched"]) == (1, 0, 1)
    listing.body = sitemap([(server.url("/a"), today), (server.url("/b"), today)]).encode()  # /a updated today
    assert watcher.poll().stored == 1 and len(server.requests("/a")) == 1


def test_an_alert_written_before_a_crash_is_not_appended_to_the_file_again(tmp_path):
    path = tmp_path / "alerts.jsonl"
    path.write_text(json.dumps({"id": 7, "key": "k7"}) + "\n" + json.dumps({"id": 8, "key": "k8"}) + "\n")
    sink = JsonlSink(str(path))
    sink({"id": 8, "key": "k8"})  # sent before the kill, not marked: skipped
    sink({"id": 9, "key": "k9"})
    assert [json.loads(x)["id"] for x in path.read_text().splitlines()] == [7, 8, 9]
