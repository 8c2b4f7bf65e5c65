"""Feed subscriptions in the library database: the feeds, which servers follow them into which channel,
the items already seen, the announcements still to post, and the lease that lets one process poll.
Every statement is written once for both databases, over the store's driver; the tables are created
by the numbered migrations (migrations/*/…_feeds.sql)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from bot.errors import InputError

from .driver import Connection
from .sql_store import SqlStore

POLLER_LEASE = "poller"


@dataclass(frozen=True, slots=True)
class Feed:
    """A feed URL, fetched once for every server that follows it."""

    id: int
    url: str
    title: str
    etag: str | None
    last_modified: str | None
    next_poll_at: float
    polled_at: float | None
    failures: int
    failing_since: float | None
    last_error: str | None
    paused: bool


@dataclass(frozen=True, slots=True)
class Subscription:
    """One server following one feed into one channel."""

    id: int
    guild_id: int
    channel_id: int
    feed: Feed


@dataclass(frozen=True, slots=True)
class PendingPost:
    """An article a feed brought to a server, still to announce in the subscription's channel."""

    id: int
    subscription_id: int
    guild_id: int
    channel_id: int
    article_id: int
    link: str | None
    feed_title: str
    feed_url: str
    created_at: float


@dataclass(frozen=True, slots=True)
class PauseNotice:
    subscription_id: int
    guild_id: int
    channel_id: int
    feed_url: str
    feed_title: str
    error: str | None
    since: float  # when the feed started failing


_FEED_COLUMNS = (
    "f.id, f.url, f.title, f.etag, f.last_modified, f.next_poll_at, f.polled_at, f.failures,"
    " f.failing_since, f.last_error, f.paused"
)
_SUBSCRIPTION_COLUMNS = f"s.id, s.guild_id, s.channel_id, {_FEED_COLUMNS}"
_SUBSCRIPTION_FROM = "feed_subscriptions s JOIN feeds f ON f.id = s.feed_id"


def _feed(row: Sequence[Any], start: int = 0) -> Feed:
    r = list(row)[start:]
    return Feed(
        int(r[0]), r[1], r[2], r[3], r[4], float(r[5]),
        None if r[6] is None else float(r[6]), int(r[7]),
        None if r[8] is None else float(r[8]), r[9], bool(r[10]),
    )  # fmt: skip


def _subscription(row: Sequence[Any]) -> Subscription:
    return Subscription(int(row[0]), int(row[1]), int(row[2]), _feed(row, 3))


async def _rows(db: Connection, sql: str, *args: Any) -> list[Any]:
    return await db.fetch(sql, args)


async def _run(db: Connection, sql: str, *args: Any) -> None:
    await db.execute(sql, args)


