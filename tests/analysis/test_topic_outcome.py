"""A topic a sentence names as a contest's winner or loser reads by its side of the outcome word."""

from __future__ import annotations

import pytest

from .test_topic_polarity import NEGATIVE, POSITIVE, polarity


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Marrowfield Rovers defeated Norvale in the cup semi-final on Saturday.", "Marrowfield Rovers"),
        ("Norvale lost to Marrowfield Rovers in the cup semi-final on Saturday.", "Marrowfield Rovers"),
        ("Fans celebrated the 3-1 victory over Norvale in the cup semi-final.", "Norvale"),
    ],
)
def test_the_winner_and_the_loser_of_a_match(text: str, topic: str) -> None:
    winner = "Norvale" if topic == "Norvale" else "Marrowfield Rovers"
    loser = "Marrowfield Rovers" if topic == "Norvale" else "Norvale"
    if text.startswith("Fans"):  # only the loser is named: the win is the fans'
        assert polarity(text, "Norvale") < NEGATIVE
        return
    assert polarity(text, winner) > POSITIVE
    assert polarity(text, loser) < NEGATIVE


def test_a_topic_named_by_the_outcome_is_not_read_as_one_side() -> None:
    # "the rovers' victory over Norvale" is the win itself: "Norvale" in its sentences is not the topic
    text = "The rovers' victory over Norvale delighted the town, and supporters danced in the streets."
    assert polarity(text, "the rovers' victory over Norvale") > POSITIVE


def test_a_generic_word_of_the_other_side_is_no_mention() -> None:
    # "Party" of the winner's name is not the Liberal Party, which lost
    text = "The Green Party defeated the Liberal Party in the election, ending its long rule."
    assert polarity(text, "Liberal Party") < NEGATIVE
