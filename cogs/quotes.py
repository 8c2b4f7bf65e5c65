"""/quotes: everything one person is quoted saying across the server's library."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.errors import NotFoundError, echo
from bot.render.listings import MAX_QUOTES_SHOWN, quotes_pages
from bot.render.pagination import send_pages

from ._common import guild_of, library_of, needs_embeds, speaker_autocomplete


class QuotesCog(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(
        name="quotes", description="Everything a person is quoted saying in this server's library."
    )
    @app_commands.guild_only()
    @needs_embeds
    @app_commands.describe(speaker="The person's name")
    @app_commands.autocomplete(speaker=speaker_autocomplete)
    async def quotes(
        self, interaction: discord.Interaction[Any], speaker: app_commands.Range[str, 1, 100]
    ) -> None:
        # One more than is shown tells whether older quotes were left out.
        found = await library_of(interaction).quotes_by(
            speaker.strip(), guild_id=guild_of(interaction), limit=MAX_QUOTES_SHOWN + 1
        )
        if not found:
            raise NotFoundError(f"Nobody called '{echo(speaker)}' is quoted in this server's library.")
        more = len(found) > MAX_QUOTES_SHOWN
        await send_pages(interaction, quotes_pages(speaker.strip(), found[:MAX_QUOTES_SHOWN], more=more))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(QuotesCog(bot))
