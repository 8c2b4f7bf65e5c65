"""Embeds for one article: its summary, who is quoted in it, and the sentiment of its topics."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import quote as percent_encode
from urllib.parse import urlparse

import discord

from bot.analysis import (
    ArticleAnalysis,
    Expert,
    Quote,
    Summary,
    TopicSentiment,
    UnnamedSource,
    polarity_label,
)

from .inert import inert
from .limits import FIELD_VALUE, TITLE, fit_embed, truncate
from .pagination import PAGE_CHARS, pack_lines

if TYPE_CHECKING:
    from bot.store.models import ArticleInfo

COLOR = discord.Colour(0x2B6CB0)
QUOTE_CHARS = 700
EXPERT_BLOCKS_PER_PAGE = 6
CHART_FILENAME = "sentiment.png"
_LINK_BREAKERS = re.compile(r"[\s()<>\[\]\\`\"]")


def one_line(text: str) -> str:
    """Collapse whitespace so article text cannot break our line-based layout (blockquotes, lists)."""
    return " ".join(text.split())


def quoted_sentence(sentence: str, limit: int) -> str:
    """An article's sentence in quote marks; one that opens with its own quotation is shown as written,
    so no mark is doubled ("““Twitter's slide")."""
    text = inert(sentence)
    if text[:1] in "“\"‘'«„":
        return truncate(text, limit)
    return f"“{truncate(text, limit - 2)}”"


def source_url(info: ArticleInfo) -> str | None:
    """The article's source if it is a web address, with the characters that would end or break a
    Markdown link (spaces, brackets, parentheses) percent-encoded."""
    source = (info.source or "").strip()
    parsed = urlparse(source)
    if parsed.scheme in ("http", "https") and parsed.netloc and len(source) <= 2048:
        return _LINK_BREAKERS.sub(lambda m: percent_encode(m.group()), source)
    return None


def source_text(info: ArticleInfo, max_chars: int = FIELD_VALUE) -> str:
    """The source as the user should see it: a link named after its site, or the plain name.

    A link too long for the room left is shown as its site alone, since a cut link is broken.
    """
    url = source_url(info)
    if url:
        host = inert(urlparse(url).netloc.removeprefix("www."))
        link = f"[{host}]({url})"
        return link if len(link) <= max_chars else truncate(host, max_chars)
    return truncate(inert(info.source or "unknown source"), max_chars)


def scope_note(info: ArticleInfo) -> str:
    """Whose library the article is in, when it is not only this server's: shared articles are added
    from the command line and only removed there."""
    if getattr(info, "is_seed", False):
        return "seed, shared with every server"
    return "shared with every server" if info.guild_id is None else ""


def origin_text(info: ArticleInfo, max_chars: int = FIELD_VALUE, *, dated: bool = True) -> str:
    """Where the article came from: its source, or who pasted it and when (a mention, which never
    pings in an embed), or "no source"."""
    if info.source:
        return source_text(info, max_chars)
    if not info.added_by:
        return "no source"
    when = f" on {info.added_at:%Y-%m-%d at %H:%M} UTC" if dated else ""
    return f"pasted by <@{info.added_by}>{when}"


def article_footer(info: ArticleInfo) -> str:
    kind = "seed article" if getattr(info, "is_seed", False) else "article"
    scope = " · shared with every server" if info.guild_id is None else ""
    return f"{kind} #{info.id} · {info.word_count:,} words{scope}"


def article_embed(info: ArticleInfo, *, title: str, description: str | None = None) -> discord.Embed:
    """The common frame of an answer about one article: title, link to the source, article id."""
    embed = discord.Embed(
        title=truncate(title, TITLE), description=description, colour=COLOR, url=source_url(info)
    )
    embed.set_footer(text=article_footer(info))
    return embed


def subjectivity_word(subjectivity: float) -> str:
    if subjectivity < 0.35:
        return "factual"
    if subjectivity > 0.65:
        return "opinionated"
    return "mixed"


def sentiment_text(polarity: float, subjectivity: float) -> str:
    return (
        f"polarity {polarity:+.2f} ({polarity_label(polarity)}), "
        f"subjectivity {subjectivity:.2f} ({subjectivity_word(subjectivity)})"
    )


# ---- /summary ---------------------------------------------------------------------------------


def summary_embed(info: ArticleInfo, summary: Summary) -> discord.Embed:
    """The summary sentences as the description, then how much shorter it is, keywords and source."""
    body = "\n\n".join(inert(s) for s in summary.sentences) or "This article has no sentences to summarise."
    embed = article_embed(info, title=f"Summary: {inert(info.title)}", description=truncate(body, 4000))
    embed.add_field(name="Reduced by", value=f"{summary.reduced_by:.0f}% of the article's words", inline=True)
    embed.add_field(name="Sentences", value=str(len(summary.sentences)), inline=True)
    if summary.keywords:
        embed.add_field(
            name="Keywords", value=truncate(inert(", ".join(summary.keywords)), FIELD_VALUE), inline=False
        )
    embed.add_field(name="Source", value=origin_text(info), inline=False)
    return fit_embed(embed)


# ---- /experts ---------------------------------------------------------------------------------


def quote_line(quote: Quote) -> str:
    text = truncate(inert(quote.text), QUOTE_CHARS)
    if quote.kind == "direct":
        return f"> “{text}”"
    return f"> *reported:* {text}"


def speaker_blocks(header: str, quotes: Sequence[Quote]) -> list[str]:
    """One block per page-sized group of a speaker's quotes; later blocks repeat the header."""
    blocks: list[str] = []
    current = [header]
    size = len(header)
    for quote in quotes:
        line = quote_line(quote)
        if len(current) > 1 and size + len(line) + 1 > PAGE_CHARS - 100:
            blocks.append("\n".join(current))
            current = [f"{header} *(continued)*"]
            size = len(current[0])
        current.append(line)
        size += len(line) + 1
    if len(current) == 1:
        current.append("> *(no quotes kept)*")
    blocks.append("\n".join(current))
    return blocks


