"""A polite HTTP client for news pages, feeds and sitemaps (httpx).

Polite by default: robots.txt is honoured (RFC 9309: redirects followed, a missing file allows
everything, a server error disallows the site until it is read again), one request at a time per host with a delay
between them (or the site's Crawl-delay when longer), a User-Agent that names warta and its
version, conditional GET (ETag / Last-Modified), retries with exponential back-off on server
errors, 429 and timeouts (Retry-After honoured, capped), a connect/read timeout, a size limit
enforced while streaming (a page that says nothing of its length, or lies about it, stops at the
limit), and at most a few redirects, each checked against robots.txt. Every failure is returned
as a `FetchResult` with an `error`, never raised.
"""

from __future__ import annotations

import email.utils
import threading
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from warta.errors import bounded

ROBOTS_MAX_BYTES = 500_000  # RFC 9309: parse at least the first 500 KiB
ROBOTS_TTL_S = 3600.0  # a robots.txt read is trusted this long
ROBOTS_ERROR_TTL_S = 300.0  # an unreadable one disallows the site this long, then it is read again
RETRY_AFTER_CAP_S = 60.0
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
CHUNK = 64 * 1024


def _version() -> str:
    from warta import __version__

    return __version__


def _fetch_defaults() -> dict:
    raw = resources.files("warta").joinpath("defaults.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw).get("fetch", {})


@dataclass(frozen=True)
class FetchPolicy:
    """How politely pages are fetched; defaults from the `[fetch]` section of defaults.toml."""

    delay_s: float = 1.0  # between two requests to one host
    timeout_s: float = 20.0  # connect / read / write / pool timeout of one request
    retries: int = 3  # further tries after a server error, 429 or timeout
    backoff_s: float = 1.0  # first back-off; doubled for each further try
    max_redirects: int = 5
    max_bytes: int = 20_000_000  # a response body over this is refused (checked while streaming)
    robots: bool = True
    user_agent: str = ""  # empty: "warta/<version> (+https://pypi.org/project/warta/)"

    @classmethod
    def from_defaults(cls, **overrides) -> FetchPolicy:
        values = {k: v for k, v in _fetch_defaults().items() if k in cls.__dataclass_fields__}
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @property
    def agent(self) -> str:
        return self.user_agent or f"warta/{_version()} (+https://pypi.org/project/warta/; news analysis)"


@dataclass
class FetchResult:
    """What one GET gave: the body (status 200), `not_modified` (304), or an `error` in one line."""

    url: str
    final_url: str | None = None
    status: int | None = None
    content: bytes = b""
    content_type: str = ""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    error: str | None = None
    refused: bool = False  # robots.txt rules it out, or it is no page: trying again will not help
    attempts: int = 0
    redirects: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None


class _TooLarge(Exception):
    pass


def _host(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def _retry_after(value: str | None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _media(content_type: str) -> tuple[str, str | None]:
    """('text/html', 'utf-8') from a Content-Type header value."""
    main, _, params = content_type.partition(";")
    charset = None
    for p in params.split(";"):
        k, _, v = p.strip().partition("=")
        if k.strip().lower() == "charset" and v.strip():
            charset = v.strip().strip("\"'").lower()
    return main.strip().lower(), charset


class Fetcher:
    """One polite HTTP client: reuse it for many URLs so per-host delays and robots.txt are shared.

    Args:
        policy: the politeness settings (`FetchPolicy.from_defaults()` when None).
        transport: an httpx transport (tests use a mock one; None: the network).
        sleep, clock: injected for tests; time.sleep / time.monotonic by default.
    """

    def __init__(self, policy: FetchPolicy | None = None, *, transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic):
        self.policy = policy or FetchPolicy.from_defaults()
        t = self.policy.timeout_s
        self.client = httpx.Client(
            headers={"User-Agent": self.policy.agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(t, connect=min(t, 10.0)), follow_redirects=False, transport=transport)
        self.sleep = sleep
        self.clock = clock
        self._last: dict[str, float] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        # host -> (expires, rules or None for "all allowed", Crawl-delay, why the site is off limits)
        self._robots: dict[str, tuple[float, RobotFileParser | None, float | None, str | None]] = {}
        self.requests = 0  # how many HTTP requests were sent (robots.txt included)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- politeness ------------------------------------------------------------------------------
    def _lock(self, host: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(host, threading.Lock())

    def _turn(self, host: str) -> None:
        """Wait until this host may be asked again (the caller holds the host's lock)."""
        delay = max(self.policy.delay_s, self._crawl_delay(host) or 0.0)
        last = self._last.get(host)
        if last is not None:
            wait = last + delay - self.clock()
            if wait > 0:
                self.sleep(wait)

    def _crawl_delay(self, host: str) -> float | None:
        entry = self._robots.get(host)
        return entry[2] if entry else None

    def _robots_for(self, host: str) -> RobotFileParser | None:
        """The host's robots rules (None: all allowed), read at most once per TTL. A server error
        or an unreachable robots.txt disallows the site (RFC 9309) until it is read again."""
        now = self.clock()
        entry = self._robots.get(host)
        if entry is not None and entry[0] > now:
            return entry[1]
        url = host + "/robots.txt"
        parser: RobotFileParser | None = None
        ttl = ROBOTS_TTL_S
        note = None
        try:
            resp = self._send(host, url, {})
            for _hop in range(self.policy.max_redirects):  # RFC 9309: follow at least five redirects
                location = resp.headers.get("Location")
                if resp.status_code not in (301, 302, 303, 307, 308) or not location:
                    break
                resp.close()
                url = urljoin(url, location.strip())
                resp = self._send(_host(url), url, {})
            try:
                if resp.status_code >= 500 or resp.status_code == 429:
                    parser, ttl = _disallow_all(), ROBOTS_ERROR_TTL_S
                    note = f"robots.txt answered HTTP {resp.status_code}"
                elif resp.status_code < 300:
                    body = _read_limited(resp, ROBOTS_MAX_BYTES, truncate=True)
                    parser = RobotFileParser()
                    parser.parse(body.decode("utf-8", "replace").splitlines())
                # 4xx (and redirects past the limit): no rules, everything is allowed
            finally:
                resp.close()
        except httpx.HTTPError as exc:
            parser, ttl = _disallow_all(), ROBOTS_ERROR_TTL_S
            note = f"robots.txt unreachable: {bounded(str(exc) or type(exc).__name__, 120)}"
        delay = None
        if parser is not None:
            raw = parser.crawl_delay(self.policy.agent)
            delay = float(raw) if raw is not None else None
        self._robots[host] = (now + ttl, parser, delay, note)
        return parser

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets warta fetch `url` (always True when the policy ignores robots)."""
        if not self.policy.robots:
            return True
        host = _host(url)
        with self._lock(host):
            parser = self._robots_for(host)
        return parser is None or parser.can_fetch(self.policy.agent, url)

    def _send(self, host: str, url: str, headers: dict) -> httpx.Response:
        """One request, after the host's delay (the caller holds the host's lock); streamed."""
        self._turn(host)
        try:
            self.requests += 1
            return self.client.send(self.client.build_request("GET", url, headers=headers), stream=True)
        finally:
            self._last[host] = self.clock()

    # -- fetching --------------------------------------------------------------------------------
    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            max_bytes: int | None = None, accept: Callable[[str], bool] | None = None) -> FetchResult:
        """GET `url` politely; conditional when `etag` / `last_modified` (from an earlier result) are given.

        Args:
            accept: a test of the media type ('text/html'); a response it refuses is an error and its
                body is never read.

        Never raises for a network or HTTP failure: the result's `error` says what went wrong.
        """
        limit = self.policy.max_bytes if max_bytes is None else max_bytes
        result = FetchResult(url=url)
        current = url
        for _hop in range(self.policy.max_redirects + 1):
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                result.error = f"not an http(s) URL: {bounded(current, 200)}"
                return result
            if not self.allowed(current):
                note = self._robots.get(_host(current), (0, None, None, None))[3]
                result.error = f"disallowed by robots.txt: {bounded(current, 200)}" + (f" ({note})" if note else "")
                result.refused = note is None  # a robots.txt that could not be read is read again later
                return result
            headers = {}
            if current == url:  # validators belong to the URL they came from
                if etag:
                    headers["If-None-Match"] = etag
                if last_modified:
                    headers["If-Modified-Since"] = last_modified
            resp = self._attempt(current, headers, result)
            if resp is None:
                return result
            try:
                if resp.status_code in (301, 302, 303, 307, 308):
                    location = resp.headers.get("Location")
                    if not location:
                        result.error = f"HTTP {resp.status_code} redirect without a Location header"
                        return result
                    current = urljoin(current, location.strip())
                    result.redirects.append(current)
                    continue
                return self._finish(resp, result, current, limit, accept)
            finally:
                resp.close()
        result.error = f"more than {self.policy.max_redirects} redirects (last to {bounded(current, 200)})"
        return result

    def _attempt(self, url: str, headers: dict, result: FetchResult) -> httpx.Response | None:
        """The response, after retries on server errors, 429 and timeouts; None with `result.error` set."""
        host = _host(url)
        tries = max(0, self.policy.retries) + 1
        for attempt in range(tries):
            result.attempts += 1
            wait = self.policy.backoff_s * (2 ** attempt)
            with self._lock(host):
                try:
                    resp = self._send(host, url, headers)
                except httpx.TimeoutException:
                    result.error = f"timed out after {self.policy.timeout_s:g} s"
                    resp = None
                except httpx.HTTPError as exc:
                    result.error = f"network error: {bounded(str(exc) or type(exc).__name__, 200)}"
                    resp = None
            if resp is not None and resp.status_code not in RETRY_STATUSES:
                result.error = None
                return resp
            if resp is not None:
                result.status = resp.status_code
                result.error = f"HTTP {resp.status_code} {resp.reason_phrase}".strip()
                asked = _retry_after(resp.headers.get("Retry-After"))
                if asked is not None:
                    wait = max(wait, asked)
                resp.close()
            if attempt + 1 < tries:
                if wait > RETRY_AFTER_CAP_S:
                    result.error += f" (the server asks to wait {wait:.0f} s; not retried)"
                    return None
                self.sleep(wait)
        if tries > 1:
            result.error += f" (after {tries} tries)"
        return None

    def _finish(self, resp: httpx.Response, result: FetchResult, final: str, limit: int,
                accept: Callable[[str], bool] | None) -> FetchResult:
        result.final_url = final
        result.status = resp.status_code
        result.etag = resp.headers.get("ETag")
        result.last_modified = resp.headers.get("Last-Modified")
        result.content_type, result.charset = _media(resp.headers.get("Content-Type", ""))
        if resp.status_code == 304:
            result.not_modified = True
            return result
        if resp.status_code != 200:
            result.error = f"HTTP {resp.status_code} {resp.reason_phrase}".strip()
            return result
        if accept is not None and not accept(result.content_type):
            result.error = f"not a page warta reads (Content-Type {bounded(result.content_type or 'none', 80)})"
            result.refused = True
            return result
        declared = resp.headers.get("Content-Length", "")
        if declared.strip().isdigit() and int(declared) > limit and "content-encoding" not in resp.headers:
            result.error = f"response is {int(declared):,} bytes, over the limit of {limit:,}"
            return result
        try:
            result.content = _read_limited(resp, limit)
        except _TooLarge:
            result.error = f"response over the limit of {limit:,} bytes (stopped while reading)"
        except httpx.TimeoutException:
            result.error = f"timed out after {self.policy.timeout_s:g} s while reading the body"
        except httpx.HTTPError as exc:
            result.error = f"network error while reading the body: {bounded(str(exc) or type(exc).__name__, 200)}"
        return result


def _read_limited(resp: httpx.Response, limit: int, *, truncate: bool = False) -> bytes:
    """The body, decompressed, never more than `limit` bytes in memory (a gzip bomb stops there)."""
    out = bytearray()
    for chunk in resp.iter_bytes(CHUNK):
        out += chunk
        if len(out) > limit:
            if truncate:
                return bytes(out[:limit])
            raise _TooLarge
    return bytes(out)


def _disallow_all() -> RobotFileParser:
    parser = RobotFileParser()
    parser.parse(["User-agent: *", "Disallow: /"])
    return parser
