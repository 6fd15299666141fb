"""Stories and conflicts after POST /api/articles: one corpus update for many posts, off the request.

The update is incremental (`Store.update_corpus`: work for the new articles and the stories they
touch), but it takes the store's write lock; running one per POST would make every post wait for
it. Posts only mark the corpus stale; a background thread updates it once
the posts have paused for `delay_s` (and at least every `max_wait_s` under a steady stream), so a
burst of posts costs one rebuild. Closing the app runs the pending one.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

log = logging.getLogger(__name__)


class Rebuilder:
    def __init__(self, rebuild: Callable[[], None], *, delay_s: float = 1.0, max_wait_s: float = 30.0) -> None:
        self._rebuild = rebuild
        self.delay_s = delay_s
        self.max_wait_s = max_wait_s
        self._cond = threading.Condition()
        self._stale_since: float | None = None
        self._last_post = 0.0
        self._thread: threading.Thread | None = None
        self._running = False
        self.rebuilds = 0  # how many have run (for tests and the log)

    def request(self) -> None:
        """The corpus changed: rebuild it soon."""
        with self._cond:
            now = time.monotonic()
            self._last_post = now
            if self._stale_since is None:
                self._stale_since = now
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="warta-rebuild", daemon=True)
                self._thread.start()
            self._cond.notify_all()

    def _due(self) -> float | None:
        if self._stale_since is None:
            return None
        return min(self._last_post + self.delay_s, self._stale_since + self.max_wait_s)

    def _loop(self) -> None:
        while True:
            with self._cond:
                due = self._due()
                if due is None:
                    return
                wait = due - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                self._stale_since = None
                self._running = True
            try:
                self._rebuild()
                self.rebuilds += 1
            except Exception:  # noqa: BLE001 - the next post retries; the old stories stay meanwhile
                log.exception("rebuilding stories and conflicts failed")
            finally:
                with self._cond:
                    self._running = False
                    self._cond.notify_all()

    def flush(self, timeout: float = 600.0) -> None:
        """Run a pending rebuild now and wait for it (app shutdown, tests)."""
        with self._cond:
            if self._stale_since is not None:
                self._last_post = self._stale_since = time.monotonic() - self.max_wait_s
                self._cond.notify_all()
            end = time.monotonic() + timeout
            while (self._stale_since is not None or self._running) and time.monotonic() < end:
                self._cond.wait(0.1)
