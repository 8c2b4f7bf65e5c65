"""Where speech turns and where it does not (issue 12): a discourse word between subject and verb, a
second verb with a "that" clause after "and"/"but", a "saying" with no comma, and a said-like verb with
a counted object. What a reader of /experts sees for sentences invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, quotes_of


def test_a_discourse_word_and_comma_between_subject_and_verb_keeps_the_speaker() -> None:
    text = (
        "Harbour master Tomas Lindgren spoke on Monday. He however, said the old pier would close in March."
    )
    assert quotes_of(by_name(text)["Tomas Lindgren"], "indirect") == ["the old pier would close in March"]


@pytest.mark.parametrize(
    "text",
    [
        # "but implied that": a verb the lists do not hold, taking "that" and a clause, ends the first clause
        "Senator Maria Kowal conceded that the bridge was late but implied that the builders were to blame.",
        "Senator Maria Kowal said the bridge was late and suggested that the builders were to blame.",
    ],
)
def test_a_second_verb_with_a_that_clause_ends_the_first_clause(text: str) -> None:
    assert quotes_of(by_name(text)["Maria Kowal"], "indirect") == [
        "the bridge was late",
        "the builders were to blame",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Maria Kowal met the unions and implied that the builders were to blame.",
        # a listed speech verb with no "keeps_subject" flag, before "that" and a clause, keeps it too
        "Senator Maria Kowal declined to name a contractor but mentioned that the builders were to blame.",
    ],
)
def test_a_verb_taking_that_after_and_keeps_the_subject_of_the_first_verb(text: str) -> None:
    assert quotes_of(by_name(text)["Maria Kowal"], "indirect") == ["the builders were to blame"]


def test_and_with_a_verb_that_reports_nothing_stays_inside_the_clause() -> None:
    text = "Senator Maria Kowal said the bridge was late and showed that the builders had failed."
    assert quotes_of(by_name(text)["Maria Kowal"], "indirect") == [
        "the bridge was late and showed that the builders had failed"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Anna Berg backed the move saying it would bring jobs to the town.",
        "Mayor Anna Berg welcomed the news saying that it would bring jobs to the town.",
    ],
)
def test_saying_without_a_comma_after_an_object_reports_the_subjects_speech(text: str) -> None:
    assert quotes_of(by_name(text)["Anna Berg"], "indirect") == ["it would bring jobs to the town"]


@pytest.mark.parametrize(
    "text",
    [
        # no clause after "saying"
        "Mayor Anna Berg left the hall saying nothing.",
        # the report says it, not the mayor
        "Mayor Anna Berg cited a report saying that jobs were coming to the town.",
    ],
)
def test_saying_without_a_comma_reports_no_clause_of_the_subject(text: str) -> None:
    quotes = [q for e in by_name(text).values() for q in e.quotes]
    assert all(q.text != "jobs were coming to the town" for q in quotes)
    assert all(not q.text.startswith(("nothing", "Mayor")) for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Guard Jamal Ruiz added 10 points for the visitors in the second half.",
        "The chain added a further 40 stores last year, chief executive Ines Moreau wrote two books.",
    ],
)
def test_a_counted_object_of_added_or_wrote_is_no_speech(text: str) -> None:
    assert all(not e.quotes for e in by_name(text).values())


def test_added_before_a_clause_with_a_number_is_still_speech() -> None:
    text = "Coach Jamal Ruiz added 10 players would miss the match through injury."
    assert quotes_of(by_name(text)["Jamal Ruiz"], "indirect") == [
        "10 players would miss the match through injury"
    ]


def test_a_learned_verb_in_a_capitalised_headline_makes_no_expert() -> None:
    text = "Lena Varga Defends Her Squad Against Claims Of Cheating.\n\nThe coach spoke on Friday."
    assert all(" Defends" not in e.name for e in by_name(text).values())


def test_where_a_participle_says_a_quote_is_no_reported_speech() -> None:
    text = (
        "Prime Minister Kenji Arata hailed the launch of the rocket, saying on his blog, "
        '"I respect the efforts of everyone involved."'
    )
    arata = by_name(text)["Kenji Arata"]
    assert "on his blog" not in quotes_of(arata, "indirect")
    assert quotes_of(arata, "direct") == ["I respect the efforts of everyone involved."]


def test_emphatic_did_before_a_verb_taking_that_reports_the_clause() -> None:
    text = "Coach Pieter Vale did concede that his side was weaker at the breakdowns."
    assert quotes_of(by_name(text)["Pieter Vale"], "indirect") == ["his side was weaker at the breakdowns"]


@pytest.mark.parametrize(
    "text",
    [
        "Geologist Rosa Melandri rejected the idea, later adding that the crater came from a volcano.",
        "Geologist Rosa Melandri studied the rocks, wrongly suggesting that the crater came from a volcano.",
    ],
)
def test_an_adverb_between_comma_and_participle_still_carries_the_speech(text: str) -> None:
    assert "the crater came from a volcano" in quotes_of(by_name(text)["Rosa Melandri"], "indirect")


def test_adding_to_something_after_an_adverb_is_no_speech() -> None:
    text = (
        "Envoy Lena Ostrova said more people could be at risk in the west, "
        "potentially adding to the flood of refugees."
    )
    assert quotes_of(by_name(text)["Lena Ostrova"], "indirect") == [
        "more people could be at risk in the west, potentially adding to the flood of refugees"
    ]
