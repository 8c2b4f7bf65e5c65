"""A whole quote alone in its paragraph carries on the speaker of the paragraph before a paragraph of
narration that names nobody and gives no speech (quotes/aside.py); and typewriter copy's three
apostrophes, where a quote inside a quote ends with its outer one, close both (text.normalize_text)."""

from __future__ import annotations

from bot.analysis import normalize_text, split_sentences
from bot.analysis.quotes import extract_experts


def quoted(text: str) -> dict[str, list[str]]:
    """Named speaker -> the direct quotes given to them."""
    text = normalize_text(text)
    experts, _ = extract_experts(text, split_sentences(text), strict=True)
    return {e.name: [q.text for q in e.quotes if q.kind == "direct"] for e in experts}


_BEFORE = "“The pitch has never been better,” said Harlow Rovers manager Dana Whitfield.\n"
_QUOTE = "“It is time to win the league. Nothing else will do.”\n"


def test_a_quote_after_an_aside_carries_on_the_speaker_before_it() -> None:
    text = _BEFORE + "The club finished third last season, two points off the top.\n" + _QUOTE
    assert quoted(text)["Dana Whitfield"] == [
        "The pitch has never been better",
        "It is time to win the league. Nothing else will do.",
    ]


def test_an_aside_naming_someone_leaves_the_quote_unattributed() -> None:
    text = _BEFORE + "The club sold its captain, Tom Bellamy, to a rival in May.\n" + _QUOTE
    assert quoted(text).get("Dana Whitfield") == ["The pitch has never been better"]


def test_an_aside_ending_in_a_colon_brings_in_something_else() -> None:
    text = _BEFORE + "The club's statement on Friday read as follows:\n" + _QUOTE
    assert quoted(text).get("Dana Whitfield") == ["The pitch has never been better"]


def test_a_credit_line_after_the_quote_names_another_speaker() -> None:
    text = _BEFORE + "The club finished third last season.\n" + _QUOTE + "– Ana Puna, club chair\n"
    assert quoted(text).get("Dana Whitfield") == ["The pitch has never been better"]


def test_three_apostrophes_close_a_quote_inside_a_quote_and_the_quote() -> None:
    text = (
        "''The fans kept singing, 'Bring back the old stand,''' said Dana Whitfield, the Harlow Rovers "
        "manager. ''We heard them.''"
    )
    assert quoted(text)["Dana Whitfield"] == [
        "The fans kept singing, 'Bring back the old stand,'",
        "We heard them.",
    ]
