"""Roles set off by commas in shapes news writes them (issue 12), with sentences invented for the test:
an office tied to what it serves by "for" or "at" before the name, lower-case words between "the" and
a capitalised office, a body placed by "in", a reported clause without "that", an opening participle
phrase before the office, and an -ing noun modifying the office after a name."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name

_FIRST = "The plan was approved on Monday. "


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "A project officer for the charity, Kofi Mensah said the team would visit every village.",
            "A project officer for the charity",
        ),
        (
            "The head of security at the port, Kofi Mensah said the team would visit every village.",
            "The head of security at the port",
        ),
        (
            "The district Health Director, Kofi Mensah said the team would visit every village.",
            "The district Health Director",
        ),
        (
            "Head of the Ministry of Public Works in Veldland, Kofi Mensah said the team would visit "
            "every village.",
            "Head of the Ministry of Public Works in Veldland",
        ),
        (
            "Addressing reporters he said Veldland Chief Minister, Kofi Mensah has assured the team "
            "of all support.",
            "Veldland Chief Minister",
        ),
        (
            "Speaking at the launch, the police spokesman, Kofi Mensah said the team would visit every "
            "village.",
            "the police spokesman",
        ),
        (
            "Kofi Mensah, bargaining unit chairman for the union, said the team would visit every village.",
            "bargaining unit chairman for the union",
        ),
        (
            "Kofi Mensah, training manager at the plant, said the team would visit every village.",
            "training manager at the plant",
        ),
    ],
)
def test_an_office_set_off_by_a_comma_is_the_role_of_the_person_named_beside_it(
    sentence: str, role: str
) -> None:
    assert by_name(_FIRST + sentence)["Kofi Mensah"].role == role


@pytest.mark.parametrize(
    "sentence",
    [
        "After a meeting for the charity, Kofi Mensah said the team would visit every village.",
        "Kofi Mensah, speaking at the summit, said the team would visit every village.",
        "Kofi Mensah, heading the union, said the team would visit every village.",
    ],
)
def test_an_aside_before_or_after_a_name_gives_no_role(sentence: str) -> None:
    assert by_name(_FIRST + sentence)["Kofi Mensah"].role is None
