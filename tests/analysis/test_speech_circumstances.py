"""When and where something was said stands between the speaker and the verb, or between the verb and
its clause, and hides neither: "Wu later Thursday said", "Wu on Thursday night said", "said, during a
TV appearance, that …" (", during" is no participle carrying the speech on). Sentences invented for
the test."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, quotes_of


@pytest.mark.parametrize(
    "when",
    [
        "later Thursday",
        "earlier Thursday",
        "late Tuesday",
        "on Thursday night",
        "late Tuesday night",
        "last night",
        "this morning",
        "last weekend",
    ],
)
def test_a_day_between_speaker_and_verb_keeps_the_speaker(when: str) -> None:
    text = f"Mark Lindqvist chairs the ports committee. Lindqvist {when} said the committee had met 75 times."
    assert quotes_of(by_name(text)["Mark Lindqvist"], "indirect") == ["the committee had met 75 times"]


def test_last_night_after_two_speakers_keeps_both() -> None:
    text = (
        "Opposition leader Marta Kovacs and Peter Hollins last night told reporters that there had to be "
        "a fresh vote."
    )
    experts = by_name(text)
    for name in ("Marta Kovacs", "Peter Hollins"):
        assert quotes_of(experts[name], "indirect") == ["there had to be a fresh vote"]


def test_a_circumstance_set_off_by_commas_before_that_is_not_what_was_said() -> None:
    text = (
        "Dr. Ana Tomas, a member of the fisheries board, said, during a radio interview, that the "
        "cod stock would recover by 2030, citing the cooler summers."
    )
    assert quotes_of(by_name(text)["Ana Tomas"], "indirect") == [
        "the cod stock would recover by 2030",
        "the cooler summers",
    ]
