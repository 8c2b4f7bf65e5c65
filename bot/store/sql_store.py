"""The store written once: every write and every shared read, over a `Driver` (driver.py). `Store`
(SQLite, store.py) and `PostgresStore` (postgres.py) add what their databases do differently: opening,
full-text search, and the id counter."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar

from bot.analysis.models import ArticleAnalysis, Expert, TopicTerms, UnnamedSource

from . import codec
from .driver import Connection, Driver
from .models import SearchHit
from .query import SearchQuery
from .reads import VISIBLE, Reads

# Key of the lock (PostgreSQL's advisory lock) that seed indexing holds: every process indexes the
# seeds when it starts, one at a time; the others then find each version already indexed.
SEED_LOCK = 0x4E455753_0002
# The visible article with this content hash, the guild's own copy before a shared one.
_DUPLICATE = (
    f"SELECT a.id FROM articles a WHERE a.content_hash = :hash AND {VISIBLE}"
    " ORDER BY a.guild_id IS NULL LIMIT 1"
)
_ARTICLE_COLUMNS = (
    "guild_id",
    "title",
    "title_key",
    "source",
    "added_by",
    "added_at",
    "content_hash",
    "text",
    "word_count",
    "analysis",
)
_DELETE_SEED_ARTICLE = (
    "DELETE FROM articles WHERE id IN (SELECT article_id FROM seed_files WHERE file_name = :name)"
)


@dataclass(frozen=True, slots=True)
class SearchRequest:
    """A full-text search, as each database's search answers it."""

    query: SearchQuery
    guild_id: int | None
    limit: int
    offset: int
    any_term: bool
    snippets: bool


@dataclass(frozen=True, slots=True)
class NewArticle:
    """An article to write, with its analysis."""

    guild_id: int | None
    title: str
    source: str | None
    added_by: int | None
    text: str
    content_hash: str
    analysis: ArticleAnalysis


async def _duplicate(db: Connection, guild_id: int | None, content_hash: str) -> int | None:
    value = await db.fetchval(_DUPLICATE, {"hash": content_hash, "guild": guild_id})
    return None if value is None else int(value)


class _RolledBack(Exception):
    """Ends a transaction that only tried whether the database takes writes."""


