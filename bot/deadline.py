"""Article analysis under a time cap (NEWSDESK_MAX_ANALYSIS_SECONDS).

A thread cannot be stopped, so a capped analysis runs in a small pool of worker processes instead:
when an analysis passes its deadline the user gets one sentence at once, and the worker doing it
is killed (and the pool replaced), so no runaway analysis keeps eating CPU behind the bot's back.
The event loop never runs analysis itself, so the bot keeps answering meanwhile. The deadline
counts from when a worker is free: analyses wait for a worker (at most one per worker at a time)
before their clock starts, so a queue of many adds does not time out the ones at its end.
A cap of 0 turns the limit off and analyses in a thread, as for short-lived CLI runs.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from bot.errors import InputError
from bot.lifeline import die_with_parent

log = logging.getLogger(__name__)

T = TypeVar("T")

WORKERS = max(1, min(2, os.cpu_count() or 1))

_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()
_slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = weakref.WeakKeyDictionary()


def _get_pool() -> ProcessPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            # Workers end with the bot even when it is killed hard (SIGKILL): they would otherwise
            # stay behind, ~130 MB each, with the resource tracker their pipes keep alive.
            _pool = ProcessPoolExecutor(
                max_workers=WORKERS,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=die_with_parent,
            )
        return _pool


def _discard(pool: ProcessPoolExecutor) -> None:
    """Kill the pool's workers (a running call cannot be cancelled any other way) and forget it."""
    global _pool
    with _pool_lock:
        if _pool is pool:
            _pool = None
    for process in list((pool._processes or {}).values()):
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


def warm_up() -> None:
    """Start the workers ahead of the first analysis, and load the language model in them, so neither
    is counted against a deadline."""
    from bot.ingest.language import warm_up as load_language_model

    pool = _get_pool()
    for _ in range(WORKERS):
        pool.submit(load_language_model)


def _slot() -> asyncio.Semaphore:
    loop = asyncio.get_running_loop()
    slot = _slots.get(loop)
    if slot is None:
        slot = _slots[loop] = asyncio.Semaphore(WORKERS)
    return slot


async def run_within(seconds: float, what: str, func: Callable[..., T], *args: Any) -> T:
    """`func(*args)` in a worker process, refused with one sentence about `what` after `seconds`.
    `func` and its arguments must be picklable (module-level functions, plain data)."""
    if seconds <= 0:
        return await asyncio.to_thread(func, *args)
    loop = asyncio.get_running_loop()
    async with _slot():
        for _attempt in range(3):
            pool = _get_pool()
            try:
                future = loop.run_in_executor(pool, func, *args)
            except RuntimeError:  # the pool was shut down by another analysis's deadline just now
                _discard(pool)
                continue
            try:
                return await asyncio.wait_for(future, seconds)
            except TimeoutError:
                log.warning("%s passed the %g s analysis limit; its worker was stopped", what, seconds)
                _discard(pool)
                raise InputError(
                    f"{what} took longer than the {seconds:g}-second analysis limit; try a shorter text."
                ) from None
            except BrokenProcessPool:
                # Another analysis's deadline stopped the worker this one was on: run it again.
                _discard(pool)
    raise InputError(f"{what} could not be analysed; please try again.")
