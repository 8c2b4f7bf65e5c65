"""Appositive subjects written loosely (issue 12: "NAME, long appositive, claimed …"): a town and its
state or country, a lower-case aside, a degree, a missing closing comma, a stray comma before the
verb. Sentences invented for the test; each ends with the reading that must not change."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, quotes_of, run


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Ines Varga, a delegate from Houston, Texas, said the vote was part of the circus.",
            "Ines Varga",
            "a delegate from Houston",
        ),
        ("Mr. Okafor, now 81 and retired in Cambridge, Mass., said the trade was fair.", "Okafor", None),
        (
            "Kazuo Tanabe, for his part, stressed the uncertainty of the forecasts.",
            "Kazuo Tanabe",
            None,
        ),
        (
            "Researcher Lin Wei-Ming, PhD, professor of biology at the University of Leeds stated that "
            "the find was rare.",
            "Lin Wei-Ming",
            "professor of biology at the University of Leeds",
        ),
        ("Jo Bell, a spokeswoman for the ministry said the talks would resume.", "Jo Bell", "spokeswoman"),
        # an office in capitals before its body, the closing comma missing
        (
            "Anna Berg, Chair of the Veldish Water Board says the levels are falling.",
            "Anna Berg",
            "Chair of the Veldish Water Board",
        ),
        (
            "Tom Fields, Chief Executive of Harbour Foods said the plant would close.",
            "Tom Fields",
            "Chief Executive of Harbour Foods",
        ),
        ("Union president Manuel Ortega, argued the ruling forces workers back.", "Manuel Ortega", "Union"),
        # a capitalised office between commas is the role, not a speaker that hides the person
        ("Kofi Asante, Finance Minister, said the plan was not enough.", "Kofi Asante", "Finance Minister"),
        ("Arjun Mehta, Labour MP, said the plan was not enough.", "Arjun Mehta", "Labour MP"),
        ("Sales rose by a fifth in the quarter, Maria Delgado, CFO, said on a call.", "Maria Delgado", "CFO"),
    ],
)
def test_the_named_person_speaks_through_a_loose_appositive(text: str, name: str, role: str | None) -> None:
    experts = by_name(text)
    assert list(experts) == [name]
    assert len(quotes_of(experts[name], "indirect")) == 1
    if role:
        assert role in (experts[name].role or "")


def test_a_lower_case_aside_between_name_and_verb() -> None:
    text = (
        '"We have a long way to go," the airline\'s president, Donald Carver, toothbrush and shaving kit '
        "in hand, said as he arrived."
    )
    experts = by_name(text)
    assert quotes_of(experts["Donald Carver"], "direct") == ["We have a long way to go"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name after the verb speaks, not a name ending the clause before it
        ('"He can assert it, but it is unlikely" that Ruiz can catch Bell, said Tom Okafor.', "Tom Okafor"),
        (
            "Ruiz lacks support from colleagues, whom he alienated with his rhetoric, said Tom Okafor.",
            "Tom Okafor",
        ),
        # a clause about the subject is no aside: the hometown inside it does not speak
        ("Ana Ruiz, whose hometown, Lagos, is projected to flood, argues that the plan will fail.", None),
    ],
)
def test_loose_readings_never_take_a_name_from_a_clause(text: str, speaker: str | None) -> None:
    experts, sources = run(text)
    assert [e.name for e in experts if e.quotes] == ([speaker] if speaker else [e.name for e in experts])
    assert all(s.speaker != "Lagos" for s in sources)
    assert "Bell" not in [e.name for e in experts]


def test_a_role_without_its_closing_comma_after_a_clause_stays_unnamed() -> None:
    text = "The proposal was rejected by Tom Okafor, a spokesman for the ministry said."
    assert "Tom Okafor" not in by_name(text)
