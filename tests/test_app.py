"""The real bot against the loopback Discord: login, ready, command sync, error answers, reconnects."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import discord
import pytest
from discord import app_commands

import bot as bot_package
from bot.app import NewsdeskBot
from bot.errors import InputError, NotFoundError
from tests.discord_double import eventually, is_ephemeral
from tests.discord_double.fixtures import ADMIN_ID, GUILD_ID, MEMBER_ID, SEEDS

ROOT = Path(__file__).resolve().parents[1]


class DateOnly(app_commands.Transformer):
    async def transform(self, interaction: discord.Interaction, value: str) -> str:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise InputError(f"“{value}” is not a date like 2024-05-01.")
        return value


async def add_failing_commands(bot: NewsdeskBot) -> None:
    """Test-only commands that fail in each way a real command can."""

    @app_commands.command(name="fail-user", description="Raises a user-facing error")
    async def fail_user(interaction: discord.Interaction) -> None:
        raise NotFoundError("No article in this server matches “@everyone”.")

    @app_commands.command(name="fail-bug", description="Raises an unexpected exception")
    async def fail_bug(interaction: discord.Interaction) -> None:
        raise RuntimeError("database exploded")

    @app_commands.command(name="fail-late", description="Defers, then raises a user-facing error")
    async def fail_late(interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        raise InputError("That file is not UTF-8 text.")

    @app_commands.command(name="fail-late-private", description="Defers privately, then raises")
    async def fail_late_private(interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        raise InputError("That file is not UTF-8 text.")

    @app_commands.command(name="fail-transform", description="Takes a date")
    async def fail_transform(
        interaction: discord.Interaction, when: app_commands.Transform[str, DateOnly]
    ) -> None:
        await interaction.response.send_message(when)

    @app_commands.command(name="fail-perm", description="Needs Manage Server")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def fail_perm(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("done", ephemeral=True)

    @app_commands.command(name="fail-cooldown", description="Once a minute")
    @app_commands.checks.cooldown(1, 60.0)
    async def fail_cooldown(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("done", ephemeral=True)

    for command in (
        fail_user,
        fail_bug,
        fail_late,
        fail_late_private,
        fail_transform,
        fail_perm,
        fail_cooldown,
    ):
        bot.tree.add_command(command)


@pytest.fixture
async def failing_bot(bot_factory, discord_double):
    bot = await bot_factory(setup=add_failing_commands)
    return bot, discord_double


def assert_one_private_sentence(message: dict) -> str:
    content = message["content"]
    assert is_ephemeral(message)
    assert message["embeds"] == []
    assert "\n" not in content and content.endswith((".", "!", "?"))
    assert message["allowed_mentions"] == {"parse": []}
    return content


# --- starting up ----------------------------------------------------------------------------------


async def test_bot_logs_in_identifies_without_privileged_intents_and_becomes_ready(running_bot):
    bot, double = running_bot
    assert bot.is_ready()
    assert bot.get_guild(GUILD_ID) is not None
    intents = discord.Intents._from_value(double.gateway.identifies[-1]["intents"])
    assert not (intents.members or intents.presences or intents.message_content)
    assert double.unknown_requests == []


async def test_commands_are_synced_globally_with_their_options_and_admin_default(running_bot):
    _, double = running_bot
    assert double.sync_calls[-1][0] is None
    synced = {c["name"]: c for c in double.synced_commands()}
    assert {"summary", "experts", "sentiment", "quotes", "articles", "article"} <= set(synced)
    manage_guild = discord.Permissions(manage_guild=True).value
    assert int(synced["article"]["default_member_permissions"]) == manage_guild
    assert {o["name"] for o in synced["article"]["options"]} == {"add", "remove"}
    assert all(synced[name]["default_member_permissions"] is None for name in ("summary", "articles"))


async def test_with_a_development_server_commands_sync_to_it_and_answer_there(bot_factory, discord_double):
    await bot_factory(dev_guild_id=GUILD_ID)
    assert discord_double.sync_calls[-1][0] == GUILD_ID
    assert "summary" in {c["name"] for c in discord_double.synced_commands(GUILD_ID)}
    record = await discord_double.slash("articles", guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert (await record.reply())["embeds"]


async def test_seed_articles_are_in_the_library_once_ready(running_bot):
    _, double = running_bot
    titles = [json.loads(p.read_text(encoding="utf-8"))["title"] for p in SEEDS.glob("*.json")]
    assert titles, "seeds/ should hold at least one article with a title"
    record = await double.slash("articles", guild_id=GUILD_ID, user_id=MEMBER_ID)
    embed = (await record.reply())["embeds"][0]
    shown = json.dumps(embed, ensure_ascii=False)
    assert all(title in shown for title in titles)


async def test_a_broken_extension_is_logged_and_the_others_still_load(
    bot_factory, discord_double, tmp_path, monkeypatch, caplog
):
    (tmp_path / "broken_cog_for_test.py").write_text(
        "async def setup(bot):\n    raise RuntimeError('broken on purpose')\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    from bot import app

    real = app.extension_names()
    monkeypatch.setattr(app, "extension_names", lambda: ["broken_cog_for_test", *real])
    with caplog.at_level(logging.ERROR, logger="bot.app"):
        bot = await bot_factory()
    assert bot.failed_extensions == ["broken_cog_for_test"]
    failures = [r for r in caplog.records if "broken_cog_for_test" in r.getMessage()]
    assert failures and failures[0].exc_info is not None
    assert "summary" in {c["name"] for c in discord_double.synced_commands()}


def test_create_bot_is_exported_lazily_and_reads_settings_when_none_are_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSDESK_DB", str(tmp_path / "lazy.db"))
    created = bot_package.create_bot()
    assert isinstance(created, NewsdeskBot)
    assert created.settings.db_path == tmp_path / "lazy.db"
    assert created.allowed_mentions is not None and created.allowed_mentions.everyone is False


def test_importing_the_cli_does_not_import_discord():
    code = "import sys, bot, bot.cli; print('discord' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "False"


# --- errors come back as one private sentence ----------------------------------------------------


async def test_a_user_error_is_answered_privately_with_its_sentence_and_pings_nobody(failing_bot):
    _, double = failing_bot
    record = await double.slash("fail-user", guild_id=GUILD_ID, user_id=MEMBER_ID)
    content = assert_one_private_sentence(await record.reply())
    assert content == "No article in this server matches “@everyone”."


async def test_an_unexpected_error_is_logged_with_an_id_and_the_user_gets_an_apology(failing_bot, caplog):
    _, double = failing_bot
    with caplog.at_level(logging.ERROR, logger="bot.app"):
        record = await double.slash("fail-bug", guild_id=GUILD_ID, user_id=MEMBER_ID)
        content = assert_one_private_sentence(await record.reply())
    assert "database exploded" not in content
    error_id = re.search(r"error ([0-9a-f]{8})", content).group(1)
    logged = [r for r in caplog.records if error_id in r.getMessage()]
    assert logged and logged[0].exc_info is not None and "database exploded" in str(logged[0].exc_info[1])


async def test_an_error_after_a_public_defer_is_still_private_and_the_thinking_message_goes(failing_bot):
    _, double = failing_bot
    record = await double.slash("fail-late", guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert record.callbacks[0]["type"] == 5  # "Newsdesk is thinking…", visible to everyone
    message = await record.reply()
    assert assert_one_private_sentence(message) == "That file is not UTF-8 text."
    assert len(record.deleted) == 1 and int(message["id"]) not in record.deleted
    assert record.rejections == []


async def test_an_error_after_a_private_defer_replaces_the_thinking_message(failing_bot):
    _, double = failing_bot
    record = await double.slash("fail-late-private", guild_id=GUILD_ID, user_id=MEMBER_ID)
    content = assert_one_private_sentence(await record.reply())
    assert content == "That file is not UTF-8 text."
    assert record.deleted == []


async def test_a_bad_option_value_from_a_transformer_is_one_sentence(failing_bot):
    _, double = failing_bot
    record = await double.slash(
        "fail-transform", {"when": "yesterday-ish"}, guild_id=GUILD_ID, user_id=MEMBER_ID
    )
    content = assert_one_private_sentence(await record.reply())
    assert content == "“yesterday-ish” is not a date like 2024-05-01."


async def test_when_even_the_error_answer_fails_it_is_logged_not_raised(failing_bot, caplog):
    _, double = failing_bot
    double.ack_deadline = 0  # every answer arrives too late: Discord has forgotten the interaction
    try:
        with caplog.at_level(logging.WARNING, logger="bot.app"):
            record = await double.slash("fail-user", guild_id=GUILD_ID, user_id=MEMBER_ID, wait=False)
            with pytest.raises(AssertionError, match="Unknown interaction"):
                await record.reply()
            await eventually(lambda: any("could not send an error" in r.getMessage() for r in caplog.records))
    finally:
        double.ack_deadline = None
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_a_missing_permission_is_named_in_one_sentence(failing_bot):
    _, double = failing_bot
    record = await double.slash("fail-perm", guild_id=GUILD_ID, user_id=MEMBER_ID)
    content = assert_one_private_sentence(await record.reply())
    assert content == "You need the Manage Server permission to do that."
    allowed = await double.slash("fail-perm", guild_id=GUILD_ID, user_id=ADMIN_ID)
    assert (await allowed.reply())["content"] == "done"


async def test_a_cooldown_says_when_to_try_again(failing_bot):
    _, double = failing_bot
    first = await double.slash("fail-cooldown", guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert (await first.reply())["content"] == "done"
    second = await double.slash("fail-cooldown", guild_id=GUILD_ID, user_id=MEMBER_ID)
    content = assert_one_private_sentence(await second.reply())
    assert re.fullmatch(r"You are going too fast: try again in \d+ s\.", content)


async def test_a_permission_the_bot_lacks_is_named_in_one_sentence(running_bot):
    _, double = running_bot
    guild_id, owner_id = 300_000_000_000_000_011, 300_000_000_000_000_012
    no_embeds = discord.Permissions(view_channel=True, send_messages=True, use_application_commands=True)
    double.add_guild(
        guild_id,
        "Text-only newsroom",
        owner_id=owner_id,
        bot_permissions=no_embeds.value,
        everyone_permissions=no_embeds.value,
    )
    record = await double.slash("articles", guild_id=guild_id, user_id=owner_id)
    content = assert_one_private_sentence(await record.reply())
    assert content == "I need the Embed Links permission here to do that."


# --- staying connected ----------------------------------------------------------------------------


async def test_after_a_dropped_connection_the_bot_resumes_and_answers(running_bot):
    _, double = running_bot
    identifies = len(double.gateway.identifies)
    await double.drop_gateway()
    assert len(double.gateway.identifies) == identifies  # resumed, not a fresh login
    record = await double.slash("articles", guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert (await record.reply())["embeds"]


async def test_a_command_sent_while_disconnected_is_answered_after_the_resume(running_bot):
    _, double = running_bot
    await double.drop_gateway(wait=False)
    record = await double.slash("articles", guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert (await record.reply())["embeds"]


async def test_the_bot_follows_a_reconnect_request(running_bot):
    _, double = running_bot
    await double.request_reconnect()
    record = await double.slash("articles", guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert (await record.reply())["embeds"]


@pytest.mark.slow  # discord.py waits 5 s before identifying again, on purpose
async def test_after_an_invalidated_session_the_bot_logs_in_again_and_answers(running_bot):
    bot, double = running_bot
    ready_again = asyncio.ensure_future(bot.wait_for("ready"))
    await double.invalidate_session()
    await asyncio.wait_for(ready_again, 10)
    record = await double.slash("articles", guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert (await record.reply())["embeds"]
    assert bot.get_guild(GUILD_ID) is not None


async def test_a_server_joined_while_running_can_use_the_bot_at_once(running_bot):
    bot, double = running_bot
    guild_id, owner_id = 300_000_000_000_000_001, 300_000_000_000_000_002
    double.add_guild(guild_id, "Second newsroom", owner_id=owner_id)
    record = await double.slash("articles", guild_id=guild_id, user_id=owner_id)
    assert (await record.reply())["embeds"]
    assert bot.get_guild(guild_id) is not None


def test_starting_the_bot_logs_nothing_about_voice(tmp_path):
    code = (
        "import logging; logging.basicConfig(level=logging.INFO); "
        "from bot.app import create_bot; create_bot()"
    )
    env = {**os.environ, "NEWSDESK_DB": str(tmp_path / "lib.db")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path, env=env
    )
    assert "voice" not in result.stderr.lower() and "PyNaCl" not in result.stderr, result.stderr
