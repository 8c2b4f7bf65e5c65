"""A quote set off by a colon after a clause whose subject is a person is that person's, whatever the
clause's verb (issue 12, recall): what a reader of /experts sees for sentences invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, quotes_of


@pytest.mark.parametrize(
    ("text", "name", "quote"),
    [
        (
            "Kemi Adeyemo, a fish seller at the central market, linked the rises to fuel costs: "
            "“We pay twice what we paid last year. Nobody can plan.”",
            "Kemi Adeyemo",
            "We pay twice what we paid last year. Nobody can plan.",
        ),
        (
            "Councillor Ruth Okonjo was blunt: “This budget will close three libraries.”",
            "Ruth Okonjo",
            "This budget will close three libraries.",
        ),
        (
            "When the mayor suggested a delay, Councillor Ruth Okonjo fired back: “The children cannot wait.”",
            "Ruth Okonjo",
            "The children cannot wait.",
        ),
        (
            "Coach Lars Petersen watched the replay twice. He then turned to the bench: "
            "“Nobody leaves until we fix this.”",
            "Lars Petersen",
            "Nobody leaves until we fix this.",
        ),
    ],
)
def test_a_quote_after_a_persons_clause_and_a_colon_is_theirs(text: str, name: str, quote: str) -> None:
    assert quotes_of(by_name(text)[name], "direct") == [quote]


@pytest.mark.parametrize(
    "text",
    [
        # the subject received the words: the letter's author said them
        "Mayor Ines Cordeiro received a letter from the board: “The grant is withdrawn as of today.”",
        # a title after the colon is no speech
        "Novelist Petra Voss named her new book: “Winter”.",
        # the clause's subject is a thing, not a person
        "The timing does not surprise pollster Arjun Mehta: “Late deciders always break this way.”",
    ],
)
def test_a_colon_quote_not_said_by_the_clauses_person_is_not_theirs(text: str) -> None:
    assert all(not quotes_of(e, "direct") for e in by_name(text).values())
