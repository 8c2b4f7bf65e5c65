"""The roles of people quoted in real news (issue 12), one test per class, with sentences invented for
the test: where the role stands, which of several readings a reader sees, what is not a role."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, quotes_of

# ---------------------------------------------------------------- a role set off before the name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The Harbour Board Chairman, Kwesi Mensah, has asked the council to dredge the channel. "
            "Mensah said the work would start in May.",
            "Kwesi Mensah",
            "The Harbour Board Chairman",
        ),
        (
            "The Minister of Fisheries and Ports, Alhaji Musa Danjuma, praised the new quota. "
            "Danjuma said the stocks had recovered.",
            "Musa Danjuma",  # "Alhaji" is a courtesy title, as "Mr" below
            "The Minister of Fisheries and Ports",
        ),
        (
            "The Fire Service Public Relations Officer, Mr Tunde Bakare, made the disclosure on Monday. "
            "Bakare said two people were rescued.",
            "Tunde Bakare",
            "The Fire Service Public Relations Officer",
        ),
        (
            "Freedonia's president, Ama Serwaa Boateng has denied writing the letter. "
            "Boateng said the letter was forged.",
            "Ama Serwaa Boateng",
            "Freedonia's president",
        ),
    ],
)
def test_role_set_off_by_a_comma_before_the_name(text: str, name: str, role: str) -> None:
    experts = by_name(text)
    assert list(experts) == [name]
    assert experts[name].role == role


@pytest.mark.parametrize(
    "text",
    [
        # a list of people: the office belongs to the name before it
        "Kwesi Mensah, Harbour Board Chairman, Laura Boateng and Tunde Bakare met on Monday. "
        "Boateng said the talks went well.",
        # the office is what the name was compared with, not a role
        "Unlike the Harbour Board Chairman, Laura Boateng said the channel was deep enough.",
    ],
)
def test_an_office_before_a_comma_is_no_role_of_a_name_in_a_list(text: str) -> None:
    experts = by_name(text)
    assert "Chairman" not in (experts["Laura Boateng"].role or "")


def test_a_reflexive_after_a_name_gives_the_gender_a_later_he_needs() -> None:
    # "Nana" reads as a woman's first name; "himself" says this Nana is a man, so "He" is him
    text = (
        "The council's chairman, Nana Owusu has distanced himself from a letter backing candidate, "
        "Peter Lamptey.\n"
        "Owusu said the letter was forged.\n"
        'He said: "I have written no such letter."'
    )
    experts = by_name(text)
    assert list(experts) == ["Nana Owusu"]
    assert quotes_of(experts["Nana Owusu"], "direct") == ["I have written no such letter."]


# ---------------------------------------------------------------- which reading of the role a reader sees


def test_the_job_before_a_bare_title_is_the_role() -> None:
    text = (
        "Reporters put this to virologist Professor Helga Lindqvist. "
        "Professor Lindqvist said the vaccine was safe."
    )
    assert by_name(text)["Helga Lindqvist"].role == "virologist"


def test_a_bare_title_is_the_role_when_nothing_says_more() -> None:
    assert (
        by_name("Professor Helga Lindqvist said the vaccine was safe.")["Helga Lindqvist"].role == "Professor"
    )


def test_a_role_beside_the_name_comes_before_one_stated_later() -> None:
    text = (
        "Former transport secretary Alan Pryce said the new line was two years late. "
        "Pryce is now chair of the parliamentary rail committee."
    )
    assert by_name(text)["Alan Pryce"].role == "Former transport secretary"


def test_a_role_stated_later_is_the_role_when_none_stands_beside_the_name() -> None:
    text = "Alan Pryce said the new line was two years late. Pryce is now chair of the rail committee."
    assert by_name(text)["Alan Pryce"].role == "chair of the rail committee"


# ---------------------------------------------------------------- roles written before or after the name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "In Lisbon, new foreign ministry spokeswoman Ines Carvalho told reporters the talks would resume.",
            "Ines Carvalho",
            "new foreign ministry spokeswoman",
        ),
        (
            '"It is a puzzle," mission co-investigator Tomasz Wielgosz told the Harbour Gazette.',
            "Tomasz Wielgosz",
            "mission co-investigator",
        ),
        (
            '"The road floods every spring," Dawn Okafor, Riverside resident, said.',
            "Dawn Okafor",
            "Riverside resident",
        ),
        (
            "Kurt Brandt, landlord of the Old Mill Inn in Ashby, said trade had halved since the closure.",
            "Kurt Brandt",
            "landlord of the Old Mill Inn in Ashby",
        ),
    ],
)
def test_role_words_a_dictionary_lacks_are_read_from_their_place(text: str, name: str, role: str) -> None:
    experts = by_name(text)
    assert list(experts) == [name]
    assert experts[name].role == role


def test_an_aside_between_commas_is_no_role() -> None:
    text = (
        "Prime Minister Kofi Mensah met the unions. Mensah, in a letter to Opposition Leader Ama Boateng "
        "on Friday, said the strike was unlawful."
    )
    assert by_name(text)["Kofi Mensah"].role == "Prime Minister"


@pytest.mark.parametrize(("side", "name"), [("defending", "Graham Pryce"), ("prosecuting", "Helen Okafor")])
def test_the_side_an_advocate_speaks_for_in_court_is_the_role(side: str, name: str) -> None:
    text = f'{name}, {side}, told the court: "He has shown real remorse."'
    experts = by_name(text)
    assert list(experts) == [name]
    assert experts[name].role == side


def test_a_list_of_people_with_roles_gives_each_their_own() -> None:
    text = (
        '"The speaker has lost the confidence of the House," said Kofi Mensah at a press talk along with '
        "Harbour Party Chairman Tunde Bakare, parliamentary leader of the Coast Alliance in the National "
        "Assembly Musa Danjuma, and others. Bakare said the vote had been rigged."
    )
    assert by_name(text)["Tunde Bakare"].role == "Harbour Party Chairman"
