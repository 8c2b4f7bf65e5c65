"""/article add and /article remove: managing the server's library, for members who can manage the server."""

from __future__ import annotations

import contextlib
import logging
import secrets
import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import APOLOGY, MAY_OPEN_MODAL, error_message, send_ephemeral
from bot.errors import InputError, NewsdeskError
from bot.ingest import check_file_name
from bot.outage import LibraryUnavailable
from bot.render.limits import ATTACHMENT_BYTES
from bot.render.listings import added_embed, added_many_embed, removed_embed
from bot.render.pagination import NO_MENTIONS, send_pages

from ._common import article_autocomplete, guild_of, library_of, needs_embeds, thinking

if TYPE_CHECKING:
    from bot.store.models import AddResult

log = logging.getLogger(__name__)

MIB = 1024 * 1024
MODAL_TEXT_CHARS = 4000  # Discord's cap on one text input
MAX_FILES = 5  # attachments one /article add takes (file, file2 ... file5)
# What an add costs an analysis worker (python -m bench.costs, on this 2-core host at load 14): a full
# paste form 0.35 s, a 2,000-word story 0.63 s, the largest text allowed (1,000,000 characters) 32 s.
# Six adds a minute of up to five files each holds one admin to about 19 s of worker time a minute
# at story length, a sixth of the two workers; the largest texts are bounded by the analysis time cap.
ADDS_PER_MINUTE = 6


def upload_cap(interaction: discord.Interaction[Any]) -> int:
    """The largest file we accept: Discord's attachment cap, or the operator's lower limit."""
    return min(ATTACHMENT_BYTES, interaction.client.settings.max_download_bytes)


def size_text(size: int) -> str:
    return f"{size / MIB:.1f} MiB" if size >= MIB else f"{size / 1024:.0f} KiB"


class AddLimiter:
    """At most `rate` adds per `per` seconds for one member of one server. An add that fails on our
    side (the library unavailable, a bug) gives its turn back: an outage must not lock admins out."""

    def __init__(self, rate: int, per: float) -> None:
        self.rate = rate
        self.per = per
        self._turns: dict[tuple[int | None, int], list[float]] = {}

    def take(self, key: tuple[int | None, int]) -> float:
        """Take a turn; 0 when granted, else the seconds until one is free."""
        now = time.monotonic()
        turns = [t for t in self._turns.get(key, []) if now - t < self.per]
        self._turns[key] = turns
        if len(turns) >= self.rate:
            return self.per - (now - turns[0])
        turns.append(now)
        return 0.0

    def give_back(self, key: tuple[int | None, int]) -> None:
        turns = self._turns.get(key)
        if turns:
            turns.pop()


ADD_TURNS = AddLimiter(ADDS_PER_MINUTE, 60.0)


def add_key(interaction: discord.Interaction[Any]) -> tuple[int | None, int]:
    return (interaction.guild_id, interaction.user.id)


def take_add_turn(interaction: discord.Interaction[Any]) -> bool:
    retry_after = ADD_TURNS.take(add_key(interaction))
    if retry_after > 0:
        raise app_commands.CommandOnCooldown(
            app_commands.Cooldown(ADD_TURNS.rate, ADD_TURNS.per), retry_after
        )
    return True


@contextlib.asynccontextmanager
async def turn_given_back_on_failure(interaction: discord.Interaction[Any]) -> AsyncIterator[None]:
    """An add that fails on our side does not count toward the add limit; a refused input does."""
    try:
        yield
    except Exception as error:
        if isinstance(error, LibraryUnavailable) or not isinstance(error, NewsdeskError):
            ADD_TURNS.give_back(add_key(interaction))
        raise


def check_upload(interaction: discord.Interaction[Any], upload: discord.Attachment) -> None:
    """Refuse a file by its name or size, before it is downloaded."""
    check_file_name(upload.filename)  # a PDF is refused before it is downloaded, not after
    cap = upload_cap(interaction)
    if upload.size > cap:
        raise InputError(f"{upload.filename} is {size_text(upload.size)}; the limit is {size_text(cap)}.")


async def add_upload(
    interaction: discord.Interaction[Any], upload: discord.Attachment, title: str | None
) -> AddResult:
    check_upload(interaction, upload)
    data = await upload.read()
    return await library_of(interaction).add_file(
        data, upload.filename, guild_id=guild_of(interaction), title=title, added_by=interaction.user.id
    )


def require_manage_guild(interaction: discord.Interaction[Any]) -> None:
    # Slash commands are checked by the decorator; a modal submit needs the same check by hand.
    if not interaction.permissions.manage_guild:
        raise app_commands.MissingPermissions(["manage_guild"])


