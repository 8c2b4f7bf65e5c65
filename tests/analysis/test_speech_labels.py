"""A label opening a line ("Jo Bell: …") names a speaker only when it is a name and speech follows:
not a possessive heading ("Editor's Note:") nor a tally of figures (quotes/transcript.py)."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, run


@pytest.mark.parametrize(
    "text",
    [
        "Editor’s Note: The following is part three of our excerpts from the new book.",
        "Tuesday’s Morning Email: What to know about the vote today.",
    ],
)
def test_a_possessive_heading_before_a_colon_is_no_speaker(text: str) -> None:
    assert run(text + "\nThe council met on Monday.")[0] == []


def test_a_tally_after_a_name_is_no_speech() -> None:
    text = "Delegates so far:\nMarisol Ventura: 1,769.\nTobias Lindqvist: 1,501.\nThe count goes on."
    assert run(text)[0] == []


def test_a_label_before_a_quote_still_names_the_speaker() -> None:
    text = 'Tobias Lindqvist: "We will count every vote."\nThe count goes on.'
    assert list(by_name(text)) == ["Tobias Lindqvist"]


def test_a_dateline_in_capitals_before_a_colon_is_no_speaker() -> None:
    text = (
        "PORT ELDRIN: Harbour Freight Ltd said it would close its oldest depot next year.\n"
        "Marisol Ventura, the firm's chief executive, said the site was too small."
    )
    assert list(by_name(text)) == ["Marisol Ventura"]
