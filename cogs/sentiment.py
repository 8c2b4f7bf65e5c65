"""/sentiment: an article's topics with a chart, one topic in depth, or one topic across the library."""

from __future__ import annotations

import asyncio
import io
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.errors import NotFoundError, echo
from bot.render.charts import polarity_chart
from bot.render.embeds import (
    CHART_FILENAME,
    library_topic_pages,
    topic_embed,
    topics_embed,
)
from bot.render.pagination import NO_MENTIONS, send_pages

from ._common import (
    article_autocomplete,
    guild_of,
    library_of,
    needs_embeds_and_files,
    resolve_article,
    thinking,
    topic_autocomplete,
)

# The whole-library answer reads up to 50 matching articles and measures the topic in each
# (python -m bench.costs, 1,000-article library, this 2-core host at load 14): median 15 ms, at most
# 320 ms. Ten a minute per member is at most ~3 s of work a minute, 5 % of a core.
LIBRARY_WIDE = app_commands.Cooldown(rate=10, per=60.0)
CHART_ROWS = 25


def is_library_wide(interaction: discord.Interaction[Any]) -> bool:
    namespace = interaction.namespace
    return bool(getattr(namespace, "topic", None)) and not getattr(namespace, "article", None)


def library_wide_cooldown(interaction: discord.Interaction[Any]) -> app_commands.Cooldown | None:
    return LIBRARY_WIDE.copy() if is_library_wide(interaction) else None


def cooldown_key(interaction: discord.Interaction[Any]) -> tuple[int | None, int, bool]:
    # discord.py keeps one bucket per key whatever the factory says later, so the kind of
    # request must be part of the key: a user slowed down library-wide can still ask about one article.
    return (interaction.guild_id, interaction.user.id, is_library_wide(interaction))


async def chart_file(labels: list[str], polarities: list[float], title: str) -> discord.File:
    # matplotlib takes a noticeable fraction of a second: keep the gateway heartbeat free.
    # Past CHART_ROWS bars the labels become unreadable; the embed still lists every row.
    png = await asyncio.to_thread(polarity_chart, labels[:CHART_ROWS], polarities[:CHART_ROWS], title=title)
    return discord.File(fp=io.BytesIO(png), filename=CHART_FILENAME)


class SentimentCog(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(
        name="sentiment", description="How positive or negative an article is about its topics."
    )
    @app_commands.guild_only()
    @needs_embeds_and_files
    @app_commands.describe(
        article="Which article (default: the most recent; with a topic and no article, the whole library)",
        topic="One topic to look at in depth",
    )
    @app_commands.autocomplete(article=article_autocomplete, topic=topic_autocomplete)
    @app_commands.checks.dynamic_cooldown(library_wide_cooldown, key=cooldown_key)
    async def sentiment(
        self,
        interaction: discord.Interaction[Any],
        article: str | None = None,
        topic: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        topic = topic.strip() if topic else None
        if topic and not (article and article.strip()):
            await self._across_library(interaction, topic)
        elif topic:
            await self._one_topic(interaction, article, topic)
        else:
            await self._main_topics(interaction, article)

    async def _main_topics(self, interaction: discord.Interaction[Any], article: str | None) -> None:
        stored = await resolve_article(interaction, article)
        topics = stored.analysis.topics
        if not topics:
            await send_pages(interaction, [topics_embed(stored.info, topics)])
            return
        async with thinking(interaction):
            file = await chart_file(
                [t.phrase for t in topics], [t.polarity for t in topics], stored.info.title
            )
            await interaction.followup.send(
                embed=topics_embed(stored.info, topics), file=file, allowed_mentions=NO_MENTIONS
            )

    async def _one_topic(
        self, interaction: discord.Interaction[Any], article: str | None, topic: str
    ) -> None:
        stored = await resolve_article(interaction, article)
        # A topic the analysis did not list is measured now, over the whole article: may be slow.
        async with thinking(interaction):
            found = await library_of(interaction).topic(stored, topic)
            if found is None:
                raise NotFoundError(f"'{echo(topic)}' is not mentioned in '{echo(stored.info.title)}'.")
            positive, negative = await library_of(interaction).topic_extremes(found)
            embed = topic_embed(stored.info, found, most_positive=positive, most_negative=negative)
            await interaction.followup.send(embed=embed, allowed_mentions=NO_MENTIONS)

    async def _across_library(self, interaction: discord.Interaction[Any], topic: str) -> None:
        async with thinking(interaction):
            rows = await library_of(interaction).topic_across_library(topic, guild_id=guild_of(interaction))
            if not rows:
                raise NotFoundError(f"No article in this server's library mentions '{echo(topic)}'.")
            labels = [info.title for info, _ in rows]
            file = await chart_file(labels, [t.polarity for _, t in rows], f"“{topic}” across the library")
            await send_pages(interaction, library_topic_pages(topic, rows), files=[file])


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(SentimentCog(bot))
