"""Discord API objects as JSON dicts, shaped like the real ones discord.py 2.x parses."""

from __future__ import annotations

import itertools
import time
from datetime import UTC, datetime
from typing import Any

DISCORD_EPOCH_MS = 1_420_070_400_000
ALL_PERMISSIONS = (1 << 53) - 1
ADMINISTRATOR = 1 << 3

# What @everyone may do in a fresh server: see, talk, embed, attach, use app commands.
EVERYONE_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 14) | (1 << 15) | (1 << 16) | (1 << 31)
# What the bot's own managed role gets when it is invited with the usual scopes.
DEFAULT_BOT_PERMISSIONS = EVERYONE_PERMISSIONS

EPHEMERAL = 1 << 6
LOADING = 1 << 7

_counter = itertools.count(1)


def snowflake() -> int:
    """A fresh, increasing Discord id whose timestamp is now (discord.py derives created_at from it)."""
    ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
    return (ms << 22) | (next(_counter) % (1 << 22))


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def user(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name,
        "global_name": name,
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
    }


def role(
    role_id: int, name: str, permissions: int, *, position: int = 0, managed: bool = False
) -> dict[str, Any]:
    return {
        "id": str(role_id),
        "name": name,
        "permissions": str(permissions),
        "position": position,
        "color": 0,
        "hoist": False,
        "managed": managed,
        "mentionable": False,
        "flags": 0,
    }


def member(
    user_payload: dict[str, Any], role_ids: list[int], *, permissions: int | None = None
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "user": user_payload,
        "roles": [str(r) for r in role_ids],
        "nick": None,
        "avatar": None,
        "joined_at": now_iso(),
        "deaf": False,
        "mute": False,
        "pending": False,
        "flags": 0,
    }
    if permissions is not None:
        data["permissions"] = str(permissions)
    return data


def text_channel(channel_id: int, guild_id: int, name: str, position: int = 0) -> dict[str, Any]:
    return {
        "id": str(channel_id),
        "type": 0,
        "guild_id": str(guild_id),
        "name": name,
        "position": position,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "flags": 0,
    }


def message(
    *,
    message_id: int,
    channel_id: int,
    author: dict[str, Any],
    body: dict[str, Any],
    application_id: int | None = None,
    webhook_id: int | None = None,
    guild_id: int | None = None,
) -> dict[str, Any]:
    """A message object built from what the bot sent (`body`: content, embeds, components, flags...)."""
    data: dict[str, Any] = {
        "id": str(message_id),
        "type": 0,
        "channel_id": str(channel_id),
        "author": author,
        "content": body.get("content") or "",
        "timestamp": now_iso(),
        "edited_timestamp": None,
        "tts": bool(body.get("tts", False)),
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": body.get("attachments", []),
        "embeds": body.get("embeds") or [],
        "components": body.get("components") or [],
        "pinned": False,
        "flags": int(body.get("flags") or 0),
    }
    if guild_id is not None:
        data["guild_id"] = str(guild_id)
    if application_id is not None:
        data["application_id"] = str(application_id)
    if webhook_id is not None:
        data["webhook_id"] = str(webhook_id)
    if body.get("poll") is not None:
        data["poll"] = body["poll"]
    return data
