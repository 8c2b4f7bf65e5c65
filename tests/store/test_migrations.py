"""Schema migrations: from an empty file and from every earlier version, atomically, never downgrading."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import aiosqlite
import pytest

from bot.errors import InputError
from bot.store import Store
from bot.store.migrate import MIGRATIONS, Migration, latest_version, migrate
from bot.store.query import SearchQuery
from bot.store.sqlite_driver import SqliteDriver, statements

from .factories import article_fields, assert_one_library_for_all

LATEST_VERSION = latest_version("sqlite")


async def raw(path: Path) -> aiosqlite.Connection:
    db = await aiosqlite.connect(path, isolation_level=None)
    return db


async def test_new_database_gets_latest_schema_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "folder" / "new.db"
    store = await Store.open(path)
    try:
        assert path.exists()
        assert await store.db.schema_version() == LATEST_VERSION
        assert await store.db.writer.fetchval("PRAGMA journal_mode") == "wal"
        assert await store.db.writer.fetchval("PRAGMA foreign_keys") == 1
        assert await store.db.fetchval("PRAGMA busy_timeout") >= 1000  # the readers' too
    finally:
        await store.close()


@pytest.mark.parametrize("start", range(LATEST_VERSION))
async def test_upgrade_from_every_earlier_version_keeps_articles(tmp_path: Path, start: int) -> None:
    path = tmp_path / "old.db"
    db = await SqliteDriver.open(path)
    assert await migrate(db, target=start) == start
    if start >= 1:
        await db.writer.execute(
            "INSERT INTO articles (guild_id, title, title_key, source, added_by, added_at, content_hash,"
            " text, word_count, analysis) VALUES (7, 'Old news', 'old news', NULL, NULL,"
            " '2024-01-01T00:00:00+00:00', 'h', 'Turbines were installed last spring.', 5,"
            ' \'{"summary": {"sentences": [], "indices": [], "reduced_by": 0, "keywords": []},'
            ' "sentence_scores": [], "keywords": []}\')'
        )
    await db.close()

    store = await Store.open(path)
    try:
        assert await store.db.schema_version() == LATEST_VERSION
        if start >= 1:
            info = await store.info(1, 7)
            assert info is not None and info.title == "Old news"
            hits, total = await store.search(SearchQuery(("turbines",)), 7, 10, 0)
            assert total == 1 and hits[0].info.id == 1
        # The upgraded database takes new articles like a fresh one.
        article_id, created = await store.add_article(**article_fields("A new text here.", "New", 7))
        assert created and (await store.info(article_id, 7)) is not None
    finally:
        await store.close()


async def test_reopening_does_not_migrate_again(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    store = await Store.open(path)
    await store.add_article(**article_fields("Kept across restarts.", "Kept", None))
    await store.close()
    store = await Store.open(path)
    try:
        items, total = await store.list_articles(None, 10, 0)
        assert total == 1 and items[0].title == "Kept"
    finally:
        await store.close()


async def test_a_failing_migration_leaves_the_previous_version_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = Migration(
        LATEST_VERSION + 1,
        "half-done",
        "CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);",
    )
    monkeypatch.setitem(MIGRATIONS, "sqlite", (*MIGRATIONS["sqlite"], broken))
    db = await SqliteDriver.open(tmp_path / "lib.db")
    try:
        with pytest.raises(sqlite3.OperationalError):
            await migrate(db)
        assert await db.schema_version() == LATEST_VERSION
        assert await db.writer.fetchval("SELECT name FROM sqlite_master WHERE name = 'half_done'") is None
        assert not db.writer.raw.in_transaction
    finally:
        await db.close()


async def test_database_from_a_newer_newsdesk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    db = await raw(path)
    await db.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    await db.close()
    with pytest.raises(InputError, match="newer"):
        await Store.open(path)


async def test_a_file_that_is_not_a_database_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database\n" * 100)
    with pytest.raises(InputError, match="not a usable Newsdesk library"):
        await Store.open(path)
    assert path.read_bytes().startswith(b"these are my notes")


async def test_processes_opening_a_new_database_at_once_migrate_it_once(tmp_path: Path) -> None:
    path = tmp_path / "race.db"
    stores = await asyncio.gather(*(Store.open(path) for _ in range(4)))
    assert [await store.db.schema_version() for store in stores] == [LATEST_VERSION] * 4
    await assert_one_library_for_all(stores)


def test_statement_splitting_keeps_trigger_bodies_whole() -> None:
    script = "CREATE TABLE t (x); -- a comment; with a semicolon\nCREATE TRIGGER g AFTER INSERT ON t BEGIN\n  SELECT 1; SELECT 2;\nEND;"
    table, trigger = statements(script)
    assert table == "CREATE TABLE t (x);"
    assert "CREATE TRIGGER g" in trigger and trigger.endswith("SELECT 1; SELECT 2;\nEND;")


async def test_a_library_searched_before_stemming_finds_other_forms_after_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = await Store.open(path, search_index=False)
    await old.add_article(**article_fields("Share prices plummeted on Monday.", "Markets", 7))
    await old.close()
    db = await raw(path)  # back to the unstemmed full-text table of version 5
    for statement in statements(
        "DROP TABLE articles_fts; CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text,"
        " content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');"
        " INSERT INTO articles_fts (articles_fts) VALUES ('rebuild'); PRAGMA user_version = 5;"
    ):
        await db.execute(statement)
    await db.close()
    store = await Store.open(path, search_index=False)  # FTS5 alone answers
    try:
        hits, total = await store.search(SearchQuery(("plummet",)), 7, 10, 0)
        assert total == 1 and "**plummeted**" in hits[0].snippet
    finally:
        await store.close()
