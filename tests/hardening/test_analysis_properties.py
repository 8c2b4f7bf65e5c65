"""Property-based tests: whatever text arrives, the analysis answers and never raises."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.analysis import analyze, topic_sentiment

pytestmark = pytest.mark.slow

QUOTES = ['"', "“", "”", "'", "‘", "’", "«", "»"]
NEWS_WORDS = [
    "said",
    "says",
    "told",
    "according",
    "to",
    "he",
    "she",
    "they",
    "experts",
    "Mr.",
    "Dr.",
    "U.S.",
    "Wang",
    "Smith",
    "director",
    "of",
    "the",
    "Bank",
    ",",
    ".",
    ":",
    "\n",
    "CEO",
    "added",
    "warned",
    "suggested",
    "that",
    "called",
    "for",
    "profits",
    "slumped",
    "growth",
    "not",
    "but",
    "@everyone",
    "<@123>",
    "مرحبا",
    "שלום",
    "😀",
    "\u202e",
    "\x00",
    "\t",
    "—",
    "…",
    "(",
    ")",
    "[",
    "]",
]

news_like = st.lists(st.sampled_from(NEWS_WORDS + QUOTES), max_size=120).map(" ".join)
fragments = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(QUOTES + NEWS_WORDS)), max_size=40).map(
    "".join
)

PROFILE = settings(
    max_examples=2500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _check(text: str) -> None:
    result = analyze(text)
    for expert in result.experts:
        assert expert.name.strip()
        for quote in expert.quotes:
            assert quote.kind in ("direct", "indirect")
    assert 0.0 <= result.summary.reduced_by <= 100.0
    assert len(result.sentence_scores) == len(result.sentences)
    for topic in result.topics:
        assert -1.0 <= topic.polarity <= 1.0
        assert 0.0 <= topic.subjectivity <= 1.0


@PROFILE
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    _check(text)


@PROFILE
@given(news_like)
def test_news_like_token_soup_never_raises(text: str) -> None:
    _check(text)
    topic_sentiment(analyze(text).sentences, "profits")


@PROFILE
@given(fragments)
def test_unbalanced_and_nested_quotes_never_raise(text: str) -> None:
    _check(text)


@settings(max_examples=2500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=60), st.text(max_size=300))
def test_any_typed_topic_gets_an_answer_or_not_discussed(topic: str, text: str) -> None:
    result = topic_sentiment(analyze(text).sentences, topic)
    assert result is None or -1.0 <= result.polarity <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n\n \t",
        '"' * 5000,
        "“" * 300 + "”" * 7,
        "x" * 1_000_000,
        ("word " * 200_000).strip(),
        "\u202eright-to-left override said Smith.\u202c",
        "这是一篇中文新闻。专家说，经济正在增长。",
        "Le ministre a déclaré : « La croissance est forte. »",
        '"Nested "quotes" inside," said John Smith, "and more \'inner\' ones."',
        "😀" * 1000,
    ],
    ids=[
        "empty",
        "blank",
        "quote-marks",
        "curly-unbalanced",
        "1MB-line",
        "200k-words",
        "rtl",
        "chinese",
        "french",
        "nested",
        "emoji",
    ],
)
def test_hostile_articles_never_raise(text: str) -> None:
    _check(text)
