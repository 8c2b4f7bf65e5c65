"""A capitalised place or body that opens the role before a name ("Elmfield Park superintendent Dr.
NAME", "Mount Harrow North legislator NAME") is part of that person's role, not a person a later
"he"/"she" may mean (quotes/scan.py). The sentences are invented for these tests."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of


def _said_by(text: str, clause: str) -> list[str]:
    return [
        name
        for name, expert in by_name(text).items()
        if any(clause in q for q in quotes_of(expert, "indirect") + quotes_of(expert, "direct"))
    ]


def test_he_is_not_the_district_in_a_role_before_a_name() -> None:
    text = (
        "Elmfield Park superintendent Dr. Karen Whitlow updated the school board about the attack "
        "that closed its schools for two days.\n\n"
        "The board met on Thursday, with district technology director Martin Osei presenting a report.\n\n"
        "He said years of preparation had paid off during the response to the attack."
    )
    assert _said_by(text, "years of preparation had paid off") == ["Martin Osei"]


def test_he_is_the_legislator_not_his_constituency() -> None:
    text = (
        "Mount Harrow North legislator Tendai Mukwena said officials knew of the illegal settlements.\n\n"
        "“They wait until people finish building their homes, then they destroy them,” he said."
    )
    assert _said_by(text, "They wait until people finish building their homes") == ["Tendai Mukwena"]
    assert "Harrow North" not in by_name(text)


def test_the_speaker_named_with_such_a_role_keeps_the_next_he() -> None:
    text = (
        "Harbour Vale chairman Peter Lomas said the port would reopen in May.\n\n"
        "He added that the repairs had cost less than feared."
    )
    assert _said_by(text, "the repairs had cost less than feared") == ["Peter Lomas"]
