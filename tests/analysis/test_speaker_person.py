"""A speaker read as an organisation whose words end in a first name and a surname is that person
(quotes/speaker_person.py): sentences invented for the test."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of, run


def test_a_description_run_into_the_name_gives_the_person() -> None:
    experts = by_name('"Nobody asked the tenants," said Actress Loreen Vasquez.')
    assert list(experts) == ["Loreen Vasquez"]
    assert quotes_of(experts["Loreen Vasquez"], "direct") == ["Nobody asked the tenants"]


def test_a_place_description_run_into_the_name_is_no_role() -> None:
    experts = by_name('"The vote was rigged," Texas-based Matt Okonedo said.')
    assert list(experts) == ["Matt Okonedo"]
    assert experts["Matt Okonedo"].role is None


def test_a_firm_ending_in_a_first_name_and_a_common_word_stays_a_firm() -> None:
    experts, sources = run('"Orders fell," said Kestrel Motor Mark Holdings.')
    assert experts == []
    assert sources
