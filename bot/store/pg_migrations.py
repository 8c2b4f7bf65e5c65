"""PostgreSQL schema migrations: numbered like the SQLite ones, the version in a schema_version table.

Each migration runs in one transaction holding an advisory lock, with the version checked inside it,
so processes opening a new database at the same time apply every migration exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass

import asyncpg

from bot.errors import InputError

# pg_advisory_xact_lock keys: any constants, as long as nothing else in the database uses them.
MIGRATION_LOCK = 0x4E455753_0001
SEED_LOCK = 0x4E455753_0002


@dataclass(frozen=True, slots=True)
class PgMigration:
    version: int
    description: str
    statements: tuple[str, ...]


PG_MIGRATIONS: tuple[PgMigration, ...] = (
    PgMigration(
        1,
        "articles, full-text search, sentences, speakers, quotes, topics and seed files",
        (
            # unaccent is a trusted extension (PostgreSQL 13+): the database owner may create it.
            "CREATE EXTENSION IF NOT EXISTS unaccent",
            # Words folded to lower case without accents, not stemmed: what SQLite's unicode61
            # tokenizer with remove_diacritics does, so both backends find the same articles.
            "CREATE TEXT SEARCH CONFIGURATION newsdesk_search (COPY = pg_catalog.simple)",
            "ALTER TEXT SEARCH CONFIGURATION newsdesk_search"
            " ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple",
            # Identity columns never hand a removed article's id to a new one.
            """
            CREATE TABLE articles (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                guild_id BIGINT,                        -- NULL: shared with every guild (seeds)
                title TEXT NOT NULL,
                title_key TEXT NOT NULL,                -- casefolded, accents stripped (in Python)
                source TEXT,
                added_by BIGINT,
                added_at TIMESTAMPTZ NOT NULL,
                content_hash TEXT NOT NULL,
                text TEXT NOT NULL,
                word_count INTEGER NOT NULL,
                analysis TEXT NOT NULL,                 -- JSON, kept as written (never queried)
                -- The title weighs A, the text B; searches rank A ten times B.
                search TSVECTOR NOT NULL
            )
            """,
            # Uncompressed: every search reads the vectors of all matches; decompressing them cost
            # more than reading them (a third of a search's time on common words).
            "ALTER TABLE articles ALTER COLUMN search SET STORAGE EXTERNAL",
            "CREATE UNIQUE INDEX articles_scope_hash ON articles ((coalesce(guild_id, -1)), content_hash)",
            "CREATE INDEX articles_guild ON articles (guild_id, id)",
            "CREATE INDEX articles_search ON articles USING GIN (search)",
            """
            CREATE TABLE sentences (
                article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                text TEXT NOT NULL,
                start_pos INTEGER NOT NULL,
                end_pos INTEGER NOT NULL,
                paragraph INTEGER NOT NULL,
                is_heading INTEGER NOT NULL,
                extra TEXT,
                PRIMARY KEY (article_id, idx)
            )
            """,
            """
            CREATE TABLE speakers (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                kind TEXT NOT NULL,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL,                 -- casefolded, accents stripped (in Python)
                role TEXT,
                extra TEXT
            )
            """,
            "CREATE INDEX speakers_article ON speakers (article_id)",
            "CREATE INDEX speakers_name_key ON speakers (name_key text_pattern_ops)",
            """
            CREATE TABLE quotes (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                speaker_id BIGINT NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                text TEXT NOT NULL,
                kind TEXT NOT NULL,
                start_pos INTEGER NOT NULL,
                end_pos INTEGER NOT NULL,
                sentence_index INTEGER NOT NULL,
                extra TEXT
            )
            """,
            "CREATE INDEX quotes_speaker ON quotes (speaker_id)",
            """
            CREATE TABLE topics (
                article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                phrase TEXT NOT NULL,
                phrase_key TEXT NOT NULL,
                data TEXT NOT NULL,
                PRIMARY KEY (article_id, position)
            )
            """,
            "CREATE INDEX topics_phrase_key ON topics (phrase_key text_pattern_ops)",
            """
            CREATE TABLE seed_files (
                file_name TEXT PRIMARY KEY,
                file_hash TEXT NOT NULL,
                article_id BIGINT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE
            )
            """,
        ),
    ),
    PgMigration(
        2,
        "stemmed full-text search",
        (
            # English words stemmed (Snowball), as the search index and SQLite's porter tokenizer do:
            # "plummet" finds "plummeted". The vectors of stored articles are made again to match.
            "ALTER TEXT SEARCH CONFIGURATION newsdesk_search"
            " ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH english_stem",
            "ALTER TEXT SEARCH CONFIGURATION newsdesk_search"
            " ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem",
            "UPDATE articles SET search = setweight(to_tsvector('newsdesk_search', title), 'A')"
            " || setweight(to_tsvector('newsdesk_search', text), 'B')",
        ),
    ),
)

PG_LATEST_VERSION = PG_MIGRATIONS[-1].version


async def pg_schema_version(db: asyncpg.Connection) -> int:
    exists = await db.fetchval("SELECT to_regclass('schema_version') IS NOT NULL")
    if not exists:
        return 0
    return int(await db.fetchval("SELECT coalesce(max(version), 0) FROM schema_version"))


async def _apply(db: asyncpg.Connection, migration: PgMigration) -> None:
    async with db.transaction():
        await db.execute("SELECT pg_advisory_xact_lock($1)", MIGRATION_LOCK)
        await db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY)")
        if await pg_schema_version(db) >= migration.version:
            return  # another process applied it while this one waited for the lock
        for statement in migration.statements:
            await db.execute(statement)
        await db.execute("INSERT INTO schema_version (version) VALUES ($1)", migration.version)


async def pg_migrate(db: asyncpg.Connection, target: int | None = None) -> int:
    """Bring the schema up to `target` (default: the latest); returns the version reached."""
    latest = PG_MIGRATIONS[-1].version
    target = latest if target is None else target
    current = await pg_schema_version(db)
    if current > latest:
        raise InputError(
            f"The library database is at schema version {current}, newer than this Newsdesk "
            f"understands ({latest}); upgrade Newsdesk."
        )
    for migration in PG_MIGRATIONS:
        if current < migration.version <= target:
            await _apply(db, migration)
            current = migration.version
    return await pg_schema_version(db)
