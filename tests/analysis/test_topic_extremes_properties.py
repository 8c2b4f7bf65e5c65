"""topic_extremes never raises and only ever names the topic's own sentences."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.analysis import normalize_text, split_sentences
from bot.analysis.topics import topic_extremes, topic_sentiment

WORDS = ["sales", "fell", "rose", "not", "good", "but", "lack", "of", "against", "Acme", "profits", ".", ","]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=40), st.sampled_from(WORDS[:10]))
def test_extremes_never_raise_and_come_from_the_topic(words: list[str], topic: str) -> None:
    result = topic_sentiment(split_sentences(normalize_text(" ".join(words))), topic)
    if result is None:
        return
    best, worst = topic_extremes(result)
    assert best is None or best in result.sentences
    assert worst is None or worst in result.sentences
