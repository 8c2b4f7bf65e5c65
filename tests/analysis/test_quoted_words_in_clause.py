"""Quoted words inside a reported clause stay part of it: the clause a reader sees runs through them
(invented sentences)."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of


def test_a_clause_runs_through_quoted_words_after_its_verb() -> None:
    text = (
        "Mayor Lena Okafor said on Monday that the city's main problem was “Kestrel Haulage and its lorries” "
        "rather than the new stadium."
    )
    mayor = by_name(text)["Lena Okafor"]
    assert quotes_of(mayor, "indirect") == [
        "the city's main problem was “Kestrel Haulage and its lorries” rather than the new stadium"
    ]


def test_quoted_words_after_a_verb_and_a_determiner_stay_in_the_clause() -> None:
    text = (
        "Coach Ivan Petrov said the club is still promoting “Open Doors for every child” and fully backs "
        "the “Football in Schools” plan run by the league."
    )
    assert quotes_of(by_name(text)["Ivan Petrov"], "indirect") == [
        "the club is still promoting “Open Doors for every child” and fully backs the “Football in Schools” "
        "plan run by the league"
    ]


def test_a_quote_a_speech_verb_introduces_is_still_whole() -> None:
    text = "Coach Ivan Petrov said “We will win the league this season.” The fans cheered."
    petrov = by_name(text)["Ivan Petrov"]
    assert quotes_of(petrov, "direct") == ["We will win the league this season."]
    assert quotes_of(petrov, "indirect") == []
