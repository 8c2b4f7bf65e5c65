"""Embeds for the library as a whole: article lists, search results, a speaker's quotes, adds and removals."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING

import discord

from .embeds import COLOR, QUOTE_CHARS, article_embed, origin_text, scope_note
from .inert import escape, inert, plain
from .limits import DESCRIPTION, TITLE, fit_embed, truncate
from .pagination import LinePages, group_lines, number_page, pack_lines

if TYPE_CHECKING:
    from bot.store.models import AddResult, ArticleInfo, SearchHit, SpeakerQuote

ARTICLES_PER_PAGE = 10
QUOTES_PER_PAGE = 6
# 40 pages: more than anyone turns through, and a much-quoted speaker's answer stays small in memory
# while its buttons live (thousands of quotes held for three minutes each was most of the bot's RSS).
MAX_QUOTES_SHOWN = 40 * QUOTES_PER_PAGE
SNIPPET_CHARS = 300


def article_line(info: ArticleInfo) -> str:
    scope = scope_note(info)
    return (
        f"`#{info.id}` **{truncate(inert(info.title), 150)}** — {origin_text(info, 300, dated=False)}"
        f" · {info.word_count:,} words · added {info.added_at:%Y-%m-%d}{f' · {scope}' if scope else ''}"
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


def _search_title(query: str) -> str:
    return f"Articles matching “{inert(query)}”"


def _search_footer(shown: int, total: int) -> str:
    return f"Matches: {f'showing {shown} of {total}' if total > shown else f'{total} in all'}"


def _hit_line(info: ArticleInfo, snippet: str) -> str:
    """An article line and, under it, the passage that matched (matched words in bold)."""
    if not snippet.strip():
        return article_line(info)
    return f"{article_line(info)}\n> {bold_matches(snippet, SNIPPET_CHARS)}"


def bold_matches(snippet: str, limit: int) -> str:
    """A search snippet (matched words between `**` marks, from the store) with the article's own text
    escaped and only the marks left as Markdown, in at most `limit` characters. Text that itself holds
    `**` may shift which words look bold, but nothing in it can render as anything else."""
    parts: list[str] = []
    room = limit
    for index, segment in enumerate(plain(snippet).split("**")):
        marks = "**" if index % 2 else ""
        text = escape(segment)
        if not text.strip():
            parts.append(text)
            room -= len(text)
            continue
        if len(text) + 2 * len(marks) > room:
            text = truncate(text, room - 2 * len(marks))
            parts.append(f"{marks}{text}{marks}" if text else "")
            break
        parts.append(f"{marks}{text}{marks}")
        room -= len(text) + 2 * len(marks)
    return "".join(parts)


def search_pages(query: str, hits: Sequence[SearchHit], total: int) -> list[discord.Embed]:
    """Full-text matches for `query`, each with the snippet that matched (matched words in bold)."""
    if not hits:
        return _list_pages(
            _search_title(query), ["No article in this server's library matches that search."], ""
        )
    lines = [_hit_line(h.info, h.snippet) for h in hits]
    return _list_pages(_search_title(query), lines, _search_footer(len(hits), total))


class SearchPages:
    """Full-text matches for `query` whose snippets are made a page at a time, when the page is shown
    (a PageSource): a search answers with up to 100 hits, and 100 snippets cost more than the search.
    Pages are laid out before any snippet exists, with a whole snippet's room kept for each hit, so
    their number and contents never change as they are turned."""

    def __init__(
        self,
        query: str,
        hits: Sequence[SearchHit],
        total: int,
        load_snippets: Callable[[list[int]], Awaitable[Mapping[int, str]]],
    ) -> None:
        if not hits:
            raise ValueError("no hits: use search_pages for the empty answer")
        self._title = _search_title(query)
        self._footer = _search_footer(len(hits), total)
        self._hits = list(hits)
        self._load = load_snippets
        # The room is kept against Discord's hard limit, not the page size aimed for: snippets are
        # mostly far shorter than SNIPPET_CHARS, and reserving it against PAGE_CHARS left pages half
        # empty.
        room = [len(article_line(h.info)) + len("\n> ") + SNIPPET_CHARS for h in self._hits]
        self._pages = group_lines(room, max_chars=DESCRIPTION, max_lines=ARTICLES_PER_PAGE)

    def __len__(self) -> int:
        return len(self._pages)

    async def page(self, index: int) -> discord.Embed:
        hits = [self._hits[i] for i in self._pages[index]]
        snippets = await self._load([h.info.id for h in hits])
        text = "\n".join(_hit_line(h.info, snippets.get(h.info.id, "")) for h in hits)
        embed = discord.Embed(title=truncate(self._title, TITLE), description=text, colour=COLOR)
        embed.set_footer(text=self._footer)
        return number_page(embed, index + 1, len(self._pages))


def speaker_quote_line(quote: SpeakerQuote, *, with_speaker: bool) -> str:
    text = truncate(inert(quote.text), QUOTE_CHARS)
    said = f"> “{text}”" if quote.kind == "direct" else f"> *reported:* {text}"
    who = f"**{truncate(inert(quote.speaker), 100)}**, " if with_speaker else ""
    return f"{said}\n{who}in `#{quote.article.id}` {truncate(inert(quote.article.title), 150)}"


def quotes_pages(speaker: str, quotes: Sequence[SpeakerQuote], *, more: bool = False) -> LinePages:
    """What one speaker is quoted saying across the library, a few quotes to a page, each page built
    when shown; `more` says that older quotes exist beyond these."""
    names = {q.speaker for q in quotes}
    name = next(iter(names)) if len(names) == 1 else speaker
    role = next((q.role for q in quotes if q.role), None)
    footer = f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''}"
    if more:
        footer = f"the newest {footer}; older ones: /articles with their name"
    if role:
        footer = f"{truncate(plain(role), 300)} · {footer}"
    return LinePages(
        (speaker_quote_line(q, with_speaker=len(names) > 1) for q in quotes),
        title=f"What {inert(name)} said",
        footer=footer,
        colour=COLOR,
        max_lines=QUOTES_PER_PAGE,
    )


def added_embed(result: AddResult) -> discord.Embed:
    """Confirmation of an add; says so when the same text was already in the library."""
    info = result.article.info
    analysis = result.article.analysis
    if result.created:
        headline = f"Added to the library: {inert(info.title)}"
        note = "Ask `/summary`, `/experts` or `/sentiment` about it."
    else:
        headline = f"Already in the library: {inert(info.title)}"
        note = "The same text was added before, so nothing changed."
    embed = article_embed(info, title=headline, description=note)
    embed.add_field(name="Words", value=f"{info.word_count:,}")
    embed.add_field(name="People quoted", value=str(len(analysis.experts)))
    if analysis.topics:
        topics = inert(", ".join(t.phrase for t in analysis.topics[:8]))
        embed.add_field(name="Topics", value=truncate(topics, 1024), inline=False)
    embed.add_field(name="Source", value=origin_text(info), inline=False)
    return fit_embed(embed)


def added_many_embed(outcomes: Sequence[tuple[str, AddResult | str]]) -> discord.Embed:
    """What became of each file of one /article add: added, already there, or why not (a sentence)."""
    lines = []
    for filename, outcome in outcomes:
        name = truncate(inert(filename), 100)
        if isinstance(outcome, str):
            lines.append(f"**Not added** {name}: {truncate(inert(outcome), 300)}")
            continue
        info = outcome.article.info
        verb = "Added" if outcome.created else "Already in the library"
        lines.append(
            f"**{verb}** {name} as `#{info.id}` {truncate(inert(info.title), 150)} · {info.word_count:,} words"
        )
    added = sum(1 for _, o in outcomes if not isinstance(o, str) and o.created)
    embed = discord.Embed(
        title=f"Added {added} of {len(outcomes)} files to the library",
        description=truncate("\n".join(lines), DESCRIPTION),
        colour=COLOR,
    )
    embed.set_footer(text="Ask /summary, /experts or /sentiment about any of them.")
    return fit_embed(embed)


def removed_embed(info: ArticleInfo) -> discord.Embed:
    embed = discord.Embed(
        title=truncate(f"Removed from the library: {inert(info.title)}", TITLE),
        description=f"Article #{info.id} and its quotes are gone from this server's library.",
        colour=COLOR,
    )
    return fit_embed(embed)
