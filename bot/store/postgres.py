"""The PostgreSQL store: the shared store (sql_store.py) on a connection pool, for several bot processes
sharing one library, with PostgreSQL's own full-text search.

Folding (case and accents) happens in Python with `codec.lookup_key`, exactly as for SQLite; full-text search
is a weighted tsvector kept by a trigger (migration 2) with a GIN index, ranked with ts_rank, snippets
from ts_headline, and the user's words passed through websearch_to_tsquery so no input is ever syntax.
"""

from __future__ import annotations

import asyncpg

from bot.errors import InputError

from .driver import Connection
from .migrate import migrate
from .models import SearchHit
from .pg_driver import PgDriver
from .query import SearchQuery, websearch_any, websearch_parts
from .reads import INFO_COLUMNS, INFO_FROM, VISIBLE, info_from_row
from .sql_store import SearchRequest, SqlStore

CONFIG = "'newsdesk_search'::regconfig"
# ts_rank weights for {D, C, B, A}: a title (A) match weighs ten times one in the text (B), as with
# SQLite's bm25(articles_fts, 10.0, 1.0).
WEIGHTS = "'{0.1, 0.1, 0.1, 1.0}'::float4[]"
HEADLINE_OPTIONS = "StartSel=**, StopSel=**, MaxWords=16, MinWords=8, ShortWord=2, MaxFragments=1"
# The passage of a.text that best matches q.query, where it starts (1-based; 0 when not verbatim) and
# the text's length: enough to mark where it cuts the text, as SQLite's snippet() does.
_HEADLINE = (
    f"CROSS JOIN LATERAL (SELECT ts_headline({CONFIG}, a.text, q.query, '{HEADLINE_OPTIONS}') AS snip) h"
)
_HEADLINE_COLUMNS = "h.snip, strpos(a.text, replace(h.snip, '**', '')) AS at, length(a.text) AS text_length"
_ID_SEQUENCE = "pg_get_serial_sequence('articles', 'id')::regclass"


# The query from its two `websearch_parts`: phrases and exclusions, then words; an empty part is an
# empty tsquery, which && leaves out.
_TSQUERY = f"(websearch_to_tsquery({CONFIG}, :required) && websearch_to_tsquery({CONFIG}, :words))"


def _snippet(headline: str, at: int, text_length: int) -> str:
    """ts_headline's fragment (found at 1-based `at` in the text, 0 if not found verbatim), with …
    where it cuts the text, as SQLite's snippet() marks it."""
    if at <= 0:
        return headline
    shown = len(headline.replace("**", ""))
    return ("…" if at > 1 else "") + headline + ("…" if at - 1 + shown < text_length else "")


class PostgresStore(SqlStore):
    """A library in PostgreSQL. Create with `await PostgresStore.open(url)`."""

    _OVERRIDE_ID = "OVERRIDING SYSTEM VALUE"
    _SCOPE_KEY = "coalesce(guild_id, -1)"

    def __init__(self, url: str, db: PgDriver) -> None:
        super().__init__(db)
        self.url = url

    @classmethod
    async def open(cls, url: str) -> PostgresStore:
        """Connect to the database at `url` and migrate it to the latest schema."""
        from bot.settings import redact_url

        db = await PgDriver.open(url)
        try:
            await migrate(db)
        except asyncpg.InsufficientPrivilegeError as exc:
            await db.close()
            raise InputError(
                f"The library database {redact_url(url)} refused to set up Newsdesk's tables ({exc}); the "
                "user needs to own the database (or an administrator runs CREATE EXTENSION unaccent)."
            ) from None
        except BaseException:
            await db.close()
            raise
        return cls(url, db)

    async def last_article_id(self) -> int:
        last = await self.db.fetchval(f"SELECT pg_sequence_last_value({_ID_SEQUENCE})")
        return int(last or 0)

    async def _reserve_ids(self, db: Connection, last_id: int) -> None:
        await db.execute(
            "SELECT setval(seq, greatest(CAST(:id AS BIGINT), coalesce(pg_sequence_last_value(seq), 1)))"
            f" FROM (SELECT {_ID_SEQUENCE} AS seq) s",
            {"id": last_id},
        )

    # ---- full-text search ------------------------------------------------------------------

    async def _search(self, search: SearchRequest) -> tuple[list[SearchHit], int]:
        required, words = websearch_parts(search.query, any_term=search.any_term)
        params = {
            "required": required,
            "words": words,
            "guild": search.guild_id,
            "limit": search.limit,
            "offset": search.offset,
        }
        # Without snippets, the page's texts are not read at all.
        headline, columns = (_HEADLINE, _HEADLINE_COLUMNS) if search.snippets else ("", "'' AS snip")
        # rank is minus ts_rank, so lower is better as with SQLite's bm25. The matches are ranked
        # and counted in one pass over ids; texts are read and snippets made for the page only.
        rows = await self.db.fetch(
            f"WITH q AS (SELECT {_TSQUERY} AS query),"
            f" ranked AS (SELECT a.id, -ts_rank({WEIGHTS}, a.search, q.query) AS score,"
            " count(*) OVER () AS total"
            f" FROM articles a CROSS JOIN q WHERE a.search @@ q.query AND {VISIBLE}"
            " ORDER BY score, a.id DESC LIMIT :limit OFFSET :offset)"
            f" SELECT {INFO_COLUMNS}, r.score, r.total, {columns}"
            f" FROM ranked r JOIN {INFO_FROM} ON a.id = r.id CROSS JOIN q {headline}"
            " ORDER BY r.score, a.id DESC",
            params,
        )
        if rows:
            total = int(rows[0]["total"])
        elif search.offset:  # a page past the end: count the matches on their own
            total = await self.db.fetchval(
                f"SELECT count(*) FROM articles a WHERE a.search @@ {_TSQUERY} AND {VISIBLE}",
                params,
            )
        else:
            total = 0
        hits = [
            SearchHit(
                info_from_row(r),
                _snippet(r["snip"], r["at"], r["text_length"]) if search.snippets else "",
                float(r["score"]),
            )
            for r in rows
        ]
        return hits, int(total or 0)

    async def snippets(self, query: SearchQuery, ids: list[int]) -> dict[int, str]:
        if not query or not ids:
            return {}
        rows = await self.db.fetch(
            f"SELECT a.id, {_HEADLINE_COLUMNS} FROM articles a"
            f" CROSS JOIN (SELECT websearch_to_tsquery({CONFIG}, :query) AS query) q {_HEADLINE}"
            " WHERE a.id = ANY(CAST(:ids AS BIGINT[]))",
            {"query": websearch_any(query), "ids": ids},
        )
        return {int(r["id"]): _snippet(r["snip"], r["at"], r["text_length"]) for r in rows}
