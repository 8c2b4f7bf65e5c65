"""Reading the library, on either database: articles by id, title and recency, the article list, whole
stored articles, the speaker and topic indexes. Full-text search is each database's own (store.py,
postgres.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.errors import NotFoundError

from . import codec
from .driver import Driver
from .models import ArticleInfo, SpeakerQuote, StoredArticle

if TYPE_CHECKING:
    from bot.analysis.models import TopicTerms

# Every query that hands out ArticleInfo selects these columns, in this order.
INFO_COLUMNS = (
    "a.id, a.guild_id, a.title, a.source, a.added_by, a.added_at, a.word_count, "
    "s.file_name IS NOT NULL AS is_seed"
)
SEED_JOIN = "LEFT JOIN seed_files s ON s.article_id = a.id"
INFO_FROM = f"articles a {SEED_JOIN}"
# A guild sees its own articles and the shared ones (guild_id NULL); the shared scope sees only those.
VISIBLE = "(a.guild_id IS NULL OR a.guild_id = :guild)"
# The newest article of one scope that is not a seed (a scalar subquery, NULL when there is none).
_NEWEST_NON_SEED = (
    "SELECT (SELECT a.id FROM articles a WHERE {scope} AND NOT EXISTS"
    " (SELECT 1 FROM seed_files s WHERE s.article_id = a.id) ORDER BY a.id DESC LIMIT 1) AS id"
)
# The newest ids of one scope, from its (guild_id, id) index.
_NEWEST_IDS = "SELECT a.id FROM articles a WHERE {scope} ORDER BY a.id DESC LIMIT :window"
# LIKE patterns below escape their wildcards with a backslash.
ESCAPE = "ESCAPE '\\'"
# Articles this long are rebuilt from their rows in a worker thread, off the event loop: a
# 100,000-word article has thousands of sentences, ~150 ms of Python that would stall every command.
LOAD_IN_THREAD_SENTENCES = 300
DECODE_IN_THREAD_CHARS = 100_000  # an article's topic terms, as JSON: ~5 characters a word


def info_from_row(row: Sequence[Any]) -> ArticleInfo:
    added_at = row[5]  # SQLite keeps ISO 8601 text, PostgreSQL a timestamptz
    return ArticleInfo(
        id=row[0],
        guild_id=row[1],
        title=row[2],
        source=row[3],
        added_by=row[4],
        added_at=added_at if isinstance(added_at, datetime) else datetime.fromisoformat(added_at),
        word_count=row[6],
        is_seed=bool(row[7]),
    )


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def word_patterns(prefix_key: str) -> dict[str, str]:
    """LIKE patterns: a key that starts with the prefix, or has a word that does."""
    pattern = like_escape(prefix_key)
    return {"prefix": f"{pattern}%", "word": f"% {pattern}%"}


class Reads:
    """Every read but full-text search; each sees only committed articles."""

    db: Driver

    async def info(self, article_id: int, guild_id: int | None) -> ArticleInfo | None:
        rows = await self.db.fetch(
            f"SELECT {INFO_COLUMNS} FROM {INFO_FROM} WHERE a.id = :id AND {VISIBLE}",
            {"id": article_id, "guild": guild_id},
        )
        return info_from_row(rows[0]) if rows else None

    async def find_by_title(self, fragment_key: str, guild_id: int | None, limit: int) -> list[ArticleInfo]:
        """Visible articles whose title contains the folded fragment: exact, then prefix, then newest."""
        pattern = like_escape(fragment_key)
        rows = await self.db.fetch(
            f"SELECT {INFO_COLUMNS} FROM {INFO_FROM}"
            f" WHERE {VISIBLE} AND a.title_key LIKE :contains {ESCAPE}"
            f" ORDER BY a.title_key = :key DESC, a.title_key LIKE :prefix {ESCAPE} DESC, a.id DESC"
            " LIMIT :limit",
            {
                "guild": guild_id,
                "key": fragment_key,
                "contains": f"%{pattern}%",
                "prefix": f"{pattern}%",
                "limit": limit,
            },
        )
        return [info_from_row(r) for r in rows]

    async def latest(self, guild_id: int | None) -> ArticleInfo | None:
        """The most recently added visible article; seeds only when nothing else was added."""
        # The newest non-seed of each scope walks its (guild_id, id) index backwards and stops at once;
        # only a library of seeds alone falls back to the newest of them. Ordering every visible row
        # by is_seed instead read each (wide) article row: 100 ms at 10,000 articles.
        rows = await self.db.fetch(
            f"SELECT {INFO_COLUMNS} FROM {INFO_FROM} WHERE a.id = coalesce("
            f"(SELECT max(id) FROM ({_NEWEST_NON_SEED.format(scope='a.guild_id IS NULL')}"
            f" UNION ALL {_NEWEST_NON_SEED.format(scope='a.guild_id = :guild')}) AS newest),"
            f" (SELECT max(a.id) FROM articles a WHERE {VISIBLE}))",
            {"guild": guild_id},
        )
        return info_from_row(rows[0]) if rows else None

    async def list_articles(
        self, guild_id: int | None, limit: int, offset: int
    ) -> tuple[list[ArticleInfo], int]:
        """A page of the visible articles, newest first, and how many there are (one snapshot)."""
        params = {"guild": guild_id, "limit": limit, "offset": offset, "window": limit + offset}
        # The page's ids come from the (guild_id, id) index of each scope; only their rows are read.
        rows, total = await self.db.fetch_many(
            (
                f"SELECT {INFO_COLUMNS} FROM {INFO_FROM} WHERE a.id IN (SELECT id FROM"
                f" (SELECT * FROM ({_NEWEST_IDS.format(scope='a.guild_id IS NULL')}) AS shared"
                f" UNION ALL SELECT * FROM ({_NEWEST_IDS.format(scope='a.guild_id = :guild')}) AS own)"
                " AS newest ORDER BY id DESC LIMIT :limit OFFSET :offset) ORDER BY a.id DESC",
                params,
            ),
            (f"SELECT count(*) FROM articles a WHERE {VISIBLE}", params),
        )
        return [info_from_row(r) for r in rows], int(total[0][0])

    async def load(self, info: ArticleInfo) -> StoredArticle:
        """The article's text and its stored analysis, rebuilt from rows without re-analysing."""
        key = {"id": info.id}
        # One snapshot, so a concurrent delete cannot leave half an article.
        rows, sentences, quotes, speakers, topics = await self.db.fetch_many(
            ("SELECT text, analysis FROM articles WHERE id = :id", key),
            ("SELECT * FROM sentences WHERE article_id = :id ORDER BY idx", key),
            (
                "SELECT q.* FROM quotes q JOIN speakers sp ON sp.id = q.speaker_id"
                " WHERE sp.article_id = :id ORDER BY q.speaker_id, q.position",
                key,
            ),
            ("SELECT * FROM speakers WHERE article_id = :id ORDER BY position", key),
            ("SELECT data FROM topics WHERE article_id = :id ORDER BY position", key),
        )
        if not rows:
            raise NotFoundError(f"Article {info.id} is no longer in the library.")
        parts = (info, rows[0], sentences, quotes, speakers, topics)
        if len(sentences) > LOAD_IN_THREAD_SENTENCES:
            return await asyncio.to_thread(codec.rebuild_article, *parts)
        return codec.rebuild_article(*parts)

    async def topic_terms(self, article_id: int) -> TopicTerms | None:
        """The article's stored topic terms (in whatever format they were derived), or None."""
        rows = await self.db.fetch(
            "SELECT format, data FROM topic_terms WHERE article_id = :id", {"id": article_id}
        )
        if not rows:
            return None
        format, data = rows[0][0], rows[0][1]
        if len(data) > DECODE_IN_THREAD_CHARS:
            return await asyncio.to_thread(codec.topic_terms_from_row, format, data)
        return codec.topic_terms_from_row(format, data)

    async def speaker_quotes(
        self, name_key: str, guild_id: int | None, *, word: bool, limit: int | None = None
    ) -> list[SpeakerQuote]:
        """Quotes by named speakers whose folded name equals `name_key` (or contains it as a word),
        newest article first; at most `limit` of them (None: all)."""
        condition = f"' ' || sp.name_key || ' ' LIKE :pattern {ESCAPE}" if word else "sp.name_key = :key"
        rows = await self.db.fetch(
            f"SELECT {INFO_COLUMNS}, sp.name, sp.role, sp.kind AS speaker_kind, q.text, q.kind,"
            " q.sentence_index"
            " FROM speakers sp JOIN quotes q ON q.speaker_id = sp.id"
            f" JOIN articles a ON a.id = sp.article_id {SEED_JOIN}"
            f" WHERE {condition} AND sp.kind != 'unnamed' AND {VISIBLE}"
            # sp.article_id (= a.id): the order of the speakers_name_article index (SQLite migration 5).
            " ORDER BY sp.article_id DESC, sp.position, q.position LIMIT :limit",
            {
                "key": name_key,
                "pattern": f"% {like_escape(name_key)} %",
                "guild": guild_id,
                "limit": self.db.no_limit if limit is None else limit,
            },
        )
        # A much-quoted speaker has thousands of quotes in a few hundred articles: each article's info
        # is built once and shared (it is frozen); info_from_row per quote was 7 % of the bot's CPU.
        infos: dict[int, ArticleInfo] = {}
        quotes = []
        for r in rows:
            info = infos.get(r[0])
            if info is None:
                info = infos[r[0]] = info_from_row(r)
            quotes.append(
                SpeakerQuote(
                    speaker=r["name"],
                    role=r["role"],
                    text=r["text"],
                    kind=r["kind"],
                    article=info,
                    sentence_index=r["sentence_index"],
                    speaker_kind=r["speaker_kind"],
                )
            )
        return quotes

    async def speaker_names(self, prefix_key: str, guild_id: int | None) -> list[tuple[str, str, int]]:
        """(name_key, name as written, quote count) of named speakers whose name or a word of it
        starts with the prefix."""
        rows = await self.db.fetch(
            "SELECT sp.name_key, sp.name, count(q.id) FROM speakers sp"
            " JOIN articles a ON a.id = sp.article_id LEFT JOIN quotes q ON q.speaker_id = sp.id"
            f" WHERE sp.kind != 'unnamed' AND {VISIBLE}"
            f" AND (sp.name_key LIKE :prefix {ESCAPE} OR sp.name_key LIKE :word {ESCAPE})"
            " GROUP BY sp.name_key, sp.name",
            {"guild": guild_id, **word_patterns(prefix_key)},
        )
        return [(r[0], r[1], int(r[2])) for r in rows]

    async def topic_phrases(self, prefix_key: str, guild_id: int | None, limit: int) -> list[str]:
        """Stored topic phrases across the visible library, the most widespread first."""
        # Ties break in code point order on both databases.
        binary = self.db.binary_collation
        rows = await self.db.fetch(
            f"SELECT min(t.phrase {binary}) FROM topics t JOIN articles a ON a.id = t.article_id"
            f" WHERE {VISIBLE} AND (t.phrase_key LIKE :prefix {ESCAPE} OR t.phrase_key LIKE :word {ESCAPE})"
            f" GROUP BY t.phrase_key ORDER BY count(*) DESC, t.phrase_key {binary} LIMIT :limit",
            {"guild": guild_id, "limit": limit, **word_patterns(prefix_key)},
        )
        return [r[0] for r in rows]
