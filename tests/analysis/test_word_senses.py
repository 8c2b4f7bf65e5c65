"""A rated word opening a sentence is read as the first word of a name, not a judgement, when the
sentence shows it is one: a name runs on after it, or it is the subject of the verb that follows."""

from __future__ import annotations

import pytest

from bot.analysis.sentiment import sentiment

NEUTRAL = 0.05  # the labels' threshold


@pytest.mark.parametrize(
    "sentence",
    [
        "Grand Meadow Airways moved its flights to the new terminal.",  # a name runs on
        "Great Lakes Ferries sails twice a day.",
        "Blessed told the court she would appeal.",  # a name the lexicon knows, before its verb
    ],
)
def test_a_name_opening_a_sentence_is_not_rated(sentence: str) -> None:
    assert abs(sentiment(sentence)[0]) < NEUTRAL


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        ("Great news came from the harbour.", 1),
        ("Stolen cars were found near the depot.", -1),
        ("Broken pipes flooded the basement.", -1),
    ],
)
def test_a_judging_word_opening_a_sentence_still_counts(sentence: str, sign: int) -> None:
    polarity = sentiment(sentence)[0]
    assert polarity * sign > NEUTRAL
