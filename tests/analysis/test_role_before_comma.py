"""Roles written around a name (issue 12), with sentences invented for the test: a portfolio listed
with several commas, a capitalised word that opens the sentence before a lower-case job ("Police
lawyer, Ana Tomas says"), a name left unclosed after an opening adverbial, a low-9 mark that stands in
for a comma, a described person after a speech verb, an office with its acronym in brackets and a role
after a name without its closing comma."""

from __future__ import annotations

import pytest

from bot.analysis.text import normalize_text
from tests.analysis.test_quotes import by_name


def test_an_office_whose_portfolio_lists_its_subjects_with_commas_is_read_whole() -> None:
    text = (
        "The Minister of Art, Culture, Tourism and Creative Economy, Ana Tomas, thanked the envoy. "
        '"This is a great day," Tomas said.'
    )
    assert by_name(text)["Ana Tomas"].role == "The Minister of Art, Culture, Tourism and Creative Economy"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Police lawyer, Ana Tomas says they find the ruling disgraceful.", "Police lawyer"),
        ("The police lawyer, Ana Tomas says they find the ruling disgraceful.", "The police lawyer"),
        (
            "Earlier, the executive chairman of the council, Ana Tomas said the market has 200 shops.",
            "the executive chairman of the council",
        ),
    ],
)
def test_a_role_opening_the_clause_before_a_comma_is_the_role_of_the_name_after_it(
    text: str, role: str
) -> None:
    assert by_name(text)["Ana Tomas"].role == role


def test_a_verb_opening_the_sentence_is_no_part_of_the_role() -> None:
    expert = by_name("Criticizing the premier, Ana Tomas said the budget was weak.")["Ana Tomas"]
    assert expert.role is None


def test_a_low_nine_mark_between_words_is_read_as_a_comma() -> None:
    text = "Ken Moyo\u201a the party\u2019s secretary general\u201a said the ruling was unlawful."
    assert (
        normalize_text(text) == "Ken Moyo, the party\u2019s secretary general, said the ruling was unlawful."
    )
    assert by_name(normalize_text(text))["Ken Moyo"].role == "the party\u2019s secretary general"
    assert normalize_text("\u201aquoted\u2018") == "\u201aquoted\u2018"  # an opening quote mark stays


def test_an_arabic_comma_in_english_text_is_read_as_a_comma() -> None:
    text = "Sami Haddad\u060c a 31-year-old pharmacist from Tunis\u060c said the hotels were cheaper."
    assert (
        normalize_text(text)
        == "Sami Haddad, a 31-year-old pharmacist from Tunis, said the hotels were cheaper."
    )
    assert by_name(normalize_text(text))["Sami Haddad"].role == "a 31-year-old pharmacist from Tunis"
    arabic = "\u0642\u0627\u0644\u060c \u0648"
    assert normalize_text(arabic) == arabic  # in Arabic script it stays


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"It was a great night," said pop star Dana Lyle.', "Dana Lyle", "pop star"),
        (
            '"We will grow again," said founder and chief executive Tom Harper.',
            "Tom Harper",
            "founder and chief executive",
        ),
    ],
)
def test_a_described_person_after_a_speech_verb_is_the_speaker(text: str, name: str, role: str) -> None:
    expert = by_name(text)[name]
    assert expert.role == role
    assert [q.kind for q in expert.quotes] == ["direct"]


def test_a_spokesman_for_a_named_person_is_still_no_speech_of_that_person() -> None:
    assert by_name('"It was a great night," said a spokesman for Sen. Jo Bell.') == {}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Bank of Harbour (BoH) Governor Tom Harper says the country has to increase production.",
            "Tom Harper",
            "Bank of Harbour (BoH) Governor",
        ),
        (
            'Director of Public Prosecutions (DPP) Ana Tomas has hit back at the judge. "It is wrong," '
            "Tomas said.",
            "Ana Tomas",
            "Director of Public Prosecutions (DPP)",
        ),
    ],
)
def test_an_office_with_its_acronym_in_brackets_before_a_name_is_the_role(
    text: str, name: str, role: str
) -> None:
    assert by_name(text)[name].role == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'Tom Harper, site manager for Harbour Steel said: "We need a step change."',
            "site manager for Harbour Steel",
        ),
        (
            "Tom Harper, regional sales director at Harbour Steel said the plant would close.",
            "regional sales director at Harbour Steel",
        ),
    ],
)
def test_a_role_after_a_name_without_its_closing_comma_keeps_the_speaker(text: str, role: str) -> None:
    assert by_name(text)["Tom Harper"].role == role


def test_a_described_name_in_the_possessive_after_a_verb_is_no_speaker() -> None:
    text = "Tom Harper suggested business mogul Dana Lyle's refusal to pay could cost him the race."
    assert "Dana Lyle" not in by_name(text)


def test_a_descriptor_heading_an_appositive_is_the_role() -> None:
    text = "Tom Harper, host of the morning show, suggested the plan could fail."
    assert by_name(text)["Tom Harper"].role == "host of the morning show"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "A member of the Technical Committee of the Veldia Football Federation, Tomas Irwin told "
            "reporters that the federation has no plans to sack the coach.",
            "Tomas Irwin",
            "A member of the Technical Committee of the Veldia Football Federation",
        ),
        (
            "The spokesman of the Harbour Police, Ana Ruiz said the road would stay closed.",
            "Ana Ruiz",
            "The spokesman of the Harbour Police",
        ),
    ],
)
def test_an_office_of_a_named_body_before_a_comma_is_the_role(text: str, name: str, role: str) -> None:
    assert by_name(text)[name].role == role


def test_a_named_body_after_a_preposition_is_no_role() -> None:
    experts = by_name("In a letter to the Harbour Police, Tomas Irwin said the road was closed.")
    assert experts["Tomas Irwin"].role is None


def test_the_office_of_the_doer_of_a_passive_verb_before_a_comma_is_the_role() -> None:
    text = (
        "The loss was confirmed by Veldia's head coach, Tomas Irwin, after the final. "
        '"We fought to the end," Irwin said.'
    )
    assert by_name(text)["Tomas Irwin"].role == "Veldia's head coach"


def test_a_thing_after_by_before_a_comma_is_no_role() -> None:
    experts = by_name('The road was blocked by the river, Ana Ruiz said. "We waited," Ruiz said.')
    assert experts["Ana Ruiz"].role is None
