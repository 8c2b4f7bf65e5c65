"""A role the article gives in another sentence than the one naming the person (role_elsewhere.py):
a description that opens a clause, then the name in the next sentence, or the name first and "the
64-year-old singer" after. Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, run


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


def test_a_described_speaker_named_in_the_next_sentence_is_that_person() -> None:
    # the capitalised "Veldish" alone would keep the minister an unnamed source
    text = (
        "The Veldish energy minister said on Thursday that foreign firms had apologised for the boycott. "
        '"They have been calling us all week," Arvid Kessoglu told state television.'
    )
    found = run(text)
    experts = {e.name: e for e in found[0]}
    said = [q.text for q in experts["Arvid Kessoglu"].quotes]
    assert any("foreign firms had apologised" in s for s in said)
    assert not found[1]


def test_a_described_speaker_stays_unnamed_when_someone_else_is_named_between() -> None:
    text = (
        "The Veldish energy minister said on Thursday that foreign firms had apologised for the boycott. "
        "Traders met Tom Riley, a local mayor, on Friday. "
        '"They have been calling us all week," Arvid Kessoglu told state television.'
    )
    sources = {s.speaker: s for s in run(text)[1]}
    said = [q.text for q in sources["The Veldish energy minister"].quotes]
    assert any("foreign firms had apologised" in s for s in said)


def test_an_office_written_as_a_title_in_the_next_sentence_is_the_role() -> None:
    text = (
        "“The figure is wrong,” Maria Fakatava said of the report on Monday. "
        "The Prime Minister recognizes there is a problem with how leaks are handled."
    )
    assert by_name(text)["Maria Fakatava"].role == "The Prime Minister"
