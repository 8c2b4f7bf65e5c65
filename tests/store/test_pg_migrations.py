"""PostgreSQL schema migrations: from an empty database, once, atomically, never downgrading; and a
server that cannot be reached is one clear sentence without the password."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from bot.errors import InputError
from bot.store import open_store
from bot.store.migrate import MIGRATIONS, Migration, latest_version, migrate
from bot.store.pg_driver import PgDriver
from bot.store.postgres import PostgresStore
from bot.store.query import SearchQuery

from ..backends import require_postgres
from .factories import article_fields, assert_one_library_for_all

LATEST_VERSION = latest_version("postgres")


async def version(raw: object) -> int:
    return int(await raw.fetchval("SELECT coalesce(max(version), 0) FROM schema_version"))  # type: ignore[attr-defined]


@pytest.fixture
def url(fresh_pg_schema: str) -> str:
    return fresh_pg_schema


@pytest.fixture
async def raw(url: str) -> AsyncIterator[object]:
    import asyncpg

    db = await asyncpg.connect(url)
    yield db
    await db.close()


async def test_new_database_gets_the_latest_schema(url: str, raw: object) -> None:
    store = await open_store(url)
    try:
        assert isinstance(store, PostgresStore)
        assert await version(raw) == LATEST_VERSION
        indexes = {r[0] for r in await raw.fetch("SELECT indexname FROM pg_indexes")}  # type: ignore[attr-defined]
        assert "articles_search" in indexes
    finally:
        await store.close()


async def test_reopening_does_not_migrate_again(url: str, raw: object) -> None:
    store = await open_store(url)
    await store.add_article(**article_fields("Kept across restarts.", "Kept", None))
    await store.close()
    store = await open_store(url)
    try:
        items, total = await store.list_articles(None, 10, 0)
        assert total == 1 and items[0].title == "Kept"
        rows = await raw.fetch("SELECT version FROM schema_version")  # type: ignore[attr-defined]
        assert [r[0] for r in rows] == [m.version for m in MIGRATIONS["postgres"]]
    finally:
        await store.close()


async def test_a_failing_migration_leaves_the_previous_version_intact(
    url: str, raw: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = await open_store(url)
    await store.add_article(**article_fields("Survives a bad upgrade.", "Survivor", None))
    await store.close()
    broken = Migration(
        LATEST_VERSION + 1,
        "half-done",
        "CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);",
    )
    monkeypatch.setitem(MIGRATIONS, "postgres", (*MIGRATIONS["postgres"], broken))
    with pytest.raises(Exception, match="no_such_table"):
        await open_store(url)
    assert await version(raw) == LATEST_VERSION
    assert await raw.fetchval("SELECT to_regclass('half_done')") is None  # type: ignore[attr-defined]
    monkeypatch.undo()
    store = await open_store(url)
    try:
        assert (await store.list_articles(None, 10, 0))[1] == 1
    finally:
        await store.close()


async def test_database_from_a_newer_newsdesk_is_refused(url: str, raw: object) -> None:
    await (await open_store(url)).close()
    await raw.execute("INSERT INTO schema_version VALUES ($1)", LATEST_VERSION + 5)  # type: ignore[attr-defined]
    with pytest.raises(InputError, match="newer"):
        await open_store(url)


async def test_processes_opening_a_new_database_at_once_migrate_it_once(url: str) -> None:
    await assert_one_library_for_all(await asyncio.gather(*(open_store(url) for _ in range(4))))


async def test_an_unreachable_server_is_one_sentence_without_the_password() -> None:
    require_postgres()
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(InputError, match="Cannot connect to the library database") as caught:
        await open_store(f"postgresql://newsdesk:s3cret@127.0.0.1:{port}/nowhere")
    assert "s3cret" not in str(caught.value) and "***" in str(caught.value)


async def test_articles_stored_before_stemming_are_found_by_other_forms_after_the_upgrade(
    url: str, raw: object
) -> None:
    db = await PgDriver.open(url)
    await migrate(db, target=1)
    await db.close()
    await raw.execute(  # type: ignore[attr-defined]
        "INSERT INTO articles (guild_id, title, title_key, added_at, content_hash, text, word_count,"
        " analysis, search) VALUES (7, 'Markets', 'markets', now(), 'h', 'Share prices plummeted.', 3,"
        """ '{"summary": {"sentences": [], "indices": [], "reduced_by": 0, "keywords": []},'"""
        """ || '"sentence_scores": [], "keywords": []}',"""
        " to_tsvector('newsdesk_search', 'Markets') || to_tsvector('newsdesk_search', 'Share prices plummeted.'))"
    )
    store = await open_store(url)
    try:
        hits, total = await store.search(SearchQuery(("plummet",)), 7, 10, 0)
        assert total == 1 and "**plummeted**" in hits[0].snippet
    finally:
        await store.close()
