"""Finding articles: by id or a fragment of the title, the newest, a page of the listing, full-text
search, and the article names offered while typing."""

from __future__ import annotations

from bot.errors import InputError, NotFoundError, echo
from bot.store import ArticleInfo, SearchHit, StoredArticle, lookup_key
from bot.store.query import parse_query

from .core import ID_REF, LibraryCore, page_limit

_NOTHING_TO_SEARCH = (
    "Search for at least one word other than common ones like “the” or “and”"
    " (put a phrase in quotes to search for it as written)."
)
_ONLY_EXCLUDED = "Search for at least one word as well as the ones to leave out (-word)."


class ArticleFinding(LibraryCore):
    async def resolve(self, ref: str | int | None, *, guild_id: int | None) -> StoredArticle:
        """An article by id ("12" or "#12"), by a fragment of its title, or (None) the newest one."""
        info = await self._find(ref, guild_id, strict=False)
        return await self.store.load(info)

    async def _load_id(self, article_id: int, guild_id: int | None) -> StoredArticle:
        info = await self.store.info(article_id, guild_id)
        if info is None:
            raise NotFoundError(f"No article #{article_id} in this library.")
        return await self.store.load(info)

    async def _find(self, ref: str | int | None, guild_id: int | None, *, strict: bool) -> ArticleInfo:
        if isinstance(ref, str):
            ref = ref.strip()
        if ref is None or ref == "":
            latest = await self.store.latest(guild_id)
            if latest is None:
                raise NotFoundError("The library is empty; add an article first.")
            return latest
        if isinstance(ref, int):
            article_id: int | None = ref
        else:
            match = ID_REF.fullmatch(ref)
            article_id = int(match.group(1)) if match else None
        if article_id is not None:
            info = await self.store.info(article_id, guild_id)
            if info is not None:
                return info
            # A bare number may still be part of a title ("Top 10") when only reading; never when
            # removing, where a missing id must not fall through to some other article.
            if strict or isinstance(ref, int) or ref.startswith("#"):
                raise NotFoundError(f"No article #{article_id} in this library.")
        fragment = str(ref)
        candidates = await self.store.find_by_title(lookup_key(fragment), guild_id, limit=5)
        if not candidates and article_id is not None:
            raise NotFoundError(f"No article #{article_id} in this library.")
        if not candidates:
            raise NotFoundError(f"No article in this library has “{echo(fragment)}” in its title.")
        exact = lookup_key(candidates[0].title) == lookup_key(fragment)
        if strict and len(candidates) > 1 and not exact:
            listed = "; ".join(f"#{c.id} {echo(c.title)}" for c in candidates[:3])
            raise InputError(f"“{echo(fragment)}” matches several articles ({listed}); give the id.")
        return candidates[0]

    async def list_articles(
        self, *, guild_id: int | None, limit: int = 25, offset: int = 0
    ) -> tuple[list[ArticleInfo], int]:
        """Visible articles, newest first, and how many there are in all."""
        return await self.store.list_articles(guild_id, page_limit(limit), max(0, offset))

    async def search(
        self, query: str, *, guild_id: int | None, limit: int = 25, offset: int = 0, snippets: bool = True
    ) -> tuple[list[SearchHit], int]:
        """Full-text search over titles and texts (`bot.store.query` says what a query means): all its
        words first, any of them if nothing has all. `snippets` False leaves the hits' snippets empty,
        for `search_snippets` of the page shown."""
        parsed = parse_query(query)
        if not parsed:
            raise InputError(_ONLY_EXCLUDED if parsed.excluded else _NOTHING_TO_SEARCH)
        limit, offset = page_limit(limit), max(0, offset)
        hits, total = await self.store.search(parsed, guild_id, limit, offset, snippets=snippets)
        if total == 0 and len(parsed.words) > 1:
            hits, total = await self.store.search(
                parsed, guild_id, limit, offset, any_term=True, snippets=snippets
            )
        return hits, total

    async def search_snippets(self, query: str, article_ids: list[int]) -> dict[int, str]:
        """The passage of each article (ids from `search`) that matches `query`, words in **bold**."""
        return await self.store.snippets(parse_query(query), article_ids)

    async def autocomplete_articles(
        self, prefix: str, *, guild_id: int | None, limit: int = 25
    ) -> list[ArticleInfo]:
        limit = page_limit(limit)
        prefix = prefix.strip()
        if not prefix:
            return (await self.store.list_articles(guild_id, limit, 0))[0]
        found: list[ArticleInfo] = []
        match = ID_REF.fullmatch(prefix)
        if match:
            info = await self.store.info(int(match.group(1)), guild_id)
            if info is not None:
                found.append(info)
        for info in await self.store.find_by_title(lookup_key(prefix), guild_id, limit):
            if all(info.id != f.id for f in found):
                found.append(info)
        return found[:limit]
