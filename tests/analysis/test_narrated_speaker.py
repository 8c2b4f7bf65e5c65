"""A whole quote right after a sentence of narration about the person who spoke last is theirs
(quotes/narrated.py); a quote opening with an ellipsis is still a whole quote; a quote before
"…, he said, insisting …" is that speaker's."""

from __future__ import annotations

from bot.analysis import normalize_text, split_sentences
from bot.analysis.quotes import QuoteRule, extract_experts


def quoted(text: str) -> dict[str, list[tuple[str, str]]]:
    """Named speaker -> the direct quotes given to them, with the rule that gave each."""
    text = normalize_text(text)
    experts, _ = extract_experts(text, split_sentences(text), strict=True)
    return {e.name: [(q.text, q.rule) for q in e.quotes if q.kind == "direct"] for e in experts}


def test_a_quote_after_a_paragraph_about_the_last_speaker_is_theirs() -> None:
    text = (
        "“We were beaten by the better side over the summer,” said coach Declan Mulvey after the final.\n"
        "He also singled out the young bowlers Theo Quill and Sami Marsh as the bright spots of the tour.\n"
        "“Both of them have grown so much since the spring and the whole squad can see it.”\n"
        "The club plays its next match in April."
    )
    quotes = quoted(text)["Declan Mulvey"]
    assert (
        "Both of them have grown so much since the spring and the whole squad can see it.",
        QuoteRule.NARRATED_SUBJECT,
    ) in quotes


def test_a_quote_after_a_sentence_naming_the_last_speaker_as_subject_is_theirs() -> None:
    text = (
        "“The season is over for us,” said Ilse Varnholt, the team's manager.\n"
        "Varnholt thanked the volunteers who kept the ground open. “Without them we would have closed "
        "the gates in May.”"
    )
    quotes = [q for q, _ in quoted(text)["Ilse Varnholt"]]
    assert "Without them we would have closed the gates in May." in quotes


def test_a_narration_sentence_about_someone_else_keeps_the_quote_unattributed() -> None:
    text = (
        "“The season is over for us,” said Ilse Varnholt, the team's manager.\n"
        "Referee Tomas Brill left the ground under police escort.\n"
        "“Nobody should have to put up with that kind of abuse at a junior match.”"
    )
    assert "Tomas Brill" not in quoted(text)
    assert [q for q, _ in quoted(text)["Ilse Varnholt"]] == ["The season is over for us"]


def test_a_pronoun_for_another_sex_keeps_the_quote_unattributed() -> None:
    text = (
        "“The season is over for us,” said Ilse Varnholt, the team's manager.\n"
        "He left the ground with Tomas Brill before the presentation.\n"
        "“Nobody should have to put up with that kind of abuse at a junior match.”"
    )
    assert [q for q, _ in quoted(text)["Ilse Varnholt"]] == ["The season is over for us"]


def test_a_quote_opening_with_an_ellipsis_carries_on_the_speaker_before() -> None:
    text = (
        "Inspector Ruth Okonjo explained that the cells at the station had been full since Friday.\n"
        "“…so it does not mean anyone is held longer than the law allows.”"
    )
    quotes = [q for q, _ in quoted(text)["Ruth Okonjo"]]
    assert quotes == ["…so it does not mean anyone is held longer than the law allows."]


def test_quoted_words_before_he_said_and_a_participle_are_the_speakers() -> None:
    text = (
        "Mayor Colm Ardagh spoke on the radio on Monday. The new levy “puts every small shop in danger” "
        "more than any tax before it, he said, insisting that the council had not been consulted."
    )
    quotes = [q for q, _ in quoted(text)["Colm Ardagh"]]
    assert "puts every small shop in danger" in quotes
