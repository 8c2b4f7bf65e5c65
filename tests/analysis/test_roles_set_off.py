"""Roles set off before a name or read beside an employer (issue 12), with sentences invented for the
test: an office set off by a comma after several opening adverbials, after its owner ("The party's"),
with its acronym in brackets, after "that", before a name closed by a bracket; an office of a field or
place before a name; an organisation whose name holds "and"; and a description in another sentence
for a speaker the text gives only an employer or a home town."""

from __future__ import annotations

import pytest

from tests.analysis.test_long_roles import sole_role
from tests.analysis.test_quotes import by_name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Earlier this month, in his speech at the opening of the Foreign Ministers’ Meeting, the "
            "Prime Minister of Veldland, Karl Brandt expressed confidence that the country would join "
            "the bloc.",
            "Karl Brandt",
            "the Prime Minister of Veldland",
        ),
        (
            "The party's Secretary General, Karl Brandt told reporters that their lawyers would decide "
            "next week.",
            "Karl Brandt",
            "The party's Secretary General",
        ),
        (
            "Chief Executive Officer of the Veldland National Oil Company Limited, (VNOC), Karl Brandt, "
            "has revealed that the firm made a profit in the first quarter.",
            "Karl Brandt",
            "Chief Executive Officer of the Veldland National Oil Company Limited",
        ),
        (
            "Speaking at the budget hearing, the chairman of the Senate Committee on Information, Karl "
            "Brandt (Harbour North), said the agencies exist to serve the public. Brandt said the "
            "budget was fair.",
            "Karl Brandt",
            "the chairman of the Senate Committee on Information",
        ),
        (
            "The government recalled its envoy after considering that the president of that country, "
            "Karl Brandt, had misrepresented the events. Brandt said the move was a mistake.",
            "Karl Brandt",
            "the president of that country",
        ),
        (
            "The board met on Thursday with district director of technology Karl Brandt presenting a "
            "report. Brandt said it was a ransomware attack.",
            "Karl Brandt",
            "district director of technology",
        ),
        (
            "“The telescope is used every night,” said Dr. Karl Brandt from the Harbour Astronomy and "
            "Astrophysics Research Centre.",
            "Karl Brandt",
            "Harbour Astronomy and Astrophysics Research Centre",
        ),
    ],
)
def test_an_office_set_off_before_the_name_is_its_role(text: str, name: str, role: str) -> None:
    assert sole_role(text, name) == role


def test_a_description_elsewhere_says_more_than_an_employer() -> None:
    text = (
        "The senior vice president of Acme marketing said on Monday that the firm would not make cheap "
        "phones. “We use the best materials,” Acme’s Karl Brandt told reporters."
    )
    assert sole_role(text, "Karl Brandt") == "The senior vice president of Acme marketing"


def test_a_description_elsewhere_joins_a_home_town() -> None:
    text = (
        "Low prices have put farmers in a sour mood this fall, says a crop specialist with the farm "
        "agency. “It’s a double whammy,” said Karl Brandt of Dover."
    )
    role = sole_role(text, "Karl Brandt") or ""
    assert "crop specialist" in role


@pytest.mark.parametrize(
    "text",
    [
        "Jo Bell, Minister of Water, Karl Brandt and Ann Cole met the press on Monday.",
        "“The plan will work,” said Karl Brandt of Harbour University and Ann Cole of the Royal Society.",
    ],
)
def test_a_list_of_people_gives_no_one_the_office_of_another(text: str) -> None:
    experts = by_name(text)
    karl = experts.get("Karl Brandt")
    assert karl is None or karl.role in (None, "Harbour University")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Karl Brandt – chairman of the Harbour Ward committee – said that the site is hard to reach.",
            "chairman of the Harbour Ward committee",
        ),
        (
            "Mr. Karl Brandt - Chairman of the Harbour Ward People's Committee - said that the work "
            "takes place at night.",
            "Chairman of the Harbour Ward People's Committee",
        ),
    ],
)
def test_a_role_between_dashes_before_the_verb_keeps_its_speaker(text: str, role: str) -> None:
    assert sole_role(text, "Karl Brandt") == role


def test_a_clause_between_dashes_gives_no_speaker() -> None:
    assert by_name("The vote – a close one – said much about the party.") == {}
