"""The SQLite driver (aiosqlite and sqlite3): one writer connection behind a lock, in WAL mode, and
reads on reader threads (read_pool.py). The schema version lives in PRAGMA user_version."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from .driver import Connection, Driver, Params, Query, Row, begin_commit
from .read_pool import ReadPool

T = TypeVar("T")
BUSY_TIMEOUT_MS = 5000


async def begin_immediate(db: aiosqlite.Connection) -> None:
    """BEGIN IMMEDIATE, which may wait for another process's write. aiosqlite runs it to the end on its
    own thread even when the awaiting command is cancelled (a shutdown): the transaction it then opens
    would refuse every later write, so it is rolled back as soon as it has begun."""
    begin = asyncio.ensure_future(db.execute("BEGIN IMMEDIATE"))
    try:
        await asyncio.shield(begin)
    except asyncio.CancelledError:
        with contextlib.suppress(sqlite3.Error):  # it timed out instead: no transaction to end
            await begin
            await db.execute("ROLLBACK")
        raise


class SqliteConnection:
    """The writer connection, inside a transaction."""

    def __init__(self, db: aiosqlite.Connection) -> None:
        self.raw = db

    async def fetch(self, sql: str, params: Params = ()) -> list[Row]:
        return list(await self.raw.execute_fetchall(sql, params))

    async def fetchval(self, sql: str, params: Params = ()) -> Any:
        async with self.raw.execute(sql, params) as cursor:
            row = await cursor.fetchone()
        return None if row is None else row[0]

    async def execute(self, sql: str, params: Params = ()) -> int:
        async with self.raw.execute(sql, params) as cursor:
            return cursor.rowcount

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        await self.raw.executemany(sql, rows)

    async def lock(self, key: int) -> None:
        """Nothing: BEGIN IMMEDIATE already excludes every other writer."""


async def _set_wal(db: aiosqlite.Connection) -> None:
    """Switch to WAL, retrying: on a brand-new file, another process switching at the same moment makes
    SQLite answer "database is locked" at once, without waiting for the busy timeout."""
    for attempt in range(100):
        try:
            await db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == 99:
                raise
            await asyncio.sleep(0.05)


def statements(sql: str) -> list[str]:
    """Split a script into complete statements (trigger bodies hold semicolons of their own)."""
    found: list[str] = []
    pending = ""
    for piece in sql.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n\t;"):
                found.append(pending.strip())
            pending = ""
    return found


class SqliteDriver(Driver):
    """A library file. Open with `await SqliteDriver.open(path)`."""

    dialect = "sqlite"
    no_limit = -1
    binary_collation = "COLLATE BINARY"

    def __init__(self, path: Path, writer: aiosqlite.Connection) -> None:
        self.path = path
        self.writer = SqliteConnection(writer)
        self._write_lock = asyncio.Lock()
        self._reader = ReadPool(path, BUSY_TIMEOUT_MS)

    @classmethod
    async def open(cls, path: Path) -> SqliteDriver:
        # isolation_level=None: no implicit transactions, so every transaction here is explicit.
        db = await aiosqlite.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            db.row_factory = sqlite3.Row
            await db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            await db.execute("PRAGMA foreign_keys = ON")
            await _set_wal(db)
            # FULL: a reported "added" survives even a power cut; adds are rare, the fsync is cheap.
            await db.execute("PRAGMA synchronous = FULL")
        except BaseException:
            await db.close()
            raise
        return cls(path, db)

    async def close(self) -> None:
        await self._reader.close()
        await self.writer.raw.close()

    # ---- reads: on a reader thread, whole -------------------------------------------------

    async def read(self, read: Callable[[sqlite3.Connection], T]) -> T:
        """`read(connection)` on a reader thread, for reads that are more than statements."""
        return await self._reader.run(read)

    async def fetch(self, sql: str, params: Params = ()) -> list[Row]:
        return await self._reader.fetchall(sql, params)

    async def fetch_many(self, *queries: Query) -> list[list[Row]]:
        """In one trip to a reader thread, too."""

        def read(db: sqlite3.Connection) -> list[list[Row]]:
            db.execute("BEGIN")
            try:
                return [db.execute(sql, params).fetchall() for sql, params in queries]
            finally:
                db.execute("COMMIT")

        return await self._reader.run(read)

    # ---- writes ---------------------------------------------------------------------------

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Connection]:
        async with self._write_lock:
            await begin_immediate(self.writer.raw)
            try:
                yield self.writer
                begin_commit()
            except BaseException:
                await self.writer.raw.execute("ROLLBACK")
                raise
            await self.writer.raw.execute("COMMIT")

    def timestamp(self, moment: datetime) -> str:
        return moment.isoformat(timespec="seconds")

    # ---- migrations -----------------------------------------------------------------------

    def migration(self) -> AbstractAsyncContextManager[Connection]:
        # BEGIN IMMEDIATE takes the write lock first, so of two processes opening a new file at
        # once, the second waits and then finds the migration applied.
        return self.transaction()

    async def schema_version(self, db: Connection | None = None) -> int:
        return int(await (db or self.writer).fetchval("PRAGMA user_version") or 0)

    async def apply_script(self, db: Connection, sql: str, version: int) -> None:
        # Statement by statement: executescript would commit first, and the version check and the
        # changes must share the migration's transaction.
        for statement in statements(sql):
            await db.execute(statement)
        await db.execute(f"PRAGMA user_version = {version:d}")
