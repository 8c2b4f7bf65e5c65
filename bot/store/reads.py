"""Reading the library: articles by id, title and recency, full-text search, the speaker and topic indexes."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import aiosqlite

from bot.analysis.models import Expert, Quote, UnnamedSource
from bot.errors import NotFoundError

from . import codec
from .models import ArticleInfo, SearchHit, SpeakerQuote, StoredArticle

# Every query that hands out ArticleInfo selects these columns, in this order.
INFO_COLUMNS = (
    "a.id, a.guild_id, a.title, a.source, a.added_by, a.added_at, a.word_count, "
    "s.file_name IS NOT NULL AS is_seed"
)
SEED_JOIN = "LEFT JOIN seed_files s ON s.article_id = a.id"
INFO_FROM = f"articles a {SEED_JOIN}"
# A guild sees its own articles and the shared ones (guild_id NULL); the shared scope sees only those.
VISIBLE = "(a.guild_id IS NULL OR a.guild_id = :guild)"


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


class Reads:
    """Every read query; they run on their own connection, so they only ever see committed articles."""

    _reader: aiosqlite.Connection

    # Each read runs and is read to the end in one call on the database thread. A half-read cursor
    # would keep the connection's snapshot open, and other coroutines sharing the reader would then
    # miss articles committed since, even their own.
    async def _fetchall(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        return list(await self._reader.execute_fetchall(sql, params))

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
        row = await self._fetchone(
            f"SELECT {INFO_COLUMNS} FROM {INFO_FROM} WHERE {VISIBLE} ORDER BY is_seed, a.id DESC LIMIT 1",
            {"guild": guild_id},
        )
        return info_from_row(row) if row else None

    async def list_articles(
        self, guild_id: int | None, limit: int, offset: int
    ) -> tuple[list[ArticleInfo], int]:
        params = {"guild": guild_id, "limit": limit, "offset": offset}
        rows = await self._fetchall(
            f"SELECT {INFO_COLUMNS} FROM {INFO_FROM} WHERE {VISIBLE}"
            " ORDER BY a.id DESC LIMIT :limit OFFSET :offset",
            params,
        )
        total = await self._fetchone(f"SELECT count(*) FROM articles a WHERE {VISIBLE}", params)
        return [info_from_row(r) for r in rows], int(total[0]) if total else 0

    async def load(self, info: ArticleInfo) -> StoredArticle:
        """The article's text and its stored analysis, rebuilt from rows without re-analysing."""
        row = await self._fetchone("SELECT text, analysis FROM articles WHERE id = ?", (info.id,))
        if row is None:
            raise NotFoundError(f"Article {info.id} is no longer in the library.")
        sentences = [
            codec.sentence_from_row(r)
            for r in await self._fetchall(
                "SELECT * FROM sentences WHERE article_id = ? ORDER BY idx", (info.id,)
            )
        ]
        quotes: dict[int, list[Quote]] = {}
        for r in await self._fetchall(
            "SELECT q.* FROM quotes q JOIN speakers sp ON sp.id = q.speaker_id WHERE sp.article_id = ?"
            " ORDER BY q.speaker_id, q.position",
            (info.id,),
        ):
            quotes.setdefault(r["speaker_id"], []).append(codec.quote_from_row(r))
        experts: list[Expert] = []
        unnamed: list[UnnamedSource] = []
        for r in await self._fetchall(
            "SELECT * FROM speakers WHERE article_id = ? ORDER BY position", (info.id,)
        ):
            speaker = codec.speaker_from_row(r, quotes.get(r["id"], []))
            if isinstance(speaker, Expert):
                experts.append(speaker)
            else:
                unnamed.append(speaker)
        topics = [
            codec.topic_from_json(r[0])
            for r in await self._fetchall(
                "SELECT data FROM topics WHERE article_id = ? ORDER BY position", (info.id,)
            )
        ]
        analysis = codec.analysis_from_parts(
            row["analysis"],
            title=info.title,
            word_count=info.word_count,
            sentences=sentences,
            experts=experts,
            unnamed=unnamed,
            topics=topics,
        )
        return StoredArticle(info=info, text=row["text"], analysis=analysis)

    # ---- search and indexes ----------------------------------------------------------------

    async def search(
        self, terms: list[str], guild_id: int | None, limit: int, offset: int, *, any_term: bool = False
    ) -> tuple[list[SearchHit], int]:
        """Articles containing all (or any) of the words `terms`; best (lowest bm25) first."""
        if not terms:
            return [], 0
        params = {
            "match": codec.fts_match(terms, any_term=any_term),
            "guild": guild_id,
            "limit": limit,
            "offset": offset,
        }
        # Title matches weigh ten times a match in the text.
        rows = await self._fetchall(
            f"SELECT {INFO_COLUMNS}, snippet(articles_fts, 1, '**', '**', '…', 16) AS snip,"
            " bm25(articles_fts, 10.0, 1.0) AS score"
            f" FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid {SEED_JOIN}"
            f" WHERE articles_fts MATCH :match AND {VISIBLE}"
            " ORDER BY score, a.id DESC LIMIT :limit OFFSET :offset",
            params,
        )
        total = await self._fetchone(
            "SELECT count(*) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
            f" WHERE articles_fts MATCH :match AND {VISIBLE}",
            params,
        )
        hits = [SearchHit(info_from_row(r), r["snip"], float(r["score"])) for r in rows]
        return hits, int(total[0]) if total else 0

    async def speaker_quotes(self, name_key: str, guild_id: int | None, *, word: bool) -> list[SpeakerQuote]:
        """Quotes by named speakers whose folded name equals `name_key` (or contains it as a word)."""
        whole_word = "' ' || sp.name_key || ' ' LIKE :pattern ESCAPE '\\'"
        condition = whole_word if word else "sp.name_key = :key"
        rows = await self._fetchall(
            f"SELECT {INFO_COLUMNS}, sp.name, sp.role, sp.kind AS speaker_kind, q.text, q.kind,"
            " q.sentence_index"
            " FROM speakers sp JOIN quotes q ON q.speaker_id = sp.id"
            f" JOIN articles a ON a.id = sp.article_id {SEED_JOIN}"
            f" WHERE {condition} AND sp.kind != 'unnamed' AND {VISIBLE}"
            " ORDER BY a.id DESC, sp.position, q.position",
            {"key": name_key, "pattern": f"% {like_escape(name_key)} %", "guild": guild_id},
        )
        return [
            SpeakerQuote(
                speaker=r["name"],
                role=r["role"],
                text=r["text"],
                kind=r["kind"],
                article=info_from_row(r),
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
