"""`open_store`, which opens the library on the database a setting names, and `LibraryStore`, what it returns."""

from __future__ import annotations

from pathlib import Path

from bot.settings import POSTGRES_SCHEMES, sqlite_path

from .sql_store import SqlStore

# What the library service needs from a store: the one implementation, which `Store` (SQLite) and
# `PostgresStore` open on their databases.
LibraryStore = SqlStore


def is_postgres_url(database: str | Path) -> bool:
    return isinstance(database, str) and database.startswith(POSTGRES_SCHEMES)


async def open_store(database: str | Path, *, search_index: bool = True) -> LibraryStore:
    """Open (creating and migrating if needed) the library at `database`: a SQLite file path,
    `sqlite:///path`, or a `postgresql://` URL. `search_index`: SQLite ranks searches with its
    tantivy index (PostgreSQL ranks with its own)."""
    if is_postgres_url(database):
        from .postgres import PostgresStore  # asyncpg loads only for PostgreSQL

        return await PostgresStore.open(str(database))
    from .store import Store

    path = database if isinstance(database, Path) else sqlite_path(database)
    return await Store.open(path, search_index=search_index)
