"""Quoted words after a reporting participle that carries on a speaker's sentence (", adding “…”") are
that speaker's direct quote (invented sentences)."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of, run


def test_quote_after_adding_goes_to_the_speaker_named_before() -> None:
    text = (
        "“The new line will open in spring,” said Transport Minister Kofi Mensah, adding “we are "
        "hiring drivers in every district to run it.”"
    )
    direct = quotes_of(by_name(text)["Kofi Mensah"], "direct")
    assert "we are hiring drivers in every district to run it." in direct
    assert "The new line will open in spring" in direct


def test_quoted_words_in_the_participle_clause_after_a_trailing_speaker() -> None:
    text = (
        "The council will wait for the survey to finish, said Mayor Ama Boateng, adding that every "
        "option must be weighed “before anyone breaks ground.”"
    )
    assert "before anyone breaks ground." in quotes_of(by_name(text)["Ama Boateng"], "direct")


def test_a_name_after_calling_it_is_no_quote() -> None:
    text = "“We are ready,” said council leader Ama Boateng, calling the plan “Project Harvest”."
    experts, sources = run(text)
    quoted = [q.text for entry in [*experts, *sources] for q in entry.quotes if q.kind == "direct"]
    assert "Project Harvest" not in quoted


def test_quote_after_an_unrelated_clause_is_not_carried_on() -> None:
    text = (
        "“We are ready,” said council leader Ama Boateng. The building, finished last year, "
        "was described in the brochure as “a landmark”."
    )
    experts = by_name(text)
    assert "a landmark" not in quotes_of(experts["Ama Boateng"], "direct")
