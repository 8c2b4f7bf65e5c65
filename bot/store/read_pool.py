"""The SQLite store's read connections: a few worker threads, each with a connection of its own.

Reads used to share one aiosqlite connection, so every query of every command waited in one line,
and a command made of several queries (loading an article is five) waited in it once per query: at
50 commands in flight, /summary waited ~400 ms for 1 ms of SQL. Here a read is a function run whole
on one worker's connection, and two workers read at once (SQLite lets go of the GIL while it works).
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
READERS = 2  # this is a 2-core deployment target; more threads would only queue for the GIL


class ReadPool:
    """Run read-only functions of a `sqlite3.Connection` off the event loop."""

    def __init__(self, path: Path, busy_timeout_ms: int, size: int = READERS) -> None:
        self._path = path
        self._busy_timeout_ms = busy_timeout_ms
        self._executor = ThreadPoolExecutor(max_workers=size, thread_name_prefix="newsdesk-read")
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def _connection(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            # check_same_thread=False only so that close() can close it; one thread uses it.
            db = sqlite3.connect(
                self._path,
                timeout=self._busy_timeout_ms / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
            db.row_factory = sqlite3.Row
            db.execute(f"PRAGMA busy_timeout = {self._busy_timeout_ms:d}")
            db.execute("PRAGMA foreign_keys = ON")
            self._local.db = db
            with self._lock:
                self._connections.append(db)
        return db

    async def run(self, read: Callable[[sqlite3.Connection], T]) -> T:
        """`read(connection)` on a worker thread. It runs to the end there, so a read never leaves a
        half-read cursor (and an old snapshot) behind for the next one."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: read(self._connection()))

    async def fetchall(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        return await self.run(lambda db: db.execute(sql, params).fetchall())

    async def close(self) -> None:
        await asyncio.to_thread(self._executor.shutdown, True)
        with self._lock:
            for db in self._connections:
                db.close()
            self._connections.clear()
