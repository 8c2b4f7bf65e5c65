"""The running bot's side of feeds: every few seconds, in one process of however many share the library
(a lease), poll the feeds that are due, then post each queued announcement in its channel, once."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

import discord

from bot.errors import NotFoundError
from bot.feeds import FeedService, PollReport
from bot.render.feeds import announcement_embed, inert_cut, paused_notice
from bot.store.feeds import PendingPost

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
# Long enough to survive a slow round; a process that stops without releasing it is replaced after this.
LEASE_SECONDS = 180.0
POSTS_PER_ROUND = 25
# Pause between two announcements: a burst stays far below Discord's five messages per five seconds
# in one channel, and discord.py waits out any rate limit it is told of all the same.
POST_SPACING = 0.5
# An announcement queued this long ago (the bot was down, or `newsdesk feed poll` ran without it) is
# no longer news: it is dropped, the article stays in the library.
STALE_SECONDS = 24 * 3600.0
SUMMARY_SENTENCES = 2
# Discord's answers that mean the channel will never take a post again: 10003 Unknown Channel (it was
# deleted), 50001 Missing Access (the bot was removed from the server, or can no longer see the
# channel). Missing Permissions (50013) is not one: an admin may grant them again.
CHANNEL_GONE = frozenset({10003, 50001})


def message_nonce(kind: str, row_id: int, moment: float) -> str:
    """The nonce of one announcement: with it Discord answers a retry (after a crash between posting
    and recording it) with the message it already has instead of posting it twice. The row's time
    keeps two libraries' row 1 (a database started afresh) apart. At most 25 characters."""
    return f"{kind}{row_id}-{int(moment * 1000) % 10**9}"[:25]


