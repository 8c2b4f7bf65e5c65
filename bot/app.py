"""The Discord bot: a commands.Bot that opens the library, loads every cog, syncs commands, answers errors."""

from __future__ import annotations

import asyncio
import logging
import pkgutil
import secrets
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands, tasks

import cogs
from bot import outage
from bot.deadline import warm_up
from bot.errors import NewsdeskError
from bot.library import Library
from bot.render.inert import private_sentence
from bot.settings import Settings, load_settings

# A text bot: discord.py's warnings at every start that voice needs PyNaCl and davey concern nothing
# it does. The flags are discord.py's own (davey's is newer than some supported versions).
for _voice_warning in ("warn_nacl", "warn_dave"):
    if hasattr(discord.VoiceClient, _voice_warning):
        setattr(discord.VoiceClient, _voice_warning, False)

if TYPE_CHECKING:
    from bot.feed_poller import FeedPoller
    from bot.feeds import FeedService

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 30.0
APOLOGY = "Sorry, something went wrong on our side (error {error_id}); please try again later."
# A command that starts this long after its user sent it has waited behind others (a burst on a busy
# server). Discord drops an answer that comes more than 3 s after the command, so such a command first
# shows "thinking…", which gives its answer 15 minutes.
LATE_SECONDS = 1.0
# Set in a command's `extras` when it may answer with a form (a modal), which cannot follow "thinking…".
MAY_OPEN_MODAL = "newsdesk_may_open_modal"


def _permission_names(permissions: list[str]) -> str:
    names = [p.replace("_", " ").replace("guild", "server").title() for p in permissions]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def error_message(error: Exception) -> str | None:
    """The one sentence a user sees for an error they can do something about; None if it is our bug."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, NewsdeskError):
        return str(error)
    if isinstance(error, app_commands.MissingPermissions):
        noun = "permission" if len(error.missing_permissions) == 1 else "permissions"
        return f"You need the {_permission_names(error.missing_permissions)} {noun} to do that."
    if isinstance(error, app_commands.BotMissingPermissions):
        noun = "permission" if len(error.missing_permissions) == 1 else "permissions"
        return f"I need the {_permission_names(error.missing_permissions)} {noun} here to do that."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This command works only inside a server."
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"You are going too fast: try again in {max(1, round(error.retry_after))} s."
    if isinstance(error, app_commands.TransformerError):
        if isinstance(error.__cause__, NewsdeskError):
            return str(error.__cause__)
        value = str(error.value)
        shown = value if len(value) <= 60 else value[:59] + "…"
        return f"“{shown}” is not a valid {error.type.name.replace('_', ' ')}."
    if isinstance(error, app_commands.CheckFailure):
        return "You are not allowed to use this command here."
    if isinstance(error, app_commands.CommandNotFound | app_commands.CommandSignatureMismatch):
        return "This command has changed since Discord last showed it to you; please try again in a minute."
    return None


class NewsdeskTree(app_commands.CommandTree["NewsdeskBot"]):
    """Command tree whose errors come back to the user as one ephemeral sentence, and whose commands
    acknowledge at once when they start late."""

    async def interaction_check(self, interaction: discord.Interaction[NewsdeskBot]) -> bool:
        command = interaction.command
        if interaction.type is discord.InteractionType.application_command:
            # A database call that is slow acknowledges the command first (see bot/outage.py).
            outage.acknowledge.set(partial(acknowledge, interaction))
            outage.waited.set(partial(waited, interaction))
        if (
            interaction.type is discord.InteractionType.application_command
            and command is not None
            and not command.extras.get(MAY_OPEN_MODAL)
            and not interaction.response.is_done()
            and waited(interaction) > LATE_SECONDS
        ):
            await interaction.response.defer(thinking=True)
        return True

    async def on_error(
        self, interaction: discord.Interaction[NewsdeskBot], error: app_commands.AppCommandError
    ) -> None:
        message = error_message(error)
        if message is None:
            error_id = secrets.token_hex(4)
            command = interaction.command.qualified_name if interaction.command else "?"
            original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
            log.error(
                "error %s in /%s (guild %s, user %s)",
                error_id,
                command,
                interaction.guild_id,
                interaction.user.id,
                exc_info=original,
            )
            message = APOLOGY.format(error_id=error_id)
        await send_ephemeral(interaction, message)


async def acknowledge(interaction: discord.Interaction[Any]) -> None:
    """Show "thinking…" for a command whose answer may come after Discord's three seconds."""
    if not interaction.response.is_done():
        await interaction.response.defer(thinking=True)


def waited(interaction: discord.Interaction[Any]) -> float:
    """Seconds since the user sent the interaction (from its id's timestamp; a host clock that is off
    shifts it, and at worst makes a command show "thinking…" first for nothing)."""
    return (discord.utils.utcnow() - interaction.created_at).total_seconds()


async def send_ephemeral(interaction: discord.Interaction[Any], message: str) -> None:
    """Answer privately whether or not the interaction was already acknowledged; never raises."""
    none = discord.AllowedMentions.none()
    message = private_sentence(message)
    try:
        if not interaction.response.is_done():
            await interaction.response.send_message(message, ephemeral=True, allowed_mentions=none)
            return
        if interaction.response.type is discord.InteractionResponseType.deferred_channel_message:
            await _remove_public_thinking(interaction)
        await interaction.followup.send(message, ephemeral=True, allowed_mentions=none)
    except Exception:
        # Expired interaction, Discord unreachable, a response raced ours: there is no one left to tell,
        # and an error handler that raises would only bury the original error.
        log.warning("could not send an error message for interaction %s", interaction.id, exc_info=True)


