"""Where a role phrase stops being a role (quotes/role_clause.py) and the offices the role words name,
with sentences invented for the test: a wrong role is worse than none."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # no closing comma: the appositive runs into the sentence's verb, which is no part of the role
        (
            "Ama Boateng, the Minister of Fisheries also visited the harbour and praised the crews. "
            '"We will dredge the channel," Boateng said.',
            "Ama Boateng",
            "the Minister of Fisheries",
        ),
        (
            "Tom Reyes, the county's planning director stated that the permit had lapsed. "
            '"It cannot be renewed," Reyes said.',
            "Tom Reyes",
            "the county's planning director",
        ),
        # an office opened by an -ing word is a role, not an aside ("speaking at …")
        (
            '"The merger will close in May," said Dana Whitfield, managing director and retail analyst at '
            "Harbour Capital Partners.",
            "Dana Whitfield",
            "managing director and retail analyst at Harbour Capital Partners",
        ),
        # an age between the name and the role, where the person is named before speaking
        (
            "Ines Varga, 33, the community centre's programme coordinator, came to the town in 2004. "
            '"It is different here," Varga said.',
            "Ines Varga",
            "the community centre's programme coordinator",
        ),
        # the clause opens before the role set off before the name
        (
            "Airlines expect demand to ease, while the CEO of the airline group, Lena Marsh, said business "
            "travel is still recovering.",
            "Lena Marsh",
            "the CEO of the airline group",
        ),
        # a noun for what someone does keeps its relative clause, as an office does
        (
            '"Turnout decides it," said Lena Marsh, a Democratic pollster who advised two governors.',
            "Lena Marsh",
            "a Democratic pollster who advised two governors",
        ),
        (
            "Lena Marsh, a retired letter carrier who marched with the strikers, said turnout decides it.",
            "Lena Marsh",
            "a retired letter carrier who marched with the strikers",
        ),
        # long only by the names it holds
        (
            '"Turnout will fall," said Tomas Brell, a professor of politics at the University of Harbourside '
            "and the director of its Centre for Public Opinion Research.",
            "Tomas Brell",
            "a professor of politics at the University of Harbourside and the director of its Centre for "
            "Public Opinion Research",
        ),
        # as long, but a list of more people: the role is the one before the name
        (
            "Deputy adviser Tom Lee, former defence secretary Ana Ruiz and former army chief Jo Bell "
            "before releasing them to the public will testify, Lee said.",
            "Tom Lee",
            "Deputy adviser",
        ),
    ],
)
def test_a_role_ends_where_the_clause_begins(text: str, name: str, role: str) -> None:
    assert by_name(text)[name].role == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the comma opens a list of people, not a role
        (
            "Commissioner Kofi Mensah backed the plan. Mensah, Whitfield and Commissioner Laura Tan "
            'approved the request on Monday. "It brings jobs," Mensah said.',
            "Kofi Mensah",
        ),
        # "is" followed by a judgement, not a post
        (
            'Laura Tan is expected to win the vote easily. "We are ready," Tan said.',
            "Laura Tan",
        ),
        (
            'Laura Tan is not the first candidate to promise lower rates. "We are ready," Tan said.',
            "Laura Tan",
        ),
        # the office word stands in what the phrase is of, not at its head
        (
            "Dana Whitfield, the most quoted of any candidate this year, spoke first. "
            '"The polls are wrong," Whitfield said.',
            "Dana Whitfield",
        ),
        # the piece after the comma names other people with their offices
        (
            "The senator met Ben Okoro, former Kenyan minister Tom Okello and others on Monday. "
            '"It went well," Okoro said.',
            "Ben Okoro",
        ),
        ('"We will win," said Ben Okoro, Ugandan Foreign Minister Tom Okello and others.', "Ben Okoro"),
        ('Ben Okoro, Ana Ruiz or Tom Lee could run. "I will not," Okoro said.', "Ben Okoro"),
        # a clause after the comma
        (
            'Ben Okoro, while a candidate last summer, toured the farms. "I will not," Okoro said.',
            "Ben Okoro",
        ),
    ],
)
def test_a_clause_or_a_judgement_is_no_role(text: str, name: str) -> None:
    role = by_name(text)[name].role
    assert role is None or "Commissioner" in role, role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"The count is not over," said former presidential candidate Tom Reyes.', "Tom Reyes", "candidate"),
        ('"The bridge is unsafe," Assemblywoman Ama Boateng said on Friday.', "Ama Boateng", "Assemblywoman"),
        ('"We forgive them," said Laura Tan, vicar of St Mark\'s church.', "Laura Tan", "vicar"),
        ("The Rev. Laura Tan said the parish would forgive them.", "Laura Tan", "Rev."),
        ('"He had no chance," said umpire Kofi Mensah after the match.', "Kofi Mensah", "umpire"),
        ('"The wall was breached," said Brigadier Dana Whitfield.', "Dana Whitfield", "Brigadier"),
        ('"We were not consulted," said Tom Reyes, a former aide to the governor.', "Tom Reyes", "aide"),
    ],
)
def test_offices_of_elections_courts_religion_military_and_sport_are_roles(
    text: str, name: str, role: str
) -> None:
    assert role in (by_name(text)[name].role or "")


def test_a_post_held_since_or_until_is_a_role_and_a_single_act_is_not() -> None:
    held = by_name('"We are ready," said Ann Lowe, who has led the port authority since 2019.')
    assert held["Ann Lowe"].role == "has led the port authority"
    act = by_name('"We are ready," said Ann Lowe, who led the march on Monday.')
    assert act["Ann Lowe"].role is None
