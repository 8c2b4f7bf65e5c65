"""The library's database failing or hanging, told to the user in one sentence instead of hidden.

Every call into the store is bounded by a timeout, and a call that fails because the database is down,
hung, read-only or out of disk becomes a `LibraryUnavailable` whose message says which, instead of a
generic apology with an error id. A command waiting on a slow call is acknowledged ("thinking…")
before Discord's three seconds run out, so the user sees the answer or the sentence, never "The
application did not respond".
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import inspect
import logging
import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any

from bot.errors import NewsdeskError
from bot.store.driver import WriteWatch, watch_writes

log = logging.getLogger(__name__)

UNAVAILABLE = "The library is unavailable right now; please try again shortly."
READ_ONLY = (
    "The library is read-only at the moment, so articles cannot be added or removed; tell the bot's operator."
)
DISK_FULL = "The disk holding the library is full, so articles cannot be added; tell the bot's operator."
MAY_STILL_SAVE = (
    "The library took too long to confirm the change, which may still be saved in a moment;"
    " look for it before trying again."
)
# A store call still running this long after the command was sent gets the command acknowledged first.
ACKNOWLEDGE_AFTER = 1.5
UNTIMED = frozenset({"close"})

# Set by the command tree for the command being run: acknowledges it ("thinking…") if not yet done.
acknowledge: contextvars.ContextVar[Callable[[], Awaitable[None]] | None] = contextvars.ContextVar(
    "newsdesk_acknowledge", default=None
)
# Seconds since the running command was sent (the tree sets it beside `acknowledge`).
waited: contextvars.ContextVar[Callable[[], float] | None] = contextvars.ContextVar(
    "newsdesk_waited", default=None
)


class LibraryUnavailable(NewsdeskError):
    """The database cannot answer (down, hung, read-only, disk full); the message says which."""


def outage_message(error: BaseException) -> str | None:
    """The sentence for a database failure the user should hear about; None for anything else."""
    if isinstance(error, TimeoutError):
        return UNAVAILABLE
    if isinstance(error, sqlite3.OperationalError):
        text = str(error).lower()
        if "readonly" in text or "read-only" in text:
            return READ_ONLY
        if "disk is full" in text:
            return DISK_FULL
        if any(word in text for word in ("locked", "busy", "disk i/o", "unable to open")):
            return UNAVAILABLE
        return None
    try:
        import asyncpg
    except ImportError:  # pragma: no cover - asyncpg is a dependency, but only PostgreSQL needs it
        return UNAVAILABLE if isinstance(error, ConnectionError) else None
    if isinstance(error, asyncpg.ReadOnlySQLTransactionError):
        return READ_ONLY
    if isinstance(error, asyncpg.DiskFullError):
        return DISK_FULL
    if isinstance(
        error,
        asyncpg.PostgresConnectionError
        | asyncpg.InterfaceError
        | asyncpg.OperatorInterventionError
        | asyncpg.InsufficientResourcesError
        | ConnectionError,
    ):
        return UNAVAILABLE
    return None


class GuardedStore:
    """A store whose every coroutine method is bounded by `timeout` seconds, turns database outages
    into `LibraryUnavailable`, and acknowledges the running command when it is slow. Everything else
    (attributes, context managers) is the store's own."""

    def __init__(self, store: Any, timeout: float) -> None:
        self._store = store
        self._timeout = timeout

    @property
    def unguarded(self) -> Any:
        return self._store

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._store, name)
        if name in UNTIMED or not inspect.iscoroutinefunction(attribute):
            return attribute

        @functools.wraps(attribute)
        async def guarded(*args: Any, **kwargs: Any) -> Any:
            return await self._call(name, attribute(*args, **kwargs))

        return guarded

    async def _call(self, name: str, call: Awaitable[Any]) -> Any:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._timeout
        # The task runs in a copy of this context, so the watch it sees is this call's own.
        task, watch = contextvars.copy_context().run(_start_watched, call)
        try:
            await _acknowledge_when_slow(task)
            done, _ = await asyncio.wait({task}, timeout=max(0.0, deadline - loop.time()))
        except asyncio.CancelledError:
            task.cancel()
            raise
        if not done:
            # Not cancelled (a hung connection is the driver's to give up on; nobody awaits it now),
            # but a write not yet committing rolls back instead of landing behind the user's back.
            watch.abandoned = True
            task.add_done_callback(_forget)
            log.warning("library database: %s took longer than %g s", name, self._timeout)
            raise LibraryUnavailable(MAY_STILL_SAVE if watch.committing else UNAVAILABLE)
        try:
            return task.result()
        except Exception as error:
            message = outage_message(error)
            if message is None:
                raise
            log.warning("library database: %s failed (%s: %s)", name, type(error).__name__, error)
            raise LibraryUnavailable(message) from None


def _start_watched(call: Awaitable[Any]) -> tuple[asyncio.Future[Any], WriteWatch]:
    watch = watch_writes()
    return asyncio.ensure_future(call), watch


def _forget(task: asyncio.Future[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.debug("a database call that timed out ended with %r", task.exception())


async def _acknowledge_when_slow(task: asyncio.Future[Any]) -> None:
    ack, since = acknowledge.get(), waited.get()
    if ack is None or since is None:
        return
    await asyncio.wait({task}, timeout=max(0.0, ACKNOWLEDGE_AFTER - since()))
    if not task.done():
        await ack()
