"""`Library`: one open library database, with every service the cogs and the CLI call."""

from __future__ import annotations

import logging
from types import TracebackType
from typing import cast

from bot.outage import GuardedStore, LibraryUnavailable
from bot.settings import Settings
from bot.store import LibraryStore, open_store

from .articles import ArticleIntake
from .questions import ArticleQuestions
from .seeds import SeedIndexing

log = logging.getLogger(__name__)


class Library(ArticleIntake, ArticleQuestions, SeedIndexing):
    """One open library database. Use `await Library.open(settings)` or `async with await Library.open(...)`."""

    @classmethod
    async def open(cls, settings: Settings) -> Library:
        """Open the store (migrating it) and index new or changed seed articles."""
        opened = await open_store(settings.database, search_index=settings.search_index)
        store = cast(LibraryStore, GuardedStore(opened, settings.query_timeout))
        library = cls(settings, store)
        try:
            await library.index_seeds()
            if await store.read_only():
                log.warning(
                    "the library %s is read-only: commands read it, but adds and removals are refused",
                    settings.database_display,
                )
        except BaseException:
            await store.close()
            raise
        return library

    async def database_status(self) -> str:
        """ "database ok", or "database unavailable: <why>" (what `newsdesk health` reports)."""
        try:
            await self.store.latest(None)
        except LibraryUnavailable as exc:
            return f"database unavailable: {exc}"
        return "database ok"

    async def close(self) -> None:
        await self.store.close()

    async def __aenter__(self) -> Library:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
