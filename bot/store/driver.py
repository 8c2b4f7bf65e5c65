"""The small interface every statement of the store runs through, so each is written once for both
databases: `Driver` (one per store: reads, transactions, the schema version) and `Connection` (one
connection inside a transaction).

Statements use SQLite's parameter styles, `:name` with a mapping or `?` with a sequence; the
PostgreSQL driver numbers them (`$1`, `$2`, …) itself. So a statement holds no `:word` or `?` inside
its string literals, and `::type` casts are left alone.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from contextvars import ContextVar
from datetime import datetime
from typing import Any, ClassVar, Protocol

Params = Mapping[str, Any] | Sequence[Any]
Row = Any  # a sqlite3.Row or an asyncpg.Record: both read by position and by column name
Query = tuple[str, Params]


class WriteAbandoned(Exception):
    """The caller gave up waiting (bot.outage's deadline) before the write began to commit: rolled back."""


class WriteWatch:
    """What one store call's write transactions tell the caller waiting on it with a deadline. The
    flags are read and set on the event loop only, so "gave up" and "began to commit" never cross: a
    call given up before its commit saves nothing, one given up after it may still save."""

    def __init__(self) -> None:
        self.abandoned = False  # the caller gave up: a transaction not yet committing rolls back
        self.committing = False  # a transaction began to commit: it may land whatever the caller does


_write_watch: ContextVar[WriteWatch | None] = ContextVar("newsdesk_write_watch", default=None)


def watch_writes() -> WriteWatch:
    """A watch on the store calls started from now on in this context (each task copies it)."""
    watch = WriteWatch()
    _write_watch.set(watch)
    return watch


def begin_commit() -> None:
    """Every driver's transaction calls this just before it commits: raises `WriteAbandoned` (the
    transaction then rolls back) when the caller has given up, else tells the caller it commits."""
    watch = _write_watch.get()
    if watch is None:
        return
    if watch.abandoned:
        raise WriteAbandoned("the caller stopped waiting before the write committed")
    watch.committing = True


class Connection(Protocol):
    """One connection inside a transaction: everything it does commits together or not at all."""

    async def fetch(self, sql: str, params: Params = ()) -> list[Row]: ...

    async def fetchval(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row (None when there is no row)."""

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run a statement; how many rows it changed."""

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...

    async def lock(self, key: int) -> None:
        """Hold `key` until the transaction ends, against other processes' transactions that take it
        (SQLite's write transactions already exclude each other: nothing to do there)."""


class Driver(ABC):
    """A database the store runs on: reads of committed data, write transactions, the schema version."""

    # The folder of this database's migrations (bot/store/migrations/<dialect>/).
    dialect: ClassVar[str]
    # The LIMIT value that means "no limit".
    no_limit: ClassVar[int | None]
    # Text compared by code point (neither database's default is, everywhere).
    binary_collation: ClassVar[str]

    @abstractmethod
    async def fetch(self, sql: str, params: Params = ()) -> list[Row]:
        """One read statement's rows."""

    async def fetchval(self, sql: str, params: Params = ()) -> Any:
        rows = await self.fetch(sql, params)
        return rows[0][0] if rows else None

    @abstractmethod
    async def fetch_many(self, *queries: Query) -> list[list[Row]]:
        """Several reads that see one snapshot of the library (a page and its total agree)."""

    @abstractmethod
    def transaction(self) -> AbstractAsyncContextManager[Connection]:
        """A write transaction: committed when the block ends (after `begin_commit()`), rolled back
        entirely if it raises."""

    @abstractmethod
    def timestamp(self, moment: datetime) -> Any:
        """`moment` as the articles table stores it."""

    # ---- migrations (bot/store/migrate.py) ---------------------------------------------------

    @abstractmethod
    def migration(self) -> AbstractAsyncContextManager[Connection]:
        """A transaction for one migration, which other processes' migrations wait for."""

    @abstractmethod
    async def schema_version(self, db: Connection | None = None) -> int:
        """The last migration applied (0: an empty database)."""

    @abstractmethod
    async def apply_script(self, db: Connection, sql: str, version: int) -> None:
        """Run a migration's statements and record `version`, inside `db`'s transaction."""

    @abstractmethod
    async def close(self) -> None: ...
