"""Reading the library: articles by id, title and recency, full-text search, the speaker and topic indexes."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.errors import NotFoundError

from . import codec
from .models import ArticleInfo, SearchHit, SpeakerQuote, StoredArticle
from .query import SearchQuery, fts_any, fts_match
from .read_pool import ReadPool

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
# Each full-text match's guild, read from the covering index (migration 3) rather than from the wide
# article row: the planner, knowing no row sizes, would pick the row (4x slower at 100,000 matches).
_ID_GUILD = "articles a INDEXED BY articles_id_guild"
# A matched passage with the matched words in **bold**, as /articles shows it.
_SNIPPET = "snippet(articles_fts, 1, '**', '**', '…', 16)"
# Snippets of given articles (json ids), found by FTS5 row by row (no ranking). Any of the words
# matches, so a hit of an all-words or an any-word search gets its passage. The search index folds a
# few letters FTS5 keeps (ß, æ): an article FTS5 does not match keeps an empty snippet, not vanishing.
_SNIPPETS_OF_IDS = (
    f"SELECT page.value AS id, {_SNIPPET} AS snip"
    " FROM json_each(:ids) AS page CROSS JOIN articles_fts ON articles_fts.rowid = page.value"
    " WHERE articles_fts MATCH :match"
)
# Articles this long are rebuilt from their rows in a worker thread, off the event loop: a
# 100,000-word article has thousands of sentences, ~150 ms of Python that would stall every command.
LOAD_IN_THREAD_SENTENCES = 300


def info_from_row(row: sqlite3.Row | Sequence[Any]) -> ArticleInfo:
    return ArticleInfo(
        id=row[0],
        guild_id=row[1],
        title=row[2],
        source=row[3],
        added_by=row[4],
        added_at=datetime.fromisoformat(row[5]),
        word_count=row[6],
        is_seed=bool(row[7]),
    )


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def ranked_hits(
    db: sqlite3.Connection,
    ranked: list[tuple[int, float]],
    query: SearchQuery,
    guild_id: int | None,
    *,
    snippets: bool,
) -> list[SearchHit]:
    """Search hits for articles ranked elsewhere (the search index): (id, score) best first. Runs on a
    reader's connection, inside the caller's read."""
    if not ranked:
        return []
    ids = [article_id for article_id, _ in ranked]
    params = {"ids": codec.dumps(ids), "match": fts_any(query), "guild": guild_id}
    # Visibility is checked again: an article removed a moment ago may still be in the index.
    # CROSS JOIN: the ids drive the lookups; given `a.id IN (...)`, the planner scanned the guild.
    rows = db.execute(
        f"SELECT {INFO_COLUMNS} FROM json_each(:ids) AS page CROSS JOIN articles a"
        f" ON a.id = page.value {SEED_JOIN} WHERE {VISIBLE}",
        params,
    ).fetchall()
    snips = {r["id"]: r["snip"] for r in db.execute(_SNIPPETS_OF_IDS, params)} if snippets else {}
    infos = {r[0]: info_from_row(r) for r in rows}
    # The index's scores grow with relevance; SearchHit.rank, like bm25, is lowest for the best.
    return [
        SearchHit(infos[article_id], snips.get(article_id, ""), -score)
        for article_id, score in ranked
        if article_id in infos
    ]


class Reads:
    """Every read query; they run on their own connection, so they only ever see committed articles."""

    _reader: ReadPool

    async def _fetchall(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        return await self._reader.fetchall(sql, params)

    async def _fetch_many(self, *queries: tuple[str, Any]) -> list[list[sqlite3.Row]]:
        """Several queries in one trip to a reader thread (and one snapshot of the library)."""

        def read(db: sqlite3.Connection) -> list[list[sqlite3.Row]]:
            db.execute("BEGIN")
            try:
                return [db.execute(sql, params).fetchall() for sql, params in queries]
            finally:
                db.execute("COMMIT")

        return await self._reader.run(read)

    async def _fetchone(self, sql: str, params: Any = ()) -> sqlite3.Row | None:
        rows = await self._fetchall(sql, params)
        return rows[0] if rows else None

    # ---- reading articles ------------------------------------------------------------------

    async def info(self, article_id: int, guild_id: int | None) -> ArticleInfo | None:
        row = await self._fetchone(
            f"SELECT {INFO_COLUMNS} FROM {INFO_FROM} WHERE a.id = :id AND {VISIBLE}",
            {"id": article_id, "guild": guild_id},
        )
        return info_from_row(row) if row else None

    async def find_by_title(self, fragment_key: str, guild_id: int | None, limit: int) -> list[ArticleInfo]:
        """Visible articles whose title contains the folded fragment: exact, then prefix, then newest."""
        rows = await self._fetchall(
            f"SELECT {INFO_COLUMNS} FROM {INFO_FROM} WHERE {VISIBLE} AND instr(a.title_key, :key) > 0"
            " ORDER BY a.title_key = :key DESC, instr(a.title_key, :key) = 1 DESC, a.id DESC"
            " LIMIT :limit",
            {"guild": guild_id, "key": fragment_key, "limit": limit},
        )
        return [info_from_row(r) for r in rows]

    async def latest(self, guild_id: int | None) -> ArticleInfo | None:
        """The most recently added visible article; seeds only when nothing else was added."""
        # The newest non-seed of each scope walks its (guild_id, id) index backwards and stops at once;
        # only a library of seeds alone falls back to the newest of them. Ordering every visible row
        # by is_seed instead read each (wide) article row: 100 ms at 10,000 articles.
        row = await self._fetchone(
            f"SELECT {INFO_COLUMNS} FROM {INFO_FROM} WHERE a.id = coalesce("
            f"(SELECT max(id) FROM ({_NEWEST_NON_SEED.format(scope='a.guild_id IS NULL')}"
            f" UNION ALL {_NEWEST_NON_SEED.format(scope='a.guild_id = :guild')})),"
            f" (SELECT max(a.id) FROM articles a WHERE {VISIBLE}))",
            {"guild": guild_id},
        )
        return info_from_row(row) if row else None

    async def list_articles(
        self, guild_id: int | None, limit: int, offset: int
    ) -> tuple[list[ArticleInfo], int]:
        params = {"guild": guild_id, "limit": limit, "offset": offset}
        # The page's ids come from the (guild_id, id) index of each scope; only their rows are read.
        page = "SELECT id FROM articles a WHERE {scope} ORDER BY a.id DESC LIMIT :limit + :offset"
        rows, total = await self._fetch_many(
            (
                f"SELECT {INFO_COLUMNS} FROM {INFO_FROM} WHERE a.id IN (SELECT id FROM"
                f" (SELECT * FROM ({page.format(scope='a.guild_id IS NULL')})"
                f" UNION ALL SELECT * FROM ({page.format(scope='a.guild_id = :guild')}))"
                " ORDER BY id DESC LIMIT :limit OFFSET :offset) ORDER BY a.id DESC",
                params,
            ),
            (f"SELECT count(*) FROM articles a WHERE {VISIBLE}", params),
        )
        return [info_from_row(r) for r in rows], int(total[0][0])

    async def load(self, info: ArticleInfo) -> StoredArticle:
        """The article's text and its stored analysis, rebuilt from rows without re-analysing."""
        key = (info.id,)
        rows, sentences, quotes, speakers, topics = await self._fetch_many(
            ("SELECT text, analysis FROM articles WHERE id = ?", key),
            ("SELECT * FROM sentences WHERE article_id = ? ORDER BY idx", key),
            (
                "SELECT q.* FROM quotes q JOIN speakers sp ON sp.id = q.speaker_id WHERE sp.article_id = ?"
                " ORDER BY q.speaker_id, q.position",
                key,
            ),
            ("SELECT * FROM speakers WHERE article_id = ? ORDER BY position", key),
            ("SELECT data FROM topics WHERE article_id = ? ORDER BY position", key),
        )
        if not rows:
            raise NotFoundError(f"Article {info.id} is no longer in the library.")
        parts = (info, rows[0], sentences, quotes, speakers, topics)
        if len(sentences) > LOAD_IN_THREAD_SENTENCES:
            return await asyncio.to_thread(codec.rebuild_article, *parts)
        return codec.rebuild_article(*parts)

    # ---- search and indexes ----------------------------------------------------------------

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
        """Articles matching the query (all or any of its words); best (lowest bm25) first; without
        snippets (empty) when `snippets` is False."""
        if not query:
            return [], 0
        params = {
            "match": fts_match(query, any_term=any_term),
            "guild": guild_id,
            "limit": limit,
            "offset": offset,
        }
        snippet = _SNIPPET if snippets else "''"
        # Title matches weigh ten times a match in the text. The page is ranked first (from the index
        # alone) and only its rows get a snippet: a snippet for every match before sorting cost more
        # than the ranking itself.
        rows, total = await self._fetch_many(
            (
                "WITH page AS MATERIALIZED (SELECT a.id AS id, bm25(articles_fts, 10.0, 1.0) AS score"
                f" FROM articles_fts JOIN {_ID_GUILD} ON a.id = articles_fts.rowid"
                f" WHERE articles_fts MATCH :match AND {VISIBLE}"
                " ORDER BY score, a.id DESC LIMIT :limit OFFSET :offset)"
                f" SELECT {INFO_COLUMNS}, {snippet} AS snip,"
                " page.score AS score"
                " FROM page CROSS JOIN articles_fts ON articles_fts.rowid = page.id"
                f" JOIN articles a ON a.id = page.id {SEED_JOIN}"
                " WHERE articles_fts MATCH :match ORDER BY page.score, a.id DESC",
                params,
            ),
            (
                f"SELECT count(*) FROM articles_fts JOIN {_ID_GUILD} ON a.id = articles_fts.rowid"
                f" WHERE articles_fts MATCH :match AND {VISIBLE}",
                params,
            ),
        )
        hits = [SearchHit(info_from_row(r), r["snip"], float(r["score"])) for r in rows]
        return hits, int(total[0][0])

    async def snippets(self, query: SearchQuery, ids: list[int]) -> dict[int, str]:
        """The passage of each article that best matches the query's words, matched words in **bold**."""
        if not query or not ids:
            return {}
        rows = await self._fetchall(_SNIPPETS_OF_IDS, {"ids": codec.dumps(ids), "match": fts_any(query)})
        return {int(r["id"]): r["snip"] for r in rows}

    async def speaker_quotes(
        self, name_key: str, guild_id: int | None, *, word: bool, limit: int | None = None
    ) -> list[SpeakerQuote]:
        """Quotes by named speakers whose folded name equals `name_key` (or contains it as a word),
        newest article first; at most `limit` of them (None: all)."""
        whole_word = "' ' || sp.name_key || ' ' LIKE :pattern ESCAPE '\\'"
        condition = whole_word if word else "sp.name_key = :key"
        rows = await self._fetchall(
            f"SELECT {INFO_COLUMNS}, sp.name, sp.role, sp.kind AS speaker_kind, q.text, q.kind,"
            " q.sentence_index"
            " FROM speakers sp JOIN quotes q ON q.speaker_id = sp.id"
            f" JOIN articles a ON a.id = sp.article_id {SEED_JOIN}"
            f" WHERE {condition} AND sp.kind != 'unnamed' AND {VISIBLE}"
            # sp.article_id (= a.id): the order of the speakers_name_article index (migration 5).
            " ORDER BY sp.article_id DESC, sp.position, q.position LIMIT :limit",
            {
                "key": name_key,
                "pattern": f"% {like_escape(name_key)} %",
                "guild": guild_id,
                "limit": -1 if limit is None else limit,
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
        pattern = like_escape(prefix_key)
        rows = await self._fetchall(
            "SELECT sp.name_key, sp.name, count(q.id) FROM speakers sp"
            " JOIN articles a ON a.id = sp.article_id LEFT JOIN quotes q ON q.speaker_id = sp.id"
            f" WHERE sp.kind != 'unnamed' AND {VISIBLE}"
            " AND (sp.name_key LIKE :prefix ESCAPE '\\' OR sp.name_key LIKE :word ESCAPE '\\')"
            " GROUP BY sp.name_key, sp.name",
            {"guild": guild_id, "prefix": f"{pattern}%", "word": f"% {pattern}%"},
        )
        return [(r[0], r[1], int(r[2])) for r in rows]

    async def topic_phrases(self, prefix_key: str, guild_id: int | None, limit: int) -> list[str]:
        """Stored topic phrases across the visible library, the most widespread first."""
        rows = await self._fetchall(
            "SELECT min(t.phrase) FROM topics t JOIN articles a ON a.id = t.article_id"
            f" WHERE {VISIBLE} AND (t.phrase_key LIKE :prefix ESCAPE '\\' OR t.phrase_key LIKE :word"
            " ESCAPE '\\') GROUP BY t.phrase_key ORDER BY count(*) DESC, t.phrase_key LIMIT :limit",
            {
                "guild": guild_id,
                "prefix": f"{like_escape(prefix_key)}%",
                "word": f"% {like_escape(prefix_key)}%",
                "limit": limit,
            },
        )
        return [r[0] for r in rows]
