"""News sentiment: TextBlob's scorer with words of economic news, negation, contrast and names."""

from __future__ import annotations

import math

import pytest

from bot.analysis import normalize_text, split_sentences
from bot.analysis.polarity import NEUTRAL_BAND, polarity_label
from bot.analysis.sentiment import sentiment, tokens
from bot.analysis.topics import DISPLAY_SPREAD, shown_polarity, topic_sentiment

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


@pytest.mark.parametrize(
    ("sentence", "expected_sign"),
    [
        ("Road deaths fell for a third year in a row.", 1),  # a harm that falls is good news
        ("Crime rose in the city centre last year.", -1),
        ("The scheme reduced delays at the border.", 1),
        ("Pollution rose again in the valley.", -1),
    ],
)
def test_harms_read_through_their_direction(sentence: str, expected_sign: int) -> None:
    assert sentiment(sentence)[0] * expected_sign > POSITIVE


def _unshown(shown: float) -> float:
    """The scaled sum behind a shown topic polarity (topics.shown_polarity inverted)."""
    size = abs(shown)
    if size <= NEUTRAL_BAND:
        return shown
    return math.copysign(
        NEUTRAL_BAND + DISPLAY_SPREAD * math.atanh((size - NEUTRAL_BAND) / (1.0 - NEUTRAL_BAND)), shown
    )


def _topic_polarity(text: str, topic: str) -> float:
    result = topic_sentiment(split_sentences(normalize_text(text)), topic)
    assert result is not None
    return result.polarity


@pytest.mark.parametrize(
    ("text", "topic", "expected_sign"),
    [
        # something the text says is missing or short is bad news about it
        ("Villagers said a lack of clean water was the worst problem they faced.", "clean water", -1),
        ("Hospitals are struggling with a shortage of nurses this winter.", "nurses", -1),
        # something the text sets itself against is bad
        ("The new vaccine protects young children against measles.", "measles", -1),
        ("The bank hired 200 staff to prevent fraud.", "fraud", -1),
    ],
)
def test_the_word_governing_a_topic_sets_its_side(text: str, topic: str, expected_sign: int) -> None:
    assert _topic_polarity(text, topic) * expected_sign > POSITIVE


def test_each_side_of_a_contrast_describes_its_own_topic() -> None:
    text = "Sales rose strongly in the spring, but profits collapsed."
    assert _topic_polarity(text, "sales") > POSITIVE
    assert _topic_polarity(text, "profits") < NEGATIVE


def test_a_good_noun_that_falls_is_bad_news() -> None:
    # "profits" is a good word, yet profits that slump are no good news
    assert _topic_polarity("Profits slumped at the chain's stores in May.", "profits") < NEGATIVE
    assert sentiment("Profits slumped at the chain's stores.")[0] < NEGATIVE


def test_names_anchor_the_words_near_them() -> None:
    # capitalised names are not rated, yet they are where the topic is
    text = "Shares of Brightwater fell sharply on Monday while Northgate soared."
    assert _topic_polarity(text, "Brightwater") < _topic_polarity(text, "Northgate")


def test_one_mild_word_far_from_the_topic_leaves_it_neutral() -> None:
    far = (
        "The ministry, which moved its offices to the old customs house in the harbour district last "
        "spring after the lease ran out, said the plan was reasonable."
    )
    near = _topic_polarity("The ministry was reasonable.", "ministry")
    assert near > POSITIVE
    # compared before the display squashes the stronger reading more
    assert abs(_unshown(_topic_polarity(far, "ministry"))) < _unshown(near) / 2


@pytest.mark.parametrize(
    ("sentence", "expected_sign"),
    [
        # the direction of the movement verb and what moves decide the sign together
        ("Inflation eased in March.", 1),
        ("Inflation cooled in March.", 1),
        ("The trade deficit narrowed.", 1),
        ("The trade deficit widened.", -1),
        ("Debt ballooned.", -1),
        ("Violence subsided after the talks.", 1),
        ("Growth cooled in the second half.", -1),
        ("Losses deepened.", -1),
    ],
)
def test_general_movement_verbs_read_with_the_noun_that_moves(sentence: str, expected_sign: int) -> None:
    assert sentiment(sentence)[0] * expected_sign > 0.05


def test_a_topic_whose_bad_measure_eased_reads_positive() -> None:
    text = normalize_text(
        "Inflation eased sharply in March, the statistics office said on Tuesday. "
        "Economists had expected a smaller change. The central bank meets next week."
    )
    result = topic_sentiment(split_sentences(text), "inflation")
    assert result is not None and result.polarity > POSITIVE


def test_a_savaged_topic_shows_a_stronger_figure_than_a_mildly_praised_one() -> None:
    mild = _topic_polarity("The ministry was reasonable.", "ministry")
    savaged = _topic_polarity("The ministry was corrupt, brutal and a disaster, critics said.", "ministry")
    assert mild > NEUTRAL_BAND
    assert -1.0 < savaged < -mild


@pytest.mark.parametrize(
    "scaled", [-9.0, -1.2, -0.051, -0.05, -0.01, 0.0, 0.03, 0.05, 0.0501, 0.4, 2.5, 40.0]
)
def test_the_shown_polarity_keeps_the_label_of_the_reading(scaled: float) -> None:
    shown = shown_polarity(scaled)
    assert -1.0 < shown < 1.0
    assert polarity_label(shown) == polarity_label(scaled)
    assert shown_polarity(scaled + 0.1) > shown
