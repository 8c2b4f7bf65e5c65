"""Word lists for names: first names with gender hints, folding for matching, common words."""

from __future__ import annotations

from bot.analysis.quotes.names import (
    gender_of,
    is_agent_noun,
    is_common_word,
    is_first_name,
    is_function_word,
    name_key,
    place_names,
    spelling_variants,
)


def test_first_names_and_gender_hints() -> None:
    assert is_first_name("Maria") and is_first_name("Hans-Peter")
    assert not is_first_name("maria") and not is_first_name("Xqzt")
    assert gender_of("Maria") == "f" and gender_of("John") == "m" and gender_of("Xqzt") is None


def test_folding_matches_spelling_variants() -> None:
    assert name_key("Schäuble") == "schauble"
    assert set(spelling_variants("Schäuble")) & set(spelling_variants("Schaeuble"))
    assert spelling_variants("Wang") == ("wang",)


def test_common_words_places_and_agent_nouns() -> None:
    assert is_common_word("Then") and is_common_word("data") and not is_common_word("Okonkwo")
    assert is_function_word("Meanwhile") and not is_function_word("Treasury")
    assert "south korea" in place_names() and "beijing" in place_names()
    assert is_agent_noun("seismologist") and is_agent_noun("consultant")
    assert not is_agent_noun("number") and not is_agent_noun("quarter")
