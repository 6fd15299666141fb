"""Per-page time and memory budget: work on a page over budget is stopped and reported.

`page_budget(seconds, memory_mb)` wraps the work on one page. While it is open, the work is
interrupted once it has run longer than `seconds` or the process's resident memory has grown by
more than `memory_mb` since the page started; the `with` block then raises BudgetExceededError,
which callers turn into an error record and move on to the next page.

How the work is stopped:
- in the main thread, an interval timer (SIGALRM) checks the budget a few times a second and
  raises from its handler: this stops Python loops and long regular-expression searches alike;
- in other threads (the web server's worker pool, Dask threads), a watchdog thread checks it and
  raises in the page's thread with `PyThreadState_SetAsyncExc`, which stops Python code at its
  next bytecode (a single long call into C finishes first);
- `checkpoint()` between stages checks it synchronously in any thread.
The interruption is a BaseException, so `except Exception` guards inside the components cannot
swallow it; `page_budget` turns it into the public BudgetExceededError.
"""

from __future__ import annotations

import ctypes
import os
import signal
import threading
import time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from warta.errors import BudgetExceededError

TICK_S = 0.1  # how often the timer or the watchdog looks at the clock and the memory
MIN_TICK_S = 0.01
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


class BudgetInterrupt(BaseException):
    """Raised inside the work on a page that went over its budget (internal: see page_budget)."""


def rss_bytes() -> int | None:
    """Resident memory of this process now (Linux /proc), or None where it cannot be read."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * _PAGE_SIZE
    except (OSError, ValueError, IndexError):
        return None


@dataclass
class _Budget:
    seconds: float
    memory_bytes: int
    start: float = field(default_factory=time.monotonic)
    rss0: int | None = None
    thread_id: int = field(default_factory=threading.get_ident)
    reason: str | None = None  # set once the budget is spent
    active: bool = True
    lock: threading.Lock = field(default_factory=threading.Lock)

    def over(self, memory: bool = True) -> str | None:
        """Why the page is over budget, or None (`memory`: look at the memory too, a read of /proc)."""
        if self.reason:
            return self.reason
        elapsed = time.monotonic() - self.start
        if self.seconds and elapsed > self.seconds:
            self.reason = f"over the time budget of {self.seconds:g} s (raise --time-budget / WARTA_TIME_BUDGET_S)"
        elif memory and self.memory_bytes and self.rss0 is not None:
            now = rss_bytes()
            if now is not None and now - self.rss0 > self.memory_bytes:
                self.reason = (f"over the memory budget of {self.memory_bytes // 2**20} MB "
                               f"(raise --memory-budget / WARTA_MEMORY_BUDGET_MB)")
        return self.reason


_CURRENT: ContextVar[_Budget | None] = ContextVar("warta_page_budget", default=None)
_WATCHED: dict[int, _Budget] = {}  # thread id -> budget, for the watchdog
_WATCH_LOCK = threading.Lock()
_watchdog: threading.Thread | None = None


def checkpoint() -> None:
    """Stop the page here if it is over budget (a cheap check, called between stages)."""
    budget = _CURRENT.get()
    if budget is not None and budget.active and budget.over(memory=False):  # the ticks watch the memory
        raise BudgetInterrupt(budget.reason)


@contextmanager
def page_budget(seconds: float = 0.0, memory_mb: float = 0.0):
    """Run the block under a time (seconds) and memory growth (MB) budget; 0 turns a limit off.

    Raises:
        BudgetExceededError: the block ran over one of the limits and was stopped.
    """
    if (not seconds and not memory_mb) or _CURRENT.get() is not None:  # no budget, or one is open already
        yield
        return
    budget = _Budget(float(seconds), int(memory_mb * 2**20))
    if budget.memory_bytes:
        budget.rss0 = rss_bytes()
    token = _CURRENT.set(budget)
    stop = _start_timer(budget) if _is_main_thread() else _watch(budget)
    try:  # the nesting makes sure an interrupt that lands during the clean-up is caught too
        try:
            yield
        finally:
            _deactivate(budget, stop)
    except BudgetInterrupt:
        pass
    finally:
        _deactivate(budget, stop)
        _CURRENT.reset(token)
    if budget.reason:
        raise BudgetExceededError(f"stopped after {time.monotonic() - budget.start:.1f} s: {budget.reason}")


def _deactivate(budget: _Budget, stop) -> None:
    """Stop watching the page; an interrupt that arrives meanwhile is caught and the step retried."""
    while True:
        try:
            with budget.lock:
                budget.active = False
            stop()
            return
        except BudgetInterrupt:
            continue


def _is_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")


def _on_alarm(signum, frame) -> None:
    budget = _main_budget
    if budget is not None and budget.active and budget.over():
        raise BudgetInterrupt(budget.reason)


_main_budget: _Budget | None = None


def _start_timer(budget: _Budget):
    global _main_budget
    previous = signal.getsignal(signal.SIGALRM)
    if previous is not _on_alarm and previous not in (signal.SIG_DFL, signal.SIG_IGN, None):
        return _watch(budget)  # someone else owns SIGALRM: fall back to the watchdog
    # The handler stays installed after the page: a tick already on its way when the timer is
    # disarmed must find a handler that ignores it, not the default one that ends the process.
    signal.signal(signal.SIGALRM, _on_alarm)
    _main_budget = budget
    tick = max(MIN_TICK_S, min(TICK_S, budget.seconds or TICK_S))
    signal.setitimer(signal.ITIMER_REAL, tick, tick)

    def stop():
        global _main_budget
        signal.setitimer(signal.ITIMER_REAL, 0, 0)
        _main_budget = None

    return stop


def _watch(budget: _Budget):
    global _watchdog
    with _WATCH_LOCK:
        _WATCHED[budget.thread_id] = budget
        if _watchdog is None or not _watchdog.is_alive():
            _watchdog = threading.Thread(target=_watch_loop, name="warta-page-budget", daemon=True)
            _watchdog.start()

    def stop():
        with _WATCH_LOCK:
            _WATCHED.pop(budget.thread_id, None)
        with budget.lock:
            if budget.reason:  # an interrupt may still be pending in this thread: clear it
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(budget.thread_id), None)

    return stop


def _watch_loop() -> None:
    while True:
        time.sleep(TICK_S)
        with _WATCH_LOCK:
            budgets = list(_WATCHED.values())
        for budget in budgets:
            with budget.lock:
                if budget.active and budget.over():
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(
                        ctypes.c_ulong(budget.thread_id), ctypes.py_object(BudgetInterrupt))
