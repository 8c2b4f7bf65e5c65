"""Paginated answers: buttons for the caller only, removed on timeout; article text never pings anyone."""

from __future__ import annotations

from typing import Any

import pytest

from bot.render import pagination
from tests.discord_double import DiscordDouble, is_ephemeral
from tests.discord_double.fixtures import ADMIN_ID, GUILD_ID, MEMBER_ID

from .replies import add_file, button_ids, embed_text

Bot = tuple[Any, DiscordDouble]


async def fill_library(bot: Any, count: int) -> None:
    # Arranged through the library directly: the add command is rate-limited per user.
    for n in range(count):
        await bot.library.add_text(
            f"Story number {n} is about the harbour and its ferries. It has three sentences, which makes"
            " it long enough for the library. The last one names nobody at all.",
            guild_id=GUILD_ID,
            title=f"Harbour story {n:02d}",
            source=None,
            added_by=ADMIN_ID,
        )


async def test_a_long_list_pages_forward_for_its_caller_only(running_bot: Bot) -> None:
    bot, double = running_bot
    await fill_library(bot, 14)  # with the seed, 15 articles: two pages of ten
    record = await double.slash("articles", {}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    first = await record.reply()
    assert first["embeds"][0]["footer"]["text"].endswith("Page 1/2")
    assert "Harbour story 13" in embed_text(first)
    buttons = button_ids(first)
    assert set(buttons) == {"◀", "▶"}

    stranger = await double.click(first, buttons["▶"], guild_id=GUILD_ID, user_id=ADMIN_ID)
    refusal = await stranger.reply()
    assert is_ephemeral(refusal)
    assert "Only the person who ran this command" in refusal["content"]
    assert double.messages[int(first["id"])]["embeds"] == first["embeds"]  # still on page 1

    pressed = await double.click(first, buttons["▶"], guild_id=GUILD_ID, user_id=MEMBER_ID)
    second = await pressed.reply()
    assert second["embeds"][0]["footer"]["text"].endswith("Page 2/2")
    assert "Chinese SMEs going global" in embed_text(second)  # the oldest article, on the last page
    assert "Harbour story 13" not in embed_text(second)

    back = await double.click(second, buttons["◀"], guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert (await back.reply())["embeds"][0]["footer"]["text"].endswith("Page 1/2")


async def test_page_buttons_are_removed_when_they_time_out(
    running_bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot, double = running_bot
    monkeypatch.setattr(pagination, "PAGE_TIMEOUT", 0.2)
    await fill_library(bot, 12)
    record = await double.slash("articles", {}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    first, edited = await record.replies(2)
    assert button_ids(first)
    assert edited["id"] == first["id"]
    assert not button_ids(edited)
    assert edited["embeds"] == first["embeds"]  # the page stays readable


async def test_search_finds_articles_by_their_text(running_bot: Bot) -> None:
    bot, double = running_bot
    await fill_library(bot, 2)
    record = await double.slash("articles", {"query": "ferries"}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    text = embed_text(await record.reply())
    assert "Harbour story 00" in text and "Harbour story 01" in text
    assert "Chinese SMEs" not in text
    record = await double.slash("articles", {"query": "zeppelin"}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert "No article" in embed_text(await record.reply())


async def test_search_results_page_forward_each_page_with_its_matched_passages(running_bot: Bot) -> None:
    bot, double = running_bot
    await fill_library(bot, 14)
    record = await double.slash("articles", {"query": "ferries"}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    first = await record.reply()
    footer = first["embeds"][0]["footer"]["text"]
    assert footer.startswith("Matches: 14 in all") and footer.endswith("Page 1/2")
    shown_first = embed_text(first)
    assert shown_first.count("**ferries**") == 10  # ten hits, each under its matched passage
    pressed = await double.click(first, button_ids(first)["▶"], guild_id=GUILD_ID, user_id=MEMBER_ID)
    second = await pressed.reply()
    assert second["embeds"][0]["footer"]["text"].endswith("Page 2/2")
    shown_second = embed_text(second)
    assert shown_second.count("**ferries**") == 4  # the passages of this page, made when it is shown
    titles = {f"Harbour story {n:02d}" for n in range(14)}
    assert {t for t in titles if t in shown_first} | {t for t in titles if t in shown_second} == titles
    assert not {t for t in titles if t in shown_first} & {t for t in titles if t in shown_second}


async def test_article_text_can_never_ping_anyone(running_bot: Bot) -> None:
    _, double = running_bot
    text = (
        "@everyone look: the council met <@123> and <@&456> on Tuesday about @here the budget.\n"
        "The council approved the budget for the harbour.\n"
    )
    added = await add_file(double, text, title="@everyone budget <@123>")
    assert added["allowed_mentions"] == {"parse": []}
    record = await double.slash("summary", {}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    message = await record.reply()
    shown = embed_text(message)
    # The words are shown as written (nothing escaped into noise), and pinging is switched off.
    assert "@everyone" in shown and "<@123>" in shown
    assert message["allowed_mentions"] == {"parse": []}
    record = await double.slash("articles", {}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert (await record.reply())["allowed_mentions"] == {"parse": []}
