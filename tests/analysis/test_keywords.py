"""Keywords a reader sees under a summary: content words and whole names (invented articles)."""

from __future__ import annotations

from bot.analysis import analyze


def _keywords(text: str, title: str | None = None) -> list[str]:
    return analyze(text, title=title).keywords


def test_a_word_written_in_lower_case_is_read_as_the_common_word_not_as_a_name() -> None:
    # the tag lexicon lists "Legal" and "Shared" as names too; in lower case they are an adjective
    # and a participle, and "Legal" opening a sentence is the same adjective
    text = (
        "The river authority shared its flood maps with farmers. Legal advice on the flood maps was "
        "shared with the council. Farmers said the legal fight over the flood maps would go on. "
        "Legal costs of the flood maps dispute have shared the river authority's budget."
    )
    keywords = [k.lower() for k in _keywords(text)]
    assert "maps" in keywords or "flood" in keywords
    assert not {"legal", "shared"} & set(keywords), keywords


def test_a_place_of_two_words_is_one_keyword() -> None:
    text = (
        "Trade between New Zealand and the Cook Islands grew last year. New Zealand sells machinery "
        "and the Cook Islands sell fish. Exporters in New Zealand expect the Cook Islands to buy more."
    )
    keywords = _keywords(text)
    assert "New Zealand" in keywords and "Cook Islands" in keywords, keywords
    assert not {"New", "Zealand", "Cook", "Islands"} & set(keywords), keywords


def test_a_person_named_in_full_then_by_surname_is_one_keyword() -> None:
    text = (
        "Mayor Orla Brennick opened the new ferry terminal on Friday. Brennick said the terminal cost "
        "less than planned. The terminal will take larger ferries, Brennick added. Critics of Orla "
        "Brennick say the terminal came late."
    )
    keywords = _keywords(text)
    assert "Brennick" in keywords and "terminal" in keywords, keywords
    assert not {"Orla", "Orla Brennick"} & set(keywords), keywords


def test_a_verb_the_article_uses_as_a_noun_is_a_keyword_but_the_verb_is_not() -> None:
    text = (
        "The launch of the weather satellite was delayed again. Engineers will launch it in May, the "
        "agency said. The launch had been set for March. A second launch is planned for the satellite."
    )
    keywords = [k.lower() for k in _keywords(text)]
    assert "launch" in keywords and "satellite" in keywords, keywords
    assert not {"delayed", "planned", "set"} & set(keywords), keywords


def test_per_cent_never_yields_cent() -> None:
    text = (
        "Rents in the harbour district rose 12 per cent this year. Rents for shops rose 9 per cent, and "
        "rents for offices 4 per cent. Landlords said per cent rises of this size would not last."
    )
    analysis = analyze(text)
    assert "cent" not in [k.lower() for k in analysis.keywords]
    assert "cent" not in [t.phrase.lower() for t in analysis.topics]
    assert "rents" in [k.lower() for k in analysis.keywords]
