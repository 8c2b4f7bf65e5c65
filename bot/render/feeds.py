"""Embeds for feeds: a new article's announcement, a server's list of feeds, and following confirmations.

Everything taken from a feed or an article (titles, names, quotes) has its Markdown escaped: a headline
with asterisks or a link in it must read as written, not reformat the message."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlparse

import discord

from bot.analysis.models import Expert, Quote, Summary
from bot.store.feeds import Subscription
from bot.store.models import StoredArticle

from .embeds import COLOR, one_line, source_url
from .inert import escape, inert
from .limits import AUTHOR_NAME, FIELD_NAME, TITLE, fit_embed, truncate
from .pagination import pack_lines

PEOPLE_SHOWN = 3
QUOTE_CHARS = 180
SUMMARY_CHARS = 900
FEEDS_PER_PAGE = 10


def code(url: str) -> str:
    """A URL shown as written (in a code span: no Markdown, no mention, nothing to escape)."""
    return f"`{truncate(url.replace('`', '%60'), 300)}`"


def inert_cut(text: str, limit: int) -> str:
    """Article-derived text for an embed: one line, Markdown and mentions escaped, cut to `limit`."""
    return truncate(inert(text), limit)


def http_url(url: str | None) -> str | None:
    parsed = urlparse(url or "")
    if parsed.scheme in ("http", "https") and parsed.netloc and len(url or "") <= 2048:
        return url
    return None


def _first_quote(expert: Expert) -> Quote | None:
    direct = [q for q in expert.quotes if q.kind == "direct"]
    ranked = direct or list(expert.quotes)
    return ranked[0] if ranked else None


def _person_field(expert: Expert) -> tuple[str, str]:
    name = one_line(expert.name)
    heading = f"{name} — {one_line(expert.role)}" if expert.role else name
    quote = _first_quote(expert)
    said = (
        f"“{inert_cut(quote.text, QUOTE_CHARS)}”" if quote is not None else "*(quoted without a kept quote)*"
    )
    return inert_cut(heading, FIELD_NAME - 10), said


def announcement_embed(
    article: StoredArticle, summary: Summary, *, feed_title: str, link: str | None
) -> discord.Embed:
    """One new article from a feed: title with link, source, a two-sentence summary, the people
    quoted most with a short quote each, and where to see everyone quoted."""
    info = article.info
    description = " ".join(one_line(s) for s in summary.sentences)
    embed = discord.Embed(
        title=inert_cut(info.title, TITLE - 20),
        url=http_url(link) or source_url(info),
        description=inert_cut(description, SUMMARY_CHARS) or None,
        colour=COLOR,
    )
    host = urlparse(http_url(link) or "").netloc.removeprefix("www.")
    source = f"{one_line(feed_title)} · {host}" if host else one_line(feed_title)
    embed.set_author(name=truncate(source, AUTHOR_NAME))
    people = sorted(article.analysis.experts, key=lambda e: -len(e.quotes))[:PEOPLE_SHOWN]
    for expert in people:
        name, value = _person_field(expert)
        embed.add_field(name=name, value=value, inline=False)
    quoted = len(article.analysis.experts)
    who = f"{quoted} people quoted" if quoted != 1 else "1 person quoted"
    embed.set_footer(text=f"article #{info.id} · {who} · /experts article:{info.id} shows who said what")
    return fit_embed(embed)


def feed_line(subscription: Subscription) -> str:
    feed = subscription.feed
    if feed.paused:
        state = " · **paused** (failing for a day; `/feed add` it again to resume)"
    elif feed.failures:
        state = f" · failing: {inert_cut(feed.last_error or 'unknown error', 200)}"
    else:
        state = ""
    return (
        f"`#{subscription.id}` **{inert_cut(feed.title, 120)}** — {code(feed.url)}"
        f" → <#{subscription.channel_id}>{state}"
    )


def feed_list_pages(subscriptions: Sequence[Subscription], limit: int) -> list[discord.Embed]:
    lines = [feed_line(s) for s in subscriptions] or [
        "This server follows no feeds. Someone with Manage Server can add one with `/feed add`."
    ]
    pages = []
    for text in pack_lines(lines, max_lines=FEEDS_PER_PAGE):
        embed = discord.Embed(title="Feeds this server follows", description=text, colour=COLOR)
        embed.set_footer(text=f"{len(subscriptions)} of at most {limit} feeds")
        pages.append(fit_embed(embed))
    return pages


def followed_embed(subscription: Subscription, items: int) -> discord.Embed:
    feed = subscription.feed
    embed = discord.Embed(
        title=truncate(f"Following: {one_line(feed.title)}", TITLE),
        description=(
            f"New articles from {code(feed.url)} will be added to this server's library and"
            f" announced in <#{subscription.channel_id}>. The feed lists {items} item"
            f"{'s' if items != 1 else ''} now; the newest come in with the first poll."
        ),
        colour=COLOR,
    )
    embed.set_footer(text=f"feed #{subscription.id}")
    return fit_embed(embed)


def unfollowed_embed(subscription: Subscription) -> discord.Embed:
    embed = discord.Embed(
        title=truncate(f"No longer following: {one_line(subscription.feed.title)}", TITLE),
        description="Articles it already brought stay in the library.",
        colour=COLOR,
    )
    return fit_embed(embed)


def paused_notice(feed_title: str, feed_url: str, error: str | None) -> str:
    """The one message a channel gets when its feed is paused."""
    reason = f" (last error: {truncate(one_line(error), 300)})" if error else ""
    return (
        f"Newsdesk stopped polling the feed {escape(truncate(one_line(feed_title), 200))}"
        f" <{feed_url}>: it has failed for a day{escape(reason)}. Someone with Manage Server"
        " can `/feed add` it again to resume."
    )
