"""The store interface both backends implement, and `open_store`, which picks one from the database URL."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from bot.analysis.models import ArticleAnalysis

from .models import ArticleInfo, SearchHit, SpeakerQuote, StoredArticle
from .query import SearchQuery


class LibraryStore(Protocol):
    """What the library service needs from a store; `Store` (SQLite) and `PostgresStore` provide it."""

    async def close(self) -> None: ...

    async def find_duplicate(self, guild_id: int | None, content_hash: str) -> int | None: ...

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
    ) -> tuple[int, bool]: ...

    async def delete_article(self, article_id: int) -> None: ...

    async def seed_files(self) -> dict[str, str]: ...

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
    ) -> int: ...

    async def remove_seed(self, file_name: str) -> None: ...

    async def info(self, article_id: int, guild_id: int | None) -> ArticleInfo | None: ...

    async def find_by_title(
        self, fragment_key: str, guild_id: int | None, limit: int
    ) -> list[ArticleInfo]: ...

    async def latest(self, guild_id: int | None) -> ArticleInfo | None: ...

    async def list_articles(
        self, guild_id: int | None, limit: int, offset: int
    ) -> tuple[list[ArticleInfo], int]: ...

    async def load(self, info: ArticleInfo) -> StoredArticle: ...

    async def search(
        self,
        query: SearchQuery,
        guild_id: int | None,
        limit: int,
        offset: int,
        *,
        any_term: bool = False,
        snippets: bool = True,
    ) -> tuple[list[SearchHit], int]: ...

    async def snippets(self, query: SearchQuery, ids: list[int]) -> dict[int, str]: ...

    async def speaker_quotes(
        self, name_key: str, guild_id: int | None, *, word: bool, limit: int | None = None
    ) -> list[SpeakerQuote]: ...

    async def speaker_names(self, prefix_key: str, guild_id: int | None) -> list[tuple[str, str, int]]: ...

    async def topic_phrases(self, prefix_key: str, guild_id: int | None, limit: int) -> list[str]: ...


def is_postgres_url(database: str | Path) -> bool:
    return isinstance(database, str) and database.startswith(("postgresql://", "postgres://"))


async def open_store(database: str | Path, *, search_index: bool = True) -> LibraryStore:
    """Open (creating and migrating if needed) the library at `database`: a SQLite file path,
    `sqlite:///path`, or a `postgresql://` URL. `search_index`: SQLite ranks searches with its
    tantivy index (PostgreSQL ranks with its own)."""
    if is_postgres_url(database):
        from .postgres import PostgresStore  # asyncpg loads only for PostgreSQL

        return await PostgresStore.open(str(database))
    from bot.settings import sqlite_path

    from .store import Store

    path = database if isinstance(database, Path) else sqlite_path(database)
    return await Store.open(path, search_index=search_index)
