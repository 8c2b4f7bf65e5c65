"""Roles of quoted people on real news (issue 12), with sentences invented for the test: a noun for a
person before the name, a title written twice in two forms, and the descriptions that must not be
given to the wrong person."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, quotes_of, run


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"I could not get out of bed," says flu victim Dana Pell.', "Dana Pell", "flu victim"),
        ('"The ward was packed," said patient Omar Haddad.', "Omar Haddad", "patient"),
        ('"The road floods every spring," said local resident Ines Moreau.', "Ines Moreau", "local resident"),
    ],
)
def test_a_noun_for_a_person_before_the_name_is_a_speaker_with_that_role(
    text: str, name: str, role: str
) -> None:
    experts = by_name(text)
    assert list(experts) == [name]
    assert experts[name].role == role
    assert len(experts[name].quotes) == 1


def test_a_title_read_twice_in_two_forms_is_one_role() -> None:
    text = (
        "Prime Minister Ravi Menon praised the decision. "
        '"A matter of great pride for every citizen," PM Menon wrote on social media.'
    )
    experts = by_name(text)
    assert experts["Ravi Menon"].role == "Prime Minister"
    assert quotes_of(experts["Ravi Menon"], "direct") == ["A matter of great pride for every citizen"]


def test_the_spokesman_for_a_senator_speaks_not_the_senator() -> None:
    experts, sources = run('"We will vote against the bill," said a spokesman for Sen. Tom Riley.')
    assert experts == []
    assert [len(s.quotes) for s in sources] == [1]
    assert sources[0].speaker.startswith("a spokesman")


def test_a_day_after_a_name_is_no_part_of_it() -> None:
    text = (
        "American author Lena Marsh Wednesday won the prize for her third novel. "
        'Accepting the award, Marsh said: "I am so grateful."'
    )
    experts = by_name(text)
    assert list(experts) == ["Lena Marsh"]
    assert experts["Lena Marsh"].role == "American author"
    assert quotes_of(experts["Lena Marsh"], "direct") == ["I am so grateful."]


def test_a_party_leader_described_is_not_given_to_the_other_leader_named() -> None:
    # two leaders named, neither with a role: "the Conservative leader" may be either, so neither
    text = (
        "Tom Hale taunted Rob Dunn today over his refusal to call an election.\n"
        "Dunn replied that an election would cause chaos.\n"
        'But the Conservative leader said the best answer was "to ask the voters".'
    )
    experts, sources = run(text)
    hale_and_dunn = {e.name: e for e in experts}
    assert "the best answer" not in " ".join(q.text for e in experts for q in e.quotes)
    assert "Conservative" not in (hale_and_dunn["Rob Dunn"].role or "")
    assert any(s.speaker == "the Conservative leader" for s in sources)


def test_a_description_that_fits_the_role_still_refers_back() -> None:
    text = (
        "Finance Minister Kofi Mensah met the unions on Monday.\n"
        '"We will not raise taxes," Mensah said.\n'
        '"The budget is balanced," the minister added.'
    )
    experts = by_name(text)
    assert quotes_of(experts["Kofi Mensah"], "direct") == [
        "We will not raise taxes",
        "The budget is balanced",
    ]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "One of the organisers, Kofi Mensah, said the march would go ahead on Saturday.",
            "Kofi Mensah",
            "One of the organisers",
        ),
        ("Her neighbour, Jo Bell, said the house had been empty for years.", "Jo Bell", "Her neighbour"),
        (
            '"I am so happy," said Tom Baker, the first recipient, who waited in line for a day.',
            "Tom Baker",
            "the first recipient",
        ),
    ],
)
def test_a_noun_for_a_person_set_off_by_commas_is_the_role(text: str, name: str, role: str) -> None:
    experts = by_name(text)
    assert list(experts) == [name]
    assert experts[name].role == role


def test_several_people_set_off_after_a_plural_noun_get_no_role() -> None:
    experts = by_name("Her friends, Jo Bell and Ann Lee, met the mayor. Bell said the talks went well.")
    assert experts["Jo Bell"].role is None


def test_a_capitalised_office_after_a_name_is_no_second_person() -> None:
    # the office between commas is no person, so the later "he" is the doctor
    text = (
        "Dr Ravi Kumar, Interventional Pulmonologist in City Hospital, shared the view. "
        '"The drive has led to more cases being reported," he said.'
    )
    experts = by_name(text)
    assert list(experts) == ["Ravi Kumar"]
    assert experts["Ravi Kumar"].role == "Interventional Pulmonologist in City Hospital"
    assert quotes_of(experts["Ravi Kumar"], "direct") == ["The drive has led to more cases being reported"]


def test_a_surname_like_an_agent_noun_is_still_a_name() -> None:
    text = (
        '"We are not going back," Chinedu Okafor, the union\'s general secretary, told reporters. '
        'Mr. Okafor said the union had written to the airline. "What are we supposed to think?" he added.'
    )
    experts = by_name(text)
    assert list(experts) == ["Chinedu Okafor"]
    assert "What are we supposed to think?" in quotes_of(experts["Chinedu Okafor"], "direct")


def test_where_someone_works_stated_with_a_verb_is_the_role() -> None:
    text = (
        "Lena Marsh works at the Harbour Museum of Natural History and had questioned the bones. "
        '"I put them all together," Marsh said.'
    )
    assert by_name(text)["Lena Marsh"].role == "works at the Harbour Museum of Natural History"


def test_working_at_a_time_is_no_role() -> None:
    text = 'Lena Marsh works at night in the lab. "I put them all together," Marsh said.'
    assert by_name(text)["Lena Marsh"].role is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Minister of Finance, Trade and Planning, Ravi Perera, said the budget was sound.",
            "Ravi Perera",
            "Minister of Finance, Trade and Planning",
        ),
        (
            "An opposition MP alleged that Minister of Transport, Ports and Aviation, Bimal Rao, had "
            "released the containers. Rao said the claim was false.",
            "Bimal Rao",
            "Minister of Transport, Ports and Aviation",
        ),
    ],
)
def test_a_portfolio_listed_with_commas_is_one_role(text: str, name: str, role: str) -> None:
    assert by_name(text)[name].role == role


def test_a_list_of_people_and_an_office_still_gives_no_role() -> None:
    experts = by_name(
        "Jo Bell, Minister of Water, Tom Lee and Ann Moss met on Monday. Lee said it went well."
    )
    assert experts["Tom Lee"].role is None


def test_a_capitalised_office_that_spoke_is_the_person_holding_it() -> None:
    text = (
        "Finance Minister Kofi Mensah met the unions on Monday.\n"
        '"We will not raise taxes," Mensah said.\n'
        '"The budget is balanced," the Finance Minister added.'
    )
    experts, sources = run(text)
    assert [e.name for e in experts] == ["Kofi Mensah"]
    assert quotes_of(experts[0], "direct") == ["We will not raise taxes", "The budget is balanced"]
    assert sources == []


def test_a_capitalised_office_nobody_named_holds_stays_unnamed() -> None:
    text = (
        "Labour leader Ed Moss met the unions on Monday.\n"
        '"We will not raise taxes," Moss said.\n'
        '"The budget is balanced," said the Prime Minister.'
    )
    experts, sources = run(text)
    assert quotes_of(experts[0], "direct") == ["We will not raise taxes"]
    assert [s.speaker for s in sources] == ["the Prime Minister"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Analysts Jane Doe and Tom Lee said the plan would fail.", "Analyst"),
        ("Senators Jane Doe and Tom Lee wrote that the plan would fail.", "Senator"),
    ],
)
def test_a_plural_role_before_two_names_is_each_ones_role(text: str, role: str) -> None:
    experts = by_name(text)
    assert list(experts) == ["Jane Doe", "Tom Lee"]
    assert [e.role for e in experts.values()] == [role, role]


def test_a_team_name_ending_in_a_plural_office_is_left_as_written() -> None:
    text = "Kansas City Chiefs coach Andy Reid said the team would rest its starters."
    assert by_name(text)["Andy Reid"].role == "Kansas City Chiefs coach"
