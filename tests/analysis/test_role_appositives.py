"""Appositive roles in the shapes news English sets them after a name, from sentences invented for the
test: between dashes, after a name suffix, a home town or workplace after "of", descriptions headed
by an adjective used as a noun ("an independent", "a party operative"), and a bare noun for a person
before a name ("pop star Dana Lyle")."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a pair of dashes sets off a role as a pair of commas does
        (
            "Nadia Fenn – a magistrate in the county court – told him the file had gone. "
            '"It is done," Fenn said.',
            "Nadia Fenn",
            "a magistrate in the county court",
        ),
        (
            "The revolt was led by Omar Tulle — a former party treasurer — and two others. "
            "“We have no money at all,” said Tulle.",
            "Omar Tulle",
            "a former party treasurer",
        ),
        # the full stop of "Jr." ends no sentence: the role after it is his
        (
            '"We check every name against the lists," said Dale Pruitt Jr., a former border official.',
            "Dale Pruitt",
            "a former border official",
        ),
        # adjectives English uses as nouns for people head a description
        (
            '"The caucus rewards patience," said Wes Marek, a county operative now working for the mayor.',
            "Wes Marek",
            "a county operative now working for the mayor",
        ),
        (
            '"I vote on the bill, not the party," said Lena Ortiz, an independent from the valley.',
            "Lena Ortiz",
            "an independent from the valley",
        ),
        # "of" and a name between commas: where the person lives or works
        (
            '"It is beautiful," said Ella Marsh, of Dover. "It far exceeds what I expected."',
            "Ella Marsh",
            "of Dover",
        ),
        (
            '"The fireball burned up high in the atmosphere," said Ivo Brandt, of the Northern Meteor Society.',
            "Ivo Brandt",
            "Northern Meteor Society",
        ),
    ],
)
def test_appositive_roles_after_a_name(text: str, name: str, role: str) -> None:
    assert by_name(text)[name].role == role


def test_a_home_town_and_a_job_after_a_name_are_both_shown() -> None:
    role = by_name('"The road floods every spring," said John Carver, 45, of Millbrook, a retired teacher.')[
        "John Carver"
    ].role
    assert role == "of Millbrook; a retired teacher"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We are ready," said John Carver, of course, when asked.', "John Carver"),
        ('"We are ready," said John Carver, from Monday on.', "John Carver"),
        ('"The deal is off," said Tom Lesko — who knows why — on Monday.', "Tom Lesko"),
        ('"The plan is sound," said Tom Lesko – and then he left.', "Tom Lesko"),
    ],
)
def test_asides_between_commas_or_dashes_are_no_roles(text: str, name: str) -> None:
    assert by_name(text)[name].role is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            'The tribute came from pop star Dana Lyle, who posted online. "We were all in tears," wrote Lyle.',
            "Dana Lyle",
            "pop star",
        ),
        ('Club pro Rob Senna shot a 67. "My wife told me to play," Senna said.', "Rob Senna", "Club pro"),
        (
            'A local fisherman Ade Kolo saw the car stop. "It was raining," Kolo said.',
            "Ade Kolo",
            "A local fisherman",
        ),
    ],
)
def test_a_noun_for_a_person_written_bare_before_a_name_is_the_role(text: str, name: str, role: str) -> None:
    assert by_name(text)[name].role == role


@pytest.mark.parametrize(
    "text",
    [
        "The police spokesman said that the state commissioner, Tunde Bakare, had announced an inquiry.",
        "The spokesman told reporters that the state commissioner, Tunde Bakare, said the inquiry would start.",
    ],
)
def test_a_role_set_off_inside_a_that_clause_starts_after_that(text: str) -> None:
    # the speaker's description before "said that" is no role of the person named in the clause
    assert by_name(text)["Tunde Bakare"].role == "the state commissioner"
