"""Roles read whole rather than cut short (issue 12), with sentences invented for the test: a
participle after "the" inside a role is no verb, a plural noun inside a job title before a name,
"who is a …" after a titled name, two offices joined by "and" before a comma and a name, an office
after "with" or "by" set off before a name, an office then its body set off with commas, and a
lead's place in capitals kept out of the office after it."""

from __future__ import annotations

import pytest

from tests.analysis.test_long_roles import sole_role
from tests.analysis.test_quotes import by_name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Karl Brandt, the spokesman for the internationally recognised council, described the "
            "claims as “lies.”",
            "Karl Brandt",
            "the spokesman for the internationally recognised council",
        ),
        (
            "Regional senior public affairs officer Karl Brandt says each festival shows how people lived.",
            "Karl Brandt",
            "Regional senior public affairs officer",
        ),
        (
            "Geologist Karla Brandt, who is a PhD candidate in volcanology, spoke today with reporters. "
            "“The ground is calm,” she said.",
            "Karla Brandt",
            "Geologist; a PhD candidate in volcanology",
        ),
        (
            "Deputy Prime Minister and Foreign Minister of Veldland, Karl Brandt on Wednesday said the "
            "talks had gone well.",
            "Karl Brandt",
            "Deputy Prime Minister and Foreign Minister of Veldland",
        ),
        (
            "HARBOUR CITY Deputy Prime Minister of Veldland, Karl Brandt on Wednesday said the talks "
            "had gone well.",
            "Karl Brandt",
            "Deputy Prime Minister of Veldland",
        ),
        (
            "The Chairman, Senate Committee on Fisheries, Karl Brandt, said the budget was late.",
            "Karl Brandt",
            "The Chairman, Senate Committee on Fisheries",
        ),
    ],
)
def test_the_whole_role_is_read(text: str, name: str, role: str) -> None:
    assert sole_role(text, name) == role


def test_an_office_after_with_is_the_role_of_the_name_set_off_after_it() -> None:
    text = (
        "Karl Brandt on Monday met with the Fisheries Minister of Ostland, Tomas Varga, in Harbour "
        "City. Brandt said the talks were good. Tomas Varga said the visit was useful."
    )
    experts = by_name(text)
    assert experts["Tomas Varga"].role == "the Fisheries Minister of Ostland"


def test_a_plural_noun_for_people_is_no_part_of_the_job_after_it() -> None:
    text = "The residents spokesman Karl Brandt said the rents would rise."
    assert sole_role(text, "Karl Brandt") == "spokesman"
