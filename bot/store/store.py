"""The SQLite store: one writer connection behind a lock, one reader connection, all SQL parameterised."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

import aiosqlite

from bot.analysis.models import ArticleAnalysis, Expert, UnnamedSource
from bot.errors import InputError

from . import codec
from .migrations import migrate
from .models import SearchHit
from .query import SearchQuery
from .read_pool import ReadPool
from .reads import VISIBLE, Reads, ranked_hits
from .search_index import LATEST_SEQ, SearchIndex
from .search_sync import IndexedSearch

BUSY_TIMEOUT_MS = 5000
log = logging.getLogger(__name__)


# The visible article with this content hash, the guild's own copy before a shared one.
_DUPLICATE = f"SELECT a.id FROM articles a WHERE a.content_hash = :hash AND {VISIBLE} ORDER BY a.guild_id IS NULL LIMIT 1"


async def _duplicate(db: aiosqlite.Connection, guild_id: int | None, content_hash: str) -> int | None:
    rows = list(await db.execute_fetchall(_DUPLICATE, {"hash": content_hash, "guild": guild_id}))
    return int(rows[0][0]) if rows else None


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


def _search_indexed(
    db: sqlite3.Connection,
    index: SearchIndex,
    query: SearchQuery,
    guild_id: int | None,
    limit: int,
    offset: int,
    any_term: bool,
    snippets: bool,
) -> tuple[list[SearchHit], int] | None:
    """A whole search in one read on a reader thread (one trip, one snapshot): the log's position, the
    index's ranking and the page's rows; None when the index is behind the log."""
    db.execute("BEGIN")
    try:
        latest = int(db.execute(LATEST_SEQ).fetchone()[0])
        if index.refresh() != latest:  # behind, or another library's index: not to be believed
            return None
        ranked, total = index.search(query, guild_id, limit, offset, any_term=any_term)
        return ranked_hits(db, ranked, query, guild_id, snippets=snippets), total
    finally:
        db.execute("COMMIT")


class Store(Reads):
    """Async access to one library database. Create with `await Store.open(path)`."""

    def __init__(
        self,
        path: Path,
        writer: aiosqlite.Connection,
        reader: ReadPool,
        search_index: IndexedSearch | None = None,
    ) -> None:
        self.path = path
        self._writer = writer
        self._reader = reader
        self._write_lock = asyncio.Lock()
        self._search_index = search_index

    @classmethod
    async def open(cls, path: Path, *, search_index: bool = True) -> Store:
        """Open (creating if needed) the database at `path` and migrate it to the latest schema.
        `search_index`: rank full-text searches with the tantivy index beside the file (FTS5 alone
        when False, as before the index existed)."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            writer = await cls._connect(path)
        except (OSError, sqlite3.OperationalError) as exc:
            raise InputError(f"Cannot open the library database {path}: {exc}.") from None
        except sqlite3.DatabaseError as exc:
            raise InputError(f"{path} is not a usable Newsdesk library database ({exc}).") from None
        try:
            await migrate(writer)
            reader = ReadPool(path, BUSY_TIMEOUT_MS)
        except sqlite3.DatabaseError as exc:
            await writer.close()
            raise InputError(f"{path} is not a usable Newsdesk library database ({exc}).") from None
        except BaseException:
            await writer.close()
            raise
        return cls(path, writer, reader, await IndexedSearch.open(path) if search_index else None)

    @staticmethod
    async def _connect(path: Path) -> aiosqlite.Connection:
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
        return db

    async def close(self) -> None:
        if self._search_index is not None:
            await self._search_index.close()
        await self._reader.close()
        await self._writer.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """A write transaction: committed when the block ends, rolled back entirely if it raises."""
        async with self._write_lock:
            await self._writer.execute("BEGIN IMMEDIATE")
            try:
                yield self._writer
            except BaseException:
                await self._writer.execute("ROLLBACK")
                raise
            await self._writer.execute("COMMIT")
        if self._search_index is not None:
            self._search_index.schedule()

    # ---- full-text search ------------------------------------------------------------------

    async def search(
        self,
        query: SearchQuery,
        guild_id: int | None,
        limit: int,
        offset: int,
        *,
        any_term: bool = False,
        snippets: bool = True,
    ) -> tuple[list[SearchHit], int]:
        """Articles matching the query (all or any of its words), best first; ranked by the search
        index once it holds every change, by FTS5 (the same answers, slower) until then."""
        index = self._search_index
        if query and index is not None:

            def indexed(db: sqlite3.Connection) -> tuple[list[SearchHit], int] | None:
                return _search_indexed(db, index.index, query, guild_id, limit, offset, any_term, snippets)

            try:
                found = await self._reader.run(indexed)
                if found is None:  # the index is behind the log: replay a few changes, or let FTS5 answer
                    latest = await self._fetchone(LATEST_SEQ)
                    if await index.ready(int(latest[0]) if latest else 0):
                        found = await self._reader.run(indexed)
            except (ValueError, OSError) as exc:
                log.warning("search index failed (%s); asking SQLite", exc)
                found = None
            if found is not None:
                return found
        return await super().search(query, guild_id, limit, offset, any_term=any_term, snippets=snippets)

    async def search_index_ready(self) -> bool:
        """Wait for the search index to catch up (benchmarks and tests); False when there is none."""
        index = self._search_index
        if index is None:
            return False
        await index.sync()
        latest = await self._fetchone(LATEST_SEQ)
        return index.index.refresh() == (int(latest[0]) if latest else 0)

    # ---- adding and removing ---------------------------------------------------------------

    async def find_duplicate(self, guild_id: int | None, content_hash: str) -> int | None:
        """Id of a visible article with this content hash, preferring the guild's own copy."""
        rows = await self._fetchall(_DUPLICATE, {"hash": content_hash, "guild": guild_id})
        return int(rows[0][0]) if rows else None

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
        return article_id, True

    async def _insert(
        self,
        db: aiosqlite.Connection,
        guild_id: int | None,
        title: str,
        source: str | None,
        added_by: int | None,
        text: str,
        content_hash: str,
        analysis: ArticleAnalysis,
    ) -> int:
        cursor = await db.execute(
            "INSERT INTO articles (guild_id, title, title_key, source, added_by, added_at, content_hash,"
            " text, word_count, analysis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                guild_id,
                title,
                codec.fold(title),
                source,
                added_by,
                datetime.now(UTC).isoformat(timespec="seconds"),
                content_hash,
                text,
                analysis.word_count,
                codec.analysis_json(analysis),
            ),
        )
        article_id = cursor.lastrowid
        assert article_id is not None
        await self._insert_sentences(db, article_id, analysis)
        await self._insert_speakers(db, article_id, analysis)
        await self._insert_topics(db, article_id, analysis)
        return article_id

    async def _insert_sentences(self, db: aiosqlite.Connection, article_id: int, a: ArticleAnalysis) -> None:
        await db.executemany(
            "INSERT INTO sentences (article_id, idx, text, start_pos, end_pos, paragraph, is_heading, extra)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [codec.sentence_row(article_id, s) for s in a.sentences],
        )

    async def _insert_speakers(self, db: aiosqlite.Connection, article_id: int, a: ArticleAnalysis) -> None:
        speakers: list[Expert | UnnamedSource] = [*a.experts, *a.unnamed_sources]
        for position, speaker in enumerate(speakers):
            cursor = await db.execute(
                "INSERT INTO speakers (article_id, position, kind, name, name_key, role, extra)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                codec.speaker_row(article_id, position, speaker),
            )
            speaker_id = cursor.lastrowid
            assert speaker_id is not None
            await db.executemany(
                "INSERT INTO quotes (speaker_id, position, text, kind, start_pos, end_pos, sentence_index,"
                " extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [codec.quote_row(speaker_id, i, q) for i, q in enumerate(speaker.quotes)],
            )

    async def _insert_topics(self, db: aiosqlite.Connection, article_id: int, a: ArticleAnalysis) -> None:
        await db.executemany(
            "INSERT INTO topics (article_id, position, phrase, phrase_key, data) VALUES (?, ?, ?, ?, ?)",
            [codec.topic_row(article_id, i, t) for i, t in enumerate(a.topics)],
        )

    async def delete_article(self, article_id: int) -> None:
        async with self.transaction() as db:
            await db.execute("DELETE FROM articles WHERE id = ?", (article_id,))

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
            # Another process may have indexed this very version since the caller looked.
            async with db.execute(
                "SELECT article_id FROM seed_files WHERE file_name = ? AND file_hash = ?",
                (file_name, file_hash),
            ) as cursor:
                current = await cursor.fetchone()
            if current is not None:
                return int(current[0])
            await db.execute(
                "DELETE FROM articles WHERE id IN (SELECT article_id FROM seed_files WHERE file_name = ?)",
                (file_name,),
            )
            # The same text may already be shared (added by the operator): adopt it rather than copy.
            async with db.execute(
                "SELECT id FROM articles WHERE guild_id IS NULL AND content_hash = ?", (content_hash,)
            ) as cursor:
                row = await cursor.fetchone()
            if row is not None:
                article_id = int(row[0])
                await db.execute("DELETE FROM seed_files WHERE article_id = ?", (article_id,))
            else:
                article_id = await self._insert(db, None, title, source, None, text, content_hash, analysis)
            await db.execute(
                "INSERT INTO seed_files (file_name, file_hash, article_id) VALUES (?, ?, ?)",
                (file_name, file_hash, article_id),
            )
        return article_id

    async def remove_seed(self, file_name: str) -> None:
        async with self.transaction() as db:
            await db.execute(
                "DELETE FROM articles WHERE id IN (SELECT article_id FROM seed_files WHERE file_name = ?)",
                (file_name,),
            )
