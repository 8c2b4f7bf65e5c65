"""/summary, /experts, /sentiment and /quotes answered from the seed article, through the real client."""

from __future__ import annotations

import time
from typing import Any

import pytest

from cogs.sentiment import LIBRARY_WIDE
from tests.discord_double import DiscordDouble, is_ephemeral
from tests.discord_double.fixtures import ADMIN_ID, GUILD_ID, MEMBER_ID
from tests.discord_double.payloads import DISCORD_EPOCH_MS

from .replies import PNG_MAGIC, assert_one_sentence_error, button_ids, embed_text

SEED_TITLE = "Chinese SMEs going global"
Bot = tuple[Any, DiscordDouble]


async def test_summary_of_the_most_recent_article(running_bot: Bot) -> None:
    _, double = running_bot
    record = await double.slash("summary", {}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    message = await record.reply()
    assert not is_ephemeral(message)
    text = embed_text(message)
    assert SEED_TITLE in text
    assert "reduced by" in text.lower()
    assert "China Daily" in text
    assert message["allowed_mentions"] == {"parse": []}


async def test_summary_length_follows_the_sentences_option(running_bot: Bot) -> None:
    _, double = running_bot
    record = await double.slash(
        "summary", {"article": "1", "sentences": 5}, guild_id=GUILD_ID, user_id=MEMBER_ID
    )
    fields = {f["name"]: f["value"] for f in (await record.reply())["embeds"][0]["fields"]}
    assert fields["Sentences"] == "5"


async def test_experts_names_the_people_quoted_with_their_roles(running_bot: Bot) -> None:
    _, double = running_bot
    record = await double.slash("experts", {"article": "1"}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    message = await record.reply()
    text = embed_text(message)
    # Everyone quoted fits one page: no page buttons, no "Page 1/2", the unnamed sources on it too.
    assert button_ids(message) == {} and "Page" not in message["embeds"][0]["footer"]["text"]
    assert "Unnamed sources" in text
    assert "Martin Cauchon" in text
    assert "minister of justice" in text
    assert "Wang Yiwu" in text
    assert "director" in text.lower()
    assert "CSR is among the most important issues" in text


async def test_sentiment_shows_topics_with_an_attached_chart(running_bot: Bot) -> None:
    _, double = running_bot
    record = await double.slash("sentiment", {}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    message = await record.reply()
    assert record.deferred  # the chart is drawn after a "thinking…" acknowledgement
    embed = message["embeds"][0]
    assert embed["image"]["url"] == "attachment://sentiment.png"
    assert "polarity" in embed["description"]
    (png,) = message["files"]
    assert png["filename"] == "sentiment.png"
    assert png["data"].startswith(PNG_MAGIC)


async def test_sentiment_on_one_topic_of_an_article(running_bot: Bot) -> None:
    _, double = running_bot
    choices = await double.autocomplete(
        "sentiment", {"article": "1"}, "topic", guild_id=GUILD_ID, user_id=MEMBER_ID
    )
    assert choices, "the seed article has topics to offer"
    topic = choices[0]["value"]
    record = await double.slash(
        "sentiment", {"article": "1", "topic": topic}, guild_id=GUILD_ID, user_id=MEMBER_ID
    )
    embed = (await record.reply())["embeds"][0]
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert topic in embed["title"]
    assert {"Polarity", "Subjectivity"} <= set(fields)


async def test_sentiment_on_a_topic_across_the_library(running_bot: Bot) -> None:
    _, double = running_bot
    record = await double.slash(
        "sentiment", {"topic": "Chinese enterprises"}, guild_id=GUILD_ID, user_id=MEMBER_ID
    )
    message = await record.reply()
    embed = message["embeds"][0]
    assert "across this server's library" in embed["title"]
    assert SEED_TITLE in embed["description"]
    assert message["files"][0]["data"].startswith(PNG_MAGIC)


async def test_unknown_topic_is_one_private_sentence(running_bot: Bot) -> None:
    _, double = running_bot
    record = await double.slash(
        "sentiment", {"article": "1", "topic": "zeppelins"}, guild_id=GUILD_ID, user_id=MEMBER_ID
    )
    (error,) = await record.replies(1)
    assert "zeppelins" in assert_one_sentence_error(error)
    assert record.deleted  # the public "thinking…" message went away


async def test_quotes_of_a_speaker_across_the_library(running_bot: Bot) -> None:
    _, double = running_bot
    record = await double.slash("quotes", {"speaker": "Martin Cauchon"}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    message = await record.reply()
    text = embed_text(message)
    assert "What Martin Cauchon said" in text
    assert "CSR is among the most important issues" in text
    assert SEED_TITLE in text


async def test_unknown_article_is_one_private_sentence(running_bot: Bot) -> None:
    _, double = running_bot
    record = await double.slash("summary", {"article": "xyzzy"}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert "xyzzy" in assert_one_sentence_error(await record.reply())


async def test_unknown_speaker_is_one_private_sentence(running_bot: Bot) -> None:
    _, double = running_bot
    record = await double.slash("quotes", {"speaker": "Nobody Atall"}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert "Nobody Atall" in assert_one_sentence_error(await record.reply())


async def test_article_autocomplete_offers_titles_with_ids(running_bot: Bot) -> None:
    _, double = running_bot
    empty = await double.autocomplete("summary", {}, "article", guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert {"name": SEED_TITLE, "value": "1"} in empty
    typed = await double.autocomplete(
        "experts", {"article": "smes"}, "article", guild_id=GUILD_ID, user_id=MEMBER_ID
    )
    assert [c["value"] for c in typed] == ["1"]
    none = await double.autocomplete(
        "experts", {"article": "zzzz"}, "article", guild_id=GUILD_ID, user_id=MEMBER_ID
    )
    assert none == []


async def test_speaker_autocomplete_offers_the_quoted_people(running_bot: Bot) -> None:
    _, double = running_bot
    empty = await double.autocomplete("quotes", {}, "speaker", guild_id=GUILD_ID, user_id=MEMBER_ID)
    names = [c["value"] for c in empty]
    assert "Martin Cauchon" in names and "Wang Yiwu" in names
    assert len(empty) <= 25
    typed = await double.autocomplete(
        "quotes", {"speaker": "wan"}, "speaker", guild_id=GUILD_ID, user_id=MEMBER_ID
    )
    assert [c["value"] for c in typed] == ["Wang Yiwu"]


async def test_topic_autocomplete_from_the_article_or_the_library(running_bot: Bot) -> None:
    bot, double = running_bot
    stored = await bot.library.resolve("1", guild_id=GUILD_ID)
    phrases = {t.phrase for t in stored.analysis.topics}
    of_article = await double.autocomplete(
        "sentiment", {"article": "1"}, "topic", guild_id=GUILD_ID, user_id=MEMBER_ID
    )
    assert of_article and len(of_article) <= 25
    assert {c["value"] for c in of_article} <= phrases
    of_library = await double.autocomplete("sentiment", {}, "topic", guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert of_library and len(of_library) <= 25
    assert all(len(c["name"]) <= 100 for c in of_article + of_library)


async def test_without_embed_links_the_bot_says_what_it_needs(running_bot: Bot) -> None:
    _, double = running_bot
    from tests.discord_double import EVERYONE_PERMISSIONS
    from tests.discord_double.fixtures import new_guild_id

    embed_links = 1 << 14
    guild = new_guild_id()
    double.add_guild(guild, "No embeds", bot_permissions=EVERYONE_PERMISSIONS & ~embed_links)
    # Taken from @everyone as well, or the bot would still have it through that role.
    double.guilds[guild].roles[guild]["permissions"] = str(EVERYONE_PERMISSIONS & ~embed_links)
    double.add_member(guild, MEMBER_ID)
    record = await double.slash("summary", {}, guild_id=guild, user_id=MEMBER_ID)
    assert "Embed Links" in assert_one_sentence_error(await record.reply())


async def test_a_topic_no_article_mentions_is_answered_privately(running_bot: Bot) -> None:
    _, double = running_bot
    record = await double.slash("sentiment", {"topic": "zeppelins"}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    await record.wait_callback()
    assert record.deferred
    (error,) = [m for m in await record.replies(1) if m.get("content")]
    assert "zeppelins" in assert_one_sentence_error(error)
    # The public "thinking…" message does not linger in the channel.
    assert record.deleted


async def test_library_wide_sentiment_is_rate_limited_per_user(running_bot: Bot) -> None:
    _, double = running_bot
    for _ in range(LIBRARY_WIDE.rate):
        record = await double.slash(
            "sentiment", {"topic": "Chinese enterprises"}, guild_id=GUILD_ID, user_id=MEMBER_ID
        )
        assert not is_ephemeral(await record.reply())
    record = await double.slash(
        "sentiment", {"topic": "Chinese enterprises"}, guild_id=GUILD_ID, user_id=MEMBER_ID
    )
    assert "try again in" in assert_one_sentence_error(await record.reply())
    # One article's sentiment is cheap and stays available.
    record = await double.slash("sentiment", {"article": "1"}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert not is_ephemeral(await record.reply())


async def test_autocomplete_answers_nothing_rather_than_failing(
    running_bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot, double = running_bot

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("database is locked")

    monkeypatch.setattr(bot.library, "autocomplete_articles", broken)
    monkeypatch.setattr(bot.library, "autocomplete_speakers", broken)
    assert await double.autocomplete("summary", {}, "article", guild_id=GUILD_ID, user_id=MEMBER_ID) == []
    assert await double.autocomplete("quotes", {}, "speaker", guild_id=GUILD_ID, user_id=MEMBER_ID) == []


async def test_long_titles_are_cut_to_discords_choice_limit(running_bot: Bot) -> None:
    bot, double = running_bot
    title = "A very long headline about harbours, ferries and the people who run them " * 4
    await bot.library.add_text(
        "The ferry ran on time. Nobody complained. The harbour master said the new timetable would"
        " stay in place for the rest of the summer.",
        guild_id=GUILD_ID,
        title=title,
        source=None,
        added_by=None,
    )
    choices = await double.autocomplete("summary", {}, "article", guild_id=GUILD_ID, user_id=MEMBER_ID)
    long = next(c for c in choices if c["name"].startswith("A very long headline"))
    assert len(long["name"]) <= 100 and long["name"].endswith("…")


async def late_slash(
    double: DiscordDouble,
    name: str,
    *,
    sent_seconds_ago: float,
    subcommand: str | None = None,
    user_id: int = MEMBER_ID,
) -> Any:
    """/name as Discord delivers it to a bot that only gets to it `sent_seconds_ago` after it was sent
    (a burst of commands on a busy server): the interaction's id carries the time it was sent."""
    data = double._command_data(name, {}, guild_id=GUILD_ID, subcommand=subcommand, attachments=None)
    payload = double._interaction_payload(2, data, guild_id=GUILD_ID, user_id=user_id, channel_id=None)
    sent_ms = int((time.time() - sent_seconds_ago) * 1000) - DISCORD_EPOCH_MS
    payload["id"] = str((sent_ms << 22) | 1)
    return await double._send(payload, wait=True, timeout=10)


async def test_a_command_that_starts_late_shows_thinking_first_then_its_answer(running_bot: Bot) -> None:
    _, double = running_bot
    late = await late_slash(double, "summary", sent_seconds_ago=2.0)
    answer = await late.reply()
    assert [c["type"] for c in late.callbacks] == [5]  # "thinking…" at once: the answer gets 15 minutes
    assert SEED_TITLE in embed_text(answer) and not is_ephemeral(answer)
    on_time = await double.slash("summary", {}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    await on_time.reply()
    assert [c["type"] for c in on_time.callbacks] == [4]  # no needless "thinking…" for a prompt one
    # A command that may answer with a form still can, late or not: a form cannot follow "thinking…".
    form = await late_slash(double, "article", subcommand="add", user_id=ADMIN_ID, sent_seconds_ago=2.0)
    assert [c["type"] for c in form.callbacks] == [9] and form.modal is not None