def expert_header(expert: Expert) -> str:
    name = truncate(inert(expert.name), 200)
    if expert.role:
        return f"**{name}** — {truncate(inert(expert.role), 300)}"
    return f"**{name}**"


def source_header(source: UnnamedSource) -> str:
    label = "organisation" if source.kind == "organization" else "unnamed source"
    return f"**{truncate(inert(source.speaker), 200)}** — {label}"


def experts_pages(info: ArticleInfo, analysis: ArticleAnalysis) -> list[discord.Embed]:
    """Named experts first (role, then each quote), unnamed sources after them: on one page when
    everything fits, else on pages of their own, page 1 saying what the next pages hold."""
    expert_blocks = [b for e in analysis.experts for b in speaker_blocks(expert_header(e), e.quotes)]
    source_blocks = [b for s in analysis.unnamed_sources for b in speaker_blocks(source_header(s), s.quotes)]
    experts_title = f"Experts quoted in {inert(info.title)}"
    if not expert_blocks and not source_blocks:
        text = "Nobody is quoted in this article, by name or otherwise."
        return [fit_embed(article_embed(info, title=experts_title, description=text))]
    together = expert_blocks + (
        [UNNAMED_HEADING, *source_blocks] if source_blocks and expert_blocks else source_blocks
    )
    whole = pack_lines(together, max_lines=EXPERT_BLOCKS_PER_PAGE + 1)
    if len(whole) == 1:
        title = experts_title if expert_blocks else f"Unnamed sources in {inert(info.title)}"
        return [fit_embed(article_embed(info, title=title, description=whole[0]))]
    expert_texts = pack_lines(expert_blocks, max_lines=EXPERT_BLOCKS_PER_PAGE) if expert_blocks else []
    source_texts = pack_lines(source_blocks, max_lines=EXPERT_BLOCKS_PER_PAGE) if source_blocks else []
    pages = [article_embed(info, title=experts_title, description=text) for text in expert_texts]
    pages += [
        article_embed(info, title=f"Unnamed sources in {inert(info.title)}", description=text)
        for text in source_texts
    ]
    pages[
        0
    ].description = f"{pages[0].description}\n\n*{next_pages_note(len(expert_texts), len(source_texts))}*"
    return [fit_embed(p) for p in pages]


