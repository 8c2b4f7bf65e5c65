"""The PostgreSQL driver (asyncpg): a connection pool shared by reads and transactions, for several
bot processes sharing one library. The schema version lives in a schema_version table; migrations
and seed indexing take advisory locks, so processes opening one database at once take turns."""

from __future__ import annotations

import functools
import re
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

import asyncpg

from bot.errors import InputError

from .driver import Connection, Driver, Params, Query, Row, begin_commit

CONNECT_TIMEOUT = 10.0
POOL_SIZE = 8
# pg_advisory_xact_lock keys: any constants, as long as nothing else in the database uses them.
MIGRATION_LOCK = 0x4E455753_0001

# A `:name` (not a `::type` cast) or a `?`.
_PARAMETER = re.compile(r"(?<![:\w]):(\w+)|\?")


@functools.lru_cache(maxsize=512)
def numbered(sql: str) -> tuple[str, tuple[str, ...] | None]:
    """`sql` with PostgreSQL's $1, $2, …; and the names in their order (None: `?` parameters)."""
    names: list[str] = []
    positional = 0

    def number(match: re.Match[str]) -> str:
        nonlocal positional
        name = match.group(1)
        if name is None:
            positional += 1
            return f"${positional}"
        if name not in names:
            names.append(name)
        return f"${names.index(name) + 1}"

    converted = _PARAMETER.sub(number, sql)
    return converted, (tuple(names) if names else None)


def arguments(sql: str, params: Params) -> tuple[str, Sequence[Any]]:
    converted, names = numbered(sql)
    if names is None:
        return converted, tuple(params) if not isinstance(params, Mapping) else ()
    assert isinstance(params, Mapping), sql
    return converted, [params[name] for name in names]


class PgConnection:
    """A pooled connection, inside a transaction."""

    def __init__(self, db: asyncpg.Connection) -> None:
        self.raw = db

    async def fetch(self, sql: str, params: Params = ()) -> list[Row]:
        converted, args = arguments(sql, params)
        return list(await self.raw.fetch(converted, *args))

    async def fetchval(self, sql: str, params: Params = ()) -> Any:
        converted, args = arguments(sql, params)
        return await self.raw.fetchval(converted, *args)

    async def execute(self, sql: str, params: Params = ()) -> int:
        converted, args = arguments(sql, params)
        status = await self.raw.execute(converted, *args)
        last = status.rsplit(" ", 1)[-1]  # "INSERT 0 1", "DELETE 3"
        return int(last) if last.isdigit() else 0

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        converted, _ = numbered(sql)
        await self.raw.executemany(converted, rows)

    async def lock(self, key: int) -> None:
        await self.raw.execute("SELECT pg_advisory_xact_lock($1)", key)


class PgDriver(Driver):
    """A library in PostgreSQL. Open with `await PgDriver.open(url)`."""

    dialect = "postgres"
    no_limit = None
    binary_collation = 'COLLATE "C"'

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    @classmethod
    async def open(cls, url: str) -> PgDriver:
        from bot.settings import redact_url

        try:
            pool = await asyncpg.create_pool(
                url, min_size=1, max_size=POOL_SIZE, timeout=CONNECT_TIMEOUT, command_timeout=60
            )
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError, ValueError) as exc:
            raise InputError(f"Cannot connect to the library database {redact_url(url)}: {exc}.") from None
        return cls(pool)

    async def close(self) -> None:
        await self._pool.close()

    async def fetch(self, sql: str, params: Params = ()) -> list[Row]:
        converted, args = arguments(sql, params)
        return list(await self._pool.fetch(converted, *args))

    async def fetch_many(self, *queries: Query) -> list[list[Row]]:
        async with self._pool.acquire() as db, db.transaction(isolation="repeatable_read", readonly=True):
            connection = PgConnection(db)
            return [await connection.fetch(sql, params) for sql, params in queries]

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Connection]:
        async with self._pool.acquire() as db, db.transaction():
            yield PgConnection(db)
            begin_commit()

    def timestamp(self, moment: datetime) -> datetime:
        return moment.replace(microsecond=0)

    # ---- migrations -----------------------------------------------------------------------

    @asynccontextmanager
    async def migration(self) -> AsyncIterator[Connection]:
        async with self.transaction() as db:
            await db.lock(MIGRATION_LOCK)
            await db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY)")
            yield db

    async def schema_version(self, db: Connection | None = None) -> int:
        version = "SELECT coalesce(max(version), 0) FROM schema_version"
        if db is None:
            async with self._pool.acquire() as raw:
                if not await raw.fetchval("SELECT to_regclass('schema_version') IS NOT NULL"):
                    return 0
                return int(await raw.fetchval(version))
        return int(await db.fetchval(version))

    async def apply_script(self, db: Connection, sql: str, version: int) -> None:
        assert isinstance(db, PgConnection)
        await db.raw.execute(sql)  # without arguments: the whole script in one go
        await db.execute("INSERT INTO schema_version (version) VALUES (:version)", {"version": version})
