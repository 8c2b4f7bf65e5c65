"""/feed add, /feed list and /feed remove: the news feeds a server follows, for members who can manage it.
The polling itself runs in the background (bot/feed_poller.py), which the bot starts with its library."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.errors import InputError
from bot.feeds import FeedService
from bot.render.feeds import feed_list_pages, followed_embed, unfollowed_embed
from bot.render.limits import CHOICES
from bot.render.pagination import NO_MENTIONS, send_pages

from ._common import choice, guild_of, needs_embeds, thinking

Interaction = discord.Interaction[Any]
log = logging.getLogger(__name__)


def feeds_of(interaction: Interaction) -> FeedService:
    service: FeedService = interaction.client.feeds
    return service


def check_can_announce(interaction: Interaction, channel: Any) -> None:
    """Refuse a channel where the bot could not post its announcements."""
    guild = interaction.guild
    if guild is None or not hasattr(channel, "permissions_for"):
        raise InputError("Choose a text channel of this server for the announcements.")
    permissions = channel.permissions_for(guild.me)
    missing = [
        name
        for name, granted in (
            ("View Channel", permissions.view_channel),
            ("Send Messages", permissions.send_messages),
            ("Embed Links", permissions.embed_links),
        )
        if not granted
    ]
    if missing:
        listed = " and ".join([", ".join(missing[:-1]), missing[-1]] if len(missing) > 1 else missing)
        noun = "permissions" if len(missing) > 1 else "permission"
        # The channel by name: error sentences are shown inert, where a <#id> mention would not render.
        raise InputError(f"I need the {listed} {noun} in #{channel.name} to announce articles there.")


async def feed_autocomplete(interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
    """This server's feeds whose title or URL contains what is typed; all of them (up to 25) otherwise."""
    try:
        key = current.strip().casefold()
        subscriptions = await feeds_of(interaction).following(guild_of(interaction))
    except Exception:
        log.exception("feed autocomplete failed for %r", current)
        return []
    matching = [s for s in subscriptions if key in s.feed.title.casefold() or key in s.feed.url.casefold()]
    return [choice(f"#{s.id} {s.feed.title}", str(s.id)) for s in matching][:CHOICES]


class FeedsCog(commands.Cog):
    feed = app_commands.Group(
        name="feed",
        description="News feeds this server follows: new articles arrive with who said what.",
        guild_only=True,
        allowed_contexts=app_commands.AppCommandContext(guild=True),
        default_permissions=discord.Permissions(manage_guild=True),
    )

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @feed.command(
        name="add", description="Follow a news feed (RSS, Atom or JSON Feed) and announce its new articles."
    )
    @app_commands.describe(
        url="The feed's address", channel="Where new articles are announced (default: here)"
    )
    @app_commands.checks.cooldown(3, 60.0, key=lambda i: (i.guild_id, i.user.id))
    @app_commands.checks.has_permissions(manage_guild=True)
    @needs_embeds
    async def add(
        self,
        interaction: Interaction,
        url: app_commands.Range[str, 1, 2000],
        channel: discord.TextChannel | None = None,
    ) -> None:
        guild_id = guild_of(interaction)
        target = channel or interaction.channel
        check_can_announce(interaction, target)
        assert target is not None
        async with thinking(interaction):
            subscription, parsed = await feeds_of(interaction).follow(
                url.strip(), guild_id=guild_id, channel_id=target.id, added_by=interaction.user.id
            )
            await interaction.followup.send(
                embed=followed_embed(subscription, len(parsed.items)), allowed_mentions=NO_MENTIONS
            )

    @feed.command(name="list", description="The news feeds this server follows.")
    @app_commands.checks.has_permissions(manage_guild=True)
    @needs_embeds
    async def list_feeds(self, interaction: Interaction) -> None:
        service = feeds_of(interaction)
        subscriptions = await service.following(guild_of(interaction))
        await send_pages(interaction, feed_list_pages(subscriptions, service.settings.feeds_per_server))

    @feed.command(name="remove", description="Stop following one of this server's news feeds.")
    @app_commands.describe(feed="The feed to stop following")
    @app_commands.autocomplete(feed=feed_autocomplete)
    @app_commands.checks.has_permissions(manage_guild=True)
    @needs_embeds
    async def remove(self, interaction: Interaction, feed: app_commands.Range[str, 1, 2000]) -> None:
        removed = await feeds_of(interaction).unfollow(feed, guild_id=guild_of(interaction))
        await send_pages(interaction, [unfollowed_embed(removed)])


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(FeedsCog(bot))
