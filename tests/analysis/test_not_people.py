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
