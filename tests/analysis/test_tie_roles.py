"""A tie to someone written bare before a name is the person's role (issue 12), with sentences invented
for the test: "said neighbor Bob Hale", "neighbor Bob Hale said", "Hale's wife Linda said". A country or
firm has ties too ("ally Serbia"), and is no person for it."""

from __future__ import annotations

import pytest

from tests.analysis.test_long_roles import sole_role
from tests.analysis.test_quotes import by_name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("“It was a shock to the whole street,” said neighbor Bob Heustead.", "Bob Heustead", "neighbor"),
        (
            "“It was a shock to the whole street,” said next-door neighbour Bob Heustead.",
            "Bob Heustead",
            "next-door neighbour",
        ),
        ("“We trained together for years,” said teammate Ana Ruiz.", "Ana Ruiz", "teammate"),
        (
            "Later, neighbor Bob Heustead said the pigs had roamed the street for weeks.",
            "Bob Heustead",
            "neighbor",
        ),
        (
            "The family gathered at the court. Heustead's wife Linda said the verdict was fair. Linda said "
            "they would not appeal.",
            "Linda",
            "Heustead's wife",
        ),
    ],
)
def test_a_tie_before_the_name_is_the_role(text: str, name: str, role: str) -> None:
    assert sole_role(text, name) == role


def test_a_country_after_a_tie_is_no_person() -> None:
    text = "The talks went on. “We stand firm on the border,” said ally Serbia."
    assert "Serbia" not in by_name(text)


def test_a_note_that_the_name_was_changed_is_no_role() -> None:
    text = "“The centres have no tablets left,” her husband Suresh Patil (name changed) tells the paper."
    assert sole_role(text, "Suresh Patil") == "husband"