UNNAMED_HEADING = "*Unnamed sources and organisations:*"


def _page_range(first: int, last: int) -> str:
    return f"page {first}" if first == last else f"pages {first}–{last}"


def next_pages_note(expert_pages: int, source_pages: int) -> str:
    """What the pages after the first hold: "More experts on page 2; unnamed sources on pages 3–4." """
    parts = []
    if expert_pages > 1:
        parts.append(f"more experts on {_page_range(2, expert_pages)}")
    if source_pages:
        first = expert_pages + 1 if expert_pages else 2
        last = expert_pages + source_pages
        if first <= last:
            who = "unnamed sources and organisations" if expert_pages else "more of them"
            parts.append(f"{who} on {_page_range(first, last)}")
    return "Next: " + "; ".join(parts) + "."


# ---- /sentiment -------------------------------------------------------------------------------


def topics_embed(
    info: ArticleInfo, topics: Sequence[TopicSentiment], *, chart: str | None = CHART_FILENAME
) -> discord.Embed:
    """The article's main topics, one line each, with the bar chart attached as `chart`."""
    if not topics:
        return fit_embed(
            article_embed(
                info,
                title=f"Sentiment: {inert(info.title)}",
                description="No topics stand out in this article, so there is no sentiment to show.",
            )
        )
    lines = [
        f"**{truncate(inert(t.phrase), 100)}** — {sentiment_text(t.polarity, t.subjectivity)}"
        f" · {t.mentions} mention{'s' if t.mentions != 1 else ''}"
        for t in topics
    ]
    embed = article_embed(
        info, title=f"Sentiment: {inert(info.title)}", description=pack_lines(lines, max_lines=25)[0]
    )
    if chart:
        embed.set_image(url=f"attachment://{chart}")
    return fit_embed(embed)


def topic_embed(
    info: ArticleInfo,
    topic: TopicSentiment,
    *,
    most_positive: str | None,
    most_negative: str | None,
) -> discord.Embed:
    """One topic in one article: its polarity and subjectivity, and its warmest and coldest sentences."""
    embed = article_embed(
        info,
        title=f"“{inert(topic.phrase)}” in {inert(info.title)}",
        description=f"Mentioned {topic.mentions} time{'s' if topic.mentions != 1 else ''}.",
    )
    embed.add_field(name="Polarity", value=f"{topic.polarity:+.2f} ({polarity_label(topic.polarity)})")
    embed.add_field(
        name="Subjectivity", value=f"{topic.subjectivity:.2f} ({subjectivity_word(topic.subjectivity)})"
    )
    if topic.aliases:
        embed.add_field(
            name="Also called", value=truncate(inert(", ".join(topic.aliases)), FIELD_VALUE), inline=False
        )
    for name, sentence in (
        ("Most positive sentence", most_positive),
        ("Most negative sentence", most_negative),
    ):
        if sentence is not None:
            value = quoted_sentence(sentence, FIELD_VALUE - 4)
            embed.add_field(name=name, value=truncate(value, FIELD_VALUE), inline=False)
    return fit_embed(embed)


def library_topic_pages(
    topic: str,
    rows: Sequence[tuple[ArticleInfo, TopicSentiment]],
    *,
    chart: str | None = CHART_FILENAME,
) -> list[discord.Embed]:
    """A topic across the library: one line per article, the chart on every page."""
    lines = [
        f"`#{info.id}` **{truncate(inert(info.title), 150)}** — "
        f"{sentiment_text(t.polarity, t.subjectivity)} · {t.mentions} mention{'s' if t.mentions != 1 else ''}"
        for info, t in rows
    ]
    title = f"“{inert(topic)}” across this server's library"
    pages = []
    for text in pack_lines(lines):
        embed = discord.Embed(title=truncate(title, TITLE), description=text, colour=COLOR)
        embed.set_footer(text=f"{len(rows)} article{'s' if len(rows) != 1 else ''}")
        if chart:
            embed.set_image(url=f"attachment://{chart}")
        pages.append(fit_embed(embed))
    return pages
