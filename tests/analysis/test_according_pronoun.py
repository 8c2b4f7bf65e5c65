"""Reported speech given "according to him/her": the clause is the words of the person the pronoun
means, as after "he said" (invented sentences)."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of, run


def test_according_to_her_opening_a_sentence_is_the_last_woman_named() -> None:
    text = (
        "Health director Ama Boateng toured the new clinic on Tuesday. "
        "According to her, the clinic will serve four villages from next month."
    )
    assert quotes_of(by_name(text)["Ama Boateng"], "indirect") == [
        "the clinic will serve four villages from next month"
    ]


def test_according_to_him_closing_a_sentence() -> None:
    text = (
        "Coach Kofi Mensah said the squad trained well. "
        "The team has enough players to face any side in the region, according to him."
    )
    assert "The team has enough players to face any side in the region" in quotes_of(
        by_name(text)["Kofi Mensah"], "indirect"
    )


def test_according_to_him_with_no_man_named_is_nobody() -> None:
    text = "Health director Margaret Boateng toured the clinic. According to him, the roof leaks."
    experts, sources = run(text)
    quoted = [q.text for entry in [*experts, *sources] for q in entry.quotes]
    assert "the roof leaks" not in quoted


def test_according_to_her_lawyers_is_not_her() -> None:
    text = (
        "Ama Boateng said she would appeal. According to her lawyers, the hearing was unfair to their client."
    )
    experts = by_name(text)
    assert "the hearing was unfair to their client" not in quotes_of(experts["Ama Boateng"], "indirect")