async def _remove_public_thinking(interaction: discord.Interaction[Any]) -> None:
    """Delete a public "thinking…" message: the first followup would replace it and be public too."""
    try:
        original = await interaction.original_response()
        if original.flags.loading and not original.flags.ephemeral:
            await interaction.delete_original_response()
    except discord.HTTPException:
        # Then the error replaces the thinking message in public, which still beats no answer.
        log.debug("could not remove the thinking message of interaction %s", interaction.id, exc_info=True)


def extension_names() -> list[str]:
    """Every module in the cogs package, as an extension name."""
    return [
        f"{cogs.__name__}.{m.name}" for m in pkgutil.iter_modules(cogs.__path__) if not m.name.startswith("_")
    ]


def health_file(settings: Settings) -> Path:
    """Touched every HEARTBEAT_SECONDS while the bot is connected; `newsdesk health` reads its age.
    NEWSDESK_HEALTH_FILE, else beside the SQLite library, else (PostgreSQL) in the temp folder."""
    if settings.health_file_path is not None:
        return settings.health_file_path
    # One heartbeat per process: two processes with a shard each on one host must not share a file
    # (stopping one would make the other look unhealthy).
    shards = "" if settings.shard_ids is None else "-shards-" + "-".join(map(str, settings.shard_ids))
    name = f"newsdesk{shards}.alive"
    if settings.db_path is not None:
        return settings.db_path.parent / name
    return Path(tempfile.gettempdir()) / name


def _touch(path: Path, status: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{time.time():.0f}\n{status}\n", encoding="utf-8")


class NewsdeskBot(commands.AutoShardedBot):
    """Newsdesk on Discord. `library` is open from `setup_hook` until `close`.

    Sharded: one process runs every shard Discord recommends, or (NEWSDESK_SHARD_COUNT and
    NEWSDESK_SHARD_IDS) its share of them, so several processes over one PostgreSQL library split a
    large bot between them."""

    library: Library
    # Open with the library: the feeds servers follow, and the poller that polls them and announces.
    feeds: FeedService
    feed_poller: FeedPoller

    def __init__(self, settings: Settings, **options: Any) -> None:
        # Slash commands need no privileged intent; guilds gives us the servers and their channels.
        intents = discord.Intents.none()
        intents.guilds = True
        if settings.shard_count is not None:
            options.setdefault("shard_count", settings.shard_count)
        if settings.shard_ids is not None:
            options.setdefault("shard_ids", list(settings.shard_ids))
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            help_command=None,
            tree_cls=NewsdeskTree,
            allowed_mentions=discord.AllowedMentions.none(),
            **options,
        )
        self.settings = settings
        self.failed_extensions: list[str] = []
        self._beating = False

    async def setup_hook(self) -> None:
        if self.settings.max_analysis_seconds > 0:
            warm_up()  # the analysis worker starts now, not during the first user's add
        self.library = await Library.open(self.settings)
        from bot.feed_poller import FeedPoller  # feedparser and the feed service load with the bot only
        from bot.feeds import FeedService

        self.feeds = await FeedService.open(self.library)
        self.feed_poller = FeedPoller(self, self.feeds)
        for name in extension_names():
            try:
                await self.load_extension(name)
            except Exception:
                # One broken cog must not take the rest of the bot down with it.
                log.exception("failed to load extension %s", name)
                self.failed_extensions.append(name)
        await self.sync_commands()
        self._heartbeat.start()
        self.feed_poller.start()  # its first round waits until the bot is ready

    @tasks.loop(seconds=HEARTBEAT_SECONDS)
    async def _heartbeat(self) -> None:
        if self.is_ready() and self.shards and not any(s.is_closed() for s in self.shards.values()):
            status = await self.library.database_status()
            await asyncio.to_thread(_touch, health_file(self.settings), status)
            self._beating = True

    @_heartbeat.before_loop
    async def _before_heartbeat(self) -> None:
        await self.wait_until_ready()

    async def sync_commands(self) -> list[app_commands.AppCommand]:
        """Sync to the development server when one is set (instant), else globally."""
        if self.settings.dev_guild_id is not None:
            guild = discord.Object(id=self.settings.dev_guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to development server %s", len(synced), guild.id)
        else:
            synced = await self.tree.sync()
            log.info("synced %d commands globally", len(synced))
        return synced

    async def on_ready(self) -> None:
        log.info(
            "ready as %s in %d servers (shards %s of %s)",
            self.user,
            len(self.guilds),
            ",".join(str(i) for i in sorted(self.shards)),
            self.shard_count,
        )

    async def close(self) -> None:
        self._heartbeat.cancel()
        poller = self.__dict__.pop("feed_poller", None)
        if poller is not None:
            # Stopped first: a poll cut short here resumes cleanly at the next start, and nothing
            # writes to the library or Discord once they are closing.
            await poller.stop()
        if self._beating:
            # A stopped bot is not healthy: remove its heartbeat rather than let it go stale.
            health_file(self.settings).unlink(missing_ok=True)
        try:
            if getattr(self, "_AutoShardedClient__queue", None) is None:
                # Never logged in (a test, a refused configuration): AutoShardedClient.close() would
                # fail on what login sets up; there is only the HTTP session to close.
                await self.http.close()
            else:
                await super().close()
        finally:
            # close() may run twice (signal handler and shutdown); the library closes once.
            library = self.__dict__.pop("library", None)
            if library is not None:
                await library.close()


def create_bot(settings: Settings | None = None, **options: Any) -> NewsdeskBot:
    """An unstarted bot; settings come from the environment and `.env` when not given."""
    return NewsdeskBot(settings if settings is not None else load_settings(), **options)
