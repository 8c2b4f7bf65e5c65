"""Feed subscriptions: the service the /feed cogs, the background poller and the CLI call to follow
news feeds and to poll them, turning each new item into an article in every following server's library.

Polling a feed: a conditional GET (ETag, Last-Modified) through the same guarded fetch as /article add;
the items not seen before, oldest first, at most `feed_max_items` of them; each item's page fetched and
ingested (the feed's own text when the page cannot be had); the article added to every server following
the feed, analysed once, and its announcement queued. Failures back off exponentially; a feed failing
for `feed_pause_hours` is paused. One process polls a feed at a time (a claim on its row).
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import re
import secrets
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

from bot.errors import InputError, NewsdeskError, NotFoundError
from bot.ingest import Ingested, check_length
from bot.ingest.feeds import FEED_TYPES, FeedItem, ParsedFeed, parse_feed
from bot.library import Library
from bot.outage import GuardedStore
from bot.store.feeds import Feed, FeedStore, Subscription
from bot.store.sql_store import SqlStore

log = logging.getLogger(__name__)

JITTER = 0.1  # each wait is stretched or shrunk by up to a tenth, so feeds do not poll in lockstep
MAX_BACKOFF_SECONDS = 6 * 3600.0
# How long one process may hold a feed for a poll before another may take it (a crashed poller).
CLAIM_SECONDS = 15 * 60.0
_SUBSCRIPTION_REF = re.compile(r"#?(\d{1,18})")


@dataclass(frozen=True, slots=True)
class AddedArticle:
    """An article a poll added to a server's library."""

    feed: str
    guild_id: int
    article_id: int
    title: str


@dataclass(frozen=True, slots=True)
class FeedFailure:
    feed: str
    error: str


@dataclass(slots=True)
class PollReport:
    added: list[AddedArticle] = field(default_factory=list)
    errors: list[FeedFailure] = field(default_factory=list)

    def extend(self, other: PollReport) -> None:
        self.added.extend(other.added)
        self.errors.extend(other.errors)


