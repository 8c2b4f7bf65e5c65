"""The SQLite store: the shared store (sql_store.py) on a library file, with full-text search by FTS5
and, once it has caught up, the tantivy search index beside the file (search_index.py)."""

from __future__ import annotations

import errno
import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from bot.errors import InputError

from . import codec
from .driver import Connection
from .migrate import migrate
from .models import SearchHit
from .query import SearchQuery, fts_any, fts_match
from .reads import INFO_COLUMNS, SEED_JOIN, VISIBLE, info_from_row
from .sql_store import SearchRequest, SqlStore
from .sqlite_driver import SqliteDriver

if TYPE_CHECKING:
    # Imported when a library opens with its search index: tantivy and the worker's plumbing are no
    # part of a command that does not search (`newsdesk experts`).
    from .index_worker import IndexWorker
    from .search_sync import IndexedSearch

log = logging.getLogger(__name__)

SUSPECT_IDS = 3  # articles FTS5 found that the index is asked about when it found none

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


def ranked_hits(
    db: sqlite3.Connection, ranked: list[tuple[int, float]], search: SearchRequest
) -> list[SearchHit]:
    """Search hits for articles ranked elsewhere (the search index): (id, score) best first. Runs on a
    reader's connection, inside the caller's read."""
    if not ranked:
        return []
    ids = [article_id for article_id, _ in ranked]
    params = {"ids": codec.dumps(ids), "match": fts_any(search.query), "guild": search.guild_id}
    # Visibility is checked again: an article removed a moment ago may still be in the index.
    # CROSS JOIN: the ids drive the lookups; given `a.id IN (...)`, the planner scanned the guild.
    rows = db.execute(
        f"SELECT {INFO_COLUMNS} FROM json_each(:ids) AS page CROSS JOIN articles a"
        f" ON a.id = page.value {SEED_JOIN} WHERE {VISIBLE}",
        params,
    ).fetchall()
    snips = {r["id"]: r["snip"] for r in db.execute(_SNIPPETS_OF_IDS, params)} if search.snippets else {}
    infos = {r[0]: info_from_row(r) for r in rows}
    # The index's scores grow with relevance; SearchHit.rank, like bm25, is lowest for the best.
    return [
        SearchHit(infos[article_id], snips.get(article_id, ""), -score)
        for article_id, score in ranked
        if article_id in infos
    ]


def _search_indexed(
    db: sqlite3.Connection, index: IndexWorker, search: SearchRequest
) -> tuple[list[SearchHit], int] | None:
    """A whole search in one read on a reader thread (one trip, one snapshot): the log's position, the
    index's ranking and the page's rows; None when the index is behind the log."""
    from .search_index import LATEST_SEQ

    db.execute("BEGIN")
    try:
        latest = int(db.execute(LATEST_SEQ).fetchone()[0])
        if index.refresh() != latest:  # behind, or another library's index: not to be believed
            return None
        s = search
        ranked, total = index.search(s.query, s.guild_id, s.limit, s.offset, any_term=s.any_term)
        return ranked_hits(db, ranked, search), total
    finally:
        db.execute("COMMIT")


def _disk_full(path: Path, error: Exception) -> str | None:
    """The sentence for a library that cannot start because its disk is full (SQLite says "database
    or disk is full", the OS ENOSPC), rather than calling the database unusable."""
    if getattr(error, "errno", None) == errno.ENOSPC or "disk is full" in str(error).lower():
        return f"The disk holding the library {path} is full; free some space and start Newsdesk again."
    return None


