"""Permissions, server isolation and mentions, through the loopback Discord with two servers.

- Admin commands are refused at run time to members without Manage Server, even where the server
  has overridden the command's default permissions (the double delivers the command regardless,
  as Discord does after such an override) and even for members with other strong permissions.
- Nothing of server A's (its article, its speaker, its topics) can be listed, searched, read,
  quoted, summarised, autocompleted or removed from server B.
- Seed articles cannot be removed from Discord.
- Whatever an article contains, no message the bot sends can ping anyone.
"""

from __future__ import annotations

import re
from typing import Any

from tests.cogs.replies import add_file, assert_one_sentence_error, embed_text
from tests.discord_double import DiscordDouble, InteractionRecord
from tests.discord_double.fixtures import ADMIN_ID, GUILD_ID, MEMBER_ID, new_guild_id

Bot = tuple[Any, DiscordDouble]

MANAGE_GUILD = 1 << 5
# Strong permissions that are not Manage Server (nor Administrator): kick, ban, manage channels,
# manage messages, manage roles, mention everyone.
STRONG_BUT_NOT_MANAGER = (1 << 1) | (1 << 2) | (1 << 4) | (1 << 13) | (1 << 28) | (1 << 17)

SECRET = (
    "Zeppelin tariffs were raised by the harbour board on Thursday.\n"
    '"Zeppelin tariffs will ruin us," said Zelda Quarrington, chair of the airship guild.\n'
    "Quarrington added that the zeppelin trade had grown for years.\n"
)
B_ADMIN = 300_000_000_000_000_011
B_MEMBER = 300_000_000_000_000_012


def article_id(message: dict[str, Any]) -> str:
    match = re.search(r"article #(\d+)", embed_text(message))
    assert match, embed_text(message)
    return match.group(1)


def shows_nothing_of_a(shown: str) -> bool:
    """No word of A's article that the user did not type themselves (answers may echo a query)."""
    return not re.search(r"airship|ruin us|harbour board|thursday|trade had grown", shown, re.IGNORECASE)


def visible(message: dict[str, Any]) -> str:
    return f"{message.get('content') or ''}\n{embed_text(message)}"


async def two_servers(double: DiscordDouble) -> tuple[str, int]:
    """Server A (GUILD_ID) holds the secret article; server B has its own admin and member."""
    added = await add_file(double, SECRET, title="Zeppelin tariffs")
    other = new_guild_id()
    double.add_guild(other, "Server B")
    double.add_member(other, B_ADMIN, permissions=MANAGE_GUILD)
    double.add_member(other, B_MEMBER)
    return article_id(added), other


