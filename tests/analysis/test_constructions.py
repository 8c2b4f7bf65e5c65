"""A small fixed slice of the constructions grid (`python -m eval.constructions`): plain attribution
shapes crossed with the name and role shapes that failed whole rows of it. Each cell is a short invented
article; the speaker must be listed with the quote or clause (and the role the sentence gives), and
nobody else credited. The sentences and names are invented for these tests."""

from __future__ import annotations

import pytest

from bot.analysis import analyze

LEAD = "Plans for a new road through the valley were unveiled on Tuesday.\n\n"
CLOSE = "\n\nA final decision is expected next month."
CLAUSE = "the project would be finished by the end of the year"
QUOTE = "We expect the new bridge to open by the end of next year"

# office shapes: a portfolio listing its subjects over commas, an owner's office with its portfolio
LISTED = "Director General for Fisheries, Forests and Wildlife"
LISTED_LONG = "Deputy Secretary for Housing, Planning, Transport and Local Government"
OWNED = "Peru's Deputy Minister of Energy"
OWNED_CURLY = "Norway’s High Commissioner for Trade"

NAMES = ["Tom Little", "Sarah Mitchell", "Hassan al-Rashidi", "Grace Hope"]


def credited(text: str) -> list[tuple[str, str | None, list[str]]]:
    analysis = analyze(LEAD + text + CLOSE)
    return [(e.name, e.role, [q.text for q in e.quotes]) for e in analysis.experts]


def assert_only(text: str, name: str, role: str | None, words: str) -> None:
    experts = credited(text)
    assert len(experts) == 1, experts
    got_name, got_role, quotes = experts[0]
    assert got_name == name
    if role is not None:
        assert got_role == role
    assert any(words in q for q in quotes), quotes


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("office", [LISTED, LISTED_LONG])
def test_an_office_listing_its_portfolio_before_the_name(office: str, name: str) -> None:
    assert_only(f"{office} {name} said {CLAUSE}.", name, office, CLAUSE)
    assert_only(f"{CLAUSE.capitalize()}, said {office} {name}.", name, office, CLAUSE.capitalize())


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("office", [LISTED, OWNED, OWNED_CURLY])
def test_said_an_office_then_the_name_after_a_comma(office: str, name: str) -> None:
    assert_only(f"{CLAUSE.capitalize()}, said {office}, {name}.", name, office, CLAUSE.capitalize())


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("mood", ["an emotional", "a visibly relieved", "an overwhelmed"])
def test_said_a_person_described_by_mood(mood: str, name: str) -> None:
    assert_only(f"“{QUOTE},” said {mood} {name}.", name, None, QUOTE)
    assert credited(f"“{QUOTE},” said {mood} {name}.")[0][1] is None  # the mood is no role


@pytest.mark.parametrize(
    "name",
    ["Pieter van der Berg", "Anwar bin Hamzah", "Ewan MacLennan", "R K Varma", "Liesel von Aschberg"],
)
def test_a_name_shaped_as_a_persons_whatever_its_first_name(name: str) -> None:
    assert_only(f"“{QUOTE},” said {name}.", name, None, QUOTE)
    assert_only(f"{name} said {CLAUSE}.", name, None, CLAUSE)


@pytest.mark.parametrize("name", ["Anwar bin Hamzah", "Pieter van der Berg"])
def test_a_particle_name_after_an_office_and_its_portfolio(name: str) -> None:
    office = "Norway's Minister of Fisheries"
    assert_only(f"“{QUOTE},” said {office} {name}.", name, office, QUOTE)


def test_a_list_of_people_after_an_office_is_not_a_portfolio() -> None:
    """ "Minister of Health Ana Ruiz, Jo Bell and Tom Lee said": three people, the office the first's."""
    experts = credited(f"Minister of Health Ana Ruiz, Jo Bell and Tom Lee said {CLAUSE}.")
    assert (experts[0][0], experts[0][1]) == ("Ana Ruiz", "Minister of Health")
    assert all(role is None or "Jo Bell" not in role for _, role, _ in experts)