class Store(SqlStore):
    """A library in a SQLite file. Create with `await Store.open(path)`."""

    db: SqliteDriver
    _SCOPE_KEY = "ifnull(guild_id, -1)"

    def __init__(self, db: SqliteDriver, search_index: IndexedSearch | None = None) -> None:
        super().__init__(db)
        self.path = db.path
        self._search_index = search_index

    @classmethod
    async def open(cls, path: Path, *, search_index: bool = True) -> Store:
        """Open (creating if needed) the database at `path` and migrate it to the latest schema.
        `search_index`: rank full-text searches with the tantivy index beside the file (FTS5 alone
        when False, as before the index existed)."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = await SqliteDriver.open(path)
        except (OSError, sqlite3.OperationalError) as exc:
            raise InputError(
                _disk_full(path, exc) or f"Cannot open the library database {path}: {exc}."
            ) from None
        except sqlite3.DatabaseError as exc:
            raise InputError(f"{path} is not a usable Newsdesk library database ({exc}).") from None
        try:
            await migrate(db)
        except sqlite3.DatabaseError as exc:
            await db.close()
            raise InputError(
                _disk_full(path, exc) or f"{path} is not a usable Newsdesk library database ({exc})."
            ) from None
        except BaseException:
            await db.close()
            raise
        if not search_index:
            return cls(db)
        from .search_sync import IndexedSearch

        return cls(db, await IndexedSearch.open(path))

    async def close(self) -> None:
        if self._search_index is not None:
            await self._search_index.close()
        await super().close()

    def _changed(self) -> None:
        if self._search_index is not None:
            self._search_index.schedule()

    async def last_article_id(self) -> int:
        # AUTOINCREMENT remembers the highest id ever handed out, removed articles' too.
        last = await self.db.fetchval("SELECT seq FROM sqlite_sequence WHERE name = 'articles'")
        return int(last or 0)

    async def _reserve_ids(self, db: Connection, last_id: int) -> None:
        moved = await db.execute(
            "UPDATE sqlite_sequence SET seq = max(seq, :id) WHERE name = 'articles'", {"id": last_id}
        )
        if not moved:
            await db.execute(
                "INSERT INTO sqlite_sequence (name, seq) VALUES ('articles', :id)", {"id": last_id}
            )

    # ---- full-text search ------------------------------------------------------------------

    async def _search(self, search: SearchRequest) -> tuple[list[SearchHit], int]:
        """Ranked by the search index once it holds every change, by FTS5 (the same answers, slower)
        until then."""
        index = self._search_index
        if index is not None:
            from .index_worker import IndexUnavailable
            from .search_index import LATEST_SEQ

            def indexed(db: sqlite3.Connection) -> tuple[list[SearchHit], int] | None:
                return _search_indexed(db, index.index, search)

            try:
                found = await self.db.read(indexed)
                # Behind the log: replay a few changes (then ask again), or let FTS5 answer.
                if found is None and await index.ready(int(await self.db.fetchval(LATEST_SEQ) or 0)):
                    found = await self.db.read(indexed)
            except IndexUnavailable as exc:  # starting, or replaced after a fault (it logs those itself)
                log.debug("search index unavailable (%s); asking SQLite", exc)
                found = None
            except (ValueError, OSError) as exc:
                log.warning("search index failed (%s); asking SQLite", exc)
                found = None
            if found is not None and found[1] > 0:
                return found
            if found is not None:
                # Nothing found is cheap to check with FTS5, and a damaged index answers just that.
                checked = await self._search_fts5(search)
                if checked[1] > 0:
                    index.suspect([hit.info.id for hit in checked[0][:SUSPECT_IDS]])
                return checked
        return await self._search_fts5(search)

    async def _search_fts5(self, search: SearchRequest) -> tuple[list[SearchHit], int]:
        params = {
            "match": fts_match(search.query, any_term=search.any_term),
            "guild": search.guild_id,
            "limit": search.limit,
            "offset": search.offset,
        }
        snippet = _SNIPPET if search.snippets else "''"
        # Title matches weigh ten times a match in the text. The page is ranked first (from the index
        # alone) and only its rows get a snippet: a snippet for every match before sorting cost more
        # than the ranking itself.
        rows, total = await self.db.fetch_many(
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
        if not query or not ids:
            return {}
        rows = await self.db.fetch(_SNIPPETS_OF_IDS, {"ids": codec.dumps(ids), "match": fts_any(query)})
        return {int(r["id"]): r["snip"] for r in rows}

    async def search_index_ready(self) -> bool:
        """Wait for the search index to catch up (benchmarks and tests); False when there is none."""
        index = self._search_index
        if index is None:
            return False
        from .search_index import LATEST_SEQ

        await index.sync()
        return index.index.refresh() == int(await self.db.fetchval(LATEST_SEQ) or 0)
