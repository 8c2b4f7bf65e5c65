"""A verdict given on something with "as" is reported speech ("termed the delay as unacceptable",
quotes/as_frame.py): what a reader of /experts sees for sentences invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, quotes_of


@pytest.mark.parametrize(
    ("text", "name", "clause"),
    [
        (
            "Market trader Abena Quaye termed the new levy as the heaviest burden on stall holders.",
            "Abena Quaye",
            "termed the new levy as the heaviest burden on stall holders",
        ),
        (
            "Coach Viktor Sandberg characterised the late penalty his side gave away as a careless error.",
            "Viktor Sandberg",
            "the late penalty his side gave away as a careless error",
        ),
        (
            "Mayor Lucia Ferro hailed the court ruling as a victory for tenants.",
            "Lucia Ferro",
            "hailed the court ruling as a victory for tenants",
        ),
        # praise and blame with "for"
        (
            "Airline chief Pavel Novak blamed the engineers' union for the weekend cancellations.",
            "Pavel Novak",
            "blamed the engineers' union for the weekend cancellations",
        ),
        (
            "Coach Marta Ilves saluted her squad for another late comeback.",
            "Marta Ilves",
            "saluted her squad for another late comeback",
        ),
    ],
)
def test_a_verdict_given_with_as_is_reported_speech(text: str, name: str, clause: str) -> None:
    assert quotes_of(by_name(text)[name], "indirect") == [clause]


@pytest.mark.parametrize(
    "text",
    [
        # "as" is no description of the object
        "Senator Ines Duarte hailed a cab as soon as the vote ended.",
        "Clerk Tomas Riedel labelled the boxes as he packed the archive.",
        # a comma ends the object: the "as" belongs to another clause
        "Senator Ines Duarte attacked the budget in May, so the veto came as no surprise.",
        # acting is no speech
        "Actor Colm Devlin portrayed the old king as a broken man.",
        # "for" gives a time, not what was praised
        "Coach Marta Ilves hailed a taxi for the first time in years.",
        # a verdict not given: a modal, a condition
        "Voters said Senator Ines Duarte should have blamed the council for the delay.",
        "It would have helped had Senator Ines Duarte credited the nurses for the recovery.",
        # the "for" belongs to a clause of its own
        "Senator Ines Duarte met the mayor in May when the council voted for the budget.",
    ],
)
def test_the_same_verbs_without_a_verdict_report_nothing(text: str) -> None:
    assert all(not e.quotes for e in by_name(text).values())