def process_name() -> str:
    """Who holds a claim or the lease: host, process and a random part (a restarted process is new)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


class FeedService:
    """Feeds of an open library. Create with `await FeedService.open(library)`."""

    def __init__(
        self,
        library: Library,
        store: FeedStore,
        *,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
    ) -> None:
        self.library = library
        self.store = store
        self.settings = library.settings
        self.holder = process_name()
        self._clock = clock
        self._rng = rng or random.Random()

    @classmethod
    async def open(cls, library: Library, **options: object) -> FeedService:
        store = getattr(library.store, "unguarded", library.store)
        assert isinstance(store, SqlStore)
        # Bounded and told like the library's own calls: a database outage is one sentence, not a hang.
        feeds = cast(FeedStore, GuardedStore(FeedStore(store), library.settings.query_timeout))
        return cls(library, feeds, **options)  # type: ignore[arg-type]

    # ---- following ---------------------------------------------------------------------------

    async def read(self, url: str) -> tuple[str, ParsedFeed]:
        """Fetch and parse a feed once (the final URL after redirects, and the feed)."""
        from bot.ingest.fetch import fetch

        fetched = await fetch(url, self.library.fetch_limits(), wanted=FEED_TYPES)
        parsed = await asyncio.to_thread(parse_feed, fetched.body, fetched.url, fetched.content_type)
        return fetched.url, parsed

    async def follow(
        self, url: str, *, guild_id: int, channel_id: int, added_by: int | None = None
    ) -> tuple[Subscription, ParsedFeed]:
        """Follow a feed in a server after reading it once: what is not a feed, cannot be reached or is
        refused by the URL guard is refused in one sentence."""
        from bot.ingest.fetch import parse_url

        url = str(parse_url(url))
        _, parsed = await self.read(url)
        now = self._clock()
        for existing in await self.store.subscriptions(guild_id):
            if existing.feed.url == url and existing.feed.paused:
                # Adding a paused feed again is how a server says it works again.
                await self.store.resume(existing.feed.id, now)
                return (await self.find(str(existing.id), guild_id=guild_id)), parsed
        subscription = await self.store.subscribe(
            url=url,
            title=parsed.title,
            guild_id=guild_id,
            channel_id=channel_id,
            added_by=added_by,
            now=now,
            first_poll_at=now,
            limit=self.settings.feeds_per_server,
        )
        return subscription, parsed

    async def following(self, guild_id: int) -> list[Subscription]:
        return await self.store.subscriptions(guild_id)

    async def find(self, ref: str, *, guild_id: int) -> Subscription:
        """A server's subscription by its number ("3", "#3"), its URL, or part of its title or URL."""
        ref = ref.strip()
        if not ref:
            raise InputError("Name a feed: its number, its URL or part of its title.")
        subscriptions = await self.store.subscriptions(guild_id)
        match = _SUBSCRIPTION_REF.fullmatch(ref)
        if match:
            for subscription in subscriptions:
                if subscription.id == int(match.group(1)):
                    return subscription
        key = ref.casefold()
        exact = [s for s in subscriptions if s.feed.url.casefold() == key]
        if exact:
            return exact[0]
        partial = [s for s in subscriptions if key in s.feed.url.casefold() or key in s.feed.title.casefold()]
        if len(partial) == 1:
            return partial[0]
        if not partial:
            raise NotFoundError(f"This server follows no feed matching “{ref}”; /feed list shows them.")
        listed = "; ".join(f"#{s.id} {s.feed.title}" for s in partial[:3])
        raise InputError(f"“{ref}” matches several feeds ({listed}); give the number.")

    async def unfollow(self, ref: str, *, guild_id: int) -> Subscription:
        subscription = await self.find(ref, guild_id=guild_id)
        removed = await self.store.unsubscribe(subscription.id, guild_id)
        if removed is None:  # removed by someone else meanwhile
            raise NotFoundError(f"This server no longer follows feed #{subscription.id}.")
        return removed

    # ---- polling -----------------------------------------------------------------------------

    def _wait(self, seconds: float) -> float:
        return seconds * self._rng.uniform(1 - JITTER, 1 + JITTER)

    @property
    def interval(self) -> float:
        return self.settings.feed_interval_minutes * 60.0

    async def poll_due(self) -> PollReport:
        """Poll every feed whose time has come (the background poller's round)."""
        return await self._poll(await self.store.feeds(due_at=self._clock()))

    async def poll_all(self) -> PollReport:
        """Poll every feed now, paused ones too, whatever their schedule (`newsdesk feed poll`)."""
        return await self._poll(await self.store.feeds())

    async def _poll(self, feeds: list[Feed]) -> PollReport:
        report = PollReport()
        for feed in feeds:
            now = self._clock()
            if not await self.store.claim(feed.id, self.holder, now=now, until=now + CLAIM_SECONDS):
                continue  # another process is polling it right now
            try:
                report.extend(await self.poll_feed(feed))
            finally:
                await self.store.release(feed.id, self.holder)
        return report

    async def poll_feed(self, feed: Feed) -> PollReport:
        """One poll of one feed; an error is recorded (backoff, pause) and reported, never raised."""
        from bot.ingest.fetch import Validators, fetch

        report = PollReport()
        try:
            fetched = await fetch(
                feed.url,
                self.library.fetch_limits(),
                wanted=FEED_TYPES,
                validators=Validators(feed.etag, feed.last_modified),
            )
            if fetched.not_modified:
                await self._succeeded(feed, None, fetched.validators.etag or feed.etag, feed.last_modified)
                return report
            parsed = await asyncio.to_thread(parse_feed, fetched.body, fetched.url, fetched.content_type)
            complete = await self._take_new_items(feed, parsed, report)
        except NewsdeskError as error:
            await self._failed(feed, str(error))
            report.errors.append(FeedFailure(feed.url, str(error)))
            return report
        # Validators only once every new item is in: a 304 next time must not hide items left over.
        validators = fetched.validators if complete else None
        await self._succeeded(
            feed,
            parsed.title,
            validators.etag if validators else None,
            validators.last_modified if validators else None,
        )
        return report

    async def _take_new_items(self, feed: Feed, parsed: ParsedFeed, report: PollReport) -> bool:
        """Bring in the new items, oldest first; False when more were left for the next poll."""
        limit = self.settings.feed_max_items
        seen = await self.store.seen(feed.id, [item.key for item in parsed.items])
        new = [item for item in parsed.items if item.key not in seen]
        if feed.polled_at is None and len(new) > limit:
            # A feed's first poll: its backlog is old news; only the newest few are brought in.
            backlog, new = new[:-limit], new[-limit:]
            await self.store.mark_seen(feed.id, [item.key for item in backlog], self._clock())
        taken, left = new[:limit], new[limit:]
        subscriptions = await self.store.subscribers(feed.id)
        for item in taken:
            report.added.extend(await self._bring(feed, item, subscriptions))
            await self.store.mark_seen(feed.id, [item.key], self._clock())
        return not left

    async def _bring(
        self, feed: Feed, item: FeedItem, subscriptions: list[Subscription]
    ) -> list[AddedArticle]:
        """Add one item to every following server's library and queue its announcements. Marking it
        seen comes after, so a restart in between adds nothing twice (the text is already there) and
        misses nothing (the announcement is queued once per server and article)."""
        ingested = await self._read_item(item)
        if ingested is None or not subscriptions:
            return []
        try:
            results = await self.library.add_text_to(
                ingested.text,
                [s.guild_id for s in subscriptions],
                title=item.title or ingested.title,
                source=item.link or feed.url,
            )
        except NewsdeskError as error:
            log.info("feed %s: item %s skipped: %s", feed.url, item.link or item.key, error)
            return []
        added = []
        for subscription, result in zip(subscriptions, results, strict=True):
            article = result.article
            await self.store.record_post(subscription.id, article.id, item.key, item.link, self._clock())
            if result.created:
                added.append(AddedArticle(feed.url, subscription.guild_id, article.id, article.title))
        return added

    async def _read_item(self, item: FeedItem) -> Ingested | None:
        """The item's page through the guarded fetch; the feed's own text when the page fails."""
        if item.link:
            try:
                return await self.library.read_url(item.link)
            except NewsdeskError as error:
                log.info("feed item page %s unreadable (%s); using the feed's text", item.link, error)
        if not item.content:
            return None
        try:
            check_length(item.content, "The feed item", self.settings.max_article_chars)
        except InputError:
            return None
        return Ingested(text=item.content, title=item.title, source=item.link or "", format="text")

    async def _succeeded(
        self, feed: Feed, title: str | None, etag: str | None, last_modified: str | None
    ) -> None:
        now = self._clock()
        await self.store.record_success(
            feed.id,
            title=title,
            etag=etag,
            last_modified=last_modified,
            now=now,
            next_at=now + self._wait(self.interval),
        )

    async def _failed(self, feed: Feed, error: str) -> None:
        now = self._clock()
        backoff = min(self.interval * 2 ** (feed.failures + 1), MAX_BACKOFF_SECONDS)
        updated = await self.store.record_failure(
            feed.id,
            error,
            now=now,
            next_at=now + self._wait(backoff),
            pause_after=self.settings.feed_pause_hours * 3600.0,
        )
        if updated is not None and updated.paused and not feed.paused:
            hours = (now - (updated.failing_since or now)) / 3600
            log.warning("feed %s paused after failing for %.0f hours: %s", feed.url, hours, error)
