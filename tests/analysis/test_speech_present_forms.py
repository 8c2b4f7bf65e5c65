"""Speech verbs in every finite form (invented sentences): a present form that is also a plural noun
("claims", "notes", "states") reports a clause after a person, never after a name that modifies it;
and a reported clause whose verb the lexicon tags as a participle ("performed") is still a clause."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, quotes_of, run


@pytest.mark.parametrize("verb", ["claims", "notes", "states", "estimates", "agrees", "highlights"])
def test_present_form_reports_the_clause_of_a_person(verb: str) -> None:
    text = (
        "Harbour master Tom Okafor said the pier would close in May. "
        f"Okafor {verb} the repairs will cost more than the council expects."
    )
    said = quotes_of(by_name(text)["Tom Okafor"], "indirect")
    assert any(clause.startswith("the repairs will cost more") for clause in said)


def test_a_pronoun_claims_like_it_says() -> None:
    text = (
        "Harbour master Tom Okafor said the pier would close in May. "
        "He claims the repairs will cost more than the council expects."
    )
    said = quotes_of(by_name(text)["Tom Okafor"], "indirect")
    assert any(clause.startswith("the repairs will cost more") for clause in said)


def test_a_name_before_claims_in_an_object_does_not_speak() -> None:
    # "rejected Ana Lund claims he is …": claims made by Ana Lund, read by Tom Okafor; she says nothing here
    text = (
        "Harbour master Tom Okafor said the pier would close in May. "
        "Okafor rejected Ana Lund claims he is failing the town."
    )
    experts = by_name(text)
    assert "Ana Lund" not in experts


def test_a_possessive_before_claims_does_not_speak() -> None:
    text = "Tom Okafor said the pier would close. He dismissed Ana Lund's claims the town was misled."
    assert "Ana Lund" not in by_name(text)


def test_a_capitalised_plural_noun_is_no_verb() -> None:
    _, sources = run("The United States claims the reef belongs to its waters.")
    assert not any(source.speaker == "United" for source in sources)


def test_a_clause_in_the_past_that_the_lexicon_tags_a_participle() -> None:
    text = "Captain Ana Lund believes the team performed well in patches during the series."
    said = quotes_of(by_name(text)["Ana Lund"], "indirect")
    assert said == ["the team performed well in patches during the series"]
