"""A topic named as an effort against a harm is the effort: the harm in its name is not bad news for it."""

from __future__ import annotations

import pytest

from .test_topic_polarity import NEGATIVE, POSITIVE, polarity


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Doctors rolled out a cancer screening programme in the region. The screening programme "
            "has found hundreds of early cases that can now be treated.",
            "cancer screening programme",
        ),
        (
            "Police stepped up crime prevention in the district. Crime prevention patrols have cut "
            "burglaries by a third, residents said.",
            "crime prevention",
        ),
        (
            "Forecasters at the weather office have sharpened their models. Hurricane forecasting has "
            "improved sharply, giving coastal towns days more warning than a decade ago.",
            "hurricane forecasting",
        ),
        (
            "Health officials opened two new laboratories in the capital. Disease monitoring at the new "
            "laboratories has been fast and accurate, doctors said.",
            "disease monitoring",
        ),
        (
            "The government set up a new agency last year. Its anti-corruption fight has won praise from "
            "donors, who said the agency was doing excellent work.",
            "anti-corruption fight",
        ),
    ],
)
def test_an_effort_against_a_harm_that_works_reads_positive(text: str, topic: str) -> None:
    assert polarity(text, topic) > POSITIVE


def test_a_cue_inside_the_topics_own_name_does_not_turn_its_sentence_against_it() -> None:
    # "against" governs "malaria", which is part of the topic, not something the text opposes
    text = "Volunteers said the fight against malaria was a great success in the valley this year."
    assert polarity(text, "fight against malaria") > POSITIVE


def test_what_the_effort_lacks_still_reads_negative() -> None:
    # only the harm it answers and the response word go unrated: "shortage" keeps its say
    text = "Clinics ran out of doses again as the flu vaccine shortage worsened across the county."
    assert polarity(text, "flu vaccine shortage") < NEGATIVE
