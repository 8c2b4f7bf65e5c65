"""Hand-made analyses, so store tests control exactly which speakers, quotes and topics are stored."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.analysis import normalize_text, split_sentences
from bot.analysis.models import (
    ArticleAnalysis,
    Expert,
    Quote,
    Summary,
    TopicSentiment,
    UnnamedSource,
)
from bot.store import LibraryStore, content_hash


def quote_in(text: str, words: str, sentence_index: int = 0) -> Quote:
    start = text.index(words)
    return Quote(words, "direct", start, start + len(words), sentence_index)


def make_analysis(
    text: str,
    title: str,
    experts: Sequence[tuple[str, str | None, Sequence[str]]] = (),
    unnamed: Sequence[tuple[str, Sequence[str]]] = (),
    topics: Sequence[str] = (),
) -> ArticleAnalysis:
    """An analysis of `text` whose experts/unnamed sources say the given words (which must be in it)."""
    text = normalize_text(text)
    sentences = split_sentences(text)
    return ArticleAnalysis(
        title=title,
        word_count=len(text.split()),
        sentences=sentences,
        experts=[Expert(name, role, [quote_in(text, w) for w in said]) for name, role, said in experts],
        unnamed_sources=[
            UnnamedSource(speaker, "unnamed", [quote_in(text, w) for w in said]) for speaker, said in unnamed
        ],
        summary=Summary([sentences[0].text], [0], 50.0, ["alpha", "beta"]),
        sentence_scores=[1.0 / (i + 1) for i in range(len(sentences))],
        keywords=["alpha", "beta"],
        topics=[
            TopicSentiment(t, 0.25, 0.5, 1, [0], [sentences[0].text], aliases=[t.upper()]) for t in topics
        ],
    )


def article_fields(text: str, title: str, guild_id: int | None, **analysis: Any) -> dict[str, Any]:
    """Keyword arguments for Store.add_article."""
    text = normalize_text(text)
    return {
        "guild_id": guild_id,
        "title": title,
        "source": "test",
        "added_by": 42,
        "text": text,
        "content_hash": content_hash(text),
        "analysis": make_analysis(text, title, **analysis),
    }


async def assert_one_library_for_all(stores: Sequence[LibraryStore]) -> None:
    """Stores opened on one database at once (each migrating it): what one adds, every one sees. Closes
    them all."""
    try:
        await stores[0].add_article(**article_fields("Written by one, read by all.", "Shared", None))
        for store in stores:
            assert (await store.list_articles(None, 10, 0))[1] == 1
    finally:
        for store in stores:
            await store.close()
