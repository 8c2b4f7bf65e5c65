"""DiscordDouble: a loopback Discord (REST + gateway) that the unmodified discord.py client runs against."""

# Tests call these with `timeout=`: the agreed test-facing API, simpler than wrapping each call.
# ruff: noqa: ASYNC109

from __future__ import annotations

import asyncio
import copy
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import discord
import discord.gateway
import discord.http
import yarl
from aiohttp import web

from . import payloads
from .gateway import Gateway
from .options import (
    ATTACHMENT,
    BOOLEAN,
    CHANNEL,
    INTEGER,
    NUMBER,
    ROLE,
    STRING,
    USER,
    build_leaf_options,
    descend,
    find_command,
    nest,
)
from .payloads import ADMINISTRATOR, ALL_PERMISSIONS, EVERYONE_PERMISSIONS, snowflake
from .records import InteractionRecord
from .rest import Files, Rest, error, public
from .validation import walk_components

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


class DiscordDouble:
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
        self.guilds: dict[int, GuildState] = {}
        self.messages: dict[int, dict[str, Any]] = {}
        self.channel_messages: list[dict[str, Any]] = []
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

    # --- lifecycle --------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

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
        server = site._server
        assert server is not None and getattr(server, "sockets", None)
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

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
    ) -> None:
        """Add a server the bot is in (with @everyone, the bot's role, the owner and a #general channel).

        If the bot is already connected it receives GUILD_CREATE now, as on a fresh invite.
        """
        guild = GuildState(id=guild_id, name=name, owner_id=owner_id)
        guild.roles[guild_id] = payloads.role(guild_id, "@everyone", EVERYONE_PERMISSIONS)
        guild.bot_role_id = snowflake()
        guild.roles[guild.bot_role_id] = payloads.role(
            guild.bot_role_id, self.bot_name, bot_permissions, position=1, managed=True
        )
        guild.channels.append(payloads.text_channel(snowflake(), guild_id, "general"))
        guild.members[self.bot_user_id] = payloads.member(self.bot_user_payload(), [guild.bot_role_id])
        self.guilds[guild_id] = guild
        self.add_member(guild_id, owner_id, name="owner")
        if self.gateway.current is not None:
            self._spawn(self.gateway.dispatch("GUILD_CREATE", self.guild_payload(guild_id)))

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
            "guilds": [{"id": str(g), "unavailable": True} for g in self.guilds],
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.app_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "presences": [],
        }
        if "shard" in identify:
            ready["shard"] = identify["shard"]
        return [("READY", ready)] + [("GUILD_CREATE", self.guild_payload(g)) for g in self.guilds]

    def _channel(self, channel_id: int) -> dict[str, Any] | None:
        for guild in self.guilds.values():
            for channel in guild.channels:
                if int(channel["id"]) == channel_id:
                    return channel
        return None

    # --- commands ---------------------------------------------------------------------------------

    def synced_commands(self, guild_id: int | None = None) -> list[dict[str, Any]]:
        """The commands of the last bulk overwrite for a server (None: global), as Discord echoed them."""
        return copy.deepcopy(self._commands.get(guild_id, []))

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

    # --- messages the bot creates -----------------------------------------------------------------

    def _attachments(
        self, body: dict[str, Any], files: Files, kept: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """Attachment objects for a message body: kept ones by id, new uploads by their files[n] index."""
        by_id = {a["id"]: a for a in kept}
        entries = body.get("attachments")
        if entries is None:
            entries = [*({"id": a["id"]} for a in kept), *({"id": i} for i in sorted(files))]
        result = []
        for entry in entries:
            if str(entry.get("id")) in by_id:
                result.append(by_id[str(entry["id"])])
                continue
            index = int(entry["id"])
            if index not in files:
                continue
            filename, data, content_type = files[index]
            attachment_id = snowflake()
            self._files[attachment_id] = (entry.get("filename") or filename, data, content_type)
            url = f"{self.base_url}/attachments/{attachment_id}/{entry.get('filename') or filename}"
            result.append(
                {
                    "id": str(attachment_id),
                    "filename": entry.get("filename") or filename,
                    "description": entry.get("description"),
                    "size": len(data),
                    "content_type": content_type,
                    "url": url,
                    "proxy_url": url,
                }
            )
        return result

    def _with_files(self, message: dict[str, Any]) -> dict[str, Any]:
        message["files"] = [
            {
                "filename": a["filename"],
                "content_type": a["content_type"],
                "data": self._files[int(a["id"])][1],
            }
            for a in message["attachments"]
        ]
        return message

    def _create_message(
        self,
        body: dict[str, Any],
        files: Files,
        *,
        record: InteractionRecord | None = None,
        channel_id: int | None = None,
    ) -> dict[str, Any]:
        if record is not None:
            channel_id = int(record.payload["channel_id"])
        assert channel_id is not None
        channel = self._channel(channel_id)
        guild_id = int(channel["guild_id"]) if channel else None
        message_body = {**body, "attachments": self._attachments(body, files, [])}
        message = payloads.message(
            message_id=snowflake(),
            channel_id=channel_id,
            author=self.bot_user_payload(),
            body=message_body,
            application_id=self.app_id if record is not None else None,
            webhook_id=self.app_id if record is not None else None,
            guild_id=guild_id,
        )
        message["allowed_mentions"] = body.get("allowed_mentions")
        self._with_files(message)
        self.messages[int(message["id"])] = message
        if record is not None:
            self._message_records[int(message["id"])] = record
        return message

    def _edited(self, message: dict[str, Any], body: dict[str, Any], files: Files) -> dict[str, Any]:
        """What `message` becomes after an edit with `body` (not stored yet; validated first)."""
        edited = copy.deepcopy(message)
        for key in ("content", "embeds", "components", "poll"):
            if key in body:
                edited[key] = body[key] if body[key] is not None else ([] if key != "content" else "")
        if "flags" in body and body["flags"] is not None:
            # Only suppress-embeds can change on an edit; visibility is fixed when the message is sent.
            edited["flags"] = (int(edited.get("flags") or 0) & ~4) | (int(body["flags"]) & 4)
        if "allowed_mentions" in body:
            edited["allowed_mentions"] = body["allowed_mentions"]
        if "attachments" in body or files:
            edited["attachments"] = self._attachments(body, files, message.get("attachments", []))
        return self._with_files(edited)

    def _store_edit(self, message: dict[str, Any], edited: dict[str, Any]) -> dict[str, Any]:
        edited["edited_timestamp"] = payloads.now_iso()
        self.messages[int(edited["id"])] = edited
        return edited

    # --- interactions from users ------------------------------------------------------------------

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._background = getattr(self, "_background", set())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def _interaction_payload(
        self, kind: int, data: dict[str, Any], *, guild_id: int, user_id: int, channel_id: int | None
    ) -> dict[str, Any]:
        guild = self.guilds.get(guild_id)
        if guild is None:
            raise LookupError(f"no server {guild_id}; call add_guild first")
        if user_id not in guild.members:
            raise LookupError(f"user {user_id} is not a member of server {guild_id}; call add_member first")
        channel = self._channel(channel_id) if channel_id else guild.channels[0]
        if channel is None:
            raise LookupError(f"no channel {channel_id}")
        member = {**guild.members[user_id], "permissions": str(self.permissions(guild_id, user_id))}
        return {
            "id": str(snowflake()),
            "application_id": str(self.app_id),
            "type": kind,
            "token": secrets.token_urlsafe(48),
            "version": 1,
            "guild_id": str(guild_id),
            "guild": {"id": str(guild_id), "locale": "en-US", "features": []},
            "guild_locale": "en-US",
            "locale": "en-US",
            "channel_id": channel["id"],
            "channel": channel,
            "member": member,
            "app_permissions": str(self.permissions(guild_id, self.bot_user_id)),
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(guild_id)},
            "context": 0,
            "attachment_size_limit": 10 * 1024 * 1024,
            "data": data,
        }

    async def _send(self, payload: dict[str, Any], *, wait: bool, timeout: float) -> InteractionRecord:
        if self.gateway.current is None:
            raise RuntimeError("no bot has identified with the double yet")
        record = InteractionRecord(payload)
        self._records[record.id] = record
        self._records_by_token[record.token] = record
        await self.gateway.dispatch("INTERACTION_CREATE", payload)
        if wait:
            await record.wait_callback(timeout)
        return record

    def _resolver(self, guild_id: int, resolved: dict[str, dict[str, Any]]) -> Callable[[int, Any], Any]:
        guild = self.guilds[guild_id]

        def resolve(kind: int, value: Any) -> Any:
            if kind == STRING:
                return str(value)
            if kind == INTEGER:
                return int(value)
            if kind == NUMBER:
                return float(value)
            if kind == BOOLEAN:
                return bool(value)
            if kind == USER:
                user_id = int(value)
                resolved.setdefault("users", {})[str(user_id)] = self._users[user_id]
                if user_id in guild.members:
                    member = {k: v for k, v in guild.members[user_id].items() if k != "user"}
                    member["permissions"] = str(self.permissions(guild_id, user_id))
                    resolved.setdefault("members", {})[str(user_id)] = member
                return str(user_id)
            if kind == CHANNEL:
                channel = self._channel(int(value))
                if channel is None:
                    raise LookupError(f"no channel {value}")
                resolved.setdefault("channels", {})[channel["id"]] = {
                    **channel,
                    "permissions": str(ALL_PERMISSIONS),
                }
                return channel["id"]
            if kind == ROLE:
                resolved.setdefault("roles", {})[str(value)] = guild.roles[int(value)]
                return str(value)
            if kind == ATTACHMENT:
                filename, data, content_type = value
                attachment_id = snowflake()
                self._files[attachment_id] = (filename, data, content_type)
                url = f"{self.base_url}/attachments/{attachment_id}/{filename}"
                resolved.setdefault("attachments", {})[str(attachment_id)] = {
                    "id": str(attachment_id),
                    "filename": filename,
                    "size": len(data),
                    "content_type": content_type,
                    "url": url,
                    "proxy_url": url,
                    "ephemeral": True,
                }
                return str(attachment_id)
            return value

        return resolve

    def _command_data(
        self,
        name: str,
        options: dict[str, Any] | None,
        *,
        guild_id: int,
        subcommand: str | None,
        attachments: dict[str, tuple[str, bytes, str]] | None,
        focused: str | None = None,
    ) -> dict[str, Any]:
        command, guild_scoped = self._find_command(name, guild_id)
        path, node = descend(command, subcommand)
        resolved: dict[str, dict[str, Any]] = {}
        values = {**(options or {}), **(attachments or {})}
        leaf = build_leaf_options(node, values, resolve=self._resolver(guild_id, resolved), focused=focused)
        data: dict[str, Any] = {"id": command["id"], "name": name, "type": 1, "options": nest(path, leaf)}
        if resolved:
            data["resolved"] = resolved
        if guild_scoped:
            data["guild_id"] = str(guild_id)
        return data

    async def slash(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        guild_id: int,
        user_id: int,
        subcommand: str | None = None,
        attachments: dict[str, tuple[str, bytes, str]] | None = None,
        channel_id: int | None = None,
        wait: bool = True,
        timeout: float = 10,
    ) -> InteractionRecord:
        """A user runs `/name [subcommand] options…`; returns once the bot acknowledged (unless wait=False).

        `subcommand` may be "group sub". `attachments` maps an attachment option to (filename, bytes, type).
        Raises ValueError/LookupError for what Discord's client would not let a user send.
        """
        data = self._command_data(
            name, options, guild_id=guild_id, subcommand=subcommand, attachments=attachments
        )
        payload = self._interaction_payload(
            2, data, guild_id=guild_id, user_id=user_id, channel_id=channel_id
        )
        return await self._send(payload, wait=wait, timeout=timeout)

    async def autocomplete(
        self,
        name: str,
        options: dict[str, Any],
        focused: str,
        *,
        guild_id: int,
        user_id: int,
        subcommand: str | None = None,
        timeout: float = 10,
    ) -> list[dict[str, Any]]:
        """A user types into option `focused` (its text in `options`); returns the bot's choices."""
        values = {focused: "", **options}
        data = self._command_data(
            name, values, guild_id=guild_id, subcommand=subcommand, attachments=None, focused=focused
        )
        payload = self._interaction_payload(4, data, guild_id=guild_id, user_id=user_id, channel_id=None)
        record = await self._send(payload, wait=True, timeout=timeout)
        assert record.choices is not None, f"the bot answered autocomplete with {record.callbacks}"
        return record.choices

    async def click(
        self,
        message: dict[str, Any],
        custom_id: str,
        *,
        guild_id: int,
        user_id: int,
        values: list[str] | None = None,
        wait: bool = True,
        timeout: float = 10,
    ) -> InteractionRecord:
        """A user clicks a button (or picks `values` in a select) on a message the bot sent."""
        current = self.messages.get(int(message["id"]))
        if current is None:
            raise LookupError(f"message {message['id']} does not exist (deleted, or not sent by the bot)")
        component = next(
            (c for c in walk_components(current["components"]) if c.get("custom_id") == custom_id), None
        )
        if component is None:
            ids = [c.get("custom_id") for c in walk_components(current["components"]) if c.get("custom_id")]
            raise LookupError(f"the message has no component {custom_id!r} now (has {ids})")
        if component.get("disabled"):
            raise ValueError(f"component {custom_id!r} is disabled; a user cannot use it")
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": component["type"]}
        if component["type"] != 2:
            data["values"] = list(values or [])
        payload = self._interaction_payload(
            3, data, guild_id=guild_id, user_id=user_id, channel_id=int(current["channel_id"])
        )
        payload["message"] = public(current)
        return await self._send(payload, wait=wait, timeout=timeout)

    async def submit_modal(
        self,
        custom_id: str,
        values: dict[str, str],
        *,
        guild_id: int,
        user_id: int,
        wait: bool = True,
        timeout: float = 10,
    ) -> InteractionRecord:
        """A user fills in and submits the modal the bot opened with `custom_id`; `values` by text input custom_id."""
        modal = next(
            (
                r.modal
                for r in reversed(list(self._records.values()))
                if r.modal and r.modal["custom_id"] == custom_id
            ),
            None,
        )
        if modal is None:
            raise LookupError(f"the bot never opened a modal {custom_id!r}")
        components = [self._submitted(row, values) for row in modal["components"]]
        known = {c["custom_id"] for row in components for c in _inputs(row)}
        if set(values) - known:
            raise LookupError(
                f"the modal has no input(s) {sorted(set(values) - known)} (has {sorted(known)})"
            )
        data = {"custom_id": custom_id, "components": components}
        payload = self._interaction_payload(5, data, guild_id=guild_id, user_id=user_id, channel_id=None)
        return await self._send(payload, wait=wait, timeout=timeout)

    def _submitted(self, row: dict[str, Any], values: dict[str, str]) -> dict[str, Any]:
        """A modal row as Discord submits it, mirroring the modal's layout (action rows or labels)."""
        if row.get("type") == 18:
            return {"type": 18, "component": self._submitted_input(row["component"], values)}
        if row.get("type") == 1:
            return {"type": 1, "components": [self._submitted_input(c, values) for c in row["components"]]}
        return self._submitted_input(row, values)

    @staticmethod
    def _submitted_input(component: dict[str, Any], values: dict[str, str]) -> dict[str, Any]:
        custom_id = component.get("custom_id", "")
        value = values.get(custom_id, "")
        if component.get("type") == 4:
            label = component.get("label", custom_id)
            if component.get("required", True) and not value:
                raise ValueError(f"text input {label!r} is required; Discord would not submit the modal")
            low, high = component.get("min_length"), component.get("max_length")
            if value and ((low and len(value) < low) or (high and len(value) > high)):
                raise ValueError(f"text input {label!r} takes {low}..{high} characters")
            return {"type": 4, "custom_id": custom_id, "value": value}
        return {"type": component.get("type"), "custom_id": custom_id}

    # --- gateway control --------------------------------------------------------------------------

    async def drop_gateway(self, *, wait: bool = True, timeout: float = 10) -> None:
        """Close the bot's gateway socket like a network blip; by default wait until it has resumed."""
        session = self.gateway.current
        if session is None:
            raise RuntimeError("no bot is connected")
        resumes = session.resumes
        await self.gateway.drop()
        if wait:
            await self.gateway.wait_connected(timeout, after_resumes=resumes)

    async def wait_connected(self, timeout: float = 10) -> None:
        await self.gateway.wait_connected(timeout)


def _inputs(row: dict[str, Any]) -> list[dict[str, Any]]:
    if row.get("type") == 18:
        return [row["component"]]
    if row.get("type") == 1:
        return list(row["components"])
    return [row]