class AddArticleModal(discord.ui.Modal, title="Add an article"):
    """Paste a title and the article's text; shown when /article add gets neither URL nor file."""

    headline: discord.ui.TextInput[AddArticleModal] = discord.ui.TextInput(
        label="Title (optional)",
        custom_id="title",
        max_length=256,
        required=False,
        placeholder="Left empty, the title comes from the text",
    )
    # Discord stops a paste at 4,000 characters without a word: say so before it happens.
    body: discord.ui.TextInput[AddArticleModal] = discord.ui.TextInput(
        label=f"Text (at most {MODAL_TEXT_CHARS:,} characters)",
        custom_id="text",
        style=discord.TextStyle.paragraph,
        max_length=MODAL_TEXT_CHARS,
        placeholder="Paste the article here. Longer? Attach it as a file: /article add file:",
    )

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        require_manage_guild(interaction)
        text = self.body.value.strip()
        if not text:
            raise InputError("The article's text is empty.")
        async with thinking(interaction), turn_given_back_on_failure(interaction):
            result = await library_of(interaction).add_text(
                text,
                guild_id=guild_of(interaction),
                title=self.headline.value.strip() or None,
                source=None,
                added_by=interaction.user.id,
            )
            await interaction.followup.send(embed=added_embed(result), allowed_mentions=NO_MENTIONS)

    async def on_error(self, interaction: discord.Interaction[Any], error: Exception, /) -> None:  # type: ignore[override]
        # Modal errors never reach the command tree's handler: answer them with the tree's sentences.
        message = error_message(error)
        if message is None:
            error_id = secrets.token_hex(4)
            log.error(
                "error %s adding a pasted article (guild %s)", error_id, interaction.guild_id, exc_info=error
            )
            message = APOLOGY.format(error_id=error_id)
        await send_ephemeral(interaction, message)


class AdminCog(commands.Cog):
    article = app_commands.Group(
        name="article",
        description="Manage this server's library of articles.",
        guild_only=True,
        # Like the guild_only() commands, say "servers only" in both the old and the new fields.
        allowed_contexts=app_commands.AppCommandContext(guild=True),
        default_permissions=discord.Permissions(manage_guild=True),
    )

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @article.command(
        name="add",
        description="Add an article from a URL, a file, or pasted text.",
        extras={MAY_OPEN_MODAL: True},  # with neither URL nor file it answers with the paste form
    )
    @app_commands.describe(
        url="Link to the article's web page",
        file="A plain-text, Markdown or HTML file of the article",
        title="Title to use (default: the one found in the article)",
    )
    @app_commands.check(take_add_turn)
    @app_commands.checks.has_permissions(manage_guild=True)
    @needs_embeds
    async def add(
        self,
        interaction: discord.Interaction[Any],
        url: app_commands.Range[str, 1, 2000] | None = None,
        file: discord.Attachment | None = None,
        title: app_commands.Range[str, 1, 256] | None = None,
        file2: discord.Attachment | None = None,
        file3: discord.Attachment | None = None,
        file4: discord.Attachment | None = None,
        file5: discord.Attachment | None = None,
    ) -> None:
        url = url.strip() if url else None
        files = [f for f in (file, file2, file3, file4, file5) if f is not None]
        if url and files:
            raise InputError("Give either a URL or a file, not both.")
        if not url and not files:
            await interaction.response.send_modal(AddArticleModal())
            return
        if title and len(files) > 1:
            raise InputError("A title is for one article: leave it out when adding several files.")
        if len(files) == 1:
            check_upload(interaction, files[0])  # refused before "thinking…" and before any download
        library = library_of(interaction)
        async with thinking(interaction), turn_given_back_on_failure(interaction):
            if url:
                result = await library.add_url(
                    url, guild_id=guild_of(interaction), title=title, added_by=interaction.user.id
                )
                embed = added_embed(result)
            elif len(files) == 1:
                embed = added_embed(await add_upload(interaction, files[0], title))
            else:
                outcomes: list[tuple[str, AddResult | str]] = []
                for upload in files:  # one at a time: each waits for an analysis worker anyway
                    try:
                        outcomes.append((upload.filename, await add_upload(interaction, upload, None)))
                    except LibraryUnavailable:
                        raise  # the whole add fails, and gives its turn back
                    except NewsdeskError as error:
                        outcomes.append((upload.filename, str(error)))
                embed = added_many_embed(outcomes)
            await interaction.followup.send(embed=embed, allowed_mentions=NO_MENTIONS)

    @article.command(name="remove", description="Remove one of this server's articles from its library.")
    @app_commands.describe(article="The article to remove")
    @app_commands.autocomplete(article=article_autocomplete)
    @app_commands.checks.has_permissions(manage_guild=True)
    @needs_embeds
    async def remove(
        self, interaction: discord.Interaction[Any], article: app_commands.Range[str, 1, 200]
    ) -> None:
        removed = await library_of(interaction).remove(article.strip(), guild_id=guild_of(interaction))
        await send_pages(interaction, [removed_embed(removed)])


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(AdminCog(bot))
