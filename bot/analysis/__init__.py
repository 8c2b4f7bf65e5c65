"""Pure analysis of one article: text in, dataclasses out. No I/O, no discord, no database."""

from __future__ import annotations

from .models import (
    ArticleAnalysis,
    Expert,
    Quote,
    Sentence,
    Summary,
    TopicSentiment,
    UnnamedSource,
)
from .quotes import extract_experts
from .sentences import split_sentences
from .summary import DEFAULT_SENTENCES, rank_sentences, select_summary
from .text import normalize_text, word_count
from .topics import extract_topics, topic_sentiment

__all__ = [
    "DEFAULT_SENTENCES",
    "ArticleAnalysis",
    "Expert",
    "Quote",
    "Sentence",
    "Summary",
    "TopicSentiment",
    "UnnamedSource",
    "analyze",
    "extract_experts",
    "extract_topics",
    "normalize_text",
    "rank_sentences",
    "select_summary",
    "split_sentences",
    "topic_sentiment",
]


def analyze(
    text: str, title: str | None = None, summary_sentences: int = DEFAULT_SENTENCES
) -> ArticleAnalysis:
    """Analyse one article. `text` is normalised first; offsets refer to the normalised text."""
    text = normalize_text(text)
    sentences = split_sentences(text)
    experts, unnamed = extract_experts(text, sentences)
    ranking = rank_sentences(sentences, title=title)
    summary = select_summary(sentences, ranking, count=summary_sentences)
    topics = extract_topics(sentences, title=title)
    return ArticleAnalysis(
        title=title,
        word_count=word_count(text),
        sentences=sentences,
        experts=experts,
        unnamed_sources=unnamed,
        summary=summary,
        sentence_scores=ranking.scores,
        keywords=ranking.keywords,
        topics=topics,
    )
