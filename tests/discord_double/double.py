"""DiscordDouble: a loopback Discord (REST + gateway) that the unmodified discord.py client runs against."""

# Tests call these with `timeout=`: the agreed test-facing API, simpler than wrapping each call.
# ruff: noqa: ASYNC109

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import discord
import discord.gateway
import discord.http
import yarl
from aiohttp import web

from . import payloads
from .gateway import INVALID_SESSION, RECONNECT, Gateway, shard_of
from .messages import MessageMixin
from .options import find_command
from .payloads import ADMINISTRATOR, ALL_PERMISSIONS, EVERYONE_PERMISSIONS, snowflake
from .records import InteractionRecord
from .rest import Rest, error
from .users import UserActions

DEFAULT_OWNER_ID = 100_000_000_000_000_001


@dataclass
class GuildState:
    id: int
    name: str
    owner_id: int
    roles: dict[int, dict[str, Any]] = field(default_factory=dict)
    members: dict[int, dict[str, Any]] = field(default_factory=dict)
    channels: list[dict[str, Any]] = field(default_factory=list)
    bot_role_id: int = 0


class DiscordDouble(MessageMixin, UserActions):
    """A fake Discord on 127.0.0.1. Start it, point discord.py at it with `patch_discord()`, drive it from tests."""

    def __init__(
        self, *, app_id: int | None = None, bot_user_id: int | None = None, bot_name: str = "Newsdesk"
    ):
        self.app_id = app_id or snowflake()
        # Discord gives a bot user the same id as its application.
        self.bot_user_id = bot_user_id or self.app_id
        self.bot_name = bot_name
        # When set, only these tokens log in (REST 401, gateway close 4004 otherwise).
        self.valid_tokens: set[str] | None = None
        # Seconds the bot has to acknowledge an interaction (Discord: 3). None: no deadline, for slow CI.
        self.ack_deadline: float | None = None
        # What GET /gateway/bot recommends; a bot that sets its own shard count ignores it.
        self.shard_count = 1
        self.guilds: dict[int, GuildState] = {}
        # Channels of servers the bot was removed from: Discord answers 403 Missing Access there.
        self.left_channels: set[int] = set()
        self.messages: dict[int, dict[str, Any]] = {}
        self.channel_messages: list[dict[str, Any]] = []
        self.nonces: dict[str, int] = {}  # message nonce -> the id of the message posted with it
        self.rejections: list[dict[str, Any]] = []
        self.unknown_requests: list[tuple[str, str]] = []
        self.requests: list[tuple[str, str]] = []
        self.sync_calls: list[tuple[int | None, list[dict[str, Any]]]] = []
        self._commands: dict[int | None, list[dict[str, Any]]] = {}
        self._command_ids: dict[tuple[int | None, str, int], int] = {}
        self._records: dict[int, InteractionRecord] = {}
        self._records_by_token: dict[str, InteractionRecord] = {}
        self._message_records: dict[int, InteractionRecord] = {}
        self._files: dict[int, tuple[str, bytes, str]] = {}
        self._users: dict[int, dict[str, Any]] = {}
        self.gateway = Gateway(self._ready_events, self._token_ok)
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.base_url = "http://127.0.0.1:0"

    # --- lifecycle --------------------------------------------------------------------------------

    @property
    def api_base(self) -> str:
        return f"{self.base_url}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> None:
        app = web.Application(middlewares=[self._middleware], client_max_size=64 * 1024 * 1024)
        app.add_routes([web.get("/gateway", self._gateway), *Rest(self).routes()])
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        sockets = getattr(site._server, "sockets", None)
        assert sockets, "the loopback site is not listening"
        self.port = sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}"

    async def stop(self) -> None:
        await self.gateway.close_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def patch_discord(self) -> Callable[[], None]:
        """Point discord.py's process-wide REST base and gateway URL here; returns a function that undoes it."""
        old_base, old_gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
        discord.http.Route.BASE = self.api_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)

        def restore() -> None:
            discord.http.Route.BASE = old_base
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway

        return restore

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        self.requests.append((request.method, request.path))
        path = request.path
        needs_auth = path.startswith("/api/") and not any(
            part in path for part in ("/webhooks/", "/interactions/")
        )
        if needs_auth:
            auth = request.headers.get("Authorization", "")
            token = auth.removeprefix("Bot ") if auth.startswith("Bot ") else None
            if not self._token_ok(token):
                return error(401, 0, "401: Unauthorized")
        try:
            return await handler(request)
        except web.HTTPNotFound:
            self.unknown_requests.append((request.method, path))
            return error(404, 0, "404: Not Found")
        except web.HTTPMethodNotAllowed:
            self.unknown_requests.append((request.method, path))
            return error(405, 0, "405: Method Not Allowed")

    def _token_ok(self, token: str | None) -> bool:
        return bool(token) and (self.valid_tokens is None or token in self.valid_tokens)

    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        return await self.gateway.handle(request)

    # --- users, guilds, members -------------------------------------------------------------------

    def bot_user_payload(self, *, full: bool = False) -> dict[str, Any]:
        data = payloads.user(self.bot_user_id, self.bot_name, bot=True)
        if full:
            data.update(verified=True, mfa_enabled=False, flags=0, locale="en-US")
        return data

    def application_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.app_id),
            "name": self.bot_name,
            "description": "",
            "icon": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": payloads.user(DEFAULT_OWNER_ID, "owner"),
            "verify_key": "0" * 64,
            "flags": 0,
            "team": None,
            "interactions_endpoint_url": None,
        }

    def add_guild(
        self,
        guild_id: int,
        name: str = "Test Server",
        owner_id: int = DEFAULT_OWNER_ID,
        *,
        bot_permissions: int = payloads.DEFAULT_BOT_PERMISSIONS,
        everyone_permissions: int = EVERYONE_PERMISSIONS,
    ) -> None:
        """Add a server the bot is in (with @everyone, the bot's role, the owner and a #general channel).

        If the bot is already connected it receives GUILD_CREATE now, as on a fresh invite.
        """
        guild = GuildState(id=guild_id, name=name, owner_id=owner_id)
        guild.roles[guild_id] = payloads.role(guild_id, "@everyone", everyone_permissions)
        guild.bot_role_id = snowflake()
        guild.roles[guild.bot_role_id] = payloads.role(
            guild.bot_role_id, self.bot_name, bot_permissions, position=1, managed=True
        )
        guild.channels.append(payloads.text_channel(snowflake(), guild_id, "general"))
        guild.members[self.bot_user_id] = payloads.member(self.bot_user_payload(), [guild.bot_role_id])
        self.guilds[guild_id] = guild
        self.add_member(guild_id, owner_id, name="owner")
        if self.gateway.current is not None:
            self.gateway.dispatch("GUILD_CREATE", self.guild_payload(guild_id))

    def add_member(
        self, guild_id: int, user_id: int, *, permissions: int = 0, name: str | None = None
    ) -> None:
        """Add (or replace) a member; `permissions` are granted through a role of their own."""
        guild = self.guilds[guild_id]
        role_ids = []
        if permissions:
            role_id = snowflake()
            guild.roles[role_id] = payloads.role(role_id, f"role-{user_id}", permissions, position=1)
            role_ids.append(role_id)
        user = payloads.user(user_id, name or f"user{user_id}")
        self._users[user_id] = user
        guild.members[user_id] = payloads.member(user, role_ids)

    def set_bot_permissions(self, guild_id: int, permissions: int) -> None:
        """Change what the bot may do in a server (e.g. take away Embed Links)."""
        guild = self.guilds[guild_id]
        guild.roles[guild.bot_role_id]["permissions"] = str(permissions)

    def permissions(self, guild_id: int, user_id: int) -> int:
        """A member's server-wide permissions, computed as Discord does (owner and administrators: all)."""
        guild = self.guilds[guild_id]
        if user_id == guild.owner_id:
            return ALL_PERMISSIONS
        value = int(guild.roles[guild_id]["permissions"])
        for role_id in guild.members[user_id]["roles"]:
            value |= int(guild.roles[int(role_id)]["permissions"])
        return ALL_PERMISSIONS if value & ADMINISTRATOR else value

    def guild_payload(self, guild_id: int) -> dict[str, Any]:
        guild = self.guilds[guild_id]
        return {
            "id": str(guild.id),
            "name": guild.name,
            "owner_id": str(guild.owner_id),
            "unavailable": False,
            "icon": None,
            "features": [],
            "roles": list(guild.roles.values()),
            "members": list(guild.members.values()),
            "member_count": len(guild.members),
            "channels": guild.channels,
            "threads": [],
            "emojis": [],
            "stickers": [],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "large": False,
            "joined_at": payloads.now_iso(),
            "preferred_locale": "en-US",
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "system_channel_flags": 0,
        }

    def _ready_events(self, identify: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        ready: dict[str, Any] = {
            "v": 10,
            "user": self.bot_user_payload(full=True),
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.app_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "presences": [],
        }
        guilds = list(self.guilds)
        if "shard" in identify:
            ready["shard"] = identify["shard"]
            shard_id, shard_count = (int(n) for n in identify["shard"])
            guilds = [g for g in guilds if shard_of(g, shard_count) == shard_id]
        ready["guilds"] = [{"id": str(g), "unavailable": True} for g in guilds]
        return [("READY", ready)] + [("GUILD_CREATE", self.guild_payload(g)) for g in guilds]

    def _channel(self, channel_id: int) -> dict[str, Any] | None:
        for guild in self.guilds.values():
            for channel in guild.channels:
                if int(channel["id"]) == channel_id:
                    return channel
        return None

    def delete_channel(self, guild_id: int, channel_id: int) -> None:
        """A server's channel is deleted (CHANNEL_DELETE); Discord then answers 404 Unknown Channel."""
        guild = self.guilds[guild_id]
        (channel,) = [c for c in guild.channels if int(c["id"]) == channel_id]
        guild.channels.remove(channel)
        if self.gateway.current is not None:
            self.gateway.dispatch("CHANNEL_DELETE", channel)

    def remove_guild(self, guild_id: int) -> None:
        """The bot is removed from a server (GUILD_DELETE)."""
        self.left_channels.update(int(channel["id"]) for channel in self.guilds[guild_id].channels)
        del self.guilds[guild_id]
        if self.gateway.current is not None:
            self.gateway.dispatch("GUILD_DELETE", {"id": str(guild_id)})

    # --- commands ---------------------------------------------------------------------------------

    def synced_commands(self, guild_id: int | None = None) -> list[dict[str, Any]]:
        """The commands of the last bulk overwrite for a server (None: global), as Discord echoed them."""
        return copy.deepcopy(self._commands.get(guild_id, []))

    def forget_commands(self) -> None:
        """Forget every synced command, as for a brand-new application (keeps tests independent)."""
        self._commands.clear()

    def _store_commands(self, guild_id: int | None, body: list[dict[str, Any]]) -> list[dict[str, Any]]:
        echoed = []
        for command in body:
            key = (guild_id, command["name"], command.get("type", 1))
            command_id = self._command_ids.setdefault(key, snowflake())
            data = {
                **command,
                "id": str(command_id),
                "application_id": str(self.app_id),
                "version": str(snowflake()),
                "type": command.get("type", 1),
                "default_member_permissions": command.get("default_member_permissions"),
            }
            if guild_id is not None:
                data["guild_id"] = str(guild_id)
            echoed.append(data)
        self._commands[guild_id] = echoed
        self.sync_calls.append((guild_id, copy.deepcopy(body)))
        return copy.deepcopy(echoed)

    def _find_command(self, name: str, guild_id: int) -> tuple[dict[str, Any], bool]:
        command = find_command(self._commands.get(guild_id, []), name)
        if command is not None:
            return command, True
        command = find_command(self._commands.get(None, []), name)
        if command is None:
            known = sorted(c["name"] for c in self._commands.get(guild_id, []) + self._commands.get(None, []))
            raise LookupError(f"/{name} was never synced, so no user can run it; synced: {known}")
        return command, False

    # --- gateway control --------------------------------------------------------------------------

    async def drop_gateway(self, *, wait: bool = True, timeout: float = 10) -> None:
        """Close the bot's gateway socket like a network blip; by default wait until it has resumed."""
        await self._resume_after(self.gateway.drop(), wait=wait, timeout=timeout)

    async def request_reconnect(self, *, wait: bool = True, timeout: float = 10) -> None:
        """Send op 7 RECONNECT, as Discord does before moving a session; the client must resume."""
        await self._resume_after(self.gateway.send_op(RECONNECT, None), wait=wait, timeout=timeout)

    async def invalidate_session(self, *, wait: bool = True, timeout: float = 10) -> None:
        """Send op 9 INVALID_SESSION (not resumable); the client must identify again from scratch."""
        identifies = len(self.gateway.identifies)
        await self.gateway.send_op(INVALID_SESSION, False)
        if wait:
            await self.gateway.wait_until(
                lambda: len(self.gateway.identifies) > identifies and self.gateway.connected(), timeout
            )

    async def _resume_after(self, action: Awaitable[None], *, wait: bool, timeout: float) -> None:
        session = self.gateway.current
        if session is None:
            raise RuntimeError("no bot is connected")
        resumes = session.resumes
        await action
        if wait:
            await self.gateway.wait_until(
                lambda: session.resumes > resumes and self.gateway.connected(), timeout
            )

    async def wait_connected(self, timeout: float = 10) -> None:
        """Wait until a bot has a live gateway socket."""
        await self.gateway.wait_until(self.gateway.connected, timeout)
