"""The PostgreSQL store (asyncpg): the same interface and behaviour as the SQLite `Store`, for several
bot processes sharing one library.

Folding (case and accents) happens in Python with `codec.fold`, exactly as for SQLite; full-text search
is PostgreSQL's own: a weighted tsvector with a GIN index, ranked with ts_rank, snippets from
ts_headline, and the user's words passed through websearch_to_tsquery so no input is ever syntax.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import asyncpg

from bot.analysis.models import ArticleAnalysis, Expert, UnnamedSource
from bot.errors import InputError, NotFoundError

from . import codec
from .models import ArticleInfo, SearchHit, SpeakerQuote, StoredArticle
from .pg_migrations import SEED_LOCK, pg_migrate

CONNECT_TIMEOUT = 10.0
POOL_SIZE = 8
CONFIG = "'newsdesk_search'::regconfig"
# ts_rank weights for {D, C, B, A}: a title (A) match weighs ten times one in the text (B), as with
# SQLite's bm25(articles_fts, 10.0, 1.0).
WEIGHTS = "'{0.1, 0.1, 0.1, 1.0}'::float4[]"
HEADLINE_OPTIONS = "StartSel=**, StopSel=**, MaxWords=16, MinWords=8, ShortWord=2, MaxFragments=1"

INFO_COLUMNS = (
    "a.id, a.guild_id, a.title, a.source, a.added_by, a.added_at, a.word_count, "
    "s.file_name IS NOT NULL AS is_seed"
)
SEED_JOIN = "LEFT JOIN seed_files s ON s.article_id = a.id"
INFO_FROM = f"articles a {SEED_JOIN}"


def visible(param: int) -> str:
    """A guild sees its own articles and the shared ones; the shared scope (NULL) sees only those."""
    return f"(a.guild_id IS NULL OR a.guild_id = ${param}::bigint)"


def info_from_record(row: Sequence[Any]) -> ArticleInfo:
    return ArticleInfo(
        id=row[0],
        guild_id=row[1],
        title=row[2],
        source=row[3],
        added_by=row[4],
        added_at=row[5],
        word_count=row[6],
        is_seed=bool(row[7]),
    )


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def websearch_query(terms: list[str], *, any_term: bool) -> str:
    """Input for websearch_to_tsquery: each word quoted (never an operator), all or any of them."""
    quoted = ['"' + term.replace('"', " ") + '"' for term in terms]
    return (" or " if any_term else " ").join(quoted)


async def _duplicate(db: Any, guild_id: int | None, content_hash: str) -> int | None:
    value = await db.fetchval(
        f"SELECT a.id FROM articles a WHERE a.content_hash = $1 AND {visible(2)}"
        " ORDER BY a.guild_id IS NULL LIMIT 1",
        content_hash,
        guild_id,
    )
    return int(value) if value is not None else None


class PostgresStore:
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

    async def _fetchall(self, sql: str, *args: Any) -> list[Any]:
        return list(await self._pool.fetch(sql, *args))

    async def _fetchone(self, sql: str, *args: Any) -> Any:
        return await self._pool.fetchrow(sql, *args)

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

    # ---- reading articles ------------------------------------------------------------------

    async def info(self, article_id: int, guild_id: int | None) -> ArticleInfo | None:
        row = await self._fetchone(
            f"SELECT {INFO_COLUMNS} FROM {INFO_FROM} WHERE a.id = $1 AND {visible(2)}",
            article_id,
            guild_id,
        )
        return info_from_record(row) if row else None

    async def find_by_title(self, fragment_key: str, guild_id: int | None, limit: int) -> list[ArticleInfo]:
        """Visible articles whose title contains the folded fragment: exact, then prefix, then newest."""
        rows = await self._fetchall(
            f"SELECT {INFO_COLUMNS} FROM {INFO_FROM} WHERE {visible(1)} AND strpos(a.title_key, $2) > 0"
            " ORDER BY a.title_key = $2 DESC, strpos(a.title_key, $2) = 1 DESC, a.id DESC LIMIT $3",
            guild_id,
            fragment_key,
            limit,
        )
        return [info_from_record(r) for r in rows]

    async def latest(self, guild_id: int | None) -> ArticleInfo | None:
        """The most recently added visible article; seeds only when nothing else was added."""
        row = await self._fetchone(
            f"SELECT {INFO_COLUMNS} FROM {INFO_FROM} WHERE {visible(1)} ORDER BY is_seed, a.id DESC LIMIT 1",
            guild_id,
        )
        return info_from_record(row) if row else None

    async def list_articles(
        self, guild_id: int | None, limit: int, offset: int
    ) -> tuple[list[ArticleInfo], int]:
        rows = await self._fetchall(
            f"SELECT {INFO_COLUMNS} FROM {INFO_FROM} WHERE {visible(1)} ORDER BY a.id DESC LIMIT $2 OFFSET $3",
            guild_id,
            limit,
            offset,
        )
        total = await self._pool.fetchval(f"SELECT count(*) FROM articles a WHERE {visible(1)}", guild_id)
        return [info_from_record(r) for r in rows], int(total or 0)

    async def load(self, info: ArticleInfo) -> StoredArticle:
        """The article's text and its stored analysis, rebuilt from rows without re-analysing."""
        # One connection and one snapshot, so a concurrent delete cannot leave half an article.
        async with self._pool.acquire() as db, db.transaction(isolation="repeatable_read", readonly=True):
            row = await db.fetchrow("SELECT text, analysis FROM articles WHERE id = $1", info.id)
            if row is None:
                raise NotFoundError(f"Article {info.id} is no longer in the library.")
            sentence_rows = await db.fetch(
                "SELECT * FROM sentences WHERE article_id = $1 ORDER BY idx", info.id
            )
            quote_rows = await db.fetch(
                "SELECT q.* FROM quotes q JOIN speakers sp ON sp.id = q.speaker_id WHERE sp.article_id = $1"
                " ORDER BY q.speaker_id, q.position",
                info.id,
            )
            speaker_rows = await db.fetch(
                "SELECT * FROM speakers WHERE article_id = $1 ORDER BY position", info.id
            )
            topic_rows = await db.fetch(
                "SELECT data FROM topics WHERE article_id = $1 ORDER BY position", info.id
            )
        return codec.rebuild_article(info, row, sentence_rows, quote_rows, speaker_rows, topic_rows)

    # ---- search and indexes ----------------------------------------------------------------

    async def search(
        self, terms: list[str], guild_id: int | None, limit: int, offset: int, *, any_term: bool = False
    ) -> tuple[list[SearchHit], int]:
        """Articles containing all (or any) of the words `terms`; best (lowest rank) first."""
        if not terms:
            return [], 0
        query = websearch_query(terms, any_term=any_term)
        # rank is minus ts_rank, so lower is better as with SQLite's bm25. The matches are ranked
        # and counted in one pass over ids; texts are read and snippets made for the page only.
        rows = await self._fetchall(
            f"WITH q AS (SELECT websearch_to_tsquery({CONFIG}, $1) AS query),"
            " ranked AS (SELECT a.id, -ts_rank("
            f"{WEIGHTS}, a.search, q.query) AS score, count(*) OVER () AS total"
            f" FROM articles a CROSS JOIN q WHERE a.search @@ q.query AND {visible(2)}"
            " ORDER BY score, a.id DESC LIMIT $3 OFFSET $4)"
            f" SELECT {INFO_COLUMNS}, r.score, r.total, h.snip,"
            " strpos(a.text, replace(h.snip, '**', '')) AS at, length(a.text) AS text_length"
            f" FROM ranked r JOIN {INFO_FROM} ON a.id = r.id CROSS JOIN q"
            f" CROSS JOIN LATERAL (SELECT ts_headline({CONFIG}, a.text, q.query, '{HEADLINE_OPTIONS}') AS snip) h"
            " ORDER BY r.score, a.id DESC",
            query,
            guild_id,
            limit,
            offset,
        )
        if rows:
            total = int(rows[0]["total"])
        elif offset:  # a page past the end: count the matches on their own
            total = await self._pool.fetchval(
                f"SELECT count(*) FROM articles a WHERE a.search @@ websearch_to_tsquery({CONFIG}, $1)"
                f" AND {visible(2)}",
                query,
                guild_id,
            )
        else:
            total = 0
        hits = [
            SearchHit(info_from_record(r), _snippet(r["snip"], r["at"], r["text_length"]), float(r["score"]))
            for r in rows
        ]
        return hits, int(total or 0)

    async def speaker_quotes(
        self, name_key: str, guild_id: int | None, *, word: bool, limit: int | None = None
    ) -> list[SpeakerQuote]:
        """Quotes by named speakers whose folded name equals `name_key` (or contains it as a word),
        newest article first; at most `limit` of them (None: all)."""
        condition = "' ' || sp.name_key || ' ' LIKE $1" if word else "sp.name_key = $1"
        rows = await self._fetchall(
            f"SELECT {INFO_COLUMNS}, sp.name, sp.role, sp.kind AS speaker_kind, q.text, q.kind,"
            " q.sentence_index"
            " FROM speakers sp JOIN quotes q ON q.speaker_id = sp.id"
            f" JOIN articles a ON a.id = sp.article_id {SEED_JOIN}"
            f" WHERE {condition} AND sp.kind != 'unnamed' AND {visible(2)}"
            " ORDER BY a.id DESC, sp.position, q.position LIMIT $3",
            f"% {like_escape(name_key)} %" if word else name_key,
            guild_id,
            limit,  # NULL: no limit
        )
        return [
            SpeakerQuote(
                speaker=r["name"],
                role=r["role"],
                text=r["text"],
                kind=r["kind"],
                article=info_from_record(r),
                sentence_index=r["sentence_index"],
                speaker_kind=r["speaker_kind"],
            )
            for r in rows
        ]

    async def speaker_names(self, prefix_key: str, guild_id: int | None) -> list[tuple[str, str, int]]:
        """(name_key, name as written, quote count) of named speakers whose name or a word of it
        starts with the prefix."""
        pattern = like_escape(prefix_key)
        rows = await self._fetchall(
            "SELECT sp.name_key, sp.name, count(q.id) FROM speakers sp"
            " JOIN articles a ON a.id = sp.article_id LEFT JOIN quotes q ON q.speaker_id = sp.id"
            f" WHERE sp.kind != 'unnamed' AND {visible(1)} AND (sp.name_key LIKE $2 OR sp.name_key LIKE $3)"
            " GROUP BY sp.name_key, sp.name",
            guild_id,
            f"{pattern}%",
            f"% {pattern}%",
        )
        return [(r[0], r[1], int(r[2])) for r in rows]

    async def topic_phrases(self, prefix_key: str, guild_id: int | None, limit: int) -> list[str]:
        """Stored topic phrases across the visible library, the most widespread first."""
        pattern = like_escape(prefix_key)
        # COLLATE "C": ties break in code point order, as SQLite's do.
        rows = await self._fetchall(
            'SELECT min(t.phrase COLLATE "C") FROM topics t JOIN articles a ON a.id = t.article_id'
            f" WHERE {visible(1)} AND (t.phrase_key LIKE $2 OR t.phrase_key LIKE $3)"
            ' GROUP BY t.phrase_key ORDER BY count(*) DESC, t.phrase_key COLLATE "C" LIMIT $4',
            guild_id,
            f"{pattern}%",
            f"% {pattern}%",
            limit,
        )
        return [r[0] for r in rows]


def _snippet(headline: str, at: int, text_length: int) -> str:
    """ts_headline's fragment (found at 1-based `at` in the text, 0 if not found verbatim), with …
    where it cuts the text, as SQLite's snippet() marks it."""
    if at <= 0:
        return headline
    shown = len(headline.replace("**", ""))
    return ("…" if at > 1 else "") + headline + ("…" if at - 1 + shown < text_length else "")
