"""Words that are no person's name, read as one: the last word of a two-word office ("The Attorney
General said" is no expert "General") and a portfolio in British spelling ("Minister of Justice
Defence and Security" has no person "Defence"). The sentences are invented for these tests."""

from __future__ import annotations

from tests.analysis.test_quotes import run


def test_a_two_word_office_names_no_one() -> None:
    experts, sources = run("The Attorney General said the case against the port authority would go ahead.")
    assert not experts
    assert [s.speaker for s in sources] == ["The Attorney General"]


def test_a_two_word_office_refers_back_to_its_holder() -> None:
    experts, _ = run(
        "Attorney General Mary Lund said the case would go ahead. The Attorney General added that the "
        "port authority had been warned."
    )
    assert [(e.name, e.role, len(e.quotes)) for e in experts] == [("Mary Lund", "Attorney General", 2)]


def test_a_surname_that_is_an_office_word_is_still_a_person() -> None:
    experts, _ = run("Mayor Bishop said the case against the port authority would go ahead.")
    assert [(e.name, e.role) for e in experts] == [("Bishop", "Mayor")]


def test_a_portfolio_in_british_spelling_is_no_name() -> None:
    experts, _ = run(
        "Westland’s Minister of Justice Defence and Security, Tomas Berrow, this week said that a border "
        "dispute would be very unfortunate."
    )
    assert [e.name for e in experts] == ["Tomas Berrow"]


def test_an_office_after_an_owners_possessive_names_no_one() -> None:
    experts, sources = run(
        "Veldia's Foreign Minister told delegates at a security forum that the border would stay closed."
    )
    assert not experts
    assert [s.speaker for s in sources] == ["Veldia's Foreign Minister"]
    experts, _ = run("Kestrel's Chief Executive said profits would rise this year.")
    assert not experts


def test_an_office_holder_after_an_owners_possessive_is_still_named() -> None:
    experts, _ = run("Veldia's Foreign Minister Anna Berg said the border would stay closed.")
    assert [(e.name, e.role) for e in experts] == [("Anna Berg", "Veldia's Foreign Minister")]


def test_the_surname_said_is_no_speech_verb() -> None:
    experts, _ = run(
        "The minister, Omar Said, is now based in the capital along with other cabinet ministers."
    )
    assert not experts
    experts, _ = run("Information Minister Omar Said Keruak told reporters the report was false.")
    assert [(e.name, e.role, [q.text for q in e.quotes]) for e in experts] == [
        ("Omar Said Keruak", "Information Minister", ["the report was false"])
    ]


def test_a_firm_described_before_its_name_is_no_person() -> None:
    experts, sources = run(
        "International engineering and project-management company Kestrel said yesterday it planned to add "
        "about 100 people to its workforce."
    )
    assert not experts
    assert [(s.speaker, s.kind) for s in sources] == [("Kestrel", "organization")]


def test_a_person_who_represents_a_group_is_still_a_person() -> None:
    experts, _ = run("Mara Velez, who represents the group, said the vendors would stay on the sidewalk.")
    assert [e.name for e in experts] == ["Mara Velez"]
