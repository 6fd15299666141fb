"""Per-page time and memory budget: work on a page over budget is stopped and reported.

`page_budget(seconds, memory_mb)` wraps the work on one page. While it is open, the work is
interrupted once it has run longer than `seconds` or the process's resident memory has grown by
more than `memory_mb` since the page started; the `with` block then raises BudgetExceededError,
which callers turn into an error record and move on to the next page.

How the work is stopped:
- `checkpoint()`, called between stages, between the spaCy components and in the components'
  long loops, checks the budget in any thread (the clock each time, the memory at most every
  TICK_S): this is what stops a page in the web server's worker threads and in Dask threads;
- in the main thread (the CLI), an interval timer (SIGALRM) also checks it a few times a second
  and raises from its handler, which stops any Python code, a long regular-expression search
  included, between two checkpoints. It does not raise inside a finaliser or a garbage-collector
  callback (which would swallow it, half done): the next tick tries again.
Raising in another thread asynchronously (PyThreadState_SetAsyncExc) was tried and dropped: the
exception lands in whatever runs there, a library's GC callback included, and corrupts it.
The interruption is a BaseException, so `except Exception` guards inside the components cannot
swallow it; `page_budget` turns it into the public BudgetExceededError.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from warta.errors import BudgetExceededError

TICK_S = 0.1  # how often the timer looks at the clock and the memory, and checkpoints at the memory
MIN_TICK_S = 0.01
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
# frames the timer must not raise in: the exception would be printed and dropped there
_NO_INTERRUPT = frozenset({"__del__", "_gc_callback", "__exit__", "_deactivate"})


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
    memory_checked: float = 0.0
    reason: str | None = None  # set once the budget is spent
    active: bool = True
    paused: bool = False

    def over(self, memory: bool = True) -> str | None:
        """Why the page is over budget, or None (`memory`: look at the memory too, a read of /proc)."""
        if self.reason or self.paused:
            return self.reason
        now = time.monotonic()
        if self.seconds and now - self.start > self.seconds:
            self.reason = f"over the time budget of {self.seconds:g} s (raise --time-budget / WARTA_TIME_BUDGET_S)"
        elif memory and self.memory_bytes and self.rss0 is not None:
            self.memory_checked = now
            rss = rss_bytes()
            if rss is not None and rss - self.rss0 > self.memory_bytes:
                self.reason = (f"over the memory budget of {self.memory_bytes // 2**20} MB "
                               f"(raise --memory-budget / WARTA_MEMORY_BUDGET_MB)")
        return self.reason


_CURRENT: ContextVar[_Budget | None] = ContextVar("warta_page_budget", default=None)
_main_budget: _Budget | None = None


def checkpoint() -> None:
    """Stop the page here if it is over budget: cheap enough for a loop over tokens or runs."""
    budget = _CURRENT.get()
    if budget is not None and budget.active:
        memory = time.monotonic() - budget.memory_checked > TICK_S
        if budget.over(memory=memory):
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
        budget.memory_checked = budget.start
    token = _CURRENT.set(budget)
    stop = _start_timer(budget) if _is_main_thread() else _no_timer
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


@contextmanager
def excluded():
    """Time spent in the block does not count against the open page budget, and the block is not
    interrupted: for work done once per process on behalf of all pages (building a pipeline)."""
    budget = _CURRENT.get()
    if budget is None or budget.paused:
        yield
        return
    t0 = time.monotonic()
    budget.paused = True
    try:
        yield
    finally:
        budget.start += time.monotonic() - t0
        budget.paused = False


def _deactivate(budget: _Budget, stop) -> None:
    """Stop watching the page; an interrupt that arrives meanwhile is caught and the step retried."""
    while True:
        try:
            budget.active = False
            stop()
            return
        except BudgetInterrupt:
            continue


def _no_timer() -> None:
    pass


def _is_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")


def _on_alarm(signum, frame) -> None:
    budget = _main_budget
    if budget is None or not budget.active or (frame is not None and frame.f_code.co_name in _NO_INTERRUPT):
        return
    if budget.over():
        raise BudgetInterrupt(budget.reason)


def _start_timer(budget: _Budget):
    global _main_budget
    previous = signal.getsignal(signal.SIGALRM)
    if previous is not _on_alarm and previous not in (signal.SIG_DFL, signal.SIG_IGN, None):
        return _no_timer  # someone else owns SIGALRM: checkpoints only
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
