"""First names of many countries (data/world_first_names.txt, beside the US Census list) tell where a
title or an office ends and a person's name begins. The sentences are invented for these tests."""

from __future__ import annotations

from bot.analysis.quotes.names import gender_of, is_first_name
from tests.analysis.test_quotes import run


def test_first_names_of_many_countries_are_first_names() -> None:
    assert all(is_first_name(name) for name in ("Obinna", "Kenji", "Radek", "Zoltan"))
    # a hint of sex only for a name that many people bear
    assert gender_of("Zoltan") == "m"
    assert gender_of("Obinna") is None


def test_common_surnames_english_words_and_places_are_left_out() -> None:
    assert not any(is_first_name(word) for word in ("Said", "General", "Park", "Miller", "York"))


def test_a_name_after_an_office_and_a_title_is_a_person() -> None:
    experts, sources = run("Opposition MPP Dr. Obinna Ashworth says the clinic will reopen in the spring.")
    assert [(e.name, e.role) for e in experts] == [("Obinna Ashworth", "Opposition MPP")]
    assert not sources


def test_a_name_after_a_cut_short_office_is_a_person() -> None:
    experts, sources = run("Harbour Finance Kenji Ashworth said the new levy would be dropped next year.")
    assert [e.name for e in experts] == ["Kenji Ashworth"]
    assert not sources
