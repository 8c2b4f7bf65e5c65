"""Speakers next to a quote that the word lists alone would miss: a verb that closes "“…,” NAME VERB."
(quotes/quote_frame.py), an age before a name after "said", a surname the lexicon also reads as a
function word ("Yu"). What a reader of /experts sees for sentences invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, quotes_of


@pytest.mark.parametrize(
    "text",
    [
        "“We were snowed in for nine days,” Marta Kolbeck remembers. “Nobody could reach us.”",
        "Marta Kolbeck runs the hut below the pass.\n"
        "“The road was snowed in for nine days,” she laughed. “Nobody could reach the hut.”",
    ],
)
def test_a_verb_closing_the_sentence_after_a_quote_and_its_speaker_attributes_it(text: str) -> None:
    said = quotes_of(by_name(text)["Marta Kolbeck"], "direct")
    assert len(said) == 2 and said[0].endswith("snowed in for nine days")


def test_a_verb_with_an_object_after_the_speaker_attributes_nothing() -> None:
    assert by_name("“Blue Harbour” was the name Marta Kolbeck remembers most from that winter.") == {}


def test_an_age_before_the_name_after_said_describes_the_speaker() -> None:
    experts = by_name(
        "“The sky went dark at noon,” said 14-year-old Tobias Wrenfield, who came with his family."
    )
    assert list(experts) == ["Tobias Wrenfield"]
    assert quotes_of(experts["Tobias Wrenfield"], "direct") == ["The sky went dark at noon"]
    assert experts["Tobias Wrenfield"].role != "14-year-old"  # an age alone is no role


def test_a_surname_the_lexicon_reads_as_a_function_word_speaks() -> None:
    text = (
        "Jiahao Yu, chief engineer at Norvale Robotics, opened the new plant on Monday.\n"
        "“We built this in eleven months,” Yu said."
    )
    experts = by_name(text)
    assert quotes_of(experts["Jiahao Yu"], "direct") == ["We built this in eleven months"]