class FeedPoller:
    """Start with `start()` once the bot's library is open; `stop()` before it closes."""

    def __init__(self, bot: discord.Client, service: FeedService) -> None:
        self.bot = bot
        self.service = service
        self.store = service.store
        self._task: asyncio.Task[None] | None = None
        self._round_lock = asyncio.Lock()
        self._unfollowed: set[int] = set()  # dropped this round because their channel is gone

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="newsdesk feed poller")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        with contextlib.suppress(Exception):  # the database may already be gone; the lease then expires
            await self.store.release_lease(self.service.holder)

    async def _run(self) -> None:
        await self.bot.wait_until_ready()
        while True:
            try:
                await self.round()
            except Exception:
                # One bad round (database hiccup, a bug on one feed) must not end polling for good.
                log.exception("feed round failed")
            await asyncio.sleep(self.service.settings.feed_check_seconds)

    async def _hold_lease(self) -> bool:
        now = time.time()
        return await self.store.acquire_lease(self.service.holder, now=now, until=now + LEASE_SECONDS)

    async def round(self, *, every_feed: bool = False) -> PollReport | None:
        """Poll what is due (`every_feed`: everything now), then announce; None when another process
        holds the lease and does it instead."""
        async with self._round_lock:
            if not await self.store.followed():
                return PollReport()  # nothing to poll or post: no lease, no write
            if not await self._hold_lease():
                return None
            report = await (self.service.poll_all() if every_feed else self.service.poll_due())
            await self.announce()
            await self.tell_paused()
            return report

    async def announce(self) -> int:
        """Post queued announcements, oldest first; returns how many were posted."""
        posted = 0
        # Only this round's list can still hold posts of a subscription dropped during it (the rows went
        # with it), so the set starts empty each round instead of growing for the process's lifetime.
        self._unfollowed.clear()
        for post in await self.store.pending_posts(POSTS_PER_ROUND):
            if not await self._hold_lease():
                break  # another process took over: it posts the rest
            if post.subscription_id in self._unfollowed:
                continue  # its row went with the subscription: nothing to mark, nothing to send
            if time.time() - post.created_at > STALE_SECONDS:
                await self.store.mark_posted(post.id, time.time(), "not posted within a day")
                continue
            outcome = await self._post(post)
            if outcome is None:
                break  # Discord is in trouble: try again next round, never hammer it
            await self.store.mark_posted(post.id, time.time(), outcome or None)
            if not outcome:
                posted += 1
                await asyncio.sleep(POST_SPACING)
        return posted

    def _permissions(self, channel_id: int, guild_id: int) -> discord.Permissions | None:
        """The bot's permissions in the channel, when this process has its server in cache."""
        guild = self.bot.get_guild(guild_id)
        channel = guild.get_channel(channel_id) if guild is not None else None
        if guild is None or channel is None:
            return None
        return channel.permissions_for(guild.me)

    async def _post(self, post: PendingPost) -> str | None:
        """ "" when posted, a reason when it never will be, None to retry later."""
        library = self.service.library
        try:
            article = await library.resolve(post.article_id, guild_id=post.guild_id)
        except NotFoundError:
            return "the article was removed"
        summary = await library.summary(article, SUMMARY_SENTENCES)
        permissions = self._permissions(post.channel_id, post.guild_id)
        if permissions is not None and not (permissions.view_channel and permissions.send_messages):
            return "no permission to send messages in the channel"
        channel = self.bot.get_partial_messageable(post.channel_id, guild_id=post.guild_id)
        nonce = message_nonce("f", post.id, post.created_at)
        try:
            if permissions is not None and not permissions.embed_links:
                link = f" <{post.link}>" if post.link else ""
                await channel.send(
                    f"**{inert_cut(article.title, 250)}**{link} — `/experts article:{article.id}` shows who said what.",
                    allowed_mentions=NO_MENTIONS,
                    nonce=nonce,
                )
            else:
                embed = announcement_embed(article, summary, feed_title=post.feed_title, link=post.link)
                await channel.send(embed=embed, allowed_mentions=NO_MENTIONS, nonce=nonce)
        except (discord.Forbidden, discord.NotFound) as error:
            if error.code in CHANNEL_GONE:
                await self._unfollow_gone_channel(post.subscription_id, post.guild_id, post.channel_id, error)
                return f"the channel is gone: {error.text or error.status}"
            log.warning("feed announcement %s to channel %s refused: %s", post.id, post.channel_id, error)
            return f"refused by Discord: {error.text or error.status}"
        except discord.HTTPException as error:
            log.warning("feed announcement %s to channel %s failed: %s", post.id, post.channel_id, error)
            return None
        return ""

    async def tell_paused(self) -> None:
        """Tell each channel once that its feed has been paused."""
        for notice in await self.store.pause_notices():
            channel = self.bot.get_partial_messageable(notice.channel_id)
            try:
                await channel.send(
                    paused_notice(notice.feed_title, notice.feed_url, notice.error),
                    allowed_mentions=NO_MENTIONS,
                    nonce=message_nonce("p", notice.subscription_id, notice.since),
                )
            except (discord.Forbidden, discord.NotFound) as error:
                # Nowhere to tell: telling is done all the same, and a channel that is gone is unfollowed.
                if error.code in CHANNEL_GONE:
                    await self._unfollow_gone_channel(
                        notice.subscription_id, notice.guild_id, notice.channel_id, error
                    )
                    continue
            except discord.HTTPException:
                return
            await self.store.mark_told(notice.subscription_id)

    async def _unfollow_gone_channel(
        self, subscription_id: int, guild_id: int, channel_id: int, error: discord.HTTPException
    ) -> None:
        """Stop following a feed into a channel Discord says is gone, instead of failing every poll.
        Its articles stay in the server's library; its queued announcements go with it."""
        self._unfollowed.add(subscription_id)
        removed = await self.store.unsubscribe(subscription_id, guild_id)
        if removed is not None:
            log.warning(
                "feed %s no longer followed in server %s: its channel %s is gone (Discord: %s %s);"
                " the articles it brought stay in the library",
                removed.feed.url,
                guild_id,
                channel_id,
                error.status,
                error.text or error.code,
            )
