"""/articles: the server's library, or a full-text search of it, a page at a time."""

from __future__ import annotations

from functools import partial
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.render.listings import SearchPages, article_list_pages, search_pages
from bot.render.pagination import send_pages

from ._common import guild_of, library_of, needs_embeds

# Up to ten pages of ten; beyond that a search narrows better than paging does.
MAX_LISTED = 100


class ArticlesCog(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="articles", description="List this server's articles, or search their text.")
    @app_commands.guild_only()
    @needs_embeds
    @app_commands.describe(
        query='Words (any form: plummet finds plummeted), "an exact phrase", -word to leave out. Empty: the newest'
    )
    async def articles(
        self, interaction: discord.Interaction[Any], query: app_commands.Range[str, 1, 200] | None = None
    ) -> None:
        library = library_of(interaction)
        guild_id = guild_of(interaction)
        pages: list[discord.Embed] | SearchPages
        if query and query.strip():
            query = query.strip()
            # Snippets are made for the page shown only (SearchPages), not for all 100 hits at once.
            hits, total = await library.search(query, guild_id=guild_id, limit=MAX_LISTED, snippets=False)
            if hits:
                pages = SearchPages(query, hits, total, partial(library.search_snippets, query))
            else:
                pages = search_pages(query, hits, total)
        else:
            infos, total = await library.list_articles(guild_id=guild_id, limit=MAX_LISTED)
            pages = article_list_pages(infos, total)
        await send_pages(interaction, pages)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(ArticlesCog(bot))
