"""Reading what the double saw (embed text, private errors, buttons) and adding an article as an admin."""

from __future__ import annotations

from typing import Any

from tests.discord_double import DiscordDouble, is_ephemeral
from tests.discord_double.fixtures import ADMIN_ID, GUILD_ID

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def embed_text(message: dict[str, Any]) -> str:
    """Every visible word of a message's embeds, in order."""
    parts: list[str] = []
    for embed in message.get("embeds", []):
        parts += [embed.get("title", ""), embed.get("description", "")]
        for field in embed.get("fields", []):
            parts += [field["name"], field["value"]]
        parts.append(embed.get("footer", {}).get("text", ""))
    return "\n".join(parts)


def assert_one_sentence_error(message: dict[str, Any]) -> str:
    """An error answer: ephemeral, plain content, one sentence."""
    assert is_ephemeral(message), message
    content = message["content"]
    assert content and "\n" not in content and content.rstrip().endswith((".", "?", "!")), content
    assert not message.get("embeds")
    return str(content)


def button_ids(message: dict[str, Any]) -> dict[str, str]:
    """Buttons of a message by their label or emoji: {"▶": custom_id, ...}."""
    found = {}
    for row in message.get("components", []):
        for component in row.get("components", []):
            if component.get("type") == 2:
                name = component.get("label") or component.get("emoji", {}).get("name", "")
                found[name] = component["custom_id"]
    return found


async def add_file(double: DiscordDouble, text: str, **options: Any) -> dict[str, Any]:
    """`/article add file:<text> [title]` as an admin (options as for `add_file_reply`); returns the
    confirmation message."""
    message = await add_file_reply(double, text, **options)
    assert not is_ephemeral(message), message
    return message


async def add_file_reply(
    double: DiscordDouble,
    text: str,
    *,
    title: str | None = None,
    filename: str = "article.txt",
    guild_id: int = GUILD_ID,
    user_id: int = ADMIN_ID,
) -> dict[str, Any]:
    """`/article add file:<text> [title]`; returns the reply, whatever it is."""
    options = {"title": title} if title else {}
    record = await double.slash(
        "article",
        options,
        subcommand="add",
        attachments={"file": (filename, text.encode(), "text/plain")},
        guild_id=guild_id,
        user_id=user_id,
    )
    return await record.reply()
