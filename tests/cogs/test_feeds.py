"""/feed through the loopback Discord, with feeds served on 127.0.0.1: following, announcing each new
article once in the right channel, refusals, failing feeds, two servers, and a restart mid-poll."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.feed_poller import FeedPoller
from bot.feeds import FeedService
from bot.library import Library
from tests.discord_double import DiscordDouble, is_ephemeral
from tests.discord_double.fixtures import ADMIN_ID, GUILD_ID, MEMBER_ID, BotFactory, new_guild_id
from tests.discord_double.payloads import snowflake, text_channel
from tests.discord_double.waiting import eventually
from tests.feeds.feedsite import STORIES, FeedSite, Gate, serve

from .replies import assert_one_sentence_error, embed_text

MANAGE_GUILD = 1 << 5
# The background poller looks once at start, then not again during a test, unless a test asks for it.
QUIET = {"url_allowlist": ("127.0.0.1",), "feed_check_seconds": 3600.0, "fetch_timeout": 5.0}


@pytest_asyncio.fixture(loop_scope="session")  # on the loop the bot and the double run on
async def site() -> AsyncIterator[FeedSite]:
    async with serve(FeedSite()) as running:
        yield running


def general(double: DiscordDouble, guild_id: int = GUILD_ID) -> int:
    return int(double.guilds[guild_id].channels[0]["id"])


Posted = Callable[[int], list[dict[str, Any]]]


@pytest.fixture
def posted(discord_double: DiscordDouble) -> Posted:
    """`posted(channel_id)`: the messages the bot posted there on its own (not answers to commands)
    during this test (the double lives for the whole session)."""
    before = set(discord_double.messages)

    def in_channel(channel_id: int) -> list[dict[str, Any]]:
        return [
            m
            for message_id, m in discord_double.messages.items()
            if message_id not in before and int(m["channel_id"]) == channel_id and m.get("webhook_id") is None
        ]

    return in_channel


async def follow(
    double: DiscordDouble, url: str, *, guild_id: int = GUILD_ID, **options: Any
) -> dict[str, Any]:
    record = await double.slash(
        "feed", {"url": url, **options}, subcommand="add", guild_id=guild_id, user_id=ADMIN_ID
    )
    return await record.reply()


async def two_servers_following(bot_factory: BotFactory, double: DiscordDouble, url: str) -> tuple[Any, int]:
    """The bot, and a second server (ADMIN_ID its admin) following `url` as GUILD_ID does."""
    other = new_guild_id()
    double.add_guild(other, "Other Newsroom")
    double.add_member(other, ADMIN_ID, permissions=MANAGE_GUILD, name="editor")
    bot = await bot_factory(**QUIET)
    await follow(double, url)
    await follow(double, url, guild_id=other)
    return bot, other


async def add_channel(double: DiscordDouble, bot: Any, guild_id: int, name: str) -> int:
    channel = text_channel(snowflake(), guild_id, name, position=1)
    double.guilds[guild_id].channels.append(channel)
    double.gateway.dispatch("CHANNEL_CREATE", channel)
    channel_id = int(channel["id"])
    await eventually(lambda: bot.get_channel(channel_id) is not None)
    return channel_id


async def test_a_followed_feed_announces_each_new_article_once(
    bot_factory: BotFactory, discord_double: DiscordDouble, site: FeedSite, posted: Posted
) -> None:
    bot = await bot_factory(**QUIET)
    double = discord_double
    news = await add_channel(double, bot, GUILD_ID, "news")
    reply = await follow(double, f"{site.base}/rss.xml", channel=news)
    assert not is_ephemeral(reply), reply["content"]
    assert "Following: City News" in embed_text(reply) and f"<#{news}>" in embed_text(reply)

    await bot.feed_poller.round()
    messages = posted(news)
    assert [m["embeds"][0]["title"] for m in messages] == [title for title, _ in STORIES[:3]]
    assert posted(general(double)) == []  # only the feed's channel
    first = messages[0]
    embed = first["embeds"][0]
    assert embed["url"] == f"{site.base}/news/1.html"
    assert embed["author"]["name"] == "City News · 127.0.0.1:" + site.base.rsplit(":", 1)[1]
    assert "harbour bridge reopened" in embed["description"].lower()
    people = {f["name"].split(" — ")[0]: f["value"] for f in embed["fields"]}
    assert set(people) == {"Ana Ribeiro", "Tomas Weber"}
    assert people["Ana Ribeiro"].startswith("“The bridge is safer now")
    assert "/experts article:" in embed["footer"]["text"]
    assert first["allowed_mentions"] == {"parse": []} and first["content"] == ""

    pages_read = sum(site.hits[site.story_path(i)] for i in range(3))
    await bot.feed_poller.round(every_feed=True)
    assert len(posted(news)) == 3  # a second poll posts nothing...
    assert site.not_modified["/rss.xml"] == 1  # ...after a 304...
    assert sum(site.hits[site.story_path(i)] for i in range(3)) == pages_read  # ...that costs no ingest

    site.published = 4
    await bot.feed_poller.round(every_feed=True)
    assert [m["embeds"][0]["title"] for m in posted(news)][3:] == [STORIES[3][0]]

    record = await double.slash("feed", {}, subcommand="list", guild_id=GUILD_ID, user_id=ADMIN_ID)
    listed = embed_text(await record.reply())
    assert "City News" in listed and f"<#{news}>" in listed
    # The articles are in the server's library for every reader.
    record = await double.slash("articles", {}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    library = embed_text(await record.reply())
    assert all(title in library for title, _ in STORIES)


async def test_remove_with_autocomplete_stops_the_announcements(
    bot_factory: BotFactory, discord_double: DiscordDouble, site: FeedSite, posted: Posted
) -> None:
    bot = await bot_factory(**QUIET)
    double = discord_double
    await follow(double, f"{site.base}/atom.xml")
    choices = await double.autocomplete(
        "feed", {}, "feed", subcommand="remove", guild_id=GUILD_ID, user_id=ADMIN_ID
    )
    assert [c["name"] for c in choices] == ["#1 City News (Atom)"]
    record = await double.slash(
        "feed", {"feed": choices[0]["value"]}, subcommand="remove", guild_id=GUILD_ID, user_id=ADMIN_ID
    )
    assert "No longer following: City News (Atom)" in embed_text(await record.reply())
    await bot.feed_poller.round(every_feed=True)
    assert posted(general(double)) == []


async def test_refusals_are_one_private_sentence(
    bot_factory: BotFactory, discord_double: DiscordDouble, site: FeedSite, posted: Posted
) -> None:
    await bot_factory(**QUIET)
    double = discord_double
    for url, fragment in [
        (f"{site.base}/", "is a web page, not a news feed"),
        (f"{site.base}/broken.xml", "is a broken feed"),
        (f"{site.base}/gone.xml", "HTTP 404"),
    ]:
        sentence = assert_one_sentence_error(await follow(double, url))
        assert fragment in sentence, sentence
    record = await double.slash(
        "feed", {"url": f"{site.base}/rss.xml"}, subcommand="add", guild_id=GUILD_ID, user_id=MEMBER_ID
    )
    assert "Manage Server" in assert_one_sentence_error(await record.reply())
    record = await double.slash("feed", {}, subcommand="list", guild_id=GUILD_ID, user_id=ADMIN_ID)
    assert "follows no feeds" in embed_text(await record.reply())


async def test_the_url_guard_refuses_a_local_feed_unless_allowed(
    bot_factory: BotFactory, discord_double: DiscordDouble, site: FeedSite, posted: Posted
) -> None:
    await bot_factory(feed_check_seconds=3600.0)  # no allow-list: 127.0.0.1 is private
    sentence = assert_one_sentence_error(await follow(discord_double, f"{site.base}/rss.xml"))
    assert "private or local address" in sentence


async def test_a_channel_the_bot_cannot_post_in_is_refused(
    bot_factory: BotFactory, discord_double: DiscordDouble, site: FeedSite, posted: Posted
) -> None:
    bot = await bot_factory(**QUIET)
    double = discord_double
    quiet = await add_channel(double, bot, GUILD_ID, "read-only")
    channel = double.guilds[GUILD_ID].channels[-1]
    channel["permission_overwrites"] = [
        {"id": str(double.guilds[GUILD_ID].bot_role_id), "type": 0, "allow": "0", "deny": str(1 << 11)}
    ]
    double.gateway.dispatch("CHANNEL_UPDATE", channel)
    await eventually(lambda: bot.get_channel(quiet).overwrites != {})
    sentence = assert_one_sentence_error(await follow(double, f"{site.base}/rss.xml", channel=quiet))
    # Without Send Messages, Discord grants no Embed Links either.
    assert (
        sentence
        == "I need the Send Messages and Embed Links permissions in #read-only to announce articles there."
    )


async def test_a_feed_that_starts_failing_is_paused_and_its_channel_told_once(
    bot_factory: BotFactory, discord_double: DiscordDouble, site: FeedSite, posted: Posted
) -> None:
    bot = await bot_factory(**QUIET, feed_pause_hours=0.5 / 3600)  # paused after half a second
    double = discord_double
    await follow(double, f"{site.base}/rss.xml")
    await bot.feed_poller.round()
    assert len(posted(general(double))) == 3
    site.failing.add("/rss.xml")
    await bot.feed_poller.round(every_feed=True)
    record = await double.slash("feed", {}, subcommand="list", guild_id=GUILD_ID, user_id=ADMIN_ID)
    assert "failing: " in embed_text(await record.reply()) and "503" in embed_text(await record.reply())
    await asyncio.sleep(0.6)
    await bot.feed_poller.round(every_feed=True)
    await bot.feed_poller.round(every_feed=True)
    notices = posted(general(double))[3:]
    assert len(notices) == 1, notices
    assert "stopped polling the feed City News" in notices[0]["content"]
    assert notices[0]["allowed_mentions"] == {"parse": []}
    record = await double.slash("feed", {}, subcommand="list", guild_id=GUILD_ID, user_id=ADMIN_ID)
    assert "paused" in embed_text(await record.reply())
    # Added again once it works: resumed, and new articles flow again.
    site.failing.clear()
    site.published = 4
    await follow(double, f"{site.base}/rss.xml")
    await bot.feed_poller.round()
    assert [m["embeds"][0]["title"] for m in posted(general(double))[4:]] == [STORIES[3][0]]


def refusals(double: DiscordDouble, channel_id: int) -> list[int]:
    """The error codes Discord answered posts in the channel with."""
    return [r["code"] for r in double.rejections if r["path"].endswith(f"/channels/{channel_id}/messages")]


async def test_a_feed_whose_channel_was_deleted_is_unfollowed_and_says_so_in_the_log(
    bot_factory: BotFactory, discord_double: DiscordDouble, site: FeedSite, caplog: pytest.LogCaptureFixture
) -> None:
    bot = await bot_factory(**QUIET)
    double = discord_double
    news = await add_channel(double, bot, GUILD_ID, "news")
    await follow(double, f"{site.base}/rss.xml", channel=news)
    double.delete_channel(GUILD_ID, news)
    await eventually(lambda: bot.get_channel(news) is None)
    with caplog.at_level(logging.WARNING, logger="bot.feed_poller"):
        await bot.feed_poller.round()
    assert f"{site.base}/rss.xml no longer followed in server {GUILD_ID}: its channel {news} is gone" in (
        caplog.text
    )
    assert refusals(double, news) == [10003]  # one refusal, not one per article and poll
    record = await double.slash("feed", {}, subcommand="list", guild_id=GUILD_ID, user_id=ADMIN_ID)
    assert "follows no feeds" in embed_text(await record.reply())
    fetched = site.hits["/rss.xml"]
    site.published = 4
    await bot.feed_poller.round(every_feed=True)
    assert site.hits["/rss.xml"] == fetched and refusals(double, news) == [10003]  # polled no more
    # What the feed brought stays in the server's library.
    record = await double.slash("articles", {}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    listed = embed_text(await record.reply())
    assert all(title in listed for title, _ in STORIES[:3])


async def test_a_server_that_removed_the_bot_stops_its_feed_but_not_another_servers(
    bot_factory: BotFactory,
    discord_double: DiscordDouble,
    site: FeedSite,
    posted: Posted,
    caplog: pytest.LogCaptureFixture,
) -> None:
    double = discord_double
    bot, other = await two_servers_following(bot_factory, double, f"{site.base}/rss.xml")
    their_channel = general(double, other)
    double.remove_guild(other)
    await eventually(lambda: bot.get_guild(other) is None)
    with caplog.at_level(logging.WARNING, logger="bot.feed_poller"):
        await bot.feed_poller.round()
    assert f"no longer followed in server {other}: its channel {their_channel} is gone" in caplog.text
    assert refusals(double, their_channel) == [50001]
    assert await bot.feeds.following(other) == []
    site.published = 4
    await bot.feed_poller.round(every_feed=True)
    titles = [m["embeds"][0]["title"] for m in posted(general(double))]
    assert titles == [title for title, _ in STORIES[:4]]  # this server's announcements go on
    assert refusals(double, their_channel) == [50001]


async def test_a_malformed_feed_posts_nothing_and_says_why(
    bot_factory: BotFactory, discord_double: DiscordDouble, site: FeedSite, posted: Posted
) -> None:
    bot = await bot_factory(**QUIET)
    double = discord_double
    await follow(double, f"{site.base}/rss.xml")
    site.broken = True
    report = await bot.feed_poller.round(every_feed=True)
    assert report is not None and "is a broken feed" in report.errors[0].error
    assert posted(general(double)) == []
    record = await double.slash("feed", {}, subcommand="list", guild_id=GUILD_ID, user_id=ADMIN_ID)
    assert "failing: " in embed_text(await record.reply())


async def test_two_servers_following_one_feed_each_get_the_article(
    bot_factory: BotFactory, discord_double: DiscordDouble, site: FeedSite, posted: Posted
) -> None:
    double = discord_double
    bot, other = await two_servers_following(bot_factory, double, f"{site.base}/rss.xml")
    await bot.feed_poller.round()
    for guild in (GUILD_ID, other):
        titles = [m["embeds"][0]["title"] for m in posted(general(double, guild))]
        assert titles == [title for title, _ in STORIES[:3]]
    assert site.hits[site.story_path(0)] == 1  # one page read for both servers


async def test_a_restart_in_the_middle_of_a_poll_neither_reposts_nor_misses(
    bot_factory: BotFactory, discord_double: DiscordDouble, site: FeedSite, posted: Posted, tmp_path: Path
) -> None:
    double = discord_double
    database = tmp_path / "restart.db"
    settings = {**QUIET, "database": database, "feed_check_seconds": 0.2}
    bot = await bot_factory(**settings)
    gate = site.gates[site.story_path(1)] = Gate()
    await follow(double, f"{site.base}/rss.xml")
    await asyncio.wait_for(gate.entered.wait(), 10)  # the poller is reading the second article's page
    await bot.close()
    gate.opened.set()
    assert posted(general(double)) == []

    await bot_factory(**settings)
    await eventually(lambda: len(posted(general(double))) >= 3, within=20)
    await asyncio.sleep(1.0)  # several more rounds
    titles = [m["embeds"][0]["title"] for m in posted(general(double))]
    assert titles == [title for title, _ in STORIES[:3]]


async def test_an_announcement_retried_after_a_crash_is_not_posted_twice(
    bot_factory: BotFactory, discord_double: DiscordDouble, site: FeedSite, posted: Posted
) -> None:
    bot = await bot_factory(**QUIET)
    double = discord_double
    await follow(double, f"{site.base}/atom.xml")
    await bot.feeds.poll_all()
    (post, *_) = await bot.feeds.store.pending_posts(10)
    # The post went out but the process died before recording it: the retry carries the same nonce.
    assert await bot.feed_poller._post(post) == ""
    assert await bot.feed_poller._post(post) == ""
    assert len(posted(general(double))) == 1


async def test_two_bot_processes_on_one_postgresql_library_poll_and_announce_once(
    bot_factory: BotFactory,
    discord_double: DiscordDouble,
    site: FeedSite,
    posted: Posted,
    fresh_pg_schema: str,
) -> None:
    bot = await bot_factory(**QUIET, database=fresh_pg_schema)
    double = discord_double
    await follow(double, f"{site.base}/rss.xml")
    # A second bot process: its own connections to the library, its own name for the lease.
    async with await Library.open(bot.settings) as library:
        pollers = [bot.feed_poller, FeedPoller(bot, await FeedService.open(library))]
        reports = await asyncio.gather(*(poller.round() for poller in pollers))
        assert [report is None for report in reports].count(True) == 1  # the other found the lease held
        assert [m["embeds"][0]["title"] for m in posted(general(double))] == [t for t, _ in STORIES[:3]]
        assert site.hits["/rss.xml"] == 2  # the check when following, then one poll
        # The polling process stops (handing the lease over): the other polls from its next round.
        (polling,) = [poller for poller, report in zip(pollers, reports, strict=True) if report is not None]
        (waiting,) = [poller for poller in pollers if poller is not polling]
        await polling.stop()
        site.published = 4
        report = await waiting.round(every_feed=True)
        assert report is not None and [a.title for a in report.added] == [STORIES[3][0]]
        assert [m["embeds"][0]["title"] for m in posted(general(double))] == [t for t, _ in STORIES]
