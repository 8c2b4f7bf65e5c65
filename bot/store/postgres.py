"""The PostgreSQL store (asyncpg): the same interface and behaviour as the SQLite `Store`, for several
bot processes sharing one library. This module holds the connection pool, the transactions and every
write; the reads are `PgReads` (pg_reads.py).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import asyncpg

from bot.analysis.models import ArticleAnalysis, Expert, UnnamedSource
from bot.errors import InputError

from . import codec
from .pg_migrations import SEED_LOCK, pg_migrate
from .pg_reads import CONFIG, PgReads, visible

CONNECT_TIMEOUT = 10.0
POOL_SIZE = 8


async def _duplicate(db: Any, guild_id: int | None, content_hash: str) -> int | None:
    value = await db.fetchval(
        f"SELECT a.id FROM articles a WHERE a.content_hash = $1 AND {visible(2)}"
        " ORDER BY a.guild_id IS NULL LIMIT 1",
        content_hash,
        guild_id,
    )
    return int(value) if value is not None else None


class PostgresStore(PgReads):
    """Async access to a library in PostgreSQL. Create with `await PostgresStore.open(url)`."""

    def __init__(self, url: str, pool: asyncpg.Pool) -> None:
        self.url = url
        self._pool = pool

    @classmethod
    async def open(cls, url: str) -> PostgresStore:
        """Connect to the database at `url` and migrate it to the latest schema."""
        from bot.settings import redact_url

        where = redact_url(url)
        try:
            pool = await asyncpg.create_pool(
                url, min_size=1, max_size=POOL_SIZE, timeout=CONNECT_TIMEOUT, command_timeout=60
            )
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError, ValueError) as exc:
            raise InputError(f"Cannot connect to the library database {where}: {exc}.") from None
        try:
            async with pool.acquire() as db:
                await pg_migrate(db)
        except asyncpg.InsufficientPrivilegeError as exc:
            await pool.close()
            raise InputError(
                f"The library database {where} refused to set up Newsdesk's tables ({exc}); the user "
                "needs to own the database (or an administrator runs CREATE EXTENSION unaccent)."
            ) from None
        except BaseException:
            await pool.close()
            raise
        return cls(url, pool)

    async def close(self) -> None:
        await self._pool.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Any]:
        """A write transaction: committed when the block ends, rolled back entirely if it raises."""
        async with self._pool.acquire() as db, db.transaction():
            yield db

    # ---- adding and removing ---------------------------------------------------------------

    async def find_duplicate(self, guild_id: int | None, content_hash: str) -> int | None:
        """Id of a visible article with this content hash, preferring the guild's own copy."""
        async with self._pool.acquire() as db:
            return await _duplicate(db, guild_id, content_hash)

    async def add_article(
        self,
        *,
        guild_id: int | None,
        title: str,
        source: str | None,
        added_by: int | None,
        text: str,
        content_hash: str,
        analysis: ArticleAnalysis,
    ) -> tuple[int, bool]:
        """Store an article and its whole analysis in one transaction; (id, created)."""
        async with self.transaction() as db:
            existing = await _duplicate(db, guild_id, content_hash)
            if existing is not None:
                return existing, False
            article_id = await self._insert(
                db, guild_id, title, source, added_by, text, content_hash, analysis
            )
            if article_id is None:
                # Another process committed the same text in the same scope since the check above.
                existing = await _duplicate(db, guild_id, content_hash)
                assert existing is not None
                return existing, False
        return article_id, True

    async def _insert(
        self,
        db: Any,
        guild_id: int | None,
        title: str,
        source: str | None,
        added_by: int | None,
        text: str,
        content_hash: str,
        analysis: ArticleAnalysis,
        *,
        article_id: int | None = None,
        added_at: datetime | None = None,
    ) -> int | None:
        """The new article's id, or None when the scope already holds this text. `article_id` and
        `added_at` are for copying a library: the id it had there, and when it was added."""
        columns = "guild_id, title, title_key, source, added_by, added_at, content_hash, text, word_count"
        values = "$1, $2, $3, $4, $5, $6, $7, $8, $9"
        args: list[Any] = [
            guild_id,
            title,
            codec.fold(title),
            source,
            added_by,
            added_at or datetime.now(UTC).replace(microsecond=0),
            content_hash,
            text,
            analysis.word_count,
            codec.analysis_json(analysis),
        ]
        overriding = ""
        if article_id is not None:
            columns, values, overriding = f"id, {columns}", f"$11, {values}", "OVERRIDING SYSTEM VALUE "
            args.append(article_id)
        article_id = await db.fetchval(
            f"INSERT INTO articles ({columns}, analysis, search) {overriding}VALUES ({values}, $10,"
            f" setweight(to_tsvector({CONFIG}, $2), 'A') || setweight(to_tsvector({CONFIG}, $8), 'B'))"
            " ON CONFLICT ((coalesce(guild_id, -1)), content_hash) DO NOTHING RETURNING id",
            *args,
        )
        if article_id is None:
            return None
        await self._insert_sentences(db, article_id, analysis)
        await self._insert_speakers(db, article_id, analysis)
        await self._insert_topics(db, article_id, analysis)
        return int(article_id)

    async def _insert_sentences(self, db: Any, article_id: int, a: ArticleAnalysis) -> None:
        await db.executemany(
            "INSERT INTO sentences (article_id, idx, text, start_pos, end_pos, paragraph, is_heading, extra)"
            " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            [codec.sentence_row(article_id, s) for s in a.sentences],
        )

    async def _insert_speakers(self, db: Any, article_id: int, a: ArticleAnalysis) -> None:
        speakers: list[Expert | UnnamedSource] = [*a.experts, *a.unnamed_sources]
        for position, speaker in enumerate(speakers):
            speaker_id = await db.fetchval(
                "INSERT INTO speakers (article_id, position, kind, name, name_key, role, extra)"
                " VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                *codec.speaker_row(article_id, position, speaker),
            )
            await db.executemany(
                "INSERT INTO quotes (speaker_id, position, text, kind, start_pos, end_pos, sentence_index,"
                " extra) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                [codec.quote_row(speaker_id, i, q) for i, q in enumerate(speaker.quotes)],
            )

    async def _insert_topics(self, db: Any, article_id: int, a: ArticleAnalysis) -> None:
        await db.executemany(
            "INSERT INTO topics (article_id, position, phrase, phrase_key, data) VALUES ($1, $2, $3, $4, $5)",
            [codec.topic_row(article_id, i, t) for i, t in enumerate(a.topics)],
        )

    async def delete_article(self, article_id: int) -> None:
        async with self.transaction() as db:
            await db.execute("DELETE FROM articles WHERE id = $1", article_id)

    # ---- copying a library in (newsdesk migrate-db) -----------------------------------------

    async def import_article(
        self,
        *,
        article_id: int,
        guild_id: int | None,
        title: str,
        source: str | None,
        added_by: int | None,
        added_at: datetime,
        text: str,
        content_hash: str,
        analysis: ArticleAnalysis,
    ) -> tuple[int, str]:
        """Copy one article in, keeping its id when free: (id here, "copied" | "renumbered" | "present").
        "present": this scope already holds the same text (copied before), so nothing changes."""
        async with self.transaction() as db:
            existing = await db.fetchval(
                "SELECT id FROM articles WHERE coalesce(guild_id, -1) = coalesce($1::bigint, -1)"
                " AND content_hash = $2",
                guild_id,
                content_hash,
            )
            if existing is not None:
                return int(existing), "present"
            taken = await db.fetchval("SELECT 1 FROM articles WHERE id = $1", article_id)
            new_id = await self._insert(
                db,
                guild_id,
                title,
                source,
                added_by,
                text,
                content_hash,
                analysis,
                article_id=None if taken else article_id,
                added_at=added_at,
            )
            assert new_id is not None  # checked above, in this transaction
            await self._reserve_ids(db, new_id)
        return new_id, "renumbered" if taken else "copied"

    async def import_seed_file(self, file_name: str, file_hash: str, article_id: int) -> bool:
        """Mark an imported article as the seed `file_name`; False if that seed is already indexed here."""
        async with self.transaction() as db:
            await db.execute("SELECT pg_advisory_xact_lock($1)", SEED_LOCK)
            status = await db.execute(
                "INSERT INTO seed_files (file_name, file_hash, article_id) VALUES ($1, $2, $3)"
                " ON CONFLICT DO NOTHING",
                file_name,
                file_hash,
                article_id,
            )
        return bool(status.endswith(" 1"))

    async def reserve_ids(self, last_id: int) -> None:
        """New articles get ids above `last_id` (so ids removed in a copied library stay unused)."""
        async with self.transaction() as db:
            await self._reserve_ids(db, last_id)

    async def _reserve_ids(self, db: Any, last_id: int) -> None:
        # Only ever forward: an id once handed out is never handed out again.
        await db.execute(
            "SELECT setval(seq, greatest($1::bigint, coalesce(pg_sequence_last_value(seq), 1)))"
            " FROM (SELECT pg_get_serial_sequence('articles', 'id')::regclass AS seq) s",
            last_id,
        )

    # ---- seeds -----------------------------------------------------------------------------

    async def seed_files(self) -> dict[str, str]:
        """Indexed seed files: file name -> hash of its contents when indexed."""
        rows = await self._fetchall("SELECT file_name, file_hash FROM seed_files")
        return {row[0]: row[1] for row in rows}

    async def replace_seed(
        self,
        file_name: str,
        file_hash: str,
        *,
        title: str,
        source: str | None,
        text: str,
        content_hash: str,
        analysis: ArticleAnalysis,
    ) -> int:
        """Index a seed file, replacing its previous version, in one transaction."""
        async with self.transaction() as db:
            # Every process indexes the seeds when it starts: one at a time, the others then find
            # the version already indexed.
            await db.execute("SELECT pg_advisory_xact_lock($1)", SEED_LOCK)
            current = await db.fetchval(
                "SELECT article_id FROM seed_files WHERE file_name = $1 AND file_hash = $2",
                file_name,
                file_hash,
            )
            if current is not None:
                return int(current)
            await db.execute(
                "DELETE FROM articles WHERE id IN (SELECT article_id FROM seed_files WHERE file_name = $1)",
                file_name,
            )
            # The same text may already be shared (added by the operator): adopt it rather than copy.
            article_id = await db.fetchval(
                "SELECT id FROM articles WHERE guild_id IS NULL AND content_hash = $1", content_hash
            )
            if article_id is not None:
                await db.execute("DELETE FROM seed_files WHERE article_id = $1", article_id)
            else:
                article_id = await self._insert(db, None, title, source, None, text, content_hash, analysis)
                assert article_id is not None  # the shared scope holds no such text, under the lock
            await db.execute(
                "INSERT INTO seed_files (file_name, file_hash, article_id) VALUES ($1, $2, $3)",
                file_name,
                file_hash,
                article_id,
            )
        return int(article_id)

    async def remove_seed(self, file_name: str) -> None:
        async with self.transaction() as db:
            await db.execute("SELECT pg_advisory_xact_lock($1)", SEED_LOCK)
            await db.execute(
                "DELETE FROM articles WHERE id IN (SELECT article_id FROM seed_files WHERE file_name = $1)",
                file_name,
            )
