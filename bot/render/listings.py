"""Embeds for the library as a whole: article lists, search results, a speaker's quotes, adds and removals."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import discord

from .embeds import COLOR, QUOTE_CHARS, article_embed, one_line, source_text, source_url
from .limits import TITLE, fit_embed, truncate
from .pagination import pack_lines

if TYPE_CHECKING:
    from bot.store.models import AddResult, ArticleInfo, SearchHit, SpeakerQuote

ARTICLES_PER_PAGE = 10
QUOTES_PER_PAGE = 6
# 40 pages: more than anyone turns through, and a much-quoted speaker's answer stays small in memory
# while its buttons live (thousands of quotes held for three minutes each was most of the bot's RSS).
MAX_QUOTES_SHOWN = 40 * QUOTES_PER_PAGE
SNIPPET_CHARS = 300


def article_line(info: ArticleInfo) -> str:
    seed = " · seed" if getattr(info, "is_seed", False) else ""
    source = source_text(info, 300) if info.source else "no source"
    return (
        f"`#{info.id}` **{truncate(one_line(info.title), 150)}** — {source}"
        f" · {info.word_count:,} words · added {info.added_at:%Y-%m-%d}{seed}"
    )


def _list_pages(title: str, lines: Sequence[str], footer: str) -> list[discord.Embed]:
    pages = []
    for text in pack_lines(lines, max_lines=ARTICLES_PER_PAGE):
        embed = discord.Embed(title=truncate(title, TITLE), description=text, colour=COLOR)
        embed.set_footer(text=footer)
        pages.append(fit_embed(embed))
    return pages


def article_list_pages(infos: Sequence[ArticleInfo], total: int) -> list[discord.Embed]:
    """The server's library, most recent first, ten to a page."""
    if not infos:
        return _list_pages(
            "This server's library", ["The library is empty. An admin can add one with `/article add`."], ""
        )
    shown = f"showing {len(infos)} of {total}" if total > len(infos) else f"{total} in all"
    return _list_pages("This server's library", [article_line(i) for i in infos], f"Articles: {shown}")


def search_pages(query: str, hits: Sequence[SearchHit], total: int) -> list[discord.Embed]:
    """Full-text matches for `query`, each with the snippet that matched (matched words in bold)."""
    title = f"Articles matching “{one_line(query)}”"
    if not hits:
        return _list_pages(title, ["No article in this server's library matches that search."], "")
    lines = [
        f"{article_line(h.info)}\n> {truncate(one_line(h.snippet), SNIPPET_CHARS)}"
        if h.snippet.strip()
        else article_line(h.info)
        for h in hits
    ]
    shown = f"showing {len(hits)} of {total}" if total > len(hits) else f"{total} in all"
    return _list_pages(title, lines, f"Matches: {shown}")


def speaker_quote_line(quote: SpeakerQuote, *, with_speaker: bool) -> str:
    text = truncate(one_line(quote.text), QUOTE_CHARS)
    said = f"> “{text}”" if quote.kind == "direct" else f"> *reported:* {text}"
    who = f"**{truncate(one_line(quote.speaker), 100)}**, " if with_speaker else ""
    return f"{said}\n{who}in `#{quote.article.id}` {truncate(one_line(quote.article.title), 150)}"


def quotes_pages(speaker: str, quotes: Sequence[SpeakerQuote], *, more: bool = False) -> list[discord.Embed]:
    """What one speaker is quoted saying across the library, a few quotes to a page; `more` says
    that older quotes exist beyond these."""
    names = {q.speaker for q in quotes}
    name = next(iter(names)) if len(names) == 1 else speaker
    role = next((q.role for q in quotes if q.role), None)
    footer = f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''}"
    if more:
        footer = f"the newest {footer}; older ones: /articles with their name"
    if role:
        footer = f"{truncate(one_line(role), 300)} · {footer}"
    lines = [speaker_quote_line(q, with_speaker=len(names) > 1) for q in quotes]
    pages = []
    for text in pack_lines(lines, max_lines=QUOTES_PER_PAGE):
        embed = discord.Embed(
            title=truncate(f"What {one_line(name)} said", TITLE), description=text, colour=COLOR
        )
        embed.set_footer(text=footer)
        pages.append(fit_embed(embed))
    return pages


def added_embed(result: AddResult) -> discord.Embed:
    """Confirmation of an add; says so when the same text was already in the library."""
    info = result.article.info
    analysis = result.article.analysis
    if result.created:
        headline = f"Added to the library: {info.title}"
        note = "Ask `/summary`, `/experts` or `/sentiment` about it."
    else:
        headline = f"Already in the library: {info.title}"
        note = "The same text was added before, so nothing changed."
    embed = article_embed(info, title=headline, description=note)
    embed.add_field(name="Words", value=f"{info.word_count:,}")
    embed.add_field(name="People quoted", value=str(len(analysis.experts)))
    if analysis.topics:
        topics = ", ".join(one_line(t.phrase) for t in analysis.topics[:8])
        embed.add_field(name="Topics", value=truncate(topics, 1024), inline=False)
    if source_url(info) or info.source:
        embed.add_field(name="Source", value=source_text(info), inline=False)
    return fit_embed(embed)


def removed_embed(info: ArticleInfo) -> discord.Embed:
    embed = discord.Embed(
        title=truncate(f"Removed from the library: {info.title}", TITLE),
        description=f"Article #{info.id} and its quotes are gone from this server's library.",
        colour=COLOR,
    )
    return fit_embed(embed)
