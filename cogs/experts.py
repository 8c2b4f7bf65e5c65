"""/experts: who is quoted in an article, by name and role, with unnamed sources apart."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.render.embeds import experts_pages
from bot.render.pagination import send_pages

from ._common import article_autocomplete, needs_embeds, resolve_article


class ExpertsCog(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(
        name="experts", description="Who is quoted in an article, with their roles and words."
    )
    @app_commands.guild_only()
    @needs_embeds
    @app_commands.describe(article="Which article (default: the most recently added)")
    @app_commands.autocomplete(article=article_autocomplete)
    async def experts(self, interaction: discord.Interaction[Any], article: str | None = None) -> None:
        stored = await resolve_article(interaction, article)
        await send_pages(interaction, experts_pages(stored.info, stored.analysis))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(ExpertsCog(bot))
