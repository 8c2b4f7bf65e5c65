"""What every cog shares: the library of the bot, article/speaker/topic autocomplete, error replies."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.errors import InputError, NewsdeskError
from bot.render.inert import plain, private_sentence
from bot.render.limits import CHOICE_NAME, CHOICES, truncate
from bot.render.pagination import NO_MENTIONS

if TYPE_CHECKING:
    from bot.library import Library
    from bot.store.models import StoredArticle

log = logging.getLogger(__name__)

Interaction = discord.Interaction[Any]

# Every answer is an embed: without Embed Links the user would see an empty message, so say so instead.
needs_embeds = app_commands.checks.bot_has_permissions(embed_links=True)
# /sentiment also uploads its chart.
needs_embeds_and_files = app_commands.checks.bot_has_permissions(embed_links=True, attach_files=True)


def library_of(interaction: Interaction) -> Library:
    library: Library = interaction.client.library
    return library


def guild_of(interaction: Interaction) -> int:
    # Every command is guild_only; this guards against a DM slipping through all the same.
    if interaction.guild_id is None:
        raise InputError("Newsdesk answers in servers only, where it keeps each server's library.")
    return interaction.guild_id


async def resolve_article(interaction: Interaction, ref: str | None) -> StoredArticle:
    """The article the user chose (autocomplete sends its id as text), or the most recent one."""
    ref = ref.strip() if ref else None
    return await library_of(interaction).resolve(ref or None, guild_id=guild_of(interaction))


def choice(name: str, value: str) -> app_commands.Choice[str]:
    return app_commands.Choice(name=truncate(plain(name) or value, CHOICE_NAME), value=value[:100])


async def _offer(
    kind: str, current: str, lookup: Callable[[], Awaitable[list[tuple[str, str]]]]
) -> list[app_commands.Choice[str]]:
    """The (name, value) pairs `lookup` finds as choices. Autocomplete must never fail in the user's
    face: on an error the honest answer is an empty list (and the log says what failed)."""
    try:
        pairs = await lookup()
    except Exception:
        log.exception("%s autocomplete failed for %r", kind, current)
        return []
    return [choice(name, value) for name, value in pairs][:CHOICES]


async def article_autocomplete(interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
    """Titles of this server's articles matching what is typed; the most recent ones when nothing is."""

    async def lookup() -> list[tuple[str, str]]:
        infos = await library_of(interaction).autocomplete_articles(
            current.strip(), guild_id=guild_of(interaction), limit=CHOICES
        )
        return [(info.title, str(info.id)) for info in infos]

    return await _offer("article", current, lookup)


async def speaker_autocomplete(interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
    """Speakers quoted in this server's library; the most quoted ones when nothing is typed."""

    async def lookup() -> list[tuple[str, str]]:
        names = await library_of(interaction).autocomplete_speakers(
            current.strip(), guild_id=guild_of(interaction), limit=CHOICES
        )
        return [(name, name) for name in names]

    return await _offer("speaker", current, lookup)


async def topic_autocomplete(interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
    """Topics of the chosen article, or of the whole server's library when no article is chosen."""

    async def lookup() -> list[tuple[str, str]]:
        library = library_of(interaction)
        ref = getattr(interaction.namespace, "article", None)
        article = None
        if ref:
            try:
                article = await library.resolve(str(ref), guild_id=guild_of(interaction))
            except NewsdeskError:
                article = None  # a half-typed article name: fall back to the whole library
        topics = await library.autocomplete_topics(
            article, current.strip(), limit=CHOICES, guild_id=guild_of(interaction)
        )
        return [(topic, topic) for topic in topics]

    return await _offer("topic", current, lookup)


@contextlib.asynccontextmanager
async def thinking(interaction: Interaction) -> AsyncIterator[None]:
    """Defer publicly for slow work; a user error inside is answered privately all the same.

    After a public defer Discord turns the first followup into the public "thinking…" message,
    whatever its flags. So on an error we delete that message first: the sentence then arrives
    as a new, ephemeral message, like every other error. Other exceptions go to the tree.
    """
    if not interaction.response.is_done():  # the tree may have deferred a command that started late
        await interaction.response.defer(thinking=True)
    try:
        yield
    except NewsdeskError as error:
        with contextlib.suppress(discord.HTTPException):
            await interaction.delete_original_response()
        await interaction.followup.send(
            private_sentence(str(error)), ephemeral=True, allowed_mentions=NO_MENTIONS
        )
