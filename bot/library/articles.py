"""Adding articles (pasted text, uploaded files, web pages; one text into several servers' libraries)
and removing them."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.analysis import ArticleAnalysis, normalize_text
from bot.errors import InputError
from bot.ingest import Ingested, check_length, display_name, from_bytes, from_fetched
from bot.ingest.language import analyze_readable
from bot.store import AddResult, ArticleInfo, content_hash

from .finding import ArticleFinding

if TYPE_CHECKING:
    from bot.ingest.fetch import FetchLimits

NORMALIZE_IN_WORKER_CHARS = 100_000


def _normalize_and_hash(text: str) -> tuple[str, str]:
    from bot.ingest.cleanup import strip_furniture

    normalized = strip_furniture(normalize_text(text))
    return normalized, content_hash(normalized)


class ArticleIntake(ArticleFinding):
    async def add_text(
        self,
        text: str,
        *,
        guild_id: int | None,
        title: str | None = None,
        source: str | None = None,
        added_by: int | None = None,
    ) -> AddResult:
        """Analyse and store `text`; the existing article if the same text is already visible here."""
        (result,) = await self.add_text_to(text, [guild_id], title=title, source=source, added_by=added_by)
        return result

    async def add_text_to(
        self,
        text: str,
        guild_ids: Sequence[int | None],
        *,
        title: str | None = None,
        source: str | None = None,
        added_by: int | None = None,
    ) -> list[AddResult]:
        """`add_text` into several libraries (the servers following one feed), analysing the text at
        most once; one result per guild, in order."""
        # What adding needs (worker processes, titles, the analysis) is imported here, not by the
        # commands that only read the library.
        from bot.deadline import run_within
        from bot.ingest.titles import clean_title, derive_title

        text, key = await self._normalized(text)
        title = clean_title(title) or derive_title(text)
        analysis: ArticleAnalysis | None = None
        results = []
        for guild_id in guild_ids:
            existing = await self.store.find_duplicate(guild_id, key)
            if existing is not None:
                results.append(AddResult(await self._load_id(existing, guild_id), created=False))
                continue
            if analysis is None:
                # Too short or not English: one sentence, from the analysis worker, before any analysis.
                analysis = await run_within(
                    self.settings.max_analysis_seconds, "The article", analyze_readable, text, title
                )
            article_id, created = await self.store.add_article(
                guild_id=guild_id,
                title=title,
                source=source,
                added_by=added_by,
                text=text,
                content_hash=key,
                analysis=analysis,
            )
            results.append(AddResult(await self._load_id(article_id, guild_id), created=created))
        return results

    async def _normalized(self, text: str) -> tuple[str, str]:
        """The text as stored (normalised, page furniture stripped) and its content hash; a text over
        the length limit is refused, a very long one before any time is spent on it."""
        from bot.deadline import run_within

        if len(text) > 2 * self.settings.max_article_chars:  # before spending time normalising it
            raise InputError(
                f"The article is {len(text):,} characters long; the limit is {self.settings.max_article_chars:,}."
            )
        if len(text) > NORMALIZE_IN_WORKER_CHARS:
            # Regex and casefold over a long text hold the GIL in one C call (~90 ms at 100,000
            # words), stalling the event loop even from a thread; a worker process has its own GIL.
            text, key = await run_within(
                self.settings.max_analysis_seconds, "The article", _normalize_and_hash, text
            )
        else:
            text, key = await asyncio.to_thread(_normalize_and_hash, text)
        check_length(text, "The article", self.settings.max_article_chars)
        return text, key

    async def add_file(
        self,
        data: bytes,
        filename: str,
        *,
        guild_id: int | None,
        title: str | None = None,
        added_by: int | None = None,
    ) -> AddResult:
        """Add an uploaded plain-text, Markdown or HTML file."""
        if len(data) > self.settings.max_download_bytes:
            raise InputError(
                f"{display_name(filename)} is {len(data):,} bytes; the limit is {self.settings.max_download_bytes:,}."
            )
        ingested = await asyncio.to_thread(
            from_bytes, data, filename, max_chars=self.settings.max_article_chars
        )
        return await self._add_ingested(ingested, guild_id=guild_id, title=title, added_by=added_by)

    async def add_url(
        self, url: str, *, guild_id: int | None, title: str | None = None, added_by: int | None = None
    ) -> AddResult:
        """Download a web page (or text file) and add its main text."""
        ingested = await self.read_url(url)
        return await self._add_ingested(ingested, guild_id=guild_id, title=title, added_by=added_by)

    async def _add_ingested(
        self, ingested: Ingested, *, guild_id: int | None, title: str | None, added_by: int | None
    ) -> AddResult:
        """Add a read file or page: the title given, else the one it carries, and its source."""
        return await self.add_text(
            ingested.text,
            guild_id=guild_id,
            title=title or ingested.title,
            source=ingested.source,
            added_by=added_by,
        )

    def fetch_limits(self) -> FetchLimits:
        """What any download may take: size, time, redirects, and the hosts allowed despite the guard."""
        from bot.ingest.fetch import FetchLimits  # aiohttp loads only when a URL is fetched

        return FetchLimits(
            max_bytes=self.settings.max_download_bytes,
            timeout=self.settings.fetch_timeout,
            max_redirects=self.settings.max_redirects,
            allowlist=self.settings.url_allowlist,
        )

    async def read_url(self, url: str) -> Ingested:
        """A web page's (or text file's) main text, through the guarded fetch; not stored."""
        from bot.ingest.fetch import fetch

        fetched = await fetch(url, self.fetch_limits())
        return await asyncio.to_thread(from_fetched, fetched, max_chars=self.settings.max_article_chars)

    async def remove(self, ref: str | int, *, guild_id: int | None) -> ArticleInfo:
        """Remove one of this scope's own articles; seeds and other scopes' articles are refused."""
        info = await self._find(ref, guild_id, strict=True)
        if info.is_seed:
            raise InputError(
                f"Article #{info.id} is a seed article shared with every server; it cannot be removed."
            )
        if info.guild_id != guild_id:
            raise InputError(
                f"Article #{info.id} is shared with every server; only the operator can remove it."
            )
        await self.store.delete_article(info.id)
        return info
