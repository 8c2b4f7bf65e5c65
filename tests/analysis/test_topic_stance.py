"""The word governing a topic frames it: what is offered, funded or backed reads as a good."""

from __future__ import annotations

import pytest

from .test_topic_polarity import NEGATIVE, POSITIVE, polarity


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "The mill will close in a painful blow to the town, and the owners will offer retraining.",
            "retraining",
        ),
        (
            "Despite a grim budget, the council voted to fund night buses for the harbour district.",
            "night buses",
        ),
        ("The ministry pairs a tax on diesel with subsidies for electric vans.", "electric vans"),
        ("Shopkeepers welcomed the pedestrian zone after a difficult winter.", "pedestrian zone"),
    ],
)
def test_what_is_offered_funded_or_welcomed_reads_positive(text: str, topic: str) -> None:
    assert polarity(text, topic) > POSITIVE


def test_the_cue_governs_the_topics_head_not_a_word_it_shares_with_another_phrase() -> None:
    # "supports small business lending" is not support for "lending volumes"
    text = "The bank, which supports small business lending, said lending volumes slumped badly."
    assert polarity(text, "lending volumes") < NEGATIVE


def test_a_lack_of_something_still_reads_as_a_need_for_it() -> None:
    assert polarity("A lack of clean water is a disaster for the villages.", "clean water") > POSITIVE


def test_what_is_opposed_still_reads_negative() -> None:
    assert (
        polarity(
            "Residents fought the new motorway, which they called a great idea for lorries.", "new motorway"
        )
        < NEGATIVE
    )
