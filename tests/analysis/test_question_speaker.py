"""A quoted question or exclamation and the speaker after it ('“…?” NAME recalled.') are one sentence,
so the quote keeps its speaker. Sentences invented for the test."""

from __future__ import annotations

from bot.analysis.sentences import split_sentences
from bot.analysis.text import normalize_text
from tests.analysis.test_quotes import by_name, quotes_of


def test_a_quoted_question_and_its_speaker_are_one_sentence() -> None:
    text = normalize_text(
        "“Why would anyone leave?” Tamsin Orrell recalled. She had lived there for decades."
    )
    assert [s.text for s in split_sentences(text)] == [
        "“Why would anyone leave?” Tamsin Orrell recalled.",
        "She had lived there for decades.",
    ]
    experts = by_name("Tamsin Orrell runs the bakery. “Why would anyone leave?” Orrell recalled.")
    assert quotes_of(experts["Tamsin Orrell"], "direct") == ["Why would anyone leave?"]


def test_a_quoted_question_before_a_new_sentence_still_ends_it() -> None:
    text = normalize_text("He asked “Why?” Smith said the answer was clear.")
    assert len(split_sentences(text)) == 2
