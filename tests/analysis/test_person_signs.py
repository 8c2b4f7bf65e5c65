"""A name whose first word is no known first name is a person, not a firm, when the text sets an age
or a noun for someone beside it (quotes/person_signs.py); a firm's description keeps it a firm."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, quotes_of, run


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"Turnout was low," said Tavo Quarrington, a campaign aide during the 2008 run.',
            "Tavo Quarrington",
            "a campaign aide during the 2008 run",
        ),
        (
            '"We are thrilled," said RoseLee DuMarne, executive director of a nurses union.',
            "RoseLee DuMarne",
            "executive director of a nurses union",
        ),
        (
            '"We are not doing well," said Zaw Htet, a party member who ran in 2012 and lost.',
            "Zaw Htet",
            "a party member",
        ),
        ("Myat Thu, 61, a retired teacher, said the count was slow.", "Myat Thu", "a retired teacher"),
        ('"He had so many plans," his nephew Idris Kamaru said.', "Idris Kamaru", "nephew"),
        ('"There is no deal yet," committee spokesman Michael Steel said.', "Michael Steel", "spokesman"),
        (
            '"The board ordered it," the paper quoted the union\'s media manager, Vuyo Tembani, as saying.',
            "Vuyo Tembani",
            "manager",
        ),
    ],
)
def test_a_person_by_what_is_written_beside_the_name(text: str, name: str, role: str) -> None:
    experts, sources = run(text)
    assert [e.name for e in experts] == [name]
    assert (experts[0].role or "").startswith(role)
    assert sources == []


def test_the_quote_stays_with_the_person() -> None:
    experts = by_name('"Turnout was low," said Tavo Quarrington, a campaign aide.')
    assert quotes_of(experts["Tavo Quarrington"], "direct") == ["Turnout was low"]


@pytest.mark.parametrize(
    "text",
    [
        '"Sales rose," said Kestrel Sachs, the investment bank.',
        '"Sales rose," said Brevik Ostrana, a union that backs the plan.',
        "Kestrel Sachs said the rally would fade.",
        "The approval avoided an appeal by developer Paragon. Paragon said it would discourage car use.",
    ],
)
def test_a_firm_stays_a_firm(text: str) -> None:
    experts, sources = run(text)
    assert experts == []
    assert [s.kind for s in sources] == ["organization"]


def test_a_first_name_spelt_like_a_company_suffix_opens_a_person_not_a_firm() -> None:
    from bot.analysis import analyze

    person = analyze("Asa Whitfield told reporters the ballot count was fair.").experts
    assert [e.name for e in person] == ["Asa Whitfield"]
    assert analyze("Norvik ASA said its profits rose.").experts == []
