"""Roles written around a title or after a conjunction, with sentences invented for the test: a job set
off by a comma before a rank ("the defence counsel, Insp. Ana Tomas"), a role opening a clause after
"But", a titled name joined to its firm by "of", two jobs joined by "and" before a name, and a firm
whose name ends in "Co." before the title of its chief, an elder, a minister of state ("MoS") and a
hyphenated noun for what someone does ("second-rower") and an office chosen but not yet taken
("mayor-elect", "Governor-designate"), and ranks and offices English news borrows (a sumo rank, the
Irish deputy prime minister)."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, quotes_of


def test_a_job_set_off_before_a_rank_and_name_is_their_role() -> None:
    text = (
        "Earlier, the defence counsel, Insp. Ana Tomas told the court that the men were innocent. "
        '"They are innocent," Tomas said.'
    )
    role = by_name(text)["Ana Tomas"].role or ""
    assert role.startswith("the defence counsel")


def test_a_role_after_but_opening_the_sentence_is_the_role_of_the_name_after_its_comma() -> None:
    text = 'But Ghana coach, Ana Tomas remains hopeful that her players will win. "We will win," Tomas said.'
    assert by_name(text)["Ana Tomas"].role == "Ghana coach"


def test_a_titled_name_joined_to_its_firm_by_of_keeps_title_and_firm() -> None:
    text = "Analyst Ana Tomas of Harbour Capital Markets said the plant was a small sign of optimism."
    experts = by_name(text)
    assert "Ana Tomas" in experts
    role = experts["Ana Tomas"].role or ""
    assert "Analyst" in role and "Harbour Capital Markets" in role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The film was praised by writer and director Ana Tomas, who said it was her best work.",
            "writer and director",
        ),
        ("Kestrel Co. CEO Ana Tomas said the plant would close.", "Kestrel Co. CEO"),
    ],
)
def test_the_whole_job_before_a_name_is_read(text: str, role: str) -> None:
    assert by_name(text)["Ana Tomas"].role == role


def test_a_job_after_the_and_a_determiner_opens_may_be_another_person() -> None:
    text = "Supporters of the mayor and councillor Ana Tomas said the plant would close."
    assert by_name(text)["Ana Tomas"].role == "councillor"


def test_an_elder_is_a_role_after_a_noun_but_the_elder_of_two_is_not() -> None:
    text = '"We lost everything," said Ana Tomas, a community elder in a hill village.'
    assert by_name(text)["Ana Tomas"].role == "a community elder in a hill village"
    assert by_name('"We lost," said village elder Ana Tomas.')["Ana Tomas"].role == "village elder"
    text = '"It was wrong," said the elder Tomas, who wept. Ana Tomas said it was fine.'
    assert by_name(text)["Ana Tomas"].role is None


def test_a_minister_of_state_written_short_is_a_role() -> None:
    text = "Ana Tomas, MoS agriculture, said the budget touched every sector."
    assert by_name(text)["Ana Tomas"].role == "MoS agriculture"


def test_a_hyphenated_noun_for_what_someone_does_before_a_name_is_their_role() -> None:
    text = 'Kestrel’s second-rower Ana Tomas believes the win has created a buzz. "It is big," Tomas said.'
    assert by_name(text)["Ana Tomas"].role == "Kestrel’s second-rower"


def test_an_office_abbreviation_before_a_surname_is_a_role_not_part_of_the_name() -> None:
    # "DPP" (Director of Public Prosecutions) and "IGP" (Inspector General of Police) are offices
    text = (
        "Director of Public Prosecutions Helena Marsh said the case would go ahead.\n"
        "Later, DPP Marsh said the court had been misled.\n"
        "IGP Samuel Okoro said the officers would be charged."
    )
    experts = by_name(text)
    assert set(experts) == {"Helena Marsh", "Samuel Okoro"}
    assert "the court had been misled" in quotes_of(experts["Helena Marsh"], "indirect")
    assert experts["Samuel Okoro"].role == "IGP"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Harbourton Mayor-elect Ana Tomas said on Sunday that the city's debt was large.",
            "Harbourton Mayor-elect",
        ),
        ("Harbourton's mayor-elect Ana Tomas said she would cut the rates.", "Harbourton's mayor-elect"),
        ("Governor-designate Ana Tomas said the budget would be balanced.", "Governor-designate"),
    ],
)
def test_an_office_chosen_but_not_yet_taken_is_the_role(text: str, role: str) -> None:
    assert by_name(text)["Ana Tomas"].role == role


def test_elect_after_a_word_that_is_no_office_makes_no_role() -> None:
    assert by_name("Fan-elect Ana Tomas said the match was long.")["Ana Tomas"].role is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("A day after his win, yokozuna Daigoyama said he wants to rest.", "Daigoyama", "yokozuna"),
        ("Ozeki Kotomaru said he would fight on despite the injury.", "Kotomaru", "Ozeki"),
        ("Tánaiste Ana Tomas told reporters the campaign had not backfired.", "Ana Tomas", "Tánaiste"),
    ],
)
def test_a_rank_or_office_of_another_language_before_the_name_is_the_role(
    text: str, name: str, role: str
) -> None:
    assert by_name(text)[name].role == role
