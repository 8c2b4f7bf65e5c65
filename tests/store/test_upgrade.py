"""A library written before the store was written once opens with this code, upgraded in place, on both
databases: every article, quote, seed and search result is still there, removed ids stay unused, and
new articles are taken as in a new library. The libraries (tests/store/fixtures) are dumps of what the
previous code wrote (commit 47bfa54: SQLite schema 5, PostgreSQL schema 1)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from bot.store import Store, open_store
from bot.store.migrate import latest_version
from bot.store.query import parse_query

from ..backends import PG_URL, pg_schema_url
from .factories import article_fields

FIXTURES = Path(__file__).parent / "fixtures"
GUILD = 111
SCHAUBLE_TEXT = (
    '"The euro is safe," said Wolfgang Schäuble, the German finance minister.\n'
    '"We will not waver," he added. Officials said talks would go on.'
)


async def check_library(store: Any) -> None:
    """What the previous code stored, read and extended through this code."""
    info = await store.info(1, GUILD)
    assert info is not None and info.title == "Euro safe, says Schäuble" and info.added_at.tzinfo is not None
    stored = await store.load(info)
    assert [e.name for e in stored.analysis.experts] == ["Wolfgang Schäuble"]
    assert [t.phrase for t in stored.analysis.topics] == ["euro", "talks"]
    quotes = await store.speaker_quotes("wolfgang schauble", GUILD, word=False)
    assert [q.text for q in quotes] == ["The euro is safe,", "We will not waver,"]
    hits, total = await store.search(parse_query("EURO"), GUILD, 10, 0)
    assert total == 1 and hits[0].info.id == 1 and "**euro**" in hits[0].snippet
    hits, total = await store.search(parse_query("turbine"), GUILD, 10, 0)  # stemmed now
    assert total == 1 and hits[0].info.is_seed
    assert await store.seed_files() == {"turbines.txt": "hash-1"}
    assert await store.info(2, GUILD) is None  # removed before the upgrade
    listed, total = await store.list_articles(GUILD, 10, 0)
    assert [i.id for i in listed] == [3, 1] and total == 2

    assert await store.add_article(**article_fields(SCHAUBLE_TEXT, "Again", GUILD)) == (1, False)
    new_id, created = await store.add_article(
        **article_fields("Ferries ran late on the river.", "Ferries", GUILD)
    )
    assert created and new_id == 4  # after every id the previous code handed out, the removed one too
    hits, total = await store.search(parse_query("ferries"), GUILD, 10, 0)
    assert total == 1 and hits[0].info.id == new_id
    latest = await store.latest(GUILD)
    assert latest is not None and latest.id == new_id


def _schema(db: sqlite3.Connection) -> set[tuple[str, str, str]]:
    rows = db.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    return {(kind, name, re.sub(r"\s+", " ", sql or "")) for kind, name, sql in rows}


@pytest.mark.parametrize("search_index", [True, False], ids=["index", "fts5"])
async def test_a_sqlite_library_of_the_previous_code_opens_upgraded(
    tmp_path: Path, search_index: bool
) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        db.executescript((FIXTURES / "sqlite_library_v5.sql").read_text(encoding="utf-8"))
    store = await Store.open(path, search_index=search_index)
    try:
        assert await store.db.schema_version() == latest_version("sqlite")
        if search_index:
            assert await store.search_index_ready()
        await check_library(store)
    finally:
        await store.close()
    fresh = await Store.open(tmp_path / "fresh.db", search_index=False)
    await fresh.close()
    old, new = sqlite3.connect(path), sqlite3.connect(tmp_path / "fresh.db")
    try:
        assert _schema(old) == _schema(new)
        old.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    finally:
        old.close()
        new.close()


async def _pg_schema(url: str) -> dict[str, Any]:
    """Tables' columns, indexes and triggers of the schema `url` uses, its name left out."""
    import asyncpg

    schema = parse_qs(urlsplit(url).query)["search_path"][0].split(",")[0]
    db = await asyncpg.connect(url)
    try:
        columns = await db.fetch(
            "SELECT table_name, column_name, data_type, is_nullable, is_identity FROM information_schema.columns"
            " WHERE table_schema = $1",
            schema,
        )
        indexes = await db.fetch("SELECT indexdef FROM pg_indexes WHERE schemaname = $1", schema)
        triggers = await db.fetch(
            "SELECT trigger_name, event_manipulation, action_statement FROM information_schema.triggers"
            " WHERE trigger_schema = $1",
            schema,
        )
    finally:
        await db.close()
    return {
        "columns": {tuple(r) for r in columns},
        "indexes": {r[0].replace(f"{schema}.", "") for r in indexes},
        "triggers": {tuple(r) for r in triggers},
    }


async def test_a_postgres_library_of_the_previous_code_opens_upgraded(fresh_pg_schema: str) -> None:
    import asyncpg

    schema = parse_qs(urlsplit(fresh_pg_schema).query)["search_path"][0].split(",")[0]
    dump = (FIXTURES / "postgres_library_v1.sql").read_text(encoding="utf-8")
    dump = dump.replace("CREATE SCHEMA newsdesk_old;", "").replace("newsdesk_old", schema)
    admin = await asyncpg.connect(PG_URL)
    try:
        await admin.execute(dump)
        store = await open_store(fresh_pg_schema)
        try:
            assert await store.db.schema_version() == latest_version("postgres")
            await check_library(store)
        finally:
            await store.close()
        # The upgraded schema is the one a new library gets.
        await admin.execute(f"CREATE SCHEMA {schema}_new")
        try:
            await (await open_store(pg_schema_url(f"{schema}_new"))).close()
            assert await _pg_schema(fresh_pg_schema) == await _pg_schema(pg_schema_url(f"{schema}_new"))
        finally:
            await admin.execute(f"DROP SCHEMA {schema}_new CASCADE")
    finally:
        await admin.close()
