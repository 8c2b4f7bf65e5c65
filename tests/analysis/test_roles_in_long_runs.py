"""Roles and names in long runs of capitals and commas before a name (issue 12), with sentences
invented for the test: an office's portfolio or body before a name with no census first name, two
office holders joined by "and", an office of a unit named with a lower-case noun, a role set off by
commas after a fronted clause or before a report's verb, a party code and then the role, and the
courtesy titles, ages and ties that stand before a name without being part of it."""

from __future__ import annotations

import pytest

from tests.analysis.test_long_roles import sole_role
from tests.analysis.test_quotes import by_name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Mayor of Kestrel Metropolitan City Dhan Raj Okonkwo said the meeting would help.",
            "Dhan Raj Okonkwo",
            "Mayor of Kestrel Metropolitan City",
        ),
        (
            "Minister for Law and Home Affairs K Ravindran said the remarks were misread.",
            "K Ravindran",
            "Minister for Law and Home Affairs",
        ),
        (
            "Head of the Kestrel City Planning department Mikko Vaara says he cannot explain the drop.",
            "Mikko Vaara",
            "Head of the Kestrel City Planning department",
        ),
        (
            "Director of the Harlow County health department Kofi Mensah said cases had risen.",
            "Kofi Mensah",
            "Director of the Harlow County health department",
        ),
    ],
)
def test_an_office_of_a_body_before_the_name_is_read_whole(text: str, name: str, role: str) -> None:
    assert sole_role(text, name) == role


def test_two_office_holders_joined_by_and_are_two_people() -> None:
    text = (
        "The result was welcomed by Junior Minister of Tourism Shereen Vanloo-Baptiste and Junior "
        "Minister of Trade and Economic Development Marisol de Vries, who said the vote was fair."
    )
    experts = by_name(text)
    assert experts["Marisol de Vries"].role == "Junior Minister of Trade and Economic Development"
    assert all("Shereen" not in (e.role or "") for e in experts.values())


def test_a_portfolio_that_names_no_person_stays_an_office() -> None:
    text = "The Minister of State for Grand Harbour said the port would reopen."
    assert "Grand Harbour" not in by_name(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "After fashioning a goalless draw in Lusaka on Sunday, Kestrel Under-23 soccer coach, "
            "Fighton Mwansa believes his side will win the return leg.",
            "Fighton Mwansa",
            "Kestrel Under-23 soccer coach",
        ),
        (
            "Fans should turn up in large numbers at the festival in the capital, Deputy Minister for "
            "Information, Culture, Arts and Sports, Juliana Mwakasege, has disclosed.",
            "Juliana Mwakasege",
            "Deputy Minister for Information, Culture, Arts and Sports",
        ),
        (
            "Earlier, the Executive Chairman of the Harbour Council, Comrade Olusesan Adeyemi said "
            "the market had 200 shops.",
            "Olusesan Adeyemi",
            "the Executive Chairman of the Harbour Council",
        ),
        (
            "The Minister of Information and Communication, Alhaji Alpha Kamara warned journalists "
            "to check their facts.",
            "Alpha Kamara",
            "The Minister of Information and Communication",
        ),
        (
            "Sen. Dana Whitby, D-Ariz., a lead Democratic negotiator, said she spoke with the White "
            "House on Wednesday.",
            "Dana Whitby",
            "Sen.; D-Ariz.; a lead Democratic negotiator",
        ),
        (
            "Addressing the conference, Minister for Trade, Roads and Supplies, Ramesh Okonkwo, said "
            "he expected stronger ties with the private sector.",
            "Ramesh Okonkwo",
            "Minister for Trade, Roads and Supplies",
        ),
        (
            "However, in response to the board's comments HMU President General, Ancel Rowget, said "
            "the union is aware of the plan.",
            "Ancel Rowget",
            "HMU President General",
        ),
    ],
)
def test_a_role_set_off_by_commas_is_read(text: str, name: str, role: str) -> None:
    assert sole_role(text, name) == role


def test_a_list_of_people_gives_no_office_to_the_next_name() -> None:
    text = "Kofi Mensah, Minister of Water, Tom Okafor, and others said the plan works."
    assert all(e.role != "Minister of Water" for n, e in by_name(text).items() if n != "Kofi Mensah")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("“It was pretty incredible,” said 14-year-old Owen Hurlbut Lesko.", "Owen Hurlbut Lesko", None),
        (
            "Teammate Tarik Elyounes agreed: “We are a young team and we learn with every match.”",
            "Tarik Elyounes",
            "Teammate",
        ),
        ("Comrade Kwabena Asante said the union would strike on Monday.", "Kwabena Asante", None),
    ],
)
def test_words_before_a_name_that_are_no_part_of_it(text: str, name: str, role: str | None) -> None:
    assert sole_role(text, name) == role
