"""The polite HTTP client and `warta fetch`, against a local server (nothing leaves the machine)."""

import gzip
import json

import pytest
from tests.watch.server import news_page

import warta
from warta.fetcher import Fetcher, FetchError, FetchPolicy, is_page_type
from warta.fetcher.pages import to_page

PAGE = news_page("Flash flood kills seven in Sigi", [
    "PALU, Indonesia (Daily Alpha) - A flash flood killed seven people in Sigi regency, Central Sulawesi, on "
    "Tuesday, the National Disaster Management Agency (BNPB) said.",
    "BNPB spokesman Abdul Muhari said seven people were killed and 312 houses were damaged by the flood in Sigi."],
    "2024-11-12", "Daily Alpha")


class FakeClock:
    """time.monotonic / time.sleep for the politeness tests: sleeping advances the clock."""

    def __init__(self):
        self.t = 1000.0
        self.sleeps = []

    def clock(self):
        return self.t

    def sleep(self, s):
        self.sleeps.append(round(s, 3))
        self.t += s


def fetcher(**policy):
    kw = {"delay_s": 0.0, "backoff_s": 0.01, "timeout_s": 5.0, **policy}
    return Fetcher(FetchPolicy(**kw))


def test_user_agent_names_warta_and_robots_is_read_once(server):
    server.add("/a", PAGE)
    server.add("/b", PAGE.replace("seven", "eight"))
    with fetcher() as f:
        assert f.get(server.url("/a")).status == 200
        assert f.get(server.url("/b")).status == 200
    agents = {r[2]["User-Agent"] for r in server.requests()}
    assert agents == {f"warta/{warta.__version__} (+https://pypi.org/project/warta/; news analysis)"}
    assert [r[1] for r in server.requests()] == ["/robots.txt", "/a", "/b"]


def test_robots_disallow_is_honoured_and_the_page_never_requested(server):
    server.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    server.add("/private/x", PAGE)
    with fetcher() as f:
        res = f.get(server.url("/private/x"))
    assert res.error == f"disallowed by robots.txt: {server.url('/private/x')}"
    assert server.requests("/private/x") == []


def test_robots_behind_a_redirect_is_followed(server):
    server.add("/robots.txt", status=301, headers={"Location": "/site/robots.txt"})
    server.add("/site/robots.txt", "User-agent: warta\nDisallow: /\n", content_type="text/plain")
    server.add("/a", PAGE)
    with fetcher() as f:
        assert f.get(server.url("/a")).error == f"disallowed by robots.txt: {server.url('/a')}"
    assert server.requests("/a") == []


def test_robots_server_error_disallows_the_site(server):
    server.add("/robots.txt", "oops", status=503)
    server.add("/a", PAGE)
    with fetcher() as f:
        res = f.get(server.url("/a"))
    assert res.error == f"disallowed by robots.txt: {server.url('/a')} (robots.txt answered HTTP 503)"


def test_redirect_into_a_disallowed_path_is_refused(server):
    server.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    server.add("/go", status=302, headers={"Location": "/private/x"})
    with fetcher() as f:
        res = f.get(server.url("/go"))
    assert res.error.startswith("disallowed by robots.txt") and server.requests("/private/x") == []


def test_one_host_waits_its_delay_and_crawl_delay_wins_when_longer(server):
    server.add("/robots.txt", "User-agent: *\nCrawl-delay: 3\n", content_type="text/plain")
    server.add("/a", PAGE)
    clock = FakeClock()
    with Fetcher(FetchPolicy(delay_s=1.0), sleep=clock.sleep, clock=clock.clock) as f:
        f.get(server.url("/a"))
        f.get(server.url("/a"))
    # robots.txt, then /a three seconds later (its Crawl-delay, longer than ours), then /a again
    assert clock.sleeps == [3.0, 3.0]


