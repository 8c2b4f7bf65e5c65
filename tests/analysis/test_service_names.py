"""A harm word naming what a service deals with ("the emergency ward", "fire crews") is no harm that
happens: a topic's sentences that name such services do not read as bad news for it."""

from __future__ import annotations

import pytest

from bot.analysis.sentiment import sentiment

from .test_topic_polarity import NEGATIVE, POSITIVE, polarity


@pytest.mark.parametrize(
    "sentence",
    [
        "The town opened two new emergency wards on Monday.",
        "Fire crews from three villages arrived at noon.",
        "The crime unit moved to a larger building.",
    ],
)
def test_a_service_named_by_what_it_deals_with_is_no_harm(sentence: str) -> None:
    assert abs(sentiment(sentence)[0]) <= POSITIVE


def test_a_clinic_named_by_a_disease_reads_by_what_is_said_of_it() -> None:
    text = "Hundreds came to the free flu clinic, which nurses called a real success."
    assert polarity(text, "free flu clinic") > POSITIVE


def test_the_harm_itself_still_reads_negative() -> None:
    assert sentiment("The fire destroyed six homes near the station.")[0] < NEGATIVE


def test_a_judgement_of_the_service_still_counts() -> None:
    assert sentiment("Residents complained of poor service at the clinic.")[0] < NEGATIVE
