"""Reading a PostgreSQL library: articles by id, title and recency, full-text search, the speaker and
topic indexes (the reads of `PostgresStore`, as `Reads` holds the SQLite store's).

Folding (case and accents) happens in Python with `codec.fold`, exactly as for SQLite; full-text search
is PostgreSQL's own: a weighted tsvector with a GIN index, ranked with ts_rank, snippets from
ts_headline, and the user's words passed through websearch_to_tsquery so no input is ever syntax.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import asyncpg

from bot.errors import NotFoundError

from . import codec
from .models import ArticleInfo, SearchHit, SpeakerQuote, StoredArticle
from .query import SearchQuery, websearch_any, websearch_parts

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


def tsquery(required: int, words: int) -> str:
    """The query from its two `websearch_parts` (parameter numbers): phrases and exclusions, then
    words; an empty part is an empty tsquery, which && leaves out."""
    return f"(websearch_to_tsquery({CONFIG}, ${required}) && websearch_to_tsquery({CONFIG}, ${words}))"


class PgReads:
    """Every read query of `PostgresStore`; each runs on a pooled connection, so it only ever sees
    committed articles."""

    _pool: asyncpg.Pool

    async def _fetchall(self, sql: str, *args: Any) -> list[Any]:
        return list(await self._pool.fetch(sql, *args))

    async def _fetchone(self, sql: str, *args: Any) -> Any:
        return await self._pool.fetchrow(sql, *args)

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
        self,
        query: SearchQuery,
        guild_id: int | None,
        limit: int,
        offset: int,
        *,
        any_term: bool = False,
        snippets: bool = True,
    ) -> tuple[list[SearchHit], int]:
        """Articles matching the query (all or any of its words); best (lowest rank) first; without
        snippets (empty) when `snippets` is False."""
        if not query:
            return [], 0
        required, words = websearch_parts(query, any_term=any_term)
        headline = f"ts_headline({CONFIG}, a.text, q.query, '{HEADLINE_OPTIONS}')" if snippets else "''"
        # rank is minus ts_rank, so lower is better as with SQLite's bm25. The matches are ranked
        # and counted in one pass over ids; texts are read and snippets made for the page only.
        rows = await self._fetchall(
            f"WITH q AS (SELECT {tsquery(1, 5)} AS query),"
            " ranked AS (SELECT a.id, -ts_rank("
            f"{WEIGHTS}, a.search, q.query) AS score, count(*) OVER () AS total"
            f" FROM articles a CROSS JOIN q WHERE a.search @@ q.query AND {visible(2)}"
            " ORDER BY score, a.id DESC LIMIT $3 OFFSET $4)"
            f" SELECT {INFO_COLUMNS}, r.score, r.total, h.snip,"
            " strpos(a.text, replace(h.snip, '**', '')) AS at, length(a.text) AS text_length"
            f" FROM ranked r JOIN {INFO_FROM} ON a.id = r.id CROSS JOIN q"
            f" CROSS JOIN LATERAL (SELECT {headline} AS snip) h"
            " ORDER BY r.score, a.id DESC",
            required,
            guild_id,
            limit,
            offset,
            words,
        )
        if rows:
            total = int(rows[0]["total"])
        elif offset:  # a page past the end: count the matches on their own
            total = await self._pool.fetchval(
                f"SELECT count(*) FROM articles a WHERE a.search @@ {tsquery(1, 3)} AND {visible(2)}",
                required,
                guild_id,
                words,
            )
        else:
            total = 0
        hits = [
            SearchHit(
                info_from_record(r),
                _snippet(r["snip"], r["at"], r["text_length"]) if snippets else "",
                float(r["score"]),
            )
            for r in rows
        ]
        return hits, int(total or 0)

    async def snippets(self, query: SearchQuery, ids: list[int]) -> dict[int, str]:
        """The passage of each article that best matches the query's words, matched words in **bold**."""
        if not query or not ids:
            return {}
        rows = await self._fetchall(
            "SELECT a.id, h.snip, strpos(a.text, replace(h.snip, '**', '')) AS at, length(a.text) AS text_length"
            f" FROM articles a CROSS JOIN (SELECT websearch_to_tsquery({CONFIG}, $1) AS query) q"
            f" CROSS JOIN LATERAL (SELECT ts_headline({CONFIG}, a.text, q.query, '{HEADLINE_OPTIONS}') AS snip) h"
            " WHERE a.id = ANY($2::bigint[])",
            websearch_any(query),
            ids,
        )
        return {int(r["id"]): _snippet(r["snip"], r["at"], r["text_length"]) for r in rows}

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