class SqlStore(Reads):
    """A library on either database. Open one with `open_store` (backend.py)."""

    # How an explicit id is written into articles.id (PostgreSQL's identity column refuses one unless told).
    _OVERRIDE_ID: ClassVar[str] = ""
    # The expression of the articles_scope_hash unique index, so a lookup by scope uses it.
    _SCOPE_KEY: ClassVar[str]

    def __init__(self, db: Driver) -> None:
        self.db = db

    async def close(self) -> None:
        await self.db.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Connection]:
        """A write transaction: committed when the block ends, rolled back entirely if it raises."""
        async with self.db.transaction() as db:
            yield db
        self._changed()

    def _changed(self) -> None:
        """Called after each committed write."""

    async def read_only(self) -> bool:
        """Whether the library refuses writes (a read-only file or mount, a replica, PostgreSQL's
        default_transaction_read_only), found by a write that changes nothing, rolled back."""
        try:
            async with self.db.transaction() as db:
                await db.execute("DELETE FROM seed_files WHERE 1 = 0")
                raise _RolledBack
        except _RolledBack:
            return False
        except Exception as exc:
            text = str(exc).lower()
            if "readonly" in text or "read-only" in text:
                return True
            raise

    # ---- full-text search: each database's own ---------------------------------------------

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
        """Articles matching the query (all or any of its words), best (lowest rank) first, and how
        many there are; without snippets (empty) when `snippets` is False."""
        if not query:
            return [], 0
        return await self._search(SearchRequest(query, guild_id, limit, offset, any_term, snippets))

    @abstractmethod
    async def _search(self, search: SearchRequest) -> tuple[list[SearchHit], int]: ...

    @abstractmethod
    async def snippets(self, query: SearchQuery, ids: list[int]) -> dict[int, str]:
        """The passage of each article that best matches the query's words, matched words in **bold**."""

    # ---- adding and removing ---------------------------------------------------------------

    async def find_duplicate(self, guild_id: int | None, content_hash: str) -> int | None:
        """Id of a visible article with this content hash, preferring the guild's own copy."""
        value = await self.db.fetchval(_DUPLICATE, {"hash": content_hash, "guild": guild_id})
        return None if value is None else int(value)

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
            article = NewArticle(guild_id, title, source, added_by, text, content_hash, analysis)
            article_id = await self._insert(db, article)
            if article_id is None:
                # Another process committed the same text in the same scope since the check above
                # (PostgreSQL; SQLite's write transactions exclude each other).
                existing = await _duplicate(db, guild_id, content_hash)
                assert existing is not None
                return existing, False
        return article_id, True

    async def _insert(
        self,
        db: Connection,
        new: NewArticle,
        *,
        article_id: int | None = None,
        added_at: datetime | None = None,
    ) -> int | None:
        """The new article's id, or None when the scope already holds this text. `article_id` and
        `added_at` are for copying a library: the id it had there, and when it was added."""
        values: dict[str, Any] = {
            "guild_id": new.guild_id,
            "title": new.title,
            "title_key": codec.lookup_key(new.title),
            "source": new.source,
            "added_by": new.added_by,
            "added_at": self.db.timestamp(added_at or datetime.now(UTC)),
            "content_hash": new.content_hash,
            "text": new.text,
            "word_count": new.analysis.word_count,
            "analysis": codec.analysis_json(new.analysis),
        }
        columns: tuple[str, ...] = _ARTICLE_COLUMNS
        override = ""
        if article_id is not None:
            values["id"] = article_id
            columns, override = ("id", *columns), self._OVERRIDE_ID
        new_id = await db.fetchval(
            f"INSERT INTO articles ({', '.join(columns)}) {override}"
            f" VALUES ({', '.join(':' + c for c in columns)}) ON CONFLICT DO NOTHING RETURNING id",
            values,
        )
        if new_id is None:
            return None
        await self._insert_sentences(db, new_id, new.analysis)
        await self._insert_speakers(db, new_id, new.analysis)
        await self._insert_topics(db, new_id, new.analysis)
        if new.analysis.topic_terms is not None:
            await self._write_topic_terms(db, int(new_id), new.analysis.topic_terms)
        return int(new_id)

    async def _insert_sentences(self, db: Connection, article_id: int, a: ArticleAnalysis) -> None:
        await db.executemany(
            "INSERT INTO sentences (article_id, idx, text, start_pos, end_pos, paragraph, is_heading, extra)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [codec.sentence_row(article_id, s) for s in a.sentences],
        )

    async def _insert_speakers(self, db: Connection, article_id: int, a: ArticleAnalysis) -> None:
        speakers: list[Expert | UnnamedSource] = [*a.experts, *a.unnamed_sources]
        for position, speaker in enumerate(speakers):
            speaker_id = await db.fetchval(
                "INSERT INTO speakers (article_id, position, kind, name, name_key, role, extra)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                codec.speaker_row(article_id, position, speaker),
            )
            await db.executemany(
                "INSERT INTO quotes (speaker_id, position, text, kind, start_pos, end_pos, sentence_index,"
                " extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [codec.quote_row(speaker_id, i, q) for i, q in enumerate(speaker.quotes)],
            )

    async def _insert_topics(self, db: Connection, article_id: int, a: ArticleAnalysis) -> None:
        await db.executemany(
            "INSERT INTO topics (article_id, position, phrase, phrase_key, data) VALUES (?, ?, ?, ?, ?)",
            [codec.topic_row(article_id, i, t) for i, t in enumerate(a.topics)],
        )

    async def _write_topic_terms(self, db: Connection, article_id: int, terms: TopicTerms) -> None:
        await db.execute(
            "INSERT INTO topic_terms (article_id, format, data) VALUES (:id, :format, :data)"
            " ON CONFLICT (article_id) DO UPDATE SET format = excluded.format, data = excluded.data",
            {"id": article_id, "format": terms.format, "data": codec.topic_terms_json(terms)},
        )

    async def save_topic_terms(self, article_id: int, terms: TopicTerms) -> bool:
        """Store an article's topic terms, derived after it was stored (it predates them, or they were
        derived another way); False when the article is gone."""
        async with self.db.transaction() as db:  # no search index change: not self.transaction()
            if await db.fetchval("SELECT 1 FROM articles WHERE id = :id", {"id": article_id}) is None:
                return False
            await self._write_topic_terms(db, article_id, terms)
        return True

    async def delete_article(self, article_id: int) -> None:
        async with self.transaction() as db:
            await db.execute("DELETE FROM articles WHERE id = :id", {"id": article_id})

    # ---- seeds -----------------------------------------------------------------------------

    async def seed_files(self) -> dict[str, str]:
        """Indexed seed files: file name -> hash of its contents when indexed."""
        rows = await self.db.fetch("SELECT file_name, file_hash FROM seed_files")
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
        seed = {"name": file_name, "hash": file_hash}
        async with self.transaction() as db:
            await db.lock(SEED_LOCK)
            # Another process may have indexed this very version since the caller looked.
            current = await db.fetchval(
                "SELECT article_id FROM seed_files WHERE file_name = :name AND file_hash = :hash", seed
            )
            if current is not None:
                return int(current)
            await db.execute(_DELETE_SEED_ARTICLE, seed)
            # The same text may already be shared (added by the operator): adopt it rather than copy.
            article_id = await db.fetchval(
                "SELECT id FROM articles WHERE guild_id IS NULL AND content_hash = :hash",
                {"hash": content_hash},
            )
            if article_id is not None:
                await db.execute("DELETE FROM seed_files WHERE article_id = :id", {"id": article_id})
            else:
                article = NewArticle(None, title, source, None, text, content_hash, analysis)
                article_id = await self._insert(db, article)
                assert article_id is not None  # the shared scope holds no such text, under the lock
            await db.execute(
                "INSERT INTO seed_files (file_name, file_hash, article_id) VALUES (:name, :hash, :id)",
                {**seed, "id": article_id},
            )
        return int(article_id)

    async def remove_seed(self, file_name: str) -> None:
        async with self.transaction() as db:
            await db.lock(SEED_LOCK)
            await db.execute(_DELETE_SEED_ARTICLE, {"name": file_name})

    # ---- copying a library (newsdesk migrate-db, transfer.py) -------------------------------

    async def article_keys(self) -> list[tuple[int, int | None, str]]:
        """(id, guild_id, content_hash) of every article, of every server, oldest first."""
        rows = await self.db.fetch("SELECT id, guild_id, content_hash FROM articles ORDER BY id")
        return [(int(r[0]), r[1], r[2]) for r in rows]

    async def seed_articles(self) -> list[tuple[str, str, int]]:
        """(file name, file hash, article id) of every indexed seed file."""
        rows = await self.db.fetch(
            "SELECT file_name, file_hash, article_id FROM seed_files ORDER BY file_name"
        )
        return [(r[0], r[1], int(r[2])) for r in rows]

    @abstractmethod
    async def last_article_id(self) -> int:
        """The highest id ever handed to an article (also of one removed since); 0 for none."""

    @abstractmethod
    async def _reserve_ids(self, db: Connection, last_id: int) -> None:
        """New articles get ids above `last_id`; only ever forward."""

    async def reserve_ids(self, last_id: int) -> None:
        """New articles get ids above `last_id` (so ids removed in a copied library stay unused)."""
        async with self.transaction() as db:
            await self._reserve_ids(db, last_id)

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
                f"SELECT id FROM articles WHERE {self._SCOPE_KEY} = coalesce(CAST(:guild AS BIGINT), -1)"
                " AND content_hash = :hash",
                {"guild": guild_id, "hash": content_hash},
            )
            if existing is not None:
                return int(existing), "present"
            taken = await db.fetchval("SELECT 1 FROM articles WHERE id = :id", {"id": article_id})
            article = NewArticle(guild_id, title, source, added_by, text, content_hash, analysis)
            new_id = await self._insert(
                db, article, article_id=None if taken else article_id, added_at=added_at
            )
            assert new_id is not None  # checked above, in this transaction
            await self._reserve_ids(db, new_id)
        return new_id, "renumbered" if taken else "copied"

    async def import_seed_file(self, file_name: str, file_hash: str, article_id: int) -> bool:
        """Mark an imported article as the seed `file_name`; False if that seed is already indexed here."""
        async with self.transaction() as db:
            await db.lock(SEED_LOCK)
            added = await db.execute(
                "INSERT INTO seed_files (file_name, file_hash, article_id) VALUES (:name, :hash, :id)"
                " ON CONFLICT DO NOTHING",
                {"name": file_name, "hash": file_hash, "id": article_id},
            )
        return added == 1
