"""Speakers named after a verb in the present tense ("…, insists NAME", "“…,” warns NAME") and a first
name written with its accent ("Zoë", "Seán"). Sentences invented for the test."""

from __future__ import annotations

import pytest

from bot.analysis.quotes.names import gender_of, is_first_name
from tests.analysis.test_quotes import by_name, quotes_of


@pytest.mark.parametrize("verb", ["insists", "argues", "warns", "concedes", "predicts"])
def test_a_clause_before_a_present_verb_and_its_speaker_is_reported(verb: str) -> None:
    experts = by_name(
        f"There is no reason the harbour town cannot host the festival, {verb} Dana Whitfield, "
        "director of the Kestrel Arts Council."
    )
    expert = experts["Dana Whitfield"]
    assert quotes_of(expert, "indirect") == ["There is no reason the harbour town cannot host the festival"]
    assert expert.role == "director of the Kestrel Arts Council"


def test_a_quote_before_a_present_verb_and_its_speaker_is_theirs() -> None:
    experts = by_name("“The ferry will not run this winter,” warns Tobias Renfrew.")
    assert quotes_of(experts["Tobias Renfrew"], "direct") == ["The ferry will not run this winter"]


def test_a_present_verb_with_no_name_after_it_gives_no_speaker() -> None:
    assert by_name("The report, she argues, is wrong about the ferry.") == {}


def test_a_first_name_with_an_accent_is_a_first_name() -> None:
    assert is_first_name("Zoë") and is_first_name("Seán") and is_first_name("Renée")
    assert gender_of("Zoë") == "f" and gender_of("Seán") == "m"
    assert not is_first_name("Ørsted")
    experts = by_name("“We will win the final,” Zoë Okafor told reporters.")
    assert quotes_of(experts["Zoë Okafor"], "direct") == ["We will win the final"]
