"""The topic index cache stays within its character budget, whatever the library asks about."""

from __future__ import annotations

from bot.analysis.topic_index import _IndexCache


def _article(i: int, sentences: int = 40) -> tuple[str, ...]:
    return tuple(
        f"Report {i} line {k}: the harbour authority raised its fees again." for k in range(sentences)
    )


def test_the_cache_keeps_recent_articles_within_its_budget() -> None:
    size = sum(len(t) for t in _article(0))
    cache = _IndexCache(max_chars=3 * size, max_entries=512)
    first = cache.get(_article(0))
    assert cache.get(_article(0)) is first  # asked again: reused, not rebuilt
    for i in range(1, 20):
        cache.get(_article(i))
        assert cache.chars <= 3 * size
    latest = cache.get(_article(19))
    assert cache.get(_article(19)) is latest
    # the first article was dropped to stay within the budget: asking again builds it anew
    assert cache.get(_article(0)) is not first


def test_an_article_larger_than_the_budget_is_answered_but_not_kept() -> None:
    cache = _IndexCache(max_chars=100, max_entries=512)
    index = cache.get(_article(1))
    assert len(index.terms) == 40
    assert cache.chars == 0
