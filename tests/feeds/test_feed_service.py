"""Following and polling feeds served on 127.0.0.1, on both store backends: what a server's library gets,
what is refused, and what happens when a feed fails or a poll is cut short."""

from __future__ import annotations

import asyncio
import dataclasses
import socket

import pytest

from bot.errors import InputError
from bot.feeds import FeedService
from bot.library import Library
from bot.settings import Settings

from .feedsite import STORIES, FeedSite, Gate

GUILD = 111
OTHER_GUILD = 222
CHANNEL = 333


async def titles(library: Library, guild_id: int) -> list[str]:
    infos, _ = await library.list_articles(guild_id=guild_id, limit=50)
    return sorted(info.title for info in infos if info.guild_id == guild_id)


async def test_first_poll_adds_the_items_second_adds_none_then_a_new_one(
    feeds: FeedService, library: Library, site: FeedSite
) -> None:
    subscription, parsed = await feeds.follow(f"{site.base}/rss.xml", guild_id=GUILD, channel_id=CHANNEL)
    assert parsed.title == "City News" and len(parsed.items) == 3
    assert [s.feed.url for s in await feeds.following(GUILD)] == [f"{site.base}/rss.xml"]

    first = await feeds.poll_all()
    assert first.errors == []
    # Oldest first, titles from the feed, each article's text from its page (not the one-line summary).
    assert [a.title for a in first.added] == [STORIES[0][0], STORIES[1][0], STORIES[2][0]]
    article = await library.resolve(first.added[0].article_id, guild_id=GUILD)
    assert "Ana Ribeiro" in {e.name for e in article.analysis.experts}
    assert article.info.source == f"{site.base}/news/1.html"

    pages_fetched = sum(site.hits[site.story_path(i)] for i in range(3))
    second = await feeds.poll_all()
    assert second.added == [] and second.errors == []
    assert site.not_modified["/rss.xml"] == 1  # the conditional GET was answered 304...
    assert sum(site.hits[site.story_path(i)] for i in range(3)) == pages_fetched  # ...and nothing re-read

    site.published = 4
    third = await feeds.poll_all()
    assert [a.title for a in third.added] == [STORIES[3][0]]
    assert await titles(library, GUILD) == sorted(title for title, _ in STORIES)
    assert subscription.id == (await feeds.following(GUILD))[0].id


async def test_an_atom_feed_works(feeds: FeedService, library: Library, site: FeedSite) -> None:
    _, parsed = await feeds.follow(f"{site.base}/atom.xml", guild_id=GUILD, channel_id=CHANNEL)
    assert parsed.title == "City News (Atom)"
    report = await feeds.poll_all()
    assert len(report.added) == 3 and report.errors == []
    assert await titles(library, GUILD) == sorted(title for title, _ in STORIES[:3])


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_what_is_not_a_feed_is_refused_in_one_sentence(feeds: FeedService, site: FeedSite) -> None:
    cases = {
        f"{site.base}/": "is a web page, not a news feed",
        f"{site.base}/broken.xml": "is a broken feed",
        f"{site.base}/missing.xml": "HTTP 404",
        f"http://127.0.0.1:{closed_port()}/rss.xml": "Could not connect",
        "ftp://example.com/feed": "not an http or https URL",
    }
    for url, fragment in cases.items():
        with pytest.raises(InputError) as refused:
            await feeds.follow(url, guild_id=GUILD, channel_id=CHANNEL)
        message = str(refused.value)
        assert fragment in message and "\n" not in message, message
    assert await feeds.following(GUILD) == []


async def test_the_url_guard_refuses_a_private_address(settings: Settings, site: FeedSite) -> None:
    guarded = dataclasses.replace(settings, url_allowlist=())
    async with await Library.open(guarded) as library:
        service = await FeedService.open(library)
        with pytest.raises(InputError, match="private or local address"):
            await service.follow(f"{site.base}/rss.xml", guild_id=GUILD, channel_id=CHANNEL)


async def test_two_servers_following_one_feed_each_get_the_articles(
    feeds: FeedService, library: Library, site: FeedSite
) -> None:
    await feeds.follow(f"{site.base}/rss.xml", guild_id=GUILD, channel_id=CHANNEL)
    await feeds.follow(f"{site.base}/rss.xml", guild_id=OTHER_GUILD, channel_id=CHANNEL + 1)
    report = await feeds.poll_all()
    assert sorted((a.guild_id, a.title) for a in report.added) == sorted(
        (g, title) for g in (GUILD, OTHER_GUILD) for title, _ in STORIES[:3]
    )
    assert site.hits["/rss.xml"] == 3  # two validations, then one poll for both servers
    assert site.hits[site.story_path(0)] == 1  # each page read once for both
    for guild in (GUILD, OTHER_GUILD):
        assert await titles(library, guild) == sorted(title for title, _ in STORIES[:3])
    posts = await feeds.store.pending_posts(50)
    assert sorted((p.guild_id, p.channel_id) for p in posts) == sorted(
        [(GUILD, CHANNEL)] * 3 + [(OTHER_GUILD, CHANNEL + 1)] * 3
    )


async def test_a_server_may_follow_a_feed_once_and_only_so_many(settings: Settings, site: FeedSite) -> None:
    limited = dataclasses.replace(settings, feeds_per_server=1)
    async with await Library.open(limited) as library:
        service = await FeedService.open(library)
        await service.follow(f"{site.base}/rss.xml", guild_id=GUILD, channel_id=CHANNEL)
        with pytest.raises(InputError, match="already follows"):
            await service.follow(f"{site.base}/rss.xml", guild_id=GUILD, channel_id=CHANNEL)
        with pytest.raises(InputError, match="follows 1 feeds, the most it may"):
            await service.follow(f"{site.base}/atom.xml", guild_id=GUILD, channel_id=CHANNEL)
        removed = await service.unfollow("rss", guild_id=GUILD)
        assert removed.feed.url == f"{site.base}/rss.xml"
        await service.follow(f"{site.base}/atom.xml", guild_id=GUILD, channel_id=CHANNEL)


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


