"""Topics (key noun phrases) and TextBlob sentiment on each. (placeholder)"""

from __future__ import annotations

from .models import Sentence, TopicSentiment


def extract_topics(
    sentences: list[Sentence], title: str | None = None, limit: int = 8
) -> list[TopicSentiment]:
    return []


def topic_sentiment(sentences: list[Sentence], topic: str) -> TopicSentiment | None:
    return None