async def test_nothing_of_server_a_can_be_reached_from_server_b(running_bot: Bot) -> None:
    _, double = running_bot
    secret_id, b = await two_servers(double)
    attempts: list[tuple[str, dict[str, Any], str | None, int]] = [
        ("articles", {}, None, B_MEMBER),
        ("articles", {"query": "zeppelin tariffs"}, None, B_MEMBER),
        ("articles", {"query": "Quarrington"}, None, B_MEMBER),
        ("summary", {"article": secret_id}, None, B_MEMBER),
        ("summary", {"article": f"#{secret_id}"}, None, B_MEMBER),
        ("summary", {"article": "Zeppelin tariffs"}, None, B_MEMBER),
        ("experts", {"article": secret_id}, None, B_MEMBER),
        ("experts", {"article": "Zeppelin"}, None, B_MEMBER),
        ("sentiment", {"article": secret_id}, None, B_MEMBER),
        ("sentiment", {"article": secret_id, "topic": "zeppelin tariffs"}, None, B_MEMBER),
        ("sentiment", {"topic": "zeppelin tariffs"}, None, B_MEMBER),
        ("quotes", {"speaker": "Zelda Quarrington"}, None, B_MEMBER),
        ("quotes", {"speaker": "Quarrington"}, None, B_MEMBER),
        ("article", {"article": secret_id}, "remove", B_ADMIN),
        ("article", {"article": "Zeppelin tariffs"}, "remove", B_ADMIN),
    ]
    for name, options, subcommand, user in attempts:
        record = await double.slash(name, options, subcommand=subcommand, guild_id=b, user_id=user)
        for message in await record.replies(1):
            assert shows_nothing_of_a(visible(message)), (name, options, visible(message))
        # Summary/experts/sentiment/remove of A's article are refused, not answered about another.
        if "article" in options:
            assert_one_sentence_error((await record.replies(1))[0])

    lookups: list[tuple[str, dict[str, Any], str, str | None]] = [
        ("summary", {"article": "Zep"}, "article", None),
        ("summary", {"article": secret_id}, "article", None),
        ("experts", {"article": "zeppelin"}, "article", None),
        ("sentiment", {"article": "Zeppelin"}, "article", None),
        ("sentiment", {"topic": "zep"}, "topic", None),
        ("sentiment", {"article": "", "topic": "zep"}, "topic", None),
        ("quotes", {"speaker": "Zel"}, "speaker", None),
        ("quotes", {"speaker": "Quar"}, "speaker", None),
        ("article", {"article": "Zep"}, "article", "remove"),
        ("article", {"article": secret_id}, "article", "remove"),
    ]
    for name, options, focused, subcommand in lookups:
        choices = await double.autocomplete(
            name, options, focused, subcommand=subcommand, guild_id=b, user_id=B_ADMIN
        )
        assert not any(
            re.search(r"zeppelin|quarrington|zelda|airship", f"{c['name']} {c['value']}", re.IGNORECASE)
            for c in choices
        ), (name, choices)
        assert all(str(c["value"]) != secret_id for c in choices)

    # Server A still has its article, whole.
    record = await double.slash("summary", {"article": secret_id}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert "Zeppelin" in embed_text(await record.reply())


async def test_admin_commands_are_refused_at_run_time_without_manage_server(running_bot: Bot) -> None:
    _, double = running_bot
    secret_id, b = await two_servers(double)
    strong = 300_000_000_000_000_013
    double.add_member(GUILD_ID, strong, permissions=STRONG_BUT_NOT_MANAGER)
    double.add_member(b, strong, permissions=STRONG_BUT_NOT_MANAGER)
    # A server whose @everyone may do almost anything except manage it.
    c = new_guild_id()
    double.add_guild(c, "Server C", everyone_permissions=STRONG_BUT_NOT_MANAGER | (1 << 31) | (1 << 11))
    double.add_member(c, B_MEMBER)

    attempts: list[tuple[dict[str, Any], str, dict[str, Any] | None]] = [
        ({}, "add", {"file": ("a.txt", b"Ferry news. The ferry sailed on time.", "text/plain")}),
        ({"url": "http://127.0.0.1:9/news"}, "add", None),
        ({"title": "Pasted"}, "add", None),  # would open the paste-text modal for an admin
        ({"article": secret_id}, "remove", None),
        ({"article": "1"}, "remove", None),
    ]
    for guild, user in ((GUILD_ID, MEMBER_ID), (GUILD_ID, strong), (b, B_MEMBER), (b, strong), (c, B_MEMBER)):
        for options, subcommand, attachments in attempts:
            record: InteractionRecord = await double.slash(
                "article",
                options,
                subcommand=subcommand,
                attachments=attachments,
                guild_id=guild,
                user_id=user,
            )
            assert record.modal is None
            sentence = assert_one_sentence_error(await record.reply())
            assert "Manage Server" in sentence, sentence
    # Nothing was added or removed anywhere.
    record = await double.slash("articles", {}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    listed = embed_text(await record.reply())
    assert "Zeppelin tariffs" in listed and "Ferry news" not in listed and "Chinese SMEs" in listed


async def test_no_admin_can_remove_a_seed_article(running_bot: Bot) -> None:
    _, double = running_bot
    _, b = await two_servers(double)
    for guild, user in ((GUILD_ID, ADMIN_ID), (b, B_ADMIN)):
        for ref in ("1", "#1", "Chinese SMEs going global"):
            record = await double.slash(
                "article", {"article": ref}, subcommand="remove", guild_id=guild, user_id=user
            )
            assert "seed" in assert_one_sentence_error(await record.reply())
    record = await double.slash("articles", {}, guild_id=b, user_id=B_MEMBER)
    assert "Chinese SMEs going global" in embed_text(await record.reply())


PINGS = "@everyone @here <@123456789012345678> <@!123456789012345678> <@&876543210987654321>"


async def test_no_reply_can_mention_anyone_whatever_the_article_says(running_bot: Bot) -> None:
    _, double = running_bot
    text = (
        f"{PINGS} The harbour council met on Tuesday.\n"
        f'"{PINGS} we will cut tariffs," said Ana @everyone Ruiz, mayor of <@&876543210987654321>.\n'
        f"Critics said the @here tariffs plan was <@123456789012345678> reckless.\n"
    )
    added = await add_file(double, text, title=f"{PINGS} tariffs")
    records = [
        await double.slash("summary", {}, guild_id=GUILD_ID, user_id=MEMBER_ID),
        await double.slash("experts", {}, guild_id=GUILD_ID, user_id=MEMBER_ID),
        await double.slash("sentiment", {}, guild_id=GUILD_ID, user_id=MEMBER_ID),
        await double.slash("sentiment", {"topic": "tariffs"}, guild_id=GUILD_ID, user_id=MEMBER_ID),
        await double.slash("sentiment", {"topic": "@everyone"}, guild_id=GUILD_ID, user_id=MEMBER_ID),
        await double.slash("quotes", {"speaker": "Ana Ruiz"}, guild_id=GUILD_ID, user_id=MEMBER_ID),
        await double.slash("quotes", {"speaker": "@everyone"}, guild_id=GUILD_ID, user_id=MEMBER_ID),
        await double.slash("articles", {}, guild_id=GUILD_ID, user_id=MEMBER_ID),
        await double.slash("articles", {"query": "@everyone tariffs"}, guild_id=GUILD_ID, user_id=MEMBER_ID),
        await double.slash("summary", {"article": PINGS}, guild_id=GUILD_ID, user_id=MEMBER_ID),
        await double.slash(
            "article",
            {"article": article_id(added)},
            subcommand="remove",
            guild_id=GUILD_ID,
            user_id=ADMIN_ID,
        ),
        await double.slash(
            "article", {"article": PINGS}, subcommand="remove", guild_id=GUILD_ID, user_id=ADMIN_ID
        ),
    ]
    assert added["allowed_mentions"] == {"parse": []}
    seen = 0
    for record in records:
        await record.replies(1)
        for message in record.messages:
            assert message.get("allowed_mentions") == {"parse": []}, (record, message)
            seen += 1
    assert seen >= len(records)
