"""Numbered schema migrations, each applied in its own transaction; the version lives in PRAGMA user_version."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import aiosqlite

from bot.errors import InputError


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "articles, full-text index and the stored analysis",
        """
        -- AUTOINCREMENT: a removed article's id is never handed to a new one, so old references fail
        -- loudly instead of silently pointing at a different article.
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            guild_id INTEGER,                       -- NULL: shared with every guild (seed articles)
            title TEXT NOT NULL,
            title_key TEXT NOT NULL,                -- casefolded, accents stripped: title lookups
            source TEXT,
            added_by INTEGER,
            added_at TEXT NOT NULL,                 -- ISO 8601, UTC
            content_hash TEXT NOT NULL,             -- of the text with case and whitespace normalised
            text TEXT NOT NULL,
            word_count INTEGER NOT NULL,
            analysis TEXT NOT NULL                  -- JSON: summary, scores, keywords (never queried)
        );
        CREATE UNIQUE INDEX articles_scope_hash ON articles (ifnull(guild_id, -1), content_hash);
        CREATE INDEX articles_guild ON articles (guild_id, id);

        CREATE TABLE sentences (
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            text TEXT NOT NULL,
            start_pos INTEGER NOT NULL,
            end_pos INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            is_heading INTEGER NOT NULL,
            extra TEXT,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID;

        CREATE TABLE speakers (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,                     -- person | unnamed | organization
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,                 -- casefolded, accents stripped: the speaker index
            role TEXT,
            extra TEXT
        );
        CREATE INDEX speakers_article ON speakers (article_id);

        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            start_pos INTEGER NOT NULL,
            end_pos INTEGER NOT NULL,
            sentence_index INTEGER NOT NULL,
            extra TEXT
        );
        CREATE INDEX quotes_speaker ON quotes (speaker_id);

        CREATE TABLE topics (
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            phrase TEXT NOT NULL,
            phrase_key TEXT NOT NULL,
            data TEXT NOT NULL,                     -- JSON of the whole TopicSentiment
            PRIMARY KEY (article_id, position)
        ) WITHOUT ROWID;

        CREATE VIRTUAL TABLE articles_fts USING fts5 (
            title, text, content = 'articles', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
        END;
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        """,
    ),
    Migration(
        2,
        "seed file tracking and the speaker name index",
        """
        CREATE TABLE seed_files (
            file_name TEXT PRIMARY KEY,
            file_hash TEXT NOT NULL,                -- of the .txt and its .json sidecar
            article_id INTEGER NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE
        );
        CREATE INDEX speakers_name_key ON speakers (name_key);
        CREATE INDEX topics_phrase_key ON topics (phrase_key);
        """,
    ),
    Migration(
        3,
        "covering index for the visibility check of search results",
        """
        -- A full-text match is checked against its article's guild; without this index each check
        -- reads the article's row, text and all (2.7 µs a match: 270 ms for 100,000 matches).
        CREATE INDEX articles_id_guild ON articles (id, guild_id);
        """,
    ),
    Migration(
        4,
        "the log of changes that the search index replays",
        """
        -- Written in the same transaction as the change itself, so the search index (derived data in
        -- bot/store/search_index.py) can always catch up, whatever process made the change.
        CREATE TABLE search_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id INTEGER NOT NULL
        );
        CREATE TRIGGER search_log_insert AFTER INSERT ON articles BEGIN
            INSERT INTO search_log (article_id) VALUES (new.id);
        END;
        CREATE TRIGGER search_log_delete AFTER DELETE ON articles BEGIN
            INSERT INTO search_log (article_id) VALUES (old.id);
        END;
        CREATE TRIGGER search_log_update AFTER UPDATE OF guild_id, title, text ON articles BEGIN
            INSERT INTO search_log (article_id) VALUES (new.id);
        END;
        -- Articles stored before this migration: the log's length bounds the work of a rebuild.
        INSERT INTO search_log (article_id) SELECT id FROM articles ORDER BY id;
        """,
    ),
    Migration(
        5,
        "a speaker's quotes newest first straight from the speaker index",
        """
        -- /quotes shows a speaker's newest quotes: walking this index in article order stops after
        -- the page's rows, where sorting every quote of a much-quoted speaker first cost ~55 ms (3,400
        -- quotes, each reading its article's row). It also serves every lookup by name_key.
        CREATE INDEX speakers_name_article ON speakers (name_key, article_id DESC, position);
        DROP INDEX speakers_name_key;
        """,
    ),
    Migration(
        6,
        "stemmed full-text search",
        """
        -- English words stemmed ("plummet" finds "plummeted"), as the search index does. The triggers
        -- on articles name the table, not its tokenizer: they keep feeding the new one.
        DROP TABLE articles_fts;
        CREATE VIRTUAL TABLE articles_fts USING fts5 (
            title, text, content = 'articles', content_rowid = 'id',
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
        """,
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version


async def schema_version(db: aiosqlite.Connection) -> int:
    async with db.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else 0


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


async def _apply(db: aiosqlite.Connection, migration: Migration) -> None:
    # Statement by statement rather than executescript, which would commit first: the version check
    # and the changes share one transaction, so two processes opening a new database at the same
    # time cannot both apply a migration.
    await db.execute("BEGIN IMMEDIATE")
    try:
        if await schema_version(db) < migration.version:
            for statement in statements(migration.sql):
                await db.execute(statement)
            await db.execute(f"PRAGMA user_version = {migration.version:d}")
    except BaseException:
        await db.execute("ROLLBACK")
        raise
    await db.execute("COMMIT")


async def migrate(db: aiosqlite.Connection, target: int | None = None) -> int:
    """Bring the schema up to `target` (default: the latest); returns the version reached.
    `db` must be in autocommit mode (isolation_level=None)."""
    latest = MIGRATIONS[-1].version
    target = latest if target is None else target
    current = await schema_version(db)
    if current > latest:
        raise InputError(
            f"The library database is at schema version {current}, newer than this Newsdesk "
            f"understands ({latest}); upgrade Newsdesk."
        )
    for migration in MIGRATIONS:
        if current < migration.version <= target:
            await _apply(db, migration)
            current = migration.version
    return await schema_version(db)