class FeedStore:
    """The feed tables of an open library store (SQLite or PostgreSQL)."""

    def __init__(self, store: SqlStore) -> None:
        self._store = store

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[Connection]:
        async with self._store.transaction() as db:
            yield db

    async def _fetch(self, sql: str, *args: Any) -> list[Any]:
        """Rows of a read of committed data."""
        return await self._store.db.fetch(sql, args)

    async def _change(self, sql: str, *args: Any) -> list[Any]:
        """Rows a write returns (RETURNING), in a transaction of its own."""
        async with self._transaction() as db:
            return await db.fetch(sql, args)

    async def followed(self) -> bool:
        """Whether any server follows any feed (a read: a bot with no feeds never writes for them)."""
        return bool(await self._fetch("SELECT 1 FROM feed_subscriptions LIMIT 1"))

    # ---- subscriptions -----------------------------------------------------------------------

    async def subscribe(
        self,
        *,
        url: str,
        title: str,
        guild_id: int,
        channel_id: int,
        added_by: int | None,
        now: float,
        first_poll_at: float,
        limit: int,
    ) -> Subscription:
        """Follow `url` in a server; refuses a feed it already follows and a server at its limit."""
        async with self._transaction() as db:
            followed = await _rows(
                db, f"SELECT {_SUBSCRIPTION_COLUMNS} FROM {_SUBSCRIPTION_FROM} WHERE s.guild_id = ?", guild_id
            )
            for row in followed:
                if row[4] == url:
                    raise InputError(f"This server already follows {url} (feed #{row[0]}, in <#{row[2]}>).")
            if len(followed) >= limit:
                raise InputError(f"This server follows {limit} feeds, the most it may; remove one first.")
            feed_rows = await _rows(
                db,
                "INSERT INTO feeds (url, title, next_poll_at) VALUES (?, ?, ?)"
                " ON CONFLICT (url) DO UPDATE SET title = excluded.title RETURNING id",
                url,
                title,
                first_poll_at,
            )
            rows = await _rows(
                db,
                "INSERT INTO feed_subscriptions (feed_id, guild_id, channel_id, added_by, added_at)"
                " VALUES (?, ?, ?, ?, ?) RETURNING id",
                int(feed_rows[0][0]),
                guild_id,
                channel_id,
                added_by,
                now,
            )
            (row,) = await _rows(
                db,
                f"SELECT {_SUBSCRIPTION_COLUMNS} FROM {_SUBSCRIPTION_FROM} WHERE s.id = ?",
                int(rows[0][0]),
            )
        return _subscription(row)

    async def subscriptions(self, guild_id: int) -> list[Subscription]:
        rows = await self._fetch(
            f"SELECT {_SUBSCRIPTION_COLUMNS} FROM {_SUBSCRIPTION_FROM} WHERE s.guild_id = ? ORDER BY s.id",
            guild_id,
        )
        return [_subscription(row) for row in rows]

    async def subscribers(self, feed_id: int) -> list[Subscription]:
        rows = await self._fetch(
            f"SELECT {_SUBSCRIPTION_COLUMNS} FROM {_SUBSCRIPTION_FROM} WHERE s.feed_id = ? ORDER BY s.id",
            feed_id,
        )
        return [_subscription(row) for row in rows]

    async def unsubscribe(self, subscription_id: int, guild_id: int) -> Subscription | None:
        """Stop following; a feed no server follows any more is forgotten with its items."""
        async with self._transaction() as db:
            rows = await _rows(
                db,
                f"SELECT {_SUBSCRIPTION_COLUMNS} FROM {_SUBSCRIPTION_FROM} WHERE s.id = ? AND s.guild_id = ?",
                subscription_id,
                guild_id,
            )
            if not rows:
                return None
            subscription = _subscription(rows[0])
            await _run(db, "DELETE FROM feed_subscriptions WHERE id = ?", subscription_id)
            await _run(
                db,
                "DELETE FROM feeds WHERE id = ? AND NOT EXISTS"
                " (SELECT 1 FROM feed_subscriptions WHERE feed_id = ?)",
                subscription.feed.id,
                subscription.feed.id,
            )
        return subscription

    # ---- polling -----------------------------------------------------------------------------

    async def feeds(self, *, due_at: float | None = None) -> list[Feed]:
        """Every followed feed; with `due_at`, only those not paused whose next poll is due by then."""
        if due_at is None:
            rows = await self._fetch(f"SELECT {_FEED_COLUMNS} FROM feeds f ORDER BY f.id")
        else:
            rows = await self._fetch(
                f"SELECT {_FEED_COLUMNS} FROM feeds f WHERE f.paused = 0 AND f.next_poll_at <= ?"
                " ORDER BY f.next_poll_at",
                due_at,
            )
        return [_feed(row) for row in rows]

    async def claim(self, feed_id: int, holder: str, *, now: float, until: float) -> bool:
        """Take the feed for one poll, unless another process polls it now (its claim not expired)."""
        rows = await self._change(
            "UPDATE feeds SET claimed_by = ?, claimed_until = ? WHERE id = ?"
            " AND (claimed_until IS NULL OR claimed_until < ? OR claimed_by = ?) RETURNING id",
            holder,
            until,
            feed_id,
            now,
            holder,
        )
        return bool(rows)

    async def release(self, feed_id: int, holder: str) -> None:
        async with self._transaction() as db:
            await _run(
                db,
                "UPDATE feeds SET claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?",
                feed_id,
                holder,
            )

    async def seen(self, feed_id: int, keys: Sequence[str]) -> set[str]:
        """Which of `keys` this feed has already brought."""
        found: set[str] = set()
        for start in range(0, len(keys), 200):
            chunk = list(keys[start : start + 200])
            marks = ", ".join("?" * len(chunk))
            rows = await self._fetch(
                f"SELECT item_key FROM feed_items WHERE feed_id = ? AND item_key IN ({marks})",
                feed_id,
                *chunk,
            )
            found.update(row[0] for row in rows)
        return found

    async def mark_seen(self, feed_id: int, keys: Sequence[str], now: float) -> None:
        async with self._transaction() as db:
            for key in keys:
                await _run(
                    db,
                    "INSERT INTO feed_items (feed_id, item_key, seen_at) VALUES (?, ?, ?)"
                    " ON CONFLICT DO NOTHING",
                    feed_id,
                    key,
                    now,
                )

    async def record_post(
        self, subscription_id: int, article_id: int, item_key: str, link: str | None, now: float
    ) -> bool:
        """Queue the article's announcement for the subscription; False if it already has one."""
        rows = await self._change(
            "INSERT INTO feed_posts (subscription_id, article_id, item_key, link, created_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
            subscription_id,
            article_id,
            item_key,
            link,
            now,
        )
        return bool(rows)

    async def record_success(
        self,
        feed_id: int,
        *,
        title: str | None,
        etag: str | None,
        last_modified: str | None,
        now: float,
        next_at: float,
    ) -> None:
        async with self._transaction() as db:
            await _run(
                db,
                "UPDATE feeds SET title = coalesce(?, title), etag = ?, last_modified = ?, polled_at = ?,"
                " next_poll_at = ?, failures = 0, failing_since = NULL, last_error = NULL, paused = 0"
                " WHERE id = ?",
                title,
                etag,
                last_modified,
                now,
                next_at,
                feed_id,
            )
            await _run(db, "UPDATE feed_subscriptions SET pause_told = 0 WHERE feed_id = ?", feed_id)

    async def resume(self, feed_id: int, now: float) -> None:
        """Poll a paused feed again, from now, as if it had never failed."""
        async with self._transaction() as db:
            await _run(
                db,
                "UPDATE feeds SET paused = 0, failures = 0, failing_since = NULL, last_error = NULL,"
                " next_poll_at = ? WHERE id = ?",
                now,
                feed_id,
            )

    async def record_failure(
        self, feed_id: int, error: str, *, now: float, next_at: float, pause_after: float
    ) -> Feed | None:
        """Count a failed poll; the feed is paused once it has failed for `pause_after` seconds."""
        rows = await self._change(
            "UPDATE feeds SET failures = failures + 1, failing_since = coalesce(failing_since, ?),"
            " last_error = ?, next_poll_at = ?,"
            " paused = CASE WHEN coalesce(failing_since, ?) <= ? THEN 1 ELSE paused END"
            f" WHERE id = ? RETURNING {_FEED_COLUMNS.replace('f.', '')}",
            now,
            error,
            next_at,
            now,
            now - pause_after,
            feed_id,
        )
        return _feed(rows[0]) if rows else None

    # ---- announcing --------------------------------------------------------------------------

    async def pending_posts(self, limit: int) -> list[PendingPost]:
        rows = await self._fetch(
            "SELECT p.id, s.id, s.guild_id, s.channel_id, p.article_id, p.link, f.title, f.url, p.created_at"
            " FROM feed_posts p JOIN feed_subscriptions s ON s.id = p.subscription_id"
            " JOIN feeds f ON f.id = s.feed_id WHERE p.posted_at IS NULL ORDER BY p.id LIMIT ?",
            limit,
        )
        return [
            PendingPost(int(r[0]), int(r[1]), int(r[2]), int(r[3]), int(r[4]), r[5], r[6], r[7], float(r[8]))
            for r in rows
        ]

    async def mark_posted(self, post_id: int, now: float, error: str | None = None) -> None:
        async with self._transaction() as db:
            await _run(db, "UPDATE feed_posts SET posted_at = ?, error = ? WHERE id = ?", now, error, post_id)

    async def pause_notices(self) -> list[PauseNotice]:
        rows = await self._fetch(
            "SELECT s.id, s.guild_id, s.channel_id, f.url, f.title, f.last_error, f.failing_since"
            " FROM feed_subscriptions s"
            " JOIN feeds f ON f.id = s.feed_id WHERE f.paused = 1 AND s.pause_told = 0 ORDER BY s.id"
        )
        return [
            PauseNotice(int(r[0]), int(r[1]), int(r[2]), r[3], r[4], r[5], float(r[6] or 0)) for r in rows
        ]

    async def mark_told(self, subscription_id: int) -> None:
        async with self._transaction() as db:
            await _run(db, "UPDATE feed_subscriptions SET pause_told = 1 WHERE id = ?", subscription_id)

    # ---- the poller's lease ------------------------------------------------------------------

    async def acquire_lease(self, holder: str, *, now: float, until: float) -> bool:
        """Hold (or renew) the poller's lease until `until`, unless another process holds it."""
        rows = await self._change(
            "INSERT INTO feed_leases (name, holder, expires_at) VALUES (?, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at"
            " WHERE feed_leases.holder = excluded.holder OR feed_leases.expires_at < ? RETURNING holder",
            POLLER_LEASE,
            holder,
            until,
            now,
        )
        return bool(rows)

    async def release_lease(self, holder: str) -> None:
        async with self._transaction() as db:
            await _run(db, "DELETE FROM feed_leases WHERE name = ? AND holder = ?", POLLER_LEASE, holder)
