"""What users do in the double: run slash commands, type into autocomplete, click components, submit modals."""

# Tests call these with `timeout=`: the agreed test-facing API, simpler than wrapping each call.
# ruff: noqa: ASYNC109

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

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
    nest,
)
from .payloads import ALL_PERMISSIONS, snowflake
from .records import InteractionRecord
from .rest import public
from .validation import walk_components

if TYPE_CHECKING:
    from .double import GuildState
    from .gateway import Gateway


class UserActions:
    """Part of DiscordDouble: builds interaction payloads as Discord's client would and sends them to the bot."""

    app_id: int
    base_url: str
    bot_user_id: int
    gateway: Gateway
    guilds: dict[int, GuildState]
    messages: dict[int, dict[str, Any]]
    _files: dict[int, tuple[str, bytes, str]]
    _users: dict[int, dict[str, Any]]
    _records: dict[int, InteractionRecord]
    _records_by_token: dict[str, InteractionRecord]

    def permissions(self, guild_id: int, user_id: int) -> int:
        raise NotImplementedError

    def _channel(self, channel_id: int) -> dict[str, Any] | None:
        raise NotImplementedError

    def _find_command(self, name: str, guild_id: int) -> tuple[dict[str, Any], bool]:
        raise NotImplementedError

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
        self.gateway.dispatch("INTERACTION_CREATE", payload)
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


def _inputs(row: dict[str, Any]) -> list[dict[str, Any]]:
    if row.get("type") == 18:
        return [row["component"]]
    if row.get("type") == 1:
        return list(row["components"])
    return [row]
