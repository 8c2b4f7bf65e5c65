"""/summary: the article's key sentences, how much shorter they are, its keywords and source."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.render.embeds import summary_embed
from bot.render.pagination import send_pages

from ._common import article_autocomplete, library_of, needs_embeds, resolve_article


class SummaryCog(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="summary", description="Summarise an article in a few of its own sentences.")
    @app_commands.guild_only()
    @needs_embeds
    @app_commands.describe(
        article="Which article (default: the most recently added)",
        sentences="How many sentences, 1 to 10 (default: the best ones, about 60 words; more for a long article)",
    )
    @app_commands.autocomplete(article=article_autocomplete)
    async def summary(
        self,
        interaction: discord.Interaction[Any],
        article: str | None = None,
        sentences: app_commands.Range[int, 1, 10] | None = None,
    ) -> None:
        stored = await resolve_article(interaction, article)
        result = await library_of(interaction).summary(stored, sentences)
        await send_pages(interaction, [summary_embed(stored.info, result)])


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(SummaryCog(bot))
