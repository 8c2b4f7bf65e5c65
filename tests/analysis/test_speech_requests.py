"""A request put to someone is reported speech ("begged the governor to intervene", quotes/directive.py):
what a reader of /experts sees for sentences invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, quotes_of


@pytest.mark.parametrize(
    ("text", "name", "clause"),
    [
        (
            "Tyre dealer Osei Mbeki, who lost his stall, begged the county to intervene.",
            "Osei Mbeki",
            "begged the county to intervene",
        ),
        (
            "Culture minister Ilse Varga opened the fair. She appealed to painters and weavers to show their work.",
            "Ilse Varga",
            "appealed to painters and weavers to show their work",
        ),
        (
            "Councillor Ruth Adebayo requested the utility to restore water by Friday.",
            "Ruth Adebayo",
            "requested the utility to restore water by Friday",
        ),
        (
            "Premier Kofi Lartey phoned the lender, requesting it to release the next loan tranche.",
            "Kofi Lartey",
            "requesting it to release the next loan tranche",
        ),
        # a "that" clause after the request is what was asked
        ("Senator Hana Ko requested that the vote be delayed.", "Hana Ko", "the vote be delayed"),
    ],
)
def test_a_request_put_to_a_listener_is_reported_speech(text: str, name: str, clause: str) -> None:
    assert quotes_of(by_name(text)[name], "indirect") == [clause]


@pytest.mark.parametrize(
    "text",
    [
        # no one is asked to do anything: the same verbs report nothing
        "Engineer Lena Moreau, who requested anonymity, inspected the dam.",
        "Banker Omar Haddad advised the board on the merger.",
        "Lawyer Greta Lind appealed the ruling.",
        # "to" opens no act asked for
        "Coach Lars Berg begged the referee to no avail.",
    ],
)
def test_the_same_verbs_without_a_request_report_nothing(text: str) -> None:
    assert all(not e.quotes for e in by_name(text).values())


def test_a_request_to_no_one_leaves_the_next_verb_its_speaker() -> None:
    experts = by_name('Lawmaker Noor Saleh requested a recess and said, "The rules were broken."')
    assert quotes_of(experts["Noor Saleh"], "direct") == ["The rules were broken."]