def test_server_error_then_ok_is_retried_with_backoff(server):
    server.add("/flaky", PAGE, fail_first=2)
    clock = FakeClock()
    with Fetcher(FetchPolicy(delay_s=0.0, backoff_s=0.5), sleep=clock.sleep, clock=clock.clock) as f:
        res = f.get(server.url("/flaky"))
    assert (res.ok, res.status, res.attempts) == (True, 200, 3)
    assert clock.sleeps == [0.5, 1.0]


def test_a_server_that_keeps_failing_is_an_error_record(server):
    server.add("/down", status=503, body="down")
    with fetcher(retries=2) as f:
        res = f.get(server.url("/down"))
    assert res.error == "HTTP 503 Service Unavailable (after 3 tries)"
    assert len(server.requests("/down")) == 3


def test_retry_after_beyond_the_cap_is_not_waited_for(server):
    server.add("/busy", status=429, body="later", headers={"Retry-After": "3600"})
    with fetcher() as f:
        res = f.get(server.url("/busy"))
    assert res.error == "HTTP 429 Too Many Requests (the server asks to wait 3600 s; not retried)"


def test_slow_page_times_out(server):
    server.add("/slow", PAGE, delay=1.5)
    with fetcher(timeout_s=0.3, retries=1) as f:
        res = f.get(server.url("/slow"))
    assert res.error == "timed out after 0.3 s (after 2 tries)"


def test_redirects_are_followed_and_limited(server):
    server.add("/old", status=301, headers={"Location": "/new"})
    server.add("/new", PAGE)
    server.add("/loop", status=302, headers={"Location": "/loop"})
    with fetcher(max_redirects=3) as f:
        res = f.get(server.url("/old"))
        assert (res.final_url, res.redirects) == (server.url("/new"), [server.url("/new")])
        loop = f.get(server.url("/loop"))
    assert loop.error == f"more than 3 redirects (last to {server.url('/loop')})"
    assert len(server.requests("/loop")) == 4


@pytest.mark.parametrize("kw", [{}, {"chunked": True}, {"gzip": True}])
def test_oversized_response_is_refused_while_streaming(server, kw):
    server.add("/big", b"<p>" + b"x" * 300_000 + b"</p>", **kw)
    with fetcher(max_bytes=100_000) as f:
        res = f.get(server.url("/big"))
    assert res.content == b""
    if kw:  # no length, or a compressed one: stopped once 100,000 bytes were read
        assert res.error == "response over the limit of 100,000 bytes (stopped while reading)"
    else:
        assert res.error == "response is 300,007 bytes, over the limit of 100,000"


def test_gzip_bomb_stops_at_the_limit(server):
    bomb = gzip.compress(b"\0" * 50_000_000)
    server.add("/bomb", bomb, content_type="text/html", headers={"Content-Encoding": "gzip"})
    with fetcher(max_bytes=1_000_000) as f:
        res = f.get(server.url("/bomb"))
    assert res.error == "response over the limit of 1,000,000 bytes (stopped while reading)"


def test_conditional_get_with_etag_and_last_modified(server):
    server.add("/e", PAGE, etag='"v1"')
    server.add("/m", PAGE, last_modified="Tue, 12 Nov 2024 08:00:00 GMT")
    with fetcher() as f:
        first = f.get(server.url("/e"))
        again = f.get(server.url("/e"), etag=first.etag)
        m = f.get(server.url("/m"))
        m2 = f.get(server.url("/m"), last_modified=m.last_modified)
    assert (first.etag, again.not_modified, again.status, again.content) == ('"v1"', True, 304, b"")
    assert server.requests("/e")[1][2]["If-None-Match"] == '"v1"'
    assert (m2.not_modified, server.requests("/m")[1][2]["If-Modified-Since"]) == (True, "Tue, 12 Nov 2024 08:00:00 GMT")


def test_media_type_is_checked_before_the_body_is_read(server):
    server.add("/img", b"\x89PNG\r\n\x1a\n" + b"\0" * 5000, content_type="image/png")
    with fetcher() as f:
        res = f.get(server.url("/img"), accept=is_page_type)
    assert res.error == "not a page warta reads (Content-Type image/png)"


