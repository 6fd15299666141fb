"""Extraction for the server with a time budget: worker processes that can be stopped.

A thread cannot be stopped, so a page that takes minutes (or a client that went away) would keep
the server busy. Here each extraction runs in a worker process (models loaded once, reused); when
the budget runs out or the client disconnects, that process is killed and a fresh one takes its
place. Extraction outside the server process also keeps it answering GETs meanwhile. At most
`workers` extractions run at once; the others wait their turn within their own budget.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import threading
import time
from typing import Any

from fastapi import HTTPException, Request

from warta.models import Article

POLL_S = 0.2


def _serve(conn) -> None:  # pragma: no cover - runs in the worker process
    from warta.errors import InputError, InputTooLargeError, WartaError
    from warta.extraction import extract

    while True:
        try:
            page, lang, source = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", extract(page, lang=lang, source=source).model_dump_json()))
        except InputTooLargeError as exc:
            conn.send(("too_large", str(exc)[:500]))
        except (InputError, WartaError) as exc:
            conn.send(("input", (str(exc) or type(exc).__name__)[:500]))
        except Exception as exc:  # noqa: BLE001 - reported to the server, which logs it
            conn.send(("error", f"{type(exc).__name__}: {exc}"[:500]))


class _Worker:
    def __init__(self, ctx) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child,), daemon=True, name="warta-extract")
        self.process.start()
        child.close()

    def call(self, args: tuple) -> tuple:
        self.conn.send(args)
        return self.conn.recv()

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class ExtractionPool:
    """Runs `warta.extraction.extract` in worker processes, each call within `budget_s` seconds."""

    def __init__(self, budget_s: float, workers: int = 1) -> None:
        self.budget_s = float(budget_s)
        self.workers = max(1, int(workers))
        self._ctx = multiprocessing.get_context("spawn")  # fork is unsafe in a threaded server
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(self.workers)

    def _take(self) -> _Worker:
        with self._lock:
            while self._idle:
                worker = self._idle.pop()
                if worker.process.is_alive():
                    return worker
        return _Worker(self._ctx)

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            self._idle.append(worker)

    async def run(self, request: Request | None, page: Any, lang: str, source: str | None) -> Article:
        deadline = time.monotonic() + self.budget_s
        loop = asyncio.get_running_loop()
        while not self._slots.acquire(blocking=False):  # wait for a free worker, within the budget
            await self._check(request, deadline)
            await asyncio.sleep(POLL_S)
        try:
            worker = await loop.run_in_executor(None, self._take)
            call = loop.run_in_executor(None, worker.call, (page, lang, source))
            while True:
                done, _ = await asyncio.wait({call}, timeout=POLL_S)
                if done:
                    break
                try:
                    await self._check(request, deadline)
                except BaseException:
                    worker.kill()  # the only way to stop an extraction half-way
                    call.cancel()
                    raise
            try:
                status, payload = call.result()
            except (EOFError, OSError) as exc:  # the worker died (out of memory, killed)
                worker.kill()
                raise HTTPException(503, "the extraction worker stopped on this page") from exc
            self._give_back(worker)
        finally:
            self._slots.release()
        if status == "ok":
            return Article.model_validate_json(payload)
        if status == "too_large":
            raise HTTPException(413, payload or "the page is too large")
        if status == "input":
            raise HTTPException(400, payload)
        raise RuntimeError(payload)

    async def _check(self, request: Request | None, deadline: float) -> None:
        if time.monotonic() > deadline:
            raise HTTPException(503, f"the page was not analysed within the server's budget of "
                                     f"{self.budget_s:g} s; analyse it offline with `warta extract`")
        if request is not None and await request.is_disconnected():
            raise HTTPException(499, "the client went away")

    def close(self) -> None:
        with self._lock:
            workers, self._idle = self._idle, []
        for w in workers:
            w.kill()
