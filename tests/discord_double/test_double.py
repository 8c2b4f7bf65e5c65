"""The double behaves like Discord where tests depend on it: payload shapes, limits, components, modals, files."""

from __future__ import annotations

import aiohttp
import discord
import pytest
from discord import app_commands

from .fixtures import ADMIN_ID, GUILD_ID, MEMBER_ID, TOKEN
from .records import is_ephemeral


class Ask(discord.ui.Modal, title="Add a note"):
    note: discord.ui.TextInput = discord.ui.TextInput(label="Note", max_length=50)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"noted: {self.note.value}", ephemeral=True)


class Counter(discord.ui.View):
    @discord.ui.button(label="Count", custom_id="count")
    async def count(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.edit_message(content=f"clicked by {interaction.user.id}", view=None)


async def add_probe_commands(bot) -> None:
    @app_commands.command(name="probe-echo", description="Echo options")
    async def echo(
        interaction: discord.Interaction,
        text: str,
        count: app_commands.Range[int, 1, 5] = 1,
        file: discord.Attachment | None = None,
    ) -> None:
        attached = (await file.read()).decode() if file else ""
        perms = interaction.permissions.manage_guild
        await interaction.response.send_message(f"{text * count}|{attached}|{perms}")

    @app_commands.command(name="probe-long", description="Too long a message")
    async def long(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("x" * 2001)

    @app_commands.command(name="probe-upload", description="Sends a file after a defer")
    async def upload(interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True)
        await interaction.followup.send(
            "chart", file=discord.File(__import__("io").BytesIO(b"PNG!"), "chart.png")
        )

    @app_commands.command(name="probe-view", description="Sends a button")
    async def view(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("press it", view=Counter(timeout=60))

    @app_commands.command(name="probe-modal", description="Opens a modal")
    async def modal(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(Ask())

    @app_commands.command(name="probe-pick", description="Autocompletes a topic")
    async def pick(interaction: discord.Interaction, topic: str) -> None:
        await interaction.response.send_message(topic)

    @pick.autocomplete("topic")
    async def pick_topic(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        if current == "many":
            return [app_commands.Choice(name=f"topic {i}", value=f"t{i}") for i in range(30)]
        return [
            app_commands.Choice(name=t, value=t) for t in ("economy", "energy", "elections") if current in t
        ]

    for command in (echo, long, upload, view, modal, pick):
        bot.tree.add_command(command)


@pytest.fixture
async def probe(bot_factory, discord_double):
    await bot_factory(setup=add_probe_commands)
    return discord_double


async def test_rest_answers_are_plain_application_json(discord_double):
    headers = {"Authorization": f"Bot {TOKEN}"}
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{discord_double.api_base}/users/@me", headers=headers) as r,
    ):
        assert r.headers["Content-Type"] == "application/json"
        assert (await r.json())["id"] == str(discord_double.bot_user_id)
    async with aiohttp.ClientSession() as session, session.get(f"{discord_double.api_base}/nowhere") as r:
        assert r.status in (401, 404)


async def test_options_permissions_and_attachments_reach_the_command(probe):
    file = ("note.txt", b"attached text", "text/plain")
    record = await probe.slash(
        "probe-echo",
        {"text": "ab", "count": 2},
        attachments={"file": file},
        guild_id=GUILD_ID,
        user_id=ADMIN_ID,
    )
    assert (await record.reply())["content"] == "abab|attached text|True"
    record = await probe.slash("probe-echo", {"text": "x"}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert (await record.reply())["content"] == "x||False"


async def test_what_discords_client_would_not_send_is_refused_in_the_test(probe):
    with pytest.raises(ValueError, match="required"):
        await probe.slash("probe-echo", {}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    with pytest.raises(ValueError, match=r"1\.\.5"):
        await probe.slash("probe-echo", {"text": "x", "count": 9}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    with pytest.raises(ValueError, match="unknown option"):
        await probe.slash("probe-echo", {"text": "x", "colour": 1}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    with pytest.raises(LookupError, match="never synced"):
        await probe.slash("no-such-command", guild_id=GUILD_ID, user_id=MEMBER_ID)


async def test_a_message_discord_would_refuse_fails_the_reply_with_the_reason(probe):
    record = await probe.slash("probe-long", guild_id=GUILD_ID, user_id=MEMBER_ID, wait=False)
    with pytest.raises(AssertionError, match="2000 or fewer"):
        await record.reply()


async def test_files_after_a_defer_arrive_with_their_bytes_and_the_defers_privacy(probe):
    record = await probe.slash("probe-upload", guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert record.callbacks[0]["type"] == 5
    message = await record.reply()
    assert is_ephemeral(message)
    assert message["content"] == "chart"
    assert message["files"] == [{"filename": "chart.png", "content_type": "image/png", "data": b"PNG!"}]


async def test_a_button_click_reaches_the_view_and_updates_the_message(probe):
    record = await probe.slash("probe-view", guild_id=GUILD_ID, user_id=MEMBER_ID)
    message = await record.reply()
    click = await probe.click(message, "count", guild_id=GUILD_ID, user_id=MEMBER_ID)
    updated = await click.reply()
    assert updated["id"] == message["id"]
    assert updated["content"] == f"clicked by {MEMBER_ID}"
    assert updated["components"] == []


async def test_a_modal_opens_and_its_submission_reaches_the_bot(probe):
    record = await probe.slash("probe-modal", guild_id=GUILD_ID, user_id=MEMBER_ID)
    modal = await record.wait_modal()
    assert modal["title"] == "Add a note"
    with pytest.raises(ValueError, match="required"):
        await probe.submit_modal(modal["custom_id"], {}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    submitted = await probe.submit_modal(
        modal["custom_id"], {modal_input_id(modal): "hello"}, guild_id=GUILD_ID, user_id=MEMBER_ID
    )
    assert (await submitted.reply())["content"] == "noted: hello"


def modal_input_id(modal: dict) -> str:
    row = modal["components"][0]
    component = row.get("component") or row["components"][0]
    return component["custom_id"]


async def test_a_wrong_token_cannot_log_in(bot_factory, discord_double):
    discord_double.valid_tokens = {"some-other-token"}
    try:
        with pytest.raises(discord.LoginFailure):
            await bot_factory()
    finally:
        discord_double.valid_tokens = None


async def test_autocomplete_returns_the_bots_choices_and_more_than_25_are_refused(probe):
    choices = await probe.autocomplete(
        "probe-pick", {"topic": "en"}, "topic", guild_id=GUILD_ID, user_id=MEMBER_ID
    )
    assert choices == [{"name": "energy", "value": "energy"}]
    with pytest.raises(AssertionError, match="25 or fewer"):
        await probe.autocomplete(
            "probe-pick", {"topic": "many"}, "topic", guild_id=GUILD_ID, user_id=MEMBER_ID
        )
