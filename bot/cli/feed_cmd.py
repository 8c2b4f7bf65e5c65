"""`newsdesk feed add|list|remove|poll`: a server's feed subscriptions from the command line."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # loaded when a feed command runs, not for every `newsdesk` command
    from bot.feeds import FeedService, PollReport
    from bot.store.feeds import Subscription

Handler = Callable[["FeedService", argparse.Namespace], Awaitable[int]]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    feed = sub.add_parser(
        "feed",
        help="news feeds a server follows",
        description="News feeds (RSS, Atom, JSON Feed) a server follows.",
    )
    actions = feed.add_subparsers(dest="feed_command", metavar="ACTION", required=True)

    def action(name: str, help: str, handler: Handler) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, help=help, description=help)
        parser.set_defaults(func=lambda args: _run(handler, args))
        return parser

    p = action("add", "follow a feed: read it once, then poll it for new articles", _add)
    p.add_argument("url", metavar="URL")
    p.add_argument("--guild", type=int, required=True, metavar="ID", help="the Discord server")
    p.add_argument(
        "--channel", type=int, required=True, metavar="ID", help="where its articles are announced"
    )
    p = action("list", "the feeds a server follows", _list)
    p.add_argument("--guild", type=int, required=True, metavar="ID", help="the Discord server")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p = action("remove", "stop following a feed", _remove)
    p.add_argument("feed", metavar="FEED", help="the feed's number (from list), its URL or part of its title")
    p.add_argument("--guild", type=int, required=True, metavar="ID", help="the Discord server")
    p = action("poll", "poll every feed now, whatever its schedule, and print the articles added", _poll)
    p.add_argument("--json", action="store_true", help="print JSON instead of text")


def _run(handler: Handler, args: argparse.Namespace) -> int:
    from bot.feeds import FeedService
    from bot.library import Library
    from bot.settings import load_settings

    async def main() -> int:
        async with await Library.open(load_settings()) as library:
            return await handler(await FeedService.open(library), args)

    return asyncio.run(main())


def subscription_json(subscription: Subscription) -> dict[str, Any]:
    feed = subscription.feed
    return {
        "id": subscription.id,
        "url": feed.url,
        "title": feed.title,
        "guild_id": subscription.guild_id,
        "channel_id": subscription.channel_id,
        "paused": feed.paused,
        "failures": feed.failures,
        "last_error": feed.last_error,
    }


def _line(subscription: Subscription) -> str:
    feed = subscription.feed
    state = " [paused]" if feed.paused else (f" [failing: {feed.last_error}]" if feed.failures else "")
    return f"#{subscription.id} {feed.title} — {feed.url} → channel {subscription.channel_id}{state}"


async def _add(service: FeedService, args: argparse.Namespace) -> int:
    subscription, parsed = await service.follow(args.url, guild_id=args.guild, channel_id=args.channel)
    count = len(parsed.items)
    print(f"Following {_line(subscription)} ({count} item{'s' if count != 1 else ''} in the feed now).")
    return 0


async def _list(service: FeedService, args: argparse.Namespace) -> int:
    subscriptions = await service.following(args.guild)
    if args.json:
        print(
            json.dumps({"feeds": [subscription_json(s) for s in subscriptions]}, ensure_ascii=False, indent=2)
        )
    elif not subscriptions:
        print("This server follows no feeds.")
    else:
        for subscription in subscriptions:
            print(_line(subscription))
    return 0


async def _remove(service: FeedService, args: argparse.Namespace) -> int:
    subscription = await service.unfollow(args.feed, guild_id=args.guild)
    print(f"No longer following {subscription.feed.title} — {subscription.feed.url}.")
    return 0


def report_json(report: PollReport) -> dict[str, Any]:
    return {
        "added": [{"feed": a.feed, "id": a.article_id, "title": a.title} for a in report.added],
        "errors": [{"feed": e.feed, "error": e.error} for e in report.errors],
    }


async def _poll(service: FeedService, args: argparse.Namespace) -> int:
    report = await service.poll_all()
    if args.json:
        print(json.dumps(report_json(report), ensure_ascii=False))
    else:
        for added in report.added:
            print(f"Added #{added.article_id} {added.title} (from {added.feed})")
        if not report.added:
            print("No new articles.")
    for failure in report.errors:
        print(f"newsdesk: {failure.feed}: {failure.error}", file=sys.stderr)
    # Some feeds failing is worth a non-zero status for scripts; what was added is still printed.
    return 2 if report.errors else 0
