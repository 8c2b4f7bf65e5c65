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


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("A lack of clean water is a disaster for the villages.", "clean water"),
        # the good words of the sentence do not make what is missing good news
        ("Rural schools still lack qualified teachers, despite a generous new budget.", "qualified teachers"),
        ("The festival was a great success despite an absence of big sponsors.", "big sponsors"),
    ],
)
def test_what_is_lacking_reads_negative(text: str, topic: str) -> None:
    assert polarity(text, topic) < NEGATIVE


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Aid groups were struggling to provide the villages with clean water amid the drought.",
            "clean water",
        ),
        # a generous budget does not make what the council would not pay for good news
        ("The council failed to fund the night buses, despite a generous budget.", "night buses"),
        (
            "The clinic says it is unable to offer evening appointments, to the great relief of no one.",
            "evening appointments",
        ),
    ],
)
def test_what_someone_fails_to_provide_or_fund_reads_negative(text: str, topic: str) -> None:
    assert polarity(text, topic) < NEGATIVE


def test_what_is_opposed_still_reads_negative() -> None:
    assert (
        polarity(
            "Residents fought the new motorway, which they called a great idea for lorries.", "new motorway"
        )
        < NEGATIVE
    )