@pytest.mark.parametrize("body,ctype,expected", [
    # the header says UTF-8, the body is cp1252: the decoders sniff it
    ("Café Rp 1,2 triliun".encode("cp1252"), "text/plain; charset=utf-8", "Café Rp 1,2 triliun"),
    # the header says Latin-1 (a server default), the body is valid UTF-8
    ("Café – Menteri".encode(), "text/plain; charset=ISO-8859-1", "Café – Menteri"),
    # the header names a charset and the body is in it
    ("Café".encode("iso-8859-15"), "text/plain; charset=iso-8859-15", "Café"),
    # an unknown charset name: sniffed
    ("Café ñ".encode(), "text/plain; charset=x-nonsense", "Café ñ"),
])
def test_encodings(server, body, ctype, expected):
    server.add("/t", body, content_type=ctype)
    with fetcher() as f:
        page = to_page(f.get(server.url("/t"), accept=is_page_type), max_bytes=10**6)
    assert page.data == expected


def test_binary_served_as_html_is_an_error_record(server):
    server.add("/bin", b"%PDF-1.7\n" + bytes(range(256)) * 10, content_type="text/html")
    with fetcher() as f:
        page = to_page(f.get(server.url("/bin")), max_bytes=10**6)
    assert str(page.error) == "input is binary data (PDF document), not text or HTML"


def test_not_http_and_unreachable_are_error_records():
    with fetcher(retries=0) as f:
        assert f.get("file:///etc/passwd").error == "not an http(s) URL: file:///etc/passwd"
        res = f.get("http://127.0.0.1:9/x")  # discard port: nothing listens
    # robots.txt unreachable: the site is off limits (RFC 9309), and the error says why
    assert res.error.startswith("disallowed by robots.txt: http://127.0.0.1:9/x (robots.txt unreachable: ")


def test_python_api_fetch_one_and_many(server):
    server.add("/a", PAGE)
    article = warta.fetch(server.url("/a"), policy=FetchPolicy(delay_s=0))
    assert (article.title, article.url, article.outlet) == ("Flash flood kills seven in Sigi", server.url("/a"),
                                                              "Daily Alpha")
    records = warta.fetch([server.url("/a"), server.url("/missing")], policy=FetchPolicy(delay_s=0))
    assert records[0].title == "Flash flood kills seven in Sigi"
    assert (records[1].source, records[1].error) == (server.url("/missing"), "HTTP 404 Not Found")
    with pytest.raises(FetchError, match="HTTP 404 Not Found"):
        warta.fetch(server.url("/missing"), policy=FetchPolicy(delay_s=0))


def test_python_api_fetch_into_a_store(server):
    server.add("/a", PAGE)
    with warta.Store("sqlite://") as store:
        warta.fetch([server.url("/a")], store=store, policy=FetchPolicy(delay_s=0))
        (story,) = store.list_stories().items
        assert (store.count_articles(), story.title) == (1, "Flash flood kills seven in Sigi")


def test_cli_fetch_jsonl_with_an_error_record(server, monkeypatch):
    from typer.testing import CliRunner

    from warta.cli import app

    monkeypatch.setenv("WARTA_LANG", "en")
    server.add("/a", PAGE)
    res = CliRunner().invoke(app, ["fetch", server.url("/a"), server.url("/gone"), "--delay", "0"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert [x.get("title") for x in lines] == ["Flash flood kills seven in Sigi", None]
    assert lines[1]["error"] == "HTTP 404 Not Found"


def test_cli_fetch_into_a_database(server, tmp_path):
    from typer.testing import CliRunner

    from warta.cli import app

    server.add("/a", PAGE)
    db = f"sqlite:///{tmp_path / 'n.db'}"
    res = CliRunner().invoke(app, ["fetch", server.url("/a"), "--db", db, "--delay", "0"])
    assert res.exit_code == 0, res.output
    assert "stored 1, duplicates 0" in res.stderr
    with warta.Store(db) as store:
        assert [a.url for a in store.list_articles().items] == [server.url("/a")]
