"""Roles read by the grammar of the noun phrase around a name (issue 12), with sentences invented for the
test: a job written before a title, a role set off by commas in the middle of a clause, and the
adverbial that opens a sentence, which holds no role."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            'Hospital spokesperson Rev. Alan Drew said the chapel would reopen. "We are glad," Drew added.',
            "Alan Drew",
            "Hospital spokesperson; Rev.",
        ),
        (
            'Appeals court judge Justice Mary Okafor said the ruling stood. "The law is clear," Okafor said.',
            "Mary Okafor",
            "Appeals court judge; Justice",
        ),
    ],
)
def test_a_job_written_before_a_title_is_shown_with_it(text: str, name: str, role: str) -> None:
    assert by_name(text)[name].role == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The vote came hours after the country's finance minister, Ana Ruiz, said the budget was "
            'balanced. "We have no deficit," Ruiz said.',
            "the country's finance minister",
        ),
        (
            "Talks stalled soon after the president of that country, Ana Ruiz, rejected the offer. "
            '"We will not sign," Ruiz said.',
            "the president of that country",
        ),
    ],
)
def test_a_role_set_off_by_commas_inside_a_clause_starts_at_its_determiner(text: str, role: str) -> None:
    assert by_name(text)["Ana Ruiz"].role == role


def test_an_adverbial_opening_the_sentence_is_no_role_of_the_name_after_it() -> None:
    text = 'After a meeting with the minister, Jo Bell, who chairs the board, said "it went well".'
    role = by_name(text)["Jo Bell"].role or ""
    assert "minister" not in role and "meeting" not in role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            '"Turnout will be low," said Maria Lopez, a longtime party data operative.',
            "a longtime party data operative",
        ),
        (
            '"Turnout will be low," said Maria Lopez, a pollster working for the union.',
            "a pollster working for the union",
        ),
        (
            '"The rent is too high," said Maria Lopez, a bank employee based in Leeds.',
            "a bank employee based in Leeds",
        ),
    ],
)
def test_a_description_after_a_name_keeps_its_head_noun_and_what_follows(text: str, role: str) -> None:
    assert by_name(text)["Maria Lopez"].role == role


def test_a_phrase_about_a_thing_beside_a_name_is_no_role() -> None:
    text = '"We won," said Maria Lopez, her words drowned by applause.'
    assert by_name(text)["Maria Lopez"].role is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'Conservative radio host Maria Lopez said the plan was sound. "It will work," Lopez said.',
            "Conservative radio host",
        ),
        (
            'Retired astronaut Maria Lopez said the launch was safe. "I trust them," Lopez said.',
            "Retired astronaut",
        ),
        (
            'Oil magnate Maria Lopez said the port would grow. "We are ready," Lopez said.',
            "Oil magnate",
        ),
    ],
)
def test_a_bare_noun_for_a_person_s_work_before_the_name_is_the_role(text: str, role: str) -> None:
    assert by_name(text)["Maria Lopez"].role == role


def test_a_noun_for_what_someone_is_to_another_is_no_role() -> None:
    text = 'Her old rival Maria Lopez said the plan was sound. "It will work," Lopez said.'
    assert by_name(text)["Maria Lopez"].role is None


def test_one_of_a_group_of_people_after_the_name_is_the_role() -> None:
    text = 'Maria Lopez, one of the founders of the group, said the results were clear. "We won," Lopez said.'
    assert by_name(text)["Maria Lopez"].role == "one of the founders of the group"


def test_one_of_a_group_of_things_is_no_role() -> None:
    text = '"Turnout will be low," said Maria Lopez, one of his preferred methods.'
    assert by_name(text)["Maria Lopez"].role is None


def test_a_study_by_economists_gives_the_economist_role_not_the_study() -> None:
    text = 'According to a 2013 study by economists Ann Marsh and Tom Reyes, wages fell. "The data are clear," Marsh said.'
    assert by_name(text)["Ann Marsh"].role == "economist"


def test_a_job_closed_by_person_is_the_role() -> None:
    text = 'Union chair person Timothy Moyo said the call was welcome. "It is timely," Moyo said.'
    assert by_name(text)["Timothy Moyo"].role == "Union chair person"


def test_an_office_with_its_of_phrase_before_a_name_is_the_role() -> None:
    text = 'The plan was backed by the mayor of the town, Ann Marsh, who said "it will bring jobs".'
    assert by_name(text)["Ann Marsh"].role == "the mayor of the town"


def test_a_plural_role_before_a_list_of_names_is_each_one_s() -> None:
    text = (
        "Union leaders Maria Osei, Tom Baxter and Ruth Lim said the strike would go ahead. "
        '"We are ready," Osei said. "So are we," said Baxter. "Talks failed," Lim said.'
    )
    experts = by_name(text)
    assert [experts[n].role for n in ("Maria Osei", "Tom Baxter", "Ruth Lim")] == ["Union leader"] * 3
