"""How economic news says a figure moved, read for the topic that moved: inflation that rose, a
figure compared with an earlier one, a market's demand, a charge named as a rise, a modifier noun
before the figure it qualifies."""

from __future__ import annotations

import pytest

from bot.analysis.sentiment import judgement_in, sentiment

from .test_topic_polarity import NEGATIVE, POSITIVE, polarity


def test_inflation_that_rose_is_bad_news_for_it() -> None:
    # "rising prices" is a news synonym of inflation; its "rising" is no part of the topic where the
    # sentence names inflation itself
    assert polarity("Inflation rose to 7 percent in the spring.", "inflation") < NEGATIVE
    assert polarity("Inflation eased to 2 percent in the spring.", "inflation") > POSITIVE


@pytest.mark.parametrize(
    ("text", "topic", "sign"),
    [
        ("Net profit was $4 million, down from $7 million a year before.", "net profit", -1),
        ("Quarterly profit was $7 million, up from $4 million a year before.", "quarterly profit", 1),
        ("Profit for the last three months of the year was $4 million, down from $7 million.", "profit", -1),
        ("Public debt stood at $40 billion, up from $31 billion.", "public debt", -1),
    ],
)
def test_a_figure_compared_with_an_earlier_one(text: str, topic: str, sign: int) -> None:
    assert sign * polarity(text, topic) > POSITIVE


def test_a_noun_before_the_figure_it_qualifies_leaves_the_movement_to_it() -> None:
    # "tax" (a cost) qualifies "revenue": the revenue fell, which is bad news for it
    assert polarity("Tax revenue fell short of the target this year.", "tax revenue") < NEGATIVE


def test_a_markets_demand_is_no_demanding_tone() -> None:
    assert polarity("Demand for copper surged across the region.", "demand for copper") > POSITIVE
    assert sentiment("Weak demand held back the harbour's cargo trade.")[0] < NEGATIVE


@pytest.mark.parametrize("topic", ["fuel duty increase", "rising bread prices", "water rate increase"])
def test_a_topic_named_as_a_rise_of_a_charge_is_a_burden(topic: str) -> None:
    assert judgement_in(topic) < NEGATIVE


def test_a_price_rise_in_a_sentence_is_left_to_its_reader() -> None:
    # higher prices are good news for sellers: only a topic's own name reads the rise as a burden
    assert judgement_in("cattle prices") == 0.0
    assert polarity("Cattle prices rose again at the spring sales, farmers said.", "cattle prices") > POSITIVE


@pytest.mark.parametrize(
    ("text", "topic", "sign"),
    [
        ("The mills reported their lowest production levels in years.", "production levels", -1),
        ("Unemployment in the valley remains high, the survey found.", "unemployment", -1),
        ("The risk for hikers is low this week, rangers said.", "risk for hikers", 1),
        ("Exports held at their highest level since the port opened.", "exports", 1),
    ],
)
def test_a_level_reads_with_what_stands_high_or_low(text: str, topic: str, sign: int) -> None:
    # "high" and "low" alone judge nothing; beside a quantity whose rise is good or bad news they do
    assert sign * polarity(text, topic) > POSITIVE


def test_a_level_before_a_compound_describes_the_other_noun() -> None:
    # "high risk areas" are areas, not a high risk; "low" alone is no judgement
    assert (
        sentiment("Nurses were sent to high risk areas on Monday.")[0]
        == sentiment("Nurses were sent to risk areas on Monday.")[0]
    )


def test_the_word_after_a_dateline_opens_the_sentence() -> None:
    # not a name in mid-sentence: the movement of inflation is read
    assert polarity("RIVERTON, Ore. — Inflation kept climbing at the corner shops.", "inflation") < NEGATIVE
