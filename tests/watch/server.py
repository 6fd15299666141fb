"""A local HTTP server for the fetch and watch tests (127.0.0.1, a free port): routes the tests
change while it runs, conditional GET, delays, failures, redirects, and a log of the requests."""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict = field(default_factory=dict)
    delay: float = 0.0  # seconds before the response
    etag: str | None = None
    last_modified: str | None = None
    fail_first: int = 0  # answer 500 to this many requests first
    gzip: bool = False  # Content-Encoding: gzip
    chunked: bool = False  # no Content-Length


class LocalServer:
    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, str, dict, bytes]] = []  # method, path, headers, body
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):
                n = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(n)
                server._record("POST", self, body)
                route = server.routes.get(self.path)
                status = route.status if route else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def do_GET(self):
                server._record("GET", self, b"")
                route = server.routes.get(self.path)
                if route is None:
                    return self._send(404, b"not found", "text/plain")
                if route.delay:
                    time.sleep(route.delay)
                if route.fail_first > 0:
                    route.fail_first -= 1
                    return self._send(500, b"server error", "text/plain")
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    return self._send(304, b"", None, route)
                if route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified:
                    return self._send(304, b"", None, route)
                body = gzip.compress(route.body) if route.gzip else route.body
                return self._send(route.status, body, route.content_type, route)

            def _send(self, status, body, ctype, route=None):
                self.send_response(status)
                if ctype:
                    self.send_header("Content-Type", ctype)
                if route is not None:
                    for k, v in route.headers.items():
                        self.send_header(k, v)
                    if route.etag:
                        self.send_header("ETag", route.etag)
                    if route.last_modified:
                        self.send_header("Last-Modified", route.last_modified)
                    if route.gzip:
                        self.send_header("Content-Encoding", "gzip")
                if route is not None and route.chunked and status == 200:
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    try:
                        for i in range(0, len(body), 65536):
                            part = body[i:i + 65536]
                            self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                        self.wfile.write(b"0\r\n\r\n")
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                    return
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address):
                pass  # a client that hangs up on an oversized or slow page is what those tests do

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def _record(self, method, handler, body):
        with self.lock:
            self.log.append((method, handler.path, dict(handler.headers), body))

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str = b"", **kw) -> Route:
        route = Route(body=body.encode("utf-8") if isinstance(body, str) else body, **kw)
        self.routes[path] = route
        return route

    def requests(self, path: str | None = None, method: str = "GET") -> list:
        with self.lock:
            return [r for r in self.log if r[0] == method and (path is None or r[1] == path)]

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def news_page(title: str, paras: list[str], date: str, outlet: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<!doctype html><html><head><title>{title} - {outlet}</title>"
            f"<meta property=\"og:site_name\" content=\"{outlet}\">"
            f"<meta property=\"article:published_time\" content=\"{date}T08:00:00+07:00\"></head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


def rss(items: list[tuple[str, str, str]], title: str = "Test feed") -> str:
    """items: (link, title, pubDate in RFC 822)."""
    entries = "".join(f"<item><title>{t}</title><link>{link}</link><pubDate>{d}</pubDate></item>"
                      for link, t, d in items)
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{title}</title>"
            f"<link>http://example.org/</link><description>d</description>{entries}</channel></rss>")


def sitemap(urls: list[tuple[str, str]], news: bool = False) -> str:
    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    rows = []
    for loc, lastmod in urls:
        extra = (f"<news:news><news:publication><news:name>T</news:name><news:language>en</news:language>"
                 f"</news:publication><news:publication_date>{lastmod}</news:publication_date>"
                 f"<news:title>Title of {loc}</news:title></news:news>") if news else f"<lastmod>{lastmod}</lastmod>"
        rows.append(f"<url><loc>{loc}</loc>{extra}</url>")
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"{ns}>"
            + "".join(rows) + "</urlset>")


def sitemap_index(locs: list[str]) -> str:
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs) + "</sitemapindex>")
