"""The real bot against the loopback Discord: login, identify, ready, command sync, errors, reconnects."""

from __future__ import annotations

import discord

from tests.discord_double.fixtures import GUILD_ID, MEMBER_ID


async def test_bot_logs_in_identifies_without_privileged_intents_and_becomes_ready(running_bot):
    bot, double = running_bot
    assert bot.is_ready()
    assert bot.get_guild(GUILD_ID) is not None
    intents = discord.Intents._from_value(double.gateway.identifies[-1]["intents"])
    assert not (intents.members or intents.presences or intents.message_content)
    assert double.unknown_requests == []


async def test_commands_are_synced_globally_with_their_options(running_bot):
    _, double = running_bot
    synced = {c["name"]: c for c in double.synced_commands()}
    assert {"summary", "experts", "sentiment", "quotes", "articles", "article"} <= set(synced)
    assert (
        int(synced["article"]["default_member_permissions"]) == discord.Permissions(manage_guild=True).value
    )
    subcommands = {o["name"] for o in synced["article"]["options"]}
    assert subcommands == {"add", "remove"}


async def test_a_command_answers_after_the_gateway_drops(running_bot):
    _, double = running_bot
    await double.drop_gateway()
    record = await double.slash("articles", guild_id=GUILD_ID, user_id=MEMBER_ID)
    message = await record.reply()
    assert message["embeds"] or message["content"]
