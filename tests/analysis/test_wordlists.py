"""The word-list loader: every list in bot/analysis/data parses, flags select entries, typos fail loudly."""

from __future__ import annotations

from importlib import resources

import pytest

from bot.analysis import extract_experts, split_sentences
from bot.analysis.wordlists import WordListError, entries, word_list, word_map, word_set


def _list_names() -> list[str]:
    data = resources.files("bot.analysis").joinpath("data")
    return sorted(p.name[: -len(".txt")] for p in data.iterdir() if p.name.endswith(".txt"))


@pytest.mark.parametrize("name", _list_names())
def test_every_data_list_parses_with_entries(name: str) -> None:
    found = entries(name)
    assert found, f"{name}.txt has no entries"
    assert all(e.text and not e.text.startswith("#") and e.text == e.text.strip() for e in found)


def test_flags_select_entries_and_sets_follow_file_order() -> None:
    inverts = word_set("speech_verbs", "inverts")
    assert {"said", "added", "asked"} <= inverts
    assert "called" in word_set("speech_verbs", "speech") and "called" not in inverts
    assert word_list("honorifics")[:3] == ("mr", "mrs", "ms")
    assert "mr" in word_set("honorifics", "male") and "mrs" in word_set("honorifics", "female")


def test_a_missing_list_or_an_unknown_flag_is_one_clear_error() -> None:
    with pytest.raises(WordListError, match="no word list named 'speech_verb'"):
        word_set("speech_verb")
    with pytest.raises(WordListError, match="no entry of word list 'speech_verbs' has the flag 'invert'"):
        word_set("speech_verbs", "invert")


def test_a_mapping_list_reads_key_and_value() -> None:
    first_names = word_map("first_names")
    assert first_names["Maria"] == "f" and first_names["John"] == "m"


def test_the_verb_flags_decide_attribution() -> None:
    # "said" inverts ("…," said X); "called" needs a named speaker; "agreed" is not speech before "to"
    text = "“We will appeal,” said Dana Whitfield. The ministry called the plan a mistake. Officials agreed to wait."
    experts, unnamed = extract_experts(text, split_sentences(text))
    assert [e.name for e in experts] == ["Dana Whitfield"]
    assert not unnamed
