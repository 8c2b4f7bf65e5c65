"""News sentiment: TextBlob's scorer with words of economic news, negation, contrast and names."""

from __future__ import annotations

import pytest

from bot.analysis import normalize_text, split_sentences
from bot.analysis.sentiment import sentiment, tokens
from bot.analysis.topics import topic_sentiment

POSITIVE, NEGATIVE = 0.05, -0.05  # the labels' thresholds


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales slumped in the third quarter.",
        "Carmakers face a shortage of chips.",
        "Exporters ran into problems with local bias.",
        "The results were not good.",
        "Production costs rose sharply this year.",
        "Shares plunged after the company cut its forecast.",
        "The retailer filed for bankruptcy on Tuesday.",
        "Farmers were hurt by months of drought.",
    ],
)
def test_bad_economic_news_reads_negative(sentence: str) -> None:
    assert sentiment(sentence)[0] < NEGATIVE


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports rebounded strongly in May.",
        "Unemployment fell to its lowest level in a decade.",
        "The company returned to profit and raised its dividend.",
        "Profits surged 20 percent.",
        "Debt fell for a third straight year.",
        "The factory did not fail its safety inspection.",
    ],
)
def test_good_economic_news_reads_positive(sentence: str) -> None:
    assert sentiment(sentence)[0] > POSITIVE


@pytest.mark.parametrize(
    ("sentence", "expected_sign"),
    [
        ("The launch was good, but the rollout was a disaster.", -1),
        ("The rollout had problems, but the results were excellent.", 1),
        ("Although costs were a problem, the new plant is a great success.", 1),
        ("The plan looked great, however investors called it a disaster.", -1),
    ],
)
def test_what_follows_a_contrast_carries_the_weight(sentence: str, expected_sign: int) -> None:
    polarity = sentiment(sentence)[0]
    assert polarity * expected_sign > 0.05


@pytest.mark.parametrize(
    "sentence",
    [
        "The Fair Trade Commission met on Monday.",
        "Officials from the Drought Monitor and the Justice Department attended.",
    ],
)
def test_words_inside_names_are_not_judgements(sentence: str) -> None:
    assert sentiment(sentence)[0] == 0.0


@pytest.mark.parametrize(
    "sentence",
    ["Most small firms opened new offices.", "Many companies reported their first full-year results."],
)
def test_descriptive_words_do_not_colour_a_report(sentence: str) -> None:
    assert abs(sentiment(sentence)[0]) <= POSITIVE


def test_negation_splits_contractions() -> None:
    assert tokens("Prices didn't fall.") == ["prices", "did", "n't", "fall", "."]
    assert sentiment("Prices didn't fall.")[0] > sentiment("Prices fell.")[0]


ARTICLE = """Greenfield Motors recalled 200,000 cars after reports of faulty brakes, and its sales slumped 14 percent in March.
Dealers said the recall had badly damaged the brand.
Meanwhile, Greenfield's battery division had a strong quarter, with battery orders up 30 percent.
Analysts praised the battery business as a rare success for the group.
The company's headquarters are in Leeds."""


@pytest.mark.parametrize(
    ("topic", "expected_sign"),
    [("recall", -1), ("sales", -1), ("battery division", 1), ("battery orders", 1)],
)
def test_topics_in_one_article_get_their_own_sentiment(topic: str, expected_sign: int) -> None:
    sentences = split_sentences(normalize_text(ARTICLE))
    result = topic_sentiment(sentences, topic)
    assert result is not None
    assert result.polarity * expected_sign > 0.05
    assert -1.0 <= result.polarity <= 1.0 and 0.0 <= result.subjectivity <= 1.0


def test_a_topic_with_no_opinion_around_it_is_neutral() -> None:
    sentences = split_sentences(normalize_text(ARTICLE))
    result = topic_sentiment(sentences, "headquarters")
    assert result is not None
    assert abs(result.polarity) <= 0.05


@pytest.mark.parametrize(
    "text", ["", "!!!", "🙂🙂🙂", "Die Wirtschaft wächst.", "x" * 1_000_000, "not " * 10_000, "but but but"]
)
def test_odd_input_stays_in_range(text: str) -> None:
    polarity, subjectivity = sentiment(text)
    assert -1.0 <= polarity <= 1.0
    assert 0.0 <= subjectivity <= 1.0
