"""Speakers after an inverted "said" (issue 12): a capitalised word and a noun for a person before the
name ("said Uber driver Musa Ibrahim") make that person the speaker, with both words as the role; what
places the speaker after the name ("of the … Report") is not more of what was said. What a reader of
/experts sees for sentences invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, quotes_of, run


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("“He will win the county easily,” said Labour ally Roger Stanton.", "Roger Stanton", "Labour ally"),
        ("“Nobody told us about the closure,” said Ohio resident Tom Jessop.", "Tom Jessop", "Ohio resident"),
        ("“Fares have not kept up with fuel,” said Uber driver Musa Ibrahim.", "Musa Ibrahim", "Uber driver"),
        # an office in capitals, then the name set off by a comma
        (
            "“The stalls will move in May,” said the Market Chairman, Ruth Okello.",
            "Ruth Okello",
            "the Market Chairman",
        ),
    ],
)
def test_a_person_described_by_a_name_and_a_noun_after_said_speaks(text: str, name: str, role: str) -> None:
    experts = by_name(text)
    assert list(experts) == [name]  # never the party, place or firm before the noun
    assert experts[name].role == role
    assert len(quotes_of(experts[name], "direct")) == 1


def test_what_follows_said_and_the_speaker_is_no_speech_when_it_places_them() -> None:
    text = "“The turnout was strong,” says Stu Ramirez of the non-partisan Ramirez-Gold Political Report."
    experts, sources = run(text)
    said = [q.text for e in experts for q in e.quotes] + [q.text for s in sources for q in s.quotes]
    assert said == ["The turnout was strong"]


def test_a_ministry_named_before_a_person_is_the_source_not_the_persons_office() -> None:
    # "According to the Ministry of Justice, Governor Ada Nwosu must sign": the ministry says it, the
    # governor is only mentioned, so she is not listed as an expert with the ministry as her role
    text = (
        "According to the Ministry of Justice, Governor Ada Nwosu must sign the order before the funds move. "
        "The ministry did not say when that would happen."
    )
    assert "Ada Nwosu" not in by_name(text)