async def test_a_failing_feed_backs_off_then_pauses_after_a_day_and_recovers(
    library: Library, site: FeedSite
) -> None:
    clock = Clock()
    service = await FeedService.open(library, clock=clock)
    await service.follow(f"{site.base}/rss.xml", guild_id=GUILD, channel_id=CHANNEL)
    assert len((await service.poll_due()).added) == 3
    site.failing.add("/rss.xml")
    waits = []
    while True:
        (feed,) = await service.store.feeds()
        if feed.paused:
            break
        clock.now = feed.next_poll_at
        report = await service.poll_due()
        assert [e.error for e in report.errors] == [
            f"{site.base}/rss.xml answered HTTP 503 Service Unavailable."
        ]
        (after,) = await service.store.feeds()
        waits.append(after.next_poll_at - clock.now)
    assert waits[1] > 1.5 * waits[0] and waits[2] > 1.5 * waits[1]  # exponential backoff
    assert max(waits) <= 6 * 3600 * 1.1
    assert feed.failing_since is not None and clock.now - feed.failing_since >= 24 * 3600
    # Paused: the schedule leaves it alone, and its channel is to be told once.
    clock.now += 7 * 24 * 3600
    hits = site.hits["/rss.xml"]
    assert (await service.poll_due()).errors == [] and site.hits["/rss.xml"] == hits
    (notice,) = await service.store.pause_notices()
    assert notice.channel_id == CHANNEL and "503" in (notice.error or "")
    await service.store.mark_told(notice.subscription_id)
    assert await service.store.pause_notices() == []
    # Adding it again once it works resumes it, on its usual schedule.
    site.failing.clear()
    site.published = 4
    resumed, _ = await service.follow(f"{site.base}/rss.xml", guild_id=GUILD, channel_id=CHANNEL)
    assert not resumed.feed.paused and resumed.feed.failures == 0
    assert [a.title for a in (await service.poll_due()).added] == [STORIES[3][0]]


async def test_only_the_newest_few_of_a_long_backlog_come_in_on_the_first_poll(
    settings: Settings, site: FeedSite
) -> None:
    site.published = 4
    async with await Library.open(dataclasses.replace(settings, feed_max_items=2)) as library:
        service = await FeedService.open(library)
        await service.follow(f"{site.base}/atom.xml", guild_id=GUILD, channel_id=CHANNEL)
        report = await service.poll_all()
        assert [a.title for a in report.added] == [STORIES[2][0], STORIES[3][0]]
        assert (await service.poll_all()).added == []


async def test_a_restart_in_the_middle_of_a_poll_neither_repeats_nor_misses(
    settings: Settings, site: FeedSite
) -> None:
    gate = site.gates[site.story_path(1)] = Gate()
    async with await Library.open(settings) as library:
        service = await FeedService.open(library)
        await service.follow(f"{site.base}/rss.xml", guild_id=GUILD, channel_id=CHANNEL)
        poll = asyncio.create_task(service.poll_all())
        await gate.entered.wait()  # the first item is in; the second is being read
        poll.cancel()  # the process stops here
        with pytest.raises(asyncio.CancelledError):
            await poll
        assert await titles(library, GUILD) == [STORIES[0][0]]
    gate.opened.set()
    async with await Library.open(settings) as library:
        service = await FeedService.open(library)  # a new process
        report = await service.poll_all()
        assert [a.title for a in report.added] == [STORIES[1][0], STORIES[2][0]]
        assert await titles(library, GUILD) == sorted(title for title, _ in STORIES[:3])
        posts = await service.store.pending_posts(50)
        assert len(posts) == 3 and len({p.article_id for p in posts}) == 3


async def test_one_process_at_a_time_holds_the_poller_lease_and_polls_a_feed(
    settings: Settings, site: FeedSite
) -> None:
    async with await Library.open(settings) as first_library, await Library.open(settings) as second_library:
        first = await FeedService.open(first_library)
        second = await FeedService.open(second_library)  # another process sharing the database
        t = 1_800_000_000.0
        assert await first.store.acquire_lease(first.holder, now=t, until=t + 180)
        assert not await second.store.acquire_lease(second.holder, now=t + 1, until=t + 181)
        assert await first.store.acquire_lease(first.holder, now=t + 60, until=t + 240)  # renewed
        assert not await second.store.acquire_lease(second.holder, now=t + 200, until=t + 380)
        # The holder stopped without a word: its lease runs out and the other process takes over.
        assert await second.store.acquire_lease(second.holder, now=t + 241, until=t + 421)
        assert not await first.store.acquire_lease(first.holder, now=t + 242, until=t + 422)
        await second.store.release_lease(second.holder)  # a clean stop hands it over at once
        assert await first.store.acquire_lease(first.holder, now=t + 243, until=t + 423)

        # Even two rounds at once (the CLI's and the bot's) bring each article in once.
        await first.follow(f"{site.base}/rss.xml", guild_id=GUILD, channel_id=CHANNEL)
        reports = await asyncio.gather(first.poll_all(), second.poll_all())
        assert sorted(a.title for r in reports for a in r.added) == sorted(t for t, _ in STORIES[:3])
        assert len(await first.store.pending_posts(50)) == 3
        assert site.hits["/rss.xml"] == 2  # the check when following, then one poll
