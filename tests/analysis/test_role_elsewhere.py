"""A role the article gives in another sentence than the one naming the person (role_elsewhere.py):
a description that opens a clause, then the name in the next sentence, or the name first and "the
64-year-old singer" after. Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The regional envoy for the Sahel arrived in Bern on Friday for the talks. "
            '"Nobody wants another winter of fighting," Ilse Marten told reporters in Bern.',
            "Ilse Marten",
            "The regional envoy for the Sahel",
        ),
        (
            "Shares of the chain fell after a Harbor Securities analyst cut her rating. "
            "Dana Pell said shoppers were moving to cheaper stores.",
            "Dana Pell",
            "a Harbor Securities analyst",
        ),
        (
            "Veldia's health minister played down the risk on Monday. "
            '"There is no outbreak," said Omar Haddad.',
            "Omar Haddad",
            "Veldia's health minister",
        ),
        (
            "Rosa Lind thanked her fans on Monday. "
            '"I am on the mend," wrote the 58-year-old singer, who spent a week in hospital.',
            "Rosa Lind",
            "the 58-year-old singer",
        ),
    ],
)
def test_a_description_in_the_next_or_last_sentence_is_the_role(text: str, name: str, role: str) -> None:
    experts = by_name(text)
    assert experts[name].role == role


def test_no_description_goes_to_someone_else_named_between() -> None:
    text = (
        "The regional envoy for the Sahel arrived in Bern on Friday. "
        "Farmers met Tom Riley, a local mayor, on Saturday. "
        '"Nobody wants another winter of fighting," Ilse Marten told reporters.'
    )
    assert by_name(text)["Ilse Marten"].role is None


def test_a_description_after_two_people_named_without_a_role_goes_to_neither() -> None:
    text = (
        "Ken Abara taunted Lio Marsh over the delayed vote. "
        "Marsh said the vote would come in spring. "
        "The opposition leader then walked out of the chamber. "
        '"He is afraid," Abara said.'
    )
    experts = by_name(text)
    assert experts["Lio Marsh"].role is None
