"""An adjective of size or degree before a harm ("the greatest threat", "a significant disruption")
says how large the harm is: the sentence reads as the harm, not as praise."""

from __future__ import annotations

import pytest

from bot.analysis.sentiment import sentiment

from .test_topic_polarity import NEGATIVE, POSITIVE, polarity


@pytest.mark.parametrize(
    "sentence",
    [
        "Drought is the greatest threat to the valley's orchards.",
        "Locals voiced genuine concerns about the new quarry.",
        "Families on the coast faced substantial hardship over the winter.",
    ],
)
def test_a_large_harm_reads_as_a_harm(sentence: str) -> None:
    assert sentiment(sentence)[0] < NEGATIVE


def test_a_topic_called_the_greatest_threat_reads_negative() -> None:
    text = "Scientists said rising sea temperatures are the greatest threat to the lagoon's corals."
    assert polarity(text, "rising sea temperatures") < NEGATIVE


@pytest.mark.parametrize(
    "sentence",
    [
        "The region has a strong economy and a significant surplus.",
        "It was a great result for the village school.",
    ],
)
def test_the_same_adjectives_still_praise_elsewhere(sentence: str) -> None:
    assert sentiment(sentence)[0] > POSITIVE
